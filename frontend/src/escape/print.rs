//! gc's expression printer for `-m` report lines.
//!
//! gc prints the node an escape decision is about with its IR formatter
//! (`cmd/compile/internal/ir/fmt.go`, `exprFmt`), and the IR it prints is not
//! the source: the type checker has folded constants, rewritten method calls
//! into method-expression calls, packed variadic arguments into a slice, made
//! implicit conversions, dereferences and address-of operations explicit
//! (and the printer skips those again), and escape analysis itself has
//! replaced some variables by their constant values. This module prints a
//! Burrow AST expression the way gc prints the IR it would have made of it.
//!
//! The rules, each checked against gc 1.27 (`go build -gcflags='-m -l'`):
//!
//! * **Constants** print as their value (types2 folds every constant
//!   expression): `k * 2` prints `20`. A typed constant prints as
//!   `T(v)` unless `T` is the default type of its kind or untyped
//!   (`MyInt(5)`, `float32(1.5)`, `uint(3)`, but `10`, `1.5`, `"hi"`,
//!   `true`); rune constants print quoted (`'a'`), floats as go/constant
//!   formats them (`%.6g`, or shortest `%g` if that hides a fraction:
//!   `1e+10`, `1.0000001e-07`), complex numbers as `(1 + 2i)`, strings
//!   quoted and cut at 72 characters. A constant shift count prints as
//!   `uint(2)` (gc converts it).
//! * **Precedence** decides parentheses (parentheses in the source are gone
//!   in the IR): `(n + 1) * 2`, `n - (1 - n)`, `s + s + s`.
//! * **Calls**: a method call prints in method-expression form with the
//!   receiver as the first argument (`(*Tree).Sum(root)`, `V.M(v)`), with
//!   embedded fields spelled out (`(*Inner).PM(o.Inner)`); interface method
//!   calls stay `i.M()`. A call of a variadic function without `...` has its
//!   extra arguments packed: `fmt.Sprint(... argument...)`, or
//!   `fmt.Println(nil...)` when there are none. A called function literal
//!   prints `(func literal)()`.
//! * **Conversions** print `T(x)` when `T` has a name and `(T)(x)`
//!   otherwise (`([]byte)(s)`, `(interface {})(5)`, `string(b)`);
//!   `[]rune("const")` is a slice literal to gc: `[]rune{...}`.
//! * **Composite literals** print `T{...}` (`T{}` when empty), `&T{...}`
//!   under `&`; **function literals** print `func literal`.
//! * **Types** print as gc's `types.Type` formatter does: names of the
//!   package being compiled unqualified, others `pkg.Name`; `interface {}`,
//!   `struct { A int }`, `func(int) string`, `any`/`byte`/`rune` as spelled.
//! * **Static values** (escape analysis's `rewriteWithLiterals`): the
//!   operand of an interface conversion, and the length (or capacity) of a
//!   `make([]T, ...)`, is replaced by its constant value when it is a local
//!   variable defined once with a constant and never reassigned nor
//!   address-taken (through conversions that change no representation):
//!   `x := 10; fmt.Println(x)` reports `10 escapes to heap`,
//!   `n := 5; make([]int, n)` reports `make([]int, 5)`. That needs the
//!   functions' bodies: build a `Notes` for the package once and use the
//!   `*_with` functions.
//! * **Devirtualized calls** (the analysis proves an interface variable's
//!   only concrete type and calls `Notes::set_devirtualized`) print as gc's
//!   rewritten call: `MyInt.M(i.(MyInt))`, `Rect.Area(b.(Square).Rect)`.
//! * **`byte`/`rune`**: gc keeps the alias a type was spelled with; Burrow's
//!   types do not, so the printer looks at the spelling where the type was
//!   written (a conversion, a declaration, the parameter an untyped constant
//!   was passed to), defaulting to `byte` and `rune`.
//! * **Compiler temporaries**: where gc's front end evaluates something
//!   into a temporary first, the report names it as gc numbers it (one
//!   counter per function over parameters, results, locals and
//!   temporaries): `f()(x)` prints `.autotmp_3(x)`, `g(f())` prints
//!   `g(int(.autotmp_4), .autotmp_5)` (see `Temps`).
//!
//! Entry points: `expr_string_with` (any reported expression),
//! `iface_operand_string` (the operand of an interface conversion),
//! `stmt_string`/`value_spec_string` (the statements of `-m=2`
//! explanations), `func_name`/`closure_names` (`in F:` and `F capturing`),
//! `type_string`; `Notes::new` once per program, `Notes::set_devirtualized`
//! by the analysis.
//!
//! Known departures: temporaries escape analysis itself adds are not
//! numbered, and names follow Burrow's standard library (`os.PathError`
//! where Go aliases `fs.PathError`).

use crate::syntax::ast::*;
use crate::syntax::token::Token;
use crate::types::constant;
use crate::types::well_known::*;
use crate::types::{
    BasicKind, Builtin, ConstValue, Info, Mode, ObjId, ObjKind, Object, PkgId, SelectionKind,
    TypeId, TypeKind, TypeTable,
};
use num_traits::{Signed, ToPrimitive, Zero};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

/// What the printer needs to know about the checked program.
pub struct PrintCx<'a> {
    pub info: &'a Info<'a>,
    pub objects: &'a [Object],
    pub types: &'a TypeTable,
    /// The package being reported on: its names print unqualified, others
    /// as `pkg.Name`.
    pub pkg: PkgId,
}

/// The expression as gc's `-m` lines print it (without the static-value
/// rewrites; see `expr_string_with`).
pub fn expr_string(cx: &PrintCx<'_>, e: &Expr<'_>) -> String {
    expr_string_with(cx, &Notes::default(), e)
}

/// A type as gc's `-m` lines print it (e.g. `Point`, `[]int`, `strings.Builder`).
pub fn type_string(cx: &PrintCx<'_>, t: TypeId) -> String {
    let mut s = String::new();
    P::new(cx, &Notes::default()).type_id(&mut s, t, 0);
    s
}

/// The expression as gc prints it, with escape analysis's rewrite of
/// `make([]T, n)` lengths to their static constant value.
pub fn expr_string_with(cx: &PrintCx<'_>, notes: &Notes<'_>, e: &Expr<'_>) -> String {
    let mut s = String::new();
    P::new(cx, notes).expr(&mut s, e, 0);
    s
}

/// The operand `e` of an interface conversion (an argument passed to an
/// `any` parameter, a value assigned to an interface variable, ...) as gc
/// prints it after `rewriteWithLiterals`: its constant value, typed as `e`,
/// when `e` statically has one; otherwise as `expr_string_with`.
pub fn iface_operand_string(cx: &PrintCx<'_>, notes: &Notes<'_>, e: &Expr<'_>) -> String {
    let p = P::new(cx, notes);
    if let Some(s) = p.iface_literal(e) {
        return s;
    }
    let mut s = String::new();
    p.expr(&mut s, e, 0);
    s
}

/// A constant of type `t` as gc prints an `OLITERAL` node.
pub fn const_string(cx: &PrintCx<'_>, v: &ConstValue, t: TypeId) -> String {
    let mut s = String::new();
    P::new(cx, &Notes::default()).literal(&mut s, v, t, None);
    s
}

/// A statement as gc's `-m=2` explanations print it (`from STMT (why)`):
/// `b := &Point{...}`, `gp = &a`, `x, y = &h, nil`, `n += 2`, `i++`,
/// `ch <- &c`, `return &p`, `go f(x)`, `defer f(x)`, `for loop`.
pub fn stmt_string(cx: &PrintCx<'_>, notes: &Notes<'_>, st: &Stmt<'_>) -> String {
    let p = P::new(cx, notes);
    let list = |es: &[&Expr<'_>]| -> String {
        let v: Vec<String> = es
            .iter()
            .map(|e| {
                let mut s = String::new();
                p.expr(&mut s, e, 0);
                s
            })
            .collect();
        v.join(", ")
    };
    match &st.kind {
        StmtKind::Expr(e) => list(&[e]),
        StmtKind::Send { chan, value } => {
            let mut s = String::new();
            p.expr(&mut s, chan, 3);
            s.push_str(" <- ");
            p.expr(&mut s, value, 4);
            s
        }
        StmtKind::IncDec { x, tok } => {
            format!(
                "{}{}",
                list(&[x]),
                if *tok == Token::Inc { "++" } else { "--" }
            )
        }
        StmtKind::Assign { lhs, tok, rhs, .. } => match tok {
            Token::Define => format!("{} := {}", list(lhs), list(rhs)),
            Token::Assign => format!("{} = {}", list(lhs), list(rhs)),
            op => {
                let o = match op {
                    Token::AddAssign => "+",
                    Token::SubAssign => "-",
                    Token::MulAssign => "*",
                    Token::QuoAssign => "/",
                    Token::RemAssign => "%",
                    Token::AndAssign => "&",
                    Token::OrAssign => "|",
                    Token::XorAssign => "^",
                    Token::ShlAssign => "<<",
                    Token::ShrAssign => ">>",
                    Token::AndNotAssign => "&^",
                    _ => "?",
                };
                format!("{} {o}= {}", list(lhs), list(rhs))
            }
        },
        StmtKind::Go(e) => format!("go {}", list(&[e])),
        StmtKind::Defer(e) => format!("defer {}", list(&[e])),
        StmtKind::Return { results } => format!("return {}", list(results)),
        StmtKind::For { .. } | StmtKind::Range { .. } => "for loop".into(),
        StmtKind::Decl(g) => {
            let v: Vec<String> = g
                .specs
                .iter()
                .filter_map(|sp| match sp {
                    Spec::Value(vs) => Some(value_spec_string(cx, notes, vs)),
                    _ => None,
                })
                .collect();
            v.join("; ")
        }
        StmtKind::Labeled { stmt, .. } => stmt_string(cx, notes, stmt),
        StmtKind::If { cond, .. } => format!("if {} {{ ... }}", list(&[cond])),
        _ => String::new(),
    }
}

/// A local `var` spec as gc prints the assignment it becomes:
/// `var p *int = &c` prints `p := &c`; without values, `var p *int`.
pub fn value_spec_string(cx: &PrintCx<'_>, notes: &Notes<'_>, vs: &ValueSpec<'_>) -> String {
    let p = P::new(cx, notes);
    let names: Vec<&str> = vs.names.iter().map(|n| n.name).collect();
    if vs.values.is_empty() {
        let mut s = format!("var {}", names.join(", "));
        if let Some(t) = vs.typ {
            s.push(' ');
            p.type_expr(&mut s, t);
        }
        return s;
    }
    let vals: Vec<String> = vs
        .values
        .iter()
        .map(|e| {
            let mut s = String::new();
            p.expr(&mut s, e, 0);
            s
        })
        .collect();
    format!("{} := {}", names.join(", "), vals.join(", "))
}

/// A declared function's name as gc prints it in `-m` lines (`ir.FuncName`):
/// `main`, `newPoint`, methods as `(*T).M` or `T.M`.
pub fn func_name(cx: &PrintCx<'_>, fd: &FuncDecl<'_>) -> String {
    let name = fd.name.name;
    let Some(recv) = fd.recv.and_then(|r| r.list.first()) else {
        return name.to_string();
    };
    let notes = Notes::default();
    let p = P::new(cx, &notes);
    let mut t = recv.typ.unparen();
    let mut ptr = false;
    if let ExprKind::Star(x) = &t.kind {
        ptr = true;
        t = x.unparen();
    }
    // A generic receiver `T[P]` prints as its base type name.
    if let ExprKind::Index { x, .. } = &t.kind {
        t = x.unparen();
    }
    let mut ts = String::new();
    p.type_expr(&mut ts, t);
    if ptr {
        format!("(*{ts}).{name}")
    } else {
        format!("{ts}.{name}")
    }
}

/// gc's names of the function literals of `files` (the package being
/// reported on), by the literal's `Expr` id: `main.func1`, nested
/// `main.func1.1`, `(*T).M.func2`; literals in package-level variable
/// initialisers belong to `init` (`init.func1`). Also names each
/// `func init()` by its name's id: `init.0`, `init.1`, ... as gc does.
pub fn closure_names(cx: &PrintCx<'_>, files: &[&File<'_>]) -> HashMap<NodeId, String> {
    let mut out = HashMap::new();
    let mut init_count = 0u32;
    let mut user_inits = 0u32;
    for f in files {
        for d in f.decls.iter() {
            match d {
                Decl::Func(fd) => {
                    // gc numbers a package's `func init()`s init.0, init.1, ...
                    // (keyed here by the declaration's name).
                    let mut outer = func_name(cx, fd);
                    if fd.recv.is_none() && fd.name.name == "init" {
                        outer = format!("init.{user_inits}");
                        user_inits += 1;
                        out.insert(fd.name.id, outer.clone());
                    }
                    if let Some(b) = fd.body {
                        let mut found = Vec::new();
                        lits_in_block(b, &mut found);
                        for (i, (lit, body)) in found.into_iter().enumerate() {
                            let nm = format!("{outer}.func{}", i + 1);
                            nested_names(body, &nm, &mut out);
                            out.insert(lit, nm);
                        }
                    }
                }
                Decl::Gen(g) => {
                    for sp in g.specs.iter() {
                        if let Spec::Value(vs) = sp {
                            for v in vs.values.iter() {
                                let mut found = Vec::new();
                                lits_in_expr(v, &mut found);
                                for (lit, body) in found {
                                    init_count += 1;
                                    let nm = format!("init.func{init_count}");
                                    nested_names(body, &nm, &mut out);
                                    out.insert(lit, nm);
                                }
                            }
                        }
                    }
                }
                Decl::Bad(_) => {}
            }
        }
    }
    out
}

/// Names `outer.1`, `outer.2`, ... for the literals directly inside a
/// literal's body, recursively.
fn nested_names(body: &BlockStmt<'_>, outer: &str, out: &mut HashMap<NodeId, String>) {
    let mut found = Vec::new();
    lits_in_block(body, &mut found);
    for (i, (lit, b)) in found.into_iter().enumerate() {
        let nm = format!("{outer}.{}", i + 1);
        nested_names(b, &nm, out);
        out.insert(lit, nm);
    }
}

/// The function literals of a block that are not inside another literal,
/// in source order.
fn lits_in_block<'a>(b: &'a BlockStmt<'a>, out: &mut Vec<(NodeId, &'a BlockStmt<'a>)>) {
    for s in b.list.iter() {
        lits_in_stmt(s, out);
    }
}

fn lits_in_stmt<'a>(s: &'a Stmt<'a>, out: &mut Vec<(NodeId, &'a BlockStmt<'a>)>) {
    let ex = lits_in_expr;
    match &s.kind {
        StmtKind::Decl(g) => {
            for sp in g.specs.iter() {
                if let Spec::Value(vs) = sp {
                    for v in vs.values.iter() {
                        ex(v, out);
                    }
                }
            }
        }
        StmtKind::Labeled { stmt, .. } => lits_in_stmt(stmt, out),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => ex(e, out),
        StmtKind::Send { chan, value } => {
            ex(chan, out);
            ex(value, out);
        }
        StmtKind::IncDec { x, .. } => ex(x, out),
        StmtKind::Assign { lhs, rhs, .. } => {
            for e in lhs.iter().chain(rhs.iter()) {
                ex(e, out);
            }
        }
        StmtKind::Return { results } => {
            for e in results.iter() {
                ex(e, out);
            }
        }
        StmtKind::Block(b) => lits_in_block(b, out),
        StmtKind::If {
            init,
            cond,
            body,
            els,
        } => {
            if let Some(i) = init {
                lits_in_stmt(i, out);
            }
            ex(cond, out);
            lits_in_block(body, out);
            if let Some(e) = els {
                lits_in_stmt(e, out);
            }
        }
        StmtKind::Switch {
            init, tag, body, ..
        } => {
            if let Some(i) = init {
                lits_in_stmt(i, out);
            }
            if let Some(t) = tag {
                ex(t, out);
            }
            for c in body.iter() {
                for e in c.list.iter() {
                    ex(e, out);
                }
                for st in c.body.iter() {
                    lits_in_stmt(st, out);
                }
            }
        }
        StmtKind::TypeSwitch { init, x, body, .. } => {
            if let Some(i) = init {
                lits_in_stmt(i, out);
            }
            ex(x, out);
            for c in body.iter() {
                for st in c.body.iter() {
                    lits_in_stmt(st, out);
                }
            }
        }
        StmtKind::Select { body } => {
            for c in body.iter() {
                if let Some(cs) = c.comm {
                    lits_in_stmt(cs, out);
                }
                for st in c.body.iter() {
                    lits_in_stmt(st, out);
                }
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            if let Some(i) = init {
                lits_in_stmt(i, out);
            }
            if let Some(c) = cond {
                ex(c, out);
            }
            if let Some(p) = post {
                lits_in_stmt(p, out);
            }
            lits_in_block(body, out);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            for e in [key, value].into_iter().flatten() {
                ex(e, out);
            }
            ex(x, out);
            lits_in_block(body, out);
        }
        StmtKind::Bad | StmtKind::Empty { .. } | StmtKind::Branch { .. } => {}
    }
}

fn lits_in_expr<'a>(e: &'a Expr<'a>, out: &mut Vec<(NodeId, &'a BlockStmt<'a>)>) {
    match &e.kind {
        ExprKind::FuncLit { body, .. } => out.push((e.id, body)),
        ExprKind::CompositeLit { elts, .. } => {
            for x in elts.iter() {
                lits_in_expr(x, out);
            }
        }
        ExprKind::Paren(x)
        | ExprKind::Star(x)
        | ExprKind::Unary { x, .. }
        | ExprKind::Selector { x, .. }
        | ExprKind::TypeAssert { x, .. } => lits_in_expr(x, out),
        ExprKind::Index { x, indices, .. } => {
            lits_in_expr(x, out);
            for i in indices.iter() {
                lits_in_expr(i, out);
            }
        }
        ExprKind::Slice {
            x, low, high, max, ..
        } => {
            lits_in_expr(x, out);
            for y in [low, high, max].into_iter().flatten() {
                lits_in_expr(y, out);
            }
        }
        ExprKind::Call { fun, args, .. } => {
            lits_in_expr(fun, out);
            for a in args.iter() {
                lits_in_expr(a, out);
            }
        }
        ExprKind::Binary { x, y, .. } => {
            lits_in_expr(x, out);
            lits_in_expr(y, out);
        }
        ExprKind::KeyValue { key, value } => {
            lits_in_expr(key, out);
            lits_in_expr(value, out);
        }
        _ => {}
    }
}

/// Per-package facts the printer needs beyond the checker's `Info`:
/// gc's `ReassignOracle` (locals defined once and never reassigned or
/// address-taken, with their defining expression) and how `byte`/`rune`
/// were spelled where a variable or constant was declared.
#[derive(Default)]
pub struct Notes<'a> {
    /// Single-definition locals -> their defining right-hand side.
    defs: HashMap<ObjId, &'a Expr<'a>>,
    /// Variables/constants declared with an explicit `uint8`/`int32`
    /// (`true`) or `byte`/`rune` (`false`) type.
    spelled_plain: HashMap<ObjId, bool>,
    /// Per declared function or method: each parameter's spelling as in
    /// `spelled_plain` (`None`: neither).
    param_spelling: HashMap<ObjId, Vec<Option<bool>>>,
    /// Interface method calls gc devirtualizes (by the `x.M` selector's
    /// id): the concrete type, set by the analysis that proves it.
    devirt: RefCell<HashMap<NodeId, TypeId>>,
    /// gc's compiler temporaries (`.autotmp_N`), see `Temps`.
    temps: Temps,
}

/// The compiler temporaries gc's front end introduces while it builds a
/// function, numbered as gc numbers them: `.autotmp_N` where N is the
/// temporary's index among the function's declarations (receiver,
/// parameters, results, then locals and temporaries in the order the
/// front end meets them: a statement's new variables before its
/// expressions, a call's temporaries after its operands).
#[derive(Default)]
struct Temps {
    /// By call id: the temporary holding a callee that is computed by a
    /// call or receive (`f()(x)` prints `.autotmp_N(x)`, `f().M()` of an
    /// interface prints `.autotmp_N.M()`).
    callee: HashMap<NodeId, u32>,
    /// By the id of a multi-value call spread into another call's
    /// arguments (`g(f())`): the first of its results' temporaries.
    spread: HashMap<NodeId, u32>,
    /// By argument (or receiver) id: the temporary a `go`/`defer`
    /// statement evaluates it into.
    go_defer: HashMap<NodeId, u32>,
}

struct TempCount<'c, 'p> {
    cx: &'c PrintCx<'p>,
    n: u32,
    out: &'c mut Temps,
}

impl TempCount<'_, '_> {
    fn func(
        cx: &PrintCx<'_>,
        out: &mut Temps,
        recv: Option<&FieldList<'_>>,
        typ: &FuncType<'_>,
        body: &BlockStmt<'_>,
    ) {
        let mut n = 0u32;
        for fl in recv.into_iter().chain([typ.params]).chain(typ.results) {
            n += fl.num_fields() as u32;
        }
        let mut t = TempCount { cx, n, out };
        t.block(body);
    }

    fn new_vars(&mut self, names: &[&Ident<'_>]) {
        for id in names {
            if !id.is_blank() && self.cx.info.def(id.id).is_some() {
                self.n += 1;
            }
        }
    }

    fn new_var_exprs(&mut self, es: &[&Expr<'_>]) {
        for e in es {
            if let ExprKind::Ident(id) = &e.unparen().kind {
                self.new_vars(&[id]);
            }
        }
    }

    fn block(&mut self, b: &BlockStmt<'_>) {
        for s in b.list.iter() {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt<'_>) {
        match &s.kind {
            StmtKind::Decl(g) => {
                for sp in g.specs.iter() {
                    if let Spec::Value(vs) = sp {
                        if g.tok == Token::Var {
                            self.new_vars(vs.names);
                        }
                        for v in vs.values.iter() {
                            self.expr(v);
                        }
                        if g.tok == Token::Var && vs.values.len() == 1 && vs.names.len() > 1 {
                            // N:1 assignment: one temporary per value.
                            self.n += vs.names.len() as u32;
                        }
                    }
                }
            }
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Send { chan, value } => {
                self.expr(chan);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign { lhs, tok, rhs, .. } => {
                if *tok == Token::Define {
                    self.new_var_exprs(lhs);
                } else {
                    for l in lhs.iter() {
                        self.expr(l);
                    }
                }
                for r in rhs.iter() {
                    self.expr(r);
                }
                if rhs.len() == 1 && lhs.len() > 1 {
                    // N:1 assignment (a multi-value call or a comma-ok
                    // expression): one temporary per value.
                    self.n += lhs.len() as u32;
                }
            }
            StmtKind::Go(e) | StmtKind::Defer(e) => {
                self.expr(e);
                self.go_defer(e);
            }
            StmtKind::Return { results } => {
                for r in results.iter() {
                    self.expr(r);
                }
                if let [r] = &results[..] {
                    if let Some(n) = self.tuple_len(r) {
                        self.n += n as u32;
                    }
                }
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                body,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(cond);
                self.block(body);
                if let Some(e) = els {
                    self.stmt(e);
                }
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in body.iter() {
                    for e in c.list.iter() {
                        self.expr(e);
                    }
                    for st in c.body.iter() {
                        self.stmt(st);
                    }
                }
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(x);
                for c in body.iter() {
                    if bind.is_some_and(|b| !b.is_blank()) {
                        self.n += 1;
                    }
                    for st in c.body.iter() {
                        self.stmt(st);
                    }
                }
            }
            StmtKind::Select { body } => {
                for c in body.iter() {
                    if let Some(cs) = c.comm {
                        self.stmt(cs);
                    }
                    for st in c.body.iter() {
                        self.stmt(st);
                    }
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.expr(c);
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.block(body);
            }
            StmtKind::Range {
                key,
                value,
                tok,
                x,
                body,
                ..
            } => {
                if *tok == Token::Define {
                    let kv: Vec<&Expr<'_>> = [key, value].into_iter().flatten().copied().collect();
                    self.new_var_exprs(&kv);
                }
                self.expr(x);
                self.block(body);
            }
            StmtKind::Bad | StmtKind::Empty { .. } | StmtKind::Branch { .. } => {}
        }
    }

    /// Whether `e` contains a call or a receive (gc's `callOrChan`), other
    /// than `new(T)` and conversions.
    fn calls_or_receives(&self, e: &Expr<'_>) -> bool {
        let e = e.unparen();
        if const_of(self.cx, e).is_some() {
            return false;
        }
        match &e.kind {
            ExprKind::Call { fun, args, .. } => {
                if is_type_expr(self.cx, fun) {
                    return args.iter().any(|a| self.calls_or_receives(a));
                }
                let is_new = matches!(&fun.unparen().kind, ExprKind::Ident(id)
                    if matches!(self.cx.info.use_(id.id).and_then(|o| self.cx.objects.get(o.0 as usize)).map(|o| &o.kind), Some(ObjKind::Builtin(Builtin::New))));
                !is_new
            }
            ExprKind::Unary {
                op: Token::Arrow, ..
            } => true,
            ExprKind::Unary { x, .. } | ExprKind::Star(x) | ExprKind::Paren(x) => {
                self.calls_or_receives(x)
            }
            ExprKind::Selector { x, .. } | ExprKind::TypeAssert { x, .. } => {
                self.calls_or_receives(x)
            }
            ExprKind::Index { x, indices, .. } => {
                self.calls_or_receives(x) || indices.iter().any(|i| self.calls_or_receives(i))
            }
            ExprKind::Slice {
                x, low, high, max, ..
            } => {
                self.calls_or_receives(x)
                    || [low, high, max]
                        .into_iter()
                        .flatten()
                        .any(|y| self.calls_or_receives(y))
            }
            ExprKind::Binary { x, y, .. } => self.calls_or_receives(x) || self.calls_or_receives(y),
            ExprKind::CompositeLit { elts, .. } => elts.iter().any(|el| self.calls_or_receives(el)),
            ExprKind::KeyValue { key, value } => {
                self.calls_or_receives(key) || self.calls_or_receives(value)
            }
            _ => false,
        }
    }

    fn expr(&mut self, e: &Expr<'_>) {
        let e = e.unparen();
        if const_of(self.cx, e).is_some() {
            return;
        }
        match &e.kind {
            ExprKind::FuncLit { typ, body } => {
                TempCount::func(self.cx, self.out, None, typ, body);
            }
            ExprKind::CompositeLit { elts, .. } => {
                for x in elts.iter() {
                    self.expr(x);
                }
            }
            ExprKind::Paren(x)
            | ExprKind::Star(x)
            | ExprKind::Unary { x, .. }
            | ExprKind::Selector { x, .. }
            | ExprKind::TypeAssert { x, .. } => self.expr(x),
            ExprKind::Index { x, indices, .. } => {
                self.expr(x);
                for i in indices.iter() {
                    self.expr(i);
                }
            }
            ExprKind::Slice {
                x, low, high, max, ..
            } => {
                self.expr(x);
                for y in [low, high, max].into_iter().flatten() {
                    self.expr(y);
                }
            }
            ExprKind::Binary { x, y, .. } => {
                self.expr(x);
                self.expr(y);
            }
            ExprKind::KeyValue { key, value } => {
                self.expr(key);
                self.expr(value);
            }
            ExprKind::Call { fun, args, .. } => {
                let fu = fun.unparen();
                self.expr(fu);
                for a in args.iter() {
                    self.expr(a);
                }
                if is_type_expr(self.cx, fu) {
                    return;
                }
                // A multi-value call spread into the arguments.
                if args.len() == 1 {
                    if let Some(n) = self.tuple_len(args[0]) {
                        self.out.spread.insert(args[0].unparen().id, self.n);
                        self.n += n as u32;
                    }
                }
                // A callee computed by a call or receive (the receiver, for
                // an interface method).
                let callee = match &fu.kind {
                    ExprKind::Selector { x, .. } => match self.cx.info.selections.get(&fu.id) {
                        Some(sl) if sl.kind == SelectionKind::MethodVal => {
                            let iface = self
                                .cx
                                .types
                                .is_interface(self.cx.types.deref(sl.recv).unwrap_or(sl.recv))
                                || self.iface_method(sl.obj);
                            if iface {
                                Some(*x)
                            } else {
                                None
                            }
                        }
                        Some(_) => Some(fu),
                        None => None,
                    },
                    ExprKind::Ident(_) => None,
                    _ => Some(fu),
                };
                if let Some(c) = callee {
                    if self.calls_or_receives(c) {
                        self.out.callee.insert(e.id, self.n);
                        self.n += 1;
                    }
                }
            }
            _ => {}
        }
    }

    /// Whether a method object belongs to an interface.
    fn iface_method(&self, m: ObjId) -> bool {
        match self.cx.objects.get(m.0 as usize).map(|o| &o.kind) {
            Some(ObjKind::Func { recv: Some(r), .. }) => self.cx.types.is_interface(*r),
            _ => false,
        }
    }

    fn tuple_len(&self, e: &Expr<'_>) -> Option<usize> {
        let e = e.unparen();
        if !matches!(e.kind, ExprKind::Call { .. }) {
            return None;
        }
        let t = self.cx.info.type_of(e.id)?.typ;
        self.cx
            .types
            .tuple_types(t)
            .map(|v| v.len())
            .filter(|n| *n >= 2)
    }

    /// The temporaries of a `go`/`defer` statement's wrapper: one per
    /// operand that must be evaluated at the statement (gc's
    /// `normalizeGoDeferCall`), none if the call takes and returns nothing.
    fn go_defer(&mut self, call: &Expr<'_>) {
        let ExprKind::Call { fun, args, .. } = &call.unparen().kind else {
            return;
        };
        let fu = fun.unparen();
        let builtin = matches!(&fu.kind, ExprKind::Ident(id)
            if matches!(self.cx.info.use_(id.id).and_then(|o| self.cx.objects.get(o.0 as usize)).map(|o| &o.kind), Some(ObjKind::Builtin(_))));
        if !builtin {
            if let Some(sig) = self
                .cx
                .info
                .type_of(fu.id)
                .and_then(|t| self.cx.types.signature(t.typ))
            {
                if sig.params.is_empty() && sig.results.is_empty() {
                    let method = matches!(
                        self.cx.info.selections.get(&fu.id).map(|s| s.kind),
                        Some(SelectionKind::MethodVal)
                    );
                    if !method {
                        return;
                    }
                }
            }
        }
        let mut ops: Vec<&Expr<'_>> = Vec::new();
        if !builtin {
            match &fu.kind {
                ExprKind::Selector { x, .. } => match self.cx.info.selections.get(&fu.id) {
                    Some(sl) if sl.kind == SelectionKind::MethodVal => ops.push(x),
                    Some(sl) if sl.kind == SelectionKind::MethodExpr => {}
                    _ => {
                        if !self.global_func(fu) {
                            ops.push(fu);
                        }
                    }
                },
                _ => {
                    if !self.global_func(fu) {
                        ops.push(fu);
                    }
                }
            }
        }
        for a in args.iter() {
            self.go_defer_operand(a, &mut ops);
        }
        for o in ops {
            self.out.go_defer.insert(o.unparen().id, self.n);
            self.n += 1;
        }
    }

    fn global_func(&self, e: &Expr<'_>) -> bool {
        let id = match &e.unparen().kind {
            ExprKind::Ident(id) => id,
            ExprKind::Selector { sel, .. } => sel,
            _ => return false,
        };
        matches!(
            self.cx
                .info
                .use_(id.id)
                .and_then(|o| self.cx.objects.get(o.0 as usize))
                .map(|o| &o.kind),
            Some(ObjKind::Func { recv: None, .. })
        )
    }

    fn go_defer_operand<'e>(&self, a: &'e Expr<'e>, ops: &mut Vec<&'e Expr<'e>>) {
        let u = a.unparen();
        if const_of(self.cx, u).is_some() || self.global_func(u) {
            return;
        }
        match &u.kind {
            ExprKind::Ident(id) if id.name == "nil" => {}
            ExprKind::Call { fun, .. }
                if matches!(&fun.unparen().kind, ExprKind::Ident(id)
                    if matches!(self.cx.info.use_(id.id).and_then(|o| self.cx.objects.get(o.0 as usize)).map(|o| &o.kind), Some(ObjKind::Builtin(Builtin::New)))) =>
                {}
            ExprKind::CompositeLit { elts, .. } if !self.type_of_is_pointer(u) => {
                for el in elts.iter() {
                    match &el.kind {
                        ExprKind::KeyValue { value, .. } => self.go_defer_operand(value, ops),
                        _ => self.go_defer_operand(el, ops),
                    }
                }
            }
            _ => ops.push(u),
        }
    }

    fn type_of_is_pointer(&self, e: &Expr<'_>) -> bool {
        self.cx.info.type_of(e.id).is_some_and(|t| {
            self.cx.types.is_pointer(t.typ)
                || matches!(self.cx.types.under_kind(t.typ), TypeKind::Map { .. })
        })
    }
}

impl<'a> Notes<'a> {
    /// Collects the facts from every function body of `files` (the package
    /// being reported on).
    pub fn new(cx: &PrintCx<'_>, files: &[&'a File<'a>]) -> Notes<'a> {
        let mut c = Collect {
            cx,
            defs: HashMap::new(),
            pruned: HashSet::new(),
            spelled_plain: HashMap::new(),
        };
        for f in files {
            for d in f.decls.iter() {
                match d {
                    Decl::Func(fd) => {
                        if let Some(b) = fd.body {
                            c.block(b);
                        }
                    }
                    Decl::Gen(g) => c.gen_decl(g, false),
                    Decl::Bad(_) => {}
                }
            }
        }
        let mut temps = Temps::default();
        // Package-level initialisers share gc's `init` function's counter.
        let mut init_n = 0u32;
        let mut init_pkg = "";
        for f in files {
            if f.name.name != init_pkg {
                init_pkg = f.name.name;
                init_n = 0;
            }
            for d in f.decls.iter() {
                match d {
                    Decl::Func(fd) => {
                        if let Some(b) = fd.body {
                            TempCount::func(cx, &mut temps, fd.recv, fd.typ, b);
                        }
                    }
                    Decl::Gen(g) => {
                        // Package-level initialisers (gc's `init`).
                        let mut t = TempCount {
                            cx,
                            n: init_n,
                            out: &mut temps,
                        };
                        for sp in g.specs.iter() {
                            if let Spec::Value(vs) = sp {
                                for v in vs.values.iter() {
                                    t.expr(v);
                                }
                            }
                        }
                        init_n = t.n;
                    }
                    Decl::Bad(_) => {}
                }
            }
        }
        let mut param_spelling = HashMap::new();
        for f in files {
            for d in f.decls.iter() {
                let Decl::Func(fd) = d else { continue };
                let Some(o) = cx.info.def(fd.name.id) else {
                    continue;
                };
                let mut v = Vec::new();
                for field in fd.typ.params.list.iter() {
                    let sp = spelled_plain_of(field.typ);
                    for _ in 0..field.names.len().max(1) {
                        v.push(sp);
                    }
                }
                if v.iter().any(Option::is_some) {
                    param_spelling.insert(o, v);
                }
            }
        }
        let Collect {
            mut defs,
            pruned,
            spelled_plain,
            ..
        } = c;
        defs.retain(|k, _| !pruned.contains(k));
        Notes {
            defs,
            spelled_plain,
            param_spelling,
            devirt: RefCell::new(HashMap::new()),
            temps,
        }
    }

    /// gc's `StaticValue`: follows representation-preserving conversions,
    /// parentheses and single-definition locals to the expression that
    /// defines `e`'s value.
    pub fn static_value<'e>(&self, cx: &PrintCx<'_>, e: &'e Expr<'e>) -> &'e Expr<'e>
    where
        'a: 'e,
    {
        let mut e = e;
        for _ in 0..1000 {
            let u = e.unparen();
            if let Some(x) = convnop_operand(cx, u) {
                e = x;
                continue;
            }
            if let ExprKind::Ident(id) = &u.kind {
                if let Some(o) = cx.info.use_(id.id) {
                    if let Some(rhs) = self.defs.get(&o) {
                        e = rhs;
                        continue;
                    }
                }
            }
            return u;
        }
        e
    }

    /// Records that gc devirtualizes the interface method call whose
    /// selector `x.M` has id `selector` to the concrete type `concrete`:
    /// the call then prints as `T.M(x.(C))` (gc's `devirtualizing x.M to C`).
    pub fn set_devirtualized(&self, selector: NodeId, concrete: TypeId) {
        self.devirt.borrow_mut().insert(selector, concrete);
    }

    /// The concrete type recorded by `set_devirtualized`.
    pub fn devirtualized(&self, selector: NodeId) -> Option<TypeId> {
        self.devirt.borrow().get(&selector).copied()
    }

    /// The `.autotmp_N` number of the temporary gc evaluates a `go`/`defer`
    /// statement's operand (argument, receiver or computed callee) into.
    pub fn go_defer_temp(&self, operand: NodeId) -> Option<u32> {
        self.temps.go_defer.get(&operand).copied()
    }

    /// For a multi-value call spread into another call's arguments
    /// (`g(f())`, by `f()`'s id): the number of the first of the
    /// temporaries gc assigns its results to (`.autotmp_N`, N+1, ...).
    pub fn spread_temp(&self, call: NodeId) -> Option<u32> {
        self.temps.spread.get(&call).copied()
    }

    /// The constant `e` statically evaluates to, if any.
    pub fn static_const(&self, cx: &PrintCx<'_>, e: &Expr<'_>) -> Option<ConstValue> {
        let s = self.static_value(cx, e);
        const_of(cx, s).map(|(v, _)| v.clone())
    }
}

/// `Some(true)` for a type spelled `uint8`/`int32`, `Some(false)` for
/// `byte`/`rune`.
fn spelled_plain_of(t: &Expr<'_>) -> Option<bool> {
    match &t.unparen().kind {
        ExprKind::Ident(i) if i.name == "uint8" || i.name == "int32" => Some(true),
        ExprKind::Ident(i) if i.name == "byte" || i.name == "rune" => Some(false),
        _ => None,
    }
}

/// The operand of a conversion that changes no representation (gc's
/// `OCONVNOP`: identical underlying types, or both pointers to such).
fn convnop_operand<'e>(cx: &PrintCx<'_>, e: &'e Expr<'e>) -> Option<&'e Expr<'e>> {
    let ExprKind::Call {
        fun,
        args,
        ellipsis: None,
        ..
    } = &e.kind
    else {
        return None;
    };
    if args.len() != 1 || !is_type_expr(cx, fun) {
        return None;
    }
    let to = cx.info.type_of(e.id)?.typ;
    let from = cx.info.type_of(args[0].id)?.typ;
    let t = cx.types;
    if t.is_untyped(from) {
        return None;
    }
    // Float and complex conversions are kept (they round), even between
    // types of one kind (typecheck's tcConv).
    if t.is_float(to) || t.is_complex(to) || t.is_float(from) || t.is_complex(from) {
        return None;
    }
    let same = |a: TypeId, b: TypeId| t.identical(t.underlying(a), t.underlying(b));
    if same(to, from) && !t.is_interface(to) {
        return Some(args[0]);
    }
    match (t.under_kind(to), t.under_kind(from)) {
        (TypeKind::Pointer(a), TypeKind::Pointer(b)) if same(*a, *b) => Some(args[0]),
        // Integers of one machine representation (gc's SimType: int and
        // int64, uint, uint64 and uintptr on amd64).
        (TypeKind::Basic(a), TypeKind::Basic(b))
            if sim_int(*a).is_some() && sim_int(*a) == sim_int(*b) =>
        {
            Some(args[0])
        }
        _ => None,
    }
}

/// gc's `SimType` of an integer kind on amd64 (size, signedness).
fn sim_int(k: BasicKind) -> Option<(u8, bool)> {
    use BasicKind::*;
    Some(match k {
        Int8 => (1, true),
        Int16 => (2, true),
        Int32 => (4, true),
        Int | Int64 => (8, true),
        Uint8 => (1, false),
        Uint16 => (2, false),
        Uint32 => (4, false),
        Uint | Uint64 | Uintptr => (8, false),
        _ => return None,
    })
}

fn is_type_expr(cx: &PrintCx<'_>, e: &Expr<'_>) -> bool {
    cx.info
        .type_of(e.id)
        .is_some_and(|tv| tv.mode == Mode::TypeExpr)
}

fn const_of<'i>(cx: &PrintCx<'i>, e: &Expr<'_>) -> Option<(&'i ConstValue, TypeId)> {
    let tv = cx.info.type_of(e.id)?;
    if tv.mode != Mode::Constant {
        return None;
    }
    tv.value.as_ref().map(|v| (v, tv.typ))
}

struct Collect<'c, 'p, 'a> {
    cx: &'c PrintCx<'p>,
    defs: HashMap<ObjId, &'a Expr<'a>>,
    pruned: HashSet<ObjId>,
    spelled_plain: HashMap<ObjId, bool>,
}

impl<'c, 'p, 'a> Collect<'c, 'p, 'a> {
    fn obj(&self, id: &Ident<'_>) -> Option<ObjId> {
        self.cx.info.object_of(id.id)
    }

    fn spelling(&mut self, names: &[&Ident<'_>], typ: Option<&Expr<'_>>) {
        let Some(t) = typ else { return };
        let plain = match &t.unparen().kind {
            ExprKind::Ident(i) if i.name == "uint8" || i.name == "int32" => true,
            ExprKind::Ident(i) if i.name == "byte" || i.name == "rune" => false,
            _ => return,
        };
        for n in names {
            if let Some(o) = self.cx.info.def(n.id) {
                self.spelled_plain.insert(o, plain);
            }
        }
    }

    fn gen_decl(&mut self, g: &'a GenDecl<'a>, local: bool) {
        for s in g.specs.iter() {
            if let Spec::Value(vs) = s {
                self.spelling(vs.names, vs.typ);
                for v in vs.values.iter() {
                    self.expr(v);
                }
                if local && g.tok == Token::Var && vs.names.len() == vs.values.len() {
                    for (n, v) in vs.names.iter().zip(vs.values.iter()) {
                        if let Some(o) = self.cx.info.def(n.id) {
                            self.defs.insert(o, v);
                        }
                    }
                }
            }
        }
    }

    /// An assignment to `lhs` that is not its definition.
    fn prune(&mut self, lhs: &Expr<'_>) {
        let mut e = lhs.unparen();
        loop {
            match &e.kind {
                ExprKind::Selector { x, .. } => {
                    // `x.f` of a struct value (not through a pointer).
                    let through_ptr = self
                        .cx
                        .info
                        .selections
                        .get(&e.id)
                        .map(|s| s.indirect || self.cx.types.deref(s.recv).is_some())
                        .unwrap_or(true);
                    if through_ptr {
                        return;
                    }
                    e = x.unparen();
                }
                ExprKind::Index { x, .. } => {
                    let is_array = self.cx.info.type_of(x.id).is_some_and(|tv| {
                        matches!(self.cx.types.under_kind(tv.typ), TypeKind::Array { .. })
                    });
                    if !is_array {
                        return;
                    }
                    e = x.unparen();
                }
                ExprKind::Ident(id) => {
                    if let Some(o) = self.obj(id) {
                        self.pruned.insert(o);
                    }
                    return;
                }
                _ => return,
            }
        }
    }

    fn block(&mut self, b: &'a BlockStmt<'a>) {
        for s in b.list.iter() {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &'a Stmt<'a>) {
        match &s.kind {
            StmtKind::Decl(g) => self.gen_decl(g, true),
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Send { chan, value } => {
                self.expr(chan);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => {
                self.prune(x);
                self.expr(x);
            }
            StmtKind::Assign { lhs, tok, rhs, .. } => {
                for r in rhs.iter() {
                    self.expr(r);
                }
                for l in lhs.iter() {
                    self.expr(l);
                }
                if *tok == Token::Define {
                    for (i, l) in lhs.iter().enumerate() {
                        let ExprKind::Ident(id) = &l.kind else {
                            continue;
                        };
                        if self.cx.info.def(id.id).is_some() {
                            if lhs.len() == rhs.len() {
                                if let Some(o) = self.cx.info.def(id.id) {
                                    self.defs.insert(o, rhs[i]);
                                }
                            }
                        } else {
                            self.prune(l);
                        }
                    }
                } else {
                    for l in lhs.iter() {
                        self.prune(l);
                    }
                }
            }
            StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Return { results } => {
                for r in results.iter() {
                    self.expr(r);
                }
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                body,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(cond);
                self.block(body);
                if let Some(e) = els {
                    self.stmt(e);
                }
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in body.iter() {
                    for e in c.list.iter() {
                        self.expr(e);
                    }
                    for s in c.body.iter() {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::TypeSwitch { init, x, body, .. } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(x);
                for c in body.iter() {
                    for s in c.body.iter() {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::Select { body } => {
                for c in body.iter() {
                    if let Some(cs) = c.comm {
                        self.stmt(cs);
                    }
                    for s in c.body.iter() {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.expr(c);
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.block(body);
            }
            StmtKind::Range {
                key,
                value,
                tok,
                x,
                body,
                ..
            } => {
                self.expr(x);
                if *tok == Token::Assign {
                    if let Some(k) = key {
                        self.prune(k);
                    }
                    if let Some(v) = value {
                        self.prune(v);
                    }
                }
                self.block(body);
            }
            StmtKind::Bad | StmtKind::Empty { .. } | StmtKind::Branch { .. } => {}
        }
    }

    fn expr(&mut self, e: &'a Expr<'a>) {
        match &e.kind {
            ExprKind::FuncLit { body, .. } => self.block(body),
            ExprKind::CompositeLit { elts, .. } => {
                for x in elts.iter() {
                    self.expr(x);
                }
            }
            ExprKind::Paren(x) | ExprKind::Star(x) => self.expr(x),
            ExprKind::Selector { x, .. } => {
                // A pointer-receiver method value or call on an
                // addressable variable takes its address.
                if let Some(sel) = self.cx.info.selections.get(&e.id) {
                    if sel.kind == SelectionKind::MethodVal
                        && self.cx.types.deref(sel.recv).is_none()
                    {
                        if let Some(ObjKind::Func { recv: Some(r), .. }) =
                            self.cx.objects.get(sel.obj.0 as usize).map(|o| &o.kind)
                        {
                            if self.cx.types.deref(*r).is_some() {
                                self.prune(x);
                            }
                        }
                    }
                }
                self.expr(x);
            }
            ExprKind::Index { x, indices, .. } => {
                self.expr(x);
                for i in indices.iter() {
                    self.expr(i);
                }
            }
            ExprKind::Slice {
                x, low, high, max, ..
            } => {
                let is_array = self.cx.info.type_of(x.id).is_some_and(|tv| {
                    matches!(self.cx.types.under_kind(tv.typ), TypeKind::Array { .. })
                });
                if is_array {
                    self.prune(x);
                }
                self.expr(x);
                for y in [low, high, max].into_iter().flatten() {
                    self.expr(y);
                }
            }
            ExprKind::TypeAssert { x, .. } => self.expr(x),
            ExprKind::Call { fun, args, .. } => {
                self.expr(fun);
                for a in args.iter() {
                    self.expr(a);
                }
            }
            ExprKind::Unary { op, x } => {
                if *op == Token::And {
                    self.prune(x);
                }
                self.expr(x);
            }
            ExprKind::Binary { x, y, .. } => {
                self.expr(x);
                self.expr(y);
            }
            ExprKind::KeyValue { key, value } => {
                self.expr(key);
                self.expr(value);
            }
            _ => {}
        }
    }
}

// gc's operator precedences (ir.OpPrec).
const PREC_ATOM: u8 = 8;
const PREC_UNARY: u8 = 7;
/// `OPTRLIT`, `OCLOSURE` and `OADDSTR` have no entry in gc's table.
const PREC_NONE: u8 = 0;

fn binary_prec(op: Token) -> u8 {
    match op {
        Token::Mul
        | Token::Quo
        | Token::Rem
        | Token::Shl
        | Token::Shr
        | Token::And
        | Token::AndNot => 6,
        Token::Add | Token::Sub | Token::Or | Token::Xor => 5,
        Token::Eql | Token::Lss | Token::Leq | Token::Geq | Token::Gtr | Token::Neq => 4,
        Token::Arrow => 3,
        Token::LAnd => 2,
        Token::LOr => 1,
        _ => 5,
    }
}

fn op_str(op: Token) -> &'static str {
    match op {
        Token::Add => "+",
        Token::Sub => "-",
        Token::Mul => "*",
        Token::Quo => "/",
        Token::Rem => "%",
        Token::And => "&",
        Token::Or => "|",
        Token::Xor => "^",
        Token::Shl => "<<",
        Token::Shr => ">>",
        Token::AndNot => "&^",
        Token::LAnd => "&&",
        Token::LOr => "||",
        Token::Arrow => "<-",
        Token::Eql => "==",
        Token::Neq => "!=",
        Token::Lss => "<",
        Token::Leq => "<=",
        Token::Gtr => ">",
        Token::Geq => ">=",
        Token::Not => "!",
        Token::Tilde => "~",
        _ => "?",
    }
}

/// A call's arguments and what the printer needs of its callee.
#[derive(Clone, Copy)]
struct CallArgs<'x, 'e> {
    args: &'x [&'x Expr<'e>],
    has_ellipsis: bool,
    /// (variadic, number of parameters) of the callee's signature.
    variadic: Option<(bool, usize)>,
    /// The called function or method, if static.
    callee: Option<ObjId>,
}

struct P<'c, 'p, 'n> {
    cx: &'c PrintCx<'p>,
    notes: &'c Notes<'n>,
}

impl<'c, 'p, 'n> P<'c, 'p, 'n> {
    fn new(cx: &'c PrintCx<'p>, notes: &'c Notes<'n>) -> Self {
        P { cx, notes }
    }

    fn obj(&self, o: ObjId) -> Option<&'p Object> {
        self.cx.objects.get(o.0 as usize)
    }

    fn type_of(&self, e: &Expr<'_>) -> Option<TypeId> {
        self.cx.info.type_of(e.id).map(|tv| tv.typ)
    }

    /// The precedence gc gives the IR node `e` becomes.
    fn prec_of(&self, e: &Expr<'_>) -> u8 {
        let e = e.unparen();
        if const_of(self.cx, e).is_some() {
            return PREC_ATOM;
        }
        match &e.kind {
            ExprKind::FuncLit { .. } => PREC_NONE,
            // gc's ORECOVERFP has no precedence entry.
            ExprKind::Call { fun, .. }
                if self.builtin_of(fun.unparen()) == Some(Builtin::Recover) =>
            {
                PREC_NONE
            }
            ExprKind::Unary { op: Token::And, x } => {
                if matches!(x.unparen().kind, ExprKind::CompositeLit { .. }) {
                    PREC_NONE
                } else {
                    PREC_UNARY
                }
            }
            ExprKind::Unary { .. } | ExprKind::Star(_) => PREC_UNARY,
            ExprKind::CompositeLit { .. } => {
                // An elided `&T` in a nested literal is an OPTRLIT.
                if self.type_of(e).is_some_and(|t| self.cx.types.is_pointer(t)) {
                    PREC_NONE
                } else {
                    PREC_ATOM
                }
            }
            ExprKind::Binary { op, .. } => {
                if *op == Token::Add && self.is_string_add(e) {
                    PREC_NONE
                } else {
                    binary_prec(*op)
                }
            }
            _ => PREC_ATOM,
        }
    }

    fn is_string_add(&self, e: &Expr<'_>) -> bool {
        self.type_of(e).is_some_and(|t| self.cx.types.is_string(t))
    }

    fn expr(&self, s: &mut String, e: &Expr<'_>, prec: u8) {
        self.expr_hinted(s, e, prec, None)
    }

    /// `expr`, with the `byte`/`rune` spelling of the type a constant `e`
    /// was converted to implicitly (a parameter's declared type).
    fn expr_hinted(&self, s: &mut String, e: &Expr<'_>, prec: u8, ctx_hint: Option<bool>) {
        let e = e.unparen();
        let nprec = self.prec_of(e);
        if prec > nprec {
            s.push('(');
            self.expr(s, e, 0);
            s.push(')');
            return;
        }
        if let Some((v, t)) = const_of(self.cx, e) {
            let hint = self.spelling_hint(e).or(ctx_hint);
            if let (ConstValue::String(_), ExprKind::BasicLit(l)) = (v, &e.kind) {
                // The literal's bytes (the checker's value is valid UTF-8).
                if !self.cx.types.is_named(t) {
                    if let Some(b) = constant::parse_string_bytes(l.value) {
                        s.push_str(&quote_bytes(&b, 72));
                        return;
                    }
                }
            }
            self.literal(s, v, t, hint);
            return;
        }
        match &e.kind {
            ExprKind::Bad => s.push_str("<bad>"),
            ExprKind::Ident(id) => self.ident(s, id),
            ExprKind::Ellipsis(_) => s.push_str("..."),
            ExprKind::BasicLit(l) => s.push_str(l.value),
            ExprKind::FuncLit { .. } => s.push_str("func literal"),
            ExprKind::CompositeLit { typ, elts, .. } => {
                let t = self.type_of(e).unwrap_or(INVALID);
                match typ {
                    Some(tx) if !self.has_ellipsis_len(tx) => self.type_expr(s, tx),
                    Some(tx) => match (&tx.unparen().kind, self.cx.types.kind(t)) {
                        (ExprKind::ArrayType { elem, .. }, TypeKind::Array { len, .. }) => {
                            s.push_str(&format!("[{len}]"));
                            self.type_expr(s, elem);
                        }
                        _ => self.type_id(s, t, 0),
                    },
                    None => {
                        if let Some(b) = self.cx.types.deref(t) {
                            s.push('&');
                            self.type_id(s, b, 0);
                        } else {
                            self.type_id(s, t, 0);
                        }
                    }
                }
                s.push_str(if elts.is_empty() { "{}" } else { "{...}" });
            }
            ExprKind::Paren(x) => self.expr(s, x, prec),
            ExprKind::Selector { x, sel } => self.selector(s, e, x, sel, nprec),
            ExprKind::Index { x, indices, .. } => {
                self.expr(s, x, nprec);
                s.push('[');
                for (i, ix) in indices.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.expr(s, ix, 0);
                }
                s.push(']');
            }
            ExprKind::Slice {
                x,
                low,
                high,
                max,
                slice3,
                ..
            } => {
                self.expr(s, x, nprec);
                s.push('[');
                if let Some(l) = low {
                    self.expr(s, l, 0);
                }
                s.push(':');
                if let Some(h) = high {
                    self.expr(s, h, 0);
                }
                if *slice3 {
                    s.push(':');
                    if let Some(m) = max {
                        self.expr(s, m, 0);
                    }
                }
                s.push(']');
            }
            ExprKind::TypeAssert { x, typ } => {
                self.expr(s, x, nprec);
                s.push_str(".(");
                match typ {
                    Some(t) => self.type_expr(s, t),
                    None => s.push_str("type"),
                }
                s.push(')');
            }
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                ..
            } => self.call(s, e, fun, args, ellipsis.is_some(), nprec),
            ExprKind::Star(x) => {
                s.push('*');
                self.expr(s, x, nprec + 1);
            }
            ExprKind::Unary { op, x } => {
                s.push_str(op_str(*op));
                if *op == Token::And && matches!(x.unparen().kind, ExprKind::CompositeLit { .. }) {
                    self.expr(s, x, 0);
                    return;
                }
                if let ExprKind::Unary { op: op2, .. } = &x.unparen().kind {
                    if op2 == op && const_of(self.cx, x).is_none() {
                        s.push(' ');
                    }
                }
                self.expr(s, x, nprec + 1);
            }
            ExprKind::Binary { op, x, y } => {
                if *op == Token::Add && self.is_string_add(e) {
                    // OADDSTR: a flat list printed at precedence 0.
                    self.expr(s, x, 0);
                    s.push_str(" + ");
                    self.expr(s, y, 0);
                    return;
                }
                self.expr(s, x, nprec);
                s.push(' ');
                s.push_str(op_str(*op));
                s.push(' ');
                if matches!(op, Token::Shl | Token::Shr) {
                    if let Some((v, t)) = const_of(self.cx, y) {
                        // gc converts a constant shift count to uint.
                        let t = if self.cx.types.is_untyped(t) { UINT } else { t };
                        self.literal(s, v, t, None);
                        return;
                    }
                }
                self.expr(s, y, nprec + 1);
            }
            ExprKind::KeyValue { key, value } => {
                self.expr(s, key, 0);
                s.push(':');
                self.expr(s, value, 0);
            }
            ExprKind::ArrayType { .. }
            | ExprKind::StructType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => self.type_expr(s, e),
        }
    }

    fn has_ellipsis_len(&self, t: &Expr<'_>) -> bool {
        matches!(
            &t.unparen().kind,
            ExprKind::ArrayType {
                len: Some(l),
                ..
            } if matches!(l.kind, ExprKind::Ellipsis(None))
        )
    }

    fn ident(&self, s: &mut String, id: &Ident<'_>) {
        if id.name == "_" {
            s.push('_');
            return;
        }
        match self.cx.info.object_of(id.id).and_then(|o| self.obj(o)) {
            Some(o) => self.qualified(s, o),
            None => s.push_str(id.name),
        }
    }

    /// A package-level name: `pkg.Name` unless it belongs to the package
    /// being compiled (or the universe).
    fn qualified(&self, s: &mut String, o: &Object) {
        if let (Some(p), true) = (o.pkg, o.global) {
            if p != self.cx.pkg {
                s.push_str(&self.pkg_name(p));
                s.push('.');
            }
        }
        s.push_str(&o.name);
    }

    fn pkg_name(&self, p: PkgId) -> String {
        // A package's name is how its importers refer to it.
        for o in self.cx.objects {
            if let ObjKind::PkgName(q) = o.kind {
                if q == p {
                    return o.name.clone();
                }
            }
        }
        format!("pkg{}", p.0)
    }

    fn selector(&self, s: &mut String, e: &Expr<'_>, x: &Expr<'_>, sel: &Ident<'_>, nprec: u8) {
        // Package-qualified name.
        if let ExprKind::Ident(px) = &x.unparen().kind {
            if let Some(o) = self.cx.info.use_(px.id).and_then(|o| self.obj(o)) {
                if matches!(o.kind, ObjKind::PkgName(_)) {
                    match self.cx.info.use_(sel.id).and_then(|o| self.obj(o)) {
                        Some(so) if so.pkg.is_some() => self.qualified(s, so),
                        _ => {
                            s.push_str(px.name);
                            s.push('.');
                            s.push_str(sel.name);
                        }
                    }
                    return;
                }
            }
        }
        let Some(selection) = self.cx.info.selections.get(&e.id) else {
            self.expr(s, x, nprec);
            s.push('.');
            s.push_str(sel.name);
            return;
        };
        if selection.kind == SelectionKind::MethodExpr {
            // OMETHEXPR: the receiver type, parenthesized if a pointer.
            let t = self.type_of(x).unwrap_or(INVALID);
            if self.cx.types.is_pointer(t) && !self.cx.types.is_named(t) {
                s.push('(');
                self.type_expr(s, x);
                s.push(')');
            } else {
                self.type_expr(s, x);
            }
            s.push('.');
            s.push_str(sel.name);
            return;
        }
        self.expr(s, x, nprec);
        self.embedded_path(s, selection.recv, &selection.index);
        s.push('.');
        s.push_str(sel.name);
    }

    /// The implicit embedded fields of a selection path (all but its last
    /// index), as `.Inner.Deeper`; returns the type reached.
    fn embedded_path(&self, s: &mut String, recv: TypeId, index: &[usize]) -> TypeId {
        let tt = self.cx.types;
        let mut t = recv;
        if index.len() > 1 {
            for &i in &index[..index.len() - 1] {
                let st = tt.deref(t).unwrap_or(t);
                let Some(f) = tt.struct_fields(st).and_then(|fs| fs.get(i)) else {
                    break;
                };
                s.push('.');
                s.push_str(&f.name);
                t = f.typ;
            }
        }
        t
    }

    fn call(
        &self,
        s: &mut String,
        e: &Expr<'_>,
        fun: &Expr<'_>,
        args: &[&Expr<'_>],
        has_ellipsis: bool,
        nprec: u8,
    ) {
        let fu = fun.unparen();
        // Conversion.
        if is_type_expr(self.cx, fu) {
            self.conversion(s, e, fu, args);
            return;
        }
        // Builtin.
        if let Some(b) = self.builtin_of(fu) {
            self.builtin(s, e, b, args, has_ellipsis);
            return;
        }
        let sig_t = self.type_of(fu);
        let variadic = sig_t
            .and_then(|t| self.cx.types.signature(t))
            .map(|sg| (sg.variadic, sg.params.len()));
        let callee = match &fu.kind {
            ExprKind::Ident(id) => self.cx.info.use_(id.id),
            ExprKind::Selector { sel, .. } => match self.cx.info.selections.get(&fu.id) {
                Some(sl) => Some(sl.obj),
                None => self.cx.info.use_(sel.id),
            },
            _ => None,
        };
        let call = CallArgs {
            args,
            has_ellipsis,
            variadic,
            callee,
        };
        let callee_temp = self.notes.temps.callee.get(&e.id).copied();
        // Method call in method-expression form.
        if let ExprKind::Selector { x, sel } = &fu.kind {
            if let Some(selection) = self.cx.info.selections.get(&fu.id) {
                if selection.kind == SelectionKind::MethodVal {
                    let mut path = String::new();
                    let reached = self.embedded_path(&mut path, selection.recv, &selection.index);
                    let base = self.cx.types.deref(reached).unwrap_or(reached);
                    let iface = self.cx.types.is_interface(base);
                    // The receiver is an operand of a selector (`x.M()`,
                    // `x.Inner`) or, in method-expression form, an argument.
                    let mut recv = String::new();
                    match callee_temp.filter(|_| iface) {
                        // gc evaluated the receiver into a temporary.
                        Some(n) => recv = format!(".autotmp_{n}"),
                        None => {
                            let prec = if iface || !path.is_empty() {
                                PREC_ATOM
                            } else {
                                0
                            };
                            self.expr(&mut recv, x, prec);
                            recv.push_str(&path);
                        }
                    }
                    if iface {
                        if let Some(t) = self.notes.devirtualized(fu.id) {
                            let pkg = self.obj(selection.obj).and_then(|o| o.pkg);
                            if self.devirtualized_call(s, &recv, t, sel.name, pkg, &call) {
                                return;
                            }
                        }
                        s.push_str(&recv);
                        s.push('.');
                        s.push_str(sel.name);
                        self.args(s, &call, &[]);
                        return;
                    }
                    let mtype = match self.obj(selection.obj).map(|o| &o.kind) {
                        Some(ObjKind::Func { recv: Some(r), .. }) => *r,
                        _ => base,
                    };
                    self.method_type(s, mtype);
                    s.push('.');
                    s.push_str(sel.name);
                    self.args(s, &call, &[recv]);
                    return;
                }
            }
        }
        match callee_temp {
            Some(n) => s.push_str(&format!(".autotmp_{n}")),
            None => self.expr(s, fu, nprec),
        }
        self.args(s, &call, &[]);
    }

    /// A method's receiver type as an `OMETHEXPR` prints it: `(*T)` or `T`.
    fn method_type(&self, s: &mut String, mtype: TypeId) {
        match self.cx.types.deref(mtype) {
            Some(elem) if !self.cx.types.is_named(mtype) => {
                s.push_str("(*");
                self.type_id(s, elem, 0);
                s.push(')');
            }
            _ => self.type_id(s, mtype, 0),
        }
    }

    /// gc's devirtualized interface call: `T.M(x.(C))` with the method
    /// found in the concrete type `C` (through embedded fields:
    /// `Rect.Area(b.(Square).Rect)`); false if `C` has no such method.
    fn devirtualized_call(
        &self,
        s: &mut String,
        recv: &str,
        concrete: TypeId,
        name: &str,
        pkg: Option<PkgId>,
        call: &CallArgs<'_, '_>,
    ) -> bool {
        let Some(found) =
            crate::types::lookup::lookup(self.cx.types, self.cx.objects, concrete, pkg, name)
        else {
            return false;
        };
        let mut r = String::from(recv);
        r.push_str(".(");
        self.type_id(&mut r, concrete, 0);
        r.push(')');
        match found {
            crate::types::lookup::Found::Method { obj, index, .. } => {
                self.embedded_path(&mut r, concrete, &index);
                let mtype = match self.obj(obj).map(|o| &o.kind) {
                    Some(ObjKind::Func { recv: Some(t), .. }) => *t,
                    _ => return false,
                };
                self.method_type(s, mtype);
                s.push('.');
                s.push_str(name);
                self.args(s, call, &[r]);
                true
            }
            crate::types::lookup::Found::IfaceMethod { index, .. } => {
                // Partially devirtualized: a method of an embedded interface.
                self.embedded_path(&mut r, concrete, &index);
                s.push_str(&r);
                s.push('.');
                s.push_str(name);
                self.args(s, call, &[]);
                true
            }
            crate::types::lookup::Found::Field { .. } => false,
        }
    }

    /// `(a, b, ... argument...)`: the argument list after gc packs the
    /// variadic arguments.
    fn args(&self, s: &mut String, call: &CallArgs<'_, '_>, first: &[String]) {
        let CallArgs {
            args,
            has_ellipsis,
            variadic,
            callee,
        } = *call;
        let mut parts: Vec<String> = first.to_vec();
        let nfixed = match variadic {
            Some((true, n)) if !has_ellipsis => n.saturating_sub(1),
            _ => usize::MAX,
        };
        let spellings = callee.and_then(|c| self.notes.param_spelling.get(&c));
        // A multi-value call spread into the arguments: its results'
        // temporaries, the first one converted (as gc prints it).
        if let [a] = args {
            if let (Some(k), Some(ts)) = (
                self.notes.spread_temp(a.unparen().id),
                self.type_of(a).and_then(|t| self.cx.types.tuple_types(t)),
            ) {
                let mut temps = Vec::new();
                for (i, t) in ts.iter().enumerate() {
                    let name = format!(".autotmp_{}", k + i as u32);
                    if i == 0 {
                        let mut ty = String::new();
                        self.type_id(&mut ty, *t, 0);
                        if self.cx.types.has_name(*t) {
                            temps.push(format!("{ty}({name})"));
                        } else {
                            temps.push(format!("({ty})({name})"));
                        }
                    } else {
                        temps.push(name);
                    }
                }
                let n = temps.len();
                for (i, t) in temps.into_iter().enumerate() {
                    if i >= nfixed {
                        break;
                    }
                    parts.push(t);
                }
                if nfixed != usize::MAX {
                    parts.push(if n > nfixed {
                        "... argument".to_string()
                    } else {
                        "nil".to_string()
                    });
                }
                s.push('(');
                s.push_str(&parts.join(", "));
                if has_ellipsis || nfixed != usize::MAX {
                    s.push_str("...");
                }
                s.push(')');
                return;
            }
        }
        for (i, a) in args.iter().enumerate() {
            if i >= nfixed {
                break;
            }
            let mut p = String::new();
            // An untyped constant argument takes the parameter's type, and
            // its `byte`/`rune` spelling from the parameter's declaration.
            let hint = spellings.and_then(|v| v.get(i).copied().flatten());
            self.expr_hinted(&mut p, a, 0, hint);
            parts.push(p);
        }
        let ddd = has_ellipsis || nfixed != usize::MAX;
        if nfixed != usize::MAX {
            // A multi-value call as the only argument is not packed here;
            // gc spreads it first (rare in -m output).
            parts.push(if args.len() > nfixed {
                "... argument".to_string()
            } else {
                "nil".to_string()
            });
        }
        s.push('(');
        s.push_str(&parts.join(", "));
        if ddd {
            s.push_str("...");
        }
        s.push(')');
    }

    fn builtin_of(&self, fu: &Expr<'_>) -> Option<Builtin> {
        let id = match &fu.kind {
            ExprKind::Ident(id) => id,
            ExprKind::Selector { sel, .. } => sel,
            _ => return None,
        };
        match self
            .cx
            .info
            .use_(id.id)
            .and_then(|o| self.obj(o))
            .map(|o| &o.kind)
        {
            Some(ObjKind::Builtin(b)) => Some(*b),
            _ => None,
        }
    }

    fn builtin(
        &self,
        s: &mut String,
        e: &Expr<'_>,
        b: Builtin,
        args: &[&Expr<'_>],
        has_ellipsis: bool,
    ) {
        let name = match b {
            Builtin::Append => "append",
            Builtin::Cap => "cap",
            Builtin::Clear => "clear",
            Builtin::Close => "close",
            Builtin::Complex => "complex",
            Builtin::Copy => "copy",
            Builtin::Delete => "delete",
            Builtin::Imag => "imag",
            Builtin::Len => "len",
            Builtin::Make => "make",
            Builtin::Max => "max",
            Builtin::Min => "min",
            Builtin::New => "new",
            Builtin::Panic => "panic",
            Builtin::Print => "print",
            Builtin::Println => "println",
            Builtin::Real => "real",
            Builtin::Recover => "recover",
            Builtin::Sizeof => "unsafe.Sizeof",
            Builtin::Alignof => "unsafe.Alignof",
            Builtin::Offsetof => "unsafe.Offsetof",
            Builtin::Add => "unsafe.Add",
            Builtin::Slice => "unsafe.Slice",
            Builtin::String => "unsafe.String",
            Builtin::StringData => "unsafe.StringData",
            Builtin::SliceData => "unsafe.SliceData",
        };
        s.push_str(name);
        s.push('(');
        match b {
            Builtin::Make => {
                if let Some(t) = args.first() {
                    self.type_expr(s, t);
                }
                let is_slice = self
                    .type_of(e)
                    .is_some_and(|t| matches!(self.cx.types.under_kind(t), TypeKind::Slice(_)));
                // rewriteWithLiterals: the capacity (or length if there is no
                // capacity) of a slice make becomes its static constant.
                let rewrite = if is_slice {
                    args.len().saturating_sub(1)
                } else {
                    0
                };
                for (i, a) in args.iter().enumerate().skip(1) {
                    s.push_str(", ");
                    if i == rewrite {
                        if let Some(v) = self.make_size_literal(a) {
                            s.push_str(&v);
                            continue;
                        }
                    }
                    self.expr(s, a, 0);
                }
            }
            Builtin::New => {
                if let Some(t) = args.first() {
                    self.type_expr(s, t);
                }
            }
            _ => {
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.expr(s, a, 0);
                }
                if has_ellipsis {
                    s.push_str("...");
                }
            }
        }
        s.push(')');
    }

    /// The static constant a `make([]T, n)` size is rewritten to (gc's
    /// `rewriteWithLiterals`): a non-negative integer constant, or the
    /// length of a slice literal a `len(x)` statically refers to.
    fn make_size_literal(&self, a: &Expr<'_>) -> Option<String> {
        if const_of(self.cx, a).is_some() {
            return None;
        }
        let sv = self.notes.static_value(self.cx, a);
        if let Some((v, _)) = const_of(self.cx, sv) {
            let i = constant::to_int(v)?;
            if i.is_negative() {
                return None;
            }
            return Some(i.to_string());
        }
        if let ExprKind::Call { fun, args, .. } = &sv.kind {
            if self.builtin_of(fun.unparen()) == Some(Builtin::Len) && args.len() == 1 {
                let x = self.notes.static_value(self.cx, args[0]);
                if let ExprKind::CompositeLit { elts, .. } = &x.kind {
                    let is_slice = self
                        .type_of(x)
                        .is_some_and(|t| matches!(self.cx.types.under_kind(t), TypeKind::Slice(_)));
                    if is_slice {
                        return Some(self.slice_lit_len(elts).to_string());
                    }
                }
            }
        }
        None
    }

    /// Length of a slice literal: one past the largest index.
    fn slice_lit_len(&self, elts: &[&Expr<'_>]) -> u64 {
        let mut next: u64 = 0;
        let mut len: u64 = 0;
        for el in elts {
            if let ExprKind::KeyValue { key, .. } = &el.kind {
                if let Some(i) = const_of(self.cx, key).and_then(|(v, _)| constant::to_u64(v)) {
                    next = i;
                }
            }
            next += 1;
            len = len.max(next);
        }
        len
    }

    fn conversion(&self, s: &mut String, e: &Expr<'_>, fu: &Expr<'_>, args: &[&Expr<'_>]) {
        let to = self.type_of(e).unwrap_or(INVALID);
        let tt = self.cx.types;
        // A constant string converted to []rune is a slice literal to gc.
        if let Some(a) = args.first() {
            if let (TypeKind::Slice(el), Some((ConstValue::String(_), _))) =
                (tt.under_kind(to), const_of(self.cx, a))
            {
                if tt.basic_kind(*el) == Some(BasicKind::Int32) {
                    self.type_expr(s, fu);
                    s.push_str("{...}");
                    return;
                }
            }
        }
        if self.type_expr_has_name(fu, to) {
            self.type_expr(s, fu);
        } else {
            s.push('(');
            self.type_expr(s, fu);
            s.push(')');
        }
        s.push('(');
        if let Some(a) = args.first() {
            self.expr(s, a, 0);
        }
        s.push(')');
    }

    /// Whether gc's type has a symbol (prints `T(x)` rather than `(T)(x)`).
    fn type_expr_has_name(&self, tx: &Expr<'_>, t: TypeId) -> bool {
        match &tx.unparen().kind {
            ExprKind::Ident(_) | ExprKind::Selector { .. } => {
                // `any` is an alias with a name; other aliases of unnamed
                // types print as their target.
                matches!(
                    self.cx.types.kind(t),
                    TypeKind::Named(_) | TypeKind::Basic(_)
                ) || self.alias_spelling(tx).is_some()
            }
            _ => false,
        }
    }

    /// `any` spelled as such (gc keeps the alias's name).
    fn alias_spelling(&self, tx: &Expr<'_>) -> Option<&'static str> {
        if let ExprKind::Ident(id) = &tx.unparen().kind {
            let o = self.cx.info.use_(id.id).and_then(|o| self.obj(o))?;
            if o.pkg.is_none() && matches!(o.kind, ObjKind::TypeName) && o.name == "any" {
                return Some("any");
            }
        }
        None
    }

    /// The operand of an interface conversion after `rewriteWithLiterals`.
    fn iface_literal(&self, e: &Expr<'_>) -> Option<String> {
        let e = e.unparen();
        if const_of(self.cx, e).is_some() {
            return None;
        }
        let t = self.type_of(e)?;
        if self.cx.types.is_interface(t) {
            return None;
        }
        let sv = self.notes.static_value(self.cx, e);
        let (v, _) = const_of(self.cx, sv)?;
        let mut s = String::new();
        let hint = self.var_spelling(e).or_else(|| self.spelling_hint(sv));
        self.literal(&mut s, v, t, hint);
        Some(s)
    }

    /// How a variable's `byte`/`rune` type was spelled (`true`: `uint8`/`int32`).
    fn var_spelling(&self, e: &Expr<'_>) -> Option<bool> {
        let mut e = e.unparen();
        for _ in 0..100 {
            if let ExprKind::Ident(id) = &e.kind {
                let o = self.cx.info.use_(id.id)?;
                if let Some(p) = self.notes.spelled_plain.get(&o) {
                    return Some(*p);
                }
                e = self.notes.defs.get(&o)?.unparen();
                continue;
            }
            if let Some(x) = convnop_operand(self.cx, e) {
                if let ExprKind::Call { fun, .. } = &e.kind {
                    if let Some(p) = self.spelled_ident(fun) {
                        return Some(p);
                    }
                }
                e = x.unparen();
                continue;
            }
            return self.spelling_hint(e);
        }
        None
    }

    fn spelled_ident(&self, tx: &Expr<'_>) -> Option<bool> {
        match &tx.unparen().kind {
            ExprKind::Ident(i) if i.name == "uint8" || i.name == "int32" => Some(true),
            ExprKind::Ident(i) if i.name == "byte" || i.name == "rune" => Some(false),
            _ => None,
        }
    }

    /// For a constant expression of type uint8/int32: whether the source
    /// spells the type `uint8`/`int32` (`Some(true)`) or `byte`/`rune`.
    fn spelling_hint(&self, e: &Expr<'_>) -> Option<bool> {
        let e = e.unparen();
        match &e.kind {
            ExprKind::Call { fun, args, .. } if is_type_expr(self.cx, fun) => self
                .spelled_ident(fun)
                .or_else(|| args.first().and_then(|a| self.spelling_hint(a))),
            ExprKind::Ident(id) => {
                let o = self.cx.info.use_(id.id)?;
                self.notes.spelled_plain.get(&o).copied()
            }
            ExprKind::Selector { sel, .. } => {
                let o = self.cx.info.use_(sel.id)?;
                self.notes.spelled_plain.get(&o).copied()
            }
            ExprKind::Binary { x, y, .. } => {
                self.spelling_hint(x).or_else(|| self.spelling_hint(y))
            }
            ExprKind::Unary { x, .. } => self.spelling_hint(x),
            ExprKind::BasicLit(l) if l.kind == Token::Char => Some(false),
            _ => None,
        }
    }

    /// An `OLITERAL` of type `t`: `v`, or `T(v)` unless `T` is the default
    /// or untyped type of the value's kind; runes quoted.
    fn literal(&self, s: &mut String, v: &ConstValue, t: TypeId, plain: Option<bool>) {
        let tt = self.cx.types;
        let bk = tt.basic_kind(t);
        let named = tt.is_named(t);
        // The value's kind follows its type.
        let v = match bk {
            Some(BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat) => {
                constant::to_float(v)
                    .map(ConstValue::Float)
                    .unwrap_or_else(|| v.clone())
            }
            Some(BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex) => {
                constant::to_complex(v)
                    .map(|(r, i)| ConstValue::Complex(r, i))
                    .unwrap_or_else(|| v.clone())
            }
            Some(k) if is_int_kind(k) => constant::to_int(v)
                .map(ConstValue::Int)
                .unwrap_or_else(|| v.clone()),
            _ => v.clone(),
        };
        let is_rune_type = !named
            && (bk == Some(BasicKind::UntypedRune)
                || (bk == Some(BasicKind::Int32) && plain != Some(true)));
        if is_rune_type {
            if let Some(r) = constant::to_u64(&v).filter(|r| *r <= 0x10FFFF) {
                s.push_str(&quote_rune(r as u32));
                return;
            }
        }
        let default = !named
            && matches!(
                (&v, bk),
                (_, None)
                    | (
                        ConstValue::Bool(_),
                        Some(BasicKind::Bool | BasicKind::UntypedBool)
                    )
                    | (
                        ConstValue::String(_),
                        Some(BasicKind::String | BasicKind::UntypedString)
                    )
                    | (
                        ConstValue::Int(_),
                        Some(BasicKind::Int | BasicKind::UntypedInt | BasicKind::UntypedRune)
                    )
                    | (
                        ConstValue::Float(_),
                        Some(BasicKind::Float64 | BasicKind::UntypedFloat)
                    )
                    | (
                        ConstValue::Complex(..),
                        Some(BasicKind::Complex128 | BasicKind::UntypedComplex)
                    )
            );
        if default {
            s.push_str(&value_string(&v));
        } else {
            if !named && bk == Some(BasicKind::Uint8) {
                s.push_str(if plain == Some(true) { "uint8" } else { "byte" });
            } else if !named && bk == Some(BasicKind::Int32) {
                s.push_str(if plain == Some(true) { "int32" } else { "rune" });
            } else {
                self.type_id(s, t, 0);
            }
            s.push('(');
            s.push_str(&value_string(&v));
            s.push(')');
        }
    }

    /// A type written in the source, printed as gc prints the type it
    /// denotes (keeping the `any`/`byte`/`rune` spellings gc keeps).
    fn type_expr(&self, s: &mut String, tx: &Expr<'_>) {
        let tx = tx.unparen();
        let t = self.type_of(tx).unwrap_or(INVALID);
        match &tx.kind {
            ExprKind::Ident(id) => {
                if let Some(o) = self.cx.info.use_(id.id).and_then(|o| self.obj(o)) {
                    if o.pkg.is_none() && matches!(o.kind, ObjKind::TypeName) {
                        // Universe names print as spelled (byte, rune, any, error).
                        s.push_str(&o.name);
                        return;
                    }
                }
                self.type_id(s, t, 0);
            }
            ExprKind::Star(x) => {
                s.push('*');
                self.type_expr(s, x);
            }
            ExprKind::ArrayType { len: None, elem } => {
                s.push_str("[]");
                self.type_expr(s, elem);
            }
            ExprKind::ArrayType { len: Some(_), elem } => match self.cx.types.kind(t) {
                TypeKind::Array { len, .. } => {
                    s.push_str(&format!("[{len}]"));
                    self.type_expr(s, elem);
                }
                _ => self.type_id(s, t, 0),
            },
            ExprKind::MapType { key, value } => {
                s.push_str("map[");
                self.type_expr(s, key);
                s.push(']');
                self.type_expr(s, value);
            }
            ExprKind::ChanType { dir, value, .. } => {
                match dir {
                    ChanDir::Both => s.push_str("chan "),
                    ChanDir::Send => s.push_str("chan<- "),
                    ChanDir::Recv => s.push_str("<-chan "),
                }
                let paren = *dir == ChanDir::Both
                    && matches!(
                        &value.unparen().kind,
                        ExprKind::ChanType {
                            dir: ChanDir::Recv,
                            ..
                        }
                    );
                if paren {
                    s.push('(');
                }
                self.type_expr(s, value);
                if paren {
                    s.push(')');
                }
            }
            _ => self.type_id(s, t, 0),
        }
    }

    /// gc's `types.Type` formatting (`tconv`, Go syntax mode).
    fn type_id(&self, s: &mut String, t: TypeId, depth: u32) {
        if depth > 50 {
            s.push_str("...");
            return;
        }
        let tt = self.cx.types;
        match tt.kind(t) {
            TypeKind::Basic(b) => s.push_str(match b {
                // Burrow does not keep the `byte` alias apart from uint8;
                // where the source spelling is unknown, byte is the usual one.
                BasicKind::Uint8 => "byte",
                BasicKind::Int32 => "int32",
                BasicKind::UntypedNil => "nil",
                BasicKind::Invalid => "<T>",
                _ => crate::types::table::basic_name(*b),
            }),
            TypeKind::Named(i) => {
                let obj = tt.named[*i as usize].obj;
                match self.obj(obj) {
                    Some(o) => self.qualified(s, o),
                    None => s.push('?'),
                }
            }
            TypeKind::TypeParam { obj, .. } => {
                if let Some(o) = self.obj(*obj) {
                    s.push_str(&o.name);
                }
            }
            TypeKind::Pointer(b) => {
                s.push('*');
                self.type_id(s, *b, depth + 1);
            }
            TypeKind::Slice(e) => {
                s.push_str("[]");
                self.type_id(s, *e, depth + 1);
            }
            TypeKind::Array { len, elem } => {
                s.push_str(&format!("[{len}]"));
                self.type_id(s, *elem, depth + 1);
            }
            TypeKind::Map { key, value } => {
                s.push_str("map[");
                self.type_id(s, *key, depth + 1);
                s.push(']');
                self.type_id(s, *value, depth + 1);
            }
            TypeKind::Chan { dir, elem } => {
                s.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                let paren = *dir == ChanDir::Both
                    && matches!(
                        tt.kind(*elem),
                        TypeKind::Chan {
                            dir: ChanDir::Recv,
                            ..
                        }
                    );
                if paren {
                    s.push('(');
                }
                self.type_id(s, *elem, depth + 1);
                if paren {
                    s.push(')');
                }
            }
            TypeKind::Struct(fs) => {
                s.push_str("struct {");
                for (i, f) in fs.iter().enumerate() {
                    if i > 0 {
                        s.push(';');
                    }
                    s.push(' ');
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.type_id(s, f.typ, depth + 1);
                    if !f.tag.is_empty() {
                        s.push(' ');
                        s.push_str(&quote_string(&f.tag, usize::MAX));
                    }
                }
                if !fs.is_empty() {
                    s.push(' ');
                }
                s.push('}');
            }
            TypeKind::Signature(sig) => {
                s.push_str("func");
                self.signature(s, sig, depth);
            }
            TypeKind::Tuple(ts) => {
                for (i, e) in ts.iter().enumerate() {
                    if i > 0 {
                        s.push(',');
                    }
                    self.type_id(s, *e, depth + 1);
                }
            }
            TypeKind::Interface { methods, .. } => {
                if methods.is_empty() {
                    s.push_str("interface {}");
                    return;
                }
                s.push_str("interface {");
                for (i, m) in methods.iter().enumerate() {
                    if i > 0 {
                        s.push(';');
                    }
                    s.push(' ');
                    if let (Some(p), false) = (m.pkg, is_exported(&m.name)) {
                        s.push_str(&self.pkg_name(p));
                        s.push('.');
                    }
                    s.push_str(&m.name);
                    if let TypeKind::Signature(sig) = tt.kind(m.sig) {
                        self.signature(s, sig, depth);
                    }
                }
                s.push_str(" }");
            }
        }
    }

    fn signature(&self, s: &mut String, sig: &crate::types::Signature, depth: u32) {
        s.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if sig.variadic && i + 1 == sig.params.len() {
                s.push_str("...");
                let e = match self.cx.types.kind(*p) {
                    TypeKind::Slice(e) => *e,
                    _ => *p,
                };
                self.type_id(s, e, depth + 1);
            } else {
                self.type_id(s, *p, depth + 1);
            }
        }
        s.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.type_id(s, sig.results[0], depth + 1);
            }
            _ => {
                s.push_str(" (");
                for (i, r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.type_id(s, *r, depth + 1);
                }
                s.push(')');
            }
        }
    }
}

fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_uppercase())
}

fn is_int_kind(k: BasicKind) -> bool {
    use BasicKind::*;
    matches!(
        k,
        Int | Int8
            | Int16
            | Int32
            | Int64
            | Uint
            | Uint8
            | Uint16
            | Uint32
            | Uint64
            | Uintptr
            | UntypedInt
            | UntypedRune
    )
}

/// go/constant's `Value.String()`.
pub fn value_string(v: &ConstValue) -> String {
    match v {
        ConstValue::Bool(b) => b.to_string(),
        ConstValue::String(s) => quote_string(s, 72),
        ConstValue::Int(i) => i.to_string(),
        ConstValue::Float(f) => float_string(f),
        ConstValue::Complex(r, i) => format!("({} + {}i)", float_string(r), float_string(i)),
    }
}

fn float_string(f: &num_rational::BigRational) -> String {
    let x = f.to_f64().unwrap_or(if f.is_negative() {
        f64::NEG_INFINITY
    } else {
        f64::INFINITY
    });
    if x.is_infinite() {
        // Outside float64's range: go/constant prints with big.Float's %.6g.
        return big_float_string(f);
    }
    let g6 = format_g(x, Some(6));
    if !f.is_integer() && !g6.contains('.') {
        return format_g(x, None);
    }
    g6
}

/// `%.6g` of a rational too large or small for a float64.
fn big_float_string(f: &num_rational::BigRational) -> String {
    if f.is_zero() {
        return "0".into();
    }
    let neg = f.is_negative();
    let a = f.abs();
    // Decimal exponent e with 10^e <= a < 10^(e+1).
    let num = a.numer().to_string().len() as i64;
    let den = a.denom().to_string().len() as i64;
    let mut e = num - den;
    let ten = num_bigint::BigInt::from(10);
    let pow = |k: i64| -> num_rational::BigRational {
        if k >= 0 {
            num_rational::BigRational::from_integer(num_traits::pow(ten.clone(), k as usize))
        } else {
            num_rational::BigRational::new(1.into(), num_traits::pow(ten.clone(), (-k) as usize))
        }
    };
    while pow(e) > a {
        e -= 1;
    }
    while pow(e + 1) <= a {
        e += 1;
    }
    let m = (a / pow(e)).to_f64().unwrap_or(1.0);
    let mut mant = format!("{m:.5}");
    if mant.starts_with("10") {
        mant = "1.00000".into();
        e += 1;
    }
    let mant = mant.trim_end_matches('0').trim_end_matches('.');
    format!(
        "{}{}e{}{:02}",
        if neg { "-" } else { "" },
        mant,
        if e < 0 { '-' } else { '+' },
        e.abs()
    )
}

/// Go's `%g` (`prec: None` = shortest) for a finite float64.
fn format_g(x: f64, prec: Option<usize>) -> String {
    if x == 0.0 {
        return if x.is_sign_negative() { "-0" } else { "0" }.into();
    }
    let (digits, exp) = match prec {
        Some(p) => {
            let e = format!("{:.*e}", p.saturating_sub(1), x);
            split_exp(&e)
        }
        None => split_exp(&format!("{x:e}")),
    };
    // digits: "-d.ddd" without trailing zeros handled below.
    let (neg, digits) = match digits.strip_prefix('-') {
        Some(d) => (true, d.to_string()),
        None => (false, digits),
    };
    let mut ds: String = digits.chars().filter(|c| *c != '.').collect();
    while ds.len() > 1 && ds.ends_with('0') {
        ds.pop();
    }
    let eprec = match prec {
        Some(p) => p.max(1) as i64,
        None => 6,
    };
    let eprec = if prec.is_some() && eprec > ds.len() as i64 && ds.len() as i64 > exp {
        ds.len() as i64
    } else {
        eprec
    };
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if exp < -4 || exp >= eprec {
        out.push_str(&ds[..1]);
        if ds.len() > 1 {
            out.push('.');
            out.push_str(&ds[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    } else if exp < 0 {
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        out.push_str(&ds);
    } else {
        let int_len = (exp + 1) as usize;
        if ds.len() <= int_len {
            out.push_str(&ds);
            for _ in ds.len()..int_len {
                out.push('0');
            }
        } else {
            out.push_str(&ds[..int_len]);
            out.push('.');
            out.push_str(&ds[int_len..]);
        }
    }
    out
}

fn split_exp(s: &str) -> (String, i64) {
    match s.split_once('e') {
        Some((m, e)) => (m.to_string(), e.parse().unwrap_or(0)),
        None => (s.to_string(), 0),
    }
}

/// `strconv.Quote`, cut to `max` runes with `...` as go/constant does.
fn quote_string(s: &str, max: usize) -> String {
    let mut q = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            c => push_escaped(&mut q, c, '"'),
        }
    }
    q.push('"');
    if q.chars().count() > max {
        let mut t: String = q.chars().take(max - 3).collect();
        t.push_str("...");
        return t;
    }
    q
}

/// `strconv.Quote` of bytes that need not be UTF-8 (invalid bytes print
/// as `\xNN`), cut to `max` runes as go/constant does.
fn quote_bytes(b: &[u8], max: usize) -> String {
    let mut q = String::from("\"");
    let mut rest = b;
    while !rest.is_empty() {
        // The first UTF-8 sequence of `rest`, if valid.
        let c = (1..=rest.len().min(4))
            .find_map(|n| std::str::from_utf8(&rest[..n]).ok())
            .and_then(|s| s.chars().next());
        match c {
            Some(c) => {
                match c {
                    '"' => q.push_str("\\\""),
                    '\\' => q.push_str("\\\\"),
                    c => push_escaped(&mut q, c, '"'),
                }
                rest = &rest[c.len_utf8()..];
            }
            None => {
                q.push_str(&format!("\\x{:02x}", rest[0]));
                rest = &rest[1..];
            }
        }
    }
    q.push('"');
    if q.chars().count() > max {
        let mut t: String = q.chars().take(max - 3).collect();
        t.push_str("...");
        return t;
    }
    q
}

fn push_escaped(q: &mut String, c: char, quote: char) {
    match c {
        '\u{7}' => q.push_str("\\a"),
        '\u{8}' => q.push_str("\\b"),
        '\u{c}' => q.push_str("\\f"),
        '\n' => q.push_str("\\n"),
        '\r' => q.push_str("\\r"),
        '\t' => q.push_str("\\t"),
        '\u{b}' => q.push_str("\\v"),
        c if c == quote => {
            q.push('\\');
            q.push(c);
        }
        c if crate::unicode::is_print(c as i32) => q.push(c),
        c if (c as u32) < 0x80 => q.push_str(&format!("\\x{:02x}", c as u32)),
        c if (c as u32) < 0x10000 => q.push_str(&format!("\\u{:04x}", c as u32)),
        c => q.push_str(&format!("\\U{:08x}", c as u32)),
    }
}

/// `%q` of a rune (`strconv.QuoteRune`).
fn quote_rune(r: u32) -> String {
    let c = char::from_u32(r).unwrap_or('\u{FFFD}');
    let mut q = String::from("'");
    match c {
        '\\' => q.push_str("\\\\"),
        c => push_escaped(&mut q, c, '\''),
    }
    q.push('\'');
    q
}
