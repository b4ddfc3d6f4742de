//! The abstract syntax tree, allocated in a `bumpalo` arena.
//!
//! The shapes mirror Go's `go/ast` package node for node, so that anyone who
//! knows `go/ast` (and `go/types`, which is written against it) can read the
//! parser, the checker and the code generator without a glossary. Differences:
//!
//! * Every `Expr` and every `Ident` carries a `NodeId`, dense from 0 per
//!   program (the parser hands them out from a counter shared by all files of
//!   all packages). The checker's side tables (`types::Info`) are `Vec`s
//!   indexed by `NodeId` instead of Go's maps keyed by node pointer.
//! * Types are expressions, as in `go/ast` (`ArrayType`, `StructType`, ...).
//! * Positions are `Pos`: a byte offset into the `SourceMap` (see `source.rs`),
//!   which turns them into `file:line:col` with Go's byte columns.
//! * Children are `&'a` references and `&'a [..]` slices into the arena; the
//!   tree is immutable once built.

use super::source::Pos;
use super::token::Token;
use std::cell::Cell;

/// Dense id of an `Expr` or `Ident` node, unique across the whole program.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct NodeId(pub u32);

impl NodeId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

#[derive(Debug)]
pub struct Ident<'a> {
    pub id: NodeId,
    pub pos: Pos,
    pub name: &'a str,
}

impl Ident<'_> {
    pub fn is_blank(&self) -> bool {
        self.name == "_"
    }
}

/// A source file: `package` clause, imports, top-level declarations.
#[derive(Debug)]
pub struct File<'a> {
    /// Index of the file in the `SourceMap`.
    pub file_index: u32,
    /// Position of the `package` keyword.
    pub package_pos: Pos,
    pub name: &'a Ident<'a>,
    pub imports: &'a [&'a ImportSpec<'a>],
    pub decls: &'a [Decl<'a>],
}

#[derive(Debug)]
pub struct ImportSpec<'a> {
    /// `import name "path"`; `.` and `_` appear as identifiers named "." / "_".
    pub name: Option<&'a Ident<'a>>,
    pub path: &'a BasicLit<'a>,
    /// Unquoted import path.
    pub path_value: &'a str,
    pub pos: Pos,
}

#[derive(Debug, Clone, Copy)]
pub enum Decl<'a> {
    Gen(&'a GenDecl<'a>),
    Func(&'a FuncDecl<'a>),
    /// A declaration the parser could not make sense of (it reported an error).
    Bad(Pos),
}

#[derive(Debug)]
pub struct GenDecl<'a> {
    pub pos: Pos,
    /// `Token::Import`, `Token::Const`, `Token::Type` or `Token::Var`.
    pub tok: Token,
    /// Position of `(` if the declaration is grouped.
    pub lparen: Option<Pos>,
    pub specs: &'a [Spec<'a>],
}

#[derive(Debug, Clone, Copy)]
pub enum Spec<'a> {
    Import(&'a ImportSpec<'a>),
    Value(&'a ValueSpec<'a>),
    Type(&'a TypeSpec<'a>),
}

/// `const`/`var` spec. For constants, an omitted type and value list repeats
/// the previous spec's (the parser does NOT copy them; the checker does), and
/// `iota` is the spec's index within its group.
#[derive(Debug)]
pub struct ValueSpec<'a> {
    pub names: &'a [&'a Ident<'a>],
    pub typ: Option<&'a Expr<'a>>,
    pub values: &'a [&'a Expr<'a>],
    pub iota: u32,
}

#[derive(Debug)]
pub struct TypeSpec<'a> {
    pub name: &'a Ident<'a>,
    pub type_params: Option<&'a FieldList<'a>>,
    /// Position of `=` for an alias declaration.
    pub assign: Option<Pos>,
    pub typ: &'a Expr<'a>,
}

#[derive(Debug)]
pub struct FuncDecl<'a> {
    pub recv: Option<&'a FieldList<'a>>,
    pub name: &'a Ident<'a>,
    pub typ: &'a FuncType<'a>,
    /// `None` for a function declared without a body (a native, in Burrow's
    /// standard library sources).
    pub body: Option<&'a BlockStmt<'a>>,
    /// Compiler directives written before the declaration, as gc collects
    /// them: the comment text after `//` (`"go:noinline"`, `"go:nosplit"`).
    pub pragmas: &'a [&'a str],
    /// An instance of a generic function or method, made by the checker
    /// (`syntax::clone`); it is checked and compiled like any function.
    pub instance: bool,
}

impl FuncDecl<'_> {
    /// A generic function or a method of a generic type, as written: only
    /// its instances are checked and compiled.
    pub fn is_generic(&self) -> bool {
        !self.instance && (self.typ.type_params.is_some() || self.recv_has_tparams())
    }

    /// Whether the receiver names type parameters (`func (s *Stack[T]) ...`).
    pub fn recv_has_tparams(&self) -> bool {
        let Some(f) = self.recv.and_then(|r| r.list.first()) else {
            return false;
        };
        let mut t = f.typ;
        loop {
            match &t.kind {
                ExprKind::Star(x) | ExprKind::Paren(x) => t = x,
                ExprKind::Index { .. } => return true,
                _ => return false,
            }
        }
    }
}

#[derive(Debug)]
pub struct FieldList<'a> {
    pub opening: Option<Pos>,
    pub list: &'a [&'a Field<'a>],
    pub closing: Option<Pos>,
}

impl FieldList<'_> {
    /// Number of declared entities (a field `a, b int` counts 2; an
    /// anonymous/embedded field counts 1).
    pub fn num_fields(&self) -> usize {
        self.list.iter().map(|f| f.names.len().max(1)).sum()
    }
}

#[derive(Debug)]
pub struct Field<'a> {
    /// Empty for anonymous parameters and embedded fields.
    pub names: &'a [&'a Ident<'a>],
    /// For a variadic parameter this is an `ExprKind::Ellipsis`.
    pub typ: &'a Expr<'a>,
    pub tag: Option<&'a BasicLit<'a>>,
}

#[derive(Debug)]
pub struct BasicLit<'a> {
    pub pos: Pos,
    /// `Token::Int`, `Float`, `Imag`, `Char` or `String`.
    pub kind: Token,
    /// The literal exactly as written in the source (quotes included).
    pub value: &'a str,
}

#[derive(Debug)]
pub struct FuncType<'a> {
    /// Position of `func` (or of the parameter list's `(` in a method spec).
    pub pos: Pos,
    pub type_params: Option<&'a FieldList<'a>>,
    pub params: &'a FieldList<'a>,
    pub results: Option<&'a FieldList<'a>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Debug)]
pub struct Expr<'a> {
    pub id: NodeId,
    /// The position Go reports for this expression: for a binary expression
    /// the operator, for a call the `(`, for a selector the `.`, for an index
    /// the `[`... exactly as `go/types`/gc errors and `-m` lines use them.
    /// (The syntax package of gc, not go/ast, decides these; see
    /// `cmd/compile/internal/syntax`.) `start()` gives the leftmost position.
    pub pos: Pos,
    pub kind: ExprKind<'a>,
    /// Set by the parser when the expression was written in parentheses.
    pub parens: Cell<u16>,
    /// Set by the checker on an `Index` that instantiates a generic
    /// function (`F[int]`): `unparen` looks through it to `F`, whose
    /// identifier the checker resolved to the instance.
    pub inst: Cell<bool>,
}

#[derive(Debug)]
pub enum ExprKind<'a> {
    /// Placeholder after a syntax error.
    Bad,
    Ident(&'a Ident<'a>),
    /// `...T` in a parameter list, or `[...]T` array length.
    Ellipsis(Option<&'a Expr<'a>>),
    BasicLit(&'a BasicLit<'a>),
    FuncLit {
        typ: &'a FuncType<'a>,
        body: &'a BlockStmt<'a>,
    },
    CompositeLit {
        /// `None` for elided types inside an outer composite literal.
        typ: Option<&'a Expr<'a>>,
        lbrace: Pos,
        elts: &'a [&'a Expr<'a>],
        rbrace: Pos,
    },
    Paren(&'a Expr<'a>),
    Selector {
        x: &'a Expr<'a>,
        sel: &'a Ident<'a>,
    },
    /// `x[i]`, or a generic instantiation `f[T]`/`T[A, B]` (several indices).
    Index {
        x: &'a Expr<'a>,
        indices: &'a [&'a Expr<'a>],
        rbrack: Pos,
    },
    Slice {
        x: &'a Expr<'a>,
        low: Option<&'a Expr<'a>>,
        high: Option<&'a Expr<'a>>,
        max: Option<&'a Expr<'a>>,
        slice3: bool,
        rbrack: Pos,
    },
    /// `x.(T)`; `typ` is `None` for `x.(type)` in a type switch.
    TypeAssert {
        x: &'a Expr<'a>,
        typ: Option<&'a Expr<'a>>,
    },
    Call {
        fun: &'a Expr<'a>,
        args: &'a [&'a Expr<'a>],
        /// Position of `...` in `f(xs...)`.
        ellipsis: Option<Pos>,
        rparen: Pos,
    },
    /// `*x`: a dereference or a pointer type.
    Star(&'a Expr<'a>),
    /// Unary `+ - ! ^ & <-`.
    Unary {
        op: Token,
        x: &'a Expr<'a>,
    },
    Binary {
        op: Token,
        x: &'a Expr<'a>,
        y: &'a Expr<'a>,
    },
    /// `key: value` inside a composite literal.
    KeyValue {
        key: &'a Expr<'a>,
        value: &'a Expr<'a>,
    },
    /// `[N]T`, `[...]T` (len is `Ellipsis(None)`), or `[]T` (len `None`).
    ArrayType {
        len: Option<&'a Expr<'a>>,
        elem: &'a Expr<'a>,
    },
    StructType {
        fields: &'a FieldList<'a>,
    },
    FuncType(&'a FuncType<'a>),
    /// Methods are `Field`s with one name and a `FuncType` type; embedded
    /// interfaces and type-set terms (`~int | string`) are `Field`s without
    /// names whose type is the element expression (`Binary{op: Or}` for
    /// unions, `Unary{op: Tilde}` for `~T`).
    InterfaceType {
        methods: &'a FieldList<'a>,
    },
    MapType {
        key: &'a Expr<'a>,
        value: &'a Expr<'a>,
    },
    ChanType {
        dir: ChanDir,
        /// Position of `<-` (for `<-chan`/`chan<-`), else of `chan`.
        arrow: Pos,
        value: &'a Expr<'a>,
    },
}

impl<'a> Expr<'a> {
    /// The leftmost position of the expression as gc computes it
    /// (`syntax.StartPos`): binary expressions, calls, selectors, indices,
    /// type assertions, key-value pairs and typed composite literals start
    /// at their left operand; everything else (including slices and
    /// parenthesized expressions) at `pos`. types2 reports most errors here.
    pub fn start(&self) -> Pos {
        let mut e = self;
        loop {
            e = match &e.kind {
                ExprKind::CompositeLit { typ: Some(t), .. } => t,
                ExprKind::KeyValue { key, .. } => key,
                ExprKind::Selector { x, .. }
                | ExprKind::Index { x, .. }
                | ExprKind::TypeAssert { x, .. }
                | ExprKind::Binary { x, .. } => x,
                ExprKind::Call { fun, .. } => fun,
                _ => return e.pos,
            };
        }
    }

    /// Strips any number of parentheses (and function instantiations
    /// `F[int]`, which denote the instance `F` was resolved to).
    pub fn unparen(&'a self) -> &'a Expr<'a> {
        let mut e = self;
        loop {
            match e.kind {
                ExprKind::Paren(x) => e = x,
                ExprKind::Index { x, .. } if e.inst.get() => e = x,
                _ => return e,
            }
        }
    }
}

#[derive(Debug)]
pub struct BlockStmt<'a> {
    pub lbrace: Pos,
    pub list: &'a [Stmt<'a>],
    pub rbrace: Pos,
}

#[derive(Debug)]
pub struct Stmt<'a> {
    pub pos: Pos,
    pub kind: StmtKind<'a>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BranchTok {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

#[derive(Debug)]
pub enum StmtKind<'a> {
    Bad,
    Decl(&'a GenDecl<'a>),
    Empty {
        /// True if the semicolon was implicit (inserted at newline/`}`).
        implicit: bool,
    },
    Labeled {
        label: &'a Ident<'a>,
        stmt: &'a Stmt<'a>,
    },
    Expr(&'a Expr<'a>),
    Send {
        chan: &'a Expr<'a>,
        value: &'a Expr<'a>,
    },
    /// `x++` / `x--` (`tok` is `Token::Inc` / `Token::Dec`).
    IncDec {
        x: &'a Expr<'a>,
        tok: Token,
    },
    /// `=`, `:=`, or an op-assignment such as `+=` (`tok` says which).
    Assign {
        lhs: &'a [&'a Expr<'a>],
        tok: Token,
        /// Position of the assignment operator.
        tok_pos: Pos,
        rhs: &'a [&'a Expr<'a>],
    },
    Go(&'a Expr<'a>),
    Defer(&'a Expr<'a>),
    Return {
        results: &'a [&'a Expr<'a>],
    },
    Branch {
        tok: BranchTok,
        label: Option<&'a Ident<'a>>,
    },
    Block(&'a BlockStmt<'a>),
    If {
        init: Option<&'a Stmt<'a>>,
        cond: &'a Expr<'a>,
        body: &'a BlockStmt<'a>,
        /// Either `Block` or another `If`.
        els: Option<&'a Stmt<'a>>,
    },
    /// Expression switch. Each clause is a `CaseClause`.
    Switch {
        init: Option<&'a Stmt<'a>>,
        tag: Option<&'a Expr<'a>>,
        body: &'a [&'a CaseClause<'a>],
        lbrace: Pos,
        rbrace: Pos,
    },
    /// Type switch: `switch [init;] [x :=] y.(type) { ... }`.
    TypeSwitch {
        init: Option<&'a Stmt<'a>>,
        /// The symbol `x` in `x := y.(type)`.
        bind: Option<&'a Ident<'a>>,
        /// The `y.(type)` expression (a `TypeAssert` with `typ: None`).
        x: &'a Expr<'a>,
        body: &'a [&'a CaseClause<'a>],
        lbrace: Pos,
        rbrace: Pos,
    },
    Select {
        body: &'a [&'a CommClause<'a>],
    },
    For {
        init: Option<&'a Stmt<'a>>,
        cond: Option<&'a Expr<'a>>,
        post: Option<&'a Stmt<'a>>,
        body: &'a BlockStmt<'a>,
    },
    /// `for [key [, value] (=|:=)] range x { ... }`.
    Range {
        key: Option<&'a Expr<'a>>,
        value: Option<&'a Expr<'a>>,
        /// `Token::Define`, `Token::Assign`, or `Token::Illegal` if there
        /// are no iteration variables.
        tok: Token,
        /// Position of the `range` keyword.
        range_pos: Pos,
        x: &'a Expr<'a>,
        body: &'a BlockStmt<'a>,
    },
}

#[derive(Debug)]
pub struct CaseClause<'a> {
    pub pos: Pos,
    /// Empty for `default`.
    pub list: &'a [&'a Expr<'a>],
    pub is_default: bool,
    pub colon: Pos,
    pub body: &'a [Stmt<'a>],
    /// For a type switch with a binding: the implicit per-clause variable is
    /// identified by this id in `Info::implicits` (allocated by the parser).
    pub implicit_id: NodeId,
}

#[derive(Debug)]
pub struct CommClause<'a> {
    pub pos: Pos,
    /// `None` for `default`; otherwise a `Send`, an `Expr` (receive), or an
    /// `Assign` whose rhs is a receive.
    pub comm: Option<&'a Stmt<'a>>,
    pub colon: Pos,
    pub body: &'a [Stmt<'a>],
}
