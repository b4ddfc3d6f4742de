//! The interpreter: goroutine state, the call sequence, the dispatch loop.
//!
//! # Design
//!
//! `exec` is one loop over the current function's `&[Instr]` with three
//! pieces of state in locals: `code`, `pc` (index of the next instruction)
//! and `fp` (raw address of the current frame). Operands are frame offsets
//! read and written through `mem::Fp`. Nothing in the loop allocates Rust
//! memory, and the frame pointer is re-derived from the goroutine (stack
//! base + the top call record's offset) after every operation that can move
//! the stack: calls (growth), and anything that runs Go code in a nested
//! loop (deferred calls, natives calling back, panics' method calls).
//!
//! Call records (`CallRec`) live in a per-goroutine `Vec`, one per active
//! frame, top = the running function; they hold the frame's offset from the
//! stack base, so moving the stack never patches them (except closure
//! contexts, which may be frame-local closures).
//!
//! Nested runs. `run_loop(base)` runs until the frame at record index
//! `base` returns. Natives that call back into Go, deferred calls, and the
//! panic printer's `Error()`/`String()` calls each start a nested
//! `run_loop` on the same goroutine stack, placing the callee's frame right
//! above the current top frame. A panic unwinds only the records at or
//! above its loop's `base`; if no deferred call recovers it there, the loop
//! returns `Err(Unwind::Panic)` and the panic record stays on the
//! goroutine's panic list marked `propagating`, so the enclosing loop
//! continues the same panic (rather than starting a new one).
//!
//! Panics. A panic keeps the frames above it: deferred calls run on top of
//! the whole stack (as in Go, so a traceback shows where the panic
//! started). Recovery truncates the records to the deferring frame, which
//! resumes at its `epilogue_pc`.
//!
//! Safepoints. Function entry (after the frame is set up and its pointer
//! words zeroed) and loop back-edges. There the M polls its `preempt` flag
//! (`safepoint!`; the heap raises it too when it wants a collection, through
//! `Heap::set_collect_hook`): it may stop for another M's
//! stop-the-world, yield its time slice (returning `Unwind::Park`), or
//! collect. Every goroutine's frames, closure contexts, deferred closures,
//! panic values and the globals are the roots (sched.rs).
//!
//! Goroutines. A `Vm` is one M; `g` is the goroutine it runs. A goroutine
//! that waits at top level (nest 1) leaves the thread by returning
//! `Unwind::Park` from `exec`; its state is all in `G`, so it resumes in
//! any M by `run_loop(0)` at `G::pc`.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize};
use std::sync::Arc;

use frontend::bytecode::{Instr, NumKind, RtType, RtTypeId, NONE_REG};

use crate::loader::Program;
use crate::mem::{self, load, store, store_ptr, Fp};
use crate::native::{GoSlice, GoString, Iface, NativeCall, Unwind};
use crate::ops::{self, divide_error, index_error, nil_deref, rt, Num};
use crate::sched::{self, CurG, GRef, MShared, Out, Sched, WaitReason, P};
use crate::stack::{GrowError, Stack, StackPool};

/// `ret_pc` of a frame entered from Rust (a nested run); returning from it
/// ends that run.
pub const NATIVE_RET: u32 = u32::MAX;

/// Most nested runs (Go called from Rust called from Go ...) allowed.
const MAX_NEST: u32 = 20_000;

/// One active frame.
#[derive(Clone, Copy, Debug)]
pub struct CallRec {
    pub func: u32,
    /// The caller's pc to resume at (`NATIVE_RET`: return to Rust).
    pub ret_pc: u32,
    /// This frame's offset from the stack base.
    pub fp_off: usize,
    /// The closure this call was made through (0 if none).
    pub ctx: usize,
}

#[derive(Clone, Copy, Debug)]
pub struct DeferRec {
    pub fv: usize,
    /// Record index of the frame that deferred.
    pub depth: usize,
}

#[derive(Clone, Debug)]
pub struct PanicRec {
    pub val: Iface,
    /// For run-time errors: the message after `runtime error: `.
    pub msg: Option<String>,
    pub recovered: bool,
    pub repanicked: bool,
    /// Returned by a nested run, not yet taken up by the enclosing one.
    pub propagating: bool,
    /// Record index the running deferred call occupies (usize::MAX: none).
    pub defer_depth: usize,
    /// (function, pc) of every frame when the panic started, top first.
    pub trace: Vec<(u32, u32)>,
}

/// A goroutine.
pub struct G {
    pub stack: Stack,
    pub recs: Vec<CallRec>,
    pub defers: Vec<DeferRec>,
    pub panics: Vec<PanicRec>,
    /// Saved pc of the top frame while Rust code runs or the G is off its M.
    pub pc: usize,
    /// Heap addresses natives hold in Rust variables across calls back
    /// into Go (`NativeCall::pin`): roots until the native returns.
    pub pins: Vec<usize>,
    /// Goroutine id as Go numbers them (main is 1).
    pub id: u64,
    /// `sched::G_*`; transitions follow the protocol in sched.rs.
    pub status: AtomicU8,
    /// Why it waits (valid while waiting).
    pub reason: WaitReason,
    /// Not yet started: the function to call and its closure.
    pub start: Option<(u32, usize)>,
    /// Goroutine 1: package initialisers and main.main still to run
    /// (last first).
    pub entries: Vec<u32>,
    /// (function, pc, goroutine id) of the `go` statement that made it.
    pub created_by: Option<(u32, u32, u64)>,
    /// The thread of an M blocked in a nested wait for this G.
    pub waiter: Option<std::thread::Thread>,
    /// Channel waits (chan.rs): one per case.
    pub sudogs: Vec<crate::chan::Sudog>,
    pub select_done: AtomicBool,
    /// The case that fired a channel wait.
    pub fired: AtomicUsize,
    /// The instruction at `pc` is a channel operation being re-executed
    /// after a wake-up: it finishes instead of starting over.
    pub resumed: bool,
    /// Position in `Sched::allgs`.
    pub allg_index: usize,
    /// A runtime goroutine (a channel timer's send): not the program's.
    pub system: bool,
}

impl G {
    /// A fresh goroutine on `stack` (None: out of memory).
    pub fn new_boxed(stack: Option<Stack>) -> Option<Box<G>> {
        Some(Box::new(G::new(stack?)))
    }

    /// Makes a dead goroutine's structure new again, on `stack`.
    pub fn reset(&mut self, stack: Stack) {
        self.stack = stack;
        self.recs.clear();
        self.defers.clear();
        self.panics.clear();
        self.pins.clear();
        self.pc = 0;
        self.status = AtomicU8::new(sched::G_RUNNABLE);
        self.reason = WaitReason::None;
        self.start = None;
        self.entries.clear();
        self.created_by = None;
        self.waiter = None;
        self.sudogs.clear();
        self.resumed = false;
        self.system = false;
    }

    pub fn new(stack: Stack) -> G {
        G {
            stack,
            recs: Vec::new(),
            defers: Vec::new(),
            panics: Vec::new(),
            pc: 0,
            pins: Vec::new(),
            id: 0,
            status: AtomicU8::new(sched::G_RUNNABLE),
            reason: WaitReason::None,
            start: None,
            entries: Vec::new(),
            created_by: None,
            waiter: None,
            sudogs: Vec::new(),
            select_done: AtomicBool::new(false),
            fired: AtomicUsize::new(0),
            resumed: false,
            allg_index: 0,
            system: false,
        }
    }
}

/// One interpreter per M (OS thread). `g` is the goroutine it runs.
pub struct Vm {
    pub prog: &'static Program,
    pub heap: Arc<gc::Heap>,
    pub cache: gc::AllocCache,
    pub g: CurG,
    pub pool: StackPool,
    pub out: Out,
    pub err: Out,
    pub args: Vec<String>,
    /// Set when the stack overflowed: (sp, lo, hi) for the message.
    pub overflow: Option<(usize, usize, usize)>,
    /// Where a fatal error happened (function, pc), top first.
    pub fatal_trace: Option<Vec<(u32, u32)>>,
    /// Depth of nested `run_loop`s (calls from Rust back into Go).
    pub nest: u32,
    implements: HashMap<(usize, u32), Option<u32>>,
    method_ids: HashMap<&'static str, u32>,
    pub sched: &'static Sched,
    pub m: &'static MShared,
    /// The P this M holds (None while idle or blocked).
    pub p: Option<P>,
    /// The M's own placeholder G (`g` between goroutines).
    pub g0: GRef,
    /// Dead goroutines kept for reuse.
    pub gfree: Vec<Box<G>>,
    pub rng: u64,
}

static ZERO_BASE: [u64; 2] = [0, 0];

/// Size of the frame buffer of a non-escaping variable-size allocation
/// (gc's `runtime.tmpBuf`).
const FRAME_BUF: usize = frontend::bytecode::FRAME_BUF as usize;

/// The address Go gives every zero-size allocation.
pub fn zero_base() -> usize {
    ZERO_BASE.as_ptr() as usize
}

/// The collector's roots with the world stopped: every goroutine's frames
/// (by their stack maps), closure contexts, defers, pins, panics and
/// unstarted closures; the globals; pending timers' closures.
struct RootWalker<'a> {
    prog: &'static Program,
    gs: &'a [GRef],
    sched: &'static Sched,
}

fn g_roots(prog: &'static Program, g: &G, visit: &mut dyn FnMut(usize)) {
    let base = g.stack.base() as usize;
    for r in &g.recs {
        let fp = base + r.fp_off;
        for &w in prog.funcs[r.func as usize].ptr_words.iter() {
            let a = fp + w as usize * 8;
            if a + 8 <= base + g.stack.size() {
                visit(load::<usize>(a));
            }
        }
        visit(r.ctx);
    }
    for d in &g.defers {
        visit(d.fv);
    }
    for &p in &g.pins {
        visit(p);
    }
    for p in &g.panics {
        visit(p.val.data);
    }
    if let Some((_, ctx)) = g.start {
        visit(ctx);
    }
}

impl gc::Roots for RootWalker<'_> {
    fn for_each_root(&mut self, visit: &mut dyn FnMut(usize)) {
        for g in self.gs {
            g_roots(self.prog, g.get(), visit);
        }
        for &w in &self.prog.globals_ptr_words {
            visit(load::<usize>(self.prog.globals + w as usize * 8));
        }
        self.sched.timer_roots(visit);
    }
}

/// Offset just above `g`'s top frame.
fn top_end(prog: &Program, g: &G) -> usize {
    match g.recs.last() {
        Some(r) => r.fp_off + prog.funcs[r.func as usize].frame_size,
        None => 0,
    }
}

/// After `g`'s stack moved: every frame's pointer words, the records'
/// closure contexts and the deferred closures that point into it.
fn adjust_g(prog: &Program, g: &mut G, m: &crate::stack::Moved) {
    for r in g.recs.iter_mut() {
        r.ctx = m.adjust_word(r.ctx);
    }
    for i in 0..g.recs.len() {
        let r = g.recs[i];
        g.stack
            .adjust_frame(r.fp_off, &prog.funcs[r.func as usize].ptr_words, m);
    }
    for d in g.defers.iter_mut() {
        d.fv = m.adjust_word(d.fv);
    }
}

/// During a collection: a stack using less than a quarter of its size is
/// halved (Go's shrinkstack).
fn shrink_g(prog: &Program, g: &mut G, pool: &mut StackPool) {
    if g.stack.size() == 0 {
        return;
    }
    let used = top_end(prog, g);
    let m = if used < g.stack.size() / 4 {
        g.stack.shrink(used, pool)
    } else {
        None
    };
    // The escape checker also moves the stack at every collection that
    // does not shrink it (the old block is poisoned): a pointer into the
    // stack that no stack map describes then reads poison.
    #[cfg(feature = "escape-check")]
    let m = m.or_else(|| g.stack.relocate(used, pool));
    if let Some(m) = m {
        adjust_g(prog, g, &m);
    }
}

impl Vm {
    /// The interpreter of a new M.
    pub fn new_m(sched: &'static Sched, m: &'static MShared) -> Vm {
        let prog = sched.prog;
        let heap = sched.heap.clone();
        let cache = heap.new_cache();
        let pool = StackPool::new();
        // g0 never runs Go code; a minimal stack keeps `g` always valid.
        let g0 = GRef::new(Box::new(G::new(Stack::empty())));
        let method_ids = prog
            .module
            .method_names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.as_str(), i as u32))
            .collect();
        Vm {
            prog,
            heap,
            cache,
            g: CurG(g0),
            pool,
            out: sched.out.clone(),
            err: sched.err.clone(),
            args: sched.args.clone(),
            overflow: None,
            fatal_trace: None,
            nest: 0,
            implements: HashMap::new(),
            method_ids,
            sched,
            m,
            p: None,
            g0,
            gfree: Vec::new(),
            rng: 0x9E37_79B9_7F4A_7C15 ^ (m as *const MShared as u64),
        }
    }

    pub fn method_id(&self, name: &str) -> Option<u32> {
        self.method_ids.get(name).copied()
    }

    // ---- memory ----

    /// `n` zeroed elements of type `t` on the heap.
    pub fn alloc_type(&mut self, t: RtTypeId, n: usize) -> usize {
        let ty = self.prog.rtype(t);
        let size = (ty.size as usize).saturating_mul(n);
        if size == 0 {
            return zero_base();
        }
        match self.prog.layouts[t.0 as usize] {
            Some(l) => self.heap.alloc(&mut self.cache, l, n) as usize,
            None => self.heap.alloc_noscan(&mut self.cache, size) as usize,
        }
    }

    pub fn alloc_bytes(&mut self, n: usize) -> usize {
        if n == 0 {
            return zero_base();
        }
        self.heap.alloc_noscan(&mut self.cache, n) as usize
    }

    pub fn new_string(&mut self, data: &[u8]) -> GoString {
        if data.is_empty() {
            return GoString { ptr: 0, len: 0 };
        }
        let p = self.alloc_bytes(data.len());
        // SAFETY: `p` is a fresh allocation of `data.len()` bytes.
        unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), p as *mut u8, data.len()) };
        GoString {
            ptr: p,
            len: data.len(),
        }
    }

    /// Copies `count` values of type `t` from `src` to `dst` (memmove
    /// semantics), pointer words through the write barrier.
    pub fn typed_copy(&self, t: &RtType, dst: usize, src: usize, count: usize) {
        let size = t.size as usize * count;
        if size == 0 || dst == src {
            return;
        }
        if t.ptrs.is_empty() {
            mem::memmove(dst, src, size);
            return;
        }
        // Pointerful types are 8-aligned and a multiple of 8 in size.
        let ew = t.size as usize / 8;
        let total = ew * count;
        let one = |i: usize| {
            let w = i % ew;
            let (d, s) = (dst + i * 8, src + i * 8);
            if t.ptrs.get(w as u32) {
                store_ptr(d, load::<usize>(s));
            } else {
                store::<u64>(d, load::<u64>(s));
            }
        };
        if dst < src || dst >= src + size {
            (0..total).for_each(one);
        } else {
            (0..total).rev().for_each(one);
        }
    }

    pub fn typed_zero(&self, t: &RtType, dst: usize, count: usize) {
        let size = t.size as usize * count;
        if t.ptrs.is_empty() {
            mem::memzero(dst, size);
            return;
        }
        let ew = t.size as usize / 8;
        for i in 0..ew * count {
            if t.ptrs.get((i % ew) as u32) {
                store_ptr(dst + i * 8, 0);
            } else {
                store::<u64>(dst + i * 8, 0);
            }
        }
    }

    // ---- stack ----

    /// Grows the stack so that `needed` bytes from its base fit, adjusting
    /// every pointer into it.
    #[cold]
    pub fn grow_stack(&mut self, needed: usize) -> Result<(), Unwind> {
        let used = self.g.stack.size();
        match self.g.stack.grow(needed, used, &mut self.pool) {
            Ok(m) => {
                self.adjust_after_move(&m);
                Ok(())
            }
            Err(GrowError::Overflow) => {
                let lo = self.g.stack.base() as usize;
                let sp = lo + self.g.recs.last().map_or(0, |r| r.fp_off);
                self.overflow = Some((sp, lo, lo + self.g.stack.size()));
                Err(Unwind::Fatal("stack overflow".into()))
            }
            Err(GrowError::OutOfMemory) => {
                Err(Unwind::Fatal("runtime: cannot allocate memory".into()))
            }
        }
    }

    /// After the stack moved: every frame's pointer words, the records'
    /// closure contexts and the deferred closures that point into it.
    fn adjust_after_move(&mut self, m: &crate::stack::Moved) {
        adjust_g(self.prog, &mut self.g, m);
    }

    /// Pushes the record for a call of `func` with its frame at `fp_off`
    /// (arguments already there), makes the frame fit, zeroes its pointer
    /// words. Not a safepoint by itself.
    #[inline(always)]
    pub(crate) fn push_frame(
        &mut self,
        func: u32,
        fp_off: usize,
        ctx: usize,
        ret_pc: u32,
    ) -> Result<(), Unwind> {
        let info = &self.prog.funcs[func as usize];
        self.g.recs.push(CallRec {
            func,
            ret_pc,
            fp_off,
            ctx,
        });
        if fp_off + info.frame_size > self.g.stack.size() {
            self.grow_stack(fp_off + info.frame_size)?;
        }
        let fp = self.g.stack.base() as usize + fp_off;
        for &w in info.zero_words.iter() {
            store::<usize>(fp + w as usize * 8, 0);
        }
        Ok(())
    }

    #[inline(always)]
    /// A safepoint where the goroutine cannot yield (entering a nested run).
    fn safepoint(&mut self) {
        if self.m.preempt.load(std::sync::atomic::Ordering::Relaxed) {
            let _ = self.safepoint_slow(false);
        }
    }

    /// A stop-the-world collection: every goroutine's roots; then stacks
    /// using less than a quarter are halved.
    pub fn collect(&mut self, forced: bool) {
        if !self.sched.stop_the_world() {
            // Another M collected while this one stood still.
            return;
        }
        {
            let gs = self.sched.allgs.lock();
            let mut roots = RootWalker {
                prog: self.prog,
                gs: &gs,
                sched: self.sched,
            };
            self.heap.collect(&mut roots, forced);
            for &g in gs.iter() {
                let st = g.get().status.load(std::sync::atomic::Ordering::Acquire);
                // Not a G whose M is blocked inside a nested run: its Rust
                // frames may hold addresses in its stack.
                if matches!(
                    st,
                    sched::G_RUNNING | sched::G_WAITING | sched::G_RUNNABLE | sched::G_YIELD
                ) {
                    // SAFETY: the world is stopped: no other thread touches
                    // any goroutine until `start_the_world`.
                    let g = unsafe { g.get_mut() };
                    shrink_g(self.prog, g, &mut self.pool);
                }
            }
        }
        self.sched.start_the_world();
    }

    /// Offset just above the top frame (where nested calls put theirs).
    fn top_end(&self) -> usize {
        top_end(self.prog, &self.g)
    }

    /// Calls a native: its record, its frame, the Rust function.
    pub(crate) fn call_native(
        &mut self,
        func: u32,
        fp_off: usize,
        ctx: usize,
        ret_pc: u32,
    ) -> Result<(), Unwind> {
        let info = &self.prog.funcs[func as usize];
        let Some(f) = info.native else {
            let name = self.prog.module.funcs[func as usize]
                .native
                .clone()
                .unwrap_or_default();
            return Err(Unwind::Fatal(format!(
                "native function {name} is not implemented"
            )));
        };
        self.push_frame(func, fp_off, ctx, ret_pc)?;
        let npanics = self.g.panics.len();
        let npins = self.g.pins.len();
        let saved_pc = self.g.pc;
        let r = {
            let mut nc = NativeCall { vm: self, fp_off };
            f(&mut nc)
        };
        self.g.pc = saved_pc;
        self.g.recs.pop();
        self.g.pins.truncate(npins);
        #[cfg(feature = "escape-check")]
        if let Some(v) = crate::escape_check::take() {
            let caller = self.g.recs.last().map_or(0, |r| r.func);
            let name = self
                .prog
                .func_name(frontend::bytecode::FuncId(func))
                .to_string();
            let pc = self.g.pc.saturating_sub(1);
            return Err(self.escape_fatal(v, caller, pc, Some(&name)));
        }
        if r.is_ok() {
            // Panics a native caught from its calls back into Go are over.
            self.g.panics.truncate(npanics);
        }
        r
    }

    /// Calls `func` (closure context `ctx`) from Rust with its frame just
    /// above the top frame: copies `args` in, runs it to completion, copies
    /// its results out.
    pub fn call_from_rust(
        &mut self,
        func: u32,
        ctx: usize,
        args: &[u8],
        results: &mut [u8],
    ) -> Result<(), Unwind> {
        let info = &self.prog.funcs[func as usize];
        let off = self.top_end().next_multiple_of(8);
        let need = off + info.frame_size.max(args.len() + results.len());
        let mut ctx = ctx;
        if need > self.g.stack.size() {
            // A frame-local closure (a deferred call's) moves with the stack.
            let (old, size) = (self.g.stack.base() as usize, self.g.stack.size());
            self.grow_stack(need)?;
            if ctx >= old && ctx < old + size {
                ctx = ctx - old + self.g.stack.base() as usize;
            }
        }
        let fp = self.g.stack.base() as usize + off;
        mem::memmove(fp, args.as_ptr() as usize, args.len());
        let saved_pc = self.g.pc;
        let boundary = self.g.recs.len();
        let r = if info.native.is_some() || info.missing_native {
            self.call_native(func, off, ctx, NATIVE_RET)
        } else {
            self.push_frame(func, off, ctx, NATIVE_RET).and_then(|()| {
                self.safepoint();
                self.g.pc = 0;
                self.run_loop(boundary)
            })
        };
        self.g.pc = saved_pc;
        if r.is_err() {
            self.g.recs.truncate(boundary);
            return r;
        }
        let fp = self.g.stack.base() as usize + off + info.params_size;
        let n = results.len();
        mem::memmove(results.as_mut_ptr() as usize, fp, n);
        Ok(())
    }

    /// Calls the func value `fv`.
    pub fn call_closure(
        &mut self,
        fv: usize,
        args: &[u8],
        results: &mut [u8],
    ) -> Result<(), Unwind> {
        if fv == 0 {
            return Err(nil_deref());
        }
        let func = load::<u64>(fv) as u32;
        if func as usize >= self.prog.funcs.len() {
            return Err(Unwind::Fatal("bad func value".into()));
        }
        self.call_from_rust(func, fv, args, results)
    }

    /// Calls method `name_id` of the interface value `recv`; `Ok(false)` if
    /// its dynamic type has no such method.
    pub fn call_method_id(
        &mut self,
        recv: Iface,
        name_id: u32,
        args: &[u8],
        results: &mut [u8],
    ) -> Result<bool, Unwind> {
        if recv.typ == 0 {
            return Err(nil_deref());
        }
        let Some(f) = self.prog.find_method(recv.typ, name_id) else {
            return Ok(false);
        };
        let mut a = Vec::with_capacity(8 + args.len());
        a.extend_from_slice(&recv.data.to_le_bytes());
        a.extend_from_slice(args);
        self.call_from_rust(f.0, 0, &a, results)?;
        Ok(true)
    }

    /// Runs Go code until the frame at record index `base` returns,
    /// handling panics raised at or above it.
    pub fn run_loop(&mut self, base: usize) -> Result<(), Unwind> {
        if self.nest >= MAX_NEST {
            // Go code re-entered through natives this deep would exhaust the
            // interpreter's own stack: report it as Go's stack overflow.
            let lo = self.g.stack.base() as usize;
            self.overflow = Some((lo + self.top_end(), lo, lo + self.g.stack.size()));
            return Err(Unwind::Fatal("stack overflow".into()));
        }
        self.nest += 1;
        let r = loop {
            match self.exec(base) {
                Ok(()) => break Ok(()),
                Err(e) => {
                    if let Err(e) = self.handle_panic(e, base) {
                        break Err(e);
                    }
                }
            }
        };
        self.nest -= 1;
        r
    }

    // ---- interfaces ----

    /// None if the type at `typ_addr` implements interface `iface`, else the
    /// index (into `iface_methods`) of the first missing method.
    pub fn missing_method(&mut self, typ_addr: usize, iface: RtTypeId) -> Option<u32> {
        let key = (typ_addr, iface.0);
        if let Some(&r) = self.implements.get(&key) {
            return r;
        }
        let it = self.prog.rtype(iface);
        let mut missing = None;
        for (i, name) in it.iface_methods.iter().enumerate() {
            let ok = self
                .method_id(name)
                .and_then(|id| self.prog.find_method(typ_addr, id))
                .is_some();
            if !ok {
                missing = Some(i as u32);
                break;
            }
        }
        self.implements.insert(key, missing);
        missing
    }

    fn assert_iface(&mut self, src: Iface, iface: RtTypeId, stat: RtTypeId) -> Result<(), Unwind> {
        let it = self.prog.rtype(iface);
        let _ = stat; // Go names the asserted-to type only
        if src.typ == 0 {
            return Err(rt(format!(
                "interface conversion: interface is nil, not {}",
                it.string
            )));
        }
        if let Some(i) = self.missing_method(src.typ, iface) {
            let dyn_t = self.prog.rtype_at(src.typ);
            return Err(rt(format!(
                "interface conversion: {} is not {}: missing method {}",
                dyn_t.string, it.string, it.iface_methods[i as usize]
            )));
        }
        Ok(())
    }

    // ---- slices and conversions ----
    //
    // Each helper serves both the heap instruction and its `...Buf` twin:
    // `buf` is the frame buffer the code generator reserved for a site the
    // escape analysis left in the frame (used when the result fits, as gc
    // uses its stack buffer), `None` for a heap site. Kept out of line so the
    // dispatch loop stays small (its speed is code-layout sensitive).

    /// `make([]elem, l, c)` with Go's checks; `buf` is a frame region of
    /// `room` elements.
    #[inline(never)]
    fn make_slice(
        &mut self,
        elem: RtTypeId,
        l: i64,
        c: i64,
        buf: Option<(usize, u64)>,
    ) -> Result<GoSlice, Unwind> {
        let es = self.prog.rtype(elem).size as u128;
        let too_big = |n: i64| n < 0 || (n as u128) * es > ops::MAX_ALLOC as u128;
        if too_big(l) {
            return Err(rt("makeslice: len out of range"));
        }
        if too_big(c) || l > c {
            return Err(rt("makeslice: cap out of range"));
        }
        let ptr = match buf {
            Some((at, room)) if c as u64 <= room => {
                mem::memzero(at, (room as u128 * es) as usize);
                at
            }
            _ => self.alloc_type(elem, c as usize),
        };
        Ok(GoSlice {
            ptr,
            len: l as usize,
            cap: c as usize,
        })
    }

    /// append(s, n values at `src`) with gc's growsliceBuf: a slice without
    /// capacity whose new elements fit in the frame buffer at `buf` becomes
    /// that buffer (capacity: as many elements as it holds).
    #[inline(never)]
    fn append_buf(
        &mut self,
        s: GoSlice,
        src: usize,
        n: usize,
        elem: RtTypeId,
        buf: usize,
    ) -> Result<GoSlice, Unwind> {
        let es = self.prog.rtype(elem).size as usize;
        let size = frontend::bytecode::frame_buf_elems(es as u64) as usize * es;
        if es == 0 || s.cap != 0 || n == 0 || n * es > size {
            return self.append(s, src, n, elem);
        }
        mem::memzero(buf, size);
        mem::memmove(buf, src, n * es);
        Ok(GoSlice {
            ptr: buf,
            len: n,
            cap: size / es,
        })
    }

    /// string(b []byte).
    #[inline(never)]
    fn str_from_bytes(&mut self, s: GoSlice, buf: Option<usize>) -> GoString {
        match buf {
            Some(b) if s.len > 0 && s.len <= FRAME_BUF => {
                mem::memmove(b, s.ptr, s.len);
                GoString { ptr: b, len: s.len }
            }
            _ => {
                let bytes = mem::bytes(s.ptr, s.len).to_vec();
                self.new_string(&bytes)
            }
        }
    }

    /// []byte(s): a frame buffer gets capacity FRAME_BUF, as gc's.
    #[inline(never)]
    fn bytes_from_str(&mut self, s: GoString, buf: Option<usize>) -> GoSlice {
        let (ptr, cap) = match buf {
            Some(b) if s.len <= FRAME_BUF => {
                mem::memzero(b, FRAME_BUF);
                (b, FRAME_BUF)
            }
            _ => {
                let cap = if s.len == 0 {
                    0
                } else {
                    ops::round_up_size(s.len, true)
                };
                (self.alloc_bytes(cap), cap)
            }
        };
        mem::memmove(ptr, s.ptr, s.len);
        GoSlice {
            ptr,
            len: s.len,
            cap,
        }
    }

    /// string(r []rune); gc keeps 3 bytes of slack in its buffer
    /// (rawstringtmp(buf, n+3)).
    #[inline(never)]
    fn str_from_runes(&mut self, s: GoSlice, buf: Option<usize>) -> GoString {
        let mut out = Vec::new();
        for i in 0..s.len {
            ops::encode_rune(load::<i32>(s.ptr + 4 * i) as i64, &mut out);
        }
        match buf {
            Some(b) if !out.is_empty() && out.len() + 3 <= FRAME_BUF => {
                mem::memmove(b, out.as_ptr() as usize, out.len());
                GoString {
                    ptr: b,
                    len: out.len(),
                }
            }
            _ => self.new_string(&out),
        }
    }

    /// []rune(s): a frame buffer holds FRAME_BUF runes (capacity FRAME_BUF,
    /// as gc's).
    #[inline(never)]
    fn runes_from_str(&mut self, s: GoString, buf: Option<usize>) -> GoSlice {
        let bytes = mem::bytes(s.ptr, s.len).to_vec();
        let mut runes = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            let (r, w) = ops::decode_rune(&bytes, i);
            runes.push(r);
            i += w;
        }
        let (ptr, cap) = match buf {
            Some(b) if runes.len() <= FRAME_BUF => {
                mem::memzero(b, 4 * FRAME_BUF);
                (b, FRAME_BUF)
            }
            _ => {
                let cap = if runes.is_empty() {
                    0
                } else {
                    ops::round_up_size(runes.len() * 4, true) / 4
                };
                (self.alloc_bytes(cap * 4), cap)
            }
        };
        for (k, r) in runes.iter().enumerate() {
            store::<i32>(ptr + 4 * k, *r);
        }
        GoSlice {
            ptr,
            len: runes.len(),
            cap,
        }
    }

    fn grow_slice(&mut self, s: GoSlice, added: usize, elem: RtTypeId) -> Result<GoSlice, Unwind> {
        let t = self.prog.rtype(elem);
        let es = t.size as usize;
        let noscan = t.ptrs.is_empty();
        let Some(newcap) = ops::grow_cap(s.len, s.cap, added, es, noscan) else {
            return Err(rt("growslice: len out of range"));
        };
        let p = self.alloc_type(elem, newcap);
        self.typed_copy(t, p, s.ptr, s.len);
        Ok(GoSlice {
            ptr: p,
            len: s.len,
            cap: newcap,
        })
    }

    /// append(s, n values at address `src`).
    fn append(
        &mut self,
        s: GoSlice,
        src: usize,
        n: usize,
        elem: RtTypeId,
    ) -> Result<GoSlice, Unwind> {
        if n == 0 {
            return Ok(s);
        }
        let t = self.prog.rtype(elem);
        let es = t.size as usize;
        let mut s = s;
        if s.len + n > s.cap {
            // `src` may be in the old array or the frame: both survive the
            // allocation (allocation never collects).
            s = self.grow_slice(s, n, elem)?;
        }
        self.typed_copy(t, s.ptr + s.len * es, src, n);
        s.len += n;
        Ok(s)
    }
}

impl Vm {
    /// The dispatch loop. Returns Ok when the frame at record index `base`
    /// returns; on a panic, saves the pc and returns the error.
    pub fn exec(&mut self, base: usize) -> Result<(), Unwind> {
        let prog: &'static Program = self.prog;
        let funcs = &prog.funcs[..];
        let Some(top) = self.g.recs.last().copied() else {
            return Ok(());
        };
        let mut code: &'static [Instr] = funcs[top.func as usize].code;
        let mut pc = self.g.pc;
        let mut fp = Fp((self.g.stack.base() as usize + top.fp_off) as *mut u8);
        let rodata = prog.rodata.as_ptr() as usize;

        // Hazard: after anything that can move the stack or switch frames,
        // `fp` and `code` are re-derived from the top call record.
        macro_rules! reload {
            () => {{
                let t = *self.g.recs.last().unwrap_or(&CallRec {
                    func: 0,
                    ret_pc: 0,
                    fp_off: 0,
                    ctx: 0,
                });
                fp = Fp((self.g.stack.base() as usize + t.fp_off) as *mut u8);
                code = funcs[t.func as usize].code;
            }};
        }
        macro_rules! throw {
            ($e:expr) => {{
                let e = $e;
                self.g.pc = pc;
                return Err(e);
            }};
        }
        macro_rules! tryv {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => throw!(e),
                }
            };
        }
        macro_rules! ptr {
            ($r:expr) => {{
                let p = fp.get::<usize>($r);
                if p == 0 {
                    throw!(nil_deref());
                }
                p
            }};
        }
        // Escape checker hook (feature `escape-check`; nothing otherwise):
        // after an instruction that stores pointers outside the frame, a
        // recorded violation becomes a fatal error naming the instruction.
        macro_rules! echk {
            () => {
                #[cfg(feature = "escape-check")]
                if let Some(e) = self.take_escape_violation(pc - 1) {
                    throw!(e);
                }
            };
        }
        // Safepoint: stop for the world, yield at the end of a time slice,
        // collect when the heap asks. Resumes at `pc`.
        macro_rules! safepoint {
            () => {
                if self.m.preempt.load(std::sync::atomic::Ordering::Relaxed) {
                    self.g.pc = pc;
                    tryv!(self.safepoint_slow(true));
                    reload!();
                }
            };
        }
        // A channel operation that may block: run `$op`, or finish it if the
        // goroutine is resuming here after a wake-up. On parking, the
        // instruction is re-executed when the goroutine runs again.
        macro_rules! chan_op {
            ($op:expr) => {{
                let r = if std::mem::take(&mut self.g.resumed) {
                    crate::chan::finish(self)
                } else {
                    self.g.pc = pc;
                    $op
                };
                match tryv!(r) {
                    crate::chan::Op::Parked => {
                        self.g.resumed = true;
                        self.g.pc = pc - 1;
                        return Err(Unwind::Park);
                    }
                    crate::chan::Op::Done(i, v) => {
                        reload!();
                        (i, v)
                    }
                }
            }};
        }
        // Enters `func` with its frame at fp+base: record, fit, zero, safepoint.
        macro_rules! enter {
            ($func:expr, $b:expr, $ctx:expr) => {{
                let func: u32 = $func;
                let info = &funcs[func as usize];
                let fp_off = fp.0 as usize - self.g.stack.base() as usize + $b.0 as usize;
                if info.native.is_some() || info.missing_native {
                    self.g.pc = pc;
                    tryv!(self.call_native(func, fp_off, $ctx, pc as u32));
                    reload!();
                } else {
                    self.g.recs.push(CallRec {
                        func,
                        ret_pc: pc as u32,
                        fp_off,
                        ctx: $ctx,
                    });
                    if fp_off + info.frame_size > self.g.stack.size() {
                        self.g.pc = pc;
                        tryv!(self.grow_stack(fp_off + info.frame_size));
                    }
                    let nfp = self.g.stack.base() as usize + fp_off;
                    for &w in info.zero_words.iter() {
                        store::<usize>(nfp + w as usize * 8, 0);
                    }
                    fp = Fp(nfp as *mut u8);
                    code = info.code;
                    pc = 0;
                    safepoint!();
                }
            }};
        }
        macro_rules! c64 {
            ($r:expr) => {{
                let v = fp.get::<[f32; 2]>($r);
                (v[0] as f64, v[1] as f64)
            }};
        }
        macro_rules! c128 {
            ($r:expr) => {{
                let v = fp.get::<[f64; 2]>($r);
                (v[0], v[1])
            }};
        }

        loop {
            let Some(&ins) = code.get(pc) else {
                throw!(Unwind::Fatal("pc out of range".into()));
            };
            pc += 1;
            match ins {
                Instr::Nop {} => {}
                Instr::ConstI64 { dst, v } => fp.set::<i64>(dst, v),
                Instr::ConstF64 { dst, v } => fp.set::<u64>(dst, v.0),
                Instr::ConstI32 { dst, v } => fp.set::<i32>(dst, v),
                Instr::ConstI16 { dst, v } => fp.set::<i16>(dst, v as i16),
                Instr::ConstI8 { dst, v } => fp.set::<i8>(dst, v as i8),
                Instr::ConstStr { dst, off, len } => fp.set::<GoString>(
                    dst,
                    GoString {
                        ptr: rodata + off as usize,
                        len: len as usize,
                    },
                ),
                Instr::Zero { dst, size } => fp.zero(dst, size as usize),
                Instr::Mov1 { dst, src } => fp.set::<u8>(dst, fp.get::<u8>(src)),
                Instr::Mov2 { dst, src } => fp.set::<u16>(dst, fp.get::<u16>(src)),
                Instr::Mov4 { dst, src } => fp.set::<u32>(dst, fp.get::<u32>(src)),
                Instr::Mov8 { dst, src } => fp.set::<u64>(dst, fp.get::<u64>(src)),
                Instr::Mov16 { dst, src } => fp.set::<[u64; 2]>(dst, fp.get::<[u64; 2]>(src)),
                Instr::Mov24 { dst, src } => fp.set::<[u64; 3]>(dst, fp.get::<[u64; 3]>(src)),
                Instr::MovN { dst, src, size } => fp.copy(dst, src, size as usize),
                Instr::Addr { dst, off } => fp.set::<usize>(dst, fp.addr(off)),
                Instr::GlobalAddr { dst, off } => fp.set::<usize>(dst, prog.globals + off as usize),
                Instr::RodataAddr { dst, off } => fp.set::<usize>(dst, rodata + off as usize),
                Instr::LoadCtx { dst } => {
                    fp.set::<usize>(dst, self.g.recs.last().map_or(0, |r| r.ctx))
                }
                Instr::AddI8 { dst, a, b } => {
                    fp.set::<i8>(dst, fp.get::<i8>(a).wrapping_add(fp.get::<i8>(b)))
                }
                Instr::SubI8 { dst, a, b } => {
                    fp.set::<i8>(dst, fp.get::<i8>(a).wrapping_sub(fp.get::<i8>(b)))
                }
                Instr::MulI8 { dst, a, b } => {
                    fp.set::<i8>(dst, fp.get::<i8>(a).wrapping_mul(fp.get::<i8>(b)))
                }
                Instr::AndI8 { dst, a, b } => fp.set::<i8>(dst, fp.get::<i8>(a) & fp.get::<i8>(b)),
                Instr::OrI8 { dst, a, b } => fp.set::<i8>(dst, fp.get::<i8>(a) | fp.get::<i8>(b)),
                Instr::XorI8 { dst, a, b } => fp.set::<i8>(dst, fp.get::<i8>(a) ^ fp.get::<i8>(b)),
                Instr::AndNotI8 { dst, a, b } => {
                    fp.set::<i8>(dst, fp.get::<i8>(a) & !fp.get::<i8>(b))
                }
                Instr::DivS8 { dst, a, b } => {
                    let y = fp.get::<i8>(b);
                    if y == 0 {
                        throw!(divide_error());
                    }
                    fp.set::<i8>(dst, fp.get::<i8>(a).wrapping_div(y))
                }
                Instr::RemS8 { dst, a, b } => {
                    let y = fp.get::<i8>(b);
                    if y == 0 {
                        throw!(divide_error());
                    }
                    fp.set::<i8>(dst, fp.get::<i8>(a).wrapping_rem(y))
                }
                Instr::DivU8 { dst, a, b } => {
                    let y = fp.get::<u8>(b);
                    if y == 0 {
                        throw!(divide_error());
                    }
                    fp.set::<u8>(dst, fp.get::<u8>(a) / y)
                }
                Instr::RemU8 { dst, a, b } => {
                    let y = fp.get::<u8>(b);
                    if y == 0 {
                        throw!(divide_error());
                    }
                    fp.set::<u8>(dst, fp.get::<u8>(a) % y)
                }
                Instr::Shl8 { dst, a, b } => {
                    let n = fp.get::<u64>(b);
                    fp.set::<u8>(dst, if n >= 8 { 0 } else { fp.get::<u8>(a) << n })
                }
                Instr::ShrU8 { dst, a, b } => {
                    let n = fp.get::<u64>(b);
                    fp.set::<u8>(dst, if n >= 8 { 0 } else { fp.get::<u8>(a) >> n })
                }
                Instr::ShrS8 { dst, a, b } => {
                    let n = fp.get::<u64>(b).min(7);
                    fp.set::<i8>(dst, fp.get::<i8>(a) >> n)
                }
                Instr::NegI8 { dst, a } => fp.set::<i8>(dst, fp.get::<i8>(a).wrapping_neg()),
                Instr::ComI8 { dst, a } => fp.set::<i8>(dst, !fp.get::<i8>(a)),
                Instr::EqI8 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<i8>(a) == fp.get::<i8>(b))
                }
                Instr::NeI8 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<i8>(a) != fp.get::<i8>(b))
                }
                Instr::LtS8 { dst, a, b } => fp.set::<bool>(dst, fp.get::<i8>(a) < fp.get::<i8>(b)),
                Instr::LeS8 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<i8>(a) <= fp.get::<i8>(b))
                }
                Instr::LtU8 { dst, a, b } => fp.set::<bool>(dst, fp.get::<u8>(a) < fp.get::<u8>(b)),
                Instr::LeU8 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<u8>(a) <= fp.get::<u8>(b))
                }
                Instr::AddI16 { dst, a, b } => {
                    fp.set::<i16>(dst, fp.get::<i16>(a).wrapping_add(fp.get::<i16>(b)))
                }
                Instr::SubI16 { dst, a, b } => {
                    fp.set::<i16>(dst, fp.get::<i16>(a).wrapping_sub(fp.get::<i16>(b)))
                }
                Instr::MulI16 { dst, a, b } => {
                    fp.set::<i16>(dst, fp.get::<i16>(a).wrapping_mul(fp.get::<i16>(b)))
                }
                Instr::AndI16 { dst, a, b } => {
                    fp.set::<i16>(dst, fp.get::<i16>(a) & fp.get::<i16>(b))
                }
                Instr::OrI16 { dst, a, b } => {
                    fp.set::<i16>(dst, fp.get::<i16>(a) | fp.get::<i16>(b))
                }
                Instr::XorI16 { dst, a, b } => {
                    fp.set::<i16>(dst, fp.get::<i16>(a) ^ fp.get::<i16>(b))
                }
                Instr::AndNotI16 { dst, a, b } => {
                    fp.set::<i16>(dst, fp.get::<i16>(a) & !fp.get::<i16>(b))
                }
                Instr::DivS16 { dst, a, b } => {
                    let y = fp.get::<i16>(b);
                    if y == 0 {
                        throw!(divide_error());
                    }
                    fp.set::<i16>(dst, fp.get::<i16>(a).wrapping_div(y))
                }
                Instr::RemS16 { dst, a, b } => {
                    let y = fp.get::<i16>(b);
                    if y == 0 {
                        throw!(divide_error());
                    }
                    fp.set::<i16>(dst, fp.get::<i16>(a).wrapping_rem(y))
                }
                Instr::DivU16 { dst, a, b } => {
                    let y = fp.get::<u16>(b);
                    if y == 0 {
                        throw!(divide_error());
                    }
                    fp.set::<u16>(dst, fp.get::<u16>(a) / y)
                }
                Instr::RemU16 { dst, a, b } => {
                    let y = fp.get::<u16>(b);
                    if y == 0 {
                        throw!(divide_error());
                    }
                    fp.set::<u16>(dst, fp.get::<u16>(a) % y)
                }
                Instr::Shl16 { dst, a, b } => {
                    let n = fp.get::<u64>(b);
                    fp.set::<u16>(dst, if n >= 16 { 0 } else { fp.get::<u16>(a) << n })
                }
                Instr::ShrU16 { dst, a, b } => {
                    let n = fp.get::<u64>(b);
                    fp.set::<u16>(dst, if n >= 16 { 0 } else { fp.get::<u16>(a) >> n })
                }
                Instr::ShrS16 { dst, a, b } => {
                    let n = fp.get::<u64>(b).min(15);
                    fp.set::<i16>(dst, fp.get::<i16>(a) >> n)
                }
                Instr::NegI16 { dst, a } => fp.set::<i16>(dst, fp.get::<i16>(a).wrapping_neg()),
                Instr::ComI16 { dst, a } => fp.set::<i16>(dst, !fp.get::<i16>(a)),
                Instr::EqI16 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<i16>(a) == fp.get::<i16>(b))
                }
                Instr::NeI16 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<i16>(a) != fp.get::<i16>(b))
                }
                Instr::LtS16 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<i16>(a) < fp.get::<i16>(b))
                }
                Instr::LeS16 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<i16>(a) <= fp.get::<i16>(b))
                }
                Instr::LtU16 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<u16>(a) < fp.get::<u16>(b))
                }
                Instr::LeU16 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<u16>(a) <= fp.get::<u16>(b))
                }
                Instr::AddI32 { dst, a, b } => {
                    fp.set::<i32>(dst, fp.get::<i32>(a).wrapping_add(fp.get::<i32>(b)))
                }
                Instr::SubI32 { dst, a, b } => {
                    fp.set::<i32>(dst, fp.get::<i32>(a).wrapping_sub(fp.get::<i32>(b)))
                }
                Instr::MulI32 { dst, a, b } => {
                    fp.set::<i32>(dst, fp.get::<i32>(a).wrapping_mul(fp.get::<i32>(b)))
                }
                Instr::AndI32 { dst, a, b } => {
                    fp.set::<i32>(dst, fp.get::<i32>(a) & fp.get::<i32>(b))
                }
                Instr::OrI32 { dst, a, b } => {
                    fp.set::<i32>(dst, fp.get::<i32>(a) | fp.get::<i32>(b))
                }
                Instr::XorI32 { dst, a, b } => {
                    fp.set::<i32>(dst, fp.get::<i32>(a) ^ fp.get::<i32>(b))
                }
                Instr::AndNotI32 { dst, a, b } => {
                    fp.set::<i32>(dst, fp.get::<i32>(a) & !fp.get::<i32>(b))
                }
                Instr::DivS32 { dst, a, b } => {
                    let y = fp.get::<i32>(b);
                    if y == 0 {
                        throw!(divide_error());
                    }
                    fp.set::<i32>(dst, fp.get::<i32>(a).wrapping_div(y))
                }
                Instr::RemS32 { dst, a, b } => {
                    let y = fp.get::<i32>(b);
                    if y == 0 {
                        throw!(divide_error());
                    }
                    fp.set::<i32>(dst, fp.get::<i32>(a).wrapping_rem(y))
                }
                Instr::DivU32 { dst, a, b } => {
                    let y = fp.get::<u32>(b);
                    if y == 0 {
                        throw!(divide_error());
                    }
                    fp.set::<u32>(dst, fp.get::<u32>(a) / y)
                }
                Instr::RemU32 { dst, a, b } => {
                    let y = fp.get::<u32>(b);
                    if y == 0 {
                        throw!(divide_error());
                    }
                    fp.set::<u32>(dst, fp.get::<u32>(a) % y)
                }
                Instr::Shl32 { dst, a, b } => {
                    let n = fp.get::<u64>(b);
                    fp.set::<u32>(dst, if n >= 32 { 0 } else { fp.get::<u32>(a) << n })
                }
                Instr::ShrU32 { dst, a, b } => {
                    let n = fp.get::<u64>(b);
                    fp.set::<u32>(dst, if n >= 32 { 0 } else { fp.get::<u32>(a) >> n })
                }
                Instr::ShrS32 { dst, a, b } => {
                    let n = fp.get::<u64>(b).min(31);
                    fp.set::<i32>(dst, fp.get::<i32>(a) >> n)
                }
                Instr::NegI32 { dst, a } => fp.set::<i32>(dst, fp.get::<i32>(a).wrapping_neg()),
                Instr::ComI32 { dst, a } => fp.set::<i32>(dst, !fp.get::<i32>(a)),
                Instr::EqI32 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<i32>(a) == fp.get::<i32>(b))
                }
                Instr::NeI32 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<i32>(a) != fp.get::<i32>(b))
                }
                Instr::LtS32 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<i32>(a) < fp.get::<i32>(b))
                }
                Instr::LeS32 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<i32>(a) <= fp.get::<i32>(b))
                }
                Instr::LtU32 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<u32>(a) < fp.get::<u32>(b))
                }
                Instr::LeU32 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<u32>(a) <= fp.get::<u32>(b))
                }
                Instr::AddI64 { dst, a, b } => {
                    fp.set::<i64>(dst, fp.get::<i64>(a).wrapping_add(fp.get::<i64>(b)))
                }
                Instr::SubI64 { dst, a, b } => {
                    fp.set::<i64>(dst, fp.get::<i64>(a).wrapping_sub(fp.get::<i64>(b)))
                }
                Instr::MulI64 { dst, a, b } => {
                    fp.set::<i64>(dst, fp.get::<i64>(a).wrapping_mul(fp.get::<i64>(b)))
                }
                Instr::AndI64 { dst, a, b } => {
                    fp.set::<i64>(dst, fp.get::<i64>(a) & fp.get::<i64>(b))
                }
                Instr::OrI64 { dst, a, b } => {
                    fp.set::<i64>(dst, fp.get::<i64>(a) | fp.get::<i64>(b))
                }
                Instr::XorI64 { dst, a, b } => {
                    fp.set::<i64>(dst, fp.get::<i64>(a) ^ fp.get::<i64>(b))
                }
                Instr::AndNotI64 { dst, a, b } => {
                    fp.set::<i64>(dst, fp.get::<i64>(a) & !fp.get::<i64>(b))
                }
                Instr::DivS64 { dst, a, b } => {
                    let y = fp.get::<i64>(b);
                    if y == 0 {
                        throw!(divide_error());
                    }
                    fp.set::<i64>(dst, fp.get::<i64>(a).wrapping_div(y))
                }
                Instr::RemS64 { dst, a, b } => {
                    let y = fp.get::<i64>(b);
                    if y == 0 {
                        throw!(divide_error());
                    }
                    fp.set::<i64>(dst, fp.get::<i64>(a).wrapping_rem(y))
                }
                Instr::DivU64 { dst, a, b } => {
                    let y = fp.get::<u64>(b);
                    if y == 0 {
                        throw!(divide_error());
                    }
                    fp.set::<u64>(dst, fp.get::<u64>(a) / y)
                }
                Instr::RemU64 { dst, a, b } => {
                    let y = fp.get::<u64>(b);
                    if y == 0 {
                        throw!(divide_error());
                    }
                    fp.set::<u64>(dst, fp.get::<u64>(a) % y)
                }
                Instr::Shl64 { dst, a, b } => {
                    let n = fp.get::<u64>(b);
                    fp.set::<u64>(dst, if n >= 64 { 0 } else { fp.get::<u64>(a) << n })
                }
                Instr::ShrU64 { dst, a, b } => {
                    let n = fp.get::<u64>(b);
                    fp.set::<u64>(dst, if n >= 64 { 0 } else { fp.get::<u64>(a) >> n })
                }
                Instr::ShrS64 { dst, a, b } => {
                    let n = fp.get::<u64>(b).min(63);
                    fp.set::<i64>(dst, fp.get::<i64>(a) >> n)
                }
                Instr::NegI64 { dst, a } => fp.set::<i64>(dst, fp.get::<i64>(a).wrapping_neg()),
                Instr::ComI64 { dst, a } => fp.set::<i64>(dst, !fp.get::<i64>(a)),
                Instr::EqI64 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<i64>(a) == fp.get::<i64>(b))
                }
                Instr::NeI64 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<i64>(a) != fp.get::<i64>(b))
                }
                Instr::LtS64 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<i64>(a) < fp.get::<i64>(b))
                }
                Instr::LeS64 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<i64>(a) <= fp.get::<i64>(b))
                }
                Instr::LtU64 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<u64>(a) < fp.get::<u64>(b))
                }
                Instr::LeU64 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<u64>(a) <= fp.get::<u64>(b))
                }
                Instr::AddF32 { dst, a, b } => {
                    fp.set::<f32>(dst, fp.get::<f32>(a) + fp.get::<f32>(b))
                }
                Instr::SubF32 { dst, a, b } => {
                    fp.set::<f32>(dst, fp.get::<f32>(a) - fp.get::<f32>(b))
                }
                Instr::MulF32 { dst, a, b } => {
                    fp.set::<f32>(dst, fp.get::<f32>(a) * fp.get::<f32>(b))
                }
                Instr::DivF32 { dst, a, b } => {
                    fp.set::<f32>(dst, fp.get::<f32>(a) / fp.get::<f32>(b))
                }
                Instr::NegF32 { dst, a } => fp.set::<f32>(dst, -fp.get::<f32>(a)),
                Instr::EqF32 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<f32>(a) == fp.get::<f32>(b))
                }
                Instr::NeF32 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<f32>(a) != fp.get::<f32>(b))
                }
                Instr::LtF32 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<f32>(a) < fp.get::<f32>(b))
                }
                Instr::LeF32 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<f32>(a) <= fp.get::<f32>(b))
                }
                Instr::MinF32 { dst, a, b } => {
                    fp.set::<f32>(dst, ops::go_min_f32(fp.get::<f32>(a), fp.get::<f32>(b)))
                }
                Instr::MaxF32 { dst, a, b } => {
                    fp.set::<f32>(dst, ops::go_max_f32(fp.get::<f32>(a), fp.get::<f32>(b)))
                }
                Instr::AddF64 { dst, a, b } => {
                    fp.set::<f64>(dst, fp.get::<f64>(a) + fp.get::<f64>(b))
                }
                Instr::SubF64 { dst, a, b } => {
                    fp.set::<f64>(dst, fp.get::<f64>(a) - fp.get::<f64>(b))
                }
                Instr::MulF64 { dst, a, b } => {
                    fp.set::<f64>(dst, fp.get::<f64>(a) * fp.get::<f64>(b))
                }
                Instr::DivF64 { dst, a, b } => {
                    fp.set::<f64>(dst, fp.get::<f64>(a) / fp.get::<f64>(b))
                }
                Instr::NegF64 { dst, a } => fp.set::<f64>(dst, -fp.get::<f64>(a)),
                Instr::EqF64 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<f64>(a) == fp.get::<f64>(b))
                }
                Instr::NeF64 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<f64>(a) != fp.get::<f64>(b))
                }
                Instr::LtF64 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<f64>(a) < fp.get::<f64>(b))
                }
                Instr::LeF64 { dst, a, b } => {
                    fp.set::<bool>(dst, fp.get::<f64>(a) <= fp.get::<f64>(b))
                }
                Instr::MinF64 { dst, a, b } => {
                    fp.set::<f64>(dst, ops::go_min_f64(fp.get::<f64>(a), fp.get::<f64>(b)))
                }
                Instr::MaxF64 { dst, a, b } => {
                    fp.set::<f64>(dst, ops::go_max_f64(fp.get::<f64>(a), fp.get::<f64>(b)))
                }
                Instr::AddImm64 { dst, a, imm } => {
                    fp.set::<i64>(dst, fp.get::<i64>(a).wrapping_add(imm as i64))
                }
                Instr::ShiftCheck { count } => {
                    if fp.get::<i64>(count) < 0 {
                        throw!(rt("negative shift amount"));
                    }
                }
                Instr::AddC64 { dst, a, b } => {
                    let (x, y) = (c64!(a), c64!(b));
                    fp.set::<[f32; 2]>(
                        dst,
                        [(x.0 as f32) + (y.0 as f32), (x.1 as f32) + (y.1 as f32)],
                    )
                }
                Instr::SubC64 { dst, a, b } => {
                    let (x, y) = (c64!(a), c64!(b));
                    fp.set::<[f32; 2]>(
                        dst,
                        [(x.0 as f32) - (y.0 as f32), (x.1 as f32) - (y.1 as f32)],
                    )
                }
                Instr::MulC64 { dst, a, b } => {
                    let (x, y) = (fp.get::<[f32; 2]>(a), fp.get::<[f32; 2]>(b));
                    fp.set::<[f32; 2]>(dst, [x[0] * y[0] - x[1] * y[1], x[0] * y[1] + x[1] * y[0]])
                }
                Instr::DivC64 { dst, a, b } => {
                    let r = ops::complex_div(c64!(a), c64!(b));
                    fp.set::<[f32; 2]>(dst, [r.0 as f32, r.1 as f32])
                }
                Instr::NegC64 { dst, a } => {
                    let x = fp.get::<[f32; 2]>(a);
                    fp.set::<[f32; 2]>(dst, [-x[0], -x[1]])
                }
                Instr::EqC64 { dst, a, b } => {
                    let (x, y) = (fp.get::<[f32; 2]>(a), fp.get::<[f32; 2]>(b));
                    fp.set::<bool>(dst, x[0] == y[0] && x[1] == y[1])
                }
                Instr::AddC128 { dst, a, b } => {
                    let (x, y) = (c128!(a), c128!(b));
                    fp.set::<[f64; 2]>(dst, [x.0 + y.0, x.1 + y.1])
                }
                Instr::SubC128 { dst, a, b } => {
                    let (x, y) = (c128!(a), c128!(b));
                    fp.set::<[f64; 2]>(dst, [x.0 - y.0, x.1 - y.1])
                }
                Instr::MulC128 { dst, a, b } => {
                    let r = ops::complex_mul(c128!(a), c128!(b));
                    fp.set::<[f64; 2]>(dst, [r.0, r.1])
                }
                Instr::DivC128 { dst, a, b } => {
                    let r = ops::complex_div(c128!(a), c128!(b));
                    fp.set::<[f64; 2]>(dst, [r.0, r.1])
                }
                Instr::NegC128 { dst, a } => {
                    let x = c128!(a);
                    fp.set::<[f64; 2]>(dst, [-x.0, -x.1])
                }
                Instr::EqC128 { dst, a, b } => {
                    let (x, y) = (c128!(a), c128!(b));
                    fp.set::<bool>(dst, x.0 == y.0 && x.1 == y.1)
                }
                Instr::Not { dst, a } => fp.set::<u8>(dst, (fp.get::<u8>(a) == 0) as u8),
                // Fast paths for the conversions hot loops use; Rust's `as`
                // agrees with Go for exactly these (round-to-nearest int ->
                // float, two's-complement truncation and sign/zero extension).
                Instr::Conv {
                    dst,
                    src,
                    from: NumKind::I64,
                    to: NumKind::F64,
                } => fp.set::<f64>(dst, fp.get::<i64>(src) as f64),
                Instr::Conv {
                    dst,
                    src,
                    from: NumKind::I32,
                    to: NumKind::I64,
                } => fp.set::<i64>(dst, fp.get::<i32>(src) as i64),
                Instr::Conv {
                    dst,
                    src,
                    from: NumKind::I64,
                    to: NumKind::I32 | NumKind::U32,
                } => fp.set::<u32>(dst, fp.get::<i64>(src) as u32),
                Instr::Conv {
                    dst,
                    src,
                    from: NumKind::U8,
                    to: NumKind::I64 | NumKind::U64,
                } => fp.set::<u64>(dst, fp.get::<u8>(src) as u64),
                Instr::Conv {
                    dst,
                    src,
                    from: NumKind::I64 | NumKind::U64,
                    to: NumKind::U8 | NumKind::I8,
                } => fp.set::<u8>(dst, fp.get::<u64>(src) as u8),
                Instr::Conv { dst, src, from, to } => {
                    match ops::convert(
                        {
                            let mut b = [0u8; 16];
                            mem::memmove(
                                b.as_mut_ptr() as usize,
                                fp.addr(src),
                                ops::num_width(from),
                            );
                            b
                        },
                        from,
                        to,
                    ) {
                        Num::I(i) => match ops::num_width(to) {
                            1 => fp.set::<u8>(dst, i as u8),
                            2 => fp.set::<u16>(dst, i as u16),
                            4 => fp.set::<u32>(dst, i as u32),
                            _ => fp.set::<i64>(dst, i),
                        },
                        Num::F32(f) => fp.set::<f32>(dst, f),
                        Num::F64(f) => fp.set::<f64>(dst, f),
                        Num::C64(r, i) => fp.set::<[f32; 2]>(dst, [r, i]),
                        Num::C128(r, i) => fp.set::<[f64; 2]>(dst, [r, i]),
                    }
                }
                Instr::Load1 { dst, ptr, off } => {
                    fp.set::<u8>(dst, load::<u8>(ptr!(ptr).wrapping_add(off as usize)))
                }
                Instr::Load2 { dst, ptr, off } => {
                    fp.set::<u16>(dst, load::<u16>(ptr!(ptr).wrapping_add(off as usize)))
                }
                Instr::Load4 { dst, ptr, off } => {
                    fp.set::<u32>(dst, load::<u32>(ptr!(ptr).wrapping_add(off as usize)))
                }
                Instr::Load8 { dst, ptr, off } => {
                    fp.set::<u64>(dst, load::<u64>(ptr!(ptr).wrapping_add(off as usize)))
                }
                Instr::Load16 { dst, ptr, off } => {
                    fp.set::<[u64; 2]>(dst, load::<[u64; 2]>(ptr!(ptr).wrapping_add(off as usize)))
                }
                Instr::Load24 { dst, ptr, off } => {
                    fp.set::<[u64; 3]>(dst, load::<[u64; 3]>(ptr!(ptr).wrapping_add(off as usize)))
                }
                Instr::LoadN {
                    dst,
                    ptr,
                    off,
                    size,
                } => {
                    let a = ptr!(ptr).wrapping_add(off as usize);
                    mem::memmove(fp.addr(dst), a, size as usize)
                }
                Instr::Store1 { ptr, off, src } => {
                    store::<u8>(ptr!(ptr).wrapping_add(off as usize), fp.get::<u8>(src))
                }
                Instr::Store2 { ptr, off, src } => {
                    store::<u16>(ptr!(ptr).wrapping_add(off as usize), fp.get::<u16>(src))
                }
                Instr::Store4 { ptr, off, src } => {
                    store::<u32>(ptr!(ptr).wrapping_add(off as usize), fp.get::<u32>(src))
                }
                Instr::Store8 { ptr, off, src } => {
                    store::<u64>(ptr!(ptr).wrapping_add(off as usize), fp.get::<u64>(src))
                }
                Instr::StoreP { ptr, off, src } => {
                    store_ptr(ptr!(ptr).wrapping_add(off as usize), fp.get::<usize>(src));
                    echk!();
                }
                Instr::StoreT { ptr, off, src, typ } => {
                    let a = ptr!(ptr).wrapping_add(off as usize);
                    self.typed_copy(prog.rtype(typ), a, fp.addr(src), 1);
                    echk!();
                }
                Instr::PtrAdd { dst, ptr, off } => {
                    fp.set::<usize>(dst, ptr!(ptr).wrapping_add(off as usize))
                }
                Instr::IndexAddr {
                    dst,
                    base,
                    idx,
                    len,
                    elem,
                } => {
                    let (i, l) = (fp.get::<i64>(idx), fp.get::<i64>(len));
                    if (i as u64) >= (l as u64) {
                        throw!(index_error(i, l));
                    }
                    fp.set::<usize>(
                        dst,
                        fp.get::<usize>(base)
                            .wrapping_add(i as usize * elem as usize),
                    )
                }
                Instr::IndexAddrK {
                    dst,
                    base,
                    idx,
                    len,
                    elem,
                } => {
                    let i = fp.get::<i64>(idx);
                    if (i as u64) >= len as u64 {
                        throw!(index_error(i, len as i64));
                    }
                    fp.set::<usize>(
                        dst,
                        fp.get::<usize>(base)
                            .wrapping_add(i as usize * elem as usize),
                    )
                }
                Instr::CheckNil { ptr } => {
                    ptr!(ptr);
                }
                Instr::MemEq { dst, a, b, typ } => {
                    let r = tryv!(crate::value::equal(
                        prog,
                        prog.rtype(typ),
                        fp.addr(a) as *const u8,
                        fp.addr(b) as *const u8
                    ));
                    fp.set::<bool>(dst, r)
                }
                Instr::New { dst, typ } => {
                    let p = self.alloc_type(typ, 1);
                    fp.set::<usize>(dst, p)
                }
                Instr::MakeSlice {
                    dst,
                    elem,
                    len,
                    cap,
                } => {
                    let (l, c) = (fp.get::<i64>(len), fp.get::<i64>(cap));
                    let r = tryv!(self.make_slice(elem, l, c, None));
                    fp.set::<GoSlice>(dst, r)
                }
                Instr::MakeMap { dst, typ, hint } => {
                    let h = fp.get::<i64>(hint);
                    let m = tryv!(crate::maps::make(self, typ, h, None));
                    fp.set::<usize>(dst, m)
                }
                Instr::MakeMapFrame {
                    dst,
                    typ,
                    hint,
                    buf,
                } => {
                    let h = fp.get::<i64>(hint);
                    let m = tryv!(crate::maps::make(self, typ, h, Some(fp.addr(buf))));
                    fp.set::<usize>(dst, m)
                }
                Instr::MakeClosure {
                    dst,
                    func,
                    typ,
                    caps,
                } => {
                    let t = prog.rtype(typ);
                    let p = if t.size <= 8 {
                        // Captures nothing: still a fresh one-word object.
                        self.alloc_type(typ, 1)
                    } else {
                        self.alloc_type(typ, 1)
                    };
                    store::<u64>(p, func.0 as u64);
                    let n = t.size as usize - 8;
                    if n > 0 {
                        let src = fp.addr(caps);
                        for w in 1..t.size as usize / 8 {
                            if t.ptrs.get(w as u32) {
                                store_ptr(p + w * 8, load::<usize>(src + (w - 1) * 8));
                            } else {
                                store::<u64>(p + w * 8, load::<u64>(src + (w - 1) * 8));
                            }
                        }
                    }
                    echk!();
                    fp.set::<usize>(dst, p)
                }
                Instr::MakeIface { dst, src, typ } => {
                    let t = prog.rtype(typ);
                    let data = if t.pointer_shaped {
                        fp.get::<usize>(src)
                    } else if t.size == 0 {
                        zero_base()
                    } else {
                        let b = self.alloc_type(typ, 1);
                        self.typed_copy(t, b, fp.addr(src), 1);
                        echk!();
                        b
                    };
                    fp.set::<Iface>(
                        dst,
                        Iface {
                            typ: prog.rtype_addr(typ),
                            data,
                        },
                    )
                }
                Instr::StrConcat { dst, first, n } => {
                    let mut total = 0usize;
                    let mut nonempty = 0;
                    let mut last = GoString::default();
                    for i in 0..n {
                        let s = fp.get::<GoString>(frontend::bytecode::Reg(first.0 + 16 * i));
                        total += s.len;
                        if s.len > 0 {
                            nonempty += 1;
                            last = s;
                        }
                    }
                    let r = if nonempty <= 1 {
                        last
                    } else {
                        let p = self.alloc_bytes(total);
                        let mut at = p;
                        for i in 0..n {
                            let s = fp.get::<GoString>(frontend::bytecode::Reg(first.0 + 16 * i));
                            mem::memmove(at, s.ptr, s.len);
                            at += s.len;
                        }
                        GoString { ptr: p, len: total }
                    };
                    fp.set::<GoString>(dst, r)
                }
                Instr::StrEq { dst, a, b } => {
                    let (x, y) = (fp.get::<GoString>(a), fp.get::<GoString>(b));
                    fp.set::<bool>(
                        dst,
                        x.len == y.len && mem::bytes(x.ptr, x.len) == mem::bytes(y.ptr, y.len),
                    )
                }
                Instr::StrNe { dst, a, b } => {
                    let (x, y) = (fp.get::<GoString>(a), fp.get::<GoString>(b));
                    fp.set::<bool>(
                        dst,
                        !(x.len == y.len && mem::bytes(x.ptr, x.len) == mem::bytes(y.ptr, y.len)),
                    )
                }
                Instr::StrLt { dst, a, b } => {
                    let (x, y) = (fp.get::<GoString>(a), fp.get::<GoString>(b));
                    fp.set::<bool>(dst, mem::bytes(x.ptr, x.len) < mem::bytes(y.ptr, y.len))
                }
                Instr::StrLe { dst, a, b } => {
                    let (x, y) = (fp.get::<GoString>(a), fp.get::<GoString>(b));
                    fp.set::<bool>(dst, mem::bytes(x.ptr, x.len) <= mem::bytes(y.ptr, y.len))
                }
                Instr::StrIndex { dst, s, idx } => {
                    let (x, i) = (fp.get::<GoString>(s), fp.get::<i64>(idx));
                    if (i as u64) >= x.len as u64 {
                        throw!(index_error(i, x.len as i64));
                    }
                    fp.set::<u8>(dst, load::<u8>(x.ptr + i as usize))
                }
                Instr::StrReslice { dst, src, args } => {
                    let x = fp.get::<GoString>(src);
                    let lo = fp.get::<i64>(args);
                    let hi = fp.get::<i64>(frontend::bytecode::Reg(args.0 + 8));
                    tryv!(ops::check_slice2(lo, hi, x.len as i64, "length"));
                    let len = (hi - lo) as usize;
                    let ptr = if len == 0 { x.ptr } else { x.ptr + lo as usize };
                    fp.set::<GoString>(dst, GoString { ptr, len })
                }
                Instr::StrFromBytes { dst, src } => {
                    let r = self.str_from_bytes(fp.get::<GoSlice>(src), None);
                    fp.set::<GoString>(dst, r)
                }
                Instr::BytesFromStr { dst, src } => {
                    let r = self.bytes_from_str(fp.get::<GoString>(src), None);
                    fp.set::<GoSlice>(dst, r)
                }
                Instr::StrFromRunes { dst, src } => {
                    let r = self.str_from_runes(fp.get::<GoSlice>(src), None);
                    fp.set::<GoString>(dst, r)
                }
                Instr::RunesFromStr { dst, src } => {
                    let r = self.runes_from_str(fp.get::<GoString>(src), None);
                    fp.set::<GoSlice>(dst, r)
                }
                Instr::StrFromRune { dst, src } => {
                    let mut out = Vec::with_capacity(4);
                    ops::encode_rune(fp.get::<i64>(src), &mut out);
                    let r = self.new_string(&out);
                    fp.set::<GoString>(dst, r)
                }
                Instr::StrNextRune { rune, next, s, idx } => {
                    let x = fp.get::<GoString>(s);
                    let i = fp.get::<i64>(idx) as usize;
                    let (r, w) = ops::decode_rune(mem::bytes(x.ptr, x.len), i);
                    fp.set::<i32>(rune, r);
                    fp.set::<i64>(next, (i + w) as i64)
                }
                // Frame-local allocation (escape analysis): the object or
                // buffer is a frame region the code generator reserved.
                Instr::MakeIfaceFrame { dst, obj, typ } => fp.set::<Iface>(
                    dst,
                    Iface {
                        typ: prog.rtype_addr(typ),
                        data: fp.addr(obj),
                    },
                ),
                Instr::MakeSliceBuf {
                    dst,
                    elem,
                    len,
                    cap,
                    buf,
                }
                | Instr::MakeSliceFrame {
                    dst,
                    elem,
                    len,
                    cap,
                    buf,
                } => {
                    let (l, c) = (fp.get::<i64>(len), fp.get::<i64>(cap));
                    // MakeSliceFrame's array was sized for the constant cap;
                    // MakeSliceBuf's buffer holds frame_buf_elems elements.
                    let room = if matches!(ins, Instr::MakeSliceFrame { .. }) {
                        c as u64
                    } else {
                        frontend::bytecode::frame_buf_elems(prog.rtype(elem).size)
                    };
                    let r = tryv!(self.make_slice(elem, l, c, Some((fp.addr(buf), room))));
                    fp.set::<GoSlice>(dst, r)
                }
                Instr::StrConcatBuf { dst, first, n, buf } => {
                    let part =
                        |i: u32| fp.get::<GoString>(frontend::bytecode::Reg(first.0 + 16 * i));
                    let (mut total, mut nonempty, mut last) = (0usize, 0, GoString::default());
                    for i in 0..n {
                        let s = part(i);
                        total += s.len;
                        if s.len > 0 {
                            nonempty += 1;
                            last = s;
                        }
                    }
                    let r = if nonempty <= 1 {
                        last
                    } else {
                        let p = if total <= FRAME_BUF {
                            fp.addr(buf)
                        } else {
                            self.alloc_bytes(total)
                        };
                        let mut at = p;
                        for i in 0..n {
                            let s = part(i);
                            mem::memmove(at, s.ptr, s.len);
                            at += s.len;
                        }
                        GoString { ptr: p, len: total }
                    };
                    fp.set::<GoString>(dst, r)
                }
                Instr::StrFromBytesBuf { dst, src, buf } => {
                    let r = self.str_from_bytes(fp.get::<GoSlice>(src), Some(fp.addr(buf)));
                    fp.set::<GoString>(dst, r)
                }
                Instr::BytesFromStrBuf { dst, src, buf } => {
                    let r = self.bytes_from_str(fp.get::<GoString>(src), Some(fp.addr(buf)));
                    fp.set::<GoSlice>(dst, r)
                }
                Instr::StrFromRunesBuf { dst, src, buf } => {
                    let r = self.str_from_runes(fp.get::<GoSlice>(src), Some(fp.addr(buf)));
                    fp.set::<GoString>(dst, r)
                }
                Instr::StrFromRuneBuf { dst, src, buf } => {
                    let mut out = Vec::with_capacity(4);
                    ops::encode_rune(fp.get::<i64>(src), &mut out);
                    let p = fp.addr(buf);
                    mem::memmove(p, out.as_ptr() as usize, out.len());
                    fp.set::<GoString>(
                        dst,
                        GoString {
                            ptr: p,
                            len: out.len(),
                        },
                    )
                }
                Instr::AppendBuf {
                    dst,
                    vals,
                    n,
                    elem,
                    buf,
                } => {
                    let s = fp.get::<GoSlice>(dst);
                    let r =
                        tryv!(self.append_buf(s, fp.addr(vals), n as usize, elem, fp.addr(buf)));
                    echk!();
                    fp.set::<GoSlice>(dst, r)
                }
                Instr::AppendSliceBuf {
                    dst,
                    a,
                    b,
                    elem,
                    buf,
                } => {
                    let s = fp.get::<GoSlice>(a);
                    let t = fp.get::<GoString>(b);
                    let r = tryv!(self.append_buf(s, t.ptr, t.len, elem, fp.addr(buf)));
                    echk!();
                    fp.set::<GoSlice>(dst, r)
                }
                Instr::RunesFromStrBuf { dst, src, buf } => {
                    let r = self.runes_from_str(fp.get::<GoString>(src), Some(fp.addr(buf)));
                    fp.set::<GoSlice>(dst, r)
                }
                Instr::Reslice {
                    dst,
                    src,
                    args,
                    elem,
                    flags,
                } => {
                    let s = fp.get::<GoSlice>(src);
                    let lo = fp.get::<i64>(args);
                    let hi = fp.get::<i64>(frontend::bytecode::Reg(args.0 + 8));
                    let what = if flags & 2 != 0 { "length" } else { "capacity" };
                    let (len, cap) = if flags & 1 != 0 {
                        let max = fp.get::<i64>(frontend::bytecode::Reg(args.0 + 16));
                        tryv!(ops::check_slice3(lo, hi, max, s.cap as i64, what));
                        (hi - lo, max - lo)
                    } else {
                        tryv!(ops::check_slice2(lo, hi, s.cap as i64, what));
                        (hi - lo, s.cap as i64 - lo)
                    };
                    let ptr = if cap == 0 {
                        s.ptr
                    } else {
                        s.ptr + lo as usize * elem as usize
                    };
                    fp.set::<GoSlice>(
                        dst,
                        GoSlice {
                            ptr,
                            len: len as usize,
                            cap: cap as usize,
                        },
                    )
                }
                Instr::Append {
                    dst,
                    src,
                    vals,
                    n,
                    elem,
                } => {
                    let s = fp.get::<GoSlice>(src);
                    let r = tryv!(self.append(s, fp.addr(vals), n as usize, elem));
                    echk!();
                    fp.set::<GoSlice>(dst, r)
                }
                Instr::AppendSlice { dst, a, b, elem } => {
                    let s = fp.get::<GoSlice>(a);
                    let t = fp.get::<GoString>(b);
                    let r = tryv!(self.append(s, t.ptr, t.len, elem));
                    echk!();
                    fp.set::<GoSlice>(dst, r)
                }
                Instr::Copy { dst, a, b, elem } => {
                    let s = fp.get::<GoSlice>(a);
                    let t = fp.get::<GoString>(b);
                    let n = s.len.min(t.len);
                    self.typed_copy(prog.rtype(elem), s.ptr, t.ptr, n);
                    echk!();
                    fp.set::<i64>(dst, n as i64)
                }
                Instr::ClearSlice { s, elem } => {
                    let x = fp.get::<GoSlice>(s);
                    self.typed_zero(prog.rtype(elem), x.ptr, x.len)
                }
                Instr::MapGet { dst, m, key, typ } => {
                    tryv!(crate::maps::get(
                        self,
                        typ,
                        fp.get::<usize>(m),
                        fp.addr(key),
                        fp.addr(dst),
                        None
                    ))
                }
                Instr::MapGet2 {
                    dst,
                    ok,
                    m,
                    key,
                    typ,
                } => {
                    tryv!(crate::maps::get(
                        self,
                        typ,
                        fp.get::<usize>(m),
                        fp.addr(key),
                        fp.addr(dst),
                        Some(fp.addr(ok))
                    ))
                }
                Instr::MapSet { m, key, val, typ } => {
                    tryv!(crate::maps::set(
                        self,
                        typ,
                        fp.get::<usize>(m),
                        fp.addr(key),
                        fp.addr(val)
                    ));
                    echk!();
                }
                Instr::MapDelete { m, key, typ } => tryv!(crate::maps::delete(
                    self,
                    typ,
                    fp.get::<usize>(m),
                    fp.addr(key)
                )),
                Instr::MapLen { dst, m } => {
                    let n = crate::maps::len(fp.get::<usize>(m));
                    fp.set::<i64>(dst, n as i64)
                }
                Instr::MapClear { m, typ } => {
                    tryv!(crate::maps::clear(self, typ, fp.get::<usize>(m)))
                }
                Instr::MapIterInit { it, m, typ } => {
                    tryv!(crate::maps::iter_init(
                        self,
                        typ,
                        fp.get::<usize>(m),
                        fp.addr(it)
                    ))
                }
                Instr::MapIterNext { it, key, val, done } => {
                    let k = if key == NONE_REG {
                        None
                    } else {
                        Some(fp.addr(key))
                    };
                    let v = if val == NONE_REG {
                        None
                    } else {
                        Some(fp.addr(val))
                    };
                    if !tryv!(crate::maps::iter_next(self, fp.addr(it), k, v)) {
                        pc = done.0 as usize;
                    }
                }
                Instr::IfaceEq { dst, a, b } => {
                    let r = tryv!(crate::value::iface_equal(
                        prog,
                        fp.addr(a) as *const u8,
                        fp.addr(b) as *const u8
                    ));
                    fp.set::<bool>(dst, r)
                }
                Instr::TypeIs { dst, src, typ } => {
                    fp.set::<bool>(dst, fp.get::<usize>(src) == prog.rtype_addr(typ))
                }
                Instr::Implements { dst, src, iface } => {
                    let t = fp.get::<usize>(src);
                    let r = t != 0 && self.missing_method(t, iface).is_none();
                    fp.set::<bool>(dst, r)
                }
                Instr::TypeAssert {
                    dst,
                    src,
                    typ,
                    stat,
                } => {
                    let v = fp.get::<Iface>(src);
                    let t = prog.rtype(typ);
                    if v.typ != prog.rtype_addr(typ) {
                        let st = &prog.rtype(stat).string;
                        let msg = if v.typ == 0 {
                            format!("interface conversion: {st} is nil, not {}", t.string)
                        } else {
                            let dt = prog.rtype_at(v.typ);
                            if dt.string == t.string {
                                format!(
                                    "interface conversion: {st} is {}, not {} (types from different scopes)",
                                    dt.string, t.string
                                )
                            } else {
                                format!(
                                    "interface conversion: {st} is {}, not {}",
                                    dt.string, t.string
                                )
                            }
                        };
                        throw!(rt(msg));
                    }
                    if t.pointer_shaped {
                        fp.set::<usize>(dst, v.data)
                    } else {
                        mem::memmove(fp.addr(dst), v.data, t.size as usize)
                    }
                }
                Instr::TypeAssertOk { dst, ok, src, typ } => {
                    let v = fp.get::<Iface>(src);
                    let t = prog.rtype(typ);
                    let good = v.typ == prog.rtype_addr(typ);
                    if !good {
                        fp.zero(dst, t.size as usize)
                    } else if t.pointer_shaped {
                        fp.set::<usize>(dst, v.data)
                    } else {
                        mem::memmove(fp.addr(dst), v.data, t.size as usize)
                    }
                    fp.set::<bool>(ok, good)
                }
                Instr::AssertIface {
                    dst,
                    src,
                    iface,
                    stat,
                } => {
                    let v = fp.get::<Iface>(src);
                    tryv!(self.assert_iface(v, iface, stat));
                    fp.set::<Iface>(dst, v)
                }
                Instr::AssertIfaceOk {
                    dst,
                    ok,
                    src,
                    iface,
                } => {
                    let v = fp.get::<Iface>(src);
                    let good = v.typ != 0 && self.missing_method(v.typ, iface).is_none();
                    fp.set::<Iface>(dst, if good { v } else { Iface::default() });
                    fp.set::<bool>(ok, good)
                }
                Instr::Jmp { target } => pc = target.0 as usize,
                Instr::JmpBack { target } => {
                    pc = target.0 as usize;
                    safepoint!();
                }
                Instr::JmpIf { cond, target } => {
                    if fp.get::<u8>(cond) != 0 {
                        pc = target.0 as usize
                    }
                }
                Instr::JmpIfNot { cond, target } => {
                    if fp.get::<u8>(cond) == 0 {
                        pc = target.0 as usize
                    }
                }
                Instr::JmpLtS64 { a, b, target } => {
                    if fp.get::<i64>(a) < fp.get::<i64>(b) {
                        pc = target.0 as usize
                    }
                }
                Instr::JmpLeS64 { a, b, target } => {
                    if fp.get::<i64>(a) <= fp.get::<i64>(b) {
                        pc = target.0 as usize
                    }
                }
                Instr::JmpEqI64 { a, b, target } => {
                    if fp.get::<u64>(a) == fp.get::<u64>(b) {
                        pc = target.0 as usize
                    }
                }
                Instr::JmpNeI64 { a, b, target } => {
                    if fp.get::<u64>(a) != fp.get::<u64>(b) {
                        pc = target.0 as usize
                    }
                }
                Instr::JmpLtImm64 { a, imm, target } => {
                    if fp.get::<i64>(a) < imm as i64 {
                        pc = target.0 as usize
                    }
                }
                Instr::JmpGeImm64 { a, imm, target } => {
                    if fp.get::<i64>(a) >= imm as i64 {
                        pc = target.0 as usize
                    }
                }
                Instr::SliceLoad { dst, s, idx, size } => {
                    let x = fp.get::<GoSlice>(s);
                    let i = fp.get::<i64>(idx);
                    if (i as u64) >= x.len as u64 {
                        throw!(index_error(i, x.len as i64));
                    }
                    let a = x.ptr + i as usize * size as usize;
                    match size {
                        1 => fp.set::<u8>(dst, load::<u8>(a)),
                        2 => fp.set::<u16>(dst, load::<u16>(a)),
                        4 => fp.set::<u32>(dst, load::<u32>(a)),
                        8 => fp.set::<u64>(dst, load::<u64>(a)),
                        _ => mem::memmove(fp.addr(dst), a, size as usize),
                    }
                }
                Instr::SqrtF64 { dst, a } => fp.set::<f64>(dst, fp.get::<f64>(a).sqrt()),
                Instr::AddImmF64 { dst, a, imm } => {
                    fp.set::<f64>(dst, fp.get::<f64>(a) + f64::from_bits(imm.0))
                }
                Instr::MulImmF64 { dst, a, imm } => {
                    fp.set::<f64>(dst, fp.get::<f64>(a) * f64::from_bits(imm.0))
                }
                Instr::DivImmF64 { dst, a, imm } => {
                    fp.set::<f64>(dst, fp.get::<f64>(a) / f64::from_bits(imm.0))
                }
                Instr::RSubImmF64 { dst, a, imm } => {
                    fp.set::<f64>(dst, f64::from_bits(imm.0) - fp.get::<f64>(a))
                }
                Instr::RDivImmF64 { dst, a, imm } => {
                    fp.set::<f64>(dst, f64::from_bits(imm.0) / fp.get::<f64>(a))
                }
                Instr::MulAddF64 { dst, a, b, c } => {
                    let p = fp.get::<f64>(b) * fp.get::<f64>(c);
                    fp.set::<f64>(dst, fp.get::<f64>(a) + p)
                }
                Instr::MulSubF64 { dst, a, b, c } => {
                    let p = fp.get::<f64>(b) * fp.get::<f64>(c);
                    fp.set::<f64>(dst, fp.get::<f64>(a) - p)
                }
                Instr::MulImm64 { dst, a, imm } => {
                    fp.set::<i64>(dst, fp.get::<i64>(a).wrapping_mul(imm as i64))
                }
                Instr::DivSImm64 { dst, a, imm } => {
                    if imm == 0 {
                        throw!(divide_error());
                    }
                    fp.set::<i64>(dst, fp.get::<i64>(a).wrapping_div(imm as i64))
                }
                Instr::JmpBackLtS64 { a, b, target } => {
                    if fp.get::<i64>(a) < fp.get::<i64>(b) {
                        pc = target.0 as usize;
                        safepoint!();
                    }
                }
                Instr::JmpBackLeS64 { a, b, target } => {
                    if fp.get::<i64>(a) <= fp.get::<i64>(b) {
                        pc = target.0 as usize;
                        safepoint!();
                    }
                }
                Instr::JmpBackLtImm64 { a, imm, target } => {
                    if fp.get::<i64>(a) < imm as i64 {
                        pc = target.0 as usize;
                        safepoint!();
                    }
                }
                Instr::JmpBackGeImm64 { a, imm, target } => {
                    if fp.get::<i64>(a) >= imm as i64 {
                        pc = target.0 as usize;
                        safepoint!();
                    }
                }
                Instr::IncJmpBackLt { i, imm, n, target } => {
                    let v = fp.get::<i64>(i).wrapping_add(imm as i64);
                    fp.set::<i64>(i, v);
                    if v < fp.get::<i64>(n) {
                        pc = target.0 as usize;
                        safepoint!();
                    }
                }
                Instr::MulAddSliceF64 { dst, a, b, s, idx } => {
                    let x = fp.get::<GoSlice>(s);
                    let i = fp.get::<i64>(idx);
                    if (i as u64) >= x.len as u64 {
                        throw!(index_error(i, x.len as i64));
                    }
                    let p = fp.get::<f64>(b) * load::<f64>(x.ptr + i as usize * 8);
                    fp.set::<f64>(dst, fp.get::<f64>(a) + p)
                }
                Instr::ConvI64F64 { dst, src } => fp.set::<f64>(dst, fp.get::<i64>(src) as f64),
                Instr::AddF64M { dst, a, ptr, off } => {
                    let y = load::<f64>(ptr!(ptr).wrapping_add(off as usize));
                    fp.set::<f64>(dst, fp.get::<f64>(a) + y)
                }
                Instr::SubF64M { dst, a, ptr, off } => {
                    let y = load::<f64>(ptr!(ptr).wrapping_add(off as usize));
                    fp.set::<f64>(dst, fp.get::<f64>(a) - y)
                }
                Instr::MulF64M { dst, a, ptr, off } => {
                    let y = load::<f64>(ptr!(ptr).wrapping_add(off as usize));
                    fp.set::<f64>(dst, fp.get::<f64>(a) * y)
                }
                Instr::MulAddF64Mem { ptr, off, b, c } => {
                    let a = ptr!(ptr).wrapping_add(off as usize);
                    let p = fp.get::<f64>(b) * fp.get::<f64>(c);
                    store::<f64>(a, load::<f64>(a) + p)
                }
                Instr::MulSubF64Mem { ptr, off, b, c } => {
                    let a = ptr!(ptr).wrapping_add(off as usize);
                    let p = fp.get::<f64>(b) * fp.get::<f64>(c);
                    store::<f64>(a, load::<f64>(a) - p)
                }
                Instr::AddAddImm64 { dst, a, b, imm } => fp.set::<i64>(
                    dst,
                    fp.get::<i64>(a)
                        .wrapping_add(fp.get::<i64>(b))
                        .wrapping_add(imm as i64),
                ),
                Instr::SliceToArrayPtr { dst, src, len } => {
                    let s = fp.get::<GoSlice>(src);
                    if s.len < len as usize {
                        throw!(rt(format!(
                            "cannot convert slice with length {} to array or pointer to array with length {len}",
                            s.len
                        )));
                    }
                    fp.set::<usize>(dst, s.ptr)
                }
                Instr::Call { func, base: b } => enter!(func.0, b, 0),
                Instr::CallClosure { fv, base: b } => {
                    let c = ptr!(fv);
                    let f = load::<u64>(c);
                    if f as usize >= funcs.len() {
                        throw!(Unwind::Fatal("bad func value".into()));
                    }
                    enter!(f as u32, b, c)
                }
                Instr::CallIface {
                    iface,
                    method,
                    base: b,
                } => {
                    let v = fp.get::<Iface>(iface);
                    if v.typ == 0 {
                        throw!(nil_deref());
                    }
                    let Some(f) = prog.find_method(v.typ, method) else {
                        let name = prog
                            .module
                            .method_names
                            .get(method as usize)
                            .cloned()
                            .unwrap_or_default();
                        throw!(Unwind::Fatal(format!(
                            "method {name} not found for {}",
                            prog.rtype_at(v.typ).string
                        )));
                    };
                    fp.set::<usize>(b, v.data);
                    enter!(f.0, b, 0)
                }
                Instr::Ret {} => {
                    #[cfg(feature = "escape-check")]
                    self.escape_check_ret();
                    echk!();
                    let Some(r) = self.g.recs.pop() else {
                        return Ok(());
                    };
                    if self.g.recs.len() <= base {
                        return Ok(());
                    }
                    pc = r.ret_pc as usize;
                    reload!();
                }
                Instr::Defer { fv } => {
                    let depth = self.g.recs.len() - 1;
                    self.g.defers.push(DeferRec {
                        fv: fp.get::<usize>(fv),
                        depth,
                    });
                }
                Instr::RunDefers {} => {
                    let depth = self.g.recs.len() - 1;
                    while let Some(&d) = self.g.defers.last() {
                        if d.depth != depth {
                            break;
                        }
                        self.g.defers.pop();
                        self.g.pc = pc;
                        let r = self.call_closure(d.fv, &[], &mut []);
                        reload!();
                        tryv!(r);
                    }
                }
                Instr::Panic { val } => {
                    let v = fp.get::<Iface>(val);
                    if v.typ == 0 {
                        throw!(rt("panic called with nil argument"));
                    }
                    #[cfg(feature = "escape-check")]
                    crate::escape_check::check_panic_value(v.data);
                    echk!();
                    throw!(Unwind::Panic(v));
                }
                Instr::Recover { dst } => {
                    let v = self.recover();
                    fp.set::<Iface>(dst, v)
                }
                Instr::Go { fv } => {
                    let f = fp.get::<usize>(fv);
                    let cur = self.g.recs.last().map_or(0, |r| r.func);
                    tryv!(self.spawn(f, (cur, (pc - 1) as u32)));
                }
                Instr::MakeChan { dst, elem, size } => {
                    let c = tryv!(crate::chan::make(self, elem, fp.get::<i64>(size)));
                    fp.set::<usize>(dst, c);
                }
                Instr::ChanSend { ch, src } => {
                    chan_op!(crate::chan::send(self, fp.get::<usize>(ch), fp.addr(src)));
                    echk!();
                }
                Instr::ChanRecv { dst, ch, ok } => {
                    let d = (dst != NONE_REG).then(|| fp.addr(dst));
                    let (_, v) = chan_op!(crate::chan::recv(self, fp.get::<usize>(ch), d));
                    if ok != NONE_REG {
                        fp.set::<bool>(ok, v);
                    }
                    echk!();
                }
                Instr::ChanClose { ch } => {
                    tryv!(crate::chan::close(self, fp.get::<usize>(ch)));
                    echk!();
                }
                Instr::ChanLen { dst, ch } => {
                    fp.set::<i64>(dst, crate::chan::len(fp.get::<usize>(ch)))
                }
                Instr::ChanCap { dst, ch } => {
                    fp.set::<i64>(dst, crate::chan::cap(fp.get::<usize>(ch)))
                }
                Instr::Select {
                    dst,
                    cases,
                    n,
                    ok,
                    block,
                } => {
                    let f = fp.0 as usize;
                    let (i, v) = chan_op!(crate::chan::select(
                        self,
                        f,
                        fp.addr(cases),
                        n as usize,
                        block != 0
                    ));
                    fp.set::<i64>(dst, i);
                    if ok != NONE_REG {
                        fp.set::<bool>(ok, v);
                    }
                    echk!();
                }
                Instr::PrintVal { src, typ } => {
                    let s = self.print_value(prog.rtype(typ), fp.addr(src));
                    self.write_stderr(s.as_bytes());
                }
                Instr::PrintSp {} => self.write_stderr(b" "),
                Instr::PrintNl {} => self.write_stderr(b"\n"),
                Instr::Unreachable {} => throw!(Unwind::Fatal("unreachable code reached".into())),
            }
        }
    }
}
