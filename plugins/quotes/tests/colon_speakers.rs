//! Speakers named before a colon
//! that opens a quotation (digest lines, headlines, inverted cues before a
//! colon). Sentences written for these tests.

mod common;

use common::{run, speaker_text_of};

#[test]
fn a_name_before_a_colon_speaks_the_quote_after_it() {
    // A digest line: a topic, a dash, the name, a colon.
    let qs = run(
        "Turnout was low. \n\nWhy the count took so long - Priya Nair: “Several \
         counties reported their ballots after midnight.” [Ledger.]",
    );
    assert_eq!(
        speaker_text_of(&qs, "Several counties").as_deref(),
        Some("Priya Nair")
    );
    // A headline made of a name and the words quoted.
    let qs =
        run("Omar Haddad: ‘We Will Rebuild The Pier Before Winter.’\n\nThe mayor spoke on Monday.");
    assert_eq!(
        speaker_text_of(&qs, "We Will Rebuild").as_deref(),
        Some("Omar Haddad")
    );
    // `from` before the name.
    let qs = run(
        "Turnout was low.\n\nMore from Keller: “The lines were longer in the rural \
         precincts than anyone expected.”",
    );
    assert_eq!(
        speaker_text_of(&qs, "The lines were").as_deref(),
        Some("Keller")
    );
}

#[test]
fn a_colon_after_a_phrase_that_is_no_name_gives_no_speaker() {
    // A lowercase phrase before the colon is no speaker.
    let qs = run(
        "Turnout was low.\n\nThe sign on the door read as follows, in full: “Closed until \
         further notice because of the flooding.”",
    );
    let q = qs
        .iter()
        .find(|q| q.text.starts_with("Closed until"))
        .unwrap_or_else(|| panic!("the quote is found: {qs:?}"));
    assert_eq!(q.speaker_text, None, "{q:?}");
    assert_eq!(q.speaker, None, "{q:?}");
}

/// The rules take a name before a colon as a label only where it opens a
/// line or sentence; a name standing right before the colon in
/// mid-sentence (`... did not surprise pollster Ana Ruiz: “...”`) is left
/// to the speaker ranker, whose learned weighing of it has flipped with
/// retraining (taken after round 6 alone, not after rounds 5b and 6 were
/// merged: docs/accuracy.md). What holds whatever the weights: the quote is
/// found, and its speaker is that name or none, never a word of the
/// narrative before it.
#[test]
fn a_name_right_before_a_colon_in_mid_sentence_is_the_only_speaker_the_ranker_may_take() {
    for (text, name) in [
        (
            "Turnout was high.\n\nThe result did not surprise pollster Ana Ruiz: “Nobody \
             expected this many people to come out and wait in the rain.”",
            "Ana Ruiz",
        ),
        (
            "The bridge closed.\n\nThe delay angered engineer Maria Lopez: “Nobody \
             expected the cracks to spread this fast in the cold.”",
            "Maria Lopez",
        ),
    ] {
        let qs = run(text);
        assert!(
            qs.iter().any(|q| q.text.starts_with("Nobody expected")),
            "the quote is found: {qs:?}"
        );
        let speaker = speaker_text_of(&qs, "Nobody expected");
        assert!(
            speaker.is_none() || speaker.as_deref() == Some(name),
            "{speaker:?} in {text}"
        );
    }
}

#[test]
fn a_name_keeps_the_quote_across_a_long_appositive_before_the_cue() {
    let qs = run(
        "The pier closed in May.\n\n''We should have fixed it years ago,'' Mr. Haddad, now 74 \
         and retired in Dover, Del., said on Tuesday.",
    );
    assert_eq!(
        speaker_text_of(&qs, "We should have").as_deref(),
        Some("Haddad")
    );
    let qs = run(
        "The pier closed in May.\n\n\"Nobody listens to us,\" Lena Ortiz, 52, of Camden, \
         N.J., who runs a bakery by the water, said.",
    );
    assert_eq!(
        speaker_text_of(&qs, "Nobody listens").as_deref(),
        Some("Lena Ortiz")
    );
}

#[test]
fn verbs_of_saying_in_two_words_attribute_a_quote() {
    let qs = run(
        "The pier closed in May.\n\n\"You had ten years to fix it,\" Keller shot back. \"Ten \
         years.\"",
    );
    assert_eq!(
        speaker_text_of(&qs, "You had ten").as_deref(),
        Some("Keller")
    );
    assert_eq!(qs[0].cue.as_deref(), Some("shot"));
    let qs = run(
        "The pier closed in May.\n\n\"Most of the money went to consultants,\" Lena Ortiz \
         points out.",
    );
    assert_eq!(
        speaker_text_of(&qs, "Most of the money").as_deref(),
        Some("Lena Ortiz")
    );
    let qs = run(
        "The pier closed in May.\n\nAs Professor Dana Whit put it: \"The city spent the \
         repair money on parades instead.\"",
    );
    assert_eq!(
        speaker_text_of(&qs, "The city spent").as_deref(),
        Some("Dana Whit")
    );
    // Neither word alone is a cue: `shot` here is no verb of saying.
    let qs = run(
        "The pier closed in May.\n\nThe guard shot a flare, \"to warn the boats that were \
         still out near the rocks at the harbor mouth\" before dark.",
    );
    let q = qs
        .iter()
        .find(|q| q.text.starts_with("to warn the boats"))
        .unwrap_or_else(|| panic!("the quote is found: {qs:?}"));
    assert_eq!(q.speaker_text, None, "{q:?}");
    assert_eq!(q.cue, None, "{q:?}");
}

#[test]
fn partitive_and_modified_nominal_speakers_after_the_cue() {
    let cases = [
        (
            "said one of three witnesses who saw the crash.",
            "one of three witnesses",
        ),
        ("said a person close to the mayor.", "a person"),
        (
            "said one veteran Delaware Democratic strategist.",
            "one veteran Delaware Democratic strategist",
        ),
    ];
    for (tail, want) in cases {
        let text = format!(
            "The pier closed in May.\n\n\"Nobody on the council wanted to pay for the repairs,\" \
             {tail}"
        );
        let qs = run(&text);
        assert_eq!(
            speaker_text_of(&qs, "Nobody on the").as_deref(),
            Some(want),
            "{tail}"
        );
    }
    // A determiner before no speaker noun is no speaker.
    let qs = run(
        "The pier closed in May.\n\n\"Nobody on the council wanted to pay for the repairs,\" \
         said the old Delaware River bridge.",
    );
    assert_eq!(speaker_text_of(&qs, "Nobody on the"), None);
}

/// In a transcript, the labelled speaker goes on speaking until the next
/// label: a paragraph without a label keeps the last one (a rule, not the
/// ranker's guess).
#[test]
fn transcript_paragraphs_without_a_label_keep_the_last_label() {
    let qs = run(
        "The debate began at nine.\n\n\"RUIZ: We will cut taxes for every family in the state, \
         and we will start in May.\"\n\n\"We will also fix the roads before the winter comes, \
         because they are a disgrace.\"\n\n\"VALE: That is not a plan. That is a wish list with \
         no money behind it.\"",
    );
    assert_eq!(speaker_text_of(&qs, "We will cut").as_deref(), Some("RUIZ"));
    assert_eq!(
        speaker_text_of(&qs, "We will also fix").as_deref(),
        Some("RUIZ")
    );
    assert_eq!(
        speaker_text_of(&qs, "That is not a plan").as_deref(),
        Some("VALE")
    );
}
