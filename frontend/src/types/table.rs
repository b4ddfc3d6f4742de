//! The type table: interning, predicates, identity, printing.

use super::well_known::*;
use super::*;

/// How `type_string` qualifies named types and spells a few types.
#[derive(Clone, Copy, Debug)]
pub enum Qualifier {
    /// `%T` / reflect style: always `pkg.Name`, `interface {}`, `struct { X int }`.
    Reflect,
    /// types2 error-message style: names of package `local` unqualified,
    /// `interface{}`, `struct{X int}`.
    Types2 { local: Option<PkgId> },
}

const BASIC_NAMES: [(BasicKind, &str); 26] = [
    (BasicKind::Invalid, "invalid type"),
    (BasicKind::Bool, "bool"),
    (BasicKind::Int, "int"),
    (BasicKind::Int8, "int8"),
    (BasicKind::Int16, "int16"),
    (BasicKind::Int32, "int32"),
    (BasicKind::Int64, "int64"),
    (BasicKind::Uint, "uint"),
    (BasicKind::Uint8, "uint8"),
    (BasicKind::Uint16, "uint16"),
    (BasicKind::Uint32, "uint32"),
    (BasicKind::Uint64, "uint64"),
    (BasicKind::Uintptr, "uintptr"),
    (BasicKind::Float32, "float32"),
    (BasicKind::Float64, "float64"),
    (BasicKind::Complex64, "complex64"),
    (BasicKind::Complex128, "complex128"),
    (BasicKind::String, "string"),
    (BasicKind::UnsafePointer, "unsafe.Pointer"),
    (BasicKind::UntypedBool, "untyped bool"),
    (BasicKind::UntypedInt, "untyped int"),
    (BasicKind::UntypedRune, "untyped rune"),
    (BasicKind::UntypedFloat, "untyped float"),
    (BasicKind::UntypedComplex, "untyped complex"),
    (BasicKind::UntypedString, "untyped string"),
    (BasicKind::UntypedNil, "untyped nil"),
];

pub fn basic_name(k: BasicKind) -> &'static str {
    BASIC_NAMES
        .iter()
        .find(|(b, _)| *b == k)
        .map(|(_, n)| *n)
        .unwrap_or("?")
}

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    /// A table holding the basic types at their `well_known` ids.
    pub fn new() -> Self {
        let mut t = TypeTable {
            kinds: Vec::new(),
            named: Vec::new(),
            intern: HashMap::new(),
        };
        for (k, _) in BASIC_NAMES.iter() {
            t.intern(TypeKind::Basic(*k));
        }
        t
    }

    pub fn intern(&mut self, k: TypeKind) -> TypeId {
        if let Some(&id) = self.intern.get(&k) {
            return id;
        }
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(k.clone());
        self.intern.insert(k, id);
        id
    }

    /// A new defined type whose underlying type is set later.
    pub fn new_named(&mut self, obj: ObjId) -> TypeId {
        let idx = self.named.len() as u32;
        self.named.push(NamedType {
            obj,
            underlying: INVALID,
            methods: Vec::new(),
            origin: None,
            targs: Vec::new(),
        });
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(TypeKind::Named(idx));
        id
    }

    pub fn kind(&self, t: TypeId) -> &TypeKind {
        &self.kinds[t.0 as usize]
    }
    pub fn pointer(&mut self, t: TypeId) -> TypeId {
        self.intern(TypeKind::Pointer(t))
    }
    pub fn slice(&mut self, t: TypeId) -> TypeId {
        self.intern(TypeKind::Slice(t))
    }
    pub fn tuple(&mut self, ts: Vec<TypeId>) -> TypeId {
        self.intern(TypeKind::Tuple(ts))
    }
    pub fn empty_interface(&mut self) -> TypeId {
        self.intern(TypeKind::Interface {
            methods: Vec::new(),
            terms: Vec::new(),
        })
    }
    pub fn func(&mut self, params: Vec<TypeId>, results: Vec<TypeId>, variadic: bool) -> TypeId {
        self.intern(TypeKind::Signature(Signature {
            params,
            results,
            variadic,
            recv: None,
        }))
    }

    pub fn named_info(&self, t: TypeId) -> Option<&NamedType> {
        match self.kind(t) {
            TypeKind::Named(i) => Some(&self.named[*i as usize]),
            _ => None,
        }
    }

    /// The underlying type (for a defined type its resolved underlying type).
    pub fn underlying(&self, t: TypeId) -> TypeId {
        match self.kind(t) {
            TypeKind::Named(i) => self.named[*i as usize].underlying,
            _ => t,
        }
    }
    pub fn under_kind(&self, t: TypeId) -> &TypeKind {
        self.kind(self.underlying(t))
    }
    pub fn basic_kind(&self, t: TypeId) -> Option<BasicKind> {
        match self.under_kind(t) {
            TypeKind::Basic(b) => Some(*b),
            _ => None,
        }
    }
    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Named(_))
    }
    /// Named types and basic types have names (go/types `hasName`).
    pub fn has_name(&self, t: TypeId) -> bool {
        matches!(
            self.kind(t),
            TypeKind::Named(_) | TypeKind::Basic(_) | TypeKind::TypeParam { .. }
        )
    }

    pub fn is_boolean(&self, t: TypeId) -> bool {
        matches!(
            self.basic_kind(t),
            Some(BasicKind::Bool | BasicKind::UntypedBool)
        )
    }
    pub fn is_integer(&self, t: TypeId) -> bool {
        use BasicKind::*;
        matches!(
            self.basic_kind(t),
            Some(
                Int | Int8
                    | Int16
                    | Int32
                    | Int64
                    | Uint
                    | Uint8
                    | Uint16
                    | Uint32
                    | Uint64
                    | Uintptr
                    | UntypedInt
                    | UntypedRune
            )
        )
    }
    pub fn is_unsigned(&self, t: TypeId) -> bool {
        use BasicKind::*;
        matches!(
            self.basic_kind(t),
            Some(Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
        )
    }
    pub fn is_float(&self, t: TypeId) -> bool {
        use BasicKind::*;
        matches!(self.basic_kind(t), Some(Float32 | Float64 | UntypedFloat))
    }
    pub fn is_complex(&self, t: TypeId) -> bool {
        use BasicKind::*;
        matches!(
            self.basic_kind(t),
            Some(Complex64 | Complex128 | UntypedComplex)
        )
    }
    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.is_integer(t) || self.is_float(t) || self.is_complex(t)
    }
    pub fn is_string(&self, t: TypeId) -> bool {
        matches!(
            self.basic_kind(t),
            Some(BasicKind::String | BasicKind::UntypedString)
        )
    }
    pub fn is_untyped(&self, t: TypeId) -> bool {
        // Untyped types are never named: check the type itself.
        matches!(self.kind(t), TypeKind::Basic(b) if is_untyped_kind(*b))
    }
    pub fn is_typed(&self, t: TypeId) -> bool {
        !self.is_untyped(t)
    }
    pub fn is_ordered(&self, t: TypeId) -> bool {
        self.is_integer(t) || self.is_float(t) || self.is_string(t)
    }
    pub fn is_const_type(&self, t: TypeId) -> bool {
        matches!(self.basic_kind(t), Some(k) if k != BasicKind::UnsafePointer && k != BasicKind::UntypedNil && k != BasicKind::Invalid)
    }
    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.under_kind(t), TypeKind::Interface { .. })
    }
    pub fn is_pointer(&self, t: TypeId) -> bool {
        matches!(self.under_kind(t), TypeKind::Pointer(_))
    }
    /// Values of this type are a single pointer word (pointers, maps, chans,
    /// funcs, unsafe.Pointer), as gc's `types.IsDirectIface`-style shape.
    pub fn is_pointer_shaped(&self, t: TypeId) -> bool {
        matches!(
            self.under_kind(t),
            TypeKind::Pointer(_)
                | TypeKind::Map { .. }
                | TypeKind::Chan { .. }
                | TypeKind::Signature(_)
                | TypeKind::Basic(BasicKind::UnsafePointer)
        )
    }
    pub fn is_valid(&self, t: TypeId) -> bool {
        t != INVALID
    }

    /// Pointer base type if `t`'s underlying type is a pointer.
    pub fn deref(&self, t: TypeId) -> Option<TypeId> {
        match self.under_kind(t) {
            TypeKind::Pointer(b) => Some(*b),
            _ => None,
        }
    }

    pub fn signature(&self, t: TypeId) -> Option<&Signature> {
        match self.under_kind(t) {
            TypeKind::Signature(s) => Some(s),
            _ => None,
        }
    }
    pub fn struct_fields(&self, t: TypeId) -> Option<&[StructField]> {
        match self.under_kind(t) {
            TypeKind::Struct(f) => Some(f),
            _ => None,
        }
    }
    pub fn interface_methods(&self, t: TypeId) -> Option<&[InterfaceMethod]> {
        match self.under_kind(t) {
            TypeKind::Interface { methods, .. } => Some(methods),
            _ => None,
        }
    }
    pub fn tuple_types(&self, t: TypeId) -> Option<&[TypeId]> {
        match self.kind(t) {
            TypeKind::Tuple(v) => Some(v),
            _ => None,
        }
    }

    /// Default type of an untyped type (go/types `Default`).
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.kind(t) {
            TypeKind::Basic(BasicKind::UntypedBool) => BOOL,
            TypeKind::Basic(BasicKind::UntypedInt) => INT,
            TypeKind::Basic(BasicKind::UntypedRune) => INT32,
            TypeKind::Basic(BasicKind::UntypedFloat) => FLOAT64,
            TypeKind::Basic(BasicKind::UntypedComplex) => COMPLEX128,
            TypeKind::Basic(BasicKind::UntypedString) => STRING,
            _ => t,
        }
    }

    /// Type identity (struct types are compared structurally, since their
    /// field objects make otherwise identical struct literals distinct ids).
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        match (self.kind(a), self.kind(b)) {
            (TypeKind::Basic(x), TypeKind::Basic(y)) => x == y,
            (TypeKind::Pointer(x), TypeKind::Pointer(y)) => self.identical(*x, *y),
            (TypeKind::Slice(x), TypeKind::Slice(y)) => self.identical(*x, *y),
            (TypeKind::Array { len: l1, elem: e1 }, TypeKind::Array { len: l2, elem: e2 }) => {
                l1 == l2 && self.identical(*e1, *e2)
            }
            (TypeKind::Map { key: k1, value: v1 }, TypeKind::Map { key: k2, value: v2 }) => {
                self.identical(*k1, *k2) && self.identical(*v1, *v2)
            }
            (TypeKind::Chan { dir: d1, elem: e1 }, TypeKind::Chan { dir: d2, elem: e2 }) => {
                d1 == d2 && self.identical(*e1, *e2)
            }
            (TypeKind::Struct(f1), TypeKind::Struct(f2)) => {
                f1.len() == f2.len()
                    && f1.iter().zip(f2.iter()).all(|(x, y)| {
                        x.name == y.name
                            && x.embedded == y.embedded
                            && x.tag == y.tag
                            && x.pkg == y.pkg
                            && self.identical(x.typ, y.typ)
                    })
            }
            (TypeKind::Signature(s1), TypeKind::Signature(s2)) => {
                s1.variadic == s2.variadic
                    && self.identical_list(&s1.params, &s2.params)
                    && self.identical_list(&s1.results, &s2.results)
            }
            (TypeKind::Tuple(x), TypeKind::Tuple(y)) => self.identical_list(x, y),
            (
                TypeKind::Interface {
                    methods: m1,
                    terms: t1,
                },
                TypeKind::Interface {
                    methods: m2,
                    terms: t2,
                },
            ) => {
                m1.len() == m2.len()
                    && t1.len() == t2.len()
                    && m1.iter().zip(m2.iter()).all(|(x, y)| {
                        x.name == y.name && x.pkg == y.pkg && self.identical(x.sig, y.sig)
                    })
                    && t1
                        .iter()
                        .zip(t2.iter())
                        .all(|(x, y)| x.0 == y.0 && self.identical(x.1, y.1))
            }
            _ => false,
        }
    }
    fn identical_list(&self, a: &[TypeId], b: &[TypeId]) -> bool {
        a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| self.identical(*x, *y))
    }

    /// Whether values of `t` are comparable with `==`.
    pub fn comparable(&self, t: TypeId) -> bool {
        self.comparable_rec(t, 0)
    }
    fn comparable_rec(&self, t: TypeId, depth: u32) -> bool {
        if depth > 100 {
            return true;
        }
        match self.under_kind(t) {
            TypeKind::Basic(b) => *b != BasicKind::UntypedNil,
            TypeKind::Pointer(_) | TypeKind::Chan { .. } | TypeKind::Interface { .. } => true,
            TypeKind::Struct(fs) => fs.iter().all(|f| self.comparable_rec(f.typ, depth + 1)),
            TypeKind::Array { elem, .. } => self.comparable_rec(*elem, depth + 1),
            TypeKind::TypeParam { .. } => true,
            _ => false,
        }
    }

    /// The name of the package path printed for `pkg` (set by the checker).
    pub fn type_string(
        &self,
        t: TypeId,
        q: Qualifier,
        pkg_name: &dyn Fn(PkgId) -> String,
        obj_name: &dyn Fn(ObjId) -> (String, Option<PkgId>),
    ) -> String {
        let mut s = String::new();
        self.write_type(&mut s, t, q, pkg_name, obj_name, 0);
        s
    }

    fn write_type(
        &self,
        s: &mut String,
        t: TypeId,
        q: Qualifier,
        pn: &dyn Fn(PkgId) -> String,
        on: &dyn Fn(ObjId) -> (String, Option<PkgId>),
        depth: u32,
    ) {
        if depth > 50 {
            s.push_str("...");
            return;
        }
        let reflect = matches!(q, Qualifier::Reflect);
        match self.kind(t) {
            TypeKind::Basic(b) => s.push_str(basic_name(*b)),
            TypeKind::Named(i) => {
                let (name, pkg) = on(self.named[*i as usize].obj);
                if let Some(p) = pkg {
                    let qualify = match q {
                        Qualifier::Reflect => true,
                        Qualifier::Types2 { local } => local != Some(p),
                    };
                    if qualify {
                        s.push_str(&pn(p));
                        s.push('.');
                    }
                }
                s.push_str(&name);
                let targs = &self.named[*i as usize].targs;
                if !targs.is_empty() {
                    s.push('[');
                    for (k, &a) in targs.iter().enumerate() {
                        if k > 0 {
                            s.push_str(if reflect { "," } else { ", " });
                        }
                        self.write_type(s, a, q, pn, on, depth + 1);
                    }
                    s.push(']');
                }
            }
            TypeKind::TypeParam { obj, .. } => s.push_str(&on(*obj).0),
            TypeKind::Pointer(b) => {
                s.push('*');
                self.write_type(s, *b, q, pn, on, depth + 1);
            }
            TypeKind::Slice(e) => {
                s.push_str("[]");
                self.write_type(s, *e, q, pn, on, depth + 1);
            }
            TypeKind::Array { len, elem } => {
                s.push_str(&format!("[{}]", len));
                self.write_type(s, *elem, q, pn, on, depth + 1);
            }
            TypeKind::Map { key, value } => {
                s.push_str("map[");
                self.write_type(s, *key, q, pn, on, depth + 1);
                s.push(']');
                self.write_type(s, *value, q, pn, on, depth + 1);
            }
            TypeKind::Chan { dir, elem } => {
                s.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                let paren = *dir == ChanDir::Both
                    && matches!(
                        self.kind(*elem),
                        TypeKind::Chan {
                            dir: ChanDir::Recv,
                            ..
                        }
                    );
                if paren {
                    s.push('(');
                }
                self.write_type(s, *elem, q, pn, on, depth + 1);
                if paren {
                    s.push(')');
                }
            }
            TypeKind::Struct(fs) => {
                if fs.is_empty() {
                    s.push_str(if reflect { "struct {}" } else { "struct{}" });
                    return;
                }
                s.push_str(if reflect { "struct { " } else { "struct{" });
                for (i, f) in fs.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write_type(s, f.typ, q, pn, on, depth + 1);
                    if !f.tag.is_empty() {
                        s.push(' ');
                        s.push_str(&format!("{:?}", f.tag));
                    }
                }
                s.push_str(if reflect { " }" } else { "}" });
            }
            TypeKind::Signature(sig) => {
                s.push_str("func");
                self.write_sig(s, sig, q, pn, on, depth);
            }
            TypeKind::Tuple(ts) => {
                s.push('(');
                for (i, e) in ts.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(s, *e, q, pn, on, depth + 1);
                }
                s.push(')');
            }
            TypeKind::Interface { methods, terms } => {
                if methods.is_empty() && terms.is_empty() {
                    s.push_str(if reflect {
                        "interface {}"
                    } else {
                        "interface{}"
                    });
                    return;
                }
                s.push_str(if reflect {
                    "interface { "
                } else {
                    "interface{"
                });
                let mut first = true;
                for m in methods {
                    if !first {
                        s.push_str("; ");
                    }
                    first = false;
                    s.push_str(&m.name);
                    if let TypeKind::Signature(sig) = self.kind(m.sig) {
                        self.write_sig(s, sig, q, pn, on, depth);
                    }
                }
                if !terms.is_empty() {
                    if !first {
                        s.push_str("; ");
                    }
                    for (i, (tilde, tt)) in terms.iter().enumerate() {
                        if i > 0 {
                            s.push_str(" | ");
                        }
                        if *tilde {
                            s.push('~');
                        }
                        self.write_type(s, *tt, q, pn, on, depth + 1);
                    }
                }
                s.push_str(if reflect { " }" } else { "}" });
            }
        }
    }

    fn write_sig(
        &self,
        s: &mut String,
        sig: &Signature,
        q: Qualifier,
        pn: &dyn Fn(PkgId) -> String,
        on: &dyn Fn(ObjId) -> (String, Option<PkgId>),
        depth: u32,
    ) {
        s.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if sig.variadic && i + 1 == sig.params.len() {
                s.push_str("...");
                let e = match self.kind(*p) {
                    TypeKind::Slice(e) => *e,
                    _ => *p,
                };
                self.write_type(s, e, q, pn, on, depth + 1);
            } else {
                self.write_type(s, *p, q, pn, on, depth + 1);
            }
        }
        s.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.write_type(s, sig.results[0], q, pn, on, depth + 1);
            }
            _ => {
                s.push_str(" (");
                for (i, r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(s, *r, q, pn, on, depth + 1);
                }
                s.push(')');
            }
        }
    }
}

pub fn is_untyped_kind(b: BasicKind) -> bool {
    use BasicKind::*;
    matches!(
        b,
        UntypedBool
            | UntypedInt
            | UntypedRune
            | UntypedFloat
            | UntypedComplex
            | UntypedString
            | UntypedNil
    )
}
