//! Runtime type descriptors (`RtType`) and method sets.

use super::func::{WrapKey, WrapKind};
use super::*;

/// Word indices (8-byte words) of `t`'s values that hold pointers.
pub fn ptr_words(tt: &TypeTable, t: TypeId) -> Vec<u32> {
    let mut out = Vec::new();
    ptr_words_rec(tt, t, 0, &mut out, 0);
    out
}

fn ptr_words_rec(tt: &TypeTable, t: TypeId, base: u64, out: &mut Vec<u32>, depth: u32) {
    if depth > 64 {
        return;
    }
    let w = (base / 8) as u32;
    match tt.under_kind(t) {
        TypeKind::Basic(
            BasicKind::String | BasicKind::UntypedString | BasicKind::UnsafePointer,
        ) => out.push(w),
        TypeKind::Basic(_) => {}
        TypeKind::Pointer(_)
        | TypeKind::Map { .. }
        | TypeKind::Chan { .. }
        | TypeKind::Signature(_)
        | TypeKind::Slice(_) => out.push(w),
        TypeKind::Interface { .. } => out.push(w + 1),
        TypeKind::Array { len, elem } => {
            let es = tt.size_of(*elem);
            let inner = ptr_words(tt, *elem);
            if inner.is_empty() || es == 0 {
                return;
            }
            for i in 0..*len {
                for &iw in &inner {
                    out.push(((base + i * es) / 8) as u32 + iw);
                }
            }
        }
        TypeKind::Struct(fields) => {
            let offs = tt.field_offsets(t);
            for (f, off) in fields.iter().zip(offs) {
                ptr_words_rec(tt, f.typ, base + off, out, depth + 1);
            }
        }
        TypeKind::Tuple(ts) => {
            let mut off = 0u64;
            for &e in ts {
                let a = tt.align_of(e);
                off = off.div_ceil(a.max(1)) * a.max(1);
                ptr_words_rec(tt, e, base + off, out, depth + 1);
                off += tt.size_of(e);
            }
        }
        _ => {}
    }
}

/// Go's "direct interface" shape: stored in the interface data word itself.
pub fn pointer_shaped(tt: &TypeTable, t: TypeId) -> bool {
    match tt.under_kind(t) {
        TypeKind::Pointer(_)
        | TypeKind::Map { .. }
        | TypeKind::Chan { .. }
        | TypeKind::Signature(_) => true,
        TypeKind::Basic(BasicKind::UnsafePointer) => true,
        TypeKind::Array { len: 1, elem } => pointer_shaped(tt, *elem),
        TypeKind::Struct(fs) => fs.len() == 1 && pointer_shaped(tt, fs[0].typ),
        _ => false,
    }
}

/// One method of a type's method set.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MethodEntry {
    pub name: String,
    /// The declared method (`Func` object), or `None` for a method promoted
    /// from an embedded interface (then `iface` is that interface type).
    pub func: Option<ObjId>,
    pub iface: Option<TypeId>,
    /// Field indices from the receiver's base type to the embedded value.
    pub path: Vec<usize>,
    pub recv_ptr: bool,
    pub indirect: bool,
}

/// The method set of `t` (sorted by name), as Go defines it.
pub fn method_set(tt: &TypeTable, objects: &[Object], t: TypeId) -> Vec<MethodEntry> {
    let (is_ptr, base) = match tt.kind(t) {
        TypeKind::Pointer(b) => (true, *b),
        _ => (false, t),
    };
    if is_ptr && (tt.is_interface(base) || tt.is_pointer(base)) {
        return Vec::new();
    }
    if !is_ptr && tt.is_interface(t) {
        return Vec::new();
    }
    let mut found: HashMap<String, Option<MethodEntry>> = HashMap::new();
    let mut current: Vec<(TypeId, Vec<usize>, bool)> = vec![(base, vec![], is_ptr)];
    let mut seen = std::collections::HashSet::new();
    let mut depth = 0;
    while !current.is_empty() && depth < 16 {
        let mut level: HashMap<String, Vec<MethodEntry>> = HashMap::new();
        let mut blocked: Vec<String> = Vec::new();
        let mut next = Vec::new();
        for (typ, path, ind) in current {
            if let Some(n) = tt.named_info(typ) {
                if !seen.insert(typ) {
                    continue;
                }
                for &m in &n.methods {
                    let o = &objects[m.0 as usize];
                    let recv_ptr = match &o.kind {
                        ObjKind::Func { recv: Some(r), .. } => tt.is_pointer(*r),
                        _ => false,
                    };
                    level.entry(o.name.clone()).or_default().push(MethodEntry {
                        name: o.name.clone(),
                        func: Some(m),
                        iface: None,
                        path: path.clone(),
                        recv_ptr,
                        indirect: ind,
                    });
                }
            }
            match tt.under_kind(typ) {
                TypeKind::Struct(fields) => {
                    for (i, f) in fields.iter().enumerate() {
                        blocked.push(f.name.clone());
                        if f.embedded {
                            let (fp, fb) = match tt.kind(f.typ) {
                                TypeKind::Pointer(b) => (true, *b),
                                _ => (false, f.typ),
                            };
                            let mut p = path.clone();
                            p.push(i);
                            next.push((fb, p, ind || fp));
                        }
                    }
                }
                TypeKind::Interface { methods, .. } if depth > 0 => {
                    for im in methods {
                        level.entry(im.name.clone()).or_default().push(MethodEntry {
                            name: im.name.clone(),
                            func: None,
                            iface: Some(typ),
                            path: path.clone(),
                            recv_ptr: false,
                            indirect: ind,
                        });
                    }
                }
                _ => {}
            }
        }
        for (name, mut es) in level {
            if found.contains_key(&name) {
                continue;
            }
            if es.len() == 1 {
                found.insert(name, es.pop());
            } else {
                found.insert(name, None);
            }
        }
        for b in blocked {
            found.entry(b).or_insert(None);
        }
        current = next;
        depth += 1;
    }
    let mut out: Vec<MethodEntry> = found
        .into_values()
        .flatten()
        .filter(|e| is_ptr || !e.recv_ptr || e.indirect || e.func.is_none())
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

impl<'a> Gen<'a> {
    pub fn type_string(&self, t: TypeId) -> String {
        let inp = self.inp;
        let pn = |p: PkgId| -> String {
            let path = inp
                .packages
                .iter()
                .find(|x| x.id == p)
                .map(|x| x.path.as_str())
                .unwrap_or("main");
            path.rsplit('/').next().unwrap_or(path).to_string()
        };
        let on = |o: ObjId| -> (String, Option<PkgId>) {
            let ob = &inp.objects[o.0 as usize];
            (ob.name.clone(), ob.pkg)
        };
        self.tt().type_string(t, Qualifier::Reflect, &pn, &on)
    }

    /// The runtime type descriptor of `t` (created on first use).
    pub fn rt(&mut self, t: TypeId) -> RtTypeId {
        if let Some(&id) = self.rt_of.get(&t) {
            return id;
        }
        let tt = self.tt();
        let t = if tt.is_untyped(t) {
            tt.default_type(t)
        } else {
            t
        };
        if let Some(&id) = self.rt_of.get(&t) {
            return id;
        }
        let s = self.type_string(t);
        if !tt.is_named(t) {
            if let Some(list) = self.rt_unnamed.get(&s) {
                for &(u, id) in list {
                    if tt.identical(u, t) {
                        self.rt_of.insert(t, id);
                        return id;
                    }
                }
            }
        }
        let id = RtTypeId(self.rt.len() as u32);
        let size = tt.size_of(t);
        let mut ptrs = PtrMap::new(size.div_ceil(8) as u32);
        for w in ptr_words(tt, t) {
            if w < ptrs.nwords {
                ptrs.set(w);
            }
        }
        let (name, pkg_path) = match tt.named_info(t) {
            Some(n) => {
                let o = self.obj(n.obj);
                (
                    o.name.clone(),
                    o.pkg.map(|p| self.pkg_path(p)).unwrap_or_default(),
                )
            }
            None => (String::new(), String::new()),
        };
        let kind = rt_kind(tt, t);
        self.rt.push(RtType {
            kind,
            size,
            align: tt.align_of(t),
            string: s.clone(),
            name,
            pkg_path,
            elem: None,
            key: None,
            len: 0,
            fields: Vec::new(),
            methods: Vec::new(),
            iface_methods: Vec::new(),
            params: Vec::new(),
            results: Vec::new(),
            variadic: false,
            ptrs,
            comparable: tt.comparable(t),
            pointer_shaped: pointer_shaped(tt, t),
        });
        self.rt_src.push(Some(t));
        self.rt_of.insert(t, id);
        if !tt.is_named(t) {
            self.rt_unnamed.entry(s).or_default().push((t, id));
        }
        // Components (after registering, so recursive types terminate).
        match tt.under_kind(t).clone() {
            TypeKind::Pointer(e) | TypeKind::Slice(e) | TypeKind::Chan { elem: e, .. } => {
                let e = self.rt(e);
                self.rt[id.0 as usize].elem = Some(e);
            }
            TypeKind::Array { len, elem } => {
                let e = self.rt(elem);
                let r = &mut self.rt[id.0 as usize];
                r.elem = Some(e);
                r.len = len;
            }
            TypeKind::Map { key, value } => {
                let k = self.rt(key);
                let v = self.rt(value);
                let r = &mut self.rt[id.0 as usize];
                r.key = Some(k);
                r.elem = Some(v);
            }
            TypeKind::Struct(fields) => {
                let offs = tt.field_offsets(t);
                let mut fs = Vec::new();
                for (f, off) in fields.iter().zip(offs) {
                    let ft = self.rt(f.typ);
                    fs.push(RtField {
                        name: f.name.clone(),
                        typ: ft,
                        offset: off,
                        embedded: f.embedded,
                        exported: f
                            .name
                            .chars()
                            .next()
                            .map(|c| c.is_uppercase())
                            .unwrap_or(false),
                    });
                }
                self.rt[id.0 as usize].fields = fs;
            }
            TypeKind::Signature(sig) => {
                let ps: Vec<RtTypeId> = sig.params.iter().map(|&p| self.rt(p)).collect();
                let rs: Vec<RtTypeId> = sig.results.iter().map(|&p| self.rt(p)).collect();
                let r = &mut self.rt[id.0 as usize];
                r.params = ps;
                r.results = rs;
                r.variadic = sig.variadic;
            }
            TypeKind::Interface { methods, .. } => {
                let mut ms: Vec<(String, TypeId)> =
                    methods.iter().map(|m| (m.name.clone(), m.sig)).collect();
                ms.sort();
                let mut names = Vec::new();
                for (n, sig) in &ms {
                    let k = self.method_key(n, *sig);
                    names.push(self.method_names[k as usize].clone());
                }
                self.rt[id.0 as usize].iface_methods = names;
            }
            _ => {}
        }
        id
    }

    /// A synthesized struct type (closure objects): fields of the given
    /// types at the given offsets; memoised by `key`.
    pub fn rt_synth_struct(
        &mut self,
        key: String,
        size: u64,
        fields: &[(u64, TypeId)],
    ) -> RtTypeId {
        if let Some(&id) = self.rt_synth.get(&key) {
            return id;
        }
        let tt = self.tt();
        let mut ptrs = PtrMap::new(size.div_ceil(8) as u32);
        let mut fs = Vec::new();
        for (i, &(off, t)) in fields.iter().enumerate() {
            for w in ptr_words(tt, t) {
                ptrs.set((off / 8) as u32 + w);
            }
            let ft = self.rt(t);
            fs.push(RtField {
                name: format!("F{i}"),
                typ: ft,
                offset: off,
                embedded: false,
                exported: true,
            });
        }
        let id = RtTypeId(self.rt.len() as u32);
        self.rt.push(RtType {
            kind: RtKind::Struct,
            size,
            align: 8,
            string: key.clone(),
            name: String::new(),
            pkg_path: String::new(),
            elem: None,
            key: None,
            len: 0,
            fields: fs,
            methods: Vec::new(),
            iface_methods: Vec::new(),
            params: Vec::new(),
            results: Vec::new(),
            variadic: false,
            ptrs,
            comparable: false,
            pointer_shaped: false,
        });
        self.rt_src.push(None);
        self.rt_synth.insert(key, id);
        id
    }

    /// Fills the method tables of types created since the last call.
    /// Returns whether any new work (jobs) was created.
    pub fn fill_method_tables(&mut self) -> CgResult<bool> {
        let mut any = false;
        while self.rt_methods_done < self.rt.len() {
            let i = self.rt_methods_done;
            self.rt_methods_done += 1;
            let Some(t) = self.rt_src[i] else { continue };
            let tt = self.tt();
            let base_named = match tt.kind(t) {
                TypeKind::Pointer(b) => {
                    tt.is_named(*b) || matches!(tt.under_kind(*b), TypeKind::Struct(_))
                }
                _ => tt.is_named(t) || matches!(tt.under_kind(t), TypeKind::Struct(_)),
            };
            if !base_named {
                continue;
            }
            let ms = method_set(tt, self.inp.objects, t);
            let mut out = Vec::new();
            for m in ms {
                let msig = match (m.func, m.iface) {
                    (Some(f), _) => self.obj(f).typ,
                    (None, Some(it)) => tt
                        .interface_methods(it)
                        .and_then(|v| v.iter().find(|x| x.name == m.name))
                        .map(|x| x.sig)
                        .unwrap_or(well_known::INVALID),
                    _ => well_known::INVALID,
                };
                let name_id = self.method_key(&m.name, msig);
                let direct = m.func.is_some()
                    && m.path.is_empty()
                    && ((tt.is_pointer(t) && m.recv_ptr)
                        || (!tt.is_pointer(t) && !m.recv_ptr && pointer_shaped(tt, t)));
                let func = if direct {
                    match m.func.and_then(|f| self.func_of_obj.get(&f).copied()) {
                        Some(f) => f,
                        None => continue,
                    }
                } else {
                    if m.func
                        .map(|f| !self.func_of_obj.contains_key(&f))
                        .unwrap_or(false)
                    {
                        continue;
                    }
                    any = true;
                    self.wrapper(WrapKind::IfaceMethod {
                        recv: t,
                        entry: m.clone(),
                    })
                };
                out.push(RtMethod {
                    name: m.name.clone(),
                    name_id,
                    func,
                });
            }
            self.rt[i].methods = out;
        }
        Ok(any || !self.jobs.is_empty())
    }

    /// The function id of a (memoised) wrapper.
    pub fn wrapper(&mut self, kind: WrapKind) -> FuncId {
        let key: WrapKey = kind.key();
        if let Some(&f) = self.wrappers.get(&key) {
            return f;
        }
        let name = self.wrapper_name(&kind);
        let fid = self.new_func(name);
        self.wrappers.insert(key, fid);
        self.jobs.push(Job::Wrapper { fid, kind });
        fid
    }

    fn wrapper_name(&self, kind: &WrapKind) -> String {
        match kind {
            WrapKind::IfaceMethod { recv, entry } => {
                let tt = self.tt();
                let base = tt.deref(*recv).unwrap_or(*recv);
                let pkg = tt
                    .named_info(base)
                    .and_then(|n| self.obj(n.obj).pkg)
                    .map(|p| self.pkg_path(p))
                    .unwrap_or_else(|| "main".into());
                if tt.is_named(base) {
                    self.method_name(&pkg, *recv, &entry.name)
                } else {
                    format!("{}.{}", self.type_string(*recv), entry.name)
                }
            }
            WrapKind::MethodValue { name, .. } => format!("{name}-fm"),
            WrapKind::IfaceMethodExpr { name, .. } => name.clone(),
            WrapKind::BuiltinThunk { name, .. } => name.clone(),
            WrapKind::Thunk { name, .. } => name.clone(),
        }
    }
}

pub fn rt_kind(tt: &TypeTable, t: TypeId) -> RtKind {
    use BasicKind as B;
    match tt.under_kind(t) {
        TypeKind::Basic(b) => match b {
            B::Bool | B::UntypedBool => RtKind::Bool,
            B::Int | B::UntypedInt => RtKind::Int,
            B::Int8 => RtKind::Int8,
            B::Int16 => RtKind::Int16,
            B::Int32 | B::UntypedRune => RtKind::Int32,
            B::Int64 => RtKind::Int64,
            B::Uint => RtKind::Uint,
            B::Uint8 => RtKind::Uint8,
            B::Uint16 => RtKind::Uint16,
            B::Uint32 => RtKind::Uint32,
            B::Uint64 => RtKind::Uint64,
            B::Uintptr => RtKind::Uintptr,
            B::Float32 => RtKind::Float32,
            B::Float64 | B::UntypedFloat => RtKind::Float64,
            B::Complex64 => RtKind::Complex64,
            B::Complex128 | B::UntypedComplex => RtKind::Complex128,
            B::String | B::UntypedString => RtKind::String,
            B::UnsafePointer => RtKind::UnsafePointer,
            B::UntypedNil | B::Invalid => RtKind::UnsafePointer,
        },
        TypeKind::Pointer(_) => RtKind::Pointer,
        TypeKind::Array { .. } => RtKind::Array,
        TypeKind::Slice(_) => RtKind::Slice,
        TypeKind::Map { .. } => RtKind::Map,
        TypeKind::Chan { .. } => RtKind::Chan,
        TypeKind::Struct(_) | TypeKind::Tuple(_) => RtKind::Struct,
        TypeKind::Signature(_) => RtKind::Func,
        TypeKind::Interface { .. } => RtKind::Interface,
        TypeKind::Named(_) | TypeKind::TypeParam { .. } => RtKind::UnsafePointer,
    }
}
