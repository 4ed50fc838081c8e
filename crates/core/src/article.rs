//! [`Article`] and its publication date, [`Published`].

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use chrono::{FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::Error;

/// One news article, as read from any input format.
///
/// Unknown input fields are kept in `meta` (in input order is not guaranteed;
/// sorted by key) and written back in each output record, so a pipeline can
/// carry its own columns (source, section, ...) through newsfacts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Identifier, unique within a run. Readers make one from the file name
    /// and line number when the input has none.
    pub id: String,
    /// Headline.
    #[serde(default)]
    pub title: Option<String>,
    /// Publication date: the anchor for relative dates such as "Thursday".
    #[serde(default)]
    pub published: Option<Published>,
    /// Where it was published.
    #[serde(default)]
    pub url: Option<String>,
    /// The text. Every span of every finding is a byte range into it.
    pub body: String,
    /// Input fields newsfacts does not know, written back unchanged.
    #[serde(flatten)]
    pub meta: BTreeMap<String, serde_json::Value>,
}

impl Article {
    /// An article with an id and a body and nothing else.
    pub fn new(id: impl Into<String>, body: impl Into<String>) -> Article {
        Article {
            id: id.into(),
            body: body.into(),
            ..Article::default()
        }
    }

    /// Sets the publication date (builder style).
    pub fn published(mut self, published: Published) -> Article {
        self.published = Some(published);
        self
    }
}

/// A publication date, optionally with a time of day and a UTC offset.
///
/// Parsed from `YYYY-MM-DD`, `YYYYMMDD`, and ISO 8601 / RFC 3339 date-times
/// (`2022-01-21T14:05:00Z`, `2022-01-21T14:05:00+02:00`, `2022-01-21 14:05`).
/// Written as the shortest of those forms that keeps what was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Published {
    /// Calendar date.
    pub date: NaiveDate,
    /// Time of day, when the input gave one.
    pub time: Option<NaiveTime>,
    /// UTC offset, when the input gave one.
    pub offset: Option<FixedOffset>,
}

impl Published {
    /// A date with no time.
    pub fn date(date: NaiveDate) -> Published {
        Published {
            date,
            time: None,
            offset: None,
        }
    }

    /// `Published::date` from year, month, day; `None` when invalid.
    pub fn ymd(year: i32, month: u32, day: u32) -> Option<Published> {
        NaiveDate::from_ymd_opt(year, month, day).map(Published::date)
    }
}

impl FromStr for Published {
    type Err = Error;

    fn from_str(input: &str) -> Result<Published, Error> {
        let s = input.trim();
        let bad = |reason: &str| Error::InvalidDate {
            input: input.to_string(),
            reason: reason.into(),
        };
        if s.is_empty() {
            return Err(bad("empty"));
        }
        if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
            return NaiveDate::parse_from_str(s, "%Y%m%d")
                .map(Published::date)
                .map_err(|e| bad(&format!("{e} (expected YYYYMMDD)")));
        }
        if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            return Ok(Published::date(d));
        }
        if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(s) {
            return Ok(Published {
                date: dt.date_naive(),
                time: Some(dt.time()),
                offset: Some(*dt.offset()),
            });
        }
        for fmt in [
            "%Y-%m-%dT%H:%M:%S%.f",
            "%Y-%m-%d %H:%M:%S%.f",
            "%Y-%m-%dT%H:%M",
            "%Y-%m-%d %H:%M",
        ] {
            if let Ok(dt) = NaiveDateTime::parse_from_str(s, fmt) {
                return Ok(Published {
                    date: dt.date(),
                    time: Some(dt.time()),
                    offset: None,
                });
            }
        }
        for fmt in [
            "%Y-%m-%dT%H:%M:%S%.f%z",
            "%Y-%m-%d %H:%M:%S%.f%z",
            "%Y-%m-%d %H:%M:%S%.f %z",
        ] {
            if let Ok(dt) = chrono::DateTime::parse_from_str(s, fmt) {
                return Ok(Published {
                    date: dt.date_naive(),
                    time: Some(dt.time()),
                    offset: Some(*dt.offset()),
                });
            }
        }
        if let Ok(dt) = chrono::DateTime::parse_from_rfc2822(s) {
            // RSS and e-mail: `Tue, 5 Mar 2024 10:00:00 +0000`.
            return Ok(Published {
                date: dt.date_naive(),
                time: Some(dt.time()),
                offset: Some(*dt.offset()),
            });
        }
        if let Some(date) = date_in_words(s) {
            return Ok(Published::date(date));
        }
        Err(bad(
            "expected YYYY-MM-DD, YYYYMMDD, an ISO 8601 date-time, or a date such as \
             March 5, 2024 or 5 March 2024",
        ))
    }
}

/// A calendar date as people and web pages write it: `March 5, 2024`,
/// `Mar. 5, 2024`, `Sept. 5 2024`, `5 March 2024`, `Tuesday, March 5, 2024`,
/// `2024/03/05`. Month names in English, full or abbreviated, any case; a
/// leading weekday is ignored (not checked against the date). Day-month order
/// in all-digit dates (`05/03/2024`) is ambiguous and not accepted.
fn date_in_words(s: &str) -> Option<NaiveDate> {
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y/%m/%d") {
        return Some(d);
    }
    // Words, without the punctuation people put between them.
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|w| !w.is_empty())
        .collect();
    let words = match words.first() {
        Some(w) if weekday(w) => words.get(1..)?,
        _ => words.as_slice(),
    };
    let (month, day, year) = match *words {
        [a, b, c] if month_number(a).is_some() => (month_number(a)?, b, c),
        [a, b, c] if month_number(b).is_some() => (month_number(b)?, a, c),
        _ => return None,
    };
    let day = day.trim_end_matches(|c: char| c.is_ascii_alphabetic()); // 5th, 1st
    if year.len() != 4 || day.is_empty() || day.len() > 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(year.parse().ok()?, month, day.parse().ok()?)
}

/// 1-12 for an English month name or its usual abbreviation (`Sept` too).
fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let w = word.to_ascii_lowercase();
    if w == "sept" {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|m| w == *m || (w.len() == 3 && m.starts_with(w.as_str())))
        .and_then(|i| u32::try_from(i + 1).ok())
}

fn weekday(word: &str) -> bool {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let w = word.to_ascii_lowercase();
    DAYS.iter()
        .any(|d| w == *d || (w.len() >= 3 && d.starts_with(w.as_str())))
}

impl fmt::Display for Published {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.date.format("%Y-%m-%d"))?;
        if let Some(t) = self.time {
            write!(f, "T{}", t.format("%H:%M:%S%.f"))?;
            match self.offset {
                Some(o) if o.local_minus_utc() == 0 => write!(f, "Z")?,
                Some(o) => write!(f, "{o}")?,
                None => {}
            }
        }
        Ok(())
    }
}

impl Serialize for Published {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Published {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Published, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_the_common_forms() {
        let d = NaiveDate::from_ymd_opt(2022, 1, 21).unwrap();
        assert_eq!("20220121".parse::<Published>().unwrap().date, d);
        assert_eq!("2022-01-21".parse::<Published>().unwrap().date, d);
        let p: Published = "2022-01-21T14:05:00Z".parse().unwrap();
        assert_eq!(
            (p.date, p.time.unwrap().to_string().as_str()),
            (d, "14:05:00")
        );
        assert_eq!(p.offset.unwrap().local_minus_utc(), 0);
        let p: Published = "2022-01-21 14:05".parse().unwrap();
        assert_eq!(p.offset, None);
        assert!("2022-02-30".parse::<Published>().is_err());
        assert!("21/01/2022".parse::<Published>().is_err());
        assert!("".parse::<Published>().is_err());
    }

    #[test]
    fn parses_dates_written_in_words_and_rss_dates() {
        let d = NaiveDate::from_ymd_opt(2024, 3, 5).unwrap();
        for s in [
            "March 5, 2024",
            "march 5 2024",
            "Mar. 5, 2024",
            "MAR 5, 2024",
            "5 March 2024",
            "5th March, 2024",
            "Tuesday, March 5, 2024",
            "Tue. 5 Mar. 2024",
            "2024/03/05",
        ] {
            let p: Published = s.parse().unwrap_or_else(|e| panic!("{s}: {e}"));
            assert_eq!((p.date, p.time), (d, None), "{s}");
        }
        let p: Published = "Tue, 05 Mar 2024 16:30:00 +0100".parse().unwrap();
        assert_eq!(p.date, d);
        assert_eq!(p.offset.unwrap().local_minus_utc(), 3600);
        let sept: Published = "Sept. 30, 2023".parse().unwrap();
        assert_eq!(sept.date, NaiveDate::from_ymd_opt(2023, 9, 30).unwrap());
        for bad in [
            "March 32, 2024",
            "Marchh 5, 2024",
            "5 March",
            "March 2024",
            "05/03/2024",
            "March 5, 24",
            "May the 4th be with you",
        ] {
            assert!(bad.parse::<Published>().is_err(), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn display_round_trips(days in -200_000i64..200_000, secs in proptest::option::of(0u32..86_400),
                               off in proptest::option::of(-50_400i32..50_400)) {
            let date = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap() + chrono::TimeDelta::days(days);
            prop_assume!((0..=9999).contains(&chrono::Datelike::year(&date)));
            let time = secs.map(|s| NaiveTime::from_num_seconds_from_midnight_opt(s, 0).unwrap());
            let offset = if time.is_some() { off.map(|o| FixedOffset::east_opt(o / 60 * 60).unwrap()) } else { None };
            let p = Published { date, time, offset };
            prop_assert_eq!(p.to_string().parse::<Published>().unwrap(), p);
        }

        #[test]
        fn any_text_gives_a_date_that_prints_back_or_an_error_naming_it(s in "\\PC{0,40}") {
            match s.parse::<Published>() {
                Ok(p) if (0..=9999).contains(&chrono::Datelike::year(&p.date)) => {
                    prop_assert_eq!(p.to_string().parse::<Published>().unwrap(), p);
                }
                Ok(_) => {}
                Err(e) => prop_assert!(e.to_string().contains(s.trim()), "{}", e),
            }
        }
    }
}
