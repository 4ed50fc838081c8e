//! The output contract, on arbitrary text: bounds agree with the count and
//! qualifier, every total is explained by its figures, and the settings do
//! what they say.

use super::*;

/// Words and phrases to build casualty-like text from: numbers, qualifiers,
/// victims, attackers, verbs, tolls, negations, names, pronouns, evidence
/// words, dates and punctuation.
const VOCAB: &[&str] = &[
    "12",
    "3",
    "two",
    "1,200",
    "dozens",
    "one",
    "another",
    "a",
    "the",
    "at least",
    "more than",
    "about",
    "up to",
    "between 3 and 5",
    "people",
    "civilians",
    "a man",
    "his wife",
    "gunmen",
    "the attacker",
    "militants",
    "himself",
    "were",
    "was",
    "killed",
    "died",
    "dead",
    "wounded",
    "injured",
    "shot",
    "shot dead",
    "hospitalized",
    "missing",
    "fled their homes",
    "the death toll",
    "rose to",
    "including",
    "of the dead",
    "more",
    "others",
    "and",
    "no one",
    "nobody was hurt",
    "Ann Lowe",
    "Ben Cruz",
    "he",
    "she",
    "homicide",
    "double shooting",
    "murder-suicide",
    "claimed",
    "said they had",
    "in 2009",
    "in another attack",
    "last week",
    ",",
    ".",
    "\n",
];

fn text_of(words: &[usize]) -> String {
    words
        .iter()
        .filter_map(|&k| VOCAB.get(k).copied())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Checks the bounds of every figure and that each total is the sum of
/// its `in_total` figures (a total of 0, "no one was hurt", has none), and
/// that no figure counts nobody.
fn check(text: &str) -> Result<(), String> {
    let r = report_dated(text, (2016, 3, 9));
    for f in &r.figures {
        if let (Some(min), Some(count)) = (f.min, f.count)
            && min > count.saturating_add(1)
        {
            return Err(format!("min above count: {f:?}"));
        }
        if let (Some(max), Some(count)) = (f.max, f.count)
            && max < count.saturating_sub(1)
        {
            return Err(format!("max below count: {f:?}"));
        }
        if let (Some(min), Some(max)) = (f.min, f.max)
            && min > max
        {
            return Err(format!("min above max: {f:?}"));
        }
        // "more than 100" has min 101, "fewer than 40" max 39: only those
        // two qualifiers put a bound off the count, by one.
        match f.qualifier {
            Qualifier::MoreThan => {
                if f.count.is_some() && f.min != f.count.map(|c| c + 1) {
                    return Err(format!("more than: {f:?}"));
                }
            }
            Qualifier::FewerThan => {
                if f.count.is_some() && f.max != f.count.map(|c| c.saturating_sub(1)) {
                    return Err(format!("fewer than: {f:?}"));
                }
            }
            Qualifier::Exact | Qualifier::Implied => {
                if f.count.is_none() || f.min != f.count || f.max != f.count {
                    return Err(format!("exact but bounds differ: {f:?}"));
                }
            }
            _ => {
                if let (Some(min), Some(count)) = (f.min, f.count)
                    && min > count
                {
                    return Err(format!("min above count: {f:?}"));
                }
                if let (Some(max), Some(count)) = (f.max, f.count)
                    && max < count
                {
                    return Err(format!("max below count: {f:?}"));
                }
            }
        }
        if f.in_total && (f.past || f.claim) {
            return Err(format!("a past or claimed figure counts: {f:?}"));
        }
        if text.get(f.span.range()) != Some(f.text.as_str()) {
            return Err(format!("span: {f:?}"));
        }
        if f.count.or(f.min) == Some(0) {
            return Err(format!("a figure of nobody: {f:?}"));
        }
    }
    let t = &r.totals;
    for (kind, total) in [
        (Kind::Killed, t.killed),
        (Kind::Injured, t.injured),
        (Kind::Missing, t.missing),
        (Kind::Displaced, t.displaced),
    ] {
        let counted: Vec<&Figure> = r
            .figures
            .iter()
            .filter(|f| f.kind == kind && f.in_total)
            .collect();
        let sum = (!counted.is_empty()).then(|| {
            counted
                .iter()
                .map(|f| f.count.or(f.min).unwrap_or(0))
                .sum::<u64>()
        });
        // "No one was hurt" is a total of 0 and no figure.
        if total == Some(0) && sum.is_none() {
            continue;
        }
        if sum != total {
            return Err(format!(
                "{kind:?} total {total:?} but its figures add up to {sum:?}: {:?}",
                r.figures
            ));
        }
    }
    let p = t.perpetrators;
    if p.killed.is_some() != t.killed.is_some() || p.injured.is_some() != t.injured.is_some() {
        return Err(format!("perpetrators without their total: {t:?}"));
    }
    if p.killed > t.killed || p.injured > t.injured {
        return Err(format!("more attackers than people: {t:?}"));
    }
    Ok(())
}

proptest! {
    /// Bounds hold (`min <= count <= max` where set, off by one only for
    /// "more than" / "fewer than"; exact and implied counts are their own
    /// bounds), and no total goes without a figure, on arbitrary
    /// casualty-like text.
    #[test]
    fn bounds_hold_and_totals_are_explained(
        words in proptest::collection::vec(0..VOCAB.len(), 0..40)
    ) {
        let text = text_of(&words);
        prop_assert_eq!(check(&text), Ok(()));
    }

    /// The same on any text at all.
    #[test]
    fn bounds_hold_on_any_text(text in "\\PC{0,160}") {
        prop_assert_eq!(check(&text), Ok(()));
    }
}

#[test]
fn the_contract_holds_on_hand_written_reports() {
    for text in [
        "Four people were shot. One man died at the hospital.",
        "The quake killed 120. By Friday the death toll had reached 310, and 900 were injured.",
        "Police called it a murder-suicide. Two children were killed.",
        "Ann Lowe was killed on the porch. Hours later Ben Cruz was shot and killed. He died.",
        "The bus overturned, but no one was hurt.",
        "In 2009, 31 were killed. On Monday two men were killed at the depot.",
    ] {
        check(text).unwrap();
    }
}

#[test]
fn no_one_hurt_is_a_total_of_zero() {
    // The documentation promises Some(0), not None, for "none were".
    for text in [
        "The bus overturned, but no one was hurt.",
        "Nobody was injured in the blaze.",
        "None of the officers were hurt.",
        "No one at the store was injured.",
    ] {
        let r = report(text);
        assert_eq!(r.totals.injured, Some(0), "{text}: {:?}", r.figures);
        assert_eq!(r.totals.killed, None, "{text}");
        assert_eq!(r.totals.perpetrators.injured, Some(0), "{text}");
    }
    // Deaths and "no one else was hurt": killed 2, injured 0.
    let r = report("Two men were killed by the avalanche; no one else was hurt.");
    assert_eq!((r.totals.killed, r.totals.injured), (Some(2), Some(0)));
}

/// Runs the analyzer with `config`.
fn report_with(text: &str, config: CasualtiesConfig) -> CasualtyReport {
    let article = newsfacts_core::Article::new("t", text);
    Casualties::new(config)
        .unwrap()
        .analyze(&Document::new(&article))
        .unwrap()
}

#[test]
fn skip_shot_ignores_people_shot_whose_fate_is_not_told() {
    let skip = CasualtiesConfig {
        skip_shot: true,
        ..CasualtiesConfig::default()
    };
    // By default "two men were shot" is two injured ...
    let text = "Two men were shot near the park.";
    assert_eq!(report(text).totals.injured, Some(2));
    // ... with skip_shot, nothing.
    let r = report_with(text, skip.clone());
    assert!(r.figures.is_empty(), "{:?}", r.figures);
    assert_eq!(r.totals.injured, None);
    // No implied "shot less killed" either ...
    let text = "Four people were shot. One man died at the hospital.";
    assert_eq!(report(text).totals.injured, Some(3));
    let r = report_with(text, skip.clone());
    assert_eq!((r.totals.killed, r.totals.injured), (Some(1), None));
    assert!(
        r.figures.iter().all(|f| f.kind == Kind::Killed),
        "{:?}",
        r.figures
    );
    // ... while stated injuries still count.
    let r = report_with("Four people were shot; two were wounded.", skip);
    assert_eq!(r.totals.injured, Some(2));
}
