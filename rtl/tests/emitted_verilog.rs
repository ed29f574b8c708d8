//! The checked-in Verilog under rtl/verilog/ is a reviewed artifact: it must equal a
//! fresh emit. After a deliberate design change, re-emit with
//! `RTL_BLESS=1 cargo test -p rtl --test emitted_verilog` (or `hsm emit`) and commit.
//! `RTL_ONLY=name,name` restricts the test (and the bless) to those blocks.

#[test]
fn checked_in_verilog_equals_fresh_emit() {
    let bless = std::env::var_os("RTL_BLESS").is_some();
    let only = std::env::var("RTL_ONLY").ok();
    let mut stale = Vec::new();
    for b in rtl::emit::blocks() {
        if only.as_deref().is_some_and(|o| !o.split(',').any(|n| n == b.name)) {
            continue;
        }
        for (path, fresh) in b.artifacts() {
            if bless {
                std::fs::write(&path, &fresh).unwrap();
                continue;
            }
            match std::fs::read_to_string(&path) {
                Ok(old) if old == fresh => {}
                Ok(_) => stale.push(format!("{} differs from a fresh emit", path.display())),
                Err(e) => stale.push(format!("{}: {e}", path.display())),
            }
        }
    }
    assert!(
        stale.is_empty(),
        "{}\nre-emit with `RTL_BLESS=1 cargo test -p rtl --test emitted_verilog` and review the diff",
        stale.join("\n")
    );
}

#[test]
fn every_block_has_a_distinct_name() {
    let mut names: Vec<_> = rtl::emit::blocks().iter().map(|b| b.name).collect();
    let n = names.len();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), n);
}
