//! Offsets are positions, nothing more: putting a neutral paragraph in front
//! of an article moves every span of every analyzer by that paragraph's
//! length and changes nothing else. Articles are composed at random from
//! sentences written for this test.

use newsfacts::core::{Article, Published};
use newsfacts::runner::Pipeline;
use proptest::prelude::*;
use serde_json::Value;

/// Sentences with dates, quotes, speakers and casualty figures in them.
const SENTENCES: [&str; 12] = [
    "Floods killed at least 12 people in the valley on Monday, officials said.",
    "\u{201c}We have lost everything,\u{201d} said Mara Olsen, a farmer.",
    "The mayor, Tom Vale, said the bridge would reopen next week.",
    "Three people were injured and two are missing after the blast.",
    "Talks are due to resume in March, a spokesman said.",
    "\"It is too early to say,\" he told reporters.",
    "Some 4,000 residents fled their homes last year.",
    "The ceasefire collapsed on 3 January 2023 after 90 minutes of shelling.",
    "Police said a gunman shot and killed a guard before dawn.",
    "Anna Berg argued that the plan was too costly.",
    "Officials expect the death toll to rise, the agency reported on Friday.",
    "The company posted a loss for the third quarter of 2022.",
];

/// Paragraphs that name no one and hold no date, number, quote or figure.
const NEUTRAL: [&str; 4] = [
    "Markets were quiet.",
    "The weather stayed mild across the region, and the roads were open.",
    "Residents went about their business as usual",
    "Ça va : l\u{2019}été était doux à Zürich.",
];

fn analyze(pipeline: &Pipeline, body: &str) -> Value {
    let article =
        Article::new("shift", body.to_string()).published(Published::ymd(2024, 5, 15).unwrap());
    serde_json::to_value(pipeline.analyze(article)).unwrap()
}

/// Whether `b` is `a` with every offset field (`start`, `end`,
/// `speaker_start`, ...) moved by `shift` characters and all else equal.
fn shifted(a: &Value, b: &Value, shift: u64, key: &str) -> Result<(), String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            if x.len() != y.len() {
                return Err(format!("{key}: {a} vs {b}"));
            }
            for (k, v) in x {
                let w = y
                    .get(k)
                    .ok_or_else(|| format!("{key}.{k} missing in {b}"))?;
                shifted(v, w, shift, k)?;
            }
            Ok(())
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .try_for_each(|(v, w)| shifted(v, w, shift, key)),
        (Value::Number(x), Value::Number(y))
            if key == "start"
                || key.ends_with("_start")
                || key == "end"
                || key.ends_with("_end") =>
        {
            if x.as_u64().map(|n| n + shift) == y.as_u64() {
                Ok(())
            } else {
                Err(format!("{key}: {x} + {shift} != {y}"))
            }
        }
        _ if a == b => Ok(()),
        _ => Err(format!("{key}: {a} vs {b}")),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn a_neutral_paragraph_in_front_moves_every_span_by_its_length(
        picks in proptest::collection::vec(0..SENTENCES.len(), 1..6),
        prefix in 0..NEUTRAL.len(),
    ) {
        let pipeline = Pipeline::from_registry(&newsfacts::BUNDLED, &Default::default()).unwrap();
        let body = picks.iter().map(|&i| SENTENCES[i]).collect::<Vec<_>>().join(" ");
        let paragraph = format!("{}\n\n", NEUTRAL[prefix]);
        let before = analyze(&pipeline, &body);
        let after = analyze(&pipeline, &format!("{paragraph}{body}"));
        let shift = paragraph.chars().count() as u64;
        for name in newsfacts::BUNDLED {
            if let Err(e) = shifted(&before[name], &after[name], shift, name) {
                prop_assert!(false, "{}: {}\nbody: {}", name, e, body);
            }
        }
        // Something was found, so the property is not vacuous.
        prop_assert!(before.to_string().contains("\"start\""));
    }
}
