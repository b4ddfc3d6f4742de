//! `unicode` natives over `frontend::unicode` (Go's own tables).

pub use frontend::unicode::*;

use super::{arg_str, ret_bool};
use crate::native::{NativeCall, NativeFn, Unwind};
use frontend::unicode::tables as t;

// ---------------------------------------------------------------------------
// Natives. Frame: r rune at 0, result at 8.

macro_rules! pred {
    ($name:ident, $f:path) => {
        fn $name(c: &mut NativeCall) -> Result<(), Unwind> {
            let r: i32 = c.arg(0);
            ret_bool(c, 8, $f(r));
            Ok(())
        }
    };
}

pred!(n_is_letter, is_letter);
pred!(n_is_upper, is_upper);
pred!(n_is_lower, is_lower);
pred!(n_is_title, is_title);
pred!(n_is_digit, is_digit);
pred!(n_is_number, is_number);
pred!(n_is_mark, is_mark);
pred!(n_is_punct, is_punct);
pred!(n_is_symbol, is_symbol);
pred!(n_is_space, is_space);
pred!(n_is_control, is_control);
pred!(n_is_print, is_print);
pred!(n_is_graphic, is_graphic);

fn n_to_upper(c: &mut NativeCall) -> Result<(), Unwind> {
    let r: i32 = c.arg(0);
    c.set(8, to_case(UPPER_CASE, r));
    Ok(())
}
fn n_to_lower(c: &mut NativeCall) -> Result<(), Unwind> {
    let r: i32 = c.arg(0);
    c.set(8, to_case(LOWER_CASE, r));
    Ok(())
}
fn n_to_title(c: &mut NativeCall) -> Result<(), Unwind> {
    let r: i32 = c.arg(0);
    c.set(8, to_case(TITLE_CASE, r));
    Ok(())
}
fn n_simple_fold(c: &mut NativeCall) -> Result<(), Unwind> {
    let r: i32 = c.arg(0);
    c.set(8, simple_fold(r));
    Ok(())
}
/// func toCase(c int, r rune) rune
fn n_to_case(c: &mut NativeCall) -> Result<(), Unwind> {
    let case: i64 = c.arg(0);
    let r: i32 = c.arg(8);
    let case = if (0..3).contains(&case) {
        case as i32
    } else {
        -1
    };
    c.set(16, to_case(case, r));
    Ok(())
}
/// func tableID(kind, name string) int: 1-based index into ALL, 0 if none.
fn n_table_id(c: &mut NativeCall) -> Result<(), Unwind> {
    let kind = arg_str(c, 0);
    let name = arg_str(c, 16);
    let id = t::ALL
        .iter()
        .position(|e| e.0.as_bytes() == kind.as_slice() && e.1.as_bytes() == name.as_slice())
        .map_or(0, |i| i as i64 + 1);
    c.set(32, id);
    Ok(())
}
/// func inTable(id int, r rune) bool
fn n_in_table(c: &mut NativeCall) -> Result<(), Unwind> {
    let id: i64 = c.arg(0);
    let r: i32 = c.arg(8);
    let ok = id >= 1
        && (id as usize) <= t::ALL.len()
        && r >= 0
        && in_table(t::ALL[id as usize - 1].2, r as u32);
    ret_bool(c, 16, ok);
    Ok(())
}

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "unicode.IsLetter" => n_is_letter,
        "unicode.IsUpper" => n_is_upper,
        "unicode.IsLower" => n_is_lower,
        "unicode.IsTitle" => n_is_title,
        "unicode.IsDigit" => n_is_digit,
        "unicode.IsNumber" => n_is_number,
        "unicode.IsMark" => n_is_mark,
        "unicode.IsPunct" => n_is_punct,
        "unicode.IsSymbol" => n_is_symbol,
        "unicode.IsSpace" => n_is_space,
        "unicode.IsControl" => n_is_control,
        "unicode.IsPrint" => n_is_print,
        "unicode.IsGraphic" => n_is_graphic,
        "unicode.ToUpper" => n_to_upper,
        "unicode.ToLower" => n_to_lower,
        "unicode.ToTitle" => n_to_title,
        "unicode.SimpleFold" => n_simple_fold,
        "unicode.toCase" => n_to_case,
        "unicode.tableID" => n_table_id,
        "unicode.inTable" => n_in_table,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        // Checked against go1.27.3.
        assert!(is_letter('é' as i32) && is_lower('é' as i32) && !is_upper('é' as i32));
        assert!(is_letter('世' as i32) && !is_upper('世' as i32));
        assert!(is_upper('Ω' as i32));
        assert!(is_punct('_' as i32) && is_punct('!' as i32) && !is_punct('+' as i32));
        assert!(is_symbol('+' as i32));
        assert!(is_space('\t' as i32) && is_space(0x2028) && !is_space(0x200B));
        assert!(is_number('²' as i32) && !is_digit('²' as i32));
        assert!(
            !is_print('\n' as i32) && is_graphic(' ' as i32) && !is_print(0xA0) && is_graphic(0xA0)
        );
        assert!(is_control('\n' as i32) && !is_control(0x200B));
    }

    #[test]
    fn cases() {
        assert_eq!(to_case(UPPER_CASE, 'é' as i32), 'É' as i32);
        assert_eq!(to_case(LOWER_CASE, 'Ω' as i32), 'ω' as i32);
        assert_eq!(to_case(TITLE_CASE, 'a' as i32), 'A' as i32);
        assert_eq!(to_case(UPPER_CASE, 'ā' as i32), 'Ā' as i32);
        assert_eq!(to_case(LOWER_CASE, 'Ā' as i32), 'ā' as i32);
        assert_eq!(to_case(UPPER_CASE, 'ß' as i32), 'ß' as i32);
        assert_eq!(to_case(TITLE_CASE, 'ǆ' as i32), 'ǅ' as i32);
        assert_eq!(simple_fold('k' as i32), 0x212A);
        assert_eq!(simple_fold(0x212A), 'K' as i32);
        assert_eq!(simple_fold('K' as i32), 'k' as i32);
        assert_eq!(simple_fold('1' as i32), '1' as i32);
    }

    #[test]
    fn differential_with_go() {
        // Every rune, run-length encoded, from go1.27.3 (testdata/gen_unicode_go.go.txt).
        let data = include_str!("testdata/unicode_go.txt");
        let fs: [fn(i32) -> bool; 13] = [
            is_letter, is_upper, is_lower, is_title, is_digit, is_number, is_mark, is_punct,
            is_symbol, is_space, is_control, is_print, is_graphic,
        ];
        let lines: Vec<(i32, String)> = data
            .lines()
            .map(|l| {
                let (a, b) = l.split_once(' ').unwrap();
                (a.parse().unwrap(), b.to_string())
            })
            .collect();
        let mut bad = 0;
        for (k, (start, want)) in lines.iter().enumerate() {
            let end = if k + 1 < lines.len() {
                lines[k + 1].0
            } else {
                0x110001
            };
            for r in *start..end {
                let mut m = 0;
                for (i, f) in fs.iter().enumerate() {
                    if f(r) {
                        m |= 1 << i;
                    }
                }
                let got = format!(
                    "{} {} {} {} {}",
                    m,
                    to_case(UPPER_CASE, r) - r,
                    to_case(LOWER_CASE, r) - r,
                    to_case(TITLE_CASE, r) - r,
                    simple_fold(r) - r
                );
                if &got != want {
                    bad += 1;
                    if bad < 20 {
                        eprintln!("rune {r}: want {want} got {got}");
                    }
                }
            }
        }
        assert_eq!(bad, 0);
    }
}
