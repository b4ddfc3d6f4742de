//! Deep copies of declarations with fresh `NodeId`s.
//!
//! Generics are implemented by instantiation: each distinct instance of a
//! generic function or method (`Map[int, string]`, `(*Stack[int]).Push`) is
//! a copy of the generic declaration, checked with its type parameters bound
//! to the type arguments. The copy needs its own node ids because the
//! checker's side tables (`types::Info`) are indexed by them: one node, one
//! type. Positions, names and literals are shared with the original, so
//! errors and tracebacks point into the source as written.

use super::ast::*;
use super::NodeIdGen;
use bumpalo::Bump;
use std::cell::Cell;

pub struct Cloner<'a, 'g> {
    pub arena: &'a Bump,
    pub ids: &'g mut NodeIdGen,
    /// Every identifier name met while copying (the checker marks imports
    /// used by generic bodies it never checks in their generic form).
    pub names: Vec<&'a str>,
}

impl<'a, 'g> Cloner<'a, 'g> {
    pub fn new(arena: &'a Bump, ids: &'g mut NodeIdGen) -> Self {
        Cloner {
            arena,
            ids,
            names: Vec::new(),
        }
    }

    fn id(&mut self) -> NodeId {
        let id = NodeId(self.ids.next);
        self.ids.next += 1;
        id
    }

    fn slice<T, U: Copy>(
        &mut self,
        xs: &'a [T],
        mut f: impl FnMut(&mut Self, &'a T) -> U,
    ) -> &'a [U] {
        let v: Vec<U> = xs.iter().map(|x| f(self, x)).collect();
        self.arena.alloc_slice_copy(&v)
    }

    pub fn ident(&mut self, i: &'a Ident<'a>) -> &'a Ident<'a> {
        self.names.push(i.name);
        let id = self.id();
        self.arena.alloc(Ident {
            id,
            pos: i.pos,
            name: i.name,
        })
    }

    fn opt_ident(&mut self, i: Option<&'a Ident<'a>>) -> Option<&'a Ident<'a>> {
        i.map(|i| self.ident(i))
    }

    /// A copy of `d` as an instance: without its type parameter list, and
    /// marked `instance`.
    pub fn func_decl(&mut self, d: &'a FuncDecl<'a>) -> &'a FuncDecl<'a> {
        let recv = d.recv.map(|r| self.field_list(r));
        let name = self.ident(d.name);
        let mut typ = self.func_type_inner(d.typ);
        typ.type_params = None;
        let typ = self.arena.alloc(typ);
        let body = d.body.map(|b| self.block(b));
        self.arena.alloc(FuncDecl {
            recv,
            name,
            typ,
            body,
            pragmas: d.pragmas,
            instance: true,
        })
    }

    fn func_type_inner(&mut self, t: &'a FuncType<'a>) -> FuncType<'a> {
        FuncType {
            pos: t.pos,
            type_params: t.type_params.map(|f| self.field_list(f)),
            params: self.field_list(t.params),
            results: t.results.map(|f| self.field_list(f)),
        }
    }

    fn func_type(&mut self, t: &'a FuncType<'a>) -> &'a FuncType<'a> {
        let ft = self.func_type_inner(t);
        self.arena.alloc(ft)
    }

    pub fn field_list(&mut self, fl: &'a FieldList<'a>) -> &'a FieldList<'a> {
        let list = self.slice(fl.list, |c, f: &'a &'a Field<'a>| {
            let names = c.slice(f.names, |c, n: &'a &'a Ident<'a>| c.ident(n));
            let typ = c.expr(f.typ);
            &*c.arena.alloc(Field {
                names,
                typ,
                tag: f.tag,
            })
        });
        self.arena.alloc(FieldList {
            opening: fl.opening,
            list,
            closing: fl.closing,
        })
    }

    fn exprs(&mut self, xs: &'a [&'a Expr<'a>]) -> &'a [&'a Expr<'a>] {
        self.slice(xs, |c, x: &'a &'a Expr<'a>| c.expr(x))
    }

    fn opt_expr(&mut self, e: Option<&'a Expr<'a>>) -> Option<&'a Expr<'a>> {
        e.map(|e| self.expr(e))
    }

    pub fn expr(&mut self, e: &'a Expr<'a>) -> &'a Expr<'a> {
        let id = self.id();
        let kind = match &e.kind {
            ExprKind::Bad => ExprKind::Bad,
            ExprKind::Ident(i) => ExprKind::Ident(self.ident(i)),
            ExprKind::Ellipsis(x) => ExprKind::Ellipsis(self.opt_expr(*x)),
            ExprKind::BasicLit(l) => ExprKind::BasicLit(l),
            ExprKind::FuncLit { typ, body } => ExprKind::FuncLit {
                typ: self.func_type(typ),
                body: self.block(body),
            },
            ExprKind::CompositeLit {
                typ,
                lbrace,
                elts,
                rbrace,
            } => ExprKind::CompositeLit {
                typ: self.opt_expr(*typ),
                lbrace: *lbrace,
                elts: self.exprs(elts),
                rbrace: *rbrace,
            },
            ExprKind::Paren(x) => ExprKind::Paren(self.expr(x)),
            ExprKind::Selector { x, sel } => ExprKind::Selector {
                x: self.expr(x),
                sel: self.ident(sel),
            },
            ExprKind::Index { x, indices, rbrack } => ExprKind::Index {
                x: self.expr(x),
                indices: self.exprs(indices),
                rbrack: *rbrack,
            },
            ExprKind::Slice {
                x,
                low,
                high,
                max,
                slice3,
                rbrack,
            } => ExprKind::Slice {
                x: self.expr(x),
                low: self.opt_expr(*low),
                high: self.opt_expr(*high),
                max: self.opt_expr(*max),
                slice3: *slice3,
                rbrack: *rbrack,
            },
            ExprKind::TypeAssert { x, typ } => ExprKind::TypeAssert {
                x: self.expr(x),
                typ: self.opt_expr(*typ),
            },
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                rparen,
            } => ExprKind::Call {
                fun: self.expr(fun),
                args: self.exprs(args),
                ellipsis: *ellipsis,
                rparen: *rparen,
            },
            ExprKind::Star(x) => ExprKind::Star(self.expr(x)),
            ExprKind::Unary { op, x } => ExprKind::Unary {
                op: *op,
                x: self.expr(x),
            },
            ExprKind::Binary { op, x, y } => ExprKind::Binary {
                op: *op,
                x: self.expr(x),
                y: self.expr(y),
            },
            ExprKind::KeyValue { key, value } => ExprKind::KeyValue {
                key: self.expr(key),
                value: self.expr(value),
            },
            ExprKind::ArrayType { len, elem } => ExprKind::ArrayType {
                len: self.opt_expr(*len),
                elem: self.expr(elem),
            },
            ExprKind::StructType { fields } => ExprKind::StructType {
                fields: self.field_list(fields),
            },
            ExprKind::FuncType(t) => ExprKind::FuncType(self.func_type(t)),
            ExprKind::InterfaceType { methods } => ExprKind::InterfaceType {
                methods: self.field_list(methods),
            },
            ExprKind::MapType { key, value } => ExprKind::MapType {
                key: self.expr(key),
                value: self.expr(value),
            },
            ExprKind::ChanType { dir, arrow, value } => ExprKind::ChanType {
                dir: *dir,
                arrow: *arrow,
                value: self.expr(value),
            },
        };
        self.arena.alloc(Expr {
            id,
            pos: e.pos,
            kind,
            parens: Cell::new(e.parens.get()),
            inst: Cell::new(false),
        })
    }

    fn block(&mut self, b: &'a BlockStmt<'a>) -> &'a BlockStmt<'a> {
        let list = self.stmts(b.list);
        self.arena.alloc(BlockStmt {
            lbrace: b.lbrace,
            list,
            rbrace: b.rbrace,
        })
    }

    fn stmts(&mut self, xs: &'a [Stmt<'a>]) -> &'a [Stmt<'a>] {
        let v: Vec<Stmt<'a>> = xs.iter().map(|s| self.stmt_inner(s)).collect();
        self.arena.alloc_slice_fill_iter(v)
    }

    fn stmt(&mut self, s: &'a Stmt<'a>) -> &'a Stmt<'a> {
        let s = self.stmt_inner(s);
        self.arena.alloc(s)
    }

    fn opt_stmt(&mut self, s: Option<&'a Stmt<'a>>) -> Option<&'a Stmt<'a>> {
        s.map(|s| self.stmt(s))
    }

    fn gen_decl(&mut self, g: &'a GenDecl<'a>) -> &'a GenDecl<'a> {
        let specs = self.slice(g.specs, |c, s: &'a Spec<'a>| match s {
            Spec::Import(i) => Spec::Import(i),
            Spec::Value(v) => {
                let names = c.slice(v.names, |c, n: &'a &'a Ident<'a>| c.ident(n));
                let typ = c.opt_expr(v.typ);
                let values = c.exprs(v.values);
                Spec::Value(c.arena.alloc(ValueSpec {
                    names,
                    typ,
                    values,
                    iota: v.iota,
                }))
            }
            Spec::Type(t) => {
                let name = c.ident(t.name);
                let type_params = t.type_params.map(|f| c.field_list(f));
                let typ = c.expr(t.typ);
                Spec::Type(c.arena.alloc(TypeSpec {
                    name,
                    type_params,
                    assign: t.assign,
                    typ,
                }))
            }
        });
        self.arena.alloc(GenDecl {
            pos: g.pos,
            tok: g.tok,
            lparen: g.lparen,
            specs,
        })
    }

    fn case_clause(&mut self, c: &'a CaseClause<'a>) -> &'a CaseClause<'a> {
        let list = self.exprs(c.list);
        let body = self.stmts(c.body);
        let implicit_id = self.id();
        self.arena.alloc(CaseClause {
            pos: c.pos,
            list,
            is_default: c.is_default,
            colon: c.colon,
            body,
            implicit_id,
        })
    }

    fn stmt_inner(&mut self, s: &'a Stmt<'a>) -> Stmt<'a> {
        let kind = match &s.kind {
            StmtKind::Bad => StmtKind::Bad,
            StmtKind::Decl(g) => StmtKind::Decl(self.gen_decl(g)),
            StmtKind::Empty { implicit } => StmtKind::Empty {
                implicit: *implicit,
            },
            StmtKind::Labeled { label, stmt } => StmtKind::Labeled {
                label: self.ident(label),
                stmt: self.stmt(stmt),
            },
            StmtKind::Expr(e) => StmtKind::Expr(self.expr(e)),
            StmtKind::Send { chan, value } => StmtKind::Send {
                chan: self.expr(chan),
                value: self.expr(value),
            },
            StmtKind::IncDec { x, tok } => StmtKind::IncDec {
                x: self.expr(x),
                tok: *tok,
            },
            StmtKind::Assign {
                lhs,
                tok,
                tok_pos,
                rhs,
            } => StmtKind::Assign {
                lhs: self.exprs(lhs),
                tok: *tok,
                tok_pos: *tok_pos,
                rhs: self.exprs(rhs),
            },
            StmtKind::Go(e) => StmtKind::Go(self.expr(e)),
            StmtKind::Defer(e) => StmtKind::Defer(self.expr(e)),
            StmtKind::Return { results } => StmtKind::Return {
                results: self.exprs(results),
            },
            StmtKind::Branch { tok, label } => StmtKind::Branch {
                tok: *tok,
                label: self.opt_ident(*label),
            },
            StmtKind::Block(b) => StmtKind::Block(self.block(b)),
            StmtKind::If {
                init,
                cond,
                body,
                els,
            } => StmtKind::If {
                init: self.opt_stmt(*init),
                cond: self.expr(cond),
                body: self.block(body),
                els: self.opt_stmt(*els),
            },
            StmtKind::Switch {
                init,
                tag,
                body,
                lbrace,
                rbrace,
            } => StmtKind::Switch {
                init: self.opt_stmt(*init),
                tag: self.opt_expr(*tag),
                body: self.slice(body, |c, cc: &'a &'a CaseClause<'a>| c.case_clause(cc)),
                lbrace: *lbrace,
                rbrace: *rbrace,
            },
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                lbrace,
                rbrace,
            } => StmtKind::TypeSwitch {
                init: self.opt_stmt(*init),
                bind: self.opt_ident(*bind),
                x: self.expr(x),
                body: self.slice(body, |c, cc: &'a &'a CaseClause<'a>| c.case_clause(cc)),
                lbrace: *lbrace,
                rbrace: *rbrace,
            },
            StmtKind::Select { body } => StmtKind::Select {
                body: self.slice(body, |c, cc: &'a &'a CommClause<'a>| {
                    let comm = c.opt_stmt(cc.comm);
                    let body = c.stmts(cc.body);
                    &*c.arena.alloc(CommClause {
                        pos: cc.pos,
                        comm,
                        colon: cc.colon,
                        body,
                    })
                }),
            },
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => StmtKind::For {
                init: self.opt_stmt(*init),
                cond: self.opt_expr(*cond),
                post: self.opt_stmt(*post),
                body: self.block(body),
            },
            StmtKind::Range {
                key,
                value,
                tok,
                range_pos,
                x,
                body,
            } => StmtKind::Range {
                key: self.opt_expr(*key),
                value: self.opt_expr(*value),
                tok: *tok,
                range_pos: *range_pos,
                x: self.expr(x),
                body: self.block(body),
            },
        };
        Stmt { pos: s.pos, kind }
    }
}
