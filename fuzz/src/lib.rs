//! Shared checks for the fuzz targets in `fuzz_targets/`.

use newsfacts::core::{Article, Published};

/// Runs the analyzer `name` (and what it requires) on `data` as an article
/// body: it must not fail or panic, and every finding's character span must
/// lie inside the text.
pub fn check_analyzer(name: &str, data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let pipeline =
        newsfacts::runner::Pipeline::from_registry(&[name], &Default::default()).expect("pipeline");
    let article = Article::new("fuzz", text).published(Published::ymd(2022, 1, 21).expect("date"));
    let record = pipeline.analyze(article);
    assert!(record.errors.is_empty(), "{:?}", record.errors);
    let json = serde_json::to_value(&record).expect("serializes");
    let chars = text.chars().count() as u64;
    let findings = match &json[name] {
        serde_json::Value::Array(items) => items.clone(),
        other => other["figures"].as_array().cloned().unwrap_or_default(),
    };
    for f in findings {
        let (s, e) = (
            f["start"].as_u64().expect("start"),
            f["end"].as_u64().expect("end"),
        );
        assert!(
            s <= e && e <= chars,
            "span {s}..{e} outside a text of {chars} chars"
        );
    }
}
