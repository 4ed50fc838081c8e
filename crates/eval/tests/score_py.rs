//! `newsfacts eval` must print the numbers of the corpus' reference scorer,
//! `score.py`. These tests check that on a small hand-written corpus
//! (`tests/fixtures/eval/`: three articles with non-ASCII text, gold for all
//! three tasks, predictions with hits, near misses, ties and false alarms).
//!
//! The `expected-*.json` files are `score.py`'s output, produced once with
//! (from `crates/eval/tests/fixtures/eval`):
//!
//! ```text
//! for t in dates quotes casualties; do
//!   python3 ../../../../../../shared/corpus/score.py $t $t.jsonl pred-$t.jsonl > expected-$t.json
//! done
//! ```
//!
//! `pred-newsfacts-bytes.jsonl` holds the same predictions as newsfacts
//! output records with byte offsets (and one input-error record with a null
//! id), so it must score exactly the same.
//!
//! A second test runs `score.py` live. It needs the shared corpus folder
//! (`NEWSFACTS_CORPUS`, default `../shared/corpus` beside the clone) and
//! `python3`, so it is `#[ignore]`d: `.ci/run` runs it with `--ignored`, where
//! a missing corpus or interpreter fails it instead of passing unseen.

use std::path::{Path, PathBuf};
use std::process::Command;

use newsfacts_eval::{Task, evaluate, evaluate_dir, render_table};
use serde_json::Value;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/eval")
}

fn ours(task: Task, predictions: &str) -> Value {
    let dir = fixtures();
    let report = evaluate(
        task,
        &dir.join(task.gold_file_name()),
        &dir.join(predictions),
    )
    .unwrap_or_else(|e| panic!("{task}: {e}"));
    assert_eq!(report.task, task);
    serde_json::to_value(&report.scores).unwrap()
}

fn expected(task: Task) -> Value {
    let path = fixtures().join(format!("expected-{task}.json"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

#[test]
fn scores_equal_the_stored_output_of_score_py() {
    for task in Task::ALL {
        assert_eq!(
            ours(task, &format!("pred-{task}.jsonl")),
            expected(task),
            "{task}"
        );
    }
}

#[test]
fn newsfacts_records_with_byte_offsets_score_like_the_corpus_format() {
    for task in Task::ALL {
        assert_eq!(
            ours(task, "pred-newsfacts-bytes.jsonl"),
            expected(task),
            "{task}"
        );
    }
}

#[test]
fn stored_expectations_are_not_trivial() {
    // Guards against regenerating the fixtures into something that cannot
    // catch a bug: each task must have partial scores, neither 0 nor 1.
    let d = expected(Task::Dates);
    assert_eq!(d["strict"]["f1"], 0.4706);
    assert_eq!(d["type"]["p"], 0.625);
    let q = expected(Task::Quotes);
    assert_eq!(q["all"]["speaker_acc"], 0.8);
    assert_eq!(q["direct"]["pred"], 4);
    let c = expected(Task::Casualties);
    assert_eq!(c["killed_acc"], 0.6667);
    assert_eq!(c["figures"]["gold"], 4);
}

#[test]
fn a_corpus_folder_is_scored_task_by_task_with_one_prediction_file() {
    let dir = fixtures();
    let reports = evaluate_dir(&dir, &dir.join("pred-newsfacts-bytes.jsonl")).unwrap();
    let tasks: Vec<Task> = reports.iter().map(|r| r.task).collect();
    assert_eq!(tasks, Task::ALL);
    for r in &reports {
        assert_eq!(serde_json::to_value(&r.scores).unwrap(), expected(r.task));
    }
    let table = render_table(&reports);
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("dates ") && l.contains("strict") && l.contains("0.4706"))
    );
    assert!(
        table
            .lines()
            .any(|l| l.contains("killed total") && l.contains("0.6667"))
    );
}

/// The shared corpus folder holding `score.py`: `NEWSFACTS_CORPUS`, or
/// `../shared/corpus` beside the repository.
fn corpus() -> PathBuf {
    let dir = std::env::var_os("NEWSFACTS_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus"));
    assert!(
        dir.join("score.py").is_file(),
        "no score.py in {} (set NEWSFACTS_CORPUS to the shared corpus folder)",
        dir.display()
    );
    dir
}

#[test]
#[ignore = "needs the shared corpus (NEWSFACTS_CORPUS or ../shared/corpus) and python3"]
fn scores_equal_score_py_run_live() {
    let corpus = corpus();
    let dir = fixtures();
    for task in Task::ALL {
        let gold = dir.join(task.gold_file_name());
        let pred = dir.join(format!("pred-{task}.jsonl"));
        let out = Command::new("python3")
            .arg(corpus.join("score.py"))
            .arg(task.to_string())
            .arg(&gold)
            .arg(&pred)
            .output()
            .unwrap_or_else(|e| panic!("cannot run python3: {e}"));
        assert!(
            out.status.success(),
            "score.py failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let theirs: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(ours(task, &format!("pred-{task}.jsonl")), theirs, "{task}");
        assert_eq!(
            ours(task, "pred-newsfacts-bytes.jsonl"),
            theirs,
            "{task} (newsfacts records)"
        );
    }
}
