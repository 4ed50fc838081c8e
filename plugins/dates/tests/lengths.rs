//! Lengths of time without a number, as adjectives, as ranges and read off
//! a clock (issue 13, groups 7, 8, 9 and 16). Sentences written for these
//! tests; published Wednesday 2024-05-15.

mod common;

use common::{has, lacks, run};
use newsfacts_dates::TimexType::Duration;

#[test]
fn bare_plural_units() {
    has(
        "The suspect left minutes before the blast.",
        "minutes",
        Duration,
        "PTXM",
    );
    has("Repairs could take weeks.", "weeks", Duration, "PXW");
    has(
        "He felt pain for days before the injury was found.",
        "days",
        Duration,
        "PXD",
    );
    has(
        "She had complained days before the injury.",
        "days",
        Duration,
        "PXD",
    );
    has("The talks lasted months.", "months", Duration, "PXM");
    // A determiner makes the unit part of a longer phrase.
    lacks("In the days before the vote, crowds gathered.", "days");
    // Unless the phrase is a stretch told from now or from an event.
    has(
        "The square has changed over the years.",
        "the years",
        Duration,
        "PXY",
    );
    has(
        "In the years that followed, the mill closed.",
        "the years",
        Duration,
        "PXY",
    );
    has(
        "Tempers may flare in the weeks ahead.",
        "the weeks ahead",
        Duration,
        "PXW",
    );
    has(
        "The days to come will be cold.",
        "The days to come",
        Duration,
        "PXD",
    );
    lacks("She wrote about the years of exile.", "years");
}

#[test]
fn adjectival_lengths() {
    has(
        "Workers began a month-long strike.",
        "month-long",
        Duration,
        "P1M",
    );
    has("Visitors get a 90-day stay.", "90-day", Duration, "P90D");
    has(
        "It was a decades-long feud.",
        "decades-long",
        Duration,
        "PXDE",
    );
    has(
        "The family held a day-long vigil.",
        "day-long",
        Duration,
        "P1D",
    );
    has(
        "The port ended a years-old dispute.",
        "years-old",
        Duration,
        "PXY",
    );
    has(
        "He left after a several-year stint abroad.",
        "several-year",
        Duration,
        "PXY",
    );
}

#[test]
fn a_range_of_numbers_gives_two_lengths() {
    let found = run("Talks could take between 12 and 18 months.");
    let got: Vec<_> = found
        .iter()
        .map(|t| (t.text.as_str(), t.value.as_str()))
        .collect();
    assert_eq!(got, [("12", "P12M"), ("18 months", "P18M")]);
    // "last" is the verb here, not a modifier.
    let found = run("The strike could last two to three weeks.");
    let got: Vec<_> = found
        .iter()
        .map(|t| (t.text.as_str(), t.value.as_str()))
        .collect();
    assert_eq!(got, [("two", "P2W"), ("three weeks", "P3W")]);
    has(
        "The strike could last two weeks.",
        "two weeks",
        Duration,
        "P2W",
    );
    has(
        "Prices rose over the last two weeks.",
        "the last two weeks",
        Duration,
        "P2W",
    );
}

#[test]
fn a_clock_reading_after_in_is_a_length() {
    has(
        "She won the marathon, finishing in 2:58:41.",
        "2:58:41",
        Duration,
        "PT2H58M41S",
    );
    // After "at" it is a time of day, to the second.
    has(
        "The quake struck at 03:12:45 local time.",
        "03:12:45",
        newsfacts_dates::TimexType::Time,
        "2024-05-15T03:12:45",
    );
}
