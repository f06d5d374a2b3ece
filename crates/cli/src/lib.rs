//! What the command lines share beyond the pure crates: fetching a page over the network.

pub mod fetch;
