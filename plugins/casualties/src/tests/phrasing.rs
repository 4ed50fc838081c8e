//! How victims, deaths and hospital stays are phrased: transport to
//! hospital, earlier tolls, names with particles, numbers inside a victim
//! phrase, street corners and animals that are not victims, conditions that
//! are no evidence of a death. Each test's sentences were written for its
//! rule (the rules of issue 12's second round; the errors they answer were
//! read on the `--fold 2/2` halves, see docs/accuracy.md).

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
    assert!(
        report("The minister was flown to Geneva for the talks.")
            .figures
            .is_empty()
    );
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

#[test]
fn people_besides_with_a_part_named_inside() {
    // Groups 1 and 10: "N more, including X, were injured" is N besides
    // those before, X one of them.
    let r = report("Five died; twenty more, including a nurse, were injured.");
    assert_eq!((r.totals.killed, r.totals.injured), (Some(5), Some(20)));
    let nurse = r.figures.iter().find(|f| f.text == "a nurse").unwrap();
    assert!(!nurse.in_total, "{nurse:?}");
    let r = report("Two died. Nine others, among them three children, were hurt.");
    assert_eq!(r.totals.injured, Some(9), "{:?}", r.figures);
}

#[test]
fn names_with_particles_go_on_past_them() {
    // "al-Haddad", "bin Nasser", "van Dijk": one name, whose end closes a
    // parenthesis of parts.
    let r = report("Five died; twenty more, including colleague Omar al-Haddad, were injured.");
    assert_eq!(r.totals.injured, Some(20), "{:?}", r.figures);
    assert!(
        r.figures
            .iter()
            .any(|f| f.text == "colleague Omar al-Haddad")
    );
    let r = report("Nine people, including Karim bin Nasser, were injured.");
    assert_eq!(r.totals.injured, Some(9), "{:?}", r.figures);
    let f = one("Gunmen killed Pieter van Dijk on Monday.");
    assert_eq!(f.text, "killed Pieter van Dijk");
    // A lowercase word that is no particle ends the name.
    let f = one("Gunmen killed Pieter Groot la and fled.");
    assert_eq!(f.text, "killed Pieter Groot");
}

#[test]
fn a_number_inside_a_victim_phrase_counts_it() {
    // Group 10: words between the number and its verb ("with minor
    // injuries", a parenthesis the grammar cannot list) leave the number
    // in charge, not a single victim.
    let f = one("Medics said 13 pupils with minor injuries were treated at the school.");
    assert_eq!((f.kind, f.count), (Kind::Injured, Some(13)));
    assert_eq!(f.text, "13 pupils with minor injuries were treated");
    let r = report("Nine people, including the nurse on duty, were injured.");
    assert_eq!(r.totals.injured, Some(9), "{:?}", r.figures);
    let f = one("At least 40 villagers with light injuries were hospitalised.");
    assert_eq!((f.count, f.min, f.max), (Some(40), Some(40), None));
    // An age is no count.
    assert_eq!(
        one("A 9-year-old girl with head injuries was treated.").count,
        Some(1)
    );
}

#[test]
fn victims_named_with_an_of_phrase() {
    // Group 10: "N occupants of the helicopter died": the of-phrase says
    // whose, like a phrase of place.
    let r = report("Three occupants of the small plane died and two bystanders were injured.");
    assert_eq!((r.totals.killed, r.totals.injured), (Some(3), Some(2)));
    let f = one("Two members of the crew were killed.");
    assert_eq!(
        (f.text.as_str(), f.count),
        ("Two members of the crew were killed", Some(2))
    );
    // Not a casualty without its word, and no numbers inside the phrase.
    assert!(
        report("Three members of the board were replaced.")
            .figures
            .is_empty()
    );
    assert!(
        report("Two of the 40 rescue workers were praised.")
            .figures
            .is_empty()
    );
}

#[test]
fn the_deceased_is_a_word_of_the_dead() {
    // Group 11: "the three deceased" restates a toll as "the three dead" does.
    let r = report("Three miners died in the collapse. The three deceased were brothers.");
    assert_eq!(r.totals.killed, Some(3));
    assert!(
        r.figures
            .iter()
            .any(|f| f.text == "three deceased" && f.count == Some(3))
    );
    // A deceased relative in a will or a story is no figure.
    assert!(
        report("His deceased father left him a farm.")
            .figures
            .is_empty()
    );
}

#[test]
fn a_name_after_a_place_and_and_is_a_street_corner() {
    // "near Fifth and Carter": the second street of a corner, not a second
    // victim joined after the place.
    let r = report("A man was shot and killed near Fifth and Carter late Sunday.");
    assert_eq!(r.totals.killed, Some(1), "{:?}", r.figures);
    assert_eq!(r.figures.len(), 1);
    let r = report("A teenager was wounded at Elm and Lowell on Friday.");
    assert_eq!(r.totals.injured, Some(1), "{:?}", r.figures);
    // A person noun there is still a second group.
    let r = report("Gunmen killed a guard at the gate and the driver.");
    assert_eq!(r.totals.killed, Some(2));
}

#[test]
fn others_after_a_figure_of_another_event_belong_to_it() {
    // Group 12: "N other people" are besides the nearest group counted
    // before them; when that group is of another event, so are they.
    let r = report(
        "Gunmen killed two guards at the bank on Monday. Earlier, a bomber killed four people \
         at a market. Police arrested his brother. Six other people were wounded.",
    );
    assert_eq!(
        (r.totals.killed, r.totals.injured),
        (Some(2), None),
        "{:?}",
        r.figures
    );
    let others = r.figures.iter().find(|f| f.count == Some(6)).unwrap();
    assert!(others.past && !others.in_total, "{others:?}");
    // After a figure of the event reported, they are of it.
    let r = report("Gunmen killed two guards at the bank. Six other people were wounded.");
    assert_eq!(r.totals.injured, Some(6));
    // A new paragraph starts afresh.
    let r = report(
        "Gunmen killed two guards at the bank on Monday. Earlier, a bomber killed four people \
         at a market.\n\nSix other people were wounded in the bank raid.",
    );
    assert_eq!(r.totals.injured, Some(6), "{:?}", r.figures);
}

#[test]
fn a_number_after_a_month_that_ends_a_sentence_is_a_count() {
    // "in May. Three ..." is no date "May 3"; "Sept. 5" is.
    let r = report("The trial ended in May. Three other people were wounded in the attack.");
    assert_eq!(r.totals.injured, Some(3), "{:?}", r.figures);
    let r = report("He was buried in March. 12 people were hurt in the blast.");
    assert_eq!(r.totals.injured, Some(12), "{:?}", r.figures);
    let f = one("The attack on Sept. 5 killed two.");
    assert_eq!((f.text.as_str(), f.count), ("killed two", Some(2)));
}

#[test]
fn a_condition_is_no_evidence_of_a_death() {
    // "If ..., it becomes a triple homicide": the words of a homicide in a
    // condition's consequence say no death is known.
    let r =
        report("Two women were shot dead. If the baby dies, the case becomes a triple homicide.");
    assert_eq!(r.totals.killed, Some(2), "{:?}", r.figures);
    assert!(
        report("If the charges stand, this will be a murder case.")
            .figures
            .is_empty()
    );
    // A sentence after one with "if" is not conditional.
    let r = report("Police are investigating a triple homicide. If you saw anything, call us.");
    assert_eq!(r.totals.killed, Some(3), "{:?}", r.figures);
}

#[test]
fn a_verb_phrase_then_and_taken_to_hospital() {
    // Group 9: "X did something and was taken to hospital": X is hurt.
    let r = report("A cyclist suffered a cut to his chin and was taken to hospital.");
    assert_eq!(r.totals.injured, Some(1), "{:?}", r.figures);
    let f = one("Two roofers fell from the scaffold and were rushed to a local hospital.");
    assert_eq!((f.kind, f.count), (Kind::Injured, Some(2)));
    // Another ending of the coordination says nothing of hospital.
    assert!(
        report("The driver fled the scene and was later arrested.")
            .figures
            .is_empty()
    );
    // Modals still block it.
    assert!(
        report("A guard tripped and could have been taken to hospital.")
            .figures
            .is_empty()
    );
}

#[test]
fn an_adverb_before_the_auxiliary() {
    // Group 6: "X subsequently was announced to have died".
    let f = one("Kowalski subsequently was announced to have died.");
    assert_eq!((f.kind, f.count), (Kind::Killed, Some(1)));
    assert_eq!(f.text, "Kowalski subsequently was announced to have died");
    let r = report("The guard subsequently was pronounced dead at the scene.");
    assert_eq!(r.totals.killed, Some(1), "{:?}", r.figures);
    // Not a casualty without its word.
    assert!(
        report("The mayor subsequently was re-elected.")
            .figures
            .is_empty()
    );
}

#[test]
fn a_name_ending_in_a_particle_word_is_a_subject() {
    // "Omar al-Haddad, who was also killed": the name's last word starts
    // with its particle.
    let f = one("The convoy was met by Omar al-Haddad, who was also killed in the strike.");
    assert_eq!((f.kind, f.count), (Kind::Killed, Some(1)));
    assert_eq!(f.text, "Omar al-Haddad, who was also killed");
    // A lowercase hyphenated word after a name is no part of it.
    assert!(
        report("Omar well-known, who was also praised, spoke.")
            .figures
            .is_empty()
    );
}

#[test]
fn and_was_then_taken_to_hospital() {
    let r = report("A pensioner slipped on the ice and was then airlifted to hospital.");
    assert_eq!(r.totals.injured, Some(1), "{:?}", r.figures);
}

#[test]
fn treated_at_the_scene_adds_to_taken_to_hospital() {
    // Group 9: those treated at the scene were not taken to hospital.
    let r = report("Two people were taken to hospital and five were treated at the scene.");
    assert_eq!(r.totals.injured, Some(7), "{:?}", r.figures);
    let r = report(
        "Four pupils were taken to St Mary's Hospital. Nine pupils with minor injuries were \
         treated at the scene.",
    );
    assert_eq!(r.totals.injured, Some(13), "{:?}", r.figures);
    // After a count of all the injured, those at the scene are a part.
    let r = report("Twenty people were injured. Five were treated at the scene.");
    assert_eq!(r.totals.injured, Some(20), "{:?}", r.figures);
}

#[test]
fn an_animal_closing_a_list_of_victims_is_not_counted() {
    // Group 2: "his wife, her son and their dog were found dead" counts the
    // people, not the dog.
    let r =
        report("His wife, her elderly father, the couple's baby and their dog were found dead.");
    assert_eq!(r.totals.killed, Some(3), "{:?}", r.figures);
    let r = report("A farmer and his horse were killed by lightning.");
    assert_eq!(r.totals.killed, Some(1), "{:?}", r.figures);
    // An animal alone is no victim.
    assert!(report("Their dog was found dead.").figures.is_empty());
}

#[test]
fn an_attribution_between_commas_after_the_auxiliary() {
    // "were, according to police, killed": the clause goes on after it.
    let f = one("Four miners were, according to the company, killed in the collapse.");
    assert_eq!((f.kind, f.count), (Kind::Killed, Some(4)));
    let r =
        report("Nine died in the fire. One toddler was, according to the brigade, among the dead.");
    assert_eq!(r.totals.killed, Some(9), "{:?}", r.figures);
    assert!(r.figures.iter().any(|f| f.count == Some(1) && !f.in_total));
    // Not a casualty without its word after it.
    assert!(
        report("Two men were, according to police, arrested at the scene.")
            .figures
            .is_empty()
    );
}

#[test]
fn among_the_dead_are_both() {
    // Groups 10 and 11: "among the dead are both X and Y" names two of them.
    let r = report("Eleven people died. Among the dead were both the pilot and his wife.");
    assert_eq!(r.totals.killed, Some(11));
    let part = r.figures.iter().find(|f| f.count == Some(2)).unwrap();
    assert_eq!(part.text, "both the pilot and his wife");
    assert!(!part.in_total, "{part:?}");
}
