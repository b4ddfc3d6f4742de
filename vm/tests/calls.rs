mod common;
use common::*;
use frontend::bytecode::Instr::*;
use frontend::bytecode::*;

#[test]
fn fib_prints() {
    let (code, out, err) = run(fib_module(20));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "");
    assert_eq!(err, "6765\n");
}

/// f(n): if n == 0 return 0; x := n (frame local); p := &x; r := f(n-1); return *p + r
/// Each frame holds a pointer to its own local across the recursive call, so
/// every growth must adjust it.
fn sum_module(depth: i64, frame_pad: u32) -> Module {
    let fsize = 64 + frame_pad;
    let out = 48 + frame_pad; // outgoing area
    let f = func(
        "main.f",
        vec![
            ConstI64 { dst: r(16), v: 0 },
            EqI64 {
                dst: r(24),
                a: r(0),
                b: r(16),
            },
            JmpIfNot {
                cond: r(24),
                target: Target(5),
            },
            ConstI64 { dst: r(8), v: 0 },
            Ret {},
            Mov8 {
                dst: r(16),
                src: r(0),
            }, // x = n
            Addr {
                dst: r(32),
                off: r(16),
            }, // p = &x
            AddImm64 {
                dst: r(out),
                a: r(0),
                imm: -1,
            },
            Call {
                func: FuncId(1),
                base: r(out),
            },
            Load8 {
                dst: r(40),
                ptr: r(32),
                off: 0,
            },
            AddI64 {
                dst: r(8),
                a: r(40),
                b: r(out + 8),
            },
            Ret {},
        ],
        8,
        8,
        fsize + 16,
        &[4],
    );
    let main = func(
        "main.main",
        vec![
            ConstI64 {
                dst: r(16),
                v: depth,
            },
            Call {
                func: FuncId(1),
                base: r(16),
            },
            PrintVal {
                src: r(24),
                typ: T_INT,
            },
            PrintNl {},
            Ret {},
        ],
        0,
        0,
        32,
        &[],
    );
    module(vec![main, f], b"")
}

#[test]
fn million_deep_recursion_with_frame_pointers() {
    let (code, _, err) = run(sum_module(1_000_000, 0));
    assert_eq!(code, 0, "{err}");
    assert_eq!(err, format!("{}\n", 1_000_000i64 * 1_000_001 / 2));
}

#[test]
fn stack_overflow_is_fatal() {
    // Frames of 64 KiB: the 1 GB limit is reached after ~8000 calls.
    let (code, _, err) = run(sum_module(1 << 40, 65536));
    assert_eq!(code, 2);
    assert!(
        err.starts_with("runtime: goroutine stack exceeds 1000000000-byte limit\n"),
        "{err}"
    );
    assert!(err.contains("\nfatal error: stack overflow\n"), "{err}");
    assert!(
        err.contains("goroutine 1 [running]:\nmain.f(...)\n\t/tmp/x/main.go:10"),
        "{err}"
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(12))]
    #[test]
    fn growth_keeps_frame_pointers(depth in 1i64..20000, pad in 0u32..64) {
        let (code, _, err) = run(sum_module(depth, pad * 8));
        proptest::prop_assert_eq!(code, 0);
        proptest::prop_assert_eq!(err, format!("{}\n", depth * (depth + 1) / 2));
    }
}

/// GC during deep recursion: each frame allocates a heap int holding n,
/// keeps only the pointer in its frame, recurses (allocating garbage at
/// every level so collections happen), then adds *p.
#[test]
fn gc_during_recursion_keeps_frame_objects() {
    let f = func(
        "main.f",
        vec![
            ConstI64 { dst: r(16), v: 0 },
            EqI64 {
                dst: r(24),
                a: r(0),
                b: r(16),
            },
            JmpIfNot {
                cond: r(24),
                target: Target(5),
            },
            ConstI64 { dst: r(8), v: 0 },
            Ret {},
            New {
                dst: r(32),
                typ: T_INT,
            },
            Store8 {
                ptr: r(32),
                off: 0,
                src: r(0),
            },
            // garbage: a 1 KiB slice per level
            ConstI64 { dst: r(16), v: 128 },
            MakeSlice {
                dst: r(64),
                elem: T_INT,
                len: r(16),
                cap: r(16),
            },
            AddImm64 {
                dst: r(48),
                a: r(0),
                imm: -1,
            },
            Call {
                func: FuncId(1),
                base: r(48),
            },
            Load8 {
                dst: r(40),
                ptr: r(32),
                off: 0,
            },
            AddI64 {
                dst: r(8),
                a: r(40),
                b: r(56),
            },
            Ret {},
        ],
        8,
        8,
        88,
        &[4, 8],
    );
    let main = func(
        "main.main",
        vec![
            ConstI64 {
                dst: r(16),
                v: 50_000,
            },
            Call {
                func: FuncId(1),
                base: r(16),
            },
            PrintVal {
                src: r(24),
                typ: T_INT,
            },
            PrintNl {},
            Ret {},
        ],
        0,
        0,
        32,
        &[],
    );
    let mut opts = vm::Options::default();
    opts.gc.gogc = Some(10);
    let c = vm::run_captured(module(vec![main, f], b""), opts);
    let err = String::from_utf8_lossy(&c.stderr);
    assert_eq!(c.code, 0, "{err}");
    assert_eq!(err, format!("{}\n", 50_000i64 * 50_001 / 2));
}

#[test]
fn closures_and_ctx() {
    // main: c := closure{f2, captured 40}; call it with arg 2; print result.
    let mut ct = basic(RtKind::Struct, 16, "struct { F uintptr; X int }");
    ct.ptrs = PtrMap::new(2);
    let f2 = func(
        "main.main.func1",
        vec![
            LoadCtx { dst: r(16) },
            Load8 {
                dst: r(24),
                ptr: r(16),
                off: 8,
            },
            AddI64 {
                dst: r(8),
                a: r(0),
                b: r(24),
            },
            Ret {},
        ],
        8,
        8,
        32,
        &[2],
    );
    let main = func(
        "main.main",
        vec![
            ConstI64 { dst: r(0), v: 40 },
            MakeClosure {
                dst: r(8),
                func: FuncId(1),
                typ: RtTypeId(6),
                caps: r(0),
            },
            ConstI64 { dst: r(16), v: 2 },
            CallClosure {
                fv: r(8),
                base: r(16),
            },
            PrintVal {
                src: r(24),
                typ: T_INT,
            },
            PrintNl {},
            Ret {},
        ],
        0,
        0,
        32,
        &[1],
    );
    let mut m = module(vec![main, f2], b"");
    m.types.push(ct);
    let (code, _, err) = run(m);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err, "42\n");
}

/// Deep recursion grows the stack; a loop that allocates then triggers
/// collections at its back-edge (shrinking the now mostly unused stack while
/// main holds a pointer to its own frame); recursion again; the frame
/// pointer must still be right.
#[test]
fn stack_shrinks_under_gc_and_keeps_pointers() {
    let mut m = sum_module(100_000, 0);
    let main = func(
        "main.main",
        vec![
            ConstI64 { dst: r(0), v: 7 },
            Addr {
                dst: r(8),
                off: r(0),
            }, // p = &x (x = 7)
            ConstI64 {
                dst: r(48),
                v: 100_000,
            },
            Call {
                func: FuncId(1),
                base: r(48),
            },
            Mov8 {
                dst: r(40),
                src: r(56),
            },
            // loop: 20000 times make([]int, 64)
            ConstI64 {
                dst: r(16),
                v: 20_000,
            },
            ConstI64 { dst: r(24), v: 64 },
            MakeSlice {
                dst: r(88),
                elem: T_INT,
                len: r(24),
                cap: r(24),
            },
            AddImm64 {
                dst: r(16),
                a: r(16),
                imm: -1,
            },
            ConstI64 { dst: r(32), v: 0 },
            LtS64 {
                dst: r(112),
                a: r(32),
                b: r(16),
            },
            JmpIfNot {
                cond: r(112),
                target: Target(13),
            },
            JmpBack { target: Target(7) },
            ConstI64 {
                dst: r(48),
                v: 1000,
            },
            Call {
                func: FuncId(1),
                base: r(48),
            },
            Load8 {
                dst: r(64),
                ptr: r(8),
                off: 0,
            },
            AddI64 {
                dst: r(40),
                a: r(40),
                b: r(56),
            },
            AddI64 {
                dst: r(40),
                a: r(40),
                b: r(64),
            },
            PrintVal {
                src: r(40),
                typ: T_INT,
            },
            Ret {},
        ],
        0,
        0,
        120,
        &[1, 11],
    );
    m.funcs[0] = main;
    let mut opts = vm::Options::default();
    opts.gc.gogc = Some(5);
    let c = vm::run_captured(m, opts);
    let err = String::from_utf8_lossy(&c.stderr);
    assert_eq!(c.code, 0, "{err}");
    assert_eq!(
        err,
        format!("{}", 100_000i64 * 100_001 / 2 + 1000 * 1001 / 2 + 7)
    );
}

/// A native calling back into Go: the callback recurses deep enough to move
/// the stack several times; the native must still find its arguments and
/// write its result through its (moved) frame.
fn callback_native(nc: &mut vm::native::NativeCall<'_>) -> Result<(), vm::native::Unwind> {
    let fv: usize = nc.arg(0);
    let x: i64 = nc.arg(8);
    let mut res = [0u8; 8];
    nc.call_func(fv, &x.to_le_bytes(), &mut res)?;
    let again: i64 = nc.arg(8);
    nc.set(16, i64::from_le_bytes(res) + again);
    Ok(())
}

static TEST_NATIVES: &[(&str, vm::native::NativeFn)] = &[("test.callback", callback_native)];

#[test]
fn native_callback_survives_stack_growth() {
    let mut m = sum_module(0, 0);
    let mut cb = func("test.callback", vec![], 16, 8, 24, &[0]);
    cb.native = Some("test.callback".into());
    m.funcs.push(cb);
    m.funcs[0] = func(
        "main.main",
        vec![
            RodataAddr { dst: r(16), off: 0 },
            ConstI64 {
                dst: r(24),
                v: 100_000,
            },
            Call {
                func: FuncId(2),
                base: r(16),
            },
            PrintVal {
                src: r(32),
                typ: T_INT,
            },
            Ret {},
        ],
        0,
        0,
        40,
        &[2],
    );
    m.rodata = 1u64.to_le_bytes().to_vec();
    let c = vm::run_captured_with_natives(m, vm::Options::default(), TEST_NATIVES);
    let err = String::from_utf8_lossy(&c.stderr);
    assert_eq!(c.code, 0, "{err}");
    assert_eq!(err, format!("{}", 100_000i64 * 100_001 / 2 + 100_000));
}
