//! Paragraphs: every non-blank line is one paragraph.
//!
//! News bodies arrive with one paragraph a line: the dateline format puts one
//! sentence or paragraph on each line, JSON bodies join paragraphs with `\n`
//! or `\n\n`, and scraped pages rarely wrap lines inside a paragraph. So a
//! paragraph here is simply a line that is not blank, trimmed of white space;
//! blank lines only separate. This makes two useful promises:
//!
//! * a paragraph never contains a line break, and
//! * every sentence ([`crate::sentences`]) lies inside exactly one paragraph,
//!   because sentences never cross a line either.
//!
//! Hard-wrapped text (a paragraph broken over several lines) therefore yields
//! one paragraph per line; that layout is rare in news and cannot be told apart
//! from one-line paragraphs without guessing.
//!
//! Line breaks are `\n`, `\r`, vertical tab, form feed, NEL (U+0085) and the
//! Unicode line and paragraph separators (U+2028, U+2029).
//!
//! ```
//! use newsfacts_text::paragraphs::split_paragraphs;
//! let body = "KYIV, Ukraine (AP) _\n\nShelling resumed overnight.\r\n  Officials said 3 died.  \n";
//! let texts: Vec<&str> = split_paragraphs(body).iter().map(|s| s.text(body)).collect();
//! assert_eq!(texts, ["KYIV, Ukraine (AP) _", "Shelling resumed overnight.", "Officials said 3 died."]);
//! ```

use newsfacts_core::Span;

/// The spans of the paragraphs of `text`: its non-blank lines, trimmed of
/// surrounding white space, in order.
pub fn split_paragraphs(text: &str) -> Vec<Span> {
    lines(text)
        .filter_map(|(start, line)| {
            let trimmed = line.trim();
            if trimmed.is_empty() {
                return None;
            }
            let lead = line.len() - line.trim_start().len();
            Span::new(text, start + lead, start + lead + trimmed.len()).ok()
        })
        .collect()
}

/// True for the characters that end a line: `\n`, `\r`, vertical tab, form
/// feed, NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029).
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Every line of `text` with its byte offset, line breaks excluded; `\r\n`
/// yields an empty line between its two breaks, which callers skip as blank.
///
/// Scans bytes: every line break is either one ASCII byte or starts with
/// `0xC2` (NEL) or `0xE2` (U+2028, U+2029), so other bytes are skipped fast.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        while let Some(&b) = bytes.get(i) {
            let width = match b {
                b'\n' | b'\r' | 0x0B | 0x0C => 1,
                0xC2 if bytes.get(i + 1) == Some(&0x85) => 2,
                0xE2 if bytes.get(i + 1) == Some(&0x80)
                    && matches!(bytes.get(i + 2), Some(&0xA8) | Some(&0xA9)) =>
                {
                    3
                }
                _ => {
                    i += 1;
                    continue;
                }
            };
            let line = (start, text.get(start..i).unwrap_or(""));
            i += width;
            start = i;
            return Some(line);
        }
        done = true;
        Some((start, text.get(start..).unwrap_or("")))
    })
}

crate::segments::segment_layer!(
/// The paragraphs of a document, as a shared layer: `doc.layer::<Paragraphs>()`.
///
/// ```
/// use newsfacts_core::{Article, Document};
/// use newsfacts_text::Paragraphs;
/// let article = Article::new("a1", "First paragraph.\n\nSecond one.");
/// let doc = Document::new(&article);
/// let paragraphs = doc.layer::<Paragraphs>();
/// assert_eq!(paragraphs.len(), 2);
/// assert_eq!(paragraphs.index_of(20), Some(1));
/// ```
    Paragraphs,
    split_paragraphs
);

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(body: &str) -> Vec<&str> {
        split_paragraphs(body)
            .iter()
            .map(|s| s.text(body))
            .collect()
    }

    #[test]
    fn one_line_is_one_paragraph() {
        let body = "Russian forces shelled the port.\nThe mayor said 12 people died.\nTalks resume Monday.";
        assert_eq!(
            texts(body),
            [
                "Russian forces shelled the port.",
                "The mayor said 12 people died.",
                "Talks resume Monday."
            ]
        );
    }

    #[test]
    fn blank_lines_and_white_space_only_separate() {
        let body = "\n\n  \t\nFirst.\r\n\r\n\u{a0}Second.\u{2029}Third.\u{85}\n   ";
        assert_eq!(texts(body), ["First.", "Second.", "Third."]);
    }

    #[test]
    fn empty_and_blank_texts_have_no_paragraphs() {
        assert!(split_paragraphs("").is_empty());
        assert!(split_paragraphs(" \n \r\n\t").is_empty());
    }

    #[test]
    fn lines_cover_the_text_between_breaks() {
        let got: Vec<_> = lines("a\u{2028}bc\r\nd").collect();
        assert_eq!(got, [(0, "a"), (4, "bc"), (7, ""), (8, "d")]);
        assert_eq!(lines("").collect::<Vec<_>>(), [(0, "")]);
        assert_eq!(lines("x\n").collect::<Vec<_>>(), [(0, "x"), (2, "")]);
    }

    #[test]
    fn index_of_finds_the_paragraph_and_not_the_gaps() {
        let body = "One.\n\nTwo.";
        let p = Paragraphs::new(body);
        assert_eq!(p.index_of(0), Some(0));
        assert_eq!(p.index_of(3), Some(0));
        assert_eq!(
            p.index_of(4),
            None,
            "the line break belongs to no paragraph"
        );
        assert_eq!(p.index_of(6), Some(1));
        assert_eq!(p.index_of(10), None, "past the end");
        assert_eq!(p.containing(7).map(|s| s.text(body)), Some("Two."));
    }
}
