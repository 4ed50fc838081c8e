//! Pairing quotation marks into quoted spans.
//!
//! Curly marks (`“ ”`, `‘ ’`) and guillemets (`« »`) say which way they face;
//! a straight `"` is read from its neighbours (space before: opening; space
//! or punctuation after: closing) and, when that is ambiguous, from whether a
//! quote is open. News style continues a quote over paragraphs by opening
//! each paragraph without closing the previous one, so an open double quote
//! ends at a paragraph break. Single quotes are paired only outside double
//! quotes and within one paragraph, since `’` is also the apostrophe.

use crate::tokens::{Kind, Tokens};

/// A pair of marks: token indices of the opening and closing mark (the
/// closing one may be a line break for a quote continued on the next
/// paragraph, or the end of the tokens).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Pair {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark (or break / end).
    pub close: usize,
    /// Content start byte (after the opening mark).
    pub start: usize,
    /// Content end byte (before the closing mark).
    pub end: usize,
    /// True when the quote was closed by a real closing mark.
    pub closed: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Dir {
    Open,
    Close,
    Either,
}

fn double_dir(t: &Tokens<'_>, i: usize, c: char) -> Option<Dir> {
    if !matches!(c, '“' | '«' | '„' | '”' | '»' | '"') {
        return None;
    }
    let before = t.text.get(..t.start(i)).and_then(|s| s.chars().next_back());
    let after = t.text.get(t.end(i)..).and_then(|s| s.chars().next());
    let space_before = before.is_none_or(|c| c.is_whitespace() || "([{—–-―".contains(c));
    let space_after = after.is_none_or(|c| c.is_whitespace() || ".,;:!?)]}—–―".contains(c));
    Some(match c {
        // A closing mark typed at the start of a paragraph still opens it.
        '”' if space_before && !space_after && before.is_none_or(|c| c == '\n') => Dir::Open,
        '“' | '«' | '„' => Dir::Open,
        '”' | '»' => Dir::Close,
        _ => match (space_before, space_after) {
            (true, false) => Dir::Open,
            (false, true) => Dir::Close,
            _ => Dir::Either,
        },
    })
}

/// Every quoted span of `t`, in text order.
pub(crate) fn pairs(t: &Tokens<'_>) -> Vec<Pair> {
    let mut out = Vec::new();
    let mut open_double: Option<usize> = None;
    let mut open_single: Option<usize> = None;
    let content = |open: usize, close: usize, closed: bool| Pair {
        open,
        close,
        start: t.end(open),
        end: if close < t.toks.len() {
            t.start(close)
        } else {
            t.text.len()
        },
        closed,
    };
    for (i, tok) in t.toks.iter().enumerate() {
        match tok.kind {
            Kind::Break => {
                if let Some(o) = open_double.take() {
                    out.push(content(o, i, false));
                }
                open_single = None;
            }
            Kind::Punct(c) => {
                if let Some(dir) = double_dir(t, i, c) {
                    open_single = None;
                    match (open_double, dir) {
                        (Some(o), Dir::Close | Dir::Either) => {
                            out.push(content(o, i, true));
                            open_double = None;
                        }
                        (Some(_), Dir::Open) => open_double = Some(i), // an unclosed mark: restart
                        (None, Dir::Open | Dir::Either) => open_double = Some(i),
                        (None, Dir::Close) => {} // orphan closing mark
                    }
                } else if open_double.is_none() {
                    match (c, open_single) {
                        ('‘', _) => open_single = Some(i),
                        ('’', Some(o)) => {
                            let after = t.text.get(t.end(i)..).and_then(|s| s.chars().next());
                            if after.is_none_or(|c| !c.is_alphanumeric()) {
                                out.push(content(o, i, true));
                                open_single = None;
                            }
                        }
                        _ => {}
                    }
                }
            }
            Kind::Word => {}
        }
    }
    if let Some(o) = open_double {
        out.push(content(o, t.toks.len(), false));
    }
    out.retain(|p| p.start < p.end);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        let t = Tokens::new(s);
        pairs(&t)
            .iter()
            .map(|p| s[p.start..p.end].to_string())
            .collect()
    }

    #[test]
    fn curly_straight_and_guillemets() {
        assert_eq!(texts("He said “we won,” and left."), ["we won,"]);
        assert_eq!(
            texts("He said \"we won,\" and \"left.\""),
            ["we won,", "left."]
        );
        assert_eq!(texts("Il a dit « non » hier."), [" non "]);
        assert_eq!(texts("He said ''we won,'' and left."), ["we won,"]);
        assert_eq!(texts("”Typed backwards,” she said."), ["Typed backwards,"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(texts("The party’s plan isn’t ‘final’ yet."), ["final"]);
        assert!(texts("The voters’ choice.").is_empty());
    }

    #[test]
    fn quotes_continue_over_paragraphs() {
        assert_eq!(
            texts("“First part.\n“Second part,” she said."),
            ["First part.", "Second part,"]
        );
    }
}
