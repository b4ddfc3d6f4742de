//! Size classes and spans.
//!
//! A span is a run of pages holding objects of one size class (or one large
//! object). The span class is `size_class << 1 | noscan`: objects without
//! pointers live in noscan spans and are never scanned. The class tables are
//! Go's (`internal/runtime/gc/sizeclasses.go`), so waste and span sizes match.

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering::Relaxed};

use crate::GcLayout;

pub const PAGE_SHIFT: usize = 13;
/// Page size of the page heap (8 KiB, as Go).
pub const PAGE_SIZE: usize = 1 << PAGE_SHIFT;
/// Largest size served from size-classed spans; larger objects get a span each.
pub const MAX_SMALL_SIZE: usize = 32768;
pub const NUM_SIZE_CLASSES: usize = 68;
pub const NUM_SPAN_CLASSES: usize = NUM_SIZE_CLASSES * 2;
/// Most objects one small span holds (class 1: 8 KiB / 8 B).
pub const MAX_OBJS_PER_SPAN: usize = 1024;
pub(crate) const BITMAP_WORDS: usize = MAX_OBJS_PER_SPAN / 64;

/// Object size of each size class (class 0 = large objects).
pub static CLASS_TO_SIZE: [u32; NUM_SIZE_CLASSES] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// Pages per span of each size class.
pub static CLASS_TO_NPAGES: [u8; NUM_SIZE_CLASSES] = [
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8,
    3, 10, 7, 4,
];

const fn build_size_to_class() -> [u8; MAX_SMALL_SIZE / 8 + 1] {
    let mut table = [0u8; MAX_SMALL_SIZE / 8 + 1];
    let mut i = 1;
    let mut class = 1;
    while i < table.len() {
        let size = i * 8;
        while (CLASS_TO_SIZE[class] as usize) < size {
            class += 1;
        }
        table[i] = class as u8;
        i += 1;
    }
    table
}

/// Smallest class holding `(i*8)` bytes, indexed by `(size + 7) / 8`.
static SIZE_TO_CLASS: [u8; MAX_SMALL_SIZE / 8 + 1] = build_size_to_class();

/// Size class for a small allocation of `size` bytes (`1..=MAX_SMALL_SIZE`).
#[inline(always)]
pub fn size_to_class(size: usize) -> usize {
    SIZE_TO_CLASS[(size + 7) >> 3] as usize
}

/// The bytes an allocation of `size` really occupies: its size class's
/// object size for small objects, whole pages for large ones (what Go's
/// `roundupsize` gives, which `append`'s capacity growth exposes).
pub fn round_up_to_class(size: usize) -> usize {
    if size == 0 {
        0
    } else if size <= MAX_SMALL_SIZE {
        CLASS_TO_SIZE[size_to_class(size)] as usize
    } else {
        size.div_ceil(PAGE_SIZE).saturating_mul(PAGE_SIZE)
    }
}

/// Go's division magic: `(offset * div_mul) >> 32 == offset / size` for
/// every offset inside a span of that class.
pub fn div_magic(size: usize) -> u32 {
    if size == 0 || size > u32::MAX as usize {
        0 // large spans hold one object and never divide
    } else {
        (u32::MAX / size as u32).wrapping_add(1)
    }
}

/// A run of pages holding objects of one span class.
///
/// Ownership: the plain fields are written only while the span is unpublished
/// (being (re)initialised under the page-heap lock). The allocation fields in
/// `UnsafeCell`s belong to whoever holds the span: the `AllocCache` that
/// cached it, the central list lock, or the collector with the world stopped.
/// `free_index`/`alloc_count` are atomics (relaxed loads/stores, never RMW)
/// only so that `find_object` and `stats` may read them from other threads.
#[repr(C, align(64))]
pub(crate) struct Span {
    // First cache line: everything the allocation fast path and the marker
    // touch (besides the mark bits).
    pub start: usize,
    pub elem_size: usize,
    pub nelems: usize,
    /// Slots below `free_index` are all allocated.
    pub free_index: AtomicUsize,
    /// Inverted `alloc_bits` window: bit 0 is slot `free_index`.
    pub alloc_cache: UnsafeCell<u64>,
    pub alloc_count: AtomicUsize,
    /// Per-slot layout pointer (scan spans only; else null).
    pub layouts: *mut *const GcLayout,
    pub div_mul: u32,
    /// `size_class << 1 | noscan`; size class 0 = one large object.
    pub spanclass: u8,
    /// Free slots may hold garbage: zero them before a cache uses the span.
    pub needzero: UnsafeCell<bool>,
    // Colder fields.
    pub npages: usize,
    /// Element count of the large object (for its layout).
    pub large_n: UnsafeCell<usize>,
    /// `alloc_count` when an `AllocCache` took the span (for Mallocs).
    pub alloc_count_at_cache: AtomicUsize,
    pub layouts_store: UnsafeCell<Vec<*const GcLayout>>,
    /// Set by the marker with `fetch_or`; swapped into `alloc_bits` by sweep.
    pub mark_bits: [AtomicU64; BITMAP_WORDS],
    /// Allocation state as of the last sweep (slot allocated = bit set).
    pub alloc_bits: UnsafeCell<[u64; BITMAP_WORDS]>,
}

#[allow(clippy::declare_interior_mutable_const)]
const ZERO_WORD: AtomicU64 = AtomicU64::new(0);

impl Span {
    pub const fn empty() -> Span {
        Span {
            start: 0,
            npages: 0,
            elem_size: 0,
            nelems: 0,
            div_mul: 0,
            spanclass: 0,
            large_n: UnsafeCell::new(0),
            free_index: AtomicUsize::new(0),
            alloc_count: AtomicUsize::new(0),
            alloc_count_at_cache: AtomicUsize::new(0),
            alloc_cache: UnsafeCell::new(0),
            needzero: UnsafeCell::new(false),
            alloc_bits: UnsafeCell::new([0; BITMAP_WORDS]),
            mark_bits: [ZERO_WORD; BITMAP_WORDS],
            layouts: std::ptr::null_mut(),
            layouts_store: UnsafeCell::new(Vec::new()),
        }
    }

    #[inline]
    pub fn noscan(&self) -> bool {
        self.spanclass & 1 != 0
    }

    #[inline]
    pub fn is_large(&self) -> bool {
        self.spanclass >> 1 == 0
    }

    /// Slot index of `addr`, which must lie in the span's pages (as the
    /// page table guarantees), or None for the tail waste after the last
    /// slot.
    #[inline]
    pub fn object_index(&self, addr: usize) -> Option<usize> {
        let off = addr.wrapping_sub(self.start);
        let idx = if self.is_large() {
            0
        } else {
            ((off as u64 * self.div_mul as u64) >> 32) as usize
        };
        (idx < self.nelems).then_some(idx)
    }

    /// Whether slot `idx` holds an allocated object.
    ///
    /// # Safety
    /// No thread may be sweeping this span concurrently.
    #[inline]
    pub unsafe fn is_allocated(&self, idx: usize) -> bool {
        if idx < self.free_index.load(Relaxed) {
            return true;
        }
        // SAFETY: alloc_bits change only in sweep/init (caller's contract).
        let bits = unsafe { &*self.alloc_bits.get() };
        bits[idx / 64] & (1 << (idx % 64)) != 0
    }

    /// Bitmap word `w` of allocated slots (alloc bits plus every slot below
    /// `free_index`), restricted to slots `< nelems`.
    ///
    /// # Safety
    /// The caller owns the span's allocation state.
    pub unsafe fn allocated_word(&self, w: usize) -> u64 {
        // SAFETY: caller owns the allocation state.
        let bits = unsafe { (*self.alloc_bits.get())[w] };
        let fi = self.free_index.load(Relaxed);
        let lo = w * 64;
        let below = if fi >= lo + 64 {
            u64::MAX
        } else if fi > lo {
            (1u64 << (fi - lo)) - 1
        } else {
            0
        };
        (bits | below) & valid_mask(self.nelems, w)
    }

    /// Reloads `alloc_cache` for the window starting at `free_index`.
    ///
    /// # Safety
    /// The caller owns the span's allocation state.
    pub unsafe fn refill_alloc_cache(&self) {
        let fi = self.free_index.load(Relaxed);
        // SAFETY: caller owns the allocation state.
        unsafe {
            let word = if fi / 64 < BITMAP_WORDS {
                (*self.alloc_bits.get())[fi / 64]
            } else {
                u64::MAX
            };
            *self.alloc_cache.get() = (!word) >> (fi % 64);
        }
    }

    /// Next free slot at or after `free_index`, advancing the allocation
    /// state past it (Go's `nextFreeIndex`). None when the span is full.
    ///
    /// # Safety
    /// The caller owns the span's allocation state.
    pub unsafe fn next_free_index(&self) -> Option<usize> {
        let nelems = self.nelems;
        let mut fi = self.free_index.load(Relaxed);
        if fi >= nelems {
            return None;
        }
        // SAFETY: caller owns the allocation state.
        let mut cache = unsafe { *self.alloc_cache.get() };
        loop {
            let bit = cache.trailing_zeros() as usize;
            if bit < 64 {
                let idx = fi + bit;
                if idx >= nelems {
                    self.free_index.store(nelems, Relaxed);
                    return None;
                }
                let next = idx + 1;
                self.free_index.store(next, Relaxed);
                // SAFETY: caller owns the allocation state.
                unsafe {
                    *self.alloc_cache.get() = (cache >> bit) >> 1;
                    if next.is_multiple_of(64) && next < nelems {
                        self.refill_alloc_cache();
                    }
                }
                return Some(idx);
            }
            fi = (fi + 64) & !63;
            if fi >= nelems {
                self.free_index.store(nelems, Relaxed);
                return None;
            }
            self.free_index.store(fi, Relaxed);
            // SAFETY: caller owns the allocation state.
            unsafe {
                self.refill_alloc_cache();
                cache = *self.alloc_cache.get();
            }
        }
    }

    /// (Re)initialises an unpublished span for `npages` pages at `start`.
    ///
    /// # Safety
    /// `span` must be exclusively owned by the caller (not reachable from
    /// any page table, cache or list).
    pub unsafe fn init(
        span: *mut Span,
        start: usize,
        npages: usize,
        spanclass: u8,
        needzero: bool,
    ) {
        let class = (spanclass >> 1) as usize;
        let (elem_size, nelems) = if class == 0 {
            (npages << PAGE_SHIFT, 1)
        } else {
            let size = CLASS_TO_SIZE[class] as usize;
            (size, (npages << PAGE_SHIFT) / size)
        };
        // SAFETY: exclusive ownership (caller's contract).
        let s = unsafe { &mut *span };
        s.start = start;
        s.npages = npages;
        s.elem_size = elem_size;
        s.nelems = nelems;
        s.div_mul = div_magic(elem_size);
        s.spanclass = spanclass;
        *s.large_n.get_mut() = 0;
        *s.free_index.get_mut() = 0;
        *s.alloc_count.get_mut() = 0;
        *s.alloc_count_at_cache.get_mut() = 0;
        *s.alloc_cache.get_mut() = u64::MAX;
        *s.needzero.get_mut() = needzero;
        *s.alloc_bits.get_mut() = [0; BITMAP_WORDS];
        for m in &mut s.mark_bits {
            *m.get_mut() = 0;
        }
        let store = s.layouts_store.get_mut();
        if spanclass & 1 == 0 {
            store.clear();
            store.resize(nelems, std::ptr::null());
            s.layouts = store.as_mut_ptr();
        } else {
            s.layouts = std::ptr::null_mut();
        }
    }
}

/// Mask of valid slot bits in bitmap word `w` of a span with `nelems` slots.
#[inline]
pub(crate) fn valid_mask(nelems: usize, w: usize) -> u64 {
    let lo = w * 64;
    if nelems >= lo + 64 {
        u64::MAX
    } else if nelems > lo {
        (1u64 << (nelems - lo)) - 1
    } else {
        0
    }
}

/// The span every cache slot points at before its first refill: zero slots,
/// so the fast path always falls through to the refill.
pub(crate) struct EmptySpan(pub Span);
// SAFETY: the empty span is never written: every writer first checks
// `nelems`/`free_index` (0 >= 0 means full) and refills instead.
unsafe impl Sync for EmptySpan {}
pub(crate) static EMPTY_SPAN: EmptySpan = EmptySpan(Span::empty());

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_to_class_is_smallest_fit() {
        for size in 1..=MAX_SMALL_SIZE {
            let c = size_to_class(size);
            assert!(CLASS_TO_SIZE[c] as usize >= size);
            assert!(c == 1 || (CLASS_TO_SIZE[c - 1] as usize) < size);
        }
    }

    #[test]
    fn div_magic_exact_for_every_class() {
        for class in 1..NUM_SIZE_CLASSES {
            let size = CLASS_TO_SIZE[class] as usize;
            let span_bytes = CLASS_TO_NPAGES[class] as usize * PAGE_SIZE;
            let m = div_magic(size) as u64;
            for off in 0..span_bytes {
                assert_eq!(
                    ((off as u64 * m) >> 32) as usize,
                    off / size,
                    "class {class}"
                );
            }
        }
    }

    #[test]
    fn nelems_fit_bitmaps() {
        for class in 1..NUM_SIZE_CLASSES {
            let n = CLASS_TO_NPAGES[class] as usize * PAGE_SIZE / CLASS_TO_SIZE[class] as usize;
            assert!((1..=MAX_OBJS_PER_SPAN).contains(&n));
        }
    }
}
