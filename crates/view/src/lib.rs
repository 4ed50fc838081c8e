//! HTML pages of newsfacts findings, for people: the annotated-article view
//! and the corpus report. Self-contained pages: no script, nothing loaded
//! from anywhere (a Content-Security-Policy allows nothing remote), charts
//! drawn here as inline SVG, light and dark colour schemes, readable printed.
//!
//! # Brief overview
//!
//! * [`ViewPage`] (`newsfacts view`): each article's text with every finding
//!   marked where it is — dates with their TIMEX3 value, quotes with their
//!   speaker (hovering a quote marks its speaker mention), casualty figures
//!   with kind and count, any other analyzer's findings with a generic label.
//!   Overlapping findings are nested by cutting the text at every span
//!   boundary ([`annotate`]), so the page's text content is the article
//!   text, exactly: values are shown through attributes and CSS, never
//!   inserted into the text.
//! * [`Report`] (`newsfacts report`): one streaming pass over records
//!   (memory grows with days and speakers, not with the corpus), then counts
//!   per analyzer, errors by stage, casualties over time, the most-quoted
//!   speakers, dated expressions by month and the articles with the most
//!   findings, each chart with its data as a downloadable CSV (`data:` link).
//! * Both pages come from templates ([`page`]: minijinja, Jinja syntax), so
//!   a user can pass their own.
//!
//! The crate reads records in their documented JSON form
//! (`docs/output-format.md`); it knows no plugin type.

#![forbid(unsafe_code)]
// Library code never unwraps: user data must not be able to panic it.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod annotate;
pub mod chart;
pub mod csv;
pub mod findings;
pub mod page;
pub mod report;
mod view;

pub use report::Report;
pub use view::{ArticleView, Count, ErrorView, FindingView, LegendEntry, ViewPage};

/// What can go wrong making a page.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The template could not be read or rendered.
    #[error("template {name}: {message}")]
    Template {
        /// `view.html`, `report.html`, or `--template` for a user's template.
        name: String,
        /// What went wrong, with the line when known.
        message: String,
    },
}
