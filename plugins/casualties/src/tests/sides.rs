//! Attackers, claims and other events: who the people counted are, whose
//! word the count is, and which event it belongs to (issue 12, groups 3 and
//! 12). Every sentence written for these tests.

use super::*;

#[test]
fn attackers_are_counted_and_said_to_be_attackers() {
    let r = report("Three attackers died in the exchange of fire.");
    assert_eq!(
        (r.totals.killed, r.totals.perpetrators.killed),
        (Some(3), Some(3))
    );
    assert!(r.figures.iter().all(|f| f.perpetrators), "{:?}", r.figures);
    // Victims and the attacker shot by police add up.
    let r = report(
        "The blast at the checkpoint killed six soldiers. The bomber was shot dead by guards.",
    );
    assert_eq!(
        (r.totals.killed, r.totals.perpetrators.killed),
        (Some(7), Some(1))
    );
    // Victims only: no attacker, perpetrators 0.
    let r = report("The blast killed six soldiers.");
    assert_eq!(r.totals.perpetrators.killed, Some(0));
    assert_eq!(r.totals.perpetrators.injured, None);
}

#[test]
fn the_one_the_police_shoot_after_an_attack_is_an_attacker() {
    let r = report("A man wounded two women with a knife. Officers shot him dead outside a shop.");
    assert_eq!(
        (r.totals.killed, r.totals.injured),
        (Some(1), Some(2)),
        "{:?}",
        r.figures
    );
    assert_eq!(r.totals.perpetrators.killed, Some(1));
    let f = r.figures.iter().find(|f| f.kind == Kind::Killed).unwrap();
    assert_eq!((f.text.as_str(), f.perpetrators), ("shot him dead", true));
}

#[test]
fn a_suspect_alone_is_the_casualty_of_a_police_shooting() {
    // Nobody else was hurt: the suspect is not counted as an attacker.
    let r = report("A robbery suspect was shot by a deputy on Friday and taken to a hospital.");
    assert_eq!(
        (r.totals.injured, r.totals.perpetrators.injured),
        (Some(1), Some(0))
    );
    // With a victim of his, he is.
    let r = report(
        "The suspect shot and wounded a clerk. The suspect was shot by a deputy and taken to a hospital.",
    );
    assert_eq!(
        (r.totals.injured, r.totals.perpetrators.injured),
        (Some(2), Some(1)),
        "{:?}",
        r.figures
    );
}

#[test]
fn a_man_and_the_suspect_may_be_one_person() {
    // The same man, named twice: one injured, not two.
    let r = report("A man was shot by police on Elm Street. The suspect was shot after a chase.");
    assert_eq!(r.totals.injured, Some(1), "{:?}", r.figures);
}

#[test]
fn claims_of_enemy_losses_do_not_count() {
    let r =
        report("Officials said 12 soldiers were killed. A rebel spokesman claimed 190 were dead.");
    assert_eq!(r.totals.killed, Some(12));
    let claim = r.figures.iter().find(|f| f.count == Some(190)).unwrap();
    assert!(claim.claim && !claim.in_total, "{claim:?}");
    let r = report("The rebels said they had killed 60 government troops.");
    assert!(r.figures.iter().all(|f| f.claim), "{:?}", r.figures);
    assert_eq!(r.totals.killed, None);
    // A toll given by officials is no claim, "it" being the blast.
    let r = report("Officials said it killed nine people and injured 50 more.");
    assert_eq!((r.totals.killed, r.totals.injured), (Some(9), Some(50)));
    // Claiming lives is a toll, not a claim.
    let r = report("The fire claimed the lives of four residents.");
    assert_eq!(r.totals.killed, Some(4));
}

#[test]
fn figures_of_another_event_are_past() {
    let r = report(
        "A bomb killed eight people at the market on Monday. In another attack nearby, 20 \
         people were killed.",
    );
    assert_eq!(r.totals.killed, Some(8));
    let other = r.figures.iter().find(|f| f.count == Some(20)).unwrap();
    assert!(other.past && !other.in_total, "{other:?}");
    let r = report(
        "The fire killed three residents. A second fire, in a warehouse, killed another person.",
    );
    assert_eq!(r.totals.killed, Some(3), "{:?}", r.figures);
    // Alone, the only event reported is not background.
    let r = report("A second shooting on Friday killed two men.");
    assert_eq!(r.totals.killed, Some(2));
}

#[test]
fn a_sentence_that_opens_on_another_incident_is_past() {
    let r = report(
        "A man was wounded by a police officer on Saturday. Earlier, a man and a woman were \
         shot to death by officers answering a call across town.",
    );
    assert_eq!(
        (r.totals.killed, r.totals.injured),
        (None, Some(1)),
        "{:?}",
        r.figures
    );
    let r = report(
        "Two soldiers were wounded at the checkpoint. Separately, a roadside bomb killed \
         three police officers in the north.",
    );
    assert_eq!(r.totals.killed, None);
}
