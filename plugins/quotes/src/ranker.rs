//! The speaker ranker: a linear model that chooses a quote's speaker among
//! the mentions the rules and speaker patterns propose.
//!
//! The extraction passes ([`crate::extract`]) find each quote and the
//! speaker their rules prefer; [`crate::extract::Found::alternatives`] adds
//! the other mentions the speaker patterns see around the quote: before and
//! after its cue, the subject of the cue's clause, the speakers of the
//! quotes before and after it, the speakers and subjects of the sentences
//! around it, the phrase before a colon that opens it. Each alternative is
//! described by binary features ([`features`]) and scored by the sum of
//! their weights; the best one is the speaker (the first on a tie).
//!
//! The weights are learned from PolNeAR (an averaged perceptron over the
//! alternatives of each quote, by `newsfacts-quotes-train`) and generated
//! into [`crate::weights`]: nothing is loaded at run time, and the output is
//! deterministic. Where a rule is certain ([`locked`]) its speaker is kept
//! without asking the model.

use crate::QuoteKind;
use crate::extract::{Alt, Candidate, How, src};
use crate::lexicon::{self, Gender, pronoun};
use crate::names::NameIndex;
use crate::speaker::MentionKind;
use crate::tokens::Tokens;

/// The kinds of mention a feature tells apart.
const MENTION_KINDS: [&str; 10] = [
    "person",
    "name",
    "organization",
    "he_she",
    "they",
    "i_we",
    "it",
    "nominal_det",
    "nominal",
    "relative",
];
const N_MK: usize = MENTION_KINDS.len();
const N_HOW: usize = How::ALL.len();
const N_SRC: usize = src::N;
const QUOTE_KINDS: [&str; 3] = ["direct", "unmarked", "reported"];
const SIDES: [&str; 3] = ["before", "inside", "after"];
/// Sentence distances: 0, 1, 2, 3 or more.
const N_SD: usize = 4;
/// Paragraph distances: 0, 1, 2, 3 or more.
const N_PD: usize = 4;
/// Token distance buckets (see [`token_bucket`]).
const N_TD: usize = 7;

/// One feature template: a name and how many values it takes.
struct Template {
    name: &'static str,
    size: usize,
}

/// Every template, in feature order; the ids of a template's values follow
/// those of the templates before it.
const TEMPLATES: &[Template] = &[
    Template {
        name: "src",
        size: N_SRC,
    },
    Template {
        name: "how",
        size: N_HOW,
    },
    Template {
        name: "qkind×src",
        size: 3 * N_SRC,
    },
    Template {
        name: "mention",
        size: N_MK,
    },
    Template {
        name: "qkind×mention",
        size: 3 * N_MK,
    },
    Template {
        name: "mention×src",
        size: N_MK * N_SRC,
    },
    Template {
        name: "side×sentences",
        size: 3 * N_SD,
    },
    Template {
        name: "qkind×paragraphs",
        size: 3 * N_PD,
    },
    Template {
        name: "side×tokens",
        size: 3 * N_TD,
    },
    Template {
        name: "in_other_quote",
        size: 1,
    },
    Template {
        name: "sources",
        size: 4,
    },
    Template {
        name: "words",
        size: 4,
    },
    Template {
        name: "titled",
        size: 1,
    },
    Template {
        name: "all_caps",
        size: 1,
    },
    Template {
        name: "before_cue",
        size: 1,
    },
    Template {
        name: "after_cue",
        size: 1,
    },
    Template {
        name: "quote_shape",
        size: 4,
    },
    Template {
        name: "pronoun_resolved",
        size: 2,
    },
    Template {
        name: "mentions",
        size: 4,
    },
    Template {
        name: "same_name_as_rule",
        size: 1,
    },
    Template {
        name: "first_person_quote×mention",
        size: 2 * N_MK,
    },
    Template {
        name: "after_preposition",
        size: 1,
    },
    Template {
        name: "none",
        size: 1,
    },
    Template {
        name: "none×qkind",
        size: 3,
    },
    Template {
        name: "none×how",
        size: N_HOW,
    },
    Template {
        name: "none×alternatives",
        size: 4,
    },
];

/// The first feature id of template `k`.
const fn offset(k: usize) -> usize {
    let mut o = 0;
    let mut i = 0;
    while i < k && i < TEMPLATES.len() {
        o += TEMPLATES[i].size;
        i += 1;
    }
    o
}

/// How many features one copy of the templates has.
const N_BASE: usize = offset(TEMPLATES.len());

/// How many features there are: the templates three times, once for each
/// kind of quote ([`kind_offset`]).
pub(crate) const N_FEATURES: usize = 3 * N_BASE;

/// Where the features of a quote of kind `k` start: each kind of quote has
/// a copy of every feature of its own, so that the weights learned for
/// direct quotes do not move when the rules find more or fewer reported
/// items (a batch of new stance verbs used to move the direct speakers the
/// ranker chose by about a thousandth), and unmarked speech, whose
/// speakers are found differently, is weighed apart from marked quotes.
fn kind_offset(k: QuoteKind) -> usize {
    match k {
        QuoteKind::Direct => 0,
        QuoteKind::Unmarked => N_BASE,
        QuoteKind::Reported => 2 * N_BASE,
    }
}

const SRC: usize = offset(0);
const HOW: usize = offset(1);
const QK_SRC: usize = offset(2);
const MK: usize = offset(3);
const QK_MK: usize = offset(4);
const MK_SRC: usize = offset(5);
const SIDE_SD: usize = offset(6);
const QK_PD: usize = offset(7);
const SIDE_TD: usize = offset(8);
const IN_PAIR: usize = offset(9);
const NSRC: usize = offset(10);
const WORDS: usize = offset(11);
const TITLED: usize = offset(12);
const CAPS: usize = offset(13);
const BEFORE_CUE: usize = offset(14);
const AFTER_CUE: usize = offset(15);
const SHAPE: usize = offset(16);
const PRON_RES: usize = offset(17);
const MENTIONS: usize = offset(18);
const SAME_NAME: usize = offset(19);
const FP_MK: usize = offset(20);
const AFTER_PREP: usize = offset(21);
const NONE: usize = offset(22);
const NONE_QK: usize = offset(23);
const NONE_HOW: usize = offset(24);
const NONE_NALT: usize = offset(25);

/// The name of every feature, in id order (`src=rule`,
/// `qkind×src=direct,prev_quote`, ...): what the training command writes
/// beside each weight, and what a test compares with the generated file.
pub(crate) fn feature_names() -> Vec<String> {
    let base = base_feature_names();
    let mut out = Vec::with_capacity(N_FEATURES);
    out.extend(base.iter().cloned());
    out.extend(base.iter().map(|n| format!("unmarked:{n}")));
    out.extend(base.iter().map(|n| format!("reported:{n}")));
    out
}

/// The names of one copy of the templates (see [`feature_names`]).
fn base_feature_names() -> Vec<String> {
    let mut out = Vec::with_capacity(N_BASE);
    for tpl in TEMPLATES {
        let values: Vec<String> = match tpl.name {
            "src" => src::NAMES.iter().map(|s| s.to_string()).collect(),
            "how" => How::ALL.iter().map(|h| format!("{h:?}")).collect(),
            "qkind×src" => cross(&QUOTE_KINDS, &src::NAMES),
            "mention" => MENTION_KINDS.iter().map(|s| s.to_string()).collect(),
            "qkind×mention" => cross(&QUOTE_KINDS, &MENTION_KINDS),
            "mention×src" => cross(&MENTION_KINDS, &src::NAMES),
            "side×sentences" => cross(&SIDES, &["0", "1", "2", "3+"]),
            "qkind×paragraphs" => cross(&QUOTE_KINDS, &["0", "1", "2", "3+"]),
            "side×tokens" => cross(&SIDES, &["0", "1", "2-3", "4-7", "8-15", "16-31", "32+"]),
            "sources" => ["1", "2", "3", "4+"].map(String::from).to_vec(),
            "words" => ["1", "2", "3", "4+"].map(String::from).to_vec(),
            "quote_shape" => ["cue", "no_cue", "standalone", "cue_standalone"]
                .map(String::from)
                .to_vec(),
            "pronoun_resolved" => ["yes", "no"].map(String::from).to_vec(),
            "mentions" => ["0", "1", "2-3", "4+"].map(String::from).to_vec(),
            "first_person_quote×mention" => cross(&["no", "yes"], &MENTION_KINDS),
            "none×qkind" => QUOTE_KINDS.iter().map(|s| s.to_string()).collect(),
            "none×how" => How::ALL.iter().map(|h| format!("{h:?}")).collect(),
            "none×alternatives" => ["1", "2", "3", "4+"].map(String::from).to_vec(),
            _ => (0..tpl.size).map(|i| i.to_string()).collect(),
        };
        let values = if values.len() == tpl.size {
            values
        } else {
            (0..tpl.size).map(|i| i.to_string()).collect()
        };
        for v in values {
            if tpl.size == 1 {
                out.push(tpl.name.to_string());
            } else {
                out.push(format!("{}={v}", tpl.name));
            }
        }
    }
    out
}

fn cross(a: &[&str], b: &[&str]) -> Vec<String> {
    a.iter()
        .flat_map(|x| b.iter().map(move |y| format!("{x},{y}")))
        .collect()
}

/// A stable fingerprint of [`feature_names`] (64-bit FNV-1a over the names,
/// each ended by a newline): the generated weights record the fingerprint
/// of the features they were trained for.
pub(crate) fn fingerprint() -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for name in feature_names() {
        for b in name.bytes().chain(std::iter::once(b'\n')) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// True when the rule that chose candidate `c`'s speaker is certain enough
/// that no alternative is considered: every rule but those below. With
/// every rule open to it, the ranker trained on four folds chose better
/// than the rule on the fifth only where the rules found no speaker, where
/// a standalone quote inherited one, where `I` or `we` took the nearest
/// speaker's, and for the clause subject of a coordinated cue (`... and
/// said`) or a participle (`, saying ...`); elsewhere it chose the rule's
/// speaker or, a few times, a worse one (`newsfacts-quotes-train rules`).
pub(crate) fn locked(c: &Candidate) -> bool {
    !matches!(
        c.how,
        How::None
            | How::Inherited
            | How::FirstPerson
            | How::ReportedCoordinated
            | How::ReportedParticiple
    )
}

/// Prepositions that open a phrase naming a place, time or topic rather
/// than a speaker.
fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "at"
            | "on"
            | "of"
            | "from"
            | "to"
            | "for"
            | "with"
            | "about"
            | "near"
            | "into"
            | "over"
            | "under"
            | "across"
            | "through"
            | "against"
            | "during"
            | "after"
            | "before"
    )
}

fn quote_kind(k: QuoteKind) -> usize {
    match k {
        QuoteKind::Direct => 0,
        QuoteKind::Unmarked => 1,
        QuoteKind::Reported => 2,
    }
}

fn token_bucket(d: usize) -> usize {
    match d {
        0 => 0,
        1 => 1,
        2..=3 => 2,
        4..=7 => 3,
        8..=15 => 4,
        16..=31 => 5,
        _ => 6,
    }
}

/// What the features of one quote share: the tokens, the name index and
/// the quote's own facts.
pub(crate) struct QuoteFacts<'q> {
    /// The quote.
    pub c: &'q Candidate,
    /// Its first and last token.
    q0: usize,
    q1: usize,
    /// True when the quote speaks in the first person.
    first_person: bool,
    /// The index of the rules' alternative's name (for [`SAME_NAME`]).
    rule_name: Option<usize>,
}

impl<'q> QuoteFacts<'q> {
    /// The facts of candidate `c` whose alternatives are `alts`.
    pub fn new(
        t: &Tokens<'_>,
        names: &NameIndex<'_>,
        c: &'q Candidate,
        alts: &[Alt],
    ) -> QuoteFacts<'q> {
        let q0 = t.toks.partition_point(|x| x.end <= c.start);
        let q1 = t
            .toks
            .partition_point(|x| x.start < c.end)
            .saturating_sub(1);
        let first_person =
            (q0..=q1.min(q0 + 60)).any(|i| t.is_word(i) && t.has(i, lexicon::PERSON_WORD));
        let rule_name = alts
            .iter()
            .find(|a| a.src & src::RULE != 0)
            .and_then(|a| name_of(t, names, a));
        QuoteFacts {
            c,
            q0,
            q1,
            first_person,
            rule_name,
        }
    }
}

/// The words of tokens `first..last` in `buf`; `None` when there are more
/// than a name index holds (such a run is no indexed name).
fn words_in<'a, 'b>(
    t: &Tokens<'a>,
    first: usize,
    last: usize,
    buf: &'b mut [&'a str; 4],
) -> Option<&'b [&'a str]> {
    let mut n = 0;
    for i in (first..last).filter(|&i| t.is_word(i)) {
        *buf.get_mut(n)? = t.s(i);
        n += 1;
    }
    buf.get(..n)
}

/// The index of the name of a name mention in the name index (for
/// comparing two alternatives without building their names).
fn name_of(t: &Tokens<'_>, names: &NameIndex<'_>, a: &Alt) -> Option<usize> {
    let (first, last) = match a.m.kind {
        MentionKind::Name => (a.m.first, a.m.last),
        MentionKind::Relative {
            first,
            last,
            name: true,
        } => (first, last),
        _ => return None,
    };
    let mut buf = [""; 4];
    names.fullest_id(words_in(t, first, last, &mut buf)?)
}

/// The features of alternative `a` of a quote, appended to `out`.
pub(crate) fn features(
    t: &Tokens<'_>,
    names: &NameIndex<'_>,
    f: &QuoteFacts<'_>,
    a: &Alt,
    out: &mut Vec<u16>,
) {
    let c = f.c;
    let m = a.m;
    let base = kind_offset(c.kind);
    let mut push = |id: usize| {
        if let Ok(id) = u16::try_from(base + id) {
            out.push(id);
        }
    };
    let qk = quote_kind(c.kind);
    let w = t.s(m.first);
    // The mention's name in the index: whether it is a person's, and how
    // often the article names it.
    let (person, count) = if m.kind == MentionKind::Name {
        let mut buf = [""; 4];
        words_in(t, m.first, m.last, &mut buf)
            .and_then(|w| names.fullest_id(w))
            .map_or((false, 0), |id| names.person_and_count(id))
    } else {
        (false, 0)
    };
    let mk = match m.kind {
        MentionKind::Name => {
            if m.last > m.first && t.has(m.last - 1, lexicon::ORGANIZATION) {
                2
            } else if person {
                0
            } else {
                1
            }
        }
        MentionKind::Pronoun => match pronoun(w) {
            Some(Gender::Male | Gender::Female) => 3,
            _ if w.eq_ignore_ascii_case("they") => 4,
            _ if w.eq_ignore_ascii_case("it") => 6,
            _ => 5,
        },
        MentionKind::Nominal => {
            if t.has(m.first, lexicon::DETERMINER) {
                7
            } else {
                8
            }
        }
        MentionKind::Relative { .. } => 9,
    };
    let mut nsrc = 0;
    for k in 0..N_SRC {
        if a.src & (1 << k) != 0 {
            nsrc += 1;
            push(SRC + k);
            push(QK_SRC + qk * N_SRC + k);
            push(MK_SRC + mk * N_SRC + k);
        }
    }
    if a.src & src::RULE != 0 {
        push(HOW + c.how as usize);
    }
    push(MK + mk);
    push(QK_MK + qk * N_MK + mk);
    push(FP_MK + usize::from(f.first_person) * N_MK + mk);
    // Where the mention stands.
    let (side, tokens) = if m.last <= f.q0 {
        (0, f.q0 - m.last)
    } else if m.first > f.q1 {
        (2, m.first - f.q1 - 1)
    } else {
        (1, 0)
    };
    let edge = if side == 2 { f.q1 } else { f.q0 };
    let (ms, es) = (
        t.sentence_of.get(m.first).copied().unwrap_or(0),
        t.sentence_of.get(edge).copied().unwrap_or(0),
    );
    let sd = ms.abs_diff(es).min(N_SD - 1);
    let para = |s: usize| t.sentences.get(s).map_or(0, |x| x.para);
    let pd = para(ms).abs_diff(para(es)).min(N_PD - 1);
    push(SIDE_SD + side * N_SD + sd);
    push(QK_PD + qk * N_PD + pd);
    push(SIDE_TD + side * N_TD + token_bucket(tokens));
    if a.in_pair {
        push(IN_PAIR);
    }
    push(NSRC + (nsrc.max(1) - 1).min(3));
    let words = (m.first..m.last).filter(|&i| t.is_word(i)).count();
    push(WORDS + (words.max(1) - 1).min(3));
    if m.phrase_first < m.first {
        push(TITLED);
    }
    if w.len() > 1 && w.chars().all(|ch| !ch.is_lowercase()) && t.is_capitalized(m.first) {
        push(CAPS);
    }
    // A cue right after the mention (past a modifier or two) or right
    // before it (inverted).
    let mut k = m.last;
    while k < m.last + 2 && t.is_lowercase(k) && t.has(k, lexicon::CUE_MODIFIER) {
        k += 1;
    }
    if t.is_word(k) && t.cue(k).is_some() {
        push(BEFORE_CUE);
    }
    if m.first > 0 && t.is_word(m.first - 1) && t.cue(m.first - 1).is_some() {
        push(AFTER_CUE);
    }
    push(SHAPE + usize::from(c.cue.is_none()) + 2 * usize::from(c.standalone));
    // The object of a preposition (`long in Dover County:`) is seldom a
    // speaker; a subject is.
    if m.phrase_first > 0
        && t.is_lowercase(m.phrase_first - 1)
        && is_preposition(t.s(m.phrase_first - 1))
    {
        push(AFTER_PREP);
    }
    if mk == 3 {
        let resolved = pronoun(w)
            .and_then(|g| names.person_before_id(t.start(m.first), g, (c.start, c.end)))
            .is_some();
        push(PRON_RES + usize::from(!resolved));
    }
    if matches!(mk, 0..=2) {
        push(
            MENTIONS
                + match count {
                    0 => 0,
                    1 => 1,
                    2..=3 => 2,
                    _ => 3,
                },
        );
    }
    if a.src & src::RULE == 0
        && f.rule_name.is_some()
        && name_of(t, names, a).is_some_and(|n| Some(n) == f.rule_name)
    {
        push(SAME_NAME);
    }
}

/// The features of giving candidate `c` no speaker when it has `n`
/// alternatives, appended to `out`: the option the ranker weighs first,
/// and keeps on a tie (a quote whose every alternative scores no better
/// than it gets no speaker).
pub(crate) fn none_features(c: &Candidate, n: usize, out: &mut Vec<u16>) {
    let base = kind_offset(c.kind);
    for id in [
        NONE,
        NONE_QK + quote_kind(c.kind),
        NONE_HOW + c.how as usize,
        NONE_NALT + (n.max(1) - 1).min(3),
    ] {
        if let Ok(id) = u16::try_from(base + id) {
            out.push(id);
        }
    }
}

/// The score of features `feats` under `weights`.
pub(crate) fn score(feats: &[u16], weights: &[i64]) -> i64 {
    feats
        .iter()
        .map(|&k| weights.get(usize::from(k)).copied().unwrap_or(0))
        .sum()
}

/// The index of the best of alternatives whose features are `feats` under
/// `weights`: the highest score, the first on a tie; `None` when there is
/// none.
pub(crate) fn best<'f>(
    feats: impl IntoIterator<Item = &'f [u16]>,
    weights: &[i64],
) -> Option<usize> {
    let mut top: Option<(usize, i64)> = None;
    for (i, f) in feats.into_iter().enumerate() {
        let s = score(f, weights);
        if top.is_none_or(|(_, b)| s > b) {
            top = Some((i, s));
        }
    }
    top.map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_of_quote_has_a_copy_of_every_feature_of_its_own() {
        let names = feature_names();
        for (i, name) in names[..N_BASE].iter().enumerate() {
            assert_eq!(names[N_BASE + i], format!("unmarked:{name}"));
            assert_eq!(names[2 * N_BASE + i], format!("reported:{name}"));
        }
        assert_eq!(kind_offset(QuoteKind::Direct), 0);
        assert_eq!(kind_offset(QuoteKind::Unmarked), N_BASE);
        assert_eq!(kind_offset(QuoteKind::Reported), 2 * N_BASE);
    }

    #[test]
    fn every_feature_has_one_name_and_the_weights_fit() {
        let names = feature_names();
        assert_eq!(names.len(), N_FEATURES);
        let mut sorted = names.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), N_FEATURES, "feature names are unique");
        assert!(N_FEATURES < usize::from(u16::MAX));
    }

    #[test]
    fn the_best_is_the_highest_score_and_the_first_on_a_tie() {
        let w = [0, 2, -1, 2];
        let a: &[u16] = &[0, 2];
        let b: &[u16] = &[1];
        let c: &[u16] = &[3];
        assert_eq!(best([a, b, c], &w), Some(1));
        assert_eq!(best([a], &w), Some(0));
        assert_eq!(best(std::iter::empty::<&[u16]>(), &w), None);
    }
}
