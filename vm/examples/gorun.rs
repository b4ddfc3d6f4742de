//! `cargo run -p vm --example gorun -- file.go [args]`: compile with the
//! frontend and run on the VM (a development driver until the CLI lands).
use std::process::exit;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: gorun file.go [args]");
        exit(2);
    };
    let src = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            exit(1);
        }
    };
    let name = format!(
        "./{}",
        std::path::Path::new(path)
            .file_name()
            .map_or("main.go".into(), |f| f.to_string_lossy().into_owned())
    );
    let compiled = match frontend::compile(vec![(name, src)]) {
        Ok(c) => c,
        Err((sm, errs)) => {
            for e in errs {
                let p = sm.position(e.pos);
                eprintln!("{}:{}:{}: {}", p.file, p.line, p.col, e.msg);
            }
            exit(1);
        }
    };
    if std::env::var("GORUN_DISASM").is_ok() {
        eprintln!("{}", compiled.disasm());
    }
    let mut a = vec!["/tmp/go-build/b001/exe/main".to_string()];
    a.extend(args[1..].iter().cloned());
    let code = vm::run(
        compiled.module,
        vm::Options {
            args: a,
            gc: gc::GcConfig::from_env().unwrap_or_default(),
        },
    );
    exit(code);
}
