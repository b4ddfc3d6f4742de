//! Frame allocation with hand-made escape decisions: each program in
//! tests/codegen_frame/ marks the lines whose allocation sites the decisions
//! leave in the frame (`// frame`: every expression on the line) and the
//! variables that stay in the frame although their address is taken or a
//! closure captures them by reference (`// stackvar`). The program runs in
//! the VM and must print what `go run` printed (NAME.out); gc makes the same
//! decisions for those lines, so the programs' `runtime.MemStats.Mallocs`
//! deltas (0 for frame sites) agree with Go's. Every program also runs with
//! the collector at every safepoint and freed memory poisoned.

use frontend::codegen::{self, frame};
use frontend::syntax::ast::{Decl, NodeId};
use frontend::types::ObjId;
use std::collections::HashSet;
use std::path::Path;

fn tagged(src: &str, tag: &str) -> HashSet<u32> {
    src.lines()
        .enumerate()
        .filter(|(_, l)| l.trim_end().ends_with(tag))
        .map(|(i, _)| i as u32 + 1)
        .collect()
}

/// Compiles `src` with the tagged lines' sites in the frame; returns the
/// module and how many sites were marked.
fn compile_marked(src: &str) -> (frontend::Compiled, usize) {
    let frame_lines = tagged(src, "// frame");
    let stack_lines = tagged(src, "// stackvar");
    let marked = std::sync::Arc::new(std::sync::Mutex::new(0usize));
    let m2 = marked.clone();
    let hook: codegen::DecisionsHook = Box::new(move |esc, inp| {
        let Some(main) = inp.packages.last() else {
            return;
        };
        let mut sites: Vec<NodeId> = Vec::new();
        for f in &main.files {
            for d in f.decls.iter() {
                if let Decl::Func(fd) = d {
                    for s in fd.body.map(|b| b.list).unwrap_or(&[]) {
                        frame::visit_stmt(s, &mut |e| {
                            if frame_lines.contains(&inp.sources.line(e.pos)) {
                                sites.push(e.id);
                            }
                        });
                    }
                }
            }
        }
        *m2.lock().unwrap() = sites.len();
        esc.frame_sites.extend(sites);
        for (i, o) in inp.objects.iter().enumerate() {
            if o.pkg == Some(main.id) && stack_lines.contains(&inp.sources.line(o.pos)) {
                esc.heap_vars.remove(&ObjId(i as u32));
            }
        }
    });
    let c = codegen::with_decisions_hook(hook, || {
        frontend::compile(vec![("./main.go".to_string(), src.to_string())])
    });
    let c = match c {
        Ok(c) => c,
        Err((sm, errs)) => {
            let msgs: Vec<String> = errs
                .iter()
                .map(|e| format!("{}: {}", sm.position(e.pos), e.msg))
                .collect();
            panic!("compile failed:\n{}", msgs.join("\n"));
        }
    };
    let n = *marked.lock().unwrap();
    (c, n)
}

fn run(c: frontend::Compiled) -> (i32, String, String) {
    let r = vm::run_captured(c.module, vm::Options::default());
    (
        r.code,
        String::from_utf8_lossy(&r.stdout).into_owned(),
        String::from_utf8_lossy(&r.stderr).into_owned(),
    )
}

fn programs() -> Vec<(String, String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/codegen_frame");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|p| {
            let src = std::fs::read_to_string(&p).unwrap();
            let want = std::fs::read_to_string(p.with_extension("out")).unwrap();
            (p.display().to_string(), src, want)
        })
        .collect()
}

#[test]
fn frame_sites_run_as_go() {
    let mut failed = Vec::new();
    for stress in [false, true] {
        if stress {
            // One test function, so no other test of this binary races
            // with the environment change.
            std::env::set_var("BURROW_GC_STRESS", "1");
            std::env::set_var("BURROW_GC_POISON", "1");
        }
        for (name, src, want) in programs() {
            let (c, n) = compile_marked(&src);
            assert!(n > 0, "{name}: no sites marked");
            let dis = c.disasm();
            assert!(
                dis.contains(" object ") || dis.contains(" buffer "),
                "{name}: no frame objects in the layout"
            );
            let (code, out, err) = run(c);
            if code != 0 || out != want {
                failed.push(format!(
                    "{name} (gc stress {stress}): exit {code}\n--- got\n{out}--- want\n{want}--- stderr\n{err}"
                ));
            }
        }
    }
    std::env::remove_var("BURROW_GC_STRESS");
    std::env::remove_var("BURROW_GC_POISON");
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}
