//! `strings` natives: substring search and repetition (hot in scripts),
//! and the zero-copy `[]byte` -> string view strings.Builder relies on.

use super::{arg_str, ret_str};
use crate::native::{GoSlice, GoString, NativeCall, NativeFn, Unwind};

/// Index of the first occurrence of `needle` in `hay`.
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    if needle.len() == 1 {
        return hay.iter().position(|&b| b == needle[0]);
    }
    let first = needle[0];
    let last = hay.len() - needle.len();
    let mut i = 0;
    while i <= last {
        match hay[i..=last].iter().position(|&b| b == first) {
            None => return None,
            Some(p) => {
                i += p;
                if &hay[i..i + needle.len()] == needle {
                    return Some(i);
                }
                i += 1;
            }
        }
    }
    None
}

pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .rev()
        .find(|&i| &hay[i..i + needle.len()] == needle)
}

/// func Index(s, substr string) int   frame: s@0 substr@16 result@32
fn index(c: &mut NativeCall) -> Result<(), Unwind> {
    let s: GoString = c.arg(0);
    let sub: GoString = c.arg(16);
    let r = {
        let hay = if s.len == 0 { &[][..] } else { c.bytes(s) };
        let needle = if sub.len == 0 { &[][..] } else { c.bytes(sub) };
        find(hay, needle).map_or(-1, |i| i as i64)
    };
    c.set(32, r);
    Ok(())
}

/// func LastIndex(s, substr string) int   frame: s@0 substr@16 result@32
fn last_index(c: &mut NativeCall) -> Result<(), Unwind> {
    let s: GoString = c.arg(0);
    let sub: GoString = c.arg(16);
    let r = {
        let hay = if s.len == 0 { &[][..] } else { c.bytes(s) };
        let needle = if sub.len == 0 { &[][..] } else { c.bytes(sub) };
        rfind(hay, needle).map_or(-1, |i| i as i64)
    };
    c.set(32, r);
    Ok(())
}

/// func IndexByte(s string, c byte) int   frame: s@0 c@16 result@24
fn index_byte(c: &mut NativeCall) -> Result<(), Unwind> {
    let s: GoString = c.arg(0);
    let b: u8 = c.arg(16);
    let r = if s.len == 0 {
        -1
    } else {
        c.bytes(s)
            .iter()
            .position(|&x| x == b)
            .map_or(-1, |i| i as i64)
    };
    c.set(24, r);
    Ok(())
}

/// func countNonEmpty(s, substr string) int (substr non-empty, no overlaps)
/// frame: s@0 substr@16 result@32
fn count(c: &mut NativeCall) -> Result<(), Unwind> {
    let s: GoString = c.arg(0);
    let sub: GoString = c.arg(16);
    let n = {
        let hay = if s.len == 0 { &[][..] } else { c.bytes(s) };
        let needle = if sub.len == 0 { &[][..] } else { c.bytes(sub) };
        let mut n = 0i64;
        let mut i = 0;
        if !needle.is_empty() {
            while let Some(p) = find(&hay[i..], needle) {
                n += 1;
                i += p + needle.len();
            }
        }
        n
    };
    c.set(32, n);
    Ok(())
}

/// func repeat(s string, count int) string (count >= 0, size checked in Go)
/// frame: s@0 count@16 result@24
fn repeat(c: &mut NativeCall) -> Result<(), Unwind> {
    let s = arg_str(c, 0);
    let n: i64 = c.arg(16);
    let out = s.repeat(n.max(0) as usize);
    ret_str(c, 24, &out);
    Ok(())
}

/// func bytesToString(b []byte) string: a string header over the slice's
/// bytes, no copy. Sound only while nobody writes b[:len(b)] again; the
/// Builder only appends, so strings it returned never change.
/// frame: b@0 result@24
fn bytes_to_string(c: &mut NativeCall) -> Result<(), Unwind> {
    let b: GoSlice = c.arg(0);
    let s = if b.len == 0 {
        GoString::default()
    } else {
        GoString {
            ptr: b.ptr,
            len: b.len,
        }
    };
    c.set(24, s);
    Ok(())
}

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "strings.Index" => index,
        "strings.LastIndex" => last_index,
        "strings.IndexByte" => index_byte,
        "strings.countNonEmpty" => count,
        "strings.repeat" => repeat,
        "strings.bytesToString" => bytes_to_string,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search() {
        assert_eq!(find(b"chicken", b"ken"), Some(4));
        assert_eq!(find(b"chicken", b""), Some(0));
        assert_eq!(find(b"abc", b"abcd"), None);
        assert_eq!(find(b"aab", b"ab"), Some(1));
        assert_eq!(rfind(b"go gopher", b"go"), Some(3));
        assert_eq!(rfind(b"abc", b""), Some(3));
    }
}
