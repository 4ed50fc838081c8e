//! The normaliser: turns a parsed expression ([`Expr`]) into a TIMEX3 type
//! and value by calendar arithmetic against the publication date.
//!
//! The grammar decides *what* was written ("next week", "Feb. 4", "three
//! years"); this module decides *when* that is. Keeping the two apart means a
//! new phrasing needs only a grammar rule, and a better anchoring heuristic
//! (tense, narrative time) needs only a change here.
//!
//! # Anchoring
//!
//! * Relative expressions ("yesterday", "next week", "Thursday") count from
//!   the publication date, the document creation time of TimeML.
//! * A bare weekday is the most recent such day on or before the publication
//!   date (news reports the past), or the next one on or after it when the
//!   clause speaks of the future ([`Ctx::tense`], [`Tense`]).
//! * A month-day without a year ("Feb. 4") is the latest one not after the
//!   publication date unless it is at most four months ahead (news narrates
//!   the past: in TimeBank a month-day half a year back is more common than
//!   one half a year ahead). A month alone is the latest one not after it
//!   unless it is at most two months ahead. In a future clause, or after "until" /
//!   "through" / "by" without a past cue, both are the first one not before
//!   the publication date (a month-day up to 45 days back still counts:
//!   "until Jan. 14" written on January 15).
//! * Anaphors ([`Expr::Anaphor`]: "the previous Friday", "that year")
//!   count from [`Ctx::reference`], the latest calendar date written before
//!   them; without one they read like "last Friday", "this year".
//! * "The quarter" and "a year ago" in earnings news count from
//!   [`Ctx::quarter`], the quarter the story reports on, when it named one.
//! * Without a publication date, absolute dates are still normalised and
//!   relative ones keep `X` placeholders for what is unknown: `XXXX-XX-XX`
//!   for a day, `XXXX-WXX-4` for a Thursday, `XXXX-WXX` for a week,
//!   `XXXX-XX` for a month, `XXXX` for a year, `XXXX-02-04` for "Feb. 4".

use chrono::{Datelike, Months, NaiveDate, TimeDelta};

use crate::TimexType;
use crate::lexicon::Unit;

/// A direction word before a calendar name ("last Friday", "next year").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shift {
    /// No direction word: the context decides.
    Implicit,
    /// "this", "current".
    This,
    /// "next", "coming", "following".
    Next,
    /// "last", "past", "previous".
    Last,
    /// "this past": the latest one before the anchor, even in the anchor's
    /// own year ("this past spring", said in October, is this year's).
    Recent,
}

/// How many.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Amount {
    /// A known number.
    N(u32),
    /// "a few", "several", "years": written `X` in TimeML.
    Vague,
    /// A number and a half: "2 1/2 years", "a year and a half", "half an
    /// hour" (`Half(0)`).
    Half(u32),
}

/// The time of day attached to a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeOfDay {
    /// Hour (0..24), minute and, when written, second.
    Clock(u32, u32, Option<u32>),
    /// A part of the day: `MO`, `AF`, `EV`, `NI`.
    Part(&'static str),
}

/// What a temporal expression says, before anchoring.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// A calendar date, any part of which may be missing; a missing year is
    /// inferred (see the module docs), moved by `shift` ("last November").
    Calendar {
        /// Year as written.
        year: Option<i32>,
        /// Month 1..=12.
        month: Option<u32>,
        /// Day of the month.
        day: Option<u32>,
        /// Direction word before a month name.
        shift: Shift,
    },
    /// A weekday name, 0 = Monday.
    Weekday {
        /// 0 = Monday .. 6 = Sunday.
        day: u32,
        /// "last", "next", ...
        shift: Shift,
    },
    /// A day counted from the publication date: today 0, yesterday −1.
    DayOffset(i64),
    /// This / next / last week, month, year, quarter, decade, century.
    Relative {
        /// The unit named.
        unit: Unit,
        /// 0 this, 1 next, −1 last.
        offset: i64,
    },
    /// A weekend.
    Weekend(Shift),
    /// A season ("last fall"), of a given year or relative to the anchor.
    Season {
        /// `SP`, `SU`, `FA`, `WI`.
        code: &'static str,
        /// Year as written.
        year: Option<i32>,
        /// Direction word.
        shift: Shift,
    },
    /// A quarter ("the third quarter", "this year's first quarter", "the
    /// quarter"), of a given year or the anchor's.
    Quarter {
        /// 1..=4; `None` for "the quarter", "the latest period": the last
        /// quarter completed before the publication date, as in earnings news.
        q: Option<u32>,
        /// Year as written.
        year: Option<i32>,
        /// Years to add ("this year's" 0, "last year's" −1, "year-ago" −1).
        year_offset: i64,
    },
    /// A half-year: "the first half of 2021" (`2021-H1`), of a given year or
    /// the anchor's.
    HalfYear {
        /// 1 or 2.
        h: u32,
        /// Year as written.
        year: Option<i32>,
        /// Years to add ("last year" −1).
        year_offset: i64,
    },
    /// The `n`th given weekday on or after day `from` of `month`, in the year
    /// inferred as for a month-day: Thanksgiving is the fourth Thursday from
    /// November 1.
    NthWeekday {
        /// 1..=12.
        month: u32,
        /// 0 = Monday.
        weekday: u32,
        /// First day of the month that counts.
        from: u32,
        /// 1 = the first.
        n: u32,
    },
    /// A month (and day) of a year given relative to the anchor: "July last
    /// year", "February this year".
    MonthOfYear {
        /// 1..=12.
        month: u32,
        /// Day of the month.
        day: Option<u32>,
        /// 0 this year, −1 last year, 1 next year.
        offset: i64,
    },
    /// A decade: the first three digits of its years ("the 1990s" → 199).
    /// A decade before the common era is negative, one less than minus its
    /// digits: "the 330s BC" is −34, written `BC033`.
    Decade(i32),
    /// A century: its first two digits ("the 20th century" → 19). A century
    /// before the common era is minus its ordinal: "the 4th century BC"
    /// (400–301 BC) is −4, written `BC03`.
    Century(i32),
    /// A point some amount before (sign −1, "ago") or after (+1) the anchor.
    Ago {
        /// How many.
        amount: Amount,
        /// Of what.
        unit: Unit,
        /// −1 before, +1 after.
        sign: i64,
        /// Counted from the time of writing ("two years ago", "a week from
        /// now"), whatever the story time; false for "a year earlier",
        /// "five years before", which count from the story time in
        /// narrative text ([`Ctx::story`]).
        deictic: bool,
    },
    /// "in three days": a point that far after the anchor when the clause
    /// speaks of the future (a DATE), else a length (a DURATION).
    Within {
        /// How many.
        amount: Amount,
        /// Of what.
        unit: Unit,
    },
    /// A length of time.
    Duration {
        /// How many.
        amount: Amount,
        /// Of what.
        unit: Unit,
    },
    /// A length written as a clock reading: "finished in 2:58:41".
    Elapsed {
        /// Hours.
        hours: u32,
        /// Minutes.
        minutes: u32,
        /// Seconds.
        seconds: u32,
    },
    /// `PRESENT_REF`, `PAST_REF` or `FUTURE_REF`.
    Ref(&'static str),
    /// The period the story spoke of last, some years before or after: "the
    /// same period last year" (`years` −1) after "the first quarter" is the
    /// first quarter of last year. Without such a period, the year before
    /// the publication date's.
    SamePeriod {
        /// Years to add.
        years: i64,
    },
    /// The time the story spoke of last, as precisely as it was written:
    /// "until then", "by that time" ([`Ctx::reference`]); `PAST_REF`
    /// without one.
    Then,
    /// A season counted from the date the story spoke of last: "that
    /// summer" (0), "the following spring" (1), "the previous winter"
    /// (−1); from the publication date without one.
    SeasonOf {
        /// `SP`, `SU`, `FA`, `WI`.
        code: &'static str,
        /// 0 that, 1 following, −1 previous.
        offset: i64,
    },
    /// A recurring time with its value ("daily" → `P1D`).
    Set(String),
    /// A date with a time of day.
    WithTime(Box<Expr>, TimeOfDay),
    /// A time counted from the date the story last spoke of rather than
    /// from the publication date: "the previous Friday", "the following
    /// year", "that same day", "that quarter" ([`Ctx::reference`]). Without
    /// such a date it reads like its deictic twin ("last Friday", "next
    /// year", "today", "this quarter").
    Anaphor {
        /// The unit named (`Day` for a weekday).
        unit: Unit,
        /// 0 that, 1 following, −1 previous.
        offset: i64,
        /// The weekday named, 0 = Monday ("the previous Friday").
        weekday: Option<u32>,
    },
    /// A day some days from a day written after it ("the day before
    /// Tuesday's hearing" −1, "the day after May 2" +1), or the week that
    /// holds it ("the week of March 6").
    Around {
        /// The day named.
        base: Box<Expr>,
        /// Days to add.
        days: i64,
        /// The ISO week of the day rather than the day.
        week: bool,
    },
}

/// The date a story last spoke of, as precisely as it was written: what
/// [`Expr::Anaphor`] counts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    /// The year.
    pub year: i32,
    /// The month, when known.
    pub month: Option<u32>,
    /// The day of the month, when known.
    pub day: Option<u32>,
    /// The quarter, when only the quarter is known.
    pub quarter: Option<u32>,
}

impl Reference {
    /// Reads a calendar DATE value (`2022`, `2022-01`, `2022-01-20`, with or
    /// without a time, `2022-Q3`, `BC0490`; a season, `2022-SP`, as its
    /// year); `None` for other values (weeks, refs, placeholders).
    pub fn parse(value: &str) -> Option<Reference> {
        let date = value.split('T').next()?;
        let mut parts = date.split('-');
        let num = |s: &str| -> Option<u32> {
            if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            s.parse().ok()
        };
        let first = parts.next()?;
        let (bc, y) = match first.strip_prefix("BC") {
            Some(y) => (true, y),
            None => (false, first),
        };
        if y.len() != 4 {
            return None;
        }
        let year = i32::try_from(num(y)?).ok()?;
        let year = if bc { -year } else { year };
        let mut r = Reference {
            year,
            month: None,
            day: None,
            quarter: None,
        };
        if let Some(second) = parts.next() {
            // A season places the story in its year: "the spring of 479 BC".
            if matches!(second, "SP" | "SU" | "FA" | "WI") {
                return parts.next().is_none().then_some(r);
            }
            if let Some(q) = second.strip_prefix('Q') {
                r.quarter = Some(num(q).filter(|q| (1..=4).contains(q))?);
            } else {
                r.month = Some(num(second).filter(|m| (1..=12).contains(m))?);
                if let Some(d) = parts.next() {
                    r.day = Some(num(d).filter(|d| (1..=31).contains(d))?);
                }
            }
        }
        if parts.next().is_some() {
            return None;
        }
        Some(r)
    }
}

impl std::fmt::Display for Reference {
    /// The reference as a TIMEX3 value: `2022`, `2022-Q3`, `2022-01`,
    /// `2022-01-20`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", Y(self.year.into()))?;
        match (self.quarter, self.month, self.day) {
            (Some(q), _, _) => write!(f, "-Q{q}"),
            (None, Some(m), Some(d)) => write!(f, "-{m:02}-{d:02}"),
            (None, Some(m), None) => write!(f, "-{m:02}"),
            _ => Ok(()),
        }
    }
}

/// The time the clause around an expression speaks of, as far as its verbs
/// and cue words tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Tense {
    /// Nothing says: the news default (the recent past) applies.
    #[default]
    Unknown,
    /// A past-tense verb or past cue is nearest ("said", "announced", "was").
    Past,
    /// A future cue is nearest ("will", "plans", "scheduled"), or the
    /// expression closes a range ("until", "by") with no past cue.
    Future,
}

/// What the normaliser knows about the expression's surroundings.
#[derive(Clone, Copy, Debug, Default)]
pub struct Ctx {
    /// The publication date.
    pub anchor: Option<NaiveDate>,
    /// What the clause around the expression speaks of.
    pub tense: Tense,
    /// The document speaks of quarters (earnings news).
    pub quarterly: bool,
    /// The latest calendar date written before the expression, for
    /// [`Expr::Anaphor`].
    pub reference: Option<Reference>,
    /// The quarter an earnings story reports on, when the story names one
    /// that is not simply the last calendar quarter (a fiscal quarter): "the
    /// quarter", "the latest period", "a year earlier" then mean it, or it a
    /// year before. `(year, quarter)`.
    pub quarter: Option<(i32, u32)>,
    /// In narrative text (`anchor: narrative`), the story time: the latest
    /// calendar date written before the expression. Relative expressions
    /// count from it instead of from the publication date.
    pub story: Option<Reference>,
}

/// The TIMEX3 type and value of `expr`.
pub fn normalize(expr: &Expr, ctx: Ctx) -> (TimexType, String) {
    match expr {
        Expr::WithTime(base, tod) => {
            let (_, day) = normalize(base, ctx);
            let time = match tod {
                TimeOfDay::Clock(h, m, None) => format!("T{h:02}:{m:02}"),
                TimeOfDay::Clock(h, m, Some(s)) => format!("T{h:02}:{m:02}:{s:02}"),
                TimeOfDay::Part(p) => format!("T{p}"),
            };
            // A time of day, by the clock or a part of the day, is a TIME,
            // with or without its day ("9 a.m. Tuesday", "Friday night",
            // "tonight"), as TimeML says. (TimeBank types "Friday night" as
            // a DATE twice as often: see docs/accuracy.md.)
            (TimexType::Time, format!("{day}{time}"))
        }
        Expr::Duration { amount, unit } => (TimexType::Duration, duration(*amount, *unit)),
        Expr::Elapsed {
            hours,
            minutes,
            seconds,
        } => {
            let mut v = String::from("PT");
            for (n, d) in [(hours, 'H'), (minutes, 'M'), (seconds, 'S')] {
                if *n > 0 {
                    v.push_str(&n.to_string());
                    v.push(d);
                }
            }
            if v.len() == 2 {
                v.push_str("0S");
            }
            (TimexType::Duration, v)
        }
        Expr::Within { amount, unit } if ctx.tense == Tense::Future => {
            let ahead = Expr::Ago {
                amount: *amount,
                unit: *unit,
                sign: 1,
                deictic: false,
            };
            (TimexType::Date, date_value(&ahead, ctx))
        }
        Expr::Within { amount, unit } => (TimexType::Duration, duration(*amount, *unit)),
        Expr::Set(v) => (TimexType::Set, v.clone()),
        Expr::Ref(r) => (TimexType::Date, (*r).to_string()),
        Expr::SamePeriod { years } => (
            TimexType::Date,
            match (ctx.reference, ctx.anchor) {
                (Some(r), _) => Reference {
                    year: i32::try_from(i64::from(r.year) + years).unwrap_or(r.year),
                    ..r
                }
                .to_string(),
                (None, Some(a)) => Y(i64::from(a.year()) + years).to_string(),
                (None, None) => "XXXX".to_string(),
            },
        ),
        Expr::SeasonOf { code, offset } => {
            let shift = match offset {
                0 => Shift::Implicit,
                o if *o > 0 => Shift::Next,
                _ => Shift::Last,
            };
            let base = match (ctx.reference, ctx.anchor) {
                (Some(r), _) => Some((r.year, r.month.or(r.quarter.map(|q| q * 3 - 2)))),
                (None, Some(a)) => Some((a.year(), Some(a.month()))),
                (None, None) => None,
            };
            let value = match base {
                Some((y, m)) => format!("{}-{code}", Y(season_year(code, shift, y, m).into())),
                None => format!("XXXX-{code}"),
            };
            (TimexType::Date, value)
        }
        Expr::Around { base, days, week } => {
            let (_, v) = normalize(base, ctx);
            // Only a full day can be moved; anything vaguer stays as it is.
            let moved = NaiveDate::parse_from_str(v.split('T').next().unwrap_or(""), "%Y-%m-%d")
                .ok()
                .and_then(|d| add_days(d, *days))
                .map(|d| if *week { iso_week(d) } else { day(d) });
            (TimexType::Date, moved.unwrap_or(v))
        }
        Expr::Then => (
            TimexType::Date,
            ctx.reference
                .map_or_else(|| "PAST_REF".to_string(), |r| r.to_string()),
        ),
        other => (TimexType::Date, date_value(other, ctx)),
    }
}

/// The value of the opening end of a range ("March" in "from March to
/// May") given the closing end's value: both month names without a year are
/// put in one year, the closing end's, or the year before when the opening
/// month (and day) come later in the year. `None` when that does not apply.
pub fn range_start(open: &Expr, close: &Expr, close_value: &str, ctx: Ctx) -> Option<String> {
    let (
        Expr::Calendar {
            year: None,
            month: Some(m1),
            day: d1,
            shift: Shift::Implicit,
        },
        Expr::Calendar {
            year: None,
            month: Some(m2),
            day: d2,
            shift: Shift::Implicit,
        },
    ) = (open, close)
    else {
        return None;
    };
    let y: i32 = close_value.get(..4)?.parse().ok()?;
    let y = if (m1, d1.unwrap_or(0)) > (m2, d2.unwrap_or(0)) {
        y - 1
    } else {
        y
    };
    let fixed = Expr::Calendar {
        year: Some(y),
        month: Some(*m1),
        day: *d1,
        shift: Shift::Implicit,
    };
    Some(normalize(&fixed, ctx).1)
}

/// A TimeML duration value: `P3Y`, `PT90M`, `PXD`.
pub fn duration(amount: Amount, unit: Unit) -> String {
    // TimeML writes decades and centuries as years: "two decades" is P20Y.
    let (amount, unit) = match (amount, unit) {
        (Amount::N(n), Unit::Decade) => (Amount::N(n.saturating_mul(10)), Unit::Year),
        (Amount::N(n), Unit::Century) => (Amount::N(n.saturating_mul(100)), Unit::Year),
        other => other,
    };
    let (d, time) = unit.designator();
    let n = match amount {
        Amount::N(n) => n.to_string(),
        Amount::Vague => "X".to_string(),
        Amount::Half(n) => return half(n, unit),
    };
    if time {
        format!("PT{n}{d}")
    } else {
        format!("P{n}{d}")
    }
}

/// The duration of `n` and a half `unit`s, written with the next smaller
/// unit as ISO 8601 does: 2 1/2 years is `P2Y6M`, 5 1/2 hours `PT5H30M`.
fn half(n: u32, unit: Unit) -> String {
    let whole = |v: u32, d: &str| {
        if v == 0 {
            String::new()
        } else {
            format!("{v}{d}")
        }
    };
    match unit {
        Unit::Second => format!("PT{n}.5S"),
        Unit::Minute => format!("PT{}30S", whole(n, "M")),
        Unit::Hour => format!("PT{}30M", whole(n, "H")),
        Unit::Day => format!("P{}T12H", whole(n, "D")),
        Unit::Week => format!("P{}DT12H", n.saturating_mul(7).saturating_add(3)),
        Unit::Month => format!("P{}15D", whole(n, "M")),
        Unit::Quarter => format!("P{}M15D", n.saturating_mul(3).saturating_add(1)),
        Unit::Year => format!("P{}6M", whole(n, "Y")),
        Unit::Decade => format!("P{}Y", n.saturating_mul(10).saturating_add(5)),
        Unit::Century => format!("P{}Y", n.saturating_mul(100).saturating_add(50)),
    }
}

/// A year as TIMEX3 writes it: four digits (`0070`, `2022`), or `BC` and
/// four digits for a year before the common era (`BC0490`). Years before
/// the common era are negative here: 490 BC is −490.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Y(pub i64);

impl std::fmt::Display for Y {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0 < 0 {
            write!(f, "BC{:04}", self.0.unsigned_abs())
        } else {
            write!(f, "{:04}", self.0)
        }
    }
}

/// The value of [`Expr::Decade`]: `199`, `BC033`.
fn decade(d: i32) -> String {
    if d < 0 {
        format!("BC{:03}", (i64::from(d) + 1).unsigned_abs())
    } else {
        format!("{d:03}")
    }
}

/// The decade of year `y` (negative before the common era): `202`,
/// `BC247`.
fn decade_of(y: i64) -> String {
    if y < 0 {
        format!("BC{:03}", y.unsigned_abs() / 10)
    } else {
        format!("{:03}", y / 10)
    }
}

/// The century of year `y` (negative before the common era): `20`, `BC24`.
fn century_of(y: i64) -> String {
    if y < 0 {
        format!("BC{:02}", y.unsigned_abs() / 100)
    } else {
        format!("{:02}", y / 100)
    }
}

/// The value of [`Expr::Century`]: `19`, `BC03`.
fn century(c: i32) -> String {
    if c < 0 {
        format!("BC{:02}", (i64::from(c) + 1).unsigned_abs())
    } else {
        format!("{c:02}")
    }
}

fn day(d: NaiveDate) -> String {
    format!("{}-{:02}-{:02}", Y(d.year().into()), d.month(), d.day())
}

fn month(y: i32, m: u32) -> String {
    format!("{}-{m:02}", Y(y.into()))
}

/// The ISO week of `d`: `2022-W03`.
pub fn iso_week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{}-W{:02}", Y(w.year().into()), w.week())
}

fn quarter_of(m: u32) -> u32 {
    (m - 1) / 3 + 1
}

fn add_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let m = Months::new(u32::try_from(n.unsigned_abs()).ok()?);
    if n >= 0 {
        d.checked_add_months(m)
    } else {
        d.checked_sub_months(m)
    }
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(TimeDelta::try_days(n)?)
}

/// The date `delta` days from `anchor` with weekday `wd` (0 = Monday), in the
/// window `lo..=lo+6` days from the anchor.
pub fn weekday_in_window(anchor: NaiveDate, wd: u32, lo: i64) -> Option<NaiveDate> {
    let start = add_days(anchor, lo)?;
    let from = i64::from(start.weekday().num_days_from_monday());
    let delta = (i64::from(wd) - from).rem_euclid(7);
    add_days(start, delta)
}

fn date_value(expr: &Expr, ctx: Ctx) -> String {
    if let Some(v) = ctx.story.and_then(|story| narrative(expr, story, ctx)) {
        return v;
    }
    ctx.anchor
        .and_then(|a| anchored(expr, a, ctx))
        .unwrap_or_else(|| unanchored(expr))
}

/// How much of its anchor an expression needs to be resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Needs {
    /// Nothing from the story time: absolute, deictic ("ago") or anaphoric
    /// (which reads [`Ctx::reference`] itself).
    Nothing,
    /// The year ("in July", "next year", "the third quarter").
    Year,
    /// The month ("next month").
    Month,
    /// The day ("Thursday", "the next week", "three days earlier").
    Day,
}

fn needs_of_unit(unit: Unit) -> Needs {
    match unit {
        Unit::Year | Unit::Decade | Unit::Century => Needs::Year,
        Unit::Month | Unit::Quarter => Needs::Month,
        _ => Needs::Day,
    }
}

fn needs(expr: &Expr) -> Needs {
    match expr {
        Expr::Calendar { year: None, .. }
        | Expr::MonthOfYear { .. }
        | Expr::NthWeekday { .. }
        | Expr::Season { year: None, .. }
        | Expr::Quarter { year: None, .. }
        | Expr::HalfYear { year: None, .. } => Needs::Year,
        Expr::Relative { unit, .. } => needs_of_unit(*unit),
        Expr::Weekday { .. } | Expr::Weekend(_) | Expr::DayOffset(_) => Needs::Day,
        Expr::Ago {
            unit,
            deictic: false,
            ..
        }
        | Expr::Within { unit, .. } => needs_of_unit(*unit),
        Expr::WithTime(base, _) => needs(base),
        _ => Needs::Nothing,
    }
}

/// The value of `expr` counted from the story time `story` (narrative
/// text); `None` when the story time does not apply to it.
fn narrative(expr: &Expr, story: Reference, ctx: Ctx) -> Option<String> {
    let need = needs(expr);
    if need == Needs::Nothing {
        return None;
    }
    let month = story.month.or(story.quarter.map(|q| q * 3 - 2));
    // Year-relative expressions read the story's own year, not the nearest
    // one to a made-up day.
    match expr {
        Expr::Calendar {
            year: None,
            month: Some(m),
            day: d,
            shift,
        } => {
            let y = story_year(story.year, month, *m, *shift);
            return Some(match d {
                Some(d) => day(NaiveDate::from_ymd_opt(y, *m, *d)?),
                None => self::month(y, *m),
            });
        }
        Expr::MonthOfYear {
            month: m,
            day: d,
            offset,
        } => {
            let y = i32::try_from(i64::from(story.year) + offset).ok()?;
            return Some(match d {
                Some(d) => day(NaiveDate::from_ymd_opt(y, *m, *d)?),
                None => self::month(y, *m),
            });
        }
        // "next summer", "last winter": the story's year's neighbours, as
        // told from a day of it ("the following spring" is `SeasonOf`).
        Expr::Season {
            code,
            year: None,
            shift,
        } => {
            let y = match shift {
                Shift::Next => story.year + 1,
                Shift::Last => story.year - 1,
                Shift::Recent => season_year(code, Shift::Last, story.year, month),
                _ => story.year,
            };
            return Some(format!("{}-{code}", Y(y.into())));
        }
        _ => {}
    }
    let anchor = NaiveDate::from_ymd_opt(story.year, month.unwrap_or(1), story.day.unwrap_or(1))?;
    // A story moves forward: a bare weekday is the next one on or after the
    // story time (a story is told in the past tense, which says nothing
    // about the direction here).
    let tense = match expr {
        Expr::Weekday { .. } => Tense::Future,
        _ => ctx.tense,
    };
    let ctx = Ctx {
        anchor: Some(anchor),
        tense,
        quarter: story.quarter.map(|q| (story.year, q)),
        ..ctx
    };
    let v = anchored(expr, anchor, ctx)?;
    let known_month = month.is_some();
    Some(match need {
        Needs::Day if story.day.is_none() => mask(&v, known_month),
        Needs::Month if !known_month => mask(&v, false),
        _ => v,
    })
}

/// The year of the season `code` that `shift` picks, told from `year` (and
/// `month`, when known): "the following spring" after a summer is next
/// year's, "the following winter" this year's.
fn season_year(code: &str, shift: Shift, year: i32, month: Option<u32>) -> i32 {
    // The season's first month.
    let first = match code {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };
    match (shift, month) {
        (Shift::Next, Some(m)) if first > m => year,
        (Shift::Next, _) => year + 1,
        (Shift::Last, Some(m)) if first < m => year,
        (Shift::Last, _) => year - 1,
        _ => year,
    }
}

/// The year of a month named without one in a story whose time is `year`
/// (and `month`, when known): the story's year, unless a direction word
/// says otherwise ("next March", "last November").
fn story_year(year: i32, month: Option<u32>, m: u32, shift: Shift) -> i32 {
    match (shift, month) {
        (Shift::Next, Some(m0)) if m > m0 => year,
        (Shift::Next, _) => year + 1,
        (Shift::Last | Shift::Recent, Some(m0)) if m < m0 => year,
        (Shift::Last | Shift::Recent, _) => year - 1,
        _ => year,
    }
}

/// `value` with the parts the story time does not know replaced by `X`:
/// the day (and, unless `keep_month`, the month) of a day, the week of a
/// week, the month of a month: `1942-XX-XX`, `1942-07-XX`, `1942-WXX`,
/// `1942-XX`.
fn mask(value: &str, keep_month: bool) -> String {
    let year_len = if value.starts_with("BC") { 6 } else { 4 };
    let Some((year, rest)) = value.split_at_checked(year_len) else {
        return value.to_string();
    };
    let (date, time) = rest.split_at(rest.find('T').unwrap_or(rest.len()));
    let parts: Vec<&str> = date.split('-').skip(1).collect();
    let masked = match parts.as_slice() {
        [w, tail @ ..] if w.starts_with('W') => {
            let mut out = format!("{year}-WXX");
            for t in tail {
                out.push('-');
                out.push_str(t);
            }
            out
        }
        [m, _] if keep_month => format!("{year}-{m}-XX"),
        [_, _] => format!("{year}-XX-XX"),
        [_] => format!("{year}-XX"),
        _ => return value.to_string(),
    };
    format!("{masked}{time}")
}

/// The value of `expr` anchored at `a`; `None` when out of chrono's range.
fn anchored(expr: &Expr, a: NaiveDate, ctx: Ctx) -> Option<String> {
    match expr {
        Expr::Calendar {
            year,
            month: m,
            day: d,
            shift,
        } => calendar(a, *year, *m, *d, *shift, ctx.tense),
        Expr::Weekday { day: wd, shift } => {
            let lo = match shift {
                Shift::Last | Shift::Recent => -7,
                Shift::Next => 1,
                Shift::This => -i64::from(a.weekday().num_days_from_monday()),
                Shift::Implicit if ctx.tense == Tense::Future => 0,
                Shift::Implicit => -6,
            };
            weekday_in_window(a, *wd, lo).map(day)
        }
        Expr::DayOffset(n) => add_days(a, *n).map(day),
        Expr::Relative { unit, offset } => relative(a, *unit, *offset),
        Expr::Weekend(shift) => {
            // The nearest weekend unless the text says which one.
            let wd = i64::from(a.weekday().num_days_from_monday());
            let offset = match shift {
                Shift::Next => 7,
                Shift::Last | Shift::Recent => -7,
                Shift::This => 0,
                Shift::Implicit if ctx.tense == Tense::Future || wd >= 3 => 0,
                Shift::Implicit => -7,
            };
            add_days(a, offset).map(|d| format!("{}-WE", iso_week(d)))
        }
        Expr::Season { code, year, shift } => {
            let y = year.unwrap_or(match shift {
                Shift::Last => a.year() - 1,
                Shift::Recent => season_year(code, Shift::Last, a.year(), Some(a.month())),
                Shift::Next => a.year() + 1,
                _ => a.year(),
            });
            Some(format!("{}-{code}", Y(y.into())))
        }
        Expr::Quarter {
            q,
            year,
            year_offset,
        } => {
            let (y, q) = match q {
                Some(q) => {
                    // A quarter still to come is last year's unless the text
                    // looks ahead or names the year.
                    let later = *q > quarter_of(a.month())
                        && ctx.tense != Tense::Future
                        && *year_offset == 0;
                    (
                        year.unwrap_or(if later { a.year() - 1 } else { a.year() }),
                        *q,
                    )
                }
                None => match ctx.quarter {
                    Some((y, q)) => (year.unwrap_or(y), q),
                    None => {
                        let done = add_months(a.with_day(1)?, -3)?;
                        (year.unwrap_or(done.year()), quarter_of(done.month()))
                    }
                },
            };
            Some(format!("{}-Q{q}", Y(i64::from(y) + year_offset)))
        }
        Expr::HalfYear {
            h,
            year,
            year_offset,
        } => Some(format!(
            "{}-H{h}",
            Y(i64::from(year.unwrap_or(a.year())) + year_offset)
        )),
        Expr::NthWeekday {
            month: m,
            weekday,
            from,
            n,
        } => {
            let in_year = |y: i32| {
                let first = NaiveDate::from_ymd_opt(y, *m, *from)?;
                weekday_in_window(first, *weekday, 0)
                    .and_then(|d| add_days(d, 7 * i64::from(n.saturating_sub(1))))
            };
            let y = infer_year(a, *m, None, Shift::Implicit, ctx.tense);
            in_year(y).map(day)
        }
        Expr::MonthOfYear {
            month: m,
            day: d,
            offset,
        } => {
            let y = i32::try_from(i64::from(a.year()) + offset).ok()?;
            match d {
                Some(d) => NaiveDate::from_ymd_opt(y, *m, *d).map(day),
                None => Some(month(y, *m)),
            }
        }
        Expr::Decade(d) => Some(decade(*d)),
        Expr::Century(c) => Some(century(*c)),
        Expr::Anaphor {
            unit,
            offset,
            weekday,
        } => match ctx.reference {
            Some(r) => anaphor(r, *unit, *offset, *weekday),
            None => anchored(&deictic(*unit, *offset, *weekday), a, ctx),
        },
        Expr::Ago {
            amount: Amount::Vague,
            sign,
            ..
        } => Some(if *sign < 0 { "PAST_REF" } else { "FUTURE_REF" }.to_string()),
        // In earnings news "a year ago" is the same quarter a year before.
        Expr::Ago {
            amount: Amount::N(1),
            unit: Unit::Year,
            sign: -1,
            ..
        } if ctx.quarterly => {
            let q = Expr::Quarter {
                q: None,
                year: None,
                year_offset: -1,
            };
            anchored(&q, a, ctx)
        }
        Expr::Ago {
            amount: Amount::N(n),
            unit,
            sign,
            ..
        } => ago(a, i64::from(*n) * sign, *unit),
        // "two and a half years ago": counted in months; smaller units keep
        // the whole part.
        Expr::Ago {
            amount: Amount::Half(n),
            unit,
            sign,
            ..
        } => match unit {
            Unit::Year => ago(a, (i64::from(*n) * 12 + 6) * sign, Unit::Month),
            _ => ago(a, i64::from(*n) * sign, *unit),
        },
        _ => None,
    }
}

fn calendar(
    a: NaiveDate,
    year: Option<i32>,
    m: Option<u32>,
    d: Option<u32>,
    shift: Shift,
    tense: Tense,
) -> Option<String> {
    let Some(m) = m else {
        return year.map(|y| Y(y.into()).to_string());
    };
    let y = match year {
        Some(y) => y,
        None => infer_year(a, m, d, shift, tense),
    };
    Some(match d {
        Some(d) => day(NaiveDate::from_ymd_opt(y, m, d)?),
        None => month(y, m),
    })
}

/// How far ahead of the anchor (in days) a month-day without a year may
/// fall before news, which mostly narrates the past, reads it as last year's.
const MONTH_DAY_AHEAD: i64 = 120;

/// How far back (in days) a month-day in a future clause may still be this
/// year's: "until Jan. 14" written on January 15 is yesterday's deadline.
const FUTURE_SLACK: i64 = 45;

/// The year for a month (and day) written without one.
fn infer_year(a: NaiveDate, m: u32, d: Option<u32>, shift: Shift, tense: Tense) -> i32 {
    let y = a.year();
    let cands = [y - 1, y, y + 1];
    // Days from the anchor to the candidate (the first of the month when no
    // day is given; 31-day months are close enough for choosing a year).
    let now = i64::from(y) * 372 + i64::from(a.month()) * 31 + i64::from(a.day());
    let key = |yy: i32| i64::from(yy) * 372 + i64::from(m) * 31 + i64::from(d.unwrap_or(1));
    // At month granularity "this month" counts as now.
    let now_m = i64::from(y) * 372 + i64::from(a.month()) * 31 + 1;
    match shift {
        Shift::Last | Shift::Recent => cands
            .into_iter()
            .rev()
            .find(|&c| key(c) < if d.is_some() { now } else { now_m })
            .unwrap_or(y - 1),
        Shift::Next => cands
            .into_iter()
            .find(|&c| key(c) > if d.is_some() { now } else { now_m })
            .unwrap_or(y + 1),
        Shift::This => y,
        Shift::Implicit => {
            let (now, slack, ahead) = match (d.is_some(), tense) {
                (true, Tense::Future) => (now, FUTURE_SLACK, i64::MAX),
                // A past cue only blocks a farther future cue: the default
                // already leans to the past, and "-ed" forms are often
                // participles ("will be paid Dec. 14").
                (true, _) => (now, 0, MONTH_DAY_AHEAD),
                // A month alone: the coming one in a future clause, else the
                // latest one not after the anchor unless at most two months
                // ahead.
                (false, Tense::Future) => (now_m, 0, i64::MAX),
                (false, _) => (now_m, 0, 62),
            };
            cands
                .into_iter()
                .find(|&c| key(c) >= now - slack && key(c) - now <= ahead)
                .unwrap_or_else(|| {
                    cands
                        .into_iter()
                        .rev()
                        .find(|&c| key(c) <= now)
                        .unwrap_or(y)
                })
        }
    }
}

/// The deictic reading of an anaphor, for a story that has named no date.
fn deictic(unit: Unit, offset: i64, weekday: Option<u32>) -> Expr {
    let shift = match offset {
        0 => Shift::This,
        o if o > 0 => Shift::Next,
        _ => Shift::Last,
    };
    match (weekday, unit) {
        (Some(day), _) => Expr::Weekday { day, shift },
        (None, Unit::Day) => Expr::DayOffset(offset),
        (None, unit) => Expr::Relative { unit, offset },
    }
}

/// An anaphor counted from the reference date `r`. A day or month asked of
/// a coarser reference keeps `X` for what is unknown ("that same day" after
/// "last October" is `2021-10-XX`).
fn anaphor(r: Reference, unit: Unit, offset: i64, weekday: Option<u32>) -> Option<String> {
    let full = match (r.month, r.day) {
        (Some(m), Some(d)) => NaiveDate::from_ymd_opt(r.year, m, d),
        _ => None,
    };
    if let Some(wd) = weekday {
        let base = full?;
        // The nearest such weekday strictly before (or after) the reference.
        let lo = if offset < 0 { -7 } else { 1 };
        return weekday_in_window(base, wd, lo).map(day);
    }
    match unit {
        Unit::Day => match (full, r.month) {
            (Some(d), _) => add_days(d, offset).map(day),
            (None, Some(m)) if offset == 0 => Some(format!("{}-XX", month(r.year, m))),
            _ if offset == 0 => Some(format!("{}-XX-XX", Y(r.year.into()))),
            _ => None,
        },
        Unit::Week => relative(full?, Unit::Week, offset),
        Unit::Month => {
            let m = r.month?;
            let d = add_months(NaiveDate::from_ymd_opt(r.year, m, 1)?, offset)?;
            Some(month(d.year(), d.month()))
        }
        Unit::Quarter => {
            let q = r.quarter.or(r.month.map(quarter_of))?;
            let first = NaiveDate::from_ymd_opt(r.year, q * 3 - 2, 1)?;
            relative(first, Unit::Quarter, offset)
        }
        Unit::Year => Some(Y(i64::from(r.year) + offset).to_string()),
        _ => None,
    }
}

fn relative(a: NaiveDate, unit: Unit, offset: i64) -> Option<String> {
    Some(match unit {
        Unit::Day => day(add_days(a, offset)?),
        Unit::Week => iso_week(add_days(a, offset.checked_mul(7)?)?),
        Unit::Month => {
            let d = add_months(a.with_day(1)?, offset)?;
            month(d.year(), d.month())
        }
        Unit::Quarter => {
            let d = add_months(a.with_day(1)?, offset.checked_mul(3)?)?;
            format!("{}-Q{}", Y(d.year().into()), quarter_of(d.month()))
        }
        Unit::Year => Y(i64::from(a.year()) + offset).to_string(),
        Unit::Decade => decade_of(i64::from(a.year()) + offset.saturating_mul(10)),
        Unit::Century => century_of(i64::from(a.year()) + offset.saturating_mul(100)),
        Unit::Hour | Unit::Minute | Unit::Second => day(a),
    })
}

fn ago(a: NaiveDate, n: i64, unit: Unit) -> Option<String> {
    Some(match unit {
        Unit::Day => day(add_days(a, n)?),
        Unit::Week => iso_week(add_days(a, n.checked_mul(7)?)?),
        Unit::Month => {
            let d = add_months(a.with_day(1)?, n)?;
            month(d.year(), d.month())
        }
        Unit::Quarter => {
            let d = add_months(a.with_day(1)?, n.checked_mul(3)?)?;
            format!("{}-Q{}", Y(d.year().into()), quarter_of(d.month()))
        }
        Unit::Year => Y(i64::from(a.year()) + n).to_string(),
        Unit::Decade => decade_of(i64::from(a.year()) + n.saturating_mul(10)),
        Unit::Century => century_of(i64::from(a.year()) + n.saturating_mul(100)),
        Unit::Hour | Unit::Minute | Unit::Second => day(a),
    })
}

/// The value of a relative expression when there is no publication date.
fn unanchored(expr: &Expr) -> String {
    match expr {
        Expr::Calendar {
            year,
            month: m,
            day: d,
            ..
        } => match (year, m, d) {
            (Some(y), Some(m), Some(d)) => format!("{}-{m:02}-{d:02}", Y((*y).into())),
            (Some(y), Some(m), None) => month(*y, *m),
            (Some(y), None, _) => Y((*y).into()).to_string(),
            (None, Some(m), Some(d)) => format!("XXXX-{m:02}-{d:02}"),
            (None, Some(m), None) => format!("XXXX-{m:02}"),
            (None, None, _) => "XXXX".to_string(),
        },
        Expr::Weekday { day, .. } => format!("XXXX-WXX-{}", day + 1),
        Expr::Weekend(_) => "XXXX-WXX-WE".to_string(),
        Expr::Season { code, year, .. } => match year {
            Some(y) => format!("{}-{code}", Y((*y).into())),
            None => format!("XXXX-{code}"),
        },
        Expr::Quarter { q, year, .. } => {
            let q = q.map_or("X".to_string(), |q| q.to_string());
            match year {
                Some(y) => format!("{}-Q{q}", Y((*y).into())),
                None => format!("XXXX-Q{q}"),
            }
        }
        Expr::NthWeekday { month: m, .. } => format!("XXXX-{m:02}-XX"),
        Expr::HalfYear { h, year, .. } => match year {
            Some(y) => format!("{}-H{h}", Y((*y).into())),
            None => format!("XXXX-H{h}"),
        },
        Expr::MonthOfYear {
            month: m, day: d, ..
        } => match d {
            Some(d) => format!("XXXX-{m:02}-{d:02}"),
            None => format!("XXXX-{m:02}"),
        },
        Expr::Decade(d) => decade(*d),
        Expr::Century(c) => century(*c),
        Expr::Relative { unit, .. }
        | Expr::Ago {
            unit,
            amount: Amount::N(_) | Amount::Half(_),
            ..
        } => match unit {
            Unit::Week => "XXXX-WXX".to_string(),
            Unit::Month => "XXXX-XX".to_string(),
            Unit::Quarter => "XXXX-QX".to_string(),
            Unit::Year => "XXXX".to_string(),
            Unit::Decade => "XXX".to_string(),
            Unit::Century => "XX".to_string(),
            _ => "XXXX-XX-XX".to_string(),
        },
        Expr::Ago { sign, .. } => if *sign < 0 { "PAST_REF" } else { "FUTURE_REF" }.to_string(),
        Expr::Anaphor {
            unit,
            offset,
            weekday,
        } => unanchored(&deictic(*unit, *offset, *weekday)),
        _ => "XXXX-XX-XX".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap_or_default()
    }

    fn ctx(a: NaiveDate) -> Ctx {
        Ctx {
            anchor: Some(a),
            tense: Tense::Unknown,
            quarterly: false,
            reference: None,
            quarter: None,
            story: None,
        }
    }

    #[test]
    fn infers_the_year_from_the_anchor() {
        let jan = d(2022, 1, 21);
        let cal = |m, dd| Expr::Calendar {
            year: None,
            month: Some(m),
            day: dd,
            shift: Shift::Implicit,
        };
        assert_eq!(normalize(&cal(11, Some(3)), ctx(jan)).1, "2021-11-03");
        assert_eq!(normalize(&cal(2, Some(4)), ctx(jan)).1, "2022-02-04");
        assert_eq!(normalize(&cal(2, None), ctx(jan)).1, "2022-02");
        assert_eq!(
            normalize(&cal(9, None), ctx(jan)).1,
            "2021-09",
            "a month alone leans to the past"
        );
        let ahead = Ctx {
            anchor: Some(jan),
            tense: Tense::Future,
            quarterly: false,
            reference: None,
            quarter: None,
            story: None,
        };
        assert_eq!(normalize(&cal(11, Some(3)), ahead).1, "2022-11-03");
        let last_nov = Expr::Calendar {
            year: None,
            month: Some(11),
            day: None,
            shift: Shift::Last,
        };
        assert_eq!(normalize(&last_nov, ctx(d(2022, 12, 5))).1, "2022-11");
        let next_feb = Expr::Calendar {
            year: None,
            month: Some(2),
            day: None,
            shift: Shift::Next,
        };
        assert_eq!(normalize(&next_feb, ctx(jan)).1, "2022-02");
        assert_eq!(normalize(&next_feb, ctx(d(2022, 3, 1))).1, "2023-02");
    }

    #[test]
    fn unanchored_values_keep_placeholders() {
        let none = Ctx {
            anchor: None,
            tense: Tense::Unknown,
            quarterly: false,
            reference: None,
            quarter: None,
            story: None,
        };
        assert_eq!(
            normalize(
                &Expr::Weekday {
                    day: 3,
                    shift: Shift::Implicit
                },
                none
            )
            .1,
            "XXXX-WXX-4"
        );
        assert_eq!(
            normalize(
                &Expr::Relative {
                    unit: Unit::Week,
                    offset: 1
                },
                none
            )
            .1,
            "XXXX-WXX"
        );
        assert_eq!(normalize(&Expr::DayOffset(-1), none).1, "XXXX-XX-XX");
        let feb4 = Expr::Calendar {
            year: None,
            month: Some(2),
            day: Some(4),
            shift: Shift::Implicit,
        };
        assert_eq!(normalize(&feb4, none).1, "XXXX-02-04");
    }

    #[test]
    fn formats_durations() {
        assert_eq!(duration(Amount::N(90), Unit::Minute), "PT90M");
        assert_eq!(duration(Amount::Vague, Unit::Day), "PXD");
        assert_eq!(duration(Amount::N(2), Unit::Decade), "P20Y");
        assert_eq!(duration(Amount::Vague, Unit::Decade), "PXDE");
        assert_eq!(duration(Amount::Half(2), Unit::Year), "P2Y6M");
        assert_eq!(duration(Amount::Half(5), Unit::Hour), "PT5H30M");
        assert_eq!(duration(Amount::Half(0), Unit::Hour), "PT30M");
        assert_eq!(duration(Amount::Half(1), Unit::Day), "P1DT12H");
    }
}
