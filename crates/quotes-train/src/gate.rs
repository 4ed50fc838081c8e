//! The accept/reject gate over reported-speech candidates: its training
//! data (each candidate the gate looks at, labelled by whether it matches a
//! gold attribution under the scorer's relaxed rule) and its perceptron.

use newsfacts_eval::{Quote, relaxed_overlap};
use newsfacts_quotes::{Quotes, training};

use crate::corpus::{Corpus, char_offset};
use crate::perceptron::{Averaged, shuffled_passes};

/// One candidate: its features and whether it matches a gold attribution.
#[derive(Clone, Debug)]
pub struct Inst {
    /// Feature buckets.
    pub features: Vec<u16>,
    /// True when a gold quote (direct or not) matches it.
    pub right: bool,
}

/// The candidates of one article.
#[derive(Clone, Debug)]
pub struct GateDoc {
    /// Article id.
    pub id: String,
    /// Its reported candidates.
    pub insts: Vec<Inst>,
}

/// Every reported candidate of every article of `corpus`, labelled with the
/// corpus's gold.
pub fn extract(corpus: &Corpus, quotes: &Quotes) -> Vec<GateDoc> {
    corpus
        .with_gold()
        .map(|(a, g, idx)| {
            let ch = |b: usize| char_offset(&idx, b);
            let insts = training::gate_examples(quotes, &a.text)
                .into_iter()
                .map(|x| {
                    let q = Quote {
                        start: ch(x.start),
                        end: ch(x.end),
                        direct: false,
                        kind: Some("reported".into()),
                        speaker: None,
                        speaker_text: None,
                        speaker_start: None,
                        speaker_end: None,
                    };
                    let spk = x.speaker.map(|(s, e)| (ch(s), ch(e)));
                    // Right: it matches a gold attribution, and its
                    // speaker mention overlaps the gold one (a candidate
                    // with a wrong speaker costs speaker accuracy).
                    let right = g.is_some_and(|g| {
                        g.quotes.iter().any(|gq| {
                            relaxed_overlap(gq, &q).is_some()
                                && match (spk, gq.speaker_start, gq.speaker_end) {
                                    (Some((s, e)), Some(gs), Some(ge)) => s < ge && gs < e,
                                    (_, None, _) => true,
                                    _ => false,
                                }
                        })
                    });
                    Inst {
                        features: x.features,
                        right,
                    }
                })
                .collect();
            GateDoc {
                id: a.id.clone(),
                insts,
            }
        })
        .collect()
}

/// How much more a missed right candidate counts than a kept wrong one in
/// training: F1 gains from a candidate right more than about a third of the
/// time, so rejecting a right one costs more than keeping a wrong one.
pub const RECALL_COST: i64 = 4;

/// An averaged perceptron over `insts` (`n` buckets, `epochs` passes in a
/// fixed pseudo-random order): a candidate is kept when its score is at
/// least zero; a right one rejected moves its features' weights up by
/// `cost`, a wrong one kept moves them down by one. Returns the summed
/// weights (the average times the number of steps).
pub fn train(insts: &[&Inst], n: usize, epochs: usize, cost: i64) -> Vec<i64> {
    let mut model = Averaged::new(n);
    shuffled_passes(insts.len(), epochs, 0x2545_F491_4F6C_DD1D, |i| {
        let Some(x) = insts.get(i) else { return };
        let keep = model.score(&x.features) >= 0;
        let d = match (keep, x.right) {
            (false, true) => cost,
            // (A wrong candidate scoring exactly zero is kept: push it
            // below.)
            (true, false) => -1,
            _ => 0,
        };
        if d != 0 {
            model.update(&x.features, d);
        }
        model.tick();
    });
    model.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perceptron::score;

    #[test]
    fn learns_to_reject_the_feature_of_wrong_candidates() {
        let insts = [
            Inst {
                features: vec![0, 1],
                right: true,
            },
            Inst {
                features: vec![0, 2],
                right: false,
            },
        ];
        let refs: Vec<&Inst> = insts.iter().collect();
        let w = train(&refs, 3, 5, 1);
        assert!(score(&[0, 1], &w) >= 0, "{w:?}");
        assert!(score(&[0, 2], &w) < 0, "{w:?}");
        assert_eq!(w, train(&refs, 3, 5, 1), "deterministic");
    }
}
