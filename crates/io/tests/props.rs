//! Property tests: no input makes a reader panic, and both text formats
//! round-trip any article they can represent.

use std::collections::BTreeMap;
use std::io::{Cursor, Write};

use chrono::{FixedOffset, NaiveDate, NaiveTime};
use newsfacts_core::{Article, Published};
use newsfacts_io::{
    FieldNames, Format, JsonLinesWriter, ReadOptions, parse_dateline, read_stream, to_dateline,
};
use proptest::prelude::*;
use serde_json::Value;

/// Reads `bytes` as the content of a file called `name`, through the same
/// code as real files, and checks what every item says about where it came
/// from.
fn read_all(
    name: &str,
    bytes: Vec<u8>,
    format: Format,
) -> Vec<Result<newsfacts_io::Item, newsfacts_io::Error>> {
    let items: Vec<_> = read_stream(
        name,
        Cursor::new(bytes),
        ReadOptions {
            format,
            ..Default::default()
        },
    )
    .collect();
    for item in &items {
        match item {
            Ok(i) => assert!(i.file == name && i.line >= 1),
            Err(e) => {
                assert_eq!(e.file, name);
                assert!(e.to_string().starts_with(name));
            }
        }
    }
    items
}

const NAMES: [&str; 6] = ["in.jsonl", "in.txt", "-", "in", "in.jsonl.gz", "in.txt.gz"];
const FORMATS: [Format; 4] = [Format::Auto, Format::Dateline, Format::Jsonl, Format::Text];

/// Bytes that are often almost an article: fragments of JSON and dateline
/// text mixed with arbitrary bytes, so the parsers are reached, not only
/// their first check.
fn nearly_articles() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"{\"text\":\"".to_vec()),
        Just(b"\"}\n".to_vec()),
        Just(b"{\"id\":1,\"date\":\"2024-02-30\",\"body\":\"x\"}\n".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"20240229\n".to_vec()),
        Just(b"https://example.org/a\n".to_vec()),
        Just(b"\xef\xbb\xbf".to_vec()),
        Just(b"  ".to_vec()),
        "\\PC{0,12}".prop_map(String::into_bytes),
        proptest::collection::vec(any::<u8>(), 0..6),
    ];
    proptest::collection::vec(piece, 0..24).prop_map(|p| p.concat())
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(bytes).unwrap_or_default();
    gz.finish().unwrap_or_default()
}

fn published(max_year: i32) -> impl Strategy<Value = Published> {
    (
        1i32..=max_year,
        1u32..=12,
        1u32..=28,
        proptest::option::of((0u32..86_400, 0u32..1000)),
        proptest::option::of(-50_400i32..=50_400),
    )
        .prop_map(|(y, m, d, time, off)| {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
            let time = time.and_then(|(s, ms)| {
                NaiveTime::from_num_seconds_from_midnight_opt(s, ms * 1_000_000)
            });
            // An offset only comes with a time (a date alone has none).
            let offset = time
                .and(off)
                .and_then(|o| FixedOffset::east_opt(o / 60 * 60));
            Published { date, time, offset }
        })
}

/// Any JSON value serde_json reads back equal. Floats are multiples of 1/8:
/// serde_json without its `float_roundtrip` feature parses long decimals to
/// the nearest float only approximately, which is not what is tested here.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<i32>().prop_map(|i| Value::from(f64::from(i) / 8.0)),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map(any::<String>(), inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Any article, with meta keys other than the five names the writer uses
/// for the article's own fields.
fn any_article() -> impl Strategy<Value = Article> {
    let primary = ["id", "title", "date", "url", "text"];
    (
        any::<String>(),
        proptest::option::of(any::<String>()),
        proptest::option::of(published(9999)),
        proptest::option::of(any::<String>()),
        any::<String>(),
        proptest::collection::btree_map(
            prop_oneof![
                any::<String>(),
                Just("headline".to_string()),
                Just("body".to_string())
            ]
            .prop_filter("a key the writer uses", move |k| {
                !primary.contains(&k.as_str())
            }),
            json_value(),
            0..5,
        ),
    )
        .prop_map(|(id, title, published, url, body, meta)| Article {
            id,
            title,
            published,
            url,
            body,
            meta,
        })
}

/// A line of the dateline header: no line breaks; empty reads as `None`, so
/// it is never `Some("")`.
fn header_line() -> impl Strategy<Value = Option<String>> {
    proptest::option::of("[^\r\n]{1,40}")
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic_any_reader(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        for name in NAMES {
            for format in FORMATS {
                read_all(name, bytes.clone(), format);
            }
        }
    }

    #[test]
    fn nearly_articles_never_panic_plain_or_gzipped(bytes in nearly_articles()) {
        let packed = gzip(&bytes);
        for format in FORMATS {
            for name in ["in.jsonl", "in.txt", "-"] {
                read_all(name, bytes.clone(), format);
            }
            let plain = read_all("in.jsonl", bytes.clone(), format);
            let unpacked = read_all("in.jsonl.gz", packed.clone(), format);
            prop_assert_eq!(plain.len(), unpacked.len());
            read_all("in.txt.gz", packed.clone(), format);
            read_all("-", packed.clone(), format);
        }
        let text = String::from_utf8_lossy(&bytes);
        let _ = parse_dateline("x.txt", &text);
    }

    #[test]
    fn json_lines_round_trip_any_article(articles in proptest::collection::vec(any_article(), 1..4)) {
        let fields = FieldNames::default();
        let mut w = JsonLinesWriter::new(Vec::new());
        for a in &articles {
            w.write_article(a, &fields).map_err(|e| TestCaseError::fail(e.to_string()))?;
        }
        let bytes = w.finish().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let back: Vec<Article> = read_all("rt.jsonl", bytes, Format::Auto)
            .into_iter()
            .map(|r| r.map(|i| i.article).map_err(|e| TestCaseError::fail(e.to_string())))
            .collect::<Result<_, _>>()?;
        prop_assert_eq!(back, articles);
    }

    #[test]
    fn dateline_round_trips_any_article_it_can_hold(
        title in header_line().prop_filter("a leading BOM is skipped", |t| !t.as_deref().unwrap_or("").starts_with('\u{feff}')),
        url in header_line(),
        published in proptest::option::of(published(9999)),
        body in any::<String>(),
    ) {
        let a = Article { id: "story".into(), title, published, url, body, meta: BTreeMap::new() };
        let text = to_dateline(&a);
        // A file of white space only is refused as empty (documented).
        prop_assume!(!text.trim().is_empty());
        let item = read_all("story.txt", text.clone().into_bytes(), Format::Dateline)
            .pop()
            .and_then(Result::ok)
            .ok_or_else(|| TestCaseError::fail(format!("not read back: {text:?}")))?;
        prop_assert_eq!(&item.article, &a);
        prop_assert_eq!(item.warnings.is_empty(), a.published.is_some());
        if a.published.is_some() {
            // With a date on line 2, automatic detection agrees.
            let auto = read_all("story.txt", text.into_bytes(), Format::Auto);
            prop_assert_eq!(&auto[0].as_ref().map_err(|e| TestCaseError::fail(e.to_string()))?.article, &a);
        }
    }
}
