//! Literal helpers: `syntax::unquote`, `unquote_bytes`, `unquote_char`.
use frontend::syntax::{unquote, unquote_bytes, unquote_char};

#[test]
fn strings() {
    assert_eq!(unquote(r#""a\tb\"c""#).unwrap(), "a\tb\"c");
    assert_eq!(unquote("`raw\\n\r\nx`").unwrap(), "raw\\n\nx");
    assert_eq!(unquote(r#""\u00e9\U0001F600\x41\101""#).unwrap(), "é😀AA");
    assert_eq!(unquote_bytes(r#""\377\xff""#).unwrap(), vec![0xff, 0xff]);
    assert_eq!(
        unquote(r#""\a\b\f\n\r\t\v\\""#).unwrap(),
        "\x07\x08\x0c\n\r\t\x0b\\"
    );
    assert!(unquote(r#""\q""#).is_none());
    assert!(unquote(r#""\uD800""#).is_none());
    assert!(unquote(r#""\400""#).is_none());
    assert!(unquote(r#""abc"#).is_none());
    assert!(unquote(r#""\'""#).is_none());
}

#[test]
fn runes() {
    assert_eq!(unquote_char("'a'"), Some(97));
    assert_eq!(unquote_char(r"'\n'"), Some(10));
    assert_eq!(unquote_char(r"'\''"), Some(39));
    assert_eq!(unquote_char(r"'\x7f'"), Some(127));
    assert_eq!(unquote_char(r"'\377'"), Some(255));
    assert_eq!(unquote_char(r"'\u00e9'"), Some(0xe9));
    assert_eq!(unquote_char("'é'"), Some(0xe9));
    assert_eq!(unquote_char(r"'\U0001F600'"), Some(0x1F600));
    assert_eq!(unquote_char("'ab'"), None);
    assert_eq!(unquote_char(r#"'\"'"#), None);
    assert_eq!(unquote_char("''"), None);
}
