//! How far back unmarked speech closed by an attribution reaches: a linear
//! model that decides, sentence by sentence, whether the sentences before
//! the closing one in its paragraph are part of the speech.
//!
//! When scraping strips the quotation marks, `It is a cause. I know it, she
//! said.` is one quote of two sentences, but in `Ruiz ran for office. I
//! know it, she said.` the first sentence is the writer's. The rules
//! ([`crate::extract`]) walk back over the unattributed sentences of the
//! paragraph and propose a start; in an article without quotation marks
//! each sentence of that walk, nearest first, is then described by binary
//! features ([`features`]: how far back it is, whether it opens the
//! paragraph, first and second persons, contractions written without their
//! apostrophe, words of tense, modality and deixis, a cue verb, a name and a
//! cue opening it, digits, its length and closing punctuation, and the same
//! signs in the closing sentence) and taken into the quote when the rules'
//! start covers it or the sum of their weights is above zero; the walk
//! stops at the first sentence not taken. The model only reaches further
//! than the rules: one free to cut their start too cut more sentences of
//! speech than of narrative.
//!
//! Features are hashed into [`N`] buckets the way the gate's are
//! ([`crate::gate`]). The weights are learned from PolNeAR by
//! `newsfacts-quotes-train` (an averaged perceptron over the sentences the
//! rules leave out; a sentence is right to take when a gold direct quote
//! that overlaps the closing sentence covers it) and generated into
//! [`crate::reach_weights`]. With no weights the rules' start stands.

use crate::extract;
use crate::gate;
use crate::lexicon;
use crate::tokens::{Sentence, Tokens};

/// How many buckets the hashed features fall into (the gate's hash).
pub(crate) const N: usize = gate::N;

/// The feature templates, in the order they are hashed under.
pub(crate) const TEMPLATES: &[&str] = &[
    "bias",
    "rule",
    "back",
    "back×rule",
    "para_first",
    "persons",
    "persons×rule",
    "signs",
    "signs×rule",
    "word",
    "cue",
    "digits",
    "length",
    "end",
    "closing_persons",
    "closing_signs",
    "closing_length",
    "how",
    "first_cap_cue",
];

/// Words of tense, modality, negation, deixis and person whose presence in
/// a sentence is a feature (`word=will`).
const WORDS: &[&str] = &[
    "is",
    "are",
    "am",
    "was",
    "were",
    "will",
    "would",
    "had",
    "has",
    "have",
    "can",
    "could",
    "should",
    "must",
    "be",
    "been",
    "going",
    "not",
    "never",
    "this",
    "these",
    "here",
    "now",
    "today",
    "yesterday",
    "he",
    "she",
    "they",
    "it",
    "his",
    "her",
    "their",
    "there",
    "what",
    "why",
    "how",
    "just",
    "so",
    "well",
    "yes",
    "no",
    "because",
    "if",
    "but",
    "and",
    "percent",
    "according",
];

fn tid(name: &str) -> usize {
    TEMPLATES.iter().position(|&t| t == name).unwrap_or(0)
}

fn length_bucket(words: usize) -> &'static str {
    match words {
        0..=3 => "0-3",
        4..=8 => "4-8",
        9..=15 => "9-15",
        16..=25 => "16-25",
        _ => "26+",
    }
}

/// Signs of speech in tokens `first..last` of `t`: first or second persons
/// (`0`, `1`, `2+`), a contraction or long question, and the word count.
fn signs(t: &Tokens<'_>, first: usize, last: usize) -> (&'static str, bool, usize) {
    let mut persons = 0usize;
    let mut words = 0usize;
    for i in first..last {
        if t.is_word(i) {
            words += 1;
            if lexicon::is_first_or_second_person(t.s(i)) {
                persons += 1;
            }
        }
    }
    let text = t
        .text
        .get(t.start(first)..t.end(last.saturating_sub(1)))
        .unwrap_or("");
    let persons = match persons {
        0 => "0",
        1 => "1",
        _ => "2+",
    };
    (persons, extract::has_speech_signs(text), words)
}

/// What the features know of the closing sentence (computed once per
/// quote).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Closing {
    persons: &'static str,
    signs: bool,
    words: usize,
    how: &'static str,
}

impl Closing {
    /// The closing content: tokens `first..last`, found by rule `how`.
    pub(crate) fn new(t: &Tokens<'_>, first: usize, last: usize, how: extract::How) -> Closing {
        let (persons, signs, words) = signs(t, first, last);
        Closing {
            persons,
            signs,
            words,
            how: gate::how_name(how),
        }
    }
}

fn yn(b: bool) -> &'static str {
    if b { "y" } else { "n" }
}

/// The features of sentence `p`, `back` sentences before the closing one
/// (`closing`), which the rules' start covers when `rule`, pushed onto
/// `out`. Work is linear in the sentence's length.
pub(crate) fn features(
    t: &Tokens<'_>,
    p: Sentence,
    back: usize,
    rule: bool,
    closing: &Closing,
    out: &mut Vec<u16>,
) {
    let mut f = |name: &str, parts: &[&str]| out.push(gate::bucket(tid(name), parts));
    let rule = yn(rule);
    let back = match back {
        1 => "1",
        2 => "2",
        3 => "3",
        _ => "4+",
    };
    f("bias", &[]);
    f("rule", &[rule]);
    f("back", &[back]);
    f("back×rule", &[back, rule]);
    let para_first = p.first == 0 || t.sentence(p.first - 1).is_none_or(|x| x.para != p.para);
    f("para_first", &[yn(para_first)]);
    let (persons, sg, words) = signs(t, p.first, p.last);
    f("persons", &[persons]);
    f("persons×rule", &[persons, rule]);
    f("signs", &[yn(sg)]);
    f("signs×rule", &[yn(sg), rule]);
    let mut digits = false;
    let mut cue = false;
    for i in p.first..p.last {
        if t.is_word(i) {
            let w = t.s(i);
            if let Some(x) = WORDS.iter().find(|x| w.eq_ignore_ascii_case(x)) {
                f("word", &[x]);
            }
            digits |= w.bytes().any(|b| b.is_ascii_digit());
            cue |= t.cue(i).is_some();
        }
    }
    f("cue", &[yn(cue)]);
    f("digits", &[yn(digits)]);
    // A capitalized word and a cue right after it: `Ruiz said ...`.
    let named_cue = t.is_capitalized(p.first) && t.cue(p.first + 1).is_some();
    f("first_cap_cue", &[yn(named_cue)]);
    f("length", &[length_bucket(words)]);
    let end = (p.first..p.last)
        .rev()
        .find_map(|i| t.punct(i))
        .filter(|c| matches!(c, '.' | '?' | '!' | ':' | ','))
        .map_or("<none>", |c| match c {
            '.' => ".",
            '?' => "?",
            '!' => "!",
            ':' => ":",
            _ => ",",
        });
    f("end", &[end]);
    f("closing_persons", &[closing.persons]);
    f("closing_signs", &[yn(closing.signs)]);
    f("closing_length", &[length_bucket(closing.words)]);
    f("how", &[closing.how]);
}

/// True when the sentence with features `feats` is taken into the quote
/// under `weights`: when the rules' start covers it (`rule`) or its score
/// is above zero. (A model free to cut the rules' start too cut more
/// sentences of speech than of narrative: the walk only reaches further.)
pub(crate) fn take(feats: &[u16], weights: &[i64], rule: bool) -> bool {
    rule || gate::score(feats, weights) > 0
}

/// The fingerprint of the templates, the word list and the bucket count:
/// what the generated weights were trained for.
pub(crate) fn fingerprint() -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ (N as u64) ^ 0x0052_6561_6368;
    for name in TEMPLATES.iter().chain(WORDS).chain(gate::HOW_NAMES.iter()) {
        for b in name.bytes().chain(std::iter::once(b'\n')) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}
