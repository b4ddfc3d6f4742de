//! Channels and `select`.
//!
//! Design
//! ------
//! A channel value is one pointer word (the heap channel object of
//! vm/src/chan.rs, nil = 0), so everything that only moves or compares
//! channel values -- assignment, conversion between directional channel
//! types, `==`, map keys, interface boxing -- is the code every other
//! pointer-shaped value gets. This file holds what is specific to channels:
//!
//! * `ch <- v`: the channel, then the value converted to the element type
//!   (an interface element boxes it), then `ChanSend` naming the frame slot
//!   that holds the value.
//! * `<-ch` anywhere an expression may be: `ChanRecv` straight into the
//!   destination; `v, ok := <-ch` wants the `ok` operand; a receive
//!   statement discards the value (`NONE_REG`).
//! * `for v := range ch`: `ChanRecv` with `ok` at the loop head, leaving the
//!   loop when `!ok`; the back-edge is the usual `JmpBack` safepoint, and
//!   the iteration variable is declared afresh every iteration (Go 1.22).
//! * `select`: as the spec orders it, every case's channel operand and send
//!   value is evaluated once, in source order, into a frame array of case
//!   records (`SELECT_CASE_SIZE` bytes: the channel pointer, a pointer word
//!   of the stack map; the kind and the frame offset of the send value or of
//!   the receive destination, a temporary of the element type). One `Select`
//!   picks a case; its index (or -1 for `default`) dispatches to the clause
//!   bodies, where the receive's left-hand side is evaluated and assigned
//!   only then, as the spec says. A select with one case and no default is a
//!   plain send or receive, as gc compiles it (a deadlock report then names
//!   the wait `chan send` / `chan receive`, as Go's does); `select {}` is a
//!   `Select` of no case that blocks forever.
//!
//! Invariants: a blocking instruction parks the goroutine, and a parked
//! goroutine's stack may be scanned or moved, so (as for calls) every
//! operand of a channel instruction lives in a described frame slot, never
//! in the outgoing call area; `has_call` counts a receive as a call, so
//! arguments of a call that receive are computed into temporaries first
//! (gc also hoists a receive out of its expression).

use super::func::FuncGen;
use super::*;
use crate::syntax::token::Token;

/// A communication clause of a `select`, classified.
enum Comm<'a> {
    Send {
        chan: &'a Expr<'a>,
        value: &'a Expr<'a>,
        /// The send statement's position (a one-case select's line).
        pos: Pos,
    },
    Recv {
        /// The receive expression `<-x`.
        recv: &'a Expr<'a>,
        /// The channel operand `x`.
        chan: &'a Expr<'a>,
        lhs: &'a [&'a Expr<'a>],
        define: bool,
    },
}

impl<'g, 'a> FuncGen<'g, 'a> {
    /// The element type of channel type `t`.
    pub fn chan_elem(&self, t: TypeId, pos: Pos) -> CgResult<TypeId> {
        match self.tt().under_kind(t) {
            TypeKind::Chan { elem, .. } => Ok(*elem),
            _ => self.err(pos, "channel operation on a non-channel"),
        }
    }

    /// `r` itself, or a copy in a temporary if it lies in the outgoing call
    /// area (which the stack map does not describe while we are parked).
    pub fn out_of_call_area(&mut self, r: Reg, t: TypeId) -> Reg {
        if self.in_call_area(r) {
            let tmp = self.temp(t);
            self.mov(tmp, r, t);
            tmp
        } else {
            r
        }
    }

    /// Evaluates a channel operand into a described frame slot.
    fn chan_operand(&mut self, x: &'a Expr<'a>) -> CgResult<(Reg, TypeId)> {
        let ct = self.ty(x);
        let elem = self.chan_elem(ct, x.pos)?;
        let r = self.expr(x, None)?;
        Ok((self.out_of_call_area(r, ct), elem))
    }

    /// `<-x` as a value (`recv` is the unary expression); into `dst` if
    /// given. `discard`: the value is not wanted (a receive statement).
    pub fn recv_value(
        &mut self,
        recv: &'a Expr<'a>,
        x: &'a Expr<'a>,
        dst: Option<Reg>,
        discard: bool,
    ) -> CgResult<Reg> {
        let (ch, elem) = self.chan_operand(x)?;
        let d = if discard {
            NONE_REG
        } else {
            match dst {
                Some(d) if !self.in_call_area(d) => d,
                _ => self.temp(elem),
            }
        };
        self.set_line(recv.pos);
        self.emit(Instr::ChanRecv {
            dst: d,
            ch,
            ok: NONE_REG,
        });
        match dst {
            Some(dd) if dd != d && !discard => {
                self.mov(dd, d, elem);
                Ok(dd)
            }
            _ => Ok(d),
        }
    }

    /// `v, ok := <-x`: the value and the ok flag in temporaries.
    pub fn recv_ok(&mut self, recv: &'a Expr<'a>, x: &'a Expr<'a>) -> CgResult<Vec<(Reg, TypeId)>> {
        let (ch, elem) = self.chan_operand(x)?;
        let v = self.temp(elem);
        let ok = self.temp(well_known::BOOL);
        self.set_line(recv.pos);
        self.emit(Instr::ChanRecv { dst: v, ch, ok });
        Ok(vec![(v, elem), (ok, well_known::BOOL)])
    }

    /// The send statement `chan <- value`.
    pub fn send_stmt(&mut self, chan: &'a Expr<'a>, value: &'a Expr<'a>, pos: Pos) -> CgResult<()> {
        let ct = self.ty(chan);
        let elem = self.chan_elem(ct, chan.pos)?;
        // A variable operand is read in its slot after the value's calls,
        // in gc's order; only the call area must be left before them.
        let ch = self.expr(chan, None)?;
        let ch = self.out_of_call_area(ch, ct);
        let v = self.expr_to(value, elem, None)?;
        let v = self.out_of_call_area(v, elem);
        self.set_line(pos);
        self.emit(Instr::ChanSend { ch, src: v });
        Ok(())
    }

    /// `for v := range ch` / `for range ch` (`key` is the element variable).
    pub fn range_chan(
        &mut self,
        key: Option<&'a Expr<'a>>,
        define: bool,
        x: &'a Expr<'a>,
        body: &'a BlockStmt<'a>,
        label: Option<String>,
        pos: Pos,
    ) -> CgResult<()> {
        let ct = self.ty(x);
        let elem = self.chan_elem(ct, x.pos)?;
        // The range expression is evaluated once.
        let v = self.expr(x, None)?;
        let ch = self.temp(ct);
        self.mov(ch, v, ct);
        let val = if Self::is_blank_or_none(key) {
            NONE_REG
        } else {
            self.temp(elem)
        };
        let ok = self.temp(well_known::BOOL);
        let top = self.here();
        self.set_line(pos);
        self.emit(Instr::ChanRecv { dst: val, ch, ok });
        let exit = self.emit(Instr::JmpIfNot {
            cond: ok,
            target: Target(u32::MAX),
        });
        if val != NONE_REG {
            self.range_bind(key, define, val, elem)?;
        }
        self.loop_body(body, label, top, |_| Ok(()), &[exit])
    }

    fn comm_of(&self, s: &'a Stmt<'a>) -> CgResult<Comm<'a>> {
        let recv_parts = |e: &'a Expr<'a>| -> Option<(&'a Expr<'a>, &'a Expr<'a>)> {
            let u = e.unparen();
            match &u.kind {
                ExprKind::Unary {
                    op: Token::Arrow,
                    x,
                } => Some((u, *x)),
                _ => None,
            }
        };
        match &s.kind {
            StmtKind::Send { chan, value } => Ok(Comm::Send {
                chan,
                value,
                pos: s.pos,
            }),
            StmtKind::Expr(e) => match recv_parts(e) {
                Some((recv, chan)) => Ok(Comm::Recv {
                    recv,
                    chan,
                    lhs: &[],
                    define: false,
                }),
                None => self.err(s.pos, "select case must be receive, send or assign recv"),
            },
            StmtKind::Assign { lhs, tok, rhs, .. } if rhs.len() == 1 && lhs.len() <= 2 => {
                match recv_parts(rhs[0]) {
                    Some((recv, chan)) => Ok(Comm::Recv {
                        recv,
                        chan,
                        lhs,
                        define: *tok == Token::Define,
                    }),
                    None => self.err(s.pos, "select case must be receive, send or assign recv"),
                }
            }
            _ => self.err(s.pos, "select case must be receive, send or assign recv"),
        }
    }

    fn is_blank(e: &Expr<'_>) -> bool {
        matches!(&e.unparen().kind, ExprKind::Ident(id) if id.is_blank())
    }

    /// Assigns a received value (and ok flag) to the left-hand side of a
    /// receive clause (`:=` declares, `=` evaluates the targets then
    /// assigns left to right, as a tuple assignment).
    fn bind_recv(
        &mut self,
        lhs: &[&'a Expr<'a>],
        define: bool,
        vals: &[(Reg, TypeId)],
    ) -> CgResult<()> {
        let mark = self.temp_mark();
        // Blank targets take nothing (their value may not even be kept).
        let pairs: Vec<(&'a Expr<'a>, (Reg, TypeId))> = lhs
            .iter()
            .zip(vals)
            .filter(|(l, _)| !Self::is_blank(l))
            .map(|(l, v)| (*l, *v))
            .collect();
        if define {
            for (l, (r, t)) in pairs {
                self.range_bind(Some(l), true, r, t)?;
            }
        } else {
            let mut targets = Vec::new();
            for (l, _) in &pairs {
                targets.push(self.lhs(l)?);
            }
            for (tg, (_, (r, t))) in targets.into_iter().zip(pairs) {
                self.assign_to(tg, r, t)?;
            }
        }
        self.temp_release(mark);
        Ok(())
    }

    pub fn select_stmt(
        &mut self,
        body: &'a [&'a CommClause<'a>],
        label: Option<String>,
        pos: Pos,
    ) -> CgResult<()> {
        let mut cases: Vec<(usize, Comm<'a>)> = Vec::new();
        let mut default = None;
        for (ci, c) in body.iter().enumerate() {
            match c.comm {
                None => default = Some(ci),
                Some(s) => cases.push((ci, self.comm_of(s)?)),
            }
        }
        self.set_line(pos);
        let n = cases.len();
        // Per clause: the jumps to its body and what to bind on entry.
        let mut to_body: Vec<Vec<usize>> = vec![Vec::new(); body.len()];
        let mut binds: Vec<Option<Vec<(Reg, TypeId)>>> = vec![None; body.len()];
        let mut entry_first: Option<usize> = None;
        if n == 0 {
            if default.is_none() {
                // select {}: blocks forever.
                let dst = self.temp_i64();
                self.emit(Instr::Select {
                    dst,
                    cases: dst,
                    n: 0,
                    ok: NONE_REG,
                    block: 1,
                });
                return Ok(());
            }
            entry_first = default;
        } else if n == 1 && default.is_none() {
            // A plain send or receive, as gc compiles it.
            let (ci, comm) = &cases[0];
            match comm {
                Comm::Send {
                    chan,
                    value,
                    pos: at,
                } => self.send_stmt(chan, value, *at)?,
                Comm::Recv {
                    recv, chan, lhs, ..
                } => {
                    let wants_val = !lhs.is_empty() && !Self::is_blank(lhs[0]);
                    let wants_ok = lhs.len() == 2 && !Self::is_blank(lhs[1]);
                    let (ch, elem) = self.chan_operand(chan)?;
                    let v = if wants_val { self.temp(elem) } else { NONE_REG };
                    let ok = if wants_ok {
                        self.temp(well_known::BOOL)
                    } else {
                        NONE_REG
                    };
                    self.set_line(recv.pos);
                    self.emit(Instr::ChanRecv { dst: v, ch, ok });
                    if !lhs.is_empty() {
                        binds[*ci] = Some(vec![(v, elem), (ok, well_known::BOOL)]);
                    }
                }
            }
            entry_first = Some(*ci);
        } else {
            let ptr_words: Vec<u32> = (0..n as u32).map(|k| k * 2).collect();
            let recs = self.temp_region(n as u32 * SELECT_CASE_SIZE, ptr_words);
            let mut want_ok = false;
            let mut recv_vals: Vec<Option<(Reg, TypeId)>> = Vec::new();
            for (k, (_, comm)) in cases.iter().enumerate() {
                let rec = Reg(recs.0 + k as u32 * SELECT_CASE_SIZE);
                let (kind, off) = match comm {
                    Comm::Send { chan, value, .. } => {
                        self.set_line(chan.pos);
                        let ct = self.ty(chan);
                        let elem = self.chan_elem(ct, chan.pos)?;
                        let c = self.expr(chan, None)?;
                        self.mov_n(rec, c, 8);
                        let v = self.temp(elem);
                        self.expr_to(value, elem, Some(v))?;
                        recv_vals.push(None);
                        (SELECT_SEND, v.0)
                    }
                    Comm::Recv { chan, lhs, .. } => {
                        self.set_line(chan.pos);
                        let ct = self.ty(chan);
                        let elem = self.chan_elem(ct, chan.pos)?;
                        let c = self.expr(chan, None)?;
                        self.mov_n(rec, c, 8);
                        if lhs.len() == 2 && !Self::is_blank(lhs[1]) {
                            want_ok = true;
                        }
                        if !lhs.is_empty() && !Self::is_blank(lhs[0]) {
                            let v = self.temp(elem);
                            recv_vals.push(Some((v, elem)));
                            (SELECT_RECV, v.0)
                        } else {
                            recv_vals.push(Some((NONE_REG, elem)));
                            (SELECT_RECV, u32::MAX)
                        }
                    }
                };
                self.emit(Instr::ConstI64 {
                    dst: Reg(rec.0 + 8),
                    v: (kind as u64 | (off as u64) << 32) as i64,
                });
            }
            let dst = self.temp_i64();
            let ok = if want_ok {
                self.temp(well_known::BOOL)
            } else {
                NONE_REG
            };
            self.set_line(pos);
            self.emit(Instr::Select {
                dst,
                cases: recs,
                n: n as u32,
                ok,
                block: if default.is_some() { 0 } else { 1 },
            });
            // Dispatch: dst < 0 is the default, dst < k+1 is case k (tested
            // in ascending order); the last case needs no test.
            if let Some(d) = default {
                let j = self.emit(Instr::JmpLtImm64 {
                    a: dst,
                    imm: 0,
                    target: Target(u32::MAX),
                });
                to_body[d].push(j);
            }
            for (k, (ci, comm)) in cases.iter().enumerate() {
                if k + 1 < n {
                    let j = self.emit(Instr::JmpLtImm64 {
                        a: dst,
                        imm: k as i32 + 1,
                        target: Target(u32::MAX),
                    });
                    to_body[*ci].push(j);
                } else {
                    let j = self.jmp_placeholder();
                    to_body[*ci].push(j);
                }
                if let (Comm::Recv { lhs, .. }, Some((v, elem))) = (comm, recv_vals[k]) {
                    if !lhs.is_empty() {
                        binds[*ci] = Some(vec![(v, elem), (ok, well_known::BOOL)]);
                    }
                }
            }
        }
        // Clause bodies in source order; `break` leaves the select.
        self.loops.push(super::func::LoopCtx {
            label,
            is_loop: false,
            breaks: Vec::new(),
            conts: Vec::new(),
        });
        let mut ends = Vec::new();
        for (ci, c) in body.iter().enumerate() {
            if entry_first.is_some() && entry_first != Some(ci) {
                continue;
            }
            let fx = std::mem::take(&mut to_body[ci]);
            self.patch_here(&fx);
            if let (Some(vals), Some(comm)) = (binds[ci].take(), c.comm) {
                if let Comm::Recv { lhs, define, .. } = self.comm_of(comm)? {
                    self.bind_recv(lhs, define, &vals)?;
                }
            }
            self.stmts(c.body)?;
            if entry_first.is_none() {
                ends.push(self.jmp_placeholder());
            }
        }
        let l = self.loops.pop().unwrap();
        self.patch_here(&ends);
        self.patch_here(&l.breaks);
        Ok(())
    }
}
