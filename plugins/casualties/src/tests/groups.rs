//! The "must handle" groups of issue 12, each with sentences written for
//! it: how figures are found and how they add up.

use super::*;

/// (count, in_total) of the figures of `kind`.
fn counted(r: &CasualtyReport, kind: Kind) -> Vec<(Option<u64>, bool)> {
    r.figures
        .iter()
        .filter(|f| f.kind == kind)
        .map(|f| (f.count, f.in_total))
        .collect()
}

#[test]
fn toll_updates_the_newest_wins() {
    // 8. "rose to", "climbed to", "now stands at", "raising the number of dead to".
    let r =
        report("Officials said 40 people were killed. On Tuesday the death toll climbed to 52.");
    assert_eq!(r.totals.killed, Some(52));
    assert_eq!(
        counted(&r, Kind::Killed),
        [(Some(40), false), (Some(52), true)]
    );
    let f = one("The death toll rose to 87 after rescuers reached the village.");
    assert_eq!(
        (f.text.as_str(), f.count),
        ("The death toll rose to 87", Some(87))
    );
    assert_eq!(one("The toll now stands at 30.").count, Some(30));
    let r = report("A third victim died in hospital, raising the number of dead to 30.");
    assert_eq!(r.totals.killed, Some(30));
    // A toll revised down: the newest, not the largest.
    let r = report("At first 60 were reported dead. The death toll was later revised to 48.");
    assert_eq!(r.totals.killed, Some(48), "{:?}", r.figures);
    // The toll far before its verb.
    let r = report(
        "The death toll from the floods across the three provinces continues to rise, \
         passing 1,200 on Sunday.",
    );
    assert_eq!(r.totals.killed, Some(1_200));
    // "from N to M": two figures, the second the toll.
    let r = report("Rescuers said the death toll had risen from 12 to 19.");
    assert_eq!(
        counted(&r, Kind::Killed),
        [(Some(12), false), (Some(19), true)]
    );
    // The number of injured.
    let r = report("The number of injured rose to 140 overnight.");
    assert_eq!(r.totals.injured, Some(140));
    // A toll word without a count of people: nothing.
    assert!(figs("The toll road reopened on Monday after 3 weeks.").is_empty());
}

#[test]
fn figures_dated_before_the_week_of_publication_are_past() {
    // 12. Published on Thursday 2019-01-24: Monday's attack is this week's
    // news, last week's bombing is background.
    let r = report_dated(
        "A truck bomb killed 30 soldiers at the base on Monday and wounded 12. Last week a \
         car bombing in the capital killed five and wounded 110.",
        (2019, 1, 24),
    );
    assert_eq!((r.totals.killed, r.totals.injured), (Some(30), Some(12)));
    let old = r.figures.iter().find(|f| f.count == Some(110)).unwrap();
    assert!(old.past && !old.in_total, "{old:?}");
    // A report of last Saturday's attack, published on Thursday, is news.
    let r = report_dated(
        "On Saturday a gunman killed 22 people at a store.",
        (2019, 8, 8),
    );
    assert_eq!(r.totals.killed, Some(22));
    // A figure of a month before is background to one not dated.
    let r = report_dated(
        "The storm killed four people. In July, floods killed 40 in the same region.",
        (2019, 9, 17),
    );
    assert_eq!(r.totals.killed, Some(4));
}
