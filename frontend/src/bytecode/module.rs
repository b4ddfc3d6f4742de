//! The compiled program handed from the frontend to the VM.
//!
//! Everything the VM needs is here and nothing refers back to the AST or the
//! checker: functions (code, frame layout, stack map, line table), runtime
//! type descriptors (`RtType`, used by interfaces, `fmt`, maps, the
//! collector's pointer maps, panics' messages), global variables' layout and
//! static data (string constants).

use super::Instr;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct FuncId(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct RtTypeId(pub u32);

/// Word size of the target (amd64).
pub const WORD: u64 = 8;

/// A bitmap with one bit per 8-byte word: bit set = the word holds a pointer
/// (a machine address that may point into the heap or a goroutine stack).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct PtrMap {
    pub bits: Vec<u64>,
    /// Number of words covered.
    pub nwords: u32,
}

impl PtrMap {
    pub fn new(nwords: u32) -> Self {
        PtrMap {
            bits: vec![0; (nwords as usize).div_ceil(64)],
            nwords,
        }
    }
    pub fn set(&mut self, word: u32) {
        self.bits[(word / 64) as usize] |= 1 << (word % 64);
    }
    pub fn get(&self, word: u32) -> bool {
        word < self.nwords && self.bits[(word / 64) as usize] & (1 << (word % 64)) != 0
    }
    pub fn is_empty(&self) -> bool {
        self.bits.iter().all(|&b| b == 0)
    }
    /// Indices of the set words, ascending.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        (0..self.nwords).filter(move |&w| self.get(w))
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum RtKind {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    Pointer,
    Array,
    Slice,
    Map,
    Chan,
    Struct,
    Func,
    Interface,
}

#[derive(Clone, Debug)]
pub struct RtField {
    pub name: String,
    pub typ: RtTypeId,
    pub offset: u64,
    pub embedded: bool,
    pub exported: bool,
}

#[derive(Clone, Debug)]
pub struct RtMethod {
    pub name: String,
    /// Index of `name` in `Module::method_names` (what `CallIface` names).
    pub name_id: u32,
    /// Function to call through an interface holding this type: its first
    /// parameter is the interface's data word (a pointer to the value, or
    /// the value itself when the type is pointer-shaped), followed by the
    /// method's parameters.
    pub func: FuncId,
}

/// A runtime type descriptor. Interface values hold the address of one of
/// these (in the VM's loaded, never-moving table) in their first word.
#[derive(Clone, Debug)]
pub struct RtType {
    pub kind: RtKind,
    pub size: u64,
    pub align: u64,
    /// The type as `%T` and panics print it: `int`, `main.Point`, `[]string`,
    /// `map[string]int`, `*main.Node`, `func(int) string`, `interface {}`,
    /// `struct { X int }`, `error`.
    pub string: String,
    /// For a defined type, its name without package (`Point`), else empty.
    pub name: String,
    /// For a defined type, its package path (`main`), else empty.
    pub pkg_path: String,
    /// Pointer, Slice, Array, Chan: element; Map: value.
    pub elem: Option<RtTypeId>,
    /// Map: key.
    pub key: Option<RtTypeId>,
    /// Array: length.
    pub len: u64,
    /// Struct: fields in order.
    pub fields: Vec<RtField>,
    /// Method set callable through an interface, sorted by name.
    pub methods: Vec<RtMethod>,
    /// Interface: its method names, sorted.
    pub iface_methods: Vec<String>,
    /// Func: parameter and result types; variadic flag.
    pub params: Vec<RtTypeId>,
    pub results: Vec<RtTypeId>,
    pub variadic: bool,
    /// Which words of a value of this type hold pointers.
    pub ptrs: PtrMap,
    /// Values of this type can be compared with `==` (map keys, interface
    /// comparison; comparing uncomparable dynamic types panics).
    pub comparable: bool,
    /// Stored directly in an interface's data word (pointers, maps, chans,
    /// funcs, and single-pointer structs/arrays) rather than boxed.
    pub pointer_shaped: bool,
}

#[derive(Clone, Debug)]
pub struct LineEntry {
    /// First instruction index this entry covers.
    pub pc: u32,
    pub line: u32,
}

#[derive(Clone, Debug)]
pub struct Function {
    /// As Go's tracebacks print it: `main.main`, `main.(*T).M`, `main.f.func1`.
    pub name: String,
    /// Source file the function is in (as tracebacks print it: absolute path).
    pub file: String,
    pub code: Vec<Instr>,
    /// Bytes of parameters (at frame offset 0), then results, then locals.
    pub params_size: u32,
    pub results_size: u32,
    /// Total frame size in bytes (a multiple of 8), including the outgoing
    /// call area.
    pub frame_size: u32,
    /// Frame words that hold pointers (for the whole function: a slot never
    /// changes between pointer and non-pointer use). The VM zeroes them on
    /// entry, scans them during collection, and adjusts those that point into
    /// the stack when the stack moves.
    pub stack_map: PtrMap,
    pub lines: Vec<LineEntry>,
    /// For functions that defer: the pc of the epilogue (`RunDefers`, copy
    /// heap-cell results into the result slots, `Ret`) where the function
    /// resumes after a deferred call recovered a panic.
    pub epilogue_pc: Option<u32>,
    /// Source line of the function's declaration (tracebacks, disasm).
    pub decl_line: u32,
    /// For natives (functions declared without a body in the standard
    /// library sources): the qualified name the VM binds (`fmt.Sprint`).
    pub native: Option<String>,
}

#[derive(Clone, Debug, Default)]
pub struct Module {
    pub funcs: Vec<Function>,
    pub types: Vec<RtType>,
    /// Size in bytes of the global data area and which words hold pointers.
    pub globals_size: u64,
    pub globals_ptrs: PtrMap,
    /// Read-only data (string constants) addressed by offset.
    pub rodata: Vec<u8>,
    /// Package initialisation function(s), run in order, then `main.main`.
    pub init: Vec<FuncId>,
    /// Interned method names; `CallIface` and `RtMethod::name_id` index it.
    pub method_names: Vec<String>,
    pub main: Option<FuncId>,
}
