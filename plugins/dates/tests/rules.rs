//! Behaviour of the dates analyzer on sentences written for these tests,
//! with a fixed publication date: Friday 2022-01-21.

use chrono::{Datelike, NaiveDate, TimeDelta};
use newsfacts_core::{Analyzer, Article, Document, Published};
use newsfacts_dates::{DateOrder, Dates, DatesConfig, Timex, TimexType};
use proptest::prelude::*;

fn run_on(body: &str, published: Option<Published>) -> Vec<Timex> {
    let mut article = Article::new("t", body);
    article.published = published;
    let dates = Dates::new(DatesConfig::default()).unwrap();
    dates.analyze(&Document::new(&article)).unwrap()
}

/// (text, type, value) of every finding, published Friday 2022-01-21.
fn found(body: &str) -> Vec<(String, TimexType, String)> {
    run_on(body, Published::ymd(2022, 1, 21))
        .into_iter()
        .map(|t| (t.text, t.kind, t.value))
        .collect()
}

fn one(body: &str, text: &str, kind: TimexType, value: &str) {
    let f = found(body);
    assert!(
        f.iter()
            .any(|(t, k, v)| t == text && *k == kind && v == value),
        "expected {text:?} {kind:?} {value:?} in {body:?}, found {f:?}"
    );
}

use TimexType::{Date, Duration, Set, Time};

#[test]
fn weekdays_follow_the_tense() {
    one(
        "On Thursday, the mayor vetoed the budget.",
        "Thursday",
        Date,
        "2022-01-20",
    );
    one(
        "Talks collapsed Wednesday after a walkout.",
        "Wednesday",
        Date,
        "2022-01-19",
    );
    one(
        "The council approved the plan Friday.",
        "Friday",
        Date,
        "2022-01-21",
    );
    one(
        "The two leaders will meet Monday in Vienna.",
        "Monday",
        Date,
        "2022-01-24",
    );
    one(
        "Officials said last Tuesday that the bridge was safe.",
        "last Tuesday",
        Date,
        "2022-01-18",
    );
    one(
        "The union votes next Friday.",
        "next Friday",
        Date,
        "2022-01-28",
    );
    one(
        "Rescuers arrived Wednesday night.",
        "Wednesday night",
        Time,
        "2022-01-19TNI",
    );
}

#[test]
fn a_weekday_reads_its_tense_from_the_nearest_verb_before_or_after() {
    // The verb after the weekday decides when none is nearer before it.
    one(
        "Until Tuesday, the committee had refused to comment.",
        "Tuesday",
        Date,
        "2022-01-18",
    );
    one(
        "A rally planned in the capital for Wednesday was called off.",
        "Wednesday",
        Date,
        "2022-01-19",
    );
    one(
        "Wednesday's hearing will decide the case.",
        "Wednesday",
        Date,
        "2022-01-26",
    );
    one(
        "On Tuesday the minister said the port was closed.",
        "Tuesday",
        Date,
        "2022-01-18",
    );
    // A plan in the past perfect is past; "is to" is an arrangement to come.
    one(
        "The offer had been due to expire Tuesday.",
        "Tuesday",
        Date,
        "2022-01-18",
    );
    one(
        "The exchange is to reopen Tuesday.",
        "Tuesday",
        Date,
        "2022-01-25",
    );
    // The look ahead stops at a new clause, a parenthesis or a quotation.
    one(
        "The ministers signed a pact Tuesday saying the border will reopen.",
        "Tuesday",
        Date,
        "2022-01-18",
    );
    one(
        "``We will sail at dawn (6 a.m. Tuesday),'' the captain said.",
        "6 a.m. Tuesday",
        Time,
        "2022-01-25T06:00",
    );
    // "since" opens a range that has begun.
    one(
        "Flights grounded since Tuesday are expected to resume.",
        "Tuesday",
        Date,
        "2022-01-18",
    );
}

#[test]
fn capitalised_time_words_inside_an_expression_are_titles() {
    // Names of shows are not times; the same words in prose are.
    assert!(
        found("The senator appeared on This Week and later on 60 Minutes.")
            .iter()
            .all(|(t, _, _)| t != "This Week" && t != "60 Minutes"),
    );
    one(
        "The panel meets again this week.",
        "this week",
        Date,
        "2022-W03",
    );
    one("The vote took 60 minutes.", "60 minutes", Duration, "PT60M");
    // Holiday names and all-capital headlines keep their capitals.
    one(
        "Shops will close on Labor Day.",
        "Labor Day",
        Date,
        "2022-09-05",
    );
    one(
        "The parade on New Year's Day drew crowds.",
        "New Year's Day",
        Date,
        "2022-01-01",
    );
    one(
        "STORMS HIT THE COAST LAST WEEK",
        "LAST WEEK",
        Date,
        "2022-W02",
    );
}

#[test]
fn relative_days_weeks_months_and_years() {
    one(
        "Shares fell 3 percent today in heavy trading.",
        "today",
        Date,
        "2022-01-21",
    );
    one(
        "The ferry sank yesterday off the coast.",
        "yesterday",
        Date,
        "2022-01-20",
    );
    one(
        "The verdict is due tomorrow.",
        "tomorrow",
        Date,
        "2022-01-22",
    );
    one(
        "The minister resigned earlier this week.",
        "earlier this week",
        Date,
        "2022-W03",
    );
    one(
        "Markets were calm this week.",
        "this week",
        Date,
        "2022-W03",
    );
    one(
        "A vote is expected next week.",
        "next week",
        Date,
        "2022-W04",
    );
    one("Prices rose last week.", "last week", Date, "2022-W02");
    one("Sales doubled this month.", "this month", Date, "2022-01");
    one(
        "The rules take effect next month.",
        "next month",
        Date,
        "2022-02",
    );
    one("Exports slumped last year.", "last year", Date, "2021");
    one("Growth will slow this year.", "this year", Date, "2022");
    one(
        "The team flew home last night.",
        "last night",
        Time,
        "2022-01-20TNI",
    );
}

#[test]
fn present_era_today_is_a_reference() {
    one(
        "Today the city is a hub of trade and tourism.",
        "Today",
        Date,
        "PRESENT_REF",
    );
    one(
        "Today, the court ruled against the mayor.",
        "Today",
        Date,
        "2022-01-21",
    );
}

#[test]
fn month_names_with_and_without_days_and_years() {
    one(
        "The drill runs until Feb. 4 near the coast.",
        "Feb. 4",
        Date,
        "2022-02-04",
    );
    one(
        "The law was signed on February 4, 2022, in the capital.",
        "February 4, 2022",
        Date,
        "2022-02-04",
    );
    one(
        "Elections were held on 4 February 2022 across the country.",
        "4 February 2022",
        Date,
        "2022-02-04",
    );
    one(
        "The exercise continues through February, officials said.",
        "February",
        Date,
        "2022-02",
    );
    one("The mine closed in November.", "November", Date, "2021-11");
    one(
        "The plant opened in March 2019.",
        "March 2019",
        Date,
        "2019-03",
    );
    one(
        "Polls close on Thursday, Jan. 27.",
        "Thursday, Jan. 27",
        Date,
        "2022-01-27",
    );
    one(
        "The merger closed in late November.",
        "late November",
        Date,
        "2021-11",
    );
}

#[test]
fn years_and_decades() {
    one(
        "Crimea was annexed in 2014 by Russia.",
        "2014",
        Date,
        "2014",
    );
    one(
        "The project has been planned since 2020.",
        "2020",
        Date,
        "2020",
    );
    one("Inflation was low in the 1990s.", "the 1990s", Date, "199");
}

#[test]
fn numeric_dates_honour_the_configured_order() {
    one(
        "The filing is dated 02/04/2022 on its cover.",
        "02/04/2022",
        Date,
        "2022-02-04",
    );
    one(
        "Records from 2021-11-30 were lost.",
        "2021-11-30",
        Date,
        "2021-11-30",
    );
    let article =
        Article::new("t", "Dated 02/04/2022.").published(Published::ymd(2022, 1, 21).unwrap());
    let dmy = Dates::new(DatesConfig {
        date_order: DateOrder::Dmy,
        ..DatesConfig::default()
    })
    .unwrap();
    let f = dmy.analyze(&Document::new(&article)).unwrap();
    assert_eq!(f.first().map(|t| t.value.as_str()), Some("2022-04-02"));
}

#[test]
fn weekends_and_seasons() {
    one(
        "The president plans to spend the weekend at his retreat.",
        "the weekend",
        Date,
        "2022-W03-WE",
    );
    one(
        "Snow fell last winter in the hills.",
        "last winter",
        Date,
        "2021-WI",
    );
}

#[test]
fn durations_and_ages() {
    one(
        "The envoys met for about 90 minutes in a hotel.",
        "about 90 minutes",
        Duration,
        "PT90M",
    );
    one(
        "The truce may hold for a few more days.",
        "a few more days",
        Duration,
        "PXD",
    );
    one(
        "He served three years in prison.",
        "three years",
        Duration,
        "P3Y",
    );
    one(
        "Output grew over the past two months.",
        "the past two months",
        Duration,
        "P2M",
    );
    one(
        "The strike lasted twenty-four hours.",
        "twenty-four hours",
        Duration,
        "PT24H",
    );
}

fn with_config(body: &str, config: DatesConfig) -> Vec<Timex> {
    let article = Article::new("t", body).published(Published::ymd(2022, 1, 21).unwrap());
    Dates::new(config)
        .unwrap()
        .analyze(&Document::new(&article))
        .unwrap()
}

#[test]
fn ages_are_durations_unless_switched_off() {
    let body = "A 25-year-old nurse and her son, 7 years old, left the 40-year-old building.";
    // TimeBank convention, on request: ages are not reported, and never as dates.
    let off = with_config(
        body,
        DatesConfig {
            ages: false,
            ..DatesConfig::default()
        },
    );
    assert!(off.is_empty(), "{off:?}");
    // TimeML (the default): durations.
    let ages = with_config(body, DatesConfig::default());
    let got: Vec<_> = ages
        .iter()
        .map(|t| (t.text.as_str(), t.kind, t.value.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("25-year-old", Duration, "P25Y"),
            ("7 years old", Duration, "P7Y"),
            ("40-year-old", Duration, "P40Y")
        ]
    );
}

#[test]
fn distances_from_now() {
    one(
        "The firm was founded three years ago.",
        "three years ago",
        Date,
        "2019",
    );
    one(
        "The ship left port two days ago.",
        "two days ago",
        Date,
        "2022-01-19",
    );
}

#[test]
fn vague_references() {
    one(
        "The country is now at a crossroads.",
        "now",
        Date,
        "PRESENT_REF",
    );
    one(
        "The factory recently cut jobs.",
        "recently",
        Date,
        "PAST_REF",
    );
    one(
        "Nobody can predict the future of the euro.",
        "the future",
        Date,
        "FUTURE_REF",
    );
}

#[test]
fn quarters_sets_and_clock_times() {
    one(
        "Third-quarter profit rose sharply.",
        "Third-quarter",
        Date,
        "2021-Q3",
    );
    one(
        "The paper is printed daily in two cities.",
        "daily",
        Set,
        "P1D",
    );
    one("Inspectors visit every week.", "every week", Set, "P1W");
    one(
        "The blast came at 10:35 a.m. Thursday near the station.",
        "10:35 a.m. Thursday",
        Time,
        "2022-01-20T10:35",
    );
}

#[test]
fn clock_times_alone_are_times() {
    one(
        "The polls closed at 8 p.m. in the capital.",
        "8 p.m.",
        Time,
        "2022-01-21T20:00",
    );
}

#[test]
fn quarters_relative_to_the_year_and_the_report() {
    one(
        "Net income for last year's fourth quarter fell.",
        "last year's fourth quarter",
        Date,
        "2021-Q4",
    );
    one(
        "Profit in the quarter rose 5%.",
        "the quarter",
        Date,
        "2021-Q4",
    );
    one(
        "Sales lagged the year-ago quarter.",
        "the year-ago quarter",
        Date,
        "2020-Q4",
    );
}

#[test]
fn a_year_ago_in_earnings_news_is_the_same_quarter() {
    one(
        "Fourth-quarter profit rose to $3 million from $2 million a year ago.",
        "a year ago",
        Date,
        "2020-Q4",
    );
    one("The plant closed a year ago.", "a year ago", Date, "2021");
    one("Sales for the year rose 4%.", "the year", Date, "2022");
    one(
        "Revenue in the year ended June 30 fell.",
        "the year",
        Duration,
        "P1Y",
    );
}

#[test]
fn holidays_and_years_in_words() {
    one(
        "The ship sank on Thanksgiving Day off the coast.",
        "Thanksgiving Day",
        Date,
        "2021-11-25",
    );
    one(
        "The bridge opened in nineteen ninety-six.",
        "nineteen ninety-six",
        Date,
        "1996",
    );
    // A month with its year said in words, as on the radio.
    one(
        "The mill closed in October nineteen eighty-eight.",
        "October nineteen eighty-eight",
        Date,
        "1988-10",
    );
    // "two thousand" before a noun is a count.
    assert_eq!(found("Some two thousand people marched."), []);
    one(
        "Churches were built in the 12th century.",
        "the 12th century",
        Date,
        "11",
    );
    one(
        "Exports fell in July last year.",
        "July last year",
        Date,
        "2021-07",
    );
}

#[test]
fn precision_traps_are_not_dates() {
    for body in [
        "The alliance sent 4000 troops to the border.",
        "The index closed at 101,194 points.",
        "The tickets cost $2014 each.",
        "The home side won 3-2 after extra time.",
        "The rebels may attack the town, officials warned.",
        "Thousands march through the capital.",
        "April Ryan asked the first question.",
        "May I ask a question?",
        "He spent 2014 dollars on repairs.",
        "Tickets cost $40 a year.",
        "The fund pays 8% a year.",
    ] {
        assert_eq!(found(body), [], "in {body:?}");
    }
}

#[test]
fn without_a_publication_date_relative_values_keep_placeholders() {
    let f: Vec<_> = run_on(
        "Talks ended Thursday and resume next week, before Feb. 4, 2022.",
        None,
    )
    .into_iter()
    .map(|t| t.value)
    .collect();
    assert_eq!(f, ["XXXX-WXX-4", "XXXX-WXX", "2022-02-04"]);
}

#[test]
fn output_serializes_with_type_and_mod() {
    let t = run_on(
        "They met for about 90 minutes.",
        Published::ymd(2022, 1, 21),
    );
    let v = serde_json::to_value(&t).unwrap();
    assert_eq!(v[0]["type"], "DURATION");
    assert_eq!(v[0]["mod"], "APPROX");
    assert_eq!(v[0]["value"], "PT90M");
}

fn date_strategy() -> impl Strategy<Value = NaiveDate> {
    (0i64..60_000).prop_map(|d| NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + TimeDelta::days(d))
}

fn value_of(body: &str, d: NaiveDate) -> Vec<String> {
    run_on(body, Some(Published::date(d)))
        .into_iter()
        .map(|t| t.value)
        .collect()
}

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

proptest! {
    #[test]
    fn arbitrary_text_gives_valid_spans(body in "\\PC{0,120}") {
        for t in run_on(&body, Published::ymd(2022, 1, 21)) {
            prop_assert!(body.is_char_boundary(t.span.start()) && body.is_char_boundary(t.span.end()));
            prop_assert_eq!(body.get(t.span.range()), Some(t.text.as_str()));
        }
    }

    #[test]
    fn date_like_text_gives_valid_spans(words in proptest::collection::vec(
        prop_oneof![
            Just("Feb."), Just("4"), Just("2022"), Just(","), Just("last"), Just("next"), Just("week"),
            Just("the"), Just("weekend"), Just("about"), Just("90"), Just("minutes"), Just("ago"),
            Just("Thursday"), Just("-"), Just("year"), Just("old"), Just("a"), Just("few"), Just("days"),
            Just("10:35"), Just("a.m."), Just("ï"), Just("1990s"), Just("/"), Just("early"), Just("of"),
        ], 0..14)) {
        let body = words.join(" ");
        for t in run_on(&body, Published::ymd(2022, 1, 21)) {
            prop_assert_eq!(body.get(t.span.range()), Some(t.text.as_str()));
        }
    }

    #[test]
    fn yesterday_is_the_day_before(d in date_strategy()) {
        let want = (d - TimeDelta::days(1)).format("%Y-%m-%d").to_string();
        prop_assert_eq!(value_of("The bridge closed yesterday.", d), vec![want]);
    }

    #[test]
    fn next_week_is_the_iso_week_seven_days_on(d in date_strategy()) {
        let w = (d + TimeDelta::days(7)).iso_week();
        let want = format!("{:04}-W{:02}", w.year(), w.week());
        prop_assert_eq!(value_of("Talks resume next week.", d), vec![want]);
    }

    #[test]
    fn last_weekday_is_one_to_seven_days_back(d in date_strategy(), wd in 0usize..7) {
        let body = format!("The plant shut last {}.", WEEKDAYS[wd]);
        let v = value_of(&body, d);
        prop_assert_eq!(v.len(), 1);
        let got = NaiveDate::parse_from_str(&v[0], "%Y-%m-%d").unwrap();
        let back = (d - got).num_days();
        prop_assert!((1..=7).contains(&back), "{} days back", back);
        prop_assert_eq!(got.weekday().num_days_from_monday() as usize, wd);
    }

    #[test]
    fn days_ago_and_ahead_agree_with_chrono(d in date_strategy(), n in 2u32..40) {
        let back = (d - TimeDelta::days(i64::from(n))).format("%Y-%m-%d").to_string();
        prop_assert_eq!(value_of(&format!("The dam broke {n} days ago."), d), vec![back]);
        let ahead = (d + TimeDelta::days(i64::from(n))).format("%Y-%m-%d").to_string();
        prop_assert_eq!(value_of(&format!("The court will rule in {n} days."), d), vec![ahead]);
    }

    #[test]
    fn months_and_years_agree_with_chrono(d in date_strategy(), n in 2u32..30) {
        let first = d.with_day(1).unwrap();
        let m = |x: NaiveDate| x.format("%Y-%m").to_string();
        prop_assert_eq!(value_of("Sales fell last month.", d), vec![m(first - chrono::Months::new(1))]);
        prop_assert_eq!(value_of("Sales rise next month.", d), vec![m(first + chrono::Months::new(1))]);
        prop_assert_eq!(
            value_of(&format!("The mine shut {n} months ago."), d),
            vec![m(first - chrono::Months::new(n))]
        );
        prop_assert_eq!(value_of("Fees rise next year.", d), vec![format!("{:04}", d.year() + 1)]);
        let w = (d - TimeDelta::days(14)).iso_week();
        prop_assert_eq!(
            value_of("The dam broke two weeks ago.", d),
            vec![format!("{:04}-W{:02}", w.year(), w.week())]
        );
    }

    #[test]
    fn a_range_reads_forward(d in date_strategy(), m1 in 0usize..12, m2 in 0usize..12) {
        const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December"];
        let body = format!("The plant ran from {} to {}.", MONTHS[m1], MONTHS[m2]);
        let v = value_of(&body, d);
        prop_assert_eq!(v.len(), 2);
        prop_assert!(v[0] <= v[1], "{:?}", v);
    }
}

#[test]
fn config_reads_the_date_order_and_refuses_unknown_keys() {
    let c: DatesConfig = serde_json::from_value(serde_json::json!({"date_order": "dmy"})).unwrap();
    assert_eq!(c.date_order, DateOrder::Dmy);
    let c: DatesConfig = serde_json::from_value(serde_json::json!({})).unwrap();
    assert_eq!(c.date_order, DateOrder::Mdy);
    assert!(serde_json::from_value::<DatesConfig>(serde_json::json!({"order": "dmy"})).is_err());
}

#[test]
fn the_registry_lists_the_analyzer() {
    let names: Vec<_> = newsfacts_core::Registry::global()
        .unwrap()
        .names()
        .collect();
    assert!(names.contains(&"dates"));
}

/// "The" starts most expressions, and the finder skips it unless the next
/// word can go on (a trigger word or one of a short list): these phrases
/// go on with words that start no expression themselves.
#[test]
fn the_goes_on_with_words_that_start_nothing() {
    one(
        "The levy fell in 2019 and rose the preceding year.",
        "the preceding year",
        Date,
        "2018",
    );
    one(
        "Sales for the full year reached $4 billion.",
        "the full year",
        Date,
        "2022",
    );
    one(
        "Output for the calendar year was flat.",
        "the calendar year",
        Date,
        "2022",
    );
    one(
        "Rents rose over the entire year.",
        "the entire year",
        Date,
        "2022",
    );
    one(
        "Profit doubled from the comparable period.",
        "the comparable period",
        Date,
        "2021-Q4",
    );
    one(
        "Prices will stay high in the foreseeable future.",
        "the foreseeable future",
        Date,
        "FUTURE_REF",
    );
    one(
        "Nobody expects a deal in the near future.",
        "the near future",
        Date,
        "FUTURE_REF",
    );
    one(
        "Hiring slowed in the latter half of 2021.",
        "the latter half of 2021",
        Date,
        "2021-H2",
    );
    one(
        "The band was famous in the nineties.",
        "the nineties",
        Date,
        "199",
    );
    one("The firm grew fast in the '90s.", "the '90s", Date, "199");
    one("The plant opened in the 1990s.", "the 1990s", Date, "199");
}

/// "A" and "an" start only amounts.
#[test]
fn a_and_an_start_amounts() {
    one("The plant closed a year ago.", "a year ago", Date, "2021");
    one("The strike lasted an hour.", "an hour", Duration, "PT1H");
    one(
        "Talks could take a couple of weeks.",
        "a couple of weeks",
        Duration,
        "P2W",
    );
    one(
        "Rates should hold over the next couple of years.",
        "the next couple of years",
        Duration,
        "P2Y",
    );
    one(
        "The trial ran for a year and a half.",
        "a year and a half",
        Duration,
        "P1Y6M",
    );
}
