//! Helpers shared by the quotes analyzer's integration tests (each test file
//! is its own crate and uses a subset of them).
#![allow(dead_code)]

use newsfacts_core::{Analyzer, Article, Document};
use newsfacts_quotes::{Quote, Quotes, QuotesConfig};

/// The quotes found in `text` with the default configuration.
pub fn run(text: &str) -> Vec<Quote> {
    run_with(text, QuotesConfig::default())
}

/// The quotes found in `text` with `config`.
pub fn run_with(text: &str, config: QuotesConfig) -> Vec<Quote> {
    let article = Article::new("t", text);
    Quotes::new(config)
        .unwrap()
        .analyze(&Document::new(&article))
        .unwrap()
}

/// The speaker text of the quote whose content starts with `prefix`.
pub fn speaker_text_of(qs: &[Quote], prefix: &str) -> Option<String> {
    qs.iter()
        .find(|q| q.text.starts_with(prefix))
        .unwrap_or_else(|| panic!("no quote starting {prefix:?} in {qs:?}"))
        .speaker_text
        .clone()
}
