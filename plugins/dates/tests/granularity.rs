//! Quarters, halves and fiscal years named relative to a year (issue 13,
//! group 12). Sentences written for these tests; published Wednesday
//! 2024-05-15.

mod common;

use common::has;
use newsfacts_dates::TimexType::{Date, Duration};

#[test]
fn quarters_of_a_named_or_relative_year() {
    has(
        "Sales rose in the final quarter of 2023.",
        "the final quarter of 2023",
        Date,
        "2023-Q4",
    );
    has(
        "Output peaked in the last quarter of 2019.",
        "the last quarter of 2019",
        Date,
        "2019-Q4",
    );
    has(
        "Profit fell in the first quarter of last year.",
        "the first quarter of last year",
        Date,
        "2023-Q1",
    );
    // "the last quarter" alone is the one before this.
    has(
        "Profit fell in the last quarter.",
        "the last quarter",
        Date,
        "2024-Q1",
    );
}

#[test]
fn mid_years_and_fiscal_years() {
    let mid = has("The plant opened in mid-2011.", "mid-2011", Date, "2011");
    assert_eq!(mid.r#mod.as_deref(), Some("MID"));
    // "post-" and "pre-" a year: after or before it.
    let post = has(
        "The post-1989 reforms changed the town.",
        "post-1989",
        Date,
        "1989",
    );
    assert_eq!(post.r#mod.as_deref(), Some("AFTER"));
    let pre = has(
        "Sales are back to pre-2008 levels.",
        "pre-2008",
        Date,
        "2008",
    );
    assert_eq!(pre.r#mod.as_deref(), Some("BEFORE"));
    has(
        "Spending will rise this fiscal year.",
        "this fiscal year",
        Date,
        "2024",
    );
}

#[test]
fn the_stays_outside_an_adjectival_quarter() {
    // "the" goes with "loss", not with "third-quarter".
    has(
        "Analysts blamed the third-quarter loss on the dollar.",
        "third-quarter",
        Date,
        "2023-Q3",
    );
    has(
        "The third quarter was weak.",
        "The third quarter",
        Date,
        "2023-Q3",
    );
}

#[test]
fn a_length_a_year_back_is_one_expression() {
    has(
        "Sales for the year-earlier six months were flat.",
        "the year-earlier six months",
        Duration,
        "P6M",
    );
}

#[test]
fn the_article_of_a_modified_decade_or_century_is_inside() {
    let late = has(
        "Rents soared in the late 1970s.",
        "the late 1970s",
        Date,
        "197",
    );
    assert_eq!(late.r#mod.as_deref(), Some("END"));
    has(
        "The line should be busy by the mid-2030s.",
        "the mid-2030s",
        Date,
        "203",
    );
    has(
        "Monks built it in the early 12th century.",
        "the early 12th century",
        Date,
        "11",
    );
}
