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

#[test]
fn one_victim_named_by_role() {
    // 4. One victim without a numeral, named by a role.
    let r = report("One ranger died and another was hurt when the patrol was ambushed.");
    assert_eq!((r.totals.killed, r.totals.injured), (Some(1), Some(1)));
    let f = one("The district governor was assassinated on his way to the mosque.");
    assert_eq!(
        (f.text.as_str(), f.kind, f.count),
        (
            "The district governor was assassinated",
            Kind::Killed,
            Some(1)
        )
    );
    let f = one("An engineer was killed while repairing the escalator.");
    assert_eq!((f.kind, f.count), (Kind::Killed, Some(1)));
    let f = one("The crash killed motorcyclist Dale Orme near the bridge.");
    assert_eq!(f.text, "killed motorcyclist Dale Orme");
}

#[test]
fn active_verbs_with_objects() {
    // 5.
    let f = one("Masked men shot and killed a local judge outside the courthouse.");
    assert_eq!(
        (f.kind, f.count, f.victims.as_deref()),
        (Kind::Killed, Some(1), Some("judge"))
    );
    let f = one("Police shot dead a protester near the square.");
    assert_eq!(
        (f.text.as_str(), f.kind),
        ("shot dead a protester", Kind::Killed)
    );
    let f = one("The video shows the kidnappers beheaded a hostage.");
    assert_eq!(
        (f.text.as_str(), f.kind),
        ("beheaded a hostage", Kind::Killed)
    );
}

#[test]
fn death_verbs_and_later_deaths() {
    // 6.
    for text in [
        "A shopkeeper was beaten to death by the mob.",
        "A farmer was hacked to death in his field.",
        "The woman was stabbed to death at the bus stop.",
        "Two teenagers were burned to death in the fire.",
        "The man was stoned to death by villagers.",
        "A nurse was shot to death in the car park.",
        "The suspected thief was lynched by a crowd.",
        "A journalist was murdered outside his home.",
        "The prisoners were executed at dawn.",
        "The soldier died of his wounds two days later.",
        "The second driver succumbed to his injuries on Friday.",
        "A passenger later died in hospital.",
    ] {
        let r = report(text);
        assert!(
            r.totals.killed.is_some_and(|k| k >= 1) && r.totals.injured.is_none(),
            "{text}: {:?}",
            r.figures
        );
    }
    let r = report("Two teenagers were burned to death in the fire.");
    assert_eq!(r.totals.killed, Some(2));
    let f = one("Witnesses said the gang beat a pensioner to death.");
    assert_eq!(
        (f.text.as_str(), f.kind),
        ("beat a pensioner to death", Kind::Killed)
    );
    let f = one("They are accused of beating to death Paulo Reis, a farmer.");
    assert_eq!(
        (f.text.as_str(), f.kind),
        ("beating to death Paulo Reis", Kind::Killed)
    );
    // "beat" without "to death" is no death.
    assert!(
        report("The gang beat a pensioner and fled.")
            .totals
            .killed
            .is_none()
    );
}

#[test]
fn bodies() {
    // 7.
    let r = report("The bodies of 17 miners were brought to the surface.");
    assert_eq!(r.totals.killed, Some(17));
    let r = report("By evening rescuers had recovered 12 bodies from the river.");
    assert_eq!(r.totals.killed, Some(12));
    // Crimes counted: "eight murders"; a death of many.
    assert_eq!(one("He admitted eight murders in court.").count, Some(8));
    let f = one("The attack caused the death of at least 50 people.");
    assert_eq!(
        (f.text.as_str(), f.min),
        ("the death of at least 50 people", Some(50))
    );
    // Statistics of crimes are no toll.
    let r = report("The city recorded 22 homicides in January.");
    assert!(
        r.figures.iter().all(|f| f.count != Some(22)),
        "{:?}",
        r.figures
    );
}

#[test]
fn groups_add_up() {
    // 2.
    let f = one("A teacher and two pupils were killed when the roof fell in.");
    assert_eq!(
        (f.text.as_str(), f.count),
        ("A teacher and two pupils were killed", Some(3))
    );
    let r = report("Four guards and 11 insurgents died in the fighting.");
    assert_eq!(
        (r.totals.killed, r.totals.perpetrators.killed),
        (Some(15), Some(11)),
        "{:?}",
        r.figures
    );
    let r = report("A farmer and his son were shot dead at a roadblock.");
    assert_eq!(r.totals.killed, Some(2));
    // A number and a single victim, either way round.
    let r = report("Two women and a man were injured in the stampede.");
    assert_eq!(r.totals.injured, Some(3));
    let f = one("Witnesses said he injured a man and two women before fleeing.");
    assert_eq!(
        (f.text.as_str(), f.count),
        ("injured a man and two women", Some(3))
    );
    // A list cut by a phrase of place: two figures, joined in the total.
    let r = report("The pile-up killed five children in a church van and two truck drivers.");
    assert_eq!(r.totals.killed, Some(7));
    assert_eq!(
        counted(&r, Kind::Killed),
        [(Some(5), true), (Some(2), true)]
    );
    // The attacker and his victims, coordinated.
    let r = report("The bomber detonated his vest, killing himself and four worshippers.");
    assert_eq!(
        (r.totals.killed, r.totals.perpetrators.killed),
        (Some(5), Some(1)),
        "{:?}",
        r.figures
    );
    // A new clause after "and" is no object.
    let r = report("The gunman killed a guard and two others were arrested.");
    assert_eq!(r.totals.killed, Some(1));
    let r = report("The blast killed 14 people and 21 others injured in the market.");
    assert_eq!(
        (r.totals.killed, r.totals.injured),
        (Some(14), Some(21)),
        "{:?}",
        r.figures
    );
}

#[test]
fn numbers_apart_from_their_noun() {
    // 10.
    let f = one("At least 12 ISWAP fighters were killed in the raid.");
    assert_eq!(
        (f.count, f.min, f.victims.as_deref()),
        (Some(12), Some(12), Some("ISWAP fighters"))
    );
    let f = one("Three of her colleagues were wounded by shrapnel.");
    assert_eq!((f.kind, f.count), (Kind::Injured, Some(3)));
    // Parts of a toll: figures, not added to it.
    let r = report("The crash killed seven. Four of the deceased were tourists.");
    assert_eq!(r.totals.killed, Some(7));
    assert_eq!(
        counted(&r, Kind::Killed),
        [(Some(7), true), (Some(4), false)]
    );
    // Alone, a part is the count there is.
    let r = report("Over a hundred people attended the party, four of whom were injured.");
    assert_eq!(r.totals.injured, Some(4));
    let r = report("Five people were shot on the bridge. Three of them died.");
    assert_eq!((r.totals.killed, r.totals.injured), (Some(3), Some(2)));
    // "of the victims" says no kind by itself.
    assert!(figs("Three of the victims were police officers.").is_empty());
}

#[test]
fn a_bare_year_dates_a_sentence() {
    // "2018 saw ..." is a year the dates analyzer may leave untagged.
    let r = report_dated(
        "The bus crash killed seven. The country's roads are dangerous; 2018 saw 750 deaths.",
        (2019, 1, 12),
    );
    assert_eq!(r.totals.killed, Some(7));
    // A count that looks like a year is not one.
    let r = report_dated("The quake killed 2,019 people.", (2019, 1, 12));
    assert_eq!(r.totals.killed, Some(2_019));
}

#[test]
fn injury_phrasing() {
    // 9. People treated or in hospital are alive: injured, even beside deaths.
    let r = report("The blast killed seven. 38 people were treated for injuries.");
    assert_eq!((r.totals.killed, r.totals.injured), (Some(7), Some(38)));
    let r = report("Two workers died and 12 were taken to hospital with injuries.");
    assert_eq!(
        (r.totals.killed, r.totals.injured),
        (Some(2), Some(12)),
        "{:?}",
        r.figures
    );
    let r = report("At least seven died; 24 people have been hospitalised.");
    assert_eq!((r.totals.killed, r.totals.injured), (Some(7), Some(24)));
    // One person in hospital may be one of the dead: "shot, then died".
    let r = report("A man was shot and taken to a hospital. He died hours later.");
    assert_eq!((r.totals.killed, r.totals.injured), (Some(1), None));
}

#[test]
fn people_besides_those_counted() {
    // "more", "others", "another": besides the figure before.
    let r = report(
        "The fire killed five children and two drivers. At least eight more people were hospitalized.",
    );
    assert_eq!((r.totals.killed, r.totals.injured), (Some(7), Some(8)));
    let r = report("The crash left seven riders dead. Three other riders were hospitalized.");
    assert_eq!(r.totals.injured, Some(3));
    let r = report("Two people are dead and three others wounded after the shooting.");
    assert_eq!((r.totals.killed, r.totals.injured), (Some(2), Some(3)));
    // One victim besides the earlier ones adds one.
    let r = report(
        "One passenger was pronounced dead at the site. The other three were taken to a \
         hospital. Another later died.",
    );
    assert_eq!(r.totals.killed, Some(2), "{:?}", r.figures);
    let r = report("A knife attack killed four officers. A fifth person was hospitalized.");
    assert_eq!((r.totals.killed, r.totals.injured), (Some(4), Some(1)));
    // "the second victim" is one of those known.
    let r =
        report("One man was killed and one was injured. The second victim was pronounced dead.");
    assert_eq!(r.totals.killed, Some(1), "{:?}", r.figures);
    let r = report("One man was declared dead at the scene, and another man died in hospital.");
    assert_eq!(r.totals.killed, Some(2));
}

#[test]
fn people_including_some() {
    // 1. "N people, including X, were killed" → N; X is a part of it.
    let r = report("Three people, including a nurse, were killed in the blast.");
    assert_eq!(r.totals.killed, Some(3));
    assert_eq!(
        counted(&r, Kind::Killed),
        [(Some(3), true), (Some(1), false)]
    );
    let r = report("At least seven, including four children, died.");
    assert_eq!(r.totals.killed, Some(7));
    let part = r.figures.iter().find(|f| f.count == Some(4)).unwrap();
    assert_eq!(
        (part.text.as_str(), part.in_total),
        ("four children", false)
    );
    // After the object, and of each kind.
    let r = report(
        "The blaze killed three, including a 92-year-old woman, and injured sixteen, \
         including a baby.",
    );
    assert_eq!((r.totals.killed, r.totals.injured), (Some(3), Some(16)));
    assert_eq!(r.figures.len(), 4, "{:?}", r.figures);
    let r = report("The attack killed 12 people, among them three children and a teacher.");
    let part = r.figures.iter().find(|f| !f.in_total).unwrap();
    assert_eq!(
        (part.text.as_str(), part.count),
        ("three children and a teacher", Some(4))
    );
    // An attacker inside the toll is one of its dead.
    let r = report("Nine people died, including the attacker.");
    assert_eq!(
        (r.totals.killed, r.totals.perpetrators.killed),
        (Some(9), Some(1))
    );
    // "the dead included", "among the dead were": the only count there is.
    assert_eq!(
        report("The dead included three children.").totals.killed,
        Some(3)
    );
    assert_eq!(
        report("Among the injured were two police officers.")
            .totals
            .injured,
        Some(2)
    );
}

#[test]
fn participles_before_their_noun_are_adjectives() {
    for text in [
        "The injured teenagers were taken to a hospital in the city.",
        "Doctors treated 93 injured people overnight.",
        "The most seriously injured adults escaped by the windows.",
    ] {
        let r = report(text);
        assert!(
            r.figures
                .iter()
                .all(|f| f.count != Some(1) || f.kind != Kind::Injured || f.text.contains("taken")),
            "{text}: {:?}",
            r.figures
        );
    }
    // An active verb with a bare plural object is still a figure.
    let r = report("The strike killed civilians in the market.");
    assert_eq!(r.totals.killed, Some(2));
    // Generic people: no figure.
    assert!(
        report("Mass shootings are events where four or more people are killed.")
            .figures
            .is_empty()
    );
}

#[test]
fn upper_bounds_yield_to_counts() {
    let r = report(
        "Officials said 24 people have been hospitalised, but a news agency reported as many as 32 hospitalised.",
    );
    assert_eq!(r.totals.injured, Some(24), "{:?}", r.figures);
    // Alone, the bound is the figure there is.
    let r = report("As many as 32 were hospitalised.");
    assert_eq!(r.totals.injured, Some(32));
    let r = report("A woman had minor injuries from the broken glass.");
    assert_eq!(r.totals.injured, Some(1));
    assert!(
        report("The car had a dent and scratches.")
            .figures
            .is_empty()
    );
}

#[test]
fn disasters() {
    // 13.
    let f = one("The landslide left 23 missing.");
    assert_eq!((f.kind, f.count), (Kind::Missing, Some(23)));
    let f = one("Some 8,000 residents fled their homes as the river rose.");
    assert_eq!(
        (f.kind, f.count, f.qualifier),
        (Kind::Displaced, Some(8_000), Qualifier::Approximately)
    );
    let f = one("The cyclone left 4,500 people homeless.");
    assert_eq!((f.kind, f.count), (Kind::Displaced, Some(4_500)));
    let f = one("Over 2,000 residents near the volcano have been relocated.");
    assert_eq!((f.kind, f.min), (Kind::Displaced, Some(2_001)));
    let r = report_dated(
        "The quake killed 12 people. 2018 saw 750 deaths and 7,999 injuries on the roads.",
        (2019, 1, 12),
    );
    assert_eq!((r.totals.killed, r.totals.injured), (Some(12), None));
    // "from N to M" after a toll far before.
    let r =
        report("The aftershocks increased the death toll of the quake from five people to six.");
    assert_eq!(r.totals.killed, Some(6));
    assert_eq!(
        counted(&r, Kind::Killed),
        [(Some(5), false), (Some(6), true)]
    );
}

#[test]
fn more_ways_to_say_hurt_or_dead() {
    assert_eq!(
        report("Two more succumbed to their injuries on Sunday.")
            .totals
            .killed,
        Some(2)
    );
    assert_eq!(
        report("Fourteen people remain in hospital.").totals.injured,
        Some(14)
    );
    assert_eq!(
        report("Nine were airlifted to hospital.").totals.injured,
        Some(9)
    );
    assert_eq!(
        report("Twenty people were admitted to hospital with burns.")
            .totals
            .injured,
        Some(20)
    );
    let r = report("A man was killed and his wife injured.");
    assert_eq!((r.totals.killed, r.totals.injured), (Some(1), Some(1)));
    // A new clause after "and", not an ellipsis.
    let r = report("Police killed the gunman and his accomplice fled.");
    assert_eq!(r.totals.injured, None);
    let r = report("The fire killed 9. Three firefighters were among the dead.");
    assert_eq!(r.totals.killed, Some(9));
    assert_eq!(
        counted(&r, Kind::Killed),
        [(Some(9), true), (Some(3), false)]
    );
    let r = report("Twelve people, most of them children, were killed.");
    assert_eq!(counted(&r, Kind::Killed), [(Some(12), true)]);
}

#[test]
fn a_death_named_by_its_noun() {
    let f = one("The killing of Qasem Sadri angered the crowd.");
    assert_eq!(
        (f.text.as_str(), f.kind, f.count),
        ("The killing of Qasem Sadri", Kind::Killed, Some(1))
    );
    let f = one("Van Biljon's death shocked the town.");
    assert_eq!((f.text.as_str(), f.count), ("Van Biljon's death", Some(1)));
    let f = one("Police are investigating the murder of a taxi driver.");
    assert_eq!(f.text, "the murder of a taxi driver");
    // A reference to a known case adds no victim to those named.
    let r = report("Ann Lowe was killed on Friday. Vigils recalled the killing of Ben Cruz.");
    assert_eq!(r.totals.killed, Some(1));
    // Not deaths: penalties, tolls, rows.
    for text in ["He faces the death penalty.", "The death row inmate spoke."] {
        assert!(report(text).figures.is_empty(), "{text}");
    }
}

#[test]
fn appositions_and_names() {
    let f = one("Leon van Biljon, owner of a local garage, was killed on Friday.");
    assert_eq!(
        f.text,
        "Leon van Biljon, owner of a local garage, was killed"
    );
    let f = one("Smith, who was 25, was shot dead.");
    assert_eq!((f.kind, f.count), (Kind::Killed, Some(1)));
    // One man, his name spelt two ways around a particle, is one victim.
    let r = report(
        "Hamza bin Laden, son of the group's founder, has been killed. Officials said Hamza \
         bin Ladin was killed in a raid.",
    );
    assert_eq!(r.totals.killed, Some(1));
    // A place before a person noun is no name.
    let r = report(
        "He shot and killed a 22-year-old Summerville man. He was charged in the death of Dean Reid.",
    );
    assert_eq!(r.totals.killed, Some(1));
    let f = one("The mayor was announced to have died in hospital.");
    assert_eq!(f.kind, Kind::Killed);
}

#[test]
fn bounds_written_in_words() {
    let f = one("Sixty-six people or more were injured.");
    assert_eq!(
        (f.count, f.min, f.max, f.qualifier),
        (Some(66), Some(66), None, Qualifier::AtLeast)
    );
    let f = one("All but one of the sixteen on board died.");
    assert_eq!(
        (f.count, f.text.as_str()),
        (Some(15), "All but one of the sixteen on board died")
    );
    // A range counts as its lower bound.
    let f = one("Between 36 and 40 people remain under the rubble.");
    assert_eq!(
        (f.kind, f.count, f.min, f.max, f.qualifier),
        (
            Kind::Missing,
            Some(36),
            Some(36),
            Some(40),
            Qualifier::Range
        )
    );
    let f = one("Twelve miners are trapped underground.");
    assert_eq!((f.kind, f.count), (Kind::Missing, Some(12)));
}

#[test]
fn one_person_under_several_names() {
    // First name and surname, each alone, are one man when the text
    // writes them together.
    let r = report(
        "A man was wounded by an officer on Saturday. Police named him as Mekel Lumpkin. \
         Lumpkin remains hospitalized. Relatives said Mekel was shot five times.",
    );
    assert_eq!(r.totals.injured, Some(1), "{:?}", r.figures);
    // A place after "the" or "at" is no person.
    let r =
        report("A gunman was shot dead. No officers or anyone else at the Walmart was injured.");
    assert_eq!(r.totals.injured, None, "{:?}", r.figures);
    // Appositions one after another, the last a relative clause.
    let r = report(
        "Michael Reyes, 18, of the Bronx, who is still hospitalized with minor injuries, was \
         charged with robbery.",
    );
    assert_eq!(r.totals.injured, Some(1), "{:?}", r.figures);
}

#[test]
fn driven_from_home_and_people_described() {
    let f = one("The fighting has forced more than 300,000 from their homes.");
    assert_eq!(
        (f.kind, f.count, f.min),
        (Kind::Displaced, Some(300_000), Some(300_001))
    );
    let f = one("Floods drove 2,000 people out of their villages.");
    assert_eq!((f.kind, f.count), (Kind::Displaced, Some(2_000)));
    // People named in a phrase, who died: described, not counted again.
    let r = report("The fire killed two workers. Crowds held photographs of colleagues who died.");
    assert_eq!(counted(&r, Kind::Killed), [(Some(2), true)]);
}

#[test]
fn casualties_that_mean_the_injured_and_counts_by_place() {
    // "casualties" beside a count of the dead are the injured; counts by
    // place after it add up.
    let r = report(
        "Reports said at least 116 people died, while the number of casualties rose to at \
         least 1,035 in Turkey and about 19 in Greece.",
    );
    assert_eq!(
        (r.totals.killed, r.totals.injured),
        (Some(116), Some(1_054))
    );
    // Alone, "casualties" says neither.
    assert!(
        report("At least 100 casualties were reported.")
            .figures
            .is_empty()
    );
    let r = report(
        "The report counted 21 injured individuals in Davao, 36 in North Cotabato, 29 in \
         South Cotabato and seven in General Santos City.",
    );
    assert_eq!(r.totals.injured, Some(93));
    assert_eq!(
        counted(&r, Kind::Injured),
        [
            (Some(21), true),
            (Some(36), true),
            (Some(29), true),
            (Some(7), true)
        ]
    );
    // A participle between a number and its noun.
    let f = one("Doctors said 93 injured people were treated.");
    assert_eq!((f.text.as_str(), f.count), ("93 injured people", Some(93)));
    let f = one("All but one of the sixteen on-board died.");
    assert_eq!(f.count, Some(15));
}

#[test]
fn reported_states() {
    assert_eq!(
        report("Twelve miners are feared to be dead.").totals.killed,
        Some(12)
    );
    assert_eq!(
        report("Two were reported to have died.").totals.killed,
        Some(2)
    );
    assert_eq!(
        report("Two more were said to be in critical condition.")
            .totals
            .injured,
        Some(2)
    );
    let f = one("Some 3,000 people were forced to flee their homes.");
    assert_eq!((f.kind, f.count), (Kind::Displaced, Some(3_000)));
    assert!(
        report("He was believed to be hiding in the hills.")
            .figures
            .is_empty()
    );
}

#[test]
fn restatements_count_once_and_both_is_two() {
    // 11.
    let r = report("A miner died on Monday. The miner was killed by falling rock.");
    assert_eq!(r.totals.killed, Some(1));
    let r = report("The 12 dead included three children.");
    assert_eq!(r.totals.killed, Some(12));
    assert_eq!(
        counted(&r, Kind::Killed),
        [(Some(12), true), (Some(3), false)]
    );
    // 10.
    let f = one("Both victims died at the scene.");
    assert_eq!((f.text.as_str(), f.count), ("Both victims died", Some(2)));
}

#[test]
fn precision_traps() {
    for text in [
        "The army sent 5,000 troops and 40 tanks to the border.",
        "The government called up 300,000 reservists.",
        "The ministry's budget rose to 12 billion dollars.",
        "A 25-year-old man was arrested.",
        "Turnout fell 12 percent.",
        "The floods hit 12 districts.",
        "A ferry carrying 200 passengers sank off the coast.",
        "Police said 30 suspects were detained.",
        "The toll road carried 4,000 cars a day.",
        "He was charged with seven counts of negligent homicide.",
    ] {
        let r = report(text);
        assert!(
            r.figures.iter().all(|f| f.qualifier == Qualifier::Implied),
            "{text}: {:?}",
            r.figures
        );
        assert!(
            r.totals.killed.unwrap_or(0) <= 1 && r.totals.injured.is_none(),
            "{text}: {:?}",
            r.totals
        );
    }
}
