//! `math/rand` natives: an unpredictable seed for the global source.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::native::{NativeCall, NativeFn, Unwind};

/// func runtimeSeed() int64   frame: result@0
fn runtime_seed(c: &mut NativeCall) -> Result<(), Unwind> {
    // RandomState is keyed from the OS's randomness; mix in the clock.
    let mut h = RandomState::new().build_hasher();
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    h.write_u64(nanos);
    c.set(0, (h.finish() >> 1) as i64);
    Ok(())
}

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "rand.runtimeSeed" => runtime_seed,
        _ => return None,
    })
}
