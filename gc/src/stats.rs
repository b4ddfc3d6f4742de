//! Statistics: the counters behind `runtime.MemStats`, the per-cycle record
//! and the `GODEBUG=gctrace=1` line.
//!
//! Small allocations are counted when an allocation cache gives a span back
//! (slots used since it took the span), so the fast path counts nothing;
//! `Heap::stats` adds the slots used in spans still cached. Large objects
//! are counted as they are allocated; frees are counted by sweep.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// Cumulative allocation counters.
#[derive(Default)]
pub(crate) struct Counters {
    pub mallocs: AtomicU64,
    pub total_alloc: AtomicU64,
    pub frees: AtomicU64,
    pub freed_bytes: AtomicU64,
}

impl Counters {
    pub fn add_mallocs(&self, count: u64, bytes: u64) {
        if count != 0 {
            self.mallocs.fetch_add(count, Relaxed);
            self.total_alloc.fetch_add(bytes, Relaxed);
        }
    }
}

/// Timings and sizes of one collection, what gctrace prints.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CycleTrace {
    /// Cycle number (1 for the first).
    pub num: u32,
    /// Start of the cycle since the heap (process) started, in ns.
    pub start_ns: u64,
    /// `GCCPUFraction * 100`, truncated.
    pub cpu_percent: u32,
    /// Wall clock of sweep termination, mark, mark termination (ns).
    pub clock_ns: [u64; 3],
    /// CPU: sweep termination, assist, background mark, idle mark, mark
    /// termination (ns).
    pub cpu_ns: [u64; 5],
    /// Heap at GC start, at mark end, and marked live heap (bytes).
    pub heap0: u64,
    pub heap1: u64,
    pub heap2: u64,
    pub goal: u64,
    pub stacks: u64,
    pub globals: u64,
    pub procs: u32,
    pub forced: bool,
    /// Total stop-the-world pause of the cycle (ns).
    pub pause_ns: u64,
}

/// Go's `itoaDiv`: `val` with a decimal point `dec` digits from the right.
fn itoa_div(val: u64, dec: usize) -> String {
    let mut digits = val.to_string();
    if dec == 0 {
        return digits;
    }
    while digits.len() <= dec {
        digits.insert(0, '0');
    }
    digits.insert(digits.len() - dec, '.');
    digits
}

/// Go's `fmtNSAsMS`: whole ms from 10 ms up, else two significant digits
/// with at most three decimals.
pub fn fmt_ns_as_ms(ns: u64) -> String {
    if ns >= 10_000_000 {
        return itoa_div(ns / 1_000_000, 0);
    }
    let mut x = ns / 1000;
    if x == 0 {
        return "0".to_string();
    }
    let mut dec = 3;
    while x >= 100 {
        x /= 10;
        dec -= 1;
    }
    itoa_div(x, dec)
}

/// The `GODEBUG=gctrace=1` line (without the newline), in Go's format:
/// `gc 1 @0.012s 2%: 0.010+0.25+0.003 ms clock, 0.021+0/0.20/0+0.006 ms cpu,
/// 4->4->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 8 P`.
pub fn format_gctrace(t: &CycleTrace) -> String {
    let mut s = format!(
        "gc {} @{}s {}%: ",
        t.num,
        itoa_div(t.start_ns / 1_000_000, 3),
        t.cpu_percent
    );
    for (i, ns) in t.clock_ns.iter().enumerate() {
        if i != 0 {
            s.push('+');
        }
        s.push_str(&fmt_ns_as_ms(*ns));
    }
    s.push_str(" ms clock, ");
    for (i, ns) in t.cpu_ns.iter().enumerate() {
        if i == 2 || i == 3 {
            s.push('/');
        } else if i != 0 {
            s.push('+');
        }
        s.push_str(&fmt_ns_as_ms(*ns));
    }
    s.push_str(&format!(
        " ms cpu, {}->{}->{} MB, {} MB goal, {} MB stacks, {} MB globals, {} P",
        t.heap0 >> 20,
        t.heap1 >> 20,
        t.heap2 >> 20,
        t.goal >> 20,
        t.stacks >> 20,
        t.globals >> 20,
        t.procs
    ));
    if t.forced {
        s.push_str(" (forced)");
    }
    s
}

/// Cycles kept in the history (about 10 MB at most, even when a stress
/// mode collects at every safepoint).
pub const HISTORY_CYCLES: usize = 1 << 16;

/// Per-cycle history: pause ring, totals, GC CPU.
pub(crate) struct CycleStats {
    pub start: Instant,
    pub num_gc: u32,
    pub num_forced_gc: u32,
    pub pause_total_ns: u64,
    pub pause_ns: [u64; 256],
    pub pause_end: [u64; 256],
    pub last_gc: u64,
    pub gc_cpu_ns: u64,
    pub gc_cpu_fraction: f64,
    pub last_trace: Option<CycleTrace>,
    /// The last `HISTORY_CYCLES` cycles (for pause histograms and plots).
    pub history: VecDeque<CycleTrace>,
}

impl CycleStats {
    pub fn new() -> CycleStats {
        CycleStats {
            start: Instant::now(),
            num_gc: 0,
            num_forced_gc: 0,
            pause_total_ns: 0,
            pause_ns: [0; 256],
            pause_end: [0; 256],
            last_gc: 0,
            gc_cpu_ns: 0,
            gc_cpu_fraction: 0.0,
            last_trace: None,
            history: VecDeque::new(),
        }
    }

    /// Appends a cycle's trace, forgetting the oldest past HISTORY_CYCLES.
    pub fn push_history(&mut self, t: CycleTrace) {
        if self.history.len() == HISTORY_CYCLES {
            self.history.pop_front();
        }
        self.history.push_back(t);
    }

    /// Records a finished stop-the-world cycle.
    pub fn record(&mut self, pause: Duration, forced: bool, procs: u32) {
        let pause_ns = pause.as_nanos() as u64;
        let end = unix_nanos();
        let slot = (self.num_gc % 256) as usize;
        self.pause_ns[slot] = pause_ns;
        self.pause_end[slot] = end;
        self.num_gc += 1;
        if forced {
            self.num_forced_gc += 1;
        }
        self.pause_total_ns += pause_ns;
        self.last_gc = end;
        // A stop-the-world pause keeps every P busy with the collector.
        self.gc_cpu_ns += pause_ns * procs.max(1) as u64;
        let elapsed = self.start.elapsed().as_nanos() as f64 * procs.max(1) as f64;
        self.gc_cpu_fraction = if elapsed > 0.0 {
            (self.gc_cpu_ns as f64 / elapsed).min(1.0)
        } else {
            0.0
        };
    }
}

/// Pause distribution over a set of cycles.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PauseSummary {
    pub count: usize,
    pub total_ns: u64,
    pub p50_ns: u64,
    pub p90_ns: u64,
    pub p99_ns: u64,
    pub max_ns: u64,
}

/// Summarises pauses (nearest-rank percentiles).
pub fn summarize_pauses(pauses: &[u64]) -> PauseSummary {
    if pauses.is_empty() {
        return PauseSummary::default();
    }
    let mut v = pauses.to_vec();
    v.sort_unstable();
    let rank = |p: usize| v[((p * v.len()).div_ceil(100)).clamp(1, v.len()) - 1];
    PauseSummary {
        count: v.len(),
        total_ns: v.iter().sum(),
        p50_ns: rank(50),
        p90_ns: rank(90),
        p99_ns: rank(99),
        max_ns: v[v.len() - 1],
    }
}

/// CPU time consumed by the calling thread, in ns (for GC CPU accounting
/// and for benchmarks that must not count time the thread sat preempted).
pub fn thread_cpu_ns() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid out-parameter for clock_gettime.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return 0;
    }
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

pub fn unix_nanos() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ms_formatting() {
        assert_eq!(fmt_ns_as_ms(0), "0");
        assert_eq!(fmt_ns_as_ms(999), "0");
        assert_eq!(fmt_ns_as_ms(1_000), "0.001");
        assert_eq!(fmt_ns_as_ms(10_000), "0.010");
        assert_eq!(fmt_ns_as_ms(250_000), "0.25");
        assert_eq!(fmt_ns_as_ms(3_000), "0.003");
        assert_eq!(fmt_ns_as_ms(1_234_567), "1.2");
        assert_eq!(fmt_ns_as_ms(9_999_999), "9.9");
        assert_eq!(fmt_ns_as_ms(10_000_000), "10");
        assert_eq!(fmt_ns_as_ms(123_456_789), "123");
        assert_eq!(itoa_div(12, 3), "0.012");
        assert_eq!(itoa_div(1234, 3), "1.234");
        assert_eq!(itoa_div(0, 3), "0.000");
    }

    #[test]
    fn pause_percentiles() {
        let p: Vec<u64> = (1..=100).collect();
        let s = summarize_pauses(&p);
        assert_eq!(
            (s.count, s.p50_ns, s.p90_ns, s.p99_ns, s.max_ns),
            (100, 50, 90, 99, 100)
        );
        assert_eq!(s.total_ns, 5050);
        assert_eq!(summarize_pauses(&[7]).p99_ns, 7);
        assert_eq!(summarize_pauses(&[]), PauseSummary::default());
    }

    #[test]
    fn gctrace_line() {
        let t = CycleTrace {
            num: 1,
            start_ns: 12_345_678,
            cpu_percent: 2,
            clock_ns: [10_000, 250_000, 3_000],
            cpu_ns: [21_000, 0, 100_000, 200_000, 6_000],
            heap0: 4 << 20,
            heap1: 4 << 20,
            heap2: 300 << 10,
            goal: 4 << 20,
            stacks: 0,
            globals: 0,
            procs: 8,
            forced: false,
            pause_ns: 263_000,
        };
        assert_eq!(
            format_gctrace(&t),
            "gc 1 @0.012s 2%: 0.010+0.25+0.003 ms clock, 0.021+0/0.10/0.20+0.006 ms cpu, \
             4->4->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 8 P"
        );
        let t = CycleTrace {
            num: 12,
            start_ns: 1_500_000_000,
            forced: true,
            ..t
        };
        assert!(format_gctrace(&t).starts_with("gc 12 @1.500s 2%: "));
        assert!(format_gctrace(&t).ends_with("8 P (forced)"));
    }
}
