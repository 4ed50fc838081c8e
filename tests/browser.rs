//! What a real browser made of the pages: `.ci/browser` renders the view
//! and the report in headless Chromium (`--dump-dom`, `--screenshot`) into
//! `target/browser/` (or `$NEWSFACTS_BROWSER_OUT`); these tests read the
//! DOMs it dumped. They are `#[ignore]`d in a plain `cargo test` because
//! they need that script's output, and fail when it is missing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use scraper::Html;

use crate::util;
use crate::view::{article_texts, check_view, readable, records_of, sel};

fn out_dir() -> PathBuf {
    std::env::var("NEWSFACTS_BROWSER_OUT")
        .map(PathBuf::from)
        .unwrap_or_else(|_| util::root().join("target/browser"))
}

fn read(name: &str) -> String {
    let path = out_dir().join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run `bash .ci/browser`, which renders the pages in Chromium first",
            path.display()
        )
    })
}

/// The inputs `.ci/browser` makes its pages from.
fn inputs() -> Vec<PathBuf> {
    vec![
        util::sample_dir(),
        util::root().join("tests/fixtures/view-articles.jsonl"),
    ]
}

/// A text as it reads back from a DOM that Chromium serialized: the
/// serializer writes a carriage return in a text node as it is, and parsing
/// reads that as a line feed. (In the live DOM it is still a carriage
/// return: the page writes it as `&#13;`.)
fn read_back_serialized(text: &str) -> String {
    readable(text).replace("\r\n", "\n").replace('\r', "\n")
}

#[test]
#[ignore = "needs the pages rendered by .ci/browser (Chromium)"]
fn browser_the_view_keeps_every_text_and_every_finding() {
    let inputs = inputs();
    let inputs: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
    let texts = article_texts(&inputs);
    assert!(
        texts.iter().any(|(_, t)| t.contains('\r')),
        "the fixtures hold carriage returns"
    );
    let records = records_of(&inputs);
    // The page as written, then as the browser rendered it.
    check_view(&read("view.html"), &texts, &records, readable);
    let n = check_view(
        &read("view.dom.html"),
        &texts,
        &records,
        read_back_serialized,
    );
    assert_eq!(n, texts.len());
}

/// Element names and their counts under each chart.
fn chart_elements(html: &str) -> Vec<BTreeMap<String, usize>> {
    let doc = Html::parse_document(html);
    doc.select(&sel("svg.chart"))
        .map(|svg| {
            let mut counts = BTreeMap::new();
            for el in svg.descendants().filter_map(scraper::ElementRef::wrap) {
                *counts.entry(el.value().name().to_string()).or_default() += 1;
            }
            counts
        })
        .collect()
}

#[test]
#[ignore = "needs the pages rendered by .ci/browser (Chromium)"]
fn browser_the_report_charts_have_their_elements() {
    let dom = read("report.dom.html");
    let doc = Html::parse_document(&dom);
    let charts: Vec<_> = doc.select(&sel("figure svg.chart")).collect();
    assert_eq!(charts.len(), 4);
    for svg in &charts {
        let n: usize = svg.value().attr("data-n").unwrap().parse().unwrap();
        assert!(n > 0, "the sample corpus gives every chart data");
        assert_eq!(svg.select(&sel(".mark")).count(), n);
        // SVG elements, in the SVG namespace: a browser that took them for
        // unknown HTML elements would draw nothing.
        assert_eq!(
            &*svg.value().name.ns,
            "http://www.w3.org/2000/svg",
            "an SVG element"
        );
    }
    assert_eq!(
        chart_elements(&dom),
        chart_elements(&read("report.html")),
        "the browser kept every element of every chart"
    );
}

#[test]
#[ignore = "needs the pages rendered by .ci/browser (Chromium)"]
fn browser_screenshots_are_kept() {
    for page in ["view", "report"] {
        let path = out_dir().join(format!("{page}.png"));
        let png = std::fs::read(&path)
            .unwrap_or_else(|e| panic!("{}: {e}; run `bash .ci/browser`", path.display()));
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "{page}.png is a PNG");
        let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
        let height = u32::from_be_bytes(png[20..24].try_into().unwrap());
        assert_eq!((width, height), (1200, 1800), "{page}.png");
        assert!(png.len() > 20_000, "{page}.png has something drawn on it");
    }
}
