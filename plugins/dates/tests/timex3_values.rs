//! Every value the analyzer writes is a TIMEX3 value, and every DURATION's
//! value is a length (`P...`), whatever the text (issue 11). The validator
//! below is written from the TimeML TIMEX3 value grammar: calendar dates at
//! any granularity (with `X` for unknown digits and `BC` for years before
//! the common era), weeks, quarters, halves, seasons, decades, centuries,
//! times of day, durations and the three reference points.

mod common;

use common::run;
use newsfacts_dates::TimexType;
use proptest::prelude::*;

/// `s` is `n` characters, each a digit or `X`.
fn digits(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_digit() || b == b'X')
}

/// A year (`2024`, `XXXX`, `BC0490`), a decade (`199`, `BC033`) or a
/// century (`19`, `BC03`).
fn year_like(s: &str) -> bool {
    let s = s.strip_prefix("BC").unwrap_or(s);
    digits(s, 4) || digits(s, 3) || digits(s, 2)
}

/// A time of day after the `T`: `14:30`, `14:30:05`, `MO`, `AF`, `EV`,
/// `NI`, `DT`.
fn time_of_day(s: &str) -> bool {
    if matches!(s, "MO" | "AF" | "EV" | "NI" | "DT") {
        return true;
    }
    let parts: Vec<&str> = s.split(':').collect();
    (2..=3).contains(&parts.len()) && parts.iter().all(|p| digits(p, 2))
}

/// A date value: `2024`, `2024-05`, `2024-05-15`, `2024-W20`,
/// `2024-W20-3`, `2024-W20-WE`, `2024-Q2`, `2024-H1`, `2024-SP`, a decade
/// or century, optionally followed by a time of day.
fn date_value(v: &str) -> bool {
    let (date, time) = match v.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (v, None),
    };
    if time.is_some_and(|t| !time_of_day(t)) {
        return false;
    }
    let mut parts = date.split('-');
    let Some(year) = parts.next() else {
        return false;
    };
    let rest: Vec<&str> = parts.collect();
    let full_year = digits(year.strip_prefix("BC").unwrap_or(year), 4);
    match rest.as_slice() {
        [] => year_like(year),
        [m] => {
            full_year
                && (digits(m, 2)
                    || matches!(*m, "SP" | "SU" | "FA" | "WI")
                    || (m.len() == 2
                        && (m.starts_with('Q') || m.starts_with('H'))
                        && (digits(&m[1..], 1)))
                    || (m.starts_with('W') && digits(&m[1..], 2)))
        }
        [m, d] if m.starts_with('W') => {
            full_year && digits(&m[1..], 2) && (digits(d, 1) || *d == "WE")
        }
        [m, d] => full_year && digits(m, 2) && digits(d, 2),
        _ => false,
    }
}

/// A duration: `P` then numbered units (`Y`, `M`, `W`, `D`, `Q`, `DE`,
/// `CE`), a `T` and time units (`H`, `M`, `S`); a number may be `X`
/// (vague) or have one decimal (`PT2.5S`).
fn duration_value(v: &str) -> bool {
    let Some(body) = v.strip_prefix('P') else {
        return false;
    };
    let (date, time) = match body.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (body, None),
    };
    let units = |s: &str, allowed: &[&str]| -> bool {
        let mut rest = s;
        let mut any = false;
        while !rest.is_empty() {
            let n = rest
                .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == 'X'))
                .unwrap_or(rest.len());
            if n == 0 {
                return false;
            }
            let after = &rest[n..];
            let Some(unit) = allowed.iter().find(|u| after.starts_with(**u)) else {
                return false;
            };
            rest = &after[unit.len()..];
            any = true;
        }
        any
    };
    let date_ok = date.is_empty() || units(date, &["DE", "CE", "Y", "Q", "M", "W", "D"]);
    let time_ok = time.is_none_or(|t| units(t, &["H", "M", "S"]));
    (!date.is_empty() || time.is_some()) && date_ok && time_ok
}

/// Whether `v` is a TIMEX3 value.
fn timex3(v: &str) -> bool {
    matches!(v, "PRESENT_REF" | "PAST_REF" | "FUTURE_REF") || date_value(v) || duration_value(v)
}

#[test]
fn the_validator_knows_values_from_non_values() {
    for good in [
        "2024",
        "2024-05",
        "2024-05-15",
        "2024-W20",
        "2024-W20-3",
        "2024-W20-WE",
        "2024-Q2",
        "2024-H1",
        "2024-SP",
        "199",
        "19",
        "BC0490",
        "BC03",
        "BC033",
        "XXXX-XX-XX",
        "2024-05-XX",
        "XXXX-WXX-5",
        "2024-05-15T14:30",
        "2024-05-15TNI",
        "PT2H58M41S",
        "P1Y6M",
        "PXD",
        "PTXM",
        "P1DE",
        "PXCE",
        "P1DT12H",
        "PT2.5S",
        "PRESENT_REF",
    ] {
        assert!(timex3(good), "{good}");
    }
    for bad in [
        "",
        "P",
        "2024-13-1",
        "24-05",
        "2024-W2",
        "2024-Q",
        "PTH",
        "P1",
        "NOW",
        "2024-05-15T9",
        "PT1Y",
        "2024-05-15-01",
    ] {
        assert!(!timex3(bad), "{bad}");
    }
}

/// Words and marks the finder cares about, to build text that reaches many
/// rules at once.
const WORDS: &[&str] = &[
    "the",
    "a",
    "in",
    "on",
    "since",
    "from",
    "to",
    "and",
    "between",
    "until",
    "by",
    "last",
    "next",
    "this",
    "that",
    "same",
    "following",
    "previous",
    "early",
    "late",
    "mid",
    "about",
    "more",
    "than",
    "at",
    "least",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "quarter",
    "quarters",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "ago",
    "earlier",
    "later",
    "before",
    "after",
    "Monday",
    "Friday",
    "night",
    "morning",
    "afternoon",
    "June",
    "March",
    "May",
    "spring",
    "summer",
    "fall",
    "winter",
    "every",
    "each",
    "twice",
    "times",
    "per",
    "daily",
    "annually",
    "now",
    "then",
    "time",
    "being",
    "near",
    "term",
    "recent",
    "fiscal",
    "BC",
    "B.C.",
    "AD",
    "GMT",
    "UTC",
    "a.m.",
    "p.m.",
    "noon",
    "today",
    "yesterday",
    "tomorrow",
    "-",
    "–",
    ",",
    ".",
    "(",
    ")",
    "'",
    "14",
    "16",
    "2",
    "3",
    "12",
    "18",
    "90",
    "450",
    "1996",
    "98",
    "2018",
    "2019",
    "2024",
    "0800",
    "14:30",
    "2:58:41",
    "04:30hrs",
    "1/2",
    "'82",
    "'80s",
    "4th",
    "1990s",
    "two",
    "three",
    "several",
    "few",
    "long",
    "month-long",
    "decades-long",
    "year-old",
    "Christmas",
    "Daily",
    "News",
];

fn sentence() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(WORDS), 0..24).prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn every_value_is_timex3_and_every_duration_a_length(body in sentence()) {
        for t in run(&body) {
            prop_assert!(timex3(&t.value), "{:?} in {:?}: not TIMEX3", t, body);
            if t.kind == TimexType::Duration {
                prop_assert!(t.value.starts_with('P'), "{:?} in {:?}", t, body);
            }
            if t.kind == TimexType::Set {
                prop_assert!(t.freq.as_deref().is_none_or(|f| f.ends_with('X')), "{:?}", t);
            }
            prop_assert_eq!(body.get(t.span.range()), Some(t.text.as_str()));
        }
    }

    #[test]
    fn arbitrary_text_gives_timex3_values(body in "\\PC{0,160}") {
        for t in run(&body) {
            prop_assert!(timex3(&t.value), "{:?} in {:?}", t, body);
            if t.kind == TimexType::Duration {
                prop_assert!(t.value.starts_with('P'));
            }
        }
    }
}
