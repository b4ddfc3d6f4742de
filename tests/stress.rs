//! Stress harness for the scheduler: the concurrency corpus (tests/go/run/conc_*.go and
//! stress_*.go) run again and again under GOMAXPROCS=1, 2 and 4.
//!
//! The conformance suite runs each program once; a lost wakeup, a false deadlock report or a
//! race on a channel shows there only now and then. Here every program runs
//! BURROW_STRESS_RUNS times (default 3) per GOMAXPROCS value, each run must exit 0 with
//! exactly the golden stdout, and a failure names the program, the GOMAXPROCS value, how many
//! runs failed and the first stderr lines of one of them. One test per GOMAXPROCS value, so
//! libtest runs the three side by side; inside a test the programs run one at a time (the
//! programs themselves are parallel, and CI has two cores).
//!
//! Skipped: programs listed as `run::NAME` in tests/known_failing.txt (they fail anyway), and
//! `NAME` lines of tests/stress_known_failing.txt (`NAME  # reason`: known to fail only now
//! and then, so they pass the conformance suite but not this one).
//!
//! The 1,000,000-goroutine case is a benchmark (benches/programs/goroutine_park_1m.go), not
//! a test: it needs about 2.7 GB and longer than CI should spend.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BURROW: &str = env!("CARGO_BIN_EXE_burrow");
/// Per-run limit; a run that takes longer counts as a hang.
const RUN_LIMIT: Duration = Duration::from_secs(60);

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn runs() -> usize {
    std::env::var("BURROW_STRESS_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3)
}

/// Names listed in `file` (first word of each non-comment line), with `prefix` stripped.
fn listed(file: &str, prefix: &str) -> Vec<String> {
    let text = std::fs::read_to_string(root().join("tests").join(file)).unwrap_or_default();
    text.lines()
        .filter_map(|l| l.split('#').next())
        .map(str::trim)
        .filter_map(|n| n.strip_prefix(prefix))
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect()
}

fn programs() -> Vec<PathBuf> {
    let mut skip = listed("known_failing.txt", "run::");
    skip.extend(listed("stress_known_failing.txt", ""));
    let dir = root().join("tests").join("go").join("run");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/go/run")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            let stem = name.trim_end_matches(".go");
            name.ends_with(".go")
                && (name.starts_with("conc_") || name.starts_with("stress_"))
                && !skip.iter().any(|s| s == stem)
        })
        .collect();
    v.sort();
    v
}

/// Run `prog` once under `gomaxprocs`; Err describes what went wrong.
fn run_once(prog: &Path, gomaxprocs: u32, want: &[u8]) -> Result<(), String> {
    let dir = prog.parent().unwrap();
    let mut child = Command::new(BURROW)
        .arg("run")
        .arg(prog.file_name().unwrap())
        .current_dir(dir)
        .env("GOMAXPROCS", gomaxprocs.to_string())
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {BURROW}: {e}"))?;
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });
    let deadline = Instant::now() + RUN_LIMIT;
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break Some(st),
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting: {e}")),
        }
    };
    let stdout = out_t.join().unwrap_or_default();
    let stderr = err_t.join().unwrap_or_default();
    let first_lines = || {
        String::from_utf8_lossy(&stderr)
            .lines()
            .take(4)
            .collect::<Vec<_>>()
            .join(" | ")
    };
    match status {
        None => Err(format!("hung (killed after {RUN_LIMIT:?})")),
        Some(st) if !st.success() => Err(format!("{st}: {}", first_lines())),
        Some(_) if stdout != want => {
            let w = String::from_utf8_lossy(want);
            let g = String::from_utf8_lossy(&stdout);
            let line = w
                .lines()
                .zip(g.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(w.lines().count().min(g.lines().count()));
            Err(format!(
                "stdout differs at line {}: want {:?}, got {:?}",
                line + 1,
                w.lines().nth(line).unwrap_or("<end>"),
                g.lines().nth(line).unwrap_or("<end>")
            ))
        }
        Some(_) => Ok(()),
    }
}

fn stress(gomaxprocs: u32) {
    let n = runs();
    let mut failures = Vec::new();
    let progs = programs();
    assert!(!progs.is_empty(), "no conc_/stress_ programs found");
    for prog in &progs {
        let stem = prog.file_stem().unwrap().to_string_lossy().into_owned();
        let want = std::fs::read(prog.with_extension("out")).expect("golden .out");
        let mut failed = 0;
        let mut example = String::new();
        for _ in 0..n {
            if let Err(e) = run_once(prog, gomaxprocs, &want) {
                failed += 1;
                example = e;
            }
        }
        if failed > 0 {
            failures.push(format!("  {stem}: {failed}/{n} runs failed; {example}"));
        }
    }
    assert!(
        failures.is_empty(),
        "GOMAXPROCS={gomaxprocs}: {} of {} programs failed at least once:\n{}",
        failures.len(),
        progs.len(),
        failures.join("\n")
    );
}

#[test]
fn concurrency_corpus_gomaxprocs_1() {
    stress(1);
}

#[test]
fn concurrency_corpus_gomaxprocs_2() {
    stress(2);
}

#[test]
fn concurrency_corpus_gomaxprocs_4() {
    stress(4);
}
