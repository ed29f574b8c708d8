//! Builds a Verilator model of every `rtl/verilog/<block>.v` and a small C shim
//! around it, so that Rust can drive any block through one port table and read and
//! write its probes (the registers and memories its `<block>.vlt` makes public).
//!
//! The `verilated` crate (0.1.2) does not build against Verilator 5 (it expects the 4.x
//! file layout), so we run `verilator --cc` ourselves and compile its C++ with `cc`.
//! Every model gets its own `--prefix V<block>`; its top module is named `<block>`.
//!
//! Generated per block (module `models::<block>`): the port table `PORTS`, the probe
//! table `PROBES`, the `SHIM`, and typed id structs `Ports`/`Probes` with their values
//! `PORT`/`PROBE` (an indexed name `state_out$3` becomes the array field `state_out[3]`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

struct Port {
    name: String,
    width: usize,
    input: bool,
}

/// A probe: a public register (`q`) or memory (`mem`) of the model's root struct.
struct ProbeDef {
    /// Path inside the block, `core$state$0` (the `q` of a register) or `ram_a$0` (a memory).
    name: String,
    /// Verilator's C++ member name.
    member: String,
    width: usize,
    /// Words of a memory; 0 for a register.
    depth: usize,
}

/// Ports from a rust-hdl module header: `input wire [63:0] name;` / `output reg name;`.
fn parse_ports(verilog: &str, block: &str) -> Vec<Port> {
    let mut ports = Vec::new();
    let head = format!("module {block}(");
    for line in verilog.lines() {
        let l = line.trim();
        if l.starts_with("module ") && !l.starts_with(&head) {
            break; // submodules follow the top
        }
        let input = l.starts_with("input ");
        if !(input || l.starts_with("output ")) {
            continue;
        }
        let l = l.trim_end_matches(';');
        let mut width = 1;
        if let (Some(a), Some(b)) = (l.find('['), l.find(']')) {
            let hi: usize = l[a + 1..b].split(':').next().unwrap().trim().parse().unwrap();
            width = hi + 1;
        }
        let name = l.split_whitespace().last().unwrap().to_string();
        ports.push(Port { name, width, input });
    }
    ports
}

/// Verilator's C++ name of a Verilog identifier (`$` is escaped as `__024`).
fn cpp_name(v: &str) -> String {
    v.replace('$', "__024")
}

/// The probes listed in `vlt` (`public_flat_rw -module "<block>$path" -var "q|mem"`),
/// resolved against the members of the Verilated root struct in `root_h`. Verilator
/// flattens `a$b` instances into `a__DOT__b` or `a__024b` members; both normalise to
/// `a$b`, so a probe is found whichever way it was inlined.
fn resolve_probes(block: &str, vlt: &str, root_h: &str) -> Vec<ProbeDef> {
    let mut members = std::collections::HashMap::new();
    for line in root_h.lines() {
        let l = line.trim().trim_end_matches(';');
        let Some(name) = l.split_whitespace().last() else { continue };
        if !name.starts_with(&format!("{block}__")) {
            continue;
        }
        let width = l.find("/*").and_then(|a| l[a + 2..].split(':').next()?.parse::<usize>().ok()).map(|h| h + 1);
        let depth = l.strip_prefix("VlUnpacked<").and_then(|r| r.split('>').next()?.rsplit(',').next()?.trim().parse().ok());
        let norm = name.replace("__DOT__", "$").replace("__024", "$");
        if let Some(w) = width {
            // Prefer the register's own variable over an alias of the parent's wire.
            let own = name.contains("__DOT__q") || name.ends_with("__DOT__mem");
            if own || !members.contains_key(&norm) {
                members.insert(norm, (name.to_string(), w, depth.unwrap_or(0)));
            }
        }
    }
    let mut probes = Vec::new();
    for line in vlt.lines().filter(|l| l.starts_with("public_flat_rw")) {
        let q: Vec<&str> = line.split('"').collect();
        let (module, var) = (q[1], q[3]);
        let path = module.strip_prefix(&format!("{block}$")).unwrap_or_else(|| panic!("{block}.vlt: module {module} is outside the block"));
        let key = format!("{module}${var}");
        let (member, width, depth) = members.get(&key).cloned().unwrap_or_else(|| {
            panic!("{block}.vlt names {module}.{var}, which the Verilated model does not expose (is the .vlt stale? re-emit with `hsm emit`)")
        });
        probes.push(ProbeDef { name: path.to_string(), member, width, depth });
    }
    probes
}

fn probe_shim(block: &str, probes: &[ProbeDef]) -> String {
    let mut s = String::new();
    // probe_get/probe_set: word k of element `index` (the index is ignored for registers).
    for dir in ["get", "set"] {
        writeln!(s, "extern \"C\" void {block}_probe_{dir}(void* p, uint32_t id, uint32_t index, uint32_t* w) {{ auto r = ((M_{block}*)p)->top->rootp; (void)r; (void)index; switch (id) {{").unwrap();
        for (i, pr) in probes.iter().enumerate() {
            let m = &pr.member;
            let lhs = if pr.depth > 0 { format!("r->{m}[index % {}]", pr.depth) } else { format!("r->{m}") };
            if pr.width > 64 {
                let words = pr.width.div_ceil(32);
                if dir == "get" {
                    writeln!(s, "  case {i}: for (int k = 0; k < {words}; k++) w[k] = {lhs}[k]; break;").unwrap();
                } else {
                    writeln!(s, "  case {i}: for (int k = 0; k < {words}; k++) {lhs}[k] = w[k]; break;").unwrap();
                }
            } else if dir == "get" {
                writeln!(s, "  case {i}: {{ uint64_t x = (uint64_t){lhs}; w[0] = (uint32_t)x; w[1] = (uint32_t)(x >> 32); break; }}").unwrap();
            } else {
                let mask = if pr.width == 64 { u64::MAX } else { (1u64 << pr.width) - 1 };
                writeln!(s, "  case {i}: {lhs} = ((uint64_t)w[0] | ((uint64_t)w[1] << 32)) & {mask:#x}ULL; break;").unwrap();
            }
        }
        writeln!(s, "  default: break; }} }}").unwrap();
    }
    s
}

const RUST_KEYWORDS: &[&str] = &["as", "break", "const", "continue", "crate", "else", "enum", "extern", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "static", "struct", "super", "trait", "type", "unsafe", "use", "where", "while", "async", "await", "dyn", "box", "do", "final", "macro", "override", "priv", "try", "typeof", "unsized", "virtual", "yield"];

/// Typed ids: `name$k` names (k = 0..n) become `name: [Id; n]`, others `name: Id`.
fn id_struct(ty: &str, id: &str, names: &[String]) -> String {
    let mut fields: Vec<(String, Vec<usize>)> = Vec::new();
    for (i, n) in names.iter().enumerate() {
        let (base, idx) = match n.rsplit_once('$') {
            Some((b, k)) if k.chars().all(|c| c.is_ascii_digit()) && !k.is_empty() => (b.to_string(), Some(k.parse::<usize>().unwrap())),
            _ => (n.clone(), None),
        };
        let mut f = base.replace('$', "_");
        if RUST_KEYWORDS.contains(&f.as_str()) {
            f = format!("r#{f}");
        }
        let f = if idx.is_some() { f } else { f + "\u{0}" }; // scalar marker
        match fields.iter_mut().find(|(n, _)| *n == f) {
            Some((_, v)) => {
                let k = idx.unwrap_or(0);
                if v.len() <= k { v.resize(k + 1, usize::MAX) }
                v[k] = i;
            }
            None => {
                let k = idx.unwrap_or(0);
                let mut v = vec![usize::MAX; k + 1];
                v[k] = i;
                fields.push((f, v));
            }
        }
    }
    let mut decl = format!("    #[derive(Clone, Copy, Debug)]\n    pub struct {ty} {{\n");
    let mut val = format!("    pub const {}: {ty} = {ty} {{\n", ty.to_uppercase().trim_end_matches('S'));
    for (f, v) in &fields {
        let complete = v.iter().all(|&i| i != usize::MAX);
        if let Some(name) = f.strip_suffix('\u{0}') {
            writeln!(decl, "        pub {name}: {id},").unwrap();
            writeln!(val, "        {name}: {id}({}),", v[0]).unwrap();
        } else if complete {
            writeln!(decl, "        pub {f}: [{id}; {}],", v.len()).unwrap();
            let items: Vec<String> = v.iter().map(|i| format!("{id}({i})")).collect();
            writeln!(val, "        {f}: [{}],", items.join(", ")).unwrap();
        }
    }
    decl.push_str("    }\n");
    val.push_str("    };\n");
    decl + &val
}

fn shim(block: &str, ports: &[Port]) -> String {
    let v = format!("V{block}");
    let mut s = String::new();
    writeln!(s, "#include \"{v}.h\"\n#include \"{v}___024root.h\"\n#include \"verilated.h\"\n#include \"verilated_vcd_c.h\"\n#include <cstdint>").unwrap();
    writeln!(s, "struct M_{block} {{ VerilatedContext* ctx; {v}* top; VerilatedVcdC* vcd; }};").unwrap();
    writeln!(s, "extern \"C\" void* {block}_new() {{ auto m = new M_{block}; m->ctx = new VerilatedContext; m->ctx->traceEverOn(true); m->top = new {v}(m->ctx, \"top\"); m->vcd = nullptr; return m; }}").unwrap();
    writeln!(s, "extern \"C\" void {block}_free(void* p) {{ auto m = (M_{block}*)p; if (m->vcd) {{ m->vcd->close(); delete m->vcd; }} m->top->final(); delete m->top; delete m->ctx; delete m; }}").unwrap();
    writeln!(s, "extern \"C\" void {block}_eval(void* p) {{ ((M_{block}*)p)->top->eval(); }}").unwrap();
    writeln!(s, "extern \"C\" void {block}_trace_open(void* p, const char* path) {{ auto m = (M_{block}*)p; m->vcd = new VerilatedVcdC; m->top->trace(m->vcd, 99); m->vcd->open(path); }}").unwrap();
    writeln!(s, "extern \"C\" void {block}_trace_dump(void* p, uint64_t t) {{ auto m = (M_{block}*)p; if (m->vcd) m->vcd->dump(t); }}").unwrap();
    writeln!(s, "extern \"C\" void {block}_trace_close(void* p) {{ auto m = (M_{block}*)p; if (m->vcd) {{ m->vcd->close(); delete m->vcd; m->vcd = nullptr; }} }}").unwrap();
    // set: inputs only; get: every port. Words are 32-bit, least significant first.
    writeln!(s, "extern \"C\" void {block}_set(void* p, uint32_t port, const uint32_t* w) {{ auto t = ((M_{block}*)p)->top; switch (port) {{").unwrap();
    for (i, p) in ports.iter().enumerate().filter(|(_, p)| p.input) {
        let n = cpp_name(&p.name);
        if p.width > 64 {
            writeln!(s, "  case {i}: for (int k = 0; k < {}; k++) t->{n}[k] = w[k]; break;", p.width.div_ceil(32)).unwrap();
        } else {
            writeln!(s, "  case {i}: t->{n} = (uint64_t)w[0] | ((uint64_t)w[1] << 32); break;").unwrap();
        }
    }
    writeln!(s, "  default: break; }} }}").unwrap();
    writeln!(s, "extern \"C\" void {block}_get(void* p, uint32_t port, uint32_t* w) {{ auto t = ((M_{block}*)p)->top; switch (port) {{").unwrap();
    for (i, p) in ports.iter().enumerate() {
        let n = cpp_name(&p.name);
        if p.width > 64 {
            writeln!(s, "  case {i}: for (int k = 0; k < {}; k++) w[k] = t->{n}[k]; break;", p.width.div_ceil(32)).unwrap();
        } else {
            writeln!(s, "  case {i}: {{ uint64_t x = (uint64_t)t->{n}; w[0] = (uint32_t)x; w[1] = (uint32_t)(x >> 32); break; }}").unwrap();
        }
    }
    writeln!(s, "  default: break; }} }}").unwrap();
    s
}

fn rust_bindings(block: &str, ports: &[Port], probes: &[ProbeDef]) -> String {
    let mut s = String::new();
    writeln!(s, "/// Verilated model of `rtl/verilog/{block}.v`.\npub mod {block} {{").unwrap();
    writeln!(s, "    #![allow(dead_code)]").unwrap();
    writeln!(s, "    use crate::model::{{Port, PortId, Probe, ProbeId, Shim}};").unwrap();
    writeln!(s, "    extern \"C\" {{").unwrap();
    for f in ["new() -> *mut core::ffi::c_void", "free(m: *mut core::ffi::c_void)", "eval(m: *mut core::ffi::c_void)",
              "trace_open(m: *mut core::ffi::c_void, path: *const core::ffi::c_char)",
              "trace_dump(m: *mut core::ffi::c_void, t: u64)", "trace_close(m: *mut core::ffi::c_void)",
              "set(m: *mut core::ffi::c_void, port: u32, w: *const u32)", "get(m: *mut core::ffi::c_void, port: u32, w: *mut u32)",
              "probe_get(m: *mut core::ffi::c_void, id: u32, index: u32, w: *mut u32)",
              "probe_set(m: *mut core::ffi::c_void, id: u32, index: u32, w: *mut u32)"] {
        let (name, rest) = f.split_once('(').unwrap();
        writeln!(s, "        #[link_name = \"{block}_{name}\"] fn {name}({rest};").unwrap();
    }
    writeln!(s, "    }}").unwrap();
    writeln!(s, "    pub const PORTS: &[Port] = &[").unwrap();
    for p in ports {
        writeln!(s, "        Port {{ name: {:?}, width: {}, input: {} }},", p.name, p.width, p.input).unwrap();
    }
    writeln!(s, "    ];").unwrap();
    writeln!(s, "    pub const PROBES: &[Probe] = &[").unwrap();
    for p in probes {
        writeln!(s, "        Probe {{ name: {:?}, width: {}, depth: {} }},", p.name, p.width, p.depth).unwrap();
    }
    writeln!(s, "    ];").unwrap();
    writeln!(s, "    pub const SHIM: Shim = Shim {{ block: {block:?}, ports: PORTS, probes: PROBES, new, free, eval, trace_open, trace_dump, trace_close, set, get, probe_get, probe_set }};").unwrap();
    let port_names: Vec<String> = ports.iter().map(|p| p.name.clone()).collect();
    s.push_str(&id_struct("Ports", "PortId", &port_names));
    let probe_names: Vec<String> = probes.iter().map(|p| p.name.clone()).collect();
    s.push_str(&id_struct("Probes", "ProbeId", &probe_names));
    writeln!(s, "}}").unwrap();
    s
}

/// Bump when the shim's shape changes, to invalidate cached models.
const SHIM_VERSION: &str = "shim-v2-probes";

fn fnv(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for p in parts {
        for &b in *p {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
    }
    h
}

/// Objects built by `build` under `dir`, reused while `dir/key.objects` exists.
fn cached(dir: &Path, key: &str, build: impl FnOnce() -> Vec<PathBuf>) -> Vec<PathBuf> {
    let list = dir.join(format!("{key}.objects"));
    if let Ok(text) = std::fs::read_to_string(&list) {
        let objs: Vec<PathBuf> = text.lines().map(PathBuf::from).collect();
        if objs.iter().all(|o| o.exists()) {
            return objs;
        }
    }
    let objs = build();
    std::fs::create_dir_all(dir).unwrap();
    let text: Vec<String> = objs.iter().map(|o| o.display().to_string()).collect();
    std::fs::write(&list, text.join("\n")).unwrap();
    objs
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("..");
    let vdir = root.join("rtl").join("verilog");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    println!("cargo:rerun-if-changed={}", vdir.display());
    println!("cargo:rerun-if-changed=build.rs");

    let verilator = Command::new("verilator").arg("--version").output();
    let vroot = match verilator {
        Ok(o) if o.status.success() => {
            let r = Command::new("verilator").arg("--getenv").arg("VERILATOR_ROOT").output().unwrap();
            PathBuf::from(String::from_utf8_lossy(&r.stdout).trim().to_string())
        }
        _ => panic!(
            "\n\nVerilator is not installed; the co-simulation needs Debian's verilator 5.\n\
             Install it with:  apt-get update && apt-get install -y verilator\n\
             (or run the README's set-up command: ./hsm-setup test)\n\n"
        ),
    };
    let include = vroot.join("include");

    let mut blocks: Vec<PathBuf> = std::fs::read_dir(&vdir)
        .expect("rtl/verilog is missing")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "v"))
        .collect();
    blocks.sort();

    let base = || {
        let mut b = cc::Build::new();
        b.cpp(true).opt_level(2).debug(false).warnings(false).flag_if_supported("-std=c++17")
            .include(&include).include(include.join("vltstd"))
            .flag_if_supported("-Wno-unused-parameter").flag_if_supported("-faligned-new");
        b
    };
    // Objects are cached per block under a hash of its Verilog, so changing one block
    // rebuilds only that block's model.
    let mut objects: Vec<PathBuf> = Vec::new();
    let runtime_dir = out.join("runtime");
    objects.extend(cached(&runtime_dir, "verilator-runtime-v1", || {
        let mut b = base();
        b.out_dir(&runtime_dir)
            .file(include.join("verilated.cpp"))
            .file(include.join("verilated_threads.cpp"))
            .file(include.join("verilated_vcd_c.cpp"));
        b.compile_intermediates()
    }));
    let mut bindings = String::new();
    for v in &blocks {
        println!("cargo:rerun-if-changed={}", v.display());
        let block = v.file_stem().unwrap().to_str().unwrap().to_string();
        let text = std::fs::read_to_string(v).unwrap();
        let vlt_path = v.with_extension("vlt");
        println!("cargo:rerun-if-changed={}", vlt_path.display());
        let vlt = std::fs::read_to_string(&vlt_path).unwrap_or_else(|_| {
            panic!("{} is missing: every block has a probe configuration (re-emit with `hsm emit`)", vlt_path.display())
        });
        let ports = parse_ports(&text, &block);
        let key = format!("{:016x}", fnv(&[text.as_bytes(), vlt.as_bytes(), SHIM_VERSION.as_bytes()]));
        let bdir = out.join("blocks").join(&block);
        let mdir = bdir.join("verilated");
        let root_h = || std::fs::read_to_string(mdir.join(format!("V{block}___024root.h"))).expect("the Verilated root header");
        objects.extend(cached(&bdir, &key, || {
            let _ = std::fs::remove_dir_all(&bdir);
            std::fs::create_dir_all(&mdir).unwrap();
            let st = Command::new("verilator")
                .args(["--cc", "-O3", "--trace", "-Wno-WIDTH", "-Wno-fatal", "-Wno-lint", "-Wno-style",
                       "--x-assign", "0", "--x-initial", "0", "--output-split", "20000"])
                .arg("--prefix").arg(format!("V{block}"))
                .arg("--Mdir").arg(&mdir)
                .arg(&vlt_path)
                .arg(v)
                .status()
                .expect("running verilator");
            assert!(st.success(), "verilator failed on {}", v.display());
            let probes = resolve_probes(&block, &vlt, &root_h());
            let mut b = base();
            b.out_dir(bdir.join("obj")).include(&mdir);
            let mut cpps: Vec<PathBuf> = std::fs::read_dir(&mdir).unwrap().map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "cpp")).collect();
            cpps.sort();
            for c in cpps {
                b.file(c);
            }
            let shim_path = bdir.join(format!("{block}_shim.cpp"));
            std::fs::write(&shim_path, shim(&block, &ports) + &probe_shim(&block, &probes)).unwrap();
            b.file(&shim_path);
            b.compile_intermediates()
        }));
        let probes = resolve_probes(&block, &vlt, &root_h());
        bindings.push_str(&rust_bindings(&block, &ports, &probes));
    }
    let mut archive = cc::Build::new();
    archive.cpp(true);
    for o in &objects {
        archive.object(o);
    }
    archive.compile("hsm_verilated");
    println!("cargo:rustc-link-lib=atomic");
    println!("cargo:rustc-link-lib=pthread");
    std::fs::write(out.join("models.rs"), bindings).unwrap();
}
