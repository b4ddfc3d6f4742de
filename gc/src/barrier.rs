//! The write barrier hook. Every store of a pointer into heap or global
//! memory goes through `write_pointer`; stores into the current frame do not
//! (the escape invariant: no heap object or global points into a stack, and
//! frames are scanned as roots).
//!
//! With the stop-the-world collector no mutator runs while marking, so the
//! barrier is a plain store. The concurrent collector will give it Go's
//! hybrid barrier, `shade(*slot); shade(ptr); *slot = ptr`, guarded by one
//! relaxed load of a "marking" flag, so stacks are scanned once and never
//! rescanned. Callers must therefore route every heap/global pointer store
//! through here today, even though it costs nothing yet.

/// Stores `ptr` into `*slot`.
///
/// # Safety
/// `slot` must be a valid, 8-byte aligned word in heap or global memory.
#[inline(always)]
pub unsafe fn write_pointer(slot: *mut usize, ptr: usize) {
    // SAFETY: the caller guarantees `slot` is a valid aligned word.
    unsafe { slot.write(ptr) }
}
