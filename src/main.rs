//! The `newsfacts` binary: the runner's command line with the bundled plugins.
//!
//! Every plugin must be named to be linked; the facade (`newsfacts`) names the
//! bundled ones. The lint below turns a plugin dependency that is listed but
//! never named into a build error instead of a silently missing analyzer.
#![cfg_attr(not(test), deny(unused_crate_dependencies))]
#![forbid(unsafe_code)]

// The facade re-exports these; naming them keeps `unused_crate_dependencies`
// satisfied and documents that the binary links exactly this set.
use newsfacts as _;
use newsfacts_casualties as _;
use newsfacts_core as _;
use newsfacts_dates as _;
use newsfacts_io as _;
use newsfacts_quotes as _;
use newsfacts_text as _;
use newsfacts_view as _;

fn main() -> std::process::ExitCode {
    newsfacts_runner::cli::main()
}
