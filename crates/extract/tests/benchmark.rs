//! Extraction quality on the extraction benchmark (`../shared/extraction-benchmark`,
//! 181 real pages): the benchmark's own measure, token 4-gram ("shingle")
//! precision and recall per page, averaged, F1 of the averages (a port of
//! its `evaluate.py`; `docs/accuracy.md` has the command that runs the
//! Python scorer itself).

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::PathBuf;

use newsfacts_extract::{Extractor, Page, extract};

fn tokens(text: &str) -> Vec<String> {
    // Python's `\w+` with re.UNICODE: letters, digits, marks and `_`.
    text.split(|c: char| !(c.is_alphanumeric() || c == '_' || is_mark(c)))
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

fn is_mark(c: char) -> bool {
    // Combining marks (enough of them for these pages).
    matches!(c as u32, 0x0300..=0x036F | 0x0900..=0x0903 | 0x093A..=0x094F | 0x3099..=0x309A)
}

fn shingles(text: &str) -> HashMap<Vec<String>, usize> {
    let t = tokens(text);
    let mut out = HashMap::new();
    let n = 4;
    for i in 0..(t.len() + 1).saturating_sub(n).max(1) {
        let s: Vec<String> = t.iter().skip(i).take(n).cloned().collect();
        if !s.is_empty() {
            *out.entry(s).or_insert(0) += 1;
        }
    }
    out
}

/// (tp, fp, fn) of one page, normalised to sum to 1.
fn score(truth: &str, pred: &str) -> (f64, f64, f64) {
    let (t, p) = (shingles(truth), shingles(pred));
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for key in t.keys().chain(p.keys().filter(|k| !t.contains_key(*k))) {
        let (a, b) = (
            *t.get(key).unwrap_or(&0) as f64,
            *p.get(key).unwrap_or(&0) as f64,
        );
        tp += a.min(b);
        fp += (b - a).max(0.0);
        fn_ += (a - b).max(0.0);
    }
    let s = tp + fp + fn_;
    if s > 0.0 {
        (tp / s, fp / s, fn_ / s)
    } else {
        (tp, fp, fn_)
    }
}

fn f1(pages: &[(f64, f64, f64)]) -> f64 {
    let mean = |v: Vec<f64>| v.iter().sum::<f64>() / v.len() as f64;
    let precision = mean(
        pages
            .iter()
            .filter(|(tp, fp, _)| tp + fp > 0.0)
            .map(|&(tp, fp, fn_)| {
                if fp == 0.0 && fn_ == 0.0 {
                    1.0
                } else {
                    tp / (tp + fp)
                }
            })
            .collect(),
    );
    let recall = mean(
        pages
            .iter()
            .filter(|(tp, _, fn_)| tp + fn_ > 0.0)
            .map(|&(tp, fp, fn_)| {
                if fp == 0.0 && fn_ == 0.0 {
                    1.0
                } else {
                    tp / (tp + fn_)
                }
            })
            .collect(),
    );
    2.0 * precision * recall / (precision + recall)
}

#[test]
fn the_scorer_port_agrees_with_its_definition() {
    assert_eq!(score("a b c d e", "a b c d e"), (1.0, 0.0, 0.0));
    let (tp, fp, fn_) = score("a b c d e", "a b c d x");
    assert!(
        (tp - 1.0 / 3.0).abs() < 1e-9
            && (fp - 1.0 / 3.0).abs() < 1e-9
            && (fn_ - 1.0 / 3.0).abs() < 1e-9
    );
    assert!((f1(&[(1.0, 0.0, 0.0), (0.5, 0.5, 0.0)]) - 2.0 * 0.75 / 1.75).abs() < 1e-9);
    assert_eq!(tokens("Kyïv's 14,000"), ["Kyïv", "s", "14", "000"]);
}

#[test]
#[ignore = "needs ../shared/extraction-benchmark"]
fn extraction_f1_on_the_benchmark_is_at_least_0_94() {
    let dir = std::env::var_os("NEWSFACTS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")))
        .join("extraction-benchmark");
    let truth: BTreeMap<String, serde_json::Value> = serde_json::from_slice(
        &std::fs::read(dir.join("ground-truth.json")).expect("ground truth"),
    )
    .unwrap();
    assert_eq!(truth.len(), 181);
    for extractor in Extractor::ALL.into_iter().filter(|e| e.is_available()) {
        let mut pages = Vec::new();
        for (id, entry) in &truth {
            let mut html = Vec::new();
            flate2::read::GzDecoder::new(
                std::fs::File::open(dir.join(format!("html/{id}.html.gz"))).unwrap(),
            )
            .read_to_end(&mut html)
            .unwrap();
            let pred = extract(&Page::new(&html), extractor)
                .map(|p| p.text)
                .unwrap_or_default();
            pages.push(score(entry["articleBody"].as_str().unwrap_or(""), &pred));
        }
        let f = f1(&pages);
        eprintln!("{extractor}: F1 {f:.4} on {} pages", pages.len());
        assert!(f >= 0.94, "{extractor}: F1 {f:.4} < 0.94");
    }
}
