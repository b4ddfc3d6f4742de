//! Range over functions (Go 1.23 iterators), by rewriting the loop.
//!
//! ```text
//! for k, v := range seq { BODY }
//! ```
//!
//! where `seq` is a `func(yield func(K, V) bool)`, becomes
//!
//! ```text
//! {
//!     var #next int                  // only if BODY leaves by return/label
//!     var #r0 R0; ...                // only if BODY returns values
//!     seq(func(#p0 K, #p1 V) bool {  // the loop body, named main.f-range1
//!         k, v := #p0, #p1
//!         BODY'                      // see syntax::clone::RangeExits
//!         return true
//!     })
//!     if #next == 1 { return #r0, ... }
//!     if #next == 2 { return }
//!     if #next == 3 { break Outer }  // one per label left
//! }
//! ```
//!
//! The rewritten block is checked in place of the loop and recorded in
//! `Info::range_funcs`; escape analysis and codegen compile it instead of
//! the loop, so neither knows about iterators. The synthesized names start
//! with `#` (no Go identifier can) and carry a per-loop number, so nested
//! loops do not see each other's; the types they need are bound in a scope
//! around the block as `#`-named aliases.
//!
//! An iterator that calls yield again after the body returned false, or
//! after the loop ended, panics as in Go: the state variable `#state` says
//! which (`runtime.panicRangeState`).
//!
//! A `defer` in the body belongs to the enclosing function: the body
//! appends the deferred call (function and arguments evaluated at once) to
//! a list that a `defer runtime.runRangeDefers(&list)`, registered where
//! the loop starts, runs in reverse when the enclosing function returns.
//!
//! Not as Go: `recover()` called by a function deferred in the body
//! returns nil (it is not called directly by the deferred-call machinery);
//! an iterator that recovers a panic of the body and goes on is not
//! detected.

use super::check::*;
use super::well_known::*;
use super::*;
use crate::syntax::ast::*;
use crate::syntax::clone::{Cloner, RangeExits};
use crate::syntax::source::Pos;
use crate::syntax::token::Token;

impl<'a> Checker<'a> {
    /// Checks `for key, value (tok) range xe { body }` where `xe` (already
    /// evaluated to `x`) is a function.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn range_func(
        &mut self,
        s: &'a Stmt<'a>,
        key: Option<&'a Expr<'a>>,
        value: Option<&'a Expr<'a>>,
        tok: Token,
        xe: &'a Expr<'a>,
        body: &'a BlockStmt<'a>,
        x: &Operand<'a>,
        c: &StmtCtx,
    ) {
        let ys = match self.iterator_yield_params(x.typ) {
            Ok(ys) => ys,
            Err(why) => {
                self.error_at(
                    xe,
                    format!(
                        "cannot range over {}: func must be func(yield func(...) bool): {}",
                        self.op_str(x),
                        why
                    ),
                );
                return;
            }
        };
        if let (Some(v), true) = (value, ys.len() < 2) {
            let what = if ys.is_empty() { "no" } else { "only one" };
            let noun = if ys.is_empty() {
                "variables"
            } else {
                "variable"
            };
            self.error_at(
                v,
                format!(
                    "range over {} permits {} iteration {}",
                    self.op_str(x),
                    what,
                    noun
                ),
            );
            return;
        }
        if let (Some(k), true) = (key, ys.is_empty()) {
            self.error_at(
                k,
                format!(
                    "range over {} permits no iteration variables",
                    self.op_str(x)
                ),
            );
            return;
        }
        if tok == Token::Assign {
            // Go checks `k, v = ...` as an assignment of values of the
            // yield parameters' types, described by the variables.
            let mut bad = false;
            for (l, &t) in [key, value].into_iter().zip(ys.iter()) {
                let Some(l) = l else { continue };
                if matches!(&l.kind, ExprKind::Ident(i) if i.is_blank()) {
                    continue;
                }
                let lx = self.expr(l);
                if lx.is_invalid() {
                    bad = true;
                    continue;
                }
                let op = Operand {
                    mode: OpMode::Value,
                    typ: t,
                    val: None,
                    expr: Some(l),
                    builtin: None,
                };
                if !self.assignable_to(&op, lx.typ, None) {
                    let msg = format!(
                        "cannot use {} (value of type {}) as {} value in assignment",
                        expr_string(l),
                        self.type_str(t),
                        self.type_str(lx.typ)
                    );
                    self.error_at(l, msg);
                    bad = true;
                }
            }
            if bad {
                return;
            }
        }
        let Some(arena) = self.arena else { return };
        let n = self.range_n;
        self.range_n += 1;
        let name = |s: String| -> &'a str { arena.alloc_str(&s) };
        let results: Vec<TypeId> = self
            .ctx
            .sig
            .and_then(|t| self.tt.signature(t))
            .map(|s| s.results.clone())
            .unwrap_or_default();
        let rnames: Vec<&'a str> = (0..results.len())
            .map(|i| name(format!("#r{n}_{i}")))
            .collect();
        let next = name(format!("#next{n}"));
        let state = name(format!("#state{n}"));
        let state_panic = name("#rangestate".to_string());
        let defers = name(format!("#defers{n}"));
        let run_defers = name("#rundefers".to_string());
        let int_t = name("#int".to_string());
        let bool_t = name("#bool".to_string());
        let pos = s.pos;

        let own: Option<&'a str> = self.range_label.take().map(&name);
        let mut cl = Cloner::new(arena, &mut self.ids);
        let mut exits = RangeExits::new(next, state, defers, rnames.clone(), labels_in(body.list));
        exits.own_label = own;
        cl.exits = Some(exits);
        let nbody = cl.block(body);
        let ex = cl
            .exits
            .take()
            .unwrap_or_else(|| RangeExits::new(next, state, defers, Vec::new(), Vec::new()));

        // The yield function.
        let pnames: Vec<&'a str> = (0..ys.len()).map(|i| name(format!("#p{n}_{i}"))).collect();
        let params: Vec<(&'a str, &'a Expr<'a>)> = pnames
            .iter()
            .enumerate()
            .map(|(i, &p)| (p, cl.ident_expr(pos, name(format!("#K{n}_{i}")))))
            .collect();
        let bool_e = cl.ident_expr(pos, bool_t);
        let ftype = cl.mk_func_type(pos, &params, Some(bool_e));
        let mut list: Vec<Stmt<'a>> = Vec::new();
        // if #state != 0 { #rangestate(#state) }
        {
            let x = cl.ident_expr(pos, state);
            let y = cl.mk_int(pos, 0);
            let cond = cl.new_expr(
                pos,
                ExprKind::Binary {
                    op: Token::Neq,
                    x,
                    y,
                },
            );
            let f = cl.ident_expr(pos, state_panic);
            let a = cl.ident_expr(pos, state);
            let call = cl.mk_call(pos, f, &[a]);
            let st = Stmt {
                pos,
                kind: StmtKind::Expr(call),
            };
            list.push(cl.mk_if(pos, cond, vec![st]));
        }
        let vars: Vec<(&'a Expr<'a>, &'a str)> = [key, value]
            .into_iter()
            .zip(pnames.iter().copied())
            .filter_map(|(e, p)| e.map(|e| (e, p)))
            .collect();
        let all_blank = vars
            .iter()
            .all(|(e, _)| matches!(&e.kind, ExprKind::Ident(i) if i.is_blank()));
        if !vars.is_empty() && (tok == Token::Assign || (tok == Token::Define && !all_blank)) {
            let lhs: Vec<&'a Expr<'a>> = vars.iter().map(|(e, _)| cl.expr(e)).collect();
            let rhs: Vec<&'a Expr<'a>> = vars.iter().map(|(_, p)| cl.ident_expr(pos, p)).collect();
            list.push(cl.mk_assign(pos, &lhs, tok, &rhs));
        }
        list.push(Stmt {
            pos: nbody.lbrace,
            kind: StmtKind::Block(nbody),
        });
        list.push(cl.return_ident(nbody.rbrace, "true"));
        let fbody = arena.alloc(BlockStmt {
            lbrace: body.lbrace,
            list: arena.alloc_slice_fill_iter(list),
            rbrace: body.rbrace,
        });
        let lit = cl.new_expr(
            pos,
            ExprKind::FuncLit {
                typ: ftype,
                body: fbody,
            },
        );
        // Marks the literal as a range-over-func body (its traceback name).
        lit.inst.set(true);

        // The block.
        let mut out: Vec<Stmt<'a>> = Vec::new();
        let int_e = cl.ident_expr(pos, int_t);
        out.push(cl.mk_var(pos, state, int_e));
        if ex.has_defer {
            // var #defers []func(); defer #rundefers(&#defers)
            let fty = cl.mk_func_type(pos, &[], None);
            let elem = cl.new_expr(pos, ExprKind::FuncType(fty));
            let typ = cl.new_expr(pos, ExprKind::ArrayType { len: None, elem });
            out.push(cl.mk_var(pos, defers, typ));
            let f = cl.ident_expr(pos, run_defers);
            let d = cl.ident_expr(pos, defers);
            let addr = cl.new_expr(
                pos,
                ExprKind::Unary {
                    op: Token::And,
                    x: d,
                },
            );
            let call = cl.mk_call(pos, f, &[addr]);
            out.push(Stmt {
                pos,
                kind: StmtKind::Defer(call),
            });
        }
        if ex.uses_next() {
            let int_e = cl.ident_expr(pos, int_t);
            out.push(cl.mk_var(pos, next, int_e));
        }
        if ex.returns_values {
            for (i, r) in rnames.iter().enumerate() {
                let t = cl.ident_expr(pos, name(format!("#R{n}_{i}")));
                out.push(cl.mk_var(pos, r, t));
            }
        }
        let call = cl.mk_call(xe.pos, xe, &[lit]);
        out.push(Stmt {
            pos,
            kind: StmtKind::Expr(call),
        });
        out.push(cl.assign_int(pos, state, 2));
        // if #next == code { exit }
        let mut exits: Vec<(usize, StmtKind<'a>)> = Vec::new();
        if ex.returns_values {
            let rs: Vec<&'a Expr<'a>> = rnames.iter().map(|r| cl.ident_expr(pos, r)).collect();
            exits.push((
                1,
                StmtKind::Return {
                    results: arena.alloc_slice_copy(&rs),
                },
            ));
        }
        if ex.returns_bare {
            exits.push((2, StmtKind::Return { results: &[] }));
        }
        for (k, &(t, l)) in ex.outer.iter().enumerate() {
            let label = cl.mk_ident(pos, l);
            exits.push((
                3 + k,
                StmtKind::Branch {
                    tok: t,
                    label: Some(label),
                },
            ));
        }
        for (code, kind) in exits {
            let x = cl.ident_expr(pos, next);
            let y = cl.mk_int(pos, code);
            let cond = cl.new_expr(
                pos,
                ExprKind::Binary {
                    op: Token::Eql,
                    x,
                    y,
                },
            );
            out.push(cl.mk_if(pos, cond, vec![Stmt { pos, kind }]));
        }
        let block = &*arena.alloc(cl.mk_block_stmt(pos, out));
        drop(cl);
        self.info.range_funcs.insert(xe.id, block);

        // Check it, with the synthesized type names bound around it.
        let scope = self.new_scope(Some(self.ctx.scope), false);
        let alias = |c: &mut Self, nm: &str, t: TypeId| {
            let o = c.new_obj(ObjKind::TypeName, nm, t, Pos::NONE, Some(c.cur_pkg));
            c.scopes[scope].names.insert(nm.to_string(), o);
        };
        for (alias_name, f) in [
            (state_panic, "panicRangeState"),
            (run_defers, "runRangeDefers"),
        ] {
            if let Some(o) = self
                .pkg_by_path("runtime")
                .and_then(|p| self.scopes[self.pkgs[p.0 as usize].scope].names.get(f))
                .copied()
            {
                self.scopes[scope].names.insert(alias_name.to_string(), o);
            }
        }
        alias(self, int_t, INT);
        alias(self, bool_t, BOOL);
        for (i, &t) in ys.iter().enumerate() {
            alias(self, &format!("#K{n}_{i}"), t);
        }
        for (i, &t) in results.iter().enumerate() {
            alias(self, &format!("#R{n}_{i}"), t);
        }
        let saved = std::mem::replace(&mut self.ctx.scope, scope);
        self.stmt(block, c);
        self.ctx.scope = saved;
    }

    /// The yield function's parameter types if `t` is an iterator
    /// `func(yield func(...) bool)` with at most two parameters.
    fn iterator_yield_params(&self, t: TypeId) -> Result<Vec<TypeId>, &'static str> {
        let Some(sig) = self.tt.signature(self.tt.underlying(t)) else {
            return Err("argument is not func");
        };
        if sig.params.len() != 1 {
            return Err("wrong argument count");
        }
        if !sig.results.is_empty() {
            return Err("unexpected results");
        }
        let Some(ys) = self.tt.signature(self.tt.underlying(sig.params[0])) else {
            return Err("argument is not func");
        };
        if ys.params.len() > 2 {
            return Err("yield func has too many parameters");
        }
        if ys.results.len() != 1 || ys.results[0] != BOOL {
            if ys.results.len() == 1 && self.tt.is_boolean(ys.results[0]) {
                return Err("yield func returns user-defined boolean, not bool");
            }
            return Err("yield func does not return bool");
        }
        Ok(ys.params.clone())
    }
}

/// The labels declared in `list` (not inside function literals).
fn labels_in<'a>(list: &'a [Stmt<'a>]) -> Vec<&'a str> {
    fn walk<'a>(s: &'a Stmt<'a>, out: &mut Vec<&'a str>) {
        match &s.kind {
            StmtKind::Labeled { label, stmt } => {
                out.push(label.name);
                walk(stmt, out);
            }
            StmtKind::Block(b) => b.list.iter().for_each(|s| walk(s, out)),
            StmtKind::If { body, els, .. } => {
                body.list.iter().for_each(|s| walk(s, out));
                if let Some(e) = els {
                    walk(e, out);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                body.list.iter().for_each(|s| walk(s, out))
            }
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                for c in body.iter() {
                    c.body.iter().for_each(|s| walk(s, out));
                }
            }
            StmtKind::Select { body } => {
                for c in body.iter() {
                    c.body.iter().for_each(|s| walk(s, out));
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    list.iter().for_each(|s| walk(s, &mut out));
    out
}
