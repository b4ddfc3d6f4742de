//! defer / panic / recover on hand-assembled modules.
mod common;
use common::*;
use frontend::bytecode::Instr::*;
use frontend::bytecode::*;

/// rodata: static closures for f1..f7 at offsets 8*i, then "boom" at 64,
/// "again" at 68.
fn rodata() -> Vec<u8> {
    let mut v = Vec::new();
    for i in 0..8u64 {
        v.extend_from_slice(&i.to_le_bytes());
    }
    v.extend_from_slice(b"boomagain");
    v
}

/// f1: panic("boom")
fn panicker(name: &str, off: u32, len: u32) -> Function {
    func(
        name,
        vec![
            ConstStr {
                dst: r(0),
                off,
                len,
            },
            MakeIface {
                dst: r(16),
                src: r(0),
                typ: T_STRING,
            },
            Panic { val: r(16) },
            Ret {},
        ],
        0,
        0,
        32,
        &[0, 2, 3],
    )
}

/// prints the recovered value (a string) or "nil"
fn recoverer() -> Function {
    func(
        "main.main.func2",
        vec![
            Recover { dst: r(0) },
            TypeAssertOk {
                dst: r(16),
                ok: r(32),
                src: r(0),
                typ: T_STRING,
            },
            JmpIf {
                cond: r(32),
                target: Target(5),
            },
            ConstStr {
                dst: r(16),
                off: 64,
                len: 0,
            },
            PrintVal {
                src: r(16),
                typ: T_STRING,
            },
            PrintVal {
                src: r(16),
                typ: T_STRING,
            },
            PrintNl {},
            Ret {},
        ],
        0,
        0,
        40,
        &[0, 1, 2],
    )
}

/// prints its tag (an int constant)
fn printer(name: &str, v: i64) -> Function {
    func(
        name,
        vec![
            ConstI64 { dst: r(0), v },
            PrintVal {
                src: r(0),
                typ: T_INT,
            },
            PrintNl {},
            Ret {},
        ],
        0,
        0,
        8,
        &[],
    )
}

/// main: defer f(closure a); defer f(closure b); call f1; print 99; epilogue.
fn main_with(defers: &[u32], call: u32) -> Function {
    let mut code = vec![];
    for &d in defers {
        code.push(RodataAddr {
            dst: r(0),
            off: 8 * d,
        });
        code.push(Defer { fv: r(0) });
    }
    code.push(Call {
        func: FuncId(call),
        base: r(8),
    });
    code.push(ConstI64 { dst: r(0), v: 99 });
    code.push(PrintVal {
        src: r(0),
        typ: T_INT,
    });
    code.push(PrintNl {});
    let epi = code.len() as u32;
    code.push(RunDefers {});
    code.push(Ret {});
    let mut f = func("main.main", code, 0, 0, 16, &[]);
    f.epilogue_pc = Some(epi);
    f
}

fn funcs(main: Function) -> Vec<Function> {
    vec![
        main,
        panicker("main.f", 64, 4),
        recoverer(),
        printer("main.main.func3", 1),
        printer("main.main.func4", 2),
        // f5: recovers, then panics "again"
        func(
            "main.main.func5",
            vec![
                Recover { dst: r(0) },
                ConstStr {
                    dst: r(16),
                    off: 68,
                    len: 5,
                },
                MakeIface {
                    dst: r(32),
                    src: r(16),
                    typ: T_STRING,
                },
                Panic { val: r(32) },
                Ret {},
            ],
            0,
            0,
            48,
            &[0, 1, 2, 4, 5],
        ),
        // f6: recovers and re-panics with the same value
        func(
            "main.main.func6",
            vec![Recover { dst: r(0) }, Panic { val: r(0) }, Ret {}],
            0,
            0,
            16,
            &[0, 1],
        ),
        // f7: panics "again" without recovering
        panicker("main.main.func7", 68, 5),
    ]
}

fn run_main(defers: &[u32], call: u32) -> (i32, String, String) {
    run(module(funcs(main_with(defers, call)), &rodata()))
}

#[test]
fn recover_resumes_at_epilogue_and_runs_remaining_defers() {
    // defer printer(1); defer recoverer; f panics.
    let (code, out, err) = run_main(&[3, 2], 1);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "");
    assert_eq!(err, "boom\n1\n");
}

#[test]
fn defers_run_last_first_without_panic() {
    let (code, _, err) = run_main(&[3, 4], 3);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err, "1\n99\n2\n1\n");
}

#[test]
fn unrecovered_panic_report() {
    let (code, _, err) = run_main(&[3], 1);
    assert_eq!(code, 2);
    assert!(
        err.starts_with(
            "1\npanic: boom\n\ngoroutine 1 [running]:\nmain.f()\n\t/tmp/x/main.go:10 +0x"
        ),
        "{err}"
    );
    assert!(err.contains("\nmain.main()\n"), "{err}");
}

#[test]
fn recover_outside_panic_is_nil() {
    // recoverer called normally prints "" (nil)
    let (code, _, err) = run_main(&[], 2);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err, "\n99\n");
}

#[test]
fn panic_in_deferred_call_after_recover() {
    let (code, _, err) = run_main(&[5], 1);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("panic: boom [recovered]\n\tpanic: again\n\ngoroutine 1 [running]:\n"),
        "{err}"
    );
}

#[test]
fn repanic_same_value() {
    let (code, _, err) = run_main(&[6], 1);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("panic: boom [recovered, repanicked]\n\ngoroutine"),
        "{err}"
    );
}

#[test]
fn panic_in_deferred_call_while_panicking() {
    // defer recoverer; defer f7 (panics "again"): f7 runs first, its panic
    // supersedes "boom"; the recoverer then recovers "again".
    let (code, _, err) = run_main(&[2, 7], 1);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err, "again\n");
    let (code, _, err) = run_main(&[7], 1);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("panic: boom\n\tpanic: again\n\ngoroutine"),
        "{err}"
    );
}

#[test]
fn runtime_errors_print_and_recover() {
    // main: x / 0 with a recoverer deferred: the value is the error text.
    let mut m = main_with(&[2], 0);
    m.code.splice(
        2..3,
        [
            ConstI64 { dst: r(8), v: 0 },
            ConstI64 { dst: r(0), v: 7 },
            DivS64 {
                dst: r(0),
                a: r(0),
                b: r(8),
            },
        ],
    );
    m.epilogue_pc = Some(m.epilogue_pc.unwrap() + 2);
    let (code, _, err) = run(module(funcs(m), &rodata()));
    assert_eq!(code, 0, "{err}");
    assert_eq!(err, "runtime error: integer divide by zero\n");

    let mut m = main_with(&[], 0);
    m.code.splice(
        2..2,
        [
            ConstI64 { dst: r(8), v: 0 },
            Load8 {
                dst: r(0),
                ptr: r(8),
                off: 0,
            },
        ],
    );
    m.code.remove(0);
    let (code, _, err) = run(module(funcs(m), &rodata()));
    assert_eq!(code, 2);
    assert!(
        err.starts_with(
            "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation"
        ),
        "{err}"
    );
}
