//! The code generator: a checked program -> a `bytecode::Module`.
//!
//! Design
//! ------
//! Every Go function becomes one `Function` whose frame is laid out as
//! ARCHITECTURE.md prescribes: `[params | results | locals and temporaries |
//! outgoing call area]`, every slot at an 8-byte aligned offset holding its
//! value in Go's layout. Instructions name their operands by frame offset, so
//! a local variable *is* its slot: reading `x` costs nothing, and expressions
//! are compiled "into a destination" (`expr(e, Some(dst))`) so that `x = a + b`
//! is a single `AddI64 x, a, b`.
//!
//! Phases, per function (`func.rs`):
//!
//! 1. Homes. Parameters and results get their slots first; variables the
//!    escape analysis (`crate::escape`, consumed as a decision table) moved
//!    to the heap get a pointer slot holding their heap cell's address.
//! 2. Body. Statements (`stmt.rs`) and expressions (`expr.rs`, calls and
//!    builtins in `call.rs`) are emitted in one walk. Temporaries come from
//!    a pool keyed by (size, pointer words), so a slot never changes between
//!    pointer and non-pointer use -- the invariant the stack map relies on.
//!    Temporaries are released at the end of the statement that made them.
//! 3. Call area. Callee frames start at `call_base`, above every local. Its
//!    offset is only known once the body has been generated, so a function is
//!    generated twice: the first pass measures the locals, the second emits
//!    with the final `call_base`. Everything a pass creates at module level
//!    (closures, types, strings, wrappers) is memoised, so the two passes
//!    agree. Arguments are computed straight into the call area unless one of
//!    them contains a call (which would clobber the area and is a safepoint
//!    at which the area is not described by our stack map); then they go to
//!    temporaries first.
//! 4. Stack map: the union of the pointer words of every slot.
//!
//! Allocation (`frame.rs`): a site the escape analysis left in the frame
//! (`Decisions::frame_sites`) gets a frame region of its own for the whole
//! function, re-initialised at every evaluation, whose address is `Addr`;
//! variable-size sites get gc's 32-byte frame buffer with a heap fallback
//! decided at run time; every other site allocates on the heap. Variables
//! outside `heap_vars` live in their slot even when their address is taken.
//!
//! Inlining (`call.rs`, `try_inline`): a direct call of a top-level function
//! whose body is `return <expr>`, with integer/float/bool parameters and
//! result and an `<expr>` that only reads parameters and can neither panic
//! nor call, is expanded in place, as gc does for such leaves. Arguments go
//! to temporaries (a frame variable is read in its own slot), the callee's
//! parameter objects are bound to them in `vars` for the duration, and the
//! expression is generated into the call's destination. Because the body
//! cannot panic, no traceback ever needs the missing frame; the function is
//! still generated for func values.
//!
//! Channels and `select` (`chan.rs`): a channel is one pointer word, so only
//! send, receive, `range` and `select` need code of their own; `select`
//! evaluates its operands in source order into frame case records (channel
//! words in the stack map) before one `Select`, and no channel instruction
//! takes an operand in the call area (a blocked goroutine's stack may be
//! scanned or moved).
//!
//! Module level (`mod.rs`, `rtypes.rs`): function ids for every declared
//! function are assigned up front; function literals, defer thunks, method
//! value wrappers and interface-method wrappers are queued as jobs when first
//! referenced. Runtime type descriptors are created on demand, deduplicated
//! by type identity; their method tables are filled at the end (creating
//! wrappers may create more types, so this runs to a fixed point).

mod call;
mod chan;
mod expr;
pub mod frame;
mod func;
pub mod opt;
mod rtypes;
mod stmt;

use crate::bytecode::disasm;
use crate::bytecode::*;
use crate::escape::Decisions;
use crate::syntax::ast::*;
use crate::syntax::source::{Error, Pos, SourceMap};
use crate::types::*;
use std::collections::HashMap;

pub use func::param_layout;

/// One package of the checked program.
pub struct PkgInput<'a> {
    pub id: PkgId,
    pub path: String,
    pub files: Vec<&'a File<'a>>,
}

/// The checked program the generator reads.
pub struct Input<'a> {
    pub sources: &'a SourceMap,
    /// Dependency order, main last.
    pub packages: Vec<PkgInput<'a>>,
    pub types: &'a TypeTable,
    pub objects: &'a [Object],
    pub info: &'a Info<'a>,
}

pub(crate) type CgResult<T> = Result<T, Error>;

/// Work queued for generation.
#[derive(Clone)]
pub(crate) enum Job<'a> {
    Decl {
        fid: FuncId,
        decl: &'a FuncDecl<'a>,
        pkg: PkgId,
    },
    Lit {
        fid: FuncId,
        lit: &'a Expr<'a>,
        pkg: PkgId,
    },
    PkgInit {
        fid: FuncId,
        pkg: usize,
    },
    Wrapper {
        fid: FuncId,
        kind: func::WrapKind,
    },
}

pub(crate) struct Gen<'a> {
    pub inp: &'a Input<'a>,
    pub esc: Decisions,
    pub funcs: Vec<Option<Function>>,
    pub func_names: Vec<String>,
    pub func_of_obj: HashMap<ObjId, FuncId>,
    pub lit_funcs: HashMap<NodeId, FuncId>,
    pub jobs: Vec<Job<'a>>,
    /// Closure-literal counters per enclosing top-level function name.
    pub lit_counters: HashMap<String, u32>,
    pub memo_names: HashMap<(String, u32), String>,
    // runtime types
    pub rt: Vec<RtType>,
    pub rt_of: HashMap<TypeId, RtTypeId>,
    pub rt_unnamed: HashMap<String, Vec<(TypeId, RtTypeId)>>,
    pub rt_synth: HashMap<String, RtTypeId>,
    pub rt_methods_done: usize,
    pub rt_src: Vec<Option<TypeId>>,
    // data
    pub rodata: Vec<u8>,
    pub strings: HashMap<Vec<u8>, u32>,
    pub static_closures: HashMap<FuncId, u32>,
    pub globals: HashMap<ObjId, u32>,
    pub globals_size: u64,
    pub globals_ptr_words: Vec<u32>,
    pub method_names: Vec<String>,
    pub method_ids: HashMap<String, u32>,
    pub wrappers: HashMap<func::WrapKey, FuncId>,
    pub pkg_user_inits: Vec<Vec<FuncId>>,
    pub debug: Vec<disasm::FuncDebug>,
    pub method_sigs: HashMap<String, String>,
    pub last_debug: disasm::FuncDebug,
    /// Declarations of top-level functions (not methods), for inlining.
    pub decls: HashMap<ObjId, &'a FuncDecl<'a>>,
    /// Memoised inlining decisions (`None`: not inlinable).
    pub inline_memo: HashMap<ObjId, Option<call::Inline<'a>>>,
    /// Variables whose address is taken or that a closure captures by
    /// reference (`frame::addr_taken`).
    pub addr_taken: std::collections::HashSet<ObjId>,
}

/// A function that may change the escape decisions before code generation.
pub type DecisionsHook = Box<dyn FnOnce(&mut Decisions, &Input<'_>)>;

thread_local! {
    static DECISIONS_HOOK: std::cell::RefCell<Option<DecisionsHook>> =
        const { std::cell::RefCell::new(None) };
}

/// Runs `f` (which compiles a program, e.g. `crate::compile`) with `hook`
/// applied to the escape decisions of the next `generate` on this thread:
/// tests drive frame allocation with hand-made decisions this way.
pub fn with_decisions_hook<R>(hook: DecisionsHook, f: impl FnOnce() -> R) -> R {
    DECISIONS_HOOK.with(|h| *h.borrow_mut() = Some(hook));
    let r = f();
    DECISIONS_HOOK.with(|h| *h.borrow_mut() = None);
    r
}

/// Generates the module for `inp`.
pub fn generate(
    inp: &Input<'_>,
    mut esc: Decisions,
) -> Result<(Module, Vec<disasm::FuncDebug>), Vec<Error>> {
    if let Some(hook) = DECISIONS_HOOK.with(|h| h.borrow_mut().take()) {
        hook(&mut esc, inp);
    }
    let mut g = Gen {
        inp,
        esc,
        funcs: Vec::new(),
        func_names: Vec::new(),
        func_of_obj: HashMap::new(),
        lit_funcs: HashMap::new(),
        jobs: Vec::new(),
        lit_counters: HashMap::new(),
        memo_names: HashMap::new(),
        rt: Vec::new(),
        rt_of: HashMap::new(),
        rt_unnamed: HashMap::new(),
        rt_synth: HashMap::new(),
        rt_methods_done: 0,
        rt_src: Vec::new(),
        rodata: Vec::new(),
        strings: HashMap::new(),
        static_closures: HashMap::new(),
        globals: HashMap::new(),
        globals_size: 0,
        globals_ptr_words: Vec::new(),
        method_names: Vec::new(),
        method_ids: HashMap::new(),
        wrappers: HashMap::new(),
        pkg_user_inits: Vec::new(),
        debug: Vec::new(),
        method_sigs: HashMap::new(),
        last_debug: disasm::FuncDebug::default(),
        decls: HashMap::new(),
        inline_memo: HashMap::new(),
        addr_taken: Default::default(),
    };
    g.addr_taken = frame::addr_taken(inp, &g.esc);
    for n in ["Error", "String"] {
        g.method_sigs
            .insert(n.to_string(), "func() string".to_string());
    }
    let m = g.run().map_err(|e| vec![e])?;
    let mut d = std::mem::take(&mut g.debug);
    d.resize(m.funcs.len(), disasm::FuncDebug::default());
    Ok((m, d))
}

impl<'a> Gen<'a> {
    pub fn obj(&self, o: ObjId) -> &'a Object {
        &self.inp.objects[o.0 as usize]
    }
    pub fn tt(&self) -> &'a TypeTable {
        self.inp.types
    }
    pub fn pkg_path(&self, p: PkgId) -> String {
        self.inp
            .packages
            .iter()
            .find(|x| x.id == p)
            .map(|x| x.path.clone())
            .unwrap_or_else(|| "main".into())
    }

    pub fn new_func(&mut self, name: String) -> FuncId {
        let id = FuncId(self.funcs.len() as u32);
        self.funcs.push(None);
        self.func_names.push(name);
        id
    }

    /// Name of a method as tracebacks print it: `main.T.M` / `main.(*T).M`.
    pub fn method_name(&self, pkg: &str, recv: TypeId, m: &str) -> String {
        let tt = self.tt();
        let (ptr, base) = match tt.kind(recv) {
            TypeKind::Pointer(b) => (true, *b),
            _ => (false, recv),
        };
        let tn = match tt.named_info(base) {
            Some(n) if !n.targs.is_empty() => format!("{}[...]", self.obj(n.obj).name),
            Some(n) => self.obj(n.obj).name.clone(),
            None => "?".to_string(),
        };
        if ptr {
            format!("{pkg}.(*{tn}).{m}")
        } else {
            format!("{pkg}.{tn}.{m}")
        }
    }

    fn run(&mut self) -> CgResult<Module> {
        let inp = self.inp;
        // Globals.
        for p in &inp.packages {
            for f in &p.files {
                for d in f.decls.iter() {
                    if let Decl::Gen(gd) = d {
                        for s in gd.specs.iter() {
                            if let Spec::Value(vs) = s {
                                if gd.tok != crate::syntax::token::Token::Var {
                                    continue;
                                }
                                for n in vs.names.iter() {
                                    if let Some(o) = inp.info.def(n.id) {
                                        self.add_global(o);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // Function ids for all declared functions.
        let mut inits: Vec<FuncId> = Vec::new();
        let mut main = None;
        for (pi, p) in inp.packages.iter().enumerate() {
            let init_fid = self.new_func(format!("{}.init", p.path));
            let mut user_inits = Vec::new();
            for f in &p.files {
                for d in f.decls.iter() {
                    let Decl::Func(fd) = d else { continue };
                    if fd.is_generic() {
                        continue;
                    }
                    let Some(o) = inp.info.def(fd.name.id) else {
                        continue;
                    };
                    let name = match &self.obj(o).kind {
                        ObjKind::Func { recv: Some(rt), .. } => {
                            self.method_name(&p.path, *rt, fd.name.name)
                        }
                        _ if fd.name.name == "init" && fd.recv.is_none() => {
                            format!("{}.init.{}", p.path, user_inits.len())
                        }
                        // Instances print as Go prints them: `main.Map[...]`.
                        _ if fd.instance => format!("{}.{}[...]", p.path, fd.name.name),
                        _ => format!("{}.{}", p.path, fd.name.name),
                    };
                    let fid = self.new_func(name);
                    if fd.name.name == "init" && fd.recv.is_none() {
                        user_inits.push(fid);
                    } else {
                        self.func_of_obj.insert(o, fid);
                        if fd.recv.is_none() {
                            self.decls.insert(o, fd);
                        }
                    }
                    if p.path == "main" && fd.name.name == "main" && fd.recv.is_none() {
                        main = Some(fid);
                    }
                    self.jobs.push(Job::Decl {
                        fid,
                        decl: fd,
                        pkg: p.id,
                    });
                }
            }
            self.pkg_user_inits.push(user_inits);
            self.jobs.push(Job::PkgInit {
                fid: init_fid,
                pkg: pi,
            });
            inits.push(init_fid);
        }
        // Generate until no work is left (jobs create jobs; types' method
        // tables create wrappers).
        loop {
            while let Some(job) = self.jobs.pop() {
                func::generate_job(self, job)?;
            }
            if !self.fill_method_tables()? {
                break;
            }
        }
        let mut funcs = Vec::with_capacity(self.funcs.len());
        for (i, f) in self.funcs.drain(..).enumerate() {
            match f {
                Some(f) => funcs.push(f),
                None => {
                    return Err(Error::new(
                        Pos::NONE,
                        format!(
                            "internal error: function {} was never generated",
                            self.func_names[i]
                        ),
                    ))
                }
            }
        }
        let mut gp = PtrMap::new((self.globals_size / 8) as u32);
        for &w in &self.globals_ptr_words {
            gp.set(w);
        }
        Ok(Module {
            funcs,
            types: std::mem::take(&mut self.rt),
            globals_size: self.globals_size,
            globals_ptrs: gp,
            rodata: std::mem::take(&mut self.rodata),
            init: inits,
            method_names: std::mem::take(&mut self.method_names),
            main,
        })
    }

    fn add_global(&mut self, o: ObjId) {
        if self.globals.contains_key(&o) {
            return;
        }
        let t = self.obj(o).typ;
        let size = self.tt().size_of(t).max(1);
        let off = self.globals_size.div_ceil(8) * 8;
        self.globals.insert(o, off as u32);
        for w in rtypes::ptr_words(self.tt(), t) {
            self.globals_ptr_words.push((off / 8) as u32 + w);
        }
        self.globals_size = (off + size).div_ceil(8) * 8;
    }

    /// Offset of a string's bytes in read-only data.
    pub fn intern_str(&mut self, s: &[u8]) -> u32 {
        if let Some(&o) = self.strings.get(s) {
            return o;
        }
        let off = self.rodata.len() as u32;
        self.rodata.extend_from_slice(s);
        self.strings.insert(s.to_vec(), off);
        off
    }

    /// Offset in read-only data of the static one-word closure of `f`.
    pub fn static_closure(&mut self, f: FuncId) -> u32 {
        if let Some(&o) = self.static_closures.get(&f) {
            return o;
        }
        while !self.rodata.len().is_multiple_of(8) {
            self.rodata.push(0);
        }
        let off = self.rodata.len() as u32;
        self.rodata.extend_from_slice(&(f.0 as u64).to_le_bytes());
        self.static_closures.insert(f, off);
        off
    }

    /// The method-name id for method `name` with signature `sig`: the plain
    /// name for the first signature seen with that name (`Error`/`String`
    /// are pre-seeded with `func() string`), else `name` NUL signature, so
    /// that interface satisfaction, which the VM checks by name id, also
    /// checks signatures.
    pub fn method_key(&mut self, name: &str, sig: TypeId) -> u32 {
        let s = self.type_string(sig);
        let first = self
            .method_sigs
            .entry(name.to_string())
            .or_insert_with(|| s.clone())
            .clone();
        if first == s {
            self.method_id(name)
        } else {
            self.method_id(&format!("{name}\u{0}{s}"))
        }
    }

    pub fn method_id(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.method_ids.get(name) {
            return i;
        }
        let i = self.method_names.len() as u32;
        self.method_names.push(name.to_string());
        self.method_ids.insert(name.to_string(), i);
        i
    }

    /// Function id of a declared function or method object.
    pub fn func_id(&self, o: ObjId, pos: Pos) -> CgResult<FuncId> {
        self.func_of_obj.get(&o).copied().ok_or_else(|| {
            Error::new(
                pos,
                format!("codegen: no code for function {}", self.obj(o).name),
            )
        })
    }

    /// The traceback name of the body of the k-th range-over-func loop in
    /// `outer`.
    pub fn range_body_name(&mut self, outer: &str, lit: NodeId) -> String {
        let key = (outer.to_string(), lit.0);
        if let Some(n) = self.memo_names.get(&key) {
            return n.clone();
        }
        let c = self
            .lit_counters
            .entry(format!("{outer}-range"))
            .or_insert(0);
        *c += 1;
        let name = format!("{outer}-range{c}");
        self.memo_names.insert(key, name.clone());
        name
    }

    /// The traceback name for a function literal inside `outer`.
    pub fn lit_name(&mut self, outer: &str, outer_is_lit: bool, lit: NodeId) -> String {
        let key = (outer.to_string(), lit.0);
        if let Some(n) = self.memo_names.get(&key) {
            return n.clone();
        }
        let c = self.lit_counters.entry(outer.to_string()).or_insert(0);
        *c += 1;
        let name = if outer_is_lit {
            format!("{outer}.{c}")
        } else {
            format!("{outer}.func{c}")
        };
        self.memo_names.insert(key, name.clone());
        name
    }
}

#[cfg(test)]
mod tests;
