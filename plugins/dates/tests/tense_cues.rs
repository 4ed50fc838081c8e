//! Which way a bare weekday or month points, from the words around it.
//! Sentences written for these tests; published Wednesday 2024-05-15.

mod common;

use common::has;
use newsfacts_dates::TimexType::Date;

#[test]
fn as_early_as_and_as_soon_as_look_ahead() {
    has(
        "The envoy could arrive as early as Tuesday.",
        "Tuesday",
        Date,
        "2024-05-21",
    );
    has(
        "Repairs may finish as soon as Friday.",
        "Friday",
        Date,
        "2024-05-17",
    );
}

#[test]
fn set_with_an_object_is_a_past_verb() {
    // "set Friday as the deadline" told of the past, not "is set to".
    has(
        "The court ruled for the father and set Friday as the deadline.",
        "Friday",
        Date,
        "2024-05-10",
    );
    has("The vote is set for Friday.", "Friday", Date, "2024-05-17");
}
