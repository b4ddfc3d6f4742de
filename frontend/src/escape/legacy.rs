//! Escape analysis: which values may live in a goroutine's frame and which
//! must be allocated on the heap.
//!
//! This is the foundation's *simple, safe* rule (ARCHITECTURE.md, "Escape and
//! allocation"); the full gc-style location-graph analysis replaces the body
//! of `analyze` in a later issue while keeping its output, the `Decisions`
//! table, unchanged. The code generator consumes only that table:
//!
//! * `heap_vars`: variables that live in a heap cell (`moved to heap: x`):
//!   those whose address is taken (`&x`, `&x.f`, `&x[i]` of an array, a
//!   pointer-method call or method value on `x`, slicing an array variable)
//!   and those a closure captures by reference.
//! * `captures`: for every function literal, the variables it uses from
//!   enclosing functions, in order of first use, each captured by value (a
//!   copy in the closure object) or by reference (the closure holds the
//!   heap cell's address).
//!
//! Capture rule: by value when the variable is never assigned after its
//! declaration, never has its address taken, and is at most 128 bytes (a
//! copy is then indistinguishable from sharing); by reference otherwise.
//!
//! Allocation sites (`&T{}`, `new`, `make`, closures, interface boxes) are
//! all heap allocations under this rule; `site` answers per node so the code
//! generator already asks the question the full analysis will answer.
//!
//! Phases: one walk over every function body with a stack of enclosing
//! functions records where each local variable is declared, which
//! variables are assigned or address-taken, and which identifier uses cross a
//! function-literal boundary; then the capture lists are classified.

pub mod print;

use crate::syntax::ast::*;
use crate::syntax::token::Token;
use crate::types::{Info, ObjId, ObjKind, Object, SelectionKind, TypeId, TypeKind, TypeTable};
use std::collections::{HashMap, HashSet};

/// Largest variable captured by value (bytes).
pub const MAX_BY_VALUE_CAPTURE: u64 = 128;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Capture {
    pub var: ObjId,
    pub by_ref: bool,
}

/// Where an allocation site's object lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alloc {
    Heap,
    Frame,
}

/// One line of `burrow build -m` output, in gc's wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// Where gc reports it (the expression's `Expr::pos`, a parameter's or
    /// variable's declaring identifier).
    pub pos: crate::syntax::source::Pos,
    /// The message without position, e.g. `moved to heap: x`.
    pub text: String,
    /// 1: printed by `-m`; 2: only by `-m=2` (`-m -m`), the explanations.
    pub level: u8,
}

#[derive(Default, Debug)]
pub struct Decisions {
    /// Variables that live in heap cells.
    pub heap_vars: HashSet<ObjId>,
    /// By function-literal `Expr` id: captured variables.
    pub captures: HashMap<NodeId, Vec<Capture>>,
    /// Allocation sites decided to live in the frame (none under the simple rule).
    pub frame_sites: HashSet<NodeId>,
    /// Variables assigned after their declaration (named results included).
    pub reassigned: HashSet<ObjId>,
    /// The `-m` lines for the main package's files, in the order gc emits
    /// them at `-m=2` (the CLI filters by level and orders as gc does).
    pub reports: Vec<Report>,
}

impl Decisions {
    pub fn is_heap(&self, v: ObjId) -> bool {
        self.heap_vars.contains(&v)
    }
    pub fn site(&self, n: NodeId) -> Alloc {
        if self.frame_sites.contains(&n) {
            Alloc::Frame
        } else {
            Alloc::Heap
        }
    }
    pub fn captures_of(&self, lit: NodeId) -> &[Capture] {
        self.captures.get(&lit).map(|v| v.as_slice()).unwrap_or(&[])
    }
}

struct Walker<'i> {
    info: &'i Info,
    objects: &'i [Object],
    types: &'i TypeTable,
    /// Enclosing functions: None for a top-level declaration, Some(lit id).
    stack: Vec<Option<NodeId>>,
    /// Variable -> index in `stack` of the function declaring it.
    declared_in: HashMap<ObjId, usize>,
    assigned: HashSet<ObjId>,
    addr_taken: HashSet<ObjId>,
    captures: HashMap<NodeId, Vec<ObjId>>,
    lit_order: Vec<NodeId>,
}

/// Runs the simple rule over all function bodies (and package-level
/// initialisers) of `files`.
pub fn analyze(
    info: &Info,
    objects: &[Object],
    types: &TypeTable,
    files: &[&File<'_>],
) -> Decisions {
    let mut w = Walker {
        info,
        objects,
        types,
        stack: vec![None],
        declared_in: HashMap::new(),
        assigned: HashSet::new(),
        addr_taken: HashSet::new(),
        captures: HashMap::new(),
        lit_order: Vec::new(),
    };
    for f in files {
        for d in f.decls.iter() {
            match d {
                Decl::Func(fd) => {
                    w.stack = vec![None];
                    if let Some(r) = fd.recv {
                        w.fields(r);
                    }
                    w.func_type(fd.typ);
                    if let Some(b) = fd.body {
                        w.block(b);
                    }
                }
                Decl::Gen(g) => {
                    w.stack = vec![None];
                    for s in g.specs.iter() {
                        if let Spec::Value(vs) = s {
                            for v in vs.values.iter() {
                                w.expr(v);
                            }
                        }
                    }
                }
                Decl::Bad(_) => {}
            }
        }
    }
    let mut d = Decisions::default();
    d.heap_vars.extend(w.addr_taken.iter().copied());
    for lit in &w.lit_order {
        let vars = &w.captures[lit];
        let mut caps = Vec::new();
        for &v in vars {
            let big = w
                .objects
                .get(v.0 as usize)
                .map(|o| w.types.size_of(o.typ) > MAX_BY_VALUE_CAPTURE)
                .unwrap_or(true);
            let by_ref = big || w.assigned.contains(&v) || w.addr_taken.contains(&v);
            caps.push(Capture { var: v, by_ref });
        }
        d.captures.insert(*lit, caps);
    }
    // A variable captured by reference anywhere lives in a heap cell.
    let refs: Vec<ObjId> = d
        .captures
        .values()
        .flatten()
        .filter(|c| c.by_ref)
        .map(|c| c.var)
        .collect();
    d.heap_vars.extend(refs);
    d.reassigned = w.assigned;
    d
}

impl<'i> Walker<'i> {
    fn is_local_var(&self, o: ObjId) -> bool {
        match self.objects.get(o.0 as usize) {
            Some(obj) => {
                matches!(
                    obj.kind,
                    ObjKind::Var {
                        is_field: false,
                        ..
                    }
                ) && !obj.global
            }
            None => false,
        }
    }

    fn declare(&mut self, id: &Ident<'_>) {
        if let Some(o) = self.info.def(id.id) {
            if self.is_local_var(o) {
                self.declared_in.insert(o, self.stack.len() - 1);
            }
        }
    }

    fn fields(&mut self, fl: &FieldList<'_>) {
        for f in fl.list.iter() {
            for n in f.names.iter() {
                self.declare(n);
            }
        }
    }

    fn func_type(&mut self, ft: &FuncType<'_>) {
        self.fields(ft.params);
        if let Some(r) = ft.results {
            self.fields(r);
            // Named results are assigned by every `return`.
            for f in r.list.iter() {
                for n in f.names.iter() {
                    if let Some(o) = self.info.def(n.id) {
                        self.assigned.insert(o);
                    }
                }
            }
        }
    }

    fn use_var(&mut self, id: &Ident<'_>) {
        let Some(o) = self.info.use_(id.id) else {
            return;
        };
        let Some(&depth) = self.declared_in.get(&o) else {
            return;
        };
        let top = self.stack.len() - 1;
        for i in depth + 1..=top {
            if let Some(lit) = self.stack[i] {
                let list = self.captures.entry(lit).or_default();
                if !list.contains(&o) {
                    list.push(o);
                }
            }
        }
    }

    /// The variable at the root of an addressable expression whose storage
    /// the expression designates (`x`, `x.f`, `x[i]` for array `x`).
    fn root_var(&self, e: &Expr<'_>) -> Option<ObjId> {
        match &e.kind {
            ExprKind::Paren(x) => self.root_var(x),
            ExprKind::Ident(id) => {
                let o = self.info.use_(id.id).or_else(|| self.info.def(id.id))?;
                if self.is_local_var(o) {
                    Some(o)
                } else {
                    None
                }
            }
            ExprKind::Selector { x, .. } => {
                let sel = self.info.selections.get(&e.id)?;
                if sel.kind != SelectionKind::FieldVal || sel.indirect {
                    return None;
                }
                self.root_var(x)
            }
            ExprKind::Index { x, .. } => {
                let t = self.info.type_of(x.id)?.typ;
                if matches!(self.types.under_kind(t), TypeKind::Array { .. }) {
                    self.root_var(x)
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    fn mark_assigned(&mut self, e: &Expr<'_>) {
        if let ExprKind::Ident(id) = &e.unparen().kind {
            if let Some(o) = self.info.use_(id.id) {
                self.assigned.insert(o);
            }
        }
    }

    fn take_addr(&mut self, e: &Expr<'_>) {
        if let Some(v) = self.root_var(e) {
            self.addr_taken.insert(v);
        }
    }

    fn block(&mut self, b: &BlockStmt<'_>) {
        for s in b.list.iter() {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt<'_>) {
        match &s.kind {
            StmtKind::Bad | StmtKind::Empty { .. } | StmtKind::Branch { .. } => {}
            StmtKind::Decl(g) => {
                for sp in g.specs.iter() {
                    if let Spec::Value(vs) = sp {
                        for v in vs.values.iter() {
                            self.expr(v);
                        }
                        for n in vs.names.iter() {
                            self.declare(n);
                        }
                    }
                }
            }
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Send { chan, value } => {
                self.expr(chan);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => {
                self.mark_assigned(x);
                self.expr(x);
            }
            StmtKind::Assign { lhs, tok, rhs, .. } => {
                for r in rhs.iter() {
                    self.expr(r);
                }
                for l in lhs.iter() {
                    if *tok == Token::Define {
                        if let ExprKind::Ident(id) = &l.kind {
                            if self.info.def(id.id).is_some() {
                                self.declare(id);
                                continue;
                            }
                        }
                    }
                    self.mark_assigned(l);
                    self.expr(l);
                }
            }
            StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Return { results } => {
                for r in results.iter() {
                    self.expr(r);
                }
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                body,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(cond);
                self.block(body);
                if let Some(e) = els {
                    self.stmt(e);
                }
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in body.iter() {
                    for e in c.list.iter() {
                        self.expr(e);
                    }
                    for s in c.body.iter() {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::TypeSwitch { init, x, body, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(x);
                for c in body.iter() {
                    if let Some(&o) = self.info.implicits.get(&c.implicit_id) {
                        self.declared_in.insert(o, self.stack.len() - 1);
                    }
                    for s in c.body.iter() {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::Select { body } => {
                for c in body.iter() {
                    if let Some(s) = c.comm {
                        self.stmt(s);
                    }
                    for s in c.body.iter() {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.expr(c);
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.block(body);
            }
            StmtKind::Range {
                key,
                value,
                tok,
                x,
                body,
                ..
            } => {
                self.expr(x);
                for e in [key, value].into_iter().flatten() {
                    if *tok == Token::Define {
                        if let ExprKind::Ident(id) = &e.kind {
                            self.declare(id);
                        }
                    } else {
                        self.mark_assigned(e);
                        self.expr(e);
                    }
                }
                self.block(body);
            }
        }
    }

    fn expr(&mut self, e: &Expr<'_>) {
        match &e.kind {
            ExprKind::Bad | ExprKind::BasicLit(_) => {}
            ExprKind::Ident(id) => self.use_var(id),
            ExprKind::Ellipsis(x) => {
                if let Some(x) = x {
                    self.expr(x)
                }
            }
            ExprKind::FuncLit { typ, body } => {
                self.stack.push(Some(e.id));
                self.captures.entry(e.id).or_default();
                self.lit_order.push(e.id);
                self.func_type(typ);
                self.block(body);
                self.stack.pop();
            }
            ExprKind::CompositeLit { elts, .. } => {
                for x in elts.iter() {
                    self.expr(x);
                }
            }
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Selector { x, .. } => {
                if let Some(sel) = self.info.selections.get(&e.id) {
                    if sel.kind == SelectionKind::MethodVal && self.method_has_ptr_recv(sel.obj) {
                        // Auto-& of an addressable receiver.
                        let xt = self.info.type_of(x.id).map(|t| t.typ);
                        if xt.map(|t| !self.types.is_pointer(t)).unwrap_or(false) && !sel.indirect {
                            self.take_addr(x);
                        }
                    }
                }
                self.expr(x);
            }
            ExprKind::Index { x, indices, .. } => {
                self.expr(x);
                for i in indices.iter() {
                    self.expr(i);
                }
            }
            ExprKind::Slice {
                x, low, high, max, ..
            } => {
                if let Some(t) = self.info.type_of(x.id) {
                    if matches!(self.types.under_kind(t.typ), TypeKind::Array { .. }) {
                        self.take_addr(x);
                    }
                }
                self.expr(x);
                for y in [low, high, max].into_iter().flatten() {
                    self.expr(y);
                }
            }
            ExprKind::TypeAssert { x, .. } => self.expr(x),
            ExprKind::Call { fun, args, .. } => {
                self.expr(fun);
                for a in args.iter() {
                    self.expr(a);
                }
            }
            ExprKind::Star(x) => self.expr(x),
            ExprKind::Unary { op, x } => {
                if *op == Token::And {
                    self.take_addr(x);
                }
                self.expr(x);
            }
            ExprKind::Binary { x, y, .. } => {
                self.expr(x);
                self.expr(y);
            }
            ExprKind::KeyValue { key, value } => {
                // Struct literal keys are field names, not variables.
                if !matches!(key.kind, ExprKind::Ident(_)) || self.info.type_of(key.id).is_some() {
                    self.expr(key);
                }
                self.expr(value);
            }
            ExprKind::ArrayType { .. }
            | ExprKind::StructType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => {}
        }
    }

    fn method_has_ptr_recv(&self, m: ObjId) -> bool {
        match self.objects.get(m.0 as usize).map(|o| &o.kind) {
            Some(ObjKind::Func { recv: Some(r), .. }) => self.types.is_pointer(*r),
            _ => false,
        }
    }
}

/// The type of an object (helper for callers).
pub fn obj_type(objects: &[Object], o: ObjId) -> Option<TypeId> {
    objects.get(o.0 as usize).map(|x| x.typ)
}
