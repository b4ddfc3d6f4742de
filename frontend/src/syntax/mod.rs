//! Lexing and parsing Go source into the `ast`.
pub mod ast;
pub mod source;
pub mod token;
