//! Days and times counted from the date the story spoke of last, and
//! periods relative to it (issue 13, groups 3 and 14). Sentences written for
//! these tests; published Wednesday 2024-05-15.

mod common;

use common::{has, lacks, run, triples};
use newsfacts_dates::TimexType::Date;

#[test]
fn the_same_day_is_the_day_just_named() {
    has(
        "Police arrested two men on May 2. A third suspect was held the same day.",
        "the same day",
        Date,
        "2024-05-02",
    );
    // With no day named, it is the publication day.
    has(
        "The governor signed the bill the same day.",
        "the same day",
        Date,
        "2024-05-15",
    );
}

#[test]
fn by_that_time_and_until_then_take_the_last_date() {
    has(
        "The deadline is June 30. By that time the funds must be spent.",
        "that time",
        Date,
        "2024-06-30",
    );
    has(
        "The offer will lapse on Nov. 30. Until then, the shares can be sold.",
        "then",
        Date,
        "2024-11-30",
    );
    // "then" as "next" or in "if ... then" is no time.
    assert_eq!(
        triples(&run("He paid, and then he left.")),
        Vec::<(String, _, String)>::new()
    );
}

#[test]
fn later_in_the_day_is_the_day_spoken_of() {
    has(
        "The minister spoke in the morning and resigned later in the day.",
        "the day",
        Date,
        "2024-05-15",
    );
    has(
        "The talks opened on March 4. Later in the day the envoys left.",
        "the day",
        Date,
        "2024-03-04",
    );
}

#[test]
fn the_year_before_and_the_same_period_last_year() {
    has(
        "The mill closed in 2015. The year before, it had cut half its staff.",
        "The year before",
        Date,
        "2014",
    );
    has(
        "The bridge opened in March 2020 and the tunnel the month after.",
        "the month after",
        Date,
        "2020-04",
    );
    has(
        "Sales rose 5% in the first quarter from the same period last year.",
        "the same period last year",
        Date,
        "2023-Q1",
    );
    has(
        "Traffic in April 2023 was double the same month a year earlier.",
        "the same month a year earlier",
        Date,
        "2022-04",
    );
    // "the day before the vote" is anchored on an event, not a date.
    let found = run("Riots broke out the day before the vote.");
    assert!(
        found.iter().all(|t| t.text != "the day before"),
        "{:?}",
        triples(&found)
    );
}

#[test]
fn a_day_next_to_a_named_day_and_the_week_of_a_day() {
    has(
        "The day before Tuesday's vote, the mayor resigned.",
        "The day before Tuesday",
        Date,
        "2024-05-13",
    );
    has(
        "Shops reopened the day after May 2.",
        "the day after May 2",
        Date,
        "2024-05-03",
    );
    has(
        "The trial will start the week of June 10.",
        "the week of June 10",
        Date,
        "2024-W24",
    );
    // The day before an event is no date the text can tell.
    lacks("He left the day before the vote.", "the day before");
}

#[test]
fn the_nth_day_of_an_event_said_in_the_present_is_today() {
    has(
        "It's the third day of the strike at the port.",
        "the third day",
        Date,
        "2024-05-15",
    );
    has(
        "Today is the 40th day of the siege.",
        "the 40th day",
        Date,
        "2024-05-15",
    );
    // In the past tense the day is not the day of writing.
    lacks("It was the third day of the strike.", "third day");
}
