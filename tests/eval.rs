//! `newsfacts eval` on the bundled gold annotations, with accuracy floors.

use crate::util::{self, run};

fn gold_dir() -> std::path::PathBuf {
    util::root().join("examples/gold")
}

/// `newsfacts eval` of `pred` against the bundled gold, with a floors file.
fn eval_with_floors(pred: &std::path::Path, floors: &std::path::Path) -> std::process::Output {
    let gold = gold_dir();
    let args = [
        "eval",
        gold.to_str().unwrap(),
        pred.to_str().unwrap(),
        "--floors",
        floors.to_str().unwrap(),
    ];
    run(&args, b"")
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

/// Accuracy floors on the bundled gold (`tests/fixtures/sample-floors.json`):
/// they only ever rise. The corpus-level gates on the shared corpora run in
/// `.ci/accuracy` (see docs/accuracy.md).
#[test]
fn accuracy_on_the_bundled_gold_stays_above_its_floors() {
    let dir = util::temp_dir("eval-floors");
    let pred = predict(&dir);
    let floors = util::root().join("tests/fixtures/sample-floors.json");
    let out = eval_with_floors(&pred, &floors);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_score_below_its_floor_fails_and_a_floor_that_names_nothing_is_an_error() {
    let dir = util::temp_dir("eval-floor-fail");
    let pred = predict(&dir);
    let high = dir.join("high.json");
    std::fs::write(&high, r#"{"dates": {"relaxed.f1": 1.01}}"#).unwrap();
    let out = eval_with_floors(&pred, &high);
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("dates relaxed.f1"));
    std::fs::write(&high, r#"{"dates": {"relaxd.f1": 0.1}}"#).unwrap();
    let out = eval_with_floors(&pred, &high);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a typo must not pass the gate by not looking"
    );
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

#[test]
fn eval_refuses_predictions_that_share_no_id_with_the_gold() {
    let dir = util::temp_dir("eval-noid");
    let pred = dir.join("other.jsonl");
    std::fs::write(&pred, "{\"id\": \"another-corpus-1\", \"dates\": []}\n").unwrap();
    let out = run(
        &["eval", gold_dir().to_str().unwrap(), pred.to_str().unwrap()],
        b"",
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("no gold id found in the predictions"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty(), "no table of zeros");
}

#[test]
fn eval_warns_when_only_some_gold_articles_have_a_prediction() {
    let dir = util::temp_dir("eval-someid");
    let pred = predict(&dir);
    let all = std::fs::read_to_string(&pred).unwrap();
    let first = all.lines().next().unwrap();
    let part = dir.join("part.jsonl");
    std::fs::write(&part, format!("{first}\n")).unwrap();
    let out = run(
        &["eval", gold_dir().to_str().unwrap(), part.to_str().unwrap()],
        b"",
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let gold_articles = util::sample_jsonl();
    let n = std::fs::read_to_string(gold_articles)
        .unwrap()
        .lines()
        .count();
    assert!(
        stderr.contains(&format!("only 1 of the {n} gold articles")),
        "{stderr}"
    );
}

#[test]
fn eval_scores_one_fold_and_the_folds_cover_the_gold() {
    let dir = util::temp_dir("eval-fold");
    let pred = predict(&dir);
    let gold = gold_dir();
    let mut docs = 0;
    for fold in ["1/2", "2/2"] {
        let out = run(
            &[
                "eval",
                gold.to_str().unwrap(),
                pred.to_str().unwrap(),
                "--fold",
                fold,
            ],
            b"",
        );
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        // The killed-total row's gold column counts the fold's articles with a gold total.
        let row = stdout.lines().find(|l| l.contains("killed total")).unwrap();
        docs += row
            .split_whitespace()
            .last()
            .unwrap()
            .parse::<usize>()
            .unwrap();
    }
    let whole = run(
        &["eval", gold.to_str().unwrap(), pred.to_str().unwrap()],
        b"",
    );
    let stdout = String::from_utf8_lossy(&whole.stdout);
    let row = stdout.lines().find(|l| l.contains("killed total")).unwrap();
    assert_eq!(
        docs,
        row.split_whitespace()
            .last()
            .unwrap()
            .parse::<usize>()
            .unwrap()
    );
    let bad = run(
        &[
            "eval",
            gold.to_str().unwrap(),
            pred.to_str().unwrap(),
            "--fold",
            "3/2",
        ],
        b"",
    );
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("bad fold `3/2`"));
}

#[test]
fn eval_victims_only_takes_the_attackers_out_of_the_predicted_totals() {
    let dir = util::temp_dir("eval-victims");
    // A gold that counts victims only, as GVDB does.
    let gold = dir.join("casualties.jsonl");
    std::fs::write(
        &gold,
        "{\"id\":\"v\",\"figures\":[],\"killed\":2,\"injured\":null}\n",
    )
    .unwrap();
    let articles = dir.join("in.jsonl");
    std::fs::write(
        &articles,
        "{\"id\":\"v\",\"text\":\"The gunman shot and killed a clerk and a customer. The gunman was shot dead by police.\"}\n",
    )
    .unwrap();
    let pred = dir.join("pred.jsonl");
    let out = run(
        &[
            "run",
            "--quiet",
            "-o",
            pred.to_str().unwrap(),
            articles.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(0));
    let killed_acc = |extra: &[&str]| {
        let mut args = vec![
            "eval",
            gold.to_str().unwrap(),
            pred.to_str().unwrap(),
            "--json",
        ];
        args.extend(extra);
        let out = run(&args, b"");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["casualties"]["killed_acc"].as_f64().unwrap()
    };
    // Three killed, one of them the attacker: wrong for a victims-only gold
    // as written, right with the option.
    assert_eq!(killed_acc(&[]), 0.0);
    assert_eq!(killed_acc(&["--victims-only"]), 1.0);
}

#[test]
fn a_floors_file_says_which_eval_options_its_scores_need() {
    let dir = util::temp_dir("eval-floor-options");
    let gold = dir.join("casualties.jsonl");
    std::fs::write(
        &gold,
        "{\"id\":\"v\",\"figures\":[],\"killed\":2,\"injured\":null}\n",
    )
    .unwrap();
    // Three killed, one of them the attacker.
    let pred = dir.join("pred.jsonl");
    std::fs::write(
        &pred,
        "{\"id\":\"v\",\"casualties\":{\"figures\":[],\"totals\":{\"killed\":3,\"injured\":null,\
         \"perpetrators\":{\"killed\":1,\"injured\":null}}}}\n",
    )
    .unwrap();
    let eval = |floors: &str| {
        let path = dir.join("floors.json");
        std::fs::write(&path, floors).unwrap();
        run(
            &[
                "eval",
                gold.to_str().unwrap(),
                pred.to_str().unwrap(),
                "--floors",
                path.to_str().unwrap(),
            ],
            b"",
        )
    };
    // Measured as written, the gate fails ...
    let out = eval(r#"{"casualties": {"killed_acc": 1.0}}"#);
    assert_eq!(out.status.code(), Some(3));
    // ... with the options the floors were measured with, it passes.
    let out = eval(r#"{"options": ["--victims-only"], "casualties": {"killed_acc": 1.0}}"#);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // An option eval does not know is an error, not a silent pass.
    let out = eval(r#"{"options": ["--victims"], "casualties": {"killed_acc": 0.0}}"#);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown eval option `--victims`"));
}
