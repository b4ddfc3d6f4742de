//! Burrow's standard-library natives.
//!
//! The library is Go source (frontend/stdlib/PKG/*.go) compiled with the
//! program; a function declared there without a body is bound here by its
//! qualified name (`strconv.FormatInt`, `math.Sqrt`, `unicode.inTable`).
//! Natives exist only for what plain Go cannot express (bit casts, the
//! heap's statistics, the process's arguments and exit, reflection-like
//! work on `any`) or where speed matters (float formatting and parsing,
//! substring search, Unicode tables). Everything else stays in Go so it
//! runs through the same compiler, escape analysis and collector as user
//! code.
//!
//! Conventions shared by every native here:
//! * Frame layout as in vm/src/native.rs: each parameter at an 8-aligned
//!   offset in declaration order, then each result likewise. The offsets
//!   are written next to each native as `// frame: name@off ...`.
//! * Natives that build complex Go values (errors, slices of strings)
//!   return plain codes and strings, and a Go wrapper builds the value, so
//!   no native needs to know a Go type's runtime descriptor.
//! * Strings arguments are copied out (`arg_str`) before any allocation, per
//!   the hazards listed in native.rs.

pub mod atomic;
pub mod errors;
pub mod fmt;
pub mod goroutines;
pub mod math;
pub mod os;
pub mod rand;
pub mod runtime;
pub mod sort;
pub mod strconv;
pub mod strings;
pub mod sync;
pub mod time;
pub mod unicode;

use crate::native::{GoString, NativeCall, NativeFn};

/// The native bound to the bodyless declaration `name` ("pkg.Func").
pub fn lookup(name: &str) -> Option<NativeFn> {
    // "runtime/debug.SetGCPercent" and "debug.SetGCPercent" name the same
    // native: match on the last element of the package path.
    let name = name.rsplit_once('/').map_or(name, |(_, n)| n);
    let pkg = name.split('.').next().unwrap_or("");
    if let Some(f) = goroutines::lookup(name) {
        return Some(f);
    }
    match pkg {
        "fmt" => fmt::lookup(name),
        "strconv" => strconv_natives::lookup(name),
        "unicode" => unicode::lookup(name),
        "math" => math::lookup(name),
        "os" => os::lookup(name),
        "rand" => rand::lookup(name),
        "runtime" => runtime::lookup(name),
        "debug" => runtime::lookup(name),
        "errors" => errors::lookup(name),
        "sort" => sort::lookup(name),
        "strings" => strings::lookup(name),
        "time" => time::lookup(name),
        "sync" => sync::lookup(name),
        "atomic" => atomic::lookup(name),
        _ => None,
    }
}

mod strconv_natives;

/// Copies the bytes of the string parameter at `off`.
pub(crate) fn arg_str(c: &NativeCall, off: u32) -> Vec<u8> {
    let s: GoString = c.arg(off);
    if s.len == 0 {
        return Vec::new();
    }
    c.bytes(s).to_vec()
}

/// Writes a new Go string holding `b` as the result at `off`.
pub(crate) fn ret_str(c: &mut NativeCall, off: u32, b: &[u8]) {
    let s = c.alloc_string(b);
    c.set(off, s);
}

/// Writes a Go bool (one byte) at `off`.
pub(crate) fn ret_bool(c: &mut NativeCall, off: u32, b: bool) {
    c.set(off, b as u8);
}
