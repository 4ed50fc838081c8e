//! HTML page → article text and metadata, for newsfacts.
//!
//! A saved or crawled news page is mostly not the article: menus, footers,
//! related links, comments and scripts surround a few paragraphs of text.
//! This crate finds those paragraphs (*main-text extraction*, or boilerplate
//! removal) and the page's metadata, so that the analyzers see what a reader
//! sees:
//!
//! * **charset** ([`decode`]): the byte order mark, else the charset the
//!   server declared (HTTP `Content-Type`), else the page's own
//!   `<meta charset>`, else UTF-8 when the bytes are valid UTF-8 and
//!   windows-1252 (the web's default for unlabelled legacy pages) when they
//!   are not. An unknown charset name is a warning, not a failure: the next
//!   rule decides.
//! * **main text** ([`extract`]): by a maintained extractor, chosen with
//!   [`Extractor`], each behind its own cargo feature: `dom-smoothie` (the
//!   default: a port of Mozilla's Readability.js) and `trafilatura` (a port
//!   of the Python trafilatura). One paragraph, heading or list item a line:
//!   paragraphs are separated by a single `\n`, white space inside a
//!   paragraph is one space.
//! * **metadata**, read the same way whatever the extractor: the canonical
//!   link (`<link rel="canonical">`, else `og:url`), the publication date
//!   (`article:published_time` and similar `<meta>` tags, JSON-LD
//!   `datePublished`, `itemprop="datePublished"`, then `<time datetime>`) and
//!   the title.
//!
//! Nothing here panics on any input: a page with no main text is
//! [`ExtractError::NoMainText`], a page that nests its elements deeper than
//! [`MAX_DEPTH`] (which would take the parser quadratic time, or overflow
//! its stack) is [`ExtractError::TooDeep`] without being parsed, and a
//! panic inside an extractor is caught and returned as
//! [`ExtractError::Failed`].
//!
//! ```
//! # #[cfg(feature = "dom-smoothie")] {
//! use newsfacts_extract::{extract, Extractor, Page};
//!
//! let html = br#"<html><head><title>Ferry back | Harbour News</title>
//!   <meta property="article:published_time" content="2024-06-03T08:00:00Z">
//!   <link rel="canonical" href="https://news.example/ferry"></head>
//!   <body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
//!   <article><h1>Ferry back</h1>
//!   <p>The island ferry resumed its service on Monday after a week of storms kept it in port,
//!      the operator said, and the first crossing left on time with two hundred passengers.</p>
//!   <p>Repairs to the pier are expected to take until the end of the month, and the harbour
//!      master asked drivers to use the northern ramp in the meantime.</p></article>
//!   <footer>Copyright Harbour News</footer></body></html>"#;
//! let page = extract(&Page::new(html), Extractor::DomSmoothie).unwrap();
//! assert!(page.text.starts_with("The island ferry resumed"));
//! assert!(!page.text.contains("Copyright"));
//! assert_eq!(page.url.as_deref(), Some("https://news.example/ferry"));
//! assert_eq!(page.published.unwrap().to_string(), "2024-06-03T08:00:00Z");
//! # }
//! ```

#![forbid(unsafe_code)]
// Library code never unwraps: user data must not be able to panic it.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

mod charset;
mod depth;
#[cfg(any(feature = "dom-smoothie", feature = "trafilatura"))]
mod meta;
mod text;

use std::fmt;
use std::str::FromStr;

use newsfacts_core::Published;

pub use charset::{Decoded, decode};
pub use depth::{MAX_DEPTH, nesting};
pub use text::normalize;

/// The fewest letters and digits a page's main text may have (about twenty
/// English words, or two sentences of Japanese): less is not an article but
/// what an extractor salvages from an index page, a login wall or an error
/// page (a row of menu links). The shortest article of the extraction
/// benchmark has 66 words.
pub const MIN_CHARS: usize = 100;

/// Which extractor finds the main text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Extractor {
    /// [dom_smoothie](https://crates.io/crates/dom_smoothie), a port of
    /// Mozilla's Readability.js: F1 0.95 on the extraction benchmark at about
    /// 300 pages/s on one core (`docs/accuracy.md`, `docs/performance.md`).
    /// Cargo feature `dom-smoothie` (on by default).
    DomSmoothie,
    /// [rs-trafilatura](https://crates.io/crates/rs-trafilatura), a port of
    /// the Python trafilatura: F1 0.96 at about 60 pages/s. Cargo feature
    /// `trafilatura` (off by default).
    Trafilatura,
}

impl Extractor {
    /// Every extractor, compiled in or not.
    pub const ALL: [Extractor; 2] = [Extractor::DomSmoothie, Extractor::Trafilatura];

    /// The name used on command lines and in records: `dom_smoothie`,
    /// `trafilatura`.
    pub fn name(self) -> &'static str {
        match self {
            Extractor::DomSmoothie => "dom_smoothie",
            Extractor::Trafilatura => "trafilatura",
        }
    }

    /// The version of the extractor's crate (pinned exactly in the
    /// workspace's `Cargo.toml`), written into every record it made.
    pub fn version(self) -> &'static str {
        match self {
            Extractor::DomSmoothie => "0.19.0",
            Extractor::Trafilatura => "0.2.2",
        }
    }

    /// The cargo feature that compiles it in.
    pub fn feature(self) -> &'static str {
        match self {
            Extractor::DomSmoothie => "dom-smoothie",
            Extractor::Trafilatura => "trafilatura",
        }
    }

    /// Whether this build has it.
    pub fn is_available(self) -> bool {
        match self {
            Extractor::DomSmoothie => cfg!(feature = "dom-smoothie"),
            Extractor::Trafilatura => cfg!(feature = "trafilatura"),
        }
    }
}

impl Default for Extractor {
    /// dom_smoothie when compiled in (the faster of the two at nearly the
    /// same accuracy), else trafilatura when it is.
    fn default() -> Extractor {
        if !cfg!(feature = "dom-smoothie") && cfg!(feature = "trafilatura") {
            Extractor::Trafilatura
        } else {
            Extractor::DomSmoothie
        }
    }
}

impl fmt::Display for Extractor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Extractor {
    type Err = String;

    /// `dom_smoothie` (also `dom-smoothie`, `smoothie`, `readability`) or
    /// `trafilatura` (also `rs-trafilatura`), case-insensitively.
    fn from_str(s: &str) -> Result<Extractor, String> {
        match s.to_ascii_lowercase().replace('-', "_").as_str() {
            "dom_smoothie" | "smoothie" | "readability" => Ok(Extractor::DomSmoothie),
            "trafilatura" | "rs_trafilatura" => Ok(Extractor::Trafilatura),
            _ => Err(format!(
                "unknown extractor `{s}`: expected dom_smoothie or trafilatura"
            )),
        }
    }
}

/// A page to extract: its bytes and what is known about it from outside.
#[derive(Clone, Copy, Debug)]
pub struct Page<'a> {
    /// The HTML, in whatever charset it was served in.
    pub html: &'a [u8],
    /// The charset the server declared (the `charset` parameter of the HTTP
    /// `Content-Type`), if any. It wins over the page's own `<meta>`.
    pub charset: Option<&'a str>,
    /// The page's URL, if known: resolves a relative canonical link.
    pub url: Option<&'a str>,
}

impl<'a> Page<'a> {
    /// A page with nothing known about it but its bytes.
    pub fn new(html: &'a [u8]) -> Page<'a> {
        Page {
            html,
            charset: None,
            url: None,
        }
    }
}

/// What [`extract`] found in a page.
#[derive(Clone, Debug, PartialEq)]
pub struct Extracted {
    /// The main text: one paragraph a line (separated by `\n`), at least
    /// [`MIN_CHARS`] letters and digits.
    pub text: String,
    /// The title, from the page's metadata or `<title>`.
    pub title: Option<String>,
    /// The canonical link (absolute), else the `og:url`.
    pub url: Option<String>,
    /// The publication date from the page's metadata.
    pub published: Option<Published>,
    /// The charset the page was decoded from (its WHATWG name).
    pub charset: &'static str,
    /// Problems that did not stop the extraction (an unknown charset name,
    /// malformed bytes replaced).
    pub warnings: Vec<String>,
}

/// Why a page gave no article.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ExtractError {
    /// The extractor found nothing that looks like an article's text (an
    /// index page, a login wall, an empty page): fewer than [`MIN_CHARS`]
    /// letters and digits.
    #[error("no main text in the page: {extractor} found fewer than {MIN_CHARS} letters or digits")]
    NoMainText {
        /// The extractor that looked.
        extractor: Extractor,
    },
    /// The page nests elements deeper than [`MAX_DEPTH`]: not parsed.
    #[error(
        "the page nests its elements more than {} deep (a broken or hostile page); not parsed",
        MAX_DEPTH
    )]
    TooDeep,
    /// The extractor is not compiled into this build.
    #[error(
        "the {} extractor is not in this build: rebuild with `--features {}`",
        .0.name(),
        .0.feature()
    )]
    Unavailable(Extractor),
    /// The extractor failed (or panicked) on this page.
    #[error("the {extractor} extractor failed: {message}")]
    Failed {
        /// The extractor.
        extractor: Extractor,
        /// What it said.
        message: String,
    },
}

/// Decodes `page`, finds its main text with `extractor` and reads its
/// metadata. See the crate docs for the rules.
pub fn extract(page: &Page<'_>, extractor: Extractor) -> Result<Extracted, ExtractError> {
    if !extractor.is_available() {
        return Err(ExtractError::Unavailable(extractor));
    }
    let decoded = decode(page.html, page.charset);
    if nesting(decoded.text.as_bytes(), MAX_DEPTH) > MAX_DEPTH {
        return Err(ExtractError::TooDeep);
    }
    let found = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        run(extractor, &decoded.text, page.url)
    }))
    .map_err(|payload| ExtractError::Failed {
        extractor,
        message: payload
            .downcast_ref::<&str>()
            .map(|s| format!("panicked: {s}"))
            .or_else(|| {
                payload
                    .downcast_ref::<String>()
                    .map(|s| format!("panicked: {s}"))
            })
            .unwrap_or_else(|| "panicked".to_string()),
    })??;
    if found
        .text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .take(MIN_CHARS)
        .count()
        < MIN_CHARS
    {
        return Err(ExtractError::NoMainText { extractor });
    }
    Ok(Extracted {
        text: found.text,
        title: found.title,
        url: found.url,
        published: found.published,
        charset: decoded.encoding.name(),
        warnings: decoded.warnings,
    })
}

/// What a backend returns: normalized text and metadata.
#[cfg_attr(
    not(any(feature = "dom-smoothie", feature = "trafilatura")),
    allow(dead_code)
)]
struct Found {
    text: String,
    title: Option<String>,
    url: Option<String>,
    published: Option<Published>,
}

#[allow(unused_variables, unreachable_code)]
fn run(extractor: Extractor, html: &str, url: Option<&str>) -> Result<Found, ExtractError> {
    #[cfg(any(feature = "dom-smoothie", feature = "trafilatura"))]
    {
        let doc = dom_query::Document::from(html);
        let meta = meta::read(&doc, url);
        let (text, title) = match extractor {
            #[cfg(feature = "dom-smoothie")]
            Extractor::DomSmoothie => smoothie(doc)?,
            #[cfg(feature = "trafilatura")]
            Extractor::Trafilatura => {
                drop(doc);
                trafilatura(html)?
            }
            #[allow(unreachable_patterns)]
            other => return Err(ExtractError::Unavailable(other)),
        };
        return Ok(Found {
            text: normalize(&text),
            title: meta.title.or(title.filter(|t| !t.trim().is_empty())),
            url: meta.url,
            published: meta.published,
        });
    }
    Err(ExtractError::Unavailable(extractor))
}

/// The dom_smoothie text (formatted: block elements on lines of their own)
/// and title of a parsed page.
#[cfg(feature = "dom-smoothie")]
fn smoothie(doc: dom_query::Document) -> Result<(String, Option<String>), ExtractError> {
    use dom_smoothie::{Config, Readability, ReadabilityError, TextMode};
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let failed = |e: ReadabilityError| ExtractError::Failed {
        extractor: Extractor::DomSmoothie,
        message: e.to_string(),
    };
    let mut readability = Readability::with_document(doc, None, Some(config)).map_err(failed)?;
    match readability.parse() {
        Ok(article) => Ok((article.text_content.to_string(), Some(article.title))),
        Err(ReadabilityError::GrabFailed) => Err(ExtractError::NoMainText {
            extractor: Extractor::DomSmoothie,
        }),
        Err(e) => Err(failed(e)),
    }
}

/// The rs-trafilatura text and title of a page.
#[cfg(feature = "trafilatura")]
fn trafilatura(html: &str) -> Result<(String, Option<String>), ExtractError> {
    match rs_trafilatura::extract(html) {
        Ok(result) => Ok((result.content_text, result.metadata.title)),
        Err(e) => Err(ExtractError::Failed {
            extractor: Extractor::Trafilatura,
            message: e.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_names_parse_back() {
        for e in Extractor::ALL {
            assert_eq!(e.name().parse::<Extractor>(), Ok(e));
        }
        assert_eq!("DOM-SMOOTHIE".parse(), Ok(Extractor::DomSmoothie));
        assert_eq!("rs-trafilatura".parse(), Ok(Extractor::Trafilatura));
        assert!("goose".parse::<Extractor>().unwrap_err().contains("goose"));
    }

    /// The version written into records is the one Cargo.lock resolved.
    #[test]
    fn versions_match_the_lock_file() {
        let lock =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../Cargo.lock"))
                .unwrap();
        for (e, package) in [
            (Extractor::DomSmoothie, "dom_smoothie"),
            (Extractor::Trafilatura, "rs-trafilatura"),
        ] {
            let entry = format!("name = \"{package}\"\nversion = \"{}\"", e.version());
            let listed = lock.contains(&format!("name = \"{package}\"\n"));
            assert!(
                !listed || lock.contains(&entry),
                "{package}: Cargo.lock resolves another version than {}",
                e.version()
            );
            if e.is_available() {
                assert!(listed, "{package} is compiled in but not in Cargo.lock");
            }
        }
    }

    #[test]
    fn a_missing_extractor_says_which_feature_to_enable() {
        for e in Extractor::ALL {
            if !e.is_available() {
                let err = extract(&Page::new(b"<p>x</p>"), e).unwrap_err();
                assert_eq!(err, ExtractError::Unavailable(e));
                assert!(err.to_string().contains(e.feature()));
            }
        }
    }
}
