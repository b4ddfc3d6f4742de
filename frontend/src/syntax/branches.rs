//! Checks of `break`, `continue`, `goto`, `fallthrough` and labels in one
//! function body, as gc's syntax package does them right after parsing the
//! body (so these errors, like syntax errors, stop compilation before type
//! checking). Only run on bodies that parsed without errors.

use super::ast::*;
use super::source::{Error, Pos};
use std::collections::HashMap;

/// What a labeled statement (or the enclosing statement) is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Loop,
    SwitchOrSelect,
    Other,
}

struct Label<'a> {
    /// Block containing the declaration.
    parent: usize,
    stmt: &'a Stmt<'a>,
    ident: &'a Ident<'a>,
    used: bool,
}

struct Block {
    parent: Option<usize>,
    start: Pos,
    /// Labeled statement associated with this block (its address).
    lstmt: Option<*const Stmt<'static>>,
}

#[derive(Clone, Copy)]
struct Targets<'a> {
    breaks: bool,
    continues: bool,
    /// The innermost enclosing switch (for fallthrough), if it is the
    /// innermost break target.
    switch: Option<(&'a Stmt<'a>, usize)>,
    case_index: Option<usize>,
}

struct Checker<'a, 'f> {
    labels: HashMap<&'a str, Label<'a>>,
    order: Vec<&'a str>,
    blocks: Vec<Block>,
    errors: Vec<Error>,
    fmt_pos: &'f dyn Fn(Pos) -> String,
}

/// Gotos not yet resolved (forward jumps).
type Fwd<'a> = Vec<&'a Ident<'a>>;

pub fn check_branches<'a>(body: &'a BlockStmt<'a>, fmt_pos: &dyn Fn(Pos) -> String) -> Vec<Error> {
    let mut c = Checker {
        labels: HashMap::new(),
        order: Vec::new(),
        blocks: Vec::new(),
        errors: Vec::new(),
        fmt_pos,
    };
    let t = Targets {
        breaks: false,
        continues: false,
        switch: None,
        case_index: None,
    };
    let fwd = c.block_branches(None, t, None, body.lbrace, body.list.iter().collect());
    for g in fwd {
        if let Some(l) = c.labels.get_mut(g.name) {
            l.used = true;
            let start = c.blocks[l.parent].start;
            let msg = format!(
                "goto {} jumps into block starting at {}",
                g.name,
                (c.fmt_pos)(start)
            );
            c.errors.push(Error::new(g.pos, msg));
        } else {
            c.errors
                .push(Error::new(g.pos, format!("label {} not defined", g.name)));
        }
    }
    for name in &c.order {
        let l = &c.labels[name];
        if !l.used {
            c.errors.push(Error::new(
                l.ident.pos,
                format!("label {} defined and not used", name),
            ));
        }
    }
    c.errors
}

fn stmt_key(s: &Stmt) -> *const Stmt<'static> {
    (s as *const Stmt).cast()
}

fn target_kind(s: &Stmt) -> Target {
    match s.kind {
        StmtKind::For { .. } | StmtKind::Range { .. } => Target::Loop,
        StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } | StmtKind::Select { .. } => {
            Target::SwitchOrSelect
        }
        _ => Target::Other,
    }
}

impl<'a> Checker<'a, '_> {
    fn err(&mut self, pos: Pos, msg: String) {
        self.errors.push(Error::new(pos, msg));
    }

    /// The labeled statement `name` if it encloses block `b`; `Err(())` if
    /// the label exists but does not enclose; `Ok(None)` if undefined.
    fn enclosing_target(&mut self, b: usize, name: &str) -> Result<Option<&'a Stmt<'a>>, ()> {
        let Some(l) = self.labels.get_mut(name) else {
            return Ok(None);
        };
        l.used = true;
        let key = stmt_key(l.stmt);
        let mut cur = Some(b);
        while let Some(i) = cur {
            if self.blocks[i].lstmt == Some(key) {
                return Ok(Some(l.stmt));
            }
            cur = self.blocks[i].parent;
        }
        Err(())
    }

    fn goto_target(&mut self, b: usize, name: &str) -> bool {
        let Some(l) = self.labels.get_mut(name) else {
            return false;
        };
        l.used = true;
        let mut cur = Some(b);
        while let Some(i) = cur {
            if l.parent == i {
                return true;
            }
            cur = self.blocks[i].parent;
        }
        false
    }

    fn block_branches(
        &mut self,
        parent: Option<usize>,
        ctxt: Targets<'a>,
        lstmt: Option<&'a Stmt<'a>>,
        start: Pos,
        body: Vec<&'a Stmt<'a>>,
    ) -> Fwd<'a> {
        let b = self.blocks.len();
        self.blocks.push(Block {
            parent,
            start,
            lstmt: lstmt.map(stmt_key),
        });
        let mut var_decl: Option<(Pos, String)> = None;
        let mut fwd: Fwd<'a> = Vec::new();
        let mut bad: Fwd<'a> = Vec::new();

        let mut list = body;
        while matches!(
            list.last(),
            Some(Stmt {
                kind: StmtKind::Empty { .. },
                ..
            })
        ) {
            list.pop();
        }
        let n = list.len();
        for (idx, &stmt0) in list.iter().enumerate() {
            let mut stmt = stmt0;
            let mut lstmt: Option<&'a Stmt<'a>> = None;
            // Unwrap labels.
            while let StmtKind::Labeled { label, stmt: inner } = stmt.kind {
                if label.name != "_" {
                    self.declare(b, stmt, label);
                    let mut keep = Vec::new();
                    for g in fwd.drain(..) {
                        if g.name == label.name {
                            if let Some(l) = self.labels.get_mut(label.name) {
                                l.used = true;
                            }
                            if var_decl.is_some() && bad.iter().any(|x| std::ptr::eq(*x, g)) {
                                let (vp, vn) = var_decl.clone().unwrap();
                                let msg = format!(
                                    "goto {} jumps over declaration of {} at {}",
                                    label.name,
                                    vn,
                                    (self.fmt_pos)(vp)
                                );
                                self.err(g.pos, msg);
                            }
                        } else {
                            keep.push(g);
                        }
                    }
                    fwd = keep;
                    lstmt = Some(stmt);
                }
                stmt = inner;
            }
            let inner_fwd = |c: &mut Self,
                             t: Targets<'a>,
                             start: Pos,
                             body: Vec<&'a Stmt<'a>>,
                             fwd: &mut Fwd<'a>| {
                let r = c.block_branches(Some(b), t, lstmt, start, body);
                fwd.extend(r);
            };
            match &stmt.kind {
                StmtKind::Decl(d) if d.tok == super::token::Token::Var => {
                    if let Some(Spec::Value(v)) = d.specs.first() {
                        var_decl = Some((v.names[0].pos, v.names[0].name.to_string()));
                        bad = fwd.clone();
                    }
                }
                StmtKind::Assign {
                    lhs,
                    tok: super::token::Token::Define,
                    tok_pos,
                    ..
                } => {
                    let names = lhs
                        .iter()
                        .map(|x| super::parser::expr_string(x))
                        .collect::<Vec<_>>()
                        .join(", ");
                    var_decl = Some((*tok_pos, names));
                    bad = fwd.clone();
                }
                StmtKind::Branch { tok, label: None } => match tok {
                    BranchTok::Break => {
                        if !ctxt.breaks {
                            self.err(stmt.pos, "break is not in a loop, switch, or select".into());
                        }
                    }
                    BranchTok::Continue => {
                        if !ctxt.continues {
                            self.err(stmt.pos, "continue is not in a loop".into());
                        }
                    }
                    BranchTok::Fallthrough => {
                        let mut msg = Some("fallthrough statement out of place");
                        if let Some((sw, ncases)) = ctxt.switch {
                            if let StmtKind::TypeSwitch { .. } = sw.kind {
                                msg = Some("cannot fallthrough in type switch");
                            } else if let Some(ci) = ctxt.case_index.filter(|_| idx + 1 == n) {
                                if ci + 1 == ncases {
                                    msg = Some("cannot fallthrough final case in switch");
                                } else {
                                    msg = None;
                                }
                            }
                        }
                        if let Some(m) = msg {
                            self.err(stmt.pos, m.into());
                        }
                    }
                    BranchTok::Goto => {}
                },
                StmtKind::Branch {
                    tok,
                    label: Some(l),
                } => match tok {
                    BranchTok::Break => match self.enclosing_target(b, l.name) {
                        Ok(Some(t)) => {
                            if target_kind(unlabel(t)) == Target::Other {
                                self.err(l.pos, format!("invalid break label {}", l.name));
                            }
                        }
                        Err(()) => self.err(l.pos, format!("invalid break label {}", l.name)),
                        Ok(None) => self.err(l.pos, format!("break label not defined: {}", l.name)),
                    },
                    BranchTok::Continue => match self.enclosing_target(b, l.name) {
                        Ok(Some(t)) => {
                            if target_kind(unlabel(t)) != Target::Loop {
                                self.err(l.pos, format!("invalid continue label {}", l.name));
                            }
                        }
                        Err(()) => self.err(l.pos, format!("invalid continue label {}", l.name)),
                        Ok(None) => {
                            self.err(l.pos, format!("continue label not defined: {}", l.name))
                        }
                    },
                    BranchTok::Goto => {
                        if !self.goto_target(b, l.name) {
                            fwd.push(l);
                        }
                    }
                    BranchTok::Fallthrough => {}
                },
                StmtKind::Block(blk) => {
                    let t = Targets {
                        case_index: None,
                        switch: ctxt.switch,
                        ..ctxt
                    };
                    inner_fwd(self, t, blk.lbrace, blk.list.iter().collect(), &mut fwd);
                }
                StmtKind::If { body, els, .. } => {
                    let t = Targets {
                        case_index: None,
                        ..ctxt
                    };
                    inner_fwd(self, t, body.lbrace, body.list.iter().collect(), &mut fwd);
                    if let Some(e) = els {
                        inner_fwd(self, t, e.pos, vec![*e], &mut fwd);
                    }
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                    let t = Targets {
                        breaks: true,
                        continues: true,
                        switch: None,
                        case_index: None,
                    };
                    inner_fwd(self, t, body.lbrace, body.list.iter().collect(), &mut fwd);
                }
                StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                    for (i, cc) in body.iter().enumerate() {
                        let t = Targets {
                            breaks: true,
                            continues: ctxt.continues,
                            switch: Some((stmt, body.len())),
                            case_index: Some(i),
                        };
                        inner_fwd(self, t, cc.pos, cc.body.iter().collect(), &mut fwd);
                    }
                }
                StmtKind::Select { body } => {
                    for cc in body.iter() {
                        let t = Targets {
                            breaks: true,
                            continues: ctxt.continues,
                            switch: None,
                            case_index: None,
                        };
                        inner_fwd(self, t, cc.pos, cc.body.iter().collect(), &mut fwd);
                    }
                }
                _ => {}
            }
        }
        fwd
    }

    fn declare(&mut self, b: usize, s: &'a Stmt<'a>, label: &'a Ident<'a>) {
        if let Some(alt) = self.labels.get(label.name) {
            let msg = format!(
                "label {} already defined at {}",
                label.name,
                (self.fmt_pos)(alt.ident.pos)
            );
            self.err(label.pos, msg);
            return;
        }
        self.labels.insert(
            label.name,
            Label {
                parent: b,
                stmt: s,
                ident: label,
                used: false,
            },
        );
        self.order.push(label.name);
    }
}

/// The statement a labeled statement labels (through nested labels).
fn unlabel<'a>(s: &'a Stmt<'a>) -> &'a Stmt<'a> {
    let mut s = s;
    while let StmtKind::Labeled { stmt, .. } = s.kind {
        s = stmt;
    }
    s
}
