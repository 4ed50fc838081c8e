//! End-to-end tests of the `newsfacts` distribution: one integration binary
//! (one link step, which matters on small CI machines), one module per concern.

/// Shared helpers: paths, running the binary, reading JSON Lines.
mod util;

/// Broken input and failing analyzers never lose the other articles.
mod bad_input;
/// What headless Chromium made of the view and the report (`.ci/browser`).
mod browser;
/// The binary on the bundled sample corpus: formats, offsets, streaming.
mod cli;
/// A third-party plugin found through the registry and run beside the bundled ones.
mod custom_plugin;
/// `newsfacts eval` on the bundled gold annotations, with accuracy floors.
mod eval;
/// The streaming contract: filter mode, output files, closed pipes, many batches.
mod filter;
/// Hostile input, case by case: the exact message, and the good records around it.
mod hostile;
/// The dates analyzer's narrative anchor through `--config`.
mod narrative_config;
/// `docs/plugin-guide.md`: its crates build outside the repository and do what it shows.
mod plugin_guide;
/// The registry: exactly the bundled analyzers in the bundled binary; planning.
mod registry;
/// A neutral paragraph in front moves every span by its length, nothing else.
mod shift;
/// `newsfacts view` and `newsfacts report`: the pages, read back by an HTML parser.
mod view;
/// Web pages as input: HTML files and WARC crawls, broken ones too.
mod web;
