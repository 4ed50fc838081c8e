//! Shared language tools for newsfacts analyzers: sentences, paragraphs,
//! tokens, abbreviations, numbers, and the character index.
//!
//! Every analyzer needs the same groundwork before it can look for dates,
//! quotes or casualty figures: where sentences begin and end (news text is
//! full of `U.S.`, `Gen.` and `Feb. 24`), which words and numbers a sentence
//! holds, and how byte offsets map to characters. This crate does that work
//! once, fast, and exposes it two ways:
//!
//! * **functions** on plain `&str` — [`split_sentences`], [`split_paragraphs`],
//!   [`tokenize`] — returning [`Span`](newsfacts_core::Span)s (byte offsets, always on character
//!   boundaries) or [`Token`]s, usable outside any pipeline;
//! * **layers** of a [`Document`](newsfacts_core::Document) — [`Sentences`],
//!   [`Paragraphs`], [`Tokens`], [`Chars`] — computed on first use by
//!   `doc.layer::<L>()` and shared by every analyzer of that document.
//!
//! # Brief overview
//!
//! | module | what | layer |
//! |---|---|---|
//! | [`sentences`] | sentence boundaries that survive news abbreviations, initials, decimals and stripped quotation marks; every line break is a boundary | [`Sentences`] |
//! | [`paragraphs`] | one paragraph per non-blank line | [`Paragraphs`] |
//! | [`tokens`] | words (`Ukraine's`, `anti-tank`, `U.S.`), numbers (`14,000`, `1.5`, `2022-02-04`), punctuation | [`Tokens`] |
//! | [`abbreviations`] | the abbreviation lexicon and the sentence-starter words the splitter uses | — |
//! | [`numbers`] | English number phrases | — |
//! | [`chars`] | byte ↔ character offsets ([`CharIndex`]) | [`Chars`] |
//!
//! Nothing here panics on any input: every span is built with
//! [`Span::new`](newsfacts_core::Span::new), and property tests feed
//! arbitrary text to every function.
//!
//! # Example
//!
//! ```
//! use newsfacts_core::{Article, Document};
//! use newsfacts_text::{Sentences, Tokens, TokenKind};
//!
//! let article = Article::new(
//!     "kyiv-1",
//!     "Gen. Anna Berg said 14,000 troops left the U.S. base on Feb. 4. \
//!      Ive been clear about it, Berg said.\nTalks resume at 5 p.m. The next day is quiet.",
//! );
//! let doc = Document::new(&article);
//! let body = doc.body();
//!
//! let sentences = doc.layer::<Sentences>();
//! let texts: Vec<&str> = sentences.iter().map(|s| s.text(body)).collect();
//! assert_eq!(texts, [
//!     "Gen. Anna Berg said 14,000 troops left the U.S. base on Feb. 4.",
//!     "Ive been clear about it, Berg said.",
//!     "Talks resume at 5 p.m.",
//!     "The next day is quiet.",
//! ]);
//!
//! // The numbers of the first sentence, from the shared token layer.
//! let tokens = doc.layer::<Tokens>();
//! let first = sentences.get(0).unwrap();
//! let numbers: Vec<&str> = tokens
//!     .within(first)
//!     .iter()
//!     .filter(|t| t.kind == TokenKind::Number)
//!     .map(|t| t.text(body))
//!     .collect();
//! assert_eq!(numbers, ["14,000", "4"]);
//!
//! // Which sentence is byte 70 in?
//! assert_eq!(sentences.index_of(70), Some(1));
//! ```

#![forbid(unsafe_code)]
// Library code never unwraps: user data must not be able to panic it.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod abbreviations;
pub mod chars;
pub mod numbers;
pub mod paragraphs;
pub mod segments;
pub mod sentences;
pub mod tokens;

pub use chars::Chars;
pub use newsfacts_core::CharIndex;
pub use paragraphs::{Paragraphs, split_paragraphs};
pub use segments::Segments;
pub use sentences::{LineSentences, Sentences, split_sentences};
pub use tokens::{Token, TokenKind, Tokens, tokenize};
