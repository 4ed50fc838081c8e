//! Hostile input: every case checks the message (file, line, reason) and
//! that every good article around the bad one is still analysed and written.

use std::path::Path;

use crate::util::{self, records, run};

fn good(i: u32) -> String {
    format!(r#"{{"id":"g{i}","date":"2023-05-02","text":"Two people were killed on Monday."}}"#)
}

/// Runs on `path` (dates only: the input side is under test) and returns
/// (exit code, ids in output order, stderr).
fn run_on(path: &Path) -> (Option<i32>, Vec<String>, String, Vec<serde_json::Value>) {
    let out = run(
        &["run", "--quiet", "-a", "dates", path.to_str().unwrap()],
        b"",
    );
    let recs = records(&out.stdout);
    let ids = util::ids(&recs);
    (
        out.status.code(),
        ids,
        String::from_utf8_lossy(&out.stderr).into_owned(),
        recs,
    )
}

fn assert_good_analysed(recs: &[serde_json::Value]) {
    for r in recs
        .iter()
        .filter(|r| r["id"].as_str().is_some_and(|id| id.starts_with('g')))
    {
        assert_eq!(r["dates"][0]["value"], "2023-05-01", "{r}");
    }
}

#[test]
fn invalid_utf8_in_each_format() {
    let dir = util::temp_dir("hostile-utf8");
    let jsonl = dir.join("a.jsonl");
    let mut bytes = format!("{}\n", good(1)).into_bytes();
    bytes.extend_from_slice(b"{\"id\":\"bad\",\"text\":\"caf\xe9\"}\n");
    bytes.extend_from_slice(format!("{}\n", good(2)).as_bytes());
    std::fs::write(&jsonl, bytes).unwrap();
    let (code, ids, err, recs) = run_on(&jsonl);
    assert_eq!(
        (code, ids),
        (Some(2), vec!["g1".into(), "-".into(), "g2".into()])
    );
    assert!(
        err.contains("a.jsonl:2: not valid UTF-8 (invalid byte at column 24)"),
        "{err}"
    );
    assert_good_analysed(&recs);

    let dateline = dir.join("b.txt");
    std::fs::write(&dateline, b"Title\n20230502\nhttps://x\nBad \xff bytes\n").unwrap();
    let (code, _, err, _) = run_on(&dateline);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("b.txt: not valid UTF-8 (invalid byte at offset 29, line 4)"),
        "{err}"
    );

    let text = dir.join("c.text");
    std::fs::write(&text, b"Plain \xc3\x28 text\n").unwrap();
    let (_, _, err, _) = run_on(&text);
    assert!(
        err.contains("c.text: not valid UTF-8 (invalid byte at offset 6, line 1)"),
        "{err}"
    );
}

#[test]
fn a_truncated_gzip_stream_keeps_what_came_before() {
    use std::io::Write;
    let dir = util::temp_dir("hostile-gz");
    let path = dir.join("t.jsonl.gz");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    for i in 3..6 {
        writeln!(gz, "{}", good(i)).unwrap();
    }
    let data = gz.finish().unwrap();
    std::fs::write(&path, &data[..data.len() - 10]).unwrap();
    let (code, ids, err, recs) = run_on(&path);
    assert_eq!(code, Some(2));
    assert_eq!(ids, ["g3", "g4", "-"]);
    assert!(
        err.contains("t.jsonl.gz:3: read error: incomplete deflate stream"),
        "{err}"
    );
    assert_good_analysed(&recs);
}

#[test]
fn json_lines_of_the_wrong_shape() {
    let dir = util::temp_dir("hostile-shapes");
    let path = dir.join("s.jsonl");
    let deep = format!(
        r#"{{"id":"deep","text":"x","extra":{}{}}}"#,
        "[".repeat(100),
        "]".repeat(100)
    );
    let deeper = format!(
        r#"{{"id":"deeper","text":"x","extra":{}{}}}"#,
        "[".repeat(200),
        "]".repeat(200)
    );
    let lines = [
        good(6),
        "[1,2,3]".into(),
        r#""just a string""#.into(),
        r#"{"id":7,"date":20230502,"title":["x"],"text":"Numbers for id and date."}"#.into(),
        r#"{"id":"t","text":5}"#.into(),
        deep,
        deeper,
        r#"{"id":"d9","date":"99999999","text":"A date that cannot be."}"#.into(),
        r#"{"id":"dup","text":"First."}"#.into(),
        r#"{"id":"dup","text":"Second."}"#.into(),
        good(8),
    ];
    std::fs::write(&path, lines.join("\n")).unwrap();
    let (code, ids, err, recs) = run_on(&path);
    assert_eq!(code, Some(2));
    assert_eq!(
        ids,
        [
            "g6", "-", "-", "7", "-", "deep", "-", "d9", "dup", "dup", "g8"
        ],
        "{err}"
    );
    for expected in [
        "s.jsonl:2: not an article object (column 0): invalid type: sequence, expected a map",
        "s.jsonl:3: not an article object (column 15): invalid type: string \"just a string\", expected a map",
        "s.jsonl:4: article `7`: field `title` holds an array where a string was expected; ignored",
        "s.jsonl:5: field `text` holds a number: the article text must be a string",
        "s.jsonl:7: invalid JSON at column 161: recursion limit exceeded",
        "s.jsonl:8: article `d9`: field `date`: invalid publication date `99999999`",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
    assert_eq!(
        recs[3]["published"], "2023-05-02",
        "a numeric YYYYMMDD date is read"
    );
    assert_eq!(
        recs[5]["extra"].to_string().len(),
        200,
        "a deeply nested value is carried through"
    );
    assert_good_analysed(&recs);
}

#[test]
fn empty_and_binary_files() {
    let dir = util::temp_dir("hostile-empty");
    std::fs::write(dir.join("empty.jsonl"), "").unwrap();
    let (code, ids, err, _) = run_on(&dir.join("empty.jsonl"));
    assert_eq!(
        (code, ids.len(), err.as_str()),
        (
            Some(1),
            0,
            "newsfacts: error: nothing was read: no article in the inputs given\n"
        ),
        "an empty JSON Lines file holds no article: nothing was done"
    );
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    let (code, _, err, _) = run_on(&dir.join("empty.txt"));
    assert_eq!(code, Some(2));
    assert!(
        err.contains("empty.txt: empty file: no article text"),
        "{err}"
    );
    let binary: Vec<u8> = (0..=255u8).cycle().take(1024).collect();
    std::fs::write(dir.join("binary.txt"), binary).unwrap();
    let (code, _, err, _) = run_on(&dir.join("binary.txt"));
    assert_eq!(code, Some(2));
    assert!(
        err.contains("binary.txt: not valid UTF-8 (invalid byte at offset 128, line 2)"),
        "{err}"
    );
}

/// Pathological texts go through every analyzer (nothing fails, nothing is
/// lost) and an article over the default 10 MiB limit is skipped with a
/// message. Linear time itself is checked per analyzer, comparing N and 4N
/// (`plugins/dates/tests/linear_time.rs`, `plugins/quotes/tests/linear.rs`, the casualties unit tests in `plugins/casualties/src/tests/`), and `benches/linear.rs` measures the time
/// per byte at two sizes.
#[test]
fn pathological_texts_pass_every_analyzer() {
    let texts = [
        ("one-line", "word ".repeat(200_000)),
        ("quote-marks", "\"".repeat(50_000)),
        ("digits", "7".repeat(50_000)),
        ("control", "\u{1}\u{2}\u{7}\t\u{1b}".repeat(20_000)),
        ("speech", "President Joe Biden said that ".repeat(10_000)),
    ];
    let mut input = good(1) + "\n";
    for (id, text) in &texts {
        input += &serde_json::json!({"id": id, "date": "2023-05-02", "text": text}).to_string();
        input += "\n";
    }
    input +=
        &serde_json::json!({"id": "huge", "text": "a".repeat(10 * 1024 * 1024 + 1)}).to_string();
    input += "\n";
    input += &good(2);
    let out = run(&["run", "--quiet", "-"], input.as_bytes());
    let recs = records(&out.stdout);
    assert_eq!(
        util::ids(&recs),
        [
            "g1",
            "one-line",
            "quote-marks",
            "digits",
            "control",
            "speech",
            "-",
            "g2"
        ]
    );
    for r in &recs[..6] {
        assert_eq!(r["errors"], serde_json::json!([]), "{}", r["id"]);
    }
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "-:7: article of 10.0 MiB is over the limit of 10.0 MiB (--max-article-size); skipped"
        ),
        "{err}"
    );
    assert_good_analysed(&recs);
}

/// A 50 MB article, as one JSON line and as one plain-text file: skipped with
/// a message under the default 10 MiB limit (the good articles around it
/// still analysed, an error record in its place), and read whole when the
/// limit is raised above it.
#[test]
fn a_50_mb_article() {
    let dir = util::temp_dir("hostile-50mb");
    let prose = "The committee met again on Tuesday and said little. ";
    let huge = prose.repeat(50_000_000 / prose.len() + 1);
    let line = serde_json::json!({"id": "huge-line", "date": "2023-05-02", "text": huge});
    std::fs::write(
        dir.join("a.jsonl"),
        format!("{}\n{line}\n{}\n", good(1), good(2)),
    )
    .unwrap();
    std::fs::write(dir.join("b-huge.txt"), &huge).unwrap();
    std::fs::write(dir.join("c.jsonl"), good(3) + "\n").unwrap();

    let (code, ids, err, recs) = run_on(&dir);
    assert_eq!(code, Some(2), "{err}");
    assert_eq!(ids, ["g1", "-", "g2", "-", "g3"], "{err}");
    assert!(
        err.contains("a.jsonl:2: article of 47.7 MiB is over the limit of 10.0 MiB (--max-article-size); skipped"),
        "{err}"
    );
    assert!(
        err.contains(
            "b-huge.txt: file is over the article size limit of 10.0 MiB (--max-article-size); skipped"
        ),
        "{err}"
    );
    assert_good_analysed(&recs);

    // Raised limit: both are read whole (no analyzer, so that the test reads
    // and writes 100 MB without timing analyzers in a debug build).
    let out = run(
        &[
            "run",
            "--quiet",
            "-a",
            "none",
            "--max-article-size",
            "64M",
            "--date",
            "2023-05-02",
            dir.to_str().unwrap(),
        ],
        b"",
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert_eq!(
        util::ids(&records(&out.stdout)),
        ["g1", "huge-line", "g2", "b-huge", "g3"]
    );
}
