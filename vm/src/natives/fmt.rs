use crate::native::NativeFn;

pub fn lookup(_: &str) -> Option<NativeFn> {
    None
}
