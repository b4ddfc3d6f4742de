//! Burrow's frontend: Go source -> checked program -> bytecode module.
//! It knows nothing of the `gc` or `vm` crates.
pub mod bytecode;
pub mod codegen;
pub mod escape;
pub mod load;
pub mod stdlib;
pub mod syntax;
pub mod types;
pub mod unicode;

pub use bytecode::disasm::disasm;

/// A compiled program: the module the VM runs and the sources (for
/// tracebacks and diagnostics).
pub struct Compiled {
    pub module: bytecode::Module,
    pub sources: syntax::source::SourceMap,
    /// Per-function frame-slot names for the disassembler.
    pub debug: Vec<bytecode::disasm::FuncDebug>,
}

impl Compiled {
    /// The disassembly with named frame slots.
    pub fn disasm(&self) -> String {
        bytecode::disasm::disasm_with(&self.module, &self.debug)
    }
}

/// What `go run` says of files that are not `package main` (it prints no
/// package header before it).
pub const NOT_MAIN_PACKAGE: &str = "package command-line-arguments is not a main package";

/// What `burrow build` produces: the escape analysis's `-m` lines for the
/// main package and the compiled program (or the code generator's errors,
/// which come after the reports, as gc reports escape decisions before it
/// generates code).
pub struct Build {
    /// In the order gc emits them at `-m=2`; `report_lines` filters and
    /// formats them.
    pub reports: Vec<escape::Report>,
    pub compiled: Result<Compiled, (syntax::source::SourceMap, Vec<syntax::source::Error>)>,
}

/// Compiles the main package (files as (display name as Go prints it, e.g.
/// "./main.go", source)) and the standard packages it uses. Errors are
/// returned unformatted with the sources to format them against.
pub fn compile(
    main_files: Vec<(String, String)>,
) -> Result<Compiled, (syntax::source::SourceMap, Vec<syntax::source::Error>)> {
    build(main_files)?.compiled
}

/// Loads, checks and analyses the main package and the standard packages it
/// uses, then generates code. Load and type errors are the outer `Err`
/// (nothing was analysed); code generation's errors are in `Build::compiled`.
pub fn build(
    main_files: Vec<(String, String)>,
) -> Result<Build, (syntax::source::SourceMap, Vec<syntax::source::Error>)> {
    let arena = bumpalo::Bump::new();
    let prog = load::load_program_with_sources(&arena, main_files, &["runtime"])?;
    if prog.packages.last().is_some_and(|p| p.name != "main") {
        let load::Program { sources, .. } = prog;
        let msg = NOT_MAIN_PACKAGE.to_string();
        return Err((
            sources,
            vec![syntax::source::Error::new(syntax::source::Pos::NONE, msg)],
        ));
    }
    let files: Vec<&syntax::ast::File<'_>> = prog
        .packages
        .iter()
        .flat_map(|p| p.files.iter().copied())
        .collect();
    let mut esc = escape::analyze_with_sources(
        &prog.info,
        &prog.objects,
        &prog.types,
        &files,
        Some(&prog.sources),
    );
    let reports = std::mem::take(&mut esc.reports);
    let input = codegen::Input {
        sources: &prog.sources,
        packages: prog
            .packages
            .iter()
            .map(|p| codegen::PkgInput {
                id: p.id,
                path: p.path.clone(),
                files: p.files.clone(),
            })
            .collect(),
        types: &prog.types,
        objects: &prog.objects,
        info: &prog.info,
    };
    let result = codegen::generate(&input, esc);
    drop(input);
    let load::Program { sources, .. } = prog;
    let compiled = match result {
        Ok((module, debug)) => Ok(Compiled {
            module,
            sources,
            debug,
        }),
        Err(errs) => Err((sources, errs)),
    };
    Ok(Build { reports, compiled })
}

/// The `-m` lines `go build -gcflags=-m=LEVEL` prints for `reports`:
/// `file:line:col: text`, in emission order (gc flushes each line as it is
/// reported, so they are not sorted), lines of a higher level left out.
pub fn report_lines(
    sources: &syntax::source::SourceMap,
    reports: &[escape::Report],
    level: u32,
) -> Vec<String> {
    reports
        .iter()
        .filter(|r| u32::from(r.level) <= level)
        .map(|r| {
            if r.pos.is_valid() {
                format!("{}: {}", sources.position(r.pos), r.text)
            } else {
                r.text.clone()
            }
        })
        .collect()
}
