//! The `dates` analyzer: temporal expressions in news and history text,
//! normalised to TimeML TIMEX3 values against the publication date or, for
//! narrative text, the story time (see [Narrative time](#narrative-time)).
//!
//! ```
//! use newsfacts_core::{Analyzer, Article, Document, Published};
//! use newsfacts_dates::{Dates, DatesConfig};
//!
//! let article = Article::new("a", "The ministers met on Thursday and will meet again next week.")
//!     .published(Published::ymd(2022, 1, 21).unwrap());
//! let found = Dates::new(DatesConfig::default()).unwrap().analyze(&Document::new(&article)).unwrap();
//! let values: Vec<_> = found.iter().map(|t| (t.text.as_str(), t.value.as_str())).collect();
//! assert_eq!(values, [("Thursday", "2022-01-20"), ("next week", "2022-W04")]);
//! ```
//!
//! # How it works
//!
//! 1. [`tokens`] cuts the body into words, numbers and punctuation.
//! 2. [`grammar`] (the candidate finder) matches rules over tokens — month
//!    and weekday names, calendar units, number words, relative words,
//!    modifiers — and says what each expression means as an
//!    [`normalize::Expr`], without anchoring it.
//! 3. [`normalize`] anchors each expression to the publication date with
//!    chrono calendar arithmetic and writes the TIMEX3 value.
//!
//! # Conventions
//!
//! * Values follow TimeML: `2022-01-20`, `2022-W04`, `2022-W03-WE`,
//!   `2022-02`, `2022-Q3`, `2014`, `199` (the 1990s), `P3Y`, `PT90M`, `PXD`,
//!   `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`, `2022-01-21TNI`.
//! * Extents follow TimeBank: "the weekend", "the future", "about 90
//!   minutes", "earlier this week", "two years ago" include their first word;
//!   prepositions ("on Thursday", "in 2014") stay outside.
//! * Ages ("25-year-old", "52 years old") are durations (`P25Y`), as TimeML
//!   says; TimeBank and TempEval-3 never annotate them, so
//!   [`DatesConfig::ages`] can turn them off to match those corpora.
//! * A bare weekday in a sentence about the past (the default in news) is the
//!   latest such day on or before the publication date; with a future cue
//!   ("will", "plans", "scheduled") it is the next one on or after it.
//! * Explicitly anaphoric phrases count from the latest calendar date the
//!   story wrote before them, not from the publication date: "the previous
//!   Friday", "the following month", "the prior year", "the next day",
//!   "that year", "that quarter", "that same day" (`2021-10-XX` when that
//!   date was only a month), "earlier that day". Bare weekdays and "next
//!   week" stay anchored to the publication date, as TimeBank does.
//! * In earnings news, "the quarter", "the latest period", "the 1988 period"
//!   and "a year ago" / "a year earlier" refer to the quarter the story
//!   reports on: the last calendar quarter, unless the story names another
//!   one in a past or fiscal clause ("the fiscal first quarter", "reported
//!   fourth-quarter earnings", "the first quarter ended Sept. 30").
//! * A time of day is a `TIME`, by the clock or a part of the day, with or
//!   without its day ("10:35 a.m. Thursday" → `2022-01-20T10:35`, "Friday
//!   night" → `2022-01-21TNI`, "at 14:30 UTC", "0800 GMT"), as TimeML
//!   says. A clock reading that is no time of day is a length: "finished
//!   in 2:58:41" → `PT2H58M41S`.
//! * Years before the common era are written `BC` and four digits ("450
//!   BC" → `BC0450`, "27 B.C." → `BC0027`), centuries `BC` and two ("the
//!   4th century BC" → `BC03`).
//! * Sets say how often in their period with `freq` ("twice a day" →
//!   `P1D`, `2X`), as TimeML does.
//! * No expression crosses a line break.
//! * A possessive that lost its apostrophe (text stripped of quotation
//!   marks) reads as the possessive: "Wednesdays ruling" is Wednesday (not
//!   a set), "last years results" last year, "todays paper" today; the
//!   extent ends before the "s", as it would before "'s".
//! * **Without a publication date**, absolute dates are normalised as usual
//!   and relative ones get `X` placeholders for what is unknown, as TimeML
//!   does for unanchored times: "yesterday" → `XXXX-XX-XX`, "Thursday" →
//!   `XXXX-WXX-4`, "next week" → `XXXX-WXX`, "next month" → `XXXX-XX`,
//!   "last year" → `XXXX`, "Feb. 4" → `XXXX-02-04`.
//! * Only the publication *date* is used; a publication time is ignored.
//!
//! # Ranges and bounds
//!
//! TimeML annotates each end of a range as its own TIMEX3 ("from \[March\] to
//! \[May\]") and leaves the preposition outside the extent. So does this
//! analyzer, and it says which end each one is in two optional fields
//! (absent when the expression bounds nothing):
//!
//! * `bound`: `"start"` or `"end"` ([`Bound`]);
//! * `signal`: the word that says so, lower-cased (TimeML's SIGNAL), which
//!   tells an inclusive bound ("through", "until", "since") from an
//!   exclusive one ("before", "after").
//!
//! | text | values |
//! |---|---|
//! | "since 2020" | `2020` start (since) |
//! | "through February" | `2022-02` end (through) |
//! | "from March to May" | `2022-03` start (from), `2022-05` end (to) |
//! | "between 2014 and 2016" | `2014` start (between), `2016` end (and) |
//! | "until Monday" | `2022-01-24` end (until) |
//! | "2018-2019", "in 1996-98" | `2018` start (-), `2019` end (to); `1996`, `1998` |
//! | "June 14-16" | `2022-06-14` start (-), `2022-06-16` end (to) |
//! | "from 214 to 212 BC" | `BC0214` start (from), `BC0212` end (to) |
//!
//! A range of lengths gives two lengths, without bounds: "between 12 and 18
//! months" → `P12M` ("12") and `P18M` ("18 months").
//!
//! ```
//! use newsfacts_core::{Analyzer, Article, Document, Published};
//! use newsfacts_dates::{Bound, Dates, DatesConfig};
//!
//! let article = Article::new("a", "Prices rose between 2014 and 2016.")
//!     .published(Published::ymd(2022, 1, 21).unwrap());
//! let found = Dates::new(DatesConfig::default()).unwrap().analyze(&Document::new(&article)).unwrap();
//! let ends: Vec<_> = found.iter().map(|t| (t.value.as_str(), t.bound, t.signal)).collect();
//! assert_eq!(ends, [("2014", Some(Bound::Start), Some("between")), ("2016", Some(Bound::End), Some("and"))]);
//! ```
//!
//! # Narrative time
//!
//! News tells of its own days, so relative expressions count from the
//! publication date by default ([`Anchor::Published`]). History and
//! long-form text tell a story in its own time: with `{"dates": {"anchor":
//! "narrative"}}` in a `--config` file, or [`DatesConfig::anchor`] set to
//! [`Anchor::Narrative`], they count from the *story time*, the latest date
//! the text wrote before them. What the story time does not say stays
//! unknown (`1871-XX` for "next month" after "in 1871"); "ago" still counts
//! from the publication date, the time of writing.
//!
//! ```
//! use newsfacts_core::{Analyzer, Article, Document, Published};
//! use newsfacts_dates::{Anchor, Dates, DatesConfig};
//!
//! let text = "In 1942 the army retreated. In July it held the river, and the following spring it attacked.";
//! let article = Article::new("a", text).published(Published::ymd(2009, 12, 19).unwrap());
//! let config = DatesConfig { anchor: Anchor::Narrative, ..DatesConfig::default() };
//! let found = Dates::new(config).unwrap().analyze(&Document::new(&article)).unwrap();
//! let values: Vec<_> = found.iter().map(|t| (t.text.as_str(), t.value.as_str())).collect();
//! assert_eq!(values, [("1942", "1942"), ("July", "1942-07"), ("the following spring", "1943-SP")]);
//! ```

#![forbid(unsafe_code)]
// Library code never unwraps: user data must not be able to panic it.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod grammar;
pub mod lexicon;
pub mod normalize;
pub mod tokens;

pub use grammar::Bound;
use newsfacts_core::{Analyzer, Document, Error, Span};
use serde::{Deserialize, Serialize};

/// The dates analyzer. Stateless: every rule is compiled into the code.
#[derive(Clone, Debug, Default)]
pub struct Dates {
    config: DatesConfig,
}

/// Settings of the dates analyzer (the `dates` section of a config file).
#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DatesConfig {
    /// How to read all-numeric dates such as `02/04/2022`.
    pub date_order: DateOrder,
    /// Report ages ("a 25-year-old nurse", "52 years old") as durations
    /// (`P25Y`), as TimeML's guidelines say. On by default. TimeBank and the
    /// TempEval-3 corpora do not annotate ages, so against those conventions
    /// they count as false positives (about 45 on `timebank-aquaint`, 0.01
    /// of relaxed F1): set `{"dates": {"ages": false}}` to match them. Either
    /// way an age is never mistaken for a date.
    pub ages: bool,
    /// What relative expressions ("in July", "the following spring",
    /// "Thursday") count from: the publication date (news, the default) or
    /// the story time (history and long-form narrative): `{"dates":
    /// {"anchor": "narrative"}}`. See [`Anchor`].
    pub anchor: Anchor,
}

impl Default for DatesConfig {
    fn default() -> DatesConfig {
        DatesConfig {
            date_order: DateOrder::default(),
            ages: true,
            anchor: Anchor::default(),
        }
    }
}

/// What relative expressions count from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Anchor {
    /// The publication date, TimeML's document creation time: news reports
    /// its own days ("Thursday", "last month", "in July" are told from the
    /// day it appeared).
    #[default]
    Published,
    /// The story time: the latest date the text wrote before the expression
    /// ("In 1942 the army retreated. In July ..." is July 1942). History and
    /// long-form text tell a story in its own time, and the day the page
    /// was published or downloaded says nothing about it. Until the text
    /// names a date, the publication date still anchors. "Ago" and "from
    /// now" keep counting from the publication date, the time of writing.
    Narrative,
}

/// The order of day and month in all-numeric dates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
pub enum DateOrder {
    /// Month first, US style: `02/04/2022` is February 4.
    #[default]
    #[serde(alias = "mdy", alias = "MDY")]
    Mdy,
    /// Day first: `02/04/2022` is April 2.
    #[serde(alias = "dmy", alias = "DMY")]
    Dmy,
}

/// What the analyzer returns for one article, in text order.
pub type Output = Vec<Timex>;

/// The four TIMEX3 types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period: "Thursday", "next week", "2014", "now".
    Date,
    /// A time of day: "10:35 a.m.", "last night".
    Time,
    /// A length of time: "three years", "about 90 minutes".
    Duration,
    /// A recurring time: "daily", "every week".
    Set,
}

/// One temporal expression.
#[derive(Clone, Debug, Serialize)]
pub struct Timex {
    /// The expression as written.
    pub text: String,
    /// Where it is in the body (byte offsets; written as character offsets
    /// in character-offset output).
    #[serde(flatten)]
    pub span: Span,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value, anchored to the publication date.
    pub value: String,
    /// TimeML `mod`: `START`, `MID`, `END`, `APPROX`, `LESS_THAN`,
    /// `MORE_THAN`, `EQUAL_OR_MORE`, `EQUAL_OR_LESS`.
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub r#mod: Option<String>,
    /// Which end of a range the expression is, when a word before it says
    /// so: `start` for "since 2020", "from March", "after Monday", "between
    /// 2014"; `end` for "until Monday", "through February", "by Friday",
    /// "before 2020", "(from March) to May", "(between 2014) and 2016".
    /// Absent for expressions that bound nothing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bound: Option<Bound>,
    /// The word that makes the expression a bound, lower-cased (`since`,
    /// `from`, `after`, `between`, `starting`, `until`, `till`, `through`,
    /// `by`, `before`, `to`, `and`): TimeML's SIGNAL. It tells whether the
    /// bound is included ("through", "until", "since") or not ("before",
    /// "after").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signal: Option<&'static str>,
    /// For a set, how often in each period, as TimeML's `freq`: `2X` for
    /// "twice a day", `3X` for "three times a week". Absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub freq: Option<String>,
}

impl Dates {
    /// Finds and normalises the temporal expressions of `body`, anchored to
    /// `published` (the publication date) when there is one.
    pub fn find(
        &self,
        body: &str,
        published: Option<chrono::NaiveDate>,
    ) -> Result<Vec<Timex>, Error> {
        let mut out: Vec<Timex> = Vec::new();
        // The expression that opened the latest range ("from March").
        let mut opener: Option<grammar::Candidate> = None;
        // The latest calendar date written, for "the previous Friday".
        let mut reference: Option<normalize::Reference> = None;
        // The quarter an earnings story reports on, when it says so.
        let mut quarter: Option<(i32, u32)> = None;
        for c in grammar::find(body, self.config.date_order) {
            if !self.config.ages && c.age {
                continue;
            }
            let span = Span::new(body, c.start, c.end)?;
            let ctx = normalize::Ctx {
                anchor: published,
                tense: c.tense,
                quarterly: c.quarterly && self.config.anchor == Anchor::Published,
                reference,
                quarter,
                story: match self.config.anchor {
                    Anchor::Narrative => reference,
                    Anchor::Published => None,
                },
            };
            let (kind, value) = normalize::normalize(&c.expr, ctx);
            if matches!(kind, TimexType::Date | TimexType::Time) {
                if let Some(r) = normalize::Reference::parse(&value) {
                    // In a story, a date in an aside ("(1876-1910)", "the
                    // May 2007 high") does not move the story time.
                    let aside = self.config.anchor == Anchor::Narrative && c.aside;
                    // A season places the story in a year only when it
                    // says which ("the spring of 479 BC", not "by next
                    // summer").
                    let aside = aside
                        || matches!(
                            c.expr,
                            normalize::Expr::Season { year: None, .. }
                                | normalize::Expr::SeasonOf { .. }
                        );
                    if !aside {
                        reference = Some(r);
                    }
                }
            }
            if c.quarterly && reports_on_quarter(body, &c) {
                if let Some(normalize::Reference {
                    year,
                    quarter: Some(q),
                    ..
                }) = normalize::Reference::parse(&value)
                {
                    quarter = Some((year, q));
                }
            }
            // "from March to May": the opening end takes the closing end's
            // year (the year before when its month comes later), so the
            // range reads forward whatever year the closing end was given.
            if let (Some(open), Some((Bound::End, "to" | "and")), Some(prev)) =
                (&opener, c.bound, out.last_mut())
            {
                if let Some(v) = normalize::range_start(&open.expr, &c.expr, &value, ctx) {
                    prev.value = v;
                }
            }
            opener = match c.bound {
                Some((Bound::Start, "from" | "between")) => Some(c.clone()),
                _ => None,
            };
            out.push(Timex {
                text: span.text(body).to_string(),
                span,
                kind,
                value,
                r#mod: c.r#mod.map(str::to_string),
                bound: c.bound.map(|(b, _)| b),
                signal: c.bound.map(|(_, w)| w),
                freq: c.freq.map(|n| format!("{n}X")),
            });
        }
        Ok(out)
    }
}

/// Whether `c` names the quarter an earnings story reports on: a numbered
/// quarter of the current year in a past clause ("reported fourth-quarter
/// earnings") or marked as fiscal ("the fiscal first quarter", "the first
/// quarter ended Sept. 30"), not one still to come.
fn reports_on_quarter(body: &str, c: &grammar::Candidate) -> bool {
    if !matches!(
        c.expr,
        normalize::Expr::Quarter {
            q: Some(_),
            year: None,
            year_offset: 0
        }
    ) || c.tense == normalize::Tense::Future
    {
        return false;
    }
    let text = body.get(c.start..c.end).unwrap_or("");
    let before = body.get(..c.start).unwrap_or("").trim_end();
    let after = body.get(c.end..).unwrap_or("").trim_start();
    let ends_fiscal = before
        .len()
        .checked_sub(6)
        .and_then(|k| before.get(k..))
        .is_some_and(|w| w.eq_ignore_ascii_case("fiscal"));
    let fiscal = text.to_ascii_lowercase().contains("fiscal")
        || ends_fiscal
        || after.starts_with("ended")
        || after.starts_with("ending");
    // A results verb earlier in the sentence: "reported a decline in
    // fourth-quarter earnings".
    // (At most the last 200 bytes, so a text without sentence ends stays
    // linear.)
    let mut from = before.len().saturating_sub(200);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let tail = before.get(from..).unwrap_or("");
    let clause = tail.rsplit(['.', ';', '\n']).next().unwrap_or("");
    let reported = clause.split_whitespace().any(|w| {
        matches!(
            w.trim_matches(|ch: char| !ch.is_alphanumeric()),
            "reported" | "posted" | "earned" | "recorded" | "lost"
        )
    });
    fiscal || reported || c.tense == normalize::Tense::Past
}

impl Analyzer for Dates {
    const NAME: &'static str = "dates";
    type Config = DatesConfig;
    type Output = Output;

    fn new(config: DatesConfig) -> Result<Self, Error> {
        Ok(Dates { config })
    }

    fn analyze(&self, doc: &Document<'_>) -> Result<Output, Error> {
        self.find(doc.body(), doc.article().published.map(|p| p.date))
    }
}

newsfacts_core::register!(
    Dates,
    "temporal expressions normalised to TIMEX3 values against the publication date"
);
