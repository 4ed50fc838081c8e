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
//! # Writing an analyzer
//!
//! ```
//! use newsfacts_core::{Analyzer, Document, Error, Span};
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
//! let names: Vec<_> = newsfacts_core::Registry::global().unwrap().names().collect();
//! assert!(names.contains(&"bangs"));
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
/// `CARGO_PKG_VERSION`. Plugin crates need no direct `inventory` dependency.
#[macro_export]
macro_rules! register {
    ($ty:ty, $description:expr $(,)?) => {
        $crate::__inventory::submit! {
            $crate::Plugin::of::<$ty>($description, env!("CARGO_PKG_VERSION"))
        }
    };
}
