//! Burrow's virtual machine.
//!
//! `run` loads a compiled `Module` (loader), creates the heap and the main
//! goroutine (a 2 KiB stack, interp::G), runs the package initialisers and
//! `main.main` in the interpreter (interp), and turns how the program ended
//! into Go's output and exit code: 0, `os.Exit(n)`, or 2 with Go's panic /
//! fatal-error report (panic). Natives (native.rs, natives/) are Rust
//! functions with frames on the goroutine stack like any Go function.
//!
//! Subsystems: `stack` (copying goroutine stacks), `mem` (typed access to Go
//! memory), `loader` (run-time tables), `interp` (call sequence, dispatch
//! loop, safepoints, GC roots), `panic` (unwinding, recover, reports),
//! `ops` (conversions, bounds texts, growslice, print formatting), `maps`
//! (bridge to the map implementation), `escape_check` (feature
//! `escape-check`: run-time verification of the escape invariant).

pub mod bind;
pub mod chan;
#[cfg(feature = "escape-check")]
pub mod escape_check;
pub mod fmt;
pub mod interp;
pub mod loader;
pub mod map;
pub mod maps;
pub mod mem;
pub mod native;
pub mod natives;
pub mod ops;
pub mod panic;
pub mod sched;
pub mod stack;
pub mod value;

use std::io::Write;
use std::sync::Arc;

use frontend::bytecode::Module;

pub struct Options {
    /// `os.Args`: args[0] is the program name as `go run` shows it.
    pub args: Vec<String>,
    pub gc: gc::GcConfig,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            args: vec!["main".into()],
            gc: gc::GcConfig {
                gogc: Some(100),
                memory_limit: None,
            },
        }
    }
}

/// Runs init funcs then main.main; returns the process exit code (0, 2 for
/// panics/fatal errors, n for os.Exit(n)). Writes program output to
/// stdout/stderr itself (buffered stdout, flushed at exit and before
/// anything goes to stderr).
pub fn run(module: Module, opts: Options) -> i32 {
    run_with(
        module,
        opts,
        Box::new(std::io::stdout()),
        Box::new(std::io::stderr()),
    )
}

/// What a captured run produced (tests, benchmarks).
pub struct Captured {
    pub code: i32,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

#[derive(Clone, Default)]
struct SharedBuf(Arc<std::sync::Mutex<Vec<u8>>>);

impl Write for SharedBuf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        if let Ok(mut v) = self.0.lock() {
            v.extend_from_slice(b);
        }
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// `run` with the program's stdout and stderr collected in memory.
pub fn run_captured(module: Module, opts: Options) -> Captured {
    let (o, e) = (SharedBuf::default(), SharedBuf::default());
    let code = run_with(module, opts, Box::new(o.clone()), Box::new(e.clone()));
    let take = |b: SharedBuf| b.0.lock().map(|v| v.clone()).unwrap_or_default();
    Captured {
        code,
        stdout: take(o),
        stderr: take(e),
    }
}

/// `run_captured` with extra natives bound by name (tests of the native
/// bridge).
pub fn run_captured_with_natives(
    module: Module,
    opts: Options,
    natives: &'static [(&'static str, native::NativeFn)],
) -> Captured {
    let (o, e) = (SharedBuf::default(), SharedBuf::default());
    let code = run_inner(
        module,
        opts,
        Box::new(o.clone()),
        Box::new(e.clone()),
        natives,
    );
    let take = |b: SharedBuf| b.0.lock().map(|v| v.clone()).unwrap_or_default();
    Captured {
        code,
        stdout: take(o),
        stderr: take(e),
    }
}

/// `run_captured` with a hook that configures the heap before the program
/// starts (tests: `gc::Heap::set_poison`, `set_stress`).
pub fn run_captured_configured(
    module: Module,
    opts: Options,
    configure: fn(&gc::Heap),
) -> Captured {
    let (o, e) = (SharedBuf::default(), SharedBuf::default());
    let code = run_inner_configured(
        module,
        opts,
        Box::new(o.clone()),
        Box::new(e.clone()),
        &[],
        configure,
    );
    let take = |b: SharedBuf| b.0.lock().map(|v| v.clone()).unwrap_or_default();
    Captured {
        code,
        stdout: take(o),
        stderr: take(e),
    }
}

/// `run` writing to the given streams.
pub fn run_with(
    module: Module,
    opts: Options,
    out: Box<dyn Write + Send>,
    err: Box<dyn Write + Send>,
) -> i32 {
    run_inner(module, opts, out, err, &[])
}

fn run_inner(
    module: Module,
    opts: Options,
    out: Box<dyn Write + Send>,
    err: Box<dyn Write + Send>,
    natives: &'static [(&'static str, native::NativeFn)],
) -> i32 {
    run_inner_configured(module, opts, out, err, natives, |_| {})
}

fn run_inner_configured(
    module: Module,
    opts: Options,
    out: Box<dyn Write + Send>,
    err: Box<dyn Write + Send>,
    natives: &'static [(&'static str, native::NativeFn)],
    configure: fn(&gc::Heap),
) -> i32 {
    let prog = match loader::Program::load_with(module, natives) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("burrow: invalid module: {e}");
            return 2;
        }
    };
    let heap = Arc::new(gc::Heap::new(opts.gc));
    configure(&heap);
    let entry: Vec<u32> = prog
        .module
        .init
        .iter()
        .copied()
        .chain(prog.module.main)
        .map(|f| f.0)
        .collect();
    // Goroutine 1 runs the initialisers, then main.main, on the Ms the
    // scheduler starts (each with a large, lazily committed Rust stack:
    // calls back into Go from natives nest Rust frames).
    let sched = sched::Sched::new(prog, heap, out, err, opts.args);
    sched.run_main(entry)
}
