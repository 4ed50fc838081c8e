//! The custom binary lists and runs its own plugin beside the bundled ones.

use std::io::Write;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_my-app");

#[test]
fn lists_the_custom_analyzer_beside_the_bundled_ones() {
    let out = Command::new(BIN)
        .args(["analyzers", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["casualties", "dates", "quotes", "shouting"]);
}

#[test]
fn runs_the_custom_analyzer_beside_the_bundled_ones() {
    let mut child = Command::new(BIN)
        .args(["run", "-a", "shouting,dates", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let article =
        r#"{"id":"x","date":"2024-03-08","text":"URGENT: the bridge reopened on Tuesday!"}"#;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(article.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let rec: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rec["shouting"]["exclamations"], 1);
    assert_eq!(rec["shouting"]["caps"][0]["text"], "URGENT");
    assert_eq!(rec["dates"][0]["value"], "2024-03-05");
}
