//! Go maps in garbage-collected memory.
//!
//! A map value is the address of a map *header* object on the heap (a nil
//! map is 0). Everything a map owns is a heap object, traced precisely --
//! except for a map the escape analysis keeps in the frame (`make_in`): its
//! header, and while it has at most `MAP_FRAME_ENTRIES` entries its entry
//! array and index, sit in one frame region whose pointer words are in the
//! stack map (layout: `frontend::bytecode::map_frame_layout`). Nothing here
//! frees or inspects the arrays it replaces, so either kind may be replaced.
//!
//! ```text
//! header (88 bytes, words 0-1 are pointers):
//!   0 entries   -> [entry; cap]   insertion-ordered entry array
//!   1 index     -> [u32; slots]   open-addressing index (noscan)
//!   2 len         live entries
//!   3 used        entries appended since the last rebuild (live + deleted)
//!   4 cap         capacity of the entry array
//!   5 mask        slots - 1 (slots is a power of two >= 2*cap)
//!   6 seed        per-map hash seed
//!   7 next_seq    sequence number for the next appended entry
//!   8 epoch       bumped whenever the entry array is rebuilt or cleared
//!   9 map type    RtTypeId of the map type
//!  10 layout      address of the entries' 'static GcLayout (0 = noscan)
//!
//! entry: [hash u64][seq u64 | DELETED<<63][key][value]   (8-byte aligned)
//! ```
//!
//! The design is a "compact dict": entries are appended in insertion order
//! to a dense array, and a separate index of u32 slots (0 empty, 1 deleted,
//! i+2 = entry i) is probed linearly from the hash. Deleting marks the entry
//! (and zeroes its key and value so the collector can free what they held)
//! and turns its index slot into a tombstone. When the entry array is full
//! the map is rebuilt at twice its live size, dropping deleted entries.
//!
//! Invariants:
//! * `used <= cap < slots`, so probing always ends at an empty slot.
//! * Entries are in strictly increasing `seq` order, across rebuilds too,
//!   and `seq < 2^63` (bit 63 marks deletion); the epoch is compared mod 2^32.
//!
//! Iteration order is insertion order (Go randomises it; any order is
//! allowed). An iterator is `MAP_ITER_WORDS` frame words:
//! `[map (pointer), epoch<<32 | next entry index, lowest seq not yet
//! produced, seq bound]`. It produces, in order, the live entries with
//! `word 2 <= seq < word 3`: an entry deleted before it is reached is never
//! produced, nothing is produced twice, and entries inserted during the
//! iteration are not produced (Go allows either; skipping them guarantees
//! that a loop inserting into the map it ranges over terminates). If the map
//! was rebuilt or cleared since the last step (the epoch differs), the
//! position is re-found by binary search on `seq`.
//!
//! Allocation never collects (ARCHITECTURE.md), so a map operation holds
//! raw addresses of its objects safely for its whole duration.

// Addresses of Go values are this module's currency (the VM's memory model
// guarantees they are valid), so safe functions take raw pointers.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use frontend::bytecode::{
    map_entry_layout, map_frame_layout, RtKind, RtType, RtTypeId, MAP_ENTRY_KEY_OFF,
    MAP_FRAME_ENTRIES, MAP_HEADER_WORDS, MAP_ITER_WORDS,
};
use gc::GcLayout;

use crate::native::Unwind;
use crate::value::{self, rd, Types};

/// What map operations need from the running VM: allocation on the GC heap
/// through the current P's cache (the VM implements it for its interpreter
/// state; tests implement it over `Box`ed memory).
///
/// Contract: both return the address of zeroed memory that the collector
/// will not free while it is reachable from a root, and neither ever
/// collects (they may only set the "collection wanted" flag).
pub trait MapEnv {
    /// `n` zeroed elements of `layout` (`Heap::alloc`).
    fn heap_alloc(&mut self, layout: &'static GcLayout, n: usize) -> usize;
    /// `size` zeroed pointer-free bytes (`Heap::alloc_noscan`).
    fn heap_alloc_noscan(&mut self, size: usize) -> usize;
}

const H_ENTRIES: usize = 0;
const H_INDEX: usize = 1;
const H_LEN: usize = 2;
const H_USED: usize = 3;
const H_CAP: usize = 4;
const H_MASK: usize = 5;
const H_SEED: usize = 6;
const H_SEQ: usize = 7;
const H_EPOCH: usize = 8;
const H_TYPE: usize = 9;
const H_LAYOUT: usize = 10;
const HEADER_WORDS: usize = MAP_HEADER_WORDS as usize;

const DELETED: u64 = 1 << 63;
const SLOT_EMPTY: u32 = 0;
const SLOT_DELETED: u32 = 1;
/// Largest capacity a size hint may ask for up front.
const MAX_HINT: usize = 1 << 24;

fn header_layout() -> &'static GcLayout {
    static L: OnceLock<GcLayout> = OnceLock::new();
    L.get_or_init(|| GcLayout {
        size: HEADER_WORDS * 8,
        ptr_bits: vec![0b11],
        ptr_words: 2,
    })
}

/// Where key and value sit in an entry of a map type.
#[derive(Clone, Copy)]
struct Shape<'t> {
    key: &'t RtType,
    val: &'t RtType,
    val_off: usize,
    size: usize,
}

const KEY_OFF: usize = MAP_ENTRY_KEY_OFF as usize;

fn shape<'t>(types: &'t dyn Types, map_type: &'t RtType) -> Shape<'t> {
    let key = types.by_id(map_type.key.expect("map type without key"));
    let val = types.by_id(map_type.elem.expect("map type without value"));
    let (val_off, size) = map_entry_layout(key.size, val.size, val.align);
    let (val_off, size) = (val_off as usize, size as usize);
    Shape {
        key,
        val,
        val_off,
        size,
    }
}

type LayoutCache = HashMap<(usize, Vec<u64>), &'static GcLayout>;

/// The (cached, leaked) GcLayout of entries of this shape, or None when
/// neither key nor value holds pointers.
fn entry_layout(sh: &Shape) -> Option<&'static GcLayout> {
    if sh.key.ptrs.is_empty() && sh.val.ptrs.is_empty() {
        return None;
    }
    let words = sh.size / 8;
    let mut bits = vec![0u64; words.div_ceil(64)];
    let mut set = |w: usize| bits[w / 64] |= 1 << (w % 64);
    for w in sh.key.ptrs.iter() {
        set(KEY_OFF / 8 + w as usize);
    }
    for w in sh.val.ptrs.iter() {
        set(sh.val_off / 8 + w as usize);
    }
    let ptr_words = (0..words)
        .rev()
        .find(|&w| bits[w / 64] & (1 << (w % 64)) != 0)
        .map_or(0, |w| w + 1);
    static CACHE: OnceLock<Mutex<LayoutCache>> = OnceLock::new();
    let mut cache = CACHE
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    let l = cache.entry((sh.size, bits.clone())).or_insert_with(|| {
        Box::leak(Box::new(GcLayout {
            size: sh.size,
            ptr_bits: bits,
            ptr_words,
        }))
    });
    Some(*l)
}

/// Raw access to a header's words.
#[derive(Clone, Copy)]
struct Hdr(usize);

impl Hdr {
    #[inline(always)]
    fn get(self, w: usize) -> usize {
        // SAFETY: `self.0` is a live map header (HEADER_WORDS words) and
        // `w < HEADER_WORDS`.
        unsafe { ((self.0 + w * 8) as *const usize).read() }
    }
    #[inline(always)]
    fn set(self, w: usize, v: usize) {
        debug_assert!(w >= 2);
        // SAFETY: as in `get`; words >= 2 hold no pointers, so no barrier.
        unsafe { ((self.0 + w * 8) as *mut usize).write(v) }
    }
    #[inline(always)]
    fn set_ptr(self, w: usize, v: usize) {
        // SAFETY: as in `get`; words 0-1 are heap pointer slots.
        unsafe { gc::barrier::write_pointer((self.0 + w * 8) as *mut usize, v) }
    }
    fn entry(self, size: usize, i: usize) -> usize {
        self.get(H_ENTRIES) + i * size
    }
    fn slot(self, i: usize) -> *mut u32 {
        (self.get(H_INDEX) + i * 4) as *mut u32
    }
}

#[inline(always)]
fn ent_hash(e: usize) -> u64 {
    // SAFETY: `e` is an entry inside a live entry array.
    unsafe { rd(e as *const u8) }
}
#[inline(always)]
fn ent_meta(e: usize) -> u64 {
    // SAFETY: as in `ent_hash`.
    unsafe { rd((e + 8) as *const u8) }
}
#[inline(always)]
fn set_meta(e: usize, hash: u64, meta: u64) {
    // SAFETY: as in `ent_hash`; the two meta words hold no pointers.
    unsafe {
        (e as *mut u64).write(hash);
        ((e + 8) as *mut u64).write(meta);
    }
}

static SEED: std::sync::atomic::AtomicU64 =
    std::sync::atomic::AtomicU64::new(0x243f_6a88_85a3_08d3);

fn new_seed() -> u64 {
    let s = SEED.fetch_add(0x9e37_79b9_7f4a_7c15, std::sync::atomic::Ordering::Relaxed);
    value::hash_word(s, std::process::id() as u64)
}

/// `make(map[K]V, hint)`: a new empty map of map type `typ`.
pub fn make(types: &dyn Types, env: &mut dyn MapEnv, typ: RtTypeId, hint: i64) -> usize {
    let h = Hdr(env.heap_alloc(header_layout(), 1));
    let sh = shape(types, types.by_id(typ));
    init_header(h, typ, &sh);
    if hint > 0 {
        rebuild(h, env, &sh, (hint as usize).min(MAX_HINT));
    }
    h.0
}

/// The header fields every new map starts with (its memory is zero).
fn init_header(h: Hdr, typ: RtTypeId, sh: &Shape<'_>) {
    h.set(H_SEED, new_seed() as usize);
    h.set(H_SEQ, 1);
    h.set(H_TYPE, typ.0 as usize);
    h.set(
        H_LAYOUT,
        entry_layout(sh).map_or(0, |l| l as *const GcLayout as usize),
    );
}

/// `make(map[K]V, hint)` for a map the escape analysis keeps in the frame:
/// the header is built in the frame region at `at` (`map_frame_layout`
/// bytes, every byte rewritten here, so each evaluation of the site gets a
/// fresh map), and so are the first entry array (`MAP_FRAME_ENTRIES`
/// entries) and its index unless `hint` asks for more, in which case they
/// are heap objects from the start. When the map outgrows the frame arrays,
/// `rebuild` moves them to the heap; the header stays at `at`. The region's
/// pointer words (header words 0-1, the entries' key and value pointers)
/// are in the function's stack map, so the collector scans them and stack
/// moves adjust them.
pub fn make_in(
    types: &dyn Types,
    env: &mut dyn MapEnv,
    typ: RtTypeId,
    hint: i64,
    at: usize,
) -> usize {
    let mt = types.by_id(typ);
    let sh = shape(types, mt);
    let fl = map_frame_layout(sh.size as u32);
    // SAFETY: `at` is a frame region of `fl.size` bytes, 8-byte aligned;
    // pointer slots in the frame need no write barrier.
    unsafe { std::ptr::write_bytes(at as *mut u8, 0, fl.size as usize) };
    let h = Hdr(at);
    init_header(h, typ, &sh);
    if hint > MAP_FRAME_ENTRIES as i64 {
        rebuild(h, env, &sh, (hint as usize).min(MAX_HINT));
    } else {
        h.set_ptr(H_ENTRIES, at + fl.entries as usize);
        h.set_ptr(H_INDEX, at + fl.index as usize);
        h.set(H_CAP, MAP_FRAME_ENTRIES as usize);
        h.set(H_MASK, fl.slots as usize - 1);
    }
    h.0
}

/// Number of entries (`len(m)`; 0 for a nil map).
pub fn len(m: usize) -> usize {
    if m == 0 {
        0
    } else {
        Hdr(m).get(H_LEN)
    }
}

/// The map type a map was made with.
pub fn map_type(m: usize) -> RtTypeId {
    RtTypeId(Hdr(m).get(H_TYPE) as u32)
}

fn key_hash(types: &dyn Types, key_t: &RtType, key: *const u8, seed: u64) -> Result<u64, Unwind> {
    // Fast paths for the common key kinds.
    // SAFETY: `key` is a readable value of `key_t`.
    unsafe {
        match key_t.kind {
            RtKind::Int | RtKind::Int64 | RtKind::Uint | RtKind::Uint64 | RtKind::Pointer => {
                Ok(value::hash_word(seed, rd::<u64>(key)))
            }
            RtKind::String => Ok(value::hash_bytes(seed, value::str_at(key))),
            _ => value::hash(types, key_t, key, seed),
        }
    }
}

#[inline(always)]
fn key_eq(types: &dyn Types, key_t: &RtType, a: *const u8, b: *const u8) -> Result<bool, Unwind> {
    // SAFETY: `a` and `b` are readable values of `key_t`.
    unsafe {
        match key_t.kind {
            RtKind::Int | RtKind::Int64 | RtKind::Uint | RtKind::Uint64 | RtKind::Pointer => {
                Ok(rd::<u64>(a) == rd::<u64>(b))
            }
            RtKind::String => Ok(value::str_at(a) == value::str_at(b)),
            _ => value::equal(types, key_t, a, b),
        }
    }
}

/// Finds the entry for `key` (hash `hk`): its address.
fn find(
    types: &dyn Types,
    h: Hdr,
    sh: &Shape,
    key: *const u8,
    hk: u64,
) -> Result<Option<usize>, Unwind> {
    if h.get(H_LEN) == 0 {
        return Ok(None);
    }
    let mask = h.get(H_MASK);
    let mut i = hk as usize & mask;
    loop {
        // SAFETY: `i <= mask`, inside the index array.
        let s = unsafe { h.slot(i).read() };
        if s == SLOT_EMPTY {
            return Ok(None);
        }
        if s != SLOT_DELETED {
            let e = h.entry(sh.size, (s - 2) as usize);
            if ent_hash(e) == hk && key_eq(types, sh.key, (e + KEY_OFF) as *const u8, key)? {
                return Ok(Some(e));
            }
        }
        i = (i + 1) & mask;
    }
}

/// `m[key]` for reading: the address of the value in the map, or None if
/// absent (also for a nil map). Errors only for unhashable interface keys.
/// The address is valid until the next insertion into `m`.
pub fn lookup(
    types: &dyn Types,
    m: usize,
    typ: RtTypeId,
    key: *const u8,
) -> Result<Option<usize>, Unwind> {
    let mt = types.by_id(typ);
    let sh = shape(types, mt);
    if m == 0 {
        key_hash(types, sh.key, key, 0)?;
        return Ok(None);
    }
    let h = Hdr(m);
    let hk = key_hash(types, sh.key, key, h.get(H_SEED) as u64)?;
    Ok(find(types, h, &sh, key, hk)?.map(|e| e + sh.val_off))
}

/// Rebuilds the entry array with capacity for `want` entries (at least the
/// live ones), dropping deleted entries and re-indexing.
fn rebuild(h: Hdr, env: &mut dyn MapEnv, sh: &Shape, want: usize) {
    let live = h.get(H_LEN);
    let cap = want.max(live).max(8);
    let slots = (cap * 2).next_power_of_two();
    let layout = h.get(H_LAYOUT);
    let entries = if layout == 0 {
        env.heap_alloc_noscan(cap * sh.size)
    } else {
        // SAFETY: H_LAYOUT holds the address of a leaked 'static GcLayout.
        env.heap_alloc(unsafe { &*(layout as *const GcLayout) }, cap)
    };
    let index = env.heap_alloc_noscan(slots * 4);
    let (old, used) = (h.get(H_ENTRIES), h.get(H_USED));
    let mut n = 0;
    for i in 0..used {
        let e = old + i * sh.size;
        let meta = ent_meta(e);
        if meta & DELETED != 0 {
            continue;
        }
        let ne = entries + n * sh.size;
        set_meta(ne, ent_hash(e), meta);
        // SAFETY: both entries are inside live arrays of this shape.
        unsafe {
            value::copy_to_heap(
                sh.key,
                (ne + KEY_OFF) as *mut u8,
                (e + KEY_OFF) as *const u8,
            );
            value::copy_to_heap(
                sh.val,
                (ne + sh.val_off) as *mut u8,
                (e + sh.val_off) as *const u8,
            );
        }
        let mut j = ent_hash(e) as usize & (slots - 1);
        // SAFETY: `j < slots`, inside the new index array.
        unsafe {
            while ((index + j * 4) as *const u32).read() != SLOT_EMPTY {
                j = (j + 1) & (slots - 1);
            }
            ((index + j * 4) as *mut u32).write(n as u32 + 2);
        }
        n += 1;
    }
    h.set_ptr(H_ENTRIES, entries);
    h.set_ptr(H_INDEX, index);
    h.set(H_USED, n);
    h.set(H_CAP, cap);
    h.set(H_MASK, slots - 1);
    h.set(H_EPOCH, h.get(H_EPOCH).wrapping_add(1));
}

/// `m[key] = ...`: finds or inserts the entry for `key` (storing the key —
/// Go overwrites it, which matters for +0/-0 and NaN-free float keys) and
/// returns the address of its value slot, to be written with the write
/// barrier (`value::copy_to_heap`). Precondition: `m != 0`; the VM raises
/// Go's `assignment to entry in nil map` itself (a plain error, printed
/// without `runtime error: `).
pub fn assign(
    types: &dyn Types,
    env: &mut dyn MapEnv,
    m: usize,
    typ: RtTypeId,
    key: *const u8,
) -> Result<usize, Unwind> {
    if m == 0 {
        return Err(Unwind::RuntimeError(
            "assignment to entry in nil map".into(),
        ));
    }
    let mt = types.by_id(typ);
    let sh = shape(types, mt);
    let h = Hdr(m);
    let hk = key_hash(types, sh.key, key, h.get(H_SEED) as u64)?;
    if let Some(e) = find(types, h, &sh, key, hk)? {
        if matches!(
            sh.key.kind,
            RtKind::Float32
                | RtKind::Float64
                | RtKind::Complex64
                | RtKind::Complex128
                | RtKind::String
                | RtKind::Interface
                | RtKind::Struct
                | RtKind::Array
        ) {
            // SAFETY: `e` is a live entry; `key` a readable key value.
            unsafe { value::copy_to_heap(sh.key, (e + KEY_OFF) as *mut u8, key) };
        }
        return Ok(e + sh.val_off);
    }
    if h.get(H_USED) == h.get(H_CAP) {
        rebuild(h, env, &sh, h.get(H_LEN) * 2);
    }
    let n = h.get(H_USED);
    let e = h.entry(sh.size, n);
    let seq = h.get(H_SEQ) as u64;
    h.set(H_SEQ, (seq + 1) as usize);
    set_meta(e, hk, seq);
    // SAFETY: `e` is the first unused entry of the array (n < cap).
    unsafe { value::copy_to_heap(sh.key, (e + KEY_OFF) as *mut u8, key) };
    let mask = h.get(H_MASK);
    let mut i = hk as usize & mask;
    // SAFETY: `i <= mask`, inside the index; a free slot exists (used < slots).
    unsafe {
        loop {
            let s = h.slot(i).read();
            if s == SLOT_EMPTY || s == SLOT_DELETED {
                h.slot(i).write(n as u32 + 2);
                break;
            }
            i = (i + 1) & mask;
        }
    }
    h.set(H_USED, n + 1);
    h.set(H_LEN, h.get(H_LEN) + 1);
    Ok(e + sh.val_off)
}

/// `m[key] = *val` (the value copied through the write barrier).
pub fn set(
    types: &dyn Types,
    env: &mut dyn MapEnv,
    m: usize,
    typ: RtTypeId,
    key: *const u8,
    val: *const u8,
) -> Result<(), Unwind> {
    let slot = assign(types, env, m, typ, key)?;
    let vt = types.by_id(types.by_id(typ).elem.expect("map type without value"));
    // SAFETY: `slot` is the value slot of a live entry; `val` a readable value.
    unsafe { value::copy_to_heap(vt, slot as *mut u8, val) };
    Ok(())
}

/// `delete(m, key)` (no-op on a nil map or a missing key; errors only for
/// an unhashable interface key).
pub fn delete(types: &dyn Types, m: usize, typ: RtTypeId, key: *const u8) -> Result<(), Unwind> {
    let mt = types.by_id(typ);
    let sh = shape(types, mt);
    if m == 0 {
        key_hash(types, sh.key, key, 0)?;
        return Ok(());
    }
    let h = Hdr(m);
    let hk = key_hash(types, sh.key, key, h.get(H_SEED) as u64)?;
    if h.get(H_LEN) == 0 {
        return Ok(());
    }
    let mask = h.get(H_MASK);
    let mut i = hk as usize & mask;
    loop {
        // SAFETY: `i <= mask`, inside the index array.
        let s = unsafe { h.slot(i).read() };
        if s == SLOT_EMPTY {
            return Ok(());
        }
        if s != SLOT_DELETED {
            let e = h.entry(sh.size, (s - 2) as usize);
            if ent_hash(e) == hk && key_eq(types, sh.key, (e + KEY_OFF) as *const u8, key)? {
                kill(h, &sh, e);
                // SAFETY: as above.
                unsafe { h.slot(i).write(SLOT_DELETED) };
                return Ok(());
            }
        }
        i = (i + 1) & mask;
    }
}

/// Marks entry `e` deleted and zeroes its key and value.
fn kill(h: Hdr, sh: &Shape, e: usize) {
    set_meta(e, 0, ent_meta(e) | DELETED);
    // SAFETY: `e` is a live entry of this shape.
    unsafe {
        value::zero_in_heap(sh.key, (e + KEY_OFF) as *mut u8);
        value::zero_in_heap(sh.val, (e + sh.val_off) as *mut u8);
    }
    h.set(H_LEN, h.get(H_LEN) - 1);
}

/// `clear(m)`: removes every entry (NaN keys included).
pub fn clear(types: &dyn Types, m: usize) {
    if m == 0 {
        return;
    }
    let h = Hdr(m);
    let sh = shape(types, types.by_id(map_type(m)));
    for i in 0..h.get(H_USED) {
        let e = h.entry(sh.size, i);
        if ent_meta(e) & DELETED == 0 {
            kill(h, &sh, e);
        }
    }
    if h.get(H_INDEX) != 0 {
        // SAFETY: the index array has mask+1 u32 slots.
        unsafe { std::ptr::write_bytes(h.get(H_INDEX) as *mut u32, 0, h.get(H_MASK) + 1) };
    }
    h.set(H_USED, 0);
    h.set(H_LEN, 0);
    h.set(H_EPOCH, h.get(H_EPOCH).wrapping_add(1));
}

/// Starts an iteration over `m` (which may be nil) in the iterator words
/// `it` (word 0 is a pointer; the VM's stack map marks it).
pub fn iter_init(m: usize, it: &mut [usize; MAP_ITER_WORDS as usize]) {
    it[0] = m;
    if m == 0 {
        it[1] = 0;
        it[2] = 0;
        it[3] = 0;
        return;
    }
    let h = Hdr(m);
    it[1] = h.get(H_EPOCH) << 32;
    it[2] = 0;
    it[3] = h.get(H_SEQ);
}

/// Advances the iterator: the addresses of the next entry's key and value
/// inside the map (copy them out before anything that may insert), or None
/// when done.
pub fn iter_next(
    types: &dyn Types,
    it: &mut [usize; MAP_ITER_WORDS as usize],
) -> Option<(usize, usize)> {
    let m = it[0];
    if m == 0 {
        return None;
    }
    let h = Hdr(m);
    let sh = shape(types, types.by_id(map_type(m)));
    let used = h.get(H_USED);
    let epoch = h.get(H_EPOCH) & 0xffff_ffff;
    let mut i = it[1] & 0xffff_ffff;
    if it[1] >> 32 != epoch {
        // Rebuilt or cleared: find the first entry with seq >= it[2].
        let (mut lo, mut hi) = (0, used);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if (ent_meta(h.entry(sh.size, mid)) & !DELETED) < it[2] as u64 {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        i = lo;
    }
    let end = it[3] as u64;
    let mut found = None;
    while i < used {
        let e = h.entry(sh.size, i);
        let meta = ent_meta(e);
        if meta & !DELETED >= end {
            // Inserted after the iteration started: not produced.
            i = used;
            break;
        }
        i += 1;
        if meta & DELETED == 0 {
            it[2] = (meta + 1) as usize;
            found = Some((e + KEY_OFF, e + sh.val_off));
            break;
        }
    }
    it[1] = (epoch << 32) | i;
    found
}

#[cfg(test)]
pub(crate) mod testenv {
    use super::*;

    /// Allocation from leaked, zeroed, 8-byte aligned Rust memory.
    #[derive(Default)]
    pub struct LeakEnv;

    impl MapEnv for LeakEnv {
        fn heap_alloc(&mut self, layout: &'static GcLayout, n: usize) -> usize {
            self.heap_alloc_noscan(layout.size * n)
        }
        fn heap_alloc_noscan(&mut self, size: usize) -> usize {
            Box::leak(vec![0u64; size.div_ceil(8).max(1)].into_boxed_slice()).as_mut_ptr() as usize
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testenv::LeakEnv;
    use super::*;
    use crate::value::testtypes::*;

    fn p<T>(v: &T) -> *const u8 {
        v as *const T as *const u8
    }

    #[test]
    fn insert_lookup_delete_grow() {
        let mut t = Table::default();
        let i = t.int();
        let mt = t.map(i, i);
        let types = &t.types;
        let mut env = LeakEnv;
        let m = make(types, &mut env, mt, 0);
        for k in 0..1000i64 {
            set(types, &mut env, m, mt, p(&k), p(&(k * 10))).unwrap();
        }
        assert_eq!(len(m), 1000);
        for k in 0..1000i64 {
            let v = lookup(types, m, mt, p(&k)).unwrap().unwrap();
            // SAFETY: the address comes from this live map (LeakEnv never frees) and holds an i64.
            assert_eq!(unsafe { rd::<i64>(v as *const u8) }, k * 10);
        }
        for k in (0..1000i64).step_by(2) {
            delete(types, m, mt, p(&k)).unwrap();
        }
        assert_eq!(len(m), 500);
        assert!(lookup(types, m, mt, p(&4i64)).unwrap().is_none());
        assert!(lookup(types, m, mt, p(&5i64)).unwrap().is_some());
        // Churn: insert/delete repeatedly keeps memory bounded and correct.
        for k in 1000..5000i64 {
            set(types, &mut env, m, mt, p(&k), p(&k)).unwrap();
            delete(types, m, mt, p(&k)).unwrap();
        }
        assert_eq!(len(m), 500);
        assert!(Hdr(m).get(H_CAP) <= 2048);
        clear(types, m);
        assert_eq!(len(m), 0);
        assert!(lookup(types, m, mt, p(&5i64)).unwrap().is_none());
    }

    #[test]
    fn frame_map_grows_to_heap_and_reinitialises() {
        let mut t = Table::default();
        let i = t.int();
        let mt = t.map(i, i);
        let types = &t.types;
        let mut env = LeakEnv;
        let fl = map_frame_layout(shape(types, types.by_id(mt)).size as u32);
        let mut region = vec![0xa5u64; fl.size as usize / 8];
        let at = region.as_mut_ptr() as usize;
        for round in 0..2i64 {
            let m = make_in(types, &mut env, mt, 0, at);
            assert_eq!((m, len(m)), (at, 0));
            for k in 0..8i64 {
                set(types, &mut env, m, mt, p(&k), p(&(k + round))).unwrap();
            }
            // Still the frame arrays: entries right after the header.
            assert_eq!(Hdr(m).get(H_ENTRIES), at + fl.entries as usize);
            for k in 8..40i64 {
                set(types, &mut env, m, mt, p(&k), p(&(k + round))).unwrap();
            }
            assert_ne!(Hdr(m).get(H_ENTRIES), at + fl.entries as usize);
            assert_eq!(len(m), 40);
            for k in 0..40i64 {
                let v = lookup(types, m, mt, p(&k)).unwrap().unwrap();
                // SAFETY: the address comes from this live map and holds an i64.
                assert_eq!(unsafe { rd::<i64>(v as *const u8) }, k + round);
            }
        }
        let m = make_in(types, &mut env, mt, 100, at);
        assert!(Hdr(m).get(H_CAP) >= 100);
        assert_ne!(Hdr(m).get(H_ENTRIES), at + fl.entries as usize);
    }

    #[test]
    fn nan_and_zero_keys() {
        let mut t = Table::default();
        let f = t.add(basic(RtKind::Float64, 8, "float64"));
        let i = t.int();
        let mt = t.map(f, i);
        let types = &t.types;
        let mut env = LeakEnv;
        let m = make(types, &mut env, mt, 0);
        for _ in 0..3 {
            set(types, &mut env, m, mt, p(&f64::NAN), p(&1i64)).unwrap();
        }
        assert_eq!(len(m), 3);
        assert!(lookup(types, m, mt, p(&f64::NAN)).unwrap().is_none());
        set(types, &mut env, m, mt, p(&0.0f64), p(&1i64)).unwrap();
        set(types, &mut env, m, mt, p(&-0.0f64), p(&2i64)).unwrap();
        assert_eq!(len(m), 4);
        clear(types, m);
        assert_eq!(len(m), 0);
    }

    #[test]
    fn iteration_with_mutation() {
        let mut t = Table::default();
        let i = t.int();
        let s = t.string();
        let mt = t.map(s, i);
        let types = &t.types;
        let mut env = LeakEnv;
        let m = make(types, &mut env, mt, 0);
        let keys: Vec<String> = (0..20).map(|k| format!("k{k}")).collect();
        let gs = |s: &String| crate::native::GoString {
            ptr: s.as_ptr() as usize,
            len: s.len(),
        };
        for (n, k) in keys.iter().enumerate() {
            set(types, &mut env, m, mt, p(&gs(k)), p(&(n as i64))).unwrap();
        }
        let mut it = [0usize; 4];
        iter_init(m, &mut it);
        let mut seen = vec![];
        let extra: Vec<String> = (0..200).map(|k| format!("x{k}")).collect();
        while let Some((_k, v)) = iter_next(types, &mut it) {
            // SAFETY: the address comes from this live map (LeakEnv never frees) and holds an i64.
            let n = unsafe { rd::<i64>(v as *const u8) };
            seen.push(n);
            if n == 3 {
                // delete one not yet reached, then force several rebuilds
                delete(types, m, mt, p(&gs(&keys[10]))).unwrap();
                for (j, k) in extra.iter().enumerate() {
                    set(types, &mut env, m, mt, p(&gs(k)), p(&(1000 + j as i64))).unwrap();
                }
            }
        }
        let base: Vec<i64> = seen.iter().copied().filter(|&n| n < 1000).collect();
        let want: Vec<i64> = (0..20).filter(|&n| n != 10).collect();
        assert_eq!(base, want);
        let mut all = seen.clone();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), seen.len(), "no duplicates");
    }

    #[derive(Debug, Clone)]
    enum Op {
        Set(i64, i64),
        Del(i64),
        Get(i64),
        Clear,
        /// Iterate, deleting every key produced that is divisible by the
        /// argument and inserting a fresh key per step.
        IterMutate(i64),
    }

    fn op() -> impl proptest::strategy::Strategy<Value = Op> {
        use proptest::prelude::*;
        prop_oneof![
            8 => (0..64i64, any::<i64>()).prop_map(|(k, v)| Op::Set(k, v)),
            4 => (0..64i64).prop_map(Op::Del),
            4 => (0..64i64).prop_map(Op::Get),
            1 => Just(Op::Clear),
            1 => (1..4i64).prop_map(Op::IterMutate),
        ]
    }

    proptest::proptest! {
        #[test]
        fn behaves_like_a_hashmap(ops in proptest::collection::vec(op(), 1..300)) {
            let mut t = Table::default();
            let i = t.int();
            let mt = t.map(i, i);
            let types = &t.types;
            let mut env = LeakEnv;
            let m = make(types, &mut env, mt, 0);
            let mut model = std::collections::HashMap::new();
            let mut fresh = 1000i64;
            for o in ops {
                match o {
                    Op::Set(k, v) => {
                        set(types, &mut env, m, mt, p(&k), p(&v)).unwrap();
                        model.insert(k, v);
                    }
                    Op::Del(k) => {
                        delete(types, m, mt, p(&k)).unwrap();
                        model.remove(&k);
                    }
                    Op::Get(k) => {
                        // SAFETY: the address comes from this live map (LeakEnv never frees) and holds an i64.
                        let got = lookup(types, m, mt, p(&k)).unwrap().map(|a| unsafe { rd::<i64>(a as *const u8) });
                        proptest::prop_assert_eq!(got, model.get(&k).copied());
                    }
                    Op::Clear => {
                        clear(types, m);
                        model.clear();
                    }
                    Op::IterMutate(d) => {
                        let before: std::collections::HashSet<i64> = model.keys().copied().collect();
                        let mut deleted = std::collections::HashSet::new();
                        let mut produced = std::collections::HashSet::new();
                        let mut it = [0usize; 4];
                        iter_init(m, &mut it);
                        while let Some((ka, _)) = iter_next(types, &mut it) {
                            // SAFETY: the address comes from this live map (LeakEnv never frees) and holds an i64.
                            let k = unsafe { rd::<i64>(ka as *const u8) };
                            proptest::prop_assert!(produced.insert(k), "duplicate {}", k);
                            proptest::prop_assert!(!deleted.contains(&k), "deleted key produced");
                            if k % d == 0 {
                                // delete this one and the next two keys
                                for x in [k, k + 1, k + 2] {
                                    delete(types, m, mt, p(&x)).unwrap();
                                    if x != k { deleted.insert(x); }
                                    model.remove(&x);
                                }
                            }
                            fresh += 1;
                            deleted.remove(&fresh);
                            set(types, &mut env, m, mt, p(&fresh), p(&fresh)).unwrap();
                            model.insert(fresh, fresh);
                        }
                        // every key present throughout was produced
                        for k in before {
                            if !deleted.contains(&k) {
                                proptest::prop_assert!(produced.contains(&k), "missed {}", k);
                            }
                        }
                    }
                }
                proptest::prop_assert_eq!(len(m), model.len());
            }
        }
    }
}
