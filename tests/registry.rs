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
fn an_unknown_analyzer_is_a_clear_fatal_error_with_the_closest_name() {
    let out = run(
        &["run", "-a", "dtaes", util::sample_jsonl().to_str().unwrap()],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.trim_end(),
        "newsfacts: error: no analyzer named `dtaes`; did you mean `dates`? (`newsfacts analyzers` lists them)",
        "a command-line user gets no hint about linking crates"
    );
    assert!(out.stdout.is_empty());
    let out = run(
        &[
            "run",
            "-a",
            "sentiment",
            util::sample_jsonl().to_str().unwrap(),
        ],
        b"",
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("`sentiment` (`newsfacts analyzers` lists them)")
            && !err.contains("did you mean"),
        "nothing close, no guess: {err}"
    );
}

#[test]
fn the_library_error_for_an_unknown_name_carries_the_linking_hint() {
    let err = newsfacts::runner::Pipeline::from_registry(&["qoutes"], &Default::default())
        .err()
        .unwrap()
        .to_string();
    assert!(
        err.contains("did you mean `quotes`?")
            && err.contains("casualties, dates, quotes")
            && err.contains("use <plugin_crate> as _;"),
        "{err}"
    );
}

#[test]
fn analyzer_names_are_trimmed_in_the_cli_as_in_the_library() {
    let input = br#"{"id":"t","date":"2024-03-08","text":"Officials said on Tuesday that the bridge was open."}"#;
    let out = run(&["run", "-a", "dates, quotes", "--quiet", "-"], input);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = util::records(&out.stdout);
    assert_eq!(recs[0]["dates"][0]["value"], "2024-03-05");
    assert!(recs[0]["quotes"].is_array());
    assert!(recs[0].get("casualties").is_none());
    let p = newsfacts::runner::Pipeline::from_registry(&[" quotes ", "dates"], &Default::default())
        .unwrap();
    assert_eq!(p.names(), ["dates", "quotes"]);
}

#[test]
fn blank_analyzer_names_are_an_error_and_none_still_reads_and_writes() {
    let out = run(
        &["run", "-a", " , ", util::sample_jsonl().to_str().unwrap()],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("`-a` names no analyzer") && err.contains("-a none"),
        "{err}"
    );
    let out = run(
        &[
            "run",
            "-a",
            "none",
            "--quiet",
            util::sample_jsonl().to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = util::records(&out.stdout);
    assert_eq!(recs.len(), 9);
    assert!(
        recs.iter()
            .all(|r| r.get("dates").is_none() && r["errors"] == serde_json::json!([]))
    );
}

#[test]
fn a_config_section_for_an_analyzer_not_run_is_a_warning() {
    let dir = util::temp_dir("config-unused");
    let cfg = dir.join("config.json");
    std::fs::write(
        &cfg,
        r#"{"casualties": {"skip_shot": true}, "qoutes": {}, "dates": {"ages": false}}"#,
    )
    .unwrap();
    let out = run(
        &[
            "run",
            "-a",
            "dates",
            "--quiet",
            "--config",
            cfg.to_str().unwrap(),
            util::sample_jsonl().to_str().unwrap(),
        ],
        b"",
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert_eq!(
        err.lines().collect::<Vec<_>>(),
        [
            "newsfacts: warning: config section `casualties` is not used: `casualties` is not being run (running: dates)",
            "newsfacts: warning: config section `qoutes` is not used: no analyzer has that name (did you mean `quotes`?); running: dates",
        ]
    );
    assert_eq!(util::records(&out.stdout).len(), 9);
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
