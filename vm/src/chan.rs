//! Channels and select (Go's runtime/chan.go and select.go).
//!
//! A channel value is the address of a heap object (`ChanWord` offsets
//! below): the buffer pointer (the only pointer word: the buffer is a heap
//! array of the element type, so the collector keeps buffered values
//! alive), capacity, count, send and receive indices, the closed flag, the
//! element type, and two intrusive queues of waiting goroutines' `Sudog`s.
//! A sudog lives inside its goroutine (`G::sudogs`) and does not move while
//! the goroutine waits, so queue links are plain Rust pointers.
//!
//! Locks. Each channel is guarded by one of `STRIPES` mutexes chosen by its
//! address (no lock inside GC memory; a select locks the distinct stripes
//! of its channels in index order, Go's lockorder).
//!
//! A waiting goroutine's value slot is named by its offset from the
//! goroutine's stack base: a waker copies straight into (or out of) the
//! waiter's frame at `stack.base() + offset`, as Go does through
//! `sudog.elem`. That is sound because a waiting goroutine's stack moves
//! only while the world is stopped, when no waker runs.
//!
//! Select. Cases are polled in a random order; if none is ready the
//! goroutine queues a sudog on every channel and parks. The first waker to
//! win `G::select_done` fires it and records the case (`G::fired`); wakers
//! that lose skip the stale sudog. The resumed goroutine re-executes its
//! instruction (`G::resumed`), which unlinks the other sudogs and finishes.

use frontend::bytecode::{RtType, RtTypeId, SELECT_RECV};
use parking_lot::{Mutex, MutexGuard};
use std::sync::atomic::Ordering::*;

use crate::interp::Vm;
use crate::mem::{load, store, store_ptr};
use crate::native::Unwind;
use crate::ops::rt;
use crate::sched::{GRef, WaitReason, G_PARKING};

// Word offsets of the channel object.
const BUF: usize = 0;
const CAP: usize = 8;
const COUNT: usize = 16;
const SENDX: usize = 24;
const RECVX: usize = 32;
const CLOSED: usize = 40;
const ELEM: usize = 48;
const RECVQ: usize = 56; // head, tail
const SENDQ: usize = 72; // head, tail
const CHAN_SIZE: usize = 88;

/// No value slot (a receive that discards its value).
pub const NO_ELEM: usize = usize::MAX;

const STRIPES: usize = 256;
static LOCKS: [Mutex<()>; STRIPES] = [const { Mutex::new(()) }; STRIPES];

fn stripe(ch: usize) -> usize {
    (ch >> 4).wrapping_mul(0x9E37_79B9) >> 8 & (STRIPES - 1)
}

fn lock(ch: usize) -> MutexGuard<'static, ()> {
    LOCKS[stripe(ch)].lock()
}

/// A goroutine waiting on a channel.
pub struct Sudog {
    next: *mut Sudog,
    prev: *mut Sudog,
    pub g: GRef,
    /// Offset of the value slot from the waiter's stack base, or NO_ELEM.
    elem: usize,
    pub ch: usize,
    /// The select case index (0 for a plain send/receive).
    pub case: i64,
    is_send: bool,
    is_select: bool,
    /// The operation completed with a value (false: the channel closed).
    pub success: bool,
    linked: bool,
}

impl Sudog {
    fn new(g: GRef, elem: usize, ch: usize, case: i64, is_send: bool, is_select: bool) -> Sudog {
        Sudog {
            next: std::ptr::null_mut(),
            prev: std::ptr::null_mut(),
            g,
            elem,
            ch,
            case,
            is_send,
            is_select,
            success: false,
            linked: false,
        }
    }
}

/// Outcome of a channel operation that may block.
pub enum Op {
    /// Completed; the receive's ok (or the chosen select case and its ok).
    Done(i64, bool),
    /// The goroutine is parking: propagate `Unwind::Park`; the instruction
    /// is re-executed when it resumes.
    Parked,
}

fn elem_type(vm: &Vm, ch: usize) -> &'static RtType {
    vm.prog.rtype(RtTypeId(load::<u64>(ch + ELEM) as u32))
}

fn q_push(ch: usize, q: usize, sg: *mut Sudog) {
    let tail = load::<usize>(ch + q + 8) as *mut Sudog;
    // SAFETY: `sg` is a sudog of a goroutine that is parking (it does not
    // move until dequeued); the queue is guarded by the channel's lock.
    unsafe {
        (*sg).next = std::ptr::null_mut();
        (*sg).prev = tail;
        (*sg).linked = true;
        if tail.is_null() {
            store::<usize>(ch + q, sg as usize);
        } else {
            (*tail).next = sg;
        }
    }
    store::<usize>(ch + q + 8, sg as usize);
}

fn q_unlink(ch: usize, q: usize, sg: *mut Sudog) {
    // SAFETY: `sg` is linked in this queue (checked by `linked`), whose
    // lock the caller holds.
    unsafe {
        if !(*sg).linked {
            return;
        }
        let (p, n) = ((*sg).prev, (*sg).next);
        if p.is_null() {
            store::<usize>(ch + q, n as usize);
        } else {
            (*p).next = n;
        }
        if n.is_null() {
            store::<usize>(ch + q + 8, p as usize);
        } else {
            (*n).prev = p;
        }
        (*sg).linked = false;
        (*sg).next = std::ptr::null_mut();
        (*sg).prev = std::ptr::null_mut();
    }
}

/// The first waiter that can still be woken (stale select sudogs, whose
/// select another channel already fired, are dropped).
fn q_take(ch: usize, q: usize) -> Option<*mut Sudog> {
    loop {
        let head = load::<usize>(ch + q) as *mut Sudog;
        if head.is_null() {
            return None;
        }
        q_unlink(ch, q, head);
        // SAFETY: `head` was linked, so its goroutine is still waiting and
        // the sudog is alive.
        let sg = unsafe { &mut *head };
        let g = sg.g.get();
        if sg.is_select
            && g.select_done
                .compare_exchange(false, true, AcqRel, Acquire)
                .is_err()
        {
            continue;
        }
        g.fired.store(sg.case as usize, Release);
        return Some(head);
    }
}

/// Address of a waiter's value slot.
fn slot(sg: &Sudog) -> Option<usize> {
    (sg.elem != NO_ELEM).then(|| sg.g.get().stack.base() as usize + sg.elem)
}

/// `make(chan T, size)`.
pub fn make(vm: &mut Vm, elem: RtTypeId, size: i64) -> Result<usize, Unwind> {
    let t = vm.prog.rtype(elem);
    let esize = t.size as i64;
    if size < 0 || (esize > 0 && size > (1i64 << 40) / esize) {
        return Err(rt("makechan: size out of range"));
    }
    let ch = vm.alloc_chan(CHAN_SIZE);
    if ch == 0 {
        return Err(Unwind::Fatal("runtime: out of memory".into()));
    }
    if size > 0 {
        let buf = vm.alloc_type(elem, size as usize);
        store_ptr(ch + BUF, buf);
    }
    store::<u64>(ch + CAP, size as u64);
    store::<u64>(ch + ELEM, elem.0 as u64);
    Ok(ch)
}

pub fn len(ch: usize) -> i64 {
    if ch == 0 {
        0
    } else {
        load::<i64>(ch + COUNT)
    }
}

pub fn cap(ch: usize) -> i64 {
    if ch == 0 {
        0
    } else {
        load::<i64>(ch + CAP)
    }
}

fn buf_slot(ch: usize, t: &RtType, i: usize) -> usize {
    load::<usize>(ch + BUF) + i * t.size as usize
}

fn bump(ch: usize, at: usize) -> usize {
    let i = load::<usize>(ch + at);
    let n = if i + 1 == load::<usize>(ch + CAP) {
        0
    } else {
        i + 1
    };
    store::<usize>(ch + at, n);
    i
}

/// Tries a send with the lock held. Some(waiter to ready) or None when
/// done into the buffer; Err(()) when it must block.
fn try_send(vm: &Vm, ch: usize, t: &RtType, src: usize) -> Result<Option<GRef>, ()> {
    if let Some(sg) = q_take(ch, RECVQ) {
        // SAFETY: taken from the queue, the sudog's goroutine waits for us.
        let sg = unsafe { &mut *sg };
        if let Some(dst) = slot(sg) {
            vm.typed_copy(t, dst, src, 1);
        }
        sg.success = true;
        return Ok(Some(sg.g));
    }
    let count = load::<usize>(ch + COUNT);
    if count < load::<usize>(ch + CAP) {
        let i = bump(ch, SENDX);
        vm.typed_copy(t, buf_slot(ch, t, i), src, 1);
        store::<usize>(ch + COUNT, count + 1);
        return Ok(None);
    }
    Err(())
}

/// Tries a receive with the lock held: Ok((waiter to ready, ok)) or
/// Err(()) when it must block.
fn try_recv(
    vm: &Vm,
    ch: usize,
    t: &RtType,
    dst: Option<usize>,
) -> Result<(Option<GRef>, bool), ()> {
    if let Some(sg) = q_take(ch, SENDQ) {
        // SAFETY: as in `try_send`.
        let sg = unsafe { &mut *sg };
        let cap = load::<usize>(ch + CAP);
        if cap == 0 {
            if let (Some(d), Some(s)) = (dst, slot(sg)) {
                vm.typed_copy(t, d, s, 1);
            }
        } else {
            // Full buffer: take its head, put the sender's value at the tail.
            let i = bump(ch, RECVX);
            let at = buf_slot(ch, t, i);
            if let Some(d) = dst {
                vm.typed_copy(t, d, at, 1);
            }
            if let Some(s) = slot(sg) {
                vm.typed_copy(t, at, s, 1);
            }
            store::<usize>(ch + SENDX, load::<usize>(ch + RECVX));
        }
        sg.success = true;
        return Ok((Some(sg.g), true));
    }
    let count = load::<usize>(ch + COUNT);
    if count > 0 {
        let i = bump(ch, RECVX);
        let at = buf_slot(ch, t, i);
        if let Some(d) = dst {
            vm.typed_copy(t, d, at, 1);
        }
        vm.typed_zero(t, at, 1);
        store::<usize>(ch + COUNT, count - 1);
        return Ok((None, true));
    }
    if load::<u64>(ch + CLOSED) != 0 {
        if let Some(d) = dst {
            vm.typed_zero(t, d, 1);
        }
        return Ok((None, false));
    }
    Err(())
}

fn closed_send() -> Unwind {
    rt("send on closed channel")
}

/// `ch <- *src`.
pub fn send(vm: &mut Vm, ch: usize, src: usize) -> Result<Op, Unwind> {
    if ch == 0 {
        return vm.park_forever(WaitReason::ChanSendNil).map(|_| Op::Parked);
    }
    let t = elem_type(vm, ch);
    let guard = lock(ch);
    if load::<u64>(ch + CLOSED) != 0 {
        drop(guard);
        return Err(closed_send());
    }
    match try_send(vm, ch, t, src) {
        Ok(w) => {
            drop(guard);
            if let Some(g) = w {
                vm.ready(g);
            }
            Ok(Op::Done(0, true))
        }
        Err(()) => wait(vm, guard, ch, Some(src), true),
    }
}

/// `*dst = <-ch` (dst None: discard).
pub fn recv(vm: &mut Vm, ch: usize, dst: Option<usize>) -> Result<Op, Unwind> {
    if ch == 0 {
        return vm
            .park_forever(WaitReason::ChanReceiveNil)
            .map(|_| Op::Parked);
    }
    let t = elem_type(vm, ch);
    let guard = lock(ch);
    match try_recv(vm, ch, t, dst) {
        Ok((w, ok)) => {
            drop(guard);
            if let Some(g) = w {
                vm.ready(g);
            }
            Ok(Op::Done(0, ok))
        }
        Err(()) => wait(vm, guard, ch, dst, false),
    }
}

/// Queues the current goroutine on `ch` (whose lock `guard` holds) to send
/// from or receive into the frame slot `slot`, then parks.
fn wait(
    vm: &mut Vm,
    guard: MutexGuard<'static, ()>,
    ch: usize,
    slot: Option<usize>,
    is_send: bool,
) -> Result<Op, Unwind> {
    let off = slot.map_or(NO_ELEM, |a| a - vm.g.stack.base() as usize);
    let me = vm.cur_gref();
    vm.g.sudogs.clear();
    // One sudog: a parked goroutine's memory matters (a million of them),
    // so no growth slack.
    vm.g.sudogs.reserve_exact(1);
    vm.g.sudogs.push(Sudog::new(me, off, ch, 0, is_send, false));
    let sg: *mut Sudog = &mut vm.g.sudogs[0];
    q_push(ch, if is_send { SENDQ } else { RECVQ }, sg);
    vm.g.reason = if is_send {
        WaitReason::ChanSend
    } else {
        WaitReason::ChanReceive
    };
    vm.g.status.store(G_PARKING, Release);
    drop(guard);
    finish_or_park(vm)
}

/// After queueing: in a nested run, wait here and finish; at top level,
/// park (the instruction finishes when re-executed).
fn finish_or_park(vm: &mut Vm) -> Result<Op, Unwind> {
    if vm.park()? {
        finish(vm)
    } else {
        Ok(Op::Parked)
    }
}

/// Finishes a woken send, receive or select: unlinks the sudogs that did
/// not fire; a send woken by close panics.
pub fn finish(vm: &mut Vm) -> Result<Op, Unwind> {
    let n = vm.g.sudogs.len();
    if n > 1 {
        let mut stripes: Vec<usize> = vm.g.sudogs.iter().map(|s| stripe(s.ch)).collect();
        stripes.sort_unstable();
        stripes.dedup();
        let guards: Vec<_> = stripes.iter().map(|&i| LOCKS[i].lock()).collect();
        for i in 0..n {
            let sg: *mut Sudog = &mut vm.g.sudogs[i];
            // SAFETY: our own sudog; its channel's stripe is locked.
            let (ch, is_send) = unsafe { ((*sg).ch, (*sg).is_send) };
            q_unlink(ch, if is_send { SENDQ } else { RECVQ }, sg);
        }
        drop(guards);
    }
    let fired = vm.g.fired.load(Acquire);
    let Some(sg) = vm.g.sudogs.iter().find(|s| s.case as usize == fired) else {
        return Err(Unwind::Fatal("select woke without a case".into()));
    };
    let (case, is_send, success) = (sg.case, sg.is_send, sg.success);
    vm.g.sudogs.clear();
    if is_send && !success {
        return Err(closed_send());
    }
    Ok(Op::Done(case, success))
}

/// `close(ch)`.
pub fn close(vm: &mut Vm, ch: usize) -> Result<(), Unwind> {
    let plain = |m: &str| rt(m);
    if ch == 0 {
        return Err(plain("close of nil channel"));
    }
    let t = elem_type(vm, ch);
    let guard = lock(ch);
    if load::<u64>(ch + CLOSED) != 0 {
        drop(guard);
        return Err(plain("close of closed channel"));
    }
    store::<u64>(ch + CLOSED, 1);
    let mut wake = Vec::new();
    while let Some(sg) = q_take(ch, RECVQ) {
        // SAFETY: taken from the queue: its goroutine waits for us.
        let sg = unsafe { &mut *sg };
        if let Some(d) = slot(sg) {
            vm.typed_zero(t, d, 1);
        }
        sg.success = false;
        wake.push(sg.g);
    }
    while let Some(sg) = q_take(ch, SENDQ) {
        // SAFETY: as above.
        let sg = unsafe { &mut *sg };
        sg.success = false;
        wake.push(sg.g);
    }
    drop(guard);
    for g in wake {
        vm.ready(g);
    }
    Ok(())
}

/// `select` over the case records at `cases` (absolute address in the
/// frame at `fp`); `block` false when it has a default.
pub fn select(vm: &mut Vm, fp: usize, cases: usize, n: usize, block: bool) -> Result<Op, Unwind> {
    struct Case {
        ch: usize,
        recv: bool,
        val: Option<usize>,
    }
    let mut cs = Vec::with_capacity(n);
    for i in 0..n {
        let at = cases + i * frontend::bytecode::SELECT_CASE_SIZE as usize;
        let off = load::<u32>(at + 12);
        cs.push(Case {
            ch: load::<usize>(at),
            recv: load::<u32>(at + 8) == SELECT_RECV,
            val: (off != u32::MAX).then_some(fp + off as usize),
        });
    }
    // Poll order: a random permutation.
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = (vm.fastrand() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    let mut stripes: Vec<usize> = cs
        .iter()
        .filter(|c| c.ch != 0)
        .map(|c| stripe(c.ch))
        .collect();
    stripes.sort_unstable();
    stripes.dedup();
    if stripes.is_empty() {
        if !block {
            return Ok(Op::Done(-1, false));
        }
        let r = if n == 0 {
            WaitReason::SelectNoCases
        } else {
            WaitReason::Select
        };
        return vm.park_forever(r).map(|_| Op::Parked);
    }
    let guards: Vec<_> = stripes.iter().map(|&i| LOCKS[i].lock()).collect();
    for &i in &order {
        let c = &cs[i];
        if c.ch == 0 {
            continue;
        }
        let t = elem_type(vm, c.ch);
        if c.recv {
            if let Ok((w, ok)) = try_recv(vm, c.ch, t, c.val) {
                drop(guards);
                if let Some(g) = w {
                    vm.ready(g);
                }
                return Ok(Op::Done(i as i64, ok));
            }
        } else {
            if load::<u64>(c.ch + CLOSED) != 0 {
                drop(guards);
                return Err(closed_send());
            }
            let src = c.val.unwrap_or(0);
            if let Ok(w) = try_send(vm, c.ch, t, src) {
                drop(guards);
                if let Some(g) = w {
                    vm.ready(g);
                }
                return Ok(Op::Done(i as i64, false));
            }
        }
    }
    if !block {
        drop(guards);
        return Ok(Op::Done(-1, false));
    }
    let base = vm.g.stack.base() as usize;
    let me = vm.cur_gref();
    vm.g.sudogs.clear();
    for (i, c) in cs.iter().enumerate() {
        if c.ch == 0 {
            continue;
        }
        let off = c.val.map_or(NO_ELEM, |v| v - base);
        vm.g.sudogs
            .push(Sudog::new(me, off, c.ch, i as i64, !c.recv, true));
    }
    vm.g.select_done.store(false, Release);
    for k in 0..vm.g.sudogs.len() {
        let sg: *mut Sudog = &mut vm.g.sudogs[k];
        // SAFETY: our own sudog, not yet linked.
        let (ch, is_send) = unsafe { ((*sg).ch, (*sg).is_send) };
        q_push(ch, if is_send { SENDQ } else { RECVQ }, sg);
    }
    vm.g.reason = WaitReason::Select;
    vm.g.status.store(G_PARKING, Release);
    drop(guards);
    finish_or_park(vm)
}
