//! Burrow's virtual machine.
