//! The `quotes` analyzer (and what it requires) on arbitrary text: never
//! panics, and every finding's span lies on character boundaries of the text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newsfacts::core::{Article, Published};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let pipeline = newsfacts::runner::Pipeline::from_registry(&["quotes"], &Default::default()).expect("pipeline");
    let article = Article::new("fuzz", text).published(Published::ymd(2022, 1, 21).expect("date"));
    let record = pipeline.analyze(article);
    assert!(record.errors.is_empty(), "{:?}", record.errors);
    let json = serde_json::to_value(&record).expect("serializes");
    let chars: Vec<char> = text.chars().collect();
    let findings = match &json["quotes"] {
        serde_json::Value::Array(items) => items.clone(),
        other => other["figures"].as_array().cloned().unwrap_or_default(),
    };
    for f in findings {
        let (s, e) = (f["start"].as_u64().unwrap() as usize, f["end"].as_u64().unwrap() as usize);
        assert!(s <= e && e <= chars.len());
    }
});
