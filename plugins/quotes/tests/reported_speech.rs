//! Reported speech: a subject before a
//! perfect (`have said`), a fronted phrase after `said that`, and more stance
//! verbs. Sentences written for these tests.

mod common;

use common::run;
use newsfacts_quotes::{Quote, QuoteKind};

/// The reported quote whose content starts with `prefix`.
fn reported<'q>(qs: &'q [Quote], prefix: &str) -> &'q Quote {
    qs.iter()
        .find(|q| q.kind == QuoteKind::Reported && q.text.starts_with(prefix))
        .unwrap_or_else(|| panic!("no reported quote starting {prefix:?} in {qs:?}"))
}

#[test]
fn a_plain_subject_before_a_perfect_speaks() {
    let qs = run(
        "The hearing ended late. Rural opponents have said the new dam would \
                  flood their fields.",
    );
    let q = reported(&qs, "the new dam");
    assert_eq!(q.text, "the new dam would flood their fields");
    assert_eq!(q.speaker_text.as_deref(), Some("opponents"));
}

#[test]
fn a_fronted_phrase_after_said_that_opens_the_content() {
    let qs = run(
        "The hearing ended late. Okafor said that for years, the county had \
                  ignored the river.",
    );
    let q = reported(&qs, "for years");
    assert_eq!(q.text, "for years, the county had ignored the river");
    assert_eq!(q.speaker_text.as_deref(), Some("Okafor"));
    // `said that for` with no comma after it stays out (`that` is an object).
    let qs = run("The hearing ended late. Okafor said that for the third time today.");
    assert!(qs.iter().all(|q| !q.text.starts_with("for")), "{qs:?}");
}

#[test]
fn more_stance_verbs_take_their_object() {
    let qs = run(
        "The storm hit at dawn. Governor Lena Brandt ordered the ferries to stay \
                  in port until noon.",
    );
    assert_eq!(
        reported(&qs, "the ferries").text,
        "the ferries to stay in port until noon"
    );
    let qs = run("The storm hit at dawn. Brandt bemoaned the slow repairs on the coast road.");
    assert_eq!(
        reported(&qs, "the slow repairs").speaker_text.as_deref(),
        Some("Brandt")
    );
    let qs = run("The storm hit at dawn. The panel deemed the old seawall unsafe for traffic.");
    assert_eq!(
        reported(&qs, "the old seawall").text,
        "the old seawall unsafe for traffic"
    );
    let qs = run(
        "The storm hit at dawn. Brandt spoke for an hour, thanking the crews for \
                  their long nights.",
    );
    assert_eq!(
        reported(&qs, "the crews").speaker_text.as_deref(),
        Some("Brandt")
    );
    let qs = run(
        "The storm hit at dawn. Brandt spoke for an hour, recalling the flood \
                  that closed the harbor in 1998.",
    );
    assert!(reported(&qs, "the flood").text.ends_with("in 1998"));
}

#[test]
fn a_second_predicate_after_a_stance_object_is_left_out() {
    // A one-word object before `and` with a verb of saying.
    let qs =
        run("The storm hit at dawn. Brandt defended Okafor and said the crews did their best.");
    assert_eq!(reported(&qs, "Okafor").text, "Okafor");
    assert_eq!(reported(&qs, "the crews").text, "the crews did their best");
    // An auxiliary after `and` / `but` starts the second predicate.
    let qs = run(
        "The storm hit at dawn. Brandt praised the volunteers and has promised \
                  to visit the coast.",
    );
    assert_eq!(reported(&qs, "the volunteers").text, "the volunteers");
    // A coordinated object stays whole.
    let qs = run("The storm hit at dawn. Brandt praised the volunteers and the nurses.");
    assert_eq!(
        reported(&qs, "the volunteers").text,
        "the volunteers and the nurses"
    );
}

#[test]
fn content_spoken_by_a_relative_pronoun_ends_with_its_clause() {
    let qs = run(
        "The vote was close. Lena Brandt, who endorsed Okafor for mayor, spoke \
                  first on Friday.",
    );
    let q = reported(&qs, "Okafor");
    assert_eq!(q.text, "Okafor for mayor");
    assert_eq!(q.speaker_text.as_deref(), Some("who"));
    let qs = run(
        "The vote was close. The union, which said the plan was unfair, \
                  asked for a recount.",
    );
    assert_eq!(reported(&qs, "the plan").text, "the plan was unfair");
    // A comma inside the content, before no verb, does not end it.
    let qs = run(
        "The vote was close. Brandt, who said the roads, bridges and ports need \
                  repairs, spoke first.",
    );
    assert_eq!(
        reported(&qs, "the roads").text,
        "the roads, bridges and ports need repairs"
    );
}

#[test]
fn a_stance_noun_after_a_possessive_and_found_itself_attribute_nothing() {
    let qs = run(
        "The poll came out on Monday. Okafor's support rose four points among \
                  younger voters.",
    );
    assert!(qs.is_empty(), "{qs:?}");
    let qs = run(
        "The poll came out on Monday. The campaign found itself short of money \
                  in the last week.",
    );
    assert!(qs.is_empty(), "{qs:?}");
    // The verb itself still attributes.
    let qs = run("The poll came out on Monday. Most teachers support Okafor in the race.");
    assert_eq!(reported(&qs, "Okafor").text, "Okafor in the race");
    let qs = run("The poll came out on Monday. The audit found the accounts in good order.");
    assert_eq!(
        reported(&qs, "the accounts").text,
        "the accounts in good order"
    );
}

#[test]
fn noting_takes_a_bare_clause_and_ends_content_after_a_closing_mark() {
    let qs = run(
        "The vote was close. Brandt decried the plan to close the port, noting \
                  she had fought for the docks all her life.",
    );
    let q = reported(&qs, "she had fought");
    assert_eq!(q.text, "she had fought for the docks all her life");
    assert_eq!(q.speaker_text.as_deref(), Some("Brandt"));
    assert_eq!(reported(&qs, "the plan").text, "the plan to close the port");
    // The comma inside the closing mark of a quoted phrase.
    let qs = run(
        "The vote was close. Brandt mocked Okafor for calling himself the “king of \
                  roads,” noting that the new taxes would raise the debt.",
    );
    let q = reported(&qs, "Okafor");
    assert!(q.text.ends_with("“king of roads"), "{q:?}");
    assert_eq!(
        reported(&qs, "the new taxes").text,
        "the new taxes would raise the debt"
    );
}

#[test]
fn a_stance_object_ends_before_a_participle_after_a_closing_mark() {
    let qs = run(
        "The vote was close. Brandt praised the “harbor compact,” calling it the \
                  best deal in years.",
    );
    assert_eq!(reported(&qs, "the “harbor").text, "the “harbor compact");
}

#[test]
fn that_after_a_noun_phrase_is_a_relative_speaker() {
    let qs = run(
        "The vote was close. Two unions that endorsed Okafor in the spring were \
                  pleased.",
    );
    let q = reported(&qs, "Okafor");
    assert_eq!(q.speaker_text.as_deref(), Some("that"));
    assert_eq!(q.speaker.as_deref(), Some("Two unions"));
    // `so that` has no antecedent: no speaker, no finding.
    let qs = run(
        "The vote was close. The clerk waited so that endorsed ballots could \
                  be counted.",
    );
    assert!(qs.is_empty(), "{qs:?}");
}

#[test]
fn reported_content_ends_before_the_attribution_of_the_sentence() {
    let qs = run(
        "The hearing ended late. “We are ready,” Vale said. “So are we,” Lee said. \
         The whole county thinks the dam is a good idea, Okafor told the panel.",
    );
    assert!(
        qs.iter()
            .any(|q| q.text.ends_with("the dam is a good idea") && q.speaker_text.is_some()),
        "{qs:?}"
    );
    assert!(qs.iter().all(|q| !q.text.contains("Okafor")), "{qs:?}");
}

/// `According to <source>, “...”`: a sentence that opens with its source
/// and then quotes it is that source's direct quote, not paraphrase.
#[test]
fn a_quote_after_an_opening_according_to_is_its_sources() {
    let qs = run(
        "The mayor spoke on Monday.\n\nAccording to the county engineer, “The bridge is \
         unsafe and should close before the winter.”",
    );
    let q = qs
        .iter()
        .find(|q| q.text.starts_with("The bridge is unsafe"))
        .unwrap_or_else(|| panic!("the quote is found: {qs:?}"));
    assert_eq!(q.kind, QuoteKind::Direct, "{q:?}");
    assert_eq!(
        q.speaker_text.as_deref(),
        Some("the county engineer"),
        "{q:?}"
    );
    // Paraphrase holding a quoted fragment stays reported speech.
    let qs = run("According to Ruiz, the bridge is “unsafe and should close.”");
    assert!(
        qs.iter()
            .any(|q| q.kind == QuoteKind::Reported && q.text.starts_with("the bridge is")),
        "{qs:?}"
    );
}
