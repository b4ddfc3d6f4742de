//! Field and method lookup (with embedding), method sets, and the
//! relations built on them: implements, assignability, convertibility.
#![allow(
    clippy::collapsible_match,
    clippy::collapsible_if,
    clippy::unnecessary_unwrap,
    clippy::too_many_arguments,
    clippy::if_same_then_else
)]

use super::check::*;
use super::well_known::*;
use super::*;

#[derive(Clone, Debug)]
pub enum LookupResult {
    Field {
        obj: ObjId,
        index: Vec<usize>,
        indirect: bool,
    },
    Method {
        obj: ObjId,
        index: Vec<usize>,
        indirect: bool,
    },
    /// A pointer-receiver method found on a non-addressable value.
    PointerRecv(ObjId),
    Ambiguous,
    NotFound,
}

struct Embedded {
    typ: TypeId,
    index: Vec<usize>,
    indirect: bool,
    multiples: bool,
}

impl<'a> Checker<'a> {
    /// The Func object for method `i` of interface type `t`.
    pub(crate) fn iface_method_obj(&mut self, t: TypeId, i: usize) -> ObjId {
        let u = self.tt.underlying(t);
        if let Some(&o) = self.iface_method_objs.get(&(u, i)) {
            return o;
        }
        let m = self.tt.interface_methods(u).map(|ms| ms[i].clone());
        let Some(m) = m else { return ObjId(0) };
        let o = self.new_obj(
            ObjKind::Func {
                recv: Some(u),
                has_body: false,
            },
            &m.name,
            m.sig,
            Pos::NONE,
            m.pkg,
        );
        self.iface_method_objs.insert((u, i), o);
        o
    }

    fn same_id(&self, name: &str, pkg: Option<PkgId>, want: &str, want_pkg: Option<PkgId>) -> bool {
        if name != want {
            return false;
        }
        if name.starts_with(|c: char| c.is_uppercase()) {
            return true;
        }
        pkg.is_none() || want_pkg.is_none() || pkg == want_pkg
    }

    /// go/types `LookupFieldOrMethod`.
    pub fn lookup_field_or_method(
        &mut self,
        t: TypeId,
        addressable: bool,
        pkg: Option<PkgId>,
        name: &str,
    ) -> LookupResult {
        if name == "_" {
            return LookupResult::NotFound;
        }
        let (typ, is_ptr) = match self.tt.kind(t) {
            TypeKind::Pointer(b) => (*b, true),
            _ => (t, false),
        };
        if is_ptr && self.tt.is_interface(typ) {
            return LookupResult::NotFound;
        }
        let mut current = vec![Embedded {
            typ,
            index: vec![],
            indirect: is_ptr,
            multiples: false,
        }];
        let mut seen: Vec<TypeId> = Vec::new();
        while !current.is_empty() {
            let mut next: Vec<Embedded> = Vec::new();
            let mut found: Option<(bool, ObjId, Vec<usize>, bool)> = None; // (is_method, obj, index, indirect)
            for e in &current {
                let typ = e.typ;
                if let TypeKind::Named(ni) = self.tt.kind(typ).clone() {
                    if seen.contains(&typ) {
                        continue;
                    }
                    seen.push(typ);
                    let methods = self.tt.named[ni as usize].methods.clone();
                    if let Some((i, &m)) = methods.iter().enumerate().find(|(_, &m)| {
                        let ob = &self.objs[m.0 as usize];
                        self.same_id(&ob.name, ob.pkg, name, pkg)
                    }) {
                        let mut idx = e.index.clone();
                        idx.push(i);
                        if found.is_some() || e.multiples {
                            return LookupResult::Ambiguous;
                        }
                        found = Some((true, m, idx, e.indirect));
                        continue;
                    }
                }
                match self.tt.under_kind(typ).clone() {
                    TypeKind::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            if self.same_id(&f.name, f.pkg, name, pkg) {
                                let mut idx = e.index.clone();
                                idx.push(i);
                                if found.is_some() || e.multiples {
                                    return LookupResult::Ambiguous;
                                }
                                found = Some((false, f.obj, idx, e.indirect));
                                continue;
                            }
                            if found.is_none() && f.embedded {
                                let (ft, p) = match self.tt.kind(f.typ) {
                                    TypeKind::Pointer(b) => (*b, true),
                                    _ => (f.typ, false),
                                };
                                let mut idx = e.index.clone();
                                idx.push(i);
                                next.push(Embedded {
                                    typ: ft,
                                    index: idx,
                                    indirect: e.indirect || p,
                                    multiples: e.multiples,
                                });
                            }
                        }
                    }
                    TypeKind::Interface { methods, .. } => {
                        if let Some(i) = methods
                            .iter()
                            .position(|m| self.same_id(&m.name, m.pkg, name, pkg))
                        {
                            let mut idx = e.index.clone();
                            idx.push(i);
                            if found.is_some() || e.multiples {
                                return LookupResult::Ambiguous;
                            }
                            let o = self.iface_method_obj(typ, i);
                            found = Some((true, o, idx, e.indirect));
                        }
                    }
                    _ => {}
                }
            }
            if let Some((is_method, obj, index, indirect)) = found {
                if is_method {
                    if let ObjKind::Func { recv: Some(rt), .. } = self.objs[obj.0 as usize].kind {
                        if self.tt.decl_pointer_recv(rt) && !indirect && !addressable {
                            return LookupResult::PointerRecv(obj);
                        }
                    }
                    return LookupResult::Method {
                        obj,
                        index,
                        indirect,
                    };
                }
                return LookupResult::Field {
                    obj,
                    index,
                    indirect,
                };
            }
            // consolidate multiples
            let mut cons: Vec<Embedded> = Vec::new();
            for e in next {
                if let Some(p) = cons.iter_mut().find(|c| self.tt.identical(c.typ, e.typ)) {
                    p.multiples = true;
                } else {
                    cons.push(e);
                }
            }
            current = cons;
        }
        LookupResult::NotFound
    }

    /// Why `t` does not implement interface `iface` (`None` if it does):
    /// go/types' `missingMethod` cause, e.g. `(missing method M)`.
    pub(crate) fn missing_method_cause(
        &mut self,
        t: TypeId,
        iface: TypeId,
        static_: bool,
    ) -> Option<String> {
        let methods: Vec<InterfaceMethod> = self.tt.interface_methods(iface)?.to_vec();
        let _ = static_;
        let t_is_iface = self.tt.is_interface(t);
        for m in methods {
            if t_is_iface {
                let tm = self
                    .tt
                    .interface_methods(t)
                    .unwrap_or(&[])
                    .iter()
                    .find(|x| x.name == m.name)
                    .cloned();
                match tm {
                    None => return Some(format!("(missing method {})", m.name)),
                    Some(x) => {
                        if !self.tt.identical(x.sig, m.sig) {
                            return Some(self.wrong_type_cause(&m.name, x.sig, m.sig));
                        }
                    }
                }
                continue;
            }
            match self.lookup_field_or_method(t, false, m.pkg, &m.name) {
                LookupResult::Method { obj, .. } => {
                    let st = self.objs[obj.0 as usize].typ;
                    if !self.tt.identical(st, m.sig) && !self.contains_invalid(st, 0) {
                        return Some(self.wrong_type_cause(&m.name, st, m.sig));
                    }
                }
                LookupResult::PointerRecv(_) => {
                    return Some(format!("(method {} has pointer receiver)", m.name))
                }
                _ => {
                    // A method with different case?
                    let lower = m.name.to_lowercase();
                    let alt = self
                        .method_names(t)
                        .into_iter()
                        .find(|n| n.to_lowercase() == lower && *n != m.name);
                    if let Some(a) = alt {
                        return Some(format!(
                            "(missing method {})\n\t\thave {}()\n\t\twant {}()",
                            m.name, a, m.name
                        ));
                    }
                    return Some(format!("(missing method {})", m.name));
                }
            }
        }
        None
    }

    fn method_names(&self, t: TypeId) -> Vec<String> {
        let base = match self.tt.kind(t) {
            TypeKind::Pointer(b) => *b,
            _ => t,
        };
        match self.tt.named_info(base) {
            Some(n) => n
                .methods
                .iter()
                .map(|m| self.objs[m.0 as usize].name.clone())
                .collect(),
            None => vec![],
        }
    }

    fn wrong_type_cause(&self, name: &str, have: TypeId, want: TypeId) -> String {
        let h = self.type_str(have);
        let w = self.type_str(want);
        format!(
            "(wrong type for method {})\n\t\thave {}{}\n\t\twant {}{}",
            name,
            name,
            h.trim_start_matches("func"),
            name,
            w.trim_start_matches("func")
        )
    }

    /// Whether `t` implements interface `iface`; `cause` receives the
    /// reason if not.
    pub(crate) fn implements(
        &mut self,
        t: TypeId,
        iface: TypeId,
        cause: Option<&mut String>,
    ) -> bool {
        if self.tt.underlying(t) == INVALID || self.tt.underlying(iface) == INVALID {
            return true;
        }
        if !self.tt.is_interface(iface) {
            if let Some(c) = cause {
                *c = format!("{} is not an interface", self.type_str(iface));
            }
            return false;
        }
        if self
            .tt
            .interface_methods(iface)
            .map(|m| m.is_empty())
            .unwrap_or(true)
        {
            return true;
        }
        match self.missing_method_cause(t, iface, true) {
            None => true,
            Some(mc) => {
                if let Some(c) = cause {
                    *c = format!(
                        "{} does not implement {} {}",
                        self.type_str(t),
                        self.type_str(iface),
                        mc
                    );
                }
                false
            }
        }
    }

    /// go/types `operand.assignableTo`.
    pub(crate) fn assignable_to(
        &mut self,
        x: &Operand<'a>,
        t: TypeId,
        cause: Option<&mut String>,
    ) -> bool {
        if x.is_invalid() || self.contains_invalid(t, 0) || self.contains_invalid(x.typ, 0) {
            return true;
        }
        let v = x.typ;
        if self.tt.identical(v, t) {
            return true;
        }
        let vu = self.tt.underlying(v);
        let tu = self.tt.underlying(t);
        if self.tt.is_untyped(vu) {
            if x.is_nil() {
                return self.has_nil(t);
            }
            return self.implicit_type_and_value(x, t).is_ok();
        }
        if self.tt.identical(vu, tu) && (!self.tt.has_name(v) || !self.tt.has_name(t)) {
            return true;
        }
        if self.tt.is_interface(t) {
            let mut c = String::new();
            if self.implements(v, t, Some(&mut c)) {
                return true;
            }
            if let Some(cs) = cause {
                *cs = c;
            }
            return false;
        }
        if self.tt.is_interface(v) && self.implements(t, v, None) {
            if let Some(cs) = cause {
                *cs = "need type assertion".into();
            }
            return false;
        }
        if let (
            TypeKind::Chan {
                dir: ChanDir::Both,
                elem: ve,
            },
            TypeKind::Chan { elem: te, .. },
        ) = (self.tt.kind(vu).clone(), self.tt.kind(tu).clone())
        {
            if self.tt.identical(ve, te) {
                return !self.tt.has_name(v) || !self.tt.has_name(t);
            }
        }
        false
    }

    /// go/types `operand.convertibleTo` (for non-constant conversions).
    pub(crate) fn convertible_to(
        &mut self,
        x: &Operand<'a>,
        t: TypeId,
        cause: &mut String,
    ) -> bool {
        let mut acause = String::new();
        if self.assignable_to(x, t, Some(&mut acause)) {
            return true;
        }
        *cause = acause;
        let v = x.typ;
        let vu = self.tt.underlying(v);
        let tu = self.tt.underlying(t);
        if self.identical_ignore_tags(vu, tu) {
            return true;
        }
        if let (TypeKind::Pointer(vb), TypeKind::Pointer(tb)) =
            (self.tt.kind(v).clone(), self.tt.kind(t).clone())
        {
            let (a, b) = (self.tt.underlying(vb), self.tt.underlying(tb));
            if self.identical_ignore_tags(a, b) {
                return true;
            }
        }
        let int_or_float = |c: &Self, t: TypeId| c.tt.is_integer(t) || c.tt.is_float(t);
        if int_or_float(self, vu) && int_or_float(self, tu) {
            return true;
        }
        if self.tt.is_complex(vu) && self.tt.is_complex(tu) {
            return true;
        }
        if (self.tt.is_integer(vu) || self.is_bytes_or_runes(vu)) && self.tt.is_string(tu) {
            return true;
        }
        if self.tt.is_string(vu) && self.is_bytes_or_runes(tu) {
            return true;
        }
        let is_uintptr = |c: &Self, t: TypeId| c.tt.basic_kind(t) == Some(BasicKind::Uintptr);
        let is_uptr = |c: &Self, t: TypeId| c.tt.basic_kind(t) == Some(BasicKind::UnsafePointer);
        if (self.tt.is_pointer(vu) || is_uintptr(self, vu)) && is_uptr(self, tu) {
            return true;
        }
        if is_uptr(self, vu) && (self.tt.is_pointer(tu) || is_uintptr(self, tu)) {
            return true;
        }
        if let TypeKind::Slice(se) = self.tt.kind(vu).clone() {
            match self.tt.kind(tu).clone() {
                TypeKind::Array { elem, .. } => {
                    if self.tt.identical(se, elem) {
                        return true;
                    }
                }
                TypeKind::Pointer(b) => {
                    if let TypeKind::Array { elem, .. } = self.tt.under_kind(b).clone() {
                        if self.tt.identical(se, elem) {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        false
    }

    fn identical_ignore_tags(&self, a: TypeId, b: TypeId) -> bool {
        if self.tt.identical(a, b) {
            return true;
        }
        match (self.tt.kind(a), self.tt.kind(b)) {
            (TypeKind::Struct(f1), TypeKind::Struct(f2)) => {
                f1.len() == f2.len()
                    && f1.iter().zip(f2.iter()).all(|(x, y)| {
                        x.name == y.name
                            && x.embedded == y.embedded
                            && self.tt.identical(x.typ, y.typ)
                    })
            }
            _ => false,
        }
    }

    fn is_bytes_or_runes(&self, t: TypeId) -> bool {
        match self.tt.kind(t) {
            TypeKind::Slice(e) => matches!(
                self.tt.basic_kind(*e),
                Some(BasicKind::Uint8 | BasicKind::Int32)
            ),
            _ => false,
        }
    }
}

impl TypeTable {
    /// Whether a method receiver type is a pointer (`func (p *T) M()`).
    pub fn decl_pointer_recv(&self, recv: TypeId) -> bool {
        matches!(self.kind(recv), TypeKind::Pointer(_))
    }
}

/// A field or method found by `lookup` (after checking, over a finished
/// `TypeTable` and object list; for code generation: method tables,
/// promoted methods).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    Field {
        obj: ObjId,
        index: Vec<usize>,
        indirect: bool,
    },
    /// A declared method of a defined type (`Func` object).
    Method {
        obj: ObjId,
        index: Vec<usize>,
        indirect: bool,
    },
    /// Method `method` of the interface type `iface` (an embedded interface
    /// field or an interface value); `index` ends with the method index.
    IfaceMethod {
        iface: TypeId,
        method: usize,
        index: Vec<usize>,
        indirect: bool,
    },
}

/// go/types' `LookupFieldOrMethod` over finished tables: the field or
/// method `name` of type `t` (exported names, or unexported ones of
/// package `pkg`). `None` if absent or ambiguous. Pointer-receiver methods
/// are found through values too; `Found::Method`'s `indirect` and the
/// receiver type of the `Func` object tell whether `&x` is needed.
pub fn lookup(
    tt: &TypeTable,
    objs: &[Object],
    t: TypeId,
    pkg: Option<PkgId>,
    name: &str,
) -> Option<Found> {
    if name == "_" {
        return None;
    }
    let same = |n: &str, p: Option<PkgId>| -> bool {
        n == name
            && (n.starts_with(|c: char| c.is_uppercase())
                || p.is_none()
                || pkg.is_none()
                || p == pkg)
    };
    let (typ, is_ptr) = match tt.kind(t) {
        TypeKind::Pointer(b) => (*b, true),
        _ => (t, false),
    };
    if is_ptr && tt.is_interface(typ) {
        return None;
    }
    let mut current = vec![Embedded {
        typ,
        index: vec![],
        indirect: is_ptr,
        multiples: false,
    }];
    let mut seen: Vec<TypeId> = Vec::new();
    while !current.is_empty() {
        let mut next: Vec<Embedded> = Vec::new();
        let mut found: Option<Found> = None;
        let mut ambiguous = false;
        for e in &current {
            if let TypeKind::Named(ni) = tt.kind(e.typ) {
                if seen.contains(&e.typ) {
                    continue;
                }
                seen.push(e.typ);
                let ms = &tt.named[*ni as usize].methods;
                if let Some((i, &m)) = ms
                    .iter()
                    .enumerate()
                    .find(|(_, &m)| same(&objs[m.0 as usize].name, objs[m.0 as usize].pkg))
                {
                    let mut idx = e.index.clone();
                    idx.push(i);
                    if found.is_some() || e.multiples {
                        ambiguous = true;
                    }
                    found = Some(Found::Method {
                        obj: m,
                        index: idx,
                        indirect: e.indirect,
                    });
                    continue;
                }
            }
            match tt.under_kind(e.typ) {
                TypeKind::Struct(fields) => {
                    for (i, f) in fields.iter().enumerate() {
                        if same(&f.name, f.pkg) {
                            let mut idx = e.index.clone();
                            idx.push(i);
                            if found.is_some() || e.multiples {
                                ambiguous = true;
                            }
                            found = Some(Found::Field {
                                obj: f.obj,
                                index: idx,
                                indirect: e.indirect,
                            });
                            continue;
                        }
                        if found.is_none() && f.embedded {
                            let (ft, p) = match tt.kind(f.typ) {
                                TypeKind::Pointer(b) => (*b, true),
                                _ => (f.typ, false),
                            };
                            let mut idx = e.index.clone();
                            idx.push(i);
                            next.push(Embedded {
                                typ: ft,
                                index: idx,
                                indirect: e.indirect || p,
                                multiples: e.multiples,
                            });
                        }
                    }
                }
                TypeKind::Interface { methods, .. } => {
                    if let Some(i) = methods.iter().position(|m| same(&m.name, m.pkg)) {
                        let mut idx = e.index.clone();
                        idx.push(i);
                        if found.is_some() || e.multiples {
                            ambiguous = true;
                        }
                        found = Some(Found::IfaceMethod {
                            iface: tt.underlying(e.typ),
                            method: i,
                            index: idx,
                            indirect: e.indirect,
                        });
                    }
                }
                _ => {}
            }
        }
        if ambiguous {
            return None;
        }
        if found.is_some() {
            return found;
        }
        let mut cons: Vec<Embedded> = Vec::new();
        for e in next {
            if let Some(p) = cons.iter_mut().find(|c| tt.identical(c.typ, e.typ)) {
                p.multiples = true;
            } else {
                cons.push(e);
            }
        }
        current = cons;
    }
    None
}
