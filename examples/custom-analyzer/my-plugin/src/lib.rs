//! An example third-party newsfacts analyzer, `shouting`: exclamation marks and
//! words in capitals (`URGENT`, `BREAKING`), with their spans.
//!
//! It shows everything a plugin crate needs: a dependency on `newsfacts-core`
//! alone, one type implementing [`Analyzer`], a typed config and output, and
//! one `register!` line. Any binary that names this crate (`use my_plugin as
//! _;`) runs it beside the bundled analyzers; see `docs/plugin-guide.md`.

#![forbid(unsafe_code)]

use newsfacts_core::{Analyzer, Document, Error, Span};
use serde::{Deserialize, Serialize};

/// The analyzer.
pub struct Shouting {
    min_len: usize,
}

/// Settings, from the `shouting` section of `newsfacts run --config FILE`.
#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ShoutingConfig {
    /// Shortest all-capitals word reported (shorter ones are mostly acronyms
    /// such as `US` or `UN`).
    pub min_len: usize,
}

impl Default for ShoutingConfig {
    fn default() -> Self {
        ShoutingConfig { min_len: 4 }
    }
}

/// What it finds in one article.
#[derive(Debug, Serialize)]
pub struct Shouts {
    /// Number of `!` in the body.
    pub exclamations: usize,
    /// Words written entirely in capitals, at least `min_len` letters long.
    pub caps: Vec<Shout>,
}

/// One all-capitals word.
#[derive(Debug, Serialize)]
pub struct Shout {
    /// The word.
    pub text: String,
    /// Where it is (converted to character offsets on output by the runner).
    #[serde(flatten)]
    pub span: Span,
}

/// The analyzer's output type under the conventional name every plugin
/// crate exports (`newsfacts_dates::Output`, ...).
pub type Output = Shouts;

impl Analyzer for Shouting {
    const NAME: &'static str = "shouting";
    type Config = ShoutingConfig;
    type Output = Output;

    fn new(config: ShoutingConfig) -> Result<Self, Error> {
        if config.min_len == 0 {
            return Err(Error::Config {
                analyzer: Self::NAME,
                reason: "min_len must be at least 1".into(),
            });
        }
        Ok(Shouting {
            min_len: config.min_len,
        })
    }

    fn analyze(&self, doc: &Document<'_>) -> Result<Shouts, Error> {
        let body = doc.body();
        let mut caps = Vec::new();
        for word in body.split(|c: char| !c.is_alphanumeric()) {
            let letters = word.chars().filter(|c| c.is_alphabetic()).count();
            if letters >= self.min_len && word.chars().all(|c| !c.is_lowercase()) {
                // `word` is a sub-slice of `body`, so its span always exists.
                if let Some(span) = Span::of_subslice(body, word) {
                    caps.push(Shout {
                        text: word.to_string(),
                        span,
                    });
                }
            }
        }
        Ok(Shouts {
            exclamations: body.matches('!').count(),
            caps,
        })
    }
}

newsfacts_core::register!(
    Shouting,
    "exclamation marks and all-capitals words (example plugin)"
);

#[cfg(test)]
mod tests {
    use super::*;
    use newsfacts_core::{Article, Registry};

    #[test]
    fn finds_shouting_and_registers_itself() {
        let a = Article::new("t", "BREAKING: the dam HELD! Officials in the US cheered!");
        let out = Shouting::new(ShoutingConfig::default())
            .unwrap()
            .analyze(&Document::new(&a))
            .unwrap();
        assert_eq!(out.exclamations, 2);
        let words: Vec<_> = out
            .caps
            .iter()
            .map(|s| (s.text.as_str(), s.span.text(&a.body)))
            .collect();
        assert_eq!(words, [("BREAKING", "BREAKING"), ("HELD", "HELD")]);
        assert!(Registry::global().unwrap().get("shouting").is_ok());
        assert!(Shouting::new(ShoutingConfig { min_len: 0 }).is_err());
    }
}
