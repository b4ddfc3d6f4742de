//! Structural tests of generated code.

use crate::bytecode::*;

pub(crate) fn compile_src(src: &str) -> crate::Compiled {
    match crate::compile(vec![("./main.go".to_string(), src.to_string())]) {
        Ok(c) => c,
        Err((sm, errs)) => {
            let msgs: Vec<String> = errs
                .iter()
                .map(|e| format!("{}: {}", sm.position(e.pos), e.msg))
                .collect();
            panic!("compile failed:\n{}", msgs.join("\n"));
        }
    }
}

fn func<'m>(m: &'m Module, name: &str) -> &'m Function {
    m.funcs
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no function {name}"))
}

#[test]
fn hello_world() {
    let c = compile_src(
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello, world\")\n}\n",
    );
    let f = func(&c.module, "main.main");
    assert!(f.code.iter().any(|i| matches!(i, Instr::Call { .. })));
    eprintln!("{}", c.disasm());
}

#[test]
fn fib_println() {
    let c = compile_src("package main\n\nfunc fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}\n\nfunc main() {\n\tprintln(fib(10))\n}\n");
    eprintln!("{}", c.disasm());
    let f = func(&c.module, "main.fib");
    assert_eq!(f.params_size, 8);
    assert_eq!(f.results_size, 8);
}

/// Compiles every `*.go` file in `$BURROW_CG_DIR` and prints the disassembly
/// (a development aid; does nothing without the variable).
#[test]
fn corpus_from_env() {
    let Ok(dir) = std::env::var("BURROW_CG_DIR") else {
        return;
    };
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().map(|x| x == "go").unwrap_or(false))
        .collect();
    names.sort();
    let mut failed = 0;
    for p in names {
        let src = std::fs::read_to_string(&p).unwrap();
        match crate::compile(vec![("./main.go".to_string(), src)]) {
            Ok(c) => {
                if std::env::var("BURROW_CG_DUMP").is_ok() {
                    eprintln!("{}", c.disasm());
                }
                eprintln!("OK {}", p.display());
            }
            Err((sm, errs)) => {
                failed += 1;
                for e in errs {
                    eprintln!("{}: {}: {}", p.display(), sm.position(e.pos), e.msg);
                }
            }
        }
    }
    assert_eq!(failed, 0);
}
