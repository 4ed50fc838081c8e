//! Word, number and punctuation tokens with exact spans.
//!
//! [`tokenize`] cuts text into [`Token`]s, skipping white space. The rules are
//! made for the patterns analyzers match on news text:
//!
//! * **Words** are letters and digits, plus apostrophes and hyphens *inside*
//!   them: `Ukraine's`, `don’t`, `anti-tank`, `COVID-19` are one token each,
//!   while a trailing apostrophe (`soldiers'`) or a dash between spaces is
//!   punctuation. Combining marks stay with their letter.
//! * **Abbreviations keep their period** when the abbreviation lexicon knows
//!   them or they are dotted acronyms: `Gen.`, `Feb.`, `Inc.`, `U.S.`, `a.m.`
//!   are single words (see [`crate::abbreviations`]). Any other period is
//!   punctuation, and so is the period after an initial (`C` then `.`).
//! * **Numbers** start with a digit and hold only digits and single `,` `.`
//!   `:` `/` `-` *between* digits: `14,000`, `1.5`, `2022-02-04`, `10:30`,
//!   `3/4`, and also ranges such as `10-15`. A figure that runs into letters
//!   is a word, not a number: `5th`, `1990s`, `15-year-old`, `10km` (their
//!   value is not a count; analyzers can still look at the first character).
//! * **Punctuation** is every other character; a run of the same character is
//!   one token (`...`, `--`, `!!`), so `$`, `%`, `—` and `"` are each a token.
//!
//! ```
//! use newsfacts_text::tokens::{tokenize, TokenKind};
//! let text = "Ukraine's anti-tank units: 14,000 troops, 1.5% (U.S. data).";
//! let toks: Vec<(&str, TokenKind)> = tokenize(text).iter().map(|t| (t.text(text), t.kind)).collect();
//! use TokenKind::*;
//! assert_eq!(toks, [
//!     ("Ukraine's", Word), ("anti-tank", Word), ("units", Word), (":", Punct),
//!     ("14,000", Number), ("troops", Word), (",", Punct), ("1.5", Number), ("%", Punct),
//!     ("(", Punct), ("U.S.", Word), ("data", Word), (")", Punct), (".", Punct),
//! ]);
//! ```

use newsfacts_core::{Document, Layer, Span};
use serde::Serialize;

use crate::abbreviations::{AbbreviationKind, classify};

/// What a [`Token`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Letters and digits with inner apostrophes and hyphens, a known
    /// abbreviation with its period, or a figure running into letters (`5th`).
    Word,
    /// Digits with `,` `.` `:` `/` `-` between them: `14,000`, `1.5`, `2022-02-04`.
    Number,
    /// Any other visible character, a run of the same one grouped (`...`).
    Punct,
}

/// One token: where it is and what it is. Get its text with [`Token::text`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Token {
    /// Its place in the text (byte offsets).
    #[serde(flatten)]
    pub span: Span,
    /// Word, number or punctuation.
    pub kind: TokenKind,
}

impl Token {
    /// The text it covers in `text` (the text it was made from; `""` for
    /// another text that it does not fit).
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.text(text)
    }

    /// True for [`TokenKind::Word`].
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// True for [`TokenKind::Number`].
    pub fn is_number(&self) -> bool {
        self.kind == TokenKind::Number
    }

    /// True for [`TokenKind::Punct`].
    pub fn is_punct(&self) -> bool {
        self.kind == TokenKind::Punct
    }
}

fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|r| r.chars().next())
}

/// Combining marks and joiners that belong to the letter before them.
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{200C}' | '\u{200D}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// The end of the word starting at `i`: word characters, joined by single
/// apostrophes or hyphens that are followed by another word character.
fn scan_word(text: &str, mut i: usize) -> usize {
    loop {
        while let Some(c) = char_at(text, i).filter(|&c| is_word_char(c)) {
            i += c.len_utf8();
        }
        match char_at(text, i) {
            Some(j) if is_apostrophe(j) || is_hyphen(j) => {
                let after = i + j.len_utf8();
                if char_at(text, after).is_some_and(char::is_alphanumeric) {
                    i = after;
                } else {
                    return i;
                }
            }
            _ => return i,
        }
    }
}

/// The end of the number starting at `i` (a digit): digits, and single
/// separators between digits.
fn scan_number(text: &str, mut i: usize) -> usize {
    loop {
        while let Some(c) = char_at(text, i).filter(|&c| c.is_numeric()) {
            i += c.len_utf8();
        }
        match char_at(text, i) {
            Some(sep @ (',' | '.' | ':' | '/' | '-')) => {
                let after = i + sep.len_utf8();
                if char_at(text, after).is_some_and(char::is_numeric) {
                    i = after;
                } else {
                    return i;
                }
            }
            _ => return i,
        }
    }
}

/// A dotted acronym starting at `i` (`U.S.`, `a.m.`, `J.R.R.`, `Ph.D.`): two
/// or more groups of one or two letters each followed by a period, not
/// followed by a letter or digit. Returns its end, after the last period.
fn scan_acronym(text: &str, mut i: usize) -> Option<usize> {
    let mut groups = 0;
    loop {
        let mut j = i;
        let mut letters = 0;
        while let Some(c) = char_at(text, j).filter(|&c| c.is_alphabetic()) {
            letters += 1;
            if letters > 2 {
                return None;
            }
            j += c.len_utf8();
        }
        if letters == 0 {
            break;
        }
        if char_at(text, j) != Some('.') {
            return None; // `ab.cd.ef`: a group without its period
        }
        i = j + 1;
        groups += 1;
    }
    let ends_clean = !char_at(text, i).is_some_and(is_word_char);
    (groups >= 2 && ends_clean).then_some(i)
}

/// The tokens of `text`, in order, white space skipped. See the
/// [module documentation](self) for the rules.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let (end, kind) = if c.is_numeric() {
            let end = scan_number(text, i);
            let runs_on = match char_at(text, end) {
                Some(h) if is_hyphen(h) => {
                    char_at(text, end + h.len_utf8()).is_some_and(char::is_alphabetic)
                }
                Some(n) => is_word_char(n),
                None => false,
            };
            if runs_on {
                (scan_word(text, end), TokenKind::Word)
            } else {
                (end, TokenKind::Number)
            }
        } else if is_word_char(c) {
            match scan_acronym(text, i) {
                Some(end) => (end, TokenKind::Word),
                None => {
                    let end = scan_word(text, i);
                    (with_abbreviation_period(text, start, end), TokenKind::Word)
                }
            }
        } else {
            let mut end = i + c.len_utf8();
            while char_at(text, end) == Some(c) {
                end += c.len_utf8();
            }
            (end, TokenKind::Punct)
        };
        // `end > i` always (every branch consumes at least `c`); the guard
        // keeps the loop finite even if that were ever not so.
        let end = end.max(i + c.len_utf8());
        if let Ok(span) = Span::new(text, start, end) {
            out.push(Token { span, kind });
        }
        i = end;
    }
    out
}

/// `end` extended over a following period when the word is in the
/// abbreviation lexicon (`Gen.`, `Feb.`, `Inc.`; not initials).
fn with_abbreviation_period(text: &str, start: usize, end: usize) -> usize {
    if char_at(text, end) != Some('.') || char_at(text, end + 1).is_some_and(is_word_char) {
        return end;
    }
    let known = text
        .get(start..end + 1)
        .and_then(classify)
        .is_some_and(|k| {
            matches!(
                k,
                AbbreviationKind::Title
                    | AbbreviationKind::BeforeNumber
                    | AbbreviationKind::Ambiguous
            )
        });
    if known { end + 1 } else { end }
}

/// The tokens of a document, as a shared layer: `doc.layer::<Tokens>()`.
///
/// ```
/// use newsfacts_core::{Article, Document, Span};
/// use newsfacts_text::{Sentences, Tokens};
/// let article = Article::new("a1", "Gen. Kim left. 14,000 stayed.");
/// let doc = Document::new(&article);
/// let tokens = doc.layer::<Tokens>();
/// let second = doc.layer::<Sentences>().get(1).unwrap();
/// let words: Vec<&str> = tokens.within(second).iter().map(|t| t.text(doc.body())).collect();
/// assert_eq!(words, ["14,000", "stayed", "."]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tokens {
    tokens: Vec<Token>,
}

impl Tokens {
    /// The tokens of `text` ([`tokenize`]).
    pub fn new(text: &str) -> Tokens {
        Tokens {
            tokens: tokenize(text),
        }
    }

    /// All tokens, in order.
    pub fn as_slice(&self) -> &[Token] {
        &self.tokens
    }

    /// The tokens lying entirely inside `span` (a sentence, a paragraph, a
    /// finding), as a sub-slice. Binary search: O(log n).
    pub fn within(&self, span: Span) -> &[Token] {
        let from = self
            .tokens
            .partition_point(|t| t.span.start() < span.start());
        let to = self.tokens.partition_point(|t| t.span.end() <= span.end());
        self.tokens.get(from..to.max(from)).unwrap_or(&[])
    }

    /// The index of the token containing byte offset `byte`, or `None` when
    /// it falls on white space or past the end. Binary search.
    pub fn index_of(&self, byte: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.span.end() <= byte);
        self.tokens
            .get(i)
            .filter(|t| t.span.start() <= byte)
            .map(|_| i)
    }

    /// The `i`-th token.
    pub fn get(&self, i: usize) -> Option<Token> {
        self.tokens.get(i).copied()
    }

    /// All tokens, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = Token> + '_ {
        self.tokens.iter().copied()
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// True when the text has no token (it is empty or white space).
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }
}

impl Layer for Tokens {
    fn compute(doc: &Document<'_>) -> Self {
        Tokens::new(doc.body())
    }
}

impl<'a> IntoIterator for &'a Tokens {
    type Item = Token;
    type IntoIter = std::iter::Copied<std::slice::Iter<'a, Token>>;
    fn into_iter(self) -> Self::IntoIter {
        self.tokens.iter().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::TokenKind::*;
    use super::*;

    fn toks(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text)
            .iter()
            .map(|t| (t.text(text), t.kind))
            .collect()
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn apostrophes_and_hyphens_inside_words_stay() {
        assert_eq!(
            words("Ukraine's anti-tank weapons don’t reach the soldiers' base -- yet"),
            [
                "Ukraine's",
                "anti-tank",
                "weapons",
                "don’t",
                "reach",
                "the",
                "soldiers",
                "'",
                "base",
                "--",
                "yet"
            ]
        );
        assert_eq!(
            words("a well-known, long-range F-16"),
            ["a", "well-known", ",", "long-range", "F-16"]
        );
        assert_eq!(words("pro- and anti-war"), ["pro", "-", "and", "anti-war"]);
    }

    #[test]
    fn numbers_of_every_news_shape() {
        assert_eq!(
            toks("14,000 1.5 2022-02-04 10:30 3/4 10-15"),
            [
                ("14,000", Number),
                ("1.5", Number),
                ("2022-02-04", Number),
                ("10:30", Number),
                ("3/4", Number),
                ("10-15", Number)
            ]
        );
        assert_eq!(
            toks("rose 14."),
            [("rose", Word), ("14", Number), (".", Punct)]
        );
        assert_eq!(
            toks("1,000, 2"),
            [("1,000", Number), (",", Punct), ("2", Number)]
        );
        assert_eq!(toks("$5"), [("$", Punct), ("5", Number)]);
    }

    #[test]
    fn figures_running_into_letters_are_words() {
        assert_eq!(
            toks("5th 1990s 15-year-old COVID-19"),
            [
                ("5th", Word),
                ("1990s", Word),
                ("15-year-old", Word),
                ("COVID-19", Word)
            ]
        );
    }

    #[test]
    fn abbreviations_keep_their_period() {
        assert_eq!(
            words("Gen. Milley met U.S. and U.N. envoys at 5 p.m. on Feb. 4 at Acme Inc."),
            [
                "Gen.", "Milley", "met", "U.S.", "and", "U.N.", "envoys", "at", "5", "p.m.", "on",
                "Feb.", "4", "at", "Acme", "Inc."
            ]
        );
        assert_eq!(words("J.R.R. Tolkien"), ["J.R.R.", "Tolkien"]);
        assert_eq!(
            words("Lolita C. Baldor"),
            ["Lolita", "C", ".", "Baldor"],
            "initials are not lexicon words"
        );
        assert_eq!(words("they said. Then"), ["they", "said", ".", "Then"]);
        assert_eq!(words("U.S.-led"), ["U.S.", "-", "led"]);
        assert_eq!(words("example.com"), ["example", ".", "com"]);
        assert_eq!(words("ab.cd.ef"), ["ab", ".", "cd", ".", "ef"]);
    }

    #[test]
    fn punctuation_runs_group_identical_marks() {
        assert_eq!(
            toks("Wait... what?! “No” — 5%"),
            [
                ("Wait", Word),
                ("...", Punct),
                ("what", Word),
                ("?", Punct),
                ("!", Punct),
                ("“", Punct),
                ("No", Word),
                ("”", Punct),
                ("—", Punct),
                ("5", Number),
                ("%", Punct)
            ]
        );
    }

    #[test]
    fn unicode_words_and_combining_marks() {
        let t = "Kyïv Zelens\u{301}kyy 東京";
        assert_eq!(words(t), ["Kyïv", "Zelens\u{301}kyy", "東京"]);
    }

    #[test]
    fn layer_within_and_index_of() {
        let t = "One two. Three four.";
        let tk = Tokens::new(t);
        assert_eq!(tk.len(), 6);
        let second = Span::new(t, 9, 20).unwrap();
        let inside: Vec<_> = tk.within(second).iter().map(|x| x.text(t)).collect();
        assert_eq!(inside, ["Three", "four", "."]);
        assert_eq!(tk.index_of(0), Some(0));
        assert_eq!(tk.index_of(3), None, "white space");
        assert_eq!(tk.index_of(5), Some(1));
        assert_eq!(tk.index_of(7), Some(2));
        assert_eq!(tk.index_of(99), None);
        assert!(tk.within(Span::new(t, 1, 2).unwrap()).is_empty());
        assert!(tk.get(0).unwrap().is_word() && tk.get(2).unwrap().is_punct());
    }
}
