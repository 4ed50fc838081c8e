//! Web pages as input: HTML files and WARC crawls through the binary, on the
//! pages of `tests/fixtures/web/` (written for these tests), on broken
//! input, and (ignored unless `../shared` is there) on the WARC library
//! samples and the 181 pages of the extraction benchmark.

use std::io::Read;
use std::path::{Path, PathBuf};

use newsfacts::io::warc::WarcWriter;

use crate::util::{findings, records, root, run, temp_dir};

fn web(name: &str) -> PathBuf {
    root().join("tests/fixtures/web").join(name)
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Every finding's span, in characters, covers its text in the record's `text`.
fn spans_point_into_text(r: &serde_json::Value) {
    let text: Vec<char> = r["text"].as_str().expect("a text field").chars().collect();
    for (s, e, t) in findings(r) {
        let got: String = text[s..e].iter().collect();
        assert_eq!(got, t, "span {s}..{e} of {}", r["id"]);
    }
}

#[test]
fn an_html_page_becomes_an_article_without_its_boilerplate() {
    let out = run(&["run", "--quiet", path(&web("harbour-ferry.html"))], b"");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r = &records(&out.stdout)[0];
    assert_eq!(r["id"], "harbour-ferry");
    assert_eq!(r["url"], "https://gazette.example/news/island-ferry-back");
    assert_eq!(r["title"], "Island ferry back after storms");
    assert_eq!(r["published"], "2024-06-03T08:15:00+01:00");
    assert_eq!(r["published_source"], "html-meta");
    assert_eq!(r["extractor"]["name"], "dom_smoothie");
    assert_eq!(r["extractor"]["version"], "0.19.0");
    let text = r["text"].as_str().unwrap();
    let paragraphs: Vec<&str> = text.lines().collect();
    assert_eq!(paragraphs.len(), 3, "{text}");
    assert!(paragraphs[0].starts_with("The island ferry resumed"));
    for boilerplate in [
        "Home",
        "Sport",
        "Related",
        "Copyright",
        "Privacy",
        "track()",
    ] {
        assert!(!text.contains(boilerplate), "{boilerplate} in {text}");
    }
    // The analyzers ran on the extracted text, anchored on the page's date.
    assert_eq!(r["dates"][0]["text"], "Monday");
    assert_eq!(r["dates"][0]["value"], "2024-06-03");
    let speakers: Vec<_> = r["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["speaker"].as_str().unwrap_or(""))
        .collect();
    assert!(speakers.contains(&"Ewan Rae"), "{speakers:?}");
    spans_point_into_text(r);
}

#[test]
fn a_page_in_a_legacy_charset_is_decoded_by_its_meta() {
    let out = run(
        &[
            "run",
            "--quiet",
            "-a",
            "quotes",
            path(&web("cafe-1252.htm")),
        ],
        b"",
    );
    let r = &records(&out.stdout)[0];
    let text = r["text"].as_str().unwrap();
    assert!(text.starts_with("The café on Quay Street"), "{text}");
    assert!(text.contains("“We lost the kitchen"), "{text}");
    assert_eq!(r["published"], "2024-04-12");
    assert_eq!(r["quotes"][0]["speaker"], "Anaïs Moreau");
    assert_eq!(r["url"], serde_json::Value::Null, "no canonical link");
    spans_point_into_text(r);
}

#[test]
fn a_page_without_main_text_is_an_error_record() {
    let out = run(&["run", "--quiet", path(&web("index.html"))], b"");
    assert_eq!(out.status.code(), Some(2));
    let r = &records(&out.stdout)[0];
    assert_eq!(r["id"], serde_json::Value::Null);
    assert!(
        r["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("no main text"),
        "{r}"
    );
}

/// The pages, errors and skipped records of `crawl.warc`, whatever its
/// compression or the way it is read.
fn check_crawl(out: &std::process::Output) {
    check_crawl_with(out, 2);
}

/// [`check_crawl`] with the exit status expected: 2 for files (the index
/// page has no main text), 0 for standard input, where a filter's record
/// errors are data and only a broken stream fails.
fn check_crawl_with(out: &std::process::Output, status: i32) {
    assert_eq!(
        out.status.code(),
        Some(status),
        "the index page has no main text"
    );
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), 3, "two pages and one error, in order");
    let ferry = &recs[0];
    assert_eq!(ferry["id"], "urn:uuid:6e7a1c00-0000-4000-8000-000000000003");
    assert_eq!(
        ferry["url"], "https://gazette.example/amp/island-ferry-back",
        "the crawled URL, not the canonical link"
    );
    assert_eq!(ferry["published_source"], "html-meta");
    assert!(ferry["text"].as_str().unwrap().contains("Ewan Rae"));
    spans_point_into_text(ferry);
    let cafe = &recs[1];
    assert_eq!(cafe["url"], "https://quaynews.example/cafe-reopens");
    assert!(
        cafe["text"].as_str().unwrap().contains("Anaïs Moreau"),
        "gunzipped and decoded"
    );
    let e = &recs[2]["errors"][0];
    assert_eq!(e["line"], 7, "the record number");
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("https://gazette.example/sections")
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("6 WARC record(s) were not HTML pages with status 200")
            && stderr.contains("1 HTTP 404")
            && stderr.contains("1 not HTML")
            && stderr.contains("1 revisit"),
        "{stderr}"
    );
}

/// `crawl.warc` again, one gzip member per record, written from its pages.
fn crawl_gz() -> Vec<u8> {
    let plain = std::fs::read(web("crawl.warc")).unwrap();
    // Split the plain file at its record starts and compress each record.
    let mut starts: Vec<usize> = plain
        .windows(10)
        .enumerate()
        .filter(|(i, w)| w.starts_with(b"WARC/1.0\r\n") && (*i == 0 || plain[i - 1] == b'\n'))
        .map(|(i, _)| i)
        .collect();
    starts.push(plain.len());
    let mut out = Vec::new();
    for pair in starts.windows(2) {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, &plain[pair[0]..pair[1]]).unwrap();
        out.extend(gz.finish().unwrap());
    }
    out
}

#[test]
fn a_warc_crawl_gives_its_html_pages_and_counts_the_rest() {
    check_crawl(&run(&["run", path(&web("crawl.warc"))], b""));
}

#[test]
fn a_gzipped_warc_reads_the_same_from_a_file_and_from_standard_input() {
    let dir = temp_dir("warc-gz");
    let gz = crawl_gz();
    let file = dir.join("crawl.warc.gz");
    std::fs::write(&file, &gz).unwrap();
    check_crawl(&run(&["run", path(&file)], b""));
    // Standard input: found by the magic bytes, as is a file of another name.
    check_crawl_with(&run(&["run", "-"], &gz), 0);
    let odd = dir.join("crawl.bin");
    std::fs::write(&odd, &gz).unwrap();
    check_crawl(&run(&["run", path(&odd)], b""));
    let named = dir.join("crawl.dat");
    std::fs::write(&named, std::fs::read(web("crawl.warc")).unwrap()).unwrap();
    check_crawl(&run(&["run", "--input-format", "warc", path(&named)], b""));
}

#[test]
fn the_date_flag_wins_over_the_page() {
    let out = run(
        &[
            "run",
            "--quiet",
            "--date",
            "2024-06-10",
            "-a",
            "dates",
            path(&web("harbour-ferry.html")),
        ],
        b"",
    );
    let r = &records(&out.stdout)[0];
    assert_eq!(
        (r["published"].as_str(), r["published_source"].as_str()),
        (Some("2024-06-10"), Some("input"))
    );
    assert_eq!(
        r["dates"][0]["value"], "2024-06-10",
        "Monday of the given week"
    );
}

#[test]
fn a_missing_extractor_is_a_usage_error_naming_the_feature() {
    let out = run(
        &[
            "run",
            "--extractor",
            "trafilatura",
            path(&web("index.html")),
        ],
        b"",
    );
    if cfg!(feature = "trafilatura") {
        assert_eq!(out.status.code(), Some(2));
    } else {
        assert_eq!(out.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&out.stderr).contains("--features trafilatura"));
    }
    let out = run(
        &["run", "--extractor", "goose", path(&web("index.html"))],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn broken_web_input_is_reported_and_the_rest_is_read() {
    let dir = temp_dir("web-bad");
    // Binary junk named like a crawl, then a WARC record with an impossible
    // length, a page of 50 MB, a page in an unknown charset: each reported,
    // the good page after them read.
    let junk: Vec<u8> = (0..4000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(dir.join("1-junk.warc"), &junk).unwrap();
    let mut impossible =
        b"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 18446744073709551616\r\n\r\n".to_vec();
    impossible.extend(std::fs::read(web("crawl.warc")).unwrap());
    std::fs::write(dir.join("2-impossible.warc"), &impossible).unwrap();
    let mut huge = b"<html><body><p>".to_vec();
    huge.resize(50 << 20, b'a');
    std::fs::write(dir.join("3-huge.html"), &huge).unwrap();
    std::fs::write(
        dir.join("4-klingon.html"),
        std::fs::read_to_string(web("harbour-ferry.html"))
            .unwrap()
            .replace("<meta charset=\"utf-8\">", "<meta charset=\"x-klingon\">"),
    )
    .unwrap();
    std::fs::copy(web("harbour-ferry.html"), dir.join("5-good.html")).unwrap();
    let out = run(&["run", "-a", "dates", path(&dir)], b"");
    assert_eq!(out.status.code(), Some(2));
    let recs = records(&out.stdout);
    let messages: Vec<String> = recs
        .iter()
        .map(|r| r["errors"][0]["message"].as_str().unwrap_or("").to_string())
        .collect();
    let files: Vec<String> = recs
        .iter()
        .map(|r| {
            let f = r["errors"][0]["file"].as_str().unwrap_or("");
            Path::new(f)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
        .collect();
    // The junk: one error (no record header), nothing else read from it.
    assert_eq!(files[0], "1-junk.warc");
    assert!(
        messages[0].contains("not a WARC record header"),
        "{}",
        messages[0]
    );
    // The impossible length, then crawl.warc's records read after it.
    assert!(
        messages[1].contains("impossible Content-Length"),
        "{}",
        messages[1]
    );
    let ids: Vec<&str> = recs
        .iter()
        .map(|r| r["id"].as_str().unwrap_or("-"))
        .collect();
    let n = ids.len();
    assert!(
        ids.contains(&"urn:uuid:6e7a1c00-0000-4000-8000-000000000003"),
        "{ids:?}"
    );
    assert!(
        messages[n - 3].contains("over the article size limit"),
        "{messages:?}"
    );
    // The unknown charset: read (as UTF-8) with a warning in its errors.
    let klingon = &recs[n - 2];
    assert_eq!(klingon["id"], "4-klingon");
    assert!(klingon["text"].as_str().unwrap().contains("“We are glad"));
    assert!(
        messages[n - 2].contains("unknown charset `x-klingon`"),
        "{}",
        messages[n - 2]
    );
    assert_eq!(recs[n - 1]["id"], "5-good");
    assert!(recs[n - 1]["errors"].as_array().unwrap().is_empty());
}

// ---- On the shared data (run by `.ci/run` with --ignored) ----

fn shared(rel: &str) -> PathBuf {
    let base = std::env::var_os("NEWSFACTS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared"));
    let p = base.join(rel);
    assert!(
        p.exists(),
        "{} is missing: these tests need ../shared",
        p.display()
    );
    p
}

/// Each sample file of the WARC library: how many pages and errors it
/// gives, and that nothing is lost silently.
#[test]
#[ignore = "needs ../shared/warc-samples"]
fn the_warc_library_samples_read_as_expected() {
    let expected = [
        ("example.warc", 1, 0),
        ("example.warc.gz", 1, 0),
        ("example-iana.org-chunked.warc", 1, 0),
        ("example-resource.warc.gz", 1, 0),
        ("example-digest.warc", 0, 0),
        ("example-trunc.warc", 0, 1),
        ("example-wrong-chunks.warc.gz", 1, 0),
        ("example-bad-non-chunked.warc.gz", 1, 0),
        ("example-space-in-target-uri.warc.gz", 0, 0),
        ("example-wget-bad-target-uri.warc.gz", 1, 0),
    ];
    for (file, pages, errors) in expected {
        let p = shared("warc-samples").join(file);
        let out = run(&["run", "--quiet", "-a", "none", path(&p)], b"");
        let recs = records(&out.stdout);
        let got_errors = recs.iter().filter(|r| r["id"].is_null()).count();
        let got_pages: Vec<_> = recs.iter().filter(|r| !r["id"].is_null()).collect();
        assert_eq!(
            (got_pages.len(), got_errors),
            (pages, errors),
            "{file}: {recs:?}"
        );
        for r in got_pages {
            assert!(
                r["url"].as_str().is_some_and(|u| u.starts_with("http")),
                "{file}: {r}"
            );
            assert!(!r["text"].as_str().unwrap().is_empty());
        }
    }
    let chunked = run(
        &[
            "run",
            "--quiet",
            "-a",
            "none",
            path(&shared("warc-samples/example-iana.org-chunked.warc")),
        ],
        b"",
    );
    let r = &records(&chunked.stdout)[0];
    assert_eq!(r["url"], "http://www.iana.org/");
    assert!(
        r["text"]
            .as_str()
            .unwrap()
            .contains("Internet Assigned Numbers Authority"),
        "{r}"
    );
}

/// A crawl of the 181 benchmark pages (gzip per record, with a `request`
/// before each response): 181 records, each with its URL, its text and the
/// analyzers' findings.
#[test]
#[ignore = "needs ../shared/extraction-benchmark"]
fn a_crawl_of_the_benchmark_pages_gives_every_page_with_its_url() {
    let bench = shared("extraction-benchmark");
    let truth: std::collections::BTreeMap<String, serde_json::Value> =
        serde_json::from_slice(&std::fs::read(bench.join("ground-truth.json")).unwrap()).unwrap();
    let mut w = WarcWriter::new(Vec::new(), true);
    for (id, entry) in &truth {
        let mut html = Vec::new();
        flate2::read::GzDecoder::new(
            std::fs::File::open(bench.join(format!("html/{id}.html.gz"))).unwrap(),
        )
        .read_to_end(&mut html)
        .unwrap();
        let url = entry["url"].as_str().unwrap();
        w.record(
            "request",
            &[("WARC-Target-URI", url)],
            b"GET / HTTP/1.1\r\n\r\n",
        )
        .unwrap();
        w.response(url, "2019-11-25T12:00:00Z", "text/html", &html)
            .unwrap();
    }
    let dir = temp_dir("bench-crawl");
    let crawl = dir.join("crawl.warc.gz");
    std::fs::write(&crawl, w.finish().unwrap()).unwrap();
    let out = run(&["run", path(&crawl)], b"");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), 181);
    let urls: Vec<_> = truth.values().map(|e| e["url"].as_str().unwrap()).collect();
    let mut with_findings = 0;
    for (r, url) in recs.iter().zip(&urls) {
        assert_eq!(r["url"].as_str(), Some(*url));
        assert!(r["text"].as_str().unwrap().chars().count() >= 100, "{r}");
        for key in ["dates", "quotes", "casualties"] {
            assert!(!r[key].is_null(), "{key} missing: {r}");
        }
        if !findings(r).is_empty() {
            with_findings += 1;
        }
        spans_point_into_text(r);
    }
    assert!(
        with_findings >= 170,
        "{with_findings} of 181 pages with findings"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("181 request"));
}
