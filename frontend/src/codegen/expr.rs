//! Expressions: values, places, operators, literals, closures.

use super::call::Callee;
use super::frame::Part;
use super::func::{FuncGen, Home, ThunkTarget, WrapKind};
use super::rtypes::{pointer_shaped, ptr_words};
use super::*;
use crate::syntax::token::Token;
use crate::types::constant;

/// Where an addressable value lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Frame(Reg),
    Mem(Reg, i32),
}

macro_rules! by_width {
    ($w:expr, $i8:ident, $i16:ident, $i32:ident, $i64:ident { $($f:ident : $v:expr),* }) => {
        match $w {
            1 => Instr::$i8 { $($f: $v),* },
            2 => Instr::$i16 { $($f: $v),* },
            4 => Instr::$i32 { $($f: $v),* },
            _ => Instr::$i64 { $($f: $v),* },
        }
    };
}

pub fn num_kind(tt: &TypeTable, t: TypeId) -> Option<NumKind> {
    use BasicKind as B;
    let t = if tt.is_untyped(t) {
        tt.default_type(t)
    } else {
        t
    };
    Some(match tt.basic_kind(t)? {
        B::Int8 => NumKind::I8,
        B::Int16 => NumKind::I16,
        B::Int32 | B::UntypedRune => NumKind::I32,
        B::Int | B::Int64 | B::UntypedInt => NumKind::I64,
        B::Uint8 => NumKind::U8,
        B::Uint16 => NumKind::U16,
        B::Uint32 => NumKind::U32,
        B::Uint | B::Uint64 | B::Uintptr => NumKind::U64,
        B::Float32 => NumKind::F32,
        B::Float64 | B::UntypedFloat => NumKind::F64,
        B::Complex64 => NumKind::C64,
        B::Complex128 | B::UntypedComplex => NumKind::C128,
        _ => return None,
    })
}

impl<'g, 'a> FuncGen<'g, 'a> {
    pub fn tv(&self, e: &Expr<'_>) -> Option<&'a TypeAndValue> {
        self.info().type_of(e.id)
    }
    pub fn ty(&self, e: &Expr<'_>) -> TypeId {
        let mut t = self.tv(e).map(|t| t.typ).unwrap_or(well_known::INVALID);
        if t == well_known::INVALID {
            // Identifiers the checker records only as uses/defs (e.g. the
            // redeclared names on the left of `:=`).
            if let ExprKind::Ident(id) = &e.unparen().kind {
                if let Some(o) = self.info().object_of(id.id) {
                    t = self.g.obj(o).typ;
                }
            }
        }
        let tt = self.tt();
        if tt.is_untyped(t) && t != well_known::UNTYPED_NIL {
            tt.default_type(t)
        } else {
            t
        }
    }
    pub fn is_nil(&self, e: &Expr<'_>) -> bool {
        let e = e.unparen();
        if let Some(tv) = self.tv(e) {
            if tv.typ == well_known::UNTYPED_NIL {
                return true;
            }
        }
        if let ExprKind::Ident(id) = &e.kind {
            if let Some(o) = self.info().use_(id.id) {
                return matches!(self.g.obj(o).kind, ObjKind::Nil);
            }
        }
        false
    }

    /// Whether evaluating `e` may call Go code (which would clobber the
    /// outgoing call area).
    pub fn has_call(&self, e: &Expr<'_>) -> bool {
        match &e.kind {
            ExprKind::Call { fun, args, .. } => {
                // Conversions and a few builtins never call.
                let is_type = self
                    .tv(fun)
                    .map(|t| t.mode == Mode::TypeExpr)
                    .unwrap_or(false);
                if is_type {
                    return args.iter().any(|a| self.has_call(a));
                }
                true
            }
            ExprKind::Paren(x) | ExprKind::Star(x) => self.has_call(x),
            // A receive may park the goroutine (a safepoint, as a call).
            ExprKind::Unary {
                op: Token::Arrow, ..
            } => true,
            ExprKind::Unary { x, .. } => self.has_call(x),
            ExprKind::Binary { x, y, .. } => self.has_call(x) || self.has_call(y),
            ExprKind::Selector { x, .. } => self.has_call(x),
            ExprKind::Index { x, indices, .. } => {
                self.has_call(x) || indices.iter().any(|i| self.has_call(i))
            }
            ExprKind::Slice {
                x, low, high, max, ..
            } => {
                self.has_call(x)
                    || [low, high, max]
                        .into_iter()
                        .flatten()
                        .any(|y| self.has_call(y))
            }
            ExprKind::TypeAssert { x, .. } => self.has_call(x),
            ExprKind::CompositeLit { elts, .. } => elts.iter().any(|x| self.has_call(x)),
            ExprKind::KeyValue { key, value } => self.has_call(key) || self.has_call(value),
            _ => false,
        }
    }

    // ---- constants ----

    pub fn const_into(&mut self, v: &ConstValue, t: TypeId, dst: Reg) {
        use BasicKind as B;
        let tt = self.tt();
        let t = if tt.is_untyped(t) {
            tt.default_type(t)
        } else {
            t
        };
        let Some(bk) = tt.basic_kind(t) else {
            // A constant converted to an interface or similar: box the default.
            self.zero(dst, t);
            return;
        };
        let ival = || -> i64 {
            constant::to_i64(v)
                .or_else(|| constant::to_u64(v).map(|u| u as i64))
                .unwrap_or(0)
        };
        let fval = || -> f64 {
            match v {
                ConstValue::Complex(re, _) => {
                    constant::to_f64(&ConstValue::Float(re.clone())).unwrap_or(0.0)
                }
                _ => constant::to_f64(v).unwrap_or(0.0),
            }
        };
        match bk {
            B::Bool | B::UntypedBool => {
                let b = matches!(v, ConstValue::Bool(true));
                self.emit(Instr::ConstI8 { dst, v: b as i32 });
            }
            B::Int8 | B::Uint8 => {
                self.emit(Instr::ConstI8 {
                    dst,
                    v: ival() as i8 as i32,
                });
            }
            B::Int16 | B::Uint16 => {
                self.emit(Instr::ConstI16 {
                    dst,
                    v: ival() as i16 as i32,
                });
            }
            B::Int32 | B::Uint32 | B::UntypedRune => {
                self.emit(Instr::ConstI32 {
                    dst,
                    v: ival() as i32,
                });
            }
            B::Int | B::Int64 | B::Uint | B::Uint64 | B::Uintptr | B::UntypedInt => {
                self.emit(Instr::ConstI64 { dst, v: ival() });
            }
            B::Float32 => {
                self.emit(Instr::ConstI32 {
                    dst,
                    v: (fval() as f32).to_bits() as i32,
                });
            }
            B::Float64 | B::UntypedFloat => {
                self.emit(Instr::ConstF64 {
                    dst,
                    v: F64Bits(fval().to_bits()),
                });
            }
            B::Complex64 | B::Complex128 | B::UntypedComplex => {
                let (re, im) = match constant::to_complex(v) {
                    Some((a, b)) => (
                        constant::to_f64(&ConstValue::Float(a)).unwrap_or(0.0),
                        constant::to_f64(&ConstValue::Float(b)).unwrap_or(0.0),
                    ),
                    None => (0.0, 0.0),
                };
                if bk == B::Complex64 {
                    self.emit(Instr::ConstI32 {
                        dst,
                        v: (re as f32).to_bits() as i32,
                    });
                    self.emit(Instr::ConstI32 {
                        dst: Reg(dst.0 + 4),
                        v: (im as f32).to_bits() as i32,
                    });
                } else {
                    self.emit(Instr::ConstF64 {
                        dst,
                        v: F64Bits(re.to_bits()),
                    });
                    self.emit(Instr::ConstF64 {
                        dst: Reg(dst.0 + 8),
                        v: F64Bits(im.to_bits()),
                    });
                }
            }
            B::String | B::UntypedString => {
                let bytes: Vec<u8> = match v {
                    ConstValue::String(s) => s.as_bytes().to_vec(),
                    _ => Vec::new(),
                };
                let off = if bytes.is_empty() {
                    0
                } else {
                    self.g.intern_str(&bytes)
                };
                self.emit(Instr::ConstStr {
                    dst,
                    off,
                    len: bytes.len() as u32,
                });
            }
            _ => self.zero(dst, t),
        }
    }

    pub fn const_i64(&mut self, v: i64) -> Reg {
        let r = self.temp_i64();
        self.emit(Instr::ConstI64 { dst: r, v });
        r
    }

    fn dst_or_temp(&mut self, dst: Option<Reg>, t: TypeId) -> Reg {
        match dst {
            Some(d) => d,
            None => self.temp(t),
        }
    }

    /// Evaluates `e` and converts it (assignability) to `to`.
    pub fn expr_to(&mut self, e: &'a Expr<'a>, to: TypeId, dst: Option<Reg>) -> CgResult<Reg> {
        let tt = self.tt();
        if self.is_nil(e) {
            let d = self.dst_or_temp(dst, to);
            self.zero(d, to);
            return Ok(d);
        }
        let from = self.ty(e);
        if tt.is_interface(to) && !tt.is_interface(from) {
            let v = self.expr(e, None)?;
            let site = self.site_of(e);
            return self.convert_at(v, from, to, dst, site);
        }
        if !tt.is_interface(to) {
            if let Some(r) = self.string_literal(e, to, dst) {
                return Ok(r);
            }
        }
        if let Some(tv) = self.tv(e) {
            if let Some(v) = &tv.value {
                if !tt.is_interface(to) {
                    let d = self.dst_or_temp(dst, to);
                    let v = v.clone();
                    self.const_into(&v, to, d);
                    return Ok(d);
                }
            }
        }
        self.expr(e, dst)
    }

    /// Converts a value of type `from` held in `v` to type `to` for an
    /// assignment (interface boxing; otherwise a move).
    pub fn convert(&mut self, v: Reg, from: TypeId, to: TypeId, dst: Option<Reg>) -> CgResult<Reg> {
        self.convert_at(v, from, to, dst, None)
    }

    /// `convert` for the conversion of the operand at allocation site `site`
    /// (an expression id): a box the escape analysis left in the frame is a
    /// frame object.
    pub fn convert_at(
        &mut self,
        v: Reg,
        from: TypeId,
        to: TypeId,
        dst: Option<Reg>,
        site: Option<(NodeId, Pos)>,
    ) -> CgResult<Reg> {
        let tt = self.tt();
        if tt.is_interface(to) && !tt.is_interface(from) && from != well_known::UNTYPED_NIL {
            let d = self.dst_or_temp(dst, to);
            let rt = self.g.rt(from);
            if let Some((id, pos)) = site {
                if self.frame_site(id) && !pointer_shaped(tt, from) && self.size(from) > 0 {
                    // Its own part: the operand may be a literal whose object
                    // is another frame region of the same site.
                    let obj = self.frame_obj(id, Part::Box, from, pos);
                    self.mov(obj, v, from);
                    self.emit(Instr::MakeIfaceFrame {
                        dst: d,
                        obj,
                        typ: rt,
                    });
                    return Ok(d);
                }
            }
            self.emit(Instr::MakeIface {
                dst: d,
                src: v,
                typ: rt,
            });
            return Ok(d);
        }
        if from == well_known::UNTYPED_NIL {
            let d = self.dst_or_temp(dst, to);
            self.zero(d, to);
            return Ok(d);
        }
        match dst {
            Some(d) => {
                self.mov(d, v, to);
                Ok(d)
            }
            None => Ok(v),
        }
    }

    /// Evaluates `e`; the value ends up in `dst` if given, else in any
    /// register (possibly a variable's own slot: do not write to it).
    pub fn expr(&mut self, e: &'a Expr<'a>, dst: Option<Reg>) -> CgResult<Reg> {
        let t = self.ty(e);
        if let Some(r) = self.string_literal(e, t, dst) {
            return Ok(r);
        }
        if let Some(tv) = self.tv(e) {
            if let Some(v) = &tv.value {
                let d = self.dst_or_temp(dst, t);
                let v = v.clone();
                self.const_into(&v, t, d);
                return Ok(d);
            }
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x, dst),
            // `F[int]` as a value: the instance `F` was resolved to.
            ExprKind::Index { x, .. } if e.inst.get() => self.expr(x, dst),
            ExprKind::Ident(id) => self.ident(e, id, dst),
            ExprKind::BasicLit(_) => self.err(e.pos, "literal without constant value"),
            ExprKind::FuncLit { .. } => self.func_lit(e, dst),
            ExprKind::CompositeLit { .. } => {
                let d = self.dst_or_temp(dst, t);
                self.composite_lit(e, t, d)?;
                Ok(d)
            }
            ExprKind::Selector { x, sel } => self.selector(e, x, sel, dst),
            ExprKind::Index { x, indices, .. } => {
                let xt = self.ty(x);
                if let TypeKind::Map { key, .. } = self.tt().under_kind(xt).clone() {
                    let m = self.expr(x, None)?;
                    let k = self.expr_to(indices[0], key, None)?;
                    let d = self.dst_or_temp(dst, t);
                    let rt = self.g.rt(xt);
                    self.emit(Instr::MapGet {
                        dst: d,
                        m,
                        key: k,
                        typ: rt,
                    });
                    return Ok(d);
                }
                if self.tt().is_string(xt) {
                    let s = self.expr(x, None)?;
                    let i = self.index_value(indices[0])?;
                    let d = self.dst_or_temp(dst, t);
                    self.emit(Instr::StrIndex { dst: d, s, idx: i });
                    return Ok(d);
                }
                if let TypeKind::Slice(elem) = self.tt().under_kind(xt).clone() {
                    let s = self.expr(x, None)?;
                    let s = self.protect(s, xt, indices[0]);
                    let i = self.index_value(indices[0])?;
                    let d = self.dst_or_temp(dst, t);
                    let size = self.size(elem);
                    self.emit(Instr::SliceLoad {
                        dst: d,
                        s,
                        idx: i,
                        size,
                    });
                    return Ok(d);
                }
                let p = self.place(e)?;
                Ok(self.load_place(p, t, dst))
            }
            ExprKind::Slice {
                x,
                low,
                high,
                max,
                slice3,
                ..
            } => self.slice_expr(e, x, *low, *high, *max, *slice3, dst),
            ExprKind::TypeAssert { x, typ: Some(_) } => {
                let v = self.expr(x, None)?;
                let xt = self.ty(x);
                let d = self.dst_or_temp(dst, t);
                let stat = self.g.rt(xt);
                if self.tt().is_interface(t) {
                    let it = self.g.rt(t);
                    self.emit(Instr::AssertIface {
                        dst: d,
                        src: v,
                        iface: it,
                        stat,
                    });
                } else {
                    let ct = self.g.rt(t);
                    self.emit(Instr::TypeAssert {
                        dst: d,
                        src: v,
                        typ: ct,
                        stat,
                    });
                }
                Ok(d)
            }
            ExprKind::Call { .. } => self.call_value(e, dst),
            ExprKind::Star(_) => {
                let p = self.place(e)?;
                Ok(self.load_place(p, t, dst))
            }
            ExprKind::Unary { op, x } => self.unary(e, *op, x, dst),
            ExprKind::Binary { op, x, y } => self.binary(e, *op, x, y, dst),
            _ => self.err(e.pos, "unsupported expression"),
        }
    }

    fn ident(&mut self, e: &'a Expr<'a>, id: &Ident<'_>, dst: Option<Reg>) -> CgResult<Reg> {
        let t = self.ty(e);
        let Some(o) = self.info().object_of(id.id) else {
            return self.err(e.pos, format!("unresolved identifier {}", id.name));
        };
        match &self.g.obj(o).kind {
            ObjKind::Var { .. } => {
                let p = self.var_place(o, e.pos)?;
                Ok(self.load_place(p, t, dst))
            }
            ObjKind::Func { .. } => {
                let fid = self.g.func_id(o, e.pos)?;
                let off = self.g.static_closure(fid);
                let d = self.dst_or_temp(dst, t);
                self.emit(Instr::RodataAddr { dst: d, off });
                Ok(d)
            }
            ObjKind::Nil => {
                let d = self.dst_or_temp(dst, t);
                self.zero(d, t);
                Ok(d)
            }
            _ => self.err(e.pos, format!("{} is not a value", id.name)),
        }
    }

    pub fn var_home(&mut self, o: ObjId, pos: Pos) -> CgResult<Home> {
        if let Some(&h) = self.vars.get(&o) {
            return Ok(h);
        }
        if let Some(&off) = self.g.globals.get(&o) {
            return Ok(Home::Global(off));
        }
        self.err(pos, format!("variable {} has no home", self.g.obj(o).name))
    }

    pub fn var_place(&mut self, o: ObjId, pos: Pos) -> CgResult<Place> {
        Ok(match self.var_home(o, pos)? {
            Home::Frame(r) => Place::Frame(r),
            Home::Cell(r) => Place::Mem(r, 0),
            Home::Global(off) => {
                let p = self.temp_ptr();
                self.emit(Instr::GlobalAddr { dst: p, off });
                Place::Mem(p, 0)
            }
        })
    }

    pub fn load_place(&mut self, p: Place, t: TypeId, dst: Option<Reg>) -> Reg {
        match p {
            Place::Frame(r) => match dst {
                Some(d) => {
                    self.mov(d, r, t);
                    d
                }
                None => r,
            },
            Place::Mem(ptr, off) => {
                let d = self.dst_or_temp(dst, t);
                self.load(d, ptr, off, t);
                d
            }
        }
    }

    pub fn store_place(&mut self, p: Place, t: TypeId, src: Reg) {
        match p {
            Place::Frame(r) => self.mov(r, src, t),
            Place::Mem(ptr, off) => self.store(ptr, off, src, t),
        }
    }

    pub fn addr_of_place(&mut self, p: Place) -> Reg {
        match p {
            Place::Mem(ptr, 0) => ptr,
            Place::Mem(ptr, off) => {
                let d = self.temp_ptr();
                self.emit(Instr::PtrAdd { dst: d, ptr, off });
                d
            }
            Place::Frame(r) => {
                let d = self.temp_ptr();
                self.emit(Instr::Addr { dst: d, off: r });
                d
            }
        }
    }

    /// The place of field `i` of a value of struct type `t` at `p`.
    pub fn field_place(
        &mut self,
        p: Place,
        t: TypeId,
        i: usize,
        pos: Pos,
    ) -> CgResult<(Place, TypeId)> {
        let tt = self.tt();
        let Some(fields) = tt.struct_fields(t) else {
            return self.err(pos, "field of a non-struct");
        };
        let ft = fields[i].typ;
        let off = tt.field_offsets(t)[i] as u32;
        Ok((
            match p {
                Place::Frame(r) => Place::Frame(Reg(r.0 + off)),
                Place::Mem(ptr, o) => Place::Mem(ptr, o + off as i32),
            },
            ft,
        ))
    }

    /// A place for the value of `x` (addressable, or a temporary copy).
    pub fn place_or_temp(&mut self, x: &'a Expr<'a>) -> CgResult<Place> {
        if self.is_addressable(x) {
            return self.place(x);
        }
        let r = self.expr(x, None)?;
        Ok(Place::Frame(r))
    }

    pub fn is_addressable(&self, x: &Expr<'_>) -> bool {
        match &x.unparen().kind {
            ExprKind::Ident(id) => self
                .info()
                .use_(id.id)
                .map(|o| matches!(self.g.obj(o).kind, ObjKind::Var { .. }))
                .unwrap_or(false),
            ExprKind::Star(_) => true,
            ExprKind::Selector { x: inner, .. } => {
                match self.info().selections.get(&x.unparen().id) {
                    Some(s) if s.kind == SelectionKind::FieldVal => {
                        s.indirect || self.is_addressable(inner)
                    }
                    _ => false,
                }
            }
            ExprKind::Index { x: inner, .. } => {
                let t = self.ty(inner);
                match self.tt().under_kind(t) {
                    TypeKind::Slice(_) => true,
                    TypeKind::Pointer(_) => true,
                    TypeKind::Array { .. } => self.is_addressable(inner),
                    _ => false,
                }
            }
            _ => false,
        }
    }

    /// Follows an embedded-field path from the value at `p` of type `t`,
    /// dereferencing embedded pointers on the way. Pointer values on the
    /// path (including a pointer `t` itself) are followed first.
    pub fn walk_path(
        &mut self,
        mut p: Place,
        mut t: TypeId,
        path: &[usize],
        pos: Pos,
    ) -> CgResult<(Place, TypeId)> {
        let tt = self.tt();
        for &i in path {
            if let Some(b) = tt.deref(t) {
                let r = self.load_place(p, t, None);
                p = Place::Mem(r, 0);
                t = b;
            }
            let (p2, t2) = self.field_place(p, t, i, pos)?;
            p = p2;
            t = t2;
        }
        Ok((p, t))
    }

    /// The place an addressable expression designates.
    pub fn place(&mut self, e: &'a Expr<'a>) -> CgResult<Place> {
        match &e.kind {
            ExprKind::Paren(x) => self.place(x),
            ExprKind::Ident(id) => {
                let Some(o) = self.info().object_of(id.id) else {
                    return self.err(e.pos, "unresolved identifier");
                };
                self.var_place(o, e.pos)
            }
            ExprKind::Star(x) => {
                let p = self.expr(x, None)?;
                Ok(Place::Mem(p, 0))
            }
            ExprKind::Selector { x, .. } => {
                let Some(sel) = self.info().selections.get(&e.id).cloned() else {
                    // Package-qualified identifier.
                    if let ExprKind::Selector { sel, .. } = &e.kind {
                        if let Some(o) = self.info().use_(sel.id) {
                            return self.var_place(o, e.pos);
                        }
                    }
                    return self.err(e.pos, "selector without selection");
                };
                if sel.kind != SelectionKind::FieldVal {
                    return self.err(e.pos, "not a field");
                }
                let xt = self.ty(x);
                let base = if self.tt().is_pointer(xt) {
                    let r = self.expr(x, None)?;
                    Place::Frame(r)
                } else {
                    self.place_or_temp(x)?
                };
                let (p, _) = self.walk_path(base, xt, &sel.index, e.pos)?;
                Ok(p)
            }
            ExprKind::Index { x, indices, .. } => {
                let xt = self.ty(x);
                let tt = self.tt();
                match tt.under_kind(xt).clone() {
                    TypeKind::Slice(elem) => {
                        let s = self.expr(x, None)?;
                        let i = self.index_value(indices[0])?;
                        let d = self.temp_ptr();
                        let es = self.size(elem);
                        self.emit(Instr::IndexAddr {
                            dst: d,
                            base: s,
                            idx: i,
                            len: Reg(s.0 + 8),
                            elem: es,
                        });
                        Ok(Place::Mem(d, 0))
                    }
                    TypeKind::Array { len, elem } => {
                        let es = self.size(elem);
                        let base = self.place_or_temp(x)?;
                        if let Some(c) = self.tv(indices[0]).and_then(|t| t.value.clone()) {
                            let i = constant::to_i64(&c).unwrap_or(0);
                            if i >= 0 && (i as u64) < len {
                                let off = (i as u32) * es;
                                return Ok(match base {
                                    Place::Frame(r) => Place::Frame(Reg(r.0 + off)),
                                    Place::Mem(p, o) => Place::Mem(p, o + off as i32),
                                });
                            }
                        }
                        let i = self.index_value(indices[0])?;
                        let bp = self.addr_of_place(base);
                        let d = self.temp_ptr();
                        self.emit(Instr::IndexAddrK {
                            dst: d,
                            base: bp,
                            idx: i,
                            len: len as u32,
                            elem: es,
                        });
                        Ok(Place::Mem(d, 0))
                    }
                    TypeKind::Pointer(at) => {
                        let TypeKind::Array { len, elem } = tt.under_kind(at).clone() else {
                            return self.err(e.pos, "index of non-array pointer");
                        };
                        let p = self.expr(x, None)?;
                        let i = self.index_value(indices[0])?;
                        let es = self.size(elem);
                        let d = self.temp_ptr();
                        self.emit(Instr::CheckNil { ptr: p });
                        self.emit(Instr::IndexAddrK {
                            dst: d,
                            base: p,
                            idx: i,
                            len: len as u32,
                            elem: es,
                        });
                        Ok(Place::Mem(d, 0))
                    }
                    _ => self.err(e.pos, "unsupported index expression"),
                }
            }
            ExprKind::CompositeLit { .. } => {
                let t = self.ty(e);
                let r = self.temp(t);
                self.composite_lit(e, t, r)?;
                Ok(Place::Frame(r))
            }
            _ => {
                let r = self.expr(e, None)?;
                Ok(Place::Frame(r))
            }
        }
    }

    /// An index operand as an int64 register.
    pub fn index_value(&mut self, e: &'a Expr<'a>) -> CgResult<Reg> {
        let t = self.ty(e);
        if let Some(c) = self.tv(e).and_then(|t| t.value.clone()) {
            let v = constant::to_i64(&c).unwrap_or(0);
            return Ok(self.const_i64(v));
        }
        let r = self.expr(e, None)?;
        Ok(self.widen_i64(r, t))
    }

    /// Widens an integer register to int64 (unsigned values zero-extended;
    /// uint64 values above MaxInt64 stay negative and fail bounds checks).
    pub fn widen_i64(&mut self, r: Reg, t: TypeId) -> Reg {
        let tt = self.tt();
        let k = num_kind(tt, t).unwrap_or(NumKind::I64);
        match k {
            NumKind::I64 | NumKind::U64 => r,
            _ => {
                let d = self.temp_i64();
                self.emit(Instr::Conv {
                    dst: d,
                    src: r,
                    from: k,
                    to: NumKind::I64,
                });
                d
            }
        }
    }

    fn selector(
        &mut self,
        e: &'a Expr<'a>,
        x: &'a Expr<'a>,
        sel: &Ident<'_>,
        dst: Option<Reg>,
    ) -> CgResult<Reg> {
        let t = self.ty(e);
        let Some(s) = self.info().selections.get(&e.id).cloned() else {
            // pkg.Name
            let Some(o) = self.info().use_(sel.id) else {
                return self.err(e.pos, "unresolved selector");
            };
            return match &self.g.obj(o).kind {
                ObjKind::Var { .. } => {
                    let p = self.var_place(o, e.pos)?;
                    Ok(self.load_place(p, t, dst))
                }
                ObjKind::Func { .. } => {
                    let fid = self.g.func_id(o, e.pos)?;
                    let off = self.g.static_closure(fid);
                    let d = self.dst_or_temp(dst, t);
                    self.emit(Instr::RodataAddr { dst: d, off });
                    Ok(d)
                }
                _ => self.err(e.pos, "unsupported qualified identifier"),
            };
        };
        match s.kind {
            SelectionKind::FieldVal => {
                let p = self.place(e)?;
                Ok(self.load_place(p, t, dst))
            }
            SelectionKind::MethodVal => self.method_value(e, x, &s, dst),
            SelectionKind::MethodExpr => {
                let m = s.obj;
                let recv_decl = match &self.g.obj(m).kind {
                    ObjKind::Func { recv: Some(r), .. } => *r,
                    _ => return self.err(e.pos, "unsupported method expression"),
                };
                let tt = self.tt();
                let xt = self.ty(x);
                let fid = if tt.is_interface(xt) {
                    let mobj = self.g.obj(m);
                    let name = format!("{}.{}", self.g.type_string(xt), mobj.name);
                    self.g.wrapper(WrapKind::IfaceMethodExpr {
                        name,
                        iface: xt,
                        method: mobj.name.clone(),
                        sig: mobj.typ,
                    })
                } else if tt.identical(recv_decl, xt) && s.index.len() == 1 {
                    self.g.func_id(m, e.pos)?
                } else {
                    let entry = rtypes::method_set(tt, self.g.inp.objects, xt)
                        .into_iter()
                        .find(|en| en.func == Some(m));
                    let Some(entry) = entry else {
                        return self.err(e.pos, "unsupported method expression");
                    };
                    if !tt.is_pointer(xt) && !pointer_shaped(tt, xt) {
                        return self.err(e.pos, "unsupported method expression on a value type");
                    }
                    self.g.wrapper(WrapKind::IfaceMethod { recv: xt, entry })
                };
                let off = self.g.static_closure(fid);
                let d = self.dst_or_temp(dst, t);
                self.emit(Instr::RodataAddr { dst: d, off });
                Ok(d)
            }
        }
    }

    /// The receiver argument for calling method selection `s` on `x`:
    /// either (iface value) for interface methods or (receiver value, type).
    #[allow(clippy::type_complexity)]
    pub fn receiver(
        &mut self,
        x: &'a Expr<'a>,
        s: &Selection,
        pos: Pos,
    ) -> CgResult<(Callee, Option<(Reg, TypeId)>, Signature)> {
        let tt = self.tt();
        let m = s.obj;
        let mobj = self.g.obj(m);
        let sig = tt
            .signature(mobj.typ)
            .cloned()
            .ok_or_else(|| Error::new(pos, "codegen: method without signature"))?;
        let xt = self.ty(x);
        let path = &s.index[..s.index.len() - 1];
        // The value the method is looked up in.
        let (p, pt) = if tt.is_pointer(xt) {
            let r = self.expr(x, None)?;
            if path.is_empty() {
                (Place::Frame(r), xt)
            } else {
                self.walk_path(Place::Frame(r), xt, path, pos)?
            }
        } else {
            let base = self.place_or_temp(x)?;
            self.walk_path(base, xt, path, pos)?
        };
        if tt.is_interface(pt) {
            let iv = self.load_place(p, pt, None);
            let mid = self.g.method_key(&mobj.name, mobj.typ);
            return Ok((
                Callee::Iface {
                    iface: iv,
                    method: mid,
                },
                None,
                sig,
            ));
        }
        let recv_t = match &mobj.kind {
            ObjKind::Func { recv: Some(r), .. } => *r,
            _ => return self.err(pos, "method without receiver"),
        };
        let fid = self.g.func_id(m, pos)?;
        let want_ptr = tt.is_pointer(recv_t);
        let have_ptr = tt.is_pointer(pt);
        let rv = match (want_ptr, have_ptr) {
            (true, true) | (false, false) => self.load_place(p, pt, None),
            (true, false) => self.addr_of_place(p),
            (false, true) => {
                let ptr = self.load_place(p, pt, None);
                let d = self.temp(recv_t);
                self.load(d, ptr, 0, recv_t);
                d
            }
        };
        Ok((Callee::Static(fid), Some((rv, recv_t)), sig))
    }

    fn method_value(
        &mut self,
        e: &'a Expr<'a>,
        x: &'a Expr<'a>,
        s: &Selection,
        dst: Option<Reg>,
    ) -> CgResult<Reg> {
        let t = self.ty(e);
        let (callee, recv, sig) = self.receiver(x, s, e.pos)?;
        let mname = self.g.obj(s.obj).name.clone();
        let (target, cap, callee_params, name) = match callee {
            Callee::Static(f) => {
                let (rv, rt) = recv.unwrap();
                let mut ps = vec![rt];
                ps.extend(sig.params.iter().copied());
                let base = self.g.func_names[f.0 as usize].clone();
                (ThunkTarget::Static(f), (rv, rt), ps, base)
            }
            Callee::Iface { iface, method } => {
                let it = self.ty(x);
                let it = if self.tt().is_interface(it) {
                    it
                } else {
                    well_known::INVALID
                };
                (
                    ThunkTarget::Iface(method),
                    (iface, it),
                    sig.params.clone(),
                    format!("{}.{}", self.g.type_string(it), mname),
                )
            }
            Callee::Closure(_) => unreachable!(),
        };
        let cap_t = if cap.1 == well_known::INVALID {
            self.iface_any()?
        } else {
            cap.1
        };
        let kind = WrapKind::MethodValue {
            name,
            target,
            caps: vec![cap_t],
            callee_params,
            callee_results: sig.results.clone(),
            own_params: sig.params.clone(),
            own_results: sig.results.clone(),
        };
        let fid = self.g.wrapper(kind);
        let d = self.dst_or_temp(dst, t);
        if self.frame_site(e.id) {
            self.make_closure_frame(e.id, Part::Object, fid, &[(cap.0, cap_t)], d, e.pos);
        } else {
            self.make_closure(fid, &[(cap.0, cap_t)], d);
        }
        Ok(d)
    }

    /// Any interface type (for synthesized captures of interface values).
    pub fn iface_any(&self) -> CgResult<TypeId> {
        let tt = self.tt();
        tt.intern
            .get(&TypeKind::Interface {
                methods: Vec::new(),
                terms: Vec::new(),
            })
            .copied()
            .ok_or_else(|| Error::new(Pos::NONE, "codegen: no empty interface type"))
    }

    /// dst = a closure of `fid` capturing the given values (by value).
    pub fn make_closure(&mut self, fid: FuncId, caps: &[(Reg, TypeId)], dst: Reg) {
        if caps.is_empty() {
            let off = self.g.static_closure(fid);
            self.emit(Instr::RodataAddr { dst, off });
            return;
        }
        let tt = self.tt();
        let mut off = 8u64;
        let mut fields = Vec::new();
        let mut key = String::from("struct { F uintptr");
        for &(_, t) in caps {
            let a = tt.align_of(t).max(1);
            off = off.div_ceil(a) * a;
            fields.push((off, t));
            key.push_str("; ");
            key.push_str(&self.g.type_string(t));
            off += tt.size_of(t);
        }
        key.push_str(" }");
        let size = off.div_ceil(8) * 8;
        let mut pws = Vec::new();
        for &(o, t) in &fields {
            for w in ptr_words(tt, t) {
                pws.push(((o - 8) / 8) as u32 + w);
            }
        }
        let typ = self.g.rt_synth_struct(key, size, &fields);
        let region = self.temp_region((size - 8) as u32, pws);
        for (i, &(r, t)) in caps.iter().enumerate() {
            self.mov(Reg(region.0 + (fields[i].0 - 8) as u32), r, t);
        }
        self.emit(Instr::MakeClosure {
            dst,
            func: fid,
            typ,
            caps: region,
        });
    }

    fn func_lit(&mut self, e: &'a Expr<'a>, dst: Option<Reg>) -> CgResult<Reg> {
        let t = self.ty(e);
        let fid = match self.g.lit_funcs.get(&e.id) {
            Some(&f) => f,
            None => {
                // A range-over-func loop body (marked by the checker) is
                // named as gc names it: `main.main-range1`.
                let name = if e.inst.get() {
                    self.g.range_body_name(&self.name, e.id)
                } else {
                    self.g.lit_name(&self.name, self.is_lit, e.id)
                };
                let f = self.g.new_func(name);
                self.g.lit_funcs.insert(e.id, f);
                self.g.jobs.push(Job::Lit {
                    fid: f,
                    lit: e,
                    pkg: self.pkg,
                });
                f
            }
        };
        let caps = self.g.esc.captures_of(e.id).to_vec();
        let d = self.dst_or_temp(dst, t);
        let frame = self.frame_site(e.id);
        let mut vals = Vec::new();
        for c in &caps {
            let h = self.var_home(c.var, e.pos)?;
            let vt = self.g.obj(c.var).typ;
            if c.by_ref {
                match h {
                    Home::Cell(r) => vals.push((r, well_known::UNSAFE_POINTER)),
                    // A frame closure may refer to a frame variable: neither
                    // outlives the frame.
                    Home::Frame(r) if frame => {
                        let p = self.temp_ptr();
                        self.frame_addr(p, r);
                        vals.push((p, well_known::UNSAFE_POINTER));
                    }
                    _ => {
                        return self.err(
                            e.pos,
                            "internal error: a heap closure captures a frame variable by reference",
                        )
                    }
                }
            } else {
                let r = match h {
                    Home::Frame(r) => r,
                    Home::Cell(r) => {
                        let tmp = self.temp(vt);
                        self.load(tmp, r, 0, vt);
                        tmp
                    }
                    Home::Global(_) => return self.err(e.pos, "capture of a global"),
                };
                vals.push((r, vt));
            }
        }
        // The closure layout must match `capture_layout` (same alignment rule).
        if frame {
            self.make_closure_frame(e.id, Part::Object, fid, &vals, d, e.pos);
        } else {
            self.make_closure(fid, &vals, d);
        }
        Ok(d)
    }

    // ---- composite literals ----

    pub fn composite_lit(&mut self, e: &'a Expr<'a>, t: TypeId, dst: Reg) -> CgResult<()> {
        let ExprKind::CompositeLit { elts, .. } = &e.kind else {
            return self.err(e.pos, "not a composite literal");
        };
        let tt = self.tt();
        if let Some(base) = tt.deref(t) {
            // Elided `&T{...}` inside an outer literal.
            if self.frame_site(e.id) {
                let obj = self.frame_obj(e.id, Part::Object, base, e.pos);
                self.composite_lit(e, base, obj)?;
                self.frame_addr(dst, obj);
                return Ok(());
            }
            let rt = self.g.rt(base);
            let tmp = self.temp(base);
            self.composite_lit(e, base, tmp)?;
            self.emit(Instr::New { dst, typ: rt });
            self.store(dst, 0, tmp, base);
            return Ok(());
        }
        match tt.under_kind(t).clone() {
            TypeKind::Struct(fields) => {
                let offs = tt.field_offsets(t);
                if elts.len() < fields.len() {
                    self.zero(dst, t);
                }
                for (i, el) in elts.iter().enumerate() {
                    let (fi, v) = match &el.kind {
                        ExprKind::KeyValue { key, value } => {
                            let ExprKind::Ident(kid) = &key.kind else {
                                return self.err(el.pos, "bad struct literal key");
                            };
                            let fi = fields
                                .iter()
                                .position(|f| f.name == kid.name)
                                .ok_or_else(|| Error::new(el.pos, "codegen: unknown field"))?;
                            (fi, *value)
                        }
                        _ => (i, *el),
                    };
                    self.elem_into(v, fields[fi].typ, Reg(dst.0 + offs[fi] as u32))?;
                }
                Ok(())
            }
            TypeKind::Array { len, elem } => {
                let es = self.size(elem);
                let keyed = self.keyed_elems(elts)?;
                if (keyed.len() as u64) < len || keyed.iter().any(|(i, _)| *i >= len) {
                    self.zero(dst, t);
                }
                for (i, v) in keyed {
                    if i < len {
                        self.elem_into(v, elem, Reg(dst.0 + i as u32 * es))?;
                    }
                }
                Ok(())
            }
            TypeKind::Slice(elem) => {
                let keyed = self.keyed_elems(elts)?;
                let n = keyed.iter().map(|(i, _)| i + 1).max().unwrap_or(0);
                if self.frame_site(e.id) {
                    // Backing array in the frame: zeroed, then filled.
                    let es = self.size(elem);
                    let arr = self.frame_array(e.id, Part::Object, elem, n, e.pos);
                    if n > 0 {
                        self.emit(Instr::Zero {
                            dst: arr,
                            size: es * n as u32,
                        });
                    }
                    for (i, v) in keyed {
                        self.elem_into(v, elem, Reg(arr.0 + i as u32 * es))?;
                    }
                    let nr = self.const_i64(n as i64);
                    self.frame_slice_header(dst, arr, nr, nr);
                    return Ok(());
                }
                let ert = self.g.rt(elem);
                let nr = self.const_i64(n as i64);
                self.emit(Instr::MakeSlice {
                    dst,
                    elem: ert,
                    len: nr,
                    cap: nr,
                });
                let es = self.size(elem);
                for (i, v) in keyed {
                    let r = if self.is_zero_value_lit(v) {
                        continue;
                    } else {
                        self.elem_value(v, elem)?
                    };
                    self.store(dst, (i as u32 * es) as i32, r, elem);
                }
                Ok(())
            }
            TypeKind::Map { key, value } => {
                let mrt = self.g.rt(t);
                let hint = self.const_i64(elts.len() as i64);
                if self.frame_site(e.id) {
                    self.make_map_frame(e.id, e.pos, t, key, value, dst, hint);
                } else {
                    self.emit(Instr::MakeMap {
                        dst,
                        typ: mrt,
                        hint,
                    });
                }
                for el in elts.iter() {
                    let ExprKind::KeyValue { key: k, value: v } = &el.kind else {
                        return self.err(el.pos, "map literal element without key");
                    };
                    let mark = self.temp_mark();
                    let kr = self.elem_value(k, key)?;
                    let vr = self.elem_value(v, value)?;
                    self.emit(Instr::MapSet {
                        m: dst,
                        key: kr,
                        val: vr,
                        typ: mrt,
                    });
                    self.temp_release(mark);
                }
                Ok(())
            }
            _ => self.err(e.pos, "unsupported composite literal"),
        }
    }

    fn is_zero_value_lit(&self, _e: &Expr<'_>) -> bool {
        false
    }

    fn keyed_elems(&self, elts: &'a [&'a Expr<'a>]) -> CgResult<Vec<(u64, &'a Expr<'a>)>> {
        let mut out = Vec::new();
        let mut next = 0u64;
        for el in elts.iter() {
            match &el.kind {
                ExprKind::KeyValue { key, value } => {
                    let k = self
                        .tv(key)
                        .and_then(|t| t.value.clone())
                        .and_then(|v| constant::to_i64(&v))
                        .ok_or_else(|| Error::new(el.pos, "codegen: non-constant index"))?;
                    out.push((k as u64, *value));
                    next = k as u64 + 1;
                }
                _ => {
                    out.push((next, *el));
                    next += 1;
                }
            }
        }
        Ok(out)
    }

    /// Evaluates an element of a composite literal into `dst` (a frame slot).
    fn elem_into(&mut self, v: &'a Expr<'a>, t: TypeId, dst: Reg) -> CgResult<()> {
        if matches!(v.kind, ExprKind::CompositeLit { .. }) {
            let lt = self.ty(v);
            if !self.tt().is_interface(t) {
                return self.composite_lit(v, lt, dst);
            }
        }
        self.expr_to(v, t, Some(dst))?;
        Ok(())
    }

    fn elem_value(&mut self, v: &'a Expr<'a>, t: TypeId) -> CgResult<Reg> {
        if matches!(v.kind, ExprKind::CompositeLit { .. }) && !self.tt().is_interface(t) {
            let lt = self.ty(v);
            let r = self.temp(lt);
            self.composite_lit(v, lt, r)?;
            return Ok(r);
        }
        self.expr_to(v, t, None)
    }

    // ---- slicing ----

    #[allow(clippy::too_many_arguments)]
    fn slice_expr(
        &mut self,
        e: &'a Expr<'a>,
        x: &'a Expr<'a>,
        low: Option<&'a Expr<'a>>,
        high: Option<&'a Expr<'a>>,
        max: Option<&'a Expr<'a>>,
        slice3: bool,
        dst: Option<Reg>,
    ) -> CgResult<Reg> {
        let t = self.ty(e);
        let xt = self.ty(x);
        let tt = self.tt();
        if tt.is_string(xt) {
            let s = self.expr(x, None)?;
            let args = self.temp_region(16, vec![]);
            match low {
                Some(l) => {
                    let r = self.index_value(l)?;
                    self.mov_n(args, r, 8);
                }
                None => {
                    self.emit(Instr::ConstI64 { dst: args, v: 0 });
                }
            }
            match high {
                Some(h) => {
                    let r = self.index_value(h)?;
                    self.mov_n(Reg(args.0 + 8), r, 8);
                }
                None => {
                    self.mov_n(Reg(args.0 + 8), Reg(s.0 + 8), 8);
                }
            }
            let d = self.dst_or_temp(dst, t);
            self.emit(Instr::StrReslice {
                dst: d,
                src: s,
                args,
            });
            return Ok(d);
        }
        let (src, elem, flags) = match tt.under_kind(xt).clone() {
            TypeKind::Slice(elem) => (self.expr(x, None)?, elem, 0),
            TypeKind::Array { len, elem } => {
                let p = self.place(x)?;
                let a = self.addr_of_place(p);
                let h = self.slice_header_of(a, len);
                (h, elem, 2)
            }
            TypeKind::Pointer(at) => {
                let TypeKind::Array { len, elem } = tt.under_kind(at).clone() else {
                    return self.err(e.pos, "slice of non-array pointer");
                };
                let a = self.expr(x, None)?;
                self.emit(Instr::CheckNil { ptr: a });
                let h = self.slice_header_of(a, len);
                (h, elem, 2)
            }
            _ => return self.err(e.pos, "unsupported slice expression"),
        };
        let args = self.temp_region(24, vec![]);
        match low {
            Some(l) => {
                let r = self.index_value(l)?;
                self.mov_n(args, r, 8);
            }
            None => {
                self.emit(Instr::ConstI64 { dst: args, v: 0 });
            }
        }
        match high {
            Some(h) => {
                let r = self.index_value(h)?;
                self.mov_n(Reg(args.0 + 8), r, 8);
            }
            None => self.mov_n(Reg(args.0 + 8), Reg(src.0 + 8), 8),
        }
        match max {
            Some(m) => {
                let r = self.index_value(m)?;
                self.mov_n(Reg(args.0 + 16), r, 8);
            }
            None => self.mov_n(Reg(args.0 + 16), Reg(src.0 + 16), 8),
        }
        let d = self.dst_or_temp(dst, t);
        let es = self.size(elem);
        self.emit(Instr::Reslice {
            dst: d,
            src,
            args,
            elem: es,
            flags: flags | if slice3 { 1 } else { 0 },
        });
        Ok(d)
    }

    fn slice_header_of(&mut self, ptr: Reg, len: u64) -> Reg {
        let h = self.temp_region(24, vec![0]);
        self.mov_n(h, ptr, 8);
        self.emit(Instr::ConstI64 {
            dst: Reg(h.0 + 8),
            v: len as i64,
        });
        self.emit(Instr::ConstI64 {
            dst: Reg(h.0 + 16),
            v: len as i64,
        });
        h
    }

    // ---- operators ----

    fn unary(
        &mut self,
        e: &'a Expr<'a>,
        op: Token,
        x: &'a Expr<'a>,
        dst: Option<Reg>,
    ) -> CgResult<Reg> {
        let t = self.ty(e);
        let tt = self.tt();
        match op {
            Token::And => {
                let inner = x.unparen();
                if let ExprKind::CompositeLit { .. } = inner.kind {
                    let lt = self.ty(inner);
                    if self.frame_site(e.id) {
                        // A frame object, re-initialised on every evaluation.
                        let obj = self.frame_obj(e.id, Part::Object, lt, e.pos);
                        self.composite_lit(inner, lt, obj)?;
                        let d = self.dst_or_temp(dst, t);
                        self.frame_addr(d, obj);
                        return Ok(d);
                    }
                    let tmp = self.temp(lt);
                    self.composite_lit(inner, lt, tmp)?;
                    let d = self.dst_or_temp(dst, t);
                    let rt = self.g.rt(lt);
                    self.emit(Instr::New { dst: d, typ: rt });
                    self.store(d, 0, tmp, lt);
                    return Ok(d);
                }
                if let (
                    Some(d),
                    ExprKind::Index {
                        x: base, indices, ..
                    },
                ) = (dst, &inner.kind)
                {
                    let bt = self.ty(base);
                    if let TypeKind::Slice(elem) = self.tt().under_kind(bt).clone() {
                        let sv = self.expr(base, None)?;
                        let i = self.index_value(indices[0])?;
                        let es = self.size(elem);
                        self.emit(Instr::IndexAddr {
                            dst: d,
                            base: sv,
                            idx: i,
                            len: Reg(sv.0 + 8),
                            elem: es,
                        });
                        return Ok(d);
                    }
                }
                let p = self.place(x)?;
                let a = self.addr_of_place(p);
                match dst {
                    Some(d) => {
                        self.mov_n(d, a, 8);
                        Ok(d)
                    }
                    None => Ok(a),
                }
            }
            Token::Add => self.expr(x, dst),
            Token::Sub => {
                let v = self.expr(x, None)?;
                let d = self.dst_or_temp(dst, t);
                let k = num_kind(tt, t).unwrap_or(NumKind::I64);
                let w = self.size(t);
                self.emit(match k {
                    NumKind::F32 => Instr::NegF32 { dst: d, a: v },
                    NumKind::F64 => Instr::NegF64 { dst: d, a: v },
                    NumKind::C64 => Instr::NegC64 { dst: d, a: v },
                    NumKind::C128 => Instr::NegC128 { dst: d, a: v },
                    _ => by_width!(w, NegI8, NegI16, NegI32, NegI64 { dst: d, a: v }),
                });
                Ok(d)
            }
            Token::Xor => {
                let v = self.expr(x, None)?;
                let d = self.dst_or_temp(dst, t);
                let w = self.size(t);
                self.emit(by_width!(w, ComI8, ComI16, ComI32, ComI64 { dst: d, a: v }));
                Ok(d)
            }
            Token::Not => {
                let v = self.expr(x, None)?;
                let d = self.dst_or_temp(dst, t);
                self.emit(Instr::Not { dst: d, a: v });
                Ok(d)
            }
            Token::Arrow => self.recv_value(e, x, dst, false),
            _ => self.err(e.pos, format!("unsupported unary operator {}", op.as_str())),
        }
    }

    fn binary(
        &mut self,
        e: &'a Expr<'a>,
        op: Token,
        x: &'a Expr<'a>,
        y: &'a Expr<'a>,
        dst: Option<Reg>,
    ) -> CgResult<Reg> {
        let t = self.ty(e);
        match op {
            Token::LAnd | Token::LOr => {
                let d = self.dst_or_temp(dst, t);
                let fx = self.cond_jump(e, false)?;
                self.emit(Instr::ConstI8 { dst: d, v: 1 });
                let j = self.jmp_placeholder();
                self.patch_here(&fx);
                self.emit(Instr::ConstI8 { dst: d, v: 0 });
                self.patch_here(&[j]);
                Ok(d)
            }
            Token::Eql | Token::Neq | Token::Lss | Token::Leq | Token::Gtr | Token::Geq => {
                self.compare(e.pos, op, x, y, dst)
            }
            Token::Shl | Token::Shr => {
                let a = self.expr_to(x, t, None)?;
                let b = self.shift_count(y)?;
                let d = self.dst_or_temp(dst, t);
                let w = self.size(t);
                let signed = !self.tt().is_unsigned(t);
                self.emit(match (op, signed) {
                    (Token::Shl, _) => {
                        by_width!(w, Shl8, Shl16, Shl32, Shl64 { dst: d, a: a, b: b })
                    }
                    (_, true) => by_width!(w, ShrS8, ShrS16, ShrS32, ShrS64 { dst: d, a: a, b: b }),
                    (_, false) => {
                        by_width!(w, ShrU8, ShrU16, ShrU32, ShrU64 { dst: d, a: a, b: b })
                    }
                });
                Ok(d)
            }
            Token::Add if self.tt().is_string(t) => {
                let mut parts = Vec::new();
                self.concat_parts(e, &mut parts);
                let n = parts.len() as u32;
                let pw: Vec<u32> = (0..n).map(|i| i * 2).collect();
                let region = self.temp_region(16 * n, pw);
                for (i, p) in parts.iter().enumerate() {
                    self.expr_to(p, well_known::STRING, Some(Reg(region.0 + 16 * i as u32)))?;
                }
                let d = self.dst_or_temp(dst, t);
                if self.frame_site(e.id) {
                    let (buf, _) = self.frame_buf(e.id, None, e.pos);
                    self.emit(Instr::StrConcatBuf {
                        dst: d,
                        first: region,
                        n,
                        buf,
                    });
                    return Ok(d);
                }
                self.emit(Instr::StrConcat {
                    dst: d,
                    first: region,
                    n,
                });
                Ok(d)
            }
            _ => {
                if let Some(d) = self.binary_fused(op, t, x, y, dst)? {
                    return Ok(d);
                }
                let a = if self.has_call(y) {
                    self.expr_to(x, t, None)?
                } else {
                    self.operand_last(x, t)?
                };
                let a = if self.has_call(y) && (self.in_call_area(a) || self.is_var_slot_expr(x)) {
                    let tmp = self.temp(t);
                    self.mov(tmp, a, t);
                    tmp
                } else {
                    a
                };
                let d0 = dst;
                if (op == Token::Add || op == Token::Sub)
                    && self.tt().is_integer(t)
                    && self.size(t) == 8
                {
                    if let Some(c) = self.tv(y).and_then(|v| v.value.clone()) {
                        if let Some(v) =
                            constant::to_i64(&c).or_else(|| constant::to_u64(&c).map(|u| u as i64))
                        {
                            let v = if op == Token::Sub {
                                v.checked_neg()
                            } else {
                                Some(v)
                            };
                            if let Some(v) = v.filter(|v| i32::try_from(*v).is_ok()) {
                                let d = self.dst_or_temp(d0, t);
                                self.emit(Instr::AddImm64 {
                                    dst: d,
                                    a,
                                    imm: v as i32,
                                });
                                return Ok(d);
                            }
                        }
                    }
                }
                let b = self.operand_last(y, t)?;
                let d = self.dst_or_temp(dst, t);
                self.arith(e.pos, op, t, d, a, b)?;
                Ok(d)
            }
        }
    }

    /// The value of a constant operand, if `e` is one.
    pub fn const_of(&self, e: &Expr<'_>) -> Option<ConstValue> {
        self.tv(e).and_then(|v| v.value.clone())
    }

    /// `dst = a op c` as one instruction with an immediate, for a constant
    /// `c` on the right (`c_left`: `c op a`), when the type and operator
    /// have such a form: float64 + - * /, int64 * and signed /.
    pub fn imm_form(
        &self,
        op: Token,
        t: TypeId,
        dst: Reg,
        a: Reg,
        c: &ConstValue,
        c_left: bool,
    ) -> Option<Instr> {
        let tt = self.tt();
        match num_kind(tt, t)? {
            NumKind::F64 => {
                let v = match c {
                    ConstValue::Complex(..) => return None,
                    _ => constant::to_f64(c)?,
                };
                let imm = |v: f64| F64Bits(v.to_bits());
                Some(match (op, c_left) {
                    // x - c is x + (-c) by IEEE 754's definition of subtraction.
                    (Token::Add, _) => Instr::AddImmF64 {
                        dst,
                        a,
                        imm: imm(v),
                    },
                    (Token::Sub, false) => Instr::AddImmF64 {
                        dst,
                        a,
                        imm: imm(-v),
                    },
                    (Token::Sub, true) => Instr::RSubImmF64 {
                        dst,
                        a,
                        imm: imm(v),
                    },
                    (Token::Mul, _) => Instr::MulImmF64 {
                        dst,
                        a,
                        imm: imm(v),
                    },
                    (Token::Quo, false) => Instr::DivImmF64 {
                        dst,
                        a,
                        imm: imm(v),
                    },
                    (Token::Quo, true) => Instr::RDivImmF64 {
                        dst,
                        a,
                        imm: imm(v),
                    },
                    _ => return None,
                })
            }
            NumKind::I64 | NumKind::U64 => {
                let signed = !tt.is_unsigned(t);
                let v = constant::to_i64(c).or_else(|| constant::to_u64(c).map(|u| u as i64))?;
                let imm = i32::try_from(v).ok()?;
                Some(match (op, c_left) {
                    (Token::Add, _) => Instr::AddImm64 { dst, a, imm },
                    (Token::Sub, false) => Instr::AddImm64 {
                        dst,
                        a,
                        imm: imm.checked_neg()?,
                    },
                    (Token::Mul, _) => Instr::MulImm64 { dst, a, imm },
                    (Token::Quo, false) if signed && imm != 0 => Instr::DivSImm64 { dst, a, imm },
                    _ => return None,
                })
            }
            _ => None,
        }
    }

    /// `x * y` of float64 without calls, as the operands of a fused
    /// multiply-add (`None` when `e` is not such a product).
    pub fn float_product(
        &self,
        e: &'a Expr<'a>,
        t: TypeId,
    ) -> Option<(&'a Expr<'a>, &'a Expr<'a>)> {
        if num_kind(self.tt(), t) != Some(NumKind::F64) || self.const_of(e).is_some() {
            return None;
        }
        let ExprKind::Binary {
            op: Token::Mul,
            x,
            y,
        } = &e.unparen().kind
        else {
            return None;
        };
        if self.const_of(x).is_some() || self.const_of(y).is_some() {
            return None;
        }
        Some((x, y))
    }

    /// Binary arithmetic with one instruction fewer than the general path:
    /// a constant operand folded into an immediate form, or a float64
    /// `a + b*c` / `a - b*c` as a multiply-add.
    fn binary_fused(
        &mut self,
        op: Token,
        t: TypeId,
        x: &'a Expr<'a>,
        y: &'a Expr<'a>,
        dst: Option<Reg>,
    ) -> CgResult<Option<Reg>> {
        let (xc, yc) = (self.const_of(x), self.const_of(y));
        match (&xc, &yc) {
            (None, Some(c)) | (Some(c), None) => {
                let c_left = xc.is_some();
                let probe = self.imm_form(op, t, Reg(0), Reg(0), c, c_left);
                let Some(probe) = probe else {
                    return Ok(None);
                };
                // (p + q) + c: one three-operand add.
                if let Instr::AddImm64 { imm, .. } = probe {
                    let e2 = if c_left { y } else { x };
                    if let ExprKind::Binary {
                        op: Token::Add,
                        x: p,
                        y: q,
                    } = &e2.unparen().kind
                    {
                        let same = self.tt().identical(self.ty(e2), t);
                        if same
                            && !self.has_call(e2)
                            && self.const_of(p).is_none()
                            && self.const_of(q).is_none()
                        {
                            let a = self.expr_to(p, t, None)?;
                            let b = self.operand_last(q, t)?;
                            let d = self.dst_or_temp(dst, t);
                            self.emit(Instr::AddAddImm64 { dst: d, a, b, imm });
                            return Ok(Some(d));
                        }
                    }
                }
                let a = self.operand_last(if c_left { y } else { x }, t)?;
                let d = self.dst_or_temp(dst, t);
                let i = self
                    .imm_form(op, t, d, a, c, c_left)
                    .unwrap_or(Instr::Nop {});
                self.emit(i);
                return Ok(Some(d));
            }
            (Some(_), Some(_)) => return Ok(None),
            (None, None) => {}
        }
        if let Some(d) = self.binary_field_operand(op, t, x, y, dst)? {
            return Ok(Some(d));
        }
        if op != Token::Add && op != Token::Sub {
            return Ok(None);
        }
        // a + b*c, a - b*c (operands in source order), and b*c + a without
        // calls (addition commutes exactly in IEEE; calls must keep their order).
        let (acc, prod, sub) = if let Some(p) = self.float_product(y, t) {
            (x, p, op == Token::Sub)
        } else if op == Token::Add && !self.has_call(x) && !self.has_call(y) {
            match self.float_product(x, t) {
                Some(p) => (y, p, false),
                None => return Ok(None),
            }
        } else {
            return Ok(None);
        };
        let a = self.expr_to(acc, t, None)?;
        let a = self.protect(a, t, prod.0);
        let a = self.protect(a, t, prod.1);
        self.emit_mul_add(t, dst, a, prod, sub).map(Some)
    }

    /// float64 `x op p.f` (or `x op *p`) with the right operand read
    /// through a pointer by the operation itself (`AddF64M` ...).
    fn binary_field_operand(
        &mut self,
        op: Token,
        t: TypeId,
        x: &'a Expr<'a>,
        y: &'a Expr<'a>,
        dst: Option<Reg>,
    ) -> CgResult<Option<Reg>> {
        if num_kind(self.tt(), t) != Some(NumKind::F64)
            || !matches!(op, Token::Add | Token::Sub | Token::Mul)
            || self.has_call(y)
        {
            return Ok(None);
        }
        let through_ptr = match &y.unparen().kind {
            ExprKind::Star(_) => true,
            ExprKind::Selector { x: base, .. } => {
                self.info()
                    .selections
                    .get(&y.unparen().id)
                    .is_some_and(|s| s.kind == SelectionKind::FieldVal)
                    && self.tt().is_pointer(self.ty(base))
            }
            _ => false,
        };
        if !through_ptr {
            return Ok(None);
        }
        let a = self.operand_last(x, t)?;
        match self.place(y.unparen())? {
            Place::Mem(ptr, off) => {
                let d = self.dst_or_temp(dst, t);
                self.emit(match op {
                    Token::Add => Instr::AddF64M {
                        dst: d,
                        a,
                        ptr,
                        off,
                    },
                    Token::Sub => Instr::SubF64M {
                        dst: d,
                        a,
                        ptr,
                        off,
                    },
                    _ => Instr::MulF64M {
                        dst: d,
                        a,
                        ptr,
                        off,
                    },
                });
                Ok(Some(d))
            }
            Place::Frame(b) => {
                let d = self.dst_or_temp(dst, t);
                self.arith(y.pos, op, t, d, a, b)?;
                Ok(Some(d))
            }
        }
    }

    /// float64 `p.f += b*c` / `p.f -= b*c` (any place in memory) as one
    /// read-modify-write, when evaluating `b` and `c` can fail only with a
    /// nil dereference: then checking them before `p` (rather than after
    /// loading `p.f`, as gc does) cannot change which panic happens.
    pub fn rmw_mul_add(
        &mut self,
        op: Token,
        t: TypeId,
        ptr: Reg,
        off: i32,
        y: &'a Expr<'a>,
    ) -> CgResult<bool> {
        if op != Token::Add && op != Token::Sub {
            return Ok(false);
        }
        let Some((px, py)) = self.float_product(y, t) else {
            return Ok(false);
        };
        if !self.only_nil_panics(px) || !self.only_nil_panics(py) {
            return Ok(false);
        }
        let b = self.expr_to(px, t, None)?;
        let c = self.operand_last(py, t)?;
        self.emit(if op == Token::Add {
            Instr::MulAddF64Mem { ptr, off, b, c }
        } else {
            Instr::MulSubF64Mem { ptr, off, b, c }
        });
        Ok(true)
    }

    /// Whether evaluating `e` makes no call and can panic only with a nil
    /// dereference: constants, variables, fields, `*p`, and float
    /// arithmetic (which never panics) of those.
    fn only_nil_panics(&self, e: &Expr<'_>) -> bool {
        if self.const_of(e).is_some() {
            return true;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.only_nil_panics(x),
            ExprKind::Ident(_) => true,
            ExprKind::Star(x) => self.only_nil_panics(x),
            ExprKind::Selector { x, .. } => {
                self.info()
                    .selections
                    .get(&e.id)
                    .is_some_and(|s| s.kind == SelectionKind::FieldVal)
                    && self.only_nil_panics(x)
            }
            ExprKind::Unary {
                op: Token::Add | Token::Sub,
                x,
            } => self.tt().is_float(self.ty(e)) && self.only_nil_panics(x),
            ExprKind::Binary { op, x, y } => {
                matches!(op, Token::Add | Token::Sub | Token::Mul | Token::Quo)
                    && self.tt().is_float(self.ty(e))
                    && self.only_nil_panics(x)
                    && self.only_nil_panics(y)
            }
            _ => false,
        }
    }

    /// `[]float64` indexing `s[i]` whose load a multiply-add can absorb.
    fn f64_slice_index(&self, e: &'a Expr<'a>) -> Option<(&'a Expr<'a>, &'a Expr<'a>)> {
        let ExprKind::Index { x, indices, .. } = &e.unparen().kind else {
            return None;
        };
        let [i] = indices else {
            return None;
        };
        match self.tt().under_kind(self.ty(x)) {
            TypeKind::Slice(el) if num_kind(self.tt(), *el) == Some(NumKind::F64) => Some((x, i)),
            _ => None,
        }
    }

    /// Emits `dst = a + x*y` (`sub`: `a - x*y`) for an evaluated `a` that
    /// the operands cannot clobber; `x` and `y` are evaluated in order. A
    /// `[]float64` element as `y` (or as `x` when nothing calls) is loaded by
    /// the multiply-add itself.
    pub fn emit_mul_add(
        &mut self,
        t: TypeId,
        dst: Option<Reg>,
        a: Reg,
        prod: (&'a Expr<'a>, &'a Expr<'a>),
        sub: bool,
    ) -> CgResult<Reg> {
        let (mut px, mut py) = prod;
        let mut elem = None;
        if !sub {
            elem = self.f64_slice_index(py);
            if elem.is_none() && !self.has_call(px) && !self.has_call(py) {
                elem = self.f64_slice_index(px);
                if elem.is_some() {
                    (px, py) = (py, px);
                }
            }
        }
        let b = self.expr_to(px, t, None)?;
        let b = self.protect(b, t, py);
        if let Some((sx, si)) = elem {
            let st = self.ty(sx);
            let s = self.expr(sx, None)?;
            let s = self.protect(s, st, si);
            let idx = self.index_value(si)?;
            let d = self.dst_or_temp(dst, t);
            self.emit(Instr::MulAddSliceF64 {
                dst: d,
                a,
                b,
                s,
                idx,
            });
            return Ok(d);
        }
        let c = self.operand_last(py, t)?;
        let d = self.dst_or_temp(dst, t);
        self.emit(if sub {
            Instr::MulSubF64 { dst: d, a, b, c }
        } else {
            Instr::MulAddF64 { dst: d, a, b, c }
        });
        Ok(d)
    }

    /// Whether `x` evaluates to a variable's own slot (which a call in a
    /// later operand cannot change for frame variables, but keep it simple).
    fn is_var_slot_expr(&self, _x: &Expr<'_>) -> bool {
        false
    }

    fn concat_parts(&self, e: &'a Expr<'a>, out: &mut Vec<&'a Expr<'a>>) {
        if let ExprKind::Binary {
            op: Token::Add,
            x,
            y,
        } = &e.unparen().kind
        {
            if self.tv(e).map(|t| t.value.is_none()).unwrap_or(true) {
                self.concat_parts(x, out);
                self.concat_parts(y, out);
                return;
            }
        }
        out.push(e);
    }

    /// A shift count as a uint64 register (negative signed counts panic).
    fn shift_count(&mut self, y: &'a Expr<'a>) -> CgResult<Reg> {
        if let Some(c) = self.tv(y).and_then(|t| t.value.clone()) {
            let v = constant::to_u64(&c).unwrap_or(u64::MAX);
            return Ok(self.const_i64(v as i64));
        }
        let yt = self.ty(y);
        let r = self.expr(y, None)?;
        let tt = self.tt();
        let k = num_kind(tt, yt).unwrap_or(NumKind::U64);
        let signed = matches!(k, NumKind::I8 | NumKind::I16 | NumKind::I32 | NumKind::I64);
        let r = if matches!(k, NumKind::I64 | NumKind::U64) {
            r
        } else {
            let d = self.temp_i64();
            self.emit(Instr::Conv {
                dst: d,
                src: r,
                from: k,
                to: if signed { NumKind::I64 } else { NumKind::U64 },
            });
            d
        };
        if signed {
            self.emit(Instr::ShiftCheck { count: r });
        }
        Ok(r)
    }

    /// dst = a op b for numeric type t.
    pub fn arith(
        &mut self,
        pos: Pos,
        op: Token,
        t: TypeId,
        d: Reg,
        a: Reg,
        b: Reg,
    ) -> CgResult<()> {
        let tt = self.tt();
        let k = num_kind(tt, t);
        let w = self.size(t);
        let signed = !tt.is_unsigned(t);
        let i = match k {
            Some(NumKind::F32) => match op {
                Token::Add => Instr::AddF32 { dst: d, a, b },
                Token::Sub => Instr::SubF32 { dst: d, a, b },
                Token::Mul => Instr::MulF32 { dst: d, a, b },
                Token::Quo => Instr::DivF32 { dst: d, a, b },
                _ => return self.err(pos, "bad float operator"),
            },
            Some(NumKind::F64) => match op {
                Token::Add => Instr::AddF64 { dst: d, a, b },
                Token::Sub => Instr::SubF64 { dst: d, a, b },
                Token::Mul => Instr::MulF64 { dst: d, a, b },
                Token::Quo => Instr::DivF64 { dst: d, a, b },
                _ => return self.err(pos, "bad float operator"),
            },
            Some(NumKind::C64) => match op {
                Token::Add => Instr::AddC64 { dst: d, a, b },
                Token::Sub => Instr::SubC64 { dst: d, a, b },
                Token::Mul => Instr::MulC64 { dst: d, a, b },
                Token::Quo => Instr::DivC64 { dst: d, a, b },
                _ => return self.err(pos, "bad complex operator"),
            },
            Some(NumKind::C128) => match op {
                Token::Add => Instr::AddC128 { dst: d, a, b },
                Token::Sub => Instr::SubC128 { dst: d, a, b },
                Token::Mul => Instr::MulC128 { dst: d, a, b },
                Token::Quo => Instr::DivC128 { dst: d, a, b },
                _ => return self.err(pos, "bad complex operator"),
            },
            _ => match op {
                Token::Add => by_width!(w, AddI8, AddI16, AddI32, AddI64 { dst: d, a: a, b: b }),
                Token::Sub => by_width!(w, SubI8, SubI16, SubI32, SubI64 { dst: d, a: a, b: b }),
                Token::Mul => by_width!(w, MulI8, MulI16, MulI32, MulI64 { dst: d, a: a, b: b }),
                Token::And => by_width!(w, AndI8, AndI16, AndI32, AndI64 { dst: d, a: a, b: b }),
                Token::Or => by_width!(w, OrI8, OrI16, OrI32, OrI64 { dst: d, a: a, b: b }),
                Token::Xor => by_width!(w, XorI8, XorI16, XorI32, XorI64 { dst: d, a: a, b: b }),
                Token::AndNot => by_width!(
                    w,
                    AndNotI8,
                    AndNotI16,
                    AndNotI32,
                    AndNotI64 { dst: d, a: a, b: b }
                ),
                Token::Quo if signed => {
                    by_width!(w, DivS8, DivS16, DivS32, DivS64 { dst: d, a: a, b: b })
                }
                Token::Quo => by_width!(w, DivU8, DivU16, DivU32, DivU64 { dst: d, a: a, b: b }),
                Token::Rem if signed => {
                    by_width!(w, RemS8, RemS16, RemS32, RemS64 { dst: d, a: a, b: b })
                }
                Token::Rem => by_width!(w, RemU8, RemU16, RemU32, RemU64 { dst: d, a: a, b: b }),
                Token::Shl => by_width!(w, Shl8, Shl16, Shl32, Shl64 { dst: d, a: a, b: b }),
                Token::Shr if signed => {
                    by_width!(w, ShrS8, ShrS16, ShrS32, ShrS64 { dst: d, a: a, b: b })
                }
                Token::Shr => by_width!(w, ShrU8, ShrU16, ShrU32, ShrU64 { dst: d, a: a, b: b }),
                _ => return self.err(pos, format!("unsupported operator {}", op.as_str())),
            },
        };
        self.emit(i);
        Ok(())
    }

    /// Comparison `x op y` into a bool.
    fn compare(
        &mut self,
        pos: Pos,
        op: Token,
        x: &'a Expr<'a>,
        y: &'a Expr<'a>,
        dst: Option<Reg>,
    ) -> CgResult<Reg> {
        let tt = self.tt();
        let d_t = well_known::BOOL;
        // nil comparisons
        let (xn, yn) = (self.is_nil(x), self.is_nil(y));
        if xn || yn {
            let other = if xn { y } else { x };
            let ot = self.ty(other);
            let v = self.expr(other, None)?;
            let _ = ot;
            let word = v;
            let z = self.const_i64(0);
            let d = self.dst_or_temp(dst, d_t);
            self.emit(if op == Token::Eql {
                Instr::EqI64 {
                    dst: d,
                    a: word,
                    b: z,
                }
            } else {
                Instr::NeI64 {
                    dst: d,
                    a: word,
                    b: z,
                }
            });
            return Ok(d);
        }
        let xt = self.ty(x);
        let yt = self.ty(y);
        // Mixed interface/concrete: compare as interfaces.
        let (ct, a, b) = if tt.is_interface(xt) != tt.is_interface(yt) {
            let it = if tt.is_interface(xt) { xt } else { yt };
            let a = self.expr_to(x, it, None)?;
            let a = self.protect(a, it, y);
            let b = self.expr_to(y, it, None)?;
            (it, a, b)
        } else {
            // Operands of the same type (untyped constants take the other's type).
            let ct = if self.tv(x).map(|t| t.value.is_some()).unwrap_or(false) {
                yt
            } else {
                xt
            };
            let a = self.expr_to(x, ct, None)?;
            let a = self.protect(a, ct, y);
            let b = self.expr_to(y, ct, None)?;
            (ct, a, b)
        };
        let d = self.dst_or_temp(dst, d_t);
        self.compare_regs(pos, op, ct, d, a, b)?;
        Ok(d)
    }

    /// Copies `a` to a temporary if evaluating `later` may clobber it.
    pub fn protect(&mut self, a: Reg, t: TypeId, later: &Expr<'_>) -> Reg {
        if self.in_call_area(a) && self.has_call(later) {
            let tmp = self.temp(t);
            self.mov(tmp, a, t);
            tmp
        } else {
            a
        }
    }

    pub fn compare_regs(
        &mut self,
        pos: Pos,
        op: Token,
        ct: TypeId,
        d: Reg,
        a: Reg,
        b: Reg,
    ) -> CgResult<()> {
        let tt = self.tt();
        // Normalise > and >= by swapping.
        let (op, a, b) = match op {
            Token::Gtr => (Token::Lss, b, a),
            Token::Geq => (Token::Leq, b, a),
            _ => (op, a, b),
        };
        let neg_after;
        let i = match tt.under_kind(ct).clone() {
            TypeKind::Basic(bk) => {
                use BasicKind as B;
                match bk {
                    B::String | B::UntypedString => {
                        neg_after = false;
                        match op {
                            Token::Eql => Instr::StrEq { dst: d, a, b },
                            Token::Neq => Instr::StrNe { dst: d, a, b },
                            Token::Lss => Instr::StrLt { dst: d, a, b },
                            _ => Instr::StrLe { dst: d, a, b },
                        }
                    }
                    B::Float32 | B::Float64 | B::UntypedFloat => {
                        neg_after = false;
                        let f32_ = bk == B::Float32;
                        match (op, f32_) {
                            (Token::Eql, true) => Instr::EqF32 { dst: d, a, b },
                            (Token::Neq, true) => Instr::NeF32 { dst: d, a, b },
                            (Token::Lss, true) => Instr::LtF32 { dst: d, a, b },
                            (_, true) => Instr::LeF32 { dst: d, a, b },
                            (Token::Eql, false) => Instr::EqF64 { dst: d, a, b },
                            (Token::Neq, false) => Instr::NeF64 { dst: d, a, b },
                            (Token::Lss, false) => Instr::LtF64 { dst: d, a, b },
                            (_, false) => Instr::LeF64 { dst: d, a, b },
                        }
                    }
                    B::Complex64 | B::Complex128 | B::UntypedComplex => {
                        neg_after = op == Token::Neq;
                        if bk == B::Complex64 {
                            Instr::EqC64 { dst: d, a, b }
                        } else {
                            Instr::EqC128 { dst: d, a, b }
                        }
                    }
                    _ => {
                        neg_after = false;
                        let w = self.size(ct);
                        let signed = !tt.is_unsigned(ct);
                        match op {
                            Token::Eql => {
                                by_width!(w, EqI8, EqI16, EqI32, EqI64 { dst: d, a: a, b: b })
                            }
                            Token::Neq => {
                                by_width!(w, NeI8, NeI16, NeI32, NeI64 { dst: d, a: a, b: b })
                            }
                            Token::Lss if signed => {
                                by_width!(w, LtS8, LtS16, LtS32, LtS64 { dst: d, a: a, b: b })
                            }
                            Token::Lss => {
                                by_width!(w, LtU8, LtU16, LtU32, LtU64 { dst: d, a: a, b: b })
                            }
                            _ if signed => {
                                by_width!(w, LeS8, LeS16, LeS32, LeS64 { dst: d, a: a, b: b })
                            }
                            _ => by_width!(w, LeU8, LeU16, LeU32, LeU64 { dst: d, a: a, b: b }),
                        }
                    }
                }
            }
            TypeKind::Pointer(_)
            | TypeKind::Chan { .. }
            | TypeKind::Map { .. }
            | TypeKind::Signature(_)
            | TypeKind::Slice(_) => {
                neg_after = false;
                if op == Token::Eql {
                    Instr::EqI64 { dst: d, a, b }
                } else {
                    Instr::NeI64 { dst: d, a, b }
                }
            }
            TypeKind::Interface { .. } => {
                neg_after = op == Token::Neq;
                Instr::IfaceEq { dst: d, a, b }
            }
            TypeKind::Struct(_) | TypeKind::Array { .. } => {
                neg_after = op == Token::Neq;
                let typ = self.g.rt(ct);
                Instr::MemEq { dst: d, a, b, typ }
            }
            _ => return self.err(pos, "unsupported comparison"),
        };
        self.emit(i);
        if neg_after {
            self.emit(Instr::Not { dst: d, a: d });
        }
        Ok(())
    }

    /// Emits jumps taken when `e` evaluates to `when`; returns their
    /// indices for patching. Falls through otherwise.
    pub fn cond_jump(&mut self, e: &'a Expr<'a>, when: bool) -> CgResult<Vec<usize>> {
        if let Some(ConstValue::Bool(b)) = self.tv(e).and_then(|t| t.value.clone()) {
            if b == when {
                return Ok(vec![self.jmp_placeholder()]);
            }
            return Ok(vec![]);
        }
        match &e.kind {
            ExprKind::Paren(x) => self.cond_jump(x, when),
            ExprKind::Unary { op: Token::Not, x } => self.cond_jump(x, !when),
            ExprKind::Binary {
                op: Token::LAnd,
                x,
                y,
            } => {
                if when {
                    let skip = self.cond_jump(x, false)?;
                    let t = self.cond_jump(y, true)?;
                    self.patch_here(&skip);
                    Ok(t)
                } else {
                    let mut f = self.cond_jump(x, false)?;
                    f.extend(self.cond_jump(y, false)?);
                    Ok(f)
                }
            }
            ExprKind::Binary {
                op: Token::LOr,
                x,
                y,
            } => {
                if when {
                    let mut t = self.cond_jump(x, true)?;
                    t.extend(self.cond_jump(y, true)?);
                    Ok(t)
                } else {
                    let skip = self.cond_jump(x, true)?;
                    let f = self.cond_jump(y, false)?;
                    self.patch_here(&skip);
                    Ok(f)
                }
            }
            ExprKind::Binary { op, x, y }
                if matches!(
                    op,
                    Token::Lss | Token::Leq | Token::Gtr | Token::Geq | Token::Eql | Token::Neq
                ) =>
            {
                if let Some(js) = self.fused_compare(*op, x, y, when)? {
                    return Ok(js);
                }
                let mark = self.temp_mark();
                let r = self.expr(e, None)?;
                let j = if when {
                    self.emit(Instr::JmpIf {
                        cond: r,
                        target: Target(u32::MAX),
                    })
                } else {
                    self.emit(Instr::JmpIfNot {
                        cond: r,
                        target: Target(u32::MAX),
                    })
                };
                self.temp_release(mark);
                Ok(vec![j])
            }
            _ => {
                let mark = self.temp_mark();
                let r = self.expr(e, None)?;
                let j = if when {
                    self.emit(Instr::JmpIf {
                        cond: r,
                        target: Target(u32::MAX),
                    })
                } else {
                    self.emit(Instr::JmpIfNot {
                        cond: r,
                        target: Target(u32::MAX),
                    })
                };
                self.temp_release(mark);
                Ok(vec![j])
            }
        }
    }
    /// A 64-bit integer (or pointer-word) comparison compiled to one fused
    /// compare-and-branch; `None` if the operands do not qualify.
    fn fused_compare(
        &mut self,
        op: Token,
        x: &'a Expr<'a>,
        y: &'a Expr<'a>,
        when: bool,
    ) -> CgResult<Option<Vec<usize>>> {
        let tt = self.tt();
        let (xn, yn) = (self.is_nil(x), self.is_nil(y));
        let ct = if xn || self.tv(x).map(|t| t.value.is_some()).unwrap_or(false) {
            self.ty(y)
        } else {
            self.ty(x)
        };
        if tt.size_of(ct) != 8 {
            return Ok(None);
        }
        let is_int = tt.is_integer(ct) && !tt.is_unsigned(ct);
        let is_word = tt.is_integer(ct)
            || matches!(
                tt.under_kind(ct),
                TypeKind::Pointer(_)
                    | TypeKind::Map { .. }
                    | TypeKind::Chan { .. }
                    | TypeKind::Signature(_)
            );
        let ordered = matches!(op, Token::Lss | Token::Leq | Token::Gtr | Token::Geq);
        if (ordered && !is_int) || (!ordered && !is_word) {
            return Ok(None);
        }
        if tt.is_interface(self.ty(x)) != tt.is_interface(self.ty(y)) && !xn && !yn {
            return Ok(None);
        }
        // Against a small constant: one compare-with-immediate branch.
        if ordered {
            let xc = self
                .tv(x)
                .and_then(|t| t.value.clone())
                .and_then(|v| constant::to_i64(&v));
            let yc = self
                .tv(y)
                .and_then(|t| t.value.clone())
                .and_then(|v| constant::to_i64(&v));
            let (var, c, op) = match (xc, yc) {
                (None, Some(c)) => (x, c, op),
                (Some(c), None) => (
                    y,
                    c,
                    match op {
                        Token::Lss => Token::Gtr,
                        Token::Gtr => Token::Lss,
                        Token::Leq => Token::Geq,
                        _ => Token::Leq,
                    },
                ),
                _ => (x, i64::MAX, op),
            };
            // Normalise to "a < k" (lt = true) or "a >= k" (lt = false).
            let (k, lt) = match op {
                Token::Lss => (Some(c), true),
                Token::Geq => (Some(c), false),
                Token::Leq => (c.checked_add(1), true),
                _ => (c.checked_add(1), false),
            };
            if let Some(k) = k.filter(|k| c != i64::MAX && i32::try_from(*k).is_ok()) {
                let mark = self.temp_mark();
                let a = self.operand_last(var, ct)?;
                let imm = k as i32;
                let t = Target(u32::MAX);
                let i = if lt == when {
                    Instr::JmpLtImm64 { a, imm, target: t }
                } else {
                    Instr::JmpGeImm64 { a, imm, target: t }
                };
                let j = self.emit(i);
                self.temp_release(mark);
                return Ok(Some(vec![j]));
            }
        }
        let mark = self.temp_mark();
        let a = if xn {
            self.const_i64(0)
        } else {
            self.expr_to(x, ct, None)?
        };
        let a = self.protect(a, ct, y);
        let b = if yn {
            self.const_i64(0)
        } else {
            self.operand_last(y, ct)?
        };
        let t = Target(u32::MAX);
        // Normalise to jump-when-true forms.
        let i = match (op, when) {
            (Token::Lss, true) => Instr::JmpLtS64 { a, b, target: t },
            (Token::Lss, false) => Instr::JmpLeS64 {
                a: b,
                b: a,
                target: t,
            },
            (Token::Leq, true) => Instr::JmpLeS64 { a, b, target: t },
            (Token::Leq, false) => Instr::JmpLtS64 {
                a: b,
                b: a,
                target: t,
            },
            (Token::Gtr, true) => Instr::JmpLtS64 {
                a: b,
                b: a,
                target: t,
            },
            (Token::Gtr, false) => Instr::JmpLeS64 { a, b, target: t },
            (Token::Geq, true) => Instr::JmpLeS64 {
                a: b,
                b: a,
                target: t,
            },
            (Token::Geq, false) => Instr::JmpLtS64 { a, b, target: t },
            (Token::Eql, true) | (Token::Neq, false) => Instr::JmpEqI64 { a, b, target: t },
            _ => Instr::JmpNeI64 { a, b, target: t },
        };
        let j = self.emit(i);
        self.temp_release(mark);
        Ok(Some(vec![j]))
    }

    /// Evaluates the last operand of an instruction: a plain call's result
    /// is used where it lands in the call area (nothing runs in between).
    pub fn operand_last(&mut self, y: &'a Expr<'a>, t: TypeId) -> CgResult<Reg> {
        if let ExprKind::Call { fun, args, .. } = &y.unparen().kind {
            if let Some(r) = self.intrinsic(fun, args, None)? {
                return Ok(r);
            }
            let is_conv = self
                .tv(fun)
                .map(|t| t.mode == Mode::TypeExpr)
                .unwrap_or(false);
            if !is_conv
                && !self.is_builtin_call(fun)
                && self.tt().identical(self.ty(y), t)
                && !self.tt().is_interface(t)
            {
                let res = self.call(y.unparen())?;
                if res.len() == 1 {
                    return Ok(res[0].0);
                }
            }
        }
        self.expr_to(y, t, None)
    }
    /// A string literal written in the source, materialised from its exact
    /// bytes (constant values cannot hold invalid UTF-8).
    fn string_literal(&mut self, e: &Expr<'_>, t: TypeId, dst: Option<Reg>) -> Option<Reg> {
        let ExprKind::BasicLit(lit) = &e.unparen().kind else {
            return None;
        };
        if lit.kind != Token::String || !self.tt().is_string(t) {
            return None;
        }
        let bytes = constant::parse_string_bytes(lit.value)?;
        if std::str::from_utf8(&bytes).is_ok() {
            return None;
        }
        let d = self.dst_or_temp(dst, t);
        let off = self.g.intern_str(&bytes);
        self.emit(Instr::ConstStr {
            dst: d,
            off,
            len: bytes.len() as u32,
        });
        Some(d)
    }
}
