//! Statements: assignments and declarations, control flow, terminating
//! statement analysis ("missing return"), labels.
#![allow(
    clippy::collapsible_match,
    clippy::collapsible_if,
    clippy::unnecessary_unwrap,
    clippy::too_many_arguments,
    clippy::if_same_then_else
)]

use super::check::*;
use super::well_known::*;
use super::*;
use crate::syntax::ast::*;
use crate::syntax::token::Token;

fn measure(n: usize, unit: &str) -> String {
    format!("{} {}{}", n, unit, if n == 1 { "" } else { "s" })
}

impl<'a> Checker<'a> {
    pub(crate) fn stmt_list(&mut self, list: &'a [Stmt<'a>], sc: &StmtCtx) {
        let inner = StmtCtx {
            fallthrough_ok: false,
            final_switch_case: false,
            ..*sc
        };
        let n = list
            .iter()
            .rposition(|s| !matches!(s.kind, StmtKind::Empty { .. }))
            .map(|i| i + 1)
            .unwrap_or(0);
        for (i, s) in list.iter().enumerate() {
            let mut c = inner;
            if sc.fallthrough_ok && i + 1 == n {
                c.fallthrough_ok = true;
            }
            self.stmt(s, &c);
        }
    }

    /// Pre-declares the labels of a function body (defs), so that
    /// branch statements can record uses; the parser validated them.
    pub(crate) fn check_labels(&mut self, body: &'a BlockStmt<'a>) {
        fn walk<'a>(c: &mut Checker<'a>, list: &'a [Stmt<'a>], out: &mut HashMap<String, ObjId>) {
            for s in list {
                walk_stmt(c, s, out);
            }
        }
        fn walk_stmt<'a>(c: &mut Checker<'a>, s: &'a Stmt<'a>, out: &mut HashMap<String, ObjId>) {
            match &s.kind {
                StmtKind::Labeled { label, stmt } => {
                    if label.name != "_" && !out.contains_key(label.name) {
                        let o = c.new_obj(
                            ObjKind::Label,
                            label.name,
                            INVALID,
                            label.pos,
                            Some(c.cur_pkg),
                        );
                        c.record_def(label, Some(o));
                        out.insert(label.name.to_string(), o);
                    } else {
                        c.record_def(label, None);
                    }
                    walk_stmt(c, stmt, out);
                }
                StmtKind::Block(b) => walk(c, b.list, out),
                StmtKind::If { body, els, .. } => {
                    walk(c, body.list, out);
                    if let Some(e) = els {
                        walk_stmt(c, e, out);
                    }
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                    walk(c, body.list, out)
                }
                StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                    for cc in body.iter() {
                        walk(c, cc.body, out);
                    }
                }
                StmtKind::Select { body } => {
                    for cc in body.iter() {
                        walk(c, cc.body, out);
                    }
                }
                _ => {}
            }
        }
        let mut labels = HashMap::new();
        walk(self, body.list, &mut labels);
        self.labels = labels;
    }

    pub(crate) fn stmt(&mut self, s: &'a Stmt<'a>, sc: &StmtCtx) {
        let inner = StmtCtx {
            fallthrough_ok: false,
            final_switch_case: false,
            ..*sc
        };
        match &s.kind {
            StmtKind::Bad | StmtKind::Empty { .. } => {}
            StmtKind::Decl(g) => self.local_decl(g),
            StmtKind::Labeled { label, stmt } => {
                // A range-over-func loop needs its own label (`continue L`
                // in its body is a return from the body function).
                self.range_label = Some(label.name.to_string());
                self.stmt(stmt, sc);
                self.range_label = None;
            }
            StmtKind::Expr(e) => {
                let x = self.raw_expr(e, None);
                if x.is_invalid() {
                    return;
                }
                let msg = match x.mode {
                    OpMode::Builtin => Some("must be called"),
                    OpMode::TypeExpr => Some("is not an expression"),
                    _ => {
                        let inner_e = e.unparen();
                        match &inner_e.kind {
                            ExprKind::Call { fun, .. } => {
                                // Builtins whose result is discarded.
                                let is_builtin = self
                                    .info
                                    .type_of(fun.unparen().id)
                                    .map(|t| t.mode == Mode::Builtin)
                                    .unwrap_or(false);
                                let is_conv = self
                                    .info
                                    .type_of(fun.id)
                                    .map(|t| t.mode == Mode::TypeExpr)
                                    .unwrap_or(false);
                                let stmt_builtin = is_builtin
                                    && self
                                        .builtin_of(fun)
                                        .map(|b| {
                                            matches!(
                                                b,
                                                Builtin::Clear
                                                    | Builtin::Close
                                                    | Builtin::Copy
                                                    | Builtin::Delete
                                                    | Builtin::Panic
                                                    | Builtin::Print
                                                    | Builtin::Println
                                                    | Builtin::Recover
                                            )
                                        })
                                        .unwrap_or(false);
                                if (is_builtin && !stmt_builtin) || is_conv {
                                    Some("is not used")
                                } else {
                                    None
                                }
                            }
                            ExprKind::Unary {
                                op: Token::Arrow, ..
                            } => None,
                            _ => Some("is not used"),
                        }
                    }
                };
                if let Some(m) = msg {
                    let xs = self.op_str(&x);
                    self.error_at(e, format!("{} {}", xs, m));
                }
            }
            StmtKind::Send { chan, value } => {
                let ch = self.expr(chan);
                let mut v = self.expr(value);
                if ch.is_invalid() || v.is_invalid() {
                    return;
                }
                match self.tt.under_kind(ch.typ).clone() {
                    TypeKind::Chan { dir, elem } => {
                        if dir == ChanDir::Recv {
                            self.error(
                                chan.start(),
                                format!(
                                    "invalid operation: cannot send to receive-only channel {} {}",
                                    self.type_str(ch.typ),
                                    self.op_str(&ch)
                                ),
                            );
                            return;
                        }
                        self.assignment(&mut v, Some(elem), "send");
                    }
                    _ => {
                        self.error(
                            chan.start(),
                            format!(
                                "invalid operation: cannot send to non-channel {} {}",
                                self.type_str(ch.typ),
                                self.op_str(&ch)
                            ),
                        );
                    }
                }
            }
            StmtKind::IncDec { x, tok } => {
                let op = if *tok == Token::Inc {
                    Token::Add
                } else {
                    Token::Sub
                };
                let mut xo = self.expr(x);
                if xo.is_invalid() {
                    return;
                }
                if !self.tt.is_numeric(xo.typ) {
                    let what = if *tok == Token::Inc { "++" } else { "--" };
                    self.error_at(
                        x,
                        format!(
                            "invalid operation: {}{} (non-numeric type {})",
                            expr_string(x),
                            what,
                            self.type_str(xo.typ)
                        ),
                    );
                    return;
                }
                let _ = op;
                xo.mode = OpMode::Value;
                self.assign_var(x, None, Some(xo), "assignment");
            }
            StmtKind::Assign {
                lhs,
                tok,
                tok_pos,
                rhs,
            } => match tok {
                Token::Assign => {
                    self.assign_vars(lhs, rhs);
                }
                Token::Define => self.short_var_decl(*tok_pos, lhs, rhs),
                _ => {
                    let op = tok.assign_op().unwrap_or(Token::Add);
                    if lhs.len() != 1 || rhs.len() != 1 {
                        self.error(
                            *tok_pos,
                            format!(
                                "assignment operation {} requires single-valued expressions",
                                tok.as_str()
                            ),
                        );
                        return;
                    }
                    let mut x = self.expr(lhs[0]);
                    let mut y = self.expr(rhs[0]);
                    self.binary_ops(None, op, &mut x, &mut y, lhs[0], rhs[0]);
                    x.expr = Some(lhs[0]);
                    self.assign_var(lhs[0], None, Some(x), "assignment operation");
                }
            },
            StmtKind::Go(e) | StmtKind::Defer(e) => {
                let what = if matches!(s.kind, StmtKind::Go(_)) {
                    "go"
                } else {
                    "defer"
                };
                let x = self.raw_expr(e, None);
                if x.is_invalid() {
                    return;
                }
                match &e.unparen().kind {
                    ExprKind::Call { fun, .. } => {
                        let is_builtin = self
                            .info
                            .type_of(fun.unparen().id)
                            .map(|t| t.mode == Mode::Builtin)
                            .unwrap_or(false);
                        // copy and recover may stand as statements (so may be
                        // deferred) although they have results.
                        let statement_builtin =
                            matches!(expr_string(fun.unparen()).as_str(), "copy" | "recover");
                        if is_builtin && x.mode != OpMode::NoValue && !statement_builtin {
                            self.error_at(
                                e,
                                format!("{} discards result of {}", what, self.op_str(&x)),
                            );
                        }
                        if x.mode == OpMode::TypeExpr
                            || matches!(
                                self.info.type_of(fun.unparen().id).map(|t| t.mode),
                                Some(Mode::TypeExpr)
                            )
                        {
                            self.error_at(
                                e,
                                format!("{} requires function call, not conversion", what),
                            );
                        }
                    }
                    _ => self.error_at(e, format!("expression in {} must be function call", what)),
                }
            }
            StmtKind::Return { results } => self.return_stmt(s, results),
            StmtKind::Branch { label, .. } => {
                if let Some(l) = label {
                    if let Some(&o) = self.labels.get(l.name) {
                        self.record_use(l, o);
                    }
                }
            }
            StmtKind::Block(b) => {
                self.open_scope();
                self.stmt_list(b.list, &inner);
                self.close_scope();
            }
            StmtKind::If {
                init,
                cond,
                body,
                els,
            } => {
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i, &inner);
                }
                let x = self.expr(cond);
                if !x.is_invalid() && !self.tt.is_boolean(x.typ) {
                    self.error_at(cond, "non-boolean condition in if statement");
                }
                self.open_scope();
                self.stmt_list(body.list, &inner);
                self.close_scope();
                if let Some(e) = els {
                    self.stmt(e, &inner);
                }
                self.close_scope();
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                let c = StmtCtx {
                    break_ok: true,
                    ..inner
                };
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i, &inner);
                }
                let mut x = match tag {
                    Some(t) => {
                        let mut x = self.expr(t);
                        // By default, untyped constants become their default type.
                        self.assignment(&mut x, None, "switch expression");
                        if !x.is_invalid() && !self.tt.comparable(x.typ) && !self.has_nil(x.typ) {
                            self.error_at(t, format!("cannot switch on {}", self.op_str(&x)));
                            x.mode = OpMode::Invalid;
                        }
                        x
                    }
                    None => Operand {
                        mode: OpMode::Constant,
                        typ: BOOL,
                        val: Some(ConstValue::Bool(true)),
                        expr: None,
                        builtin: None,
                    },
                };
                let mut seen: Vec<(ConstValue, TypeId, Pos)> = Vec::new();
                let n = body.len();
                for (i, cc) in body.iter().enumerate() {
                    for ce in cc.list.iter() {
                        let mut y = self.expr(ce);
                        if x.is_invalid() || y.is_invalid() {
                            continue;
                        }
                        let mut xx = x.clone();
                        if tag.is_none() {
                            xx.expr = Some(ce);
                        }
                        self.case_compare(&mut y, &mut xx, ce, tag.is_some());
                        if y.mode == OpMode::Constant && !y.is_invalid() && self.in_instance == 0 {
                            if let Some(v) = y.val.clone() {
                                if let Some((_, _, p)) = seen.iter().find(|(sv, st, _)| {
                                    self.tt.identical(*st, y.typ)
                                        && constant::compare(sv, Token::Eql, &v) == Some(true)
                                }) {
                                    let p = *p;
                                    self.error_other(
                                        ce.start(),
                                        format!(
                                            "duplicate case {} in expression switch",
                                            self.op_str(&y)
                                        ),
                                        p,
                                        "",
                                    );
                                    let last = self.errors.len() - 1;
                                    self.errors[last].msg = self.errors[last]
                                        .msg
                                        .replace("other declaration of ", "previous case");
                                } else {
                                    seen.push((v, y.typ, ce.start()));
                                }
                            }
                        }
                    }
                    let _ = &mut x;
                    self.open_scope();
                    let cc_ctx = StmtCtx {
                        fallthrough_ok: i + 1 < n,
                        final_switch_case: i + 1 == n,
                        ..c
                    };
                    self.stmt_list(cc.body, &cc_ctx);
                    self.close_scope();
                }
                self.close_scope();
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => {
                let c = StmtCtx {
                    break_ok: true,
                    in_type_switch: true,
                    ..inner
                };
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i, &inner);
                }
                let ExprKind::TypeAssert { x: xe, .. } = &x.kind else {
                    self.close_scope();
                    return;
                };
                let xo = self.expr(xe);
                if let Some(b) = bind {
                    if b.name == "_" {
                        self.error(b.pos, "no new variable on left side of :=");
                    }
                    self.record_def(b, None);
                }
                let valid = !xo.is_invalid() && {
                    if !self.tt.is_interface(xo.typ) {
                        self.error_at(xe, format!("{} is not an interface", self.op_str(&xo)));
                        false
                    } else {
                        true
                    }
                };
                let mut implicit_objs: Vec<ObjId> = Vec::new();
                let mut seen_types: Vec<(TypeId, Pos)> = Vec::new();
                for cc in body.iter() {
                    let mut single: Option<TypeId> = None;
                    for ce in cc.list.iter() {
                        // nil is allowed as a case
                        let is_nil = matches!(&ce.unparen().kind, ExprKind::Ident(i) if i.name == "nil" && self.lookup("nil").map(|o| matches!(self.obj(o).kind, ObjKind::Nil)).unwrap_or(false));
                        if is_nil {
                            let o = self.lookup("nil").unwrap();
                            if let ExprKind::Ident(i) = &ce.unparen().kind {
                                self.record_use(i, o);
                            }
                            self.record_type(ce.id, OpMode::Nil, UNTYPED_NIL, None);
                            single = if cc.list.len() == 1 {
                                Some(UNTYPED_NIL)
                            } else {
                                None
                            };
                            continue;
                        }
                        let t = self.type_expr(ce);
                        if t == INVALID {
                            continue;
                        }
                        if let Some((_, p)) = seen_types
                            .iter()
                            .find(|(st, _)| self.tt.identical(*st, t))
                            .filter(|_| self.in_instance == 0)
                        {
                            let p = *p;
                            self.error_other(
                                ce.start(),
                                format!("duplicate case {} in type switch", self.type_str(t)),
                                p,
                                "",
                            );
                            let last = self.errors.len() - 1;
                            self.errors[last].msg = self.errors[last]
                                .msg
                                .replace("other declaration of ", "previous case");
                            single = if cc.list.len() == 1 { Some(t) } else { None };
                            continue;
                        } else {
                            seen_types.push((t, ce.start()));
                        }
                        if valid {
                            self.type_assertion(ce, &xo, t, true);
                        }
                        single = if cc.list.len() == 1 { Some(t) } else { None };
                    }
                    self.open_scope();
                    if let Some(b) = bind {
                        let t = match single {
                            Some(t) if t != UNTYPED_NIL => t,
                            _ => xo.typ,
                        };
                        let o = self.new_obj(
                            ObjKind::Var {
                                is_field: false,
                                is_param: false,
                                embedded: false,
                            },
                            b.name,
                            t,
                            b.pos,
                            Some(self.cur_pkg),
                        );
                        let sc = self.ctx.scope;
                        if b.name != "_" {
                            self.scopes[sc].names.insert(b.name.to_string(), o);
                        }
                        self.info.implicits.insert(cc.implicit_id, o);
                        implicit_objs.push(o);
                    }
                    self.stmt_list(cc.body, &c);
                    self.close_scope();
                }
                if let Some(b) = bind {
                    if b.name != "_" && !implicit_objs.iter().any(|o| self.used[o.0 as usize]) {
                        self.error(b.pos, format!("declared and not used: {}", b.name));
                    }
                    // The clause variables are reported here, not per clause.
                    for o in &implicit_objs {
                        self.used[o.0 as usize] = true;
                    }
                }
                self.close_scope();
            }
            StmtKind::Select { body } => {
                let c = StmtCtx {
                    break_ok: true,
                    ..inner
                };
                for cc in body.iter() {
                    self.open_scope();
                    if let Some(comm) = cc.comm {
                        let valid = match &comm.kind {
                            StmtKind::Send { .. } => true,
                            StmtKind::Expr(e) => matches!(
                                e.unparen().kind,
                                ExprKind::Unary {
                                    op: Token::Arrow,
                                    ..
                                }
                            ),
                            StmtKind::Assign { rhs, .. } => {
                                rhs.len() == 1
                                    && matches!(
                                        rhs[0].unparen().kind,
                                        ExprKind::Unary {
                                            op: Token::Arrow,
                                            ..
                                        }
                                    )
                            }
                            _ => false,
                        };
                        if !valid {
                            self.error(
                                comm.pos,
                                "select case must be receive, send or assign recv",
                            );
                        } else {
                            self.stmt(comm, &inner);
                        }
                    }
                    self.stmt_list(cc.body, &c);
                    self.close_scope();
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                let c = StmtCtx {
                    break_ok: true,
                    continue_ok: true,
                    ..inner
                };
                self.open_scope();
                if let Some(i) = init {
                    self.stmt(i, &inner);
                }
                if let Some(cnd) = cond {
                    let x = self.expr(cnd);
                    if !x.is_invalid() && !self.tt.is_boolean(x.typ) {
                        self.error_at(cnd, "non-boolean condition in for statement");
                    }
                }
                if let Some(p) = post {
                    if let StmtKind::Assign {
                        tok: Token::Define, ..
                    } = p.kind
                    {
                        self.error(p.pos, "cannot declare in post statement of for loop");
                    }
                    self.stmt(p, &inner);
                }
                self.open_scope();
                self.stmt_list(body.list, &c);
                self.close_scope();
                self.close_scope();
            }
            StmtKind::Range {
                key,
                value,
                tok,
                x,
                body,
                ..
            } => {
                let c = StmtCtx {
                    break_ok: true,
                    continue_ok: true,
                    ..inner
                };
                self.range_stmt(s, *key, *value, *tok, x, body, &c);
            }
        }
    }

    fn builtin_of(&self, fun: &Expr<'_>) -> Option<Builtin> {
        let id = match &fun.unparen().kind {
            ExprKind::Ident(i) => i,
            ExprKind::Selector { sel, .. } => sel,
            _ => return None,
        };
        match self.obj(self.info.use_(id.id)?).kind {
            ObjKind::Builtin(b) => Some(b),
            _ => None,
        }
    }

    fn case_compare(
        &mut self,
        y: &mut Operand<'a>,
        x: &mut Operand<'a>,
        ce: &'a Expr<'a>,
        has_tag: bool,
    ) {
        // go/types caseValues: compare x == y with switch-case wording.
        let mut v = y.clone();
        let mut t = x.clone();
        if !has_tag {
            // switch { case cond: } compares against true.
            self.assignment(&mut v, Some(BOOL), "switch case");
            if v.is_invalid() {
                return;
            }
            let _ = ce;
            *y = v;
            return;
        }
        self.match_types(&mut v, &mut t);
        if v.is_invalid() {
            y.mode = OpMode::Invalid;
            return;
        }
        self.comparison(&mut v, &mut t, Token::Eql, true);
        if v.is_invalid() {
            y.mode = OpMode::Invalid;
            return;
        }
        // Keep y's (converted) type for duplicate detection.
        y.typ = t.typ;
        if let Some(e) = y.expr {
            if let Some(tv) = self.info.type_of(e.id) {
                y.typ = tv.typ;
            } else if let Some(u) = self.untyped.get(&e.id) {
                y.typ = u.typ;
            }
        }
    }

    fn range_stmt(
        &mut self,
        s: &'a Stmt<'a>,
        key: Option<&'a Expr<'a>>,
        value: Option<&'a Expr<'a>>,
        tok: Token,
        xe: &'a Expr<'a>,
        body: &'a BlockStmt<'a>,
        c: &StmtCtx,
    ) {
        let own_label = self.range_label.take();
        let x = self.expr(xe);
        if !x.is_invalid() && matches!(self.tt.under_kind(x.typ), TypeKind::Signature(_)) {
            self.range_label = own_label;
            self.range_func(s, key, value, tok, xe, body, &x, c);
            return;
        }
        self.open_scope();
        let mut x = x;
        let (mut kt, mut vt) = (INVALID, None::<TypeId>);
        let mut ok = !x.is_invalid();
        if ok {
            match self.tt.under_kind(x.typ).clone() {
                TypeKind::Basic(_) if self.tt.is_string(x.typ) => {
                    kt = INT;
                    vt = Some(INT32);
                }
                TypeKind::Basic(_) if self.tt.is_integer(x.typ) => {
                    if value.is_some() {
                        self.error_at(
                            value.unwrap(),
                            format!(
                                "range over {} permits only one iteration variable",
                                self.op_str(&x)
                            ),
                        );
                        ok = false;
                    }
                    if self.tt.is_untyped(x.typ) {
                        // A key variable assigned (not declared) determines the type.
                        let mut target = INT;
                        if tok == Token::Assign {
                            if let Some(k) = key {
                                if let Some(o) = self.ident_var(k) {
                                    target = self.obj(o).typ;
                                }
                            }
                        }
                        self.convert_untyped(&mut x, target);
                    }
                    kt = x.typ;
                    vt = None;
                }
                TypeKind::Array { elem, .. } => {
                    kt = INT;
                    vt = Some(elem);
                }
                TypeKind::Slice(elem) => {
                    kt = INT;
                    vt = Some(elem);
                }
                TypeKind::Pointer(b) => {
                    if let TypeKind::Array { elem, .. } = self.tt.under_kind(b).clone() {
                        kt = INT;
                        vt = Some(elem);
                    } else {
                        ok = false;
                    }
                }
                TypeKind::Map { key, value } => {
                    kt = key;
                    vt = Some(value);
                }
                TypeKind::Chan { dir, elem } => {
                    if dir == ChanDir::Send {
                        self.error_at(
                            xe,
                            format!(
                                "invalid operation: range {} receive from send-only channel",
                                expr_string(xe)
                            ),
                        );
                        ok = false;
                    }
                    kt = elem;
                    vt = None;
                    if value.is_some() {
                        self.error_at(
                            value.unwrap(),
                            format!(
                                "range over {} permits only one iteration variable",
                                self.op_str(&x)
                            ),
                        );
                        ok = false;
                    }
                }
                TypeKind::Signature(_) => {
                    self.error_at(xe, "range over function iterators is not supported yet");
                    ok = false;
                }
                _ => ok = false,
            }
            if !ok
                && kt == INVALID
                && !self
                    .errors
                    .last()
                    .map(|e| e.pos == xe.start())
                    .unwrap_or(false)
            {
                self.error_at(xe, format!("cannot range over {}", self.op_str(&x)));
            }
        }
        let lhs = [key, value];
        let rhs_t = [if ok { Some(kt) } else { None }, if ok { vt } else { None }];
        if tok == Token::Define {
            let mut vars = Vec::new();
            for (i, l) in lhs.iter().enumerate() {
                let Some(l) = l else { continue };
                let ExprKind::Ident(id) = &l.kind else {
                    self.error_at(l, format!("non-name {} on left side of :=", expr_string(l)));
                    continue;
                };
                let t = rhs_t[i].unwrap_or(INVALID);
                let o = self.new_obj(
                    ObjKind::Var {
                        is_field: false,
                        is_param: false,
                        embedded: false,
                    },
                    id.name,
                    t,
                    id.pos,
                    Some(self.cur_pkg),
                );
                self.record_def(id, Some(o));
                if t != INVALID {
                    self.record_type(l.id, OpMode::Variable, t, None);
                }
                vars.push((id, o));
            }
            self.open_scope_keep();
            for (id, o) in vars {
                let sc = self.ctx.scope;
                self.declare_local(sc, id, o);
            }
        } else if tok == Token::Assign {
            for (i, l) in lhs.iter().enumerate() {
                let Some(l) = l else { continue };
                match rhs_t[i] {
                    Some(t) => {
                        let x = Operand {
                            mode: OpMode::Value,
                            typ: t,
                            val: None,
                            expr: Some(xe),
                            builtin: None,
                        };
                        self.assign_var_range(l, x);
                    }
                    None => {
                        self.expr(l);
                    }
                }
            }
        }
        let _ = s;
        self.open_scope();
        self.stmt_list(body.list, c);
        self.close_scope();
        self.close_scope();
    }

    fn open_scope_keep(&mut self) {}

    fn assign_var_range(&mut self, l: &'a Expr<'a>, x: Operand<'a>) {
        let t = self.lhs_var(l);
        if t == Some(INVALID) {
            return;
        }
        let mut x = x;
        if let Some(t) = t {
            let mut cause = String::new();
            if !self.assignable_to(&x, t, Some(&mut cause)) {
                let msg = format!(
                    "cannot use {} (value of type {}) as {} value in range clause",
                    expr_string(l),
                    self.type_str(x.typ),
                    self.type_str(t)
                );
                let _ = &mut x;
                self.error_at(l, msg);
            }
        }
    }

    fn ident_var(&self, e: &Expr<'_>) -> Option<ObjId> {
        if let ExprKind::Ident(id) = &e.unparen().kind {
            let o = self.lookup(id.name)?;
            if matches!(self.obj(o).kind, ObjKind::Var { .. }) {
                return Some(o);
            }
        }
        None
    }

    pub(crate) fn declare_local(&mut self, s: ScopeId, id: &'a Ident<'a>, o: ObjId) {
        if self.declare(s, Some(id), o) && id.name != "_" {
            self.ctx.locals.push(o);
        }
    }

    // ---- declarations inside functions ----

    fn local_decl(&mut self, g: &'a GenDecl<'a>) {
        let mut last: Option<&'a ValueSpec<'a>> = None;
        for spec in g.specs.iter() {
            match spec {
                Spec::Import(_) => {}
                Spec::Value(vs) if g.tok == Token::Const => {
                    let src = if vs.typ.is_none() && vs.values.is_empty() {
                        last.unwrap_or(vs)
                    } else {
                        vs
                    };
                    if !(vs.typ.is_none() && vs.values.is_empty()) {
                        last = Some(vs);
                    }
                    let saved_iota = self.ctx.iota.take();
                    self.ctx.iota = Some(constant::int(vs.iota as i64));
                    let mut objs = Vec::new();
                    for (i, n) in vs.names.iter().enumerate() {
                        let o = self.new_obj(
                            ObjKind::Const(constant::int(0)),
                            n.name,
                            INVALID,
                            n.pos,
                            Some(self.cur_pkg),
                        );
                        let init = src.values.get(i).copied();
                        self.local_const(o, src.typ, init);
                        objs.push((n, o));
                    }
                    self.ctx.iota = saved_iota;
                    let s = self.ctx.scope;
                    for (n, o) in objs {
                        self.declare(s, Some(n), o);
                    }
                }
                Spec::Value(vs) => {
                    let t = vs.typ.map(|t| self.type_expr(t));
                    let mut objs = Vec::new();
                    for n in vs.names.iter() {
                        let o = self.new_obj(
                            ObjKind::Var {
                                is_field: false,
                                is_param: false,
                                embedded: false,
                            },
                            n.name,
                            t.unwrap_or(INVALID),
                            n.pos,
                            Some(self.cur_pkg),
                        );
                        objs.push(o);
                    }
                    if !vs.values.is_empty() {
                        let pos = vs.names.first().map(|n| n.pos).unwrap_or(Pos::NONE);
                        if let Some(te) = vs.typ {
                            if let ExprKind::Ident(i) = &te.kind {
                                if i.name == "byte" || i.name == "rune" {
                                    self.target_name =
                                        Some((t.unwrap_or(INVALID), i.name.to_string()));
                                }
                            }
                        }
                        self.init_vars(&objs, t, vs.values, pos, false);
                        self.target_name = None;
                    }
                    let s = self.ctx.scope;
                    for (n, o) in vs.names.iter().zip(objs) {
                        if vs.typ.map(is_empty_iface_lit).unwrap_or(false) {
                            self.iface_spelled.insert(o);
                        }
                        self.declare_local(s, n, o);
                    }
                }
                Spec::Type(ts) => {
                    let o = self.new_obj(
                        ObjKind::TypeName,
                        ts.name.name,
                        INVALID,
                        ts.name.pos,
                        Some(self.cur_pkg),
                    );
                    let s = self.ctx.scope;
                    self.declare(s, Some(ts.name), o);
                    self.local_type_decl(o, ts);
                }
            }
        }
    }

    fn local_const(&mut self, o: ObjId, typ: Option<&'a Expr<'a>>, init: Option<&'a Expr<'a>>) {
        let t = typ.map(|t| self.type_expr(t));
        let Some(init) = init else {
            self.objs[o.0 as usize].typ = t.unwrap_or(INVALID);
            return;
        };
        let mut x = self.expr(init);
        if x.is_invalid() {
            return;
        }
        if x.mode != OpMode::Constant {
            self.error_at(init, format!("{} is not constant", self.op_str(&x)));
            return;
        }
        if let Some(t) = t {
            if !self.tt.is_const_type(t) {
                self.error_at(
                    typ.unwrap(),
                    format!("invalid constant type {}", self.type_str(t)),
                );
                return;
            }
            self.assignment(&mut x, Some(t), "constant declaration");
        }
        if x.is_invalid() {
            return;
        }
        self.objs[o.0 as usize].typ = x.typ;
        self.objs[o.0 as usize].kind = ObjKind::Const(x.val.clone().unwrap_or(constant::int(0)));
    }

    fn local_type_decl(&mut self, o: ObjId, ts: &'a TypeSpec<'a>) {
        if ts.type_params.is_some() {
            // A local generic type: instantiated like a package-level one,
            // from its declaration in this scope.
            let scope = self.ctx.scope;
            self.decls.insert(
                o,
                DeclInfo::Type {
                    spec: ts,
                    file_scope: scope,
                },
            );
            self.color.insert(o, 2);
            self.type_decl(o, ts);
            return;
        }
        if ts.assign.is_some() {
            let t = self.decl_rhs_type(ts.typ);
            self.objs[o.0 as usize].typ = t;
            return;
        }
        let named = self.tt.new_named(o);
        self.objs[o.0 as usize].typ = named;
        let rhs = self.decl_rhs_type(ts.typ);
        let u = self.tt.underlying(rhs);
        if let TypeKind::Named(i) = *self.tt.kind(named) {
            self.tt.named[i as usize].underlying = u;
        }
    }

    // ---- assignments ----

    fn assign_error(&mut self, rhs: &'a [&'a Expr<'a>], l: usize, r: usize) {
        let vars = measure(l, "variable");
        let vals = measure(r, "value");
        let Some(&rhs0) = rhs.first() else { return };
        if rhs.len() == 1 {
            if let ExprKind::Call { fun, .. } = &rhs0.unparen().kind {
                self.error_at(
                    rhs0,
                    format!(
                        "assignment mismatch: {} but {} returns {}",
                        vars,
                        expr_string(fun),
                        vals
                    ),
                );
                return;
            }
        }
        self.error_at(rhs0, format!("assignment mismatch: {} but {}", vars, vals));
    }

    fn return_error(&mut self, at: Pos, lhs: &[TypeId], rhs: &[Operand<'a>]) {
        let (l, r) = (lhs.len(), rhs.len());
        let (at, q) = if r > l {
            (rhs[l].expr.map(|e| e.start()).unwrap_or(at), "too many")
        } else if r > 0 {
            (
                rhs[r - 1].expr.map(|e| e.start()).unwrap_or(at),
                "not enough",
            )
        } else {
            (at, "not enough")
        };
        let have: Vec<TypeId> = rhs.iter().map(|o| o.typ).collect();
        let msg = format!(
            "{} return values\n\thave {}\n\twant {}",
            q,
            self.types_summary(&have, false, false),
            self.types_summary(lhs, false, false)
        );
        self.error(at, msg);
    }

    /// Evaluates `e` possibly yielding several values (tuple or comma-ok).
    fn multi_expr(&mut self, e: &'a Expr<'a>, allow_comma_ok: bool) -> (Vec<Operand<'a>>, bool) {
        let x = self.raw_expr(e, None);
        if x.is_invalid() {
            return (vec![x], false);
        }
        if let TypeKind::Tuple(ts) = self.tt.kind(x.typ).clone() {
            return (
                ts.iter()
                    .map(|&t| Operand {
                        mode: OpMode::Value,
                        typ: t,
                        val: None,
                        expr: Some(e),
                        builtin: None,
                    })
                    .collect(),
                false,
            );
        }
        let x = self.single_value(x);
        if x.is_invalid() {
            return (vec![x], false);
        }
        if allow_comma_ok && matches!(x.mode, OpMode::MapIndex | OpMode::CommaOk) {
            let x2 = Operand {
                mode: OpMode::Value,
                typ: UNTYPED_BOOL,
                val: None,
                expr: None,
                builtin: None,
            };
            return (vec![x, x2], true);
        }
        (vec![x], false)
    }

    fn record_comma_ok(&mut self, e: &'a Expr<'a>, t0: TypeId, t1: TypeId) {
        let t = self.tt.tuple(vec![t0, t1]);
        let mut e = e;
        loop {
            let i = e.id.index();
            if self.info.types.len() <= i {
                self.info.types.resize(i + 1, None);
            }
            self.info.types[i] = Some(TypeAndValue {
                mode: Mode::CommaOk,
                typ: t,
                value: None,
            });
            match &e.kind {
                ExprKind::Paren(x) => e = x,
                _ => break,
            }
        }
    }

    /// `initVars`: declaration-like assignment of `rhs` to the objects `lhs`
    /// (whose type may still be unknown: `INVALID` and `typ` None).
    pub(crate) fn init_vars(
        &mut self,
        lhs: &[ObjId],
        typ: Option<TypeId>,
        rhs: &'a [&'a Expr<'a>],
        _pos: Pos,
        _global: bool,
    ) {
        let context = "variable declaration";
        self.init_vars_ctx(lhs, typ, rhs, context, None);
    }

    fn init_vars_ctx(
        &mut self,
        lhs: &[ObjId],
        typ: Option<TypeId>,
        rhs: &'a [&'a Expr<'a>],
        context: &str,
        ret: Option<Pos>,
    ) {
        let (l, r) = (lhs.len(), rhs.len());
        let is_call = r == 1 && matches!(rhs[0].unparen().kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for (i, &o) in lhs.iter().enumerate() {
                // The target type, if known, instantiates a generic function
                // (`var f func(int) int = Identity`, `return Identity`).
                let ot = self.objs[o.0 as usize].typ;
                let hint = typ.or((ot != INVALID).then_some(ot));
                let mut x = self.expr_hint(rhs[i], hint);
                self.init_var(o, typ, &mut x, context);
            }
            return;
        }
        if r != 1 {
            let mut ops = Vec::new();
            for e in rhs {
                ops.push(self.expr(e));
            }
            for &o in lhs {
                if self.objs[o.0 as usize].typ == INVALID {
                    self.objs[o.0 as usize].typ = typ.unwrap_or(INVALID);
                }
            }
            if let Some(at) = ret {
                let lt: Vec<TypeId> = lhs.iter().map(|o| self.objs[o.0 as usize].typ).collect();
                self.return_error(at, &lt, &ops);
                return;
            }
            if ops.iter().all(|o| !o.is_invalid()) {
                self.assign_error(rhs, l, r);
            }
            return;
        }
        let (mut ops, comma_ok) = self.multi_expr(rhs[0], l == 2 && ret.is_none());
        if ops.len() == l {
            for (i, &o) in lhs.iter().enumerate() {
                self.init_var(o, typ, &mut ops[i], context);
            }
            if comma_ok && !ops[0].is_invalid() && !ops[1].is_invalid() {
                self.record_comma_ok(rhs[0], ops[0].typ, ops[1].typ);
            }
            return;
        }
        if !ops[0].is_invalid() {
            if let Some(at) = ret {
                let lt: Vec<TypeId> = lhs.iter().map(|o| self.objs[o.0 as usize].typ).collect();
                self.return_error(at, &lt, &ops);
            } else {
                self.assign_error(rhs, l, ops.len());
            }
        }
        for &o in lhs {
            if self.objs[o.0 as usize].typ == INVALID {
                self.objs[o.0 as usize].typ = typ.unwrap_or(INVALID);
            }
        }
    }

    pub(crate) fn init_var(
        &mut self,
        o: ObjId,
        typ: Option<TypeId>,
        x: &mut Operand<'a>,
        context: &str,
    ) {
        let declared = matches!(
            self.objs[o.0 as usize].kind,
            ObjKind::Var { is_param: true, .. }
        );
        let mut lt = typ.or_else(|| {
            let t = self.objs[o.0 as usize].typ;
            if t == INVALID && !declared {
                None
            } else {
                Some(t)
            }
        });
        if x.is_invalid() || x.typ == INVALID || lt == Some(INVALID) {
            x.mode = OpMode::Invalid;
            return;
        }
        if lt.is_none() {
            let mut t = x.typ;
            if self.tt.is_untyped(t) {
                if t == UNTYPED_NIL {
                    if let Some(e) = x.expr {
                        self.error_at(e, format!("use of untyped nil in {}", context));
                    }
                    x.mode = OpMode::Invalid;
                    return;
                }
                t = self.tt.default_type(t);
            }
            lt = Some(t);
            self.objs[o.0 as usize].typ = t;
        } else if self.objs[o.0 as usize].typ == INVALID {
            self.objs[o.0 as usize].typ = lt.unwrap();
        }
        self.assignment(x, lt, context);
    }

    /// The type of an assignment's lhs; `None` for `_`, `Some(INVALID)` on error.
    fn lhs_var(&mut self, l: &'a Expr<'a>) -> Option<TypeId> {
        if let ExprKind::Ident(id) = &l.unparen().kind {
            if id.name == "_" {
                self.record_def(id, None);
                // go/types records the blank's type as well (nothing to do).
                return None;
            }
        }
        let saved = self
            .ident_var(l)
            .filter(|o| self.obj(*o).pkg == Some(self.cur_pkg))
            .map(|o| (o, self.used[o.0 as usize]));
        let x = self.expr(l);
        if let Some((o, u)) = saved {
            self.used[o.0 as usize] = u;
        }
        if x.is_invalid() {
            return Some(INVALID);
        }
        match x.mode {
            OpMode::Variable | OpMode::MapIndex => Some(x.typ),
            _ => {
                if let ExprKind::Selector { x: sx, .. } = &l.unparen().kind {
                    if self
                        .info
                        .type_of(sx.id)
                        .map(|t| t.mode == Mode::MapIndex)
                        .unwrap_or(false)
                    {
                        self.error_at(
                            l,
                            format!("cannot assign to struct field {} in map", expr_string(l)),
                        );
                        return Some(INVALID);
                    }
                }
                self.error_at(
                    l,
                    format!(
                        "cannot assign to {} (neither addressable nor a map index expression)",
                        expr_string(l)
                    ),
                );
                Some(INVALID)
            }
        }
    }

    fn assign_var(
        &mut self,
        l: &'a Expr<'a>,
        rhs: Option<&'a Expr<'a>>,
        x: Option<Operand<'a>>,
        context: &str,
    ) {
        let t = self.lhs_var(l);
        if t == Some(INVALID) {
            if let (None, Some(r)) = (&x, rhs) {
                self.raw_expr(r, None);
            }
            return;
        }
        let mut x = match x {
            Some(x) => x,
            None => self.expr_hint(rhs.unwrap(), t),
        };
        let ctx = if t.is_none() && context == "assignment" {
            "assignment to _ identifier"
        } else {
            context
        };
        self.assignment(&mut x, t, ctx);
    }

    fn assign_vars(&mut self, lhs: &'a [&'a Expr<'a>], rhs: &'a [&'a Expr<'a>]) {
        let (l, r) = (lhs.len(), rhs.len());
        let is_call = r == 1 && matches!(rhs[0].unparen().kind, ExprKind::Call { .. });
        if l == r && !is_call {
            let ctx = if l > 1 {
                "multiple assignment"
            } else {
                "assignment"
            };
            for i in 0..l {
                self.assign_var(lhs[i], Some(rhs[i]), None, ctx);
            }
            return;
        }
        if r != 1 {
            let mut ok = true;
            for e in lhs {
                if self.lhs_var(e) == Some(INVALID) {
                    ok = false;
                }
            }
            for e in rhs {
                if self.expr(e).is_invalid() {
                    ok = false;
                }
            }
            if ok {
                self.assign_error(rhs, l, r);
            }
            return;
        }
        let (ops, comma_ok) = self.multi_expr(rhs[0], l == 2);
        if ops.len() == l {
            let mut ops = ops;
            for i in 0..l {
                let x = ops[i].clone();
                let t = self.lhs_var(lhs[i]);
                if t == Some(INVALID) {
                    ops[i].mode = OpMode::Invalid;
                    continue;
                }
                let mut x = x;
                let ctx = if t.is_none() {
                    "assignment to _ identifier"
                } else {
                    "assignment"
                };
                self.assignment(&mut x, t, ctx);
                ops[i] = x;
            }
            if comma_ok && !ops[0].is_invalid() && !ops[1].is_invalid() {
                self.record_comma_ok(rhs[0], ops[0].typ, ops[1].typ);
            }
            return;
        }
        if !ops[0].is_invalid() {
            self.assign_error(rhs, l, ops.len());
        }
        for e in lhs {
            self.lhs_var(e);
        }
    }

    fn short_var_decl(&mut self, pos: Pos, lhs: &'a [&'a Expr<'a>], rhs: &'a [&'a Expr<'a>]) {
        let scope = self.ctx.scope;
        let mut objs: Vec<ObjId> = Vec::new();
        let mut new_vars: Vec<(&'a Ident<'a>, ObjId)> = Vec::new();
        let mut has_err = false;
        let mut seen: Vec<&str> = Vec::new();
        for l in lhs {
            let ExprKind::Ident(id) = &l.kind else {
                self.expr(l);
                self.error_at(l, format!("non-name {} on left side of :=", expr_string(l)));
                has_err = true;
                let o = self.new_obj(
                    ObjKind::Var {
                        is_field: false,
                        is_param: false,
                        embedded: false,
                    },
                    "_",
                    INVALID,
                    l.pos,
                    Some(self.cur_pkg),
                );
                objs.push(o);
                continue;
            };
            if seen.contains(&id.name) && id.name != "_" {
                self.error(id.pos, format!("{} repeated on left side of :=", id.name));
                has_err = true;
                let o = self.new_obj(
                    ObjKind::Var {
                        is_field: false,
                        is_param: false,
                        embedded: false,
                    },
                    "_",
                    INVALID,
                    l.pos,
                    Some(self.cur_pkg),
                );
                objs.push(o);
                continue;
            }
            seen.push(id.name);
            if id.name != "_" {
                if let Some(&alt) = self.scopes[scope].names.get(id.name) {
                    self.record_use(id, alt);
                    if matches!(self.obj(alt).kind, ObjKind::Var { .. }) {
                        objs.push(alt);
                    } else {
                        self.error_at(l, format!("cannot assign to {}", expr_string(l)));
                        has_err = true;
                        let o = self.new_obj(
                            ObjKind::Var {
                                is_field: false,
                                is_param: false,
                                embedded: false,
                            },
                            "_",
                            INVALID,
                            l.pos,
                            Some(self.cur_pkg),
                        );
                        objs.push(o);
                    }
                    continue;
                }
            }
            let o = self.new_obj(
                ObjKind::Var {
                    is_field: false,
                    is_param: false,
                    embedded: false,
                },
                id.name,
                INVALID,
                id.pos,
                Some(self.cur_pkg),
            );
            if id.name != "_" {
                new_vars.push((id, o));
            }
            self.record_def(id, Some(o));
            objs.push(o);
        }
        // Existing variables are assigned: their types are fixed. New ones
        // get their types from the rhs.
        let saved_used: Vec<bool> = objs.iter().map(|o| self.used[o.0 as usize]).collect();
        self.init_vars_short(&objs, rhs);
        for (o, u) in objs.iter().zip(saved_used) {
            self.used[o.0 as usize] = u;
        }
        // Record the lhs identifiers' types (go/types leaves them out;
        // the code generator wants every expression typed).
        for (l, o) in lhs.iter().zip(objs.iter()) {
            let t = self.objs[o.0 as usize].typ;
            if t != INVALID && matches!(l.kind, ExprKind::Ident(_)) {
                self.record_type(l.id, OpMode::Variable, t, None);
            }
        }
        if new_vars.is_empty() && !has_err {
            self.error(pos, "no new variables on left side of :=");
        }
        for (id, o) in new_vars {
            self.declare_local(scope, id, o);
        }
        // Blank identifiers on the lhs get a def of nil (already recorded as obj).
        let _ = has_err;
    }

    fn init_vars_short(&mut self, objs: &[ObjId], rhs: &'a [&'a Expr<'a>]) {
        self.init_vars_ctx(objs, None, rhs, "assignment", None);
    }

    fn return_stmt(&mut self, s: &'a Stmt<'a>, results: &'a [&'a Expr<'a>]) {
        let Some(sig) = self.ctx.sig else { return };
        let res: Vec<TypeId> = self
            .tt
            .signature(sig)
            .map(|s| s.results.clone())
            .unwrap_or_default();
        let robjs = self.ctx.results.clone();
        if results.is_empty()
            && !res.is_empty()
            && robjs
                .first()
                .map(|o| !self.obj(*o).name.is_empty())
                .unwrap_or(false)
        {
            for &o in &robjs {
                let name = self.obj(o).name.clone();
                if let Some(alt) = self.lookup(&name) {
                    if alt != o {
                        self.error(s.pos, format!("result parameter {} not in scope at return\n\t{}: inner declaration of var {} {}", name, OTHER_POS_MARK, name, self.type_str(self.obj(alt).typ)));
                        self.other_pos
                            .push((self.errors.len() - 1, self.obj(alt).pos));
                    }
                }
            }
            return;
        }
        if results.is_empty() && res.is_empty() {
            return;
        }
        // Result variables are typed; use temporaries so that named
        // results are not marked used/assigned by type inference.
        let tmp: Vec<ObjId> = res
            .iter()
            .map(|&t| {
                self.new_obj(
                    ObjKind::Var {
                        is_field: false,
                        is_param: true,
                        embedded: false,
                    },
                    "",
                    t,
                    Pos::NONE,
                    None,
                )
            })
            .collect();
        self.init_vars_ctx(&tmp, None, results, "return statement", Some(s.pos));
    }

    // ---- terminating statements ----

    pub(crate) fn is_terminating_list(&self, list: &[Stmt<'_>], label: &str) -> bool {
        for s in list.iter().rev() {
            if !matches!(s.kind, StmtKind::Empty { .. }) {
                return self.is_terminating(s, label);
            }
        }
        false
    }

    fn is_terminating(&self, s: &Stmt<'_>, label: &str) -> bool {
        match &s.kind {
            StmtKind::Labeled { label: l, stmt } => self.is_terminating(stmt, l.name),
            StmtKind::Expr(e) => {
                if let ExprKind::Call { fun, .. } = &e.unparen().kind {
                    if let ExprKind::Ident(id) = &fun.unparen().kind {
                        if let Some(o) = self.info.use_(id.id) {
                            return matches!(self.obj(o).kind, ObjKind::Builtin(Builtin::Panic));
                        }
                    }
                }
                false
            }
            StmtKind::Return { .. } => true,
            StmtKind::Branch { tok, .. } => matches!(tok, BranchTok::Goto | BranchTok::Fallthrough),
            StmtKind::Block(b) => self.is_terminating_list(b.list, ""),
            StmtKind::If { body, els, .. } => match els {
                Some(e) => self.is_terminating_list(body.list, "") && self.is_terminating(e, ""),
                None => false,
            },
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                let mut has_default = false;
                for cc in body.iter() {
                    if cc.is_default {
                        has_default = true;
                    }
                    if !self.is_terminating_list(cc.body, "")
                        || has_break_list(cc.body, label, true)
                    {
                        return false;
                    }
                }
                has_default
            }
            StmtKind::Select { body } => {
                for cc in body.iter() {
                    if !self.is_terminating_list(cc.body, "")
                        || has_break_list(cc.body, label, true)
                    {
                        return false;
                    }
                }
                true
            }
            StmtKind::For { cond, body, .. } => {
                cond.is_none() && !has_break_list(body.list, label, true)
            }
            _ => false,
        }
    }
}

fn has_break_list(list: &[Stmt<'_>], label: &str, implicit: bool) -> bool {
    list.iter().any(|s| has_break(s, label, implicit))
}

fn has_break(s: &Stmt<'_>, label: &str, implicit: bool) -> bool {
    match &s.kind {
        StmtKind::Branch {
            tok: BranchTok::Break,
            label: l,
        } => match l {
            None => implicit,
            Some(l) => l.name == label,
        },
        StmtKind::Labeled { stmt, .. } => has_break(stmt, label, implicit),
        StmtKind::Block(b) => has_break_list(b.list, label, implicit),
        StmtKind::If { body, els, .. } => {
            has_break_list(body.list, label, implicit)
                || els.map(|e| has_break(e, label, implicit)).unwrap_or(false)
        }
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            !label.is_empty() && body.iter().any(|cc| has_break_list(cc.body, label, false))
        }
        StmtKind::Select { body } => {
            !label.is_empty() && body.iter().any(|cc| has_break_list(cc.body, label, false))
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            !label.is_empty() && has_break_list(body.list, label, false)
        }
        _ => false,
    }
}
