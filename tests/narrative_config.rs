//! The dates analyzer's `anchor` setting through `--config`: history text
//! counts from the story time, news from the publication date.

use crate::util::{records, run};

const HISTORY: &str = r#"{"id":"h","date":"2009-12-19","text":"In 1942 the army retreated. In July it held the river, and the following spring it attacked."}"#;

fn values(out: &std::process::Output) -> Vec<(String, String)> {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out.stdout);
    recs[0]["dates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["text"].as_str().unwrap().to_string(),
                d["value"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn the_narrative_anchor_is_read_from_the_config_file() {
    let dir = std::env::temp_dir().join(format!("newsfacts-narrative-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("history.json");
    std::fs::write(&config, r#"{"dates": {"anchor": "narrative"}}"#).unwrap();
    let story = run(
        &[
            "run",
            "--quiet",
            "-a",
            "dates",
            "--config",
            config.to_str().unwrap(),
        ],
        HISTORY.as_bytes(),
    );
    let news = run(&["run", "--quiet", "-a", "dates"], HISTORY.as_bytes());
    std::fs::remove_dir_all(&dir).unwrap();
    let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    assert_eq!(
        values(&story),
        pairs(&[
            ("1942", "1942"),
            ("July", "1942-07"),
            ("the following spring", "1943-SP")
        ])
    );
    // The default anchor is the publication date.
    assert_eq!(
        values(&news),
        pairs(&[
            ("1942", "1942"),
            ("July", "2009-07"),
            ("the following spring", "2010-SP")
        ])
    );
}

#[test]
fn an_unknown_anchor_is_a_config_error() {
    let dir = std::env::temp_dir().join(format!("newsfacts-anchor-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("bad.json");
    std::fs::write(&config, r#"{"dates": {"anchor": "story"}}"#).unwrap();
    let out = run(
        &[
            "run",
            "--quiet",
            "-a",
            "dates",
            "--config",
            config.to_str().unwrap(),
        ],
        HISTORY.as_bytes(),
    );
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("anchor") || err.contains("story"), "{err}");
}
