//! Rules of issue 12's second round, each with sentences written for it
//! (the errors they answer were read on the `--fold 2/2` halves; see
//! docs/accuracy.md).

use super::*;

#[test]
fn a_named_victim_flown_or_airlifted_to_hospital_is_injured() {
    // Group 9: the ways of saying "taken to hospital" hold for one named
    // victim as for a number.
    let f = one("The mayor was flown to a hospital in the capital.");
    assert_eq!((f.kind, f.count), (Kind::Injured, Some(1)));
    assert_eq!(f.text, "The mayor was flown to a hospital");
    let r = report("Officer Dana Reyes was airlifted to hospital after the crash.");
    assert_eq!(r.totals.injured, Some(1), "{:?}", r.figures);
    // Flown elsewhere is travel, not an injury.
    assert!(report("The minister was flown to Geneva for the talks.").figures.is_empty());
}

#[test]
fn a_toll_called_earlier_yields_to_the_current_one() {
    // Group 8: "an earlier toll", "an initial count" is superseded, even
    // when it is larger or comes later in the text.
    let r = report("At least 20 people were killed. Officials revised an earlier toll of 27 dead.");
    assert_eq!(r.totals.killed, Some(20), "{:?}", r.figures);
    assert_eq!(r.figures.len(), 2);
    let r = report("The army said 30 soldiers died, up from an initial death toll of 12.");
    assert_eq!(r.totals.killed, Some(30));
    // Alone, it is the only count there is.
    let r = report("An earlier toll of 27 dead was given on Monday.");
    assert_eq!(r.totals.killed, Some(27));
    // "earlier" naming another event is not a toll word.
    let r = report("Police said 12 people died. An earlier shooting at the bar killed three.");
    assert_eq!(r.totals.killed, Some(12), "{:?}", r.figures);
}
