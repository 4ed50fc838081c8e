//! The patterns that turn numbers and victim phrases into casualty
//! candidates (see the crate documentation for the shapes).
//!
//! The text is cut into tokens (words, numbers from
//! [`newsfacts_text::numbers`], punctuation); patterns never cross punctuation
//! other than a hyphen, so they stay inside a clause.
//!
//! Only the regions of the text that hold a casualty word are tokenized
//! ([`crate::regions`]): every pattern needs one on its line, so the rest
//! cannot yield a candidate. A pattern added here that can match without
//! any of the stems in `regions::HOT` must add its word there.

use newsfacts_core::Span;
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::OnceLock;

use newsfacts_text::numbers::{NumberMatch, Quantity, find_numbers_in};

use crate::{Kind, Qualifier};

mod context;
mod including;
mod tolls;
mod victims;

pub(crate) use victims::{Evidence, PARTICLES};

/// Whether a candidate only says "shot" (fate unknown).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shot {
    /// The text says what happened.
    No,
    /// "were shot": injured unless the article reports deaths.
    Only,
}

/// A figure before qualification.
#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    pub span: Span,
    pub kind: Kind,
    pub quantity: Quantity,
    pub qualifier: Option<Qualifier>,
    pub victims: Option<Span>,
    pub shot: Shot,
    /// For one victim without a number: the word that names them and how.
    pub who: Option<(Span, Ref)>,
    /// What the context says about the people counted (who they are, whose
    /// word it is, how the figure relates to the others).
    pub facts: Facts,
}

/// How a figure's count relates to the figures before it, for the totals.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Role {
    /// A toll or a restatement of one: the largest counts.
    #[default]
    Plain,
    /// Part of another figure: "including four children", "three of the
    /// dead", "four of whom".
    Subset,
    /// A toll that replaces the earlier ones: "the death toll rose to 87",
    /// "raising the number of dead to 30" (the newest wins).
    Update,
    /// People besides those counted before: "seven more were injured",
    /// "another died", "25 others", "a fifth person".
    More,
    /// The next group of a list split in two figures, added to the one
    /// before it: "killed five children in a bus and two truck drivers".
    Joined,
    /// A toll the text itself calls superseded: "revising an earlier toll
    /// of 27", "up from an initial count of 12". It makes a total only
    /// where no other figure of its kind does.
    Earlier,
}

/// What the context of a candidate says about it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Facts {
    /// The people counted are the attackers: "three gunmen were killed".
    pub perpetrators: bool,
    /// Attackers only if there are victims: a suspect, a robber, or
    /// someone the police shot ("he was shot by police"). Where they are
    /// the only people hurt, the event is the police shooting (or the
    /// robbery gone wrong) and they are its casualties.
    pub suspect: bool,
    /// One side's claim of its enemy's losses: "the rebels said they had
    /// killed 60 troops", "the group claimed 190 were dead".
    pub claim: bool,
    /// Names another event: "in another attack", "a second fire ...
    /// killed". Such a figure is past when the article has figures of its
    /// kind that do not (see [`crate::Totals`]).
    pub other_event: bool,
    /// How the count relates to the figures before it.
    pub role: Role,
    /// A death named by its noun ("the killing of X", "X's death"): often
    /// a reference to a known case, so its name adds no victim to the
    /// totals of named victims.
    pub nominal: bool,
}

/// How one victim without a number is referred to: the totals tell victims
/// apart by name only ("Smith was shot ... the man died" is one victim).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ref {
    /// "he", "she", "him", "they".
    Pronoun,
    /// "a man", "the officer", "his wife", "himself".
    Noun,
    /// "Smith", "Officer Jane Doe" (the key is the last capitalized word).
    Name,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum T {
    Word,
    /// A number phrase: its index in [`G::numbers`].
    Num(usize),
    Punct(char),
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    start: usize,
    end: usize,
    t: T,
}

struct G<'a> {
    text: &'a str,
    /// The number phrases of the text, in order.
    numbers: &'a [NumberMatch],
    /// Where the headline ends (0 when the body does not start with one).
    title_end: usize,
    /// The text of the region read, in ASCII lowercase.
    lower: String,
    /// Where the region read starts: `lower` holds `text[base..]`.
    base: usize,
    toks: Vec<Tok>,
    /// The tokens that are [`is_trigger`] words, in order.
    triggers: Vec<usize>,
    /// The tokens that are words [`G::evidence`] looks at, in order.
    evidence_words: Vec<usize>,
    /// The tokens "included", "include", "includes" ("the dead included").
    includes: Vec<usize>,
}

const QUALS: &[(&[&str], Qualifier)] = &[
    (&["at", "least"], Qualifier::AtLeast),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["more", "than"], Qualifier::MoreThan),
    (&["over"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["up", "to"], Qualifier::AtMost),
    (&["as", "many", "as"], Qualifier::AtMost),
    (&["at", "most"], Qualifier::AtMost),
    (&["no", "more", "than"], Qualifier::AtMost),
    (&["fewer", "than"], Qualifier::FewerThan),
    (&["less", "than"], Qualifier::FewerThan),
    (&["under"], Qualifier::FewerThan),
    (&["nearly"], Qualifier::FewerThan),
    (&["almost"], Qualifier::FewerThan),
    (&["close", "to"], Qualifier::FewerThan),
    (&["about"], Qualifier::Approximately),
    (&["around"], Qualifier::Approximately),
    (&["approximately"], Qualifier::Approximately),
    (&["roughly"], Qualifier::Approximately),
    (&["some"], Qualifier::Approximately),
    (&["an", "estimated"], Qualifier::Approximately),
    (&["estimated"], Qualifier::Approximately),
    (&["perhaps"], Qualifier::Approximately),
];

/// Finds every candidate in the `regions` of `text` (see [`crate::regions`]:
/// the grammar finds nothing elsewhere), in text order, with the
/// [`Evidence`] of those regions.
pub(crate) fn find(
    text: &str,
    regions: &[Range<usize>],
    singular: bool,
    title_end: usize,
) -> (Vec<Candidate>, Evidence) {
    let mut out = Vec::new();
    let mut evidence = Evidence::default();
    for region in regions {
        let numbers = find_numbers_in(text, region.clone());
        let g = G::new(text, region.clone(), &numbers, title_end);
        let (found, e) = find_in(&g, singular);
        out.extend(found);
        evidence.merge(e);
    }
    (out, evidence)
}

/// How many tokens before a casualty word a single victim's phrase may
/// start: "Leon Vos, owner of a garage on the square, was killed".
const NEAR: usize = 16;

/// Finds every candidate of one region, with its evidence.
fn find_in(g: &G<'_>, singular: bool) -> (Vec<Candidate>, Evidence) {
    let mut out: Vec<Candidate> = Vec::new();
    for (n, tok) in g.toks.iter().enumerate() {
        if let T::Num(k) = tok.t
            && let Some(m) = g.numbers.get(k)
            && let Some(c) = g.at_number(n, m.quantity)
        {
            g.compose(c, &mut out);
        }
    }
    if singular {
        // A single victim never overlaps a figure found at a number: those
        // take precedence. Sorted by start with the running maximum of
        // their ends, they answer "does anything overlap this span?" by a
        // binary search, so many figures cost n log n, not n².
        out.sort_by_key(|c| c.span);
        let reach: Vec<usize> = out
            .iter()
            .scan(0, |end, c| {
                *end = c.span.end().max(*end);
                Some(*end)
            })
            .collect();
        let overlaps_number = |s: Span| {
            let before = out.partition_point(|c| c.span.start() < s.end());
            before > 0 && reach.get(before - 1).is_some_and(|&e| e > s.start())
        };
        let mut singles: Vec<Candidate> = Vec::new();
        // Victim patterns all end at (subjects) or start at (objects) a
        // casualty word: look only near one.
        // Token `i` is near a trigger when one is at `i..=i + NEAR`: visit
        // those tokens once each, in order.
        let mut unvisited = 0;
        let near = g.triggers.iter().flat_map(|&t| {
            // Ten tokens, or more where a comma may close an apposition
            // between the subject and its verb.
            let short = t.saturating_sub(10);
            let reach = if g.w(t) == "death" && g.w(t.wrapping_sub(1)) != "to" {
                // "the death of", "Smith's death": patterns at the word.
                t
            } else if (short..t).any(|k| g.punct(k) == Some(',')) {
                t.saturating_sub(NEAR)
            } else {
                short
            };
            let from = reach.max(unvisited);
            unvisited = t + 1;
            from..=t
        });
        for i in near {
            let found = g.subject_victim(i).or_else(|| g.object_victim(i));
            // Each single's span holds its token `i`, and `i` only grows:
            // a single that overlaps no number figure and not the last
            // single kept overlaps none kept before it either.
            if let Some(c) = found
                && !overlaps_number(c.span)
                && singles.last().is_none_or(|o| !o.span.overlaps(c.span))
            {
                singles.push(c);
            }
        }
        out.extend(singles);
    }
    out.sort_by_key(|c| c.span);
    out.dedup_by(|b, a| a.span.overlaps(b.span));
    // Groups coordinated after objects, and counts by place after a
    // figure: figures of their own, joined.
    let joined: Vec<Candidate> = out
        .iter()
        .filter_map(|c| g.joined_after(c))
        .chain(out.iter().flat_map(|c| g.by_place(c)))
        .collect();
    if !joined.is_empty() {
        out.extend(joined);
        out.sort_by_key(|c| c.span);
        out.dedup_by(|b, a| a.span.overlaps(b.span));
    }
    // Parts named inside a toll: figures of their own, inside it.
    let parts: Vec<Candidate> = out
        .iter()
        .filter_map(|c| g.part_of_figure(c))
        .chain(g.triggers.iter().filter_map(|&k| g.part_of_the_dead(k)))
        .chain(g.includes.iter().filter_map(|&k| g.part_of_the_dead(k)))
        // `out` is sorted by span: a binary search, not a scan per part.
        .filter(|p| out.binary_search_by_key(&p.span, |c| c.span).is_err())
        .collect();
    if !parts.is_empty() {
        out.extend(parts);
        out.sort_by_key(|c| c.span);
        out.dedup_by(|b, a| a.span == b.span);
    }
    for c in &mut out {
        c.facts = g.facts(c);
    }
    let out = g.merge_joined(out);
    let evidence = if singular {
        g.evidence()
    } else {
        Evidence::default()
    };
    (out, evidence)
}

/// The end of the word starting at `start` (an alphanumeric character),
/// which stops before `stop` (where a number phrase starts): letters and
/// digits, joined by `-`, `'` or `’` when a letter follows ("anti-tank",
/// "Ukraine's").
fn word_end(text: &str, start: usize, stop: usize) -> usize {
    let bytes = text.as_bytes();
    let letter_at = |k: usize| match bytes.get(k) {
        Some(b) if b.is_ascii() => b.is_ascii_alphabetic(),
        Some(_) => text
            .get(k..)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_alphabetic),
        None => false,
    };
    let mut j = start;
    while j < stop {
        // The ASCII letters and digits from here on, eight at a time.
        j += newsfacts_text::numbers::ascii_word_len(bytes.get(j..stop).unwrap_or(&[]), true);
        let Some(&b) = bytes.get(j).filter(|_| j < stop) else {
            break;
        };
        if b.is_ascii() {
            let joins = (b == b'-' || b == b'\'') && j > start && letter_at(j + 1);
            if b.is_ascii_alphanumeric() || joins {
                j += 1;
                continue;
            }
            break;
        }
        let Some(c) = text.get(j..).and_then(|s| s.chars().next()) else {
            break;
        };
        let len = c.len_utf8();
        let joins = c == '\u{2019}' && j > start && letter_at(j + len);
        if c.is_alphanumeric() || joins {
            j += len;
            continue;
        }
        break;
    }
    j
}

impl<'a> G<'a> {
    /// Tokenizes `text[range]`, whose number phrases are `numbers`.
    fn new(
        text: &'a str,
        range: Range<usize>,
        numbers: &'a [NumberMatch],
        title_end: usize,
    ) -> G<'a> {
        let bytes = text.as_bytes().get(..range.end).unwrap_or(&[]);
        let base = range.start.min(text.len());
        let lower = text.get(base..range.end).unwrap_or("").to_ascii_lowercase();
        let mut toks = Vec::with_capacity(bytes.len() / 5 + 1);
        let mut triggers = Vec::new();
        let mut evidence_words = Vec::new();
        let mut includes = Vec::new();
        let mut nums = numbers.iter().enumerate().peekable();
        let mut i = base;
        while let Some(&b) = bytes.get(i) {
            while nums.peek().is_some_and(|(_, m)| m.span.start() < i) {
                nums.next();
            }
            if let Some(&(k, m)) = nums.peek()
                && m.span.start() == i
            {
                toks.push(Tok {
                    start: i,
                    end: m.span.end(),
                    t: T::Num(k),
                });
                i = m.span.end();
                nums.next();
                continue;
            }
            // ASCII bytes (almost all of a text) are told apart without
            // decoding a character.
            let c = if b.is_ascii() {
                char::from(b)
            } else {
                match text.get(i..).and_then(|s| s.chars().next()) {
                    Some(c) => c,
                    None => break,
                }
            };
            if c == '\n' {
                // A line break ends a headline or a paragraph: patterns stop.
                toks.push(Tok {
                    start: i,
                    end: i + 1,
                    t: T::Punct('\n'),
                });
                i += 1;
                continue;
            }
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            if c.is_alphanumeric() {
                let stop = nums.peek().map_or(bytes.len(), |(_, m)| m.span.start());
                let end = word_end(text, i, stop);
                let w = lower.get(i - base..end - base).unwrap_or("");
                if is_trigger(w) {
                    triggers.push(toks.len());
                }
                if victims::EVIDENCE_GATE.admits(w) {
                    evidence_words.push(toks.len());
                }
                if w.starts_with("includ") && matches!(w, "included" | "include" | "includes") {
                    includes.push(toks.len());
                }
                toks.push(Tok {
                    start: i,
                    end,
                    t: T::Word,
                });
                i = end;
                continue;
            }
            toks.push(Tok {
                start: i,
                end: i + c.len_utf8(),
                t: T::Punct(c),
            });
            i += c.len_utf8();
        }
        G {
            text,
            numbers,
            title_end,
            lower,
            base,
            toks,
            triggers,
            evidence_words,
            includes,
        }
    }

    /// The lowercase word at `i`, or "" for numbers, punctuation and the end.
    fn w(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.t == T::Word => self
                .lower
                .get(t.start - self.base..t.end - self.base)
                .unwrap_or(""),
            _ => "",
        }
    }

    fn is(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.w(i))
    }

    fn seq(&self, i: usize, words: &[&str]) -> bool {
        words
            .iter()
            .enumerate()
            .all(|(k, word)| self.w(i + k) == *word)
    }

    fn capitalized(&self, i: usize) -> bool {
        match self.toks.get(i) {
            Some(t) if t.t == T::Word => self
                .text
                .get(t.start..)
                .and_then(|s| s.chars().next())
                .is_some_and(char::is_uppercase),
            _ => false,
        }
    }

    fn punct(&self, i: usize) -> Option<char> {
        match self.toks.get(i) {
            Some(Tok { t: T::Punct(c), .. }) => Some(*c),
            _ => None,
        }
    }

    fn span(&self, first: usize, last: usize) -> Option<Span> {
        let (a, b) = (self.toks.get(first)?, self.toks.get(last)?);
        Span::new(self.text, a.start, b.end).ok()
    }

    /// The qualifier ending just before `n`: (qualifier, first token).
    fn qualifier(&self, n: usize) -> (Option<Qualifier>, usize) {
        let mut best = (None, n);
        for (words, q) in QUALS {
            if let Some(s) = n.checked_sub(words.len())
                && self.seq(s, words)
                && s < best.1
            {
                best = (Some(*q), s);
            }
        }
        best
    }

    /// True when the number at `n` is money, an age, a date, a duration, a
    /// percentage or an identifier rather than a head count.
    fn not_a_count(&self, n: usize, q: Quantity) -> bool {
        let Some(tok) = self.toks.get(n) else {
            return true;
        };
        let before = self
            .text
            .get(..tok.start)
            .and_then(|s| s.chars().next_back());
        if matches!(before, Some('$' | '\u{20ac}' | '\u{a3}' | '\u{a5}' | '#')) {
            return true;
        }
        if self.punct(n + 1) == Some('%') {
            return true;
        }
        // "a mother of three", "a family of five", "under the age of 12"
        if self.w(n.wrapping_sub(1)) == "of"
            && (is_single_person(self.w(n.wrapping_sub(2)))
                || self.is(
                    n.wrapping_sub(2),
                    &["family", "parent", "families", "age", "ages"],
                ))
        {
            return true;
        }
        if self.punct(n + 1) == Some('-')
            && [
                "year", "month", "week", "day", "hour", "minute", "mile", "foot", "inch", "metre",
                "meter",
            ]
            .iter()
            .any(|u| self.w(n + 2).starts_with(u))
        {
            return true;
        }
        if UNITS.contains(self.w(n + 1)) {
            return true;
        }
        // "Sept. 5" is a date; after "in May." a new sentence starts: only
        // an abbreviated month's period is inside a date.
        let prev = if self.punct(n.wrapping_sub(1)) == Some('.') {
            let abbreviated = matches!(
                self.w(n.wrapping_sub(2)),
                "jan"
                    | "feb"
                    | "mar"
                    | "apr"
                    | "jun"
                    | "jul"
                    | "aug"
                    | "sep"
                    | "sept"
                    | "oct"
                    | "nov"
                    | "dec"
            );
            if abbreviated {
                n.wrapping_sub(2)
            } else {
                n.wrapping_sub(1)
            }
        } else {
            n.wrapping_sub(1)
        };
        let digits = self
            .text
            .get(tok.start..tok.end)
            .is_some_and(|s| s.bytes().all(|b| b.is_ascii_digit()));
        // "No. 5" is an identifier, "no one" a count of zero.
        let id =
            BEFORE_IDS.contains(self.w(n.wrapping_sub(1))) && (digits || self.w(n - 1) != "no");
        if MONTHS.contains(self.w(prev)) || id {
            return true;
        }
        let raw = tok.end - tok.start == 4
            && self
                .text
                .get(tok.start..tok.end)
                .is_some_and(|s| s.bytes().all(|b| b.is_ascii_digit()));
        raw && q.value.is_some_and(|v| (1800..=2100).contains(&v))
    }

    /// Victims after a number: "[of [the]] [up to 3 modifiers] noun".
    fn victims(&self, j: usize, plural: bool) -> Option<(Span, usize)> {
        let mut k = j;
        if self.w(k) == "of" {
            k += 1;
            // "three of the officers", "three of her colleagues"
            if self.is(
                k,
                &["the", "her", "his", "their", "its", "our", "those", "these"],
            ) {
                k += 1;
            }
        }
        let first = k;
        for _ in 0..4 {
            let word = self.w(k);
            if word.is_empty() {
                return None;
            }
            let noun = if plural {
                is_plural_person(word, self.capitalized(k))
            } else {
                is_single_person(word)
            };
            if noun {
                // "police officers": take the longer noun
                let next = self.w(k + 1);
                if !next.is_empty()
                    && (if plural {
                        is_plural_person(next, false)
                    } else {
                        is_single_person(next)
                    })
                {
                    k += 1;
                }
                return Some((self.span(first, k)?, k + 1));
            }
            if STOP.contains(word) || kind_word(word).is_some() {
                return None;
            }
            k += 1;
        }
        None
    }

    /// A partitive after a number, at token `k`: "of the dead", "of the
    /// deceased", "of the injured", "of the murders" (the kind the noun
    /// says), or "of whom" / "of them" / "of the victims" with a casualty
    /// phrase after it ("four of whom were injured"): the kind and the
    /// last token.
    fn part_of(&self, k: usize) -> Option<(Kind, usize)> {
        if self.w(k) != "of" {
            return None;
        }
        let mut j = k + 1;
        if self.is(j, &["the", "those"]) {
            j += 1;
        }
        let said = match self.w(j) {
            "dead" | "deceased" | "murders" | "killings" | "fatalities" | "deaths" | "bodies" => {
                Some(Kind::Killed)
            }
            "killed" if self.w(j.wrapping_sub(1)) == "those" => Some(Kind::Killed),
            "injured" | "wounded" => Some(Kind::Injured),
            "missing" => Some(Kind::Missing),
            "whom" | "them" | "victims" => None,
            _ => return None,
        };
        // "of whom were injured", "of the injured died": the phrase after
        // says what happened, else the noun does.
        match (
            self.tail(j + 1, true).or_else(|| self.intransitive(j + 1)),
            said,
        ) {
            (Some((kind, Shot::No, end)), _) => Some((kind, end)),
            (_, Some(kind)) => Some((kind, j)),
            _ => None,
        }
    }

    /// The casualty phrase after a subject ending before `k`:
    /// "[who] [were|have been ...] [adverb] killed / dead / wounded ...".
    /// Returns the kind, whether it only says "shot", and the last token.
    fn tail(&self, mut k: usize, need_aux: bool) -> Option<(Kind, Shot, usize)> {
        // "no one else was hurt", "nobody else was injured"
        if self.is(k, &["else"]) {
            k += 1;
        }
        if self.is(k, &["who", "that"]) {
            k += 1;
        }
        let mut aux = false;
        // An auxiliary that makes a passive ("was", "been", "found"), not
        // only an adverb or a perfect ("also", "has killed a man").
        let mut passive = false;
        for _ in 0..4 {
            if AUX.contains(self.w(k)) {
                aux = true;
                passive |= !ACTIVE_AUX.contains(&self.w(k));
                k += 1;
            } else {
                break;
            }
        }
        // "were, according to police, killed": an attribution between
        // commas after the auxiliary (up to eight words).
        if aux && self.punct(k) == Some(',') && self.seq(k + 1, &["according", "to"]) {
            let close = (k + 3..k + 11)
                .take_while(|&j| {
                    self.toks.get(j).is_some_and(|t| t.t == T::Word) || self.punct(j) == Some(',')
                })
                .find(|&j| self.punct(j) == Some(','))?;
            k = close + 1;
        }
        // "are feared to be dead", "were reported to have died": the verb
        // of report taken as an auxiliary above.
        if aux
            && k > 0
            && self.is(
                k - 1,
                &["feared", "believed", "reported", "confirmed", "presumed"],
            )
            && (self.seq(k, &["to", "be"]) || self.seq(k, &["to", "have"]))
        {
            let be = self.w(k + 1) == "be";
            k += 2;
            passive = true;
            if !be && self.w(k) == "been" {
                k += 1;
            } else if !be && let Some(r) = self.intransitive(k) {
                return Some(r);
            }
        }
        // "was announced to have died", "is believed to have been killed"
        if aux
            && self.is(
                k,
                &[
                    "announced",
                    "believed",
                    "reported",
                    "said",
                    "thought",
                    "feared",
                    "presumed",
                    "confirmed",
                    "known",
                    "understood",
                ],
            )
            && (self.seq(k + 1, &["to", "have"]) || self.seq(k + 1, &["to", "be"]))
        {
            let be = self.w(k + 2) == "be";
            k += 3;
            passive = true;
            if be || self.w(k) == "been" {
                k += usize::from(!be);
            } else if let Some(r) = self.intransitive(k) {
                return Some(r);
            }
        }
        if need_aux && !aux {
            return None;
        }
        while self.is(
            k,
            &[
                "seriously",
                "critically",
                "severely",
                "badly",
                "slightly",
                "gravely",
                "mortally",
                "also",
                "reportedly",
                "accidentally",
                "unintentionally",
                "mistakenly",
                "subsequently",
                "later",
                "eventually",
                "ultimately",
                "allegedly",
                "apparently",
                "then",
            ],
        ) {
            k += 1;
        }
        let w = self.w(k);
        let (kind, shot, end) = if w == "fatally"
            && self.is(k + 1, &["shot", "wounded", "injured", "stabbed", "hurt"])
        {
            (Kind::Killed, Shot::No, k + 1)
        } else if self.is(
            k,
            &[
                "shot",
                "stabbed",
                "beaten",
                "burned",
                "burnt",
                "gunned",
                "hacked",
                "stoned",
                "crushed",
                "trampled",
                "bludgeoned",
                "clubbed",
                "starved",
                "frozen",
                "choked",
                "mauled",
                "kicked",
                "tortured",
            ],
        ) {
            if self.seq(k + 1, &["and", "killed"]) || self.seq(k + 1, &["to", "death"]) {
                (Kind::Killed, Shot::No, k + 2)
            } else if self.is(k + 1, &["dead"]) || self.seq(k + 1, &["down"]) && w == "gunned" {
                (Kind::Killed, Shot::No, k + 1)
            } else if self.seq(k + 1, &["and", "wounded"]) || self.seq(k + 1, &["and", "injured"]) {
                (Kind::Injured, Shot::No, k + 2)
            } else if w == "shot"
                && aux
                && !self.is(k + 1, &["at", "himself", "herself", "themselves"])
            {
                (Kind::Injured, Shot::Only, k)
            } else {
                return None;
            }
        } else if !need_aux && !aux && self.is(k, &["hospitalized", "hospitalised"]) {
            // "as many as 32 hospitalised": a number's state, no auxiliary.
            (Kind::Injured, Shot::No, k)
        } else if aux && self.is(k, &["hospitalized", "hospitalised", "grazed"])
            || aux && self.w(k) == "treated" && self.is(k + 1, &["for", "at", "and"])
        {
            (Kind::Injured, Shot::Only, k)
        } else if let Some(end) = aux.then(|| self.taken_to_hospital(k)).flatten() {
            (Kind::Injured, Shot::Only, end)
        } else if aux
            && self.w(k) == "in"
            && self.is(
                k + 1,
                &["critical", "serious", "stable", "fair", "grave", "good"],
            )
            && self.w(k + 2) == "condition"
            || aux
                && self.seq(k, &["struck", "by"])
                && self.is(k + 2, &["gunfire", "bullets", "a", "stray"])
        {
            (Kind::Injured, Shot::Only, k + 2)
        } else if aux && self.w(k) == "in" && self.w(k + 1) == "hospital" {
            // "remain in hospital", "are in hospital"
            (Kind::Injured, Shot::Only, k + 1)
        } else if aux
            && self.seq(k, &["in", "the", "hospital"])
            && !self.is(k.wrapping_sub(1), &["was", "were", "is", "are", "been"])
        {
            (Kind::Injured, Shot::Only, k + 2)
        } else if aux
            && (self.seq(k, &["under", "the", "rubble"])
                || self.seq(k, &["under", "the", "debris"]))
        {
            // "36 people remain under the rubble": fate unknown.
            (Kind::Missing, Shot::No, k + 2)
        } else if aux && self.seq(k, &["among", "the"]) {
            // "three firefighters were among the dead": part of a toll.
            let kind = match self.w(k + 2) {
                "dead" | "killed" | "deceased" | "victims" | "fatalities" => Kind::Killed,
                "injured" | "wounded" => Kind::Injured,
                "missing" => Kind::Missing,
                _ => return None,
            };
            (kind, Shot::No, k + 2)
        } else if self.seq(k, &["lost", "their", "lives"])
            || self.seq(k, &["lost", "his", "life"])
            || self.seq(k, &["lost", "her", "life"])
        {
            (Kind::Killed, Shot::No, k + 2)
        } else if aux
            && self.seq(k, &["forced", "to"])
            && self.is(k + 2, &["flee", "leave", "evacuate"])
        {
            // "were forced to flee (their homes)"
            (Kind::Displaced, Shot::No, k + 2)
        } else if self.seq(k, &["unaccounted", "for"]) {
            (Kind::Missing, Shot::No, k + 1)
        } else if self.is(k, &["fled", "flee", "fleeing"]) {
            let ok = self.seq(k + 1, &["their", "homes"])
                || self.seq(k + 1, &["their", "home"])
                || self.is(k + 1, &["abroad"])
                || self.seq(k + 1, &["the", "fighting"])
                || self.seq(k + 1, &["the", "violence"])
                || self.seq(k + 1, &["the", "country"]);
            // "fled into neighbouring Lorvania", "fled across the border"
            let across = self.is(k + 1, &["into", "to", "across"])
                && (self.is(k + 2, &["neighboring", "neighbouring"])
                    || self.seq(k + 2, &["the", "border"]));
            if !ok && !across {
                return None;
            }
            let end = if across {
                k
            } else if self.is(k + 1, &["abroad"]) {
                k + 1
            } else {
                k + 2
            };
            (Kind::Displaced, Shot::No, end)
        } else if let Some(kind) = kind_word(w) {
            (kind, Shot::No, k)
        } else {
            return None;
        };
        // "two men killed a guard", "the officer also shot and killed a
        // neighbor": an active verb with an object.
        if !passive && TRANSITIVE.contains(&self.w(end)) && self.is(end + 1, OBJECT_STARTS) {
            return None;
        }
        if !aux
            && TRANSITIVE.contains(&self.w(end))
            && matches!(self.toks.get(end + 1).map(|t| t.t), Some(T::Num(_)))
        {
            return None;
        }
        Some((kind, shot, end))
    }

    /// "taken to hospital", "taken to a local hospital", "taken to Kings
    /// County Hospital", "rushed by ambulance to Mercy General Hospital"
    /// starting at `k`: the token of the word "hospital".
    pub(super) fn taken_to_hospital(&self, k: usize) -> Option<usize> {
        if !self.is(k, TO_HOSPITAL) {
            return None;
        }
        let mut j = k + 1;
        // "by ambulance", "by EMS", "by helicopter"
        if self.w(j) == "by" && !self.w(j + 1).is_empty() && self.w(j + 2) == "to" {
            j += 2;
        }
        if self.w(j) != "to" {
            return None;
        }
        // Up to four words naming the hospital: a determiner, an adjective
        // of place, or the capitalized words of its name.
        for i in j + 1..j + 6 {
            let w = self.w(i);
            if w == "hospital" {
                return Some(i);
            }
            let modifier = matches!(
                w,
                "a" | "an" | "the" | "local" | "nearby" | "area" | "another" | "different"
            );
            if w.is_empty() || !(modifier || self.capitalized(i)) {
                return None;
            }
        }
        None
    }

    /// A candidate built around the number at `n`.
    fn at_number(&self, n: usize, q: Quantity) -> Option<Candidate> {
        if self.not_a_count(n, q) {
            return None;
        }
        let (qualifier, b) = self.qualifier(n);
        // "no one was hurt": a count of zero.
        let (q, b) = if q.value == Some(1) && b > 0 && self.is(b - 1, &["no"]) {
            (Quantity::exact(0), b - 1)
        } else {
            (q, b)
        };
        let plural = q.value != Some(1);
        let victims = self
            .victims(n + 1, plural)
            .or_else(|| self.victims(n + 1, !plural).filter(|_| !plural));
        let mut after = victims.map_or(n, |(_, e)| e - 1);
        // "the sixteen on board died"
        if self.is(after + 1, &["aboard", "on-board", "onboard"]) {
            after += 1;
        }
        // "Sixty-six people or more": at least.
        let qualifier = if self.seq(after + 1, &["or", "more"]) {
            after += 2;
            Some(Qualifier::AtLeast)
        } else {
            qualifier
        };
        // "All but one of the sixteen on board": the sixteen less one.
        let (q, b) = match (b.checked_sub(5), q.value) {
            (Some(a), Some(m))
                if self.seq(a, &["all", "but"])
                    && self.seq(a + 3, &["of", "the"])
                    && matches!(self.toks.get(a + 2).map(|t| t.t), Some(T::Num(_))) =>
            {
                let less = match self.toks.get(a + 2).map(|t| t.t) {
                    Some(T::Num(k)) => self.numbers.get(k).and_then(|x| x.quantity.value),
                    _ => None,
                };
                match less {
                    Some(l) if l < m => (Quantity::exact(m - l), a),
                    _ => (q, b),
                }
            }
            _ => (q, b),
        };
        // Part of a toll: "four of the dead", "six of the murders", "four of
        // whom were injured", "three of them died".
        if victims.is_none()
            && let Some((kind, end)) = self.part_of(n + 1)
        {
            return Some(Candidate {
                span: self.span(b, end)?,
                kind,
                quantity: q,
                qualifier,
                victims: None,
                shot: Shot::No,
                who: None,
                facts: Facts {
                    role: Role::Subset,
                    ..Facts::default()
                },
            });
        }
        // People besides those counted before: "seven more were injured",
        // "25 others", "three other cyclists", "another 17", "an
        // additional 5", "a further 3".
        let besides = |w: &str| matches!(w, "more" | "other" | "others" | "additional" | "further");
        let more = self.is(b.wrapping_sub(1), &["another", "additional", "further"])
            || besides(self.w(n + 1))
            || victims.is_some_and(|(v, _)| {
                v.text(self.text)
                    .split_whitespace()
                    .any(|w| besides(&w.to_ascii_lowercase()))
            });
        let make = |start: usize, end: usize, kind: Kind, shot: Shot| {
            // A count of people in hospital or treated is of the living;
            // "shot" alone does not say.
            let shot = if shot == Shot::Only && !self.is(end, &["shot", "stabbed", "grazed"]) {
                Shot::No
            } else {
                shot
            };
            Some(Candidate {
                span: self.span(start, end)?,
                kind,
                quantity: q,
                qualifier,
                victims: victims.map(|v| v.0),
                // People besides the dead are not among them.
                shot: if more { Shot::No } else { shot },
                who: None,
                facts: Facts {
                    role: if more { Role::More } else { Role::Plain },
                    ..Facts::default()
                },
            })
        };
        // "the death of at least 50 people", "the deaths of all 33
        // passengers", "the bodies of 17 miners".
        let all = b > 0 && self.w(b - 1) == "all";
        let of = if all { b - 1 } else { b };
        if of >= 2
            && self.w(of - 1) == "of"
            && self.is(
                of - 2,
                &[
                    "death", "deaths", "bodies", "killing", "killings", "murder", "murders",
                ],
            )
            && (victims.is_some() || !plural)
        {
            let from = if of >= 3 && self.is(of - 3, &["the", "caused", "causing"]) {
                of - 3
            } else {
                of - 2
            };
            return make(from, after, Kind::Killed, Shot::No);
        }
        // 1. A verb before: "(has) killed N", "left N dead", "claimed the lives of N".
        if let Some(v) = b.checked_sub(1) {
            let verb = self.w(v);
            let start = |v: usize| {
                if v > 0 && self.is(v - 1, &["has", "have", "had", "having"]) {
                    v - 1
                } else {
                    v
                }
            };
            // "killed their two children": a possessive before the number.
            let (verb_at, kind) = match active_verb(verb) {
                Some(kind) => (Some(v), Some(kind)),
                None if v > 0 && self.is(v, &["his", "her", "their"]) => {
                    (Some(v - 1), active_verb(self.w(v - 1)))
                }
                None => (None, None),
            };
            if let (Some(at), Some(kind)) = (verb_at, kind) {
                // "killing his five children as well as his wife": the
                // objects add up.
                let (more, end) = match (q.value, qualifier) {
                    (Some(_), None) => self.more_objects(after),
                    _ => (0, after),
                };
                if more > 0 {
                    return Some(Candidate {
                        span: self.span(start(at), end)?,
                        kind,
                        quantity: Quantity::exact(q.value.unwrap_or(0).saturating_add(more)),
                        qualifier,
                        victims: victims.map(|v| v.0),
                        shot: Shot::No,
                        who: None,
                        facts: Facts::default(),
                    });
                }
                return make(start(at), after, kind, Shot::No);
            }
            if self.is(v, &["left", "leaving", "leaves", "leave"])
                && let Some(kind) = kind_word(self.w(after + 1))
                    .filter(|k| *k != Kind::Displaced || self.w(after + 1) == "homeless")
            {
                return make(start(v), after + 1, kind, Shot::No);
            }
            // "forced more than 300,000 from their homes", "drove 2,000
            // people out of their villages"
            if self.is(
                v,
                &[
                    "forced", "forcing", "forces", "drove", "driven", "driving", "drives",
                ],
            ) {
                let from = if self.w(after + 1) == "from" {
                    after + 2
                } else if self.seq(after + 1, &["out", "of"]) {
                    after + 3
                } else {
                    0
                };
                if from > 0
                    && self.is(from, &["their", "the"])
                    && self.is(
                        from + 1,
                        &[
                            "homes", "home", "villages", "towns", "city", "area", "region",
                        ],
                    )
                {
                    return make(start(v), from + 1, Kind::Displaced, Shot::No);
                }
            }
            if self.is(v, &["of"])
                && b >= 4
                && self.seq(b - 3, &["the", "lives", "of"])
                && self.is(
                    b - 4,
                    &[
                        "claimed", "claiming", "took", "taking", "claim", "claims", "cost",
                        "costing",
                    ],
                )
            {
                return make(start(b - 4), after, Kind::Killed, Shot::No);
            }
            if self.is(v, &["claimed", "claiming", "cost", "costing", "claims"])
                && self.w(n + 1) == "lives"
            {
                return make(start(v), n + 1, Kind::Killed, Shot::No);
            }
        }
        // 2. A toll before: "the death toll rose to N", "the number of dead
        // climbed to N", "a death toll of N".
        if let Some((kind, from, role)) = self.toll_before(b) {
            let mut c = make(from, after, kind, Shot::No)?;
            c.facts.role = role;
            return Some(c);
        }
        // 3. A casualty word after: "N (people) were killed", "N deaths",
        // "eight murders", "35 bodies". Not "homicides": the word of crime
        // statistics ("the city's 22 homicides this year").
        if victims.is_none()
            && self.is(
                n + 1,
                &[
                    "deaths",
                    "fatalities",
                    "dead",
                    "murders",
                    "killings",
                    "bodies",
                    "corpses",
                ],
            )
        {
            return make(b, n + 1, Kind::Killed, Shot::No);
        }
        // "750 deaths and 7,999 injuries"
        if victims.is_none() && q.value.is_none_or(|v| v > 1) && self.is(n + 1, &["injuries"]) {
            return make(b, n + 1, Kind::Injured, Shot::No);
        }
        if victims.is_none()
            && self.is(n + 1, &["others", "more"])
            && let Some((kind, shot, end)) = self
                .tail(n + 2, false)
                .or_else(|| self.intransitive(n + 2))
                // "twenty more, including a nurse, were injured"
                .or_else(|| self.tail(self.skip_parts(n + 1)?, false))
        {
            return make(b, end, kind, shot);
        }
        // "93 injured people": a participle between the number and its
        // noun is an adjective, not a verb with an object.
        let adjective = (victims.is_none() && is_plural_person(self.w(n + 2), false))
            .then(|| kind_word(self.w(n + 1)))
            .flatten()
            .filter(|k| matches!(k, Kind::Killed | Kind::Injured))
            .map(|k| (k, Shot::No, n + 1));
        let (kind, shot, end) = adjective
            .or_else(|| self.tail(after + 1, false))
            .or_else(|| {
                // Headlines drop the auxiliary: "Three shot, one dead", "two critical".
                if self
                    .toks
                    .get(after + 1)
                    .is_none_or(|t| t.end > self.title_end)
                {
                    return None;
                }
                match self.w(after + 1) {
                    "shot" => Some((Kind::Injured, Shot::Only, after + 1)),
                    "critical" => Some((Kind::Injured, Shot::No, after + 1)),
                    _ => None,
                }
            })
            .or_else(|| self.tail(self.after_place(after + 1)?, true))
            .or_else(|| self.intransitive(self.after_place(after + 1)?))
            // "At least seven, including four children, died."
            .or_else(|| self.tail(self.skip_parts(after)?, false))
            // "two more succumbed to their injuries", "five suffered burns"
            .or_else(|| self.intransitive(after + 1))
            // "two men fell from the roof and were taken to hospital"
            .or_else(|| self.and_taken_to_hospital(after + 1))?;
        // "21 injured individuals", "93 wounded soldiers": the noun after
        // the participle says who.
        let (end, noun) = if victims.is_none()
            && end == after + 1
            && kind_word(self.w(end)).is_some()
            && is_plural_person(self.w(end + 1), false)
        {
            (end + 1, self.span(end + 1, end + 1))
        } else {
            (end, None)
        };
        let mut c = make(b, end, kind, shot)?;
        if noun.is_some() {
            c.victims = noun;
        }
        if self.seq(end.wrapping_sub(2), &["among", "the"]) {
            c.facts.role = Role::Subset;
        }
        Some(c)
    }

    /// The token after a phrase of place or company that starts at `k` and
    /// ends before an auxiliary: "at the store" in "no one at the store was
    /// hurt", "in the car" in "three people in the car were killed", "of
    /// the helicopter" in "three occupants of the helicopter died". At
    /// most four words, no number, no punctuation.
    fn after_place(&self, k: usize) -> Option<usize> {
        if !self.is(
            k,
            &[
                "at", "in", "inside", "on", "aboard", "near", "outside", "from", "of",
            ],
        ) {
            return None;
        }
        (k + 1..k + 8)
            .take_while(|&j| self.toks.get(j).is_some_and(|t| t.t == T::Word))
            .find(|&j| {
                j > k + 1
                    && self.is(
                        j,
                        &[
                            "was", "were", "are", "is", "have", "has", "had", "remain", "remained",
                            "died",
                        ],
                    )
            })
    }
}

/// A quick test that a word is not in a word list, so that the list's
/// look-up runs only on the few words that might be in it: for each first
/// letter `a`..`z`, a bit for each length (up to 31) of the list's words
/// with that letter, and the same for each last letter.
pub(crate) struct Gate {
    first: [u32; 26],
    last: [u32; 26],
}

impl Gate {
    /// The gate of `words` (lowercase ASCII words).
    pub(crate) const fn new(words: &[&str]) -> Gate {
        let mut first = [0u32; 26];
        let mut last = [0u32; 26];
        let mut k = 0;
        while k < words.len() {
            let w = words[k].as_bytes();
            // Checked when the gate is built, at compile time.
            assert!(
                !w.is_empty() && w[0].is_ascii_lowercase() && w[w.len() - 1].is_ascii_lowercase(),
                "a gated word starts and ends with a lowercase ASCII letter"
            );
            let len = if w.len() > 31 { 31 } else { w.len() };
            first[(w[0] - b'a') as usize] |= 1 << len;
            last[(w[w.len() - 1] - b'a') as usize] |= 1 << len;
            k += 1;
        }
        Gate { first, last }
    }

    /// False when `w` cannot be one of the gate's words.
    pub(crate) fn admits(&self, w: &str) -> bool {
        let b = w.as_bytes();
        let bit = |masks: &[u32; 26], c: Option<&u8>| match c {
            Some(&c) if c.is_ascii_lowercase() => {
                let mask = masks.get(usize::from(c - b'a')).copied().unwrap_or(0);
                mask >> b.len().min(31) & 1 == 1
            }
            _ => false,
        };
        bit(&self.first, b.first()) && bit(&self.last, b.last())
    }
}

/// A word list behind a [`Gate`]: `contains` looks words up only when the
/// gate lets them through, in a hash table built on first use.
pub(crate) struct Words {
    list: &'static [&'static str],
    gate: Gate,
    table: OnceLock<HashSet<&'static str, BuildHasherDefault<Fnv>>>,
}

/// FNV-1a: a fast hash for short words (the keys are our own lists, not
/// user data, so no hash flooding is possible).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

impl Words {
    /// The list `list` (lowercase ASCII words, sorted byte-wise without
    /// duplicates: checked when the list is built, at compile time).
    pub(crate) const fn new(list: &'static [&'static str]) -> Words {
        let mut k = 1;
        while k < list.len() {
            assert!(
                before(list[k - 1].as_bytes(), list[k].as_bytes()),
                "a word list is sorted, without duplicates"
            );
            k += 1;
        }
        Words {
            list,
            gate: Gate::new(list),
            table: OnceLock::new(),
        }
    }

    /// True when `w` is in the list.
    pub(crate) fn contains(&self, w: &str) -> bool {
        self.gate.admits(w)
            && self
                .table
                .get_or_init(|| self.list.iter().copied().collect())
                .contains(w)
    }
}

/// True when `a` sorts strictly before `b`, byte-wise (a `const` `<`).
const fn before(a: &[u8], b: &[u8]) -> bool {
    let mut k = 0;
    while k < a.len() && k < b.len() {
        if a[k] != b[k] {
            return a[k] < b[k];
        }
        k += 1;
    }
    a.len() < b.len()
}

/// Verbs of "taken to hospital": the "to" after them is no infinitive.
pub(crate) const TO_HOSPITAL: &[&str] = &[
    "taken",
    "rushed",
    "transported",
    "airlifted",
    "flown",
    "admitted",
    "brought",
    "evacuated",
    "sent",
];

/// The words of [`is_trigger`], sorted (for a binary search).
const TRIGGERS: &[&str] = &[
    "admitted",
    "airlifted",
    "assassinated",
    "beat",
    "beaten",
    "beating",
    "beheaded",
    "bodies",
    "brought",
    "burned",
    "burnt",
    "condition",
    "critical",
    "crushed",
    "dead",
    "death",
    "decapitated",
    "died",
    "dies",
    "disappeared",
    "drowned",
    "electrocuted",
    "executed",
    "executing",
    "fatally",
    "flown",
    "grazed",
    "gunned",
    "hacked",
    "hospitalised",
    "hospitalized",
    "hurt",
    "injured",
    "injures",
    "injuries",
    "injuring",
    "injury",
    "killed",
    "killing",
    "kills",
    "life",
    "lives",
    "lynched",
    "massacred",
    "missing",
    "murder",
    "murdered",
    "murdering",
    "murders",
    "perished",
    "rushed",
    "shooting",
    "shoots",
    "shot",
    "slain",
    "slaughtered",
    "stabbed",
    "stabbing",
    "stabs",
    "stoned",
    "strangled",
    "struck",
    "succumbed",
    "succumbs",
    "suffered",
    "suffering",
    "suffers",
    "sustained",
    "taken",
    "trampled",
    "transported",
    "treated",
    "unaccounted",
    "wound",
    "wounded",
    "wounding",
    "wounds",
];

/// [`TRIGGERS`] as a [`Words`] list.
static TRIGGER_WORDS: Words = Words::new(TRIGGERS);

/// Words near which a single-victim pattern can match.
fn is_trigger(w: &str) -> bool {
    TRIGGER_WORDS.contains(w)
}

/// A verb that takes the victims as object.
fn active_verb(w: &str) -> Option<Kind> {
    Some(match w {
        "kill" | "kills" | "killed" | "killing" | "massacred" | "massacring" | "executed"
        | "executing" | "slaughtered" | "slaughtering" | "murdered" | "murdering" | "beheaded"
        | "beheading" => Kind::Killed,
        "wound" | "wounds" | "wounded" | "wounding" | "injure" | "injures" | "injured"
        | "injuring" => Kind::Injured,
        "displace" | "displaces" | "displaced" | "displacing" | "uprooted" | "uprooting" => {
            Kind::Displaced
        }
        _ => return None,
    })
}

/// A word after the victims that says what happened to them.
fn kind_word(w: &str) -> Option<Kind> {
    Some(match w {
        "killed" | "dead" | "died" | "slain" | "murdered" | "perished" | "executed" | "drowned"
        | "massacred" | "assassinated" | "beheaded" | "decapitated" | "lynched" | "slaughtered"
        | "strangled" | "electrocuted" | "asphyxiated" | "suffocated" | "martyred" | "deceased" => {
            Kind::Killed
        }
        "wounded" | "injured" | "hurt" => Kind::Injured,
        "missing" | "disappeared" | "trapped" => Kind::Missing,
        "displaced" | "homeless" | "evacuated" | "uprooted" | "relocated" => Kind::Displaced,
        _ => return None,
    })
}

fn is_plural_person(w: &str, capitalized: bool) -> bool {
    PLURAL_PEOPLE.contains(w)
        || capitalized
            && w.len() > 4
            && (w.ends_with("ans") || w.ends_with("is") || w.ends_with("ites"))
}

fn is_single_person(w: &str) -> bool {
    SINGLE_PEOPLE.contains(w)
}

/// People, several: victims by role, activity, age or origin, and
/// attackers too ("three gunmen were killed").
static PLURAL_PEOPLE: Words = Words::new(&[
    "activists",
    "adults",
    "aid",
    "airmen",
    "assailants",
    "attackers",
    "babies",
    "bikers",
    "bodyguards",
    "bombers",
    "boys",
    "brothers",
    "bystanders",
    "cadets",
    "children",
    "citizens",
    "civilians",
    "clerics",
    "climbers",
    "colleagues",
    "combatants",
    "commuters",
    "conscripts",
    "cousins",
    "crew",
    "crewmen",
    "customers",
    "cyclists",
    "daughters",
    "demonstrators",
    "deputies",
    "detainees",
    "diners",
    "diplomats",
    "divers",
    "doctors",
    "drivers",
    "employees",
    "engineers",
    "evacuees",
    "extremists",
    "fans",
    "farmers",
    "fathers",
    "females",
    "fighters",
    "firefighters",
    "fishermen",
    "foreigners",
    "friends",
    "gendarmes",
    "girls",
    "grandchildren",
    "grandparents",
    "guards",
    "guests",
    "gunmen",
    "herders",
    "hijackers",
    "hikers",
    "homeowners",
    "hostages",
    "humanitarians",
    "husbands",
    "individuals",
    "infants",
    "inhabitants",
    "inmates",
    "insurgents",
    "jihadists",
    "journalists",
    "judges",
    "juveniles",
    "kidnappers",
    "kids",
    "killers",
    "laborers",
    "labourers",
    "lawmakers",
    "lawyers",
    "males",
    "marines",
    "medics",
    "members",
    "men",
    "merchants",
    "migrants",
    "militants",
    "militiamen",
    "miners",
    "monks",
    "mothers",
    "motorcyclists",
    "motorists",
    "mourners",
    "nationals",
    "neighbors",
    "neighbours",
    "newborns",
    "nuns",
    "nurses",
    "occupants",
    "officers",
    "officials",
    "others",
    "owners",
    "paramedics",
    "parents",
    "partygoers",
    "passengers",
    "patients",
    "peacekeepers",
    "pedestrians",
    "pensioners",
    "people",
    "perpetrators",
    "personnel",
    "persons",
    "photographers",
    "pilgrims",
    "pilots",
    "police",
    "policemen",
    "policewomen",
    "politicians",
    "priests",
    "prisoners",
    "protesters",
    "protestors",
    "pupils",
    "raiders",
    "rangers",
    "rebels",
    "recruits",
    "refugees",
    "relatives",
    "reporters",
    "rescuers",
    "residents",
    "retirees",
    "riders",
    "robbers",
    "sailors",
    "schoolchildren",
    "seamen",
    "seniors",
    "servicemembers",
    "servicemen",
    "shepherds",
    "shooters",
    "shopkeepers",
    "shoppers",
    "siblings",
    "sisters",
    "skiers",
    "snipers",
    "soldiers",
    "sons",
    "spectators",
    "spouses",
    "staff",
    "students",
    "survivors",
    "suspects",
    "swimmers",
    "teachers",
    "teenagers",
    "teens",
    "tenants",
    "terrorists",
    "thieves",
    "three gunmen were killed",
    "toddlers",
    "tourists",
    "traders",
    "travelers",
    "travellers",
    "troopers",
    "troops",
    "truckers",
    "vendors",
    "victims",
    "villagers",
    "visitors",
    "volunteers",
    "wives",
    "women",
    "workers",
    "worshipers",
    "worshippers",
    "youths",
]);

/// A person: by role, activity, kin or age ("a 17-year-old": "year-old"),
/// attackers too; "another", "second", "third" stand for one more victim
/// ("one man was killed and another was hurt").
static SINGLE_PEOPLE: Words = Words::new(&[
    "a 17-year-old",
    "a second was injured",
    "activist",
    "adult",
    "ambassador",
    "another",
    "assailant",
    "attacker",
    "aunt",
    "baby",
    "bartender",
    "biker",
    "bodyguard",
    "bomber",
    "boy",
    "boyfriend",
    "brother",
    "burglar",
    "businessman",
    "businesswoman",
    "bystander",
    "cadet",
    "cameraman",
    "carjacker",
    "cashier",
    "chief",
    "child",
    "citizen",
    "civilian",
    "cleric",
    "clerk",
    "climber",
    "co-pilot",
    "colleague",
    "colonel",
    "commander",
    "commuter",
    "conscript",
    "councillor",
    "councilman",
    "councilwoman",
    "cousin",
    "crewman",
    "customer",
    "cyclist",
    "daughter",
    "deputy",
    "detainee",
    "diplomat",
    "diver",
    "doctor",
    "doorman",
    "driver",
    "electrician",
    "employee",
    "engineer",
    "farmer",
    "father",
    "female",
    "fighter",
    "firefighter",
    "fisherman",
    "foreigner",
    "friend",
    "girl",
    "girlfriend",
    "governor",
    "grandchild",
    "granddaughter",
    "grandfather",
    "grandmother",
    "grandson",
    "guard",
    "guest",
    "gunman",
    "herder",
    "hijacker",
    "hiker",
    "homeowner",
    "hostage",
    "husband",
    "imam",
    "individual",
    "infant",
    "inmate",
    "insurgent",
    "intruder",
    "jihadist",
    "journalist",
    "judge",
    "juvenile",
    "kid",
    "kidnapper",
    "killer",
    "laborer",
    "labourer",
    "lawmaker",
    "lawyer",
    "lieutenant",
    "male",
    "man",
    "marine",
    "mayor",
    "mechanic",
    "medic",
    "migrant",
    "militant",
    "militiaman",
    "miner",
    "minister",
    "monk",
    "mother",
    "motorcyclist",
    "motorist",
    "mourner",
    "national",
    "neighbor",
    "neighbour",
    "nephew",
    "newborn",
    "niece",
    "nun",
    "nurse",
    "occupant",
    "officer",
    "official",
    "one man was killed and another was hurt",
    "owner",
    "paramedic",
    "parent",
    "passenger",
    "pastor",
    "patient",
    "peacekeeper",
    "pedestrian",
    "pensioner",
    "perpetrator",
    "person",
    "photographer",
    "pilgrim",
    "pilot",
    "policeman",
    "policewoman",
    "politician",
    "priest",
    "prisoner",
    "prosecutor",
    "protester",
    "pupil",
    "rabbi",
    "ranger",
    "rebel",
    "recruit",
    "refugee",
    "reporter",
    "rescuer",
    "resident",
    "retiree",
    "robber",
    "roommate",
    "sailor",
    "schoolboy",
    "schoolgirl",
    "seaman",
    "second",
    "security",
    "senator",
    "sergeant",
    "serviceman",
    "servicewoman",
    "shepherd",
    "shooter",
    "shopkeeper",
    "shopper",
    "sister",
    "skier",
    "sniper",
    "soldier",
    "son",
    "spectator",
    "spouse",
    "staffer",
    "student",
    "survivor",
    "suspect",
    "swimmer",
    "teacher",
    "technician",
    "teen",
    "teenager",
    "tenant",
    "terrorist",
    "the 15-year-old",
    "thief",
    "third",
    "toddler",
    "tourist",
    "traveler",
    "traveller",
    "trooper",
    "trucker",
    "uncle",
    "vendor",
    "victim",
    "villager",
    "volunteer",
    "waiter",
    "waitress",
    "watchman",
    "wife",
    "woman",
    "worker",
    "worshiper",
    "worshipper",
    "year-old",
    "youth",
]);

/// Words that end a noun phrase: a victims phrase never runs through them.
static STOP: Words = Words::new(&[
    "a", "after", "an", "and", "are", "as", "at", "be", "been", "before", "but", "by", "during",
    "fled", "for", "from", "had", "has", "have", "he", "her", "his", "in", "into", "is", "it",
    "its", "no", "not", "of", "on", "or", "people", "said", "say", "says", "she", "shot", "since",
    "stabbed", "than", "that", "the", "their", "these", "they", "this", "those", "to", "was", "we",
    "were", "when", "where", "which", "while", "who", "with",
]);

static AUX: Words = Words::new(&[
    "all",
    "allegedly",
    "also",
    "are",
    "be",
    "been",
    "being",
    "believed",
    "both",
    "confirmed",
    "declared",
    "feared",
    "found",
    "got",
    "had",
    "has",
    "have",
    "is",
    "later",
    "left",
    "listed",
    "may",
    "might",
    "now",
    "presumed",
    "pronounced",
    "remain",
    "remained",
    "remains",
    "reported",
    "reportedly",
    "still",
    "subsequently",
    "was",
    "were",
    "will",
    "would",
]);

/// The words of [`AUX`] that do not make a passive: adverbs and the
/// auxiliaries of active tenses ("has killed a man").
const ACTIVE_AUX: &[&str] = &[
    "have",
    "has",
    "had",
    "will",
    "would",
    "may",
    "might",
    "all",
    "both",
    "later",
    "still",
    "now",
    "also",
    "reportedly",
    "allegedly",
    "subsequently",
];

const TRANSITIVE: &[&str] = &[
    "killed",
    "wounded",
    "injured",
    "hurt",
    "murdered",
    "displaced",
    "evacuated",
    "shot",
    "executed",
    "massacred",
];

const OBJECT_STARTS: &[&str] = &[
    "a",
    "an",
    "the",
    "his",
    "her",
    "their",
    "its",
    "my",
    "our",
    "him",
    "them",
    "himself",
    "herself",
    "themselves",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens",
    "hundreds",
    "thousands",
    "several",
    "people",
    "civilians",
];

static UNITS: Words = Words::new(&[
    "a.m",
    "acres",
    "aircraft",
    "am",
    "ballots",
    "block",
    "blocks",
    "buildings",
    "bullets",
    "caliber",
    "calibre",
    "calories",
    "cars",
    "cents",
    "day",
    "days",
    "degrees",
    "dollars",
    "drones",
    "euros",
    "feet",
    "foot",
    "gallons",
    "gauge",
    "grams",
    "homes",
    "hour",
    "hours",
    "houses",
    "hryvnia",
    "inches",
    "jets",
    "kilometers",
    "kilometres",
    "km",
    "liters",
    "litres",
    "meters",
    "metres",
    "mile",
    "miles",
    "minute",
    "minutes",
    "missiles",
    "mm",
    "month",
    "months",
    "mph",
    "o'clock",
    "p.m",
    "pc",
    "per",
    "percent",
    "pm",
    "points",
    "pounds",
    "rockets",
    "roubles",
    "rounds",
    "rubles",
    "seats",
    "seconds",
    "shekels",
    "shots",
    "tanks",
    "times",
    "tonnes",
    "tons",
    "vehicles",
    "votes",
    "week",
    "weeks",
    "yards",
    "year",
    "years",
    "yuan",
]);

static MONTHS: Words = Words::new(&[
    "apr",
    "april",
    "aug",
    "august",
    "dec",
    "december",
    "feb",
    "february",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "mar",
    "march",
    "may",
    "nov",
    "november",
    "oct",
    "october",
    "sep",
    "sept",
    "september",
]);

static BEFORE_IDS: Words = Words::new(&[
    "age",
    "aged",
    "ages",
    "apt",
    "article",
    "avenue",
    "block",
    "bus",
    "category",
    "channel",
    "chapter",
    "covid",
    "district",
    "exit",
    "flight",
    "gate",
    "grade",
    "highway",
    "interstate",
    "level",
    "line",
    "mile",
    "no",
    "number",
    "page",
    "platform",
    "precinct",
    "resolution",
    "room",
    "route",
    "section",
    "street",
    "unit",
    "ward",
]);
