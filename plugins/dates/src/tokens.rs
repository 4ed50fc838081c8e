//! A tiny tokenizer made for the date grammar.
//!
//! The grammar in [`crate::grammar`] works on tokens, not characters: a token
//! is a run of letters (a *word*), a run of digits with its thousands
//! separators, decimals and ordinal or decade suffix (a *number*: `4`, `4th`,
//! `1990s`, `101,194`), or one other non-space character (*punctuation*). Each
//! token remembers its byte range, whether white space (and a line break)
//! came before it, and, for short ASCII words, its lower-cased form as a
//! slice of a lower-cased copy of the whole text (so that comparing words
//! neither allocates nor re-validates anything) and what the word lists say
//! about it ([`crate::lexicon::Entry`], looked up once per word).
//!
//! Byte ranges always fall on `char` boundaries because tokens are cut only
//! at character boundaries; ASCII bytes take a fast path and other
//! characters are decoded one by one.

use crate::lexicon::{self, Entry};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A run of letters.
    Word,
    /// A run of digits (see [`Tok::value`]).
    Num,
    /// Any other single non-space character.
    Punct,
}

/// Longest word kept lower-cased; longer words match no lexicon entry.
const LOW: usize = 15;

/// One token with its byte range into the text; `'a` is the lifetime of the
/// lower-cased copy of the text its word points into.
#[derive(Clone, Copy, Debug)]
pub struct Tok<'a> {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Word, number or punctuation.
    pub kind: Kind,
    /// White space separates it from the previous token.
    pub space_before: bool,
    /// A line break separates it from the previous token.
    pub newline_before: bool,
    /// First character is upper case.
    pub cap: bool,
    /// Every letter is upper case (`WASHINGTON`).
    pub upper: bool,
    /// The character of a punctuation token.
    pub ch: char,
    /// For numbers: the integer value when it fits (separators removed,
    /// decimals dropped).
    pub value: Option<u64>,
    /// For numbers: how many digits before any separator or suffix.
    pub digits: u8,
    /// For numbers: contains a thousands separator or a decimal point.
    pub grouped: bool,
    /// For numbers: has a decimal part (`1.5`).
    pub decimal: bool,
    /// For numbers: ends in `st`, `nd`, `rd` or `th`.
    pub ordinal: bool,
    /// For numbers: ends in `s` (`1990s`).
    pub plural: bool,
    /// The finder may try its rules here: a number, an apostrophe (`'90s`)
    /// or a word the lexicon marks as a trigger ([`lexicon::trigger`]).
    /// Kept on the token so that the finder's scan over ordinary words
    /// reads nothing else.
    pub may_start: bool,
    low: &'a str,
    lex: &'static Entry,
}

impl<'a> Tok<'a> {
    /// The lower-cased word (empty for numbers, punctuation, non-ASCII and
    /// very long words).
    pub fn w(&self) -> &'a str {
        self.low
    }

    /// What the word lists say about the word (nothing for numbers,
    /// punctuation and words without a lower-cased form).
    pub fn lex(&self) -> &'static Entry {
        self.lex
    }

    /// True for a word equal to `s` (lower case) ignoring case.
    pub fn is(&self, s: &str) -> bool {
        self.kind == Kind::Word && self.low == s
    }

    /// True for the punctuation character `c`.
    pub fn is_p(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.ch == c
    }

    /// True for a plain number (no separators, ordinal or plural suffix).
    pub fn is_plain_num(&self) -> bool {
        self.kind == Kind::Num && !self.grouped && !self.ordinal && !self.plural
    }
}

/// The character at byte `i` of `text` and its length in bytes (`None` at
/// the end or off a character boundary).
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// `c.is_alphabetic()`, without the Unicode table search for General
/// Punctuation (U+2000–U+206F: curly quotes, dashes, the ellipsis), which
/// news text is full of and which holds no letter.
fn is_letter(c: char) -> bool {
    !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphabetic()
}

/// Splits `text` into tokens. `lower` must be `text.to_ascii_lowercase()`
/// (same length, same byte offsets): each short ASCII word's
/// [`Tok::w`] is a slice of it.
pub fn tokenize<'a>(text: &str, lower: &'a str) -> Vec<Tok<'a>> {
    // News text has about one token per five bytes: room enough for most
    // texts without growing.
    let mut out = Vec::with_capacity(text.len() / 4 + 8);
    let bytes = text.as_bytes();
    let mut space = true;
    let mut newline = true;
    let mut i = 0;
    loop {
        // The common separator first, byte by byte.
        while bytes.get(i) == Some(&b' ') {
            space = true;
            i += 1;
        }
        let Some((c, len)) = char_at(text, i) else {
            break;
        };
        if c.is_whitespace() {
            space = true;
            newline |= c == '\n' || c == '\r';
            i += len;
            continue;
        }
        let base = Tok {
            start: i,
            end: i + len,
            kind: Kind::Punct,
            space_before: space,
            newline_before: newline,
            cap: c.is_uppercase(),
            upper: false,
            ch: c,
            value: None,
            digits: 0,
            grouped: false,
            decimal: false,
            ordinal: false,
            plural: false,
            may_start: matches!(c, '\'' | '’'),
            low: "",
            lex: &Entry::NONE,
        };
        space = false;
        newline = false;
        // Each token is built in one piece (not filled in through a
        // `&mut`), which lets it stay in registers until it is pushed.
        let tok = if is_letter(c) {
            word(base, text, lower)
        } else if c.is_ascii_digit() {
            number(base, text)
        } else {
            base
        };
        i = tok.end;
        out.push(tok);
    }
    out
}

/// The word token that starts as `base` (its first letter): where it ends,
/// its case flags, lower-cased form and lexicon entry.
fn word<'a>(base: Tok<'a>, text: &str, lower: &'a str) -> Tok<'a> {
    let bytes = text.as_bytes();
    let start = base.start;
    let mut end = base.end;
    let mut ascii = base.ch.is_ascii();
    loop {
        match ascii_letters(bytes, end) {
            Some(8) => {
                end += 8;
                continue;
            }
            // The byte after them is no ASCII letter.
            Some(n) => end += n,
            // Near the end of the text: byte by byte.
            None => {}
        }
        match bytes.get(end) {
            Some(b) if b.is_ascii_alphabetic() => end += 1,
            Some(b) if !b.is_ascii() => match char_at(text, end) {
                Some((d, len)) if is_letter(d) => {
                    ascii = false;
                    end += len;
                }
                _ => break,
            },
            _ => break,
        }
    }
    // Only capitalised words can be all upper case: most words skip this.
    let upper = base.cap
        && text
            .get(start..end)
            .is_some_and(|w| w.chars().all(char::is_uppercase));
    let low = if ascii && end - start <= LOW {
        lower.get(start..end).unwrap_or("")
    } else {
        ""
    };
    let lex = if low.is_empty() {
        &Entry::NONE
    } else {
        lexicon::entry_in(lower, start, end)
    };
    Tok {
        end,
        kind: Kind::Word,
        upper,
        may_start: lex.trigger,
        low,
        lex,
        ..base
    }
}

/// How many ASCII letters begin `bytes[at..]`, up to 8, tested all at once
/// on one 8-byte load (`None` when fewer than 8 bytes are left). A loop
/// that tests byte by byte mispredicts its exit at the end of nearly every
/// word; most words end within one load, so this one does not.
fn ascii_letters(bytes: &[u8], at: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let window = <[u8; 8]>::try_from(bytes.get(at..at + 8)?).ok()?;
    let v = u64::from_le_bytes(window);
    // Each byte without its top bit, lower-cased if a letter: 0..=0x7f, so
    // adding at most 0x1f carries into no other byte.
    let x = (v & !HIGH) | (ONES * 0x20);
    let at_least_a = x + ONES * u64::from(0x80 - b'a');
    let past_z = x + ONES * u64::from(0x80 - b'z' - 1);
    // Top bit set for ASCII letters (and not for bytes of other characters).
    let letters = at_least_a & !past_z & !v & HIGH;
    Some((!letters & HIGH).trailing_zeros() as usize / 8)
}

/// The number token that starts as `base` (its first digit): its value,
/// separators and suffix.
fn number<'a>(base: Tok<'a>, text: &str) -> Tok<'a> {
    let bytes = text.as_bytes();
    let mut end = base.end;
    let mut value: Option<u64> = Some(u64::from(base.ch as u32 - '0' as u32));
    let mut digits = 1u8;
    let mut grouped = false;
    let mut decimal = false;
    let mut in_fraction = false;
    while let Some(&d) = bytes.get(end) {
        if d.is_ascii_digit() {
            if !in_fraction {
                value = value
                    .and_then(|v| v.checked_mul(10))
                    .and_then(|v| v.checked_add(u64::from(d - b'0')));
                if !grouped {
                    digits = digits.saturating_add(1);
                }
            }
            end += 1;
            continue;
        }
        // A separator counts only when a digit follows it.
        if (d == b',' || d == b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
            grouped = true;
            in_fraction |= d == b'.';
            decimal |= d == b'.';
            end += 1;
            continue;
        }
        break;
    }
    // Suffixes: 4th, 21st, 1990s. Only when the letters end the word.
    let rest = bytes.get(end..).unwrap_or(&[]);
    let letters = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let suffix = rest.get(..letters).unwrap_or(&[]);
    let ordinal = !grouped
        && [b"st", b"nd", b"rd", b"th"]
            .iter()
            .any(|s| suffix.eq_ignore_ascii_case(*s));
    let plural = !grouped && !ordinal && suffix.eq_ignore_ascii_case(b"s");
    if ordinal || plural {
        end += letters;
    }
    Tok {
        end,
        kind: Kind::Num,
        value,
        digits,
        grouped,
        decimal,
        ordinal,
        plural,
        may_start: true,
        ..base
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn general_punctuation_holds_no_letter() {
        for c in '\u{2000}'..='\u{206F}' {
            assert!(!c.is_alphabetic(), "{c:?}");
            assert!(!is_letter(c), "{c:?}");
        }
        assert!(is_letter('é') && is_letter('a') && is_letter('ⁱ'));
        assert!(!is_letter('—') && !is_letter('’') && !is_letter('7'));
    }

    proptest! {
        /// Tokens cover the text in order on char boundaries; a word's
        /// lower-cased form and entry are those of its own text.
        #[test]
        fn tokens_are_slices_of_the_text(text in "(\\PC|[ a-zA-Z0-9.,'’\n]){0,80}") {
            let lower = text.to_ascii_lowercase();
            let toks = tokenize(&text, &lower);
            let mut at = 0;
            for t in &toks {
                prop_assert!(t.start >= at && t.end > t.start);
                let word = text.get(t.start..t.end);
                prop_assert!(word.is_some());
                let word = word.unwrap_or("");
                prop_assert_eq!(t.kind == Kind::Word, word.starts_with(char::is_alphabetic));
                if !t.w().is_empty() {
                    prop_assert_eq!(t.w(), word.to_ascii_lowercase());
                }
                prop_assert_eq!(t.lex(), lexicon::entry(t.w()));
                prop_assert_eq!(t.upper, t.kind == Kind::Word && word.chars().all(char::is_uppercase));
                at = t.end;
            }
        }
    }

    #[test]
    fn counts_leading_ascii_letters_eight_at_a_time() {
        assert_eq!(ascii_letters(b"Hello, world", 0), Some(5));
        assert_eq!(ascii_letters(b"Washington", 0), Some(8));
        assert_eq!(ascii_letters(b"azAZ@[`{09", 0), Some(4));
        assert_eq!(ascii_letters(b"caf\xc3\xa9 bar", 0), Some(3));
        assert_eq!(ascii_letters(b" letters", 0), Some(0));
        assert_eq!(ascii_letters(b"short", 0), None);
        for b in 0..=255u8 {
            let window = [b, b, b, b, b, b, b, b];
            let n = usize::from(b.is_ascii_alphabetic()) * 8;
            assert_eq!(ascii_letters(&window, 0), Some(n), "{b:#x}");
        }
    }

    #[test]
    fn splits_words_numbers_and_marks() {
        let t = "On Feb. 4th, 101,194 points in the 1990s; $2014 Kyïv";
        let lower = t.to_ascii_lowercase();
        let toks = tokenize(t, &lower);
        let texts: Vec<&str> = toks.iter().map(|k| &t[k.start..k.end]).collect();
        assert_eq!(
            texts,
            [
                "On", "Feb", ".", "4th", ",", "101,194", "points", "in", "the", "1990s", ";", "$",
                "2014", "Kyïv"
            ]
        );
        assert!(toks[3].ordinal && toks[3].value == Some(4));
        assert!(toks[5].grouped && toks[5].value == Some(101_194));
        assert!(toks[9].plural && toks[9].digits == 4);
        assert_eq!(toks[1].w(), "feb");
        assert!(toks[1].cap && !toks[2].space_before && toks[3].space_before);
        assert_eq!(toks[13].w(), "", "non-ASCII words are not lower-cased");
    }
}
