//! Cross-validation of the quotes analyzer and its speaker ranker.
//!
//! For each fold the reach model of unmarked speech is trained on the
//! sentences of the other folds and the analyzer runs with it (and, with
//! `--broad`, with a gate trained the same way); the fold's ranker is then
//! trained in memory on the alternatives of the other folds' quotes and
//! chooses the speakers of its own fold's quotes, which are scored by
//! `newsfacts-eval` exactly as `newsfacts eval` scores a prediction file.

use std::collections::HashMap;

use newsfacts_eval::{DocQuotes, QuoteScores, fold_of, score_quotes};
use newsfacts_quotes::training;

use crate::corpus::Corpus;
use crate::data::{self, Doc, Example};
use crate::gate::{self, GateDoc, Inst};
use crate::perceptron::{self, Instance};
use crate::reach::{self, ReachDoc};

/// A corpus with the analyzer's quotes on it.
pub struct Copy {
    /// What it is called in reports (`text`, `stripped`).
    pub label: String,
    /// The corpus.
    pub corpus: Corpus,
    /// The analyzer's quotes on each of its articles, in the same order.
    pub docs: Vec<Doc>,
    /// The reported candidates the gate looked at, per article.
    pub gate: Vec<GateDoc>,
    /// The sentences the reach model looked at, per article.
    pub reach: Vec<ReachDoc>,
    texts: HashMap<String, String>,
}

impl Copy {
    /// `docs` must be the analyzer's quotes on `corpus`, `gate` its
    /// reported candidates, `reach` the sentences its reach model looked at.
    pub fn new(
        label: &str,
        corpus: Corpus,
        docs: Vec<Doc>,
        gate: Vec<GateDoc>,
        reach: Vec<ReachDoc>,
    ) -> Copy {
        let texts = corpus.texts();
        Copy {
            label: label.to_string(),
            corpus,
            docs,
            gate,
            reach,
            texts,
        }
    }
}

/// The training instances of the quotes of `docs`: those matched to a gold
/// quote with a speaker whose alternatives include a right one and a wrong
/// one.
pub fn instances<'a>(docs: impl IntoIterator<Item = &'a Doc>) -> Vec<Instance<'a>> {
    let mut out = Vec::new();
    for d in docs {
        for ex in &d.examples {
            if !ex.matched || ex.alts.len() < 2 {
                continue;
            }
            let right = ex.alts.iter().filter(|a| a.correct).count();
            if right == 0 || right == ex.alts.len() {
                continue;
            }
            out.push(Instance {
                alts: ex
                    .alts
                    .iter()
                    .map(|a| (a.features.as_slice(), a.correct))
                    .collect(),
            });
        }
    }
    out
}

/// How each quote's speaker is chosen.
#[derive(Clone, Copy, Debug)]
pub enum Choice<'w> {
    /// The rules alone.
    Rules,
    /// The ranker with these weights.
    Ranker(&'w [i64]),
    /// A right alternative whenever there is one (an upper bound).
    Oracle,
}

fn choose(ex: &Example, how: Choice<'_>) -> newsfacts_eval::Quote {
    match how {
        Choice::Rules => ex.rules(),
        Choice::Ranker(w) => {
            let feats = ex.alts.iter().map(|a| a.features.as_slice());
            let best = feats
                .enumerate()
                .fold(None::<(usize, i64)>, |top, (k, f)| {
                    let s = training::score(f, w);
                    match top {
                        Some((_, b)) if s <= b => top,
                        _ => Some((k, s)),
                    }
                })
                .map(|(k, _)| k);
            ex.with(best)
        }
        Choice::Oracle => {
            if ex.alts.is_empty() {
                ex.quote.clone()
            } else {
                let right = ex.alts.iter().position(|a| a.correct);
                ex.with(right.or_else(|| ex.alts.iter().position(|a| a.rule)))
            }
        }
    }
}

/// The scores of the articles of `copy` for which `keep(id)` holds, with
/// speakers chosen by `how`.
pub fn score(copy: &Copy, keep: impl Fn(&str) -> bool, how: Choice<'_>) -> QuoteScores {
    score_docs(copy, &copy.docs, keep, how)
}

/// [`score`] with the analyzer's quotes `docs` on `copy` (another gate's).
pub fn score_docs(
    copy: &Copy,
    docs: &[Doc],
    keep: impl Fn(&str) -> bool,
    how: Choice<'_>,
) -> QuoteScores {
    let gold: Vec<DocQuotes> = copy
        .corpus
        .gold
        .iter()
        .filter(|g| keep(&g.id))
        .cloned()
        .collect();
    let pred: Vec<DocQuotes> = docs
        .iter()
        .filter(|d| keep(&d.id))
        .map(|d| DocQuotes {
            id: d.id.clone(),
            quotes: d.examples.iter().map(|ex| choose(ex, how)).collect(),
        })
        .collect();
    score_quotes(&gold, &pred, &copy.texts)
}

/// The four figures the targets are about.
pub const METRICS: [&str; 4] = [
    "direct relaxed F1",
    "direct speaker acc.",
    "all relaxed F1",
    "all speaker acc.",
];

/// The four figures of `s`, in [`METRICS`] order.
pub fn figures(s: &QuoteScores) -> [f64; 4] {
    [
        s.direct.relaxed.f1,
        s.direct.speaker_acc,
        s.all.relaxed.f1,
        s.all.speaker_acc,
    ]
}

/// Per-fold figures of one way of choosing speakers on one copy.
#[derive(Clone, Debug)]
pub struct Row {
    /// The copy's label.
    pub copy: String,
    /// `rules`, `ranker` or `oracle`.
    pub mode: &'static str,
    /// `[fold][metric]`.
    pub folds: Vec<[f64; 4]>,
}

/// Mean, sample standard deviation, minimum and maximum of `xs`.
pub fn summary(xs: &[f64]) -> (f64, f64, f64, f64) {
    let n = xs.len() as f64;
    let mean = xs.iter().sum::<f64>() / n.max(1.0);
    let var = if xs.len() > 1 {
        xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0)
    } else {
        0.0
    };
    let min = xs.iter().copied().fold(f64::INFINITY, f64::min);
    let max = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    (mean, var.sqrt(), min, max)
}

/// The gate's training candidates of `copies` for which `keep(id)` holds.
pub fn gate_insts(copies: &[Copy], keep: impl Fn(&str) -> bool) -> Vec<&Inst> {
    copies
        .iter()
        .flat_map(|c| c.gate.iter())
        .filter(|d| keep(&d.id))
        .flat_map(|d| d.insts.iter())
        .collect()
}

/// K-fold cross-validation over `copies` (each article's fold is
/// [`fold_of`] its id): for each fold the speakers chosen by the
/// rules alone, the ranker trained on the other folds of every copy, and
/// the oracle. The analyzer runs again for each fold with a reach model
/// trained on the other folds; unless `broad`, in its default
/// configuration (nothing to gate); with `broad` it proposes weak
/// candidates too, through a gate trained on the other folds.
pub fn cross_validate(
    copies: &[Copy],
    k: usize,
    epochs: usize,
    broad: bool,
) -> Result<Vec<Row>, crate::Error> {
    let n = training::feature_names().len();
    let mut rows: Vec<Row> = Vec::new();
    for copy in copies {
        for mode in ["rules", "ranker", "oracle"] {
            rows.push(Row {
                copy: copy.label.clone(),
                mode,
                folds: Vec::with_capacity(k),
            });
        }
    }
    let base = crate::quotes(broad)?;
    for f in 0..k {
        // The reach model, trained on the other folds.
        let rw = reach::train(
            copies
                .iter()
                .flat_map(|c| c.reach.iter())
                .filter(|d| fold_of(&d.id, k) != f),
            training::reach_buckets(),
            reach::EPOCHS,
        );
        let q = training::with_reach(&base, &rw);
        let q = if broad {
            let gw = gate::train(
                &gate_insts(copies, |id| fold_of(id, k) != f),
                training::gate_buckets(),
                crate::GATE_EPOCHS,
                gate::RECALL_COST,
            );
            training::with_gate(&q, &gw)
        } else {
            q
        };
        let docs: Vec<Vec<Doc>> = copies
            .iter()
            .map(|c| data::extract(&c.corpus, &q))
            .collect::<Result<_, _>>()?;
        let train_docs = docs
            .iter()
            .flat_map(|d| d.iter())
            .filter(|d| fold_of(&d.id, k) != f);
        let weights = perceptron::train(&instances(train_docs), n, epochs);
        for (ci, (copy, docs)) in copies.iter().zip(&docs).enumerate() {
            let here = |id: &str| fold_of(id, k) == f;
            let choices = [Choice::Rules, Choice::Ranker(&weights), Choice::Oracle];
            for (mi, how) in choices.into_iter().enumerate() {
                if let Some(row) = rows.get_mut(ci * 3 + mi) {
                    row.folds.push(figures(&score_docs(copy, docs, here, how)));
                }
            }
        }
    }
    Ok(rows)
}

/// The rows as a text table: mean ± standard deviation and the range over
/// the folds, for each copy, way of choosing and metric.
pub fn render(rows: &[Row]) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "{:<10} {:<8} {:<20} {:>7} {:>7} {:>7} {:>7}\n",
        "copy", "speakers", "metric", "mean", "sd", "min", "max"
    ));
    for row in rows {
        for (m, name) in METRICS.iter().enumerate() {
            let xs: Vec<f64> = row.folds.iter().map(|f| f[m]).collect();
            let (mean, sd, min, max) = summary(&xs);
            out.push_str(&format!(
                "{:<10} {:<8} {:<20} {:>7.4} {:>7.4} {:>7.4} {:>7.4}\n",
                row.copy, row.mode, name, mean, sd, min, max
            ));
        }
    }
    out
}

/// The rows as JSON: per copy and way of choosing, each metric's per-fold
/// values, mean and standard deviation.
pub fn to_json(rows: &[Row]) -> serde_json::Value {
    let rows: Vec<serde_json::Value> = rows
        .iter()
        .map(|row| {
            let metrics: serde_json::Map<String, serde_json::Value> = METRICS
                .iter()
                .enumerate()
                .map(|(m, name)| {
                    let xs: Vec<f64> = row.folds.iter().map(|f| f[m]).collect();
                    let (mean, sd, min, max) = summary(&xs);
                    (
                        (*name).to_string(),
                        serde_json::json!({"folds": xs, "mean": mean, "sd": sd, "min": min, "max": max}),
                    )
                })
                .collect();
            serde_json::json!({"copy": row.copy, "speakers": row.mode, "metrics": metrics})
        })
        .collect();
    serde_json::Value::Array(rows)
}

/// Per rule (`How`) and copy: how many matched quotes with a gold speaker,
/// how many the rules get right, how many the ranker trained on the other
/// folds gets right, and how many some alternative gets right.
pub fn by_rule(copies: &[Copy], k: usize, epochs: usize) -> String {
    use std::collections::BTreeMap;
    let n = training::feature_names().len();
    // (copy, how, kind) -> [quotes, rules right, ranker right, oracle right]
    let mut tally: BTreeMap<(String, String, String), [usize; 4]> = BTreeMap::new();
    for f in 0..k {
        let train_docs = copies
            .iter()
            .flat_map(|c| c.docs.iter())
            .filter(|d| fold_of(&d.id, k) != f);
        let weights = perceptron::train(&instances(train_docs), n, epochs);
        for copy in copies {
            for d in copy.docs.iter().filter(|d| fold_of(&d.id, k) == f) {
                for ex in d.examples.iter().filter(|ex| ex.matched) {
                    let right = |q: &newsfacts_eval::Quote| {
                        ex.alts.iter().any(|a| {
                            a.correct
                                && a.quote.speaker_start == q.speaker_start
                                && q.speaker_start.is_some()
                        })
                    };
                    let kind = ex.quote.kind.clone().unwrap_or_default();
                    let t = tally
                        .entry((copy.label.clone(), ex.how.clone(), kind))
                        .or_default();
                    t[0] += 1;
                    if ex.alts.is_empty() {
                        continue;
                    }
                    t[1] += usize::from(right(&choose(ex, Choice::Rules)));
                    t[2] += usize::from(right(&choose(ex, Choice::Ranker(&weights))));
                    t[3] += usize::from(ex.alts.iter().any(|a| a.correct));
                }
            }
        }
    }
    let mut out = format!(
        "{:<9} {:<20} {:<9} {:>6} {:>6} {:>6} {:>6}\n",
        "copy", "rule", "kind", "quotes", "rules", "ranker", "oracle"
    );
    for ((c, h, kind), t) in tally {
        out.push_str(&format!(
            "{c:<9} {h:<20} {kind:<9} {:>6} {:>6} {:>6} {:>6}\n",
            t[0], t[1], t[2], t[3]
        ));
    }
    out
}

/// The rows' per-fold differences from `baseline` (an earlier `cv --json`
/// output): for each copy, way of choosing and metric, the mean before and
/// now and the difference in each fold. A gain is one in every fold.
pub fn compare(rows: &[Row], baseline: &serde_json::Value) -> String {
    let mut out = format!(
        "{:<10} {:<8} {:<20} {:>7} {:>7}  per-fold differences\n",
        "copy", "speakers", "metric", "before", "now"
    );
    for row in rows {
        let old = baseline.as_array().and_then(|rs| {
            rs.iter().find(|r| {
                r.get("copy").and_then(|c| c.as_str()) == Some(row.copy.as_str())
                    && r.get("speakers").and_then(|c| c.as_str()) == Some(row.mode)
            })
        });
        for (m, name) in METRICS.iter().enumerate() {
            let now: Vec<f64> = row.folds.iter().map(|f| f[m]).collect();
            let before: Vec<f64> = old
                .and_then(|r| r.pointer(&format!("/metrics/{name}/folds")))
                .and_then(|v| v.as_array())
                .map(|xs| xs.iter().filter_map(|x| x.as_f64()).collect())
                .unwrap_or_default();
            if before.len() != now.len() {
                out.push_str(&format!(
                    "{:<10} {:<8} {:<20} (not in the baseline)\n",
                    row.copy, row.mode, name
                ));
                continue;
            }
            let diffs: Vec<String> = now
                .iter()
                .zip(&before)
                .map(|(a, b)| format!("{:+.4}", a - b))
                .collect();
            out.push_str(&format!(
                "{:<10} {:<8} {:<20} {:>7.4} {:>7.4}  {}\n",
                row.copy,
                row.mode,
                name,
                summary(&before).0,
                summary(&now).0,
                diffs.join(" ")
            ));
        }
    }
    out
}
