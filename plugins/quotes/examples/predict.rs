//! Runs the quotes analyzer over a corpus `articles.jsonl` and prints
//! predictions in the shared corpus format, with character offsets, for
//! `python3 score.py quotes GOLD PRED`.
//!
//! ```text
//! cargo run -p newsfacts-quotes --example predict -- ARTICLES.jsonl > pred.jsonl
//! ```

use std::io::{BufRead, Write};

use newsfacts_core::{Analyzer, Article, CharIndex, Document};
use newsfacts_quotes::{Quotes, QuotesConfig};
use serde_json::{Value, json};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: predict ARTICLES.jsonl")?;
    let analyzer = Quotes::new(QuotesConfig::default())?;
    let reader = std::io::BufReader::new(std::fs::File::open(path)?);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in reader.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(&line)?;
        let id = v["id"].as_str().unwrap_or_default().to_string();
        let text = v["text"].as_str().unwrap_or_default().to_string();
        let article = Article::new(id.clone(), text);
        let doc = Document::new(&article);
        let idx = CharIndex::new(&article.body);
        let c = |b: usize| idx.char_of_byte_floor(b);
        let quotes: Vec<Value> = analyzer
            .analyze(&doc)?
            .iter()
            .map(|q| {
                json!({
                    "start": c(q.span.start()),
                    "end": c(q.span.end()),
                    "text": q.text,
                    "speaker": q.speaker,
                    "speaker_text": q.speaker_text,
                    "speaker_start": q.speaker_start.map(c),
                    "speaker_end": q.speaker_end.map(c),
                    "kind": q.kind,
                    "cue": q.cue,
                })
            })
            .collect();
        writeln!(out, "{}", json!({"id": id, "quotes": quotes}))?;
    }
    Ok(())
}
