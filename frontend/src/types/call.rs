//! Calls: function and method calls, conversions, builtins.
#![allow(
    clippy::collapsible_match,
    clippy::collapsible_if,
    clippy::unnecessary_unwrap,
    clippy::too_many_arguments,
    clippy::if_same_then_else
)]

use super::check::*;
use super::constant::*;
use super::well_known::*;
use super::*;
use crate::syntax::ast::*;

impl<'a> Checker<'a> {
    pub(crate) fn call(
        &mut self,
        e: &'a Expr<'a>,
        fun: &'a Expr<'a>,
        args: &'a [&'a Expr<'a>],
        ellipsis: Option<Pos>,
    ) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let x = self.expr_or_type(fun);
        match x.mode {
            OpMode::Invalid => {
                for a in args {
                    self.raw_expr(a, None);
                }
                inv
            }
            OpMode::TypeExpr => {
                let t = x.typ;
                if args.len() != 1 {
                    if args.is_empty() {
                        self.error(
                            e.start(),
                            format!("missing argument in conversion to {}", self.type_str(t)),
                        );
                    } else {
                        self.error_at(
                            args[1],
                            format!("too many arguments in conversion to {}", self.type_str(t)),
                        );
                        for a in args {
                            self.expr(a);
                        }
                    }
                    return inv;
                }
                if ellipsis.is_some() {
                    self.error_at(
                        args[0],
                        format!("invalid use of ... in conversion to {}", self.type_str(t)),
                    );
                    return inv;
                }
                let mut a = self.expr(args[0]);
                if a.is_invalid() {
                    return inv;
                }
                let tname = match &fun.unparen().kind {
                    ExprKind::Ident(i) if i.name == "byte" || i.name == "rune" => {
                        Some(i.name.to_string())
                    }
                    _ => None,
                };
                self.conversion(&mut a, t, tname);
                if a.is_invalid() {
                    return inv;
                }
                // In generic code a conversion to a type parameter is never
                // constant (the instance sees the type argument instead).
                if let ExprKind::Ident(i) = &fun.unparen().kind {
                    if self
                        .info
                        .use_(i.id)
                        .is_some_and(|o| self.tparam_aliases.contains(&o))
                    {
                        a.mode = OpMode::Value;
                        a.val = None;
                    }
                }
                a.expr = Some(e);
                a
            }
            OpMode::Builtin => {
                let b = x.builtin.unwrap();
                self.builtin(e, fun, b, args, ellipsis)
            }
            _ => {
                if let Some((g, targs)) = self.generic_ops.remove(&fun.id) {
                    return self.generic_call(e, fun, g, &targs, args, ellipsis);
                }
                let x = self.single_value(x);
                if x.is_invalid() {
                    for a in args {
                        self.raw_expr(a, None);
                    }
                    return inv;
                }
                let Some(sig) = self.tt.signature(x.typ).cloned() else {
                    self.error_at(
                        fun,
                        format!(
                            "invalid operation: cannot call {}: {} is not a function",
                            self.op_str(&x),
                            self.type_str(x.typ)
                        ),
                    );
                    for a in args {
                        self.raw_expr(a, None);
                    }
                    return inv;
                };
                let ops = self.call_args(args);
                self.arguments(e, fun, &sig, ops, ellipsis, args);
                self.call_result(e, &sig)
            }
        }
    }

    /// A call of generic function `g` (with leading type arguments
    /// `targs`): infer the rest, instantiate, check as a plain call.
    fn generic_call(
        &mut self,
        e: &'a Expr<'a>,
        fun: &'a Expr<'a>,
        g: ObjId,
        targs: &[TypeId],
        args: &'a [&'a Expr<'a>],
        ellipsis: Option<Pos>,
    ) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let Some(ops) = self.call_args(args) else {
            return inv;
        };
        let recv = self.selected_recv(fun);
        let inst = self
            .infer(g, targs, &ops, e, fun, ellipsis.is_some())
            .and_then(|targs| {
                // Inferred type arguments are blamed at the call's `(`.
                let poss = vec![e.pos; targs.len()];
                self.instantiate_func(g, targs, &poss, recv)
            });
        let Some(inst) = inst else {
            return inv;
        };
        self.resolve_to_instance(fun, inst);
        let Some(sig) = self.tt.signature(self.obj(inst).typ).cloned() else {
            return inv;
        };
        self.arguments(e, fun, &sig, Some(ops), ellipsis, args);
        self.call_result(e, &sig)
    }

    /// The operand a call with signature `sig` yields.
    fn call_result(&mut self, e: &'a Expr<'a>, sig: &Signature) -> Operand<'a> {
        let (mode, typ) = match sig.results.len() {
            0 => (OpMode::NoValue, INVALID),
            1 => (OpMode::Value, sig.results[0]),
            _ => (OpMode::Value, self.tt.tuple(sig.results.clone())),
        };
        Operand {
            mode,
            typ,
            val: None,
            expr: Some(e),
            builtin: None,
        }
    }

    /// Evaluates call arguments; a single multi-value call is unpacked.
    pub(crate) fn call_args(&mut self, args: &'a [&'a Expr<'a>]) -> Option<Vec<Operand<'a>>> {
        if args.len() == 1 {
            let x = self.raw_expr(args[0], None);
            if let TypeKind::Tuple(ts) = self.tt.kind(x.typ).clone() {
                if x.mode != OpMode::Invalid {
                    return Some(
                        ts.iter()
                            .map(|&t| Operand {
                                mode: OpMode::Value,
                                typ: t,
                                val: None,
                                expr: Some(args[0]),
                                builtin: None,
                            })
                            .collect(),
                    );
                }
            }
            let x = self.arg_value(x);
            if x.is_invalid() {
                return None;
            }
            return Some(vec![x]);
        }
        let mut out = Vec::new();
        let mut ok = true;
        for a in args {
            let x = self.raw_expr(a, None);
            let x = self.arg_value(x);
            if x.is_invalid() {
                ok = false;
            }
            out.push(x);
        }
        if ok {
            Some(out)
        } else {
            None
        }
    }

    /// An argument as a single value; a generic function stays as it is,
    /// to be instantiated from the parameter type (`arguments`).
    fn arg_value(&mut self, x: Operand<'a>) -> Operand<'a> {
        match x.expr {
            Some(e) if self.generic_ops.contains_key(&e.id) => x,
            _ => self.single_value(x),
        }
    }

    pub(crate) fn types_summary(&self, list: &[TypeId], variadic: bool, has_dots: bool) -> String {
        let mut res = Vec::new();
        for (i, &t) in list.iter().enumerate() {
            let mut s = if t == INVALID {
                "unknown type".to_string()
            } else if self.tt.is_untyped(t) {
                if self.tt.is_numeric(t) {
                    "number".to_string()
                } else {
                    table::basic_name(self.tt.basic_kind(t).unwrap()).replace("untyped ", "")
                }
            } else {
                self.type_str(t)
            };
            if variadic && i + 1 == list.len() {
                if let TypeKind::Slice(e) = self.tt.kind(t) {
                    s = format!("...{}", self.type_str(*e));
                }
            }
            if has_dots && i + 1 == list.len() {
                s.push_str("...");
            }
            res.push(s);
        }
        format!("({})", res.join(", "))
    }

    fn arguments(
        &mut self,
        call: &'a Expr<'a>,
        fun: &'a Expr<'a>,
        sig: &Signature,
        ops: Option<Vec<Operand<'a>>>,
        ellipsis: Option<Pos>,
        args: &'a [&'a Expr<'a>],
    ) {
        let Some(mut ops) = ops else { return };
        let nargs = ops.len();
        let npars = sig.params.len();
        let ddd = ellipsis.is_some();
        let mut params: Vec<TypeId> = sig.params.clone();
        if sig.variadic {
            if ddd {
                if args.len() == 1 && nargs > 1 {
                    self.error(
                        ellipsis.unwrap(),
                        format!(
                            "cannot use ... with {}-valued {}",
                            nargs,
                            expr_string(args[0])
                        ),
                    );
                    return;
                }
            } else if nargs + 1 >= npars {
                let last = params.pop().unwrap();
                let elem = match self.tt.kind(last) {
                    TypeKind::Slice(e) => *e,
                    _ => last,
                };
                while params.len() < nargs {
                    params.push(elem);
                }
            }
        } else if ddd {
            self.error(
                ellipsis.unwrap(),
                format!("have (...) in call to non-variadic {}", expr_string(fun)),
            );
            return;
        }
        if ops.len() != params.len() {
            let (at, q): (Pos, &str) = if (ddd || !sig.variadic) && nargs > npars {
                (
                    ops[npars].expr.map(|e| e.start()).unwrap_or(call.pos),
                    "too many",
                )
            } else if nargs > params.len() {
                (
                    ops[params.len()]
                        .expr
                        .map(|e| e.start())
                        .unwrap_or(call.pos),
                    "too many",
                )
            } else if nargs > 0 {
                (
                    ops[nargs - 1].expr.map(|e| e.start()).unwrap_or(call.pos),
                    "not enough",
                )
            } else {
                (call.pos, "not enough")
            };
            let at = if q == "not enough" && nargs == 0 {
                call.start()
            } else {
                at
            };
            let have: Vec<TypeId> = ops.iter().map(|o| o.typ).collect();
            let msg = format!(
                "{} arguments in call to {}\n\thave {}\n\twant {}",
                q,
                expr_string(fun),
                self.types_summary(&have, false, ddd),
                self.types_summary(&sig.params, sig.variadic, false)
            );
            self.error(at, msg);
            return;
        }
        let ctx = format!("argument to {}", expr_string(fun));
        for (i, x) in ops.iter_mut().enumerate() {
            if !self.instantiate_to_target(x, params[i]) {
                continue;
            }
            self.assignment(x, Some(params[i]), &ctx);
        }
    }

    // ---- conversions ----

    pub(crate) fn conversion(&mut self, x: &mut Operand<'a>, t: TypeId, tname: Option<String>) {
        let const_arg = x.mode == OpMode::Constant;
        let tstr = tname.clone().unwrap_or_else(|| self.type_str(t));
        let mut ok = false;
        let mut cause = String::new();
        if const_arg && self.tt.is_const_type(t) {
            let k = self.tt.basic_kind(t).unwrap();
            let v = x.val.clone().unwrap();
            if let Some(nv) = representable(&v, k) {
                x.val = Some(nv);
                ok = true;
            } else if self.tt.is_integer(x.typ) && self.tt.is_string(t) {
                let cp = to_u64(&v)
                    .filter(|&c| c <= 0x10FFFF)
                    .and_then(|c| char::from_u32(c as u32))
                    .unwrap_or('\u{FFFD}');
                x.val = Some(ConstValue::String(Rc::from(cp.to_string().as_str())));
                ok = true;
            }
            if !ok && self.tt.is_integer(x.typ) && self.tt.is_integer(t) {
                if let Some(e) = x.expr {
                    self.error_at(
                        e,
                        format!(
                            "cannot convert {} to type {} (constant {} overflows {})",
                            self.op_str(x),
                            tstr,
                            const_string(&v),
                            tstr
                        ),
                    );
                    // gc words this more concisely:
                    let last = self.errors.len() - 1;
                    self.errors[last].msg =
                        format!("constant {} overflows {}", const_string(&v), tstr);
                }
                x.mode = OpMode::Invalid;
                return;
            }
        } else if self.convertible_to(x, t, &mut cause) {
            ok = true;
            x.mode = OpMode::Value;
        }
        if !ok {
            let msg = if cause.is_empty() {
                format!("cannot convert {} to type {}", self.op_str(x), tstr)
            } else {
                format!(
                    "cannot convert {} to type {}: {}",
                    self.op_str(x),
                    tstr,
                    cause
                )
            };
            if let Some(e) = x.expr {
                self.error_at(e, msg);
            }
            x.mode = OpMode::Invalid;
            return;
        }
        if self.tt.is_untyped(x.typ) {
            let mut fin = t;
            if x.typ == UNTYPED_NIL {
            } else if self.tt.is_interface(t) || (const_arg && !self.tt.is_const_type(t)) {
                fin = self.tt.default_type(x.typ);
            } else if x.mode == OpMode::Constant
                && self.tt.is_integer(x.typ)
                && self.tt.is_string(t)
            {
                fin = x.typ;
            }
            if let Some(e) = x.expr {
                self.update_expr_type(e, fin, true);
            }
        }
        if x.mode != OpMode::Constant {
            x.val = None;
        }
        if const_arg && !self.tt.is_const_type(t) {
            x.mode = OpMode::Value;
            x.val = None;
        }
        x.typ = t;
    }

    // ---- builtins ----

    fn builtin(
        &mut self,
        e: &'a Expr<'a>,
        fun: &'a Expr<'a>,
        b: Builtin,
        args: &'a [&'a Expr<'a>],
        ellipsis: Option<Pos>,
    ) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let name = expr_string(fun);
        let nargs = args.len();
        let (min, variadic) = match b {
            Builtin::Append => (1, true),
            Builtin::Cap
            | Builtin::Len
            | Builtin::Clear
            | Builtin::Close
            | Builtin::Imag
            | Builtin::Real
            | Builtin::New
            | Builtin::Panic => (1, false),
            Builtin::Complex | Builtin::Copy | Builtin::Delete => (2, false),
            Builtin::Make => (1, true),
            Builtin::Max | Builtin::Min => (1, true),
            Builtin::Print | Builtin::Println => (0, true),
            Builtin::Recover => (0, false),
            Builtin::Sizeof
            | Builtin::Alignof
            | Builtin::Offsetof
            | Builtin::StringData
            | Builtin::SliceData => (1, false),
            Builtin::Add | Builtin::Slice | Builtin::String => (2, false),
        };
        if ellipsis.is_some() && b != Builtin::Append {
            self.error(
                ellipsis.unwrap(),
                format!(
                    "invalid operation: invalid use of ... with built-in {}",
                    name
                ),
            );
            for a in args {
                self.raw_expr(a, None);
            }
            return inv;
        }
        if nargs < min || (!variadic && nargs > min) {
            let q = if nargs < min {
                "not enough"
            } else {
                "too many"
            };
            let at = if nargs < min {
                call_rparen(e)
            } else {
                args[min].start()
            };
            let _ = at;
            self.error(
                e.start(),
                format!(
                    "invalid operation: {} arguments for {} (expected {}, found {})",
                    q,
                    expr_string(e),
                    min,
                    nargs
                ),
            );
            for a in args {
                self.raw_expr(a, None);
            }
            return inv;
        }
        let mk = |mode, typ, val| Operand {
            mode,
            typ,
            val,
            expr: Some(e),
            builtin: None,
        };
        let result: Operand<'a>;
        let mut arg_types: Vec<TypeId> = Vec::new();
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = self.expr(args[0]);
                if x.is_invalid() {
                    return inv;
                }
                let mut val = None;
                let u = self.tt.under_kind(x.typ).clone();
                let arr = match &u {
                    TypeKind::Array { len, .. } => Some(*len),
                    TypeKind::Pointer(p) => match self.tt.under_kind(*p) {
                        TypeKind::Array { len, .. } => Some(*len),
                        _ => None,
                    },
                    _ => None,
                };
                let ok = match &u {
                    TypeKind::Basic(_) if self.tt.is_string(x.typ) && b == Builtin::Len => {
                        if let Some(ConstValue::String(s)) = &x.val {
                            val = Some(int(s.len() as i64));
                        }
                        true
                    }
                    TypeKind::Array { .. } => true,
                    TypeKind::Pointer(_) => arr.is_some(),
                    TypeKind::Slice(_) | TypeKind::Chan { .. } => true,
                    TypeKind::Map { .. } => b == Builtin::Len,
                    _ => false,
                };
                if !ok {
                    self.error_at(
                        args[0],
                        format!(
                            "invalid argument: {} for built-in {}",
                            self.op_str(&x),
                            name
                        ),
                    );
                    return inv;
                }
                if let Some(n) = arr {
                    if !has_call_or_recv(args[0]) {
                        val = Some(int(n as i64));
                    }
                }
                let mut x2 = x.clone();
                if self.tt.is_untyped(x.typ) {
                    self.convert_untyped(&mut x2, STRING);
                }
                arg_types.push(x2.typ);
                result = match val {
                    Some(v) => mk(OpMode::Constant, INT, Some(v)),
                    None => mk(OpMode::Value, INT, None),
                };
            }
            Builtin::Append => {
                let s = self.expr(args[0]);
                if s.is_invalid() {
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return inv;
                }
                let elem = match self.tt.under_kind(s.typ) {
                    TypeKind::Slice(el) => *el,
                    _ => {
                        if s.is_nil() {
                            self.error_at(args[0], "invalid append: first argument must be a typed slice; have untyped nil".to_string());
                        } else {
                            self.error_at(
                                args[0],
                                format!(
                                    "invalid append: argument must be a slice; have {}",
                                    self.op_str(&s)
                                ),
                            );
                        }
                        for a in &args[1..] {
                            self.expr(a);
                        }
                        return inv;
                    }
                };
                arg_types.push(s.typ);
                if ellipsis.is_some() {
                    if nargs != 2 {
                        self.error_at(
                            e,
                            "can only use ... with final argument in list".to_string(),
                        );
                        return inv;
                    }
                    let mut y = self.expr(args[1]);
                    if y.is_invalid() {
                        return inv;
                    }
                    // append([]byte, string...)
                    if self.tt.underlying(elem) == UINT8 && self.tt.is_string(y.typ) {
                        self.convert_untyped(&mut y, STRING);
                        arg_types.push(y.typ);
                    } else {
                        let st = s.typ;
                        let sl = if self.tt.is_named(st) {
                            self.tt.slice(elem)
                        } else {
                            st
                        };
                        self.assignment(&mut y, Some(sl), "argument to append");
                        arg_types.push(sl);
                    }
                } else {
                    for a in &args[1..] {
                        let mut y = self.expr(a);
                        self.assignment(&mut y, Some(elem), "argument to append");
                        arg_types.push(elem);
                    }
                }
                result = mk(OpMode::Value, s.typ, None);
            }
            Builtin::Copy => {
                let x = self.expr(args[0]);
                let y = self.expr(args[1]);
                if x.is_invalid() || y.is_invalid() {
                    return inv;
                }
                let dst = match self.tt.under_kind(x.typ) {
                    TypeKind::Slice(el) => Some(*el),
                    _ => None,
                };
                let src = match self.tt.under_kind(y.typ) {
                    TypeKind::Slice(el) => Some(*el),
                    _ if self.tt.is_string(y.typ) => Some(UINT8),
                    _ => None,
                };
                match (dst, src) {
                    (Some(d), Some(s)) if self.tt.identical(d, s) => {}
                    (None, _) => {
                        self.error_at(
                            args[0],
                            format!(
                                "invalid argument: copy expects slice arguments; found {} and {}",
                                self.op_str(&x),
                                self.op_str(&y)
                            ),
                        );
                        return inv;
                    }
                    _ => {
                        self.error_at(args[0], format!("invalid argument: arguments to copy {} and {} have different element types {} and {}", self.op_str(&x), self.op_str(&y), dst.map(|d| self.type_str(d)).unwrap_or_default(), src.map(|d| self.type_str(d)).unwrap_or_default()));
                        return inv;
                    }
                }
                let mut y2 = y.clone();
                self.convert_untyped(&mut y2, STRING);
                arg_types.push(x.typ);
                arg_types.push(y2.typ);
                result = mk(OpMode::Value, INT, None);
            }
            Builtin::Delete => {
                let m = self.expr(args[0]);
                if m.is_invalid() {
                    self.expr(args[1]);
                    return inv;
                }
                let TypeKind::Map { key, .. } = self.tt.under_kind(m.typ).clone() else {
                    self.error_at(
                        args[0],
                        format!("invalid argument: {} is not a map", self.op_str(&m)),
                    );
                    self.expr(args[1]);
                    return inv;
                };
                let mut k = self.expr(args[1]);
                self.assignment(&mut k, Some(key), "argument to delete");
                arg_types.push(m.typ);
                arg_types.push(key);
                result = mk(OpMode::NoValue, INVALID, None);
            }
            Builtin::Make => {
                let t = self.type_expr(args[0]);
                if t == INVALID {
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return inv;
                }
                let min_args = match self.tt.under_kind(t) {
                    TypeKind::Slice(_) => 2,
                    TypeKind::Map { .. } | TypeKind::Chan { .. } => 1,
                    _ => {
                        self.error_at(args[0], format!("invalid argument: cannot make {}; type must be slice, map, or channel", expr_string(args[0])));
                        for a in &args[1..] {
                            self.expr(a);
                        }
                        return inv;
                    }
                };
                if nargs < min_args || nargs > min_args + 1 && min_args == 1 || nargs > 3 {
                    if nargs < min_args {
                        self.error_at(
                            e,
                            format!(
                                "invalid operation: {} expects {} or {} arguments; found {}",
                                expr_string(e),
                                min_args,
                                min_args + 1,
                                nargs
                            ),
                        );
                    } else {
                        self.error_at(
                            e,
                            format!(
                                "invalid operation: {} expects {} or {} arguments; found {}",
                                expr_string(e),
                                min_args,
                                min_args + 1,
                                nargs
                            ),
                        );
                    }
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return inv;
                }
                arg_types.push(t);
                let mut sizes = Vec::new();
                for a in &args[1..] {
                    match self.index_value(a, None, "index") {
                        Ok(v) => sizes.push(v),
                        Err(()) => sizes.push(None),
                    }
                    let at = self.info.type_of(a.id).map(|t| t.typ).unwrap_or(INT);
                    arg_types.push(at);
                }
                if sizes.len() == 2 {
                    if let (Some(l), Some(c)) = (sizes[0], sizes[1]) {
                        if l > c {
                            self.error_at(
                                args[1],
                                "invalid argument: length and capacity swapped".to_string(),
                            );
                        }
                    }
                }
                result = mk(OpMode::Value, t, None);
            }
            Builtin::New => {
                // new(T), or (Go 1.26) new(expr): a pointer to a copy of expr.
                let x = self.expr_or_type(args[0]);
                let t = match x.mode {
                    OpMode::Invalid => return inv,
                    OpMode::TypeExpr => x.typ,
                    _ => {
                        let mut x = self.single_value(x);
                        if x.is_invalid() {
                            return inv;
                        }
                        self.assignment(&mut x, None, "argument to new");
                        if x.is_invalid() {
                            return inv;
                        }
                        x.typ
                    }
                };
                if t == INVALID {
                    return inv;
                }
                arg_types.push(t);
                let p = self.tt.pointer(t);
                result = mk(OpMode::Value, p, None);
            }
            Builtin::Panic => {
                let mut x = self.expr(args[0]);
                let any = self.any_type;
                self.assignment(&mut x, Some(any), "argument to panic");
                if x.is_invalid() {
                    return inv;
                }
                arg_types.push(any);
                result = mk(OpMode::NoValue, INVALID, None);
            }
            Builtin::Print | Builtin::Println => {
                for a in args {
                    let mut x = self.expr(a);
                    self.assignment(&mut x, None, &format!("argument to built-in {}", name));
                    if x.is_invalid() {
                        return inv;
                    }
                    arg_types.push(x.typ);
                }
                result = mk(OpMode::NoValue, INVALID, None);
            }
            Builtin::Recover => {
                result = mk(OpMode::Value, self.any_type, None);
            }
            Builtin::Clear => {
                let x = self.expr(args[0]);
                if x.is_invalid() {
                    return inv;
                }
                if !matches!(
                    self.tt.under_kind(x.typ),
                    TypeKind::Map { .. } | TypeKind::Slice(_)
                ) {
                    self.error_at(
                        args[0],
                        format!(
                            "invalid argument: {} must be a map or slice",
                            self.op_str(&x)
                        ),
                    );
                    return inv;
                }
                arg_types.push(x.typ);
                result = mk(OpMode::NoValue, INVALID, None);
            }
            Builtin::Close => {
                let x = self.expr(args[0]);
                if x.is_invalid() {
                    return inv;
                }
                match self.tt.under_kind(x.typ) {
                    TypeKind::Chan { dir, .. } => {
                        if *dir == ChanDir::Recv {
                            self.error_at(
                                args[0],
                                format!(
                                    "invalid operation: cannot close receive-only channel {}",
                                    self.op_str(&x)
                                ),
                            );
                            return inv;
                        }
                    }
                    _ => {
                        self.error_at(
                            args[0],
                            format!(
                                "invalid operation: cannot close non-channel {}",
                                self.op_str(&x)
                            ),
                        );
                        return inv;
                    }
                }
                arg_types.push(x.typ);
                result = mk(OpMode::NoValue, INVALID, None);
            }
            Builtin::Max | Builtin::Min => {
                let mut x = self.expr(args[0]);
                // Evaluate every argument first (so that all are "used").
                let rest: Vec<Operand<'a>> = args[1..].iter().map(|a| self.expr(a)).collect();
                if x.is_invalid() {
                    return inv;
                }
                if !self.tt.is_ordered(x.typ) {
                    self.error_at(
                        args[0],
                        format!("invalid argument: {} cannot be ordered", self.op_str(&x)),
                    );
                    return inv;
                }
                let mut ops = vec![x.clone()];
                for (a, y0) in args[1..].iter().zip(rest) {
                    let mut y = y0;
                    if y.is_invalid() {
                        return inv;
                    }
                    if !self.tt.is_ordered(y.typ) {
                        self.error_at(
                            a,
                            format!("invalid argument: {} cannot be ordered", self.op_str(&y)),
                        );
                        return inv;
                    }
                    self.match_types(&mut x, &mut y);
                    if x.is_invalid() {
                        return inv;
                    }
                    if !self.tt.identical(x.typ, y.typ) {
                        self.error_at(a, format!("invalid argument: mismatched types {} (previous argument) and {} (type of {})", self.type_str(x.typ), self.type_str(y.typ), expr_string(a)));
                        return inv;
                    }
                    if x.mode == OpMode::Constant && y.mode == OpMode::Constant {
                        let less = compare(
                            y.val.as_ref().unwrap(),
                            crate::syntax::token::Token::Lss,
                            x.val.as_ref().unwrap(),
                        )
                        .unwrap_or(false);
                        if (b == Builtin::Min) == less {
                            x.val = y.val.clone();
                        }
                    } else {
                        x.mode = OpMode::Value;
                    }
                    ops.push(y);
                }
                if x.mode != OpMode::Constant {
                    x.mode = OpMode::Value;
                    x.val = None;
                    // Update untyped operand types to the final type.
                    let xt = x.typ;
                    if self.tt.is_untyped(xt) {
                        let d = self.tt.default_type(xt);
                        for a in args.iter() {
                            self.update_expr_type(a, d, true);
                        }
                        x.typ = d;
                    }
                }
                for _ in args.iter() {
                    arg_types.push(x.typ);
                }
                result = mk(x.mode, x.typ, x.val.clone());
            }
            Builtin::Complex => {
                let mut x = self.expr(args[0]);
                let mut y = self.expr(args[1]);
                if x.is_invalid() || y.is_invalid() {
                    return inv;
                }
                self.match_types(&mut x, &mut y);
                if x.is_invalid() {
                    return inv;
                }
                if !self.tt.identical(x.typ, y.typ) {
                    self.error_at(
                        args[0],
                        format!(
                            "invalid operation: {} (mismatched types {} and {})",
                            expr_string(e),
                            self.type_str(x.typ),
                            self.type_str(y.typ)
                        ),
                    );
                    return inv;
                }
                let rt = match self.tt.basic_kind(x.typ) {
                    Some(BasicKind::Float32) => COMPLEX64,
                    Some(BasicKind::Float64) => COMPLEX128,
                    Some(
                        BasicKind::UntypedInt | BasicKind::UntypedRune | BasicKind::UntypedFloat,
                    ) => UNTYPED_COMPLEX,
                    _ => {
                        self.error_at(
                            args[0],
                            format!(
                                "invalid argument: arguments have type {}, expected floating-point",
                                self.type_str(x.typ)
                            ),
                        );
                        return inv;
                    }
                };
                arg_types.push(x.typ);
                arg_types.push(y.typ);
                if x.mode == OpMode::Constant && y.mode == OpMode::Constant {
                    let r = to_float(x.val.as_ref().unwrap()).unwrap_or_default();
                    let i = to_float(y.val.as_ref().unwrap()).unwrap_or_default();
                    result = mk(OpMode::Constant, rt, Some(ConstValue::Complex(r, i)));
                } else {
                    result = mk(OpMode::Value, rt, None);
                }
            }
            Builtin::Real | Builtin::Imag => {
                let x = self.expr(args[0]);
                if x.is_invalid() {
                    return inv;
                }
                let rt = match self.tt.basic_kind(x.typ) {
                    Some(BasicKind::Complex64) => FLOAT32,
                    Some(BasicKind::Complex128) => FLOAT64,
                    Some(
                        BasicKind::UntypedComplex
                        | BasicKind::UntypedFloat
                        | BasicKind::UntypedInt
                        | BasicKind::UntypedRune,
                    ) => UNTYPED_FLOAT,
                    _ => {
                        self.error_at(
                            args[0],
                            format!(
                                "invalid argument: argument has type {}, expected complex type",
                                self.type_str(x.typ)
                            ),
                        );
                        return inv;
                    }
                };
                arg_types.push(x.typ);
                if x.mode == OpMode::Constant {
                    let (r, i) = to_complex(x.val.as_ref().unwrap()).unwrap_or_default();
                    result = mk(
                        OpMode::Constant,
                        rt,
                        Some(ConstValue::Float(if b == Builtin::Real { r } else { i })),
                    );
                } else {
                    result = mk(OpMode::Value, rt, None);
                }
            }
            Builtin::Sizeof | Builtin::Alignof => {
                let mut x = self.expr(args[0]);
                if x.is_invalid() {
                    return inv;
                }
                self.assignment(
                    &mut x,
                    None,
                    &format!(
                        "argument to unsafe.{}",
                        if b == Builtin::Sizeof {
                            "Sizeof"
                        } else {
                            "Alignof"
                        }
                    ),
                );
                if x.is_invalid() {
                    return inv;
                }
                arg_types.push(x.typ);
                let v = if b == Builtin::Sizeof {
                    self.tt.size_of(x.typ)
                } else {
                    self.tt.align_of(x.typ)
                };
                result = mk(OpMode::Constant, UINTPTR, Some(int(v as i64)));
            }
            Builtin::Offsetof => {
                let a = args[0].unparen();
                let ExprKind::Selector { .. } = &a.kind else {
                    self.error_at(
                        args[0],
                        format!(
                            "invalid argument: {} is not a selector expression",
                            expr_string(args[0])
                        ),
                    );
                    return inv;
                };
                let x = self.expr(args[0]);
                if x.is_invalid() {
                    return inv;
                }
                let Some(sel) = self.info.selections.get(&a.id).cloned() else {
                    self.error_at(
                        args[0],
                        format!(
                            "invalid argument: {} is a method value",
                            expr_string(args[0])
                        ),
                    );
                    return inv;
                };
                if sel.kind != SelectionKind::FieldVal {
                    self.error_at(
                        args[0],
                        format!(
                            "invalid argument: {} is a method value",
                            expr_string(args[0])
                        ),
                    );
                    return inv;
                }
                // Offset along the path (no indirections allowed).
                let mut t = sel.recv;
                let mut off = 0u64;
                for (k, &i) in sel.index.iter().enumerate() {
                    if k > 0 {
                        if let Some(b) = self.tt.deref(t) {
                            if self.tt.is_pointer(t) {
                                self.error_at(args[0], format!("invalid argument: field {} is embedded via a pointer in {}", expr_string(args[0]), expr_string(args[0])));
                                return inv;
                            }
                            t = b;
                        }
                    }
                    let offs = self.tt.field_offsets(t);
                    off += offs.get(i).copied().unwrap_or(0);
                    t = self
                        .tt
                        .struct_fields(t)
                        .and_then(|f| f.get(i))
                        .map(|f| f.typ)
                        .unwrap_or(INVALID);
                }
                arg_types.push(x.typ);
                result = mk(OpMode::Constant, UINTPTR, Some(int(off as i64)));
            }
            Builtin::Add => {
                let mut p = self.expr(args[0]);
                self.assignment(&mut p, Some(UNSAFE_POINTER), "argument to unsafe.Add");
                let mut n = self.expr(args[1]);
                self.convert_untyped(&mut n, INT);
                if p.is_invalid() || n.is_invalid() {
                    return inv;
                }
                arg_types.push(UNSAFE_POINTER);
                arg_types.push(n.typ);
                result = mk(OpMode::Value, UNSAFE_POINTER, None);
            }
            Builtin::Slice => {
                let p = self.expr(args[0]);
                let mut n = self.expr(args[1]);
                self.convert_untyped(&mut n, INT);
                if p.is_invalid() || n.is_invalid() {
                    return inv;
                }
                let Some(el) = self.tt.deref(p.typ) else {
                    self.error_at(
                        args[0],
                        format!("invalid argument: {} is not a pointer", self.op_str(&p)),
                    );
                    return inv;
                };
                arg_types.push(p.typ);
                arg_types.push(n.typ);
                let st = self.tt.slice(el);
                result = mk(OpMode::Value, st, None);
            }
            Builtin::String => {
                let mut p = self.expr(args[0]);
                let bp = self.tt.pointer(UINT8);
                self.assignment(&mut p, Some(bp), "argument to unsafe.String");
                let mut n = self.expr(args[1]);
                self.convert_untyped(&mut n, INT);
                if p.is_invalid() || n.is_invalid() {
                    return inv;
                }
                arg_types.push(bp);
                arg_types.push(n.typ);
                result = mk(OpMode::Value, STRING, None);
            }
            Builtin::StringData => {
                let mut p = self.expr(args[0]);
                self.assignment(&mut p, Some(STRING), "argument to unsafe.StringData");
                if p.is_invalid() {
                    return inv;
                }
                arg_types.push(STRING);
                let bp = self.tt.pointer(UINT8);
                result = mk(OpMode::Value, bp, None);
            }
            Builtin::SliceData => {
                let p = self.expr(args[0]);
                if p.is_invalid() {
                    return inv;
                }
                let TypeKind::Slice(el) = self.tt.under_kind(p.typ).clone() else {
                    self.error_at(
                        args[0],
                        format!("invalid argument: {} is not a slice", self.op_str(&p)),
                    );
                    return inv;
                };
                arg_types.push(p.typ);
                let pt = self.tt.pointer(el);
                result = mk(OpMode::Value, pt, None);
            }
        }
        // Record the builtin's signature for this call (go/types recordBuiltinType).
        let res = match result.mode {
            OpMode::NoValue => vec![],
            _ => vec![result.typ],
        };
        let variadic = matches!(
            b,
            Builtin::Append | Builtin::Print | Builtin::Println | Builtin::Max | Builtin::Min
        ) && ellipsis.is_some();
        let sig = self.tt.func(arg_types, res, variadic);
        let mut f = fun;
        loop {
            self.record_type(f.id, OpMode::Builtin, sig, None);
            match &f.kind {
                ExprKind::Paren(x) => f = x,
                _ => break,
            }
        }
        result
    }
}

fn call_rparen(e: &Expr<'_>) -> Pos {
    match &e.kind {
        ExprKind::Call { rparen, .. } => *rparen,
        _ => e.pos,
    }
}

/// Whether an expression contains a call or channel receive (which makes
/// `len`/`cap` of an array non-constant).
pub(crate) fn has_call_or_recv(e: &Expr<'_>) -> bool {
    match &e.kind {
        ExprKind::Call { .. } => true,
        ExprKind::Unary {
            op: crate::syntax::token::Token::Arrow,
            ..
        } => true,
        ExprKind::Paren(x) | ExprKind::Star(x) => has_call_or_recv(x),
        ExprKind::Unary { x, .. } => has_call_or_recv(x),
        ExprKind::Selector { x, .. } => has_call_or_recv(x),
        ExprKind::Index { x, indices, .. } => {
            has_call_or_recv(x) || indices.iter().any(|i| has_call_or_recv(i))
        }
        ExprKind::Binary { x, y, .. } => has_call_or_recv(x) || has_call_or_recv(y),
        _ => false,
    }
}
