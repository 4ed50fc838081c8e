//! The accept/reject gate over reported-speech candidates: a linear model
//! that keeps or drops each attribution the reported passes propose.
//!
//! The reported and stance passes ([`crate::extract`]) propose attributions
//! broadly, cue verbs of low precision included (`know`, `felt`,
//! `thought`, ...). Before overlapping candidates are merged, each one of
//! kind `reported` is described by binary features ([`features`]: the cue
//! word, the rule that found it, the words around the cue, the speaker's
//! kind, the content's first and last words and length, ...) and kept when
//! the sum of their weights is at least zero. Direct and unmarked quotes are
//! never gated.
//!
//! Features are hashed into [`N`] buckets (a feature is a template and a
//! value, such as `cue=know`), so that any word can be a feature without a
//! fixed vocabulary; the hash is computed over the bytes, without
//! allocating. The weights are learned from PolNeAR by
//! `newsfacts-quotes-train` (an averaged perceptron, cost-weighted toward
//! recall as F1 wants it) and generated into [`crate::gate_weights`].

use crate::QuoteKind;
use crate::extract::{Candidate, How};
use crate::lexicon;
use crate::speaker::MentionKind;
use crate::tokens::Tokens;

/// How many buckets the hashed features fall into.
pub(crate) const N: usize = 1 << 13;

/// The feature templates, in the order they are hashed under (a template's
/// name is part of each of its features' hash).
pub(crate) const TEMPLATES: &[&str] = &[
    "bias",
    "how",
    "cue",
    "cue×how",
    "before_cue",
    "after_cue",
    "cue×after_cue",
    "speaker_kind",
    "speaker_kind×cue",
    "speaker_word",
    "first",
    "first×cue",
    "last",
    "length",
    "length×how",
    "length×cue",
    "sentence_end",
    "holds_marks",
    "question",
    "negated",
    "modal",
    "cue_position",
    "marked_doc×how",
    "second_word",
    "before_cue2",
];

/// FNV-1a over `parts`, each followed by a separator byte, ASCII
/// lowercased, into a bucket below [`N`].
pub(crate) fn bucket(template: usize, parts: &[&str]) -> u16 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ (template as u64);
    h = h.wrapping_mul(0x0100_0000_01b3);
    for p in parts {
        for b in p.bytes() {
            h = (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3);
        }
        h = (h ^ 0xff).wrapping_mul(0x0100_0000_01b3);
    }
    // (N is a power of two below 2^16.)
    u16::try_from((h ^ (h >> 29)) % (N as u64)).unwrap_or(0)
}

/// Index of a template by name (the list is short and this runs on a few
/// candidates per article).
fn tid(name: &str) -> usize {
    TEMPLATES.iter().position(|&t| t == name).unwrap_or(0)
}

fn length_bucket(words: usize) -> &'static str {
    match words {
        0..=1 => "1",
        2 => "2",
        3..=5 => "3-5",
        6..=10 => "6-10",
        11..=20 => "11-20",
        21..=40 => "21-40",
        _ => "41+",
    }
}

/// The features of reported candidate `c` in `t` (`marked_doc`: the article
/// uses quotation marks), pushed onto `out`.
pub(crate) fn features(t: &Tokens<'_>, c: &Candidate, marked_doc: bool, out: &mut Vec<u16>) {
    let mut f = |name: &str, parts: &[&str]| out.push(bucket(tid(name), parts));
    let how = how_name(c.how);
    f("bias", &[]);
    f("how", &[how]);
    let word = |i: usize| t.s(i);
    let cue = c.cue.map_or("<none>", |k| t.s(k));
    f("cue", &[cue]);
    f("cue×how", &[cue, how]);
    if let Some(k) = c.cue {
        let before = if k > 0 { word(k - 1) } else { "<start>" };
        let before2 = if k > 1 { word(k - 2) } else { "<start>" };
        f("before_cue", &[before]);
        f("before_cue2", &[before2]);
        f("after_cue", &[word(k + 1)]);
        f("cue×after_cue", &[cue, word(k + 1)]);
        let negated = (k.saturating_sub(3)..k)
            .any(|i| matches!(t.s(i), "not" | "n't" | "never" | "no") || t.s(i).ends_with("n't"));
        f("negated", &[if negated { "y" } else { "n" }]);
        let modal = (k.saturating_sub(3)..k).any(|i| {
            matches!(
                t.s(i).to_ascii_lowercase().as_str(),
                "would" | "could" | "will" | "can" | "might" | "may" | "should" | "must"
            )
        });
        f("modal", &[if modal { "y" } else { "n" }]);
        if let Some(s) = t.sentence(k) {
            let pos = if k == s.first {
                "first"
            } else if k < s.first + 4 {
                "early"
            } else {
                "late"
            };
            f("cue_position", &[pos]);
            let question = (s.first..s.last).any(|i| t.is_punct(i, '?'));
            f("question", &[if question { "y" } else { "n" }]);
        }
    }
    let kind = match c.speaker.map(|m| m.kind) {
        None => "none",
        Some(MentionKind::Name) => "name",
        Some(MentionKind::Nominal) => "nominal",
        Some(MentionKind::Pronoun) => "pronoun",
        Some(MentionKind::Relative { .. }) => "relative",
    };
    f("speaker_kind", &[kind]);
    f("speaker_kind×cue", &[kind, cue]);
    if let Some(m) = c.speaker {
        let w = t.s(m.first);
        let w = if lexicon::pronoun(w).is_some() || lexicon::is_determiner(w) {
            w
        } else if t.is_capitalized(m.first) {
            "<Cap>"
        } else {
            "<lower>"
        };
        f("speaker_word", &[w]);
    }
    let q0 = t.toks.partition_point(|x| x.end <= c.start);
    let q1 = t.toks.partition_point(|x| x.start < c.end);
    let first = t.s(q0);
    f("first", &[first]);
    f("first×cue", &[first, cue]);
    f("second_word", &[t.s(q0 + 1)]);
    f("last", &[t.s(q1.saturating_sub(1))]);
    let words = (q0..q1).filter(|&i| t.is_word(i)).count();
    let len = length_bucket(words);
    f("length", &[len]);
    f("length×how", &[len, how]);
    f("length×cue", &[len, cue]);
    let ends = t
        .sentence(q1.saturating_sub(1))
        .is_some_and(|s| (q1..s.last).all(|i| !t.is_word(i)));
    f("sentence_end", &[if ends { "y" } else { "n" }]);
    let marks = t
        .text
        .get(c.start..c.end)
        .is_some_and(|s| s.contains(['"', '“', '”']));
    f("holds_marks", &[if marks { "y" } else { "n" }]);
    f("marked_doc×how", &[if marked_doc { "y" } else { "n" }, how]);
}

/// The name of `how` (hashed as a feature).
pub(crate) fn how_name(how: How) -> &'static str {
    How::ALL
        .iter()
        .position(|h| *h == how)
        .map_or("?", |i| HOW_NAMES.get(i).copied().unwrap_or("?"))
}

/// Names of [`How`] values, in [`How::ALL`] order (hashed as features).
pub(crate) const HOW_NAMES: [&str; 32] = [
    "None",
    "Label",
    "After",
    "AfterThenCue",
    "Byline",
    "BeforePhrasal",
    "Before",
    "BeforeParticiple",
    "BeforeInverted",
    "ColonLabel",
    "Earlier",
    "Closing",
    "ClosingInverted",
    "ClosingNominal",
    "Colon",
    "CommaIntro",
    "Reported",
    "ReportedParticiple",
    "ReportedCoordinated",
    "ReportedTimed",
    "ReportedPlain",
    "ReportedAppositive",
    "ReportedClauseNp",
    "Adjective",
    "Passive",
    "Stance",
    "StanceParticiple",
    "StanceTimed",
    "StanceClauseNp",
    "According",
    "Inherited",
    "FirstPerson",
];

/// True when candidate `c` goes through the gate (a weak candidate of
/// reported speech).
pub(crate) fn gated(c: &Candidate) -> bool {
    c.weak && c.kind == QuoteKind::Reported
}

/// The score of `feats` under `weights`.
pub(crate) fn score(feats: &[u16], weights: &[i64]) -> i64 {
    feats
        .iter()
        .map(|&k| weights.get(usize::from(k)).copied().unwrap_or(0))
        .sum()
}

/// The fingerprint of the templates and the bucket count: what the
/// generated weights were trained for.
pub(crate) fn fingerprint() -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ (N as u64);
    for name in TEMPLATES.iter().chain(HOW_NAMES.iter()) {
        for b in name.bytes().chain(std::iter::once(b'\n')) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_depend_on_template_and_value_not_case() {
        assert_eq!(bucket(2, &["Said"]), bucket(2, &["said"]));
        assert_ne!(bucket(2, &["said"]), bucket(3, &["said"]));
        assert_ne!(bucket(2, &["said"]), bucket(2, &["told"]));
        assert!(usize::from(bucket(5, &["x", "y"])) < N);
    }

    #[test]
    fn how_names_follow_the_variants() {
        for (h, name) in How::ALL.iter().zip(HOW_NAMES) {
            assert_eq!(format!("{h:?}"), name);
        }
    }
}
