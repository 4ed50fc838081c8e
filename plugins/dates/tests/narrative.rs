//! Narrative time (`anchor: narrative`): relative expressions count from the
//! story time, the latest date written before them, not from the
//! publication date. Sentences written for these tests; published
//! Wednesday 2024-05-15.

mod common;

use common::{expect, run, run_narrative, triples};
use newsfacts_dates::{Anchor, DatesConfig, TimexType::Date};

#[test]
fn months_and_seasons_follow_the_story() {
    let body = "In 1942 the army retreated east. In November it held the river, \
                and the following spring it attacked.";
    let found = run_narrative(body);
    expect(&found, body, "1942", Date, "1942");
    expect(&found, body, "November", Date, "1942-11");
    expect(&found, body, "the following spring", Date, "1943-SP");
    // As news, the same words count from the publication date.
    let news = run(body);
    expect(&news, body, "November", Date, "2023-11");
}

#[test]
fn days_and_weekdays_follow_the_story() {
    let body = "The siege began on March 3, 1916. On Monday the relief column \
                arrived, and the next day the fort fell. That summer the front held.";
    let found = run_narrative(body);
    // The first Monday on or after the story's day.
    expect(&found, body, "Monday", Date, "1916-03-06");
    expect(&found, body, "the next day", Date, "1916-03-07");
    expect(&found, body, "That summer", Date, "1916-SU");
}

#[test]
fn years_before_the_common_era_carry_the_story() {
    let body = "Caesar crossed the river in 49 BC. The next year he defeated Pompey \
                and in March he sailed east.";
    let found = run_narrative(body);
    expect(&found, body, "49 BC", Date, "BC0049");
    expect(&found, body, "The next year", Date, "BC0048");
    expect(&found, body, "March", Date, "BC0048-03");
}

#[test]
fn what_the_story_time_does_not_know_stays_unknown() {
    // A year alone cannot place a weekday or a next month.
    let body = "The treaty was signed in 1871. Next month the troops left, and on \
                Friday the king returned.";
    let found = run_narrative(body);
    expect(&found, body, "Next month", Date, "1871-XX");
    expect(&found, body, "Friday", Date, "1871-XX-XX");
}

#[test]
fn ago_counts_from_the_time_of_writing() {
    let body = "The fort fell in 1916. It was rebuilt ten years ago.";
    let found = run_narrative(body);
    expect(&found, body, "ten years ago", Date, "2014");
}

#[test]
fn before_any_date_the_publication_date_anchors() {
    let found = run_narrative("Next week the museum reopens.");
    assert_eq!(
        triples(&found)
            .into_iter()
            .map(|(_, _, v)| v)
            .collect::<Vec<_>>(),
        ["2024-W21"]
    );
}

#[test]
fn the_option_reads_from_the_config() {
    let c: DatesConfig =
        serde_json::from_value(serde_json::json!({"anchor": "narrative"})).unwrap();
    assert_eq!(c.anchor, Anchor::Narrative);
    let c: DatesConfig = serde_json::from_value(serde_json::json!({})).unwrap();
    assert_eq!(c.anchor, Anchor::Published);
    assert!(serde_json::from_value::<DatesConfig>(serde_json::json!({"anchor": "story"})).is_err());
}

#[test]
fn an_aside_does_not_move_the_story() {
    // The years in parentheses and the year modifying "high" are asides:
    // "In May" stays in the story's 1911.
    let body = "Madero took office in 1911. His rule (1911-1913) was short. \
                The revolt passed the 1905 high. In May he fled north.";
    let found = run_narrative(body);
    expect(&found, body, "May", Date, "1911-05");
}

#[test]
fn a_season_with_its_year_sets_the_story_and_a_plan_does_not() {
    let body = "The Greeks won in the spring of 479 BC. The following year the fleet sailed.";
    let found = run_narrative(body);
    expect(&found, body, "The following year", Date, "BC0478");
    // "by next summer" looks ahead from the story; it does not move it.
    let body = "In May 2007 the general promised a pullout by next summer, starting in \
                September.";
    let found = run_narrative(body);
    expect(&found, body, "next summer", Date, "2008-SU");
    expect(&found, body, "September", Date, "2007-09");
}
