//! Victims without a number: one person named, described or referred to by a
//! pronoun, as the subject of a casualty verb ("Smith was pronounced dead",
//! "he died at the hospital", "the officer was wounded", "nobody was hurt")
//! or as its object ("shot and killed his wife", "fatally shot a man",
//! "wounding Officer Jane Doe").
//!
//! Each yields a count of 1 (or 0 when negated: "nobody was hurt") and
//! remembers how the victim was named ([`Ref`]) so that the totals can tell
//! two named victims apart without counting "Smith" and "the man" twice.
//!
//! The subject or object must be a person: a pronoun, a person noun
//! ("man", "officer", "wife", "victims"), or a capitalized name that is not
//! a weekday, month or other common capitalized word. That is what keeps
//! "the bill was killed", "killed the engine" or "shot a video" out.

use newsfacts_core::Span;
use newsfacts_text::numbers::Quantity;

use super::{
    Candidate, Facts, G, Gate, Ref, Role, STOP, Shot, T, Words, is_plural_person, is_single_person,
    kind_word,
};
use crate::Kind;

/// Animals that may close a list of victims ("... and their dog").
static ANIMALS: Words = Words::new(&[
    "cat", "cats", "dog", "dogs", "horse", "horses", "pet", "pets", "puppy",
]);

/// Capitalized words that are not people's names.
static NOT_NAMES: Words = Words::new(&[
    "according",
    "after",
    "all",
    "apartments",
    "april",
    "august",
    "authorities",
    "avenue",
    "bar",
    "before",
    "both",
    "breaking",
    "center",
    "christmas",
    "church",
    "city",
    "club",
    "college",
    "copyright",
    "county",
    "court",
    "crime",
    "dead",
    "december",
    "department",
    "drive",
    "easter",
    "february",
    "friday",
    "god",
    "he",
    "here",
    "hospital",
    "how",
    "i",
    "if",
    "it",
    "jail",
    "january",
    "july",
    "june",
    "killed",
    "lord",
    "man",
    "many",
    "map",
    "march",
    "may",
    "monday",
    "more",
    "most",
    "news",
    "no",
    "not",
    "november",
    "now",
    "october",
    "office",
    "officials",
    "one",
    "park",
    "photo",
    "police",
    "read",
    "road",
    "saturday",
    "school",
    "september",
    "several",
    "she",
    "shooting",
    "shootings",
    "shot",
    "some",
    "state",
    "station",
    "store",
    "story",
    "street",
    "sunday",
    "thanksgiving",
    "that",
    "then",
    "there",
    "they",
    "this",
    "three",
    "thursday",
    "today",
    "tonight",
    "tuesday",
    "two",
    "university",
    "update",
    "video",
    "watch",
    "we",
    "wednesday",
    "what",
    "when",
    "where",
    "while",
    "why",
    "woman",
    "yesterday",
    "you",
]);

/// The words an object pattern ([`G::object_victim`]) can start at.
static OBJECT_STARTS: Words = Words::new(&[
    "assassinated",
    "assassinating",
    "assassination",
    "beat",
    "beating",
    "beheaded",
    "beheading",
    "bludgeoned",
    "burned",
    "burning",
    "clubbed",
    "crushed",
    "death",
    "discovered",
    "execution",
    "fatally",
    "find",
    "finds",
    "found",
    "hacked",
    "hacking",
    "injured",
    "injures",
    "injuring",
    "kicked",
    "killed",
    "killing",
    "kills",
    "leaves",
    "leaving",
    "left",
    "lynched",
    "lynching",
    "massacred",
    "mauled",
    "murder",
    "murdered",
    "murdering",
    "murders",
    "shooting",
    "shoots",
    "shot",
    "slaughtered",
    "slaying",
    "stabbed",
    "stabbing",
    "stabs",
    "stoned",
    "stoning",
    "strangled",
    "strangling",
    "tortured",
    "trampled",
    "victim",
    "wounded",
    "wounding",
    "wounds",
]);

/// Particles inside names: "van", "bin", "de la".
pub(crate) const PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "da", "di", "du", "bin", "ibn", "al", "el", "la", "le",
    "dos", "das", "del",
];

/// One noun phrase of a coordination of victims.
#[derive(Clone, Copy, Debug)]
pub(super) struct Part {
    /// Its first token.
    pub first: usize,
    /// Its person noun or the last word of its name.
    pub key: usize,
    /// How many people it counts.
    pub count: u64,
    /// A plural without a number or determiner: at least two.
    pub bare_plural: bool,
}

/// Words that may stand between a determiner and the person noun: "a
/// 30-year-old unarmed man", "his 9-year-old sister".
fn modifier(g: &G<'_>, k: usize) -> bool {
    match g.toks.get(k).map(|t| t.t) {
        Some(T::Num(_) | T::Punct('-')) => true,
        Some(T::Word) => {
            let w = g.w(k);
            !STOP.contains(w) && kind_word(w).is_none() && !super::AUX.contains(w)
        }
        _ => false,
    }
}

const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "another", "its", "our", "my", "your", "one",
];

const PRONOUNS: &[&str] = &["he", "she", "they"];

/// True for a possessive word: "Smith's", "the couple’s".
fn possessive(w: &str) -> bool {
    w.len() > 2 && (w.ends_with("'s") || w.ends_with("\u{2019}s"))
}

static MODALS: Words = Words::new(&[
    "almost",
    "avoid",
    "avoided",
    "can",
    "could",
    "if",
    "isn't",
    "may",
    "might",
    "nearly",
    "never",
    "not",
    "possibly",
    "potentially",
    "prevent",
    "prevented",
    "should",
    "to",
    "wasn't",
    "wasnt",
    "weren't",
    "werent",
    "would",
]);

const NEGATIONS: &[&str] = &["no", "none", "neither", "nobody", "noone"];

impl G<'_> {
    /// True when the token at `k` has a lowercase letter: words of an
    /// all-capitals text or headline are no evidence of a name.
    fn has_lowercase(&self, k: usize) -> bool {
        self.toks
            .get(k)
            .and_then(|t| self.text.get(t.start..t.end))
            .is_some_and(|s| s.chars().any(char::is_lowercase))
    }

    /// The span of the whole name whose last word is at `key` ("Jane Doe").
    fn who(&self, key: usize, r: Ref) -> Option<(Span, Ref)> {
        let mut first = key;
        while r == Ref::Name
            && first > 0
            && (self.name_word(first - 1)
                || first > 1 && self.particle(first - 1) && self.name_word(first - 2))
        {
            first -= 1;
        }
        Some((self.span(first, key)?, r))
    }

    /// True for a particle inside a name: "van" in "Leon van Biljon", "bin"
    /// in "Hamza bin Laden".
    pub(super) fn particle(&self, k: usize) -> bool {
        self.is(k, PARTICLES)
    }

    /// True when the token at `k` starts a sentence or a line.
    fn sentence_start(&self, k: usize) -> bool {
        k == 0
            || matches!(
                self.punct(k - 1),
                Some('.' | '\n' | '!' | '?' | '"' | '\u{201c}')
            )
    }

    /// True inside the headline (the first line, when the body starts with it).
    fn in_title(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| t.end <= self.title_end)
    }

    /// True when a negation opens the clause of a subject starting at
    /// `first`: "no one at the store was hurt", "none of the officers".
    fn negated_before(&self, first: usize) -> bool {
        let mut k = first;
        for _ in 0..5 {
            let Some(p) = k.checked_sub(1) else {
                return false;
            };
            if self.punct(p).is_some() {
                return false;
            }
            let w = self.w(p);
            if NEGATIONS.contains(&w) || w == "no-one" {
                return true;
            }
            k = p;
        }
        false
    }

    /// Headline grammar, without auxiliaries: "Man shot, killed in ...",
    /// "Girl shot at party dies", "Man critical after shooting", "Teen
    /// hospitalized".
    fn headline(&self, next: usize) -> Option<(Kind, Shot, usize)> {
        let w = self.w(next);
        // "Teen found shot on bike path dies": the last verb says the fate.
        if matches!(w, "shot" | "found" | "wounded" | "stabbed") {
            let late = (next + 1..next + 9)
                .take_while(|&k| self.punct(k).is_none())
                .find(|&k| self.is(k, &["dies", "died"]));
            if let Some(k) = late {
                return Some((Kind::Killed, Shot::No, k));
            }
        }
        if w == "shot" && matches!(self.punct(next + 1), Some(',' | '&')) {
            if self.is(next + 2, &["killed", "dead"]) {
                return Some((Kind::Killed, Shot::No, next + 2));
            }
            if self.is(next + 2, &["wounded", "injured", "hurt", "critical"]) {
                return Some((Kind::Injured, Shot::No, next + 2));
            }
        }
        if w == "critical" {
            return Some((Kind::Injured, Shot::No, next));
        }
        if self.is(next, &["hospitalized", "hospitalised"]) {
            return Some((Kind::Injured, Shot::Only, next));
        }
        if self.seq(next, &["taken", "to"]) {
            return Some((Kind::Injured, Shot::Only, next + 1));
        }
        if w == "shot"
            && (self.punct(next + 1).is_some()
                || self.is(
                    next + 1,
                    &[
                        "in", "while", "inside", "outside", "near", "at", "on", "during", "after",
                        "multiple", "by",
                    ],
                ))
            && !self.is(next + 1, &["at"])
        {
            let late = (next + 2..next + 8)
                .take_while(|&k| self.punct(k).is_none())
                .any(|k| self.is(k, &["dies", "died", "killed"]));
            if !late {
                return Some((Kind::Injured, Shot::Only, next));
            }
        }
        if let Some(t) = self.tail(next, false) {
            return Some(t);
        }
        // "Girl shot at party dies": the verb a few words on.
        for k in next + 1..next + 6 {
            if self.punct(k).is_some() {
                break;
            }
            if self.is(k, &["dies", "died", "killed"]) && self.w(next) == "shot" {
                return Some((Kind::Killed, Shot::No, k));
            }
        }
        None
    }

    /// True when the word at `k` can be part of a name.
    fn name_word(&self, k: usize) -> bool {
        let w = self.w(k);
        self.capitalized(k)
            && w.len() > 1
            && !NOT_NAMES.contains(w)
            && !STOP.contains(w)
            && !is_single_person(w)
            && !is_plural_person(w, false)
            && kind_word(w).is_none()
            && self.has_lowercase(k)
            && !(w.ends_with('s') && self.sentence_start(k) && !self.name_word_plain(k + 1))
            && !w.ends_with("'s")
            && !w.ends_with("\u{2019}s")
    }

    /// The last token of a name that goes on after its word at `e`: the
    /// next name word, or a particle with the name word it joins ("bin
    /// Laden", "al-Haddad", "van Biljon").
    fn name_goes_on(&self, e: usize) -> Option<usize> {
        if self.name_word(e + 1) {
            return Some(e + 1);
        }
        let w = self.w(e + 1);
        if PARTICLES.contains(&w) && self.name_word_plain(e + 2) {
            return Some(e + 2);
        }
        // "al-Haddad": one token, a particle joined by a hyphen to a
        // capitalized word.
        let joined = w
            .split_once('-')
            .is_some_and(|(p, _)| PARTICLES.contains(&p))
            && self.toks.get(e + 1).is_some_and(|t| {
                self.text
                    .get(t.start..t.end)
                    .and_then(|s| s.split_once('-'))
                    .and_then(|(_, rest)| rest.chars().next())
                    .is_some_and(char::is_uppercase)
            });
        joined.then_some(e + 1)
    }

    /// [`G::name_word`] without the sentence-start check.
    fn name_word_plain(&self, k: usize) -> bool {
        let w = self.w(k);
        self.capitalized(k)
            && w.len() > 1
            && !NOT_NAMES.contains(w)
            && !STOP.contains(w)
            && self.has_lowercase(k)
    }

    /// A person whose phrase ends at token `i`: (first token, key token, how
    /// named, negated).
    fn subject(&self, i: usize) -> Option<(usize, usize, Ref, bool)> {
        let w = self.w(i);
        if w.is_empty() {
            return None;
        }
        if PRONOUNS.contains(&w) {
            return Some((i, i, Ref::Pronoun, false));
        }
        if matches!(w, "nobody" | "noone" | "no-one") {
            return Some((i, i, Ref::Pronoun, true));
        }
        let (r, mut first) = if is_single_person(w) || is_plural_person(w, self.capitalized(i)) {
            (Ref::Noun, i)
        } else if (self.name_word(i)
            // "al-Muhandis" after "Mahdi"
            || w.contains('-') && i > 0 && self.name_goes_on(i - 1) == Some(i))
            && !self.in_title(i)
            // "at the Walmart", "in Dover": a place, not a person.
            && !self.is(i.wrapping_sub(1), &["the", "at", "in", "on", "near", "inside", "outside", "from"])
        {
            (Ref::Name, i)
        } else {
            return None;
        };
        // Extend back over the noun phrase, to see negations ("none of the
        // officers") and to start the span at the determiner.
        let mut negated = false;
        let mut k = i;
        for _ in 0..6 {
            let Some(p) = k.checked_sub(1) else { break };
            let pw = self.w(p);
            if NEGATIONS.contains(&pw) {
                negated = true;
                first = p;
                break;
            }
            if DETERMINERS.contains(&pw) {
                first = p;
                if self.seq(p.saturating_sub(2), &["none", "of"]) && p >= 2 {
                    negated = true;
                    first = p - 2;
                }
                break;
            }
            // "Leon van Biljon", "Hamza bin Laden": particles inside names.
            let particle = r == Ref::Name && p > 0 && self.particle(p) && self.name_word(p - 1);
            let title_or_name = r == Ref::Name
                && (particle || self.name_word(p) || is_single_person(pw) || self.capitalized(p));
            if title_or_name || modifier(self, p) && r == Ref::Noun {
                first = p;
                k = p;
                continue;
            }
            break;
        }
        Some((first, i, r, negated))
    }

    /// The casualty phrase after a subject that ends at token `i`.
    pub(super) fn subject_victim(&self, i: usize) -> Option<Candidate> {
        // "his wife, her son and their dog were found dead": the animal
        // closing the list is no victim; the people before it are.
        let (subject, listed) = match self.subject(i) {
            Some(found) => (found, false),
            None => (self.subject(self.before_an_animal(i)?)?, true),
        };
        let (first, key, r, negated) = subject;
        let mut next = i + 1;
        // "Smith, 25, was ...", "Leon Vos, owner of a garage, was ...",
        // "Smith, who was 25, was ...": an apposition between the subject
        // and its verb.
        // "Michael Reyes, 18, of the Bronx, who is still hospitalized": up
        // to three, the last maybe a relative clause that says the fate.
        let mut at = next;
        for _ in 0..3 {
            if self.punct(at) != Some(',') || r == Ref::Pronoun {
                break;
            }
            if self.is(at + 1, &["who"]) && self.tail(at + 1, true).is_some() {
                next = at + 1;
                break;
            }
            match self.after_apposition(at) {
                // Its closing comma may open the next one.
                Some(after) => {
                    next = after;
                    at = after - 1;
                }
                None => break,
            }
        }
        let title = self.in_title(i) && r == Ref::Noun;
        let (kind, shot, end) = title
            .then(|| self.headline(next))
            .flatten()
            .or_else(|| self.tail(next, true))
            .or_else(|| self.intransitive(next))
            .or_else(|| self.with_wounds(next))
            .or_else(|| {
                // "a man was killed and his wife injured": the auxiliary of
                // the first clause serves the second.
                let and =
                    first > 1 && self.w(first - 1) == "and" && self.punct(first - 2).is_none();
                let kind = kind_word(self.w(next)).filter(|_| and && !self.is(first, &["no"]))?;
                let ends = self.toks.get(next + 1).is_none_or(|t| t.t != T::Word)
                    || self.is(
                        next + 1,
                        &["in", "on", "at", "by", "when", "after", "during"],
                    );
                ends.then_some((kind, Shot::No, next))
            })
            .filter(|&(_, _, end)| self.tail_in_mood(next, end))
            .or_else(|| self.and_taken_to_hospital(next))?;
        // "Residents were evacuated" says nothing of how many; "more people
        // are killed" speaks of people in general; "photographs of
        // colleagues who died" describes people already counted.
        if kind == Kind::Displaced
            || r == Ref::Noun && self.generic(first)
            || r == Ref::Noun
                && self.is(first.wrapping_sub(1), &["of", "for", "with", "to", "about"])
                && self.is(next, &["who", "that"])
        {
            return None;
        }
        let negated = negated || self.negated_before(first);
        let (conjuncts, first, plural_joined) = if negated {
            (1, first, false)
        } else {
            self.conjuncts(first, listed)
        };
        // "Teenagers shot": a plural says at least two; "a man and
        // teenagers", "women and children": at least one per noun, two per
        // plural, with no upper bound.
        let plural = plural_joined || (r == Ref::Noun && self.bare_plural(first, key));
        // "Both victims died": two.
        let both = conjuncts == 1
            && r == Ref::Noun
            && is_plural_person(self.w(key), false)
            && self.w(first.wrapping_sub(1)) == "both";
        let (first, plural) = if both {
            (first - 1, false)
        } else {
            (first, plural)
        };
        let quantity = match (negated, plural) {
            (true, _) => Quantity::exact(0),
            (false, _) if both => Quantity::exact(2),
            // A vague amount, like "dozens", so the figure's qualifier says so.
            (false, true) => Quantity {
                value: None,
                min: Some(conjuncts.max(2)),
                max: None,
                approximate: true,
            },
            (false, false) => Quantity::exact(conjuncts),
        };
        // "13 students with minor injuries were treated", "nine people,
        // including the nurse on duty, were injured": a number inside the
        // subject counts it (an age, "a 9-year-old boy", does not).
        let counted = (!negated && !both && conjuncts == 1)
            .then(|| {
                (first..key).find_map(|k| match self.toks.get(k).map(|t| t.t) {
                    Some(T::Num(n)) if self.punct(k + 1) != Some('-') => {
                        let q = self.numbers.get(n)?.quantity;
                        (!self.not_a_count(k, q)).then_some((k, q))
                    }
                    _ => None,
                })
            })
            .flatten();
        let (first, quantity, qualifier) = match counted {
            Some((k, q)) => {
                let (qualifier, b) = self.qualifier(k);
                (first.min(b), q, qualifier)
            }
            None => (first, quantity, None),
        };
        // Someone besides those counted before: "another later died", "a
        // fifth person was hospitalized" (not "the second victim", one of
        // those known).
        let more = !self.is(first, &["the", "his", "her", "their"])
            && (first..=key).any(|k| {
                self.is(
                    k,
                    &[
                        "another",
                        "other",
                        "second",
                        "third",
                        "fourth",
                        "fifth",
                        "sixth",
                        "seventh",
                        "eighth",
                        "ninth",
                        "tenth",
                        "additional",
                    ],
                )
            })
            && !negated;
        Some(Candidate {
            span: self.span(first, end)?,
            kind,
            quantity,
            qualifier,
            victims: self.span(key, key).filter(|_| r != Ref::Pronoun),
            shot: if more { Shot::No } else { shot },
            who: if conjuncts > 1 || counted.is_some() {
                None
            } else {
                self.who(key, r)
            },
            facts: Facts {
                role: if self.seq(end.wrapping_sub(2), &["among", "the"]) {
                    Role::Subset
                } else if more {
                    Role::More
                } else {
                    Role::Plain
                },
                ..Facts::default()
            },
        })
    }

    /// True for a plural person noun `key` with no determiner at `first`
    /// that would make it refer back ("teenagers", not "the teenagers",
    /// "their sons") and no collective that is counted otherwise ("police").
    /// The last token of the people before an animal that closes a list at
    /// token `i`: "... and their dog", "..., and the family cat".
    fn before_an_animal(&self, i: usize) -> Option<usize> {
        if !ANIMALS.contains(self.w(i)) {
            return None;
        }
        let mut j = i.checked_sub(1)?;
        while j > 0
            && (DETERMINERS.contains(&self.w(j)) || possessive(self.w(j)) || self.w(j) == "family")
        {
            j -= 1;
        }
        if self.w(j) != "and" {
            return None;
        }
        let mut p = j.checked_sub(1)?;
        if self.punct(p) == Some(',') {
            p = p.checked_sub(1)?;
        }
        Some(p)
    }

    /// The token after an apposition that opens with the comma at `k` and
    /// closes with a comma within fifteen tokens, on one line: no
    /// auxiliary or casualty word inside, unless it is a relative clause
    /// ("who was 25").
    fn after_apposition(&self, k: usize) -> Option<usize> {
        let relative = self.is(k + 1, &["who", "whom", "whose"]);
        let close = (k + 1..k + 16)
            .take_while(|&j| !self.boundary_at(j))
            .find(|&j| self.punct(j) == Some(','))?;
        let clean = (k + 1..close).all(|j| {
            let w = self.w(j);
            relative || !super::AUX.contains(w) && kind_word(w).is_none() && !super::is_trigger(w)
        });
        (clean && close > k + 1).then_some(close + 1)
    }

    /// True when token `k` ends a sentence or a line.
    fn boundary_at(&self, k: usize) -> bool {
        self.toks.get(k).is_none() || matches!(self.punct(k), Some('.' | '!' | '?' | '\n' | ';'))
    }

    /// True when the sentence of token `k` opens on a condition before it:
    /// "If ..., ...", "Unless ..., ..." (at most 25 tokens back).
    pub(super) fn conditional(&self, k: usize) -> bool {
        let start = (k.saturating_sub(25)..k)
            .rev()
            .find(|&j| self.boundary_at(j))
            .map_or(k.saturating_sub(25), |j| j + 1);
        // The sentence's first word, past an opening quote.
        let first = (start..k).find(|&j| self.toks.get(j).is_some_and(|t| t.t == T::Word));
        first.is_some_and(|j| self.is(j, &["if", "unless"]))
    }

    /// True for a subject that speaks of people in general: "more people
    /// are killed ... than", "many people die", "most victims".
    fn generic(&self, first: usize) -> bool {
        self.is(first, &["more", "fewer", "many", "most"])
            || self.is(
                first.wrapping_sub(1),
                &["more", "fewer", "many", "most", "or"],
            )
    }

    fn bare_plural(&self, first: usize, key: usize) -> bool {
        is_plural_person(self.w(key), false)
            && self.np_count(first, key) == 1
            && !self.is(
                first,
                &[
                    "the", "these", "those", "their", "his", "her", "its", "our", "all",
                ],
            )
            && !matches!(
                self.w(key),
                "police" | "staff" | "crew" | "personnel" | "others" | "victims" | "members"
            )
    }

    /// How many people a subject ending at `first - 1`'s conjunction counts
    /// in all, where the list starts, and whether a noun it joins is a bare
    /// plural ([`Self::bare_plural`]): "a man and a 16-year-old boy were
    /// shot" → 2, "Teen, man shot" (a headline) → 2, "a man and teenagers"
    /// → 2 and a plural.
    /// `listed`: an "and" closed the list after `first` already ("a man,
    /// his wife and their dog"), so commas join it.
    fn conjuncts(&self, first: usize, listed: bool) -> (u64, usize, bool) {
        let parts = self.conjunct_parts_listed(first, listed);
        let n = 1 + parts.iter().map(|p| p.count).sum::<u64>();
        let k = parts.last().map_or(first, |p| p.first);
        (n, k, parts.iter().any(|p| p.bare_plural))
    }

    /// The noun phrases coordinated before a subject that starts at
    /// `first`, nearest first: "a man, his wife and" before "their son",
    /// "Four guards and" before "11 insurgents". Each counts its number
    /// ("two women" → 2) or one.
    pub(super) fn conjunct_parts(&self, first: usize) -> Vec<Part> {
        self.conjunct_parts_listed(first, false)
    }

    /// [`G::conjunct_parts`], `listed` when an "and" after `first` closed
    /// the list already.
    fn conjunct_parts_listed(&self, first: usize, mut listed: bool) -> Vec<Part> {
        let mut parts = Vec::new();
        let mut k = first;
        // After an "and", commas join the rest of a list: "a man, his wife
        // and their son", "a man, a woman, and a boy".
        for _ in 0..5 {
            let and = k >= 2 && self.w(k - 1) == "and";
            let comma =
                k >= 2 && self.punct(k - 1) == Some(',') && (listed || self.in_title(k - 1));
            if !and && !comma {
                break;
            }
            let mut end = k - 2;
            if and && self.punct(end) == Some(',') && end > 0 {
                end -= 1;
            }
            // A name before a comma is as likely a place ("In Dover, a man
            // and a woman were shot"): only person nouns join by commas
            // outside headlines.
            let by_comma = comma && !and && !self.in_title(k - 1);
            listed |= and;
            match self.subject(end) {
                // Not the object of a verb: "killed 14 people and 21 others
                // injured" is two figures.
                Some((f, _, _, _))
                    if f > 0
                        && (super::active_verb(self.w(f - 1)).is_some()
                            || self.is(f - 1, &["shot", "stabbed", "left", "leaving"])) =>
                {
                    break;
                }
                Some((f, key, r, false)) if r != Ref::Pronoun && !(by_comma && r == Ref::Name) => {
                    parts.push(Part {
                        first: f,
                        key,
                        count: self.np_count(f, key),
                        bare_plural: r == Ref::Noun && self.bare_plural(f, key),
                    });
                    k = f;
                }
                _ => break,
            }
        }
        parts
    }

    /// Adds `c`, a figure at a number, to `out`, with the victims
    /// coordinated before it as its subject: "A teacher and two pupils were
    /// killed" → 3. Victims and attackers coordinated ("Four guards and 11
    /// insurgents died") stay apart, one figure each, so that the totals can
    /// tell them apart (and add them up).
    pub(in crate::grammar) fn compose(&self, c: Candidate, out: &mut Vec<Candidate>) {
        let first = self.toks.partition_point(|t| t.start < c.span.start());
        // Only a figure that starts at its number (or the number's
        // qualifier) has a subject there: not "killed 12", "the toll of 12".
        let at_number = matches!(self.toks.get(first).map(|t| t.t), Some(T::Num(_)))
            || super::QUALS.iter().any(|(words, _)| self.seq(first, words));
        let parts = if at_number {
            self.conjunct_parts(first)
        } else {
            Vec::new()
        };
        let attacker = |w: &str| super::context::PERPETRATORS.contains(w);
        let noun = c
            .victims
            .and_then(|v| v.text(self.text).split_whitespace().last())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        let side = attacker(&noun);
        if parts.is_empty() {
            out.push(c);
        } else if parts.iter().all(|p| attacker(self.w(p.key)) == side) {
            let extra: u64 = parts.iter().map(|p| p.count).sum();
            let add = |n: Option<u64>| n.map(|n| n.saturating_add(extra));
            let start = parts.last().map_or(first, |p| p.first);
            let span = self
                .span(start, first)
                .map(|s| Span::new(self.text, s.start(), c.span.end()));
            let mut whole = c.clone();
            if let Some(Ok(span)) = span {
                whole.span = span;
                whole.quantity = Quantity {
                    value: add(c.quantity.value),
                    min: add(c.quantity.min),
                    max: add(c.quantity.max),
                    approximate: c.quantity.approximate || parts.iter().any(|p| p.bare_plural),
                };
            }
            out.push(whole);
        } else {
            for p in parts.iter().rev() {
                if let Some(span) = self.span(p.first, p.key) {
                    out.push(Candidate {
                        span,
                        quantity: Quantity::exact(p.count),
                        qualifier: None,
                        victims: self.span(p.key, p.key),
                        who: None,
                        ..c.clone()
                    });
                }
            }
            out.push(c);
        }
    }

    /// A group of victims coordinated after the objects of `c` that the
    /// object patterns do not take: a number ("injured a man and two
    /// women", "killing himself and four worshippers") or a group after a
    /// phrase of place ("killed five children in a church bus and two
    /// truck drivers"). It is a figure of its own, joined to `c` for the
    /// totals ([`Role::Joined`]); [`G::merge_joined`] makes one figure of
    /// the two when nothing stands between them and they are on one side.
    pub(in crate::grammar) fn joined_after(&self, c: &Candidate) -> Option<Candidate> {
        let first = self.toks.partition_point(|t| t.start < c.span.start());
        let last = self.toks.partition_point(|t| t.end < c.span.end());
        // Objects follow an active verb.
        let verb = (first..=first + 3)
            .take_while(|&k| k <= last)
            .any(|k| super::active_verb(self.w(k)).is_some() || self.is(k, &["shot", "stabbed"]));
        if !verb {
            return None;
        }
        let mut k = last + 1;
        // "in a church bus": a phrase of place, no punctuation, four words at most.
        if self.is(k, &["in", "on", "at", "inside", "near", "from", "aboard"]) {
            let and = (k + 1..k + 6)
                .take_while(|&j| self.toks.get(j).is_some_and(|t| t.t == T::Word))
                .find(|&j| self.w(j) == "and")?;
            k = and;
        }
        if self.punct(k) == Some(',') && self.w(k + 1) == "and" {
            k += 1;
        }
        if self.w(k) != "and" {
            return None;
        }
        let start = k + 1;
        let (count, key, end) = match self.toks.get(start).map(|t| t.t) {
            Some(T::Num(n)) if self.punct(start + 1) != Some('-') => {
                let q = self.numbers.get(n)?.quantity;
                let plural = q.value != Some(1);
                let (_, after) = self.victims(start + 1, plural)?;
                (q.value.or(q.min)?, after - 1, after - 1)
            }
            _ if k > last + 1 => {
                let (key, r, e) = self.object(start)?;
                // "near 6th and Wright", "at Main and Elm": after a phrase
                // of place, a name is the other street of a corner.
                if matches!(r, Ref::Pronoun | Ref::Name) {
                    return None;
                }
                (1, key, e)
            }
            _ => return None,
        };
        // An object ends its clause or comes before a phrase of place or
        // time: "and two others were arrested", "and the suspect fled" are
        // new clauses, "and 21 people injured" a figure of its own.
        let next = self.w(end + 1);
        let ends = self.toks.get(end + 1).is_none_or(|t| t.t != T::Word)
            || matches!(
                next,
                "in" | "on"
                    | "at"
                    | "inside"
                    | "near"
                    | "outside"
                    | "from"
                    | "during"
                    | "after"
                    | "before"
                    | "when"
                    | "while"
                    | "as"
                    | "and"
                    | "aboard"
                    | "with"
                    | "last"
                    | "this"
                    | "early"
                    | "late"
                    | "overnight"
            );
        if !ends || self.tail(end + 1, false).is_some() {
            return None;
        }
        Some(Candidate {
            span: self.span(start, end)?,
            kind: c.kind,
            quantity: Quantity::exact(count),
            qualifier: None,
            victims: self.span(key, key),
            shot: c.shot,
            who: None,
            facts: Facts {
                role: Role::Joined,
                ..Facts::default()
            },
        })
    }

    /// How many people the noun phrase `first..=key` counts: its number
    /// ("two women" → 2, "dozens of protesters" → 24), else one.
    pub(super) fn np_count(&self, first: usize, key: usize) -> u64 {
        (first..key)
            // Not an age or a measure: "a 22-year-old man", "a 6-foot wall".
            .filter(|&k| self.punct(k + 1) != Some('-'))
            .find_map(|k| match self.toks.get(k).map(|t| t.t) {
                Some(T::Num(n)) => self
                    .numbers
                    .get(n)
                    .and_then(|m| m.quantity.value.or(m.quantity.min)),
                _ => None,
            })
            .unwrap_or(1)
    }

    /// False when a modal or negation sits inside the phrase ("could have
    /// been killed", "was not hurt").
    fn tail_in_mood(&self, from: usize, to: usize) -> bool {
        // The "to" of "taken to hospital" is no infinitive: look no further
        // than the verb.
        (from..=to)
            .take_while(|&k| !self.is(k, super::TO_HOSPITAL))
            // "beaten to death" is no infinitive either.
            .all(|k| {
                !MODALS.contains(self.w(k))
                    || self.seq(k, &["to", "death"])
                    // "was announced to have died", "are feared to be dead"
                    || (self.seq(k, &["to", "have"]) || self.seq(k, &["to", "be"])) && k > from
                    // "were forced to flee"
                    || self.seq(k.wrapping_sub(1), &["forced", "to"])
            })
            && !self.is(from.wrapping_sub(1), &["to"])
    }

    /// A verb phrase of the subject's own from token `k`, then "and was /
    /// were taken to hospital": "suffered a cut to his head during the
    /// fight and was taken to hospital", "fell from the roof and were
    /// rushed to a local hospital" (group 9). The phrase has no
    /// punctuation, at most fifteen words, and starts with a word that is
    /// no auxiliary.
    pub(super) fn and_taken_to_hospital(&self, k: usize) -> Option<(Kind, Shot, usize)> {
        // Cheap first: a verb of "taken to hospital" among the triggers
        // ahead (all of them but "evacuated" and "sent" are triggers).
        let t = self.triggers.partition_point(|&t| t <= k);
        let ahead = self.triggers.get(t..).unwrap_or_default();
        if !ahead
            .iter()
            .take_while(|&&t| t < k + 19)
            .any(|&t| self.is(t, super::TO_HOSPITAL))
        {
            return None;
        }
        let w = self.w(k);
        if w.is_empty() || super::AUX.contains(w) || MODALS.contains(w) {
            return None;
        }
        let and = (k + 1..k + 16)
            .take_while(|&j| self.toks.get(j).is_some_and(|t| t.t == T::Word))
            .find(|&j| self.w(j) == "and")?;
        if !self.is(and + 1, &["was", "were"]) {
            return None;
        }
        // "and was then airlifted to hospital"
        let verb = and + 2 + usize::from(self.is(and + 2, &["then", "later", "also"]));
        let end = self.taken_to_hospital(verb)?;
        self.tail_in_mood(and + 1, end)
            .then_some((Kind::Injured, Shot::No, end))
    }

    /// "died", "later died", "succumbed to his injuries", "suffered
    /// gunshot wounds", "took his own life".
    pub(super) fn intransitive(&self, mut k: usize) -> Option<(Kind, Shot, usize)> {
        if self.is(k, &["who", "that"]) {
            k += 1;
        }
        while self.is(
            k,
            &[
                "later",
                "also",
                "eventually",
                "reportedly",
                "then",
                "subsequently",
                "both",
                "all",
                "tragically",
                "allegedly",
                "apparently",
            ],
        ) {
            k += 1;
        }
        let w = self.w(k);
        if matches!(w, "died" | "dies" | "succumbed" | "succumbs" | "perished")
            && !self.is(k + 1, &["off", "out", "down"])
        {
            return Some((Kind::Killed, Shot::No, k));
        }
        if matches!(w, "took" | "takes" | "taken")
            && self.is(k + 1, &["his", "her", "their"])
            && self.seq(k + 2, &["own", "life"])
        {
            return Some((Kind::Killed, Shot::No, k + 3));
        }
        if matches!(
            w,
            "suffered" | "suffering" | "sustained" | "suffers" | "had" | "has" | "received"
        ) {
            for j in k + 1..k + 6 {
                let x = self.w(j);
                if matches!(x, "wound" | "wounds" | "injuries" | "injury" | "burns") {
                    // "had minor injuries": hurt and alive.
                    let mild = (k + 1..j).any(|m| {
                        self.is(
                            m,
                            &[
                                "minor",
                                "slight",
                                "light",
                                "superficial",
                                "non-life-threatening",
                            ],
                        )
                    });
                    let shot = if mild { Shot::No } else { Shot::Only };
                    // "has a wound" is no statement of injury unless it says how.
                    if matches!(w, "had" | "has") && !mild {
                        return None;
                    }
                    return Some((Kind::Injured, shot, j));
                }
                if x.is_empty() && !matches!(self.toks.get(j).map(|t| t.t), Some(T::Punct('-'))) {
                    break;
                }
            }
        }
        None
    }

    /// The last word of a name in apposition after the person noun at `k`:
    /// "a neighbor, 55-year-old Ann Lowe" (a comma, up to four modifiers,
    /// then a name that is not the subject of a new clause: "his wife,
    /// Smith said" is not an appositive).
    fn appositive_name(&self, k: usize) -> Option<usize> {
        if self.punct(k + 1) != Some(',') {
            return None;
        }
        let mut j = k + 2;
        for _ in 0..4 {
            if self.name_word(j) {
                break;
            }
            if !matches!(
                self.toks.get(j).map(|t| t.t),
                Some(T::Num(_) | T::Punct('-'))
            ) && !self.w(j).ends_with("-old")
            {
                return None;
            }
            j += 1;
        }
        if !self.name_word(j) {
            return None;
        }
        let mut e = j;
        while let Some(next) = self.name_goes_on(e) {
            e = next;
        }
        let next = self.w(e + 1);
        (!super::AUX.contains(next)
            && !matches!(next, "said" | "says" | "told" | "added" | "reported"))
        .then_some(e)
    }

    /// "with a gunshot wound", "with life-threatening injuries" after a
    /// person: hurt, fate unknown (a "shot" figure), unless a casualty
    /// phrase follows ("a man with a gunshot wound died").
    fn with_wounds(&self, k: usize) -> Option<(Kind, Shot, usize)> {
        if self.w(k) != "with" {
            return None;
        }
        let end = (k + 1..k + 7)
            .take_while(|&j| {
                !matches!(self.toks.get(j).map(|t| t.t), Some(T::Punct(c)) if c != '-')
                    && !MODALS.contains(self.w(j))
            })
            .find(|&j| self.is(j, &["wound", "wounds", "injuries", "injury"]))?;
        // "with minor injuries" is hurt all the same; "with a gun" is not.
        if self.is(end - 1, &["no", "without"]) {
            return None;
        }
        Some(
            self.tail(end + 1, true)
                .or_else(|| self.intransitive(end + 1))
                .unwrap_or((Kind::Injured, Shot::Only, end)),
        )
    }

    /// True when an age starts at token `j`: "37-year-old".
    fn aged(&self, j: usize) -> bool {
        matches!(self.toks.get(j).map(|t| t.t), Some(T::Num(_)))
            && self.punct(j + 1) == Some('-')
            && self.w(j + 2).ends_with("-old")
    }

    /// A person after an active verb: (key token, how named, last token).
    pub(super) fn object(&self, j: usize) -> Option<(usize, Ref, usize)> {
        let w = self.w(j);
        if matches!(w, "himself" | "herself" | "themselves") {
            return Some((j, Ref::Noun, j));
        }
        if DETERMINERS.contains(&w) || possessive(w) && self.capitalized(j) {
            for k in j + 1..j + 7 {
                let x = self.w(k);
                if is_single_person(x) || is_plural_person(x, false) {
                    // "a security guard"
                    let next = self.w(k + 1);
                    if is_single_person(next) || is_plural_person(next, false) {
                        return Some((k + 1, Ref::Noun, k + 1));
                    }
                    // "officer Jane Doe", "his wife, Mary"; not "a 22-year-old
                    // Summerville man", where the name is a place.
                    if self.name_word(k + 1) {
                        let mut e = k + 1;
                        while let Some(next) = self.name_goes_on(e) {
                            e = next;
                        }
                        let noun = self.w(e + 1);
                        if is_single_person(noun) || is_plural_person(noun, false) {
                            return Some((e + 1, Ref::Noun, e + 1));
                        }
                        return Some((e, Ref::Name, e));
                    }
                    // "a neighbor, 55-year-old Ann Lowe"
                    if let Some(e) = self.appositive_name(k) {
                        return Some((e, Ref::Name, e));
                    }
                    return Some((k, Ref::Noun, k));
                }
                if !modifier(self, k) {
                    break;
                }
            }
            if w == "her" {
                return Some((j, Ref::Pronoun, j));
            }
            return None;
        }
        if w == "him" || w == "them" {
            return Some((j, Ref::Pronoun, j));
        }
        // "37-year-old Ann Lowe"
        if self.aged(j) {
            return self.object(j + 3).filter(|&(_, r, _)| r == Ref::Name);
        }
        // "Dr. Jane Doe"
        if matches!(
            w,
            "dr" | "mr" | "mrs" | "ms" | "rev" | "sgt" | "lt" | "capt" | "gov" | "sen"
        ) && self.punct(j + 1) == Some('.')
            && self.name_word_plain(j + 2)
        {
            let mut e = j + 2;
            while self.name_word_plain(e + 1) {
                e += 1;
            }
            return Some((e, Ref::Name, e));
        }
        if is_single_person(w) || is_plural_person(w, false) {
            if self.name_word(j + 1) {
                let mut e = j + 1;
                while let Some(next) = self.name_goes_on(e) {
                    e = next;
                }
                return Some((e, Ref::Name, e));
            }
            // "police officer": the longer noun.
            let next = self.w(j + 1);
            if is_single_person(next) || is_plural_person(next, false) {
                return Some((j + 1, Ref::Noun, j + 1));
            }
            return Some((j, Ref::Noun, j));
        }
        if self.name_word(j) && !self.in_title(j) {
            let mut e = j;
            while let Some(next) = self.name_goes_on(e) {
                e = next;
            }
            return Some((e, Ref::Name, e));
        }
        None
    }

    /// More objects coordinated with one that ends at `last`: "killed a
    /// woman and her son", "shot Ann Lowe, 19, and her neighbor Ben Cruz",
    /// "killing his children as well as his wife". Returns how many more
    /// people and the last token of the coordination.
    ///
    /// A conjunct must start like a noun phrase of its own (a determiner, a
    /// possessive, a name or "himself"), and must not be the subject of a
    /// new clause ("killed a man and Smith said ...", "and police are").
    pub(super) fn more_objects(&self, last: usize) -> (u64, usize) {
        let mut more = 0;
        let mut end = last;
        for _ in 0..4 {
            let mut k = end + 1;
            // "Ann Lowe, 19, and ..."
            if self.punct(k) == Some(',')
                && matches!(self.toks.get(k + 1).map(|t| t.t), Some(T::Num(_)))
                && self.punct(k + 2) == Some(',')
            {
                k += 3;
            } else if self.punct(k) == Some(',') && self.w(k + 1) == "and" {
                k += 1;
            }
            if self.w(k) == "and" {
                k += 1;
            } else if self.seq(k, &["as", "well", "as"]) {
                k += 3;
            } else {
                break;
            }
            let w = self.w(k);
            let starts_phrase = DETERMINERS.contains(&w)
                || self.aged(k)
                || possessive(w)
                || matches!(w, "himself" | "herself")
                || self.name_word(k) && !self.in_title(k);
            if !starts_phrase {
                break;
            }
            let Some((_, r, e)) = self.object(k) else {
                break;
            };
            if r == Ref::Pronoun
                || super::AUX.contains(self.w(e + 1))
                || self.is(
                    e + 1,
                    &["said", "says", "say", "told", "added", "who", "that"],
                )
            {
                break;
            }
            more += 1;
            end = e;
        }
        (more, end)
    }

    /// An active casualty verb at token `i` with a person as object.
    pub(super) fn object_victim(&self, i: usize) -> Option<Candidate> {
        const KILL: &[&str] = &[
            "killed",
            "kills",
            "killing",
            "murdered",
            "murders",
            "murdering",
            "assassinated",
            "assassinating",
            "beheaded",
            "beheading",
            "lynched",
            "lynching",
            "slaughtered",
            "strangled",
            "strangling",
            "massacred",
        ];
        // Verbs that kill with "to death": "beat a man to death", "beating
        // to death a farmer".
        const TO_DEATH: &[&str] = &[
            "beat",
            "beating",
            "hacked",
            "hacking",
            "stoned",
            "stoning",
            "burned",
            "burning",
            "bludgeoned",
            "clubbed",
            "crushed",
            "trampled",
            "mauled",
            "kicked",
            "tortured",
            "stabbed",
            "stabbing",
        ];
        const WOUND: &[&str] = &[
            "wounded", "wounds", "wounding", "injured", "injures", "injuring",
        ];
        const SHOOT: &[&str] = &["shot", "shoots", "shooting", "stabbed", "stabs", "stabbing"];
        let w = self.w(i);
        // Every pattern below starts at one of these words: most tokens
        // leave at once.
        if !OBJECT_STARTS.contains(w) {
            return None;
        }
        // "the injured teenagers", "93 injured people", "the most seriously
        // injured adults": a participle before its noun is an adjective.
        if w.ends_with("ed")
            && is_plural_person(self.w(i + 1), false)
            && (matches!(
                self.toks.get(i.wrapping_sub(1)).map(|t| t.t),
                Some(T::Num(_))
            ) || self.is(
                i.wrapping_sub(1),
                &[
                    "the",
                    "a",
                    "an",
                    "these",
                    "those",
                    "their",
                    "his",
                    "her",
                    "its",
                    "other",
                    "more",
                    "most",
                    "seriously",
                    "critically",
                    "badly",
                    "severely",
                    "slightly",
                    "gravely",
                    "mortally",
                    "fatally",
                    "many",
                    "several",
                    "some",
                ],
            ))
        {
            return None;
        }
        // Passives have their own pattern; "to kill" is an intent.
        let before = self.w(i.wrapping_sub(1));
        if matches!(
            before,
            "was" | "were" | "is" | "are" | "been" | "be" | "being" | "to" | "got" | "get"
        ) || MODALS.contains(before)
        {
            return None;
        }
        // "left a man dead", "leaving a woman and her son wounded": a verb,
        // its objects, then what happened to them.
        if self.is(i, &["left", "leaving", "leaves"]) {
            let (key, r, last) = self.object(i + 1)?;
            let (more, last) = self.more_objects(last);
            let kind = kind_word(self.w(last + 1)).filter(|k| *k != Kind::Displaced)?;
            return Some(Candidate {
                span: self.span(i, last + 1)?,
                kind,
                quantity: Quantity::exact(1 + more),
                qualifier: None,
                victims: self.span(key, key).filter(|_| r != Ref::Pronoun),
                shot: Shot::No,
                who: if more > 0 { None } else { self.who(key, r) },
                facts: Facts::default(),
            });
        }
        // A death named by its noun: "the killing of Qasem Soleimani", "the
        // murder of a taxi driver", "Van Biljon's death", "his murder".
        const DEATHS: &[&str] = &[
            "death",
            "killing",
            "murder",
            "assassination",
            "execution",
            "slaying",
            "beheading",
            "lynching",
        ];
        if self.is(i, DEATHS)
            && !self.is(
                i + 1,
                &[
                    "toll",
                    "tolls",
                    "penalty",
                    "penalties",
                    "sentence",
                    "row",
                    "threat",
                    "threats",
                    "squad",
                    "camp",
                    "camps",
                    "certificate",
                    "rate",
                    "count",
                ],
            )
        {
            let prev = self.w(i.wrapping_sub(1));
            if self.w(i + 1) == "of"
                && let Some((key, r, last)) = self.object(i + 2)
                && r != Ref::Pronoun
            {
                let start = if self.is(i.wrapping_sub(1), &["the"]) {
                    i - 1
                } else {
                    i
                };
                let plural = r == Ref::Noun && is_plural_person(self.w(key), false);
                return Some(Candidate {
                    span: self.span(start, last)?,
                    kind: Kind::Killed,
                    quantity: if plural {
                        Quantity {
                            value: None,
                            min: Some(2),
                            max: None,
                            approximate: true,
                        }
                    } else {
                        Quantity::exact(1)
                    },
                    qualifier: None,
                    victims: self.span(key, key),
                    shot: Shot::No,
                    who: if plural { None } else { self.who(key, r) },
                    facts: Facts {
                        nominal: true,
                        ..Facts::default()
                    },
                });
            }
            let owner = i.checked_sub(1)?;
            let named = possessive(prev)
                && self.capitalized(owner)
                && !NOT_NAMES.contains(prev.trim_end_matches("'s").trim_end_matches("\u{2019}s"));
            if named || self.is(owner, &["his", "her"]) && !self.is(i + 1, &["of"]) {
                let r = if named { Ref::Name } else { Ref::Pronoun };
                let mut first = owner;
                while named && first > 0 && self.name_word(first - 1) {
                    first -= 1;
                }
                return Some(Candidate {
                    span: self.span(first, i)?,
                    kind: Kind::Killed,
                    quantity: Quantity::exact(1),
                    qualifier: None,
                    victims: self.span(owner, owner).filter(|_| named),
                    shot: Shot::No,
                    who: Some((self.span(first, owner)?, r)),
                    facts: Facts {
                        nominal: true,
                        ..Facts::default()
                    },
                });
            }
        }
        // "the victim of a deadly Christmas Day shooting": one person
        // killed.
        if w == "victim"
            && self.w(i + 1) == "of"
            && self.is(i + 2, &["a", "an", "the"])
            && self.is(i + 3, &["deadly", "fatal"])
        {
            let end = (i + 4..i + 8)
                .take_while(|&k| !self.w(k).is_empty())
                .find(|&k| self.is(k, &["shooting", "stabbing", "attack"]))?;
            let first = if self.is(i.wrapping_sub(1), &["the", "a"]) {
                i - 1
            } else {
                i
            };
            return Some(Candidate {
                span: self.span(first, end)?,
                kind: Kind::Killed,
                quantity: Quantity::exact(1),
                qualifier: None,
                victims: self.span(i, i),
                shot: Shot::No,
                who: self.who(i, Ref::Noun),
                facts: Facts::default(),
            });
        }
        // "officers found a man shot in the leg", "found a woman wounded":
        // the state the victims were found in.
        if self.is(i, &["found", "discovered", "finds", "find"]) {
            let (key, r, last) = self.object(i + 1)?;
            let (more, last) = self.more_objects(last);
            let next = self.w(last + 1);
            let (kind, shot, end) = if matches!(next, "shot" | "stabbed") {
                if self.is(last + 2, &["dead"]) {
                    (Kind::Killed, Shot::No, last + 2)
                } else if self.seq(last + 2, &["to", "death"]) {
                    (Kind::Killed, Shot::No, last + 3)
                } else {
                    (Kind::Injured, Shot::Only, last + 1)
                }
            } else if matches!(next, "wounded" | "injured") {
                (Kind::Injured, Shot::No, last + 1)
            } else {
                // "found X dead" is left to the other patterns (a name found
                // dead is often a past case recalled in a round-up).
                return None;
            };
            return Some(Candidate {
                span: self.span(i, end)?,
                kind,
                quantity: Quantity::exact(1 + more),
                qualifier: None,
                victims: self.span(key, key).filter(|_| r != Ref::Pronoun),
                shot,
                who: if more > 0 { None } else { self.who(key, r) },
                facts: Facts::default(),
            });
        }
        let (kind, shot, obj) = if w == "fatally" && self.is(i + 1, SHOOT) {
            (Kind::Killed, Shot::No, i + 2)
        } else if self.is(i, TO_DEATH) && self.seq(i + 1, &["to", "death"]) {
            (Kind::Killed, Shot::No, i + 3)
        } else if self.is(i, TO_DEATH) && !self.is(i, SHOOT) {
            // "hacked a farmer to death": the fate after the object (below).
            (Kind::Injured, Shot::Only, i + 1)
        } else if self.is(i, SHOOT) && self.w(i + 1) == "dead" {
            // "police shot dead a protester"
            (Kind::Killed, Shot::No, i + 2)
        } else if self.is(i, SHOOT) && self.w(i + 1) == "and" && self.is(i + 2, KILL) {
            (Kind::Killed, Shot::No, i + 3)
        } else if self.is(i, SHOOT) && self.w(i + 1) == "and" && self.is(i + 2, WOUND) {
            (Kind::Injured, Shot::No, i + 3)
        } else if self.is(i, KILL) {
            (Kind::Killed, Shot::No, i + 1)
        } else if self.is(i, WOUND) {
            (Kind::Injured, Shot::No, i + 1)
        } else if matches!(
            w,
            "shot" | "shoots" | "shooting" | "stabbed" | "stabs" | "stabbing"
        ) {
            if self.is(
                i + 1,
                &["at", "up", "out", "down", "back", "video", "footage"],
            ) {
                return None;
            }
            let fatal = self.is(i.wrapping_sub(1), &["fatal", "deadly"]);
            let gerund = matches!(w, "shooting" | "stabbing");
            let obj = if gerund && self.w(i + 1) == "of" {
                i + 2
            } else {
                i + 1
            };
            if gerund
                && obj == i + 1
                && (self.is(i.wrapping_sub(1), DETERMINERS)
                    || is_single_person(self.w(obj))
                    || is_plural_person(self.w(obj), false))
            {
                // "the shooting suspect", "shooting victims"
                return None;
            }
            if fatal {
                (Kind::Killed, Shot::No, obj)
            } else {
                (Kind::Injured, Shot::Only, obj)
            }
        } else {
            return None;
        };
        let (key, r, last) = self.object(obj)?;
        // "shot and killed a woman and her son": the victims add up.
        let (more, last) = self.more_objects(last);
        // "killed civilians", "wounded his sons": a plural is at least two.
        let plural =
            r == Ref::Noun && is_plural_person(self.w(key), false) && self.np_count(obj, key) == 1;
        // "just shooting and killing people": an activity, no count.
        if plural && key == obj && self.w(key) == "people" && self.w(i).ends_with("ing") {
            return None;
        }
        // "shot him dead", "stabbed a guard to death": the fate after the object.
        let (kind, shot, last) = if shot == Shot::Only && self.w(last + 1) == "dead" {
            (Kind::Killed, Shot::No, last + 1)
        } else if shot == Shot::Only && self.seq(last + 1, &["to", "death"]) {
            (Kind::Killed, Shot::No, last + 2)
        } else if self.is(i, TO_DEATH) && !self.is(i, SHOOT) && shot == Shot::Only {
            // "beat a man" without "to death" says nothing of his fate.
            return None;
        } else {
            (kind, shot, last)
        };
        // "shot himself" says nothing of his fate; "killed himself" does.
        let start = if self.is(i.wrapping_sub(1), &["fatal", "deadly"]) {
            i - 1
        } else {
            i
        };
        let quantity = if plural {
            Quantity {
                value: None,
                min: Some((1 + more).max(2)),
                max: None,
                approximate: true,
            }
        } else {
            Quantity::exact(1 + more)
        };
        Some(Candidate {
            span: self.span(start, last)?,
            kind,
            quantity,
            qualifier: None,
            victims: self.span(key, key).filter(|_| r != Ref::Pronoun),
            shot,
            who: if more > 0 || plural {
                None
            } else {
                self.who(key, r)
            },
            facts: Facts::default(),
        })
    }
}

/// Words that show someone died or was shot without saying how many: "a
/// homicide", "charged with murder", "the coroner", "a double shooting".
/// Each kind keeps its largest count and the words that say it; the totals
/// turn one into a figure (qualifier `implied`) when it says more than the
/// figures do.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Evidence {
    /// At least this many were killed, and the words that say so.
    pub killed: Option<(u64, Span)>,
    /// At least this many were shot (fate unknown).
    pub shot: Option<(u64, Span)>,
    /// A killer who took their own life: "a murder-suicide".
    pub killer: Option<Span>,
}

impl Evidence {
    /// Keeps the larger count of each kind (the first on a tie).
    pub(crate) fn merge(&mut self, other: Evidence) {
        let larger = |a: Option<(u64, Span)>, b: Option<(u64, Span)>| match (a, b) {
            (Some(x), Some(y)) if y.0 > x.0 => Some(y),
            (None, y) => y,
            (x, _) => x,
        };
        self.killed = larger(self.killed, other.killed);
        self.shot = larger(self.shot, other.shot);
        self.killer = self.killer.or(other.killer);
    }
}

/// Every word that [`G::evidence`] looks at (the word itself, not its
/// neighbours): a [`Gate`] skips all others.
pub(super) static EVIDENCE_GATE: Gate = Gate::new(&[
    "homicide",
    "homicides",
    "murder",
    "murders",
    "slaying",
    "slayings",
    "murder-suicide",
    "coroner",
    "coroner's",
    "autopsy",
    "examiner",
    "examiner's",
    "shooting",
    "shootings",
    "stabbing",
]);

impl G<'_> {
    /// The [`Evidence`] of the whole text.
    pub(super) fn evidence(&self) -> Evidence {
        let mut e = Evidence::default();
        for &i in &self.evidence_words {
            let w = self.w(i);
            let prev = self.w(i.wrapping_sub(1));
            let next = self.w(i + 1);
            let multiple = match prev {
                "double" => 2,
                "triple" => 3,
                "quadruple" => 4,
                _ => 1,
            };
            // The words that say it: "double homicide", "fatal shooting",
            // "medical examiner", "shooting death".
            let from = if multiple > 1 || matches!(prev, "fatal" | "deadly" | "medical") {
                i - 1
            } else {
                i
            };
            let to = if matches!(next, "death" | "deaths") {
                i + 1
            } else {
                i
            };
            let Some(span) = self.span(from, to) else {
                continue;
            };
            // "If that is confirmed, the case becomes a triple homicide": a
            // condition, not a death known.
            if self.conditional(from) {
                continue;
            }
            let mut found = Evidence::default();
            match w {
                "homicide" | "homicides" | "murder" | "murders" | "slaying" | "slayings"
                    if !matches!(prev, "attempted" | "attempt" | "conspiracy")
                        && !matches!(next, "rate" | "rates" | "statistics" | "count") =>
                {
                    found.killed = Some((multiple, span));
                }
                // The killer's own death is counted apart, as an attacker's.
                "murder-suicide" => {
                    found.killed = Some((multiple, span));
                    found.killer = Some(span);
                }
                "coroner" | "coroner's" | "autopsy" => found.killed = Some((1, span)),
                "examiner" | "examiner's" if prev == "medical" => found.killed = Some((1, span)),
                "shooting" | "stabbing" if matches!(prev, "fatal" | "deadly") => {
                    found.killed = Some((1, span));
                }
                "shooting" if matches!(next, "death" | "deaths") => {
                    found.killed = Some((1, span));
                }
                "shooting" | "shootings" if multiple > 1 => found.shot = Some((multiple, span)),
                _ => continue,
            }
            e.merge(found);
        }
        e
    }
}
