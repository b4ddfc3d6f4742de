//! Escape-analysis errorcheck harness: runs `burrow build -m NAME.go` on every file of the
//! corpus tests/go/escape/ and compares its report lines with gc's.
//!
//! Each NAME.go carries gc's `-m -l` lines inline, as Go's test/ directory does:
//!
//! ```text
//! p := &Point{1, 2} // ERROR "&Point\{\.\.\.\} does not escape$"
//! ```
//!
//! written by scripts/regen_escape.py from the real gc (never from Burrow), plus NAME.m with
//! gc's full lines (`./NAME.go:L:C: text`) for exact positions. One libtest trial per file,
//! `escape::NAME`. It passes when, line by line (Go's errorcheck rule), every quoted regexp
//! matches a distinct report line of Burrow's on that source line and no report line of
//! Burrow's is left unmatched. A regexp as regen_escape.py writes it (gc's text with the
//! metacharacters escaped, then `$`) must equal the text exactly; a hand-written regexp is
//! searched for, as Go's errorcheck does. Columns are not compared by default (failure
//! messages show gc's column from NAME.m next to Burrow's); BURROW_ESCAPE_COLUMNS=1 makes a
//! column that differs from gc's a failure too. scripts/escape_agreement.py measures the
//! exact line:col agreement over the whole corpus.
//!
//! tests/escape_known_failing.txt lists files Burrow does not fully match yet
//! (`escape::NAME  # reason`); they are marked ignored, so they never count as passing. After a
//! normal run the harness also tries them and names those that pass now, so the list shrinks
//! (`python3 scripts/escape_agreement.py --update-known-failing` rewrites it). A tally of
//! files and report lines goes to stderr at the end.

use libtest_mimic::{Arguments, Failed, Trial};
use regex::Regex;
use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const BURROW: &str = env!("CARGO_BIN_EXE_burrow");
/// Characters regen_escape.py escapes with a backslash.
const META: &str = "\\.+*?()|[]{}^$";

/// (files passed, files failed, gc lines matched, gc lines expected, extra lines).
static TALLY: Mutex<(usize, usize, usize, usize, usize)> = Mutex::new((0, 0, 0, 0, 0));

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("go")
        .join("escape")
}

fn timeout() -> Duration {
    let secs = std::env::var("BURROW_TEST_TIMEOUT")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or(10);
    Duration::from_secs(secs)
}

fn strict_columns() -> bool {
    std::env::var("BURROW_ESCAPE_COLUMNS").is_ok_and(|v| v != "0" && !v.is_empty())
}

struct Outcome {
    code: Option<i32>,
    output: String,
    stderr: String,
}

/// `burrow build -m NAME` in `dir`, killed after the timeout.
fn run_build(dir: &Path, name: &str) -> Result<Outcome, Failed> {
    let mut child = Command::new(BURROW)
        .args(["build", "-m", name])
        .current_dir(dir)
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
    let deadline = Instant::now() + timeout();
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
    let stdout = String::from_utf8_lossy(&out_t.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_t.join().unwrap_or_default()).into_owned();
    if timed_out {
        return Err(format!("burrow build -m {name}: timed out after {:?}", timeout()).into());
    }
    if stderr.contains("panicked at") || stderr.contains("RUST_BACKTRACE") {
        return Err(format!(
            "burrow build -m {name}: Rust panic:\n    {}",
            head(&stderr, 8)
        )
        .into());
    }
    Ok(Outcome {
        code: status.and_then(|s| s.code()),
        output: format!("{stdout}\n{stderr}"),
        stderr,
    })
}

fn head(s: &str, lines: usize) -> String {
    let mut out: Vec<&str> = s.lines().take(lines).collect();
    if s.lines().count() > lines {
        out.push("...");
    }
    out.join("\n    ")
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

/// The exact text a regen_escape.py pattern stands for (`None` for a hand-written regexp).
fn literal_of(pat: &str) -> Option<String> {
    let body = pat.strip_suffix('$')?;
    let mut out = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            let n = chars.next()?;
            if !META.contains(n) {
                return None;
            }
            out.push(n);
        } else if META.contains(c) {
            return None;
        } else {
            out.push(c);
        }
    }
    Some(out)
}

/// A report line: (line, column, text).
type Diag = (usize, usize, String);

/// Report lines about `name` in `text` (`./NAME.go:L:C: text`, the `./` optional).
fn diagnostics(text: &str, name: &str) -> Vec<Diag> {
    let re = Regex::new(r"^(?:\./)?([^:\s][^:]*\.go):(\d+):(\d+): (.*)$").unwrap();
    text.lines()
        .filter_map(|l| re.captures(l))
        .filter(|c| {
            Path::new(&c[1])
                .file_name()
                .is_some_and(|f| f.to_string_lossy() == name)
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

/// A compiled expectation: the exact text, or a regexp searched for.
enum Want {
    Exact(String),
    Search(Regex),
}

impl Want {
    fn new(pat: &str, line: usize) -> Result<Want, Failed> {
        match literal_of(pat) {
            Some(s) => Ok(Want::Exact(s)),
            None => Regex::new(pat)
                .map(Want::Search)
                .map_err(|e| format!("line {line}: bad regexp {pat:?}: {e}").into()),
        }
    }
    fn matches(&self, text: &str) -> bool {
        match self {
            Want::Exact(s) => s == text,
            Want::Search(re) => re.is_match(text),
        }
    }
}

/// Compare one file; returns (gc lines matched, gc lines expected, extra lines, problems).
fn compare(path: &Path) -> Result<(usize, usize, usize, Vec<String>), Failed> {
    let dir = path.parent().unwrap();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let stem = name.trim_end_matches(".go");
    let src = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let exp = expectations(&src)?;
    let golden: Vec<Diag> = std::fs::read_to_string(dir.join(format!("{stem}.m")))
        .map(|g| diagnostics(&g, &name))
        .unwrap_or_default();
    // The ERROR comments and NAME.m are both written by regen_escape.py from one gc run; a
    // line where they disagree in number means one of them was edited by hand.
    let mut problems = Vec::new();
    if !golden.is_empty() {
        let mut per_line: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
        for g in &golden {
            per_line.entry(g.0).or_default().0 += 1;
        }
        for (l, pats) in &exp {
            per_line.entry(*l).or_default().1 += pats.len();
        }
        for (l, (g, e)) in per_line {
            if g != e {
                problems.push(format!(
                    "stale corpus: line {l} has {e} ERROR regexps but {stem}.m has {g} gc lines \
                     (rerun scripts/regen_escape.py)"
                ));
            }
        }
    }
    let o = run_build(dir, &name)?;
    let diags = diagnostics(&o.output, &name);
    if o.code != Some(0) {
        problems.push(format!(
            "burrow build -m exited {:?} (want 0):\n    {}",
            o.code,
            head(&o.stderr, 6)
        ));
    }
    let mut by_line: BTreeMap<usize, Vec<&Diag>> = BTreeMap::new();
    for d in &diags {
        by_line.entry(d.0).or_default().push(d);
    }
    let mut lines: Vec<usize> = exp.keys().chain(by_line.keys()).copied().collect();
    lines.sort_unstable();
    lines.dedup();
    let (mut matched, mut expected, mut extra) = (0, 0, 0);
    let strict = strict_columns();
    for line in lines {
        let mut pending = by_line.get(&line).cloned().unwrap_or_default();
        for pat in exp.get(&line).map(|v| v.as_slice()).unwrap_or(&[]) {
            expected += 1;
            let want = Want::new(pat, line)?;
            let gc_col = golden
                .iter()
                .find(|g| g.0 == line && want.matches(&g.2))
                .map(|g| g.1);
            let at = |c: Option<usize>| c.map_or(String::new(), |c| format!(":{c}"));
            match pending.iter().position(|d| want.matches(&d.2)) {
                None => problems.push(format!(
                    "missing    {line}{}: {}   (gc's; burrow printed on this line: {:?})",
                    at(gc_col),
                    match &want {
                        Want::Exact(s) => s.clone(),
                        Want::Search(_) => format!("/{pat}/"),
                    },
                    pending
                        .iter()
                        .map(|d| format!("{}: {}", d.1, d.2))
                        .collect::<Vec<_>>()
                )),
                Some(i) => {
                    let d = pending.remove(i);
                    matched += 1;
                    if let Some(c) = gc_col {
                        if c != d.1 && strict {
                            problems.push(format!(
                                "column     {line}:{}: {}   (gc reports column {c})",
                                d.1, d.2
                            ));
                        }
                    }
                }
            }
        }
        for d in pending {
            extra += 1;
            problems.push(format!("unexpected {}:{}: {}", d.0, d.1, d.2));
        }
    }
    Ok((matched, expected, extra, problems))
}

fn check(path: &Path) -> Result<(), Failed> {
    let r = compare(path);
    let mut t = TALLY.lock().unwrap_or_else(|e| e.into_inner());
    match r {
        Ok((m, e, x, problems)) => {
            t.2 += m;
            t.3 += e;
            t.4 += x;
            if problems.is_empty() {
                t.0 += 1;
                Ok(())
            } else {
                t.1 += 1;
                Err(format!(
                    "{}/{e} of gc's lines matched, {x} extra:\n  {}",
                    m,
                    problems.join("\n  ")
                )
                .into())
            }
        }
        Err(f) => {
            t.1 += 1;
            Err(f)
        }
    }
}

/// tests/escape_known_failing.txt: `escape::NAME  # reason`, blank and `#` lines ignored.
fn known_failing() -> HashMap<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("escape_known_failing.txt");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter_map(|l| {
            let (name, reason) = l.split_once('#').unwrap_or((l, ""));
            let name = name.trim();
            (!name.is_empty()).then(|| (name.to_string(), reason.trim().to_string()))
        })
        .collect()
}

fn corpus() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|e| e == "go"));
    v.sort();
    v
}

fn main() {
    let args = Arguments::from_args();
    let known = known_failing();
    let mut trials = Vec::new();
    let mut skipped = Vec::new();
    for path in corpus() {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let full = format!("escape::{stem}");
        let is_known = known.contains_key(&full);
        if is_known {
            skipped.push(path.clone());
        }
        trials.push(Trial::test(full, move || check(&path)).with_ignored_flag(is_known));
    }
    let listing = args.list;
    let known_ran = args.include_ignored || args.ignored;
    let filtered = args.filter.is_some() || !args.skip.is_empty();
    let conclusion = libtest_mimic::run(&args, trials);
    if !listing {
        let t = *TALLY.lock().unwrap_or_else(|e| e.into_inner());
        let ign = if known_ran || filtered {
            0
        } else {
            skipped.len()
        };
        eprintln!(
            "escape tally: {}/{} files passing ({} failing, {ign} known-failing skipped); \
             gc lines matched {}/{} , {} extra (in the files that ran)",
            t.0,
            t.0 + t.1 + ign,
            t.1,
            t.2,
            t.3,
            t.4
        );
        // Known failures that pass now: say so, so the list shrinks.
        if !known_ran && !filtered {
            let now_pass: Vec<String> = skipped
                .iter()
                .filter(|p| matches!(compare(p), Ok((_, _, _, ref pr)) if pr.is_empty()))
                .map(|p| format!("escape::{}", p.file_stem().unwrap().to_string_lossy()))
                .collect();
            if !now_pass.is_empty() {
                eprintln!(
                    "escape: {} known-failing file(s) pass now; remove them from \
                     tests/escape_known_failing.txt (python3 scripts/escape_agreement.py \
                     --update-known-failing): {}",
                    now_pass.len(),
                    now_pass.join(" ")
                );
            }
        }
    }
    conclusion.exit();
}
