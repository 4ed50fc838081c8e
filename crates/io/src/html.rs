//! Web pages as articles: HTML files (`.html`, `.htm`, also `.gz`) and the
//! HTML pages of WARC crawls ([`crate::warc`]).
//!
//! A page becomes an [`Item`] whose text is extracted by
//! [`newsfacts_extract`] (main text, charset, canonical link, publication
//! date, title; the extractor is [`ReadOptions::extractor`]). Extraction is
//! the slow part of reading a page (a few milliseconds), so a reader that
//! feeds a thread pool can leave it to the pool: with
//! [`ReadOptions::defer_extraction`] the reader yields items that still
//! hold their page ([`Item::page`]) and [`Item::finish`], called on any
//! thread, does the extraction. Without it, items come out finished.
//!
//! What a page's article holds:
//! * `id`: the WARC record id (`urn:uuid:...`), else `<file stem>:<record>`
//!   in a WARC file; the file stem for an HTML file;
//! * `url`: the WARC target URI for a crawled page; for an HTML file the
//!   page's canonical link (else its `og:url`);
//! * `published`: [`ReadOptions::date`] when given (`published_source`
//!   `input`), else the page's metadata (`html-meta`), else, for a crawled
//!   page, the crawl time `WARC-Date` as the last resort (`warc-date`);
//! * `title`: from the page;
//! * `body`: the extracted main text, one paragraph a line;
//! * `meta`: `published_source` and `extractor` (`{"name", "version"}`);
//!   a record whose article has an `extractor` carries its `text`, since
//!   the text exists nowhere else.

use std::collections::BTreeMap;
use std::fmt;
use std::io::{BufRead, BufReader, Read};

use flate2::read::MultiGzDecoder;
use newsfacts_core::{Article, Published};
use newsfacts_extract::Extractor;

use crate::dateline::stem;
use crate::warc::{WarcItem, WarcPage, WarcReader, is_warc};
use crate::{Error, Format, Item, ReadOptions, Warning};

/// Buffer size for peeking at an input's first bytes.
const BUF: usize = 256 * 1024;

/// A page read but not yet extracted (see the module docs).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebPage {
    html: Vec<u8>,
    charset: Option<String>,
    /// The WARC target URI.
    url: Option<String>,
    /// `WARC-Date`.
    crawled: Option<Published>,
    /// [`ReadOptions::date`].
    date: Option<Published>,
    extractor: Extractor,
}

impl WebPage {
    /// The page's size in bytes (decoded from transfer and content
    /// encodings, before charset decoding).
    pub fn len(&self) -> usize {
        self.html.len()
    }

    /// Whether the page has no bytes at all.
    pub fn is_empty(&self) -> bool {
        self.html.is_empty()
    }

    /// The page's raw bytes.
    pub fn html(&self) -> &[u8] {
        &self.html
    }
}

impl Item {
    /// Extracts the page an item still holds (see the module docs); an item
    /// without one is returned as it is. A page with no main text, or one the
    /// extractor fails on, is an error naming the file, the record and the
    /// page's URL.
    pub fn finish(mut self) -> Result<Item, Error> {
        let Some(page) = self.page.take() else {
            return Ok(self);
        };
        let input = newsfacts_extract::Page {
            html: &page.html,
            charset: page.charset.as_deref(),
            url: page.url.as_deref(),
        };
        let found = match newsfacts_extract::extract(&input, page.extractor) {
            Ok(found) => found,
            Err(e) => {
                let reason = match &page.url {
                    Some(url) => format!("{url}: {e}"),
                    None => e.to_string(),
                };
                return Err(Error::new(self.file, Some(self.line), reason));
            }
        };
        let (published, source) = match (page.date, found.published, page.crawled) {
            (Some(d), _, _) => (Some(d), "input"),
            (None, Some(d), _) => (Some(d), "html-meta"),
            (None, None, Some(d)) => (Some(d), "warc-date"),
            (None, None, None) => (None, ""),
        };
        let article = &mut self.article;
        article.body = found.text;
        article.title = found.title;
        article.url = page.url.or(found.url);
        article.published = published;
        article.meta.insert(
            "published_source".into(),
            if source.is_empty() {
                serde_json::Value::Null
            } else {
                source.into()
            },
        );
        article.meta.insert(
            newsfacts_core::EXTRACTOR_FIELD.into(),
            serde_json::json!({"name": page.extractor.name(), "version": page.extractor.version()}),
        );
        let line = self.line;
        self.warnings.extend(
            found
                .warnings
                .into_iter()
                .map(|message| Warning { line, message }),
        );
        Ok(self)
    }
}

/// Records of WARC files that were not pages, counted by why (the record
/// type, `HTTP 404`, `not HTML`); see [`crate::warc::Skip::label`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SkippedRecords(BTreeMap<String, u64>);

impl SkippedRecords {
    /// How many records were skipped in all.
    pub fn total(&self) -> u64 {
        self.0.values().sum()
    }

    /// The counts, by reason.
    pub fn counts(&self) -> &BTreeMap<String, u64> {
        &self.0
    }

    fn add(&mut self, label: String) {
        *self.0.entry(label).or_default() += 1;
    }
}

impl fmt::Display for SkippedRecords {
    /// `1 warcinfo, 181 request, 3 HTTP 404`, most frequent first.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut counts: Vec<_> = self.0.iter().collect();
        counts.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (i, (label, n)) in counts.into_iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{n} {label}")?;
        }
        Ok(())
    }
}

/// The pages of one WARC input, as items.
pub(crate) struct WarcStream {
    reader: WarcReader,
    file: String,
    stem: String,
}

impl WarcStream {
    pub(crate) fn new(file: &str, input: Box<dyn Read + Send>, options: &ReadOptions) -> Self {
        WarcStream {
            reader: WarcReader::new(input).with_limit(options.max_article_bytes),
            file: file.to_string(),
            stem: stem(file),
        }
    }

    /// The next page (or error); skipped records are counted in `skipped`.
    pub(crate) fn next_item(
        &mut self,
        options: &ReadOptions,
        skipped: &mut SkippedRecords,
    ) -> Option<Result<Item, Error>> {
        loop {
            match self.reader.next()? {
                Ok(WarcItem::Skipped(_, skip)) => skipped.add(skip.label()),
                Ok(WarcItem::Page(page)) => return Some(self.item(page, options)),
                Err(e) => return Some(Err(Error::new(&self.file, Some(e.record), e.message))),
            }
        }
    }

    fn item(&self, page: WarcPage, options: &ReadOptions) -> Result<Item, Error> {
        let id = page
            .record_id
            .clone()
            .unwrap_or_else(|| format!("{}:{}", self.stem, page.record));
        let crawled = page.date.as_deref().and_then(|d| d.parse().ok());
        let web = WebPage {
            html: page.html,
            charset: page.charset,
            url: page.target_uri,
            crawled,
            date: options.date,
            extractor: options.extractor,
        };
        let warnings = page
            .warnings
            .into_iter()
            .map(|message| Warning {
                line: page.record,
                message,
            })
            .collect();
        made(&self.file, page.record, id, web, warnings, options)
    }
}

/// An item holding `page`, finished unless extraction is deferred.
fn made(
    file: &str,
    line: u64,
    id: String,
    page: WebPage,
    warnings: Vec<Warning>,
    options: &ReadOptions,
) -> Result<Item, Error> {
    let item = Item {
        article: Article {
            url: page.url.clone(),
            ..Article::new(id, String::new())
        },
        file: file.to_string(),
        line,
        warnings,
        page: Some(page),
    };
    if options.defer_extraction {
        Ok(item)
    } else {
        item.finish()
    }
}

/// What [`route`] decided for an input.
pub(crate) enum Routed {
    /// A WARC file: its pages are read one at a time.
    Warc(WarcStream),
    /// An HTML file: one item.
    Html(Result<Item, Error>),
    /// Not a web format: the other readers take it (nothing was consumed).
    Other(Box<dyn Read + Send>),
}

/// Decides whether an input is a web format: by [`ReadOptions::format`],
/// else by extension (`.warc`, `.html`, `.htm`, `.xhtml`, each also `.gz`),
/// else, for standard input and names with no known extension, by the
/// `WARC/1.` magic (plain or gzipped).
pub(crate) fn route(
    name: &str,
    ext: Option<&str>,
    reader: Box<dyn Read + Send>,
    options: &ReadOptions,
) -> Routed {
    match (options.format, ext) {
        (Format::Warc, _) | (Format::Auto, Some("warc")) => {
            Routed::Warc(WarcStream::new(name, reader, options))
        }
        (Format::Html, _) | (Format::Auto, Some("html" | "htm" | "xhtml")) => {
            Routed::Html(read_html(name, reader, options))
        }
        (Format::Auto, Some("jsonl" | "ndjson" | "json" | "txt" | "text")) => Routed::Other(reader),
        (Format::Auto, _) => {
            let mut buffered = BufReader::with_capacity(BUF, reader);
            match buffered.fill_buf() {
                Ok(head) if is_warc(head) => {
                    Routed::Warc(WarcStream::new(name, Box::new(buffered), options))
                }
                _ => Routed::Other(Box::new(buffered)),
            }
        }
        _ => Routed::Other(reader),
    }
}

/// Reads one HTML file (gzip-compressed when it starts with the gzip magic
/// bytes), at most [`ReadOptions::max_article_bytes`].
fn read_html(
    name: &str,
    reader: Box<dyn Read + Send>,
    options: &ReadOptions,
) -> Result<Item, Error> {
    let mut buffered = BufReader::with_capacity(BUF, reader);
    let gzip = matches!(buffered.fill_buf(), Ok(head) if head.starts_with(&[0x1f, 0x8b]));
    let stream: Box<dyn Read + Send> = if gzip {
        Box::new(MultiGzDecoder::new(buffered))
    } else {
        Box::new(buffered)
    };
    let limit = options.max_article_bytes;
    let mut html = Vec::new();
    stream
        .take(limit.saturating_add(1))
        .read_to_end(&mut html)
        .map_err(|e| Error::new(name, None, format!("read error: {e}")))?;
    if html.len() as u64 > limit {
        return Err(Error::new(
            name,
            None,
            format!(
                "page is over the article size limit of {limit} bytes (--max-article-size); skipped"
            ),
        ));
    }
    if html.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::new(name, None, "empty file: no page"));
    }
    let page = WebPage {
        html,
        charset: None,
        url: None,
        crawled: None,
        date: options.date,
        extractor: options.extractor,
    };
    made(name, 1, stem(name), page, Vec::new(), options)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skipped_counts_read_most_frequent_first() {
        let mut s = SkippedRecords::default();
        for l in ["request", "warcinfo", "request", "HTTP 404"] {
            s.add(l.to_string());
        }
        assert_eq!(s.to_string(), "2 request, 1 HTTP 404, 1 warcinfo");
        assert_eq!(s.total(), 4);
    }
}
