//! Burrow's virtual machine.
pub mod native;
