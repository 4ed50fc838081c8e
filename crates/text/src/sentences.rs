//! Sentence boundaries tuned for news text.
//!
//! [`split_sentences`] returns one [`Span`] per sentence, trimmed of the white
//! space around it; [`Sentences`] is the same as a shared
//! [`Layer`](newsfacts_core::Layer) of a [`Document`](newsfacts_core::Document), with a binary-search lookup from a byte offset
//! to its sentence.
//!
//! # The rules
//!
//! 1. **Every line break ends a sentence.** Input is one paragraph or sentence
//!    a line (see [`crate::paragraphs`]), so a sentence never contains a line
//!    break and always lies inside one paragraph.
//! 2. Inside a line, a sentence can only end at a run of `.`, `!`, `?` or `…`,
//!    followed by any closing quotes and brackets (`"`, `'`, `”`, `’`, `»`,
//!    `)`, `]`) — those belong to the sentence that ends (`"We will," he
//!    said.`) — and then by white space. No white space, no boundary: `1.5`,
//!    `U.S.-led`, `example.com`.
//! 3. The next word decides. A lowercase word, or `,` `;` `:` `)` `%` `-`,
//!    continues the sentence (`"Why?" she asked.`, `the U.S. economy`).
//! 4. After `!` or `?`, anything else starts a new sentence.
//! 5. An ellipsis (`...`, `…`) right after a word ends the sentence; one
//!    preceded by white space marks words left out of a quotation and does
//!    not (`we will ... continue`).
//! 6. After a single period, the word before it is looked up
//!    ([`crate::abbreviations`]):
//!    * a title (`Gen.`, `Mr.`, `Sen.`, `vs.`) never ends a sentence;
//!    * a month or `No.` ends one unless a number follows (`Feb. 24`);
//!    * a dotted acronym (`U.S.`, `a.m.`, `J.R.R.`), an initial (`Lolita C.
//!      Baldor`) or an ambiguous abbreviation (`Inc.`, `Jr.`, `St.`) ends one
//!      only when the next word is a common sentence starter (`The`, `He`,
//!      `But`, `Two`, ... see [`is_sentence_starter`]) or begins with an
//!      opening quotation mark. So `at 5 p.m. The next day` splits, while
//!      `at 5 p.m. Monday`, `the U.S. Embassy` and `J.R.R. Tolkien` do not;
//!    * any other word ends the sentence.
//!
//! Text that lost its quotation marks in scraping needs nothing special:
//! `Ive been clear with President Putin, Biden said. He has no doubt.` is two
//! sentences because `said.` is an ordinary word.
//!
//! # Why not UAX #29
//!
//! The Unicode sentence algorithm (`unicode-segmentation`) splits after every
//! `Mr.` or `Gen.` followed by a capital, needs a merge pass for abbreviations
//! anyway and runs through a general state machine; the direct byte scanner
//! here only stops at `.`, `!`, `?`, `…` and line breaks, and was measured at
//! several times its speed on news text (see the crate's report).
//!
//! ```
//! use newsfacts_text::sentences::split_sentences;
//! let body = "Gen. Mark Milley met U.N. officials on Feb. 4 in the U.S. capital. \
//!             \"We will,\" he said. Talks resumed at 5 p.m. The next day, they ended.";
//! let got: Vec<&str> = split_sentences(body).iter().map(|s| s.text(body)).collect();
//! assert_eq!(got, [
//!     "Gen. Mark Milley met U.N. officials on Feb. 4 in the U.S. capital.",
//!     "\"We will,\" he said.",
//!     "Talks resumed at 5 p.m.",
//!     "The next day, they ended.",
//! ]);
//! ```

use newsfacts_core::Span;

use crate::abbreviations::{AbbreviationKind, classify, is_sentence_starter};
use crate::paragraphs::lines;

/// The spans of the sentences of `text`, in order, each trimmed of
/// surrounding white space, never empty and never containing a line break.
/// See the [module documentation](self) for the rules.
pub fn split_sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::with_capacity(text.len() / 100 + 1);
    for (base, line) in lines(text) {
        split_line(line, &mut |start, end| {
            if let Ok(span) = Span::new(text, base + start, base + end) {
                out.push(span);
            }
        });
    }
    out
}

/// The byte offset of the first non-white-space character at or after `i`
/// (`line.len()` when there is none).
fn skip_space(line: &str, i: usize) -> usize {
    match line.get(i..) {
        Some(rest) => line.len() - rest.trim_start().len(),
        None => line.len(),
    }
}

fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|r| r.chars().next())
}

fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|r| r.chars().next_back())
}

/// Closing quotation marks and brackets that stay with the sentence they follow.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}')
}

/// Opening quotation marks and brackets that may start a sentence.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '`' | '„'
    )
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Splits one line (no line breaks inside), reporting `start..end` offsets
/// relative to the line.
fn split_line(line: &str, emit: &mut impl FnMut(usize, usize)) {
    let bytes = line.as_bytes();
    let mut start = skip_space(line, 0);
    let mut i = start;
    while let Some(&b) = bytes.get(i) {
        let is_term = match b {
            b'.' | b'!' | b'?' => true,
            // U+2026 HORIZONTAL ELLIPSIS
            0xE2 => bytes.get(i + 1) == Some(&0x80) && bytes.get(i + 2) == Some(&0xA6),
            _ => false,
        };
        if !is_term {
            i += 1;
            continue;
        }
        let term_start = i;
        let mut term_end = i;
        while let Some(c) = char_at(line, term_end).filter(|&c| is_terminator(c)) {
            term_end += c.len_utf8();
        }
        let mut close_end = term_end;
        while let Some(c) = char_at(line, close_end).filter(|&c| is_closer(c)) {
            close_end += c.len_utf8();
        }
        let next = skip_space(line, close_end);
        if next >= line.len() {
            break; // the end of the line ends the sentence
        }
        if next > close_end && is_boundary(line, start, term_start, term_end, next) {
            emit(start, close_end);
            start = next;
        }
        i = next.max(term_end);
    }
    let end = line.trim_end().len();
    if start < end {
        emit(start, end);
    }
}

/// Whether the terminators at `term_start..term_end` end the sentence that
/// began at `start`, given that the next word starts at `next`.
fn is_boundary(line: &str, start: usize, term_start: usize, term_end: usize, next: usize) -> bool {
    let Some(first) = char_at(line, next) else {
        return true;
    };
    if matches!(
        first,
        ',' | ';' | ':' | ')' | ']' | '}' | '%' | '-' | '.' | '…'
    ) {
        return false; // `U.S. , `, spaced ellipses `. . .`, `etc. )`
    }
    // The next word, after any opening quotes or brackets.
    let mut word_start = next;
    let mut quoted = false;
    while let Some(c) = char_at(line, word_start).filter(|&c| is_opener(c)) {
        word_start += c.len_utf8();
        // A quotation opening after `U.S.` starts a sentence; a bracket does
        // not (`NEW YORK, N.Y. (AP)`, `Indianapolis, Ind. (Jan. 5)`).
        quoted |= !matches!(c, '(' | '[');
    }
    let rest = line.get(word_start..).unwrap_or("");
    let word_len = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    let word = rest.get(..word_len).unwrap_or("");
    let lead = word.chars().next();
    if lead.is_some_and(char::is_lowercase) {
        return false;
    }
    let terms = line.get(term_start..term_end).unwrap_or("");
    if terms.contains(['!', '?']) {
        return true;
    }
    if terms != "." {
        // An ellipsis: after a word it ends the sentence, after white space
        // (or at the start of the sentence) it marks an omission.
        return term_start > start
            && char_before(line, term_start).is_some_and(|c| !c.is_whitespace());
    }
    // A single period: what is the word before it?
    let before = line.get(start..term_start).unwrap_or("");
    let tok_start = before.rfind(char::is_whitespace).map_or(0, |p| p + 1);
    let tok = before.get(tok_start..).unwrap_or("");
    // `then-Sen.`, `(Gen.`, `ex-Gov.`: the abbreviation is the last part.
    let tok = tok
        .rsplit(['-', '/', '\u{2010}', '\u{2011}', '\u{2013}', '\u{2014}'])
        .next()
        .unwrap_or(tok);
    let tok = tok.trim_start_matches(|c: char| !c.is_alphanumeric());
    let with_period = line.get(term_start - tok.len()..term_end).unwrap_or("");
    match classify(with_period) {
        None => true,
        Some(AbbreviationKind::Title) => false,
        Some(AbbreviationKind::BeforeNumber) => !lead.is_some_and(char::is_numeric),
        Some(
            AbbreviationKind::Ambiguous | AbbreviationKind::Acronym | AbbreviationKind::Initial,
        ) => quoted || is_sentence_starter(word),
    }
}

/// Sentence look-ups that split only the lines asked about.
///
/// [`Sentences`] splits a whole document up front. A caller that needs the
/// sentence around a few positions only (a figure, a quotation) can use this
/// instead: since a sentence never crosses a line break, the sentence
/// containing a byte is found by splitting the one line around it, and the
/// last lines split are remembered, so look-ups in text order split each line
/// once. The answers are exactly those of
/// [`Segments::containing`](crate::segments::Segments::containing) on a
/// [`Sentences`] layer.
///
/// ```
/// use newsfacts_text::sentences::{LineSentences, Sentences};
/// let text = "Sen. Kim spoke. Nobody answered.\nThe end.";
/// let lazy = LineSentences::new(text);
/// let full = Sentences::new(text);
/// for byte in 0..=text.len() {
///     assert_eq!(lazy.containing(byte), full.containing(byte));
/// }
/// assert_eq!(lazy.containing(20).map(|s| s.text(text)), Some("Nobody answered."));
/// ```
#[derive(Debug)]
pub struct LineSentences<'a> {
    text: &'a str,
    /// The last lines split: `(start, end, sentences)`, most recent last.
    cache: std::cell::RefCell<Vec<(usize, usize, Vec<Span>)>>,
}

/// How many split lines [`LineSentences`] remembers.
const LINES_KEPT: usize = 2;

impl<'a> LineSentences<'a> {
    /// Look-ups into `text`; nothing is split yet.
    pub fn new(text: &'a str) -> LineSentences<'a> {
        LineSentences {
            text,
            cache: std::cell::RefCell::new(Vec::with_capacity(LINES_KEPT)),
        }
    }

    /// The sentence containing byte offset `byte`, or `None` when it falls
    /// between sentences (white space, a line break) or past the end: the
    /// same answer as
    /// [`Segments::containing`](crate::segments::Segments::containing) on the
    /// [`Sentences`] of the whole text.
    pub fn containing(&self, byte: usize) -> Option<Span> {
        let mut cache = self.cache.borrow_mut();
        let hit = cache
            .iter()
            .find(|(start, end, _)| (*start..*end).contains(&byte));
        if let Some((_, _, spans)) = hit {
            return find_in(spans, byte);
        }
        let (start, end) = line_around(self.text, byte)?;
        let mut spans = Vec::new();
        let line = self.text.get(start..end).unwrap_or("");
        split_line(line, &mut |a, b| {
            if let Ok(span) = Span::new(self.text, start + a, start + b) {
                spans.push(span);
            }
        });
        let found = find_in(&spans, byte);
        if cache.len() >= LINES_KEPT {
            cache.remove(0);
        }
        cache.push((start, end, spans));
        found
    }
}

/// The span of sorted, non-overlapping `spans` that contains `byte`.
fn find_in(spans: &[Span], byte: usize) -> Option<Span> {
    let i = spans.partition_point(|s| s.end() <= byte);
    spans.get(i).filter(|s| s.start() <= byte).copied()
}

/// The bounds of the line (line breaks excluded, as
/// [`paragraphs::lines`](crate::paragraphs) cuts them) that holds byte
/// `byte`; `None` when `byte` is past the end or inside a line break.
fn line_around(text: &str, byte: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    if byte >= bytes.len() {
        return None;
    }
    // The character holding `byte` must not be a line break itself.
    let mut c0 = byte;
    while !text.is_char_boundary(c0) {
        c0 -= 1;
    }
    if text
        .get(c0..)
        .and_then(|s| s.chars().next())
        .is_some_and(crate::paragraphs::is_line_break)
    {
        return None;
    }
    let mut start = c0;
    while start > 0 {
        let b = bytes.get(start - 1).copied();
        let ends_break = match b {
            Some(b'\n' | b'\r' | 0x0B | 0x0C) => true,
            Some(0x85) => start >= 2 && bytes.get(start - 2) == Some(&0xC2),
            Some(0xA8 | 0xA9) => {
                start >= 3
                    && bytes.get(start - 3) == Some(&0xE2)
                    && bytes.get(start - 2) == Some(&0x80)
            }
            _ => false,
        };
        if ends_break {
            break;
        }
        start -= 1;
    }
    let mut end = c0;
    while let Some(&b) = bytes.get(end) {
        let is_break = match b {
            b'\n' | b'\r' | 0x0B | 0x0C => true,
            0xC2 => bytes.get(end + 1) == Some(&0x85),
            0xE2 => {
                bytes.get(end + 1) == Some(&0x80)
                    && matches!(bytes.get(end + 2), Some(&0xA8) | Some(&0xA9))
            }
            _ => false,
        };
        if is_break {
            break;
        }
        end += 1;
    }
    Some((start, end))
}

crate::segments::segment_layer!(
/// The sentences of a document, as a shared layer: `doc.layer::<Sentences>()`.
///
/// ```
/// use newsfacts_core::{Article, Document};
/// use newsfacts_text::Sentences;
/// let article = Article::new("a1", "Sen. Kim spoke. Nobody answered.");
/// let doc = Document::new(&article);
/// let sentences = doc.layer::<Sentences>();
/// assert_eq!(sentences.len(), 2);
/// assert_eq!(sentences.index_of(20), Some(1)); // inside "Nobody"
/// assert_eq!(sentences.index_of(15), None); // the space between them
/// ```
    Sentences,
    split_sentences
);

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text).iter().map(|s| s.text(text)).collect()
    }

    #[track_caller]
    fn one(text: &str) {
        assert_eq!(split(text), [text], "should be one sentence");
    }

    #[test]
    fn plain_sentences_split_on_terminators() {
        assert_eq!(
            split(
                "Shelling resumed overnight. Two schools were hit! Who fired first? Nobody knows."
            ),
            [
                "Shelling resumed overnight.",
                "Two schools were hit!",
                "Who fired first?",
                "Nobody knows."
            ]
        );
    }

    #[test]
    fn country_and_organisation_acronyms_do_not_split_before_names() {
        one("The U.S. Embassy in Kyiv told U.S. citizens to leave.");
        one("A U.N. spokesman said the U.N. Security Council would meet.");
        one("The U.S. and its allies rejected the demands.");
        one(
            "NEW YORK, N.Y. (AP) The storm hit INDIANAPOLIS, Ind. (Jan. 5) and KANSAS CITY, MO. (AP) too.",
        );
        assert_eq!(
            split("Troops arrived from the U.S. The convoy moved east."),
            ["Troops arrived from the U.S.", "The convoy moved east."]
        );
    }

    #[test]
    fn months_split_only_when_no_day_follows() {
        one("The invasion began on Feb. 24 and talks stalled by Sept. 3.");
        one("Talks were held on Jan. 10, 2022, in Geneva.");
        assert_eq!(
            split("The deal was signed in Oct. Then it collapsed."),
            ["The deal was signed in Oct.", "Then it collapsed."]
        );
    }

    #[test]
    fn titles_never_end_a_sentence() {
        one("Gen. Mark Milley spoke with Lt. Col. Anna Berg and Sgt. Tom Reyes.");
        one("Mr. Smith, Mrs. Jones and Dr. Patel met Sen. Lee, Rep. Ortiz and Gov. Hale.");
        one("Prof. Ivanova lives on St. Andrew's Street near No. 10.");
        one("The case, Smith vs. Jones, went to Col. Hart.");
        one("She ran against then-Sen. Barack Obama and ex-Gov. Jeb Bush (Gen. Lee was there).");
    }

    #[test]
    fn company_and_name_suffixes_look_at_the_next_word() {
        one("Acme Inc. Chief Executive Jane Roe and Globex Corp. Vice President Li left.");
        one("Martin Luther King Jr. Day is a holiday.");
        assert_eq!(
            split("Shares fell at Acme Inc. The company declined to comment."),
            [
                "Shares fell at Acme Inc.",
                "The company declined to comment."
            ]
        );
        assert_eq!(
            split("He was a partner at Smith & Co. He left in 2019."),
            ["He was a partner at Smith & Co.", "He left in 2019."]
        );
    }

    #[test]
    fn times_split_before_a_sentence_starter_but_not_before_a_name() {
        assert_eq!(
            split("The sirens sounded at 5 p.m. The next day was quiet."),
            ["The sirens sounded at 5 p.m.", "The next day was quiet."]
        );
        one("The sirens sounded at 5 p.m. Monday and again at 7 a.m. Tuesday.");
        one("The curfew starts at 10 p.m. local time.");
        assert_eq!(
            split("It ended at 9 a.m. \"We are safe,\" she said."),
            ["It ended at 9 a.m.", "\"We are safe,\" she said."]
        );
    }

    #[test]
    fn initials_stay_inside_names() {
        one(
            "Vladimir Isachenkov in Moscow, Karl P. Lindqvist in Oslo and Maria T. Okafor in Lagos contributed.",
        );
        one("A first edition by J.R.R. Tolkien sold for $40,000.");
        one("George W. Bush and John F. Kennedy were mentioned.");
        assert_eq!(
            split("The plan was called Plan B. The army rejected it."),
            ["The plan was called Plan B.", "The army rejected it."]
        );
    }

    #[test]
    fn decimals_and_numbers_do_not_split() {
        one("Inflation rose 1.5 percent, to 7.25%, and 14,000 jobs were lost.");
        assert_eq!(
            split("The toll rose to 14. Rescuers kept digging."),
            ["The toll rose to 14.", "Rescuers kept digging."]
        );
    }

    #[test]
    fn ellipses_after_words_end_sentences_but_omissions_do_not() {
        assert_eq!(
            split("He paused... Then he left."),
            ["He paused...", "Then he left."]
        );
        assert_eq!(
            split("He paused… Then he left."),
            ["He paused…", "Then he left."]
        );
        one("\"We will ... continue to fight,\" he said.");
        one("\"We will ... Russia must leave,\" he said.");
        one("It went on and on... and on.");
        one("The statement said . . . nothing new.");
    }

    #[test]
    fn closing_quotes_and_brackets_stay_with_their_sentence() {
        assert_eq!(
            split("\"We will not retreat.\" The minister left. (He did not return.) Talks ended."),
            [
                "\"We will not retreat.\"",
                "The minister left.",
                "(He did not return.)",
                "Talks ended."
            ]
        );
        assert_eq!(
            split("“It is over.” Then silence."),
            ["“It is over.”", "Then silence."]
        );
        assert_eq!(
            split("``It was a bomb,'' he said. ``You can see it.''"),
            ["``It was a bomb,'' he said.", "``You can see it.''"]
        );
        one("\"We will,\" he said.");
        one("\"Fire!\" he shouted.");
        one("\"Why now?\" she asked.");
    }

    #[test]
    fn text_that_lost_its_quotation_marks_still_splits() {
        assert_eq!(
            split(
                "Ive been absolutely clear with President Putin, Biden said. He has no misunderstanding: any move is an invasion."
            ),
            [
                "Ive been absolutely clear with President Putin, Biden said.",
                "He has no misunderstanding: any move is an invasion."
            ]
        );
        assert_eq!(
            split(
                "We didnt expect a breakthrough today, Blinken said after the meeting. Lavrov called the talks useful."
            ),
            [
                "We didnt expect a breakthrough today, Blinken said after the meeting.",
                "Lavrov called the talks useful."
            ]
        );
    }

    #[test]
    fn every_line_break_is_a_boundary() {
        assert_eq!(
            split("Talks in Geneva\nended without a deal\r\n\r\nU.S.\nofficials left."),
            [
                "Talks in Geneva",
                "ended without a deal",
                "U.S.",
                "officials left."
            ]
        );
    }

    #[test]
    fn white_space_is_trimmed_and_empty_input_has_no_sentences() {
        assert!(split("").is_empty());
        assert!(split(" \n\t \u{a0}").is_empty());
        assert_eq!(split("  One.\u{a0}\u{a0}Two.  "), ["One.", "Two."]);
        assert_eq!(split("No terminator here"), ["No terminator here"]);
    }

    #[test]
    fn no_white_space_no_boundary() {
        one("The U.S.-led coalition visited example.com today.");
        one("He said.\"Stop.\"");
    }

    #[test]
    fn unicode_text_keeps_exact_offsets() {
        let t = "Kyïv was shelled. Zelenskyy spoke — briefly.";
        let spans = split_sentences(t);
        assert_eq!(spans.len(), 2);
        assert_eq!(spans[1].start(), t.find("Zelenskyy").unwrap());
        assert_eq!(spans[1].end(), t.len());
    }

    #[test]
    fn line_sentences_agree_with_the_layer_everywhere() {
        let t = "Gen. Lee met U.S. envoys.\r\nThey left at 5 p.m. The talks\u{2028}ended. Kyïv\u{85}was quiet… \n\n  Rain.";
        let lazy = LineSentences::new(t);
        let full = Sentences::new(t);
        // Forwards, backwards and jumping between lines, to exercise the cache.
        for byte in (0..t.len() + 2)
            .chain((0..t.len()).rev())
            .chain((0..t.len()).step_by(7))
        {
            assert_eq!(lazy.containing(byte), full.containing(byte), "byte {byte}");
        }
        assert_eq!(
            lazy.containing(t.find("talks").unwrap()).map(|s| s.text(t)),
            Some("The talks")
        );
    }

    proptest::proptest! {
        #[test]
        fn line_sentences_agree_with_the_layer_on_any_text(
            t in "([a-zA-Z .!?\"\n\r\u{2028}\u{85}…ï]|Mr\\.|U\\.S\\.){0,60}",
            probes in proptest::collection::vec(0usize..200, 0..30),
        ) {
            let lazy = LineSentences::new(&t);
            let full = Sentences::new(&t);
            for byte in probes {
                proptest::prop_assert_eq!(lazy.containing(byte), full.containing(byte));
            }
        }
    }

    #[test]
    fn layer_lookup_by_byte() {
        let t = "First one. Second one.\nThird.";
        let s = Sentences::new(t);
        assert_eq!(s.len(), 3);
        assert_eq!(s.index_of(0), Some(0));
        assert_eq!(s.index_of(9), Some(0));
        assert_eq!(s.index_of(10), None);
        assert_eq!(s.index_of(11), Some(1));
        assert_eq!(s.index_of(t.len() - 1), Some(2));
        assert_eq!(s.index_of(t.len()), None);
        assert_eq!(s.containing(12).map(|x| x.text(t)), Some("Second one."));
        assert_eq!(s.iter().count(), 3);
        assert_eq!((&s).into_iter().last(), s.get(2));
    }
}
