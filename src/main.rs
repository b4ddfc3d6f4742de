use mimalloc::MiMalloc;

#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

fn main() {
    // Placeholder until frontend::compile and vm::run land; the real CLI is
    // src/cli.rs.next (the lead swaps it in).
    eprintln!("burrow: not built yet");
    std::process::exit(2);
}
