//! Recurring times (issue 13, group 6). Sentences written for these tests;
//! published Wednesday 2024-05-15.

mod common;

use common::{has, lacks};
use newsfacts_dates::TimexType::Set;

#[test]
fn every_and_each_with_any_calendar_word() {
    has(
        "The herd moves north every spring.",
        "every spring",
        Set,
        "XXXX-SP",
    );
    has(
        "He runs every morning along the river.",
        "every morning",
        Set,
        "XXXX-XX-XXTMO",
    );
    has(
        "Teams change coaches each season.",
        "each season",
        Set,
        "P1Y",
    );
    has("The report is published annually.", "annually", Set, "P1Y");
    has("Fees are reviewed yearly.", "yearly", Set, "P1Y");
}

#[test]
fn how_often_in_each_period() {
    let twice = has(
        "Take the pills twice a day with water.",
        "twice a day",
        Set,
        "P1D",
    );
    assert_eq!(twice.freq.as_deref(), Some("2X"));
    let three = has(
        "The ferry sails three times a week.",
        "three times a week",
        Set,
        "P1W",
    );
    assert_eq!(three.freq.as_deref(), Some("3X"));
    has(
        "Attacks fell to about 30 a day by the spring.",
        "a day",
        Set,
        "P1D",
    );
    has("Deaths rose to 33 per day.", "per day", Set, "P1D");
}

#[test]
fn rates_of_speed_and_money_are_not_recurrences() {
    lacks("The car reached 90 miles per hour.", "per hour");
    lacks(
        "The chip runs 15 million instructions per second.",
        "per second",
    );
    lacks("The bond pays $1.76 a year.", "a year");
}

#[test]
fn a_month_or_a_day_every_year() {
    has(
        "Pilgrims walk to the shrine each August.",
        "each August",
        Set,
        "XXXX-08",
    );
    has(
        "Every Jan. 3 the guild elects a master.",
        "Every Jan. 3",
        Set,
        "XXXX-01-03",
    );
    // A month name in lower case is the verb.
    lacks("Each may choose a seat.", "may");
}
