//! What to read and how: [`Source`], [`Format`], [`FieldNames`], [`ReadOptions`].
//!
//! These are plain data so a command line (or any other front end) can build
//! them directly; [`Format`] and [`Source`] also parse from the strings a
//! command line would give (`--format jsonl`, `-` for standard input).

use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;

use newsfacts_core::Published;
use newsfacts_extract::Extractor;

/// Where articles come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A file (plain or `.gz`) or a folder, walked recursively.
    Path(PathBuf),
    /// Standard input, named `-` in items and errors.
    Stdin,
}

impl Source {
    /// The source a command-line argument names: `-` is standard input,
    /// anything else a path.
    pub fn from_arg(arg: impl Into<PathBuf>) -> Source {
        let path = arg.into();
        if path.as_os_str() == "-" {
            Source::Stdin
        } else {
            Source::Path(path)
        }
    }
}

/// Input format. [`Format::Auto`] decides per file (see the crate docs).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// Decide per file: by extension, then by content.
    #[default]
    Auto,
    /// Title, date, URL lines, then the body; one article per file.
    Dateline,
    /// One JSON object per line.
    Jsonl,
    /// The whole file is the body; the date comes from [`ReadOptions::date`].
    Text,
    /// A WARC web crawl, plain or gzip per record: one article per HTML page
    /// ([`crate::warc`]).
    Warc,
    /// One HTML page per file ([`crate::html`]).
    Html,
}

impl Format {
    /// The name used on command lines: `auto`, `dateline`, `jsonl`, `text`,
    /// `warc`, `html`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Auto => "auto",
            Format::Dateline => "dateline",
            Format::Jsonl => "jsonl",
            Format::Text => "text",
            Format::Warc => "warc",
            Format::Html => "html",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Format {
    type Err = String;

    /// Parses `auto`, `dateline`, `jsonl` (also `ndjson`, `json`), `text`
    /// (also `txt`, `plain`), `warc`, `html` (also `htm`), case-insensitively.
    fn from_str(s: &str) -> Result<Format, String> {
        match s.to_ascii_lowercase().as_str() {
            "auto" => Ok(Format::Auto),
            "dateline" => Ok(Format::Dateline),
            "jsonl" | "ndjson" | "json" => Ok(Format::Jsonl),
            "text" | "txt" | "plain" => Ok(Format::Text),
            "warc" => Ok(Format::Warc),
            "html" | "htm" => Ok(Format::Html),
            _ => Err(format!(
                "unknown input format `{s}`: expected auto, dateline, jsonl, text, warc or html"
            )),
        }
    }
}

/// JSON field names: for each article field, the accepted names in order of
/// preference. The first name present in a record wins (a key present with
/// `null` counts as present); the other names of the list, if present, are
/// kept in [`newsfacts_core::Article::meta`] like any unknown field.
///
/// The writer ([`crate::JsonLinesWriter::write_article`]) uses the first name
/// of each list, so what it writes reads back equal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldNames {
    /// Article id. Default `["id"]`.
    pub id: Vec<String>,
    /// Headline. Default `["title", "headline"]`.
    pub title: Vec<String>,
    /// Publication date. Default `["date", "published", "publication_date"]`.
    pub date: Vec<String>,
    /// URL. Default `["url", "link"]`.
    pub url: Vec<String>,
    /// Body text (required). Default `["text", "body", "content"]`.
    pub text: Vec<String>,
}

impl Default for FieldNames {
    fn default() -> FieldNames {
        let v = |names: &[&str]| names.iter().map(|s| s.to_string()).collect();
        FieldNames {
            id: v(&["id"]),
            title: v(&["title", "headline"]),
            date: v(&["date", "published", "publication_date"]),
            url: v(&["url", "link"]),
            text: v(&["text", "body", "content"]),
        }
    }
}

/// Articles larger than this are reported and skipped by default: 10 MiB.
pub const DEFAULT_MAX_ARTICLE_BYTES: u64 = 10 * 1024 * 1024;

/// How to read: the format, the JSON field names, the publication date for
/// plain-text input, and the size limit.
#[derive(Clone, Debug)]
pub struct ReadOptions {
    /// Input format; [`Format::Auto`] by default.
    pub format: Format,
    /// JSON field names.
    pub fields: FieldNames,
    /// Publication date given to every plain-text article (which carries
    /// none of its own). Other formats ignore it.
    pub date: Option<Published>,
    /// The largest input one article may come from, in bytes: a JSON Lines
    /// line, or a dateline or plain-text file (after decompression). A larger
    /// one is reported as an error naming its size and skipped without being
    /// held in memory; reading goes on. Default [`DEFAULT_MAX_ARTICLE_BYTES`].
    pub max_article_bytes: u64,
    /// In JSON Lines, answer a blank line with an error item instead of
    /// skipping it, so that every input line has exactly one item: the
    /// contract of a streaming filter (Spark's `RDD.pipe`, Hadoop Streaming),
    /// whose caller pairs output lines with input lines. Off by default.
    pub one_item_per_line: bool,
    /// The main-text extractor for web pages (HTML files, WARC records).
    /// Default: [`Extractor::default`].
    pub extractor: Extractor,
    /// Leave the extraction of web pages to the caller: items of web pages
    /// come out holding their page ([`crate::Item::page`]) and
    /// [`crate::Item::finish`] extracts it, on whatever thread calls it (the
    /// runner's workers). Off by default: items come out finished.
    pub defer_extraction: bool,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions {
            format: Format::Auto,
            fields: FieldNames::default(),
            date: None,
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
            one_item_per_line: false,
            extractor: Extractor::default(),
            defer_extraction: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_parse_and_print() {
        for f in [
            Format::Auto,
            Format::Dateline,
            Format::Jsonl,
            Format::Text,
            Format::Warc,
            Format::Html,
        ] {
            assert_eq!(f.to_string().parse::<Format>(), Ok(f));
        }
        assert_eq!("NDJSON".parse::<Format>(), Ok(Format::Jsonl));
        assert!("csv".parse::<Format>().unwrap_err().contains("csv"));
    }

    #[test]
    fn dash_is_stdin() {
        assert_eq!(Source::from_arg("-"), Source::Stdin);
        assert_eq!(Source::from_arg("a/b.txt"), Source::Path("a/b.txt".into()));
    }
}
