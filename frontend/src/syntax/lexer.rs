//! The scanner: bytes of one source file -> tokens, with Go's automatic
//! semicolon insertion.
//!
//! It follows the behaviour of gc's scanner (cmd/compile/internal/syntax),
//! including its error wording and positions, because Burrow prints compile
//! errors exactly as `go build` does:
//!
//! * A newline (or a multi-line `/* */` comment, or EOF) becomes a `;` token
//!   iff the previous token was an identifier, a literal, one of the keywords
//!   `break continue fallthrough return`, `++ --`, or one of `) ] }`. The
//!   semicolon remembers why it exists (`semicolon`, `newline`, `EOF`) for
//!   error messages ("unexpected newline, expected comma or )").
//! * Malformed input (invalid UTF-8, NUL, a BOM not at the start, bad
//!   literals, stray characters) is reported and skipped; scanning always
//!   makes progress, so any byte string terminates.
//!
//! Positions are byte offsets into the file; the parser adds the file base.

use super::token::Token;

/// Why a `Token::Semicolon` exists.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SemiKind {
    Semicolon,
    Newline,
    Eof,
}

impl SemiKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SemiKind::Semicolon => "semicolon",
            SemiKind::Newline => "newline",
            SemiKind::Eof => "EOF",
        }
    }
}

const EOF_CH: i32 = -1;
const RUNE_ERROR: i32 = 0xFFFD;

pub struct Lexer<'s> {
    src: &'s [u8],
    /// Current character (-1 at EOF), its byte width and offset.
    ch: i32,
    chw: usize,
    chpos: usize,
    /// Offset of the next byte to decode.
    r: usize,
    nlsemi: bool,
    /// Lexical errors: (byte offset, message).
    pub errors: Vec<(usize, String)>,

    // The current token.
    pub tok: Token,
    /// Offset of the token's first byte.
    pub pos: usize,
    /// Offset just past the token's last byte (identifiers and literals).
    pub end: usize,
    pub semi: SemiKind,
    /// The literal is malformed (an error was reported).
    pub bad: bool,
    /// `//go:` directives seen since the parser last drained them:
    /// (offset of `go:`, text after `//`, alone on its line).
    pub directives: Vec<(usize, String, bool)>,
}

fn lower(ch: i32) -> i32 {
    (('a' as i32) - ('A' as i32)) | ch
}
fn is_letter(ch: i32) -> bool {
    let l = lower(ch);
    ('a' as i32..='z' as i32).contains(&l) || ch == '_' as i32
}
fn is_decimal(ch: i32) -> bool {
    ('0' as i32..='9' as i32).contains(&ch)
}
fn is_hex(ch: i32) -> bool {
    is_decimal(ch) || ('a' as i32..='f' as i32).contains(&lower(ch))
}

/// Go's `unicode.IsLetter` (categories L*).
pub fn unicode_is_letter(c: char) -> bool {
    crate::unicode::is_letter(c as i32)
}

/// Go's `unicode.IsDigit` (category Nd).
pub fn unicode_is_digit(c: char) -> bool {
    crate::unicode::is_digit(c as i32)
}

/// Decodes one rune like Go's `utf8.DecodeRune`: invalid or truncated
/// encodings give (U+FFFD, 1).
pub fn decode_rune(b: &[u8]) -> (i32, usize) {
    let n = match b.first() {
        None => return (RUNE_ERROR, 0),
        Some(&c) if c < 0x80 => return (c as i32, 1),
        Some(0xC2..=0xDF) => 2,
        Some(0xE0..=0xEF) => 3,
        Some(0xF0..=0xF4) => 4,
        _ => return (RUNE_ERROR, 1),
    };
    if b.len() < n {
        return (RUNE_ERROR, 1);
    }
    match std::str::from_utf8(&b[..n]) {
        Ok(s) => (s.chars().next().map_or(RUNE_ERROR, |c| c as i32), n),
        Err(_) => (RUNE_ERROR, 1),
    }
}

/// Formats a rune as Go's `%#U` verb does: `U+0040 '@'`.
pub fn fmt_sharp_u(ch: i32) -> String {
    match char::from_u32(ch as u32) {
        Some(c) if is_print(c) => format!("U+{:04X} '{}'", ch, c),
        _ => format!("U+{:04X}", ch),
    }
}

/// Go's `strconv.IsPrint`.
pub fn is_print(c: char) -> bool {
    crate::unicode::is_print(c as i32)
}

/// Formats a rune as Go's `%q` verb does for a rune: `'x'`, `'\n'`, `'\x00'`.
pub fn fmt_q_rune(ch: i32) -> String {
    match ch {
        0x07 => "'\\a'".into(),
        0x08 => "'\\b'".into(),
        0x0C => "'\\f'".into(),
        0x0A => "'\\n'".into(),
        0x0D => "'\\r'".into(),
        0x09 => "'\\t'".into(),
        0x0B => "'\\v'".into(),
        0x5C => "'\\\\'".into(),
        0x27 => "'\\''".into(),
        _ => match char::from_u32(ch as u32) {
            Some(c) if is_print(c) => format!("'{}'", c),
            _ if (0..0x80).contains(&ch) => format!("'\\x{:02x}'", ch),
            _ if (0..0x10000).contains(&ch) => format!("'\\u{:04x}'", ch),
            _ if ch >= 0 => format!("'\\U{:08x}'", ch),
            _ => "'\\ufffd'".into(),
        },
    }
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// Index of the first invalid `_` separator in a number literal, if any.
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1] | 0x20;
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || x1 == b'x' && d.is_ascii_hexdigit() {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(x.len() - 1);
    }
    None
}

impl<'s> Lexer<'s> {
    pub fn new(src: &'s [u8]) -> Self {
        let mut l = Lexer {
            src,
            ch: ' ' as i32,
            chw: 0,
            chpos: 0,
            r: 0,
            nlsemi: false,
            errors: Vec::new(),
            tok: Token::Eof,
            pos: 0,
            end: 0,
            semi: SemiKind::Semicolon,
            bad: false,
            directives: Vec::new(),
        };
        l.nextch();
        l
    }

    /// The text of the current token (identifiers and literals).
    pub fn text(&self) -> &'s [u8] {
        &self.src[self.pos..self.end]
    }

    pub fn source(&self) -> &'s [u8] {
        self.src
    }

    fn error_here(&mut self, msg: String) {
        self.errors.push((self.chpos, msg));
    }
    fn error_at_tok(&mut self, offset: usize, msg: String) {
        self.errors.push((self.pos + offset, msg));
    }

    fn nextch(&mut self) {
        loop {
            self.chpos = self.r;
            let Some(&b) = self.src.get(self.r) else {
                self.ch = EOF_CH;
                self.chw = 0;
                return;
            };
            if b < 0x80 {
                self.r += 1;
                self.chw = 1;
                if b == 0 {
                    self.error_here("invalid NUL character".into());
                    continue;
                }
                self.ch = b as i32;
                return;
            }
            let (c, w) = decode_rune(&self.src[self.r..]);
            self.r += w;
            self.chw = w;
            if c == RUNE_ERROR && w == 1 {
                self.error_here("invalid UTF-8 encoding".into());
                continue;
            }
            if c == 0xFEFF {
                if self.chpos > 0 {
                    self.error_here("invalid BOM in the middle of the file".into());
                }
                continue;
            }
            self.ch = c;
            return;
        }
    }

    /// Advances to the next token.
    pub fn next(&mut self) {
        let nlsemi = self.nlsemi;
        self.nlsemi = false;
        self.bad = false;
        loop {
            while self.ch == ' ' as i32
                || self.ch == '\t' as i32
                || self.ch == '\n' as i32 && !nlsemi
                || self.ch == '\r' as i32
            {
                self.nextch();
            }
            self.pos = self.chpos;
            if is_letter(self.ch) || self.ch >= 0x80 && self.at_ident_char(true) {
                self.nextch();
                self.ident();
                self.end = self.chpos;
                return;
            }
            if self.token(nlsemi) {
                self.end = self.chpos;
                return;
            }
        }
    }

    /// Scans a non-identifier token starting at `self.ch`. Returns false
    /// if the scan must restart (comment, invalid character).
    fn token(&mut self, nlsemi: bool) -> bool {
        use Token::*;
        let c = self.ch;
        if c == EOF_CH {
            if nlsemi {
                self.semi = SemiKind::Eof;
                self.tok = Semicolon;
            } else {
                self.tok = Eof;
            }
            return true;
        }
        let c = c as u32;
        let Some(cc) = char::from_u32(c) else {
            self.nextch();
            return false;
        };
        self.nextch();
        let ch = self.ch;
        let is = |x: char| ch == x as i32;
        match cc {
            '\n' => {
                self.semi = SemiKind::Newline;
                self.tok = Semicolon;
            }
            '0'..='9' => {
                // re-scan from the digit
                self.number_from(cc, false);
            }
            '"' => self.std_string(),
            '`' => self.raw_string(),
            '\'' => self.rune_lit(),
            '(' => self.tok = LParen,
            '[' => self.tok = LBrack,
            '{' => self.tok = LBrace,
            ',' => self.tok = Comma,
            ';' => {
                self.semi = SemiKind::Semicolon;
                self.tok = Semicolon;
            }
            ')' => {
                self.nlsemi = true;
                self.tok = RParen;
            }
            ']' => {
                self.nlsemi = true;
                self.tok = RBrack;
            }
            '}' => {
                self.nlsemi = true;
                self.tok = RBrace;
            }
            ':' => {
                if is('=') {
                    self.nextch();
                    self.tok = Define;
                } else {
                    self.tok = Colon;
                }
            }
            '.' => {
                if is_decimal(ch) {
                    self.number_from('.', true);
                } else if is('.') && self.src.get(self.r) == Some(&b'.') {
                    self.nextch();
                    self.nextch();
                    self.tok = Ellipsis;
                } else {
                    self.tok = Period;
                }
            }
            '+' => {
                if is('+') {
                    self.nextch();
                    self.nlsemi = true;
                    self.tok = Inc;
                } else {
                    self.assign_op(Add, AddAssign);
                }
            }
            '-' => {
                if is('-') {
                    self.nextch();
                    self.nlsemi = true;
                    self.tok = Dec;
                } else {
                    self.assign_op(Sub, SubAssign);
                }
            }
            '*' => self.assign_op(Mul, MulAssign),
            '/' => {
                if is('/') {
                    self.nextch();
                    let start = self.chpos;
                    while self.ch >= 0 && self.ch != '\n' as i32 {
                        self.nextch();
                    }
                    if self.src[start..].starts_with(b"go:") {
                        self.directive(start);
                    }
                    return false;
                }
                if is('*') {
                    self.nextch();
                    let start_line_end = self.line_end_of(self.pos);
                    self.skip_comment();
                    if nlsemi && self.chpos > start_line_end {
                        self.semi = SemiKind::Newline;
                        self.tok = Semicolon;
                        return true;
                    }
                    return false;
                }
                self.assign_op(Quo, QuoAssign);
            }
            '%' => self.assign_op(Rem, RemAssign),
            '&' => {
                if is('&') {
                    self.nextch();
                    self.tok = LAnd;
                } else if is('^') {
                    self.nextch();
                    self.assign_op(AndNot, AndNotAssign);
                } else {
                    self.assign_op(And, AndAssign);
                }
            }
            '|' => {
                if is('|') {
                    self.nextch();
                    self.tok = LOr;
                } else {
                    self.assign_op(Or, OrAssign);
                }
            }
            '^' => self.assign_op(Xor, XorAssign),
            '<' => {
                if is('=') {
                    self.nextch();
                    self.tok = Leq;
                } else if is('<') {
                    self.nextch();
                    self.assign_op(Shl, ShlAssign);
                } else if is('-') {
                    self.nextch();
                    self.tok = Arrow;
                } else {
                    self.tok = Lss;
                }
            }
            '>' => {
                if is('=') {
                    self.nextch();
                    self.tok = Geq;
                } else if is('>') {
                    self.nextch();
                    self.assign_op(Shr, ShrAssign);
                } else {
                    self.tok = Gtr;
                }
            }
            '=' => {
                if is('=') {
                    self.nextch();
                    self.tok = Eql;
                } else {
                    self.tok = Assign;
                }
            }
            '!' => {
                if is('=') {
                    self.nextch();
                    self.tok = Neq;
                } else {
                    self.tok = Not;
                }
            }
            '~' => self.tok = Tilde,
            _ => {
                self.errors.push((
                    self.pos,
                    format!("invalid character {}", fmt_sharp_u(c as i32)),
                ));
                return false;
            }
        }
        true
    }

    /// Records a `//go:` directive whose text starts at `start` and ends at
    /// the current position.
    fn directive(&mut self, start: usize) {
        let mut end = self.chpos;
        if end > start && self.src[end - 1] == b'\r' {
            end -= 1;
        }
        let text = String::from_utf8_lossy(&self.src[start..end]).into_owned();
        let line_start = self.src[..self.pos]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let blank = self.src[line_start..self.pos]
            .iter()
            .all(|&b| b == b' ' || b == b'\t' || b == b'\r');
        self.directives.push((start, text, blank));
    }

    /// Offset of the end of the line containing `off` (the '\n' or EOF).
    fn line_end_of(&self, off: usize) -> usize {
        self.src[off..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(self.src.len(), |i| off + i)
    }

    fn assign_op(&mut self, op: Token, op_assign: Token) {
        if self.ch == '=' as i32 {
            self.nextch();
            self.tok = op_assign;
        } else {
            self.tok = op;
        }
    }

    fn at_ident_char(&mut self, first: bool) -> bool {
        let Some(c) = char::from_u32(self.ch as u32) else {
            return false;
        };
        if unicode_is_letter(c) || c == '_' {
            return true;
        }
        if unicode_is_digit(c) {
            if first {
                self.error_here(format!(
                    "identifier cannot begin with digit {}",
                    fmt_sharp_u(self.ch)
                ));
            }
            return true;
        }
        if self.ch >= 0x80 {
            self.error_here(format!(
                "invalid character {} in identifier",
                fmt_sharp_u(self.ch)
            ));
            return true;
        }
        false
    }

    fn ident(&mut self) {
        while is_letter(self.ch) || is_decimal(self.ch) {
            self.nextch();
        }
        if self.ch >= 0x80 {
            while self.ch >= 0 && self.at_ident_char(false) {
                self.nextch();
            }
        }
        let lit = &self.src[self.pos..self.chpos];
        if let Some(tok) = keyword(lit) {
            self.nlsemi = matches!(
                tok,
                Token::Break | Token::Continue | Token::Fallthrough | Token::Return
            );
            self.tok = tok;
            return;
        }
        self.nlsemi = true;
        self.tok = Token::Ident;
    }

    /// digits accepts `{ digit | '_' }`; returns bit 0 = digits seen,
    /// bit 1 = separators seen. Records the first digit >= base (base <= 10).
    fn digits(&mut self, base: u32, invalid: &mut Option<usize>) -> u32 {
        let mut digsep = 0;
        if base <= 10 {
            let max = '0' as i32 + base as i32;
            while is_decimal(self.ch) || self.ch == '_' as i32 {
                let mut ds = 1;
                if self.ch == '_' as i32 {
                    ds = 2;
                } else if self.ch >= max && invalid.is_none() {
                    *invalid = Some(self.chpos - self.pos);
                }
                digsep |= ds;
                self.nextch();
            }
        } else {
            while is_hex(self.ch) || self.ch == '_' as i32 {
                digsep |= if self.ch == '_' as i32 { 2 } else { 1 };
                self.nextch();
            }
        }
        digsep
    }

    /// Scans a number; `first` ('0'..'9' or '.') has already been consumed.
    fn number_from(&mut self, first: char, seen_point_in: bool) {
        let mut seen_point = seen_point_in;
        let mut ok = true;
        let mut kind = Token::Int;
        let mut base = 10u32;
        let mut prefix = 0u8;
        let mut digsep = 0u32;
        let mut invalid: Option<usize> = None;

        if !seen_point {
            if first == '0' {
                match lower(self.ch) as u8 {
                    b'x' => {
                        self.nextch();
                        base = 16;
                        prefix = b'x';
                    }
                    b'o' => {
                        self.nextch();
                        base = 8;
                        prefix = b'o';
                    }
                    b'b' => {
                        self.nextch();
                        base = 2;
                        prefix = b'b';
                    }
                    _ => {
                        base = 8;
                        prefix = b'0';
                        digsep = 1;
                    }
                }
            } else {
                // first digit already consumed: account for it
                digsep = 1;
            }
            digsep |= self.digits(base, &mut invalid);
            if self.ch == '.' as i32 {
                if prefix == b'o' || prefix == b'b' {
                    self.error_here(format!(
                        "invalid radix point in {} literal",
                        base_name(base)
                    ));
                    ok = false;
                }
                self.nextch();
                seen_point = true;
            }
        }
        if seen_point {
            kind = Token::Float;
            digsep |= self.digits(base, &mut invalid);
        }
        if digsep & 1 == 0 && ok {
            self.error_here(format!("{} literal has no digits", base_name(base)));
            ok = false;
        }
        let e = lower(self.ch);
        if e == 'e' as i32 || e == 'p' as i32 {
            if ok {
                if e == 'e' as i32 && prefix != 0 && prefix != b'0' {
                    self.error_here(format!(
                        "{} exponent requires decimal mantissa",
                        fmt_q_rune(self.ch)
                    ));
                    ok = false;
                } else if e == 'p' as i32 && prefix != b'x' {
                    self.error_here(format!(
                        "{} exponent requires hexadecimal mantissa",
                        fmt_q_rune(self.ch)
                    ));
                    ok = false;
                }
            }
            self.nextch();
            kind = Token::Float;
            if self.ch == '+' as i32 || self.ch == '-' as i32 {
                self.nextch();
            }
            let mut none = None;
            digsep = self.digits(10, &mut none) | (digsep & 2);
            if digsep & 1 == 0 && ok {
                self.error_here("exponent has no digits".into());
                ok = false;
            }
        } else if prefix == b'x' && kind == Token::Float && ok {
            self.error_here("hexadecimal mantissa requires a 'p' exponent".into());
            ok = false;
        }
        if self.ch == 'i' as i32 {
            kind = Token::Imag;
            self.nextch();
        }
        self.tok = kind;
        self.nlsemi = true;
        let lit = &self.src[self.pos..self.chpos];
        if kind == Token::Int && ok {
            if let Some(i) = invalid {
                let d = lit[i];
                self.error_at_tok(
                    i,
                    format!(
                        "invalid digit {} in {} literal",
                        fmt_q_rune(d as i32),
                        base_name(base)
                    ),
                );
                ok = false;
            }
        }
        if digsep & 2 != 0 && ok {
            if let Some(i) = invalid_sep(lit) {
                self.error_at_tok(i, "'_' must separate successive digits".into());
                ok = false;
            }
        }
        self.bad = !ok;
    }

    fn rune_lit(&mut self) {
        let mut ok = true;
        let mut n = 0;
        loop {
            if self.ch == '\'' as i32 {
                if ok {
                    if n == 0 {
                        self.error_here("empty rune literal or unescaped '".into());
                        ok = false;
                    } else if n != 1 {
                        self.error_at_tok(0, "more than one character in rune literal".into());
                        ok = false;
                    }
                }
                self.nextch();
                break;
            }
            if self.ch == '\\' as i32 {
                self.nextch();
                if !self.escape('\'' as i32) {
                    ok = false;
                }
                n += 1;
                continue;
            }
            if self.ch == '\n' as i32 {
                if ok {
                    self.error_here("newline in rune literal".into());
                    ok = false;
                }
                break;
            }
            if self.ch < 0 {
                if ok {
                    self.error_at_tok(0, "rune literal not terminated".into());
                    ok = false;
                }
                break;
            }
            self.nextch();
            n += 1;
        }
        self.tok = Token::Char;
        self.nlsemi = true;
        self.bad = !ok;
    }

    fn std_string(&mut self) {
        let mut ok = true;
        loop {
            if self.ch == '"' as i32 {
                self.nextch();
                break;
            }
            if self.ch == '\\' as i32 {
                self.nextch();
                if !self.escape('"' as i32) {
                    ok = false;
                }
                continue;
            }
            if self.ch == '\n' as i32 {
                self.error_here("newline in string".into());
                ok = false;
                break;
            }
            if self.ch < 0 {
                self.error_at_tok(0, "string not terminated".into());
                ok = false;
                break;
            }
            self.nextch();
        }
        self.tok = Token::String;
        self.nlsemi = true;
        self.bad = !ok;
    }

    fn raw_string(&mut self) {
        let mut ok = true;
        loop {
            if self.ch == '`' as i32 {
                self.nextch();
                break;
            }
            if self.ch < 0 {
                self.error_at_tok(0, "string not terminated".into());
                ok = false;
                break;
            }
            self.nextch();
        }
        self.tok = Token::String;
        self.nlsemi = true;
        self.bad = !ok;
    }

    fn skip_comment(&mut self) -> bool {
        while self.ch >= 0 {
            while self.ch == '*' as i32 {
                self.nextch();
                if self.ch == '/' as i32 {
                    self.nextch();
                    return true;
                }
            }
            self.nextch();
        }
        self.error_at_tok(0, "comment not terminated".into());
        false
    }

    fn escape(&mut self, quote: i32) -> bool {
        let (n, base, max): (u32, u32, u32);
        let c = self.ch;
        if c == quote || (0..128).contains(&c) && b"abfnrtv\\".contains(&(c as u8)) {
            self.nextch();
            return true;
        }
        match c {
            0x30..=0x37 => {
                n = 3;
                base = 8;
                max = 255;
            }
            0x78 => {
                self.nextch();
                n = 2;
                base = 16;
                max = 255;
            }
            0x75 => {
                self.nextch();
                n = 4;
                base = 16;
                max = 0x10FFFF;
            }
            0x55 => {
                self.nextch();
                n = 8;
                base = 16;
                max = 0x10FFFF;
            }
            _ => {
                if c < 0 {
                    return true;
                }
                self.error_here("unknown escape".into());
                return false;
            }
        }
        let mut x: u32 = 0;
        for _ in 0..n {
            if self.ch < 0 {
                return true;
            }
            let mut d = base;
            if is_decimal(self.ch) {
                d = (self.ch - '0' as i32) as u32;
            } else if ('a' as i32..='f' as i32).contains(&lower(self.ch)) {
                d = (lower(self.ch) - 'a' as i32) as u32 + 10;
            }
            if d >= base {
                self.error_here(format!(
                    "invalid character {} in {} escape",
                    fmt_q_rune(self.ch),
                    base_name(base)
                ));
                return false;
            }
            x = x.wrapping_mul(base).wrapping_add(d);
            self.nextch();
        }
        if x > max && base == 8 {
            self.error_here(format!("octal escape value {} > 255", x));
            return false;
        }
        if x > max || (0xD800..0xE000).contains(&x) {
            self.error_here(format!(
                "escape is invalid Unicode code point {}",
                fmt_sharp_u(x as i32)
            ));
            return false;
        }
        true
    }
}

/// The keyword token spelled `lit`, if any.
pub fn keyword(lit: &[u8]) -> Option<Token> {
    use Token::*;
    Some(match lit {
        b"break" => Break,
        b"case" => Case,
        b"chan" => Chan,
        b"const" => Const,
        b"continue" => Continue,
        b"default" => Default,
        b"defer" => Defer,
        b"else" => Else,
        b"fallthrough" => Fallthrough,
        b"for" => For,
        b"func" => Func,
        b"go" => Go,
        b"goto" => Goto,
        b"if" => If,
        b"import" => Import,
        b"interface" => Interface,
        b"map" => Map,
        b"package" => Package,
        b"range" => Range,
        b"return" => Return,
        b"select" => Select,
        b"struct" => Struct,
        b"switch" => Switch,
        b"type" => Type,
        b"var" => Var,
        _ => return None,
    })
}
