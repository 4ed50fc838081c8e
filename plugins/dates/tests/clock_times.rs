//! Clock times in 24-hour, military and "hrs" forms (issue 13, group 10).
//! Sentences written for these tests; published Wednesday 2024-05-15.

mod common;

use common::{has, lacks};
use newsfacts_dates::TimexType::Time;

#[test]
fn clock_times_without_a_meridiem() {
    has(
        "The meeting starts at 14:30 UTC in Geneva.",
        "14:30 UTC",
        Time,
        "2024-05-15T14:30",
    );
    has(
        "Troops crossed at 0800 GMT.",
        "0800 GMT",
        Time,
        "2024-05-15T08:00",
    );
    has(
        "The convoy left at 04:30hrs under escort.",
        "04:30hrs",
        Time,
        "2024-05-15T04:30",
    );
    has(
        "The first train departed at 10:57 sharp.",
        "10:57",
        Time,
        "2024-05-15T10:57",
    );
    // With the day its sentence names.
    has(
        "Polls will close at 9 p.m. on Friday.",
        "9 p.m.",
        Time,
        "2024-05-17T21:00",
    );
}

#[test]
fn ratios_scores_and_verses_are_not_times() {
    lacks("The verse John 3:16 was read.", "3:16");
    lacks("The vote split 12:15 in committee.", "12:15");
    lacks("The town has 1430 homes.", "1430");
}

#[test]
fn a_clock_time_falls_on_the_day_its_sentence_names() {
    has(
        "The blast came at about 10:35 a.m. (0735 GMT) Friday, officials said.",
        "about 10:35 a.m.",
        Time,
        "2024-05-10T10:35",
    );
    has(
        "On Monday the vote closed at 9 p.m. sharp.",
        "9 p.m.",
        Time,
        "2024-05-13T21:00",
    );
    // A day in another sentence is no help: the day of writing.
    has(
        "The vote was on Monday. Counting ended at 9 p.m.",
        "9 p.m.",
        Time,
        "2024-05-15T21:00",
    );
}

#[test]
fn high_noon_is_a_showdown() {
    lacks("For the market, high noon comes today.", "noon");
    has(
        "The ceasefire starts at noon.",
        "noon",
        Time,
        "2024-05-15T12:00",
    );
}
