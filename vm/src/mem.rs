//! Typed access to Go memory: frames, heap objects, globals, read-only data.
//!
//! Every Go value lives in raw memory in Go's amd64 layout, so the VM reads
//! and writes it through these few helpers; they are the only place outside
//! `stack` where the interpreter dereferences addresses.
//!
//! Invariant relied upon (established by the code generator and the loader):
//! a frame offset named by an instruction, plus the size of the value it
//! names, lies within the function's `frame_size`, and the stack holds at
//! least `frame_size` bytes from `fp` (the call sequence guarantees it).
//! Addresses read from Go values (pointers, slice and string data) point to
//! live memory of the right size because Go's type system and the collector
//! keep them so; nil is checked by the instructions before dereferencing.

use frontend::bytecode::Reg;

/// A frame pointer: the address of the current function's frame.
#[derive(Clone, Copy)]
pub struct Fp(pub *mut u8);

impl Fp {
    #[inline(always)]
    pub fn get<T: Copy>(self, r: Reg) -> T {
        // SAFETY: `r` is an in-frame offset of a `T` (module invariant above).
        unsafe { (self.0.add(r.0 as usize) as *const T).read_unaligned() }
    }
    #[inline(always)]
    pub fn set<T: Copy>(self, r: Reg, v: T) {
        // SAFETY: as for `get`.
        unsafe { (self.0.add(r.0 as usize) as *mut T).write_unaligned(v) }
    }
    #[inline(always)]
    pub fn addr(self, r: Reg) -> usize {
        self.0 as usize + r.0 as usize
    }
    /// Copies `n` bytes between two frame slots (may overlap).
    #[inline(always)]
    pub fn copy(self, dst: Reg, src: Reg, n: usize) {
        // SAFETY: both ranges are in-frame (module invariant above).
        unsafe { std::ptr::copy(self.0.add(src.0 as usize), self.0.add(dst.0 as usize), n) }
    }
    #[inline(always)]
    pub fn zero(self, dst: Reg, n: usize) {
        // SAFETY: in-frame range (module invariant above).
        unsafe { std::ptr::write_bytes(self.0.add(dst.0 as usize), 0, n) }
    }
}

/// Reads a `T` at address `a` (heap, stack, globals or read-only data).
#[inline(always)]
pub fn load<T: Copy>(a: usize) -> T {
    // SAFETY: `a` is a non-nil address of a live Go value of type `T`
    // (checked for nil by the caller; liveness by the collector).
    unsafe { (a as *const T).read_unaligned() }
}

/// Writes a non-pointer `T` at address `a`.
#[inline(always)]
pub fn store<T: Copy>(a: usize, v: T) {
    // SAFETY: as for `load`; the memory is writable Go memory.
    unsafe { (a as *mut T).write_unaligned(v) }
}

/// Copies `n` raw bytes from `src` to `dst` (may overlap).
#[inline(always)]
pub fn memmove(dst: usize, src: usize, n: usize) {
    if n == 0 {
        return;
    }
    // SAFETY: both are live Go memory ranges of at least `n` bytes.
    unsafe { std::ptr::copy(src as *const u8, dst as *mut u8, n) }
}

/// Zeroes `n` bytes at `dst`.
#[inline(always)]
pub fn memzero(dst: usize, n: usize) {
    if n == 0 {
        return;
    }
    // SAFETY: `dst` is live writable Go memory of at least `n` bytes.
    unsafe { std::ptr::write_bytes(dst as *mut u8, 0, n) }
}

/// The `n` bytes at `p` as a slice (valid until the next allocation or call
/// back into Go).
#[inline(always)]
pub fn bytes<'a>(p: usize, n: usize) -> &'a [u8] {
    if n == 0 {
        return &[];
    }
    // SAFETY: `p` addresses `n` live bytes of Go memory (string or slice
    // data); callers drop the slice before anything can free or move it.
    unsafe { std::slice::from_raw_parts(p as *const u8, n) }
}

/// Stores a pointer word through the write barrier.
#[inline(always)]
pub fn store_ptr(slot: usize, v: usize) {
    #[cfg(feature = "escape-check")]
    crate::escape_check::check_store(slot, v);
    // SAFETY: `slot` is an 8-byte aligned pointer word of live Go memory
    // (heap, global, or stack: fields of Go values are aligned).
    unsafe { gc::barrier::write_pointer(slot as *mut usize, v) }
}

/// The 4-byte aligned Go `uint32` at `a` as an atomic (semaphores, sync's
/// state words: goroutines on other threads use them concurrently).
#[inline(always)]
pub fn atomic_u32<'a>(a: usize) -> &'a std::sync::atomic::AtomicU32 {
    // SAFETY: `a` is a non-nil, 4-byte aligned address of a live Go
    // uint32 (Go's layouts align uint32 fields to 4); every concurrent
    // access to it goes through atomics.
    unsafe { std::sync::atomic::AtomicU32::from_ptr(a as *mut u32) }
}
