// Debug helper: `GOFILE=path cargo test -p frontend --test types_dbg -- --nocapture`
// prints the checker's errors for a file as gc would.
use frontend::load::load_program;

#[test]
fn dbg_file() {
    let Ok(path) = std::env::var("GOFILE") else { return };
    let src = std::fs::read_to_string(&path).unwrap();
    let arena = bumpalo::Bump::new();
    match load_program(&arena, vec![("./main.go".to_string(), src.clone())], &[]) {
        Ok(p) => println!("OK: {} packages, {} objects", p.packages.len(), p.objects.len()),
        Err(errs) => {
            let mut sm = frontend::syntax::source::SourceMap::new();
            sm.add("./main.go", "main", src);
            for e in errs {
                println!("{}: {}", sm.position(e.pos), e.msg);
            }
        }
    }
}
