//! Burrow's garbage-collected heap. (CONTRACT STUB: the API below is what the
//! VM codes against; the gc helper replaces the bodies and this comment with
//! the design essay.)
//!
//! Contract:
//! * `Heap` is shared by all threads (`Sync`). Each P (worker thread) owns an
//!   `AllocCache` and allocates through it with no lock on the fast path.
//! * Every allocation is zeroed. `layout == None` means the object holds no
//!   pointers (a "noscan" object: strings' bytes, `[]int` backing arrays).
//!   Otherwise the object is `n` consecutive elements of `layout` (a struct,
//!   or an array's element type), and exactly the words `layout` marks are
//!   scanned: the collector is precise.
//! * The heap never moves objects. Any address inside an object (interior
//!   pointer) keeps the whole object alive; `find_object` maps it to the base.
//! * Collection is requested by the allocator (`should_collect`, paced by
//!   GOGC) but performed only when the VM calls `collect` at a safepoint with
//!   every goroutine stopped, passing a `Roots` that enumerates every root
//!   word (stack slots from stack maps, globals). Word values that are not
//!   heap addresses are ignored, so roots may include pointers to stacks,
//!   static data and type descriptors.
//! * `barrier::write_pointer` is the hook every pointer store into heap or
//!   global memory goes through (a no-op while the collector is
//!   stop-the-world; the concurrent collector gives it a body).

pub mod barrier;

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

#[derive(Clone, Copy, Debug)]
pub struct GcConfig {
    /// GOGC percentage; `None` = off.
    pub gogc: Option<u32>,
    /// GOMEMLIMIT in bytes.
    pub memory_limit: Option<u64>,
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
        }
    }
}

/// Root enumeration supplied by the VM.
pub trait Roots {
    /// Calls `visit` with the value of every root word.
    fn for_each_root(&mut self, visit: &mut dyn FnMut(usize));
}

pub struct Heap {/* gc helper */}

/// Per-P allocation cache.
pub struct AllocCache {/* gc helper */}

impl Heap {
    pub fn new(_config: GcConfig) -> Heap {
        todo!()
    }
    pub fn new_cache(&self) -> AllocCache {
        todo!()
    }
    /// Allocates `n` zeroed elements of `layout` (or `size` noscan bytes if
    /// `layout` is None; then `n` must be 1... see `alloc_noscan`).
    pub fn alloc(&self, _cache: &mut AllocCache, _layout: &'static GcLayout, _n: usize) -> *mut u8 {
        todo!()
    }
    pub fn alloc_noscan(&self, _cache: &mut AllocCache, _size: usize) -> *mut u8 {
        todo!()
    }
    /// True when the pacer wants a collection.
    pub fn should_collect(&self) -> bool {
        todo!()
    }
    /// Stop-the-world collection; the caller has stopped every mutator.
    pub fn collect(&self, _roots: &mut dyn Roots, _forced: bool) {
        todo!()
    }
    /// Base address and size of the object containing `addr`, if any.
    pub fn find_object(&self, _addr: usize) -> Option<(usize, usize)> {
        todo!()
    }
    pub fn stats(&self) -> MemStats {
        todo!()
    }
}
