//! Hostile text: each case repeats a unit built to provoke a quadratic scan
//! (one endless sentence, floods of marks or cues, nested speech, a quote
//! left open). Each runs at [`SIZE`] and at four times that: the larger
//! must take at most [`RATIO`] times as long (linear work takes four times,
//! quadratic sixteen), the best of [`RUNS`] interleaved runs on each side
//! so that a busy machine cannot fail it. What comes out must stay sane: valid spans,
//! a bounded number of quotes and a bounded amount of quoted text.

mod common;

use common::run;
use newsfacts_quotes::Quote;

/// The smaller size of each case, in bytes.
const SIZE: usize = 20_000;

/// How much longer four times the text may take (linear: 4; quadratic: 16).
const RATIO: f64 = 10.0;

/// Runs on each side, interleaved so that both sides see the same load;
/// the fastest of each counts.
const RUNS: usize = 4;

/// Below this, the larger run is too quick to tell anything apart.
const TOO_QUICK: std::time::Duration = std::time::Duration::from_millis(50);

/// The fastest of [`RUNS`] runs on `small` and on `large` (alternating), and
/// the quotes found in each.
fn timed(
    small: &str,
    large: &str,
) -> (
    (std::time::Duration, Vec<Quote>),
    (std::time::Duration, Vec<Quote>),
) {
    let mut best = [std::time::Duration::MAX; 2];
    let mut found = [Vec::new(), Vec::new()];
    for _ in 0..RUNS {
        for (k, body) in [small, large].into_iter().enumerate() {
            let t = std::time::Instant::now();
            found[k] = run(body);
            best[k] = best[k].min(t.elapsed());
        }
    }
    let [s, l] = found;
    ((best[0], s), (best[1], l))
}

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
fn pathological_text_takes_linear_time_and_stays_sane() {
    for case in CASES {
        let small = case.repeat(SIZE / case.len());
        let large = case.repeat(4 * SIZE / case.len());
        let ((t1, qs1), (t4, qs4)) = timed(&small, &large);
        assert_sane(&small, &qs1, case);
        assert_sane(&large, &qs4, case);
        assert!(
            t4 < TOO_QUICK || t4.as_secs_f64() <= RATIO * t1.as_secs_f64(),
            "{case:?}: {t1:?} for {} bytes, {t4:?} for four times as many",
            small.len()
        );
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
