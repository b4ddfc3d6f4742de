//! Snapshot tests of AST shapes and positions over programs that cover the
//! grammar (each builds with go 1.27). `syntax_shapes/NAME.go` is dumped
//! with `syntax::dump` and compared with `NAME.dump`; run with
//! `UPDATE_SNAPSHOTS=1` to rewrite the dumps (then review the diff).
//! Also checks that all node ids of a program are distinct and dense.

use frontend::syntax::ast::*;
use frontend::syntax::{dump::dump_file, parse_file, source::SourceMap, NodeIdGen};
use std::collections::HashSet;
use std::path::Path;

struct Ids(HashSet<u32>, Vec<u32>);

impl Ids {
    fn add(&mut self, id: NodeId) {
        assert!(self.0.insert(id.0), "duplicate id {}", id.0);
        self.1.push(id.0);
    }
    fn ident(&mut self, i: &Ident) {
        assert!(i.pos.is_valid());
        self.add(i.id);
    }
    fn fields(&mut self, fl: &FieldList) {
        for f in fl.list {
            for n in f.names {
                self.ident(n);
            }
            self.expr(f.typ);
        }
    }
    fn sig(&mut self, t: &FuncType) {
        if let Some(tp) = t.type_params {
            self.fields(tp);
        }
        self.fields(t.params);
        if let Some(r) = t.results {
            self.fields(r);
        }
    }
    fn expr(&mut self, x: &Expr) {
        self.add(x.id);
        assert!(
            x.pos.is_valid() && x.start().is_valid() && x.start() <= x.pos
                || matches!(x.kind, ExprKind::Slice { .. })
        );
        match &x.kind {
            ExprKind::Bad | ExprKind::BasicLit(_) => {}
            ExprKind::Ident(i) => self.ident(i),
            ExprKind::Ellipsis(e) => {
                if let Some(e) = e {
                    self.expr(e)
                }
            }
            ExprKind::FuncLit { typ, body } => {
                self.sig(typ);
                self.block(body);
            }
            ExprKind::CompositeLit { typ, elts, .. } => {
                if let Some(t) = typ {
                    self.expr(t);
                }
                elts.iter().for_each(|e| self.expr(e));
            }
            ExprKind::Paren(e) | ExprKind::Star(e) | ExprKind::Unary { x: e, .. } => self.expr(e),
            ExprKind::Selector { x, sel } => {
                self.expr(x);
                self.ident(sel);
            }
            ExprKind::Index { x, indices, .. } => {
                self.expr(x);
                indices.iter().for_each(|e| self.expr(e));
            }
            ExprKind::Slice {
                x, low, high, max, ..
            } => {
                self.expr(x);
                for e in [low, high, max].into_iter().flatten() {
                    self.expr(e);
                }
            }
            ExprKind::TypeAssert { x, typ } => {
                self.expr(x);
                if let Some(t) = typ {
                    self.expr(t);
                }
            }
            ExprKind::Call { fun, args, .. } => {
                self.expr(fun);
                args.iter().for_each(|e| self.expr(e));
            }
            ExprKind::Binary { x, y, .. } => {
                self.expr(x);
                self.expr(y);
            }
            ExprKind::KeyValue { key, value } => {
                self.expr(key);
                self.expr(value);
            }
            ExprKind::ArrayType { len, elem } => {
                if let Some(l) = len {
                    self.expr(l);
                }
                self.expr(elem);
            }
            ExprKind::StructType { fields } => self.fields(fields),
            ExprKind::FuncType(t) => self.sig(t),
            ExprKind::InterfaceType { methods } => self.fields(methods),
            ExprKind::MapType { key, value } => {
                self.expr(key);
                self.expr(value);
            }
            ExprKind::ChanType { value, .. } => self.expr(value),
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
                        self.ident(n);
                    }
                }
                Spec::Value(v) => {
                    v.names.iter().for_each(|n| self.ident(n));
                    if let Some(t) = v.typ {
                        self.expr(t);
                    }
                    v.values.iter().for_each(|e| self.expr(e));
                }
                Spec::Type(t) => {
                    self.ident(t.name);
                    if let Some(tp) = t.type_params {
                        self.fields(tp);
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
                self.ident(label);
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
                lhs.iter().chain(rhs.iter()).for_each(|e| self.expr(e));
            }
            StmtKind::Return { results } => results.iter().for_each(|e| self.expr(e)),
            StmtKind::Branch { label, .. } => {
                if let Some(l) = label {
                    self.ident(l);
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
                    self.ident(b);
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
            self.add(c.implicit_id);
            c.list.iter().for_each(|e| self.expr(e));
            c.body.iter().for_each(|s| self.stmt(s));
        }
    }
    fn file(&mut self, f: &File) {
        self.ident(f.name);
        for d in f.decls {
            match d {
                Decl::Gen(g) => self.gen(g),
                Decl::Func(fd) => {
                    if let Some(r) = fd.recv {
                        self.fields(r);
                    }
                    self.ident(fd.name);
                    self.sig(fd.typ);
                    if let Some(b) = fd.body {
                        self.block(b);
                    }
                }
                Decl::Bad(_) => {}
            }
        }
    }
}

#[test]
fn shapes_match_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax_shapes");
    let update = std::env::var("UPDATE_SNAPSHOTS").is_ok();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    names.sort();
    assert!(names.len() >= 4);
    // All files share one id generator, as files of one program do.
    let mut ids = NodeIdGen::default();
    let mut seen = Ids(HashSet::new(), Vec::new());
    let arena = bumpalo::Bump::new();
    let mut sm = SourceMap::new();
    let mut failures = Vec::new();
    for path in &names {
        let src = std::fs::read_to_string(path).unwrap();
        let fi = sm.add("./main.go", "main", src);
        let (f, errs) = parse_file(&arena, &sm, fi, &mut ids);
        assert!(errs.is_empty(), "{}: {:?}", path.display(), errs);
        seen.file(f);
        let dump = dump_file(f, &sm);
        let snap = path.with_extension("dump");
        if update {
            std::fs::write(&snap, &dump).unwrap();
        } else {
            let want = std::fs::read_to_string(&snap).unwrap_or_default();
            if want != dump {
                failures.push(format!("{} differs; got:\n{}", path.display(), dump));
            }
        }
    }
    // Ids: distinct (checked on insert) and nearly dense.
    let n = ids.next as usize;
    assert!(seen.1.iter().all(|&i| (i as usize) < n));
    assert!(
        seen.1.len() * 100 >= n * 95,
        "{} ids used of {}",
        seen.1.len(),
        n
    );
    if !failures.is_empty() {
        panic!("{}", failures.join("\n"));
    }
}
