//! Broken input and failing analyzers never lose the other articles.

use newsfacts::core::{Analyzer, Article, Document, Error, Published};
use newsfacts::runner::Pipeline;

use crate::util::{self, records, run};

#[test]
fn broken_lines_and_files_are_reported_and_the_rest_is_analysed() {
    let dir = util::temp_dir("bad-input");
    let good = r#"{"id":"g1","date":"2023-05-02","text":"Two people were killed on Monday, police said."}"#;
    let lines = [
        good,
        r#"{"id":"broken","date":"2023-05-02","text":"unterminated"#,
        r#"{"id":"g2","date":null,"text":"The council met yesterday."}"#,
        r#"{"id":"g3","date":"2023-13-45","text":"A date that does not exist."}"#,
        r#"{"id":"g4","date":"2023-05-02","body_typo":"no text field"}"#,
        r#"{"id":"g5","date":"2023-05-02","text":"The last good one, on Friday."}"#,
    ];
    std::fs::write(dir.join("a.jsonl"), lines.join("\n") + "\n").unwrap();
    std::fs::write(
        dir.join("b.txt"),
        b"Title\n20230502\nhttps://x\nBad \xff\xfe bytes\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("c.txt"),
        "A dateline article\n2023-99-99\nhttps://x\nThe storm hit on Sunday.\n",
    )
    .unwrap();

    let out = run(&["run", dir.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2), "some inputs failed");
    let err = String::from_utf8_lossy(&out.stderr);
    let recs = records(&out.stdout);
    let ids: Vec<_> = recs
        .iter()
        .map(|r| r["id"].as_str().unwrap_or("<none>").to_string())
        .collect();
    // Every readable article is analysed and written, in input order; each
    // unreadable one leaves an error record in its place.
    // The line without a text field keeps its id, so its error pairs with it.
    assert_eq!(
        ids,
        ["g1", "<none>", "g2", "g3", "g4", "g5", "<none>", "c"],
        "{err}"
    );
    assert!(
        recs[4]["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("--field text=NAME"),
        "the message names the fix: {}",
        recs[4]
    );
    assert!(recs[0]["dates"].as_array().is_some_and(|d| !d.is_empty()));
    assert!(recs[5]["dates"].as_array().is_some_and(|d| !d.is_empty()));
    assert_eq!(
        recs[2]["published"],
        serde_json::Value::Null,
        "a null date is no error"
    );
    assert_eq!(recs[2]["errors"], serde_json::json!([]));
    for (i, line, what) in [
        (1, "a.jsonl:2", "JSON"),
        (3, "a.jsonl:4", "2023-13-45"),
        (4, "a.jsonl:5", "text"),
    ] {
        let e = &recs[i]["errors"][0];
        assert_eq!(e["stage"], "input", "record {i}");
        let msg = e["message"].as_str().unwrap();
        assert!(
            msg.contains(what) || e.to_string().contains(what),
            "record {i}: {e}"
        );
        assert!(err.contains(line), "stderr names {line}: {err}");
    }
    assert!(
        err.contains("b.txt") && err.to_lowercase().contains("utf-8"),
        "{err}"
    );
    assert!(
        err.contains("c.txt:2"),
        "the bad dateline date names line 2: {err}"
    );
    assert_eq!(recs[7]["published"], serde_json::Value::Null);
    assert!(
        recs[7]["quotes"].is_array(),
        "the article with a bad date is still analysed"
    );
}

#[test]
fn a_missing_input_is_reported_and_the_others_still_run() {
    let missing = util::root().join("no/such/file.jsonl");
    let out = run(
        &[
            "run",
            missing.to_str().unwrap(),
            util::sample_jsonl().to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/file.jsonl"));
    let mut want = vec!["-".to_string()];
    let sample = std::fs::read_to_string(util::sample_jsonl()).unwrap();
    want.extend(sample.lines().filter(|l| !l.trim().is_empty()).map(|l| {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        v["id"].as_str().unwrap().to_string()
    }));
    assert_eq!(util::ids(&records(&out.stdout)), want);
}

/// Panics on any article that mentions a hurricane: a stand-in for a buggy plugin.
struct Brittle;
impl Analyzer for Brittle {
    const NAME: &'static str = "brittle";
    type Config = ();
    type Output = usize;
    fn new(_: ()) -> Result<Self, Error> {
        Ok(Brittle)
    }
    fn analyze(&self, doc: &Document<'_>) -> Result<usize, Error> {
        let n = doc.body().matches("hurricane").count();
        assert!(n == 0, "cannot cope with hurricanes");
        Ok(doc.body().len())
    }
}
newsfacts::core::register!(Brittle, "panics on hurricanes (test only)");

#[test]
fn a_panicking_analyzer_becomes_an_error_entry_and_nothing_else_is_lost() {
    newsfacts::runner::quiet_analyzer_panics();
    let p = Pipeline::from_registry(&["brittle", "dates", "quotes"], &Default::default()).unwrap();
    let day = Published::ymd(2024, 9, 30).unwrap();
    let calm =
        p.analyze(Article::new("calm", "The river rose on Sunday, officials said.").published(day));
    let storm = p.analyze(
        Article::new("storm", "The hurricane struck on Sunday, officials said.").published(day),
    );
    let calm = serde_json::to_value(&calm).unwrap();
    let storm = serde_json::to_value(&storm).unwrap();
    assert_eq!(calm["errors"], serde_json::json!([]));
    assert!(calm["brittle"].is_u64());
    assert!(storm.get("brittle").is_none());
    assert_eq!(storm["errors"][0]["stage"], "panic");
    assert_eq!(storm["errors"][0]["analyzer"], "brittle");
    assert!(
        storm["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("cannot cope with hurricanes")
    );
    assert_eq!(storm["errors"].as_array().unwrap().len(), 1);
    for r in [&calm, &storm] {
        assert_eq!(
            r["dates"][0]["value"], "2024-09-29",
            "the other analyzers ran as usual"
        );
        assert!(r["quotes"].is_array());
    }
}

#[test]
fn an_article_over_the_size_limit_is_reported_and_skipped() {
    let big = format!(
        r#"{{"id":"big","date":"2023-05-02","text":"{}"}}"#,
        "The flood rose. ".repeat(200)
    );
    let input = format!(
        "{}\n{big}\n{}\n",
        r#"{"id":"s1","date":"2023-05-02","text":"Three people died on Monday."}"#,
        r#"{"id":"s2","date":"2023-05-02","text":"Rescuers arrived on Tuesday."}"#
    );
    let out = run(&["run", "--max-article-size", "1K", "-"], input.as_bytes());
    // A filter: the line's problem is in its record, and the stream was read.
    assert_eq!(out.status.code(), Some(0));
    let recs = records(&out.stdout);
    let ids: Vec<_> = recs
        .iter()
        .map(|r| r["id"].as_str().unwrap_or("<none>"))
        .collect();
    assert_eq!(ids, ["s1", "<none>", "s2"]);
    let e = &recs[1]["errors"][0];
    assert_eq!(
        (e["file"].as_str(), e["line"].as_u64()),
        (Some("-"), Some(2))
    );
    assert!(
        e["message"].as_str().unwrap().contains("over the limit"),
        "{e}"
    );
    let bad = run(&["run", "--max-article-size", "lots", "-"], b"");
    assert_eq!(bad.status.code(), Some(1), "a bad size is a usage error");
}
