//! Shared checks for the fuzz targets in `fuzz_targets/`.

use newsfacts::core::{Article, Published, Record};
use serde_json::Value;

/// Runs the analyzer `name` (and what it requires) on `data` as an article
/// body: it must not fail or panic, and its record must pass
/// [`check_record`].
pub fn check_analyzer(name: &str, data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let pipeline =
        newsfacts::runner::Pipeline::from_registry(&[name], &Default::default()).expect("pipeline");
    let article = Article::new("fuzz", text).published(Published::ymd(2022, 1, 21).expect("date"));
    let record = pipeline.analyze(article);
    assert!(record.errors.is_empty(), "{:?}", record.errors);
    check_record(&record, text);
}

/// The invariants of a record of `text`: it serializes, the JSON parses back
/// to the same value, and every finding of every bundled analyzer has a
/// character span inside the text whose characters are its `text` (and the
/// same for a quote's speaker mention).
pub fn check_record(record: &Record, text: &str) {
    let json = serde_json::to_string(record).expect("serializes");
    let back: Value = serde_json::from_str(&json).expect("parses back");
    assert_eq!(back, serde_json::to_value(record).expect("serializes"));
    let chars: Vec<char> = text.chars().collect();
    let slice = |start: &Value, end: &Value| -> String {
        let (s, e) = (
            start.as_u64().expect("start") as usize,
            end.as_u64().expect("end") as usize,
        );
        assert!(
            s <= e && e <= chars.len(),
            "span {s}..{e} outside a text of {} chars",
            chars.len()
        );
        chars[s..e].iter().collect()
    };
    for name in newsfacts::BUNDLED {
        let findings = match &back[name] {
            Value::Array(items) => items.clone(),
            Value::Null => continue,
            other => other["figures"].as_array().cloned().unwrap_or_default(),
        };
        for f in findings {
            assert_eq!(
                slice(&f["start"], &f["end"]),
                f["text"].as_str().expect("text"),
                "{f}"
            );
            if !f["speaker_start"].is_null() {
                assert_eq!(
                    slice(&f["speaker_start"], &f["speaker_end"]),
                    f["speaker_text"].as_str().expect("speaker_text"),
                    "{f}"
                );
            }
        }
    }
}
