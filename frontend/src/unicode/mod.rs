//! Go's Unicode classification and case mapping, over tables generated
//! from Go's own `unicode` package (`tables.rs`, by `gen_tables.go`), so
//! results agree with Go rune for rune rather than with Rust's (newer)
//! Unicode version. One copy for the whole project: the lexer uses it for
//! identifiers and the VM's `unicode`/`strconv` natives for everything else.

pub mod tables;

use tables as t;

pub const MAX_RUNE: i32 = 0x10FFFF;

/// Whether `r` is in a (lo, hi, stride) table.
pub fn in_table(tab: &[(u32, u32, u32)], r: u32) -> bool {
    // Binary search for the last range with lo <= r.
    let idx = tab.partition_point(|&(lo, _, _)| lo <= r);
    if idx == 0 {
        return false;
    }
    let (lo, hi, stride) = tab[idx - 1];
    r <= hi && (stride <= 1 || (r - lo).is_multiple_of(stride))
}

pub fn is_letter(r: i32) -> bool {
    if (r as u32) < 0x80 {
        return (r as u8).is_ascii_alphabetic();
    }
    r >= 0 && in_table(t::CAT_L, r as u32)
}
pub fn is_upper(r: i32) -> bool {
    if (r as u32) < 0x80 {
        return (r as u8).is_ascii_uppercase();
    }
    r >= 0 && in_table(t::CAT_LU, r as u32)
}
pub fn is_lower(r: i32) -> bool {
    if (r as u32) < 0x80 {
        return (r as u8).is_ascii_lowercase();
    }
    r >= 0 && in_table(t::CAT_LL, r as u32)
}
pub fn is_title(r: i32) -> bool {
    r >= 0x80 && in_table(t::CAT_LT, r as u32)
}
pub fn is_digit(r: i32) -> bool {
    if (r as u32) < 0x80 {
        return (r as u8).is_ascii_digit();
    }
    r >= 0 && in_table(t::CAT_ND, r as u32)
}
pub fn is_number(r: i32) -> bool {
    if (r as u32) < 0x80 {
        return (r as u8).is_ascii_digit();
    }
    r >= 0 && in_table(t::CAT_N, r as u32)
}
pub fn is_mark(r: i32) -> bool {
    r >= 0 && in_table(t::CAT_M, r as u32)
}
pub fn is_punct(r: i32) -> bool {
    r >= 0 && in_table(t::CAT_P, r as u32)
}
pub fn is_symbol(r: i32) -> bool {
    r >= 0 && in_table(t::CAT_S, r as u32)
}
pub fn is_space(r: i32) -> bool {
    if (0..=0xFF).contains(&r) {
        return matches!(r, 0x09..=0x0D | 0x20 | 0x85 | 0xA0);
    }
    r >= 0 && in_table(t::PROP_WHITE_SPACE, r as u32)
}
pub fn is_control(r: i32) -> bool {
    (0..=0x1F).contains(&r) || (0x7F..=0x9F).contains(&r)
}
/// unicode.IsPrint: L, M, N, P, S and the ASCII space.
pub fn is_print(r: i32) -> bool {
    if (0x20..0x7F).contains(&r) {
        return true;
    }
    if r < 0 {
        return false;
    }
    let u = r as u32;
    in_table(t::CAT_L, u)
        || in_table(t::CAT_M, u)
        || in_table(t::CAT_N, u)
        || in_table(t::CAT_P, u)
        || in_table(t::CAT_S, u)
}
/// unicode.IsGraphic: IsPrint plus the Zs spaces.
pub fn is_graphic(r: i32) -> bool {
    is_print(r) || (r >= 0 && in_table(t::CAT_ZS, r as u32))
}

pub const UPPER_CASE: i32 = 0;
pub const LOWER_CASE: i32 = 1;
pub const TITLE_CASE: i32 = 2;

/// unicode.To.
pub fn to_case(case: i32, r: i32) -> i32 {
    if !(0..3).contains(&case) {
        return 0xFFFD;
    }
    if (0..0x80).contains(&r) {
        let b = r as u8;
        return match case {
            LOWER_CASE => b.to_ascii_lowercase() as i32,
            _ => b.to_ascii_uppercase() as i32,
        };
    }
    if r < 0 {
        return r;
    }
    let u = r as u32;
    let cr = t::CASE_RANGES;
    let idx = cr.partition_point(|&(lo, _, _)| lo <= u);
    if idx == 0 {
        return r;
    }
    let (lo, hi, delta) = cr[idx - 1];
    if u > hi {
        return r;
    }
    let d = delta[case as usize];
    if d > MAX_RUNE {
        // Alternating Upper/Lower pairs starting with an upper-case letter:
        // even offsets are upper case, odd ones lower case.
        let lo = lo as i32;
        return lo + (((r - lo) & !1) | (case & 1));
    }
    r + d
}

/// unicode.SimpleFold.
pub fn simple_fold(r: i32) -> i32 {
    if !(0..=MAX_RUNE).contains(&r) {
        return r;
    }
    let u = r as u32;
    if let Ok(i) = t::FOLD_ORBIT.binary_search_by_key(&u, |e| e.0) {
        return t::FOLD_ORBIT[i].1 as i32;
    }
    let l = to_case(LOWER_CASE, r);
    if l != r {
        return l;
    }
    to_case(UPPER_CASE, r)
}
