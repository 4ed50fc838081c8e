//! English number phrases: digits, number words and vague amounts, parsed to a
//! [`Quantity`].
//!
//! News writes the same amount many ways: "14,000", "14 thousand",
//! "fourteen thousand", "1.5 million", "2.3m", "a hundred", "one hundred and
//! five", "twenty-one", "a dozen", "dozens", "tens of thousands". This module
//! turns each into a value with bounds, so analyzers (casualty figures, money,
//! ages, ...) compare numbers instead of strings.
//!
//! * [`parse_number`] parses one whole phrase;
//! * [`find_numbers`] finds every number phrase in a text, longest match first,
//!   with byte [`Span`]s;
//! * [`Numbers`] is the same as a shared [`Layer`] of a [`Document`], computed
//!   once per article from [`Document::body`].
//!
//! ```
//! use newsfacts_text::numbers::{find_numbers, parse_number};
//! assert_eq!(parse_number("fourteen thousand").and_then(|q| q.value), Some(14_000));
//! assert_eq!(parse_number("1.5 million").and_then(|q| q.value), Some(1_500_000));
//! let dozens = parse_number("dozens").unwrap();
//! assert_eq!((dozens.value, dozens.min, dozens.approximate), (None, Some(24), true));
//! let text = "The attack killed twenty-one people and injured 1,204.";
//! let found: Vec<_> = find_numbers(text).iter().map(|m| m.span.text(text)).collect();
//! assert_eq!(found, ["twenty-one", "1,204"]);
//! ```
//!
//! # What a [`Quantity`] says
//!
//! | phrase | `value` | `min` | `max` | `approximate` |
//! |---|---|---|---|---|
//! | "14,000", "fourteen thousand", "1.5 million", "2.3m" | n | n | n | false |
//! | "a dozen" (12), "two dozen" (24), "half a dozen", "a couple" (2) | n | n | n | true |
//! | "between 20 and 30", "20-30", "20 to 30", "two or three" | `None` | low | high | false |
//! | "a few" (2), "a handful" (2), "several" (3) | `None` | lower bound | `None` | true |
//! | "dozens" (24), "scores" (40), "hundreds" (200), "thousands" (2,000), "millions" | `None` | lower bound | `None` | true |
//! | "tens of thousands" (20,000), "hundreds of thousands" (200,000), "tens/hundreds of millions" | `None` | lower bound | `None` | true |
//! | "several hundred" (300), "a few thousand" (2,000), "several dozen" (36) | `None` | lower bound | `None` | true |
//!
//! `value` is `Some` only when the words name one amount; a vague plural
//! names a lower bound (the smallest amount the word can honestly mean:
//! "dozens" is at least two dozen) and no value.
//!
//! # What is left to the caller
//!
//! * **Qualifiers** ("at least 20", "more than 100", "nearly 50", "about
//!   300", "up to 40", "some 300") are not part of a number phrase: their
//!   meaning depends on the use (a casualty toll, a price), so callers read
//!   the words before a [`NumberMatch`] and adjust the bounds themselves.
//! * **Units and roles**: "$14,000" yields the number 14,000 (the `$` is
//!   outside the span), "25-year-old" yields 25, "in 2014" yields 2014 and
//!   "50%" yields 50. Callers look at the characters around the span to tell
//!   money, ages, years and percentages apart.
//!
//! What is *not* a number here: ordinals ("third", "21st"), digits glued to
//! letters or identifiers ("A380", "1990s", "COVID-19", "F-16"), clock times
//! and dates written with `:` or `/` ("8:20", "10/12/2014"), fractions without
//! a scale word ("2.5": no whole value), and amounts that do not fit a `u64`.
//! The suffixes `k`, `m`/`mn` and `bn` after digits are read as thousand,
//! million and billion ("2.3m"), the news convention; a metric "5m" is read
//! the same way, which callers with a unit in mind must check.

use newsfacts_core::{Document, Layer, Span};

/// An amount: one value, a range, or the lower bound of a vague amount.
///
/// See the [module documentation](self) for what each kind of phrase yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Quantity {
    /// The amount the phrase names, exact or approximate ("14,000" → 14,000,
    /// "a dozen" → 12); `None` for ranges and vague amounts ("dozens").
    pub value: Option<u64>,
    /// The smallest amount the phrase can mean (equal to `value` when there
    /// is one; "dozens" → 24, "20 to 30" → 20).
    pub min: Option<u64>,
    /// The largest amount the phrase can mean (equal to `value` when there is
    /// one; the top of a range); `None` when unbounded ("dozens").
    pub max: Option<u64>,
    /// True when the words themselves are loose: "dozens", "a dozen",
    /// "several hundred". Qualifiers such as "about" are the caller's.
    pub approximate: bool,
}

impl Quantity {
    /// One exact amount: `value`, `min` and `max` all `n`.
    pub const fn exact(n: u64) -> Quantity {
        Quantity {
            value: Some(n),
            min: Some(n),
            max: Some(n),
            approximate: false,
        }
    }

    /// One amount, loosely stated ("a dozen"): like [`Quantity::exact`] but
    /// `approximate`.
    pub const fn about(n: u64) -> Quantity {
        Quantity {
            value: Some(n),
            min: Some(n),
            max: Some(n),
            approximate: true,
        }
    }

    /// A vague amount of at least `min` with no upper bound ("dozens").
    pub const fn at_least(min: u64) -> Quantity {
        Quantity {
            value: None,
            min: Some(min),
            max: None,
            approximate: true,
        }
    }

    /// A range `min..=max` ("between 20 and 30").
    pub const fn range(min: u64, max: u64) -> Quantity {
        Quantity {
            value: None,
            min: Some(min),
            max: Some(max),
            approximate: false,
        }
    }

    /// The best single figure: `value`, else `min`.
    pub fn best(&self) -> Option<u64> {
        self.value.or(self.min)
    }

    /// True for a vague amount: no value and no upper bound.
    pub fn is_vague(&self) -> bool {
        self.value.is_none() && self.max.is_none()
    }
}

/// A number phrase found in a text by [`find_numbers`].
#[derive(Clone, Debug, PartialEq)]
pub struct NumberMatch {
    /// Where the phrase is: byte offsets on char boundaries. Covers the number
    /// words only ("$14,000" → "14,000"; "dozens of people" → "dozens").
    pub span: Span,
    /// What it says.
    pub quantity: Quantity,
}

/// Every number phrase of a document's body: [`find_numbers`] as a shared
/// [`Layer`], computed once per document.
///
/// ```
/// use newsfacts_core::{Article, Document};
/// use newsfacts_text::numbers::Numbers;
/// let article = Article::new("a", "Three people were hurt.");
/// let doc = Document::new(&article);
/// assert_eq!(doc.layer::<Numbers>().matches[0].quantity.value, Some(3));
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Numbers {
    /// The matches, in text order, not overlapping.
    pub matches: Vec<NumberMatch>,
}

impl Layer for Numbers {
    fn compute(doc: &Document<'_>) -> Self {
        Numbers {
            matches: find_numbers(doc.body()),
        }
    }
}

/// Parses a whole phrase as one amount: "14,000", "fourteen thousand",
/// "1.5 million", "dozens", "tens of thousands", "between 20 and 30".
///
/// Leading and trailing white space is ignored; anything else that is not
/// part of the number makes it `None` ("14,000 people", "about 300": see the
/// module docs for qualifiers).
pub fn parse_number(phrase: &str) -> Option<Quantity> {
    let toks = tokenize(phrase, 0..phrase.len());
    let (q, end) = parse_at(&toks, 0)?;
    (end == toks.len()).then_some(q)
}

/// Every number phrase in `text`, in order, not overlapping, each the longest
/// phrase starting at its position ("one hundred and five" is one match, not
/// three).
pub fn find_numbers(text: &str) -> Vec<NumberMatch> {
    find_numbers_in(text, 0..text.len())
}

/// The number phrases of `text[range]`, as [`find_numbers`] finds them in
/// the whole text when no phrase crosses the range's ends, with spans in
/// `text`.
///
/// For callers that need the numbers of a few regions only. The range
/// should start and end at white space (a line break, say) or at the ends
/// of the text, next to a token that is not a number word, a digit or a dash
/// ("killed.\n"): then the phrases found are exactly those of the whole text
/// in that range. The text around the range is still read to tell digits
/// glued to letters ("A380") apart, and a word or digit group that straddles
/// a range end is read whole. Range ends that are not character boundaries
/// are moved back to one.
///
/// ```
/// use newsfacts_text::numbers::{find_numbers, find_numbers_in};
/// let text = "Nine were hurt.\nTwo hundred fled.\nOne died.";
/// let found: Vec<_> = find_numbers_in(text, 15..33).iter().map(|m| m.span.text(text)).collect();
/// assert_eq!(found, ["Two hundred"]);
/// assert_eq!(find_numbers_in(text, 15..33), find_numbers(text)[1..2]);
/// ```
pub fn find_numbers_in(text: &str, range: std::ops::Range<usize>) -> Vec<NumberMatch> {
    let toks = tokenize(text, range);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].can_start() {
            i += 1;
            continue;
        }
        match parse_at(&toks, i) {
            Some((quantity, end)) if end > i => {
                let (start, stop) = (toks[i].start, toks[end - 1].end);
                if let Ok(span) = Span::new(text, start, stop) {
                    out.push(NumberMatch { span, quantity });
                }
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

/// True when `word` (one word, any case) is a word the number grammar reads:
/// a number word ("seven", "Hundred", "dozens"), or a word that joins or
/// opens a number phrase ("a", "and", "of", "to", "or", "from", "between").
/// A text cut next to any other word cannot cut a number phrase in two.
///
/// ```
/// use newsfacts_text::numbers::is_number_word;
/// assert!(is_number_word("Twenty") && is_number_word("of"));
/// assert!(!is_number_word("killed") && !is_number_word("tenth"));
/// ```
pub fn is_number_word(word: &str) -> bool {
    classify(word) != W::Other
}

// ---------------------------------------------------------------------------
// Tokens

/// What a word means to the number grammar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum W {
    /// zero..nine
    Unit(u64),
    /// ten..nineteen
    Teen(u64),
    /// twenty, thirty, ... ninety
    Tens(u64),
    Hundred,
    /// thousand, million, billion, trillion
    Scale(u64),
    A,
    And,
    Dozen,
    Half,
    Few,
    Couple,
    Handful,
    Several,
    /// a vague plural and its lower bound: dozens, scores, hundreds, ...
    Plural(u64),
    /// "tens"
    TensPlural,
    Of,
    Between,
    To,
    Or,
    From,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Word(W),
    /// digits: integer part, optional fraction (digits, count), optional suffix scale
    Num {
        int: u64,
        frac: Option<(u64, u32)>,
        suffix: Option<u64>,
    },
    /// `-` or an en dash, directly between two tokens
    Dash,
    Other,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    start: usize,
    end: usize,
    kind: Kind,
    /// White space (or nothing at all, for the first token) before it.
    spaced: bool,
}

impl Tok {
    fn word(&self) -> W {
        match self.kind {
            Kind::Word(w) => w,
            _ => W::Other,
        }
    }

    fn can_start(&self) -> bool {
        match self.kind {
            Kind::Num { .. } => true,
            Kind::Word(w) => !matches!(w, W::Other | W::And | W::Of | W::To | W::Or | W::From),
            _ => false,
        }
    }
}

/// Every word [`classify`] knows: keep the two in step (a test checks that
/// each of these is known; a word missing here is never classified).
const NUMBER_WORDS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "a",
    "an",
    "and",
    "dozen",
    "half",
    "few",
    "couple",
    "handful",
    "several",
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "tens",
    "of",
    "between",
    "to",
    "or",
    "from",
];

/// A quick test that a word is not in [`NUMBER_WORDS`], whatever its case:
/// for each first and each last letter `a`..`z`, a bit for each length of
/// the words with that letter. Most words of a text fail it, and skip the
/// full look-up.
struct Gate {
    first: [u16; 26],
    last: [u16; 26],
}

/// The [`Gate`] of [`NUMBER_WORDS`].
static NUMBER_GATE: Gate = {
    let mut first = [0u16; 26];
    let mut last = [0u16; 26];
    let mut k = 0;
    while k < NUMBER_WORDS.len() {
        let w = NUMBER_WORDS[k].as_bytes();
        // Every number word is 1 to 12 lowercase ASCII letters.
        first[(w[0] - b'a') as usize] |= 1 << w.len();
        last[(w[w.len() - 1] - b'a') as usize] |= 1 << w.len();
        k += 1;
    }
    Gate { first, last }
};

impl Gate {
    /// False when `word` (ASCII, any case) cannot be a number word.
    fn admits(&self, word: &[u8]) -> bool {
        let len = word.len();
        if len > 12 {
            return false;
        }
        let bit = |masks: &[u16; 26], c: Option<&u8>| {
            c.map(u8::to_ascii_lowercase)
                .filter(u8::is_ascii_lowercase)
                .and_then(|c| masks.get(usize::from(c - b'a')))
                .is_some_and(|m| m >> len & 1 == 1)
        };
        bit(&self.first, word.first()) && bit(&self.last, word.last())
    }
}

fn classify(word: &str) -> W {
    let mut buf = [0u8; 12];
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() || !NUMBER_GATE.admits(bytes) {
        return W::Other;
    }
    let lower = &mut buf[..bytes.len()];
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    // A new word here must be added to NUMBER_WORDS too.
    match &*lower {
        b"zero" => W::Unit(0),
        b"one" => W::Unit(1),
        b"two" => W::Unit(2),
        b"three" => W::Unit(3),
        b"four" => W::Unit(4),
        b"five" => W::Unit(5),
        b"six" => W::Unit(6),
        b"seven" => W::Unit(7),
        b"eight" => W::Unit(8),
        b"nine" => W::Unit(9),
        b"ten" => W::Teen(10),
        b"eleven" => W::Teen(11),
        b"twelve" => W::Teen(12),
        b"thirteen" => W::Teen(13),
        b"fourteen" => W::Teen(14),
        b"fifteen" => W::Teen(15),
        b"sixteen" => W::Teen(16),
        b"seventeen" => W::Teen(17),
        b"eighteen" => W::Teen(18),
        b"nineteen" => W::Teen(19),
        b"twenty" => W::Tens(20),
        b"thirty" => W::Tens(30),
        b"forty" => W::Tens(40),
        b"fifty" => W::Tens(50),
        b"sixty" => W::Tens(60),
        b"seventy" => W::Tens(70),
        b"eighty" => W::Tens(80),
        b"ninety" => W::Tens(90),
        b"hundred" => W::Hundred,
        b"thousand" => W::Scale(1_000),
        b"million" => W::Scale(1_000_000),
        b"billion" => W::Scale(1_000_000_000),
        b"trillion" => W::Scale(1_000_000_000_000),
        b"a" | b"an" => W::A,
        b"and" => W::And,
        b"dozen" => W::Dozen,
        b"half" => W::Half,
        b"few" => W::Few,
        b"couple" => W::Couple,
        b"handful" => W::Handful,
        b"several" => W::Several,
        b"dozens" => W::Plural(24),
        b"scores" => W::Plural(40),
        b"hundreds" => W::Plural(200),
        b"thousands" => W::Plural(2_000),
        b"millions" => W::Plural(2_000_000),
        b"billions" => W::Plural(2_000_000_000),
        b"tens" => W::TensPlural,
        b"of" => W::Of,
        b"between" => W::Between,
        b"to" => W::To,
        b"or" => W::Or,
        b"from" => W::From,
        _ => W::Other,
    }
}

fn suffix_scale(s: &str) -> Option<u64> {
    match s {
        "k" | "K" => Some(1_000),
        "m" | "M" | "mn" | "Mn" | "MN" => Some(1_000_000),
        "bn" | "Bn" | "BN" => Some(1_000_000_000),
        _ => None,
    }
}

/// Splits `text` into words, digit groups, dashes and other characters.
/// Digits glued to letters, or joined to other digits by `:` or `/`, become
/// [`Kind::Other`].
///
/// A run of consecutive tokens that mean nothing to the grammar (ordinary
/// words, punctuation) is kept as its first token only: the grammar reads at
/// most one token past a number word before it stops, so the rest of the run
/// never matters, and most of a news text is such runs.
///
/// Bytes are scanned directly: ASCII letters, digits and white space (almost
/// all of a text) are told apart by their byte, and only other bytes are
/// decoded as characters.
fn tokenize(text: &str, range: std::ops::Range<usize>) -> Vec<Tok> {
    let floor = |mut k: usize| {
        k = k.min(text.len());
        while !text.is_char_boundary(k) {
            k -= 1;
        }
        k
    };
    let (mut i, to) = (floor(range.start), floor(range.end));
    let bytes = text.as_bytes().get(..to).unwrap_or(&[]);
    let mut toks: Vec<Tok> = Vec::with_capacity((to - i.min(to)) / 16 + 1);
    let mut spaced = true;
    while let Some(&b) = bytes.get(i) {
        let start = i;
        let kind;
        if b.is_ascii() {
            if b.is_ascii_whitespace() || b == 0x0B {
                spaced = true;
                i += 1;
                continue;
            }
            if b.is_ascii_digit() {
                let (k, end) = scan_number(text, start);
                kind = k;
                i = end;
            } else if b.is_ascii_alphabetic() {
                i = word_end(text, start);
                // A letter run touching digits ("A380") makes the digits glued;
                // scan_number checks that on its side.
                kind = Kind::Word(text.get(start..i).map_or(W::Other, classify));
            } else if b == b'-' {
                kind = Kind::Dash;
                i += 1;
            } else {
                kind = Kind::Other;
                i += 1;
            }
        } else {
            let Some(c) = text.get(i..).and_then(|s| s.chars().next()) else {
                break;
            };
            if c.is_whitespace() {
                spaced = true;
                i += c.len_utf8();
                continue;
            }
            if c.is_alphabetic() {
                i = word_end(text, start);
                // Not ASCII, so not a number word.
                kind = Kind::Word(W::Other);
            } else if c == '\u{2013}' {
                kind = Kind::Dash;
                i += c.len_utf8();
            } else {
                kind = Kind::Other;
                i += c.len_utf8();
            }
        }
        let meaningless = matches!(kind, Kind::Other | Kind::Word(W::Other));
        match toks.last_mut() {
            Some(last)
                if meaningless && matches!(last.kind, Kind::Other | Kind::Word(W::Other)) =>
            {
                last.end = i;
            }
            _ => toks.push(Tok {
                start,
                end: i,
                kind,
                spaced,
            }),
        }
        spaced = false;
    }
    toks
}

/// How many bytes at the start of `bytes` are ASCII letters (and, when
/// `digits`, ASCII digits), read eight at a time: word scanners skip the
/// ASCII body of a word with it, then look at the byte that stops it.
pub fn ascii_word_len(bytes: &[u8], digits: bool) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // High bit of each byte set when the byte (below 0x80) is in lo..=hi;
    // the sums carry into no other byte.
    let within = |x: u64, lo: u8, hi: u8| {
        let ge = x + ONES * u64::from(0x80 - lo);
        let gt = x + ONES * u64::from(0x7f - hi);
        ge & !gt
    };
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
        let low = x & !HIGH;
        // `| 0x20` lower-cases a letter and maps no other byte into a..=z.
        let mut word = within(low | (ONES * 0x20), b'a', b'z');
        if digits {
            word |= within(low, b'0', b'9');
        }
        let stop = !(word & !x) & HIGH;
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    let rest = bytes.get(i..).unwrap_or(&[]);
    i + rest
        .iter()
        .take_while(|b| b.is_ascii_alphabetic() || (digits && b.is_ascii_digit()))
        .count()
}

/// The end of the run of alphabetic characters starting at `start`.
fn word_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut j = start;
    while let Some(&b) = bytes.get(j) {
        if b.is_ascii_alphabetic() {
            // The ASCII letters from here on, eight at a time.
            j += ascii_word_len(bytes.get(j..).unwrap_or(&[]), false);
            continue;
        }
        if b.is_ascii() {
            break;
        }
        match text.get(j..).and_then(|s| s.chars().next()) {
            Some(c) if c.is_alphabetic() => j += c.len_utf8(),
            _ => break,
        }
    }
    j
}

/// Scans the digit group starting at `start` (an ASCII digit). Returns its
/// kind and end.
fn scan_number(text: &str, start: usize) -> (Kind, usize) {
    let b = text.as_bytes();
    let digits_end = |mut j: usize| {
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    let mut end = digits_end(start);
    let first_group = end - start;
    // Thousands separators: ",ddd" groups, only after a 1-3 digit first group.
    if first_group <= 3 {
        while end + 3 < b.len() + 1 && b.get(end) == Some(&b',') && digits_end(end + 1) == end + 4 {
            end += 4;
        }
    }
    let int_text = text.get(start..end).unwrap_or("");
    let int = int_text
        .bytes()
        .filter(u8::is_ascii_digit)
        .try_fold(0u64, |acc, d| {
            acc.checked_mul(10)
                .and_then(|a| a.checked_add(u64::from(d - b'0')))
        });
    let mut frac = None;
    if b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
        let fe = digits_end(end + 1);
        let ftext = text.get(end + 1..fe).unwrap_or("");
        let n = u32::try_from(ftext.len()).unwrap_or(u32::MAX);
        let v = ftext.parse::<u64>().ok();
        frac = v.map(|v| (v, n));
        if v.is_none() || n > 12 {
            frac = Some((0, u32::MAX)); // unusable fraction
        }
        end = fe;
    }
    // What touches the group decides whether it is a number at all.
    let before = text.get(..start).and_then(|s| s.chars().next_back());
    let before2 = text.get(..start).and_then(|s| {
        let mut it = s.chars().rev();
        it.next();
        it.next()
    });
    let letter_before = before2.is_some_and(char::is_alphabetic);
    let digit_before = before2.is_some_and(|d| d.is_ascii_digit());
    let mut glued = before.is_some_and(char::is_alphanumeric)
        || (matches!(before, Some(':' | '/' | '_')) && (letter_before || digit_before))
        || (before == Some('-') && letter_before)
        || (matches!(before, Some('.' | ',')) && digit_before);
    let mut suffix = None;
    let after = text.get(end..).and_then(|s| s.chars().next());
    if after.is_some_and(char::is_alphabetic) {
        let rest = text.get(end..).unwrap_or("");
        let n = rest
            .find(|ch: char| !ch.is_alphanumeric())
            .unwrap_or(rest.len());
        match suffix_scale(rest.get(..n).unwrap_or("")) {
            Some(s) => {
                suffix = Some(s);
                end += n;
            }
            None => glued = true,
        }
    } else {
        let digit_next = text
            .get(end + 1..)
            .and_then(|s| s.chars().next())
            .is_some_and(|c| c.is_ascii_digit());
        glued |= after == Some('_') || (matches!(after, Some(':' | '/' | '.' | ',')) && digit_next);
    }
    match int {
        Some(int) if !glued => (Kind::Num { int, frac, suffix }, end),
        _ => (Kind::Other, end),
    }
}

// ---------------------------------------------------------------------------
// Grammar

/// The longest number phrase starting at token `i`: its quantity and the
/// index of the first token after it.
fn parse_at(t: &[Tok], i: usize) -> Option<(Quantity, usize)> {
    let w = |k: usize| t.get(k).map_or(W::Other, Tok::word);
    // Tokens after the first must be separated by white space.
    let sp = |k: usize| t.get(k).is_some_and(|x| x.spaced);
    match w(i) {
        W::Between => {
            let (a, j) = cardinal(t, i + 1).filter(|_| sp(i + 1))?;
            if w(j) == W::And && sp(j) && sp(j + 1) {
                let (b, k) = cardinal(t, j + 1)?;
                if a < b {
                    return Some((Quantity::range(a, b), k));
                }
            }
            return None;
        }
        W::Plural(min) => {
            // "hundreds of thousands"
            if min == 200
                && w(i + 1) == W::Of
                && sp(i + 1)
                && sp(i + 2)
                && let W::Plural(m) = w(i + 2)
                && m >= 2_000
            {
                return Some((Quantity::at_least(200 * (m / 2)), i + 3));
            }
            return Some((Quantity::at_least(min), i + 1));
        }
        W::TensPlural => {
            if w(i + 1) == W::Of
                && sp(i + 1)
                && sp(i + 2)
                && let W::Plural(m) = w(i + 2)
                && m >= 2_000
            {
                return Some((Quantity::at_least(20 * (m / 2)), i + 3));
            }
            return None;
        }
        W::Several => {
            if sp(i + 1)
                && let Some(scale) = vague_scale(w(i + 1))
            {
                return Some((Quantity::at_least(3 * scale), i + 2));
            }
            return Some((Quantity::at_least(3), i + 1));
        }
        W::A => match w(i + 1) {
            W::Few if sp(i + 1) => {
                if sp(i + 2)
                    && let Some(scale) = vague_scale(w(i + 2))
                {
                    return Some((Quantity::at_least(2 * scale), i + 3));
                }
                return Some((Quantity::at_least(2), i + 2));
            }
            W::Couple if sp(i + 1) => {
                let scaled = |k: usize| sp(k).then(|| vague_scale(w(k))).flatten();
                if let Some(scale) = scaled(i + 2) {
                    return Some((Quantity::at_least(2 * scale), i + 3));
                }
                if w(i + 2) == W::Of
                    && sp(i + 2)
                    && let Some(scale) = scaled(i + 3)
                {
                    return Some((Quantity::at_least(2 * scale), i + 4));
                }
                return Some((Quantity::about(2), i + 2));
            }
            W::Handful if sp(i + 1) => return Some((Quantity::at_least(2), i + 2)),
            W::Dozen if sp(i + 1) => return Some((Quantity::about(12), i + 2)),
            _ => {}
        },
        W::Half => {
            // "half a dozen", "half a million"
            if w(i + 1) == W::A && sp(i + 1) && sp(i + 2) {
                match w(i + 2) {
                    W::Dozen => return Some((Quantity::about(6), i + 3)),
                    W::Hundred => return Some((Quantity::about(50), i + 3)),
                    W::Scale(s) => return Some((Quantity::about(s / 2), i + 3)),
                    _ => {}
                }
            }
            return None;
        }
        _ => {}
    }
    let (a, j) = cardinal(t, i)?;
    // "two dozen", "3 dozen"
    if w(j) == W::Dozen && sp(j) {
        return Some((Quantity::about(a.checked_mul(12)?), j + 1));
    }
    // Ranges: "20-30", "20 to 30", "two or three".
    let is_num = matches!(t.get(i).map(|x| x.kind), Some(Kind::Num { .. }));
    let range_end = if t.get(j).is_some_and(|x| x.kind == Kind::Dash && !x.spaced)
        && t.get(j + 1)
            .is_some_and(|x| !x.spaced && matches!(x.kind, Kind::Num { .. }))
        && is_num
    {
        Some(j + 1)
    } else if matches!(w(j), W::To | W::Or) && sp(j) && sp(j + 1) {
        // "from 20 to 30" is a change, not a range.
        let from = i > 0 && w(i - 1) == W::From && w(j) == W::To;
        (!from).then_some(j + 1)
    } else {
        None
    };
    if let Some(k) = range_end
        && let Some((b, end)) = cardinal(t, k)
        && a < b
    {
        return Some((Quantity::range(a, b), end));
    }
    Some((Quantity::exact(a), j))
}

/// The multiplier of "hundred", "thousand", "dozen" ... after a vague word
/// ("several hundred", also "several hundreds").
fn vague_scale(w: W) -> Option<u64> {
    match w {
        W::Hundred | W::Plural(200) => Some(100),
        W::Scale(s) => Some(s),
        W::Plural(2_000) => Some(1_000),
        W::Plural(2_000_000) => Some(1_000_000),
        W::Dozen | W::Plural(24) => Some(12),
        _ => None,
    }
}

/// A cardinal number at `i`: digits (with an optional scale word or suffix),
/// or number words. Returns the value and the next token index.
fn cardinal(t: &[Tok], i: usize) -> Option<(u64, usize)> {
    let first = t.get(i)?;
    if let Kind::Num { int, frac, suffix } = first.kind {
        let next = t.get(i + 1);
        let (scale, end) = match (suffix, next.map(Tok::word)) {
            (Some(s), _) => (Some(s), i + 1),
            (None, Some(W::Scale(s))) if next.is_some_and(|x| x.spaced) => (Some(s), i + 2),
            (None, Some(W::Hundred))
                if next.is_some_and(|x| x.spaced) && frac.is_none() && int < 100 =>
            {
                (Some(100), i + 2)
            }
            _ => (None, i + 1),
        };
        return match (scale, frac) {
            (None, None) => Some((int, end)),
            (None, Some(_)) => None,
            (Some(s), None) => Some((int.checked_mul(s)?, end)),
            (Some(s), Some((f, n))) => {
                let den = 10u128.checked_pow(n)?;
                let whole = u128::from(int) * u128::from(s) + u128::from(f) * u128::from(s) / den;
                u64::try_from(whole).ok().map(|v| (v, end))
            }
        };
    }
    words(t, i)
}

/// Number words: "fourteen thousand", "one hundred and five", "a million",
/// "two million three hundred thousand".
fn words(t: &[Tok], mut i: usize) -> Option<(u64, usize)> {
    let w = |k: usize| t.get(k).map_or(W::Other, Tok::word);
    let sp = |k: usize| t.get(k).is_some_and(|x| x.spaced);
    let mut total: u64 = 0;
    let mut last_scale = u64::MAX;
    let mut any = false;
    loop {
        if any && !sp(i) {
            break;
        }
        // After a scale word, British "and": "one thousand and five".
        let (g, j) = match group(t, i, !any) {
            Some(x) => x,
            None if any && w(i) == W::And && sp(i + 1) => match below_100(t, i + 1) {
                Some((v, j)) => {
                    total = total.checked_add(v)?;
                    i = j;
                    break;
                }
                None => break,
            },
            None => break,
        };
        match w(j) {
            W::Scale(s) if sp(j) && s < last_scale => {
                total = total.checked_add(g.checked_mul(s)?)?;
                last_scale = s;
                i = j + 1;
                any = true;
            }
            W::Scale(_) if any && sp(j) => break, // "a thousand two million": stop before "two"
            _ => {
                total = total.checked_add(g)?;
                i = j;
                any = true;
                break;
            }
        }
    }
    any.then_some((total, i))
}

/// A group below one thousand: "five", "twenty-one", "a hundred", "nineteen
/// hundred", "one hundred and five". With `allow_a`, "a"/"an" counts as one
/// before "hundred" or a scale word.
fn group(t: &[Tok], i: usize, allow_a: bool) -> Option<(u64, usize)> {
    let w = |k: usize| t.get(k).map_or(W::Other, Tok::word);
    let sp = |k: usize| t.get(k).is_some_and(|x| x.spaced);
    let (v, j) = if w(i) == W::A {
        if !allow_a || !sp(i + 1) {
            return None;
        }
        match w(i + 1) {
            W::Hundred => (1, i + 1),
            W::Scale(_) => return Some((1, i + 1)),
            _ => return None,
        }
    } else {
        below_100(t, i)?
    };
    if w(j) == W::Hundred && sp(j) && (1..100).contains(&v) {
        let h = v * 100;
        let k = j + 1;
        if w(k) == W::And
            && sp(k)
            && sp(k + 1)
            && let Some((r, e)) = below_100(t, k + 1)
        {
            return Some((h + r, e));
        }
        if sp(k)
            && let Some((r, e)) = below_100(t, k)
        {
            return Some((h + r, e));
        }
        return Some((h, k));
    }
    if v == 1 && w(i) == W::A {
        return None;
    }
    Some((v, j))
}

/// "zero" .. "ninety-nine", as words; hyphenated or spaced tens.
fn below_100(t: &[Tok], i: usize) -> Option<(u64, usize)> {
    let w = |k: usize| t.get(k).map_or(W::Other, Tok::word);
    match w(i) {
        W::Unit(v) | W::Teen(v) => {
            // "one-third", "five-year-old" are fine as numbers; the caller judges.
            Some((v, i + 1))
        }
        W::Tens(v) => {
            let dash = t
                .get(i + 1)
                .is_some_and(|x| x.kind == Kind::Dash && !x.spaced);
            if dash {
                let next = t.get(i + 2).filter(|x| !x.spaced);
                return match next.map(Tok::word) {
                    Some(W::Unit(u)) if u > 0 => Some((v + u, i + 3)),
                    // "twenty-first": an ordinal, not a number.
                    Some(W::Other) => None,
                    _ => Some((v, i + 1)),
                };
            }
            if let W::Unit(u) = w(i + 1)
                && u > 0
                && t.get(i + 1).is_some_and(|x| x.spaced)
            {
                return Some((v + u, i + 2));
            }
            Some((v, i + 1))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ascii_word_len_matches_a_byte_scan() {
        let naive = |b: &[u8], digits: bool| {
            b.iter()
                .take_while(|c| c.is_ascii_alphabetic() || (digits && c.is_ascii_digit()))
                .count()
        };
        for text in [
            "",
            "abc",
            "Killed 14 people",
            "AZaz09`{[/:@",
            "caf\u{e9}s and more",
            "word12345678x9 ",
        ] {
            for at in 0..=text.len() {
                let b = &text.as_bytes()[at..];
                assert_eq!(
                    ascii_word_len(b, false),
                    naive(b, false),
                    "{text:?} at {at}"
                );
                assert_eq!(ascii_word_len(b, true), naive(b, true), "{text:?} at {at}");
            }
        }
        // Every byte value at every position of a chunk.
        for v in 0..=255u8 {
            for at in 0..8 {
                let mut b = *b"abcdefghij";
                b[at] = v;
                assert_eq!(
                    ascii_word_len(&b, false),
                    naive(&b, false),
                    "byte {v} at {at}"
                );
                assert_eq!(
                    ascii_word_len(&b, true),
                    naive(&b, true),
                    "byte {v} at {at}"
                );
            }
        }
    }

    fn v(s: &str) -> Option<u64> {
        parse_number(s).and_then(|q| q.value)
    }

    fn found(text: &str) -> Vec<(&str, Quantity)> {
        find_numbers(text)
            .into_iter()
            .map(|m| (m.span.text(text), m.quantity))
            .collect()
    }

    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];

    fn words_below_1000(n: u64, and: bool) -> String {
        let (h, r) = (n / 100, n % 100);
        let mut s = String::new();
        if h > 0 {
            s = format!("{} hundred", UNITS[h as usize]);
            if r > 0 {
                s.push_str(if and { " and " } else { " " });
            }
        }
        if r > 0 || h == 0 {
            if r < 20 {
                s.push_str(UNITS[r as usize]);
            } else {
                s.push_str(TENS[(r / 10) as usize]);
                if r % 10 > 0 {
                    s.push('-');
                    s.push_str(UNITS[(r % 10) as usize]);
                }
            }
        }
        s
    }

    fn to_words(n: u64, and: bool) -> String {
        if n == 0 {
            return "zero".into();
        }
        let mut parts = Vec::new();
        for (scale, name) in [
            (1_000_000_000, "billion"),
            (1_000_000, "million"),
            (1_000, "thousand"),
        ] {
            if (n / scale) % 1000 > 0 {
                parts.push(format!(
                    "{} {name}",
                    words_below_1000((n / scale) % 1000, and)
                ));
            }
        }
        if n % 1000 > 0 {
            parts.push(words_below_1000(n % 1000, and));
        }
        parts.join(" ")
    }

    fn with_commas(n: u64) -> String {
        let s = n.to_string();
        let mut out = String::new();
        for (k, c) in s.chars().enumerate() {
            if k > 0 && (s.len() - k) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        out
    }

    #[test]
    fn every_listed_number_word_is_known_in_any_case() {
        for w in NUMBER_WORDS {
            assert_ne!(classify(w), W::Other, "{w}");
            assert_ne!(classify(&w.to_uppercase()), W::Other, "{w}");
            assert!(NUMBER_GATE.admits(w.as_bytes()), "{w}");
        }
        for w in ["the", "people", "tenth", "Kyiv", "", "onee", "twelfths"] {
            assert_eq!(classify(w), W::Other, "{w}");
        }
    }

    #[test]
    fn digits_and_separators() {
        assert_eq!(parse_number("14,000"), Some(Quantity::exact(14_000)));
        assert_eq!(v("7"), Some(7));
        assert_eq!(v(" 2,345,678 "), Some(2_345_678));
        assert_eq!(v("14000"), Some(14_000));
        assert_eq!(v("1.5 million"), Some(1_500_000));
        assert_eq!(v("2.3m"), Some(2_300_000));
        assert_eq!(v("4bn"), Some(4_000_000_000));
        assert_eq!(v("20k"), Some(20_000));
        assert_eq!(v("14 thousand"), Some(14_000));
        assert_eq!(v("3 hundred"), Some(300));
        assert_eq!(parse_number("2.5"), None, "no whole value");
        assert_eq!(parse_number("99999999999999999999999"), None, "too large");
        assert_eq!(parse_number("1,2345"), None);
        assert_eq!(parse_number("3rd"), None);
    }

    #[test]
    fn number_words() {
        assert_eq!(v("fourteen thousand"), Some(14_000));
        assert_eq!(v("twenty-one"), Some(21));
        assert_eq!(v("Twenty one"), Some(21));
        assert_eq!(v("a hundred"), Some(100));
        assert_eq!(v("one hundred and five"), Some(105));
        assert_eq!(v("nineteen hundred"), Some(1_900));
        assert_eq!(v("a million"), Some(1_000_000));
        assert_eq!(v("an eleven"), None);
        assert_eq!(v("two million three hundred thousand"), Some(2_300_000));
        assert_eq!(v("one thousand and five"), Some(1_005));
        assert_eq!(parse_number("twenty-first"), None, "ordinal");
        assert_eq!(parse_number("one two"), None, "two numbers");
        assert_eq!(parse_number("hundred"), None);
        assert_eq!(parse_number("a"), None);
        assert_eq!(parse_number(""), None);
    }

    #[test]
    fn dozens_and_vague_amounts() {
        assert_eq!(parse_number("a dozen"), Some(Quantity::about(12)));
        assert_eq!(parse_number("two dozen"), Some(Quantity::about(24)));
        assert_eq!(parse_number("half a dozen"), Some(Quantity::about(6)));
        assert_eq!(
            parse_number("half a million"),
            Some(Quantity::about(500_000))
        );
        assert_eq!(parse_number("a couple"), Some(Quantity::about(2)));
        assert_eq!(parse_number("dozens"), Some(Quantity::at_least(24)));
        assert_eq!(parse_number("Scores"), Some(Quantity::at_least(40)));
        assert_eq!(parse_number("hundreds"), Some(Quantity::at_least(200)));
        assert_eq!(parse_number("thousands"), Some(Quantity::at_least(2_000)));
        assert_eq!(
            parse_number("tens of thousands"),
            Some(Quantity::at_least(20_000))
        );
        assert_eq!(
            parse_number("hundreds of thousands"),
            Some(Quantity::at_least(200_000))
        );
        assert_eq!(
            parse_number("tens of millions"),
            Some(Quantity::at_least(20_000_000))
        );
        assert_eq!(parse_number("a few"), Some(Quantity::at_least(2)));
        assert_eq!(parse_number("several"), Some(Quantity::at_least(3)));
        assert_eq!(parse_number("a handful"), Some(Quantity::at_least(2)));
        assert_eq!(
            parse_number("several hundred"),
            Some(Quantity::at_least(300))
        );
        assert_eq!(
            parse_number("a few thousand"),
            Some(Quantity::at_least(2_000))
        );
        assert_eq!(
            parse_number("a couple of hundred"),
            Some(Quantity::at_least(200))
        );
        assert_eq!(parse_number("tens"), None);
        assert!(parse_number("dozens").unwrap().is_vague());
        assert_eq!(parse_number("dozens").unwrap().best(), Some(24));
    }

    #[test]
    fn ranges() {
        assert_eq!(
            parse_number("between 20 and 30"),
            Some(Quantity::range(20, 30))
        );
        assert_eq!(parse_number("20-30"), Some(Quantity::range(20, 30)));
        assert_eq!(parse_number("20 to 30"), Some(Quantity::range(20, 30)));
        assert_eq!(parse_number("two or three"), Some(Quantity::range(2, 3)));
        assert_eq!(parse_number("30 to 20"), None, "not a range");
        let text = "The toll rose from 20 to 30 on Monday.";
        let got = found(text);
        assert_eq!(got.iter().map(|g| g.0).collect::<Vec<_>>(), ["20", "30"]);
    }

    #[test]
    fn finds_numbers_in_running_text() {
        let text = "Rebels said one hundred and five soldiers and 1,200 civilians died; \
                    dozens of others, a dozen children and tens of thousands fled.";
        let got = found(text);
        let spans: Vec<_> = got.iter().map(|g| g.0).collect();
        assert_eq!(
            spans,
            [
                "one hundred and five",
                "1,200",
                "dozens",
                "a dozen",
                "tens of thousands"
            ]
        );
        assert_eq!(got[0].1.value, Some(105));
        assert_eq!(got[4].1.min, Some(20_000));
    }

    #[test]
    fn leaves_units_to_the_caller_and_skips_identifiers() {
        let text = "A 25-year-old paid $14,000 at 8:20 on 10/12/2014 for an A380 in the 1990s; COVID-19 and 50% too.";
        let spans: Vec<_> = found(text).into_iter().map(|g| g.0).collect();
        assert_eq!(spans, ["25", "14,000", "50"]);
        let text = "It ended in 2014, 15 miles away.";
        let spans: Vec<_> = found(text).into_iter().map(|g| g.0).collect();
        assert_eq!(spans, ["2014", "15"]);
        assert_eq!(found("Kyïv lost twenty-five.")[0].0, "twenty-five");
    }

    #[test]
    fn the_layer_matches_find_numbers() {
        let article = newsfacts_core::Article::new("x", "Nine hurt, 40 killed.");
        let doc = Document::new(&article);
        assert_eq!(
            doc.layer::<Numbers>().matches,
            find_numbers(article.body.as_str())
        );
    }

    proptest! {
        #[test]
        fn round_trips_commas_and_words(n in 0u64..1_000_000_000) {
            prop_assert_eq!(v(&with_commas(n)), Some(n));
            prop_assert_eq!(v(&n.to_string()), Some(n));
            prop_assert_eq!(v(&to_words(n, false)), Some(n), "{}", to_words(n, false));
            prop_assert_eq!(v(&to_words(n, true)), Some(n), "{}", to_words(n, true));
            let text = format!("Officials said {} people.", to_words(n, true));
            let got = find_numbers(&text);
            prop_assert_eq!(got.len(), 1);
            prop_assert_eq!(got[0].quantity.value, Some(n));
        }

        #[test]
        fn never_panics_and_spans_are_valid(text in "\\PC{0,80}") {
            let _ = parse_number(&text);
            let mut last = 0;
            for m in find_numbers(&text) {
                prop_assert!(m.span.start() >= last && m.span.start() < m.span.end());
                prop_assert!(text.get(m.span.range()).is_some());
                last = m.span.end();
            }
        }

        #[test]
        fn never_panics_on_number_like_text(text in "[0-9a-z ,.:/\\-–]{0,60}") {
            let _ = parse_number(&text);
            for m in find_numbers(&text) {
                prop_assert!(text.get(m.span.range()).is_some());
            }
        }
    }
}
