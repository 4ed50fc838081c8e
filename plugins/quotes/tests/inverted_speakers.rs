//! Speakers of inverted attributions (`said Name`):
//! modifiers before the name, quotes closed by a quote inside them, and
//! participles after an inverted attribution. Sentences written for these
//! tests.

mod common;

use common::{run, speaker_text_of};

#[test]
fn an_inverted_cue_takes_a_name_after_modifiers_that_are_no_titles() {
    let qs = run(
        "The bridge is closed.\n\n\"We waited for years and nothing happened,\" said \
                  retired Navy Capt. Lena Ortiz, who lives nearby.",
    );
    assert_eq!(
        speaker_text_of(&qs, "We waited").as_deref(),
        Some("Lena Ortiz")
    );
    let qs = run(
        "The bridge is closed.\n\n\"The money was never there,\" said veteran union \
                  organizer Sam Keller. \"Everyone knew it.\"",
    );
    assert_eq!(
        speaker_text_of(&qs, "The money").as_deref(),
        Some("Sam Keller")
    );
    // A lowercase phrase with no name is not a speaker here.
    let qs = run(
        "The bridge is closed.\n\n\"The money was never there at all, not once,\" said \
                  in passing by nobody.",
    );
    let q = qs
        .iter()
        .find(|q| q.text.starts_with("The money was never there"))
        .unwrap_or_else(|| panic!("the quote is found: {qs:?}"));
    assert_eq!(q.speaker_text, None, "{q:?}");
    assert_eq!(q.speaker, None, "{q:?}");
}

#[test]
fn a_quote_ending_in_a_quote_of_its_own_keeps_its_attribution() {
    let qs = run(
        "The bridge is closed.\n\n''I told the council, 'You will regret this,''' said \
                  Mr. Keller, who chairs the board.",
    );
    assert_eq!(
        speaker_text_of(&qs, "I told the council").as_deref(),
        Some("Keller")
    );
}

#[test]
fn a_participle_after_an_inverted_cue_takes_its_speaker_not_the_quote() {
    let qs = run(
        "The bridge is closed.\n\n\"It is a good plan,\" said Dana Whit, a former \
                  mayor, referring to the new budget. \"We should pass it.\"",
    );
    let referring = qs
        .iter()
        .find(|q| q.cue.as_deref() == Some("referring"))
        .expect("the participle is attributed");
    assert_eq!(referring.speaker_text.as_deref(), Some("Dana Whit"));
    assert_eq!(
        speaker_text_of(&qs, "We should").as_deref(),
        Some("Dana Whit")
    );
}

#[test]
fn more_verbs_of_saying_attribute_a_quote() {
    for cue in ["confessed", "fumed", "answered", "responds", "affirms"] {
        let text = format!(
            "The bridge is closed.\n\n\"We were never told about the cracks in the pier,\" Omar \
             Haddad {cue}."
        );
        let qs = run(&text);
        assert_eq!(
            speaker_text_of(&qs, "We were never").as_deref(),
            Some("Omar Haddad"),
            "{cue}"
        );
        assert_eq!(qs[0].cue.as_deref(), Some(cue));
    }
}

#[test]
fn occupations_before_a_name_are_titles() {
    let qs = run(
        "The bridge is closed.\n\nEconomist Mara Lin said: \"Repairs will cost far more \
                  than the city has budgeted.\"",
    );
    assert_eq!(
        speaker_text_of(&qs, "Repairs will").as_deref(),
        Some("Mara Lin")
    );
    let qs = run(
        "The bridge is closed.\n\n\"Nobody asked the people who live here,\" Activist \
                  Joel Brandt said.",
    );
    assert_eq!(
        speaker_text_of(&qs, "Nobody asked").as_deref(),
        Some("Joel Brandt")
    );
}

/// `, Ruiz said, according to the Gazette`: news annotation (PolNeAR) names
/// the source the report goes by, so that is the speaker; an `according
/// to` in the next sentence belongs to that sentence.
#[test]
fn a_source_named_by_according_to_after_the_attribution_is_the_speaker() {
    let qs = run(
        "The council met on Monday.\n\n“The bridge will open in May,” Mayor Ana Ruiz said, \
         according to the Dover Gazette.\n\n“It is late,” Vale said. According to the plan, \
         it was due in March.",
    );
    assert_eq!(
        speaker_text_of(&qs, "The bridge will open").as_deref(),
        Some("the Dover Gazette")
    );
    assert_eq!(speaker_text_of(&qs, "It is late").as_deref(), Some("Vale"));
    // The same without quotation marks.
    let qs = run(
        "The council met on Monday.\n\nThe bridge will open in May and not a day later, \
         Mayor Ana Ruiz said, according to the Dover Gazette.",
    );
    assert_eq!(
        speaker_text_of(&qs, "The bridge will open").as_deref(),
        Some("the Dover Gazette")
    );
}
