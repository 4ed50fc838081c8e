//! Speaker phrases next to a cue verb.
//!
//! A speaker is found on either side of its cue:
//!
//! * before it — `Biden said`, `Secretary of State Antony Blinken also said`,
//!   `he told`, `a senior official said`, `the Pentagon said`;
//! * after it, in the inverted order news uses after a quote —
//!   `, said Estonian Defense Minister Kalle Laanet.`, `,” said Caddell.`
//!
//! Either way the result is a [`Mention`]: the words that name the speaker
//! as written (titles left out for names, kept for nominal phrases), which
//! [`crate::names`] later resolves to the fullest name in the article.

use crate::lexicon::{self, cue, is_demonym, is_name_particle, pronoun};
use crate::tokens::Tokens;

/// What kind of phrase names the speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MentionKind {
    /// A proper name (`Biden`, `Kalle Laanet`, `Reuters`).
    Name,
    /// A personal pronoun (`he`, `she`, `they`).
    Pronoun,
    /// A common-noun phrase (`the spokesman`, `officials`, `the Pentagon`).
    Nominal,
    /// A relative pronoun (`Ruiz, who said ...`), as PolNeAR marks the
    /// speaker mention: the mention is the pronoun, the speaker is its
    /// antecedent, tokens `first..last`, a name when `name` is true and a
    /// nominal phrase otherwise.
    Relative {
        /// First token of the antecedent.
        first: usize,
        /// One past its last token.
        last: usize,
        /// True when the antecedent is a name.
        name: bool,
    },
}

/// A speaker mention: tokens `first..last` (exclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mention {
    /// First token of the mention.
    pub first: usize,
    /// One past its last token.
    pub last: usize,
    /// Name, pronoun or nominal.
    pub kind: MentionKind,
    /// First token of the whole phrase, titles included.
    pub phrase_first: usize,
}

fn name_word(t: &Tokens<'_>, i: usize) -> bool {
    (t.is_capitalized(i) && !t.has(i, lexicon::CAPITALIZED_FUNCTION_WORD) && t.cue(i).is_none())
        || (t.is_word(i) && is_name_particle(t.s(i)))
}

/// The speaker phrase that ends right before the cue at token `cue_at`
/// (skipping up to two modifiers such as `also`, `has`, `repeatedly`).
pub(crate) fn before(t: &Tokens<'_>, cue_at: usize) -> Option<Mention> {
    let mut i = cue_at;
    let mut skipped = 0;
    while i > 0 && skipped < 2 && t.is_lowercase(i - 1) && t.has(i - 1, lexicon::CUE_MODIFIER) {
        i -= 1;
        skipped += 1;
    }
    let j = skip_parenthesis(t, i).checked_sub(1)?;
    if t.is_punct(j, ',') {
        return appositive(t, j);
    }
    // `groups that endorsed ...`: `that` as a relative pronoun right after
    // a noun phrase that is no pronoun (`so that`, `now that` have none).
    if t.is_word(j) && t.s(j) == "that" && j > 0 && t.is_word(j - 1) {
        let a = np_ending_at(t, j - 1)?;
        if a.kind == MentionKind::Pronoun {
            return None;
        }
        return Some(relative(j, &a));
    }
    if t.is_word(j) && matches!(t.s(j), "who" | "which") {
        // `listeners, who said ...`: the relative pronoun's antecedent.
        let k = if j > 0 && t.is_punct(j - 1, ',') {
            j - 1
        } else {
            j
        };
        let a = np_ending_at(t, k.checked_sub(1)?)?;
        if a.kind == MentionKind::Pronoun {
            return Some(a);
        }
        return Some(relative(j, &a));
    }
    np_ending_at(t, j)
}

/// The relative pronoun at token `j` (`who`, `which`, `that`) as a mention
/// standing for its antecedent `a`.
fn relative(j: usize, a: &Mention) -> Mention {
    Mention {
        first: j,
        last: j + 1,
        kind: MentionKind::Relative {
            first: a.first,
            last: a.last,
            name: a.kind == MentionKind::Name,
        },
        phrase_first: a.phrase_first,
    }
}

/// `i`, or the start of a parenthesis ending right before it (`Rep. Gwen
/// Moore (D-Wis.) said`).
fn skip_parenthesis(t: &Tokens<'_>, i: usize) -> usize {
    if i > 0 && t.is_punct(i - 1, ')') {
        if let Some(open) = (i.saturating_sub(10)..i - 1)
            .rev()
            .find(|&k| t.is_punct(k, '('))
        {
            return open;
        }
    }
    i
}

/// A speaker with an appositive between it and the cue, `comma` being the
/// appositive's closing comma: `Phil Lovas, the state chairman, said` or
/// `The state chairman, Phil Lovas, said`.
fn appositive(t: &Tokens<'_>, comma: usize) -> Option<Mention> {
    let lo = comma.saturating_sub(30);
    let open = (lo..comma).rev().find(|&k| {
        !t.is_word(k) && !matches!(t.punct(k), Some('(' | ')' | '-' | '’' | '\'' | '&'))
    })?;
    if !t.is_punct(open, ',') || open + 1 >= comma {
        return None;
    }
    if (open + 1..comma).any(|k| t.is_word(k) && t.cue(k).is_some()) {
        return None;
    }
    let app_name = (open + 1..comma).all(|k| name_word(t, k) || t.has(k, lexicon::TITLE));
    let name_first = (open + 1..comma)
        .rev()
        .take_while(|&k| name_word(t, k))
        .last();
    let head = skip_parenthesis(t, open)
        .checked_sub(1)
        .and_then(|h| np_ending_at(t, h));
    match (head, app_name.then_some(name_first).flatten()) {
        (Some(h), _) if h.kind == MentionKind::Name => Some(h),
        (Some(h), Some(f)) => Some(Mention {
            first: f,
            last: comma,
            kind: MentionKind::Name,
            phrase_first: h.phrase_first,
        }),
        (Some(h), None) => Some(h),
        (None, Some(f)) => Some(Mention {
            first: f,
            last: comma,
            kind: MentionKind::Name,
            phrase_first: open + 1,
        }),
        (None, None) => None,
    }
}

/// The speaker noun phrase whose last token is `j`.
fn np_ending_at(t: &Tokens<'_>, j: usize) -> Option<Mention> {
    if !t.is_word(j) {
        return None;
    }
    let w = t.s(j);
    if pronoun(w).is_some() {
        return Some(Mention {
            first: j,
            last: j + 1,
            kind: MentionKind::Pronoun,
            phrase_first: j,
        });
    }
    if name_word(t, j) && !is_name_particle(w) {
        let mut k = j;
        while k > 0 && name_word(t, k - 1) && j + 1 - k < 7 {
            k -= 1;
        }
        while k < j && is_name_particle(t.s(k)) {
            k += 1;
        }
        // `President Ana Ruiz of Chile said`, `Rep. Tom Vale of Ohio said`:
        // the person, not the place.
        if k >= 2 && t.s(k - 1) == "of" && name_word(t, k - 2) && !t.has(k - 2, lexicon::TITLE) {
            if let Some(m) = np_ending_at(t, k - 2).filter(|m| m.kind == MentionKind::Name) {
                return Some(m);
            }
        }
        let mut name_first = k;
        for m in k..=j {
            if t.has(m, lexicon::TITLE) {
                name_first = m + 1;
            }
        }
        // Titles before the run, lowercase (`press secretary Jen Psaki`).
        let mut phrase_first = k;
        // A title that takes `of` (`Secretary of State Antony Blinken`,
        // `Minister of Defence`, `Chief of Staff`) and the words before it
        // (`U.S. Secretary of State ...`).
        while phrase_first >= 2
            && t.s(phrase_first - 1) == "of"
            && t.has(phrase_first - 2, lexicon::TITLE)
        {
            phrase_first -= 2;
            while phrase_first > 0
                && name_word(t, phrase_first - 1)
                && t.has(phrase_first - 1, lexicon::TITLE)
            {
                phrase_first -= 1;
            }
        }
        let name_run_first = phrase_first;
        while phrase_first > 0
            && t.is_lowercase(phrase_first - 1)
            && t.has(phrase_first - 1, lexicon::TITLE)
        {
            phrase_first -= 1;
        }
        if phrase_first < name_run_first {
            // ...and the words they qualify, capitalized (`State Department
            // spokesman`) or not (`Sanders campaign manager`, `state Senate
            // leader`).
            while phrase_first > 0
                && k - phrase_first < 8
                && (name_word(t, phrase_first - 1)
                    || (t.is_lowercase(phrase_first - 1)
                        && !t.has(
                            phrase_first - 1,
                            lexicon::CAPITALIZED_FUNCTION_WORD
                                | lexicon::DETERMINER
                                | lexicon::AUXILIARY
                                | lexicon::CUE_MODIFIER
                                | lexicon::TAIL_START,
                        )
                        && t.cue(phrase_first - 1).is_none()))
            {
                phrase_first -= 1;
            }
        }
        let det = k > 0 && t.has(k - 1, lexicon::DETERMINER) && t.is_word(k - 1);
        if name_first > j || (det && name_first == k) {
            // `the President said`, `the Pentagon said`: a nominal phrase.
            let first = if det { k - 1 } else { k };
            return Some(Mention {
                first,
                last: j + 1,
                kind: MentionKind::Nominal,
                phrase_first: first,
            });
        }
        if t.has(j, lexicon::NOMINAL_HEAD) && name_first == j && j == k {
            // A capitalized common noun at the start of a sentence: `Officials said`.
            return Some(Mention {
                first: j,
                last: j + 1,
                kind: MentionKind::Nominal,
                phrase_first: j,
            });
        }
        return Some(Mention {
            first: name_first,
            last: j + 1,
            kind: MentionKind::Name,
            phrase_first,
        });
    }
    // (Word-list questions about token `j` and its neighbours read the
    // flags the tokenizer stored: `t.has(j, lexicon::NOMINAL_HEAD)` is
    // `is_nominal_head(t.s(j))`, without a second look-up.)
    if !t.has(j, lexicon::NOMINAL_HEAD)
        && t.is_lowercase(j)
        && !t.has(
            j,
            lexicon::CAPITALIZED_FUNCTION_WORD | lexicon::CUE_MODIFIER,
        )
    {
        // Any noun phrase opened by a determiner at a clause start:
        // `the ad’s narrator says`.
        let mut k = j;
        while k > 0 && j - k < 4 && t.is_word(k - 1) && !t.has(k - 1, lexicon::DETERMINER) {
            if t.has(k - 1, lexicon::CUE | lexicon::CAPITALIZED_FUNCTION_WORD) {
                return None;
            }
            k -= 1;
        }
        let det = k
            .checked_sub(1)
            .filter(|&d| t.is_word(d) && t.has(d, lexicon::DETERMINER))?;
        let clause_start = d_is_clause_start(t, det);
        return clause_start.then_some(Mention {
            first: det,
            last: j + 1,
            kind: MentionKind::Nominal,
            phrase_first: det,
        });
    }
    if t.has(j, lexicon::NOMINAL_HEAD) {
        let mut k = j;
        let mut steps = 0;
        while k > 0 && steps < 4 && t.is_word(k - 1) {
            if t.has(k - 1, lexicon::DETERMINER) {
                k -= 1;
                break;
            }
            if t.has(k - 1, lexicon::CUE)
                || t.has(k - 1, lexicon::CAPITALIZED_FUNCTION_WORD) && !t.is_capitalized(k - 1)
            {
                break;
            }
            k -= 1;
            steps += 1;
        }
        return Some(Mention {
            first: k,
            last: j + 1,
            kind: MentionKind::Nominal,
            phrase_first: k,
        });
    }
    None
}

fn d_is_clause_start(t: &Tokens<'_>, d: usize) -> bool {
    d == 0 || !t.is_word(d - 1) || t.sentence(d).is_some_and(|s| s.first == d)
}

/// The speaker phrase that starts at token `i`, right after an inverted cue
/// (`said Defense Minister Kalle Laanet`).
pub(crate) fn after(t: &Tokens<'_>, i: usize) -> Option<Mention> {
    after_head(t, i).map(|m| whole_nominal(t, m))
}

/// A nominal phrase opened by a determiner runs on over its lowercase
/// modifiers and head up to the punctuation that closes it: `one former
/// campaign staffer`, not `one former` (a title word) or `one campaign` (a
/// nominal head that is only a modifier here).
fn whole_nominal(t: &Tokens<'_>, mut m: Mention) -> Mention {
    if m.kind != MentionKind::Nominal || !t.has(m.first, lexicon::DETERMINER) {
        return m;
    }
    let mut e = m.last;
    while e < t.toks.len()
        && e - m.first < 7
        && t.is_lowercase(e)
        && t.cue(e).is_none()
        && !t.has(e, lexicon::CAPITALIZED_FUNCTION_WORD | lexicon::TAIL_START)
        && !matches!(t.s(e), "who" | "which" | "whose" | "whom")
    {
        e += 1;
    }
    if e > m.last && matches!(t.punct(e), Some('.' | ',' | ';' | '!' | '?')) {
        m.last = e;
    }
    m
}

fn after_head(t: &Tokens<'_>, i: usize) -> Option<Mention> {
    let w = t.s(i);
    if t.is_lowercase(i) && pronoun(w).is_some() && w != "it" {
        return Some(Mention {
            first: i,
            last: i + 1,
            kind: MentionKind::Pronoun,
            phrase_first: i,
        });
    }
    let mut k = i;
    let mut title_end = i;
    while k < t.toks.len() && k - i < 9 && t.is_word(k) {
        let w = t.s(k);
        let title = t.has(k, lexicon::TITLE)
            || (t.is_capitalized(k) && is_demonym(w) && t.has(k + 1, lexicon::TITLE));
        let nominal = t.is_lowercase(k) && t.has(k, lexicon::NOMINAL_HEAD);
        let ok = title
            || nominal
            || name_word(t, k)
            || (k == i && t.has(k, lexicon::DETERMINER))
            // (`said of Ruiz` names whom the words are about.)
            || (k > i && w == "of" && t.is_capitalized(k + 1))
            || (t.is_lowercase(k)
                && !t.has(k, lexicon::CAPITALIZED_FUNCTION_WORD | lexicon::CUE)
                && k - i < 4
                && t.has(k + 1, lexicon::TITLE));
        if !ok {
            break;
        }
        if title || nominal {
            title_end = k + 1;
        }
        k += 1;
    }
    if k == i {
        return modified_name_after(t, i);
    }
    let mut m = k;
    while m > title_end && name_word(t, m - 1) {
        m -= 1;
    }
    while m < k && is_name_particle(t.s(m)) {
        m += 1;
    }
    if m < k && !(m == i + 1 && t.has(i, lexicon::DETERMINER)) {
        return Some(Mention {
            first: m,
            last: k,
            kind: MentionKind::Name,
            phrase_first: i,
        });
    }
    if title_end > i && (t.has(i, lexicon::DETERMINER) || t.is_lowercase(title_end - 1)) {
        return Some(Mention {
            first: i,
            last: title_end.max(k.min(title_end)),
            kind: MentionKind::Nominal,
            phrase_first: i,
        });
    }
    if t.has(i, lexicon::DETERMINER) && k > i + 1 {
        return Some(Mention {
            first: i,
            last: k,
            kind: MentionKind::Nominal,
            phrase_first: i,
        });
    }
    if t.has(i, lexicon::DETERMINER) && t.is_lowercase(i) {
        // `said the 46-year-old.`, `said the designer, who ...`: a short
        // lowercase noun phrase closed by punctuation.
        let mut e = i + 1;
        while e < t.toks.len()
            && e - i <= 4
            && t.is_word(e)
            && !t.is_capitalized(e)
            && t.cue(e).is_none()
            && !t.has(e, lexicon::CAPITALIZED_FUNCTION_WORD)
        {
            e += 1;
        }
        if e > i + 1 && matches!(t.punct(e), Some('.' | ',' | ';' | '!' | '?')) {
            return Some(Mention {
                first: i,
                last: e,
                kind: MentionKind::Nominal,
                phrase_first: i,
            });
        }
    }
    modified_name_after(t, i).or_else(|| determined_nominal(t, i))
}

/// A nominal speaker opened by a determiner when the patterns above found
/// none: a partitive (`one of two witnesses`, `some of those advisers`) or
/// a head after several modifiers, capitalized or not (`one unaligned
/// Florida Republican strategist`).
fn determined_nominal(t: &Tokens<'_>, i: usize) -> Option<Mention> {
    if !(t.is_lowercase(i) && t.has(i, lexicon::DETERMINER)) {
        return None;
    }
    let nominal = |m: Mention| Mention {
        first: i,
        last: m.last,
        kind: MentionKind::Nominal,
        phrase_first: i,
    };
    if t.is_word(i + 1) && t.s(i + 1) == "of" {
        return after_head(t, i + 2)
            .filter(|m| m.kind == MentionKind::Nominal && m.first == i + 2)
            .map(nominal);
    }
    let mut head = None;
    let mut e = i + 1;
    while e < t.toks.len() && e - i <= 6 && t.is_word(e) && t.cue(e).is_none() {
        if t.has(
            e,
            lexicon::CAPITALIZED_FUNCTION_WORD
                | lexicon::AUXILIARY
                | lexicon::TAIL_START
                | lexicon::DETERMINER,
        ) || pronoun(t.s(e)).is_some()
        {
            break;
        }
        if t.is_lowercase(e) && t.has(e, lexicon::NOMINAL_HEAD | lexicon::TITLE) {
            head = Some(e + 1);
        }
        e += 1;
    }
    let last = head?;
    Some(Mention {
        first: i,
        last,
        kind: MentionKind::Nominal,
        phrase_first: i,
    })
}

/// A name after lowercase or capitalized modifiers that are no titles, up
/// to the punctuation closing the phrase: `said retired Army Lt. Gen. Mick
/// Bednarek,`, `said Republican political consultant Chris Russell.` The
/// name is the capitalized run at the end, after its last title word; it
/// needs two words, or one right after a title (`said union organizer
/// Ruiz.`).
fn modified_name_after(t: &Tokens<'_>, i: usize) -> Option<Mention> {
    let mut e = i;
    while e < t.toks.len() && e - i < 9 && t.is_word(e) {
        let w = t.s(e);
        let ok = if t.is_lowercase(e) {
            !t.has(
                e,
                lexicon::CAPITALIZED_FUNCTION_WORD
                    | lexicon::DETERMINER
                    | lexicon::AUXILIARY
                    | lexicon::TAIL_START,
            ) && cue(w).is_none()
                && pronoun(w).is_none()
        } else {
            name_word(t, e) || t.has(e, lexicon::TITLE)
        };
        if !ok {
            return None;
        }
        e += 1;
    }
    if e == i || !matches!(t.punct(e), Some('.' | ',' | ';' | ':' | '(' | '!' | '?')) {
        return None;
    }
    let mut first = e;
    while first > i && name_word(t, first - 1) && !t.has(first - 1, lexicon::TITLE) {
        first -= 1;
    }
    while first < e && is_name_particle(t.s(first)) {
        first += 1;
    }
    let after_title = first > i && t.has(first - 1, lexicon::TITLE);
    let words = e - first;
    (first > i && (words >= 2 || (words == 1 && after_title))).then_some(Mention {
        first,
        last: e,
        kind: MentionKind::Name,
        phrase_first: i,
    })
}

/// A speaker followed by a cue, starting at token `i` (`Biden said`, `he
/// added`): the mention and the cue's token index.
///
/// A name closed by a comma may carry a long appositive before the cue
/// (`Mr. Keller, now 81 and retired in Dover, Del., said`): up to
/// [`APPOSITIVE_COMMAS`] commas, and the name is the speaker.
pub(crate) fn then_cue(t: &Tokens<'_>, i: usize) -> Option<(Mention, usize)> {
    let mut k = i;
    let mut commas = 0;
    // The name opening the phrase, when a comma closes it (computed at
    // the first comma that `before` alone could not see past).
    let mut head: Option<Option<Mention>> = None;
    while k < t.toks.len() && k - i < 40 {
        if t.is_punct(k, ',') {
            commas += 1;
            if commas > 2 {
                let h = *head.get_or_insert_with(|| named_head(t, i));
                if h.is_none() || commas > APPOSITIVE_COMMAS {
                    return None;
                }
            }
        } else if !(t.is_word(k)
            || matches!(t.punct(k), Some('(' | ')' | '-' | '’' | '\'' | '&'))
            || (t.is_punct(k, '.') && matches!(t.punct(k + 1), Some(')' | ','))))
        {
            // (`(D-Ore.)` and `Del.,` keep their period.)
            return None;
        }
        if k > i && t.is_word(k) && (t.cue(k).is_some() || phrasal_cue(t, k)) {
            // The phrase starts here, maybe after a few lowercase modifiers
            // of a title (`city campaign manager Jeff Weaver said`).
            let lead_in = |m: &Mention| {
                m.phrase_first >= i
                    && (m.phrase_first <= i + 1
                        || (m.phrase_first <= i + 3
                            && (i..m.phrase_first).all(|x| t.is_lowercase(x))))
            };
            if let Some(m) = before(t, k).filter(lead_in) {
                return Some((m, k));
            }
            let h = commas > 0 && t.is_punct(k - 1, ',');
            return h
                .then(|| *head.get_or_insert_with(|| named_head(t, i)))
                .flatten()
                .map(|m| (m, k));
        }
        k += 1;
    }
    None
}

/// True when tokens `k` and `k + 1` make a verb of saying of two words
/// (`shot back`, `points out`; see [`lexicon::is_phrasal_cue`]).
pub(crate) fn phrasal_cue(t: &Tokens<'_>, k: usize) -> bool {
    t.is_lowercase(k) && t.is_word(k + 1) && lexicon::is_phrasal_cue(t.s(k), t.s(k + 1))
}

/// The most commas between a name and its cue in [`then_cue`].
const APPOSITIVE_COMMAS: usize = 5;

/// A name starting at token `i` and closed by a comma (`Mr. Keller,`).
fn named_head(t: &Tokens<'_>, i: usize) -> Option<Mention> {
    after(t, i).filter(|m| m.kind == MentionKind::Name && t.is_punct(m.last, ','))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn before_text(s: &str) -> Option<(String, MentionKind)> {
        let t = Tokens::new(s);
        let c = (0..t.toks.len()).rev().find(|&i| t.cue(i).is_some())?;
        let m = before(&t, c)?;
        Some((s[t.start(m.first)..t.end(m.last - 1)].to_string(), m.kind))
    }

    fn after_text(s: &str) -> Option<(String, MentionKind)> {
        let t = Tokens::new(s);
        let c = (0..t.toks.len()).find(|&i| t.cue(i).is_some())?;
        let m = after(&t, c + 1)?;
        Some((s[t.start(m.first)..t.end(m.last - 1)].to_string(), m.kind))
    }

    #[test]
    fn speakers_before_the_cue() {
        use MentionKind::*;
        assert_eq!(
            before_text("Foreign Minister Anna Berg said"),
            Some(("Anna Berg".into(), Name))
        );
        assert_eq!(
            before_text("and she also said"),
            Some(("she".into(), Pronoun))
        );
        assert_eq!(
            before_text("then a senior official said"),
            Some(("a senior official".into(), Nominal))
        );
        assert_eq!(
            before_text("then the Pentagon said"),
            Some(("the Pentagon".into(), Nominal))
        );
        assert_eq!(
            before_text("Officials said"),
            Some(("Officials".into(), Nominal))
        );
        assert_eq!(before_text("the plan, said"), None);
        assert_eq!(
            before_text("Ana Ruiz, a lawyer for the city, said"),
            Some(("Ana Ruiz".into(), Name))
        );
        assert_eq!(
            before_text("The city’s lawyer, Ana Ruiz, said"),
            Some(("Ana Ruiz".into(), Name))
        );
        assert_eq!(
            before_text("Rep. Ana Ruiz (D-Ore.) said"),
            Some(("Ana Ruiz".into(), Name))
        );
        assert_eq!(
            before_text("voters, who said"),
            Some((
                "who".into(),
                Relative {
                    first: 0,
                    last: 1,
                    name: false
                }
            ))
        );
    }

    #[test]
    fn speakers_after_an_inverted_cue() {
        use MentionKind::*;
        assert_eq!(
            after_text("said Estonian Defense Minister Kalle Laanet."),
            Some(("Kalle Laanet".into(), Name))
        );
        assert_eq!(
            after_text("said army press officer Tom Reed."),
            Some(("Tom Reed".into(), Name))
        );
        assert_eq!(
            after_text("said the spokesman."),
            Some(("the spokesman".into(), Nominal))
        );
        assert_eq!(after_text("said he."), Some(("he".into(), Pronoun)));
    }
}
