//! Mark: find every object reachable from the roots.
//!
//! Greying an object sets its bit in its span's dense mark bitmap with an
//! atomic `fetch_or` (after a plain load shows it clear), so the concurrent
//! collector's workers will be able to share the bitmaps unchanged. A newly
//! marked object from a scan span is pushed on the mark queue; noscan
//! objects are black at once. Scanning reads exactly the words the object's
//! layout marks as pointers, `n` elements of it.
//!
//! A word is treated as a pointer only if it lands inside an allocated slot
//! of an in-use span; any other value (nil, stack and static addresses, a
//! freed slot, a span's tail waste) is ignored.

use std::sync::atomic::Ordering::Relaxed;

use crate::arena::ArenaMap;
use crate::span::Span;

/// A grey object: its span and slot.
pub(crate) type MarkEntry = (*const Span, usize);

/// Objects in flight between prefetch and scan.
const PREFETCH_DISTANCE: usize = 8;

/// Starts loading a grey object's first line and its layout entry.
///
/// # Safety
/// `entry` names an allocated slot of a live scan span.
#[inline(always)]
unsafe fn prefetch_object((s, idx): MarkEntry) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // SAFETY: the span is live; prefetching never faults, whatever the
        // address.
        unsafe {
            let span = &*s;
            _mm_prefetch::<_MM_HINT_T0>((span.start + idx * span.elem_size) as *const i8);
            _mm_prefetch::<_MM_HINT_T0>(span.layouts.wrapping_add(idx) as *const i8);
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (s, idx);
}

pub(crate) struct Marker<'a> {
    map: &'a ArenaMap,
    queue: &'a mut Vec<MarkEntry>,
    pub marked_objects: u64,
    pub marked_bytes: u64,
}

impl<'a> Marker<'a> {
    pub fn new(map: &'a ArenaMap, queue: &'a mut Vec<MarkEntry>) -> Marker<'a> {
        queue.clear();
        Marker {
            map,
            queue,
            marked_objects: 0,
            marked_bytes: 0,
        }
    }

    /// Greys the object containing `value`, if it is a heap address.
    ///
    /// # Safety
    /// The world is stopped: no span's allocation state changes meanwhile.
    #[inline]
    pub unsafe fn mark_value(&mut self, value: usize) {
        let s = self.map.span_of(value);
        if s.is_null() {
            return;
        }
        // SAFETY: page-table entries point to live span structs.
        let span = unsafe { &*s };
        let Some(idx) = span.object_index(value) else {
            return;
        };
        // SAFETY: the world is stopped (caller's contract).
        if !unsafe { span.is_allocated(idx) } {
            return;
        }
        let word = &span.mark_bits[idx / 64];
        let bit = 1u64 << (idx % 64);
        if word.load(Relaxed) & bit != 0 || word.fetch_or(bit, Relaxed) & bit != 0 {
            return;
        }
        self.marked_objects += 1;
        self.marked_bytes += span.elem_size as u64;
        if !span.noscan() {
            self.queue.push((s, idx));
        }
    }

    /// Scans grey objects until none is left.
    ///
    /// # Safety
    /// As `mark_value`; every queued slot holds an allocated scan object.
    pub unsafe fn drain(&mut self) {
        // Objects pass through a small FIFO between the queue and the
        // scanner; each is prefetched as it enters, so its memory has
        // arrived by the time it is scanned (marking is bound by misses).
        let mut ring: [MarkEntry; PREFETCH_DISTANCE] = [(std::ptr::null(), 0); PREFETCH_DISTANCE];
        let (mut head, mut len) = (0usize, 0usize);
        loop {
            while len < PREFETCH_DISTANCE {
                let Some(entry) = self.queue.pop() else { break };
                // SAFETY: queued entries are live spans' allocated slots.
                unsafe { prefetch_object(entry) };
                ring[(head + len) % PREFETCH_DISTANCE] = entry;
                len += 1;
            }
            if len == 0 {
                break;
            }
            let (s, idx) = ring[head];
            head = (head + 1) % PREFETCH_DISTANCE;
            len -= 1;
            // SAFETY: queued entries are live spans' allocated slots.
            unsafe { self.scan_object(&*s, idx) };
        }
    }

    /// # Safety
    /// `idx` is an allocated slot of scan span `span`; the world is stopped.
    unsafe fn scan_object(&mut self, span: &Span, idx: usize) {
        // SAFETY: scan spans have a layout entry per slot, set at allocation.
        let layout = unsafe { *span.layouts.add(idx) };
        if layout.is_null() {
            return;
        }
        // SAFETY: layouts are 'static.
        let layout = unsafe { &*layout };
        let size = layout.size;
        if size == 0 {
            return;
        }
        let base = span.start + idx * span.elem_size;
        let n = if span.is_large() {
            // SAFETY: set at allocation, world stopped.
            unsafe { *span.large_n.get() }
        } else if span.elem_size < 2 * size {
            1 // the common single-element object: no division
        } else {
            span.elem_size / size
        };
        // Words past the element (or past `ptr_words`) are never read, so a
        // malformed layout cannot make the scan leave the object.
        let limit = layout.ptr_words.min(size / 8);
        for e in 0..n {
            let elem = base + e * size;
            for (wi, &bits) in layout.ptr_bits.iter().enumerate() {
                let mut b = bits;
                while b != 0 {
                    let w = wi * 64 + b.trailing_zeros() as usize;
                    if w >= limit {
                        break;
                    }
                    // SAFETY: e < n and w < size/8 keep the word inside the
                    // object: n * size <= elem_size (large: the requested size).
                    let v = unsafe { ((elem + w * 8) as *const usize).read_unaligned() };
                    // SAFETY: world stopped (caller's contract).
                    unsafe { self.mark_value(v) };
                    b &= b - 1;
                }
            }
        }
    }
}
