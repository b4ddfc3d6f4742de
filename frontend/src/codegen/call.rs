//! Calls, builtins and conversions.

use super::expr::num_kind;
use super::frame::Part;
use super::func::{param_layout, FuncGen, Home, ThunkTarget, WrapKind};
use super::rtypes::ptr_words;
use super::*;
use crate::syntax::token::Token;
use crate::types::constant;

#[derive(Clone, Copy, Debug)]
pub enum Callee {
    Static(FuncId),
    /// Through the func value in this register.
    Closure(Reg),
    /// Method `method` (name id) of the interface value in `iface`.
    Iface {
        iface: Reg,
        method: u32,
    },
}

/// A top-level function whose calls are expanded in place: its body is
/// `return <body>` where `body` reads only the parameters and can neither
/// panic nor call (see `FuncGen::inline_target`).
#[derive(Clone)]
pub struct Inline<'a> {
    /// Parameter objects (`None` for unnamed ones), in order.
    params: Vec<Option<ObjId>>,
    ptypes: Vec<TypeId>,
    result: TypeId,
    body: &'a Expr<'a>,
}

/// An argument still to be evaluated.
enum Arg<'a> {
    Val(Reg, TypeId),
    Expr(&'a Expr<'a>, TypeId),
    /// Extra arguments packed into a `[]elem` for a variadic parameter, and
    /// the call whose implicit slice this is (its allocation site).
    Pack(Vec<&'a Expr<'a>>, TypeId, Option<(NodeId, Pos)>),
}

impl<'g, 'a> FuncGen<'g, 'a> {
    /// Emits a call whose arguments are already evaluated (outside the call
    /// area); returns the registers of the results (in the call area).
    pub fn emit_call(
        &mut self,
        callee: Callee,
        args: &[(Reg, TypeId)],
        callee_params: &[TypeId],
        results: &[TypeId],
        pos: Pos,
    ) -> CgResult<Vec<Reg>> {
        let tt = self.tt();
        let start = if matches!(callee, Callee::Iface { .. }) {
            8
        } else {
            0
        };
        let (offs, pend) = param_layout(tt, callee_params, start);
        let (roffs, rend) = param_layout(tt, results, pend);
        let base = self.call_base;
        for (i, &(r, t)) in args.iter().enumerate() {
            let pt = callee_params.get(i).copied().unwrap_or(t);
            let dst = Reg(base + offs[i]);
            self.convert(r, t, pt, Some(dst))?;
        }
        self.note_call_area(rend);
        self.set_line(pos);
        self.emit_call_instr(callee);
        Ok(roffs.iter().map(|&o| Reg(base + o)).collect())
    }

    fn emit_call_instr(&mut self, callee: Callee) {
        let base = Reg(self.call_base);
        match callee {
            Callee::Static(func) => self.emit(Instr::Call { func, base }),
            Callee::Closure(fv) => self.emit(Instr::CallClosure { fv, base }),
            Callee::Iface { iface, method } => self.emit(Instr::CallIface {
                iface,
                method,
                base,
            }),
        };
    }

    /// Library functions compiled to an instruction (`math.Sqrt`).
    pub fn intrinsic(
        &mut self,
        fun: &'a Expr<'a>,
        args: &'a [&'a Expr<'a>],
        dst: Option<Reg>,
    ) -> CgResult<Option<Reg>> {
        let ExprKind::Selector { sel, .. } = &fun.unparen().kind else {
            return Ok(None);
        };
        if sel.name != "Sqrt" || args.len() != 1 {
            return Ok(None);
        }
        let Some(o) = self.info().use_(sel.id) else {
            return Ok(None);
        };
        let ob = self.g.obj(o);
        if !matches!(ob.kind, ObjKind::Func { recv: None, .. })
            || ob.pkg.map(|p| self.g.pkg_path(p)) != Some("math".to_string())
        {
            return Ok(None);
        }
        let a = self.expr_to(args[0], well_known::FLOAT64, None)?;
        let d = match dst {
            Some(d) => d,
            None => self.temp(well_known::FLOAT64),
        };
        self.emit(Instr::SqrtF64 { dst: d, a });
        Ok(Some(d))
    }

    pub fn is_builtin_call(&self, fun: &Expr<'_>) -> bool {
        self.builtin_of(fun).is_some()
    }

    fn builtin_of(&self, fun: &Expr<'_>) -> Option<Builtin> {
        let id = match &fun.unparen().kind {
            ExprKind::Ident(id) => id.id,
            ExprKind::Selector { sel, .. } => sel.id,
            _ => return None,
        };
        let o = self.info().use_(id)?;
        match self.g.obj(o).kind {
            ObjKind::Builtin(b) => Some(b),
            _ => None,
        }
    }

    /// A call used as a single value.
    pub fn call_value(&mut self, e: &'a Expr<'a>, dst: Option<Reg>) -> CgResult<Reg> {
        let t = self.ty(e);
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &e.kind
        else {
            return self.err(e.pos, "not a call");
        };
        if self
            .tv(fun)
            .map(|t| t.mode == Mode::TypeExpr)
            .unwrap_or(false)
        {
            return self.conversion(e, args[0], t, dst);
        }
        if let Some(b) = self.builtin_of(fun) {
            return match self.builtin(e, b, args, ellipsis.is_some(), dst)? {
                Some(r) => Ok(r),
                None => Ok(dst.unwrap_or(Reg(0))),
            };
        }
        if let Some(r) = self.intrinsic(fun, args, dst)? {
            return Ok(r);
        }
        if let Some((r, _)) = self.try_inline(e, dst)? {
            return Ok(r);
        }
        let res = self.call(e)?;
        match res.first() {
            Some(&(r, rt)) => {
                let d = match dst {
                    Some(d) => d,
                    None => self.temp(rt),
                };
                self.mov(d, r, rt);
                Ok(d)
            }
            None => Ok(dst.unwrap_or(Reg(0))),
        }
    }

    /// Evaluates a multi-valued expression (a call returning a tuple, or a
    /// comma-ok form) into temporaries.
    pub fn multi_value(&mut self, e: &'a Expr<'a>, n: usize) -> CgResult<Vec<(Reg, TypeId)>> {
        let e = e.unparen();
        match &e.kind {
            ExprKind::Call { fun, .. } if self.builtin_of(fun).is_none() => {
                let res = self.call(e)?;
                let mut out = Vec::new();
                for (r, t) in res {
                    let tmp = self.temp(t);
                    self.mov(tmp, r, t);
                    out.push((tmp, t));
                }
                if out.len() != n {
                    return self.err(e.pos, "result count mismatch");
                }
                Ok(out)
            }
            ExprKind::Index { x, indices, .. } => {
                let xt = self.ty(x);
                let TypeKind::Map { key, value } = self.tt().under_kind(xt).clone() else {
                    return self.err(e.pos, "comma-ok of non-map index");
                };
                let m = self.expr(x, None)?;
                let k = self.expr_to(indices[0], key, None)?;
                let v = self.temp(value);
                let ok = self.temp(well_known::BOOL);
                let rt = self.g.rt(xt);
                self.emit(Instr::MapGet2 {
                    dst: v,
                    ok,
                    m,
                    key: k,
                    typ: rt,
                });
                Ok(vec![(v, value), (ok, well_known::BOOL)])
            }
            ExprKind::TypeAssert { x, typ: Some(te) } => {
                let at = self.ty(te);
                let src = self.expr(x, None)?;
                let v = self.temp(at);
                let ok = self.temp(well_known::BOOL);
                if self.tt().is_interface(at) {
                    let it = self.g.rt(at);
                    self.emit(Instr::AssertIfaceOk {
                        dst: v,
                        ok,
                        src,
                        iface: it,
                    });
                } else {
                    let ct = self.g.rt(at);
                    self.emit(Instr::TypeAssertOk {
                        dst: v,
                        ok,
                        src,
                        typ: ct,
                    });
                }
                Ok(vec![(v, at), (ok, well_known::BOOL)])
            }
            ExprKind::Unary {
                op: crate::syntax::token::Token::Arrow,
                x,
            } => self.recv_ok(e, x),
            _ => self.err(e.pos, "unsupported multi-valued expression"),
        }
    }

    /// Resolves the callee of a call expression (evaluating receivers and
    /// func values), returning it with its parameter types (including a
    /// static method's receiver) and the receiver argument if any.
    #[allow(clippy::type_complexity)]
    fn resolve_callee(
        &mut self,
        fun: &'a Expr<'a>,
    ) -> CgResult<(Callee, Vec<TypeId>, Option<(Reg, TypeId)>, Signature)> {
        let tt = self.tt();
        let f = fun.unparen();
        // Static function?
        let static_obj = match &f.kind {
            ExprKind::Ident(id) => self.info().use_(id.id),
            ExprKind::Selector { sel, .. } if !self.info().selections.contains_key(&f.id) => {
                self.info().use_(sel.id)
            }
            _ => None,
        };
        if let Some(o) = static_obj {
            if let ObjKind::Func { .. } = self.g.obj(o).kind {
                let fid = self.g.func_id(o, f.pos)?;
                let sig = tt
                    .signature(self.g.obj(o).typ)
                    .cloned()
                    .ok_or_else(|| Error::new(f.pos, "codegen: no signature"))?;
                return Ok((Callee::Static(fid), sig.params.clone(), None, sig));
            }
        }
        if let ExprKind::Selector { x, .. } = &f.kind {
            if let Some(s) = self.info().selections.get(&f.id).cloned() {
                if s.kind == SelectionKind::MethodVal {
                    let (callee, recv, sig) = self.receiver(x, &s, f.pos)?;
                    let mut ps = Vec::new();
                    if let Some((_, rt)) = recv {
                        ps.push(rt);
                    }
                    ps.extend(sig.params.iter().copied());
                    return Ok((callee, ps, recv, sig));
                }
            }
        }
        let ft = self.ty(f);
        let sig = tt
            .signature(ft)
            .cloned()
            .ok_or_else(|| Error::new(f.pos, "codegen: call of non-function"))?;
        let fv = self.expr(f, None)?;
        let fv = if self.in_call_area(fv) {
            let t = self.temp_ptr();
            self.mov_n(t, fv, 8);
            t
        } else {
            fv
        };
        Ok((Callee::Closure(fv), sig.params.clone(), None, sig))
    }

    /// Collects the argument list of a call (spreading `f(g())`, packing
    /// variadic arguments).
    fn call_args(
        &mut self,
        args: &'a [&'a Expr<'a>],
        ellipsis: bool,
        sig: &Signature,
        recv: Option<(Reg, TypeId)>,
        site: Option<(NodeId, Pos)>,
    ) -> CgResult<Vec<Arg<'a>>> {
        let tt = self.tt();
        let mut out = Vec::new();
        if let Some((r, t)) = recv {
            out.push(Arg::Val(r, t));
        }
        let np = sig.params.len();
        // f(g()) with a multi-valued g.
        if args.len() == 1 && np > 1
            || (args.len() == 1
                && tt
                    .tuple_types(
                        self.tv(args[0])
                            .map(|t| t.typ)
                            .unwrap_or(well_known::INVALID),
                    )
                    .is_some())
        {
            let at = self
                .tv(args[0])
                .map(|t| t.typ)
                .unwrap_or(well_known::INVALID);
            if let Some(ts) = tt.tuple_types(at) {
                let vals = self.multi_value(args[0], ts.len())?;
                if sig.variadic && !ellipsis {
                    // Spread into fixed params, pack the rest.
                    let fixed = np - 1;
                    let mut it = vals.into_iter();
                    for _ in 0..fixed {
                        let (r, t) = it
                            .next()
                            .ok_or_else(|| Error::new(args[0].pos, "codegen: too few values"))?;
                        out.push(Arg::Val(r, t));
                    }
                    let rest: Vec<(Reg, TypeId)> = it.collect();
                    let st = sig.params[np - 1];
                    let packed = self.pack_vals(&rest, st, site)?;
                    out.push(Arg::Val(packed, st));
                } else {
                    for (r, t) in vals {
                        out.push(Arg::Val(r, t));
                    }
                }
                return Ok(out);
            }
        }
        if sig.variadic && !ellipsis {
            let fixed = np - 1;
            for (i, a) in args.iter().enumerate().take(fixed) {
                out.push(Arg::Expr(a, sig.params[i]));
            }
            let rest: Vec<&'a Expr<'a>> = args.iter().skip(fixed).copied().collect();
            out.push(Arg::Pack(rest, sig.params[np - 1], site));
        } else {
            for (i, a) in args.iter().enumerate() {
                let pt = sig.params.get(i).copied().unwrap_or_else(|| self.ty(a));
                out.push(Arg::Expr(a, pt));
            }
        }
        Ok(out)
    }

    /// Packs already-evaluated values into a new slice of type `st`.
    fn pack_vals(
        &mut self,
        vals: &[(Reg, TypeId)],
        st: TypeId,
        site: Option<(NodeId, Pos)>,
    ) -> CgResult<Reg> {
        let tt = self.tt();
        let elem = match tt.under_kind(st) {
            TypeKind::Slice(e) => *e,
            _ => return self.err(Pos::NONE, "variadic parameter is not a slice"),
        };
        let d = self.temp(st);
        if vals.is_empty() {
            self.zero(d, st);
            return Ok(d);
        }
        let es = self.size(elem);
        if let Some((id, pos)) =
            site.filter(|s| self.g.esc.variadic_site(s.0) == crate::escape::Alloc::Frame)
        {
            // The implicit slice's backing array lives in the frame.
            let n = vals.len() as u64;
            let arr = self.frame_array(id, Part::Object, elem, n, pos);
            for (i, &(r, t)) in vals.iter().enumerate() {
                self.convert(r, t, elem, Some(Reg(arr.0 + i as u32 * es)))?;
            }
            let nr = self.const_i64(n as i64);
            self.frame_slice_header(d, arr, nr, nr);
            return Ok(d);
        }
        let (region, _) = self.elem_region(elem, vals.len() as u32);
        for (i, &(r, t)) in vals.iter().enumerate() {
            self.convert(r, t, elem, Some(Reg(region.0 + i as u32 * es)))?;
        }
        let z = self.temp(st);
        self.zero(z, st);
        let ert = self.g.rt(elem);
        self.emit(Instr::Append {
            dst: d,
            src: z,
            vals: region,
            n: vals.len() as u32,
            elem: ert,
        });
        Ok(d)
    }

    /// A temporary region for `n` consecutive values of `elem`.
    pub fn elem_region(&mut self, elem: TypeId, n: u32) -> (Reg, u32) {
        let es = self.size(elem);
        let inner = ptr_words(self.tt(), elem);
        let mut pw = Vec::new();
        if es.is_multiple_of(8) {
            for i in 0..n {
                for &w in &inner {
                    pw.push(i * es / 8 + w);
                }
            }
        }
        (self.temp_region((es * n).max(8), pw), es)
    }

    fn eval_arg(&mut self, a: &Arg<'a>, pt: TypeId, dst: Option<Reg>) -> CgResult<Reg> {
        match a {
            Arg::Val(r, t) => self.convert(*r, *t, pt, dst),
            Arg::Expr(e, t) => self.expr_to(e, *t, dst),
            Arg::Pack(es, st, site) => {
                let tt = self.tt();
                let elem = match tt.under_kind(*st) {
                    TypeKind::Slice(e) => *e,
                    _ => return self.err(Pos::NONE, "variadic parameter is not a slice"),
                };
                let d = match dst {
                    Some(d) => d,
                    None => self.temp(*st),
                };
                if es.is_empty() {
                    self.zero(d, *st);
                    return Ok(d);
                }
                if let Some((id, pos)) =
                    site.filter(|s| self.g.esc.variadic_site(s.0) == crate::escape::Alloc::Frame)
                {
                    // The implicit slice's backing array lives in the frame.
                    let esz = self.size(elem);
                    let arr = self.frame_array(id, Part::Object, elem, es.len() as u64, pos);
                    for pass in [true, false] {
                        for (i, x) in es.iter().enumerate() {
                            if self.has_call(x) == pass {
                                self.expr_to(x, elem, Some(Reg(arr.0 + i as u32 * esz)))?;
                            }
                        }
                    }
                    let nr = self.const_i64(es.len() as i64);
                    self.frame_slice_header(d, arr, nr, nr);
                    return Ok(d);
                }
                let (region, esz) = self.elem_region(elem, es.len() as u32);
                // gc's order: operands containing calls first, then the rest.
                for pass in [true, false] {
                    for (i, x) in es.iter().enumerate() {
                        if self.has_call(x) == pass {
                            self.expr_to(x, elem, Some(Reg(region.0 + i as u32 * esz)))?;
                        }
                    }
                }
                let z = self.temp(*st);
                self.zero(z, *st);
                let ert = self.g.rt(elem);
                self.emit(Instr::Append {
                    dst: d,
                    src: z,
                    vals: region,
                    n: es.len() as u32,
                    elem: ert,
                });
                Ok(d)
            }
        }
    }

    fn arg_has_call(&self, a: &Arg<'_>) -> bool {
        match a {
            Arg::Val(..) => false,
            Arg::Expr(e, _) => self.has_call(e),
            Arg::Pack(es, _, _) => es.iter().any(|e| self.has_call(e)),
        }
    }

    /// A (non-builtin, non-conversion) call; returns result registers in the
    /// call area with their types.
    pub fn call(&mut self, e: &'a Expr<'a>) -> CgResult<Vec<(Reg, TypeId)>> {
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &e.kind
        else {
            return self.err(e.pos, "not a call");
        };
        if let Some(r) = self.try_inline(e, None)? {
            return Ok(vec![r]);
        }
        let (callee, ptys, recv, sig) = self.resolve_callee(fun)?;
        let argv = self.call_args(args, ellipsis.is_some(), &sig, recv, Some((e.id, e.pos)))?;
        let tt = self.tt();
        let start = if matches!(callee, Callee::Iface { .. }) {
            8
        } else {
            0
        };
        let (offs, pend) = param_layout(tt, &ptys, start);
        let (roffs, rend) = param_layout(tt, &sig.results, pend);
        let base = self.call_base;
        let direct = !argv.iter().any(|a| self.arg_has_call(a));
        if direct {
            for (i, a) in argv.iter().enumerate() {
                let pt = ptys.get(i).copied().unwrap_or(well_known::INVALID);
                self.eval_arg(a, pt, Some(Reg(base + offs[i])))?;
            }
        } else {
            // gc's order: arguments containing calls first (into
            // temporaries), then the others straight into the call area.
            let mut vals = Vec::new();
            for (i, a) in argv.iter().enumerate() {
                if !self.arg_has_call(a) {
                    continue;
                }
                let pt = ptys.get(i).copied().unwrap_or(well_known::INVALID);
                let r = self.eval_arg(a, pt, None)?;
                let r = if self.in_call_area(r) {
                    let t = self.temp(pt);
                    self.mov(t, r, pt);
                    t
                } else {
                    r
                };
                vals.push((i, r));
            }
            for (i, a) in argv.iter().enumerate() {
                if self.arg_has_call(a) {
                    continue;
                }
                let pt = ptys.get(i).copied().unwrap_or(well_known::INVALID);
                self.eval_arg(a, pt, Some(Reg(base + offs[i])))?;
            }
            for (i, r) in vals {
                self.mov(Reg(base + offs[i]), r, ptys[i]);
            }
        }
        self.note_call_area(rend);
        self.set_line(e.pos);
        self.emit_call_instr(callee);
        Ok(roffs
            .iter()
            .zip(sig.results.iter())
            .map(|(&o, &t)| (Reg(base + o), t))
            .collect())
    }

    /// The inlinable function a call's `fun` names directly, if any.
    fn inline_target(&mut self, fun: &Expr<'_>) -> Option<Inline<'a>> {
        let f = fun.unparen();
        let o = match &f.kind {
            ExprKind::Ident(id) => self.info().use_(id.id)?,
            ExprKind::Selector { sel, .. } if !self.info().selections.contains_key(&f.id) => {
                self.info().use_(sel.id)?
            }
            _ => return None,
        };
        if let Some(m) = self.g.inline_memo.get(&o) {
            return m.clone();
        }
        let r = self.inline_analyze(o);
        self.g.inline_memo.insert(o, r.clone());
        r
    }

    /// Decides whether function `o` is inlinable: a non-generic top-level
    /// function with a body of exactly `return <expr>`, one result, simple
    /// (integer, float or bool) parameter and result types, parameters that
    /// live in the frame, and an `<expr>` that cannot panic or call (so no
    /// traceback ever needs the inlined frame).
    fn inline_analyze(&self, o: ObjId) -> Option<Inline<'a>> {
        let fd = *self.g.decls.get(&o)?;
        let ob = self.g.obj(o);
        if !matches!(ob.kind, ObjKind::Func { recv: None, .. })
            || fd.recv.is_some()
            || fd.typ.type_params.is_some()
            || fd.pragmas.iter().any(|p| p.starts_with("go:noinline"))
        {
            return None;
        }
        let body = fd.body?;
        let [stmt] = body.list else {
            return None;
        };
        let StmtKind::Return { results } = &stmt.kind else {
            return None;
        };
        let [ret] = results else {
            return None;
        };
        let tt = self.tt();
        let sig = tt.signature(ob.typ)?;
        if sig.variadic || sig.results.len() != 1 || !self.inline_simple_type(sig.results[0]) {
            return None;
        }
        let mut params = Vec::new();
        for fl in fd.typ.params.list.iter() {
            if fl.names.is_empty() {
                params.push(None);
            }
            for n in fl.names.iter() {
                params.push(self.info().def(n.id));
            }
        }
        if params.len() != sig.params.len() {
            return None;
        }
        for (p, &t) in params.iter().zip(sig.params.iter()) {
            if !self.inline_simple_type(t) {
                return None;
            }
            if let Some(p) = p {
                if self.g.esc.is_heap(*p) || self.g.esc.reassigned.contains(p) {
                    return None;
                }
            }
        }
        if !self.inline_pure(ret, &params) {
            return None;
        }
        Some(Inline {
            params,
            ptypes: sig.params.clone(),
            result: sig.results[0],
            body: ret,
        })
    }

    fn inline_simple_type(&self, t: TypeId) -> bool {
        let tt = self.tt();
        tt.is_integer(t) || tt.is_float(t) || tt.is_boolean(t)
    }

    /// Whether `e` only reads `params`, cannot panic and makes no call:
    /// constants, parameters, `+ - ! ^` and binary arithmetic, bitwise,
    /// logical and comparison operators on simple types (integer `/` and
    /// `%` only by a non-zero constant; no shifts), numeric conversions.
    fn inline_pure(&self, e: &Expr<'_>, params: &[Option<ObjId>]) -> bool {
        let Some(tv) = self.tv(e) else {
            return false;
        };
        if !self.inline_simple_type(tv.typ) {
            return false;
        }
        if tv.value.is_some() {
            return true;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.inline_pure(x, params),
            ExprKind::Ident(id) => match self.info().object_of(id.id) {
                Some(o) => params.contains(&Some(o)),
                None => false,
            },
            ExprKind::Unary { op, x } => {
                matches!(op, Token::Add | Token::Sub | Token::Not | Token::Xor)
                    && self.inline_pure(x, params)
            }
            ExprKind::Binary { op, x, y } => {
                let ok_op = match op {
                    Token::Add
                    | Token::Sub
                    | Token::Mul
                    | Token::And
                    | Token::Or
                    | Token::Xor
                    | Token::AndNot
                    | Token::LAnd
                    | Token::LOr
                    | Token::Eql
                    | Token::Neq
                    | Token::Lss
                    | Token::Leq
                    | Token::Gtr
                    | Token::Geq => true,
                    Token::Quo | Token::Rem => {
                        self.tt().is_float(tv.typ)
                            || self
                                .tv(y)
                                .and_then(|v| v.value.as_ref())
                                .map(|c| constant::sign(c) != 0)
                                .unwrap_or(false)
                    }
                    _ => false,
                };
                ok_op && self.inline_pure(x, params) && self.inline_pure(y, params)
            }
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                ..
            } => {
                self.tv(fun)
                    .map(|t| t.mode == Mode::TypeExpr)
                    .unwrap_or(false)
                    && ellipsis.is_none()
                    && args.len() == 1
                    && self.inline_pure(args[0], params)
            }
            _ => false,
        }
    }

    /// Expands a call of an inlinable function in place: the arguments are
    /// evaluated in gc's order (those containing calls first) into fresh
    /// temporaries -- or, for a frame variable the body merely reads, its own
    /// slot -- the callee's parameter objects are bound to them, and the
    /// return expression is generated into `dst` (or a temporary). Returns
    /// the result register and type, or `None` if the call is not inlined.
    pub fn try_inline(
        &mut self,
        e: &'a Expr<'a>,
        dst: Option<Reg>,
    ) -> CgResult<Option<(Reg, TypeId)>> {
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &e.kind
        else {
            return Ok(None);
        };
        if ellipsis.is_some() {
            return Ok(None);
        }
        let Some(inl) = self.inline_target(fun) else {
            return Ok(None);
        };
        if args.len() != inl.params.len() {
            return Ok(None);
        }
        let mut regs = vec![Reg(0); args.len()];
        for pass in [true, false] {
            for (i, a) in args.iter().enumerate() {
                if self.has_call(a) != pass {
                    continue;
                }
                let pt = inl.ptypes[i];
                if !pass {
                    if let Some(r) = self.frame_var_slot(a) {
                        if Some(r) != dst && self.tt().identical(self.ty(a), pt) {
                            regs[i] = r;
                            continue;
                        }
                    }
                }
                let t = self.temp(pt);
                self.expr_to(a, pt, Some(t))?;
                regs[i] = t;
            }
        }
        self.set_line(e.pos);
        let mut saved = Vec::new();
        for (p, &r) in inl.params.iter().zip(regs.iter()) {
            if let Some(p) = *p {
                saved.push((p, self.vars.insert(p, Home::Frame(r))));
            }
        }
        let d = match dst {
            Some(d) => d,
            None => self.temp(inl.result),
        };
        let res = self.expr_to(inl.body, inl.result, Some(d));
        for (p, old) in saved.into_iter().rev() {
            match old {
                Some(h) => self.vars.insert(p, h),
                None => self.vars.remove(&p),
            };
        }
        res?;
        Ok(Some((d, inl.result)))
    }

    /// The slot of a plain frame variable `e` names, if it is one.
    fn frame_var_slot(&self, e: &Expr<'_>) -> Option<Reg> {
        let ExprKind::Ident(id) = &e.unparen().kind else {
            return None;
        };
        let o = self.info().object_of(id.id)?;
        if !matches!(self.g.obj(o).kind, ObjKind::Var { .. }) {
            return None;
        }
        match self.vars.get(&o) {
            Some(Home::Frame(r)) => Some(*r),
            _ => None,
        }
    }

    /// `defer f(args)` / `go f(args)`: evaluates the function and
    /// arguments now and returns a closure that makes the call.
    pub fn deferred_closure(&mut self, e: &'a Expr<'a>) -> CgResult<Reg> {
        self.deferred_closure_for(e, false)
    }

    /// `deferred_closure`; for a `defer` (`in_defer`) that runs at most once
    /// per call, the closure is a frame object, as gc's stack-allocated
    /// defer records: the frame outlives the deferred call.
    pub fn deferred_closure_for(&mut self, e: &'a Expr<'a>, in_defer: bool) -> CgResult<Reg> {
        let call = e.unparen();
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &call.kind
        else {
            return self.err(e.pos, "expression in defer must be a function call");
        };
        let mut caps: Vec<(Reg, TypeId)> = Vec::new();
        let target;
        if let Some(b) = self.builtin_of(fun) {
            // Wrap the builtin call in a literal-like thunk: evaluate the
            // arguments now, run the builtin later. Only the common ones.
            return self.deferred_builtin(e, b, args, in_defer);
        }
        if self
            .tv(fun)
            .map(|t| t.mode == Mode::TypeExpr)
            .unwrap_or(false)
        {
            return self.err(e.pos, "defer of a conversion");
        }
        let (callee, ptys, recv, sig) = self.resolve_callee(fun)?;
        // The `...` slice is made now and lives as long as the deferred
        // call: in the frame only if the deferred call's record is too.
        let site = self.frame_site(call.id).then_some((call.id, call.pos));
        let argv = self.call_args(args, ellipsis.is_some(), &sig, recv, site)?;
        // A closure called without arguments is deferred as itself.
        if let Callee::Closure(fv) = callee {
            if argv.is_empty() {
                let d = self.temp_ptr();
                self.mov_n(d, fv, 8);
                return Ok(d);
            }
        }
        match callee {
            Callee::Static(f) => target = ThunkTarget::Static(f),
            Callee::Closure(fv) => {
                target = ThunkTarget::Closure;
                caps.push((fv, self.ty(fun)));
            }
            Callee::Iface { iface, method } => {
                target = ThunkTarget::Iface(method);
                let it = self.iface_any()?;
                caps.push((iface, it));
            }
        }
        let mut vals = Vec::new();
        for (i, a) in argv.iter().enumerate() {
            let pt = ptys[i];
            let r = self.eval_arg(a, pt, None)?;
            let r = if self.in_call_area(r) {
                let t = self.temp(pt);
                self.mov(t, r, pt);
                t
            } else {
                r
            };
            vals.push((r, pt));
        }
        caps.extend(vals);
        let callee_params: Vec<TypeId> = ptys.clone();
        let callee_results: Vec<TypeId> = sig.results.clone();
        let site = e.pos.0;
        let name = format!("{}.deferwrap{}", self.name, site);
        let kind = WrapKind::Thunk {
            name,
            target,
            caps: caps.iter().map(|c| c.1).collect(),
            callee_params,
            callee_results,
            own_params: vec![],
            own_results: vec![],
            site,
        };
        let fid = self.g.wrapper(kind);
        let d = self.temp_ptr();
        if in_defer && self.runs_once() {
            self.make_closure_frame(call.id, Part::Thunk, fid, &caps, d, e.pos);
        } else {
            self.make_closure(fid, &caps, d);
        }
        Ok(d)
    }

    fn deferred_builtin(
        &mut self,
        e: &'a Expr<'a>,
        b: Builtin,
        args: &'a [&'a Expr<'a>],
        in_defer: bool,
    ) -> CgResult<Reg> {
        // Evaluate the arguments now; a synthesized thunk runs the builtin
        // on the captured values later.
        let code = match b {
            Builtin::Panic => 0u8,
            Builtin::Print => 1,
            Builtin::Println => 2,
            Builtin::Recover => 3,
            Builtin::Delete => 4,
            Builtin::Close => 5,
            Builtin::Copy => 6,
            Builtin::Clear => 7,
            _ => return self.err(e.pos, "defer of this builtin is not supported"),
        };
        let mut caps: Vec<(Reg, TypeId)> = Vec::new();
        let mut map_t = well_known::INVALID;
        for (i, a) in args.iter().enumerate() {
            let t = match b {
                Builtin::Panic => self.iface_any()?,
                Builtin::Delete if i == 0 => {
                    map_t = self.ty(a);
                    map_t
                }
                Builtin::Delete => match self.tt().under_kind(map_t) {
                    TypeKind::Map { key, .. } => *key,
                    _ => self.ty(a),
                },
                // The thunk needs the operand's type (copy: the slice).
                Builtin::Copy | Builtin::Clear if i == 0 => {
                    map_t = self.ty(a);
                    map_t
                }
                _ => self.ty(a),
            };
            let r = self.expr_to(a, t, None)?;
            let tmp = self.temp(t);
            self.mov(tmp, r, t);
            caps.push((tmp, t));
        }
        let name = format!("{}.deferwrap{}", self.name, e.pos.0);
        let kind = WrapKind::BuiltinThunk {
            name,
            builtin: code,
            caps: caps.iter().map(|c| c.1).collect(),
            map: map_t,
        };
        let fid = self.g.wrapper(kind);
        let d = self.temp_ptr();
        if in_defer && self.runs_once() {
            let call = e.unparen();
            self.make_closure_frame(call.id, Part::Thunk, fid, &caps, d, e.pos);
        } else {
            self.make_closure(fid, &caps, d);
        }
        Ok(d)
    }

    // ---- conversions ----

    pub fn conversion(
        &mut self,
        e: &'a Expr<'a>,
        x: &'a Expr<'a>,
        to: TypeId,
        dst: Option<Reg>,
    ) -> CgResult<Reg> {
        let tt = self.tt();
        if let Some(v) = self.tv(e).and_then(|t| t.value.clone()) {
            let d = match dst {
                Some(d) => d,
                None => self.temp(to),
            };
            self.const_into(&v, to, d);
            return Ok(d);
        }
        if self.is_nil(x) {
            let d = match dst {
                Some(d) => d,
                None => self.temp(to),
            };
            self.zero(d, to);
            return Ok(d);
        }
        let from = self.ty(x);
        if tt.is_interface(to) {
            let v = self.expr(x, None)?;
            let site = if self.frame_site(e.id) {
                Some((e.id, e.pos))
            } else {
                self.site_of(x)
            };
            return self.convert_at(v, from, to, dst, site);
        }
        let fu = tt.underlying(from);
        let tu = tt.underlying(to);
        if let TypeKind::Slice(_) = tt.kind(fu) {
            let arr = match tt.kind(tu) {
                TypeKind::Array { len, .. } => Some((*len, false)),
                TypeKind::Pointer(b) => match tt.under_kind(*b) {
                    TypeKind::Array { len, .. } => Some((*len, true)),
                    _ => None,
                },
                _ => None,
            };
            if let Some((len, is_ptr)) = arr {
                let v = self.expr(x, None)?;
                if is_ptr {
                    let d = match dst {
                        Some(d) => d,
                        None => self.temp(to),
                    };
                    self.emit(Instr::SliceToArrayPtr {
                        dst: d,
                        src: v,
                        len: len as u32,
                    });
                    return Ok(d);
                }
                let p = self.temp_ptr();
                self.emit(Instr::SliceToArrayPtr {
                    dst: p,
                    src: v,
                    len: len as u32,
                });
                let d = match dst {
                    Some(d) => d,
                    None => self.temp(to),
                };
                if len == 0 {
                    self.zero(d, to);
                } else {
                    self.load(d, p, 0, to);
                }
                return Ok(d);
            }
        }
        // string conversions
        if tt.is_string(tu) {
            if tt.is_integer(fu) {
                let v = self.expr(x, None)?;
                let v = self.widen_i64(v, from);
                let d = match dst {
                    Some(d) => d,
                    None => self.temp(to),
                };
                if self.frame_site(e.id) {
                    let buf = self.frame_region(
                        e.id,
                        Part::Buffer,
                        4,
                        Vec::new(),
                        e.pos,
                        "[4]byte".to_string(),
                    );
                    self.emit(Instr::StrFromRuneBuf {
                        dst: d,
                        src: v,
                        buf,
                    });
                    return Ok(d);
                }
                self.emit(Instr::StrFromRune { dst: d, src: v });
                return Ok(d);
            }
            if let TypeKind::Slice(el) = tt.kind(fu) {
                let v = self.expr(x, None)?;
                let d = match dst {
                    Some(d) => d,
                    None => self.temp(to),
                };
                let bytes = tt.size_of(*el) == 1;
                if self.frame_site(e.id) {
                    let (buf, _) = self.frame_buf(e.id, None, e.pos);
                    self.emit(if bytes {
                        Instr::StrFromBytesBuf {
                            dst: d,
                            src: v,
                            buf,
                        }
                    } else {
                        Instr::StrFromRunesBuf {
                            dst: d,
                            src: v,
                            buf,
                        }
                    });
                } else if bytes {
                    self.emit(Instr::StrFromBytes { dst: d, src: v });
                } else {
                    self.emit(Instr::StrFromRunes { dst: d, src: v });
                }
                return Ok(d);
            }
        }
        if tt.is_string(fu) {
            if let TypeKind::Slice(el) = tt.kind(tu) {
                let v = self.expr(x, None)?;
                let d = match dst {
                    Some(d) => d,
                    None => self.temp(to),
                };
                let bytes = tt.size_of(*el) == 1;
                if bytes && self.frame_site(e.id) && self.g.esc.zero_copy.contains(&e.id) {
                    // Zero-copy: {s.ptr, len(s), len(s)}.
                    self.mov_n(d, v, 16);
                    self.mov_n(Reg(d.0 + 16), Reg(v.0 + 8), 8);
                } else if self.frame_site(e.id) {
                    if bytes {
                        let (buf, _) = self.frame_buf(e.id, None, e.pos);
                        self.emit(Instr::BytesFromStrBuf {
                            dst: d,
                            src: v,
                            buf,
                        });
                    } else {
                        // gc's [32]rune buffer.
                        let buf = self.frame_array(e.id, Part::Buffer, *el, 32, e.pos);
                        self.emit(Instr::RunesFromStrBuf {
                            dst: d,
                            src: v,
                            buf,
                        });
                    }
                } else if bytes {
                    self.emit(Instr::BytesFromStr { dst: d, src: v });
                } else {
                    self.emit(Instr::RunesFromStr { dst: d, src: v });
                }
                return Ok(d);
            }
        }
        if let (Some(fk), Some(tk)) = (num_kind(tt, fu), num_kind(tt, tu)) {
            let v = self.expr(x, None)?;
            if fk == tk || (same_int_width(fk, tk)) {
                return match dst {
                    Some(d) => {
                        self.mov(d, v, to);
                        Ok(d)
                    }
                    None => Ok(v),
                };
            }
            let d = match dst {
                Some(d) => d,
                None => self.temp(to),
            };
            self.emit(Instr::Conv {
                dst: d,
                src: v,
                from: fk,
                to: tk,
            });
            return Ok(d);
        }
        // Same representation (named/unnamed, pointers, ...).
        self.expr(x, dst)
    }

    // ---- builtins ----

    fn builtin(
        &mut self,
        e: &'a Expr<'a>,
        b: Builtin,
        args: &'a [&'a Expr<'a>],
        ellipsis: bool,
        dst: Option<Reg>,
    ) -> CgResult<Option<Reg>> {
        let tt = self.tt();
        let t = self.ty(e);
        let d = |s: &mut Self, t: TypeId| -> Reg {
            match dst {
                Some(d) => d,
                None => s.temp(t),
            }
        };
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = args[0];
                let xt = self.ty(x);
                let word = if b == Builtin::Len { 8 } else { 16 };
                match tt.under_kind(xt).clone() {
                    TypeKind::Basic(_) | TypeKind::Slice(_) => {
                        let v = self.expr(x, None)?;
                        match dst {
                            Some(r) => {
                                self.mov_n(r, Reg(v.0 + word), 8);
                                Ok(Some(r))
                            }
                            None => Ok(Some(Reg(v.0 + word))),
                        }
                    }
                    TypeKind::Map { .. } => {
                        let v = self.expr(x, None)?;
                        let r = d(self, t);
                        self.emit(Instr::MapLen { dst: r, m: v });
                        Ok(Some(r))
                    }
                    TypeKind::Array { len, .. } => {
                        let r = d(self, t);
                        self.emit(Instr::ConstI64 {
                            dst: r,
                            v: len as i64,
                        });
                        Ok(Some(r))
                    }
                    TypeKind::Pointer(a) => {
                        let len = match tt.under_kind(a) {
                            TypeKind::Array { len, .. } => *len,
                            _ => 0,
                        };
                        let r = d(self, t);
                        self.emit(Instr::ConstI64 {
                            dst: r,
                            v: len as i64,
                        });
                        Ok(Some(r))
                    }
                    TypeKind::Chan { .. } => {
                        let v = self.expr(x, None)?;
                        let r = d(self, t);
                        self.emit(if b == Builtin::Len {
                            Instr::ChanLen { dst: r, ch: v }
                        } else {
                            Instr::ChanCap { dst: r, ch: v }
                        });
                        Ok(Some(r))
                    }
                    _ => self.err(e.pos, "unsupported len/cap operand"),
                }
            }
            Builtin::Append => {
                let st = t;
                let elem = match tt.under_kind(st) {
                    TypeKind::Slice(el) => *el,
                    _ => return self.err(e.pos, "append to non-slice"),
                };
                let s = self.expr_to(args[0], st, None)?;
                let s = if args.len() > 1
                    && (self.in_call_area(s) || args[1..].iter().any(|a| self.has_call(a)))
                    && self.in_call_area(s)
                {
                    let tmp = self.temp(st);
                    self.mov(tmp, s, st);
                    tmp
                } else {
                    s
                };
                let ert = self.g.rt(elem);
                if ellipsis {
                    let y = args[1];
                    let yt = self.ty(y);
                    let yv = self.expr_to(y, if tt.is_string(yt) { yt } else { st }, None)?;
                    let r = d(self, t);
                    if let Some(buf) = self.append_buf(e, elem) {
                        self.emit(Instr::AppendSliceBuf {
                            dst: r,
                            a: s,
                            b: yv,
                            elem: ert,
                            buf,
                        });
                        return Ok(Some(r));
                    }
                    self.emit(Instr::AppendSlice {
                        dst: r,
                        a: s,
                        b: yv,
                        elem: ert,
                    });
                    return Ok(Some(r));
                }
                if args.len() == 1 {
                    let r = d(self, t);
                    self.mov(r, s, st);
                    return Ok(Some(r));
                }
                let n = (args.len() - 1) as u32;
                let (region, es) = self.elem_region(elem, n);
                for (i, a) in args[1..].iter().enumerate() {
                    self.expr_to(a, elem, Some(Reg(region.0 + i as u32 * es)))?;
                }
                let r = d(self, t);
                if let Some(buf) = self.append_buf(e, elem) {
                    self.mov(r, s, st);
                    self.emit(Instr::AppendBuf {
                        dst: r,
                        vals: region,
                        n,
                        elem: ert,
                        buf,
                    });
                    return Ok(Some(r));
                }
                self.emit(Instr::Append {
                    dst: r,
                    src: s,
                    vals: region,
                    n,
                    elem: ert,
                });
                Ok(Some(r))
            }
            Builtin::Copy => {
                let at = self.ty(args[0]);
                let elem = match tt.under_kind(at) {
                    TypeKind::Slice(el) => *el,
                    _ => return self.err(e.pos, "copy to non-slice"),
                };
                let a = self.expr(args[0], None)?;
                let a = self.protect(a, at, args[1]);
                let bv = self.expr(args[1], None)?;
                let ert = self.g.rt(elem);
                let r = match dst {
                    Some(d) => d,
                    None => self.temp_i64(),
                };
                self.emit(Instr::Copy {
                    dst: r,
                    a,
                    b: bv,
                    elem: ert,
                });
                Ok(Some(r))
            }
            Builtin::Delete => {
                let mt = self.ty(args[0]);
                let key = match tt.under_kind(mt) {
                    TypeKind::Map { key, .. } => *key,
                    _ => return self.err(e.pos, "delete from non-map"),
                };
                let m = self.expr(args[0], None)?;
                let m = self.protect(m, mt, args[1]);
                let k = self.expr_to(args[1], key, None)?;
                let rt = self.g.rt(mt);
                self.emit(Instr::MapDelete { m, key: k, typ: rt });
                Ok(None)
            }
            Builtin::Clear => {
                let xt = self.ty(args[0]);
                let v = self.expr(args[0], None)?;
                match tt.under_kind(xt).clone() {
                    TypeKind::Map { .. } => {
                        let rt = self.g.rt(xt);
                        self.emit(Instr::MapClear { m: v, typ: rt });
                    }
                    TypeKind::Slice(el) => {
                        let rt = self.g.rt(el);
                        self.emit(Instr::ClearSlice { s: v, elem: rt });
                    }
                    _ => return self.err(e.pos, "clear of unsupported type"),
                }
                Ok(None)
            }
            Builtin::Make => {
                let mt = t;
                match tt.under_kind(mt).clone() {
                    TypeKind::Slice(el) => {
                        let l = self.make_size(args.get(1).copied())?;
                        let c = match args.get(2) {
                            Some(c) => self.make_size(Some(c))?,
                            None => l,
                        };
                        let ert = self.g.rt(el);
                        let r = d(self, t);
                        if self.frame_site(e.id) {
                            self.make_slice_frame(e, args, el, r, l, c);
                            return Ok(Some(r));
                        }
                        self.emit(Instr::MakeSlice {
                            dst: r,
                            elem: ert,
                            len: l,
                            cap: c,
                        });
                        Ok(Some(r))
                    }
                    TypeKind::Map { key, value } => {
                        let h = self.make_size(args.get(1).copied())?;
                        let rt = self.g.rt(mt);
                        let r = d(self, t);
                        if self.frame_site(e.id) {
                            self.make_map_frame(e.id, e.pos, mt, key, value, r, h);
                            return Ok(Some(r));
                        }
                        self.emit(Instr::MakeMap {
                            dst: r,
                            typ: rt,
                            hint: h,
                        });
                        Ok(Some(r))
                    }
                    TypeKind::Chan { elem, .. } => {
                        // Channels are always heap objects (gc: makechan).
                        let n = self.make_size(args.get(1).copied())?;
                        let ert = self.g.rt(elem);
                        let r = d(self, t);
                        self.set_line(e.pos);
                        self.emit(Instr::MakeChan {
                            dst: r,
                            elem: ert,
                            size: n,
                        });
                        Ok(Some(r))
                    }
                    _ => self.err(e.pos, "make of unsupported type"),
                }
            }
            Builtin::New => {
                let et = tt.deref(t).unwrap_or(t);
                // new(T) is zeroed; new(expr) (Go 1.26) holds a copy of expr,
                // evaluated before the destination is written.
                let init = match args.first() {
                    Some(a) if self.tv(a).is_some_and(|v| v.mode != Mode::TypeExpr) => {
                        Some(self.expr_to(a, et, None)?)
                    }
                    _ => None,
                };
                if self.frame_site(e.id) {
                    let obj = self.frame_obj(e.id, Part::Object, et, e.pos);
                    match init {
                        Some(v) => self.mov(obj, v, et),
                        None => self.zero(obj, et),
                    }
                    let r = d(self, t);
                    self.frame_addr(r, obj);
                    return Ok(Some(r));
                }
                let rt = self.g.rt(et);
                let r = d(self, t);
                self.emit(Instr::New { dst: r, typ: rt });
                if let Some(v) = init {
                    self.store(r, 0, v, et);
                }
                Ok(Some(r))
            }
            Builtin::Panic => {
                let it = self.iface_any()?;
                let v = self.expr_to(args[0], it, None)?;
                self.set_line(e.pos);
                self.emit(Instr::Panic { val: v });
                Ok(None)
            }
            Builtin::Recover => {
                let r = d(self, t);
                self.emit(Instr::Recover { dst: r });
                Ok(Some(r))
            }
            Builtin::Print | Builtin::Println => {
                let mut regs = Vec::new();
                for a in args.iter() {
                    let at = self.ty(a);
                    let r = self.expr_to(a, at, None)?;
                    let r = self.protect(r, at, e);
                    regs.push((r, at));
                }
                for (i, (r, at)) in regs.into_iter().enumerate() {
                    if i > 0 && b == Builtin::Println {
                        self.emit(Instr::PrintSp {});
                    }
                    let rt = self.g.rt(at);
                    self.emit(Instr::PrintVal { src: r, typ: rt });
                }
                if b == Builtin::Println {
                    self.emit(Instr::PrintNl {});
                }
                Ok(None)
            }
            Builtin::Min | Builtin::Max => {
                let r = self.temp(t);
                self.expr_to(args[0], t, Some(r))?;
                for a in &args[1..] {
                    let v = self.expr_to(a, t, None)?;
                    match num_kind(tt, t) {
                        Some(NumKind::F64) => {
                            self.emit(if b == Builtin::Min {
                                Instr::MinF64 { dst: r, a: r, b: v }
                            } else {
                                Instr::MaxF64 { dst: r, a: r, b: v }
                            });
                        }
                        Some(NumKind::F32) => {
                            self.emit(if b == Builtin::Min {
                                Instr::MinF32 { dst: r, a: r, b: v }
                            } else {
                                Instr::MaxF32 { dst: r, a: r, b: v }
                            });
                        }
                        _ => {
                            // if !(v < r) skip; r = v   (min)   /   if !(r < v) skip (max)
                            let c = self.temp(well_known::BOOL);
                            let op = crate::syntax::token::Token::Lss;
                            if b == Builtin::Min {
                                self.compare_regs(e.pos, op, t, c, v, r)?;
                            } else {
                                self.compare_regs(e.pos, op, t, c, r, v)?;
                            }
                            let j = self.emit(Instr::JmpIfNot {
                                cond: c,
                                target: Target(u32::MAX),
                            });
                            self.mov(r, v, t);
                            self.patch_here(&[j]);
                        }
                    }
                }
                match dst {
                    Some(dd) => {
                        self.mov(dd, r, t);
                        Ok(Some(dd))
                    }
                    None => Ok(Some(r)),
                }
            }
            Builtin::Complex => {
                let r = self.temp(t);
                let half = self.size(t) / 2;
                let ft = if half == 4 {
                    well_known::FLOAT32
                } else {
                    well_known::FLOAT64
                };
                self.expr_to(args[0], ft, Some(r))?;
                self.expr_to(args[1], ft, Some(Reg(r.0 + half)))?;
                match dst {
                    Some(dd) => {
                        self.mov(dd, r, t);
                        Ok(Some(dd))
                    }
                    None => Ok(Some(r)),
                }
            }
            Builtin::Real | Builtin::Imag => {
                let xt = self.ty(args[0]);
                let v = self.expr(args[0], None)?;
                let half = self.size(xt) / 2;
                let off = if b == Builtin::Real { 0 } else { half };
                let r = d(self, t);
                self.mov_n(r, Reg(v.0 + off), half);
                Ok(Some(r))
            }
            Builtin::Close => {
                let ct = self.ty(args[0]);
                let ch = self.expr(args[0], None)?;
                let ch = self.out_of_call_area(ch, ct);
                self.set_line(e.pos);
                self.emit(Instr::ChanClose { ch });
                Ok(None)
            }
            _ => {
                // unsafe.Sizeof & co. are constants (handled by the caller).
                self.err(e.pos, "unsupported builtin")
            }
        }
    }

    fn make_size(&mut self, e: Option<&'a Expr<'a>>) -> CgResult<Reg> {
        match e {
            None => Ok(self.const_i64(0)),
            Some(x) => {
                if let Some(c) = self.tv(x).and_then(|t| t.value.clone()) {
                    return Ok(self.const_i64(constant::to_i64(&c).unwrap_or(0)));
                }
                let t = self.ty(x);
                let r = self.expr(x, None)?;
                Ok(self.widen_i64(r, t))
            }
        }
    }
}

fn same_int_width(a: NumKind, b: NumKind) -> bool {
    use NumKind::*;
    matches!(
        (a, b),
        (I8, U8)
            | (U8, I8)
            | (I16, U16)
            | (U16, I16)
            | (I32, U32)
            | (U32, I32)
            | (I64, U64)
            | (U64, I64)
    )
}
