//! Arithmetic, conversion and formatting semantics (expected values from
//! Go 1.27 on amd64).
mod common;
use common::*;
use frontend::bytecode::Instr::*;
use frontend::bytecode::*;
use vm::ops;

/// Runs `code` in main (frame 64) and returns what it printed.
fn eval(mut code: Vec<Instr>) -> (i32, String) {
    code.push(Ret {});
    let main = func("main.main", code, 0, 0, 64, &[]);
    let (c, _, err) = run(module(vec![main], b""));
    (c, err)
}

fn i64_of(code: Vec<Instr>) -> String {
    let mut code = code;
    code.push(PrintVal {
        src: r(0),
        typ: T_INT,
    });
    eval(code).1
}

#[test]
fn division_edge_cases() {
    let min = i64::MIN;
    let k = |a: i64, b: i64, op: fn(Reg, Reg, Reg) -> Instr| {
        i64_of(vec![
            ConstI64 { dst: r(8), v: a },
            ConstI64 { dst: r(16), v: b },
            op(r(0), r(8), r(16)),
        ])
    };
    assert_eq!(
        k(min, -1, |d, a, b| DivS64 { dst: d, a, b }),
        min.to_string()
    );
    assert_eq!(k(min, -1, |d, a, b| RemS64 { dst: d, a, b }), "0");
    assert_eq!(k(-7, 2, |d, a, b| DivS64 { dst: d, a, b }), "-3");
    assert_eq!(k(-7, 2, |d, a, b| RemS64 { dst: d, a, b }), "-1");
    assert_eq!(
        k(-1, 3, |d, a, b| DivU64 { dst: d, a, b }),
        "6148914691236517205"
    );
    // int8: -128 / -1 = -128 (result read back as int8 via Conv)
    let out = i64_of(vec![
        ConstI8 { dst: r(8), v: -128 },
        ConstI8 { dst: r(16), v: -1 },
        DivS8 {
            dst: r(24),
            a: r(8),
            b: r(16),
        },
        Conv {
            dst: r(0),
            src: r(24),
            from: NumKind::I8,
            to: NumKind::I64,
        },
    ]);
    assert_eq!(out, "-128");
    let (code, err) = eval(vec![
        ConstI64 { dst: r(8), v: 1 },
        ConstI64 { dst: r(16), v: 0 },
        RemU32 {
            dst: r(0),
            a: r(8),
            b: r(16),
        },
    ]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("panic: runtime error: integer divide by zero\n"),
        "{err}"
    );
}

#[test]
fn shifts() {
    let k = |a: i64, n: i64, op: fn(Reg, Reg, Reg) -> Instr| {
        i64_of(vec![
            ConstI64 { dst: r(8), v: a },
            ConstI64 { dst: r(16), v: n },
            op(r(0), r(8), r(16)),
        ])
    };
    assert_eq!(k(1, 70, |d, a, b| Shl64 { dst: d, a, b }), "0");
    assert_eq!(
        k(1, 63, |d, a, b| Shl64 { dst: d, a, b }),
        i64::MIN.to_string()
    );
    assert_eq!(k(-16, 2, |d, a, b| ShrS64 { dst: d, a, b }), "-4");
    assert_eq!(k(-16, 200, |d, a, b| ShrS64 { dst: d, a, b }), "-1");
    assert_eq!(k(-16, 64, |d, a, b| ShrU64 { dst: d, a, b }), "0");
    // 32-bit shift of a value whose upper bytes are garbage-free
    let out = i64_of(vec![
        ConstI64 { dst: r(0), v: 0 },
        ConstI32 { dst: r(8), v: 1 },
        ConstI64 { dst: r(16), v: 31 },
        Shl32 {
            dst: r(0),
            a: r(8),
            b: r(16),
        },
    ]);
    assert_eq!(out, (1u64 << 31).to_string());
    let (code, err) = eval(vec![
        ConstI64 { dst: r(8), v: -1 },
        ShiftCheck { count: r(8) },
    ]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("panic: runtime error: negative shift amount\n"),
        "{err}"
    );
}

#[test]
fn float_to_int_conversions_match_amd64() {
    // Go 1.27 amd64: int64 uint64 int32 uint32 int8 uint8 int16 uint16
    let cases: [(f64, [&str; 8]); 5] = [
        (
            -1.0,
            [
                "-1",
                "18446744073709551615",
                "-1",
                "4294967295",
                "-1",
                "255",
                "-1",
                "65535",
            ],
        ),
        (
            1e20,
            [
                "-9223372036854775808",
                "9223372036854775808",
                "-2147483648",
                "0",
                "0",
                "0",
                "0",
                "0",
            ],
        ),
        (
            -1e20,
            [
                "-9223372036854775808",
                "9223372036854775808",
                "-2147483648",
                "0",
                "0",
                "0",
                "0",
                "0",
            ],
        ),
        (3.7, ["3", "3", "3", "3", "3", "3", "3", "3"]),
        (
            -3.7,
            [
                "-3",
                "18446744073709551613",
                "-3",
                "4294967293",
                "-3",
                "253",
                "-3",
                "65533",
            ],
        ),
    ];
    use NumKind::*;
    let kinds = [I64, U64, I32, U32, I8, U8, I16, U16];
    for (f, want) in cases {
        for (k, w) in kinds.iter().zip(want) {
            let back = match k {
                I64 | U64 => None,
                _ => Some(*k),
            };
            let mut code = vec![
                ConstF64 {
                    dst: r(8),
                    v: F64Bits(f.to_bits()),
                },
                ConstI64 { dst: r(16), v: 0 },
                Conv {
                    dst: r(16),
                    src: r(8),
                    from: F64,
                    to: *k,
                },
            ];
            let typ = if *k == U64 { RtTypeId(6) } else { T_INT };
            match back {
                Some(b) => code.push(Conv {
                    dst: r(0),
                    src: r(16),
                    from: b,
                    to: I64,
                }),
                None => code.push(Mov8 {
                    dst: r(0),
                    src: r(16),
                }),
            }
            code.push(PrintVal { src: r(0), typ });
            let main = func(
                "main.main",
                code.into_iter().chain([Ret {}]).collect(),
                0,
                0,
                64,
                &[],
            );
            let mut m = module(vec![main], b"");
            m.types.push(basic(RtKind::Uint64, 8, "uint64"));
            let (_, _, err) = run(m);
            assert_eq!(err, w, "{f} -> {k:?}");
        }
    }
}

#[test]
fn float32_rounding_and_nan() {
    let out = eval(vec![
        ConstF64 {
            dst: r(8),
            v: F64Bits(0.1f64.to_bits()),
        },
        Conv {
            dst: r(16),
            src: r(8),
            from: NumKind::F64,
            to: NumKind::F32,
        },
        Conv {
            dst: r(0),
            src: r(16),
            from: NumKind::F32,
            to: NumKind::F64,
        },
        PrintVal {
            src: r(0),
            typ: T_F64,
        },
    ])
    .1;
    assert_eq!(out, "0.10000000149011612");
    let out = eval(vec![
        ConstF64 {
            dst: r(8),
            v: F64Bits(f64::NAN.to_bits()),
        },
        EqF64 {
            dst: r(0),
            a: r(8),
            b: r(8),
        },
        NeF64 {
            dst: r(1),
            a: r(8),
            b: r(8),
        },
        LtF64 {
            dst: r(2),
            a: r(8),
            b: r(8),
        },
        PrintVal {
            src: r(0),
            typ: T_BOOL,
        },
        PrintVal {
            src: r(1),
            typ: T_BOOL,
        },
        PrintVal {
            src: r(2),
            typ: T_BOOL,
        },
    ])
    .1;
    assert_eq!(out, "falsetruefalse");
    assert!(ops::go_min_f64(-0.0, 0.0).is_sign_negative());
    assert!(ops::go_max_f64(-0.0, 0.0).is_sign_positive());
    assert!(ops::go_min_f64(f64::NAN, 1.0).is_nan());
}

#[test]
fn print_floats_as_go() {
    let p = |v: f64| ops::print_float(v, false);
    assert_eq!(p(1.5), "1.5");
    assert_eq!(p(1e300), "1e+300");
    assert_eq!(p(1e-7), "1e-07");
    assert_eq!(p(123456789.0), "1.23456789e+08");
    assert_eq!(p(123456.0), "123456");
    assert_eq!(p(1234567.0), "1.234567e+06");
    assert_eq!(p(100.0), "100");
    assert_eq!(p(1e21), "1e+21");
    assert_eq!(p(0.0001), "0.0001");
    assert_eq!(p(0.00001), "1e-05");
    assert_eq!(p(f64::NAN), "NaN");
    assert_eq!(p(f64::INFINITY), "+Inf");
    assert_eq!(p(f64::NEG_INFINITY), "-Inf");
    assert_eq!(p(-0.0), "-0");
    assert_eq!(ops::print_float(0.1f32 as f64, true), "0.1");
}

#[test]
fn growslice_capacities_match_go() {
    // Appending one element at a time, from Go 1.27's heap path.
    let seq = |start: usize, elem: usize, noscan: bool, n: usize| {
        let mut caps = vec![];
        let (mut len, mut cap) = (start, start);
        while caps.len() < n {
            if len == cap {
                cap = ops::grow_cap(len, cap, 1, elem, noscan).unwrap();
                caps.push(cap);
            }
            len += 1;
        }
        caps
    };
    assert_eq!(
        seq(4, 8, true, 13),
        [8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408, 5120]
    );
    assert_eq!(
        seq(32, 1, true, 10),
        [64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376]
    );
    assert_eq!(
        seq(1, 24, false, 12),
        [2, 4, 8, 16, 37, 74, 170, 341, 682, 1135, 1706, 2389]
    );
    assert_eq!(ops::grow_cap(3, 3, 5, 8, true), Some(8));
    assert_eq!(ops::grow_cap(0, 0, 1, 8, true), Some(1));
}

#[test]
fn bounds_texts() {
    let msg = |e: vm::native::Unwind| match e {
        vm::native::Unwind::RuntimeError(m) => m,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        msg(ops::index_error(5, 3)),
        "index out of range [5] with length 3"
    );
    assert_eq!(msg(ops::index_error(-1, 3)), "index out of range [-1]");
    assert_eq!(
        msg(ops::check_slice2(0, 5, 3, "capacity").unwrap_err()),
        "slice bounds out of range [:5] with capacity 3"
    );
    assert_eq!(
        msg(ops::check_slice2(5, 3, 10, "capacity").unwrap_err()),
        "slice bounds out of range [5:3]"
    );
    assert_eq!(
        msg(ops::check_slice2(0, 5, 3, "length").unwrap_err()),
        "slice bounds out of range [:5] with length 3"
    );
    assert_eq!(
        msg(ops::check_slice3(0, 1, 7, 5, "capacity").unwrap_err()),
        "slice bounds out of range [::7] with capacity 5"
    );
    assert_eq!(
        msg(ops::check_slice3(0, 3, 2, 5, "capacity").unwrap_err()),
        "slice bounds out of range [:3:2]"
    );
    assert_eq!(
        msg(ops::check_slice3(2, 1, 2, 5, "capacity").unwrap_err()),
        "slice bounds out of range [2:1:]"
    );
    assert!(ops::check_slice2(1, 3, 3, "length").is_ok());
}

#[test]
fn utf8_decoding_like_range() {
    let d = |s: &[u8]| ops::decode_rune(s, 0);
    assert_eq!(d(b"a"), ('a' as i32, 1));
    assert_eq!(d("é".as_bytes()), ('é' as i32, 2));
    assert_eq!(d("世".as_bytes()), ('世' as i32, 3));
    assert_eq!(d("😀".as_bytes()), ('😀' as i32, 4));
    assert_eq!(d(b"\xff"), (0xFFFD, 1));
    assert_eq!(d(b"\xe4\xb8"), (0xFFFD, 1)); // truncated
    assert_eq!(d(b"\xed\xa0\x80"), (0xFFFD, 1)); // surrogate
    assert_eq!(d(b"\xc0\x80"), (0xFFFD, 1)); // overlong
    let mut v = vec![];
    ops::encode_rune(0xD800, &mut v);
    ops::encode_rune(-1, &mut v);
    ops::encode_rune('x' as i64, &mut v);
    assert_eq!(v, "\u{FFFD}\u{FFFD}x".as_bytes());
}

#[test]
fn strings_and_slices() {
    // s := "héllo"; print(s[1:3] == "é"); b := []byte(s); print(len, cap)
    let rodata = "héllo".as_bytes();
    let main = func(
        "main.main",
        vec![
            ConstStr {
                dst: r(0),
                off: 0,
                len: 6,
            },
            ConstI64 { dst: r(16), v: 1 },
            ConstI64 { dst: r(24), v: 3 },
            StrReslice {
                dst: r(32),
                src: r(0),
                args: r(16),
            },
            ConstStr {
                dst: r(48),
                off: 1,
                len: 2,
            },
            StrEq {
                dst: r(64),
                a: r(32),
                b: r(48),
            },
            PrintVal {
                src: r(64),
                typ: T_BOOL,
            },
            BytesFromStr {
                dst: r(72),
                src: r(0),
            },
            PrintVal {
                src: r(80),
                typ: T_INT,
            },
            PrintVal {
                src: r(88),
                typ: T_INT,
            },
            // append 3 more bytes from the string itself
            AppendSlice {
                dst: r(72),
                a: r(72),
                b: r(0),
                elem: RtTypeId(6),
            },
            PrintVal {
                src: r(80),
                typ: T_INT,
            },
            PrintVal {
                src: r(88),
                typ: T_INT,
            },
            StrFromBytes {
                dst: r(0),
                src: r(72),
            },
            PrintVal {
                src: r(0),
                typ: T_STRING,
            },
            // out of range index
            ConstI64 { dst: r(16), v: 12 },
            StrIndex {
                dst: r(24),
                s: r(0),
                idx: r(16),
            },
            Ret {},
        ],
        0,
        0,
        104,
        &[0, 4, 6, 9, 12],
    );
    let mut m = module(vec![main], rodata);
    m.types.push(basic(RtKind::Uint8, 1, "uint8"));
    let (code, _, err) = run(m);
    assert_eq!(code, 2);
    assert!(
        err.starts_with(
            "true681216héllohéllopanic: runtime error: index out of range [12] with length 12\n"
        ),
        "{err}"
    );
}
