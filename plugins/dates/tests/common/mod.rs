//! Helpers shared by the dates tests: run the analyzer on a sentence and
//! look for an expression by its text.
#![allow(dead_code)]

use newsfacts_core::{Analyzer, Article, Document, Published};
use newsfacts_dates::{Anchor, Dates, DatesConfig, Timex, TimexType};

/// The publication date the examples use: Wednesday 2024-05-15.
pub const PUBLISHED: (i32, u32, u32) = (2024, 5, 15);

/// What the analyzer finds in `body` with `config`, published on `date`.
pub fn run_with(body: &str, date: (i32, u32, u32), config: DatesConfig) -> Vec<Timex> {
    let (y, m, d) = date;
    let article = Article::new("t", body).published(Published::ymd(y, m, d).unwrap());
    Dates::new(config)
        .unwrap()
        .analyze(&Document::new(&article))
        .unwrap()
}

/// What the analyzer finds in `body`, published on 2024-05-15.
pub fn run(body: &str) -> Vec<Timex> {
    run_with(body, PUBLISHED, DatesConfig::default())
}

/// What the analyzer finds in `body` read as a narrative.
pub fn run_narrative(body: &str) -> Vec<Timex> {
    let config = DatesConfig {
        anchor: Anchor::Narrative,
        ..DatesConfig::default()
    };
    run_with(body, PUBLISHED, config)
}

/// `(text, type, value)` of each expression found.
pub fn triples(found: &[Timex]) -> Vec<(String, TimexType, String)> {
    found
        .iter()
        .map(|t| (t.text.clone(), t.kind, t.value.clone()))
        .collect()
}

/// Asserts that `found` (from `body`) has `text` as an expression of `kind`
/// and `value`, and returns it.
pub fn expect(found: &[Timex], body: &str, text: &str, kind: TimexType, value: &str) -> Timex {
    found
        .iter()
        .find(|t| t.text == text && t.kind == kind && t.value == value)
        .cloned()
        .unwrap_or_else(|| {
            panic!(
                "expected {text:?} {kind:?} {value:?} in {body:?}, found {:?}",
                triples(found)
            )
        })
}

/// Asserts that `body` (published 2024-05-15) has `text` as an expression
/// of `kind` and `value`.
pub fn has(body: &str, text: &str, kind: TimexType, value: &str) -> Timex {
    expect(&run(body), body, text, kind, value)
}

/// Asserts that no expression in `body` covers any of `words`.
pub fn lacks(body: &str, words: &str) {
    let found = run(body);
    let at = body
        .find(words)
        .unwrap_or_else(|| panic!("{words:?} not in {body:?}"));
    let end = at + words.len();
    let hit: Vec<_> = found
        .iter()
        .filter(|t| t.span.start() < end && at < t.span.end())
        .collect();
    assert!(hit.is_empty(), "{words:?} in {body:?} was tagged: {hit:?}");
}
