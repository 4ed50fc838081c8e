//! Runs the dates analyzer over a corpus `articles.jsonl` and prints
//! predictions in the corpus format, with character offsets, for
//! `score.py dates GOLD PRED`.
//!
//! ```text
//! cargo run -p newsfacts-dates --example predict -- ../shared/corpus/sample/articles.jsonl > /tmp/pred.jsonl
//! python3 ../shared/corpus/score.py dates ../shared/corpus/sample/dates.jsonl /tmp/pred.jsonl
//! ```

use std::io::{BufRead, Write};

use newsfacts_core::{Analyzer, Article, CharIndex, Document};
use newsfacts_dates::{Dates, DatesConfig};
use serde_json::{Value, json};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: predict ARTICLES.jsonl")?;
    let dates = Dates::new(DatesConfig::default())?;
    let out = std::io::stdout();
    let mut out = out.lock();
    for line in std::io::BufReader::new(std::fs::File::open(path)?).lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(&line)?;
        let id = v["id"].as_str().unwrap_or_default().to_string();
        let text = v["text"].as_str().unwrap_or_default();
        let mut article = Article::new(id.clone(), text);
        if let Some(d) = v["date"].as_str() {
            article = article.published(d.parse()?);
        }
        let found = dates.analyze(&Document::new(&article))?;
        let index = CharIndex::new(text);
        let timexes: Vec<Value> = found
            .iter()
            .map(|t| {
                json!({
                    "start": index.char_of_byte_floor(t.span.start()),
                    "end": index.char_of_byte_floor(t.span.end()),
                    "text": t.text,
                    "type": t.kind,
                    "value": t.value,
                })
            })
            .collect();
        writeln!(out, "{}", json!({"id": id, "timexes": timexes}))?;
    }
    Ok(())
}
