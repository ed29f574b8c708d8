//! The port list of a block: read from the header of its top module (the first one) in its emitted
//! Verilog (`input wire [hi:lo] name;` / `output reg ...`), the shape rust-hdl
//! writes. ANSI headers (`module top(input wire [3:0] a, ...)`) are read too.
//! Names may contain `$` (legal in Verilog identifiers) or be escaped (`\name `).

use crate::error::SynthError;
use std::path::Path;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Input,
    Output,
    Inout,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Port {
    /// The identifier without escape (`state_in$0`).
    pub name: String,
    pub dir: Dir,
    /// Declared range `[msb:lsb]`; `msb == lsb == 0` for a scalar.
    pub msb: i64,
    pub lsb: i64,
}

impl Port {
    pub fn width(&self) -> usize {
        ((self.msb - self.lsb).unsigned_abs() + 1) as usize
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Tok {
    Ident(String),
    Num(i64),
    Punct(char),
}

const KEYWORDS: &[&str] = &[
    "always", "and", "assign", "begin", "buf", "case", "casex", "casez", "default", "defparam",
    "else", "end", "endcase", "endfunction", "endgenerate", "endmodule", "endtask", "for",
    "function", "generate", "genvar", "if", "initial", "inout", "input", "integer", "localparam",
    "module", "nand", "negedge", "nor", "not", "or", "output", "parameter", "posedge", "real",
    "reg", "signed", "supply0", "supply1", "task", "tri", "wire", "xnor", "xor",
];

/// True when `name` can be written as a plain Verilog identifier.
pub fn is_simple_ident(name: &str) -> bool {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if c.is_ascii_alphabetic() || c == '_' => {}
        _ => return false,
    }
    chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$') && !KEYWORDS.contains(&name)
}

/// `name` as it must be written in Verilog: plain when legal, else escaped `\name `.
pub fn verilog_ident(name: &str) -> String {
    if is_simple_ident(name) {
        name.to_string()
    } else {
        format!("\\{name} ")
    }
}

fn strip_comments(src: &str) -> String {
    let b = src.as_bytes();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'/' && i + 1 < b.len() && b[i + 1] == b'/' {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i] == b'/' && i + 1 < b.len() && b[i + 1] == b'*' {
            i += 2;
            while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                i += 1;
            }
            i += 2;
            out.push(' ');
        } else if b[i] == b'"' {
            // string literal: skip it whole
            i += 1;
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else {
            let ch = src[i..].chars().next().unwrap_or(' ');
            out.push(ch);
            i += ch.len_utf8().max(1);
        }
    }
    out
}

fn tokenize(src: &str) -> Vec<Tok> {
    let chars: Vec<char> = src.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '\\' {
            let start = i + 1;
            i += 1;
            while i < chars.len() && !chars[i].is_whitespace() {
                i += 1;
            }
            toks.push(Tok::Ident(chars[start..i].iter().collect()));
        } else if c.is_ascii_alphabetic() || c == '_' || c == '$' || c == '`' {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_' || chars[i] == '$') || i == start {
                i += 1;
            }
            toks.push(Tok::Ident(chars[start..i].iter().collect()));
        } else if c.is_ascii_digit() {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_' || chars[i] == '\'') {
                i += 1;
            }
            let text: String = chars[start..i].iter().filter(|c| **c != '_').collect();
            match text.parse::<i64>() {
                Ok(n) => toks.push(Tok::Num(n)),
                // sized literals (8'hff, ...) never occur in port headers: keep them opaque
                Err(_) => toks.push(Tok::Ident(text)),
            }
        } else {
            toks.push(Tok::Punct(c));
            i += 1;
        }
    }
    toks
}

struct Cursor<'a> {
    toks: &'a [Tok],
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<&'a Tok> {
        self.toks.get(self.pos)
    }
    fn next(&mut self) -> Option<&'a Tok> {
        let t = self.toks.get(self.pos);
        self.pos += 1;
        t
    }
    fn is_punct(&self, c: char) -> bool {
        self.peek() == Some(&Tok::Punct(c))
    }
    fn is_ident(&self, s: &str) -> bool {
        matches!(self.peek(), Some(Tok::Ident(x)) if x == s)
    }
    fn expect_punct(&mut self, c: char) -> Result<(), String> {
        match self.next() {
            Some(Tok::Punct(p)) if *p == c => Ok(()),
            other => Err(format!("expected '{c}', found {other:?}")),
        }
    }
}

/// Parses `[msb:lsb]` (integers only).
fn parse_range(cur: &mut Cursor) -> Result<(i64, i64), String> {
    cur.expect_punct('[')?;
    let msb = match cur.next() {
        Some(Tok::Num(n)) => *n,
        other => return Err(format!("port range must be an integer, found {other:?}")),
    };
    cur.expect_punct(':')?;
    let lsb = match cur.next() {
        Some(Tok::Num(n)) => *n,
        other => return Err(format!("port range must be an integer, found {other:?}")),
    };
    cur.expect_punct(']')?;
    Ok((msb, lsb))
}

fn dir_of(word: &str) -> Option<Dir> {
    match word {
        "input" => Some(Dir::Input),
        "output" => Some(Dir::Output),
        "inout" => Some(Dir::Inout),
        _ => None,
    }
}

/// After a direction keyword: `[wire|reg|logic] [signed] [range]`.
fn parse_decl_head(cur: &mut Cursor) -> Result<(i64, i64), String> {
    while cur.is_ident("wire") || cur.is_ident("reg") || cur.is_ident("logic") || cur.is_ident("signed") {
        cur.next();
    }
    if cur.is_punct('[') {
        parse_range(cur)
    } else {
        Ok((0, 0))
    }
}

/// The ports of module `module` in header order.
pub fn parse_module_ports(src: &str, module: &str) -> Result<Vec<Port>, String> {
    let toks = tokenize(&strip_comments(src));
    let mut cur = Cursor { toks: &toks, pos: 0 };
    // find `module <name>`
    loop {
        match cur.next() {
            None => return Err(format!("no module named '{module}'")),
            Some(Tok::Ident(w)) if w == "module" => {
                if matches!(cur.peek(), Some(Tok::Ident(n)) if n == module) {
                    cur.next();
                    break;
                }
            }
            _ => {}
        }
    }
    if cur.is_punct('#') {
        return Err(format!("module '{module}' has parameters; the board wrapper needs a fixed port list"));
    }
    if cur.is_punct(';') {
        return Ok(Vec::new());
    }
    cur.expect_punct('(')?;

    // ANSI header: directions inside the parentheses.
    if matches!(cur.peek(), Some(Tok::Ident(w)) if dir_of(w).is_some()) {
        let mut ports = Vec::new();
        let mut dir = Dir::Input;
        let mut range = (0, 0);
        loop {
            if let Some(Tok::Ident(w)) = cur.peek() {
                if let Some(d) = dir_of(w) {
                    cur.next();
                    dir = d;
                    range = parse_decl_head(&mut cur)?;
                }
            }
            match cur.next() {
                Some(Tok::Ident(name)) => {
                    ports.push(Port { name: name.clone(), dir, msb: range.0, lsb: range.1 })
                }
                other => return Err(format!("expected a port name, found {other:?}")),
            }
            match cur.next() {
                Some(Tok::Punct(',')) => continue,
                Some(Tok::Punct(')')) => break,
                other => return Err(format!("expected ',' or ')' in the port list, found {other:?}")),
            }
        }
        return Ok(ports);
    }

    // Non-ANSI header: names, then declarations in the body.
    let mut names = Vec::new();
    if !cur.is_punct(')') {
        loop {
            match cur.next() {
                Some(Tok::Ident(name)) => names.push(name.clone()),
                other => return Err(format!("expected a port name, found {other:?}")),
            }
            match cur.next() {
                Some(Tok::Punct(',')) => continue,
                Some(Tok::Punct(')')) => break,
                other => return Err(format!("expected ',' or ')' in the port list, found {other:?}")),
            }
        }
    } else {
        cur.next();
    }
    cur.expect_punct(';')?;
    let mut decls: Vec<Port> = Vec::new();
    // Statements of the body until `endmodule`; port declarations start with a direction.
    loop {
        match cur.peek() {
            None => return Err(format!("module '{module}' has no endmodule")),
            Some(Tok::Ident(w)) if w == "endmodule" => break,
            Some(Tok::Ident(w)) if dir_of(w).is_some() => {
                let dir = dir_of(w).unwrap_or(Dir::Input);
                cur.next();
                let (msb, lsb) = parse_decl_head(&mut cur)?;
                loop {
                    match cur.next() {
                        Some(Tok::Ident(name)) => decls.push(Port { name: name.clone(), dir, msb, lsb }),
                        other => return Err(format!("expected a port name, found {other:?}")),
                    }
                    match cur.next() {
                        Some(Tok::Punct(',')) => continue,
                        Some(Tok::Punct(';')) => break,
                        other => return Err(format!("expected ',' or ';' after a port, found {other:?}")),
                    }
                }
            }
            Some(_) => {
                cur.next();
            }
        }
    }
    let mut ports = Vec::with_capacity(names.len());
    for name in &names {
        match decls.iter().find(|p| &p.name == name) {
            Some(p) => ports.push(p.clone()),
            None => return Err(format!("port '{name}' has no input/output declaration")),
        }
    }
    if let Some(extra) = decls.iter().find(|d| !names.contains(&d.name)) {
        return Err(format!("'{}' is declared as a port but not in the header", extra.name));
    }
    Ok(ports)
}

/// The top module of a Verilog file: the first module it declares (rust-hdl emits the
/// block's own module, named after the block, first).
pub fn top_module(src: &str) -> Option<String> {
    let text = strip_comments(src);
    let toks = tokenize(&text);
    toks.windows(2).find_map(|w| match (&w[0], &w[1]) {
        (Tok::Ident(m), Tok::Ident(name)) if m == "module" => Some(name.clone()),
        _ => None,
    })
}

/// The top module's name and ports of Verilog text.
pub fn parse_top_ports(src: &str) -> Result<(String, Vec<Port>), String> {
    let top = top_module(src).ok_or("no module declared")?;
    let ports = parse_module_ports(src, &top)?;
    Ok((top, ports))
}

/// The ports of the top module of the Verilog file at `path`.
pub fn read_top_ports(path: &Path) -> Result<Vec<Port>, SynthError> {
    let src = std::fs::read_to_string(path).map_err(crate::error::io_err(path))?;
    parse_top_ports(&src).map(|(_, p)| p).map_err(|message| SynthError::BadVerilog { path: path.to_path_buf(), message })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_ansi_header_with_dollar_names() {
        let v = "// c\nmodule top(clock,a$0,b,\\odd.name );\n input wire clock;\n input wire [63:0] a$0;\n output reg [3:0] b;\n output wire \\odd.name ;\n always @(*) b = 0;\nendmodule\nmodule top$x(d); input d; endmodule\n";
        let p = parse_module_ports(v, "top").unwrap();
        assert_eq!(p.len(), 4);
        assert_eq!(p[1], Port { name: "a$0".into(), dir: Dir::Input, msb: 63, lsb: 0 });
        assert_eq!(p[2].width(), 4);
        assert_eq!(p[2].dir, Dir::Output);
        assert_eq!(p[3].name, "odd.name");
        assert_eq!(verilog_ident("a$0"), "a$0");
        assert_eq!(verilog_ident("odd.name"), "\\odd.name ");
        assert_eq!(verilog_ident("$x"), "\\$x ");
        assert_eq!(verilog_ident("reg"), "\\reg ");
    }

    #[test]
    fn ansi_header() {
        let v = "module top(input wire clk, input [7:0] a, b, output reg [0:0] y);\nendmodule";
        let p = parse_module_ports(v, "top").unwrap();
        assert_eq!(p.iter().map(|p| p.width()).collect::<Vec<_>>(), vec![1, 8, 8, 1]);
        assert_eq!(p[2].dir, Dir::Input);
        assert_eq!(p[3].dir, Dir::Output);
    }

    #[test]
    fn errors_name_the_problem() {
        assert!(parse_module_ports("module other(a); input a; endmodule", "top").unwrap_err().contains("no module"));
        assert!(parse_module_ports("module top(a, b); input a; endmodule", "top").unwrap_err().contains("'b'"));
        assert!(parse_module_ports("module top(a); input [W:0] a; endmodule", "top").unwrap_err().contains("integer"));
        assert!(parse_module_ports("module top(a); input a;", "top").unwrap_err().contains("endmodule"));
        assert!(parse_module_ports("module top #(parameter W=1) (a);", "top").unwrap_err().contains("parameters"));
    }
}
