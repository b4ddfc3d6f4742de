//! Recursive-descent parser for the full Go grammar (generics included).
//!
//! # Design
//!
//! The parser is structured production-for-production like gc's parser
//! (cmd/compile/internal/syntax), because Burrow must report syntax errors
//! with gc's exact wording and positions, and gc's messages depend on the
//! shape of its recursive descent: which production was active, which token
//! it wanted, and how it resynchronised (`advance` to a follow set, with the
//! statement keywords as extra stop tokens inside function bodies). The
//! nodes it builds, however, are go/ast-shaped (`ast.rs`): gc's `ListExpr`
//! becomes a slice, `TypeSwitchGuard` becomes a `TypeAssert` without a type
//! plus a `TypeSwitch` statement, a `RangeClause` becomes a `Range`
//! statement, and per-name parameters are regrouped into `Field`s.
//!
//! Ambiguities are resolved the way gc does:
//! * composite literal vs block in `if`/`for`/`switch` headers: `xnest` is
//!   set to -1 while parsing a header and raised inside any bracketed
//!   context; `T{` starts a literal only if `xnest >= 0` (or `T` is
//!   syntactically a composite type such as `[]int`).
//! * `type T[P any] ...` vs `type T [N]E`: parse an expression after `[`
//!   and try to split it into a parameter name and a constraint.
//! * `<-chan T` in expression position: parse `<-` then the operand and
//!   re-associate the arrow into the channel type.
//!
//! Invariants: every production either consumes a token or reports an error
//! and resynchronises; nesting is bounded by `MAX_DEPTH` (deeper input is
//! reported once and parsing stops), so any byte string parses in linear
//! time without exhausting the Rust stack.
//!
//! # Positions (`Expr.pos`, as gc reports them; 1-based byte columns)
//!
//! | node                         | position of                          |
//! |------------------------------|--------------------------------------|
//! | identifier, basic literal    | its first byte                       |
//! | `x.f`, `x.(T)`, `x.(type)`   | the `.`                              |
//! | `x[i]`, `f[T]`, `x[i:j]`     | the `[`                              |
//! | `f(args)`                    | the `(`                              |
//! | `T{...}`                     | the `{`                              |
//! | `k: v` in a literal          | the `:`                              |
//! | `x op y`                     | the operator                         |
//! | `op x`, `*x`, `<-x`, `~T`    | the operator                         |
//! | `(x)`                        | the `(` (kept, as gc keeps it)       |
//! | `func(...) {...}`            | `func`                               |
//! | `[N]T`, `[]T`, `[...]T`      | the `[`                              |
//! | `struct`/`interface`/`map`   | the keyword                          |
//! | `chan T`, `chan<- T`         | `chan`; `<-chan T`: the `<-`         |
//! | `...T`                       | the `...`                            |
//!
//! Verified against go 1.27 `-gcflags=-m` lines: `&T{...} escapes` at the
//! `&`, `make(...)` / `fmt.Sprint(...)` at the `(`, `map[..]..{...}` at the
//! `{`, `x.a + 1` at the `+`, `-x.a` at the `-`, `s[1:2]` / `s[0]` at the
//! `[`, `x.b` at the `.`, `(x.b)` at the `(`, `func literal` at `func`,
//! `moved to heap: y` at the name. In type context gc drops parentheses
//! (`chan (int)`), and so does this parser; in expressions they are kept.
//!
//! Statements: an assignment / `x++` / define is at its operator, a send
//! at its `<-`, an expression statement at its expression's position,
//! keyword statements at the keyword, a labeled statement at its `:`.
//! `Expr::start()` walks to the leftmost position (gc's `StartPos`), which
//! is what types2 uses for most error messages; verified quirks: a slice
//! expression starts at its `[` and a parenthesised expression at its `(`
//! (`cannot use (s[1:2]) ...` at the `(`, `cannot use s[1:2]` at the `[`).

use super::ast::*;
use super::lexer::{Lexer, SemiKind};
use super::source::{Error, Pos, SourceMap};
use super::token::Token;
use super::NodeIdGen;
use bumpalo::collections::Vec as BVec;
use bumpalo::Bump;

type E<'a> = &'a Expr<'a>;

/// Nesting bound (expressions, types, statements). gc has none (its stack
/// grows); real programs stay far below it.
pub const MAX_DEPTH: u32 = 1000;

/// One parameter as gc's parser sees it (one per name), before grouping.
struct Param<'a> {
    pos: Pos,
    name: Option<&'a Ident<'a>>,
    typ: Option<E<'a>>,
    /// Index of the entry whose type this entry uses (for grouping).
    src: usize,
}

/// A simple statement, before it is placed (gc's SimpleStmt).
enum Simple<'a> {
    Stmt(&'a Stmt<'a>),
    Range {
        pos: Pos,
        lhs: Vec<E<'a>>,
        def: bool,
        x: E<'a>,
    },
    /// `x := y.(type)`.
    TypeSwitch {
        pos: Pos,
        bind: &'a Ident<'a>,
        x: E<'a>,
    },
}

pub struct Parser<'a, 's, 'i> {
    arena: &'a Bump,
    lx: Lexer<'s>,
    base: u32,
    ids: &'i mut NodeIdGen,
    pub errors: Vec<Error>,
    tok: Token,
    xnest: i32,
    fnest: i32,
    depth: u32,
    aborted: bool,
    /// For positions printed inside messages ("label L already defined at
    /// ./main.go:9:1"); without it, branch checks are skipped.
    sources: Option<&'s SourceMap>,
    /// Pending `//go:` directives: position, text, is a known flag.
    pragma: Vec<(Pos, &'a str, bool)>,
}

/// In a follow list: any token of gc's `_Operator` class.
const ANY_OPERATOR: Token = Token::Illegal;

/// gc's `_Operator` token class: binary and unary operators other than
/// `*` (gc's `_Star`), `<-`, `++`/`--` and assignments.
fn is_gc_operator(t: Token) -> bool {
    use Token::*;
    matches!(
        t,
        LOr | LAnd
            | Eql
            | Neq
            | Lss
            | Leq
            | Gtr
            | Geq
            | Add
            | Sub
            | Or
            | Xor
            | Quo
            | Rem
            | And
            | AndNot
            | Shl
            | Shr
            | Not
            | Tilde
    )
}

/// gc's directive flags (cmd/compile/internal/noder `pragmaFlag`): these
/// are "misplaced" when they end up before a statement.
fn is_pragma_flag(text: &str) -> bool {
    let verb = text.split(' ').next().unwrap_or("");
    matches!(
        verb,
        "go:build"
            | "go:noescape"
            | "go:norace"
            | "go:nosplit"
            | "go:noinline"
            | "go:nocheckptr"
            | "go:systemstack"
            | "go:nowritebarrier"
            | "go:nowritebarrierrec"
            | "go:yeswritebarrierrec"
            | "go:cgo_unsafe_args"
            | "go:uintptrkeepalive"
            | "go:uintptrescapes"
            | "go:registerparams"
    )
}

fn is_keyword(t: Token) -> bool {
    (t as u32) >= (Token::Break as u32)
}

fn is_literal(t: Token) -> bool {
    matches!(
        t,
        Token::Int | Token::Float | Token::Imag | Token::Char | Token::String
    )
}

/// gc's `tokstring`: how a wanted token is named in "expected X".
fn tokstring(t: Token) -> String {
    match t {
        Token::Comma => "comma".into(),
        Token::Semicolon => "semicolon or newline".into(),
        t if is_keyword(t) => format!("keyword {}", t.as_str()),
        t => t.as_str().into(),
    }
}

impl<'a, 's, 'i> Parser<'a, 's, 'i> {
    pub fn new(
        arena: &'a Bump,
        src: &'s [u8],
        base: u32,
        ids: &'i mut NodeIdGen,
        sources: Option<&'s SourceMap>,
    ) -> Self {
        let mut p = Parser {
            arena,
            lx: Lexer::new(src),
            base,
            ids,
            errors: Vec::new(),
            tok: Token::Eof,
            xnest: 0,
            fnest: 0,
            depth: 0,
            aborted: false,
            sources,
            pragma: Vec::new(),
        };
        p.next();
        p
    }

    // ------------------------------------------------------------------
    // Tokens and errors

    fn next(&mut self) {
        if self.aborted {
            self.tok = Token::Eof;
            return;
        }
        self.lx.next();
        self.tok = self.lx.tok;
        if !self.lx.errors.is_empty() {
            for (off, msg) in std::mem::take(&mut self.lx.errors) {
                self.errors
                    .push(Error::new(Pos(self.base + off as u32), msg));
            }
        }
        if !self.lx.directives.is_empty() {
            for (off, text, blank) in std::mem::take(&mut self.lx.directives) {
                let pos = Pos(self.base + off as u32);
                if !blank {
                    self.error_at(pos, "misplaced compiler directive");
                    continue;
                }
                let flag = is_pragma_flag(&text);
                let text = self.arena.alloc_str(&text);
                self.pragma.push((pos, text, flag));
            }
        }
    }

    /// Takes the pending directives (for a declaration).
    fn take_pragma(&mut self) -> &'a [&'a str] {
        if self.pragma.is_empty() {
            return &[];
        }
        let v: Vec<&'a str> = self.pragma.drain(..).map(|p| p.1).collect();
        self.slice(v)
    }

    /// Drops pending directives; known ones are "misplaced" here.
    fn clear_pragma(&mut self) {
        if self.pragma.is_empty() {
            return;
        }
        for (pos, _, flag) in std::mem::take(&mut self.pragma) {
            if flag {
                self.error_at(pos, "misplaced compiler directive");
            }
        }
    }

    fn pos(&self) -> Pos {
        if self.aborted {
            return Pos(self.base + self.lx.source().len() as u32);
        }
        Pos(self.base + self.lx.pos as u32)
    }

    fn lit(&self) -> &'a str {
        let t = self.lx.text();
        match std::str::from_utf8(t) {
            Ok(s) => self.arena.alloc_str(s),
            Err(_) => self.arena.alloc_str(&String::from_utf8_lossy(t)),
        }
    }

    fn got(&mut self, t: Token) -> bool {
        if self.tok == t {
            self.next();
            true
        } else {
            false
        }
    }

    fn want(&mut self, t: Token) {
        if !self.got(t) {
            self.syntax_error(&format!("expected {}", tokstring(t)));
            self.advance(&[]);
        }
    }

    fn got_assign(&mut self) -> bool {
        match self.tok {
            Token::Define => {
                self.syntax_error("expected =");
                self.next();
                true
            }
            Token::Assign => {
                self.next();
                true
            }
            _ => false,
        }
    }

    fn error_at(&mut self, pos: Pos, msg: impl Into<String>) {
        self.errors.push(Error::new(pos, msg));
    }

    fn error(&mut self, msg: impl Into<String>) {
        let pos = self.pos();
        self.error_at(pos, msg);
    }

    fn tok_desc(&self) -> String {
        match self.tok {
            Token::Ident => format!("name {}", String::from_utf8_lossy(self.lx.text())),
            Token::Semicolon => self.lx.semi.as_str().into(),
            t if is_literal(t) => format!("literal {}", String::from_utf8_lossy(self.lx.text())),
            t => tokstring(t),
        }
    }

    fn syntax_error_at(&mut self, pos: Pos, msg: &str) {
        if self.tok == Token::Eof && !self.errors.is_empty() {
            return;
        }
        let msg = if msg.is_empty() {
            String::new()
        } else if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
            format!(" {}", msg)
        } else if msg.starts_with("expected ") {
            format!(", {}", msg)
        } else {
            self.error_at(pos, format!("syntax error: {}", msg));
            return;
        };
        let tok = self.tok_desc();
        self.error_at(pos, format!("syntax error: unexpected {}{}", tok, msg));
    }

    fn syntax_error(&mut self, msg: &str) {
        let pos = self.pos();
        self.syntax_error_at(pos, msg);
    }

    /// Skips tokens until one in `follow` (or a statement keyword inside a
    /// function body); with an empty list, skips exactly one token.
    fn advance(&mut self, follow: &[Token]) {
        use Token::*;
        let in_stopset = |t: Token| {
            matches!(
                t,
                Break
                    | Const
                    | Continue
                    | Defer
                    | Fallthrough
                    | For
                    | Go
                    | Goto
                    | If
                    | Return
                    | Select
                    | Switch
                    | Type
                    | Var
            )
        };
        loop {
            if self.tok == Eof {
                return;
            }
            if !follow.is_empty()
                && (follow.contains(&self.tok)
                    || follow.contains(&ANY_OPERATOR) && is_gc_operator(self.tok)
                    || self.fnest > 0 && in_stopset(self.tok))
            {
                return;
            }
            self.next();
            if follow.is_empty() {
                return;
            }
        }
    }

    /// Enters one nesting level; on overflow reports an error and stops
    /// the parse (all later tokens read as EOF).
    fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            if !self.aborted {
                let pos = self.pos();
                self.error_at(pos, "syntax error: nesting too deep");
                self.aborted = true;
                self.tok = Token::Eof;
            }
            return false;
        }
        true
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ------------------------------------------------------------------
    // Node construction

    fn new_id(&mut self) -> NodeId {
        let id = NodeId(self.ids.next);
        self.ids.next += 1;
        id
    }

    fn expr_node(&mut self, pos: Pos, kind: ExprKind<'a>) -> E<'a> {
        let id = self.new_id();
        self.arena.alloc(Expr {
            id,
            pos,
            kind,
            parens: std::cell::Cell::new(0),
            inst: std::cell::Cell::new(false),
        })
    }

    fn ident_node(&mut self, pos: Pos, name: &'a str) -> &'a Ident<'a> {
        let id = self.new_id();
        self.arena.alloc(Ident { id, pos, name })
    }

    fn ident_expr(&mut self, id: &'a Ident<'a>) -> E<'a> {
        self.expr_node(id.pos, ExprKind::Ident(id))
    }

    fn bad_expr(&mut self) -> E<'a> {
        let pos = self.pos();
        self.expr_node(pos, ExprKind::Bad)
    }

    fn stmt(&self, pos: Pos, kind: StmtKind<'a>) -> &'a Stmt<'a> {
        self.arena.alloc(Stmt { pos, kind })
    }

    fn slice<T>(&self, v: Vec<T>) -> &'a [T] {
        let mut b = BVec::with_capacity_in(v.len(), self.arena);
        b.extend(v);
        b.into_bump_slice()
    }

    // ------------------------------------------------------------------
    // Files and declarations

    pub fn file(&mut self, file_index: u32) -> &'a File<'a> {
        let package_pos = self.pos();
        let mut decls: Vec<Decl<'a>> = Vec::new();
        let mut imports: Vec<&'a ImportSpec<'a>> = Vec::new();
        let mk = |p: &mut Self,
                  name: &'a Ident<'a>,
                  imports: Vec<&'a ImportSpec<'a>>,
                  decls: Vec<Decl<'a>>| {
            let imports = p.slice(imports);
            let decls = p.slice(decls);
            &*p.arena.alloc(File {
                file_index,
                package_pos,
                name,
                imports,
                decls,
            })
        };
        if !self.got(Token::Package) {
            self.syntax_error("package statement must be first");
            let n = self.ident_node(package_pos, "_");
            return mk(self, n, imports, decls);
        }
        self.take_pragma();
        let name = self.name();
        self.want(Token::Semicolon);
        if !self.errors.is_empty() {
            return mk(self, name, imports, decls);
        }

        let mut prev = Token::Import;
        while self.tok != Token::Eof {
            if self.tok == Token::Import && prev != Token::Import {
                self.syntax_error("imports must appear before other declarations");
            }
            prev = self.tok;
            match self.tok {
                Token::Import | Token::Const | Token::Type | Token::Var => {
                    let d = self.gen_decl();
                    for s in d.specs {
                        if let Spec::Import(i) = s {
                            imports.push(i);
                        }
                    }
                    decls.push(Decl::Gen(d));
                }
                Token::Func => {
                    let d = self.func_decl();
                    decls.push(Decl::Func(d));
                }
                _ => {
                    let after_empty_func =
                        matches!(decls.last(), Some(Decl::Func(f)) if f.body.is_none());
                    if self.tok == Token::LBrace && after_empty_func {
                        self.syntax_error("unexpected semicolon or newline before {");
                    } else {
                        self.syntax_error("non-declaration statement outside function body");
                    }
                    let pos = self.pos();
                    decls.push(Decl::Bad(pos));
                    self.advance(&[
                        Token::Import,
                        Token::Const,
                        Token::Type,
                        Token::Var,
                        Token::Func,
                    ]);
                    continue;
                }
            }
            // Before consuming `;`: directives after it belong to the next declaration.
            self.clear_pragma();
            if self.tok != Token::Eof && !self.got(Token::Semicolon) {
                self.syntax_error("after top level declaration");
                self.advance(&[
                    Token::Import,
                    Token::Const,
                    Token::Type,
                    Token::Var,
                    Token::Func,
                ]);
            }
        }
        self.clear_pragma();
        mk(self, name, imports, decls)
    }

    /// gc's `list`: `[ f { sep f } [sep] ] close`; returns the position of
    /// the closing token.
    fn list(
        &mut self,
        context: &str,
        sep: Token,
        close: Token,
        f: &mut dyn FnMut(&mut Self) -> bool,
    ) -> Pos {
        let mut done = false;
        while self.tok != Token::Eof && self.tok != close && !done {
            done = f(self);
            if !self.got(sep) && self.tok != close {
                self.syntax_error(&format!(
                    "in {}; possibly missing {} or {}",
                    context,
                    tokstring(sep),
                    tokstring(close)
                ));
                self.advance(&[Token::RParen, Token::RBrack, Token::RBrace]);
                if self.tok != close {
                    return self.pos();
                }
            }
        }
        let pos = self.pos();
        self.want(close);
        pos
    }

    /// `import`/`const`/`type`/`var` declaration, single or grouped.
    fn gen_decl(&mut self) -> &'a GenDecl<'a> {
        let pos = self.pos();
        let tok = self.tok;
        self.next();
        let mut specs: Vec<Spec<'a>> = Vec::new();
        let mut lparen = None;
        if self.tok == Token::LParen {
            lparen = Some(self.pos());
            self.clear_pragma();
            self.next();
            let mut iota = 0u32;
            self.list(
                "grouped declaration",
                Token::Semicolon,
                Token::RParen,
                &mut |p| {
                    if let Some(s) = p.spec(tok, iota) {
                        specs.push(s);
                    }
                    iota += 1;
                    false
                },
            );
        } else if let Some(s) = self.spec(tok, 0) {
            specs.push(s);
        }
        let specs = self.slice(specs);
        self.arena.alloc(GenDecl {
            pos,
            tok,
            lparen,
            specs,
        })
    }

    fn spec(&mut self, tok: Token, iota: u32) -> Option<Spec<'a>> {
        self.take_pragma();
        match tok {
            Token::Import => self.import_spec().map(Spec::Import),
            Token::Const => Some(Spec::Value(self.const_spec(iota))),
            Token::Var => Some(Spec::Value(self.var_spec())),
            _ => Some(Spec::Type(self.type_spec())),
        }
    }

    fn basic_lit(&mut self) -> Option<&'a BasicLit<'a>> {
        if is_literal(self.tok) {
            let b = self.arena.alloc(BasicLit {
                pos: self.pos(),
                kind: self.tok,
                value: self.lit(),
            });
            self.next();
            Some(b)
        } else {
            None
        }
    }

    fn import_spec(&mut self) -> Option<&'a ImportSpec<'a>> {
        let pos = self.pos();
        let mut name = None;
        match self.tok {
            Token::Ident => name = Some(self.name()),
            Token::Period => {
                name = Some(self.ident_node(pos, "."));
                self.next();
            }
            _ => {}
        }
        let Some(path) = self.basic_lit() else {
            self.syntax_error("missing import path");
            self.advance(&[Token::Semicolon, Token::RParen]);
            return None;
        };
        if path.kind != Token::String {
            self.syntax_error_at(path.pos, "import path must be a string");
            return None;
        }
        let path_value = match super::unquote(path.value) {
            Some(s) => &*self.arena.alloc_str(&s),
            None => "",
        };
        Some(self.arena.alloc(ImportSpec {
            name,
            path,
            path_value,
            pos,
        }))
    }

    fn const_spec(&mut self, iota: u32) -> &'a ValueSpec<'a> {
        let first = self.name();
        let names = self.name_list(first);
        let mut typ = None;
        let mut values: &'a [E<'a>] = &[];
        if !matches!(self.tok, Token::Eof | Token::Semicolon | Token::RParen) {
            typ = self.type_or_nil();
            if self.got_assign() {
                values = self.expr_list_slice();
            }
        }
        self.arena.alloc(ValueSpec {
            names,
            typ,
            values,
            iota,
        })
    }

    fn var_spec(&mut self) -> &'a ValueSpec<'a> {
        let first = self.name();
        let names = self.name_list(first);
        let mut typ = None;
        let mut values: &'a [E<'a>] = &[];
        if self.got_assign() {
            values = self.expr_list_slice();
        } else {
            typ = Some(self.type_());
            if self.got_assign() {
                values = self.expr_list_slice();
            }
        }
        self.arena.alloc(ValueSpec {
            names,
            typ,
            values,
            iota: 0,
        })
    }

    fn type_spec(&mut self) -> &'a TypeSpec<'a> {
        let name = self.name();
        let mut type_params = None;
        let mut assign = None;
        let typ: Option<E<'a>>;
        if self.tok == Token::LBrack {
            let lbrack = self.pos();
            self.next();
            match self.tok {
                Token::Ident => {
                    let n = self.name();
                    let mut x = self.ident_expr(n);
                    if self.tok != Token::LBrack {
                        self.xnest += 1;
                        let px = self.pexpr(Some(x), false);
                        x = self.binary_expr(Some(px), 0);
                        self.xnest -= 1;
                    }
                    let force = self.tok == Token::Comma;
                    let (pname, ptype) = self.extract_name(x, force);
                    if let Some(pname) =
                        pname.filter(|_| ptype.is_some() || self.tok != Token::RBrack)
                    {
                        let (params, closing) =
                            self.param_list(Some(pname), ptype, Token::RBrack, true, false);
                        type_params = Some(self.field_list(Some(lbrack), params, Some(closing)));
                        if self.tok == Token::Assign || self.tok == Token::Define {
                            assign = Some(self.pos());
                        }
                        if !self.got_assign() {
                            assign = None;
                        }
                        typ = self.type_or_nil();
                    } else {
                        typ = Some(self.array_type(lbrack, Some(x)));
                    }
                }
                Token::RBrack => {
                    self.next();
                    typ = Some(self.slice_type(lbrack));
                }
                _ => typ = Some(self.array_type(lbrack, None)),
            }
        } else {
            if self.tok == Token::Assign || self.tok == Token::Define {
                assign = Some(self.pos());
            }
            if !self.got_assign() {
                assign = None;
            }
            typ = self.type_or_nil();
        }
        let typ = match typ {
            Some(t) => t,
            None => {
                let b = self.bad_expr();
                self.syntax_error("in type declaration");
                self.advance(&[Token::Semicolon, Token::RParen]);
                b
            }
        };
        self.arena.alloc(TypeSpec {
            name,
            type_params,
            assign,
            typ,
        })
    }

    /// gc's `extractName`: splits `P C` parsed as an expression into a
    /// type parameter name and its constraint.
    fn extract_name(&mut self, x: E<'a>, force: bool) -> (Option<&'a Ident<'a>>, Option<E<'a>>) {
        match x.kind {
            ExprKind::Ident(n) => (Some(n), None),
            ExprKind::Binary {
                op: Token::Mul,
                x: lhs,
                y,
            } => {
                if let ExprKind::Ident(n) = lhs.kind {
                    if force || is_type_elem(y) {
                        let star = self.arena.alloc(Expr {
                            id: x.id,
                            pos: x.pos,
                            kind: ExprKind::Star(y),
                            parens: std::cell::Cell::new(0),
                            inst: std::cell::Cell::new(false),
                        });
                        return (Some(n), Some(star));
                    }
                }
                (None, Some(x))
            }
            ExprKind::Binary {
                op: Token::Or,
                x: lhs,
                y,
            } => {
                let (name, l) = self.extract_name(lhs, force || is_type_elem(y));
                if let (Some(n), Some(l)) = (name, l) {
                    let or = self.arena.alloc(Expr {
                        id: x.id,
                        pos: x.pos,
                        kind: ExprKind::Binary {
                            op: Token::Or,
                            x: l,
                            y,
                        },
                        parens: std::cell::Cell::new(0),
                        inst: std::cell::Cell::new(false),
                    });
                    return (Some(n), Some(or));
                }
                (None, Some(x))
            }
            ExprKind::Call {
                fun,
                args,
                ellipsis: None,
                ..
            } => {
                if let ExprKind::Ident(n) = fun.kind {
                    if args.len() == 1 && (force || is_type_elem(args[0])) {
                        return (Some(n), Some(args[0].unparen()));
                    }
                }
                (None, Some(x))
            }
            _ => (None, Some(x)),
        }
    }

    fn func_decl(&mut self) -> &'a FuncDecl<'a> {
        let func_pos = self.pos();
        self.next(); // func
        let pragmas = self.take_pragma();
        let mut recv = None;
        let mut has_recv = false;
        if self.tok == Token::LParen {
            let open = self.pos();
            self.next();
            has_recv = true;
            let (params, close) = self.param_list(None, None, Token::RParen, false, false);
            match params.len() {
                0 => self.error("method has no receiver"),
                1 => {}
                _ => self.error("method has multiple receivers"),
            }
            recv = Some(self.field_list(Some(open), params, Some(close)));
        }
        let name;
        let typ;
        if self.tok == Token::Ident {
            name = self.name();
            typ = self.func_type(func_pos, "");
        } else {
            let pos = self.pos();
            name = self.ident_node(pos, "_");
            let params = self.arena.alloc(FieldList {
                opening: None,
                list: &[],
                closing: None,
            });
            typ = self.arena.alloc(FuncType {
                pos: func_pos,
                type_params: None,
                params,
                results: None,
            });
            self.syntax_error(if has_recv {
                "expected name"
            } else {
                "expected name or ("
            });
            self.advance(&[Token::LBrace, Token::Semicolon]);
        }
        let mut body = None;
        if self.tok == Token::LBrace {
            body = Some(self.func_body());
        }
        self.arena.alloc(FuncDecl {
            recv,
            name,
            typ,
            body,
            pragmas,
            instance: false,
        })
    }

    fn func_body(&mut self) -> &'a BlockStmt<'a> {
        self.fnest += 1;
        let errcnt = self.errors.len();
        let b = self.block_stmt("");
        self.fnest -= 1;
        if errcnt == self.errors.len() && !self.aborted {
            if let Some(sm) = self.sources {
                let errs = super::branches::check_branches(b, &|p| sm.position(p).to_string());
                self.errors.extend(errs);
            }
        }
        b
    }

    // ------------------------------------------------------------------
    // Expressions

    fn expr(&mut self) -> E<'a> {
        self.binary_expr(None, 0)
    }

    fn binary_expr(&mut self, x: Option<E<'a>>, prec: u8) -> E<'a> {
        let mut x = match x {
            Some(x) => x,
            None => self.unary_expr(),
        };
        // Each operator deepens the (left-nested) tree: count it against
        // the nesting bound so that consumers can recurse safely.
        let mut entered = 0;
        while self.tok.precedence() > prec && self.enter() {
            entered += 1;
            let pos = self.pos();
            let op = self.tok;
            let tprec = op.precedence();
            self.next();
            let y = self.binary_expr(None, tprec);
            x = self.expr_node(pos, ExprKind::Binary { op, x, y });
        }
        self.depth -= entered;
        x
    }

    fn unary_expr(&mut self) -> E<'a> {
        if !self.enter() {
            return self.bad_expr();
        }
        let r = self.unary_expr_inner();
        self.leave();
        r
    }

    fn unary_expr_inner(&mut self) -> E<'a> {
        let pos = self.pos();
        match self.tok {
            Token::Mul => {
                self.next();
                let x = self.unary_expr();
                return self.expr_node(pos, ExprKind::Star(x));
            }
            Token::Add | Token::Sub | Token::Not | Token::Xor | Token::Tilde | Token::And => {
                let op = self.tok;
                self.next();
                let x = self.unary_expr();
                return self.expr_node(pos, ExprKind::Unary { op, x });
            }
            Token::Arrow => {
                self.next();
                let x = self.unary_expr();
                if let ExprKind::ChanType { .. } = x.kind {
                    return self.reassociate_recv(pos, x);
                }
                return self.expr_node(
                    pos,
                    ExprKind::Unary {
                        op: Token::Arrow,
                        x,
                    },
                );
            }
            _ => {}
        }
        self.pexpr(None, true)
    }

    /// `<-` applied to a channel type: `<-(chan E)` is `<-chan E`, and
    /// `<-(chan<- E)` is `<-chan (<-E)`.
    fn reassociate_recv(&mut self, arrow_pos: Pos, x: E<'a>) -> E<'a> {
        // Collect the chain of channel types that must flip to receive-only.
        let mut chain: Vec<(E<'a>, Pos)> = Vec::new();
        let mut t = x;
        let mut dir = ChanDir::Send;
        let mut arrow = arrow_pos;
        while dir == ChanDir::Send {
            let ExprKind::ChanType {
                dir: d,
                arrow: a,
                value,
            } = t.kind
            else {
                break;
            };
            dir = d;
            if d == ChanDir::Recv {
                self.syntax_error("unexpected <-, expected chan");
            }
            chain.push((t, arrow));
            arrow = a;
            t = value;
        }
        if dir == ChanDir::Send {
            let s = expr_string(t);
            self.syntax_error(&format!("unexpected {}, expected chan", s));
        }
        // Rebuild from the innermost flipped channel outwards.
        let mut elem = t;
        for (c, arrow) in chain.into_iter().rev() {
            elem = self.arena.alloc(Expr {
                id: c.id,
                pos: c.pos,
                kind: ExprKind::ChanType {
                    dir: ChanDir::Recv,
                    arrow,
                    value: elem,
                },
                parens: std::cell::Cell::new(c.parens.get()),
                inst: std::cell::Cell::new(false),
            });
        }
        elem
    }

    fn call_stmt(&mut self) -> &'a Stmt<'a> {
        let pos = self.pos();
        let tok = self.tok;
        self.next();
        let keep = self.tok == Token::LParen;
        let x = self.pexpr(None, keep);
        let t = x.unparen();
        if !std::ptr::eq(t, x) {
            let kw = if tok == Token::Go { "go" } else { "defer" };
            self.error_at(
                x.pos,
                format!("expression in {} must not be parenthesized", kw),
            );
        }
        let kind = if tok == Token::Go {
            StmtKind::Go(t)
        } else {
            StmtKind::Defer(t)
        };
        self.stmt(pos, kind)
    }

    fn operand(&mut self, keep_parens: bool) -> E<'a> {
        let _ = keep_parens;
        let pos = self.pos();
        match self.tok {
            Token::Ident => {
                let n = self.name();
                self.ident_expr(n)
            }
            t if is_literal(t) => {
                let b = self.basic_lit().unwrap();
                self.expr_node(pos, ExprKind::BasicLit(b))
            }
            Token::LParen => {
                self.next();
                self.xnest += 1;
                let x = self.expr();
                self.xnest -= 1;
                self.want(Token::RParen);
                x.parens.set(x.parens.get().saturating_add(1));
                self.expr_node(pos, ExprKind::Paren(x))
            }
            Token::Func => {
                self.next();
                let ftyp = self.func_type(pos, "function type");
                if self.tok == Token::LBrace {
                    self.xnest += 1;
                    let body = self.func_body();
                    self.xnest -= 1;
                    return self.expr_node(pos, ExprKind::FuncLit { typ: ftyp, body });
                }
                self.expr_node(pos, ExprKind::FuncType(ftyp))
            }
            Token::LBrack | Token::Chan | Token::Map | Token::Struct | Token::Interface => {
                self.type_()
            }
            _ => {
                let x = self.bad_expr();
                self.syntax_error("expected expression");
                self.advance(&[Token::RParen, Token::RBrack, Token::RBrace]);
                x
            }
        }
    }

    fn pexpr(&mut self, x: Option<E<'a>>, keep_parens: bool) -> E<'a> {
        let mut x = match x {
            Some(x) => x,
            None => self.operand(keep_parens),
        };
        // Selector/index/call chains nest to the left: bound them too.
        let depth0 = self.depth;
        loop {
            if matches!(
                self.tok,
                Token::Period | Token::LBrack | Token::LParen | Token::LBrace
            ) && !self.enter()
            {
                break;
            }
            let pos = self.pos();
            match self.tok {
                Token::Period => {
                    self.next();
                    match self.tok {
                        Token::Ident => {
                            let sel = self.name();
                            x = self.expr_node(pos, ExprKind::Selector { x, sel });
                        }
                        Token::LParen => {
                            self.next();
                            if self.got(Token::Type) {
                                x = self.expr_node(pos, ExprKind::TypeAssert { x, typ: None });
                            } else {
                                let t = self.type_();
                                x = self.expr_node(pos, ExprKind::TypeAssert { x, typ: Some(t) });
                            }
                            self.want(Token::RParen);
                        }
                        _ => {
                            self.syntax_error("expected name or (");
                            self.advance(&[Token::Semicolon, Token::RParen]);
                        }
                    }
                }
                Token::LBrack => {
                    self.next();
                    let mut i: Vec<E<'a>> = Vec::new();
                    let mut low = None;
                    if self.tok != Token::Colon {
                        let mut comma = false;
                        if self.tok == Token::RBrack {
                            self.syntax_error("expected operand");
                            i.push(self.bad_expr());
                        } else {
                            let (l, c) = self.type_list(false);
                            i = l;
                            comma = c;
                        }
                        if comma || self.tok == Token::RBrack {
                            let rbrack = self.pos();
                            self.want(Token::RBrack);
                            let indices = self.slice(i);
                            x = self.expr_node(pos, ExprKind::Index { x, indices, rbrack });
                            continue;
                        }
                        low = i.first().copied();
                    }
                    if !self.got(Token::Colon) {
                        self.syntax_error("expected comma, : or ]");
                        self.advance(&[Token::Comma, Token::Colon, Token::RBrack]);
                    }
                    self.xnest += 1;
                    let mut high = None;
                    let mut max = None;
                    let mut slice3 = false;
                    if self.tok != Token::Colon && self.tok != Token::RBrack {
                        high = Some(self.expr());
                    }
                    if self.tok == Token::Colon {
                        slice3 = true;
                        if high.is_none() {
                            self.error("middle index required in 3-index slice");
                            high = Some(self.bad_expr());
                        }
                        self.next();
                        if self.tok != Token::RBrack {
                            max = Some(self.expr());
                        } else {
                            self.error("final index required in 3-index slice");
                            max = Some(self.bad_expr());
                        }
                    }
                    self.xnest -= 1;
                    let rbrack = self.pos();
                    self.want(Token::RBrack);
                    x = self.expr_node(
                        pos,
                        ExprKind::Slice {
                            x,
                            low,
                            high,
                            max,
                            slice3,
                            rbrack,
                        },
                    );
                }
                Token::LParen => {
                    self.next();
                    let (args, ellipsis, rparen) = self.arg_list();
                    x = self.expr_node(
                        pos,
                        ExprKind::Call {
                            fun: x,
                            args,
                            ellipsis,
                            rparen,
                        },
                    );
                }
                Token::LBrace => {
                    let t = x.unparen();
                    let complit_ok = match t.kind {
                        ExprKind::Ident(_) | ExprKind::Selector { .. } => self.xnest >= 0,
                        ExprKind::Index { .. } => self.xnest >= 0 && !is_value(t),
                        ExprKind::ArrayType { .. }
                        | ExprKind::StructType { .. }
                        | ExprKind::MapType { .. } => true,
                        _ => false,
                    };
                    if !complit_ok {
                        break;
                    }
                    if !std::ptr::eq(t, x) {
                        self.syntax_error("cannot parenthesize type in composite literal");
                    }
                    x = self.complit_expr(Some(x));
                }
                _ => break,
            }
        }
        if !self.aborted {
            self.depth = depth0;
        }
        x
    }

    fn bare_complit_expr(&mut self) -> E<'a> {
        if self.tok == Token::LBrace {
            if !self.enter() {
                return self.bad_expr();
            }
            let r = self.complit_expr(None);
            self.leave();
            return r;
        }
        self.expr()
    }

    fn complit_expr(&mut self, typ: Option<E<'a>>) -> E<'a> {
        let lbrace = self.pos();
        self.xnest += 1;
        self.want(Token::LBrace);
        let mut elts: Vec<E<'a>> = Vec::new();
        let rbrace = self.list("composite literal", Token::Comma, Token::RBrace, &mut |p| {
            let mut e = p.bare_complit_expr();
            if p.tok == Token::Colon {
                let pos = p.pos();
                p.next();
                let value = p.bare_complit_expr();
                e = p.expr_node(pos, ExprKind::KeyValue { key: e, value });
            }
            elts.push(e);
            false
        });
        self.xnest -= 1;
        let elts = self.slice(elts);
        self.expr_node(
            lbrace,
            ExprKind::CompositeLit {
                typ,
                lbrace,
                elts,
                rbrace,
            },
        )
    }

    // ------------------------------------------------------------------
    // Types

    fn type_(&mut self) -> E<'a> {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let t = self.bad_expr();
                self.syntax_error("expected type");
                self.advance(&[
                    Token::Comma,
                    Token::Colon,
                    Token::Semicolon,
                    Token::RParen,
                    Token::RBrack,
                    Token::RBrace,
                ]);
                t
            }
        }
    }

    fn type_or_nil(&mut self) -> Option<E<'a>> {
        if !self.enter() {
            return Some(self.bad_expr());
        }
        let r = self.type_or_nil_inner();
        self.leave();
        r
    }

    fn type_or_nil_inner(&mut self) -> Option<E<'a>> {
        let pos = self.pos();
        Some(match self.tok {
            Token::Mul => {
                self.next();
                let t = self.type_();
                self.expr_node(pos, ExprKind::Star(t))
            }
            Token::Arrow => {
                self.next();
                self.want(Token::Chan);
                let value = self.chan_elem();
                self.expr_node(
                    pos,
                    ExprKind::ChanType {
                        dir: ChanDir::Recv,
                        arrow: pos,
                        value,
                    },
                )
            }
            Token::Func => {
                self.next();
                let t = self.func_type(pos, "function type");
                self.expr_node(pos, ExprKind::FuncType(t))
            }
            Token::LBrack => {
                self.next();
                if self.got(Token::RBrack) {
                    return Some(self.slice_type(pos));
                }
                self.array_type(pos, None)
            }
            Token::Chan => {
                self.next();
                let mut dir = ChanDir::Both;
                let mut arrow = pos;
                if self.tok == Token::Arrow {
                    arrow = self.pos();
                    self.next();
                    dir = ChanDir::Send;
                }
                let value = self.chan_elem();
                self.expr_node(pos, ExprKind::ChanType { dir, arrow, value })
            }
            Token::Map => {
                self.next();
                self.want(Token::LBrack);
                let key = self.type_();
                self.want(Token::RBrack);
                let value = self.type_();
                self.expr_node(pos, ExprKind::MapType { key, value })
            }
            Token::Struct => self.struct_type(),
            Token::Interface => self.interface_type(),
            Token::Ident => self.qualified_name(None),
            Token::LParen => {
                self.next();
                // gc does not keep parentheses around types.
                let t = self.type_();
                self.want(Token::RParen);
                t.parens.set(t.parens.get().saturating_add(1));
                t
            }
            _ => return None,
        })
    }

    fn type_instance(&mut self, typ: E<'a>) -> E<'a> {
        let pos = self.pos();
        self.want(Token::LBrack);
        let indices = if self.tok == Token::RBrack {
            self.syntax_error("expected type argument list");
            vec![self.bad_expr()]
        } else {
            self.type_list(true).0
        };
        let rbrack = self.pos();
        self.want(Token::RBrack);
        let indices = self.slice(indices);
        self.expr_node(
            pos,
            ExprKind::Index {
                x: typ,
                indices,
                rbrack,
            },
        )
    }

    /// Parses `[TypeParams] Parameters [Result]` (after `func` or a method
    /// name). If `context` is non-empty, type parameters are an error.
    fn func_type(&mut self, pos: Pos, context: &str) -> &'a FuncType<'a> {
        let tpos = self.pos();
        let mut type_params = None;
        if self.tok == Token::LBrack {
            let open = self.pos();
            self.next();
            if !context.is_empty() {
                self.syntax_error_at(tpos, &format!("{} must have no type parameters", context));
            }
            if self.tok == Token::RBrack {
                self.syntax_error("empty type parameter list");
                self.next();
            } else {
                let (params, close) = self.param_list(None, None, Token::RBrack, true, false);
                type_params = Some(self.field_list(Some(open), params, Some(close)));
            }
        }
        let open = self.pos();
        let had_paren = self.tok == Token::LParen;
        self.want(Token::LParen);
        let (params, close) = self.param_list(None, None, Token::RParen, false, true);
        let params = self.field_list(
            if had_paren { Some(open) } else { None },
            params,
            Some(close),
        );
        let results = self.func_result();
        self.arena.alloc(FuncType {
            pos,
            type_params,
            params,
            results,
        })
    }

    fn array_type(&mut self, pos: Pos, len: Option<E<'a>>) -> E<'a> {
        let len = match len {
            Some(l) => l,
            None => {
                if self.tok == Token::Ellipsis {
                    let p = self.pos();
                    self.next();
                    self.expr_node(p, ExprKind::Ellipsis(None))
                } else {
                    self.xnest += 1;
                    let l = self.expr();
                    self.xnest -= 1;
                    l
                }
            }
        };
        if self.tok == Token::Comma {
            self.syntax_error("unexpected comma; expected ]");
            self.next();
        }
        self.want(Token::RBrack);
        let elem = self.type_();
        self.expr_node(
            pos,
            ExprKind::ArrayType {
                len: Some(len),
                elem,
            },
        )
    }

    fn slice_type(&mut self, pos: Pos) -> E<'a> {
        let elem = self.type_();
        self.expr_node(pos, ExprKind::ArrayType { len: None, elem })
    }

    fn chan_elem(&mut self) -> E<'a> {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let t = self.bad_expr();
                self.syntax_error("missing channel element type");
                t
            }
        }
    }

    fn struct_type(&mut self) -> E<'a> {
        let pos = self.pos();
        self.want(Token::Struct);
        let open = self.pos();
        self.want(Token::LBrace);
        let mut fields: Vec<&'a Field<'a>> = Vec::new();
        let close = self.list("struct type", Token::Semicolon, Token::RBrace, &mut |p| {
            p.field_decl(&mut fields);
            false
        });
        let fields = self.field_list_from(Some(open), fields, Some(close));
        self.expr_node(pos, ExprKind::StructType { fields })
    }

    fn interface_type(&mut self) -> E<'a> {
        let pos = self.pos();
        self.want(Token::Interface);
        let open = self.pos();
        self.want(Token::LBrace);
        let mut methods: Vec<&'a Field<'a>> = Vec::new();
        let close = self.list(
            "interface type",
            Token::Semicolon,
            Token::RBrace,
            &mut |p| {
                let mut f = None;
                if p.tok == Token::Ident {
                    f = Some(p.method_decl());
                }
                let f = match f {
                    Some((Some(name), typ)) => p.arena.alloc(Field {
                        names: p.slice(vec![name]),
                        typ,
                        tag: None,
                    }),
                    Some((None, typ)) => p.embedded_elem(Some(typ)),
                    None => p.embedded_elem(None),
                };
                methods.push(f);
                false
            },
        );
        let methods = self.field_list_from(Some(open), methods, Some(close));
        self.expr_node(pos, ExprKind::InterfaceType { methods })
    }

    fn func_result(&mut self) -> Option<&'a FieldList<'a>> {
        if self.tok == Token::LParen {
            let open = self.pos();
            self.next();
            let (params, close) = self.param_list(None, None, Token::RParen, false, false);
            return Some(self.field_list(Some(open), params, Some(close)));
        }
        let typ = self.type_or_nil()?;
        let f: &'a Field<'a> = self.arena.alloc(Field {
            names: &[],
            typ,
            tag: None,
        });
        Some(self.field_list_from(None, vec![f], None))
    }

    fn field_decl(&mut self, out: &mut Vec<&'a Field<'a>>) {
        let pos = self.pos();
        let mut push =
            |p: &mut Self, names: Vec<&'a Ident<'a>>, typ: E<'a>, tag: Option<&'a BasicLit<'a>>| {
                let names = p.slice(names);
                out.push(p.arena.alloc(Field { names, typ, tag }));
            };
        match self.tok {
            Token::Ident => {
                let name = self.name();
                if self.tok == Token::Period
                    || is_literal(self.tok)
                    || self.tok == Token::Semicolon
                    || self.tok == Token::RBrace
                {
                    let typ = self.qualified_name(Some(name));
                    let tag = self.basic_lit();
                    push(self, vec![], typ, tag);
                    return;
                }
                let names = self.name_list_vec(name);
                let typ = if names.len() == 1 && self.tok == Token::LBrack {
                    let t = self.array_or_targs();
                    if let ExprKind::Index {
                        indices, rbrack, ..
                    } = t.kind
                    {
                        let nx = self.ident_expr(name);
                        let t = self.arena.alloc(Expr {
                            id: t.id,
                            pos: t.pos,
                            kind: ExprKind::Index {
                                x: nx,
                                indices,
                                rbrack,
                            },
                            parens: std::cell::Cell::new(0),
                            inst: std::cell::Cell::new(false),
                        });
                        let tag = self.basic_lit();
                        push(self, vec![], t, tag);
                        return;
                    }
                    t
                } else {
                    self.type_()
                };
                let tag = self.basic_lit();
                push(self, names, typ, tag);
            }
            Token::Mul => {
                self.next();
                let typ = if self.tok == Token::LParen {
                    self.syntax_error("cannot parenthesize embedded type");
                    self.next();
                    let t = self.qualified_name(None);
                    self.got(Token::RParen);
                    t
                } else {
                    self.qualified_name(None)
                };
                let tag = self.basic_lit();
                let star = self.expr_node(pos, ExprKind::Star(typ));
                push(self, vec![], star, tag);
            }
            Token::LParen => {
                self.syntax_error("cannot parenthesize embedded type");
                self.next();
                let typ = if self.tok == Token::Mul {
                    let spos = self.pos();
                    self.next();
                    let t = self.qualified_name(None);
                    self.expr_node(spos, ExprKind::Star(t))
                } else {
                    self.qualified_name(None)
                };
                self.got(Token::RParen);
                let tag = self.basic_lit();
                push(self, vec![], typ, tag);
            }
            _ => {
                self.syntax_error("expected field name or embedded type");
                self.advance(&[Token::Semicolon, Token::RBrace]);
            }
        }
    }

    /// After a name: `[n]E` (array type) or `[A, B]` (type arguments; the
    /// returned Index has a placeholder `x` the caller replaces).
    fn array_or_targs(&mut self) -> E<'a> {
        let pos = self.pos();
        self.want(Token::LBrack);
        if self.got(Token::RBrack) {
            return self.slice_type(pos);
        }
        let (n, comma) = self.type_list(false);
        let rbrack = self.pos();
        self.want(Token::RBrack);
        if !comma {
            if let Some(elem) = self.type_or_nil() {
                return self.expr_node(
                    pos,
                    ExprKind::ArrayType {
                        len: Some(n[0]),
                        elem,
                    },
                );
            }
        }
        let indices = self.slice(n);
        let placeholder = self.expr_node(pos, ExprKind::Bad);
        self.expr_node(
            pos,
            ExprKind::Index {
                x: placeholder,
                indices,
                rbrack,
            },
        )
    }

    /// Interface element starting with a name: a method (name + signature)
    /// or an embedded type. Returns (method name, type).
    fn method_decl(&mut self) -> (Option<&'a Ident<'a>>, E<'a>) {
        let name = self.name();
        const CONTEXT: &str = "interface method";
        match self.tok {
            Token::LParen => {
                let pos = self.pos();
                let t = self.func_type(pos, CONTEXT);
                let e = self.expr_node(pos, ExprKind::FuncType(t));
                (Some(name), e)
            }
            Token::LBrack => {
                let pos = self.pos();
                self.next();
                if self.tok == Token::RBrack {
                    let p2 = self.pos();
                    self.next();
                    if self.tok == Token::LParen {
                        self.error_at(p2, "empty type parameter list");
                        let fpos = self.pos();
                        let t = self.func_type(fpos, CONTEXT);
                        let e = self.expr_node(fpos, ExprKind::FuncType(t));
                        return (Some(name), e);
                    }
                    self.error_at(p2, "empty type argument list");
                    return (None, self.ident_expr(name));
                }
                let (list, rbrack) = self.param_list(None, None, Token::RBrack, false, false);
                if list.is_empty() {
                    if self.tok == Token::LParen {
                        let fpos = self.pos();
                        let t = self.func_type(fpos, CONTEXT);
                        let e = self.expr_node(fpos, ExprKind::FuncType(t));
                        return (Some(name), e);
                    }
                    return (None, self.ident_expr(name));
                }
                if list[0].name.is_some() {
                    let fpos = self.pos();
                    let t = self.func_type(fpos, CONTEXT);
                    self.error_at(pos, "interface method must have no type parameters");
                    let e = self.expr_node(fpos, ExprKind::FuncType(t));
                    return (Some(name), e);
                }
                let x = self.ident_expr(name);
                let indices: Vec<E<'a>> = list.iter().filter_map(|p| p.typ).collect();
                let indices = self.slice(indices);
                (
                    None,
                    self.expr_node(pos, ExprKind::Index { x, indices, rbrack }),
                )
            }
            _ => (None, self.qualified_name(Some(name))),
        }
    }

    fn embedded_elem(&mut self, first: Option<E<'a>>) -> &'a Field<'a> {
        let mut typ = match first {
            Some(t) => t,
            None => self.embedded_term(),
        };
        let mut entered = 0;
        while self.tok == Token::Or && self.enter() {
            entered += 1;
            let pos = self.pos();
            self.next();
            let y = self.embedded_term();
            typ = self.expr_node(
                pos,
                ExprKind::Binary {
                    op: Token::Or,
                    x: typ,
                    y,
                },
            );
        }
        self.depth -= entered;
        self.arena.alloc(Field {
            names: &[],
            typ,
            tag: None,
        })
    }

    fn embedded_term(&mut self) -> E<'a> {
        if self.tok == Token::Tilde {
            let pos = self.pos();
            self.next();
            let x = self.type_();
            return self.expr_node(
                pos,
                ExprKind::Unary {
                    op: Token::Tilde,
                    x,
                },
            );
        }
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let t = self.bad_expr();
                self.syntax_error("expected ~ term or type");
                self.advance(&[
                    ANY_OPERATOR,
                    Token::Semicolon,
                    Token::RParen,
                    Token::RBrack,
                    Token::RBrace,
                ]);
                t
            }
        }
    }

    /// Continues a union `T | ...` in a type parameter constraint.
    fn union_rest(&mut self, first: E<'a>) -> E<'a> {
        self.embedded_elem(Some(first)).typ
    }

    fn param_decl_or_nil(
        &mut self,
        name: Option<&'a Ident<'a>>,
        follow: Token,
    ) -> Option<Param<'a>> {
        let type_sets_ok = follow == Token::RBrack;
        let mut pos = self.pos();
        if let Some(n) = name {
            pos = n.pos;
        } else if type_sets_ok && self.tok == Token::Tilde {
            let t = self.embedded_elem(None).typ;
            return Some(Param {
                pos,
                name: None,
                typ: Some(t),
                src: 0,
            });
        }
        let mut f = Param {
            pos,
            name: None,
            typ: None,
            src: 0,
        };
        if self.tok == Token::Ident || name.is_some() {
            let name = match name {
                Some(n) => n,
                None => self.name(),
            };
            if self.tok == Token::LBrack {
                let t = self.array_or_targs();
                if let ExprKind::Index {
                    indices, rbrack, ..
                } = t.kind
                {
                    let nx = self.ident_expr(name);
                    f.typ = Some(self.arena.alloc(Expr {
                        id: t.id,
                        pos: t.pos,
                        kind: ExprKind::Index {
                            x: nx,
                            indices,
                            rbrack,
                        },
                        parens: std::cell::Cell::new(0),
                        inst: std::cell::Cell::new(false),
                    }));
                } else {
                    f.typ = Some(t);
                    f.name = Some(name);
                }
                if type_sets_ok && self.tok == Token::Or {
                    f.typ = Some(self.union_rest(f.typ.unwrap()));
                }
                return Some(f);
            }
            if self.tok == Token::Period {
                f.typ = Some(self.qualified_name(Some(name)));
                if type_sets_ok && self.tok == Token::Or {
                    f.typ = Some(self.union_rest(f.typ.unwrap()));
                }
                return Some(f);
            }
            if type_sets_ok && self.tok == Token::Or {
                let nx = self.ident_expr(name);
                f.typ = Some(self.union_rest(nx));
                return Some(f);
            }
            f.name = Some(name);
        }
        if self.tok == Token::Ellipsis {
            let dpos = self.pos();
            self.next();
            match self.type_or_nil() {
                Some(elem) => f.typ = Some(self.expr_node(dpos, ExprKind::Ellipsis(Some(elem)))),
                None => {
                    f.typ = Some(self.bad_expr());
                    self.syntax_error("... is missing type");
                }
            }
            return Some(f);
        }
        if type_sets_ok && self.tok == Token::Tilde {
            f.typ = Some(self.embedded_elem(None).typ);
            return Some(f);
        }
        f.typ = self.type_or_nil();
        if type_sets_ok && self.tok == Token::Or && f.typ.is_some() {
            f.typ = Some(self.union_rest(f.typ.unwrap()));
        }
        if f.name.is_some() || f.typ.is_some() {
            return Some(f);
        }
        self.syntax_error(&format!("expected {}", tokstring(follow)));
        self.advance(&[Token::Comma, follow]);
        None
    }

    /// gc's `paramList` (after the opening `(` or `[`): returns the entries
    /// (one per name, types distributed) and the closing position.
    fn param_list(
        &mut self,
        name: Option<&'a Ident<'a>>,
        typ: Option<E<'a>>,
        close: Token,
        require_names: bool,
        dddok: bool,
    ) -> (Vec<Param<'a>>, Pos) {
        let mut list: Vec<Param<'a>> = Vec::new();
        let end;
        if let (Some(n), Some(t)) = (name, typ) {
            if self.tok == close {
                end = self.pos();
                self.next();
                list.push(Param {
                    pos: n.pos,
                    name: Some(n),
                    typ: Some(t),
                    src: 0,
                });
                return (list, end);
            }
        }
        let mut named = 0;
        let mut typed = 0;
        let mut first = Some((name, typ));
        end = self.list("parameter list", Token::Comma, close, &mut |p| {
            let par = match first.take() {
                Some((Some(n), Some(t))) => Some(Param {
                    pos: n.pos,
                    name: Some(n),
                    typ: Some(t),
                    src: 0,
                }),
                Some((n, _)) => p.param_decl_or_nil(n, close),
                None => p.param_decl_or_nil(None, close),
            };
            if let Some(par) = par {
                if par.name.is_some() && par.typ.is_some() {
                    named += 1;
                }
                if par.typ.is_some() {
                    typed += 1;
                }
                list.push(par);
            }
            false
        });
        for (i, par) in list.iter_mut().enumerate() {
            par.src = i;
        }
        if list.is_empty() {
            return (list, end);
        }
        if named == 0 && !require_names {
            for par in list.iter_mut() {
                if let Some(n) = par.name.take() {
                    par.typ = Some(self.ident_expr(n));
                }
            }
        } else if named != list.len() {
            let mut err_pos: Option<Pos> = None;
            let mut cur: Option<(E<'a>, usize)> = None;
            for i in (0..list.len()).rev() {
                if let Some(t) = list[i].typ {
                    cur = Some((t, i));
                    if list[i].name.is_none() {
                        let sp = t.start();
                        err_pos = Some(sp);
                        list[i].name = Some(self.ident_node(sp, "_"));
                    }
                } else if let Some((t, src)) = cur {
                    list[i].typ = Some(t);
                    list[i].src = src;
                } else {
                    let ep = list[i].name.map_or(list[i].pos, |n| n.pos);
                    err_pos = Some(ep);
                    list[i].typ = Some(self.expr_node(ep, ExprKind::Bad));
                }
            }
            if let Some(mut ep) = err_pos {
                let msg;
                if named == typed {
                    ep = end;
                    msg = if require_names {
                        "missing type constraint"
                    } else {
                        "missing parameter type"
                    }
                    .to_string();
                } else if require_names {
                    let mut m = "missing type parameter name".to_string();
                    if list.len() == 1 {
                        m.push_str(" or invalid array length");
                    }
                    msg = m;
                } else {
                    msg = "missing parameter name".into();
                }
                self.syntax_error_at(ep, &msg);
            }
        }
        let mut first_err = true;
        let n = list.len();
        for (i, par) in list.iter_mut().enumerate() {
            if let Some(t) = par.typ {
                if let ExprKind::Ellipsis(Some(elem)) = t.kind {
                    if !dddok || i + 1 < n {
                        if first_err {
                            first_err = false;
                            if dddok {
                                self.error_at(t.pos, "can only use ... with final parameter");
                            } else {
                                self.error_at(t.pos, "invalid use of ...");
                            }
                        }
                        par.typ = Some(elem);
                    }
                }
            }
        }
        (list, end)
    }

    /// Groups per-name entries into go/ast fields (`a, b int` is one field).
    fn field_list(
        &mut self,
        opening: Option<Pos>,
        params: Vec<Param<'a>>,
        closing: Option<Pos>,
    ) -> &'a FieldList<'a> {
        let mut fields: Vec<&'a Field<'a>> = Vec::new();
        let mut i = 0;
        while i < params.len() {
            let mut j = i + 1;
            let mut names = Vec::new();
            if let Some(n) = params[i].name {
                names.push(n);
                while j < params.len() && params[j].src == params[i].src && params[j].name.is_some()
                {
                    names.push(params[j].name.unwrap());
                    j += 1;
                }
            }
            let typ = match params[i].typ {
                Some(t) => t,
                None => self.expr_node(params[i].pos, ExprKind::Bad),
            };
            let names = self.slice(names);
            fields.push(self.arena.alloc(Field {
                names,
                typ,
                tag: None,
            }));
            i = j;
        }
        self.field_list_from(opening, fields, closing)
    }

    fn field_list_from(
        &mut self,
        opening: Option<Pos>,
        fields: Vec<&'a Field<'a>>,
        closing: Option<Pos>,
    ) -> &'a FieldList<'a> {
        let list = self.slice(fields);
        self.arena.alloc(FieldList {
            opening,
            list,
            closing,
        })
    }

    // ------------------------------------------------------------------
    // Statements

    fn simple_stmt(&mut self, lhs: Option<Vec<E<'a>>>, keyword: Token) -> Simple<'a> {
        if keyword == Token::For && self.tok == Token::Range {
            return self.range_clause(Vec::new(), false);
        }
        let lhs = match lhs {
            Some(l) => l,
            None => self.expr_list(),
        };
        if lhs.len() == 1 && self.tok != Token::Assign && self.tok != Token::Define {
            let x = lhs[0];
            let pos = self.pos();
            match self.tok {
                t if t.assign_op().is_some() => {
                    self.next();
                    let y = self.expr();
                    let l = self.slice(vec![x]);
                    let r = self.slice(vec![y]);
                    return Simple::Stmt(self.stmt(
                        pos,
                        StmtKind::Assign {
                            lhs: l,
                            tok: t,
                            tok_pos: pos,
                            rhs: r,
                        },
                    ));
                }
                Token::Inc | Token::Dec => {
                    let tok = self.tok;
                    self.next();
                    return Simple::Stmt(self.stmt(pos, StmtKind::IncDec { x, tok }));
                }
                Token::Arrow => {
                    self.next();
                    let value = self.expr();
                    return Simple::Stmt(self.stmt(pos, StmtKind::Send { chan: x, value }));
                }
                _ => return Simple::Stmt(self.stmt(x.pos, StmtKind::Expr(x))),
            }
        }
        match self.tok {
            Token::Assign | Token::Define => {
                let pos = self.pos();
                let tok = self.tok;
                self.next();
                if keyword == Token::For && self.tok == Token::Range {
                    return self.range_clause(lhs, tok == Token::Define);
                }
                let rhs = self.expr_list();
                if keyword == Token::Switch
                    && tok == Token::Define
                    && rhs.len() == 1
                    && lhs.len() == 1
                {
                    if let (ExprKind::TypeAssert { typ: None, .. }, ExprKind::Ident(bind)) =
                        (&rhs[0].kind, &lhs[0].kind)
                    {
                        return Simple::TypeSwitch {
                            pos: rhs[0].pos,
                            bind,
                            x: rhs[0],
                        };
                    }
                }
                let l = self.slice(lhs);
                let r = self.slice(rhs);
                Simple::Stmt(self.stmt(
                    pos,
                    StmtKind::Assign {
                        lhs: l,
                        tok,
                        tok_pos: pos,
                        rhs: r,
                    },
                ))
            }
            _ => {
                self.syntax_error("expected := or = or comma");
                self.advance(&[Token::Semicolon, Token::RBrace]);
                let x = lhs[0];
                Simple::Stmt(self.stmt(x.pos, StmtKind::Expr(x)))
            }
        }
    }

    fn range_clause(&mut self, lhs: Vec<E<'a>>, def: bool) -> Simple<'a> {
        let pos = self.pos();
        self.next();
        let x = self.expr();
        Simple::Range { pos, lhs, def, x }
    }

    /// Turns a simple statement into a statement (a range clause or type
    /// switch guard out of place becomes an assignment/expression).
    fn simple_to_stmt(&mut self, s: Simple<'a>) -> &'a Stmt<'a> {
        match s {
            Simple::Stmt(s) => s,
            Simple::Range { pos, x, .. } => self.stmt(pos, StmtKind::Expr(x)),
            Simple::TypeSwitch { pos, bind, x } => {
                let b = self.ident_expr(bind);
                let l = self.slice(vec![b]);
                let r = self.slice(vec![x]);
                self.stmt(
                    pos,
                    StmtKind::Assign {
                        lhs: l,
                        tok: Token::Define,
                        tok_pos: pos,
                        rhs: r,
                    },
                )
            }
        }
    }

    fn labeled_stmt(&mut self, label: &'a Ident<'a>) -> Option<&'a Stmt<'a>> {
        let pos = self.pos();
        self.want(Token::Colon);
        if self.tok == Token::RBrace {
            let e = self.stmt(self.pos(), StmtKind::Empty { implicit: true });
            return Some(self.stmt(pos, StmtKind::Labeled { label, stmt: e }));
        }
        match self.stmt_or_nil() {
            Some(s) => Some(self.stmt(pos, StmtKind::Labeled { label, stmt: s })),
            None => {
                self.syntax_error_at(pos, "missing statement after label");
                None
            }
        }
    }

    fn block_stmt(&mut self, context: &str) -> &'a BlockStmt<'a> {
        let lbrace = self.pos();
        if !self.got(Token::LBrace) {
            self.syntax_error(&format!("expected {{ after {}", context));
            self.advance(&[Token::Ident, Token::RBrace]);
            let rbrace = self.pos();
            if self.got(Token::RBrace) {
                return self.arena.alloc(BlockStmt {
                    lbrace,
                    list: &[],
                    rbrace,
                });
            }
        }
        let list = self.stmt_list();
        let rbrace = self.pos();
        self.want(Token::RBrace);
        self.arena.alloc(BlockStmt {
            lbrace,
            list,
            rbrace,
        })
    }

    fn header(
        &mut self,
        keyword: Token,
    ) -> (
        Option<Simple<'a>>,
        Option<Simple<'a>>,
        Option<Simple<'a>>,
        Option<E<'a>>,
    ) {
        // returns (init, cond-stmt, post, bad cond)
        self.want(keyword);
        if self.tok == Token::LBrace {
            if keyword == Token::If {
                self.syntax_error("missing condition in if statement");
                let b = self.bad_expr();
                return (None, None, None, Some(b));
            }
            return (None, None, None, None);
        }
        let outer = self.xnest;
        self.xnest = -1;
        let mut init = None;
        if self.tok != Token::Semicolon {
            if self.got(Token::Var) {
                self.syntax_error(&format!(
                    "var declaration not allowed in {} initializer",
                    keyword.as_str()
                ));
            }
            let s = self.simple_stmt(None, keyword);
            if let Simple::Range { .. } = s {
                self.xnest = outer;
                return (Some(s), None, None, None);
            }
            init = Some(s);
        }
        let mut cond_stmt: Option<Simple<'a>> = None;
        let mut post = None;
        let mut semi: Option<(Pos, SemiKind)> = None;
        let mut bad = None;
        'done: {
            if self.tok != Token::LBrace {
                if self.tok == Token::Semicolon {
                    semi = Some((self.pos(), self.lx.semi));
                    self.next();
                } else {
                    self.want(Token::LBrace);
                    if self.tok != Token::LBrace {
                        self.advance(&[Token::LBrace, Token::RBrace]);
                    }
                }
                if keyword == Token::For {
                    if self.tok != Token::Semicolon {
                        if self.tok == Token::LBrace {
                            self.syntax_error("expected for loop condition");
                            break 'done;
                        }
                        cond_stmt = Some(self.simple_stmt(None, Token::Illegal));
                    }
                    self.want(Token::Semicolon);
                    if self.tok != Token::LBrace {
                        let s = self.simple_stmt(None, Token::Illegal);
                        if let Simple::Stmt(st) = &s {
                            if let StmtKind::Assign {
                                tok: Token::Define, ..
                            } = st.kind
                            {
                                self.syntax_error_at(
                                    st.pos,
                                    "cannot declare in post statement of for loop",
                                );
                            }
                        }
                        post = Some(s);
                    }
                } else if self.tok != Token::LBrace {
                    cond_stmt = Some(self.simple_stmt(None, keyword));
                }
            } else {
                cond_stmt = init.take();
            }
        }
        // unpack cond_stmt
        match &cond_stmt {
            None => {
                if keyword == Token::If {
                    if let Some((spos, kind)) = semi {
                        if kind != SemiKind::Semicolon {
                            self.syntax_error_at(
                                spos,
                                &format!(
                                    "unexpected {}, expected {{ after if clause",
                                    kind.as_str()
                                ),
                            );
                        } else {
                            self.syntax_error_at(spos, "missing condition in if statement");
                        }
                        bad = Some(self.expr_node(spos, ExprKind::Bad));
                    }
                }
            }
            Some(Simple::Stmt(s)) if matches!(s.kind, StmtKind::Expr(_)) => {}
            Some(Simple::TypeSwitch { .. }) => {}
            Some(s) => {
                let (pos, text) = match s {
                    Simple::Stmt(st) => match &st.kind {
                        StmtKind::Assign {
                            lhs,
                            tok: Token::Assign,
                            rhs,
                            ..
                        } => (
                            st.pos,
                            format!("assignment {} = {}", emphasize(lhs), emphasize(rhs)),
                        ),
                        _ => (st.pos, stmt_string(st)),
                    },
                    Simple::Range { pos, .. } => (*pos, "range clause".to_string()),
                    Simple::TypeSwitch { pos, .. } => (*pos, String::new()),
                };
                self.syntax_error_at(pos, &format!("cannot use {} as value", text));
            }
        }
        self.xnest = outer;
        (init, cond_stmt, post, bad)
    }

    fn opt_stmt(&mut self, s: Option<Simple<'a>>) -> Option<&'a Stmt<'a>> {
        s.map(|s| self.simple_to_stmt(s))
    }

    fn cond_expr(&mut self, s: Option<Simple<'a>>) -> Option<E<'a>> {
        match s {
            None => None,
            Some(Simple::Stmt(st)) => match st.kind {
                StmtKind::Expr(x) => Some(x),
                _ => Some(self.expr_node(st.pos, ExprKind::Bad)),
            },
            Some(Simple::Range { pos, .. }) | Some(Simple::TypeSwitch { pos, .. }) => {
                Some(self.expr_node(pos, ExprKind::Bad))
            }
        }
    }

    fn for_stmt(&mut self) -> &'a Stmt<'a> {
        let pos = self.pos();
        let (init, cond, post, _) = self.header(Token::For);
        if let Some(Simple::Range {
            pos: range_pos,
            lhs,
            def,
            x,
        }) = init
        {
            let body = self.block_stmt("for clause");
            if lhs.len() > 2 {
                self.error_at(
                    lhs[2].start(),
                    "range clause permits at most two iteration variables",
                );
            }
            let tok = if lhs.is_empty() {
                Token::Illegal
            } else if def {
                Token::Define
            } else {
                Token::Assign
            };
            return self.stmt(
                pos,
                StmtKind::Range {
                    key: lhs.first().copied(),
                    value: lhs.get(1).copied(),
                    tok,
                    range_pos,
                    x,
                    body,
                },
            );
        }
        let init = self.opt_stmt(init);
        let cond = self.cond_expr(cond);
        let post = self.opt_stmt(post);
        let body = self.block_stmt("for clause");
        self.stmt(
            pos,
            StmtKind::For {
                init,
                cond,
                post,
                body,
            },
        )
    }

    fn if_stmt(&mut self) -> &'a Stmt<'a> {
        if !self.enter() {
            return self.stmt(self.pos(), StmtKind::Bad);
        }
        let r = self.if_stmt_inner();
        self.leave();
        r
    }

    fn if_stmt_inner(&mut self) -> &'a Stmt<'a> {
        let pos = self.pos();
        let (init, cond, _, bad) = self.header(Token::If);
        let init = self.opt_stmt(init);
        let cond = match self.cond_expr(cond) {
            Some(c) => c,
            None => match bad {
                Some(b) => b,
                None => self.expr_node(pos, ExprKind::Bad),
            },
        };
        let body = self.block_stmt("if clause");
        let mut els = None;
        if self.got(Token::Else) {
            match self.tok {
                Token::If => els = Some(self.if_stmt()),
                Token::LBrace => {
                    let b = self.block_stmt("");
                    els = Some(self.stmt(b.lbrace, StmtKind::Block(b)));
                }
                _ => {
                    self.syntax_error("else must be followed by if or statement block");
                    self.advance(&[Token::Ident, Token::RBrace]);
                }
            }
        }
        self.stmt(
            pos,
            StmtKind::If {
                init,
                cond,
                body,
                els,
            },
        )
    }

    fn switch_stmt(&mut self) -> &'a Stmt<'a> {
        let pos = self.pos();
        let (init, tag, _, _) = self.header(Token::Switch);
        let lbrace = self.pos();
        if !self.got(Token::LBrace) {
            self.syntax_error("missing { after switch clause");
            self.advance(&[Token::Case, Token::Default, Token::RBrace]);
        }
        let mut body = Vec::new();
        while self.tok != Token::Eof && self.tok != Token::RBrace {
            body.push(self.case_clause());
        }
        let rbrace = self.pos();
        self.want(Token::RBrace);
        let body = self.slice(body);
        let init = self.opt_stmt(init);
        match tag {
            Some(Simple::TypeSwitch { bind, x, .. }) => self.stmt(
                pos,
                StmtKind::TypeSwitch {
                    init,
                    bind: Some(bind),
                    x,
                    body,
                    lbrace,
                    rbrace,
                },
            ),
            Some(Simple::Stmt(Stmt {
                kind: StmtKind::Expr(x),
                ..
            })) if matches!(x.kind, ExprKind::TypeAssert { typ: None, .. }) => self.stmt(
                pos,
                StmtKind::TypeSwitch {
                    init,
                    bind: None,
                    x,
                    body,
                    lbrace,
                    rbrace,
                },
            ),
            tag => {
                let tag = self.cond_expr(tag);
                self.stmt(
                    pos,
                    StmtKind::Switch {
                        init,
                        tag,
                        body,
                        lbrace,
                        rbrace,
                    },
                )
            }
        }
    }

    fn select_stmt(&mut self) -> &'a Stmt<'a> {
        let pos = self.pos();
        self.want(Token::Select);
        if !self.got(Token::LBrace) {
            self.syntax_error("missing { after select clause");
            self.advance(&[Token::Case, Token::Default, Token::RBrace]);
        }
        let mut body = Vec::new();
        while self.tok != Token::Eof && self.tok != Token::RBrace {
            body.push(self.comm_clause());
        }
        self.want(Token::RBrace);
        let body = self.slice(body);
        self.stmt(pos, StmtKind::Select { body })
    }

    fn case_clause(&mut self) -> &'a CaseClause<'a> {
        let pos = self.pos();
        let mut list: &'a [E<'a>] = &[];
        let mut is_default = false;
        match self.tok {
            Token::Case => {
                self.next();
                list = self.expr_list_slice();
            }
            Token::Default => {
                self.next();
                is_default = true;
            }
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[Token::Colon, Token::Case, Token::Default, Token::RBrace]);
            }
        }
        let colon = self.pos();
        self.want(Token::Colon);
        let body = self.stmt_list();
        let implicit_id = self.new_id();
        self.arena.alloc(CaseClause {
            pos,
            list,
            is_default,
            colon,
            body,
            implicit_id,
        })
    }

    fn comm_clause(&mut self) -> &'a CommClause<'a> {
        let pos = self.pos();
        let mut comm = None;
        match self.tok {
            Token::Case => {
                self.next();
                let s = self.simple_stmt(None, Token::Illegal);
                comm = Some(self.simple_to_stmt(s));
            }
            Token::Default => self.next(),
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[Token::Colon, Token::Case, Token::Default, Token::RBrace]);
            }
        }
        let colon = self.pos();
        self.want(Token::Colon);
        let body = self.stmt_list();
        self.arena.alloc(CommClause {
            pos,
            comm,
            colon,
            body,
        })
    }

    fn decl_stmt(&mut self) -> &'a Stmt<'a> {
        let pos = self.pos();
        let d = self.gen_decl();
        self.stmt(pos, StmtKind::Decl(d))
    }

    fn stmt_or_nil(&mut self) -> Option<&'a Stmt<'a>> {
        if !self.enter() {
            return None;
        }
        let r = self.stmt_or_nil_inner();
        self.leave();
        r
    }

    fn stmt_or_nil_inner(&mut self) -> Option<&'a Stmt<'a>> {
        use Token::*;
        if self.tok == Ident {
            self.clear_pragma();
            let lhs = self.expr_list();
            if lhs.len() == 1 && self.tok == Colon {
                if let ExprKind::Ident(label) = lhs[0].kind {
                    return self.labeled_stmt(label);
                }
            }
            let s = self.simple_stmt(Some(lhs), Illegal);
            return Some(self.simple_to_stmt(s));
        }
        if matches!(self.tok, Var | Const | Type) {
            return Some(self.decl_stmt());
        }
        self.clear_pragma();
        let pos = self.pos();
        Some(match self.tok {
            LBrace => {
                let b = self.block_stmt("");
                self.stmt(pos, StmtKind::Block(b))
            }
            Add | Sub | Mul | And | Xor | Not | Int | Float | Imag | Char | String | Func
            | LParen | LBrack | Struct | Map | Chan | Interface | Arrow => {
                let s = self.simple_stmt(None, Illegal);
                self.simple_to_stmt(s)
            }
            For => self.for_stmt(),
            Switch => self.switch_stmt(),
            Select => self.select_stmt(),
            If => self.if_stmt(),
            Fallthrough => {
                self.next();
                self.stmt(
                    pos,
                    StmtKind::Branch {
                        tok: BranchTok::Fallthrough,
                        label: None,
                    },
                )
            }
            Break | Continue => {
                let tok = if self.tok == Break {
                    BranchTok::Break
                } else {
                    BranchTok::Continue
                };
                self.next();
                let label = if self.tok == Ident {
                    Some(self.name())
                } else {
                    None
                };
                self.stmt(pos, StmtKind::Branch { tok, label })
            }
            Go | Defer => self.call_stmt(),
            Goto => {
                self.next();
                let label = Some(self.name());
                self.stmt(
                    pos,
                    StmtKind::Branch {
                        tok: BranchTok::Goto,
                        label,
                    },
                )
            }
            Return => {
                self.next();
                let mut results: &'a [E<'a>] = &[];
                if self.tok != Semicolon && self.tok != RBrace {
                    results = self.expr_list_slice();
                }
                self.stmt(pos, StmtKind::Return { results })
            }
            Semicolon => {
                let implicit = self.lx.semi != SemiKind::Semicolon;
                self.stmt(pos, StmtKind::Empty { implicit })
            }
            _ => return None,
        })
    }

    fn stmt_list(&mut self) -> &'a [Stmt<'a>] {
        let mut list: BVec<'a, Stmt<'a>> = BVec::new_in(self.arena);
        while !matches!(
            self.tok,
            Token::Eof | Token::RBrace | Token::Case | Token::Default
        ) {
            let s = self.stmt_or_nil();
            self.clear_pragma();
            let Some(s) = s else { break };
            // Statements are stored by value; copy the node out of the arena.
            list.push(Stmt {
                pos: s.pos,
                kind: clone_kind(&s.kind),
            });
            if !self.got(Token::Semicolon) && self.tok != Token::RBrace {
                self.syntax_error("at end of statement");
                self.advance(&[Token::Semicolon, Token::RBrace, Token::Case, Token::Default]);
                self.got(Token::Semicolon);
            }
        }
        list.into_bump_slice()
    }

    fn arg_list(&mut self) -> (&'a [E<'a>], Option<Pos>, Pos) {
        self.xnest += 1;
        let mut list = Vec::new();
        let mut dots = None;
        let rparen = self.list("argument list", Token::Comma, Token::RParen, &mut |p| {
            list.push(p.expr());
            if p.tok == Token::Ellipsis {
                dots = Some(p.pos());
                p.next();
            }
            dots.is_some()
        });
        self.xnest -= 1;
        (self.slice(list), dots, rparen)
    }

    // ------------------------------------------------------------------
    // Common productions

    fn name(&mut self) -> &'a Ident<'a> {
        let pos = self.pos();
        if self.tok == Token::Ident {
            let lit = self.lit();
            let n = self.ident_node(pos, lit);
            self.next();
            return n;
        }
        let n = self.ident_node(pos, "_");
        self.syntax_error("expected name");
        self.advance(&[]);
        n
    }

    fn name_list_vec(&mut self, first: &'a Ident<'a>) -> Vec<&'a Ident<'a>> {
        let mut l = vec![first];
        while self.got(Token::Comma) {
            l.push(self.name());
        }
        l
    }

    fn name_list(&mut self, first: &'a Ident<'a>) -> &'a [&'a Ident<'a>] {
        let v = self.name_list_vec(first);
        self.slice(v)
    }

    fn qualified_name(&mut self, name: Option<&'a Ident<'a>>) -> E<'a> {
        let mut x = match name {
            Some(n) => self.ident_expr(n),
            None if self.tok == Token::Ident => {
                let n = self.name();
                self.ident_expr(n)
            }
            None => {
                let pos = self.pos();
                let n = self.ident_node(pos, "_");
                let x = self.ident_expr(n);
                self.syntax_error("expected name");
                self.advance(&[Token::Period, Token::Semicolon, Token::RBrace]);
                x
            }
        };
        if self.tok == Token::Period {
            let pos = self.pos();
            self.next();
            let sel = self.name();
            x = self.expr_node(pos, ExprKind::Selector { x, sel });
        }
        if self.tok == Token::LBrack {
            x = self.type_instance(x);
        }
        x
    }

    fn expr_list(&mut self) -> Vec<E<'a>> {
        let mut v = vec![self.expr()];
        while self.got(Token::Comma) {
            v.push(self.expr());
        }
        v
    }

    fn expr_list_slice(&mut self) -> &'a [E<'a>] {
        let v = self.expr_list();
        self.slice(v)
    }

    fn type_list(&mut self, strict: bool) -> (Vec<E<'a>>, bool) {
        self.xnest += 1;
        let x = if strict { self.type_() } else { self.expr() };
        let mut v = vec![x];
        let mut comma = false;
        if self.got(Token::Comma) {
            comma = true;
            if let Some(t) = self.type_or_nil() {
                v.push(t);
                while self.got(Token::Comma) {
                    match self.type_or_nil() {
                        Some(t) => v.push(t),
                        None => break,
                    }
                }
            }
        }
        self.xnest -= 1;
        (v, comma)
    }
}

/// Shallow copy of a statement kind (all children are arena references).
fn clone_kind<'a>(k: &StmtKind<'a>) -> StmtKind<'a> {
    use StmtKind::*;
    match *k {
        Bad => Bad,
        Decl(d) => Decl(d),
        Empty { implicit } => Empty { implicit },
        Labeled { label, stmt } => Labeled { label, stmt },
        Expr(x) => Expr(x),
        Send { chan, value } => Send { chan, value },
        IncDec { x, tok } => IncDec { x, tok },
        Assign {
            lhs,
            tok,
            tok_pos,
            rhs,
        } => Assign {
            lhs,
            tok,
            tok_pos,
            rhs,
        },
        Go(x) => Go(x),
        Defer(x) => Defer(x),
        Return { results } => Return { results },
        Branch { tok, label } => Branch { tok, label },
        Block(b) => Block(b),
        If {
            init,
            cond,
            body,
            els,
        } => If {
            init,
            cond,
            body,
            els,
        },
        Switch {
            init,
            tag,
            body,
            lbrace,
            rbrace,
        } => Switch {
            init,
            tag,
            body,
            lbrace,
            rbrace,
        },
        TypeSwitch {
            init,
            bind,
            x,
            body,
            lbrace,
            rbrace,
        } => TypeSwitch {
            init,
            bind,
            x,
            body,
            lbrace,
            rbrace,
        },
        Select { body } => Select { body },
        For {
            init,
            cond,
            post,
            body,
        } => For {
            init,
            cond,
            post,
            body,
        },
        Range {
            key,
            value,
            tok,
            range_pos,
            x,
            body,
        } => Range {
            key,
            value,
            tok,
            range_pos,
            x,
            body,
        },
    }
}

/// gc's `isValue`: x is syntactically a value, never a type.
fn is_value(x: &Expr) -> bool {
    match x.kind {
        ExprKind::BasicLit(_)
        | ExprKind::CompositeLit { .. }
        | ExprKind::FuncLit { .. }
        | ExprKind::Slice { .. }
        | ExprKind::TypeAssert { .. }
        | ExprKind::Call { .. } => true,
        ExprKind::Unary { .. } | ExprKind::Binary { .. } => true,
        ExprKind::Paren(x) => is_value(x),
        ExprKind::Index { x, indices, .. } => {
            is_value(x) || indices.len() == 1 && is_value(indices[0])
        }
        _ => false,
    }
}

/// gc's `isTypeElem`: x is certainly a type element (not a value).
fn is_type_elem(x: &Expr) -> bool {
    match x.kind {
        ExprKind::ArrayType { .. }
        | ExprKind::StructType { .. }
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType { .. }
        | ExprKind::MapType { .. }
        | ExprKind::ChanType { .. } => true,
        ExprKind::Binary { x, y, .. } => is_type_elem(x) || is_type_elem(y),
        ExprKind::Unary { op, x } => op == Token::Tilde || is_type_elem(x),
        ExprKind::Star(x) => is_type_elem(x),
        ExprKind::Paren(x) => is_type_elem(x),
        _ => false,
    }
}

fn emphasize(list: &[&Expr]) -> String {
    let s = list
        .iter()
        .map(|x| expr_string(x))
        .collect::<Vec<_>>()
        .join(", ");
    if list.len() == 1 {
        if let ExprKind::Binary { .. } = list[0].kind {
            return format!("({})", s);
        }
    }
    s
}

fn stmt_string(s: &Stmt) -> String {
    let list = |l: &[&Expr]| {
        l.iter()
            .map(|x| expr_string(x))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match &s.kind {
        StmtKind::Expr(x) => expr_string(x),
        StmtKind::Assign { lhs, tok, rhs, .. } => {
            format!("{} {} {}", list(lhs), tok.as_str(), list(rhs))
        }
        StmtKind::IncDec { x, tok } => format!("{}{}", expr_string(x), tok.as_str()),
        StmtKind::Send { chan, value } => {
            format!("{} <- {}", expr_string(chan), expr_string(value))
        }
        _ => "statement".into(),
    }
}

/// Renders an expression in gc's short form (for error messages).
pub fn expr_string(x: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, x, 0);
    s
}

fn write_fields(s: &mut String, fl: &FieldList, sep: &str, depth: u32) {
    for (i, f) in fl.list.iter().enumerate() {
        if i > 0 {
            s.push_str(sep);
        }
        for (j, n) in f.names.iter().enumerate() {
            if j > 0 {
                s.push_str(", ");
            }
            s.push_str(n.name);
        }
        if !f.names.is_empty() {
            s.push(' ');
        }
        write_expr(s, f.typ, depth + 1);
    }
}

fn write_sig(s: &mut String, t: &FuncType, depth: u32) {
    s.push('(');
    write_fields(s, t.params, ", ", depth);
    s.push(')');
    if let Some(r) = t.results {
        s.push(' ');
        let paren = r.list.len() > 1 || r.list.iter().any(|f| !f.names.is_empty());
        if paren {
            s.push('(');
        }
        write_fields(s, r, ", ", depth);
        if paren {
            s.push(')');
        }
    }
}

fn write_expr(s: &mut String, x: &Expr, depth: u32) {
    if depth > 50 {
        s.push('…');
        return;
    }
    let d = depth + 1;
    match &x.kind {
        ExprKind::Bad => s.push_str("<bad expr>"),
        ExprKind::Ident(n) => s.push_str(n.name),
        ExprKind::Ellipsis(e) => {
            s.push_str("...");
            if let Some(e) = e {
                write_expr(s, e, d);
            }
        }
        ExprKind::BasicLit(b) => s.push_str(b.value),
        ExprKind::FuncLit { typ, .. } => {
            s.push_str("func");
            write_sig(s, typ, d);
            s.push_str(" {…}");
        }
        ExprKind::CompositeLit { typ, .. } => {
            if let Some(t) = typ {
                write_expr(s, t, d);
            }
            s.push_str("{…}");
        }
        ExprKind::Paren(e) => {
            s.push('(');
            write_expr(s, e, d);
            s.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(s, x, d);
            s.push('.');
            s.push_str(sel.name);
        }
        ExprKind::Index { x, indices, .. } => {
            write_expr(s, x, d);
            s.push('[');
            for (i, e) in indices.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_expr(s, e, d);
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
            write_expr(s, x, d);
            s.push('[');
            if let Some(l) = low {
                write_expr(s, l, d);
            }
            s.push(':');
            if let Some(h) = high {
                write_expr(s, h, d);
            }
            if *slice3 {
                s.push(':');
                if let Some(m) = max {
                    write_expr(s, m, d);
                }
            }
            s.push(']');
        }
        ExprKind::TypeAssert { x, typ } => {
            write_expr(s, x, d);
            s.push_str(".(");
            match typ {
                Some(t) => write_expr(s, t, d),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } => {
            write_expr(s, fun, d);
            s.push('(');
            for (i, e) in args.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_expr(s, e, d);
            }
            if ellipsis.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(e) => {
            s.push('*');
            write_expr(s, e, d);
        }
        ExprKind::Unary { op, x } => {
            s.push_str(op.as_str());
            write_expr(s, x, d);
        }
        ExprKind::Binary { op, x, y } => {
            write_expr(s, x, d);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            write_expr(s, y, d);
        }
        ExprKind::KeyValue { key, value } => {
            write_expr(s, key, d);
            s.push_str(": ");
            write_expr(s, value, d);
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            if let Some(l) = len {
                write_expr(s, l, d);
            }
            s.push(']');
            write_expr(s, elem, d);
        }
        ExprKind::StructType { fields } => {
            s.push_str("struct{");
            write_fields(s, fields, "; ", d);
            s.push('}');
        }
        ExprKind::FuncType(t) => {
            s.push_str("func");
            write_sig(s, t, d);
        }
        ExprKind::InterfaceType { methods } => {
            s.push_str("interface{");
            for (i, f) in methods.list.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                if let (Some(n), ExprKind::FuncType(t)) = (f.names.first(), &f.typ.kind) {
                    s.push_str(n.name);
                    write_sig(s, t, d);
                } else {
                    write_expr(s, f.typ, d);
                }
            }
            s.push('}');
        }
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            write_expr(s, key, d);
            s.push(']');
            write_expr(s, value, d);
        }
        ExprKind::ChanType { dir, value, .. } => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(s, value, d);
        }
    }
}
