//! Behaviour of the quotes analyzer on news-like sentences written for these
//! tests, and property tests on arbitrary text.

mod common;

use common::{run, run_with};
use newsfacts_core::Analyzer;
use newsfacts_quotes::{Quote, QuoteKind, Quotes, QuotesConfig};
use proptest::prelude::*;

/// The quote whose content starts with `prefix`.
fn find<'a>(qs: &'a [Quote], prefix: &str) -> &'a Quote {
    qs.iter()
        .find(|q| q.text.starts_with(prefix))
        .unwrap_or_else(|| {
            panic!(
                "no quote starting {prefix:?} in {:#?}",
                qs.iter().map(|q| &q.text).collect::<Vec<_>>()
            )
        })
}

fn check(
    q: &Quote,
    text: &str,
    kind: QuoteKind,
    speaker: Option<&str>,
    speaker_text: Option<&str>,
    cue: Option<&str>,
) {
    assert_eq!(q.text, text);
    assert_eq!(q.kind, kind, "{q:?}");
    assert_eq!(q.speaker.as_deref(), speaker, "{q:?}");
    assert_eq!(q.speaker_text.as_deref(), speaker_text, "{q:?}");
    assert_eq!(q.cue.as_deref(), cue, "{q:?}");
}

#[test]
fn marked_quote_then_name_said() {
    let body = "Finance Minister Maria Olsen spoke on Monday. “The budget will be balanced by next spring,” Olsen said.";
    let qs = run(body);
    let q = find(&qs, "The budget");
    check(
        q,
        "The budget will be balanced by next spring",
        QuoteKind::Direct,
        Some("Maria Olsen"),
        Some("Olsen"),
        Some("said"),
    );
    assert_eq!(
        &body[q.speaker_start.unwrap()..q.speaker_end.unwrap()],
        "Olsen"
    );
    assert_eq!(&body[q.span.range()], q.text);
}

#[test]
fn a_title_with_of_before_the_name_and_a_time_after_the_cue() {
    let qs = run("\"The dam will hold,\" Secretary of State Lena Ortiz said on Tuesday.");
    check(
        &qs[0],
        "The dam will hold",
        QuoteKind::Direct,
        Some("Lena Ortiz"),
        Some("Lena Ortiz"),
        Some("said"),
    );
}

#[test]
fn marked_quote_then_said_title_full_name() {
    let qs = run("\"We are ready for any outcome,\" said Foreign Minister Piotr Nowak.");
    check(
        &qs[0],
        "We are ready for any outcome",
        QuoteKind::Direct,
        Some("Piotr Nowak"),
        Some("Piotr Nowak"),
        Some("said"),
    );
}

#[test]
fn marked_quote_then_pronoun_resolves_to_last_person() {
    let body = "Governor Tom Hale visited the flooded town. “This is the worst damage I have seen in years,” he said.";
    let qs = run(body);
    check(
        &qs[0],
        "This is the worst damage I have seen in years",
        QuoteKind::Direct,
        Some("Tom Hale"),
        Some("he"),
        Some("said"),
    );
}

#[test]
fn name_said_colon_then_quote() {
    let qs = run("Mayor Lena Park said: “The tunnel opens in May, and not a day later.”");
    check(
        &qs[0],
        "The tunnel opens in May, and not a day later.",
        QuoteKind::Direct,
        Some("Lena Park"),
        Some("Lena Park"),
        Some("said"),
    );
}

#[test]
fn multi_sentence_and_split_quotes() {
    let body =
        "“We lost the vote. We will not lose the next one,” Senator Ada Quist said. “Count on it.”";
    let qs = run(body);
    check(
        find(&qs, "We lost"),
        "We lost the vote. We will not lose the next one",
        QuoteKind::Direct,
        Some("Ada Quist"),
        Some("Ada Quist"),
        Some("said"),
    );
    // A quote standing alone right after continues the same speaker.
    let q = find(&qs, "Count on it");
    assert_eq!(q.speaker.as_deref(), Some("Ada Quist"));
    assert_eq!(q.kind, QuoteKind::Direct);
}

#[test]
fn quote_continued_over_paragraphs() {
    let body = "Chief Ines Bauer addressed the crowd.\n“The river rose faster than any model predicted.\n“We evacuated the lower town first,” she said.";
    let qs = run(body);
    assert_eq!(qs.len(), 2, "{qs:#?}");
    assert_eq!(
        qs[0].text,
        "The river rose faster than any model predicted."
    );
    assert_eq!(qs[1].speaker.as_deref(), Some("Ines Bauer"));
}

#[test]
fn stripped_marks_closed_by_name_said() {
    let body = "Prime Minister Karl Dane met the unions.\nWe have made our final offer to the workers, Dane said. There will be no other.\nTalks resume Monday.";
    let qs = run(body);
    check(
        find(&qs, "We have"),
        "We have made our final offer to the workers",
        QuoteKind::Unmarked,
        Some("Karl Dane"),
        Some("Dane"),
        Some("said"),
    );
    // The rest of the line continues the same speaker.
    check(
        find(&qs, "There will"),
        "There will be no other.",
        QuoteKind::Unmarked,
        Some("Karl Dane"),
        Some("Dane"),
        Some("said"),
    );
    assert!(!qs.iter().any(|q| q.text.contains("Talks resume")));
}

#[test]
fn stripped_marks_closed_by_said_title_name_and_told_reporters() {
    let body = "Our soldiers are holding the line, said Defense Minister Ivo Sand.\nIm not able to confirm the numbers, he told reporters.";
    let qs = run(body);
    check(
        find(&qs, "Our soldiers"),
        "Our soldiers are holding the line",
        QuoteKind::Unmarked,
        Some("Ivo Sand"),
        Some("Ivo Sand"),
        Some("said"),
    );
    check(
        find(&qs, "Im not"),
        "Im not able to confirm the numbers",
        QuoteKind::Unmarked,
        Some("Ivo Sand"),
        Some("he"),
        Some("told"),
    );
}

#[test]
fn stripped_name_said_colon() {
    let qs = run("Nowak said firmly: There is nothing left to negotiate.");
    check(
        &qs[0],
        "There is nothing left to negotiate.",
        QuoteKind::Unmarked,
        Some("Nowak"),
        Some("Nowak"),
        Some("said"),
    );
}

#[test]
fn reported_speech_with_that_and_bare_clauses() {
    let body = "Secretary of State Ruth Amsel arrived in Oslo. Foreign Minister Jon Vik countered that sanctions had never worked. Amsel said the alliance would stay united.";
    let qs = run(body);
    check(
        find(&qs, "sanctions"),
        "sanctions had never worked",
        QuoteKind::Reported,
        Some("Jon Vik"),
        Some("Jon Vik"),
        Some("countered"),
    );
    check(
        find(&qs, "the alliance"),
        "the alliance would stay united",
        QuoteKind::Reported,
        Some("Ruth Amsel"),
        Some("Amsel"),
        Some("said"),
    );
}

#[test]
fn reported_speech_told_with_object() {
    let qs =
        run("Vik told reporters the talks were useful. Amsel told Vik that no deal was possible.");
    check(
        find(&qs, "the talks"),
        "the talks were useful",
        QuoteKind::Reported,
        Some("Vik"),
        Some("Vik"),
        Some("told"),
    );
    check(
        find(&qs, "no deal"),
        "no deal was possible",
        QuoteKind::Reported,
        Some("Amsel"),
        Some("Amsel"),
        Some("told"),
    );
}

#[test]
fn participle_and_according_to() {
    let body = "The mayor, Eva Lind, defended the plan, saying the costs were modest. The bridge will close for a year, according to the city transport office.";
    let qs = run(body);
    let q = find(&qs, "the costs");
    assert_eq!(q.kind, QuoteKind::Reported);
    assert_eq!(q.cue.as_deref(), Some("saying"));
    let q = find(&qs, "The bridge");
    assert_eq!(q.text, "The bridge will close for a year");
    assert_eq!(q.kind, QuoteKind::Reported);
    assert_eq!(q.speaker.as_deref(), Some("the city transport office"));
    let qs = run("According to the health ministry, four clinics were closed.");
    check(
        &qs[0],
        "four clinics were closed",
        QuoteKind::Reported,
        Some("the health ministry"),
        Some("the health ministry"),
        None,
    );
}

#[test]
fn nested_reported_speech_is_part_of_the_outer_report() {
    // One report, one item: what Amsel insisted is what Vik said.
    let qs = run("Vik said Amsel insisted that the border would stay open.");
    assert_eq!(qs.len(), 1, "{qs:#?}");
    check(
        &qs[0],
        "Amsel insisted that the border would stay open",
        QuoteKind::Reported,
        Some("Vik"),
        Some("Vik"),
        Some("said"),
    );
    let qs = run("The mayor said voters want a second bridge.");
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(qs[0].text, "voters want a second bridge");
    assert_eq!(qs[0].speaker.as_deref(), Some("The mayor"));
}

#[test]
fn reported_speech_inside_a_closing_attribution_stays_its_own_item() {
    // The nearer source of the words is Amsel; the office only relays.
    let qs = run("Amsel said the border would stay open, according to her office.");
    assert_eq!(qs.len(), 2, "{qs:#?}");
    let inner = find(&qs, "the border");
    assert_eq!(inner.text, "the border would stay open");
    assert_eq!(inner.speaker.as_deref(), Some("Amsel"));
    assert_eq!(inner.cue.as_deref(), Some("said"));
}

#[test]
fn appositive_speakers() {
    let qs = run("“Rates will fall,” Ana Ruiz, an economist at the central bank, said on Monday.");
    check(
        &qs[0],
        "Rates will fall",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
        Some("Ana Ruiz"),
        Some("said"),
    );
}

#[test]
fn reported_can_be_turned_off() {
    let qs = run_with(
        "Vik said the talks were useful.",
        QuotesConfig {
            reported: false,
            ..QuotesConfig::default()
        },
    );
    assert!(qs.is_empty(), "{qs:#?}");
}

/// `unmarked: false` drops speech whose marks were stripped and nothing
/// else: the quote in marks and the reported speech stay, with their
/// speakers.
#[test]
fn unmarked_can_be_turned_off() {
    let text = "Ive been clear about this from the start, Ruiz said.\n\n“We will rebuild the \
                bridge,” she said.\n\nVale said the plan would fail.";
    let on = run(text);
    let q = find(&on, "Ive been clear");
    assert_eq!(q.kind, QuoteKind::Unmarked);
    assert_eq!(q.speaker.as_deref(), Some("Ruiz"));
    let off = run_with(
        text,
        QuotesConfig {
            unmarked: false,
            ..QuotesConfig::default()
        },
    );
    assert!(
        off.iter().all(|q| q.kind != QuoteKind::Unmarked),
        "{off:#?}"
    );
    assert!(off.iter().all(|q| !q.text.starts_with("Ive")), "{off:#?}");
    let summary = |qs: &[Quote]| -> Vec<(String, QuoteKind, Option<String>)> {
        qs.iter()
            .filter(|q| q.kind != QuoteKind::Unmarked)
            .map(|q| (q.text.clone(), q.kind, q.speaker.clone()))
            .collect()
    };
    assert_eq!(summary(&off), summary(&on));
    assert_eq!(
        summary(&off),
        [
            (
                "We will rebuild the bridge".to_string(),
                QuoteKind::Direct,
                Some("Ruiz".to_string())
            ),
            (
                "the plan would fail".to_string(),
                QuoteKind::Reported,
                Some("Vale".to_string())
            ),
        ]
    );
}

#[test]
fn no_quotes_from_scare_quotes_titles_or_non_speech_said() {
    assert!(run("The so-called \"peace plan\" collapsed within a week.").is_empty());
    assert!(run("She reviewed “The Long Road Home” for the paper.").is_empty());
    assert!(run("The said agreement was signed in 1998.").is_empty());
    assert!(run("The general is said to be ill.").is_empty());
    assert!(run("What the envoy said was a surprise to many.").is_empty());
}

#[test]
fn pronoun_without_a_person_stays_unresolved() {
    let qs = run("“It will rain all week,” she said.");
    check(
        &qs[0],
        "It will rain all week",
        QuoteKind::Direct,
        None,
        Some("she"),
        Some("said"),
    );
}

#[test]
fn pronoun_skips_people_of_the_other_gender() {
    let body = "Hillary Moss met Mr. Ray Dorn in Denver. “The deal is done,” she said.";
    let qs = run(body);
    assert_eq!(qs[0].speaker.as_deref(), Some("Hillary Moss"));
}

#[test]
fn serializes_kind_lowercase_and_speaker_offsets() {
    let qs = run("“We will win,” Dorn said.");
    // Outside a record, offsets are bytes (“ is three bytes)...
    let v = serde_json::to_value(&qs[0]).unwrap();
    assert_eq!(v["kind"], "direct");
    assert_eq!(
        (v["start"].as_u64(), v["speaker_start"].as_u64()),
        (Some(3), Some(19))
    );
    assert_eq!(v["cue"], "said");
    // ...and characters when the runner asks for them.
    let idx = newsfacts_core::CharIndex::new("“We will win,” Dorn said.");
    let v = newsfacts_core::offsets::with_chars(&idx, || serde_json::to_value(&qs[0]).unwrap());
    assert_eq!(
        (v["start"].as_u64(), v["end"].as_u64()),
        (Some(1), Some(12))
    );
    assert_eq!(
        (v["speaker_start"].as_u64(), v["speaker_end"].as_u64()),
        (Some(15), Some(19))
    );
}

#[test]
fn typewriter_quotes_and_dash_bylines() {
    let qs = run("''The tax code needs a rewrite,'' said Mr. Lowe, a tax lawyer.");
    check(
        &qs[0],
        "The tax code needs a rewrite",
        QuoteKind::Direct,
        Some("Lowe"),
        Some("Lowe"),
        Some("said"),
    );
    let qs =
        run("Readers wrote in.\n“The schools deserve better funding than this.” ― Dana Ortiz\n");
    check(
        &qs[0],
        "The schools deserve better funding than this.",
        QuoteKind::Direct,
        Some("Dana Ortiz"),
        Some("Dana Ortiz"),
        None,
    );
}

#[test]
fn transcript_labels_name_the_speaker() {
    let qs = run("HOST: What will you do first?\nMORALES: We will fix the roads before winter.");
    let q = find(&qs, "We will fix");
    assert_eq!(q.speaker_text.as_deref(), Some("MORALES"));
    assert_eq!(q.kind, QuoteKind::Unmarked);
    let qs = run("Note: the figures are provisional and may change.");
    assert!(qs.is_empty(), "{qs:#?}");
}

#[test]
fn progressive_and_nominal_speakers() {
    let qs = run("Senator Joan Pratt is claiming that the vote was rigged.");
    check(
        &qs[0],
        "the vote was rigged",
        QuoteKind::Reported,
        Some("Joan Pratt"),
        Some("Joan Pratt"),
        Some("claiming"),
    );
    let qs = run("“If you drive, buckle up,” the ad’s narrator says.");
    assert_eq!(qs[0].speaker_text.as_deref(), Some("the ad’s narrator"));
}

#[test]
fn stripped_intro_forms() {
    // `He said:` at the end of a paragraph introduces the next one.
    let qs = run(
        "Coach Ben Ruiz spoke after the game. He said:\n\nWe played our best half of the season tonight.\n\nThe team flies home Sunday.",
    );
    check(
        find(&qs, "We played"),
        "We played our best half of the season tonight.",
        QuoteKind::Unmarked,
        Some("Ben Ruiz"),
        Some("He"),
        Some("said"),
    );
    assert!(!qs.iter().any(|q| q.text.contains("flies home")));
    // `She says, <content>` with the marks stripped.
    let qs = run(
        "Mayor Ana Ruiz was asked about the budget. She says, We cannot afford a second bridge.",
    );
    check(
        find(&qs, "We cannot"),
        "We cannot afford a second bridge.",
        QuoteKind::Unmarked,
        Some("Ana Ruiz"),
        Some("She"),
        Some("says"),
    );
    // A question, then the attribution as its own sentence.
    let qs = run("Who would have guessed we would win the district? Ruiz asked, smiling.");
    check(
        &qs[0],
        "Who would have guessed we would win the district?",
        QuoteKind::Unmarked,
        Some("Ruiz"),
        Some("Ruiz"),
        Some("asked"),
    );
}

#[test]
fn fragments_inside_reported_speech_are_not_quotes_of_their_own() {
    let body = "The senator said the plan had “no future at all” in its present form.";
    let qs = run(body);
    assert_eq!(qs.len(), 1, "{qs:#?}");
    check(
        &qs[0],
        "the plan had “no future at all” in its present form",
        QuoteKind::Reported,
        Some("The senator"),
        Some("The senator"),
        Some("said"),
    );
}

#[test]
fn registered_with_config() {
    let registry = newsfacts_core::Registry::global().unwrap();
    let plugin = registry.get("quotes").unwrap();
    assert!(plugin.requires.is_empty());
    assert!((plugin.build)(Some(&serde_json::json!({"reported": false}))).is_ok());
    assert!(
        (plugin.build)(Some(&serde_json::json!({"reportd": false}))).is_err(),
        "typos are refused"
    );
}

fn check_spans(body: &str, qs: &[Quote]) -> Result<(), TestCaseError> {
    for q in qs {
        prop_assert!(body.is_char_boundary(q.span.start()) && body.is_char_boundary(q.span.end()));
        prop_assert_eq!(body.get(q.span.range()), Some(q.text.as_str()));
        if let (Some(s), Some(e)) = (q.speaker_start, q.speaker_end) {
            prop_assert!(s <= e && body.get(s..e).is_some());
            prop_assert_eq!(body.get(s..e), q.speaker_text.as_deref());
        }
    }
    Ok(())
}

const PIECES: &[&str] = &[
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    ", ",
    ". ",
    ": ",
    "\n",
    "said ",
    "he ",
    "Biden ",
    "President Joe Biden ",
    "according to ",
    "told reporters ",
    "that ",
    "we will win ",
    "Kyïv ",
    "Mr. ",
    "the spokesman ",
    "adding ",
];

/// A quote's speaker mention lies outside its content, and the mention's
/// fields (`speaker_text`, `speaker_start`, `speaker_end`) are all set or
/// all null; a resolved `speaker` comes only with a mention (it is null
/// alone when a pronoun has no antecedent).
fn check_speakers(qs: &[Quote]) -> Result<(), TestCaseError> {
    for q in qs {
        let set = [
            q.speaker_text.is_some(),
            q.speaker_start.is_some(),
            q.speaker_end.is_some(),
        ];
        prop_assert!(set.iter().all(|&x| x == set[0]), "{:?}", q);
        prop_assert!(q.speaker.is_none() || q.speaker_text.is_some(), "{:?}", q);
        if let (Some(s), Some(e)) = (q.speaker_start, q.speaker_end) {
            prop_assert!(
                e <= q.span.start() || s >= q.span.end(),
                "the speaker {}..{} overlaps the quote {:?}: {:?}",
                s,
                e,
                q.span.range(),
                q
            );
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics_and_spans_are_valid(body in "\\PC{0,200}") {
        let qs = run(&body);
        check_spans(&body, &qs)?;
        check_speakers(&qs)?;
    }

    #[test]
    fn news_like_text_with_random_marks(parts in proptest::collection::vec(
        prop_oneof![
            proptest::sample::select(PIECES).prop_map(str::to_string),
            "[a-zé]{1,8} ",
        ], 0..40)) {
        let body: String = parts.concat();
        let qs = run(&body);
        check_spans(&body, &qs)?;
        check_speakers(&qs)?;
    }
}

#[test]
fn attribution_after_a_quote_with_any_tail() {
    let qs = run(
        "“I could not hear the question,” she told moderator Tom Dale on Sunday. “It was loud.”",
    );
    check(
        find(&qs, "I could not"),
        "I could not hear the question",
        QuoteKind::Direct,
        None,
        Some("she"),
        Some("told"),
    );
    let qs = run("“We will carry this state,” Ruiz said 30 minutes into the debate.");
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(qs[0].speaker_text.as_deref(), Some("Ruiz"));
    let qs = run("“It was a long night for all of us,” said the 42-year-old.");
    assert_eq!(qs[0].speaker_text.as_deref(), Some("the 42-year-old"));
    // A programme title quoted mid-sentence is not the attributed speech.
    assert!(
        run("Speaking on the station’s “Morning Show,” Ruiz said the plan failed.")
            .iter()
            .all(|q| q.kind != QuoteKind::Direct)
    );
}

#[test]
fn stance_verbs_attribute_their_object() {
    let qs =
        run("Mayor Ana Ruiz called for a full recount of the ballots in the eastern district.");
    let q = find(&qs, "a full recount");
    assert_eq!(q.kind, QuoteKind::Reported);
    assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(q.cue.as_deref(), Some("called"));
    let qs = run("The union accused the port authority of hiding the safety reports.");
    assert_eq!(
        find(&qs, "the port authority").speaker_text.as_deref(),
        Some("The union")
    );
    let qs = run("Senator Tom Vale vowed to block the spending bill in committee.");
    assert_eq!(find(&qs, "to block").speaker.as_deref(), Some("Tom Vale"));
    let qs = run("Ruiz told the cheering crowd that the bridge would open in May.");
    assert_eq!(find(&qs, "the bridge would").cue.as_deref(), Some("told"));
    // Passives and `the called` forms are not attributions.
    assert!(run("The meeting was called for Monday afternoon at the hall.").is_empty());
}

#[test]
fn poll_subjects_and_times_after_the_cue() {
    let qs = run("In the new survey, 41 percent said they would back the incumbent.");
    assert_eq!(
        find(&qs, "they would back").speaker_text.as_deref(),
        Some("41 percent")
    );
    let qs = run("Four in 10 say the economy is getting worse.");
    assert_eq!(find(&qs, "the economy").cue.as_deref(), Some("say"));
    let qs = run("Governor Lena Park said Tuesday her budget would cut property taxes.");
    let q = find(&qs, "her budget");
    assert_eq!(q.speaker.as_deref(), Some("Lena Park"));
    // An auxiliary is no subject.
    assert!(run("It is unclear what they would say about the vote.").is_empty());
}

#[test]
fn speakers_with_party_tags_places_and_long_titles() {
    let qs =
        run("Others disagreed. “We need a real plan for the port,” Rep. Tom Vale (D-Ore.) said.");
    assert_eq!(find(&qs, "We need").speaker.as_deref(), Some("Tom Vale"));
    let qs = run(
        "“We need a plan,” city campaign manager Jeff Weaver said. “Calling us liars is wrong.”",
    );
    assert_eq!(
        find(&qs, "Calling us").speaker.as_deref(),
        Some("Jeff Weaver")
    );
    let qs = run("President Ana Ruiz of Chile said she spoke with the premier by phone.");
    assert_eq!(find(&qs, "she spoke").speaker.as_deref(), Some("Ana Ruiz"));
    // A second predicate ends the reported content.
    let qs = run("Vale called the talks useful but declined to describe the offer.");
    assert_eq!(find(&qs, "the talks").text, "the talks useful");
}

#[test]
fn stripped_attributions_with_long_tails_and_resumed_speech() {
    let qs = run("Im a free man, he told Channel 9 in Tampa on Monday night.");
    let q = find(&qs, "Im a free man");
    assert_eq!(q.kind, QuoteKind::Unmarked);
    assert_eq!(q.speaker_text.as_deref(), Some("he"));
    let qs = run("I think we will win, Mayor Ruiz said, and the rest is up to the voters.");
    assert_eq!(find(&qs, "and the rest").speaker.as_deref(), Some("Ruiz"));
    // A sentence-initial adverbial before a comma is not speech.
    assert!(
        run("On top of that, Ruiz said Sunday that the port would close.")
            .iter()
            .all(|q| !q.text.starts_with("On top"))
    );
    // `the United States` holds no cue verb: the speaker is `he`.
    let qs = run("Our allies in the United States, he argued, will help.");
    let q = find(&qs, "Our allies");
    assert_eq!(q.speaker_text.as_deref(), Some("he"), "{q:?}");
    assert_eq!(q.cue.as_deref(), Some("argued"));
}

#[test]
fn passives_and_stance_adjectives() {
    let qs = run("The new port tax has been criticized by Senator Tom Vale and others.");
    let q = find(&qs, "The new port tax");
    assert_eq!(q.speaker.as_deref(), Some("Tom Vale"));
    assert_eq!(q.cue.as_deref(), Some("criticized"));
    let qs = run("Governor Lena Park was critical of the new port tax.");
    assert_eq!(
        find(&qs, "the new port tax").speaker.as_deref(),
        Some("Lena Park")
    );
    let qs = run("The campaign is already claiming victory in the northern counties.");
    assert_eq!(find(&qs, "victory").cue.as_deref(), Some("claiming"));
}

#[test]
fn amounts_and_prepositions_after_the_cue_and_listeners_are_not_speakers() {
    let qs = run("The envoy, Ana Ruiz, said about 40 percent of the arrivals were children.");
    assert_eq!(
        find(&qs, "about 40 percent").speaker.as_deref(),
        Some("Ana Ruiz")
    );
    let qs = run("Judge Helen Marsh wrote for the majority that the evidence was strong.");
    assert_eq!(
        find(&qs, "the evidence was strong").cue.as_deref(),
        Some("wrote")
    );
    // `CBS News` is the listener of `told`; Vale speaks.
    let qs = run("Our city is safe now, Vale, a former mayor, told CBS News on Sunday.");
    let q = find(&qs, "Our city is safe now");
    assert_eq!(q.speaker_text.as_deref(), Some("Vale"), "{q:?}");
    assert_eq!(q.cue.as_deref(), Some("told"));
    let qs = run(
        "Speaking at the site, Ruiz said: This should never have happened. The owners were warned, and they did nothing.",
    );
    assert!(find(&qs, "This should").text.ends_with("they did nothing."));
}

#[test]
fn a_relative_pronoun_is_the_mention_and_its_antecedent_the_speaker() {
    let text = "The deal was reached with help from Labor Secretary Tom Vale, who said he expects union workers back on Monday.";
    let qs = run(text);
    let q = find(&qs, "he expects");
    assert_eq!(q.speaker.as_deref(), Some("Tom Vale"));
    assert_eq!(q.speaker_text.as_deref(), Some("who"));
    assert_eq!(
        q.speaker_start.and_then(|s| text.get(s..s + 3)),
        Some("who")
    );
}

#[test]
fn participles_take_a_nominal_or_party_tagged_subject() {
    let qs = run(
        "In two interviews, the former governor sounded off on the mayor, saying the budget would collapse by spring.",
    );
    assert_eq!(
        find(&qs, "the budget").speaker.as_deref(),
        Some("the former governor")
    );
    let qs = run(
        "Sen. Ana Ruiz (D-Ore.) criticized the accord on Saturday, saying the agreement goes nowhere near far enough.",
    );
    assert_eq!(
        find(&qs, "the agreement").speaker.as_deref(),
        Some("Ana Ruiz")
    );
}

#[test]
fn a_subject_closed_by_an_appositive_before_said() {
    let qs = run("Tom Reyes, 44, a teacher from Dayton, said he voted for the first time.");
    let q = find(&qs, "he voted");
    assert_eq!(q.text, "he voted for the first time");
    assert_eq!(q.kind, QuoteKind::Reported);
    assert_eq!(
        q.speaker_text.as_deref(),
        Some("Tom Reyes, 44, a teacher from Dayton")
    );
    // A verb in the words before the comma makes them speech before an
    // inverted attribution, not a subject.
    let qs = run("The levy is a burden on farmers, said a county clerk who opposed it.");
    assert!(qs.iter().all(|q| !q.text.starts_with("a county clerk")));
}

#[test]
fn a_clause_after_say_is_no_inverted_speaker() {
    let qs = run("Even the biggest skeptics, like Vale and Ruiz, say the plan could work.");
    let q = find(&qs, "the plan could work");
    assert_eq!(q.kind, QuoteKind::Reported);
    assert!(qs.iter().all(|q| !q.text.starts_with("Even")));
}

#[test]
fn seek_prefer_and_oppose_attribute_their_object() {
    let qs = run("The mayor seeks a second term on a promise of cheaper buses.");
    let q = find(&qs, "a second term");
    assert_eq!(q.kind, QuoteKind::Reported);
    assert_eq!(q.cue.as_deref(), Some("seeks"));
    let qs = run("Senator Tom Vale prefers a smaller levy.");
    assert_eq!(find(&qs, "a smaller levy").cue.as_deref(), Some("prefers"));
    let qs = run("Ruiz opposes the new pipeline.");
    assert_eq!(
        find(&qs, "the new pipeline").speaker.as_deref(),
        Some("Ruiz")
    );
}

/// A male first name makes its bearer a man `he` can stand for (the list of
/// male names was once a copy of the female one, so `he` found no one).
#[test]
fn he_is_the_man_named_before_not_the_woman() {
    let qs = run("Joe Vale met Anna Berg on Monday. “We won,” he said.");
    let q = find(&qs, "We won");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(q.speaker_text.as_deref(), Some("he"));
    assert_eq!(q.speaker.as_deref(), Some("Joe Vale"));
    let qs = run("Anna Berg met Joe Vale on Monday. “We won,” she said.");
    let q = find(&qs, "We won");
    assert_eq!(q.speaker_text.as_deref(), Some("she"));
    assert_eq!(q.speaker.as_deref(), Some("Anna Berg"));
}

/// A `he` opening a sentence continues the speaker of the sentence before
/// (its subject), not the man that sentence named last.
#[test]
fn a_sentence_initial_he_is_the_previous_speaker() {
    let qs = run(
        "Mayor Tom Vale met Governor Sam Ortiz on Monday.\n\nVale said the bridge would be built after meeting Ortiz. He added, “The money is there.”",
    );
    let q = find(&qs, "The money is there");
    assert_eq!(q.speaker_text.as_deref(), Some("He"));
    assert_eq!(q.speaker.as_deref(), Some("Tom Vale"));
    // Inside a sentence, `he` is still the man named last.
    let qs = run(
        "Mayor Tom Vale met Governor Sam Ortiz on Monday, and then he said, “The money is there.”",
    );
    let q = find(&qs, "The money is there");
    assert_eq!(q.speaker_text.as_deref(), Some("he"));
    assert_eq!(q.speaker.as_deref(), Some("Sam Ortiz"));
}

/// `broad: true` proposes attributions of low precision (a verb of belief
/// such as `knew`), each through the learned gate: a gate that rejects
/// everything gives the default output, one that accepts everything keeps
/// them. Off by default.
#[test]
fn broad_candidates_go_through_the_gate() {
    use newsfacts_quotes::training;
    let text = "The council met on Tuesday. Mayor Ruth Amsel knew the levy would pass. \
                Vale said the plan would fail.";
    let default = run(text);
    assert!(
        default.iter().all(|q| q.cue.as_deref() != Some("knew")),
        "{default:#?}"
    );
    let broad = Quotes::new(QuotesConfig {
        broad: true,
        ..QuotesConfig::default()
    })
    .unwrap();
    let n = training::gate_buckets();
    let reject = training::with_gate(&broad, &vec![-1; n]);
    let texts = |qs: Vec<Quote>| -> Vec<String> { qs.into_iter().map(|q| q.text).collect() };
    assert_eq!(
        texts(reject.find(text).unwrap()),
        texts(default.clone()),
        "a gate that rejects everything leaves the default output"
    );
    let accept = training::with_gate(&broad, &vec![1; n]);
    let kept = accept.find(text).unwrap();
    let q = find(&kept, "the levy would pass");
    assert_eq!(q.kind, QuoteKind::Reported);
    assert_eq!(q.cue.as_deref(), Some("knew"));
    assert_eq!(q.speaker.as_deref(), Some("Ruth Amsel"));
    // The gate saw exactly the weak candidate.
    let seen = training::gate_examples(&broad, text);
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(
        text.get(seen[0].start..seen[0].end),
        Some("the levy would pass")
    );
}
