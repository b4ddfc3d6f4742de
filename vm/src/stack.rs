//! Goroutine stacks.
//!
//! A goroutine's frames live in one contiguous block of memory that starts
//! at 2 KiB (`INITIAL_STACK`). A call whose frame does not fit doubles the
//! block by *copying*: the used part moves to a new block, and every frame
//! word that the function's stack map marks as a pointer and that points
//! into the old block is shifted by the distance the stack moved (pointers
//! into the stack exist because the escape analysis leaves `&local` values
//! in frames; invariant 3 of DESIGN.md promises that nothing outside the
//! goroutine's own frames and call records points into it). Call records
//! hold frame positions as offsets from the base, so they need no patching,
//! except their closure contexts, which may be frame-local closures.
//!
//! Growth past `MAX_STACK` (Go's 1 GB limit: the doubling that would exceed
//! it fails, so the largest stack is 512 MiB) is Go's fatal stack overflow.
//!
//! Blocks of 2/4/8/16 KiB come from and return to a `StackPool` (one per P
//! once goroutines run on several threads); bigger ones go straight to the
//! allocator.

use std::alloc::{alloc_zeroed, dealloc, Layout};

pub const INITIAL_STACK: usize = 2 << 10;
/// Go's `maxstacksize` on 64-bit targets.
pub const MAX_STACK: usize = 1_000_000_000;
const STACK_ALIGN: usize = 16;
const POOL_CLASSES: usize = 4; // 2, 4, 8, 16 KiB
const POOL_MAX_PER_CLASS: usize = 64;
/// What the escape checker fills abandoned stack blocks with.
#[cfg(feature = "escape-check")]
pub const STACK_POISON: u8 = 0xdb;

/// One goroutine stack block. Owned; freed (or pooled) explicitly.
pub struct Stack {
    base: *mut u8,
    size: usize,
}

// SAFETY: a Stack exclusively owns its block (no aliasing handle exists
// elsewhere), so moving it to another thread with its goroutine is sound.
unsafe impl Send for Stack {}

fn pool_class(size: usize) -> Option<usize> {
    (0..POOL_CLASSES).find(|&c| INITIAL_STACK << c == size)
}

#[derive(Default)]
pub struct StackPool {
    free: [Vec<usize>; POOL_CLASSES],
}

impl StackPool {
    pub fn new() -> StackPool {
        StackPool::default()
    }

    /// A block of `size` bytes (a power of two ≥ 2 KiB). Pooled blocks are
    /// not zeroed: frames zero their pointer words on entry.
    pub fn get(&mut self, size: usize) -> Option<Stack> {
        if let Some(c) = pool_class(size) {
            if let Some(p) = self.free[c].pop() {
                return Some(Stack {
                    base: p as *mut u8,
                    size,
                });
            }
        }
        let layout = Layout::from_size_align(size, STACK_ALIGN).ok()?;
        // SAFETY: `layout` has a non-zero size.
        let base = unsafe { alloc_zeroed(layout) };
        if base.is_null() {
            return None;
        }
        #[cfg(feature = "escape-check")]
        crate::escape_check::register_stack(base as usize, size);
        Some(Stack { base, size })
    }

    pub fn put(&mut self, s: Stack) {
        if let Some(c) = pool_class(s.size) {
            if self.free[c].len() < POOL_MAX_PER_CLASS {
                self.free[c].push(s.base as usize);
                std::mem::forget(s);
                return;
            }
        }
        drop(s)
    }
}

impl Drop for StackPool {
    fn drop(&mut self) {
        for (c, list) in self.free.iter_mut().enumerate() {
            for p in list.drain(..) {
                drop(Stack {
                    base: p as *mut u8,
                    size: INITIAL_STACK << c,
                });
            }
        }
    }
}

impl Drop for Stack {
    fn drop(&mut self) {
        #[cfg(feature = "escape-check")]
        crate::escape_check::unregister_stack(self.base as usize);
        if let Ok(layout) = Layout::from_size_align(self.size, STACK_ALIGN) {
            // SAFETY: `base` was allocated by `StackPool::get` with this layout.
            unsafe { dealloc(self.base, layout) }
        }
    }
}

/// Why a stack could not grow.
#[derive(Debug)]
pub enum GrowError {
    /// Past `MAX_STACK`: Go's fatal stack overflow.
    Overflow,
    /// The allocator failed.
    OutOfMemory,
}

impl Stack {
    /// A stack without a block: the placeholder goroutine of an M, which
    /// never runs Go code. Never given back to a pool.
    pub fn empty() -> Stack {
        Stack {
            base: std::ptr::null_mut::<u8>().wrapping_add(STACK_ALIGN),
            size: 0,
        }
    }

    #[inline(always)]
    pub fn base(&self) -> *mut u8 {
        self.base
    }
    #[inline(always)]
    pub fn size(&self) -> usize {
        self.size
    }
    /// One past the last byte.
    #[inline(always)]
    pub fn end(&self) -> *mut u8 {
        // SAFETY: one-past-the-end of the allocation.
        unsafe { self.base.add(self.size) }
    }
    pub fn contains(&self, addr: usize) -> bool {
        addr >= self.base as usize && addr < self.base as usize + self.size
    }

    /// Replaces this stack by one of at least `needed` bytes (doubling),
    /// copying the first `used` bytes. Returns the old block's address range
    /// and the signed distance pointers must move; the caller then calls
    /// `adjust_frame` for every frame and `adjust_word` for every other word
    /// that may point into the stack.
    pub fn grow(
        &mut self,
        needed: usize,
        used: usize,
        pool: &mut StackPool,
    ) -> Result<Moved, GrowError> {
        let mut size = self.size;
        while size < needed {
            size *= 2;
            if size > MAX_STACK {
                return Err(GrowError::Overflow);
            }
        }
        let new = pool.get(size).ok_or(GrowError::OutOfMemory)?;
        let used = used.min(self.size);
        // SAFETY: both blocks hold at least `used` bytes and are distinct.
        unsafe { std::ptr::copy_nonoverlapping(self.base, new.base, used) };
        let moved = Moved {
            lo: self.base as usize,
            hi: self.base as usize + self.size,
            delta: (new.base as usize).wrapping_sub(self.base as usize),
        };
        let old = std::mem::replace(self, new);
        #[cfg(feature = "escape-check")]
        old.poison();
        pool.put(old);
        Ok(moved)
    }

    /// Replaces this stack by one half its size (copying the first `used`
    /// bytes, which must fit), for the collector's shrinking of stacks that
    /// use less than a quarter. None if the stack is already minimal.
    pub fn shrink(&mut self, used: usize, pool: &mut StackPool) -> Option<Moved> {
        let size = self.size / 2;
        if size < INITIAL_STACK || used > size {
            return None;
        }
        let new = pool.get(size)?;
        // SAFETY: both blocks hold at least `used` bytes and are distinct.
        unsafe { std::ptr::copy_nonoverlapping(self.base, new.base, used) };
        let moved = Moved {
            lo: self.base as usize,
            hi: self.base as usize + self.size,
            delta: (new.base as usize).wrapping_sub(self.base as usize),
        };
        let old = std::mem::replace(self, new);
        #[cfg(feature = "escape-check")]
        old.poison();
        pool.put(old);
        Some(moved)
    }

    /// Replaces this stack by a new block of the same size (copying the
    /// first `used` bytes): the escape checker's stack-move stress. None if
    /// no block is available.
    #[cfg(feature = "escape-check")]
    pub fn relocate(&mut self, used: usize, pool: &mut StackPool) -> Option<Moved> {
        let new = pool.get(self.size)?;
        let used = used.min(self.size);
        // SAFETY: both blocks hold at least `used` bytes and are distinct
        // (the old one is still owned by `self`).
        unsafe { std::ptr::copy_nonoverlapping(self.base, new.base, used) };
        let moved = Moved {
            lo: self.base as usize,
            hi: self.base as usize + self.size,
            delta: (new.base as usize).wrapping_sub(self.base as usize),
        };
        let old = std::mem::replace(self, new);
        old.poison();
        pool.put(old);
        Some(moved)
    }

    /// Fills the block with `STACK_POISON` (escape checker: an abandoned
    /// block, so stale pointers into it read garbage that shows).
    #[cfg(feature = "escape-check")]
    fn poison(&self) {
        // SAFETY: the block is `size` writable bytes owned by this Stack.
        unsafe { std::ptr::write_bytes(self.base, STACK_POISON, self.size) }
    }

    /// Shifts the pointer words (stack-map word indices `ptr_words`) of the
    /// frame at offset `fp_off` that point into the old block.
    pub fn adjust_frame(&mut self, fp_off: usize, ptr_words: &[u32], m: &Moved) {
        for &w in ptr_words {
            let off = fp_off + w as usize * 8;
            if off + 8 > self.size {
                continue;
            }
            // SAFETY: `off + 8 <= size`: an in-bounds, 8-aligned stack word
            // (frames start 8-aligned and the base is 16-aligned).
            let slot = unsafe { self.base.add(off) as *mut usize };
            // SAFETY: as above.
            let v = unsafe { slot.read() };
            if m.inside(v) {
                // SAFETY: as above.
                unsafe { slot.write(v.wrapping_add(m.delta)) }
            }
        }
    }
}

/// How a stack moved.
#[derive(Clone, Copy, Debug)]
pub struct Moved {
    pub lo: usize,
    pub hi: usize,
    pub delta: usize,
}

impl Moved {
    #[inline]
    pub fn inside(&self, v: usize) -> bool {
        v >= self.lo && v < self.hi
    }
    /// The new value of a word that may point into the old stack.
    #[inline]
    pub fn adjust_word(&self, v: usize) -> usize {
        if self.inside(v) {
            v.wrapping_add(self.delta)
        } else {
            v
        }
    }
}
