//! A third-party plugin crate found through the registry and run beside the bundled analyzers.

use newsfacts::core::{Article, Published, Registry};
use newsfacts::runner::Pipeline;

// The one line a binary needs to link a third-party plugin crate.
use my_plugin as _;

#[test]
fn a_linked_plugin_crate_is_registered_beside_the_bundled_ones() {
    let names: Vec<_> = Registry::global().unwrap().names().collect();
    // `brittle` is defined inside this test crate (bad_input.rs): plugins
    // defined in the binary itself register too.
    assert_eq!(
        names,
        ["brittle", "casualties", "dates", "quotes", "shouting"]
    );
}

#[test]
fn it_runs_beside_the_bundled_analyzers_with_its_config() {
    let cfg = [("shouting".to_string(), serde_json::json!({"min_len": 2}))].into();
    let p = Pipeline::from_registry(&["dates", "shouting"], &cfg).unwrap();
    let a = Article::new("x", "UN envoys met on Monday. WOW!")
        .published(Published::ymd(2023, 3, 8).unwrap());
    let r = serde_json::to_value(p.analyze(a)).unwrap();
    assert_eq!(r["shouting"]["exclamations"], 1);
    let caps: Vec<_> = r["shouting"]["caps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert_eq!(caps, ["UN", "WOW"], "min_len from the config");
    assert_eq!(r["dates"][0]["value"], "2023-03-06");
}
