//! The regions of a text that the grammar must read: the lines that hold a
//! casualty word, with enough context that reading only them finds exactly
//! what reading the whole text finds.
//!
//! Most lines of a news article say nothing of casualties, and tokenizing
//! them (numbers, words) was most of the analyzer's time. Every pattern of
//! [`crate::grammar`] needs at least one casualty word ([`HOT`]: "killed",
//! "toll", "shot", "hospital", "taken", ...) on the line of the figure it
//! finds, and no pattern reads across a line break except in ways the
//! region bounds below cover. A region is therefore:
//!
//! * every **hot line** (one holding a word that starts with a [`HOT`]
//!   stem, in any case);
//! * the line breaks around it, so that tokens see the same neighbours;
//! * **after it**, at least [`GATE_REACH`] tokens: the grammar tries
//!   single-victim patterns only within ten tokens of a casualty word, and
//!   that window may reach into the next lines;
//! * **starts at a clean line break**, where the last word before the break
//!   is no number word, digit or dash, so no number phrase ("twenty\n
//!   thousand") is cut in two; a region grows back over unclean breaks.
//!
//! Overlapping regions merge. Lines outside every region hold no casualty
//! word, so no figure, no victim and no evidence can come from them.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use newsfacts_text::numbers::is_number_word;

/// Stems of every word some grammar pattern needs on the line of what it
/// finds (a superset: a stray hit only costs time). Keep in step with the
/// grammar: a pattern that can match without any of these would be missed.
///
/// The first [`RELEVANT`] stems each contain one of the article prefilter's
/// words ([`crate::PREFILTER_WORDS`]), so a hit on one of them settles that
/// check too.
const HOT: &[&str] = &[
    // Containing a prefilter word: verbs and states ("killed", "wounded"),
    "kill",
    "wound",
    "injur",
    "displac",
    "uproot",
    "dead",
    "died",
    "dies",
    "slain",
    "murder",
    "perish",
    "execut",
    "drown",
    "hurt",
    "missing",
    "homeless",
    "evacuat",
    "succumb",
    "fled",
    "flee",
    "unaccounted",
    // "lost their lives", "the death toll", "fatalities",
    "lives",
    "toll",
    "death",
    "fatal",
    // shootings and their aftermath,
    "shot",
    "shoot",
    "stab",
    "hospital",
    "critical",
    // evidence words,
    "homicide",
    "slaying",
    "coroner",
    "autopsy",
    "examiner",
    // death verbs and the dead.
    "assassin",
    "behead",
    "decapitat",
    "lynch",
    "slaughter",
    "strangl",
    "electrocut",
    "asphyxiat",
    "suffocat",
    "martyr",
    "bodies",
    "corpse",
    "deceas",
    "relocat",
    "rubble",
    "trapped",
    // "forced 300,000 from their homes"
    "their home",
    "their village",
    // Without a prefilter word: "massacred", "disappeared", "took his own
    // life", "gunned down", "grazed", "treated for", "taken to hospital",
    // "in critical condition", "struck by gunfire".
    "massacr",
    "disappear",
    "life",
    "gunned",
    "grazed",
    "treated",
    "taken",
    "condition",
    "struck",
];

/// How many stems at the start of [`HOT`] contain a prefilter word.
const RELEVANT: usize = 53;

/// The regions of a text, and whether a hot line showed a prefilter word.
pub(crate) struct Regions {
    /// The regions, in order, not overlapping. Each starts at a line break
    /// (or the start of the text) and ends after a chunk of text or at its end.
    pub regions: Vec<Range<usize>>,
    /// True when a hot line holds one of [`crate::PREFILTER_WORDS`] (false
    /// says nothing).
    pub relevant: bool,
}

/// Tokens that must follow a hot line inside its region (the grammar's
/// single-victim window is ten tokens).
const GATE_REACH: usize = 10;

static HOT_LINES: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .kind(Some(AhoCorasickKind::DFA))
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(HOT)
        .ok()
});

/// Builds the automaton now rather than on the first article.
pub(crate) fn warm_up() {
    LazyLock::force(&HOT_LINES);
}

/// The regions of `text` to analyze.
pub(crate) fn regions(text: &str) -> Regions {
    let Some(ac) = HOT_LINES.as_ref() else {
        let all = 0..text.len();
        return Regions {
            regions: vec![all],
            relevant: false,
        };
    };
    let mut relevant = false;
    let bytes = text.as_bytes();
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut from = 0;
    while from < text.len() {
        let input = aho_corasick::Input::new(text).span(from..text.len());
        let Some(hit) = ac.find(input) else { break };
        // The grammar compares whole words, and a word never starts right
        // after a letter or digit ("studies", "skill"): not a hot line yet.
        let inside_word = text
            .get(..hit.start())
            .and_then(|s| s.chars().next_back())
            .is_some_and(char::is_alphanumeric);
        if inside_word {
            // The stems are ASCII, so the next byte starts a character.
            from = hit.start() + 1;
            continue;
        }
        relevant |= hit.pattern().as_usize() < RELEVANT;
        let line_start = bytes
            .get(..hit.start())
            .and_then(|b| memchr::memrchr(b'\n', b))
            .map_or(0, |p| p + 1);
        let line_end = bytes
            .get(hit.end()..)
            .and_then(|b| memchr::memchr(b'\n', b))
            .map_or(text.len(), |p| hit.end() + p);
        let floor = out.last().map_or(0, |r| r.end);
        let start = region_start(text, line_start, floor);
        let end = region_end(text, line_end);
        match out.last_mut() {
            Some(last) if start < last.end => last.end = last.end.max(end),
            _ => out.push(start..end),
        }
        from = line_end.max(hit.end());
    }
    Regions {
        regions: out,
        relevant,
    }
}

/// Where the region of a hot line starting at `line_start` starts: at the
/// line break before it, moved back over unclean breaks, but not before
/// `floor` (the end of the previous region, which it then merges with).
fn region_start(text: &str, line_start: usize, floor: usize) -> usize {
    let bytes = text.as_bytes();
    let Some(mut at) = line_start.checked_sub(1) else {
        return 0;
    };
    while !clean_break(text, at) && at >= floor {
        match bytes.get(..at).and_then(|b| memchr::memrchr(b'\n', b)) {
            Some(p) => at = p,
            None => return 0,
        }
    }
    at
}

/// Where the region of a hot line ending at `line_end` (its line break, or
/// the end of the text) ends: right after the [`GATE_REACH`]th chunk after
/// it that can hold no number ([`plain`]), each a token of its own.
///
/// The cut may fall inside a later line: patterns of the hot line read at
/// most a token past its line break, and what the cut changes in the lines
/// after it (a number phrase cut in two, say) cannot make a figure there,
/// since those lines hold no casualty word.
fn region_end(text: &str, line_end: usize) -> usize {
    let bytes = text.as_bytes();
    let mut tokens = 0;
    let mut at = line_end;
    while at < bytes.len() {
        // The next chunk: a run of bytes that are not ASCII white space.
        let Some(start) = bytes
            .get(at..)
            .and_then(|b| b.iter().position(|b| !b.is_ascii_whitespace()))
            .map(|k| at + k)
        else {
            break;
        };
        let end = bytes
            .get(start..)
            .and_then(|b| b.iter().position(u8::is_ascii_whitespace))
            .map_or(bytes.len(), |k| start + k);
        if plain(text.get(start..end).unwrap_or("")) {
            tokens += 1;
            if tokens >= GATE_REACH {
                return end;
            }
        }
        at = end;
    }
    text.len()
}

/// True when no number phrase can run across the line break at `at`: the
/// last token before it (skipping white space) is not a digit, a dash or a
/// word the number grammar reads.
fn clean_break(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("").trim_end();
    let Some(last) = before.chars().next_back() else {
        return true;
    };
    if last.is_ascii_digit() || matches!(last, '-' | '\u{2013}') {
        return false;
    }
    if !last.is_alphabetic() {
        return true;
    }
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(k, c)| k + c.len_utf8());
    let word = before.get(word_start..).unwrap_or("");
    // Letters right after digits are a suffix ("20k"), part of a number.
    let glued = before
        .get(..word_start)
        .and_then(|s| s.chars().next_back())
        .is_some_and(|c| c.is_ascii_digit());
    !glued && !is_number_word(word)
}

/// True when `chunk` (text without white space) can hold no number: no
/// ASCII digit, no number word. It is then at least one token, outside
/// every number phrase.
fn plain(chunk: &str) -> bool {
    !chunk.bytes().any(|b| b.is_ascii_digit())
        && chunk
            .split(|c: char| !c.is_alphabetic())
            .all(|word| word.is_empty() || !is_number_word(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        regions(text)
            .regions
            .into_iter()
            .map(|r| text.get(r).unwrap())
            .collect()
    }

    #[test]
    fn a_hot_line_takes_ten_tokens_of_context_after_it() {
        let text = "Markets rose today.\nTwo people were killed.\nOne two.\n\
                    The mayor spoke at length about the new budget plan.\nRain fell.";
        // "One two." can hold numbers: it does not count.
        assert_eq!(
            texts(text),
            [
                "\nTwo people were killed.\nOne two.\nThe mayor spoke at length about the new budget plan."
            ]
        );
    }

    #[test]
    fn relevant_stems_hold_a_prefilter_word_and_the_others_do_not() {
        let holds = |stem: &str| crate::PREFILTER_WORDS.iter().any(|w| stem.contains(w));
        for (k, stem) in HOT.iter().enumerate() {
            assert_eq!(holds(stem), k < RELEVANT, "{stem}");
        }
        assert!(regions("Two were killed.").relevant);
        assert!(!regions("He was taken to the station.").relevant);
    }

    #[test]
    fn a_stem_inside_a_word_does_not_make_a_line_hot() {
        assert!(
            regions("Studies show the skill of players.")
                .regions
                .is_empty()
        );
        assert_eq!(regions("Two studies; two killed.").regions.len(), 1);
    }

    #[test]
    fn no_hot_word_no_region() {
        assert!(regions("Markets rose.\nRain fell.").regions.is_empty());
        assert!(regions("").regions.is_empty());
    }

    #[test]
    fn regions_grow_over_breaks_a_number_may_cross() {
        let text = "It said twenty\nthousand were displaced across the whole of the region, officials said today.\nEnd.";
        assert_eq!(regions(text).regions[0].start, 0);
        assert!(!clean_break("a 20k\n", 4));
        assert!(!clean_break("from\n", 4));
        assert!(clean_break("was killed.\n", 11));
        assert!(clean_break("the police\n", 10));
    }

    /// Words to build texts from: casualty words, number words, digits,
    /// names, punctuation and filler, so that lines end cleanly or not.
    const VOCAB: &[&str] = &[
        "killed",
        "were",
        "twenty",
        "thousand",
        "people",
        "man",
        "shot",
        "taken",
        "hospital",
        "massacred",
        "death",
        "beaten",
        "to",
        "He",
        "died",
        ".",
        "20",
        "from",
        "a",
        "and",
        "-",
        "the",
        "Smith",
        "budget",
    ];

    fn same_as_whole(text: &str, title_end: usize) -> Result<(), String> {
        let all = 0..text.len();
        let whole = crate::grammar::find(text, &[all], true, title_end);
        let parts = crate::grammar::find(text, &regions(text).regions, true, title_end);
        let (whole, parts) = (format!("{whole:?}"), format!("{parts:?}"));
        if whole == parts {
            Ok(())
        } else {
            Err(format!("{text:?}:\n{whole}\n{parts}"))
        }
    }

    #[test]
    fn regions_keep_what_crosses_a_line() {
        for text in [
            // a number phrase across a line break
            "Officials said twenty\nthousand were killed.",
            "It rose from\n20 to 30 killed.",
            // the single-victim window reaches into the next lines
            "The man was massacred\nbudget budget\nbudget\nHe died.",
            "Smith was beaten to death\nfor two\nthe man died.",
            // "taken to" a hospital named on the next line
            "The man was taken to\nhospital.",
            "Markets rose.\nTwo people were killed.\nRain.",
        ] {
            same_as_whole(text, 0).unwrap();
            same_as_whole(text, text.find('\n').unwrap_or(0)).unwrap();
        }
        let found = crate::grammar::find(
            "Officials said twenty\nthousand were killed.",
            &regions("Officials said twenty\nthousand were killed.").regions,
            true,
            0,
        )
        .0;
        assert_eq!(found.first().and_then(|c| c.quantity.value), Some(20_000));
    }

    proptest::proptest! {
        /// The point of regions: reading only them finds exactly what
        /// reading the whole text finds.
        #[test]
        fn regions_find_what_the_whole_text_finds(
            lines in proptest::collection::vec(
                proptest::collection::vec(0..VOCAB.len(), 0..9), 0..12),
            title in proptest::bool::ANY,
        ) {
            let text: String = lines
                .iter()
                .map(|l| l.iter().filter_map(|&k| VOCAB.get(k).copied()).collect::<Vec<_>>().join(" "))
                .collect::<Vec<_>>()
                .join("\n");
            let title_end = if title { text.find('\n').unwrap_or(0) } else { 0 };
            proptest::prop_assert_eq!(same_as_whole(&text, title_end), Ok(()));
        }
    }

    #[test]
    fn nearby_hot_lines_share_one_region() {
        let text =
            "A man was shot.\nHe died.\nThe end came much later in the long and very quiet year.\n";
        let region = 0..text.find(" year").unwrap();
        assert_eq!(regions(text).regions, [region]);
    }
}
