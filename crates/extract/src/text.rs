//! [`normalize`]: extracted text to one paragraph a line.

/// One paragraph a line: lines are trimmed, runs of white space inside a
/// line (spaces, tabs, no-break spaces, zero-width and other Unicode
/// spaces, control characters) become one space, blank lines are dropped,
/// and lines are joined with a single `\n`.
///
/// ```
/// assert_eq!(
///     newsfacts_extract::normalize("  Storm\u{a0} hits\tcoast \n\n\n  Ferries stop.\r\n"),
///     "Storm hits coast\nFerries stop."
/// );
/// ```
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}']) {
        let mut words = line
            .split(|c: char| {
                c.is_whitespace() || c.is_control() || c == '\u{200b}' || c == '\u{feff}'
            })
            .filter(|w| !w.is_empty())
            .peekable();
        if words.peek().is_none() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        for (i, word) in words.enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn paragraphs_one_a_line() {
        assert_eq!(normalize("A.\n\nB  c.\n"), "A.\nB c.");
        assert_eq!(normalize("\u{2028}x\u{200b}y\u{1}z\n\u{1}\n"), "x y z");
        assert_eq!(normalize(""), "");
        assert_eq!(normalize(" \n\t\n"), "");
    }

    proptest! {
        #[test]
        fn normal_form_is_stable(s in "\\PC{0,60}|[ \n\t\r\u{a0}a-c]{0,40}") {
            let once = normalize(&s);
            prop_assert_eq!(normalize(&once), once.clone());
            prop_assert!(!once.starts_with(char::is_whitespace));
            prop_assert!(!once.ends_with(char::is_whitespace));
            prop_assert!(!once.contains("\n\n") && !once.contains("  "));
        }
    }
}
