//! Conformance harness: runs the `burrow` binary on every Go program under tests/go/ and
//! compares what it does with what the real Go toolchain did (goldens made by
//! scripts/regen_goldens.py, committed so that no Go is needed here).
//!
//! One libtest trial per program, named `CATEGORY::NAME`:
//!
//! * `run::NAME`    tests/go/run/NAME.go: `burrow run NAME.go` (cwd = the file's directory) must
//!   exit 0 and print exactly NAME.out on stdout (byte for byte).
//! * `panic::NAME`  tests/go/panic/NAME.go: stdout must equal NAME.out, the exit code NAME.code,
//!   and the first stderr line NAME.err. Beyond the first line the harness checks the shape Go
//!   gives the rest: after a `panic: ...` first line, an empty line followed by
//!   `goroutine 1 [running]:` must appear, then a trace with a `main.main(...)` frame and a
//!   `\t.../NAME.go:LINE` line. Where NAME.goroutine exists (fatal errors such as deadlocks,
//!   panics outside main) its header replaces that: the first `goroutine N [reason]:` line must
//!   equal it (`goroutine N` in the golden: any goroutine but main), after an empty line, and
//!   the trace must name NAME.go:LINE; after `runtime: goroutine stack exceeds
//!   1000000000-byte limit`, a line `fatal error: stack overflow` must follow; an empty NAME.err
//!   (os.Exit) means stderr must be empty.
//! * `errors::NAME` tests/go/errors/NAME.go: burrow must exit 1 and report diagnostics as
//!   `./NAME.go:L:C: msg` (the `./` optional; `#` header lines and tab-indented continuation lines
//!   are ignored). Every `// ERROR "re"` on line L must match the message of a distinct diagnostic
//!   on line L, and every diagnostic must be matched (Go's errorcheck rules). Where NAME.diag (go's
//!   own output) exists, each matched diagnostic must also carry go's column.
//! * `examples::NAME` examples/NAME.go (the programs a newcomer runs first) must run to exit 0
//!   with output on stdout and nothing on stderr; their output is not compared (some watch the GC).
//! * `crash::WHAT`  garbage inputs (empty file, binary junk, truncated corpus programs, a missing
//!   file, unknown flags): burrow must exit non-zero with a short, non-empty stderr, and never
//!   show a Rust panic or hang.
//!
//! Every run is killed after BURROW_TEST_TIMEOUT seconds (default 10); a hang is a failure. A
//! program that legitimately needs longer (filling a 1 GB stack) says so in its source with a
//! line `// conformance: timeout=SECONDS`, which raises its own limit.
//! tests/known_failing.txt lists trials expected to fail for now (`run::NAME  # reason`); they
//! are marked ignored, so they never count as passing. See them all with
//! `cargo test --test conformance -- --include-ignored`; refresh the list with
//! scripts/update_known_failing.py. A per-category tally goes to stderr at the end.

use libtest_mimic::{Arguments, Failed, Trial};
use regex::Regex;
use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const BURROW: &str = env!("CARGO_BIN_EXE_burrow");
const CATEGORIES: [&str; 5] = ["run", "panic", "errors", "examples", "crash"];

/// Per category: (passed, failed) among the trials that ran.
static TALLY: Mutex<BTreeMap<&'static str, (usize, usize)>> = Mutex::new(BTreeMap::new());

fn go_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("go")
}

fn timeout() -> Duration {
    let secs = std::env::var("BURROW_TEST_TIMEOUT")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or(10);
    Duration::from_secs(secs)
}

thread_local! {
    /// The limit for runs on this thread: the default, or a program's own larger one.
    static LIMIT: std::cell::Cell<Option<Duration>> = const { std::cell::Cell::new(None) };
}

fn limit() -> Duration {
    LIMIT
        .with(|l| l.get())
        .unwrap_or_else(timeout)
        .max(timeout())
}

/// Apply a `// conformance: timeout=SECONDS` line of the program at `path`, if any.
fn set_limit_for(path: &Path) {
    let src = std::fs::read_to_string(path).unwrap_or_default();
    let own = src.lines().find_map(|l| {
        l.trim()
            .strip_prefix("// conformance: timeout=")
            .and_then(|n| n.trim().parse::<u64>().ok())
    });
    LIMIT.with(|l| l.set(own.map(Duration::from_secs)));
}

struct Outcome {
    /// None when killed by a signal or by the timeout.
    code: Option<i32>,
    /// The signal that ended the process, if one did (not counting our timeout kill).
    signal: Option<i32>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    timed_out: bool,
}

/// Run burrow with `args` in `cwd`, killing it after the timeout.
fn run_burrow(args: &[&str], cwd: &Path) -> Result<Outcome, Failed> {
    let mut child = Command::new(BURROW)
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env("RUST_BACKTRACE", "0")
        .spawn()
        .map_err(|e| Failed::from(format!("cannot start {BURROW}: {e}")))?;
    let mut out = child.stdout.take().expect("piped stdout");
    let mut err = child.stderr.take().expect("piped stderr");
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
    let deadline = Instant::now() + limit();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break Some(st),
            Ok(None) if Instant::now() >= deadline => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().ok();
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(2)),
            Err(e) => return Err(format!("waiting for burrow: {e}").into()),
        }
    };
    let stdout = out_t.join().unwrap_or_default();
    let stderr = err_t.join().unwrap_or_default();
    #[cfg(unix)]
    let signal = status.and_then(|s| std::os::unix::process::ExitStatusExt::signal(&s));
    #[cfg(not(unix))]
    let signal = None;
    Ok(Outcome {
        code: if timed_out {
            None
        } else {
            status.and_then(|s| s.code())
        },
        signal: if timed_out { None } else { signal },
        stdout,
        stderr,
        timed_out,
    })
}

fn head(bytes: &[u8], lines: usize) -> String {
    let s = String::from_utf8_lossy(bytes);
    let mut out: Vec<&str> = s.lines().take(lines).collect();
    if s.lines().count() > lines {
        out.push("...");
    }
    out.join("\n    ")
}

fn rust_panic(stderr: &[u8]) -> bool {
    let s = String::from_utf8_lossy(stderr);
    s.contains("panicked at") || s.contains("RUST_BACKTRACE") || s.contains("stack backtrace:")
}

fn common_checks(o: &Outcome) -> Result<(), Failed> {
    if o.timed_out {
        return Err(format!(
            "timed out after {:?} (hang); stdout so far:\n    {}",
            limit(),
            head(&o.stdout, 5)
        )
        .into());
    }
    if rust_panic(&o.stderr) {
        return Err(format!("Rust panic:\n    {}", head(&o.stderr, 8)).into());
    }
    if let Some(sig) = o.signal {
        return Err(format!(
            "killed by signal {sig}; stderr:\n    {}\n  stdout:\n    {}",
            head(&o.stderr, 6),
            head(&o.stdout, 4)
        )
        .into());
    }
    Ok(())
}

/// Describe the first difference between expected and actual stdout.
fn diff(want: &[u8], got: &[u8]) -> String {
    let w = String::from_utf8_lossy(want);
    let g = String::from_utf8_lossy(got);
    let wl: Vec<&str> = w.split('\n').collect();
    let gl: Vec<&str> = g.split('\n').collect();
    for i in 0..wl.len().max(gl.len()) {
        let (a, b) = (wl.get(i), gl.get(i));
        if a != b {
            let show = |x: Option<&&str>| match x {
                Some(s) => format!("{s:?}"),
                None => "<end of output>".to_string(),
            };
            return format!(
                "stdout differs at line {} (want {} lines, got {}):\n    want: {}\n    got:  {}",
                i + 1,
                wl.len(),
                gl.len(),
                show(a),
                show(b)
            );
        }
    }
    "stdout differs".to_string()
}

fn read(path: &Path) -> Result<Vec<u8>, Failed> {
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()).into())
}

fn split(path: &Path) -> (PathBuf, String, String) {
    let dir = path.parent().unwrap().to_path_buf();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let stem = name.trim_end_matches(".go").to_string();
    (dir, name, stem)
}

fn check_run(path: &Path) -> Result<(), Failed> {
    let (dir, name, stem) = split(path);
    let want = read(&dir.join(format!("{stem}.out")))?;
    let o = run_burrow(&["run", &name], &dir)?;
    common_checks(&o)?;
    if o.code != Some(0) {
        return Err(format!(
            "exit code {:?}, want 0; stderr:\n    {}\n{}",
            o.code,
            head(&o.stderr, 6),
            if o.stdout == want {
                String::new()
            } else {
                diff(&want, &o.stdout)
            }
        )
        .into());
    }
    if o.stdout != want {
        return Err(diff(&want, &o.stdout).into());
    }
    Ok(())
}

fn check_panic(path: &Path) -> Result<(), Failed> {
    let (dir, name, stem) = split(path);
    let want_out = read(&dir.join(format!("{stem}.out")))?;
    let want_err = String::from_utf8_lossy(&read(&dir.join(format!("{stem}.err")))?)
        .trim_end_matches('\n')
        .to_string();
    let want_code: i32 = String::from_utf8_lossy(&read(&dir.join(format!("{stem}.code")))?)
        .trim()
        .parse()
        .map_err(|e| format!("bad {stem}.code: {e}"))?;
    let o = run_burrow(&["run", &name], &dir)?;
    common_checks(&o)?;
    let mut problems = Vec::new();
    if o.code != Some(want_code) {
        problems.push(format!("exit code {:?}, want {want_code}", o.code));
    }
    if o.stdout != want_out {
        problems.push(diff(&want_out, &o.stdout));
    }
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    let first = stderr.split('\n').next().unwrap_or("");
    if want_err.is_empty() {
        if !stderr.is_empty() {
            problems.push(format!(
                "stderr should be empty, got:\n    {}",
                head(&o.stderr, 4)
            ));
        }
    } else {
        if first != want_err {
            problems.push(format!(
                "first stderr line:\n    want: {want_err:?}\n    got:  {first:?}"
            ));
        }
        let header = std::fs::read(dir.join(format!("{stem}.goroutine")))
            .ok()
            .map(|h| {
                String::from_utf8_lossy(&h)
                    .trim_end_matches('\n')
                    .to_string()
            });
        let file_line = Regex::new(&format!(r"^\t.*\b{}:\d+", regex::escape(&name))).unwrap();
        if let Some(want) = &header {
            // A deadlock or a panic outside main: the first goroutine block's header, after an
            // empty line, then a trace naming the program's file. `goroutine N` in the golden
            // stands for any goroutine but main (Go's numbering of the others varies by run).
            if let Some(p) = goroutine_header_problem(&stderr, want) {
                problems.push(p);
            }
            if !stderr.lines().any(|l| file_line.is_match(l)) {
                problems.push(format!("the trace lacks a `\\t.../{name}:LINE` line"));
            }
        } else if want_err.starts_with("panic: ") {
            if !stderr.contains("\n\ngoroutine 1 [running]:\n") {
                problems.push(
                    "stderr lacks an empty line followed by `goroutine 1 [running]:`".to_string(),
                );
            }
            if !stderr.lines().any(|l| l.starts_with("main.main(")) {
                problems.push("the trace lacks a `main.main(...)` frame".to_string());
            }
            if !stderr.lines().any(|l| file_line.is_match(l)) {
                problems.push(format!("the trace lacks a `\\t.../{name}:LINE` line"));
            }
        }
        if want_err.starts_with("runtime: goroutine stack exceeds")
            && !stderr.lines().any(|l| l == "fatal error: stack overflow")
        {
            problems.push("stderr lacks the line `fatal error: stack overflow`".to_string());
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}\n  stderr:\n    {}",
            problems.join("\n"),
            head(&o.stderr, 6)
        )
        .into())
    }
}

/// Compare the first `goroutine N [reason]:` line of `stderr` (which must follow an empty
/// line) with NAME.goroutine's `want`; a literal `N` in `want` matches any id but 1.
fn goroutine_header_problem(stderr: &str, want: &str) -> Option<String> {
    let header = Regex::new(r"^goroutine (\d+) (\[.*\]):$").unwrap();
    let lines: Vec<&str> = stderr.split('\n').collect();
    let Some(i) = lines.iter().position(|l| header.is_match(l)) else {
        return Some(format!("stderr lacks a goroutine header; want `{want}`"));
    };
    let got = lines[i];
    let c = header.captures(got).unwrap();
    let ok = match want.strip_prefix("goroutine N ") {
        Some(rest) => &c[1] != "1" && format!("{}:", &c[2]) == rest,
        None => got == want,
    };
    if !ok {
        return Some(format!(
            "first goroutine header:\n    want: {want:?}\n    got:  {got:?}"
        ));
    }
    if i == 0 || !lines[i - 1].is_empty() {
        return Some(format!("no empty line before `{got}`"));
    }
    None
}

fn check_example(path: &Path) -> Result<(), Failed> {
    let (dir, name, _) = split(path);
    let o = run_burrow(&["run", &name], &dir)?;
    common_checks(&o)?;
    if o.code != Some(0) || !o.stderr.is_empty() || o.stdout.is_empty() {
        return Err(format!(
            "exit code {:?} (want 0), {} bytes of stdout (want some), stderr (want none):\n    {}",
            o.code,
            o.stdout.len(),
            head(&o.stderr, 6)
        )
        .into());
    }
    Ok(())
}

/// `// ERROR "re" "re2"` expectations by line.
fn expectations(src: &str) -> Result<BTreeMap<usize, Vec<String>>, Failed> {
    let err_re = Regex::new(r"//\s*ERROR\s+(.*)$").unwrap();
    let quoted = Regex::new(r#""((?:[^"\\]|\\.)*)""#).unwrap();
    let mut exp = BTreeMap::new();
    for (i, line) in src.lines().enumerate() {
        if let Some(c) = err_re.captures(line) {
            let pats: Vec<String> = quoted
                .captures_iter(&c[1])
                .map(|q| q[1].replace("\\\"", "\""))
                .collect();
            if pats.is_empty() {
                return Err(format!("line {}: ERROR without a quoted regexp", i + 1).into());
            }
            exp.insert(i + 1, pats);
        }
    }
    Ok(exp)
}

/// (line, col, message) of each primary diagnostic about `name` in `text`.
fn diagnostics(text: &str, name: &str) -> Vec<(usize, usize, String)> {
    let re = Regex::new(r"^(?:\./)?([^:\s][^:]*\.go):(\d+):(\d+): (.*)$").unwrap();
    text.lines()
        .filter_map(|l| re.captures(l))
        .filter(|c| {
            Path::new(&c[1])
                .file_name()
                .map(|f| f.to_string_lossy() == name)
                == Some(true)
        })
        .map(|c| {
            (
                c[2].parse().unwrap_or(0),
                c[3].parse().unwrap_or(0),
                c[4].to_string(),
            )
        })
        .collect()
}

fn check_errors(path: &Path) -> Result<(), Failed> {
    let (dir, name, stem) = split(path);
    let src = String::from_utf8_lossy(&read(path)?).into_owned();
    let exp = expectations(&src)?;
    let golden = std::fs::read(dir.join(format!("{stem}.diag")))
        .ok()
        .map(|g| diagnostics(&String::from_utf8_lossy(&g), &name));
    let o = run_burrow(&["run", &name], &dir)?;
    common_checks(&o)?;
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    let diags = diagnostics(&stderr, &name);
    let mut problems = Vec::new();
    if o.code != Some(1) {
        problems.push(format!("exit code {:?}, want 1", o.code));
    }
    let mut by_line: BTreeMap<usize, Vec<&(usize, usize, String)>> = BTreeMap::new();
    for d in &diags {
        by_line.entry(d.0).or_default().push(d);
    }
    let mut lines: Vec<usize> = exp.keys().chain(by_line.keys()).copied().collect();
    lines.sort_unstable();
    lines.dedup();
    for line in lines {
        let mut pending = by_line.get(&line).cloned().unwrap_or_default();
        for pat in exp.get(&line).map(|v| v.as_slice()).unwrap_or(&[]) {
            let re =
                Regex::new(pat).map_err(|e| format!("line {line}: bad regexp {pat:?}: {e}"))?;
            match pending.iter().position(|d| re.is_match(&d.2)) {
                None => problems.push(format!(
                    "line {line}: no diagnostic matches {pat:?} (got {:?})",
                    pending.iter().map(|d| &d.2).collect::<Vec<_>>()
                )),
                Some(i) => {
                    let d = pending.remove(i);
                    let want_col = golden.as_ref().and_then(|g| {
                        g.iter()
                            .find(|gd| gd.0 == line && re.is_match(&gd.2))
                            .map(|gd| gd.1)
                    });
                    if let Some(c) = want_col {
                        if c != d.1 {
                            problems.push(format!(
                                "line {line}: {:?} at column {}, go reports column {c}",
                                d.2, d.1
                            ));
                        }
                    }
                }
            }
        }
        for d in pending {
            problems.push(format!(
                "line {line}: unexpected diagnostic {}:{}: {:?}",
                d.0, d.1, d.2
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}\n  stderr:\n    {}",
            problems.join("\n"),
            head(&o.stderr, 12)
        )
        .into())
    }
}

/// A garbage input: what to run, and a file to create first (if any).
struct CrashCase {
    args: Vec<String>,
    file: Option<(String, Vec<u8>)>,
}

fn scratch_dir() -> PathBuf {
    let d = std::env::temp_dir().join(format!("burrow-conformance-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&d);
    d
}

fn check_crash(case: &CrashCase) -> Result<(), Failed> {
    let dir = scratch_dir();
    if let Some((name, bytes)) = &case.file {
        std::fs::write(dir.join(name), bytes).map_err(|e| format!("writing input: {e}"))?;
    }
    let args: Vec<&str> = case.args.iter().map(|s| s.as_str()).collect();
    let o = run_burrow(&args, &dir)?;
    common_checks(&o)?;
    let lines = String::from_utf8_lossy(&o.stderr).lines().count();
    let mut problems = Vec::new();
    match o.code {
        Some(0) => problems.push("exit code 0, want non-zero".to_string()),
        None => problems.push("killed by a signal".to_string()),
        Some(_) => {}
    }
    if o.stderr.is_empty() {
        problems.push("empty stderr; want one clear line".to_string());
    }
    if lines > 20 {
        problems.push(format!("{lines} stderr lines; want a short report"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}\n  stderr:\n    {}",
            problems.join("\n"),
            head(&o.stderr, 8)
        )
        .into())
    }
}

/// Deterministic junk (xorshift), so a failure reproduces.
fn junk(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

fn crash_cases() -> Vec<(String, CrashCase)> {
    let mut cases: Vec<(String, CrashCase)> = Vec::new();
    let file = |n: &str, b: Vec<u8>| CrashCase {
        args: vec!["run".into(), n.into()],
        file: Some((n.into(), b)),
    };
    let argv = |a: &[&str]| CrashCase {
        args: a.iter().map(|s| s.to_string()).collect(),
        file: None,
    };
    cases.push(("empty_file".into(), file("empty.go", Vec::new())));
    cases.push((
        "only_package".into(),
        file("onlypkg.go", b"package main\n".to_vec()),
    ));
    cases.push((
        "not_main_package".into(),
        file("lib.go", b"package lib\n\nfunc F() {}\n".to_vec()),
    ));
    cases.push((
        "nul_bytes".into(),
        file("nul.go", b"package main\x00\nfunc main() {}\n".to_vec()),
    ));
    cases.push((
        "bad_utf8".into(),
        file(
            "badutf8.go",
            b"package main\n\nfunc main() { \xff\xfe }\n".to_vec(),
        ),
    ));
    cases.push((
        "deep_nesting".into(),
        file("deep.go", {
            let mut s = b"package main\n\nfunc main() {\n\t_ = ".to_vec();
            s.extend(std::iter::repeat_n(b'(', 100_000));
            s.extend(b"1\n}\n");
            s
        }),
    ));
    for seed in 1..=6u64 {
        let len = [1usize, 17, 256, 4096, 65536, 3][seed as usize - 1];
        cases.push((
            format!("junk_{seed}"),
            file(&format!("junk{seed}.go"), junk(seed, len)),
        ));
    }
    let mut junk_pkg = b"package main\n\n".to_vec();
    junk_pkg.extend(junk(99, 2000));
    cases.push(("junk_after_package".into(), file("junkpkg.go", junk_pkg)));
    let run = go_dir().join("run");
    for prog in [
        "prog_interp",
        "fmt_composite",
        "defer_recover",
        "struct_embed",
        "prog_json",
    ] {
        if let Ok(src) = std::fs::read(run.join(format!("{prog}.go"))) {
            for pct in [10usize, 35, 50, 75, 95] {
                let cut = src.len() * pct / 100;
                cases.push((
                    format!("truncated_{prog}_{pct}"),
                    file(&format!("trunc_{prog}_{pct}.go"), src[..cut].to_vec()),
                ));
            }
        }
    }
    // Every corpus program cut at 60%: an unterminated body, a missing main, or undefined names.
    for path in programs("run") {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        if let Ok(src) = std::fs::read(&path) {
            let cut = src.len() * 60 / 100;
            cases.push((
                format!("cut60_{stem}"),
                file(&format!("cut60_{stem}.go"), src[..cut].to_vec()),
            ));
        }
    }
    cases.push((
        "missing_file".into(),
        argv(&["run", "no_such_file_here.go"]),
    ));
    cases.push(("directory_without_go".into(), argv(&["run", "/"])));
    cases.push((
        "unknown_flag".into(),
        argv(&["run", "--no-such-flag", "x.go"]),
    ));
    cases.push(("unknown_global_flag".into(), argv(&["--bogus"])));
    cases.push(("unknown_command".into(), argv(&["frobnicate"])));
    cases.push(("run_without_file".into(), argv(&["run"])));
    cases.push((
        "build_unknown_flag".into(),
        argv(&["build", "--bogus", "x.go"]),
    ));
    cases.push(("disasm_without_file".into(), argv(&["disasm"])));
    cases.push(("disasm_missing_file".into(), argv(&["disasm", "nope.go"])));
    cases.push((
        "build_missing_file".into(),
        argv(&["build", "-m", "nope.go"]),
    ));
    cases.push((
        "bom_then_nothing".into(),
        file("bom.go", b"\xEF\xBB\xBFpackage main\n".to_vec()),
    ));
    cases.push((
        "huge_junk_statements".into(),
        file("huge.go", {
            let mut s = b"package main\n\nfunc main() {\n".to_vec();
            for i in 0..200_000 {
                s.extend(format!("\tx{i} := {i} +\n").bytes());
            }
            s
        }),
    ));
    cases
}

fn record(cat: &'static str, r: &Result<(), Failed>) {
    let mut t = TALLY.lock().unwrap_or_else(|e| e.into_inner());
    let e = t.entry(cat).or_insert((0, 0));
    if r.is_ok() {
        e.0 += 1
    } else {
        e.1 += 1
    }
}

/// tests/known_failing.txt: `CATEGORY::NAME  # reason`, blank lines and `#` lines ignored.
fn known_failing() -> HashMap<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("known_failing.txt");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter_map(|l| {
            let (name, reason) = l.split_once('#').unwrap_or((l, ""));
            let name = name.trim();
            (!name.is_empty()).then(|| (name.to_string(), reason.trim().to_string()))
        })
        .collect()
}

fn programs(cat: &str) -> Vec<PathBuf> {
    let dir = if cat == "examples" {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
    } else {
        go_dir().join(cat)
    };
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().map(|e| e == "go") == Some(true));
    v.sort();
    v
}

fn main() {
    let args = Arguments::from_args();
    let known = known_failing();
    let mut trials = Vec::new();
    let mut ignored: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut add = |cat: &'static str, name: String, trial: Trial| {
        let full = format!("{cat}::{name}");
        let is_known = known.contains_key(&full);
        if is_known {
            *ignored.entry(cat).or_default() += 1;
        }
        trials.push(trial.with_ignored_flag(is_known));
    };
    for (cat, check) in [
        ("run", check_run as fn(&Path) -> Result<(), Failed>),
        ("panic", check_panic),
        ("errors", check_errors),
        ("examples", check_example),
    ] {
        for path in programs(cat) {
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            let t = Trial::test(format!("{cat}::{stem}"), move || {
                set_limit_for(&path);
                let r = check(&path);
                record(cat, &r);
                r
            });
            add(cat, stem, t);
        }
    }
    for (name, case) in crash_cases() {
        let t = Trial::test(format!("crash::{name}"), move || {
            LIMIT.with(|l| l.set(None));
            let r = check_crash(&case);
            record("crash", &r);
            r
        });
        add("crash", name, t);
    }
    let listing = args.list;
    let conclusion = libtest_mimic::run(&args, trials);
    let _ = std::fs::remove_dir_all(scratch_dir());
    if !listing {
        let t = TALLY.lock().unwrap_or_else(|e| e.into_inner());
        let mut parts = Vec::new();
        for cat in CATEGORIES {
            let (p, f) = t.get(cat).copied().unwrap_or((0, 0));
            let ign = if args.include_ignored || args.ignored || args.filter.is_some() {
                0
            } else {
                *ignored.get(cat).unwrap_or(&0)
            };
            if p + f + ign == 0 {
                continue;
            }
            parts.push(format!(
                "{cat} {p}/{} passing ({f} failing, {ign} known-failing skipped)",
                p + f + ign
            ));
        }
        eprintln!("conformance tally: {}", parts.join("; "));
    }
    conclusion.exit();
}
