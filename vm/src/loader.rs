//! The loader: turns a `bytecode::Module` into the run-time tables the
//! interpreter uses. Everything it builds lives as long as the program
//! (leaked once at start), so interfaces can hold the addresses of type
//! descriptors, string constants can point into read-only data, and
//! natives can return `&'static` views.

use frontend::bytecode::{FuncId, Instr, Module, PtrMap, RtKind, RtType, RtTypeId};
use gc::GcLayout;

use crate::native::NativeFn;

/// Per-function data pre-resolved for the call sequence.
pub struct FuncInfo {
    pub code: &'static [Instr],
    pub frame_size: usize,
    pub params_size: usize,
    /// Pointer words of results and locals (zeroed on entry).
    pub zero_words: Box<[u32]>,
    /// Every pointer word of the frame (scanned by the collector, adjusted
    /// when the stack moves).
    pub ptr_words: Box<[u32]>,
    pub native: Option<NativeFn>,
    /// Name of an unbound native (calling it is a fatal error).
    pub missing_native: bool,
}

pub struct Program {
    pub module: &'static Module,
    /// Loaded type descriptors: the module's, then any the VM adds.
    pub types: &'static [RtType],
    /// Collector layout per type (None: the type holds no pointers).
    pub layouts: Vec<Option<&'static GcLayout>>,
    pub funcs: Vec<FuncInfo>,
    pub rodata: &'static [u8],
    pub globals: usize,
    pub globals_size: usize,
    /// Word indices of pointers in the global area.
    pub globals_ptr_words: Vec<u32>,
    /// Per type: (method name id, function), sorted by name id.
    pub methods: Vec<Vec<(u32, FuncId)>>,
    pub string_type: RtTypeId,
    /// `runtime.errorString` / `runtime.plainError` when the runtime
    /// package is compiled in (recover() then returns a runtime.Error).
    pub rt_error_type: Option<RtTypeId>,
    pub rt_plain_error_type: Option<RtTypeId>,
    pub rt_bounds_error_type: Option<RtTypeId>,
    /// `*runtime.TypeAssertionError` and `*runtime.PanicNilError`.
    pub rt_type_assertion_ptr: Option<RtTypeId>,
    pub rt_panic_nil_ptr: Option<RtTypeId>,
    pub error_name: Option<u32>,
    pub string_name: Option<u32>,
}

fn words(m: &PtrMap) -> Vec<u32> {
    m.iter().collect()
}

fn gc_layout(t: &RtType) -> Option<&'static GcLayout> {
    if t.ptrs.is_empty() {
        return None;
    }
    let ptr_words = t.ptrs.iter().last().map_or(0, |w| w as usize + 1);
    Some(Box::leak(Box::new(GcLayout {
        size: t.size as usize,
        ptr_bits: t.ptrs.bits.clone(),
        ptr_words,
    })))
}

fn string_rtype() -> RtType {
    let mut ptrs = PtrMap::new(2);
    ptrs.set(0);
    RtType {
        kind: RtKind::String,
        size: 16,
        align: 8,
        string: "string".into(),
        name: String::new(),
        pkg_path: String::new(),
        elem: None,
        key: None,
        len: 0,
        fields: vec![],
        methods: vec![],
        iface_methods: vec![],
        params: vec![],
        results: vec![],
        variadic: false,
        ptrs,
        comparable: true,
        pointer_shaped: false,
    }
}

pub fn lookup_native(name: &str) -> Option<NativeFn> {
    crate::bind::lookup(name)
}

/// Checks that every operand of every instruction names something that
/// exists: frame offsets inside the frame (the interpreter does not bounds
/// check frame access), jump targets inside the function, function and type
/// ids inside their tables. Generic over the instruction table through the
/// operand listing, so instructions added later are covered.
pub fn verify(module: &Module) -> Result<(), String> {
    let ntypes = module.types.len() as u64;
    let nfuncs = module.funcs.len() as u64;
    for f in &module.funcs {
        let frame = (f.frame_size as u64).max((f.params_size + f.results_size) as u64);
        if f.stack_map.nwords as u64 > frame.div_ceil(8) {
            return Err(format!("{}: stack map larger than the frame", f.name));
        }
        for (pc, ins) in f.code.iter().enumerate() {
            for (name, v) in ins.operands() {
                if matches!(name, "from" | "to") {
                    continue; // numeric kinds ("f64" is not a function)
                }
                let bad = |what: &str| {
                    Err(format!(
                        "{}: pc {pc}: {} operand {name}={v} {what}",
                        f.name,
                        ins.name()
                    ))
                };
                if let Some(n) = v.strip_prefix("->").and_then(|n| n.parse::<u64>().ok()) {
                    if n > f.code.len() as u64 {
                        return bad("jumps outside the function");
                    }
                } else if let Some(n) = v.strip_prefix('r').and_then(|n| n.parse::<u64>().ok()) {
                    // A call's base may be the frame's end (a callee
                    // without parameters or results).
                    if n > frame || (n == frame && name != "base") {
                        return bad("is outside the frame");
                    }
                } else if let Some(n) = v.strip_prefix('f').and_then(|n| n.parse::<u64>().ok()) {
                    if n >= nfuncs {
                        return bad("names no function");
                    }
                } else if let Some(n) = v.strip_prefix('t').and_then(|n| n.parse::<u64>().ok()) {
                    if n >= ntypes {
                        return bad("names no type");
                    }
                }
            }
        }
    }
    for t in &module.types {
        for id in t
            .elem
            .iter()
            .chain(t.key.iter())
            .chain(t.params.iter())
            .chain(t.results.iter())
        {
            if id.0 as u64 >= ntypes {
                return Err(format!("type {} refers to a missing type", t.string));
            }
        }
        for m in &t.methods {
            if m.func.0 as u64 >= nfuncs || m.name_id as usize >= module.method_names.len() {
                return Err(format!("type {}: bad method {}", t.string, m.name));
            }
        }
    }
    for id in module.init.iter().chain(module.main.iter()) {
        if id.0 as u64 >= nfuncs {
            return Err("entry function out of range".into());
        }
    }
    Ok(())
}

impl Program {
    pub fn load(module: Module) -> Result<&'static Program, String> {
        Program::load_with(module, &[])
    }

    /// `load`, binding `extra` natives (by qualified name) before the
    /// library's.
    pub fn load_with(
        module: Module,
        extra: &[(&str, NativeFn)],
    ) -> Result<&'static Program, String> {
        verify(&module)?;
        let module: &'static Module = Box::leak(Box::new(module));
        let mut types: Vec<RtType> = module.types.clone();
        let string_type = match types
            .iter()
            .position(|t| t.kind == RtKind::String && t.name.is_empty())
        {
            Some(i) => RtTypeId(i as u32),
            None => {
                types.push(string_rtype());
                RtTypeId(types.len() as u32 - 1)
            }
        };
        let find = |name: &str| {
            types
                .iter()
                .position(|t| t.pkg_path == "runtime" && t.name == name && t.kind == RtKind::String)
                .map(|i| RtTypeId(i as u32))
        };
        let rt_error_type = find("errorString");
        let rt_plain_error_type = find("plainError");
        let rt_bounds_error_type = find("boundsError");
        let find_ptr = |name: &str| {
            types
                .iter()
                .position(|t| {
                    t.kind == RtKind::Pointer
                        && t.elem.is_some_and(|e| {
                            let et = &types[e.0 as usize];
                            et.pkg_path == "runtime" && et.name == name
                        })
                })
                .map(|i| RtTypeId(i as u32))
        };
        let rt_type_assertion_ptr = find_ptr("TypeAssertionError");
        let rt_panic_nil_ptr = find_ptr("PanicNilError");
        let types: &'static [RtType] = Box::leak(types.into_boxed_slice());
        let layouts = types.iter().map(gc_layout).collect();
        let methods = types
            .iter()
            .map(|t| {
                let mut v: Vec<(u32, FuncId)> =
                    t.methods.iter().map(|m| (m.name_id, m.func)).collect();
                v.sort_by_key(|e| e.0);
                v
            })
            .collect();
        let mut funcs = Vec::with_capacity(module.funcs.len());
        for f in &module.funcs {
            let ptr_words = words(&f.stack_map);
            let params_words = f.params_size.div_ceil(8);
            let zero_words = ptr_words
                .iter()
                .copied()
                .filter(|&w| w >= params_words)
                .collect::<Vec<_>>();
            let (native, missing_native) = match &f.native {
                Some(name) => match extra
                    .iter()
                    .find(|e| e.0 == name)
                    .map(|e| e.1)
                    .or_else(|| lookup_native(name))
                {
                    Some(n) => (Some(n), false),
                    None => (None, true),
                },
                None => (None, false),
            };
            let frame_size = (f.frame_size as usize)
                .max((f.params_size + f.results_size) as usize)
                .next_multiple_of(8);
            funcs.push(FuncInfo {
                code: &f.code,
                frame_size,
                params_size: f.params_size as usize,
                zero_words: zero_words.into_boxed_slice(),
                ptr_words: ptr_words.into_boxed_slice(),
                native,
                missing_native,
            });
        }
        let rodata: &'static [u8] = Box::leak(module.rodata.clone().into_boxed_slice());
        let globals_size = module.globals_size as usize;
        // Globals: zeroed, 8-aligned, never freed, never moved.
        let globals: &'static mut [u64] =
            Box::leak(vec![0u64; globals_size.div_ceil(8).max(1)].into_boxed_slice());
        let name_id = |n: &str| {
            module
                .method_names
                .iter()
                .position(|m| m == n)
                .map(|i| i as u32)
        };
        Ok(Box::leak(Box::new(Program {
            module,
            types,
            layouts,
            funcs,
            rodata,
            globals: globals.as_mut_ptr() as usize,
            globals_size,
            globals_ptr_words: words(&module.globals_ptrs),
            methods,
            string_type,
            rt_error_type,
            rt_plain_error_type,
            rt_bounds_error_type,
            rt_type_assertion_ptr,
            rt_panic_nil_ptr,
            error_name: name_id("Error"),
            string_name: name_id("String"),
        })))
    }

    #[inline(always)]
    pub fn rtype(&self, id: RtTypeId) -> &'static RtType {
        &self.types[id.0 as usize]
    }
    #[inline(always)]
    pub fn rtype_addr(&self, id: RtTypeId) -> usize {
        &self.types[id.0 as usize] as *const RtType as usize
    }
    /// The descriptor at `addr` (an interface's non-zero type word).
    pub fn rtype_at(&self, addr: usize) -> &'static RtType {
        &self.types[self.rtype_index(addr)]
    }
    pub fn rtype_index(&self, addr: usize) -> usize {
        let base = self.types.as_ptr() as usize;
        let sz = std::mem::size_of::<RtType>();
        let i = addr.wrapping_sub(base) / sz;
        i.min(self.types.len().saturating_sub(1))
    }
    /// The function implementing method `name_id` for the type at `addr`.
    pub fn find_method(&self, type_addr: usize, name_id: u32) -> Option<FuncId> {
        let tab = &self.methods[self.rtype_index(type_addr)];
        tab.binary_search_by_key(&name_id, |e| e.0)
            .ok()
            .map(|i| tab[i].1)
    }
    pub fn func_name(&self, f: FuncId) -> &str {
        &self.module.funcs[f.0 as usize].name
    }
    /// Source line of instruction `pc` of `f`.
    pub fn line(&self, f: FuncId, pc: usize) -> u32 {
        let func = &self.module.funcs[f.0 as usize];
        let mut line = func.decl_line;
        for e in &func.lines {
            if e.pc as usize <= pc {
                line = e.line;
            } else {
                break;
            }
        }
        line
    }
}

impl crate::value::Types for Program {
    fn by_id(&self, id: RtTypeId) -> &RtType {
        self.rtype(id)
    }
    fn by_addr(&self, addr: usize) -> &RtType {
        self.rtype_at(addr)
    }
    fn addr_of(&self, id: RtTypeId) -> usize {
        self.rtype_addr(id)
    }
}
