//! Parses every Go file of the installed Go distribution (GOROOT/src,
//! excluding testdata) and requires zero errors. It needs a Go installation,
//! so it is ignored by default: `cargo test -p frontend --test syntax_corpus -- --ignored`.

use frontend::syntax::{parse_file, source::SourceMap, NodeIdGen};
use std::path::{Path, PathBuf};

fn goroot() -> Option<PathBuf> {
    let out = std::process::Command::new("go")
        .args(["env", "GOROOT"])
        .output()
        .ok()?;
    let s = String::from_utf8(out.stdout).ok()?;
    let p = PathBuf::from(s.trim());
    p.join("src").is_dir().then_some(p)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == "testdata") {
                continue;
            }
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "go") {
            out.push(p);
        }
    }
}

#[test]
#[ignore = "needs a Go installation (GOROOT/src)"]
fn goroot_src_parses_without_errors() {
    let root = goroot().expect("`go env GOROOT` must name a Go installation");
    let mut files = Vec::new();
    walk(&root.join("src"), &mut files);
    files.sort();
    let mut failures = Vec::new();
    let mut ids = NodeIdGen::default();
    let mut total = 0;
    let mut bytes_total = 0;
    let mut parse_time = std::time::Duration::ZERO;
    for path in &files {
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        let Ok(src) = String::from_utf8(bytes) else {
            continue;
        };
        bytes_total += src.len();
        let mut sm = SourceMap::new();
        let fi = sm.add(&path.display().to_string(), "p", src);
        let arena = bumpalo::Bump::new();
        let t = std::time::Instant::now();
        let (_f, errs) = parse_file(&arena, &sm, fi, &mut ids);
        parse_time += t.elapsed();
        total += 1;
        if let Some(e) = errs.first() {
            failures.push(format!("{}: {}", sm.position(e.pos), e.msg));
        }
    }
    eprintln!(
        "parsed {} files ({} bytes) in {:?}, {} ids",
        total, bytes_total, parse_time, ids.next
    );
    assert!(total > 1000, "only {} files", total);
    if !failures.is_empty() {
        panic!(
            "{} of {} files failed:\n{}",
            failures.len(),
            total,
            failures[..failures.len().min(40)].join("\n")
        );
    }
}
