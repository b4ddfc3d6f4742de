//! GOGC / GOMEMLIMIT / GODEBUG read from the environment, as Go's runtime
//! reads them. One test in its own binary: it mutates the environment.

use gc::{GcConfig, Heap};

#[test]
fn config_from_env() {
    std::env::remove_var("GOGC");
    std::env::remove_var("GOMEMLIMIT");
    std::env::remove_var("GODEBUG");
    let c = GcConfig::from_env().unwrap();
    assert_eq!((c.gogc, c.memory_limit), (Some(100), None));

    std::env::set_var("GOGC", "off");
    std::env::set_var("GOMEMLIMIT", "1GiB");
    let c = GcConfig::from_env().unwrap();
    assert_eq!((c.gogc, c.memory_limit), (None, Some(1 << 30)));

    std::env::set_var("GOGC", "50");
    std::env::set_var("GOMEMLIMIT", "off");
    std::env::set_var("GODEBUG", "madvdontneed=1,gctrace=1");
    let h = Heap::from_env().unwrap();
    assert_eq!(h.config().gogc, Some(50));
    assert_eq!(h.config().memory_limit, None);
    assert_eq!(h.stats().next_gc, 2 << 20);

    std::env::set_var("GOGC", "junk");
    std::env::set_var("GOMEMLIMIT", "12345");
    let c = GcConfig::from_env().unwrap();
    assert_eq!((c.gogc, c.memory_limit), (Some(100), Some(12345)));

    std::env::set_var("GOMEMLIMIT", "1GB");
    assert_eq!(
        GcConfig::from_env().unwrap_err(),
        "malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`"
    );
    assert!(Heap::from_env().is_err());

    // GOGC=off without a limit: NextGC is ~97% of MaxInt64, as Go reports.
    std::env::set_var("GOGC", "off");
    std::env::set_var("GOMEMLIMIT", "");
    let h = Heap::from_env().unwrap();
    let next = h.stats().next_gc;
    assert!(
        next > i64::MAX as u64 / 100 * 96 && next < i64::MAX as u64 / 100 * 98,
        "{next}"
    );
    assert!(!h.should_collect());
}
