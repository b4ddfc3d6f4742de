//! The interpreter's call sequence: recursive fib on a hand-assembled
//! module (two calls, a compare and a few moves per call), reported as
//! time per call. Setup (loading, heap creation) is included but small
//! next to fib(25)'s 242,785 calls.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use frontend::bytecode::Instr::*;
use frontend::bytecode::*;

fn func(name: &str, code: Vec<Instr>, params: u32, results: u32, frame: u32) -> Function {
    Function {
        name: name.into(),
        file: "/bench/main.go".into(),
        code,
        params_size: params,
        results_size: results,
        frame_size: frame,
        stack_map: PtrMap::new(frame / 8),
        lines: vec![LineEntry { pc: 0, line: 1 }],
        epilogue_pc: None,
        decl_line: 1,
        native: None,
    }
}

fn int_type() -> RtType {
    RtType {
        kind: RtKind::Int,
        size: 8,
        align: 8,
        string: "int".into(),
        name: String::new(),
        pkg_path: String::new(),
        elem: None,
        key: None,
        len: 0,
        fields: vec![],
        methods: vec![],
        iface_methods: vec![],
        params: vec![],
        results: vec![],
        variadic: false,
        ptrs: PtrMap::new(1),
        comparable: true,
        pointer_shaped: false,
    }
}

/// main prints fib(n); fib is the code the frontend generates for
/// `if n < 2 { return n }; return fib(n-1) + fib(n-2)`.
fn fib_module(n: i64) -> Module {
    let r = Reg;
    let fib = func(
        "main.fib",
        vec![
            ConstI64 { dst: r(16), v: 2 },
            LtS64 {
                dst: r(24),
                a: r(0),
                b: r(16),
            },
            JmpIfNot {
                cond: r(24),
                target: Target(5),
            },
            Mov8 {
                dst: r(8),
                src: r(0),
            },
            Ret {},
            AddImm64 {
                dst: r(48),
                a: r(0),
                imm: -1,
            },
            Call {
                func: FuncId(1),
                base: r(48),
            },
            Mov8 {
                dst: r(24),
                src: r(56),
            },
            AddImm64 {
                dst: r(48),
                a: r(0),
                imm: -2,
            },
            Call {
                func: FuncId(1),
                base: r(48),
            },
            Mov8 {
                dst: r(40),
                src: r(56),
            },
            AddI64 {
                dst: r(8),
                a: r(24),
                b: r(40),
            },
            Ret {},
        ],
        8,
        8,
        64,
    );
    let main = func(
        "main.main",
        vec![
            ConstI64 { dst: r(16), v: n },
            Call {
                func: FuncId(1),
                base: r(16),
            },
            PrintVal {
                src: r(24),
                typ: RtTypeId(0),
            },
            PrintNl {},
            Ret {},
        ],
        0,
        0,
        32,
    );
    Module {
        funcs: vec![main, fib],
        types: vec![int_type()],
        globals_size: 8,
        globals_ptrs: PtrMap::new(1),
        rodata: vec![],
        init: vec![],
        method_names: vec![],
        main: Some(FuncId(0)),
    }
}

fn calls(n: i64) -> u64 {
    // fib makes 2*fib(n+1)-1 calls.
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..n + 1 {
        (a, b) = (b, a + b);
    }
    2 * a - 1
}

fn bench_call(c: &mut Criterion) {
    let mut g = c.benchmark_group("call");
    let n = 25;
    g.throughput(Throughput::Elements(calls(n)));
    g.sample_size(20);
    g.bench_function("fib25", |b| {
        b.iter(|| {
            let out = vm::run_captured(fib_module(n), vm::Options::default());
            assert_eq!(out.stderr, b"75025\n");
        })
    });
    g.finish();
}

criterion_group!(benches, bench_call);
criterion_main!(benches);
