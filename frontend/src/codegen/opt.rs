//! Bytecode-level optimisation of one function, run after emission.
//!
//! Design
//! ------
//! The code generator compiles a loop as "test at the top, `JmpBack` at the
//! bottom": every iteration dispatches the back-edge and then the test. This
//! pass rotates such loops so that each iteration dispatches one
//! instruction for both: when the loop's header is a single fused
//! compare-and-branch that leaves the loop exactly at the instruction after
//! the back-edge,
//!
//! ```text
//! top:   JmpLeS64 n, i -> exit         top:   JmpLeS64 n, i -> exit
//!        body                                 body
//!        AddImm64 i, i, 1         =>          IncJmpBackLt i, 1, n -> top+1
//!        JmpBack top               exit:
//! exit:
//! ```
//!
//! the back-edge becomes the inverse test jumping to the first instruction
//! of the body (`JmpBack*` forms, safepoints when taken), and a counter
//! increment right before it is fused into `IncJmpBackLt`. The header
//! still runs once on entry (and for every other jump to it).
//!
//! Before that, `specialise` replaces instructions one for one by cheaper
//! forms (`Conv` int64 -> float64 by `ConvI64F64`, which needs no decoding
//! of its numeric kinds).
//!
//! Invariants the pass relies on and keeps:
//! * Only instructions named by `Instr::for_each_target` transfer control to
//!   a pc; `epilogue_pc` is the only other pc a function's metadata holds,
//!   besides the line table. Deleting instructions remaps all three.
//! * An instruction is deleted only if no jump (and not the epilogue) lands
//!   on it, so no control path changes.
//! * Registers and the frame are untouched: the pass never changes what is
//!   computed, only how many dispatches it takes. A back-edge is a
//!   safepoint only when taken; the collector sees the same frame either way.

use crate::bytecode::{Instr, LineEntry, NumKind, Target};

/// Optimises `code` in place, keeping `lines` and `epilogue` in step.
pub fn optimize(code: &mut Vec<Instr>, lines: &mut Vec<LineEntry>, epilogue: &mut Option<u32>) {
    specialise(code);
    let mut removed = vec![false; code.len()];
    let mut jumped_to = vec![false; code.len() + 1];
    for i in code.iter_mut() {
        i.for_each_target(&mut |t| {
            if let Some(j) = jumped_to.get_mut(t.0 as usize) {
                *j = true;
            }
        });
    }
    if let Some(e) = *epilogue {
        if let Some(j) = jumped_to.get_mut(e as usize) {
            *j = true;
        }
    }
    let mut any_removed = false;
    for k in 0..code.len() {
        let Instr::JmpBack { target } = code[k] else {
            continue;
        };
        let top = target.0 as usize;
        if top >= k {
            continue;
        }
        let body = Target(top as u32 + 1);
        let exit_ok = |t: Target| t.0 as usize == k + 1;
        let back = match code[top] {
            // exit when n <= i: continue while i < n
            Instr::JmpLeS64 { a, b, target } if exit_ok(target) => Instr::JmpBackLtS64 {
                a: b,
                b: a,
                target: body,
            },
            // exit when a < b: continue while b <= a
            Instr::JmpLtS64 { a, b, target } if exit_ok(target) => Instr::JmpBackLeS64 {
                a: b,
                b: a,
                target: body,
            },
            Instr::JmpLtImm64 { a, imm, target } if exit_ok(target) => Instr::JmpBackGeImm64 {
                a,
                imm,
                target: body,
            },
            Instr::JmpGeImm64 { a, imm, target } if exit_ok(target) => Instr::JmpBackLtImm64 {
                a,
                imm,
                target: body,
            },
            _ => continue,
        };
        code[k] = back;
        // Fuse `i += imm` right before a `JmpBackLtS64 i, n`.
        if let Instr::JmpBackLtS64 { a: i, b: n, target } = back {
            if k > top + 1 && !jumped_to[k] && i != n {
                if let Instr::AddImm64 { dst, a, imm } = code[k - 1] {
                    if dst == i && a == i {
                        code[k - 1] = Instr::IncJmpBackLt { i, imm, n, target };
                        removed[k] = true;
                        any_removed = true;
                    }
                }
            }
        }
    }
    if any_removed {
        compact(code, lines, epilogue, &removed);
    }
}

/// One-for-one replacements by cheaper specialised instructions.
fn specialise(code: &mut [Instr]) {
    for ins in code.iter_mut() {
        if let Instr::Conv {
            dst,
            src,
            from: NumKind::I64,
            to: NumKind::F64,
        } = *ins
        {
            *ins = Instr::ConvI64F64 { dst, src };
        }
    }
}

/// Deletes the instructions marked in `removed` (none of them a jump
/// target) and renumbers every pc that refers past them.
fn compact(
    code: &mut Vec<Instr>,
    lines: &mut Vec<LineEntry>,
    epilogue: &mut Option<u32>,
    removed: &[bool],
) {
    // new_pc[old] for old in 0..=len: the index the instruction at `old`
    // (or the next kept one) gets.
    let mut new_pc = Vec::with_capacity(code.len() + 1);
    let mut n = 0u32;
    for &r in removed {
        new_pc.push(n);
        if !r {
            n += 1;
        }
    }
    new_pc.push(n);
    let map = |pc: u32| new_pc.get(pc as usize).copied().unwrap_or(n);
    let mut out = Vec::with_capacity(n as usize);
    for (i, mut ins) in code.drain(..).enumerate() {
        if removed[i] {
            continue;
        }
        ins.for_each_target(&mut |t| t.0 = map(t.0));
        out.push(ins);
    }
    *code = out;
    if let Some(e) = epilogue.as_mut() {
        *e = map(*e);
    }
    let mut new_lines: Vec<LineEntry> = Vec::with_capacity(lines.len());
    for l in lines.drain(..) {
        let pc = map(l.pc);
        match new_lines.last_mut() {
            // A deleted instruction's entry yields to the entry of the
            // instruction that now has its pc.
            Some(last) if last.pc == pc => last.line = l.line,
            _ => new_lines.push(LineEntry { pc, line: l.line }),
        }
    }
    *lines = new_lines;
}
