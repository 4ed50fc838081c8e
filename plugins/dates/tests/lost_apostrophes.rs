//! Possessives that lost their apostrophe, as in text stripped of quotation
//! marks: "Fridays ruling" is "Friday's ruling". Sentences written for these
//! tests; published Wednesday 2024-05-15.

mod common;

use common::{has, run};
use newsfacts_dates::TimexType::{Date, Set};

#[test]
fn a_weekday_before_a_noun_is_one_day() {
    let found = has(
        "Lawyers appealed against Mondays ruling.",
        "Monday",
        Date,
        "2024-05-13",
    );
    // The extent ends before the "s", as it would before "'s".
    assert_eq!(found.text, "Monday");
    has(
        "Last Fridays storm cut power.",
        "Last Friday",
        Date,
        "2024-05-10",
    );
}

#[test]
fn days_and_relative_units_before_a_noun() {
    has("Read todays paper first.", "today", Date, "2024-05-15");
    has(
        "Shares fell ahead of tomorrows vote.",
        "tomorrow",
        Date,
        "2024-05-16",
    );
    has(
        "Profit beat last years $2 million.",
        "last year",
        Date,
        "2023",
    );
    has("This years harvest was poor.", "This year", Date, "2024");
    has(
        "Delegates met at last years Geneva summit.",
        "last year",
        Date,
        "2023",
    );
    has(
        "Voters are tired before next weeks election.",
        "next week",
        Date,
        "2024-W21",
    );
}

#[test]
fn plurals_stay_plural() {
    // Sets of weekdays.
    has(
        "The museum is closed on Mondays.",
        "Mondays",
        Set,
        "XXXX-WXX-1",
    );
    has("Most Fridays he works late.", "Fridays", Set, "XXXX-WXX-5");
    has(
        "The club meets Tuesdays at noon.",
        "Tuesdays",
        Set,
        "XXXX-WXX-2",
    );
    // "the last years" of something is a stretch, not last year.
    let found = run("In the last years of his life he painted.");
    assert!(found.iter().all(|t| t.text != "last year"), "{found:?}");
    // A verb after the plural: a set, not a possessive.
    has("Saturdays are busy here.", "Saturdays", Set, "XXXX-WXX-6");
}

#[test]
fn a_month_before_a_noun_is_the_month() {
    let found = has(
        "Analysts made a revision to Marchs figures.",
        "March",
        Date,
        "2024-03",
    );
    assert_eq!(found.text, "March");
    // "Mays" is a name.
    assert!(run("Willie Mays hit a home run.").is_empty());
}

#[test]
fn years_end_is_the_end_of_the_year() {
    let found = has(
        "The sale should close by years end.",
        "years end",
        Date,
        "2024",
    );
    assert_eq!(found.r#mod.as_deref(), Some("END"));
    // A count of years before "end" is no possessive.
    assert!(
        run("Two years end in a draw.")
            .iter()
            .all(|t| t.text != "years end")
    );
}

#[test]
fn a_quarter_before_a_noun_is_the_quarter() {
    let found = run("Sales rose. The latest quarters results included a gain.");
    assert!(
        found.iter().any(|t| t.text == "The latest quarter"),
        "{found:?}"
    );
    // A list of quarters stays a list.
    assert!(
        run("Most sales come in the second and fourth quarters, he said.")
            .iter()
            .all(|t| !t.text.ends_with("quarter"))
    );
}

#[test]
fn a_year_after_a_possessive_noun_is_a_year() {
    has(
        "The charge will hit the companys 2023 operating profit.",
        "2023",
        Date,
        "2023",
    );
    // A count after a plural noun is no year.
    assert!(run("The firm cut the workers 1950 jobs.").is_empty());
}
