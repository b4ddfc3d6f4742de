//! `errors` natives: the type tests errors.Is and errors.As need, done on
//! the runtime type descriptors (`RtType`) instead of reflection.

use super::ret_bool;
use crate::native::{Iface, NativeCall, NativeFn, Unwind};
use frontend::bytecode::{RtKind, RtType};

/// Whether a value of dynamic type `d` is assignable to `t`: identical
/// types, or `t` an interface whose methods `d` has (by name).
fn assignable(d: &RtType, d_addr: usize, t: &RtType, t_addr: usize) -> bool {
    if t.kind == RtKind::Interface {
        return t
            .iface_methods
            .iter()
            .all(|m| d.methods.iter().any(|dm| &dm.name == m));
    }
    d_addr == t_addr
}

/// func isComparable(e error) bool: the dynamic type supports ==.
/// frame: e@0 result@16
fn is_comparable(c: &mut NativeCall) -> Result<(), Unwind> {
    let e: Iface = c.arg(0);
    let ok = e.typ == 0 || c.rtype(e.typ).comparable;
    ret_bool(c, 16, ok);
    Ok(())
}

/// func asCheck(target any) int: 0 ok, 1 target is not a non-nil
/// pointer, 2 *target is neither an interface nor implements error.
/// frame: target@0 result@16
fn as_check(c: &mut NativeCall) -> Result<(), Unwind> {
    let t: Iface = c.arg(0);
    let code: i64 = if t.typ == 0 || c.rtype(t.typ).kind != RtKind::Pointer || t.data == 0 {
        1
    } else {
        match c.rtype(t.typ).elem {
            None => 1,
            Some(e) => {
                let et = &c.module().types[e.0 as usize];
                if et.kind == RtKind::Interface || et.methods.iter().any(|m| m.name == "Error") {
                    0
                } else {
                    2
                }
            }
        }
    };
    c.set(16, code);
    Ok(())
}

/// func asStore(err error, target any) bool: if err's dynamic type is
/// assignable to *target's type, stores err into *target.
/// frame: err@0 target@16 result@32
fn as_store(c: &mut NativeCall) -> Result<(), Unwind> {
    let e: Iface = c.arg(0);
    let t: Iface = c.arg(16);
    if e.typ == 0 || t.typ == 0 || t.data == 0 {
        ret_bool(c, 32, false);
        return Ok(());
    }
    let Some(elem) = c.rtype(t.typ).elem else {
        ret_bool(c, 32, false);
        return Ok(());
    };
    let elem_addr = c.rtype_addr(elem);
    let et = c.rtype(elem_addr);
    let dt = c.rtype(e.typ);
    if !assignable(dt, e.typ, et, elem_addr) {
        ret_bool(c, 32, false);
        return Ok(());
    }
    let dst = t.data;
    if et.kind == RtKind::Interface {
        // *target = err: both words (type descriptor address, data).
        c.store_pointer(dst, e.typ);
        c.store_pointer(dst + 8, e.data);
    } else if et.pointer_shaped {
        c.store_pointer(dst, e.data);
    } else {
        // The interface holds a pointer to a boxed copy.
        c.typed_copy(elem, dst, e.data);
    }
    ret_bool(c, 32, true);
    Ok(())
}

/// func unwrapKind(err error) int: 0 no Unwrap method, 1 `Unwrap() error`,
/// 2 `Unwrap() []error`. Run-time descriptors carry method names only, so
/// an interface assertion cannot tell the two apart; the size of the
/// method's results can (an interface is 16 bytes, a slice 24).
/// frame: err@0 result@16
fn unwrap_kind(c: &mut NativeCall) -> Result<(), Unwind> {
    let e: Iface = c.arg(0);
    let mut kind = 0i64;
    if e.typ != 0 {
        if let Some(m) = c.rtype(e.typ).methods.iter().find(|m| m.name == "Unwrap") {
            let f = &c.module().funcs[m.func.0 as usize];
            kind = match f.results_size {
                16 => 1,
                24 => 2,
                _ => 0,
            };
        }
    }
    c.set(16, kind);
    Ok(())
}

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "errors.isComparable" => is_comparable,
        "errors.asCheck" => as_check,
        "errors.asStore" => as_store,
        "errors.unwrapKind" => unwrap_kind,
        _ => return None,
    })
}
