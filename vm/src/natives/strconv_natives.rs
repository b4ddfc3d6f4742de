//! `strconv` natives over the conversions in strconv.rs. Errors are
//! returned as small codes; strconv.go builds the *NumError values.

use super::strconv as sc;
use super::{arg_str, ret_bool, ret_str};
use crate::native::{NativeCall, NativeFn, Unwind};

/// func FormatFloat(f float64, fmt byte, prec, bitSize int) string
/// frame: f@0 fmt@8 prec@16 bitSize@24 result@32
fn format_float(c: &mut NativeCall) -> Result<(), Unwind> {
    let f: f64 = c.arg(0);
    let fmt: u8 = c.arg(8);
    let prec: i64 = c.arg(16);
    let bits: i64 = c.arg(24);
    let prec = prec.clamp(-1, 1 << 20) as i32;
    let s = sc::format_float(f, fmt, prec, if bits == 32 { 32 } else { 64 });
    ret_str(c, 32, s.as_bytes());
    Ok(())
}

/// func formatInt(i int64, base int) string   (base already checked)
/// frame: i@0 base@8 result@16
fn format_int(c: &mut NativeCall) -> Result<(), Unwind> {
    let i: i64 = c.arg(0);
    let base: i64 = c.arg(8);
    let s = sc::format_int(i, base.clamp(2, 36) as u32);
    ret_str(c, 16, s.as_bytes());
    Ok(())
}

/// func formatUint(u uint64, base int) string
fn format_uint(c: &mut NativeCall) -> Result<(), Unwind> {
    let u: u64 = c.arg(0);
    let base: i64 = c.arg(8);
    let s = sc::format_uint(u, base.clamp(2, 36) as u32);
    ret_str(c, 16, s.as_bytes());
    Ok(())
}

/// func parseFloat(s string, bitSize int) (f float64, code int)
/// frame: s@0 bitSize@16 f@24 code@32; code 0 ok, 1 syntax, 2 range.
fn parse_float(c: &mut NativeCall) -> Result<(), Unwind> {
    let s = arg_str(c, 0);
    let bits: i64 = c.arg(16);
    let (f, code) = match sc::parse_float(&s, if bits == 32 { 32 } else { 64 }) {
        Ok(f) => (f, 0i64),
        Err((f, sc::NumErr::Syntax)) => (f, 1),
        Err((f, sc::NumErr::Range)) => (f, 2),
    };
    c.set(24, f);
    c.set(32, code);
    Ok(())
}

/// func quoteWith(s string, mode int) string   mode: 0 Quote, 1 ToASCII, 2 ToGraphic
/// frame: s@0 mode@16 result@24
fn quote_with(c: &mut NativeCall) -> Result<(), Unwind> {
    let s = arg_str(c, 0);
    let mode: i64 = c.arg(16);
    let q = match mode {
        1 => sc::quote_ascii(&s),
        2 => sc::quote_graphic(&s),
        _ => sc::quote(&s),
    };
    ret_str(c, 24, q.as_bytes());
    Ok(())
}

/// func quoteRuneWith(r rune, mode int) string
/// frame: r@0 mode@8 result@16
fn quote_rune_with(c: &mut NativeCall) -> Result<(), Unwind> {
    let r: i32 = c.arg(0);
    let mode: i64 = c.arg(8);
    let q = match mode {
        1 => sc::quote_rune_ascii(r),
        2 => sc::quote_rune_graphic(r),
        _ => sc::quote_rune(r),
    };
    ret_str(c, 16, q.as_bytes());
    Ok(())
}

/// func unquote(s string) (string, bool)
/// frame: s@0 result@16 ok@32
fn unquote(c: &mut NativeCall) -> Result<(), Unwind> {
    let s = arg_str(c, 0);
    match sc::unquote(&s) {
        Some(v) => {
            ret_str(c, 16, &v);
            ret_bool(c, 32, true);
        }
        None => ret_bool(c, 32, false),
    }
    Ok(())
}

/// func CanBackquote(s string) bool   frame: s@0 result@16
fn can_backquote(c: &mut NativeCall) -> Result<(), Unwind> {
    let s = arg_str(c, 0);
    ret_bool(c, 16, sc::can_backquote(&s));
    Ok(())
}

/// func IsPrint(r rune) bool   frame: r@0 result@8
fn is_print(c: &mut NativeCall) -> Result<(), Unwind> {
    let r: i32 = c.arg(0);
    ret_bool(c, 8, sc::is_print(r));
    Ok(())
}

fn is_graphic(c: &mut NativeCall) -> Result<(), Unwind> {
    let r: i32 = c.arg(0);
    ret_bool(c, 8, sc::is_graphic(r));
    Ok(())
}

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "strconv.FormatFloat" => format_float,
        "strconv.formatInt" => format_int,
        "strconv.formatUint" => format_uint,
        "strconv.parseFloat" => parse_float,
        "strconv.quoteWith" => quote_with,
        "strconv.quoteRuneWith" => quote_rune_with,
        "strconv.unquote" => unquote,
        "strconv.CanBackquote" => can_backquote,
        "strconv.IsPrint" => is_print,
        "strconv.IsGraphic" => is_graphic,
        _ => return None,
    })
}
