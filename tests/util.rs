//! Shared helpers: paths, running the binary, reading JSON Lines.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub const BIN: &str = env!("CARGO_BIN_EXE_newsfacts");

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled sample corpus (dateline files).
pub fn sample_dir() -> PathBuf {
    root().join("examples/articles")
}

/// The bundled sample corpus as JSON Lines.
pub fn sample_jsonl() -> PathBuf {
    root().join("examples/articles.jsonl")
}

/// Runs the binary with `args`, feeding `stdin`.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the newsfacts binary runs");
    let mut input = child.stdin.take().expect("stdin is piped");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("the binary finishes");
    writer.join().expect("stdin writer");
    out
}

/// Parses JSON Lines output.
pub fn records(stdout: &[u8]) -> Vec<serde_json::Value> {
    std::str::from_utf8(stdout)
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l}: {e}")))
        .collect()
}

/// The `id` of each record, in order; `-` for a record without one (an
/// error record in place of an unreadable input).
pub fn ids(records: &[serde_json::Value]) -> Vec<String> {
    records
        .iter()
        .map(|r| r["id"].as_str().unwrap_or("-").to_string())
        .collect()
}

/// A fresh empty folder under the system temp dir, unique to this test.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("newsfacts-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// The article texts of a JSON Lines corpus, by id.
pub fn texts(jsonl: &Path) -> std::collections::HashMap<String, String> {
    std::fs::read_to_string(jsonl)
        .expect("corpus readable")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("corpus JSON");
            (
                v["id"].as_str().unwrap().to_string(),
                v["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Every `(start, end, text)` finding of a record, from all three bundled analyzers.
pub fn findings(record: &serde_json::Value) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut push = |v: &serde_json::Value| {
        if let (Some(s), Some(e), Some(t)) =
            (v["start"].as_u64(), v["end"].as_u64(), v["text"].as_str())
        {
            out.push((s as usize, e as usize, t.to_string()));
        }
    };
    for key in ["dates", "quotes"] {
        for f in record[key].as_array().into_iter().flatten() {
            push(f);
        }
    }
    for f in record["casualties"]["figures"]
        .as_array()
        .into_iter()
        .flatten()
    {
        push(f);
    }
    out
}
