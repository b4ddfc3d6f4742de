//! The bytecode optimisation pass (`codegen::opt`): loop rotation and the
//! fused counter back-edge, on hand-made code (jumps into the loop, the
//! epilogue, line tables) and on compiled programs (every loop shape the
//! code generator emits keeps its targets, lines and epilogue consistent).
//! That the optimised programs still print what Go prints is checked by the
//! conformance programs tests/go/run/opt_loops.go and
//! tests/go/panic/opt_loop_panic.go.

use frontend::bytecode::{Function, Instr, LineEntry, Reg, Target};
use frontend::codegen::opt::optimize;

fn t(n: u32) -> Target {
    Target(n)
}

/// A counted loop: `i = 0; while i < n { body; i++ }` with `extra` body
/// instructions, as the code generator emits it.
fn counted(extra: usize) -> Vec<Instr> {
    let (i, n, s) = (Reg(8), Reg(16), Reg(24));
    let mut code = vec![
        Instr::ConstI64 { dst: i, v: 0 },
        Instr::JmpLeS64 {
            a: n,
            b: i,
            target: t(0), // patched below
        },
    ];
    for _ in 0..extra {
        code.push(Instr::AddI64 { dst: s, a: s, b: i });
    }
    code.push(Instr::AddImm64 {
        dst: i,
        a: i,
        imm: 1,
    });
    code.push(Instr::JmpBack { target: t(1) });
    let exit = code.len() as u32;
    code[1] = Instr::JmpLeS64 {
        a: n,
        b: i,
        target: t(exit),
    };
    code.push(Instr::Ret {});
    code
}

#[test]
fn counted_loop_is_rotated_and_fused() {
    let mut code = counted(2);
    let mut lines = vec![
        LineEntry { pc: 0, line: 10 },
        LineEntry { pc: 2, line: 11 },
        LineEntry { pc: 4, line: 12 },
        LineEntry { pc: 5, line: 13 },
        LineEntry { pc: 6, line: 14 },
    ];
    let mut epi = None;
    optimize(&mut code, &mut lines, &mut epi);
    assert_eq!(code.len(), 6, "{code:#?}");
    // The header now exits to the instruction after the fused back-edge.
    assert_eq!(
        code[1],
        Instr::JmpLeS64 {
            a: Reg(16),
            b: Reg(8),
            target: t(5)
        }
    );
    assert_eq!(
        code[4],
        Instr::IncJmpBackLt {
            i: Reg(8),
            imm: 1,
            n: Reg(16),
            target: t(2)
        }
    );
    assert_eq!(code[5], Instr::Ret {});
    // The deleted back-edge's line entry gave way to the Ret's.
    let got: Vec<(u32, u32)> = lines.iter().map(|l| (l.pc, l.line)).collect();
    assert_eq!(got, vec![(0, 10), (2, 11), (4, 12), (5, 14)]);
}

#[test]
fn jump_onto_the_back_edge_prevents_fusion() {
    // A `continue`-like jump aimed at the JmpBack itself (not at the
    // increment): the increment cannot absorb the back-edge.
    let mut code = counted(1);
    // code: 0 Const, 1 JmpLe, 2 Add, 3 AddImm, 4 JmpBack, 5 Ret
    code[2] = Instr::JmpIf {
        cond: Reg(32),
        target: t(4),
    };
    let mut lines = vec![LineEntry { pc: 0, line: 1 }];
    let mut epi = None;
    optimize(&mut code, &mut lines, &mut epi);
    assert_eq!(code.len(), 6);
    assert_eq!(
        code[4],
        Instr::JmpBackLtS64 {
            a: Reg(8),
            b: Reg(16),
            target: t(2)
        }
    );
    assert_eq!(
        code[3],
        Instr::AddImm64 {
            dst: Reg(8),
            a: Reg(8),
            imm: 1
        }
    );
}

#[test]
fn epilogue_and_outer_targets_are_renumbered() {
    // Two nested counted loops followed by an epilogue that a recovered
    // panic resumes at; jumps from before, inside and after the loops.
    let (i, j, n) = (Reg(8), Reg(16), Reg(24));
    let code0 = vec![
        /* 0 */ Instr::ConstI64 { dst: i, v: 0 },
        /* 1 */
        Instr::JmpLeS64 {
            a: n,
            b: i,
            target: t(9),
        },
        /* 2 */ Instr::ConstI64 { dst: j, v: 0 },
        /* 3 */
        Instr::JmpLeS64 {
            a: n,
            b: j,
            target: t(7),
        },
        /* 4 */
        Instr::JmpIf {
            cond: Reg(32),
            target: t(9),
        }, // break outer
        /* 5 */
        Instr::AddImm64 {
            dst: j,
            a: j,
            imm: 1,
        },
        /* 6 */ Instr::JmpBack { target: t(3) },
        /* 7 */
        Instr::AddImm64 {
            dst: i,
            a: i,
            imm: 2,
        },
        /* 8 */ Instr::JmpBack { target: t(1) },
        /* 9 */ Instr::Jmp { target: t(10) },
        /* 10 */ Instr::RunDefers {},
        /* 11 */ Instr::Ret {},
    ];
    let mut code = code0.clone();
    let mut lines = vec![LineEntry { pc: 0, line: 1 }, LineEntry { pc: 10, line: 9 }];
    let mut epi = Some(10);
    optimize(&mut code, &mut lines, &mut epi);
    assert_eq!(code.len(), 10, "{code:#?}");
    assert_eq!(epi, Some(8));
    assert_eq!(code[8], Instr::RunDefers {});
    assert_eq!(
        code[1],
        Instr::JmpLeS64 {
            a: n,
            b: i,
            target: t(7)
        }
    );
    assert_eq!(
        code[3],
        Instr::JmpLeS64 {
            a: n,
            b: j,
            target: t(6)
        }
    );
    assert_eq!(
        code[4],
        Instr::JmpIf {
            cond: Reg(32),
            target: t(7)
        }
    );
    assert_eq!(
        code[5],
        Instr::IncJmpBackLt {
            i: j,
            imm: 1,
            n,
            target: t(4)
        }
    );
    assert_eq!(
        code[6],
        Instr::IncJmpBackLt {
            i,
            imm: 2,
            n,
            target: t(2)
        }
    );
    assert_eq!(code[7], Instr::Jmp { target: t(8) });
    assert_eq!(lines.last().map(|l| (l.pc, l.line)), Some((8, 9)));
}

#[test]
fn other_headers_rotate_without_fusion() {
    let (i, n) = (Reg(8), Reg(16));
    for (header, back) in [
        // for i <= n: exit when n < i
        (
            Instr::JmpLtS64 {
                a: n,
                b: i,
                target: t(4),
            },
            Instr::JmpBackLeS64 {
                a: i,
                b: n,
                target: t(2),
            },
        ),
        // for i >= 0: exit when i < 0
        (
            Instr::JmpLtImm64 {
                a: i,
                imm: 0,
                target: t(4),
            },
            Instr::JmpBackGeImm64 {
                a: i,
                imm: 0,
                target: t(2),
            },
        ),
        // for i < 10
        (
            Instr::JmpGeImm64 {
                a: i,
                imm: 10,
                target: t(4),
            },
            Instr::JmpBackLtImm64 {
                a: i,
                imm: 10,
                target: t(2),
            },
        ),
    ] {
        let mut code = vec![
            Instr::ConstI64 { dst: i, v: 5 },
            header,
            Instr::AddImm64 {
                dst: i,
                a: i,
                imm: -1,
            },
            Instr::JmpBack { target: t(1) },
            Instr::Ret {},
        ];
        let mut lines = vec![];
        optimize(&mut code, &mut lines, &mut None);
        assert_eq!(code.len(), 5);
        assert_eq!(code[3], back);
    }
}

#[test]
fn loops_that_do_not_match_are_left_alone() {
    let (i, n) = (Reg(8), Reg(16));
    // The header's exit is not the instruction after the back-edge.
    let mut code = vec![
        Instr::ConstI64 { dst: i, v: 0 },
        Instr::JmpLeS64 {
            a: n,
            b: i,
            target: t(5),
        },
        Instr::AddImm64 {
            dst: i,
            a: i,
            imm: 1,
        },
        Instr::JmpBack { target: t(1) },
        Instr::Ret {},
        Instr::Ret {},
    ];
    let before = code.clone();
    optimize(&mut code, &mut vec![], &mut None);
    assert_eq!(code, before);
    // The header is not a compare-and-branch.
    let mut code = vec![
        Instr::ConstI64 { dst: i, v: 0 },
        Instr::LtS64 {
            dst: Reg(24),
            a: i,
            b: n,
        },
        Instr::JmpIfNot {
            cond: Reg(24),
            target: t(5),
        },
        Instr::AddImm64 {
            dst: i,
            a: i,
            imm: 1,
        },
        Instr::JmpBack { target: t(1) },
        Instr::Ret {},
    ];
    let before = code.clone();
    optimize(&mut code, &mut vec![], &mut None);
    assert_eq!(code, before);
}

fn compile(src: &str) -> frontend::Compiled {
    match frontend::compile(vec![("./main.go".to_string(), src.to_string())]) {
        Ok(c) => c,
        Err((sm, errs)) => {
            let msgs: Vec<String> = errs
                .iter()
                .map(|e| format!("{}: {}", sm.position(e.pos), e.msg))
                .collect();
            panic!("compile failed:\n{}", msgs.join("\n"))
        }
    }
}

/// Every target and the epilogue lie inside the function, line entries are
/// strictly increasing, and the last instruction cannot fall off the end.
fn check_consistent(f: &Function) {
    let len = f.code.len() as u32;
    for (pc, ins) in f.code.iter().enumerate() {
        let mut ins = *ins;
        ins.for_each_target(&mut |t| {
            assert!(t.0 < len, "{}: pc {pc}: target {} of {len}", f.name, t.0)
        });
    }
    if let Some(e) = f.epilogue_pc {
        assert!(e < len, "{}: epilogue {e} of {len}", f.name);
        assert_eq!(f.code[e as usize], Instr::RunDefers {}, "{}", f.name);
    }
    for w in f.lines.windows(2) {
        assert!(w[0].pc < w[1].pc, "{}: line table {:?}", f.name, f.lines);
    }
    if let Some(l) = f.lines.last() {
        assert!(l.pc < len.max(1), "{}: line entry past the end", f.name);
    }
}

const LOOPS: &str = include_str!("../../tests/go/run/opt_loops.go");

#[test]
fn compiled_loops_are_rotated_and_consistent() {
    let c = compile(LOOPS);
    for f in &c.module.funcs {
        check_consistent(f);
    }
    let count = |name: &str| {
        c.module
            .funcs
            .iter()
            .flat_map(|f| f.code.iter())
            .filter(|i| i.name() == name)
            .count()
    };
    assert!(count("IncJmpBackLt") >= 8, "{}", c.disasm());
    assert!(
        count("JmpBackLtImm64") + count("JmpBackGeImm64") >= 1,
        "{}",
        c.disasm()
    );
    assert!(count("JmpBackLeS64") >= 1, "{}", c.disasm());
    // The defer-and-recover function's epilogue is still its RunDefers.
    let f = c
        .module
        .funcs
        .iter()
        .find(|f| f.name == "main.deferLoop")
        .expect("main.deferLoop");
    assert!(f.epilogue_pc.is_some());
}

#[test]
fn panics_inside_rotated_loops_keep_their_line() {
    let src = include_str!("../../tests/go/panic/opt_loop_panic.go");
    let c = compile(src);
    let f = c
        .module
        .funcs
        .iter()
        .find(|f| f.name == "main.sum")
        .expect("main.sum");
    check_consistent(f);
    let pc = f
        .code
        .iter()
        .position(|i| matches!(i, Instr::SliceLoad { .. } | Instr::IndexAddr { .. }))
        .expect("an indexing instruction");
    let line = f
        .lines
        .iter()
        .rev()
        .find(|l| l.pc as usize <= pc)
        .map(|l| l.line);
    assert_eq!(line, Some(8), "{:?}\n{}", f.lines, c.disasm());
    assert!(f
        .code
        .iter()
        .any(|i| matches!(i, Instr::IncJmpBackLt { .. })));
}

#[test]
fn whole_standard_library_stays_consistent() {
    let c = compile(
        "package main\nimport (\"fmt\"; \"strings\"; \"strconv\"; \"sort\"; \"math\"; \"unicode/utf8\")\n\
         func main() { fmt.Println(strings.Repeat(\"a\", 3), strconv.Itoa(4), sort.IntsAreSorted(nil), math.Pi, utf8.RuneLen('x')) }\n",
    );
    for f in &c.module.funcs {
        check_consistent(f);
    }
}
