//! End-to-end reading through files, folders, gzip and a stand-in for
//! standard input, on articles written here.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use newsfacts_core::{Article, Published};
use newsfacts_io::{
    Error, FieldNames, Format, Item, JsonLinesWriter, ReadOptions, Source, read, read_stream,
    to_dateline,
};

/// A fresh, empty folder under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        static N: AtomicU32 = AtomicU32::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir = std::env::temp_dir().join(format!(
            "newsfacts-io-{tag}-{}-{nanos}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn write(&self, rel: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

fn all(sources: Vec<Source>, options: ReadOptions) -> Vec<Result<Item, Error>> {
    read(sources, options).collect()
}

fn ok(r: &Result<Item, Error>) -> &Item {
    r.as_ref()
        .unwrap_or_else(|e| panic!("unexpected error: {e}"))
}

fn stream(name: &str, bytes: &[u8], options: ReadOptions) -> Vec<Result<Item, Error>> {
    read_stream(name, std::io::Cursor::new(bytes.to_vec()), options).collect()
}

const HARBOUR: &str = "Harbour strike ends after nine days\n20240601\nhttps://example.org/harbour\n\
    Dock workers returned on Saturday after a nine-day strike.\n\
    The union said 1,200 members had voted to accept the offer.\n";

const WIRE: &str = concat!(
    "{\"id\":\"w1\",\"title\":\"Bridge reopens\",\"date\":\"2024-05-02\",\"url\":\"https://example.org/b\",\"text\":\"Traffic resumed on Thursday.\",\"desk\":\"metro\"}\n",
    "\n",
    "{\"headline\":\"Rail delays\",\"date\":null,\"body\":\"Two lines were suspended.\"}\n",
);

#[test]
fn reads_each_format_from_files() {
    let dir = TempDir::new("formats");
    let dateline = dir.write("harbour.txt", HARBOUR.as_bytes());
    let wire = dir.write("wire.jsonl", WIRE.as_bytes());
    let plain = dir.write(
        "notes.text",
        "The council met on Tuesday.\nNo decision was taken.\n".as_bytes(),
    );
    let options = ReadOptions {
        date: Published::ymd(2024, 6, 4),
        ..ReadOptions::default()
    };
    let items = all(
        vec![
            Source::Path(dateline),
            Source::Path(wire.clone()),
            Source::Path(plain),
        ],
        options,
    );
    assert_eq!(items.len(), 4);

    let h = ok(&items[0]);
    assert_eq!(h.article.id, "harbour");
    assert_eq!(h.article.published, Published::ymd(2024, 6, 1));
    assert_eq!(
        h.article.url.as_deref(),
        Some("https://example.org/harbour")
    );
    assert!(h.article.body.ends_with("accept the offer."));

    let (w1, w2) = (ok(&items[1]), ok(&items[2]));
    assert_eq!((w1.article.id.as_str(), w1.line), ("w1", 1));
    assert_eq!(w1.article.meta["desk"], "metro");
    assert_eq!(w1.file, wire.display().to_string());
    assert_eq!(
        (w2.article.id.as_str(), w2.line),
        ("wire:3", 3),
        "blank line 2 skipped, still counted"
    );
    assert_eq!(w2.article.title.as_deref(), Some("Rail delays"));
    assert_eq!(w2.article.published, None);
    assert!(w2.warnings.is_empty(), "a null date is not a problem");

    let p = ok(&items[3]);
    assert_eq!(p.article.id, "notes");
    assert_eq!(p.article.title, None);
    assert_eq!(
        p.article.published,
        Published::ymd(2024, 6, 4),
        "date from the options"
    );
    assert_eq!(
        p.article.body, "The council met on Tuesday.\nNo decision was taken.\n",
        "plain text kept whole"
    );
}

#[test]
fn auto_tells_dateline_from_plain_text_and_explicit_formats_override() {
    let dir = TempDir::new("auto");
    let plain = dir.write(
        "memo.txt",
        b"Budget talks stall\nas ministers disagree\non fuel duty.\n",
    );
    let items = all(vec![Source::Path(plain.clone())], ReadOptions::default());
    let a = &ok(&items[0]).article;
    assert_eq!((a.title.as_ref(), a.published), (None, None));
    assert!(a.body.starts_with("Budget talks stall\n"));

    let items = all(
        vec![Source::Path(plain)],
        ReadOptions {
            format: Format::Dateline,
            ..Default::default()
        },
    );
    let item = ok(&items[0]);
    assert_eq!(item.article.title.as_deref(), Some("Budget talks stall"));
    assert!(
        item.warnings[0]
            .to_string()
            .starts_with("line 2: invalid publication date `as ministers disagree`")
    );

    // A JSON Lines file named .txt is read as JSON Lines when asked.
    let odd = dir.write("feed.txt", WIRE.as_bytes());
    let items = all(
        vec![Source::Path(odd)],
        ReadOptions {
            format: Format::Jsonl,
            ..Default::default()
        },
    );
    assert_eq!(items.iter().filter(|r| r.is_ok()).count(), 2);
}

#[test]
fn folders_are_walked_recursively_in_sorted_order() {
    let dir = TempDir::new("walk");
    dir.write("b/2.txt", HARBOUR.as_bytes());
    dir.write(
        "b/10.txt",
        HARBOUR.replace("20240601", "20240610").as_bytes(),
    );
    dir.write("a.jsonl", WIRE.as_bytes());
    dir.write("c/deep/wire.ndjson.gz", &gzip(WIRE.as_bytes()));
    dir.write("c/z.text.gz", &gzip(b"Snow fell overnight."));
    dir.write(".hidden/secret.txt", HARBOUR.as_bytes());
    dir.write("c/.draft.txt", HARBOUR.as_bytes());
    dir.write("README.md", b"not an input");
    dir.write("data.csv", b"a,b\n1,2\n");
    let items = all(vec![Source::Path(dir.0.clone())], ReadOptions::default());
    let seen: Vec<(String, String)> = items
        .iter()
        .map(|r| {
            let i = ok(r);
            (
                i.file
                    .strip_prefix(&dir.0.display().to_string())
                    .unwrap_or(&i.file)
                    .replace('\\', "/"),
                i.article.id.clone(),
            )
        })
        .collect();
    let expect = [
        ("/a.jsonl", "w1"),
        ("/a.jsonl", "a:3"),
        ("/b/10.txt", "10"),
        ("/b/2.txt", "2"),
        ("/c/deep/wire.ndjson.gz", "w1"),
        ("/c/deep/wire.ndjson.gz", "wire:3"),
        ("/c/z.text.gz", "z"),
    ];
    let expect: Vec<(String, String)> = expect
        .iter()
        .map(|(f, i)| (f.to_string(), i.to_string()))
        .collect();
    assert_eq!(seen, expect);
    let z = ok(&items[6]);
    assert_eq!(z.article.body, "Snow fell overnight.");
}

#[test]
fn gzip_files_of_every_format() {
    let dir = TempDir::new("gz");
    let d = dir.write("harbour.txt.gz", &gzip(HARBOUR.as_bytes()));
    // Two gzip members back to back, as `cat a.gz b.gz` makes.
    let mut two = gzip(WIRE.as_bytes());
    two.extend(gzip(b"{\"text\":\"Third article.\"}\n"));
    let j = dir.write("wire.jsonl.gz", &two);
    let items = all(
        vec![Source::Path(d), Source::Path(j)],
        ReadOptions::default(),
    );
    assert_eq!(items.len(), 4);
    assert_eq!(ok(&items[0]).article.id, "harbour");
    assert_eq!(ok(&items[0]).article.published, Published::ymd(2024, 6, 1));
    assert_eq!(ok(&items[3]).article.body, "Third article.");
    assert_eq!(ok(&items[3]).line, 4);
}

#[test]
fn standard_input_is_sniffed() {
    let items = stream(
        "-",
        format!("\n  {WIRE}").as_bytes(),
        ReadOptions::default(),
    );
    assert_eq!(items.len(), 2);
    assert_eq!((ok(&items[0]).file.as_str(), ok(&items[0]).line), ("-", 2));
    assert_eq!(ok(&items[1]).article.id, "-:4");
    let items = stream("-", HARBOUR.as_bytes(), ReadOptions::default());
    assert_eq!(
        ok(&items[0]).article.title.as_deref(),
        Some("Harbour strike ends after nine days")
    );
    let items = stream(
        "-",
        b"A short note without a date line.",
        ReadOptions::default(),
    );
    assert_eq!(
        ok(&items[0]).article.body,
        "A short note without a date line."
    );
    let items = stream("-", &gzip(WIRE.as_bytes()), ReadOptions::default());
    assert_eq!(items.iter().filter(|r| r.is_ok()).count(), 2);
    // Gzip is recognised on standard input even when the format is given.
    let items = stream(
        "-",
        &gzip(HARBOUR.as_bytes()),
        ReadOptions {
            format: Format::Text,
            ..Default::default()
        },
    );
    assert!(
        ok(&items[0])
            .article
            .body
            .starts_with("Harbour strike ends")
    );
}

#[test]
fn every_error_names_its_file_and_line_and_reading_goes_on() {
    let dir = TempDir::new("errors");
    let bad_json = dir.write(
        "mixed.jsonl",
        b"{\"text\":\"fine\"}\n{\"text\": \"broken\"\n{\"title\":\"no text\"}\n{\"text\":\"caf\xe9\"}\n{\"text\":\"fine again\"}\n",
    );
    let not_utf8 = dir.write("latin1.txt", b"Caf\xe9 reopens\n20240101\n\nBody.\n");
    let empty = dir.write("empty.txt", b"");
    let missing = dir.0.join("nope.jsonl");
    let bad_gz = dir.write("bad.jsonl.gz", b"this is not gzip");
    let after = dir.write("after.txt", HARBOUR.as_bytes());
    let items = all(
        vec![
            Source::Path(bad_json.clone()),
            Source::Path(not_utf8.clone()),
            Source::Path(empty.clone()),
            Source::Path(missing.clone()),
            Source::Path(bad_gz.clone()),
            Source::Path(after),
        ],
        ReadOptions::default(),
    );
    let summary: Vec<String> = items
        .iter()
        .map(|r| match r {
            Ok(i) => format!("ok {}", i.article.body.lines().next().unwrap_or("")),
            Err(e) => e.to_string(),
        })
        .collect();
    let name = |p: &Path| p.display().to_string();
    assert_eq!(summary.len(), 10, "{summary:#?}");
    assert_eq!(summary[0], "ok fine");
    assert!(
        summary[1].starts_with(&format!("{}:2: invalid JSON at column", name(&bad_json))),
        "{}",
        summary[1]
    );
    assert!(
        summary[2].starts_with(&format!("{}:3: no article text", name(&bad_json))),
        "{}",
        summary[2]
    );
    assert!(
        summary[3].starts_with(&format!("{}:4: not valid UTF-8", name(&bad_json))),
        "{}",
        summary[3]
    );
    assert_eq!(summary[4], "ok fine again");
    assert!(
        summary[5].starts_with(&format!("{}: not valid UTF-8", name(&not_utf8))),
        "{}",
        summary[5]
    );
    assert!(summary[5].contains("line 1"), "{}", summary[5]);
    assert!(
        summary[6].starts_with(&format!("{}: empty file", name(&empty))),
        "{}",
        summary[6]
    );
    assert!(
        summary[7].starts_with(&format!("{}: cannot read", name(&missing))),
        "{}",
        summary[7]
    );
    assert!(
        summary[8].starts_with(&format!("{}:1: read error", name(&bad_gz))),
        "{}",
        summary[8]
    );
    assert!(
        summary[1].ends_with("column 17: EOF while parsing an object"),
        "{}",
        summary[1]
    );
    // ... and the file after all those is still read.
    assert_eq!(
        summary[9],
        "ok Dock workers returned on Saturday after a nine-day strike."
    );
    let items = all(
        vec![
            Source::Path(dir.0.join("missing-too.txt")),
            Source::Path(dir.0.join("after.txt")),
        ],
        ReadOptions::default(),
    );
    assert!(items[0].is_err() && items[1].is_ok());
}

#[test]
fn a_truncated_gzip_stream_reports_the_line_it_stopped_at() {
    let lines: String = (0..200)
        .map(|i| format!("{{\"text\":\"Article number {i} about the weather.\"}}\n"))
        .collect();
    let gz = gzip(lines.as_bytes());
    let cut = gz.get(..gz.len() / 2).unwrap();
    let items = stream("cut.jsonl.gz", cut, ReadOptions::default());
    let (good, bad): (Vec<_>, Vec<_>) = items.iter().partition(|r| r.is_ok());
    assert!(!good.is_empty() && good.len() < 200);
    assert_eq!(bad.len(), 1);
    let e = bad[0].as_ref().unwrap_err();
    assert_eq!(e.file, "cut.jsonl.gz");
    assert!(e.line.is_some_and(|l| l as usize > good.len()), "{e}");
}

#[test]
fn a_multi_megabyte_line_is_read_whole() {
    let body: String = "The storm moved north overnight. ".repeat(120_000); // ~4 MB
    let mut w = JsonLinesWriter::new(Vec::new());
    w.write_article(&Article::new("big", body.as_str()), &FieldNames::default())
        .unwrap();
    w.write_article(&Article::new("small", "After it."), &FieldNames::default())
        .unwrap();
    let items = stream("big.jsonl", &w.finish().unwrap(), ReadOptions::default());
    assert_eq!(ok(&items[0]).article.body.len(), body.len());
    assert_eq!(ok(&items[1]).article.id, "small");
}

#[test]
fn custom_field_names() {
    let fields = FieldNames {
        id: vec!["doc_id".into()],
        title: vec!["hed".into()],
        date: vec!["pubdate".into()],
        url: vec!["permalink".into()],
        text: vec!["story".into()],
    };
    let line = br#"{"doc_id":"k7","hed":"Ferry service cut","pubdate":"20240301","story":"Crossings fall to two a day.","text":"not the body"}"#;
    let options = ReadOptions {
        fields: fields.clone(),
        ..Default::default()
    };
    let items = stream("feed.jsonl", line, options.clone());
    let a = &ok(&items[0]).article;
    assert_eq!(
        (a.id.as_str(), a.body.as_str()),
        ("k7", "Crossings fall to two a day.")
    );
    assert_eq!(a.meta["text"], "not the body");
    let mut w = JsonLinesWriter::new(Vec::new());
    w.write_article(a, &fields).unwrap();
    let back = stream("feed.jsonl", &w.finish().unwrap(), options);
    assert_eq!(&ok(&back[0]).article, a);
}

#[test]
fn dateline_files_round_trip_through_to_dateline() {
    let dir = TempDir::new("dateline-rt");
    let mut a = Article::new(
        "quake",
        "A magnitude 5.1 tremor was felt.\n\nNo damage was reported.",
    );
    a.title = Some("Tremor felt across the valley".into());
    a.published = Published::ymd(2023, 9, 18);
    let path = dir.write("quake.txt", to_dateline(&a).as_bytes());
    let items = all(vec![Source::Path(path)], ReadOptions::default());
    assert_eq!(ok(&items[0]).article, a);
}

#[cfg(unix)]
#[test]
fn odd_names_and_symlink_loops_in_folders() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = TempDir::new("odd");
    fs::write(dir.0.join(OsStr::from_bytes(b"caf\xe9.txt")), HARBOUR).unwrap();
    std::os::unix::fs::symlink(&dir.0, dir.0.join("loop")).unwrap();
    let items = all(vec![Source::Path(dir.0.clone())], ReadOptions::default());
    assert_eq!(
        items.len(),
        1,
        "the file once, the loop not followed forever"
    );
    let item = ok(&items[0]);
    assert!(item.file.ends_with("caf\u{fffd}.txt"), "{}", item.file);
    assert_eq!(item.article.id, "caf\u{fffd}");
}

#[test]
fn a_folder_walk_counts_what_it_skips_and_why() {
    let dir = TempDir::new("skips");
    dir.write("wire.jsonl", WIRE.as_bytes());
    dir.write("article-001", HARBOUR.as_bytes());
    dir.write("notes.md", b"# notes");
    dir.write("x.gz", b"plain text under a .gz name");
    dir.write("sub/zzz.doc", b"binary");
    dir.write(".DS_Store", b"\0\0");
    let mut articles = read(vec![Source::Path(dir.0.clone())], ReadOptions::default());
    let items: Vec<_> = articles.by_ref().collect();
    assert!(items.iter().all(|r| r.is_ok()), "only wire.jsonl is read");
    assert_eq!(
        items.len(),
        WIRE.lines().filter(|l| !l.trim().is_empty()).count()
    );
    let skipped = articles.skipped();
    assert_eq!(
        (skipped.unknown_extension, skipped.hidden, skipped.not_files),
        (4, 1, 0)
    );
    let names: Vec<&str> = skipped
        .examples
        .iter()
        .map(|p| p.rsplit(['/', '\\']).next().unwrap())
        .collect();
    // Sorted within the folder, and only the first few are kept.
    assert_eq!(names, ["article-001", "notes.md", "x.gz"]);
    let said = skipped.to_string();
    assert!(
        said.starts_with("4 files with an unknown extension ("),
        "{said}"
    );
    assert!(said.contains(", ...; read are .jsonl"), "{said}");
    assert!(said.ends_with("1 hidden entry"), "{said}");
    // A file named explicitly is read whatever its name, and skips nothing.
    let mut named = read(
        vec![Source::Path(dir.0.join("article-001"))],
        ReadOptions::default(),
    );
    assert_eq!(named.by_ref().filter(|r| r.is_ok()).count(), 1);
    assert_eq!(named.skipped().total(), 0);
}
