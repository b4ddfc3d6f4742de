//! Type expressions.

use super::check::*;
use super::constant::*;
use super::well_known::*;
use super::*;
use crate::syntax::ast::*;
use crate::syntax::token::Token;

impl<'a> Checker<'a> {
    /// Evaluates `e` as a type and records it (`INVALID` after an error).
    pub(crate) fn type_expr(&mut self, e: &'a Expr<'a>) -> TypeId {
        let constraint_ok = std::mem::take(&mut self.constraint_ok_once) || self.in_constraint > 0;
        let t = self.type_expr_inner(e);
        if t != INVALID {
            self.record_type(e.id, OpMode::TypeExpr, t, None);
            if !constraint_ok {
                if let Some(why) = self.constraint_only(t) {
                    let msg = format!(
                        "cannot use type {} outside a type constraint: {}",
                        self.type_str(t),
                        why
                    );
                    self.error_at(e, msg);
                    return INVALID;
                }
            }
        }
        t
    }

    /// The right-hand side of a type declaration, which may be a
    /// constraint interface (`type Number interface{ ~int | ~float64 }`).
    pub(crate) fn decl_rhs_type(&mut self, e: &'a Expr<'a>) -> TypeId {
        self.constraint_ok_once = true;
        let t = self.type_expr(e);
        self.constraint_ok_once = false;
        t
    }

    /// Why `t` may only be used as a constraint (`None` for other types).
    fn constraint_only(&self, t: TypeId) -> Option<&'static str> {
        if t == self.comparable_type {
            return Some("interface is (or embeds) comparable");
        }
        let TypeKind::Interface { terms, .. } = self.tt.under_kind(t) else {
            return None;
        };
        if terms.is_empty() {
            None
        } else if terms.iter().all(|&(_, x)| x == self.comparable_type) {
            Some("interface is (or embeds) comparable")
        } else {
            Some("interface contains type constraints")
        }
    }

    pub(crate) fn type_expr_inner(&mut self, e: &'a Expr<'a>) -> TypeId {
        match &e.kind {
            ExprKind::Ident(id) => {
                if id.name == "_" {
                    self.error(id.pos, "cannot use _ as value or type");
                    return INVALID;
                }
                let Some(o) = self.lookup(id.name) else {
                    self.error(id.pos, format!("undefined: {}", id.name));
                    return INVALID;
                };
                self.record_use(id, o);
                self.mark_dot_use(o);
                let x = self.use_obj(o);
                if self.generic_type_misuse(o, id.pos) {
                    return INVALID;
                }
                self.as_type(e, x)
            }
            ExprKind::Selector { x, .. } => {
                if let ExprKind::Ident(pid) = &x.kind {
                    if let Some(o) = self.lookup(pid.name) {
                        if let ObjKind::PkgName(_) = self.obj(o).kind {
                            let op = self.raw_expr(e, None);
                            return self.as_type(e, op);
                        }
                    }
                }
                let op = self.raw_expr(e, None);
                self.as_type(e, op)
            }
            ExprKind::Paren(x) => self.type_expr(x),
            ExprKind::Star(x) => {
                let b = self.type_expr(x);
                if b == INVALID {
                    return INVALID;
                }
                self.tt.pointer(b)
            }
            ExprKind::ArrayType { len, elem } => match len {
                None => {
                    let el = self.type_expr(elem);
                    if el == INVALID {
                        return INVALID;
                    }
                    self.tt.slice(el)
                }
                Some(l) => {
                    if let ExprKind::Ellipsis(None) = l.kind {
                        self.error(
                            l.pos,
                            "invalid use of [...] array (outside a composite literal)",
                        );
                        self.type_expr(elem);
                        return INVALID;
                    }
                    let n = self.array_length(l);
                    let el = self.type_expr(elem);
                    if el == INVALID || n.is_none() {
                        return INVALID;
                    }
                    self.tt.intern(TypeKind::Array {
                        len: n.unwrap(),
                        elem: el,
                    })
                }
            },
            ExprKind::MapType { key, value } => {
                let k = self.type_expr(key);
                let v = self.type_expr(value);
                if k == INVALID || v == INVALID {
                    return INVALID;
                }
                if !self.tt.comparable(k) && self.tt.underlying(k) != INVALID {
                    self.error_at(key, format!("invalid map key type {}", self.type_str(k)));
                    return INVALID;
                }
                self.tt.intern(TypeKind::Map { key: k, value: v })
            }
            ExprKind::ChanType { dir, value, .. } => {
                let v = self.type_expr(value);
                if v == INVALID {
                    return INVALID;
                }
                self.tt.intern(TypeKind::Chan { dir: *dir, elem: v })
            }
            ExprKind::FuncType(ft) => {
                let s = self.new_scope(Some(self.ctx.scope), true);
                let saved = self.ctx.scope;
                self.ctx.scope = s;
                let (sig, _, _) = self.func_type(ft, false);
                self.ctx.scope = saved;
                sig
            }
            ExprKind::StructType { fields } => self.struct_type(fields),
            ExprKind::InterfaceType { methods } => self.interface_type(e, methods),
            ExprKind::Bad => INVALID,
            _ => {
                let x = self.raw_expr(e, None);
                self.as_type(e, x)
            }
        }
    }

    fn as_type(&mut self, e: &'a Expr<'a>, x: Operand<'a>) -> TypeId {
        match x.mode {
            OpMode::TypeExpr => x.typ,
            OpMode::Invalid => {
                if let ExprKind::Ident(id) = &e.kind {
                    if let Some(o) = self.lookup(id.name) {
                        if matches!(self.obj(o).kind, ObjKind::PkgName(_)) {
                            self.error_at(e, format!("{} (package name) is not a type", id.name));
                        }
                    }
                }
                INVALID
            }
            OpMode::NoValue => {
                self.error_at(e, format!("{} used as type", expr_string(e)));
                INVALID
            }
            _ => {
                let s = expr_string(e);
                // Identifiers are described by what they denote.
                let what = if let ExprKind::Ident(id) = &e.kind {
                    self.lookup(id.name).map(|o| {
                        let ob = self.obj(o);
                        match &ob.kind {
                            ObjKind::Var { .. } if ob.global => "package-level variable",
                            ObjKind::Var { .. } => "local variable",
                            ObjKind::Const(_) => "constant",
                            ObjKind::Func { .. } => "function",
                            ObjKind::Builtin(_) => "built-in function",
                            ObjKind::Nil => "untyped nil",
                            ObjKind::PkgName(_) => "package name",
                            _ => "",
                        }
                    })
                } else {
                    None
                };
                if let Some(w) = what.filter(|w| !w.is_empty()) {
                    self.error_at(e, format!("{} ({}) is not a type", s, w));
                } else if matches!(e.kind, ExprKind::BasicLit(_)) {
                    self.error_at(e, format!("{} is not a type", s));
                } else {
                    let mut x2 = x.clone();
                    x2.expr = Some(e);
                    self.error_at(e, format!("{} is not a type", self.op_str(&x2)));
                }
                INVALID
            }
        }
    }

    fn array_length(&mut self, l: &'a Expr<'a>) -> Option<u64> {
        let x = self.expr(l);
        if x.is_invalid() {
            return None;
        }
        if x.mode != OpMode::Constant {
            self.error_at(
                l,
                format!(
                    "array length {} (value of type {}) must be constant",
                    expr_string(l),
                    self.type_str(x.typ)
                ),
            );
            return None;
        }
        if self.tt.is_untyped(x.typ) || self.tt.is_integer(x.typ) {
            if let Some(v) = x.val.as_ref().and_then(to_int) {
                if let Some(n) = num_traits::ToPrimitive::to_i64(&v) {
                    if n >= 0 {
                        let mut x2 = x.clone();
                        if self.tt.is_untyped(x.typ) {
                            self.convert_untyped(&mut x2, INT);
                        }
                        return Some(n as u64);
                    }
                }
                self.error_at(l, format!("invalid array length {}", self.op_str(&x)));
                return None;
            }
        }
        self.error_at(
            l,
            format!("array length {} must be integer", self.op_str(&x)),
        );
        None
    }

    fn struct_type(&mut self, fl: &'a FieldList<'a>) -> TypeId {
        let mut fields: Vec<StructField> = Vec::new();
        let mut seen: HashMap<String, Pos> = HashMap::new();
        for f in fl.list.iter() {
            let t = self.type_expr(f.typ);
            let tag = f
                .tag
                .and_then(|t| crate::syntax::unquote(t.value))
                .unwrap_or_default();
            if f.names.is_empty() {
                // Embedded field: T, *T, pkg.T, *pkg.T
                let name = embedded_name(f.typ).unwrap_or_default();
                let pos = embedded_pos(f.typ);
                if t != INVALID {
                    let base = match self.tt.kind(t) {
                        TypeKind::Pointer(b) => Some(*b),
                        _ => None,
                    };
                    if let Some(b) = base {
                        if self.tt.is_pointer(b) || self.tt.is_interface(b) {
                            self.error(
                                pos,
                                "embedded field type cannot be a pointer to an interface",
                            );
                        }
                    } else if self.tt.is_pointer(t) {
                        self.error(pos, "embedded field type cannot be a pointer");
                    }
                }
                let o = self.new_obj(
                    ObjKind::Var {
                        is_field: true,
                        is_param: false,
                        embedded: true,
                    },
                    &name,
                    t,
                    pos,
                    Some(self.cur_pkg),
                );
                self.dup_field(&mut seen, &name, pos);
                let pkg = if name.starts_with(|c: char| c.is_uppercase()) {
                    None
                } else {
                    Some(self.cur_pkg)
                };
                fields.push(StructField {
                    name,
                    typ: t,
                    embedded: true,
                    tag: tag.clone(),
                    pkg,
                    obj: o,
                });
                continue;
            }
            for n in f.names.iter() {
                let o = self.new_obj(
                    ObjKind::Var {
                        is_field: true,
                        is_param: false,
                        embedded: false,
                    },
                    n.name,
                    t,
                    n.pos,
                    Some(self.cur_pkg),
                );
                self.record_def(n, Some(o));
                self.dup_field(&mut seen, n.name, n.pos);
                let pkg = if n.name.starts_with(|c: char| c.is_uppercase()) {
                    None
                } else {
                    Some(self.cur_pkg)
                };
                fields.push(StructField {
                    name: n.name.to_string(),
                    typ: t,
                    embedded: false,
                    tag: tag.clone(),
                    pkg,
                    obj: o,
                });
            }
        }
        self.tt.intern(TypeKind::Struct(fields))
    }

    fn dup_field(&mut self, seen: &mut HashMap<String, Pos>, name: &str, pos: Pos) {
        if name == "_" {
            return;
        }
        if let Some(&p) = seen.get(name) {
            self.error_other(pos, format!("{} redeclared", name), p, name);
        } else {
            seen.insert(name.to_string(), pos);
        }
    }

    fn interface_type(&mut self, _e: &'a Expr<'a>, fl: &'a FieldList<'a>) -> TypeId {
        let mut methods: Vec<InterfaceMethod> = Vec::new();
        let mut terms: Vec<(bool, TypeId)> = Vec::new();
        for f in fl.list.iter() {
            if let (Some(n), ExprKind::FuncType(ft)) = (f.names.first(), &f.typ.kind) {
                let s = self.new_scope(Some(self.ctx.scope), true);
                let saved = self.ctx.scope;
                self.ctx.scope = s;
                let (sig, _, _) = self.func_type(ft, false);
                self.ctx.scope = saved;
                self.record_type(f.typ.id, OpMode::TypeExpr, sig, None);
                if n.name == "_" {
                    self.error(n.pos, "methods must have a unique non-blank name");
                    continue;
                }
                if methods.iter().any(|m| m.name == n.name) {
                    self.error(n.pos, format!("duplicate method {}", n.name));
                    continue;
                }
                let pkg = if n.name.starts_with(|c: char| c.is_uppercase()) {
                    None
                } else {
                    Some(self.cur_pkg)
                };
                let o = self.new_obj(
                    ObjKind::Func {
                        recv: None,
                        has_body: false,
                    },
                    n.name,
                    sig,
                    n.pos,
                    Some(self.cur_pkg),
                );
                self.record_def(n, Some(o));
                methods.push(InterfaceMethod {
                    name: n.name.to_string(),
                    pkg,
                    sig,
                });
                continue;
            }
            // Embedded element: an interface, or type-set terms.
            self.in_constraint += 1;
            self.embedded_elem(f.typ, &mut methods, &mut terms);
            self.in_constraint -= 1;
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        self.tt.intern(TypeKind::Interface { methods, terms })
    }

    pub(crate) fn embedded_elem(
        &mut self,
        te: &'a Expr<'a>,
        methods: &mut Vec<InterfaceMethod>,
        terms: &mut Vec<(bool, TypeId)>,
    ) {
        match &te.kind {
            ExprKind::Binary {
                op: Token::Or,
                x,
                y,
            } => {
                self.embedded_elem(x, methods, terms);
                self.embedded_elem(y, methods, terms);
                // The union so far, as an implicit interface.
                let u = self.tt.intern(TypeKind::Interface {
                    methods: Vec::new(),
                    terms: terms.clone(),
                });
                self.record_type(te.id, OpMode::TypeExpr, u, None);
            }
            ExprKind::Unary {
                op: Token::Tilde,
                x,
            } => {
                let t = self.type_expr(x);
                terms.push((true, t));
                let u = self.tt.intern(TypeKind::Interface {
                    methods: Vec::new(),
                    terms: vec![(true, t)],
                });
                self.record_type(te.id, OpMode::TypeExpr, u, None);
            }
            _ => {
                let t = self.type_expr(te);
                if t == INVALID {
                    return;
                }
                if t == self.comparable_type {
                    // Kept as a marker term (see `generic::satisfies`).
                    terms.push((false, t));
                    return;
                }
                if let TypeKind::Interface { terms: ts, .. } = self.tt.under_kind(t) {
                    terms.extend(ts.iter().copied());
                }
                if let Some(ms) = self.tt.interface_methods(t).map(|m| m.to_vec()) {
                    for m in ms {
                        if let Some(ex) = methods.iter().find(|x| x.name == m.name) {
                            if !self.tt.identical(ex.sig, m.sig) {
                                self.error_at(te, format!("duplicate method {}", m.name));
                            }
                            continue;
                        }
                        methods.push(m);
                    }
                } else {
                    terms.push((false, t));
                }
            }
        }
    }
}

fn embedded_name(e: &Expr<'_>) -> Option<String> {
    match &e.kind {
        ExprKind::Ident(i) => Some(i.name.to_string()),
        ExprKind::Star(x) | ExprKind::Paren(x) => embedded_name(x),
        ExprKind::Selector { sel, .. } => Some(sel.name.to_string()),
        ExprKind::Index { x, .. } => embedded_name(x),
        _ => None,
    }
}

fn embedded_pos(e: &Expr<'_>) -> Pos {
    match &e.kind {
        ExprKind::Star(x) | ExprKind::Paren(x) => embedded_pos(x),
        ExprKind::Selector { sel, .. } => sel.pos,
        _ => e.start(),
    }
}
