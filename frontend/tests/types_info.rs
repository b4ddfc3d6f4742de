//! Info completeness: every expression of every checked program has a
//! recorded type, every identifier a def or use (go/types' exceptions
//! aside), every field/method selector a selection.
mod types_util;

use frontend::syntax::ast::*;
use frontend::types::{Info, Mode, ObjKind};

struct Walk<'i> {
    info: &'i Info<'i>,
    objs: &'i [frontend::types::Object],
    missing: Vec<String>,
}

impl<'i> Walk<'i> {
    fn ident(&mut self, id: &Ident<'_>, what: &str) {
        if id.name == "_" {
            return;
        }
        if self.info.object_of(id.id).is_none() {
            self.missing
                .push(format!("ident {} ({}) has no object", id.name, what));
        }
    }
    fn expr(&mut self, e: &Expr<'_>) {
        match &e.kind {
            ExprKind::Ident(id) => {
                self.ident(id, "expr");
                if id.name == "_" {
                    return;
                }
                if let Some(o) = self.info.object_of(id.id) {
                    if matches!(self.objs[o.0 as usize].kind, ObjKind::PkgName(_)) {
                        return;
                    }
                }
                self.has_type(e);
                return;
            }
            ExprKind::KeyValue { key, value } => {
                // struct literal keys are field names (uses), others are values
                if let ExprKind::Ident(k) = &key.kind {
                    if self.info.type_of(key.id).is_none() {
                        self.ident(k, "key");
                    } else {
                        self.expr(key);
                    }
                } else {
                    self.expr(key);
                }
                self.expr(value);
                return;
            }
            ExprKind::TypeAssert { x, typ: None } => {
                self.expr(x);
                return;
            }
            ExprKind::Bad => return,
            _ => {}
        }
        self.has_type(e);
        match &e.kind {
            ExprKind::Ellipsis(Some(x)) | ExprKind::Paren(x) | ExprKind::Star(x) => self.expr(x),
            ExprKind::Unary { x, .. } => self.expr(x),
            ExprKind::Binary { x, y, .. } => {
                self.expr(x);
                self.expr(y);
            }
            ExprKind::FuncLit { typ, body } => {
                self.func_type(typ);
                self.block(body);
            }
            ExprKind::CompositeLit { typ, elts, .. } => {
                if let Some(t) = typ {
                    self.expr(t);
                }
                for el in elts.iter() {
                    self.expr(el);
                }
            }
            ExprKind::Selector { x, sel } => {
                self.expr(x);
                self.ident(sel, "sel");
                let is_pkg = matches!(&x.kind, ExprKind::Ident(i) if self.info.object_of(i.id).map(|o| matches!(self.objs[o.0 as usize].kind, ObjKind::PkgName(_))).unwrap_or(false));
                let is_type = self
                    .info
                    .type_of(e.id)
                    .map(|t| t.mode == Mode::TypeExpr)
                    .unwrap_or(false);
                if !is_pkg && !is_type && !self.info.selections.contains_key(&e.id) {
                    self.missing
                        .push(format!("selector .{} has no selection", sel.name));
                }
            }
            ExprKind::Index { x, indices, .. } => {
                self.expr(x);
                for i in indices.iter() {
                    self.expr(i);
                }
            }
            ExprKind::Slice {
                x, low, high, max, ..
            } => {
                self.expr(x);
                for i in [low, high, max].into_iter().flatten() {
                    self.expr(i);
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
                for a in args.iter() {
                    self.expr(a);
                }
            }
            ExprKind::ArrayType { len, elem } => {
                if let Some(l) = len {
                    if !matches!(l.kind, ExprKind::Ellipsis(None)) {
                        self.expr(l);
                    }
                }
                self.expr(elem);
            }
            ExprKind::MapType { key, value } => {
                self.expr(key);
                self.expr(value);
            }
            ExprKind::ChanType { value, .. } => self.expr(value),
            ExprKind::StructType { fields } => self.fields(fields),
            ExprKind::FuncType(ft) => self.func_type(ft),
            ExprKind::InterfaceType { methods } => {
                for f in methods.list.iter() {
                    for n in f.names.iter() {
                        self.ident(n, "method");
                    }
                    if let ExprKind::FuncType(ft) = &f.typ.kind {
                        self.func_type(ft);
                    } else {
                        self.expr(f.typ);
                    }
                }
            }
            _ => {}
        }
    }
    fn has_type(&mut self, e: &Expr<'_>) {
        if self.info.type_of(e.id).is_none() {
            self.missing.push(format!(
                "expr {:?} at {:?} has no type",
                frontend::types::check::expr_string(e),
                e.pos
            ));
        }
    }
    fn fields(&mut self, fl: &FieldList<'_>) {
        for f in fl.list.iter() {
            for n in f.names.iter() {
                self.ident(n, "field");
            }
            self.expr(f.typ);
        }
    }
    fn func_type(&mut self, ft: &FuncType<'_>) {
        self.fields(ft.params);
        if let Some(r) = ft.results {
            self.fields(r);
        }
    }
    fn block(&mut self, b: &BlockStmt<'_>) {
        for s in b.list.iter() {
            self.stmt(s);
        }
    }
    fn stmt(&mut self, s: &Stmt<'_>) {
        match &s.kind {
            StmtKind::Decl(g) => self.gen_decl(g),
            StmtKind::Labeled { label, stmt } => {
                self.ident(label, "label");
                self.stmt(stmt);
            }
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send { chan, value } => {
                self.expr(chan);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign { lhs, rhs, .. } => {
                for e in lhs.iter() {
                    if let ExprKind::Ident(i) = &e.kind {
                        if i.name == "_" {
                            continue;
                        }
                        if self.info.def(i.id).is_some() {
                            self.ident(i, "lhs");
                            continue;
                        }
                    }
                    self.expr(e);
                }
                for e in rhs.iter() {
                    self.expr(e);
                }
            }
            StmtKind::Return { results } => {
                for e in results.iter() {
                    self.expr(e);
                }
            }
            StmtKind::Branch { label: Some(l), .. } => self.ident(l, "branch label"),
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
                for cc in body.iter() {
                    for e in cc.list.iter() {
                        self.expr(e);
                    }
                    for s in cc.body.iter() {
                        self.stmt(s);
                    }
                }
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
                self.expr(x);
                for cc in body.iter() {
                    if bind.is_some() && !self.info.implicits.contains_key(&cc.implicit_id) {
                        self.missing
                            .push("type switch clause without implicit object".into());
                    }
                    for e in cc.list.iter() {
                        self.expr(e);
                    }
                    for s in cc.body.iter() {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::Select { body } => {
                for cc in body.iter() {
                    if let Some(c) = cc.comm {
                        self.stmt(c);
                    }
                    for s in cc.body.iter() {
                        self.stmt(s);
                    }
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
                    if let ExprKind::Ident(i) = &e.kind {
                        if i.name == "_" {
                            continue;
                        }
                    }
                    self.expr(e);
                }
                self.expr(x);
                self.block(body);
            }
            _ => {}
        }
    }
    fn gen_decl(&mut self, g: &GenDecl<'_>) {
        for sp in g.specs.iter() {
            match sp {
                Spec::Import(_) => {}
                Spec::Value(vs) => {
                    for n in vs.names.iter() {
                        self.ident(n, "value spec");
                    }
                    if let Some(t) = vs.typ {
                        self.expr(t);
                    }
                    for v in vs.values.iter() {
                        self.expr(v);
                    }
                }
                Spec::Type(ts) => {
                    self.ident(ts.name, "type spec");
                    self.expr(ts.typ);
                }
            }
        }
    }
    fn file(&mut self, f: &File<'_>) {
        for d in f.decls.iter() {
            match d {
                Decl::Gen(g) => self.gen_decl(g),
                Decl::Func(fd) => {
                    self.ident(fd.name, "func");
                    if let Some(r) = fd.recv {
                        self.fields(r);
                    }
                    self.func_type(fd.typ);
                    if let Some(b) = fd.body {
                        self.block(b);
                    }
                }
                Decl::Bad(_) => {}
            }
        }
    }
}

pub fn check_info(src: &str) -> Vec<String> {
    let arena = bumpalo::Bump::new();
    let p = match types_util::check(&arena, src) {
        Ok(p) => p,
        Err(e) => return e,
    };
    let mut w = Walk {
        info: &p.info,
        objs: &p.objects,
        missing: Vec::new(),
    };
    for pkg in &p.packages {
        for f in &pkg.files {
            w.file(f);
        }
    }
    w.missing
}

#[test]
fn info_complete_on_conformance_programs() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let root = if std::path::Path::new(root).join("tests/go/run").is_dir() {
        root.to_string()
    } else {
        "/work/main".to_string()
    };
    // Programs the conformance suite lists as known failing (features of a
    // later issue, e.g. generic library APIs) are skipped here too.
    let known: Vec<String> =
        std::fs::read_to_string(std::path::Path::new(&root).join("tests/known_failing.txt"))
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.split('#').next())
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
    let mut bad = Vec::new();
    let mut n = 0;
    for sub in [
        "tests/go/run",
        "tests/go/panic",
        "benches/programs",
        "examples",
    ] {
        let Ok(rd) = std::fs::read_dir(std::path::Path::new(&root).join(sub)) else {
            continue;
        };
        let mut paths: Vec<_> = rd
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().map(|x| x == "go").unwrap_or(false))
            .collect();
        paths.sort();
        for p in paths {
            let cat = sub.rsplit('/').next().unwrap_or(sub);
            let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            if known.iter().any(|k| *k == format!("{cat}::{stem}")) {
                continue;
            }
            let src = std::fs::read_to_string(&p).unwrap();
            let m = check_info(&src);
            n += 1;
            if !m.is_empty() {
                bad.push(format!(
                    "{}: {}",
                    p.display(),
                    m[..m.len().min(5)].join("; ")
                ));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {} programs incomplete:\n{}",
        bad.len(),
        n,
        bad.join("\n")
    );
}

#[test]
#[ignore = "on-demand check of other files: GOINFO=a.go:b.go ... -- --ignored"]
fn info_complete_on_files_from_env() {
    let Ok(paths) = std::env::var("GOINFO") else {
        return;
    };
    for p in paths.split(':') {
        let src = std::fs::read_to_string(p).unwrap();
        let m = check_info(&src);
        assert!(m.is_empty(), "{}: {}", p, m.join("\n"));
    }
}
