#!/usr/bin/env python3
"""Rewrite tests/known_failing.txt to exactly the conformance trials that fail right now.

Usage (from anywhere):

    python3 scripts/update_known_failing.py            # run the harness, rewrite the list
    python3 scripts/update_known_failing.py --dry-run  # print what would change
    python3 scripts/update_known_failing.py --from-output LOG
                      # use a saved `cargo test --test conformance -- --include-ignored` log

It runs `cargo test --test conformance -- --include-ignored` (CARGO_TARGET_DIR is honoured),
collects every `test CATEGORY::NAME ... FAILED` line, and writes one line per failing trial:

    run::fmt_strings  # stdout differs at line 12 ...

A reason already in the list for a trial that still fails is kept (so hand-written reasons
survive); new entries get the first line of the harness's failure message. Trials that pass
now are dropped, which is how the list shrinks as Burrow improves. The harness marks listed
trials ignored, so a plain `cargo test` stays green while they are known to fail.
"""

import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIST = os.path.join(ROOT, "tests", "known_failing.txt")
HEADER = """\
# Conformance trials expected to fail for now: `CATEGORY::NAME  # reason`, one a line.
# tests/conformance.rs marks them ignored (never counted as passing). See them all with
#   cargo test --test conformance -- --include-ignored
# Regenerate with scripts/update_known_failing.py (keeps reasons of entries that still fail).
"""


def read_list():
    reasons = {}
    if os.path.exists(LIST):
        for line in open(LIST, encoding="utf-8"):
            name, _, reason = line.partition("#")
            name = name.strip()
            if name:
                reasons[name] = reason.strip()
    return reasons


def main():
    dry = "--dry-run" in sys.argv
    if "--from-output" in sys.argv:
        with open(sys.argv[sys.argv.index("--from-output") + 1], encoding="utf-8") as f:
            out = f.read()
    else:
        cmd = ["cargo", "test", "--test", "conformance", "--", "--include-ignored"]
        p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        out = p.stdout + "\n" + p.stderr
    results = dict(re.findall(r"^test (\S+)\s+\.\.\. (ok|FAILED)\s*$", out, re.M))
    if not results:
        sys.stderr.write(out[-4000:])
        sys.exit("update_known_failing: no trial results found (did the build fail?)")
    # First line of each failure message: `---- NAME ----` then the message.
    first_lines = {}
    for m in re.finditer(r"^---- (\S+) ----\n((?:.+\n){1,3})", out, re.M):
        msg = [l.strip() for l in m.group(2).splitlines() if l.strip()]
        first_lines[m.group(1)] = " | ".join(msg)
    old = read_list()
    failing = sorted(n for n, r in results.items() if r == "FAILED")
    lines = []
    for name in failing:
        reason = old.get(name) or first_lines.get(name, "") or "fails"
        reason = reason.replace("\n", " ")[:200]
        lines.append(f"{name}  # {reason}")
    added = [n for n in failing if n not in old]
    removed = [n for n in old if n not in failing]
    text = HEADER + "".join(l + "\n" for l in lines)
    for n in added:
        print("+", n)
    for n in removed:
        print("-", n, "(passes now)" if results.get(n) == "ok" else "(no such trial)")
    passed = sum(1 for r in results.values() if r == "ok")
    print(f"update_known_failing: {passed} passing, {len(failing)} failing "
          f"({len(added)} added, {len(removed)} removed)")
    if not dry:
        with open(LIST, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
