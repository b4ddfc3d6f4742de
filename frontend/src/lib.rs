//! Burrow's frontend: Go source -> checked program -> bytecode module.
//! It knows nothing of the `gc` or `vm` crates.
pub mod bytecode;
pub mod stdlib;
pub mod syntax;
pub mod types;
