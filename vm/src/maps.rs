//! The interpreter's side of maps: operands in from the frame, the map
//! implementation (map.rs, the library's) called with the VM's allocator.

use frontend::bytecode::{RtTypeId, MAP_ITER_WORDS};

use crate::interp::Vm;
use crate::map::{self, MapEnv};
use crate::mem;
use crate::native::Unwind;

/// Map allocation through the running P's cache.
struct Env<'a> {
    heap: &'a gc::Heap,
    cache: &'a mut gc::AllocCache,
}

impl MapEnv for Env<'_> {
    fn heap_alloc(&mut self, layout: &'static gc::GcLayout, n: usize) -> usize {
        self.heap.alloc(self.cache, layout, n) as usize
    }
    fn heap_alloc_noscan(&mut self, size: usize) -> usize {
        self.heap.alloc_noscan(self.cache, size) as usize
    }
}

fn env(vm: &mut Vm) -> Env<'_> {
    Env {
        heap: &vm.heap,
        cache: &mut vm.cache,
    }
}

fn val_size(vm: &Vm, typ: RtTypeId) -> usize {
    vm.prog
        .rtype(typ)
        .elem
        .map_or(0, |e| vm.prog.rtype(e).size as usize)
}

pub fn make(vm: &mut Vm, typ: RtTypeId, hint: i64, at: Option<usize>) -> Result<usize, Unwind> {
    if hint < 0 {
        return Err(Unwind::RuntimeError("makemap: size out of range".into()));
    }
    let prog = vm.prog;
    Ok(match at {
        Some(at) => map::make_in(prog, &mut env(vm), typ, hint, at),
        None => map::make(prog, &mut env(vm), typ, hint),
    })
}

/// dst = m[key] (zero if absent); `ok` receives the comma-ok bool.
pub fn get(
    vm: &mut Vm,
    typ: RtTypeId,
    m: usize,
    key: usize,
    dst: usize,
    ok: Option<usize>,
) -> Result<(), Unwind> {
    let size = val_size(vm, typ);
    let found = map::lookup(vm.prog, m, typ, key as *const u8)?;
    match found {
        Some(v) => mem::memmove(dst, v, size),
        None => mem::memzero(dst, size),
    }
    if let Some(ok) = ok {
        mem::store::<u8>(ok, found.is_some() as u8);
    }
    Ok(())
}

pub fn set(vm: &mut Vm, typ: RtTypeId, m: usize, key: usize, val: usize) -> Result<(), Unwind> {
    let prog = vm.prog;
    map::set(
        prog,
        &mut env(vm),
        m,
        typ,
        key as *const u8,
        val as *const u8,
    )
}

pub fn delete(vm: &mut Vm, typ: RtTypeId, m: usize, key: usize) -> Result<(), Unwind> {
    map::delete(vm.prog, m, typ, key as *const u8)
}

pub fn len(m: usize) -> usize {
    map::len(m)
}

pub fn clear(vm: &mut Vm, _typ: RtTypeId, m: usize) -> Result<(), Unwind> {
    map::clear(vm.prog, m);
    Ok(())
}

type IterWords = [usize; MAP_ITER_WORDS as usize];

fn iter_words<'a>(it: usize) -> &'a mut IterWords {
    // SAFETY: `it` is the address of MAP_ITER_WORDS 8-aligned frame words
    // (the instruction's operand), used only for the duration of one
    // instruction, during which nothing else accesses them.
    unsafe { &mut *(it as *mut IterWords) }
}

pub fn iter_init(_vm: &mut Vm, _typ: RtTypeId, m: usize, it: usize) -> Result<(), Unwind> {
    map::iter_init(m, iter_words(it));
    Ok(())
}

/// Copies the next entry out; false when exhausted.
pub fn iter_next(
    vm: &mut Vm,
    it: usize,
    key: Option<usize>,
    val: Option<usize>,
) -> Result<bool, Unwind> {
    let words = iter_words(it);
    let m = words[0];
    let Some((k, v)) = map::iter_next(vm.prog, words) else {
        return Ok(false);
    };
    let mt = vm.prog.rtype(map::map_type(m));
    if let (Some(dst), Some(kt)) = (key, mt.key) {
        mem::memmove(dst, k, vm.prog.rtype(kt).size as usize);
    }
    if let (Some(dst), Some(vt)) = (val, mt.elem) {
        mem::memmove(dst, v, vm.prog.rtype(vt).size as usize);
    }
    Ok(true)
}
