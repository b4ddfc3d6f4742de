//! Panics, recover, and what an unrecovered panic prints.
//!
//! `handle_panic` is entered from a `run_loop` when an instruction (or a
//! native) fails. It walks the call records from the top down to the loop's
//! base, running each frame's deferred calls on top of the stack. After a
//! deferred call returns, if it recovered the panic, the deferring frame
//! becomes the top and resumes at its epilogue. A deferred call that panics
//! itself leaves its (unrecovered) panic on the list; the newer panic takes
//! over the unwinding and both are printed, oldest first, as Go does
//! (`panic: first` / `\tpanic: second`, `[recovered]`, `[recovered,
//! repanicked]`).

use frontend::bytecode::{RtKind, RtType};

use crate::interp::{PanicRec, Vm, G, NATIVE_RET};
use crate::loader::Program;
use crate::mem::{self, load};
use crate::native::{GoString, Iface, Unwind};
use crate::ops;

/// Frames a traceback prints before eliding the rest (Go: 100).
const TRACE_MAX: usize = 100;

/// (function, pc of the current instruction) of every frame of `g`, top
/// first.
pub fn trace_of(g: &G) -> Vec<(u32, u32)> {
    let recs = &g.recs;
    let mut out = Vec::with_capacity(recs.len().min(TRACE_MAX + 1));
    for i in (0..recs.len()).rev() {
        let pc = if i + 1 == recs.len() {
            // A channel operation waiting to be re-executed is at `pc`.
            if g.resumed {
                g.pc as u32
            } else {
                g.pc.saturating_sub(1) as u32
            }
        } else {
            let r = recs[i + 1].ret_pc;
            if r == NATIVE_RET {
                0
            } else {
                r.saturating_sub(1)
            }
        };
        out.push((recs[i].func, pc));
    }
    out
}

/// Go's traceback lines for `trace`.
pub fn print_trace(prog: &Program, trace: &[(u32, u32)], out: &mut String) {
    for (i, &(f, pc)) in trace.iter().enumerate() {
        if i == TRACE_MAX {
            out.push_str("...additional frames elided...\n");
            break;
        }
        let func = &prog.module.funcs[f as usize];
        let args = if func.params_size > 0 { "..." } else { "" };
        let line = prog.line(frontend::bytecode::FuncId(f), pc as usize);
        out.push_str(&format!(
            "{}({})\n\t{}:{} +{:#x}\n",
            func.name,
            args,
            func.file,
            line,
            pc * 4
        ));
    }
}

/// `created by f in goroutine N` and its position, for goroutines made by
/// a `go` statement.
pub fn print_created_by(prog: &Program, g: &G, out: &mut String) {
    if let Some((f, pc, parent)) = g.created_by {
        let func = &prog.module.funcs[f as usize];
        let line = prog.line(frontend::bytecode::FuncId(f), pc as usize);
        out.push_str(&format!(
            "created by {} in goroutine {}\n\t{}:{} +{:#x}\n",
            func.name,
            parent,
            func.file,
            line,
            pc * 4
        ));
    }
}

/// A waiting goroutine's traceback (deadlock reports).
pub fn print_g_trace(prog: &Program, g: &G, out: &mut String) {
    print_trace(prog, &trace_of(g), out);
    print_created_by(prog, g, out);
}

impl Vm {
    /// (function, pc of the current instruction) of every frame, top first.
    pub fn capture_trace(&self) -> Vec<(u32, u32)> {
        trace_of(&self.g)
    }

    /// The interface value a run-time error panics with: a
    /// `runtime.errorString`/`plainError` when the runtime package is
    /// compiled in, else the message as a string.
    pub fn runtime_error_value(&mut self, msg: &str) -> Iface {
        let prog = self.prog;
        let ptr_to = |p: Option<frontend::bytecode::RtTypeId>| {
            p.and_then(|p| prog.rtype(p).elem.map(|e| (p, e)))
        };
        if msg.starts_with("interface conversion: ") {
            if let Some((p, e)) = ptr_to(prog.rt_type_assertion_ptr) {
                let s = self.new_string(msg.as_bytes());
                let obj = self.alloc_type(e, 1);
                mem::store_ptr(obj, s.ptr);
                mem::store::<usize>(obj + 8, s.len);
                return Iface {
                    typ: prog.rtype_addr(p),
                    data: obj,
                };
            }
        }
        if msg == "panic called with nil argument" {
            if let Some((p, e)) = ptr_to(prog.rt_panic_nil_ptr) {
                let obj = self.alloc_type(e, 1);
                return Iface {
                    typ: prog.rtype_addr(p),
                    data: obj,
                };
            }
        }
        let bounds = msg.starts_with("index out of range")
            || msg.starts_with("slice bounds out of range")
            || msg.starts_with("cannot convert slice");
        let named = if ops::is_plain_error(msg) {
            prog.rt_plain_error_type
        } else if bounds && prog.rt_bounds_error_type.is_some() {
            prog.rt_bounds_error_type
        } else {
            prog.rt_error_type
        };
        let (typ, text) = match named {
            Some(t) => (t, msg.to_string()),
            None => (prog.string_type, ops::runtime_error_text(msg)),
        };
        let s = self.new_string(text.as_bytes());
        let b = self.alloc_type(typ, 1);
        mem::store_ptr(b, s.ptr);
        mem::store::<usize>(b + 8, s.len);
        Iface {
            typ: prog.rtype_addr(typ),
            data: b,
        }
    }

    /// Pops the latest deferred call if the frame at record index `d` (or
    /// one above it) pushed it.
    fn pop_defer_from(&mut self, d: usize) -> Option<crate::interp::DeferRec> {
        match self.g.defers.last() {
            Some(&dr) if dr.depth >= d => self.g.defers.pop(),
            _ => None,
        }
    }

    /// `runtime.Goexit` down to record index `base`: every deferred call
    /// runs on top of the stack, as for a panic but with nothing to
    /// recover; a deferred call that panics turns it into that panic.
    fn goexit_unwind(&mut self, base: usize) -> Result<(), Unwind> {
        let mut d = self.g.recs.len();
        while d > base {
            d -= 1;
            while let Some(dr) = self.pop_defer_from(d) {
                if let Err(e) = self.call_closure(dr.fv, &[], &mut []) {
                    return self.handle_panic(e, base);
                }
            }
        }
        self.g.recs.truncate(base);
        Err(Unwind::Goexit)
    }

    /// Unwinds for `e` down to record index `base`. Ok: recovered, the
    /// goroutine is ready to resume. Err: not recovered here.
    pub fn handle_panic(&mut self, e: Unwind, base: usize) -> Result<(), Unwind> {
        let (val, msg) = match e {
            Unwind::Exit(_) | Unwind::Park => return Err(e),
            Unwind::Goexit => return self.goexit_unwind(base),
            Unwind::Fatal(_) => {
                if self.fatal_trace.is_none() {
                    self.fatal_trace = Some(self.capture_trace());
                }
                return Err(e);
            }
            Unwind::Panic(v) => (v, None),
            Unwind::RuntimeError(m) => {
                let v = self.runtime_error_value(&m);
                (v, Some(m))
            }
        };
        let continuing = matches!(self.g.panics.last(), Some(p) if p.propagating && p.val == val && msg.is_none());
        let mine = if continuing {
            let n = self.g.panics.len() - 1;
            self.g.panics[n].propagating = false;
            n
        } else {
            let trace = self.capture_trace();
            let mut rec = PanicRec {
                val,
                msg,
                recovered: false,
                repanicked: false,
                propagating: false,
                defer_depth: usize::MAX,
                trace,
            };
            if let Some(prev) = self.g.panics.last() {
                if prev.recovered && prev.val == val {
                    rec.repanicked = true;
                    rec.msg = rec.msg.or(prev.msg.clone());
                    self.g.panics.pop();
                }
            }
            self.g.panics.push(rec);
            self.g.panics.len() - 1
        };
        let mut d = self.g.recs.len();
        while d > base {
            d -= 1;
            while let Some(dr) = self.pop_defer_from(d) {
                let depth = self.g.recs.len();
                if let Some(p) = self.g.panics.last_mut() {
                    p.defer_depth = depth;
                }
                let r = self.call_closure(dr.fv, &[], &mut []);
                if let Some(p) = self.g.panics.last_mut() {
                    p.defer_depth = usize::MAX;
                }
                match r {
                    Ok(()) => {
                        if self.g.panics.last().is_some_and(|p| p.recovered) {
                            let resume = dr.depth;
                            self.g.panics.truncate(mine);
                            self.g.recs.truncate(resume + 1);
                            let f = self.g.recs[resume].func as usize;
                            let Some(epi) = self.prog.module.funcs[f].epilogue_pc else {
                                return Err(Unwind::Fatal(
                                    "recovered in a function without an epilogue".into(),
                                ));
                            };
                            self.g.pc = epi as usize;
                            return Ok(());
                        }
                    }
                    Err(Unwind::Panic(_)) => {
                        // The deferred call panicked and did not recover:
                        // its panic (top of the list) takes over.
                        if let Some(p) = self.g.panics.last_mut() {
                            p.propagating = false;
                        }
                    }
                    Err(e) => return Err(e),
                }
            }
        }
        let top = self.g.panics.len() - 1;
        self.g.panics[top].propagating = true;
        Err(Unwind::Panic(self.g.panics[top].val))
    }

    /// `recover()`: the panic value if called by a deferred call that the
    /// unwinding of a panic is running (directly, or through the
    /// `deferwrap` closure the compiler makes for `defer f(args)`).
    pub fn recover(&mut self) -> Iface {
        let depth = self.g.recs.len() - 1;
        let prog = self.prog;
        let g = &mut *self.g;
        let recs = &g.recs;
        let Some(p) = g.panics.last_mut() else {
            return Iface::default();
        };
        if p.recovered || p.propagating || p.defer_depth == usize::MAX {
            return Iface::default();
        }
        let direct = depth == p.defer_depth
            || (depth == p.defer_depth + 1
                && prog
                    .func_name(frontend::bytecode::FuncId(recs[p.defer_depth].func))
                    .contains("deferwrap"));
        if !direct {
            return Iface::default();
        }
        p.recovered = true;
        p.val
    }

    // ---- output ----

    pub fn write_stderr(&mut self, b: &[u8]) {
        use std::io::Write;
        let _ = self.out.flush();
        let _ = self.err.write_all(b);
    }

    /// The text `panic: ` is followed by (Go's printpanicval).
    pub fn panic_text(&mut self, p: &PanicRec) -> String {
        if let Some(m) = &p.msg {
            return ops::runtime_error_text(m);
        }
        let v = p.val;
        if v.typ == 0 {
            return "nil".into();
        }
        for name in [self.prog.error_name, self.prog.string_name]
            .into_iter()
            .flatten()
        {
            let mut res = [0u8; 16];
            if let Ok(true) = self.call_method_id(v, name, &[], &mut res) {
                let s: GoString = load(res.as_ptr() as usize);
                return indent(&String::from_utf8_lossy(mem::bytes(s.ptr, s.len)));
            }
        }
        let t = self.prog.rtype_at(v.typ);
        let addr = if t.pointer_shaped { 0 } else { v.data };
        let basic = !matches!(
            t.kind,
            RtKind::Array
                | RtKind::Slice
                | RtKind::Map
                | RtKind::Chan
                | RtKind::Struct
                | RtKind::Func
                | RtKind::Interface
                | RtKind::Pointer
                | RtKind::UnsafePointer
        );
        if basic && addr != 0 {
            let s = self.print_value(t, addr);
            if t.name.is_empty() {
                return if t.kind == RtKind::String {
                    indent(&s)
                } else {
                    s
                };
            }
            if t.kind == RtKind::String {
                return format!("{}(\"{}\")", t.string, indent(&s));
            }
            return format!("{}({})", t.string, s);
        }
        format!("({}) {:#x}", t.string, v.data)
    }

    pub fn print_trace(&self, trace: &[(u32, u32)], out: &mut String) {
        print_trace(self.prog, trace, out);
    }

    /// Prints an unrecovered panic (the goroutine's whole panic list) and
    /// the traceback; returns the exit code.
    pub fn report_panic(&mut self) -> i32 {
        let panics = self.g.panics.clone();
        let mut s = String::new();
        for (i, p) in panics.iter().enumerate() {
            if i > 0 {
                s.push('\t');
            }
            s.push_str("panic: ");
            let text = self.panic_text(p);
            s.push_str(&text);
            if p.repanicked {
                s.push_str(" [recovered, repanicked]");
            } else if p.recovered {
                s.push_str(" [recovered]");
            }
            s.push('\n');
        }
        if let Some(last) = panics.last() {
            if last.msg.as_deref() == Some(ops::NIL_DEREF) {
                s.push_str("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
            }
            s.push_str(&format!("\ngoroutine {} [running]:\n", self.g.id));
            self.print_trace(&last.trace, &mut s);
            print_created_by(self.prog, &self.g, &mut s);
        }
        self.write_stderr(s.as_bytes());
        2
    }

    pub fn report_fatal(&mut self, msg: &str) -> i32 {
        let mut s = String::new();
        if let Some((sp, lo, hi)) = self.overflow {
            s.push_str("runtime: goroutine stack exceeds 1000000000-byte limit\n");
            s.push_str(&format!("runtime: sp={sp:#x} stack=[{lo:#x}, {hi:#x}]\n"));
        }
        s.push_str(&format!("fatal error: {msg}\n"));
        if self.overflow.is_some() {
            s.push_str("\nruntime stack:\n");
        }
        s.push_str(&format!("\ngoroutine {} [running]:\n", self.g.id));
        let t = self
            .fatal_trace
            .take()
            .unwrap_or_else(|| self.capture_trace());
        self.print_trace(&t, &mut s);
        print_created_by(self.prog, &self.g, &mut s);
        self.write_stderr(s.as_bytes());
        2
    }

    /// A value as the `print` builtin writes it.
    pub fn print_value(&self, t: &RtType, a: usize) -> String {
        match t.kind {
            RtKind::Bool => (load::<u8>(a) != 0).to_string(),
            RtKind::Int | RtKind::Int64 => load::<i64>(a).to_string(),
            RtKind::Int8 => load::<i8>(a).to_string(),
            RtKind::Int16 => load::<i16>(a).to_string(),
            RtKind::Int32 => load::<i32>(a).to_string(),
            RtKind::Uint | RtKind::Uint64 | RtKind::Uintptr => load::<u64>(a).to_string(),
            RtKind::Uint8 => load::<u8>(a).to_string(),
            RtKind::Uint16 => load::<u16>(a).to_string(),
            RtKind::Uint32 => load::<u32>(a).to_string(),
            RtKind::Float32 => ops::print_float(load::<f32>(a) as f64, true),
            RtKind::Float64 => ops::print_float(load::<f64>(a), false),
            RtKind::Complex64 => format!(
                "({}{}i)",
                ops::print_float(load::<f32>(a) as f64, true),
                sign(ops::print_float(load::<f32>(a + 4) as f64, true))
            ),
            RtKind::Complex128 => format!(
                "({}{}i)",
                ops::print_float(load::<f64>(a), false),
                sign(ops::print_float(load::<f64>(a + 8), false))
            ),
            RtKind::String => {
                let s: GoString = load(a);
                String::from_utf8_lossy(mem::bytes(s.ptr, s.len)).into_owned()
            }
            RtKind::Slice => {
                let s: crate::native::GoSlice = load(a);
                format!("[{}/{}]{:#x}", s.len, s.cap, s.ptr)
            }
            RtKind::Interface => {
                let v: Iface = load(a);
                format!("({:#x},{:#x})", v.typ, v.data)
            }
            _ => format!("{:#x}", load::<usize>(a)),
        }
    }
}

fn sign(s: String) -> String {
    if s.starts_with('-') || s.starts_with('+') {
        s
    } else {
        format!("+{s}")
    }
}

fn indent(s: &str) -> String {
    s.replace('\n', "\n\t")
}
