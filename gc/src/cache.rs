//! Per-P allocation caches and the allocation paths.
//!
//! An `AllocCache` holds one current span per span class. The fast path
//! (`alloc_small`) takes the next free slot from that span's 64-slot window
//! of inverted allocation bits (`alloc_cache`, one `trailing_zeros`), with
//! no lock and no atomic read-modify-write: the span belongs to the cache
//! until it is full or the collector flushes it. A full span is exchanged
//! for a partial one from the class's central list, or a fresh span from
//! the page heap, under that class's lock (`refill`). Large objects
//! (> 32 KiB) take a span of their own under the page-heap lock.
//!
//! Caches register with the heap so that `collect` can flush them (the
//! world is stopped then, so no cache is in use) and `stats` can count the
//! slots used in spans they still hold.

use std::ptr::{self, null_mut, NonNull};
use std::sync::atomic::{AtomicPtr, Ordering::Relaxed};
use std::sync::Arc;

use crate::span::{Span, CLASS_TO_NPAGES, EMPTY_SPAN, MAX_SMALL_SIZE, NUM_SPAN_CLASSES, PAGE_SIZE};
use crate::{GcLayout, HeapInner, SpanPtr};

/// Largest object the heap will try to allocate (1 TiB).
pub const MAX_ALLOC_SIZE: usize = 1 << 40;

#[inline(always)]
pub(crate) fn empty_span() -> *mut Span {
    &EMPTY_SPAN.0 as *const Span as *mut Span
}

/// The registered part of a cache: one current span per span class.
pub(crate) struct CacheInner {
    pub spans: [AtomicPtr<Span>; NUM_SPAN_CLASSES],
}

/// Per-P allocation cache. Create with `Heap::new_cache`; use it from one
/// thread at a time (it is `Send`, not `Sync`). Dropping it gives its spans
/// back to the heap.
pub struct AllocCache {
    pub(crate) inner: NonNull<CacheInner>,
    pub(crate) heap: Arc<HeapInner>,
}

// SAFETY: the cache's state is only touched by its owner (through &mut) or
// by the collector while every mutator is stopped; moving it to another
// thread is fine.
unsafe impl Send for AllocCache {}

pub(crate) struct CachePtr(pub *mut CacheInner);
// SAFETY: registered caches are only dereferenced under the registry lock
// by the collector (world stopped) or for relaxed atomic reads (stats).
unsafe impl Send for CachePtr {}

impl AllocCache {
    pub(crate) fn new(heap: &Arc<HeapInner>) -> AllocCache {
        let inner = Box::new(CacheInner {
            spans: std::array::from_fn(|_| AtomicPtr::new(empty_span())),
        });
        let inner = NonNull::from(Box::leak(inner));
        heap.caches.lock().push(CachePtr(inner.as_ptr()));
        AllocCache {
            inner,
            heap: heap.clone(),
        }
    }
}

impl Drop for AllocCache {
    fn drop(&mut self) {
        let p = self.inner.as_ptr();
        let mut caches = self.heap.caches.lock();
        caches.retain(|c| c.0 != p);
        // SAFETY: `p` came from Box::leak in `new` and is no longer
        // registered, so nothing else refers to it.
        let inner = unsafe { Box::from_raw(p) };
        for (spc, slot) in inner.spans.iter().enumerate() {
            let s = slot.load(Relaxed);
            if s != empty_span() {
                // SAFETY: cached spans are live; we own them.
                unsafe { self.heap.release_span(s, Some(spc)) };
            }
        }
        drop(caches);
    }
}

impl HeapInner {
    /// Allocates one small object of span class `spc`; `layout` is null for
    /// noscan classes.
    ///
    /// # Safety
    /// `cache` belongs to this heap; `spc` is a valid span class whose
    /// noscan bit agrees with `layout.is_null()`.
    #[inline(always)]
    pub(crate) unsafe fn alloc_small(
        &self,
        cache: &mut AllocCache,
        spc: usize,
        layout: *const GcLayout,
    ) -> *mut u8 {
        // SAFETY: the cache is live and owned by the caller (&mut).
        let c = unsafe { cache.inner.as_ref() };
        // SAFETY: cache slots always hold a live span (or the empty span).
        let span = unsafe { &*c.spans[spc].load(Relaxed) };
        // SAFETY: this cache owns the span's allocation state.
        let window = unsafe { *span.alloc_cache.get() };
        let bit = window.trailing_zeros() as usize;
        let idx = span.free_index.load(Relaxed) + bit;
        let next = idx + 1;
        if bit < 64 && idx < span.nelems && (!next.is_multiple_of(64) || next == span.nelems) {
            // SAFETY: as above; `(window >> bit) >> 1` drops the taken slot.
            unsafe { *span.alloc_cache.get() = (window >> bit) >> 1 };
            span.free_index.store(next, Relaxed);
            // SAFETY: slot idx < nelems was free and is now ours.
            return unsafe { finish_small(span, idx, layout) };
        }
        // SAFETY: forwarded contract.
        unsafe { self.alloc_small_slow(c, spc, layout) }
    }

    #[cold]
    #[inline(never)]
    unsafe fn alloc_small_slow(
        &self,
        c: &CacheInner,
        spc: usize,
        layout: *const GcLayout,
    ) -> *mut u8 {
        let mut s = c.spans[spc].load(Relaxed);
        // SAFETY: the cache owns its current span.
        let mut idx = unsafe { (*s).next_free_index() };
        if idx.is_none() {
            // SAFETY: forwarded contract.
            s = unsafe { self.refill(c, spc) };
            if s.is_null() {
                return null_mut();
            }
            // SAFETY: refill returned a span with a free slot, now ours.
            idx = unsafe { (*s).next_free_index() };
        }
        match idx {
            // SAFETY: slot i of our span was free and is now ours.
            Some(i) => unsafe { finish_small(&*s, i, layout) },
            None => null_mut(),
        }
    }

    /// Gives back the (full) current span of class `spc` and takes one with
    /// free slots. Null when out of memory.
    unsafe fn refill(&self, c: &CacheInner, spc: usize) -> *mut Span {
        let old = c.spans[spc].swap(empty_span(), Relaxed);
        if old != empty_span() {
            // SAFETY: the cache owned `old`.
            unsafe { self.release_span(old, Some(spc)) };
        }
        let partial = self.central[spc].lock().pop();
        let s = match partial {
            Some(p) => p.0,
            None => {
                let npages = CLASS_TO_NPAGES[spc >> 1] as usize;
                match self.pages.lock().alloc_span(&self.map, npages, spc as u8) {
                    Some(s) => s,
                    None => return null_mut(),
                }
            }
        };
        // SAFETY: the span came off a list or was just made: ours now.
        let span = unsafe { &*s };
        // SAFETY: as above.
        unsafe { zero_free_slots(span) };
        let count = span.alloc_count.load(Relaxed);
        span.alloc_count_at_cache.store(count, Relaxed);
        self.pacer
            .add_live(((span.nelems - count) * span.elem_size) as u64);
        c.spans[spc].store(s, Relaxed);
        s
    }

    /// Accounts the slots a cache used in span `s` and refunds its unused
    /// space to the pacer. With `to_central`, a span with free slots goes
    /// back on its class's central list.
    ///
    /// # Safety
    /// The caller owned `s` through a cache and gives it up.
    pub(crate) unsafe fn release_span(&self, s: *mut Span, to_central: Option<usize>) {
        // SAFETY: caller's contract.
        let span = unsafe { &*s };
        let count = span.alloc_count.load(Relaxed);
        let used = count - span.alloc_count_at_cache.load(Relaxed);
        span.alloc_count_at_cache.store(count, Relaxed);
        self.counters
            .add_mallocs(used as u64, (used * span.elem_size) as u64);
        self.pacer
            .sub_live(((span.nelems - count) * span.elem_size) as u64);
        if let Some(spc) = to_central {
            if count < span.nelems {
                self.central[spc].lock().push(SpanPtr(s));
            }
        }
    }

    /// Allocates a large object (or any object too big for a size class)
    /// in a span of its own.
    #[cold]
    #[inline(never)]
    pub(crate) fn alloc_large(&self, size: usize, layout: *const GcLayout, n: usize) -> *mut u8 {
        if size > MAX_ALLOC_SIZE {
            return null_mut();
        }
        let npages = size.div_ceil(PAGE_SIZE);
        let spanclass = if layout.is_null() { 1 } else { 0 };
        let Some(s) = self.pages.lock().alloc_span(&self.map, npages, spanclass) else {
            return null_mut();
        };
        // SAFETY: the span was just made for us; no one else allocates in it.
        let span = unsafe { &*s };
        // SAFETY: as above.
        unsafe {
            *span.large_n.get() = n;
            if !layout.is_null() {
                *span.layouts = layout;
            }
            if *span.needzero.get() {
                ptr::write_bytes(span.start as *mut u8, 0, span.elem_size);
            }
        }
        span.alloc_count.store(1, Relaxed);
        span.alloc_count_at_cache.store(1, Relaxed);
        span.free_index.store(1, Relaxed);
        self.counters.add_mallocs(1, span.elem_size as u64);
        self.pacer.add_live(span.elem_size as u64);
        span.start as *mut u8
    }

    /// Slots used in spans currently held by caches: (count, bytes).
    pub(crate) fn cached_allocs(&self) -> (u64, u64) {
        let caches = self.caches.lock();
        let (mut n, mut bytes) = (0u64, 0u64);
        for c in caches.iter() {
            // SAFETY: registered caches are live while registered (the lock
            // is held); only atomics are read.
            let inner = unsafe { &*c.0 };
            for slot in &inner.spans {
                let s = slot.load(Relaxed);
                if s == empty_span() {
                    continue;
                }
                // SAFETY: span structs live as long as the heap.
                let span = unsafe { &*s };
                let used = span
                    .alloc_count
                    .load(Relaxed)
                    .saturating_sub(span.alloc_count_at_cache.load(Relaxed));
                n += used as u64;
                bytes += (used * span.elem_size) as u64;
            }
        }
        (n, bytes)
    }

    /// Flushes every registered cache (collector only, world stopped).
    pub(crate) fn flush_caches(&self) {
        let caches = self.caches.lock();
        for c in caches.iter() {
            // SAFETY: the world is stopped: no owner is using its cache.
            let inner = unsafe { &*c.0 };
            for slot in &inner.spans {
                let s = slot.swap(empty_span(), Relaxed);
                if s != empty_span() {
                    // SAFETY: the cache owned the span; sweep re-lists it.
                    unsafe { self.release_span(s, None) };
                }
            }
        }
    }
}

/// Completes a small allocation of slot `idx`.
///
/// # Safety
/// Slot `idx` of `span` was free and now belongs to the caller's object.
#[inline(always)]
unsafe fn finish_small(span: &Span, idx: usize, layout: *const GcLayout) -> *mut u8 {
    span.alloc_count
        .store(span.alloc_count.load(Relaxed) + 1, Relaxed);
    let p = (span.start + idx * span.elem_size) as *mut u8;
    if !layout.is_null() {
        // SAFETY: scan spans have a layout entry for each of their slots.
        unsafe { *span.layouts.add(idx) = layout };
    }
    p
}

/// Zeroes every free slot of a span a cache is taking, so the fast path
/// never has to: one memset per run of free slots, just before the span's
/// memory is written anyway.
///
/// # Safety
/// The caller owns the span's allocation state; no free slot holds a live
/// object.
unsafe fn zero_free_slots(span: &Span) {
    // SAFETY: caller owns the allocation state.
    if !unsafe { *span.needzero.get() } {
        return;
    }
    let zero = |from: usize, to: usize| {
        // SAFETY: slots [from, to) are free slots inside the span.
        unsafe {
            ptr::write_bytes(
                (span.start + from * span.elem_size) as *mut u8,
                0,
                (to - from) * span.elem_size,
            )
        };
    };
    let mut run_start = None;
    for w in 0..span.nelems.div_ceil(64) {
        // SAFETY: caller owns the allocation state.
        let allocated = unsafe { span.allocated_word(w) };
        let valid = crate::span::valid_mask(span.nelems, w);
        if allocated == 0 && valid == u64::MAX {
            run_start.get_or_insert(w * 64);
            continue;
        }
        for b in 0..64 {
            if valid >> b & 1 == 0 {
                break;
            }
            let idx = w * 64 + b;
            if allocated >> b & 1 == 0 {
                run_start.get_or_insert(idx);
            } else if let Some(start) = run_start.take() {
                zero(start, idx);
            }
        }
    }
    if let Some(start) = run_start {
        zero(start, span.nelems);
    }
    // SAFETY: caller owns the allocation state.
    unsafe { *span.needzero.get() = false };
}

/// Size-0 allocations all return this address (Go's zerobase).
static ZERO_BASE: u64 = 0;

#[inline(always)]
pub(crate) fn zero_base() -> *mut u8 {
    &ZERO_BASE as *const u64 as *mut u8
}

/// Class of a small size, or None for large.
#[inline(always)]
pub(crate) fn small_class(size: usize) -> Option<usize> {
    (size <= MAX_SMALL_SIZE).then(|| crate::span::size_to_class(size))
}
