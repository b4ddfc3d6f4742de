//! `sort` natives: the element access sort.Slice and sort.SliceStable need
//! on a slice held in an `any` (Go uses reflection's Swapper). The sorting
//! itself is Go code in sort.go that calls the user's less function
//! directly, so no native ever calls back into Go here.

use crate::native::{GoSlice, Iface, NativeCall, NativeFn, Unwind};
use frontend::bytecode::{RtKind, RtTypeId};

/// The slice header and element type of the slice in `x`, if it is one.
fn slice_of(c: &NativeCall, x: Iface) -> Option<(GoSlice, RtTypeId)> {
    if x.typ == 0 {
        return None;
    }
    let t = c.rtype(x.typ);
    if t.kind != RtKind::Slice {
        return None;
    }
    let elem = t.elem?;
    // A slice is not pointer-shaped: the data word points to a boxed header.
    let raw = c.mem(x.data, 24);
    let word = |i: usize| usize::from_le_bytes(raw[i * 8..i * 8 + 8].try_into().unwrap_or([0; 8]));
    Some((
        GoSlice {
            ptr: word(0),
            len: word(1),
            cap: word(2),
        },
        elem,
    ))
}

/// func sliceLen(x any) int: the length, or -1 if x is not a slice.
/// frame: x@0 result@16
fn slice_len(c: &mut NativeCall) -> Result<(), Unwind> {
    let x: Iface = c.arg(0);
    let n = slice_of(c, x).map_or(-1, |(s, _)| s.len as i64);
    c.set(16, n);
    Ok(())
}

/// func newTemp(x any) *byte: heap room for one element of the slice in x
/// (nil if it is not a slice or the element has size 0). Go's Swapper
/// allocates it too; `swapElems` no longer needs it.
/// frame: x@0 result@16
fn new_temp(c: &mut NativeCall) -> Result<(), Unwind> {
    let x: Iface = c.arg(0);
    let p = match slice_of(c, x) {
        Some((_, elem)) if c.module().types[elem.0 as usize].size > 0 => c.alloc(elem, 1),
        _ => 0,
    };
    c.set(16, p);
    Ok(())
}

/// func swapElems(x any, tmp *byte, i, j int): swaps x[i] and x[j]
/// (indices already checked by the caller; `tmp` is not used).
/// frame: x@0 tmp@16 i@24 j@32
fn swap_elems(c: &mut NativeCall) -> Result<(), Unwind> {
    let x: Iface = c.arg(0);
    let i: i64 = c.arg(24);
    let j: i64 = c.arg(32);
    let Some((s, elem)) = slice_of(c, x) else {
        return Ok(());
    };
    let size = c.module().types[elem.0 as usize].size as usize;
    if i == j || size == 0 || i < 0 || j < 0 || i as usize >= s.len || j as usize >= s.len {
        return Ok(());
    }
    let a = s.ptr + i as usize * size;
    let b = s.ptr + j as usize * size;
    // Word by word, without going through `tmp`: the elements may hold
    // pointers into the goroutine's stack (a frame array of pointers to
    // frame objects), which must never be copied into a heap object, not
    // even for an instant (escape invariant; the escape checker would
    // rightly complain).
    let t = &c.module().types[elem.0 as usize];
    if t.ptrs.is_empty() {
        // SAFETY: `a` and `b` are distinct elements (i != j) of `size`
        // bytes each inside the slice's backing array.
        unsafe { std::ptr::swap_nonoverlapping(a as *mut u8, b as *mut u8, size) };
        return Ok(());
    }
    // A pointer-holding type is 8-aligned and a whole number of words.
    for w in 0..size / 8 {
        let (pa, pb) = (a + w * 8, b + w * 8);
        let (va, vb) = (crate::mem::load::<u64>(pa), crate::mem::load::<u64>(pb));
        if t.ptrs.get(w as u32) {
            c.store_pointer(pa, vb as usize);
            c.store_pointer(pb, va as usize);
        } else {
            crate::mem::store::<u64>(pa, vb);
            crate::mem::store::<u64>(pb, va);
        }
    }
    Ok(())
}

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "sort.sliceLen" => slice_len,
        "sort.newTemp" => new_temp,
        "sort.swapElems" => swap_elems,
        _ => return None,
    })
}
