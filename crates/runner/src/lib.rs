//! The newsfacts runner: choose, order and run analyzers over many articles,
//! score the results, and the command-line interface as a library function.
//!
//! # Brief overview
//!
//! * [`Pipeline`] takes analyzer names (all registered ones by default), plans
//!   them by their `REQUIRES` through the
//!   [`Registry`](newsfacts_core::Registry), builds each once with its config,
//!   and turns an [`Article`](newsfacts_core::Article) into a
//!   [`Record`](newsfacts_core::Record). Every analyzer runs isolated: an
//!   error or a panic becomes an entry in the record's `errors`, and the other
//!   analyzers and articles go on.
//! * [`cli`] is the `newsfacts` command line (`run`, `analyzers`, `eval`,
//!   `view`, `report`) as a function, so any crate can build its own binary
//!   with its own plugins linked:
//!   `fn main() -> ExitCode { newsfacts_runner::cli::main() }`.
//! * [`eval`] (the `newsfacts-eval` crate, re-exported) scores a run's output
//!   against gold annotations exactly as the shared corpora define it.
//!
//! The runner knows no plugin by name: whoever builds the final binary links
//! them (`use my_plugin as _;`), and the registry finds them.

#![forbid(unsafe_code)]
// Library code never unwraps: user data must not be able to panic it.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod cli;
mod error;
mod pipeline;

pub use error::Error;
/// The scorer behind `newsfacts eval`, re-exported from its own crate
/// ([`newsfacts_eval`]) so code written against `newsfacts_runner::eval` keeps working.
pub use newsfacts_eval as eval;
pub use pipeline::{AnalyzerConfig, Pipeline, Warning, quiet_analyzer_panics};
