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
//! 2. a toll before it: "the death toll rose to N", "a death toll of N",
//!    "the number of injured climbed to N", "raising the death toll to N",
//!    "from N to M" (module `grammar::tolls`);
//! 3. a casualty word after it: "N (people) (were) killed / dead / died /
//!    wounded / injured / hurt / missing / displaced / fled", "N deaths",
//!    "N bodies", "eight murders", "N were taken to hospital", "N are
//!    feared to be dead", "the death of (all) N", "four of the dead" (a
//!    part of the toll), "N people, including a nurse, were killed" (and
//!    the nurse as a part: module `grammar::including`);
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
//!    one dead", "Teen found shot on bike path dies". A death named by its
//!    noun is a victim too: "the killing of NAME", "NAME's death".
//!
//! What the words around a figure say (module `grammar::context`): whether
//! the people counted are attackers ("three gunmen", "the bomber was shot
//! dead", a suspect the police shot beside victims of his), whether the
//! count is one side's claim ("the rebels said they had killed 60"),
//! whether it belongs to another event ("in another attack", "Earlier,"; and,
//! from the dates analyzer, a date before the week of publication), and how
//! it relates to the figures before it (an update, a part, people besides,
//! a group joined to the one before).
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
//! reports no deaths they become `injured` figures; otherwise the injured
//! are "shot minus killed", shown as an `implied` figure on the largest
//! "shot" figure ("four people were shot, one fatally" → 1 killed, 3
//! injured; "Smith was shot ... he died" → 1 killed, no injured).
//!
//! # Totals
//!
//! See [`Totals`].

#![forbid(unsafe_code)]
// Library code never unwraps: user data must not be able to panic it.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use chrono::Datelike;
use newsfacts_core::{Analyzer, Document, Error, Span};
use newsfacts_dates::{Timex, TimexType};
use newsfacts_text::LineSentences;
use newsfacts_text::numbers::Quantity;
use serde::{Deserialize, Serialize};

mod grammar;
mod regions;

use grammar::{Candidate, Evidence, Facts, Ref, Role, Shot};

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
    /// "between 20 and 30", "20 to 30": `min` and `max`; `count` is the
    /// lower bound, as for a vague amount.
    Range,
    /// A vague amount: "dozens", "hundreds", "several": `count` and `min` are
    /// the lower bound the word implies ("dozens" → 24), `approximate` is set.
    Vague,
    /// No number is written; the words imply one: "a homicide
    /// investigation" → 1 killed, "a double shooting" → 2 hurt, or "four
    /// people were shot ... one died" → 3 injured on the figure "four people
    /// were shot". `min` = `max` = `count`.
    Implied,
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
    /// vague amount or a range its lower bound ("dozens" → 24, "between 20
    /// and 30" → 20).
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
    /// True when the people counted are the attackers themselves: gunmen,
    /// militants, suicide bombers, suspects shot by police.
    pub perpetrators: bool,
    /// True when the figure is about another event named as background,
    /// usually an earlier one: "the worst flood since 1988, when 2,000
    /// people died", "in another attack last week, ...".
    pub past: bool,
    /// True when one side of a conflict claims its enemy's losses: "the
    /// rebels said they had killed 60 government troops", as opposed to a
    /// toll given by officials or agencies.
    pub claim: bool,
    /// True when the figure counts toward the [`Totals`]: the toll that sets
    /// a total and every distinct group added to it. Restatements, earlier
    /// tolls, parts of a toll ("including three children"), past and
    /// claimed figures do not.
    pub in_total: bool,
    /// TIMEX3 value of a date in the same sentence, from the `dates`
    /// analyzer's output; `None` when there is none.
    pub when: Option<String>,
}

/// Per-article totals by kind.
///
/// The best estimate of how many people the reported event killed,
/// injured, displaced or left missing, **attackers included** (the
/// convention of the Global Terrorism Database and ACLED); [`Totals::perpetrators`]
/// says how many of them were attackers. **No total without a figure**:
/// every total is the sum of the figures marked [`Figure::in_total`] of its
/// kind, each counted by its `count` (else its `min`), except that named
/// victims are counted by name (below). How the figures of one kind combine,
/// victims and attackers apart:
///
/// - **Restatements and updates count once.** News restates and updates
///   tolls ("killed 12" early on, "the death toll rose to 45" later): the
///   largest figure counts, and a toll update ("rose to", "climbed to",
///   "now stands at", "raising the number of dead to") replaces what came
///   before it, so the newest wins. A toll the text calls superseded ("an
///   earlier toll of 27", "an initial count of 12") counts only where
///   nothing else of its kind does.
/// - **Distinct groups add up**: "seven more were injured", "another
///   died", "25 others", a list split by other words ("killed five
///   children in a bus and two truck drivers"), victims and attackers
///   ("Four guards and 11 insurgents died" → 15, 11 of them attackers),
///   and people treated at the scene after those taken to hospital ("two
///   were taken to hospital and five were treated at the scene" → 7).
/// - **Parts are not added**: "including three children", "three of the
///   dead" (unless nothing else of that kind is counted).
/// - **Victims without a number** count as one, except that differently
///   *named* victims add up ("Ann Lowe was killed ... Ben Cruz was shot and
///   killed" → 2). Names are compared word by word ("Jane Doe", "Doe" and
///   "Jane" are one victim); nouns and pronouns ("the man", "he") never add
///   a victim, as they usually refer back to a named one. Names in the
///   headline are not counted (headlines are title-cased).
/// - **Past and claimed figures never count** ([`Figure::past`],
///   [`Figure::claim`]): an article whose only figures are past has no
///   totals. A figure whose sentence carries a date before the article's
///   year (its publication year, else the latest year it mentions), such
///   as "since 2007, when 28 were killed", is past when the article has
///   figures of the same kind that are not so dated; cumulative tolls are
///   never past ("the war, which began in 2019, has killed 8,000"). "N
///   other people" right after a figure of another event are of it too.
/// - **Implied figures**: words that show a death without a count
///   ("homicide", "murder" but not "attempted murder", "the coroner", "the
///   medical examiner", "an autopsy", "fatal shooting", "shooting death";
///   "double homicide" 2, "murder-suicide" 1 and the killer) become a
///   figure with qualifier [`Qualifier::Implied`] when they say more than
///   the figures do; not in a sentence that opens on a condition ("If
///   ..., it becomes a triple homicide").
/// - **"Shot"**: people shot (or hospitalized) whose fate is not told
///   are injured when the article reports no deaths on their side; when it
///   does, the injured are those shot less those killed, given as an
///   implied figure on the largest "shot" figure ("four people were shot,
///   one fatally" → 1 killed, 3 injured).
///
/// A total is `None` when the article has no figure of that kind; `Some(0)`
/// when it only says none were ("no one was hurt"), a statement that is no
/// figure (the convention of the annotated corpora: a figure counts people).
#[derive(Clone, Debug, Default, Serialize)]
pub struct Totals {
    /// Killed, attackers included.
    pub killed: Option<u64>,
    /// Injured, attackers included.
    pub injured: Option<u64>,
    /// Missing.
    pub missing: Option<u64>,
    /// Displaced.
    pub displaced: Option<u64>,
    /// How many of the killed and injured were attackers.
    pub perpetrators: Perpetrators,
}

/// How many of the [`Totals`] were attackers: `None` when the matching
/// total is `None`, `Some(0)` when no attacker is counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Perpetrators {
    /// Attackers killed.
    pub killed: Option<u64>,
    /// Attackers injured.
    pub injured: Option<u64>,
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
    "assassin",
    "behead",
    "decapitat",
    "lynch",
    "slaughter",
    "strangl",
    "electrocut",
    "asphyxiat",
    "suffocat",
    "martyr",
    "bodies",
    "corpse",
    "deceas",
    "relocat",
    "rubble",
    "trapped",
    "their home",
    "their village",
];

/// The automaton of [`PREFILTER_WORDS`].
static PREFILTER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .kind(Some(AhoCorasickKind::DFA))
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
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
            published: article.published.as_ref().map(|p| p.date),
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
    /// The publication date, when the article has one.
    published: Option<chrono::NaiveDate>,
}

/// The year of a TIMEX3 value ("2014", "2014-03-02"), if it has one.
fn year_of(value: &str) -> Option<u32> {
    let y = value.get(..4)?;
    y.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| y.parse().ok())
        .flatten()
}

/// True when the TIMEX3 `value` names a time over before the week of
/// `published`: a week before it ("last week" in an article of the next
/// week), a month before its month, a day more than seven days before it.
/// A report of Saturday's attack published on Thursday is still news.
fn earlier_than(value: &str, published: chrono::NaiveDate) -> bool {
    use chrono::NaiveDate;
    let num = |s: Option<&str>| s.and_then(|s| s.parse::<u32>().ok());
    let year = num(value.get(..4)).and_then(|y| i32::try_from(y).ok());
    let Some(year) = year else { return false };
    let rest = value.get(4..).unwrap_or("");
    if let Some(week) = rest.strip_prefix("-W") {
        let Some(w) = num(week.get(..2)).filter(|_| week.len() == 2) else {
            return false;
        };
        let iso = published.iso_week();
        return (year, w) < (iso.year(), iso.week());
    }
    if let Some(month) = rest.strip_prefix('-').filter(|m| m.len() == 2) {
        let Some(m) = num(Some(month)) else {
            return false;
        };
        return (year, m) < (published.year(), published.month());
    }
    if rest.len() == 6 {
        let day = NaiveDate::parse_from_str(value, "%Y-%m-%d").ok();
        return day.is_some_and(|d| (published - d).num_days() > 7);
    }
    false
}

/// True when the sentence around `span` dates itself before the article's
/// year ("since 2007, when 28 were killed", "in the summer of 2012"): a
/// figure of past events, not of the one reported.
///
/// A cumulative toll is never background: "the war, which began in 2019, has
/// killed 8,000" counts the reported events too.
fn background(ctx: &Context<'_>, span: Span, (start, end): (usize, usize)) -> bool {
    let Some(year) = ctx.year else { return false };
    let raw = ctx.body.get(start..end).unwrap_or("");
    let past = |t: &Timex| {
        t.kind == TimexType::Date
            && t.span.end() <= end
            && (year_of(&t.value).is_some_and(|y| y < year)
                || ctx.published.is_some_and(|p| earlier_than(&t.value, p)))
    };
    let dated = timexes_within(ctx.timexes, start, end).iter().any(past);
    // Most figures carry no earlier date: nothing more to read.
    if !dated && !earlier_year(raw, year) {
        return false;
    }
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
    let text = raw.to_ascii_lowercase();
    let figure = span.text(ctx.body).to_ascii_lowercase();
    let cumulative = ["has ", "have ", "had "]
        .iter()
        .any(|a| figure.starts_with(a))
        || ["toll", "since ", "began", "started", "so far"]
            .iter()
            .any(|w| text.contains(w));
    !cumulative
}

/// True when `sentence` names a year before `year` as a bare number the
/// dates analyzer may leave untagged ("2018 saw 750 deaths"): four digits
/// from 1900 to 2099, standing alone (not money, not part of a longer
/// number, not a count of a unit).
fn earlier_year(sentence: &str, year: u32) -> bool {
    let b = sentence.as_bytes();
    memchr::memchr2_iter(b'1', b'2', b).any(|i| {
        let Some(digits) = b.get(i..i + 4) else {
            return false;
        };
        let alone_before = i == 0
            || b.get(i - 1)
                .is_some_and(|c| !c.is_ascii_alphanumeric() && !matches!(c, b'$' | b',' | b'.'));
        let alone_after = b
            .get(i + 4)
            .is_none_or(|c| !c.is_ascii_alphanumeric() && *c != b',');
        let y = std::str::from_utf8(digits)
            .ok()
            .and_then(|d| d.parse::<u32>().ok());
        alone_before
            && alone_after
            && digits.iter().all(u8::is_ascii_digit)
            && y.is_some_and(|y| (1900..2100).contains(&y) && y < year)
    })
}

/// The number a candidate adds to a total: its figure's count, else its
/// lower bound ("more than dozens" → 25).
fn count_of(c: &Candidate) -> u64 {
    let (_, count, min, _, _) = qualify(c.quantity, c.qualifier);
    count.or(min).unwrap_or(0)
}

/// A total and the candidates (indices) that make it up.
#[derive(Clone, Debug, Default, PartialEq)]
struct Tally {
    total: Option<u64>,
    marks: Vec<usize>,
}

/// The running total of `items` (indices into `cands`, in text order, all of
/// one kind and side), by the rules of [`Totals`]: the largest restatement,
/// the newest update, distinct groups added, parts left out.
fn tally(cands: &[Candidate], items: &[usize]) -> Tally {
    // An upper bound ("as many as 32", "up to 40") is no count of people
    // known to be hurt: it makes a total only where nothing else does.
    let weak = |i: &usize| {
        cands.get(*i).is_some_and(|c| {
            matches!(c.qualifier, Some(Qualifier::AtMost | Qualifier::FewerThan))
                && c.facts.role != Role::Update
        })
    };
    let strong: Vec<usize> = items.iter().copied().filter(|i| !weak(i)).collect();
    if strong.len() < items.len() && !strong.is_empty() {
        let t = tally_all(cands, &strong);
        if t.total.is_some() {
            return t;
        }
    }
    tally_all(cands, items)
}

/// [`tally`] over every item.
fn tally_all(cands: &[Candidate], items: &[usize]) -> Tally {
    let at = |k: usize| items.get(k).and_then(|&i| cands.get(i).map(|c| (i, c)));
    let whole = (0..items.len()).any(|k| at(k).is_some_and(|(_, c)| c.facts.role != Role::Subset));
    // A toll called superseded ("an earlier toll of 27") yields to any
    // other count of the whole.
    let current = (0..items.len())
        .any(|k| at(k).is_some_and(|(_, c)| !matches!(c.facts.role, Role::Subset | Role::Earlier)));
    let mut t = Tally::default();
    let mut k = 0;
    while let Some((first, c)) = at(k) {
        // A list split in two figures counts as one group.
        let mut run = vec![first];
        let mut sum = count_of(c);
        k += 1;
        while let Some((next, d)) = at(k).filter(|(_, d)| d.facts.role == Role::Joined) {
            sum = sum.saturating_add(count_of(d));
            run.push(next);
            k += 1;
        }
        match c.facts.role {
            Role::Subset if whole => {}
            Role::Earlier if current => {}
            Role::More => {
                t.total = Some(t.total.unwrap_or(0).saturating_add(sum));
                t.marks.extend(run);
            }
            Role::Update => {
                t.total = Some(sum);
                t.marks = run;
            }
            _ => {
                if t.total.is_none_or(|n| sum > n) {
                    t.total = Some(sum);
                    t.marks = run;
                }
            }
        }
    }
    t
}

/// How many differently named victims `items` count (names as groups of
/// words: "Jane Doe", "Doe" and "Jane" are one), with the first figure of
/// each name. Headline names are not counted.
fn named(ctx: &Context<'_>, cands: &[Candidate], items: &[usize]) -> Tally {
    // Union-find over names: each word points to the name it was first
    // seen in, so that the count stays linear in the number of names.
    let mut group_of: HashMap<String, usize> = HashMap::new();
    // The words of the names as written.
    let mut written: Vec<String> = Vec::new();
    let mut parent: Vec<usize> = Vec::new();
    let mut first: Vec<usize> = Vec::new();
    fn root(parent: &mut [usize], mut g: usize) -> usize {
        while let Some(&p) = parent.get(g) {
            if p == g {
                break;
            }
            let up = parent.get(p).copied().unwrap_or(p);
            if let Some(slot) = parent.get_mut(g) {
                *slot = up;
            }
            g = p;
        }
        g
    }
    for &i in items {
        let Some(c) = cands.get(i) else { continue };
        let Some((key, Ref::Name)) = c.who else {
            continue;
        };
        if key.start() < ctx.title_end || count_of(c) == 0 || c.facts.nominal {
            continue;
        }
        for w in key.text(ctx.body).split_whitespace() {
            let w = w.trim_end_matches("'s").trim_end_matches("\u{2019}s");
            if !written.iter().any(|x| x == w) {
                written.push(w.to_string());
            }
        }
        // "Van Biljon's" is "Van Biljon".
        let words: Vec<String> = key
            .text(ctx.body)
            .split_whitespace()
            .map(|w| {
                w.trim_end_matches("'s")
                    .trim_end_matches("\u{2019}s")
                    .to_lowercase()
            })
            // "bin" in "Hamza bin Laden" tells no one apart.
            .filter(|w| !grammar::PARTICLES.contains(&w.as_str()))
            .collect();
        let mut groups: Vec<usize> = words
            .iter()
            .filter_map(|w| group_of.get(w).copied())
            .map(|g| root(&mut parent, g))
            .collect();
        groups.sort_unstable();
        groups.dedup();
        let g = match groups.split_first() {
            Some((&g, rest)) => {
                for &r in rest {
                    if let Some(slot) = parent.get_mut(r) {
                        *slot = g;
                    }
                }
                g
            }
            None => {
                parent.push(parent.len());
                first.push(i);
                parent.len() - 1
            }
        };
        for w in words {
            group_of.entry(w).or_insert(g);
        }
    }
    // "Lumpkin" and "Mekel" are one man when the text names "Mekel
    // Lumpkin": names written together anywhere in the article join.
    let roots = |parent: &mut Vec<usize>| -> Vec<usize> {
        let mut r: Vec<usize> = (0..parent.len()).map(|g| root(parent, g)).collect();
        r.sort_unstable();
        r.dedup();
        r
    };
    // A few names only: one scan of the text per word, as written (names
    // are capitalized the same way throughout).
    if roots(&mut parent).len() >= 2 && written.len() <= 16 {
        let words: Vec<(String, usize)> = written
            .iter()
            .filter_map(|w| Some((w.clone(), *group_of.get(&w.to_lowercase())?)))
            .collect();
        for (a, ga) in &words {
            let needle = format!("{a} ");
            for at in memchr::memmem::find_iter(ctx.body.as_bytes(), needle.as_bytes()) {
                let next = ctx
                    .body
                    .get(at + needle.len()..)
                    .and_then(|rest| {
                        rest.split(|c: char| !c.is_alphanumeric() && c != '-')
                            .next()
                    })
                    .unwrap_or("")
                    .to_lowercase();
                if let Some(&gb) = group_of.get(&next) {
                    let (ra, rb) = (root(&mut parent, *ga), root(&mut parent, gb));
                    if ra != rb
                        && let Some(slot) = parent.get_mut(rb)
                    {
                        *slot = ra;
                    }
                }
            }
        }
    }
    let marks: Vec<usize> = roots(&mut parent)
        .into_iter()
        .filter_map(|g| first.get(g).copied())
        .collect();
    Tally {
        total: (!marks.is_empty()).then_some(marks.len() as u64),
        marks,
    }
}

/// The total of one kind and side: the [`tally`], or the number of named
/// victims when that is larger. Pronoun victims ("he died") are dropped from
/// the figures when other figures of the side say as much without them:
/// they refer back to a victim already counted.
fn side_total(ctx: &Context<'_>, cands: &[Candidate], items: &[usize]) -> (Tally, Vec<usize>) {
    let with_names = |items: &[usize]| {
        let t = tally(cands, items);
        let n = named(ctx, cands, items);
        if n.total > t.total { n } else { t }
    };
    let full = with_names(items);
    let pronoun = |i: &usize| {
        cands
            .get(*i)
            .is_some_and(|c| matches!(c.who, Some((_, Ref::Pronoun))))
    };
    let (pronouns, others): (Vec<usize>, Vec<usize>) = items.iter().copied().partition(pronoun);
    let other_counts = others
        .iter()
        .any(|&i| cands.get(i).is_some_and(|c| count_of(c) > 0));
    if !pronouns.is_empty() && other_counts {
        let without = with_names(&others);
        if without.total == full.total {
            return (without, pronouns);
        }
    }
    (full, Vec::new())
}

/// Nouns and pronouns that may name an attacker as well as a victim ("a
/// man was shot ... the suspect was shot"): a victim so named may be the
/// attacker counted on the other side.
const ANYONE: &[&str] = &[
    "man",
    "woman",
    "person",
    "male",
    "female",
    "individual",
    "adult",
    "teen",
    "teenager",
    "youth",
    "juvenile",
    "boy",
    "girl",
    "year-old",
    "he",
    "she",
    "they",
    "him",
    "her",
    "them",
];

/// True when the figures `marks` are all single people who may be the
/// attacker of the other side (a pronoun, a name, or "a man", "the
/// teenager"), or all single attackers.
fn only_anyone(ctx: &Context<'_>, cands: &[Candidate], marks: &[usize]) -> bool {
    !marks.is_empty()
        && marks.iter().all(|&i| {
            cands.get(i).is_some_and(|c| match c.who {
                Some((_, Ref::Name | Ref::Pronoun)) => count_of(c) == 1,
                Some((key, Ref::Noun)) => {
                    count_of(c) == 1
                        && (c.facts.perpetrators
                            || ANYONE.contains(&key.text(ctx.body).to_ascii_lowercase().as_str()))
                }
                None => false,
            })
        })
}

/// Turns grammar candidates into figures and totals (see [`Totals`]).
fn assemble(
    ctx: &Context<'_>,
    mut cands: Vec<Candidate>,
    evidence: Evidence,
    config: &CasualtiesConfig,
) -> CasualtyReport {
    // The sentence of each candidate, looked up once.
    let sentences: Vec<(usize, usize)> = cands.iter().map(|c| sentence(ctx, c.span)).collect();
    // Figures dated before the article's year, or naming another event,
    // are past when the article has figures of the same kind that are
    // not: a background to them.
    let mut elsewhere: Vec<bool> = cands
        .iter()
        .zip(&sentences)
        .map(|(c, &s)| c.facts.other_event || background(ctx, c.span, s))
        .collect();
    // "Three other people were wounded" right after a figure of another
    // event: the others are besides that event's victims, so of it too.
    for k in 1..cands.len() {
        let (Some(c), Some(&prev)) = (cands.get(k), elsewhere.get(k - 1)) else {
            continue;
        };
        let others = prev
            && c.facts.role == Role::More
            && c.span
                .text(ctx.body)
                .split(|ch: char| !ch.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case("other") || w.eq_ignore_ascii_case("others"));
        // The figure before is the nearest group the others can be besides
        // (no figure between), in the same paragraph.
        let near = || {
            cands.get(k - 1).is_some_and(|p| {
                ctx.body
                    .get(p.span.end()..c.span.start())
                    .is_some_and(|gap| !gap.contains("\n\n"))
            })
        };
        if others && near() {
            if let Some(e) = elsewhere.get_mut(k) {
                *e = true;
            }
        }
    }
    // Which (kind, shot) pairs have a figure of the reported event: found
    // once, not by a scan per candidate.
    let mut here_pairs: Vec<(Kind, Shot)> = Vec::new();
    for (c, e) in cands.iter().zip(&elsewhere) {
        if !e && !c.facts.claim && !here_pairs.contains(&(c.kind, c.shot)) {
            here_pairs.push((c.kind, c.shot));
        }
    }
    let here = |kind: Kind, shot: Shot| here_pairs.contains(&(kind, shot));
    // Another event named ("in another attack", "Separately, ...") is
    // background to any figure of the reported one, of whatever kind.
    let here_at_all = cands
        .iter()
        .zip(&elsewhere)
        .any(|(c, e)| !e && !c.facts.claim);
    let past: Vec<bool> = cands
        .iter()
        .zip(&elsewhere)
        .map(|(c, &e)| e && (here(c.kind, c.shot) || here_at_all))
        .collect();
    let past = |i: usize| past.get(i).copied().unwrap_or(false);
    // "more", "others", "another" are people besides those of the figure
    // just before: added to it when it counts the same kind ("one died at
    // the scene and another died in hospital": 2), else a count of their
    // own ("two are dead and three others wounded": 3 injured).
    // One person ("another", "a second victim") is besides the earlier
    // victims of the kind, wherever they were counted ("one was pronounced
    // dead ... another later died": 2).
    // "Two were taken to hospital and five were treated at the scene":
    // people treated at the scene are not those taken to hospital, so they
    // add up.
    for k in 1..cands.len() {
        let at_scene = |c: &Candidate| {
            let after = ctx.body.get(c.span.end()..).unwrap_or_default();
            let clause = after
                .char_indices()
                .take(80)
                .find(|&(_, ch)| matches!(ch, '.' | ';' | '!' | '?' | '\n'))
                .map_or(
                    after.get(..after.len().min(80)).unwrap_or(after),
                    |(i, _)| after.get(..i).unwrap_or(after),
                );
            clause.contains("at the scene") || clause.contains("on the scene")
        };
        let hospital = |c: &Candidate| {
            c.span
                .text(ctx.body)
                .to_ascii_lowercase()
                .contains("hospital")
        };
        let joined = match (cands.get(k - 1), cands.get(k)) {
            (Some(p), Some(c)) => {
                p.kind == Kind::Injured
                    && c.kind == Kind::Injured
                    && c.facts.role == Role::Plain
                    && hospital(p)
                    && !hospital(c)
                    && at_scene(c)
            }
            _ => false,
        };
        if joined && let Some(c) = cands.get_mut(k) {
            c.facts.role = Role::Joined;
        }
    }
    let mut seen: Vec<Kind> = Vec::new();
    for k in 0..cands.len() {
        let before = k.checked_sub(1).and_then(|j| cands.get(j)).map(|c| c.kind);
        if let Some(c) = cands.get_mut(k) {
            if c.facts.role == Role::More {
                let single = c.who.is_some();
                c.facts.role = if before == Some(c.kind) || single && seen.contains(&c.kind) {
                    Role::Joined
                } else {
                    Role::Plain
                };
            }
            seen.push(c.kind);
        }
    }
    // Suspects are attackers only beside victims of theirs: people
    // counted, or named by a role ("a clerk"), not "a man" who may be the
    // suspect himself.
    let victims = cands.iter().enumerate().any(|(i, c)| {
        matches!(c.kind, Kind::Killed | Kind::Injured)
            && !c.facts.perpetrators
            && !c.facts.claim
            && !past(i)
            && count_of(c) > 0
            && !only_anyone(ctx, &cands, &[i])
    });
    if !victims {
        for c in cands.iter_mut().filter(|c| c.facts.suspect) {
            c.facts.perpetrators = false;
        }
    }
    let pick = |cands: &[Candidate], kind: Kind, perp: Option<bool>, shot: Shot| -> Vec<usize> {
        cands
            .iter()
            .enumerate()
            .filter(|(i, c)| {
                c.kind == kind
                    && c.shot == shot
                    && !past(*i)
                    && !c.facts.claim
                    && perp.is_none_or(|p| c.facts.perpetrators == p)
            })
            .map(|(i, _)| i)
            .collect()
    };
    let mut hidden: Vec<usize> = Vec::new();
    let mut marks: Vec<usize> = Vec::new();
    let mut implied: Vec<Candidate> = Vec::new();
    // Implied figures are numbered after the candidates.
    let n = cands.len();
    let add_implied = |implied: &mut Vec<Candidate>, c: Candidate| {
        implied.push(c);
        n + implied.len() - 1
    };
    // [victims, attackers]
    let mut killed: [Tally; 2] = Default::default();
    let mut injured: [Tally; 2] = Default::default();
    let mut perp_inside = false;
    for (s, perp) in [false, true].into_iter().enumerate() {
        let items = pick(&cands, Kind::Killed, Some(perp), Shot::No);
        // Attackers named as part of a toll ("nine died, including the
        // attacker") are inside it, not added to it.
        if perp {
            perp_inside = items
                .iter()
                .any(|&i| cands.get(i).is_some_and(|c| c.facts.role == Role::Subset));
        }
        let (mut t, drop) = side_total(ctx, &cands, &items);
        hidden.extend(drop);
        let floor = if perp {
            evidence.killer.map(|span| (1, span))
        } else {
            evidence.killed
        };
        if let Some((n, span)) = floor
            && n > t.total.unwrap_or(0)
        {
            let i = add_implied(&mut implied, implied_figure(span, Kind::Killed, n, perp));
            t = Tally {
                total: Some(n),
                marks: vec![i],
            };
        }
        let deaths = t.total.unwrap_or(0);
        killed[s] = t;

        // Injured: stated, and "shot" figures whose fate is not told.
        let stated = pick(&cands, Kind::Injured, Some(perp), Shot::No);
        let shots = pick(&cands, Kind::Injured, Some(perp), Shot::Only);
        let mut shot = side_total(ctx, &cands, &shots).0;
        if !perp
            && let Some((n, span)) = evidence.shot
            && n > shot.total.unwrap_or(0)
        {
            let i = add_implied(&mut implied, implied_figure(span, Kind::Injured, n, perp));
            shot = Tally {
                total: Some(n),
                marks: vec![i],
            };
        }
        let (t, drop) = if config.skip_shot {
            hidden.extend(&shots);
            side_total(ctx, &cands, &stated)
        } else if deaths == 0 {
            // No deaths on this side: the people shot are the injured.
            let mut all: Vec<usize> = stated.iter().chain(&shots).copied().collect();
            all.sort_unstable();
            let (mut t, drop) = side_total(ctx, &cands, &all);
            // Evidence of a shooting is one more "shot" figure.
            if let (Some(total), Some(&i)) = (shot.total, shot.marks.first())
                && i >= n
                && total > t.total.unwrap_or(0)
            {
                t = shot.clone();
            }
            (t, drop)
        } else {
            // Deaths reported: the injured are those shot less those killed.
            hidden.extend(&shots);
            let (stated_t, drop) = side_total(ctx, &cands, &stated);
            let rest = shot.total.map(|total| total.saturating_sub(deaths));
            let biggest = shot
                .marks
                .iter()
                .copied()
                .filter_map(|i| {
                    cands
                        .get(i)
                        .or_else(|| implied.get(i.wrapping_sub(n)))
                        .map(|c| (i, c))
                })
                .max_by_key(|(i, c)| (count_of(c), std::cmp::Reverse(*i)))
                .map(|(_, c)| c.span);
            match (rest, biggest) {
                (Some(r), Some(span)) if r > 0 && r > stated_t.total.unwrap_or(0) => {
                    let i = add_implied(&mut implied, implied_figure(span, Kind::Injured, r, perp));
                    (
                        Tally {
                            total: Some(r),
                            marks: vec![i],
                        },
                        drop,
                    )
                }
                _ => (stated_t, drop),
            }
        };
        hidden.extend(drop);
        injured[s] = t;
    }
    let mut other = |kind: Kind| {
        let items = pick(&cands, kind, None, Shot::No);
        let (t, drop) = side_total(ctx, &cands, &items);
        hidden.extend(drop);
        marks.extend(t.marks);
        t.total
    };
    let missing = other(Kind::Missing);
    let displaced = other(Kind::Displaced);
    // The implied figures join the candidates, numbered after them.
    let mut owned = cands;
    owned.extend(implied);
    // Victims and attackers add up, except where the attackers are inside
    // the victims' toll, or where both sides are single people the text
    // may name twice ("a man was shot ... the suspect was shot").
    let mut combine = |[v, p]: [Tally; 2], inside: bool| -> (Option<u64>, Option<u64>) {
        let perps = p.total;
        let twice = only_anyone(ctx, &owned, &v.marks) && only_anyone(ctx, &owned, &p.marks);
        let total = match (v.total, p.total) {
            (None, None) => None,
            (Some(a), Some(_)) if inside => {
                marks.extend(v.marks);
                Some(a)
            }
            (Some(a), Some(b)) if twice => {
                marks.extend(if a >= b { v.marks } else { p.marks });
                Some(a.max(b))
            }
            (a, b) => {
                marks.extend(v.marks);
                marks.extend(p.marks);
                Some(a.unwrap_or(0).saturating_add(b.unwrap_or(0)))
            }
        };
        (total, total.map(|t| perps.unwrap_or(0).min(t)))
    };
    let (killed_total, killed_perps) = combine(killed, perp_inside);
    let (injured_total, injured_perps) = combine(injured, false);
    let totals = Totals {
        killed: killed_total,
        injured: injured_total,
        missing,
        displaced,
        perpetrators: Perpetrators {
            killed: killed_perps,
            injured: injured_perps,
        },
    };
    hidden.sort_unstable();
    marks.sort_unstable();
    let mut figures: Vec<Figure> = owned
        .into_iter()
        .enumerate()
        // Implied figures show only where they make a total; a statement
        // that none were ("no one was hurt") makes a total of 0 but is no
        // figure (the convention of the annotated corpora).
        .filter(|(i, c)| {
            hidden.binary_search(i).is_err()
                && (*i < n || marks.binary_search(i).is_ok())
                && count_of(c) > 0
        })
        .map(|(i, mut c)| {
            // A "shot" figure shown is an injured one (no deaths on its side).
            c.shot = Shot::No;
            let past = past(i);
            let sentence_of = sentences.get(i).copied();
            figure(ctx, c, marks.binary_search(&i).is_ok(), past, sentence_of)
        })
        .collect();
    figures.sort_by_key(|f| f.span);
    CasualtyReport { figures, totals }
}

/// A figure implied by words or by other figures (qualifier `implied`).
fn implied_figure(span: Span, kind: Kind, n: u64, perpetrators: bool) -> Candidate {
    Candidate {
        span,
        kind,
        quantity: Quantity::exact(n),
        qualifier: Some(Qualifier::Implied),
        victims: None,
        shot: Shot::No,
        who: None,
        facts: Facts {
            perpetrators,
            ..Facts::default()
        },
    }
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
fn when(ctx: &Context<'_>, span: Span, (start, end): (usize, usize)) -> Option<String> {
    timexes_within(ctx.timexes, start, end)
        .iter()
        .filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time))
        .filter(|t| t.span.end() <= end)
        .min_by_key(|t| t.span.start().abs_diff(span.start()))
        .map(|t| t.value.clone())
}

fn figure(
    ctx: &Context<'_>,
    c: Candidate,
    in_total: bool,
    past: bool,
    sentence_of: Option<(usize, usize)>,
) -> Figure {
    let body = ctx.body;
    let when = when(
        ctx,
        c.span,
        sentence_of.unwrap_or_else(|| sentence(ctx, c.span)),
    );
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
        perpetrators: c.facts.perpetrators,
        past,
        claim: c.facts.claim,
        in_total,
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
        // A range counts as its lower bound, as a vague amount does.
        (None, _) if q.max.is_some() => (Qualifier::Range, q.min, q.min, q.max, approx),
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
        (Some(n), Some(Qualifier::Implied)) => {
            (Qualifier::Implied, Some(n), Some(n), Some(n), false)
        }
    }
}

#[cfg(test)]
mod tests;
