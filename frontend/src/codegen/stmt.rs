//! Statements.

use super::expr::Place;
use super::func::{FuncGen, Home, LoopCtx};
use super::*;
use crate::syntax::token::Token;

/// An assignment target.
#[derive(Clone, Copy)]
pub(super) enum Lhs {
    Blank,
    Place(Place, TypeId),
    Map {
        m: Reg,
        key: Reg,
        typ: TypeId,
        val: TypeId,
    },
}

impl<'g, 'a> FuncGen<'g, 'a> {
    pub fn block(&mut self, b: &'a BlockStmt<'a>) -> CgResult<()> {
        self.stmts(b.list)
    }

    pub fn stmts(&mut self, list: &'a [Stmt<'a>]) -> CgResult<()> {
        for s in list.iter() {
            self.stmt(s, None)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt<'a>, label: Option<String>) -> CgResult<()> {
        let mark = self.temp_mark();
        if !matches!(
            s.kind,
            StmtKind::Block(_) | StmtKind::Labeled { .. } | StmtKind::Empty { .. }
        ) {
            self.set_line(s.pos);
        }
        let r = self.stmt_inner(s, label);
        self.temp_release(mark);
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt<'a>, label: Option<String>) -> CgResult<()> {
        match &s.kind {
            StmtKind::Bad => self.err(s.pos, "bad statement"),
            StmtKind::Empty { .. } => Ok(()),
            StmtKind::Decl(g) => self.decl_stmt(g),
            StmtKind::Labeled { label: l, stmt } => {
                let pc = self.here();
                self.labels.insert(l.name.to_string(), pc);
                self.stmt(stmt, Some(l.name.to_string()))
            }
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send { chan, value } => self.send_stmt(chan, value, s.pos),
            StmtKind::IncDec { x, tok } => {
                let op = if *tok == Token::Inc {
                    Token::Add
                } else {
                    Token::Sub
                };
                self.op_assign(x, op, None, s.pos)
            }
            StmtKind::Assign { lhs, tok, rhs, .. } => self.assign(lhs, *tok, rhs, s.pos),
            StmtKind::Go(e) => {
                let fv = self.deferred_closure(e)?;
                self.emit(Instr::Go { fv });
                Ok(())
            }
            StmtKind::Defer(e) => {
                let fv = self.deferred_closure_for(e, true)?;
                self.set_line(s.pos);
                self.emit(Instr::Defer { fv });
                Ok(())
            }
            StmtKind::Return { results } => self.return_stmt(results, s.pos),
            StmtKind::Branch { tok, label: l } => {
                self.branch(*tok, l.map(|x| x.name.to_string()), s.pos)
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                body,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i, None)?;
                }
                self.set_line(cond.pos);
                let fx = self.cond_jump(cond, false)?;
                self.block(body)?;
                match els {
                    Some(e) => {
                        let j = self.jmp_placeholder();
                        self.patch_here(&fx);
                        self.stmt(e, None)?;
                        self.patch_here(&[j]);
                    }
                    None => self.patch_here(&fx),
                }
                Ok(())
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.for_stmt(*init, *cond, *post, body, label),
            StmtKind::Range {
                key,
                value,
                tok,
                x,
                body,
                ..
            } => self.range_stmt(*key, *value, *tok, x, body, label, s.pos),
            StmtKind::Switch {
                init, tag, body, ..
            } => self.switch_stmt(*init, *tag, body, label),
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => self.type_switch(*init, *bind, x, body, label),
            StmtKind::Select { body } => self.select_stmt(body, label, s.pos),
        }
    }

    fn expr_stmt(&mut self, e: &'a Expr<'a>) -> CgResult<()> {
        let e = e.unparen();
        match &e.kind {
            ExprKind::Unary {
                op: Token::Arrow,
                x,
            } => {
                self.recv_value(e, x, None, true)?;
                Ok(())
            }
            ExprKind::Call { .. } => {
                self.call_value(e, None)?;
                Ok(())
            }
            _ => {
                self.expr(e, None)?;
                Ok(())
            }
        }
    }

    fn decl_stmt(&mut self, g: &'a GenDecl<'a>) -> CgResult<()> {
        if g.tok != Token::Var {
            return Ok(());
        }
        for sp in g.specs.iter() {
            let Spec::Value(vs) = sp else { continue };
            let mark = self.temp_mark();
            if vs.values.is_empty() {
                for n in vs.names.iter() {
                    if let Some(o) = self.info().def(n.id) {
                        let h = self.declare_var(o);
                        if let Home::Frame(r) = h {
                            let t = self.g.obj(o).typ;
                            self.zero(r, t);
                        }
                    }
                }
            } else if vs.values.len() == vs.names.len() {
                // Evaluate all values first (they may refer to outer variables
                // of the same name), then bind.
                let mut vals = Vec::new();
                for (n, v) in vs.names.iter().zip(vs.values.iter()) {
                    let t = self
                        .info()
                        .def(n.id)
                        .map(|o| self.g.obj(o).typ)
                        .unwrap_or_else(|| self.ty(v));
                    if vs.names.len() == 1 {
                        if let Some(o) = self.info().def(n.id) {
                            let h = self.declare_var(o);
                            match h {
                                Home::Frame(r) => {
                                    self.expr_to(v, t, Some(r))?;
                                }
                                _ => {
                                    let r = self.expr_to(v, t, None)?;
                                    let p = self.home_place(h);
                                    self.store_place(p, t, r);
                                }
                            }
                        } else {
                            self.expr_to(v, t, None)?;
                        }
                        vals.clear();
                        break;
                    }
                    let r = self.expr_to(v, t, None)?;
                    let tmp = self.temp(t);
                    self.mov(tmp, r, t);
                    vals.push((tmp, t));
                }
                if !vals.is_empty() {
                    for (n, (r, t)) in vs.names.iter().zip(vals) {
                        if let Some(o) = self.info().def(n.id) {
                            let h = self.declare_var(o);
                            let p = self.home_place(h);
                            self.store_place(p, t, r);
                        }
                    }
                }
            } else {
                let vals = self.multi_value(vs.values[0], vs.names.len())?;
                for (n, (r, vt)) in vs.names.iter().zip(vals) {
                    if let Some(o) = self.info().def(n.id) {
                        let t = self.g.obj(o).typ;
                        let v = self.convert(r, vt, t, None)?;
                        let h = self.declare_var(o);
                        let p = self.home_place(h);
                        self.store_place(p, t, v);
                    }
                }
            }
            self.temp_release(mark);
        }
        Ok(())
    }

    /// Gives a newly declared local variable its home (a fresh heap cell
    /// each time the declaration executes, if it lives on the heap).
    pub fn declare_var(&mut self, o: ObjId) -> Home {
        let t = self.g.obj(o).typ;
        if self.g.esc.is_heap(o) {
            let slot = match self.vars.get(&o) {
                Some(Home::Cell(r)) => *r,
                _ => self.alloc_local_ptr(),
            };
            let rt = self.g.rt(t);
            self.emit(Instr::New { dst: slot, typ: rt });
            let h = Home::Cell(slot);
            self.vars.insert(o, h);
            h
        } else {
            let slot = match self.vars.get(&o) {
                Some(Home::Frame(r)) => *r,
                _ => self.alloc_local(t),
            };
            let h = Home::Frame(slot);
            self.vars.insert(o, h);
            h
        }
    }

    fn home_place(&mut self, h: Home) -> Place {
        match h {
            Home::Frame(r) => Place::Frame(r),
            Home::Cell(r) => Place::Mem(r, 0),
            Home::Global(off) => {
                let p = self.temp_ptr();
                self.emit(Instr::GlobalAddr { dst: p, off });
                Place::Mem(p, 0)
            }
        }
    }

    /// Evaluates an assignment target (index operands and pointers first).
    pub(super) fn lhs(&mut self, e: &'a Expr<'a>) -> CgResult<Lhs> {
        let u = e.unparen();
        if let ExprKind::Ident(id) = &u.kind {
            if id.is_blank() {
                return Ok(Lhs::Blank);
            }
        }
        if let ExprKind::Index { x, indices, .. } = &u.kind {
            let xt = self.ty(x);
            if let TypeKind::Map { key, value } = self.tt().under_kind(xt).clone() {
                let m = self.expr(x, None)?;
                let k = self.expr_to(indices[0], key, None)?;
                let k = if self.in_call_area(k) {
                    let t = self.temp(key);
                    self.mov(t, k, key);
                    t
                } else {
                    k
                };
                return Ok(Lhs::Map {
                    m,
                    key: k,
                    typ: xt,
                    val: value,
                });
            }
        }
        let t = self.ty(u);
        let p = self.place(u)?;
        Ok(Lhs::Place(p, t))
    }

    pub(super) fn assign_to(&mut self, l: Lhs, v: Reg, vt: TypeId) -> CgResult<()> {
        match l {
            Lhs::Blank => Ok(()),
            Lhs::Place(p, t) => {
                let v = self.convert(v, vt, t, None)?;
                self.store_place(p, t, v);
                Ok(())
            }
            Lhs::Map { m, key, typ, val } => {
                let v = self.convert(v, vt, val, None)?;
                let rt = self.g.rt(typ);
                self.emit(Instr::MapSet {
                    m,
                    key,
                    val: v,
                    typ: rt,
                });
                Ok(())
            }
        }
    }

    /// Whether `e` may be computed directly into a variable it reads.
    fn dst_safe(&self, e: &Expr<'_>) -> bool {
        match &e.unparen().kind {
            ExprKind::CompositeLit { .. } => false,
            ExprKind::Call { fun, .. } => {
                let f = fun.unparen();
                let id = match &f.kind {
                    ExprKind::Ident(id) => Some(id.id),
                    _ => None,
                };
                match id
                    .and_then(|i| self.info().use_(i))
                    .map(|o| &self.g.obj(o).kind)
                {
                    Some(ObjKind::Builtin(b)) => {
                        !matches!(b, Builtin::Min | Builtin::Max | Builtin::Complex)
                    }
                    _ => true,
                }
            }
            _ => true,
        }
    }

    fn assign(
        &mut self,
        lhs: &'a [&'a Expr<'a>],
        tok: Token,
        rhs: &'a [&'a Expr<'a>],
        pos: Pos,
    ) -> CgResult<()> {
        if tok != Token::Assign && tok != Token::Define {
            let op = match tok {
                Token::AddAssign => Token::Add,
                Token::SubAssign => Token::Sub,
                Token::MulAssign => Token::Mul,
                Token::QuoAssign => Token::Quo,
                Token::RemAssign => Token::Rem,
                Token::AndAssign => Token::And,
                Token::OrAssign => Token::Or,
                Token::XorAssign => Token::Xor,
                Token::ShlAssign => Token::Shl,
                Token::ShrAssign => Token::Shr,
                Token::AndNotAssign => Token::AndNot,
                _ => return self.err(pos, "bad assignment operator"),
            };
            return self.op_assign(lhs[0], op, Some(rhs[0]), pos);
        }
        let define = tok == Token::Define;
        // New variables of a := statement.
        let is_new = |s: &Self, e: &Expr<'_>| -> Option<ObjId> {
            if !define {
                return None;
            }
            match &e.kind {
                ExprKind::Ident(id) => s.info().def(id.id),
                _ => None,
            }
        };
        if lhs.len() == 1 && rhs.len() == 1 {
            let l = lhs[0];
            let r = rhs[0];
            if let Some(o) = is_new(self, l) {
                let t = self.g.obj(o).typ;
                let h = self.declare_var(o);
                match h {
                    Home::Frame(slot) => {
                        self.expr_to(r, t, Some(slot))?;
                    }
                    _ => {
                        let v = self.expr_to(r, t, None)?;
                        let p = self.home_place(h);
                        self.store_place(p, t, v);
                    }
                }
                return Ok(());
            }
            // Plain variable in the frame: compute straight into it.
            if let ExprKind::Ident(id) = &l.unparen().kind {
                if id.is_blank() {
                    if let ExprKind::Call { .. } = r.unparen().kind {
                        return self.expr_stmt(r);
                    }
                    let t = self.ty(r);
                    if self.tt().is_untyped(t) || t == well_known::UNTYPED_NIL {
                        return Ok(());
                    }
                    self.expr(r, None)?;
                    return Ok(());
                }
                if let Some(o) = self.info().use_(id.id) {
                    if let Some(Home::Frame(slot)) = self.vars.get(&o).copied() {
                        let t = self.g.obj(o).typ;
                        if self.dst_safe(r) {
                            self.expr_to(r, t, Some(slot))?;
                        } else {
                            let v = self.expr_to(r, t, None)?;
                            self.mov(slot, v, t);
                        }
                        return Ok(());
                    }
                }
            }
            let target = self.lhs(l)?;
            let lt = match target {
                Lhs::Place(_, t) => t,
                Lhs::Map { val, .. } => val,
                Lhs::Blank => self.ty(r),
            };
            let v = self.expr_to(r, lt, None)?;
            return self.assign_to(target, v, lt);
        }
        // `a, b := x, y` declaring only new frame variables: compute each
        // value straight into its variable (the new names are not in scope
        // on the right).
        if define && rhs.len() == lhs.len() {
            let all_new = lhs.iter().all(|l| match &l.kind {
                ExprKind::Ident(id) => {
                    id.is_blank()
                        || self
                            .info()
                            .def(id.id)
                            .map(|o| !self.g.esc.is_heap(o))
                            .unwrap_or(false)
                }
                _ => false,
            });
            if all_new {
                for (l, r) in lhs.iter().zip(rhs.iter()) {
                    match is_new(self, l) {
                        Some(o) => {
                            let t = self.g.obj(o).typ;
                            if let Home::Frame(slot) = self.declare_var(o) {
                                self.expr_to(r, t, Some(slot))?;
                            }
                        }
                        None => {
                            let t = self.ty(r);
                            if !self.tt().is_untyped(t) {
                                self.expr(r, None)?;
                            }
                        }
                    }
                }
                return Ok(());
            }
        }
        // Tuple assignment.
        let vals: Vec<(Reg, TypeId)> = if rhs.len() == 1 {
            self.multi_value(rhs[0], lhs.len())?
        } else {
            let mut v = Vec::new();
            for (i, r) in rhs.iter().enumerate() {
                let lt = match is_new(self, lhs[i]) {
                    Some(o) => self.g.obj(o).typ,
                    None => {
                        if matches!(&lhs[i].unparen().kind, ExprKind::Ident(id) if id.is_blank()) {
                            self.ty(r)
                        } else {
                            self.ty(lhs[i])
                        }
                    }
                };
                let tmp = self.temp(lt);
                self.expr_to(r, lt, Some(tmp))?;
                v.push((tmp, lt));
            }
            v
        };
        // Evaluate targets, then assign left to right.
        let mut targets = Vec::new();
        for l in lhs.iter() {
            if let Some(o) = is_new(self, l) {
                let h = self.declare_var(o);
                let t = self.g.obj(o).typ;
                let p = self.home_place(h);
                targets.push(Lhs::Place(p, t));
            } else {
                targets.push(self.lhs(l)?);
            }
        }
        for (t, (r, vt)) in targets.into_iter().zip(vals) {
            self.assign_to(t, r, vt)?;
        }
        Ok(())
    }

    /// `x op= y` and `x++`/`x--` (y = None).
    fn op_assign(
        &mut self,
        x: &'a Expr<'a>,
        op: Token,
        y: Option<&'a Expr<'a>>,
        pos: Pos,
    ) -> CgResult<()> {
        let t = self.ty(x);
        let target = self.lhs(x)?;
        if let (Some(y), Lhs::Place(Place::Mem(ptr, off), _)) = (y, &target) {
            if self.rmw_mul_add(op, t, *ptr, *off, y)? {
                return Ok(());
            }
        }
        let cur = match target {
            Lhs::Place(p, _) => self.load_place(p, t, None),
            Lhs::Map { m, key, typ, val } => {
                let d = self.temp(val);
                let rt = self.g.rt(typ);
                self.emit(Instr::MapGet {
                    dst: d,
                    m,
                    key,
                    typ: rt,
                });
                d
            }
            Lhs::Blank => return Ok(()),
        };
        let out = match target {
            Lhs::Place(Place::Frame(r), _) => r,
            _ => self.temp(t),
        };
        let tt = self.tt();
        match y {
            None => {
                if tt.size_of(t) == 8 && tt.is_integer(t) {
                    self.emit(Instr::AddImm64 {
                        dst: out,
                        a: cur,
                        imm: if op == Token::Add { 1 } else { -1 },
                    });
                } else {
                    let one = self.temp(t);
                    self.const_into(&constant::int(1), t, one);
                    self.arith(pos, op, t, out, cur, one)?;
                }
            }
            Some(y) => {
                if tt.is_string(t) && op == Token::Add {
                    let region = self.temp_region(32, vec![0, 2]);
                    self.mov_n(region, cur, 16);
                    self.expr_to(y, t, Some(Reg(region.0 + 16)))?;
                    self.emit(Instr::StrConcat {
                        dst: out,
                        first: region,
                        n: 2,
                    });
                } else if op == Token::Shl || op == Token::Shr {
                    let cur = if self.has_call(y) && cur == out {
                        let tmp = self.temp(t);
                        self.mov(tmp, cur, t);
                        tmp
                    } else {
                        cur
                    };
                    let b = self.shift_count_pub(y)?;
                    self.arith(pos, op, t, out, cur, b)?;
                } else {
                    // An immediate form for a constant y; float64 `x += b*c`
                    // and `x -= b*c` as one multiply-add.
                    if let Some(c) = self.const_of(y) {
                        if let Some(i) = self.imm_form(op, t, out, cur, &c, false) {
                            self.emit(i);
                            return self.op_assign_store(target, out, t);
                        }
                    } else if op == Token::Add || op == Token::Sub {
                        if let Some((px, py)) = self.float_product(y, t) {
                            let cur = if self.has_call(y) && self.in_call_area(cur) {
                                let tmp = self.temp(t);
                                self.mov(tmp, cur, t);
                                tmp
                            } else {
                                cur
                            };
                            self.emit_mul_add(t, Some(out), cur, (px, py), op == Token::Sub)?;
                            return self.op_assign_store(target, out, t);
                        }
                    }
                    // Small constant additions on 64-bit ints.
                    if tt.size_of(t) == 8
                        && tt.is_integer(t)
                        && (op == Token::Add || op == Token::Sub)
                    {
                        if let Some(c) = self.tv(y).and_then(|v| v.value.clone()) {
                            if let Some(v) = constant::to_i64(&c) {
                                let v = if op == Token::Sub {
                                    v.checked_neg()
                                } else {
                                    Some(v)
                                };
                                if let Some(v) = v.filter(|v| i32::try_from(*v).is_ok()) {
                                    self.emit(Instr::AddImm64 {
                                        dst: out,
                                        a: cur,
                                        imm: v as i32,
                                    });
                                    return self.op_assign_store(target, out, t);
                                }
                            }
                        }
                    }
                    let cur = if self.has_call(y) && self.in_call_area(cur) {
                        let tmp = self.temp(t);
                        self.mov(tmp, cur, t);
                        tmp
                    } else {
                        cur
                    };
                    let b = self.operand_last(y, t)?;
                    self.arith(pos, op, t, out, cur, b)?;
                }
            }
        }
        self.op_assign_store(target, out, t)
    }

    fn op_assign_store(&mut self, target: Lhs, out: Reg, t: TypeId) -> CgResult<()> {
        match target {
            Lhs::Place(Place::Frame(_), _) => Ok(()),
            _ => self.assign_to(target, out, t),
        }
    }

    fn return_stmt(&mut self, results: &'a [&'a Expr<'a>], pos: Pos) -> CgResult<()> {
        let rs = self.results.clone();
        // Destination of result i: its named variable's home, else its slot.
        let dest = |s: &mut Self, i: usize| -> Place {
            let (r, _, o) = rs[i];
            match o.and_then(|o| s.vars.get(&o).copied()) {
                Some(Home::Cell(c)) => Place::Mem(c, 0),
                _ => Place::Frame(r),
            }
        };
        if results.len() == 1 && rs.len() > 1 {
            let vals = self.multi_value(results[0], rs.len())?;
            for (i, (r, vt)) in vals.into_iter().enumerate() {
                let t = rs[i].1;
                let v = self.convert(r, vt, t, None)?;
                let p = dest(self, i);
                self.store_place(p, t, v);
            }
        } else if results.len() == 1 {
            let t = rs[0].1;
            match dest(self, 0) {
                Place::Frame(r) if self.dst_safe(results[0]) => {
                    self.expr_to(results[0], t, Some(r))?;
                }
                p => {
                    let v = self.expr_to(results[0], t, None)?;
                    self.store_place(p, t, v);
                }
            }
        } else if !results.is_empty() {
            // Evaluate all first (named results may appear on the right).
            let mut vals = Vec::new();
            for (i, e) in results.iter().enumerate() {
                let t = rs[i].1;
                let v = self.expr_to(e, t, None)?;
                let tmp = self.temp(t);
                self.mov(tmp, v, t);
                vals.push(tmp);
            }
            for (i, v) in vals.into_iter().enumerate() {
                let p = dest(self, i);
                self.store_place(p, rs[i].1, v);
            }
        }
        self.set_line(pos);
        self.emit_return();
        Ok(())
    }

    fn find_loop(&self, label: &Option<String>, want_loop: bool, pos: Pos) -> CgResult<usize> {
        for i in (0..self.loops.len()).rev() {
            let l = &self.loops[i];
            let ok = match label {
                Some(n) => l.label.as_deref() == Some(n.as_str()),
                None => !want_loop || l.is_loop,
            };
            if ok && (!want_loop || l.is_loop) {
                return Ok(i);
            }
        }
        self.err(pos, "branch target not found")
    }

    fn branch(&mut self, tok: BranchTok, label: Option<String>, pos: Pos) -> CgResult<()> {
        match tok {
            BranchTok::Break => {
                let i = self.find_loop(&label, false, pos)?;
                let j = self.jmp_placeholder();
                self.loops[i].breaks.push(j);
            }
            BranchTok::Continue => {
                let i = self.find_loop(&label, true, pos)?;
                let j = self.jmp_placeholder();
                self.loops[i].conts.push(j);
            }
            BranchTok::Goto => {
                let j = self.jmp_placeholder();
                self.label_fixups.push((j, label.unwrap_or_default()));
            }
            BranchTok::Fallthrough => {
                let j = self.jmp_placeholder();
                self.fallthrough_fixups.push(j);
            }
        }
        Ok(())
    }

    /// Variables declared by a `for` init statement (for per-iteration copies).
    fn init_vars(&self, init: Option<&'a Stmt<'a>>) -> Vec<ObjId> {
        let mut out = Vec::new();
        if let Some(Stmt {
            kind:
                StmtKind::Assign {
                    lhs,
                    tok: Token::Define,
                    ..
                },
            ..
        }) = init
        {
            for l in lhs.iter() {
                if let ExprKind::Ident(id) = &l.kind {
                    if let Some(o) = self.info().def(id.id) {
                        out.push(o);
                    }
                }
            }
        }
        out
    }

    fn for_stmt(
        &mut self,
        init: Option<&'a Stmt<'a>>,
        cond: Option<&'a Expr<'a>>,
        post: Option<&'a Stmt<'a>>,
        body: &'a BlockStmt<'a>,
        label: Option<String>,
    ) -> CgResult<()> {
        if let Some(i) = init {
            self.stmt(i, None)?;
        }
        let per_iter: Vec<ObjId> = self
            .init_vars(init)
            .into_iter()
            .filter(|o| self.g.esc.is_heap(*o))
            .collect();
        let top = self.here();
        let mut exits = Vec::new();
        if let Some(c) = cond {
            self.set_line(c.pos);
            let mark = self.temp_mark();
            exits = self.cond_jump(c, false)?;
            self.temp_release(mark);
        }
        self.loops.push(LoopCtx {
            label,
            is_loop: true,
            breaks: Vec::new(),
            conts: Vec::new(),
        });
        self.block(body)?;
        let l = self.loops.pop().unwrap();
        self.patch_here(&l.conts);
        // Go 1.22: each iteration has its own copy of the loop variables.
        for o in per_iter {
            if let Some(Home::Cell(c)) = self.vars.get(&o).copied() {
                let t = self.g.obj(o).typ;
                let mark = self.temp_mark();
                let tmp = self.temp(t);
                self.load(tmp, c, 0, t);
                let rt = self.g.rt(t);
                self.emit(Instr::New { dst: c, typ: rt });
                self.store(c, 0, tmp, t);
                self.temp_release(mark);
            }
        }
        if let Some(p) = post {
            self.stmt(p, None)?;
        }
        self.jump_back(top);
        self.patch_here(&exits);
        self.patch_here(&l.breaks);
        Ok(())
    }

    /// Binds an iteration value to a range variable (`:=`) or target (`=`).
    pub(super) fn range_bind(
        &mut self,
        e: Option<&'a Expr<'a>>,
        define: bool,
        v: Reg,
        vt: TypeId,
    ) -> CgResult<()> {
        let Some(e) = e else { return Ok(()) };
        if let ExprKind::Ident(id) = &e.kind {
            if id.is_blank() {
                return Ok(());
            }
            if define {
                if let Some(o) = self.info().def(id.id) {
                    let t = self.g.obj(o).typ;
                    let h = self.declare_var(o);
                    let p = self.home_place(h);
                    let v = self.convert(v, vt, t, None)?;
                    self.store_place(p, t, v);
                    return Ok(());
                }
            }
        }
        let l = self.lhs(e)?;
        self.assign_to(l, v, vt)
    }

    /// A `:=` range key variable that the body never assigns and that lives
    /// in the frame can serve as the loop counter itself.
    fn counter_var(&mut self, key: Option<&'a Expr<'a>>, define: bool) -> Option<Reg> {
        let ExprKind::Ident(id) = &key?.kind else {
            return None;
        };
        if !define || id.is_blank() {
            return None;
        }
        let o = self.info().def(id.id)?;
        if self.g.esc.is_heap(o)
            || self.g.esc.reassigned.contains(&o)
            || self.g.addr_taken.contains(&o)
            || self.size(self.g.obj(o).typ) != 8
        {
            return None;
        }
        match self.declare_var(o) {
            Home::Frame(r) => Some(r),
            _ => None,
        }
    }

    pub(super) fn is_blank_or_none(e: Option<&Expr<'_>>) -> bool {
        match e {
            None => true,
            Some(e) => matches!(&e.kind, ExprKind::Ident(id) if id.is_blank()),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn range_stmt(
        &mut self,
        key: Option<&'a Expr<'a>>,
        value: Option<&'a Expr<'a>>,
        tok: Token,
        x: &'a Expr<'a>,
        body: &'a BlockStmt<'a>,
        label: Option<String>,
        pos: Pos,
    ) -> CgResult<()> {
        let define = tok == Token::Define;
        let xt = self.ty(x);
        let tt = self.tt();
        let under = tt.under_kind(xt).clone();
        self.set_line(pos);
        match under {
            TypeKind::Basic(bk) if tt.is_integer(xt) || bk == BasicKind::UntypedInt => {
                let kt = if let Some(k) = key.filter(|_| define) {
                    self.ty(k)
                } else {
                    xt
                };
                let kt = if tt.is_untyped(kt) {
                    well_known::INT
                } else {
                    kt
                };
                let n = self.expr_to(x, kt, None)?;
                let nt = self.temp(kt);
                self.mov(nt, n, kt);
                let (i, key) = match self.counter_var(key, define) {
                    Some(slot) => (slot, None),
                    None => (self.temp(kt), key),
                };
                self.const_into(&constant::int(0), kt, i);
                let top = self.here();
                let exit = if self.size(kt) == 8 && !self.tt().is_unsigned(kt) {
                    self.emit(Instr::JmpLeS64 {
                        a: nt,
                        b: i,
                        target: Target(u32::MAX),
                    })
                } else {
                    let c = self.temp(well_known::BOOL);
                    self.compare_regs(pos, Token::Lss, kt, c, i, nt)?;
                    self.emit(Instr::JmpIfNot {
                        cond: c,
                        target: Target(u32::MAX),
                    })
                };
                self.range_bind(key, define, i, kt)?;
                self.loop_body(
                    body,
                    label,
                    top,
                    |s| {
                        if s.size(kt) == 8 {
                            s.emit(Instr::AddImm64 {
                                dst: i,
                                a: i,
                                imm: 1,
                            });
                        } else {
                            let one = s.temp(kt);
                            s.const_into(&constant::int(1), kt, one);
                            s.arith(pos, Token::Add, kt, i, i, one)?;
                        }
                        Ok(())
                    },
                    &[exit],
                )
            }
            TypeKind::Basic(_) => {
                // string
                let sv = self.expr(x, None)?;
                let s = self.temp(well_known::STRING);
                self.mov(s, sv, well_known::STRING);
                let i = self.temp_i64();
                self.emit(Instr::ConstI64 { dst: i, v: 0 });
                let next = self.temp_i64();
                let r = self.temp(well_known::INT32);
                let top = self.here();
                let exit = self.emit(Instr::JmpLeS64 {
                    a: Reg(s.0 + 8),
                    b: i,
                    target: Target(u32::MAX),
                });
                self.emit(Instr::StrNextRune {
                    rune: r,
                    next,
                    s,
                    idx: i,
                });
                self.range_bind(key, define, i, well_known::INT)?;
                self.range_bind(value, define, r, well_known::INT32)?;
                self.loop_body(
                    body,
                    label,
                    top,
                    |s| {
                        s.mov_n(i, next, 8);
                        Ok(())
                    },
                    &[exit],
                )
            }
            TypeKind::Slice(elem) | TypeKind::Array { elem, .. } | TypeKind::Pointer(elem)
                if !matches!(under, TypeKind::Pointer(_))
                    || matches!(tt.under_kind(elem), TypeKind::Array { .. }) =>
            {
                let (elem, base, len) = match under {
                    TypeKind::Slice(el) => {
                        let v = self.expr(x, None)?;
                        let h = self.temp(xt);
                        self.mov(h, v, xt);
                        (el, Some(h), Reg(h.0 + 8))
                    }
                    TypeKind::Array { len, elem: el } => {
                        let lr = self.temp_i64();
                        self.emit(Instr::ConstI64 {
                            dst: lr,
                            v: len as i64,
                        });
                        if Self::is_blank_or_none(value) {
                            if self.has_call(x) {
                                self.expr(x, None)?;
                            }
                            (el, None, lr)
                        } else {
                            // Ranging over an array value copies it.
                            let v = self.expr(x, None)?;
                            let copy = self.temp(xt);
                            self.mov(copy, v, xt);
                            let p = self.temp_ptr();
                            self.emit(Instr::Addr { dst: p, off: copy });
                            let h = self.temp_region(24, vec![0]);
                            self.mov_n(h, p, 8);
                            (el, Some(h), lr)
                        }
                    }
                    TypeKind::Pointer(at) => {
                        let TypeKind::Array { len, elem: el } = tt.under_kind(at).clone() else {
                            unreachable!()
                        };
                        let lr = self.temp_i64();
                        self.emit(Instr::ConstI64 {
                            dst: lr,
                            v: len as i64,
                        });
                        let v = self.expr(x, None)?;
                        let h = self.temp_region(24, vec![0]);
                        self.mov_n(h, v, 8);
                        (el, Some(h), lr)
                    }
                    _ => unreachable!(),
                };
                let (i, key) = match self.counter_var(key, define) {
                    Some(slot) => (slot, None),
                    None => (self.temp_i64(), key),
                };
                self.emit(Instr::ConstI64 { dst: i, v: 0 });
                let top = self.here();
                let exit = self.emit(Instr::JmpLeS64 {
                    a: len,
                    b: i,
                    target: Target(u32::MAX),
                });
                self.range_bind(key, define, i, well_known::INT)?;
                if !Self::is_blank_or_none(value) {
                    let base = base.unwrap();
                    let es = self.size(elem);
                    let a = self.temp_ptr();
                    self.emit(Instr::IndexAddr {
                        dst: a,
                        base,
                        idx: i,
                        len,
                        elem: es,
                    });
                    let v = self.temp(elem);
                    self.load(v, a, 0, elem);
                    self.range_bind(value, define, v, elem)?;
                }
                self.loop_body(
                    body,
                    label,
                    top,
                    |s| {
                        s.emit(Instr::AddImm64 {
                            dst: i,
                            a: i,
                            imm: 1,
                        });
                        Ok(())
                    },
                    &[exit],
                )
            }
            TypeKind::Map { key: kt, value: vt } => {
                let m = self.expr(x, None)?;
                let it = self.temp_region(8 * MAP_ITER_WORDS, vec![0]);
                let rt = self.g.rt(xt);
                self.emit(Instr::MapIterInit { it, m, typ: rt });
                let kr = if Self::is_blank_or_none(key) {
                    NONE_REG
                } else {
                    self.temp(kt)
                };
                let vr = if Self::is_blank_or_none(value) {
                    NONE_REG
                } else {
                    self.temp(vt)
                };
                let top = self.here();
                let exit = self.emit(Instr::MapIterNext {
                    it,
                    key: kr,
                    val: vr,
                    done: Target(u32::MAX),
                });
                if kr != NONE_REG {
                    self.range_bind(key, define, kr, kt)?;
                }
                if vr != NONE_REG {
                    self.range_bind(value, define, vr, vt)?;
                }
                self.loop_body(body, label, top, |_| Ok(()), &[exit])
            }
            TypeKind::Chan { .. } => self.range_chan(key, define, x, body, label, pos),
            _ => self.err(pos, "range over this type is not supported yet"),
        }
    }

    /// Body of a range loop: body, continue target, `step`, back-edge, exits.
    pub(super) fn loop_body(
        &mut self,
        body: &'a BlockStmt<'a>,
        label: Option<String>,
        top: u32,
        step: impl FnOnce(&mut Self) -> CgResult<()>,
        exits: &[usize],
    ) -> CgResult<()> {
        self.loops.push(LoopCtx {
            label,
            is_loop: true,
            breaks: Vec::new(),
            conts: Vec::new(),
        });
        self.block(body)?;
        let l = self.loops.pop().unwrap();
        self.patch_here(&l.conts);
        step(self)?;
        self.jump_back(top);
        self.patch_here(exits);
        self.patch_here(&l.breaks);
        Ok(())
    }

    fn switch_stmt(
        &mut self,
        init: Option<&'a Stmt<'a>>,
        tag: Option<&'a Expr<'a>>,
        body: &'a [&'a CaseClause<'a>],
        label: Option<String>,
    ) -> CgResult<()> {
        if let Some(i) = init {
            self.stmt(i, None)?;
        }
        let tagv = match tag {
            Some(t) => {
                let tt = self.ty(t);
                let v = self.expr(t, None)?;
                let tmp = self.temp(tt);
                self.mov(tmp, v, tt);
                Some((tmp, tt))
            }
            None => None,
        };
        let mut to_body: Vec<Vec<usize>> = vec![Vec::new(); body.len()];
        let mut default = None;
        for (ci, c) in body.iter().enumerate() {
            if c.is_default {
                default = Some(ci);
            }
            for e in c.list.iter() {
                self.set_line(e.pos);
                let mark = self.temp_mark();
                match tagv {
                    Some((tv, tt)) => {
                        let xt = self.ty(e);
                        let cond = self.temp(well_known::BOOL);
                        if self.tt().is_interface(tt)
                            && !self.tt().is_interface(xt)
                            && !self.is_nil(e)
                        {
                            let v = self.expr_to(e, tt, None)?;
                            self.compare_regs(e.pos, Token::Eql, tt, cond, tv, v)?;
                        } else if self.is_nil(e) {
                            let z = self.const_i64(0);
                            self.emit(Instr::EqI64 {
                                dst: cond,
                                a: tv,
                                b: z,
                            });
                        } else {
                            let v = self.expr_to(e, tt, None)?;
                            self.compare_regs(e.pos, Token::Eql, tt, cond, tv, v)?;
                        }
                        let j = self.emit(Instr::JmpIf {
                            cond,
                            target: Target(u32::MAX),
                        });
                        to_body[ci].push(j);
                    }
                    None => {
                        let js = self.cond_jump(e, true)?;
                        to_body[ci].extend(js);
                    }
                }
                self.temp_release(mark);
            }
        }
        let no_match = self.jmp_placeholder();
        self.switch_bodies(body, to_body, default, no_match, label, |_, _| Ok(()))
    }

    /// Emits clause bodies in order; `enter` runs at the start of each.
    fn switch_bodies(
        &mut self,
        body: &'a [&'a CaseClause<'a>],
        mut to_body: Vec<Vec<usize>>,
        default: Option<usize>,
        no_match: usize,
        label: Option<String>,
        mut enter: impl FnMut(&mut Self, usize) -> CgResult<()>,
    ) -> CgResult<()> {
        match default {
            Some(d) => to_body[d].push(no_match),
            None => to_body.push(vec![no_match]),
        }
        self.loops.push(LoopCtx {
            label,
            is_loop: false,
            breaks: Vec::new(),
            conts: Vec::new(),
        });
        let mut ends = Vec::new();
        let mut pending_ft: Vec<usize> = Vec::new();
        for (ci, c) in body.iter().enumerate() {
            let fx = std::mem::take(&mut to_body[ci]);
            self.patch_here(&fx);
            enter(self, ci)?;
            // A fallthrough from the previous clause lands after `enter`.
            self.patch_here(&pending_ft);
            pending_ft.clear();
            let saved = std::mem::take(&mut self.fallthrough_fixups);
            self.stmts(c.body)?;
            pending_ft = std::mem::replace(&mut self.fallthrough_fixups, saved);
            if pending_ft.is_empty() {
                ends.push(self.jmp_placeholder());
            }
        }
        if default.is_none() {
            let fx = to_body.pop().unwrap();
            self.patch_here(&fx);
        }
        self.patch_here(&pending_ft);
        let l = self.loops.pop().unwrap();
        self.patch_here(&ends);
        self.patch_here(&l.breaks);
        Ok(())
    }

    fn type_switch(
        &mut self,
        init: Option<&'a Stmt<'a>>,
        bind: Option<&'a Ident<'a>>,
        x: &'a Expr<'a>,
        body: &'a [&'a CaseClause<'a>],
        label: Option<String>,
    ) -> CgResult<()> {
        if let Some(i) = init {
            self.stmt(i, None)?;
        }
        let ExprKind::TypeAssert { x: inner, .. } = &x.unparen().kind else {
            return self.err(x.pos, "malformed type switch");
        };
        let it = self.ty(inner);
        let v = self.expr(inner, None)?;
        let xv = self.temp(it);
        self.mov(xv, v, it);
        let mut to_body: Vec<Vec<usize>> = vec![Vec::new(); body.len()];
        let mut default = None;
        let mut single: Vec<Option<TypeId>> = Vec::new();
        for (ci, c) in body.iter().enumerate() {
            if c.is_default {
                default = Some(ci);
            }
            let mut one = None;
            for e in c.list.iter() {
                let cond = self.temp(well_known::BOOL);
                if self.is_nil(e) {
                    let z = self.const_i64(0);
                    self.emit(Instr::EqI64 {
                        dst: cond,
                        a: xv,
                        b: z,
                    });
                } else {
                    let ct = self.ty(e);
                    if self.tt().is_interface(ct) {
                        let rt = self.g.rt(ct);
                        self.emit(Instr::Implements {
                            dst: cond,
                            src: xv,
                            iface: rt,
                        });
                    } else {
                        let rt = self.g.rt(ct);
                        self.emit(Instr::TypeIs {
                            dst: cond,
                            src: xv,
                            typ: rt,
                        });
                    }
                    if c.list.len() == 1 {
                        one = Some(ct);
                    }
                }
                let j = self.emit(Instr::JmpIf {
                    cond,
                    target: Target(u32::MAX),
                });
                to_body[ci].push(j);
            }
            single.push(one);
        }
        let no_match = self.jmp_placeholder();
        let _ = bind;
        self.switch_bodies(body, to_body, default, no_match, label, |s, ci| {
            let c = body[ci];
            let Some(&o) = s.info().implicits.get(&c.implicit_id) else {
                return Ok(());
            };
            let vt = s.g.obj(o).typ;
            let h = s.declare_var(o);
            let p = s.home_place(h);
            let mark = s.temp_mark();
            let val = match single[ci] {
                Some(ct) if !s.tt().is_interface(ct) => {
                    let d = s.temp(ct);
                    let ctr = s.g.rt(ct);
                    let st = s.g.rt(it);
                    s.emit(Instr::TypeAssert {
                        dst: d,
                        src: xv,
                        typ: ctr,
                        stat: st,
                    });
                    d
                }
                _ => xv,
            };
            s.store_place(p, vt, val);
            s.temp_release(mark);
            Ok(())
        })
    }

    pub fn shift_count_pub(&mut self, y: &'a Expr<'a>) -> CgResult<Reg> {
        if let Some(c) = self.tv(y).and_then(|t| t.value.clone()) {
            let v = constant::to_u64(&c).unwrap_or(u64::MAX);
            return Ok(self.const_i64(v as i64));
        }
        let yt = self.ty(y);
        let r = self.expr(y, None)?;
        let k = super::expr::num_kind(self.tt(), yt).unwrap_or(NumKind::U64);
        let signed = matches!(k, NumKind::I8 | NumKind::I16 | NumKind::I32 | NumKind::I64);
        let r = if matches!(k, NumKind::I64 | NumKind::U64) {
            r
        } else {
            let d = self.temp_i64();
            self.emit(Instr::Conv {
                dst: d,
                src: r,
                from: k,
                to: if signed { NumKind::I64 } else { NumKind::U64 },
            });
            d
        };
        if signed {
            self.emit(Instr::ShiftCheck { count: r });
        }
        Ok(r)
    }
}

use crate::types::constant;
