//! The disassembler: a module as text, one instruction a line.
//!
//! Per function: its name and source position, the frame layout (params,
//! results, and -- when the code generator's debug table is supplied --
//! named locals with offsets, types and whether they live in the frame or
//! in a heap cell), the stack map, then `index [line] instruction`.
//! Allocation instructions are marked `; heap`; frame-local objects need no
//! allocation instruction: the layout lists them as `object` slots (`frame`),
//! and instructions that use a frame buffer when the result fits say so.

use super::*;
use std::fmt::Write;

/// One named frame slot (from the code generator's debug table).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlotDebug {
    pub off: u32,
    pub size: u32,
    /// `param`, `result`, `local`.
    pub role: &'static str,
    pub name: String,
    pub typ: String,
    /// The slot holds the address of the variable's heap cell.
    pub heap: bool,
}

/// Per-function debug information, indexed like `Module::funcs`.
#[derive(Clone, Debug, Default)]
pub struct FuncDebug {
    pub slots: Vec<SlotDebug>,
}

fn is_alloc(i: &Instr) -> bool {
    matches!(
        i,
        Instr::New { .. }
            | Instr::MakeSlice { .. }
            | Instr::MakeMap { .. }
            | Instr::MakeClosure { .. }
            | Instr::MakeIface { .. }
            | Instr::Append { .. }
            | Instr::AppendSlice { .. }
            | Instr::StrConcat { .. }
            | Instr::StrFromBytes { .. }
            | Instr::BytesFromStr { .. }
            | Instr::StrFromRunes { .. }
            | Instr::RunesFromStr { .. }
            | Instr::StrFromRune { .. }
    )
}

/// Allocating instructions that use a frame buffer when the result fits
/// (variable-size sites the escape analysis left in the frame).
fn is_frame_buf(i: &Instr) -> bool {
    matches!(
        i,
        Instr::MakeSliceBuf { .. }
            | Instr::StrConcatBuf { .. }
            | Instr::StrFromBytesBuf { .. }
            | Instr::BytesFromStrBuf { .. }
            | Instr::StrFromRunesBuf { .. }
            | Instr::RunesFromStrBuf { .. }
            | Instr::AppendBuf { .. }
            | Instr::AppendSliceBuf { .. }
    )
}

/// The whole module as text.
pub fn disasm(module: &Module) -> String {
    disasm_with(module, &[])
}

/// As `disasm`, with the code generator's per-function debug table.
pub fn disasm_with(module: &Module, debug: &[FuncDebug]) -> String {
    let mut s = String::new();
    for (i, f) in module.funcs.iter().enumerate() {
        let _ = writeln!(s, "func {} (f{}) {}:{}", f.name, i, f.file, f.decl_line);
        if let Some(n) = &f.native {
            let _ = writeln!(
                s,
                "  native {n}, params {} bytes, results {} bytes",
                f.params_size, f.results_size
            );
            s.push('\n');
            continue;
        }
        let _ = writeln!(
            s,
            "  frame {} bytes: params [0,{}) results [{},{}) locals [{},..)",
            f.frame_size,
            f.params_size,
            f.params_size,
            f.params_size + f.results_size,
            f.params_size + f.results_size
        );
        if let Some(d) = debug.get(i) {
            for sl in &d.slots {
                let _ = writeln!(
                    s,
                    "    r{:<5} {:<6} {:<10} {} ({} bytes, {})",
                    sl.off,
                    sl.role,
                    sl.name,
                    sl.typ,
                    sl.size,
                    if sl.heap { "heap cell" } else { "frame" }
                );
            }
        }
        let words: Vec<String> = f.stack_map.iter().map(|w| format!("r{}", w * 8)).collect();
        let _ = writeln!(s, "  stack map: [{}]", words.join(" "));
        if let Some(e) = f.epilogue_pc {
            let _ = writeln!(s, "  epilogue: {e}");
        }
        let mut li = 0;
        let mut line = 0;
        for (pc, ins) in f.code.iter().enumerate() {
            while li < f.lines.len() && f.lines[li].pc as usize <= pc {
                line = f.lines[li].line;
                li += 1;
            }
            let mark = if is_alloc(ins) {
                "  ; heap"
            } else if is_frame_buf(ins) {
                "  ; frame buffer if it fits, else heap"
            } else if matches!(
                ins,
                Instr::MakeIfaceFrame { .. }
                    | Instr::StrFromRuneBuf { .. }
                    | Instr::MakeMapFrame { .. }
                    | Instr::MakeSliceFrame { .. }
            ) {
                "  ; frame"
            } else {
                ""
            };
            let _ = writeln!(s, "  {pc:4} L{line:<4} {ins}{mark}");
        }
        s.push('\n');
    }
    if !module.types.is_empty() {
        let _ = writeln!(s, "types:");
        for (i, t) in module.types.iter().enumerate() {
            let ms: Vec<String> = t
                .methods
                .iter()
                .map(|m| format!("{}=f{}", m.name, m.func.0))
                .collect();
            let _ = writeln!(
                s,
                "  t{i} {} size={} ptrs={:?}{}",
                t.string,
                t.size,
                t.ptrs.iter().collect::<Vec<_>>(),
                if ms.is_empty() {
                    String::new()
                } else {
                    format!(" methods: {}", ms.join(" "))
                }
            );
        }
    }
    s
}
