//! Natives: Rust functions bound to the bodyless function declarations of
//! Burrow's standard library sources (`func Itoa(i int) string` in
//! frontend/stdlib/strconv/*.go is bound to the native named "strconv.Itoa").
//!
//! (CONTRACT: the signatures below are fixed; the vm helper implements the
//! bodies; the library helper writes natives against them.)
//!
//! A native runs with its own frame on the goroutine stack, laid out exactly
//! like a bytecode function's: every parameter at an 8-byte aligned offset
//! in order, then every result likewise (see ARCHITECTURE.md). It reads its
//! parameters with `arg`, writes its results with `set`.
//!
//! Hazards (the one path back into Go is `call_func`/`call_method`):
//! * The goroutine stack may move during a call back into Go (the callee
//!   grows it, or a collection at one of its safepoints shrinks it), so a
//!   native never keeps an address of its frame; it re-reads through `arg`.
//! * Heap objects referenced only from Rust variables are not roots: a
//!   collection during a call back into Go may free them. Keep such values
//!   in the frame (they are, if they were arguments), `pin` them, or copy
//!   their bytes to Rust memory before calling back.
//! * Slices returned by `bytes` borrow heap or read-only memory: do not hold
//!   them across an allocation or a call back into Go.
//!
//! Pointers into the stack. Since the escape analysis leaves non-escaping
//! values in frames, a native's arguments may point into its caller's
//! frame (fmt.Println's `...any` backing array, a sort.Slice slice of a
//! frame array, a frame-local `errors.As` target). Such addresses are
//! valid until the next call back into Go or collection, and stale after:
//! the block they point into may have been freed. The rule that keeps every
//! native sound is simple rather than clever: a native that calls back into
//! Go reads stack memory only before its first call back (copying what it
//! needs: fmt copies its operand interfaces out of the `[]any` array) or
//! through its own frame (`arg`, which follows moves); everything it follows
//! after a call back must be heap or read-only memory. The escape summaries
//! of such natives guarantee that (frontend::escape::natives: fmt's `...any`
//! leaks its contents, so boxes and pointed-to values are heap objects), and
//! the `escape-check` feature verifies it at each call
//! (`escape_check::check_native_operand`). Natives that never call back and
//! never collect (every other one: allocation never collects) may use stack
//! addresses freely for the duration of the call. `runtime.GC` collects (and
//! may shrink the stack) but holds no address. No native stores a stack
//! address into the heap: `store_pointer`/`typed_copy` are checked, and
//! sort's element swap goes word by word rather than through a heap
//! temporary. The collector itself never mistakes a stack address for an
//! object (stacks are not in its arenas), and frame objects' pointer words
//! are in their function's stack map, so they are roots and are adjusted
//! when the stack moves.

use frontend::bytecode::{Module, RtType, RtTypeId};

/// A Go string header.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[repr(C)]
pub struct GoString {
    pub ptr: usize,
    pub len: usize,
}

/// A Go slice header.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[repr(C)]
pub struct GoSlice {
    pub ptr: usize,
    pub len: usize,
    pub cap: usize,
}

/// A Go interface value: address of the dynamic type's `RtType` (0 = nil)
/// and the data word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[repr(C)]
pub struct Iface {
    pub typ: usize,
    pub data: usize,
}

/// Why Go code stopped running normally.
#[derive(Debug)]
pub enum Unwind {
    /// `panic(v)`.
    Panic(Iface),
    /// A run-time error; the text after `runtime error: ` (e.g.
    /// `index out of range [5] with length 3`). The VM turns it into a
    /// `runtime.Error` value.
    RuntimeError(String),
    /// `os.Exit(code)`: ends the program at once, running no defers.
    Exit(i32),
    /// `fatal error: <msg>`: not recoverable, exit code 2.
    Fatal(String),
    /// The goroutine is parking (or yielding): its M's schedule loop takes
    /// it off the thread. Not an error; never crosses a nested run.
    Park,
    /// `runtime.Goexit`: the goroutine's deferred calls run (recover sees
    /// no panic), then it ends.
    Goexit,
}

pub type NativeFn = fn(&mut NativeCall<'_>) -> Result<(), Unwind>;

/// The interface a native sees. Fields are private to the VM.
pub struct NativeCall<'m> {
    pub(crate) vm: &'m mut crate::interp::Vm,
    /// This native's frame, as an offset from the stack base (the stack may
    /// move during a call back into Go; the offset stays valid).
    pub(crate) fp_off: usize,
}

impl NativeCall<'_> {
    #[inline]
    fn fp(&self) -> usize {
        self.vm.g.stack.base() as usize + self.fp_off
    }
    /// Reads a `T` at byte offset `off` of this native's frame.
    pub fn arg<T: Copy>(&self, off: u32) -> T {
        crate::mem::load::<T>(self.fp() + off as usize)
    }
    /// Writes a `T` at byte offset `off` of this native's frame (a result).
    /// Pointer-holding results need no barrier: the frame is a stack.
    pub fn set<T: Copy>(&mut self, off: u32, v: T) {
        crate::mem::store::<T>(self.fp() + off as usize, v)
    }
    /// The bytes of a string (heap or read-only data).
    pub fn bytes(&self, s: GoString) -> &[u8] {
        crate::mem::bytes(s.ptr, s.len)
    }
    /// The bytes `[ptr, ptr+len)` of heap or frame memory.
    pub fn mem(&self, ptr: usize, len: usize) -> &[u8] {
        crate::mem::bytes(ptr, len)
    }
    /// A new Go string holding a copy of `data` (noscan heap memory; no
    /// allocation for an empty string).
    pub fn alloc_string(&mut self, data: &[u8]) -> GoString {
        self.vm.new_string(data)
    }
    /// `n` zeroed elements of type `typ` on the heap; returns the address.
    pub fn alloc(&mut self, typ: RtTypeId, n: usize) -> usize {
        self.vm.alloc_type(typ, n)
    }
    /// Zeroed pointer-free heap memory.
    pub fn alloc_noscan(&mut self, size: usize) -> usize {
        self.vm.alloc_bytes(size)
    }
    /// Stores a pointer word into heap memory through the write barrier.
    pub fn store_pointer(&mut self, slot: usize, ptr: usize) {
        crate::mem::store_ptr(slot, ptr)
    }
    /// Copies a value of type `typ` from `src` to heap/global memory at
    /// `dst` (pointer words through the write barrier).
    pub fn typed_copy(&mut self, typ: RtTypeId, dst: usize, src: usize) {
        let t = self.vm.prog.rtype(typ);
        self.vm.typed_copy(t, dst, src, 1)
    }
    pub fn module(&self) -> &'static Module {
        self.vm.prog.module
    }
    /// The descriptor an interface's type word points to.
    pub fn rtype(&self, addr: usize) -> &'static RtType {
        self.vm.prog.rtype_at(addr)
    }
    pub fn rtype_addr(&self, id: RtTypeId) -> usize {
        self.vm.prog.rtype_addr(id)
    }
    pub fn rtype_id(&self, addr: usize) -> RtTypeId {
        RtTypeId(self.vm.prog.rtype_index(addr) as u32)
    }
    /// Calls the func value `fv` with `args` (the callee's parameter bytes, in
    /// frame layout) and copies its results' bytes into `results`.
    pub fn call_func(&mut self, fv: usize, args: &[u8], results: &mut [u8]) -> Result<(), Unwind> {
        self.vm.call_closure(fv, args, results)
    }
    /// Calls method `name` of the dynamic value in `recv` (args/results as in
    /// `call_func`, without the receiver). `Ok(false)` if the dynamic type
    /// has no such method.
    pub fn call_method(
        &mut self,
        recv: Iface,
        name: &str,
        args: &[u8],
        results: &mut [u8],
    ) -> Result<bool, Unwind> {
        if recv.typ == 0 {
            return Ok(false);
        }
        let Some(id) = self.vm.method_id(name) else {
            return Ok(false);
        };
        self.vm.call_method_id(recv, id, args, results)
    }
    pub fn stdout(&mut self) -> &mut dyn std::io::Write {
        &mut self.vm.out
    }
    pub fn stderr(&mut self) -> &mut dyn std::io::Write {
        let _ = std::io::Write::flush(&mut self.vm.out);
        &mut self.vm.err
    }
    /// `os.Args`.
    pub fn os_args(&self) -> &[String] {
        &self.vm.args
    }
    pub fn heap(&self) -> &gc::Heap {
        &self.vm.heap
    }
    /// Keeps the heap object containing `addr` alive until this native
    /// returns (for heap addresses held only in Rust variables across a call
    /// back into Go). Not for stack addresses: those may move.
    pub fn pin(&mut self, addr: usize) {
        self.vm.g.pins.push(addr)
    }
    /// `runtime.GC()`: a full collection now (the VM supplies the roots).
    pub fn collect(&mut self) {
        self.vm.collect(true)
    }
}
