//! Readers and writers for newsfacts: articles in, JSON Lines out.
//!
//! # Reading
//!
//! [`read()`] streams the articles of files, folders and standard input, one
//! [`Item`] (an [`Article`] with where it came from and any warnings) at a
//! time, lazily, in a deterministic order. Three input formats are read
//! (choose one with [`ReadOptions::format`], or let [`Format::Auto`] decide
//! per file; the rules are in the [`read`](mod@read) module docs):
//!
//! * **dateline text** ([`parse_dateline`], [`to_dateline`]): line 1 the
//!   title, line 2 the publication date `YYYYMMDD` (or `YYYY-MM-DD`,
//!   `March 5, 2024`, ...), line 3
//!   the URL, the rest the body; one article per file, id from the file
//!   name;
//! * **JSON Lines**: one article per line, field names set by [`FieldNames`];
//!   unknown fields are kept in [`Article::meta`];
//! * **plain text**: the whole file is the body, the date comes from
//!   [`ReadOptions::date`];
//! * **WARC** web crawls ([`warc`]; `.warc`, `.warc.gz`, or any input that
//!   starts with `WARC/1.`): one article per HTML page with status 200;
//! * **HTML** pages (`.html`, `.htm`): one article per file.
//!
//! Web pages become articles through main-text extraction ([`html`],
//! [`newsfacts_extract`]); the extractors are compiled in by this crate's
//! `html` (dom_smoothie) and `trafilatura` features.
//!
//! Any of them may be gzip-compressed (`.gz`); folders are walked
//! recursively in sorted order.
//!
//! Problems never stop the stream. Input that cannot become an article (a
//! malformed JSON line, a file that is not UTF-8, a path that does not exist)
//! is an `Err(`[`Error`]`)` item naming the file and line, and reading goes
//! on; problems that still leave an article (an unparsable date) are
//! [`Item::warnings`].
//!
//! ```no_run
//! use newsfacts_io::{read, ReadOptions, Source};
//!
//! for item in read(vec![Source::Path("articles/".into()), Source::Stdin], ReadOptions::default()) {
//!     match item {
//!         Ok(item) => println!("{} ({}:{})", item.article.id, item.file, item.line),
//!         Err(e) => eprintln!("{e}"),
//!     }
//! }
//! ```
//!
//! # Writing
//!
//! [`JsonLinesWriter`] writes any `Serialize` value (such as
//! `newsfacts_core::Record`) as one JSON object per line, and articles in
//! the JSON Lines input format ([`JsonLinesWriter::write_article`]), so they
//! read back equal.
//!
//! ```
//! use newsfacts_core::{Article, Published};
//! use newsfacts_io::{read_stream, FieldNames, JsonLinesWriter, ReadOptions};
//!
//! let article = Article::new("a1", "The ferry resumed service on Monday.")
//!     .published(Published::ymd(2024, 6, 3).unwrap());
//! let mut w = JsonLinesWriter::new(Vec::new());
//! w.write_article(&article, &FieldNames::default()).unwrap();
//! let bytes = w.finish().unwrap();
//!
//! let back: Vec<_> = read_stream("a.jsonl", std::io::Cursor::new(bytes), ReadOptions::default()).collect();
//! assert_eq!(back[0].as_ref().unwrap().article, article);
//! ```

#![forbid(unsafe_code)]
// Library code never unwraps: user data must not be able to panic it.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod csv_out;
mod dateline;
mod error;
pub mod html;
mod jsonl;
mod options;
#[cfg(feature = "parquet")]
pub mod parquet_out;
pub mod read;
pub mod rows;
pub mod warc;

use newsfacts_core::Article;

pub use dateline::{parse_dateline, to_dateline};
pub use error::Error;
pub use html::{SkippedRecords, WebPage};
pub use jsonl::{JsonLinesWriter, item_from_object};
/// The main-text extraction crate, for direct use on pages in hand.
pub use newsfacts_extract as extract;
pub use newsfacts_extract::Extractor;
pub use options::{DEFAULT_MAX_ARTICLE_BYTES, FieldNames, Format, ReadOptions, Source};
pub use read::{Articles, Skipped, read, read_stream};

/// One article read, with where it came from and the problems that did not
/// stop it from being read.
#[derive(Clone, Debug)]
pub struct Item {
    /// The article.
    pub article: Article,
    /// The input it came from, as given (`-` for standard input).
    pub file: String,
    /// The 1-based line it starts on: its line in JSON Lines, 1 for the
    /// one-article-per-file formats, the record's number in a WARC file.
    pub line: u64,
    /// Non-fatal problems: the article was read, but something in it was
    /// wrong or missing (an unparsable date, say). The runner reports them as
    /// `input` errors of the article's record.
    pub warnings: Vec<Warning>,
    /// A web page whose text is still to be extracted by [`Item::finish`]
    /// (only with [`ReadOptions::defer_extraction`]); its article has an id
    /// and a URL but no text yet.
    pub page: Option<WebPage>,
}

/// A non-fatal problem met while reading an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The 1-based line it concerns (line 2 of a dateline file holds its date).
    pub line: u64,
    /// What is wrong, naming the field concerned.
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}
