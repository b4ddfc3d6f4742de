//! The program loader: parses the main package and the standard packages
//! it imports (recursively, from `crate::stdlib`), orders them so that
//! imports come before importers, and type-checks them all with one
//! `types::Checker`, producing a `Program`.

use crate::stdlib;
use crate::syntax::ast;
use crate::syntax::source::{Error, Pos, SourceMap};
use crate::syntax::{parse_file, NodeIdGen};
use crate::types::check::OTHER_POS_MARK;
use crate::types::{Checker, Info, ObjId, Object, PkgId, Qualifier, TypeId, TypeTable};
use std::collections::HashMap;

pub struct Package<'a> {
    pub id: PkgId,
    pub path: String,
    pub name: String,
    pub files: Vec<&'a ast::File<'a>>,
}

pub struct Program<'a> {
    pub sources: SourceMap,
    /// Dependency order (imports before importers), main last;
    /// `PkgId(i)` is `packages[i]`.
    pub packages: Vec<Package<'a>>,
    pub types: TypeTable,
    /// `ObjId(i)` is `objects[i]`.
    pub objects: Vec<Object>,
    pub info: Info<'a>,
    /// Number of `NodeId`s handed out (the length of `info`'s tables).
    pub node_count: u32,
}

impl Program<'_> {
    pub fn object(&self, o: ObjId) -> &Object {
        &self.objects[o.0 as usize]
    }

    /// A type as Go's `%T` prints it (`main.Point`, `[]int`, `interface {}`).
    pub fn type_string(&self, t: TypeId) -> String {
        self.type_string_q(t, Qualifier::Reflect)
    }

    /// The field or method `name` of type `t` as seen from package `pkg`
    /// (see `types::lookup::lookup`).
    pub fn lookup(
        &self,
        t: TypeId,
        pkg: Option<PkgId>,
        name: &str,
    ) -> Option<crate::types::lookup::Found> {
        crate::types::lookup::lookup(&self.types, &self.objects, t, pkg, name)
    }

    pub fn type_string_q(&self, t: TypeId, q: Qualifier) -> String {
        let pn = |p: PkgId| {
            self.packages
                .get(p.0 as usize)
                .map(|d| d.name.clone())
                .unwrap_or_default()
        };
        let on = |o: ObjId| {
            let ob = &self.objects[o.0 as usize];
            (ob.name.clone(), ob.pkg)
        };
        self.types.type_string(t, q, &pn, &on)
    }
}

/// How gc prints a position: `./main.go:3:14`.
fn fmt_pos(sources: &SourceMap, p: Pos) -> String {
    sources.position(p).to_string()
}

/// Parses the main package's files (display name as Go prints it, e.g.
/// "./main.go", and source), loads the imported standard packages (plus
/// `implicit`, e.g. `["runtime"]`, loaded even if not imported), and
/// checks everything. Errors are gc's (sorted, at most 10 followed by a
/// `too many errors` entry at the position of the 10th, as gc prints).
pub fn load_program<'a>(
    arena: &'a bumpalo::Bump,
    main_files: Vec<(String, String)>,
    implicit: &[&str],
) -> Result<Program<'a>, Vec<Error>> {
    load_program_with_sources(arena, main_files, implicit).map_err(|(_, e)| e)
}

/// Like `load_program`, but on failure also returns the source map the
/// error positions refer to (they may lie in standard library files).
pub fn load_program_with_sources<'a>(
    arena: &'a bumpalo::Bump,
    main_files: Vec<(String, String)>,
    implicit: &[&str],
) -> Result<Program<'a>, (SourceMap, Vec<Error>)> {
    let mut sources = SourceMap::new();
    let mut ids = NodeIdGen::default();
    let mut syntax_errors: Vec<Error> = Vec::new();

    // Parse main.
    let mut main_parsed: Vec<&'a ast::File<'a>> = Vec::new();
    for (name, src) in main_files {
        let idx = sources.add(&name, "main", src);
        let (f, errs) = parse_file(arena, &sources, idx, &mut ids);
        syntax_errors.extend(errs);
        main_parsed.push(f);
    }
    if !syntax_errors.is_empty() {
        let e = finish_errors(&sources, syntax_errors, &[]);
        return Err((sources, e));
    }

    // Load standard packages recursively (depth-first post-order gives
    // dependency order).
    let mut parsed: HashMap<String, Vec<&'a ast::File<'a>>> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut import_errors: Vec<Error> = Vec::new();
    let mut visiting: Vec<String> = Vec::new();

    #[allow(clippy::too_many_arguments)]
    fn visit<'a>(
        path: &str,
        arena: &'a bumpalo::Bump,
        sources: &mut SourceMap,
        ids: &mut NodeIdGen,
        parsed: &mut HashMap<String, Vec<&'a ast::File<'a>>>,
        order: &mut Vec<String>,
        visiting: &mut Vec<String>,
        errs: &mut Vec<Error>,
    ) -> bool {
        if path == "unsafe" || parsed.contains_key(path) {
            return true;
        }
        if visiting.iter().any(|p| p == path) {
            return true; // import cycle in library sources: ignore
        }
        let Some(files) = stdlib::package_files(path) else {
            return false;
        };
        visiting.push(path.to_string());
        let mut fs = Vec::new();
        for (name, src) in files.iter() {
            let disp = format!("$GOROOT/src/{}/{}", path, name);
            let idx = sources.add(&disp, path, src.to_string());
            let (f, e) = parse_file(arena, sources, idx, ids);
            errs.extend(e);
            fs.push(f);
        }
        for f in &fs {
            for imp in f.imports.iter() {
                if !visit(
                    imp.path_value,
                    arena,
                    sources,
                    ids,
                    parsed,
                    order,
                    visiting,
                    errs,
                ) {
                    errs.push(Error::new(
                        imp.path.pos,
                        format!("package {} is not in std", imp.path_value),
                    ));
                }
            }
        }
        visiting.pop();
        parsed.insert(path.to_string(), fs);
        order.push(path.to_string());
        true
    }

    let mut lib_errors = Vec::new();
    for f in &main_parsed {
        for imp in f.imports.iter() {
            if !visit(
                imp.path_value,
                arena,
                &mut sources,
                &mut ids,
                &mut parsed,
                &mut order,
                &mut visiting,
                &mut lib_errors,
            ) {
                import_errors.push(Error::new(
                    imp.path.pos,
                    format!("package {} is not in std", imp.path_value),
                ));
            }
        }
    }
    for p in implicit {
        visit(
            p,
            arena,
            &mut sources,
            &mut ids,
            &mut parsed,
            &mut order,
            &mut visiting,
            &mut lib_errors,
        );
    }
    if !import_errors.is_empty() {
        let e = finish_errors(&sources, import_errors, &[]);
        return Err((sources, e));
    }
    if !lib_errors.is_empty() {
        let e = finish_errors(&sources, lib_errors, &[]);
        return Err((sources, e));
    }

    // Check.
    let mut c = Checker::new();
    c.arena = Some(arena);
    c.ids.next = ids.next;
    let n = ids.next as usize;
    c.info.types.resize(n, None);
    c.info.defs.resize(n, None);
    c.info.uses.resize(n, None);
    let mut packages = Vec::new();
    let uses_unsafe = main_parsed
        .iter()
        .chain(parsed.values().flatten())
        .any(|f| f.imports.iter().any(|i| i.path_value == "unsafe"));
    if uses_unsafe {
        let id = c.add_unsafe_package();
        packages.push(Package {
            id,
            path: "unsafe".into(),
            name: "unsafe".into(),
            files: vec![],
        });
    }
    for path in &order {
        let files = parsed[path].clone();
        let id = c.check_package(path, &files, false);
        let name = files
            .first()
            .map(|f| f.name.name.to_string())
            .unwrap_or_else(|| path.clone());
        packages.push(Package {
            id,
            path: path.clone(),
            name,
            files,
        });
    }
    let lib_err_count = c.errors.len();
    let id = c.check_package("main", &main_parsed, false);
    packages.push(Package {
        id,
        path: "main".into(),
        name: main_parsed
            .first()
            .map(|f| f.name.name.to_string())
            .unwrap_or_else(|| "main".into()),
        files: main_parsed,
    });
    let _ = lib_err_count;

    if !c.errors.is_empty() {
        let errors = std::mem::take(&mut c.errors);
        let other = std::mem::take(&mut c.other_pos);
        let e = finish_errors(&sources, errors, &other);
        return Err((sources, e));
    }
    // The files later phases (escape analysis, codegen) compile: instances
    // of generic declarations join the file of their original, which is
    // dropped; range-over-func loops, checked as the blocks they were
    // rewritten into, are replaced by those blocks. Later phases see only
    // plain functions.
    let mut by_file: HashMap<u32, Vec<ast::Decl<'a>>> = HashMap::new();
    for &(scope, d) in &c.instances {
        if let Some(&fi) = c.file_of_scope.get(&scope) {
            by_file.entry(fi).or_default().push(ast::Decl::Func(d));
        }
    }
    let range_files: std::collections::HashSet<u32> = c
        .info
        .range_funcs
        .values()
        .filter_map(|b| sources.file_index_of(b.pos))
        .collect();
    let generic = |d: &ast::Decl<'_>| matches!(d, ast::Decl::Func(fd) if fd.is_generic());
    for p in packages.iter_mut() {
        for f in p.files.iter_mut() {
            let extra = by_file.remove(&f.file_index);
            let rewrite = range_files.contains(&f.file_index);
            if extra.is_none() && !rewrite && !f.decls.iter().any(generic) {
                continue;
            }
            let mut decls: Vec<ast::Decl<'a>> =
                f.decls.iter().filter(|d| !generic(d)).copied().collect();
            decls.extend(extra.unwrap_or_default());
            if rewrite {
                for d in decls.iter_mut() {
                    *d = crate::syntax::clone::substitute(arena, *d, &c.info.range_funcs);
                }
            }
            *f = arena.alloc(ast::File {
                file_index: f.file_index,
                package_pos: f.package_pos,
                name: f.name,
                imports: f.imports,
                decls: arena.alloc_slice_copy(&decls),
            });
        }
    }
    let node_count = c.ids.next;
    let n = node_count as usize;
    c.info.types.resize(n, None);
    c.info.defs.resize(n, None);
    c.info.uses.resize(n, None);
    Ok(Program {
        sources,
        packages,
        types: c.tt,
        objects: c.objs,
        info: c.info,
        node_count,
    })
}

/// Keeps the first 10 reported errors, fills in secondary positions,
/// sorts by position, drops duplicates, and appends gc's
/// `too many errors` line when the tenth error was reached.
fn finish_errors(
    sources: &SourceMap,
    mut errors: Vec<Error>,
    other: &[(usize, Pos)],
) -> Vec<Error> {
    for &(i, p) in other {
        if let Some(e) = errors.get_mut(i) {
            e.msg = e.msg.replacen(OTHER_POS_MARK, &fmt_pos(sources, p), 1);
        }
    }
    // gc drops a non-syntax error equal to the previous one on the same
    // line (before counting toward the limit of 10).
    let mut kept: Vec<Error> = Vec::with_capacity(errors.len());
    let mut last: Option<(u32, String, String)> = None;
    for e in errors {
        if !e.msg.starts_with("syntax error") {
            let p = sources.position(e.pos);
            let key = (p.line, p.file.clone(), e.msg.clone());
            if last.as_ref() == Some(&key) {
                continue;
            }
            last = Some(key);
        }
        kept.push(e);
    }
    let mut errors = kept;
    // Errors without a position (rare) sort first, as gc's do.
    let too_many = errors.len() >= 10;
    errors.truncate(10);
    let tenth_pos = errors.last().map(|e| e.pos).unwrap_or(Pos::NONE);
    errors.sort_by_key(|e| {
        let p = sources.position(e.pos);
        (p.file.clone(), p.line, p.col)
    });
    errors.dedup_by(|a, b| a.pos == b.pos && a.msg == b.msg);
    if too_many {
        errors.push(Error::new(tenth_pos, "too many errors"));
    }
    errors
}
