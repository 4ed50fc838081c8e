//! [`Segments`]: an ordered list of non-overlapping spans of one text, with
//! the look-ups every segmentation layer needs (which segment holds a byte
//! offset, iteration). [`Sentences`](crate::Sentences) and
//! [`Paragraphs`](crate::Paragraphs) are segments: both dereference to this
//! type, so they share one implementation of these methods.

use newsfacts_core::Span;

/// Sorted, non-overlapping spans of one text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segments {
    spans: Vec<Span>,
}

impl Segments {
    /// Wraps spans that are sorted and do not overlap (as every splitter of
    /// this crate returns them).
    pub fn new(spans: Vec<Span>) -> Segments {
        debug_assert!(spans.windows(2).all(|w| w[0].end() <= w[1].start()));
        Segments { spans }
    }

    /// The spans, in order.
    pub fn spans(&self) -> &[Span] {
        &self.spans
    }

    /// The index of the segment containing byte offset `byte`, or `None`
    /// when it falls between segments (white space) or past the end.
    /// Binary search: O(log n).
    pub fn index_of(&self, byte: usize) -> Option<usize> {
        let i = self.spans.partition_point(|s| s.end() <= byte);
        self.spans.get(i).filter(|s| s.start() <= byte).map(|_| i)
    }

    /// The segment containing byte offset `byte` ([`Segments::index_of`]).
    pub fn containing(&self, byte: usize) -> Option<Span> {
        self.index_of(byte).and_then(|i| self.get(i))
    }

    /// The `i`-th segment.
    pub fn get(&self, i: usize) -> Option<Span> {
        self.spans.get(i).copied()
    }

    /// The segments, in order.
    pub fn iter(&self) -> std::iter::Copied<std::slice::Iter<'_, Span>> {
        self.spans.iter().copied()
    }

    /// Number of segments.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// True when there is none (the text is empty or white space).
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }
}

impl<'a> IntoIterator for &'a Segments {
    type Item = Span;
    type IntoIter = std::iter::Copied<std::slice::Iter<'a, Span>>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// Declares a segmentation layer: a newtype over [`Segments`] computed from
/// the document body by `$split`, dereferencing to `Segments`.
macro_rules! segment_layer {
    ($(#[$doc:meta])* $name:ident, $split:path) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct $name($crate::segments::Segments);

        impl $name {
            #[doc = concat!("The ", stringify!($name), " of `text` ([`", stringify!($split), "`]).")]
            pub fn new(text: &str) -> $name {
                $name($crate::segments::Segments::new($split(text)))
            }
        }

        impl std::ops::Deref for $name {
            type Target = $crate::segments::Segments;
            fn deref(&self) -> &$crate::segments::Segments {
                &self.0
            }
        }

        impl newsfacts_core::Layer for $name {
            fn compute(doc: &newsfacts_core::Document<'_>) -> Self {
                $name::new(doc.body())
            }
        }

        impl<'a> IntoIterator for &'a $name {
            type Item = newsfacts_core::Span;
            type IntoIter = std::iter::Copied<std::slice::Iter<'a, newsfacts_core::Span>>;
            fn into_iter(self) -> Self::IntoIter {
                self.0.iter()
            }
        }
    };
}
pub(crate) use segment_layer;
