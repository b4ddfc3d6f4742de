//! Type checker unit tests: recorded types and constant values, layouts,
//! type strings, selections, init order, and exact gc error messages
//! (expectations taken from go 1.27's `go build`).
mod types_util;
use types_util::*;

fn ok<'a>(arena: &'a bumpalo::Bump, src: &str) -> frontend::load::Program<'a> {
    match check(arena, src) {
        Ok(p) => p,
        Err(e) => panic!("unexpected errors:\n{}", e.join("\n")),
    }
}

fn s(x: &str) -> String {
    x.to_string()
}

#[test]
fn untyped_constants_get_final_types() {
    let a = bumpalo::Bump::new();
    let p = ok(
        &a,
        "package main\nfunc main() {\n\tn := 3\n\tvar f int64 = 1 << n\n\tvar g float64 = 1 + 2\n\tx := 7\n\tb := x == 8\n\tvar c complex128 = 2\n\t_, _, _, _ = f, g, b, c\n\tprintln(10)\n}\n",
    );
    // non-constant shift: the untyped lhs takes the context's type
    assert_eq!(tv(&p, "1 << n"), (s("int64"), None));
    // constant expression operands stay untyped (as go/types records them)
    assert_eq!(tv(&p, "1 + 2"), (s("float64"), Some(s("3"))));
    let ones = find(&p, "1");
    let t0 = p.info.type_of(ones[0].id).unwrap();
    assert_eq!(p.type_string(t0.typ), "int64");
    let t1 = p.info.type_of(ones[1].id).unwrap();
    assert_eq!(p.type_string(t1.typ), "untyped int");
    assert_eq!(tv(&p, "7"), (s("int"), Some(s("7"))));
    assert_eq!(tv(&p, "x == 8"), (s("bool"), None));
    assert_eq!(tv(&p, "8"), (s("int"), Some(s("8"))));
    assert_eq!(tv(&p, "10"), (s("int"), Some(s("10"))));
}

#[test]
fn constant_values_are_exact() {
    let a = bumpalo::Bump::new();
    let p = ok(
        &a,
        r#"package main
const (
	A = iota * 10
	B
	_
	D
)
const big = 1 << 100
const small = big >> 98
const f = 1.0 / 3.0
const third = 1 / 3
const m = ^uint8(1)
const str = "héllo" + "!"
const n = len(str)
const r = 'a' + 1
const h = 0x1p-2
const pi2 = 3.14159265358979323846 * 2
const cpx = 2i * 2i
func main() {
	_ = A + B + D + small + third + n + r
	_ = m
	_ = f + h + pi2 + real(cpx)
	_ = str
}
"#,
    );
    assert_eq!(
        tv(&p, "A + B + D + small + third + n + r"),
        (s("int"), Some(s("149")))
    );
    assert_eq!(tv(&p, "m"), (s("uint8"), Some(s("254"))));
    assert_eq!(
        tv(&p, "f + h + pi2 + real(cpx)"),
        (s("float64"), Some(s("2.86652")))
    );
    assert_eq!(tv(&p, "str"), (s("string"), Some(s("\"héllo!\""))));
    assert_eq!(tv(&p, "big >> 98"), (s("untyped int"), Some(s("4"))));
}

#[test]
fn layouts_match_gc_amd64() {
    let a = bumpalo::Bump::new();
    let p = ok(
        &a,
        r#"package main
import "unsafe"
type A struct {
	a bool
	b int64
	c bool
}
type B struct {
	x int64
	z struct{}
}
type C struct {
	a, b int32
	c    bool
	s    string
	i    interface{}
	sl   []int
	c64  complex64
	arr  [3]int16
}
const sa = unsafe.Sizeof(A{})
const sb = unsafe.Sizeof(B{})
const sc = unsafe.Sizeof(C{})
const oc = unsafe.Offsetof(C{}.arr)
const al = unsafe.Alignof(C{}.c64)
func main() { _ = sa + sb + sc + oc + al }
"#,
    );
    let v = |n: &str| tv(&p, n).1.unwrap();
    assert_eq!(v("sa"), "24");
    assert_eq!(v("sb"), "16");
    assert_eq!(v("sc"), "88");
    assert_eq!(v("oc"), "80");
    assert_eq!(v("al"), "4");
    // TypeTable agrees with the constants.
    let main = p.packages.len() - 1;
    let _ = main;
    let c = p
        .objects
        .iter()
        .find(|o| o.name == "C" && matches!(o.kind, frontend::types::ObjKind::TypeName))
        .unwrap();
    assert_eq!(p.types.size_of(c.typ), 88);
    assert_eq!(
        p.types.field_offsets(c.typ),
        vec![0, 4, 8, 16, 32, 48, 72, 80]
    );
    assert_eq!(p.types.align_of(c.typ), 8);
}

#[test]
fn type_strings_reflect_and_types2() {
    let a = bumpalo::Bump::new();
    let p = ok(
        &a,
        r#"package main
type Point struct{ X, Y int }
var v1 []Point
var v2 map[string]*Point
var v3 func(int, ...string) (bool, error)
var v4 interface{}
var v5 struct {
	A int
	b string
}
var v6 chan<- [2]int
var v7 interface{ M(int) string }
func main() {}
"#,
    );
    let ty = |n: &str| {
        p.objects
            .iter()
            .find(|o| o.name == n && o.global)
            .unwrap()
            .typ
    };
    assert_eq!(p.type_string(ty("v1")), "[]main.Point");
    assert_eq!(p.type_string(ty("v2")), "map[string]*main.Point");
    assert_eq!(
        p.type_string(ty("v3")),
        "func(int, ...string) (bool, error)"
    );
    assert_eq!(p.type_string(ty("v4")), "interface {}");
    assert_eq!(p.type_string(ty("v5")), "struct { A int; b string }");
    assert_eq!(p.type_string(ty("v6")), "chan<- [2]int");
    assert_eq!(p.type_string(ty("v7")), "interface { M(int) string }");
    let q = frontend::types::Qualifier::Types2 {
        local: Some(frontend::types::PkgId(p.packages.len() as u32 - 1)),
    };
    assert_eq!(p.type_string_q(ty("v1"), q), "[]Point");
    assert_eq!(p.type_string_q(ty("v5"), q), "struct{A int; b string}");
}

#[test]
fn selections_and_promotion() {
    let a = bumpalo::Bump::new();
    let p = ok(
        &a,
        r#"package main
type In struct{ V int }
func (i *In) Inc() { i.V++ }
type Mid struct{ *In }
type Out struct {
	Mid
	W int
}
func main() {
	o := Out{Mid{&In{}}, 1}
	o.Inc()
	_ = o.V
	f := (*In).Inc
	_ = f
}
"#,
    );
    use frontend::types::SelectionKind;
    let e = find(&p, "o.V")[0];
    let sel = &p.info.selections[&e.id];
    assert_eq!(sel.kind, SelectionKind::FieldVal);
    assert_eq!(sel.index, vec![0, 0, 0]);
    assert!(sel.indirect);
    let e = find(&p, "o.Inc")[0];
    let sel = &p.info.selections[&e.id];
    assert_eq!(sel.kind, SelectionKind::MethodVal);
    assert_eq!(sel.index, vec![0, 0, 0]);
    let e = find(&p, "(*In).Inc")[0];
    assert_eq!(p.info.selections[&e.id].kind, SelectionKind::MethodExpr);
    assert_eq!(tv(&p, "(*In).Inc").0, "func(*In)");
}

#[test]
fn init_order_follows_dependencies() {
    let a = bumpalo::Bump::new();
    let p = ok(
        &a,
        r#"package main
var x = y
var z = 1
var y = f()
var a, b = g()
func f() int { return z + b }
func g() (int, int) { return 1, 2 }
func main() {}
"#,
    );
    let main = p.packages.last().map(|m| m.id);
    let names: Vec<String> = p
        .info
        .init_order
        .iter()
        .filter(|i| i.lhs.iter().all(|o| p.objects[o.0 as usize].pkg == main))
        .map(|i| {
            i.lhs
                .iter()
                .map(|o| p.objects[o.0 as usize].name.clone())
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect();
    assert_eq!(names, vec!["z", "a,b", "y", "x"]);
}

#[test]
fn type_switch_implicits_and_comma_ok() {
    let a = bumpalo::Bump::new();
    let p = ok(
        &a,
        r#"package main
func main() {
	var i interface{} = 1
	switch v := i.(type) {
	case int:
		_ = v + 1
	case string, bool:
		_ = v
	}
	m := map[string]int{}
	x, ok := m["a"]
	_, _ = x, ok
}
"#,
    );
    assert_eq!(p.info.implicits.len(), 2);
    let mut ts: Vec<String> = p
        .info
        .implicits
        .values()
        .map(|o| p.type_string(p.objects[o.0 as usize].typ))
        .collect();
    ts.sort();
    assert_eq!(ts, vec!["int", "interface {}"]);
    let e = find(&p, "m[\"a\"]")[0];
    let t = p.info.type_of(e.id).unwrap();
    assert_eq!(t.mode, frontend::types::Mode::CommaOk);
    assert_eq!(p.type_string(t.typ), "(int, bool)");
}

fn errs(src: &str) -> Vec<String> {
    errors(src)
}

#[test]
fn gc_error_messages() {
    let cases: &[(&str, &[&str])] = &[
        ("package main\nfunc main() {\n\tx := 1\n}\n", &["3:2: declared and not used: x"]),
        ("package main\nimport \"fmt\"\nfunc main() {}\n", &["2:8: \"fmt\" imported and not used"]),
        ("package main\nfunc f() int {\n\tif true { return 1 }\n}\nfunc main() {}\n", &["4:1: missing return"]),
        ("package main\nfunc main() {\n\t_ = y\n}\n", &["3:6: undefined: y"]),
        (
            "package main\nfunc f(a int, b string) {}\nfunc main() {\n\tf(1)\n}\n",
            &["4:4: not enough arguments in call to f\n\thave (number)\n\twant (int, string)"],
        ),
        (
            "package main\nfunc main() {\n\tvar s string = 1\n\t_ = s\n}\n",
            &["3:17: cannot use 1 (untyped int constant) as string value in variable declaration"],
        ),
        (
            "package main\nfunc main() {\n\tvar b int8 = 300\n\t_ = b\n}\n",
            &["3:15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)"],
        ),
        ("package main\nfunc main() {\n\t_ = byte(256)\n}\n", &["3:11: constant 256 overflows byte"]),
        ("package main\nfunc main() {\n\tx, y := 1\n\t_, _ = x, y\n}\n", &["3:10: assignment mismatch: 2 variables but 1 value"]),
        ("package main\nfunc main() {\n\tx := 1\n\tx := 2\n\t_ = x\n}\n", &["4:4: no new variables on left side of :="]),
        (
            "package main\nfunc main() {\n\ta := []int{1}\n\t_ = a + 1.5\n}\n",
            &["4:6: invalid operation: a + 1.5 (mismatched types []int and untyped float)"],
        ),
        (
            "package main\ntype I interface{ M() }\ntype T struct{}\nfunc main() {\n\tvar i I = T{}\n\t_ = i\n}\n",
            &["5:12: cannot use T{} (value of struct type T) as I value in variable declaration: T does not implement I (missing method M)"],
        ),
        ("package main\nfunc main() {\n\tvar a [3]int\n\t_ = a[3]\n}\n", &["4:8: invalid argument: index 3 out of bounds [0:3]"]),
        ("package main\nfunc main() {\n\t_ = 1 / 0\n}\n", &["3:10: invalid operation: division by zero"]),
    ];
    for (src, want) in cases {
        let got = errs(src);
        let want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        assert_eq!(got, want, "for program:\n{}", src);
    }
}

#[test]
fn ten_errors_then_too_many() {
    let mut src = String::from("package main\nfunc main() {\n");
    for i in 0..12 {
        src.push_str(&format!("\tv{} := 1\n", i));
    }
    src.push_str("}\n");
    let e = errs(&src);
    assert_eq!(e.len(), 11);
    assert_eq!(e[10], "12:2: too many errors");
}

#[test]
fn no_panic_on_odd_programs() {
    for src in [
        "package main\ntype T struct{ T }\nfunc main() {}\n",
        "package main\ntype A B\ntype B A\nfunc main() {}\n",
        "package main\nvar x = x\nfunc main() {}\n",
        "package main\nconst c = c\nfunc main() {}\n",
        "package main\nfunc main() { var a [1 << 62]int; _ = a }\n",
        "package main\nfunc main() { _ = 1 << 1000000 }\n",
        "package main\nfunc f[T any](x T) T { return x }\nfunc main() { _ = f(1) }\n",
        "package main\nfunc main() { for range func(func() bool) {} {} }\n",
        "package main\nimport \"nosuchpkg\"\nfunc main() {}\n",
    ] {
        let _ = errs(src);
    }
}

#[test]
fn lookup_over_finished_program() {
    use frontend::types::lookup::Found;
    let a = bumpalo::Bump::new();
    let p = ok(
        &a,
        r#"package main
type I interface{ M() }
type In struct{ V int }
func (i *In) Inc() { i.V++ }
type Out struct {
	*In
	I
}
func main() {}
"#,
    );
    let out = p
        .objects
        .iter()
        .find(|o| o.name == "Out" && o.global)
        .unwrap()
        .typ;
    match p.lookup(out, None, "Inc") {
        Some(Found::Method {
            index, indirect, ..
        }) => {
            assert_eq!(index, vec![0, 0]);
            assert!(indirect);
        }
        other => panic!("{:?}", other),
    }
    assert!(matches!(
        p.lookup(out, None, "M"),
        Some(Found::IfaceMethod { method: 0, .. })
    ));
    assert!(matches!(
        p.lookup(out, None, "V"),
        Some(Found::Field { .. })
    ));
    assert_eq!(p.lookup(out, None, "Nope"), None);
}
