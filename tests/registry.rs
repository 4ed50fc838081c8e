//! The registry of the bundled binary, planning, and fatal configuration errors.

use crate::util::{self, run};

#[test]
fn the_bundled_binary_registers_exactly_the_bundled_analyzers() {
    let out = run(&["analyzers", "--json"], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, newsfacts::BUNDLED);
    let casualties = &list[0];
    assert_eq!(casualties["requires"], serde_json::json!(["dates"]));
    assert!(!casualties["description"].as_str().unwrap().is_empty());
    assert_eq!(casualties["version"], env!("CARGO_PKG_VERSION"));
}

#[test]
fn the_table_lists_name_version_requires_description() {
    let out = run(&["analyzers"], b"");
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<_> = text.lines().collect();
    assert!(lines[0].starts_with("NAME") && lines[0].contains("REQUIRES"));
    assert!(lines[1].starts_with("casualties") && lines[1].contains("dates"));
    assert_eq!(lines.len(), 4);
}

#[test]
fn requirements_are_planned_first() {
    let p =
        newsfacts::runner::Pipeline::from_registry(&["casualties"], &Default::default()).unwrap();
    assert_eq!(p.names(), ["dates", "casualties"]);
    let all = newsfacts::runner::Pipeline::from_registry(&newsfacts::BUNDLED, &Default::default())
        .unwrap();
    assert_eq!(all.names(), ["dates", "casualties", "quotes"]);
}

#[test]
fn an_unknown_analyzer_is_a_clear_fatal_error() {
    let out = run(
        &["run", "-a", "dtaes", util::sample_jsonl().to_str().unwrap()],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("`dtaes`") && err.contains("casualties, dates, quotes"),
        "{err}"
    );
    assert!(
        err.contains("use <plugin_crate> as _;"),
        "the linking hint: {err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn a_bad_config_value_is_a_clear_fatal_error() {
    let dir = util::temp_dir("config");
    let cfg = dir.join("config.json");
    std::fs::write(&cfg, r#"{"dates": {"no_such_setting": 1}}"#).unwrap();
    let out = run(
        &[
            "run",
            "--config",
            cfg.to_str().unwrap(),
            util::sample_jsonl().to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad config for analyzer `dates`") && err.contains("no_such_setting"),
        "{err}"
    );
    std::fs::write(&cfg, "{\"dates\": ").unwrap();
    let out = run(
        &[
            "run",
            "--config",
            cfg.to_str().unwrap(),
            util::sample_jsonl().to_str().unwrap(),
        ],
        b"",
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("config.json:1"),
        "names the file and line: {err}"
    );
}
