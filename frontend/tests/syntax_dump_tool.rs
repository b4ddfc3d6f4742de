//! `SYNTAX_DUMP=path.go cargo test -p frontend --test syntax_dump_tool -- --nocapture`
//! prints the AST dump and errors of a file (a debugging aid). These are
//! tools run on demand, so they are ignored in ordinary test runs.
use frontend::syntax::{dump::dump_file, parse_file, source::SourceMap, NodeIdGen};

#[test]
#[ignore = "debugging tool, not a test: SYNTAX_DUMP=file.go ... -- --ignored --nocapture"]
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
#[ignore = "debugging tool, not a test: SYNTAX_ERRS_DIR=dir ... -- --ignored"]
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

/// `SYNTAX_PREORDER_LIST=paths.txt SYNTAX_PREORDER_OUT=out.txt`: writes a
/// preorder listing of expression nodes and identifiers with positions, in
/// go/ast's traversal order, for comparison with a go/ast-based lister
/// (a differential check of tree shapes).
#[test]
#[ignore = "tool for tests/syntax_astdiff, not a test: SYNTAX_PREORDER_LIST/OUT ... -- --ignored"]
fn preorder_for_list() {
    use frontend::syntax::ast::*;
    use frontend::syntax::source::Pos;
    use std::fmt::Write;
    let (Ok(list), Ok(outp)) = (
        std::env::var("SYNTAX_PREORDER_LIST"),
        std::env::var("SYNTAX_PREORDER_OUT"),
    ) else {
        return;
    };
    struct W<'m> {
        sm: &'m SourceMap,
        out: String,
    }
    impl W<'_> {
        fn p(&self, pos: Pos) -> String {
            let q = self.sm.position(pos);
            format!("{}:{}", q.line, q.col)
        }
        fn emit(&mut self, s: String) {
            self.out.push_str(&s);
            self.out.push('\n');
        }
        fn id(&mut self, i: &Ident) {
            let s = format!("id {}@{}", i.name, self.p(i.pos));
            self.emit(s);
        }
        fn lit(&mut self, b: &BasicLit) {
            let s = format!("lit@{}", self.p(b.pos));
            self.emit(s);
        }
        fn fields(&mut self, fl: &FieldList, iface: bool) {
            for f in fl.list {
                f.names.iter().for_each(|n| self.id(n));
                match (&f.typ.kind, iface && !f.names.is_empty()) {
                    (ExprKind::FuncType(t), true) => {
                        self.emit("functype".into());
                        self.sig(t);
                    }
                    _ => self.expr(f.typ),
                }
                if let Some(t) = f.tag {
                    self.lit(t);
                }
            }
        }
        fn sig(&mut self, t: &FuncType) {
            if let Some(tp) = t.type_params {
                self.fields(tp, false);
            }
            self.fields(t.params, false);
            if let Some(r) = t.results {
                self.fields(r, false);
            }
        }
        fn functype(&mut self, t: &FuncType) {
            let s = format!("functype@{}", self.p(t.pos));
            self.emit(s);
            self.sig(t);
        }
        fn expr(&mut self, x: &Expr) {
            let at = self.p(x.pos);
            match &x.kind {
                ExprKind::Bad => self.emit(format!("bad@{}", at)),
                ExprKind::Ident(i) => self.id(i),
                ExprKind::Ellipsis(e) => {
                    self.emit(format!("ellipsis@{}", at));
                    if let Some(e) = e {
                        self.expr(e);
                    }
                }
                ExprKind::BasicLit(b) => self.lit(b),
                ExprKind::FuncLit { typ, body } => {
                    self.emit(format!("funclit@{}", at));
                    self.functype(typ);
                    self.block(body);
                }
                ExprKind::CompositeLit { typ, elts, .. } => {
                    self.emit(format!("complit@{}", at));
                    if let Some(t) = typ {
                        self.expr(t);
                    }
                    elts.iter().for_each(|e| self.expr(e));
                }
                ExprKind::Paren(e) => self.expr(e),
                ExprKind::Selector { x, sel } => {
                    self.emit(format!("sel@{}", at));
                    self.expr(x);
                    self.id(sel);
                }
                ExprKind::Index { x, indices, .. } => {
                    self.emit(format!("index@{}", at));
                    self.expr(x);
                    indices.iter().for_each(|e| self.expr(e));
                }
                ExprKind::Slice {
                    x, low, high, max, ..
                } => {
                    self.emit(format!("slice@{}", at));
                    self.expr(x);
                    for e in [low, high, max].into_iter().flatten() {
                        self.expr(e);
                    }
                }
                ExprKind::TypeAssert { x, typ } => {
                    self.emit(format!("assert@{}", at));
                    self.expr(x);
                    if let Some(t) = typ {
                        self.expr(t);
                    }
                }
                ExprKind::Call { fun, args, .. } => {
                    self.emit(format!("call@{}", at));
                    self.expr(fun);
                    args.iter().for_each(|e| self.expr(e));
                }
                ExprKind::Star(e) => {
                    self.emit(format!("star@{}", at));
                    self.expr(e);
                }
                ExprKind::Unary { op, x } => {
                    self.emit(format!("unary{}@{}", op.as_str(), at));
                    self.expr(x);
                }
                ExprKind::Binary { op, x, y } => {
                    self.emit(format!("binary{}@{}", op.as_str(), at));
                    self.expr(x);
                    self.expr(y);
                }
                ExprKind::KeyValue { key, value } => {
                    self.emit(format!("kv@{}", at));
                    self.expr(key);
                    self.expr(value);
                }
                ExprKind::ArrayType { len, elem } => {
                    self.emit(format!("array@{}", at));
                    if let Some(l) = len {
                        self.expr(l);
                    }
                    self.expr(elem);
                }
                ExprKind::StructType { fields } => {
                    self.emit(format!("struct@{}", at));
                    self.fields(fields, false);
                }
                ExprKind::FuncType(t) => self.functype(t),
                ExprKind::InterfaceType { methods } => {
                    self.emit(format!("interface@{}", at));
                    self.fields(methods, true);
                }
                ExprKind::MapType { key, value } => {
                    self.emit(format!("map@{}", at));
                    self.expr(key);
                    self.expr(value);
                }
                ExprKind::ChanType { dir, value, .. } => {
                    let d = match dir {
                        ChanDir::Send => 1,
                        ChanDir::Recv => 2,
                        ChanDir::Both => 3,
                    };
                    self.emit(format!("chan{}", d));
                    self.expr(value);
                }
            }
        }
        fn block(&mut self, b: &BlockStmt) {
            b.list.iter().for_each(|s| self.stmt(s));
        }
        fn gen(&mut self, g: &GenDecl) {
            for s in g.specs {
                match s {
                    Spec::Import(i) => {
                        if let Some(n) = i.name {
                            self.id(n);
                        }
                        self.lit(i.path);
                    }
                    Spec::Value(v) => {
                        v.names.iter().for_each(|n| self.id(n));
                        if let Some(t) = v.typ {
                            self.expr(t);
                        }
                        v.values.iter().for_each(|e| self.expr(e));
                    }
                    Spec::Type(t) => {
                        self.id(t.name);
                        if let Some(tp) = t.type_params {
                            self.fields(tp, false);
                        }
                        self.expr(t.typ);
                    }
                }
            }
        }
        fn stmt(&mut self, s: &Stmt) {
            match &s.kind {
                StmtKind::Bad | StmtKind::Empty { .. } => {}
                StmtKind::Decl(g) => self.gen(g),
                StmtKind::Labeled { label, stmt } => {
                    self.id(label);
                    self.stmt(stmt);
                }
                StmtKind::Expr(x)
                | StmtKind::Go(x)
                | StmtKind::Defer(x)
                | StmtKind::IncDec { x, .. } => self.expr(x),
                StmtKind::Send { chan, value } => {
                    self.expr(chan);
                    self.expr(value);
                }
                StmtKind::Assign { lhs, rhs, .. } => {
                    lhs.iter().chain(rhs.iter()).for_each(|e| self.expr(e))
                }
                StmtKind::Return { results } => results.iter().for_each(|e| self.expr(e)),
                StmtKind::Branch { label, .. } => {
                    if let Some(l) = label {
                        self.id(l);
                    }
                }
                StmtKind::Block(b) => self.block(b),
                StmtKind::If {
                    init,
                    cond,
                    body,
                    els,
                } => {
                    if let Some(i) = init {
                        self.stmt(i);
                    }
                    self.expr(cond);
                    self.block(body);
                    if let Some(e) = els {
                        self.stmt(e);
                    }
                }
                StmtKind::Switch {
                    init, tag, body, ..
                } => {
                    if let Some(i) = init {
                        self.stmt(i);
                    }
                    if let Some(t) = tag {
                        self.expr(t);
                    }
                    self.clauses(body);
                }
                StmtKind::TypeSwitch {
                    init,
                    bind,
                    x,
                    body,
                    ..
                } => {
                    if let Some(i) = init {
                        self.stmt(i);
                    }
                    if let Some(b) = bind {
                        self.id(b);
                    }
                    self.expr(x);
                    self.clauses(body);
                }
                StmtKind::Select { body } => {
                    for c in body.iter() {
                        if let Some(s) = c.comm {
                            self.stmt(s);
                        }
                        c.body.iter().for_each(|s| self.stmt(s));
                    }
                }
                StmtKind::For {
                    init,
                    cond,
                    post,
                    body,
                } => {
                    if let Some(i) = init {
                        self.stmt(i);
                    }
                    if let Some(c) = cond {
                        self.expr(c);
                    }
                    if let Some(p) = post {
                        self.stmt(p);
                    }
                    self.block(body);
                }
                StmtKind::Range {
                    key,
                    value,
                    x,
                    body,
                    ..
                } => {
                    for e in [key, value].into_iter().flatten() {
                        self.expr(e);
                    }
                    self.expr(x);
                    self.block(body);
                }
            }
        }
        fn clauses(&mut self, body: &[&CaseClause]) {
            for c in body {
                c.list.iter().for_each(|e| self.expr(e));
                c.body.iter().for_each(|s| self.stmt(s));
            }
        }
    }
    let mut all = String::new();
    for path in std::fs::read_to_string(&list).unwrap().lines() {
        let Ok(src) = std::fs::read_to_string(path) else {
            continue;
        };
        let mut sm = SourceMap::new();
        let fi = sm.add(path, "p", src);
        let arena = bumpalo::Bump::new();
        let mut ids = NodeIdGen::default();
        let (f, errs) = parse_file(&arena, &sm, fi, &mut ids);
        if !errs.is_empty() {
            continue;
        }
        let mut w = W {
            sm: &sm,
            out: String::new(),
        };
        w.id(f.name);
        for d in f.decls {
            match d {
                Decl::Gen(g) => w.gen(g),
                Decl::Func(fd) => {
                    if let Some(r) = fd.recv {
                        w.fields(r, false);
                    }
                    w.id(fd.name);
                    w.functype(fd.typ);
                    if let Some(b) = fd.body {
                        w.block(b);
                    }
                }
                Decl::Bad(_) => {}
            }
        }
        let _ = write!(all, "FILE {}\n{}", path, w.out);
    }
    std::fs::write(outp, all).unwrap();
}
