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

fn count(f: &Function, pred: impl Fn(&Instr) -> bool) -> usize {
    f.code.iter().filter(|i| pred(i)).count()
}

#[test]
fn frame_local_struct_needs_no_allocation() {
    let c = compile_src(
        "package main\n\ntype P struct{ X, Y int }\n\nfunc main() {\n\tp := P{1, 2}\n\tp.X += p.Y\n\tq := p\n\tprintln(q.X)\n}\n",
    );
    let f = func(&c.module, "main.main");
    assert_eq!(count(f, |i| matches!(i, Instr::New { .. })), 0);
    // p and q are 16-byte frame slots: no pointers in the stack map.
    assert!(f.stack_map.is_empty());
}

#[test]
fn heap_variable_lives_in_a_cell() {
    let c = compile_tagged(
        "package main\n\nfunc main() {\n\tx := 1 // heapvar\n\tp := &x\n\t*p = 2\n\tprintln(x)\n}\n",
    );
    let f = func(&c.module, "main.main");
    assert_eq!(count(f, |i| matches!(i, Instr::New { .. })), 1);
    // The cell pointer and p are pointer words.
    assert!(f.stack_map.iter().count() >= 2);
    let d = c.disasm();
    assert!(d.contains("heap cell"), "{d}");
}

#[test]
fn frame_layout_and_stack_map() {
    let c = compile_src(
        "package main\n\nfunc f(s string, n int, p *int) (r []int, ok bool) {\n\treturn nil, n > 0 && s != \"\" && p != nil\n}\n\nfunc main() {\n\tx := 0\n\tr, ok := f(\"a\", 1, &x)\n\tprintln(len(r), ok)\n}\n",
    );
    let f = func(&c.module, "main.f");
    // params: s (16) n (8) p (8); results: r (24) ok (8)
    assert_eq!(f.params_size, 32);
    assert_eq!(f.results_size, 32);
    assert!(f.stack_map.get(0)); // s.ptr
    assert!(!f.stack_map.get(1)); // s.len
    assert!(!f.stack_map.get(2)); // n
    assert!(f.stack_map.get(3)); // p
    assert!(f.stack_map.get(4)); // r.ptr
    assert!(!f.stack_map.get(5));
    assert_eq!(f.frame_size % 8, 0);
    // The caller's frame covers the callee's params and results.
    let m = func(&c.module, "main.main");
    assert!(m.frame_size >= 64);
}

#[test]
fn closures_capture_by_value_or_reference() {
    let c = compile_tagged(
        "package main\n\nfunc main() {\n\ta := 1\n\tb := 2 // heapvar\n\tf := func() int { b++; return a + b }\n\tprintln(f())\n}\n",
    );
    let m = func(&c.module, "main.main");
    // b is assigned after capture: by reference, in a heap cell; a is copied.
    assert_eq!(count(m, |i| matches!(i, Instr::New { .. })), 1);
    assert_eq!(count(m, |i| matches!(i, Instr::MakeClosure { .. })), 1);
    let lit = func(&c.module, "main.main.func1");
    assert!(matches!(lit.code[0], Instr::LoadCtx { .. }));
}

#[test]
fn defer_gets_an_epilogue() {
    let c = compile_src(
        "package main\n\nfunc f() (n int) {\n\tdefer func() { n *= 2 }()\n\treturn 21\n}\n\nfunc main() {\n\tprintln(f())\n}\n",
    );
    let f = func(&c.module, "main.f");
    let e = f.epilogue_pc.expect("epilogue") as usize;
    assert!(matches!(f.code[e], Instr::RunDefers {}));
    assert!(matches!(f.code.last(), Some(Instr::Ret {})));
}

#[test]
fn interface_method_tables() {
    let c = compile_src(
        "package main\n\ntype S interface{ M() int }\n\ntype T struct{ a, b int }\n\nfunc (t T) M() int { return t.a }\n\nfunc main() {\n\tvar s S = T{1, 2}\n\tprintln(s.M())\n}\n",
    );
    let t = c
        .module
        .types
        .iter()
        .find(|t| t.string == "main.T")
        .expect("main.T");
    assert_eq!(t.methods.len(), 1);
    // T is not pointer-shaped: the method table points at a wrapper that
    // takes the box pointer.
    let w = &c.module.funcs[t.methods[0].func.0 as usize];
    assert_eq!(w.params_size, 8);
    assert_eq!(w.file, "<autogenerated>");
}

#[test]
fn golden_disassembly_of_fib() {
    let c = compile_src("package main\n\nfunc fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}\n\nfunc main() {\n\tprintln(fib(10))\n}\n");
    let d = c.disasm();
    let start = d.find("func main.fib").unwrap();
    let text = &d[start..];
    let text = &text[..text.find("\n\n").unwrap()];
    let body: Vec<&str> = text.lines().skip(1).collect();
    let want = "  frame 40 bytes: params [0,8) results [8,16) locals [16,..)
    r0     param  n          int (8 bytes, frame)
  stack map: []
     0 L4    JmpGeImm64    a=r0, imm=2, target=->3
     1 L5    Mov8          dst=r8, src=r0
     2 L5    Ret           
     3 L7    AddImm64      dst=r24, a=r0, imm=-1
     4 L7    Call          func=f{F}, base=r24
     5 L7    Mov8          dst=r16, src=r32
     6 L7    AddImm64      dst=r24, a=r0, imm=-2
     7 L7    Call          func=f{F}, base=r24
     8 L7    AddI64        dst=r8, a=r16, b=r32
     9 L7    Ret           
    10 L8    Unreachable   ";
    let fid = c
        .module
        .funcs
        .iter()
        .position(|f| f.name == "main.fib")
        .unwrap();
    assert_eq!(body.join("\n"), want.replace("{F}", &fid.to_string()));
}

fn calls_to(c: &crate::Compiled, caller: &str, callee: &str) -> usize {
    let fid = c
        .module
        .funcs
        .iter()
        .position(|f| f.name == callee)
        .unwrap_or_else(|| panic!("no function {callee}"));
    count(
        func(&c.module, caller),
        |i| matches!(i, Instr::Call { func, .. } if func.0 as usize == fid),
    )
}

#[test]
fn tiny_leaf_functions_are_inlined() {
    let c = compile_src(
        "package main\n\nfunc a(i, j int) float64 { return 1.0 / float64((i+j)*(i+j+1)/2+i+1) }\n\nfunc main() {\n\ts := 0.0\n\tfor i := 0; i < 3; i++ {\n\t\ts += a(i, a2(i))\n\t}\n\tprintln(s, a(int(a(1, 2)), 3))\n}\n\nfunc a2(x int) int { return x*2 + 1 }\n",
    );
    assert_eq!(calls_to(&c, "main.main", "main.a"), 0);
    assert_eq!(calls_to(&c, "main.main", "main.a2"), 0);
    // The functions themselves still exist (func values, tracebacks).
    assert!(c.module.funcs.iter().any(|f| f.name == "main.a"));
}

#[test]
fn functions_that_may_panic_or_call_are_not_inlined() {
    let c = compile_src(
        "package main\n\nfunc q(x, y int) int { return x / y }\n\nfunc r(x int) int { return x % 3 }\n\nfunc s(x uint) uint { return x << 2 }\n\nfunc t(x int) int { return q(x, 2) }\n\n//go:noinline\nfunc u(x int) int { return x + 1 }\n\nfunc main() {\n\tprintln(q(7, 2), r(5), s(1), t(4), u(1))\n}\n",
    );
    // x / y may divide by zero: a real call, so the traceback has q's frame.
    assert_eq!(calls_to(&c, "main.main", "main.q"), 1);
    // % by a non-zero constant cannot panic.
    assert_eq!(calls_to(&c, "main.main", "main.r"), 0);
    assert_eq!(calls_to(&c, "main.main", "main.s"), 1);
    assert_eq!(calls_to(&c, "main.main", "main.t"), 1);
    assert_eq!(calls_to(&c, "main.main", "main.u"), 1);
}

// ---- frame allocation (hand-made escape decisions) ----

fn tagged_lines(src: &str, tag: &str) -> std::collections::HashSet<u32> {
    src.lines()
        .enumerate()
        .filter(|(_, l)| l.trim_end().ends_with(tag))
        .map(|(i, _)| i as u32 + 1)
        .collect()
}

/// Compiles `src` with decisions overridden per line: every allocation site
/// on a line ending in `// frame` is left in the frame, every other site is
/// on the heap; variables declared on a line ending in `// stackvar` live in
/// the frame, on one ending in `// heapvar` in a heap cell (others as the
/// analysis decides). The code is inspected, not run.
fn compile_tagged(src: &str) -> crate::Compiled {
    let frame = tagged_lines(src, "// frame");
    let stack = tagged_lines(src, "// stackvar");
    let heap = tagged_lines(src, "// heapvar");
    let hook: super::DecisionsHook = Box::new(move |esc, inp| {
        let Some(main) = inp.packages.last() else {
            return;
        };
        esc.frame_sites.clear();
        for f in &main.files {
            for d in f.decls.iter() {
                if let crate::syntax::ast::Decl::Func(fd) = d {
                    for s in fd.body.map(|b| b.list).unwrap_or(&[]) {
                        super::frame::visit_stmt(s, &mut |e| {
                            if frame.contains(&inp.sources.line(e.pos)) {
                                esc.frame_sites.insert(e.id);
                            }
                        });
                    }
                }
            }
        }
        for (i, o) in inp.objects.iter().enumerate() {
            if o.pkg != Some(main.id) || !matches!(o.kind, crate::types::ObjKind::Var { .. }) {
                continue;
            }
            let line = inp.sources.line(o.pos);
            let id = crate::types::ObjId(i as u32);
            if stack.contains(&line) {
                esc.heap_vars.remove(&id);
            }
            if heap.contains(&line) {
                esc.heap_vars.insert(id);
            }
        }
    });
    super::with_decisions_hook(hook, || compile_src(src))
}

fn allocs(f: &Function) -> usize {
    count(f, |i| {
        matches!(
            i,
            Instr::New { .. }
                | Instr::MakeSlice { .. }
                | Instr::MakeClosure { .. }
                | Instr::MakeIface { .. }
                | Instr::Append { .. }
                | Instr::StrConcat { .. }
                | Instr::BytesFromStr { .. }
                | Instr::StrFromBytes { .. }
        )
    })
}

#[test]
fn frame_sites_allocate_nothing() {
    let c = compile_tagged(
        "package main

type P struct{ X, Y int }
type Q struct {
	p *int
	n int
}

func sum(xs ...int) int { return len(xs) }

func main() {
	x := 1 // stackvar
	p := new(int)     // frame
	q := &P{1, 2}     // frame
	r := &Q{p: &x}    // frame
	s := []int{1, 2}  // frame
	t := make([]int, 4) // frame
	var i any = *q    // frame
	n := sum(1, 2, 3) // frame
	println(*p, q.X, *r.p, s[1], len(t), i != nil, n)
}
",
    );
    let f = func(&c.module, "main.main");
    assert_eq!(allocs(f), 0, "{}", c.disasm());
    assert!(count(f, |i| matches!(i, Instr::MakeIfaceFrame { .. })) == 1);
    // The frame object r points to holds a pointer: that word is described.
    let d = c.disasm();
    let fi = c
        .module
        .funcs
        .iter()
        .position(|f| f.name == "main.main")
        .unwrap();
    let obj = c.debug[fi]
        .slots
        .iter()
        .find(|s| s.role == "object" && s.typ == "main.Q")
        .unwrap_or_else(|| panic!("no frame object of type Q:\n{d}"));
    assert!(f.stack_map.get(obj.off / 8), "{d}");
    assert!(d.contains(" object "), "{d}");
}

#[test]
fn frame_variable_is_addressed_in_place() {
    let c = compile_tagged(
        "package main\n\nfunc main() {\n\tx := 1 // stackvar\n\tp := &x\n\t*p = 2\n\tprintln(x)\n}\n",
    );
    let f = func(&c.module, "main.main");
    assert_eq!(count(f, |i| matches!(i, Instr::New { .. })), 0);
    assert_eq!(count(f, |i| matches!(i, Instr::Addr { .. })), 1);
    assert!(c.disasm().contains("frame"));
}

#[test]
fn frame_closure_refers_to_frame_variable() {
    let c = compile_tagged(
        "package main\n\nfunc main() {\n\tb := 2 // stackvar\n\tf := func() int { b++; return b } // frame\n\tprintln(f())\n}\n",
    );
    let m = func(&c.module, "main.main");
    assert_eq!(allocs(m), 0, "{}", c.disasm());
    // The closure object's word 0 is the function, then &b (a pointer word).
    assert!(count(m, |i| matches!(i, Instr::Addr { .. })) >= 2);
}

#[test]
fn variable_size_sites_use_frame_buffers() {
    let c = compile_tagged(
        "package main

func main() {
	n := 3
	s := \"ab\"
	a := make([]int, n)  // frame
	b := []byte(s)       // frame
	b[0]++
	c := string(b)       // frame
	d := s + c + s       // frame
	r := []rune(s)       // frame
	println(len(a), len(b), c, d, string(r)) // frame
}
",
    );
    let m = func(&c.module, "main.main");
    assert_eq!(allocs(m), 0, "{}", c.disasm());
    for name in [
        "MakeSliceBuf",
        "BytesFromStrBuf",
        "StrFromBytesBuf",
        "StrConcatBuf",
        "RunesFromStrBuf",
        "StrFromRunesBuf",
    ] {
        assert_eq!(count(m, |i| i.name() == name), 1, "{name}");
    }
    assert!(c.disasm().contains("frame buffer if it fits"));
}

#[test]
fn defer_thunks_live_in_the_frame_outside_loops() {
    let c = compile_tagged(
        "package main\n\nfunc g(n int) { println(n) }\n\nfunc main() {\n\tdefer g(1)\n\tfor i := 0; i < 2; i++ {\n\t\tdefer g(i)\n\t}\n}\n",
    );
    let m = func(&c.module, "main.main");
    assert_eq!(count(m, |i| matches!(i, Instr::MakeClosure { .. })), 1);
    assert_eq!(count(m, |i| matches!(i, Instr::Defer { .. })), 2);
}

#[test]
fn range_counter_is_not_a_frame_variable_whose_address_is_taken() {
    let c = compile_tagged(
        "package main\n\nfunc main() {\n\tfor i := range 3 { // stackvar\n\t\tp := &i\n\t\t*p += 10\n\t\tprintln(i)\n\t}\n}\n",
    );
    let m = func(&c.module, "main.main");
    assert_eq!(count(m, |i| matches!(i, Instr::New { .. })), 0);
}
