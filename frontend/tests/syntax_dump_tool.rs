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
