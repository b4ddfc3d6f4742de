//! The low-level formatter: flags, width and precision applied to numbers,
//! strings and runes, writing into a byte buffer (Go's fmt/format.go).

use crate::natives::strconv;

pub const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
pub const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

#[derive(Clone, Copy, Default, Debug)]
pub struct Flags {
    pub wid_present: bool,
    pub prec_present: bool,
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    /// `%+v`: field names in structs.
    pub plus_v: bool,
    /// `%#v`: Go syntax.
    pub sharp_v: bool,
    pub wid: i64,
    pub prec: i64,
}

pub struct Fmt {
    pub buf: Vec<u8>,
    pub f: Flags,
}

/// Number of runes in `b` (invalid bytes count one each).
pub fn rune_count(b: &[u8]) -> usize {
    let mut i = 0;
    let mut n = 0;
    while i < b.len() {
        if b[i] < 0x80 {
            i += 1;
        } else {
            i += strconv::decode_rune(&b[i..]).1.max(1);
        }
        n += 1;
    }
    n
}

impl Fmt {
    pub fn clear_flags(&mut self) {
        self.f = Flags::default();
    }

    pub fn write_padding(&mut self, n: i64) {
        if n <= 0 {
            return;
        }
        let c = if self.f.zero && !self.f.minus {
            b'0'
        } else {
            b' '
        };
        self.buf.extend(std::iter::repeat_n(c, n as usize));
    }

    /// Appends `b` padded to the width.
    pub fn pad(&mut self, b: &[u8]) {
        if !self.f.wid_present || self.f.wid == 0 {
            self.buf.extend_from_slice(b);
            return;
        }
        let width = self.f.wid - rune_count(b) as i64;
        if !self.f.minus {
            self.write_padding(width);
            self.buf.extend_from_slice(b);
        } else {
            self.buf.extend_from_slice(b);
            self.write_padding(width);
        }
    }

    pub fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    /// Go's fmtUnicode: `U+0078` (and `U+0078 'x'` with `#`).
    pub fn fmt_unicode(&mut self, u: u64) {
        let mut prec = 4i64;
        if self.f.prec_present && self.f.prec > 4 {
            prec = self.f.prec;
        }
        let mut hex = Vec::new();
        let mut v = u;
        loop {
            hex.push(UDIGITS[(v & 0xF) as usize]);
            prec -= 1;
            v >>= 4;
            if v == 0 {
                break;
            }
        }
        while prec > 0 {
            hex.push(b'0');
            prec -= 1;
        }
        hex.extend_from_slice(b"+U");
        hex.reverse();
        if self.f.sharp && u <= 0x10FFFF && strconv::is_print(u as i32) {
            hex.extend_from_slice(b" '");
            strconv::encode_rune(&mut hex, u as i32);
            hex.push(b'\'');
        }
        let old = self.f.zero;
        self.f.zero = false;
        self.pad(&hex);
        self.f.zero = old;
    }

    /// Go's fmtInteger: `u` in `base`, signed if `signed`.
    pub fn fmt_integer(&mut self, u: u64, base: u32, signed: bool, verb: char, digits: &[u8; 17]) {
        let negative = signed && (u as i64) < 0;
        let mut u = if negative {
            (u as i64).wrapping_neg() as u64
        } else {
            u
        };
        let mut prec = 0i64;
        if self.f.prec_present {
            prec = self.f.prec;
            if prec == 0 && u == 0 {
                let old = self.f.zero;
                self.f.zero = false;
                self.write_padding(self.f.wid);
                self.f.zero = old;
                return;
            }
        } else if self.f.zero && !self.f.minus && self.f.wid_present {
            prec = self.f.wid;
            if negative || self.f.plus || self.f.space {
                prec -= 1;
            }
        }
        // Digits right to left.
        let mut b: Vec<u8> = Vec::with_capacity(24);
        let base = base as u64;
        while u >= base {
            b.push(digits[(u % base) as usize]);
            u /= base;
        }
        b.push(digits[u as usize]);
        while (b.len() as i64) < prec {
            b.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => b.extend_from_slice(b"b0"),
                8 if *b.last().unwrap_or(&0) != b'0' => b.push(b'0'),
                16 => {
                    b.push(digits[16]);
                    b.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' {
            b.extend_from_slice(b"o0");
        }
        if negative {
            b.push(b'-');
        } else if self.f.plus {
            b.push(b'+');
        } else if self.f.space {
            b.push(b' ');
        }
        b.reverse();
        let old = self.f.zero;
        self.f.zero = false;
        self.pad(&b);
        self.f.zero = old;
    }

    /// `s` cut to the precision (in runes).
    fn truncate<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        if self.f.prec_present {
            let mut n = self.f.prec;
            let mut i = 0;
            while i < s.len() {
                n -= 1;
                if n < 0 {
                    return &s[..i];
                }
                i += strconv::decode_rune(&s[i..]).1.max(1);
            }
        }
        s
    }

    pub fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    /// Hex encoding of a string or byte slice (`%x`, `% x`, `%#x`).
    pub fn fmt_sbx(&mut self, s: &[u8], digits: &[u8; 17]) {
        let mut length = s.len() as i64;
        if self.f.prec_present && self.f.prec < length {
            length = self.f.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.f.space {
                if self.f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.f.sharp {
                width += 2;
            }
        } else {
            if self.f.wid_present {
                self.write_padding(self.f.wid);
            }
            return;
        }
        if self.f.wid_present && self.f.wid > width && !self.f.minus {
            self.write_padding(self.f.wid - width);
        }
        if self.f.sharp {
            self.buf.push(b'0');
            self.buf.push(digits[16]);
        }
        for (i, &c) in s[..length as usize].iter().enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(b' ');
                if self.f.sharp {
                    self.buf.push(b'0');
                    self.buf.push(digits[16]);
                }
            }
            self.buf.push(digits[(c >> 4) as usize]);
            self.buf.push(digits[(c & 0xF) as usize]);
        }
        if self.f.wid_present && self.f.wid > width && self.f.minus {
            self.write_padding(self.f.wid - width);
        }
    }

    /// `%q` of a string.
    pub fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        if self.f.sharp && strconv::can_backquote(s) {
            let mut b = Vec::with_capacity(s.len() + 2);
            b.push(b'`');
            b.extend_from_slice(s);
            b.push(b'`');
            self.pad(&b);
            return;
        }
        let q = if self.f.plus {
            strconv::quote_ascii(s)
        } else {
            strconv::quote(s)
        };
        self.pad(q.as_bytes());
    }

    /// `%c`.
    pub fn fmt_c(&mut self, c: u64) {
        let r = if c > 0x10FFFF { 0xFFFD } else { c as i32 };
        let mut b = Vec::with_capacity(4);
        strconv::encode_rune(&mut b, r);
        self.pad(&b);
    }

    /// `%q` of a rune.
    pub fn fmt_qc(&mut self, c: u64) {
        let r = if c > 0x10FFFF { 0xFFFD } else { c as i32 };
        let q = if self.f.plus {
            strconv::quote_rune_ascii(r)
        } else {
            strconv::quote_rune(r)
        };
        self.pad(q.as_bytes());
    }

    /// Go's fmt.fmtFloat: `verb` is a strconv format byte, `prec` -1 for
    /// shortest (overridden by an explicit precision).
    pub fn fmt_float(&mut self, v: f64, size: u32, verb: u8, prec: i64) {
        let prec = if self.f.prec_present {
            self.f.prec
        } else {
            prec
        };
        let s = strconv::format_float(v, verb, prec.clamp(-1, 1 << 20) as i32, size);
        let mut num: Vec<u8> = Vec::with_capacity(s.len() + 1);
        if s.starts_with('-') || s.starts_with('+') {
            num.extend_from_slice(s.as_bytes());
        } else {
            num.push(b'+');
            num.extend_from_slice(s.as_bytes());
        }
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        if num.len() > 1 && (num[1] == b'I' || num[1] == b'N') {
            let old = self.f.zero;
            self.f.zero = false;
            if num[1] == b'N' && !self.f.space && !self.f.plus {
                num.remove(0);
            }
            self.pad(&num);
            self.f.zero = old;
            return;
        }
        if self.f.sharp && verb != b'b' {
            let mut digits: i64 = 0;
            if matches!(verb, b'v' | b'g' | b'G' | b'x') {
                digits = if prec == -1 { 6 } else { prec };
            }
            let mut tail: Vec<u8> = Vec::new();
            let mut has_point = false;
            let mut saw_nonzero = false;
            let mut i = 1;
            while i < num.len() {
                match num[i] {
                    b'.' => has_point = true,
                    b'p' | b'P' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    b'e' | b'E' if verb != b'x' && verb != b'X' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    c => {
                        if c != b'0' {
                            saw_nonzero = true;
                        }
                        if saw_nonzero {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            if !has_point {
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            while digits > 0 {
                num.push(b'0');
                digits -= 1;
            }
            num.extend_from_slice(&tail);
        }
        if self.f.plus || num[0] != b'+' {
            if self.f.zero && !self.f.minus && self.f.wid_present && self.f.wid > num.len() as i64 {
                self.buf.push(num[0]);
                self.write_padding(self.f.wid - num.len() as i64);
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }
}
