//! Abbreviations that end in a period, and the words that start sentences.
//!
//! A period is the most ambiguous mark in news text: it ends sentences, but
//! also `Gen.`, `U.S.`, `Feb.`, `Inc.`, the initial in `Lolita C. Baldor` and
//! the `a.m.` of a time. The sentence splitter ([`crate::sentences`]) asks this
//! module what the word before a period is, and the answer decides the rule:
//!
//! | kind | examples | the period ends a sentence when the next word is ... |
//! |---|---|---|
//! | [`Title`](AbbreviationKind::Title) | `Gen.` `Mr.` `Sen.` `Dr.` `vs.` | never (a name or number follows) |
//! | [`BeforeNumber`](AbbreviationKind::BeforeNumber) | `Feb.` `Sept.` `No.` | anything but a number |
//! | [`Ambiguous`](AbbreviationKind::Ambiguous) | `Inc.` `Jr.` `St.` `Calif.` `etc.` | a [sentence starter](is_sentence_starter) or an opening quote |
//! | [`Acronym`](AbbreviationKind::Acronym) | `U.S.` `U.N.` `a.m.` `p.m.` `J.R.R.` | a sentence starter or an opening quote |
//! | [`Initial`](AbbreviationKind::Initial) | `C.` in `Lolita C. Baldor` | a sentence starter or an opening quote |
//!
//! The last three can end a sentence as easily as they can precede a name, so
//! they are resolved by looking ahead: `at 5 p.m. The talks resumed` splits
//! (`The` is a closed-class word that starts sentences), while
//! `at 5 p.m. Eastern Time` and `the U.S. Embassy` do not (a capitalised word
//! that is not a sentence starter is taken as the continuation of a name).
//!
//! Lookups are case-sensitive (`Gen.` is a title, `gen.` is not) and need the
//! word *with* its period:
//!
//! ```
//! use newsfacts_text::abbreviations::{classify, is_abbreviation, AbbreviationKind};
//! assert!(is_abbreviation("Gen."));
//! assert_eq!(classify("Sept."), Some(AbbreviationKind::BeforeNumber));
//! assert_eq!(classify("U.N."), Some(AbbreviationKind::Acronym));
//! assert_eq!(classify("C."), Some(AbbreviationKind::Initial));
//! assert!(!is_abbreviation("said."));
//! assert!(!is_abbreviation("Gen")); // no period, no abbreviation
//! ```

/// What kind of abbreviation a word with a final period is; see the
/// [module documentation](self) for the sentence rule each kind implies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AbbreviationKind {
    /// A title or honorific written before a name (`Gen.`, `Mr.`, `Sen.`,
    /// `Lt.`), or a word that is never last (`vs.`): never ends a sentence.
    Title,
    /// Written before a number: month abbreviations (`Feb. 24`, `Sept. 11`)
    /// and `No.`, `Vol.`, `pp.`. Ends a sentence unless a number follows.
    BeforeNumber,
    /// Ends sentences as often as it precedes a name: company and name
    /// suffixes (`Inc.`, `Corp.`, `Co.`, `Ltd.`, `Jr.`), street types (`St.`,
    /// `Ave.`), U.S. state abbreviations (`Calif.`, `Ill.`), weekdays, `etc.`.
    Ambiguous,
    /// A dotted acronym, recognised by its shape: two or more groups of one or
    /// two letters, each followed by a period (`U.S.`, `U.N.`, `a.m.`, `p.m.`,
    /// `Ph.D.`, `J.R.R.`).
    Acronym,
    /// A single capital letter and a period: a middle or first initial
    /// (`Jan M. Olsen`, `Lolita C. Baldor`).
    Initial,
}

/// The lexicon, sorted by word (a test keeps it sorted, lookups binary search).
/// Words are stored without their final period.
const LEXICON: &[(&str, AbbreviationKind)] = {
    use AbbreviationKind::{Ambiguous as A, BeforeNumber as N, Title as T};
    &[
        ("Adm", T),
        ("Ala", A),
        ("Amb", T),
        ("Apr", N),
        ("Apt", N),
        ("Ariz", A),
        ("Ark", A),
        ("Art", N),
        ("Assn", A),
        ("Asst", T),
        ("Atty", T),
        ("Aug", N),
        ("Ave", A),
        ("Blvd", A),
        ("Brig", T),
        ("Bros", A),
        ("Calif", A),
        ("Capt", T),
        ("Cdr", T),
        ("Ch", N),
        ("Cmdr", T),
        ("Co", A),
        ("Col", T),
        ("Colo", A),
        ("Comdr", T),
        ("Conn", A),
        ("Corp", A),
        ("Cos", A),
        ("Cpl", T),
        ("Cpt", T),
        ("Dec", N),
        ("Del", A),
        ("Dept", A),
        ("Det", T),
        ("Dr", T),
        ("Drs", T),
        ("Feb", N),
        ("Fig", N),
        ("Fla", A),
        ("Fr", T),
        ("Fri", A),
        ("Ft", T),
        ("Ga", A),
        ("Gen", T),
        ("Gens", T),
        ("Gov", T),
        ("Govs", T),
        ("Hon", T),
        ("Hwy", N),
        ("Ill", A),
        ("Inc", A),
        ("Ind", A),
        ("Insp", T),
        ("Jan", N),
        ("Jr", A),
        ("Jul", N),
        ("Jun", N),
        ("Kan", A),
        ("Ky", A),
        ("La", A),
        ("Lt", T),
        ("Ltd", A),
        ("Maj", T),
        ("Mar", N),
        ("Mass", A),
        ("Md", A),
        ("Messrs", T),
        ("Mich", A),
        ("Minn", A),
        ("Miss", A),
        ("Mme", T),
        ("Mo", A),
        ("Mon", A),
        ("Mont", A),
        ("Mr", T),
        ("Mrs", T),
        ("Ms", T),
        ("Msgr", T),
        ("Mt", T),
        ("Neb", A),
        ("Nev", A),
        ("No", N),
        ("Nos", N),
        ("Nov", N),
        ("Oct", N),
        ("Okla", A),
        ("Ore", A),
        ("Pa", A),
        ("Pfc", T),
        ("Plc", A),
        ("Pres", T),
        ("Prof", T),
        ("Pvt", T),
        ("Rd", A),
        ("Rep", T),
        ("Reps", T),
        ("Rev", T),
        ("Rt", N),
        ("Rte", N),
        ("Sat", A),
        ("Sen", T),
        ("Sens", T),
        ("Sep", N),
        ("Sept", N),
        ("Sgt", T),
        ("Sr", A),
        ("St", A),
        ("Ste", A),
        ("Sts", A),
        ("Sun", A),
        ("Supt", T),
        ("Tenn", A),
        ("Thu", A),
        ("Thur", A),
        ("Thurs", A),
        ("Tue", A),
        ("Tues", A),
        ("Va", A),
        ("Vol", N),
        ("Vols", N),
        ("Vt", A),
        ("Wash", A),
        ("Wed", A),
        ("Wis", A),
        ("Wyo", A),
        ("al", A),
        ("approx", T),
        ("cf", T),
        ("etc", A),
        ("no", N),
        ("p", N),
        ("pp", N),
        ("v", T),
        ("vs", T),
    ]
};

/// Capitalised words that begin sentences and rarely continue a name: the
/// look-ahead of the [`Ambiguous`](AbbreviationKind::Ambiguous),
/// [`Acronym`](AbbreviationKind::Acronym) and
/// [`Initial`](AbbreviationKind::Initial) rules. Sorted (a test checks it).
const STARTERS: &[&str] = &[
    "A",
    "According",
    "After",
    "Again",
    "All",
    "Also",
    "Although",
    "Among",
    "An",
    "And",
    "Another",
    "Any",
    "Are",
    "As",
    "At",
    "Authorities",
    "Because",
    "Before",
    "Both",
    "But",
    "By",
    "Can",
    "Could",
    "Despite",
    "Did",
    "Do",
    "Does",
    "Dozens",
    "During",
    "Each",
    "Earlier",
    "Eight",
    "Either",
    "Even",
    "Every",
    "Five",
    "For",
    "Four",
    "From",
    "Further",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "Hundreds",
    "I",
    "If",
    "In",
    "Indeed",
    "Instead",
    "Is",
    "It",
    "Its",
    "Last",
    "Later",
    "Many",
    "Meanwhile",
    "More",
    "Moreover",
    "Most",
    "Much",
    "My",
    "Neither",
    "Nevertheless",
    "Next",
    "Nine",
    "No",
    "None",
    "Nor",
    "Not",
    "Now",
    "Officials",
    "On",
    "Once",
    "One",
    "Only",
    "Or",
    "Other",
    "Our",
    "Over",
    "Police",
    "Seven",
    "Several",
    "She",
    "Should",
    "Since",
    "Six",
    "So",
    "Some",
    "Still",
    "Such",
    "Ten",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Thousands",
    "Three",
    "Thus",
    "To",
    "Today",
    "Tomorrow",
    "Two",
    "Under",
    "Unlike",
    "Until",
    "Upon",
    "Was",
    "We",
    "Were",
    "What",
    "When",
    "Where",
    "Whether",
    "Which",
    "While",
    "Who",
    "Why",
    "Will",
    "With",
    "Without",
    "Would",
    "Yesterday",
    "Yet",
    "You",
    "Your",
];

/// The kind of abbreviation `word` is, or `None` when it is not one.
///
/// `word` includes its final period (`"Gen."`, `"U.S."`); without one the
/// answer is always `None`. Known words come from the lexicon (see
/// [`lexicon`]), matched case-sensitively, except that a word written all in
/// capitals is also tried in title case (`MO.` as `Mo.`, for datelines);
/// dotted acronyms and initials are recognised by shape.
pub fn classify(word: &str) -> Option<AbbreviationKind> {
    let stem = word.strip_suffix('.')?;
    if stem.is_empty() {
        return None;
    }
    if let Some(kind) = lookup(stem) {
        return Some(kind);
    }
    // Datelines and headlines write abbreviations in capitals (`INDEPENDENCE,
    // MO. (AP)`): retry an all-capital stem in title case (`Mo`).
    if stem.len() >= 2 && stem.len() <= 8 && stem.bytes().all(|b| b.is_ascii_uppercase()) {
        let mut buf = [0u8; 8];
        for (i, b) in stem.bytes().enumerate() {
            if let Some(slot) = buf.get_mut(i) {
                *slot = if i == 0 { b } else { b.to_ascii_lowercase() };
            }
        }
        let title = buf
            .get(..stem.len())
            .and_then(|t| std::str::from_utf8(t).ok());
        if let Some(kind) = title.and_then(lookup) {
            return Some(kind);
        }
    }
    if is_dotted_acronym(stem) {
        return Some(AbbreviationKind::Acronym);
    }
    let mut chars = stem.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_uppercase() => Some(AbbreviationKind::Initial),
        _ => None,
    }
}

fn lookup(stem: &str) -> Option<AbbreviationKind> {
    let i = LEXICON.binary_search_by(|(w, _)| (*w).cmp(stem)).ok()?;
    LEXICON.get(i).map(|(_, k)| *k)
}

/// True when `word` (with its final period) is an abbreviation of any kind:
/// `is_abbreviation("Gen.")`, `is_abbreviation("U.S.")`, `is_abbreviation("C.")`.
pub fn is_abbreviation(word: &str) -> bool {
    classify(word).is_some()
}

/// Every word of the built-in lexicon with its kind, in sorted order, each
/// written with its final period (`"Gen."`). Acronyms and initials are
/// recognised by shape and are not listed.
pub fn lexicon() -> impl Iterator<Item = (String, AbbreviationKind)> {
    LEXICON.iter().map(|(w, k)| (format!("{w}."), *k))
}

/// True when `word` is a capitalised closed-class word that commonly starts a
/// sentence (`The`, `He`, `But`, `In`, `Two`, ...): after an ambiguous
/// abbreviation such a word means a new sentence began, while any other
/// capitalised word is taken to continue a name (`U.S. Embassy`,
/// `5 p.m. Monday`). Case-sensitive: `the` is not a starter.
pub fn is_sentence_starter(word: &str) -> bool {
    STARTERS.binary_search(&word).is_ok()
}

/// `U.S`, `a.m`, `Ph.D`, `J.R.R`: groups of one or two letters joined by
/// periods, at least two groups (the final period has been stripped).
fn is_dotted_acronym(stem: &str) -> bool {
    let mut groups = 0;
    for group in stem.split('.') {
        let n = group.chars().count();
        if !(1..=2).contains(&n) || !group.chars().all(char::is_alphabetic) {
            return false;
        }
        groups += 1;
    }
    groups >= 2
}

#[cfg(test)]
mod tests {
    use super::*;
    use AbbreviationKind::*;

    #[test]
    fn tables_are_sorted_and_unique_for_binary_search() {
        assert!(
            LEXICON.windows(2).all(|w| w[0].0 < w[1].0),
            "LEXICON must be sorted"
        );
        assert!(
            STARTERS.windows(2).all(|w| w[0] < w[1]),
            "STARTERS must be sorted"
        );
    }

    #[test]
    fn news_abbreviations_are_classified() {
        for t in [
            "Gen.", "Mr.", "Mrs.", "Dr.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Sgt.",
        ] {
            assert_eq!(classify(t), Some(Title), "{t}");
        }
        for t in ["Prof.", "vs."] {
            assert_eq!(classify(t), Some(Title), "{t}");
        }
        for t in ["Jan.", "Feb.", "Sept.", "Oct.", "No."] {
            assert_eq!(classify(t), Some(BeforeNumber), "{t}");
        }
        for t in [
            "Inc.", "Corp.", "Co.", "Ltd.", "Jr.", "St.", "Calif.", "etc.",
        ] {
            assert_eq!(classify(t), Some(Ambiguous), "{t}");
        }
        for t in ["U.S.", "U.N.", "a.m.", "p.m.", "J.R.R.", "Ph.D.", "D.C."] {
            assert_eq!(classify(t), Some(Acronym), "{t}");
        }
        assert_eq!(
            classify("MO."),
            Some(Ambiguous),
            "capitals retried in title case"
        );
        assert_eq!(classify("GEN."), Some(Title));
        assert_eq!(classify("M."), Some(Initial));
        assert_eq!(classify("É."), Some(Initial));
    }

    #[test]
    fn ordinary_words_and_odd_shapes_are_not_abbreviations() {
        for t in [
            "said.",
            "Ukraine.",
            "gen.",
            "Gen",
            ".",
            "",
            "m.",
            "5.",
            "U..S.",
            "USA.",
            "a.mmm.",
            "Ukr.aine.",
        ] {
            assert_eq!(classify(t), None, "{t:?}");
        }
    }

    #[test]
    fn starters_are_case_sensitive() {
        assert!(is_sentence_starter("The"));
        assert!(is_sentence_starter("Two"));
        assert!(!is_sentence_starter("the"));
        assert!(!is_sentence_starter("Embassy"));
        assert!(!is_sentence_starter("Monday"));
    }

    #[test]
    fn lexicon_lists_words_with_periods() {
        let all: Vec<_> = lexicon().collect();
        assert!(all.contains(&("Gen.".to_string(), Title)));
        assert!(all.iter().all(|(w, _)| is_abbreviation(w)));
    }
}
