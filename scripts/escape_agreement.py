#!/usr/bin/env python3
"""How closely `burrow build -m` agrees with gc's escape-analysis report on the corpus.

Usage (from anywhere):

    python3 scripts/escape_agreement.py                  # per-file and total agreement
    python3 scripts/escape_agreement.py --burrow PATH    # another binary (default target/release/burrow)
    python3 scripts/escape_agreement.py --list           # also list every mismatch
    python3 scripts/escape_agreement.py closure seed     # only files whose name contains a filter
    python3 scripts/escape_agreement.py --update-known-failing
                      # rewrite tests/escape_known_failing.txt to the files that fail the harness
    python3 scripts/escape_agreement.py --json           # machine-readable totals on stdout
    python3 scripts/escape_agreement.py --level 2        # `build -m=2` against gc's -m=2 (NAME.m2)

The reference is tests/go/escape/NAME.m: gc's `go build -gcflags='-m -l'` lines for NAME.go,
recorded by scripts/regen_escape.py. For each file it runs `burrow build -m NAME.go` (cwd = the
corpus directory) and counts, as multisets of report lines:

  matched    gc lines Burrow prints with the same line, column and text
  reference  gc lines
  extra      lines Burrow prints that gc does not (same line:col:text)
  line-only  gc lines Burrow prints with the right line and text but another column

With --level 2 the reference is NAME.m2 (gc's -m=2 lines: each decision with the flow that
forced it, every `L:C: ` line counted as one report line, the harness column is meaningless).

The issue's target: matched >= 95% of reference, extra < 3% of reference. The errorcheck harness
(tests/escape.rs) compares by line and text only; a file passes there when Burrow prints exactly
gc's lines up to columns and exits 0 -- that is the rule --update-known-failing applies.
"""

import argparse
import collections
import concurrent.futures
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ESC_DIR = os.path.join(ROOT, "tests", "go", "escape")
KNOWN = os.path.join(ROOT, "tests", "escape_known_failing.txt")
DIAG_RE = re.compile(r"^(?:\./)?(?P<file>[^:\s][^:]*\.go):(?P<line>\d+):(?P<col>\d+): (?P<msg>.*)$")
# What a -m report line says (anything else on stderr is an error message).
REPORT_RE = re.compile(r"(escapes to heap|does not escape|^.*: moved to heap: |: leaking param|"
                       r": devirtualizing |: zero-copy string->\[\]byte conversion)")
HEADER = """\
# Escape errorcheck files (tests/go/escape/) Burrow does not fully match yet: `escape::NAME  # reason`.
# tests/escape.rs marks them ignored (never counted as passing). See them all with
#   cargo test --test escape -- --include-ignored
# Regenerate with: python3 scripts/escape_agreement.py --update-known-failing
"""


def parse(text, name):
    out = []
    for l in text.splitlines():
        m = DIAG_RE.match(l)
        if m and os.path.basename(m.group("file")) == name:
            out.append((int(m.group("line")), int(m.group("col")), m.group("msg")))
    return out


def run_file(burrow, name, timeout, level=1):
    flag = "-m" if level == 1 else f"-m={level}"
    try:
        p = subprocess.run(
            [burrow, "build", flag, name],
            cwd=ESC_DIR,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=dict(os.environ, RUST_BACKTRACE="0"),
        )
    except subprocess.TimeoutExpired:
        return None, [], f"timed out after {timeout}s"
    except OSError as e:
        sys.exit(f"escape_agreement: cannot run {burrow}: {e}")
    first_err = next((l for l in p.stderr.splitlines() if l and not l.startswith("#")
                      and not REPORT_RE.search(l)), "")
    return p.returncode, parse(p.stdout + "\n" + p.stderr, name), first_err


def compare(name, burrow, timeout, level=1):
    stem = name[:-3]
    with open(os.path.join(ESC_DIR, stem + (".m" if level == 1 else ".m2")), encoding="utf-8") as f:
        ref = parse(f.read(), name)
    code, got, err = run_file(burrow, name, timeout, level)
    ref_c = collections.Counter(ref)
    got_c = collections.Counter(got)
    exact = ref_c & got_c
    missing = ref_c - exact
    extra = got_c - exact
    # Same line and text, another column.
    ref_lt = collections.Counter((l, m) for (l, c, m) in missing.elements())
    got_lt = collections.Counter((l, m) for (l, c, m) in extra.elements())
    line_only = sum((ref_lt & got_lt).values())
    harness_pass = code == 0 and not (ref_lt - got_lt) and not (got_lt - ref_lt)
    return {
        "file": name,
        "reference": len(ref),
        "matched": sum(exact.values()),
        "extra": sum(extra.values()),
        "line_only": line_only,
        "exit": code,
        "error": err if code != 0 else "",
        "missing_lines": sorted(missing.elements()),
        "extra_lines": sorted(extra.elements()),
        "harness_pass": harness_pass,
    }


def pct(a, b):
    return 100.0 * a / b if b else 0.0


def update_known(results):
    failing = [r for r in results if not r["harness_pass"]]
    lines = []
    for r in failing:
        if r["exit"] != 0:
            why = f"build -m exit {r['exit']}: {r['error']}"
        else:
            miss = r["reference"] - r["matched"] - r["line_only"]
            why = f"{r['matched'] + r['line_only']}/{r['reference']} gc lines, {miss} missing, " \
                  f"{r['extra'] - r['line_only']} extra"
        lines.append(f"escape::{r['file'][:-3]}  # {why[:200]}")
    old = set()
    if os.path.exists(KNOWN):
        for l in open(KNOWN, encoding="utf-8"):
            n = l.partition("#")[0].strip()
            if n:
                old.add(n)
    new = {l.split()[0] for l in lines}
    for n in sorted(new - old):
        print("+", n)
    for n in sorted(old - new):
        print("-", n, "(passes now)")
    with open(KNOWN, "w", encoding="utf-8") as f:
        f.write(HEADER + "".join(l + "\n" for l in lines))
    print(f"escape_agreement: {len(results) - len(failing)} files pass the harness, "
          f"{len(failing)} listed as known failing")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("filters", nargs="*")
    ap.add_argument("--burrow", default=os.path.join(ROOT, "target", "release", "burrow"))
    ap.add_argument("--list", action="store_true", help="list every mismatching line")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--timeout", type=int, default=30)
    ap.add_argument("--jobs", type=int, default=max(1, min(4, os.cpu_count() or 1)))
    ap.add_argument("--update-known-failing", action="store_true")
    ap.add_argument("--level", type=int, choices=(1, 2), default=1,
                    help="2: compare `burrow build -m=2` with gc's -m=2 lines (NAME.m2)")
    a = ap.parse_args()
    burrow = os.path.abspath(a.burrow)
    if not os.path.exists(burrow):
        sys.exit(f"escape_agreement: no binary at {burrow} (cargo build --release, or --burrow PATH)")
    names = sorted(n for n in os.listdir(ESC_DIR)
                   if n.endswith(".go") and (not a.filters or any(f in n for f in a.filters)))
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as ex:
        results = list(ex.map(lambda n: compare(n, burrow, a.timeout, a.level), names))
    if a.update_known_failing:
        if a.filters or a.level != 1:
            sys.exit("escape_agreement: --update-known-failing needs the whole corpus (no filters)")
        update_known(results)
        return
    tot = collections.Counter()
    for r in results:
        for k in ("reference", "matched", "extra", "line_only"):
            tot[k] += r[k]
        tot["files"] += 1
        tot["passing"] += r["harness_pass"]
    if a.json:
        print(json.dumps(dict(tot, matched_pct=pct(tot["matched"], tot["reference"]),
                              extra_pct=pct(tot["extra"], tot["reference"]))))
        return
    w = max(len(r["file"]) for r in results) if results else 10
    print(f"{'file':<{w}}  {'matched/ref':>11}  {'%':>6}  {'extra':>5}  {'col-only':>8}  harness")
    for r in results:
        note = "pass" if r["harness_pass"] else (
            f"FAIL (exit {r['exit']}: {r['error'][:60]})" if r["exit"] != 0 else "FAIL")
        print(f"{r['file']:<{w}}  {r['matched']:>5}/{r['reference']:<5}  "
              f"{pct(r['matched'], r['reference']):>5.1f}%  {r['extra']:>5}  {r['line_only']:>8}  {note}")
        if a.list:
            for (l, c, m) in r["missing_lines"]:
                print(f"    - {l}:{c}: {m}")
            for (l, c, m) in r["extra_lines"]:
                print(f"    + {l}:{c}: {m}")
    m, ref, x = tot["matched"], tot["reference"], tot["extra"]
    print()
    print(f"total: {tot['files']} files, {tot['passing']} pass the harness; "
          f"matched {m}/{ref} = {pct(m, ref):.1f}% (target >= 95%), "
          f"extra {x} = {pct(x, ref):.1f}% of reference (target < 3%), "
          f"{tot['line_only']} right line and text at another column")
    if a.list:
        print("(- gc's line Burrow does not print exactly; + Burrow's line gc does not print)")


if __name__ == "__main__":
    main()
