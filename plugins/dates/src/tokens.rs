//! A tiny tokenizer made for the date grammar.
//!
//! The grammar in [`crate::grammar`] works on tokens, not characters: a token
//! is a run of letters (a *word*), a run of digits with its thousands
//! separators, decimals and ordinal or decade suffix (a *number*: `4`, `4th`,
//! `1990s`, `101,194`), or one other non-space character (*punctuation*). Each
//! token remembers its byte range, whether white space (and a line break)
//! came before it, and, for short ASCII words, a lower-cased copy kept inline
//! so that lexicon look-ups allocate nothing.
//!
//! Byte ranges always fall on `char` boundaries because tokens are cut only
//! at positions given by `char_indices`.

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

/// Longest word kept lower-cased inline; longer words match no lexicon entry.
const LOW: usize = 15;

/// One token with its byte range into the text.
#[derive(Clone, Copy, Debug)]
pub struct Tok {
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
    low: [u8; LOW],
    low_len: u8,
}

impl Tok {
    /// The lower-cased word (empty for numbers, punctuation, non-ASCII and
    /// very long words).
    pub fn w(&self) -> &str {
        std::str::from_utf8(self.low.get(..usize::from(self.low_len)).unwrap_or(&[])).unwrap_or("")
    }

    /// True for a word equal to `s` (lower case) ignoring case.
    pub fn is(&self, s: &str) -> bool {
        self.kind == Kind::Word && self.w() == s
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

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut it = text.char_indices().peekable();
    let mut space = true;
    let mut newline = true;
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            space = true;
            newline |= c == '\n' || c == '\r';
            continue;
        }
        let mut tok = Tok {
            start: i,
            end: i + c.len_utf8(),
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
            low: [0; LOW],
            low_len: 0,
        };
        space = false;
        newline = false;
        if c.is_alphabetic() {
            tok.kind = Kind::Word;
            while let Some(&(j, d)) = it.peek() {
                if !d.is_alphabetic() {
                    break;
                }
                tok.end = j + d.len_utf8();
                it.next();
            }
            fill_low(&mut tok, text);
            tok.upper = text
                .get(tok.start..tok.end)
                .is_some_and(|w| w.chars().all(char::is_uppercase));
        } else if c.is_ascii_digit() {
            tok.kind = Kind::Num;
            number(&mut tok, text, &mut it);
        }
        out.push(tok);
    }
    out
}

fn fill_low(tok: &mut Tok, text: &str) {
    let word = text.get(tok.start..tok.end).unwrap_or("");
    if word.len() <= LOW && word.is_ascii() {
        for (slot, b) in tok.low.iter_mut().zip(word.bytes()) {
            *slot = b.to_ascii_lowercase();
        }
        tok.low_len = word.len() as u8;
    }
}

type Chars<'a> = std::iter::Peekable<std::str::CharIndices<'a>>;

/// Reads the rest of a number starting at `tok.start` (its first digit is
/// already consumed).
fn number(tok: &mut Tok, text: &str, it: &mut Chars<'_>) {
    let mut value: Option<u64> = Some(u64::from(tok.ch as u32 - '0' as u32));
    let mut digits = 1u8;
    let mut in_fraction = false;
    while let Some(&(j, d)) = it.peek() {
        if d.is_ascii_digit() {
            if !in_fraction {
                value = value
                    .and_then(|v| v.checked_mul(10))
                    .and_then(|v| v.checked_add(u64::from(d as u32 - '0' as u32)));
                if !tok.grouped {
                    digits = digits.saturating_add(1);
                }
            }
            tok.end = j + 1;
            it.next();
            continue;
        }
        // A separator counts only when a digit follows it.
        if (d == ',' || d == '.') && text.as_bytes().get(j + 1).is_some_and(u8::is_ascii_digit) {
            tok.grouped = true;
            in_fraction |= d == '.';
            tok.decimal |= d == '.';
            tok.end = j + 1;
            it.next();
            continue;
        }
        break;
    }
    tok.value = value;
    tok.digits = digits;
    // Suffixes: 4th, 21st, 1990s. Only when the letters end the word.
    let rest = text.get(tok.end..).unwrap_or("");
    let letters = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    let suffix = rest.get(..letters).unwrap_or("").to_ascii_lowercase();
    let mut take = 0;
    if matches!(suffix.as_str(), "st" | "nd" | "rd" | "th") && !tok.grouped {
        tok.ordinal = true;
        take = letters;
    } else if suffix == "s" && !tok.grouped {
        tok.plural = true;
        take = letters;
    }
    for _ in 0..take {
        if let Some((j, d)) = it.next() {
            tok.end = j + d.len_utf8();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_numbers_and_marks() {
        let t = "On Feb. 4th, 101,194 points in the 1990s; $2014 Kyïv";
        let toks = tokenize(t);
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
