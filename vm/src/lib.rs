//! Burrow's virtual machine.
pub mod native;
pub mod map;
pub mod value;
pub mod natives;
pub mod fmt;
