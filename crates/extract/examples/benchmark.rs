//! Extracts every page of the extraction benchmark and writes the
//! predictions in the benchmark's format, for its own scorer:
//!
//! ```sh
//! cargo run --release -p newsfacts-extract --example benchmark -- \
//!     ../shared/extraction-benchmark /tmp/bench/output/dom_smoothie.json [dom_smoothie|trafilatura]
//! cp ../shared/extraction-benchmark/{evaluate.py,ground-truth.json} /tmp/bench/ && (cd /tmp/bench && python3 evaluate.py)
//! ```
//!
//! Also prints the extraction speed on one core (pages/s and MB/s of HTML),
//! timing the extraction only (the pages are decompressed beforehand).

use std::collections::BTreeMap;
use std::io::Read;
use std::time::Instant;

use newsfacts_extract::{Extractor, Page, extract};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(dir), Some(out)) = (args.get(1), args.get(2)) else {
        return Err("usage: benchmark BENCHMARK_DIR OUTPUT.json [EXTRACTOR] [ROUNDS]".into());
    };
    let extractor: Extractor = match args.get(3) {
        Some(name) => name.parse()?,
        None => Extractor::default(),
    };
    let rounds: usize = args.get(4).map(|r| r.parse()).transpose()?.unwrap_or(1);
    let mut pages = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(format!("{dir}/html"))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    paths.sort();
    for path in paths {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let Some(id) = name.strip_suffix(".html.gz") else {
            continue;
        };
        let mut html = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&path)?).read_to_end(&mut html)?;
        pages.push((id.to_string(), html));
    }
    let bytes: usize = pages.iter().map(|(_, h)| h.len()).sum();
    let mut output = BTreeMap::new();
    let started = Instant::now();
    for _ in 0..rounds {
        for (id, html) in &pages {
            let body = match extract(&Page::new(html), extractor) {
                Ok(page) => page.text,
                Err(e) => {
                    eprintln!("{id}: {e}");
                    String::new()
                }
            };
            output.insert(id.clone(), serde_json::json!({ "articleBody": body }));
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let n = pages.len() * rounds;
    eprintln!(
        "{extractor} {}: {n} pages, {:.1} MB of HTML in {secs:.2} s: {:.0} pages/s, {:.2} MB/s",
        extractor.version(),
        (bytes * rounds) as f64 / 1e6,
        n as f64 / secs,
        (bytes * rounds) as f64 / 1e6 / secs
    );
    if let Some(parent) = std::path::Path::new(out).parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(out, serde_json::to_string(&output)?)?;
    Ok(())
}
