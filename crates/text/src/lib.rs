//! Shared language tools for newsfacts analyzers (work in progress: see the modules).

#![forbid(unsafe_code)]

pub mod numbers;
