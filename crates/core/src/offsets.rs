//! Byte and character offsets.
//!
//! Spans are byte offsets inside the program (`&body[start..end]` is free and
//! exact). Consumers in Python, JavaScript or the shared corpora count
//! characters (Unicode scalar values), so output can be written in either
//! unit. The conversion happens while a [`Record`](crate::Record) is
//! serialized: [`with_chars`] installs a [`CharIndex`] for the current thread,
//! and every [`Span`](crate::Span) — and every offset field serialized with
//! [`serialize`] or [`serialize_opt`] — is converted on the way out. Analyzers
//! therefore work in bytes only and never think about the output unit.
//!
//! ```
//! use newsfacts_core::{CharIndex, offsets};
//! let idx = CharIndex::new("Kyïv is");
//! assert_eq!(idx.char_of_byte(6), Some(5)); // "ï" is two bytes
//! assert_eq!(idx.byte_of_char(5), Some(6));
//! assert_eq!(offsets::with_chars(&idx, || offsets::convert(6)), 5);
//! assert_eq!(offsets::convert(6), 6); // outside: bytes
//! ```

use std::cell::RefCell;

use serde::{Serialize, Serializer};

/// The unit in which output offsets are written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum OffsetUnit {
    /// Unicode scalar values (Python `str` indices). The default.
    #[default]
    Chars,
    /// UTF-8 bytes (Rust `str` indices).
    Bytes,
}

impl OffsetUnit {
    /// `"chars"` or `"bytes"`.
    pub fn as_str(&self) -> &'static str {
        match self {
            OffsetUnit::Chars => "chars",
            OffsetUnit::Bytes => "bytes",
        }
    }
}

impl std::str::FromStr for OffsetUnit {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "chars" | "char" => Ok(OffsetUnit::Chars),
            "bytes" | "byte" => Ok(OffsetUnit::Bytes),
            other => Err(format!(
                "unknown offset unit `{other}` (expected `chars` or `bytes`)"
            )),
        }
    }
}

/// Converts between byte offsets and character offsets of one text.
///
/// For ASCII text both are the same and the index stores nothing. Otherwise it
/// keeps, for every byte, the index of the character it belongs to (4 bytes
/// per byte of text), so both directions are O(1) or O(log n).
#[derive(Clone, Debug)]
pub struct CharIndex {
    len: usize,
    /// `table[b]` = index of the char containing byte `b`; `table[len]` = char count.
    /// Empty for ASCII text.
    table: Vec<u32>,
}

impl CharIndex {
    /// Builds the index of `text`.
    pub fn new(text: &str) -> CharIndex {
        if text.is_ascii() {
            return CharIndex {
                len: text.len(),
                table: Vec::new(),
            };
        }
        // One pass over the bytes, no decoding: a byte belongs to the
        // character started by the last byte that is not a continuation
        // byte (`0b10xx_xxxx`), so the running count of such bytes, less
        // one, is its character index. (The text is valid UTF-8 and starts
        // with a character, so the count is at least one from byte 0 on.)
        //
        // Eight bytes at a time: one bit per byte says whether it starts a
        // character, and a multiplication sums those bits into a running
        // count inside each byte of the word.
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let mut table = Vec::with_capacity(text.len() + 1);
        let mut starts: u32 = 0;
        let mut chunks = text.as_bytes().chunks_exact(8);
        for chunk in &mut chunks {
            let x = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
            // Top bit of a byte: clear only for `0b10xx_xxxx` (bit 6 of each
            // byte moves into its bit 7).
            let start = (!x | (x << 1)) & HIGH;
            // Byte `k` holds how many of bytes `0..=k` start a character.
            let counts = (start >> 7).wrapping_mul(ONES);
            let before = starts.wrapping_sub(1);
            table.extend((0..8).map(|k| before.wrapping_add(((counts >> (8 * k)) & 0xff) as u32)));
            starts = starts.wrapping_add((counts >> 56) as u32);
        }
        table.extend(chunks.remainder().iter().map(|&b| {
            starts += u32::from((b as i8) >= -0x40);
            starts.wrapping_sub(1)
        }));
        // `table[len]`: the character count.
        table.push(starts);
        CharIndex {
            len: text.len(),
            table,
        }
    }

    /// Length of the text in bytes.
    pub fn byte_len(&self) -> usize {
        self.len
    }

    /// Number of characters in the text.
    pub fn char_len(&self) -> usize {
        if self.table.is_empty() {
            self.len
        } else {
            self.table[self.len] as usize
        }
    }

    /// The character offset of byte offset `byte`, or `None` when `byte` is
    /// past the end or inside a character.
    pub fn char_of_byte(&self, byte: usize) -> Option<usize> {
        if byte > self.len {
            return None;
        }
        if self.table.is_empty() {
            return Some(byte);
        }
        let c = self.table[byte];
        if byte > 0 && byte < self.len && self.table[byte - 1] == c {
            return None; // a continuation byte
        }
        Some(c as usize)
    }

    /// The character offset of the character containing byte `byte` (clamped
    /// to the end): total, for converting offsets that may be mid-character.
    pub fn char_of_byte_floor(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        if self.table.is_empty() {
            byte
        } else {
            self.table[byte] as usize
        }
    }

    /// The byte offset of character offset `ch`, or `None` past the end.
    pub fn byte_of_char(&self, ch: usize) -> Option<usize> {
        if self.table.is_empty() {
            return (ch <= self.len).then_some(ch);
        }
        if ch > self.char_len() {
            return None;
        }
        Some(self.table.partition_point(|&x| (x as usize) < ch))
    }
}

thread_local! {
    static ACTIVE: RefCell<Option<CharIndex>> = const { RefCell::new(None) };
}

/// Runs `f` with character offsets active on this thread: inside it,
/// [`convert`] (and so every `Span` serialized) maps byte offsets to
/// character offsets of the text `index` was built from.
pub fn with_chars<R>(index: &CharIndex, f: impl FnOnce() -> R) -> R {
    with_chars_owned(index.clone(), f)
}

/// [`with_chars`] with an index the caller no longer needs, so it is moved
/// in rather than copied (a `Record` builds one per non-ASCII article).
pub(crate) fn with_chars_owned<R>(index: CharIndex, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<CharIndex>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let prev = self.0.take();
            ACTIVE.with(|a| *a.borrow_mut() = prev);
        }
    }
    let prev = ACTIVE.with(|a| a.borrow_mut().replace(index));
    let _restore = Restore(prev);
    f()
}

/// A byte offset in the active output unit: unchanged outside [`with_chars`],
/// the character offset inside it.
pub fn convert(byte: usize) -> usize {
    ACTIVE.with(|a| match a.borrow().as_ref() {
        Some(idx) => idx.char_of_byte_floor(byte),
        None => byte,
    })
}

/// `#[serde(serialize_with = "newsfacts_core::offsets::serialize")]` for a
/// `usize` byte offset field, so it is converted like a `Span`'s.
pub fn serialize<S: Serializer>(byte: &usize, s: S) -> Result<S::Ok, S::Error> {
    convert(*byte).serialize(s)
}

/// [`serialize`] for an `Option<usize>` byte offset field.
pub fn serialize_opt<S: Serializer>(byte: &Option<usize>, s: S) -> Result<S::Ok, S::Error> {
    byte.map(convert).serialize(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ascii_is_identity() {
        let idx = CharIndex::new("abc");
        assert_eq!(idx.char_of_byte(3), Some(3));
        assert_eq!(idx.byte_of_char(2), Some(2));
        assert_eq!(idx.byte_of_char(4), None);
    }

    #[test]
    fn continuation_bytes_are_not_offsets() {
        let idx = CharIndex::new("a—b"); // em dash: 3 bytes
        assert_eq!(idx.char_of_byte(1), Some(1));
        assert_eq!(idx.char_of_byte(2), None);
        assert_eq!(idx.char_of_byte(4), Some(2));
        assert_eq!(idx.char_of_byte(5), Some(3));
        assert_eq!(idx.char_len(), 3);
    }

    proptest! {
        #[test]
        fn round_trips_on_every_boundary(t in "\\PC{0,30}") {
            let idx = CharIndex::new(&t);
            prop_assert_eq!(idx.char_len(), t.chars().count());
            for (ci, (bi, _)) in t.char_indices().chain(std::iter::once((t.len(), ' '))).enumerate() {
                prop_assert_eq!(idx.char_of_byte(bi), Some(ci));
                prop_assert_eq!(idx.byte_of_char(ci), Some(bi));
            }
        }

        #[test]
        fn every_byte_maps_to_the_character_holding_it(t in "\\PC{0,30}") {
            let idx = CharIndex::new(&t);
            for (ci, (bi, ch)) in t.char_indices().enumerate() {
                for b in bi..bi + ch.len_utf8() {
                    prop_assert_eq!(idx.char_of_byte_floor(b), ci);
                    prop_assert_eq!(idx.char_of_byte(b), (b == bi).then_some(ci));
                }
            }
            prop_assert_eq!(idx.char_of_byte_floor(t.len()), t.chars().count());
        }
    }
}
