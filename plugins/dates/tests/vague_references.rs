//! Vague references to the past, present and future (issue 13, group 4).
//! Sentences written for these tests; published Wednesday 2024-05-15.

mod common;

use common::{has, lacks};
use newsfacts_dates::TimexType::{Date, Duration};

#[test]
fn the_time_the_near_term_and_recent_years() {
    has(
        "Nobody knew the truth at the time.",
        "the time",
        Date,
        "PAST_REF",
    );
    has(
        "The office stays closed for the time being.",
        "the time being",
        Date,
        "PRESENT_REF",
    );
    has(
        "Rates will stay high in the near term.",
        "the near term",
        Date,
        "FUTURE_REF",
    );
    has(
        "Prices may ease in the short term.",
        "the short term",
        Date,
        "FUTURE_REF",
    );
    has(
        "The town has grown fast in recent years.",
        "recent years",
        Duration,
        "PXY",
    );
    has(
        "The council could not meet at this time.",
        "this time",
        Date,
        "PRESENT_REF",
    );
}

#[test]
fn the_time_of_an_event_is_no_reference() {
    lacks("He was abroad at the time of the attack.", "the time");
    lacks("It was the first time he had voted.", "time");
}

#[test]
fn one_day_after_a_modal_is_the_future() {
    has(
        "She says the valley will one day be a lake.",
        "one day",
        Date,
        "FUTURE_REF",
    );
    has(
        "He wants to one day run the farm.",
        "one day",
        Date,
        "FUTURE_REF",
    );
    // A length after a verb of duration.
    has("The repair will take one day.", "one day", Duration, "P1D");
}
