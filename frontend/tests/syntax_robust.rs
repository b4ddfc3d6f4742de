//! Robustness: arbitrary input never panics, always terminates, and absurd
//! nesting is reported instead of overflowing the Rust stack.

use frontend::syntax::{parse_bytes, parse_file, source::SourceMap, NodeIdGen};

fn parse(src: &[u8]) -> Vec<String> {
    let mut sm = SourceMap::new();
    let fi = sm.add(
        "./main.go",
        "main",
        String::from_utf8_lossy(src).into_owned(),
    );
    let base = sm.file(fi).base;
    let arena = bumpalo::Bump::new();
    let mut ids = NodeIdGen::default();
    let (_f, errs) = parse_bytes(&arena, src, base, fi, &sm, &mut ids);
    errs.into_iter().map(|e| e.msg).collect()
}

/// Iteration count; `SYNTAX_FUZZ_ITERS` raises it for a longer local run.
fn iters(default: usize) -> usize {
    std::env::var("SYNTAX_FUZZ_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const SAMPLE: &str = r#"package main

import (
	"fmt"
	s "strings"
)

type Num interface{ ~int | ~float64 }

type Pair[K comparable, V any] struct {
	Key K
	Val V `json:"val"`
	*fmt.Stringer
}

func Sum[T Num](xs ...T) (t T) {
	for _, x := range xs {
		t += x
	}
	return
}

func (p *Pair[K, V]) String() string { return fmt.Sprint(p.Key, p.Val) }

func main() {
	ch := make(chan <-chan int, 3)
	m := map[string][]int{"a": {1, 2}, "b": nil}
	if v, ok := m["a"]; ok && len(v) > 0 {
		fmt.Println(v[0:1:2], s.ToUpper("x"))
	}
L:
	for i := 0; i < 10; i++ {
		switch x := interface{}(i).(type) {
		case int:
			if x > 3 {
				break L
			}
		default:
			continue
		}
		select {
		case c := <-ch:
			_ = c
		default:
		}
	}
	f := func(a, b int) int { return a &^ b << 2 }
	_ = f
	var arr = [...]string{2: "x", 0x1p-2: "y"}
	_ = arr
	go func() { defer recover() }()
	_ = 'a' + '\n' + '\x41' + '\u00e9' + 1_000 + 0b1010 + 0o17 + 017 + 1e9 + .5i
	_ = Sum[int](1, 2) + Sum(3.0)
}
"#;

#[test]
fn sample_parses_cleanly() {
    assert_eq!(parse(SAMPLE.as_bytes()), Vec::<String>::new());
}

#[test]
fn every_truncation_terminates() {
    let b = SAMPLE.as_bytes();
    for n in 0..=b.len() {
        parse(&b[..n]);
    }
}

#[test]
fn random_token_soup_terminates() {
    const TOKS: &[&str] = &[
        "(",
        ")",
        "{",
        "}",
        "[",
        "]",
        "func",
        "x",
        "1",
        ",",
        ";",
        "\n",
        ".",
        "<-",
        "chan",
        "*",
        "type",
        "interface",
        "struct",
        "map",
        ":=",
        "=",
        "if",
        "for",
        "switch",
        "case",
        "default",
        ":",
        "go",
        "'",
        "\"",
        "`",
        "/*",
        "//",
        "0x",
        "e",
        "...",
        "~",
        "|",
        "&",
        "else",
        "range",
        "select",
        "var",
        "const",
        "import",
        "return",
        "break",
        "L",
        "+",
        "++",
        "!",
        "0b",
        "1.",
        "_",
        "\u{fffd}",
        "\0",
        " ",
        "\t",
        "é",
        "é1",
        "\u{feff}",
        "goto",
        "fallthrough",
        "defer",
        "package",
        "main",
    ];
    let mut rng = Rng(0x9E3779B97F4A7C15);
    for _ in 0..iters(4000) {
        let mut s = String::from("package main\n");
        let n = rng.below(60);
        for _ in 0..n {
            s.push_str(TOKS[rng.below(TOKS.len())]);
            if rng.below(3) == 0 {
                s.push(' ');
            }
        }
        parse(s.as_bytes());
    }
}

#[test]
fn random_bytes_terminate() {
    let mut rng = Rng(12345);
    for _ in 0..iters(3000) {
        let n = rng.below(200);
        let mut v: Vec<u8> = b"package p\n".to_vec();
        for _ in 0..n {
            v.push(rng.next() as u8);
        }
        parse(&v);
        // Mutations of a real program.
        let mut w = SAMPLE.as_bytes().to_vec();
        for _ in 0..1 + rng.below(5) {
            let i = rng.below(w.len());
            match rng.below(3) {
                0 => w[i] = rng.next() as u8,
                1 => {
                    w.remove(i);
                }
                _ => w.insert(i, SAMPLE.as_bytes()[rng.below(SAMPLE.len())]),
            }
        }
        parse(&w);
    }
}

fn nested(open: &str, mid: &str, close: &str, n: usize) -> String {
    format!(
        "package main\nvar x = {}{}{}\n",
        open.repeat(n),
        mid,
        close.repeat(n)
    )
}

#[test]
fn absurd_nesting_is_an_error_not_a_crash() {
    let n = 10000;
    let cases = [
        nested("(", "1", ")", n),
        nested("-", "1", "", n),
        nested("[]", "int{}", "", n),
        nested("*", "int(nil)", "", n),
        nested("[]int{", "", "}", n),
        nested("func() {", "", "}", n),
        nested("chan ", "int(nil)", "", n),
        nested("f(", "", ")", n),
        nested("a[", "0", "]", n),
        format!(
            "package main\nfunc main() {{ {} }}\n",
            "{".repeat(n) + &"}".repeat(n)
        ),
        format!(
            "package main\nfunc main() {{ {} }}\n",
            "if x {".repeat(n) + &"}".repeat(n)
        ),
        format!("package main\ntype T {}int\n", "struct{ f ".repeat(n)),
        format!("package main\nvar x = {}\n", "1 + ".repeat(n) + "1"),
        format!("package main\nvar x = a{}\n", ".b".repeat(n)),
        format!("package main\nvar x = f{}\n", "()".repeat(n)),
        format!("package main\nvar x = a{}\n", "[0]".repeat(n)),
        format!(
            "package main\ntype I interface {{ {} }}\n",
            "~int | ".repeat(n) + "string"
        ),
        format!("package main\ntype T[P {}] int\n", "A | ".repeat(n) + "B"),
        format!(
            "package main\nfunc main() {{ if a {{ }}{} }}\n",
            " else if a { }".repeat(n)
        ),
        format!("package main\nfunc main() {{ {} }}\n", "L: ".repeat(n)),
    ];
    for src in &cases {
        let errs = parse(src.as_bytes());
        assert!(errs.len() <= 2, "{:?}", errs);
    }
    // Deep but legal nesting just below the limit still parses.
    let ok = nested("(", "1", ")", 300);
    assert_eq!(parse(ok.as_bytes()), Vec::<String>::new());
}

#[test]
fn long_input_is_linear() {
    let lines: usize = std::env::var("SYNTAX_LONG_LINES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20000);
    let mut s = String::from("package main\nfunc main() {\n");
    for i in 0..lines {
        s.push_str(&format!(
            "\tx{} := []int{{1, 2, {}}}[0] + f(a, b)[1:2:3][0] * (c + d)\n",
            i, i
        ));
    }
    s.push_str("}\n");
    let mut sm = SourceMap::new();
    let fi = sm.add("./main.go", "main", s);
    let arena = bumpalo::Bump::new();
    let mut ids = NodeIdGen::default();
    let t = std::time::Instant::now();
    let (_f, errs) = parse_file(&arena, &sm, fi, &mut ids);
    assert!(errs.is_empty());
    eprintln!(
        "{} bytes in {:?}; arena {} bytes, {} ids; Expr is {} bytes",
        sm.file(fi).src.len(),
        t.elapsed(),
        arena.allocated_bytes(),
        ids.next,
        std::mem::size_of::<frontend::syntax::ast::Expr>()
    );
}

#[test]
fn parse_file_api() {
    let mut sm = SourceMap::new();
    let a = sm.add("./a.go", "main", "package main\nvar x = 1\n".into());
    let b = sm.add("./b.go", "main", "package main\nvar y = x\n".into());
    let arena = bumpalo::Bump::new();
    let mut ids = NodeIdGen::default();
    let (fa, ea) = parse_file(&arena, &sm, a, &mut ids);
    let after_a = ids.next;
    let (fb, eb) = parse_file(&arena, &sm, b, &mut ids);
    assert!(ea.is_empty() && eb.is_empty());
    assert_eq!(fa.file_index, a);
    assert_eq!(fb.file_index, b);
    assert!(after_a > 0 && ids.next > after_a);
    assert_eq!(sm.position(fb.package_pos).to_string(), "./b.go:1:1");
}

#[test]
fn nesting_at_the_limit_fits_a_small_stack() {
    // The deepest accepted nesting of each kind must fit in 1 MiB of stack
    // (test threads have 2 MiB, the main thread 8 MiB).
    let srcs = vec![
        nested("(", "1", ")", 995),
        nested("[]int{", "", "}", 995),
        nested("func() {", "", "}", 400),
        nested("*", "int(nil)", "", 995),
        nested("[]", "int{}", "", 995),
        nested("map[int]", "int{}", "", 995),
        format!(
            "package main\nfunc main() {{ {} }}\n",
            "if x {".repeat(995) + &"}".repeat(995)
        ),
        format!(
            "package main\nfunc main() {{ {} }}\n",
            "for {".repeat(995) + &"}".repeat(995)
        ),
        format!(
            "package main\nfunc main() {{ {} }}\n",
            "switch { case true: ".repeat(995) + &"}".repeat(995)
        ),
    ];
    std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || {
            for s in &srcs {
                parse(s.as_bytes());
            }
        })
        .unwrap()
        .join()
        .unwrap();
}
