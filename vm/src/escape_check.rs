//! The escape checker (cargo feature `escape-check`).
//!
//! Invariant 3 of DESIGN.md: no heap object, global, channel buffer or
//! other goroutine ever holds a pointer into a goroutine's stack. The
//! compiler's escape analysis proves it for every value it leaves in a
//! frame, and stack copying and the collector rely on it (stack growth only
//! adjusts the moved stack's own frame words; the collector never scans a
//! stack address as an object). A bug in the analysis, in the code
//! generator or in a native breaks it silently: the program then reads
//! freed stack memory after the next growth. This module makes the break
//! loud.
//!
//! How it checks. Every stack block the VM allocates is registered here
//! (address range, global registry: tests run many VMs in one process).
//! Every store that can put a pointer word into memory other than the
//! storing goroutine's own stack goes through `check_store(slot, value)`:
//! `mem::store_ptr` (StoreP, StoreT, typed copies for Append, AppendSlice,
//! Copy and interface boxes, closure captures, natives' `store_pointer` and
//! `typed_copy`), `value::copy_to_heap` (map keys and values). A value
//! inside some stack block stored to a slot outside that same block is a
//! violation: heap objects, globals, map entries, another goroutine's stack
//! (channel buffers, when channels exist, must call `check_store` for every
//! pointer word they copy in: the hook is `check_value`). A panic value
//! (`Panic`) must not point into the stack either (gc treats `panic`'s
//! argument as escaping; the panic record outlives the frames it unwinds).
//! Stores into the goroutine's own frames are not checked: frame objects
//! may point at each other. Defer records and call records' closure
//! contexts belong to the goroutine and are adjusted when its stack moves.
//!
//! Natives that call back into Go (fmt's `String()`/`Error()` calls) may
//! read only their own frame (through `NativeCall::arg`) and memory they
//! copied before the first call back; everything else they follow must be
//! heap memory, which the escape summaries of their parameters guarantee
//! (fmt's `...any` leaks its contents). `check_native_operand` verifies
//! that at the native's entry.
//!
//! Reporting. A check cannot return an error through the store helpers, so
//! the first violation is recorded in a thread-local slot (one VM runs on
//! one thread) and the interpreter turns it into
//! `fatal error: escape check: ...` (exit code 2) right after the
//! instruction that made it, naming the instruction, its function and
//! line (`Vm::take_escape_violation`). After a native returns, a recorded
//! violation names the native.
//!
//! Moving stress. Stack maps are the other half of the contract: a frame
//! word that holds a pointer into the stack but is not in its function's
//! map is not adjusted when the stack moves. With the feature on, every
//! collection that does not shrink the stack moves it to a fresh block
//! (`Stack::relocate`) and every abandoned block is filled with
//! `stack::STACK_POISON`, so such a word reads poison at once; with
//! `BURROW_GC_STRESS=1` the stack then moves at every safepoint.
//!
//! Cost: with the feature off none of this is compiled; with it on, one
//! relaxed range test per pointer store, and a shared lock and a B-tree lookup
//! for values that fall inside the span of all stack blocks.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use frontend::bytecode::RtType;
use parking_lot::RwLock;

/// How many callers' frames the `Ret` check scans.
const RET_SCAN_FRAMES: usize = 8;

/// Live stack blocks, base -> end.
static STACKS: RwLock<BTreeMap<usize, usize>> = RwLock::new(BTreeMap::new());
/// Lowest base and highest end ever registered: a quick filter.
static LO: AtomicUsize = AtomicUsize::new(usize::MAX);
static HI: AtomicUsize = AtomicUsize::new(0);

/// Records a new stack block `[base, base+size)`.
pub fn register_stack(base: usize, size: usize) {
    STACKS.write().insert(base, base + size);
    LO.fetch_min(base, Relaxed);
    HI.fetch_max(base + size, Relaxed);
}

/// Forgets the stack block at `base` (it is being freed).
pub fn unregister_stack(base: usize) {
    STACKS.write().remove(&base);
}

/// The base of the stack block holding `addr`, if any.
#[inline]
pub fn stack_of(addr: usize) -> Option<usize> {
    if addr < LO.load(Relaxed) || addr >= HI.load(Relaxed) {
        return None;
    }
    let stacks = STACKS.read();
    let (&base, &end) = stacks.range(..=addr).next_back()?;
    (addr < end).then_some(base)
}

/// What a violation stored the stack pointer into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dest {
    /// A memory word outside the goroutine's stack (heap, global, ...).
    Store,
    /// The value of a `panic`.
    Panic,
    /// An operand of a native that calls back into Go.
    NativeOperand,
    /// A result or a caller's frame word pointing into the locals of a
    /// returning frame (`slot`: the word).
    Dangling,
}

/// The first violation seen on this thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Violation {
    /// The pointer into a stack.
    pub ptr: usize,
    /// Where it was stored (0 for `Dest::Panic`).
    pub slot: usize,
    pub dest: Dest,
}

thread_local! {
    static PENDING: Cell<Option<Violation>> = const { Cell::new(None) };
}

/// Records `v` unless a violation is already pending.
pub fn record(v: Violation) {
    PENDING.with(|p| {
        if p.get().is_none() {
            p.set(Some(v))
        }
    });
}

/// Takes the pending violation.
#[inline]
pub fn take() -> Option<Violation> {
    PENDING.with(|p| p.take())
}

/// Whether a violation is pending (without taking it).
pub fn pending() -> bool {
    PENDING.with(|p| p.get().is_some())
}

/// Checks the store of pointer word `value` into `slot`.
#[inline]
pub fn check_store(slot: usize, value: usize) {
    if value == 0 {
        return;
    }
    if let Some(s) = stack_of(value) {
        if stack_of(slot) != Some(s) {
            record(Violation {
                ptr: value,
                slot,
                dest: Dest::Store,
            });
        }
    }
}

/// Checks every pointer word of the value of type `t` at `src` as if stored
/// at `dst` (hook for copies that bypass `mem::store_ptr`, such as a
/// channel buffer's).
pub fn check_value(t: &RtType, dst: usize, src: usize) {
    if t.ptrs.is_empty() {
        return;
    }
    for w in 0..t.size as usize / 8 {
        if t.ptrs.get(w as u32) {
            check_store(dst + w * 8, crate::mem::load::<usize>(src + w * 8));
        }
    }
}

/// Checks that a panic value does not point into a stack.
pub fn check_panic_value(data: usize) {
    if stack_of(data).is_some() {
        record(Violation {
            ptr: data,
            slot: 0,
            dest: Dest::Panic,
        });
    }
}

/// Checks an operand a native will follow after calling back into Go: its
/// data word `data` must not point into a stack.
pub fn check_native_operand(slot: usize, data: usize) {
    if stack_of(data).is_some() {
        record(Violation {
            ptr: data,
            slot,
            dest: Dest::NativeOperand,
        });
    }
}

impl crate::interp::Vm {
    /// Where a violating slot is, in words.
    fn describe_slot(&self, slot: usize) -> String {
        if let Some((base, _)) = self.heap.find_object(slot) {
            return format!("heap object {base:#x}");
        }
        let g = self.prog.globals;
        if slot >= g && slot < g + self.prog.globals_size {
            return format!("global {slot:#x} (offset {})", slot - g);
        }
        if stack_of(slot).is_some() {
            return format!("stack word {slot:#x} of a different stack");
        }
        format!("memory {slot:#x}")
    }

    /// The fatal error for violation `v`, found right after instruction
    /// `pc` of function `func` ran (`native`: inside that native).
    pub fn escape_fatal(
        &mut self,
        v: Violation,
        func: u32,
        pc: usize,
        native: Option<&str>,
    ) -> crate::native::Unwind {
        let f = frontend::bytecode::FuncId(func);
        let fname = self.prog.func_name(f).to_string();
        let file = &self.prog.module.funcs[func as usize].file;
        let site = match (native, self.prog.module.funcs[func as usize].code.get(pc)) {
            (Some(n), Some(i)) => format!("{n} called by {} in", i.name()),
            (Some(n), None) => format!("{n} called in"),
            (None, Some(i)) => format!("{} in", i.name()),
            (None, None) => "in".to_string(),
        };
        let at = format!("{site} {fname} at {file}:{}", self.prog.line(f, pc));
        let what = match v.dest {
            Dest::Store => format!("stored to {}", self.describe_slot(v.slot)),
            Dest::Panic => "used as a panic value".to_string(),
            Dest::NativeOperand => format!(
                "passed in operand slot {:#x} to a native that calls back into Go",
                v.slot
            ),
            Dest::Dangling => format!(
                "of a returning frame's locals left in stack word {:#x} after the return",
                v.slot
            ),
        };
        crate::native::Unwind::Fatal(format!(
            "escape check: pointer {:#x} into goroutine stack {what} ({at})",
            v.ptr
        ))
    }

    /// At `Ret`, before the top frame is popped: no result word and no word
    /// of a caller's frame may point into the returning frame's locals
    /// (everything from the end of its results up), which die with it.
    pub fn escape_check_ret(&self) {
        let n = self.g.recs.len();
        let Some(top) = self.g.recs.last() else {
            return;
        };
        let prog = self.prog;
        let base = self.g.stack.base() as usize;
        let end = base + self.g.stack.size();
        let f = &prog.module.funcs[top.func as usize];
        let fp = base + top.fp_off;
        let lo = fp + (f.params_size + f.results_size) as usize;
        let dead = |v: usize| v >= lo && v < end;
        let results = f.params_size / 8..(f.params_size + f.results_size).div_ceil(8);
        let check = |slot: usize| {
            let v = crate::mem::load::<usize>(slot);
            if dead(v) {
                record(Violation {
                    ptr: v,
                    slot,
                    dest: Dest::Dangling,
                });
            }
        };
        for &w in prog.funcs[top.func as usize].ptr_words.iter() {
            if results.contains(&w) {
                check(fp + w as usize * 8);
            }
        }
        // The callers' frames, the nearest RET_SCAN_FRAMES of them (a
        // pointer parameter passed down may reach any of them; all would
        // make deep recursion quadratic).
        for caller in self.g.recs[..n - 1].iter().rev().take(RET_SCAN_FRAMES) {
            let cfp = base + caller.fp_off;
            for &w in prog.funcs[caller.func as usize].ptr_words.iter() {
                let a = cfp + w as usize * 8;
                if a + 8 <= end && a < fp {
                    check(a);
                }
            }
        }
    }

    /// The pending violation as a fatal error, if any: the interpreter's
    /// hook after storing instructions (`pc`: the instruction's index).
    #[inline]
    pub fn take_escape_violation(&mut self, pc: usize) -> Option<crate::native::Unwind> {
        let v = take()?;
        let func = self.g.recs.last().map_or(0, |r| r.func);
        Some(self.escape_fatal(v, func, pc, None))
    }
}
