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
use super::source::Pos;
use super::token::Token;
use super::NodeIdGen;
use bumpalo::Bump;
use std::cell::Cell;
use std::collections::HashMap;

pub struct Cloner<'a, 'g> {
    pub arena: &'a Bump,
    pub ids: &'g mut NodeIdGen,
    /// Every identifier name met while copying (the checker marks imports
    /// used by generic bodies it never checks in their generic form).
    pub names: Vec<&'a str>,
    /// Set when copying the body of a range-over-func loop into the body
    /// of its yield function: statements that leave the body are rewritten.
    pub exits: Option<RangeExits<'a>>,
    /// Substitution mode (`substitute`): node ids are kept, and each range
    /// loop whose `x` is a key here is replaced by the block it maps to.
    replace: Option<&'g HashMap<NodeId, &'a Stmt<'a>>>,
}

/// `decl` with every rewritten range-over-func loop replaced by its block
/// (`types::Info::range_funcs`), all node ids kept: the copy is the same
/// checked tree, in the shape later phases compile.
pub fn substitute<'a>(
    arena: &'a Bump,
    decl: Decl<'a>,
    replace: &HashMap<NodeId, &'a Stmt<'a>>,
) -> Decl<'a> {
    let mut ids = NodeIdGen::default();
    let mut c = Cloner::new(arena, &mut ids);
    c.replace = Some(replace);
    match decl {
        Decl::Func(f) => Decl::Func(c.func_decl_as_is(f)),
        Decl::Gen(g) => Decl::Gen(c.gen_decl(g)),
        Decl::Bad(p) => Decl::Bad(p),
    }
}

/// How the body of `for x := range f { ... }` leaves the loop, once it is
/// the body of the yield function `func(x T) bool` (types::rangefunc).
///
/// `break` becomes `return false`, `continue` becomes `return true`; a
/// `return`, or a `break`/`continue`/`goto` to a label outside the body,
/// sets the state variable `next` to the exit's code and returns false, and
/// the code after the call of `f` finishes the exit. Code 1 is a return
/// with values (stored in `results` first), 2 a bare return, 3 + k the k-th
/// entry of `outer`.
pub struct RangeExits<'a> {
    /// Names of the exit variable, of the iteration state variable (0 in
    /// the body, 1 once it returned false, 2 after the loop) and of the
    /// result temporaries.
    pub next: &'a str,
    pub state: &'a str,
    /// The list the body's `defer`s append to (run when the enclosing
    /// function returns), and whether the body has any.
    pub defers: &'a str,
    pub has_defer: bool,
    pub results: Vec<&'a str>,
    /// Labels declared inside the body (branches to them stay).
    pub inner_labels: Vec<&'a str>,
    pub outer: Vec<(BranchTok, &'a str)>,
    pub returns_values: bool,
    pub returns_bare: bool,
    /// The loop's own label (`break L`/`continue L` leave the body).
    pub own_label: Option<&'a str>,
    /// Nesting inside the body: loops, breakable statements, functions.
    loops: u32,
    breakables: u32,
    funcs: u32,
}

impl<'a> RangeExits<'a> {
    pub fn new(
        next: &'a str,
        state: &'a str,
        defers: &'a str,
        results: Vec<&'a str>,
        inner_labels: Vec<&'a str>,
    ) -> Self {
        RangeExits {
            next,
            state,
            defers,
            has_defer: false,
            results,
            inner_labels,
            outer: Vec::new(),
            returns_values: false,
            returns_bare: false,
            own_label: None,
            loops: 0,
            breakables: 0,
            funcs: 0,
        }
    }

    /// Whether the state variable is needed.
    pub fn uses_next(&self) -> bool {
        self.returns_values || self.returns_bare || !self.outer.is_empty()
    }
}

impl<'a, 'g> Cloner<'a, 'g> {
    pub fn new(arena: &'a Bump, ids: &'g mut NodeIdGen) -> Self {
        Cloner {
            arena,
            ids,
            names: Vec::new(),
            exits: None,
            replace: None,
        }
    }

    // ---- synthesized code (node builders; positions are the caller's) ----

    pub fn mk_ident(&mut self, pos: Pos, name: &'a str) -> &'a Ident<'a> {
        let id = self.id();
        self.arena.alloc(Ident { id, pos, name })
    }

    pub fn ident_expr(&mut self, pos: Pos, name: &'a str) -> &'a Expr<'a> {
        let i = self.mk_ident(pos, name);
        self.new_expr(pos, ExprKind::Ident(i))
    }

    pub fn new_expr(&mut self, pos: Pos, kind: ExprKind<'a>) -> &'a Expr<'a> {
        let id = self.id();
        self.arena.alloc(Expr {
            id,
            pos,
            kind,
            parens: Cell::new(0),
            inst: Cell::new(false),
        })
    }

    pub fn mk_int(&mut self, pos: Pos, n: usize) -> &'a Expr<'a> {
        let value: &'a str = self.arena.alloc_str(&n.to_string());
        let lit = self.arena.alloc(BasicLit {
            pos,
            kind: Token::Int,
            value,
        });
        self.new_expr(pos, ExprKind::BasicLit(lit))
    }

    pub fn mk_call(&mut self, pos: Pos, fun: &'a Expr<'a>, args: &[&'a Expr<'a>]) -> &'a Expr<'a> {
        let args = self.arena.alloc_slice_copy(args);
        self.new_expr(
            pos,
            ExprKind::Call {
                fun,
                args,
                ellipsis: None,
                rparen: pos,
            },
        )
    }

    pub fn mk_assign(
        &mut self,
        pos: Pos,
        lhs: &[&'a Expr<'a>],
        tok: Token,
        rhs: &[&'a Expr<'a>],
    ) -> Stmt<'a> {
        Stmt {
            pos,
            kind: StmtKind::Assign {
                lhs: self.arena.alloc_slice_copy(lhs),
                tok,
                tok_pos: pos,
                rhs: self.arena.alloc_slice_copy(rhs),
            },
        }
    }

    pub fn mk_block(&mut self, pos: Pos, list: Vec<Stmt<'a>>) -> &'a BlockStmt<'a> {
        self.arena.alloc(BlockStmt {
            lbrace: pos,
            list: self.arena.alloc_slice_fill_iter(list),
            rbrace: pos,
        })
    }

    /// `{ list }` as a statement.
    pub fn mk_block_stmt(&mut self, pos: Pos, list: Vec<Stmt<'a>>) -> Stmt<'a> {
        Stmt {
            pos,
            kind: StmtKind::Block(self.mk_block(pos, list)),
        }
    }

    /// `if cond { then }`.
    pub fn mk_if(&mut self, pos: Pos, cond: &'a Expr<'a>, then: Vec<Stmt<'a>>) -> Stmt<'a> {
        Stmt {
            pos,
            kind: StmtKind::If {
                init: None,
                cond,
                body: self.mk_block(pos, then),
                els: None,
            },
        }
    }

    /// `var name typ`.
    pub fn mk_var(&mut self, pos: Pos, name: &'a str, typ: &'a Expr<'a>) -> Stmt<'a> {
        let ident = self.mk_ident(pos, name);
        let spec = self.arena.alloc(ValueSpec {
            names: self.arena.alloc_slice_copy(&[ident]),
            typ: Some(typ),
            values: &[],
            iota: 0,
        });
        Stmt {
            pos,
            kind: StmtKind::Decl(self.arena.alloc(GenDecl {
                pos,
                tok: Token::Var,
                lparen: None,
                specs: self.arena.alloc_slice_copy(&[Spec::Value(spec)]),
            })),
        }
    }

    /// `func(params) [result]`, each parameter `(name, type)`.
    pub fn mk_func_type(
        &mut self,
        pos: Pos,
        params: &[(&'a str, &'a Expr<'a>)],
        result: Option<&'a Expr<'a>>,
    ) -> &'a FuncType<'a> {
        let fields: Vec<&'a Field<'a>> = params
            .iter()
            .map(|&(n, typ)| {
                let ident = self.mk_ident(pos, n);
                &*self.arena.alloc(Field {
                    names: self.arena.alloc_slice_copy(&[ident]),
                    typ,
                    tag: None,
                })
            })
            .collect();
        let results = result.map(|typ| {
            let f: &'a Field<'a> = self.arena.alloc(Field {
                names: &[],
                typ,
                tag: None,
            });
            &*self.arena.alloc(FieldList {
                opening: None,
                list: self.arena.alloc_slice_copy(&[f]),
                closing: None,
            })
        });
        self.arena.alloc(FuncType {
            pos,
            type_params: None,
            params: self.arena.alloc(FieldList {
                opening: Some(pos),
                list: self.arena.alloc_slice_copy(&fields),
                closing: Some(pos),
            }),
            results,
        })
    }

    /// `return <name>`.
    pub fn return_ident(&mut self, pos: Pos, name: &'a str) -> Stmt<'a> {
        let e = self.ident_expr(pos, name);
        Stmt {
            pos,
            kind: StmtKind::Return {
                results: self.arena.alloc_slice_copy(&[e]),
            },
        }
    }

    /// `v = n`.
    pub fn assign_int(&mut self, pos: Pos, v: &'a str, n: usize) -> Stmt<'a> {
        let l = self.ident_expr(pos, v);
        let r = self.mk_int(pos, n);
        self.mk_assign(pos, &[l], Token::Assign, &[r])
    }

    /// `{ lhs = rhs...; next = code; state = 1; return false }` (without
    /// the `next` assignment for code 0: a plain `break`).
    fn exit_block(
        &mut self,
        pos: Pos,
        assign: Option<(&[&'a Expr<'a>], &[&'a Expr<'a>])>,
        code: usize,
    ) -> Stmt<'a> {
        let mut list = Vec::new();
        if let Some((lhs, rhs)) = assign {
            list.push(self.mk_assign(pos, lhs, Token::Assign, rhs));
        }
        let (next, state) = match self.exits.as_ref() {
            Some(x) => (x.next, x.state),
            None => ("_", "_"),
        };
        if code > 0 {
            list.push(self.assign_int(pos, next, code));
        }
        list.push(self.assign_int(pos, state, 1));
        list.push(self.return_ident(pos, "false"));
        self.mk_block_stmt(pos, list)
    }

    /// The replacement of a statement leaving a range-over-func body.
    fn range_exit(&mut self, s: &'a Stmt<'a>) -> Option<Stmt<'a>> {
        let x = self.exits.as_ref()?;
        if x.funcs > 0 {
            return None;
        }
        match &s.kind {
            StmtKind::Branch { tok, label: None } => match tok {
                BranchTok::Break if x.breakables == 0 => Some(self.exit_block(s.pos, None, 0)),
                BranchTok::Continue if x.loops == 0 => Some(self.return_ident(s.pos, "true")),
                _ => None,
            },
            StmtKind::Branch {
                tok,
                label: Some(l),
            } => {
                if x.inner_labels.contains(&l.name) {
                    return None;
                }
                if x.own_label == Some(l.name) {
                    return match tok {
                        BranchTok::Break => Some(self.exit_block(s.pos, None, 0)),
                        BranchTok::Continue => Some(self.return_ident(s.pos, "true")),
                        _ => None,
                    };
                }
                let x = self.exits.as_mut()?;
                let k = match x.outer.iter().position(|&(t, n)| t == *tok && n == l.name) {
                    Some(k) => k,
                    None => {
                        x.outer.push((*tok, l.name));
                        x.outer.len() - 1
                    }
                };
                Some(self.exit_block(s.pos, None, 3 + k))
            }
            StmtKind::Defer(call) => {
                let ExprKind::Call {
                    fun,
                    args,
                    ellipsis,
                    rparen,
                } = &call.unparen().kind
                else {
                    return None;
                };
                let x = self.exits.as_mut()?;
                x.has_defer = true;
                let defers = x.defers;
                Some(self.range_defer(s.pos, call.pos, fun, args, *ellipsis, *rparen, defers))
            }
            StmtKind::Return { results: [] } => {
                self.exits.as_mut()?.returns_bare = true;
                Some(self.exit_block(s.pos, None, 2))
            }
            StmtKind::Return { results } => {
                let x = self.exits.as_mut()?;
                x.returns_values = true;
                let names = x.results.clone();
                let rhs = self.exprs(results);
                let lhs: Vec<&'a Expr<'a>> =
                    names.iter().map(|n| self.ident_expr(s.pos, n)).collect();
                Some(self.exit_block(s.pos, Some((&lhs, rhs)), 1))
            }
            _ => None,
        }
    }

    /// `defer f(a, b)` in a range-over-func body: the function value and
    /// the arguments are evaluated now, as `defer` does, and the call is
    /// appended to the list the enclosing function runs on return:
    /// `{ #df := f; #da0 := a; ...; defers = append(defers, func() { #df(#da0, ...) }) }`.
    /// A built-in is not a value, so only its arguments are evaluated
    /// early; literal arguments stay in place (they keep their untyped
    /// constant types).
    #[allow(clippy::too_many_arguments)]
    fn range_defer(
        &mut self,
        pos: Pos,
        cpos: Pos,
        fun: &'a Expr<'a>,
        args: &'a [&'a Expr<'a>],
        ellipsis: Option<Pos>,
        rparen: Pos,
        defers: &'a str,
    ) -> Stmt<'a> {
        const BUILTINS: &[&str] = &[
            "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make",
            "max", "min", "new", "panic", "print", "println", "real", "recover",
        ];
        let mut list = Vec::new();
        let define = |c: &mut Self, name: &'a str, e: &'a Expr<'a>| -> Stmt<'a> {
            let l = c.ident_expr(e.pos, name);
            let r = c.expr(e);
            c.mk_assign(pos, &[l], Token::Define, &[r])
        };
        let builtin =
            matches!(&fun.unparen().kind, ExprKind::Ident(i) if BUILTINS.contains(&i.name));
        let f = if builtin {
            self.expr(fun)
        } else {
            list.push(define(self, "#df", fun));
            self.ident_expr(fun.pos, "#df")
        };
        let mut cargs = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let literal = matches!(&a.unparen().kind, ExprKind::BasicLit(_))
                || matches!(&a.unparen().kind, ExprKind::Unary { x, .. } if matches!(x.kind, ExprKind::BasicLit(_)));
            if literal
                || (builtin
                    && i == 0
                    && matches!(&fun.unparen().kind, ExprKind::Ident(n) if n.name == "new" || n.name == "make"))
            {
                cargs.push(self.expr(a));
            } else {
                let name: &'a str = self.arena.alloc_str(&format!("#da{i}"));
                list.push(define(self, name, a));
                cargs.push(self.ident_expr(a.pos, name));
            }
        }
        let call = self.new_expr(
            cpos,
            ExprKind::Call {
                fun: f,
                args: self.arena.alloc_slice_copy(&cargs),
                ellipsis,
                rparen,
            },
        );
        let body = self.mk_block(
            pos,
            vec![Stmt {
                pos,
                kind: StmtKind::Expr(call),
            }],
        );
        let typ = self.mk_func_type(pos, &[], None);
        let lit = self.new_expr(pos, ExprKind::FuncLit { typ, body });
        let app = self.ident_expr(pos, "append");
        let d1 = self.ident_expr(pos, defers);
        let d2 = self.ident_expr(pos, defers);
        let appended = self.mk_call(pos, app, &[d1, lit]);
        list.push(self.mk_assign(pos, &[d2], Token::Assign, &[appended]));
        self.mk_block_stmt(pos, list)
    }

    /// Adjusts the nesting counts of `exits` by `d` (+1 entering, -1 leaving).
    fn nest(&mut self, loops: i32, breakables: i32, funcs: i32) {
        if let Some(x) = self.exits.as_mut() {
            x.loops = (x.loops as i32 + loops) as u32;
            x.breakables = (x.breakables as i32 + breakables) as u32;
            x.funcs = (x.funcs as i32 + funcs) as u32;
        }
    }

    fn id(&mut self) -> NodeId {
        let id = NodeId(self.ids.next);
        self.ids.next += 1;
        id
    }

    /// The id of the copy of node `orig`.
    fn id_of(&mut self, orig: NodeId) -> NodeId {
        if self.replace.is_some() {
            orig
        } else {
            self.id()
        }
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
        let id = self.id_of(i.id);
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

    /// A copy of `d` that keeps its type parameters and flags.
    fn func_decl_as_is(&mut self, d: &'a FuncDecl<'a>) -> &'a FuncDecl<'a> {
        let recv = d.recv.map(|r| self.field_list(r));
        let name = self.ident(d.name);
        let typ = self.func_type(d.typ);
        let body = d.body.map(|b| self.block(b));
        self.arena.alloc(FuncDecl {
            recv,
            name,
            typ,
            body,
            pragmas: d.pragmas,
            instance: d.instance,
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
        let id = self.id_of(e.id);
        let kind = match &e.kind {
            ExprKind::Bad => ExprKind::Bad,
            ExprKind::Ident(i) => ExprKind::Ident(self.ident(i)),
            ExprKind::Ellipsis(x) => ExprKind::Ellipsis(self.opt_expr(*x)),
            ExprKind::BasicLit(l) => ExprKind::BasicLit(l),
            ExprKind::FuncLit { typ, body } => {
                let typ = self.func_type(typ);
                self.nest(0, 0, 1);
                let body = self.block(body);
                self.nest(0, 0, -1);
                ExprKind::FuncLit { typ, body }
            }
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
            inst: Cell::new(self.replace.is_some() && e.inst.get()),
        })
    }

    pub fn block(&mut self, b: &'a BlockStmt<'a>) -> &'a BlockStmt<'a> {
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

    pub fn gen_decl(&mut self, g: &'a GenDecl<'a>) -> &'a GenDecl<'a> {
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
        let implicit_id = self.id_of(c.implicit_id);
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
        if let Some(r) = self.range_exit(s) {
            return r;
        }
        if let (Some(m), StmtKind::Range { x, .. }) = (self.replace, &s.kind) {
            if let Some(b) = m.get(&x.id) {
                return self.stmt_inner(b);
            }
        }
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
            } => {
                let init = self.opt_stmt(*init);
                let tag = self.opt_expr(*tag);
                self.nest(0, 1, 0);
                let body = self.slice(body, |c, cc: &'a &'a CaseClause<'a>| c.case_clause(cc));
                self.nest(0, -1, 0);
                StmtKind::Switch {
                    init,
                    tag,
                    body,
                    lbrace: *lbrace,
                    rbrace: *rbrace,
                }
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                lbrace,
                rbrace,
            } => {
                let init = self.opt_stmt(*init);
                let bind = self.opt_ident(*bind);
                let x = self.expr(x);
                self.nest(0, 1, 0);
                let body = self.slice(body, |c, cc: &'a &'a CaseClause<'a>| c.case_clause(cc));
                self.nest(0, -1, 0);
                StmtKind::TypeSwitch {
                    init,
                    bind,
                    x,
                    body,
                    lbrace: *lbrace,
                    rbrace: *rbrace,
                }
            }
            StmtKind::Select { body } => StmtKind::Select {
                body: self.select_body(body),
            },
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                let init = self.opt_stmt(*init);
                let cond = self.opt_expr(*cond);
                let post = self.opt_stmt(*post);
                self.nest(1, 1, 0);
                let body = self.block(body);
                self.nest(-1, -1, 0);
                StmtKind::For {
                    init,
                    cond,
                    post,
                    body,
                }
            }
            StmtKind::Range {
                key,
                value,
                tok,
                range_pos,
                x,
                body,
                ..
            } => {
                let key = self.opt_expr(*key);
                let value = self.opt_expr(*value);
                let x = self.expr(x);
                self.nest(1, 1, 0);
                let body = self.block(body);
                self.nest(-1, -1, 0);
                StmtKind::Range {
                    key,
                    value,
                    tok: *tok,
                    range_pos: *range_pos,
                    x,
                    body,
                }
            }
        };
        Stmt { pos: s.pos, kind }
    }

    fn select_body(&mut self, body: &'a [&'a CommClause<'a>]) -> &'a [&'a CommClause<'a>] {
        self.nest(0, 1, 0);
        let r = self.slice(body, |c, cc: &'a &'a CommClause<'a>| {
            let comm = c.opt_stmt(cc.comm);
            let body = c.stmts(cc.body);
            &*c.arena.alloc(CommClause {
                pos: cc.pos,
                comm,
                colon: cc.colon,
                body,
            })
        });
        self.nest(0, -1, 0);
        r
    }
}
