//! Per-function state: frame slots, temporaries, jumps, lines; function
//! prologues/epilogues and synthesized wrappers.

use super::rtypes::{ptr_words, MethodEntry};
use super::*;
use std::collections::HashSet;

/// Placeholder call base for the measuring pass.
const MEASURE_BASE: u32 = 1 << 28;

/// Where a variable lives in this function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Home {
    /// In the frame at this slot.
    Frame(Reg),
    /// In a heap cell whose address is in this (pointer) slot.
    Cell(Reg),
    /// A package-level variable at this offset of the global area.
    Global(u32),
}

/// A call target of a synthesized thunk.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ThunkTarget {
    Static(FuncId),
    /// Through the func value held in the first capture.
    Closure,
    /// Method (name id) of the interface held in the first capture.
    Iface(u32),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum WrapKind {
    /// Method `entry` of type `recv` called through an interface: param 0
    /// is the interface data word.
    IfaceMethod { recv: TypeId, entry: MethodEntry },
    /// A closure whose context holds `caps`; calls `target` with the
    /// captured values (after the func value / interface, if any) followed
    /// by its own parameters, and returns the target's results.
    Thunk {
        name: String,
        target: ThunkTarget,
        caps: Vec<TypeId>,
        callee_params: Vec<TypeId>,
        callee_results: Vec<TypeId>,
        own_params: Vec<TypeId>,
        own_results: Vec<TypeId>,
        site: u32,
    },
    /// Method expression `I.M` on an interface type: param 0 is the
    /// interface value, then the method's parameters.
    IfaceMethodExpr {
        name: String,
        iface: TypeId,
        method: String,
        sig: TypeId,
    },
    /// A deferred builtin call (0 panic, 1 print, 2 println, 3 recover,
    /// 4 delete from a map of type `map`, 5 close, 6 copy and 7 clear of a
    /// value of type `map`) on captured arguments.
    BuiltinThunk {
        name: String,
        builtin: u8,
        caps: Vec<TypeId>,
        map: TypeId,
    },
    /// Method value `x.M` (same shape as a thunk, named `...-fm`).
    MethodValue {
        name: String,
        target: ThunkTarget,
        caps: Vec<TypeId>,
        callee_params: Vec<TypeId>,
        callee_results: Vec<TypeId>,
        own_params: Vec<TypeId>,
        own_results: Vec<TypeId>,
    },
}

pub type WrapKey = String;

impl WrapKind {
    pub fn key(&self) -> WrapKey {
        format!("{self:?}")
    }
}

/// Offsets of values of `types` laid out as parameters (each 8-aligned),
/// starting at `start`; returns the offsets and the end.
pub fn param_layout(tt: &TypeTable, types: &[TypeId], start: u32) -> (Vec<u32>, u32) {
    let mut off = start;
    let mut out = Vec::with_capacity(types.len());
    for &t in types {
        out.push(off);
        off += (tt.size_of(t) as u32).div_ceil(8) * 8;
    }
    (out, off)
}

pub type SlotKey = (u32, Vec<u32>);

pub struct LoopCtx {
    pub label: Option<String>,
    pub is_loop: bool,
    pub breaks: Vec<usize>,
    pub conts: Vec<usize>,
}

pub(crate) struct FuncGen<'g, 'a> {
    pub g: &'g mut Gen<'a>,
    pub pkg: PkgId,
    pub name: String,
    pub is_lit: bool,
    pub code: Vec<Instr>,
    pub lines: Vec<LineEntry>,
    pub cur_line: u32,
    pub top: u32,
    pub ptrs: HashSet<u32>,
    pub call_base: u32,
    pub call_need: u32,
    pub vars: HashMap<ObjId, Home>,
    temps: Vec<(Reg, SlotKey)>,
    free: HashMap<SlotKey, Vec<Reg>>,
    pub loops: Vec<LoopCtx>,
    pub labels: HashMap<String, u32>,
    pub label_fixups: Vec<(usize, String)>,
    pub results: Vec<(Reg, TypeId, Option<ObjId>)>,
    pub has_defer: bool,
    pub epilogue_fixups: Vec<usize>,
    pub params_size: u32,
    pub results_size: u32,
    pub ctx: Option<Reg>,
    pub fallthrough_fixups: Vec<usize>,
    /// Frame regions of allocation sites left in the frame (`frame.rs`).
    pub frame_objs: HashMap<(NodeId, super::frame::Part), Reg>,
    /// Their disassembler descriptions.
    pub frame_dbg: Vec<disasm::SlotDebug>,
}

impl<'g, 'a> FuncGen<'g, 'a> {
    fn new(g: &'g mut Gen<'a>, pkg: PkgId, name: String, call_base: u32) -> Self {
        FuncGen {
            g,
            pkg,
            name,
            is_lit: false,
            code: Vec::new(),
            lines: Vec::new(),
            cur_line: 0,
            top: 0,
            ptrs: HashSet::new(),
            call_base,
            call_need: 0,
            vars: HashMap::new(),
            temps: Vec::new(),
            free: HashMap::new(),
            loops: Vec::new(),
            labels: HashMap::new(),
            label_fixups: Vec::new(),
            results: Vec::new(),
            has_defer: false,
            epilogue_fixups: Vec::new(),
            params_size: 0,
            results_size: 0,
            ctx: None,
            fallthrough_fixups: Vec::new(),
            frame_objs: HashMap::new(),
            frame_dbg: Vec::new(),
        }
    }

    pub fn tt(&self) -> &'a TypeTable {
        self.g.inp.types
    }
    pub fn info(&self) -> &'a Info<'a> {
        self.g.inp.info
    }
    pub fn size(&self, t: TypeId) -> u32 {
        self.tt().size_of(t) as u32
    }

    // ---- frame slots ----

    fn key_of(&self, t: TypeId) -> SlotKey {
        let size = self.size(t).div_ceil(8).max(1) * 8;
        (size, ptr_words(self.tt(), t))
    }

    pub(crate) fn raw_slot(&mut self, key: &SlotKey) -> Reg {
        let off = self.top;
        self.top += key.0;
        for &w in &key.1 {
            self.ptrs.insert(off / 8 + w);
        }
        Reg(off)
    }

    /// A slot for the whole function (variables).
    pub fn alloc_local(&mut self, t: TypeId) -> Reg {
        let k = self.key_of(t);
        self.raw_slot(&k)
    }
    /// A pointer slot for the whole function.
    pub fn alloc_local_ptr(&mut self) -> Reg {
        self.raw_slot(&(8, vec![0]))
    }
    /// A temporary released at the end of the current statement.
    pub fn temp(&mut self, t: TypeId) -> Reg {
        let k = self.key_of(t);
        self.temp_key(k)
    }
    pub fn temp_key(&mut self, k: SlotKey) -> Reg {
        let r = match self.free.get_mut(&k).and_then(|v| v.pop()) {
            Some(r) => r,
            None => self.raw_slot(&k),
        };
        self.temps.push((r, k));
        r
    }
    pub fn temp_ptr(&mut self) -> Reg {
        self.temp_key((8, vec![0]))
    }
    pub fn temp_i64(&mut self) -> Reg {
        self.temp_key((8, vec![]))
    }
    /// A temporary region of `size` bytes with pointers at `ptr_words`.
    pub fn temp_region(&mut self, size: u32, ptr_words: Vec<u32>) -> Reg {
        self.temp_key((size.div_ceil(8).max(1) * 8, ptr_words))
    }
    pub fn temp_mark(&self) -> usize {
        self.temps.len()
    }
    pub fn temp_release(&mut self, mark: usize) {
        while self.temps.len() > mark {
            let (r, k) = self.temps.pop().unwrap();
            self.free.entry(k).or_default().push(r);
        }
    }
    pub fn in_call_area(&self, r: Reg) -> bool {
        r.0 >= self.call_base
    }

    // ---- code ----

    pub fn emit(&mut self, i: Instr) -> usize {
        self.code.push(i);
        self.code.len() - 1
    }
    pub fn here(&self) -> u32 {
        self.code.len() as u32
    }
    pub fn patch(&mut self, at: usize, target: u32) {
        let t = Target(target);
        match &mut self.code[at] {
            Instr::Jmp { target }
            | Instr::JmpBack { target }
            | Instr::JmpIf { target, .. }
            | Instr::JmpIfNot { target, .. }
            | Instr::JmpLtS64 { target, .. }
            | Instr::JmpLeS64 { target, .. }
            | Instr::JmpEqI64 { target, .. }
            | Instr::JmpNeI64 { target, .. }
            | Instr::JmpLtImm64 { target, .. }
            | Instr::JmpGeImm64 { target, .. } => *target = t,
            Instr::MapIterNext { done, .. } => *done = t,
            _ => {}
        }
    }
    pub fn patch_here(&mut self, fixups: &[usize]) {
        let h = self.here();
        for &f in fixups {
            self.patch(f, h);
        }
    }
    pub fn jmp_placeholder(&mut self) -> usize {
        self.emit(Instr::Jmp {
            target: Target(u32::MAX),
        })
    }
    pub fn jump_back(&mut self, to: u32) {
        self.emit(Instr::JmpBack { target: Target(to) });
    }

    pub fn set_line(&mut self, pos: Pos) {
        if !pos.is_valid() {
            return;
        }
        let line = self.g.inp.sources.line(pos);
        if line == self.cur_line || line == 0 {
            return;
        }
        self.cur_line = line;
        let pc = self.here();
        if let Some(l) = self.lines.last_mut() {
            if l.pc == pc {
                l.line = line;
                return;
            }
        }
        self.lines.push(LineEntry { pc, line });
    }

    pub fn note_call_area(&mut self, need: u32) {
        // At least one word, so a call's base lies inside the frame even
        // when the callee has no parameters or results.
        self.call_need = self.call_need.max(need).max(8);
    }

    pub fn err<T>(&self, pos: Pos, msg: impl Into<String>) -> CgResult<T> {
        Err(Error::new(pos, format!("codegen: {}", msg.into())))
    }

    // ---- moves ----

    pub fn mov(&mut self, dst: Reg, src: Reg, t: TypeId) {
        let n = self.size(t);
        self.mov_n(dst, src, n);
    }
    pub fn mov_n(&mut self, dst: Reg, src: Reg, n: u32) {
        if dst == src || n == 0 {
            return;
        }
        self.emit(match n {
            1 => Instr::Mov1 { dst, src },
            2 => Instr::Mov2 { dst, src },
            4 => Instr::Mov4 { dst, src },
            8 => Instr::Mov8 { dst, src },
            16 => Instr::Mov16 { dst, src },
            24 => Instr::Mov24 { dst, src },
            _ => Instr::MovN { dst, src, size: n },
        });
    }
    pub fn zero(&mut self, dst: Reg, t: TypeId) {
        let n = self.size(t);
        if n > 0 {
            self.emit(Instr::Zero { dst, size: n });
        }
    }
    pub fn load(&mut self, dst: Reg, ptr: Reg, off: i32, t: TypeId) {
        let n = self.size(t);
        if n == 0 {
            self.emit(Instr::CheckNil { ptr });
            return;
        }
        self.emit(match n {
            1 => Instr::Load1 { dst, ptr, off },
            2 => Instr::Load2 { dst, ptr, off },
            4 => Instr::Load4 { dst, ptr, off },
            8 => Instr::Load8 { dst, ptr, off },
            16 => Instr::Load16 { dst, ptr, off },
            24 => Instr::Load24 { dst, ptr, off },
            _ => Instr::LoadN {
                dst,
                ptr,
                off,
                size: n,
            },
        });
    }
    pub fn store(&mut self, ptr: Reg, off: i32, src: Reg, t: TypeId) {
        let n = self.size(t);
        let pw = ptr_words(self.tt(), t);
        if n == 0 {
            self.emit(Instr::CheckNil { ptr });
            return;
        }
        if pw.is_empty() {
            match n {
                1 => {
                    self.emit(Instr::Store1 { ptr, off, src });
                    return;
                }
                2 => {
                    self.emit(Instr::Store2 { ptr, off, src });
                    return;
                }
                4 => {
                    self.emit(Instr::Store4 { ptr, off, src });
                    return;
                }
                8 => {
                    self.emit(Instr::Store8 { ptr, off, src });
                    return;
                }
                _ => {}
            }
        } else if n == 8 {
            self.emit(Instr::StoreP { ptr, off, src });
            return;
        }
        let typ = self.g.rt(t);
        self.emit(Instr::StoreT { ptr, off, src, typ });
    }

    // ---- prologue ----

    /// Lays out params/results, gives each declared variable its home.
    /// `params`: (object if named, type). Returns param regs.
    pub fn setup_frame(
        &mut self,
        params: &[(Option<ObjId>, TypeId)],
        results: &[(Option<ObjId>, TypeId)],
    ) {
        let tt = self.tt();
        let ptys: Vec<TypeId> = params.iter().map(|p| p.1).collect();
        let rtys: Vec<TypeId> = results.iter().map(|p| p.1).collect();
        let (poffs, pend) = param_layout(tt, &ptys, 0);
        let (roffs, rend) = param_layout(tt, &rtys, pend);
        self.params_size = pend;
        self.results_size = rend - pend;
        self.top = rend;
        for (i, &t) in ptys.iter().enumerate() {
            for w in ptr_words(tt, t) {
                self.ptrs.insert(poffs[i] / 8 + w);
            }
        }
        for (i, &t) in rtys.iter().enumerate() {
            for w in ptr_words(tt, t) {
                self.ptrs.insert(roffs[i] / 8 + w);
            }
        }
        for (i, &(o, t)) in params.iter().enumerate() {
            let Some(o) = o else { continue };
            if self.g.esc.is_heap(o) {
                let cell = self.alloc_local_ptr();
                let rt = self.g.rt(t);
                self.emit(Instr::New { dst: cell, typ: rt });
                self.store(cell, 0, Reg(poffs[i]), t);
                self.vars.insert(o, Home::Cell(cell));
            } else {
                self.vars.insert(o, Home::Frame(Reg(poffs[i])));
            }
        }
        for (i, &(o, t)) in results.iter().enumerate() {
            let r = Reg(roffs[i]);
            self.results.push((r, t, o));
            match o {
                Some(o) if self.g.esc.is_heap(o) => {
                    let cell = self.alloc_local_ptr();
                    let rt = self.g.rt(t);
                    self.emit(Instr::New { dst: cell, typ: rt });
                    self.vars.insert(o, Home::Cell(cell));
                    if self.has_defer {
                        self.zero(r, t);
                    }
                }
                Some(o) => {
                    self.zero(r, t);
                    self.vars.insert(o, Home::Frame(r));
                }
                None => {
                    if self.has_defer {
                        self.zero(r, t);
                    }
                }
            }
        }
    }

    /// Copies heap-cell named results into their result slots.
    pub fn copy_cell_results(&mut self) {
        let rs = self.results.clone();
        for (r, t, o) in rs {
            if let Some(o) = o {
                if let Some(Home::Cell(c)) = self.vars.get(&o).copied() {
                    self.load(r, c, 0, t);
                }
            }
        }
    }

    /// The return sequence after results have been stored.
    pub fn emit_return(&mut self) {
        if self.has_defer {
            let j = self.jmp_placeholder();
            self.epilogue_fixups.push(j);
        } else {
            self.copy_cell_results();
            self.emit(Instr::Ret {});
        }
    }

    fn finish(
        mut self,
        decl_line: u32,
        file: String,
        wrapper_end: bool,
    ) -> CgResult<(Function, u32)> {
        let mut epilogue_pc = None;
        if !wrapper_end {
            if self.results.is_empty() {
                self.emit_return();
            } else if !self.has_defer {
                self.emit(Instr::Unreachable {});
            } else {
                // Falling off the end is impossible (missing return is a
                // compile error); a recovered panic resumes at the epilogue.
                self.emit(Instr::Unreachable {});
            }
        }
        if self.has_defer {
            let pc = self.here();
            epilogue_pc = Some(pc);
            let fx = std::mem::take(&mut self.epilogue_fixups);
            for f in fx {
                self.patch(f, pc);
            }
            self.emit(Instr::RunDefers {});
            self.copy_cell_results();
            self.emit(Instr::Ret {});
        }
        // Labels.
        let fx = std::mem::take(&mut self.label_fixups);
        for (at, name) in fx {
            let Some(&pc) = self.labels.get(&name) else {
                return self.err(Pos::NONE, format!("label {name} not defined"));
            };
            if (pc as usize) <= at {
                self.code[at] = Instr::JmpBack { target: Target(pc) };
            } else {
                self.patch(at, pc);
            }
        }
        super::opt::optimize(&mut self.code, &mut self.lines, &mut epilogue_pc);
        let locals_end = self.top.div_ceil(8) * 8;
        let frame_size = if self.call_need > 0 {
            self.call_base.max(locals_end) + self.call_need
        } else {
            locals_end
        };
        let nwords = locals_end / 8;
        let mut sm = PtrMap::new(nwords);
        for &w in &self.ptrs {
            if w < nwords {
                sm.set(w);
            }
        }
        let f = Function {
            name: self.name.clone(),
            file,
            code: std::mem::take(&mut self.code),
            params_size: self.params_size,
            results_size: self.results_size,
            frame_size,
            stack_map: sm,
            lines: std::mem::take(&mut self.lines),
            epilogue_pc,
            decl_line,
            native: None,
        };
        // Debug table for the disassembler: every variable's home.
        let mut slots = Vec::new();
        for (&o, &h) in &self.vars {
            let ob = self.g.obj(o);
            let (off, heap) = match h {
                Home::Frame(r) => (r.0, false),
                Home::Cell(r) => (r.0, true),
                Home::Global(_) => continue,
            };
            let role = if off < self.params_size {
                "param"
            } else if off < self.params_size + self.results_size {
                "result"
            } else {
                "local"
            };
            let size = if heap { 8 } else { self.size(ob.typ) };
            slots.push(disasm::SlotDebug {
                off,
                size,
                role,
                name: ob.name.clone(),
                typ: self.g.type_string(ob.typ),
                heap,
            });
        }
        slots.append(&mut self.frame_dbg);
        slots.sort_by(|a, b| (a.off, &a.name).cmp(&(b.off, &b.name)));
        self.g.last_debug = disasm::FuncDebug { slots };
        Ok((f, locals_end))
    }
}

fn file_of(g: &Gen<'_>, pos: Pos) -> String {
    match g.inp.sources.file_of(pos) {
        Some(f) => {
            let n = &f.display_name;
            if n.starts_with('/') || n.starts_with('$') {
                n.clone()
            } else if f.package == "main" {
                let cwd = std::env::current_dir()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                format!("{}/{}", cwd, n.trim_start_matches("./"))
            } else {
                format!("$GOROOT/src/{}/{}", f.package, n)
            }
        }
        None => "<autogenerated>".to_string(),
    }
}

/// Does the block (not counting nested function literals) contain `defer`?
pub fn block_has_defer(stmts: &[Stmt<'_>]) -> bool {
    stmts.iter().any(stmt_has_defer)
}

fn stmt_has_defer(s: &Stmt<'_>) -> bool {
    match &s.kind {
        StmtKind::Defer(_) => true,
        StmtKind::Labeled { stmt, .. } => stmt_has_defer(stmt),
        StmtKind::Block(b) => block_has_defer(b.list),
        StmtKind::If { body, els, .. } => {
            block_has_defer(body.list) || els.map(stmt_has_defer).unwrap_or(false)
        }
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            body.iter().any(|c| block_has_defer(c.body))
        }
        StmtKind::Select { body } => body.iter().any(|c| block_has_defer(c.body)),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => block_has_defer(body.list),
        _ => false,
    }
}

/// Generates one queued function (two passes: measure, then emit).
pub(crate) fn generate_job<'a>(g: &mut Gen<'a>, job: Job<'a>) -> CgResult<()> {
    let (fid, native) = match &job {
        Job::Decl { fid, decl, pkg } if decl.body.is_none() => (*fid, Some((*decl, *pkg))),
        Job::Decl { fid, .. }
        | Job::Lit { fid, .. }
        | Job::PkgInit { fid, .. }
        | Job::Wrapper { fid, .. } => (*fid, None),
    };
    if let Some((decl, _pkg)) = native {
        let f = native_function(g, fid, decl)?;
        g.funcs[fid.0 as usize] = Some(f);
        return Ok(());
    }
    let (_, end) = build(g, &job, MEASURE_BASE)?;
    let (f, end2) = build(g, &job, end)?;
    if end2 != end {
        return Err(Error::new(
            Pos::NONE,
            format!("internal error: frame of {} changed between passes", f.name),
        ));
    }
    g.funcs[fid.0 as usize] = Some(f);
    if g.debug.len() <= fid.0 as usize {
        g.debug
            .resize(fid.0 as usize + 1, disasm::FuncDebug::default());
    }
    g.debug[fid.0 as usize] = std::mem::take(&mut g.last_debug);
    Ok(())
}

#[allow(clippy::type_complexity)]
fn decl_signature(
    g: &Gen<'_>,
    decl: &FuncDecl<'_>,
) -> CgResult<(
    Vec<(Option<ObjId>, TypeId)>,
    Vec<(Option<ObjId>, TypeId)>,
    Option<TypeId>,
)> {
    let info = g.inp.info;
    let o = info
        .def(decl.name.id)
        .ok_or_else(|| Error::new(decl.name.pos, "codegen: function without object"))?;
    let obj = g.obj(o);
    let tt = g.tt();
    let sig = tt
        .signature(obj.typ)
        .ok_or_else(|| Error::new(decl.name.pos, "codegen: function without signature"))?
        .clone();
    let mut params = Vec::new();
    let mut recv_t = None;
    if let Some(r) = decl.recv {
        let rt = match &obj.kind {
            ObjKind::Func { recv: Some(r), .. } => *r,
            _ => sig.recv.unwrap_or(well_known::INVALID),
        };
        recv_t = Some(rt);
        let name = r
            .list
            .first()
            .and_then(|f| f.names.first())
            .and_then(|n| info.def(n.id));
        params.push((name, rt));
    }
    let mut names = Vec::new();
    for f in decl.typ.params.list.iter() {
        if f.names.is_empty() {
            names.push(None);
        }
        for n in f.names.iter() {
            names.push(info.def(n.id));
        }
    }
    for (i, &t) in sig.params.iter().enumerate() {
        params.push((names.get(i).copied().flatten(), t));
    }
    let mut rnames = Vec::new();
    if let Some(rl) = decl.typ.results {
        for f in rl.list.iter() {
            if f.names.is_empty() {
                rnames.push(None);
            }
            for n in f.names.iter() {
                rnames.push(info.def(n.id));
            }
        }
    }
    let results = sig
        .results
        .iter()
        .enumerate()
        .map(|(i, &t)| (rnames.get(i).copied().flatten(), t))
        .collect();
    Ok((params, results, recv_t))
}

fn native_function(g: &mut Gen<'_>, fid: FuncId, decl: &FuncDecl<'_>) -> CgResult<Function> {
    let (params, results, _) = decl_signature(g, decl)?;
    let tt = g.tt();
    let ptys: Vec<TypeId> = params.iter().map(|p| p.1).collect();
    let rtys: Vec<TypeId> = results.iter().map(|p| p.1).collect();
    let (poffs, pend) = param_layout(tt, &ptys, 0);
    let (roffs, rend) = param_layout(tt, &rtys, pend);
    let mut sm = PtrMap::new(rend / 8);
    for (i, &t) in ptys.iter().enumerate() {
        for w in ptr_words(tt, t) {
            sm.set(poffs[i] / 8 + w);
        }
    }
    for (i, &t) in rtys.iter().enumerate() {
        for w in ptr_words(tt, t) {
            sm.set(roffs[i] / 8 + w);
        }
    }
    // Make sure every type a native may need to describe exists.
    for &t in ptys.iter().chain(rtys.iter()) {
        g.rt(t);
    }
    let name = g.func_names[fid.0 as usize].clone();
    Ok(Function {
        name: name.clone(),
        file: file_of(g, decl.name.pos),
        code: Vec::new(),
        params_size: pend,
        results_size: rend - pend,
        frame_size: rend,
        stack_map: sm,
        lines: Vec::new(),
        epilogue_pc: None,
        decl_line: g.inp.sources.line(decl.name.pos),
        native: Some(name),
    })
}

fn build<'a>(g: &mut Gen<'a>, job: &Job<'a>, call_base: u32) -> CgResult<(Function, u32)> {
    match job {
        Job::Decl { fid, decl, pkg } => {
            let name = g.func_names[fid.0 as usize].clone();
            let (params, results, _) = decl_signature(g, decl)?;
            let body = decl.body.expect("natives handled by the caller");
            let file = file_of(g, decl.name.pos);
            let line = g.inp.sources.line(decl.name.pos);
            let mut f = FuncGen::new(g, *pkg, name, call_base);
            f.has_defer = block_has_defer(body.list);
            f.set_line(decl.name.pos);
            f.setup_frame(&params, &results);
            f.block(body)?;
            f.set_line(body.rbrace);
            f.finish(line, file, false)
        }
        Job::Lit { fid, lit, pkg } => {
            let ExprKind::FuncLit { typ, body } = &lit.kind else {
                return Err(Error::new(lit.pos, "codegen: not a function literal"));
            };
            let name = g.func_names[fid.0 as usize].clone();
            let info = g.inp.info;
            let tt = g.tt();
            let ft = info
                .type_of(lit.id)
                .map(|t| t.typ)
                .unwrap_or(well_known::INVALID);
            let sig = tt
                .signature(ft)
                .ok_or_else(|| Error::new(lit.pos, "codegen: literal without signature"))?
                .clone();
            let mut names = Vec::new();
            for f in typ.params.list.iter() {
                if f.names.is_empty() {
                    names.push(None);
                }
                for n in f.names.iter() {
                    names.push(info.def(n.id));
                }
            }
            let params: Vec<_> = sig
                .params
                .iter()
                .enumerate()
                .map(|(i, &t)| (names.get(i).copied().flatten(), t))
                .collect();
            let mut rnames = Vec::new();
            if let Some(rl) = typ.results {
                for f in rl.list.iter() {
                    if f.names.is_empty() {
                        rnames.push(None);
                    }
                    for n in f.names.iter() {
                        rnames.push(info.def(n.id));
                    }
                }
            }
            let results: Vec<_> = sig
                .results
                .iter()
                .enumerate()
                .map(|(i, &t)| (rnames.get(i).copied().flatten(), t))
                .collect();
            let caps = g.esc.captures_of(lit.id).to_vec();
            let file = file_of(g, lit.pos);
            let line = g.inp.sources.line(lit.pos);
            let mut f = FuncGen::new(g, *pkg, name, call_base);
            f.is_lit = true;
            f.has_defer = block_has_defer(body.list);
            f.set_line(lit.pos);
            f.setup_frame(&params, &results);
            if !caps.is_empty() {
                let ctx = f.alloc_local_ptr();
                f.emit(Instr::LoadCtx { dst: ctx });
                f.ctx = Some(ctx);
                let layout = f.capture_layout(&caps);
                for (c, (off, t)) in caps.iter().zip(layout.1.iter()) {
                    if c.by_ref {
                        let slot = f.alloc_local_ptr();
                        f.emit(Instr::Load8 {
                            dst: slot,
                            ptr: ctx,
                            off: *off as i32,
                        });
                        f.vars.insert(c.var, Home::Cell(slot));
                    } else {
                        let slot = f.alloc_local(*t);
                        f.load(slot, ctx, *off as i32, *t);
                        f.vars.insert(c.var, Home::Frame(slot));
                    }
                }
            }
            f.block(body)?;
            f.set_line(body.rbrace);
            f.finish(line, file, false)
        }
        Job::PkgInit { fid, pkg } => {
            let name = g.func_names[fid.0 as usize].clone();
            let p = &g.inp.packages[*pkg];
            let pid = p.id;
            let pos = p.files.first().map(|f| f.package_pos).unwrap_or(Pos::NONE);
            let file = file_of(g, pos);
            let user_inits = g.pkg_user_inits.get(*pkg).cloned().unwrap_or_default();
            let inits: Vec<Initializer> = g
                .inp
                .info
                .init_order
                .iter()
                .filter(|i| {
                    i.lhs
                        .first()
                        .map(|&o| g.obj(o).pkg == Some(pid))
                        .unwrap_or(false)
                })
                .cloned()
                .collect();
            let mut f = FuncGen::new(g, pid, name, call_base);
            f.setup_frame(&[], &[]);
            for ini in &inits {
                f.package_var_init(ini)?;
            }
            for u in user_inits {
                f.emit_call(call::Callee::Static(u), &[], &[], &[], pos)?;
            }
            f.finish(0, file, false)
        }
        Job::Wrapper { fid, kind } => {
            let name = g.func_names[fid.0 as usize].clone();
            let mut f = FuncGen::new(g, PkgId(0), name, call_base);
            f.wrapper_body(kind)?;
            f.finish(0, "<autogenerated>".to_string(), true)
        }
    }
}

impl<'g, 'a> FuncGen<'g, 'a> {
    /// Offsets (from the closure object's start) and stored types of captures.
    pub fn capture_layout(&self, caps: &[crate::escape::Capture]) -> (u64, Vec<(u64, TypeId)>) {
        let tt = self.tt();
        let mut off = 8u64;
        let mut out = Vec::new();
        for c in caps {
            let t = if c.by_ref {
                well_known::UNSAFE_POINTER
            } else {
                self.g.obj(c.var).typ
            };
            let a = tt.align_of(t).max(1);
            off = off.div_ceil(a) * a;
            out.push((off, t));
            off += tt.size_of(t);
        }
        (off.div_ceil(8) * 8, out)
    }

    fn wrapper_body(&mut self, kind: &WrapKind) -> CgResult<()> {
        match kind {
            WrapKind::IfaceMethod { recv, entry } => {
                let tt = self.tt();
                let mtype = self.method_sig(entry)?;
                let mut params: Vec<(Option<ObjId>, TypeId)> =
                    vec![(None, well_known::UNSAFE_POINTER)];
                params.extend(mtype.params.iter().map(|&t| (None, t)));
                let results: Vec<(Option<ObjId>, TypeId)> =
                    mtype.results.iter().map(|&t| (None, t)).collect();
                self.setup_frame(&params, &results);
                // The receiver's place.
                let data = Reg(0);
                let (mut place, mut pt) = if tt.is_pointer(*recv) {
                    (expr::Place::Mem(data, 0), tt.deref(*recv).unwrap())
                } else if rtypes::pointer_shaped(tt, *recv) {
                    (expr::Place::Frame(data), *recv)
                } else {
                    (expr::Place::Mem(data, 0), *recv)
                };
                for &i in &entry.path {
                    let (p2, t2) = self.field_place(place, pt, i, Pos::NONE)?;
                    place = p2;
                    pt = t2;
                    if let Some(b) = tt.deref(pt) {
                        if tt.is_named(b) || !tt.is_pointer(b) {
                            // Embedded pointer: follow it.
                            let r = self.load_place(place, pt, None);
                            place = expr::Place::Mem(r, 0);
                            pt = b;
                        }
                    }
                }
                let (ptys, _) = (params.iter().skip(1).map(|p| p.1).collect::<Vec<_>>(), ());
                let (own_offs, _) =
                    param_layout(tt, &params.iter().map(|p| p.1).collect::<Vec<_>>(), 0);
                let mut args: Vec<(Reg, TypeId)> = Vec::new();
                let target;
                let mut callee_params = Vec::new();
                if let Some(it) = entry.iface {
                    let iv = self.load_place(place, pt, None);
                    let msig = self
                        .tt()
                        .interface_methods(it)
                        .and_then(|v| v.iter().find(|x| x.name == entry.name))
                        .map(|x| x.sig)
                        .unwrap_or(well_known::INVALID);
                    let mid = self.g.method_key(&entry.name, msig);
                    target = call::Callee::Iface {
                        iface: iv,
                        method: mid,
                    };
                    let _ = it;
                } else {
                    let m = entry.func.unwrap();
                    let fid = self.g.func_id(m, Pos::NONE)?;
                    let rt = match &self.g.obj(m).kind {
                        ObjKind::Func { recv: Some(r), .. } => *r,
                        _ => pt,
                    };
                    let rv = if entry.recv_ptr {
                        self.addr_of_place(place)
                    } else {
                        self.load_place(place, pt, None)
                    };
                    args.push((rv, rt));
                    callee_params.push(rt);
                    target = call::Callee::Static(fid);
                }
                for (i, &t) in ptys.iter().enumerate() {
                    args.push((Reg(own_offs[i + 1]), t));
                    callee_params.push(t);
                }
                let res =
                    self.emit_call(target, &args, &callee_params, &mtype.results, Pos::NONE)?;
                let rs = self.results.clone();
                for (i, (r, t, _)) in rs.iter().enumerate() {
                    self.mov(*r, res[i], *t);
                }
                self.emit(Instr::Ret {});
                Ok(())
            }
            WrapKind::BuiltinThunk {
                builtin, caps, map, ..
            } => {
                let tt = self.tt();
                self.setup_frame(&[], &[]);
                let ctx = self.alloc_local_ptr();
                self.emit(Instr::LoadCtx { dst: ctx });
                let mut off = 8u64;
                let mut vals = Vec::new();
                for &t in caps {
                    let a = tt.align_of(t).max(1);
                    off = off.div_ceil(a) * a;
                    let r = self.temp(t);
                    self.load(r, ctx, off as i32, t);
                    vals.push((r, t));
                    off += tt.size_of(t);
                }
                match builtin {
                    0 => {
                        self.emit(Instr::Panic { val: vals[0].0 });
                    }
                    1 | 2 => {
                        for (i, &(r, t)) in vals.iter().enumerate() {
                            if i > 0 && *builtin == 2 {
                                self.emit(Instr::PrintSp {});
                            }
                            let rt = self.g.rt(t);
                            self.emit(Instr::PrintVal { src: r, typ: rt });
                        }
                        if *builtin == 2 {
                            self.emit(Instr::PrintNl {});
                        }
                    }
                    3 => {
                        let it = self.iface_any()?;
                        let r = self.temp(it);
                        self.emit(Instr::Recover { dst: r });
                    }
                    4 => {
                        let rt = self.g.rt(*map);
                        self.emit(Instr::MapDelete {
                            m: vals[0].0,
                            key: vals[1].0,
                            typ: rt,
                        });
                    }
                    5 => {
                        self.emit(Instr::ChanClose { ch: vals[0].0 });
                    }
                    6 => {
                        let elem = match tt.under_kind(*map) {
                            TypeKind::Slice(el) => *el,
                            _ => well_known::UINT8,
                        };
                        let ert = self.g.rt(elem);
                        let n = self.temp_i64();
                        self.emit(Instr::Copy {
                            dst: n,
                            a: vals[0].0,
                            b: vals[1].0,
                            elem: ert,
                        });
                    }
                    _ => match tt.under_kind(*map).clone() {
                        TypeKind::Map { .. } => {
                            let rt = self.g.rt(*map);
                            self.emit(Instr::MapClear {
                                m: vals[0].0,
                                typ: rt,
                            });
                        }
                        TypeKind::Slice(el) => {
                            let rt = self.g.rt(el);
                            self.emit(Instr::ClearSlice {
                                s: vals[0].0,
                                elem: rt,
                            });
                        }
                        _ => {}
                    },
                }
                self.emit(Instr::Ret {});
                Ok(())
            }
            WrapKind::IfaceMethodExpr {
                iface, method, sig, ..
            } => {
                let tt = self.tt();
                let sg = tt
                    .signature(*sig)
                    .cloned()
                    .ok_or_else(|| Error::new(Pos::NONE, "codegen: method without signature"))?;
                let mut params: Vec<(Option<ObjId>, TypeId)> = vec![(None, *iface)];
                params.extend(sg.params.iter().map(|&t| (None, t)));
                let results: Vec<(Option<ObjId>, TypeId)> =
                    sg.results.iter().map(|&t| (None, t)).collect();
                self.setup_frame(&params, &results);
                let (offs, _) =
                    param_layout(tt, &params.iter().map(|p| p.1).collect::<Vec<_>>(), 0);
                let mid = self.g.method_key(method, *sig);
                let args: Vec<(Reg, TypeId)> = sg
                    .params
                    .iter()
                    .enumerate()
                    .map(|(i, &t)| (Reg(offs[i + 1]), t))
                    .collect();
                let res = self.emit_call(
                    call::Callee::Iface {
                        iface: Reg(0),
                        method: mid,
                    },
                    &args,
                    &sg.params,
                    &sg.results,
                    Pos::NONE,
                )?;
                let rs = self.results.clone();
                for (i, (r, t, _)) in rs.iter().enumerate() {
                    self.mov(*r, res[i], *t);
                }
                self.emit(Instr::Ret {});
                Ok(())
            }
            WrapKind::Thunk {
                target,
                caps,
                callee_params,
                callee_results,
                own_params,
                own_results,
                ..
            }
            | WrapKind::MethodValue {
                target,
                caps,
                callee_params,
                callee_results,
                own_params,
                own_results,
                ..
            } => {
                let tt = self.tt();
                let params: Vec<(Option<ObjId>, TypeId)> =
                    own_params.iter().map(|&t| (None, t)).collect();
                let results: Vec<(Option<ObjId>, TypeId)> =
                    own_results.iter().map(|&t| (None, t)).collect();
                self.setup_frame(&params, &results);
                let (own_offs, _) = param_layout(tt, own_params, 0);
                let ctx = self.alloc_local_ptr();
                self.emit(Instr::LoadCtx { dst: ctx });
                let mut off = 8u64;
                let mut vals = Vec::new();
                for &t in caps {
                    let a = tt.align_of(t).max(1);
                    off = off.div_ceil(a) * a;
                    let r = self.temp(t);
                    self.load(r, ctx, off as i32, t);
                    vals.push((r, t));
                    off += tt.size_of(t);
                }
                let mut it = vals.into_iter();
                let callee = match target {
                    ThunkTarget::Static(f) => call::Callee::Static(*f),
                    ThunkTarget::Closure => call::Callee::Closure(it.next().unwrap().0),
                    ThunkTarget::Iface(m) => call::Callee::Iface {
                        iface: it.next().unwrap().0,
                        method: *m,
                    },
                };
                let mut args: Vec<(Reg, TypeId)> = it.collect();
                for (i, &t) in own_params.iter().enumerate() {
                    args.push((Reg(own_offs[i]), t));
                }
                let res =
                    self.emit_call(callee, &args, callee_params, callee_results, Pos::NONE)?;
                let rs = self.results.clone();
                for (i, (r, t, _)) in rs.iter().enumerate() {
                    if let Some(&src) = res.get(i) {
                        self.mov(*r, src, *t);
                    }
                }
                self.emit(Instr::Ret {});
                Ok(())
            }
        }
    }

    pub fn method_sig(&self, entry: &MethodEntry) -> CgResult<Signature> {
        let tt = self.tt();
        if let Some(m) = entry.func {
            return tt
                .signature(self.g.obj(m).typ)
                .cloned()
                .ok_or_else(|| Error::new(Pos::NONE, "codegen: method without signature"));
        }
        let it = entry.iface.unwrap();
        let ms = tt.interface_methods(it).unwrap_or(&[]);
        let m = ms
            .iter()
            .find(|m| m.name == entry.name)
            .ok_or_else(|| Error::new(Pos::NONE, "codegen: interface method missing"))?;
        tt.signature(m.sig)
            .cloned()
            .ok_or_else(|| Error::new(Pos::NONE, "codegen: method without signature"))
    }

    /// A package-level variable initialiser.
    fn package_var_init(&mut self, ini: &Initializer) -> CgResult<()> {
        let Some(e) = self.find_expr(ini.rhs) else {
            return self.err(Pos::NONE, "initializer expression not found");
        };
        let mark = self.temp_mark();
        self.set_line(e.pos);
        if ini.lhs.len() == 1 {
            let o = ini.lhs[0];
            let t = self.g.obj(o).typ;
            let v = self.expr_to(e, t, None)?;
            if let Some(&off) = self.g.globals.get(&o) {
                let p = self.temp_ptr();
                self.emit(Instr::GlobalAddr { dst: p, off });
                self.store(p, 0, v, t);
            }
        } else {
            let vals = self.multi_value(e, ini.lhs.len())?;
            for (i, &o) in ini.lhs.iter().enumerate() {
                let t = self.g.obj(o).typ;
                let (r, vt) = vals[i];
                let v = self.convert(r, vt, t, None)?;
                if let Some(&off) = self.g.globals.get(&o) {
                    let p = self.temp_ptr();
                    self.emit(Instr::GlobalAddr { dst: p, off });
                    self.store(p, 0, v, t);
                }
            }
        }
        self.temp_release(mark);
        Ok(())
    }

    /// Finds the expression with node id `id` among package-level value specs.
    fn find_expr(&self, id: NodeId) -> Option<&'a Expr<'a>> {
        for p in &self.g.inp.packages {
            if p.id != self.pkg {
                continue;
            }
            for f in &p.files {
                for d in f.decls.iter() {
                    if let Decl::Gen(gd) = d {
                        for s in gd.specs.iter() {
                            if let Spec::Value(vs) = s {
                                for v in vs.values.iter() {
                                    if v.id == id {
                                        return Some(v);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        None
    }
}
