#!/usr/bin/env python3
"""Checks Burrow's standard library Go sources with the REAL Go toolchain.

Burrow's library (frontend/stdlib/PKG/*.go) is ordinary Go except that
natives are functions declared without a body. This script copies every
package into a scratch module (imports rewritten to the module path), drops
the bodyless declarations and adds natives/<pkg>.go, which implements each
native with the real standard library. Then:

  * `go vet` type-checks all packages;
  * every tests/go/run/*.go program that imports one of them is run against
    these packages (fmt stays Go's) and its stdout compared with the golden.

So a difference means the Go-side library code (not a native, not the VM)
disagrees with Go. Usage: python3 frontend/stdlib/_check/check.py [test.go...]
Needs `go` on PATH. Work dir: $TMPDIR/burrow-stdlib-check.
"""
import difflib, glob, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
STDLIB = os.path.dirname(HERE)
REPO = os.path.dirname(os.path.dirname(STDLIB))
WORK = os.path.join(tempfile.gettempdir(), 'burrow-stdlib-check')
MOD = 'stdchk.local'
PKGS = ['errors', 'strings', 'strconv', 'math', 'math/bits', 'math/rand', 'sort', 'unicode',
        'unicode/utf8', 'io', 'os', 'runtime', 'runtime/debug', 'time', 'bufio', 'bytes',
        'cmp', 'iter', 'slices', 'maps']


def rewrite(s):
    for p in sorted(PKGS, key=len, reverse=True):
        s = re.sub(r'(\s)"%s"' % re.escape(p), lambda m, p=p: m.group(1) + '"%s/x/%s"' % (MOD, p), s)
    return s


def build():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    with open(os.path.join(WORK, 'go.mod'), 'w') as f:
        f.write('module %s\n\ngo 1.27\n' % MOD)
    for p in PKGS:
        dst = os.path.join(WORK, 'x', p)
        os.makedirs(dst, exist_ok=True)
        for name in os.listdir(os.path.join(STDLIB, p)):
            if not name.endswith('.go'):
                continue
            src = open(os.path.join(STDLIB, p, name)).read()
            out = []
            for line in src.split('\n'):
                if re.match(r'^func [^{]*$', line) and not line.rstrip().endswith(('{', '(')):
                    out.append('// native: ' + line)
                else:
                    out.append(line)
            open(os.path.join(dst, name), 'w').write(rewrite('\n'.join(out)))
        nat = os.path.join(HERE, 'natives', p + '.go')
        if os.path.exists(nat):
            shutil.copy(nat, os.path.join(dst, 'natives_chk.go'))


def main():
    build()
    r = subprocess.run(['go', 'vet', './x/...'], cwd=WORK, capture_output=True, text=True)
    if r.returncode != 0:
        print(r.stdout + r.stderr)
        sys.exit(1)
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(REPO, 'tests/go/run/*.go')))
    ok = bad = 0
    for f in files:
        s = open(f).read()
        head = s.split(')')[0] if 'import (' in s else s[:500]
        if not any(p in PKGS for p in re.findall(r'"([a-z/0-9]+)"', head)):
            continue
        name = os.path.basename(f)[:-3]
        d = os.path.join(WORK, 'prog', name)
        os.makedirs(d, exist_ok=True)
        open(os.path.join(d, 'main.go'), 'w').write(rewrite(s))
        r = subprocess.run(['go', 'run', './prog/' + name], capture_output=True, text=True, cwd=WORK)
        want = open(f[:-3] + '.out').read()
        if r.stdout == want:
            ok += 1
        else:
            bad += 1
            print('FAIL', f)
            for l in list(difflib.unified_diff(want.splitlines(), r.stdout.splitlines(), lineterm=''))[:20]:
                print('   ', l)
            if r.stderr:
                print('   stderr:', r.stderr[:500])
    print(ok, 'ok', bad, 'bad')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
