//! gc's expression printer (`frontend::escape::print`) against gc's own
//! `-m` lines: every Go program in `escape_print_data/NAME.go` comes with
//! `NAME.gc`, the output of `go build -gcflags='-m -l'` on it (Go 1.27).
//! For every report line about an expression (`X escapes to heap`,
//! `X does not escape`), the expression found at the line's position must
//! print as `X` (as itself, or as the operand of an interface conversion).
mod types_util;

use frontend::escape::print::{
    closure_names, expr_string, expr_string_with, func_name, iface_operand_string, stmt_string,
    type_string, value_spec_string, Notes, PrintCx,
};
use frontend::load::load_program;
use frontend::syntax::ast::*;
use std::collections::HashMap;

/// Texts gc prints that Burrow's printer does not reproduce.
const KNOWN_DEPARTURES: &[&str] = &[];

fn case(name: &str) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/escape_print_data");
    let src = std::fs::read_to_string(format!("{dir}/{name}.go")).unwrap();
    let gc = std::fs::read_to_string(format!("{dir}/{name}.gc")).unwrap();
    let failed = check_file(name, "./main.go", src, &gc);
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// The lines of `gc` (gc's `-m` output for `src`, shown as `file`) whose
/// expression Burrow prints differently.
fn check_file(name: &str, file: &str, src: String, gc: &str) -> Vec<String> {
    let arena = bumpalo::Bump::new();
    let prog = match load_program(&arena, vec![(file.to_string(), src)], &["runtime"]) {
        Ok(p) => p,
        Err(e) => {
            // Programs Burrow cannot check yet (a package not in its
            // standard library) are the checker's business, not ours.
            let msgs: Vec<&str> = e.iter().map(|e| e.msg.as_str()).collect();
            eprintln!("{name}: skipped: {msgs:?}");
            return Vec::new();
        }
    };
    let main = prog.packages.last().unwrap();
    let cx = PrintCx {
        info: &prog.info,
        objects: &prog.objects,
        types: &prog.types,
        pkg: main.id,
    };
    // The analysis collects notes over every package (parameter spellings
    // of the standard library's functions matter).
    let all: Vec<&File<'_>> = prog
        .packages
        .iter()
        .flat_map(|p| p.files.iter().copied())
        .collect();
    let notes = Notes::new(&cx, &all);
    // Every expression by position, outermost first.
    let mut at: HashMap<String, Vec<&Expr<'_>>> = HashMap::new();
    for f in &main.files {
        types_util::walk_exprs(f, &mut |e| {
            let p = prog.sources.position(e.pos);
            at.entry(format!("{}:{}", p.line, p.col))
                .or_default()
                .push(e);
        });
    }
    // gc places some conversions at their operand (the `[]byte(s)` of an
    // interface argument reports at `s`).
    for f in &main.files {
        types_util::walk_exprs(f, &mut |e| {
            if let ExprKind::Call { args, .. } = &e.kind {
                if args.len() == 1 {
                    let p = prog.sources.position(args[0].pos);
                    at.entry(format!("{}:{}", p.line, p.col))
                        .or_default()
                        .push(e);
                }
            }
        });
    }
    let mut stmts: HashMap<String, Vec<&Stmt<'_>>> = HashMap::new();
    let mut specs: HashMap<String, Vec<&ValueSpec<'_>>> = HashMap::new();
    for f in &main.files {
        walk_stmts(f, &mut |st| {
            let p = prog.sources.position(st.pos);
            stmts
                .entry(format!("{}:{}", p.line, p.col))
                .or_default()
                .push(st);
            if let StmtKind::Decl(g) = &st.kind {
                for sp in g.specs.iter() {
                    if let Spec::Value(vs) = sp {
                        let p = prog.sources.position(vs.names[0].pos);
                        specs
                            .entry(format!("{}:{}", p.line, p.col))
                            .or_default()
                            .push(vs);
                    }
                }
            }
        });
    }
    // gc's devirtualized calls, as the analysis records them.
    for line in gc.lines() {
        let Some(i) = line.find(": devirtualizing ") else {
            continue;
        };
        let Some(rest) = line[..i]
            .strip_prefix(file)
            .and_then(|r| r.strip_prefix(':'))
        else {
            continue;
        };
        let Some((_, tname)) = line[i..].rsplit_once(" to ") else {
            continue;
        };
        let t = (0..prog.types.kinds.len() as u32)
            .map(frontend::types::TypeId)
            .find(|&t| type_string(&cx, t) == tname);
        for e in at.get(rest).into_iter().flatten() {
            if let (ExprKind::Call { fun, .. }, Some(t)) = (&e.kind, t) {
                notes.set_devirtualized(fun.unparen().id, t);
            }
        }
    }
    let (mut checked, mut failed) = (0, Vec::new());
    // `-m=2` explanations: `from NODE (why) at FILE:L:C`.
    for line in gc.lines() {
        let Some(i) = line.find(":     from ") else {
            continue;
        };
        let rest = &line[i + ":     from ".len()..];
        let Some(j) = rest.rfind(" at ") else {
            continue;
        };
        let Some(k) = rest[..j].rfind(" (") else {
            continue;
        };
        let text = &rest[..k];
        let Some(pos) = rest[j + 4..]
            .strip_prefix(file)
            .and_then(|r| r.strip_prefix(':'))
        else {
            continue;
        };
        if text.contains(".autotmp")
            || text.contains("storage for")
            || text == "... argument"
            || text == "func literal"
        {
            continue;
        }
        let mut got = Vec::new();
        for e in at.get(pos).into_iter().flatten() {
            got.push(expr_string_with(&cx, &notes, e));
            got.push(iface_operand_string(&cx, &notes, e));
        }
        for st in stmts.get(pos).into_iter().flatten() {
            got.push(stmt_string(&cx, &notes, st));
        }
        for vs in specs.get(pos).into_iter().flatten() {
            got.push(value_spec_string(&cx, &notes, vs));
        }
        if got.is_empty() {
            continue;
        }
        checked += 1;
        if !got.iter().any(|g| g == text) {
            failed.push(format!("{pos}: want {text:?}, got {got:?}"));
        }
    }
    for line in gc.lines() {
        let Some(rest) = line.strip_prefix(file).and_then(|r| r.strip_prefix(':')) else {
            continue;
        };
        let mut it = rest.splitn(3, ':');
        let (Some(l), Some(c), Some(msg)) = (it.next(), it.next(), it.next()) else {
            continue;
        };
        let msg = msg.trim_start();
        let text = if let Some(t) = msg.strip_suffix(" escapes to heap") {
            t
        } else if let Some(t) = msg.strip_suffix(" does not escape") {
            t
        } else {
            continue;
        };
        if text == "... argument"
            || text == "append"
            || (text.starts_with(".autotmp_") && text[9..].bytes().all(|b| b.is_ascii_digit()))
            || msg.starts_with("leaking param")
        {
            continue;
        }
        let Some(exprs) = at.get(&format!("{l}:{c}")) else {
            continue; // a parameter or variable name, not an expression
        };
        checked += 1;
        let mut got = Vec::new();
        for e in exprs {
            got.push(expr_string_with(&cx, &notes, e));
            got.push(iface_operand_string(&cx, &notes, e));
        }
        if !got.iter().any(|g| g == text) && !KNOWN_DEPARTURES.contains(&text) {
            failed.push(format!("{l}:{c}: want {text:?}, got {got:?}"));
        }
    }
    for f in failed.iter_mut() {
        *f = format!("{name}:{f}");
    }
    eprintln!("{name}: {checked} expression lines checked");
    failed
}

/// The escape corpus (tests/go/escape, gc's lines in NAME.m): every
/// expression gc reports prints as gc prints it.
#[test]
fn corpus() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/go/escape");
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut names: Vec<String> = rd
        .flatten()
        .filter_map(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            n.strip_suffix(".go").map(str::to_string)
        })
        .collect();
    names.sort();
    let mut failed = Vec::new();
    for n in &names {
        let (Ok(src), Ok(gc)) = (
            std::fs::read_to_string(format!("{dir}/{n}.go")),
            std::fs::read_to_string(format!("{dir}/{n}.m")),
        ) else {
            continue;
        };
        failed.extend(check_file(n, &format!("./{n}.go"), src, &gc));
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// Calls `f` on every statement of a file, nested ones included.
fn walk_stmts<'a>(file: &'a File<'a>, f: &mut dyn FnMut(&'a Stmt<'a>)) {
    fn list<'a>(l: &'a [Stmt<'a>], f: &mut dyn FnMut(&'a Stmt<'a>)) {
        for s in l {
            stmt(s, f);
        }
    }
    fn stmt<'a>(s: &'a Stmt<'a>, f: &mut dyn FnMut(&'a Stmt<'a>)) {
        f(s);
        match &s.kind {
            StmtKind::Labeled { stmt: x, .. } => stmt(x, f),
            StmtKind::Block(b) => list(b.list, f),
            StmtKind::If {
                init, body, els, ..
            } => {
                if let Some(i) = init {
                    stmt(i, f);
                }
                list(body.list, f);
                if let Some(e) = els {
                    stmt(e, f);
                }
            }
            StmtKind::Switch { init, body, .. } | StmtKind::TypeSwitch { init, body, .. } => {
                if let Some(i) = init {
                    stmt(i, f);
                }
                for c in body.iter() {
                    list(c.body, f);
                }
            }
            StmtKind::Select { body } => {
                for c in body.iter() {
                    if let Some(x) = c.comm {
                        stmt(x, f);
                    }
                    list(c.body, f);
                }
            }
            StmtKind::For {
                init, post, body, ..
            } => {
                if let Some(i) = init {
                    stmt(i, f);
                }
                if let Some(p) = post {
                    stmt(p, f);
                }
                list(body.list, f);
            }
            StmtKind::Range { body, .. } => list(body.list, f),
            _ => {}
        }
    }
    for d in file.decls.iter() {
        if let Decl::Func(fd) = d {
            if let Some(b) = fd.body {
                list(b.list, f);
            }
        }
    }
}

#[test]
fn basics() {
    case("basics");
}

#[test]
fn calls() {
    case("calls");
}

#[test]
fn byte_and_rune_spellings() {
    case("aliases");
}

/// `make([]T, n)` sizes rewritten to static constants (the capacity when
/// there is one; `len` of a slice literal).
#[test]
fn make_sizes() {
    case("makes");
}

/// Static values pass through conversions gc makes no-ops (same machine
/// integer) but not through float conversions (they round).
#[test]
fn static_values_through_conversions() {
    case("convnop");
}

/// Function, channel, interface and struct types with tags in literals,
/// slice-to-array conversions, unsafe, comma-ok values.
#[test]
fn unusual_types_and_conversions() {
    case("odd");
}

#[test]
fn a_whole_program() {
    case("program");
}

#[test]
fn more() {
    case("more");
}

#[test]
fn statements() {
    case("stmts");
    case("stmts2");
}

/// Finds the first expression whose source text starts at `needle`'s
/// first occurrence and prints it.
fn print_at(src: &str, needle: &str, with_notes: bool) -> String {
    let arena = bumpalo::Bump::new();
    let prog = load_program(&arena, vec![("./main.go".into(), src.to_string())], &[]).unwrap();
    let main = prog.packages.last().unwrap();
    let cx = PrintCx {
        info: &prog.info,
        objects: &prog.objects,
        types: &prog.types,
        pkg: main.id,
    };
    let off = src.find(needle).expect("needle") as u32;
    let base = prog.sources.files[0].base;
    let mut found = None;
    for f in &main.files {
        types_util::walk_exprs(f, &mut |e| {
            if found.is_none() && e.start().0 == base + off {
                found = Some(e);
            }
        });
    }
    let e = found.expect("expression at needle");
    if with_notes {
        let notes = Notes::new(&cx, &main.files);
        iface_operand_string(&cx, &notes, e)
    } else {
        expr_string(&cx, e)
    }
}

#[test]
fn numbers_and_strings() {
    let src = "package main\nvar sink any\nfunc main() {\n\tsink = 100_000 + 0x10\n\tsink = 1e10\n\tsink = \"a\\x00b\"\n}\n";
    assert_eq!(print_at(src, "100_000", false), "100016");
    assert_eq!(print_at(src, "1e10", false), "1e+10");
    assert_eq!(print_at(src, "\"a", false), "\"a\\x00b\"");
}

#[test]
fn static_values_need_notes() {
    let src = "package main\nvar sink any\nfunc main() {\n\tx := 10\n\tsink = x\n}\n";
    assert_eq!(print_at(src, "x\n}", false), "x");
    assert_eq!(print_at(src, "x\n}", true), "10");
}

#[test]
fn reassigned_variables_stay_names() {
    let src = "package main\nvar sink any\nfunc main() {\n\tx := 10\n\tx++\n\tsink = x\n}\n";
    assert_eq!(print_at(src, "x\n}", true), "x");
}

#[test]
fn types_print_as_gc() {
    let src =
        "package main\ntype P struct{ X int }\nvar v map[string][]*P\nfunc main() { _ = v }\n";
    let arena = bumpalo::Bump::new();
    let prog = load_program(&arena, vec![("./main.go".into(), src.to_string())], &[]).unwrap();
    let main = prog.packages.last().unwrap();
    let cx = PrintCx {
        info: &prog.info,
        objects: &prog.objects,
        types: &prog.types,
        pkg: main.id,
    };
    let v = prog.objects.iter().find(|o| o.name == "v").unwrap();
    assert_eq!(type_string(&cx, v.typ), "map[string][]*P");
}

/// `-m=2` names the function an escape happens in (`in main.func1:`):
/// every such line's position lies in the function Burrow names so.
#[test]
fn function_names() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/escape_print_data");
    let src = std::fs::read_to_string(format!("{dir}/funcnames.go")).unwrap();
    let gc = std::fs::read_to_string(format!("{dir}/funcnames.gc")).unwrap();
    let arena = bumpalo::Bump::new();
    let prog = load_program(&arena, vec![("./main.go".into(), src)], &[]).unwrap();
    let main = prog.packages.last().unwrap();
    let cx = PrintCx {
        info: &prog.info,
        objects: &prog.objects,
        types: &prog.types,
        pkg: main.id,
    };
    let lits = closure_names(&cx, &main.files);
    // (body start, body end, name) of every function.
    let mut spans: Vec<(u32, u32, String)> = Vec::new();
    for f in &main.files {
        for d in f.decls.iter() {
            if let Decl::Func(fd) = d {
                let b = fd.body.unwrap();
                spans.push((b.lbrace.0, b.rbrace.0, func_name(&cx, fd)));
            }
        }
        types_util::walk_exprs(f, &mut |e| {
            if let ExprKind::FuncLit { body, .. } = &e.kind {
                spans.push((body.lbrace.0, body.rbrace.0, lits[&e.id].clone()));
            }
        });
    }
    let base = prog.sources.files[0].base;
    let line_starts: Vec<u32> = std::iter::once(0)
        .chain(
            prog.sources.files[0]
                .src
                .match_indices('\n')
                .map(|(i, _)| i as u32 + 1),
        )
        .collect();
    let mut checked = 0;
    for line in gc.lines() {
        let Some(i) = line.find(" escapes to heap in ") else {
            continue;
        };
        let want = line[i + " escapes to heap in ".len()..].trim_end_matches(':');
        let mut it = line.strip_prefix("./main.go:").unwrap().split(':');
        let l: usize = it.next().unwrap().parse().unwrap();
        let c: u32 = it.next().unwrap().parse().unwrap();
        let pos = base + line_starts[l - 1] + c - 1;
        let got = spans
            .iter()
            .filter(|(a, b, _)| *a <= pos && pos <= *b)
            .min_by_key(|(a, b, _)| b - a)
            .map(|(_, _, n)| n.as_str());
        assert_eq!(got, Some(want), "{line}");
        checked += 1;
    }
    assert!(checked >= 6);
}

/// A development aid, not part of the suite: `BURROW_PRINT_CORPUS=DIR`
/// holding NAME.go and NAME.gc (gc's `-m -l` output for NAME.go compiled
/// as ./main.go) checks every expression line of every pair.
#[test]
#[ignore = "development aid: set BURROW_PRINT_CORPUS"]
fn external_corpus() {
    let Ok(dir) = std::env::var("BURROW_PRINT_CORPUS") else {
        return;
    };
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter_map(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            n.strip_suffix(".go").map(str::to_string)
        })
        .collect();
    names.sort();
    let mut failed = Vec::new();
    for n in &names {
        let (Ok(src), Ok(gc)) = (
            std::fs::read_to_string(format!("{dir}/{n}.go")),
            std::fs::read_to_string(format!("{dir}/{n}.gc")),
        ) else {
            continue;
        };
        failed.extend(check_file(n, "./main.go", src, &gc));
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// Every expression and statement of the standard library (and a main
/// package importing it) prints without panicking.
#[test]
fn every_expression_of_the_standard_library_prints() {
    let src = "package main\n\nimport (\n\t\"bufio\"\n\t\"bytes\"\n\t\"errors\"\n\t\"fmt\"\n\t\"math\"\n\t\"math/bits\"\n\t\"math/rand\"\n\t\"os\"\n\t\"sort\"\n\t\"strconv\"\n\t\"strings\"\n\t\"time\"\n\t\"unicode\"\n\t\"unicode/utf8\"\n)\n\nvar _ = bufio.NewReader\nvar _ = bytes.Compare\nvar _ = errors.New\nvar _ = fmt.Println\nvar _ = math.Abs\nvar _ = bits.Len\nvar _ = rand.Intn\nvar _ = os.Exit\nvar _ = sort.Ints\nvar _ = strconv.Itoa\nvar _ = strings.ToUpper\nvar _ = time.Now\nvar _ = unicode.IsUpper\nvar _ = utf8.RuneLen\n\nfunc main() {}\n";
    let arena = bumpalo::Bump::new();
    let prog = load_program(
        &arena,
        vec![("./main.go".into(), src.to_string())],
        &["runtime"],
    )
    .unwrap_or_else(|e| panic!("{:?}", e.iter().map(|e| &e.msg).collect::<Vec<_>>()));
    let all: Vec<&File<'_>> = prog
        .packages
        .iter()
        .flat_map(|p| p.files.iter().copied())
        .collect();
    let mut n = 0usize;
    for p in &prog.packages {
        let cx = PrintCx {
            info: &prog.info,
            objects: &prog.objects,
            types: &prog.types,
            pkg: p.id,
        };
        let notes = Notes::new(&cx, &all);
        let _ = closure_names(&cx, &p.files);
        for f in &p.files {
            types_util::walk_exprs(f, &mut |e| {
                let _ = expr_string_with(&cx, &notes, e);
                let _ = iface_operand_string(&cx, &notes, e);
                n += 1;
            });
            walk_stmts(f, &mut |st| {
                let _ = stmt_string(&cx, &notes, st);
            });
            for d in f.decls.iter() {
                if let Decl::Func(fd) = d {
                    let _ = func_name(&cx, fd);
                }
            }
        }
    }
    assert!(n > 10_000, "{n} expressions");
}

/// gc's `.autotmp_N` numbering: declarations (parameters, results, locals
/// in order, a statement's new variables first) and front-end temporaries
/// share one counter per function.
#[test]
fn compiler_temporaries() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/escape_print_data");
    for name in ["temps", "temps_multi", "temps_commaok"] {
        case(name);
    }
    // go/defer operands (gc's -m=2 `from .autotmp_1 = &a (assign-pair)`).
    let src = std::fs::read_to_string(format!("{dir}/stmts2.go")).unwrap();
    let arena = bumpalo::Bump::new();
    let prog = load_program(&arena, vec![("./main.go".into(), src.clone())], &[]).unwrap();
    let main = prog.packages.last().unwrap();
    let cx = PrintCx {
        info: &prog.info,
        objects: &prog.objects,
        types: &prog.types,
        pkg: main.id,
    };
    let notes = Notes::new(&cx, &main.files);
    let base = prog.sources.files[0].base;
    let mut got = Vec::new();
    for needle in ["&a)", "&b)"] {
        let off = base + src.find(needle).unwrap() as u32;
        types_util::walk_exprs(main.files[0], &mut |e| {
            if e.pos.0 == off {
                got.push(notes.go_defer_temp(e.id));
            }
        });
    }
    assert_eq!(got, vec![Some(1), Some(3)]);
}
