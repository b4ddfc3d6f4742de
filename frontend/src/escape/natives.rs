//! Summaries of Burrow's natives (functions declared without a body in
//! frontend/stdlib). gc assumes a bodyless function leaks every pointer
//! parameter to the heap; so do we, except for the natives listed here,
//! which neither retain their arguments nor hand them to other goroutines.
//! The entries follow what gc's tags say for the same API (for example
//! `fmt.Println`'s `a ...any` leaks only its contents).

use super::graph::Leaks;
use crate::syntax::ast::FuncDecl;
use crate::types::{Info, ObjId, Object, TypeTable};

enum Tag {
    /// Does not escape.
    No,
    /// Leaks what it points to (`leaking param content`).
    Content,
    /// Leaks to result 0 at level 0 (the result may alias it).
    Result0,
    /// Leaks to the heap.
    Heap,
}

/// Per-parameter tags by qualified name; `None` means "not listed".
fn table(pkg: &str, name: &str) -> Option<&'static [Tag]> {
    use Tag::*;
    Some(match (pkg, name) {
        ("fmt", "Sprint" | "Sprintln" | "Print" | "Println") => &[Content],
        ("fmt", "Sprintf" | "Printf") => &[No, Content],
        ("fmt", "errorf") => &[No, Content],
        ("strings", "Index" | "LastIndex" | "countNonEmpty") => &[No, No],
        ("strings", "IndexByte") => &[No, No],
        ("strings", "repeat") => &[No, No],
        ("strings", "bytesToString") => &[Result0],
        // newTemp stands for gc's reflectlite.Swapper, which leaks x.
        ("sort", "sliceLen") => &[No],
        ("sort", "newTemp") => &[Heap],
        ("sort", "swapElems") => &[No, No, No, No],
        ("errors", "unwrapKind" | "isComparable" | "asCheck") => &[No],
        ("errors", "asStore") => &[Heap, No],
        ("os", "argv" | "Exit" | "argc") => &[No],
        ("os", "write" | "writeString" | "writeFd") => &[No, No],
        ("os", "Getenv" | "LookupEnv" | "removeFile" | "errnoText") => &[No],
        ("os", "openFile") => &[No, No, No],
        ("strconv", "parseFloat") => &[No, No],
        ("strconv", "quoteWith") => &[No, No],
        ("strconv", "unquote") => &[Result0],
        ("strconv", "CanBackquote") => &[No],
        // sync/atomic: gc's //go:noescape integer operations. The Pointer
        // ones and atomic.Value's natives leak, as gc's do.
        ("atomic", n)
            if ["Int32", "Int64", "Uint32", "Uint64", "Uintptr"]
                .iter()
                .any(|t| n.ends_with(t) && !n.contains("Pointer")) =>
        {
            &[No, No, No]
        }
        // atomic.Value's helpers that only read an interface's words (its
        // type, or its data word as a compare-and-swap's expected value), so
        // Value.CompareAndSwap's old does not escape, as in gc.
        ("atomic", "sameType") => &[No, No],
        ("atomic", "casValueData") => &[Heap, No, Heap],
        _ => return None,
    })
}

pub(super) fn summary(
    _info: &Info,
    objects: &[Object],
    types: &TypeTable,
    o: ObjId,
    fd: &FuncDecl<'_>,
) -> Vec<Leaks> {
    let ob = &objects[o.0 as usize];
    let n = types
        .signature(ob.typ)
        .map(|s| s.params.len() + usize::from(fd.recv.is_some()))
        .unwrap_or(0);
    let pkg_name = fd_pkg(objects, ob);
    let tags = table(&pkg_name, &ob.name);
    (0..n)
        .map(|i| match tags.and_then(|t| t.get(i)) {
            Some(Tag::No) => Leaks::default(),
            Some(Tag::Content) => {
                let mut l = Leaks::default();
                l.add_heap(1);
                l
            }
            Some(Tag::Result0) => {
                let mut l = Leaks::default();
                l.add_result(0, 0);
                l
            }
            Some(Tag::Heap) | None => Leaks::all_heap(),
        })
        .collect()
}

/// The package path of a function object, as the last path element name
/// of its package's PkgName (best effort: objects know only their PkgId).
fn fd_pkg(objects: &[Object], ob: &Object) -> String {
    let Some(p) = ob.pkg else {
        return String::new();
    };
    for x in objects {
        if let crate::types::ObjKind::PkgName(id) = x.kind {
            if id == p {
                return x.name.clone();
            }
        }
    }
    String::new()
}
