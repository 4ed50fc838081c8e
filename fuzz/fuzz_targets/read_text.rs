//! The plain-text reader on arbitrary bytes: never panics, and reads exactly
//! one item: the whole input (less a byte-order mark) as the body when it is
//! valid, non-blank UTF-8 within the size limit, else an error saying why.
#![no_main]
use std::io::Cursor;

use libfuzzer_sys::fuzz_target;
use newsfacts::io::{Format, ReadOptions, read_stream};

/// Small, so that the fuzzer also reaches the size limit.
const LIMIT: u64 = 2048;

fuzz_target!(|data: &[u8]| {
    let options = ReadOptions {
        format: Format::Text,
        max_article_bytes: LIMIT,
        ..ReadOptions::default()
    };
    let items: Vec<_> = read_stream("fuzz.txt", Cursor::new(data.to_vec()), options).collect();
    assert_eq!(items.len(), 1, "one file, one item");
    let expected = std::str::from_utf8(data)
        .ok()
        .filter(|_| data.len() as u64 <= LIMIT)
        .map(|t| t.strip_prefix('\u{feff}').unwrap_or(t))
        .filter(|t| !t.trim().is_empty());
    match (&items[0], expected) {
        (Ok(item), Some(body)) => {
            assert_eq!(item.article.body, body);
            assert_eq!((item.file.as_str(), item.line), ("fuzz.txt", 1));
        }
        (Err(e), None) => {
            assert_eq!(e.file, "fuzz.txt");
            assert!(!e.reason.is_empty());
        }
        (got, want) => panic!("read {got:?}, expected {want:?}"),
    }
});
