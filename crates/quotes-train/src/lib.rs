//! Trains the quotes analyzer's speaker ranker and cross-validates the
//! analyzer on PolNeAR: a development tool of the newsfacts repository, not
//! a published crate.
//!
//! ```text
//! cargo run --release -p newsfacts-quotes-train -- cv        # 5-fold CV over polnear-train + polnear-dev
//! cargo run --release -p newsfacts-quotes-train -- train     # regenerate plugins/quotes/src/weights.rs
//! cargo run --release -p newsfacts-quotes-train -- train --check   # fail if it is not up to date
//! ```
//!
//! Both commands read the gold corpora (by default `polnear-train` and
//! `polnear-dev` under `$NEWSFACTS_CORPUS` or `../shared/corpus`), make
//! their stripped copies ([`corpus::Corpus::stripped`], written to a
//! temporary directory and read back, checked against `polnear-dev-stripped`
//! where a `<corpus>-stripped` folder exists), and run the analyzer once
//! per article of each copy, keeping every quote's alternative speakers and
//! their features ([`data`]). `cv` then trains one ranker per fold on the
//! other folds and scores its own fold ([`cv`]); `train` trains on
//! everything and writes the weights as Rust source ([`codegen`]). The
//! accept/reject gate over the weak candidates of the analyzer's `broad`
//! option is trained the same way ([`gate`]; `cv --broad` trains it per
//! fold) and written beside the ranker's weights, and so is the reach model
//! of unmarked speech ([`reach`]; trained per fold by `cv`, and by `train`
//! before the ranker, which learns from the quotes found with it). See
//! `docs/accuracy.md` for the features and the figures.

#![forbid(unsafe_code)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod codegen;
pub mod corpus;
pub mod cv;
pub mod data;
pub mod gate;
pub mod perceptron;
pub mod reach;

use std::fmt;
use std::path::{Path, PathBuf};

use newsfacts_core::Analyzer;
use newsfacts_quotes::{Quotes, QuotesConfig, training};

use crate::corpus::{Corpus, TempDir};
use crate::cv::Copy;

/// What can go wrong.
#[derive(Debug)]
pub enum Error {
    /// A file could not be read or written.
    Io(String),
    /// A corpus file is malformed, or a stripped copy disagrees with the
    /// shared one.
    Data(String),
    /// The analyzer failed on an article.
    Analyzer(String),
}

impl Error {
    fn io(path: &Path, e: &std::io::Error) -> Error {
        Error::Io(format!("{}: {e}", path.display()))
    }

    fn at(path: &Path, line: usize, what: &str) -> Error {
        Error::Data(format!("{}:{line}: {what}", path.display()))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io(s) | Error::Data(s) | Error::Analyzer(s) => f.write_str(s),
        }
    }
}

impl std::error::Error for Error {}

/// Perceptron epochs used unless told otherwise.
pub const EPOCHS: usize = 10;

/// Epochs of the gate's perceptron.
pub const GATE_EPOCHS: usize = 10;

/// The gold corpora, each as read and as its stripped copy.
pub struct Corpora {
    /// The corpora as read, joined.
    pub text: Corpus,
    /// Their stripped copies, joined.
    pub stripped: Corpus,
    /// The names of the folders read.
    pub dirs: Vec<String>,
}

fn join(name: &str, parts: Vec<Corpus>) -> Corpus {
    let mut out = Corpus {
        name: name.to_string(),
        articles: Vec::new(),
        gold: Vec::new(),
        gold_records: Vec::new(),
    };
    for p in parts {
        out.articles.extend(p.articles);
        out.gold.extend(p.gold);
        out.gold_records.extend(p.gold_records);
    }
    out
}

/// Reads the corpora in `dirs` and makes their stripped copies, written
/// under `tmp` and read back. A stripped copy of `dir` must equal
/// `<dir>-stripped` where that folder exists.
pub fn read_corpora(dirs: &[PathBuf], tmp: &Path) -> Result<Corpora, Error> {
    let mut text = Vec::new();
    let mut stripped = Vec::new();
    for (i, dir) in dirs.iter().enumerate() {
        let c = Corpus::read(dir)?;
        let s = c.stripped();
        let out = tmp.join(format!("{i}-stripped"));
        s.write(&out)?;
        let s = Corpus::read(&out)?;
        let shared = PathBuf::from(format!("{}-stripped", dir.display()));
        if shared.join("articles.jsonl").is_file() {
            let theirs = Corpus::read(&shared)?;
            if theirs.articles != s.articles || theirs.gold_records != s.gold_records {
                return Err(Error::Data(format!(
                    "the stripped copy of {} differs from {}",
                    dir.display(),
                    shared.display()
                )));
            }
        }
        text.push(c);
        stripped.push(s);
    }
    Ok(Corpora {
        text: join("text", text),
        stripped: join("stripped", stripped),
        dirs: dirs
            .iter()
            .map(|d| {
                d.file_name().map_or_else(
                    || d.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                )
            })
            .collect(),
    })
}

/// The analyzer, `broad` or in its default configuration.
pub fn quotes(broad: bool) -> Result<Quotes, Error> {
    Quotes::new(QuotesConfig {
        broad,
        ..QuotesConfig::default()
    })
    .map_err(|e| Error::Analyzer(e.to_string()))
}

/// Runs the analyzer (default configuration, with the shipped gate) over
/// both copies, and collects the candidates the gate looks at when the
/// analyzer proposes broadly ([`QuotesConfig::broad`]).
pub fn analyze(corpora: Corpora) -> Result<Vec<Copy>, Error> {
    let quotes = quotes(false)?;
    let broad = quotes_broad()?;
    let text_docs = data::extract(&corpora.text, &quotes)?;
    let stripped_docs = data::extract(&corpora.stripped, &quotes)?;
    let text_gate = gate::extract(&corpora.text, &broad);
    let stripped_gate = gate::extract(&corpora.stripped, &broad);
    let text_reach = reach::extract(&corpora.text, &quotes);
    let stripped_reach = reach::extract(&corpora.stripped, &quotes);
    Ok(vec![
        Copy::new("text", corpora.text, text_docs, text_gate, text_reach),
        Copy::new(
            "stripped",
            corpora.stripped,
            stripped_docs,
            stripped_gate,
            stripped_reach,
        ),
    ])
}

fn quotes_broad() -> Result<Quotes, Error> {
    quotes(true)
}

/// The gate's weights trained on every candidate of `copies`, and how many
/// candidates they were trained on.
pub fn train_gate(copies: &[Copy]) -> (Vec<i64>, usize) {
    let insts = cv::gate_insts(copies, |_| true);
    (
        gate::train(
            &insts,
            training::gate_buckets(),
            GATE_EPOCHS,
            gate::RECALL_COST,
        ),
        insts.len(),
    )
}

/// The weights trained on every quote of `copies`, and how many instances
/// they were trained on.
pub fn train(copies: &[Copy], epochs: usize) -> (Vec<i64>, usize) {
    let n = training::feature_names().len();
    let inst = cv::instances(copies.iter().flat_map(|c| c.docs.iter()));
    (perceptron::train(&inst, n, epochs), inst.len())
}

/// The generated sources: the ranker's and the gate's weights.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Generated {
    /// `weights.rs`.
    pub ranker: String,
    /// `gate_weights.rs`.
    pub gate: String,
    /// `reach_weights.rs`.
    pub reach: String,
}

/// The sources of `weights.rs` and `gate_weights.rs` trained on the
/// corpora in `dirs`: the ranker on the quotes the analyzer finds in its
/// default configuration, the gate on every weak candidate the analyzer
/// proposes broadly ([`QuotesConfig::broad`]).
pub fn generate(dirs: &[PathBuf], epochs: usize) -> Result<Generated, Error> {
    let tmp = TempDir::new("newsfacts-quotes-train")?;
    let corpora = read_corpora(dirs, &tmp.path)?;
    let names = corpora.dirs.clone();
    let articles = corpora.text.articles.len();
    let mut copies = analyze(corpora)?;
    let (gw, gate_instances) = train_gate(&copies);
    // The reach model first: the ranker learns from the quotes the
    // analyzer finds with it.
    let rw = reach::train(
        copies.iter().flat_map(|c| c.reach.iter()),
        training::reach_buckets(),
        reach::EPOCHS,
    );
    let reach_instances = reach::count(copies.iter().flat_map(|c| c.reach.iter()));
    let q = training::with_reach(&quotes(false)?, &rw);
    for c in &mut copies {
        c.docs = data::extract(&c.corpus, &q)?;
    }
    let (weights, instances) = train(&copies, epochs);
    let provenance = codegen::Provenance {
        corpora: names,
        articles,
        instances,
        epochs,
    };
    Ok(Generated {
        ranker: codegen::render(
            &weights,
            &training::feature_names(),
            training::fingerprint(),
            &provenance,
        ),
        gate: codegen::render_gate(
            &gw,
            training::gate_fingerprint(),
            gate_instances,
            &codegen::Provenance {
                epochs: GATE_EPOCHS,
                ..provenance.clone()
            },
        ),
        reach: codegen::render_reach(
            &rw,
            training::reach_fingerprint(),
            reach_instances,
            &codegen::Provenance {
                epochs: reach::EPOCHS,
                ..provenance.clone()
            },
        ),
    })
}

/// How many quotes of `copies` the analyzer gave another speaker than the
/// shipped weights choose among its alternatives: 0 unless the analyzer and
/// this tool disagree on how the ranker chooses.
pub fn disagreements(copies: &[Copy]) -> usize {
    let w = training::shipped_weights();
    copies
        .iter()
        .flat_map(|c| c.docs.iter())
        .flat_map(|d| d.examples.iter())
        .filter(|ex| {
            if ex.alts.is_empty() {
                return false;
            }
            let feats: Vec<&[u16]> = ex.alts.iter().map(|a| a.features.as_slice()).collect();
            let best = feats
                .iter()
                .enumerate()
                .fold(None::<(usize, i64)>, |top, (k, f)| {
                    let s = training::score(f, w);
                    match top {
                        Some((_, b)) if s <= b => top,
                        _ => Some((k, s)),
                    }
                })
                .map(|(k, _)| k);
            ex.with(best) != ex.quote
        })
        .count()
}

/// Each quote of `text` with its alternative speakers under the shipped
/// weights: score, speaker text and the weight of each feature (for
/// looking at what the ranker does with a sentence).
pub fn explain(text: &str) -> Result<String, Error> {
    let quotes =
        Quotes::new(QuotesConfig::default()).map_err(|e| Error::Analyzer(e.to_string()))?;
    let names = training::feature_names();
    let w = training::shipped_weights();
    let mut out = String::new();
    for ex in training::examples(&quotes, text).map_err(|e| Error::Analyzer(e.to_string()))? {
        out.push_str(&format!(
            "quote {:?} ({:?}, rule {}): speaker {:?}\n",
            ex.quote.text, ex.quote.kind, ex.how, ex.quote.speaker_text
        ));
        for a in &ex.alternatives {
            out.push_str(&format!(
                "  {:>9} {:?}{}\n",
                training::score(&a.features, w),
                a.quote.speaker_text,
                if a.rule { " (rule)" } else { "" }
            ));
            for &f in &a.features {
                let k = usize::from(f);
                out.push_str(&format!(
                    "      {:>9} {}\n",
                    w.get(k).copied().unwrap_or(0),
                    names.get(k).map_or("?", String::as_str)
                ));
            }
        }
    }
    Ok(out)
}

/// The shared corpus folder: `$NEWSFACTS_CORPUS`, else `../shared/corpus`
/// beside the repository.
pub fn corpus_root() -> PathBuf {
    std::env::var_os("NEWSFACTS_CORPUS").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus"),
        PathBuf::from,
    )
}

/// The generated weights file of the quotes plugin.
pub fn weights_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../plugins/quotes/src/weights.rs")
}

/// The reach model's weights file beside `weights` (`reach_weights.rs`
/// for `weights.rs`, `X.reach` otherwise).
pub fn reach_path(weights: &Path) -> PathBuf {
    if weights.file_name().is_some_and(|n| n == "weights.rs") {
        weights.with_file_name("reach_weights.rs")
    } else {
        let mut s = weights.as_os_str().to_owned();
        s.push(".reach");
        PathBuf::from(s)
    }
}

/// The gate's weights file beside `weights` (`gate_weights.rs` for
/// `weights.rs`, `X.gate` otherwise).
pub fn gate_path(weights: &Path) -> PathBuf {
    if weights.file_name().is_some_and(|n| n == "weights.rs") {
        weights.with_file_name("gate_weights.rs")
    } else {
        let mut s = weights.as_os_str().to_owned();
        s.push(".gate");
        PathBuf::from(s)
    }
}
