//! Burrow's standard library sources, compiled with every program that
//! imports them. A function declared without a body is a native, bound by
//! the VM under its qualified name (`strconv.FormatFloat`); the natives live
//! in vm/src/natives/. Every .go file of each package is listed here.

/// One source file: (file name, source).
pub type SourceFile = (&'static str, &'static str);

macro_rules! files {
    ($dir:literal: $($name:literal),+ $(,)?) => {
        &[$(($name, include_str!(concat!("../stdlib/", $dir, "/", $name)))),+]
    };
}

/// The source files of the standard package `path`.
pub fn package_files(path: &str) -> Option<&'static [SourceFile]> {
    Some(match path {
        "fmt" => files!("fmt": "fmt.go", "scan.go"),
        "bufio" => files!("bufio": "bufio.go", "scan.go"),
        "bytes" => files!("bytes": "bytes.go", "buffer.go"),
        "cmp" => files!("cmp": "cmp.go"),
        "errors" => files!("errors": "errors.go"),
        "io" => files!("io": "io.go"),
        "iter" => files!("iter": "iter.go"),
        "maps" => files!("maps": "maps.go", "iter.go"),
        "math" => files!("math": "math.go"),
        "math/bits" => files!("math/bits": "bits.go"),
        "math/rand" => files!("math/rand": "rand.go"),
        "os" => files!("os": "os.go"),
        "runtime" => files!("runtime": "runtime.go"),
        "runtime/debug" => files!("runtime/debug": "debug.go"),
        "slices" => {
            files!("slices": "slices.go", "iter.go", "sort.go", "zsortfunc.go", "zsortordered.go")
        }
        "sort" => files!("sort": "sort.go"),
        "strconv" => files!("strconv": "strconv.go"),
        "strings" => files!("strings": "strings.go", "builder.go", "reader.go", "replace.go"),
        "sync" => {
            files!("sync": "mutex.go", "rwmutex.go", "waitgroup.go", "once.go", "cond.go", "map.go", "pool.go", "runtime.go")
        }
        "sync/atomic" => files!("sync/atomic": "doc.go", "type.go", "value.go"),
        "time" => files!("time": "time.go", "format.go", "sleep.go", "tick.go"),
        "unicode" => files!("unicode": "unicode.go"),
        "unicode/utf8" => files!("unicode/utf8": "utf8.go"),
        _ => return None,
    })
}

/// Every standard package Burrow provides.
pub const PACKAGES: &[&str] = &[
    "bufio",
    "bytes",
    "cmp",
    "errors",
    "fmt",
    "io",
    "iter",
    "maps",
    "math",
    "math/bits",
    "math/rand",
    "os",
    "runtime",
    "runtime/debug",
    "slices",
    "sort",
    "strconv",
    "strings",
    "sync",
    "sync/atomic",
    "time",
    "unicode",
    "unicode/utf8",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_package_has_sources() {
        for p in PACKAGES {
            let files = package_files(p).unwrap_or_else(|| panic!("no files for {p}"));
            assert!(!files.is_empty());
            for (name, src) in files {
                assert!(name.ends_with(".go"));
                assert!(src.contains("package "), "{p}/{name}");
            }
        }
        assert!(package_files("nosuch").is_none());
    }

    /// Every library package type-checks and compiles with Burrow's own
    /// frontend (a program importing all of them).
    #[test]
    fn every_package_compiles() {
        let imports: String = PACKAGES.iter().map(|p| format!("\t_ \"{p}\"\n")).collect();
        let src = format!("package main\n\nimport (\n{imports})\n\nfunc main() {{}}\n");
        if let Err((sm, errs)) = crate::compile(vec![("./main.go".into(), src)]) {
            let msgs: Vec<String> = errs
                .iter()
                .map(|e| {
                    let p = sm.position(e.pos);
                    format!("{}:{}:{}: {}", p.file, p.line, p.col, e.msg)
                })
                .collect();
            panic!("stdlib does not compile:\n{}", msgs.join("\n"));
        }
    }
}
