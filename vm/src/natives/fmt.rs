//! `fmt` natives: the formatting entry points of frontend/stdlib/fmt/fmt.go,
//! each a thin shell around the engine in vm/src/fmt/.
//!
//! Every native first copies its `...any` operands (interface headers) out
//! of the frame, because formatting may call `String()`/`Error()` back in
//! Go, which may move the stack; the operands stay in the frame, so the
//! boxes they point to stay alive (native.rs hazards).

use crate::fmt::{self as engine, FmtEnv};
use crate::native::{GoSlice, GoString, Iface, NativeCall, NativeFn, Unwind};
use frontend::bytecode::{RtType, RtTypeId};

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "fmt.Sprint" => sprint,
        "fmt.Sprintln" => sprintln,
        "fmt.Sprintf" => sprintf,
        "fmt.Print" => print,
        "fmt.Println" => println,
        "fmt.Printf" => printf,
        "fmt.errorf" => errorf,
        _ => return None,
    })
}

/// The engine's view of a native call.
struct CallEnv<'a, 'm>(&'a mut NativeCall<'m>);

impl FmtEnv for CallEnv<'_, '_> {
    fn rtype(&self, id: RtTypeId) -> &'static RtType {
        self.0.rtype(self.0.rtype_addr(id))
    }
    fn rtype_at(&self, addr: usize) -> &'static RtType {
        self.0.rtype(addr)
    }
    fn rtype_addr(&self, id: RtTypeId) -> usize {
        self.0.rtype_addr(id)
    }
    fn call_string_method(&mut self, recv: Iface, name: &str) -> Result<Option<Vec<u8>>, Unwind> {
        // Only `name() string` satisfies Stringer/error/GoStringer: a
        // method of another shape must not be called with these frames.
        let t = self.0.rtype(recv.typ);
        let Some(m) = t.methods.iter().find(|m| m.name == name) else {
            return Ok(None);
        };
        match self.0.module().funcs.get(m.func.0 as usize) {
            Some(f) if f.params_size == 8 && f.results_size == 16 => {}
            _ => return Ok(None),
        }
        let mut res = [0u8; 16];
        if !self.0.call_method(recv, name, &[], &mut res)? {
            return Ok(None);
        }
        let word = |i: usize| {
            let mut w = [0u8; 8];
            w.copy_from_slice(&res[i * 8..i * 8 + 8]);
            usize::from_le_bytes(w)
        };
        let s = GoString {
            ptr: word(0),
            len: word(1),
        };
        if s.len == 0 {
            return Ok(Some(Vec::new()));
        }
        Ok(Some(self.0.bytes(s).to_vec()))
    }
    fn pin(&mut self, addr: usize) {
        self.0.pin(addr)
    }
}

/// Copies the `[]any` at frame offset `off`, and pins what the operands
/// point to (a String method may overwrite the caller's `args...` slice).
fn operands(c: &mut NativeCall, off: u32) -> Vec<Iface> {
    let s: GoSlice = c.arg(off);
    if s.len == 0 {
        return Vec::new();
    }
    let raw = c.mem(s.ptr, s.len * 16);
    let ops: Vec<Iface> = raw
        .chunks_exact(16)
        .map(|b| {
            let w = |i: usize| {
                let mut x = [0u8; 8];
                x.copy_from_slice(&b[i..i + 8]);
                usize::from_le_bytes(x)
            };
            Iface {
                typ: w(0),
                data: w(8),
            }
        })
        .collect();
    // The engine follows the data words after calling back into Go, when
    // the stack may have moved: they must not point into it.
    #[cfg(feature = "escape-check")]
    for (i, a) in ops.iter().enumerate() {
        crate::escape_check::check_native_operand(s.ptr + i * 16 + 8, a.data);
    }
    for a in &ops {
        if a.data != 0 {
            c.pin(a.data);
        }
    }
    ops
}

fn format_arg(c: &NativeCall, off: u32) -> Vec<u8> {
    super::arg_str(c, off)
}

fn write_out(c: &mut NativeCall, out: &[u8], n_off: u32) {
    let _ = c.stdout().write_all(out);
    c.set(n_off, out.len() as i64);
    c.set(n_off + 8, Iface::default());
}

/// func Sprint(a ...any) string — frame: a@0 result@24
fn sprint(c: &mut NativeCall) -> Result<(), Unwind> {
    let a = operands(c, 0);
    let s = engine::sprint(&mut CallEnv(c), &a)?;
    super::ret_str(c, 24, &s);
    Ok(())
}

/// func Sprintln(a ...any) string — frame: a@0 result@24
fn sprintln(c: &mut NativeCall) -> Result<(), Unwind> {
    let a = operands(c, 0);
    let s = engine::sprintln(&mut CallEnv(c), &a)?;
    super::ret_str(c, 24, &s);
    Ok(())
}

/// func Sprintf(format string, a ...any) string — frame: format@0 a@16 result@40
fn sprintf(c: &mut NativeCall) -> Result<(), Unwind> {
    let f = format_arg(c, 0);
    let a = operands(c, 16);
    let s = engine::sprintf(&mut CallEnv(c), &f, &a)?;
    super::ret_str(c, 40, &s);
    Ok(())
}

/// func Print(a ...any) (n int, err error) — frame: a@0 n@24 err@32
fn print(c: &mut NativeCall) -> Result<(), Unwind> {
    let a = operands(c, 0);
    let s = engine::sprint(&mut CallEnv(c), &a)?;
    write_out(c, &s, 24);
    Ok(())
}

/// func Println(a ...any) (n int, err error) — frame: a@0 n@24 err@32
fn println(c: &mut NativeCall) -> Result<(), Unwind> {
    let a = operands(c, 0);
    let s = engine::sprintln(&mut CallEnv(c), &a)?;
    write_out(c, &s, 24);
    Ok(())
}

/// func Printf(format string, a ...any) (n int, err error) — frame:
/// format@0 a@16 n@40 err@48
fn printf(c: &mut NativeCall) -> Result<(), Unwind> {
    let f = format_arg(c, 0);
    let a = operands(c, 16);
    let s = engine::sprintf(&mut CallEnv(c), &f, &a)?;
    write_out(c, &s, 40);
    Ok(())
}

/// func errorf(format string, a []any) (msg string, wrapped []int) —
/// frame: format@0 a@16 msg@40 wrapped@56. `wrapped` lists the operand
/// indexes of `%w` verbs (sorted and deduplicated as Go's Errorf does).
fn errorf(c: &mut NativeCall) -> Result<(), Unwind> {
    let f = format_arg(c, 0);
    let a = operands(c, 16);
    let (msg, w) = engine::errorf(&mut CallEnv(c), &f, &a)?;
    super::ret_str(c, 40, &msg);
    let mut sl = GoSlice::default();
    if !w.is_empty() {
        let p = c.alloc_noscan(w.len() * 8);
        for (i, &x) in w.iter().enumerate() {
            // SAFETY: `p` is a fresh noscan allocation of `w.len()` words;
            // the words hold integers, so no write barrier is needed.
            unsafe { ((p + i * 8) as *mut i64).write(x as i64) };
        }
        sl = GoSlice {
            ptr: p,
            len: w.len(),
            cap: w.len(),
        };
    }
    c.set(56, sl);
    Ok(())
}
