//! The register bytecode. (CONTRACT STUB: the core helper defines the
//! instruction table here.)
pub mod module;
pub use module::*;

#[derive(Clone, Copy, Debug)]
pub enum Instr {
    Nop,
}
