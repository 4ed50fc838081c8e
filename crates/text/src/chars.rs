//! The byte ↔ character offset index of a document, as a layer.
//!
//! Analyzers work in byte offsets ([`Span`](newsfacts_core::Span)), and
//! output is converted to character offsets automatically when a record is
//! written. Some analyzers still need characters while they work — a window
//! of "at most 200 characters", or a score computed like a Python consumer
//! would. [`Chars`] builds the [`CharIndex`] of the body once per document
//! and shares it.
//!
//! `CharIndex` itself lives in `newsfacts-core` (the output conversion needs
//! it there, and a layer must be a type of this crate to implement core's
//! `Layer` trait for it), so this layer is a thin wrapper that dereferences to
//! it.
//!
//! ```
//! use newsfacts_core::{Article, Document};
//! use newsfacts_text::Chars;
//! let article = Article::new("a1", "Kyïv, Ukraine");
//! let doc = Document::new(&article);
//! let chars = doc.layer::<Chars>();
//! assert_eq!(chars.char_of_byte(6), Some(5)); // "ï" takes two bytes
//! assert_eq!(chars.byte_of_char(5), Some(6));
//! assert_eq!(chars.char_len(), 13);
//! ```

use std::ops::Deref;

use newsfacts_core::{CharIndex, Document, Layer};

/// The [`CharIndex`] of a document's body, as a shared layer:
/// `doc.layer::<Chars>()`. Dereferences to the index.
#[derive(Clone, Debug)]
pub struct Chars(pub CharIndex);

impl Chars {
    /// The index of `text`.
    pub fn new(text: &str) -> Chars {
        Chars(CharIndex::new(text))
    }
}

impl Deref for Chars {
    type Target = CharIndex;
    fn deref(&self) -> &CharIndex {
        &self.0
    }
}

impl Layer for Chars {
    fn compute(doc: &Document<'_>) -> Self {
        Chars::new(doc.body())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_the_body() {
        let c = Chars::new("a—b");
        assert_eq!(c.char_len(), 3);
        assert_eq!(c.char_of_byte(4), Some(2));
        assert_eq!(c.char_of_byte(2), None, "inside the dash");
    }
}
