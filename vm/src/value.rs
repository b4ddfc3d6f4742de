//! Go's `==` and map hashing over raw memory, driven by runtime type
//! descriptors.
//!
//! Values live in Go's amd64 layouts (ARCHITECTURE.md), so equality and
//! hashing walk an `RtType` and read the bytes at an address: integers and
//! pointers bitwise, floats by value (`+0 == -0`, `NaN != NaN`), strings by
//! content, interfaces by dynamic type then value, arrays and structs
//! element-wise (blank `_` fields are ignored). Comparing two interfaces that
//! hold the same uncomparable dynamic type panics with
//! `runtime error: comparing uncomparable type []int`; hashing one panics
//! with `runtime error: hash of unhashable type []int`.
//!
//! Hashes are seeded (each map has its own seed), never stable across runs,
//! and NaN hashes are random so that NaN keys never collide into a find —
//! Go's behaviour (a NaN key can be inserted any number of times and is never
//! found again).
//!
//! Callers used by the VM:
//! * `MemEq`: `equal(types, typ, a, b)` with `typ` the operands' type;
//! * `IfaceEq`: `iface_equal(types, a, b)` with `a`, `b` the two interface
//!   values' addresses;
//! * maps (vm/src/map.rs): `hash` and `equal` on keys.

// Addresses of Go values are this module's currency (the VM's memory model
// guarantees they are valid), so safe functions take raw pointers.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use frontend::bytecode::{Module, RtKind, RtType, RtTypeId};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::native::Unwind;

/// How hashing, equality, maps and fmt find type descriptors.
pub trait Types {
    /// The descriptor with this id.
    fn by_id(&self, id: RtTypeId) -> &RtType;
    /// The descriptor an interface's (non-zero) type word points to.
    fn by_addr(&self, addr: usize) -> &RtType;
    /// The address interface values use as the type word for `id`.
    fn addr_of(&self, id: RtTypeId) -> usize;
}

/// A plain table: ids index it, and an interface's type word is the
/// address of one of its elements (the VM's loaded, never-moving table).
impl Types for Vec<RtType> {
    fn by_id(&self, id: RtTypeId) -> &RtType {
        &self[id.0 as usize]
    }
    fn by_addr(&self, addr: usize) -> &RtType {
        // SAFETY: an interface's type word is, by the layout contract
        // (ARCHITECTURE.md), the address of an `RtType` in the loaded table
        // that lives as long as the program.
        unsafe { &*(addr as *const RtType) }
    }
    fn addr_of(&self, id: RtTypeId) -> usize {
        &self[id.0 as usize] as *const RtType as usize
    }
}

impl Types for Module {
    fn by_id(&self, id: RtTypeId) -> &RtType {
        self.types.by_id(id)
    }
    fn by_addr(&self, addr: usize) -> &RtType {
        self.types.by_addr(addr)
    }
    fn addr_of(&self, id: RtTypeId) -> usize {
        self.types.addr_of(id)
    }
}

/// Reads a `T` at `p`.
///
/// # Safety
/// `p` must point to a readable `T` (alignment not required).
#[inline(always)]
pub unsafe fn rd<T: Copy>(p: *const u8) -> T {
    // SAFETY: guaranteed by the caller.
    unsafe { (p as *const T).read_unaligned() }
}

/// The bytes of the Go string whose header is at `p`.
///
/// # Safety
/// `p` must point to a valid string header whose data outlives `'a`.
pub unsafe fn str_at<'a>(p: *const u8) -> &'a [u8] {
    // SAFETY: the caller guarantees a valid header; a Go string's data is
    // `len` readable bytes (heap or read-only data).
    unsafe {
        let ptr: usize = rd(p);
        let len: usize = rd(p.add(8));
        if len == 0 || ptr == 0 {
            &[]
        } else {
            std::slice::from_raw_parts(ptr as *const u8, len)
        }
    }
}

fn uncomparable(t: &RtType) -> Unwind {
    Unwind::RuntimeError(format!("comparing uncomparable type {}", t.string))
}

fn unhashable(t: &RtType) -> Unwind {
    Unwind::RuntimeError(format!("hash of unhashable type {}", t.string))
}

/// Go's `a == b` for two values of type `typ` at `a` and `b`.
///
/// Errors only when an interface (possibly nested) holds an uncomparable
/// dynamic type on both sides.
pub fn equal(types: &dyn Types, typ: &RtType, a: *const u8, b: *const u8) -> Result<bool, Unwind> {
    // SAFETY: the caller passes the addresses of two readable values of
    // type `typ`; every read below stays inside `typ.size` bytes of each, or
    // follows a string/interface pointer of a valid value.
    unsafe {
        Ok(match typ.kind {
            RtKind::Bool | RtKind::Int8 | RtKind::Uint8 => rd::<u8>(a) == rd::<u8>(b),
            RtKind::Int16 | RtKind::Uint16 => rd::<u16>(a) == rd::<u16>(b),
            RtKind::Int32 | RtKind::Uint32 => rd::<u32>(a) == rd::<u32>(b),
            RtKind::Int
            | RtKind::Int64
            | RtKind::Uint
            | RtKind::Uint64
            | RtKind::Uintptr
            | RtKind::Pointer
            | RtKind::UnsafePointer
            | RtKind::Chan => rd::<u64>(a) == rd::<u64>(b),
            RtKind::Float32 => rd::<f32>(a) == rd::<f32>(b),
            RtKind::Float64 => rd::<f64>(a) == rd::<f64>(b),
            RtKind::Complex64 => {
                rd::<f32>(a) == rd::<f32>(b) && rd::<f32>(a.add(4)) == rd::<f32>(b.add(4))
            }
            RtKind::Complex128 => {
                rd::<f64>(a) == rd::<f64>(b) && rd::<f64>(a.add(8)) == rd::<f64>(b.add(8))
            }
            RtKind::String => str_at(a) == str_at(b),
            RtKind::Interface => iface_equal(types, a, b)?,
            RtKind::Array => {
                let et = types.by_id(typ.elem.ok_or_else(|| uncomparable(typ))?);
                let es = et.size as usize;
                for i in 0..typ.len as usize {
                    if !equal(types, et, a.add(i * es), b.add(i * es))? {
                        return Ok(false);
                    }
                }
                true
            }
            RtKind::Struct => {
                for f in &typ.fields {
                    if f.name == "_" {
                        continue;
                    }
                    let ft = types.by_id(f.typ);
                    let off = f.offset as usize;
                    if !equal(types, ft, a.add(off), b.add(off))? {
                        return Ok(false);
                    }
                }
                true
            }
            RtKind::Slice | RtKind::Map | RtKind::Func => return Err(uncomparable(typ)),
        })
    }
}

/// Go's `a == b` for two interface values at `a` and `b` (16 bytes each:
/// type word, data word).
pub fn iface_equal(types: &dyn Types, a: *const u8, b: *const u8) -> Result<bool, Unwind> {
    // SAFETY: the caller passes two readable interface values.
    let (ta, da, tb, db) = unsafe {
        (
            rd::<usize>(a),
            rd::<usize>(a.add(8)),
            rd::<usize>(b),
            rd::<usize>(b.add(8)),
        )
    };
    if ta != tb {
        return Ok(false);
    }
    if ta == 0 {
        return Ok(true);
    }
    let t = types.by_addr(ta);
    if !t.comparable {
        return Err(uncomparable(t));
    }
    if t.pointer_shaped {
        return Ok(da == db);
    }
    equal(types, t, da as *const u8, db as *const u8)
}

const K0: u64 = 0xa076_1d64_78bd_642f;
const K1: u64 = 0xe703_7ed1_a0b4_28db;
const K2: u64 = 0x8ebc_6af0_9c88_c6e3;

/// The folded 128-bit multiply at the heart of wyhash.
#[inline(always)]
fn fold_mul(a: u64, b: u64) -> u64 {
    let r = (a as u128).wrapping_mul(b as u128);
    (r as u64) ^ ((r >> 64) as u64)
}

/// Mixes one 64-bit word into hash state `h`.
#[inline(always)]
pub fn hash_word(h: u64, w: u64) -> u64 {
    fold_mul(h ^ K0, w ^ K1)
}

/// Hashes a byte string into state `h`.
pub fn hash_bytes(mut h: u64, s: &[u8]) -> u64 {
    h ^= (s.len() as u64).wrapping_mul(K2);
    let mut chunks = s.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = fold_mul(h ^ w ^ K0, K1);
    }
    let rest = chunks.remainder();
    let mut tail = 0u64;
    for (i, &b) in rest.iter().enumerate() {
        tail |= (b as u64) << (8 * i);
    }
    fold_mul(h ^ tail ^ K2, K1 ^ rest.len() as u64)
}

static NAN_COUNTER: AtomicU64 = AtomicU64::new(0x9e37_79b9_7f4a_7c15);

/// A fresh hash for NaN (NaN never equals itself, so its hash need not be
/// reproducible; a random one keeps many NaN keys from colliding).
fn nan_hash(h: u64) -> u64 {
    let c = NAN_COUNTER.fetch_add(0x9e37_79b9_7f4a_7c15, Ordering::Relaxed);
    hash_word(h, c)
}

fn hash_f64(h: u64, v: f64) -> u64 {
    if v == 0.0 {
        hash_word(h, 0)
    } else if v.is_nan() {
        nan_hash(h)
    } else {
        hash_word(h, v.to_bits())
    }
}

/// Hash of the value of type `typ` at `p`, mixed into seed `seed`, such
/// that `equal` values hash equally. Errors with Go's
/// `hash of unhashable type T` when an interface holds an uncomparable type.
pub fn hash(types: &dyn Types, typ: &RtType, p: *const u8, seed: u64) -> Result<u64, Unwind> {
    // SAFETY: the caller passes the address of a readable value of type
    // `typ`; reads stay inside it or follow its string/interface pointers.
    unsafe {
        Ok(match typ.kind {
            RtKind::Bool | RtKind::Int8 | RtKind::Uint8 => hash_word(seed, rd::<u8>(p) as u64),
            RtKind::Int16 | RtKind::Uint16 => hash_word(seed, rd::<u16>(p) as u64),
            RtKind::Int32 | RtKind::Uint32 => hash_word(seed, rd::<u32>(p) as u64),
            RtKind::Int
            | RtKind::Int64
            | RtKind::Uint
            | RtKind::Uint64
            | RtKind::Uintptr
            | RtKind::Pointer
            | RtKind::UnsafePointer
            | RtKind::Chan => hash_word(seed, rd::<u64>(p)),
            RtKind::Float32 => hash_f64(seed, rd::<f32>(p) as f64),
            RtKind::Float64 => hash_f64(seed, rd::<f64>(p)),
            RtKind::Complex64 => {
                let h = hash_f64(seed, rd::<f32>(p) as f64);
                hash_f64(h, rd::<f32>(p.add(4)) as f64)
            }
            RtKind::Complex128 => {
                let h = hash_f64(seed, rd::<f64>(p));
                hash_f64(h, rd::<f64>(p.add(8)))
            }
            RtKind::String => hash_bytes(seed, str_at(p)),
            RtKind::Interface => {
                let tw: usize = rd(p);
                if tw == 0 {
                    return Ok(hash_word(seed, 0));
                }
                let t = types.by_addr(tw);
                if !t.comparable {
                    return Err(unhashable(t));
                }
                let h = hash_word(seed, tw as u64);
                let data: usize = rd(p.add(8));
                if t.pointer_shaped {
                    hash_word(h, data as u64)
                } else {
                    hash(types, t, data as *const u8, h)?
                }
            }
            RtKind::Array => {
                let et = types.by_id(typ.elem.ok_or_else(|| unhashable(typ))?);
                let es = et.size as usize;
                let mut h = seed;
                for i in 0..typ.len as usize {
                    h = hash(types, et, p.add(i * es), h)?;
                }
                hash_word(h, typ.len)
            }
            RtKind::Struct => {
                let mut h = seed;
                for f in &typ.fields {
                    if f.name == "_" {
                        continue;
                    }
                    h = hash(types, types.by_id(f.typ), p.add(f.offset as usize), h)?;
                }
                hash_word(h, typ.fields.len() as u64)
            }
            RtKind::Slice | RtKind::Map | RtKind::Func => return Err(unhashable(typ)),
        })
    }
}

/// Copies a value of type `typ` from `src` into heap or global memory at
/// `dst`, storing every pointer word through the write barrier.
///
/// # Safety
/// `dst` must be `typ.size` writable bytes of heap/global memory, 8-byte
/// aligned if `typ` holds pointers; `src` must be a readable value of `typ`;
/// the two must not overlap partially.
pub unsafe fn copy_to_heap(typ: &RtType, dst: *mut u8, src: *const u8) {
    let size = typ.size as usize;
    if typ.ptrs.is_empty() {
        // SAFETY: guaranteed by the caller.
        unsafe { std::ptr::copy(src, dst, size) };
        return;
    }
    // A pointer-holding type is 8-byte aligned and a whole number of words.
    for w in 0..size / 8 {
        // SAFETY: word `w` is inside both values (see above).
        unsafe {
            let v: usize = rd(src.add(w * 8));
            let slot = dst.add(w * 8) as *mut usize;
            if typ.ptrs.get(w as u32) {
                #[cfg(feature = "escape-check")]
                crate::escape_check::check_store(slot as usize, v);
                gc::barrier::write_pointer(slot, v);
            } else {
                slot.write(v);
            }
        }
    }
}

/// Zeroes a value of type `typ` in heap or global memory at `dst`, clearing
/// pointer words through the write barrier.
///
/// # Safety
/// As for `copy_to_heap`'s `dst`.
pub unsafe fn zero_in_heap(typ: &RtType, dst: *mut u8) {
    let size = typ.size as usize;
    if typ.ptrs.is_empty() {
        // SAFETY: guaranteed by the caller.
        unsafe { std::ptr::write_bytes(dst, 0, size) };
        return;
    }
    for w in 0..size / 8 {
        // SAFETY: word `w` is inside the value.
        unsafe {
            let slot = dst.add(w * 8) as *mut usize;
            if typ.ptrs.get(w as u32) {
                gc::barrier::write_pointer(slot, 0);
            } else {
                slot.write(0);
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod testtypes {
    //! A tiny type table builder for unit tests of value, map and fmt.
    use frontend::bytecode::{PtrMap, RtField, RtKind, RtType, RtTypeId};

    pub fn basic(kind: RtKind, size: u64, name: &str) -> RtType {
        RtType {
            kind,
            size,
            align: size.clamp(1, 8),
            string: name.to_string(),
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
            ptrs: PtrMap::new(size.div_ceil(8) as u32),
            comparable: true,
            pointer_shaped: false,
        }
    }

    /// A growable table; `add` returns the new type's id.
    #[derive(Default)]
    pub struct Table {
        pub types: Vec<RtType>,
    }

    impl Table {
        pub fn add(&mut self, t: RtType) -> RtTypeId {
            self.types.push(t);
            RtTypeId(self.types.len() as u32 - 1)
        }
        pub fn get(&self, id: RtTypeId) -> &RtType {
            &self.types[id.0 as usize]
        }
        pub fn int(&mut self) -> RtTypeId {
            self.add(basic(RtKind::Int, 8, "int"))
        }
        pub fn string(&mut self) -> RtTypeId {
            let mut t = basic(RtKind::String, 16, "string");
            t.ptrs.set(0);
            self.add(t)
        }
        pub fn iface(&mut self) -> RtTypeId {
            let mut t = basic(RtKind::Interface, 16, "interface {}");
            t.ptrs.set(0);
            t.ptrs.set(1);
            self.add(t)
        }
        pub fn slice(&mut self, elem: RtTypeId) -> RtTypeId {
            let s = format!("[]{}", self.get(elem).string);
            let mut t = basic(RtKind::Slice, 24, &s);
            t.ptrs.set(0);
            t.elem = Some(elem);
            t.comparable = false;
            self.add(t)
        }
        pub fn ptr(&mut self, elem: RtTypeId) -> RtTypeId {
            let s = format!("*{}", self.get(elem).string);
            let mut t = basic(RtKind::Pointer, 8, &s);
            t.ptrs.set(0);
            t.elem = Some(elem);
            t.pointer_shaped = true;
            self.add(t)
        }
        pub fn map(&mut self, key: RtTypeId, val: RtTypeId) -> RtTypeId {
            let s = format!("map[{}]{}", self.get(key).string, self.get(val).string);
            let mut t = basic(RtKind::Map, 8, &s);
            t.ptrs.set(0);
            t.key = Some(key);
            t.elem = Some(val);
            t.pointer_shaped = true;
            t.comparable = false;
            self.add(t)
        }
        pub fn array(&mut self, elem: RtTypeId, n: u64) -> RtTypeId {
            let e = self.get(elem).clone();
            let s = format!("[{n}]{}", e.string);
            let mut t = basic(RtKind::Array, e.size * n, &s);
            t.align = e.align;
            t.elem = Some(elem);
            t.len = n;
            t.comparable = e.comparable;
            t.ptrs = PtrMap::new((e.size * n).div_ceil(8) as u32);
            for i in 0..n {
                for w in e.ptrs.iter() {
                    t.ptrs.set((i * e.size / 8) as u32 + w);
                }
            }
            self.add(t)
        }
        /// A struct with the given (name, type) fields laid out by gc's
        /// rules; `named` = "main.T" makes it a defined type.
        pub fn strukt(&mut self, named: &str, fields: &[(&str, RtTypeId)]) -> RtTypeId {
            let mut off = 0u64;
            let mut align = 1u64;
            let mut fs = vec![];
            let mut comparable = true;
            for (n, id) in fields {
                let ft = self.get(*id);
                off = off.next_multiple_of(ft.align);
                align = align.max(ft.align);
                comparable &= ft.comparable;
                fs.push(RtField {
                    name: n.to_string(),
                    typ: *id,
                    offset: off,
                    embedded: false,
                    exported: n.chars().next().is_some_and(|c| c.is_uppercase()),
                });
                off += ft.size;
            }
            let size = off.next_multiple_of(align);
            let string = if named.is_empty() {
                let parts: Vec<String> = fields
                    .iter()
                    .map(|(n, id)| format!("{n} {}", self.get(*id).string))
                    .collect();
                if parts.is_empty() {
                    "struct {}".to_string()
                } else {
                    format!("struct {{ {} }}", parts.join("; "))
                }
            } else {
                named.to_string()
            };
            let mut t = basic(RtKind::Struct, size, &string);
            t.align = align;
            t.comparable = comparable;
            t.ptrs = PtrMap::new(size.div_ceil(8) as u32);
            for f in &fs {
                let ft = self.get(f.typ);
                for w in ft.ptrs.iter() {
                    t.ptrs.set((f.offset / 8) as u32 + w);
                }
            }
            if let Some((pkg, name)) = named.split_once('.') {
                t.pkg_path = pkg.to_string();
                t.name = name.to_string();
            }
            t.fields = fs;
            self.add(t)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testtypes::*;
    use super::*;
    use crate::native::GoString;

    fn gs(s: &'static str) -> GoString {
        GoString {
            ptr: s.as_ptr() as usize,
            len: s.len(),
        }
    }

    #[test]
    fn strings_and_floats() {
        let mut t = Table::default();
        let s = t.string();
        let f = t.add(basic(RtKind::Float64, 8, "float64"));
        let types = &t.types;
        let owned = String::from("hello");
        let (a, b) = (
            gs("hello"),
            GoString {
                ptr: owned.as_ptr() as usize,
                len: 5,
            },
        );
        let pa = &a as *const _ as *const u8;
        let pb = &b as *const _ as *const u8;
        assert!(equal(types, t.get(s), pa, pb).unwrap());
        assert_eq!(
            hash(types, t.get(s), pa, 7).unwrap(),
            hash(types, t.get(s), pb, 7).unwrap()
        );
        let (z, nz, nan) = (0.0f64, -0.0f64, f64::NAN);
        let pz = &z as *const f64 as *const u8;
        let pnz = &nz as *const f64 as *const u8;
        let pnan = &nan as *const f64 as *const u8;
        assert!(equal(types, t.get(f), pz, pnz).unwrap());
        assert_eq!(
            hash(types, t.get(f), pz, 1).unwrap(),
            hash(types, t.get(f), pnz, 1).unwrap()
        );
        assert!(!equal(types, t.get(f), pnan, pnan).unwrap());
    }

    #[test]
    fn interfaces() {
        let mut t = Table::default();
        let i = t.int();
        let si = t.slice(i);
        let e = t.iface();
        let types = &t.types;
        let (one, one2, two) = (1i64, 1i64, 2i64);
        let ia = [types.addr_of(i), &one as *const i64 as usize];
        let ib = [types.addr_of(i), &one2 as *const i64 as usize];
        let ic = [types.addr_of(i), &two as *const i64 as usize];
        let p = |x: &[usize; 2]| x as *const _ as *const u8;
        assert!(equal(types, t.get(e), p(&ia), p(&ib)).unwrap());
        assert!(!equal(types, t.get(e), p(&ia), p(&ic)).unwrap());
        let sl = [0usize; 3];
        let sa = [types.addr_of(si), sl.as_ptr() as usize];
        // Different dynamic types: false, no panic.
        assert!(!equal(types, t.get(e), p(&ia), p(&sa)).unwrap());
        match equal(types, t.get(e), p(&sa), p(&sa)) {
            Err(Unwind::RuntimeError(m)) => assert_eq!(m, "comparing uncomparable type []int"),
            _ => panic!(),
        }
        match hash(types, t.get(e), p(&sa), 0) {
            Err(Unwind::RuntimeError(m)) => assert_eq!(m, "hash of unhashable type []int"),
            _ => panic!(),
        }
    }

    #[test]
    fn structs() {
        let mut t = Table::default();
        let i = t.int();
        let s = t.string();
        let st = t.strukt("main.T", &[("A", i), ("B", s)]);
        let types = &t.types;
        #[repr(C)]
        struct T {
            a: i64,
            b: GoString,
        }
        let x = T { a: 1, b: gs("x") };
        let y = T { a: 1, b: gs("x") };
        let z = T { a: 1, b: gs("y") };
        let p = |v: &T| v as *const T as *const u8;
        assert!(equal(types, t.get(st), p(&x), p(&y)).unwrap());
        assert!(!equal(types, t.get(st), p(&x), p(&z)).unwrap());
        assert_eq!(
            hash(types, t.get(st), p(&x), 3).unwrap(),
            hash(types, t.get(st), p(&y), 3).unwrap()
        );
    }
}
