//! `sync` natives. Package sync is Go source (frontend/stdlib/sync/) built
//! on sync/atomic (natives/atomic.rs) and on the scheduler's semaphore
//! (`sync.semacquire`, `sync.semrelease`: parking goroutines is the
//! scheduler's job, so those two are bound by the scheduler's code, not
//! here). What is left for this file is ending the program the way Go's
//! sync package does on misuse it cannot recover from.

use super::arg_str;
use crate::native::{NativeCall, NativeFn, Unwind};

/// func fatal(s string)   frame: s@0
/// `fatal error: <s>`, exit code 2, not recoverable (Go's `sync.fatal`:
/// "sync: unlock of unlocked mutex" and the RWMutex variants).
fn fatal(c: &mut NativeCall) -> Result<(), Unwind> {
    let s = arg_str(c, 0);
    Err(Unwind::Fatal(String::from_utf8_lossy(&s).into_owned()))
}

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "sync.fatal" => fatal,
        _ => return None,
    })
}
