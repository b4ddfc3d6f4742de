//! Frame-allocated objects: how the escape analysis' decisions become frame
//! slots.
//!
//! Design
//! ------
//! `crate::escape::Decisions::frame_sites` names the allocation sites whose
//! objects never outlive their function's frame (keyed by `NodeId`, see the
//! table below). For each such site the code generator reserves one frame
//! region, `frame_obj`, sized and aligned for the object, for the whole
//! life of the function: it never shares a slot with a temporary, so a
//! pointer to it stays valid however long the analysis lets it live. Every
//! evaluation of the site re-initialises the region (zeroes it or writes
//! every byte), so a site inside a loop yields a fresh value each
//! iteration -- the analysis only leaves a site in the frame when no object
//! of an earlier iteration is still reachable. The object's address is
//! `fp + off` (`Addr`), or the instruction that fills it takes the frame
//! offset directly.
//!
//! Invariants the collector and the stack mover rely on:
//! * the region's pointer words are in the stack map (they are allocated
//!   through `raw_slot`, which records them), so the GC scans the object
//!   and stack copying adjusts the pointers into the stack it holds;
//! * the VM zeroes those words on entry, so before the site first runs the
//!   region holds no stale pointers.
//!
//! Site keys (the contract with `crate::escape`):
//!
//! | site | key |
//! |---|---|
//! | `&T{...}` | the unary `&` expression |
//! | `T{...}` elided `&` inside an outer literal, `[]T{...}` | the composite literal |
//! | `new(T)`, `make(...)`, `[]byte(s)`, `[]rune(s)`, `string(b)`, `string(r)` | the call |
//! | func literal | the `FuncLit` expression |
//! | method value `x.M` | the selector expression |
//! | interface conversion | the operand (implicit), the conversion call (`any(x)`) |
//! | implicit `...` slice of a variadic call | the call |
//! | string concatenation `a + b + c` | the outermost binary expression |
//!
//! A `[]byte(s)` conversion that is never written through and does not
//! escape aliases the string's bytes (gc's zero-copy conversion): no buffer.
//!
//! Variable-size allocations that the analysis leaves in the frame (`make`
//! with a non-constant size, string concatenation and conversions) get a
//! 32-byte frame buffer, as gc gives them, used when the result fits;
//! otherwise the instruction allocates on the heap (`MakeSliceBuf`,
//! `StrConcatBuf`, `...Buf` conversions); a non-escaping `append` to a slice
//! without capacity uses such a buffer too (`AppendBuf`, gc's growsliceBuf:
//! the result's capacity is the buffer's).
//!
//! Variables: those not in `heap_vars` live in their frame slot even when
//! their address is taken (`&x` is `Addr`). Code reads and writes them only
//! through that slot, never through a copy kept across a statement, so
//! stores through pointers are always seen; the one optimisation that would
//! keep a copy (a range variable used as the loop counter) is disabled for
//! variables whose address is taken (`Gen::addr_taken`).

use super::func::FuncGen;
use super::rtypes::ptr_words;
use super::*;
use crate::bytecode::NONE_REG;
use crate::escape::Alloc;
use crate::syntax::token::Token;
use std::collections::HashSet;

pub use crate::bytecode::FRAME_BUF;

/// Largest frame array for a constant-size `make` (gc leaves at most 64 KiB
/// in the frame; beyond this sanity bound the heap is used whatever the
/// decision says).
const MAX_FRAME_ARRAY: u64 = 1 << 20;

/// Which object of a site a frame region holds (a site may need two).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Object,
    Buffer,
    /// The closure a `defer` statement pushes (keyed by the deferred call).
    Thunk,
    /// The box of an interface conversion (keyed by its operand, which may
    /// itself be a frame-allocated literal).
    Box,
}

impl<'g, 'a> FuncGen<'g, 'a> {
    /// Whether the escape analysis left the allocation at `site` in the frame.
    pub fn frame_site(&self, site: NodeId) -> bool {
        self.g.esc.site(site) == Alloc::Frame
    }

    /// The frame region of the object allocated at `site` (source position
    /// `pos`): `size` bytes with pointers at `pws`, fixed for the function's
    /// whole life. `what` describes it for the disassembler.
    #[allow(clippy::too_many_arguments)]
    pub fn frame_region(
        &mut self,
        site: NodeId,
        part: Part,
        size: u32,
        pws: Vec<u32>,
        pos: Pos,
        what: String,
    ) -> Reg {
        if let Some(&r) = self.frame_objs.get(&(site, part)) {
            return r;
        }
        let r = self.raw_slot(&(size.div_ceil(8).max(1) * 8, pws));
        self.frame_objs.insert((site, part), r);
        let line = self.g.inp.sources.line(pos);
        self.frame_dbg.push(disasm::SlotDebug {
            off: r.0,
            size,
            role: match part {
                Part::Object => "object",
                Part::Buffer => "buffer",
                Part::Thunk => "defer",
                Part::Box => "box",
            },
            name: format!("L{line}"),
            typ: what,
            heap: false,
        });
        r
    }

    /// `frame_region` for one value of type `t`.
    pub fn frame_obj(&mut self, site: NodeId, part: Part, t: TypeId, pos: Pos) -> Reg {
        let size = self.size(t);
        let pws = ptr_words(self.tt(), t);
        let what = self.g.type_string(t);
        self.frame_region(site, part, size, pws, pos, what)
    }

    /// A frame region for `n` consecutive values of `elem` (a backing array).
    pub fn frame_array(&mut self, site: NodeId, part: Part, elem: TypeId, n: u64, pos: Pos) -> Reg {
        let es = self.size(elem);
        let inner = ptr_words(self.tt(), elem);
        let mut pws = Vec::new();
        if es.is_multiple_of(8) {
            for i in 0..n as u32 {
                for &w in &inner {
                    pws.push(i * es / 8 + w);
                }
            }
        }
        let what = format!("[{n}]{}", self.g.type_string(elem));
        self.frame_region(site, part, (es as u64 * n) as u32, pws, pos, what)
    }

    /// dst = fp + obj (the address of a frame object).
    pub fn frame_addr(&mut self, dst: Reg, obj: Reg) {
        self.emit(Instr::Addr { dst, off: obj });
    }

    /// The buffer of a variable-size site: 32 pointer-free bytes (strings,
    /// `[]byte`) or, for a `make` of `elem`, as many elements as fit in 32
    /// bytes (typed, so its pointer words are described). Returns the
    /// region and its size in bytes (0: no element fits).
    pub fn frame_buf(&mut self, site: NodeId, elem: Option<TypeId>, pos: Pos) -> (Reg, u32) {
        match elem {
            None => (
                self.frame_region(
                    site,
                    Part::Buffer,
                    FRAME_BUF,
                    Vec::new(),
                    pos,
                    format!("[{FRAME_BUF}]byte"),
                ),
                FRAME_BUF,
            ),
            Some(el) => {
                let es = self.size(el);
                let n = crate::bytecode::frame_buf_elems(u64::from(es));
                if n == 0 {
                    return (NONE_REG, 0);
                }
                let r = self.frame_array(site, Part::Buffer, el, n, pos);
                (r, n as u32 * es)
            }
        }
    }

    /// Whether a site in the current code runs at most once per call of the
    /// function (no enclosing loop, no label a backward `goto` could reach).
    pub fn runs_once(&self) -> bool {
        !self.loops.iter().any(|l| l.is_loop) && self.labels.is_empty()
    }

    /// The allocation site of an operand `e` (its id, or its id without
    /// parentheses when that is the one the analysis named).
    pub fn site_of(&self, e: &Expr<'_>) -> Option<(NodeId, Pos)> {
        let u = e.unparen();
        if u.id != e.id && self.frame_site(u.id) {
            Some((u.id, u.pos))
        } else {
            Some((e.id, e.pos))
        }
    }

    /// dst = the address of a frame closure object of `fid` holding `caps`,
    /// laid out as `make_closure` lays out a heap one (word 0 the function).
    #[allow(clippy::too_many_arguments)]
    pub fn make_closure_frame(
        &mut self,
        site: NodeId,
        part: Part,
        fid: FuncId,
        caps: &[(Reg, TypeId)],
        dst: Reg,
        pos: Pos,
    ) {
        if caps.is_empty() {
            let off = self.g.static_closure(fid);
            self.emit(Instr::RodataAddr { dst, off });
            return;
        }
        let tt = self.tt();
        let mut off = 8u64;
        let mut fields = Vec::new();
        let mut pws = Vec::new();
        for &(_, t) in caps {
            let a = tt.align_of(t).max(1);
            off = off.div_ceil(a) * a;
            fields.push(off as u32);
            for w in ptr_words(tt, t) {
                pws.push((off / 8) as u32 + w);
            }
            off += tt.size_of(t);
        }
        let name = self.g.func_names[fid.0 as usize].clone();
        let obj = self.frame_region(site, part, off as u32, pws, pos, format!("closure {name}"));
        self.emit(Instr::ConstI64 {
            dst: obj,
            v: fid.0 as i64,
        });
        for (i, &(r, t)) in caps.iter().enumerate() {
            self.mov(Reg(obj.0 + fields[i]), r, t);
        }
        self.frame_addr(dst, obj);
    }

    /// `make([]el, l, c)` left in the frame: a frame array when the capacity
    /// is a constant, else gc's 32-byte buffer when the slice fits in it
    /// (the heap otherwise, decided at run time by `MakeSliceBuf`).
    pub fn make_slice_frame(
        &mut self,
        e: &Expr<'_>,
        args: &[&Expr<'_>],
        el: TypeId,
        dst: Reg,
        len: Reg,
        cap: Reg,
    ) {
        let es = self.size(el) as u64;
        let elem = self.g.rt(el);
        let const_cap = args
            .get(2)
            .or(args.get(1))
            .and_then(|x| self.tv(x))
            .and_then(|tv| tv.value.as_ref())
            .and_then(crate::types::constant::to_i64)
            .filter(|&n| n >= 0 && (n as u64).saturating_mul(es) <= MAX_FRAME_ARRAY);
        // A constant capacity gets a frame array of exactly that many
        // elements (the run-time cap always equals it); otherwise gc's
        // buffer, used when the slice fits.
        let (buf, exact) = match const_cap {
            Some(n) => (
                self.frame_array(e.id, Part::Object, el, n as u64, e.pos),
                true,
            ),
            None => (self.frame_buf(e.id, Some(el), e.pos).0, false),
        };
        if buf == NONE_REG {
            self.emit(Instr::MakeSlice {
                dst,
                elem,
                len,
                cap,
            });
        } else if exact {
            self.emit(Instr::MakeSliceFrame {
                dst,
                elem,
                len,
                cap,
                buf,
            });
        } else {
            self.emit(Instr::MakeSliceBuf {
                dst,
                elem,
                len,
                cap,
                buf,
            });
        }
    }

    /// `make(map[key]value, hint)` or a map literal left in the frame
    /// (`site`): `MakeMapFrame` into a region laid out by
    /// `bytecode::map_frame_layout` -- the header and an initial entry array
    /// and index for `MAP_FRAME_ENTRIES` entries (gc's frame `hmap` and first
    /// group). Its pointer words, header words 0-1 and the entries' key and
    /// value pointer words, go in the stack map.
    #[allow(clippy::too_many_arguments)]
    pub fn make_map_frame(
        &mut self,
        site: NodeId,
        pos: Pos,
        mt: TypeId,
        key: TypeId,
        value: TypeId,
        dst: Reg,
        hint: Reg,
    ) {
        use crate::bytecode::{map_entry_layout, map_frame_layout, MAP_ENTRY_KEY_OFF};
        let (ks, vs) = (self.size(key) as u64, self.size(value) as u64);
        let va = self.tt().align_of(value);
        let (val_off, esize) = map_entry_layout(ks, vs, va);
        if esize * crate::bytecode::MAP_FRAME_ENTRIES as u64 > MAX_FRAME_ARRAY {
            let typ = self.g.rt(mt);
            self.emit(Instr::MakeMap { dst, typ, hint });
            return;
        }
        let (val_off, esize) = (val_off as u32, esize as u32);
        let fl = map_frame_layout(esize);
        let (kp, vp) = (ptr_words(self.tt(), key), ptr_words(self.tt(), value));
        let mut pws = vec![0, 1];
        for i in 0..crate::bytecode::MAP_FRAME_ENTRIES {
            let e = (fl.entries + i * esize) / 8;
            pws.extend(kp.iter().map(|w| e + MAP_ENTRY_KEY_OFF / 8 + w));
            pws.extend(vp.iter().map(|w| e + val_off / 8 + w));
        }
        let what = format!("map header+8 entries {}", self.g.type_string(mt));
        let buf = self.frame_region(site, Part::Object, fl.size, pws, pos, what);
        let typ = self.g.rt(mt);
        self.emit(Instr::MakeMapFrame {
            dst,
            typ,
            hint,
            buf,
        });
    }

    /// The frame buffer of an `append` the analysis left in the frame (the
    /// new backing store gc's growsliceBuf puts in a 32-byte stack buffer
    /// when the slice had no capacity and the values fit), if an element
    /// fits in it.
    pub fn append_buf(&mut self, e: &Expr<'_>, elem: TypeId) -> Option<Reg> {
        if !self.frame_site(e.id) || self.size(elem) == 0 {
            return None;
        }
        let (buf, size) = self.frame_buf(e.id, Some(elem), e.pos);
        (size > 0).then_some(buf)
    }

    /// A slice header {fp + arr, n, n} in `dst`.
    pub fn frame_slice_header(&mut self, dst: Reg, arr: Reg, len: Reg, cap: Reg) {
        self.frame_addr(dst, arr);
        self.mov_n(Reg(dst.0 + 8), len, 8);
        self.mov_n(Reg(dst.0 + 16), cap, 8);
    }
}

// ---- whole-program walk: variables whose address is taken ----

/// Variables whose address is taken anywhere (`&x`, `&x.f`, `&x[i]` of an
/// array, pointer-method calls and method values on `x`, slicing an array
/// variable) or that a closure captures by reference.
pub(crate) fn addr_taken(inp: &Input<'_>, esc: &crate::escape::Decisions) -> HashSet<ObjId> {
    let mut w = AddrWalk {
        info: inp.info,
        objects: inp.objects,
        types: inp.types,
        out: HashSet::new(),
    };
    for p in &inp.packages {
        for f in &p.files {
            for d in f.decls.iter() {
                match d {
                    Decl::Func(fd) => {
                        if let Some(b) = fd.body {
                            for s in b.list.iter() {
                                visit_stmt(s, &mut |e| w.expr(e));
                            }
                        }
                    }
                    Decl::Gen(g) => {
                        for s in g.specs.iter() {
                            if let Spec::Value(vs) = s {
                                for v in vs.values.iter() {
                                    visit_expr(v, &mut |e| w.expr(e));
                                }
                            }
                        }
                    }
                    Decl::Bad(_) => {}
                }
            }
        }
    }
    for caps in esc.captures.values() {
        for c in caps {
            if c.by_ref {
                w.out.insert(c.var);
            }
        }
    }
    w.out
}

struct AddrWalk<'i> {
    info: &'i Info<'i>,
    objects: &'i [Object],
    types: &'i TypeTable,
    out: HashSet<ObjId>,
}

impl AddrWalk<'_> {
    fn root(&mut self, e: &Expr<'_>) {
        match &e.kind {
            ExprKind::Paren(x) => self.root(x),
            ExprKind::Ident(id) => {
                if let Some(o) = self.info.use_(id.id).or_else(|| self.info.def(id.id)) {
                    if matches!(
                        self.objects.get(o.0 as usize).map(|x| &x.kind),
                        Some(ObjKind::Var { .. })
                    ) {
                        self.out.insert(o);
                    }
                }
            }
            ExprKind::Selector { x, .. } => {
                if let Some(sel) = self.info.selections.get(&e.id) {
                    if sel.kind == SelectionKind::FieldVal && !sel.indirect {
                        self.root(x);
                    }
                }
            }
            ExprKind::Index { x, .. } => {
                if let Some(t) = self.info.type_of(x.id) {
                    if matches!(self.types.under_kind(t.typ), TypeKind::Array { .. }) {
                        self.root(x);
                    }
                }
            }
            _ => {}
        }
    }

    fn expr(&mut self, e: &Expr<'_>) {
        match &e.kind {
            ExprKind::Unary { op: Token::And, x } => self.root(x),
            ExprKind::Slice { x, .. } => {
                if let Some(t) = self.info.type_of(x.id) {
                    if matches!(self.types.under_kind(t.typ), TypeKind::Array { .. }) {
                        self.root(x);
                    }
                }
            }
            ExprKind::Selector { x, .. } => {
                let Some(sel) = self.info.selections.get(&e.id) else {
                    return;
                };
                if sel.kind != SelectionKind::MethodVal || sel.indirect {
                    return;
                }
                let ptr_recv = matches!(
                    self.objects.get(sel.obj.0 as usize).map(|o| &o.kind),
                    Some(ObjKind::Func { recv: Some(r), .. }) if self.types.is_pointer(*r)
                );
                let xt = self.info.type_of(x.id).map(|t| t.typ);
                if ptr_recv && xt.map(|t| !self.types.is_pointer(t)).unwrap_or(false) {
                    self.root(x);
                }
            }
            _ => {}
        }
    }
}

/// Calls `f` on every expression of `s`, nested function literals included.
pub fn visit_stmt<'a>(s: &'a Stmt<'a>, f: &mut dyn FnMut(&'a Expr<'a>)) {
    let opt = |s: Option<&'a Stmt<'a>>, f: &mut dyn FnMut(&'a Expr<'a>)| {
        if let Some(s) = s {
            visit_stmt(s, f);
        }
    };
    match &s.kind {
        StmtKind::Bad | StmtKind::Empty { .. } | StmtKind::Branch { .. } => {}
        StmtKind::Decl(g) => {
            for sp in g.specs.iter() {
                if let Spec::Value(vs) = sp {
                    for v in vs.values.iter() {
                        visit_expr(v, f);
                    }
                }
            }
        }
        StmtKind::Labeled { stmt, .. } => visit_stmt(stmt, f),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => visit_expr(e, f),
        StmtKind::Send { chan, value } => {
            visit_expr(chan, f);
            visit_expr(value, f);
        }
        StmtKind::IncDec { x, .. } => visit_expr(x, f),
        StmtKind::Assign { lhs, rhs, .. } => {
            for e in lhs.iter().chain(rhs.iter()) {
                visit_expr(e, f);
            }
        }
        StmtKind::Return { results } => {
            for e in results.iter() {
                visit_expr(e, f);
            }
        }
        StmtKind::Block(b) => {
            for s in b.list.iter() {
                visit_stmt(s, f);
            }
        }
        StmtKind::If {
            init,
            cond,
            body,
            els,
        } => {
            opt(*init, f);
            visit_expr(cond, f);
            for s in body.list.iter() {
                visit_stmt(s, f);
            }
            opt(*els, f);
        }
        StmtKind::Switch {
            init, tag, body, ..
        } => {
            opt(*init, f);
            if let Some(t) = tag {
                visit_expr(t, f);
            }
            for c in body.iter() {
                for e in c.list.iter() {
                    visit_expr(e, f);
                }
                for s in c.body.iter() {
                    visit_stmt(s, f);
                }
            }
        }
        StmtKind::TypeSwitch { init, x, body, .. } => {
            opt(*init, f);
            visit_expr(x, f);
            for c in body.iter() {
                for s in c.body.iter() {
                    visit_stmt(s, f);
                }
            }
        }
        StmtKind::Select { body } => {
            for c in body.iter() {
                opt(c.comm, f);
                for s in c.body.iter() {
                    visit_stmt(s, f);
                }
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            opt(*init, f);
            if let Some(c) = cond {
                visit_expr(c, f);
            }
            opt(*post, f);
            for s in body.list.iter() {
                visit_stmt(s, f);
            }
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            for e in [key, value].into_iter().flatten() {
                visit_expr(e, f);
            }
            visit_expr(x, f);
            for s in body.list.iter() {
                visit_stmt(s, f);
            }
        }
    }
}

/// Calls `f` on `e` and every expression inside it (function-literal bodies
/// included; type expressions are not entered).
pub fn visit_expr<'a>(e: &'a Expr<'a>, f: &mut dyn FnMut(&'a Expr<'a>)) {
    f(e);
    match &e.kind {
        ExprKind::Bad
        | ExprKind::Ident(_)
        | ExprKind::BasicLit(_)
        | ExprKind::Ellipsis(_)
        | ExprKind::ArrayType { .. }
        | ExprKind::StructType { .. }
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType { .. }
        | ExprKind::MapType { .. }
        | ExprKind::ChanType { .. } => {}
        ExprKind::FuncLit { body, .. } => {
            for s in body.list.iter() {
                visit_stmt(s, f);
            }
        }
        ExprKind::CompositeLit { elts, .. } => {
            for x in elts.iter() {
                visit_expr(x, f);
            }
        }
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary { x, .. } => visit_expr(x, f),
        ExprKind::Selector { x, .. } | ExprKind::TypeAssert { x, .. } => visit_expr(x, f),
        ExprKind::Index { x, indices, .. } => {
            visit_expr(x, f);
            for i in indices.iter() {
                visit_expr(i, f);
            }
        }
        ExprKind::Slice {
            x, low, high, max, ..
        } => {
            visit_expr(x, f);
            for y in [low, high, max].into_iter().flatten() {
                visit_expr(y, f);
            }
        }
        ExprKind::Call { fun, args, .. } => {
            visit_expr(fun, f);
            for a in args.iter() {
                visit_expr(a, f);
            }
        }
        ExprKind::Binary { x, y, .. } => {
            visit_expr(x, f);
            visit_expr(y, f);
        }
        ExprKind::KeyValue { key, value } => {
            visit_expr(key, f);
            visit_expr(value, f);
        }
    }
}
