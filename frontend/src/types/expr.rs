//! Expressions: operands, untyped constants and their final types,
//! operators, calls and builtins, conversions, composite literals.
#![allow(
    clippy::collapsible_match,
    clippy::collapsible_if,
    clippy::unnecessary_unwrap,
    clippy::too_many_arguments,
    clippy::if_same_then_else
)]

use super::check::*;
use super::constant::*;
use super::lookup::LookupResult;
use super::well_known::*;
use super::*;
use crate::syntax::ast::*;
use crate::syntax::token::Token;

impl<'a> Checker<'a> {
    // ---- entry points ----

    /// A single value (not a type, not a tuple, not no-value).
    pub(crate) fn expr(&mut self, e: &'a Expr<'a>) -> Operand<'a> {
        let x = self.raw_expr(e, None);
        self.single_value(x)
    }

    pub(crate) fn expr_hint(&mut self, e: &'a Expr<'a>, hint: Option<TypeId>) -> Operand<'a> {
        let mut x = self.raw_expr(e, hint);
        // A generic function assigned to a function type is instantiated
        // from it.
        if let Some(t) = hint {
            if self.generic_ops.contains_key(&e.id)
                && self.tt.signature(self.tt.underlying(t)).is_some()
            {
                self.instantiate_to_target(&mut x, t);
                return x;
            }
        }
        self.single_value(x)
    }

    pub(crate) fn single_value(&mut self, mut x: Operand<'a>) -> Operand<'a> {
        if let Some(e) = x.expr {
            if let Some((g, targs)) = self.generic_ops.get(&e.id).cloned() {
                if !targs.is_empty() {
                    self.generic_ops.remove(&e.id);
                    let p = self.generics[&g].tparams[targs.len()];
                    let (name, ppos) = (self.obj(p).name.clone(), self.obj(p).pos);
                    self.errors.push(crate::syntax::source::Error::new(
                        e.unparen().pos,
                        format!("cannot infer {} (declared at {})", name, OTHER_POS_MARK),
                    ));
                    self.other_pos.push((self.errors.len() - 1, ppos));
                    x.mode = OpMode::Invalid;
                    return x;
                }
            }
            if self.generic_ops.remove(&e.id).is_some() {
                let name = expr_string(e.unparen());
                let name = name.split('[').next().unwrap_or("").to_string();
                self.error_at(
                    e,
                    format!("cannot use generic function {} without instantiation", name),
                );
                x.mode = OpMode::Invalid;
                return x;
            }
        }
        match x.mode {
            OpMode::NoValue => {
                let e = x.expr.unwrap();
                self.error_at(e, format!("{} (no value) used as value", expr_string(e)));
                x.mode = OpMode::Invalid;
            }
            OpMode::TypeExpr => {
                let e = x.expr.unwrap();
                self.error_at(e, format!("{} (type) is not an expression", expr_string(e)));
                x.mode = OpMode::Invalid;
            }
            OpMode::Builtin => {
                let e = x.expr.unwrap();
                self.error_at(e, format!("{} (built-in) must be called", expr_string(e)));
                x.mode = OpMode::Invalid;
            }
            _ => {
                if let TypeKind::Tuple(ts) = self.tt.kind(x.typ) {
                    let n = ts.len();
                    let e = x.expr.unwrap();
                    let _ = n;
                    let msg = format!(
                        "multiple-value {} (value of type {}) in single-value context",
                        expr_string(e),
                        self.type_str(x.typ)
                    );
                    self.error_at(e, msg);
                    x.mode = OpMode::Invalid;
                }
            }
        }
        x
    }

    /// An expression or a type.
    pub(crate) fn expr_or_type(&mut self, e: &'a Expr<'a>) -> Operand<'a> {
        let mut x = self.raw_expr(e, None);
        if x.mode == OpMode::NoValue {
            self.error_at(e, format!("{} (no value) used as value", expr_string(e)));
            x.mode = OpMode::Invalid;
        }
        x
    }

    /// Evaluates, records the result, and returns the operand.
    pub(crate) fn raw_expr(&mut self, e: &'a Expr<'a>, hint: Option<TypeId>) -> Operand<'a> {
        let mut x = self.expr_internal(e, hint);
        x.expr = Some(e);
        // A value of a type whose declaration failed: errors were reported.
        if matches!(
            x.mode,
            OpMode::Variable | OpMode::Value | OpMode::MapIndex | OpMode::CommaOk
        ) && self.tt.underlying(x.typ) == INVALID
        {
            x.mode = OpMode::Invalid;
        }
        self.record_operand(e, &x);
        x
    }

    fn record_operand(&mut self, e: &'a Expr<'a>, x: &Operand<'a>) {
        match x.mode {
            OpMode::Invalid => {}
            OpMode::NoValue => {
                let t = self.tt.tuple(vec![]);
                self.record_type(e.id, OpMode::NoValue, t, None);
            }
            _ => {
                if self.tt.is_untyped(x.typ) {
                    self.untyped.insert(
                        e.id,
                        UntypedInfo {
                            expr: e,
                            is_lhs: false,
                            mode: x.mode,
                            typ: x.typ,
                            val: x.val.clone(),
                        },
                    );
                } else {
                    self.record_type(e.id, x.mode, x.typ, x.val.clone());
                }
            }
        }
    }

    fn expr_internal(&mut self, e: &'a Expr<'a>, hint: Option<TypeId>) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        match &e.kind {
            ExprKind::Bad => inv,
            ExprKind::Ident(id) => {
                let x = self.ident(id, false);
                if let Some(o) = self.info.use_(id.id) {
                    if self.is_generic_func(o) {
                        self.generic_ops.insert(e.id, (o, Vec::new()));
                    }
                }
                x
            }
            ExprKind::Ellipsis(_) => {
                self.error_at(e, "invalid use of ...");
                inv
            }
            ExprKind::BasicLit(lit) => self.basic_lit(e, lit),
            ExprKind::FuncLit { typ, body } => self.func_lit(typ, body),
            ExprKind::CompositeLit {
                typ, elts, rbrace, ..
            } => self.composite_lit(e, *typ, elts, *rbrace, hint),
            ExprKind::Paren(inner) => {
                let x = self.raw_expr(inner, hint);
                if let Some(g) = self.generic_ops.get(&inner.id).cloned() {
                    self.generic_ops.insert(e.id, g);
                }
                Operand { expr: Some(e), ..x }
            }
            ExprKind::Selector { x, sel } => {
                let r = self.selector(e, x, sel);
                // A method with its own type parameters (Go 1.27).
                if let Some(s) = self.info.selections.get(&e.id) {
                    if s.kind == SelectionKind::MethodVal && self.is_generic_func(s.obj) {
                        self.generic_ops.insert(e.id, (s.obj, Vec::new()));
                    }
                }
                r
            }
            ExprKind::Index { x, indices, .. } => self.index_expr(e, x, indices),
            ExprKind::Slice {
                x,
                low,
                high,
                max,
                slice3,
                ..
            } => self.slice_expr(e, x, *low, *high, *max, *slice3),
            ExprKind::TypeAssert { x, typ } => {
                let xo = self.expr(x);
                let Some(t) = typ else {
                    self.error_at(e, "invalid syntax tree: use of .(type) outside type switch");
                    return inv;
                };
                let tt = self.type_expr(t);
                if xo.is_invalid() || tt == INVALID {
                    return inv;
                }
                if !self.tt.is_interface(xo.typ) {
                    self.error_at(
                        x,
                        format!(
                            "invalid operation: {} is not an interface",
                            self.op_str(&xo)
                        ),
                    );
                    return inv;
                }
                self.type_assertion(e, &xo, tt, false);
                Operand {
                    mode: OpMode::CommaOk,
                    typ: tt,
                    val: None,
                    expr: Some(e),
                    builtin: None,
                }
            }
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                ..
            } => self.call(e, fun, args, *ellipsis),
            ExprKind::Star(inner) => {
                let x = self.expr_or_type(inner);
                match x.mode {
                    OpMode::Invalid => inv,
                    OpMode::TypeExpr => {
                        let p = self.tt.pointer(x.typ);
                        Operand {
                            mode: OpMode::TypeExpr,
                            typ: p,
                            val: None,
                            expr: Some(e),
                            builtin: None,
                        }
                    }
                    _ => {
                        if x.is_nil() {
                            self.error_at(e, "invalid operation: cannot indirect nil");
                            return inv;
                        }
                        match self.tt.deref(x.typ) {
                            Some(b) => Operand {
                                mode: OpMode::Variable,
                                typ: b,
                                val: None,
                                expr: Some(e),
                                builtin: None,
                            },
                            None => {
                                self.error_at(
                                    inner,
                                    format!(
                                        "invalid operation: cannot indirect {}",
                                        self.op_str(&x)
                                    ),
                                );
                                inv
                            }
                        }
                    }
                }
            }
            ExprKind::Unary { op, x } => self.unary(e, *op, x),
            ExprKind::Binary { op, x, y } => self.binary(e, *op, x, y),
            ExprKind::KeyValue { .. } => {
                self.error_at(e, "unexpected key:value expression");
                inv
            }
            ExprKind::ArrayType { .. }
            | ExprKind::StructType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => {
                let t = self.type_expr_inner(e);
                if t == INVALID {
                    return inv;
                }
                Operand {
                    mode: OpMode::TypeExpr,
                    typ: t,
                    val: None,
                    expr: Some(e),
                    builtin: None,
                }
            }
        }
    }

    // ---- identifiers ----

    pub(crate) fn ident(&mut self, id: &'a Ident<'a>, want_type: bool) -> Operand<'a> {
        let inv = Operand::invalid(None);
        if id.name == "_" {
            self.error(id.pos, "cannot use _ as value or type");
            return inv;
        }
        let Some(o) = self.lookup(id.name) else {
            let _ = want_type;
            self.error(id.pos, format!("undefined: {}", id.name));
            return inv;
        };
        self.record_use(id, o);
        self.mark_dot_use(o);
        if let ObjKind::PkgName(_) = self.objs[o.0 as usize].kind {
            self.used[o.0 as usize] = true;
            self.error(
                id.pos,
                format!("use of package {} not in selector", id.name),
            );
            return inv;
        }
        let x = self.use_obj(o);
        if self.generic_type_misuse(o, id.pos) {
            return inv;
        }
        x
    }

    /// `undefined: pkg.name`, with gc's hint when the name exists with
    /// different capitalisation.
    fn undefined_qualified(&mut self, e: &'a Expr<'a>, sel: &'a Ident<'a>, ps: ScopeId) {
        let lower = sel.name.to_lowercase();
        let alt = self.scopes[ps]
            .names
            .keys()
            .filter(|k| {
                k.to_lowercase() == lower
                    && k.as_str() != sel.name
                    && k.starts_with(|c: char| c.is_uppercase())
            })
            .min()
            .cloned();
        let msg = match alt {
            Some(a) => format!("undefined: {} (but have {})", expr_string(e), a),
            None => format!("undefined: {}", expr_string(e)),
        };
        self.error(sel.pos, msg);
    }

    /// Marks dot imports used when `o` came from a dot-imported package.
    pub(crate) fn mark_dot_use(&mut self, o: ObjId) {
        if let Some(p) = self.objs[o.0 as usize].pkg {
            if p != self.cur_pkg {
                if let Some(v) = self.dot_imports.get(&p) {
                    for pn in v.clone() {
                        self.used[pn.0 as usize] = true;
                    }
                }
            }
        }
    }

    /// The operand an object denotes (resolving package-level objects).
    pub(crate) fn use_obj(&mut self, o: ObjId) -> Operand<'a> {
        let inv = Operand::invalid(None);
        if self.decls.contains_key(&o) {
            self.obj_decl(o);
        }
        self.record_dep(o);
        let ob = self.obj(o).clone();
        let mk = |mode, typ, val| Operand {
            mode,
            typ,
            val,
            expr: None,
            builtin: None,
        };
        match &ob.kind {
            ObjKind::PkgName(_) => {
                // Reported by the caller (value or type context).
                self.used[o.0 as usize] = true;
                inv
            }
            ObjKind::Const(v) => {
                if ob.typ == INVALID {
                    return inv;
                }
                if ob.name == "iota" && ob.pkg.is_none() {
                    match &self.ctx.iota {
                        Some(i) => return mk(OpMode::Constant, UNTYPED_INT, Some(i.clone())),
                        None => {
                            self.error(Pos::NONE, "cannot use iota outside constant declaration");
                            return inv;
                        }
                    }
                }
                mk(OpMode::Constant, ob.typ, Some(v.clone()))
            }
            ObjKind::TypeName => {
                if ob.typ == INVALID {
                    return inv;
                }
                mk(OpMode::TypeExpr, ob.typ, None)
            }
            ObjKind::Var { .. } => {
                self.used[o.0 as usize] = true;
                if ob.typ == INVALID {
                    return inv;
                }
                mk(OpMode::Variable, ob.typ, None)
            }
            ObjKind::Func { .. } => {
                if ob.typ == INVALID {
                    return inv;
                }
                mk(OpMode::Value, ob.typ, None)
            }
            ObjKind::Builtin(b) => Operand {
                mode: OpMode::Builtin,
                typ: INVALID,
                val: None,
                expr: None,
                builtin: Some(*b),
            },
            ObjKind::Nil => mk(OpMode::Nil, UNTYPED_NIL, None),
            ObjKind::Label => inv,
        }
    }

    fn basic_lit(&mut self, e: &'a Expr<'a>, lit: &BasicLit<'_>) -> Operand<'a> {
        let (typ, val) = match lit.kind {
            Token::Int => (UNTYPED_INT, parse_int(lit.value).map(ConstValue::Int)),
            Token::Float => (UNTYPED_FLOAT, parse_float(lit.value).map(ConstValue::Float)),
            Token::Imag => {
                let body = &lit.value[..lit.value.len().saturating_sub(1)];
                let v = if body.contains(['.', 'e', 'E', 'p', 'P']) && !body.starts_with("0x")
                    || body.starts_with("0x") && body.contains(['p', 'P', '.'])
                {
                    parse_float(body)
                } else {
                    // An imaginary literal's integer part is decimal even with a leading 0.
                    parse_float(body.trim_start_matches('0').trim_start_matches('_'))
                        .or(Some(num_traits::Zero::zero()))
                };
                (
                    UNTYPED_COMPLEX,
                    v.map(|f| ConstValue::Complex(num_traits::Zero::zero(), f)),
                )
            }
            Token::Char => (UNTYPED_RUNE, parse_char(lit.value).map(|c| int(c as i64))),
            Token::String => (
                UNTYPED_STRING,
                parse_string_bytes(lit.value).map(|b| string_value(&b)),
            ),
            _ => (INVALID, None),
        };
        match val {
            Some(v) => Operand {
                mode: OpMode::Constant,
                typ,
                val: Some(v),
                expr: Some(e),
                builtin: None,
            },
            None => {
                self.error(lit.pos, format!("malformed constant: {}", lit.value));
                Operand::invalid(Some(e))
            }
        }
    }

    // ---- untyped conversion (go/types updateExprType & co) ----

    pub(crate) fn update_expr_type(&mut self, e: &'a Expr<'a>, typ: TypeId, fin: bool) {
        let Some(old) = self.untyped.get(&e.id).cloned() else {
            return;
        };
        match &e.kind {
            ExprKind::Paren(x) => self.update_expr_type(x, typ, fin),
            ExprKind::Unary { x, op } => {
                if old.val.is_none() && *op != Token::Arrow {
                    self.update_expr_type(x, typ, fin);
                }
            }
            ExprKind::Binary { op, x, y } => {
                if old.val.is_none() {
                    if is_comparison(*op) {
                    } else if matches!(op, Token::Shl | Token::Shr) {
                        self.update_expr_type(x, typ, fin);
                    } else {
                        self.update_expr_type(x, typ, fin);
                        self.update_expr_type(y, typ, fin);
                    }
                }
            }
            _ => {}
        }
        if !fin && self.tt.is_untyped(typ) {
            if let Some(u) = self.untyped.get_mut(&e.id) {
                u.typ = typ;
            }
            return;
        }
        self.untyped.remove(&e.id);
        if old.is_lhs && !self.tt.is_integer(typ) {
            let ts = self.type_str(typ);
            self.error_at(
                e,
                format!(
                    "invalid operation: shifted operand {} (type {}) must be integer",
                    expr_string(e),
                    ts
                ),
            );
            return;
        }
        let mut val = old.val.clone();
        if let Some(v) = &old.val {
            let mut c = Operand {
                mode: old.mode,
                typ: old.typ,
                val: Some(v.clone()),
                expr: Some(e),
                builtin: None,
            };
            self.convert_untyped(&mut c, typ);
            if c.is_invalid() {
                return;
            }
            val = old.val.clone();
        }
        self.record_type(e.id, old.mode, typ, val);
    }

    pub(crate) fn update_expr_val(&mut self, e: &'a Expr<'a>, v: &ConstValue) {
        if let Some(u) = self.untyped.get_mut(&e.id) {
            u.val = Some(v.clone());
        }
    }

    /// go/types `implicitTypeAndValue`: Err(code) with 1 = truncated,
    /// 2 = overflow, 3 = other.
    pub(crate) fn implicit_type_and_value(
        &mut self,
        x: &Operand<'a>,
        target: TypeId,
    ) -> Result<(TypeId, Option<ConstValue>), u8> {
        if x.is_invalid() || self.tt.is_typed(x.typ) || target == INVALID {
            return Ok((x.typ, None));
        }
        if self.tt.is_untyped(target) {
            if let Some(m) = self.max_type(x.typ, target) {
                return Ok((m, None));
            }
            return Err(3);
        }
        if x.is_nil() {
            if self.has_nil(target) {
                return Ok((target, None));
            }
            return Err(3);
        }
        match self.tt.under_kind(target).clone() {
            TypeKind::Basic(k) => {
                if x.mode == OpMode::Constant {
                    let v = x.val.clone().unwrap();
                    return match representable(&v, k) {
                        Some(nv) => Ok((target, Some(nv))),
                        None => Err(self.representation_code(x.typ, target)),
                    };
                }
                let ok = match self.tt.basic_kind(x.typ) {
                    Some(BasicKind::UntypedBool) => self.tt.is_boolean(target),
                    Some(
                        BasicKind::UntypedInt
                        | BasicKind::UntypedRune
                        | BasicKind::UntypedFloat
                        | BasicKind::UntypedComplex,
                    ) => self.tt.is_numeric(target),
                    Some(BasicKind::UntypedString) => self.tt.is_string(target),
                    _ => false,
                };
                if !ok {
                    return Err(3);
                }
                Ok((target, None))
            }
            TypeKind::Interface { methods, .. } => {
                if !methods.is_empty() {
                    return Err(3);
                }
                Ok((self.tt.default_type(x.typ), None))
            }
            _ => Err(3),
        }
    }

    fn representation_code(&self, from: TypeId, to: TypeId) -> u8 {
        if self.tt.is_numeric(from) && self.tt.is_numeric(to) {
            if !self.tt.is_integer(from) && self.tt.is_integer(to) {
                1
            } else {
                2
            }
        } else {
            3
        }
    }

    fn max_type(&self, x: TypeId, y: TypeId) -> Option<TypeId> {
        if self.tt.is_numeric(x) && self.tt.is_numeric(y) {
            let r = |t: TypeId| match self.tt.basic_kind(t) {
                Some(BasicKind::UntypedInt) => 1,
                Some(BasicKind::UntypedRune) => 2,
                Some(BasicKind::UntypedFloat) => 3,
                Some(BasicKind::UntypedComplex) => 4,
                _ => 0,
            };
            return Some(if r(x) >= r(y) { x } else { y });
        }
        if x == y {
            return Some(x);
        }
        None
    }

    pub(crate) fn has_nil(&self, t: TypeId) -> bool {
        matches!(
            self.tt.under_kind(t),
            TypeKind::Pointer(_)
                | TypeKind::Slice(_)
                | TypeKind::Map { .. }
                | TypeKind::Chan { .. }
                | TypeKind::Signature(_)
                | TypeKind::Interface { .. }
                | TypeKind::Basic(BasicKind::UnsafePointer | BasicKind::UntypedNil)
        )
    }

    pub(crate) fn convert_untyped(&mut self, x: &mut Operand<'a>, target: TypeId) {
        match self.implicit_type_and_value(x, target) {
            Err(code) => {
                let t = if self.tt.is_named(target) && !self.tt.is_interface(target) {
                    self.tt.underlying(target)
                } else {
                    target
                };
                let t = if self.tt.is_untyped(target) {
                    target
                } else {
                    t
                };
                self.invalid_conversion(code, x, t);
                x.mode = OpMode::Invalid;
            }
            Ok((nt, val)) => {
                if let Some(v) = val {
                    if let Some(e) = x.expr {
                        self.update_expr_val(e, &v);
                    }
                    x.val = Some(v);
                }
                if nt != x.typ {
                    x.typ = nt;
                    if let Some(e) = x.expr {
                        self.update_expr_type(e, nt, false);
                    }
                }
            }
        }
    }

    fn invalid_conversion(&mut self, code: u8, x: &Operand<'a>, t: TypeId) {
        let xs = self.op_str(x);
        let ts = self.type_str(t);
        let msg = match code {
            1 => format!("{} truncated to {}", xs, ts),
            2 => format!("{} overflows {}", xs, ts),
            _ => format!("cannot convert {} to type {}", xs, ts),
        };
        match x.expr {
            Some(e) => self.error_at(e, msg),
            None => self.error(Pos::NONE, msg),
        }
    }

    /// go/types `assignment`: x is assigned to a variable of type `t`
    /// (`None` for the blank identifier).
    pub(crate) fn assignment(&mut self, x: &mut Operand<'a>, t: Option<TypeId>, context: &str) {
        match x.mode {
            OpMode::Invalid => return,
            OpMode::Constant
            | OpMode::Variable
            | OpMode::MapIndex
            | OpMode::Value
            | OpMode::CommaOk
            | OpMode::Nil => {}
            _ => {
                let e = x.expr;
                let msg = format!(
                    "cannot assign {} to {} in {}",
                    self.op_str(x),
                    t.map(|t| self.type_str(t)).unwrap_or_default(),
                    context
                );
                if let Some(e) = e {
                    self.error_at(e, msg);
                }
                x.mode = OpMode::Invalid;
                return;
            }
        }
        if self.tt.is_untyped(x.typ) {
            let mut target = t;
            if x.is_nil() {
                if t.is_none() {
                    if let Some(e) = x.expr {
                        self.error_at(e, format!("use of untyped nil in {}", context));
                    }
                    x.mode = OpMode::Invalid;
                    return;
                }
            } else if t.is_none() || t.map(|t| self.tt.is_interface(t)).unwrap_or(false) {
                target = Some(self.tt.default_type(x.typ));
            }
            let target = target.unwrap();
            match self.implicit_type_and_value(x, target) {
                Err(code) => {
                    let mut msg = format!(
                        "cannot use {} as {} value in {}",
                        self.op_str(x),
                        self.target_str(target),
                        context
                    );
                    match code {
                        1 => msg.push_str(" (truncated)"),
                        2 => msg.push_str(" (overflows)"),
                        _ => {}
                    }
                    if let Some(e) = x.expr {
                        self.error_at(e, msg);
                    }
                    x.mode = OpMode::Invalid;
                    return;
                }
                Ok((nt, val)) => {
                    if let Some(v) = val {
                        if let Some(e) = x.expr {
                            self.update_expr_val(e, &v);
                        }
                        x.val = Some(v);
                    }
                    if nt != x.typ {
                        x.typ = nt;
                        if let Some(e) = x.expr {
                            self.update_expr_type(e, nt, false);
                        }
                    }
                }
            }
        }
        let Some(t) = t else { return };
        let mut cause = String::new();
        if !self.assignable_to(x, t, Some(&mut cause)) {
            if let Some(n) = self.named_sig_str(x) {
                cause = cause.replacen(&self.type_str(x.typ), &n, 1);
            }
            let xs = self.op_str(x);
            let ts = self.target_str(t);
            let msg = if cause.is_empty() {
                format!("cannot use {} as {} value in {}", xs, ts, context)
            } else {
                format!(
                    "cannot use {} as {} value in {}: {}",
                    xs, ts, context, cause
                )
            };
            if let Some(e) = x.expr {
                self.error_at(e, msg);
            }
            x.mode = OpMode::Invalid;
        }
    }

    fn target_str(&mut self, t: TypeId) -> String {
        if let Some(n) = self.target_name.take() {
            if self.tt.identical(n.0, t) {
                return n.1;
            }
        }
        self.type_str(t)
    }

    // ---- unary and binary ----

    fn unary(&mut self, e: &'a Expr<'a>, op: Token, xe: &'a Expr<'a>) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        if op == Token::And {
            let hint = None;
            let mut x = self.expr_hint(xe, hint);
            if x.is_invalid() {
                return inv;
            }
            let is_lit = matches!(xe.unparen().kind, ExprKind::CompositeLit { .. });
            if !is_lit && x.mode != OpMode::Variable {
                self.error_at(
                    xe,
                    format!(
                        "invalid operation: cannot take address of {}",
                        self.op_str(&x)
                    ),
                );
                return inv;
            }
            x.mode = OpMode::Value;
            x.val = None;
            x.typ = self.tt.pointer(x.typ);
            x.val = None;
            return x;
        }
        let mut x = self.expr(xe);
        if x.is_invalid() {
            return inv;
        }
        if op == Token::Arrow {
            match self.tt.under_kind(x.typ).clone() {
                TypeKind::Chan { dir, elem } => {
                    if dir == ChanDir::Send {
                        let ts = self.type_str(x.typ);
                        self.error_at(
                            xe,
                            format!(
                                "invalid operation: cannot receive from send-only channel {} {}",
                                ts,
                                self.op_str(&x)
                            ),
                        );
                        return inv;
                    }
                    return Operand {
                        mode: OpMode::CommaOk,
                        typ: elem,
                        val: None,
                        expr: Some(e),
                        builtin: None,
                    };
                }
                _ => {
                    self.error_at(
                        xe,
                        format!(
                            "invalid operation: cannot receive from non-channel {} {}",
                            self.type_str(x.typ),
                            self.op_str(&x)
                        ),
                    );
                    return inv;
                }
            }
        }
        let ok = match op {
            Token::Add | Token::Sub => self.tt.is_numeric(x.typ),
            Token::Xor => self.tt.is_integer(x.typ),
            Token::Not => self.tt.is_boolean(x.typ),
            _ => false,
        };
        if !ok {
            self.error_at(
                xe,
                format!(
                    "invalid operation: operator {} not defined on {}",
                    op.as_str(),
                    self.op_str(&x)
                ),
            );
            return inv;
        }
        if x.mode == OpMode::Constant {
            let bits = if self.tt.is_unsigned(x.typ) {
                self.tt.size_of(x.typ) as u32 * 8
            } else {
                0
            };
            let v = unary_op(op, x.val.as_ref().unwrap(), bits);
            x.val = v;
            x.expr = Some(e);
            self.overflow(&mut x, e.pos);
            return x;
        }
        x.mode = OpMode::Value;
        x.val = None;
        x
    }

    /// Checks a constant result against its type (typed) or size (untyped).
    fn overflow(&mut self, x: &mut Operand<'a>, op_pos: Pos) {
        let Some(v) = x.val.clone() else {
            self.error(op_pos, "constant result is not representable");
            x.mode = OpMode::Invalid;
            return;
        };
        if self.tt.is_typed(x.typ) {
            let k = self.tt.basic_kind(x.typ).unwrap_or(BasicKind::Invalid);
            match representable(&v, k) {
                Some(nv) => x.val = Some(nv),
                None => {
                    let code = 2;
                    let t = self.tt.underlying(x.typ);
                    let _ = t;
                    self.invalid_conversion(code, x, x.typ);
                    x.mode = OpMode::Invalid;
                }
            }
            return;
        }
        if let ConstValue::Int(i) = &v {
            if i.bits() > 512 {
                let op = x.expr.map(op_name).unwrap_or("");
                let op = if op.is_empty() {
                    String::new()
                } else {
                    format!("{} ", op)
                };
                self.error(op_pos, format!("constant {}overflow", op));
                x.mode = OpMode::Invalid;
            }
        }
    }

    pub(crate) fn match_types(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) {
        let may_convert = |c: &Self, x: &Operand<'a>, y: &Operand<'a>| -> bool {
            if c.tt.is_typed(x.typ) && c.tt.is_typed(y.typ) {
                return false;
            }
            if c.tt.is_numeric(x.typ) != c.tt.is_numeric(y.typ) {
                return false;
            }
            if c.tt.is_interface(x.typ) || c.tt.is_interface(y.typ) {
                return true;
            }
            if c.tt.is_boolean(x.typ) != c.tt.is_boolean(y.typ) {
                return false;
            }
            if c.tt.is_string(x.typ) != c.tt.is_string(y.typ) {
                return false;
            }
            if x.is_nil() {
                return c.has_nil(y.typ);
            }
            if y.is_nil() {
                return c.has_nil(x.typ);
            }
            if c.tt.is_pointer(x.typ) || c.tt.is_pointer(y.typ) {
                return false;
            }
            true
        };
        if may_convert(self, x, y) {
            let yt = y.typ;
            self.convert_untyped(x, yt);
            if x.is_invalid() {
                return;
            }
            let xt = x.typ;
            self.convert_untyped(y, xt);
            if y.is_invalid() {
                x.mode = OpMode::Invalid;
            }
        }
    }

    pub(crate) fn binary(
        &mut self,
        e: &'a Expr<'a>,
        op: Token,
        xe: &'a Expr<'a>,
        ye: &'a Expr<'a>,
    ) -> Operand<'a> {
        let mut x = self.expr(xe);
        let mut y = self.expr(ye);
        self.binary_ops(Some(e), op, &mut x, &mut y, xe, ye);
        if !x.is_invalid() {
            x.expr = Some(e);
        }
        x
    }

    /// The core of `binary`, shared with op-assignments (`e` is `None`).
    pub(crate) fn binary_ops(
        &mut self,
        e: Option<&'a Expr<'a>>,
        op: Token,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
        xe: &'a Expr<'a>,
        ye: &'a Expr<'a>,
    ) {
        if x.is_invalid() {
            return;
        }
        if y.is_invalid() {
            x.mode = OpMode::Invalid;
            return;
        }
        if matches!(op, Token::Shl | Token::Shr) {
            self.shift(x, y, e, op);
            return;
        }
        self.match_types(x, y);
        if x.is_invalid() {
            return;
        }
        if is_comparison(op) {
            self.comparison(x, y, op, false);
            return;
        }
        if !self.tt.identical(x.typ, y.typ) {
            if x.typ != INVALID && y.typ != INVALID {
                let msg = match e {
                    Some(e) => format!(
                        "invalid operation: {} (mismatched types {} and {})",
                        expr_string(e),
                        self.type_str(x.typ),
                        self.type_str(y.typ)
                    ),
                    None => format!(
                        "invalid operation: {} {}= {} (mismatched types {} and {})",
                        expr_string(xe),
                        op.as_str(),
                        expr_string(ye),
                        self.type_str(x.typ),
                        self.type_str(y.typ)
                    ),
                };
                self.error_at(xe, msg);
            }
            x.mode = OpMode::Invalid;
            return;
        }
        let ok = match op {
            Token::Add => self.tt.is_numeric(x.typ) || self.tt.is_string(x.typ),
            Token::Sub | Token::Mul | Token::Quo => self.tt.is_numeric(x.typ),
            Token::Rem | Token::And | Token::Or | Token::Xor | Token::AndNot => {
                self.tt.is_integer(x.typ)
            }
            Token::LAnd | Token::LOr => self.tt.is_boolean(x.typ),
            _ => false,
        };
        if !ok {
            self.error_at(
                xe,
                format!(
                    "invalid operation: operator {} not defined on {}",
                    op.as_str(),
                    self.op_str(x)
                ),
            );
            x.mode = OpMode::Invalid;
            return;
        }
        if matches!(op, Token::Quo | Token::Rem)
            && (x.mode == OpMode::Constant || self.tt.is_integer(x.typ))
            && y.mode == OpMode::Constant
            && y.val.as_ref().map(sign) == Some(0)
        {
            self.error_at(ye, "invalid operation: division by zero");
            x.mode = OpMode::Invalid;
            return;
        }
        if x.mode == OpMode::Constant && y.mode == OpMode::Constant {
            let int_div = op == Token::Quo && self.tt.is_integer(x.typ);
            let v = binary_op(
                x.val.as_ref().unwrap(),
                op,
                y.val.as_ref().unwrap(),
                int_div,
            );
            x.val = v;
            x.expr = e;
            let p = e.map(|e| e.pos).unwrap_or(xe.pos);
            self.overflow(x, p);
            return;
        }
        x.mode = OpMode::Value;
        x.val = None;
    }

    fn shift(
        &mut self,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
        e: Option<&'a Expr<'a>>,
        op: Token,
    ) {
        let xval = if x.mode == OpMode::Constant {
            x.val.as_ref().and_then(to_int)
        } else {
            None
        };
        if !(self.tt.is_integer(x.typ) || self.tt.is_untyped(x.typ) && xval.is_some()) {
            if let Some(xe) = x.expr {
                self.error_at(
                    xe,
                    format!(
                        "invalid operation: shifted operand {} must be integer",
                        self.op_str(x)
                    ),
                );
            }
            x.mode = OpMode::Invalid;
            return;
        }
        let mut yval = None;
        if y.mode == OpMode::Constant {
            yval = y.val.as_ref().and_then(to_int);
            if let Some(v) = &yval {
                if num_traits::Signed::is_negative(v) {
                    if let Some(ye) = y.expr {
                        self.error_at(
                            ye,
                            format!("invalid operation: negative shift count {}", self.op_str(y)),
                        );
                    }
                    x.mode = OpMode::Invalid;
                    return;
                }
            }
            if self.tt.is_untyped(y.typ) {
                let v = y.val.clone().unwrap();
                if representable(&v, BasicKind::Uint).is_none() {
                    let code = self.representation_code(y.typ, UINT);
                    self.invalid_conversion(code, y, UINT);
                    x.mode = OpMode::Invalid;
                    return;
                }
            }
        } else if self.tt.is_integer(y.typ) {
        } else if self.tt.is_untyped(y.typ) {
            self.convert_untyped(y, UINT);
            if y.is_invalid() {
                x.mode = OpMode::Invalid;
                return;
            }
        } else {
            if let Some(ye) = y.expr {
                self.error_at(
                    ye,
                    format!(
                        "invalid operation: shift count {} must be integer",
                        self.op_str(y)
                    ),
                );
            }
            x.mode = OpMode::Invalid;
            return;
        }
        if x.mode == OpMode::Constant {
            if y.mode == OpMode::Constant {
                let s = yval.as_ref().and_then(num_traits::ToPrimitive::to_u64);
                let Some(s) = s.filter(|&s| s <= 1023 - 1 + 52) else {
                    if let Some(ye) = y.expr {
                        self.error_at(
                            ye,
                            format!("invalid operation: invalid shift count {}", self.op_str(y)),
                        );
                    }
                    x.mode = OpMode::Invalid;
                    return;
                };
                if !self.tt.is_integer(x.typ) {
                    x.typ = UNTYPED_INT;
                }
                x.val = shift(&ConstValue::Int(xval.unwrap()), op, s);
                x.expr = e;
                let p = e.map(|e| e.pos).unwrap_or(Pos::NONE);
                self.overflow(x, p);
                return;
            }
            if self.tt.is_untyped(x.typ) {
                if let Some(xe) = x.expr {
                    if let Some(u) = self.untyped.get_mut(&xe.id) {
                        u.is_lhs = true;
                    }
                }
                x.mode = OpMode::Value;
                x.val = None;
                return;
            }
        }
        if !self.tt.is_integer(x.typ) {
            if let Some(xe) = x.expr {
                self.error_at(
                    xe,
                    format!(
                        "invalid operation: shifted operand {} must be integer",
                        self.op_str(x)
                    ),
                );
            }
            x.mode = OpMode::Invalid;
            return;
        }
        x.mode = OpMode::Value;
        x.val = None;
    }

    pub(crate) fn comparison(
        &mut self,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
        op: Token,
        switch_case: bool,
    ) {
        if x.typ == INVALID || y.typ == INVALID {
            x.mode = OpMode::Invalid;
            return;
        }
        let op = if switch_case { Token::Eql } else { op };
        let mut err_x = true;
        let mut cause = String::new();
        let mut bad = false;
        let ok = self.assignable_to(x, y.typ, None) || self.assignable_to(y, x.typ, None);
        if !ok {
            err_x = false;
            cause = format!(
                "mismatched types {} and {}",
                self.type_str(x.typ),
                self.type_str(y.typ)
            );
            bad = true;
        } else if matches!(op, Token::Eql | Token::Neq) {
            if x.is_nil() || y.is_nil() {
                let t = if x.is_nil() { y.typ } else { x.typ };
                if !self.has_nil(t) || (x.is_nil() && y.is_nil()) {
                    err_x = false;
                    bad = true;
                }
            } else if !self.tt.comparable(x.typ) {
                cause = self.incomparable_cause(x.typ);
                bad = true;
            } else if !self.tt.comparable(y.typ) {
                err_x = false;
                cause = self.incomparable_cause(y.typ);
                bad = true;
            }
        } else if !self.tt.is_ordered(x.typ) {
            bad = true;
        } else if !self.tt.is_ordered(y.typ) {
            err_x = false;
            bad = true;
        }
        if bad {
            let eo = if err_x { x.clone() } else { y.clone() };
            if cause.is_empty() {
                cause = format!(
                    "operator {} not defined on {}",
                    op.as_str(),
                    self.kind_string(eo.typ)
                );
            }
            let xs = x.expr.map(expr_string).unwrap_or_default();
            let ys = y.expr.map(expr_string).unwrap_or_default();
            if switch_case {
                if let Some(xe) = x.expr {
                    self.error_at(
                        xe,
                        format!("invalid case {} in switch on {} ({})", xs, ys, cause),
                    );
                }
            } else if let Some(ee) = eo.expr {
                self.error_at(
                    ee,
                    format!(
                        "invalid operation: {} {} {} ({})",
                        xs,
                        op.as_str(),
                        ys,
                        cause
                    ),
                );
            }
            x.mode = OpMode::Invalid;
            return;
        }
        if x.mode == OpMode::Constant && y.mode == OpMode::Constant {
            let r = compare(x.val.as_ref().unwrap(), op, y.val.as_ref().unwrap()).unwrap_or(false);
            x.val = Some(ConstValue::Bool(r));
        } else {
            x.mode = OpMode::Value;
            x.val = None;
            x.val = None;
            let (xd, yd) = (self.tt.default_type(x.typ), self.tt.default_type(y.typ));
            if let Some(xe) = x.expr {
                self.update_expr_type(xe, xd, true);
            }
            if let Some(ye) = y.expr {
                self.update_expr_type(ye, yd, true);
            }
        }
        x.typ = UNTYPED_BOOL;
    }

    fn kind_string(&self, t: TypeId) -> String {
        let k = composite_kind(self.tt.under_kind(t));
        if k.is_empty() || k == "tuple" {
            self.type_str(t)
        } else {
            k.to_string()
        }
    }

    fn incomparable_cause(&self, t: TypeId) -> String {
        match self.tt.under_kind(t) {
            TypeKind::Slice(_) | TypeKind::Signature(_) | TypeKind::Map { .. } => {
                format!(
                    "{} can only be compared to nil",
                    composite_kind(self.tt.under_kind(t))
                )
            }
            TypeKind::Struct(fs) => {
                for f in fs {
                    if !self.tt.comparable(f.typ) {
                        return format!(
                            "struct containing {} cannot be compared",
                            self.type_str(f.typ)
                        );
                    }
                }
                String::new()
            }
            TypeKind::Array { elem, .. } => format!("{} cannot be compared", self.type_str(*elem)),
            _ => String::new(),
        }
    }

    // ---- selectors ----

    fn selector(&mut self, e: &'a Expr<'a>, xe: &'a Expr<'a>, sel: &'a Ident<'a>) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        // Qualified identifier?
        if let ExprKind::Ident(pid) = &xe.kind {
            if let Some(o) = self.lookup(pid.name) {
                if let ObjKind::PkgName(p) = self.obj(o).kind {
                    self.used[o.0 as usize] = true;
                    self.record_use(pid, o);
                    let ps = self.pkgs[p.0 as usize].scope;
                    let found = self.scopes[ps].names.get(sel.name).copied();
                    let exported = sel.name.starts_with(|c: char| c.is_uppercase());
                    let Some(m) = found.filter(|_| exported) else {
                        if found.is_some() || (!exported && p != self.cur_pkg) {
                            if found.is_some() {
                                self.error(
                                    sel.pos,
                                    format!(
                                        "name {} not exported by package {}",
                                        sel.name, self.pkgs[p.0 as usize].name
                                    ),
                                );
                            } else {
                                self.undefined_qualified(e, sel, ps);
                            }
                        } else {
                            self.undefined_qualified(e, sel, ps);
                        }
                        return inv;
                    };
                    self.record_use(sel, m);
                    let saved = self.cur_pkg;
                    let mut x = self.use_obj(m);
                    self.cur_pkg = saved;
                    if self.generic_type_misuse(m, sel.pos) {
                        return inv;
                    }
                    if self.is_generic_func(m) {
                        self.generic_ops.insert(e.id, (m, Vec::new()));
                    }
                    x.expr = Some(e);
                    return x;
                }
            }
        }
        let x = self.expr_or_type(xe);
        if x.is_invalid() {
            return inv;
        }
        if x.mode == OpMode::Builtin {
            self.error(
                e.pos,
                format!(
                    "invalid use of {} (built-in) in selector expression",
                    expr_string(xe)
                ),
            );
            return inv;
        }
        if x.mode == OpMode::TypeExpr {
            // Method expression T.m
            let r = self.lookup_field_or_method(x.typ, false, Some(self.cur_pkg), sel.name);
            let m = match r {
                LookupResult::Method {
                    obj,
                    index,
                    indirect,
                } => (obj, index, indirect),
                LookupResult::PointerRecv(_) => {
                    let ts = self.type_str(x.typ);
                    self.error(
                        sel.pos,
                        format!(
                            "invalid method expression {}.{} (needs pointer receiver (*{}).{})",
                            expr_string(xe),
                            sel.name,
                            ts,
                            sel.name
                        ),
                    );
                    return inv;
                }
                _ => {
                    let ts = self.type_str(x.typ);
                    let what = if matches!(r, LookupResult::Field { .. }) {
                        ""
                    } else {
                        ""
                    };
                    let _ = what;
                    self.error(
                        sel.pos,
                        format!(
                            "{}.{} undefined (type {} has no field or method {})",
                            expr_string(xe),
                            sel.name,
                            ts,
                            sel.name
                        ),
                    );
                    return inv;
                }
            };
            let (mo, index, indirect) = m;
            self.record_use(sel, mo);
            let msig = self.objs[mo.0 as usize].typ;
            let Some(s) = self.tt.signature(msig).cloned() else {
                return inv;
            };
            // Pointer-receiver method through a value type: not in the method set.
            if let ObjKind::Func { recv: Some(rt), .. } = self.objs[mo.0 as usize].kind {
                if self.tt.is_pointer(rt)
                    && !self.tt.is_pointer(x.typ)
                    && !indirect
                    && !self.tt.is_interface(x.typ)
                {
                    let ts = self.type_str(x.typ);
                    self.error(
                        sel.pos,
                        format!(
                            "invalid method expression {}.{} (needs pointer receiver (*{}).{})",
                            ts, sel.name, ts, sel.name
                        ),
                    );
                    return inv;
                }
            }
            let mut params = vec![x.typ];
            params.extend(s.params.iter().copied());
            let ft = self.tt.func(params, s.results.clone(), s.variadic);
            self.info.selections.insert(
                e.id,
                Selection {
                    kind: SelectionKind::MethodExpr,
                    recv: x.typ,
                    obj: mo,
                    index,
                    indirect,
                },
            );
            self.record_dep(mo);
            return Operand {
                mode: OpMode::Value,
                typ: ft,
                val: None,
                expr: Some(e),
                builtin: None,
            };
        }
        let x = self.single_value(x);
        if x.is_invalid() {
            return inv;
        }
        let r = self.lookup_field_or_method(
            x.typ,
            x.mode == OpMode::Variable,
            Some(self.cur_pkg),
            sel.name,
        );
        match r {
            LookupResult::Field {
                obj,
                index,
                indirect,
            } => {
                self.record_use(sel, obj);
                self.info.selections.insert(
                    e.id,
                    Selection {
                        kind: SelectionKind::FieldVal,
                        recv: x.typ,
                        obj,
                        index,
                        indirect,
                    },
                );
                let mode = if x.mode == OpMode::Variable || indirect {
                    OpMode::Variable
                } else {
                    OpMode::Value
                };
                let t = self.objs[obj.0 as usize].typ;
                Operand {
                    mode,
                    typ: t,
                    val: None,
                    expr: Some(e),
                    builtin: None,
                }
            }
            LookupResult::Method {
                obj,
                index,
                indirect,
            } => {
                self.record_use(sel, obj);
                self.record_dep(obj);
                self.info.selections.insert(
                    e.id,
                    Selection {
                        kind: SelectionKind::MethodVal,
                        recv: x.typ,
                        obj,
                        index,
                        indirect,
                    },
                );
                let t = self.objs[obj.0 as usize].typ;
                Operand {
                    mode: OpMode::Value,
                    typ: t,
                    val: None,
                    expr: Some(e),
                    builtin: None,
                }
            }
            LookupResult::PointerRecv(mo) => {
                let _ = mo;
                let ts = self.type_str(x.typ);
                self.error(
                    sel.pos,
                    format!("cannot call pointer method {} on {}", sel.name, ts),
                );
                inv
            }
            LookupResult::Ambiguous => {
                self.error(sel.pos, format!("ambiguous selector {}", expr_string(e)));
                inv
            }
            LookupResult::NotFound => {
                let ts = self.operand_type_str(&x);
                let mut why = format!("type {} has no field or method {}", ts, sel.name);
                if let Some(b) = self.tt.deref(x.typ) {
                    if self.tt.is_interface(b) {
                        why = format!("type {} is pointer to interface, not interface", ts);
                    }
                }
                // A differently capitalised match?
                let alt = {
                    let mut cand = None;
                    let up: String = {
                        let mut c = sel.name.chars();
                        match c.next() {
                            Some(f) => {
                                if f.is_uppercase() {
                                    f.to_lowercase().collect::<String>() + c.as_str()
                                } else {
                                    f.to_uppercase().collect::<String>() + c.as_str()
                                }
                            }
                            None => String::new(),
                        }
                    };
                    match self.lookup_field_or_method(x.typ, true, Some(self.cur_pkg), &up) {
                        LookupResult::Field { .. } => cand = Some(format!("field {}", up)),
                        LookupResult::Method { .. } | LookupResult::PointerRecv(_) => {
                            cand = Some(format!("method {}", up))
                        }
                        _ => {}
                    }
                    cand
                };
                if let Some(a) = alt {
                    why = format!("{}, but does have {}", why, a);
                }
                self.error(sel.pos, format!("{} undefined ({})", expr_string(e), why));
                inv
            }
        }
    }

    // ---- index and slice ----

    /// Checks an index; returns its constant value if any (`None` if invalid).
    pub(crate) fn index_value(
        &mut self,
        ie: &'a Expr<'a>,
        max: Option<u64>,
        what: &str,
    ) -> Result<Option<i64>, ()> {
        let mut x = self.expr(ie);
        if x.is_invalid() {
            return Err(());
        }
        self.convert_untyped(&mut x, INT);
        if x.is_invalid() {
            return Err(());
        }
        if !self.tt.is_integer(x.typ) {
            self.error_at(
                ie,
                format!(
                    "invalid argument: {} {} must be integer",
                    what,
                    self.op_str(&x)
                ),
            );
            return Err(());
        }
        if x.mode == OpMode::Constant {
            let v = x.val.clone().unwrap();
            if sign(&v) < 0 {
                self.error_at(
                    ie,
                    format!(
                        "invalid argument: {} {} must not be negative",
                        what,
                        self.op_str(&x)
                    ),
                );
                return Err(());
            }
            let Some(i) = to_i64(&v) else {
                self.error_at(
                    ie,
                    format!(
                        "invalid argument: {} {} overflows int",
                        what,
                        self.op_str(&x)
                    ),
                );
                return Err(());
            };
            if let Some(m) = max {
                if i as u64 >= m {
                    self.error_at(
                        ie,
                        format!(
                            "invalid argument: {} {} out of bounds [0:{}]",
                            what,
                            const_string(&v),
                            m
                        ),
                    );
                    return Err(());
                }
            }
            return Ok(Some(i));
        }
        Ok(None)
    }

    fn index_expr(
        &mut self,
        e: &'a Expr<'a>,
        xe: &'a Expr<'a>,
        indices: &'a [&'a Expr<'a>],
    ) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        if let Some(g) = self.generic_ref(xe) {
            return self.instantiate_expr(e, xe, g, indices);
        }
        let x = self.expr_or_type(xe);
        if x.is_invalid() {
            for i in indices {
                self.expr_or_type(i);
            }
            return inv;
        }
        if let Some((g, _)) = self.generic_ops.remove(&xe.id) {
            // `x.M[int]`: a generic method instantiated explicitly.
            return self.instantiate_expr(e, xe, g, indices);
        }
        if x.mode == OpMode::TypeExpr {
            let ts = self.type_str(x.typ);
            self.error_at(
                e,
                format!(
                    "invalid operation: {} ({} is not a generic type)",
                    expr_string(e),
                    ts
                ),
            );
            return inv;
        }
        let x = self.single_value(x);
        if x.is_invalid() {
            return inv;
        }
        if indices.len() != 1 {
            self.error_at(e, "invalid operation: more than one index".to_string());
            return inv;
        }
        let ie = indices[0];
        let mut valid = false;
        let mut mode = OpMode::Value;
        let mut typ = INVALID;
        let mut length: Option<u64> = None;
        match self.tt.under_kind(x.typ).clone() {
            TypeKind::Basic(_) if self.tt.is_string(x.typ) => {
                valid = true;
                if x.mode == OpMode::Constant {
                    if let Some(ConstValue::String(s)) = &x.val {
                        length = Some(s.len() as u64);
                    }
                }
                mode = OpMode::Value;
                typ = UINT8;
                self.byte_nodes.insert(e.id);
            }
            TypeKind::Array { len, elem } => {
                valid = true;
                length = Some(len);
                mode = if x.mode == OpMode::Variable {
                    OpMode::Variable
                } else {
                    OpMode::Value
                };
                typ = elem;
            }
            TypeKind::Pointer(b) => {
                if let TypeKind::Array { len, elem } = self.tt.under_kind(b).clone() {
                    valid = true;
                    length = Some(len);
                    mode = OpMode::Variable;
                    typ = elem;
                }
            }
            TypeKind::Slice(elem) => {
                valid = true;
                mode = OpMode::Variable;
                typ = elem;
            }
            TypeKind::Map { key, value } => {
                let mut k = self.expr(ie);
                self.assignment(&mut k, Some(key), "map index");
                return Operand {
                    mode: OpMode::MapIndex,
                    typ: value,
                    val: None,
                    expr: Some(e),
                    builtin: None,
                };
            }
            _ => {}
        }
        if !valid {
            self.error(e.pos, format!("cannot index {}", self.op_str(&x)));
            self.expr(ie);
            return inv;
        }
        if self.index_value(ie, length, "index").is_err() {
            return Operand {
                mode,
                typ,
                val: None,
                expr: Some(e),
                builtin: None,
            };
        }
        Operand {
            mode,
            typ,
            val: None,
            expr: Some(e),
            builtin: None,
        }
    }

    fn slice_expr(
        &mut self,
        e: &'a Expr<'a>,
        xe: &'a Expr<'a>,
        low: Option<&'a Expr<'a>>,
        high: Option<&'a Expr<'a>>,
        max: Option<&'a Expr<'a>>,
        slice3: bool,
    ) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let x = self.expr(xe);
        if x.is_invalid() {
            for i in [low, high, max].into_iter().flatten() {
                self.expr(i);
            }
            return inv;
        }
        let mut length: Option<u64> = None;
        let typ;
        match self.tt.under_kind(x.typ).clone() {
            TypeKind::Basic(_) if self.tt.is_string(x.typ) => {
                if slice3 {
                    self.error_at(e, "invalid operation: 3-index slice of string".to_string());
                    return inv;
                }
                if let Some(ConstValue::String(s)) = &x.val {
                    length = Some(s.len() as u64);
                }
                typ = if self.tt.is_untyped(x.typ) {
                    STRING
                } else {
                    x.typ
                };
            }
            TypeKind::Array { len, elem } => {
                length = Some(len);
                if x.mode != OpMode::Variable {
                    self.error_at(
                        xe,
                        format!(
                            "invalid operation: {} (slice of unaddressable value)",
                            expr_string(e)
                        ),
                    );
                    return inv;
                }
                typ = self.tt.slice(elem);
            }
            TypeKind::Pointer(b) => match self.tt.under_kind(b).clone() {
                TypeKind::Array { len, elem } => {
                    length = Some(len);
                    typ = self.tt.slice(elem);
                }
                _ => {
                    self.error_at(xe, format!("cannot slice {}", self.op_str(&x)));
                    return inv;
                }
            },
            TypeKind::Slice(_) => typ = x.typ,
            _ => {
                self.error_at(xe, format!("cannot slice {}", self.op_str(&x)));
                return inv;
            }
        }
        if slice3 && (high.is_none() || max.is_none()) {
            self.error(e.pos, "middle index required in 3-index slice");
        }
        let bound = length.map(|l| l + 1);
        let mut vals: Vec<Option<i64>> = Vec::new();
        for i in [low, high, max] {
            match i {
                Some(ie) => vals.push(self.index_value(ie, bound, "index").ok().flatten()),
                None => vals.push(None),
            }
        }
        // Constant indices must be non-decreasing.
        let mut prev: Option<(i64, usize)> = None;
        for (k, v) in vals.iter().enumerate() {
            if let Some(v) = v {
                if let Some((p, _)) = prev {
                    if *v < p {
                        let ie = [low, high, max][k].unwrap();
                        self.error_at(ie, format!("invalid slice indices: {} < {}", v, p));
                    }
                }
                prev = Some((*v, k));
            }
        }
        Operand {
            mode: OpMode::Value,
            typ,
            val: None,
            expr: Some(e),
            builtin: None,
        }
    }

    // ---- type assertions ----

    pub(crate) fn type_assertion(
        &mut self,
        e: &'a Expr<'a>,
        x: &Operand<'a>,
        t: TypeId,
        type_switch: bool,
    ) {
        if self.tt.is_interface(t) || self.in_instance > 0 {
            return;
        }
        if let Some(cause) = self.missing_method_cause(t, x.typ, true) {
            if type_switch {
                let msg = format!(
                    "impossible type switch case: {}\n\t{} cannot have dynamic type {} {}",
                    expr_string(e),
                    self.op_str(x),
                    self.type_str(t),
                    cause
                );
                self.error_at(e, msg);
                return;
            }
            let msg = format!(
                "impossible type assertion: {}\n\t{} does not implement {} {}",
                expr_string(e),
                self.type_str(t),
                self.type_str(x.typ),
                cause
            );
            self.error_at(e, msg);
        }
    }

    // ---- function literals ----

    fn func_lit(&mut self, ft: &'a FuncType<'a>, body: &'a BlockStmt<'a>) -> Operand<'a> {
        let mut saved = self.ctx.clone();
        self.ctx.locals = Vec::new();
        saved.locals = std::mem::take(&mut saved.locals);
        let saved_labels = std::mem::take(&mut self.labels);
        let scope = self.new_scope(Some(self.ctx.scope), true);
        self.ctx.scope = scope;
        let (sig, _, robjs) = self.func_type(ft, true);
        self.ctx.sig = Some(sig);
        self.ctx.results = robjs;
        self.ctx.iota = None;
        self.stmt_body(body);
        let locals = std::mem::take(&mut self.ctx.locals);
        self.ctx = saved;
        self.labels = saved_labels;
        self.ctx.locals.extend(locals);
        Operand {
            mode: OpMode::Value,
            typ: sig,
            val: None,
            expr: None,
            builtin: None,
        }
    }

    // ---- composite literals ----

    fn composite_lit(
        &mut self,
        e: &'a Expr<'a>,
        te: Option<&'a Expr<'a>>,
        elts: &'a [&'a Expr<'a>],
        rbrace: Pos,
        hint: Option<TypeId>,
    ) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let _ = rbrace;
        let (typ, base) = match te {
            Some(t) => {
                if let ExprKind::ArrayType { len: Some(l), elem } = &t.kind {
                    if let ExprKind::Ellipsis(None) = l.kind {
                        let et = self.type_expr(elem);
                        let n = self.index_elts(elts, et, None);
                        let at = self.tt.intern(TypeKind::Array { len: n, elem: et });
                        self.record_type(t.id, OpMode::TypeExpr, at, None);
                        return Operand {
                            mode: OpMode::Value,
                            typ: at,
                            val: None,
                            expr: Some(e),
                            builtin: None,
                        };
                    }
                }
                let t = self.type_expr(t);
                (t, t)
            }
            None => match hint {
                Some(h) => {
                    let b = match self.tt.kind(h) {
                        TypeKind::Pointer(b) => *b,
                        _ => h,
                    };
                    (h, b)
                }
                None => {
                    self.error_at(e, "missing type in composite literal");
                    return inv;
                }
            },
        };
        if typ == INVALID {
            self.use_elts(elts);
            return inv;
        }
        match self.tt.under_kind(base).clone() {
            TypeKind::Struct(fields) => {
                if elts.is_empty() {
                } else if matches!(elts[0].kind, ExprKind::KeyValue { .. }) {
                    let mut seen = vec![false; fields.len()];
                    for el in elts {
                        let ExprKind::KeyValue { key, value } = &el.kind else {
                            self.error_at(
                                el,
                                "mixture of field:value and value elements in struct literal",
                            );
                            self.expr(el);
                            continue;
                        };
                        let ExprKind::Ident(kid) = &key.kind else {
                            self.error_at(
                                key,
                                format!(
                                    "invalid field name {} in struct literal",
                                    expr_string(key)
                                ),
                            );
                            self.expr(value);
                            continue;
                        };
                        let Some(i) = fields.iter().position(|f| f.name == kid.name) else {
                            self.error(
                                kid.pos,
                                format!(
                                    "unknown field {} in struct literal of type {}",
                                    kid.name,
                                    self.type_str(base)
                                ),
                            );
                            self.expr(value);
                            continue;
                        };
                        self.record_use(kid, fields[i].obj);
                        if seen[i] {
                            self.error(
                                kid.pos,
                                format!("duplicate field name {} in struct literal", kid.name),
                            );
                        }
                        seen[i] = true;
                        let mut v = self.expr_hint(value, Some(fields[i].typ));
                        self.assignment(&mut v, Some(fields[i].typ), "struct literal");
                    }
                } else {
                    for (i, el) in elts.iter().enumerate() {
                        if let ExprKind::KeyValue { value, .. } = &el.kind {
                            self.error_at(
                                el,
                                "mixture of field:value and value elements in struct literal",
                            );
                            self.expr(value);
                            continue;
                        }
                        if i >= fields.len() {
                            self.expr(el);
                            if i == fields.len() {
                                self.error_at(
                                    el,
                                    format!(
                                        "too many values in struct literal of type {}",
                                        self.type_str(base)
                                    ),
                                );
                            }
                            continue;
                        }
                        let mut v = self.expr_hint(el, Some(fields[i].typ));
                        if fields[i].pkg.is_some()
                            && fields[i].pkg != Some(self.cur_pkg)
                            && !fields[i].name.starts_with(|c: char| c.is_uppercase())
                        {
                            self.error_at(el, format!("implicit assignment to unexported field {} in struct literal of type {}", fields[i].name, self.type_str(base)));
                        }
                        self.assignment(&mut v, Some(fields[i].typ), "struct literal");
                    }
                    if elts.len() < fields.len() && !elts.is_empty() {
                        self.error(
                            rbrace,
                            format!(
                                "too few values in struct literal of type {}",
                                self.type_str(base)
                            ),
                        );
                    }
                }
            }
            TypeKind::Array { len, elem } => {
                self.index_elts(elts, elem, Some(len));
            }
            TypeKind::Slice(elem) => {
                self.index_elts(elts, elem, None);
            }
            TypeKind::Map { key, value } => {
                let mut seen_keys: Vec<(ConstValue, TypeId)> = Vec::new();
                let iface_key = self.tt.is_interface(key);
                for el in elts {
                    let ExprKind::KeyValue { key: ke, value: ve } = &el.kind else {
                        self.error_at(el, "missing key in map literal");
                        self.expr(el);
                        continue;
                    };
                    let mut k = self.expr_hint(ke, Some(key));
                    self.assignment(&mut k, Some(key), "map literal");
                    if k.mode == OpMode::Constant {
                        if let Some(v) = &k.val {
                            if seen_keys.iter().any(|(s, st)| {
                                compare(s, Token::Eql, v) == Some(true)
                                    && (!iface_key || self.tt.identical(*st, k.typ))
                            }) {
                                self.error_at(
                                    ke,
                                    format!("duplicate key {} in map literal", expr_string(ke)),
                                );
                            } else {
                                seen_keys.push((v.clone(), k.typ));
                            }
                        }
                    }
                    let mut v = self.expr_hint(ve, Some(value));
                    self.assignment(&mut v, Some(value), "map literal");
                }
            }
            _ => {
                let what = if te.is_none() { "element type" } else { "type" };
                self.error_at(
                    e,
                    format!("invalid composite literal {} {}", what, self.type_str(typ)),
                );
                self.use_elts(elts);
                return inv;
            }
        }
        Operand {
            mode: OpMode::Value,
            typ,
            val: None,
            expr: Some(e),
            builtin: None,
        }
    }

    /// Evaluates the elements of a literal whose type is unusable (for
    /// their side tables and errors), skipping nested elided literals.
    fn use_elts(&mut self, elts: &'a [&'a Expr<'a>]) {
        for el in elts {
            let v = match &el.kind {
                ExprKind::KeyValue { value, .. } => value,
                _ => el,
            };
            if let ExprKind::CompositeLit {
                typ: None,
                elts: inner,
                ..
            } = &v.kind
            {
                self.use_elts(inner);
                continue;
            }
            self.raw_expr(v, None);
        }
    }

    /// Elements of an array/slice literal; returns the length.
    fn index_elts(&mut self, elts: &'a [&'a Expr<'a>], elem: TypeId, len: Option<u64>) -> u64 {
        let mut index: u64 = 0;
        let mut max: u64 = 0;
        let mut seen: std::collections::HashSet<u64> = std::collections::HashSet::new();
        for el in elts {
            let mut ve = *el;
            if let ExprKind::KeyValue { key, value } = &el.kind {
                if let Ok(Some(i)) = self.index_value(key, len, "index") {
                    index = i as u64;
                }
                ve = value;
            } else if let Some(l) = len {
                if index >= l {
                    self.error_at(el, format!("index {} is out of bounds (>= {})", index, l));
                }
            }
            if !seen.insert(index) {
                self.error_at(
                    el,
                    format!("duplicate index {} in array or slice literal", index),
                );
            }
            index += 1;
            max = max.max(index);
            let mut v = self.expr_hint(ve, Some(elem));
            self.assignment(&mut v, Some(elem), "array or slice literal");
        }
        max
    }
}

pub(crate) fn is_comparison(op: Token) -> bool {
    matches!(
        op,
        Token::Eql | Token::Neq | Token::Lss | Token::Leq | Token::Gtr | Token::Geq
    )
}

fn op_name(e: &Expr<'_>) -> &'static str {
    match &e.kind {
        ExprKind::Binary { op, .. } => match op {
            Token::Add => "addition",
            Token::Sub => "subtraction",
            Token::Xor => "bitwise XOR",
            Token::Mul => "multiplication",
            Token::Shl => "shift",
            _ => "",
        },
        _ => "",
    }
}
