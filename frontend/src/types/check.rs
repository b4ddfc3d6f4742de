//! The type checker: go/types' algorithm over Burrow's AST.
//!
//! # Design
//!
//! One `Checker` checks a whole program, package by package in dependency
//! order (load.rs decides the order), filling one `TypeTable`, one object
//! list and one `Info`. It follows go/types (types2, the checker inside gc)
//! closely, so that every rule, every recorded type and every message can
//! be compared with the original:
//!
//! 1. *Collect.* Each package's files are walked once: imports become
//!    `PkgName` objects in per-file scopes, package-level consts, vars,
//!    types and funcs become objects in the package scope, each with a
//!    `DeclInfo` saying which spec declared it. Methods are filed under
//!    their receiver's base type name.
//! 2. *Resolve lazily.* `obj_decl` resolves one package-level object on
//!    demand, whenever an identifier refers to it, with white/grey/black
//!    colouring for cycle detection; the checking context (`Ctx`) is saved
//!    and restored around it, so a constant can be resolved in the middle of
//!    a function body. Type declarations come first so that methods are
//!    attached before anything looks them up.
//! 3. *Bodies.* Function bodies are checked after all package-level
//!    declarations (go/types' "delayed" actions), then unused imports are
//!    reported, then the initialisation order is computed from the
//!    dependencies recorded while checking (`record_dep`).
//!
//! Untyped expressions follow go/types exactly: an untyped operand is kept
//! in `untyped` until its final type is known (an assignment, a conversion,
//! a comparison partner); `update_expr_type` then walks the expression
//! tree down to its untyped leaves and records them with the final type,
//! except operands of constant expressions, which stay untyped (as
//! go/types records them). What is still untyped at the end of a package is
//! recorded as untyped. Constant arithmetic is exact (`constant.rs`).
//!
//! Invariants: every valid program gets a type for every expression node,
//! an object for every identifier and a selection for every field/method
//! selector (checked by tests/types_info.rs over all conformance
//! programs). The checker never panics on any input; an operand whose type
//! failed is `Invalid` and silences follow-on errors, as in go/types.
//!
//! Errors are collected in the order go/types reports them (function
//! bodies after all package-level declarations, unused variables at the
//! end of each function, unused imports last), because gc keeps the first
//! ten *reported* errors, sorts them by position and stops (load.rs).
//! Positions are those of types2: the start of the offending operand
//! (`Expr::start`) unless gc reports elsewhere (selectors at the selected
//! name, `missing return` at the closing brace, ...).
//!
//! # Messages (gc's wording, verified against go 1.27)
//!
//! | situation | message |
//! |---|---|
//! | unknown name | `undefined: x`, `undefined: fmt.Foo` |
//! | unused | `declared and not used: x`, `"os" imported and not used`, `"fmt" imported as f and not used` |
//! | redeclaration | `x redeclared in this block` + `\tPOS: other declaration of x`; `method T.M already declared at POS` |
//! | `:=` | `no new variables on left side of :=`, `non-name x.f on left side of :=` |
//! | assignability | `cannot use x (variable of type int) as string value in assignment` / `in variable declaration` / `in argument to f` / `in return statement` / `in struct literal` ...; `: T does not implement I (missing method M)`, `(method M has pointer receiver)`, `(wrong type for method M)` + have/want, `: need type assertion`; constants `(overflows)` / `(truncated)` |
//! | operand descriptions | `x (variable of type int)`, `x (variable of struct type P)`, `c (untyped int constant 5)`, `c (constant 5 of type int)`, `f() (value of type T)` |
//! | counts | `not enough arguments in call to f` / `too many ...` + `\thave (number)\n\twant (int, string)`; `not enough return values` / `too many return values` + have/want; `assignment mismatch: 2 variables but f returns 1 value`; `assignment mismatch: 2 variables but 1 value` |
//! | operators | `invalid operation: x + y (mismatched types int and string)`, `invalid operation: operator ! not defined on x (...)`, `invalid operation: s == s (slice can only be compared to nil)`, `invalid operation: division by zero`, shifts (`shift count ... must be integer`, `shifted operand ... must be integer`) |
//! | constants | `a * 2 (constant 200 of type int8) overflows int8`, `constant 256 overflows byte`, `cannot convert 3.5 (untyped float constant) to type int`, `1.5 (untyped float constant) truncated to uint` |
//! | statements | `non-boolean condition in if statement` / `in for statement`, `missing return`, `x (variable of type int) is not used`, `cannot assign to x (neither addressable nor a map index expression)`, `cannot assign to struct field m["a"].f in map`, `duplicate case 1 (constant of type int) in expression switch`, `duplicate case int in type switch` |
//! | selectors | `x.f undefined (type T has no field or method f)` (`, but does have field F`), `cannot call pointer method M on T`, `invalid method expression T.M (needs pointer receiver (*T).M)`, `ambiguous selector x.f` |
//! | interfaces | `impossible type assertion: i.(T)` + cause, `impossible type switch case: T` + cause, `x (...) is not an interface` |
//! | indexing | `invalid argument: index 5 out of bounds [0:3]`, `... must not be negative`, `cannot index x (...)`, `invalid operation: cannot indirect x (...)` |
//! | literals | `unknown field f in struct literal of type T`, `too few values in struct literal of type T`, `too many values ...`, `duplicate field name f in struct literal`, `duplicate key "a" in map literal`, `index 2 is out of bounds (>= 2)`, `duplicate index 1 in array or slice literal`, `missing key in map literal`, `invalid composite literal type T` |
//! | builtins | `invalid append: argument must be a slice; have ...`, `invalid argument: x (...) for built-in len`, `invalid operation: too many arguments for len(1, 2) (expected 1, found 2)`, `invalid operation: cannot close non-channel ...` |
//! | channels | `invalid operation: cannot send to receive-only channel T x (...)`, `cannot receive from send-only channel ...`, `... non-channel ...` |
//! | types | `T (local variable) is not a type`, `x (...) is not a type`, `invalid map key type T`, `invalid recursive type: T refers to itself`, `array length ... must be integer`, `invalid array length -1 (untyped int constant)`, `cannot define new methods on non-local type int` |
//! | program | `runtime.main_main·f: function main is undeclared in the main package`, `fmt already declared through import of package fmt ("fmt")` |
//!
//! Generics: `generic.rs` (instances are checked as copies); range over
//! functions: `rangefunc.rs` (rewritten into calls).
#![allow(
    clippy::collapsible_match,
    clippy::collapsible_if,
    clippy::unnecessary_unwrap,
    clippy::too_many_arguments,
    clippy::if_same_then_else
)]

use super::constant::*;
use super::table::Qualifier;
use super::well_known::*;
use super::*;
use crate::syntax::ast::*;
use crate::syntax::source::Error;
use crate::syntax::token::Token;

pub type ScopeId = usize;

pub struct Scope {
    pub parent: Option<ScopeId>,
    pub names: HashMap<String, ObjId>,
    /// A function's outermost scope (labels, results live here).
    pub is_func: bool,
}

/// What a package-level object was declared by.
#[derive(Clone, Copy)]
#[allow(dead_code)]
pub(crate) enum DeclInfo<'a> {
    Const {
        spec: &'a ValueSpec<'a>,
        typ: Option<&'a Expr<'a>>,
        init: Option<&'a Expr<'a>>,
        iota: u32,
        file_scope: ScopeId,
    },
    Var {
        spec: &'a ValueSpec<'a>,
        index: usize,
        file_scope: ScopeId,
    },
    Type {
        spec: &'a TypeSpec<'a>,
        file_scope: ScopeId,
    },
    Func {
        decl: &'a FuncDecl<'a>,
        file_scope: ScopeId,
    },
}

pub(crate) struct PkgData {
    pub name: String,
    pub path: String,
    pub scope: ScopeId,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum OpMode {
    Invalid,
    NoValue,
    Builtin,
    TypeExpr,
    Constant,
    Variable,
    MapIndex,
    Value,
    CommaOk,
    Nil,
}

#[derive(Clone)]
pub(crate) struct Operand<'a> {
    pub mode: OpMode,
    pub typ: TypeId,
    pub val: Option<ConstValue>,
    pub expr: Option<&'a Expr<'a>>,
    pub builtin: Option<Builtin>,
}

impl<'a> Operand<'a> {
    pub fn invalid(expr: Option<&'a Expr<'a>>) -> Self {
        Operand {
            mode: OpMode::Invalid,
            typ: INVALID,
            val: None,
            expr,
            builtin: None,
        }
    }
    pub fn is_invalid(&self) -> bool {
        self.mode == OpMode::Invalid
    }
    pub fn is_nil(&self) -> bool {
        self.mode == OpMode::Nil || (self.typ == UNTYPED_NIL && self.mode == OpMode::Value)
    }
}

/// An expression whose final type is not yet known (go/types' `untyped` map).
#[derive(Clone)]
#[allow(dead_code)]
pub(crate) struct UntypedInfo<'a> {
    pub expr: &'a Expr<'a>,
    pub is_lhs: bool,
    pub mode: OpMode,
    pub typ: TypeId,
    pub val: Option<ConstValue>,
}

/// Per-function (or per-declaration) checking state, saved and restored
/// around lazily resolved package-level declarations.
#[derive(Clone)]
#[allow(dead_code)]
pub(crate) struct Ctx {
    pub scope: ScopeId,
    pub sig: Option<TypeId>,
    /// Named result objects of the current function.
    pub results: Vec<ObjId>,
    pub iota: Option<ConstValue>,
    /// Package-level declaration whose dependencies are being recorded.
    pub decl: Option<ObjId>,
    pub file_scope: ScopeId,
    /// Local variables declared in the current top-level function, for
    /// the "declared and not used" report.
    pub locals: Vec<ObjId>,
    pub in_func: bool,
}

pub struct Checker<'a> {
    pub tt: TypeTable,
    pub objs: Vec<Object>,
    pub info: Info<'a>,
    /// In report order.
    pub errors: Vec<Error>,
    pub(crate) scopes: Vec<Scope>,
    pub(crate) universe: ScopeId,
    pub(crate) pkgs: Vec<PkgData>,
    pub(crate) cur_pkg: PkgId,
    pub(crate) decls: HashMap<ObjId, DeclInfo<'a>>,
    /// 0 white, 1 grey (being resolved), 2 black.
    pub(crate) color: HashMap<ObjId, u8>,
    pub(crate) used: Vec<bool>,
    pub(crate) untyped: HashMap<NodeId, UntypedInfo<'a>>,
    pub(crate) ctx: Ctx,
    /// Package-level dependency edges (var/const/func -> used var/func).
    pub(crate) deps: HashMap<ObjId, Vec<ObjId>>,
    /// Methods declared per receiver base type name, per package.
    pub(crate) pending_methods: HashMap<(PkgId, String), Vec<ObjId>>,
    /// Func objects of interface methods, by (interface type, index).
    pub(crate) iface_method_objs: HashMap<(TypeId, usize), ObjId>,
    pub any_type: TypeId,
    pub error_type: TypeId,
    pub(crate) unsafe_pkg: Option<PkgId>,
    /// Objects whose declaration is in a package-level var spec with a
    /// multi-value initializer: (spec ptr) -> already checked.
    pub(crate) multi_var_done: HashMap<usize, ()>,
    #[allow(dead_code)]
    pub(crate) has_body_errors: bool,
    /// Labels of the function being checked.
    pub(crate) labels: HashMap<String, ObjId>,
    /// Spelling of the target type for the next assignment error (`byte`).
    pub(crate) target_name: Option<(TypeId, String)>,
    /// (error index, position) pairs: the "other declaration" position to
    /// substitute for `OTHER_POS_MARK` in that error's message.
    pub other_pos: Vec<(usize, Pos)>,
    /// Expressions whose type is spelled `byte` in messages (string indexing).
    pub(crate) byte_nodes: std::collections::HashSet<NodeId>,
    /// Variables declared with the literal type `interface{}`.
    pub(crate) iface_spelled: std::collections::HashSet<ObjId>,
    /// PkgName objects of dot imports, by imported package.
    pub(crate) dot_imports: HashMap<PkgId, Vec<ObjId>>,
    /// Parameter and result names of declared functions (types2 prints
    /// signatures of function objects with them).
    pub(crate) sig_names: HashMap<ObjId, (Vec<String>, Vec<String>)>,
    /// Type declarations being resolved (for cycle reports).
    pub(crate) type_path: Vec<ObjId>,
    /// Set when a type declaration refers back to one still being resolved.
    pub(crate) type_cycle_at: Option<ObjId>,
    /// Objects already reported as part of a cycle.
    pub(crate) cycle_reported: std::collections::HashSet<ObjId>,
    /// Where instances of generic declarations are copied (`generic.rs`).
    pub arena: Option<&'a bumpalo::Bump>,
    /// Node ids continue from the parser's (copies need fresh ones).
    pub ids: crate::syntax::NodeIdGen,
    /// Generic functions and types, by object.
    pub(crate) generics: HashMap<ObjId, super::generic::Generic>,
    pub(crate) func_insts: HashMap<(ObjId, Vec<TypeId>), ObjId>,
    pub(crate) type_insts: HashMap<(ObjId, Vec<TypeId>), TypeId>,
    pub(crate) inst_queue: Vec<super::generic::InstBody<'a>>,
    pub(crate) inst_depth: u32,
    /// Every instance made, with the scope of the file declaring its
    /// generic original (the loader appends it to that file).
    pub instances: Vec<(ScopeId, &'a FuncDecl<'a>)>,
    /// File scopes and the `SourceMap` index of their file.
    pub file_of_scope: HashMap<ScopeId, u32>,
    /// Expressions denoting a generic function not yet instantiated, with
    /// the type arguments given so far (`F`, `F[int]` of `F[K, V]`).
    pub(crate) generic_ops: HashMap<NodeId, (ObjId, Vec<TypeId>)>,
    /// The predeclared `comparable`.
    pub(crate) comparable_type: TypeId,
    /// Range-over-func loops rewritten so far (numbers their names).
    pub(crate) range_n: u32,
    /// The label of the statement being checked, if it is labeled.
    pub(crate) range_label: Option<String>,
    /// Nonzero while an instance body is checked: checks that generic code
    /// makes against the constraint, not the type argument, are skipped
    /// (impossible assertions, duplicate cases).
    pub(crate) in_instance: u32,
    /// The aliases binding type parameter names to type arguments in
    /// instances: a conversion to one is never constant.
    pub(crate) tparam_aliases: std::collections::HashSet<ObjId>,
    /// Instantiation limits (`generic.rs`).
    pub(crate) inst_gen: u32,
    pub(crate) inst_count: u32,
    pub(crate) inst_cycle_reported: bool,
    /// Receiver types of methods of generic types' instances.
    pub(crate) inst_recv: HashMap<ObjId, TypeId>,
    /// Type arguments seen, for `canon_targs`.
    pub(crate) canon_types: Vec<TypeId>,
    /// Nonzero while a constraint (or an interface's embedded element) is
    /// resolved; `constraint_ok_once` lets the next type expression (a type
    /// declaration's right-hand side) be a constraint interface.
    pub(crate) in_constraint: u32,
    pub(crate) constraint_ok_once: bool,
}

pub(crate) fn start_pos(e: &Expr<'_>) -> Pos {
    match &e.kind {
        ExprKind::Binary { x, .. } => start_pos(x),
        ExprKind::Call { fun, .. } => start_pos(fun),
        ExprKind::Selector { x, .. } => start_pos(x),
        ExprKind::Index { x, .. } => start_pos(x),
        ExprKind::Slice { x, .. } => start_pos(x),
        ExprKind::TypeAssert { x, .. } => start_pos(x),
        ExprKind::KeyValue { key, .. } => start_pos(key),
        ExprKind::CompositeLit { typ: Some(t), .. } => start_pos(t),
        ExprKind::Ident(id) => id.pos,
        _ => e.pos,
    }
}

impl<'a> Checker<'a> {
    pub fn new() -> Self {
        let mut c = Checker {
            tt: TypeTable::new(),
            objs: Vec::new(),
            info: Info::default(),
            errors: Vec::new(),
            scopes: Vec::new(),
            universe: 0,
            pkgs: Vec::new(),
            cur_pkg: PkgId(0),
            decls: HashMap::new(),
            color: HashMap::new(),
            used: Vec::new(),
            untyped: HashMap::new(),
            ctx: Ctx {
                scope: 0,
                sig: None,
                results: Vec::new(),
                iota: None,
                decl: None,
                file_scope: 0,
                locals: Vec::new(),
                in_func: false,
            },
            deps: HashMap::new(),
            pending_methods: HashMap::new(),
            iface_method_objs: HashMap::new(),
            any_type: INVALID,
            error_type: INVALID,
            unsafe_pkg: None,
            multi_var_done: HashMap::new(),
            has_body_errors: false,
            labels: HashMap::new(),
            target_name: None,
            other_pos: Vec::new(),
            byte_nodes: std::collections::HashSet::new(),
            iface_spelled: std::collections::HashSet::new(),
            dot_imports: HashMap::new(),
            sig_names: HashMap::new(),
            type_path: Vec::new(),
            type_cycle_at: None,
            cycle_reported: std::collections::HashSet::new(),
            arena: None,
            ids: crate::syntax::NodeIdGen::default(),
            generics: HashMap::new(),
            func_insts: HashMap::new(),
            type_insts: HashMap::new(),
            inst_queue: Vec::new(),
            inst_depth: 0,
            instances: Vec::new(),
            file_of_scope: HashMap::new(),
            generic_ops: HashMap::new(),
            comparable_type: INVALID,
            range_n: 0,
            range_label: None,
            in_instance: 0,
            tparam_aliases: std::collections::HashSet::new(),
            inst_gen: 0,
            inst_count: 0,
            inst_cycle_reported: false,
            inst_recv: HashMap::new(),
            canon_types: Vec::new(),
            in_constraint: 0,
            constraint_ok_once: false,
        };
        c.universe = c.new_scope(None, false);
        c.define_universe();
        c
    }

    // ---- objects and scopes ----

    pub(crate) fn new_obj(
        &mut self,
        kind: ObjKind,
        name: &str,
        typ: TypeId,
        pos: Pos,
        pkg: Option<PkgId>,
    ) -> ObjId {
        let id = ObjId(self.objs.len() as u32);
        self.objs.push(Object {
            kind,
            name: name.to_string(),
            typ,
            pos,
            pkg,
            global: false,
        });
        self.used.push(false);
        id
    }

    pub(crate) fn new_scope(&mut self, parent: Option<ScopeId>, is_func: bool) -> ScopeId {
        self.scopes.push(Scope {
            parent,
            names: HashMap::new(),
            is_func,
        });
        self.scopes.len() - 1
    }

    pub(crate) fn open_scope(&mut self) {
        let s = self.new_scope(Some(self.ctx.scope), false);
        self.ctx.scope = s;
    }
    pub(crate) fn close_scope(&mut self) {
        if let Some(p) = self.scopes[self.ctx.scope].parent {
            self.ctx.scope = p;
        }
    }

    pub(crate) fn lookup(&self, name: &str) -> Option<ObjId> {
        let mut s = Some(self.ctx.scope);
        while let Some(i) = s {
            if let Some(&o) = self.scopes[i].names.get(name) {
                return Some(o);
            }
            s = self.scopes[i].parent;
        }
        None
    }

    /// Declares `obj` in scope `s`; reports a redeclaration.
    pub(crate) fn declare(&mut self, s: ScopeId, ident: Option<&Ident<'_>>, obj: ObjId) -> bool {
        let name = self.objs[obj.0 as usize].name.clone();
        if let Some(id) = ident {
            self.record_def(id, Some(obj));
        }
        if name == "_" {
            return true;
        }
        if let Some(&other) = self.scopes[s].names.get(&name) {
            let pos = self.objs[obj.0 as usize].pos;
            let opos = self.objs[other.0 as usize].pos;
            self.error_other(
                pos,
                format!("{} redeclared in this block", name),
                opos,
                &name,
            );
            return false;
        }
        self.scopes[s].names.insert(name, obj);
        true
    }

    pub(crate) fn error_other(&mut self, pos: Pos, msg: String, other: Pos, name: &str) {
        if other.is_valid() {
            self.errors.push(Error::new(
                pos,
                format!(
                    "{}\n\t{}: other declaration of {}",
                    msg, OTHER_POS_MARK, name
                ),
            ));
            // The position of the other declaration is filled in by load.rs
            // (it needs the SourceMap); we keep it in a side list.
            self.other_positions_push(other);
        } else {
            self.errors.push(Error::new(pos, msg));
        }
    }

    fn other_positions_push(&mut self, p: Pos) {
        let n = self.errors.len() - 1;
        self.other_pos.push((n, p));
    }

    pub(crate) fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        self.errors.push(Error::new(pos, msg));
    }
    pub(crate) fn error_at(&mut self, e: &Expr<'_>, msg: impl Into<String>) {
        self.errors.push(Error::new(start_pos(e), msg));
    }

    pub(crate) fn record_def(&mut self, id: &Ident<'_>, obj: Option<ObjId>) {
        let i = id.id.index();
        if self.info.defs.len() <= i {
            self.info.defs.resize(i + 1, None);
        }
        self.info.defs[i] = obj;
    }
    pub(crate) fn record_use(&mut self, id: &Ident<'_>, obj: ObjId) {
        let i = id.id.index();
        if self.info.uses.len() <= i {
            self.info.uses.resize(i + 1, None);
        }
        self.info.uses[i] = Some(obj);
    }
    pub(crate) fn record_type(
        &mut self,
        id: NodeId,
        mode: OpMode,
        typ: TypeId,
        val: Option<ConstValue>,
    ) {
        let mode = match mode {
            OpMode::Invalid => return,
            OpMode::NoValue => Mode::NoValue,
            OpMode::Builtin => Mode::Builtin,
            OpMode::TypeExpr => Mode::TypeExpr,
            OpMode::Constant => Mode::Constant,
            OpMode::Variable => Mode::Variable,
            OpMode::MapIndex => Mode::MapIndex,
            OpMode::Value | OpMode::Nil => Mode::Value,
            OpMode::CommaOk => Mode::CommaOk,
        };
        let i = id.index();
        if self.info.types.len() <= i {
            self.info.types.resize(i + 1, None);
        }
        self.info.types[i] = Some(TypeAndValue {
            mode,
            typ,
            value: val,
        });
    }

    pub(crate) fn obj(&self, o: ObjId) -> &Object {
        &self.objs[o.0 as usize]
    }

    // ---- printing ----

    pub fn type_str(&self, t: TypeId) -> String {
        if t == self.any_type && t != INVALID {
            return "any".into();
        }
        let local = Some(self.cur_pkg);
        let pn = |p: PkgId| {
            self.pkgs
                .get(p.0 as usize)
                .map(|d| d.name.clone())
                .unwrap_or_default()
        };
        let on = |o: ObjId| {
            let ob = &self.objs[o.0 as usize];
            (ob.name.clone(), ob.pkg)
        };
        let s = self
            .tt
            .type_string(t, Qualifier::Types2 { local }, &pn, &on);
        // Empty interfaces print as `any` (modern code spells them so; a
        // variable declared `interface{}` is handled by `spelled_iface`).
        s.replace("interface{}", "any")
    }

    /// Whether `t` mentions an invalid type (errors involving it are
    /// follow-on errors and suppressed, as in go/types).
    pub(crate) fn contains_invalid(&self, t: TypeId, depth: u32) -> bool {
        if t == INVALID {
            return true;
        }
        if depth > 8 {
            return false;
        }
        match self.tt.kind(t) {
            TypeKind::Named(_) => self.tt.underlying(t) == INVALID,
            TypeKind::Pointer(e) | TypeKind::Slice(e) => self.contains_invalid(*e, depth + 1),
            TypeKind::Array { elem, .. } | TypeKind::Chan { elem, .. } => {
                self.contains_invalid(*elem, depth + 1)
            }
            TypeKind::Map { key, value } => {
                self.contains_invalid(*key, depth + 1) || self.contains_invalid(*value, depth + 1)
            }
            TypeKind::Signature(sig) => sig
                .params
                .iter()
                .chain(sig.results.iter())
                .any(|&p| self.contains_invalid(p, depth + 1)),
            TypeKind::Tuple(ts) => ts.iter().any(|&p| self.contains_invalid(p, depth + 1)),
            TypeKind::Struct(fs) => fs.iter().any(|f| self.contains_invalid(f.typ, depth + 1)),
            TypeKind::Interface { methods, .. } => methods
                .iter()
                .any(|m| self.contains_invalid(m.sig, depth + 1)),
            _ => false,
        }
    }

    /// Whether `x` names a variable declared with the literal type
    /// `interface{}` (printed so, rather than `any`, in messages).
    pub(crate) fn spelled_iface(&self, x: &Operand<'a>) -> bool {
        if x.typ != self.any_type {
            return false;
        }
        let Some(e) = x.expr else { return false };
        match &e.unparen().kind {
            ExprKind::Ident(id) => self
                .info
                .use_(id.id)
                .map(|o| self.iface_spelled.contains(&o))
                .unwrap_or(false),
            _ => false,
        }
    }

    /// The type of `x` as messages spell it.
    pub(crate) fn operand_type_str(&self, x: &Operand<'a>) -> String {
        if self.spelled_iface(x) {
            "interface{}".to_string()
        } else if let Some(s) = self.named_sig_str(x) {
            s
        } else {
            self.type_str(x.typ)
        }
    }

    /// The signature of a function object denoted by `x`, with parameter names.
    pub(crate) fn named_sig_str(&self, x: &Operand<'a>) -> Option<String> {
        let e = x.expr?;
        let id = match &e.unparen().kind {
            ExprKind::Ident(id) => id,
            ExprKind::Selector { sel, .. } => sel,
            _ => return None,
        };
        let o = self.info.use_(id.id)?;
        let (pn, rn) = self.sig_names.get(&o)?;
        if !pn.iter().chain(rn.iter()).any(|n| !n.is_empty()) {
            return None;
        }
        let sig = self.tt.signature(x.typ)?;
        if sig.params.len() != pn.len() || sig.results.len() != rn.len() {
            return None;
        }
        let mut s = String::from("func(");
        for (i, (&t, n)) in sig.params.iter().zip(pn.iter()).enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if !n.is_empty() {
                s.push_str(n);
                s.push(' ');
            }
            if sig.variadic && i + 1 == sig.params.len() {
                let el = match self.tt.kind(t) {
                    TypeKind::Slice(e) => *e,
                    _ => t,
                };
                s.push_str("...");
                s.push_str(&self.type_str(el));
            } else {
                s.push_str(&self.type_str(t));
            }
        }
        s.push(')');
        let named_results = rn.iter().any(|n| !n.is_empty());
        if sig.results.len() == 1 && !named_results {
            s.push(' ');
            s.push_str(&self.type_str(sig.results[0]));
        } else if !sig.results.is_empty() {
            s.push_str(" (");
            for (i, (&t, n)) in sig.results.iter().zip(rn.iter()).enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                if !n.is_empty() {
                    s.push_str(n);
                    s.push(' ');
                }
                s.push_str(&self.type_str(t));
            }
            s.push(')');
        }
        Some(s)
    }

    /// go/types' operand description, e.g. `x (variable of type int)`.
    pub(crate) fn op_str(&self, x: &Operand<'a>) -> String {
        if x.is_nil() {
            return "nil".into();
        }
        let expr = match x.expr {
            Some(e) => expr_string(e),
            None => match x.mode {
                OpMode::TypeExpr => self.type_str(x.typ),
                OpMode::Constant => x.val.as_ref().map(const_string).unwrap_or_default(),
                _ => String::new(),
            },
        };
        let mut buf = String::new();
        if !expr.is_empty() {
            buf.push_str(&expr);
            buf.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            OpMode::Invalid | OpMode::NoValue | OpMode::Builtin | OpMode::TypeExpr => {}
            _ => {
                if self.tt.is_untyped(x.typ) {
                    buf.push_str(table::basic_name(
                        self.tt.basic_kind(x.typ).unwrap_or(BasicKind::Invalid),
                    ));
                    buf.push(' ');
                } else {
                    has_type = true;
                }
            }
        }
        buf.push_str(match x.mode {
            OpMode::Invalid => "invalid operand",
            OpMode::NoValue => "no value",
            OpMode::Builtin => "built-in",
            OpMode::TypeExpr => "type",
            OpMode::Constant => "constant",
            OpMode::Variable => "variable",
            OpMode::MapIndex => "map index expression",
            OpMode::Value => "value",
            OpMode::CommaOk => "comma, ok expression",
            OpMode::Nil => "nil",
        });
        if x.mode == OpMode::Constant {
            if let Some(v) = &x.val {
                let s = const_string(v);
                if s != expr {
                    buf.push(' ');
                    buf.push_str(&s);
                }
            }
        }
        if has_type {
            if x.typ != INVALID {
                let mut desc = String::new();
                if self.tt.is_named(x.typ) || (x.typ == self.any_type && !self.spelled_iface(x)) {
                    let what = composite_kind(self.tt.under_kind(x.typ));
                    let what = if what.is_empty() {
                        table::basic_name(self.tt.basic_kind(x.typ).unwrap_or(BasicKind::Invalid))
                            .to_string()
                    } else {
                        what.to_string()
                    };
                    desc = format!("{} ", what);
                }
                let ts = if self.spelled_iface(x) {
                    "interface{}".to_string()
                } else if let Some(n) = self.named_sig_str(x) {
                    n
                } else if x.typ == UINT8
                    && x.expr
                        .map(|e| self.byte_nodes.contains(&e.id))
                        .unwrap_or(false)
                {
                    "byte".to_string()
                } else {
                    self.type_str(x.typ)
                };
                buf.push_str(&format!(" of {}type {}", desc, ts));
            } else {
                buf.push_str(" with invalid type");
            }
        }
        if !expr.is_empty() {
            buf.push(')');
        }
        buf
    }

    // ---- universe ----

    fn define_universe(&mut self) {
        let u = self.universe;
        let basics: [(&str, TypeId); 20] = [
            ("bool", BOOL),
            ("int", INT),
            ("int8", INT8),
            ("int16", INT16),
            ("int32", INT32),
            ("int64", INT64),
            ("uint", UINT),
            ("uint8", UINT8),
            ("uint16", UINT16),
            ("uint32", UINT32),
            ("uint64", UINT64),
            ("uintptr", UINTPTR),
            ("float32", FLOAT32),
            ("float64", FLOAT64),
            ("complex64", COMPLEX64),
            ("complex128", COMPLEX128),
            ("string", STRING),
            ("byte", UINT8),
            ("rune", INT32),
            ("_unused", INVALID),
        ];
        for (n, t) in basics.iter() {
            if *n == "_unused" {
                continue;
            }
            let o = self.new_obj(ObjKind::TypeName, n, *t, Pos::NONE, None);
            self.scopes[u].names.insert(n.to_string(), o);
        }
        let any = self.tt.empty_interface();
        self.any_type = any;
        let o = self.new_obj(ObjKind::TypeName, "any", any, Pos::NONE, None);
        self.scopes[u].names.insert("any".into(), o);
        // error
        let eo = self.new_obj(ObjKind::TypeName, "error", INVALID, Pos::NONE, None);
        let et = self.tt.new_named(eo);
        self.objs[eo.0 as usize].typ = et;
        let sig = self.tt.func(vec![], vec![STRING], false);
        let iface = self.tt.intern(TypeKind::Interface {
            methods: vec![InterfaceMethod {
                name: "Error".into(),
                pkg: None,
                sig,
            }],
            terms: vec![],
        });
        if let TypeKind::Named(i) = self.tt.kind(et).clone() {
            self.tt.named[i as usize].underlying = iface;
        }
        self.error_type = et;
        self.scopes[u].names.insert("error".into(), eo);
        // comparable (a constraint interface; only meaningful with generics)
        let co = self.new_obj(ObjKind::TypeName, "comparable", INVALID, Pos::NONE, None);
        let ct = self.tt.new_named(co);
        self.objs[co.0 as usize].typ = ct;
        self.comparable_type = ct;
        if let TypeKind::Named(i) = self.tt.kind(ct).clone() {
            self.tt.named[i as usize].underlying = any;
        }
        self.scopes[u].names.insert("comparable".into(), co);

        for (n, v) in [("true", true), ("false", false)] {
            let o = self.new_obj(
                ObjKind::Const(ConstValue::Bool(v)),
                n,
                UNTYPED_BOOL,
                Pos::NONE,
                None,
            );
            self.scopes[u].names.insert(n.into(), o);
        }
        let o = self.new_obj(ObjKind::Const(int(0)), "iota", UNTYPED_INT, Pos::NONE, None);
        self.scopes[u].names.insert("iota".into(), o);
        let o = self.new_obj(ObjKind::Nil, "nil", UNTYPED_NIL, Pos::NONE, None);
        self.scopes[u].names.insert("nil".into(), o);
        use Builtin::*;
        for (n, b) in [
            ("append", Append),
            ("cap", Cap),
            ("clear", Clear),
            ("close", Close),
            ("complex", Complex),
            ("copy", Copy),
            ("delete", Delete),
            ("imag", Imag),
            ("len", Len),
            ("make", Make),
            ("max", Max),
            ("min", Min),
            ("new", New),
            ("panic", Panic),
            ("print", Print),
            ("println", Println),
            ("real", Real),
            ("recover", Recover),
        ] {
            let o = self.new_obj(ObjKind::Builtin(b), n, INVALID, Pos::NONE, None);
            self.scopes[u].names.insert(n.into(), o);
        }
    }

    /// Creates package `unsafe` (no source files).
    pub fn add_unsafe_package(&mut self) -> PkgId {
        if let Some(p) = self.unsafe_pkg {
            return p;
        }
        let id = PkgId(self.pkgs.len() as u32);
        let s = self.new_scope(Some(self.universe), false);
        self.pkgs.push(PkgData {
            name: "unsafe".into(),
            path: "unsafe".into(),
            scope: s,
        });
        let po = self.new_obj(
            ObjKind::TypeName,
            "Pointer",
            UNSAFE_POINTER,
            Pos::NONE,
            Some(id),
        );
        self.scopes[s].names.insert("Pointer".into(), po);
        use Builtin::*;
        for (n, b) in [
            ("Sizeof", Sizeof),
            ("Alignof", Alignof),
            ("Offsetof", Offsetof),
            ("Add", Add),
            ("Slice", Slice),
            ("String", String),
            ("StringData", StringData),
            ("SliceData", SliceData),
        ] {
            let o = self.new_obj(ObjKind::Builtin(b), n, INVALID, Pos::NONE, Some(id));
            self.objs[o.0 as usize].global = true;
            self.scopes[s].names.insert(n.into(), o);
        }
        self.unsafe_pkg = Some(id);
        id
    }

    pub(crate) fn pkg_by_path(&self, path: &str) -> Option<PkgId> {
        self.pkgs
            .iter()
            .position(|p| p.path == path)
            .map(|i| PkgId(i as u32))
    }

    // ---- packages ----

    /// Checks one package whose imports are already checked.
    pub fn check_package(&mut self, path: &str, files: &[&'a File<'a>], implicit: bool) -> PkgId {
        let _ = implicit;
        let id = PkgId(self.pkgs.len() as u32);
        let name = files
            .first()
            .map(|f| f.name.name.to_string())
            .unwrap_or_else(|| path.to_string());
        let pscope = self.new_scope(Some(self.universe), false);
        self.pkgs.push(PkgData {
            name: name.clone(),
            path: path.to_string(),
            scope: pscope,
        });
        self.cur_pkg = id;
        let first_err = self.errors.len();
        let _ = first_err;

        // Package names must agree.
        for f in files.iter().skip(1) {
            if f.name.name != name {
                self.error(
                    f.name.pos,
                    format!("package {}; expected package {}", f.name.name, name),
                );
            }
        }

        // Phase 1: collect objects.
        let mut order: Vec<ObjId> = Vec::new();
        let mut methods: Vec<(ObjId, &'a FuncDecl<'a>, ScopeId)> = Vec::new();
        let mut funcs: Vec<(ObjId, &'a FuncDecl<'a>, ScopeId)> = Vec::new();
        let mut imports: Vec<(ObjId, Pos, String)> = Vec::new();
        for f in files {
            let fscope = self.new_scope(Some(pscope), false);
            self.file_of_scope.insert(fscope, f.file_index);
            for imp in f.imports.iter() {
                let Some(pid) = self.pkg_by_path(imp.path_value) else {
                    continue;
                };
                let pname = self.pkgs[pid.0 as usize].name.clone();
                let (local, ident) = match imp.name {
                    Some(n) => (n.name.to_string(), Some(n)),
                    None => (pname.clone(), None),
                };
                if local == "_" {
                    continue;
                }
                let o = self.new_obj(ObjKind::PkgName(pid), &local, INVALID, imp.pos, Some(id));
                if let Some(n) = ident {
                    self.record_def(n, Some(o));
                }
                if local == "." {
                    // Dot import: copy exported names into the file scope.
                    let ps = self.pkgs[pid.0 as usize].scope;
                    let names: Vec<(String, ObjId)> = self.scopes[ps]
                        .names
                        .iter()
                        .map(|(k, v)| (k.clone(), *v))
                        .collect();
                    for (k, v) in names {
                        if k.starts_with(|c: char| c.is_uppercase()) {
                            self.scopes[fscope].names.insert(k, v);
                        }
                    }
                    self.dot_imports.entry(pid).or_default().push(o);
                    imports.push((o, imp.pos, format!("{:?} imported", imp.path_value)));
                    continue;
                }
                if let Some(&other) = self.scopes[fscope].names.get(&local) {
                    let opos = self.objs[other.0 as usize].pos;
                    self.error_other(
                        imp.pos,
                        format!("{} redeclared in this block", local),
                        opos,
                        &local,
                    );
                } else {
                    self.scopes[fscope].names.insert(local.clone(), o);
                }
                let elem = imp.path_value.rsplit('/').next().unwrap_or(imp.path_value);
                let shown = if imp.name.is_some() && local != elem {
                    format!("{:?} imported as {}", imp.path_value, local)
                } else {
                    format!("{:?} imported", imp.path_value)
                };
                imports.push((o, imp.pos, shown));
            }
            for d in f.decls.iter() {
                match d {
                    Decl::Gen(g) => {
                        let mut last: Option<&'a ValueSpec<'a>> = None;
                        for spec in g.specs.iter() {
                            match spec {
                                Spec::Import(_) => {}
                                Spec::Value(vs) if g.tok == Token::Const => {
                                    let src = if vs.typ.is_none() && vs.values.is_empty() {
                                        last.unwrap_or(vs)
                                    } else {
                                        vs
                                    };
                                    if !(vs.typ.is_none() && vs.values.is_empty()) {
                                        last = Some(vs);
                                    }
                                    for (i, n) in vs.names.iter().enumerate() {
                                        let o = self.new_obj(
                                            ObjKind::Const(int(0)),
                                            n.name,
                                            INVALID,
                                            n.pos,
                                            Some(id),
                                        );
                                        self.objs[o.0 as usize].global = true;
                                        self.decls.insert(
                                            o,
                                            DeclInfo::Const {
                                                spec: vs,
                                                typ: src.typ,
                                                init: src.values.get(i).copied(),
                                                iota: vs.iota,
                                                file_scope: fscope,
                                            },
                                        );
                                        self.declare(pscope, Some(n), o);
                                        order.push(o);
                                    }
                                    if std::ptr::eq(src, *vs) || src.values.len() != vs.names.len()
                                    {
                                        self.check_const_arity(vs, src);
                                    }
                                }
                                Spec::Value(vs) => {
                                    for (i, n) in vs.names.iter().enumerate() {
                                        let o = self.new_obj(
                                            ObjKind::Var {
                                                is_field: false,
                                                is_param: false,
                                                embedded: false,
                                            },
                                            n.name,
                                            INVALID,
                                            n.pos,
                                            Some(id),
                                        );
                                        self.objs[o.0 as usize].global = true;
                                        self.decls.insert(
                                            o,
                                            DeclInfo::Var {
                                                spec: vs,
                                                index: i,
                                                file_scope: fscope,
                                            },
                                        );
                                        self.declare(pscope, Some(n), o);
                                        order.push(o);
                                    }
                                }
                                Spec::Type(ts) => {
                                    let o = self.new_obj(
                                        ObjKind::TypeName,
                                        ts.name.name,
                                        INVALID,
                                        ts.name.pos,
                                        Some(id),
                                    );
                                    self.objs[o.0 as usize].global = true;
                                    self.decls.insert(
                                        o,
                                        DeclInfo::Type {
                                            spec: ts,
                                            file_scope: fscope,
                                        },
                                    );
                                    self.declare(pscope, Some(ts.name), o);
                                    order.push(o);
                                }
                            }
                        }
                    }
                    Decl::Func(fd) => {
                        let o = self.new_obj(
                            ObjKind::Func {
                                recv: None,
                                has_body: fd.body.is_some(),
                            },
                            fd.name.name,
                            INVALID,
                            fd.name.pos,
                            Some(id),
                        );
                        self.objs[o.0 as usize].global = true;
                        self.decls.insert(
                            o,
                            DeclInfo::Func {
                                decl: fd,
                                file_scope: fscope,
                            },
                        );
                        if let Some(r) = fd.recv {
                            self.record_def(fd.name, Some(o));
                            if let Some(base) = r.list.first().and_then(|f| recv_base_name(f.typ)) {
                                self.pending_methods.entry((id, base)).or_default().push(o);
                            }
                            methods.push((o, fd, fscope));
                        } else {
                            let n = fd.name.name;
                            if n == "init" || (n == "main" && name == "main") {
                                if fd.typ.params.num_fields() > 0
                                    || fd.typ.results.map(|r| r.num_fields() > 0).unwrap_or(false)
                                {
                                    self.error(
                                        fd.name.pos,
                                        format!(
                                            "func {} must have no arguments and no return values",
                                            n
                                        ),
                                    );
                                }
                            }
                            if n == "init" {
                                self.record_def(fd.name, Some(o));
                                if fd.body.is_none() {
                                    self.error(fd.name.pos, "missing function body");
                                }
                            } else {
                                self.declare(pscope, Some(fd.name), o);
                            }
                            funcs.push((o, fd, fscope));
                        }
                        order.push(o);
                    }
                    Decl::Bad(_) => {}
                }
            }
        }
        let missing_main =
            name == "main" && !self.scopes[pscope].names.contains_key("main") && !files.is_empty();
        // A package-level name may not also be imported in a file.
        for &(o, pos, _) in &imports {
            let name = self.objs[o.0 as usize].name.clone();
            if let Some(&alt) = self.scopes[pscope].names.get(&name) {
                if let ObjKind::PkgName(p) = self.objs[o.0 as usize].kind {
                    let path = self.pkgs[p.0 as usize].path.clone();
                    let apos = self.objs[alt.0 as usize].pos;
                    self.error(
                        apos,
                        format!("{} already declared through import of package {} ({:?})\n\t{}: other declaration of {}", name, self.pkgs[p.0 as usize].name, path, OTHER_POS_MARK, name),
                    );
                    self.other_pos.push((self.errors.len() - 1, pos));
                }
            }
        }

        // Phase 2: resolve all package-level objects (types first so that
        // methods are attached before anything looks them up).
        for &o in &order {
            if matches!(self.decls.get(&o), Some(DeclInfo::Type { .. })) {
                self.obj_decl(o);
            }
        }
        for &(o, _, _) in &methods {
            self.obj_decl(o);
        }
        for &o in &order {
            self.obj_decl(o);
        }
        // Phase 3: function bodies (generic ones per instance).
        for &o in &order {
            if let Some(DeclInfo::Func { decl, file_scope }) = self.decls.get(&o).copied() {
                if decl.is_generic() {
                    self.mark_generic_imports(decl, file_scope);
                    continue;
                }
                if let Some(body) = decl.body {
                    self.func_body(o, decl, body, file_scope);
                }
            }
        }
        self.check_instance_bodies();
        // Phase 4: unused imports.
        for (o, pos, shown) in imports {
            if !self.used[o.0 as usize] {
                self.error(pos, format!("{} and not used", shown));
            }
        }
        // gc's linker reports a missing main only when compiling succeeded.
        if missing_main && self.errors.is_empty() {
            self.error(
                Pos::NONE,
                "runtime.main_main·f: function main is undeclared in the main package",
            );
        }
        // Phase 5: initialisation order.
        self.compute_init_order(&order);
        self.flush_untyped();
        id
    }

    fn check_const_arity(&mut self, vs: &'a ValueSpec<'a>, src: &'a ValueSpec<'a>) {
        let n = vs.names.len();
        let m = src.values.len();
        if m == 0 && std::ptr::eq(vs, src) {
            if vs.typ.is_some() {
                if let Some(last) = vs.names.last() {
                    self.error(last.pos, "missing init expr for const declaration");
                }
            } else if let Some(first) = vs.names.first() {
                self.error(first.pos, "missing init expr for const declaration");
            }
        } else if n > m {
            if let Some(nm) = vs.names.get(m) {
                self.error(nm.pos, "missing init expr for const declaration");
            }
        } else if m > n && std::ptr::eq(vs, src) {
            if let Some(e) = src.values.get(n) {
                self.error_at(e, "extra init expr");
            }
        }
    }

    pub(crate) fn flush_untyped(&mut self) {
        let mut v: Vec<(NodeId, UntypedInfo<'a>)> = self.untyped.drain().collect();
        v.sort_by_key(|x| x.0);
        for (id, u) in v {
            self.record_type(id, u.mode, u.typ, u.val);
        }
    }

    // ---- lazy resolution of package-level objects ----

    /// Resolves the type (and value) of a package-level object.
    pub(crate) fn obj_decl(&mut self, o: ObjId) {
        let c = self.color.get(&o).copied().unwrap_or(0);
        if c == 2 {
            return;
        }
        let Some(d) = self.decls.get(&o).copied() else {
            return;
        };
        if c == 1 {
            // A cycle. Constants and variables: reported by the
            // initialisation-order check (`compute_init_order`); types: by
            // `type_decl`; a function's type is known before its body.
            if let DeclInfo::Type { .. } = d {
                if self.objs[o.0 as usize].typ != INVALID
                    && self.tt.underlying(self.objs[o.0 as usize].typ) == INVALID
                {
                    self.type_cycle_at = Some(o);
                }
            }
            return;
        }
        self.color.insert(o, 1);
        let saved = std::mem::replace(
            &mut self.ctx,
            Ctx {
                scope: 0,
                sig: None,
                results: Vec::new(),
                iota: None,
                decl: None,
                file_scope: 0,
                locals: Vec::new(),
                in_func: false,
            },
        );
        let saved_pkg = self.cur_pkg;
        if let Some(p) = self.objs[o.0 as usize].pkg {
            self.cur_pkg = p;
        }
        match d {
            DeclInfo::Const {
                typ,
                init,
                iota,
                file_scope,
                ..
            } => {
                self.ctx.scope = file_scope;
                self.ctx.file_scope = file_scope;
                self.ctx.iota = Some(int(iota as i64));
                self.ctx.decl = Some(o);
                self.const_decl(o, typ, init);
            }
            DeclInfo::Var {
                spec,
                index,
                file_scope,
            } => {
                self.ctx.scope = file_scope;
                self.ctx.file_scope = file_scope;
                self.ctx.decl = Some(o);
                self.global_var_decl(o, spec, index);
            }
            DeclInfo::Type { spec, file_scope } => {
                self.ctx.scope = file_scope;
                self.ctx.file_scope = file_scope;
                self.type_decl(o, spec);
            }
            DeclInfo::Func { decl, file_scope } => {
                self.ctx.scope = file_scope;
                self.ctx.file_scope = file_scope;
                self.func_decl(o, decl);
            }
        }
        self.ctx = saved;
        self.cur_pkg = saved_pkg;
        self.color.insert(o, 2);
    }

    fn const_decl(&mut self, o: ObjId, typ: Option<&'a Expr<'a>>, init: Option<&'a Expr<'a>>) {
        let t = typ.map(|t| self.type_expr(t));
        if let Some(t) = t {
            if t != INVALID && !self.tt.is_const_type(t) {
                if let Some(te) = typ {
                    self.error_at(te, format!("invalid constant type {}", self.type_str(t)));
                }
                self.objs[o.0 as usize].typ = INVALID;
                return;
            }
        }
        let Some(init) = init else {
            self.objs[o.0 as usize].typ = t.unwrap_or(INVALID);
            return;
        };
        let mut x = self.expr(init);
        if x.is_invalid() {
            self.objs[o.0 as usize].typ = t.unwrap_or(INVALID);
            return;
        }
        if x.mode != OpMode::Constant {
            self.error_at(init, format!("{} is not constant", self.op_str(&x)));
            self.objs[o.0 as usize].typ = t.unwrap_or(INVALID);
            return;
        }
        if let Some(t) = t {
            self.assignment(&mut x, Some(t), "constant declaration");
        }
        if x.is_invalid() {
            self.objs[o.0 as usize].typ = t.unwrap_or(INVALID);
            return;
        }
        self.objs[o.0 as usize].typ = x.typ;
        self.objs[o.0 as usize].kind = ObjKind::Const(x.val.clone().unwrap_or(int(0)));
    }

    fn global_var_decl(&mut self, o: ObjId, spec: &'a ValueSpec<'a>, index: usize) {
        if spec.typ.map(is_empty_iface_lit).unwrap_or(false) {
            self.iface_spelled.insert(o);
        }
        let t = spec.typ.map(|t| self.type_expr(t));
        let lhs: Vec<ObjId> = spec
            .names
            .iter()
            .filter_map(|n| self.info.def(n.id))
            .collect();
        if spec.values.is_empty() {
            self.objs[o.0 as usize].typ = t.unwrap_or(INVALID);
            return;
        }
        if spec.values.len() == spec.names.len() {
            let e = spec.values[index];
            let mut x = self.expr(e);
            self.init_var(o, t, &mut x, "variable declaration");
            return;
        }
        // n:1 (multi-value initializer): check once for all lhs.
        let key = spec as *const _ as usize;
        if self.multi_var_done.contains_key(&key) {
            if self.objs[o.0 as usize].typ == INVALID {
                self.objs[o.0 as usize].typ = t.unwrap_or(INVALID);
            }
            return;
        }
        self.multi_var_done.insert(key, ());
        // All lhs share this declaration's dependencies.
        for &l in &lhs {
            if l != o {
                self.color.insert(l, 1);
            }
        }
        self.init_vars(
            &lhs,
            t,
            spec.values,
            spec.names.first().map(|n| n.pos).unwrap_or(Pos::NONE),
            true,
        );
        for &l in &lhs {
            if l != o {
                self.color.insert(l, 2);
                let d = self.deps.get(&o).cloned().unwrap_or_default();
                self.deps.insert(l, d);
            }
        }
    }

    pub(crate) fn type_decl(&mut self, o: ObjId, spec: &'a TypeSpec<'a>) {
        let saved_scope = self.ctx.scope;
        if let Some(tpl) = spec.type_params {
            if spec.assign.is_some() {
                // A generic alias: each instance denotes the right-hand side
                // with the arguments bound (`generic::instantiate_type`).
                let scope = self.new_scope(Some(self.ctx.scope), false);
                let (tparams, bounds) = self.declare_tparams(tpl, scope);
                self.generics
                    .insert(o, super::generic::Generic { tparams, bounds });
                self.ctx.scope = scope;
                let t = self.decl_rhs_type(spec.typ);
                self.objs[o.0 as usize].typ = t;
                self.ctx.scope = saved_scope;
                return;
            }
            // The generic type is its own instance with its parameters as
            // arguments; declared before the right-hand side, which may
            // refer to it (`type List[T any] struct{ next *List[T] }`).
            let scope = self.new_scope(Some(self.ctx.scope), false);
            let (tparams, bounds) = self.declare_tparams(tpl, scope);
            let targs: Vec<TypeId> = tparams
                .iter()
                .map(|&p| self.objs[p.0 as usize].typ)
                .collect();
            self.generics
                .insert(o, super::generic::Generic { tparams, bounds });
            let named = self.tt.new_named(o);
            if let TypeKind::Named(i) = *self.tt.kind(named) {
                self.tt.named[i as usize].origin = Some(o);
                self.tt.named[i as usize].targs = targs.clone();
            }
            self.objs[o.0 as usize].typ = named;
            self.type_insts.insert((o, targs), named);
            self.ctx.scope = scope;
        }
        self.type_decl_rhs(o, spec);
        self.ctx.scope = saved_scope;
    }

    fn type_decl_rhs(&mut self, o: ObjId, spec: &'a TypeSpec<'a>) {
        if spec.assign.is_some() {
            // Alias: the object denotes the aliased type itself.
            let t = self.decl_rhs_type(spec.typ);
            self.objs[o.0 as usize].typ = t;
            return;
        }
        let named = if spec.type_params.is_some() {
            self.objs[o.0 as usize].typ
        } else {
            let n = self.tt.new_named(o);
            self.objs[o.0 as usize].typ = n;
            n
        };
        self.type_path.push(o);
        let saved_cycle = self.type_cycle_at.take();
        let rhs = self.decl_rhs_type(spec.typ);
        let hit = self.type_cycle_at.take();
        self.type_cycle_at = saved_cycle;
        self.type_path.pop();
        let mut u = self.tt.underlying(rhs);
        if let (Some(start), true) = (hit, u == INVALID && rhs != INVALID && self.tt.is_named(rhs))
        {
            // `type A B; type B A`: report the cycle once, at its first member.
            let mut cycle: Vec<ObjId> = match self.type_path.iter().position(|&x| x == start) {
                Some(k) => self.type_path[k..].to_vec(),
                None => vec![start],
            };
            cycle.push(o);
            cycle.dedup();
            self.report_type_cycle(&cycle);
            u = INVALID;
        }
        if let TypeKind::Named(i) = *self.tt.kind(named) {
            self.tt.named[i as usize].underlying = u;
        }
        // Invalid recursive struct/array types.
        if u != INVALID && self.contains_directly(u, named, 0) {
            self.report_type_cycle(&[o]);
            if let TypeKind::Named(i) = *self.tt.kind(named) {
                self.tt.named[i as usize].underlying = INVALID;
            }
        }
        // Attach methods declared for this type (a local type has none).
        if !self.objs[o.0 as usize].global {
            return;
        }
        let key = (self.cur_pkg, spec.name.name.to_string());
        if let Some(ms) = self.pending_methods.get(&key).cloned() {
            if let TypeKind::Named(i) = *self.tt.kind(named) {
                for m in ms {
                    let mname = self.objs[m.0 as usize].name.clone();
                    let dup = self.tt.named[i as usize]
                        .methods
                        .iter()
                        .find(|&&x| self.objs[x.0 as usize].name == mname && mname != "_")
                        .copied();
                    if let Some(d) = dup {
                        let pos = self.objs[m.0 as usize].pos;
                        let opos = self.objs[d.0 as usize].pos;
                        self.error(
                            pos,
                            format!(
                                "method {}.{} already declared at {}",
                                spec.name.name, mname, OTHER_POS_MARK
                            ),
                        );
                        self.other_pos.push((self.errors.len() - 1, opos));
                        continue;
                    }
                    if let Some(fs) = self.tt.struct_fields(u) {
                        if fs.iter().any(|f| f.name == mname) {
                            let pos = self.objs[m.0 as usize].pos;
                            self.error(
                                pos,
                                format!("field and method with the same name {}", mname),
                            );
                            continue;
                        }
                    }
                    self.tt.named[i as usize].methods.push(m);
                }
            }
        }
    }

    /// Whether `t` contains `target` without indirection (invalid recursion).
    fn contains_directly(&self, t: TypeId, target: TypeId, depth: u32) -> bool {
        if depth > 30 {
            return false;
        }
        match self.tt.kind(t) {
            TypeKind::Array { elem, .. } => {
                *elem == target
                    || self.contains_directly(self.tt.underlying(*elem), target, depth + 1)
            }
            TypeKind::Struct(fs) => fs.iter().any(|f| {
                f.typ == target
                    || self.contains_directly(self.tt.underlying(f.typ), target, depth + 1)
            }),
            _ => false,
        }
    }

    fn func_decl(&mut self, o: ObjId, decl: &'a FuncDecl<'a>) {
        let names = |fl: Option<&FieldList<'_>>| -> Vec<String> {
            let mut v = Vec::new();
            if let Some(fl) = fl {
                for f in fl.list.iter() {
                    if f.names.is_empty() {
                        v.push(String::new());
                    }
                    for n in f.names.iter() {
                        v.push(n.name.to_string());
                    }
                }
            }
            v
        };
        self.sig_names
            .insert(o, (names(Some(decl.typ.params)), names(decl.typ.results)));
        if decl.recv_has_tparams() {
            self.enter_generic_method(decl);
        }
        if let Some(tpl) = decl.typ.type_params {
            let scope = self.new_scope(Some(self.ctx.scope), false);
            let (tparams, bounds) = self.declare_tparams(tpl, scope);
            self.generics
                .insert(o, super::generic::Generic { tparams, bounds });
            self.ctx.scope = scope;
        }
        // Signature scope is thrown away here; func_body re-declares params.
        let scope = self.new_scope(Some(self.ctx.scope), true);
        self.ctx.scope = scope;
        let mut recv_t = None;
        if let Some(r) = decl.recv {
            recv_t = Some(match self.generic_recv_type(decl) {
                Some(t) => t,
                None => self.recv_type(r),
            });
        }
        let (sig, _, _) = self.func_type(decl.typ, false);
        self.objs[o.0 as usize].typ = sig;
        if let Some(rt) = recv_t {
            self.objs[o.0 as usize].kind = ObjKind::Func {
                recv: Some(rt),
                has_body: decl.body.is_some(),
            };
        }
    }

    pub(crate) fn recv_type(&mut self, r: &'a FieldList<'a>) -> TypeId {
        let Some(f) = r.list.first() else {
            return INVALID;
        };
        if r.list.len() > 1 || f.names.len() > 1 {
            self.error(
                r.opening.unwrap_or(Pos::NONE),
                "method has multiple receivers",
            );
        }
        let t = self.type_expr(f.typ);
        let base = self
            .tt
            .deref(t)
            .filter(|_| matches!(self.tt.kind(t), TypeKind::Pointer(_)))
            .unwrap_or(t);
        if t != INVALID {
            let ok = match self.tt.kind(base) {
                TypeKind::Named(i) => {
                    let nobj = self.tt.named[*i as usize].obj;
                    let u = self.tt.named[*i as usize].underlying;
                    self.objs[nobj.0 as usize].pkg == Some(self.cur_pkg)
                        && !matches!(
                            self.tt.kind(u),
                            TypeKind::Pointer(_) | TypeKind::Interface { .. }
                        )
                }
                _ => false,
            };
            if !ok {
                let s = self.type_str(base);
                let local = match self.tt.kind(base) {
                    TypeKind::Named(i) => {
                        self.objs[self.tt.named[*i as usize].obj.0 as usize].pkg
                            == Some(self.cur_pkg)
                    }
                    _ => false,
                };
                let at = match &f.typ.kind {
                    ExprKind::Star(x) => x.start(),
                    _ => f.typ.start(),
                };
                if !local && self.tt.has_name(base) {
                    self.error(
                        at,
                        format!("cannot define new methods on non-local type {}", s),
                    );
                } else {
                    self.error(at, format!("invalid receiver type {}", s));
                }
            }
        }
        t
    }

    /// Resolves a function type; declares parameters in the current scope
    /// when `declare` is set. Returns (signature, param objs, result objs).
    pub(crate) fn func_type(
        &mut self,
        ft: &'a FuncType<'a>,
        declare: bool,
    ) -> (TypeId, Vec<ObjId>, Vec<ObjId>) {
        let mut params = Vec::new();
        let mut pobjs = Vec::new();
        // types2 resolves all parameter and result types before declaring
        // any parameter (a parameter named `int` does not shadow the type
        // in the signature).
        let mut pending: Vec<(&'a Ident<'a>, ObjId)> = Vec::new();
        let mut variadic = false;
        let n = ft.params.list.len();
        for (i, f) in ft.params.list.iter().enumerate() {
            let mut te = f.typ;
            let mut is_var = false;
            if let ExprKind::Ellipsis(Some(elem)) = &f.typ.kind {
                te = elem;
                is_var = true;
                if i + 1 != n || f.names.len() > 1 {
                    self.error(f.typ.pos, "can only use ... with final parameter in list");
                    is_var = false;
                }
            }
            let mut t = self.type_expr(te);
            if is_var {
                t = self.tt.slice(t);
                variadic = true;
                self.record_type(f.typ.id, OpMode::TypeExpr, t, None);
            }
            if f.names.is_empty() {
                params.push(t);
                if declare {
                    let o = self.new_obj(
                        ObjKind::Var {
                            is_field: false,
                            is_param: true,
                            embedded: false,
                        },
                        "",
                        t,
                        te.pos,
                        Some(self.cur_pkg),
                    );
                    pobjs.push(o);
                }
            }
            for nm in f.names.iter() {
                params.push(t);
                if declare {
                    let o = self.new_obj(
                        ObjKind::Var {
                            is_field: false,
                            is_param: true,
                            embedded: false,
                        },
                        nm.name,
                        t,
                        nm.pos,
                        Some(self.cur_pkg),
                    );
                    if is_empty_iface_lit(te) {
                        self.iface_spelled.insert(o);
                    }
                    pending.push((nm, o));
                    pobjs.push(o);
                } else {
                    let o = self.new_obj(
                        ObjKind::Var {
                            is_field: false,
                            is_param: true,
                            embedded: false,
                        },
                        nm.name,
                        t,
                        nm.pos,
                        Some(self.cur_pkg),
                    );
                    self.record_def(nm, Some(o));
                }
            }
        }
        let mut results = Vec::new();
        let mut robjs = Vec::new();
        if let Some(r) = ft.results {
            for f in r.list.iter() {
                let t = self.type_expr(f.typ);
                if f.names.is_empty() {
                    results.push(t);
                    if declare {
                        let o = self.new_obj(
                            ObjKind::Var {
                                is_field: false,
                                is_param: true,
                                embedded: false,
                            },
                            "",
                            t,
                            f.typ.pos,
                            Some(self.cur_pkg),
                        );
                        robjs.push(o);
                    }
                }
                for nm in f.names.iter() {
                    results.push(t);
                    if !declare {
                        let o = self.new_obj(
                            ObjKind::Var {
                                is_field: false,
                                is_param: true,
                                embedded: false,
                            },
                            nm.name,
                            t,
                            nm.pos,
                            Some(self.cur_pkg),
                        );
                        self.record_def(nm, Some(o));
                    }
                    if declare {
                        let o = self.new_obj(
                            ObjKind::Var {
                                is_field: false,
                                is_param: true,
                                embedded: false,
                            },
                            nm.name,
                            t,
                            nm.pos,
                            Some(self.cur_pkg),
                        );
                        pending.push((nm, o));
                        robjs.push(o);
                    }
                }
            }
        }
        let s = self.ctx.scope;
        for (nm, o) in pending {
            self.declare(s, Some(nm), o);
        }
        let sig = self.tt.func(params, results, variadic);
        self.record_type_expr_id(ft, sig);
        (sig, pobjs, robjs)
    }

    fn record_type_expr_id(&mut self, _ft: &FuncType<'_>, _sig: TypeId) {}

    fn func_body(
        &mut self,
        o: ObjId,
        decl: &'a FuncDecl<'a>,
        body: &'a BlockStmt<'a>,
        file_scope: ScopeId,
    ) {
        self.func_body_dep(o, decl, body, file_scope, o)
    }

    /// Checks a function body in scope `file_scope`, recording the
    /// package-level objects it uses as dependencies of `dep` (the generic
    /// declaration, for an instance).
    pub(crate) fn func_body_dep(
        &mut self,
        o: ObjId,
        decl: &'a FuncDecl<'a>,
        body: &'a BlockStmt<'a>,
        file_scope: ScopeId,
        dep: ObjId,
    ) {
        let _ = o;
        let saved_pkg = self.cur_pkg;
        self.ctx = Ctx {
            scope: file_scope,
            sig: None,
            results: Vec::new(),
            iota: None,
            decl: Some(dep),
            file_scope,
            locals: Vec::new(),
            in_func: true,
        };
        let scope = self.new_scope(Some(file_scope), true);
        self.ctx.scope = scope;
        if let Some(r) = decl.recv {
            if let Some(f) = r.list.first() {
                let t = match self.inst_recv.get(&o) {
                    Some(&t) => t,
                    None => self.type_expr(f.typ),
                };
                let name = f.names.first();
                let o = self.new_obj(
                    ObjKind::Var {
                        is_field: false,
                        is_param: true,
                        embedded: false,
                    },
                    name.map(|n| n.name).unwrap_or(""),
                    t,
                    name.map(|n| n.pos).unwrap_or(f.typ.pos),
                    Some(self.cur_pkg),
                );
                if let Some(n) = name {
                    self.declare(scope, Some(n), o);
                }
            }
        }
        let (sig, _, robjs) = self.func_type(decl.typ, true);
        self.ctx.sig = Some(sig);
        self.ctx.results = robjs;
        self.stmt_body(body);
        self.report_unused();
        self.cur_pkg = saved_pkg;
    }

    /// Checks a body in the current (function) scope: statements, labels,
    /// missing return.
    pub(crate) fn stmt_body(&mut self, body: &'a BlockStmt<'a>) {
        self.check_labels(body);
        let sc = StmtCtx {
            func_body: true,
            ..Default::default()
        };
        self.stmt_list(body.list, &sc);
        let sig = self.ctx.sig.unwrap_or(INVALID);
        let has_results = self
            .tt
            .signature(sig)
            .map(|s| !s.results.is_empty())
            .unwrap_or(false);
        if has_results && !self.is_terminating_list(body.list, "") {
            self.error(body.rbrace, "missing return");
        }
    }

    pub(crate) fn report_unused(&mut self) {
        let mut locals = std::mem::take(&mut self.ctx.locals);
        locals.sort_by_key(|o| self.objs[o.0 as usize].pos);
        for o in locals {
            if !self.used[o.0 as usize] {
                let ob = &self.objs[o.0 as usize];
                if ob.name != "_" && !ob.name.is_empty() {
                    let msg = format!("declared and not used: {}", ob.name);
                    self.error(ob.pos, msg);
                }
            }
        }
    }

    // ---- init order ----

    /// `invalid recursive type` as types2 words it.
    fn report_type_cycle(&mut self, cycle: &[ObjId]) {
        if cycle.iter().any(|o| self.cycle_reported.contains(o)) {
            return;
        }
        for &o in cycle {
            self.cycle_reported.insert(o);
        }
        if cycle.len() == 1 {
            let ob = &self.objs[cycle[0].0 as usize];
            let msg = format!("invalid recursive type: {} refers to itself", ob.name);
            let pos = ob.pos;
            self.error(pos, msg);
            return;
        }
        self.report_cycle_list("invalid recursive type ", cycle);
    }

    /// "<head><first>" followed by "\tPOS: a refers to b" lines, starting
    /// at the cycle member declared first.
    fn report_cycle_list(&mut self, head: &str, cycle: &[ObjId]) {
        let start = (0..cycle.len())
            .min_by_key(|&k| self.objs[cycle[k].0 as usize].pos)
            .unwrap_or(0);
        let n = cycle.len();
        let first = cycle[start];
        let mut msg = format!("{}{}", head, self.objs[first.0 as usize].name);
        let mut marks = Vec::new();
        for k in 0..n {
            let a = cycle[(start + k) % n];
            let b = cycle[(start + k + 1) % n];
            msg.push_str(&format!(
                "\n\t{}: {} refers to {}",
                OTHER_POS_MARK, self.objs[a.0 as usize].name, self.objs[b.0 as usize].name
            ));
            marks.push(self.objs[a.0 as usize].pos);
        }
        let pos = self.objs[first.0 as usize].pos;
        self.error(pos, msg);
        let idx = self.errors.len() - 1;
        for p in marks {
            self.other_pos.push((idx, p));
        }
    }

    /// Reports initialisation cycles among package-level constants,
    /// variables and functions (go/types' initorder), in declaration order.
    fn report_init_cycles(&mut self, order: &[ObjId]) {
        let is_node = |c: &Self, o: ObjId| {
            matches!(
                c.decls.get(&o),
                Some(DeclInfo::Var { .. } | DeclInfo::Const { .. } | DeclInfo::Func { .. })
            )
        };
        for &start in order {
            if !matches!(
                self.decls.get(&start),
                Some(DeclInfo::Var { .. } | DeclInfo::Const { .. })
            ) || self.cycle_reported.contains(&start)
            {
                continue;
            }
            // DFS for a path start -> ... -> start.
            let mut stack: Vec<(ObjId, usize)> = vec![(start, 0)];
            let mut on_path: Vec<ObjId> = vec![start];
            let mut visited: std::collections::HashSet<ObjId> = std::collections::HashSet::new();
            let mut found: Option<Vec<ObjId>> = None;
            while let Some((node, i)) = stack.pop() {
                let deps = self.deps.get(&node).cloned().unwrap_or_default();
                if i < deps.len() {
                    stack.push((node, i + 1));
                    let d = deps[i];
                    if d == start {
                        found = Some(on_path.clone());
                        break;
                    }
                    if is_node(self, d) && visited.insert(d) {
                        stack.push((d, 0));
                        on_path.push(d);
                    }
                } else {
                    on_path.pop();
                }
            }
            if let Some(cycle) = found {
                if cycle.iter().any(|o| self.cycle_reported.contains(o)) {
                    continue;
                }
                for &o in &cycle {
                    self.cycle_reported.insert(o);
                }
                if cycle.len() == 1 {
                    let ob = &self.objs[start.0 as usize];
                    let (pos, msg) = (
                        ob.pos,
                        format!("initialization cycle: {} refers to itself", ob.name),
                    );
                    self.error(pos, msg);
                } else {
                    // Report at `start` (the earliest var/const in the cycle).
                    let mut rot = cycle.clone();
                    let k = rot.iter().position(|&x| x == start).unwrap_or(0);
                    rot.rotate_left(k);
                    let first = rot[0];
                    let n = rot.len();
                    let mut msg = format!(
                        "initialization cycle for {}",
                        self.objs[first.0 as usize].name
                    );
                    let mut marks = Vec::new();
                    for j in 0..n {
                        let a = rot[j];
                        let b = rot[(j + 1) % n];
                        msg.push_str(&format!(
                            "\n\t{}: {} refers to {}",
                            OTHER_POS_MARK,
                            self.objs[a.0 as usize].name,
                            self.objs[b.0 as usize].name
                        ));
                        marks.push(self.objs[a.0 as usize].pos);
                    }
                    let pos = self.objs[first.0 as usize].pos;
                    self.error(pos, msg);
                    let idx = self.errors.len() - 1;
                    for p in marks {
                        self.other_pos.push((idx, p));
                    }
                }
            }
        }
    }

    fn compute_init_order(&mut self, order: &[ObjId]) {
        self.report_init_cycles(order);
        // Transitive var dependencies of each package-level var (through
        // functions), then the spec's rule: repeatedly initialise the
        // earliest variable in declaration order that is ready.
        let vars: Vec<ObjId> = order
            .iter()
            .copied()
            .filter(|o| matches!(self.decls.get(o), Some(DeclInfo::Var { .. })))
            .collect();
        let mut var_deps: HashMap<ObjId, Vec<ObjId>> = HashMap::new();
        for &v in &vars {
            let mut seen = std::collections::HashSet::new();
            let mut stack: Vec<ObjId> = self.deps.get(&v).cloned().unwrap_or_default();
            let mut out = Vec::new();
            while let Some(d) = stack.pop() {
                if !seen.insert(d) {
                    continue;
                }
                match self.decls.get(&d) {
                    Some(DeclInfo::Var { .. }) => {
                        if d != v {
                            out.push(d);
                        }
                    }
                    Some(DeclInfo::Func { .. }) => {
                        stack.extend(self.deps.get(&d).cloned().unwrap_or_default());
                    }
                    _ => {}
                }
            }
            var_deps.insert(v, out);
        }
        let mut done: std::collections::HashSet<ObjId> = std::collections::HashSet::new();
        let mut emitted_specs: std::collections::HashSet<usize> = std::collections::HashSet::new();
        let mut remaining = vars.clone();
        while !remaining.is_empty() {
            let pick = remaining
                .iter()
                .position(|v| {
                    var_deps[v]
                        .iter()
                        .all(|d| done.contains(d) || !var_deps.contains_key(d))
                })
                .unwrap_or(0);
            let v = remaining.remove(pick);
            done.insert(v);
            if let Some(DeclInfo::Var { spec, index, .. }) = self.decls.get(&v).copied() {
                if spec.values.is_empty() {
                    continue;
                }
                if spec.values.len() == spec.names.len() {
                    let lhs = self.info.def(spec.names[index].id).into_iter().collect();
                    self.info.init_order.push(Initializer {
                        lhs,
                        rhs: spec.values[index].id,
                    });
                } else {
                    let key = spec as *const _ as usize;
                    if emitted_specs.insert(key) {
                        let lhs: Vec<ObjId> = spec
                            .names
                            .iter()
                            .filter_map(|n| self.info.def(n.id))
                            .collect();
                        for l in &lhs {
                            done.insert(*l);
                        }
                        remaining.retain(|r| !lhs.contains(r));
                        self.info.init_order.push(Initializer {
                            lhs,
                            rhs: spec.values[0].id,
                        });
                    }
                }
            }
        }
    }

    /// Records that the current package-level declaration uses `o`.
    pub(crate) fn record_dep(&mut self, o: ObjId) {
        if let Some(d) = self.ctx.decl {
            let ob = &self.objs[o.0 as usize];
            if ob.global
                && ob.pkg == Some(self.cur_pkg)
                && matches!(
                    ob.kind,
                    ObjKind::Var { .. } | ObjKind::Func { .. } | ObjKind::Const(_)
                )
            {
                self.deps.entry(d).or_default().push(o);
            }
        }
    }
}

impl Default for Checker<'_> {
    fn default() -> Self {
        Self::new()
    }
}

/// Placeholder in messages where load.rs substitutes the other position.
pub const OTHER_POS_MARK: &str = "\u{0}OTHERPOS\u{0}";
pub const OTHER_POS_MARK_SELF: &str = OTHER_POS_MARK;

pub(crate) fn is_empty_iface_lit(e: &Expr<'_>) -> bool {
    matches!(&e.kind, ExprKind::InterfaceType { methods } if methods.list.is_empty())
}

pub(crate) fn recv_base_name(e: &Expr<'_>) -> Option<String> {
    match &e.kind {
        ExprKind::Ident(i) => Some(i.name.to_string()),
        ExprKind::Star(x) => recv_base_name(x),
        ExprKind::Paren(x) => recv_base_name(x),
        ExprKind::Index { x, .. } => recv_base_name(x),
        _ => None,
    }
}

pub(crate) fn composite_kind(k: &TypeKind) -> &'static str {
    match k {
        TypeKind::Basic(_) => "",
        TypeKind::Array { .. } => "array",
        TypeKind::Slice(_) => "slice",
        TypeKind::Struct(_) => "struct",
        TypeKind::Pointer(_) => "pointer",
        TypeKind::Signature(_) => "func",
        TypeKind::Interface { .. } => "interface",
        TypeKind::Map { .. } => "map",
        TypeKind::Chan { .. } => "chan",
        TypeKind::Tuple(_) => "tuple",
        _ => "",
    }
}

/// Statement context (go/types' `stmtContext`).
#[derive(Clone, Copy, Default)]
#[allow(dead_code)]
pub(crate) struct StmtCtx {
    pub break_ok: bool,
    pub continue_ok: bool,
    pub fallthrough_ok: bool,
    pub final_switch_case: bool,
    pub in_type_switch: bool,
    pub func_body: bool,
}

/// Prints an expression as types2 does in messages (syntax.ShortForm).
pub fn expr_string(e: &Expr<'_>) -> String {
    let mut s = String::new();
    write_expr(&mut s, e);
    s
}

fn write_field_list(s: &mut String, fl: &FieldList<'_>, sep: &str) {
    for (i, f) in fl.list.iter().enumerate() {
        if i > 0 {
            s.push_str(sep);
        }
        for (j, n) in f.names.iter().enumerate() {
            if j > 0 {
                s.push_str(", ");
            }
            s.push_str(n.name);
        }
        if !f.names.is_empty() {
            s.push(' ');
        }
        write_expr(s, f.typ);
    }
}

fn write_func_type(s: &mut String, ft: &FuncType<'_>) {
    s.push('(');
    write_field_list(s, ft.params, ", ");
    s.push(')');
    if let Some(r) = ft.results {
        if r.list.is_empty() {
            return;
        }
        s.push(' ');
        let paren = r.list.len() > 1 || !r.list[0].names.is_empty();
        if paren {
            s.push('(');
        }
        write_field_list(s, r, ", ");
        if paren {
            s.push(')');
        }
    }
}

fn write_expr(s: &mut String, e: &Expr<'_>) {
    match &e.kind {
        ExprKind::Bad => s.push_str("BadExpr"),
        ExprKind::Ident(i) => s.push_str(i.name),
        ExprKind::Ellipsis(x) => {
            s.push_str("...");
            if let Some(x) = x {
                write_expr(s, x);
            }
        }
        ExprKind::BasicLit(l) => s.push_str(l.value),
        ExprKind::FuncLit { typ, body } => {
            s.push_str("func");
            write_func_type(s, typ);
            s.push_str(if body.list.is_empty() {
                " {}"
            } else {
                " {…}"
            });
        }
        ExprKind::CompositeLit { typ, elts, .. } => {
            if let Some(t) = typ {
                write_expr(s, t);
            }
            s.push_str(if elts.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(s, x);
            s.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(s, x);
            s.push('.');
            s.push_str(sel.name);
        }
        ExprKind::Index { x, indices, .. } => {
            write_expr(s, x);
            s.push('[');
            for (i, ix) in indices.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_expr(s, ix);
            }
            s.push(']');
        }
        ExprKind::Slice {
            x,
            low,
            high,
            max,
            slice3,
            ..
        } => {
            write_expr(s, x);
            s.push('[');
            if let Some(l) = low {
                write_expr(s, l);
            }
            s.push(':');
            if let Some(h) = high {
                write_expr(s, h);
            }
            if *slice3 {
                s.push(':');
                if let Some(m) = max {
                    write_expr(s, m);
                }
            }
            s.push(']');
        }
        ExprKind::TypeAssert { x, typ } => {
            write_expr(s, x);
            s.push_str(".(");
            match typ {
                Some(t) => write_expr(s, t),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } => {
            write_expr(s, fun);
            s.push('(');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_expr(s, a);
            }
            if ellipsis.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write_expr(s, x);
        }
        ExprKind::Unary { op, x } => {
            s.push_str(op.as_str());
            write_expr(s, x);
        }
        ExprKind::Binary { op, x, y } => {
            write_expr(s, x);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            write_expr(s, y);
        }
        ExprKind::KeyValue { key, value } => {
            write_expr(s, key);
            s.push_str(": ");
            write_expr(s, value);
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            if let Some(l) = len {
                write_expr(s, l);
            }
            s.push(']');
            write_expr(s, elem);
        }
        ExprKind::StructType { fields } => {
            s.push_str("struct{");
            write_field_list(s, fields, "; ");
            s.push('}');
        }
        ExprKind::FuncType(ft) => {
            s.push_str("func");
            write_func_type(s, ft);
        }
        ExprKind::InterfaceType { methods } => {
            s.push_str("interface{");
            for (i, f) in methods.list.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                if let (Some(n), ExprKind::FuncType(ft)) = (f.names.first(), &f.typ.kind) {
                    s.push_str(n.name);
                    write_func_type(s, ft);
                } else {
                    write_expr(s, f.typ);
                }
            }
            s.push('}');
        }
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            write_expr(s, key);
            s.push(']');
            write_expr(s, value);
        }
        ExprKind::ChanType { dir, value, .. } => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(s, value);
        }
    }
}
