//! The write barrier hook. Every store of a pointer into heap or global
//! memory goes through `write_pointer`; stores into the current frame do not.

/// Stores `ptr` into `*slot`.
///
/// # Safety
/// `slot` must be a valid, 8-byte aligned word in heap or global memory.
#[inline(always)]
pub unsafe fn write_pointer(slot: *mut usize, ptr: usize) {
    // SAFETY: the caller guarantees `slot` is a valid aligned word.
    unsafe { slot.write(ptr) }
}
