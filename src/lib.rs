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
//! # Article in, record out
//!
//! ```
//! use newsfacts::core::{Article, Published};
//! use newsfacts::plugins::{dates::Dates, quotes::Quotes};
//!
//! let article = Article::new("a1", "“We will rebuild,” Mayor Ana Reyes said on Thursday.")
//!     .published(Published::ymd(2022, 1, 21).expect("a valid date"));
//! // Every bundled analyzer, default settings, one call.
//! let record = newsfacts::analyze(article)?;
//! assert!(record.errors.is_empty());
//!
//! // Typed outputs, by analyzer (each plugin crate names its type `Output`).
//! let dates: &newsfacts::plugins::dates::Output = record.output::<Dates>().expect("dates ran");
//! assert_eq!((dates[0].text.as_str(), dates[0].value.as_str()), ("Thursday", "2022-01-20"));
//! let quotes = record.output::<Quotes>().expect("quotes ran");
//! assert_eq!(quotes[0].speaker.as_deref(), Some("Ana Reyes"));
//!
//! // Typed spans are byte offsets into the body ("“" and "”" are 3 bytes each) ...
//! assert_eq!(dates[0].span.start(), 47);
//! // ... a serialized record (a line of `newsfacts run`) has character
//! // offsets unless asked otherwise (`Pipeline::with_offsets`, `--offsets bytes`).
//! let json = serde_json::to_value(&record)?;
//! assert_eq!(json["offsets"], "chars");
//! assert_eq!(json["dates"][0]["start"], 43);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! To choose analyzers, give them settings or keep byte offsets, build a
//! [`runner::Pipeline`] once and call [`Pipeline::analyze`](runner::Pipeline::analyze)
//! per article (what [`analyze`] does with a pipeline of [`BUNDLED`]):
//!
//! ```
//! use newsfacts::core::{Article, OffsetUnit};
//! use newsfacts::runner::Pipeline;
//!
//! let config = [("dates".to_string(), serde_json::json!({"date_order": "dmy"}))].into();
//! let pipeline = Pipeline::from_registry(&["dates"], &config)?.with_offsets(OffsetUnit::Bytes);
//! let record = pipeline.analyze(Article::new("a2", "The deal was signed on 02/04/2022."));
//! assert_eq!(record.output::<newsfacts::plugins::dates::Dates>().unwrap()[0].value, "2022-04-02");
//! # Ok::<(), Box<dyn std::error::Error>>(())
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

use std::sync::OnceLock;

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

/// Analyzes one article with every bundled analyzer ([`BUNDLED`]) and its
/// default settings: the shortest path from an article to a [`Record`].
///
/// The pipeline is built on the first call and shared by every later one
/// (and every thread). Typed outputs ([`Record::output`]) hold byte offsets;
/// serializing the record writes character offsets. For other analyzers,
/// settings or offsets, build a [`runner::Pipeline`].
///
/// Errors: only those of building the pipeline (two linked plugins claiming
/// a bundled name), returned by every call until a build succeeds.
///
/// [`Record`]: core::Record
/// [`Record::output`]: core::Record::output
pub fn analyze(article: core::Article) -> Result<core::Record, runner::Error> {
    static BUNDLED_PIPELINE: OnceLock<runner::Pipeline> = OnceLock::new();
    let pipeline = match BUNDLED_PIPELINE.get() {
        Some(p) => p,
        None => {
            let built = runner::Pipeline::from_registry(&BUNDLED, &Default::default())?;
            BUNDLED_PIPELINE.get_or_init(|| built)
        }
    };
    Ok(pipeline.analyze(article))
}
