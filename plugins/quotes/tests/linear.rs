//! Hostile text: each case repeats a unit built to provoke a quadratic scan
//! (one endless sentence, floods of marks or cues, nested speech, a quote
//! left open) to about 200 KB. Nothing is timed: code that rescans the
//! text per cue or builds one candidate per pair of cues would run for
//! minutes (or exhaust memory) here, which shows as a hang in CI. What is
//! asserted is that the result stays sane: valid spans, a bounded number of
//! quotes and a bounded amount of quoted text.

mod common;

use common::run;
use newsfacts_quotes::Quote;

const SIZE: usize = 200_000;

/// Units repeated to [`SIZE`] bytes.
const CASES: &[&str] = &[
    "word ",
    "\"",
    "\"a\" ",
    "7",
    "X said. ",
    "President Joe Biden said ",
    "He said that ",
    "twenty one thousand killed ",
    "\u{1}\u{2}\t\u{7}",
    "“Yes,” he said. ",
    "He said, I was there. ",
    "He said:\n",
    "He said: I know. ",
    "PENCE: I said so.\n",
    "I think so, he said. ",
    "I said! ",
    "She said that Mary Smith told him. ",
    "Ann Lee said Bob Ray said ",
    "according to him, ",
    "He called for ",
    "“I am here, ",
    "Mr. Tom Vale, the mayor, said ",
];

fn assert_sane(body: &str, qs: &[Quote], case: &str) {
    let mut quoted = 0;
    for q in qs {
        assert_eq!(body.get(q.span.range()), Some(q.text.as_str()), "{case:?}");
        if let (Some(s), Some(e)) = (q.speaker_start, q.speaker_end) {
            assert_eq!(body.get(s..e), q.speaker_text.as_deref(), "{case:?}");
        }
        // No quote spans more than a few paragraphs' worth of text.
        assert!(
            q.text.len() <= 8192,
            "{case:?}: a quote of {}",
            q.text.len()
        );
        quoted += q.text.len();
    }
    // A quote has at least two words, so at most one per four bytes; and
    // nested reported speech is bounded, so the quoted text is a small
    // multiple of the input, not its square.
    assert!(qs.len() <= body.len() / 4, "{case:?}: {} quotes", qs.len());
    assert!(
        quoted <= 8 * body.len(),
        "{case:?}: {quoted} quoted bytes for {}",
        body.len()
    );
}

#[test]
fn pathological_text_stays_sane() {
    for case in CASES {
        let body = case.repeat(SIZE / case.len());
        let qs = run(&body);
        assert_sane(&body, &qs, case);
    }
}

#[test]
fn nested_speech_is_kept_to_a_few_levels() {
    let body = "Ann Lee said Bob Ray said ".repeat(400);
    let qs = run(&body);
    assert_sane(&body, &qs, "nested");
    // Real nesting (`Ruiz said Vale claimed that ...`) is kept...
    assert!(qs.len() >= 2);
    // ...but not one quote per cue of a sentence.
    assert!(qs.len() < 400, "{} quotes", qs.len());
}

#[test]
fn a_real_quote_after_hostile_text_is_still_found() {
    let mut body = "word ".repeat(SIZE / 5);
    body.push_str("\n“We will rebuild the bridge by spring,” Mayor Ana Ruiz said on Monday.");
    let qs = run(&body);
    assert_sane(&body, &qs, "after");
    let q = qs
        .iter()
        .find(|q| q.text == "We will rebuild the bridge by spring")
        .expect("the quote");
    assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_quote_left_open_over_a_huge_paragraph_is_dropped_not_copied() {
    let body = format!("“{}", "the plan will fail and ".repeat(SIZE / 23));
    let qs = run(&body);
    assert_sane(&body, &qs, "open");
    assert!(qs.is_empty(), "{} quotes", qs.len());
}
