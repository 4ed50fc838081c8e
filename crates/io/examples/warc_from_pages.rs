//! Builds a WARC crawl (gzip per record, or plain when the output does not
//! end in `.gz`) of the extraction benchmark's pages, each as a `request`
//! and a `response` record under the URL the benchmark gives it, after one
//! `warcinfo` record: the shape of a CC-NEWS file.
//!
//! ```text
//! cargo run --release -p newsfacts-io --example warc_from_pages -- ../shared/extraction-benchmark /tmp/crawl.warc.gz [REPEAT]
//! ```
//!
//! `REPEAT` writes every page that many times (for size and memory tests).

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, Read};

use newsfacts_io::warc::WarcWriter;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(dir), Some(out)) = (args.get(1), args.get(2)) else {
        return Err("usage: warc_from_pages BENCHMARK_DIR OUT.warc[.gz] [REPEAT]".into());
    };
    let repeat: usize = args.get(3).map(|r| r.parse()).transpose()?.unwrap_or(1);
    let truth: BTreeMap<String, serde_json::Value> =
        serde_json::from_reader(File::open(format!("{dir}/ground-truth.json"))?)?;
    let mut pages = Vec::new();
    for (id, entry) in &truth {
        let mut html = Vec::new();
        flate2::read::GzDecoder::new(File::open(format!("{dir}/html/{id}.html.gz"))?)
            .read_to_end(&mut html)?;
        let url = entry["url"].as_str().unwrap_or_default().to_string();
        pages.push((url, html));
    }
    let gzip = out.ends_with(".gz");
    let mut w = WarcWriter::new(BufWriter::new(File::create(out)?), gzip);
    w.record(
        "warcinfo",
        &[("Content-Type", "application/warc-fields")],
        b"software: newsfacts warc_from_pages\r\nformat: WARC File Format 1.1\r\n",
    )?;
    let mut bytes = 0usize;
    for _ in 0..repeat {
        for (url, html) in &pages {
            let host = url.split('/').nth(2).unwrap_or_default();
            let request =
                format!("GET / HTTP/1.1\r\nHost: {host}\r\nUser-Agent: newsfacts-test\r\n\r\n");
            w.record(
                "request",
                &[
                    ("WARC-Target-URI", url.as_str()),
                    ("WARC-Date", "2019-11-25T12:00:00Z"),
                    ("Content-Type", "application/http; msgtype=request"),
                ],
                request.as_bytes(),
            )?;
            w.response(url, "2019-11-25T12:00:00Z", "text/html", html)?;
            bytes += html.len();
        }
    }
    w.finish()?;
    eprintln!(
        "{} pages ({:.1} MB of HTML) written to {out}",
        pages.len() * repeat,
        bytes as f64 / 1e6
    );
    Ok(())
}
