//! Go programs (compiled by the frontend, so with the real escape
//! analysis's frame allocation) that move the stack or collect while
//! natives hold what they read from it: Stringers that recurse deep under
//! fmt with `...any` arrays in the caller's frame, sort with less functions
//! that grow the stack over pointers to frame objects, a String method that
//! grows the map fmt is printing and collects. Each runs with freed memory
//! poisoned and GOGC=1 (collections and stack shrinks all along); the expected output is
//! Go's (`go run`, files `NAME.out`). With `--features escape-check` the
//! same runs also verify the escape invariant.

use std::path::Path;

fn run_go(name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/escape_go");
    let src = std::fs::read_to_string(dir.join(format!("{name}.go"))).expect("source");
    let want = std::fs::read_to_string(dir.join(format!("{name}.out"))).expect("golden");
    let compiled = match frontend::compile(vec![("./main.go".into(), src)]) {
        Ok(c) => c,
        Err((_, errs)) => panic!("{name}: compile errors: {errs:?}"),
    };
    let mut opts = vm::Options::default();
    opts.gc.gogc = Some(1);
    let c = vm::run_captured_configured(compiled.module, opts, |h| h.set_poison(true));
    let err = String::from_utf8_lossy(&c.stderr);
    assert_eq!(c.code, 0, "{name}: {err}");
    assert_eq!(String::from_utf8_lossy(&c.stdout), want, "{name}: {err}");
}

#[test]
fn stringer_deep() {
    run_go("stringer_deep");
}

#[test]
fn sort_frame_ptrs() {
    run_go("sort_frame_ptrs");
}

/// Without `NativeCall::pin` the engine read the map's old entry array
/// after the String method had grown the map and the collector had freed
/// (and poisoned) it: `map[1:w1 0:<nil> 0:<nil>]`.
#[test]
fn fmt_map_mutated() {
    run_go("fmt_map_mutated");
}

/// Go's fmt re-reads a slice's length at every element (a String method
/// may drop the slice it is printed from, through a pointer); the backing
/// array being read stays pinned.
#[test]
fn fmt_slice_mutated() {
    run_go("fmt_slice_mutated");
}
