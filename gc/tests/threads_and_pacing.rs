//! Many caches on many threads, then a collection; and an allocation-heavy
//! loop paced by GOGC=100 that must stay in bounded memory.

use std::sync::{Arc, OnceLock};

use gc::{GcConfig, GcLayout, Heap};

/// struct { next *Node; left *Node; val int }
fn node() -> &'static GcLayout {
    static L: OnceLock<GcLayout> = OnceLock::new();
    L.get_or_init(|| GcLayout::new(24, &[0, 1]))
}

/// Word `i` of the object at `p`. Tests only pass words of objects they
/// allocated and keep alive (or that they just freed, with poisoning on;
/// freed memory stays mapped).
fn word(p: usize, i: usize) -> usize {
    // SAFETY: see above: `p + 8*i` is a mapped, aligned heap word.
    unsafe { *(p as *const usize).add(i) }
}

/// Stores `v` in word `i` of the live object at `p` (as `word`).
fn set_word(p: usize, i: usize, v: usize) {
    // SAFETY: see `word`.
    unsafe { *(p as *mut usize).add(i) = v };
}

#[test]
fn many_threads_then_collect() {
    let heap = Arc::new(Heap::new(GcConfig {
        gogc: None,
        memory_limit: None,
    }));
    heap.set_poison(true);
    let threads = 4;
    let per_thread = 50_000usize;
    let mut caches = Vec::new();
    let handles: Vec<_> = (0..threads)
        .map(|t| {
            let heap = heap.clone();
            std::thread::spawn(move || {
                let mut cache = heap.new_cache();
                let mut head = 0usize;
                for i in 0..per_thread {
                    let p = heap.alloc(&mut cache, node(), 1) as usize;
                    // Garbage in between, of several sizes.
                    heap.alloc_noscan(&mut cache, 8 + (i % 200));
                    if i % 5000 == 0 {
                        heap.alloc_noscan(&mut cache, 40_000);
                    }
                    {
                        set_word(p, 0, head);
                        set_word(p, 2, t * 1_000_000 + i);
                    }
                    head = p;
                }
                (head, cache)
            })
        })
        .collect();
    let mut roots = Vec::new();
    for h in handles {
        let (head, cache) = h.join().unwrap();
        roots.push(head);
        caches.push(cache); // caches stay alive (and registered) across collect
    }
    let s = heap.stats();
    let garbage = threads * (per_thread + per_thread / 5000);
    assert_eq!(s.mallocs as usize, threads * per_thread + garbage);
    heap.check_invariants().unwrap();
    heap.collect(&mut &roots[..], true);
    heap.check_invariants().unwrap();
    let s = heap.stats();
    assert_eq!(s.heap_objects as usize, threads * per_thread);
    assert_eq!(s.frees as usize, garbage);
    for (t, &head) in roots.iter().enumerate() {
        let mut p = head;
        let mut i = per_thread;
        while p != 0 {
            i -= 1;
            assert_eq!(word(p, 2), t * 1_000_000 + i);
            p = word(p, 0);
        }
        assert_eq!(i, 0);
    }
    // Caches flushed by collect keep working, on other threads too.
    let handles: Vec<_> = caches
        .into_iter()
        .map(|mut cache| {
            let heap = heap.clone();
            std::thread::spawn(move || {
                for _ in 0..1000 {
                    assert!(!heap.alloc(&mut cache, node(), 1).is_null());
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    assert_eq!(
        heap.stats().mallocs as usize,
        threads * per_thread + garbage + threads * 1000
    );
    heap.collect(&mut &[][..], false);
    assert_eq!(heap.stats().heap_objects, 0);
}

/// Builds a binary tree of depth `d` (binary-trees benchmark shape).
fn tree(heap: &Heap, cache: &mut gc::AllocCache, d: u32) -> usize {
    let p = heap.alloc(cache, node(), 1) as usize;
    if d > 0 {
        let l = tree(heap, cache, d - 1);
        let r = tree(heap, cache, d - 1);
        {
            set_word(p, 0, l);
            set_word(p, 1, r);
        }
    }
    p
}

fn check(p: usize) -> usize {
    let (l, r) = (word(p, 0), word(p, 1));
    1 + if l == 0 { 0 } else { check(l) + check(r) }
}

#[test]
fn paced_loop_stays_bounded() {
    let heap = Heap::new(GcConfig {
        gogc: Some(100),
        memory_limit: None,
    });
    let mut cache = heap.new_cache();
    // A long-lived tree plus lots of short-lived trees and byte buffers.
    let long_lived = tree(&heap, &mut cache, 14);
    let mut max_sys = 0;
    for i in 0..1000 {
        let t = tree(&heap, &mut cache, 10);
        let buf = heap.alloc_noscan(&mut cache, 1000 + i * 37);
        assert_eq!(check(t), 2047);
        if i % 25 == 0 {
            heap.alloc_noscan(&mut cache, 200_000);
        }
        if heap.should_collect() {
            heap.collect(&mut &[long_lived, t, buf as usize][..], false);
        }
        max_sys = max_sys.max(heap.stats().sys);
    }
    let s = heap.stats();
    assert!(s.num_gc >= 5, "num_gc {}", s.num_gc);
    assert!(s.total_alloc > 50 << 20, "total {}", s.total_alloc);
    // Live ~0.8 MiB: the goal stays at the 4 MiB minimum; committed heap
    // must stay within a few goals.
    assert!(s.heap_sys <= 16 << 20, "heap_sys {}", s.heap_sys);
    assert!(max_sys <= 24 << 20, "sys {}", max_sys);
    assert_eq!(check(long_lived), 32767);
}

#[test]
fn gogc_off_never_asks() {
    let heap = Heap::new(GcConfig {
        gogc: None,
        memory_limit: None,
    });
    let mut cache = heap.new_cache();
    for _ in 0..20 {
        tree(&heap, &mut cache, 14);
    }
    assert!(!heap.should_collect());
    // ...unless a memory limit is set.
    heap.set_memory_limit(Some(8 << 20));
    assert!(heap.should_collect());
}

/// The VM's future shape: several Ps allocate concurrently; when the pacer
/// asks, one of them stops the world (every P parks at a safepoint with its
/// roots published), collects, and restarts the world. Lists built across
/// many collections must stay intact.
#[test]
fn stop_the_world_between_concurrent_mutators() {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::{Barrier, Mutex};

    const PS: usize = 3;
    const NODES: usize = 60_000;
    let heap = Arc::new(Heap::new(GcConfig::default()));
    heap.set_poison(true);
    let stop = Arc::new(AtomicBool::new(false));
    let parked = Arc::new(Barrier::new(PS));
    let resumed = Arc::new(Barrier::new(PS));
    let roots = Arc::new(Mutex::new(vec![0usize; PS]));
    let done = Arc::new(AtomicUsize::new(0));
    let exit = Arc::new(AtomicBool::new(false));
    let handles: Vec<_> = (0..PS)
        .map(|id| {
            let (heap, stop, parked, resumed, roots, done, exit) = (
                heap.clone(),
                stop.clone(),
                parked.clone(),
                resumed.clone(),
                roots.clone(),
                done.clone(),
                exit.clone(),
            );
            std::thread::spawn(move || {
                let mut cache = heap.new_cache();
                let mut head = 0usize;
                let mut i = 0;
                let mut finished = false;
                loop {
                    if !finished {
                        let p = heap.alloc(&mut cache, node(), 1) as usize;
                        set_word(p, 0, head);
                        set_word(p, 2, id * 1_000_000 + i);
                        head = p;
                        heap.alloc_noscan(&mut cache, 24 + i % 300); // garbage
                        i += 1;
                        if i == NODES {
                            finished = true;
                            done.fetch_add(1, Ordering::SeqCst);
                        }
                    }
                    // Safepoint. Once every P is done, one last
                    // stop-the-world lets all of them leave together.
                    if heap.should_collect() || done.load(Ordering::SeqCst) == PS {
                        stop.store(true, Ordering::SeqCst);
                    }
                    if stop.load(Ordering::SeqCst) {
                        roots.lock().unwrap()[id] = head;
                        let leader = parked.wait().is_leader();
                        if leader {
                            let r = roots.lock().unwrap().clone();
                            heap.collect(&mut &r[..], false);
                            heap.check_invariants().unwrap();
                            if done.load(Ordering::SeqCst) == PS {
                                exit.store(true, Ordering::SeqCst);
                            }
                            stop.store(false, Ordering::SeqCst);
                        }
                        resumed.wait();
                        if exit.load(Ordering::SeqCst) {
                            break;
                        }
                    }
                }
                (head, i)
            })
        })
        .collect();
    let results: Vec<(usize, usize)> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert!(heap.stats().num_gc >= 3, "num_gc {}", heap.stats().num_gc);
    let heads: Vec<usize> = results.iter().map(|r| r.0).collect();
    heap.collect(&mut &heads[..], true);
    assert_eq!(heap.stats().heap_objects as usize, PS * NODES);
    for (id, &(head, n)) in results.iter().enumerate() {
        let mut p = head;
        let mut i = n;
        while p != 0 {
            i -= 1;
            assert_eq!(word(p, 2), id * 1_000_000 + i);
            p = word(p, 0);
        }
        assert_eq!(i, 0);
    }
}
