//! [`Span`]: a byte range into an article body that is always valid.

use std::ops::Range;

use serde::{Serialize, Serializer, ser::SerializeStruct};

use crate::{Error, offsets};

/// A byte range `start..end` into [`Article::body`](crate::Article::body),
/// end exclusive, always on `char` boundaries of the text it was made for.
///
/// The fields are private so that no span can be built without the checks:
/// [`Span::new`] refuses ranges that are reversed, out of bounds or that cut a
/// character. `&text[span.range()]` therefore never panics on that text.
///
/// A span serializes as `{"start": .., "end": ..}`. Inside a
/// [`Record`](crate::Record) written with [`OffsetUnit::Chars`](crate::OffsetUnit),
/// those numbers are character (Unicode scalar value) offsets, the convention
/// of Python and most JSON consumers; otherwise they are byte offsets. Use
/// `#[serde(flatten)]` to inline them into a finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// The span `start..end` of `text`, or [`Error::InvalidSpan`] when it is
    /// reversed, past the end, or not on char boundaries.
    pub fn new(text: &str, start: usize, end: usize) -> Result<Span, Error> {
        let bad = |reason| Error::InvalidSpan {
            start,
            end,
            len: text.len(),
            reason,
        };
        if start > end {
            return Err(bad("start is after end"));
        }
        if end > text.len() {
            return Err(bad("end is past the end of the text"));
        }
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return Err(bad("not on a character boundary"));
        }
        Ok(Span { start, end })
    }

    /// [`Span::new`] from a range.
    pub fn from_range(text: &str, range: Range<usize>) -> Result<Span, Error> {
        Span::new(text, range.start, range.end)
    }

    /// The span of `part`, which must be a sub-slice of `text` (as returned by
    /// `str` methods such as `split` or `trim`); `None` when it is not.
    pub fn of_subslice(text: &str, part: &str) -> Option<Span> {
        let base = text.as_ptr() as usize;
        let p = part.as_ptr() as usize;
        if p < base || p + part.len() > base + text.len() {
            return None;
        }
        Span::new(text, p - base, p - base + part.len()).ok()
    }

    /// First byte.
    pub fn start(&self) -> usize {
        self.start
    }

    /// One past the last byte.
    pub fn end(&self) -> usize {
        self.end
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// `start..end`.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The text it covers. Returns `""` rather than panicking if `text` is not
    /// the text the span was made for and the range does not fit it.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.range()).unwrap_or("")
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// True when the two share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Span", 2)?;
        s.serialize_field("start", &offsets::convert(self.start))?;
        s.serialize_field("end", &offsets::convert(self.end))?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn refuses_cut_characters_and_bad_ranges() {
        let t = "Kyïv ok";
        assert!(Span::new(t, 0, 3).is_err(), "cuts ï");
        assert!(Span::new(t, 3, 2).is_err());
        assert!(Span::new(t, 0, 99).is_err());
        let s = Span::new(t, 0, 5).unwrap();
        assert_eq!(s.text(t), "Kyïv");
        assert_eq!(Span::of_subslice(t, &t[6..]).unwrap().range(), 6..8);
        assert_eq!(Span::of_subslice(t, "ok"), None, "not a sub-slice");
    }

    proptest! {
        #[test]
        fn new_accepts_exactly_the_valid_ranges(t in "\\PC{0,20}", a in 0usize..40, b in 0usize..40) {
            let ok = a <= b && b <= t.len() && t.is_char_boundary(a) && t.is_char_boundary(b);
            prop_assert_eq!(Span::new(&t, a, b).is_ok(), ok);
            if ok {
                prop_assert_eq!(Span::new(&t, a, b).unwrap().text(&t), &t[a..b]);
            }
        }
    }
}
