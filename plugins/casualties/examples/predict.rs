//! Runs the casualties analyzer on a corpus `articles.jsonl` and prints
//! predictions in the corpus format (character offsets), for
//! `python3 score.py casualties GOLD PRED`.
//!
//! ```text
//! cargo run -p newsfacts-casualties --example predict -- articles.jsonl > pred.jsonl
//! ```

use std::io::{BufRead, BufReader, Write};

use newsfacts_casualties::{Casualties, CasualtiesConfig};
use newsfacts_core::{Analyzer, Article, CharIndex, Document};
use serde_json::{Value, json};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: predict ARTICLES.jsonl")?;
    let analyzer = Casualties::new(CasualtiesConfig::default())?;
    let out = std::io::stdout();
    let mut out = out.lock();
    for line in BufReader::new(std::fs::File::open(path)?).lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(&line)?;
        let id = v["id"].as_str().unwrap_or_default().to_string();
        let text = v["text"].as_str().unwrap_or_default().to_string();
        let article = Article::new(id.clone(), text.clone());
        let doc = Document::new(&article);
        let report = analyzer.analyze(&doc)?;
        let idx = CharIndex::new(&text);
        let figures: Vec<Value> = report
            .figures
            .iter()
            .map(|f| {
                json!({
                    "start": idx.char_of_byte_floor(f.span.start()),
                    "end": idx.char_of_byte_floor(f.span.end()),
                    "text": f.text, "kind": f.kind, "count": f.count, "min": f.min,
                    "max": f.max, "approximate": f.approximate,
                })
            })
            .collect();
        let rec = json!({"id": id, "figures": figures,
                         "killed": report.totals.killed, "injured": report.totals.injured});
        writeln!(out, "{rec}")?;
    }
    Ok(())
}
