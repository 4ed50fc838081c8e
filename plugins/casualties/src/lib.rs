//! The `casualties` analyzer: killed, injured, missing and displaced figures,
//! with per-article totals.
//!
//! It reads sentences such as "the war has killed 14,000", "at least 20
//! wounded", "dozens dead", "killing three people", "two people were shot
//! dead", "left 5 injured", "the death toll rose to 45", "1.2 million fled
//! their homes" or "a 30-year-old man was shot and killed", and reports each as
//! a [`Figure`]: its kind, count, bounds, qualifier and victims, tied to the
//! exact span of text.
//!
//! ```
//! use newsfacts_casualties::{Casualties, CasualtiesConfig, Kind};
//! use newsfacts_core::{Analyzer, Article, Document};
//!
//! let article = Article::new("a", "The shelling killed at least 12 civilians. 40,000 troops were deployed.");
//! let report = Casualties::new(CasualtiesConfig::default()).unwrap().analyze(&Document::new(&article)).unwrap();
//! assert_eq!(report.figures.len(), 1);
//! assert_eq!(report.figures[0].text, "killed at least 12 civilians");
//! assert_eq!((report.figures[0].kind, report.figures[0].min), (Kind::Killed, Some(12)));
//! assert_eq!(report.totals.killed, Some(12));
//! ```
//!
//! # How figures are found
//!
//! Numbers come from [`newsfacts_text::numbers`] (digits, number words and
//! vague amounts such as "dozens"). A number becomes a figure only when a
//! casualty word governs it, in one of these shapes (qualifiers such as "at
//! least" may precede the number, victims such as "civilians" may follow it):
//!
//! 1. a verb before it: "(has) killed / killing / wounded / injuring /
//!    displaced N", "claimed the lives of N", "left N dead / injured /
//!    missing / homeless";
//! 2. a toll before it: "the death toll rose to N", "a death toll of N";
//! 3. a casualty word after it: "N (people) (were) killed / dead / died /
//!    wounded / injured / hurt / missing / displaced / fled", "N deaths";
//! 4. victims with no number (count 1), as subject or object of a casualty
//!    word, named, described or referred to by a pronoun: "a 30-year-old man
//!    was shot and killed", "Smith was pronounced dead", "he died at the
//!    hospital", "she succumbed to her injuries", "the officer was
//!    wounded", "fatally shot his wife", "killing Officer Jane Doe"
//!    "left a man wounded", "a woman with a gunshot wound"
//!    (module `grammar::victims`). Coordinated victims add up, as subjects
//!    ("a man and a teenager were shot" → 2, "a man, his wife and their
//!    son were found dead" → 3) or as objects ("shot and killed a woman and
//!    her son" → 2, "killing his five children as well as his wife" → 6),
//!    a bare plural says at least two ("teenagers were shot"), and a negation counts zero ("no one was hurt", "none of
//!    the officers were injured" → injured 0). Headlines drop auxiliaries
//!    and are read as such: "Man shot, killed near bus stop", "Three shot,
//!    one dead", "Teen found shot on bike path dies".
//!
//! The subject or object of a victim pattern must be a person: a pronoun, a
//! person noun ("man", "wife", "officer", "civilians") or a capitalized
//! name that is not a weekday, month, headline word or all-capitals word.
//! That keeps "the committee killed the bill", "his engine died", "the
//! crew shot a video" and "shooting victims are often left without
//! support" out. Modals, negations and intents block a pattern ("could have
//! been killed", "was not hurt", "threatened to kill", "within inches of
//! possibly killing").
//!
//! Traps it refuses: money ("$14,000", "14,000 dollars"), ages ("a 25-year-old",
//! "under the age of 12"),
//! durations and distances ("killed 3 years ago" counts the victim, not 3),
//! percentages, dates ("on March 3 killed"), years ("killed in 2014"),
//! identifiers ("COVID-19"), family sizes ("a mother of three"), and
//! numbers of people with no casualty word ("100,000 Russian troops", "tens of
//! thousands of troops"). A bare participle followed by an object is active,
//! not a casualty ("3 gunmen killed a guard" counts the guard, not the
//! gunmen).
//!
//! # "Shot"
//!
//! "Two people were shot" does not say whether they lived, nor do "was
//! hospitalized", "was taken to a hospital", "is in critical condition" or
//! "suffered gunshot wounds". Such figures are kept aside: when the article
//! reports no deaths they become `injured` figures; otherwise they only feed
//! the injured total as "shot minus killed" ("four people were shot, one
//! fatally" → 1 killed, 3 injured; "Smith was shot ... he died" → 1 killed,
//! 0 injured).
//!
//! # Totals
//!
//! See [`Totals`].

#![forbid(unsafe_code)]
// Library code never unwraps: user data must not be able to panic it.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use chrono::Datelike;
use newsfacts_core::{Analyzer, Document, Error, Span};
use newsfacts_dates::{Timex, TimexType};
use newsfacts_text::LineSentences;
use newsfacts_text::numbers::Quantity;
use serde::{Deserialize, Serialize};

mod grammar;
mod regions;

use grammar::{Candidate, Evidence, Ref, Shot};

/// The casualties analyzer. See the [crate documentation](crate).
pub struct Casualties {
    config: CasualtiesConfig,
}

/// Settings of the [`Casualties`] analyzer (the `casualties` section of a
/// config file).
#[derive(Clone, Debug, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct CasualtiesConfig {
    /// Do not report single victims without a number ("a man was shot and
    /// killed" → 1 killed). They are reported by default: local crime news
    /// counts its victims that way.
    pub skip_single_victims: bool,
    /// Do not turn "N people were shot" into injured figures (see the crate
    /// documentation).
    pub skip_shot: bool,
}

/// What happened to the people a [`Figure`] counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Killed, dead, died, death toll.
    Killed,
    /// Injured, wounded, hurt.
    Injured,
    /// Missing, unaccounted for.
    Missing,
    /// Displaced, fled their homes, homeless, evacuated.
    Displaced,
}

/// How the text qualifies a figure's number. Serialized in snake case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// No qualifier: "killed 14,000". `min` = `max` = `count`.
    Exact,
    /// "at least 20", "no fewer than 20", "a minimum of 20": `min` = 20, no `max`.
    AtLeast,
    /// "more than 100", "over 100", "upwards of 100": `count` = 100, `min` = 101.
    MoreThan,
    /// "up to 40", "as many as 40", "at most 40": `max` = 40, no `min`.
    AtMost,
    /// "fewer than 40", "less than 40", "nearly 40", "almost 40": `max` = 39.
    FewerThan,
    /// "about 300", "around 300", "some 300", "an estimated 300": `count` 300,
    /// `approximate`, no bounds.
    Approximately,
    /// "between 20 and 30", "20 to 30": `min` and `max`, no `count`.
    Range,
    /// A vague amount: "dozens", "hundreds", "several": `count` and `min` are
    /// the lower bound the word implies ("dozens" → 24), `approximate` is set.
    Vague,
}

/// One casualty figure found in the text.
#[derive(Clone, Debug, Serialize)]
pub struct Figure {
    /// The text of the figure's extent, e.g. "has killed 14,000".
    pub text: String,
    /// Where it is (byte offsets inside the program; see `Span`).
    #[serde(flatten)]
    pub span: Span,
    /// What happened to the people counted.
    pub kind: Kind,
    /// The number stated, when one is: 14,000 in "more than 14,000"; for a
    /// vague amount its lower bound ("dozens" → 24); `None` for ranges.
    pub count: Option<u64>,
    /// The smallest number the text allows, when it sets one.
    pub min: Option<u64>,
    /// The largest number the text allows, when it sets one.
    pub max: Option<u64>,
    /// How the number is qualified.
    pub qualifier: Qualifier,
    /// True when the text is loose about the number ("about", "dozens", "a dozen").
    pub approximate: bool,
    /// Who, as written: "civilians", "children", "people", "police officers",
    /// "man"; `None` when not said next to the number.
    pub victims: Option<String>,
    /// TIMEX3 value of a date in the same sentence, from the `dates`
    /// analyzer's output; `None` when there is none.
    pub when: Option<String>,
}

/// Per-article totals by kind.
///
/// The best estimate of how many people the reported events killed,
/// injured, displaced or left missing, built so that a toll repeated or
/// updated later in the article counts once:
///
/// - **Numbers**: the largest figure of each kind (its `count`, else its
///   `min`). News restates and updates cumulative tolls ("killed 12" early
///   on, "the death toll rose to 45" later), so adding figures would count
///   the same victims twice; the largest is the newest or best lower bound.
/// - **Victims without a number** count as one, except that differently
///   *named* victims add up ("Ann Lowe was killed ... Ben Cruz was shot and
///   killed" → 2). Names are compared word by word ("Jane Doe", "Doe" and
///   "Jane" are one victim); nouns and pronouns ("the man", "he") never add
///   a victim, as they usually refer back to a named one. Names in the
///   headline are not counted (headlines are title-cased).
///   The total of a kind is the larger of the numbers and the named victims.
/// - **Past events yield**: a figure whose sentence carries a date in a year
///   before the article's (its publication year, else the latest year it
///   mentions), such as "since 2007, when 28 were killed" or "killed three
///   men in the summer of 2012", is left out when the article has figures
///   of the same kind that are not so dated. Cumulative tolls are never
///   past events ("the war, which began in 2019, has killed 8,000").
/// - **Evidence floors**: words that show a death without a count
///   ("homicide", "murder" but not "attempted murder", "the coroner", "the
///   medical examiner", "an autopsy", "fatal shooting", "shooting death")
///   make `killed` at least 1 ("double homicide" 2, "murder-suicide" 2);
///   "a double shooting" makes the shot count at least 2. They are not
///   figures.
/// - `injured` also takes "shot" figures into account (see the crate
///   documentation).
///
/// A total is `None` when the article has no figure of that kind; `Some(0)`
/// when it only says none were ("no one was hurt").
#[derive(Clone, Debug, Default, Serialize)]
pub struct Totals {
    /// Killed.
    pub killed: Option<u64>,
    /// Injured.
    pub injured: Option<u64>,
    /// Missing.
    pub missing: Option<u64>,
    /// Displaced.
    pub displaced: Option<u64>,
}

/// The [`Casualties`] analyzer's output.
#[derive(Clone, Debug, Serialize)]
pub struct CasualtyReport {
    /// Every figure, in text order.
    pub figures: Vec<Figure>,
    /// Per-article totals.
    pub totals: Totals,
}

/// Words without which an article can hold no figure: checked first, so
/// articles about other things cost one scan.
const PREFILTER_WORDS: &[&str] = &[
    "kill",
    "dead",
    "die",
    "death",
    "wound",
    "injur",
    "hurt",
    "missing",
    "unaccounted",
    "displac",
    "fled",
    "flee",
    "homeless",
    "evacuat",
    "uproot",
    "toll",
    "fatal",
    "shot",
    "shoot",
    "homicide",
    "coroner",
    "examiner",
    "autopsy",
    "hospital",
    "critical",
    "slay",
    "slain",
    "succumb",
    "stab",
    "drown",
    "murder",
    "perish",
    "lives",
    "execut",
];

/// The automaton of [`PREFILTER_WORDS`].
static PREFILTER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostFirst)
        .build(PREFILTER_WORDS)
        .ok()
});

/// What the analyzer returns for one article (every bundled plugin crate
/// names its output type `Output`).
pub type Output = CasualtyReport;

impl Analyzer for Casualties {
    const NAME: &'static str = "casualties";
    const REQUIRES: &'static [&'static str] = &["dates"];
    type Config = CasualtiesConfig;
    type Output = Output;

    fn new(config: CasualtiesConfig) -> Result<Self, Error> {
        LazyLock::force(&PREFILTER);
        regions::warm_up();
        Ok(Casualties { config })
    }

    fn analyze(&self, doc: &Document<'_>) -> Result<CasualtyReport, Error> {
        let body = doc.body();
        let nothing = || {
            Ok(CasualtyReport {
                figures: Vec::new(),
                totals: Totals::default(),
            })
        };
        // Most lines, and some articles, hold no casualty word at all.
        let regions::Regions { regions, relevant } = regions::regions(body);
        // A hot line may already show a prefilter word; else look for one.
        if regions.is_empty() || !relevant && !PREFILTER.as_ref().is_none_or(|ac| ac.is_match(body))
        {
            return nothing();
        }
        let article = doc.article();
        let title_end = article
            .title
            .as_deref()
            .filter(|t| !t.is_empty() && body.starts_with(t))
            .map_or(0, str::len);
        let (candidates, evidence) =
            grammar::find(body, &regions, !self.config.skip_single_victims, title_end);
        if candidates.is_empty() && evidence == grammar::Evidence::default() {
            return nothing();
        }
        let timexes = doc
            .output::<newsfacts_dates::Dates>()
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let year = article
            .published
            .as_ref()
            .and_then(|p| u32::try_from(p.date.year()).ok().filter(|y| *y <= 9999))
            .or_else(|| timexes.iter().filter_map(|t| year_of(&t.value)).max());
        // Only the lines around figures are split into sentences.
        let sentences = LineSentences::new(body);
        let ctx = Context {
            body,
            title_end,
            timexes,
            sentences: &sentences,
            year,
        };
        Ok(assemble(&ctx, candidates, evidence, &self.config))
    }
}

newsfacts_core::register!(
    Casualties,
    "killed, injured, missing and displaced figures with per-article totals"
);

/// What [`assemble`] needs to know about the article besides its candidates.
struct Context<'a> {
    body: &'a str,
    /// Where the headline ends, when the body starts with it.
    title_end: usize,
    /// The dates analyzer's output, in text order.
    timexes: &'a [Timex],
    /// Sentence look-ups (the lines holding figures only).
    sentences: &'a LineSentences<'a>,
    /// The publication year, else the latest year the article mentions.
    year: Option<u32>,
}

/// The year of a TIMEX3 value ("2014", "2014-03-02"), if it has one.
fn year_of(value: &str) -> Option<u32> {
    let y = value.get(..4)?;
    y.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| y.parse().ok())
        .flatten()
}

/// True when the sentence around `span` dates itself before the article's
/// year ("since 2007, when 28 were killed", "in the summer of 2012"): a
/// figure of past events, not of the one reported.
///
/// A cumulative toll is never background: "the war, which began in 2019, has
/// killed 8,000" counts the reported events too.
fn background(ctx: &Context<'_>, span: Span) -> bool {
    let Some(year) = ctx.year else { return false };
    let (start, end) = sentence(ctx, span);
    let text = ctx.body.get(start..end).unwrap_or("").to_ascii_lowercase();
    let figure = span.text(ctx.body).to_ascii_lowercase();
    let past = |t: &Timex| {
        t.kind == TimexType::Date
            && t.span.end() <= end
            && year_of(&t.value).is_some_and(|y| y < year)
    };
    // "since 2007, when 28 were killed": a clause on a past date is about
    // that date, whatever else the sentence says.
    let on_past_date = timexes_within(ctx.timexes, start, end).iter().any(|t| {
        past(t)
            && ctx
                .body
                .get(t.span.end()..span.start())
                .is_some_and(|gap| matches!(gap.trim(), ", when" | "when" | ", in which"))
    });
    if on_past_date {
        return true;
    }
    let cumulative = ["has ", "have ", "had "]
        .iter()
        .any(|a| figure.starts_with(a))
        || ["toll", "since ", "began", "started", "so far"]
            .iter()
            .any(|w| text.contains(w));
    if cumulative {
        return false;
    }
    timexes_within(ctx.timexes, start, end).iter().any(past)
}

/// Turns grammar candidates into figures and totals (see [`Totals`]).
fn assemble(
    ctx: &Context<'_>,
    candidates: Vec<Candidate>,
    evidence: Evidence,
    config: &CasualtiesConfig,
) -> CasualtyReport {
    let past: Vec<bool> = candidates.iter().map(|c| background(ctx, c.span)).collect();
    let total_of = |kind: Kind, shot: Shot| -> Option<u64> {
        let pool: Vec<(&Candidate, bool)> = candidates
            .iter()
            .zip(past.iter().copied())
            .filter(|(c, _)| c.kind == kind && c.shot == shot)
            .collect();
        // Figures of past events yield to the figures of this one.
        let current = pool.iter().any(|(_, p)| !p);
        let pool = pool
            .into_iter()
            .filter(|(_, p)| !p || !current)
            .map(|(c, _)| c);
        let mut numeric: Option<u64> = None;
        let mut single: Option<u64> = None;
        // Names as groups of words: "Jane Doe", "Doe" and "Jane" are one.
        let mut names: Vec<Vec<String>> = Vec::new();
        for c in pool {
            let n = c.quantity.value.or(c.quantity.min);
            match c.who {
                None => numeric = numeric.max(n),
                Some((key, r)) => {
                    single = single.max(n);
                    if r == Ref::Name && key.start() >= ctx.title_end && n != Some(0) {
                        let words: Vec<String> = key
                            .text(ctx.body)
                            .split_whitespace()
                            .map(str::to_lowercase)
                            .collect();
                        match names
                            .iter_mut()
                            .find(|g| g.iter().any(|w| words.contains(w)))
                        {
                            Some(group) => group.extend(words),
                            None => names.push(words),
                        }
                    }
                }
            }
        }
        let named = (!names.is_empty()).then_some(names.len() as u64);
        numeric.max(single).max(named)
    };
    let floor = |n: u64| (n > 0).then_some(n);
    let killed = total_of(Kind::Killed, Shot::No).max(floor(evidence.killed));
    let shot = if config.skip_shot {
        None
    } else {
        total_of(Kind::Injured, Shot::Only).max(floor(evidence.shot))
    };
    let injured_stated = total_of(Kind::Injured, Shot::No);
    let keep_shot = !config.skip_shot && killed.is_none_or(|k| k == 0);
    let injured = match (injured_stated, shot) {
        (a, None) => a,
        (a, Some(s)) => {
            let rest = s.saturating_sub(killed.unwrap_or(0));
            let rest = (rest > 0 || a.is_some()).then_some(rest);
            a.max(rest)
        }
    };
    let totals = Totals {
        killed,
        injured,
        missing: total_of(Kind::Missing, Shot::No),
        displaced: total_of(Kind::Displaced, Shot::No),
    };
    let figures = candidates
        .into_iter()
        .filter(|c| c.shot == Shot::No || keep_shot)
        .map(|c| figure(ctx, c))
        .collect();
    CasualtyReport { figures, totals }
}

/// A sentence is looked at no further than this many bytes either side of a
/// figure: real sentences are shorter, and text with no sentence breaks (a
/// scraped page flattened to one line) must not make every figure scan all of
/// it, which would be quadratic.
const SENTENCE_REACH: usize = 600;

/// The byte bounds of the sentence around `span` (as the
/// [`Sentences`](newsfacts_text::Sentences) layer cuts them), clamped to
/// [`SENTENCE_REACH`] either side of it.
fn sentence(ctx: &Context<'_>, span: Span) -> (usize, usize) {
    let body = ctx.body;
    let (start, end) = match (
        ctx.sentences.containing(span.start()),
        ctx.sentences.containing(span.end().saturating_sub(1)),
    ) {
        (Some(a), Some(b)) => (a.start(), b.end()),
        (Some(a), None) => (a.start(), a.end().max(span.end())),
        (None, Some(b)) => (b.start().min(span.start()), b.end()),
        (None, None) => (span.start(), span.end()),
    };
    let mut lo = start.max(span.start().saturating_sub(SENTENCE_REACH));
    while !body.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = end
        .min(span.end().saturating_add(SENTENCE_REACH))
        .min(body.len());
    while !body.is_char_boundary(hi) {
        hi -= 1;
    }
    (lo.min(span.start()), hi.max(span.end()))
}

/// The timexes that start inside `start..end` (callers check their ends): a
/// binary search, since the dates analyzer returns them in text order.
fn timexes_within(timexes: &[Timex], start: usize, end: usize) -> &[Timex] {
    let from = timexes.partition_point(|t| t.span.start() < start);
    let rest = timexes.get(from..).unwrap_or(&[]);
    rest.get(..rest.partition_point(|t| t.span.start() < end))
        .unwrap_or(&[])
}

/// The value of the DATE or TIME expression nearest to `span` in its sentence.
fn when(ctx: &Context<'_>, span: Span) -> Option<String> {
    let (start, end) = sentence(ctx, span);
    timexes_within(ctx.timexes, start, end)
        .iter()
        .filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time))
        .filter(|t| t.span.end() <= end)
        .min_by_key(|t| t.span.start().abs_diff(span.start()))
        .map(|t| t.value.clone())
}

fn figure(ctx: &Context<'_>, c: Candidate) -> Figure {
    let body = ctx.body;
    let when = when(ctx, c.span);
    let (qualifier, count, min, max, approximate) = qualify(c.quantity, c.qualifier);
    Figure {
        text: c.span.text(body).to_string(),
        span: c.span,
        kind: c.kind,
        count,
        min,
        max,
        qualifier,
        approximate,
        victims: c.victims.map(|v| v.text(body).to_string()),
        when,
    }
}

/// Combines a number's quantity with the qualifier before it.
fn qualify(
    q: Quantity,
    qualifier: Option<Qualifier>,
) -> (Qualifier, Option<u64>, Option<u64>, Option<u64>, bool) {
    let approx = q.approximate;
    match (q.value, qualifier) {
        (None, _) if q.max.is_some() => (Qualifier::Range, None, q.min, q.max, approx),
        (None, Some(Qualifier::MoreThan)) => (
            Qualifier::MoreThan,
            None,
            q.min.map(|m| m.saturating_add(1)),
            None,
            true,
        ),
        // A vague amount counts as its lower bound ("dozens" → 24), so totals
        // and scores compare numbers; `approximate` and the qualifier say it
        // is not a stated count.
        (None, _) => (Qualifier::Vague, q.min, q.min, None, true),
        (Some(n), None | Some(Qualifier::Exact | Qualifier::Range | Qualifier::Vague)) => {
            (Qualifier::Exact, Some(n), Some(n), Some(n), approx)
        }
        (Some(n), Some(Qualifier::AtLeast)) => (Qualifier::AtLeast, Some(n), Some(n), None, approx),
        (Some(n), Some(Qualifier::MoreThan)) => (
            Qualifier::MoreThan,
            Some(n),
            Some(n.saturating_add(1)),
            None,
            approx,
        ),
        (Some(n), Some(Qualifier::AtMost)) => (Qualifier::AtMost, Some(n), None, Some(n), approx),
        (Some(n), Some(Qualifier::FewerThan)) => (
            Qualifier::FewerThan,
            Some(n),
            None,
            Some(n.saturating_sub(1)),
            true,
        ),
        (Some(n), Some(Qualifier::Approximately)) => {
            (Qualifier::Approximately, Some(n), None, None, true)
        }
    }
}

#[cfg(test)]
mod tests;
