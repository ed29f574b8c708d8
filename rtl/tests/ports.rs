//! Probes, not ports (GUIDE §2, §6): whatever a port of an emitted block exposes, the
//! host of a real module can reach. No block has an observation (`dbg_*`, `obs_*`),
//! fault (`fault_*`) or state-load port; every block has `reset` and reports `fatal`.

fn top_ports(block: &str) -> Vec<String> {
    let v = std::fs::read_to_string(rtl::emit::verilog_path(block)).unwrap();
    let head = format!("module {block}(");
    let line = v.lines().find(|l| l.starts_with(&head)).unwrap_or_else(|| panic!("{block}.v has no module {block}"));
    line[head.len()..].trim_end_matches(");").split(',').map(|s| s.trim().to_string()).collect()
}

/// A port that only a test would want.
fn test_only(port: &str) -> bool {
    ["dbg_", "obs_", "fault_", "state_in"].iter().any(|p| port.starts_with(p)) || port == "load"
}

#[test]
fn no_emitted_block_has_a_test_only_port() {
    let mut found = Vec::new();
    for b in rtl::emit::blocks() {
        for p in top_ports(b.name) {
            if test_only(&p) {
                found.push(format!("{}.{p}", b.name));
            }
        }
    }
    assert!(found.is_empty(), "test-only ports in emitted Verilog: {found:?}");
}

#[test]
fn the_port_check_recognises_test_ports() {
    for p in ["dbg_state$0", "obs_we$1", "fault_en", "state_in$3", "load"] {
        assert!(test_only(p), "{p}");
    }
    for p in ["start", "out_data", "reset", "zeroize", "loaded"] {
        assert!(!test_only(p), "{p}");
    }
}

#[test]
fn every_block_has_reset_and_fatal() {
    for b in rtl::emit::blocks() {
        let ports = top_ports(b.name);
        for want in ["clock", "reset", "fatal"] {
            assert!(ports.iter().any(|p| p == want), "{} has no port {want}: {ports:?}", b.name);
        }
    }
}
