//! The type checker: `go/types` semantics over the `syntax::ast` tree.
//!
//! The data model mirrors `go/types` so that the checker, the escape analysis
//! and the code generator speak one vocabulary:
//!
//! * `TypeId` names an interned type in the `TypeTable`. Structural types
//!   (pointers, slices, maps, funcs, structs, ...) are hash-consed, so two
//!   identical types have the same id and type identity is `==` on ids.
//!   Named (defined) types are distinct per declaration.
//! * `ObjId` names an `Object` (var, const, type name, func, package name,
//!   builtin, nil, label), as `types.Object` does.
//! * `Info` holds the checker's results in side tables indexed by `NodeId`,
//!   like `types.Info`: the type and constant value of every expression, the
//!   object each identifier defines or uses, the selection behind every
//!   `x.f`, the implicit object of each type-switch clause.
//! * Layouts (`size_of`, `align_of`, field offsets) are those of gc on amd64
//!   and are computed here, once, for everybody (`layout.rs`).
//!
//! Phases: collect package-level objects of every package (imports resolved
//! to Burrow's standard library sources, see `crate::stdlib`), resolve types
//! of package-level declarations lazily with cycle detection, check function
//! bodies, compute the package-level initialisation order, report unused
//! variables/imports. Errors use go/types' (gc's) wording and positions;
//! the first 10 are reported, sorted by position, as gc does.

pub use crate::syntax::ast::{ChanDir, NodeId};
use crate::syntax::source::Pos;
use num_bigint::BigInt;
use num_rational::BigRational;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct TypeId(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct ObjId(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct PkgId(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BasicKind {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct StructField {
    pub name: String,
    pub typ: TypeId,
    pub embedded: bool,
    pub tag: String,
    /// Package of an unexported field name (for identity), else `None`.
    pub pkg: Option<PkgId>,
    /// The field's `Var` object.
    pub obj: ObjId,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last parameter is `...T` (its type in `params` is `[]T`).
    pub variadic: bool,
    /// Receiver type for method signatures (not part of identity for
    /// interned func types: the checker interns the receiver-less form).
    pub recv: Option<TypeId>,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct InterfaceMethod {
    pub name: String,
    pub pkg: Option<PkgId>,
    /// A `Signature` type without receiver.
    pub sig: TypeId,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TypeKind {
    Basic(BasicKind),
    Pointer(TypeId),
    Array {
        len: u64,
        elem: TypeId,
    },
    Slice(TypeId),
    Map {
        key: TypeId,
        value: TypeId,
    },
    Chan {
        dir: ChanDir,
        elem: TypeId,
    },
    Struct(Vec<StructField>),
    Signature(Signature),
    /// The complete method set, sorted by name (embedded interfaces
    /// flattened). Type-set terms (constraints) are kept in `terms`.
    Interface {
        methods: Vec<InterfaceMethod>,
        terms: Vec<(bool, TypeId)>,
    },
    /// A defined type; see `TypeTable::named`.
    Named(u32),
    /// Multiple results of a call.
    Tuple(Vec<TypeId>),
    /// A type parameter (index into its declaring list). It appears only in
    /// generic signatures and generic type declarations: bodies are checked
    /// per instance, with the parameters bound to the type arguments
    /// (see `generic.rs`).
    TypeParam {
        obj: ObjId,
        index: u32,
    },
}

#[derive(Clone, Debug)]
pub struct NamedType {
    /// The `TypeName` object.
    pub obj: ObjId,
    /// Underlying type (never itself `Named`); `Invalid` until resolved.
    pub underlying: TypeId,
    /// Declared methods (`Func` objects), in source order.
    pub methods: Vec<ObjId>,
    /// For an instance of a generic type (`Pair[string, int]`): the generic
    /// type's `TypeName` and the type arguments; the generic declaration
    /// itself is the instance with its own type parameters as arguments.
    pub origin: Option<ObjId>,
    pub targs: Vec<TypeId>,
}

/// All types of a program.
pub struct TypeTable {
    pub kinds: Vec<TypeKind>,
    pub named: Vec<NamedType>,
    pub intern: HashMap<TypeKind, TypeId>,
}

/// Well-known type ids, interned first in this order by `TypeTable::new`.
pub mod well_known {
    use super::TypeId;
    pub const INVALID: TypeId = TypeId(0);
    pub const BOOL: TypeId = TypeId(1);
    pub const INT: TypeId = TypeId(2);
    pub const INT8: TypeId = TypeId(3);
    pub const INT16: TypeId = TypeId(4);
    pub const INT32: TypeId = TypeId(5);
    pub const INT64: TypeId = TypeId(6);
    pub const UINT: TypeId = TypeId(7);
    pub const UINT8: TypeId = TypeId(8);
    pub const UINT16: TypeId = TypeId(9);
    pub const UINT32: TypeId = TypeId(10);
    pub const UINT64: TypeId = TypeId(11);
    pub const UINTPTR: TypeId = TypeId(12);
    pub const FLOAT32: TypeId = TypeId(13);
    pub const FLOAT64: TypeId = TypeId(14);
    pub const COMPLEX64: TypeId = TypeId(15);
    pub const COMPLEX128: TypeId = TypeId(16);
    pub const STRING: TypeId = TypeId(17);
    pub const UNSAFE_POINTER: TypeId = TypeId(18);
    pub const UNTYPED_BOOL: TypeId = TypeId(19);
    pub const UNTYPED_INT: TypeId = TypeId(20);
    pub const UNTYPED_RUNE: TypeId = TypeId(21);
    pub const UNTYPED_FLOAT: TypeId = TypeId(22);
    pub const UNTYPED_COMPLEX: TypeId = TypeId(23);
    pub const UNTYPED_STRING: TypeId = TypeId(24);
    pub const UNTYPED_NIL: TypeId = TypeId(25);
}

/// An exact constant value (go/constant semantics).
#[derive(Clone, PartialEq, Debug)]
pub enum ConstValue {
    Bool(bool),
    String(Rc<str>),
    Int(BigInt),
    Float(BigRational),
    Complex(BigRational, BigRational),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    // package unsafe
    Sizeof,
    Alignof,
    Offsetof,
    Add,
    Slice,
    String,
    StringData,
    SliceData,
}

#[derive(Clone, Debug)]
pub enum ObjKind {
    /// A variable, parameter, result, or struct field.
    Var {
        is_field: bool,
        is_param: bool,
        embedded: bool,
    },
    Const(ConstValue),
    TypeName,
    /// A function or method. `recv` is the receiver type for methods.
    Func {
        recv: Option<TypeId>,
        has_body: bool,
    },
    PkgName(PkgId),
    Builtin(Builtin),
    Nil,
    Label,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub kind: ObjKind,
    pub name: String,
    pub typ: TypeId,
    pub pos: Pos,
    pub pkg: Option<PkgId>,
    /// Package-level (declared in a package scope) object.
    pub global: bool,
}

/// How an expression may be used (go/types' operand modes).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    NoValue,
    Builtin,
    TypeExpr,
    Constant,
    /// Addressable.
    Variable,
    MapIndex,
    Value,
    /// A value that may be used in a comma-ok assignment (map index, type
    /// assertion, channel receive) -- recorded when actually used so, with a
    /// `Tuple(T, bool)` type.
    CommaOk,
}

#[derive(Clone, Debug)]
pub struct TypeAndValue {
    pub mode: Mode,
    /// For untyped constants: the type after implicit conversion (as
    /// go/types records after `updateExprType`), e.g. `float64` for `1` in
    /// `var f float64 = 1`; `untyped int` etc. only where it stays untyped
    /// (such as a constant shift count or an operand of a constant expression).
    pub typ: TypeId,
    pub value: Option<ConstValue>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SelectionKind {
    FieldVal,
    MethodVal,
    MethodExpr,
}

#[derive(Clone, Debug)]
pub struct Selection {
    pub kind: SelectionKind,
    /// Type of `x` in `x.f`.
    pub recv: TypeId,
    /// The field `Var` or method `Func`.
    pub obj: ObjId,
    /// Path of field indices from `recv` to the field or to the embedded
    /// value whose method this is (last entry: the field or method index),
    /// as go/types' `Selection.Index`.
    pub index: Vec<usize>,
    /// Whether any pointer indirection was needed along the path.
    pub indirect: bool,
}

/// A package-level variable initialisation in dependency order
/// (go/types' `Initializer`).
#[derive(Clone, Debug)]
pub struct Initializer {
    pub lhs: Vec<ObjId>,
    /// Node id of the right-hand side expression.
    pub rhs: NodeId,
}

#[derive(Default)]
pub struct Info<'a> {
    /// By expression `NodeId`.
    pub types: Vec<Option<TypeAndValue>>,
    /// By identifier `NodeId`: the object an identifier declares.
    pub defs: Vec<Option<ObjId>>,
    /// By identifier `NodeId`: the object an identifier refers to.
    pub uses: Vec<Option<ObjId>>,
    /// By `CaseClause::implicit_id`: the type-switch variable of that clause.
    pub implicits: HashMap<NodeId, ObjId>,
    /// By selector-expression `NodeId`.
    pub selections: HashMap<NodeId, Selection>,
    pub init_order: Vec<Initializer>,
    /// By the `x` of a `for ... range x` over a function: the block the
    /// checker rewrote the loop into (`rangefunc.rs`). Later phases compile
    /// that block in place of the loop.
    pub range_funcs: HashMap<NodeId, &'a crate::syntax::ast::Stmt<'a>>,
}

impl<'a> Info<'a> {
    pub fn type_of(&self, id: NodeId) -> Option<&TypeAndValue> {
        self.types.get(id.index()).and_then(|t| t.as_ref())
    }
    pub fn def(&self, id: NodeId) -> Option<ObjId> {
        self.defs.get(id.index()).copied().flatten()
    }
    pub fn use_(&self, id: NodeId) -> Option<ObjId> {
        self.uses.get(id.index()).copied().flatten()
    }
    /// The object an identifier defines or uses.
    pub fn object_of(&self, id: NodeId) -> Option<ObjId> {
        self.def(id).or_else(|| self.use_(id))
    }
}

mod call;
pub mod check;
pub mod constant;
mod expr;
mod generic;
pub mod layout;
pub mod lookup;
mod rangefunc;
mod stmt;
pub mod table;
mod typexpr;

pub use check::Checker;
pub use table::Qualifier;
