//! `time` natives: the wall and monotonic clocks (sleeping and timers are
//! the scheduler's: natives/goroutines.rs).

use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crate::native::{NativeCall, NativeFn, Unwind};

/// The monotonic clock's origin: the first time a program asks for it,
/// which is close to process start (Go's `m=` readings start near zero).
pub fn start() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

/// func now() (sec int64, nsec int32, mono int64)   frame: sec@0 nsec@8 mono@16
fn now(c: &mut NativeCall) -> Result<(), Unwind> {
    let origin = start();
    let (sec, nsec) = match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => (d.as_secs() as i64, d.subsec_nanos() as i32),
        Err(e) => {
            let d = e.duration();
            let (mut s, mut n) = (-(d.as_secs() as i64), -(d.subsec_nanos() as i32));
            if n < 0 {
                n += 1_000_000_000;
                s -= 1;
            }
            (s, n)
        }
    };
    let mono = origin.elapsed().as_nanos().min(i64::MAX as u128) as i64 + 1;
    c.set(0, sec);
    c.set(8, nsec);
    c.set(16, mono);
    Ok(())
}

/// Starts the monotonic clock (called when natives are bound, i.e. at
/// program load).
pub fn init_clock() {
    let _ = start();
}

pub fn lookup(name: &str) -> Option<NativeFn> {
    init_clock();
    Some(match name {
        "time.now" => now,
        _ => return None,
    })
}
