//! Prints the sentences of a text, one a line, with their byte offsets.
//!
//! ```text
//! cargo run --release -p newsfacts-text --example sentences -- article.txt
//! echo 'Gen. Kim left at 5 p.m. The talks ended.' | cargo run -p newsfacts-text --example sentences
//! ```
//!
//! With `--stats` it prints only the counts of sentences, paragraphs and
//! tokens and the throughput of each splitter, to measure on a large file.

use std::io::Read;
use std::time::Instant;

use newsfacts_text::{split_paragraphs, split_sentences, tokenize};

fn main() -> std::io::Result<()> {
    let mut stats = false;
    let mut path = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--stats" => stats = true,
            _ => path = Some(arg),
        }
    }
    let text = match path {
        Some(p) => std::fs::read_to_string(p)?,
        None => {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s)?;
            s
        }
    };
    if !stats {
        for s in split_sentences(&text) {
            println!("{}\t{}\t{}", s.start(), s.end(), s.text(&text));
        }
        return Ok(());
    }
    let mb = text.len() as f64 / 1e6;
    let time = |name: &str, count: &dyn Fn() -> usize| {
        let t = Instant::now();
        let n = count();
        let secs = t.elapsed().as_secs_f64().max(1e-9);
        println!("{name:<10} {n:>9} in {mb:.1} MB: {:.0} MB/s", mb / secs);
    };
    time("sentences", &|| split_sentences(&text).len());
    time("paragraphs", &|| split_paragraphs(&text).len());
    time("tokens", &|| tokenize(&text).len());
    Ok(())
}
