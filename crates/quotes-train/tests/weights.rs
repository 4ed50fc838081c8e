//! The generated weights are what the training command writes.

use std::path::{Path, PathBuf};

use newsfacts_quotes::training;
use newsfacts_quotes_train as qt;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ranker")
}

/// Training on a small corpus written for this test gives exactly the
/// committed source: the training command (extraction, labels, perceptron,
/// code generation) is deterministic and unchanged. After a change to the
/// features or the training, regenerate it with
/// `cargo run --release -p newsfacts-quotes-train -- train --gold
/// crates/quotes-train/tests/fixtures/ranker/news --out
/// crates/quotes-train/tests/fixtures/ranker/weights.rs.expected` (which
/// also writes the gate's `weights.rs.expected.gate` and the reach model's
/// `weights.rs.expected.reach`; the shipped weights with `... -- train`).
#[test]
fn training_on_the_fixture_gives_the_committed_weights() {
    let generated = qt::generate(&[fixture().join("news")], qt::EPOCHS).unwrap();
    let src = generated.ranker;
    let expected = std::fs::read_to_string(fixture().join("weights.rs.expected")).unwrap();
    assert!(
        src == expected,
        "the training command's output on the fixture changed; regenerate it (see this test's docs)"
    );
    let gate = std::fs::read_to_string(fixture().join("weights.rs.expected.gate")).unwrap();
    assert!(
        generated.gate == gate,
        "the gate's training output on the fixture changed; regenerate it (see this test's docs)"
    );
    let reach = std::fs::read_to_string(fixture().join("weights.rs.expected.reach")).unwrap();
    assert!(
        generated.reach == reach,
        "the reach model's training output on the fixture changed; regenerate it (see this test's docs)"
    );
    // The fixture's stripped copy holds speech of several sentences after
    // narrative: the reach model learned from them.
    assert!(!reach.contains("over 0 sentences"), "{reach}");
    assert!(!reach.contains("(0 of"), "{reach}");
    // The fixture holds weak candidates, some right and some wrong: the
    // gate learned from them.
    assert!(!gate.contains("over 0 reported candidates"), "{gate}");
    assert!(!gate.contains("(0 of"), "{gate}");
    // The fixture is no toy: the perceptron learned something from it.
    assert!(src.contains("quotes whose alternative"));
    let nonzero = src
        .lines()
        .filter(|l| l.starts_with("    ") && !l.starts_with("    0,"))
        .count();
    assert!(nonzero > 10, "{nonzero} weights moved");
}

/// The shipped weights were trained for today's features (the fingerprint
/// of the feature names is written into the generated file).
#[test]
fn the_shipped_weights_fit_todays_features() {
    assert_eq!(
        training::shipped_fingerprint(),
        training::fingerprint(),
        "the ranker's features changed: run `cargo run --release -p newsfacts-quotes-train -- train`"
    );
    assert_eq!(
        training::shipped_weights().len(),
        training::feature_names().len()
    );
    assert_eq!(
        training::shipped_gate_fingerprint(),
        training::gate_fingerprint(),
        "the gate's features changed: run `cargo run --release -p newsfacts-quotes-train -- train`"
    );
    assert_eq!(
        training::shipped_gate_weights().len(),
        training::gate_buckets()
    );
    assert_eq!(
        training::shipped_reach_fingerprint(),
        training::reach_fingerprint(),
        "the reach model's features changed: run `cargo run --release -p newsfacts-quotes-train -- train`"
    );
    assert_eq!(
        training::shipped_reach_weights().len(),
        training::reach_buckets()
    );
}

/// Retraining on the shared corpora gives exactly the shipped weights, and
/// the analyzer chooses every speaker as the training command's copy of the
/// ranker does (so cross-validated figures are what the analyzer does).
#[test]
#[ignore = "needs the shared corpus (../shared/corpus or $NEWSFACTS_CORPUS)"]
fn the_shipped_weights_are_up_to_date_with_the_corpus() {
    let root = qt::corpus_root();
    let dirs = [root.join("polnear-train"), root.join("polnear-dev")];
    let generated = qt::generate(&dirs, qt::EPOCHS).unwrap();
    let shipped = std::fs::read_to_string(qt::weights_path()).unwrap();
    let gate = std::fs::read_to_string(qt::gate_path(&qt::weights_path())).unwrap();
    assert!(
        generated.gate == gate,
        "plugins/quotes/src/gate_weights.rs is not what training writes: run \
         `cargo run --release -p newsfacts-quotes-train -- train`"
    );
    let reach = std::fs::read_to_string(qt::reach_path(&qt::weights_path())).unwrap();
    assert!(
        generated.reach == reach,
        "plugins/quotes/src/reach_weights.rs is not what training writes: run \
         `cargo run --release -p newsfacts-quotes-train -- train`"
    );
    let src = generated.ranker;
    assert!(
        src == shipped,
        "plugins/quotes/src/weights.rs is not what training writes: run \
         `cargo run --release -p newsfacts-quotes-train -- train`"
    );
    let tmp = qt::corpus::TempDir::new("newsfacts-quotes-train-test").unwrap();
    let copies = qt::analyze(qt::read_corpora(&dirs, &tmp.path).unwrap()).unwrap();
    assert_eq!(qt::disagreements(&copies), 0);
}
