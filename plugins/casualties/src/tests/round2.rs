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
