//! Burrow's garbage-collected heap: a non-moving, precise mark-sweep
//! collector in the shape of Go's runtime (mheap/mcentral/mcache, mgc).
//!
//! # Memory
//!
//! Heap memory comes from *arenas* (`arena`): 64 MiB-aligned reservations,
//! committed in 4 MiB steps as the page heap grows into them. An arena is
//! cut into 8 KiB *pages*; a *span* is a run of pages that holds objects of
//! one *span class* = Go's size class (8 B .. 32 KiB, 67 classes, `span`)
//! times scan/noscan. An object larger than 32 KiB gets a span of its own.
//! Objects without pointers go to noscan spans and are never scanned.
//!
//! Every address maps to its object in O(1): the arena map (`addr >> 26`)
//! gives the arena, its page table gives the span, and the span's division
//! magic gives the slot. That is what makes interior pointers (`&s.f`,
//! `&a[i]`, sub-slices) keep their whole object alive, and lets roots
//! contain anything: a word that does not land in an allocated slot of an
//! in-use span (nil, a stack or static address, a type descriptor) is
//! ignored.
//!
//! # Allocation
//!
//! Each P owns an `AllocCache` (`cache`) with one current span per span
//! class. The fast path takes the next free slot from a 64-slot window of
//! the span's inverted allocation bits: a `trailing_zeros`, a shift, three
//! plain stores; no lock and no atomic read-modify-write. When the span is
//! full the cache swaps it for a partial span from the class's central list
//! (one lock per class) or a fresh span from the page heap (one heap lock).
//! Memory is handed out zeroed: fresh pages are zero from mmap, and a span
//! whose free slots held objects before (`needzero`) has them cleared, one
//! memset per run of free slots, when a cache takes it; the fast path never
//! zeroes anything.
//!
//! Pointer info is precise: an object is `n` elements of a `'static
//! GcLayout` (one bit per pointer word). Scan spans keep a side array with
//! one layout pointer per slot, written by the allocator; the scanner reads
//! exactly the pointer words of each element.
//!
//! # A collection (`Heap::collect`, stop-the-world for now)
//!
//! The caller stops every mutator at a safepoint, then:
//!
//! 1. *Sweep termination.* Every registered cache is flushed: the slots it
//!    used are counted (Mallocs) and its spans become uncached.
//! 2. *Mark* (`mark`). Each root word is looked up; an allocated object it
//!    points into gets its bit in the span's mark bitmap (atomic `fetch_or`)
//!    and, if it has pointers, goes on the mark queue. The queue is drained
//!    by scanning each object's pointer words the same way.
//! 3. *Mark termination / sweep* (`sweep`). Each span's mark bits become
//!    its allocation bits (the unmarked objects are the freed ones, counted
//!    as Frees); spans with no survivors go back to the page heap, spans
//!    with free slots go on their central list.
//! 4. *Pacing* (`pacer`). The next goal is Go's: `marked * (1 + GOGC/100)`
//!    (plus stacks and globals), at least 4 MiB, capped by GOMEMLIMIT.
//!    `should_collect` turns true once the live heap reaches it.
//!
//! 5. *Scavenging.* When far more memory is resident than the next goal
//!    needs, free pages go back to the OS (`MADV_DONTNEED`; HeapReleased)
//!    and come back zero when reused.
//!
//! Invariants: a slot is allocated iff its index is below the span's
//! `free_index` or its allocation bit is set; mark bits are all clear
//! outside a collection; a span is owned by exactly one of {a cache, its
//! central list, nobody (full)} and listed in `all_spans` while in use;
//! every layout pointer in a scan span's side array belongs to the object
//! allocated in that slot.
//!
//! The concurrent collector (a later step) reuses all of this: mark bits
//! are already atomic, mark/sweep/pacer/barrier are separate modules, and
//! `barrier::write_pointer` is the one hook every heap pointer store takes.
//!
//! # Contract with the VM
//!
//! * `Heap` is shared by all threads (`Send + Sync`); each P allocates
//!   through its own `AllocCache` (`Heap::new_cache`).
//! * `alloc`/`alloc_noscan` return zeroed memory, 8-byte aligned (objects of
//!   a size class with a larger power-of-two size are aligned to it, up to
//!   the page size), or null when out of memory or the size is impossible.
//!   Size 0 returns one shared non-heap address.
//! * `collect` may be called only while no other thread uses the heap (every
//!   mutator stopped at a safepoint; none inside `alloc`). It flushes every
//!   live `AllocCache` itself: the VM keeps its caches (they stay valid)
//!   and calls `collect` from any one thread.
//! * The roots must include every word that may hold a pointer to a live
//!   heap object (stack slots from stack maps, globals, VM registers).
//! * `barrier::write_pointer` is used for every pointer store into heap or
//!   global memory.
//!
//! # Statistics
//!
//! `stats()` gives `runtime.MemStats` (exact when no mutator runs, as Go's
//! ReadMemStats stops the world), `last_gctrace()` Go's gctrace line, and
//! `cycle_history()`/`pause_summary()` the recent cycles' records for pause
//! histograms and plots. `check_invariants()` verifies the heap's
//! bookkeeping (tests, debug modes).
//!
//! # Debug knobs
//!
//! `sweep::POISON_FREED` (or `BURROW_GC_POISON=1`, or `Heap::set_poison`)
//! fills freed objects with `0xdeadbeef...`, so a use after free reads a
//! loud pattern. `BURROW_GC_STRESS=1` (or `Heap::set_stress`) makes
//! `should_collect` always true, so a VM collects at every safepoint.
//! `GODEBUG=gctrace=1` prints Go's gctrace line on stderr after each cycle.
//! `Heap::new` reads these three from the environment.

#![warn(clippy::undocumented_unsafe_blocks)]

pub mod arena;
pub mod barrier;
pub mod cache;
pub mod host;
pub mod mark;
pub mod pacer;
pub mod span;
pub mod stats;
pub mod sweep;

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering::Relaxed};
use std::sync::Arc;
use std::time::Instant;

use crossbeam::utils::CachePadded;
use parking_lot::Mutex;

use arena::{ArenaMap, PageHeap};
pub use cache::AllocCache;
use cache::{small_class, zero_base, CachePtr};
use mark::{MarkEntry, Marker};
use pacer::{Pacer, PacerSettings};
use span::{Span, NUM_SPAN_CLASSES, PAGE_SIZE};
pub use stats::{format_gctrace, summarize_pauses, CycleTrace, PauseSummary};
use stats::{Counters, CycleStats};
pub use sweep::{POISON_FREED, POISON_WORD};

/// Pointer layout of one element of an object: which 8-byte words are
/// pointers. Lives as long as the program (`'static`).
#[derive(Debug)]
pub struct GcLayout {
    /// Element size in bytes (multiple of its alignment; may be 0).
    pub size: usize,
    /// One bit per word of the element.
    pub ptr_bits: Vec<u64>,
    /// Number of leading words that can contain pointers (words after the
    /// last pointer need no scanning).
    pub ptr_words: usize,
}

impl GcLayout {
    /// Layout of `size` bytes whose pointer words are `ptr_word_indices`.
    pub fn new(size: usize, ptr_word_indices: &[usize]) -> GcLayout {
        let words = size / 8;
        let mut ptr_bits = vec![0u64; words.div_ceil(64)];
        let mut ptr_words = 0;
        for &w in ptr_word_indices {
            if w < words {
                ptr_bits[w / 64] |= 1 << (w % 64);
                ptr_words = ptr_words.max(w + 1);
            }
        }
        GcLayout {
            size,
            ptr_bits,
            ptr_words,
        }
    }

    /// Whether objects of this layout need scanning.
    pub fn has_pointers(&self) -> bool {
        self.ptr_words > 0 && self.size >= 8 && self.ptr_bits.iter().any(|&b| b != 0)
    }
}

#[derive(Clone, Copy, Debug)]
pub struct GcConfig {
    /// GOGC percentage; `None` = off.
    pub gogc: Option<u32>,
    /// GOMEMLIMIT in bytes.
    pub memory_limit: Option<u64>,
}

impl Default for GcConfig {
    fn default() -> Self {
        GcConfig {
            gogc: Some(100),
            memory_limit: None,
        }
    }
}

impl GcConfig {
    /// Reads GOGC and GOMEMLIMIT as Go's runtime does. Err carries Go's
    /// fatal message for a malformed GOMEMLIMIT (Go prints
    /// `GOMEMLIMIT=<value>` and then `fatal error: <message>`).
    pub fn from_env() -> Result<GcConfig, String> {
        let gogc = match std::env::var("GOGC") {
            Ok(s) => pacer::parse_gogc(&s),
            Err(_) => Some(100),
        };
        let memory_limit =
            pacer::parse_memory_limit(&std::env::var("GOMEMLIMIT").unwrap_or_default())?;
        Ok(GcConfig { gogc, memory_limit })
    }
}

/// Statistics as `runtime.MemStats` reports them.
#[derive(Clone, Copy, Debug)]
pub struct MemStats {
    pub alloc: u64,
    pub total_alloc: u64,
    pub sys: u64,
    pub mallocs: u64,
    pub frees: u64,
    pub heap_alloc: u64,
    pub heap_sys: u64,
    pub heap_idle: u64,
    pub heap_inuse: u64,
    pub heap_released: u64,
    pub heap_objects: u64,
    pub next_gc: u64,
    pub last_gc: u64,
    pub pause_total_ns: u64,
    pub pause_ns: [u64; 256],
    pub pause_end: [u64; 256],
    pub num_gc: u32,
    pub num_forced_gc: u32,
    pub gc_cpu_fraction: f64,
    /// Span structures in use / obtained (Go's MSpanInuse/MSpanSys).
    pub mspan_inuse: u64,
    pub mspan_sys: u64,
    /// Allocation caches (Go's MCacheInuse/MCacheSys).
    pub mcache_inuse: u64,
    pub mcache_sys: u64,
    /// Collector metadata: page tables, arena map, layout side arrays.
    pub gc_sys: u64,
}

impl Default for MemStats {
    fn default() -> Self {
        MemStats {
            alloc: 0,
            total_alloc: 0,
            sys: 0,
            mallocs: 0,
            frees: 0,
            heap_alloc: 0,
            heap_sys: 0,
            heap_idle: 0,
            heap_inuse: 0,
            heap_released: 0,
            heap_objects: 0,
            next_gc: 0,
            last_gc: 0,
            pause_total_ns: 0,
            pause_ns: [0; 256],
            pause_end: [0; 256],
            num_gc: 0,
            num_forced_gc: 0,
            gc_cpu_fraction: 0.0,
            mspan_inuse: 0,
            mspan_sys: 0,
            mcache_inuse: 0,
            mcache_sys: 0,
            gc_sys: 0,
        }
    }
}

/// Root enumeration supplied by the VM.
pub trait Roots {
    /// Calls `visit` with the value of every root word.
    fn for_each_root(&mut self, visit: &mut dyn FnMut(usize));
    /// Bytes of goroutine stacks scanned (for the pacer and gctrace).
    fn stack_bytes(&self) -> u64 {
        0
    }
    /// Bytes of globals scanned (for the pacer and gctrace).
    fn globals_bytes(&self) -> u64 {
        0
    }
}

/// A slice of root words is a root set.
impl Roots for &[usize] {
    fn for_each_root(&mut self, visit: &mut dyn FnMut(usize)) {
        for &w in self.iter() {
            visit(w);
        }
    }
}

pub(crate) struct SpanPtr(pub *mut Span);
// SAFETY: spans on central lists are only touched by whoever pops them
// (under the list lock) or by the collector with the world stopped.
unsafe impl Send for SpanPtr {}

/// Idle memory the scavenger leaves alone (see `collect`).
const SCAVENGE_SLACK: u64 = 16 << 20;

/// The shared state behind `Heap` (kept alive by caches too).
pub(crate) struct HeapInner {
    map: ArenaMap,
    pages: Mutex<PageHeap>,
    central: Box<[CachePadded<Mutex<Vec<SpanPtr>>>]>,
    caches: Mutex<Vec<CachePtr>>,
    pacer: Pacer,
    counters: Counters,
    cycles: Mutex<CycleStats>,
    /// Held for a whole collection; keeps the mark queue's buffer.
    collect_lock: Mutex<Vec<MarkEntry>>,
    poison: AtomicBool,
    gctrace: AtomicBool,
    procs: AtomicU32,
}

// SAFETY: every raw pointer inside (spans, caches, arenas) is reached
// through a lock, through atomics, or by the collector while all mutators
// are stopped; see the ownership rules on `Span` and `AllocCache`.
unsafe impl Send for HeapInner {}
// SAFETY: as above.
unsafe impl Sync for HeapInner {}

/// The garbage-collected heap, shared by every thread.
pub struct Heap {
    inner: Arc<HeapInner>,
}

impl Heap {
    /// Creates a heap. Panics only if the OS refuses the 32 MiB arena-map
    /// reservation (an environment that cannot run the VM at all).
    pub fn new(config: GcConfig) -> Heap {
        let map = ArenaMap::new().expect("gc: cannot reserve the arena map");
        let procs = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1) as u32;
        let inner = HeapInner {
            map,
            pages: Mutex::new(PageHeap::new()),
            central: (0..NUM_SPAN_CLASSES)
                .map(|_| CachePadded::new(Mutex::new(Vec::new())))
                .collect(),
            caches: Mutex::new(Vec::new()),
            pacer: Pacer::new(PacerSettings {
                gogc: config.gogc,
                memory_limit: config.memory_limit,
            }),
            counters: Counters::default(),
            cycles: Mutex::new(CycleStats::new()),
            collect_lock: Mutex::new(Vec::new()),
            poison: AtomicBool::new(
                POISON_FREED || std::env::var("BURROW_GC_POISON").is_ok_and(|v| v == "1"),
            ),
            gctrace: AtomicBool::new(false),
            procs: AtomicU32::new(procs),
        };
        let heap = Heap {
            inner: Arc::new(inner),
        };
        // Debug knobs come from the environment, as Go's runtime reads
        // GODEBUG at start-up, whoever builds the heap.
        let godebug = std::env::var("GODEBUG").unwrap_or_default();
        let trace = godebug
            .split(',')
            .rev()
            .filter_map(|kv| kv.strip_prefix("gctrace="))
            .next()
            .and_then(|v| v.parse::<i64>().ok())
            .is_some_and(|v| v > 0);
        heap.set_gctrace(trace);
        heap.set_stress(std::env::var("BURROW_GC_STRESS").is_ok_and(|v| v == "1"));
        heap
    }

    /// A heap configured from GOGC and GOMEMLIMIT (`GcConfig::from_env`).
    /// `new` itself reads the debug knobs: GODEBUG=gctrace=1,
    /// BURROW_GC_POISON=1, BURROW_GC_STRESS=1.
    pub fn from_env() -> Result<Heap, String> {
        Ok(Heap::new(GcConfig::from_env()?))
    }

    pub fn new_cache(&self) -> AllocCache {
        AllocCache::new(&self.inner)
    }

    #[inline(always)]
    fn owns(&self, cache: &AllocCache) -> bool {
        Arc::ptr_eq(&self.inner, &cache.heap)
    }

    /// Allocates `n` zeroed elements of `layout`. Null when out of memory,
    /// when the size overflows, or when `cache` belongs to another heap.
    #[inline]
    pub fn alloc(&self, cache: &mut AllocCache, layout: &'static GcLayout, n: usize) -> *mut u8 {
        if layout.ptr_words == 0 {
            return match layout.size.checked_mul(n) {
                Some(size) => self.alloc_noscan(cache, size),
                None => std::ptr::null_mut(),
            };
        }
        let Some(size) = layout.size.checked_mul(n) else {
            return std::ptr::null_mut();
        };
        if !self.owns(cache) {
            return std::ptr::null_mut();
        }
        if size == 0 {
            return zero_base();
        }
        match small_class(size) {
            // SAFETY: the cache is ours; class `c << 1` is a scan class and
            // the layout pointer is non-null.
            Some(c) => unsafe { self.inner.alloc_small(cache, c << 1, layout) },
            None => self.inner.alloc_large(size, layout, n),
        }
    }

    /// Allocates `size` zeroed bytes that hold no pointers.
    #[inline]
    pub fn alloc_noscan(&self, cache: &mut AllocCache, size: usize) -> *mut u8 {
        if !self.owns(cache) {
            return std::ptr::null_mut();
        }
        if size == 0 {
            return zero_base();
        }
        match small_class(size) {
            // SAFETY: the cache is ours; class `c << 1 | 1` is noscan and
            // the layout is null.
            Some(c) => unsafe { self.inner.alloc_small(cache, c << 1 | 1, std::ptr::null()) },
            None => self.inner.alloc_large(size, std::ptr::null(), 1),
        }
    }

    /// True when the pacer wants a collection (one relaxed load).
    #[inline(always)]
    pub fn should_collect(&self) -> bool {
        self.inner.pacer.want_gc.load(Relaxed)
    }

    /// Stop-the-world collection. The caller has stopped every mutator: no
    /// other thread is inside any `Heap`/`AllocCache` method or touching
    /// heap memory until this returns. All caches are flushed here.
    pub fn collect(&self, roots: &mut dyn Roots, forced: bool) {
        let inner = &*self.inner;
        let mut queue = inner.collect_lock.lock();
        let t0 = Instant::now();
        let start_ns = t0.duration_since(inner.cycles.lock().start).as_nanos() as u64;
        let heap0 = inner.pacer.heap_live.load(Relaxed);
        let goal = inner.pacer.goal.load(Relaxed);

        // 1. Sweep termination: take every span back from the caches.
        inner.flush_caches();
        let t1 = Instant::now();

        // 2. Mark.
        let mut pages = inner.pages.lock();
        let mut marker = Marker::new(&inner.map, &mut queue);
        // SAFETY: the world is stopped (this method's contract).
        roots.for_each_root(&mut |w| unsafe { marker.mark_value(w) });
        // SAFETY: as above.
        unsafe { marker.drain() };
        let marked_bytes = marker.marked_bytes;
        let t2 = Instant::now();

        // 3. Sweep every span; rebuild the central lists.
        let poison = inner.poison.load(Relaxed);
        let mut partial: Vec<Vec<SpanPtr>> = (0..NUM_SPAN_CLASSES).map(|_| Vec::new()).collect();
        let spans = std::mem::take(&mut pages.all_spans);
        let mut kept = Vec::with_capacity(spans.len());
        let (mut freed_objs, mut freed_bytes, mut live_bytes) = (0u64, 0u64, 0u64);
        for &s in spans.iter().rev() {
            // SAFETY: in-use span, no cache holds it, world stopped.
            let span = unsafe { &*s };
            // SAFETY: as above.
            let (freed, live) = unsafe { sweep::sweep_span(span, poison) };
            freed_objs += freed as u64;
            freed_bytes += (freed * span.elem_size) as u64;
            live_bytes += (live * span.elem_size) as u64;
            if live == 0 {
                // SAFETY: no cache or list holds it; removed from all_spans.
                unsafe { pages.free_span(&inner.map, s) };
            } else {
                kept.push(s);
                if live < span.nelems {
                    partial[span.spanclass as usize].push(SpanPtr(s));
                }
            }
        }
        kept.reverse();
        pages.all_spans = kept;
        for (list, spans) in inner.central.iter().zip(partial) {
            *list.lock() = spans;
        }
        inner.counters.frees.fetch_add(freed_objs, Relaxed);
        inner.counters.freed_bytes.fetch_add(freed_bytes, Relaxed);

        // 4. Pace the next cycle.
        let committed = pages.committed_bytes as u64;
        let inuse = (pages.pages_inuse * PAGE_SIZE) as u64;
        let pacer = &inner.pacer;
        pacer.heap_live.store(live_bytes, Relaxed);
        pacer.marked.store(marked_bytes, Relaxed);
        pacer.stacks.store(roots.stack_bytes(), Relaxed);
        pacer.globals.store(roots.globals_bytes(), Relaxed);
        pacer.commit(committed, live_bytes, committed - inuse);

        // 5. Scavenge: when much more memory is resident than the next goal
        // needs (16 MiB and the goal again), return free pages to the OS
        // down to 10% over the goal (Go's retained-heap target), and never
        // keep more than GOMEMLIMIT. The slack keeps a steady-state program
        // from releasing and refaulting the same pages every cycle.
        let next_goal = pacer.goal.load(Relaxed);
        let mut keep = next_goal.saturating_add(next_goal / 10);
        if let Some(limit) = pacer.settings.lock().memory_limit {
            keep = keep.min(limit);
        }
        let keep = keep.max(inuse);
        let resident = pages.resident_bytes() as u64;
        let over_limit = pacer
            .settings
            .lock()
            .memory_limit
            .is_some_and(|l| resident > l);
        if over_limit || resident > keep.saturating_add(keep.max(SCAVENGE_SLACK)) {
            pages.scavenge(keep.min(usize::MAX as u64) as usize);
        }
        drop(pages);
        let t3 = Instant::now();

        let procs = inner.procs.load(Relaxed);
        let mut cycles = inner.cycles.lock();
        cycles.record(t3 - t0, forced, procs);
        let ns = |a: Instant, b: Instant| (b - a).as_nanos() as u64;
        let trace = CycleTrace {
            num: cycles.num_gc,
            start_ns,
            cpu_percent: (cycles.gc_cpu_fraction * 100.0) as u32,
            clock_ns: [ns(t0, t1), ns(t1, t2), ns(t2, t3)],
            cpu_ns: [
                ns(t0, t1) * procs as u64,
                0,
                ns(t1, t2),
                0,
                ns(t2, t3) * procs as u64,
            ],
            heap0,
            heap1: heap0,
            heap2: marked_bytes,
            goal,
            stacks: roots.stack_bytes(),
            globals: roots.globals_bytes(),
            procs,
            forced,
            pause_ns: ns(t0, t3),
        };
        cycles.last_trace = Some(trace);
        cycles.push_history(trace);
        drop(cycles);
        if inner.gctrace.load(Relaxed) {
            // Not eprintln!: a closed stderr must not panic the collector.
            use std::io::Write;
            let _ = writeln!(std::io::stderr(), "{}", format_gctrace(&trace));
        }
    }

    /// Base address and size of the allocated object containing `addr`.
    pub fn find_object(&self, addr: usize) -> Option<(usize, usize)> {
        let s = self.inner.map.span_of(addr);
        if s.is_null() {
            return None;
        }
        // SAFETY: page tables point only at live span structs; a span in a
        // page table stays in use until a collection (which excludes
        // concurrent callers by contract).
        let span = unsafe { &*s };
        let idx = span.object_index(addr)?;
        // SAFETY: sweeping happens only inside `collect`.
        if !unsafe { span.is_allocated(idx) } {
            return None;
        }
        Some((span.start + idx * span.elem_size, span.elem_size))
    }

    /// Checks the heap's invariants (see the essay above); Err describes
    /// the first violation. For tests and debug modes: call it only while
    /// no mutator is running.
    pub fn check_invariants(&self) -> Result<(), String> {
        use std::collections::HashSet;
        let inner = &*self.inner;
        let _collecting = inner.collect_lock.lock();
        let caches = inner.caches.lock();
        let pages = inner.pages.lock();
        let in_use: HashSet<usize> = pages.all_spans.iter().map(|&s| s as usize).collect();
        if in_use.len() != pages.all_spans.len() {
            return Err("a span is listed twice in all_spans".into());
        }
        let mut owned: HashSet<usize> = HashSet::new();
        let (mut npages, mut objects) = (0usize, 0u64);
        for &s in &pages.all_spans {
            // SAFETY: in-use span structs are live; no mutator runs.
            let span = unsafe { &*s };
            npages += span.npages;
            for p in 0..span.npages {
                let a = span.start + p * PAGE_SIZE;
                if inner.map.span_of(a) != s {
                    return Err(format!("page {a:#x} does not map to its span"));
                }
            }
            let mut count = 0;
            for w in 0..span.nelems.div_ceil(64) {
                // SAFETY: no mutator runs (this method's contract).
                let allocated = unsafe { span.allocated_word(w) };
                count += allocated.count_ones() as usize;
                if span.mark_bits[w].load(Relaxed) != 0 {
                    return Err(format!(
                        "span {:#x}: mark bits set outside a cycle",
                        span.start
                    ));
                }
                if !span.noscan() {
                    for b in 0..64 {
                        if allocated >> b & 1 == 0 {
                            continue;
                        }
                        // SAFETY: allocated slots are < nelems, the side
                        // array's length.
                        let layout = unsafe { *span.layouts.add(w * 64 + b) };
                        if layout.is_null() {
                            return Err(format!(
                                "span {:#x}: object {} has no layout",
                                span.start,
                                w * 64 + b
                            ));
                        }
                    }
                }
            }
            if count != span.alloc_count.load(Relaxed) {
                return Err(format!(
                    "span {:#x}: alloc_count {} but {} slots allocated",
                    span.start,
                    span.alloc_count.load(Relaxed),
                    count
                ));
            }
            objects += count as u64;
        }
        if npages != pages.pages_inuse {
            return Err(format!(
                "pages_inuse {} but spans hold {}",
                pages.pages_inuse, npages
            ));
        }
        for (spc, list) in inner.central.iter().enumerate() {
            for sp in list.lock().iter() {
                let s = sp.0;
                // SAFETY: listed spans are live.
                let span = unsafe { &*s };
                if !in_use.contains(&(s as usize)) || !owned.insert(s as usize) {
                    return Err(format!(
                        "central list {spc}: span not in use or listed twice"
                    ));
                }
                if span.spanclass as usize != spc || span.alloc_count.load(Relaxed) >= span.nelems {
                    return Err(format!("central list {spc}: wrong class or full span"));
                }
            }
        }
        for c in caches.iter() {
            // SAFETY: registered caches are live while registered.
            let cache = unsafe { &*c.0 };
            for (spc, slot) in cache.spans.iter().enumerate() {
                let s = slot.load(Relaxed);
                if s == cache::empty_span() {
                    continue;
                }
                // SAFETY: cached spans are live.
                let span = unsafe { &*s };
                if !in_use.contains(&(s as usize)) || !owned.insert(s as usize) {
                    return Err(format!("cache slot {spc}: span not in use or owned twice"));
                }
                if span.spanclass as usize != spc {
                    return Err(format!(
                        "cache slot {spc}: span of class {}",
                        span.spanclass
                    ));
                }
            }
        }
        drop(pages);
        drop(caches);
        let st = self.stats();
        if st.heap_objects != objects {
            return Err(format!(
                "HeapObjects {} but {} objects allocated",
                st.heap_objects, objects
            ));
        }
        Ok(())
    }

    /// Whether `addr` lies in heap memory (an arena), allocated or not.
    pub fn in_heap(&self, addr: usize) -> bool {
        !self.inner.map.lookup(addr).is_null()
    }

    /// MemStats. Exact when no mutator is allocating (as Go's
    /// ReadMemStats, which stops the world); otherwise it may lag by the
    /// objects being allocated meanwhile.
    pub fn stats(&self) -> MemStats {
        let inner = &*self.inner;
        let (pending, pending_bytes) = inner.cached_allocs();
        let c = &inner.counters;
        let mallocs = c.mallocs.load(Relaxed) + pending;
        let total_alloc = c.total_alloc.load(Relaxed) + pending_bytes;
        let frees = c.frees.load(Relaxed);
        let heap_alloc = total_alloc.saturating_sub(c.freed_bytes.load(Relaxed));
        let pages = inner.pages.lock();
        let heap_sys = pages.committed_bytes as u64;
        let heap_inuse = (pages.pages_inuse * PAGE_SIZE) as u64;
        let heap_released = pages.nonresident_bytes() as u64;
        let span_size = std::mem::size_of::<Span>() as u64;
        let mspan_inuse = pages.all_spans.len() as u64 * span_size;
        let mspan_sys = pages.span_structs as u64 * span_size;
        let layout_bytes: u64 = pages
            .all_spans
            .iter()
            .map(|&s| {
                // SAFETY: live span structs; only the vec's capacity is read
                // (it changes only under the page-heap lock we hold).
                unsafe { (*(*s).layouts_store.get()).capacity() as u64 * 8 }
            })
            .sum();
        let gc_sys =
            pages.page_table_bytes as u64 + layout_bytes + (4096 * pages.arena_count() as u64);
        drop(pages);
        let ncaches = inner.caches.lock().len() as u64;
        let mcache = ncaches * std::mem::size_of::<cache::CacheInner>() as u64;
        let cycles = inner.cycles.lock();
        MemStats {
            alloc: heap_alloc,
            total_alloc,
            sys: heap_sys + mspan_sys + mcache + gc_sys,
            mallocs,
            frees,
            heap_alloc,
            heap_sys,
            heap_idle: heap_sys - heap_inuse,
            heap_inuse,
            heap_released,
            heap_objects: mallocs - frees,
            next_gc: inner.pacer.goal.load(Relaxed),
            last_gc: cycles.last_gc,
            pause_total_ns: cycles.pause_total_ns,
            pause_ns: cycles.pause_ns,
            pause_end: cycles.pause_end,
            num_gc: cycles.num_gc,
            num_forced_gc: cycles.num_forced_gc,
            gc_cpu_fraction: cycles.gc_cpu_fraction,
            mspan_inuse,
            mspan_sys,
            mcache_inuse: mcache,
            mcache_sys: mcache,
            gc_sys,
        }
    }

    /// The trace record of the last cycle (what gctrace printed).
    pub fn last_cycle(&self) -> Option<CycleTrace> {
        self.inner.cycles.lock().last_trace
    }

    /// The last `stats::HISTORY_CYCLES` cycles, oldest first (pause
    /// histograms, plots).
    pub fn cycle_history(&self) -> Vec<CycleTrace> {
        self.inner.cycles.lock().history.iter().copied().collect()
    }

    /// Pause percentiles over the cycles in `cycle_history`.
    pub fn pause_summary(&self) -> PauseSummary {
        let pauses: Vec<u64> = self
            .inner
            .cycles
            .lock()
            .history
            .iter()
            .map(|t| t.pause_ns)
            .collect();
        stats::summarize_pauses(&pauses)
    }

    /// Go's gctrace line for the last cycle.
    pub fn last_gctrace(&self) -> Option<String> {
        self.last_cycle().map(|t| format_gctrace(&t))
    }

    /// Returns every free page to the OS (the second half of
    /// `debug.FreeOSMemory`, after a forced `collect`). Returns the bytes
    /// released.
    pub fn release_free_memory(&self) -> u64 {
        let mut pages = self.inner.pages.lock();
        let inuse = pages.pages_inuse * PAGE_SIZE;
        pages.scavenge(inuse) as u64
    }

    /// Prints the gctrace line to stderr after each cycle.
    pub fn set_gctrace(&self, on: bool) {
        self.inner.gctrace.store(on, Relaxed);
    }

    /// Debug: makes `should_collect` always true, so a VM that collects at
    /// every safepoint where it is asked finds roots it forgot (pair with
    /// poisoning). `BURROW_GC_STRESS=1` turns it on in `from_env`.
    /// Installs the function called whenever the heap starts wanting a
    /// collection (once; later calls are ignored). `should_collect` stays
    /// the truth; the hook lets a VM fold the trigger into its own
    /// safepoint flag.
    pub fn set_collect_hook(&self, hook: pacer::CollectHook) {
        let _ = self.inner.pacer.hook.set(hook);
        self.inner.pacer.check();
    }

    pub fn set_stress(&self, on: bool) {
        self.inner.pacer.stress.store(on, Relaxed);
        self.inner.pacer.check();
    }

    /// Fills freed objects with `POISON_WORD` (debugging).
    pub fn set_poison(&self, on: bool) {
        self.inner.poison.store(on, Relaxed);
    }

    /// GOMAXPROCS, for GC CPU accounting and gctrace (default: CPUs).
    pub fn set_gomaxprocs(&self, procs: u32) {
        self.inner.procs.store(procs.max(1), Relaxed);
    }

    /// The time the program started (gctrace's `@` and GCCPUFraction are
    /// measured from it; default: heap creation).
    pub fn set_start_time(&self, start: Instant) {
        self.inner.cycles.lock().start = start;
    }

    /// debug.SetGCPercent: sets GOGC (None = off) and returns the old one.
    pub fn set_gc_percent(&self, gogc: Option<u32>) -> Option<u32> {
        let old = std::mem::replace(&mut self.inner.pacer.settings.lock().gogc, gogc);
        self.recommit();
        old
    }

    /// debug.SetMemoryLimit: sets GOMEMLIMIT (None = no limit); returns the
    /// old one.
    pub fn set_memory_limit(&self, limit: Option<u64>) -> Option<u64> {
        let old = std::mem::replace(&mut self.inner.pacer.settings.lock().memory_limit, limit);
        self.recommit();
        old
    }

    /// Current GOGC and GOMEMLIMIT.
    pub fn config(&self) -> GcConfig {
        let s = *self.inner.pacer.settings.lock();
        GcConfig {
            gogc: s.gogc,
            memory_limit: s.memory_limit,
        }
    }

    fn recommit(&self) {
        let pages = self.inner.pages.lock();
        let committed = pages.committed_bytes as u64;
        let free = committed - (pages.pages_inuse * PAGE_SIZE) as u64;
        drop(pages);
        let live = self.inner.pacer.heap_live.load(Relaxed);
        self.inner.pacer.commit(committed, live, free);
    }
}

impl std::fmt::Debug for Heap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Heap").finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn send_sync<T: Send + Sync>() {}

    #[test]
    fn heap_is_send_sync_cache_is_send() {
        send_sync::<Heap>();
        fn send<T: Send>() {}
        send::<AllocCache>();
    }
}
