// Debug helper: `GOFILE=a.go:b.go cargo test -p frontend --test types_dbg -- --ignored --nocapture`
// prints the checker's errors for each file as gc would (display name ./<base>).
use frontend::load::load_program;

#[test]
#[ignore = "debugging tool, not a test: GOFILE=a.go ... -- --ignored --nocapture"]
fn dbg_file() {
    let Ok(paths) = std::env::var("GOFILE") else {
        return;
    };
    for path in paths.split(':') {
        let src = std::fs::read_to_string(path).unwrap();
        let base = std::path::Path::new(path)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .to_string();
        let disp = if std::env::var("GOBASE").is_ok() {
            format!("./{}", base)
        } else {
            "./main.go".to_string()
        };
        if paths.contains(':') {
            println!("=== {}", path);
        }
        let arena = bumpalo::Bump::new();
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            match load_program(&arena, vec![(disp.clone(), src.clone())], &[]) {
                Ok(_) => {}
                Err(errs) => {
                    let mut sm = frontend::syntax::source::SourceMap::new();
                    sm.add(&disp, "main", src.clone());
                    for e in errs {
                        println!("{}: {}", sm.position(e.pos), e.msg);
                    }
                }
            }
        }));
        if r.is_err() {
            println!("PANIC");
        }
    }
}
