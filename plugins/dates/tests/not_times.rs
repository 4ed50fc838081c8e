//! Words that look like times and are not (issue 13, group 17). Sentences
//! written for these tests; published Wednesday 2024-05-15.

mod common;

use common::{has, lacks, run};
use newsfacts_dates::TimexType::{Date, Duration};

#[test]
fn fractions_are_not_quarters() {
    lacks("About a quarter of the branches closed.", "a quarter");
    lacks("Three quarters of its staff left.", "quarters");
    lacks("Sales fell by a quarter.", "a quarter");
    has(
        "The firm has posted three quarters of losses.",
        "three quarters",
        Duration,
        "P3Q",
    );
    has(
        "The bond matures in a quarter.",
        "a quarter",
        Duration,
        "P1Q",
    );
}

#[test]
fn newspaper_names_are_not_sets() {
    lacks("He reads the Daily News at breakfast.", "Daily");
    lacks("She wrote for the Weekly Standard for years.", "Weekly");
    lacks(
        "The party's daily, which sells well, attacked him.",
        "daily",
    );
    has(
        "The paper publishes daily.",
        "daily",
        newsfacts_dates::TimexType::Set,
        "P1D",
    );
}

#[test]
fn expressions_stop_at_a_line_break() {
    // Without the break, "Friday" and "March 3" would make one date.
    let body = "Talks ended Friday\nMarch 3 is next.";
    has(body, "March 3", Date, "2024-03-03");
    has(body, "Friday", Date, "2024-05-10");
    assert!(run(body).iter().all(|t| !t.text.contains('\n')));
}

#[test]
fn then_before_a_title_is_an_adjective() {
    lacks("He was questioned by then Senate leader Ann Ruiz.", "then");
    has(
        "The vote is set for June 3. Until then, talks go on.",
        "then",
        Date,
        "2024-06-03",
    );
}

#[test]
fn about_a_quarter_is_a_fraction() {
    lacks(
        "Output showed a decrease of about a quarter in May.",
        "a quarter",
    );
}

#[test]
fn a_compound_of_two_units_is_no_time() {
    lacks("The quarter-to-quarter gain was small.", "quarter");
    lacks("She ran the day-to-day business.", "day");
    lacks("The month-over-month rise surprised traders.", "month");
    // The unit alone still is one.
    has("Sales fell in the quarter.", "the quarter", Date, "2024-Q1");
}

#[test]
fn a_capital_today_after_an_acronym_is_a_name() {
    lacks("She told USA Today the plan was dead.", "Today");
    lacks("You are listening to KBC Today.", "Today");
    has("Prices rose today.", "today", Date, "2024-05-15");
    has("Today, prices rose.", "Today", Date, "2024-05-15");
}
