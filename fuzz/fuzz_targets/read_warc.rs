//! The WARC reader on arbitrary bytes. The first byte picks what the rest
//! becomes: raw bytes as a WARC file (mostly junk), the rest as the HTTP
//! block of a response record in a valid crawl (plain or gzip per record)
//! between two good records, or that crawl cut short. Never panics; the
//! good record after a damaged one is always read (except after a cut,
//! which ends the file); every error names its record.
#![no_main]
use std::io::Cursor;

use libfuzzer_sys::fuzz_target;
use newsfacts::io::warc::{WarcItem, WarcReader, WarcWriter};
use newsfacts::io::{Format, ReadOptions, read_stream};

fn items(bytes: Vec<u8>) -> Vec<Result<WarcItem, newsfacts::io::warc::WarcError>> {
    WarcReader::new(Cursor::new(bytes))
        .with_limit(1 << 16)
        .collect()
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    match mode % 3 {
        0 => {
            for item in items(rest.to_vec()) {
                if let Err(e) = item {
                    assert!(e.record >= 1 && !e.message.is_empty());
                }
            }
            // The same bytes through the article stream, deferred (no
            // extraction) and not.
            for defer in [true, false] {
                let options = ReadOptions {
                    format: Format::Warc,
                    defer_extraction: defer,
                    max_article_bytes: 1 << 16,
                    ..ReadOptions::default()
                };
                for item in read_stream("fuzz.warc", Cursor::new(rest.to_vec()), options) {
                    if let Err(e) = item {
                        assert_eq!(e.file, "fuzz.warc");
                    }
                }
            }
        }
        _ => {
            let gzip = mode & 0x10 != 0;
            let mut w = WarcWriter::new(Vec::new(), gzip);
            w.response(
                "https://before.example/",
                "2024-01-01T00:00:00Z",
                "text/html",
                b"<html>before",
            )
            .expect("memory");
            w.record(
                "response",
                &[("WARC-Target-URI", "https://fuzz.example/")],
                rest,
            )
            .expect("memory");
            w.response(
                "https://after.example/",
                "2024-01-01T00:00:00Z",
                "text/html",
                b"<html>after",
            )
            .expect("memory");
            let mut bytes = w.finish().expect("memory");
            let cut = mode % 3 == 2;
            if cut {
                bytes.truncate(bytes.len() * usize::from(mode) / 256);
            }
            let got = items(bytes);
            let pages: Vec<_> = got
                .iter()
                .filter_map(|i| match i {
                    Ok(WarcItem::Page(p)) => p.target_uri.clone(),
                    _ => None,
                })
                .collect();
            if !cut {
                assert_eq!(
                    pages.first().map(String::as_str),
                    Some("https://before.example/")
                );
                assert_eq!(
                    pages.last().map(String::as_str),
                    Some("https://after.example/")
                );
            }
        }
    }
});
