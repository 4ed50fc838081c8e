//! The newsfacts runner (being written).

#![forbid(unsafe_code)]

pub mod eval;
