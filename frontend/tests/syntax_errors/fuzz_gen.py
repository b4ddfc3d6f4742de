#!/usr/bin/env python3
"""Differential fuzzing of syntax errors against gc (not run by cargo test).

usage: python3 fuzz_gen.py SEED N   -> /tmp/dfuzz/cases/cNNNN.go + .gc (gc's L:C: msg lines)
then:  SYNTAX_ERRS_DIR=/tmp/dfuzz/cases cargo test -p frontend --test syntax_dump_tool errors_for_dir
and compare each .ours with .gc. Cases in fuzz/ were made this way.
"""
import random, os, subprocess, glob, sys, re, shutil
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
N = int(sys.argv[2]) if len(sys.argv) > 2 else 200
srcdir = "/work/main/frontend/tests/syntax_shapes"
corpus = [open(f).read() for f in sorted(glob.glob(srcdir + "/*.go")) + sorted(glob.glob("/work/main/tests/go/**/*.go", recursive=True))[:80]]
TOKS = ["(", ")", "{", "}", "[", "]", ",", ";", "\n", ".", ":", ":=", "=", "func", "if", "else", "for",
        "range", "switch", "case", "default", "x", "1", "\"s\"", "*", "&", "<-", "chan", "map", "struct",
        "interface", "type", "var", "const", "return", "go", "defer", "...", "~", "|", "+", "++", "!", "[]"]
out = "/tmp/dfuzz/cases"
os.makedirs("/tmp/dfuzz", exist_ok=True)
shutil.rmtree(out, ignore_errors=True); os.makedirs(out)
work = "/tmp/dfuzz/work"; os.makedirs(work, exist_ok=True)
kept = 0
i = 0
while kept < N and i < N * 5:
    i += 1
    src = random.choice(corpus)
    # token-ish split preserving whitespace
    parts = re.findall(r"\s+|\w+|\"[^\"\n]*\"|`[^`]*`|'[^'\n]*'|:=|\.\.\.|<-|&&|\|\||[^\s\w]", src)
    for _ in range(random.randint(1, 4)):
        k = random.randrange(len(parts))
        r = random.random()
        if r < 0.4:
            parts[k] = ""
        elif r < 0.8:
            parts.insert(k, random.choice(TOKS))
        else:
            parts[k] = random.choice(TOKS)
    m = "".join(parts)
    open(work + "/main.go", "w").write(m)
    r = subprocess.run(["go", "build", "-gcflags=-e", "-o", os.devnull, "main.go"], cwd=work, capture_output=True, text=True)
    lines = r.stderr.splitlines()
    if any(l and not l.startswith("./main.go:") and not l.startswith("#") for l in lines):
        continue  # go command (go/parser) errors, or other
    gl = [l[len("./main.go:"):] for l in lines if l.startswith("./main.go:")]
    if not any("syntax error" in l for l in gl):
        continue
    kept += 1
    open(f"{out}/c{kept:04d}.go", "w").write(m)
    open(f"{out}/c{kept:04d}.gc", "w").write("".join(l + "\n" for l in gl))
print("kept", kept, "of", i)
