// Placeholder until the mlkem golden model lands: criterion bench goes here.
fn main() {}
