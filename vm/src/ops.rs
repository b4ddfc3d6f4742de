//! Operations too big for the dispatch loop: numeric conversions with Go's
//! amd64 results, Go's min/max, complex arithmetic, bounds-error texts,
//! growslice's capacity rule, UTF-8 decoding as Go's range loop does it,
//! and the runtime's `print` formatting.

use frontend::bytecode::NumKind;

use crate::native::Unwind;

pub fn rt(msg: impl Into<String>) -> Unwind {
    Unwind::RuntimeError(msg.into())
}

pub fn divide_error() -> Unwind {
    rt("integer divide by zero")
}

pub const NIL_DEREF: &str = "invalid memory address or nil pointer dereference";

pub fn nil_deref() -> Unwind {
    rt(NIL_DEREF)
}

/// Run-time error texts Go prints without the `runtime error: ` prefix
/// (Go's `plainError` and `TypeAssertionError`).
pub fn is_plain_error(msg: &str) -> bool {
    msg.starts_with("interface conversion: ")
        || msg == "assignment to entry in nil map"
        || msg.starts_with("close of ")
        || msg == "send on closed channel"
        || msg.starts_with("sync: ")
}

/// The full text of a run-time error as `Error()` returns it.
pub fn runtime_error_text(msg: &str) -> String {
    if is_plain_error(msg) {
        msg.to_string()
    } else {
        format!("runtime error: {msg}")
    }
}

// ---- bounds errors (Go's boundsError formats) ----

pub fn index_error(i: i64, len: i64) -> Unwind {
    if i < 0 {
        rt(format!("index out of range [{i}]"))
    } else {
        rt(format!("index out of range [{i}] with length {len}"))
    }
}

/// Checks `lo <= hi <= cap` (two-index slicing); `what` is "length" for
/// strings and arrays, "capacity" for slices.
pub fn check_slice2(lo: i64, hi: i64, cap: i64, what: &str) -> Result<(), Unwind> {
    if hi < 0 {
        return Err(rt(format!("slice bounds out of range [:{hi}]")));
    }
    if hi > cap {
        return Err(rt(format!(
            "slice bounds out of range [:{hi}] with {what} {cap}"
        )));
    }
    if lo < 0 {
        return Err(rt(format!("slice bounds out of range [{lo}:]")));
    }
    if lo > hi {
        return Err(rt(format!("slice bounds out of range [{lo}:{hi}]")));
    }
    Ok(())
}

pub fn check_slice3(lo: i64, hi: i64, max: i64, cap: i64, what: &str) -> Result<(), Unwind> {
    if max < 0 {
        return Err(rt(format!("slice bounds out of range [::{max}]")));
    }
    if max > cap {
        return Err(rt(format!(
            "slice bounds out of range [::{max}] with {what} {cap}"
        )));
    }
    if hi < 0 {
        return Err(rt(format!("slice bounds out of range [:{hi}:]")));
    }
    if hi > max {
        return Err(rt(format!("slice bounds out of range [:{hi}:{max}]")));
    }
    if lo < 0 {
        return Err(rt(format!("slice bounds out of range [{lo}::]")));
    }
    if lo > hi {
        return Err(rt(format!("slice bounds out of range [{lo}:{hi}:]")));
    }
    Ok(())
}

// ---- min / max ----

macro_rules! minmax {
    ($min:ident, $max:ident, $t:ty) => {
        pub fn $min(a: $t, b: $t) -> $t {
            if a.is_nan() || b.is_nan() {
                return <$t>::NAN;
            }
            if a == b {
                return if a.is_sign_negative() { a } else { b };
            }
            if a < b {
                a
            } else {
                b
            }
        }
        pub fn $max(a: $t, b: $t) -> $t {
            if a.is_nan() || b.is_nan() {
                return <$t>::NAN;
            }
            if a == b {
                return if a.is_sign_negative() { b } else { a };
            }
            if a > b {
                a
            } else {
                b
            }
        }
    };
}
minmax!(go_min_f32, go_max_f32, f32);
minmax!(go_min_f64, go_max_f64, f64);

// ---- complex ----

/// Go's complex128 division (runtime/complex.go).
pub fn complex_div(n: (f64, f64), m: (f64, f64)) -> (f64, f64) {
    let (a, b) = n;
    let (c, d) = m;
    let (mut e, mut f);
    if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        let ratio = c / d;
        let denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if e.is_nan() && f.is_nan() {
        let inf = f64::INFINITY;
        let b2f = |x: bool| -> f64 {
            if x {
                1.0
            } else {
                0.0
            }
        };
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            e = inf.copysign(c) * a;
            f = inf.copysign(c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            let a = b2f(a.is_infinite()).copysign(a);
            let b = b2f(b.is_infinite()).copysign(b);
            e = inf * (a * c + b * d);
            f = inf * (b * c - a * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            let c = b2f(c.is_infinite()).copysign(c);
            let d = b2f(d.is_infinite()).copysign(d);
            e = 0.0 * (a * c + b * d);
            f = 0.0 * (b * c - a * d);
        }
    }
    (e, f)
}

pub fn complex_mul(x: (f64, f64), y: (f64, f64)) -> (f64, f64) {
    (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0)
}

// ---- numeric conversion ----

/// amd64 CVTTSD2SQ: truncation, 0x8000000000000000 when out of range/NaN.
const TWO63: f64 = (1u64 << 63) as f64;

fn cvtt64(x: f64) -> i64 {
    if x.is_nan() || !(-TWO63..TWO63).contains(&x) {
        i64::MIN
    } else {
        x as i64
    }
}

/// amd64 CVTTSD2SL.
fn cvtt32(x: f64) -> i32 {
    if x.is_nan() || !(-2147483648.0..2147483648.0).contains(&x) {
        i32::MIN
    } else {
        x as i32
    }
}

/// A converted number: the 16 bytes a `Conv` writes (only the destination
/// kind's width is stored).
pub enum Num {
    I(i64),
    F32(f32),
    F64(f64),
    C64(f32, f32),
    C128(f64, f64),
}

/// Converts the source operand (its bytes, little-endian, as wide as
/// `from`) with Go's rules: integers sign/zero-extended or truncated,
/// floats rounded, amd64's float->int results.
pub fn convert(bytes: [u8; 16], from: NumKind, to: NumKind) -> Num {
    use NumKind::*;
    enum V {
        I(i64, bool), // value, unsigned source
        F(f64),
        C(f64, f64),
    }
    let lo = u64::from_le_bytes(bytes[..8].try_into().unwrap_or_default());
    let hi = u64::from_le_bytes(bytes[8..].try_into().unwrap_or_default());
    let v = match from {
        I8 => V::I(lo as i8 as i64, false),
        I16 => V::I(lo as i16 as i64, false),
        I32 => V::I(lo as i32 as i64, false),
        I64 => V::I(lo as i64, false),
        U8 => V::I(lo as u8 as i64, true),
        U16 => V::I(lo as u16 as i64, true),
        U32 => V::I(lo as u32 as i64, true),
        U64 => V::I(lo as i64, true),
        F32 => V::F(f32::from_bits(lo as u32) as f64),
        F64 => V::F(f64::from_bits(lo)),
        C64 => V::C(
            f32::from_bits(lo as u32) as f64,
            f32::from_bits((lo >> 32) as u32) as f64,
        ),
        C128 => V::C(f64::from_bits(lo), f64::from_bits(hi)),
    };
    match to {
        I8 | I16 | I32 | I64 | U8 | U16 | U32 | U64 => {
            let i = match v {
                V::I(i, _) => i,
                V::F(f) | V::C(f, _) => match to {
                    I32 => cvtt32(f) as i64,
                    U64 => {
                        if f < TWO63 {
                            cvtt64(f)
                        } else {
                            cvtt64(f - TWO63) | i64::MIN
                        }
                    }
                    _ => cvtt64(f),
                },
            };
            Num::I(i)
        }
        F32 | F64 => {
            let f = match v {
                V::I(i, false) => {
                    if to == F32 {
                        return Num::F32(i as f32);
                    }
                    i as f64
                }
                V::I(i, true) => {
                    if to == F32 {
                        return Num::F32(i as u64 as f32);
                    }
                    i as u64 as f64
                }
                V::F(f) | V::C(f, _) => f,
            };
            if to == F32 {
                Num::F32(f as f32)
            } else {
                Num::F64(f)
            }
        }
        C64 | C128 => {
            let (r, i) = match v {
                V::C(r, i) => (r, i),
                V::F(f) => (f, 0.0),
                V::I(i, u) => (if u { i as u64 as f64 } else { i as f64 }, 0.0),
            };
            if to == C64 {
                Num::C64(r as f32, i as f32)
            } else {
                Num::C128(r, i)
            }
        }
    }
}

pub fn num_width(k: NumKind) -> usize {
    use NumKind::*;
    match k {
        I8 | U8 => 1,
        I16 | U16 => 2,
        I32 | U32 | F32 => 4,
        I64 | U64 | F64 | C64 => 8,
        C128 => 16,
    }
}

// ---- allocation sizes ----

const MALLOC_HEADER: usize = 8;

/// Go's `roundupsize(size, noscan)`: the bytes malloc really hands out for a
/// request (size class, minus the 8-byte malloc header that pointerful
/// objects over 512 bytes carry; large objects round to pages).
pub fn round_up_size(size: usize, noscan: bool) -> usize {
    // Go 1.22+ gives pointer-holding objects above 512 bytes an 8-byte
    // malloc header inside their size class, which append's capacities show.
    let header = !noscan && size > 512 && size <= gc::span::MAX_SMALL_SIZE - MALLOC_HEADER;
    if header {
        gc::span::round_up_to_class(size + MALLOC_HEADER) - MALLOC_HEADER
    } else {
        gc::span::round_up_to_class(size)
    }
}

/// Go's growslice capacity rule. `None` when the result would be too big.
pub fn grow_cap(
    old_len: usize,
    old_cap: usize,
    added: usize,
    elem: usize,
    noscan: bool,
) -> Option<usize> {
    let new_len = old_len.checked_add(added)?;
    let double = old_cap + old_cap;
    let mut newcap = if new_len > double {
        new_len
    } else if old_cap < 256 {
        double
    } else {
        let mut c = old_cap;
        while c < new_len {
            c += (c + 3 * 256) >> 2;
        }
        c
    };
    if elem == 0 {
        return Some(newcap);
    }
    let mem = newcap.checked_mul(elem)?;
    if mem > MAX_ALLOC {
        return None;
    }
    let mem = round_up_size(mem, noscan);
    newcap = mem / elem;
    Some(newcap)
}

/// Largest allocation Go allows (`maxAlloc` on amd64, 1 << 48).
pub const MAX_ALLOC: usize = 1 << 48;

// ---- UTF-8 ----

/// Decodes one rune of `s` at `i` as Go's `for range` does: (rune, width),
/// U+FFFD with width 1 for invalid encodings.
pub fn decode_rune(s: &[u8], i: usize) -> (i32, usize) {
    let b0 = match s.get(i) {
        Some(&b) => b,
        None => return (0xFFFD, 1),
    };
    if b0 < 0x80 {
        return (b0 as i32, 1);
    }
    let bad = (0xFFFD, 1);
    let cont = |k: usize| s.get(i + k).copied().filter(|b| b & 0xC0 == 0x80);
    match b0 {
        0xC2..=0xDF => match cont(1) {
            Some(b1) => ((((b0 & 0x1F) as i32) << 6) | (b1 & 0x3F) as i32, 2),
            None => bad,
        },
        0xE0..=0xEF => {
            let (lo, hi) = match b0 {
                0xE0 => (0xA0, 0xBF),
                0xED => (0x80, 0x9F),
                _ => (0x80, 0xBF),
            };
            match (
                s.get(i + 1).copied().filter(|b| (lo..=hi).contains(b)),
                cont(2),
            ) {
                (Some(b1), Some(b2)) => (
                    (((b0 & 0x0F) as i32) << 12) | (((b1 & 0x3F) as i32) << 6) | (b2 & 0x3F) as i32,
                    3,
                ),
                _ => bad,
            }
        }
        0xF0..=0xF4 => {
            let (lo, hi) = match b0 {
                0xF0 => (0x90, 0xBF),
                0xF4 => (0x80, 0x8F),
                _ => (0x80, 0xBF),
            };
            match (
                s.get(i + 1).copied().filter(|b| (lo..=hi).contains(b)),
                cont(2),
                cont(3),
            ) {
                (Some(b1), Some(b2), Some(b3)) => (
                    (((b0 & 0x07) as i32) << 18)
                        | (((b1 & 0x3F) as i32) << 12)
                        | (((b2 & 0x3F) as i32) << 6)
                        | (b3 & 0x3F) as i32,
                    4,
                ),
                _ => bad,
            }
        }
        _ => bad,
    }
}

/// Encodes `r` as UTF-8 the way Go's string(rune) does (invalid → U+FFFD).
pub fn encode_rune(r: i64, out: &mut Vec<u8>) {
    let c = if (0..=0x10FFFF).contains(&r) && !(0xD800..=0xDFFF).contains(&r) {
        char::from_u32(r as u32).unwrap_or('\u{FFFD}')
    } else {
        '\u{FFFD}'
    };
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

// ---- print builtin formatting ----

/// A float as Go 1.27's `print` writes it: shortest `%g`-like form, `+Inf`,
/// `-Inf`, `NaN`.
pub fn print_float(v: f64, bits32: bool) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    format_g_shortest(v, bits32)
}

/// strconv.FormatFloat(v, 'g', -1, bits).
pub fn format_g_shortest(v: f64, bits32: bool) -> String {
    // Shortest digits and decimal exponent from Rust's shortest round-trip
    // formatting ({:e}).
    let s = if bits32 {
        format!("{:e}", v as f32)
    } else {
        format!("{:e}", v)
    };
    let (neg, s) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.as_str()),
    };
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = if v == 0.0 { "0".to_string() } else { digits };
    let nd = digits.len() as i32;
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    // Shortest 'g': %e when exp < -4 || exp >= 6.
    let dp = exp + 1;
    let eprec = 6;
    if exp < -4 || exp >= eprec {
        out.push_str(&digits[..1]);
        if nd > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    } else if dp <= 0 {
        out.push_str("0.");
        for _ in 0..-dp {
            out.push('0');
        }
        out.push_str(&digits);
    } else if dp >= nd {
        out.push_str(&digits);
        for _ in 0..dp - nd {
            out.push('0');
        }
    } else {
        out.push_str(&digits[..dp as usize]);
        out.push('.');
        out.push_str(&digits[dp as usize..]);
    }
    out
}
