//! Unit tests of the printer over values laid out in Rust memory. Every
//! expected string was produced by Go 1.27's fmt.

#![allow(clippy::approx_constant)]

use super::*;
use crate::map::{self, testenv::LeakEnv};
use crate::native::GoString;
use crate::value::testtypes::*;
use frontend::bytecode::{FuncId, RtMethod};

type Method = fn(Iface) -> Result<Option<Vec<u8>>, Unwind>;

struct Env {
    types: &'static Vec<RtType>,
    methods: Vec<(usize, &'static str, Method)>,
}

impl FmtEnv for Env {
    fn rtype(&self, id: RtTypeId) -> &'static RtType {
        &self.types[id.0 as usize]
    }
    fn rtype_at(&self, addr: usize) -> &'static RtType {
        // SAFETY: test type words are addresses of elements of `types`.
        unsafe { &*(addr as *const RtType) }
    }
    fn rtype_addr(&self, id: RtTypeId) -> usize {
        &self.types[id.0 as usize] as *const RtType as usize
    }
    fn call_string_method(&mut self, recv: Iface, name: &str) -> Result<Option<Vec<u8>>, Unwind> {
        for (t, n, f) in &self.methods {
            if *t == recv.typ && *n == name {
                return f(recv);
            }
        }
        Ok(None)
    }
}

/// A fixed set of types used by the tests.
#[allow(dead_code)]
struct Ids {
    int: RtTypeId,
    int8: RtTypeId,
    uint8: RtTypeId,
    uint: RtTypeId,
    f64: RtTypeId,
    f32: RtTypeId,
    c128: RtTypeId,
    boolean: RtTypeId,
    string: RtTypeId,
    any: RtTypeId,
    ints: RtTypeId,
    bytes: RtTypeId,
    strings: RtTypeId,
    anys: RtTypeId,
    pint: RtTypeId,
    t: RtTypeId,
    pt: RtTypeId,
    msi: RtTypeId,
    mfi: RtTypeId,
    stringer: RtTypeId,
    pstringer: RtTypeId,
    err: RtTypeId,
    wrap: RtTypeId,
    arr: RtTypeId,
    myint: RtTypeId,
}

fn setup() -> (&'static Vec<RtType>, Ids) {
    let mut tb = Table::default();
    let int = tb.int();
    let int8 = tb.add(basic(RtKind::Int8, 1, "int8"));
    let uint8 = tb.add(basic(RtKind::Uint8, 1, "uint8"));
    let uint = tb.add(basic(RtKind::Uint, 8, "uint"));
    let f64 = tb.add(basic(RtKind::Float64, 8, "float64"));
    let f32 = tb.add(basic(RtKind::Float32, 4, "float32"));
    let mut c = basic(RtKind::Complex128, 16, "complex128");
    c.align = 8;
    let c128 = tb.add(c);
    let boolean = tb.add(basic(RtKind::Bool, 1, "bool"));
    let string = tb.string();
    let any = tb.iface();
    let ints = tb.slice(int);
    let bytes = tb.slice(uint8);
    let strings = tb.slice(string);
    let anys = tb.slice(any);
    let pint = tb.ptr(int);
    let t = tb.strukt("main.T", &[("A", int), ("b", string)]);
    let pt = tb.ptr(t);
    let msi = tb.map(string, int);
    let mfi = tb.map(f64, int);
    let meth = |n: &str| RtMethod {
        name: n.to_string(),
        name_id: 0,
        func: FuncId(0),
    };
    let stringer = tb.strukt("main.S", &[("N", int)]);
    tb.types[stringer.0 as usize].methods.push(meth("String"));
    let pstringer = tb.ptr(stringer);
    tb.types[pstringer.0 as usize].methods.push(meth("String"));
    let err = tb.strukt("main.E", &[("N", int)]);
    tb.types[err.0 as usize].methods.push(meth("Error"));
    tb.types[err.0 as usize].methods.push(meth("String"));
    let wrap = tb.strukt("main.W", &[("X", stringer), ("y", stringer), ("I", any)]);
    let arr = tb.array(int, 3);
    let mut mi = basic(RtKind::Int, 8, "main.MyInt");
    mi.name = "MyInt".into();
    mi.pkg_path = "main".into();
    let myint = tb.add(mi);
    let types: &'static Vec<RtType> = Box::leak(Box::new(tb.types));
    let ids = Ids {
        int,
        int8,
        uint8,
        uint,
        f64,
        f32,
        c128,
        boolean,
        string,
        any,
        ints,
        bytes,
        strings,
        anys,
        pint,
        t,
        pt,
        msi,
        mfi,
        stringer,
        pstringer,
        err,
        wrap,
        arr,
        myint,
    };
    (types, ids)
}

fn leak<T: 'static>(v: T) -> usize {
    Box::leak(Box::new(v)) as *mut T as usize
}

fn gs(s: &str) -> GoString {
    let b: &'static [u8] = Box::leak(s.as_bytes().to_vec().into_boxed_slice());
    GoString {
        ptr: b.as_ptr() as usize,
        len: b.len(),
    }
}

fn slice<T: Copy + 'static>(v: &[T]) -> [usize; 3] {
    let b: &'static [T] = Box::leak(v.to_vec().into_boxed_slice());
    [b.as_ptr() as usize, b.len(), b.len()]
}

struct Ctx {
    types: &'static Vec<RtType>,
    ids: Ids,
}

fn s_method(i: Iface) -> Result<Option<Vec<u8>>, Unwind> {
    // SAFETY: receiver of main.S is a pointer to its int field.
    let n: i64 = unsafe { rd(i.data as *const u8) };
    if n == 99 {
        return Err(Unwind::RuntimeError("boom".into()));
    }
    Ok(Some(format!("S<{n}>").into_bytes()))
}

fn ps_method(i: Iface) -> Result<Option<Vec<u8>>, Unwind> {
    if i.data == 0 {
        return Err(Unwind::RuntimeError(
            "invalid memory address or nil pointer dereference".into(),
        ));
    }
    // SAFETY: non-nil *main.S.
    let n: i64 = unsafe { rd(i.data as *const u8) };
    Ok(Some(format!("PS<{n}>").into_bytes()))
}

fn e_method(_: Iface) -> Result<Option<Vec<u8>>, Unwind> {
    Ok(Some(b"an error".to_vec()))
}

impl Ctx {
    fn new() -> Ctx {
        let (types, ids) = setup();
        Ctx { types, ids }
    }
    fn env(&self) -> Env {
        let a = |id: RtTypeId| self.types.addr_of(id);
        Env {
            types: self.types,
            methods: vec![
                (a(self.ids.stringer), "String", s_method as Method),
                (a(self.ids.pstringer), "String", ps_method as Method),
                (a(self.ids.err), "Error", e_method as Method),
            ],
        }
    }
    /// A boxed interface value of type `id`.
    fn boxed<T: 'static>(&self, id: RtTypeId, v: T) -> Iface {
        let t = &self.types[id.0 as usize];
        let addr = self.types.addr_of(id);
        if t.pointer_shaped {
            assert_eq!(std::mem::size_of::<T>(), 8);
            // SAFETY: T is one word.
            let w: usize = unsafe { std::mem::transmute_copy(&v) };
            Iface { typ: addr, data: w }
        } else {
            Iface {
                typ: addr,
                data: leak(v),
            }
        }
    }
    fn i(&self, v: i64) -> Iface {
        self.boxed(self.ids.int, v)
    }
    fn s(&self, v: &str) -> Iface {
        self.boxed(self.ids.string, gs(v))
    }
    fn f(&self, v: f64) -> Iface {
        self.boxed(self.ids.f64, v)
    }
    fn sprintf(&self, f: &str, a: &[Iface]) -> String {
        let mut env = self.env();
        String::from_utf8(sprintf(&mut env, f.as_bytes(), a).unwrap()).unwrap()
    }
    fn sprint(&self, a: &[Iface]) -> String {
        let mut env = self.env();
        String::from_utf8(sprint(&mut env, a).unwrap()).unwrap()
    }
    fn sprintln(&self, a: &[Iface]) -> String {
        let mut env = self.env();
        String::from_utf8(sprintln(&mut env, a).unwrap()).unwrap()
    }
}

const NIL: Iface = Iface { typ: 0, data: 0 };

#[test]
fn floats_v() {
    let c = Ctx::new();
    let a = [
        c.f(1e20),
        c.f(123456789.0),
        c.f(1e21),
        c.f(0.0001),
        c.f(0.00001),
        c.boxed(c.ids.f32, 0.1f32),
        c.f(3.14),
    ];
    assert_eq!(
        c.sprintln(&a),
        "1e+20 1.23456789e+08 1e+21 0.0001 1e-05 0.1 3.14\n"
    );
    let fl = c.boxed(c.ids.f32, 2.0f32);
    let sl = c.boxed(c.ids.ints, slice(&[1i64, 2]));
    assert_eq!(
        c.sprintf("%#v %#v %#v", &[c.f(1.0), c.f(1e21), fl]),
        "1 1e+21 2"
    );
    assert_eq!(c.sprintf("%#v", &[sl]), "[]int{1, 2}");
}

#[test]
fn flags_and_widths() {
    let c = Ctx::new();
    let by = c.boxed(c.ids.bytes, slice(b"hi"));
    assert_eq!(
        c.sprintf(
            "%05s|%-05d|%x|%X|% x|%#x",
            &[c.s("ab"), c.i(3), c.s("hi"), by, c.s("hi"), c.s("hi")]
        ),
        "000ab|3    |6869|6869|68 69|0x6869"
    );
    assert_eq!(
        c.sprintf(
            "%08.3f|%+.2e|%#g|%#.3x|% d",
            &[c.f(-3.14159), c.f(12345.678), c.f(1.0), c.f(3.5), c.i(5)]
        ),
        "-003.142|+1.23e+04|1.00000|0x1.c00p+01| 5"
    );
    assert_eq!(
        c.sprintf(
            "%6.2v|%-8q|%U|%#U|%c",
            &[
                c.f(3.14159),
                c.s("a\n"),
                c.i(0x1F600),
                c.i('x' as i64),
                c.i(65)
            ]
        ),
        "   3.1|\"a\\n\"   |U+1F600|U+0078 'x'|A"
    );
    let t = c.boxed(c.ids.boolean, 1u8);
    let f = c.boxed(c.ids.boolean, 0u8);
    assert_eq!(
        c.sprintf(
            "%t %v %08b %o %O %#o",
            &[t, f, c.i(5), c.i(8), c.i(8), c.i(8)]
        ),
        "true false 00000101 10 0o10 010"
    );
    assert_eq!(
        c.sprintf("%x %X %#x", &[c.i(-255), c.i(255), c.i(-1)]),
        "-ff FF -0x1"
    );
    assert_eq!(
        c.sprintf(
            "%*d|%-*d|%.*f",
            &[c.i(5), c.i(1), c.i(5), c.i(2), c.i(2), c.f(3.14159)]
        ),
        "    1|2    |3.14"
    );
    assert_eq!(
        c.sprintf("%.2s|%5.1s|", &[c.s("héllo"), c.s("abc")]),
        "hé|    a|"
    );
    assert_eq!(
        c.sprintf(
            "%e %E %.3g %G",
            &[c.f(1234.5678), c.f(0.000012), c.f(1234.5678), c.f(1e-7)]
        ),
        "1.234568e+03 1.200000E-05 1.23e+03 1E-07"
    );
    assert_eq!(
        c.sprintf(
            "%q %q %+q %#q",
            &[
                c.boxed(c.ids.int, 'x' as i64),
                c.s("héllo"),
                c.s("héllo"),
                c.s("abc")
            ]
        ),
        "'x' \"héllo\" \"h\\u00e9llo\" `abc`"
    );
    assert_eq!(c.sprintf("%5t|%-5t|", &[t, f]), " true|false|");
    assert_eq!(
        c.sprintf("%6.2f|%-8.3f|%+d", &[c.f(3.14159), c.f(2.5), c.i(5)]),
        "  3.14|2.500   |+5"
    );
    assert_eq!(
        c.sprintf("%x %.3x", &[c.s("hello"), c.s("hello")]),
        "68656c6c6f 68656c"
    );
    let sl = c.boxed(c.ids.ints, slice(&[1i64, 2]));
    assert_eq!(
        c.sprintf("%5v|%-5v|%05v", &[sl, c.s("x"), c.i(42)]),
        "[    1     2]|x    |00042"
    );
    assert_eq!(
        c.sprintf("%.0f %.0f %.1f", &[c.f(0.5), c.f(1.5), c.f(0.05)]),
        "0 2 0.1"
    );
    let f32 = c.boxed(c.ids.f32, 1e10f32);
    assert_eq!(
        c.sprintf("%g %g %v", &[c.f(100000.0), c.f(1000000.0), f32]),
        "100000 1e+06 1e+10"
    );
    assert_eq!(
        c.sprintf("%#.0f %#e %#.0e", &[c.f(1.0), c.f(1.0), c.f(1.0)]),
        "1. 1.000000e+00 1.e+00"
    );
    assert_eq!(
        c.sprintf("%-010d|%010.3f|%+010.2f", &[c.i(5), c.f(-1.5), c.f(2.25)]),
        "5         |-00001.500|+000002.25"
    );
    let is = c.boxed(c.ids.ints, slice(&[10i64, 11]));
    assert_eq!(c.sprintf("%x %X", &[c.f(3.5), is]), "0x1.cp+01 [A B]");
}

#[test]
fn errors_forms() {
    let c = Ctx::new();
    assert_eq!(
        c.sprintf("%d %s", &[c.s("hi"), c.i(5)]),
        "%!d(string=hi) %!s(int=5)"
    );
    assert_eq!(
        c.sprintf("%!|%z|%[3]d %[1]d|%d", &[c.i(1), c.i(2)]),
        "%!!(int=1)|%!z(int=2)|%!d(BADINDEX) 1|2"
    );
    assert_eq!(
        c.sprintf("%v %d %s", &[NIL, NIL, NIL]),
        "<nil> %!d(<nil>) %!s(<nil>)"
    );
    assert_eq!(c.sprintf("%d\n", &[c.i(1), c.i(2)]), "1\n%!(EXTRA int=2)");
    assert_eq!(c.sprintf("%d %d", &[c.i(1)]), "1 %!d(MISSING)");
    assert_eq!(c.sprintf("%[2]*[1]d|", &[c.i(12), c.i(5)]), "   12|");
    assert_eq!(c.sprintf("%[5]d", &[c.i(1)]), "%!d(BADINDEX)");
    assert_eq!(c.sprintf("%.[2]d", &[c.i(1), c.i(2)]), "2");
    assert_eq!(c.sprintf("%*d", &[c.s("x"), c.i(1)]), "%!(BADWIDTH)1");
    assert_eq!(c.sprintf("%.*d", &[c.i(-1), c.i(1)]), "%!(BADPREC)1");
    assert_eq!(c.sprintf("%", &[]), "%!(NOVERB)");
    assert_eq!(
        c.sprintf("%d %%", &[c.i(1), c.s("a")]),
        "1 %%!(EXTRA string=a)"
    );
    let ss = c.boxed(c.ids.strings, slice(&[gs("a")]));
    assert_eq!(c.sprintf("%d", &[ss]), "[%!d(string=a)]");
}

#[test]
fn composites() {
    let c = Ctx::new();
    #[repr(C)]
    #[derive(Clone, Copy)]
    struct T {
        a: i64,
        b: GoString,
    }
    let tv = T { a: 1, b: gs("x") };
    let t = c.boxed(c.ids.t, tv);
    let pt = c.boxed(c.ids.pt, leak(tv));
    let by = c.boxed(c.ids.bytes, slice(&[1u8, 2]));
    let u8v = c.boxed(c.ids.uint8, 5u8);
    assert_eq!(
        c.sprintf("%#v %#v %#v", &[by, u8v, t]),
        "[]byte{0x1, 0x2} 0x5 main.T{A:1, b:\"x\"}"
    );
    let pnil = c.boxed(c.ids.anys, slice(&[NIL]));
    assert_eq!(
        c.sprintf("%v %+v %v", &[pt, t, pnil]),
        "&{1 x} {A:1 b:x} [<nil>]"
    );
    let ip = c.boxed(c.ids.pint, 0usize);
    let nils = c.boxed(c.ids.ints, [0usize; 3]);
    assert_eq!(
        c.sprintf("%v %#v %d", &[ip, ip, nils]),
        "<nil> (*int)(nil) []"
    );
    let nilm = c.boxed(c.ids.msi, 0usize);
    assert_eq!(
        c.sprintf("%#v %#v", &[nils, nilm]),
        "[]int(nil) map[string]int(nil)"
    );
    let strs = c.boxed(c.ids.strings, slice(&[gs("a"), gs("b")]));
    assert_eq!(
        c.sprintf("%v|%s|%#v", &[strs, strs, strs]),
        "[a b]|[a b]|[]string{\"a\", \"b\"}"
    );
    assert_eq!(
        c.sprintf("%T %T %T %T", &[c.i(1), c.s("s"), strs, NIL]),
        "int string []string <nil>"
    );
    let by2 = c.boxed(c.ids.bytes, slice(b"bytes"));
    let by3 = c.boxed(c.ids.bytes, slice(b"ab"));
    assert_eq!(
        c.sprintf("%s %d %q", &[by2, by3, by3]),
        "bytes [97 98] \"ab\""
    );
    let arr = c.boxed(c.ids.arr, [1i64, 0, 3]);
    assert_eq!(c.sprintf("%v %#v", &[arr, arr]), "[1 0 3] [3]int{1, 0, 3}");
    // interfaces nested in slices
    let anys = c.boxed(c.ids.anys, slice(&[c.i(1), c.s("a"), NIL]));
    assert_eq!(
        c.sprintf("%v %#v", &[anys, anys]),
        "[1 a <nil>] []interface {}{1, \"a\", interface {}(nil)}"
    );
    let cx = c.boxed(c.ids.c128, [1.0f64, 2.0]);
    let cy = c.boxed(c.ids.c128, [-1.5f64, -2.0]);
    assert_eq!(
        c.sprintf("%v %v %.1f", &[cx, cy, cx]),
        "(1+2i) (-1.5-2i) (1.0+2.0i)"
    );
    let mi = c.boxed(c.ids.myint, 7i64);
    assert_eq!(c.sprintf("%v %d %T", &[mi, mi, mi]), "7 7 main.MyInt");
}

#[test]
fn print_spacing() {
    let c = Ctx::new();
    assert_eq!(
        c.sprint(&[
            c.s("a"),
            c.s("b"),
            c.i(1),
            c.i(2),
            c.s("c"),
            c.f(3.5),
            c.s("\n")
        ]),
        "ab1 2c3.5\n"
    );
    assert_eq!(c.sprint(&[c.i(1), c.i(2)]), "1 2");
    let t = c.boxed(c.ids.boolean, 1u8);
    assert_eq!(
        c.sprintln(&[c.s("x"), c.i(1), t, NIL, c.boxed(c.ids.int, 'a' as i64)]),
        "x 1 true <nil> 97\n"
    );
    assert_eq!(c.sprintln(&[]), "\n");
}

#[test]
fn maps_sorted() {
    let c = Ctx::new();
    let mut env = LeakEnv;
    let types = c.types;
    let m = map::make(types, &mut env, c.ids.msi, 0);
    for (k, v) in [("b", 2i64), ("a", 1), ("c", 3)] {
        let key = gs(k);
        map::set(
            types,
            &mut env,
            m,
            c.ids.msi,
            &key as *const _ as *const u8,
            &v as *const i64 as *const u8,
        )
        .unwrap();
    }
    let mv = c.boxed(c.ids.msi, m);
    assert_eq!(
        c.sprintf("%v|%#v", &[mv, mv]),
        "map[a:1 b:2 c:3]|map[string]int{\"a\":1, \"b\":2, \"c\":3}"
    );
    let mf = map::make(types, &mut env, c.ids.mfi, 0);
    for (k, v) in [(2.5f64, 1i64), (f64::NAN, 2), (-1.0, 3), (f64::NAN, 4)] {
        map::set(
            types,
            &mut env,
            mf,
            c.ids.mfi,
            &k as *const f64 as *const u8,
            &v as *const i64 as *const u8,
        )
        .unwrap();
    }
    let mfv = c.boxed(c.ids.mfi, mf);
    assert_eq!(c.sprint(&[mfv]), "map[NaN:2 NaN:4 -1:3 2.5:1]");
}

#[test]
fn methods() {
    let c = Ctx::new();
    let s = c.boxed(c.ids.stringer, 5i64);
    let bad = c.boxed(c.ids.stringer, 99i64);
    let e = c.boxed(c.ids.err, 1i64);
    assert_eq!(
        c.sprintf("%v %s %d %q", &[s, s, s, s]),
        "S<5> S<5> {5} \"S<5>\""
    );
    assert_eq!(
        c.sprintf("%v|%x", &[bad, s]),
        "%!v(PANIC=String method: runtime error: boom)|533c353e"
    );
    assert_eq!(c.sprint(&[e]), "an error");
    let pnil = c.boxed(c.ids.pstringer, 0usize);
    let p5 = c.boxed(c.ids.pstringer, leak(5i64));
    assert_eq!(c.sprint(&[pnil, p5]), "<nil> PS<5>");
    // Nested: exported field uses String, unexported does not; interface field unwrapped.
    let w = c.boxed(c.ids.wrap, [3i64, 4, 0, 0]);
    assert_eq!(
        c.sprintf("%v %+v", &[w, w]),
        "{S<3> {4} <nil>} {X:S<3> y:{N:4} I:<nil>}"
    );
    let list = c.boxed(c.ids.anys, slice(&[s, e]));
    assert_eq!(c.sprint(&[list]), "[S<5> an error]");
    let mut env = c.env();
    let (msg, w) = errorf(&mut env, b"x %w %w %w", &[e, c.i(1), e]).unwrap();
    assert_eq!(
        String::from_utf8(msg).unwrap(),
        "x an error %!w(int=1) an error"
    );
    assert_eq!(w, vec![0, 1, 2]);
}
