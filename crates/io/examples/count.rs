//! Reads the given files, folders or `-` and prints how many articles and
//! errors were read, and how fast: a quick way to measure the readers.
//!
//! ```text
//! cargo run --release -p newsfacts-io --example count -- corpus/ big.jsonl.gz
//! ```

use std::time::Instant;

use newsfacts_io::{ReadOptions, Source, read};

fn main() {
    let sources: Vec<Source> = std::env::args_os().skip(1).map(Source::from_arg).collect();
    let start = Instant::now();
    let (mut articles, mut errors, mut bytes) = (0u64, 0u64, 0usize);
    let mut items = read(sources, ReadOptions::default());
    for item in items.by_ref() {
        match item {
            Ok(item) => {
                articles += 1;
                bytes += item.article.body.len();
            }
            Err(e) => {
                errors += 1;
                eprintln!("{e}");
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    if items.skipped().total() > 0 {
        println!("WARC records skipped: {}", items.skipped());
    }
    println!(
        "{articles} articles, {errors} errors, {:.1} MB of body text in {secs:.2} s: {:.1} MB/s",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs.max(1e-9)
    );
}
