//! Binding natives by qualified name (the library's table).

use crate::native::NativeFn;

pub fn lookup(name: &str) -> Option<NativeFn> {
    crate::natives::lookup(name)
}
