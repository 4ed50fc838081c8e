//! Web input: the WARC reader alone (MB/s of uncompressed WARC, plain and
//! gzip per record), main-text extraction alone, and HTML to records (the
//! extraction, the three analyzers and the JSON line: what `newsfacts run`
//! does per page on one core), in MB/s of HTML; `*/pages` report pages/s.
//!
//! The pages are the 181 of `../shared/extraction-benchmark` when present
//! (`NEWSFACTS_SHARED` overrides `../shared`), else the pages written for
//! the tests (`tests/fixtures/web`).
//!
//! ```text
//! cargo bench --bench web                       # everything
//! cargo bench --bench web -- warc/              # the WARC reader alone
//! ```

use std::hint::black_box;
use std::io::{Cursor, Read};
use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsfacts::core::OffsetUnit;
use newsfacts::io::extract::{Page, extract};
use newsfacts::io::warc::{WarcItem, WarcReader, WarcWriter};
use newsfacts::io::{Extractor, Format, ReadOptions, read_stream};
use newsfacts::runner::Pipeline;

fn pages() -> (String, Vec<(String, Vec<u8>)>) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = std::env::var_os("NEWSFACTS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared"))
        .join("extraction-benchmark");
    if let Ok(truth) = std::fs::read(shared.join("ground-truth.json")) {
        let truth: std::collections::BTreeMap<String, serde_json::Value> =
            serde_json::from_slice(&truth).expect("ground truth");
        let pages = truth
            .iter()
            .map(|(id, entry)| {
                let mut html = Vec::new();
                let file = std::fs::File::open(shared.join(format!("html/{id}.html.gz")))
                    .expect("benchmark page");
                flate2::read::GzDecoder::new(file)
                    .read_to_end(&mut html)
                    .expect("gzip");
                (entry["url"].as_str().unwrap_or("").to_string(), html)
            })
            .collect();
        return ("benchmark".into(), pages);
    }
    let dir = root.join("tests/fixtures/web");
    let pages = ["harbour-ferry.html", "cafe-1252.htm"]
        .iter()
        .map(|f| {
            (
                format!("https://fixture.example/{f}"),
                std::fs::read(dir.join(f)).expect("fixture"),
            )
        })
        .collect();
    ("fixtures".into(), pages)
}

fn crawl(pages: &[(String, Vec<u8>)], gzip: bool, repeat: usize) -> Vec<u8> {
    let mut w = WarcWriter::new(Vec::new(), gzip);
    for _ in 0..repeat {
        for (url, html) in pages {
            w.record(
                "request",
                &[("WARC-Target-URI", url)],
                b"GET / HTTP/1.1\r\n\r\n",
            )
            .expect("write");
            w.response(url, "2019-11-25T12:00:00Z", "text/html", html)
                .expect("write");
        }
    }
    w.finish().expect("write")
}

fn bench(c: &mut Criterion) {
    let (set, pages) = pages();
    let html_bytes: usize = pages.iter().map(|(_, h)| h.len()).sum();
    // The WARC reader alone: at least ~30 MB so buffers do not flatter it.
    let repeat = (30_000_000 / html_bytes.max(1)).max(1);
    let plain = crawl(&pages, false, repeat);
    let gz = crawl(&pages, true, repeat);
    let mut g = c.benchmark_group("warc");
    g.throughput(Throughput::Bytes(plain.len() as u64));
    g.sample_size(10);
    for (name, bytes) in [("plain", &plain), ("gzip", &gz)] {
        g.bench_function(format!("{name}/{set}"), |b| {
            b.iter(|| {
                let mut n = 0usize;
                for item in WarcReader::new(Cursor::new(bytes.clone())) {
                    if let Ok(WarcItem::Page(p)) = item {
                        n += p.html.len();
                    }
                }
                black_box(n)
            })
        });
    }
    g.finish();

    let extractor = Extractor::default();
    if !extractor.is_available() {
        return;
    }
    let mut g = c.benchmark_group("html");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(html_bytes as u64));
    g.bench_function(format!("extract/{set}"), |b| {
        b.iter(|| {
            for (url, html) in &pages {
                let page = Page {
                    url: Some(url),
                    ..Page::new(html)
                };
                black_box(extract(&page, extractor).ok());
            }
        })
    });
    let one = crawl(&pages, false, 1);
    let pipeline = Pipeline::from_registry(&[] as &[&str], &Default::default())
        .expect("pipeline")
        .with_offsets(OffsetUnit::Chars);
    let records = |b: &mut criterion::Bencher<'_>| {
        b.iter(|| {
            let options = ReadOptions {
                format: Format::Warc,
                defer_extraction: true,
                ..ReadOptions::default()
            };
            let mut out = 0usize;
            for item in read_stream("crawl.warc", Cursor::new(one.clone()), options) {
                let record = pipeline.run_item(item);
                out += serde_json::to_vec(&record).expect("json").len();
            }
            black_box(out)
        })
    };
    g.bench_function(format!("records/{set}"), records);
    g.throughput(Throughput::Elements(pages.len() as u64));
    g.bench_function(format!("records/pages/{set}"), records);
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
