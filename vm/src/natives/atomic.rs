//! `sync/atomic` natives: Go's atomic operations on machine words.
//!
//! Design. Every Go-visible atomic operation ends here as one native per
//! (operation, width): `AddInt32`, `LoadUint64`, `CompareAndSwapPointer`,
//! ... The typed wrappers (`atomic.Int64.Add`, `atomic.Bool.Store`) and the
//! whole of package sync are Go source (frontend/stdlib/sync/) on top of
//! these and the scheduler's semaphore, so this file is the only place where
//! Go memory is touched by more than one OS thread without the interpreter's
//! own discipline.
//!
//! Invariants:
//! * Real hardware atomics, sequentially consistent (Go's memory model makes
//!   every sync/atomic operation SeqCst): goroutines run on several threads,
//!   so each operation goes through `std::sync::atomic::Atomic*::from_ptr`
//!   on the Go address. Go memory is never aliased by Rust references, so
//!   the short-lived `&Atomic*` made here is the only reference to it.
//! * A nil address is Go's nil dereference (`runtime error: invalid memory
//!   address or nil pointer dereference`), never a crash. Go's layouts align
//!   every int32/int64/pointer field, so a misaligned address can only come
//!   from unsafe arithmetic; it ends the program with a fatal error rather
//!   than reaching `from_ptr` (whose alignment requirement is a safety
//!   precondition).
//! * Pointer stores (StorePointer, SwapPointer, CompareAndSwapPointer and
//!   atomic.Value's words) are pointer writes into possibly-heap memory, so
//!   they owe what `mem::store_ptr` does for StoreP: the escape checker's
//!   `check_store` and the write barrier. `gc::barrier::write_pointer`
//!   performs a plain store, which an atomic operation cannot use; today's
//!   collector stops the world, so the barrier has nothing to shade and
//!   `pointer_barrier` below only runs the escape check. When the hybrid
//!   barrier lands, its shade step (`shade(*slot); shade(new)`) belongs in
//!   `pointer_barrier`, before the atomic instruction, as Go's `atomicwb`.
//!
//! atomic.Value. The Go side keeps Go's layout (`struct{ v any }`, two
//! words: dynamic type, data). Its protocol, as Go's: the type word goes
//! from 0 to `VALUE_BUSY` (a first store in progress) to the value's type,
//! and never changes after that (a store of another type panics), so later
//! stores only replace the data word, atomically. A reader seeing 0 or
//! `VALUE_BUSY` reports "no value yet".
//!
//! Frame layouts (vm/src/native.rs): parameters then results, each at an
//! 8-aligned offset; noted as `// frame:` next to each family.

use std::sync::atomic::{
    AtomicI32, AtomicI64, AtomicU32, AtomicU64, AtomicUsize, Ordering::SeqCst,
};

use super::ret_bool;
use crate::native::{Iface, NativeCall, NativeFn, Unwind};
use crate::ops::nil_deref;

/// The address parameter at frame offset `off`, checked: non-nil and
/// aligned for `T`.
fn addr<T>(c: &NativeCall, off: u32) -> Result<usize, Unwind> {
    let a: usize = c.arg(off);
    if a == 0 {
        return Err(nil_deref());
    }
    if !a.is_multiple_of(std::mem::align_of::<T>()) {
        return Err(Unwind::Fatal(format!(
            "sync/atomic: unaligned atomic operation on address {a:#x}"
        )));
    }
    Ok(a)
}

/// The atomic cell of type `$atomic` over the `$t` at the address parameter
/// (frame offset 0). Returns from the native on nil or misalignment.
macro_rules! cell {
    ($c:expr, $atomic:ty, $t:ty) => {{
        let a = addr::<$atomic>($c, 0)?;
        // SAFETY: `a` is non-nil and aligned for `$atomic` (checked by
        // `addr`); it is the address of a live Go value of type `$t` (the
        // parameter's static type, kept alive by the caller's reference),
        // which `$atomic` has the size of. Go memory is only ever accessed
        // through raw pointers and atomics, never through Rust references, so
        // this reference aliases nothing; it is dropped before the native
        // returns.
        unsafe { <$atomic>::from_ptr(a as *mut $t) }
    }};
}

/// Escape check and write barrier owed by an atomic pointer store of `new`
/// into `slot` (see the module comment).
#[inline]
fn pointer_barrier(slot: usize, new: usize) {
    #[cfg(feature = "escape-check")]
    crate::escape_check::check_store(slot, new);
    let _ = (slot, new);
}

/// The integer operations of one width.
///   Add/Swap/And/Or(addr, v) r   frame: addr@0 v@8 r@16
///   Load(addr) r                 frame: addr@0 r@8
///   Store(addr, v)               frame: addr@0 v@8
///   CompareAndSwap(addr, old, new) bool   frame: addr@0 old@8 new@16 r@24
macro_rules! int_ops {
    ($atomic:ty, $t:ty, $add:ident, $load:ident, $store:ident, $swap:ident, $cas:ident, $and:ident, $or:ident) => {
        fn $add(c: &mut NativeCall) -> Result<(), Unwind> {
            let d: $t = c.arg(8);
            let new = cell!(c, $atomic, $t).fetch_add(d, SeqCst).wrapping_add(d);
            c.set(16, new);
            Ok(())
        }
        fn $load(c: &mut NativeCall) -> Result<(), Unwind> {
            let v = cell!(c, $atomic, $t).load(SeqCst);
            c.set(8, v);
            Ok(())
        }
        fn $store(c: &mut NativeCall) -> Result<(), Unwind> {
            let v: $t = c.arg(8);
            cell!(c, $atomic, $t).store(v, SeqCst);
            Ok(())
        }
        fn $swap(c: &mut NativeCall) -> Result<(), Unwind> {
            let v: $t = c.arg(8);
            let old = cell!(c, $atomic, $t).swap(v, SeqCst);
            c.set(16, old);
            Ok(())
        }
        fn $cas(c: &mut NativeCall) -> Result<(), Unwind> {
            let (old, new): ($t, $t) = (c.arg(8), c.arg(16));
            let ok = cell!(c, $atomic, $t)
                .compare_exchange(old, new, SeqCst, SeqCst)
                .is_ok();
            ret_bool(c, 24, ok);
            Ok(())
        }
        fn $and(c: &mut NativeCall) -> Result<(), Unwind> {
            let m: $t = c.arg(8);
            let old = cell!(c, $atomic, $t).fetch_and(m, SeqCst);
            c.set(16, old);
            Ok(())
        }
        fn $or(c: &mut NativeCall) -> Result<(), Unwind> {
            let m: $t = c.arg(8);
            let old = cell!(c, $atomic, $t).fetch_or(m, SeqCst);
            c.set(16, old);
            Ok(())
        }
    };
}

int_ops!(AtomicI32, i32, add_i32, load_i32, store_i32, swap_i32, cas_i32, and_i32, or_i32);
int_ops!(AtomicU32, u32, add_u32, load_u32, store_u32, swap_u32, cas_u32, and_u32, or_u32);
int_ops!(AtomicI64, i64, add_i64, load_i64, store_i64, swap_i64, cas_i64, and_i64, or_i64);
int_ops!(AtomicU64, u64, add_u64, load_u64, store_u64, swap_u64, cas_u64, and_u64, or_u64);
int_ops!(
    AtomicUsize,
    usize,
    add_uptr,
    load_uptr,
    store_uptr,
    swap_uptr,
    cas_uptr,
    and_uptr,
    or_uptr
);

/// func LoadPointer(addr *unsafe.Pointer) unsafe.Pointer   frame: addr@0 r@8
fn load_ptr(c: &mut NativeCall) -> Result<(), Unwind> {
    let v = cell!(c, AtomicUsize, usize).load(SeqCst);
    c.set(8, v);
    Ok(())
}

/// func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer)   frame: addr@0 val@8
fn store_ptr(c: &mut NativeCall) -> Result<(), Unwind> {
    let v: usize = c.arg(8);
    let cell = cell!(c, AtomicUsize, usize);
    pointer_barrier(cell.as_ptr() as usize, v);
    cell.store(v, SeqCst);
    Ok(())
}

/// func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) unsafe.Pointer
/// frame: addr@0 new@8 r@16
fn swap_ptr(c: &mut NativeCall) -> Result<(), Unwind> {
    let v: usize = c.arg(8);
    let cell = cell!(c, AtomicUsize, usize);
    pointer_barrier(cell.as_ptr() as usize, v);
    let old = cell.swap(v, SeqCst);
    c.set(16, old);
    Ok(())
}

/// func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) bool
/// frame: addr@0 old@8 new@16 r@24
fn cas_ptr(c: &mut NativeCall) -> Result<(), Unwind> {
    let (old, new): (usize, usize) = (c.arg(8), c.arg(16));
    let cell = cell!(c, AtomicUsize, usize);
    pointer_barrier(cell.as_ptr() as usize, new);
    let ok = cell.compare_exchange(old, new, SeqCst, SeqCst).is_ok();
    ret_bool(c, 24, ok);
    Ok(())
}

// ---- atomic.Value -------------------------------------------------------

/// The type word of a Value whose first store is in progress (never the
/// address of a type descriptor: those are aligned).
const VALUE_BUSY: usize = usize::MAX;

/// The two words of the `any` at the address parameter (frame offset 0):
/// (type word, data word).
macro_rules! value_words {
    ($c:expr) => {{
        let a = addr::<AtomicUsize>($c, 0)?;
        // SAFETY: `a` is non-nil and 8-aligned (checked by `addr`) and is the
        // address of a live `any` (two pointer words: the parameter's static
        // type is *any), so `a` and `a + 8` are aligned words of it; Go memory
        // is never aliased by Rust references; the references die with the
        // native call.
        unsafe {
            (
                AtomicUsize::from_ptr(a as *mut usize),
                AtomicUsize::from_ptr((a + 8) as *mut usize),
            )
        }
    }};
}

/// Spins while another goroutine's first store is in progress (a few
/// instructions inside a native on another thread) and returns the settled
/// type word (0: no value).
fn settled_type(typ: &AtomicUsize) -> usize {
    loop {
        let t = typ.load(SeqCst);
        if t != VALUE_BUSY {
            return t;
        }
        std::thread::yield_now();
    }
}

/// The first store into an empty Value: claims the type word, then writes
/// data and type. False if the Value was not empty.
fn value_init(typ: &AtomicUsize, data: &AtomicUsize, v: Iface) -> bool {
    if typ.compare_exchange(0, VALUE_BUSY, SeqCst, SeqCst).is_err() {
        return false;
    }
    pointer_barrier(data.as_ptr() as usize, v.data);
    data.store(v.data, SeqCst);
    typ.store(v.typ, SeqCst);
    true
}

/// func loadValue(addr *any) any   frame: addr@0 r@8
fn value_load(c: &mut NativeCall) -> Result<(), Unwind> {
    let (typ, data) = value_words!(c);
    let t = typ.load(SeqCst);
    let v = if t == 0 || t == VALUE_BUSY {
        Iface::default()
    } else {
        Iface {
            typ: t,
            data: data.load(SeqCst),
        }
    };
    c.set(8, v);
    Ok(())
}

/// func storeValue(addr *any, v any) bool   frame: addr@0 v@8 r@24
/// False: `v` has another type than the stored value (v is never nil).
fn value_store(c: &mut NativeCall) -> Result<(), Unwind> {
    let v: Iface = c.arg(8);
    let (typ, data) = value_words!(c);
    let ok = loop {
        if value_init(typ, data, v) {
            break true;
        }
        let t = settled_type(typ);
        if t == 0 {
            continue;
        }
        if t != v.typ {
            break false;
        }
        pointer_barrier(data.as_ptr() as usize, v.data);
        data.store(v.data, SeqCst);
        break true;
    };
    ret_bool(c, 24, ok);
    Ok(())
}

/// func swapValue(addr *any, new any) (old any, ok bool)
/// frame: addr@0 new@8 old@24 ok@40. ok false: inconsistent type.
fn value_swap(c: &mut NativeCall) -> Result<(), Unwind> {
    let v: Iface = c.arg(8);
    let (typ, data) = value_words!(c);
    let (old, ok) = loop {
        if value_init(typ, data, v) {
            break (Iface::default(), true);
        }
        let t = settled_type(typ);
        if t == 0 {
            continue;
        }
        if t != v.typ {
            break (Iface::default(), false);
        }
        pointer_barrier(data.as_ptr() as usize, v.data);
        let d = data.swap(v.data, SeqCst);
        break (Iface { typ: t, data: d }, true);
    };
    c.set(24, old);
    ret_bool(c, 40, ok);
    Ok(())
}

/// func initValue(addr *any, v any) bool   frame: addr@0 v@8 r@24
/// Stores `v` only if the Value is empty.
fn value_init_native(c: &mut NativeCall) -> Result<(), Unwind> {
    let v: Iface = c.arg(8);
    let (typ, data) = value_words!(c);
    let ok = value_init(typ, data, v);
    ret_bool(c, 24, ok);
    Ok(())
}

/// func casValueData(addr *any, old, new any) bool   frame: addr@0 old@8 new@24 r@40
/// Replaces the data word `old.data` by `new.data` if the Value still holds
/// it (the Go side has checked that the types agree).
fn value_cas_data(c: &mut NativeCall) -> Result<(), Unwind> {
    let (old, new): (Iface, Iface) = (c.arg(8), c.arg(24));
    let (typ, data) = value_words!(c);
    let ok = settled_type(typ) == new.typ && {
        pointer_barrier(data.as_ptr() as usize, new.data);
        data.compare_exchange(old.data, new.data, SeqCst, SeqCst)
            .is_ok()
    };
    ret_bool(c, 40, ok);
    Ok(())
}

/// func sameType(a, b any) bool   frame: a@0 b@16 r@32
fn same_type(c: &mut NativeCall) -> Result<(), Unwind> {
    let (a, b): (Iface, Iface) = (c.arg(0), c.arg(16));
    ret_bool(c, 32, a.typ == b.typ);
    Ok(())
}

pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "atomic.AddInt32" => add_i32,
        "atomic.AddUint32" => add_u32,
        "atomic.AddInt64" => add_i64,
        "atomic.AddUint64" => add_u64,
        "atomic.AddUintptr" => add_uptr,
        "atomic.LoadInt32" => load_i32,
        "atomic.LoadUint32" => load_u32,
        "atomic.LoadInt64" => load_i64,
        "atomic.LoadUint64" => load_u64,
        "atomic.LoadUintptr" => load_uptr,
        "atomic.StoreInt32" => store_i32,
        "atomic.StoreUint32" => store_u32,
        "atomic.StoreInt64" => store_i64,
        "atomic.StoreUint64" => store_u64,
        "atomic.StoreUintptr" => store_uptr,
        "atomic.SwapInt32" => swap_i32,
        "atomic.SwapUint32" => swap_u32,
        "atomic.SwapInt64" => swap_i64,
        "atomic.SwapUint64" => swap_u64,
        "atomic.SwapUintptr" => swap_uptr,
        "atomic.CompareAndSwapInt32" => cas_i32,
        "atomic.CompareAndSwapUint32" => cas_u32,
        "atomic.CompareAndSwapInt64" => cas_i64,
        "atomic.CompareAndSwapUint64" => cas_u64,
        "atomic.CompareAndSwapUintptr" => cas_uptr,
        "atomic.AndInt32" => and_i32,
        "atomic.AndUint32" => and_u32,
        "atomic.AndInt64" => and_i64,
        "atomic.AndUint64" => and_u64,
        "atomic.AndUintptr" => and_uptr,
        "atomic.OrInt32" => or_i32,
        "atomic.OrUint32" => or_u32,
        "atomic.OrInt64" => or_i64,
        "atomic.OrUint64" => or_u64,
        "atomic.OrUintptr" => or_uptr,
        "atomic.LoadPointer" => load_ptr,
        "atomic.StorePointer" => store_ptr,
        "atomic.SwapPointer" => swap_ptr,
        "atomic.CompareAndSwapPointer" => cas_ptr,
        "atomic.loadValue" => value_load,
        "atomic.storeValue" => value_store,
        "atomic.swapValue" => value_swap,
        "atomic.initValue" => value_init_native,
        "atomic.casValueData" => value_cas_data,
        "atomic.sameType" => same_type,
        _ => return None,
    })
}
