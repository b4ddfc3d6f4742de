// Shared helpers for the type checker tests (included with `mod`).
#![allow(dead_code)]

use frontend::load::{load_program, Program};

/// Checks a main package; errors as "line:col: msg" (file name dropped).
pub fn check<'a>(arena: &'a bumpalo::Bump, src: &str) -> Result<Program<'a>, Vec<String>> {
    match load_program(
        arena,
        vec![("./main.go".to_string(), src.to_string())],
        &["runtime"],
    ) {
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

use frontend::syntax::ast::*;

/// Calls `f` on every expression of a file (pre-order).
pub fn walk_exprs<'a>(file: &'a File<'a>, f: &mut dyn FnMut(&'a Expr<'a>)) {
    fn e<'a>(x: &'a Expr<'a>, f: &mut dyn FnMut(&'a Expr<'a>)) {
        f(x);
        match &x.kind {
            ExprKind::Ellipsis(Some(y))
            | ExprKind::Paren(y)
            | ExprKind::Star(y)
            | ExprKind::Unary { x: y, .. } => e(y, f),
            ExprKind::Binary { x: a, y: b, .. }
            | ExprKind::KeyValue { key: a, value: b }
            | ExprKind::MapType { key: a, value: b } => {
                e(a, f);
                e(b, f);
            }
            ExprKind::FuncLit { typ, body } => {
                ft(typ, f);
                blk(body.list, f);
            }
            ExprKind::CompositeLit { typ, elts, .. } => {
                if let Some(t) = typ {
                    e(t, f);
                }
                for y in elts.iter() {
                    e(y, f);
                }
            }
            ExprKind::Selector { x: y, .. } => e(y, f),
            ExprKind::Index { x: y, indices, .. } => {
                e(y, f);
                for i in indices.iter() {
                    e(i, f);
                }
            }
            ExprKind::Slice {
                x: y,
                low,
                high,
                max,
                ..
            } => {
                e(y, f);
                for i in [low, high, max].into_iter().flatten() {
                    e(i, f);
                }
            }
            ExprKind::TypeAssert { x: y, typ } => {
                e(y, f);
                if let Some(t) = typ {
                    e(t, f);
                }
            }
            ExprKind::Call { fun, args, .. } => {
                e(fun, f);
                for a in args.iter() {
                    e(a, f);
                }
            }
            ExprKind::ArrayType { len, elem } => {
                if let Some(l) = len {
                    e(l, f);
                }
                e(elem, f);
            }
            ExprKind::ChanType { value, .. } => e(value, f),
            ExprKind::StructType { fields } | ExprKind::InterfaceType { methods: fields } => {
                fl(fields, f)
            }
            ExprKind::FuncType(t) => ft(t, f),
            _ => {}
        }
    }
    fn fl<'a>(l: &'a FieldList<'a>, f: &mut dyn FnMut(&'a Expr<'a>)) {
        for x in l.list.iter() {
            e(x.typ, f);
        }
    }
    fn ft<'a>(t: &'a FuncType<'a>, f: &mut dyn FnMut(&'a Expr<'a>)) {
        fl(t.params, f);
        if let Some(r) = t.results {
            fl(r, f);
        }
    }
    fn blk<'a>(l: &'a [Stmt<'a>], f: &mut dyn FnMut(&'a Expr<'a>)) {
        for s in l.iter() {
            st(s, f);
        }
    }
    fn st<'a>(s: &'a Stmt<'a>, f: &mut dyn FnMut(&'a Expr<'a>)) {
        match &s.kind {
            StmtKind::Decl(g) => gd(g, f),
            StmtKind::Labeled { stmt, .. } => st(stmt, f),
            StmtKind::Expr(x)
            | StmtKind::Go(x)
            | StmtKind::Defer(x)
            | StmtKind::IncDec { x, .. } => e(x, f),
            StmtKind::Send { chan, value } => {
                e(chan, f);
                e(value, f);
            }
            StmtKind::Assign { lhs, rhs, .. } => {
                for x in lhs.iter().chain(rhs.iter()) {
                    e(x, f);
                }
            }
            StmtKind::Return { results } => {
                for x in results.iter() {
                    e(x, f);
                }
            }
            StmtKind::Block(b) => blk(b.list, f),
            StmtKind::If {
                init,
                cond,
                body,
                els,
            } => {
                if let Some(i) = init {
                    st(i, f);
                }
                e(cond, f);
                blk(body.list, f);
                if let Some(x) = els {
                    st(x, f);
                }
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                if let Some(i) = init {
                    st(i, f);
                }
                if let Some(t) = tag {
                    e(t, f);
                }
                for cc in body.iter() {
                    for x in cc.list.iter() {
                        e(x, f);
                    }
                    blk(cc.body, f);
                }
            }
            StmtKind::TypeSwitch { init, x, body, .. } => {
                if let Some(i) = init {
                    st(i, f);
                }
                e(x, f);
                for cc in body.iter() {
                    for y in cc.list.iter() {
                        e(y, f);
                    }
                    blk(cc.body, f);
                }
            }
            StmtKind::Select { body } => {
                for cc in body.iter() {
                    if let Some(c) = cc.comm {
                        st(c, f);
                    }
                    blk(cc.body, f);
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                if let Some(i) = init {
                    st(i, f);
                }
                if let Some(c) = cond {
                    e(c, f);
                }
                if let Some(p) = post {
                    st(p, f);
                }
                blk(body.list, f);
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                for y in [key, value].into_iter().flatten() {
                    e(y, f);
                }
                e(x, f);
                blk(body.list, f);
            }
            _ => {}
        }
    }
    fn gd<'a>(g: &'a GenDecl<'a>, f: &mut dyn FnMut(&'a Expr<'a>)) {
        for sp in g.specs.iter() {
            match sp {
                Spec::Value(vs) => {
                    if let Some(t) = vs.typ {
                        e(t, f);
                    }
                    for v in vs.values.iter() {
                        e(v, f);
                    }
                }
                Spec::Type(ts) => e(ts.typ, f),
                Spec::Import(_) => {}
            }
        }
    }
    for d in file.decls.iter() {
        match d {
            Decl::Gen(g) => gd(g, f),
            Decl::Func(fd) => {
                if let Some(r) = fd.recv {
                    fl(r, f);
                }
                ft(fd.typ, f);
                if let Some(b) = fd.body {
                    blk(b.list, f);
                }
            }
            Decl::Bad(_) => {}
        }
    }
}

/// The main package's expressions whose source text (`expr_string`) is `text`, in order.
pub fn find<'a>(p: &Program<'a>, text: &str) -> Vec<&'a Expr<'a>> {
    let mut out = Vec::new();
    let main = p.packages.last().unwrap();
    for f in &main.files {
        walk_exprs(f, &mut |x| {
            if frontend::types::check::expr_string(x) == text {
                out.push(x);
            }
        });
    }
    out
}

/// Type (as types2 prints it) and constant of the first expression `text`.
pub fn tv(p: &Program<'_>, text: &str) -> (String, Option<String>) {
    let e = find(p, text);
    let e = e.first().unwrap_or_else(|| panic!("no expression {text}"));
    let t = p
        .info
        .type_of(e.id)
        .unwrap_or_else(|| panic!("no type for {text}"));
    (
        p.type_string_q(
            t.typ,
            frontend::types::Qualifier::Types2 {
                local: Some(frontend::types::PkgId(p.packages.len() as u32 - 1)),
            },
        ),
        t.value
            .as_ref()
            .map(frontend::types::constant::const_string),
    )
}
