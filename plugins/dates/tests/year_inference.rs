//! The year of a month or a month-day written without one, at the cut-offs
//! of `normalize::infer_year` and either side of each (issue 11). The
//! finder counts a month as 31 days and a year as 372 when it measures how
//! far ahead of the publication date a date falls, so the boundaries below
//! are in those units. Sentences written for these tests.

mod common;

use common::run_with;
use newsfacts_dates::DatesConfig;

/// The value of the only expression of `body`, published on `date`.
fn value(body: &str, date: (i32, u32, u32)) -> String {
    let found = run_with(body, date, DatesConfig::default());
    assert_eq!(found.len(), 1, "{body:?}: {found:?}");
    found[0].value.clone()
}

#[test]
fn a_month_day_up_to_120_days_ahead_is_this_years() {
    // Published Monday 2024-01-01: April 28 is 3 * 31 + 27 = 120 days on.
    let jan1 = (2024, 1, 1);
    assert_eq!(value("The fair opened on April 27.", jan1), "2024-04-27");
    assert_eq!(
        value("The fair opened on April 28.", jan1),
        "2024-04-28",
        "at the boundary"
    );
    assert_eq!(
        value("The fair opened on April 29.", jan1),
        "2023-04-29",
        "one day past it: last year's"
    );
}

#[test]
fn a_month_alone_up_to_two_months_ahead_is_this_years() {
    // Published 2024-01-15: March is 2 * 31 = 62 days on, the limit.
    let jan15 = (2024, 1, 15);
    assert_eq!(value("Sales slowed in February.", jan15), "2024-02");
    assert_eq!(
        value("Sales slowed in March.", jan15),
        "2024-03",
        "at the boundary"
    );
    assert_eq!(
        value("Sales slowed in April.", jan15),
        "2023-04",
        "one month past it: last year's"
    );
}

#[test]
fn a_future_month_day_may_lie_45_days_back() {
    // Published 2024-03-15 (day 3 * 31 + 15 = 108 of the year): Feb. 1 is
    // day 63, 45 days back, still this year's in a future clause.
    let mar15 = (2024, 3, 15);
    assert_eq!(
        value("The offer will stay open until Feb. 2.", mar15),
        "2024-02-02"
    );
    assert_eq!(
        value("The offer will stay open until Feb. 1.", mar15),
        "2024-02-01",
        "at the boundary"
    );
    assert_eq!(
        value("The offer will stay open until Jan. 31.", mar15),
        "2025-01-31",
        "one day past it: next year's"
    );
}

#[test]
fn a_future_month_alone_is_the_next_one() {
    // In a future clause a month alone is the first one not before the
    // publication month: this month counts as now.
    let mar15 = (2024, 3, 15);
    assert_eq!(value("Rates will rise in March.", mar15), "2024-03");
    assert_eq!(value("Rates will rise in February.", mar15), "2025-02");
    assert_eq!(value("Rates will rise in April.", mar15), "2024-04");
}

#[test]
fn a_month_after_this_year_through_is_of_that_year() {
    // Published 2024-10-20: August is behind, December ahead; both this year's.
    let oct20 = (2024, 10, 20);
    let found = run_with(
        "Sales barely moved this year through August.",
        oct20,
        DatesConfig::default(),
    );
    assert!(
        found
            .iter()
            .any(|t| t.text == "August" && t.value == "2024-08"),
        "{found:?}"
    );
    let found = run_with(
        "Prices stayed flat last year until March.",
        oct20,
        DatesConfig::default(),
    );
    assert!(
        found
            .iter()
            .any(|t| t.text == "March" && t.value == "2023-03"),
        "{found:?}"
    );
}
