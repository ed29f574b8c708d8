//! Builds a Verilator model of every `rtl/verilog/<block>.v` and a small C shim
//! around it, so that Rust can drive any block through one port table.
//!
//! The `verilated` crate (0.1.2) does not build against Verilator 5 (it expects the 4.x
//! file layout), so we run `verilator --cc` ourselves and compile its C++ with `cc`.
//! Every model gets its own `--prefix V<block>` (all rust-hdl tops are named `top`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

struct Port {
    name: String,
    width: usize,
    input: bool,
}

/// Ports from a rust-hdl module header: `input wire [63:0] name;` / `output reg name;`.
fn parse_ports(verilog: &str) -> Vec<Port> {
    let mut ports = Vec::new();
    for line in verilog.lines() {
        let l = line.trim();
        if l.starts_with("module ") && !l.starts_with("module top(") {
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

fn shim(block: &str, ports: &[Port]) -> String {
    let v = format!("V{block}");
    let mut s = String::new();
    writeln!(s, "#include \"{v}.h\"\n#include \"verilated.h\"\n#include \"verilated_vcd_c.h\"\n#include <cstdint>").unwrap();
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

fn rust_bindings(block: &str, ports: &[Port]) -> String {
    let mut s = String::new();
    writeln!(s, "/// Verilated model of `rtl/verilog/{block}.v`.\npub mod {block} {{").unwrap();
    writeln!(s, "    use crate::model::{{Port, Shim}};").unwrap();
    writeln!(s, "    extern \"C\" {{").unwrap();
    for f in ["new() -> *mut core::ffi::c_void", "free(m: *mut core::ffi::c_void)", "eval(m: *mut core::ffi::c_void)",
              "trace_open(m: *mut core::ffi::c_void, path: *const core::ffi::c_char)",
              "trace_dump(m: *mut core::ffi::c_void, t: u64)", "trace_close(m: *mut core::ffi::c_void)",
              "set(m: *mut core::ffi::c_void, port: u32, w: *const u32)", "get(m: *mut core::ffi::c_void, port: u32, w: *mut u32)"] {
        let (name, rest) = f.split_once('(').unwrap();
        writeln!(s, "        #[link_name = \"{block}_{name}\"] fn {name}({rest};").unwrap();
    }
    writeln!(s, "    }}").unwrap();
    writeln!(s, "    pub const PORTS: &[Port] = &[").unwrap();
    for p in ports {
        writeln!(s, "        Port {{ name: {:?}, width: {}, input: {} }},", p.name, p.width, p.input).unwrap();
    }
    writeln!(s, "    ];").unwrap();
    writeln!(s, "    pub const SHIM: Shim = Shim {{ block: {block:?}, ports: PORTS, new, free, eval, trace_open, trace_dump, trace_close, set, get }};").unwrap();
    writeln!(s, "}}").unwrap();
    s
}

/// Bump when the shim's shape changes, to invalidate cached models.
const SHIM_VERSION: &str = "shim-v1";

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
        let ports = parse_ports(&text);
        let shim_text = shim(&block, &ports);
        let key = format!("{:016x}", fnv(&[text.as_bytes(), shim_text.as_bytes(), SHIM_VERSION.as_bytes()]));
        let bdir = out.join("blocks").join(&block);
        objects.extend(cached(&bdir, &key, || {
            let _ = std::fs::remove_dir_all(&bdir);
            let mdir = bdir.join("verilated");
            std::fs::create_dir_all(&mdir).unwrap();
            let st = Command::new("verilator")
                .args(["--cc", "-O3", "--trace", "-Wno-WIDTH", "-Wno-fatal", "-Wno-lint", "-Wno-style",
                       "--x-assign", "0", "--x-initial", "0", "--output-split", "20000"])
                .arg("--prefix").arg(format!("V{block}"))
                .arg("--Mdir").arg(&mdir)
                .arg(v)
                .status()
                .expect("running verilator");
            assert!(st.success(), "verilator failed on {}", v.display());
            let mut b = base();
            b.out_dir(bdir.join("obj")).include(&mdir);
            let mut cpps: Vec<PathBuf> = std::fs::read_dir(&mdir).unwrap().map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "cpp")).collect();
            cpps.sort();
            for c in cpps {
                b.file(c);
            }
            let shim_path = bdir.join(format!("{block}_shim.cpp"));
            std::fs::write(&shim_path, &shim_text).unwrap();
            b.file(&shim_path);
            b.compile_intermediates()
        }));
        bindings.push_str(&rust_bindings(&block, &ports));
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
