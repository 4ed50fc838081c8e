//! Speaker rules added in the fifth quotes round: a name before a colon
//! that opens a quotation (digest lines, headlines, inverted cues before a
//! colon). Sentences written for these tests.

use newsfacts_core::{Analyzer, Article, Document};
use newsfacts_quotes::{Quote, Quotes, QuotesConfig};

fn run(text: &str) -> Vec<Quote> {
    let article = Article::new("t", text);
    Quotes::new(QuotesConfig::default())
        .unwrap()
        .analyze(&Document::new(&article))
        .unwrap()
}

/// The speaker text of the quote whose content starts with `prefix`.
fn speaker_text_of(qs: &[Quote], prefix: &str) -> Option<String> {
    qs.iter()
        .find(|q| q.text.starts_with(prefix))
        .unwrap_or_else(|| panic!("no quote starting {prefix:?} in {qs:?}"))
        .speaker_text
        .clone()
}

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
    assert!(
        qs.iter()
            .filter(|q| q.text.starts_with("Closed until"))
            .all(|q| q.speaker_text.is_none()),
        "{qs:?}"
    );
    // A name in the middle of a sentence is not a label.
    let qs = run(
        "Turnout was low.\n\nThe lines were long in Dover County: “Nobody expected this \
         many people to come out and wait in the rain.”",
    );
    assert!(
        qs.iter()
            .filter(|q| q.text.starts_with("Nobody expected"))
            .all(|q| q.speaker_text.is_none()),
        "{qs:?}"
    );
}

#[test]
fn an_inverted_cue_before_a_colon_takes_the_name_after_it() {
    let qs = run(
        "Turnout was low.\n\nIn other words, asked moderator Dana Whit: “What does that have \
         to do with the budget?”",
    );
    assert_eq!(
        speaker_text_of(&qs, "What does that").as_deref(),
        Some("Dana Whit")
    );
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
