//! `burrow build` as a user runs it: the binary on small programs, with the
//! expected output taken from `go build -gcflags='-m -l'` (Go 1.27).
//!
//! tests/cli_build/NAME.go is copied to a fresh directory as `main.go` (gc's
//! lines name `./main.go`); NAME.m1 holds gc's `-m -l` lines and NAME.m2 its
//! `-m -m -l` lines, without the `# command-line-arguments` header.

use std::path::{Path, PathBuf};
use std::process::Command;

const BURROW: &str = env!("CARGO_BIN_EXE_burrow");

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

/// A fresh directory holding `files` (name, contents).
fn scratch(tag: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("burrow-cli-build-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (name, text) in files {
        let p = dir.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    dir
}

fn burrow(dir: &Path, args: &[&str]) -> Out {
    let o = Command::new(BURROW)
        .args(args)
        .current_dir(dir)
        .env("RUST_BACKTRACE", "0")
        .output()
        .expect("run burrow");
    Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

fn data(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("cli_build")
        .join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// gc's output for `lines`: nothing, or the package header and the lines.
fn with_header(lines: &str) -> String {
    if lines.is_empty() {
        String::new()
    } else {
        format!("# command-line-arguments\n{lines}")
    }
}

const QUIET: &str = "package main

func add(a, b int) int { return a + b }

func main() {
	x := add(1, 2)
	_ = x
}
";

#[test]
fn build_without_m_prints_nothing() {
    let dir = scratch("nom", &[("main.go", &data("points.go"))]);
    let o = burrow(&dir, &["build", "main.go"]);
    assert_eq!((o.code, o.stdout.as_str(), o.stderr.as_str()), (0, "", ""));
}

#[test]
fn nothing_to_report_prints_nothing() {
    let dir = scratch("quiet", &[("main.go", QUIET)]);
    for flags in [&["-m"][..], &["-m", "-m"], &["-m=2"]] {
        let mut args = vec!["build"];
        args.extend_from_slice(flags);
        args.push("main.go");
        let o = burrow(&dir, &args);
        assert_eq!(
            (o.code, o.stdout.as_str(), o.stderr.as_str()),
            (0, "", ""),
            "{flags:?}"
        );
    }
}

#[test]
fn compile_errors_as_run_prints_them() {
    let dir = scratch(
        "bad",
        &[("main.go", "package main\n\nfunc main() {\n\tx := 1\n}\n")],
    );
    let o = burrow(&dir, &["build", "-m", "main.go"]);
    assert_eq!(o.code, 1);
    assert_eq!(o.stdout, "");
    assert_eq!(
        o.stderr,
        "# command-line-arguments\n./main.go:4:2: declared and not used: x\n"
    );
    let r = burrow(&dir, &["run", "main.go"]);
    assert_eq!((r.code, r.stderr), (o.code, o.stderr));
}

#[test]
fn unknown_flag_is_one_line_and_exit_2() {
    let dir = scratch("flag", &[("main.go", QUIET)]);
    let o = burrow(&dir, &["build", "-x", "main.go"]);
    assert_eq!(o.code, 2);
    assert_eq!(o.stderr.lines().count(), 1, "{}", o.stderr);
    let o = burrow(&dir, &["build", "-m=x", "main.go"]);
    assert_eq!(o.code, 2);
    assert_eq!(o.stderr.lines().count(), 1, "{}", o.stderr);
}

#[test]
fn m_prints_gc_lines() {
    let dir = scratch("m1", &[("main.go", &data("points.go"))]);
    let o = burrow(&dir, &["build", "-m", "main.go"]);
    assert_eq!(o.stdout, "");
    assert_eq!(o.stderr, with_header(&data("points.m1")));
    assert_eq!(o.code, 0);
}

#[test]
fn m_m_and_m_2_add_the_reasons() {
    let dir = scratch("m2", &[("main.go", &data("points.go"))]);
    for flags in [&["-m", "-m"][..], &["-m=2"]] {
        let mut args = vec!["build"];
        args.extend_from_slice(flags);
        args.push("main.go");
        let o = burrow(&dir, &args);
        assert_eq!(o.stderr, with_header(&data("points.m2")), "{flags:?}");
        assert_eq!(o.code, 0);
    }
}

#[test]
fn folder_argument() {
    let prog = "package main\n\nvar sink *int\n\nfunc main() {\n\tx := 1\n\tsink = &x\n}\n";
    let dir = scratch("dir", &[("prog/main.go", prog)]);
    let o = burrow(&dir, &["build", "-m", "prog"]);
    assert_eq!(
        o.stderr,
        "# command-line-arguments\nprog/main.go:6:2: moved to heap: x\n"
    );
    assert_eq!(o.code, 0);
}

/// `-m=2` on a goroutine's closure: the flows and `capturing by value`
/// lines in gc's order, before any code generation error.
#[test]
fn m_2_with_a_goroutine() {
    let dir = scratch("chans2", &[("main.go", &data("chans.go"))]);
    let o = burrow(&dir, &["build", "-m=2", "main.go"]);
    let want = with_header(&data("chans.m2"));
    assert!(
        o.stderr.starts_with(&want),
        "want prefix:\n{want}\ngot:\n{}",
        o.stderr
    );
}

/// Goroutines and channels: the reports come out even if the code
/// generator cannot compile the program yet (its errors follow, exit 1).
#[test]
fn reports_come_before_code_generation() {
    let dir = scratch("chans", &[("main.go", &data("chans.go"))]);
    let o = burrow(&dir, &["build", "-m", "main.go"]);
    let want = with_header(&data("chans.m1"));
    assert!(
        o.stderr.starts_with(&want),
        "want prefix:\n{want}\ngot:\n{}",
        o.stderr
    );
    match o.code {
        0 => assert_eq!(o.stderr, want),
        1 => assert!(o.stderr.len() > want.len()),
        c => panic!("exit {c}: {}", o.stderr),
    }
}
