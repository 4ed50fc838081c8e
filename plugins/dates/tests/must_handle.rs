//! One test per "Must handle" item of the dates issue, on sentences written
//! for these tests. Publication date: Friday 2022-01-21 (ISO week 2022-W03).

use newsfacts_core::{Analyzer, Article, Document, Published};
use newsfacts_dates::{Bound, Dates, DatesConfig, Timex, TimexType};

use TimexType::{Date, Duration, Set, Time};

fn run(body: &str) -> Vec<Timex> {
    let article = Article::new("t", body).published(Published::ymd(2022, 1, 21).unwrap());
    Dates::new(DatesConfig::default())
        .unwrap()
        .analyze(&Document::new(&article))
        .unwrap()
}

/// Asserts that `body` has `text` as an expression of `kind` and `value`.
fn has(body: &str, text: &str, kind: TimexType, value: &str) -> Timex {
    let found = run(body);
    found
        .iter()
        .find(|t| t.text == text && t.kind == kind && t.value == value)
        .cloned()
        .unwrap_or_else(|| {
            panic!("expected {text:?} {kind:?} {value:?} in {body:?}, found {found:?}")
        })
}

/// Asserts that nothing in `body` is a temporal expression.
fn none(body: &str) {
    let found = run(body);
    assert!(
        found.is_empty(),
        "expected nothing in {body:?}, found {found:?}"
    );
}

#[test]
fn absolute_dates_in_common_news_forms() {
    has(
        "The deal closes Feb. 4 in Delaware.",
        "Feb. 4",
        Date,
        "2022-02-04",
    );
    has(
        "It was signed on February 4, 2022, in Rome.",
        "February 4, 2022",
        Date,
        "2022-02-04",
    );
    has(
        "Filed on 4 February 2022 in London.",
        "4 February 2022",
        Date,
        "2022-02-04",
    );
    has(
        "The log entry reads 2022-02-04 at the top.",
        "2022-02-04",
        Date,
        "2022-02-04",
    );
    has(
        "The memo dated 02/04/2022 surfaced.",
        "02/04/2022",
        Date,
        "2022-02-04",
    );
    has("The mill shut in 2014 after a fire.", "2014", Date, "2014");
    has(
        "Rents doubled in the 1990s downtown.",
        "the 1990s",
        Date,
        "199",
    );
    let mid = has(
        "The plant opened in mid-2020 near the port.",
        "mid-2020",
        Date,
        "2020",
    );
    assert_eq!(mid.r#mod.as_deref(), Some("MID"));
    let early = has(
        "Hearings resume in early March, the clerk said.",
        "early March",
        Date,
        "2022-03",
    );
    assert_eq!(early.r#mod.as_deref(), Some("START"));
    has(
        "The bridge was finished in spring 2021.",
        "spring 2021",
        Date,
        "2021-SP",
    );
    has(
        "Losses narrowed in fiscal 1998 at the mill.",
        "fiscal 1998",
        Date,
        "1998",
    );
    has(
        "Profit rose in the third quarter, the bank said.",
        "the third quarter",
        Date,
        "2021-Q3",
    );
    has("Q3 revenue fell short of forecasts.", "Q3", Date, "2021-Q3");
}

#[test]
fn weekdays_relative_to_the_publication_date() {
    // Past-tense news: the latest such day on or before publication.
    has(
        "The senator resigned on Thursday.",
        "Thursday",
        Date,
        "2022-01-20",
    );
    has(
        "The senator said Friday she was leaving.",
        "Friday",
        Date,
        "2022-01-21",
    );
    // Future tense, "next", "this coming": forward.
    has(
        "The panel will vote on Thursday.",
        "Thursday",
        Date,
        "2022-01-27",
    );
    has(
        "The panel votes next Thursday.",
        "next Thursday",
        Date,
        "2022-01-27",
    );
    has(
        "Ballots are due this coming Tuesday.",
        "this coming Tuesday",
        Date,
        "2022-01-25",
    );
    // A past cue nearer than a farther future one wins.
    has(
        "Lawyers said they would appeal the ruling, issued Wednesday by the judge.",
        "Wednesday",
        Date,
        "2022-01-19",
    );
}

#[test]
fn days_weeks_months_and_years_relative_to_the_publication_date() {
    has(
        "The mayor spoke today at noon.",
        "today",
        Date,
        "2022-01-21",
    );
    has(
        "Two trains collided yesterday.",
        "yesterday",
        Date,
        "2022-01-20",
    );
    has(
        "The count resumes tomorrow.",
        "tomorrow",
        Date,
        "2022-01-22",
    );
    has(
        "The band plays tonight in Leeds.",
        "tonight",
        Time,
        "2022-01-21TNI",
    );
    has(
        "Markets slid this week on rate fears.",
        "this week",
        Date,
        "2022-W03",
    );
    has(
        "Officials met earlier this week in Oslo.",
        "earlier this week",
        Date,
        "2022-W03",
    );
    has(
        "Talks continue next week in Geneva.",
        "next week",
        Date,
        "2022-W04",
    );
    has(
        "Sales fell last month across the region.",
        "last month",
        Date,
        "2021-12",
    );
    has(
        "Fares rise next month for commuters.",
        "next month",
        Date,
        "2022-02",
    );
    has(
        "The dam cracked two weeks ago.",
        "two weeks ago",
        Date,
        "2022-W01",
    );
    has(
        "The verdict will come in three days.",
        "three days",
        Date,
        "2022-01-24",
    );
    has(
        "Crowds gathered over the weekend downtown.",
        "the weekend",
        Date,
        "2022-W03-WE",
    );
    has("Exports grew this year so far.", "this year", Date, "2022");
    has(
        "Exports grew last year by a tenth.",
        "last year",
        Date,
        "2021",
    );
    has(
        "Exports had grown a year earlier.",
        "a year earlier",
        Date,
        "2021",
    );
    // "earlier" takes no object: the expression ends there, whatever follows.
    has(
        "A year earlier the mill had lost money.",
        "A year earlier",
        Date,
        "2021",
    );
    has(
        "Profit rose from a year earlier on higher prices.",
        "a year earlier",
        Date,
        "2021",
    );
    // A comparison is a length.
    has(
        "The bridge opened two years earlier than planned.",
        "two years",
        Duration,
        "P2Y",
    );
}

#[test]
fn granularity_is_never_finer_than_the_text() {
    // Weeks stay weeks and months stay months: no invented day.
    for (body, text, value) in [
        ("Prices rose last week.", "last week", "2022-W02"),
        ("Prices rose last month.", "last month", "2021-12"),
        (
            "Prices rose three months ago.",
            "three months ago",
            "2021-10",
        ),
        ("Prices rose in March.", "March", "2022-03"),
    ] {
        has(body, text, Date, value);
    }
}

#[test]
fn ranges_say_which_end_is_bound() {
    let bounds = |body: &str| -> Vec<(String, String, Option<Bound>, Option<&'static str>)> {
        run(body)
            .into_iter()
            .map(|t| (t.text, t.value, t.bound, t.signal))
            .collect()
    };
    assert_eq!(
        bounds("The freeze lasts through February."),
        [(
            "February".into(),
            "2022-02".into(),
            Some(Bound::End),
            Some("through")
        )]
    );
    assert_eq!(
        bounds("The museum shut from March to May."),
        [
            (
                "March".into(),
                "2021-03".into(),
                Some(Bound::Start),
                Some("from")
            ),
            ("May".into(), "2021-05".into(), Some(Bound::End), Some("to"))
        ]
    );
    assert_eq!(
        bounds("Output fell between 2014 and 2016."),
        [
            (
                "2014".into(),
                "2014".into(),
                Some(Bound::Start),
                Some("between")
            ),
            ("2016".into(), "2016".into(), Some(Bound::End), Some("and"))
        ]
    );
    assert_eq!(
        bounds("Rates have been flat since 2020."),
        [(
            "2020".into(),
            "2020".into(),
            Some(Bound::Start),
            Some("since")
        )]
    );
    assert_eq!(
        bounds("The road stays closed until Monday."),
        [(
            "Monday".into(),
            "2022-01-24".into(),
            Some(Bound::End),
            Some("until")
        )]
    );
    // A plain date bounds nothing.
    assert_eq!(
        bounds("The road closed on Monday."),
        [("Monday".into(), "2022-01-17".into(), None, None)]
    );
}

#[test]
fn durations_and_sets() {
    has(
        "The siege lasted about 90 minutes.",
        "about 90 minutes",
        Duration,
        "PT90M",
    );
    has(
        "The rebels want a few more days.",
        "a few more days",
        Duration,
        "PXD",
    );
    has(
        "She taught there three years.",
        "three years",
        Duration,
        "P3Y",
    );
    has(
        "The rig was idle for 2 1/2 years.",
        "2 1/2 years",
        Duration,
        "P2Y6M",
    );
    has(
        "The count took a year and a half.",
        "a year and a half",
        Duration,
        "P1Y6M",
    );
    has("The board meets every week.", "every week", Set, "P1W");
    has("The weekly market draws crowds.", "weekly", Set, "P1W");
    has(
        "Ferries sail each Monday.",
        "each Monday",
        Set,
        "XXXX-WXX-1",
    );
}

#[test]
fn times_with_the_date_they_fall_on() {
    has(
        "Polls close at 5 p.m. in the east.",
        "5 p.m.",
        Time,
        "2022-01-21T17:00",
    );
    has(
        "Fire broke out Thursday night.",
        "Thursday night",
        Time,
        "2022-01-20TNI",
    );
    has(
        "The minister landed this morning.",
        "this morning",
        Time,
        "2022-01-21TMO",
    );
}

#[test]
fn vague_references() {
    has("The fund is now closed.", "now", Date, "PRESENT_REF");
    has(
        "Six hospitals are currently full.",
        "currently",
        Date,
        "PRESENT_REF",
    );
    has(
        "The pact was recently renewed.",
        "recently",
        Date,
        "PAST_REF",
    );
    has(
        "Such raids were rare in the past.",
        "the past",
        Date,
        "PAST_REF",
    );
    has(
        "Nobody knows what the future holds.",
        "the future",
        Date,
        "FUTURE_REF",
    );
}

#[test]
fn precision_traps_are_not_dates() {
    none("The army sent 4000 troops to the border.");
    none("The index closed at 101,194 points.");
    none("The fine was $2014 and costs were 1,999 euros.");
    none("Turnout reached 2014 percent of the quota, or 45%.");
    none("The home side won 3-2 after extra time.");
    none("Voters may march on the capital.");
    none("Protesters march in the rain while officials may wait.");
    none("April Ryan asked the first question.");
    none("Version 2.1 of the app ships with Python 3.10 support.");
    none("Call 555-2014 or 202-555-0199 for tickets.");
    none("1. Hospitals\n2. Schools\n3. Roads");
    // Ages follow TimeML: a duration, never a date.
    has(
        "A 25-year-old man was charged.",
        "25-year-old",
        TimexType::Duration,
        "P25Y",
    );
}

#[test]
fn text_without_apostrophes_and_quotation_marks() {
    has(
        "Its been a hard week, he said Thursday.",
        "Thursday",
        Date,
        "2022-01-20",
    );
    has(
        "The nations exports rose last years fourth quarter.",
        "last years fourth quarter",
        Date,
        "2021-Q4",
    );
    has(
        "We will win next week he said.",
        "next week",
        Date,
        "2022-W04",
    );
    has(
        "Lets meet in the 1990s style club on Feb. 4.",
        "Feb. 4",
        Date,
        "2022-02-04",
    );
}
