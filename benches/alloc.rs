//! Allocation fast path of the `gc` heap: small noscan and scan objects
//! (per allocation, refills included, collections excluded), and a full
//! allocate-then-collect cycle.
//!
//! Each allocation benchmark runs twice: `alloc/*` measures wall-clock time
//! (criterion's default) and `alloc_cputime/*` the thread's CPU time, which
//! stays meaningful on a machine shared with other jobs.

use std::hint::black_box;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gc::stats::thread_cpu_ns;
use gc::{AllocCache, GcConfig, GcLayout, Heap};

/// struct { left, right *Node } as in binary-trees.
fn node() -> &'static GcLayout {
    static L: OnceLock<GcLayout> = OnceLock::new();
    L.get_or_init(|| GcLayout::new(16, &[0, 1]))
}

#[derive(Clone, Copy)]
enum Clock {
    Wall,
    ThreadCpu,
}

/// Times `iters` allocations done by `f`, in chunks, collecting (untimed)
/// whenever the pacer asks.
fn timed_allocs(
    clock: Clock,
    heap: &Heap,
    cache: &mut AllocCache,
    iters: u64,
    mut f: impl FnMut(&Heap, &mut AllocCache),
) -> Duration {
    let mut total = Duration::ZERO;
    let mut left = iters;
    while left > 0 {
        let chunk = left.min(1 << 16);
        let (t, c) = (Instant::now(), thread_cpu_ns());
        for _ in 0..chunk {
            f(heap, cache);
        }
        total += match clock {
            Clock::Wall => t.elapsed(),
            Clock::ThreadCpu => Duration::from_nanos(thread_cpu_ns() - c),
        };
        left -= chunk;
        if heap.should_collect() {
            heap.collect(&mut &[][..], false);
        }
    }
    total
}

fn bench_alloc(c: &mut Criterion) {
    let heap = Heap::new(GcConfig::default());
    let mut cache = heap.new_cache();
    for (group, clock) in [("alloc", Clock::Wall), ("alloc_cputime", Clock::ThreadCpu)] {
        let mut g = c.benchmark_group(group);
        g.throughput(Throughput::Elements(1));
        g.bench_function("small_noscan_16B", |b| {
            b.iter_custom(|iters| {
                timed_allocs(clock, &heap, &mut cache, iters, |h, c| {
                    black_box(h.alloc_noscan(c, black_box(16)));
                })
            })
        });
        g.bench_function("small_scan_16B", |b| {
            b.iter_custom(|iters| {
                timed_allocs(clock, &heap, &mut cache, iters, |h, c| {
                    black_box(h.alloc(c, node(), 1));
                })
            })
        });
        g.bench_function("small_noscan_mixed_8_to_512B", |b| {
            let mut i = 0usize;
            b.iter_custom(|iters| {
                timed_allocs(clock, &heap, &mut cache, iters, |h, c| {
                    i = (i + 1) & 63;
                    black_box(h.alloc_noscan(c, 8 + i * 8));
                })
            })
        });
        g.finish();
    }

    let mut g = c.benchmark_group("cycle");
    let n = 100_000u64;
    g.throughput(Throughput::Elements(n));
    g.bench_function("alloc_100k_nodes_keep_10pct_then_collect", |b| {
        b.iter(|| {
            let mut keep = 0usize;
            for i in 0..n {
                let p = heap.alloc(&mut cache, node(), 1) as usize;
                if i % 10 == 0 {
                    // SAFETY: p is a fresh 16-byte object; word 0 is a pointer.
                    unsafe { *(p as *mut usize) = keep };
                    keep = p;
                }
            }
            heap.collect(&mut &[keep][..], false);
        })
    });
    g.finish();
}

criterion_group!(benches, bench_alloc);
criterion_main!(benches);
