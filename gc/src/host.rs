//! The host allocator: Burrow's global allocator is mimalloc (it serves
//! everything the collector does not own: the compiler's data, the VM's
//! tables). mimalloc keeps freed pages cached for reuse; the collector's
//! arenas never reuse them, so after compiling, the CLI hands them back to the
//! OS and a program's peak memory is its own.

/// Returns the host allocator's freed, cached memory to the OS.
pub fn release_freed_host_memory() {
    // SAFETY: `mi_collect` only walks mimalloc's own free lists and may be
    // called at any time from any thread; it has no preconditions.
    unsafe { libmimalloc_sys::mi_collect(true) }
}
