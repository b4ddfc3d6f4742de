//! Natives that talk to the scheduler (vm/src/sched.rs): `runtime`'s
//! Gosched, NumGoroutine and GOMAXPROCS; `time`'s sleep and timers (the
//! time package builds Timer, Ticker, After and AfterFunc on them);
//! `sync`'s semaphores (its Mutex, RWMutex, WaitGroup and Cond park on
//! them).

use std::sync::atomic::Ordering::*;

use crate::native::{NativeCall, NativeFn, Unwind};
use crate::ops::nil_deref;
use crate::sched::{WaitReason, G_PARKING};

/// func Gosched()
fn gosched(c: &mut NativeCall) -> Result<(), Unwind> {
    c.vm.gosched()
}

/// func Goexit()
fn goexit(_: &mut NativeCall) -> Result<(), Unwind> {
    Err(Unwind::Goexit)
}

/// func NumGoroutine() int   frame: result@0
fn num_goroutine(c: &mut NativeCall) -> Result<(), Unwind> {
    let n = c.vm.sched.num_goroutine() as i64;
    c.set(0, n);
    Ok(())
}

/// func GOMAXPROCS(n int) int   frame: n@0 result@8
fn gomaxprocs(c: &mut NativeCall) -> Result<(), Unwind> {
    let n: i64 = c.arg(0);
    let sched = c.vm.sched;
    let old = sched.gomaxprocs() as i64;
    if n > 0 && n != old {
        // Go stops the world to change the number of Ps.
        while !sched.stop_the_world() {}
        sched.set_gomaxprocs(n.min(crate::sched::MAX_PROCS as i64) as usize);
        sched.start_the_world();
    }
    c.set(8, old);
    Ok(())
}

/// func sleep(ns int64)   frame: ns@0
fn sleep(c: &mut NativeCall) -> Result<(), Unwind> {
    let ns: i64 = c.arg(0);
    if ns <= 0 {
        return c.vm.gosched();
    }
    let sched = c.vm.sched;
    let when = sched.now().saturating_add(ns);
    let g = c.vm.cur_gref();
    c.vm.g.reason = WaitReason::Sleep;
    c.vm.g.status.store(G_PARKING, Release);
    sched.sleep_until(g, when);
    c.vm.park_native()
}

/// func startTimer(f func(), when int64, period int64) int64
/// frame: f@0 when@8 period@16 result@24
fn start_timer(c: &mut NativeCall) -> Result<(), Unwind> {
    start_timer_as(c, false)
}

/// func startChanTimer(f func(), when int64, period int64) int64: the same,
/// but its goroutines are the runtime's (no program goroutine id).
fn start_chan_timer(c: &mut NativeCall) -> Result<(), Unwind> {
    start_timer_as(c, true)
}

fn start_timer_as(c: &mut NativeCall, system: bool) -> Result<(), Unwind> {
    let f: usize = c.arg(0);
    let (when, period): (i64, i64) = (c.arg(8), c.arg(16));
    if f == 0 {
        return Err(nil_deref());
    }
    let id = c.vm.sched.start_timer(f, when, period.max(0), system);
    c.set(24, id as i64);
    Ok(())
}

/// func stopTimer(id int64) bool   frame: id@0 result@8
fn stop_timer(c: &mut NativeCall) -> Result<(), Unwind> {
    let id: i64 = c.arg(0);
    let was = c.vm.sched.stop_timer(id as u64);
    c.set(8, was);
    Ok(())
}

/// func resetTimer(id int64, when int64, period int64) bool
/// frame: id@0 when@8 period@16 result@24
fn reset_timer(c: &mut NativeCall) -> Result<(), Unwind> {
    let (id, when, period): (i64, i64, i64) = (c.arg(0), c.arg(8), c.arg(16));
    let was = c.vm.sched.reset_timer(id as u64, when, period.max(0));
    c.set(24, was);
    Ok(())
}

/// func semacquire(addr *uint32, reason int)   frame: addr@0 reason@8
fn semacquire(c: &mut NativeCall) -> Result<(), Unwind> {
    let addr: usize = c.arg(0);
    let reason: i64 = c.arg(8);
    if addr == 0 {
        return Err(nil_deref());
    }
    if crate::sched::sema_try_take(addr) {
        return Ok(());
    }
    c.vm.g.reason = WaitReason::from_sema(reason);
    let g = c.vm.cur_gref();
    if c.vm.sched.sema_acquire_or_queue(addr, g) {
        return Ok(());
    }
    c.vm.park_native()
}

/// func semrelease(addr *uint32)   frame: addr@0
fn semrelease(c: &mut NativeCall) -> Result<(), Unwind> {
    let addr: usize = c.arg(0);
    if addr == 0 {
        return Err(nil_deref());
    }
    let sched = c.vm.sched;
    sched.sema_release(c.vm.p.as_ref(), addr);
    Ok(())
}

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "runtime.Gosched" => gosched,
        "runtime.Goexit" => goexit,
        "runtime.NumGoroutine" => num_goroutine,
        "runtime.GOMAXPROCS" => gomaxprocs,
        "time.sleep" => sleep,
        "time.startTimer" => start_timer,
        "time.startChanTimer" => start_chan_timer,
        "time.stopTimer" => stop_timer,
        "time.resetTimer" => reset_timer,
        "sync.semacquire" => semacquire,
        "sync.semrelease" => semrelease,
        _ => return None,
    })
}
