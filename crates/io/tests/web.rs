//! WARC and HTML reading through the public API: round trips through
//! `WarcWriter`, arbitrary bytes, damage in the middle of a crawl, deferred
//! extraction, folder walks and skip counts.

use std::io::Cursor;

use newsfacts_io::warc::{WarcItem, WarcReader, WarcWriter};
use newsfacts_io::{Format, ReadOptions, read_stream};
use proptest::prelude::*;

fn crawl(pages: &[(String, Vec<u8>)], gzip: bool) -> Vec<u8> {
    let mut w = WarcWriter::new(Vec::new(), gzip);
    w.record("warcinfo", &[], b"software: test\r\n").unwrap();
    for (url, html) in pages {
        w.record(
            "request",
            &[("WARC-Target-URI", url)],
            b"GET / HTTP/1.1\r\n\r\n",
        )
        .unwrap();
        w.response(
            url,
            "2024-06-03T08:00:00Z",
            "text/html; charset=utf-8",
            html,
        )
        .unwrap();
    }
    w.finish().unwrap()
}

fn pages_of(bytes: Vec<u8>) -> (Vec<(String, Vec<u8>)>, usize, usize) {
    let (mut pages, mut skipped, mut errors) = (Vec::new(), 0, 0);
    for item in WarcReader::new(Cursor::new(bytes)) {
        match item {
            Ok(WarcItem::Page(p)) => pages.push((p.target_uri.unwrap_or_default(), p.html)),
            Ok(WarcItem::Skipped(..)) => skipped += 1,
            Err(_) => errors += 1,
        }
    }
    (pages, skipped, errors)
}

fn page_strategy() -> impl Strategy<Value = Vec<(String, Vec<u8>)>> {
    proptest::collection::vec(
        (
            "https://[a-z]{1,8}\\.example/[a-z0-9/]{0,12}",
            proptest::collection::vec(any::<u8>(), 0..400).prop_map(|mut body| {
                // An HTML body, whatever bytes follow.
                let mut html = b"<html>".to_vec();
                html.append(&mut body);
                html
            }),
        ),
        0..6,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// What WarcWriter writes, WarcReader reads back: every page, in
    /// order, with its URL and exact bytes; requests and warcinfo skipped.
    #[test]
    fn pages_round_trip(pages in page_strategy(), gzip in any::<bool>()) {
        let (got, skipped, errors) = pages_of(crawl(&pages, gzip));
        prop_assert_eq!(errors, 0);
        prop_assert_eq!(skipped, pages.len() + 1);
        prop_assert_eq!(got, pages);
    }

    /// Arbitrary bytes never panic the reader, plain or after a valid
    /// record, and every item is accounted for.
    #[test]
    fn arbitrary_bytes_never_panic(junk in proptest::collection::vec(any::<u8>(), 0..2000),
                                   after_valid in any::<bool>()) {
        let mut bytes = if after_valid { crawl(&[("https://a.example/".into(), b"<html>x".to_vec())], false) } else { Vec::new() };
        bytes.extend(&junk);
        let _ = pages_of(bytes.clone());
        let options = ReadOptions { format: Format::Warc, defer_extraction: true, ..ReadOptions::default() };
        for item in read_stream("fuzz.warc", Cursor::new(bytes), options).flatten() {
            prop_assert!(item.page.is_some());
        }
    }

    /// Damage between two records (junk, or a cut-off record) costs at most
    /// the record it hits: the pages after it are read. (A gzip member cut
    /// short in the middle of a file is not tested: inflating it runs on
    /// into the next member's header, and that record is lost too; see the
    /// module docs of `warc`.)
    #[test]
    fn damage_costs_one_record(pages in page_strategy(), junk in proptest::collection::vec(any::<u8>(), 1..300),
                               gzip in any::<bool>(), cut in any::<bool>()) {
        let before = crawl(&pages, gzip);
        let tail_pages = vec![("https://after.example/".to_string(), b"<html>after".to_vec())];
        let after = crawl(&tail_pages, gzip);
        let mut bytes = before.clone();
        if cut && !gzip && before.len() > 40 {
            bytes.truncate(before.len() - 20); // the last record loses its end
        }
        bytes.extend(&junk);
        bytes.extend(&after);
        let (got, _, _) = pages_of(bytes);
        prop_assert_eq!(got.last(), tail_pages.last(), "the page after the damage");
        // Every page but at most one, and the page after the damage.
        prop_assert!(got.len() >= pages.len(), "{} of {} pages", got.len(), pages.len() + 1);
    }
}

#[test]
fn deferred_items_hold_their_page_until_finished() {
    let pages = vec![(
        "https://gazette.example/ferry".to_string(),
        std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/web/harbour-ferry.html"
        ))
        .unwrap(),
    )];
    let options = ReadOptions {
        defer_extraction: true,
        ..ReadOptions::default()
    };
    let mut items = read_stream("c.warc", Cursor::new(crawl(&pages, true)), options);
    let item = items.next().unwrap().unwrap();
    assert!(items.next().is_none());
    assert_eq!(items.skipped_records().to_string(), "1 request, 1 warcinfo");
    assert_eq!(item.article.body, "");
    assert_eq!(
        item.article.url.as_deref(),
        Some("https://gazette.example/ferry")
    );
    assert_eq!(item.page.as_ref().unwrap().len(), pages[0].1.len());
    assert_eq!(item.line, 3, "the record number");
    let finished = item.finish();
    if cfg!(feature = "html") || cfg!(feature = "trafilatura") {
        let item = finished.unwrap();
        assert!(item.page.is_none());
        assert!(item.article.body.starts_with("The island ferry resumed"));
        assert_eq!(item.article.meta["published_source"], "html-meta");
        assert_eq!(
            item.article.published.unwrap().to_string(),
            "2024-06-03T08:15:00+01:00"
        );
    } else {
        let e = finished.unwrap_err();
        assert!(e.reason.contains("--features"), "{e}");
        assert_eq!(e.line, Some(3));
    }
}

#[test]
fn folders_visit_crawls_and_pages() {
    let dir = std::env::temp_dir().join(format!("newsfacts-io-web-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let pages = vec![("https://a.example/".to_string(), b"<html><p>x</p>".to_vec())];
    std::fs::write(dir.join("a.warc.gz"), crawl(&pages, true)).unwrap();
    std::fs::write(dir.join("b.html"), "<html><p>page</p></html>").unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut gz, b"<html><p>zipped page</p></html>").unwrap();
    std::fs::write(dir.join("b2.HTM.gz"), gz.finish().unwrap()).unwrap();
    std::fs::write(dir.join("c.png"), b"\x89PNG").unwrap();
    let options = ReadOptions {
        defer_extraction: true,
        ..ReadOptions::default()
    };
    let items: Vec<_> = newsfacts_io::read(vec![newsfacts_io::Source::Path(dir.clone())], options)
        .map(|i| i.unwrap())
        .collect();
    let ids: Vec<_> = items.iter().map(|i| i.article.id.as_str()).collect();
    assert_eq!(
        ids,
        ["urn:uuid:00000000-0000-4000-8000-000000000003", "b", "b2"],
        "the crawl's page, then the HTML files; the PNG is not visited"
    );
    assert_eq!(
        items[2].page.as_ref().unwrap().html(),
        b"<html><p>zipped page</p></html>",
        "a gzipped page is decompressed"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
