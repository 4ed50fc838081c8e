//! The reach model (how far back unmarked speech closed by an attribution
//! reaches): its training data (each sentence the model looks at, labelled
//! by whether a gold direct quote that overlaps the closing sentence covers
//! it) and its perceptron.

use newsfacts_quotes::{Quotes, training};

use crate::corpus::{Corpus, char_offset};
use crate::perceptron::{Averaged, shuffled_passes};

/// Epochs of the perceptron.
pub const EPOCHS: usize = 10;

/// How much a sentence of the speech left out counts in training.
pub const RIGHT_COST: i64 = 2;

/// How much a sentence of narrative taken in counts: more than one left out,
/// since taking it can spoil a quote the rules had right.
pub const WRONG_COST: i64 = 3;

/// One sentence: its features and, when a gold direct quote overlaps the
/// closing sentence, whether one of them covers this sentence (`None`:
/// the closing content is no gold direct quote; left out of training).
#[derive(Clone, Debug)]
pub struct Inst {
    /// Feature buckets.
    pub features: Vec<u16>,
    /// Right to take it into the quote.
    pub label: Option<bool>,
    /// The rules' start covers it.
    pub rule: bool,
}

/// The sentences of one article.
#[derive(Clone, Debug)]
pub struct ReachDoc {
    /// Article id.
    pub id: String,
    /// Its sentences.
    pub insts: Vec<Inst>,
}

/// Every sentence the reach model looks at in the articles of `corpus`,
/// labelled with the corpus's gold.
pub fn extract(corpus: &Corpus, quotes: &Quotes) -> Vec<ReachDoc> {
    corpus
        .with_gold()
        .map(|(a, g, idx)| {
            let ch = |b: usize| char_offset(&idx, b);
            let insts = training::reach_examples(quotes, &a.text)
                .into_iter()
                .map(|x| {
                    let (c0, c1) = (ch(x.closing.0), ch(x.closing.1));
                    let (s0, s1) = (ch(x.sentence.0), ch(x.sentence.1));
                    let label = g.and_then(|g| {
                        let over: Vec<_> = g
                            .quotes
                            .iter()
                            .filter(|q| q.direct && q.start < c1 && c0 < q.end)
                            .collect();
                        (!over.is_empty()).then(|| {
                            over.iter().any(|q| {
                                let o = q.end.min(s1) - q.start.max(s0);
                                o > 0 && 2 * o >= s1 - s0
                            })
                        })
                    });
                    Inst {
                        features: x.features,
                        label,
                        rule: x.rule,
                    }
                })
                .collect();
            ReachDoc {
                id: a.id.clone(),
                insts,
            }
        })
        .collect()
}

/// An averaged perceptron over the labelled sentences of `docs` that the
/// rules' start leaves out (`n` buckets, `epochs` passes in a fixed
/// pseudo-random order): a sentence is taken when its score is above zero;
/// a right one left out moves its features' weights up by [`RIGHT_COST`],
/// a wrong one taken down by [`WRONG_COST`]. Returns the summed weights
/// (the average times the number of steps).
pub fn train<'a>(
    docs: impl IntoIterator<Item = &'a ReachDoc>,
    n: usize,
    epochs: usize,
) -> Vec<i64> {
    let insts: Vec<(&[u16], bool)> = docs
        .into_iter()
        .flat_map(|d| d.insts.iter())
        .filter(|x| !x.rule)
        .filter_map(|x| Some((x.features.as_slice(), x.label?)))
        .collect();
    let mut model = Averaged::new(n);
    shuffled_passes(insts.len(), epochs, 0x9E37_79B9_7F4A_7C15, |i| {
        let Some(&(f, right)) = insts.get(i) else {
            return;
        };
        let d = match (model.score(f) > 0, right) {
            (false, true) => RIGHT_COST,
            (true, false) => -WRONG_COST,
            _ => 0,
        };
        if d != 0 {
            model.update(f, d);
        }
        model.tick();
    });
    model.finish()
}

/// How many sentences of `docs` the perceptron trains on.
pub fn count<'a>(docs: impl IntoIterator<Item = &'a ReachDoc>) -> usize {
    docs.into_iter()
        .flat_map(|d| d.insts.iter())
        .filter(|x| !x.rule && x.label.is_some())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_to_take_the_feature_of_right_sentences() {
        let doc = ReachDoc {
            id: "a".into(),
            insts: vec![
                Inst {
                    features: vec![0, 1],
                    label: Some(true),
                    rule: false,
                },
                Inst {
                    features: vec![0, 2],
                    label: Some(false),
                    rule: false,
                },
                Inst {
                    features: vec![2],
                    label: None,
                    rule: false,
                },
            ],
        };
        let w = train([&doc], 3, 5);
        assert!(training::reach_takes(&[0, 1], &w), "{w:?}");
        assert!(!training::reach_takes(&[0, 2], &w), "{w:?}");
        assert_eq!(w, train([&doc], 3, 5), "deterministic");
        assert_eq!(count([&doc]), 2);
    }
}
