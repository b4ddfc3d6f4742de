//! The scheduler: goroutines on all cores, Go's G/M/P model
//! (runtime/proc.go).
//!
//! # Model
//!
//! A **G** (`interp::G`) is a goroutine: its stack, call records, defers,
//! panics and saved pc. An **M** is an OS thread running the interpreter
//! (`interp::Vm`, one per M, with its allocation cache and stack pool). A
//! **P** is one of GOMAXPROCS execution slots: an M runs Go code only while
//! it holds a P. Each P has a local run queue (a crossbeam `Worker`, its
//! `Stealer` published in `Sched::ps`) and a `runnext` slot; there is one
//! global queue (`Injector`). An M looks for work in this order: every 61st
//! schedule the global queue first (fairness), `runnext`, the local queue,
//! the global queue, then it steals from the other Ps (their `runnext` too).
//! A new goroutine and a goroutine woken by a channel operation go into the
//! waker's `runnext`, so a ping-pong between two goroutines stays on one P.
//!
//! # Parking, never polling
//!
//! A G that must wait (channel, select, semaphore, sleep) puts itself on
//! the wait structure under that structure's lock, sets its status to
//! `G_PARKING`, unlocks, and returns `Unwind::Park` up to its M's schedule
//! loop, which CASes `PARKING -> WAITING`. A waker (`ready`) CASes
//! `WAITING -> RUNNABLE` and queues the G; if it finds `PARKING` instead (the
//! G has not left its M yet) it CASes to `G_WOKEN` and the parking M keeps
//! running the G. Neither side ever touches a G it does not own: whoever
//! wins the CAS owns it. Channel instructions are re-executed when the G
//! resumes (`G::resumed`) to finish the operation (a select dequeues its
//! other cases); natives (semaphores, sleep) complete by direct handoff and
//! resume after the call.
//!
//! A G that waits inside a nested run (Go called from a native called from
//! Go: the interpreter's Rust frames are on the M's stack) cannot leave its
//! M. Its M hands its P to another M, blocks the thread (`G_NESTED`; `ready`
//! unparks the thread), and reacquires a P before continuing, as Go's
//! system calls do.
//!
//! # Idle Ms, wakeups, deadlock
//!
//! An M that finds no work puts its P on the idle list and sleeps on
//! `idle_cv`. `wakep` (called when work appears) hands an idle P to a
//! sleeping M, or starts a new M, unless an M is already spinning (looking
//! for work). When the last P goes idle, no M is in a blocking native or
//! waiting for a P, every queue is empty and no timer is pending, every
//! goroutine is blocked: `fatal error: all goroutines are asleep -
//! deadlock!` with the goroutine list.
//!
//! # Safepoints, preemption, stop-the-world
//!
//! Function entry and loop back-edges poll `MShared::preempt` (and the
//! heap's collection trigger). `sysmon` (the timer thread) sets `preempt`
//! when an M has run the same G for 10 ms: the G goes to the global queue
//! (cooperative preemption). A collection stops the world: the collecting M
//! sets `gcwaiting` and every M's `preempt`, and waits until every other P
//! is idle or its M has stopped at a safepoint or in its schedule loop;
//! then every goroutine's stack is scanned precisely and stacks using less
//! than a quarter are halved (not those whose M is blocked in a nested
//! run). The concurrent collector (next issue) reuses this handshake to stop
//! one goroutine at a time.
//!
//! # Timers
//!
//! One timer thread (`sysmon`) owns a heap of deadlines on the monotonic
//! clock; it waits on a condvar until the next deadline (or 10 ms while
//! some M runs Go code, for preemption), so an idle program uses no CPU.
//! A due sleep readies its G; a due function timer (`time.startTimer`,
//! which Go's time package builds channel timers on) starts a goroutine.
//!
//! # Departures from Go
//!
//! Allocation caches and stack pools are per M rather than per P (an M
//! keeps them across a P handoff, which only blocking natives cause).
//! Goroutine structures are reused through a per-M free list.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, VecDeque};
use std::io::{BufWriter, Write};
use std::ops::{Deref, DerefMut};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering::*};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crossbeam::deque::{Injector, Steal, Stealer, Worker};
use parking_lot::{Condvar, Mutex};

use crate::interp::{Vm, G};
use crate::loader::Program;
use crate::native::Unwind;

/// Most Ps `runtime.GOMAXPROCS` may ask for.
pub const MAX_PROCS: usize = 256;
/// Go's scheduling time slice.
const TIME_SLICE: Duration = Duration::from_millis(10);

// Goroutine states (`G::status`).
pub const G_RUNNABLE: u8 = 0;
pub const G_RUNNING: u8 = 1;
/// Decided to wait and queued itself; still on its M.
pub const G_PARKING: u8 = 2;
/// Off its M, waiting to be readied.
pub const G_WAITING: u8 = 3;
/// Readied while still `G_PARKING`: its M keeps running it.
pub const G_WOKEN: u8 = 4;
/// Waiting with its M blocked (a nested run).
pub const G_NESTED: u8 = 5;
/// Preempted or `Gosched`: its M puts it on the global queue.
pub const G_YIELD: u8 = 6;
pub const G_DEAD: u8 = 7;

/// Why a goroutine waits, as a deadlock report names it.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum WaitReason {
    #[default]
    None,
    ChanReceive,
    ChanSend,
    ChanReceiveNil,
    ChanSendNil,
    Select,
    SelectNoCases,
    Sleep,
    Semacquire,
    MutexLock,
    RWMutexRLock,
    RWMutexLock,
    WaitGroupWait,
    CondWait,
}

impl WaitReason {
    pub fn text(self) -> &'static str {
        match self {
            WaitReason::None => "running",
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSend => "chan send",
            WaitReason::ChanReceiveNil => "chan receive (nil chan)",
            WaitReason::ChanSendNil => "chan send (nil chan)",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
            WaitReason::Sleep => "sleep",
            WaitReason::Semacquire => "semacquire",
            WaitReason::MutexLock => "sync.Mutex.Lock",
            WaitReason::RWMutexRLock => "sync.RWMutex.RLock",
            WaitReason::RWMutexLock => "sync.RWMutex.Lock",
            WaitReason::WaitGroupWait => "sync.WaitGroup.Wait",
            WaitReason::CondWait => "sync.Cond.Wait",
        }
    }

    /// The reason codes of `sync.semacquire` (see the contract in
    /// frontend/stdlib/sync).
    pub fn from_sema(code: i64) -> WaitReason {
        match code {
            1 => WaitReason::MutexLock,
            2 => WaitReason::RWMutexRLock,
            3 => WaitReason::RWMutexLock,
            4 => WaitReason::WaitGroupWait,
            5 => WaitReason::CondWait,
            _ => WaitReason::Semacquire,
        }
    }
}

/// A goroutine handle that may cross threads. Who may dereference it is
/// decided by the ownership protocol above (the status CAS winner).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct GRef(NonNull<G>);

// SAFETY: a GRef is an address; every dereference goes through the
// ownership protocol (one owner at a time, handed over by atomic status
// transitions with acquire/release ordering).
unsafe impl Send for GRef {}
// SAFETY: as above; shared access reads only atomics and fields that are
// fixed while the G is not running (id, stack base).
unsafe impl Sync for GRef {}

impl GRef {
    pub fn new(g: Box<G>) -> GRef {
        GRef(NonNull::from(Box::leak(g)))
    }
    pub fn addr(self) -> usize {
        self.0.as_ptr() as usize
    }
    fn from_addr(a: usize) -> Option<GRef> {
        NonNull::new(a as *mut G).map(GRef)
    }
    /// Shared view: atomics, `id`, and, while the G waits, its stack.
    pub fn get(&self) -> &G {
        // SAFETY: Gs are freed only by `free`, after they are dead and out
        // of every queue and of `allgs`, so a live handle points to a G.
        unsafe { self.0.as_ref() }
    }
    /// Exclusive access.
    ///
    /// # Safety
    /// The caller owns the G: it runs it, won the status CAS that made it
    /// runnable, or holds the world stopped.
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn get_mut(&self) -> &mut G {
        // SAFETY: exclusivity is the caller's obligation (see above).
        unsafe { &mut *self.0.as_ptr() }
    }
    /// # Safety
    /// The G is dead, unreachable from every queue and from `allgs`.
    unsafe fn free(self) -> Box<G> {
        // SAFETY: the G was leaked from a Box in `new`; nobody else holds it.
        unsafe { Box::from_raw(self.0.as_ptr()) }
    }
}

/// The goroutine an M is running (its `g0` between goroutines).
pub struct CurG(pub(crate) GRef);

impl Deref for CurG {
    type Target = G;
    fn deref(&self) -> &G {
        // SAFETY: the M running a G owns it exclusively (see the protocol).
        unsafe { self.0.get_mut() }
    }
}

impl DerefMut for CurG {
    fn deref_mut(&mut self) -> &mut G {
        // SAFETY: as for `deref`.
        unsafe { self.0.get_mut() }
    }
}

/// What other threads see of an M.
#[derive(Default)]
pub struct MShared {
    /// Poll request: stop for the world, or yield (time slice).
    pub preempt: AtomicBool,
    /// Incremented each time the M starts running a G.
    pub tick: AtomicU64,
    /// The M is running Go code.
    pub running: AtomicBool,
}

/// An execution slot. Its local queue's other end is `Sched::ps[id]`.
pub struct P {
    pub id: usize,
    runq: Worker<GRef>,
}

struct PShared {
    stealer: Stealer<GRef>,
    runnext: AtomicUsize,
}

/// Scheduler state under `Sched::st`.
#[derive(Default)]
struct St {
    idle_ps: Vec<P>,
    /// Ps handed to sleeping Ms by `wakep`.
    handoff: Vec<P>,
    /// Ps held by Ms (running, stopped, or being handed over).
    running_ps: usize,
    /// Ps whose Ms stopped for a stop-the-world.
    stopped: usize,
    gcwaiting: bool,
    /// Ms sleeping on `idle_cv`.
    nmidle: usize,
    /// Ms in a blocking native (they may make work appear).
    nsyscall: usize,
    /// Ms whose G was readied and that wait for a P.
    nwantp: usize,
    /// Ps with ids >= GOMAXPROCS that were retired.
    retired: Vec<P>,
}

/// A pending timer.
struct Timer {
    when: i64,
    period: i64,
    what: TimerWhat,
}

#[derive(Clone, Copy)]
enum TimerWhat {
    Wake(GRef),
    /// Start a goroutine calling this func value; `system`: a runtime
    /// goroutine (a channel timer's send), outside the program's ids.
    Func(usize, bool),
}

#[derive(Default)]
struct Timers {
    queue: BinaryHeap<Reverse<(i64, u64)>>,
    by_id: HashMap<u64, Timer>,
    next_id: u64,
    /// Due timers taken out but whose actions have not run yet (the
    /// deadlock check counts them as pending).
    firing: usize,
    /// Function timers that fired or were stopped, so `resetTimer` can
    /// re-arm them; the most recent `MAX_INACTIVE` are kept.
    inactive: HashMap<u64, (usize, bool)>,
    inactive_order: VecDeque<u64>,
}

const MAX_INACTIVE: usize = 1 << 16;

/// Shared output stream (stdout buffered; stderr written through).
#[derive(Clone)]
pub struct Out(Arc<Mutex<BufWriter<Box<dyn Write + Send>>>>);

impl Out {
    pub fn new(w: Box<dyn Write + Send>, buffer: usize) -> Out {
        Out(Arc::new(Mutex::new(BufWriter::with_capacity(buffer, w))))
    }
}

impl Write for Out {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().write(b)
    }
    fn write_all(&mut self, b: &[u8]) -> std::io::Result<()> {
        self.0.lock().write_all(b)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.0.lock().flush()
    }
}

pub struct Sched {
    pub prog: &'static Program,
    pub heap: Arc<gc::Heap>,
    pub out: Out,
    pub err: Out,
    pub args: Vec<String>,
    nprocs: AtomicUsize,
    ps: Vec<PShared>,
    global: Injector<GRef>,
    st: Mutex<St>,
    idle_cv: Condvar,
    stw_cv: Condvar,
    world_cv: Condvar,
    nmspinning: AtomicUsize,
    /// Every goroutine not yet dead (the collector's roots, the deadlock
    /// report, NumGoroutine). `G::allg_index` is the G's position.
    pub allgs: Mutex<Vec<GRef>>,
    ms: Mutex<Vec<&'static MShared>>,
    next_goid: AtomicU64,
    /// Ids of runtime goroutines (channel timers), far from the program's.
    next_sys_goid: AtomicU64,
    /// Runtime goroutines alive (not counted by NumGoroutine).
    nsystem: AtomicUsize,
    exit_code: Mutex<Option<i32>>,
    exit_cv: Condvar,
    pub exiting: AtomicBool,
    timers: Mutex<Timers>,
    timer_cv: Condvar,
    /// sysmon sleeps without a deadline (nothing runs, no timers).
    sysmon_idle: AtomicBool,
    /// Goroutine 1 called runtime.Goexit.
    main_goexited: AtomicBool,
    /// Goroutines starting from timers take stacks from here.
    spare_pool: Mutex<crate::stack::StackPool>,
    /// Semaphore wait queues by address (`sync.semacquire`).
    sema: Mutex<HashMap<usize, VecDeque<GRef>>>,
    pub start: Instant,
}

/// `GOMAXPROCS` from the environment, else the number of CPUs.
pub fn default_procs() -> usize {
    std::env::var("GOMAXPROCS")
        .ok()
        .and_then(|s| s.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(num_cpu)
        .min(MAX_PROCS)
}

pub fn num_cpu() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Rust stack of every M (lazily committed): natives calling back into Go
/// nest interpreter frames.
const M_STACK: usize = 256 << 20;

impl Sched {
    pub fn new(
        prog: &'static Program,
        heap: Arc<gc::Heap>,
        out: Box<dyn Write + Send>,
        err: Box<dyn Write + Send>,
        args: Vec<String>,
    ) -> &'static Sched {
        let nprocs = default_procs();
        let mut workers = Vec::new();
        let mut ps = Vec::new();
        for id in 0..MAX_PROCS {
            let w = Worker::new_fifo();
            ps.push(PShared {
                stealer: w.stealer(),
                runnext: AtomicUsize::new(0),
            });
            workers.push(P { id, runq: w });
        }
        let mut st = St::default();
        // Ps beyond GOMAXPROCS wait in `retired` until GOMAXPROCS grows.
        for p in workers.into_iter().rev() {
            if p.id < nprocs {
                st.idle_ps.push(p);
            } else {
                st.retired.push(p);
            }
        }
        heap.set_gomaxprocs(nprocs as u32);
        let s = Box::new(Sched {
            prog,
            heap,
            out: Out::new(out, 1 << 16),
            err: Out::new(err, 0),
            args,
            nprocs: AtomicUsize::new(nprocs),
            ps,
            global: Injector::new(),
            st: Mutex::new(st),
            idle_cv: Condvar::new(),
            stw_cv: Condvar::new(),
            world_cv: Condvar::new(),
            nmspinning: AtomicUsize::new(0),
            allgs: Mutex::new(Vec::new()),
            ms: Mutex::new(Vec::new()),
            next_goid: AtomicU64::new(6),
            next_sys_goid: AtomicU64::new(1 << 40),
            nsystem: AtomicUsize::new(0),
            exit_code: Mutex::new(None),
            exit_cv: Condvar::new(),
            exiting: AtomicBool::new(false),
            timers: Mutex::new(Timers::default()),
            timer_cv: Condvar::new(),
            sysmon_idle: AtomicBool::new(false),
            main_goexited: AtomicBool::new(false),
            spare_pool: Mutex::new(crate::stack::StackPool::new()),
            sema: Mutex::new(HashMap::new()),
            start: crate::natives::time::start(),
        });
        let s: &'static Sched = Box::leak(s);
        // A heap that wants a collection raises every M's safepoint flag:
        // safepoints poll that one word.
        s.heap.set_collect_hook(Box::new(move || s.poke_all()));
        s
    }

    /// Raises every M's safepoint flag.
    pub fn poke_all(&self) {
        for m in self.ms.lock().iter() {
            m.preempt.store(true, Release);
        }
    }

    pub fn gomaxprocs(&self) -> usize {
        self.nprocs.load(Relaxed)
    }

    /// Runs `entries` (package initialisers, then main.main) as goroutine 1
    /// on M0 and waits until the program ends; returns the exit code.
    pub fn run_main(&'static self, entries: Vec<u32>) -> i32 {
        let g = G::new_boxed(crate::stack::StackPool::new().get(crate::stack::INITIAL_STACK));
        let Some(mut g) = g else {
            return self.fatal_plain("runtime: cannot allocate memory");
        };
        g.id = 1;
        let mut entries = entries;
        entries.reverse();
        let first = entries.pop();
        g.entries = entries;
        match first {
            Some(f) => g.start = Some((f, 0)),
            None => return 0,
        }
        let g = GRef::new(g);
        self.register(g);
        let p = {
            let mut st = self.st.lock();
            st.running_ps += 1;
            st.idle_ps.pop()
        };
        let Some(p) = p else {
            return self.fatal_plain("runtime: no P");
        };
        self.ps[p.id].runnext.store(g.addr(), Release);
        self.spawn_m(Some(p), false);
        let timer = std::thread::Builder::new()
            .name("burrow-sysmon".into())
            .spawn(move || self.sysmon());
        if timer.is_err() {
            return self.fatal_plain("runtime: cannot start the timer thread");
        }
        let mut code = self.exit_code.lock();
        while code.is_none() {
            self.exit_cv.wait(&mut code);
        }
        let c = code.unwrap_or(2);
        drop(code);
        let mut out = self.out.clone();
        let _ = out.flush();
        c
    }

    fn fatal_plain(&self, msg: &str) -> i32 {
        let mut e = self.err.clone();
        let _ = writeln!(e, "fatal error: {msg}");
        2
    }

    /// Ends the program with `code` (the first caller wins). Returns false
    /// if the program is already ending.
    pub fn claim_exit(&self) -> bool {
        !self.exiting.swap(true, AcqRel)
    }

    /// After `claim_exit`: wakes the main thread and stops the Ms.
    pub fn finish(&self, code: i32) {
        let mut out = self.out.clone();
        let _ = out.flush();
        for m in self.ms.lock().iter() {
            m.preempt.store(true, Release);
        }
        {
            let _st = self.st.lock();
            self.idle_cv.notify_all();
            self.world_cv.notify_all();
            self.stw_cv.notify_all();
        }
        self.timer_cv.notify_all();
        let mut c = self.exit_code.lock();
        if c.is_none() {
            *c = Some(code);
        }
        self.exit_cv.notify_all();
    }

    pub fn register(&self, g: GRef) {
        if g.get().system {
            self.nsystem.fetch_add(1, Relaxed);
        }
        let mut all = self.allgs.lock();
        // SAFETY: `g` is new: its creator owns it until it is queued.
        unsafe { g.get_mut() }.allg_index = all.len();
        all.push(g);
    }

    fn unregister(&self, g: GRef) {
        if g.get().system {
            self.nsystem.fetch_sub(1, Relaxed);
        }
        let mut all = self.allgs.lock();
        let i = g.get().allg_index;
        if i < all.len() && all[i] == g {
            all.swap_remove(i);
            if i < all.len() {
                // SAFETY: only `allg_index` is written, under the allgs lock
                // that every reader of it holds.
                unsafe { all[i].get_mut() }.allg_index = i;
            }
        }
    }

    /// runtime.NumGoroutine: the program's goroutines (not the runtime's).
    pub fn num_goroutine(&self) -> usize {
        self.allgs
            .lock()
            .len()
            .saturating_sub(self.nsystem.load(Relaxed))
    }

    pub fn next_goid(&self) -> u64 {
        self.next_goid.fetch_add(1, Relaxed)
    }

    fn spawn_m(&'static self, p: Option<P>, spinning: bool) {
        let m: &'static MShared = Box::leak(Box::default());
        // Its first safepoint looks at the heap's trigger (the hook only
        // pokes the Ms that exist when the heap starts wanting a collection).
        m.preempt.store(true, Release);
        self.ms.lock().push(m);
        let r = std::thread::Builder::new()
            .name("burrow-m".into())
            .stack_size(M_STACK)
            .spawn(move || {
                let mut vm = Vm::new_m(self, m);
                vm.p = p;
                // A Rust panic is a Burrow bug; it must end the program
                // with a message, not leave the others waiting forever.
                let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    vm.schedule_loop(spinning)
                }));
                if r.is_err() && self.claim_exit() {
                    let mut e = self.err.clone();
                    let _ = e.write_all(b"burrow: internal error (a runtime thread panicked)\n");
                    self.finish(2);
                }
            });
        if r.is_err() && self.claim_exit() {
            let mut e = self.err.clone();
            let _ = e.write_all(b"runtime: failed to create new OS thread\n");
            self.finish(2);
        }
    }

    // ---- run queues ----

    /// Queues a runnable G: into `p`'s runnext (the previous occupant goes
    /// to the tail of the local queue) or, without a P, the global queue.
    pub fn put_runnable(&'static self, p: Option<&P>, g: GRef, next: bool) {
        match p {
            Some(p) if next => {
                let old = self.ps[p.id].runnext.swap(g.addr(), AcqRel);
                if let Some(old) = GRef::from_addr(old) {
                    p.runq.push(old);
                }
            }
            Some(p) => p.runq.push(g),
            None => self.global.push(g),
        }
        self.wakep();
    }

    /// Makes a waiting G runnable (the waker side of the protocol).
    pub fn ready(&'static self, p: Option<&P>, g: GRef) {
        let st = &g.get().status;
        loop {
            match st.load(Acquire) {
                G_PARKING => {
                    if st
                        .compare_exchange(G_PARKING, G_WOKEN, AcqRel, Acquire)
                        .is_ok()
                    {
                        return;
                    }
                }
                G_WAITING => {
                    if st
                        .compare_exchange(G_WAITING, G_RUNNABLE, AcqRel, Acquire)
                        .is_ok()
                    {
                        self.put_runnable(p, g, true);
                        return;
                    }
                }
                G_NESTED => {
                    // Count the M as wanting a P before it can run, so the
                    // deadlock check never misses it.
                    self.st.lock().nwantp += 1;
                    if st
                        .compare_exchange(G_NESTED, G_RUNNABLE, AcqRel, Acquire)
                        .is_ok()
                    {
                        if let Some(t) = &g.get().waiter {
                            t.unpark();
                        }
                        return;
                    }
                    self.st.lock().nwantp -= 1;
                }
                _ => return,
            }
        }
    }

    /// Starts an M for an idle P if work may be waiting and no M is
    /// already looking.
    pub fn wakep(&'static self) {
        // Pairs with the fence in `go_idle`: either this sees no spinning
        // M, or that M sees the work queued before this call.
        std::sync::atomic::fence(SeqCst);
        if self.nmspinning.load(SeqCst) != 0 {
            return;
        }
        let mut st = self.st.lock();
        if st.gcwaiting || self.exiting.load(Relaxed) {
            return;
        }
        let Some(p) = st.idle_ps.pop() else {
            return;
        };
        st.running_ps += 1;
        self.nmspinning.fetch_add(1, AcqRel);
        if st.nmidle > st.handoff.len() {
            st.handoff.push(p);
            self.idle_cv.notify_one();
        } else {
            drop(st);
            self.spawn_m(Some(p), true);
        }
    }

    /// A G for the M holding `p`, or None if nothing is runnable now. The
    /// bool: it came from runnext and inherits the current time slice (as
    /// in Go, so two goroutines handing work back and forth through
    /// runnext are preempted together and cannot starve the queue).
    pub fn find_runnable(&self, p: &P, schedtick: u64) -> Option<(GRef, bool)> {
        if schedtick.is_multiple_of(61) {
            if let Some(g) = self.take_global(p) {
                return Some((g, false));
            }
        }
        if let Some(g) = GRef::from_addr(self.ps[p.id].runnext.swap(0, AcqRel)) {
            return Some((g, true));
        }
        if let Some(g) = p.runq.pop() {
            return Some((g, false));
        }
        if let Some(g) = self.take_global(p) {
            return Some((g, false));
        }
        self.steal(p).map(|g| (g, false))
    }

    fn take_global(&self, p: &P) -> Option<GRef> {
        loop {
            match self.global.steal_batch_and_pop(&p.runq) {
                Steal::Success(g) => return Some(g),
                Steal::Empty => return None,
                Steal::Retry => {}
            }
        }
    }

    fn steal(&self, p: &P) -> Option<GRef> {
        let n = self.gomaxprocs();
        if n <= 1 {
            return None;
        }
        let start = (p.id + 1) % n;
        for k in 0..n {
            let i = (start + k) % n;
            if i == p.id {
                continue;
            }
            loop {
                match self.ps[i].stealer.steal_batch_and_pop(&p.runq) {
                    Steal::Success(g) => return Some(g),
                    Steal::Empty => break,
                    Steal::Retry => {}
                }
            }
        }
        // A runnext G is usually about to run on its own P (its owner is
        // handing off, as in a ping-pong): give the owner a moment first,
        // as Go does, instead of bouncing the pair between threads.
        if (0..n).any(|i| i != p.id && self.ps[i].runnext.load(Acquire) != 0) {
            std::thread::sleep(Duration::from_micros(3));
            for k in 0..n {
                let i = (start + k) % n;
                if i != p.id {
                    if let Some(g) = GRef::from_addr(self.ps[i].runnext.swap(0, AcqRel)) {
                        return Some(g);
                    }
                }
            }
        }
        None
    }

    fn queues_empty(&self) -> bool {
        if !self.global.is_empty() {
            return false;
        }
        (0..MAX_PROCS)
            .all(|i| self.ps[i].stealer.is_empty() && self.ps[i].runnext.load(Acquire) == 0)
    }

    // ---- Ps ----

    /// The M gives up `p` and sleeps until handed a P (then it spins:
    /// the bool). None: the program is ending.
    pub fn go_idle(&'static self, p: P, spinning: bool) -> Option<(P, bool)> {
        let mut st = self.st.lock();
        if spinning {
            self.nmspinning.fetch_sub(1, SeqCst);
        }
        std::sync::atomic::fence(SeqCst);
        // Work that appeared before we took the lock: keep the P.
        if !self.queues_empty() && !st.gcwaiting {
            return Some((p, false));
        }
        if p.id >= self.gomaxprocs() {
            st.retired.push(p);
        } else {
            st.idle_ps.push(p);
        }
        st.running_ps -= 1;
        self.world_cv.notify_all();
        if st.gcwaiting {
            self.stw_cv.notify_all();
        }
        if self.all_asleep(&st) {
            drop(st);
            self.deadlock();
            return None;
        }
        st.nmidle += 1;
        loop {
            if self.exiting.load(Acquire) {
                st.nmidle -= 1;
                return None;
            }
            if let Some(p) = st.handoff.pop() {
                st.nmidle -= 1;
                return Some((p, true));
            }
            self.idle_cv.wait(&mut st);
        }
    }

    /// No M can make progress: nothing runs, nothing is queued, no M is
    /// in a blocking native or about to run, no timer is pending.
    fn all_asleep(&self, st: &St) -> bool {
        st.running_ps == 0
            && st.nsyscall == 0
            && st.nwantp == 0
            && !st.gcwaiting
            && !self.exiting.load(Acquire)
            && self.queues_empty()
            && self.timers_idle()
    }

    fn timers_idle(&self) -> bool {
        let t = self.timers.lock();
        t.by_id.is_empty() && t.firing == 0
    }

    /// Called by an M that found work after spinning: lets another M look.
    pub fn stop_spinning(&'static self) {
        if self.nmspinning.fetch_sub(1, SeqCst) == 1 && !self.queues_empty() {
            self.wakep();
        }
    }

    /// Gives up `p` for a blocking operation (a system call, or a wait
    /// inside a nested run): another M may run its queue.
    pub fn release_p(&'static self, p: P, syscall: bool) {
        let has_work = !p.runq.is_empty() || self.ps[p.id].runnext.load(Acquire) != 0;
        {
            let mut st = self.st.lock();
            st.idle_ps.push(p);
            st.running_ps -= 1;
            if syscall {
                st.nsyscall += 1;
            }
            self.world_cv.notify_all();
            if st.gcwaiting {
                self.stw_cv.notify_all();
            }
            if self.all_asleep(&st) {
                drop(st);
                self.deadlock();
                return;
            }
        }
        if has_work || !self.global.is_empty() {
            self.wakep();
        }
    }

    /// Takes an idle P for an M coming back from a blocking operation
    /// (waits while the world is stopped or every P is busy). None: the
    /// program is ending.
    pub fn acquire_p(&self, syscall: bool, wanted: bool) -> Option<P> {
        let mut st = self.st.lock();
        loop {
            if self.exiting.load(Acquire) {
                return None;
            }
            if !st.gcwaiting {
                if let Some(p) = st.idle_ps.pop() {
                    st.running_ps += 1;
                    if syscall {
                        st.nsyscall -= 1;
                    }
                    if wanted {
                        st.nwantp -= 1;
                    }
                    return Some(p);
                }
            }
            // Woken by start_the_world, or by an M releasing a P.
            self.world_cv.wait_for(&mut st, Duration::from_millis(100));
        }
    }

    // ---- stop the world ----

    /// Stops every other P. Returns false if another M is already
    /// stopping the world (this M then stopped until it restarted).
    pub fn stop_the_world(&self) -> bool {
        let mut st = self.st.lock();
        if st.gcwaiting {
            self.stopped_here(&mut st);
            return false;
        }
        st.gcwaiting = true;
        for m in self.ms.lock().iter() {
            m.preempt.store(true, Release);
        }
        while st.stopped + 1 < st.running_ps && !self.exiting.load(Acquire) {
            self.stw_cv.wait(&mut st);
        }
        true
    }

    pub fn start_the_world(&self) {
        let mut st = self.st.lock();
        st.gcwaiting = false;
        self.world_cv.notify_all();
    }

    /// At a safepoint or schedule point, if a stop-the-world is pending:
    /// stop until it is over.
    pub fn stop_if_waiting(&self) {
        let mut st = self.st.lock();
        if st.gcwaiting {
            self.stopped_here(&mut st);
        }
    }

    fn stopped_here(&self, st: &mut parking_lot::MutexGuard<'_, St>) {
        st.stopped += 1;
        self.stw_cv.notify_all();
        while st.gcwaiting && !self.exiting.load(Acquire) {
            self.world_cv.wait(st);
        }
        st.stopped -= 1;
    }

    /// `runtime.GOMAXPROCS(n)` with the world stopped by the caller.
    pub fn set_gomaxprocs(&self, n: usize) {
        let n = n.clamp(1, MAX_PROCS);
        let mut st = self.st.lock();
        let old = self.nprocs.swap(n, AcqRel);
        if n > old {
            let mut keep = Vec::new();
            while let Some(p) = st.retired.pop() {
                if p.id < n {
                    st.idle_ps.push(p);
                } else {
                    keep.push(p);
                }
            }
            st.retired = keep;
        } else {
            let (stay, go): (Vec<_>, Vec<_>) = std::mem::take(&mut st.idle_ps)
                .into_iter()
                .partition(|p| p.id < n);
            st.idle_ps = stay;
            for p in go {
                self.drain_to_global(&p);
                st.retired.push(p);
            }
        }
        self.heap.set_gomaxprocs(n as u32);
    }

    /// Moves a P's queued Gs to the global queue (a P being retired).
    pub fn drain_to_global(&self, p: &P) {
        if let Some(g) = GRef::from_addr(self.ps[p.id].runnext.swap(0, AcqRel)) {
            self.global.push(g);
        }
        while let Some(g) = p.runq.pop() {
            self.global.push(g);
        }
    }

    // ---- goroutine end ----

    /// A goroutine finished: out of `allgs`; the caller recycles it.
    pub fn goexit(&self, g: GRef) -> Box<G> {
        g.get().status.store(G_DEAD, Release);
        self.unregister(g);
        // SAFETY: the G is dead and in no queue; `allgs` no longer lists it.
        unsafe { g.free() }
    }

    // ---- timers ----

    /// An M starts running Go code: sysmon must watch its time slice.
    pub fn m_running(&self, m: &MShared) {
        m.running.store(true, SeqCst);
        if self.sysmon_idle.load(SeqCst) {
            let _t = self.timers.lock();
            self.timer_cv.notify_one();
        }
    }

    pub fn now(&self) -> i64 {
        self.start.elapsed().as_nanos().min(i64::MAX as u128) as i64 + 1
    }

    fn add_timer_locked(t: &mut Timers, when: i64, period: i64, what: TimerWhat) -> u64 {
        t.next_id += 1;
        let id = t.next_id;
        t.by_id.insert(id, Timer { when, period, what });
        t.queue.push(Reverse((when, id)));
        id
    }

    /// Wakes `g` (which is parking for `Sleep`) at `when`.
    pub fn sleep_until(&self, g: GRef, when: i64) {
        let mut t = self.timers.lock();
        Self::add_timer_locked(&mut t, when, 0, TimerWhat::Wake(g));
        drop(t);
        self.timer_cv.notify_one();
    }

    /// `time.startTimer` (`system`: `time.startChanTimer`).
    pub fn start_timer(&self, fv: usize, when: i64, period: i64, system: bool) -> u64 {
        let mut t = self.timers.lock();
        let id = Self::add_timer_locked(&mut t, when, period, TimerWhat::Func(fv, system));
        drop(t);
        self.timer_cv.notify_one();
        id
    }

    /// `time.stopTimer`: true if it was pending.
    pub fn stop_timer(&self, id: u64) -> bool {
        let mut t = self.timers.lock();
        match t.by_id.remove(&id) {
            Some(tm) => {
                if let TimerWhat::Func(fv, system) = tm.what {
                    t.set_inactive(id, fv, system);
                }
                true
            }
            None => false,
        }
    }

    /// `time.resetTimer`: true if it was pending.
    pub fn reset_timer(&self, id: u64, when: i64, period: i64) -> bool {
        let mut t = self.timers.lock();
        let (was, what) = match t.by_id.remove(&id) {
            Some(old) => (true, Some(old.what)),
            None => (
                false,
                t.inactive
                    .remove(&id)
                    .map(|(fv, sys)| TimerWhat::Func(fv, sys)),
            ),
        };
        if let Some(what) = what {
            t.by_id.insert(id, Timer { when, period, what });
            t.queue.push(Reverse((when, id)));
        }
        drop(t);
        self.timer_cv.notify_one();
        was
    }

    /// Func values of pending timers (collector roots).
    pub fn timer_roots(&self, visit: &mut dyn FnMut(usize)) {
        let t = self.timers.lock();
        for tm in t.by_id.values() {
            if let TimerWhat::Func(fv, _) = tm.what {
                visit(fv);
            }
        }
        for &(fv, _) in t.inactive.values() {
            visit(fv);
        }
    }

    /// The timer thread: fires due timers, preempts long-running Gs.
    fn sysmon(&'static self) {
        let mut last: HashMap<usize, (u64, Instant)> = HashMap::new();
        let mut t = self.timers.lock();
        loop {
            if self.exiting.load(Acquire) {
                return;
            }
            let now = self.now();
            let mut due: Vec<TimerWhat> = Vec::new();
            while let Some(&Reverse((when, id))) = t.queue.peek() {
                let live = t.by_id.get(&id).is_some_and(|tm| tm.when == when);
                if !live {
                    t.queue.pop();
                    continue;
                }
                if when > now {
                    break;
                }
                t.queue.pop();
                let Some(tm) = t.by_id.remove(&id) else {
                    continue;
                };
                due.push(tm.what);
                if tm.period > 0 {
                    let mut next = tm.when + tm.period;
                    if next <= now {
                        next = now + tm.period;
                    }
                    t.by_id.insert(
                        id,
                        Timer {
                            when: next,
                            period: tm.period,
                            what: tm.what,
                        },
                    );
                    t.queue.push(Reverse((next, id)));
                } else if let TimerWhat::Func(fv, system) = tm.what {
                    // Kept so Reset can re-arm a fired timer.
                    t.set_inactive(id, fv, system);
                }
            }
            let next = t.queue.peek().map(|r| r.0 .0);
            t.firing = due.len();
            drop(t);
            if !due.is_empty() {
                self.fire(&due);
                self.timers.lock().firing = 0;
                // The goroutines these timers started may all have finished
                // while `firing` still counted as pending: the last M to go
                // idle then saw no deadlock, so check again now.
                let st = self.st.lock();
                if self.all_asleep(&st) {
                    drop(st);
                    self.deadlock();
                }
            }
            // Preemption: an M that ran one G for a whole time slice.
            let mut any_running = false;
            for (i, m) in self.ms.lock().iter().enumerate() {
                if !m.running.load(Acquire) {
                    last.remove(&i);
                    continue;
                }
                any_running = true;
                let tick = m.tick.load(Acquire);
                match last.get(&i) {
                    Some(&(t0, since)) if t0 == tick => {
                        if since.elapsed() >= TIME_SLICE {
                            m.preempt.store(true, Release);
                            last.insert(i, (tick, Instant::now()));
                        }
                    }
                    _ => {
                        last.insert(i, (tick, Instant::now()));
                    }
                }
            }
            t = self.timers.lock();
            if !t.queue.is_empty() && t.queue.peek().map(|r| r.0 .0) != next {
                continue;
            }
            let mut wait = next.map(|w| Duration::from_nanos((w - self.now()).max(0) as u64));
            if any_running {
                wait = Some(wait.map_or(TIME_SLICE, |w| w.min(TIME_SLICE)));
            }
            match wait {
                Some(d) if d.is_zero() => {}
                Some(d) => {
                    self.timer_cv.wait_for(&mut t, d);
                }
                None => {
                    // Nothing to time and no M running Go code: sleep until
                    // a timer is added or an M starts running (`m_running`).
                    self.sysmon_idle.store(true, SeqCst);
                    let busy = self.ms.lock().iter().any(|m| m.running.load(SeqCst));
                    if !busy && !self.exiting.load(Acquire) {
                        self.timer_cv.wait(&mut t);
                    }
                    self.sysmon_idle.store(false, SeqCst);
                }
            }
        }
    }

    /// Performs due timer actions (outside the timers lock). Starting a
    /// goroutine touches no heap memory, but its func value must stay a
    /// root until the G is registered, so the world may not stop between.
    fn fire(&'static self, due: &[TimerWhat]) {
        for &w in due {
            match w {
                TimerWhat::Wake(g) => self.ready(None, g),
                TimerWhat::Func(fv, system) => {
                    let stack = self.spare_pool.lock().get(crate::stack::INITIAL_STACK);
                    let Some(mut g) = G::new_boxed(stack) else {
                        continue;
                    };
                    g.id = if system {
                        self.next_sys_goid.fetch_add(1, Relaxed)
                    } else {
                        self.next_goid()
                    };
                    g.system = system;
                    let func = crate::mem::load::<u64>(fv) as u32;
                    g.start = Some((func, fv));
                    let g = GRef::new(g);
                    // Registered while the timers lock would still list it
                    // as fired (a root), so the func value is never unrooted.
                    self.register(g);
                    g.get().status.store(G_RUNNABLE, Release);
                    self.global.push(g);
                    self.wakep();
                }
            }
        }
    }

    // ---- semaphores ----

    /// `sync.semacquire` slow path: under the table lock, takes a unit or
    /// queues `g` (returns false: the caller parks).
    pub fn sema_acquire_or_queue(&self, addr: usize, g: GRef) -> bool {
        let mut t = self.sema.lock();
        if sema_try_take(addr) {
            return true;
        }
        g.get().status.store(G_PARKING, Release);
        t.entry(addr).or_default().push_back(g);
        false
    }

    /// `sync.semrelease`: hands the unit to the first waiter, if any.
    pub fn sema_release(&'static self, p: Option<&P>, addr: usize) {
        let mut t = self.sema.lock();
        let waiter = match t.get_mut(&addr) {
            Some(q) => {
                let w = q.pop_front();
                if q.is_empty() {
                    t.remove(&addr);
                }
                w
            }
            None => None,
        };
        match waiter {
            Some(g) => {
                drop(t);
                self.ready(p, g);
            }
            None => {
                crate::mem::atomic_u32(addr).fetch_add(1, AcqRel);
            }
        }
    }
}

/// Takes one unit of the semaphore at `addr` if it has one.
pub fn sema_try_take(addr: usize) -> bool {
    let a = crate::mem::atomic_u32(addr);
    let mut v = a.load(Acquire);
    while v > 0 {
        match a.compare_exchange(v, v - 1, AcqRel, Acquire) {
            Ok(_) => return true,
            Err(x) => v = x,
        }
    }
    false
}

impl Timers {
    fn set_inactive(&mut self, id: u64, fv: usize, system: bool) {
        self.inactive.insert(id, (fv, system));
        self.inactive_order.push_back(id);
        while self.inactive_order.len() > MAX_INACTIVE {
            if let Some(old) = self.inactive_order.pop_front() {
                self.inactive.remove(&old);
            }
        }
    }
}

// ---- the M side: schedule loop, goroutine lifecycle, parking ----

impl Vm {
    /// An M's life: find a runnable G, run it until it parks, yields or
    /// ends; sleep when there is nothing to run.
    pub fn schedule_loop(&mut self, mut spinning: bool) {
        let sched = self.sched;
        let mut schedtick: u64 = 0;
        loop {
            if sched.exiting.load(Acquire) {
                return;
            }
            sched.stop_if_waiting();
            let Some(p) = self.p.as_ref() else {
                return;
            };
            if p.id >= sched.gomaxprocs() {
                // GOMAXPROCS shrank: give the queue away, retire the P.
                sched.drain_to_global(p);
            }
            schedtick = schedtick.wrapping_add(1);
            let found = if p.id < sched.gomaxprocs() {
                sched.find_runnable(p, schedtick)
            } else {
                None
            };
            match found {
                Some((g, inherit)) => {
                    if spinning {
                        spinning = false;
                        sched.stop_spinning();
                    }
                    self.execute(g, inherit);
                }
                None => {
                    let Some(p) = self.p.take() else {
                        return;
                    };
                    match sched.go_idle(p, spinning) {
                        Some((p, spin)) => {
                            self.p = Some(p);
                            spinning = spin;
                        }
                        None => return,
                    }
                }
            }
        }
    }

    /// Runs `g` (which this M now owns) until it stops running.
    fn execute(&mut self, g: GRef, inherit_time: bool) {
        g.get().status.store(G_RUNNING, Release);
        self.g = CurG(g);
        if !inherit_time {
            // A new time slice (sysmon measures slices by this counter).
            self.m.tick.fetch_add(1, Relaxed);
        }
        self.sched.m_running(self.m);
        let r = self.run_g();
        self.m.running.store(false, Release);
        self.after_run(g, r);
        self.g = CurG(self.g0);
    }

    fn run_g(&mut self) -> Result<(), Unwind> {
        loop {
            let r = match self.g.start.take() {
                Some((func, ctx)) => self.start_call(func, ctx),
                None => self.run_loop(0),
            };
            #[cfg(feature = "escape-check")]
            if r.is_ok() {
                if let Some(v) = crate::escape_check::take() {
                    let f = self.g.created_by.map_or(0, |c| c.0);
                    return Err(self.escape_fatal(v, f, 0, None));
                }
            }
            if r.is_ok() {
                if let Some(next) = self.g.entries.pop() {
                    self.g.start = Some((next, 0));
                    continue;
                }
            }
            return r;
        }
    }

    /// Enters a goroutine's first function (its closure `ctx`).
    fn start_call(&mut self, func: u32, ctx: usize) -> Result<(), Unwind> {
        let info = &self.prog.funcs[func as usize];
        if info.native.is_some() || info.missing_native {
            return self.call_native(func, 0, ctx, crate::interp::NATIVE_RET);
        }
        self.push_frame(func, 0, ctx, crate::interp::NATIVE_RET)?;
        self.g.pc = 0;
        self.run_loop(0)
    }

    /// What happens to `g` (still `self.g`) after it stopped running.
    fn after_run(&mut self, g: GRef, r: Result<(), Unwind>) {
        let sched = self.sched;
        match r {
            Ok(()) => {
                if self.g.id == 1 {
                    if sched.claim_exit() {
                        sched.finish(0);
                    }
                    return;
                }
                self.gexit(g);
            }
            Err(Unwind::Goexit) => {
                // Goexit in goroutine 1 ends only it; the program goes on
                // until every goroutine is done or blocked (a deadlock).
                if self.g.id == 1 {
                    sched.main_goexited.store(true, Release);
                }
                self.gexit(g);
            }
            Err(Unwind::Park) => {
                if sched.exiting.load(Acquire) {
                    return;
                }
                let st = &g.get().status;
                match st.load(Acquire) {
                    G_PARKING | G_WOKEN
                        if st
                            .compare_exchange(G_PARKING, G_WAITING, AcqRel, Acquire)
                            .is_err() =>
                    {
                        // Woken before it left: run it again soon.
                        st.store(G_RUNNABLE, Release);
                        sched.put_runnable(self.p.as_ref(), g, true);
                    }
                    G_YIELD => {
                        st.store(G_RUNNABLE, Release);
                        sched.global.push(g);
                    }
                    _ => {}
                }
            }
            Err(Unwind::Exit(n)) => {
                if sched.claim_exit() {
                    sched.finish(n);
                }
            }
            Err(Unwind::Fatal(m)) => {
                if sched.claim_exit() {
                    let code = self.report_fatal(&m);
                    sched.finish(code);
                }
            }
            Err(e @ (Unwind::Panic(_) | Unwind::RuntimeError(_))) => {
                if sched.claim_exit() {
                    if let Unwind::RuntimeError(_) = e {
                        let _ = self.handle_panic(e, usize::MAX);
                    }
                    let code = self.report_panic();
                    sched.finish(code);
                }
            }
        }
    }

    /// A finished goroutine: its stack back to the pool, its structure
    /// kept for reuse.
    fn gexit(&mut self, g: GRef) {
        self.g = CurG(self.g0);
        let mut b = self.sched.goexit(g);
        let stack = std::mem::replace(&mut b.stack, crate::stack::Stack::empty());
        if stack.size() > 0 {
            self.pool.put(stack);
        }
        if self.gfree.len() < 256 {
            self.gfree.push(b);
        }
    }

    /// `go f()`: a new goroutine calling the func value `fv`, queued in
    /// this P's runnext. `at` is the (function, pc) of the go statement.
    pub fn spawn(&mut self, fv: usize, at: (u32, u32)) -> Result<(), Unwind> {
        if fv == 0 {
            return Err(Unwind::Fatal("go of nil func value".into()));
        }
        let func = crate::mem::load::<u64>(fv) as u32;
        if func as usize >= self.prog.funcs.len() {
            return Err(Unwind::Fatal("bad func value".into()));
        }
        let Some(stack) = self.pool.get(crate::stack::INITIAL_STACK) else {
            return Err(Unwind::Fatal("runtime: cannot allocate memory".into()));
        };
        let mut g = match self.gfree.pop() {
            Some(mut b) => {
                b.reset(stack);
                b
            }
            None => Box::new(G::new(stack)),
        };
        // Room for one frame and one defer, no growth slack: a parked
        // goroutine's memory matters (a million of them).
        g.recs.reserve_exact(1);
        g.defers.reserve_exact(1);
        g.id = self.sched.next_goid();
        g.start = Some((func, fv));
        g.created_by = Some((at.0, at.1, self.g.id));
        let g = GRef::new(g);
        self.sched.register(g);
        self.sched.put_runnable(self.p.as_ref(), g, true);
        Ok(())
    }

    pub fn cur_gref(&self) -> GRef {
        self.g.0
    }

    /// Makes `g` runnable (a channel or semaphore waker).
    pub fn ready(&self, g: GRef) {
        self.sched.ready(self.p.as_ref(), g);
    }

    /// After the current G queued itself (status `G_PARKING`): Ok(false)
    /// at top level (the caller propagates `Unwind::Park`); in a nested
    /// run, blocks this M until the G is readied and returns Ok(true).
    pub fn park(&mut self) -> Result<bool, Unwind> {
        if self.nest <= 1 {
            return Ok(false);
        }
        self.park_nested()?;
        Ok(true)
    }

    /// `park` for natives: their work is complete when they are woken
    /// (direct handoff), so the goroutine resumes after the call.
    pub fn park_native(&mut self) -> Result<(), Unwind> {
        if self.park()? {
            Ok(())
        } else {
            Err(Unwind::Park)
        }
    }

    /// Blocks forever (nil channel operations, `select {}`).
    pub fn park_forever(&mut self, reason: WaitReason) -> Result<(), Unwind> {
        self.g.reason = reason;
        self.g.status.store(G_PARKING, Release);
        if self.nest <= 1 {
            return Err(Unwind::Park);
        }
        self.park_nested()?;
        Err(Unwind::Fatal(
            "a goroutine blocked forever was woken".into(),
        ))
    }

    /// A wait inside a nested run: hand the P over, block the thread until
    /// readied, take a P again.
    ///
    /// The G becomes `G_NESTED` while this M still holds its P, so a waker
    /// always finds it either still running (before the CAS: `G_WOKEN`, and
    /// it just goes on) or nested (`ready` counts the M in `nwantp`). Handing
    /// the P over first left a window in which a `G_WOKEN` G's M waited for
    /// a P uncounted, and the deadlock check could fire.
    fn park_nested(&mut self) -> Result<(), Unwind> {
        let g = self.cur_gref();
        self.g.waiter = Some(std::thread::current());
        let st = &g.get().status;
        if st
            .compare_exchange(G_PARKING, G_NESTED, AcqRel, Acquire)
            .is_err()
        {
            // Readied before it slept: keep the P and go on.
            st.store(G_RUNNING, Release);
            return Ok(());
        }
        self.m.running.store(false, Release);
        if let Some(p) = self.p.take() {
            self.sched.release_p(p, false);
        }
        while st.load(Acquire) != G_RUNNABLE {
            if self.sched.exiting.load(Acquire) {
                return Err(Unwind::Park);
            }
            std::thread::park_timeout(Duration::from_millis(100));
        }
        match self.sched.acquire_p(false, true) {
            Some(p) => self.p = Some(p),
            None => return Err(Unwind::Park),
        }
        st.store(G_RUNNING, Release);
        self.sched.m_running(self.m);
        Ok(())
    }

    /// Before a native blocks in the OS (reading stdin): hand the P to
    /// another M. Go memory may not be touched until `exit_syscall`.
    pub fn enter_syscall(&mut self) {
        if let Some(p) = self.p.take() {
            self.m.running.store(false, Release);
            self.sched.release_p(p, true);
        }
    }

    /// After the blocking call: take a P again (waits while the world is
    /// stopped or every P is busy).
    pub fn exit_syscall(&mut self) -> Result<(), Unwind> {
        match self.sched.acquire_p(true, false) {
            Some(p) => {
                self.p = Some(p);
                self.sched.m_running(self.m);
                Ok(())
            }
            None => Err(Unwind::Park),
        }
    }

    /// `runtime.Gosched`: the goroutine goes to the global queue.
    pub fn gosched(&mut self) -> Result<(), Unwind> {
        if self.nest <= 1 {
            self.g.status.store(G_YIELD, Release);
            return Err(Unwind::Park);
        }
        std::thread::yield_now();
        Ok(())
    }

    /// The slow half of a safepoint: stop for the world, yield at the end
    /// of a time slice, collect when the heap asks.
    #[cold]
    pub fn safepoint_slow(&mut self, can_yield: bool) -> Result<(), Unwind> {
        if self.m.preempt.swap(false, AcqRel) {
            if self.sched.exiting.load(Acquire) && can_yield {
                return Err(Unwind::Park);
            }
            self.sched.stop_if_waiting();
            if can_yield && self.nest <= 1 && !self.heap.should_collect() {
                self.g.status.store(G_YIELD, Release);
                return Err(Unwind::Park);
            }
        }
        if self.heap.should_collect() {
            self.collect(false);
        }
        Ok(())
    }

    /// A cheap per-M random number (select's poll order).
    pub fn fastrand(&mut self) -> u64 {
        let mut x = self.rng;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.rng = x;
        x
    }

    /// A channel object (scanned: its buffer pointer is word 0).
    pub fn alloc_chan(&mut self, size: usize) -> usize {
        static LAYOUT: std::sync::OnceLock<&'static gc::GcLayout> = std::sync::OnceLock::new();
        let l = LAYOUT.get_or_init(|| Box::leak(Box::new(gc::GcLayout::new(size, &[0]))));
        self.heap.alloc(&mut self.cache, l, 1) as usize
    }
}

impl Sched {
    /// Every goroutine is blocked: Go's deadlock report, exit 2.
    fn deadlock(&'static self) {
        if !self.claim_exit() {
            return;
        }
        let mut s = if self.main_goexited.load(Acquire) && self.num_goroutine() == 0 {
            String::from("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n")
        } else {
            String::from("fatal error: all goroutines are asleep - deadlock!\n")
        };
        let mut gs: Vec<GRef> = self.allgs.lock().clone();
        gs.retain(|g| !g.get().system);
        gs.sort_by_key(|g| g.get().id);
        for g in gs {
            // SAFETY: every goroutine is blocked and every M idle: nobody
            // else touches them any more (the program is ending).
            let g = unsafe { g.get_mut() };
            s.push_str(&format!("\ngoroutine {} [{}]:\n", g.id, g.reason.text()));
            crate::panic::print_g_trace(self.prog, g, &mut s);
        }
        let mut out = self.out.clone();
        let _ = out.flush();
        let mut err = self.err.clone();
        let _ = err.write_all(s.as_bytes());
        self.finish(2);
    }
}
