//! Expressions counted from the date the story last spoke of ("the previous
//! Friday", "the following year", "that same day") and the quarter an
//! earnings story reports on. Sentences written for these tests; published
//! Friday 2022-01-21 unless said otherwise.

use newsfacts_core::{Analyzer, Article, Document, Published};
use newsfacts_dates::normalize::Reference;
use newsfacts_dates::{Dates, DatesConfig, TimexType};
use proptest::prelude::*;

fn found_on(body: &str, y: i32, m: u32, d: u32) -> Vec<(String, TimexType, String)> {
    let article = Article::new("t", body).published(Published::ymd(y, m, d).unwrap());
    Dates::new(DatesConfig::default())
        .unwrap()
        .analyze(&Document::new(&article))
        .unwrap()
        .into_iter()
        .map(|t| (t.text, t.kind, t.value))
        .collect()
}

fn value(body: &str, text: &str) -> String {
    value_on(body, text, (2022, 1, 21))
}

fn value_on(body: &str, text: &str, (y, m, d): (i32, u32, u32)) -> String {
    let f = found_on(body, y, m, d);
    f.iter()
        .find(|(t, _, _)| t == text)
        .map(|(_, _, v)| v.clone())
        .unwrap_or_else(|| panic!("{text:?} not found in {body:?}: {f:?}"))
}

#[test]
fn the_previous_weekday_counts_from_the_last_date_named() {
    let body = "The index closed at 1,200 on Friday, up 2% from the previous Friday.";
    assert_eq!(value(body, "Friday"), "2022-01-21");
    assert_eq!(value(body, "the previous Friday"), "2022-01-14");
    let body = "The ferry sank on March 3, 2015. The following Monday divers found the hull.";
    assert_eq!(value(body, "The following Monday"), "2015-03-09");
}

#[test]
fn the_following_month_and_year_count_from_the_last_date_named() {
    let body = "The mill closed in March 2009. The following month, the town voted to buy it.";
    assert_eq!(value(body, "The following month"), "2009-04");
    let body = "She won her first race on June 4, 2011, and retired the following year.";
    assert_eq!(value(body, "the following year"), "2012");
    let body = "The treaty was signed in 1994; the prior year, talks had collapsed.";
    assert_eq!(value(body, "the prior year"), "1993");
}

#[test]
fn that_year_and_that_same_day_take_the_last_date_named() {
    let body = "He moved to Lisbon in May 2016 and opened a bakery later that year.";
    assert_eq!(value(body, "later that year"), "2016");
    // A day asked of a month keeps X for the unknown day.
    let body = "The storm hit last October. That same day the dam failed.";
    assert_eq!(value(body, "That same day"), "2021-10-XX");
    let body = "Rebels took the airport on Aug. 2, 2019. Earlier that day, the army had left.";
    assert_eq!(value(body, "Earlier that day"), "2019-08-02");
    let body = "Profit fell in the second quarter of 2020, and sales in that quarter slid 5%.";
    assert_eq!(value(body, "that quarter"), "2020-Q2");
}

#[test]
fn the_next_day_and_morning_follow_the_last_day_named() {
    let body = "The fire started on Sept. 9, 2020, and was contained the next day.";
    assert_eq!(value(body, "the next day"), "2020-09-10");
    let body = "Police arrived on Tuesday and left the next morning.";
    assert_eq!(value(body, "the next morning"), "2022-01-19TMO");
}

#[test]
fn anaphors_without_an_earlier_date_read_from_the_publication_date() {
    assert_eq!(
        value("The following year will be harder.", "The following year"),
        "2023"
    );
    assert_eq!(
        value(
            "Prices matched the previous Friday's.",
            "the previous Friday"
        ),
        "2022-01-14"
    );
}

#[test]
fn bare_weekdays_and_that_day_stay_deictic() {
    // A bare weekday after an old date still counts from the publication date.
    let body = "The plant opened on May 5, 2001. The board met Thursday.";
    assert_eq!(value(body, "Thursday"), "2022-01-20");
    // "that day" alone usually names an event, not a date.
    let f = found_on("Nobody forgot that day.", 2022, 1, 21);
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn an_earnings_story_on_a_fiscal_quarter_compares_that_quarter() {
    let body = "Acme Corp. said it earned $5 million in the fiscal first quarter, \
                up from $3 million a year earlier. Sales in the quarter rose 8%.";
    let on = (2021, 10, 27);
    assert_eq!(value_on(body, "a year earlier", on), "2020-Q1");
    assert_eq!(value_on(body, "the quarter", on), "2021-Q1");
    let body = "Widget Co. reported a 40% drop in fourth-quarter profit. \
                The latest period included a charge.";
    assert_eq!(
        value_on(body, "The latest period", (2021, 11, 2)),
        "2021-Q4"
    );
}

#[test]
fn a_quarter_still_to_come_or_only_mentioned_is_not_the_reported_one() {
    // Without a past or fiscal cue the last calendar quarter stays the default.
    let body = "Third-quarter profit rose 9% from a year ago. The firm will take a \
                fourth-quarter charge, and sales in the latest quarter grew.";
    let on = (2021, 10, 27);
    assert_eq!(value_on(body, "a year ago", on), "2020-Q3");
    assert_eq!(value_on(body, "the latest quarter", on), "2021-Q3");
    let body = "After a flat second quarter, the maker posted a gain in the quarter.";
    assert_eq!(value_on(body, "the quarter", on), "2021-Q3");
}

#[test]
fn reference_reads_calendar_values_only() {
    let r = |y, m, d, q| {
        Some(Reference {
            year: y,
            month: m,
            day: d,
            quarter: q,
        })
    };
    assert_eq!(
        Reference::parse("2022-01-20"),
        r(2022, Some(1), Some(20), None)
    );
    assert_eq!(
        Reference::parse("2022-01-20TNI"),
        r(2022, Some(1), Some(20), None)
    );
    assert_eq!(Reference::parse("2022-01"), r(2022, Some(1), None, None));
    assert_eq!(Reference::parse("1988-Q3"), r(1988, None, None, Some(3)));
    assert_eq!(Reference::parse("1988"), r(1988, None, None, None));
    // A season places the story in its year; a year before the common era
    // is negative.
    assert_eq!(Reference::parse("2022-SU"), r(2022, None, None, None));
    assert_eq!(Reference::parse("BC0490"), r(-490, None, None, None));
    for v in [
        "PRESENT_REF",
        "2022-W04",
        "2022-SU-01",
        "XXXX-02-04",
        "199",
        "P3Y",
        "2022-13",
        "2022-Q5",
        "",
    ] {
        assert_eq!(Reference::parse(v), None, "{v}");
    }
}

proptest! {
    #[test]
    fn reference_parse_never_panics(v in "\\PC{0,20}") {
        let _ = Reference::parse(&v);
    }

    #[test]
    fn anaphoric_text_gives_valid_spans(words in proptest::collection::vec(
        prop_oneof![
            Just("the"), Just("previous"), Just("following"), Just("next"), Just("that"), Just("same"),
            Just("day"), Just("Friday"), Just("month"), Just("year"), Just("quarter"), Just("morning"),
            Just("earlier"), Just("fiscal"), Just("first"), Just("March"), Just("3,"), Just("1999"),
            Just("."), Just("ended"), Just("é"), Just("a"), Just("ago"),
        ], 0..14)) {
        let body = words.join(" ");
        for (y, m, d) in [(2022, 1, 21), (1989, 12, 31)] {
            let article = Article::new("t", body.as_str()).published(Published::ymd(y, m, d).unwrap());
            for t in Dates::new(DatesConfig::default()).unwrap().analyze(&Document::new(&article)).unwrap() {
                prop_assert_eq!(body.get(t.span.range()), Some(t.text.as_str()));
            }
        }
    }
}

#[test]
fn year_end_is_the_end_of_the_year() {
    let article = Article::new(
        "t",
        "The deal should close by year-end. Shares are up 4% since year-end. \
         Hiring resumes after the year's end.",
    )
    .published(Published::ymd(2022, 6, 10).unwrap());
    let found: Vec<_> = Dates::new(DatesConfig::default())
        .unwrap()
        .analyze(&Document::new(&article))
        .unwrap()
        .into_iter()
        .map(|t| (t.text, t.value, t.r#mod))
        .collect();
    let end = Some("END".to_string());
    assert_eq!(
        found,
        [
            ("year-end".to_string(), "2022".to_string(), end.clone()),
            ("year-end".to_string(), "2021".to_string(), end.clone()),
            ("the year's end".to_string(), "2022".to_string(), end),
        ]
    );
}

#[test]
fn seasons_after_into_and_with_early_or_late() {
    let body = "Shortages will last well into the summer.";
    assert_eq!(value_on(body, "the summer", (2022, 3, 1)), "2022-SU");
    let body = "Orders recovered from lows in the late spring.";
    assert_eq!(value_on(body, "the late spring", (2022, 9, 1)), "2022-SP");
    // A season word that is not a time stays out.
    assert!(found_on("He jumped into the spring water.", 2022, 3, 1).is_empty());
}

#[test]
fn future_words_used_as_nouns_or_in_compounds_are_not_cues() {
    // "the plan" is a noun: the month-day is the latest past one.
    let body = "The council approved the plan Aug. 21.";
    assert_eq!(value_on(body, "Aug. 21", (2021, 10, 27)), "2021-08-21");
    // "plans" as a verb still looks ahead.
    let body = "The council plans a vote Aug. 21.";
    assert_eq!(value_on(body, "Aug. 21", (2021, 10, 27)), "2022-08-21");
    // "lower-than-expected" is an adjective, not a future cue.
    let body = "Shares fell on lower-than-expected sales on Wednesday.";
    assert_eq!(value_on(body, "Wednesday", (2021, 10, 29)), "2021-10-27");
}

#[test]
fn a_clock_time_or_a_part_of_the_day_is_a_time_with_or_without_its_day() {
    let f = found_on(
        "Polls close at 8 p.m. Sunday; counting starts Sunday night and ends at noon.",
        2022,
        1,
        21,
    );
    let kinds: Vec<_> = f.iter().map(|(t, k, _)| (t.as_str(), *k)).collect();
    assert_eq!(
        kinds,
        [
            ("8 p.m. Sunday", TimexType::Time),
            ("Sunday night", TimexType::Time),
            ("noon", TimexType::Time),
        ]
    );
}
