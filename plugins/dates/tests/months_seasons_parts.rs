//! Bare months, seasons and parts of the day; a weekday with a part of the
//! day; the year of a month from the tense (issue 13, groups 5, 11 and 13).
//! Sentences written for these tests; published Wednesday 2024-05-15.

mod common;

use common::{has, lacks, run, triples};
use newsfacts_dates::TimexType::{Date, Time};

#[test]
fn both_months_of_a_pair() {
    has(
        "Repairs are planned between April and June.",
        "April",
        Date,
        "2024-04",
    );
    has(
        "Repairs are planned between April and June.",
        "June",
        Date,
        "2024-06",
    );
    has(
        "February to April was calm compared with the carnage of November and January.",
        "February",
        Date,
        "2024-02",
    );
    has(
        "February to April was calm compared with the carnage of November and January.",
        "January",
        Date,
        "2024-01",
    );
    // A name is no month.
    lacks("April and June Carter sang.", "June");
}

#[test]
fn seasons_without_the() {
    has(
        "The rains failed and spring brought no relief.",
        "spring",
        Date,
        "2024-SP",
    );
    has("The road will reopen by summer.", "summer", Date, "2024-SU");
    has(
        "The harvest of the winter of nineteen ninety-four was poor.",
        "the winter of nineteen ninety-four",
        Date,
        "1994-WI",
    );
    // Verbs and nouns are not seasons.
    lacks("Prices fall when supply rises.", "fall");
    lacks("They drank from a spring water tap.", "spring");
}

#[test]
fn a_part_of_the_day_as_a_modifier() {
    has(
        "Shares fell 2% in morning trading.",
        "morning",
        Time,
        "2024-05-15TMO",
    );
    has(
        "Oil rose in early afternoon deals.",
        "early afternoon",
        Time,
        "2024-05-15TAF",
    );
    lacks("Good morning, said the host.", "morning");
}

#[test]
fn a_weekday_with_a_part_of_the_day_is_a_time() {
    has(
        "The board met Friday afternoon behind closed doors.",
        "Friday afternoon",
        Time,
        "2024-05-10TAF",
    );
    let late = has(
        "The fire broke out late Monday night.",
        "late Monday night",
        Time,
        "2024-05-13TNI",
    );
    assert_eq!(late.r#mod.as_deref(), Some("END"));
}

#[test]
fn the_year_of_a_month_follows_the_tense() {
    has(
        "Plans announced in January were shelved.",
        "January",
        Date,
        "2024-01",
    );
    has(
        "The bridge should be completed in October.",
        "October",
        Date,
        "2024-10",
    );
    // Past by default, and a month far ahead is last year's.
    has(
        "The bridge was completed in October.",
        "October",
        Date,
        "2023-10",
    );
}

#[test]
fn a_span_never_crosses_a_line_break() {
    let found = run("The mayor spoke on Monday\nJune 3 was the date of the vote.");
    assert_eq!(
        triples(&found)
            .into_iter()
            .map(|(t, _, v)| (t, v))
            .collect::<Vec<_>>(),
        [
            ("Monday".to_string(), "2024-05-13".to_string()),
            ("June 3".to_string(), "2024-06-03".to_string())
        ]
    );
    for t in &found {
        assert!(!t.text.contains('\n'));
    }
}

#[test]
fn a_season_with_the_after_of_or_from() {
    has(
        "Orders recovered from the low levels of the early summer.",
        "the early summer",
        Date,
        "2024-SU",
    );
    lacks("The fall of the empire took centuries.", "fall");
}

#[test]
fn two_days_of_one_month_in_a_list() {
    let found = run("The summit meets on April 24 and 25 in Rome.");
    let got: Vec<_> = found
        .iter()
        .map(|t| (t.text.as_str(), t.value.as_str(), t.bound))
        .collect();
    // A list, not a range: neither is a bound.
    assert_eq!(
        got,
        [("April 24", "2024-04-24", None), ("25", "2024-04-25", None)]
    );
    // Not a count after the day.
    lacks("On May 3 and 20 people were hurt.", "20");
}

#[test]
fn this_past_is_the_latest_one() {
    // Said in May: this year's spring, though "last spring" is last year's.
    has(
        "The mill shut down this past spring.",
        "this past spring",
        Date,
        "2024-SP",
    );
    has(
        "The mill shut down last spring.",
        "last spring",
        Date,
        "2023-SP",
    );
    has(
        "Heavy snow fell this past winter.",
        "this past winter",
        Date,
        "2023-WI",
    );
    has(
        "The choir sang this past Sunday.",
        "this past Sunday",
        Date,
        "2024-05-12",
    );
    has(
        "Rents rose this past March.",
        "this past March",
        Date,
        "2024-03",
    );
}

#[test]
fn mid_part_of_the_day() {
    has(
        "By mid-afternoon the rain had stopped.",
        "mid-afternoon",
        Time,
        "2024-05-15TAF",
    );
    has(
        "The index was flat at mid morning yesterday.",
        "mid morning yesterday",
        Time,
        "2024-05-14TMO",
    );
    has(
        "Crews returned at mid-afternoon Monday.",
        "mid-afternoon Monday",
        Time,
        "2024-05-13TAF",
    );
    // An adjective after an article is no time of the day.
    lacks("We sat in the mid-afternoon sun.", "mid-afternoon");
}
