//! **newsfacts** turns news articles into structured, checkable facts: every
//! temporal expression normalised to a TIMEX3 value, who said what, and
//! killed / injured / missing / displaced figures — each tied to an exact span
//! of the text.
//!
//! This crate is the distribution: it re-exports the workspace's crates and
//! *links every bundled analyzer plugin*. Naming this crate anywhere in a
//! binary (`use newsfacts as _;`, or calling [`runner::cli::main`]) is enough
//! for the registry to see `casualties`, `dates` and `quotes`.
//!
//! ```
//! use newsfacts::core::{Article, Published};
//! use newsfacts::runner::Pipeline;
//!
//! let pipeline = Pipeline::from_registry(&["dates"], &Default::default()).unwrap();
//! let article = Article::new("a1", "The talks resumed on Thursday.")
//!     .published(Published::ymd(2022, 1, 21).unwrap());
//! let record = serde_json::to_value(pipeline.analyze(article)).unwrap();
//! assert_eq!(record["dates"][0]["text"], "Thursday");
//! ```
//!
//! | crate | what it holds |
//! |---|---|
//! | [`core`] | `Article`, `Span`, `Document`, the `Analyzer` trait, the registry |
//! | [`text`] | sentences, paragraphs, tokens, English numbers |
//! | [`io`] | readers (dateline text, JSON Lines, plain text, folders, gzip) and writers |
//! | [`runner`] | `Pipeline`, the `eval` scorer, the command line as a function |
//! | [`view`] | HTML pages: the annotated-article view and the corpus report |
//! | [`plugins`] | the bundled analyzers |
//!
//! See `docs/architecture.md` for the data flow and `docs/plugin-guide.md` to
//! write an analyzer of your own.

#![forbid(unsafe_code)]

pub use newsfacts_core as core;
pub use newsfacts_io as io;
pub use newsfacts_runner as runner;
pub use newsfacts_text as text;
pub use newsfacts_view as view;

/// The bundled analyzer plugins. Naming them here is what links them: a
/// plugin crate that is only listed in `Cargo.toml` registers nothing.
pub mod plugins {
    pub use newsfacts_casualties as casualties;
    pub use newsfacts_dates as dates;
    pub use newsfacts_quotes as quotes;
}

/// The names of the bundled analyzers, sorted: what `newsfacts analyzers`
/// lists when no other plugin is linked.
pub const BUNDLED: [&str; 3] = ["casualties", "dates", "quotes"];
