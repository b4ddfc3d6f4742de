//! Escape analysis: which values may live in a goroutine's frame and which
//! must be allocated on the heap, modelled on gc's (cmd/compile/internal/escape).
//!
//! # The model
//!
//! Every place that can hold a value is a *location*: each variable
//! (parameters and named results included), each unnamed result, the
//! storage of each allocation site (`&T{}`, `new`, `make`, slice and map
//! literals, function literals, interface boxes, the implicit slice of a
//! variadic call, string concatenations and `[]byte`/`string` conversions,
//! `append`'s new backing store), compiler temporaries, and three
//! pseudo-locations: the heap, the blank sink and the "mutator" (pointers
//! whose targets get written). An assignment `dst = src` becomes an edge
//! weighted by dereferences: `p = &x` is -1, `p = q` is 0, `p = *q` is +1.
//!
//! # Phases
//!
//! 1. A syntactic pre-pass (`legacy.rs`) finds, per function literal, the
//!    variables it captures, and which variables are ever reassigned (the
//!    code generator's `reassigned`).
//! 2. Functions with bodies form a static call graph (any reference to a
//!    declared function or method is an edge). Its strongly connected
//!    components are analysed bottom-up (`batches`), so a call to a function
//!    of an earlier batch uses that function's *summary* (per parameter: the
//!    fewest dereferences with which it reaches the heap or result N), and
//!    only calls inside one batch (recursion) connect graphs directly. Function
//!    literals are analysed with their enclosing function. Functions
//!    without bodies (Burrow's natives) have hand-written summaries
//!    (`natives.rs`) mirroring what gc's tags say for the same API; unknown
//!    ones leak every pointer parameter to the heap.
//! 3. `build.rs` walks each batch's bodies and adds the edges; closures then
//!    choose by-value or by-reference capture (gc's rule: by value when at
//!    most 128 bytes, never reassigned after capture, address never taken)
//!    and flow into their closure's storage; variables over 128 KiB and
//!    implicit allocations over 64 KiB are tied to the heap.
//! 4. `graph.rs` solves: from every root, the fewest dereferences with
//!    which each location's value reaches it; a location whose *address*
//!    reaches a root that outlives it (the heap, a result, a variable of an
//!    outer loop level or an enclosing function) escapes and becomes a root
//!    itself. Parameters reaching the heap or a result record a leak.
//! 5. `finish` turns locations into `Decisions` and gc's `-m` lines.
//!
//! # gc's front-end rewrites, modelled here
//!
//! * `go f(x)` / `defer f(x)` become `x1 := x; go func() { f(x1) }()`: the
//!   arguments are evaluated into temporaries captured by a wrapper closure
//!   that escapes for `go` and for a `defer` inside a loop; a top-level
//!   `defer` keeps its wrapper (the code generator's thunk, keyed by the
//!   deferred call) in the frame. Wrappers are never reported.
//! * Devirtualization: an interface method call on a local whose only value
//!   is a conversion from one concrete type calls that type's method
//!   (`devirtualizing a.M to T`), so the box may stay in the frame.
//! * Self-assignments (`b.buf = b.buf[:n]`, `x[i], x[j] = x[j], x[i]`) add
//!   no flow (`... ignoring self-assignment in ...`).
//! * Statically initialised globals (`var p = &T{...}` of constants) are not
//!   analysed, as gc lays them out at compile time.
//! * Static values (the printer's `Notes`, gc's ReassignOracle): constant
//!   `make` sizes and closures called through never-reassigned locals.
//!
//! # Invariants
//!
//! * Soundness first: a site is in `frame_sites` only if the solver proved
//!   it does not escape (a key shared by two sites, such as a deferred
//!   variadic call's thunk and its `...` slice, only if both do); size limits
//!   force the heap. So no heap object is ever given a pointer into a frame
//!   (DESIGN.md, invariant 3); the vm's `escape-check` feature verifies it
//!   on the conformance suite. One departure from gc keeps this true: gc
//!   evaluates composite-literal arguments of `go`/`defer` inside the
//!   wrapper, Burrow at the statement, so they escape with the wrapper.
//! * `heap_vars` is exactly gc's `moved to heap` set; every other variable,
//!   address-taken or captured by reference, stays in its frame.
//! * Reports are produced for the main package only, in gc's words, at
//!   gc's positions; their order within a line follows gc's emission order
//!   (lines found while walking, then per batch parameters, variables and
//!   sites; devirtualization lines first of all, as gc's earlier pass).
//! * `-m=2` explanations (`analyze_with_sources`): every edge carries a
//!   chain of notes (`from WHERE (WHY) at POS`); when the solver finds an
//!   escape or a parameter leak in the main package it records the path it
//!   followed (each location remembers the edge it was reached by), and
//!   `explain` prints it as gc does: `X escapes to heap in F:`,
//!   `flow: dst ← &src:`, then the notes, newest first. As in gc, a flow
//!   straight into the heap is explained while building, naming an
//!   interface operand as written (`x`); the rest after solving, when gc
//!   has rewritten constant operands (`7`).

mod build;
mod graph;
mod legacy;
mod natives;
pub mod print;

use crate::syntax::ast::*;
use crate::syntax::source::Pos;
use crate::types::{Info, ObjId, ObjKind, Object, PkgId, TypeId, TypeTable};
use build::{Builder, Cx, MAX_STACK_VAR_SIZE};
pub use graph::Leaks;
use graph::{Hole, LocKind, SiteKind, HEAP};
use std::cell::RefCell;
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
    /// Variables that live in heap cells (`moved to heap: x`).
    pub heap_vars: HashSet<ObjId>,
    /// By function-literal `Expr` id: captured variables.
    pub captures: HashMap<NodeId, Vec<Capture>>,
    /// Allocation sites proven not to escape (see the contract in the
    /// crate's ARCHITECTURE notes for the key of each kind). Also keyed,
    /// additively: slice and map literals by their `CompositeLit` id, an
    /// elided `{...}` of pointer element type by its `CompositeLit` id, a
    /// method value by its selector id, `append` by its call id.
    pub frame_sites: HashSet<NodeId>,
    /// The implicit `...` slices (by call id) proven not to escape. Kept
    /// apart from `frame_sites`: the call's id also keys the interface box
    /// of its result (`fmt.Println(f(xs...))`), and one key may not decide
    /// two sites (the slice's elements were placed by the slice's own fate).
    pub frame_variadic: HashSet<NodeId>,
    /// Variables assigned after their declaration (named results included).
    pub reassigned: HashSet<ObjId>,
    /// The `-m` lines for the main package's files, in the order gc emits
    /// them at `-m=2` (the CLI filters by level and orders as gc does).
    pub reports: Vec<Report>,
    /// Parameter summaries of every analysed function (receiver first).
    pub summaries: HashMap<ObjId, Vec<Leaks>>,
    /// `[]byte(s)` conversions (call Expr ids) whose result is never written
    /// through: gc's `zero-copy string->[]byte conversion`; when the site is
    /// also in `frame_sites` the slice may alias the string's bytes.
    pub zero_copy: HashSet<NodeId>,
    /// `devirtualizing` lines while the batches run (moved to the front).
    devirt: Vec<Report>,
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
    /// Where the implicit `...` slice of call `n` lives.
    pub fn variadic_site(&self, n: NodeId) -> Alloc {
        if self.frame_variadic.contains(&n) {
            Alloc::Frame
        } else {
            Alloc::Heap
        }
    }
    pub fn captures_of(&self, lit: NodeId) -> &[Capture] {
        self.captures.get(&lit).map(|v| v.as_slice()).unwrap_or(&[])
    }
}

/// The type of an object (helper for callers).
pub fn obj_type(objects: &[Object], o: ObjId) -> Option<TypeId> {
    objects.get(o.0 as usize).map(|x| x.typ)
}

/// Runs the analysis over all function bodies (and package-level
/// initialisers) of `files`; the main package's files come last.
pub fn analyze(
    info: &Info,
    objects: &[Object],
    types: &TypeTable,
    files: &[&File<'_>],
) -> Decisions {
    analyze_with_sources(info, objects, types, files, None)
}

/// `analyze`, plus gc's `-m=2` flow explanations (level-2 reports), which
/// name source positions and so need the source map.
pub fn analyze_with_sources(
    info: &Info,
    objects: &[Object],
    types: &TypeTable,
    files: &[&File<'_>],
    sources: Option<&crate::syntax::source::SourceMap>,
) -> Decisions {
    let syn = legacy::syntactic(info, objects, types, files);
    let main_name = files.last().map(|f| f.name.name).unwrap_or("main");
    let is_main = |f: &File<'_>| f.name.name == main_name && main_name == "main";

    // Declared functions.
    let mut decls: HashMap<ObjId, (&FuncDecl<'_>, bool)> = HashMap::new();
    let mut order: Vec<ObjId> = Vec::new();
    let mut main_pkg: Option<PkgId> = None;
    for f in files {
        for d in f.decls.iter() {
            if let Decl::Func(fd) = d {
                if let Some(o) = info.def(fd.name.id) {
                    decls.insert(o, (fd, is_main(f)));
                    order.push(o);
                    if is_main(f) && main_pkg.is_none() {
                        main_pkg = objects.get(o.0 as usize).and_then(|x| x.pkg);
                    }
                }
            }
        }
    }
    let mut d = Decisions::default();
    // Natives.
    for (&o, &(fd, _)) in decls.iter() {
        if fd.body.is_none() {
            d.summaries
                .insert(o, natives::summary(info, objects, types, o, fd));
        }
    }
    let pcx0 = print::PrintCx {
        info,
        objects,
        types,
        pkg: main_pkg.unwrap_or(PkgId(u32::MAX)),
    };
    let notes = print::Notes::new(&pcx0, files);
    let main_files: Vec<&File<'_>> = files.iter().copied().filter(|f| is_main(f)).collect();
    let closure_names = print::closure_names(&pcx0, &main_files);
    let cx_summaries = RefCell::new(std::mem::take(&mut d.summaries));
    let pcx_pkg = main_pkg.unwrap_or(PkgId(u32::MAX));

    let batches = batches(info, objects, &decls, &order);
    for batch in batches {
        let sums = cx_summaries.borrow().clone();
        let cx = Cx {
            info,
            objects,
            types,
            decls: &decls,
            summaries: &sums,
            notes: &notes,
            closure_names: &closure_names,
            pcx: &pcx0,
            syn: &syn,
            ptr_cache: RefCell::new(HashMap::new()),
        };
        let mut b = Builder::new(&cx);
        b.g.explain = sources.is_some();
        let mut idx = Vec::new();
        for &o in &batch {
            let (fd, main) = decls[&o];
            idx.push(b.fns.len());
            b.add_decl(o, fd, main);
        }
        for (i, &o) in batch.iter().enumerate() {
            let (fd, _) = decls[&o];
            b.walk_decl(idx[i], fd);
        }
        let new_sums = finish(&mut b, &mut d, pcx_pkg, sources);
        cx_summaries.borrow_mut().extend(new_sums);
    }
    // Package initialisers.
    {
        let sums = cx_summaries.borrow().clone();
        let cx = Cx {
            info,
            objects,
            types,
            decls: &decls,
            summaries: &sums,
            notes: &notes,
            closure_names: &closure_names,
            pcx: &pcx0,
            syn: &syn,
            ptr_cache: RefCell::new(HashMap::new()),
        };
        let mut b = Builder::new(&cx);
        b.g.explain = sources.is_some();
        for f in files {
            let mut specs = Vec::new();
            for dcl in f.decls.iter() {
                if let Decl::Gen(g) = dcl {
                    if g.tok == crate::syntax::token::Token::Var {
                        for s in g.specs.iter() {
                            if let Spec::Value(vs) = s {
                                specs.push(*vs);
                            }
                        }
                    }
                }
            }
            if !specs.is_empty() {
                b.walk_init(&specs, is_main(f));
            }
        }
        finish(&mut b, &mut d, pcx_pkg, sources);
    }
    d.summaries = cx_summaries.into_inner();
    let mut devirt = std::mem::take(&mut d.devirt);
    devirt.sort_by_key(|r| r.pos);
    devirt.append(&mut d.reports);
    d.reports = devirt;
    d.reassigned = syn.reassigned;
    d
}

/// Strongly connected components of the static call graph, callees first.
fn batches(
    info: &Info,
    objects: &[Object],
    decls: &HashMap<ObjId, (&FuncDecl<'_>, bool)>,
    order: &[ObjId],
) -> Vec<Vec<ObjId>> {
    // Node ids are handed out by the parser in source order, so the nodes
    // of a declaration lie between its name and the next declaration's.
    let mut with_body: Vec<(u32, ObjId)> = order
        .iter()
        .filter(|o| decls[o].0.body.is_some())
        .map(|&o| (decls[&o].0.name.id.0, o))
        .collect();
    with_body.sort();
    let index: HashMap<ObjId, usize> = with_body
        .iter()
        .enumerate()
        .map(|(i, &(_, o))| (o, i))
        .collect();
    let n = with_body.len();
    let limit = info.uses.len().max(info.types.len()) as u32;
    let mut succ: Vec<Vec<usize>> = vec![Vec::new(); n];
    for i in 0..n {
        let lo = with_body[i].0;
        let hi = if i + 1 < n { with_body[i + 1].0 } else { limit };
        let mut seen = HashSet::new();
        for id in lo..hi {
            let nid = NodeId(id);
            let mut target = info.use_(nid);
            if let Some(s) = info.selections.get(&nid) {
                target = Some(s.obj);
            }
            if let Some(t) = target {
                if let Some(&j) = index.get(&t) {
                    let is_func = matches!(
                        objects.get(t.0 as usize).map(|o| &o.kind),
                        Some(ObjKind::Func { .. })
                    );
                    if is_func && seen.insert(j) {
                        succ[i].push(j);
                    }
                }
            }
        }
    }
    // Tarjan, iteratively.
    let mut idx = vec![usize::MAX; n];
    let mut low = vec![0usize; n];
    let mut on = vec![false; n];
    let mut stack = Vec::new();
    let mut out = Vec::new();
    let mut counter = 0;
    for s in 0..n {
        if idx[s] != usize::MAX {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(s, 0)];
        idx[s] = counter;
        low[s] = counter;
        counter += 1;
        stack.push(s);
        on[s] = true;
        while let Some(&mut (v, ref mut ei)) = work.last_mut() {
            if *ei < succ[v].len() {
                let w = succ[v][*ei];
                *ei += 1;
                if idx[w] == usize::MAX {
                    idx[w] = counter;
                    low[w] = counter;
                    counter += 1;
                    stack.push(w);
                    on[w] = true;
                    work.push((w, 0));
                } else if on[w] {
                    low[v] = low[v].min(idx[w]);
                }
            } else {
                work.pop();
                if let Some(&(p, _)) = work.last() {
                    low[p] = low[p].min(low[v]);
                }
                if low[v] == idx[v] {
                    let mut comp = Vec::new();
                    while let Some(w) = stack.pop() {
                        on[w] = false;
                        comp.push(with_body[w].1);
                        if w == v {
                            break;
                        }
                    }
                    comp.reverse();
                    out.push(comp);
                }
            }
        }
    }
    out
}

/// Closure captures, size limits, solving, then decisions and reports.
fn finish(
    b: &mut Builder<'_, '_, '_>,
    d: &mut Decisions,
    pkg: PkgId,
    sources: Option<&crate::syntax::source::SourceMap>,
) -> Vec<(ObjId, Vec<Leaks>)> {
    b.finish_fn_facts();
    let cx = b.cx;
    let mut level2: Vec<Report> = Vec::new();
    if let Some(sm) = sources {
        let events = std::mem::take(&mut b.g.events);
        explain(b, sm, &events, &mut level2, true);
    }
    // Captures.
    let closures = std::mem::take(&mut b.closures);
    for (k, lit) in closures {
        let vars = cx.syn.captures.get(&lit).cloned().unwrap_or_default();
        let mut caps = Vec::new();
        for v in vars {
            let Some(&l) = b.vars.get(&v) else { continue };
            let size = cx
                .obj(v)
                .map(|o| cx.types.size_of(o.typ))
                .unwrap_or(u64::MAX);
            let loc = &b.g.locs[l];
            let by_val = !loc.addrtaken && !loc.reassigned && size <= MAX_BY_VALUE_CAPTURE;
            let fname = b
                .fns
                .get(loc.func)
                .map(|f| f.name.clone())
                .unwrap_or_default();
            if b.fns.get(loc.func).is_some_and(|f| f.main) {
                let name = cx.obj(v).map(|o| o.name.clone()).unwrap_or_default();
                level2.push(Report {
                    pos: cx.obj(v).map(|o| o.pos).unwrap_or(Pos::NONE),
                    text: format!(
                        "{} capturing by {}: {} (addr={} assign={} width={})",
                        fname,
                        if by_val { "value" } else { "ref" },
                        name,
                        loc.addrtaken,
                        loc.reassigned,
                        size
                    ),
                    level: 2,
                });
            }
            caps.push(build_capture(v, !by_val));
            let vpos = cx
                .syn
                .capture_pos
                .get(&(lit, v))
                .copied()
                .or_else(|| cx.obj(v).map(|o| o.pos))
                .unwrap_or(Pos::NONE);
            let vname = cx.obj(v).map(|o| o.name.clone()).unwrap_or_default();
            let kk = if by_val {
                k
            } else {
                b.note_any(k.addr(), vpos, vname.clone(), "reference")
            };
            let kk = b.note_any(kk, vpos, vname, "captured by a closure");
            b.g.flow(kk, l);
        }
        d.captures.insert(lit, caps);
    }
    // go/defer wrappers' captured temporaries.
    for (fi, pos, name, width) in std::mem::take(&mut b.wrapper_caps) {
        if b.fns.get(fi).is_some_and(|f| f.main) {
            level2.push(Report {
                pos,
                text: format!(
                    "{} capturing by value: {} (addr=false assign=false width={})",
                    b.fns[fi].name, name, width
                ),
                level: 2,
            });
        }
    }
    // Variables and sites too large for a frame.
    let var_order = b.var_order.clone();
    for l in var_order {
        if let LocKind::Var(o) = b.g.locs[l].kind {
            if b.g.locs[l].param || b.g.locs[l].result_index > 0 {
                continue;
            }
            if let Some(ob) = cx.obj(o) {
                if cx.types.size_of(ob.typ) > MAX_STACK_VAR_SIZE {
                    let k = b.note_any(
                        Hole::to(HEAP).addr(),
                        ob.pos,
                        ob.name.clone(),
                        "too large for stack",
                    );
                    b.g.flow(k, l);
                }
            }
        }
    }
    for si in std::mem::take(&mut b.forced) {
        let (loc, pos) = (b.sites[si].loc, b.sites[si].pos);
        let text = b.site_text(si);
        let k = b.note_any(Hole::to(HEAP).addr(), pos, text, "too large for stack");
        b.g.flow(k, loc);
    }
    b.g.walk_all();
    if let Some(sm) = sources {
        let events = std::mem::take(&mut b.g.events);
        explain(b, sm, &events, &mut level2, false);
    }

    let pcx = print::PrintCx {
        info: cx.info,
        objects: cx.objects,
        types: cx.types,
        pkg,
    };
    // Lines reported while walking come first (gc prints them then).
    let mut reports: Vec<Report> = std::mem::take(&mut b.extra);
    let mut sums = Vec::new();
    // Parameter tags.
    for f in b.fns.iter() {
        if f.wrapper {
            continue;
        }
        let mut leaks_list = Vec::new();
        for (loc, name, pos, t) in f.params.iter() {
            let mut lk = Leaks::default();
            if cx.has_pointers(*t) {
                if let Some(l) = loc {
                    let loc = &b.g.locs[*l];
                    lk = loc.leaks.clone();
                    lk.optimize();
                    if f.main && !loc.escapes {
                        report_leaks(&mut reports, *pos, name, &lk, &f.result_names);
                    }
                }
            }
            leaks_list.push(lk);
        }
        if let Some(o) = f.obj {
            sums.push((o, leaks_list));
        }
    }
    // Locations. A key shared by two sites (a deferred variadic call keys
    // both its thunk and its `...` slice) is in the frame only if both are.
    let mut frame: HashSet<NodeId> = HashSet::new();
    let mut heap: HashSet<NodeId> = HashSet::new();
    let mut frame_v: HashSet<NodeId> = HashSet::new();
    let mut heap_v: HashSet<NodeId> = HashSet::new();
    // gc creates every declared variable's location (function by function)
    // before walking the bodies, so variables report before sites.
    let mut order: Vec<usize> = (0..b.g.locs.len()).collect();
    order.sort_by_key(|&i| match b.g.locs[i].kind {
        LocKind::Var(_) => (0, b.g.locs[i].func, i),
        _ => (1, 0, i),
    });
    for li in order {
        let loc = &b.g.locs[li];
        let main = b.fns.get(loc.func).is_some_and(|f| f.main);
        match loc.kind {
            LocKind::Var(o) if loc.escapes && li != HEAP => {
                d.heap_vars.insert(o);
                if main {
                    if let Some(ob) = cx.obj(o) {
                        reports.push(Report {
                            pos: ob.pos,
                            text: format!("moved to heap: {}", ob.name),
                            level: 1,
                        });
                    }
                }
            }
            LocKind::Site(si) => {
                let s = &b.sites[si];
                let (f, h) = if s.kind == SiteKind::Variadic {
                    (&mut frame_v, &mut heap_v)
                } else {
                    (&mut frame, &mut heap)
                };
                if !loc.escapes && !s.forced {
                    f.insert(s.key);
                } else {
                    h.insert(s.key);
                }
                if s.str2bytes && !loc.mutates {
                    d.zero_copy.insert(s.key);
                }
                if !main || s.kind == SiteKind::Wrapper {
                    continue;
                }
                let what = match s.kind {
                    SiteKind::Variadic => String::from("..."),
                    SiteKind::Append => String::from("append"),
                    _ => match s.print {
                        Some(e) if matches!(e.kind, ExprKind::FuncLit { .. }) => {
                            String::from("func literal")
                        }
                        Some(e) if s.kind == SiteKind::Box && s.key == e.id => {
                            print::iface_operand_string(&pcx, cx.notes, e)
                        }
                        Some(e) => print::expr_string_with(&pcx, cx.notes, e),
                        None => String::from("?"),
                    },
                };
                let what = if s.kind == SiteKind::Variadic {
                    String::from("... argument")
                } else {
                    what
                };
                let text = if loc.escapes {
                    format!("{} escapes to heap", what)
                } else {
                    format!("{} does not escape", what)
                };
                reports.push(Report {
                    pos: s.pos,
                    text,
                    level: 1,
                });
                if s.str2bytes && !loc.mutates {
                    reports.push(Report {
                        pos: s.pos,
                        text: String::from("zero-copy string->[]byte conversion"),
                        level: 1,
                    });
                }
            }
            _ => {}
        }
    }
    d.frame_sites.extend(frame.difference(&heap).copied());
    d.frame_variadic
        .extend(frame_v.difference(&heap_v).copied());
    d.devirt.append(&mut b.devirt);
    d.reports.extend(level2);
    d.reports.extend(reports);
    sums
}

/// gc's `-m=2` explanation lines for recorded events.
fn explain(
    b: &Builder<'_, '_, '_>,
    sm: &crate::syntax::source::SourceMap,
    events: &[graph::Event],
    out: &mut Vec<Report>,
    written: bool,
) {
    let cx = b.cx;
    let name = |l: graph::LocId| -> String {
        let loc = &b.g.locs[l];
        match loc.kind {
            LocKind::Pseudo if l == HEAP => String::from("{heap}"),
            LocKind::Pseudo => String::from("{temp}"),
            LocKind::Var(o) => cx.obj(o).map(|o| o.name.clone()).unwrap_or_default(),
            LocKind::Result => b
                .fns
                .get(loc.func)
                .and_then(|f| f.result_names.get(loc.result_index.wrapping_sub(1)))
                .cloned()
                .unwrap_or_else(|| String::from("~r0")),
            LocKind::Site(si) => format!("{{storage for {}}}", b.site_text_at(si, written)),
            LocKind::Temp => b
                .temp_names
                .get(&l)
                .cloned()
                .unwrap_or_else(|| String::from("{temp}")),
        }
    };
    let what = |l: graph::LocId| -> Option<(Pos, String)> {
        match b.g.locs[l].kind {
            LocKind::Var(o) => cx.obj(o).map(|o| (o.pos, o.name.clone())),
            LocKind::Site(si) => Some((b.sites[si].pos, b.site_text_at(si, written))),
            _ => None,
        }
    };
    let fname = |l: graph::LocId| -> String {
        b.fns
            .get(b.g.locs[l].func)
            .map(|f| f.name.clone())
            .unwrap_or_default()
    };
    for ev in events {
        let (l, header, path) = match ev {
            graph::Event::Escapes { l, path } => {
                let Some((_, w)) = what(*l) else { continue };
                (*l, format!("{} escapes to heap in {}:", w, fname(*l)), path)
            }
            graph::Event::Leaks {
                l,
                root,
                derefs,
                path,
            } => {
                let Some((_, w)) = what(*l) else { continue };
                (
                    *l,
                    format!(
                        "parameter {} leaks to {} for {} with derefs={}:",
                        w,
                        name(*root),
                        fname(*l),
                        derefs
                    ),
                    path,
                )
            }
        };
        let Some((pos, _)) = what(l) else { continue };
        out.push(Report {
            pos,
            text: header,
            level: 2,
        });
        for hop in path {
            let ops = if hop.derefs < 0 {
                String::from("&")
            } else {
                "*".repeat(hop.derefs as usize)
            };
            out.push(Report {
                pos,
                text: format!("  flow: {} ← {}{}:", name(hop.dst), ops, name(hop.src)),
                level: 2,
            });
            let mut n = hop.note;
            let mut guard = 0;
            while let Some(note) = b.g.notes.get(n as usize) {
                out.push(Report {
                    pos,
                    text: format!(
                        "    from {} ({}) at {}",
                        note.text,
                        note.why,
                        sm.position(note.pos)
                    ),
                    level: 2,
                });
                n = note.next;
                guard += 1;
                if guard > 1000 {
                    break;
                }
            }
        }
    }
}

fn build_capture(var: ObjId, by_ref: bool) -> Capture {
    Capture { var, by_ref }
}

fn report_leaks(out: &mut Vec<Report>, pos: Pos, name: &str, lk: &Leaks, results: &[String]) {
    let mut warned = false;
    if let Some(x) = lk.heap {
        let text = if x == 0 {
            format!("leaking param: {}", name)
        } else {
            format!("leaking param content: {}", name)
        };
        out.push(Report {
            pos,
            text,
            level: 1,
        });
        warned = true;
    }
    for (i, r) in lk.results.iter().enumerate() {
        if let Some(x) = r {
            let rn = results
                .get(i)
                .cloned()
                .unwrap_or_else(|| format!("~r{}", i));
            out.push(Report {
                pos,
                text: format!("leaking param: {} to result {} level={}", name, rn, x),
                level: 1,
            });
            warned = true;
        }
    }
    if !warned {
        out.push(Report {
            pos,
            text: format!("{} does not escape", name),
            level: 1,
        });
    }
}
