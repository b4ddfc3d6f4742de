//! Exact constant arithmetic (go/constant semantics) on `ConstValue`:
//! literal parsing, operators, conversions between kinds, representability
//! in a basic type, and printing as go/constant's `String` does.
#![allow(
    clippy::collapsible_match,
    clippy::collapsible_if,
    clippy::unnecessary_unwrap,
    clippy::too_many_arguments,
    clippy::if_same_then_else
)]

use super::*;
use crate::syntax::token::Token;
use num_bigint::Sign;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub fn int(v: i64) -> ConstValue {
    ConstValue::Int(BigInt::from(v))
}

fn rat_int(i: &BigInt) -> BigRational {
    BigRational::from_integer(i.clone())
}

/// Parses an integer literal (`0x1F`, `0o17`, `017`, `0b1`, `1_000`).
pub fn parse_int(lit: &str) -> Option<BigInt> {
    let s: String = lit.chars().filter(|&c| c != '_').collect();
    let (digits, radix) = if let Some(r) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        (r.to_string(), 16)
    } else if let Some(r) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
        (r.to_string(), 2)
    } else if let Some(r) = s.strip_prefix("0o").or_else(|| s.strip_prefix("0O")) {
        (r.to_string(), 8)
    } else if s.len() > 1 && s.starts_with('0') {
        (s[1..].to_string(), 8)
    } else {
        (s, 10)
    };
    if digits.is_empty() {
        return None;
    }
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

fn pow10(e: i64) -> BigRational {
    let p = num_traits::pow(BigInt::from(10), e.unsigned_abs() as usize);
    if e >= 0 {
        BigRational::from_integer(p)
    } else {
        BigRational::new(BigInt::one(), p)
    }
}

fn pow2(e: i64) -> BigRational {
    let p = BigInt::one() << (e.unsigned_abs() as usize);
    if e >= 0 {
        BigRational::from_integer(p)
    } else {
        BigRational::new(BigInt::one(), p)
    }
}

/// Parses a floating-point literal (decimal or hexadecimal) exactly.
pub fn parse_float(lit: &str) -> Option<BigRational> {
    let s: String = lit.chars().filter(|&c| c != '_').collect();
    if let Some(r) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        let (mant, exp) = match r.find(['p', 'P']) {
            Some(i) => (&r[..i], r[i + 1..].parse::<i64>().ok()?),
            None => (r, 0),
        };
        let (ip, fp) = match mant.find('.') {
            Some(i) => (&mant[..i], &mant[i + 1..]),
            None => (mant, ""),
        };
        let all = format!("{}{}", ip, fp);
        let m = if all.is_empty() {
            BigInt::zero()
        } else {
            BigInt::parse_bytes(all.as_bytes(), 16)?
        };
        return Some(rat_int(&m) * pow2(exp - 4 * fp.len() as i64));
    }
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().ok()?),
        None => (&s[..], 0),
    };
    let (ip, fp) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    let all = format!("{}{}", ip, fp);
    let m = if all.is_empty() {
        BigInt::zero()
    } else {
        BigInt::parse_bytes(all.as_bytes(), 10)?
    };
    if exp.abs() > 100_000 {
        return None;
    }
    Some(rat_int(&m) * pow10(exp - fp.len() as i64))
}

/// Decodes one escape/character starting at `s[i]` of a quoted literal.
/// Returns (code point or byte, is_byte, next index).
fn decode_char(s: &[u8], i: usize, quote: u8) -> Option<(u32, bool, usize)> {
    let c = *s.get(i)?;
    if c != b'\\' {
        let st = std::str::from_utf8(&s[i..])
            .ok()
            .or_else(|| std::str::from_utf8(&s[i..i + 1]).ok())?;
        let ch = st.chars().next()?;
        return Some((ch as u32, false, i + ch.len_utf8()));
    }
    let e = *s.get(i + 1)?;
    let simple = match e {
        b'a' => Some(7),
        b'b' => Some(8),
        b'f' => Some(12),
        b'n' => Some(10),
        b'r' => Some(13),
        b't' => Some(9),
        b'v' => Some(11),
        b'\\' => Some(92),
        b'\'' if quote == b'\'' => Some(39),
        b'"' if quote == b'"' => Some(34),
        _ => None,
    };
    if let Some(v) = simple {
        return Some((v, false, i + 2));
    }
    let hex = |from: usize, n: usize| -> Option<u32> {
        let h = std::str::from_utf8(s.get(from..from + n)?).ok()?;
        u32::from_str_radix(h, 16).ok()
    };
    match e {
        b'x' => Some((hex(i + 2, 2)?, true, i + 4)),
        b'u' => Some((hex(i + 2, 4)?, false, i + 6)),
        b'U' => Some((hex(i + 2, 8)?, false, i + 10)),
        b'0'..=b'7' => {
            let o = std::str::from_utf8(s.get(i + 1..i + 4)?).ok()?;
            Some((u32::from_str_radix(o, 8).ok()?, true, i + 4))
        }
        _ => None,
    }
}

/// The value of a rune literal `'x'`.
pub fn parse_char(lit: &str) -> Option<u32> {
    let b = lit.as_bytes();
    if b.len() < 3 || b[0] != b'\'' {
        return None;
    }
    let (v, _, n) = decode_char(b, 1, b'\'')?;
    if n != b.len() - 1 {
        return None;
    }
    Some(v)
}

/// The bytes of a string literal (interpreted or raw).
pub fn parse_string_bytes(lit: &str) -> Option<Vec<u8>> {
    let b = lit.as_bytes();
    if b.len() >= 2 && b[0] == b'`' {
        return Some(
            lit[1..lit.len() - 1]
                .bytes()
                .filter(|&c| c != b'\r')
                .collect(),
        );
    }
    if b.len() < 2 || b[0] != b'"' {
        return None;
    }
    let mut out = Vec::new();
    let mut i = 1;
    let end = b.len() - 1;
    while i < end {
        let (v, is_byte, n) = decode_char(b, i, b'"')?;
        if is_byte {
            out.push(v as u8);
        } else {
            let ch = char::from_u32(v).unwrap_or('\u{FFFD}');
            let mut buf = [0u8; 4];
            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
        }
        i = n;
    }
    Some(out)
}

pub fn string_value(bytes: &[u8]) -> ConstValue {
    ConstValue::String(Rc::from(String::from_utf8_lossy(bytes).as_ref()))
}

/// Converts a value to the int kind if it is an exact integer.
pub fn to_int(v: &ConstValue) -> Option<BigInt> {
    match v {
        ConstValue::Int(i) => Some(i.clone()),
        ConstValue::Float(f) if f.is_integer() => Some(f.to_integer()),
        ConstValue::Complex(r, i) if i.is_zero() && r.is_integer() => Some(r.to_integer()),
        _ => None,
    }
}
pub fn to_float(v: &ConstValue) -> Option<BigRational> {
    match v {
        ConstValue::Int(i) => Some(rat_int(i)),
        ConstValue::Float(f) => Some(f.clone()),
        ConstValue::Complex(r, i) if i.is_zero() => Some(r.clone()),
        _ => None,
    }
}
pub fn to_complex(v: &ConstValue) -> Option<(BigRational, BigRational)> {
    match v {
        ConstValue::Int(i) => Some((rat_int(i), BigRational::zero())),
        ConstValue::Float(f) => Some((f.clone(), BigRational::zero())),
        ConstValue::Complex(r, i) => Some((r.clone(), i.clone())),
        _ => None,
    }
}

pub fn sign(v: &ConstValue) -> i32 {
    match v {
        ConstValue::Int(i) => match i.sign() {
            Sign::Minus => -1,
            Sign::NoSign => 0,
            Sign::Plus => 1,
        },
        ConstValue::Float(f) => {
            if f.is_zero() {
                0
            } else if f.is_negative() {
                -1
            } else {
                1
            }
        }
        ConstValue::Complex(r, i) => {
            if r.is_zero() && i.is_zero() {
                0
            } else {
                1
            }
        }
        _ => 1,
    }
}

/// Normalises a float that is integral back to `Int` (go/constant keeps
/// the kind by operand order, so we only do this where asked).
fn rank(v: &ConstValue) -> u8 {
    match v {
        ConstValue::Int(_) => 1,
        ConstValue::Float(_) => 2,
        ConstValue::Complex(..) => 3,
        _ => 0,
    }
}

/// Brings both operands to the same kind (the larger).
pub fn match_kinds(x: &ConstValue, y: &ConstValue) -> (ConstValue, ConstValue) {
    let r = rank(x).max(rank(y));
    let conv = |v: &ConstValue| -> ConstValue {
        match r {
            2 => to_float(v)
                .map(ConstValue::Float)
                .unwrap_or_else(|| v.clone()),
            3 => to_complex(v)
                .map(|(a, b)| ConstValue::Complex(a, b))
                .unwrap_or_else(|| v.clone()),
            _ => v.clone(),
        }
    };
    (conv(x), conv(y))
}

/// `x op y` for arithmetic and logical operators. `int_div` forces
/// truncated integer division for `/`. `None` on division by zero or
/// an invalid combination.
pub fn binary_op(x: &ConstValue, op: Token, y: &ConstValue, int_div: bool) -> Option<ConstValue> {
    let (x, y) = match_kinds(x, y);
    use ConstValue::*;
    Some(match (&x, &y) {
        (Int(a), Int(b)) => Int(match op {
            Token::Add => a + b,
            Token::Sub => a - b,
            Token::Mul => a * b,
            Token::Quo => {
                if b.is_zero() {
                    return None;
                }
                if !int_div {
                    return Some(Float(BigRational::new(a.clone(), b.clone())));
                }
                a / b
            }
            Token::Rem => {
                if b.is_zero() {
                    return None;
                }
                a % b
            }
            Token::And => a & b,
            Token::Or => a | b,
            Token::Xor => a ^ b,
            Token::AndNot => a & !b,
            _ => return None,
        }),
        (Float(a), Float(b)) => Float(match op {
            Token::Add => a + b,
            Token::Sub => a - b,
            Token::Mul => a * b,
            Token::Quo => {
                if b.is_zero() {
                    return None;
                }
                a / b
            }
            _ => return None,
        }),
        (Complex(ar, ai), Complex(br, bi)) => match op {
            Token::Add => Complex(ar + br, ai + bi),
            Token::Sub => Complex(ar - br, ai - bi),
            Token::Mul => Complex(ar * br - ai * bi, ar * bi + ai * br),
            Token::Quo => {
                let d = br * br + bi * bi;
                if d.is_zero() {
                    return None;
                }
                Complex((ar * br + ai * bi) / &d, (ai * br - ar * bi) / &d)
            }
            _ => return None,
        },
        (Bool(a), Bool(b)) => Bool(match op {
            Token::LAnd => *a && *b,
            Token::LOr => *a || *b,
            _ => return None,
        }),
        (String(a), String(b)) if op == Token::Add => {
            String(Rc::from(format!("{}{}", a, b).as_str()))
        }
        _ => return None,
    })
}

pub fn shift(x: &ConstValue, op: Token, s: u64) -> Option<ConstValue> {
    let i = to_int(x)?;
    if s > 100_000 {
        return None;
    }
    Some(ConstValue::Int(match op {
        Token::Shl => i << (s as usize),
        _ => {
            // Arithmetic shift (floor division by 2^s).
            let d = BigInt::one() << (s as usize);
            i.div_floor(&d)
        }
    }))
}

pub fn compare(x: &ConstValue, op: Token, y: &ConstValue) -> Option<bool> {
    let (x, y) = match_kinds(x, y);
    use std::cmp::Ordering;
    use ConstValue::*;
    let ord: Option<Ordering> = match (&x, &y) {
        (Int(a), Int(b)) => Some(a.cmp(b)),
        (Float(a), Float(b)) => Some(a.cmp(b)),
        (String(a), String(b)) => Some(a.as_bytes().cmp(b.as_bytes())),
        (Bool(a), Bool(b)) => {
            return match op {
                Token::Eql => Some(a == b),
                Token::Neq => Some(a != b),
                _ => None,
            }
        }
        (Complex(a, b), Complex(c, d)) => {
            return match op {
                Token::Eql => Some(a == c && b == d),
                Token::Neq => Some(!(a == c && b == d)),
                _ => None,
            }
        }
        _ => None,
    };
    let o = ord?;
    Some(match op {
        Token::Eql => o == Ordering::Equal,
        Token::Neq => o != Ordering::Equal,
        Token::Lss => o == Ordering::Less,
        Token::Leq => o != Ordering::Greater,
        Token::Gtr => o == Ordering::Greater,
        Token::Geq => o != Ordering::Less,
        _ => return None,
    })
}

/// Unary `op x`; `unsigned_bits` is the size of an unsigned typed operand
/// for `^x` (0 otherwise).
pub fn unary_op(op: Token, x: &ConstValue, unsigned_bits: u32) -> Option<ConstValue> {
    use ConstValue::*;
    Some(match (op, x) {
        (Token::Add, v) => v.clone(),
        (Token::Sub, Int(i)) => Int(-i),
        (Token::Sub, Float(f)) => Float(-f),
        (Token::Sub, Complex(r, i)) => Complex(-r, -i),
        (Token::Not, Bool(b)) => Bool(!b),
        (Token::Xor, Int(i)) => {
            if unsigned_bits > 0 {
                let mask = (BigInt::one() << unsigned_bits as usize) - 1;
                Int(i ^ mask)
            } else {
                Int(-i - 1)
            }
        }
        _ => return None,
    })
}

fn int_range(k: BasicKind) -> Option<(BigInt, BigInt)> {
    use BasicKind::*;
    let (signed, bits) = match k {
        Int8 => (true, 8),
        Int16 => (true, 16),
        Int32 | UntypedRune => (true, 32),
        Int | Int64 => (true, 64),
        Uint8 => (false, 8),
        Uint16 => (false, 16),
        Uint32 => (false, 32),
        Uint | Uint64 | Uintptr => (false, 64),
        _ => return None,
    };
    Some(if signed {
        (
            -(BigInt::one() << (bits - 1usize)),
            (BigInt::one() << (bits - 1usize)) - 1,
        )
    } else {
        (BigInt::zero(), (BigInt::one() << bits) - 1)
    })
}

fn round_float(f: &BigRational, f32_: bool) -> Option<BigRational> {
    let d = f.to_f64()?;
    if f32_ {
        let s = d as f32;
        if !s.is_finite() {
            return None;
        }
        // f.to_f64 then to f32 may double-round; acceptable for constants.
        BigRational::from_float(s as f64)
    } else {
        if !d.is_finite() {
            return None;
        }
        BigRational::from_float(d)
    }
}

fn float_ok(f: &BigRational, f32_: bool) -> Option<BigRational> {
    if f.is_zero() {
        return Some(f.clone());
    }
    round_float(f, f32_)
}

/// Whether `v` is representable in basic kind `k`; returns the value as
/// converted to that kind (rounded for floats).
pub fn representable(v: &ConstValue, k: BasicKind) -> Option<ConstValue> {
    use BasicKind::*;
    match k {
        Bool | UntypedBool => matches!(v, ConstValue::Bool(_)).then(|| v.clone()),
        String | UntypedString => matches!(v, ConstValue::String(_)).then(|| v.clone()),
        UntypedInt | UntypedRune if k == UntypedInt => to_int(v).map(ConstValue::Int),
        Int | Int8 | Int16 | Int32 | Int64 | Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr
        | UntypedRune => {
            let i = to_int(v)?;
            let (lo, hi) = int_range(k)?;
            (i >= lo && i <= hi).then_some(ConstValue::Int(i))
        }
        Float32 | Float64 => {
            let f = to_float(v)?;
            float_ok(&f, k == Float32).map(ConstValue::Float)
        }
        UntypedFloat => to_float(v).map(ConstValue::Float),
        Complex64 | Complex128 => {
            let (r, i) = to_complex(v)?;
            let f32_ = k == Complex64;
            Some(ConstValue::Complex(
                float_ok(&r, f32_)?,
                float_ok(&i, f32_)?,
            ))
        }
        UntypedComplex => to_complex(v).map(|(r, i)| ConstValue::Complex(r, i)),
        _ => None,
    }
}

/// The value as an `i64` if it is an integer that fits.
pub fn to_i64(v: &ConstValue) -> Option<i64> {
    to_int(v)?.to_i64()
}
pub fn to_u64(v: &ConstValue) -> Option<u64> {
    to_int(v)?.to_u64()
}
pub fn to_f64(v: &ConstValue) -> Option<f64> {
    to_float(v)?.to_f64()
}

/// Go's `strconv.Quote`-like quoting (enough for error messages).
pub fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\u{b}' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `%.6g` of a float (as go/constant prints floats).
pub fn fmt_g6(f: f64) -> String {
    if f == 0.0 {
        return "0".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    let e = format!("{:.5e}", f);
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..6).contains(&exp) {
        let mant = trim_zeros(mant);
        format!(
            "{}e{}{:02}",
            mant,
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        )
    } else {
        let prec = (5 - exp).max(0) as usize;
        trim_zeros(&format!("{:.*}", prec, f))
    }
}

fn trim_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

/// go/constant's `Value.String()`.
pub fn const_string(v: &ConstValue) -> String {
    match v {
        ConstValue::Bool(b) => b.to_string(),
        ConstValue::String(s) => {
            let q = quote(s);
            if q.chars().count() > 72 {
                let mut t: String = q.chars().take(72 - 3).collect();
                t.push_str("...");
                t
            } else {
                q
            }
        }
        ConstValue::Int(i) => i.to_string(),
        ConstValue::Float(f) => {
            if f.is_integer() && f.to_integer().bits() < 64 {
                // go/constant: integral floats print as ints only if they were made so;
                // %.6g prints them like this anyway for small values.
                return fmt_g6(f.to_f64().unwrap_or(0.0));
            }
            fmt_g6(f.to_f64().unwrap_or(f64::INFINITY))
        }
        ConstValue::Complex(r, i) => format!(
            "({} + {}i)",
            fmt_g6(r.to_f64().unwrap_or(0.0)),
            fmt_g6(i.to_f64().unwrap_or(0.0))
        ),
    }
}
