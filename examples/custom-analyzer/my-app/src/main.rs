//! A custom `newsfacts` binary: the bundled analyzers plus `shouting` from
//! the `my-plugin` crate. The whole integration is the `use` line: without
//! it, `my_plugin` is not linked and `shouting` is silently absent.
#![forbid(unsafe_code)]

use my_plugin as _; // links the plugin: its `register!` runs

fn main() -> std::process::ExitCode {
    // `newsfacts` is the facade: naming it links the bundled plugins too.
    newsfacts::runner::cli::main()
}
