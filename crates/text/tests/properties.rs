//! Property tests: whatever the text, the splitters and the tokenizer never
//! panic and return valid, ordered, non-overlapping spans.

use newsfacts_core::Span;
use newsfacts_text::abbreviations::{classify, is_sentence_starter};
use newsfacts_text::{Sentences, Tokens, split_paragraphs, split_sentences, tokenize};
use proptest::prelude::*;

/// Text built from the characters that drive the rules: terminators, quotes,
/// closers, line breaks of every kind, multi-byte letters, abbreviation parts.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(". ".to_string()),
        Just("...".to_string()),
        Just("…".to_string()),
        Just("? ".to_string()),
        Just("!\" ".to_string()),
        Just("U.S.".to_string()),
        Just("Gen.".to_string()),
        Just("p.m.".to_string()),
        Just("Feb. 4".to_string()),
        Just("C. ".to_string()),
        Just("Inc. The".to_string()),
        Just("”".to_string()),
        Just("“".to_string()),
        Just("'".to_string()),
        Just("``".to_string()),
        Just("14,000".to_string()),
        Just("1.5".to_string()),
        Just("-".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\u{2028}".to_string()),
        Just("\u{85}".to_string()),
        Just("\u{a0}".to_string()),
        Just("e\u{301}".to_string()),
        Just("Kyïv".to_string()),
        "[a-zA-Z]{1,6}",
        " {1,3}",
        "\\PC{1,3}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![newsish(), "\\PC{0,80}", any::<String>()]
}

fn check_spans(text: &str, spans: &[Span]) -> Result<(), TestCaseError> {
    let mut prev_end = 0;
    for s in spans {
        prop_assert!(s.end() <= text.len(), "inside the text");
        prop_assert!(text.is_char_boundary(s.start()) && text.is_char_boundary(s.end()));
        prop_assert!(!s.is_empty(), "never empty");
        prop_assert!(
            s.start() >= prev_end,
            "in order and non-overlapping: {:?} after {}",
            s,
            prev_end
        );
        prop_assert_eq!(Span::new(text, s.start(), s.end()).ok(), Some(*s));
        prev_end = s.end();
    }
    Ok(())
}

fn has_line_break(s: &str) -> bool {
    s.chars().any(newsfacts_text::paragraphs::is_line_break)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn sentences_are_valid_trimmed_and_single_line(text in any_text()) {
        let spans = split_sentences(&text);
        check_spans(&text, &spans)?;
        for s in &spans {
            let t = s.text(&text);
            prop_assert!(!has_line_break(t), "sentence with a line break: {:?}", t);
            prop_assert_eq!(t.trim(), t, "trimmed");
        }
    }

    #[test]
    fn sentences_cover_every_visible_character(text in any_text()) {
        // Only white space is left out between sentences.
        let spans = split_sentences(&text);
        let mut covered = 0;
        for s in &spans {
            prop_assert!(text.get(covered..s.start()).is_some_and(|gap| gap.trim().is_empty()));
            covered = s.end();
        }
        prop_assert!(text.get(covered..).is_some_and(|rest| rest.trim().is_empty()));
    }

    #[test]
    fn every_sentence_lies_in_one_paragraph(text in any_text()) {
        let paragraphs = split_paragraphs(&text);
        check_spans(&text, &paragraphs)?;
        for p in &paragraphs {
            prop_assert!(!has_line_break(p.text(&text)));
        }
        for s in split_sentences(&text) {
            prop_assert!(paragraphs.iter().any(|p| p.contains(s)), "{:?} in no paragraph", s);
        }
    }

    #[test]
    fn sentence_lookup_agrees_with_a_linear_scan(text in any_text(), probe in 0usize..200) {
        let layer = Sentences::new(&text);
        let linear = layer.spans().iter().position(|s| s.start() <= probe && probe < s.end());
        prop_assert_eq!(layer.index_of(probe), linear);
    }

    #[test]
    fn tokens_are_valid_and_skip_only_white_space(text in any_text()) {
        let tokens = tokenize(&text);
        let spans: Vec<Span> = tokens.iter().map(|t| t.span).collect();
        check_spans(&text, &spans)?;
        let mut covered = 0;
        for t in &tokens {
            prop_assert!(text.get(covered..t.span.start()).is_some_and(|gap| gap.chars().all(char::is_whitespace)));
            prop_assert!(!t.text(&text).chars().any(char::is_whitespace), "token with white space: {:?}", t.text(&text));
            covered = t.span.end();
        }
        prop_assert!(text.get(covered..).is_some_and(|rest| rest.chars().all(char::is_whitespace)));
    }

    #[test]
    fn tokens_within_a_sentence_lie_inside_it(text in any_text()) {
        let tokens = Tokens::new(&text);
        for s in split_sentences(&text) {
            for t in tokens.within(s) {
                prop_assert!(s.contains(t.span));
            }
        }
    }

    #[test]
    fn lexicon_lookups_never_panic(word in "\\PC{0,8}") {
        let _ = classify(&word);
        let _ = is_sentence_starter(&word);
    }
}
