//! `SYNTAX_DUMP=path.go cargo test -p frontend --test syntax_dump_tool -- --nocapture`
//! prints the AST dump and errors of a file (a debugging aid).
use frontend::syntax::{dump::dump_file, parse_file, source::SourceMap, NodeIdGen};

#[test]
fn dump_from_env() {
    let Ok(path) = std::env::var("SYNTAX_DUMP") else {
        return;
    };
    let src = std::fs::read_to_string(&path).unwrap();
    let mut sm = SourceMap::new();
    let fi = sm.add("./main.go", "main", src);
    let arena = bumpalo::Bump::new();
    let mut ids = NodeIdGen::default();
    let (f, errs) = parse_file(&arena, &sm, fi, &mut ids);
    print!("{}", dump_file(f, &sm));
    for e in errs {
        println!("{}: {}", sm.position(e.pos), e.msg);
    }
}

/// `SYNTAX_ERRS_DIR=dir`: for every `dir/*.go`, writes our diagnostics to
/// `dir/*.ours` as `L:C: msg` lines (used by differential fuzzing against gc).
#[test]
fn errors_for_dir() {
    let Ok(dir) = std::env::var("SYNTAX_ERRS_DIR") else {
        return;
    };
    for e in std::fs::read_dir(&dir).unwrap().flatten() {
        let p = e.path();
        if p.extension().is_none_or(|x| x != "go") {
            continue;
        }
        let bytes = std::fs::read(&p).unwrap();
        let src = String::from_utf8_lossy(&bytes).into_owned();
        let mut sm = SourceMap::new();
        let fi = sm.add("./main.go", "main", src);
        let arena = bumpalo::Bump::new();
        let mut ids = NodeIdGen::default();
        let (_f, errs) = parse_file(&arena, &sm, fi, &mut ids);
        let out: String = errs
            .iter()
            .map(|e| {
                let pos = sm.position(e.pos);
                format!("{}:{}: {}\n", pos.line, pos.col, e.msg)
            })
            .collect();
        std::fs::write(p.with_extension("ours"), out).unwrap();
    }
}
