//! Sweep: free every allocated object that mark left white.
//!
//! As Go does, a span's mark bitmap simply becomes its allocation bitmap:
//! the objects that survive are exactly the marked ones, every other slot
//! is free. `free_index` restarts at 0 and the allocation cache is reloaded,
//! so the allocator walks the new free slots. Freed slots keep their old
//! bytes, so the span is flagged `needzero` and its free slots are cleared
//! when an allocation cache next takes it. With poisoning on (`POISON_FREED` or
//! `BURROW_GC_POISON=1`), freed slots are filled with `POISON_WORD` first so
//! that a use after free reads a loud pattern.

use std::sync::atomic::Ordering::Relaxed;

use crate::span::{valid_mask, Span, BITMAP_WORDS};

/// Word written over freed memory when poisoning.
pub const POISON_WORD: u64 = 0xdead_beef_dead_beef;

/// Debug knob: poison freed memory in every heap (the env var
/// `BURROW_GC_POISON=1` or `Heap::set_poison` turns it on per heap).
pub const POISON_FREED: bool = false;

/// Fills `len` bytes at `addr` with `POISON_WORD`.
///
/// # Safety
/// `[addr, addr+len)` is committed heap memory no live object uses; `addr`
/// and `len` are multiples of 8.
pub(crate) unsafe fn poison(addr: usize, len: usize) {
    let p = addr as *mut u64;
    for i in 0..len / 8 {
        // SAFETY: inside the range the caller vouches for.
        unsafe { p.add(i).write(POISON_WORD) };
    }
}

/// Sweeps one span. Returns (objects freed, objects live).
///
/// # Safety
/// The world is stopped and no cache holds the span.
pub(crate) unsafe fn sweep_span(span: &Span, poison_freed: bool) -> (usize, usize) {
    let words = span.nelems.div_ceil(64).min(BITMAP_WORDS);
    let mut freed = 0;
    let mut live = 0;
    for w in 0..words {
        // SAFETY: world stopped, span not cached: we own its state.
        let allocated = unsafe { span.allocated_word(w) };
        let marked = span.mark_bits[w].load(Relaxed) & valid_mask(span.nelems, w);
        let dead = allocated & !marked;
        freed += dead.count_ones() as usize;
        live += marked.count_ones() as usize;
        if poison_freed {
            let mut d = dead;
            while d != 0 {
                let idx = w * 64 + d.trailing_zeros() as usize;
                // SAFETY: slot idx is inside the span and now free.
                unsafe { poison(span.start + idx * span.elem_size, span.elem_size) };
                d &= d - 1;
            }
        }
        // SAFETY: as above.
        unsafe { (*span.alloc_bits.get())[w] = marked };
        span.mark_bits[w].store(0, Relaxed);
    }
    // Start the allocator at the first free slot: every slot before it is
    // allocated, and `is_allocated` (the marker's check) is then a compare
    // for them, and for every slot of a full span.
    let first_free = (0..words)
        .find_map(|w| {
            // SAFETY: we own the allocation state (see above).
            let bits = unsafe { (*span.alloc_bits.get())[w] };
            let free = !bits & valid_mask(span.nelems, w);
            (free != 0).then(|| w * 64 + free.trailing_zeros() as usize)
        })
        .unwrap_or(span.nelems);
    span.free_index.store(first_free, Relaxed);
    span.alloc_count.store(live, Relaxed);
    span.alloc_count_at_cache.store(live, Relaxed);
    // SAFETY: we own the allocation state (see above).
    unsafe {
        span.refill_alloc_cache();
        if freed > 0 {
            *span.needzero.get() = true;
        }
    }
    (freed, live)
}
