//! `newsfacts view` and `newsfacts report` end to end: the pages the binary
//! writes, read back by an HTML parser as a browser reads them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use scraper::{Html, Selector};
use serde_json::Value;

use crate::util::{self, run};

pub fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

/// The articles of `inputs` as the binary reads them: (id, text), in order.
pub fn article_texts(inputs: &[&Path]) -> Vec<(String, String)> {
    use newsfacts::io::{ReadOptions, Source, read};
    let sources = inputs
        .iter()
        .map(|p| Source::Path(p.to_path_buf()))
        .collect();
    read(sources, ReadOptions::default())
        .map(|item| {
            let item = item.expect("the input reads");
            (item.article.id, item.article.body)
        })
        .collect()
}

/// What an HTML parser reads back of a text: all of it, but U+0000 (which
/// HTML cannot carry) as U+FFFD.
pub fn readable(text: &str) -> String {
    text.replace('\0', "\u{fffd}")
}

/// The texts of a record's findings (dates, quotes, casualty figures) as
/// `read_back` reads them, sorted.
fn finding_texts(record: &Value, read_back: fn(&str) -> String) -> Vec<String> {
    let mut v: Vec<String> = util::findings(record)
        .into_iter()
        .map(|(_, _, t)| read_back(&t))
        .collect();
    v.sort();
    v
}

/// Checks a view page against the articles and the records of the same
/// input, in order: each article's `.doc` text content is its text exactly,
/// and its findings are exactly the record's, each one element (plus
/// continuation fragments) covering its text. `read_back` is what the page
/// can hold of a text ([`readable`] for a page as written). Returns the
/// number of articles checked.
pub fn check_view(
    html: &str,
    texts: &[(String, String)],
    records: &[Value],
    read_back: fn(&str) -> String,
) -> usize {
    let doc = Html::parse_document(html);
    let docs: Vec<_> = doc.select(&sel("div.doc")).collect();
    assert_eq!(docs.len(), texts.len(), "every article is on the page");
    assert_eq!(records.len(), texts.len(), "a record per article");
    for ((el, (id, text)), record) in docs.iter().zip(texts).zip(records) {
        assert_eq!(el.value().attr("data-id"), Some(id.as_str()));
        assert_eq!(record["id"].as_str(), Some(id.as_str()));
        let content: String = el.text().collect();
        assert!(
            content == read_back(text),
            "the text content of {id} differs from its text"
        );
        let mut fragments: BTreeMap<&str, (usize, String)> = BTreeMap::new();
        for m in el.select(&sel("[data-f]")) {
            let entry = fragments
                .entry(m.value().attr("data-f").unwrap())
                .or_default();
            entry.0 += usize::from(!m.value().classes().any(|c| c == "cont"));
            entry.1.extend(m.text());
        }
        for (fid, (heads, _)) in &fragments {
            assert_eq!(*heads, 1, "{fid} in {id} has {heads} first fragments");
        }
        let mut shown: Vec<String> = fragments.into_values().map(|(_, t)| t).collect();
        shown.sort();
        assert_eq!(
            shown,
            finding_texts(record, read_back),
            "the findings of {id}"
        );
    }
    docs.len()
}

/// Runs `newsfacts run` on `inputs`: the records of the articles, in order.
pub fn records_of(inputs: &[&Path]) -> Vec<Value> {
    let mut args = vec!["run", "-q"];
    args.extend(inputs.iter().map(|p| p.to_str().unwrap()));
    let out = run(&args, b"");
    assert!(out.status.code().is_some_and(|c| c <= 2));
    util::records(&out.stdout)
        .into_iter()
        .filter(|r| r.get("offsets").is_some())
        .collect()
}

fn view_fixture() -> PathBuf {
    util::root().join("tests/fixtures/view-articles.jsonl")
}

/// The view of `input` (all articles), checked; returns the page.
fn view_checked(input: &Path, dir: &Path) -> String {
    let page = dir.join("view.html");
    let out = run(
        &[
            "view",
            input.to_str().unwrap(),
            "--limit",
            "100000",
            "-q",
            "-o",
            page.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&page).unwrap();
    check_view(
        &html,
        &article_texts(&[input]),
        &records_of(&[input]),
        readable,
    );
    html
}

#[test]
fn the_view_of_the_sample_corpus_is_its_text_with_every_finding_once() {
    let dir = util::temp_dir("view-sample");
    let html = view_checked(&util::sample_dir(), &dir);
    assert!(html.contains("http-equiv=\"Content-Security-Policy\""));
    assert!(!html.contains("<script"));
}

#[test]
fn the_view_of_line_ends_markup_controls_and_non_ascii_is_the_text_exactly() {
    let dir = util::temp_dir("view-fixture");
    let html = view_checked(&view_fixture(), &dir);
    // Values are attributes: the injured figure's kind and count, the quote's speaker.
    assert!(
        html.contains("data-label=\"injured 2\""),
        "two crew members"
    );
    assert!(html.contains("data-label=\"Zoë Ångström\""));
    // A URL that is not http(s) is shown as text, never as a link.
    let doc = Html::parse_document(&html);
    let meta: String = doc
        .select(&sel("article#unicode-names .meta"))
        .flat_map(|m| m.text())
        .collect();
    assert!(meta.contains("ftp://archive.example.org/x"), "{meta}");
    assert_eq!(doc.select(&sel("a[href^=\"ftp:\"]")).count(), 0);
}

#[test]
fn view_picks_articles_by_id_and_says_which_are_missing() {
    let dir = util::temp_dir("view-ids");
    let page = dir.join("v.html");
    let out = run(
        &[
            "view",
            view_fixture().to_str().unwrap(),
            "--id",
            "controls",
            "--id",
            "nowhere",
            "-o",
            page.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(2), "a missing id is a problem");
    assert!(String::from_utf8_lossy(&out.stderr).contains("no article with id `nowhere`"));
    let html = std::fs::read_to_string(&page).unwrap();
    let doc = Html::parse_document(&html);
    let ids: Vec<_> = doc
        .select(&sel("article"))
        .map(|a| a.value().attr("id").unwrap().to_string())
        .collect();
    assert_eq!(ids, ["controls"]);
    assert!(html.contains("no article with id <code>nowhere</code>"));
}

#[test]
fn view_stops_at_the_limit_and_says_so() {
    let out = run(
        &["view", util::sample_dir().to_str().unwrap(), "--limit", "2"],
        b"",
    );
    assert_eq!(out.status.code(), Some(0));
    let html = String::from_utf8(out.stdout).unwrap();
    let doc = Html::parse_document(&html);
    assert_eq!(doc.select(&sel("div.doc")).count(), 2);
    assert!(html.contains("Showing the first 2 articles read"));
}

#[test]
fn view_reads_like_run_and_shows_errors() {
    // Plain text with --date, a broken JSON line, an analyzer config: the
    // reading options are run's own.
    let dir = util::temp_dir("view-read");
    let text = dir.join("note.txt");
    std::fs::write(&text, "The council met on Friday.\n").unwrap();
    let jsonl = dir.join("in.jsonl");
    std::fs::write(
        &jsonl,
        "{\"id\":\"ok\",\"date\":\"2024-03-08\",\"content\":\"Rain is due on Monday.\"}\n{broken\n",
    )
    .unwrap();
    let out = run(
        &[
            "view",
            text.to_str().unwrap(),
            jsonl.to_str().unwrap(),
            "--date",
            "2024-03-08",
            "--field",
            "text=content",
            "-a",
            "dates",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(2), "the broken line is a problem");
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(
        html.contains("data-label=\"2024-03-08\""),
        "Friday, from --date"
    );
    assert!(
        html.contains("data-label=\"2024-03-11\""),
        "Monday, read through --field"
    );
    assert!(html.contains("1 input error"));
    assert!(html.contains("in.jsonl:2"));
    let doc = Html::parse_document(&html);
    assert_eq!(
        doc.select(&sel(".doc mark.quote")).count(),
        0,
        "-a dates runs dates only"
    );
}

#[test]
fn report_reads_records_from_files_gzip_and_standard_input() {
    let dir = util::temp_dir("report");
    let records = dir.join("records.jsonl");
    let out = run(
        &[
            "run",
            "-q",
            util::sample_dir().to_str().unwrap(),
            "-o",
            records.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(0));
    let gz = dir.join("records.jsonl.gz");
    let out = run(
        &[
            "run",
            "-q",
            util::sample_dir().to_str().unwrap(),
            "-o",
            gz.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(0));
    let page = dir.join("report.html");
    let out = run(
        &[
            "report",
            records.to_str().unwrap(),
            gz.to_str().unwrap(),
            "-o",
            page.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&page).unwrap();
    let doc = Html::parse_document(&html);
    let rows: BTreeMap<String, String> = doc
        .select(&sel("#analyzers tbody tr"))
        .map(|tr| {
            let cells: Vec<String> = tr
                .select(&sel("td"))
                .map(|td| td.text().collect())
                .collect();
            (cells[0].clone(), cells[1].clone())
        })
        .collect();
    let articles = article_texts(&[&util::sample_dir()]).len() * 2;
    for name in ["casualties", "dates", "quotes"] {
        assert_eq!(rows[name], articles.to_string(), "{name}");
    }
    assert_eq!(doc.select(&sel("figure svg.chart")).count(), 4);
    // The same records on standard input.
    let bytes = std::fs::read(&records).unwrap();
    let out = run(&["report"], &bytes);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("<svg class=\"chart tolls\""));
}

#[test]
fn report_counts_lines_that_are_not_records() {
    let out = run(
        &["report", "-"],
        b"{\"id\":\"a\",\"offsets\":\"chars\",\"dates\":[],\"errors\":[]}\nnot json\n\n",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("-:2: not a record"));
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.contains("1 lines were not records"), "{html}");
    let out = run(&["report", "-"], b"");
    assert_eq!(out.status.code(), Some(1), "nothing to report");
}

/// The corpus folder (NEWSFACTS_CORPUS or ../shared/corpus).
fn corpus() -> PathBuf {
    std::env::var("NEWSFACTS_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| util::root().join("../shared/corpus"))
}

#[test]
#[ignore = "needs the shared corpus (NEWSFACTS_CORPUS or ../shared/corpus)"]
fn the_view_of_every_shared_corpus_is_its_text_with_every_finding_once() {
    let corpus = corpus();
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .unwrap_or_else(|e| panic!("no corpus at {}: {e}", corpus.display()))
        .map(|e| e.unwrap().path().join("articles.jsonl"))
        .filter(|p| p.is_file())
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 8, "the shared corpora: {inputs:?}");
    let mut total = 0;
    for input in &inputs {
        let dir = util::temp_dir("view-corpus");
        let html = view_checked(input, &dir);
        total += Html::parse_document(&html).select(&sel("div.doc")).count();
    }
    assert!(total > 1000, "{total} articles checked");
}
