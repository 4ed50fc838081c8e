//! Attributed stances and where reported content ends: stance verbs, a
//! participle after a preposition (`by saying ...`), and where reported
//! content ends (a fronted subordinate clause, a participle phrase after a
//! stance verb's object). Sentences written for these tests.

mod common;

use common::run;
use newsfacts_quotes::QuoteKind;

/// (content, speaker, cue) of every quote found in `text`.
fn found(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
    run(text)
        .into_iter()
        .inspect(|q| assert_eq!(q.kind, QuoteKind::Reported, "{q:?}"))
        .map(|q| (q.text, q.speaker, q.cue))
        .collect()
}

fn one(text: &str, speaker: &str, cue: &str) -> (String, Option<String>, Option<String>) {
    (
        text.to_string(),
        Some(speaker.to_string()),
        Some(cue.to_string()),
    )
}

#[test]
fn more_stance_verbs_attribute_their_object() {
    assert_eq!(
        found("Governor Tom Vale complained about the slow pace of road repairs."),
        [one(
            "the slow pace of road repairs",
            "Tom Vale",
            "complained"
        )]
    );
    assert_eq!(
        found("In her speech Ruiz referred to the budget vote that failed in March."),
        [one(
            "the budget vote that failed in March",
            "Ruiz",
            "referred"
        )]
    );
    assert_eq!(
        found("Tom Vale, the new chairman, sought a recount of the ballots."),
        [one("a recount of the ballots", "Tom Vale", "sought")]
    );
    // A capitalized form opens its sentence and has no subject before it.
    assert!(found("Denounced by critics, the plan was shelved.").is_empty());
}

#[test]
fn verbs_of_emphasis_prediction_and_rebuke_attribute_their_object() {
    assert_eq!(
        found("The harbor master concluded that the pier had to close for a month."),
        [one(
            "the pier had to close for a month",
            "The harbor master",
            "concluded"
        )]
    );
    assert_eq!(
        found("Governor Tom Vale stressed the need for cheaper ferries."),
        [one("the need for cheaper ferries", "Tom Vale", "stressed")]
    );
    assert_eq!(
        found("Ana Ruiz predicted a narrow win for the school levy."),
        [one(
            "a narrow win for the school levy",
            "Ana Ruiz",
            "predicted"
        )]
    );
    assert_eq!(
        found("The mayor likened the new toll to a tax on nurses."),
        [one(
            "the new toll to a tax on nurses",
            "The mayor",
            "likened"
        )]
    );
    assert_eq!(
        found("Ruiz scolded the council for its long delay."),
        [one("the council for its long delay", "Ruiz", "scolded")]
    );
    // Not after `the`, and a name given is no stance.
    assert!(found("The estimated cost of the bridge rose again.").is_empty());
    assert!(found("A farmer, who identified himself only as Tom, waved.").is_empty());
}

#[test]
fn verbs_taking_their_object_through_a_particle() {
    assert_eq!(
        found("Senator Ana Ruiz disagreed with the ruling on school maps."),
        [one("the ruling on school maps", "Ana Ruiz", "disagreed")]
    );
    assert_eq!(
        found("The chairman wrote about the cost of the new stadium."),
        [one("the cost of the new stadium", "The chairman", "wrote")]
    );
    assert_eq!(
        found("Tom Vale lambasted the board for its silence."),
        [one("the board for its silence", "Tom Vale", "lambasted")]
    );
}

#[test]
fn a_relative_pronoun_before_a_cue_and_its_subject_is_content() {
    let items = found("They want a longer pier, which the mayor said the county should pay for.");
    assert!(
        items.contains(&one("which", "the mayor", "said")),
        "{items:?}"
    );
    let items = found("The board met Ruiz, whom Vale called a tired old hand.");
    assert!(items.contains(&one("whom", "Vale", "called")), "{items:?}");
    // A subject relative is the speaker, not the content.
    let items = found("Ruiz, who said the pier was unsafe, left early.");
    assert!(items.iter().all(|(text, _, _)| text != "who"), "{items:?}");
}

#[test]
fn a_participle_after_a_preposition_takes_the_subject_of_its_clause() {
    assert_eq!(
        found(
            "On Monday, Senator Ana Ruiz opened her speech by arguing that the budget was far too small."
        ),
        [one("the budget was far too small", "Ana Ruiz", "arguing")]
    );
    // The nearest clause's subject, not the sentence's first name.
    assert_eq!(
        found(
            "The fight grew worse when Tom Vale drew criticism for saying the schools could wait another year."
        ),
        [one(
            "the schools could wait another year",
            "Tom Vale",
            "saying"
        )]
    );
    // Without a preposition or comma a participle is no attribution.
    assert!(found("Ruiz kept saying goodbye to the crowd.").is_empty());
}

#[test]
fn content_in_a_fronted_clause_ends_where_the_main_clause_starts() {
    assert_eq!(
        found(
            "While Ruiz says she will stay in the race, her allies are quietly preparing for a loss."
        ),
        [one("she will stay in the race", "Ruiz", "says")]
    );
    // Not fronted: the content runs on over its commas.
    assert_eq!(
        found("Ruiz says she will stay in the race, whatever her allies think."),
        [one(
            "she will stay in the race, whatever her allies think",
            "Ruiz",
            "says"
        )]
    );
}

#[test]
fn a_participle_phrase_after_a_stance_object_is_not_part_of_it() {
    assert_eq!(
        found("Ruiz praised the new transit plan, calling it a fair deal for workers."),
        [
            one("the new transit plan", "Ruiz", "praised"),
            one("it a fair deal for workers", "Ruiz", "calling"),
        ]
    );
    // `including` lists parts of the object.
    assert_eq!(
        found("Ruiz praised the new transit plan, including its late-night buses."),
        [one(
            "the new transit plan, including its late-night buses",
            "Ruiz",
            "praised"
        )]
    );
}

#[test]
fn a_quote_inside_reported_speech_of_its_own_cue_is_part_of_it() {
    let body = "The council met on Monday. Ruiz said the bridge plan was “a gift to the rich and a burden on everyone else in the county” and should be dropped.";
    assert_eq!(
        found(body),
        [one(
            "the bridge plan was “a gift to the rich and a burden on everyone else in the county” and should be dropped",
            "Ruiz",
            "said"
        )]
    );
    // A quote attributed next to its marks stays direct.
    let body = "Ruiz said the plan was costly. “We will not fund a bridge that nobody here has asked for,” Vale said.";
    let qs = run(body);
    assert_eq!(qs.len(), 2, "{qs:#?}");
    assert_eq!(qs[1].kind, QuoteKind::Direct);
    assert_eq!(qs[1].speaker.as_deref(), Some("Vale"));
}

#[test]
fn an_interrupting_attribution_splits_paraphrase_in_two_items() {
    let body = "“We are ready,” the mayor said at noon. “So are we,” Vale said. The new budget, Ruiz added, was on track for a vote.";
    let qs = run(body);
    let items: Vec<_> = qs
        .iter()
        .filter(|q| q.kind == QuoteKind::Reported)
        .map(|q| (q.text.as_str(), q.speaker.as_deref()))
        .collect();
    assert_eq!(
        items,
        [
            ("The new budget", Some("Ruiz")),
            ("was on track for a vote", Some("Ruiz"))
        ]
    );
}

#[test]
fn a_one_word_object_of_a_stance_verb_is_content() {
    assert_eq!(
        found("The governor endorsed Ruiz."),
        [one("Ruiz", "The governor", "endorsed")]
    );
    // Other one-word content is still too short to be an item.
    assert!(found("Ruiz said so.").is_empty());
}

#[test]
fn verbs_of_belief_take_a_clause() {
    assert_eq!(
        found("Most voters see Ruiz as the stronger candidate."),
        [one("Ruiz as the stronger candidate", "Most voters", "see")]
    );
    assert_eq!(
        found("Many economists believe the new tax would slow hiring."),
        [one(
            "the new tax would slow hiring",
            "Many economists",
            "believe"
        )]
    );
    // They introduce no verbatim speech in text without quotation marks.
    let qs = run("We will win the county, I believe.");
    assert!(qs.iter().all(|q| q.kind != QuoteKind::Unmarked), "{qs:#?}");
}

#[test]
fn a_plain_nominal_before_a_final_cue_is_the_speaker() {
    let body = "“We are ready,” the mayor said. “So are we,” Vale said. There is no link between turnout in the primary and who wins in the fall, political scientists say.";
    let qs = run(body);
    let q = qs.iter().find(|q| q.text.starts_with("There is")).unwrap();
    assert_eq!(
        q.text,
        "There is no link between turnout in the primary and who wins in the fall"
    );
    assert_eq!(q.speaker.as_deref(), Some("political scientists"));
}

#[test]
fn a_new_clause_after_comma_and_leaves_reported_speech() {
    assert_eq!(
        found("Ruiz said the mill would reopen in May, and the union also stepped in with a loan."),
        [one("the mill would reopen in May", "Ruiz", "said")]
    );
    // Without the comma the second clause is usually reported too.
    assert_eq!(
        found("Ruiz said the mill would reopen in May and the union would lend it money."),
        [one(
            "the mill would reopen in May and the union would lend it money",
            "Ruiz",
            "said"
        )]
    );
}

#[test]
fn a_progressive_or_prepositional_stance_participle_has_a_subject() {
    assert_eq!(
        found("Governor Ana Ruiz is calling for a recount of the ballots."),
        [one("a recount of the ballots", "Ana Ruiz", "calling")]
    );
    assert_eq!(
        found("At the rally, Tom Vale began by talking about the closed steel mill."),
        [one("the closed steel mill", "Tom Vale", "talking")]
    );
}

#[test]
fn content_may_follow_a_comma_after_the_cue() {
    let body = "“We are ready,” the mayor said. “So are we,” Vale said. After the vote Ruiz said, the council had no choice but to raise fares.";
    let q = run(body).pop().unwrap();
    assert_eq!(q.text, "the council had no choice but to raise fares");
    assert_eq!(q.kind, QuoteKind::Reported);
    assert_eq!(q.speaker.as_deref(), Some("Ruiz"));
    // A participle or `however` after the comma is no content.
    assert!(
        found("Ruiz said, however, nothing about the fares.")
            .iter()
            .all(|(text, _, _)| !text.starts_with("however"))
    );
}

#[test]
fn a_plain_noun_phrase_opening_the_clause_is_the_subject() {
    assert_eq!(
        found("A county poll released last week showed Ruiz with a wide lead."),
        [one(
            "Ruiz with a wide lead",
            "A county poll released last week",
            "showed"
        )]
    );
    // A phrase holding a verb is no subject (`The mayor is sure the data`),
    // and `sure` with no `of` or `that` after it opens no stance: nothing.
    assert_eq!(found("The mayor is sure the data showed nothing."), []);
}

#[test]
fn a_time_phrase_between_subject_and_verb_and_progressive_promises() {
    assert_eq!(
        found("Mayor Ana Ruiz on Tuesday endorsed the new transit plan."),
        [one("the new transit plan", "Ana Ruiz", "endorsed")]
    );
    assert_eq!(
        found("Governor Tom Vale is promising to repave every county road."),
        [one("to repave every county road", "Tom Vale", "promising")]
    );
}

proptest::proptest! {
    /// Random sentences made of the words these rules look at never panic
    /// and give spans on char boundaries whose text is the quote's.
    #[test]
    fn rule_words_in_any_order_never_panic(words in proptest::collection::vec(
        proptest::sample::select(vec![
            "While", "Ruiz", "Ana", "says", "said", "by", "for", "when", "arguing", "saying",
            "calling", "including", "praised", "referred", "to", "complained", "about", "the",
            "plan", ",", ".", "“", "”", "é", "\n", "she", "Since", "sought",
        ]),
        0..60,
    )) {
        let body = words.join(" ");
        for q in run(&body) {
            let (s, e) = (q.span.start(), q.span.end());
            proptest::prop_assert!(body.is_char_boundary(s) && body.is_char_boundary(e) && s < e);
            proptest::prop_assert_eq!(body.get(s..e), Some(q.text.as_str()));
            if let (Some(a), Some(b)) = (q.speaker_start, q.speaker_end) {
                proptest::prop_assert_eq!(body.get(a..b), q.speaker_text.as_deref());
            }
        }
    }
}

#[test]
fn verbs_of_allusion_and_outline_attribute_their_object() {
    assert_eq!(
        found("Senator Ana Ruiz hinted at a run for governor next spring."),
        [one("a run for governor next spring", "Ana Ruiz", "hinted")]
    );
    assert_eq!(
        found("The harbor master outlined a plan to dredge the channel."),
        [one(
            "a plan to dredge the channel",
            "The harbor master",
            "outlined"
        )]
    );
    assert_eq!(
        found("Tom Vale retweeted a cartoon about the bridge."),
        [one("a cartoon about the bridge", "Tom Vale", "retweeted")]
    );
    assert_eq!(
        found("The mayor implied that the contract had been rigged."),
        [one("the contract had been rigged", "The mayor", "implied")]
    );
    // `pointing` attributes only through its particle: `pointing a
    // flashlight` is not an attribution.
    assert!(found("The guard was pointing a flashlight at the door.").is_empty());
    assert_eq!(
        found("The treasurer is pointing to the deficit in the harbor fund."),
        [one(
            "the deficit in the harbor fund",
            "The treasurer",
            "pointing"
        )]
    );
}
