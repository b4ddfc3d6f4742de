//! Property test: random object graphs (random layouts and sizes, large
//! objects, interior pointers, heap addresses planted in non-pointer words)
//! mutated between collections. After every collection:
//! * every object reachable from the roots holds exactly what was written;
//! * every unreachable one is freed (exact HeapObjects/Frees) and poisoned;
//! * `find_object` maps interior addresses of live objects to their base.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use gc::{GcConfig, GcLayout, Heap, POISON_WORD};
use proptest::prelude::*;

fn layouts() -> &'static [GcLayout] {
    static L: OnceLock<Vec<GcLayout>> = OnceLock::new();
    L.get_or_init(|| {
        vec![
            GcLayout::new(8, &[0]),              // *T
            GcLayout::new(16, &[0]),             // {p *T; x int}
            GcLayout::new(40, &[1, 3]),          // {a; p; b; q; c}
            GcLayout::new(576, &[0, 3, 65, 70]), // two bitmap words
            GcLayout::new(24, &[]),              // pointer-free struct
            GcLayout::new(24, &[0, 1, 2]),       // all pointers
        ]
    })
}

#[derive(Clone, Debug)]
enum Op {
    Alloc {
        kind: u8,
        n: u16,
        big: bool,
    },
    SetPtr {
        obj: u16,
        slot: u16,
        target: u16,
        off: u32,
    },
    ClearPtr {
        obj: u16,
        slot: u16,
    },
    PlantData {
        obj: u16,
        word: u16,
        target: u16,
    },
    AddRoot {
        obj: u16,
        off: u32,
    },
    DropRoot {
        idx: u16,
    },
    /// Allocate through another cache from now on.
    SwitchCache {
        which: u8,
    },
    /// Drop the current cache (its spans go back) and make a new one.
    RenewCache,
    Collect,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => (0u8..7, 1u16..6, prop::bool::weighted(0.06)).prop_map(|(kind, n, big)| Op::Alloc { kind, n, big }),
        6 => (any::<u16>(), any::<u16>(), any::<u16>(), any::<u32>()).prop_map(|(obj, slot, target, off)| Op::SetPtr { obj, slot, target, off }),
        1 => (any::<u16>(), any::<u16>()).prop_map(|(obj, slot)| Op::ClearPtr { obj, slot }),
        1 => (any::<u16>(), any::<u16>(), any::<u16>()).prop_map(|(obj, word, target)| Op::PlantData { obj, word, target }),
        2 => (any::<u16>(), any::<u32>()).prop_map(|(obj, off)| Op::AddRoot { obj, off }),
        1 => any::<u16>().prop_map(|idx| Op::DropRoot { idx }),
        1 => (0u8..3).prop_map(|which| Op::SwitchCache { which }),
        1 => Just(Op::RenewCache),
        1 => Just(Op::Collect),
    ]
}

struct Obj {
    addr: usize,
    size: usize,
    /// Word index -> expected value, for every word of the object.
    words: Vec<usize>,
    /// Pointer word indices (scanned by the collector).
    ptr_slots: Vec<usize>,
    /// Pointer slot -> target object id.
    edges: HashMap<usize, u64>,
}

struct Model {
    heap: Heap,
    objs: HashMap<u64, Obj>,
    order: Vec<u64>,
    roots: Vec<(u64, usize)>,
    next_id: u64,
    frees: u64,
}

fn pattern(id: u64, w: usize) -> usize {
    (id as usize).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ w ^ 0x0123_4567_0000_0000
}

impl Model {
    fn pick(&self, i: u16) -> Option<u64> {
        (!self.order.is_empty()).then(|| self.order[i as usize % self.order.len()])
    }

    fn write(&mut self, id: u64, w: usize, v: usize) {
        let o = self.objs.get_mut(&id).unwrap();
        o.words[w] = v;
        // SAFETY: w < size/8 of a live object.
        unsafe { *(o.addr as *mut usize).add(w) = v };
    }

    fn apply(&mut self, op: &Op, caches: &mut [gc::AllocCache], cur: &mut usize) {
        let cache = &mut caches[*cur];
        match *op {
            Op::SwitchCache { which } => *cur = which as usize % caches.len(),
            Op::RenewCache => *cache = self.heap.new_cache(),
            Op::Alloc { kind, n, big } => {
                let ls = layouts();
                let (addr, size, ptr_slots) = if kind as usize >= ls.len() {
                    let size = if big {
                        40_000 + n as usize * 8
                    } else {
                        n as usize * 13
                    };
                    (
                        self.heap.alloc_noscan(cache, size) as usize,
                        size,
                        Vec::new(),
                    )
                } else {
                    let l = &ls[kind as usize];
                    let n = if big {
                        33_000 / l.size + n as usize
                    } else {
                        n as usize
                    };
                    let p = self.heap.alloc(cache, l, n) as usize;
                    let mut slots = Vec::new();
                    for e in 0..n {
                        for w in 0..l.size / 8 {
                            if l.ptr_bits[w / 64] >> (w % 64) & 1 != 0 {
                                slots.push(e * l.size / 8 + w);
                            }
                        }
                    }
                    (p, n * l.size, slots)
                };
                assert_ne!(addr, 0);
                let id = self.next_id;
                self.next_id += 1;
                let nw = size / 8;
                // Fresh memory is zero.
                for w in 0..nw {
                    // SAFETY: w < size/8 of the object just allocated.
                    assert_eq!(unsafe { *(addr as *const usize).add(w) }, 0);
                }
                let words = vec![0; nw];
                self.objs.insert(
                    id,
                    Obj {
                        addr,
                        size,
                        words,
                        ptr_slots: ptr_slots.clone(),
                        edges: HashMap::new(),
                    },
                );
                self.order.push(id);
                let slotset: HashSet<usize> = ptr_slots.into_iter().collect();
                for w in 0..nw {
                    if !slotset.contains(&w) {
                        self.write(id, w, pattern(id, w));
                    }
                }
                // New objects are rooted until the next DropRoot/Collect decides.
                self.roots.push((id, 0));
            }
            Op::SetPtr {
                obj,
                slot,
                target,
                off,
            } => {
                let (Some(o), Some(t)) = (self.pick(obj), self.pick(target)) else {
                    return;
                };
                let slots = &self.objs[&o].ptr_slots;
                if slots.is_empty() {
                    return;
                }
                let w = slots[slot as usize % slots.len()];
                let tsize = self.objs[&t].size;
                let off = if tsize == 0 { 0 } else { off as usize % tsize };
                let v = self.objs[&t].addr + off;
                self.write(o, w, v);
                self.objs.get_mut(&o).unwrap().edges.insert(w, t);
            }
            Op::ClearPtr { obj, slot } => {
                let Some(o) = self.pick(obj) else { return };
                let slots = &self.objs[&o].ptr_slots;
                if slots.is_empty() {
                    return;
                }
                let w = slots[slot as usize % slots.len()];
                self.write(o, w, 0);
                self.objs.get_mut(&o).unwrap().edges.remove(&w);
            }
            Op::PlantData { obj, word, target } => {
                let (Some(o), Some(t)) = (self.pick(obj), self.pick(target)) else {
                    return;
                };
                let ob = &self.objs[&o];
                let data: Vec<usize> = (0..ob.words.len())
                    .filter(|w| !ob.ptr_slots.contains(w))
                    .collect();
                if data.is_empty() {
                    return;
                }
                let w = data[word as usize % data.len()];
                let v = self.objs[&t].addr;
                self.write(o, w, v);
            }
            Op::AddRoot { obj, off } => {
                let Some(o) = self.pick(obj) else { return };
                let size = self.objs[&o].size.max(1);
                self.roots.push((o, off as usize % size));
            }
            Op::DropRoot { idx } => {
                if !self.roots.is_empty() {
                    let i = idx as usize % self.roots.len();
                    self.roots.swap_remove(i);
                }
            }
            Op::Collect => self.collect_and_check(),
        }
    }

    fn collect_and_check(&mut self) {
        // Keep roots small so garbage exists: drop the oldest half.
        if self.roots.len() > 6 {
            self.roots.drain(..self.roots.len() / 2);
        }
        let local = 0u64;
        let mut root_words: Vec<usize> = self
            .roots
            .iter()
            .map(|&(id, off)| self.objs[&id].addr + off)
            .collect();
        root_words.extend([0, 8, usize::MAX, &local as *const u64 as usize]);
        // Model reachability.
        let mut reach: HashSet<u64> = HashSet::new();
        let mut stack: Vec<u64> = self.roots.iter().map(|r| r.0).collect();
        while let Some(id) = stack.pop() {
            if reach.insert(id) {
                stack.extend(self.objs[&id].edges.values().copied());
            }
        }
        self.heap.check_invariants().unwrap();
        let before = self.heap.stats();
        self.heap.collect(&mut &root_words[..], false);
        let after = self.heap.stats();
        self.heap.check_invariants().unwrap();
        let dead: Vec<u64> = self
            .order
            .iter()
            .copied()
            .filter(|id| !reach.contains(id))
            .collect();
        self.frees += dead.len() as u64;
        assert_eq!(after.heap_objects, reach.len() as u64, "HeapObjects");
        assert_eq!(after.frees, self.frees, "Frees");
        assert_eq!(after.mallocs, before.mallocs);
        assert_eq!(
            after.heap_alloc,
            reach
                .iter()
                .map(|id| self.heap.find_object(self.objs[id].addr).unwrap().1 as u64)
                .sum::<u64>()
        );
        for id in &reach {
            let o = &self.objs[id];
            for (w, &v) in o.words.iter().enumerate() {
                // SAFETY: w < size/8 of a live (reachable) object.
                let got = unsafe { *(o.addr as *const usize).add(w) };
                assert_eq!(got, v, "object {id} word {w}");
            }
            let (base, slot) = self.heap.find_object(o.addr).expect("live object found");
            assert_eq!(base, o.addr);
            assert!(slot >= o.size);
            // Every interior address (every byte of the slot for small
            // objects, a dense sample for large ones) maps to the base; the
            // byte after the slot does not.
            let stride = if slot <= 4096 { 1 } else { 61 };
            for off in (0..slot).step_by(stride).chain([slot - 1]) {
                assert_eq!(self.heap.find_object(o.addr + off), Some((base, slot)));
            }
            assert_ne!(
                self.heap.find_object(o.addr + slot).map(|f| f.0),
                Some(base)
            );
            assert_ne!(
                self.heap.find_object(o.addr.wrapping_sub(1)).map(|f| f.0),
                Some(base)
            );
        }
        for id in &dead {
            let o = self.objs.remove(id).unwrap();
            if o.size >= 8 {
                assert_eq!(
                    // SAFETY: freed heap memory stays mapped (the slot was
                    // just poisoned and is not reused before this read).
                    unsafe { *(o.addr as *const u64) },
                    POISON_WORD,
                    "freed object {id} poisoned"
                );
            }
            assert_eq!(self.heap.find_object(o.addr), None, "freed object {id}");
        }
        self.order.retain(|id| reach.contains(id));
        for o in self.objs.values_mut() {
            o.edges.retain(|_, t| reach.contains(t));
        }
    }
}

fn run(ops: &[Op]) {
    let heap = Heap::new(GcConfig::default());
    heap.set_poison(true);
    let mut caches = vec![heap.new_cache(), heap.new_cache(), heap.new_cache()];
    let mut cur = 0;
    let mut m = Model {
        heap,
        objs: HashMap::new(),
        order: Vec::new(),
        roots: Vec::new(),
        next_id: 0,
        frees: 0,
    };
    for op in ops {
        m.apply(op, &mut caches, &mut cur);
    }
    m.collect_and_check();
    m.roots.clear();
    m.collect_and_check();
    assert_eq!(m.heap.stats().heap_objects, 0);
    assert_eq!(m.heap.stats().heap_alloc, 0);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn random_graphs_survive_collection(ops in prop::collection::vec(op(), 1..300)) {
        run(&ops);
    }
}
