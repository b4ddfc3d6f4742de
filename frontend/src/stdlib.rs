//! Burrow's standard library sources, compiled with every program that
//! imports them. A function declared without a body is a native, bound by
//! the VM under its qualified name (`fmt.Sprint`).

/// The source files of the standard package `path` as (file name, source).
pub fn package_files(path: &str) -> Option<&'static [(&'static str, &'static str)]> {
    Some(match path {
        "fmt" => &[("fmt.go", include_str!("../stdlib/fmt/fmt.go"))],
        _ => return None,
    })
}
