//! Scoring predictions against gold corpora: the engine behind `newsfacts eval`.
//!
//! This crate knows nothing of the runner or the analyzers: it reads gold
//! files and prediction files and computes the metrics of the shared corpora.
//! The `newsfacts` command line calls it (`newsfacts eval`), and the runner
//! re-exports it as `newsfacts_runner::eval` for code written against that path.
//!
//! The shared corpora (see `corpus/README.md`, "How scores are computed") come
//! with a reference scorer, `score.py`. This module reproduces it number for
//! number, so a score printed by `newsfacts eval` can be compared with any
//! score computed by the Python tool:
//!
//! - items are paired **one to one, greedily, best overlap first**: every
//!   admissible `(overlap, gold index, prediction index)` triple is sorted in
//!   descending order (ties therefore go to the *later* gold item, then the
//!   later prediction, exactly as Python's `sorted(reverse=True)` does) and
//!   taken when both sides are still free ([`greedy_match`]);
//! - precision, recall and F1 are rounded to 4 decimals the way Python's
//!   `round(x, 4)` does (correctly rounded, ties to even);
//! - dates compare `type` and `value` case-insensitively, a missing value
//!   reading as the string `None` as in Python;
//! - quotes are matched *strictly* on their article text after trimming white
//!   space, quotation marks and `.,;:` from both ends ([`QUOTE_TRIM`]);
//! - a document's missing casualty total counts as 0.
//!
//! Predictions are read line by line in either of two shapes:
//!
//! 1. the corpus format itself (`{"id", "timexes": [...]}`,
//!    `{"id", "quotes": [...]}`, `{"id", "figures": [...], "killed", "injured"}`);
//! 2. newsfacts' own output records, where `dates` stands for `timexes`,
//!    `casualties.figures` for `figures` and `casualties.totals.killed` /
//!    `.injured` for the document totals. A record written with
//!    `"offsets": "bytes"` has its offsets converted to characters with the
//!    article texts of the `articles.jsonl` beside the gold file; records
//!    whose `id` is null (input errors) are skipped.
//!
//! ```no_run
//! use newsfacts_eval::{evaluate_dir, render_table};
//! let reports = evaluate_dir("corpus/sample".as_ref(), "predictions.jsonl".as_ref())?;
//! print!("{}", render_table(&reports));
//! println!("{}", serde_json::to_string(&reports[0].scores)?); // same object as score.py --json
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The pure scoring functions ([`score_dates`], [`score_quotes`],
//! [`score_casualties`]) work on in-memory documents, so they can be used and
//! tested without files.

#![forbid(unsafe_code)]
// Library code never unwraps: gold and prediction files are user data.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use newsfacts_core::CharIndex;
use serde::Serialize;
use serde_json::{Map, Value};

// ---------------------------------------------------------------------------
// Tasks, errors, reports
// ---------------------------------------------------------------------------

/// One of the three scored tasks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Task {
    /// Temporal expressions (TIMEX3), gold file `dates.jsonl`.
    Dates,
    /// Direct and reported quotes with speakers, gold file `quotes.jsonl`.
    Quotes,
    /// Casualty figures and document totals, gold file `casualties.jsonl`.
    Casualties,
}

impl Task {
    /// Every task, in the order [`evaluate_dir`] scores them.
    pub const ALL: [Task; 3] = [Task::Dates, Task::Quotes, Task::Casualties];

    /// The task's name as used on the command line: `dates`, `quotes`, `casualties`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Task::Dates => "dates",
            Task::Quotes => "quotes",
            Task::Casualties => "casualties",
        }
    }

    /// The name of the task's gold file in a corpus folder (`dates.jsonl`, ...).
    pub fn gold_file_name(&self) -> &'static str {
        match self {
            Task::Dates => "dates.jsonl",
            Task::Quotes => "quotes.jsonl",
            Task::Casualties => "casualties.jsonl",
        }
    }
}

impl fmt::Display for Task {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Task {
    type Err = EvalError;

    /// Parses `dates`, `quotes` or `casualties` (any case).
    fn from_str(s: &str) -> Result<Task, EvalError> {
        Task::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| EvalError::UnknownTask {
                name: s.to_string(),
            })
    }
}

/// Why an evaluation could not be done. Every message that concerns a file
/// names it, and a parse error names the 1-based line too (`file:line: ...`).
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A task name that is not `dates`, `quotes` or `casualties`.
    #[error("unknown task `{name}` (expected dates, quotes or casualties)")]
    UnknownTask {
        /// The name given.
        name: String,
    },
    /// A file could not be opened or read.
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A line is not valid JSON.
    #[error("{}:{line}: invalid JSON: {source}", path.display())]
    Json {
        /// The file.
        path: PathBuf,
        /// The 1-based line number.
        line: u64,
        /// The parser's complaint.
        #[source]
        source: serde_json::Error,
    },
    /// A line is JSON but not a record of the expected shape.
    #[error("{}:{line}: {message}", path.display())]
    Record {
        /// The file.
        path: PathBuf,
        /// The 1-based line number.
        line: u64,
        /// What is wrong with it.
        message: String,
    },
    /// Quote scoring needs the article texts and `articles.jsonl` is absent.
    #[error(
        "{}: not found; scoring quotes needs the article texts (strict matching compares them), \
         in an articles.jsonl beside the gold file",
        path.display()
    )]
    ArticlesMissing {
        /// Where `articles.jsonl` was looked for.
        path: PathBuf,
    },
    /// A prediction record has byte offsets and no article text is available
    /// to convert them.
    #[error(
        "{}:{line}: offsets are in bytes and {} (the article texts needed to convert them \
         to characters) is not there; run newsfacts with `--offsets chars`",
        path.display(),
        articles.display()
    )]
    ByteOffsetsWithoutArticles {
        /// The prediction file.
        path: PathBuf,
        /// The 1-based line of the first record with byte offsets.
        line: u64,
        /// Where `articles.jsonl` was looked for.
        articles: PathBuf,
    },
    /// A byte offset cannot be converted: its article is unknown, or the
    /// offset is past the end or inside a character.
    #[error("{}:{line}: cannot convert byte offsets of article `{id}`: {reason}", path.display())]
    ByteOffset {
        /// The prediction file.
        path: PathBuf,
        /// The 1-based line number.
        line: u64,
        /// The article id.
        id: String,
        /// What is wrong.
        reason: String,
    },
    /// No prediction record has the id of a gold article: the predictions
    /// were made for another corpus (or ids were not carried through), and
    /// every score would read 0.
    #[error(
        "{}: no gold id found in the predictions (the {gold_docs} gold article{} of {}); \
         were they made from this corpus's articles.jsonl?",
        predictions.display(),
        if *gold_docs == 1 { "" } else { "s" },
        gold.display()
    )]
    NoIdInCommon {
        /// The prediction file.
        predictions: PathBuf,
        /// The gold file.
        gold: PathBuf,
        /// How many gold articles there are.
        gold_docs: usize,
    },
    /// A corpus folder holds none of the three gold files.
    #[error("{}: no gold file found (expected dates.jsonl, quotes.jsonl or casualties.jsonl)", dir.display())]
    NoGold {
        /// The folder.
        dir: PathBuf,
    },
}

/// Precision, recall and F1, each rounded to 4 decimals as `score.py` does.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Prf {
    /// Precision: matches / predictions (0 when there is no prediction).
    pub p: f64,
    /// Recall: matches / gold items (0 when there is no gold item).
    pub r: f64,
    /// Harmonic mean of the unrounded P and R (0 when both are 0).
    pub f1: f64,
}

impl Prf {
    /// P, R and F1 of `matches` correct predictions out of `pred` predictions
    /// and `gold` gold items, computed and rounded like `score.py`'s `prf`.
    pub fn new(matches: usize, pred: usize, gold: usize) -> Prf {
        let (m, np, ng) = (matches as f64, pred as f64, gold as f64);
        let p = if pred > 0 { m / np } else { 0.0 };
        let r = if gold > 0 { m / ng } else { 0.0 };
        let f1 = if p + r != 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        Prf {
            p: round4(p),
            r: round4(r),
            f1: round4(f1),
        }
    }
}

/// Scores of the `dates` task (TempEval-3 conventions).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DateScores {
    /// Number of gold TIMEX3 expressions.
    pub gold: usize,
    /// Number of predicted expressions (in articles that have gold).
    pub pred: usize,
    /// Identical spans.
    pub strict: Prf,
    /// Overlapping spans.
    pub relaxed: Prf,
    /// Overlapping spans whose types are equal (case-insensitively).
    #[serde(rename = "type")]
    pub r#type: Prf,
    /// Overlapping spans whose values are equal (case-insensitively).
    pub value: Prf,
}

/// Scores of the `quotes` task on one subset (all quotes, or direct ones).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuoteSubset {
    /// Number of gold quotes in the subset.
    pub gold: usize,
    /// Number of predictions in the subset.
    pub pred: usize,
    /// Equal content after trimming white space, quotation marks and `.,;:`.
    pub strict: Prf,
    /// Content spans overlapping by at least half of each span.
    pub relaxed: Prf,
    /// Share of relaxed pairs whose speaker is right (0 when there is none).
    pub speaker_acc: f64,
}

/// Scores of the `quotes` task.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuoteScores {
    /// Over every gold quote and every prediction.
    pub all: QuoteSubset,
    /// Over direct gold quotes and predictions of kind `direct` or
    /// `unmarked` that do not match a reported gold quote.
    pub direct: QuoteSubset,
}

/// Figure-level scores of the `casualties` task.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FigureScores {
    /// Number of gold figures with a span.
    pub gold: usize,
    /// Number of predicted figures, in articles that have gold figure spans.
    pub pred: usize,
    /// Precision.
    pub p: f64,
    /// Recall.
    pub r: f64,
    /// F1.
    pub f1: f64,
}

/// Scores of the `casualties` task.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CasualtyScores {
    /// Figures: overlapping spans with equal `kind` and `count`.
    pub figures: FigureScores,
    /// Share of articles with a gold killed total whose predicted total
    /// (missing = 0) equals it; `None` when no article has one.
    pub killed_acc: Option<f64>,
    /// Number of articles with a gold killed total.
    pub killed_docs: usize,
    /// The same for injured.
    pub injured_acc: Option<f64>,
    /// Number of articles with a gold injured total.
    pub injured_docs: usize,
}

/// The scores of one task. Serializes (untagged) as the very JSON object
/// `score.py` prints for that task.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Scores {
    /// `dates` scores.
    Dates(DateScores),
    /// `quotes` scores.
    Quotes(QuoteScores),
    /// `casualties` scores.
    Casualties(CasualtyScores),
}

/// The result of scoring one gold file.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TaskReport {
    /// The task scored.
    pub task: Task,
    /// The gold file used.
    pub gold: PathBuf,
    /// The scores.
    pub scores: Scores,
    /// How many gold articles were scored (those of the chosen fold only).
    pub gold_docs: usize,
    /// How many of them had a prediction record (same id). Fewer than
    /// `gold_docs` usually means the predictions come from another corpus or
    /// an interrupted run: the missing articles score as empty predictions.
    pub predicted_docs: usize,
}

// ---------------------------------------------------------------------------
// Options: folds
// ---------------------------------------------------------------------------

/// Which fold of a corpus an article belongs to when the corpus is cut into
/// `k` folds: a fixed hash of its id (64-bit FNV-1a), modulo `k`, 0-based.
///
/// The assignment depends on the id alone, so it is the same on every machine
/// and run, for gold and predictions alike, and an article keeps its fold when
/// others are added to the corpus. `k = 2` gives the two halves used to fit a
/// rule on one half and check it on the other.
///
/// ```
/// use newsfacts_eval::fold_of;
/// assert_eq!(fold_of("article-7", 2), fold_of("article-7", 2));
/// assert!(fold_of("article-7", 5) < 5);
/// ```
pub fn fold_of(id: &str, k: usize) -> usize {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let hash = id
        .bytes()
        .fold(OFFSET, |h, b| (h ^ u64::from(b)).wrapping_mul(PRIME));
    // k is small; widening usize -> u64 and back cannot lose a remainder < k.
    (hash % k.max(1) as u64) as usize
}

/// One fold of a corpus cut by [`fold_of`]: `index` (1-based) of `of`.
/// Written and parsed as `INDEX/OF`, e.g. `1/2` (the first half) or `3/5`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fold {
    /// Which fold, from 1 to `of`.
    pub index: usize,
    /// How many folds the corpus is cut into (at least 2).
    pub of: usize,
}

impl Fold {
    /// Whether the article `id` belongs to this fold.
    pub fn contains(&self, id: &str) -> bool {
        fold_of(id, self.of) + 1 == self.index
    }
}

impl fmt::Display for Fold {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.of)
    }
}

impl FromStr for Fold {
    type Err = String;

    fn from_str(s: &str) -> Result<Fold, String> {
        let bad = || format!("bad fold `{s}`: expected INDEX/FOLDS, e.g. 1/2 or 3/5");
        let (i, k) = s.split_once('/').ok_or_else(bad)?;
        let index: usize = i.trim().parse().map_err(|_| bad())?;
        let of: usize = k.trim().parse().map_err(|_| bad())?;
        if of < 2 || index == 0 || index > of {
            return Err(format!(
                "bad fold `{s}`: the index runs from 1 to the number of folds, which is at least 2"
            ));
        }
        Ok(Fold { index, of })
    }
}

/// Options of [`evaluate_with`] and [`evaluate_dir_with`]. Build with
/// `EvalOptions::default()` and set the fields you need; new options are
/// added as fields with a default that keeps today's scores.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct EvalOptions {
    /// Score only the gold articles of this fold (`None`: all of them).
    pub fold: Option<Fold>,
    /// Casualties: compare victims only. Every document total, gold and
    /// predicted, is taken less the attackers it counts, where the record
    /// says how many (`killed_perpetrators` / `injured_perpetrators` in the
    /// corpus format, `casualties.totals.perpetrators.killed` / `.injured`
    /// in newsfacts output; nothing is taken when a record gives none). For
    /// corpora that count victims only, as GVDB does, while newsfacts'
    /// totals count attackers too. Default `false`: totals as written.
    pub victims_only: bool,
}

// ---------------------------------------------------------------------------
// In-memory documents
// ---------------------------------------------------------------------------

/// A temporal expression, gold or predicted. Offsets are characters.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timex {
    /// Start offset (characters).
    pub start: i64,
    /// End offset (characters, exclusive).
    pub end: i64,
    /// TIMEX3 type (`DATE`, `TIME`, `DURATION`, `SET`); `None` reads as "".
    pub r#type: Option<String>,
    /// TIMEX3 value as Python's `str()` would print it; `None` reads as `"None"`.
    pub value: Option<String>,
}

/// The temporal expressions of one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocTimexes {
    /// Article id.
    pub id: String,
    /// Its expressions.
    pub timexes: Vec<Timex>,
}

/// A quote, gold or predicted. Offsets are characters.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Quote {
    /// Start of the content span.
    pub start: i64,
    /// End of the content span (exclusive).
    pub end: i64,
    /// Gold: verbatim speech. Unused for predictions.
    pub direct: bool,
    /// Predictions: `direct`, `unmarked` or `reported`; a missing kind counts
    /// as direct.
    pub kind: Option<String>,
    /// The speaker's name (gold: as annotated; predictions: resolved name).
    pub speaker: Option<String>,
    /// Predictions: the speaker mention as written.
    pub speaker_text: Option<String>,
    /// Start of the speaker mention, if known.
    pub speaker_start: Option<i64>,
    /// End of the speaker mention (exclusive), if known.
    pub speaker_end: Option<i64>,
}

/// The quotes of one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocQuotes {
    /// Article id.
    pub id: String,
    /// Its quotes.
    pub quotes: Vec<Quote>,
}

/// A casualty figure, gold or predicted. Offsets are characters.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figure {
    /// Start offset; gold figures without one are not scored.
    pub start: Option<i64>,
    /// End offset (exclusive).
    pub end: Option<i64>,
    /// `killed`, `injured`, `missing` or `displaced` (compared exactly).
    pub kind: Value,
    /// The number (compared with Python equality: `3 == 3.0`).
    pub count: Value,
}

/// The casualty figures and totals of one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocCasualties {
    /// Article id.
    pub id: String,
    /// Its figures.
    pub figures: Vec<Figure>,
    /// Killed total; `Null` when unknown (gold) or missing (prediction: 0).
    pub killed: Value,
    /// Injured total, likewise.
    pub injured: Value,
}

// ---------------------------------------------------------------------------
// Matching and scoring
// ---------------------------------------------------------------------------

/// One-to-one greedy pairing, `score.py`'s `match`.
///
/// `admit(i, j)` returns the overlap of gold `i` and prediction `j` when they
/// may be paired, `None` otherwise. Candidates `(overlap, i, j)` are taken in
/// descending tuple order — largest overlap first, then the largest gold
/// index, then the largest prediction index — when neither side is used yet.
/// Returns the `(gold, prediction)` index pairs in the order taken.
pub fn greedy_match(
    n_gold: usize,
    n_pred: usize,
    mut admit: impl FnMut(usize, usize) -> Option<i128>,
) -> Vec<(usize, usize)> {
    let mut cands = Vec::new();
    for i in 0..n_gold {
        for j in 0..n_pred {
            if let Some(o) = admit(i, j) {
                cands.push((o, i, j));
            }
        }
    }
    cands.sort_unstable_by(|a, b| b.cmp(a));
    let mut used_g = vec![false; n_gold];
    let mut used_p = vec![false; n_pred];
    let mut pairs = Vec::new();
    for (_, i, j) in cands {
        if let (Some(false), Some(false)) = (used_g.get(i).copied(), used_p.get(j).copied()) {
            used_g[i] = true;
            used_p[j] = true;
            pairs.push((i, j));
        }
    }
    pairs
}

/// Overlap in characters of `[s1, e1)` and `[s2, e2)` (0 when disjoint).
fn overlap(s1: i64, e1: i64, s2: i64, e2: i64) -> i128 {
    (i128::from(e1.min(e2)) - i128::from(s1.max(s2))).max(0)
}

/// Gold documents deduplicated by id, the last record winning (what a Python
/// dict built from the file holds; the order does not matter for sums).
fn dedup<T>(docs: &[T], id: impl Fn(&T) -> &str) -> Vec<&T> {
    let mut last: HashMap<&str, usize> = HashMap::new();
    for (k, d) in docs.iter().enumerate() {
        last.insert(id(d), k);
    }
    docs.iter()
        .enumerate()
        .filter(|&(k, d)| last.get(id(d)) == Some(&k))
        .map(|(_, d)| d)
        .collect()
}

/// Prediction documents by id, the last record winning.
fn by_id<T>(docs: &[T], id: impl Fn(&T) -> &str) -> HashMap<&str, &T> {
    let mut m = HashMap::new();
    for d in docs {
        m.insert(id(d), d);
    }
    m
}

/// Scores predicted temporal expressions against gold ones (`score.py dates`).
///
/// Only articles present in `gold` count; an article without predictions
/// has none. Type and value correctness are judged on the relaxed pairs.
pub fn score_dates(gold: &[DocTimexes], pred: &[DocTimexes]) -> DateScores {
    let preds = by_id(pred, |d| d.id.as_str());
    let (mut n_g, mut n_p, mut strict, mut relaxed, mut typ, mut val) = (0, 0, 0, 0, 0, 0);
    for g in dedup(gold, |d| d.id.as_str()) {
        let gs = &g.timexes;
        let ps: &[Timex] = preds.get(g.id.as_str()).map_or(&[], |d| &d.timexes);
        n_g += gs.len();
        n_p += ps.len();
        strict += greedy_match(gs.len(), ps.len(), |i, j| {
            let (a, b) = (gs.get(i)?, ps.get(j)?);
            (a.start == b.start && a.end == b.end).then(|| overlap(a.start, a.end, b.start, b.end))
        })
        .len();
        let pairs = greedy_match(gs.len(), ps.len(), |i, j| {
            let (a, b) = (gs.get(i)?, ps.get(j)?);
            Some(overlap(a.start, a.end, b.start, b.end)).filter(|&o| o > 0)
        });
        relaxed += pairs.len();
        for (a, b) in pairs
            .iter()
            .filter_map(|&(i, j)| Some((gs.get(i)?, ps.get(j)?)))
        {
            let t = |x: &Timex| x.r#type.as_deref().unwrap_or("").to_uppercase();
            let v = |x: &Timex| x.value.as_deref().unwrap_or("None").to_uppercase();
            typ += usize::from(t(a) == t(b));
            val += usize::from(v(a) == v(b));
        }
    }
    DateScores {
        gold: n_g,
        pred: n_p,
        strict: Prf::new(strict, n_p, n_g),
        relaxed: Prf::new(relaxed, n_p, n_g),
        r#type: Prf::new(typ, n_p, n_g),
        value: Prf::new(val, n_p, n_g),
    }
}

/// The characters `score.py` trims from both ends of a quote before a
/// strict comparison: white space, straight and curly quotation marks,
/// guillemets, and `.,;:`.
pub const QUOTE_TRIM: &[char] = &[
    ' ', '\t', '\n', '"', '\'', '\u{201c}', '\u{201d}', '\u{2018}', '\u{2019}', '\u{ab}', '\u{bb}',
    '\u{201e}', '.', ',', ';', ':',
];

/// `score.py`'s `q_relaxed`: the spans overlap by at least half of each.
fn quote_relaxed(a: &Quote, b: &Quote) -> Option<i128> {
    let o = overlap(a.start, a.end, b.start, b.end);
    let len = |q: &Quote| i128::from(q.end) - i128::from(q.start);
    (o > 0 && o * 2 >= len(a) && o * 2 >= len(b)).then_some(o)
}

/// The overlap of gold quote `gold` and prediction `pred` when they match
/// under the relaxed rule (content spans overlapping by at least half of
/// each span's length), `None` otherwise: what [`score_quotes`] pairs them
/// by, for tools that label predictions as the scorer would (the quotes
/// ranker's training command).
pub fn relaxed_overlap(gold: &Quote, pred: &Quote) -> Option<i128> {
    quote_relaxed(gold, pred)
}

/// True when `pred`'s speaker counts as right for the gold quote `gold`, as
/// [`score_quotes`] decides for a relaxed pair (the speaker spans overlap,
/// or the gold speaker's last word is a word of the predicted name).
pub fn speaker_correct(gold: &Quote, pred: &Quote) -> bool {
    speaker_ok(gold, pred)
}

/// Python's `str.split()` on white space (which, unlike Rust's, includes the
/// ASCII separators U+001C..U+001F).
fn py_words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c))
        .filter(|w| !w.is_empty())
}

/// `score.py`'s `speaker_ok`: the speaker spans overlap, or the gold
/// speaker's last word is one of the predicted name's words (case-insensitive,
/// ignoring `.` and `,` around words).
fn speaker_ok(g: &Quote, p: &Quote) -> bool {
    let spans = (
        g.speaker_start,
        p.speaker_start,
        g.speaker_end,
        p.speaker_end,
    );
    if matches!(spans, (Some(gs), Some(ps), Some(ge), Some(pe)) if ge.min(pe) > gs.max(ps)) {
        return true;
    }
    let strip = |w: &str| w.trim_matches(['.', ',']).to_string();
    let Some(last) = py_words(g.speaker.as_deref().unwrap_or("")).last() else {
        return false;
    };
    let last = strip(&last.to_lowercase());
    let name = format!(
        "{} {}",
        p.speaker.as_deref().unwrap_or(""),
        p.speaker_text.as_deref().unwrap_or("")
    )
    .to_lowercase();
    py_words(&name).any(|w| strip(w) == last)
}

/// Python's `text[start:end]` on character offsets (negative offsets count
/// from the end, out-of-range offsets are clamped).
fn py_slice<'a>(text: &'a str, idx: &CharIndex, start: i64, end: i64) -> &'a str {
    let n = i128::try_from(idx.char_len()).unwrap_or(i128::MAX);
    let clamp = |x: i64| {
        let x = i128::from(x);
        let x = if x < 0 { x + n } else { x };
        usize::try_from(x.clamp(0, n)).unwrap_or(0)
    };
    let (s, e) = (clamp(start), clamp(end));
    if e <= s {
        return "";
    }
    match (idx.byte_of_char(s), idx.byte_of_char(e)) {
        (Some(bs), Some(be)) => text.get(bs..be).unwrap_or(""),
        _ => "",
    }
}

/// Scores predicted quotes against gold ones (`score.py quotes`).
///
/// `texts` maps article ids to their text; strict matching compares the
/// trimmed text under each span (an article without text compares empty
/// strings, as `score.py` does).
pub fn score_quotes(
    gold: &[DocQuotes],
    pred: &[DocQuotes],
    texts: &HashMap<String, String>,
) -> QuoteScores {
    let preds = by_id(pred, |d| d.id.as_str());
    let golds = dedup(gold, |d| d.id.as_str());
    let mut acc = [[0usize; 5]; 2]; // [all, direct] x [gold, pred, relaxed, strict, speaker]
    for g in golds {
        let text = texts.get(&g.id).map_or("", String::as_str);
        let idx = CharIndex::new(text);
        let ps_all: &[Quote] = preds.get(g.id.as_str()).map_or(&[], |d| &d.quotes);
        let reported: Vec<&Quote> = g.quotes.iter().filter(|q| !q.direct).collect();
        let subsets: [(Vec<&Quote>, Vec<&Quote>); 2] = [
            (g.quotes.iter().collect(), ps_all.iter().collect()),
            (
                g.quotes.iter().filter(|q| q.direct).collect(),
                ps_all
                    .iter()
                    .filter(|p| p.kind.as_deref() != Some("reported"))
                    .filter(|p| !reported.iter().any(|r| quote_relaxed(r, p).is_some()))
                    .collect(),
            ),
        ];
        for ((gs, ps), acc) in subsets.iter().zip(acc.iter_mut()) {
            acc[0] += gs.len();
            acc[1] += ps.len();
            let pairs = greedy_match(gs.len(), ps.len(), |i, j| {
                quote_relaxed(gs.get(i)?, ps.get(j)?)
            });
            acc[2] += pairs.len();
            acc[4] += pairs
                .iter()
                .filter(|&&(i, j)| matches!((gs.get(i), ps.get(j)), (Some(a), Some(b)) if speaker_ok(a, b)))
                .count();
            let norm = |q: &&Quote| py_slice(text, &idx, q.start, q.end).trim_matches(QUOTE_TRIM);
            let gn: Vec<&str> = gs.iter().map(norm).collect();
            let pn: Vec<&str> = ps.iter().map(norm).collect();
            acc[3] += greedy_match(gs.len(), ps.len(), |i, j| {
                let (a, b) = (gs.get(i)?, ps.get(j)?);
                (gn.get(i)? == pn.get(j)?).then(|| overlap(a.start, a.end, b.start, b.end))
            })
            .len();
        }
    }
    let subset = |a: &[usize; 5]| QuoteSubset {
        gold: a[0],
        pred: a[1],
        strict: Prf::new(a[3], a[1], a[0]),
        relaxed: Prf::new(a[2], a[1], a[0]),
        speaker_acc: if a[2] > 0 {
            round4(a[4] as f64 / a[2] as f64)
        } else {
            0.0
        },
    };
    QuoteScores {
        all: subset(&acc[0]),
        direct: subset(&acc[1]),
    }
}

/// Python truthiness of a JSON value.
fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|x| x != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// A number (or boolean, as Python treats `True == 1`) as an exact integer
/// when it is one.
fn as_int(v: &Value) -> Option<i128> {
    match v {
        Value::Bool(b) => Some(i128::from(*b)),
        Value::Number(n) => n
            .as_i64()
            .map(i128::from)
            .or_else(|| n.as_u64().map(i128::from)),
        _ => None,
    }
}

/// Python `==` between two values decoded from JSON.
fn py_eq(a: &Value, b: &Value) -> bool {
    let numeric = |v: &Value| matches!(v, Value::Number(_) | Value::Bool(_));
    if numeric(a) && numeric(b) {
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            return x == y;
        }
        let f = |v: &Value| match v {
            Value::Bool(b) => Some(f64::from(u8::from(*b))),
            Value::Number(n) => n.as_f64(),
            _ => None,
        };
        return f(a) == f(b);
    }
    a == b
}

/// Scores predicted casualty figures and totals (`score.py casualties`).
///
/// Figures are scored only in articles with gold figure spans (predictions
/// elsewhere are not counted); totals over articles whose gold total is
/// not null, a missing or null prediction counting as 0.
pub fn score_casualties(gold: &[DocCasualties], pred: &[DocCasualties]) -> CasualtyScores {
    let preds = by_id(pred, |d| d.id.as_str());
    let (mut n_g, mut n_p, mut m) = (0, 0, 0);
    let mut docs = [[0usize; 2]; 2]; // [killed, injured] x [correct, docs]
    let zero = Value::from(0);
    for g in dedup(gold, |d| d.id.as_str()) {
        let gs: Vec<&Figure> = g.figures.iter().filter(|f| f.start.is_some()).collect();
        let pr = preds.get(g.id.as_str());
        let ps: &[Figure] = pr.map_or(&[], |d| &d.figures);
        if !gs.is_empty() {
            n_g += gs.len();
            n_p += ps.len();
            m += greedy_match(gs.len(), ps.len(), |i, j| {
                let (a, b) = (gs.get(i)?, ps.get(j)?);
                let o = overlap(a.start?, a.end?, b.start?, b.end?);
                (o > 0 && py_eq(&a.kind, &b.kind) && py_eq(&a.count, &b.count)).then_some(o)
            })
            .len();
        }
        let totals = [
            (&g.killed, pr.map(|d| &d.killed)),
            (&g.injured, pr.map(|d| &d.injured)),
        ];
        for ((gold_total, pred_total), d) in totals.into_iter().zip(docs.iter_mut()) {
            if gold_total.is_null() {
                continue;
            }
            d[1] += 1;
            let p = pred_total.filter(|v| truthy(v)).unwrap_or(&zero);
            d[0] += usize::from(py_eq(p, gold_total));
        }
    }
    let prf = Prf::new(m, n_p, n_g);
    let share = |d: &[usize; 2]| (d[1] > 0).then(|| round4(d[0] as f64 / d[1] as f64));
    CasualtyScores {
        figures: FigureScores {
            gold: n_g,
            pred: n_p,
            p: prf.p,
            r: prf.r,
            f1: prf.f1,
        },
        killed_acc: share(&docs[0]),
        killed_docs: docs[0][1],
        injured_acc: share(&docs[1]),
        injured_docs: docs[1][1],
    }
}

/// Python's `round(x, 4)`: Rust's fixed-precision formatting is correctly
/// rounded with ties to even on the exact binary value, as Python's is.
fn round4(x: f64) -> f64 {
    format!("{x:.4}").parse().unwrap_or(x)
}

// ---------------------------------------------------------------------------
// Reading files
// ---------------------------------------------------------------------------

/// Calls `f(line_number, object)` for every non-blank line of a JSON Lines
/// file, reading one line at a time.
fn for_each_record(
    path: &Path,
    mut f: impl FnMut(u64, Map<String, Value>) -> Result<(), EvalError>,
) -> Result<(), EvalError> {
    let io = |source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = File::open(path).map_err(io)?;
    // `newsfacts run -o pred.jsonl.gz` writes gzip: read it as written.
    let gzip = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"));
    let mut reader: Box<dyn BufRead> = if gzip {
        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(file)))
    } else {
        Box::new(BufReader::new(file))
    };
    let mut buf = Vec::new();
    let mut line = 0u64;
    loop {
        buf.clear();
        if reader.read_until(b'\n', &mut buf).map_err(io)? == 0 {
            return Ok(());
        }
        line += 1;
        let text = std::str::from_utf8(&buf).map_err(|e| EvalError::Record {
            path: path.to_path_buf(),
            line,
            message: format!("not valid UTF-8 ({e})"),
        })?;
        if text.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(text) {
            Ok(Value::Object(obj)) => f(line, obj)?,
            Ok(_) => {
                return Err(EvalError::Record {
                    path: path.to_path_buf(),
                    line,
                    message: "expected a JSON object".into(),
                });
            }
            Err(source) => {
                return Err(EvalError::Json {
                    path: path.to_path_buf(),
                    line,
                    source,
                });
            }
        }
    }
}

/// Where a record came from, for error messages.
struct At<'a> {
    path: &'a Path,
    line: u64,
}

impl At<'_> {
    fn err(&self, message: impl Into<String>) -> EvalError {
        EvalError::Record {
            path: self.path.to_path_buf(),
            line: self.line,
            message: message.into(),
        }
    }
}

/// The id of a record: a string as is, another non-null value as its JSON
/// text; `None` for a null id.
fn record_id(obj: &Map<String, Value>, at: &At<'_>) -> Result<Option<String>, EvalError> {
    match obj.get("id") {
        None => Err(at.err("record has no `id`")),
        Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(v) => Ok(Some(v.to_string())),
    }
}

/// The id under which a gold record with a null id is kept (no prediction
/// can have it: predictions with a null id are skipped).
const NULL_GOLD_ID: &str = "\u{0}null";

/// A JSON array found at `key` in `obj` (null or missing: empty).
fn items<'a>(
    obj: &'a Map<String, Value>,
    key: &str,
    at: &At<'_>,
) -> Result<&'a [Value], EvalError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(a)) => Ok(a),
        Some(_) => Err(at.err(format!("`{key}` must be an array"))),
    }
}

/// The item list of a record for a task, in either accepted shape.
fn task_items<'a>(
    task: Task,
    obj: &'a Map<String, Value>,
    at: &At<'_>,
) -> Result<&'a [Value], EvalError> {
    match task {
        Task::Dates if obj.contains_key("timexes") => items(obj, "timexes", at),
        Task::Dates => items(obj, "dates", at),
        Task::Quotes => items(obj, "quotes", at),
        Task::Casualties if obj.contains_key("figures") => items(obj, "figures", at),
        Task::Casualties => match obj.get("casualties") {
            Some(Value::Object(c)) => items(c, "figures", at),
            None | Some(Value::Null) => Ok(&[]),
            Some(_) => Err(at.err("`casualties` must be an object")),
        },
    }
}

/// A document total (`killed` / `injured`) in either accepted shape.
fn total(obj: &Map<String, Value>, key: &str) -> Value {
    if let Some(v) = obj.get(key) {
        return v.clone();
    }
    obj.get("casualties")
        .and_then(|c| c.get("totals"))
        .and_then(|t| t.get(key))
        .cloned()
        .unwrap_or(Value::Null)
}

/// How many attackers a document total (`killed` / `injured`) counts, in
/// either accepted shape: `<kind>_perpetrators` or
/// `casualties.totals.perpetrators.<kind>`; `Null` when not given.
fn perpetrators(obj: &Map<String, Value>, kind: &str) -> Value {
    if let Some(v) = obj.get(&format!("{kind}_perpetrators")) {
        return v.clone();
    }
    obj.get("casualties")
        .and_then(|c| c.get("totals"))
        .and_then(|t| t.get("perpetrators"))
        .and_then(|p| p.get(kind))
        .cloned()
        .unwrap_or(Value::Null)
}

/// `total - perpetrators` when both are numbers (integers stay integers),
/// else `total` unchanged.
fn less(total: &Value, perpetrators: &Value) -> Value {
    match (total, perpetrators) {
        (Value::Number(t), Value::Number(p)) => match (t.as_i64(), p.as_i64()) {
            (Some(t), Some(p)) => Value::from(t.saturating_sub(p)),
            _ => match (t.as_f64(), p.as_f64()) {
                (Some(t), Some(p)) => {
                    serde_json::Number::from_f64(t - p).map_or_else(|| total.clone(), Value::Number)
                }
                _ => total.clone(),
            },
        },
        _ => total.clone(),
    }
}

/// Converts one offset of a record's item, in place: bytes → characters.
struct ByteConverter<'a> {
    idx: &'a CharIndex,
    id: &'a str,
    path: &'a Path,
    line: u64,
}

impl ByteConverter<'_> {
    fn convert_item(&self, item: &mut Value) -> Result<(), EvalError> {
        let Value::Object(obj) = item else {
            return Ok(());
        };
        for key in ["start", "end", "speaker_start", "speaker_end"] {
            let Some(v) = obj.get_mut(key) else { continue };
            if v.is_null() {
                continue;
            }
            let ch = v
                .as_u64()
                .and_then(|b| usize::try_from(b).ok())
                .and_then(|b| self.idx.char_of_byte(b))
                .ok_or_else(|| EvalError::ByteOffset {
                    path: self.path.to_path_buf(),
                    line: self.line,
                    id: self.id.to_string(),
                    reason: format!(
                        "`{key}` = {v} is not a byte offset on a character boundary of its {}-byte text",
                        self.idx.byte_len()
                    ),
                })?;
            *v = Value::from(ch);
        }
        Ok(())
    }
}

/// Converts every item offset of a record with `"offsets": "bytes"` to
/// characters, in place.
fn convert_record(
    task: Task,
    obj: &mut Map<String, Value>,
    conv: &ByteConverter<'_>,
) -> Result<(), EvalError> {
    let list = match task {
        Task::Dates if obj.contains_key("timexes") => obj.get_mut("timexes"),
        Task::Dates => obj.get_mut("dates"),
        Task::Quotes => obj.get_mut("quotes"),
        Task::Casualties if obj.contains_key("figures") => obj.get_mut("figures"),
        Task::Casualties => obj.get_mut("casualties").and_then(|c| c.get_mut("figures")),
    };
    if let Some(Value::Array(list)) = list {
        for item in list {
            conv.convert_item(item)?;
        }
    }
    Ok(())
}

/// An integer offset field of an item (`None` when missing or null).
fn int_field(
    item: &Map<String, Value>,
    key: &str,
    at: &At<'_>,
    n: usize,
) -> Result<Option<i64>, EvalError> {
    match item.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_i64()
            .map(Some)
            .ok_or_else(|| at.err(format!("item {n}: `{key}` must be an integer, not {v}"))),
    }
}

/// A required integer offset field.
fn req_int(item: &Map<String, Value>, key: &str, at: &At<'_>, n: usize) -> Result<i64, EvalError> {
    int_field(item, key, at, n)?.ok_or_else(|| at.err(format!("item {n}: `{key}` is missing")))
}

/// Python's `str()` of a JSON value (for strings, the string itself).
fn py_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        other => other.to_string(),
    }
}

/// A string field: `None` when missing, null or not a string.
fn str_field(item: &Map<String, Value>, key: &str) -> Option<String> {
    item.get(key).and_then(Value::as_str).map(str::to_string)
}

fn as_object<'a>(v: &'a Value, at: &At<'_>, n: usize) -> Result<&'a Map<String, Value>, EvalError> {
    v.as_object()
        .ok_or_else(|| at.err(format!("item {n} must be a JSON object")))
}

fn parse_timex(v: &Value, at: &At<'_>, n: usize) -> Result<Timex, EvalError> {
    let o = as_object(v, at, n)?;
    Ok(Timex {
        start: req_int(o, "start", at, n)?,
        end: req_int(o, "end", at, n)?,
        // `(a.get("type") or "")`: a falsy type reads as "".
        r#type: o.get("type").filter(|t| truthy(t)).map(py_str),
        // `str(a.get("value"))`: null reads as "None".
        value: o.get("value").filter(|v| !v.is_null()).map(py_str),
    })
}

fn parse_quote(v: &Value, at: &At<'_>, n: usize) -> Result<Quote, EvalError> {
    let o = as_object(v, at, n)?;
    Ok(Quote {
        start: req_int(o, "start", at, n)?,
        end: req_int(o, "end", at, n)?,
        direct: o.get("direct").is_some_and(truthy),
        kind: str_field(o, "kind"),
        speaker: str_field(o, "speaker"),
        speaker_text: str_field(o, "speaker_text"),
        speaker_start: int_field(o, "speaker_start", at, n)?,
        speaker_end: int_field(o, "speaker_end", at, n)?,
    })
}

fn parse_figure(v: &Value, at: &At<'_>, n: usize) -> Result<Figure, EvalError> {
    let o = as_object(v, at, n)?;
    Ok(Figure {
        start: int_field(o, "start", at, n)?,
        end: int_field(o, "end", at, n)?,
        kind: o.get("kind").cloned().unwrap_or(Value::Null),
        count: o.get("count").cloned().unwrap_or(Value::Null),
    })
}

/// The documents of one file, in the in-memory form of its task.
enum Docs {
    Dates(Vec<DocTimexes>),
    Quotes(Vec<DocQuotes>),
    Casualties(Vec<DocCasualties>),
}

impl Docs {
    fn new(task: Task) -> Docs {
        match task {
            Task::Dates => Docs::Dates(Vec::new()),
            Task::Quotes => Docs::Quotes(Vec::new()),
            Task::Casualties => Docs::Casualties(Vec::new()),
        }
    }

    /// Parses a record's items and adds the document.
    fn push(
        &mut self,
        task: Task,
        id: String,
        obj: &Map<String, Value>,
        at: &At<'_>,
        options: &EvalOptions,
    ) -> Result<(), EvalError> {
        let list = task_items(task, obj, at)?;
        match self {
            Docs::Dates(v) => {
                let timexes = list
                    .iter()
                    .enumerate()
                    .map(|(n, x)| parse_timex(x, at, n))
                    .collect::<Result<_, _>>()?;
                v.push(DocTimexes { id, timexes });
            }
            Docs::Quotes(v) => {
                let quotes = list
                    .iter()
                    .enumerate()
                    .map(|(n, x)| parse_quote(x, at, n))
                    .collect::<Result<_, _>>()?;
                v.push(DocQuotes { id, quotes });
            }
            Docs::Casualties(v) => {
                let figures = list
                    .iter()
                    .enumerate()
                    .map(|(n, x)| parse_figure(x, at, n))
                    .collect::<Result<_, _>>()?;
                let total = |kind: &str| {
                    let t = total(obj, kind);
                    if options.victims_only {
                        less(&t, &perpetrators(obj, kind))
                    } else {
                        t
                    }
                };
                v.push(DocCasualties {
                    id,
                    figures,
                    killed: total("killed"),
                    injured: total("injured"),
                });
            }
        }
        Ok(())
    }

    fn dates(&self) -> &[DocTimexes] {
        if let Docs::Dates(v) = self { v } else { &[] }
    }

    fn quotes(&self) -> &[DocQuotes] {
        if let Docs::Quotes(v) = self { v } else { &[] }
    }

    fn casualties(&self) -> &[DocCasualties] {
        if let Docs::Casualties(v) = self {
            v
        } else {
            &[]
        }
    }

    /// Keeps the documents whose id passes `keep`.
    fn retain(&mut self, keep: impl Fn(&str) -> bool) {
        match self {
            Docs::Dates(v) => v.retain(|d| keep(&d.id)),
            Docs::Quotes(v) => v.retain(|d| keep(&d.id)),
            Docs::Casualties(v) => v.retain(|d| keep(&d.id)),
        }
    }

    fn ids(&self) -> HashSet<String> {
        match self {
            Docs::Dates(v) => v.iter().map(|d| d.id.clone()).collect(),
            Docs::Quotes(v) => v.iter().map(|d| d.id.clone()).collect(),
            Docs::Casualties(v) => v.iter().map(|d| d.id.clone()).collect(),
        }
    }
}

/// Reads a gold file.
fn load_gold(task: Task, path: &Path, options: &EvalOptions) -> Result<Docs, EvalError> {
    let mut docs = Docs::new(task);
    for_each_record(path, |line, obj| {
        let at = At { path, line };
        let id = record_id(&obj, &at)?.unwrap_or_else(|| NULL_GOLD_ID.to_string());
        docs.push(task, id, &obj, &at, options)
    })?;
    Ok(docs)
}

/// Reads the `text` of the articles of `articles.jsonl` whose id is in `ids`.
fn load_texts(path: &Path, ids: &HashSet<String>) -> Result<HashMap<String, String>, EvalError> {
    let mut texts = HashMap::new();
    for_each_record(path, |line, mut obj| {
        let at = At { path, line };
        let Some(id) = record_id(&obj, &at)? else {
            return Ok(());
        };
        if !ids.contains(&id) {
            return Ok(());
        }
        match obj.remove("text") {
            Some(Value::String(t)) => {
                texts.insert(id, t);
                Ok(())
            }
            _ => Err(at.err(format!("article `{id}` has no `text` string"))),
        }
    })?;
    Ok(texts)
}

/// The `articles.jsonl` beside a gold file.
fn articles_path(gold: &Path) -> PathBuf {
    gold.parent()
        .unwrap_or_else(|| Path::new(""))
        .join("articles.jsonl")
}

/// Scores the predictions in `predictions` against the gold file `gold` of
/// `task`, as `score.py TASK GOLD PRED` does.
///
/// Predictions may be corpus records or newsfacts output records (see the
/// module documentation); those for articles absent from the gold file are
/// ignored. Quote scoring, and predictions with byte offsets, need the
/// `articles.jsonl` beside the gold file.
pub fn evaluate(task: Task, gold: &Path, predictions: &Path) -> Result<TaskReport, EvalError> {
    evaluate_with(task, gold, predictions, &EvalOptions::default())
}

/// [`evaluate`] with options: a fold of the corpus, ...
pub fn evaluate_with(
    task: Task,
    gold: &Path,
    predictions: &Path,
    options: &EvalOptions,
) -> Result<TaskReport, EvalError> {
    let mut gold_docs = load_gold(task, gold, options)?;
    if let Some(fold) = options.fold {
        gold_docs.retain(|id| fold.contains(id));
    }
    let ids = gold_docs.ids();
    let articles = articles_path(gold);
    let mut texts: Option<HashMap<String, String>> = None;
    if task == Task::Quotes {
        if !articles.is_file() {
            return Err(EvalError::ArticlesMissing { path: articles });
        }
        texts = Some(load_texts(&articles, &ids)?);
    }
    let mut pred_docs = Docs::new(task);
    for_each_record(predictions, |line, mut obj| {
        let at = At {
            path: predictions,
            line,
        };
        let Some(id) = record_id(&obj, &at)? else {
            return Ok(());
        };
        if !ids.contains(&id) {
            return Ok(());
        }
        if obj.get("offsets").and_then(Value::as_str) == Some("bytes") {
            if texts.is_none() {
                if !articles.is_file() {
                    return Err(EvalError::ByteOffsetsWithoutArticles {
                        path: predictions.to_path_buf(),
                        line,
                        articles: articles.clone(),
                    });
                }
                texts = Some(load_texts(&articles, &ids)?);
            }
            let text =
                texts
                    .as_ref()
                    .and_then(|t| t.get(&id))
                    .ok_or_else(|| EvalError::ByteOffset {
                        path: predictions.to_path_buf(),
                        line,
                        id: id.clone(),
                        reason: format!("the article is not in {}", articles.display()),
                    })?;
            let idx = CharIndex::new(text);
            let conv = ByteConverter {
                idx: &idx,
                id: &id,
                path: predictions,
                line,
            };
            convert_record(task, &mut obj, &conv)?;
        }
        pred_docs.push(task, id, &obj, &at, options)
    })?;
    // Both sides were built by `Docs::new(task)`, so the variants agree.
    let scores = match &gold_docs {
        Docs::Dates(g) => Scores::Dates(score_dates(g, pred_docs.dates())),
        Docs::Quotes(g) => Scores::Quotes(score_quotes(
            g,
            pred_docs.quotes(),
            &texts.unwrap_or_default(),
        )),
        Docs::Casualties(g) => Scores::Casualties(score_casualties(g, pred_docs.casualties())),
    };
    let predicted_ids = pred_docs.ids();
    let predicted_docs = ids.iter().filter(|id| predicted_ids.contains(*id)).count();
    if predicted_docs == 0 && !ids.is_empty() {
        return Err(EvalError::NoIdInCommon {
            predictions: predictions.to_path_buf(),
            gold: gold.to_path_buf(),
            gold_docs: ids.len(),
        });
    }
    Ok(TaskReport {
        task,
        gold: gold.to_path_buf(),
        scores,
        gold_docs: ids.len(),
        predicted_docs,
    })
}

/// Scores every gold file (dates.jsonl, quotes.jsonl, casualties.jsonl)
/// present in `gold_dir` against the same prediction file, in that order.
pub fn evaluate_dir(gold_dir: &Path, predictions: &Path) -> Result<Vec<TaskReport>, EvalError> {
    evaluate_dir_with(gold_dir, predictions, &EvalOptions::default())
}

/// [`evaluate_dir`] with options (see [`EvalOptions`]).
pub fn evaluate_dir_with(
    gold_dir: &Path,
    predictions: &Path,
    options: &EvalOptions,
) -> Result<Vec<TaskReport>, EvalError> {
    if !gold_dir.is_dir() {
        return Err(EvalError::Io {
            path: gold_dir.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "not a directory"),
        });
    }
    let reports = Task::ALL
        .into_iter()
        .map(|t| (t, gold_dir.join(t.gold_file_name())))
        .filter(|(_, p)| p.is_file())
        .map(|(t, p)| evaluate_with(t, &p, predictions, options))
        .collect::<Result<Vec<_>, _>>()?;
    if reports.is_empty() {
        return Err(EvalError::NoGold {
            dir: gold_dir.to_path_buf(),
        });
    }
    Ok(reports)
}

// ---------------------------------------------------------------------------
// Table
// ---------------------------------------------------------------------------

/// A human-readable table of the reports: one row per metric, with aligned
/// columns `task`, `metric`, `P`, `R`, `F1`, `acc` (accuracies), `gold` and
/// `pred` (counts; for document accuracies, `gold` is the number of
/// articles with a gold total). Ends with a newline.
pub fn render_table(reports: &[TaskReport]) -> String {
    let f = |x: f64| format!("{x:.4}");
    let mut rows: Vec<[String; 8]> =
        vec![["task", "metric", "P", "R", "F1", "acc", "gold", "pred"].map(String::from)];
    let prf_row = |task: &str, metric: &str, s: &Prf, gold: usize, pred: usize| {
        [
            task.into(),
            metric.into(),
            f(s.p),
            f(s.r),
            f(s.f1),
            String::new(),
            gold.to_string(),
            pred.to_string(),
        ]
    };
    let acc_row = |task: &str, metric: &str, acc: Option<f64>, gold: String| {
        let acc = acc.map_or_else(|| "-".to_string(), f);
        [
            task.into(),
            metric.into(),
            String::new(),
            String::new(),
            String::new(),
            acc,
            gold,
            String::new(),
        ]
    };
    for r in reports {
        let task = r.task.as_str();
        match &r.scores {
            Scores::Dates(d) => {
                for (name, s) in [
                    ("strict", &d.strict),
                    ("relaxed", &d.relaxed),
                    ("type", &d.r#type),
                    ("value", &d.value),
                ] {
                    rows.push(prf_row(task, name, s, d.gold, d.pred));
                }
            }
            Scores::Quotes(q) => {
                for (name, s) in [("all", &q.all), ("direct", &q.direct)] {
                    rows.push(prf_row(
                        task,
                        &format!("{name} strict"),
                        &s.strict,
                        s.gold,
                        s.pred,
                    ));
                    rows.push(prf_row(
                        task,
                        &format!("{name} relaxed"),
                        &s.relaxed,
                        s.gold,
                        s.pred,
                    ));
                    rows.push(acc_row(
                        task,
                        &format!("{name} speaker"),
                        Some(s.speaker_acc),
                        String::new(),
                    ));
                }
            }
            Scores::Casualties(c) => {
                let fig = Prf {
                    p: c.figures.p,
                    r: c.figures.r,
                    f1: c.figures.f1,
                };
                rows.push(prf_row(
                    task,
                    "figures",
                    &fig,
                    c.figures.gold,
                    c.figures.pred,
                ));
                rows.push(acc_row(
                    task,
                    "killed total",
                    c.killed_acc,
                    c.killed_docs.to_string(),
                ));
                rows.push(acc_row(
                    task,
                    "injured total",
                    c.injured_acc,
                    c.injured_docs.to_string(),
                ));
            }
        }
    }
    let mut widths = [0usize; 8];
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for row in &rows {
        let mut line = String::new();
        for (k, (cell, w)) in row.iter().zip(widths).enumerate() {
            if k > 0 {
                line.push_str("  ");
            }
            if k < 2 {
                line.push_str(&format!("{cell:<w$}"));
            } else {
                line.push_str(&format!("{cell:>w$}"));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    /// Character offsets of the first `needle` in `text` (as Python's `str.index`).
    fn chars_of(text: &str, needle: &str) -> (i64, i64) {
        let b = text.find(needle).unwrap();
        let s = text[..b].chars().count() as i64;
        (s, s + needle.chars().count() as i64)
    }

    fn timex(start: i64, end: i64, ty: &str, value: Option<&str>) -> Timex {
        Timex {
            start,
            end,
            r#type: Some(ty.into()),
            value: value.map(String::from),
        }
    }

    fn dates_doc(id: &str, timexes: Vec<Timex>) -> DocTimexes {
        DocTimexes {
            id: id.into(),
            timexes,
        }
    }

    fn prf(p: f64, r: f64, f1: f64) -> Prf {
        Prf { p, r, f1 }
    }

    /// A scratch folder unique to this test process and `name`.
    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("newsfacts-eval-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn write(dir: &Path, name: &str, lines: &[Value]) -> PathBuf {
        let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn greedy_matching_takes_the_largest_overlap_first() {
        // gold [0,10); predictions [5,12) (overlap 5) and [0,8) (overlap 8):
        // the gold item goes to prediction 1.
        let g = [(0, 10)];
        let p = [(5, 12), (0, 8)];
        let pairs = greedy_match(1, 2, |i, j| Some(overlap(g[i].0, g[i].1, p[j].0, p[j].1)));
        assert_eq!(pairs, vec![(0, 1)]);
    }

    #[test]
    fn greedy_ties_go_to_the_later_gold_then_the_later_prediction() {
        // Two identical gold spans and one prediction: candidates (10,0,0) and
        // (10,1,0) sorted descending put gold 1 first, as Python's
        // sorted(reverse=True) does.
        assert_eq!(greedy_match(2, 1, |_, _| Some(10)), vec![(1, 0)]);
        // One gold, two identical predictions: prediction 1 wins.
        assert_eq!(greedy_match(1, 2, |_, _| Some(10)), vec![(0, 1)]);
        // 2x2 all tied: (1,1) then (0,0).
        assert_eq!(greedy_match(2, 2, |_, _| Some(0)), vec![(1, 1), (0, 0)]);
    }

    #[test]
    fn a_tie_decides_which_type_is_judged() {
        // Gold has the same span twice, typed DATE then TIME; the one DATE
        // prediction is paired with the later gold (TIME) on the tie, so the
        // type is wrong: relaxed P = 1/1, R = 1/2, F1 = 2*1*0.5/1.5 = 0.6667;
        // type P = R = F1 = 0.
        let gold = [dates_doc(
            "d",
            vec![
                timex(3, 9, "DATE", Some("X")),
                timex(3, 9, "TIME", Some("X")),
            ],
        )];
        let pred = [dates_doc("d", vec![timex(3, 9, "DATE", Some("X"))])];
        let s = score_dates(&gold, &pred);
        assert_eq!(s.relaxed, prf(1.0, 0.5, 0.6667));
        assert_eq!(s.r#type, prf(0.0, 0.0, 0.0));
        assert_eq!(s.value, prf(1.0, 0.5, 0.6667));
    }

    #[test]
    fn dates_strict_relaxed_type_and_value() {
        // Gold: [10,18) DATE 2022-01-20, [30,38) DURATION P1W, [50,55) TIME.
        // Predictions: the first exactly (type in lower case: still right),
        // [28,36) DURATION p1w (relaxed only; value equal ignoring case),
        // [60,65) nothing. Another article, absent from gold, is ignored.
        // strict 1/3 each way; relaxed, type and value 2/3 each way.
        let gold = [dates_doc(
            "a",
            vec![
                timex(10, 18, "DATE", Some("2022-01-20")),
                timex(30, 38, "DURATION", Some("P1W")),
                timex(50, 55, "TIME", Some("2022-01-20T10:00")),
            ],
        )];
        let pred = [
            dates_doc(
                "a",
                vec![
                    timex(10, 18, "date", Some("2022-01-20")),
                    timex(28, 36, "DURATION", Some("p1w")),
                    timex(60, 65, "DATE", Some("2022")),
                ],
            ),
            dates_doc("elsewhere", vec![timex(0, 4, "DATE", None)]),
        ];
        let s = score_dates(&gold, &pred);
        assert_eq!((s.gold, s.pred), (3, 3));
        assert_eq!(s.strict, prf(0.3333, 0.3333, 0.3333));
        assert_eq!(s.relaxed, prf(0.6667, 0.6667, 0.6667));
        assert_eq!(s.r#type, s.relaxed);
        assert_eq!(s.value, s.relaxed);
    }

    #[test]
    fn a_missing_value_reads_as_none_like_python_str() {
        // score.py compares str(value).upper(): None == None, and None == "none".
        let gold = [dates_doc(
            "a",
            vec![timex(0, 5, "DATE", None), timex(10, 15, "DATE", None)],
        )];
        let pred = [dates_doc(
            "a",
            vec![
                timex(0, 5, "DATE", None),
                timex(10, 15, "DATE", Some("none")),
            ],
        )];
        assert_eq!(score_dates(&gold, &pred).value, prf(1.0, 1.0, 1.0));
    }

    #[test]
    fn duplicate_ids_keep_the_last_record_like_a_python_dict() {
        // Gold "a" twice: only the second (1 timex) counts; predictions "a"
        // twice: only the second (the hit) counts. 1/1 everywhere.
        let gold = [
            dates_doc("a", vec![timex(0, 4, "DATE", None); 3]),
            dates_doc("a", vec![timex(0, 4, "DATE", None)]),
        ];
        let pred = [
            dates_doc("a", vec![]),
            dates_doc("a", vec![timex(0, 4, "DATE", None)]),
        ];
        let s = score_dates(&gold, &pred);
        assert_eq!((s.gold, s.pred), (1, 1));
        assert_eq!(s.strict, prf(1.0, 1.0, 1.0));
    }

    #[test]
    fn rounding_is_pythons_round_half_even() {
        // 1/32 = 0.03125 exactly: Python's round(0.03125, 4) == 0.0312.
        // F1 = 2 * 0.03125 * 1 / 1.03125 = 0.060606... -> 0.0606.
        assert_eq!(Prf::new(1, 32, 1), prf(0.0312, 1.0, 0.0606));
        // 5/32 = 0.15625 -> 0.1562 (even), 7/32 = 0.21875 -> 0.2188 (even).
        assert_eq!(Prf::new(5, 32, 32).p, 0.1562);
        assert_eq!(Prf::new(7, 32, 32).p, 0.2188);
        assert_eq!(Prf::new(0, 0, 0), prf(0.0, 0.0, 0.0));
        assert_eq!(Prf::new(2, 3, 0), prf(0.6667, 0.0, 0.0));
    }

    const QUOTE_TEXT: &str = "Mayor Zoë Park said “we will rebuild the bridge.” Officials said repairs would take months.";

    fn quote(span: (i64, i64)) -> Quote {
        Quote {
            start: span.0,
            end: span.1,
            ..Quote::default()
        }
    }

    fn quote_case() -> (Vec<DocQuotes>, Vec<DocQuotes>, HashMap<String, String>) {
        let t = QUOTE_TEXT;
        let gold = vec![DocQuotes {
            id: "q".into(),
            quotes: vec![
                Quote {
                    direct: true,
                    speaker: Some("Zoë Park".into()),
                    speaker_start: Some(chars_of(t, "Zoë Park").0),
                    speaker_end: Some(chars_of(t, "Zoë Park").1),
                    ..quote(chars_of(t, "we will rebuild the bridge."))
                },
                Quote {
                    speaker: Some("Officials".into()),
                    speaker_start: Some(chars_of(t, "Officials").0),
                    speaker_end: Some(chars_of(t, "Officials").1),
                    ..quote(chars_of(t, "repairs would take months"))
                },
            ],
        }];
        let pred = vec![DocQuotes {
            id: "q".into(),
            quotes: vec![
                Quote {
                    kind: Some("direct".into()),
                    speaker_text: Some("Park".into()),
                    ..quote(chars_of(t, "“we will rebuild the bridge.”"))
                },
                Quote {
                    kind: Some("reported".into()),
                    speaker_start: Some(chars_of(t, "Officials").0 + 2),
                    speaker_end: Some(chars_of(t, "Officials").1),
                    ..quote(chars_of(t, "repairs would take"))
                },
                Quote {
                    kind: Some("unmarked".into()),
                    ..quote(chars_of(t, "Officials said"))
                },
            ],
        }];
        let texts = HashMap::from([("q".to_string(), t.to_string())]);
        (gold, pred, texts)
    }

    #[test]
    fn quotes_all_and_direct_subsets() {
        // All: gold 2, predictions 3.
        // - p0 covers the gold direct quote plus its curly marks: gold 27
        //   chars, pred 29, overlap 27 >= half of each -> relaxed; trimming
        //   “ ” and the final "." makes both "we will rebuild the bridge" ->
        //   strict; speaker: "park" (last gold word) is in speaker_text.
        // - p1 "repairs would take" (18) vs gold (25): overlap 18, 36 >= 25
        //   -> relaxed, not strict; speaker spans overlap.
        // - p2 overlaps no quote.
        // relaxed 2: P 2/3, R 1, F1 0.8; strict 1: P 1/3, R 1/2, F1 0.4;
        // speaker 2/2.
        // Direct: gold [q0]; predictions without kind "reported" that match
        // no reported gold: p0, p2. relaxed = strict = 1: P 0.5, R 1, F1 0.6667.
        let (gold, pred, texts) = quote_case();
        let s = score_quotes(&gold, &pred, &texts);
        assert_eq!((s.all.gold, s.all.pred), (2, 3));
        assert_eq!(s.all.relaxed, prf(0.6667, 1.0, 0.8));
        assert_eq!(s.all.strict, prf(0.3333, 0.5, 0.4));
        assert_eq!(s.all.speaker_acc, 1.0);
        assert_eq!((s.direct.gold, s.direct.pred), (1, 2));
        assert_eq!(s.direct.relaxed, prf(0.5, 1.0, 0.6667));
        assert_eq!(s.direct.strict, s.direct.relaxed);
    }

    #[test]
    fn a_direct_prediction_on_reported_gold_leaves_the_direct_subset() {
        // Relabel p1 as "direct": it still relaxed-matches the reported gold
        // quote, so the direct subset keeps only p0 and p2 (2 predictions).
        let (gold, mut pred, texts) = quote_case();
        pred[0].quotes[1].kind = Some("direct".into());
        let s = score_quotes(&gold, &pred, &texts);
        assert_eq!(s.direct.pred, 2);
        // Without a kind a prediction counts as direct too.
        pred[0].quotes[2].kind = None;
        assert_eq!(score_quotes(&gold, &pred, &texts).direct.pred, 2);
    }

    #[test]
    fn speaker_rule_spans_then_last_word() {
        let g = Quote {
            speaker: Some("Dr. Ana Lima,".into()),
            speaker_start: Some(5),
            speaker_end: Some(10),
            ..Quote::default()
        };
        // Spans [5,10) and [9,12) overlap.
        assert!(speaker_ok(
            &g,
            &Quote {
                speaker_start: Some(9),
                speaker_end: Some(12),
                ..Quote::default()
            }
        ));
        // [10,12) only touches; no name either.
        assert!(!speaker_ok(
            &g,
            &Quote {
                speaker_start: Some(10),
                speaker_end: Some(12),
                ..Quote::default()
            }
        ));
        // "Lima," -> "lima" found in "LIMA." after lower-casing and stripping ".,".
        assert!(speaker_ok(
            &g,
            &Quote {
                speaker_text: Some("LIMA.".into()),
                ..Quote::default()
            }
        ));
        // The first name is not the last word.
        assert!(!speaker_ok(
            &g,
            &Quote {
                speaker: Some("Ana".into()),
                ..Quote::default()
            }
        ));
        // No gold speaker and no span: never right.
        assert!(!speaker_ok(
            &Quote::default(),
            &Quote {
                speaker: Some("Ana".into()),
                ..Quote::default()
            }
        ));
    }

    #[test]
    fn strict_quotes_compare_text_so_equal_text_elsewhere_matches() {
        // Strict needs no overlap: the same words at another place match, as in
        // score.py. Text "yes. And yes" : gold [0,4) "yes.", pred [9,12) "yes".
        let gold = [DocQuotes {
            id: "y".into(),
            quotes: vec![quote((0, 4))],
        }];
        let pred = [DocQuotes {
            id: "y".into(),
            quotes: vec![quote((9, 12))],
        }];
        let texts = HashMap::from([("y".to_string(), "yes. And yes".to_string())]);
        let s = score_quotes(&gold, &pred, &texts);
        assert_eq!(s.all.strict, prf(1.0, 1.0, 1.0));
        assert_eq!(s.all.relaxed, prf(0.0, 0.0, 0.0));
        assert_eq!(s.all.speaker_acc, 0.0);
    }

    #[test]
    fn python_slicing_of_characters() {
        let t = "Zoë said";
        let idx = CharIndex::new(t);
        assert_eq!(py_slice(t, &idx, 0, 3), "Zoë");
        assert_eq!(py_slice(t, &idx, -4, 100), "said");
        assert_eq!(py_slice(t, &idx, 5, 2), "");
        assert_eq!(py_slice(t, &idx, i64::MIN, i64::MAX), t);
    }

    fn figure(start: Option<i64>, end: i64, kind: &str, count: Value) -> Figure {
        Figure {
            start,
            end: Some(end),
            kind: json!(kind),
            count,
        }
    }

    #[test]
    fn casualty_figures_and_document_totals() {
        // Doc 1 gold: [10,20) killed 14, [30,40) injured 3, one without span
        // (not scored); totals killed 14, injured null.
        // Predictions: [12,18) killed 14.0 (equal to 14 as in Python) -> hit;
        // [30,40) injured 4 -> wrong count; [50,60) -> nothing; killed total
        // missing -> 0 != 14.
        // Doc 2 gold: no figure spans (its predicted figure is not counted),
        // killed 0, injured 2; predicted killed null (-> 0, right), injured 2.
        // Doc 3 gold: both totals null: not counted.
        // Figures: gold 2, pred 3, 1 match: P 0.3333, R 0.5, F1 0.4.
        // Killed: 1 right of 2 docs; injured: 1 of 1.
        let gold = [
            DocCasualties {
                id: "1".into(),
                figures: vec![
                    figure(Some(10), 20, "killed", json!(14)),
                    figure(Some(30), 40, "injured", json!(3)),
                    figure(None, 0, "displaced", json!(7)),
                ],
                killed: json!(14),
                injured: Value::Null,
            },
            DocCasualties {
                id: "2".into(),
                figures: vec![],
                killed: json!(0),
                injured: json!(2),
            },
            DocCasualties {
                id: "3".into(),
                ..DocCasualties::default()
            },
        ];
        let pred = [
            DocCasualties {
                id: "1".into(),
                figures: vec![
                    figure(Some(12), 18, "killed", json!(14.0)),
                    figure(Some(30), 40, "injured", json!(4)),
                    figure(Some(50), 60, "killed", json!(2)),
                ],
                ..DocCasualties::default()
            },
            DocCasualties {
                id: "2".into(),
                figures: vec![figure(Some(0), 5, "killed", json!(1))],
                killed: Value::Null,
                injured: json!(2),
            },
        ];
        let s = score_casualties(&gold, &pred);
        assert_eq!(
            s.figures,
            FigureScores {
                gold: 2,
                pred: 3,
                p: 0.3333,
                r: 0.5,
                f1: 0.4
            }
        );
        assert_eq!((s.killed_acc, s.killed_docs), (Some(0.5), 2));
        assert_eq!((s.injured_acc, s.injured_docs), (Some(1.0), 1));
        let json = serde_json::to_string(&Scores::Casualties(s)).unwrap();
        assert!(json.starts_with(
            r#"{"figures":{"gold":2,"pred":3,"p":0.3333,"r":0.5,"f1":0.4},"killed_acc":0.5"#
        ));
        // No gold totals at all: accuracies are null.
        let none = score_casualties(&gold[2..], &[]);
        assert_eq!((none.killed_acc, none.killed_docs), (None, 0));
    }

    #[test]
    fn scores_serialize_like_score_py() {
        let gold = [dates_doc("d", vec![timex(0, 4, "DATE", None)])];
        let s = serde_json::to_string(&Scores::Dates(score_dates(&gold, &gold))).unwrap();
        let one = r#"{"p":1.0,"r":1.0,"f1":1.0}"#;
        assert_eq!(
            s,
            format!(
                r#"{{"gold":1,"pred":1,"strict":{one},"relaxed":{one},"type":{one},"value":{one}}}"#
            )
        );
    }

    #[test]
    fn tasks_parse_print_and_name_their_gold_file() {
        for t in Task::ALL {
            assert_eq!(t.to_string().parse::<Task>().unwrap(), t);
        }
        assert_eq!(
            "Quotes".parse::<Task>().unwrap().gold_file_name(),
            "quotes.jsonl"
        );
        assert_eq!(Task::Casualties.gold_file_name(), "casualties.jsonl");
        let e = "timexes".parse::<Task>().unwrap_err().to_string();
        assert!(e.contains("unknown task `timexes`"), "{e}");
    }

    /// The article of the file tests: "ï" and "—" take 2 and 3 bytes.
    const KYIV: &str = "Kyïv — On Friday the mayor said “we will rebuild.”";

    fn kyiv_corpus(dir: &Path, with_articles: bool) -> PathBuf {
        if with_articles {
            write(
                dir,
                "articles.jsonl",
                &[json!({"id": "k1", "title": null, "date": null, "url": null, "text": KYIV})],
            );
        }
        let (s, e) = chars_of(KYIV, "Friday");
        write(
            dir,
            "dates.jsonl",
            &[
                json!({"id": "k1", "timexes": [{"start": s, "end": e, "type": "DATE", "value": "2022-01-21"}]}),
            ],
        )
    }

    /// A newsfacts record for "Friday" in byte offsets, with an input-error
    /// record (null id) before it.
    fn kyiv_bytes_prediction(dir: &Path, start_shift: usize) -> PathBuf {
        let b = KYIV.find("Friday").unwrap() + start_shift;
        write(
            dir,
            "pred.jsonl",
            &[
                json!({"id": null, "errors": [{"stage": "input", "message": "not JSON"}]}),
                json!({"id": "k1", "title": null, "published": null, "url": null, "offsets": "bytes",
                       "dates": [{"text": "Friday", "start": b, "end": b + 6, "type": "DATE", "value": "2022-01-21"}],
                       "errors": []}),
            ],
        )
    }

    #[test]
    fn byte_offsets_are_converted_with_the_article_text() {
        // "Friday" starts at byte 13 but character 10 ("ï" +1, "—" +2): after
        // conversion the prediction is an exact match.
        let dir = scratch("bytes");
        let gold = kyiv_corpus(&dir, true);
        let pred = kyiv_bytes_prediction(&dir, 0);
        assert_eq!(KYIV.find("Friday"), Some(13));
        assert_eq!(chars_of(KYIV, "Friday").0, 10);
        let r = evaluate(Task::Dates, &gold, &pred).unwrap();
        let Scores::Dates(s) = r.scores else {
            panic!("dates scores expected")
        };
        assert_eq!((s.gold, s.pred), (1, 1));
        assert_eq!(s.strict, prf(1.0, 1.0, 1.0));
        assert_eq!(s.value, prf(1.0, 1.0, 1.0));
        // The same offsets read as characters would miss by 3.
        let chars = write(
            &dir,
            "chars.jsonl",
            &[json!({"id": "k1", "timexes": [{"start": 13, "end": 19}]})],
        );
        let Scores::Dates(s) = evaluate(Task::Dates, &gold, &chars).unwrap().scores else {
            panic!()
        };
        assert_eq!(s.strict, prf(0.0, 0.0, 0.0));
        assert_eq!(s.relaxed, prf(1.0, 1.0, 1.0));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn byte_offsets_without_articles_ask_for_char_offsets() {
        let dir = scratch("noarticles");
        let gold = kyiv_corpus(&dir, false);
        let pred = kyiv_bytes_prediction(&dir, 0);
        let e = evaluate(Task::Dates, &gold, &pred).unwrap_err();
        assert!(
            matches!(e, EvalError::ByteOffsetsWithoutArticles { line: 2, .. }),
            "{e:?}"
        );
        let msg = e.to_string();
        assert!(msg.starts_with(&format!("{}:2:", pred.display())), "{msg}");
        assert!(
            msg.contains("--offsets chars") && msg.contains("articles.jsonl"),
            "{msg}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_byte_offset_inside_a_character_is_an_error() {
        // Byte 3 is the second byte of "ï".
        let dir = scratch("midchar");
        let gold = kyiv_corpus(&dir, true);
        let pred = write(
            &dir,
            "pred.jsonl",
            &[
                json!({"id": "k1", "offsets": "bytes", "dates": [{"start": 3, "end": 6, "type": "DATE", "value": "X"}]}),
            ],
        );
        let e = evaluate(Task::Dates, &gold, &pred).unwrap_err();
        assert!(
            matches!(&e, EvalError::ByteOffset { line: 1, id, .. } if id == "k1"),
            "{e:?}"
        );
        assert!(e.to_string().contains("`start` = 3"), "{e}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn both_prediction_shapes_in_one_file() {
        // Line 1: corpus shape for c1 (hit); line 2: newsfacts shape for c2
        // with char offsets and totals under casualties.totals (hit, killed
        // right, injured wrong); line 3: input error (ignored).
        // Figures: gold 2, pred 2, 2 hits. killed 2/2, injured: c1 has gold
        // injured 0 and no prediction (-> 0, right), c2 gold 1 vs 3: 1/2.
        let dir = scratch("shapes");
        let fig = |s: i64, e: i64, kind: &str, n: i64| json!({"start": s, "end": e, "kind": kind, "count": n});
        let gold = write(
            &dir,
            "casualties.jsonl",
            &[
                json!({"id": "c1", "figures": [fig(0, 9, "killed", 2)], "killed": 2, "injured": 0}),
                json!({"id": "c2", "figures": [fig(4, 12, "injured", 1)], "killed": 0, "injured": 1}),
            ],
        );
        let pred = write(
            &dir,
            "pred.jsonl",
            &[
                json!({"id": "c1", "figures": [fig(0, 9, "killed", 2)], "killed": 2}),
                json!({"id": "c2", "title": "t", "offsets": "chars",
                       "casualties": {"figures": [fig(5, 12, "injured", 1)],
                                      "totals": {"killed": null, "injured": 3, "missing": null, "displaced": null}},
                       "errors": []}),
                json!({"id": null, "errors": []}),
            ],
        );
        let Scores::Casualties(s) = evaluate(Task::Casualties, &gold, &pred).unwrap().scores else {
            panic!()
        };
        assert_eq!(
            s.figures,
            FigureScores {
                gold: 2,
                pred: 2,
                p: 1.0,
                r: 1.0,
                f1: 1.0
            }
        );
        assert_eq!((s.killed_acc, s.injured_acc), (Some(1.0), Some(0.5)));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn file_errors_name_the_file_and_line() {
        let dir = scratch("errors");
        let gold = kyiv_corpus(&dir, true);
        // Missing file.
        let missing = dir.join("nope.jsonl");
        let e = evaluate(Task::Dates, &gold, &missing).unwrap_err();
        assert!(matches!(e, EvalError::Io { .. }));
        assert!(
            e.to_string().starts_with(&missing.display().to_string()),
            "{e}"
        );
        // Bad JSON on line 3 (line 2 is blank and skipped but counted).
        let bad = dir.join("bad.jsonl");
        std::fs::write(
            &bad,
            "{\"id\": \"k1\", \"timexes\": []}\n\n{\"id\": \"k1\", \"timexes\": [\n",
        )
        .unwrap();
        let e = evaluate(Task::Dates, &gold, &bad).unwrap_err();
        assert!(matches!(e, EvalError::Json { line: 3, .. }), "{e:?}");
        assert!(
            e.to_string()
                .starts_with(&format!("{}:3: invalid JSON", bad.display())),
            "{e}"
        );
        // A JSON line that is not an object.
        let arr = write(&dir, "array.jsonl", &[json!([1, 2])]);
        let e = evaluate(Task::Dates, &gold, &arr).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("{}:1: expected a JSON object", arr.display())
        );
        // An item without its start.
        let nostart = write(
            &dir,
            "nostart.jsonl",
            &[json!({"id": "k1", "timexes": [{"end": 4}]})],
        );
        let e = evaluate(Task::Dates, &gold, &nostart).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("{}:1: item 0: `start` is missing", nostart.display())
        );
        // A record without id.
        let noid = write(&dir, "noid.jsonl", &[json!({"timexes": []})]);
        assert!(
            evaluate(Task::Dates, &gold, &noid)
                .unwrap_err()
                .to_string()
                .contains(":1: record has no `id`")
        );
        // Quotes need articles.jsonl beside the gold file.
        let qdir = scratch("errors-quotes");
        let qgold = write(&qdir, "quotes.jsonl", &[json!({"id": "k1", "quotes": []})]);
        let e = evaluate(Task::Quotes, &qgold, &qgold).unwrap_err();
        assert!(matches!(e, EvalError::ArticlesMissing { .. }), "{e:?}");
        assert!(
            e.to_string()
                .contains(&qdir.join("articles.jsonl").display().to_string()),
            "{e}"
        );
        // A folder without gold.
        let empty = scratch("errors-empty");
        let e = evaluate_dir(&empty, &gold).unwrap_err();
        assert!(matches!(e, EvalError::NoGold { .. }), "{e:?}");
        assert!(
            e.to_string().starts_with(&empty.display().to_string()),
            "{e}"
        );
        for d in [dir, qdir, empty] {
            let _ = std::fs::remove_dir_all(d);
        }
    }

    /// Every number in a JSON value (scores and counts).
    fn numbers(v: &Value) -> Vec<f64> {
        match v {
            Value::Number(n) => n.as_f64().into_iter().collect(),
            Value::Array(a) => a.iter().flat_map(numbers).collect(),
            Value::Object(o) => o.values().flat_map(numbers).collect(),
            _ => Vec::new(),
        }
    }

    #[test]
    fn folds_cut_a_corpus_into_disjoint_parts_that_cover_it() {
        let ids: Vec<String> = (0..1000).map(|i| format!("doc-{i}")).collect();
        for k in [2, 5] {
            let mut sizes = vec![0; k];
            for id in &ids {
                let f = fold_of(id, k);
                sizes[f] += 1;
                let folds: Vec<Fold> = (1..=k).map(|index| Fold { index, of: k }).collect();
                assert_eq!(folds.iter().filter(|x| x.contains(id)).count(), 1, "{id}");
                assert!(folds[f].contains(id));
            }
            // A hash, not a round robin, yet no fold is starved.
            for n in &sizes {
                assert!(*n > 1000 / k * 8 / 10, "{sizes:?}");
            }
        }
        // Fixed: the assignment never changes between runs or machines.
        assert_eq!(fold_of("", 2), 0xcbf2_9ce4_8422_2325_u64 as usize % 2);
    }

    #[test]
    fn a_fold_is_written_index_slash_folds() {
        assert_eq!("2/5".parse::<Fold>(), Ok(Fold { index: 2, of: 5 }));
        assert_eq!(Fold { index: 1, of: 2 }.to_string(), "1/2");
        for bad in ["0/2", "3/2", "1/1", "1", "a/b", "1/2/3"] {
            let e = bad.parse::<Fold>().unwrap_err();
            assert!(e.contains(bad), "{e}");
        }
    }

    #[test]
    fn a_fold_scores_only_its_gold_articles_and_the_folds_add_up() {
        let dir = scratch("folds");
        let gold = kyiv_corpus(&dir, true);
        let whole = evaluate(Task::Dates, &gold, &gold).unwrap();
        let mut sum = 0;
        for index in 1..=2 {
            let options = EvalOptions {
                fold: Some(Fold { index, of: 2 }),
                ..EvalOptions::default()
            };
            match evaluate_with(Task::Dates, &gold, &gold, &options) {
                Ok(r) => {
                    assert_eq!(r.gold_docs, r.predicted_docs);
                    sum += r.gold_docs;
                }
                Err(e) => panic!("{e}"),
            }
        }
        assert_eq!(sum, whole.gold_docs);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn victims_only_takes_the_attackers_out_of_both_totals() {
        let dir = scratch("victims");
        // GVDB-like gold: victims only, no attacker count. Gold in the
        // news-casualties format: attackers counted and said.
        let gold = write(
            &dir,
            "casualties.jsonl",
            &[
                json!({"id": "a", "figures": [], "killed": 3, "injured": 1}),
                json!({"id": "b", "figures": [], "killed": 5, "injured": null,
                       "killed_perpetrators": 1, "injured_perpetrators": null}),
                json!({"id": "c", "figures": [], "killed": 2, "injured": 0}),
            ],
        );
        // newsfacts output: a gunman's death counted in `killed`.
        let pred = write(
            &dir,
            "pred.jsonl",
            &[
                json!({"id": "a", "casualties": {"figures": [], "totals": {
                    "killed": 4, "injured": 1,
                    "perpetrators": {"killed": 1, "injured": 0}}}}),
                json!({"id": "b", "casualties": {"figures": [], "totals": {
                    "killed": 4, "injured": null,
                    "perpetrators": {"killed": 0, "injured": null}}}}),
                // Corpus format, no attacker count: nothing is taken.
                json!({"id": "c", "figures": [], "killed": 2, "injured": 0}),
            ],
        );
        let killed =
            |options: &EvalOptions| match evaluate_with(Task::Casualties, &gold, &pred, options)
                .unwrap()
                .scores
            {
                Scores::Casualties(c) => (c.killed_acc, c.injured_acc),
                other => panic!("{other:?}"),
            };
        // As written: a 4 != 3, b 4 != 5, c right.
        assert_eq!(killed(&EvalOptions::default()), (Some(0.3333), Some(1.0)));
        let victims = EvalOptions {
            victims_only: true,
            ..EvalOptions::default()
        };
        // Victims only: a 4 - 1 = 3, b 4 = 5 - 1, c 2.
        assert_eq!(killed(&victims), (Some(1.0), Some(1.0)));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn predictions_sharing_no_id_with_the_gold_are_an_error() {
        let dir = scratch("noid");
        let gold = kyiv_corpus(&dir, true);
        let pred = dir.join("other.jsonl");
        std::fs::write(&pred, "{\"id\": \"not-in-gold\", \"timexes\": []}\n").unwrap();
        let e = evaluate(Task::Dates, &gold, &pred).unwrap_err();
        assert!(matches!(e, EvalError::NoIdInCommon { .. }), "{e:?}");
        let msg = e.to_string();
        assert!(msg.contains("no gold id found in the predictions"), "{msg}");
        assert!(msg.contains("other.jsonl"), "{msg}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_table_aligns_columns() {
        let report = TaskReport {
            task: Task::Casualties,
            gold: PathBuf::from("casualties.jsonl"),
            scores: Scores::Casualties(CasualtyScores {
                figures: FigureScores {
                    gold: 12,
                    pred: 3,
                    p: 1.0,
                    r: 0.25,
                    f1: 0.4,
                },
                killed_acc: Some(0.5),
                killed_docs: 2,
                injured_acc: None,
                injured_docs: 0,
            }),
            gold_docs: 3,
            predicted_docs: 3,
        };
        let want = "\
task        metric              P       R      F1     acc  gold  pred
casualties  figures        1.0000  0.2500  0.4000            12     3
casualties  killed total                           0.5000     2
casualties  injured total                               -     0
";
        assert_eq!(render_table(&[report]), want);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn greedy_pairs_are_one_to_one(
            spans in proptest::collection::vec((-5i64..40, 0i64..12), 0..8),
            preds in proptest::collection::vec((-5i64..40, 0i64..12), 0..8),
        ) {
            let pairs = greedy_match(spans.len(), preds.len(), |i, j| {
                let (a, b) = (spans.get(i)?, preds.get(j)?);
                Some(overlap(a.0, a.0 + a.1, b.0, b.0 + b.1)).filter(|&o| o > 0)
            });
            let gs: HashSet<usize> = pairs.iter().map(|p| p.0).collect();
            let ps: HashSet<usize> = pairs.iter().map(|p| p.1).collect();
            prop_assert_eq!(gs.len(), pairs.len());
            prop_assert_eq!(ps.len(), pairs.len());
            prop_assert!(pairs.len() <= spans.len().min(preds.len()));
        }

        #[test]
        fn quote_scoring_never_panics_on_any_offsets(
            text in "\\PC{0,40}",
            gold in proptest::collection::vec((any::<i64>(), any::<i64>(), any::<bool>()), 0..5),
            pred in proptest::collection::vec((any::<i64>(), any::<i64>(), proptest::option::of(any::<i64>())), 0..5),
        ) {
            let gold = [DocQuotes { id: "x".into(), quotes: gold.into_iter().map(|(s, e, d)| Quote {
                direct: d, speaker: Some("A B".into()), speaker_start: Some(s), speaker_end: Some(e), ..quote((s, e))
            }).collect() }];
            let pred = [DocQuotes { id: "x".into(), quotes: pred.into_iter().map(|(s, e, k)| Quote {
                speaker_start: k, speaker_end: k, speaker_text: Some(text.clone()), ..quote((s, e))
            }).collect() }];
            let texts = HashMap::from([("x".to_string(), text.clone())]);
            let s = score_quotes(&gold, &pred, &texts);
            for x in [s.all.strict, s.all.relaxed, s.direct.strict, s.direct.relaxed] {
                prop_assert!((0.0..=1.0).contains(&x.p) && (0.0..=1.0).contains(&x.r) && (0.0..=1.0).contains(&x.f1));
            }
        }

        #[test]
        fn any_prediction_line_gives_a_score_or_an_error(line in "\\PC{0,60}") {
            let dir = scratch("prop");
            let gold = kyiv_corpus(&dir, true);
            let pred = dir.join("p.jsonl");
            std::fs::write(&pred, format!("{line}\n")).unwrap();
            for task in Task::ALL {
                match evaluate(task, &gold, &pred) {
                    // A score: the line was a record of one gold article, and every figure is a share.
                    Ok(report) => {
                        prop_assert_eq!(report.predicted_docs, 1);
                        let json = serde_json::to_value(&report.scores).unwrap();
                        for x in numbers(&json) {
                            prop_assert!((0.0..=1.0).contains(&x) || x.fract() == 0.0, "{}", x);
                        }
                    }
                    // An error that says where: the prediction file (and line 1), or the gold.
                    Err(e) => {
                        let msg = e.to_string();
                        prop_assert!(msg.contains("p.jsonl") || msg.contains(&gold.display().to_string()), "{}", msg);
                    }
                }
            }
            let _ = std::fs::remove_dir_all(&dir);
        }
    }
}
