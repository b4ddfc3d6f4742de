//! The pacer: when to collect next.
//!
//! After each cycle the heap goal is computed as Go's (`mgcpacer.go`):
//!
//! ```text
//! gogc_goal  = marked + (marked + stacks + globals) * GOGC/100, at least 4 MiB * GOGC/100
//! limit_goal = GOMEMLIMIT - non-heap memory - headroom (3%, at least 1 MiB), at least marked
//! goal       = min(gogc_goal, limit_goal)      (no GOMEMLIMIT = MaxInt64)
//! ```
//!
//! `heap_live` counts bytes of allocated objects plus the whole free space
//! of every span held by an allocation cache (charged when a cache takes the
//! span, refunded when it gives it back), so the fast path never touches it.
//! When `heap_live` reaches the goal a flag is raised; `should_collect` is
//! one relaxed load of it. The stop-the-world collector triggers at the goal
//! itself (the concurrent one will trigger earlier, to finish by the goal).

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};

use parking_lot::Mutex;

/// Heap minimum for GOGC=100 (Go's defaultHeapMinimum).
pub const DEFAULT_HEAP_MINIMUM: u64 = 4 << 20;
const LIMIT_HEADROOM_PERCENT: u64 = 3;
const LIMIT_MIN_HEADROOM: u64 = 1 << 20;

/// Goal from GOGC alone (`None` = off: no goal).
pub fn gc_percent_goal(marked: u64, stacks: u64, globals: u64, gogc: Option<u32>) -> u64 {
    let Some(p) = gogc else { return u64::MAX };
    let p = p as u64;
    let goal = marked.saturating_add(
        (marked.saturating_add(stacks).saturating_add(globals)).saturating_mul(p) / 100,
    );
    goal.max(DEFAULT_HEAP_MINIMUM.saturating_mul(p) / 100)
}

/// Goal from GOMEMLIMIT: the limit minus memory that is not heap objects'
/// (`mapped - heap_alloc - heap_free`), minus headroom; never below `marked`.
pub fn memory_limit_goal(
    limit: u64,
    mapped: u64,
    heap_alloc: u64,
    heap_free: u64,
    marked: u64,
) -> u64 {
    let non_heap = mapped.saturating_sub(heap_alloc).saturating_sub(heap_free);
    let overage = mapped.saturating_sub(limit);
    if non_heap + overage >= limit {
        return marked;
    }
    let goal = limit - (non_heap + overage);
    let headroom = (goal / 100 * LIMIT_HEADROOM_PERCENT).max(LIMIT_MIN_HEADROOM);
    let goal = if goal < headroom || goal - headroom < headroom {
        headroom
    } else {
        goal - headroom
    };
    goal.max(marked)
}

/// Parses GOGC as Go's runtime does: "off" or a negative number turns the
/// collector off (None); an unparsable value means 100.
pub fn parse_gogc(s: &str) -> Option<u32> {
    if s == "off" {
        return None;
    }
    match s.parse::<i32>() {
        Ok(n) if n < 0 => None,
        Ok(n) => Some(n as u32),
        Err(_) => Some(100),
    }
}

/// Go's message when GOMEMLIMIT is malformed (after `GOMEMLIMIT=<value>`).
pub const MALFORMED_GOMEMLIMIT: &str =
    "malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`";

/// Parses GOMEMLIMIT as Go does: "" or "off" = no limit; a byte count with
/// an optional B, KiB, MiB, GiB or TiB suffix. Err carries Go's message.
pub fn parse_memory_limit(s: &str) -> Result<Option<u64>, String> {
    if s.is_empty() || s == "off" {
        return Ok(None);
    }
    parse_byte_count(s)
        .map(Some)
        .ok_or_else(|| MALFORMED_GOMEMLIMIT.to_string())
}

fn parse_i64_nonneg(s: &str) -> Option<u64> {
    match s.parse::<i64>() {
        Ok(n) if n >= 0 => Some(n as u64),
        _ => None,
    }
}

/// Go's `parseByteCount`.
pub fn parse_byte_count(s: &str) -> Option<u64> {
    let b = s.as_bytes();
    let last = *b.last()?;
    if last.is_ascii_digit() {
        return parse_i64_nonneg(s);
    }
    if last != b'B' || b.len() < 2 {
        return None;
    }
    let c = b[b.len() - 2];
    if c.is_ascii_digit() {
        return parse_i64_nonneg(&s[..s.len() - 1]);
    }
    if c != b'i' || b.len() < 4 {
        return None;
    }
    let power = match b[b.len() - 3] {
        b'K' => 1,
        b'M' => 2,
        b'G' => 3,
        b'T' => 4,
        _ => return None,
    };
    let m = 1024u64.pow(power);
    let n = parse_i64_nonneg(&s[..s.len() - 3])?;
    let v = n.checked_mul(m)?;
    (v <= i64::MAX as u64).then_some(v)
}

/// Settings that change at run time (debug.SetGCPercent / SetMemoryLimit).
#[derive(Clone, Copy, Debug)]
pub struct PacerSettings {
    pub gogc: Option<u32>,
    pub memory_limit: Option<u64>,
}

/// Called when the heap starts wanting a collection (the VM sets its
/// threads' safepoint flags, so safepoints poll one word of their own).
pub type CollectHook = Box<dyn Fn() + Send + Sync>;

pub(crate) struct Pacer {
    pub heap_live: AtomicU64,
    pub goal: AtomicU64,
    pub want_gc: AtomicBool,
    pub hook: std::sync::OnceLock<CollectHook>,
    /// Debug: ask for a collection at every safepoint.
    pub stress: AtomicBool,
    pub settings: Mutex<PacerSettings>,
    /// Live heap after the last mark, and its stack/global scan sizes.
    pub marked: AtomicU64,
    pub stacks: AtomicU64,
    pub globals: AtomicU64,
}

impl Pacer {
    pub fn new(settings: PacerSettings) -> Pacer {
        let p = Pacer {
            heap_live: AtomicU64::new(0),
            goal: AtomicU64::new(u64::MAX),
            want_gc: AtomicBool::new(false),
            hook: std::sync::OnceLock::new(),
            stress: AtomicBool::new(false),
            settings: Mutex::new(settings),
            marked: AtomicU64::new(0),
            stacks: AtomicU64::new(0),
            globals: AtomicU64::new(0),
        };
        p.commit(0, 0, 0);
        p
    }

    /// Recomputes the goal. `mapped`, `heap_alloc`, `heap_free` feed the
    /// memory-limit goal.
    pub fn commit(&self, mapped: u64, heap_alloc: u64, heap_free: u64) {
        let s = *self.settings.lock();
        let marked = self.marked.load(Relaxed);
        let mut goal = gc_percent_goal(
            marked,
            self.stacks.load(Relaxed),
            self.globals.load(Relaxed),
            s.gogc,
        );
        // As in Go, "no limit" is a limit of MaxInt64, so with GOGC=off the
        // goal (NextGC) is about 97% of MaxInt64 rather than infinite.
        let limit = s.memory_limit.unwrap_or(i64::MAX as u64);
        goal = goal.min(memory_limit_goal(
            limit, mapped, heap_alloc, heap_free, marked,
        ));
        self.goal.store(goal, Relaxed);
        self.check();
    }

    #[inline]
    pub fn add_live(&self, bytes: u64) {
        let live = self.heap_live.fetch_add(bytes, Relaxed) + bytes;
        if live >= self.goal.load(Relaxed) && !self.want_gc.swap(true, Relaxed) {
            self.fire_hook();
        }
    }

    #[cold]
    fn fire_hook(&self) {
        if let Some(h) = self.hook.get() {
            h();
        }
    }

    #[inline]
    pub fn sub_live(&self, bytes: u64) {
        self.heap_live.fetch_sub(bytes, Relaxed);
    }

    pub fn check(&self) {
        let want =
            self.stress.load(Relaxed) || self.heap_live.load(Relaxed) >= self.goal.load(Relaxed);
        self.want_gc.store(want, Relaxed);
        if want {
            self.fire_hook();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gogc_goal() {
        assert_eq!(gc_percent_goal(0, 0, 0, Some(100)), 4 << 20);
        assert_eq!(gc_percent_goal(10 << 20, 0, 0, Some(100)), 20 << 20);
        assert_eq!(gc_percent_goal(10 << 20, 2 << 20, 0, Some(100)), 22 << 20);
        assert_eq!(gc_percent_goal(10 << 20, 0, 0, Some(50)), 15 << 20);
        assert_eq!(gc_percent_goal(1 << 20, 0, 0, Some(50)), 2 << 20);
        assert_eq!(gc_percent_goal(1 << 20, 0, 0, Some(0)), 1 << 20);
        assert_eq!(gc_percent_goal(1 << 20, 0, 0, None), u64::MAX);
    }

    #[test]
    fn limit_goal() {
        // 100 MiB limit, 10 MiB of non-heap memory: goal = 90 MiB - 3%.
        let g = memory_limit_goal(100 << 20, 40 << 20, 25 << 20, 5 << 20, 1 << 20);
        let base = 90u64 << 20;
        assert_eq!(g, base - base / 100 * 3);
        // Over the limit: goal collapses to the marked heap.
        assert_eq!(
            memory_limit_goal(10 << 20, 50 << 20, 1 << 20, 0, 3 << 20),
            3 << 20
        );
        // Tiny limit: at least the 1 MiB headroom.
        assert_eq!(memory_limit_goal(3 << 20, 0, 0, 0, 0), 2 << 20);
        assert_eq!(memory_limit_goal(3 << 19, 0, 0, 0, 0), 1 << 20);
    }

    #[test]
    fn gogc_env() {
        assert_eq!(parse_gogc("off"), None);
        assert_eq!(parse_gogc("100"), Some(100));
        assert_eq!(parse_gogc("50"), Some(50));
        assert_eq!(parse_gogc("+20"), Some(20));
        assert_eq!(parse_gogc("-1"), None);
        assert_eq!(parse_gogc(""), Some(100));
        assert_eq!(parse_gogc("abc"), Some(100));
        assert_eq!(parse_gogc("OFF"), Some(100));
    }

    #[test]
    fn memlimit_env() {
        assert_eq!(parse_memory_limit(""), Ok(None));
        assert_eq!(parse_memory_limit("off"), Ok(None));
        assert_eq!(parse_memory_limit("1024"), Ok(Some(1024)));
        assert_eq!(parse_memory_limit("1024B"), Ok(Some(1024)));
        assert_eq!(parse_memory_limit("1KiB"), Ok(Some(1024)));
        assert_eq!(parse_memory_limit("64MiB"), Ok(Some(64 << 20)));
        assert_eq!(parse_memory_limit("1GiB"), Ok(Some(1 << 30)));
        assert_eq!(parse_memory_limit("2TiB"), Ok(Some(2 << 40)));
        for bad in [
            "1GB",
            "1G",
            "B",
            "KiB",
            "iB",
            "-1",
            "1.5GiB",
            "1XiB",
            "99999999999TiB",
            "1 GiB",
        ] {
            assert!(parse_memory_limit(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_memory_limit("x").unwrap_err(), MALFORMED_GOMEMLIMIT);
    }
}
