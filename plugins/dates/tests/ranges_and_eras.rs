//! Ranges written as one phrase, years before the common era, centuries and
//! decades in any case (issue 13, groups 1, 2 and 15). Sentences written for
//! these tests; published Wednesday 2024-05-15.

mod common;

use common::{has, run, triples};
use newsfacts_dates::{Bound, TimexType::Date};

fn values(body: &str) -> Vec<(String, String)> {
    run(body).into_iter().map(|t| (t.text, t.value)).collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn a_dash_between_years_gives_both_ends() {
    assert_eq!(
        values("Farmers still talk about the drought of 2018-2019 in the valley."),
        pairs(&[("2018", "2018"), ("2019", "2019")])
    );
    // The second end keeps the first one's century.
    assert_eq!(
        values("Wages stagnated in 1996-98 across the region."),
        pairs(&[("1996", "1996"), ("98", "1998")])
    );
    assert_eq!(
        values("The dynasty (1876–1910) built the railways."),
        pairs(&[("1876", "1876"), ("1910", "1910")])
    );
    // Each end says which end it is.
    let found = run("Wages stagnated in 1996-98 across the region.");
    assert_eq!(found[0].bound, Some(Bound::Start));
    assert_eq!(found[1].bound, Some(Bound::End));
}

#[test]
fn counts_joined_by_a_dash_are_not_years() {
    assert!(
        run("About 1500-2000 troops crossed the border.").is_empty(),
        "a troop count"
    );
    assert!(run("Call 555-1234 for tickets.").is_empty());
}

#[test]
fn days_of_one_month_joined_by_a_dash() {
    assert_eq!(
        values("The festival runs June 14-16 at the fairground."),
        pairs(&[("June 14", "2024-06-14"), ("16", "2024-06-16")])
    );
    assert_eq!(
        values("The talks were held 6–7 April 1915 in the capital."),
        pairs(&[("6", "1915-04-06"), ("7 April 1915", "1915-04-07")])
    );
    assert_eq!(
        values("The fair ran June-July 2023 in the park."),
        pairs(&[("June", "2023-06"), ("July 2023", "2023-07")])
    );
}

#[test]
fn years_before_the_common_era() {
    has(
        "The temple was built around 450 BC on the hill.",
        "450 BC",
        Date,
        "BC0450",
    );
    has(
        "Augustus took the title in 27 B.C. after the war.",
        "27 B.C.",
        Date,
        "BC0027",
    );
    has("The city fell in 146 BCE.", "146 BCE", Date, "BC0146");
    has("The fort was rebuilt in AD 70.", "AD 70", Date, "0070");
    // A range counts down, and the era is written once.
    assert_eq!(
        values("The siege lasted from 214 to 212 BC, the chronicle says."),
        pairs(&[("214", "BC0214"), ("212 BC", "BC0212")])
    );
    assert_eq!(
        values("The war of 490-479 BC ended the invasions."),
        pairs(&[("490", "BC0490"), ("479 BC", "BC0479")])
    );
}

#[test]
fn centuries_before_the_common_era_are_never_ad() {
    has(
        "The walls date from the 4th century BC and still stand.",
        "the 4th century BC",
        Date,
        "BC03",
    );
    has(
        "The coins date from the first century B.C. at the latest.",
        "the first century B.C.",
        Date,
        "BC00",
    );
    has(
        "The church was built in the 4th century.",
        "the 4th century",
        Date,
        "03",
    );
}

#[test]
fn centuries_and_decades_in_any_case() {
    has(
        "The 20th Century saw two world wars.",
        "The 20th Century",
        Date,
        "19",
    );
    has("Music changed in the '80s.", "the '80s", Date, "198");
    has("The club has not won since '82.", "'82", Date, "1982");
    has("The class of ’05 met again.", "’05", Date, "2005");
    // An apostrophe in a word is no year.
    assert!(triples(&run("Rock 'n' roll ruled.")).is_empty());
}

#[test]
fn a_year_opening_a_sentence_as_its_subject() {
    has(
        "The surge began in January. 2007 also saw a sharp rise in attacks.",
        "2007",
        Date,
        "2007",
    );
    // A count opening a sentence is no year.
    assert!(run("Troops arrived. 2000 soldiers crossed the river.").is_empty());
}

#[test]
fn seasons_and_decades_before_the_common_era() {
    has(
        "The Greeks won at Plataea in the spring of 479 BC.",
        "the spring of 479 BC",
        Date,
        "BC0479-SP",
    );
    has(
        "Athens grew rich in the 490s BC.",
        "the 490s BC",
        Date,
        "BC049",
    );
    // The article belongs to the century, before its modifier.
    has(
        "Sparta ruled in the late 6th century BC.",
        "the late 6th century BC",
        Date,
        "BC05",
    );
}
