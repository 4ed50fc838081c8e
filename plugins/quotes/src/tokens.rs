//! A small tokenizer and sentence splitter, enough for attribution patterns.
//!
//! Attribution rules look at the words right before and after a cue verb and
//! at sentence and paragraph edges, so the analyzer works on a flat list of
//! [`Tok`]ens (words with their byte spans, single punctuation characters and
//! line breaks) and the [`Sentence`]s over them. Words keep internal
//! apostrophes, hyphens and periods (`doesn’t`, `al-Assad`, `U.S.`), and a
//! period is glued to known abbreviations and initials (`Mr.`, `M.`) so it
//! does not end a sentence.
//!
//! Each word carries its lexicon flags and case ([`Tok::flags`]), computed
//! once here, so that the many questions the rules ask about a token (is it
//! a title, a cue, capitalized?) are a bit test. Words are scanned eight
//! ASCII bytes at a time ([`ascii_word_end`]); other characters are decoded
//! one by one.
//!
//! This stays self-contained rather than reading the shared
//! `newsfacts-text` `Sentences` layer: the attribution rules need token
//! indices, paragraph numbers and per-token flags, and sentences that
//! keep closing quotation marks with the sentence they end (`.”`) and open
//! a new one at `."Word`; building these from another layer's byte spans
//! would cost a second pass for no gain in accuracy.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, digits and internal `'’-.&`.
    Word,
    /// One punctuation or symbol character.
    Punct(char),
    /// One or more line breaks.
    Break,
}

/// A token: its kind and byte span in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: Kind,
    /// For a word, its lexicon flags ([`lexicon::word_flags`]) and case
    /// ([`UPPER`], [`LOWER`], [`NOT_CUE`]); 0 for other tokens.
    pub flags: u32,
    /// For a word, the id of its lexicon entry ([`lexicon::by_id`]; 0 for
    /// none).
    pub lex: u16,
    /// For a word, its [`shape`]: a cheap first test of whether two words
    /// can be equal (ignoring the case of the first letter).
    pub shape: u16,
}

/// The shape of a word: its length (capped at 31) and the low five bits of
/// its first byte (the same for both cases of a letter), in ten bits.
pub(crate) fn shape(word: &str) -> u16 {
    let b = word.as_bytes();
    shape_of(b.first().copied().unwrap_or(0), b.len())
}

/// [`shape`] of a word of `len` bytes whose first byte is `first`.
fn shape_of(first: u8, len: usize) -> u16 {
    (len.min(31) as u16) << 5 | u16::from(first & 31)
}

/// Token flag: a capitalized cue word right after another word, part of a
/// name (`the United States`), not a verb.
pub(crate) const NOT_CUE: u32 = 1 << 29;

/// Token flag: a word starting with a digit or other numeric character.
pub(crate) const NUMERIC: u32 = 1 << 28;
/// Token flag: a word starting with an uppercase letter.
pub(crate) const UPPER: u32 = 1 << 30;
/// Token flag: a word starting with a lowercase letter.
pub(crate) const LOWER: u32 = 1 << 31;

/// A sentence: the token range `first..last` (exclusive) and its paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Sentence {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// Index of the paragraph (line) it is in.
    pub para: usize,
}

/// The tokens and sentences of one text, with helpers to read them.
pub(crate) struct Tokens<'a> {
    /// The text.
    pub text: &'a str,
    /// Every token in order.
    pub toks: Vec<Tok>,
    /// Every sentence in order.
    pub sentences: Vec<Sentence>,
    /// For each token, the index of its sentence (`usize::MAX` for breaks).
    pub sentence_of: Vec<usize>,
}

use crate::lexicon::{self, Cue};

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "adm", "st",
    "jr", "sr", "rev", "prof", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov",
    "dec", "no", "vs", "inc", "corp", "co", "ltd", "mt", "ft", "gop", "sec", "maj", "cmdr", "supt",
    "det", "atty", "ave", "blvd",
];

/// The most tokens a sentence holds: a longer run without a stop (a list,
/// a table, hostile text) is cut into pieces of this size, so every pass
/// that scans a sentence stays linear in the text. Real sentences stay far
/// below it (PolNeAR's longest has about 220 tokens).
pub(crate) const MAX_SENTENCE_TOKENS: usize = 320;

/// The most bytes a sentence spans before it is cut (see
/// [`MAX_SENTENCE_TOKENS`]; PolNeAR's longest is about 1,100 bytes).
pub(crate) const MAX_SENTENCE_BYTES: usize = 2048;

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        // General punctuation (curly quotes, dashes, ellipsis) is frequent
        // and never alphanumeric: skip the Unicode table search for it.
        !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
    }
}

/// True when the period at byte `at` ends a sentence though no space
/// follows it: a lowercase letter before it, a capitalized word after it
/// (`the authorities.We came`, as text reads once its closing quotation mark
/// is stripped). `U.S.`, `e.g.` and `Ph.D.` keep their periods.
fn stop_without_space(bytes: &[u8], at: usize) -> bool {
    bytes.get(at) == Some(&b'.')
        && at > 0
        && bytes.get(at - 1).is_some_and(u8::is_ascii_lowercase)
        && bytes.get(at + 1).is_some_and(u8::is_ascii_uppercase)
        && bytes.get(at + 2).is_some_and(u8::is_ascii_lowercase)
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&' | '‐')
}

impl<'a> Tokens<'a> {
    /// Tokenizes `text` and splits it into sentences.
    pub fn new(text: &'a str) -> Tokens<'a> {
        let toks = tokenize(text);
        let mut t = Tokens {
            text,
            toks,
            sentences: Vec::with_capacity(text.len() / 128 + 1),
            sentence_of: Vec::new(),
        };
        t.split_sentences();
        t
    }

    /// The text of token `i` (`""` past the end).
    pub fn s(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    /// The cue verb token `i` spells, if any (see [`lexicon::cue`]).
    pub fn cue(&self, i: usize) -> Option<Cue> {
        let tok = self.toks.get(i)?;
        if tok.flags & (lexicon::CUE | NOT_CUE) != lexicon::CUE {
            return None;
        }
        lexicon::by_id(tok.lex).and_then(|e| e.cue)
    }

    /// True when token `i` is a word.
    pub fn is_word(&self, i: usize) -> bool {
        matches!(
            self.toks.get(i),
            Some(Tok {
                kind: Kind::Word,
                ..
            })
        )
    }

    /// True when token `i` is the punctuation `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        matches!(self.toks.get(i), Some(Tok { kind: Kind::Punct(p), .. }) if *p == c)
    }

    /// The punctuation character of token `i`, if it is one.
    pub fn punct(&self, i: usize) -> Option<char> {
        match self.toks.get(i) {
            Some(Tok {
                kind: Kind::Punct(p),
                ..
            }) => Some(*p),
            _ => None,
        }
    }

    /// True when token `i` is a word starting with an uppercase letter.
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.has(i, UPPER)
    }

    /// True when token `i` is a word starting with a lowercase letter.
    pub fn is_lowercase(&self, i: usize) -> bool {
        self.has(i, LOWER)
    }

    /// True when token `i` is a word with any of the `flags` ([`UPPER`],
    /// [`LOWER`], or a word list's bit from [`lexicon`]: `t.has(i,
    /// lexicon::TITLE)` is `lexicon::is_title(t.s(i))`, looked up once).
    pub fn has(&self, i: usize, flags: u32) -> bool {
        self.toks.get(i).is_some_and(|t| t.flags & flags != 0)
    }

    /// The flags of token `i` (0 past the end; see [`Tok::flags`]).
    pub fn flags(&self, i: usize) -> u32 {
        self.toks.get(i).map_or(0, |t| t.flags)
    }

    /// The particles of the stance verb token `i` spells, if any (see
    /// [`lexicon::stance`]).
    pub fn stance(&self, i: usize) -> Option<&'static [&'static str]> {
        let tok = self
            .toks
            .get(i)
            .filter(|t| t.flags & lexicon::STANCE_VERB != 0)?;
        lexicon::by_id(tok.lex).and_then(|e| e.stance)
    }

    /// Start byte of token `i` (text length past the end).
    pub fn start(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.start)
    }

    /// End byte of token `i` (text length past the end).
    pub fn end(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.end)
    }

    /// The sentence containing token `i`.
    pub fn sentence(&self, i: usize) -> Option<Sentence> {
        self.sentence_of
            .get(i)
            .and_then(|&s| self.sentences.get(s).copied())
    }

    fn split_sentences(&mut self) {
        let toks = &self.toks;
        let sentences = &mut self.sentences;
        let n = toks.len();
        let mut para = 0;
        let mut first = 0;
        let mut first_start = toks.first().map_or(0, |t| t.start);
        let mut i = 0;
        while let Some(tok) = toks.get(i) {
            if i > first
                && !matches!(tok.kind, Kind::Break)
                && (i - first >= MAX_SENTENCE_TOKENS || tok.end - first_start > MAX_SENTENCE_BYTES)
            {
                // Not a real sentence: cut it, so no pass scans it whole.
                sentences.push(Sentence {
                    first,
                    last: i,
                    para,
                });
                first = i;
                first_start = tok.start;
            }
            match tok.kind {
                Kind::Word => {}
                Kind::Break => {
                    if first < i {
                        sentences.push(Sentence {
                            first,
                            last: i,
                            para,
                        });
                    }
                    para += 1;
                    first = i + 1;
                    first_start = toks.get(first).map_or(0, |t| t.start);
                }
                Kind::Punct('.' | '!' | '?' | '…') => {
                    // Closing marks and brackets after the stop stay in the sentence.
                    let mut j = i + 1;
                    while toks.get(j).is_some_and(|t| {
                        matches!(t.kind, Kind::Punct('"' | '”' | '’' | ')' | '»' | '\''))
                    }) {
                        j += 1;
                    }
                    let next_starts = match toks.get(j) {
                        None => true,
                        Some(t) => match t.kind {
                            Kind::Break => true,
                            Kind::Word => t.flags & (UPPER | NUMERIC) != 0,
                            Kind::Punct(c) => matches!(c, '"' | '“' | '‘' | '«' | '(' | '\''),
                        },
                    };
                    if next_starts
                        && j > i + 1
                        && toks.get(j - 1).map(|t| t.end)
                            == Some(toks.get(j).map_or(usize::MAX, |t| t.start))
                    {
                        // `."word` : the mark opens the next sentence; keep it out.
                        j -= 1;
                    }
                    if next_starts {
                        sentences.push(Sentence {
                            first,
                            last: j,
                            para,
                        });
                        first = j;
                        first_start = toks.get(first).map_or(0, |t| t.start);
                        i = j;
                        continue;
                    }
                }
                Kind::Punct(_) => {}
            }
            i += 1;
        }
        if first < n {
            sentences.push(Sentence {
                first,
                last: n,
                para,
            });
        }
        self.sentence_of = vec![usize::MAX; n];
        for (si, s) in self.sentences.iter().enumerate() {
            for slot in self.sentence_of.iter_mut().take(s.last).skip(s.first) {
                *slot = si;
            }
        }
    }
}

/// The character at byte `i` of `text` and its length (ASCII without
/// decoding).
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let &b = text.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// The first byte at or after `i` that is not an ASCII letter or digit
/// (`bytes.len()` when none is), eight bytes at a time. (The same scan as
/// `newsfacts_text::numbers::ascii_word_len`, kept here: calling that one
/// cost this tokenizer 1.3% more instructions on the shared corpora.)
fn ascii_word_end(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // High bit of each byte set when the byte (below 0x80) is in lo..=hi.
    let within = |x: u64, lo: u8, hi: u8| {
        let ge = x + ONES * u64::from(0x80 - lo);
        let gt = x + ONES * u64::from(0x7f - hi);
        ge & !gt
    };
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
        let ascii = !x & HIGH;
        let low = x & !HIGH;
        let word = (within(low, b'0', b'9') | within(low | (ONES * 0x20), b'a', b'z')) & ascii;
        let stop = !word & HIGH;
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
        i += 1;
    }
    i
}

/// True when `word` is an abbreviation whose period is glued to it.
fn is_abbreviation(word: &str) -> bool {
    word.len() <= 4 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 4);
    let tok = |start, end, kind| Tok {
        start,
        end,
        kind,
        flags: 0,
        lex: 0,
        shape: 0,
    };
    let mut i = 0;
    // True when the last token is a word (kept here rather than read back
    // from `toks` for every word).
    let mut after_word = false;
    while let Some((c, len)) = char_at(text, i) {
        if c == ' ' {
            // (The most frequent character first.)
            i += 1;
        } else if c == '\n' || c == '\r' || c == '\u{2029}' {
            if let Some(last) = toks.last_mut().filter(|t| matches!(t.kind, Kind::Break)) {
                last.end = i + len;
            } else {
                toks.push(tok(i, i + len, Kind::Break));
            }
            after_word = false;
            i += len;
        } else if c.is_whitespace() {
            i += len;
        } else if is_word_char(c) {
            let bytes = text.as_bytes();
            let mut end = i + len;
            // A space right after the word, passed with it.
            let mut space = false;
            loop {
                // ASCII letters and digits without decoding.
                end = ascii_word_end(bytes, end);
                let Some((d, dl)) = char_at(text, end) else {
                    break;
                };
                // (A space, the most frequent, is neither a word character
                // nor a joiner.)
                if d == ' ' {
                    space = true;
                    break;
                }
                if is_word_char(d)
                    || (is_joiner(d)
                        && char_at(text, end + dl).is_some_and(|(e, _)| is_word_char(e))
                        && !stop_without_space(bytes, end))
                {
                    end += dl;
                } else {
                    break;
                }
            }
            // Glue the period of an abbreviation or initial.
            if text.as_bytes().get(end) == Some(&b'.') {
                let word = text.get(i..end).unwrap_or("");
                let initial = end == i + len && c.is_uppercase();
                if initial || word.contains('.') || is_abbreviation(word) {
                    end += 1;
                }
            }
            // Each word is looked up once here, since the attribution rules
            // ask about the same tokens many times.
            let (flags, id) = lexicon::word_flags_at(text, i, end);
            let upper = c.is_uppercase();
            toks.push(Tok {
                start: i,
                end,
                kind: Kind::Word,
                flags: flags
                    | if upper { UPPER } else { 0 }
                    | if c.is_lowercase() { LOWER } else { 0 }
                    | if upper && after_word { NOT_CUE } else { 0 }
                    | if c.is_numeric() { NUMERIC } else { 0 },
                lex: id,
                // (`shape` of `text[i..end]`, from the bytes: the word is
                // not empty and the slice's character boundaries are known.)
                shape: shape_of(bytes.get(i).copied().unwrap_or(0), end - i),
            });
            after_word = true;
            // (A space after the word ends it before `end`: no period was
            // glued, and the space is passed as the branch for spaces
            // would.)
            i = end + usize::from(space);
        } else if matches!(c, '\'' | '`') && text.get(i + 1..).is_some_and(|r| r.starts_with(c)) {
            // `''` and two backticks: typewriter double quotes.
            toks.push(tok(i, i + 2, Kind::Punct('"')));
            after_word = false;
            i += 2;
        } else {
            toks.push(tok(i, i + len, Kind::Punct(c)));
            after_word = false;
            // (A space after it is passed with it, as the branch for
            // spaces would.)
            i += len + usize::from(text.as_bytes().get(i + len) == Some(&b' '));
        }
    }
    toks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_shapes_are_the_shapes_of_their_text() {
        let text = "Émile Zola’s café, a very-long-word-of-more-than-thirty-one-bytes, U.S. 42 ok.\nÅsa said “yes”.";
        let t = Tokens::new(text);
        let mut words = 0;
        for (i, tok) in t.toks.iter().enumerate() {
            if tok.kind == Kind::Word {
                assert_eq!(tok.shape, shape(t.s(i)), "{:?}", t.s(i));
                words += 1;
            }
        }
        assert!(words >= 10);
    }

    #[test]
    fn words_keep_abbreviations_and_contractions() {
        let t = Tokens::new("Mr. Smith doesn’t visit the U.S. often. He said so.");
        let words: Vec<&str> = (0..t.toks.len()).map(|i| t.s(i)).collect();
        assert_eq!(
            words,
            [
                "Mr.",
                "Smith",
                "doesn’t",
                "visit",
                "the",
                "U.S.",
                "often",
                ".",
                "He",
                "said",
                "so",
                "."
            ]
        );
        assert_eq!(t.sentences.len(), 2);
    }

    #[test]
    fn ascii_word_ends_match_a_byte_scan() {
        let texts = [
            "abcdefghijklmnop qrs",
            "Zeta9@x",
            "AZaz09`{[/:@",
            "long-word_with.marks",
            "caf\u{e9} and more words here",
            "12345678901234567890",
            "",
        ];
        for text in texts {
            let b = text.as_bytes();
            for i in 0..=b.len() {
                let mut naive = i;
                while b.get(naive).is_some_and(u8::is_ascii_alphanumeric) {
                    naive += 1;
                }
                assert_eq!(ascii_word_end(b, i), naive, "{text:?} at {i}");
            }
        }
        // Every byte value, at every position of a chunk.
        for v in 0..=255u8 {
            for at in 0..8 {
                let mut b = *b"abcdefgh";
                b[at] = v;
                let end = if v.is_ascii_alphanumeric() { 8 } else { at };
                assert_eq!(ascii_word_end(&b, 0), end, "byte {v} at {at}");
            }
        }
    }

    fn c_is_word(c: char) -> bool {
        c.is_alphanumeric()
    }

    /// The tokenizer as first written (a char iterator), for comparison.
    fn reference(text: &str) -> Vec<(usize, usize, Kind)> {
        let mut toks: Vec<Tok> = Vec::new();
        let mut it = text.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c == '\n' || c == '\r' || c == '\u{2029}' {
                if let Some(last) = toks.last_mut().filter(|t| t.kind == Kind::Break) {
                    last.end = i + c.len_utf8();
                } else {
                    toks.push(Tok {
                        start: i,
                        end: i + c.len_utf8(),
                        kind: Kind::Break,
                        flags: 0,
                        lex: 0,
                        shape: 0,
                    });
                }
            } else if c.is_whitespace() {
            } else if c_is_word(c) {
                let mut end = i + c.len_utf8();
                loop {
                    match it.peek().copied() {
                        Some((j, d)) if c_is_word(d) => {
                            end = j + d.len_utf8();
                            it.next();
                        }
                        // (A stop glued to the next sentence is no joiner.)
                        Some((j, d))
                            if is_joiner(d)
                                && !(d == '.' && stop_without_space(text.as_bytes(), j)) =>
                        {
                            let after = text.get(j + d.len_utf8()..).and_then(|r| r.chars().next());
                            if after.is_some_and(is_word_char) {
                                end = j + d.len_utf8();
                                it.next();
                            } else {
                                break;
                            }
                        }
                        _ => break,
                    }
                }
                // Glue the period of an abbreviation or initial.
                if let Some(&(j, '.')) = it.peek() {
                    let word = text.get(i..end).unwrap_or("");
                    let lower = word.to_ascii_lowercase();
                    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                    if initial || word.contains('.') || ABBREVIATIONS.contains(&lower.as_str()) {
                        end = j + 1;
                        it.next();
                    }
                }
                toks.push(Tok {
                    start: i,
                    end,
                    kind: Kind::Word,
                    flags: 0,
                    lex: 0,
                    shape: 0,
                });
            } else if matches!(c, '\'' | '`') && text.get(i + 1..).is_some_and(|r| r.starts_with(c))
            {
                // `''` and two backticks: typewriter double quotes.
                it.next();
                toks.push(Tok {
                    start: i,
                    end: i + 2,
                    kind: Kind::Punct('"'),
                    flags: 0,
                    lex: 0,
                    shape: 0,
                });
            } else {
                toks.push(Tok {
                    start: i,
                    end: i + c.len_utf8(),
                    kind: Kind::Punct(c),
                    flags: 0,
                    lex: 0,
                    shape: 0,
                });
            }
        }
        toks.iter().map(|t| (t.start, t.end, t.kind)).collect()
    }

    #[test]
    fn general_punctuation_is_never_a_word_char() {
        for c in '\u{2000}'..='\u{206F}' {
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn tokens_match_the_reference_tokenizer(text in "[a-zA-Z0-9 .,'’`\"“”\n\r\u{2029}\u{e9}\u{2014}\u{2013}&-]{0,40}|\\PC{0,40}") {
            let t = Tokens::new(&text);
            let got: Vec<(usize, usize, Kind)> = t.toks.iter().map(|x| (x.start, x.end, x.kind)).collect();
            proptest::prop_assert_eq!(got, reference(&text));
        }

        #[test]
        fn token_flags_match_the_lexicon(text in "\\PC{0,60}|[A-Za-z .,]{0,60}") {
            let t = Tokens::new(&text);
            for i in 0..t.toks.len() {
                let w = t.s(i);
                let first = w.chars().next();
                let word = t.is_word(i);
                proptest::prop_assert_eq!(t.is_capitalized(i), word && first.is_some_and(char::is_uppercase));
                proptest::prop_assert_eq!(t.is_lowercase(i), word && first.is_some_and(char::is_lowercase));
                proptest::prop_assert_eq!(t.has(i, lexicon::TITLE), word && lexicon::is_title(w));
                proptest::prop_assert_eq!(t.has(i, lexicon::TAIL_START), word && lexicon::is_tail_start(w));
                proptest::prop_assert_eq!(t.has(i, lexicon::CUE_MODIFIER), word && lexicon::is_cue_modifier(w));
                proptest::prop_assert_eq!(t.stance(i), if word { lexicon::stance(w) } else { None });
                let after_word = i > 0 && t.is_word(i - 1);
                let cue = if word && !(t.is_capitalized(i) && after_word) { lexicon::cue(w) } else { None };
                proptest::prop_assert_eq!(t.cue(i), cue);
            }
        }
    }

    #[test]
    fn sentences_split_on_stops_and_lines() {
        let t = Tokens::new("It rained, he said. “We stayed in.” Then\nNew line here");
        let firsts: Vec<&str> = t.sentences.iter().map(|s| t.s(s.first)).collect();
        assert_eq!(firsts, ["It", "“", "Then", "New"]);
        assert_eq!(t.sentences[3].para, 1);
    }

    /// Text whose closing quotation mark was stripped glues the stop to
    /// the next sentence (`the talks.We will`): a lowercase letter, a period
    /// and a capitalized word end a sentence; abbreviations do not.
    #[test]
    fn a_stop_glued_to_a_capitalized_word_ends_the_sentence() {
        let t = Tokens::new("It went well in the talks.We will meet again, she said.");
        let firsts: Vec<&str> = t.sentences.iter().map(|s| t.s(s.first)).collect();
        assert_eq!(firsts, ["It", "We"]);
        assert_eq!(t.s(5), "talks");
        for text in [
            "The U.S.Army sent aid.",
            "See e.g.Table two.",
            "A Ph.D. in law.",
        ] {
            let t = Tokens::new(text);
            assert_eq!(t.sentences.len(), 1, "{text}");
        }
    }
}
