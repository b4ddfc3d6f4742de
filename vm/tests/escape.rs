//! The escape invariant at run time: the `escape-check` feature fires on
//! every path that stores a stack pointer outside its stack (tests compiled
//! only with the feature), and the VM stays sound with pointers into the
//! stack: natives calling back into Go while the stack moves, frame objects
//! holding pointers across growth and collection (tests in both modes).

mod common;
use common::*;
use frontend::bytecode::Instr::*;
use frontend::bytecode::*;

#[cfg_attr(not(feature = "escape-check"), allow(dead_code))]
fn run_natives(
    m: Module,
    natives: &'static [(&'static str, vm::native::NativeFn)],
) -> (i32, String, String) {
    let c = vm::run_captured_with_natives(m, vm::Options::default(), natives);
    (
        c.code,
        String::from_utf8_lossy(&c.stdout).into_owned(),
        String::from_utf8_lossy(&c.stderr).into_owned(),
    )
}

/// The first type a test adds to `common::module`'s.
const T_EXTRA: RtTypeId = RtTypeId(6);

/// A struct type `{ p *int; n int }` (one pointer word, not pointer-shaped).
#[cfg_attr(not(feature = "escape-check"), allow(dead_code))]
fn ptr_int_struct() -> RtType {
    let mut t = basic(RtKind::Struct, 16, "struct { p *int; n int }");
    t.ptrs.set(0);
    t.fields = vec![
        RtField {
            name: "p".into(),
            typ: T_PINT,
            offset: 0,
            embedded: false,
            exported: false,
        },
        RtField {
            name: "n".into(),
            typ: T_INT,
            offset: 8,
            embedded: false,
            exported: false,
        },
    ];
    t
}

/// `main.main` with frame `frame` and pointer words `ptrs`, whose code
/// starts with `x := 5 @0; p := &x @8` and ends with `Ret`.
fn main_with(code: Vec<Instr>, frame: u32, ptrs: &[u32]) -> Function {
    let mut all = vec![
        ConstI64 { dst: r(0), v: 5 },
        Addr {
            dst: r(8),
            off: r(0),
        },
    ];
    all.extend(code);
    all.push(Ret {});
    let mut f = func("main.main", all, 0, 0, frame, ptrs);
    f.lines = vec![LineEntry { pc: 0, line: 10 }, LineEntry { pc: 2, line: 11 }];
    f
}

/// A native `func(p *int, h **int)` that stores p into *h.
#[cfg_attr(not(feature = "escape-check"), allow(dead_code))]
fn leak_native(c: &mut vm::native::NativeCall<'_>) -> Result<(), vm::native::Unwind> {
    let p: usize = c.arg(0);
    let h: usize = c.arg(8);
    c.store_pointer(h, p);
    Ok(())
}

#[cfg_attr(not(feature = "escape-check"), allow(dead_code))]
static LEAK: &[(&str, vm::native::NativeFn)] = &[("test.leak", leak_native)];

/// `fmt.Println` as the standard library declares it:
/// func Println(a ...any) (n int, err error) — frame a@0 n@24 err@32.
fn println_native() -> Function {
    let mut f = func("fmt.Println", vec![], 24, 24, 48, &[0, 4, 5]);
    f.native = Some("fmt.Println".into());
    f
}

#[cfg(feature = "escape-check")]
mod fires {
    use super::*;

    /// Runs `m` and checks it died of an escape-check failure whose first
    /// line mentions every piece of `want`.
    fn dies(m: Module, natives: &'static [(&'static str, vm::native::NativeFn)], want: &[&str]) {
        let (code, out, err) = run_natives(m, natives);
        assert_eq!(code, 2, "stdout: {out}\nstderr: {err}");
        let first = err.lines().next().unwrap_or("");
        assert!(
            first.starts_with("fatal error: escape check: pointer 0x"),
            "{err}"
        );
        for w in want {
            assert!(first.contains(w), "missing {w:?} in {first:?}");
        }
        assert!(err.contains("\n\ngoroutine 1 [running]:\nmain."), "{err}");
    }

    #[test]
    fn store_into_heap_object() {
        let main = main_with(
            vec![
                New {
                    dst: r(16),
                    typ: T_PINT,
                },
                StoreP {
                    ptr: r(16),
                    off: 0,
                    src: r(8),
                },
                PrintVal {
                    src: r(0),
                    typ: T_INT,
                },
            ],
            24,
            &[1, 2],
        );
        dies(
            module(vec![main], b""),
            &[],
            &[
                "into goroutine stack stored to heap object 0x",
                "(StoreP in main.main at /tmp/x/main.go:11)",
            ],
        );
    }

    #[test]
    fn store_into_global() {
        let main = main_with(
            vec![
                GlobalAddr { dst: r(16), off: 8 },
                StoreP {
                    ptr: r(16),
                    off: 0,
                    src: r(8),
                },
            ],
            24,
            &[1],
        );
        let mut m = module(vec![main], b"");
        m.globals_ptrs.set(1);
        dies(
            m,
            &[],
            &["stored to global 0x", "(offset 8)", "(StoreP in main.main"],
        );
    }

    #[test]
    fn store_struct_through_pointer() {
        let main = main_with(
            vec![
                ConstI64 { dst: r(16), v: 1 },
                New {
                    dst: r(24),
                    typ: T_EXTRA,
                },
                StoreT {
                    ptr: r(24),
                    off: 0,
                    src: r(8),
                    typ: T_EXTRA,
                },
            ],
            32,
            &[1, 3],
        );
        let mut m = module(vec![main], b"");
        m.types.push(ptr_int_struct());
        dies(m, &[], &["stored to heap object", "(StoreT in main.main"]);
    }

    #[test]
    fn append_into_heap_slice() {
        let main = main_with(
            vec![
                ConstI64 { dst: r(16), v: 0 },
                MakeSlice {
                    dst: r(24),
                    elem: T_PINT,
                    len: r(16),
                    cap: r(16),
                },
                Append {
                    dst: r(24),
                    src: r(24),
                    vals: r(8),
                    n: 1,
                    elem: T_PINT,
                },
            ],
            48,
            &[1, 3],
        );
        dies(module(vec![main], b""), &[], &["(Append in main.main"]);
    }

    #[test]
    fn copy_into_heap_slice() {
        // a := []*int{&x} in the frame (array @16, header @24); b := make([]*int, 1); copy(b, a)
        let main = main_with(
            vec![
                Mov8 {
                    dst: r(16),
                    src: r(8),
                },
                Addr {
                    dst: r(24),
                    off: r(16),
                },
                ConstI64 { dst: r(32), v: 1 },
                ConstI64 { dst: r(40), v: 1 },
                MakeSlice {
                    dst: r(48),
                    elem: T_PINT,
                    len: r(32),
                    cap: r(32),
                },
                Copy {
                    dst: r(72),
                    a: r(48),
                    b: r(24),
                    elem: T_PINT,
                },
            ],
            80,
            &[1, 2, 3, 6],
        );
        dies(module(vec![main], b""), &[], &["(Copy in main.main"]);
    }

    #[test]
    fn map_value() {
        let mut mt = basic(RtKind::Map, 8, "map[int]*int");
        mt.ptrs.set(0);
        mt.pointer_shaped = true;
        mt.comparable = false;
        mt.key = Some(T_INT);
        mt.elem = Some(T_PINT);
        let main = main_with(
            vec![
                ConstI64 { dst: r(16), v: 0 },
                MakeMap {
                    dst: r(24),
                    typ: T_EXTRA,
                    hint: r(16),
                },
                MapSet {
                    m: r(24),
                    key: r(16),
                    val: r(8),
                    typ: T_EXTRA,
                },
            ],
            32,
            &[1, 3],
        );
        let mut m = module(vec![main], b"");
        m.types.push(mt);
        dies(m, &[], &["stored to heap object", "(MapSet in main.main"]);
    }

    #[test]
    fn heap_closure_capture() {
        let mut ct = basic(RtKind::Struct, 16, "struct { F uintptr; p *int }");
        ct.ptrs.set(1);
        let main = main_with(
            vec![MakeClosure {
                dst: r(16),
                func: FuncId(0),
                typ: T_EXTRA,
                caps: r(8),
            }],
            24,
            &[1, 2],
        );
        let mut m = module(vec![main], b"");
        m.types.push(ct);
        dies(
            m,
            &[],
            &["stored to heap object", "(MakeClosure in main.main"],
        );
    }

    #[test]
    fn interface_box() {
        // struct{p: &x, n: 1} at @8 boxed on the heap.
        let main = main_with(
            vec![
                ConstI64 { dst: r(16), v: 1 },
                MakeIface {
                    dst: r(24),
                    src: r(8),
                    typ: T_EXTRA,
                },
            ],
            40,
            &[1, 3, 4],
        );
        let mut m = module(vec![main], b"");
        m.types.push(ptr_int_struct());
        dies(
            m,
            &[],
            &["stored to heap object", "(MakeIface in main.main"],
        );
    }

    #[test]
    fn panic_value() {
        let main = main_with(
            vec![
                MakeIface {
                    dst: r(16),
                    src: r(8),
                    typ: T_PINT,
                },
                Panic { val: r(16) },
            ],
            32,
            &[1, 2, 3],
        );
        dies(
            module(vec![main], b""),
            &[],
            &["used as a panic value (Panic in main.main"],
        );
    }

    #[test]
    fn native_store() {
        let mut leak = func("test.leak", vec![], 16, 0, 16, &[0, 1]);
        leak.native = Some("test.leak".into());
        let main = main_with(
            vec![
                New {
                    dst: r(16),
                    typ: T_PINT,
                },
                Mov8 {
                    dst: r(24),
                    src: r(8),
                },
                Mov8 {
                    dst: r(32),
                    src: r(16),
                },
                Call {
                    func: FuncId(1),
                    base: r(24),
                },
            ],
            40,
            &[1, 2],
        );
        dies(
            module(vec![main, leak], b""),
            LEAK,
            &[
                "stored to heap object",
                "(test.leak called by Call in main.main at /tmp/x/main.go:11)",
            ],
        );
    }

    #[test]
    fn return_address_of_local() {
        // f() *int { y := 1; return &y } with y left in f's frame.
        let f = func(
            "main.f",
            vec![
                ConstI64 { dst: r(8), v: 1 },
                Addr {
                    dst: r(0),
                    off: r(8),
                },
                Ret {},
            ],
            0,
            8,
            16,
            &[0],
        );
        let main = main_with(
            vec![Call {
                func: FuncId(1),
                base: r(16),
            }],
            24,
            &[1],
        );
        dies(
            module(vec![main, f], b""),
            &[],
            &[
                "of a returning frame's locals left in stack word 0x",
                "(Ret in main.f at",
            ],
        );
    }

    #[test]
    fn grandcaller_frame_word_into_callee_locals() {
        // main passes &p to f, f passes it on to g, g stores &y into it.
        let g = func(
            "main.g",
            vec![
                ConstI64 { dst: r(8), v: 1 },
                Addr {
                    dst: r(16),
                    off: r(8),
                },
                StoreP {
                    ptr: r(0),
                    off: 0,
                    src: r(16),
                },
                Ret {},
            ],
            8,
            0,
            24,
            &[0, 2],
        );
        let f = func(
            "main.f",
            vec![
                Mov8 {
                    dst: r(8),
                    src: r(0),
                },
                Call {
                    func: FuncId(2),
                    base: r(8),
                },
                Ret {},
            ],
            8,
            0,
            32,
            &[0],
        );
        let main = main_with(
            vec![
                Addr {
                    dst: r(16),
                    off: r(8),
                },
                Call {
                    func: FuncId(1),
                    base: r(16),
                },
            ],
            48,
            &[1],
        );
        dies(
            module(vec![main, f, g], b""),
            &[],
            &["left in stack word 0x", "(Ret in main.g at"],
        );
    }

    #[test]
    fn caller_frame_word_into_callee_locals() {
        // g(pp **int) { y := 1; *pp = &y } with pp pointing at main's p.
        let g = func(
            "main.g",
            vec![
                ConstI64 { dst: r(8), v: 1 },
                Addr {
                    dst: r(16),
                    off: r(8),
                },
                StoreP {
                    ptr: r(0),
                    off: 0,
                    src: r(16),
                },
                Ret {},
            ],
            8,
            0,
            24,
            &[0, 2],
        );
        let main = main_with(
            vec![
                Addr {
                    dst: r(16),
                    off: r(8),
                },
                Call {
                    func: FuncId(1),
                    base: r(16),
                },
            ],
            40,
            &[1],
        );
        dies(
            module(vec![main, g], b""),
            &[],
            &["left in stack word 0x", "(Ret in main.g at"],
        );
    }

    /// A stack pointer in a frame word its stack map forgets: the checker
    /// moves the stack at the collection and poisons the old block, so the
    /// load through the stale pointer reads poison instead of 5.
    #[test]
    fn stack_map_omission_reads_poison() {
        let mut gc_native = func("runtime.GC", vec![], 0, 0, 0, &[]);
        gc_native.native = Some("runtime.GC".into());
        let main = main_with(
            vec![
                Call {
                    func: FuncId(1),
                    base: r(24),
                },
                Load8 {
                    dst: r(16),
                    ptr: r(8),
                    off: 0,
                },
                PrintVal {
                    src: r(16),
                    typ: T_INT,
                },
            ],
            24,
            &[],
        );
        let (code, _, err) = run(module(vec![main, gc_native], b""));
        let poison = i64::from_ne_bytes([vm::stack::STACK_POISON; 8]);
        assert_eq!((code, err), (0, poison.to_string()));
    }

    #[test]
    fn fmt_operand_into_stack() {
        // fmt.Println(&x) with the box-less (pointer-shaped) operand and the
        // []any array in the frame: the array may live there, the operand's
        // target may not.
        let main = main_with(
            vec![
                MakeIface {
                    dst: r(16),
                    src: r(8),
                    typ: T_PINT,
                },
                Addr {
                    dst: r(32),
                    off: r(16),
                },
                ConstI64 { dst: r(40), v: 1 },
                ConstI64 { dst: r(48), v: 1 },
                Mov24 {
                    dst: r(56),
                    src: r(32),
                },
                Call {
                    func: FuncId(1),
                    base: r(56),
                },
            ],
            104,
            &[1, 2, 3, 4],
        );
        dies(
            module(vec![main, println_native()], b""),
            &[],
            &["to a native that calls back into Go (fmt.Println called by Call in main.main"],
        );
    }
}

/// Stores between frame objects of one goroutine are legal, and so are
/// heap pointers stored into the heap: no check fires.
#[test]
fn frame_to_frame_stores_are_legal() {
    let main = main_with(
        vec![
            // q := &p (a **int frame object); *q = &x
            Addr {
                dst: r(16),
                off: r(8),
            },
            StoreP {
                ptr: r(16),
                off: 0,
                src: r(8),
            },
            // h := new(*int); *h = new(int)
            New {
                dst: r(24),
                typ: T_PINT,
            },
            New {
                dst: r(32),
                typ: T_INT,
            },
            StoreP {
                ptr: r(24),
                off: 0,
                src: r(32),
            },
            Load8 {
                dst: r(40),
                ptr: r(8),
                off: 0,
            },
            PrintVal {
                src: r(40),
                typ: T_INT,
            },
        ],
        48,
        &[1, 2, 3, 4],
    );
    let (code, _, err) = run(module(vec![main], b""));
    assert_eq!((code, err.as_str()), (0, "5"));
}

/// `rec(n)`: recursion `n` deep with a 256-byte frame, returns n.
/// params n@0, result @8.
fn rec_func(id: u32) -> Function {
    func(
        "main.rec",
        vec![
            ConstI64 { dst: r(8), v: 0 },
            ConstI64 { dst: r(16), v: 0 },
            JmpLeS64 {
                a: r(0),
                b: r(16),
                target: Target(7),
            },
            AddImm64 {
                dst: r(240),
                a: r(0),
                imm: -1,
            },
            Call {
                func: FuncId(id),
                base: r(240),
            },
            AddImm64 {
                dst: r(8),
                a: r(248),
                imm: 1,
            },
            Ret {},
            Ret {},
        ],
        8,
        8,
        256,
        &[],
    )
}

/// A Stringer whose String method recurses 20,000 frames deep (moving the
/// stack several times from 2 KiB to 8 MiB) is printed by fmt.Println with
/// its `[]any` backing array in the caller's frame, followed by a second
/// operand: the native must have taken its operands out of the frame before
/// calling back, or it would read the second one from the freed old stack.
#[test]
fn fmt_stringer_growing_the_stack_with_frame_args() {
    // Types: 6 = main.S (struct{n int}), 7 = *main.S with String.
    let s = basic(RtKind::Struct, 8, "main.S");
    let mut ps = ptr_type("*main.S", T_EXTRA);
    ps.methods = vec![RtMethod {
        name: "String".into(),
        name_id: 0,
        func: FuncId(2),
    }];
    // (*S).String: recv@0, result string@8; calls rec(20000) at @24.
    let string_m = func(
        "main.(*S).String",
        vec![
            ConstI64 {
                dst: r(24),
                v: 20_000,
            },
            Call {
                func: FuncId(3),
                base: r(24),
            },
            ConstStr {
                dst: r(8),
                off: 0,
                len: 4,
            },
            Ret {},
        ],
        8,
        16,
        40,
        &[0, 1],
    );
    // main: any[0] = (*S)(new S) @16, any[1] = 42 @32 (heap box), header @48.
    let main = func(
        "main.main",
        vec![
            New {
                dst: r(8),
                typ: T_EXTRA,
            },
            MakeIface {
                dst: r(16),
                src: r(8),
                typ: RtTypeId(7),
            },
            ConstI64 { dst: r(0), v: 42 },
            MakeIface {
                dst: r(32),
                src: r(0),
                typ: T_INT,
            },
            Addr {
                dst: r(48),
                off: r(16),
            },
            ConstI64 { dst: r(56), v: 2 },
            ConstI64 { dst: r(64), v: 2 },
            Mov24 {
                dst: r(72),
                src: r(48),
            },
            Call {
                func: FuncId(1),
                base: r(72),
            },
            // and the frame array is still intact after the moves
            Load8 {
                dst: r(0),
                ptr: r(48),
                off: 24,
            },
            Load8 {
                dst: r(0),
                ptr: r(0),
                off: 0,
            },
            PrintVal {
                src: r(0),
                typ: T_INT,
            },
            Ret {},
        ],
        0,
        0,
        120,
        &[1, 2, 3, 4, 5, 6],
    );
    let mut m = module(vec![main, println_native(), string_m, rec_func(3)], b"deep");
    m.types.push(s);
    m.types.push(ps);
    m.method_names = vec!["String".into()];
    let (code, out, err) = run(m);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "deep 42\n");
    assert_eq!(err, "42");
}

/// Frame objects that hold pointers (to the heap and to other frame
/// objects) keep them across stack growth and collections: the stack map
/// describes their words, growth adjusts the ones that point into the
/// stack, the collector marks the heap ones.
#[test]
fn frame_objects_across_growth_and_gc() {
    // main frame: x@0 = 7; obj@8 = struct{p *int (= &x); h *int (= new(int) = 35)}
    // then rec(5000) twice with a collection-forcing loop in between.
    let mut gc_native = func("runtime.GC", vec![], 0, 0, 0, &[]);
    gc_native.native = Some("runtime.GC".into());
    let main = func(
        "main.main",
        vec![
            ConstI64 { dst: r(0), v: 7 },
            Addr {
                dst: r(8),
                off: r(0),
            },
            New {
                dst: r(16),
                typ: T_INT,
            },
            ConstI64 { dst: r(24), v: 35 },
            Store8 {
                ptr: r(16),
                off: 0,
                src: r(24),
            },
            ConstI64 {
                dst: r(40),
                v: 5000,
            },
            Call {
                func: FuncId(1),
                base: r(40),
            },
            Call {
                func: FuncId(2),
                base: r(40),
            },
            // garbage after the collection, then collect again
            ConstI64 {
                dst: r(24),
                v: 1000,
            },
            MakeSlice {
                dst: r(56),
                elem: T_INT,
                len: r(24),
                cap: r(24),
            },
            Call {
                func: FuncId(2),
                base: r(40),
            },
            ConstI64 {
                dst: r(40),
                v: 5000,
            },
            Call {
                func: FuncId(1),
                base: r(40),
            },
            // *obj.p + *obj.h
            Load8 {
                dst: r(24),
                ptr: r(8),
                off: 0,
            },
            Load8 {
                dst: r(32),
                ptr: r(16),
                off: 0,
            },
            AddI64 {
                dst: r(24),
                a: r(24),
                b: r(32),
            },
            PrintVal {
                src: r(24),
                typ: T_INT,
            },
            Ret {},
        ],
        0,
        0,
        80,
        &[1, 2, 7],
    );
    let mut m = module(vec![main, rec_func(1), gc_native], b"");
    m.funcs[1].name = "main.rec".into();
    let mut opts = vm::Options::default();
    opts.gc.gogc = Some(1);
    let c = vm::run_captured(m, opts);
    let err = String::from_utf8_lossy(&c.stderr);
    assert_eq!(c.code, 0, "{err}");
    assert_eq!(err, "42");
}

/// The collector never takes a stack address for a heap object.
#[test]
fn stack_addresses_are_not_heap_objects() {
    let heap = gc::Heap::new(vm::Options::default().gc);
    let mut pool = vm::stack::StackPool::new();
    for size in [2 << 10, 4 << 10, 64 << 10] {
        let s = pool.get(size).expect("stack");
        for a in [
            s.base() as usize,
            s.base() as usize + size / 2,
            s.end() as usize - 8,
        ] {
            assert!(heap.find_object(a).is_none());
            assert!(!heap.in_heap(a));
        }
        pool.put(s);
    }
}
