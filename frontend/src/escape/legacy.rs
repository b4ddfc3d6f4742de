//! The syntactic pre-pass: which variables are assigned after their
//! declaration and which variables each function literal uses from its
//! enclosing functions (in order of first use). The escape analysis uses the
//! capture lists; codegen uses `reassigned`.

use crate::syntax::ast::*;
use crate::syntax::token::Token;
use crate::types::{Info, ObjId, ObjKind, Object, SelectionKind, TypeKind, TypeTable};
use std::collections::{HashMap, HashSet};

pub(super) struct Syntactic {
    pub reassigned: HashSet<ObjId>,
    pub captures: HashMap<NodeId, Vec<ObjId>>,
    /// Position of each captured variable's first use inside the literal.
    pub capture_pos: HashMap<(NodeId, ObjId), crate::syntax::source::Pos>,
}

struct Walker<'i> {
    info: &'i Info<'i>,
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
    capture_pos: HashMap<(NodeId, ObjId), crate::syntax::source::Pos>,
}

pub(super) fn syntactic(
    info: &Info,
    objects: &[Object],
    types: &TypeTable,
    files: &[&File<'_>],
) -> Syntactic {
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
        capture_pos: HashMap::new(),
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
    Syntactic {
        reassigned: w.assigned,
        captures: w.captures,
        capture_pos: w.capture_pos,
    }
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
                    self.capture_pos.insert((lit, o), id.pos);
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
