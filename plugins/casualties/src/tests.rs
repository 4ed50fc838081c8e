//! Behaviour tests on sentences written for them (one per pattern and trap).

use super::*;
use proptest::prelude::*;

fn report(text: &str) -> CasualtyReport {
    let article = newsfacts_core::Article::new("t", text);
    let analyzer = Casualties::new(CasualtiesConfig::default()).unwrap();
    analyzer.analyze(&Document::new(&article)).unwrap()
}

/// (text, kind, count, min) of every figure.
fn figs(text: &str) -> Vec<(String, Kind, Option<u64>, Option<u64>)> {
    report(text)
        .figures
        .into_iter()
        .map(|f| (f.text, f.kind, f.count, f.min))
        .collect()
}

fn one(text: &str) -> Figure {
    let mut r = report(text).figures;
    assert_eq!(r.len(), 1, "{text}: {r:?}");
    r.remove(0)
}

#[test]
fn active_verbs() {
    let f = one("The siege has killed 8,500 since the spring.");
    assert_eq!(
        (f.text.as_str(), f.kind, f.count, f.qualifier),
        (
            "has killed 8,500",
            Kind::Killed,
            Some(8_500),
            Qualifier::Exact
        )
    );
    let f = one("A car bomb exploded, killing three people near the market.");
    assert_eq!(
        (f.kind, f.count, f.victims.as_deref()),
        (Kind::Killed, Some(3), Some("people"))
    );
    let f = one("The storm displaced 1.2 million across the delta.");
    assert_eq!((f.kind, f.count), (Kind::Displaced, Some(1_200_000)));
    let f = one("The blast left 5 injured.");
    assert_eq!(
        (f.text.as_str(), f.kind, f.count),
        ("left 5 injured", Kind::Injured, Some(5))
    );
    let f = one("The fire claimed the lives of nine firefighters.");
    assert_eq!(
        (f.kind, f.count, f.victims.as_deref()),
        (Kind::Killed, Some(9), Some("firefighters"))
    );
}

#[test]
fn casualty_words_after_the_number() {
    assert_eq!(
        figs("At least 20 wounded in the clashes."),
        [(
            "At least 20 wounded".into(),
            Kind::Injured,
            Some(20),
            Some(20)
        )]
    );
    let f = one("Dozens dead after the ferry capsized.");
    assert_eq!(
        (f.kind, f.count, f.min, f.qualifier, f.approximate),
        (Kind::Killed, Some(24), Some(24), Qualifier::Vague, true)
    );
    let f = one("Two people were shot dead outside a bar.");
    assert_eq!((f.kind, f.count), (Kind::Killed, Some(2)));
    let f = one("Three missing after the landslide.");
    assert_eq!((f.kind, f.count), (Kind::Missing, Some(3)));
    let f = one("Nearly 1.2 million have fled their homes.");
    assert_eq!(
        (f.kind, f.count, f.max, f.qualifier),
        (
            Kind::Displaced,
            Some(1_200_000),
            Some(1_199_999),
            Qualifier::FewerThan
        )
    );
    let f = one("More than 40 civilians were injured.");
    assert_eq!(
        (f.kind, f.count, f.min, f.victims.as_deref()),
        (Kind::Injured, Some(40), Some(41), Some("civilians"))
    );
}

#[test]
fn death_toll() {
    let f = one("The death toll rose to 45 on Monday.");
    assert_eq!(
        (f.text.as_str(), f.kind, f.count),
        ("The death toll rose to 45", Kind::Killed, Some(45))
    );
}

#[test]
fn single_victims() {
    let f = one("A 30-year-old man was shot and killed on the porch.");
    assert_eq!(
        (f.kind, f.count, f.victims.as_deref()),
        (Kind::Killed, Some(1), Some("man"))
    );
    let r = report("Police said a woman was wounded in the hand.");
    assert_eq!(r.totals.injured, Some(1));
    let cfg = CasualtiesConfig {
        skip_single_victims: true,
        ..Default::default()
    };
    let article = newsfacts_core::Article::new("t", "A woman was wounded.");
    let r = Casualties::new(cfg)
        .unwrap()
        .analyze(&Document::new(&article))
        .unwrap();
    assert!(r.figures.is_empty());
}

#[test]
fn shot_means_injured_unless_deaths_are_reported() {
    let r = report("Two men were shot near the park.");
    assert_eq!((r.figures.len(), r.totals.injured), (1, Some(2)));
    let r = report("Four people were shot. One man died at the hospital.");
    assert_eq!((r.totals.killed, r.totals.injured), (Some(1), Some(3)));
    assert!(r.figures.iter().all(|f| f.kind == Kind::Killed));
}

#[test]
fn totals_take_the_largest_figure() {
    let r = report(
        "The quake killed 120. By Friday the death toll had reached 310, and 900 were injured.",
    );
    assert_eq!(
        (r.totals.killed, r.totals.injured, r.totals.missing),
        (Some(310), Some(900), None)
    );
}

#[test]
fn traps_are_not_casualties() {
    for text in [
        "Moscow has massed 100,000 Russian troops at the border.",
        "Tens of thousands of troops took part in the drills.",
        "He paid $14,000 for the car that was destroyed.",
        "A 25-year-old was arrested.",
        "Her brother was killed in 2014.",
        "The bill passed with 52 votes; 48 opposed.",
        "Turnout fell 12% in the district.",
        "Three gunmen killed a guard.",
        "He was killed 3 years ago.",
        "The raid on March 3 killed nobody.",
        "Five suspects fled the scene.",
    ] {
        assert!(
            report(text).figures.is_empty(),
            "{text}: {:?}",
            report(text).figures
        );
    }
}

#[test]
fn serializes_with_lowercase_kinds_and_snake_case_qualifiers() {
    let f = one("At least 7 soldiers were killed.");
    let v = serde_json::to_value(&f).unwrap();
    assert_eq!(v["kind"], "killed");
    assert_eq!(v["qualifier"], "at_least");
    assert_eq!(v["start"], 0);
    assert_eq!(v["victims"], "soldiers");
}

proptest! {
    #[test]
    fn never_panics_and_spans_are_valid(text in "\\PC{0,120}") {
        for f in report(&text).figures {
            prop_assert_eq!(text.get(f.span.range()), Some(f.text.as_str()));
        }
    }

    #[test]
    fn never_panics_on_casualty_like_text(text in "([0-9,]{1,6}|killed|at least|were|shot|a man|dead|the death toll|rose to|dozens|\\$|-year-old|[ .,]){0,20}") {
        for f in report(&text).figures {
            prop_assert_eq!(text.get(f.span.range()), Some(f.text.as_str()));
        }
    }
}

#[test]
fn when_comes_from_a_date_in_the_same_sentence() {
    let article = newsfacts_core::Article::new(
        "t",
        "It rained in May. On Monday the blast killed 9 people. Nothing else.",
    )
    .published(newsfacts_core::Published::ymd(2021, 6, 10).unwrap());
    let mut doc = Document::new(&article);
    let dates = newsfacts_dates::Dates::new(Default::default()).unwrap();
    let timexes = dates.analyze(&doc).unwrap();
    doc.insert_output(newsfacts_dates::Dates::NAME, Box::new(timexes));
    let r = Casualties::new(CasualtiesConfig::default())
        .unwrap()
        .analyze(&doc)
        .unwrap();
    assert_eq!(r.figures.len(), 1);
    assert_eq!(r.figures[0].when.as_deref(), Some("2021-06-07"));
    assert_eq!(
        report("The blast killed 9 people.").figures[0].when,
        None,
        "no dates output"
    );
}
