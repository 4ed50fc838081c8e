//! The streaming contract: standard input to standard output (filter mode, as
//! Spark's `RDD.pipe` and Hadoop Streaming use it), output files, closed pipes
//! and the many-batch parallel path.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::util::{self, BIN, records, run};

/// The bundled sample corpus's lines, repeated to `n` lines with fresh ids,
/// every `broken_every`-th line broken (not JSON).
fn many_lines(n: usize, broken_every: usize) -> String {
    let sample = std::fs::read_to_string(util::sample_jsonl()).unwrap();
    let lines: Vec<serde_json::Value> = sample
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut out = String::new();
    for i in 0..n {
        if broken_every > 0 && i % broken_every == broken_every - 1 {
            out.push_str(&format!("{{\"id\":\"x{i}\",\"text\": broken\n"));
            continue;
        }
        let mut v = lines[i % lines.len()].clone();
        v["id"] = serde_json::json!(format!("n{i}"));
        out.push_str(&v.to_string());
        out.push('\n');
    }
    out
}

#[test]
fn empty_input_gives_empty_output_and_success() {
    let out = run(&["run", "--quiet"], b"");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let dash = run(&["run", "--quiet", "-"], b"");
    assert_eq!((dash.status.code(), dash.stdout.len()), (Some(0), 0));
    // White space only: lines, each answered (blank lines get error records).
    let blank = run(&["run", "--quiet"], b"\n\n");
    assert_eq!(blank.status.code(), Some(0));
    assert_eq!(records(&blank.stdout).len(), 2);
}

/// A producer that writes one line and waits for its answer before the next
/// gets it without closing its end of the pipe.
#[test]
fn a_line_is_answered_while_the_pipe_stays_open() {
    let mut child = Command::new(BIN)
        .args(["run", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    for (i, text) in [
        "Two people were killed on Monday.",
        "Talks resume next week.",
    ]
    .iter()
    .enumerate()
    {
        writeln!(
            stdin,
            "{{\"id\":\"t{i}\",\"date\":\"2024-02-02\",\"text\":\"{text}\"}}"
        )
        .unwrap();
        stdin.flush().unwrap();
        // Not a timing test: a generous bound, so that a runner that waits
        // for 64 lines (or the end of input) fails here instead of hanging.
        let answer = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("an answer while the input stays open");
        let v: serde_json::Value = serde_json::from_str(&answer).unwrap();
        assert_eq!(v["id"], format!("t{i}"));
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
    reader.join().unwrap();
}

#[test]
fn a_stream_that_breaks_off_fails_the_filter() {
    // A gzip stream cut in the middle: the lines before the cut are answered,
    // then the read error ends the input, and the exit status says so.
    let text = many_lines(400, 0);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(text.as_bytes()).unwrap();
    let mut bytes = gz.finish().unwrap();
    bytes.truncate(bytes.len() / 2);
    let out = run(&["run", "--quiet", "-a", "none"], &bytes);
    assert_eq!(
        out.status.code(),
        Some(2),
        "the stream was not read to its end"
    );
    let recs = records(&out.stdout);
    let last = recs.last().unwrap();
    assert!(
        last["errors"][0]["message"]
            .as_str()
            .unwrap()
            .starts_with("read error"),
        "{last}"
    );
    assert!(recs.len() > 1, "the lines before the cut were answered");
}

#[test]
fn a_closed_output_pipe_ends_the_run_quietly() {
    let dir = util::temp_dir("epipe");
    let input = dir.join("many.jsonl");
    std::fs::write(&input, many_lines(3000, 0)).unwrap();
    let mut child = Command::new(BIN)
        .args(["run", "--quiet", input.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert!(first.starts_with("{\"id\":\"n0\""), "{first}");
    drop(stdout); // `| head -1`
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert_eq!(stderr, "", "nothing to say about a reader that left");
}

#[test]
fn a_gz_output_file_is_gzip() {
    let dir = util::temp_dir("gzout");
    let sample = util::sample_jsonl();
    let plain = run(&["run", "--quiet", sample.to_str().unwrap()], b"");
    for (name, format) in [("out.jsonl.gz", None), ("out.csv.GZ", Some("csv"))] {
        let path = dir.join(name);
        let out = run(
            &[
                "run",
                "--quiet",
                "-o",
                path.to_str().unwrap(),
                sample.to_str().unwrap(),
            ],
            b"",
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(
            bytes[..2],
            [0x1f, 0x8b],
            "{name} starts with the gzip magic"
        );
        let mut text = String::new();
        flate2::read::MultiGzDecoder::new(&bytes[..])
            .read_to_string(&mut text)
            .unwrap();
        match format {
            None => assert_eq!(text.as_bytes(), plain.stdout, "{name}"),
            Some(_) => assert!(
                text.starts_with("id,analyzer,start,end,text,fields\n"),
                "{name}"
            ),
        }
    }
    // The records read back (eval reads `.gz` predictions too).
    let gold = util::root().join("examples/gold");
    let scored = run(
        &[
            "eval",
            gold.to_str().unwrap(),
            dir.join("out.jsonl.gz").to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(
        scored.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&scored.stderr)
    );
}

/// Many batches through the parallel runner: one output line per input line,
/// in order, the same bytes whatever the number of threads.
#[test]
fn many_batches_on_four_threads_equal_one_thread_byte_for_byte() {
    let input = many_lines(1200, 37);
    let four = run(&["run", "--quiet", "-j", "4", "-"], input.as_bytes());
    let one = run(&["run", "--quiet", "-j", "1", "-"], input.as_bytes());
    assert_eq!(
        four.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&four.stderr)
    );
    let recs = records(&four.stdout);
    assert_eq!(recs.len(), 1200, "one line out per line in");
    for (i, r) in recs.iter().enumerate() {
        if i % 37 == 36 {
            assert_eq!(r["id"], serde_json::Value::Null, "line {}", i + 1);
            assert_eq!(r["errors"][0]["line"], i + 1);
        } else {
            assert_eq!(r["id"], format!("n{i}"));
        }
    }
    assert!(four.stdout == one.stdout, "-j 4 and -j 1 differ");
}
