use crate::util::{self, run};

fn gold_dir() -> std::path::PathBuf {
    util::root().join("examples/gold")
}

fn predict(dir: &std::path::Path) -> std::path::PathBuf {
    let pred = dir.join("pred.jsonl");
    let out = run(
        &[
            "run",
            "-o",
            pred.to_str().unwrap(),
            util::sample_jsonl().to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    pred
}

#[test]
fn eval_scores_the_sample_corpus_as_json_and_as_a_table() {
    let dir = util::temp_dir("eval");
    let pred = predict(&dir);
    let out = run(
        &[
            "eval",
            gold_dir().to_str().unwrap(),
            pred.to_str().unwrap(),
            "--json",
        ],
        b"",
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in ["dates", "quotes", "casualties"] {
        assert!(s[key].is_object(), "{key} scored: {s}");
    }
    assert!(s["dates"]["gold"].as_u64().unwrap() >= 20);
    let table = run(
        &["eval", gold_dir().to_str().unwrap(), pred.to_str().unwrap()],
        b"",
    );
    let table = String::from_utf8(table.stdout).unwrap();
    assert!(
        table.contains("relaxed") && table.contains("strict"),
        "{table}"
    );
}

/// Accuracy floors on the bundled gold: they only ever rise. The corpus-level
/// gates on the shared corpora run in `.ci/run` (see docs/accuracy.md).
#[test]
fn accuracy_on_the_bundled_gold_stays_above_its_floors() {
    let dir = util::temp_dir("eval-floors");
    let pred = predict(&dir);
    let out = run(
        &[
            "eval",
            gold_dir().to_str().unwrap(),
            pred.to_str().unwrap(),
            "--json",
        ],
        b"",
    );
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = |path: &[&str]| path.iter().fold(&s, |v, k| &v[*k]).as_f64().unwrap_or(0.0);
    let floors: [(&[&str], f64); 6] = [
        (&["dates", "relaxed", "f1"], 0.0),
        (&["dates", "value", "f1"], 0.0),
        (&["quotes", "all", "relaxed", "f1"], 0.0),
        (&["quotes", "direct", "relaxed", "f1"], 0.0),
        (&["quotes", "all", "speaker_acc"], 0.0),
        (&["casualties", "figures", "f1"], 0.0),
    ];
    for (path, floor) in floors {
        assert!(
            f(path) >= floor,
            "{path:?} = {} fell below its floor {floor}",
            f(path)
        );
    }
}

#[test]
fn eval_errors_name_the_file() {
    let dir = util::temp_dir("eval-errors");
    let bad = dir.join("bad.jsonl");
    std::fs::write(&bad, "{\"id\": \"x\"}\nnot json\n").unwrap();
    let out = run(
        &[
            "eval",
            gold_dir().join("dates.jsonl").to_str().unwrap(),
            bad.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.jsonl") && err.contains('2'), "{err}");
}
