//! The `burrow` command: `run`, `build`, `disasm`.
//!
//! Argument parsing uses `lexopt` (small, no dependencies, lets every error be
//! one line in our own words). Source loading mirrors `go run`: one or more
//! `.go` files, or one directory (its non-test `.go` files, sorted), shown in
//! diagnostics by their path relative to the current directory with `./` for
//! files in it, as gc prints them.

use mimalloc::MiMalloc;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

const USAGE: &str = "usage: burrow <command> [arguments]

commands:
  run [--gcstats] <file.go ...|dir> [args...]   compile and run a Go program
  build [-m[=N]] <file.go ...|dir>              compile; -m prints escape-analysis decisions
                                                (-m -m or -m=2: with the reasons)
  disasm <file.go ...|dir>                      print the bytecode of every function
  version                                       print Burrow's version";

fn main() -> ExitCode {
    let code = match real_main() {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("burrow: {msg}");
            2
        }
    };
    ExitCode::from(code.clamp(0, 255) as u8)
}

struct Common {
    gcstats: bool,
    escape_level: u32,
    inputs: Vec<String>,
    args: Vec<String>,
}

fn parse_args(cmd: &str, parser: &mut lexopt::Parser) -> Result<Common, String> {
    use lexopt::prelude::*;
    let mut c = Common {
        gcstats: false,
        escape_level: 0,
        inputs: Vec::new(),
        args: Vec::new(),
    };
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("gcstats") if cmd == "run" => c.gcstats = true,
            Short('m') if cmd == "build" => {
                c.escape_level += match parser.optional_value() {
                    Some(v) => v
                        .to_str()
                        .and_then(|s| s.parse::<u32>().ok())
                        .ok_or_else(|| format!("invalid value {v:?} for -m"))?,
                    None => 1,
                }
            }
            Long("help") | Short('h') => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            Value(v) => {
                // The first non-flag starts the package: `.go` files (as many
                // as follow) or one directory; for `run`, the rest are the
                // program's arguments, flags included.
                let mut rest = vec![v
                    .into_string()
                    .map_err(|v| format!("argument is not valid UTF-8: {v:?}"))?];
                for a in parser.raw_args().map_err(|e| e.to_string())? {
                    rest.push(
                        a.into_string()
                            .map_err(|v| format!("argument is not valid UTF-8: {v:?}"))?,
                    );
                }
                let n = if rest[0].ends_with(".go") {
                    rest.iter().take_while(|a| a.ends_with(".go")).count()
                } else {
                    1
                };
                c.args = rest.split_off(n);
                c.inputs = rest;
                if cmd != "run" && !c.args.is_empty() {
                    return Err(format!(
                        "{cmd}: unexpected arguments after the package: {}",
                        c.args.join(" ")
                    ));
                }
                break;
            }
            other => {
                return Err(format!(
                    "{}: flag provided but not defined",
                    other.unexpected()
                ))
            }
        }
    }
    if c.inputs.is_empty() {
        return Err(format!("{cmd}: no go files listed"));
    }
    Ok(c)
}

fn real_main() -> Result<i32, String> {
    let mut parser = lexopt::Parser::from_env();
    let cmd = match parser.next().map_err(|e| e.to_string())? {
        Some(lexopt::Arg::Value(v)) => v.into_string().unwrap_or_default(),
        Some(lexopt::Arg::Long("help")) | Some(lexopt::Arg::Short('h')) | None => {
            eprintln!("{USAGE}");
            return Ok(if std::env::args().len() > 1 { 0 } else { 2 });
        }
        Some(other) => {
            return Err(format!(
                "{}: flag provided but not defined\n{USAGE}",
                other.unexpected()
            ))
        }
    };
    match cmd.as_str() {
        "version" => {
            println!(
                "burrow version {} (Go 1.27 language)",
                env!("CARGO_PKG_VERSION")
            );
            Ok(0)
        }
        "run" | "build" | "disasm" => {
            let c = parse_args(&cmd, &mut parser)?;
            let files = match read_inputs(&c.inputs) {
                Ok(f) => f,
                Err(InputError::Msg(m)) => {
                    eprintln!("burrow: {m}");
                    return Ok(1);
                }
                Err(InputError::Diagnostics(lines)) => {
                    eprintln!("# command-line-arguments");
                    for l in lines {
                        eprintln!("{l}");
                    }
                    return Ok(1);
                }
            };
            if cmd == "build" {
                return Ok(build(files, c.escape_level));
            }
            let compiled = match frontend::compile(files) {
                Ok(c) => c,
                Err((sources, errors)) => {
                    print_errors(&sources, &errors);
                    return Ok(1);
                }
            };
            match cmd.as_str() {
                "run" => {
                    gc::host::release_freed_host_memory();
                    let mut args = vec![program_name(&c.inputs)];
                    args.extend(c.args);
                    let gc = gc::GcConfig::from_env()?;
                    let opts = vm::Options { args, gc };
                    let _ = c.gcstats;
                    Ok(vm::run(compiled.module, opts))
                }
                _ => {
                    print!("{}", compiled.disasm());
                    Ok(0)
                }
            }
        }
        other => Err(format!(
            "unknown command {other:?}\nRun 'burrow --help' for usage."
        )),
    }
}

/// `burrow build [-m[=N]]`: compile; with `-m`, print the escape analysis's
/// decisions as `go build -gcflags='-m -l'` prints them (on stderr, under
/// the package header, only if there is a line to print). Reports come
/// before code generation's errors, as in gc.
fn build(files: Vec<(String, String)>, level: u32) -> i32 {
    let b = match frontend::build(files) {
        Ok(b) => b,
        Err((sources, errors)) => {
            print_errors(&sources, &errors);
            return 1;
        }
    };
    let sources = match &b.compiled {
        Ok(c) => &c.sources,
        Err((s, _)) => s,
    };
    let lines = if level > 0 {
        frontend::report_lines(sources, &b.reports, level)
    } else {
        Vec::new()
    };
    let mut out = String::new();
    if !lines.is_empty() {
        out.push_str("# command-line-arguments\n");
        for l in &lines {
            out.push_str(l);
            out.push('\n');
        }
    }
    let code = match &b.compiled {
        Ok(_) => 0,
        Err((sources, errors)) => {
            if lines.is_empty() {
                out.push_str(&error_text(sources, errors));
            } else {
                // One package header for the reports and the errors.
                let text = error_text(sources, errors);
                out.push_str(
                    text.strip_prefix("# command-line-arguments\n")
                        .unwrap_or(&text),
                );
            }
            1
        }
    };
    use std::io::Write;
    let _ = std::io::stderr().lock().write_all(out.as_bytes());
    code
}

/// `os.Args[0]`: `go run` runs a temporary binary named after the file or directory.
fn program_name(inputs: &[String]) -> String {
    let p = Path::new(&inputs[0]);
    let stem = p
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "main".into());
    std::env::temp_dir()
        .join("burrow-build")
        .join("exe")
        .join(stem)
        .to_string_lossy()
        .into_owned()
}

/// How gc shows a source path: relative to the current directory, `./` for
/// files directly in it.
fn display_name(path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        cwd.clone().unwrap_or_default().join(path)
    };
    let rel = cwd
        .and_then(|c| abs.strip_prefix(&c).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| abs.clone());
    let s = rel.to_string_lossy().into_owned();
    if rel.components().count() == 1 {
        format!("./{s}")
    } else {
        s
    }
}

enum InputError {
    /// A problem reading the inputs (one line).
    Msg(String),
    /// Diagnostics found before parsing (invalid UTF-8), already formatted.
    Diagnostics(Vec<String>),
}

impl From<String> for InputError {
    fn from(m: String) -> Self {
        InputError::Msg(m)
    }
}

/// gc's `invalid UTF-8 encoding` diagnostics, one per bad sequence.
fn invalid_utf8_diagnostics(name: &str, bytes: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    let (mut line, mut line_start, mut i) = (1, 0, 0);
    while i < bytes.len() {
        match std::str::from_utf8(&bytes[i..]) {
            Ok(_) => break,
            Err(e) => {
                let bad = i + e.valid_up_to();
                for (k, &b) in bytes[i..bad].iter().enumerate() {
                    if b == b'\n' {
                        line += 1;
                        line_start = i + k + 1;
                    }
                }
                out.push(format!(
                    "{name}:{line}:{}: invalid UTF-8 encoding",
                    bad - line_start + 1
                ));
                i = bad + e.error_len().unwrap_or(bytes.len() - bad);
            }
        }
    }
    out.truncate(10);
    out
}

fn read_inputs(inputs: &[String]) -> Result<Vec<(String, String)>, InputError> {
    let mut paths: Vec<PathBuf> = Vec::new();
    if inputs.len() == 1 && Path::new(&inputs[0]).is_dir() {
        let dir = Path::new(&inputs[0]);
        let rd =
            std::fs::read_dir(dir).map_err(|e| format!("reading {}: {}", inputs[0], io_msg(&e)))?;
        for e in rd.flatten() {
            let p = e.path();
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if name.ends_with(".go") && !name.ends_with("_test.go") && p.is_file() {
                paths.push(p);
            }
        }
        paths.sort();
        if paths.is_empty() {
            return Err(format!("no Go files in {}", inputs[0]).into());
        }
    } else {
        for i in inputs {
            if !i.ends_with(".go") {
                return Err(format!("named files must be .go files: {i}").into());
            }
            paths.push(PathBuf::from(i));
        }
    }
    let mut out = Vec::new();
    for p in paths {
        let bytes =
            std::fs::read(&p).map_err(|e| format!("stat {}: {}", p.display(), io_msg(&e)))?;
        if bytes.contains(&0) {
            return Err(format!("reading {}: unexpected NUL in input", p.display()).into());
        }
        let name = display_name(&p);
        let src = match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                return Err(InputError::Diagnostics(invalid_utf8_diagnostics(
                    &name,
                    e.as_bytes(),
                )))
            }
        };
        out.push((name, src));
    }
    Ok(out)
}

fn io_msg(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Compile errors as `go run` prints them: a package header, then at most 10
/// `file:line:col: message` lines (gc sorts them and stops at 10).
fn print_errors(
    sources: &frontend::syntax::source::SourceMap,
    errors: &[frontend::syntax::source::Error],
) {
    eprint!("{}", error_text(sources, errors));
}

fn error_text(
    sources: &frontend::syntax::source::SourceMap,
    errors: &[frontend::syntax::source::Error],
) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    if !(errors.len() == 1 && errors[0].msg == frontend::NOT_MAIN_PACKAGE) {
        out.push_str("# command-line-arguments\n");
    }
    for e in errors.iter().take(10) {
        if e.pos.is_valid() {
            let _ = writeln!(out, "{}: {}", sources.position(e.pos), e.msg);
        } else {
            let _ = writeln!(out, "{}", e.msg);
        }
    }
    if errors.len() > 10 {
        out.push_str("too many errors\n");
    }
    out
}
