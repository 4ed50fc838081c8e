//! The HTML path on arbitrary bytes: charset decoding, the nesting guard,
//! main-text extraction and metadata, as an HTML file read by the readers.
//! The first byte picks a declared charset (none, a real one, an unknown
//! one). Never panics; a page read has at least the minimum of text, and
//! its text is one paragraph a line.
#![no_main]
use std::io::Cursor;

use libfuzzer_sys::fuzz_target;
use newsfacts::io::extract::{MIN_CHARS, Page, decode, extract};
use newsfacts::io::{Extractor, ReadOptions, read_stream};

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let charset = [
        None,
        Some("windows-1252"),
        Some("shift_jis"),
        Some("x-unknown"),
    ][usize::from(mode % 4)];
    let decoded = decode(rest, charset);
    assert!(!decoded.text.starts_with('\u{feff}'));
    let page = Page {
        charset,
        url: Some("https://fuzz.example/a/b"),
        ..Page::new(rest)
    };
    if let Ok(found) = extract(&page, Extractor::default()) {
        assert!(found.text.chars().filter(|c| c.is_alphanumeric()).count() >= MIN_CHARS);
        assert!(!found.text.contains("\n\n") && !found.text.starts_with(char::is_whitespace));
    }
    let options = ReadOptions {
        max_article_bytes: 1 << 16,
        ..ReadOptions::default()
    };
    for item in read_stream("fuzz.html", Cursor::new(rest.to_vec()), options) {
        match item {
            Ok(item) => assert!(item.page.is_none() && !item.article.body.is_empty()),
            Err(e) => assert_eq!(e.file, "fuzz.html"),
        }
    }
});
