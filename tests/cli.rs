//! The binary on the bundled sample corpus: formats, offsets, streaming, choice of analyzers.

use std::collections::BTreeMap;

use crate::util::{self, findings, records, run, texts};

fn by_id(recs: Vec<serde_json::Value>) -> BTreeMap<String, serde_json::Value> {
    recs.into_iter()
        .map(|r| (r["id"].as_str().unwrap().to_string(), r))
        .collect()
}

fn sample_file_count() -> usize {
    std::fs::read_dir(util::sample_dir())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "txt")
        })
        .count()
}

#[test]
fn the_sample_folder_gives_one_clean_record_per_article() {
    let out = run(&["run", util::sample_dir().to_str().unwrap()], b"");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out.stdout);
    assert!(recs.len() >= 6);
    assert_eq!(recs.len(), sample_file_count());
    for r in &recs {
        assert_eq!(r["errors"], serde_json::json!([]), "{}", r["id"]);
        assert!(
            r["dates"].is_array()
                && r["quotes"].is_array()
                && r["casualties"]["figures"].is_array()
        );
        assert!(r["casualties"]["totals"].is_object());
        assert_eq!(r["offsets"], "chars");
        assert!(
            r["published"].is_string(),
            "dateline dates are read: {}",
            r["id"]
        );
    }
    let ids: Vec<_> = recs
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(
        ids, sorted,
        "folders are read in sorted order, output keeps input order"
    );
    let total: usize = recs.iter().map(|r| findings(r).len()).sum();
    assert!(
        total >= recs.len() * 3,
        "the sample corpus yields findings ({total})"
    );
}

#[test]
fn dateline_and_json_lines_inputs_give_the_same_findings() {
    let folder = by_id(records(
        &run(&["run", util::sample_dir().to_str().unwrap()], b"").stdout,
    ));
    let jsonl = by_id(records(
        &run(&["run", util::sample_jsonl().to_str().unwrap()], b"").stdout,
    ));
    assert_eq!(
        folder.keys().collect::<Vec<_>>(),
        jsonl.keys().collect::<Vec<_>>()
    );
    for (id, f) in &folder {
        let j = &jsonl[id];
        for key in ["title", "published", "url", "dates", "quotes", "casualties"] {
            assert_eq!(f[key], j[key], "{id}: {key}");
        }
        assert!(
            j["section"].is_string(),
            "unknown input fields are written back: {id}"
        );
    }
}

#[test]
fn offsets_are_character_offsets_by_default_and_bytes_on_request() {
    let texts = texts(&util::sample_jsonl());
    let path = util::sample_jsonl();
    let chars = records(&run(&["run", path.to_str().unwrap()], b"").stdout);
    let bytes = records(&run(&["run", "--offsets", "bytes", path.to_str().unwrap()], b"").stdout);
    let mut checked = 0;
    for (c, b) in chars.iter().zip(&bytes) {
        assert_eq!(b["offsets"], "bytes");
        let text = &texts[c["id"].as_str().unwrap()];
        let as_chars: Vec<char> = text.chars().collect();
        for ((cs, ce, ct), (bs, be, bt)) in findings(c).into_iter().zip(findings(b)) {
            assert_eq!(ct, bt);
            assert_eq!(
                as_chars[cs..ce].iter().collect::<String>(),
                ct,
                "char offsets of {ct:?}"
            );
            assert_eq!(&text[bs..be], bt, "byte offsets of {bt:?}");
            checked += 1;
        }
    }
    assert!(checked > 20, "checked {checked} findings");
}

#[test]
fn standard_input_and_output_files_work_like_paths() {
    let path = util::sample_jsonl();
    let data = std::fs::read(&path).unwrap();
    let piped = run(&["run", "--quiet"], &data);
    assert_eq!(piped.status.code(), Some(0));
    assert!(
        piped.stderr.is_empty(),
        "--quiet: {}",
        String::from_utf8_lossy(&piped.stderr)
    );
    let direct = run(&["run", path.to_str().unwrap()], b"");
    assert_eq!(piped.stdout, direct.stdout);
    let dir = util::temp_dir("output");
    let file = dir.join("out.jsonl");
    let to_file = run(
        &[
            "run",
            "-o",
            file.to_str().unwrap(),
            "-j",
            "1",
            path.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(to_file.status.code(), Some(0));
    assert!(to_file.stdout.is_empty());
    assert_eq!(
        std::fs::read(&file).unwrap(),
        direct.stdout,
        "one thread or many: same bytes"
    );
}

#[test]
fn analyzers_can_be_chosen() {
    let out = run(
        &[
            "run",
            "-a",
            "casualties",
            util::sample_jsonl().to_str().unwrap(),
        ],
        b"",
    );
    let rec = &records(&out.stdout)[0];
    let keys: Vec<_> = rec.as_object().unwrap().keys().cloned().collect();
    assert!(
        keys.contains(&"dates".to_string()),
        "casualties requires dates, so dates runs too"
    );
    assert!(!keys.contains(&"quotes".to_string()));
    // Keys are written in plan order (serde_json::Value would sort them: read the raw line).
    let line = std::str::from_utf8(&out.stdout)
        .unwrap()
        .lines()
        .next()
        .unwrap();
    let pos = |k: &str| line.find(&format!("\"{k}\":")).unwrap();
    assert!(
        pos("url") < pos("dates")
            && pos("dates") < pos("casualties")
            && pos("casualties") < pos("errors"),
        "{line}"
    );
}

/// The article the project started from, in the shared corpus beside the repository.
#[test]
#[ignore = "needs the shared corpus (NEWSFACTS_CORPUS or ../shared/corpus)"]
fn the_shared_sample_article() {
    let corpus = std::env::var("NEWSFACTS_CORPUS")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| util::root().join("../shared/corpus"));
    let path = corpus.join("sample/sample-article.txt");
    assert!(path.is_file(), "no {}", path.display());
    let out = run(&["run", path.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0));
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), 1);
    let r = &recs[0];
    assert_eq!(r["published"], "2022-01-21");
    let figures = r["casualties"]["figures"].as_array().unwrap();
    assert!(
        figures
            .iter()
            .any(|f| f["count"] == 14000 && f["kind"] == "killed"),
        "{figures:?}"
    );
    assert!(
        figures.iter().all(|f| f["count"] != 100000),
        "troops are not casualties: {figures:?}"
    );
    let dates: Vec<_> = r["dates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["value"].as_str().unwrap_or(""))
        .collect();
    assert!(
        dates.contains(&"2022-01-20") && dates.contains(&"2022-W04"),
        "{dates:?}"
    );
    assert!(
        r["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|q| q["speaker"] == "Joe Biden")
    );
}

#[test]
fn csv_output_has_one_row_per_finding() {
    let dir = util::temp_dir("csv");
    let csv = dir.join("out.csv");
    let path = util::sample_jsonl();
    let out = run(
        &["run", "-o", csv.to_str().unwrap(), path.to_str().unwrap()],
        b"",
    );
    assert_eq!(out.status.code(), Some(0));
    let text = std::fs::read_to_string(&csv).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("id,analyzer,start,end,text,fields"),
        "the extension chooses CSV"
    );
    let jsonl = records(&run(&["run", path.to_str().unwrap()], b"").stdout);
    let findings: usize = jsonl.iter().map(|r| findings(r).len()).sum();
    let totals = jsonl.len(); // one casualties totals row per article
    assert_eq!(
        text.lines().count() - 1,
        findings + totals,
        "one row per finding and per totals object"
    );
    let piped = run(
        &[
            "run",
            "--format",
            "csv",
            "-a",
            "dates",
            path.to_str().unwrap(),
        ],
        b"",
    );
    let piped = String::from_utf8(piped.stdout).unwrap();
    assert!(
        piped
            .lines()
            .skip(1)
            .all(|l| l.split(',').nth(1) == Some("dates")),
        "{piped}"
    );
}

#[test]
fn an_output_file_appears_only_when_the_run_completes() {
    let dir = util::temp_dir("atomic");
    let bad = dir.join("no-such-folder/out.jsonl");
    let out = run(
        &[
            "run",
            "-o",
            bad.to_str().unwrap(),
            util::sample_jsonl().to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-folder/out.jsonl"));
    let good = dir.join("out.jsonl");
    let out = run(
        &[
            "run",
            "-o",
            good.to_str().unwrap(),
            util::sample_jsonl().to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(0));
    let left: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        left,
        [std::ffi::OsString::from("out.jsonl")],
        "no temporary file is left behind"
    );
}

#[test]
fn filter_mode_answers_every_input_line_in_order() {
    let input = [
        r#"{"id":"a","date":"2024-02-02","text":"Two people were killed on Monday."}"#,
        "",
        r#"{"id":"b","date":"2024-02-02","text": broken"#,
        r#"{"id":"c","date":"2024-02-02","text":"Talks resume next week."}"#,
    ]
    .join("\n");
    let out = run(&["run", "--quiet", "-"], input.as_bytes());
    // Each line's problem is data in its record: the stream itself was read.
    assert_eq!(out.status.code(), Some(0), "every line got its answer");
    let recs = records(&out.stdout);
    assert_eq!(
        util::ids(&recs),
        ["a", "-", "-", "c"],
        "one output line per input line, in order"
    );
    assert_eq!(recs[1]["errors"][0]["line"], 2);
    assert_eq!(recs[2]["errors"][0]["line"], 3);
}

#[test]
fn analyzers_none_reads_and_writes_only() {
    let out = run(
        &["run", "-a", "none", util::sample_jsonl().to_str().unwrap()],
        b"",
    );
    assert_eq!(out.status.code(), Some(0));
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), texts(&util::sample_jsonl()).len());
    assert!(
        recs.iter()
            .all(|r| r.get("dates").is_none() && r["errors"] == serde_json::json!([]))
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("analyzers: none"));
}

/// `.parquet` chooses Parquet; a binary built without the `parquet` feature
/// says how to get it.
#[test]
fn parquet_output_by_extension() {
    let dir = util::temp_dir("parquet");
    let file = dir.join("out.parquet");
    let out = run(
        &[
            "run",
            "-o",
            file.to_str().unwrap(),
            util::sample_jsonl().to_str().unwrap(),
        ],
        b"",
    );
    if cfg!(feature = "parquet") {
        assert_eq!(out.status.code(), Some(0));
        let bytes = std::fs::read(&file).unwrap();
        assert!(bytes.starts_with(b"PAR1") && bytes.ends_with(b"PAR1"));
    } else {
        assert_eq!(out.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&out.stderr).contains("--features parquet"));
        assert!(!file.exists());
    }
    let piped = run(
        &[
            "run",
            "--format",
            "parquet",
            util::sample_jsonl().to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(
        piped.status.code(),
        Some(1),
        "Parquet needs a file, not a pipe"
    );
}

/// `-o /dev/null` or a named pipe is written in place: the atomic
/// write-aside-and-rename used for regular files must never replace a device
/// or a FIFO with a file.
#[cfg(unix)]
#[test]
#[ignore = "needs the mkfifo command"]
fn an_output_that_is_not_a_regular_file_is_written_in_place() {
    use std::os::unix::fs::FileTypeExt;
    let dir = util::temp_dir("fifo");
    let fifo = dir.join("pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo failed");
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(&fifo).unwrap())
    };
    let out = run(
        &[
            "run",
            "--quiet",
            "-o",
            fifo.to_str().unwrap(),
            util::sample_jsonl().to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(0));
    // Checked before joining the reader, which would wait forever on a pipe
    // that was replaced (and so never opened for writing).
    assert!(
        std::fs::metadata(&fifo).unwrap().file_type().is_fifo(),
        "still a pipe"
    );
    let got = reader.join().unwrap();
    assert_eq!(records(&got).len(), texts(&util::sample_jsonl()).len());
    let left: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left.len(), 1, "no temporary file beside it: {left:?}");
}

#[test]
fn a_folder_of_files_it_does_not_read_says_so_and_fails() {
    let dir = util::temp_dir("unknown-ext");
    let article = "Ferry service resumes\n20240305\nhttps://example.org/f\nBoats sailed again.\n";
    std::fs::write(dir.join("article-001"), article).unwrap();
    std::fs::write(dir.join("notes.md"), "# notes\n").unwrap();
    std::fs::write(dir.join("x.gz"), "plain text under a gzip name\n").unwrap();
    let out = run(&["run", dir.to_str().unwrap()], b"");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "nothing at all was read: {stderr}"
    );
    assert!(out.stdout.is_empty());
    assert!(
        stderr.contains("skipped in folders: 3 files with an unknown extension"),
        "{stderr}"
    );
    assert!(stderr.contains("article-001"), "{stderr}");
    assert!(stderr.contains("nothing was read"), "{stderr}");
    // With one readable file beside them: the run succeeds and still says
    // what it passed over.
    std::fs::write(dir.join("ferry.txt"), article).unwrap();
    let out = run(&["run", "--quiet", dir.to_str().unwrap()], b"");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(util::ids(&records(&out.stdout)), ["ferry"]);
    assert!(
        stderr.contains("3 files with an unknown extension"),
        "{stderr}"
    );
}

#[test]
fn a_dateline_file_may_give_its_date_in_words() {
    let dir = util::temp_dir("date-words");
    let path = dir.join("ferry.txt");
    std::fs::write(
        &path,
        "Ferry service resumes\nMarch 5, 2024\nhttps://example.org/ferry\nBoats sailed again on Monday.\n",
    )
    .unwrap();
    let out = run(&["run", "--quiet", path.to_str().unwrap()], b"");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rec = &records(&out.stdout)[0];
    assert_eq!(rec["published"], "2024-03-05");
    assert_eq!(rec["title"], "Ferry service resumes");
    assert_eq!(rec["url"], "https://example.org/ferry");
    assert_eq!(
        rec["dates"][0]["value"], "2024-03-04",
        "anchored on the date in words"
    );
    // A date line nobody reads, with no web address after it: plain text,
    // and a warning that says why.
    std::fs::write(
        &path,
        "Ferry service resumes\nMarchh 5, 2024\nBoats sailed again.\n",
    )
    .unwrap();
    let out = run(&["run", "--quiet", path.to_str().unwrap()], b"");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("ferry.txt:2: ") && stderr.contains("read as plain text"),
        "{stderr}"
    );
    assert_eq!(records(&out.stdout)[0]["title"], serde_json::Value::Null);
}

#[test]
fn field_names_and_the_input_format_can_be_set() {
    let input = r#"{"key":"k1","headline":"Bridge reopens","day":"2024-05-15","content":"The bridge reopened on Monday."}"#;
    let out = run(
        &[
            "run",
            "--quiet",
            "--field",
            "id=key",
            "--field",
            "text=content",
            "--field",
            "date=day",
            "--field",
            "title=headline",
            "-",
        ],
        input.as_bytes(),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rec = &records(&out.stdout)[0];
    assert_eq!(
        (&rec["id"], &rec["title"], &rec["published"]),
        (
            &serde_json::json!("k1"),
            &serde_json::json!("Bridge reopens"),
            &serde_json::json!("2024-05-15")
        )
    );
    assert_eq!(rec["dates"][0]["value"], "2024-05-13");
    let bad = run(&["run", "--field", "body", "-"], input.as_bytes());
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("expected ROLE=NAME"));

    // --input-format text: a dateline-looking file read whole as the body,
    // with the date from --date.
    let dir = util::temp_dir("input-format");
    let path = dir.join("a.txt");
    std::fs::write(
        &path,
        "Title line\n20240305\nhttps://x\nThe bridge reopened on Monday.\n",
    )
    .unwrap();
    let as_text = run(
        &[
            "run",
            "--quiet",
            "--input-format",
            "text",
            "--date",
            "2024-05-15",
            path.to_str().unwrap(),
        ],
        b"",
    );
    let rec = &records(&as_text.stdout)[0];
    assert_eq!(rec["title"], serde_json::Value::Null);
    assert_eq!(rec["published"], "2024-05-15");
    let as_dateline = run(
        &[
            "run",
            "--quiet",
            "--input-format",
            "dateline",
            path.to_str().unwrap(),
        ],
        b"",
    );
    let rec = &records(&as_dateline.stdout)[0];
    assert_eq!(
        (rec["title"].as_str(), rec["published"].as_str()),
        (Some("Title line"), Some("2024-03-05"))
    );
    // --input-format jsonl on a file whose name says nothing.
    let odd = dir.join("feed.data");
    std::fs::write(&odd, format!("{input}\n")).unwrap();
    let as_jsonl = run(
        &[
            "run",
            "--quiet",
            "--input-format",
            "jsonl",
            "--field",
            "text=content",
            odd.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(records(&as_jsonl.stdout)[0]["dates"][0]["text"], "Monday");
}
