//! The location graph of one batch and its solver.
//!
//! A `Loc` is anything that can hold a value: a variable, a function's
//! result slot, an allocation site's storage, a compiler temporary, and three
//! pseudo-locations (the heap, the blank sink, the mutator sink). An edge
//! `dst <- src (derefs)` says that `src`'s value, dereferenced `derefs` times,
//! flows into `dst`; `derefs == -1` means `src`'s *address* flows (`dst = &src`).
//!
//! The solver (`walk_all`) takes every location in turn as a root and
//! computes, Bellman-Ford style, the fewest dereferences with which every
//! other location's value reaches it (a derefs count below 0 is clamped to 0
//! after noting that the address flows). A location whose address reaches a
//! root that outlives it escapes; an escaping location becomes a root in its
//! own right (everything reachable from the heap is on the heap).

use crate::types::ObjId;

pub(super) type LocId = usize;

pub(super) const HEAP: LocId = 0;
pub(super) const BLANK: LocId = 1;
pub(super) const MUTATOR: LocId = 2;

/// Result slots summarised per parameter (gc keeps five).
pub(super) const NUM_ESC_RESULTS: usize = 5;

/// Where a parameter's value goes, as minimal dereference counts (None: it
/// does not get there). gc's `leaks`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Leaks {
    pub heap: Option<u8>,
    pub mutator: Option<u8>,
    pub results: [Option<u8>; NUM_ESC_RESULTS],
}

fn min_into(slot: &mut Option<u8>, derefs: i32) {
    let d = derefs.clamp(0, 254) as u8;
    *slot = Some(slot.map_or(d, |x| x.min(d)));
}

impl Leaks {
    pub fn add_heap(&mut self, derefs: i32) {
        min_into(&mut self.heap, derefs);
    }
    pub fn add_result(&mut self, i: usize, derefs: i32) {
        min_into(&mut self.results[i], derefs);
    }
    pub fn add_mutator(&mut self, derefs: i32) {
        min_into(&mut self.mutator, derefs);
    }
    /// Drops result flows no shorter than the shortest heap flow.
    pub fn optimize(&mut self) {
        if let Some(h) = self.heap {
            for r in self.results.iter_mut() {
                if r.is_some_and(|x| x >= h) {
                    *r = None;
                }
            }
            if self.mutator.is_some_and(|x| x >= h) {
                self.mutator = None;
            }
        }
    }
    /// Every pointer parameter of an unknown function: leaks to the heap.
    pub fn all_heap() -> Leaks {
        Leaks {
            heap: Some(0),
            ..Default::default()
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum LocKind {
    Pseudo,
    Var(ObjId),
    /// Result `idx` of batch function `fn`, when unnamed (`~r0`).
    Result,
    /// Storage of an allocation site (index into the batch's site table).
    Site(usize),
    Temp,
}

#[derive(Clone, Debug)]
pub(super) struct Loc {
    pub kind: LocKind,
    /// Batch function the location belongs to (usize::MAX for pseudo).
    pub func: usize,
    pub loop_depth: i32,
    /// (source, derefs, note chain).
    pub edges: Vec<(LocId, i32, u32)>,
    walk_dst: LocId,
    walk_edge: usize,
    pub escapes: bool,
    pub persists: bool,
    pub mutates: bool,
    pub param: bool,
    /// 1 + result index for a result location.
    pub result_index: usize,
    pub leaks: Leaks,
    pub addrtaken: bool,
    pub reassigned: bool,
    pub captured: bool,
    walkgen: u32,
    derefs: i32,
    queued: bool,
    queued_one: u32,
}

impl Loc {
    pub fn new(kind: LocKind, func: usize, loop_depth: i32) -> Loc {
        Loc {
            kind,
            func,
            loop_depth,
            edges: Vec::new(),
            walk_dst: usize::MAX,
            walk_edge: 0,
            escapes: false,
            persists: false,
            mutates: false,
            param: false,
            result_index: 0,
            leaks: Leaks::default(),
            addrtaken: false,
            reassigned: false,
            captured: false,
            walkgen: 0,
            derefs: 0,
            queued: false,
            queued_one: 0,
        }
    }
}

/// A place a value flows into: `dst = (*)^derefs value` (derefs -1: `&value`).
#[derive(Clone, Copy, Debug)]
pub(super) struct Hole {
    pub dst: LocId,
    pub derefs: i32,
    pub addrtaken: bool,
    /// Head of the note chain explaining the flow (NO_NOTE: none).
    pub note: u32,
}

pub(super) const NO_NOTE: u32 = u32::MAX;

/// Why a flow happens (`from WHERE (WHY) at POS` in `-m=2` output).
#[derive(Clone, Debug)]
pub(super) struct Note {
    pub pos: crate::syntax::source::Pos,
    pub text: String,
    pub why: &'static str,
    pub next: u32,
}

/// One hop of an explained path: `flow: dst <- (ops)src:` and its notes.
#[derive(Clone, Debug)]
pub(super) struct Hop {
    pub dst: LocId,
    pub src: LocId,
    pub derefs: i32,
    pub note: u32,
}

/// An explanation recorded while building or solving.
#[derive(Clone, Debug)]
pub(super) enum Event {
    /// `l` escapes (`X escapes to heap in F:`), with the path to the root.
    Escapes { l: LocId, path: Vec<Hop> },
    /// Parameter `l` leaks to `root` (`parameter p leaks to R for F with derefs=N:`).
    Leaks {
        l: LocId,
        root: LocId,
        derefs: i32,
        path: Vec<Hop>,
    },
}

impl Hole {
    pub fn to(dst: LocId) -> Hole {
        Hole {
            dst,
            derefs: 0,
            addrtaken: false,
            note: NO_NOTE,
        }
    }
    pub fn shift(self, d: i32) -> Hole {
        Hole {
            dst: self.dst,
            derefs: (self.derefs + d).max(-1),
            addrtaken: d < 0,
            note: self.note,
        }
    }
    pub fn deref(self) -> Hole {
        self.shift(1)
    }
    pub fn addr(self) -> Hole {
        self.shift(-1)
    }
}

/// Per-function facts the solver needs.
#[derive(Clone, Debug)]
pub(super) struct FnFacts {
    /// Enclosing batch function of a closure.
    pub parent: Option<usize>,
    /// A closure whose call sites are not all known.
    pub results_lost: bool,
}

pub(super) struct Graph {
    pub locs: Vec<Loc>,
    pub fns: Vec<FnFacts>,
    pub notes: Vec<Note>,
    pub events: Vec<Event>,
    /// By batch function: explanations are recorded for its locations.
    pub main_fns: Vec<bool>,
    /// Record explanations at all (`-m=2` positions are available).
    pub explain: bool,
}

impl Graph {
    pub fn new() -> Graph {
        let mut heap = Loc::new(LocKind::Pseudo, usize::MAX, 0);
        heap.escapes = true;
        heap.persists = true;
        heap.mutates = true;
        let blank = Loc::new(LocKind::Pseudo, usize::MAX, 0);
        let mut mutator = Loc::new(LocKind::Pseudo, usize::MAX, 0);
        mutator.mutates = true;
        Graph {
            locs: vec![heap, blank, mutator],
            fns: Vec::new(),
            notes: Vec::new(),
            events: Vec::new(),
            main_fns: Vec::new(),
            explain: false,
        }
    }

    pub fn new_loc(&mut self, kind: LocKind, func: usize, loop_depth: i32) -> LocId {
        self.locs.push(Loc::new(kind, func, loop_depth));
        self.locs.len() - 1
    }

    pub fn flow(&mut self, k: Hole, src: LocId) {
        if k.addrtaken {
            self.locs[src].addrtaken = true;
        }
        let dst = k.dst;
        if dst == BLANK {
            return;
        }
        if dst == src && k.derefs >= 0 {
            return;
        }
        if self.locs[dst].escapes && k.derefs < 0 {
            if self.explained(src) && !self.locs[src].escapes {
                let hop = Hop {
                    dst,
                    src,
                    derefs: k.derefs,
                    note: k.note,
                };
                self.events.push(Event::Escapes {
                    l: src,
                    path: vec![hop],
                });
            }
            let l = &mut self.locs[src];
            l.escapes = true;
            l.persists = true;
            l.mutates = true;
            return;
        }
        self.locs[dst].edges.push((src, k.derefs, k.note));
    }

    /// Is `c` the function `f` or a closure nested (transitively) in it?
    fn contains_closure(&self, f: usize, c: usize) -> bool {
        if f == usize::MAX || c == usize::MAX {
            return false;
        }
        let mut cur = Some(c);
        while let Some(x) = cur {
            if x == f {
                return true;
            }
            cur = self.fns[x].parent;
        }
        false
    }

    /// May values stored in `l` survive beyond `other`'s lifetime if
    /// `other` were allocated in its frame?
    pub fn outlives(&self, l: LocId, other: LocId) -> bool {
        let (lo, oo) = (&self.locs[l], &self.locs[other]);
        if lo.escapes {
            return true;
        }
        if l == MUTATOR || l == BLANK {
            return false;
        }
        if lo.result_index > 0 {
            // A closure's results go back to its (statically known) callers
            // in the enclosing function.
            if lo.func != oo.func
                && self.contains_closure(oo.func, lo.func)
                && !self.fns[lo.func].results_lost
            {
                return false;
            }
            return true;
        }
        if lo.func == oo.func && lo.loop_depth < oo.loop_depth {
            return true;
        }
        if lo.func != oo.func && self.contains_closure(lo.func, oo.func) {
            return true;
        }
        false
    }

    pub fn walk_all(&mut self) {
        let mut todo: std::collections::VecDeque<LocId> = (0..self.locs.len()).collect();
        for l in self.locs.iter_mut() {
            l.queued = true;
        }
        let mut walkgen = 0u32;
        while let Some(root) = todo.pop_front() {
            self.locs[root].queued = false;
            walkgen += 1;
            self.walk_one(root, walkgen, &mut todo);
        }
    }

    fn walk_one(
        &mut self,
        root: LocId,
        walkgen: u32,
        enqueue: &mut std::collections::VecDeque<LocId>,
    ) {
        self.locs[root].walkgen = walkgen;
        self.locs[root].derefs = 0;
        self.locs[root].walk_dst = usize::MAX;
        let mut todo = std::collections::VecDeque::new();
        todo.push_back(root);
        while let Some(l) = todo.pop_front() {
            self.locs[l].queued_one = 0;
            let mut derefs = self.locs[l].derefs;
            let (mut esc, mut pers, mut mutn) = (false, false, false);
            if derefs < 0 {
                derefs = 0;
                if self.outlives(root, l) {
                    esc = true;
                    pers = true;
                    mutn = true;
                    if self.explained(l) && !self.locs[l].escapes {
                        let path = self.path(root, l);
                        self.events.push(Event::Escapes { l, path });
                    }
                } else if self.locs[root].persists {
                    pers = true;
                }
            }
            if derefs == 0 && self.locs[root].mutates {
                mutn = true;
            }
            if self.locs[l].param {
                if self.outlives(root, l) {
                    if self.explained(l) && !self.locs[l].escapes {
                        let path = self.path(root, l);
                        self.events.push(Event::Leaks {
                            l,
                            root,
                            derefs,
                            path,
                        });
                    }
                    self.leak_to(l, root, derefs);
                }
                if self.locs[root].mutates {
                    self.locs[l].leaks.add_mutator(derefs);
                }
            }
            let lo = &mut self.locs[l];
            let changed = (esc && !lo.escapes) || (pers && !lo.persists) || (mutn && !lo.mutates);
            if changed {
                lo.escapes |= esc;
                lo.persists |= pers;
                lo.mutates |= mutn;
                if !lo.queued {
                    lo.queued = true;
                    enqueue.push_back(l);
                }
                if lo.escapes {
                    continue;
                }
            }
            for i in 0..self.locs[l].edges.len() {
                let (src, ed, _) = self.locs[l].edges[i];
                if self.locs[src].escapes {
                    continue;
                }
                let d = derefs + ed;
                let s = &mut self.locs[src];
                if s.walkgen != walkgen || s.derefs > d {
                    s.walkgen = walkgen;
                    s.derefs = d;
                    s.walk_dst = l;
                    s.walk_edge = i;
                    if s.queued_one != walkgen {
                        s.queued_one = walkgen;
                        todo.push_back(src);
                    }
                }
            }
        }
    }

    fn explained(&self, l: LocId) -> bool {
        self.explain
            && self
                .main_fns
                .get(self.locs[l].func)
                .copied()
                .unwrap_or(false)
    }

    /// The hops by which `src`'s value reached `root` in the current walk.
    fn path(&self, root: LocId, src: LocId) -> Vec<Hop> {
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut cur = src;
        while seen.insert(cur) {
            let dst = self.locs[cur].walk_dst;
            let Some(&(s, derefs, note)) = self
                .locs
                .get(dst)
                .and_then(|d| d.edges.get(self.locs[cur].walk_edge))
            else {
                break;
            };
            if s != cur {
                break;
            }
            out.push(Hop {
                dst,
                src: cur,
                derefs,
                note,
            });
            if dst == root {
                break;
            }
            cur = dst;
        }
        out
    }

    fn leak_to(&mut self, l: LocId, sink: LocId, derefs: i32) {
        let s = &self.locs[sink];
        if !s.escapes && s.result_index > 0 && s.func == self.locs[l].func {
            let ri = s.result_index - 1;
            if ri < NUM_ESC_RESULTS {
                self.locs[l].leaks.add_result(ri, derefs);
                return;
            }
        }
        self.locs[l].leaks.add_heap(derefs);
    }
}

/// Allocation-site kinds (what the report and codegen need to know).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum SiteKind {
    /// `&T{}`, `new`, `make`, literals, closures, conversions, concatenation.
    Alloc,
    /// Interface conversion box.
    Box,
    /// Implicit slice of a variadic call (`... argument`).
    Variadic,
    /// `append`'s possible new backing store.
    Append,
    /// go/defer wrapper closure (never reported).
    Wrapper,
}
