//! `runtime` and `runtime/debug` natives: the collector's controls and
//! statistics, and the machine facts Go programs ask about.

use super::ret_str;
use crate::native::{NativeCall, NativeFn, Unwind};

/// Words of readMemStats's result (see runtime.go): 17 scalars, then
/// PauseNs[256], then PauseEnd[256].
pub const MEMSTATS_WORDS: u32 = 17 + 256 + 256;

/// func GC()
fn gc(c: &mut NativeCall) -> Result<(), Unwind> {
    c.collect();
    Ok(())
}

/// func readMemStats() [529]uint64   frame: result@0
fn read_mem_stats(c: &mut NativeCall) -> Result<(), Unwind> {
    // Exact, as Go's: no other P allocates while the statistics are read.
    let sched = c.vm.sched;
    while !sched.stop_the_world() {}
    let s = c.heap().stats();
    sched.start_the_world();
    let scalars: [u64; 17] = [
        s.alloc,
        s.total_alloc,
        s.sys,
        s.mallocs,
        s.frees,
        s.heap_alloc,
        s.heap_sys,
        s.heap_idle,
        s.heap_inuse,
        s.heap_released,
        s.heap_objects,
        s.next_gc,
        s.last_gc,
        s.pause_total_ns,
        s.num_gc as u64,
        s.num_forced_gc as u64,
        s.gc_cpu_fraction.to_bits(),
    ];
    let mut off = 0u32;
    for v in scalars
        .iter()
        .chain(s.pause_ns.iter())
        .chain(s.pause_end.iter())
    {
        c.set(off, *v);
        off += 8;
    }
    Ok(())
}

/// func NumCPU() int   frame: result@0
fn num_cpu(c: &mut NativeCall) -> Result<(), Unwind> {
    c.set(0, crate::sched::num_cpu() as i64);
    Ok(())
}

/// func Version() string   frame: result@0
fn version(c: &mut NativeCall) -> Result<(), Unwind> {
    ret_str(c, 0, b"go1.27.3");
    Ok(())
}

/// debug: func SetGCPercent(percent int) int   frame: percent@0 result@8
fn set_gc_percent(c: &mut NativeCall) -> Result<(), Unwind> {
    let p: i64 = c.arg(0);
    let new = if p < 0 {
        None
    } else {
        Some(p.min(u32::MAX as i64) as u32)
    };
    let old = c.heap().set_gc_percent(new);
    c.set(8, old.map_or(-1, |v| v as i64));
    Ok(())
}

/// debug: func SetMemoryLimit(limit int64) int64   frame: limit@0 result@8
fn set_memory_limit(c: &mut NativeCall) -> Result<(), Unwind> {
    let l: i64 = c.arg(0);
    let old = if l < 0 {
        c.heap().config().memory_limit
    } else {
        let new = if l == i64::MAX { None } else { Some(l as u64) };
        c.heap().set_memory_limit(new)
    };
    c.set(8, old.map_or(i64::MAX, |v| v.min(i64::MAX as u64) as i64));
    Ok(())
}

/// debug: func FreeOSMemory()
fn free_os_memory(c: &mut NativeCall) -> Result<(), Unwind> {
    c.collect();
    Ok(())
}

/// func float64frombits(b uint64) float64   frame: b@0 result@8
fn float64frombits(c: &mut NativeCall) -> Result<(), Unwind> {
    let b: u64 = c.arg(0);
    c.set(8, f64::from_bits(b));
    Ok(())
}

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "runtime.GC" => gc,
        "runtime.readMemStats" => read_mem_stats,
        "runtime.NumCPU" => num_cpu,
        "runtime.Version" => version,
        "runtime.float64frombits" => float64frombits,
        "debug.SetGCPercent" => set_gc_percent,
        "debug.SetMemoryLimit" => set_memory_limit,
        "debug.FreeOSMemory" => free_os_memory,
        _ => return None,
    })
}
