//! Hand-assembled modules for VM tests (no frontend needed).
#![allow(dead_code)]

use frontend::bytecode::*;

pub fn r(n: u32) -> Reg {
    Reg(n)
}

pub fn func(
    name: &str,
    code: Vec<Instr>,
    params: u32,
    results: u32,
    frame: u32,
    ptr_words: &[u32],
) -> Function {
    let mut map = PtrMap::new(frame / 8);
    for &w in ptr_words {
        map.set(w);
    }
    Function {
        name: name.into(),
        file: "/tmp/x/main.go".into(),
        code,
        params_size: params,
        results_size: results,
        frame_size: frame,
        stack_map: map,
        lines: vec![LineEntry { pc: 0, line: 10 }],
        epilogue_pc: None,
        decl_line: 3,
        native: None,
    }
}

pub fn basic(kind: RtKind, size: u64, name: &str) -> RtType {
    RtType {
        kind,
        size,
        align: size.clamp(1, 8),
        string: name.into(),
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
        ptrs: PtrMap::new((size / 8) as u32),
        comparable: true,
        pointer_shaped: false,
    }
}

pub fn ptr_type(name: &str, elem: RtTypeId) -> RtType {
    let mut t = basic(RtKind::Pointer, 8, name);
    t.ptrs.set(0);
    t.pointer_shaped = true;
    t.elem = Some(elem);
    t
}

/// Types every test module has: t0 int, t1 string, t2 *int, t3 interface {}, t4 bool, t5 float64.
pub fn std_types() -> Vec<RtType> {
    let mut s = basic(RtKind::String, 16, "string");
    s.ptrs.set(0);
    let mut e = basic(RtKind::Interface, 16, "interface {}");
    e.ptrs.set(0);
    e.ptrs.set(1);
    vec![
        basic(RtKind::Int, 8, "int"),
        s,
        ptr_type("*int", RtTypeId(0)),
        e,
        basic(RtKind::Bool, 1, "bool"),
        basic(RtKind::Float64, 8, "float64"),
    ]
}

pub const T_INT: RtTypeId = RtTypeId(0);
pub const T_STRING: RtTypeId = RtTypeId(1);
pub const T_PINT: RtTypeId = RtTypeId(2);
pub const T_ANY: RtTypeId = RtTypeId(3);
pub const T_BOOL: RtTypeId = RtTypeId(4);
pub const T_F64: RtTypeId = RtTypeId(5);

pub fn module(funcs: Vec<Function>, rodata: &[u8]) -> Module {
    Module {
        funcs,
        types: std_types(),
        globals_size: 64,
        globals_ptrs: PtrMap::new(8),
        rodata: rodata.to_vec(),
        init: vec![],
        method_names: vec![],
        main: Some(FuncId(0)),
    }
}

pub fn run(m: Module) -> (i32, String, String) {
    let c = vm::run_captured(m, vm::Options::default());
    (
        c.code,
        String::from_utf8_lossy(&c.stdout).into_owned(),
        String::from_utf8_lossy(&c.stderr).into_owned(),
    )
}

/// fib(n) as f1: params n@0, result @8, frame 48.
pub fn fib_func() -> Function {
    use Instr::*;
    func(
        "main.fib",
        vec![
            ConstI64 { dst: r(24), v: 2 },
            LtS64 {
                dst: r(16),
                a: r(0),
                b: r(24),
            },
            JmpIfNot {
                cond: r(16),
                target: Target(5),
            },
            Mov8 {
                dst: r(8),
                src: r(0),
            },
            Ret {},
            AddImm64 {
                dst: r(32),
                a: r(0),
                imm: -1,
            },
            Call {
                func: FuncId(1),
                base: r(32),
            },
            Mov8 {
                dst: r(24),
                src: r(40),
            },
            AddImm64 {
                dst: r(32),
                a: r(0),
                imm: -2,
            },
            Call {
                func: FuncId(1),
                base: r(32),
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
        48,
        &[],
    )
}

/// main: prints fib(n) with println.
pub fn fib_module(n: i64) -> Module {
    use Instr::*;
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
    module(vec![main, fib_func()], b"")
}
