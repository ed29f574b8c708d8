// Placeholder until the ecdsa golden model lands: criterion bench goes here.
fn main() {}
