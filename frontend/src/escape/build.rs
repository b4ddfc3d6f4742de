//! Building one batch's location graph from the typed syntax tree (gc's
//! `escape.go`/`expr.go`/`stmt.go`/`call.go`/`assign.go` model).
//!
//! `expr(k, e)` says "evaluate `e` and let its value flow into hole `k`";
//! `addr(e)` gives the hole for storing into `e`; calls use the callee's
//! parameter locations when it is in the batch and its summary otherwise.

use super::graph::*;
use super::legacy::Syntactic;
use crate::syntax::ast::*;
use crate::syntax::source::Pos;
use crate::syntax::token::Token;
use crate::types::{
    BasicKind, Builtin, Info, Mode, ObjId, ObjKind, Object, SelectionKind, TypeId, TypeKind,
    TypeTable,
};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

/// gc's limits (cmd/compile/internal/ir): explicit variables above 128 KiB
/// and implicit allocations above 64 KiB never live in a frame.
pub(super) const MAX_STACK_VAR_SIZE: u64 = 128 * 1024;
pub(super) const MAX_IMPLICIT_STACK_VAR_SIZE: u64 = 64 * 1024;

/// Whether codegen keeps deferred-call wrapper closures (`defer f(x)`) in
/// the frame when they do not escape (keyed by the deferred call). If it
/// did not, their captured arguments would have to be treated as escaping.
pub(super) const DEFER_WRAPPERS_IN_FRAME: bool = true;

/// Facts shared by all batches.
pub(super) struct Cx<'a, 'c> {
    pub info: &'c Info<'c>,
    pub objects: &'c [Object],
    pub types: &'c TypeTable,
    pub decls: &'c HashMap<ObjId, (&'a FuncDecl<'a>, bool)>,
    pub summaries: &'c HashMap<ObjId, Vec<Leaks>>,
    pub notes: &'c super::print::Notes<'a>,
    pub closure_names: &'c HashMap<NodeId, String>,
    pub pcx: &'c super::print::PrintCx<'c>,
    pub syn: &'c Syntactic,
    pub ptr_cache: RefCell<HashMap<TypeId, bool>>,
}

impl Cx<'_, '_> {
    pub fn has_pointers(&self, t: TypeId) -> bool {
        if let Some(&b) = self.ptr_cache.borrow().get(&t) {
            return b;
        }
        self.ptr_cache.borrow_mut().insert(t, true); // recursion guard
        let b = match self.types.under_kind(t) {
            TypeKind::Basic(k) => matches!(
                k,
                BasicKind::String | BasicKind::UnsafePointer | BasicKind::UntypedString
            ),
            TypeKind::Array { len, elem } => *len > 0 && self.has_pointers(*elem),
            TypeKind::Struct(fs) => fs.iter().any(|f| self.has_pointers(f.typ)),
            TypeKind::Tuple(ts) => ts.iter().any(|t| self.has_pointers(*t)),
            TypeKind::TypeParam { .. } => true,
            _ => true,
        };
        self.ptr_cache.borrow_mut().insert(t, b);
        b
    }

    /// gc's `IsDirectIface`: stored in an interface word without a box.
    pub fn direct_iface(&self, t: TypeId) -> bool {
        match self.types.under_kind(t) {
            TypeKind::Pointer(_)
            | TypeKind::Map { .. }
            | TypeKind::Chan { .. }
            | TypeKind::Signature(_)
            | TypeKind::Basic(BasicKind::UnsafePointer) => true,
            TypeKind::Array { len: 1, elem } => self.direct_iface(*elem),
            TypeKind::Struct(fs) if fs.len() == 1 => self.direct_iface(fs[0].typ),
            _ => false,
        }
    }

    pub fn is_local_var(&self, o: ObjId) -> bool {
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

    pub fn obj(&self, o: ObjId) -> Option<&Object> {
        self.objects.get(o.0 as usize)
    }

    pub fn type_of(&self, e: &Expr<'_>) -> Option<TypeId> {
        self.info.type_of(e.id).map(|t| t.typ)
    }

    pub fn is_const(&self, e: &Expr<'_>) -> bool {
        self.info
            .type_of(e.id)
            .is_some_and(|t| t.value.is_some() || t.mode == Mode::Constant)
    }

    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.types.under_kind(t), TypeKind::Interface { .. })
    }
}

/// One allocation site of the batch.
pub(super) struct Site<'a> {
    pub key: NodeId,
    pub kind: SiteKind,
    pub print: Option<&'a Expr<'a>>,
    pub pos: Pos,
    pub loc: LocId,
    /// The site is a `string -> []byte` conversion (zero-copy candidate).
    pub str2bytes: bool,
    /// Codegen cannot place this kind in a frame; forced to the heap.
    pub forced: bool,
}

/// One function of the batch (declared or literal).
pub(super) struct BFn<'a> {
    pub name: String,
    pub obj: Option<ObjId>,
    pub lit: Option<NodeId>,
    pub main: bool,
    /// Receiver then parameters: (location, name, position, type).
    pub params: Vec<(Option<LocId>, String, Pos, TypeId)>,
    pub results: Vec<LocId>,
    pub result_names: Vec<String>,
    pub result_types: Vec<TypeId>,
    pub wrapper: bool,
    looping: HashSet<&'a str>,
}

pub(super) struct Builder<'a, 'c, 'x> {
    pub cx: &'x Cx<'a, 'c>,
    pub g: Graph,
    pub fns: Vec<BFn<'a>>,
    pub sites: Vec<Site<'a>>,
    pub vars: HashMap<ObjId, LocId>,
    pub var_order: Vec<LocId>,
    /// (closure hole, literal, its batch function).
    pub closures: Vec<(Hole, NodeId)>,
    batch_objs: HashMap<ObjId, usize>,
    lit_fn: HashMap<NodeId, usize>,
    cur: usize,
    loop_depth: i32,
    called_lit: Option<NodeId>,
    /// Receivers of static method calls (keyed by the receiver expression):
    /// the selector `x.M` and its selection, for gc's implicit `&x` / `x.E`
    /// notes.
    recv_sel: HashMap<NodeId, (&'a Expr<'a>, crate::types::Selection)>,
    /// Variables declared by a `for` clause (per-iteration variables): the
    /// loop's own post statement does not count as reassigning them.
    loop_vars: HashSet<ObjId>,
    in_post: bool,
    /// Report lines produced while building (self-assignments).
    pub extra: Vec<super::Report>,
    /// `devirtualizing` lines (gc's devirtualization pass runs before escape
    /// analysis, over all functions).
    pub devirt: Vec<super::Report>,
    /// Position of the call being resolved.
    call_pos: Option<Pos>,
    /// gc's names of go/defer temporaries (`.autotmp_N`).
    pub temp_names: HashMap<LocId, String>,
    /// go/defer wrapper captures for `-m=2`: (function, position, name, width).
    pub wrapper_caps: Vec<(usize, Pos, String, u64)>,
    /// Sites too large for a frame, tied to the heap after the walk.
    pub forced: Vec<usize>,
}

#[derive(Clone)]
enum ArgV<'a> {
    /// An expression, with the receiver adjustment (-1 auto-&, +n derefs)
    /// and the parameter type it converts to.
    E(&'a Expr<'a>, i32, Option<TypeId>),
    L(LocId),
    /// The implicit slice of a variadic call.
    Slice(&'a Expr<'a>, Vec<ArgV<'a>>),
    Nil,
}

enum Callee<'a> {
    Func(ObjId),
    Lit(&'a Expr<'a>),
    Unknown,
}

impl<'a, 'c, 'x> Builder<'a, 'c, 'x> {
    pub fn new(cx: &'x Cx<'a, 'c>) -> Self {
        Builder {
            cx,
            g: Graph::new(),
            fns: Vec::new(),
            sites: Vec::new(),
            vars: HashMap::new(),
            var_order: Vec::new(),
            closures: Vec::new(),
            batch_objs: HashMap::new(),
            lit_fn: HashMap::new(),
            cur: 0,
            loop_depth: 1,
            called_lit: None,
            recv_sel: HashMap::new(),
            loop_vars: HashSet::new(),
            in_post: false,
            extra: Vec::new(),
            devirt: Vec::new(),
            call_pos: None,
            temp_names: HashMap::new(),
            wrapper_caps: Vec::new(),
            forced: Vec::new(),
        }
    }

    fn push_bfn(&mut self, f: BFn<'a>) {
        self.g.main_fns.push(f.main);
        self.fns.push(f);
    }

    /// Adds a note (`from WHAT (WHY) at POS`) to `k` when the current
    /// function's explanations are wanted (`-m=2`, main package).
    fn note_text(
        &mut self,
        k: Hole,
        pos: Pos,
        text: impl FnOnce(&Self) -> String,
        why: &'static str,
    ) -> Hole {
        if !self.g.explain || !self.fns.get(self.cur).is_some_and(|f| f.main) || k.dst == BLANK {
            return k;
        }
        let text = text(self);
        self.g.notes.push(Note {
            pos,
            text,
            why,
            next: k.note,
        });
        Hole {
            note: (self.g.notes.len() - 1) as u32,
            ..k
        }
    }

    /// `note_text` for any function (used after the walk).
    pub fn note_any(&mut self, k: Hole, pos: Pos, text: String, why: &'static str) -> Hole {
        if !self.g.explain || k.dst == BLANK {
            return k;
        }
        self.g.notes.push(Note {
            pos,
            text,
            why,
            next: k.note,
        });
        Hole {
            note: (self.g.notes.len() - 1) as u32,
            ..k
        }
    }

    fn note_e(&mut self, k: Hole, e: &'a Expr<'a>, why: &'static str) -> Hole {
        self.note_text(
            k,
            e.pos,
            |b| super::print::expr_string_with(b.cx.pcx, b.cx.notes, e),
            why,
        )
    }

    fn note_s(&mut self, k: Hole, st: &'a Stmt<'a>, why: &'static str) -> Hole {
        let pos = match &st.kind {
            StmtKind::Assign { tok_pos, .. } => *tok_pos,
            _ => st.pos,
        };
        self.note_text(
            k,
            pos,
            |b| super::print::stmt_string(b.cx.pcx, b.cx.notes, st),
            why,
        )
    }

    /// `site_text`, or before gc's constant rewrite of interface operands
    /// (`x`, not `7`) when `written`.
    pub fn site_text_at(&self, si: usize, written: bool) -> String {
        let s = &self.sites[si];
        match s.print {
            Some(e) if written && s.kind == SiteKind::Box && s.key == e.id => {
                super::print::expr_string_with(self.cx.pcx, self.cx.notes, e)
            }
            _ => self.site_text(si),
        }
    }

    /// The text gc prints for a site (`... argument`, `func literal`, ...).
    pub fn site_text(&self, si: usize) -> String {
        let s = &self.sites[si];
        match s.kind {
            SiteKind::Variadic => String::from("... argument"),
            SiteKind::Wrapper => String::from("func literal"),
            _ => match s.print {
                Some(e) if matches!(e.kind, ExprKind::FuncLit { .. }) => {
                    String::from("func literal")
                }
                Some(e) if s.kind == SiteKind::Box && s.key == e.id => {
                    super::print::iface_operand_string(self.cx.pcx, self.cx.notes, e)
                }
                Some(e) => super::print::expr_string_with(self.cx.pcx, self.cx.notes, e),
                None => String::from("?"),
            },
        }
    }

    // ----- locations and holes -----

    fn heap(&self) -> Hole {
        Hole::to(HEAP)
    }
    fn blank(&self) -> Hole {
        Hole::to(BLANK)
    }

    fn var_loc(&mut self, o: ObjId) -> LocId {
        if let Some(&l) = self.vars.get(&o) {
            return l;
        }
        let l = self.g.new_loc(LocKind::Var(o), self.cur, self.loop_depth);
        self.g.locs[l].persists = true;
        self.vars.insert(o, l);
        self.var_order.push(l);
        l
    }

    fn dcl(&mut self, o: ObjId) -> LocId {
        let l = self.var_loc(o);
        self.g.locs[l].loop_depth = self.loop_depth;
        self.g.locs[l].func = self.cur;
        l
    }

    fn temp(&mut self) -> LocId {
        self.g.new_loc(LocKind::Temp, self.cur, self.loop_depth)
    }

    fn tee(&mut self, ks: &[Hole]) -> Hole {
        match ks.len() {
            0 => self.blank(),
            1 => ks[0],
            _ => {
                let t = self.temp();
                for k in ks {
                    self.g.flow(*k, t);
                }
                Hole::to(t)
            }
        }
    }

    fn new_site(
        &mut self,
        key: NodeId,
        kind: SiteKind,
        print: Option<&'a Expr<'a>>,
        pos: Pos,
    ) -> usize {
        let loc = self
            .g
            .new_loc(LocKind::Site(self.sites.len()), self.cur, self.loop_depth);
        self.sites.push(Site {
            key,
            kind,
            print,
            pos,
            loc,
            str2bytes: false,
            forced: false,
        });
        self.sites.len() - 1
    }

    /// Allocates the site's storage, lets its address flow into `k`, and
    /// returns the hole for the storage's contents.
    fn spill(&mut self, k: Hole, site: usize) -> Hole {
        let loc = self.sites[site].loc;
        let pos = self.sites[site].pos;
        let k = k.addr();
        // A flow straight into an escaped location is explained at once, as
        // gc does while building, before it rewrites interface operands to
        // their constant values: such notes name the operand as written.
        let now = k.dst != BLANK && self.g.locs[k.dst].escapes && k.derefs < 0;
        let k = self.note_text(k, pos, |b| b.site_text_at(site, now), "spill");
        self.g.flow(k, loc);
        Hole::to(loc)
    }

    fn force_heap(&mut self, site: usize) {
        let loc = self.sites[site].loc;
        let _ = loc;
        self.sites[site].forced = true;
        self.forced.push(site);
    }

    // ----- functions -----

    pub fn add_decl(&mut self, o: ObjId, fd: &'a FuncDecl<'a>, main: bool) {
        let i = self.fns.len();
        let name = match self.cx.closure_names.get(&fd.name.id) {
            Some(n) => n.clone(),
            None => super::print::func_name(self.cx.pcx, fd),
        };
        self.push_bfn(BFn {
            name,
            obj: Some(o),
            lit: None,
            main,
            params: Vec::new(),
            results: Vec::new(),
            result_names: Vec::new(),
            result_types: Vec::new(),
            wrapper: false,
            looping: HashSet::new(),
        });
        self.batch_objs.insert(o, i);
        self.cur = i;
        self.loop_depth = 1;
        self.init_sig(i, fd.recv, Some(fd.typ));
        if let Some(b) = fd.body {
            looping_labels(b.list, &mut self.fns[i].looping);
        }
    }

    fn init_sig(
        &mut self,
        fi: usize,
        recv: Option<&'a FieldList<'a>>,
        typ: Option<&'a FuncType<'a>>,
    ) {
        let mut lists: Vec<&FieldList<'a>> = Vec::new();
        if let Some(r) = recv {
            lists.push(r);
        }
        if let Some(t) = typ {
            lists.push(t.params);
        }
        for fl in lists {
            for f in fl.list.iter() {
                let ft = self
                    .cx
                    .type_of(f.typ)
                    .unwrap_or(crate::types::well_known::INVALID);
                let ft = if let ExprKind::Ellipsis(_) = f.typ.kind {
                    // A variadic parameter's type is recorded as `[]T` on the
                    // identifier's object.
                    f.names
                        .first()
                        .and_then(|n| self.cx.info.def(n.id))
                        .and_then(|o| self.cx.obj(o))
                        .map(|o| o.typ)
                        .unwrap_or(ft)
                } else {
                    ft
                };
                if f.names.is_empty() {
                    self.fns[fi]
                        .params
                        .push((None, String::from("_"), f.typ.pos, ft));
                }
                for n in f.names.iter() {
                    let o = self.cx.info.def(n.id);
                    let loc = match o {
                        Some(o) if !n.is_blank() => {
                            let l = self.var_loc(o);
                            self.g.locs[l].param = true;
                            self.g.locs[l].loop_depth = 1;
                            self.g.locs[l].func = fi;
                            Some(l)
                        }
                        _ => None,
                    };
                    let t = o.and_then(|o| self.cx.obj(o)).map(|o| o.typ).unwrap_or(ft);
                    self.fns[fi]
                        .params
                        .push((loc, n.name.to_string(), n.pos, t));
                }
            }
        }
        if let Some(r) = typ.and_then(|t| t.results) {
            let mut idx = 0;
            for f in r.list.iter() {
                let ft = self
                    .cx
                    .type_of(f.typ)
                    .unwrap_or(crate::types::well_known::INVALID);
                let names: Vec<Option<&Ident<'_>>> = if f.names.is_empty() {
                    vec![None]
                } else {
                    f.names.iter().map(|n| Some(&**n)).collect()
                };
                for n in names {
                    let (l, name) = match n.and_then(|n| self.cx.info.def(n.id).map(|o| (n, o))) {
                        Some((n, o)) if !n.is_blank() => {
                            let l = self.var_loc(o);
                            self.g.locs[l].func = fi;
                            self.g.locs[l].loop_depth = 1;
                            (l, n.name.to_string())
                        }
                        _ => {
                            let l = self.g.new_loc(LocKind::Result, fi, 1);
                            (l, format!("~r{}", idx))
                        }
                    };
                    self.g.locs[l].result_index = idx + 1;
                    self.fns[fi].results.push(l);
                    self.fns[fi].result_names.push(name);
                    self.fns[fi].result_types.push(ft);
                    idx += 1;
                }
            }
        }
    }

    fn push_fn(&mut self, f: BFn<'a>, parent: usize, results_lost: bool) -> usize {
        let i = self.fns.len();
        self.push_bfn(f);
        while self.g.fns.len() < self.fns.len() {
            self.g.fns.push(FnFacts {
                parent: None,
                results_lost: true,
            });
        }
        self.g.fns[i] = FnFacts {
            parent: Some(parent),
            results_lost,
        };
        i
    }

    pub fn finish_fn_facts(&mut self) {
        while self.g.fns.len() < self.fns.len() {
            self.g.fns.push(FnFacts {
                parent: None,
                results_lost: true,
            });
        }
    }

    pub fn walk_decl(&mut self, fi: usize, fd: &'a FuncDecl<'a>) {
        self.finish_fn_facts();
        self.cur = fi;
        self.loop_depth = 1;
        if let Some(b) = fd.body {
            self.block(b);
        }
    }

    /// Package-level variable initialisers of one file, as gc's package
    /// init function.
    pub fn walk_init(&mut self, specs: &[&'a ValueSpec<'a>], main: bool) {
        let fi = self.fns.len();
        self.push_bfn(BFn {
            name: String::from("init"),
            obj: None,
            lit: None,
            main,
            params: Vec::new(),
            results: Vec::new(),
            result_names: Vec::new(),
            result_types: Vec::new(),
            wrapper: false,
            looping: HashSet::new(),
        });
        self.finish_fn_facts();
        self.cur = fi;
        self.loop_depth = 1;
        for vs in specs {
            if vs.values.len() == 1 && vs.names.len() > 1 {
                let ks: Vec<Hole> = vs.names.iter().map(|n| self.def_hole(n)).collect();
                self.call(Some(&ks), vs.values[0]);
                continue;
            }
            for (i, v) in vs.values.iter().enumerate() {
                if self.static_init(v) {
                    // Laid out statically by gc: no code, no analysis.
                    continue;
                }
                let (k, t) = match vs.names.get(i) {
                    Some(n) => {
                        // gc's init function assigns `x = v`, placed at the name.
                        let k = self.def_hole(n);
                        let k = self.note_text(
                            k,
                            n.pos,
                            |b| {
                                format!(
                                    "{} = {}",
                                    n.name,
                                    super::print::expr_string_with(b.cx.pcx, b.cx.notes, v)
                                )
                            },
                            "assign",
                        );
                        (k, self.def_type(n))
                    }
                    None => (self.blank(), None),
                };
                self.expr_conv(k, v, t);
            }
        }
    }

    /// gc's static initialisation: constants, addresses of globals and
    /// (addresses of) array, slice and struct literals made of those.
    fn static_init(&self, e: &Expr<'_>) -> bool {
        if self.cx.is_const(e) {
            return true;
        }
        match &e.unparen().kind {
            ExprKind::FuncLit { .. } => false,
            ExprKind::Unary { op: Token::And, x } => {
                matches!(x.unparen().kind, ExprKind::CompositeLit { .. }) && self.static_init(x)
            }
            ExprKind::CompositeLit { elts, .. } => {
                let t = self.cx.type_of(e.unparen());
                if t.is_some_and(|t| matches!(self.cx.types.under_kind(t), TypeKind::Map { .. })) {
                    return false;
                }
                elts.iter().all(|el| match &el.kind {
                    ExprKind::KeyValue { value, .. } => self.static_init(value),
                    _ => self.static_init(el),
                })
            }
            ExprKind::Ident(id) => matches!(
                self.cx
                    .info
                    .use_(id.id)
                    .and_then(|o| self.cx.obj(o))
                    .map(|o| &o.kind),
                Some(ObjKind::Func { .. }) | Some(ObjKind::Nil)
            ),
            _ => false,
        }
    }

    fn def_hole(&mut self, n: &Ident<'_>) -> Hole {
        if n.is_blank() {
            return self.blank();
        }
        match self.cx.info.def(n.id) {
            Some(o) if self.cx.is_local_var(o) => Hole::to(self.dcl(o)),
            Some(_) => self.heap(),
            None => self.blank(),
        }
    }

    fn def_type(&self, n: &Ident<'_>) -> Option<TypeId> {
        self.cx
            .info
            .def(n.id)
            .and_then(|o| self.cx.obj(o))
            .map(|o| o.typ)
    }

    // ----- statements -----

    fn block(&mut self, b: &'a BlockStmt<'a>) {
        let old = self.loop_depth;
        self.stmts(b.list);
        self.loop_depth = old;
    }

    fn stmts(&mut self, l: &'a [Stmt<'a>]) {
        for s in l {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &'a Stmt<'a>) {
        match &s.kind {
            StmtKind::Bad | StmtKind::Empty { .. } | StmtKind::Branch { .. } => {}
            StmtKind::Decl(g) => {
                for sp in g.specs.iter() {
                    if let Spec::Value(vs) = sp {
                        if g.tok != Token::Var {
                            continue;
                        }
                        if vs.values.len() == 1 && vs.names.len() > 1 {
                            let ks: Vec<Hole> = vs.names.iter().map(|n| self.def_hole(n)).collect();
                            self.call(Some(&ks), vs.values[0]);
                            continue;
                        }
                        for (i, n) in vs.names.iter().enumerate() {
                            let k = self.def_hole(n);
                            if let Some(v) = vs.values.get(i) {
                                let k = if vs.names.len() == 1 {
                                    // gc places `var x T = v` at the name.
                                    self.note_text(
                                        k,
                                        n.pos,
                                        |b| super::print::stmt_string(b.cx.pcx, b.cx.notes, s),
                                        "assign",
                                    )
                                } else {
                                    self.note_s(k, s, "assign")
                                };
                                let t = self.def_type(n);
                                self.expr_conv(k, v, t);
                            }
                        }
                    }
                }
            }
            StmtKind::Labeled { label, stmt } => {
                if self.fns[self.cur].looping.contains(label.name) {
                    self.loop_depth += 1;
                }
                self.stmt(stmt);
            }
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send { chan, value } => {
                self.discard(chan);
                let et = self
                    .cx
                    .type_of(chan)
                    .and_then(|t| match self.cx.types.under_kind(t) {
                        TypeKind::Chan { elem, .. } => Some(*elem),
                        _ => None,
                    });
                let h = self.heap();
                let h = self.note_s(h, s, "send");
                self.expr_conv(h, value, et);
            }
            StmtKind::IncDec { x, .. } => {
                let k = self.addr(x);
                self.reassigned(&[(k, None)]);
            }
            StmtKind::Assign {
                lhs,
                tok,
                rhs,
                tok_pos,
            } => self.assign(s, lhs, *tok, rhs, *tok_pos),
            StmtKind::Go(e) => self.go_defer(e, true, s.pos),
            StmtKind::Defer(e) => self.go_defer(e, false, s.pos),
            StmtKind::Return { results } => self.ret(s, results),
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
                self.discard(cond);
                self.block(body);
                if let Some(e) = els {
                    let old = self.loop_depth;
                    self.stmt(e);
                    self.loop_depth = old;
                }
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(t) = tag {
                    self.discard(t);
                }
                for c in body.iter() {
                    for e in c.list.iter() {
                        self.discard(e);
                    }
                    let old = self.loop_depth;
                    self.stmts(c.body);
                    self.loop_depth = old;
                }
            }
            StmtKind::TypeSwitch { init, x, body, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                let mut ks = Vec::new();
                for c in body.iter() {
                    if let Some(&o) = self.cx.info.implicits.get(&c.implicit_id) {
                        let l = self.dcl(o);
                        let t = self.cx.obj(o).map(|o| o.typ);
                        if let Some(t) = t {
                            if self.cx.has_pointers(t) {
                                ks.push(self.dot_type(Hole::to(l), t));
                            }
                        }
                    }
                }
                let k = self.tee(&ks);
                let y = match &x.unparen().kind {
                    ExprKind::TypeAssert { x: y, .. } => *y,
                    _ => *x,
                };
                self.expr(k, y);
                for c in body.iter() {
                    let old = self.loop_depth;
                    self.stmts(c.body);
                    self.loop_depth = old;
                }
            }
            StmtKind::Select { body } => {
                for c in body.iter() {
                    if let Some(s) = c.comm {
                        match &s.kind {
                            StmtKind::Assign { lhs, tok, rhs, .. } => {
                                for r in rhs.iter() {
                                    self.discard(r);
                                }
                                let mut ks = Vec::new();
                                for l in lhs.iter() {
                                    let k = if *tok == Token::Define {
                                        match &l.kind {
                                            ExprKind::Ident(id) => self.def_hole(id),
                                            _ => self.blank(),
                                        }
                                    } else {
                                        self.addr(l)
                                    };
                                    ks.push((k, None));
                                }
                                if *tok != Token::Define {
                                    self.reassigned(&ks);
                                }
                            }
                            _ => self.stmt(s),
                        }
                    }
                    let old = self.loop_depth;
                    self.stmts(c.body);
                    self.loop_depth = old;
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                // Per-iteration loop variables (Go 1.22) live inside the loop.
                self.loop_depth += 1;
                if let Some(i) = init {
                    self.stmt(i);
                    if let StmtKind::Assign {
                        lhs,
                        tok: Token::Define,
                        ..
                    } = &i.kind
                    {
                        for l in lhs.iter() {
                            if let ExprKind::Ident(id) = &l.kind {
                                if let Some(o) = self.cx.info.def(id.id) {
                                    self.loop_vars.insert(o);
                                }
                            }
                        }
                    }
                }
                if let Some(c) = cond {
                    self.discard(c);
                }
                if let Some(p) = post {
                    self.in_post = true;
                    self.stmt(p);
                    self.in_post = false;
                }
                self.block(body);
                self.loop_depth -= 1;
            }
            StmtKind::Range {
                key,
                value,
                tok,
                x,
                body,
                range_pos,
            } => {
                let tmp = self.temp();
                self.g.locs[tmp].persists = true;
                self.expr(Hole::to(tmp), x);
                self.loop_depth += 1;
                let mut ks = Vec::new();
                for e in [key, value] {
                    let k = match e {
                        None => self.blank(),
                        Some(e) if *tok == Token::Define => match &e.kind {
                            ExprKind::Ident(id) => self.def_hole(id),
                            _ => self.blank(),
                        },
                        Some(e) => self.addr(e),
                    };
                    ks.push(k);
                }
                let xt = self.cx.type_of(x);
                let is_array = xt
                    .is_some_and(|t| matches!(self.cx.types.under_kind(t), TypeKind::Array { .. }));
                let vk = if is_array { ks[1] } else { ks[1].deref() };
                let vptr = value
                    .and_then(|v| self.cx.type_of(v))
                    .is_none_or(|t| self.cx.has_pointers(t));
                if vptr {
                    let why = if is_array { "range" } else { "range-deref" };
                    // gc places the range statement at its `range` keyword.
                    let vk = self.note_text(vk, *range_pos, |_| String::from("for loop"), why);
                    self.g.flow(vk, tmp);
                }
                if *tok != Token::Define {
                    let v: Vec<(Hole, Option<ObjId>)> = ks.iter().map(|k| (*k, None)).collect();
                    self.reassigned(&v);
                }
                self.block(body);
                self.loop_depth -= 1;
            }
        }
    }

    fn expr_stmt(&mut self, e: &'a Expr<'a>) {
        match &e.unparen().kind {
            ExprKind::Call { .. } => self.call(None, e.unparen()),
            _ => self.discard(e),
        }
    }

    fn assign(
        &mut self,
        st: &'a Stmt<'a>,
        lhs: &'a [&'a Expr<'a>],
        tok: Token,
        rhs: &'a [&'a Expr<'a>],
        tok_pos: Pos,
    ) {
        // Left-hand holes (and the objects `:=` defines).
        let mut ks: Vec<(Hole, Option<ObjId>)> = Vec::new();
        for l in lhs.iter() {
            if tok == Token::Define {
                if let ExprKind::Ident(id) = &l.kind {
                    if let Some(o) = self.cx.info.def(id.id) {
                        let k = if self.cx.is_local_var(o) {
                            Hole::to(self.dcl(o))
                        } else {
                            self.blank()
                        };
                        ks.push((k, Some(o)));
                        continue;
                    }
                }
            }
            let k = self.addr(l);
            ks.push((k, None));
        }
        if lhs.len() > 1 && rhs.len() == 1 {
            let r = rhs[0].unparen();
            match &r.kind {
                ExprKind::Call { .. } if !self.is_conversion(r) => {
                    let holes: Vec<Hole> = ks.iter().map(|k| k.0).collect();
                    self.call(Some(&holes), r);
                }
                ExprKind::TypeAssert { x, .. } => {
                    let t = self.cx.type_of(lhs[0]).or_else(|| self.first_tuple(r));
                    let k = match t {
                        Some(t) => self.dot_type(ks[0].0, t),
                        None => ks[0].0.deref(),
                    };
                    self.expr(k, x);
                }
                _ => {
                    // v, ok = m[k] / <-ch: the value comes from the heap.
                    self.discard(r);
                }
            }
        } else {
            for (i, r) in rhs.iter().enumerate() {
                let Some(&(k, _)) = ks.get(i) else {
                    self.discard(r);
                    continue;
                };
                let t = if tok == Token::Assign || tok == Token::Define {
                    self.cx.type_of(lhs[i])
                } else {
                    None
                };
                let why = if lhs.len() > 1 {
                    "assign-pair"
                } else {
                    "assign"
                };
                let k = self.note_s(k, st, why);
                let k = if tok == Token::Assign && self.self_assign(lhs[i], r) {
                    if self.fns[self.cur].main {
                        let pcx = self.cx.pcx;
                        let list = |l: &[&Expr<'_>]| {
                            l.iter()
                                .map(|e| super::print::expr_string_with(pcx, self.cx.notes, e))
                                .collect::<Vec<_>>()
                                .join(", ")
                        };
                        let text = format!(
                            "{} ignoring self-assignment in {} = {}",
                            self.fns[self.cur].name,
                            list(lhs),
                            list(rhs)
                        );
                        self.extra.push(super::Report {
                            pos: tok_pos,
                            text,
                            level: 1,
                        });
                    }
                    self.blank()
                } else {
                    k
                };
                self.expr_conv(k, r, t);
            }
        }
        let re: Vec<(Hole, Option<ObjId>)> = ks.into_iter().collect();
        self.reassigned(&re);
    }

    fn first_tuple(&self, e: &Expr<'_>) -> Option<TypeId> {
        let t = self.cx.type_of(e)?;
        self.cx
            .types
            .tuple_types(t)
            .and_then(|ts| ts.first().copied())
    }

    fn reassigned(&mut self, ks: &[(Hole, Option<ObjId>)]) {
        for (k, def) in ks {
            if def.is_some() {
                // A `:=` that defines the variable is not a reassignment
                // (one that redeclares it is).
                if let LocKind::Var(o) = self.g.locs[k.dst].kind {
                    if Some(o) == *def {
                        continue;
                    }
                }
            }
            if let LocKind::Var(o) = self.g.locs[k.dst].kind {
                if self.in_post && self.loop_vars.contains(&o) {
                    continue;
                }
                self.g.locs[k.dst].reassigned = true;
            }
        }
    }

    /// gc's `isSelfAssign`: `p.f = p.f[i:j]` / `*p = (*p)[i:j]` through the
    /// same pointer variable, and `x.f = x.g` / `x[i] = x[j]` on the same
    /// variable, add no new flow.
    fn self_assign(&self, dst: &Expr<'_>, src: &Expr<'_>) -> bool {
        let (d, s) = (dst.unparen(), src.unparen());
        // Pointer base of `*p` or `p.f` (through a pointer).
        let ptr_base = |e: &Expr<'_>| -> Option<ObjId> {
            let x = match &e.unparen().kind {
                ExprKind::Star(x) => x,
                ExprKind::Selector { x, .. } => {
                    let sel = self.cx.info.selections.get(&e.unparen().id)?;
                    if sel.kind != SelectionKind::FieldVal || !self.cx.types.is_pointer(sel.recv) {
                        return None;
                    }
                    x
                }
                _ => return None,
            };
            match &x.unparen().kind {
                ExprKind::Ident(id) => self.cx.info.use_(id.id),
                _ => None,
            }
        };
        if let ExprKind::Slice { x, .. } = &s.kind {
            let arr = self
                .cx
                .type_of(x)
                .is_some_and(|t| matches!(self.cx.types.under_kind(t), TypeKind::Array { .. }));
            if !arr {
                if let (Some(a), Some(b)) = (ptr_base(d), ptr_base(x)) {
                    return a == b;
                }
            }
            return false;
        }
        let ident = |e: &Expr<'_>| -> Option<ObjId> {
            match &e.unparen().kind {
                ExprKind::Ident(id) => self.cx.info.use_(id.id),
                _ => None,
            }
        };
        match (&d.kind, &s.kind) {
            (ExprKind::Selector { x: a, .. }, ExprKind::Selector { x: b, .. }) => {
                let both_fields = [d, s].iter().all(|e| {
                    self.cx
                        .info
                        .selections
                        .get(&e.id)
                        .is_some_and(|s| s.kind == SelectionKind::FieldVal)
                });
                both_fields && ident(a).is_some() && ident(a) == ident(b)
            }
            (
                ExprKind::Index {
                    x: a, indices: ia, ..
                },
                ExprKind::Index {
                    x: b, indices: ib, ..
                },
            ) => {
                let simple = |ix: &[&Expr<'_>]| ix.iter().all(|i| !self.may_affect_memory(i));
                let not_map = self
                    .cx
                    .type_of(a)
                    .is_some_and(|t| !matches!(self.cx.types.under_kind(t), TypeKind::Map { .. }));
                not_map && simple(ia) && simple(ib) && ident(a).is_some() && ident(a) == ident(b)
            }
            _ => false,
        }
    }

    /// gc's `mayAffectMemory`: index expressions made of names, constants
    /// and arithmetic on them cannot change what the assignment reads.
    fn may_affect_memory(&self, e: &Expr<'_>) -> bool {
        if self.cx.is_const(e) {
            return false;
        }
        match &e.unparen().kind {
            ExprKind::Ident(_) | ExprKind::BasicLit(_) => false,
            ExprKind::Binary { x, y, .. } => self.may_affect_memory(x) || self.may_affect_memory(y),
            ExprKind::Unary { op, x } if *op != Token::Arrow => self.may_affect_memory(x),
            ExprKind::Index { x, indices, .. } => {
                self.may_affect_memory(x) || indices.iter().any(|i| self.may_affect_memory(i))
            }
            _ => true,
        }
    }

    fn ret(&mut self, st: &'a Stmt<'a>, results: &'a [&'a Expr<'a>]) {
        let fi = self.cur;
        let holes: Vec<Hole> = self.fns[fi].results.iter().map(|&l| Hole::to(l)).collect();
        if results.len() == 1 && holes.len() > 1 {
            self.call(Some(&holes), results[0].unparen());
            return;
        }
        for (i, r) in results.iter().enumerate() {
            let k = holes.get(i).copied().unwrap_or(self.blank());
            let k = self.note_s(k, st, "return");
            let t = self.fns[fi].result_types.get(i).copied();
            self.expr_conv(k, r, t);
        }
    }

    /// The hole for storing into `e`.
    fn addr(&mut self, e: &'a Expr<'a>) -> Hole {
        match &e.kind {
            ExprKind::Paren(x) => self.addr(x),
            ExprKind::Ident(id) => {
                if id.is_blank() {
                    return self.blank();
                }
                match self.cx.info.object_of(id.id) {
                    Some(o) if self.cx.is_local_var(o) => Hole::to(self.var_loc(o)),
                    _ => self.heap(),
                }
            }
            ExprKind::Selector { x, .. } => {
                let Some(sel) = self.cx.info.selections.get(&e.id) else {
                    return self.heap(); // package-qualified global
                };
                if sel.kind != SelectionKind::FieldVal {
                    return self.blank();
                }
                let n = self.path_derefs(sel.recv, &sel.index);
                if n == 0 {
                    self.addr(x)
                } else {
                    self.mutate(x);
                    self.heap()
                }
            }
            ExprKind::Index { x, indices, .. } => {
                let xt = self.cx.type_of(x);
                let kind = xt.map(|t| self.cx.types.under_kind(t).clone());
                // A map key is walked once, below (walking it twice would make
                // two sites of one `string(b)`); other indices are discarded.
                if !matches!(kind, Some(TypeKind::Map { .. })) {
                    for i in indices.iter() {
                        self.discard(i);
                    }
                }
                match kind {
                    Some(TypeKind::Array { .. }) => self.addr(x),
                    Some(TypeKind::Map { key, .. }) => {
                        // Map keys are stored in the heap.
                        self.discard_only(x);
                        if let Some(i) = indices.first() {
                            let h = self.heap();
                            let h = self.note_e(h, e, "key of map put");
                            self.expr_conv(h, i, Some(key));
                        }
                        self.heap()
                    }
                    _ => {
                        self.mutate(x);
                        self.heap()
                    }
                }
            }
            ExprKind::Star(x) => {
                self.mutate(x);
                self.heap()
            }
            _ => {
                self.discard(e);
                self.heap()
            }
        }
    }

    fn discard_only(&mut self, x: &'a Expr<'a>) {
        self.discard(x);
    }

    fn mutate(&mut self, x: &'a Expr<'a>) {
        self.expr(Hole::to(MUTATOR), x);
    }

    fn discard(&mut self, e: &'a Expr<'a>) {
        let b = self.blank();
        self.expr(b, e);
    }

    fn dot_type(&self, k: Hole, t: TypeId) -> Hole {
        if !self.cx.is_interface(t) && !self.cx.direct_iface(t) {
            k.deref()
        } else {
            k
        }
    }

    /// Number of pointer indirections along a selection path (embedded
    /// fields), not counting the final field's own type.
    fn path_derefs(&self, recv: TypeId, index: &[usize]) -> i32 {
        let ty = self.cx.types;
        let mut n = 0;
        let mut t = recv;
        for (i, &ix) in index.iter().enumerate() {
            if let TypeKind::Pointer(b) = ty.under_kind(t) {
                n += 1;
                t = *b;
            }
            if i + 1 == index.len() {
                break;
            }
            match ty.struct_fields(t) {
                Some(fs) if ix < fs.len() => t = fs[ix].typ,
                _ => break,
            }
        }
        n
    }

    /// Like `path_derefs` for a method selection: also the type reached.
    fn method_path(&self, recv: TypeId, index: &[usize]) -> (i32, TypeId) {
        let ty = self.cx.types;
        let mut n = 0;
        let mut t = recv;
        for &ix in index.iter().take(index.len().saturating_sub(1)) {
            if let TypeKind::Pointer(b) = ty.under_kind(t) {
                n += 1;
                t = *b;
            }
            match ty.struct_fields(t) {
                Some(fs) if ix < fs.len() => t = fs[ix].typ,
                _ => break,
            }
        }
        (n, t)
    }

    /// `k.shift(shift)` for the receiver `x` of the method call `x.M(...)`,
    /// noting gc's implicit steps: the embedded fields of a promoted
    /// method (`x.E`, `dot` / `dot of pointer`), then auto-`&` (`address-of`)
    /// or auto-`*` (`indirection`), all at the selector's position.
    fn recv_hole(
        &mut self,
        k: Hole,
        f: &'a Expr<'a>,
        x: &'a Expr<'a>,
        sel: &crate::types::Selection,
        shift: i32,
    ) -> Hole {
        let ty = self.cx.types;
        let mut text = super::print::expr_string_with(self.cx.pcx, self.cx.notes, x);
        let mut steps: Vec<(String, &'static str, i32)> = Vec::new();
        let mut t = sel.recv;
        let mut n = 0;
        for &ix in sel.index.iter().take(sel.index.len().saturating_sub(1)) {
            let mut d = 0;
            if let TypeKind::Pointer(b) = ty.under_kind(t) {
                d = 1;
                t = *b;
            }
            let Some(fs) = ty.struct_fields(t) else {
                break;
            };
            let Some(fd) = fs.get(ix) else {
                break;
            };
            text = format!("{}.{}", text, fd.name);
            let why = if d > 0 { "dot of pointer" } else { "dot" };
            steps.push((text.clone(), why, d));
            n += d;
            t = fd.typ;
        }
        let rest = shift - n;
        let mut k = k;
        match rest {
            -1 => {
                let tx = text.clone();
                k = self.note_text(k.addr(), f.pos, |_| tx, "address-of");
            }
            1 => {
                // gc prints an implicit `*x` as `x`.
                let tx = text.clone();
                k = self.note_text(k.deref(), f.pos, |_| tx, "indirection");
            }
            r => k = k.shift(r),
        }
        for (tx, why, d) in steps.into_iter().rev() {
            k = self.note_text(k.shift(d), f.pos, |_| tx, why);
        }
        k
    }

    // ----- expressions -----

    /// Evaluates `e` into `k`, converting it to `target` first when that is
    /// an interface type and `e` is not (a box allocation unless the value
    /// is pointer-shaped).
    fn expr_conv(&mut self, k: Hole, e: &'a Expr<'a>, target: Option<TypeId>) {
        if let Some(t) = target {
            if self.cx.is_interface(t) {
                if let Some(et) = self.cx.type_of(e) {
                    let nil = self.cx.types.basic_kind(et) == Some(BasicKind::UntypedNil);
                    if !nil && !self.cx.is_interface(et) {
                        let mut k = k;
                        let et = if self.cx.types.is_untyped(et) {
                            self.cx.types.default_type(et)
                        } else {
                            et
                        };
                        if !self.cx.direct_iface(et) {
                            let s = self.new_site(e.id, SiteKind::Box, Some(e), e.pos);
                            k = self.spill(k, s);
                        }
                        let k = self.note_text(
                            k,
                            e.pos,
                            |b| super::print::iface_operand_string(b.cx.pcx, b.cx.notes, e),
                            "interface-converted",
                        );
                        self.expr(k, e);
                        return;
                    }
                }
            }
        }
        if let (Some(t), Some(et)) = (target, self.cx.type_of(e)) {
            // Interface-to-interface conversion: no box, but gc's note.
            if self.cx.is_interface(t) && self.cx.is_interface(et) && t != et {
                let k = self.note_e(k, e, "interface-converted");
                self.expr(k, e);
                return;
            }
        }
        self.expr(k, e);
    }

    fn expr(&mut self, k: Hole, e: &'a Expr<'a>) {
        let mut k = k;
        if k.derefs >= 0 {
            if let Some(t) = self.cx.type_of(e) {
                if !self.cx.types.is_untyped(t) && !self.cx.has_pointers(t) {
                    k = self.blank();
                }
            }
        }
        if self.cx.is_const(e) {
            return;
        }
        match &e.kind {
            ExprKind::Bad | ExprKind::BasicLit(_) | ExprKind::Ellipsis(_) => {}
            ExprKind::Ident(id) => {
                if let Some(o) = self.cx.info.use_(id.id) {
                    if self.cx.is_local_var(o) {
                        let l = self.var_loc(o);
                        self.g.flow(k, l);
                    }
                }
            }
            ExprKind::FuncLit { typ, body } => self.func_lit(k, e, typ, body),
            ExprKind::CompositeLit { .. } => self.composite(k, e, None),
            ExprKind::Paren(x) => self.expr(k, x),
            ExprKind::Selector { x, .. } => {
                let Some(sel) = self.cx.info.selections.get(&e.id).cloned() else {
                    return; // package-qualified name
                };
                match sel.kind {
                    SelectionKind::FieldVal => {
                        let n = self.path_derefs(sel.recv, &sel.index);
                        let why = if n > 0 { "dot of pointer" } else { "dot" };
                        let k = self.note_e(k.shift(n), e, why);
                        self.expr(k, x);
                    }
                    SelectionKind::MethodExpr => {}
                    SelectionKind::MethodVal => self.method_value(k, e, x, &sel),
                }
            }
            ExprKind::Index { x, .. } if e.inst.get() => self.expr(k, x),
            ExprKind::Index { x, indices, .. } => {
                let xt = self.cx.type_of(x);
                match xt.map(|t| self.cx.types.under_kind(t).clone()) {
                    Some(TypeKind::Array { .. }) => {
                        let k = self.note_e(k, e, "fixed-array-index-of");
                        self.expr(k, x)
                    }
                    Some(TypeKind::Map { .. }) => self.discard(x),
                    Some(TypeKind::Signature(_)) => {}
                    _ => {
                        // gc's wording for a slice, string or pointer-to-array index.
                        let k = self.note_e(k.deref(), e, "dot of pointer");
                        self.expr(k, x)
                    }
                }
                for i in indices.iter() {
                    self.discard(i);
                }
            }
            ExprKind::Slice {
                x, low, high, max, ..
            } => {
                let xt = self.cx.type_of(x);
                let arr = xt
                    .is_some_and(|t| matches!(self.cx.types.under_kind(t), TypeKind::Array { .. }));
                let k = self.note_e(k, e, "slice");
                if arr {
                    let k = self.note_text(
                        k.addr(),
                        e.pos,
                        |b| super::print::expr_string_with(b.cx.pcx, b.cx.notes, x),
                        "address-of",
                    );
                    self.expr(k, x);
                } else {
                    self.expr(k, x);
                }
                for y in [low, high, max].into_iter().flatten() {
                    self.discard(y);
                }
            }
            ExprKind::TypeAssert { x, .. } => {
                let k = match self.cx.type_of(e) {
                    Some(t) => {
                        let t = self
                            .cx
                            .types
                            .tuple_types(t)
                            .and_then(|ts| ts.first().copied())
                            .unwrap_or(t);
                        self.dot_type(k, t)
                    }
                    None => k.deref(),
                };
                self.expr(k, x);
            }
            ExprKind::Call { .. } => self.call(Some(&[k]), e),
            ExprKind::Star(x) => {
                let k = self.note_e(k.deref(), e, "indirection");
                self.expr(k, x)
            }
            ExprKind::Unary { op, x } => match op {
                Token::And => {
                    if let ExprKind::CompositeLit { .. } = &x.unparen().kind {
                        let s = self.new_site(e.id, SiteKind::Alloc, Some(e), e.pos);
                        if let Some(t) = self.cx.type_of(x) {
                            if self.cx.types.size_of(t) > MAX_IMPLICIT_STACK_VAR_SIZE {
                                self.force_heap(s);
                            }
                        }
                        let h = self.spill(k, s);
                        self.composite(h, x.unparen(), None);
                    } else {
                        let k = self.note_e(k.addr(), e, "address-of");
                        self.expr(k, x);
                    }
                }
                _ => self.discard(x),
            },
            ExprKind::Binary { op, x, y } => {
                let st = self
                    .cx
                    .type_of(e)
                    .is_some_and(|t| self.cx.types.is_string(t));
                if *op == Token::Add && st {
                    let s = self.new_site(e.id, SiteKind::Alloc, Some(e), e.pos);
                    self.spill(k, s);
                    self.concat_operands(x);
                    self.concat_operands(y);
                } else {
                    self.discard(x);
                    self.discard(y);
                }
            }
            ExprKind::KeyValue { value, .. } => self.expr(k, value),
            ExprKind::ArrayType { .. }
            | ExprKind::StructType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => {}
        }
    }

    /// Operands of one (flattened) string concatenation.
    fn concat_operands(&mut self, e: &'a Expr<'a>) {
        if let ExprKind::Binary {
            op: Token::Add,
            x,
            y,
        } = &e.kind
        {
            if e.parens.get() == 0 && !self.cx.is_const(e) {
                self.concat_operands(x);
                self.concat_operands(y);
                return;
            }
        }
        self.discard(e);
    }

    fn composite(&mut self, k: Hole, e: &'a Expr<'a>, typ: Option<TypeId>) {
        let ExprKind::CompositeLit { elts, .. } = &e.kind else {
            self.expr(k, e);
            return;
        };
        let Some(t) = typ.or_else(|| self.cx.type_of(e)) else {
            return;
        };
        let ty = self.cx.types;
        match ty.under_kind(t).clone() {
            TypeKind::Struct(fs) => {
                for (i, el) in elts.iter().enumerate() {
                    let (ft, v) = match &el.kind {
                        ExprKind::KeyValue { key, value } => {
                            let name = match &key.kind {
                                ExprKind::Ident(id) => id.name,
                                _ => "",
                            };
                            (fs.iter().find(|f| f.name == name).map(|f| f.typ), *value)
                        }
                        _ => (fs.get(i).map(|f| f.typ), *el),
                    };
                    let k = self.note_e(k, e, "struct literal element");
                    self.elem(k, v, ft);
                }
            }
            TypeKind::Array { elem, .. } => {
                for el in elts.iter() {
                    let v = match &el.kind {
                        ExprKind::KeyValue { key, value } => {
                            self.discard(key);
                            *value
                        }
                        _ => *el,
                    };
                    let k = self.note_e(k, e, "array literal element");
                    self.elem(k, v, Some(elem));
                }
            }
            TypeKind::Slice(elem) => {
                let s = self.new_site(e.id, SiteKind::Alloc, Some(e), e.pos);
                let h = self.spill(k, s);
                for el in elts.iter() {
                    let v = match &el.kind {
                        ExprKind::KeyValue { key, value } => {
                            self.discard(key);
                            *value
                        }
                        _ => *el,
                    };
                    let h = self.note_e(h, e, "slice-literal-element");
                    self.elem(h, v, Some(elem));
                }
            }
            TypeKind::Map { key, value } => {
                let s = self.new_site(e.id, SiteKind::Alloc, Some(e), e.pos);
                self.spill(k, s);
                for el in elts.iter() {
                    if let ExprKind::KeyValue { key: kx, value: vx } = &el.kind {
                        let h = self.heap();
                        let hk = self.note_e(h, e, "map literal key");
                        self.elem(hk, kx, Some(key));
                        let hv = self.note_e(h, e, "map literal value");
                        self.elem(hv, vx, Some(value));
                    }
                }
            }
            _ => {
                for el in elts.iter() {
                    self.discard(el);
                }
            }
        }
    }

    /// A composite-literal element of type `t` (elided inner literals
    /// included, `{...}` for `*T` elements meaning `&T{...}`).
    fn elem(&mut self, k: Hole, v: &'a Expr<'a>, t: Option<TypeId>) {
        if let ExprKind::CompositeLit { typ: None, .. } = &v.kind {
            if let Some(t) = t {
                if let Some(b) = self.cx.types.deref(t) {
                    let s = self.new_site(v.id, SiteKind::Alloc, Some(v), v.pos);
                    if self.cx.types.size_of(b) > MAX_IMPLICIT_STACK_VAR_SIZE {
                        self.force_heap(s);
                    }
                    let h = self.spill(k, s);
                    self.composite(h, v, Some(b));
                    return;
                }
                if !self.cx.is_interface(t) {
                    let kk = if self.cx.has_pointers(t) {
                        k
                    } else {
                        self.blank()
                    };
                    self.composite(kk, v, Some(t));
                    return;
                }
            }
        }
        self.expr_conv(k, v, t);
    }

    fn func_lit(
        &mut self,
        k: Hole,
        e: &'a Expr<'a>,
        typ: &'a FuncType<'a>,
        body: &'a BlockStmt<'a>,
    ) {
        let s = self.new_site(e.id, SiteKind::Alloc, Some(e), e.pos);
        let h = self.spill(k, s);
        self.closures.push((h, e.id));
        let caps = self.cx.syn.captures.get(&e.id).cloned().unwrap_or_default();
        for v in caps {
            let l = self.var_loc(v);
            if !self.g.locs[l].captured {
                self.g.locs[l].captured = true;
                if self.g.locs[l].loop_depth == self.loop_depth && self.g.locs[l].func == self.cur {
                    self.g.locs[l].reassigned = false;
                }
            }
        }
        let parent = self.cur;
        let n = self.fns.iter().filter(|f| f.lit.is_some()).count();
        let name = self
            .cx
            .closure_names
            .get(&e.id)
            .cloned()
            .unwrap_or_else(|| format!("{}.func{}", self.fns[parent].name, n + 1));
        let f = BFn {
            name,
            obj: None,
            lit: Some(e.id),
            main: self.fns[parent].main,
            params: Vec::new(),
            results: Vec::new(),
            result_names: Vec::new(),
            result_types: Vec::new(),
            wrapper: false,
            looping: HashSet::new(),
        };
        let called = self.called_lit == Some(e.id);
        self.called_lit = None;
        let fi = self.push_fn(f, parent, !called);
        self.lit_fn.insert(e.id, fi);
        let (old_cur, old_depth) = (self.cur, self.loop_depth);
        self.cur = fi;
        self.loop_depth = 1;
        self.init_sig(fi, None, Some(typ));
        looping_labels(body.list, &mut self.fns[fi].looping);
        self.block(body);
        self.cur = old_cur;
        self.loop_depth = old_depth;
    }

    fn method_value(
        &mut self,
        k: Hole,
        e: &'a Expr<'a>,
        x: &'a Expr<'a>,
        sel: &crate::types::Selection,
    ) {
        let s = self.new_site(e.id, SiteKind::Alloc, Some(e), e.pos);
        let closure_k = self.spill(k, s);
        let shift = self.recv_shift(sel);
        let callee = self.method_callee(sel);
        let nres = self
            .cx
            .obj(sel.obj)
            .and_then(|o| self.cx.types.signature(o.typ))
            .map(|s| s.results.len())
            .unwrap_or(0);
        let ks: Vec<Hole> = (0..nres).map(|_| self.heap()).collect();
        let param_k = self.tag_hole(Some(&ks), &callee, 0);
        let t = self.tee(&[param_k, closure_k]);
        let t = self.recv_hole(t, e, x, sel, shift);
        self.expr(t, x);
    }

    fn method_callee(&self, sel: &crate::types::Selection) -> Callee<'a> {
        let recv_iface = self.cx.is_interface(sel.recv)
            || self
                .cx
                .types
                .deref(sel.recv)
                .is_some_and(|b| self.cx.is_interface(b));
        if recv_iface || !self.cx.decls.contains_key(&sel.obj) {
            // Interface method, or embedded-interface promotion.
            if let Some(ObjKind::Func { recv: Some(r), .. }) = self.cx.obj(sel.obj).map(|o| &o.kind)
            {
                if !self.cx.is_interface(*r) && self.cx.decls.contains_key(&sel.obj) {
                    return Callee::Func(sel.obj);
                }
            }
            return Callee::Unknown;
        }
        Callee::Func(sel.obj)
    }

    /// The receiver adjustment for calling method `sel.obj` on `x`: embedded
    /// path derefs, then auto-& (-1) or auto-* (+1).
    fn recv_shift(&self, sel: &crate::types::Selection) -> i32 {
        let (n, t) = self.method_path(sel.recv, &sel.index);
        let wants_ptr = match self.cx.obj(sel.obj).map(|o| &o.kind) {
            Some(ObjKind::Func { recv: Some(r), .. }) => self.cx.types.is_pointer(*r),
            _ => false,
        };
        let have_ptr = self.cx.types.is_pointer(t);
        if self.cx.is_interface(t) {
            return n;
        }
        match (wants_ptr, have_ptr) {
            (true, false) => n - 1,
            (false, true) => n + 1,
            _ => n,
        }
    }

    // ----- calls -----

    fn is_conversion(&self, e: &Expr<'_>) -> bool {
        if let ExprKind::Call { fun, .. } = &e.kind {
            return self
                .cx
                .info
                .type_of(fun.id)
                .is_some_and(|t| t.mode == Mode::TypeExpr);
        }
        false
    }

    fn builtin_of(&self, fun: &Expr<'_>) -> Option<Builtin> {
        let id = match &fun.unparen().kind {
            ExprKind::Ident(id) => id,
            ExprKind::Selector { sel, .. } => sel,
            _ => return None,
        };
        match self
            .cx
            .info
            .use_(id.id)
            .and_then(|o| self.cx.obj(o))
            .map(|o| &o.kind)
        {
            Some(ObjKind::Builtin(b)) => Some(*b),
            _ => None,
        }
    }

    fn call(&mut self, ks: Option<&[Hole]>, e: &'a Expr<'a>) {
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &e.kind
        else {
            let k = ks.and_then(|k| k.first().copied()).unwrap_or(self.blank());
            self.expr(k, e);
            return;
        };
        let k0 = ks.and_then(|k| k.first().copied()).unwrap_or(self.blank());
        if self.is_conversion(e) {
            self.conversion(k0, e, fun, args);
            return;
        }
        if let Some(b) = self.builtin_of(fun) {
            self.builtin(ks, k0, e, b, args, ellipsis.is_some());
            return;
        }
        self.call_pos = Some(e.pos);
        let (callee, recv, sig_t) = self.resolve(fun);
        let Some(sig) = sig_t.and_then(|t| self.cx.types.signature(t)).cloned() else {
            for a in args.iter() {
                let h = self.heap();
                self.expr(h, a);
            }
            return;
        };
        let mut argv: Vec<ArgV<'a>> = Vec::new();
        if let Some(r) = recv {
            argv.push(r);
        }
        self.collect_args(&mut argv, e, &sig, args, ellipsis.is_some());
        self.finish_call(ks, e, &callee, argv);
    }

    /// gc's devirtualization: an interface method call on a local whose only
    /// value is a conversion from concrete type T calls T's method.
    fn devirtualize(
        &mut self,
        f: &'a Expr<'a>,
        x: &'a Expr<'a>,
        sel: &Ident<'_>,
        s: &crate::types::Selection,
    ) -> Option<(Callee<'a>, Option<ArgV<'a>>, Option<TypeId>)> {
        if !self.cx.is_interface(s.recv) || s.index.len() != 1 {
            return None;
        }
        if !matches!(x.unparen().kind, ExprKind::Ident(_)) {
            return None;
        }
        let sv = self.cx.notes.static_value(self.cx.pcx, x);
        if std::ptr::eq(sv, x.unparen()) {
            return None;
        }
        let mut t = self.cx.type_of(sv)?;
        if self.cx.is_interface(t) {
            // An explicit conversion `I(v)`.
            let ExprKind::Call { args, .. } = &sv.kind else {
                return None;
            };
            if !self.is_conversion(sv) || args.len() != 1 {
                return None;
            }
            t = self.cx.type_of(args[0])?;
            if self.cx.is_interface(t) || self.cx.types.is_untyped(t) {
                return None;
            }
        }
        let ty = self.cx.types;
        let base = ty.deref(t).unwrap_or(t);
        let named = ty.named_info(base)?;
        let m = named
            .methods
            .iter()
            .copied()
            .find(|&m| self.cx.obj(m).is_some_and(|o| o.name == sel.name))?;
        let wants_ptr = match self.cx.obj(m).map(|o| &o.kind) {
            Some(ObjKind::Func { recv: Some(r), .. }) => ty.is_pointer(*r),
            _ => return None,
        };
        if wants_ptr && !ty.is_pointer(t) {
            return None;
        }
        if !self.cx.decls.contains_key(&m) {
            return None;
        }
        let mut shift = if self.cx.direct_iface(t) { 0 } else { 1 };
        if !wants_ptr && ty.is_pointer(t) {
            shift += 1;
        }
        self.cx.notes.set_devirtualized(f.id, t);
        if self.fns[self.cur].main {
            let call_pos = self.call_pos.unwrap_or(f.pos);
            let text = format!(
                "devirtualizing {} to {}",
                super::print::expr_string_with(self.cx.pcx, self.cx.notes, f),
                super::print::type_string(self.cx.pcx, t)
            );
            self.devirt.push(super::Report {
                pos: call_pos,
                text,
                level: 1,
            });
        }
        let mt = self.cx.obj(m).map(|o| o.typ);
        Some((Callee::Func(m), Some(ArgV::E(x, shift, None)), mt))
    }

    /// Static callee, receiver argument and signature of a call's function.
    fn resolve(&mut self, fun: &'a Expr<'a>) -> (Callee<'a>, Option<ArgV<'a>>, Option<TypeId>) {
        let f = fun.unparen();
        match &f.kind {
            ExprKind::Ident(id) => {
                if let Some(o) = self.cx.info.use_(id.id) {
                    if let Some(ob) = self.cx.obj(o) {
                        if let ObjKind::Func { .. } = ob.kind {
                            let c = if self.cx.decls.contains_key(&o) {
                                Callee::Func(o)
                            } else {
                                Callee::Unknown
                            };
                            return (c, None, Some(ob.typ));
                        }
                        let sv = self.cx.notes.static_value(self.cx.pcx, f);
                        if let ExprKind::FuncLit { .. } = sv.kind {
                            let t = self.cx.type_of(f);
                            return (Callee::Lit(sv), None, t);
                        }
                    }
                }
                let t = self.cx.type_of(f);
                self.discard(f);
                (Callee::Unknown, None, t)
            }
            ExprKind::FuncLit { .. } => {
                self.called_lit = Some(f.id);
                let t = self.cx.type_of(f);
                self.discard(f);
                (Callee::Lit(f), None, t)
            }
            ExprKind::Selector { x, sel } => {
                match self.cx.info.selections.get(&f.id).cloned() {
                    None => {
                        // pkg.F
                        if let Some(o) = self.cx.info.use_(sel.id) {
                            if let Some(ob) = self.cx.obj(o) {
                                if let ObjKind::Func { .. } = ob.kind {
                                    let c = if self.cx.decls.contains_key(&o) {
                                        Callee::Func(o)
                                    } else {
                                        Callee::Unknown
                                    };
                                    return (c, None, Some(ob.typ));
                                }
                            }
                        }
                        let t = self.cx.type_of(f);
                        (Callee::Unknown, None, t)
                    }
                    Some(s) if s.kind == SelectionKind::MethodVal => {
                        if let Some(r) = self.devirtualize(f, x, sel, &s) {
                            return r;
                        }
                        let shift = self.recv_shift(&s);
                        let callee = self.method_callee(&s);
                        if self.g.explain {
                            self.recv_sel.insert(x.id, (f, s.clone()));
                        }
                        let t = self.cx.obj(s.obj).map(|o| o.typ);
                        let t = match callee {
                            Callee::Func(_) => t,
                            _ => self.cx.type_of(f).or(t),
                        };
                        (callee, Some(ArgV::E(x, shift, None)), t)
                    }
                    Some(s) if s.kind == SelectionKind::MethodExpr => {
                        // T.M(recv, args...): the function type has the
                        // receiver as its first parameter.
                        let callee = self.method_callee(&s);
                        let t = self.cx.type_of(f);
                        (callee, None, t)
                    }
                    Some(_) => {
                        let t = self.cx.type_of(f);
                        self.discard(f);
                        (Callee::Unknown, None, t)
                    }
                }
            }
            _ => {
                let t = self.cx.type_of(f);
                self.discard(f);
                (Callee::Unknown, None, t)
            }
        }
    }

    fn collect_args(
        &mut self,
        argv: &mut Vec<ArgV<'a>>,
        call: &'a Expr<'a>,
        sig: &crate::types::Signature,
        args: &'a [&'a Expr<'a>],
        ddd: bool,
    ) {
        let np = sig.params.len();
        // f(g()) with several results.
        if args.len() == 1 && np > 1 {
            if let ExprKind::Call { .. } = &args[0].unparen().kind {
                let tmps: Vec<LocId> = (0..np).map(|_| self.temp()).collect();
                let ks: Vec<Hole> = tmps.iter().map(|&t| Hole::to(t)).collect();
                self.call(Some(&ks), args[0].unparen());
                argv.extend(tmps.into_iter().map(ArgV::L));
                return;
            }
        }
        let nfixed = if sig.variadic { np - 1 } else { np };
        for (i, a) in args.iter().enumerate().take(nfixed) {
            argv.push(ArgV::E(a, 0, sig.params.get(i).copied()));
        }
        if sig.variadic {
            if ddd {
                if let Some(a) = args.get(nfixed) {
                    argv.push(ArgV::E(a, 0, None));
                }
            } else if args.len() > nfixed {
                let elem = match self.cx.types.under_kind(sig.params[np - 1]) {
                    TypeKind::Slice(t) => Some(*t),
                    _ => None,
                };
                let els = args[nfixed..].iter().map(|a| ArgV::E(a, 0, elem)).collect();
                argv.push(ArgV::Slice(call, els));
            } else {
                argv.push(ArgV::Nil);
            }
        }
    }

    fn arg_into(&mut self, k: Hole, a: &ArgV<'a>) {
        match a {
            ArgV::E(e, shift, conv) => {
                let k = match self.recv_sel.get(&e.id).cloned() {
                    Some((f, sel)) => self.recv_hole(k, f, e, &sel, *shift),
                    None => k.shift(*shift),
                };
                self.expr_conv(k, e, *conv)
            }
            ArgV::L(l) => self.g.flow(k, *l),
            ArgV::Slice(call, els) => {
                let s = self.new_site(call.id, SiteKind::Variadic, None, call.pos);
                let h = self.spill(k, s);
                let h = self.note_text(
                    h,
                    call.pos,
                    |_| String::from("... argument"),
                    "slice-literal-element",
                );
                for el in els {
                    self.arg_into(h, el);
                }
            }
            ArgV::Nil => {}
        }
    }

    fn finish_call(
        &mut self,
        ks: Option<&[Hole]>,
        call: &'a Expr<'a>,
        callee: &Callee<'a>,
        argv: Vec<ArgV<'a>>,
    ) {
        if let Some(ks) = ks {
            if let Some(fi) = self.batch_fn(callee) {
                let res = self.fns[fi].results.clone();
                for (i, r) in res.iter().enumerate() {
                    if let Some(k) = ks.get(i) {
                        self.g.flow(*k, *r);
                    }
                }
            }
        }
        for (i, a) in argv.iter().enumerate() {
            let k = self.tag_hole(ks, callee, i);
            let k = self.note_e(k, call, "call parameter");
            self.arg_into(k, a);
        }
    }

    fn batch_fn(&self, callee: &Callee<'a>) -> Option<usize> {
        match callee {
            Callee::Func(o) => self.batch_objs.get(o).copied(),
            Callee::Lit(l) => self.lit_fn.get(&l.id).copied(),
            Callee::Unknown => None,
        }
    }

    /// Where argument `i` (receiver first) of a call goes.
    fn tag_hole(&mut self, ks: Option<&[Hole]>, callee: &Callee<'a>, i: usize) -> Hole {
        if let Callee::Unknown = callee {
            return self.heap();
        }
        if let Some(fi) = self.batch_fn(callee) {
            return match self.fns[fi].params.get(i) {
                Some((Some(l), ..)) => Hole::to(*l),
                Some((None, ..)) => self.blank(),
                None => self.heap(),
            };
        }
        let Callee::Func(o) = callee else {
            return self.heap();
        };
        let Some(sum) = self.cx.summaries.get(o) else {
            return self.heap();
        };
        let Some(l) = sum.get(i).cloned() else {
            return self.heap();
        };
        let mut tag = Vec::new();
        if let Some(x) = l.heap {
            tag.push(self.heap().shift(x as i32));
        }
        if let Some(x) = l.mutator {
            tag.push(Hole::to(MUTATOR).shift(x as i32));
        }
        if let Some(ks) = ks {
            for (r, x) in l.results.iter().enumerate() {
                if let (Some(x), Some(k)) = (x, ks.get(r)) {
                    tag.push(k.shift(*x as i32));
                }
            }
        }
        self.tee(&tag)
    }

    fn conversion(
        &mut self,
        k: Hole,
        e: &'a Expr<'a>,
        fun: &'a Expr<'a>,
        args: &'a [&'a Expr<'a>],
    ) {
        let Some(x) = args.first() else { return };
        let Some(to) = self.cx.info.type_of(fun.id).map(|t| t.typ) else {
            return;
        };
        if self.cx.is_const(e) {
            return;
        }
        let from = self.cx.type_of(x).unwrap_or(to);
        let ty = self.cx.types;
        if self.cx.is_interface(to) {
            if !self.cx.is_interface(from) && ty.basic_kind(from) != Some(BasicKind::UntypedNil) {
                let from = if ty.is_untyped(from) {
                    ty.default_type(from)
                } else {
                    from
                };
                let mut k = k;
                if !self.cx.direct_iface(from) {
                    let s = self.new_site(e.id, SiteKind::Box, Some(e), x.pos);
                    k = self.spill(k, s);
                }
                self.expr(k, x);
                return;
            }
            self.expr(k, x);
            return;
        }
        let to_u = ty.under_kind(to).clone();
        let from_u = ty.under_kind(from).clone();
        let is_str = |t: &TypeKind| {
            matches!(
                t,
                TypeKind::Basic(BasicKind::String) | TypeKind::Basic(BasicKind::UntypedString)
            )
        };
        let bytes_or_runes = |t: &TypeKind| match t {
            TypeKind::Slice(el) => matches!(
                ty.under_kind(*el),
                TypeKind::Basic(BasicKind::Uint8) | TypeKind::Basic(BasicKind::Int32)
            ),
            _ => false,
        };
        let alloc = (is_str(&from_u) && bytes_or_runes(&to_u))
            || (bytes_or_runes(&from_u) && is_str(&to_u))
            || (is_str(&to_u) && ty.is_integer(from));
        if alloc {
            let s = self.new_site(e.id, SiteKind::Alloc, Some(e), x.pos);
            if is_str(&from_u) {
                if let TypeKind::Slice(el) = to_u {
                    if matches!(ty.under_kind(el), TypeKind::Basic(BasicKind::Uint8)) {
                        self.sites[s].str2bytes = true;
                    }
                }
            }
            self.spill(k, s);
            self.discard(x);
            return;
        }
        self.expr(k, x);
    }

    fn builtin(
        &mut self,
        ks: Option<&[Hole]>,
        k0: Hole,
        e: &'a Expr<'a>,
        b: Builtin,
        args: &'a [&'a Expr<'a>],
        ddd: bool,
    ) {
        let ty = self.cx.types;
        match b {
            Builtin::New => {
                let s = self.new_site(e.id, SiteKind::Alloc, Some(e), e.pos);
                let et = self.cx.type_of(e).and_then(|t| ty.deref(t));
                if let Some(t) = et {
                    if ty.size_of(t) > MAX_IMPLICIT_STACK_VAR_SIZE {
                        self.force_heap(s);
                    }
                }
                let h = self.spill(k0, s);
                // new(expr) (Go 1.26): the value is stored in the new object.
                if let Some(a) = args.first() {
                    let is_type = self
                        .cx
                        .info
                        .type_of(a.id)
                        .is_some_and(|t| t.mode == Mode::TypeExpr);
                    if !is_type {
                        self.elem(h, a, et);
                    }
                }
            }
            Builtin::Make => {
                let Some(t) = self.cx.type_of(e) else { return };
                match ty.under_kind(t).clone() {
                    TypeKind::Slice(elem) => {
                        let s = self.new_site(e.id, SiteKind::Alloc, Some(e), e.pos);
                        let n = args
                            .get(2)
                            .or(args.get(1))
                            .and_then(|a| self.const_int(a).or_else(|| self.static_int(a)));
                        let es = ty.size_of(elem);
                        if es == 0 {
                            self.force_heap(s);
                        } else if let Some(n) = n {
                            if n > (MAX_IMPLICIT_STACK_VAR_SIZE / es) as i128 {
                                self.force_heap(s);
                            }
                        }
                        self.spill(k0, s);
                        for a in args.iter().skip(1) {
                            self.discard(a);
                        }
                    }
                    TypeKind::Map { .. } => {
                        let s = self.new_site(e.id, SiteKind::Alloc, Some(e), e.pos);
                        self.spill(k0, s);
                        for a in args.iter().skip(1) {
                            self.discard(a);
                        }
                    }
                    _ => {
                        for a in args.iter().skip(1) {
                            self.discard(a);
                        }
                    }
                }
            }
            Builtin::Append => {
                let Some(first) = args.first() else { return };
                let st = self.cx.type_of(first);
                let elem = st.and_then(|t| match ty.under_kind(t) {
                    TypeKind::Slice(el) => Some(*el),
                    _ => None,
                });
                let elem_ptr = elem.is_some_and(|t| self.cx.has_pointers(t));
                let mut ak = self.tee(&[k0, Hole::to(MUTATOR)]);
                if elem_ptr {
                    let hd = self.heap().deref();
                    let hd = self.note_e(hd, e, "appendee slice");
                    ak = self.tee(&[ak, hd]);
                }
                let ak = self.note_e(ak, e, "call parameter");
                self.expr(ak, first);
                if ddd {
                    if let Some(a) = args.get(1) {
                        let sp = self.cx.type_of(a).is_some_and(|t| {
                            matches!(ty.under_kind(t), TypeKind::Slice(el) if self.cx.has_pointers(*el))
                        });
                        let k = if sp {
                            self.heap().deref()
                        } else {
                            self.blank()
                        };
                        self.expr(k, a);
                    }
                } else {
                    for a in args.iter().skip(1) {
                        let h = self.heap();
                        let h = self.note_e(h, e, "call parameter");
                        self.expr_conv(h, a, elem);
                    }
                }
                let s = self.new_site(e.id, SiteKind::Append, Some(e), e.pos);
                let loc = self.sites[s].loc;
                self.g.locs[loc].loop_depth = 0;
                self.spill(k0, s);
            }
            Builtin::Copy => {
                if let Some(a) = args.first() {
                    self.mutate(a);
                }
                if let Some(a) = args.get(1) {
                    let sp = self.cx.type_of(a).is_some_and(|t| {
                        matches!(ty.under_kind(t), TypeKind::Slice(el) if self.cx.has_pointers(*el))
                    });
                    let k = if sp {
                        self.heap().deref()
                    } else {
                        self.blank()
                    };
                    self.expr(k, a);
                }
            }
            Builtin::Panic => {
                if let Some(a) = args.first() {
                    let h = self.heap();
                    let h = self.note_e(h, e, "call parameter");
                    let any = self.any_type(e);
                    self.expr_conv(h, a, any);
                }
            }
            Builtin::Min | Builtin::Max => {
                for a in args.iter() {
                    self.expr(k0, a);
                }
            }
            Builtin::Clear => {
                if let Some(a) = args.first() {
                    self.mutate(a);
                }
            }
            Builtin::String
            | Builtin::Slice
            | Builtin::Add
            | Builtin::StringData
            | Builtin::SliceData => {
                if let Some(a) = args.first() {
                    self.expr(k0, a);
                }
                for a in args.iter().skip(1) {
                    self.discard(a);
                }
            }
            _ => {
                for a in args.iter() {
                    self.discard(a);
                }
            }
        }
        let _ = ks;
    }

    /// The `any` type (panic's parameter): an interface type seen in the
    /// program, or None (no conversion modelled).
    fn any_type(&self, _e: &Expr<'_>) -> Option<TypeId> {
        self.cx
            .types
            .intern
            .get(&TypeKind::Interface {
                methods: Vec::new(),
                terms: Vec::new(),
            })
            .copied()
    }

    fn static_int(&self, e: &'a Expr<'a>) -> Option<i128> {
        use num_traits::ToPrimitive;
        match self.cx.notes.static_const(self.cx.pcx, e)? {
            crate::types::ConstValue::Int(i) => i.to_i128(),
            _ => None,
        }
    }

    fn const_int(&self, e: &Expr<'_>) -> Option<i128> {
        use num_traits::ToPrimitive;
        let tv = self.cx.info.type_of(e.id)?;
        match tv.value.as_ref()? {
            crate::types::ConstValue::Int(i) => i.to_i128(),
            _ => None,
        }
    }

    fn go_defer(&mut self, e: &'a Expr<'a>, is_go: bool, stmt_pos: Pos) {
        let mut k = self.heap();
        if !is_go && self.loop_depth == 1 {
            let t = self.temp();
            self.g.locs[t].persists = true;
            k = Hole::to(t);
        }
        let call = e.unparen();
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &call.kind
        else {
            self.discard(e);
            return;
        };
        // Zero-argument, zero-result call of a function value: the value
        // itself is what is deferred.
        let plain = !self.is_conversion(call) && self.builtin_of(fun).is_none() && {
            let f = fun.unparen();
            let sig = self.cx.type_of(f).and_then(|t| self.cx.types.signature(t));
            let is_method = self
                .cx
                .info
                .selections
                .get(&f.id)
                .is_some_and(|s| s.kind == SelectionKind::MethodVal);
            sig.is_some_and(|s| s.params.is_empty() && s.results.is_empty()) && !is_method
        };
        if plain {
            self.expr(k, fun);
            return;
        }
        if !is_go && !DEFER_WRAPPERS_IN_FRAME {
            k = self.heap();
        }
        // `go/defer f(x)`: x1 := x; go/defer func() { f(x1) }()
        let parent = self.cur;
        let s = self.new_site(call.id, SiteKind::Wrapper, None, stmt_pos);
        let clo_k = self.spill(k, s);
        let mut tmps = Vec::new();
        let wrap_arg =
            |b: &mut Self, a: ArgV<'a>, tmps: &mut Vec<LocId>, at: Option<Pos>| -> ArgV<'a> {
                match a {
                    ArgV::E(x, shift, conv) => {
                        let boxed = conv.is_some_and(|t| b.cx.is_interface(t));
                        if b.cx.is_const(x) && !boxed {
                            return ArgV::E(x, shift, conv);
                        }
                        let t = b.temp();
                        let mut k = Hole::to(t);
                        if let Some(n) = b.cx.notes.go_defer_temp(x.id) {
                            let tname = format!(".autotmp_{}", n);
                            b.temp_names.insert(t, tname.clone());
                            let width = conv
                                .or_else(|| b.cx.type_of(x))
                                .map(|ty| b.cx.types.size_of(ty))
                                .unwrap_or(0);
                            b.wrapper_caps
                                .push((b.cur, at.unwrap_or(x.pos), tname.clone(), width));
                            k = b.note_text(
                                k,
                                stmt_pos,
                                |bb| {
                                    format!(
                                        "{} = {}",
                                        tname,
                                        super::print::expr_string_with(bb.cx.pcx, bb.cx.notes, x)
                                    )
                                },
                                "assign-pair",
                            );
                        }
                        b.expr_conv(k.shift(shift), x, conv);
                        tmps.push(t);
                        ArgV::L(t)
                    }
                    other => other,
                }
            };
        if let Some(bi) = self.builtin_of(fun) {
            // defer close(ch), defer delete(m, k), defer panic(x), ...
            for a in args.iter() {
                let t = self.temp();
                let kk = if bi == Builtin::Panic {
                    self.heap()
                } else {
                    Hole::to(t)
                };
                self.expr(kk, a);
                tmps.push(t);
            }
            for t in tmps {
                self.g.flow(clo_k, t);
            }
            return;
        }
        let (callee, recv, sig_t) = if self.is_conversion(call) {
            (Callee::Unknown, None, None)
        } else {
            self.resolve_for_wrapper(fun, &mut tmps)
        };
        let Some(sig) = sig_t.and_then(|t| self.cx.types.signature(t)).cloned() else {
            for a in args.iter() {
                let h = self.heap();
                self.expr(h, a);
            }
            return;
        };
        let mut argv = Vec::new();
        if let Some(r) = recv {
            // A devirtualized receiver is captured as the interface value
            // (gc: `.autotmp = x; go func() { .autotmp.M() }()`, devirtualized
            // inside the wrapper), so the wrapper holds the box.
            let r = match r {
                ArgV::E(x, _, conv) if self.cx.notes.devirtualized(fun.unparen().id).is_some() => {
                    ArgV::E(x, 0, conv)
                }
                r => r,
            };
            let at = match r {
                ArgV::E(_, shift, _) if shift < 0 => Some(fun.unparen().pos),
                _ => None,
            };
            let r = wrap_arg(self, r, &mut tmps, at);
            argv.push(r);
        }
        let mut raw = Vec::new();
        self.collect_args(&mut raw, call, &sig, args, ellipsis.is_some());
        for a in raw {
            let a = match a {
                ArgV::Slice(c, els) => {
                    let els = els
                        .into_iter()
                        .map(|x| wrap_arg(self, x, &mut tmps, None))
                        .collect();
                    ArgV::Slice(c, els)
                }
                other => wrap_arg(self, other, &mut tmps, None),
            };
            argv.push(a);
        }
        for &t in &tmps {
            self.g.locs[t].captured = true;
            self.g.flow(clo_k, t);
        }
        // The wrapper's body: the call itself.
        let f = BFn {
            name: format!("{}.gowrap", self.fns[parent].name),
            obj: None,
            lit: None,
            main: self.fns[parent].main,
            params: Vec::new(),
            results: Vec::new(),
            result_names: Vec::new(),
            result_types: Vec::new(),
            wrapper: true,
            looping: HashSet::new(),
        };
        let fi = self.push_fn(f, parent, true);
        let (oc, od) = (self.cur, self.loop_depth);
        self.cur = fi;
        self.loop_depth = 1;
        self.finish_call(None, call, &callee, argv);
        self.cur = oc;
        self.loop_depth = od;
    }

    /// Like `resolve`, but a function value that is not statically known
    /// is evaluated into a temporary captured by the wrapper.
    fn resolve_for_wrapper(
        &mut self,
        fun: &'a Expr<'a>,
        tmps: &mut Vec<LocId>,
    ) -> (Callee<'a>, Option<ArgV<'a>>, Option<TypeId>) {
        let f = fun.unparen();
        if let ExprKind::FuncLit { .. } = f.kind {
            // The literal is evaluated before the statement and captured by
            // the wrapper, which calls it.
            let tmp = self.temp();
            self.expr(Hole::to(tmp), f);
            tmps.push(tmp);
            return (Callee::Lit(f), None, self.cx.type_of(f));
        }
        let (c, r, t) = self.resolve(fun);
        if let Callee::Unknown = c {
            // The function value itself is captured (and may be a closure
            // that escapes with the wrapper).
            let f = fun.unparen();
            if !matches!(f.kind, ExprKind::Selector { .. }) {
                let tmp = self.temp();
                self.expr(Hole::to(tmp), f);
                tmps.push(tmp);
            }
        }
        (c, r, t)
    }
}

/// Labels that a later `goto` jumps back to (heads of unstructured loops).
fn looping_labels<'a>(stmts: &'a [Stmt<'a>], out: &mut HashSet<&'a str>) {
    let mut seen: HashSet<&'a str> = HashSet::new();
    fn walk<'a>(s: &'a Stmt<'a>, seen: &mut HashSet<&'a str>, out: &mut HashSet<&'a str>) {
        match &s.kind {
            StmtKind::Labeled { label, stmt } => {
                seen.insert(label.name);
                walk(stmt, seen, out);
            }
            StmtKind::Branch {
                tok: BranchTok::Goto,
                label: Some(l),
            } if seen.contains(l.name) => {
                out.insert(l.name);
            }
            StmtKind::Block(b) => b.list.iter().for_each(|s| walk(s, seen, out)),
            StmtKind::If { body, els, .. } => {
                body.list.iter().for_each(|s| walk(s, seen, out));
                if let Some(e) = els {
                    walk(e, seen, out);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                body.list.iter().for_each(|s| walk(s, seen, out))
            }
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                for c in body.iter() {
                    c.body.iter().for_each(|s| walk(s, seen, out));
                }
            }
            StmtKind::Select { body } => {
                for c in body.iter() {
                    c.body.iter().for_each(|s| walk(s, seen, out));
                }
            }
            _ => {}
        }
    }
    for s in stmts {
        walk(s, &mut seen, out);
    }
}
