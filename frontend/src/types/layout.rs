//! gc's amd64 layouts (`types2.gcSizes`): what `unsafe.Sizeof`,
//! `unsafe.Alignof` and `unsafe.Offsetof` report, and what the VM lays out.

use super::*;

const WORD: u64 = 8;

fn align_up(x: u64, a: u64) -> u64 {
    x.div_ceil(a) * a
}

impl TypeTable {
    pub fn size_of(&self, t: TypeId) -> u64 {
        self.size_rec(t, 0)
    }

    fn size_rec(&self, t: TypeId, depth: u32) -> u64 {
        if depth > 100 {
            return 0;
        }
        use BasicKind::*;
        match self.under_kind(t) {
            TypeKind::Basic(b) => match b {
                Bool | Int8 | Uint8 => 1,
                Int16 | Uint16 => 2,
                Int32 | Uint32 | Float32 | UntypedRune => 4,
                Int | Int64 | Uint | Uint64 | Uintptr | Float64 | UnsafePointer | UntypedInt
                | UntypedFloat | UntypedNil => 8,
                Complex64 => 8,
                Complex128 | UntypedComplex => 16,
                String | UntypedString => 16,
                UntypedBool => 1,
                Invalid => 8,
            },
            TypeKind::Pointer(_)
            | TypeKind::Map { .. }
            | TypeKind::Chan { .. }
            | TypeKind::Signature(_) => WORD,
            TypeKind::Slice(_) => 3 * WORD,
            TypeKind::Interface { .. } => 2 * WORD,
            TypeKind::Array { len, elem } => {
                let es = self.size_rec(*elem, depth + 1);
                es.saturating_mul(*len)
            }
            TypeKind::Struct(fields) => {
                if fields.is_empty() {
                    return 0;
                }
                let offs = self.offsets_rec(fields, depth);
                let last = fields.len() - 1;
                let off = offs[last];
                let mut size = self.size_rec(fields[last].typ, depth + 1);
                // gc: the last field of a non-zero-sized struct may not have
                // size 0 (a pointer to it would point past the object).
                if off > 0 && size == 0 {
                    size = 1;
                }
                align_up(off + size, self.align_rec(t, depth))
            }
            TypeKind::Tuple(ts) => {
                let mut off = 0;
                for &e in ts {
                    off = align_up(off, self.align_rec(e, depth + 1)) + self.size_rec(e, depth + 1);
                }
                off
            }
            TypeKind::Named(_) | TypeKind::TypeParam { .. } => WORD,
        }
    }

    pub fn align_of(&self, t: TypeId) -> u64 {
        self.align_rec(t, 0)
    }

    fn align_rec(&self, t: TypeId, depth: u32) -> u64 {
        if depth > 100 {
            return 1;
        }
        match self.under_kind(t) {
            TypeKind::Array { elem, .. } => self.align_rec(*elem, depth + 1),
            TypeKind::Struct(fields) => fields
                .iter()
                .map(|f| self.align_rec(f.typ, depth + 1))
                .max()
                .unwrap_or(1)
                .max(1),
            TypeKind::Slice(_) | TypeKind::Interface { .. } => WORD,
            TypeKind::Basic(BasicKind::String | BasicKind::UntypedString) => WORD,
            TypeKind::Basic(BasicKind::Complex64) => 4,
            TypeKind::Basic(BasicKind::Complex128 | BasicKind::UntypedComplex) => 8,
            TypeKind::Tuple(ts) => ts
                .iter()
                .map(|&e| self.align_rec(e, depth + 1))
                .max()
                .unwrap_or(1)
                .max(1),
            _ => self.size_rec(t, depth + 1).clamp(1, WORD),
        }
    }

    /// Byte offsets of the fields of struct type `t` (empty if not a struct).
    pub fn field_offsets(&self, t: TypeId) -> Vec<u64> {
        match self.under_kind(t) {
            TypeKind::Struct(fields) => self.offsets_rec(fields, 0),
            _ => Vec::new(),
        }
    }

    fn offsets_rec(&self, fields: &[StructField], depth: u32) -> Vec<u64> {
        let mut out = Vec::with_capacity(fields.len());
        let mut off = 0u64;
        for f in fields {
            let a = self.align_rec(f.typ, depth + 1);
            off = align_up(off, a);
            out.push(off);
            off += self.size_rec(f.typ, depth + 1);
        }
        out
    }
}
