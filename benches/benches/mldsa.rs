// Placeholder until the mldsa golden model lands: criterion bench goes here.
fn main() {}
