//! A readable dump of the AST (for tests and debugging): one line per
//! declaration, spec, field and statement, expressions as s-expressions
//! with their `line:col` positions (`(call@7:13 (sel@7:5 fmt Println) "hi"@7:14)`).

use super::ast::*;
use super::source::{Pos, SourceMap};
use std::fmt::Write;

pub struct Dumper<'m> {
    sm: &'m SourceMap,
    out: String,
    indent: usize,
}

/// Dumps a whole file.
pub fn dump_file(file: &File, sm: &SourceMap) -> String {
    let mut d = Dumper {
        sm,
        out: String::new(),
        indent: 0,
    };
    d.line(&format!("package {}", file.name.name));
    for decl in file.decls {
        d.decl(decl);
    }
    d.out
}

/// Dumps one expression as an s-expression.
pub fn dump_expr(x: &Expr, sm: &SourceMap) -> String {
    let d = Dumper {
        sm,
        out: String::new(),
        indent: 0,
    };
    d.expr(x)
}

impl Dumper<'_> {
    fn p(&self, pos: Pos) -> String {
        let p = self.sm.position(pos);
        format!("{}:{}", p.line, p.col)
    }

    fn line(&mut self, s: &str) {
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn decl(&mut self, d: &Decl) {
        match d {
            Decl::Bad(p) => {
                let s = format!("bad-decl@{}", self.p(*p));
                self.line(&s);
            }
            Decl::Gen(g) => self.gen_decl(g),
            Decl::Func(f) => {
                let mut s = format!("func {}@{}", f.name.name, self.p(f.name.pos));
                if let Some(r) = f.recv {
                    s = format!("{} recv{}", s, self.fields(r));
                }
                if !f.pragmas.is_empty() {
                    s = format!("{} pragmas[{}]", s, f.pragmas.join(","));
                }
                s.push(' ');
                s.push_str(&self.sig(f.typ));
                self.line(&s);
                if let Some(b) = f.body {
                    self.block(b);
                }
            }
        }
    }

    fn gen_decl(&mut self, g: &GenDecl) {
        let s = format!(
            "{}@{}{}",
            g.tok.as_str(),
            self.p(g.pos),
            if g.lparen.is_some() { " (group)" } else { "" }
        );
        self.line(&s);
        self.indent += 1;
        for spec in g.specs {
            let s = match spec {
                Spec::Import(i) => format!(
                    "import {}{:?}@{}",
                    i.name.map_or(String::new(), |n| format!("{} ", n.name)),
                    i.path_value,
                    self.p(i.path.pos)
                ),
                Spec::Value(v) => {
                    let names: Vec<_> = v
                        .names
                        .iter()
                        .map(|n| format!("{}@{}", n.name, self.p(n.pos)))
                        .collect();
                    let mut s = format!("value[{}] {}", v.iota, names.join(","));
                    if let Some(t) = v.typ {
                        s = format!("{} type={}", s, self.expr(t));
                    }
                    if !v.values.is_empty() {
                        s = format!("{} = {}", s, self.list(v.values));
                    }
                    s
                }
                Spec::Type(t) => {
                    let mut s = format!("type {}@{}", t.name.name, self.p(t.name.pos));
                    if let Some(tp) = t.type_params {
                        s = format!("{}{}", s, self.fields(tp));
                    }
                    if t.assign.is_some() {
                        s.push_str(" =");
                    }
                    format!("{} {}", s, self.expr(t.typ))
                }
            };
            self.line(&s);
        }
        self.indent -= 1;
    }

    fn list(&self, xs: &[&Expr]) -> String {
        xs.iter()
            .map(|x| self.expr(x))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn fields(&self, fl: &FieldList) -> String {
        let mut parts = Vec::new();
        for f in fl.list {
            let names: Vec<_> = f.names.iter().map(|n| n.name).collect();
            let mut s = if names.is_empty() {
                self.expr(f.typ)
            } else {
                format!("{} {}", names.join(","), self.expr(f.typ))
            };
            if let Some(t) = f.tag {
                s = format!("{} tag={}", s, t.value);
            }
            parts.push(s);
        }
        format!("[{}]", parts.join("; "))
    }

    fn sig(&self, t: &FuncType) -> String {
        let mut s = String::new();
        if let Some(tp) = t.type_params {
            let _ = write!(s, "tparams{} ", self.fields(tp));
        }
        let _ = write!(s, "params{}", self.fields(t.params));
        if let Some(r) = t.results {
            let _ = write!(s, " results{}", self.fields(r));
        }
        s
    }

    pub fn expr(&self, x: &Expr) -> String {
        let at = self.p(x.pos);
        match &x.kind {
            ExprKind::Bad => format!("bad@{}", at),
            ExprKind::Ident(n) => format!("{}@{}", n.name, at),
            ExprKind::Ellipsis(e) => match e {
                Some(e) => format!("(...@{} {})", at, self.expr(e)),
                None => format!("...@{}", at),
            },
            ExprKind::BasicLit(b) => format!("{}@{}", b.value, at),
            ExprKind::FuncLit { typ, body } => {
                format!(
                    "(funclit@{} {} {{{} stmts}})",
                    at,
                    self.sig(typ),
                    body.list.len()
                )
            }
            ExprKind::CompositeLit { typ, elts, .. } => {
                let t = typ.map_or("_".to_string(), |t| self.expr(t));
                format!("(lit@{} {} {})", at, t, self.list(elts)).replace(" )", ")")
            }
            ExprKind::Paren(e) => format!("(paren@{} {})", at, self.expr(e)),
            ExprKind::Selector { x: e, sel } => {
                format!("(sel@{} {} {})", at, self.expr(e), sel.name)
            }
            ExprKind::Index { x: e, indices, .. } => {
                format!("(index@{} {} {})", at, self.expr(e), self.list(indices))
            }
            ExprKind::Slice {
                x: e,
                low,
                high,
                max,
                slice3,
                ..
            } => {
                let o = |v: &Option<&Expr>| v.map_or("_".to_string(), |e| self.expr(e));
                format!(
                    "(slice{}@{} {} {} {}{})",
                    if *slice3 { "3" } else { "" },
                    at,
                    self.expr(e),
                    o(low),
                    o(high),
                    if *slice3 {
                        format!(" {}", o(max))
                    } else {
                        String::new()
                    }
                )
            }
            ExprKind::TypeAssert { x: e, typ } => match typ {
                Some(t) => format!("(assert@{} {} {})", at, self.expr(e), self.expr(t)),
                None => format!("(assert@{} {} type)", at, self.expr(e)),
            },
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                ..
            } => format!(
                "(call@{} {}{}{})",
                at,
                self.expr(fun),
                if args.is_empty() {
                    String::new()
                } else {
                    format!(" {}", self.list(args))
                },
                if ellipsis.is_some() { " ..." } else { "" }
            ),
            ExprKind::Star(e) => format!("(*@{} {})", at, self.expr(e)),
            ExprKind::Unary { op, x: e } => format!("({}@{} {})", op.as_str(), at, self.expr(e)),
            ExprKind::Binary { op, x: a, y: b } => {
                format!("({}@{} {} {})", op.as_str(), at, self.expr(a), self.expr(b))
            }
            ExprKind::KeyValue { key, value } => {
                format!("(kv@{} {} {})", at, self.expr(key), self.expr(value))
            }
            ExprKind::ArrayType { len, elem } => match len {
                Some(l) => format!("(array@{} {} {})", at, self.expr(l), self.expr(elem)),
                None => format!("(slicetype@{} {})", at, self.expr(elem)),
            },
            ExprKind::StructType { fields } => format!("(struct@{} {})", at, self.fields(fields)),
            ExprKind::FuncType(t) => format!("(functype@{} {})", at, self.sig(t)),
            ExprKind::InterfaceType { methods } => {
                format!("(interface@{} {})", at, self.fields(methods))
            }
            ExprKind::MapType { key, value } => {
                format!("(map@{} {} {})", at, self.expr(key), self.expr(value))
            }
            ExprKind::ChanType { dir, arrow, value } => {
                let d = match dir {
                    ChanDir::Both => "chan",
                    ChanDir::Send => "chan<-",
                    ChanDir::Recv => "<-chan",
                };
                let ar = if *arrow != x.pos {
                    format!(" arrow@{}", self.p(*arrow))
                } else {
                    String::new()
                };
                format!("({}@{}{} {})", d, at, ar, self.expr(value))
            }
        }
    }

    fn block(&mut self, b: &BlockStmt) {
        self.indent += 1;
        for s in b.list {
            self.stmt(s);
        }
        self.indent -= 1;
    }

    fn opt_stmt(&self, s: Option<&Stmt>) -> String {
        match s {
            None => "_".into(),
            Some(s) => {
                let mut d = Dumper {
                    sm: self.sm,
                    out: String::new(),
                    indent: 0,
                };
                d.stmt(s);
                d.out.trim_end().replace('\n', "; ")
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        let at = self.p(s.pos);
        let text = match &s.kind {
            StmtKind::Bad => format!("bad@{}", at),
            StmtKind::Decl(g) => {
                self.gen_decl(g);
                return;
            }
            StmtKind::Empty { implicit } => {
                format!("empty@{}{}", at, if *implicit { " implicit" } else { "" })
            }
            StmtKind::Labeled { label, stmt } => {
                self.line(&format!(
                    "label {}@{} :@{}",
                    label.name,
                    self.p(label.pos),
                    at
                ));
                self.stmt(stmt);
                return;
            }
            StmtKind::Expr(x) => format!("expr@{} {}", at, self.expr(x)),
            StmtKind::Send { chan, value } => {
                format!("send@{} {} {}", at, self.expr(chan), self.expr(value))
            }
            StmtKind::IncDec { x, tok } => format!("{}@{} {}", tok.as_str(), at, self.expr(x)),
            StmtKind::Assign { lhs, tok, rhs, .. } => {
                format!(
                    "assign{}@{} {} | {}",
                    tok.as_str(),
                    at,
                    self.list(lhs),
                    self.list(rhs)
                )
            }
            StmtKind::Go(x) => format!("go@{} {}", at, self.expr(x)),
            StmtKind::Defer(x) => format!("defer@{} {}", at, self.expr(x)),
            StmtKind::Return { results } => format!("return@{} {}", at, self.list(results))
                .trim_end()
                .to_string(),
            StmtKind::Branch { tok, label } => format!(
                "{:?}@{}{}",
                tok,
                at,
                label.map_or(String::new(), |l| format!(" {}@{}", l.name, self.p(l.pos)))
            ),
            StmtKind::Block(b) => {
                self.line(&format!("block@{}", at));
                self.block(b);
                return;
            }
            StmtKind::If {
                init,
                cond,
                body,
                els,
            } => {
                let s = format!(
                    "if@{} init={} cond={}",
                    at,
                    self.opt_stmt(*init),
                    self.expr(cond)
                );
                self.line(&s);
                self.block(body);
                if let Some(e) = els {
                    self.line("else");
                    self.indent += 1;
                    self.stmt(e);
                    self.indent -= 1;
                }
                return;
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                let s = format!(
                    "switch@{} init={} tag={}",
                    at,
                    self.opt_stmt(*init),
                    tag.map_or("_".into(), |t| self.expr(t))
                );
                self.line(&s);
                self.clauses(body);
                return;
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => {
                let s = format!(
                    "typeswitch@{} init={} bind={} x={}",
                    at,
                    self.opt_stmt(*init),
                    bind.map_or("_".into(), |b| format!("{}@{}", b.name, self.p(b.pos))),
                    self.expr(x)
                );
                self.line(&s);
                self.clauses(body);
                return;
            }
            StmtKind::Select { body } => {
                self.line(&format!("select@{}", at));
                self.indent += 1;
                for c in body.iter() {
                    let s = format!("comm@{} {}", self.p(c.pos), self.opt_stmt(c.comm));
                    self.line(&s);
                    self.indent += 1;
                    for s in c.body {
                        self.stmt(s);
                    }
                    self.indent -= 1;
                }
                self.indent -= 1;
                return;
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                let s = format!(
                    "for@{} init={} cond={} post={}",
                    at,
                    self.opt_stmt(*init),
                    cond.map_or("_".into(), |c| self.expr(c)),
                    self.opt_stmt(*post)
                );
                self.line(&s);
                self.block(body);
                return;
            }
            StmtKind::Range {
                key,
                value,
                tok,
                range_pos,
                x,
                body,
            } => {
                let o = |v: &Option<&Expr>| v.map_or("_".to_string(), |e| self.expr(e));
                let s = format!(
                    "range@{} {} {} {:?} range@{} {}",
                    at,
                    o(key),
                    o(value),
                    tok,
                    self.p(*range_pos),
                    self.expr(x)
                );
                self.line(&s);
                self.block(body);
                return;
            }
        };
        self.line(&text);
    }

    fn clauses(&mut self, body: &[&CaseClause]) {
        self.indent += 1;
        for c in body {
            let s = if c.is_default {
                format!("default@{}", self.p(c.pos))
            } else {
                format!("case@{} {}", self.p(c.pos), self.list(c.list))
            };
            self.line(&s);
            self.indent += 1;
            for s in c.body {
                self.stmt(s);
            }
            self.indent -= 1;
        }
        self.indent -= 1;
    }
}
