//! Generics: type parameters, constraints, inference and instantiation.
//!
//! # Design
//!
//! Burrow compiles generic code by *instantiation*: every distinct use
//! `Map[int, string]`, `Stack[float64]` becomes its own ordinary function
//! or defined type, checked and compiled as if the programmer had written
//! it out with the type arguments in place of the parameters. gc does the
//! same in spirit (it stencils one copy per GC shape and passes a
//! dictionary); one copy per type-argument list is simpler and makes every
//! later phase (escape analysis, codegen, the VM) generic-free.
//!
//! The pieces:
//!
//! 1. *Declarations.* A generic function or type declares its type
//!    parameters as `TypeName` objects whose type is a `TypeParam`, and
//!    resolves each constraint to an interface (`constraint`), so the
//!    generic signature and the generic type's underlying type are known
//!    in their generic form (`Generic`). Methods of a generic type resolve
//!    their signatures with the receiver's parameters bound the same way.
//!    Generic bodies are *not* checked in generic form: they are checked
//!    once per instance (below). A generic body that is never instantiated
//!    is therefore not checked at all, and an error inside a generic body
//!    is reported in terms of the type arguments, not of `T`.
//! 2. *Inference* (`infer`): for a call of a generic function without (all)
//!    explicit type arguments, typed arguments are unified with the
//!    parameter types (inexactly: a defined type matches a type literal
//!    through its underlying type); untyped constant arguments whose
//!    parameter is a bare type parameter then give their default type (the
//!    "largest" of several: int < rune < float < complex); finally a type
//!    parameter whose constraint has a single type term (its core type,
//!    `S ~[]E`) is unified with that term until nothing changes.
//! 3. *Instantiation.* `instantiate_func` checks the type arguments against
//!    the constraints (`satisfies`), then copies the declaration with fresh
//!    node ids (`syntax::clone`), binds the parameter names to the type
//!    arguments in a scope between the file scope and the copy, resolves
//!    the copy's signature and queues its body. `instantiate_type` makes a
//!    new defined type named `Stack[int]` (`NamedType::origin`/`targs`),
//!    resolves a copy of the declared type in the bound scope, and, when the
//!    arguments are concrete, instantiates every method the same way. Both
//!    are memoised on (generic object, type arguments), which is also what
//!    makes identical instances identical types.
//! 4. *Bodies.* Queued instance bodies are checked after the package's own
//!    bodies (`check_instance_bodies`), in the package that declared the
//!    generic. The copies are appended to that package's files by the loader
//!    (`load.rs`), marked `FuncDecl::instance`; every later phase sees them
//!    as plain functions, and skips the generic originals
//!    (`FuncDecl::is_generic`).
//!
//! An explicit instantiation of a function, `F[int]`, is an `Index`
//! expression; the checker marks it (`Expr::inst`) so that `unparen` looks
//! through it to `F`, whose identifier now denotes the instance.
//!
//! A method with its own type parameters (Go 1.27) is instantiated per
//! receiver type and method type arguments, where it is called or indexed
//! (the selector's receiver type goes to `instantiate_func`).
//!
//! Not done: checking generic bodies in generic form (their errors appear
//! per instance, in terms of the type arguments).

use super::check::*;
use super::lookup::LookupResult;
use super::well_known::*;
use super::*;
use crate::syntax::ast::*;
use crate::syntax::clone::Cloner;
use crate::syntax::source::Pos;
use crate::syntax::token::Token;

/// A generic function or type, in its generic form.
#[derive(Clone)]
pub(crate) struct Generic {
    /// The type parameters (`TypeName` objects of `TypeParam` types).
    pub tparams: Vec<ObjId>,
    /// Each parameter's constraint (an interface type).
    pub bounds: Vec<TypeId>,
}

/// An instance body waiting to be checked.
#[derive(Clone, Copy)]
pub(crate) struct InstBody<'a> {
    pub obj: ObjId,
    pub decl: &'a FuncDecl<'a>,
    /// The scope binding the type parameters.
    pub scope: ScopeId,
    pub pkg: PkgId,
    /// The generic declaration (dependencies are recorded against it).
    pub generic: ObjId,
    /// Its generation (see `MAX_INST_DEPTH`).
    pub gen: u32,
}

/// Deeper nesting of instantiations than this is an instantiation cycle
/// (`F[T]` calling `F[[]T]`): the depth counts instances made while making
/// an instance (`inst_depth`) plus the generation of the instance body
/// being checked (`inst_gen`: an instance made in the body of a generation-n
/// instance has generation n + 1).
const MAX_INST_DEPTH: u32 = 48;

/// More instances than this in one program is taken for a cycle too.
const MAX_INSTANCES: u32 = 20_000;

impl<'a> Checker<'a> {
    /// Whether making one more instance of `g` would exceed the limits; if
    /// so, reports the instantiation cycle (once).
    fn inst_limit_hit(&mut self, g: ObjId) -> bool {
        if self.inst_gen + self.inst_depth < MAX_INST_DEPTH && self.inst_count < MAX_INSTANCES {
            self.inst_count += 1;
            return false;
        }
        if !self.inst_cycle_reported {
            self.inst_cycle_reported = true;
            let p = self
                .generics
                .get(&g)
                .and_then(|x| x.tparams.first().copied());
            let (pos, name) = match p {
                Some(p) => (self.obj(p).pos, self.obj(p).name.clone()),
                None => (self.obj(g).pos, self.obj(g).name.clone()),
            };
            self.errors.push(crate::syntax::source::Error::new(
                pos,
                format!(
                    "instantiation cycle:\n\t{}: {} instantiated with ever larger type arguments",
                    OTHER_POS_MARK, name
                ),
            ));
            self.other_pos.push((self.errors.len() - 1, pos));
        }
        true
    }

    /// The generation of an instance made now.
    fn next_gen(&self) -> u32 {
        self.inst_gen + self.inst_depth + 1
    }

    /// Runs `f` with a fresh declaration context in `scope` and package `pkg`.
    fn in_decl_ctx<R>(
        &mut self,
        scope: ScopeId,
        pkg: PkgId,
        decl: Option<ObjId>,
        f: impl FnOnce(&mut Self) -> R,
    ) -> R {
        let saved = std::mem::replace(
            &mut self.ctx,
            Ctx {
                scope,
                sig: None,
                results: Vec::new(),
                iota: None,
                decl,
                file_scope: scope,
                locals: Vec::new(),
                in_func: false,
            },
        );
        let saved_pkg = std::mem::replace(&mut self.cur_pkg, pkg);
        let r = f(self);
        self.ctx = saved;
        self.cur_pkg = saved_pkg;
        r
    }

    /// Declares the type parameters of `fl` in `scope` and resolves their
    /// constraints there (a constraint may name any of the parameters).
    pub(crate) fn declare_tparams(
        &mut self,
        fl: &'a FieldList<'a>,
        scope: ScopeId,
    ) -> (Vec<ObjId>, Vec<TypeId>) {
        let mut objs = Vec::new();
        for f in fl.list.iter() {
            for n in f.names.iter() {
                let o = self.new_obj(
                    ObjKind::TypeName,
                    n.name,
                    INVALID,
                    n.pos,
                    Some(self.cur_pkg),
                );
                let t = self.tt.intern(TypeKind::TypeParam {
                    obj: o,
                    index: objs.len() as u32,
                });
                self.objs[o.0 as usize].typ = t;
                self.declare(scope, Some(n), o);
                self.record_def(n, Some(o));
                objs.push(o);
            }
        }
        let saved = std::mem::replace(&mut self.ctx.scope, scope);
        let mut bounds = Vec::new();
        for f in fl.list.iter() {
            let b = self.constraint(f.typ);
            bounds.extend(f.names.iter().map(|_| b));
        }
        self.ctx.scope = saved;
        (objs, bounds)
    }

    /// A constraint: an interface, or a type-set shorthand (`~int | string`,
    /// `[]E`) wrapped in an implicit interface.
    fn constraint(&mut self, e: &'a Expr<'a>) -> TypeId {
        self.in_constraint += 1;
        let t = self.constraint_inner(e);
        self.in_constraint -= 1;
        t
    }

    fn constraint_inner(&mut self, e: &'a Expr<'a>) -> TypeId {
        let any = self.any_type;
        match &e.kind {
            ExprKind::Binary { op: Token::Or, .. }
            | ExprKind::Unary {
                op: Token::Tilde, ..
            } => {
                let mut methods = Vec::new();
                let mut terms = Vec::new();
                self.embedded_elem(e, &mut methods, &mut terms);
                self.tt.intern(TypeKind::Interface { methods, terms })
            }
            _ => {
                let t = self.type_expr(e);
                if t == INVALID {
                    any
                } else if self.tt.is_interface(t) {
                    t
                } else {
                    self.tt.intern(TypeKind::Interface {
                        methods: Vec::new(),
                        terms: vec![(false, t)],
                    })
                }
            }
        }
    }

    /// Binds `names` to `targs` in `scope` (as aliases).
    fn bind_tparams(&mut self, scope: ScopeId, names: &[&'a Ident<'a>], targs: &[TypeId]) {
        for (n, &t) in names.iter().zip(targs) {
            if n.is_blank() {
                continue;
            }
            let o = self.new_obj(ObjKind::TypeName, n.name, t, n.pos, Some(self.cur_pkg));
            self.scopes[scope].names.insert(n.name.to_string(), o);
            self.tparam_aliases.insert(o);
        }
    }

    /// The generic function or type an expression names (`F`, `pkg.F`),
    /// resolving it first; records the identifier uses.
    pub(crate) fn generic_ref(&mut self, e: &'a Expr<'a>) -> Option<ObjId> {
        // The name, and for `pkg.F` the package name's identifier and object.
        let (o, id, pkg) = match &e.unparen().kind {
            ExprKind::Ident(i) => (self.lookup(i.name)?, *i, None),
            ExprKind::Selector { x, sel } => {
                let ExprKind::Ident(p) = &x.kind else {
                    return None;
                };
                let po = self.lookup(p.name)?;
                let ObjKind::PkgName(pid) = self.obj(po).kind else {
                    return None;
                };
                if !sel.name.starts_with(|c: char| c.is_uppercase()) {
                    return None;
                }
                let ps = self.pkgs[pid.0 as usize].scope;
                (*self.scopes[ps].names.get(sel.name)?, *sel, Some((*p, po)))
            }
            _ => return None,
        };
        if self.decls.contains_key(&o) {
            self.obj_decl(o);
        }
        if !self.generics.contains_key(&o) {
            return None;
        }
        if let Some((p, po)) = pkg {
            self.used[po.0 as usize] = true;
            self.record_use(p, po);
        }
        self.record_use(id, o);
        self.mark_dot_use(o);
        self.record_dep(o);
        Some(o)
    }

    pub(crate) fn is_generic_type(&self, o: ObjId) -> bool {
        self.generics.contains_key(&o) && matches!(self.obj(o).kind, ObjKind::TypeName)
    }

    pub(crate) fn is_generic_func(&self, o: ObjId) -> bool {
        self.generics.contains_key(&o) && matches!(self.obj(o).kind, ObjKind::Func { .. })
    }

    /// `S[T any]`, as gc names a generic type in messages.
    pub(crate) fn generic_decl_string(&self, o: ObjId) -> String {
        let g = &self.generics[&o];
        let ps: Vec<String> = g
            .tparams
            .iter()
            .zip(&g.bounds)
            .map(|(&p, &b)| format!("{} {}", self.obj(p).name, self.type_str(b)))
            .collect();
        format!("{}[{}]", self.obj(o).name, ps.join(", "))
    }

    /// Reports a generic type used without type arguments.
    pub(crate) fn generic_type_misuse(&mut self, o: ObjId, pos: Pos) -> bool {
        if !self.is_generic_type(o) {
            return false;
        }
        let s = self.generic_decl_string(o);
        self.error(
            pos,
            format!("cannot use generic type {} without instantiation", s),
        );
        true
    }

    /// `x[indices]` where `x` names a generic function or type.
    pub(crate) fn instantiate_expr(
        &mut self,
        e: &'a Expr<'a>,
        xe: &'a Expr<'a>,
        g: ObjId,
        indices: &'a [&'a Expr<'a>],
    ) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let mut targs = Vec::new();
        for i in indices.iter() {
            targs.push(self.type_expr(i));
        }
        if targs.contains(&INVALID) {
            return inv;
        }
        let want = self.generics[&g].tparams.len();
        let poss: Vec<Pos> = indices.iter().map(|i| i.start()).collect();
        if self.is_generic_type(g) {
            let gt = self.obj(g).typ;
            self.record_type(xe.id, OpMode::TypeExpr, gt, None);
            if targs.len() != want {
                let q = if targs.len() < want {
                    "not enough"
                } else {
                    "too many"
                };
                let at = xe.unparen().pos;
                self.error(
                    at,
                    format!(
                        "{} type arguments for type {}: have {}, want {}",
                        q,
                        self.obj(g).name,
                        targs.len(),
                        want
                    ),
                );
                return inv;
            }
            if !self.check_bounds(g, &targs, &poss) {
                return inv;
            }
            let t = self.instantiate_type(g, targs);
            return Operand {
                mode: OpMode::TypeExpr,
                typ: t,
                val: None,
                expr: Some(e),
                builtin: None,
            };
        }
        if targs.len() > want {
            self.error(
                poss[want],
                format!("got {} type arguments but want {}", targs.len(), want),
            );
            return inv;
        }
        if targs.len() < want {
            // Partial: the rest is inferred at the call.
            self.generic_ops.insert(e.id, (g, targs));
            return Operand {
                mode: OpMode::Value,
                typ: self.obj(g).typ,
                val: None,
                expr: Some(e),
                builtin: None,
            };
        }
        let recv = self.selected_recv(xe);
        let inst = self.instantiate_func(g, targs, &poss, recv);
        let Some(inst) = inst else {
            return inv;
        };
        self.resolve_to_instance(e, inst);
        Operand {
            mode: OpMode::Value,
            typ: self.obj(inst).typ,
            val: None,
            expr: Some(e),
            builtin: None,
        }
    }

    /// Makes `fun` (`F`, `pkg.F`, `F[int]`, parenthesized) denote instance
    /// `inst`: the identifier's use, the recorded types, the `inst` mark.
    pub(crate) fn resolve_to_instance(&mut self, fun: &'a Expr<'a>, inst: ObjId) {
        let t = self.obj(inst).typ;
        let mut e = fun;
        loop {
            self.record_type(e.id, OpMode::Value, t, None);
            match &e.kind {
                ExprKind::Paren(x) => e = x,
                ExprKind::Index { x, .. } => {
                    e.inst.set(true);
                    e = x;
                }
                ExprKind::Ident(i) => {
                    self.record_use(i, inst);
                    return;
                }
                ExprKind::Selector { sel, .. } => {
                    self.record_use(sel, inst);
                    if let Some(s) = self.info.selections.get_mut(&e.id) {
                        s.obj = inst;
                    }
                    return;
                }
                _ => return,
            }
        }
    }

    /// If `x` is a generic function not yet instantiated (`cmp.Compare` as
    /// an argument), infers its type arguments from the function type
    /// `target` it is assigned to and makes it denote that instance.
    /// Returns false (after reporting) if that fails.
    pub(crate) fn instantiate_to_target(&mut self, x: &mut Operand<'a>, target: TypeId) -> bool {
        let Some(e) = x.expr else { return true };
        let Some((g, partial)) = self.generic_ops.remove(&e.id) else {
            // Already instantiated during inference: take the instance's type.
            if self.has_tparam(x.typ, 0) {
                if let Some(tv) = self.info.type_of(e.id) {
                    x.typ = tv.typ;
                }
            }
            return true;
        };
        let gen = self.generics[&g].clone();
        let tps: Vec<TypeId> = gen.tparams.iter().map(|&o| self.obj(o).typ).collect();
        let mut bound: Vec<Option<TypeId>> = vec![None; tps.len()];
        for (k, &t) in partial.iter().enumerate().take(tps.len()) {
            bound[k] = Some(t);
        }
        let recv = self.selected_recv(e);
        let sig = self.generic_sig(g, recv);
        let target_is_func = self.tt.signature(self.tt.underlying(target)).is_some();
        if target_is_func {
            self.unify(sig, target, &tps, &mut bound, 0);
            self.constraint_inference(&gen, &tps, &mut bound);
        }
        if let Some(k) = bound.iter().position(|b| b.is_none()) {
            let name = expr_string(e.unparen());
            let name = name.split('[').next().unwrap_or("").to_string();
            if target_is_func {
                let p = gen.tparams[k];
                let (pn, ppos) = (self.obj(p).name.clone(), self.obj(p).pos);
                self.errors.push(crate::syntax::source::Error::new(
                    e.start(),
                    format!(
                        "in call to {}, cannot infer {} (declared at {})",
                        name, pn, OTHER_POS_MARK
                    ),
                ));
                self.other_pos.push((self.errors.len() - 1, ppos));
            } else {
                self.error_at(
                    e,
                    format!("cannot use generic function {} without instantiation", name),
                );
            }
            x.mode = OpMode::Invalid;
            return false;
        }
        let targs: Vec<TypeId> = bound.into_iter().flatten().collect();
        let poss = vec![e.start(); targs.len()];
        let Some(inst) = self.instantiate_func(g, targs, &poss, recv) else {
            x.mode = OpMode::Invalid;
            return false;
        };
        self.resolve_to_instance(e, inst);
        x.typ = self.obj(inst).typ;
        x.mode = OpMode::Value;
        true
    }

    /// Checks type arguments against the constraints of `g`, reporting the
    /// first failure at its position.
    fn check_bounds(&mut self, g: ObjId, targs: &[TypeId], poss: &[Pos]) -> bool {
        let gen = self.generics[&g].clone();
        let tps: Vec<TypeId> = gen.tparams.iter().map(|&o| self.obj(o).typ).collect();
        let targs_opt: Vec<Option<TypeId>> = targs.iter().map(|&t| Some(t)).collect();
        for (i, &a) in targs.iter().enumerate() {
            let b = self.subst(gen.bounds[i], &tps, &targs_opt, 0);
            if let Some(msg) = self.satisfies(a, b) {
                let at = poss.get(i).copied().unwrap_or(Pos::NONE);
                self.error(at, msg);
                return false;
            }
        }
        true
    }

    /// Why `a` does not satisfy constraint `bound` (`None` if it does).
    pub(crate) fn satisfies(&mut self, a: TypeId, bound: TypeId) -> Option<String> {
        if self.has_tparam(a, 0) || a == INVALID {
            return None;
        }
        let TypeKind::Interface { methods, terms } = self.tt.under_kind(bound).clone() else {
            return None;
        };
        let astr = self.type_str(a);
        let cmp = self.comparable_type;
        let need_cmp = bound == cmp || terms.iter().any(|&(_, t)| t == cmp);
        let tterms: Vec<(bool, TypeId)> = terms.into_iter().filter(|&(_, t)| t != cmp).collect();
        if !tterms.is_empty() {
            let ua = self.tt.underlying(a);
            let ok = tterms.iter().any(|&(tilde, t)| {
                if tilde {
                    self.tt.identical(ua, self.tt.underlying(t))
                } else {
                    self.tt.identical(a, t)
                }
            });
            if !ok {
                let set: Vec<String> = tterms
                    .iter()
                    .map(|&(tilde, t)| {
                        format!("{}{}", if tilde { "~" } else { "" }, self.type_str(t))
                    })
                    .collect();
                return Some(format!(
                    "{} does not satisfy {} ({} missing in {})",
                    astr,
                    self.type_str(bound),
                    astr,
                    set.join(" | ")
                ));
            }
        }
        if need_cmp && !self.tt.comparable(a) {
            return Some(format!("{} does not satisfy comparable", astr));
        }
        if !methods.is_empty() {
            if let Some(cause) = self.missing_method_cause(a, bound, true) {
                return Some(format!(
                    "{} does not satisfy {} {}",
                    astr,
                    self.type_str(bound),
                    cause
                ));
            }
        }
        None
    }

    /// Whether `t` mentions a type parameter.
    pub(crate) fn has_tparam(&self, t: TypeId, depth: u32) -> bool {
        if depth > 30 {
            return false;
        }
        let d = depth + 1;
        match self.tt.kind(t) {
            TypeKind::TypeParam { .. } => true,
            TypeKind::Basic(_) => false,
            TypeKind::Pointer(x) | TypeKind::Slice(x) => self.has_tparam(*x, d),
            TypeKind::Array { elem, .. } | TypeKind::Chan { elem, .. } => self.has_tparam(*elem, d),
            TypeKind::Map { key, value } => self.has_tparam(*key, d) || self.has_tparam(*value, d),
            TypeKind::Struct(fs) => fs.iter().any(|f| self.has_tparam(f.typ, d)),
            TypeKind::Signature(s) => s
                .params
                .iter()
                .chain(s.results.iter())
                .any(|&x| self.has_tparam(x, d)),
            TypeKind::Interface { methods, terms } => {
                methods.iter().any(|m| self.has_tparam(m.sig, d))
                    || terms.iter().any(|&(_, x)| self.has_tparam(x, d))
            }
            TypeKind::Named(i) => self.tt.named[*i as usize]
                .targs
                .iter()
                .any(|&x| self.has_tparam(x, d)),
            TypeKind::Tuple(ts) => ts.iter().any(|&x| self.has_tparam(x, d)),
        }
    }

    /// `t` with each type parameter `tps[k]` replaced by `targs[k]` (where
    /// known).
    pub(crate) fn subst(
        &mut self,
        t: TypeId,
        tps: &[TypeId],
        targs: &[Option<TypeId>],
        depth: u32,
    ) -> TypeId {
        if depth > 30 || !self.has_tparam(t, 0) {
            return t;
        }
        let d = depth + 1;
        let k = self.tt.kind(t).clone();
        let nk = match k {
            TypeKind::TypeParam { .. } => {
                return match tps.iter().position(|&p| p == t) {
                    Some(i) => targs[i].unwrap_or(t),
                    None => t,
                }
            }
            TypeKind::Pointer(x) => TypeKind::Pointer(self.subst(x, tps, targs, d)),
            TypeKind::Slice(x) => TypeKind::Slice(self.subst(x, tps, targs, d)),
            TypeKind::Array { len, elem } => TypeKind::Array {
                len,
                elem: self.subst(elem, tps, targs, d),
            },
            TypeKind::Chan { dir, elem } => TypeKind::Chan {
                dir,
                elem: self.subst(elem, tps, targs, d),
            },
            TypeKind::Map { key, value } => TypeKind::Map {
                key: self.subst(key, tps, targs, d),
                value: self.subst(value, tps, targs, d),
            },
            TypeKind::Struct(mut fs) => {
                for f in fs.iter_mut() {
                    f.typ = self.subst(f.typ, tps, targs, d);
                }
                TypeKind::Struct(fs)
            }
            TypeKind::Signature(mut s) => {
                for p in s.params.iter_mut().chain(s.results.iter_mut()) {
                    *p = self.subst(*p, tps, targs, d);
                }
                TypeKind::Signature(s)
            }
            TypeKind::Tuple(mut ts) => {
                for p in ts.iter_mut() {
                    *p = self.subst(*p, tps, targs, d);
                }
                TypeKind::Tuple(ts)
            }
            TypeKind::Interface {
                mut methods,
                mut terms,
            } => {
                for m in methods.iter_mut() {
                    m.sig = self.subst(m.sig, tps, targs, d);
                }
                for term in terms.iter_mut() {
                    term.1 = self.subst(term.1, tps, targs, d);
                }
                TypeKind::Interface { methods, terms }
            }
            TypeKind::Named(i) => {
                let n = self.tt.named[i as usize].clone();
                let Some(origin) = n.origin else { return t };
                let args: Vec<TypeId> = n
                    .targs
                    .iter()
                    .map(|&a| self.subst(a, tps, targs, d))
                    .collect();
                return self.instantiate_type(origin, args);
            }
            TypeKind::Basic(_) => return t,
        };
        self.tt.intern(nk)
    }

    /// Unifies parameter type `p` (mentioning the type parameters `tps`)
    /// with argument type `a`, extending `bound`. Inexact, as for
    /// assignment: a defined type meets a type literal through its
    /// underlying type.
    fn unify(
        &self,
        p: TypeId,
        a: TypeId,
        tps: &[TypeId],
        bound: &mut [Option<TypeId>],
        depth: u32,
    ) -> bool {
        if depth > 30 {
            return true;
        }
        let d = depth + 1;
        if let Some(k) = tps.iter().position(|&t| t == p) {
            return match bound[k] {
                None => {
                    bound[k] = Some(a);
                    true
                }
                Some(b) => {
                    if self.tt.identical(b, a) {
                        true
                    } else if !self.tt.is_named(b)
                        && self.tt.is_named(a)
                        && self.tt.identical(b, self.tt.underlying(a))
                    {
                        bound[k] = Some(a);
                        true
                    } else {
                        self.tt.is_named(b)
                            && !self.tt.is_named(a)
                            && self.tt.identical(self.tt.underlying(b), a)
                    }
                }
            };
        }
        if !self.has_tparam(p, 0) {
            return true;
        }
        let pk = self.tt.kind(p).clone();
        let mut ak = self.tt.kind(a).clone();
        if let (TypeKind::Named(pi), TypeKind::Named(ai)) = (&pk, &ak) {
            let (pn, an) = (&self.tt.named[*pi as usize], &self.tt.named[*ai as usize]);
            if pn.origin.is_some() && pn.origin == an.origin && pn.targs.len() == an.targs.len() {
                let (pt, at) = (pn.targs.clone(), an.targs.clone());
                return pt
                    .iter()
                    .zip(&at)
                    .all(|(&x, &y)| self.unify(x, y, tps, bound, d));
            }
            return false;
        }
        if !matches!(pk, TypeKind::Named(_)) && matches!(ak, TypeKind::Named(_)) {
            ak = self.tt.under_kind(a).clone();
        }
        // A generic defined type against a type literal: through its
        // underlying type (`iter.Seq[E]` and `func(func(int) bool)`).
        let pk = match pk {
            TypeKind::Named(i) if !matches!(ak, TypeKind::Named(_)) => {
                let u = self.tt.named[i as usize].underlying;
                self.tt.kind(u).clone()
            }
            k => k,
        };
        match (pk, ak) {
            (TypeKind::Pointer(x), TypeKind::Pointer(y))
            | (TypeKind::Slice(x), TypeKind::Slice(y)) => self.unify(x, y, tps, bound, d),
            (TypeKind::Array { len: l1, elem: x }, TypeKind::Array { len: l2, elem: y }) => {
                l1 == l2 && self.unify(x, y, tps, bound, d)
            }
            (TypeKind::Chan { elem: x, .. }, TypeKind::Chan { elem: y, .. }) => {
                self.unify(x, y, tps, bound, d)
            }
            (TypeKind::Map { key: k1, value: v1 }, TypeKind::Map { key: k2, value: v2 }) => {
                self.unify(k1, k2, tps, bound, d) && self.unify(v1, v2, tps, bound, d)
            }
            (TypeKind::Signature(s1), TypeKind::Signature(s2)) => {
                s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1.variadic == s2.variadic
                    && s1
                        .params
                        .iter()
                        .zip(&s2.params)
                        .chain(s1.results.iter().zip(&s2.results))
                        .all(|(&x, &y)| self.unify(x, y, tps, bound, d))
            }
            (TypeKind::Struct(f1), TypeKind::Struct(f2)) => {
                f1.len() == f2.len()
                    && f1
                        .iter()
                        .zip(&f2)
                        .all(|(x, y)| x.name == y.name && self.unify(x.typ, y.typ, tps, bound, d))
            }
            _ => false,
        }
    }

    /// Infers the type arguments of a call of generic function `g` with
    /// `explicit` leading type arguments (`None` after reporting why not).
    pub(crate) fn infer(
        &mut self,
        g: ObjId,
        explicit: &[TypeId],
        ops: &[Operand<'a>],
        call: &'a Expr<'a>,
        fun: &'a Expr<'a>,
        ddd: bool,
    ) -> Option<Vec<TypeId>> {
        let gen = self.generics[&g].clone();
        let tps: Vec<TypeId> = gen.tparams.iter().map(|&o| self.obj(o).typ).collect();
        let n = tps.len();
        let mut bound: Vec<Option<TypeId>> = vec![None; n];
        for (k, &t) in explicit.iter().enumerate().take(n) {
            bound[k] = Some(t);
        }
        let recv = self.selected_recv(fun);
        let gsig = self.generic_sig(g, recv);
        let sig = self.tt.signature(gsig).cloned()?;
        let np = sig.params.len();
        let param_of = |tt: &TypeTable, i: usize| -> Option<TypeId> {
            if sig.variadic && !ddd && i + 1 >= np {
                let last = *sig.params.last()?;
                match tt.kind(last) {
                    TypeKind::Slice(e) => Some(*e),
                    _ => Some(last),
                }
            } else {
                sig.params.get(i).copied()
            }
        };
        // Typed arguments.
        for (i, op) in ops.iter().enumerate() {
            if op.is_invalid() || self.tt.is_untyped(op.typ) {
                continue;
            }
            if op
                .expr
                .is_some_and(|e| self.generic_ops.contains_key(&e.id))
            {
                continue; // instantiated from the parameter type afterwards
            }
            let Some(p) = param_of(&self.tt, i) else {
                break;
            };
            let before = bound.clone();
            if !self.unify(p, op.typ, &tps, &mut bound, 0) {
                let sub = self.subst(p, &tps, &before, 0);
                let ps = if sub == p {
                    self.type_str(p)
                } else {
                    format!(
                        "inferred type {} for {}",
                        self.type_str(sub),
                        self.type_str(p)
                    )
                };
                let arg = op.expr.map(expr_string).unwrap_or_default();
                let pos = op.expr.map(|e| e.start()).unwrap_or(call.pos);
                self.error(
                    pos,
                    format!(
                        "in call to {}, type {} of {} does not match {}",
                        expr_string(fun),
                        self.type_str(op.typ),
                        arg,
                        ps
                    ),
                );
                return None;
            }
        }
        self.constraint_inference(&gen, &tps, &mut bound);
        // Generic functions as arguments (`Apply(xs, Double)`): instantiate
        // each from its parameter type as far as it is known, then learn
        // from the instance's signature.
        for (i, op) in ops.iter().enumerate() {
            let Some(e) = op.expr.filter(|e| self.generic_ops.contains_key(&e.id)) else {
                continue;
            };
            let Some(p) = param_of(&self.tt, i) else {
                break;
            };
            let target = self.subst(p, &tps, &bound, 0);
            let mut x = op.clone();
            let errs = self.errors.len();
            let saved = self.generic_ops.get(&e.id).cloned();
            if self.instantiate_to_target(&mut x, target) {
                self.unify(p, x.typ, &tps, &mut bound, 0);
            } else {
                // Not yet: `arguments` tries again with the final type.
                self.errors.truncate(errs);
                self.other_pos.retain(|&(k, _)| k < errs);
                if let Some(g) = saved {
                    self.generic_ops.insert(e.id, g);
                }
            }
        }
        self.constraint_inference(&gen, &tps, &mut bound);
        // Untyped constants for bare type parameters: the default type of
        // the largest kind.
        for k in 0..n {
            if bound[k].is_some() {
                continue;
            }
            let mut best: Option<(TypeId, &'a Expr<'a>)> = None;
            for (i, op) in ops.iter().enumerate() {
                if op.is_invalid() || !self.tt.is_untyped(op.typ) || op.is_nil() {
                    continue;
                }
                if param_of(&self.tt, i) != Some(tps[k]) {
                    continue;
                }
                let e = op.expr.unwrap_or(call);
                match best {
                    None => best = Some((op.typ, e)),
                    Some((bt, _)) => {
                        let rank = |t: TypeId| match t {
                            UNTYPED_INT => Some(1),
                            UNTYPED_RUNE => Some(2),
                            UNTYPED_FLOAT => Some(3),
                            UNTYPED_COMPLEX => Some(4),
                            _ => None,
                        };
                        match (rank(bt), rank(op.typ)) {
                            (Some(x), Some(y)) => {
                                if y > x {
                                    best = Some((op.typ, e));
                                }
                            }
                            _ if bt == op.typ => {}
                            _ => {
                                let name = self.obj(gen.tparams[k]).name.clone();
                                self.error(
                                    e.start(),
                                    format!(
                                        "in call to {}, mismatched types {} and {} (cannot infer {})",
                                        expr_string(fun),
                                        self.type_str(bt),
                                        self.type_str(op.typ),
                                        name
                                    ),
                                );
                                return None;
                            }
                        }
                    }
                }
            }
            if let Some((t, _)) = best {
                bound[k] = Some(self.tt.default_type(t));
            }
        }
        self.constraint_inference(&gen, &tps, &mut bound);
        if let Some(k) = bound.iter().position(|b| b.is_none()) {
            {
                let p = gen.tparams[k];
                let name = self.obj(p).name.clone();
                let ppos = self.obj(p).pos;
                self.errors.push(crate::syntax::source::Error::new(
                    call.pos,
                    format!(
                        "in call to {}, cannot infer {} (declared at {})",
                        expr_string(fun),
                        name,
                        OTHER_POS_MARK
                    ),
                ));
                self.other_pos.push((self.errors.len() - 1, ppos));
                return None;
            }
        }
        Some(bound.into_iter().flatten().collect())
    }

    /// The single type term of a constraint's type set (its core type),
    /// or for a union of channel types with one element type, the first of
    /// them (their core type differs at most in direction).
    fn core_term(&self, terms: &[(bool, TypeId)]) -> Option<(bool, TypeId)> {
        let &first = terms.first()?;
        if first.1 == self.comparable_type {
            return None;
        }
        if terms.len() == 1 {
            return Some(first);
        }
        let elem_of = |t: TypeId| match self.tt.kind(t) {
            TypeKind::Chan { elem, .. } => Some(*elem),
            _ => None,
        };
        let e0 = elem_of(first.1)?;
        terms
            .iter()
            .all(|&(_, t)| elem_of(t) == Some(e0))
            .then_some(first)
    }

    /// Constraint type inference: a bound type argument's methods unify with
    /// its constraint's, and a constraint with a single type term (its core
    /// type) unifies with the argument, until nothing changes.
    fn constraint_inference(
        &mut self,
        gen: &Generic,
        tps: &[TypeId],
        bound: &mut Vec<Option<TypeId>>,
    ) {
        let n = tps.len();
        loop {
            let mut changed = false;
            for k in 0..n {
                let b = gen.bounds[k];
                let TypeKind::Interface { methods, terms } = self.tt.under_kind(b).clone() else {
                    continue;
                };
                // Methods: a bound type argument's methods unify with the
                // constraint's (`G Getter[T]` with G = Cell gives T).
                if let Some(t) = bound[k] {
                    let ms: Vec<InterfaceMethod> = methods
                        .iter()
                        .filter(|m| self.has_tparam(m.sig, 0))
                        .cloned()
                        .collect();
                    for m in ms {
                        let found = self.lookup_field_or_method(t, true, m.pkg, &m.name);
                        if let LookupResult::Method { obj, .. } = found {
                            let before = bound.clone();
                            let ms = self.obj(obj).typ;
                            if self.unify(m.sig, ms, tps, bound, 0) && before != *bound {
                                changed = true;
                            }
                        }
                    }
                }
                let Some((tilde, core)) = self.core_term(&terms) else {
                    continue;
                };
                match bound[k] {
                    Some(t) => {
                        let before = bound.clone();
                        let target = if tilde { self.tt.underlying(t) } else { t };
                        if self.unify(core, target, tps, bound, 0) && before != *bound {
                            changed = true;
                        }
                    }
                    None if !tilde => {
                        let c = self.subst(core, tps, bound, 0);
                        if !self.has_tparam(c, 0) {
                            bound[k] = Some(c);
                            changed = true;
                        }
                    }
                    None => {}
                }
            }
            if !changed {
                break;
            }
        }
    }

    /// The instance of generic function `g` for `targs` (checked against the
    /// constraints; errors at `poss`).
    pub(crate) fn instantiate_func(
        &mut self,
        g: ObjId,
        targs: Vec<TypeId>,
        poss: &[Pos],
        recv: Option<TypeId>,
    ) -> Option<ObjId> {
        if !self.check_bounds(g, &targs, poss) {
            return None;
        }
        let targs = self.canon_targs(targs);
        // A method with its own type parameters (Go 1.27): the instance is
        // also per receiver type (`List[int].Map[string]`).
        let recv = self.method_recv_named(g, recv);
        let recv_targs: Vec<TypeId> = recv
            .and_then(|r| self.tt.named_info(r))
            .map(|n| n.targs.clone())
            .unwrap_or_default();
        let mut key = recv_targs.clone();
        key.extend(targs.iter().copied());
        if let Some(&o) = self.func_insts.get(&(g, key.clone())) {
            return Some(o);
        }
        if key.iter().any(|&t| self.has_tparam(t, 0)) {
            return None;
        }
        let Some(DeclInfo::Func { decl, file_scope }) = self.decls.get(&g).copied() else {
            return None;
        };
        if decl.recv.is_some() && recv.is_none() {
            return None;
        }
        if self.inst_limit_hit(g) {
            return None;
        }
        let arena = self.arena?;
        let copy = Cloner::new(arena, &mut self.ids).func_decl(decl);
        let pkg = self.obj(g).pkg.unwrap_or(self.cur_pkg);
        let scope = self.new_scope(Some(file_scope), false);
        self.bind_tparams(scope, &recv_tparam_names(decl), &recv_targs);
        self.bind_tparams(scope, &tparam_names(decl.typ.type_params), &targs);
        let name = self.obj(g).name.clone();
        let inst = self.new_obj(
            ObjKind::Func {
                recv: None,
                has_body: decl.body.is_some(),
            },
            &name,
            INVALID,
            decl.name.pos,
            Some(pkg),
        );
        self.objs[inst.0 as usize].global = true;
        self.record_def(copy.name, Some(inst));
        self.func_insts.insert((g, key), inst);
        if let Some(named) = recv {
            let rt = if recv_is_pointer(decl) {
                self.tt.pointer(named)
            } else {
                named
            };
            self.inst_recv.insert(inst, rt);
            self.objs[inst.0 as usize].kind = ObjKind::Func {
                recv: Some(rt),
                has_body: decl.body.is_some(),
            };
            if let (Some(f), Some(n)) = (
                copy.recv.and_then(|r| r.list.first()),
                self.tt.named_info(named),
            ) {
                let base = n.origin.unwrap_or(n.obj);
                self.record_recv_expr(f.typ, base, rt, named, scope);
            }
        }
        self.inst_depth += 1;
        let sig = self.in_decl_ctx(scope, pkg, Some(g), |c| {
            let s = c.new_scope(Some(scope), true);
            c.ctx.scope = s;
            c.func_type(copy.typ, false).0
        });
        self.inst_depth -= 1;
        self.objs[inst.0 as usize].typ = sig;
        if let Some(n) = self.sig_names.get(&g).cloned() {
            self.sig_names.insert(inst, n);
        }
        self.inst_queue.push(InstBody {
            obj: inst,
            decl: copy,
            scope,
            pkg,
            generic: g,
            gen: self.next_gen(),
        });
        self.instances.push((file_scope, copy));
        Some(inst)
    }

    /// For a generic method (one with its own type parameters) selected
    /// from a value of type `recv`, the receiver's defined type.
    fn method_recv_named(&self, g: ObjId, recv: Option<TypeId>) -> Option<TypeId> {
        if !matches!(self.obj(g).kind, ObjKind::Func { recv: Some(_), .. }) {
            return None;
        }
        let r = recv?;
        let base = match self.tt.kind(r) {
            TypeKind::Pointer(b) => *b,
            _ => r,
        };
        self.tt.named_info(base).map(|_| base)
    }

    /// The receiver type of the method selected by `e` (`x.M`, `x.M[int]`).
    pub(crate) fn selected_recv(&self, e: &Expr<'_>) -> Option<TypeId> {
        let mut e = e;
        loop {
            match &e.kind {
                ExprKind::Paren(x) | ExprKind::Index { x, .. } => e = x,
                ExprKind::Selector { .. } => {
                    return self.info.selections.get(&e.id).map(|s| s.recv);
                }
                _ => return None,
            }
        }
    }

    /// The signature of generic function or method `g` as seen at the call
    /// being checked: a method of a generic type has its receiver's type
    /// parameters replaced by the receiver's type arguments.
    fn generic_sig(&mut self, g: ObjId, recv: Option<TypeId>) -> TypeId {
        let sig = self.obj(g).typ;
        let Some(named) = self.method_recv_named(g, recv) else {
            return sig;
        };
        let Some(n) = self.tt.named_info(named) else {
            return sig;
        };
        let (origin, targs) = (n.origin, n.targs.clone());
        let Some(origin) = origin else { return sig };
        let Some(gen) = self.generics.get(&origin) else {
            return sig;
        };
        let tps: Vec<TypeId> = gen.tparams.iter().map(|&o| self.obj(o).typ).collect();
        let targs: Vec<Option<TypeId>> = targs.into_iter().map(Some).collect();
        self.subst(sig, &tps, &targs, 0)
    }

    /// Type arguments in canonical form: identical types that are distinct
    /// type ids (two spellings of `struct{ X int }`) map to the first one
    /// seen, so they name the same instance.
    fn canon_targs(&mut self, targs: Vec<TypeId>) -> Vec<TypeId> {
        targs
            .into_iter()
            .map(|t| {
                if let Some(&c) = self.canon_types.iter().find(|&&c| self.tt.identical(c, t)) {
                    return c;
                }
                self.canon_types.push(t);
                t
            })
            .collect()
    }

    /// The instance of generic type `g` for `targs` (constraints already
    /// checked by the caller).
    pub(crate) fn instantiate_type(&mut self, g: ObjId, targs: Vec<TypeId>) -> TypeId {
        let targs = self.canon_targs(targs);
        if let Some(&t) = self.type_insts.get(&(g, targs.clone())) {
            return t;
        }
        let Some(DeclInfo::Type { spec, file_scope }) = self.decls.get(&g).copied() else {
            return INVALID;
        };
        let Some(arena) = self.arena else {
            return INVALID;
        };
        if self.inst_limit_hit(g) {
            return INVALID;
        }
        let pkg = self.obj(g).pkg.unwrap_or(self.cur_pkg);
        if spec.assign.is_some() {
            // A generic alias: the right-hand side, arguments bound.
            let t = self.inst_type_rhs(spec, file_scope, &targs, pkg, arena);
            self.type_insts.insert((g, targs), t);
            return t;
        }
        let name = self.obj(g).name.clone();
        let pos = self.obj(g).pos;
        let io = self.new_obj(ObjKind::TypeName, &name, INVALID, pos, Some(pkg));
        self.objs[io.0 as usize].global = true;
        let named = self.tt.new_named(io);
        let TypeKind::Named(ni) = *self.tt.kind(named) else {
            return INVALID;
        };
        self.tt.named[ni as usize].origin = Some(g);
        self.tt.named[ni as usize].targs = targs.clone();
        self.objs[io.0 as usize].typ = named;
        self.type_insts.insert((g, targs.clone()), named);
        let rhs = self.inst_type_rhs(spec, file_scope, &targs, pkg, arena);
        self.tt.named[ni as usize].underlying = self.tt.underlying(rhs);
        if !targs.iter().any(|&t| self.has_tparam(t, 0)) {
            self.inst_depth += 1;
            self.instantiate_methods(g, named, &targs, pkg, spec.name.name);
            self.inst_depth -= 1;
        }
        named
    }

    /// The right-hand side of generic type declaration `spec`, resolved
    /// from a copy with the type parameters bound to `targs`.
    fn inst_type_rhs(
        &mut self,
        spec: &'a TypeSpec<'a>,
        file_scope: ScopeId,
        targs: &[TypeId],
        pkg: PkgId,
        arena: &'a bumpalo::Bump,
    ) -> TypeId {
        let scope = self.new_scope(Some(file_scope), false);
        self.bind_tparams(scope, &tparam_names(spec.type_params), targs);
        let te = Cloner::new(arena, &mut self.ids).expr(spec.typ);
        self.inst_depth += 1;
        let t = self.in_decl_ctx(scope, pkg, None, |c| c.decl_rhs_type(te));
        self.inst_depth -= 1;
        t
    }

    /// Instantiates every method of generic type `g` for instance `named`.
    fn instantiate_methods(
        &mut self,
        g: ObjId,
        named: TypeId,
        targs: &[TypeId],
        pkg: PkgId,
        base: &str,
    ) {
        if !self.obj(g).global {
            return; // a local type has no methods
        }
        let Some(ms) = self.pending_methods.get(&(pkg, base.to_string())).cloned() else {
            return;
        };
        let TypeKind::Named(ni) = *self.tt.kind(named) else {
            return;
        };
        for m in ms {
            let Some(DeclInfo::Func { decl, file_scope }) = self.decls.get(&m).copied() else {
                continue;
            };
            if decl.typ.type_params.is_some() {
                // A generic method: found by lookup as itself, instantiated
                // where it is called (for this receiver type).
                self.tt.named[ni as usize].methods.push(m);
                continue;
            }
            let Some(arena) = self.arena else { return };
            let copy = Cloner::new(arena, &mut self.ids).func_decl(decl);
            let scope = self.new_scope(Some(file_scope), false);
            let names = recv_tparam_names(decl);
            self.bind_tparams(scope, &names, targs);
            let mname = self.obj(m).name.clone();
            let mo = self.new_obj(
                ObjKind::Func {
                    recv: None,
                    has_body: decl.body.is_some(),
                },
                &mname,
                INVALID,
                decl.name.pos,
                Some(pkg),
            );
            self.objs[mo.0 as usize].global = true;
            self.record_def(copy.name, Some(mo));
            // Attach before resolving the signature: it may mention the
            // type again (`func (l *List[T]) Next() *List[T]`).
            self.tt.named[ni as usize].methods.push(mo);
            let (rt, sig) = self.in_decl_ctx(scope, pkg, Some(m), |c| {
                let s = c.new_scope(Some(scope), true);
                c.ctx.scope = s;
                let rt = if recv_is_pointer(decl) {
                    c.tt.pointer(named)
                } else {
                    named
                };
                (rt, c.func_type(copy.typ, false).0)
            });
            self.inst_recv.insert(mo, rt);
            if let Some(f) = copy.recv.and_then(|r| r.list.first()) {
                self.record_recv_expr(f.typ, g, rt, named, scope);
            }
            self.objs[mo.0 as usize].typ = sig;
            self.objs[mo.0 as usize].kind = ObjKind::Func {
                recv: Some(rt),
                has_body: decl.body.is_some(),
            };
            if let Some(n) = self.sig_names.get(&m).cloned() {
                self.sig_names.insert(mo, n);
            }
            self.inst_queue.push(InstBody {
                obj: mo,
                decl: copy,
                scope,
                pkg,
                generic: m,
                gen: self.next_gen(),
            });
            self.instances.push((file_scope, copy));
        }
    }

    /// Records the receiver type expression of an instance method
    /// (`*Stack[T]`, resolved from the declaration, never evaluated: it may
    /// say `Stack[_]`) as the types and objects it denotes.
    fn record_recv_expr(
        &mut self,
        e: &'a Expr<'a>,
        g: ObjId,
        rt: TypeId,
        named: TypeId,
        scope: ScopeId,
    ) {
        self.record_type(e.id, OpMode::TypeExpr, rt, None);
        match &e.kind {
            ExprKind::Paren(x) => self.record_recv_expr(x, g, rt, named, scope),
            ExprKind::Star(x) => self.record_recv_expr(x, g, named, named, scope),
            ExprKind::Ident(base) => self.record_use(base, g),
            ExprKind::Index { x, indices, .. } => {
                if let ExprKind::Ident(base) = &x.kind {
                    self.record_use(base, g);
                    let gt = self.obj(g).typ;
                    self.record_type(x.id, OpMode::TypeExpr, gt, None);
                }
                for i in indices.iter() {
                    let ExprKind::Ident(n) = &i.kind else {
                        continue;
                    };
                    if n.is_blank() {
                        continue;
                    }
                    if let Some(&o) = self.scopes[scope].names.get(n.name) {
                        self.record_use(n, o);
                        let t = self.obj(o).typ;
                        self.record_type(i.id, OpMode::TypeExpr, t, None);
                    }
                }
            }
            _ => {}
        }
    }

    /// Declares the receiver type parameters of a method of a generic type
    /// (`func (s *Stack[E]) Push(v E)`) in a new scope, bound to the type's
    /// own parameters, and makes it the current scope.
    pub(crate) fn enter_generic_method(&mut self, decl: &'a FuncDecl<'a>) {
        let names = recv_tparam_names(decl);
        let base = decl
            .recv
            .and_then(|r| r.list.first())
            .and_then(|f| recv_base_name(f.typ));
        let tps: Vec<TypeId> = match base.and_then(|b| self.lookup(&b)) {
            Some(t) => {
                if self.decls.contains_key(&t) {
                    self.obj_decl(t);
                }
                match self.generics.get(&t) {
                    Some(g) => g.tparams.iter().map(|&o| self.obj(o).typ).collect(),
                    None => Vec::new(),
                }
            }
            None => Vec::new(),
        };
        let scope = self.new_scope(Some(self.ctx.scope), false);
        for (n, &t) in names.iter().zip(&tps) {
            if n.is_blank() {
                continue;
            }
            let o = self.new_obj(ObjKind::TypeName, n.name, t, n.pos, Some(self.cur_pkg));
            self.declare(scope, Some(n), o);
            self.record_def(n, Some(o));
        }
        self.ctx.scope = scope;
    }

    /// The receiver type of a method of a generic type in its generic form
    /// (`*Stack[T]` with the type's own parameters), or `None` for other
    /// methods. Resolved from the declaration, not the receiver expression,
    /// which may say `Stack[_]`.
    pub(crate) fn generic_recv_type(&mut self, decl: &'a FuncDecl<'a>) -> Option<TypeId> {
        if decl.instance || !decl.is_generic() || decl.recv.is_none() {
            return None;
        }
        let base = decl
            .recv
            .and_then(|r| r.list.first())
            .and_then(|f| recv_base_name(f.typ))?;
        let t = self.lookup(&base)?;
        if !self.is_generic_type(t) {
            return None;
        }
        let named = self.obj(t).typ;
        Some(if recv_is_pointer(decl) {
            self.tt.pointer(named)
        } else {
            named
        })
    }

    /// Checks the queued instance bodies (instantiating more as they go).
    pub(crate) fn check_instance_bodies(&mut self) {
        let mut i = 0;
        while i < self.inst_queue.len() {
            let InstBody {
                obj,
                decl,
                scope,
                pkg,
                generic,
                gen,
            } = self.inst_queue[i];
            i += 1;
            let Some(body) = decl.body else { continue };
            let saved_pkg = std::mem::replace(&mut self.cur_pkg, pkg);
            self.in_instance += 1;
            let saved_gen = std::mem::replace(&mut self.inst_gen, gen);
            self.func_body_dep(obj, decl, body, scope, generic);
            self.inst_gen = saved_gen;
            self.in_instance -= 1;
            self.cur_pkg = saved_pkg;
        }
        self.inst_queue.clear();
    }

    /// Marks the imports a generic declaration's body names as used (the
    /// body itself is only checked per instance, perhaps never).
    pub(crate) fn mark_generic_imports(&mut self, decl: &'a FuncDecl<'a>, file_scope: ScopeId) {
        let Some(arena) = self.arena else { return };
        let mut c = Cloner::new(arena, &mut self.ids);
        c.func_decl(decl);
        let names = std::mem::take(&mut c.names);
        for n in names {
            if let Some(&o) = self.scopes[file_scope].names.get(n) {
                if matches!(self.obj(o).kind, ObjKind::PkgName(_)) {
                    self.used[o.0 as usize] = true;
                }
            }
        }
    }
}

/// The names declared by a type parameter list.
fn tparam_names<'a>(fl: Option<&'a FieldList<'a>>) -> Vec<&'a Ident<'a>> {
    fl.map(|fl| {
        fl.list
            .iter()
            .flat_map(|f| f.names.iter().copied())
            .collect()
    })
    .unwrap_or_default()
}

/// Whether a method's receiver is a pointer (`func (s *Stack[E]) ...`).
fn recv_is_pointer(decl: &FuncDecl<'_>) -> bool {
    let Some(f) = decl.recv.and_then(|r| r.list.first()) else {
        return false;
    };
    matches!(f.typ.unparen().kind, ExprKind::Star(_))
}

/// The receiver's type parameter names: `E` in `func (s *Stack[E]) ...`.
fn recv_tparam_names<'a>(decl: &'a FuncDecl<'a>) -> Vec<&'a Ident<'a>> {
    let Some(f) = decl.recv.and_then(|r| r.list.first()) else {
        return Vec::new();
    };
    let mut t = f.typ;
    loop {
        match &t.kind {
            ExprKind::Star(x) | ExprKind::Paren(x) => t = x,
            ExprKind::Index { indices, .. } => {
                return indices
                    .iter()
                    .filter_map(|i| match &i.kind {
                        ExprKind::Ident(n) => Some(*n),
                        _ => None,
                    })
                    .collect()
            }
            _ => return Vec::new(),
        }
    }
}
