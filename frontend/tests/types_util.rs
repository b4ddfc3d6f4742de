// Shared helpers for the type checker tests (included with `mod`).
#![allow(dead_code)]

use frontend::load::{load_program, Program};

/// Checks a main package; errors as "line:col: msg" (file name dropped).
pub fn check<'a>(arena: &'a bumpalo::Bump, src: &str) -> Result<Program<'a>, Vec<String>> {
    match load_program(arena, vec![("./main.go".to_string(), src.to_string())], &[]) {
        Ok(p) => Ok(p),
        Err(errs) => {
            // Positions are formatted by re-creating the source map.
            let mut sm = frontend::syntax::source::SourceMap::new();
            sm.add("./main.go", "main", src.to_string());
            Err(errs
                .iter()
                .map(|e| {
                    let p = sm.position(e.pos);
                    format!("{}:{}: {}", p.line, p.col, e.msg)
                })
                .collect())
        }
    }
}

pub fn errors(src: &str) -> Vec<String> {
    let arena = bumpalo::Bump::new();
    match check(&arena, src) {
        Ok(_) => vec![],
        Err(e) => e,
    }
}
