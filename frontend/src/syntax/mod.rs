//! Lexing and parsing Go source into the `ast`.
//!
//! Entry point: [`parse_file`]. The lexer (`lexer.rs`) and parser
//! (`parser.rs`, whose header holds the design notes and the table of node
//! positions) reproduce gc's behaviour, error messages included.
pub mod ast;
pub mod branches;
pub mod clone;
pub mod dump;
pub mod lexer;
pub mod parser;
pub mod source;
pub mod token;

use source::{Error, SourceMap};

/// Hands out `NodeId`s; one counter is shared by all files of a program so
/// that ids are unique and dense across it.
#[derive(Default, Debug)]
pub struct NodeIdGen {
    pub next: u32,
}

/// Parses file `file_index` of `sources` into `arena`.
///
/// Errors are sorted by position, worded as gc words them (without the
/// `file:line:col: ` prefix; gc also stops after 10 errors with "too many
/// errors", which is the driver's business). As gc does, at most one `syntax error` is
/// kept per line. Like gc's parser, it also checks branch statements and
/// labels of every function body that parsed cleanly (`branches.rs`):
/// "label L defined and not used", "break is not in a loop, switch, or
/// select", misplaced `fallthrough`, bad `goto`s.
///
/// Nesting (parentheses, blocks, types, operator and selector chains) is
/// bounded by `parser::MAX_DEPTH`; deeper input gets "syntax error:
/// nesting too deep" and the parse stops. So the depth of any returned tree
/// is at most about twice that bound, and consumers may recurse on it. The returned tree is complete even when there are
/// errors (with `Bad` nodes where the parser had to give up).
pub fn parse_file<'a>(
    arena: &'a bumpalo::Bump,
    sources: &SourceMap,
    file_index: u32,
    ids: &mut NodeIdGen,
) -> (&'a ast::File<'a>, Vec<Error>) {
    let f = sources.file(file_index);
    parse_bytes(arena, f.src.as_bytes(), f.base, file_index, sources, ids)
}

/// Like `parse_file` but over raw bytes (which need not be UTF-8), placed at
/// `base` in the position space of `sources`.
pub fn parse_bytes<'a>(
    arena: &'a bumpalo::Bump,
    src: &[u8],
    base: u32,
    file_index: u32,
    sources: &SourceMap,
    ids: &mut NodeIdGen,
) -> (&'a ast::File<'a>, Vec<Error>) {
    let mut p = parser::Parser::new(arena, src, base, ids, Some(sources));
    let file = p.file(file_index);
    let mut errors = filter_errors(p.errors, |pos| sources.line(pos));
    // As gc prints them: sorted by position, exact duplicates dropped.
    errors.sort_by_key(|e| e.pos);
    errors.dedup_by(|a, b| a.pos == b.pos && a.msg == b.msg);
    (file, errors)
}

/// gc's reporting filter (cmd/compile/internal/base `ErrorfAt`): at most
/// one `syntax error` per line (later ones on the line of the previous
/// syntax error are dropped), and another error is dropped if it repeats
/// the previous non-syntax error's message on the same line.
fn filter_errors(errors: Vec<Error>, line: impl Fn(source::Pos) -> u32) -> Vec<Error> {
    let mut out = Vec::with_capacity(errors.len());
    let mut last_syntax_line: Option<u32> = None;
    let mut last_other: Option<(u32, String)> = None;
    for e in errors {
        let l = line(e.pos);
        if e.msg.starts_with("syntax error") {
            if last_syntax_line == Some(l) {
                continue;
            }
            last_syntax_line = Some(l);
        } else {
            if matches!(&last_other, Some((ol, om)) if *ol == l && *om == e.msg) {
                continue;
            }
            last_other = Some((l, e.msg.clone()));
        }
        out.push(e);
    }
    out
}

/// The value of a Go string literal (interpreted or raw, quotes included),
/// or `None` if it is malformed. Invalid UTF-8 produced by `\x` escapes is
/// kept as bytes.
pub fn unquote_bytes(lit: &str) -> Option<Vec<u8>> {
    let b = lit.as_bytes();
    if b.len() < 2 {
        return None;
    }
    let (q, last) = (b[0], b[b.len() - 1]);
    if q == b'`' {
        if last != b'`' {
            return None;
        }
        // Carriage returns are discarded from raw strings.
        return Some(
            b[1..b.len() - 1]
                .iter()
                .copied()
                .filter(|&c| c != b'\r')
                .collect(),
        );
    }
    if q != b'"' || last != b'"' {
        return None;
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 1;
    let end = b.len() - 1;
    while i < end {
        if b[i] != b'\\' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let (v, n, is_byte) = unescape(&b[i..end], b'"')?;
        if is_byte {
            out.push(v as u8);
        } else {
            let c = char::from_u32(v)?;
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
        i += n;
    }
    Some(out)
}

/// The value of a Go string literal as a `String` (lossy for invalid UTF-8).
pub fn unquote(lit: &str) -> Option<String> {
    unquote_bytes(lit).map(|v| {
        String::from_utf8(v).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    })
}

/// The value of a Go rune literal (`'a'`, `'\n'`, `'\u00e9'`, `'\377'`).
pub fn unquote_char(lit: &str) -> Option<u32> {
    let b = lit.as_bytes();
    if b.len() < 3 || b[0] != b'\'' || b[b.len() - 1] != b'\'' {
        return None;
    }
    let body = &b[1..b.len() - 1];
    if body[0] == b'\\' {
        let (v, n, _) = unescape(body, b'\'')?;
        if n != body.len() {
            return None;
        }
        return Some(v);
    }
    let s = std::str::from_utf8(body).ok()?;
    let mut it = s.chars();
    let c = it.next()?;
    if it.next().is_some() {
        return None;
    }
    Some(c as u32)
}

/// Decodes one escape sequence at the start of `b` (which starts with
/// `\`): (value, length, is-a-byte-value).
fn unescape(b: &[u8], quote: u8) -> Option<(u32, usize, bool)> {
    let c = *b.get(1)?;
    let simple = match c {
        b'a' => Some(7),
        b'b' => Some(8),
        b'f' => Some(12),
        b'n' => Some(10),
        b'r' => Some(13),
        b't' => Some(9),
        b'v' => Some(11),
        b'\\' => Some(b'\\' as u32),
        _ if c == quote => Some(c as u32),
        _ => None,
    };
    if let Some(v) = simple {
        return Some((v, 2, false));
    }
    let (digits, base, start, is_byte) = match c {
        b'0'..=b'7' => (3, 8, 1, true),
        b'x' => (2, 16, 2, true),
        b'u' => (4, 16, 2, false),
        b'U' => (8, 16, 2, false),
        _ => return None,
    };
    let mut v: u32 = 0;
    for k in 0..digits {
        let d = (*b.get(start + k)? as char).to_digit(base)?;
        v = v.checked_mul(base)?.checked_add(d)?;
    }
    if is_byte && v > 255 {
        return None;
    }
    if !is_byte && (v > 0x10FFFF || (0xD800..0xE000).contains(&v)) {
        return None;
    }
    Some((v, start + digits, is_byte))
}
