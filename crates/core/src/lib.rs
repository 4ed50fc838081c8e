//! The stable core of newsfacts: the data model and the plugin interface.
//!
//! Everything else in the workspace — the text tools, the readers and writers,
//! the runner and every analyzer plugin, bundled or third-party — is built on
//! the few types here, so this crate keeps few dependencies and a stable API.
//!
//! # Brief overview
//!
//! ```text
//! Article ──► Document ──► Analyzer::analyze ──► Output ──► Record ──► writer
//!             (layers,      (one per plugin,     (typed,    (article meta,
//!              earlier       planned by           serde)     outputs in plan
//!              outputs)      REQUIRES)                        order, errors)
//! ```
//!
//! * [`Article`] is one news article: id, title, publication date
//!   ([`Published`]), URL, body, and every unknown input field in `meta`, kept
//!   so it is written back out.
//! * [`Span`] is a byte range into the body that is always on `char`
//!   boundaries: its constructors refuse anything else. Output can report spans
//!   as character offsets instead; see [`offsets`].
//! * [`Document`] wraps an article for analysis. It computes shared *layers*
//!   (sentences, tokens, ...; see [`Layer`]) lazily, once, and holds the typed
//!   outputs of analyzers that ran earlier ([`Document::output`]).
//! * [`Analyzer`] is what a plugin implements: a stable name, the names it
//!   requires, a typed `Config` and a typed `Output`. [`DynAnalyzer`] is its
//!   object-safe form, implemented for every analyzer automatically.
//! * [`register!`] submits a plugin to the [`Registry`], which the runner reads
//!   to list, choose and order analyzers ([`Registry::plan`]).
//! * [`Record`] is one line of output.
//!
//! # The whole path: an analyzer, a pipeline, a record
//!
//! A plugin implements [`Analyzer`] and registers it; the runner's
//! `Pipeline` (crate `newsfacts-runner`) plans and builds the chosen
//! analyzers once, then turns each [`Article`] into a [`Record`]. Read an
//! output back with its type through [`Record::output`], or serialize the
//! record (one JSON line of `newsfacts run`).
//!
//! ```
//! use newsfacts_core::{Analyzer, Article, Document, Error, OffsetUnit, Span};
//! use newsfacts_runner::Pipeline;
//! use serde::Serialize;
//!
//! /// Finds exclamation marks.
//! pub struct Bangs;
//!
//! #[derive(Serialize)]
//! pub struct Bang {
//!     #[serde(flatten)]
//!     span: Span,
//! }
//!
//! impl Analyzer for Bangs {
//!     const NAME: &'static str = "bangs";
//!     type Config = ();
//!     type Output = Vec<Bang>;
//!     fn new(_: ()) -> Result<Self, Error> {
//!         Ok(Bangs)
//!     }
//!     fn analyze(&self, doc: &Document<'_>) -> Result<Vec<Bang>, Error> {
//!         let body = doc.body();
//!         body.match_indices('!')
//!             .map(|(i, _)| Ok(Bang { span: Span::new(body, i, i + 1)? }))
//!             .collect()
//!     }
//! }
//! newsfacts_core::register!(Bangs, "finds exclamation marks");
//!
//! // Built once per run: every registered analyzer when no name is given.
//! let pipeline = Pipeline::from_registry(&["bangs"], &Default::default())?;
//! // Article in, record out.
//! let record = pipeline.analyze(Article::new("a1", "Kyïv: the bridge is open!"));
//! assert!(record.errors.is_empty());
//!
//! // Typed outputs hold byte offsets into the body ("ï" is two bytes) ...
//! let bangs: &Vec<Bang> = record.output::<Bangs>().expect("bangs ran");
//! assert_eq!(bangs[0].span.start(), 25);
//! // ... a serialized record holds character offsets, unless the pipeline
//! // is built `.with_offsets(OffsetUnit::Bytes)`; the record says which.
//! let json = serde_json::to_value(&record)?;
//! assert_eq!((json["offsets"].as_str(), json["bangs"][0]["start"].as_u64()), (Some("chars"), Some(24)));
//! let pipeline = pipeline.with_offsets(OffsetUnit::Bytes);
//! let json = serde_json::to_value(pipeline.analyze(Article::new("a2", "Kyïv: the bridge is open!")))?;
//! assert_eq!(json["bangs"][0]["start"], 25);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Linking
//!
//! A plugin crate that is listed in `Cargo.toml` but never named in code is
//! not linked, and its analyzers are silently absent from the registry. A
//! binary names each plugin crate once: `use my_plugin as _;`. The bundled
//! `newsfacts` facade names every bundled plugin, so naming `newsfacts` links
//! them all.

#![forbid(unsafe_code)]
// Library code never unwraps: user data must not be able to panic it.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

mod analyzer;
mod article;
mod document;
mod error;
pub mod offsets;
mod record;
mod registry;
mod span;

pub use analyzer::{Analyzer, BuildFn, DynAnalyzer, Output, Plugin};
pub use article::{Article, Published};
pub use document::{Document, Layer};
pub use error::Error;
pub use offsets::{CharIndex, OffsetUnit};
pub use record::{EXTRACTOR_FIELD, Record, RecordError, Stage};
pub use registry::Registry;
pub use span::Span;

/// Version of the output record schema (`docs/output-format.md`). Bumped on
/// any change that renames, removes or retypes a field.
pub const SCHEMA_VERSION: &str = "1";

#[doc(hidden)]
pub use inventory as __inventory;

/// Registers an [`Analyzer`] type with the [`Registry`].
///
/// Call it once, at item level, in the crate that defines the analyzer:
///
/// ```ignore
/// newsfacts_core::register!(MyAnalyzer, "one line describing what it finds");
/// ```
///
/// The version reported by `newsfacts analyzers` is the calling crate's
/// `CARGO_PKG_VERSION`, and the descriptor records the caller's
/// `module_path!()` (see [`Plugin::module`]) so a name claimed twice can be
/// traced to both crates. Plugin crates need no direct `inventory` dependency.
#[macro_export]
macro_rules! register {
    ($ty:ty, $description:expr $(,)?) => {
        $crate::__inventory::submit! {
            $crate::Plugin::of::<$ty>($description, env!("CARGO_PKG_VERSION"))
                .in_module(module_path!())
        }
    };
}
