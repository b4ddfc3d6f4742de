//! Basic behaviour of the heap: zeroing, interior pointers, precise
//! scanning, large objects, frees, poisoning, pacing, statistics.

use std::sync::OnceLock;

use gc::{GcConfig, GcLayout, Heap, POISON_WORD};

/// struct { next *Node; val int }
fn node() -> &'static GcLayout {
    static L: OnceLock<GcLayout> = OnceLock::new();
    L.get_or_init(|| GcLayout::new(16, &[0]))
}

/// *T (one pointer word)
fn ptr() -> &'static GcLayout {
    static L: OnceLock<GcLayout> = OnceLock::new();
    L.get_or_init(|| GcLayout::new(8, &[0]))
}

fn heap() -> Heap {
    let h = Heap::new(GcConfig::default());
    h.set_poison(true);
    h
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
fn alloc_is_zeroed_and_findable() {
    let h = heap();
    let mut c = h.new_cache();
    for size in [1usize, 7, 8, 9, 16, 100, 1000, 4096, 32768, 32769, 100_000] {
        let p = h.alloc_noscan(&mut c, size) as usize;
        assert_ne!(p, 0);
        assert_eq!(p % 8, 0);
        // SAFETY: a fresh allocation of `size` bytes.
        let bytes = unsafe { std::slice::from_raw_parts(p as *const u8, size) };
        assert!(bytes.iter().all(|&b| b == 0));
        let (base, sz) = h.find_object(p).unwrap();
        assert_eq!(base, p);
        assert!(sz >= size);
        assert_eq!(h.find_object(p + size - 1), Some((base, sz)));
    }
    let s = h.stats();
    assert_eq!(s.mallocs, 11);
    assert_eq!(s.heap_objects, 11);
    assert_eq!(s.frees, 0);
}

#[test]
fn non_heap_addresses_are_not_objects() {
    let h = heap();
    let mut c = h.new_cache();
    let local = 5u64;
    static GLOBAL: u64 = 7;
    let _ = h.alloc_noscan(&mut c, 16);
    for a in [
        0usize,
        1,
        4096,
        usize::MAX,
        &local as *const u64 as usize,
        &GLOBAL as *const u64 as usize,
        node() as *const GcLayout as usize,
    ] {
        assert_eq!(h.find_object(a), None, "{a:#x}");
    }
    // Roots with junk values are ignored.
    let roots = [
        0usize,
        1,
        usize::MAX,
        &local as *const u64 as usize,
        0xdead_beef,
    ];
    h.collect(&mut &roots[..], true);
    assert_eq!(h.stats().frees, 1);
}

#[test]
fn zero_size_allocations() {
    let h = heap();
    let mut c = h.new_cache();
    let a = h.alloc_noscan(&mut c, 0);
    let b = h.alloc(&mut c, node(), 0);
    assert!(!a.is_null());
    assert_eq!(a, b);
    assert_eq!(h.find_object(a as usize), None);
}

#[test]
fn linked_list_survives_and_dies() {
    let h = heap();
    let mut c = h.new_cache();
    let mut head = 0usize;
    let n = 10_000;
    for i in 0..n {
        let p = h.alloc(&mut c, node(), 1) as usize;
        {
            set_word(p, 0, head);
            set_word(p, 1, i);
        }
        head = p;
    }
    h.collect(&mut &[head][..], false);
    let s = h.stats();
    assert_eq!(s.mallocs, n as u64);
    assert_eq!(s.frees, 0);
    assert_eq!(s.heap_objects, n as u64);
    let mut p = head;
    let mut i = n;
    while p != 0 {
        i -= 1;
        assert_eq!(word(p, 1), i);
        p = word(p, 0);
    }
    assert_eq!(i, 0);
    // Keep only the 10 newest through an interior pointer to the 10th.
    let mut tenth = head;
    for _ in 0..9 {
        tenth = word(tenth, 0);
    }
    let rest = word(tenth, 0);
    set_word(tenth, 0, 0);
    h.collect(&mut &[head + 8][..], false);
    let s = h.stats();
    assert_eq!(s.heap_objects, 10);
    assert_eq!(s.frees, (n - 10) as u64);
    assert_eq!(s.num_gc, 2);
    assert_eq!(word(rest, 0) as u64, POISON_WORD);
    assert_eq!(h.find_object(rest), None);
    assert_eq!(h.find_object(head + 15), Some((head, 16)));
}

#[test]
fn noscan_objects_are_not_scanned() {
    let h = heap();
    let mut c = h.new_cache();
    let target = h.alloc_noscan(&mut c, 8) as usize;
    let holder = h.alloc_noscan(&mut c, 8) as usize;
    set_word(holder, 0, target);
    h.collect(&mut &[holder][..], false);
    assert_eq!(h.find_object(target), None);
    assert!(h.find_object(holder).is_some());
}

#[test]
fn only_pointer_words_are_scanned() {
    // struct { a int; p *T; b int }
    static L: OnceLock<GcLayout> = OnceLock::new();
    let l = L.get_or_init(|| GcLayout::new(24, &[1]));
    let h = heap();
    let mut c = h.new_cache();
    let kept = h.alloc_noscan(&mut c, 8) as usize;
    let dropped = h.alloc_noscan(&mut c, 8) as usize;
    let obj = h.alloc(&mut c, l, 3) as usize;
    {
        set_word(obj, 0, dropped); // int word: not a pointer
        set_word(obj, 1, 0);
        set_word(obj, 4, kept + 3); // element 1's pointer word, interior
    }
    h.collect(&mut &[obj + 70][..], false);
    assert!(h.find_object(kept).is_some());
    assert_eq!(h.find_object(dropped), None);
}

#[test]
fn large_objects() {
    let h = heap();
    let mut c = h.new_cache();
    let n = 20_000; // 160 KB of pointers
    let arr = h.alloc(&mut c, ptr(), n) as usize;
    let mut smalls = Vec::new();
    for i in (0..n).step_by(1000) {
        let s = h.alloc(&mut c, node(), 1) as usize;
        {
            set_word(s, 1, i);
            set_word(arr, i, s);
        }
        smalls.push(s);
    }
    let garbage = h.alloc_noscan(&mut c, 1 << 20) as usize;
    assert_eq!(h.find_object(arr + 8 * n - 1).map(|o| o.0), Some(arr));
    h.collect(&mut &[arr + 8 * 12345][..], false);
    for (k, &s) in smalls.iter().enumerate() {
        assert_eq!(word(s, 1), k * 1000);
    }
    assert_eq!(h.find_object(garbage), None);
    assert_eq!(h.stats().frees, 1);
    h.collect(&mut &[][..], false);
    assert_eq!(h.stats().heap_objects, 0);
    assert_eq!(h.stats().heap_alloc, 0);
}

#[test]
fn reused_memory_is_zeroed() {
    let h = heap();
    let mut c = h.new_cache();
    for _ in 0..3 {
        let mut ps = Vec::new();
        for _ in 0..2000 {
            let p = h.alloc(&mut c, node(), 1) as usize;
            assert_eq!((word(p, 0), word(p, 1)), (0, 0));
            {
                set_word(p, 0, usize::MAX);
                set_word(p, 1, usize::MAX);
            }
            ps.push(p);
        }
        let big = h.alloc(&mut c, ptr(), 10_000) as usize;
        assert!((0..10_000).all(|i| word(big, i) == 0));
        // SAFETY: `big` is a live 80,000-byte object.
        unsafe { std::ptr::write_bytes(big as *mut u8, 0xff, 80_000) };
        h.collect(&mut &[][..], false);
    }
}

#[test]
fn pacer_triggers_at_goal() {
    let h = Heap::new(GcConfig {
        gogc: Some(100),
        memory_limit: None,
    });
    let mut c = h.new_cache();
    assert_eq!(h.stats().next_gc, 4 << 20);
    let mut allocated = 0;
    while !h.should_collect() {
        h.alloc_noscan(&mut c, 1024);
        allocated += 1024;
        assert!(allocated < 8 << 20);
    }
    assert!(allocated >= (4 << 20) - 64 * 1024, "{allocated}");
    h.collect(&mut &[][..], false);
    assert!(!h.should_collect());
    let off = Heap::new(GcConfig {
        gogc: None,
        memory_limit: None,
    });
    let mut c = off.new_cache();
    for _ in 0..10_000 {
        off.alloc_noscan(&mut c, 1024);
    }
    assert!(!off.should_collect());
}

#[test]
fn memory_limit_lowers_goal() {
    let h = Heap::new(GcConfig {
        gogc: Some(100),
        memory_limit: Some(3 << 20),
    });
    assert!(h.stats().next_gc < 3 << 20);
    assert_eq!(h.set_gc_percent(Some(50)), Some(100));
    assert_eq!(h.set_memory_limit(None), Some(3 << 20));
    assert_eq!(h.stats().next_gc, 2 << 20);
}

#[test]
fn stats_and_trace() {
    let h = heap();
    h.set_gomaxprocs(4);
    let mut c = h.new_cache();
    for _ in 0..100 {
        h.alloc(&mut c, node(), 1);
    }
    let before = h.stats();
    assert_eq!(before.mallocs, 100);
    assert_eq!(before.heap_alloc, 1600);
    assert_eq!(before.total_alloc, 1600);
    assert!(before.heap_sys >= before.heap_inuse && before.heap_inuse >= 8192);
    assert!(before.sys >= before.heap_sys);
    h.collect(&mut &[][..], true);
    let s = h.stats();
    assert_eq!(s.frees, 100);
    assert_eq!(s.heap_alloc, 0);
    assert_eq!(s.total_alloc, 1600);
    assert_eq!(s.num_gc, 1);
    assert_eq!(s.num_forced_gc, 1);
    assert!(s.last_gc > 0);
    assert_eq!(s.pause_total_ns, s.pause_ns[0]);
    assert_eq!(s.pause_end[0], s.last_gc);
    let hist = h.cycle_history();
    assert_eq!(hist.len(), 1);
    assert_eq!(hist[0].pause_ns, s.pause_ns[0]);
    assert_eq!(hist[0].num, 1);
    assert_eq!(h.pause_summary().count, 1);
    assert_eq!(h.pause_summary().max_ns, s.pause_ns[0]);
    let line = h.last_gctrace().unwrap();
    assert!(line.starts_with("gc 1 @"), "{line}");
    assert!(line.contains(" ms clock, "), "{line}");
    assert!(
        line.ends_with("MB, 4 MB goal, 0 MB stacks, 0 MB globals, 4 P (forced)"),
        "{line}"
    );
}

#[test]
fn cache_drop_returns_spans() {
    let h = heap();
    let mut c = h.new_cache();
    let p = h.alloc(&mut c, node(), 1) as usize;
    drop(c);
    assert_eq!(h.stats().mallocs, 1);
    let mut c2 = h.new_cache();
    let q = h.alloc(&mut c2, node(), 1) as usize;
    // The partial span went back to the central list and is reused.
    assert_eq!(q, p + 16);
    h.collect(&mut &[p][..], false);
    assert_eq!(h.stats().heap_objects, 1);
}

#[test]
fn foreign_cache_is_refused() {
    let a = heap();
    let b = heap();
    let mut cb = b.new_cache();
    assert!(a.alloc(&mut cb, node(), 1).is_null());
    assert!(a.alloc_noscan(&mut cb, 8).is_null());
}

#[test]
fn impossible_sizes_return_null() {
    let h = heap();
    let mut c = h.new_cache();
    assert!(h.alloc(&mut c, node(), usize::MAX / 2).is_null());
    assert!(h.alloc_noscan(&mut c, usize::MAX).is_null());
    // Too big for this machine (the OS refuses to commit 512 GiB under its
    // default overcommit policy): null, and the heap still works.
    let huge = h.alloc_noscan(&mut c, 1 << 39) as usize;
    assert!(huge == 0 || h.find_object(huge + (1 << 38)) == Some((huge, 1 << 39)));
    assert!(!h.alloc(&mut c, node(), 1).is_null());
    h.check_invariants().unwrap();
}

#[test]
fn scavenger_returns_idle_memory() {
    let h = heap();
    let mut c = h.new_cache();
    // 48 MB of garbage without collecting, then one collection.
    for _ in 0..3000 {
        h.alloc_noscan(&mut c, 16_000);
    }
    for _ in 0..300 {
        h.alloc_noscan(&mut c, 100_000);
    }
    let keep = h.alloc(&mut c, node(), 1) as usize;
    let before = h.stats();
    assert!(before.heap_sys >= 48 << 20);
    assert!(before.heap_released < 4 << 20); // only committed-but-untouched pages
    h.collect(&mut &[keep][..], false);
    let s = h.stats();
    h.check_invariants().unwrap();
    assert!(s.heap_released >= 40 << 20, "released {}", s.heap_released);
    assert!(s.heap_sys - s.heap_released <= 5 << 20);
    assert_eq!(s.heap_idle, s.heap_sys - s.heap_inuse);
    // Released memory is reused and reads as zero.
    for _ in 0..3000 {
        let p = h.alloc_noscan(&mut c, 16_000) as usize;
        assert!((0..2000).all(|i| word(p, i) == 0));
        // SAFETY: `p` is a live 16,000-byte object.
        unsafe { std::ptr::write_bytes(p as *mut u8, 0xAB, 16_000) };
    }
    let big = h.alloc(&mut c, ptr(), 100_000) as usize;
    assert!((0..100_000).all(|i| word(big, i) == 0));
    assert!(h.stats().heap_released < s.heap_released);
    h.check_invariants().unwrap();
}

/// Roots that also report scanned stack and global bytes.
struct VmRoots {
    words: Vec<usize>,
}

impl gc::Roots for VmRoots {
    fn for_each_root(&mut self, visit: &mut dyn FnMut(usize)) {
        for &w in &self.words {
            visit(w);
        }
    }
    fn stack_bytes(&self) -> u64 {
        8 << 20
    }
    fn globals_bytes(&self) -> u64 {
        2 << 20
    }
}

#[test]
fn stacks_and_globals_feed_the_pacer_and_trace() {
    let h = heap();
    let mut c = h.new_cache();
    let p = h.alloc(&mut c, node(), 1) as usize;
    h.collect(&mut VmRoots { words: vec![p] }, false);
    // goal = live + (live + stacks + globals) * 100%
    assert_eq!(h.stats().next_gc, 16 + (16 + (10 << 20)));
    let line = h.last_gctrace().unwrap();
    assert!(
        line.contains(", 4 MB goal, 8 MB stacks, 2 MB globals, "),
        "{line}"
    );
    assert!(!line.ends_with("(forced)"));
}

#[test]
fn stress_mode_always_asks() {
    let h = heap();
    assert!(!h.should_collect());
    h.set_stress(true);
    assert!(h.should_collect());
    h.collect(&mut &[][..], false);
    assert!(h.should_collect());
    h.set_stress(false);
    assert!(!h.should_collect());
}

#[test]
fn free_os_memory_releases_all_idle_pages() {
    let h = heap();
    let mut c = h.new_cache();
    for _ in 0..500 {
        h.alloc_noscan(&mut c, 10_000);
    }
    h.collect(&mut &[][..], true);
    let released = h.release_free_memory();
    let s = h.stats();
    assert!(released > 0);
    assert_eq!(s.heap_released, s.heap_sys - s.heap_inuse);
    assert_eq!(s.heap_idle, s.heap_released);
    h.check_invariants().unwrap();
    assert!(!h.alloc_noscan(&mut c, 10_000).is_null());
}
