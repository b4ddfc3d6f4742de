//! Arenas and the page heap.
//!
//! The heap's memory comes in arenas: 64 MiB-aligned reservations of address
//! space (a larger multiple of 64 MiB for a huge object), mapped PROT_NONE
//! and committed (made read-write) in 4 MiB steps as the page heap grows into
//! them. Each arena has a page table: for every 8 KiB page, the span that
//! owns it (null for a free page). The arena map, one flat table indexed by
//! `addr >> 26` over the 48-bit address space (Go's layout on amd64), finds
//! the arena of any address with one load, so `address -> arena -> page ->
//! span -> object` is O(1).
//!
//! The page heap (under one lock) hands out runs of pages: first-fit from
//! per-arena free bitmaps, then fresh pages above each arena's watermark.
//! Fresh pages are known to be zero (never written since mmap); pages that
//! were used before are dirty, so spans made from them are zeroed on
//! allocation (`needzero`).

use std::ptr::{self, null_mut};
use std::sync::atomic::{AtomicPtr, Ordering};

use crate::span::{Span, PAGE_SHIFT, PAGE_SIZE};

pub const ARENA_SHIFT: usize = 26;
/// Arena size and alignment (64 MiB).
pub const ARENA_SIZE: usize = 1 << ARENA_SHIFT;
/// Pages of a default-size arena.
pub const PAGES_PER_ARENA: usize = ARENA_SIZE / PAGE_SIZE;
/// Commit granularity (4 MiB, Go's palloc chunk).
pub const COMMIT_PAGES: usize = (4 << 20) / PAGE_SIZE;
/// User address bits covered by the arena map.
const ADDR_BITS: usize = 48;
const ARENA_MAP_LEN: usize = 1 << (ADDR_BITS - ARENA_SHIFT);

/// Reserves `size` bytes (a multiple of ARENA_SIZE) of ARENA_SIZE-aligned,
/// inaccessible address space.
fn reserve_aligned(size: usize) -> Option<usize> {
    let len = size.checked_add(ARENA_SIZE)?;
    // SAFETY: an anonymous PROT_NONE mapping at a kernel-chosen address
    // touches no existing memory.
    let p = unsafe {
        libc::mmap(
            null_mut(),
            len,
            libc::PROT_NONE,
            // No MAP_NORESERVE: committing (mprotect RW) is then checked by
            // the kernel's overcommit policy, so an absurd size fails at
            // once instead of at first touch.
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        return None;
    }
    let start = p as usize;
    let aligned = (start + ARENA_SIZE - 1) & !(ARENA_SIZE - 1);
    let end = start + len;
    // SAFETY: both trimmed pieces lie inside the mapping just created and
    // outside the aligned range we keep.
    unsafe {
        if aligned > start {
            libc::munmap(start as *mut libc::c_void, aligned - start);
        }
        if end > aligned + size {
            libc::munmap(
                (aligned + size) as *mut libc::c_void,
                end - (aligned + size),
            );
        }
    }
    Some(aligned)
}

/// One arena: its address range and page table. Shared read-only except
/// for the atomic page-table entries.
pub(crate) struct Arena {
    pub base: usize,
    pub npages: usize,
    /// Page -> owning span (null = free page).
    pub spans: Box<[AtomicPtr<Span>]>,
}

impl Arena {
    #[inline]
    pub fn span_at(&self, addr: usize) -> *mut Span {
        let page = (addr - self.base) >> PAGE_SHIFT;
        match self.spans.get(page) {
            Some(p) => p.load(Ordering::Acquire),
            None => null_mut(),
        }
    }
}

/// Flat `addr >> ARENA_SHIFT -> arena` table, lazily committed by the OS.
pub(crate) struct ArenaMap {
    table: *mut AtomicPtr<Arena>,
}

impl ArenaMap {
    pub fn new() -> Option<ArenaMap> {
        let bytes = ARENA_MAP_LEN * std::mem::size_of::<AtomicPtr<Arena>>();
        // SAFETY: fresh anonymous mapping; zero-filled, which is a valid
        // array of null AtomicPtrs.
        let p = unsafe {
            libc::mmap(
                null_mut(),
                bytes,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            return None;
        }
        Some(ArenaMap {
            table: p as *mut AtomicPtr<Arena>,
        })
    }

    /// The arena containing `addr`, or null.
    #[inline(always)]
    pub fn lookup(&self, addr: usize) -> *const Arena {
        let i = addr >> ARENA_SHIFT;
        if i >= ARENA_MAP_LEN {
            return ptr::null();
        }
        // SAFETY: i < ARENA_MAP_LEN, the table's length.
        unsafe { (*self.table.add(i)).load(Ordering::Acquire) }
    }

    /// The span owning the page of `addr`, or null.
    #[inline(always)]
    pub fn span_of(&self, addr: usize) -> *mut Span {
        let a = self.lookup(addr);
        if a.is_null() {
            return null_mut();
        }
        // SAFETY: arenas in the map live as long as the heap.
        unsafe { (*a).span_at(addr) }
    }

    fn insert(&self, arena: *const Arena, base: usize, size: usize) {
        let mut chunk = base >> ARENA_SHIFT;
        while chunk < (base + size) >> ARENA_SHIFT {
            if chunk < ARENA_MAP_LEN {
                // SAFETY: chunk < ARENA_MAP_LEN, the table's length.
                unsafe { (*self.table.add(chunk)).store(arena as *mut Arena, Ordering::Release) };
            }
            chunk += 1;
        }
    }
}

impl Drop for ArenaMap {
    fn drop(&mut self) {
        let bytes = ARENA_MAP_LEN * std::mem::size_of::<AtomicPtr<Arena>>();
        // SAFETY: `table` is the mapping made in `new`, unmapped once.
        unsafe { libc::munmap(self.table as *mut libc::c_void, bytes) };
    }
}

/// Page-heap bookkeeping of one arena (under the page-heap lock).
struct ArenaPages {
    /// Bit set = page free (below the watermark).
    free: Vec<u64>,
    /// Bit set = free page returned to the OS (zero on next touch).
    released: Vec<u64>,
    /// Pages at or above this were never handed out (zero).
    watermark: usize,
    /// Pages made read-write.
    committed: usize,
    /// No free page below this.
    hint: usize,
}

/// The page heap: every arena, free pages, span structs, in-use spans.
pub(crate) struct PageHeap {
    arenas: Vec<*mut Arena>,
    pages: Vec<ArenaPages>,
    span_pool: Vec<*mut Span>,
    /// Every span in use (Go's allspans).
    pub all_spans: Vec<*mut Span>,
    pub span_structs: usize,
    pub pages_inuse: usize,
    pub committed_bytes: usize,
    pub page_table_bytes: usize,
    /// Free pages returned to the OS (Go's HeapReleased).
    pub released_pages: usize,
}

// SAFETY: the raw pointers are owned by the page heap (arenas, span
// structs) and only dereferenced under its lock or by the collector.
unsafe impl Send for PageHeap {}

fn next_set(bits: &[u64], from: usize, limit: usize) -> Option<usize> {
    let mut w = from / 64;
    if from >= limit || w >= bits.len() {
        return None;
    }
    let mut word = bits[w] & (u64::MAX << (from % 64));
    loop {
        if word != 0 {
            let i = w * 64 + word.trailing_zeros() as usize;
            return (i < limit).then_some(i);
        }
        w += 1;
        if w * 64 >= limit || w >= bits.len() {
            return None;
        }
        word = bits[w];
    }
}

fn next_clear(bits: &[u64], from: usize, limit: usize) -> usize {
    let mut w = from / 64;
    if from >= limit || w >= bits.len() {
        return limit;
    }
    let mut word = !bits[w] & (u64::MAX << (from % 64));
    loop {
        if word != 0 {
            let i = w * 64 + word.trailing_zeros() as usize;
            return i.min(limit);
        }
        w += 1;
        if w * 64 >= limit || w >= bits.len() {
            return limit;
        }
        word = !bits[w];
    }
}

fn set_range(bits: &mut [u64], start: usize, n: usize, value: bool) {
    for p in start..start + n {
        if value {
            bits[p / 64] |= 1 << (p % 64);
        } else {
            bits[p / 64] &= !(1 << (p % 64));
        }
    }
}

impl PageHeap {
    pub fn new() -> PageHeap {
        PageHeap {
            arenas: Vec::new(),
            pages: Vec::new(),
            span_pool: Vec::new(),
            all_spans: Vec::new(),
            span_structs: 0,
            pages_inuse: 0,
            committed_bytes: 0,
            page_table_bytes: 0,
            released_pages: 0,
        }
    }

    pub fn arena_count(&self) -> usize {
        self.arenas.len()
    }

    fn new_arena(&mut self, map: &ArenaMap, npages: usize) -> Option<usize> {
        let bytes = (npages.checked_mul(PAGE_SIZE)?).max(ARENA_SIZE);
        let size = bytes.checked_add(ARENA_SIZE - 1)? & !(ARENA_SIZE - 1);
        let base = reserve_aligned(size)?;
        let want = npages;
        let npages = size / PAGE_SIZE;
        // Commit what the caller needs first, so that an impossible request
        // fails before any metadata is built for it.
        let commit = (want.div_ceil(COMMIT_PAGES) * COMMIT_PAGES).min(npages);
        // SAFETY: [base, base + commit pages) lies inside the reservation
        // just made.
        let rc = unsafe {
            libc::mprotect(
                base as *mut libc::c_void,
                commit * PAGE_SIZE,
                libc::PROT_READ | libc::PROT_WRITE,
            )
        };
        if rc != 0 {
            // SAFETY: the reservation just made, unmapped once.
            unsafe { libc::munmap(base as *mut libc::c_void, size) };
            return None;
        }
        self.committed_bytes += commit * PAGE_SIZE;
        let spans: Box<[AtomicPtr<Span>]> =
            (0..npages).map(|_| AtomicPtr::new(null_mut())).collect();
        let arena = Box::into_raw(Box::new(Arena {
            base,
            npages,
            spans,
        }));
        map.insert(arena, base, size);
        self.arenas.push(arena);
        self.pages.push(ArenaPages {
            free: vec![0; npages.div_ceil(64)],
            released: vec![0; npages.div_ceil(64)],
            watermark: 0,
            committed: commit,
            hint: 0,
        });
        self.page_table_bytes += npages * (std::mem::size_of::<usize>() + 1);
        Some(self.arenas.len() - 1)
    }

    /// Takes `npages` fresh pages above arena `i`'s watermark, committing
    /// memory as needed.
    fn take_fresh(&mut self, i: usize, npages: usize) -> Option<usize> {
        // SAFETY: arenas in the list are live.
        let arena = unsafe { &*self.arenas[i] };
        let ap = &mut self.pages[i];
        if ap.watermark + npages > arena.npages {
            return None;
        }
        let page = ap.watermark;
        let want = (page + npages).div_ceil(COMMIT_PAGES) * COMMIT_PAGES;
        let want = want.min(arena.npages);
        if want > ap.committed {
            let addr = arena.base + ap.committed * PAGE_SIZE;
            let len = (want - ap.committed) * PAGE_SIZE;
            // SAFETY: [addr, addr+len) lies inside this arena's reservation.
            let rc = unsafe {
                libc::mprotect(
                    addr as *mut libc::c_void,
                    len,
                    libc::PROT_READ | libc::PROT_WRITE,
                )
            };
            if rc != 0 {
                return None;
            }
            self.committed_bytes += len;
            ap.committed = want;
        }
        ap.watermark += npages;
        Some(page)
    }

    /// Allocates a run of pages: (arena, first page, needs zeroing).
    fn alloc_pages(&mut self, map: &ArenaMap, npages: usize) -> Option<(usize, usize, bool)> {
        for (i, ap) in self.pages.iter_mut().enumerate() {
            let limit = ap.watermark;
            let Some(first) = next_set(&ap.free, ap.hint, limit) else {
                ap.hint = limit;
                continue;
            };
            ap.hint = first;
            let mut p = first;
            while let Some(start) = next_set(&ap.free, p, limit) {
                let end = next_clear(&ap.free, start, limit);
                if end - start >= npages {
                    set_range(&mut ap.free, start, npages, false);
                    if start == ap.hint {
                        ap.hint = start + npages;
                    }
                    // Released pages come back zero; any other is dirty.
                    let released = (start..start + npages)
                        .filter(|&p| ap.released[p / 64] >> (p % 64) & 1 != 0)
                        .count();
                    set_range(&mut ap.released, start, npages, false);
                    self.released_pages -= released;
                    return Some((i, start, released < npages));
                }
                p = end;
            }
        }
        for i in (0..self.arenas.len()).rev() {
            if let Some(p) = self.take_fresh(i, npages) {
                return Some((i, p, false));
            }
        }
        let i = self.new_arena(map, npages)?;
        let p = self.take_fresh(i, npages)?;
        Some((i, p, false))
    }

    /// Allocates and publishes a span of `npages` for `spanclass`.
    pub fn alloc_span(
        &mut self,
        map: &ArenaMap,
        npages: usize,
        spanclass: u8,
    ) -> Option<*mut Span> {
        let (ai, page, needzero) = self.alloc_pages(map, npages)?;
        let span = self.span_pool.pop().unwrap_or_else(|| {
            self.span_structs += 1;
            Box::into_raw(Box::new(Span::empty()))
        });
        // SAFETY: arenas in the list are live.
        let arena = unsafe { &*self.arenas[ai] };
        // SAFETY: `span` came from the pool or was just made: no page table,
        // cache or list refers to it.
        unsafe {
            Span::init(
                span,
                arena.base + page * PAGE_SIZE,
                npages,
                spanclass,
                needzero,
            )
        };
        for entry in &arena.spans[page..page + npages] {
            entry.store(span, Ordering::Release);
        }
        self.pages_inuse += npages;
        self.all_spans.push(span);
        Some(span)
    }

    /// Returns a span's pages to the free bitmap and the span struct to the
    /// pool. The caller removes it from `all_spans` and every list.
    ///
    /// # Safety
    /// `span` must be an in-use span of this heap that no cache or central
    /// list holds.
    pub unsafe fn free_span(&mut self, map: &ArenaMap, span: *mut Span) {
        // SAFETY: caller's contract: a live span of this heap.
        let (start, npages) = unsafe { ((*span).start, (*span).npages) };
        let arena = map.lookup(start);
        let Some(ai) = self.arenas.iter().position(|&a| std::ptr::eq(a, arena)) else {
            return;
        };
        // SAFETY: found in the list, so live.
        let arena = unsafe { &*arena };
        let page = (start - arena.base) >> PAGE_SHIFT;
        for entry in &arena.spans[page..page + npages] {
            entry.store(null_mut(), Ordering::Release);
        }
        let ap = &mut self.pages[ai];
        set_range(&mut ap.free, page, npages, true);
        ap.hint = ap.hint.min(page);
        self.pages_inuse -= npages;
        self.span_pool.push(span);
    }
}

impl PageHeap {
    /// Committed pages above the watermarks: never touched, so not
    /// resident (counted as released, as Go counts mapped-but-unused pages).
    pub fn untouched_pages(&self) -> usize {
        self.pages
            .iter()
            .map(|ap| ap.committed - ap.watermark)
            .sum()
    }

    /// Heap pages not backed by memory: released plus never touched.
    pub fn nonresident_bytes(&self) -> usize {
        (self.released_pages + self.untouched_pages()) * PAGE_SIZE
    }

    /// Bytes of committed heap memory that are resident or may be.
    pub fn resident_bytes(&self) -> usize {
        self.committed_bytes - self.nonresident_bytes()
    }

    /// Returns free pages to the OS (highest addresses first) until at most
    /// `keep` bytes stay resident; the scavenger. Returns bytes released.
    pub fn scavenge(&mut self, keep: usize) -> usize {
        let mut released = 0;
        for i in (0..self.arenas.len()).rev() {
            if self.resident_bytes() <= keep {
                break;
            }
            // SAFETY: arenas in the list are live.
            let base = unsafe { (*self.arenas[i]).base };
            let ap = &mut self.pages[i];
            let candidates: Vec<u64> = ap
                .free
                .iter()
                .zip(&ap.released)
                .map(|(f, r)| f & !r)
                .collect();
            let mut runs = Vec::new();
            let mut p = 0;
            while let Some(start) = next_set(&candidates, p, ap.watermark) {
                let end = next_clear(&candidates, start, ap.watermark);
                runs.push((start, end));
                p = end;
            }
            for &(start, end) in runs.iter().rev() {
                let resident = self.resident_bytes();
                if resident <= keep {
                    break;
                }
                let excess_pages = (resident - keep).div_ceil(PAGE_SIZE);
                let start = start.max(end.saturating_sub(excess_pages));
                let addr = base + start * PAGE_SIZE;
                let len = (end - start) * PAGE_SIZE;
                // SAFETY: these pages are free (no span, no object) and lie
                // in this arena's committed range; MADV_DONTNEED on private
                // anonymous memory only drops their contents.
                let rc =
                    unsafe { libc::madvise(addr as *mut libc::c_void, len, libc::MADV_DONTNEED) };
                if rc != 0 {
                    return released;
                }
                let ap = &mut self.pages[i];
                set_range(&mut ap.released, start, end - start, true);
                self.released_pages += end - start;
                released += len;
            }
        }
        released
    }
}

impl Drop for PageHeap {
    fn drop(&mut self) {
        for &s in self.all_spans.iter().chain(self.span_pool.iter()) {
            // SAFETY: every span struct was made by Box::into_raw in
            // alloc_span and sits in exactly one of these two lists.
            drop(unsafe { Box::from_raw(s) });
        }
        for &a in &self.arenas {
            // SAFETY: arenas were made by Box::into_raw in new_arena; the
            // reservation [base, base + npages pages) is unmapped once.
            unsafe {
                let arena = Box::from_raw(a);
                libc::munmap(arena.base as *mut libc::c_void, arena.npages * PAGE_SIZE);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bit_runs() {
        let mut bits = vec![0u64; 4];
        set_range(&mut bits, 3, 5, true);
        set_range(&mut bits, 70, 100, true);
        assert_eq!(next_set(&bits, 0, 256), Some(3));
        assert_eq!(next_clear(&bits, 3, 256), 8);
        assert_eq!(next_set(&bits, 8, 256), Some(70));
        assert_eq!(next_clear(&bits, 70, 256), 170);
        assert_eq!(next_set(&bits, 170, 256), None);
        assert_eq!(next_set(&bits, 0, 3), None);
    }
}
