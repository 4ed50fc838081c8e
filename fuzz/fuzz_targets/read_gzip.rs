//! The gzip path of the readers on arbitrary bytes. The first byte picks what
//! the rest becomes: raw bytes under a `.gz` name (mostly corrupt streams), a
//! valid gzip stream of the rest, or that stream cut short. Never panics;
//! a complete stream reads exactly like the same bytes uncompressed; a cut
//! one yields what was complete and then an error naming the file.
#![no_main]
use std::io::{Cursor, Write};

use flate2::{Compression, write::GzEncoder};
use libfuzzer_sys::fuzz_target;
use newsfacts::io::{Error, Item, ReadOptions, read_stream};

/// What a test compares: per item, the article's id and body or the error's
/// line and reason.
fn summary(
    items: Vec<Result<Item, Error>>,
) -> Vec<Result<(String, String), (Option<u64>, String)>> {
    items
        .into_iter()
        .map(|i| match i {
            Ok(i) => Ok((i.article.id, i.article.body)),
            Err(e) => Err((e.line, e.reason)),
        })
        .collect()
}

fn read(name: &str, bytes: Vec<u8>) -> Vec<Result<Item, Error>> {
    let options = ReadOptions {
        max_article_bytes: 4096,
        ..ReadOptions::default()
    };
    read_stream(name, Cursor::new(bytes), options).collect()
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
    encoder.write_all(rest).expect("writes to memory");
    let gz = encoder.finish().expect("writes to memory");
    match mode % 3 {
        0 => {
            for item in read("fuzz.jsonl.gz", rest.to_vec()) {
                if let Err(e) = item {
                    assert_eq!(e.file, "fuzz.jsonl.gz");
                    assert!(!e.reason.is_empty());
                }
            }
        }
        1 => {
            let compressed = summary(read("fuzz.jsonl.gz", gz));
            let plain = summary(read("fuzz.jsonl", rest.to_vec()));
            assert_eq!(compressed, plain);
        }
        _ => {
            let cut = gz.len() * usize::from(mode) / 256;
            let items = read("fuzz.jsonl.gz", gz[..cut].to_vec());
            if let Some(Err(e)) = items.last() {
                assert!(!e.reason.is_empty());
            }
            for item in &items {
                if let Err(e) = item {
                    assert_eq!(e.file, "fuzz.jsonl.gz");
                }
            }
        }
    }
});
