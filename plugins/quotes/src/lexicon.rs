//! Word lists that drive attribution: cue verbs with their inflections,
//! person titles, pronouns, nominal speaker heads and a few function words.
//!
//! Everything here is data. Recognising a new cue verb or title is a one-line
//! change in a table; the matching code in [`crate::speaker`] and the
//! extraction passes never name a word themselves.

use std::collections::HashMap;
use std::sync::LazyLock;

/// What a cue verb allows around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Cue {
    /// The lemma (`say` for `said`), for debugging and future features.
    #[allow(dead_code)]
    pub lemma: &'static str,
    /// Takes a reported clause complement (`said (that) ...`).
    pub clause: bool,
    /// The complement may come without `that` (`said the plan failed`);
    /// otherwise reported speech needs an explicit `that`.
    pub bare: bool,
    /// Takes a person object before the content (`told reporters ...`).
    pub object: bool,
    /// The `-ing` form (`saying`, `adding`): a participle that borrows the
    /// speaker of its clause.
    pub participle: bool,
}

/// (lemma, forms, clause, bare, object). The last form listed that ends in
/// `ing` is the participle.
const CUES: &[(&str, &[&str], bool, bool, bool)] = &[
    ("say", &["say", "says", "said", "saying"], true, true, false),
    (
        "tell",
        &["tell", "tells", "told", "telling"],
        true,
        true,
        true,
    ),
    (
        "add",
        &["add", "adds", "added", "adding"],
        true,
        true,
        false,
    ),
    ("ask", &["asks", "asked", "asking"], true, false, true),
    (
        "state",
        &["states", "stated", "stating"],
        true,
        false,
        false,
    ),
    (
        "counter",
        &["counters", "countered", "countering"],
        true,
        false,
        false,
    ),
    (
        "argue",
        &["argue", "argues", "argued", "arguing"],
        true,
        true,
        false,
    ),
    (
        "insist",
        &["insist", "insists", "insisted", "insisting"],
        true,
        true,
        false,
    ),
    (
        "warn",
        &["warn", "warns", "warned", "warning"],
        true,
        true,
        false,
    ),
    ("note", &["notes", "noted", "noting"], true, false, false),
    (
        "explain",
        &["explains", "explained", "explaining"],
        true,
        false,
        false,
    ),
    ("write", &["writes", "wrote", "writing"], true, true, false),
    (
        "tweet",
        &["tweets", "tweeted", "tweeting"],
        true,
        true,
        false,
    ),
    ("post", &["posted"], true, false, false),
    (
        "claim",
        &["claim", "claims", "claimed", "claiming"],
        true,
        true,
        false,
    ),
    ("continue", &["continued"], false, false, false),
    ("reply", &["replied", "replies"], true, false, false),
    ("respond", &["responded"], true, false, false),
    (
        "acknowledge",
        &["acknowledged", "acknowledges", "acknowledging"],
        true,
        true,
        false,
    ),
    (
        "admit",
        &["admitted", "admits", "admitting"],
        true,
        false,
        false,
    ),
    (
        "announce",
        &["announced", "announces", "announcing"],
        true,
        false,
        false,
    ),
    (
        "declare",
        &["declared", "declares", "declaring"],
        true,
        false,
        false,
    ),
    (
        "suggest",
        &["suggested", "suggests", "suggesting"],
        true,
        true,
        false,
    ),
    (
        "concede",
        &["conceded", "concedes", "conceding"],
        true,
        false,
        false,
    ),
    (
        "confirm",
        &["confirmed", "confirms", "confirming"],
        true,
        false,
        false,
    ),
    ("deny", &["denied", "denies", "denying"], true, false, false),
    (
        "predict",
        &["predicted", "predicts", "predicting"],
        true,
        true,
        false,
    ),
    (
        "promise",
        &["promised", "promises", "promising"],
        true,
        false,
        false,
    ),
    ("vow", &["vowed", "vows", "vowing"], true, false, false),
    (
        "pledge",
        &["pledged", "pledges", "pledging"],
        true,
        false,
        false,
    ),
    (
        "emphasize",
        &["emphasized", "emphasised", "emphasizes", "emphasizing"],
        true,
        false,
        false,
    ),
    (
        "stress",
        &["stressed", "stresses", "stressing"],
        true,
        false,
        false,
    ),
    ("repeat", &["repeated"], true, false, false),
    (
        "reiterate",
        &["reiterated", "reiterates", "reiterating"],
        true,
        false,
        false,
    ),
    (
        "maintain",
        &["maintained", "maintains", "maintaining"],
        true,
        false,
        false,
    ),
    (
        "contend",
        &["contended", "contends", "contending"],
        true,
        false,
        false,
    ),
    (
        "assert",
        &["asserted", "asserts", "asserting"],
        true,
        false,
        false,
    ),
    (
        "allege",
        &["alleged", "alleges", "alleging"],
        true,
        false,
        false,
    ),
    ("charge", &["charged"], true, false, false),
    (
        "complain",
        &["complained", "complains", "complaining"],
        true,
        false,
        false,
    ),
    (
        "caution",
        &["cautioned", "cautions", "cautioning"],
        true,
        false,
        false,
    ),
    ("observe", &["observed"], true, false, false),
    ("remark", &["remarked"], true, false, false),
    ("testify", &["testified"], true, false, false),
    ("report", &["reported", "reports"], true, true, false),
    ("conclude", &["concluded"], true, false, false),
    ("recall", &["recalled", "recalls"], true, false, false),
    ("joke", &["joked"], true, false, false),
    ("quip", &["quipped"], false, false, false),
    ("assure", &["assured"], true, false, true),
    ("believe", &["believes"], true, true, false),
];

static CUE_MAP: LazyLock<HashMap<&'static str, Cue>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for &(lemma, forms, clause, bare, object) in CUES {
        for &f in forms {
            m.insert(
                f,
                Cue {
                    lemma,
                    clause,
                    bare,
                    object,
                    participle: f.ends_with("ing"),
                },
            );
        }
    }
    m
});

/// The cue verb spelled `word` (any case), if it is one.
pub(crate) fn cue(word: &str) -> Option<Cue> {
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        CUE_MAP.get(word.to_ascii_lowercase().as_str()).copied()
    } else {
        CUE_MAP.get(word).copied()
    }
}

/// Personal pronouns that can be a speaker, with their gender.
pub(crate) fn pronoun(word: &str) -> Option<Gender> {
    match word.to_ascii_lowercase().as_str() {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        "i" | "we" | "they" | "it" => Some(Gender::Unknown),
        _ => None,
    }
}

/// Grammatical gender of a person mention, when it can be told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    /// He, Mr., a male first name.
    Male,
    /// She, Mrs., Ms., a female first name.
    Female,
    /// Cannot be told.
    Unknown,
}

/// Words that, capitalized before a name, are titles rather than part of it
/// (`President`, `Foreign Minister`, `Sen.`). Compared lowercase.
const TITLES: &[&str] = &[
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "gov.",
    "governor",
    "mayor",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "general",
    "gen.",
    "lt.",
    "col.",
    "colonel",
    "adm.",
    "admiral",
    "sgt.",
    "sergeant",
    "capt.",
    "captain",
    "commander",
    "chief",
    "director",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "judge",
    "attorney",
    "dr.",
    "mr.",
    "mrs.",
    "ms.",
    "miss",
    "rev.",
    "sir",
    "lord",
    "dame",
    "speaker",
    "leader",
    "chairman",
    "chairwoman",
    "chair",
    "deputy",
    "foreign",
    "defense",
    "defence",
    "interior",
    "finance",
    "press",
    "premier",
    "sheikh",
    "emir",
    "crown",
    "candidate",
    "nominee",
    "officer",
    "ceo",
    "sec.",
    "former",
    "acting",
    "senior",
    "house",
    "senate",
    "majority",
    "minority",
    "supreme",
    "justice",
    "democratic",
    "republican",
    "gop",
    "presidential",
    "state",
    "u.s.",
    "us",
    "gubernatorial",
    "congressman",
    "congresswoman",
    "pastor",
    "bishop",
    "cardinal",
    "father",
    "professor",
    "prof.",
    "coach",
    "host",
    "anchor",
    "correspondent",
    "reporter",
    "analyst",
    "pollster",
    "strategist",
    "adviser",
    "advisor",
    "aide",
    "manager",
    "executive",
    "founder",
    "commissioner",
    "inspector",
    "superintendent",
    "sheriff",
    "detective",
    "officer",
    "trooper",
    "lawmaker",
    "legislator",
];

/// Honorifics that also tell the gender.
pub(crate) fn honorific_gender(word: &str) -> Option<Gender> {
    match word.to_ascii_lowercase().trim_end_matches('.') {
        "mr" | "sir" | "lord" | "king" | "prince" | "father" => Some(Gender::Male),
        "mrs" | "ms" | "miss" | "dame" | "queen" | "princess" => Some(Gender::Female),
        _ => None,
    }
}

static TITLE_SET: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| TITLES.iter().copied().collect());

/// True when `word` is a title word (`President`, `minister`, `Sen.`).
pub(crate) fn is_title(word: &str) -> bool {
    TITLE_SET.contains(word.to_ascii_lowercase().as_str())
}

/// Nationality and demonym adjectives often prefixed to a title
/// (`Russian Foreign Minister`); a capitalized word ending like these is
/// treated as part of the title, not the name, when a title follows.
pub(crate) fn is_demonym(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    ["an", "ian", "ese", "ish", "ic", "i"]
        .iter()
        .any(|s| w.ends_with(s))
        && w.len() > 4
}

/// Heads of speaker noun phrases that are not names (`the spokesman`,
/// `officials`, `a source`). Compared lowercase.
const NOMINAL_HEADS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "official",
    "officials",
    "source",
    "sources",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "police",
    "authorities",
    "witness",
    "witnesses",
    "resident",
    "residents",
    "statement",
    "report",
    "reports",
    "poll",
    "polls",
    "survey",
    "study",
    "campaign",
    "ministry",
    "department",
    "agency",
    "government",
    "administration",
    "committee",
    "spokespersons",
    "lawmakers",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "prosecutors",
    "prosecutor",
    "researchers",
    "officer",
    "officers",
    "military",
    "army",
    "company",
    "group",
    "leaders",
    "leader",
    "diplomats",
    "diplomat",
    "critics",
    "supporters",
    "democrats",
    "republicans",
    "voters",
    "people",
    "organizers",
    "doctors",
    "soldier",
    "man",
    "woman",
    "president",
    "minister",
    "secretary",
    "senator",
    "governor",
    "mayor",
    "candidate",
    "nominee",
    "chairman",
    "director",
    "official's",
    "observers",
    "activists",
    "members",
    "article",
    "story",
    "paper",
    "newspaper",
    "website",
    "memo",
    "letter",
    "document",
    "documents",
    "team",
    "office",
    "kremlin",
    "pentagon",
    "ambassador",
    "commander",
    "officials'",
];

static NOMINAL_SET: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| NOMINAL_HEADS.iter().copied().collect());

/// True when `word` can head a non-name speaker phrase.
pub(crate) fn is_nominal_head(word: &str) -> bool {
    NOMINAL_SET.contains(word.to_ascii_lowercase().as_str())
}

/// Determiners that open a nominal speaker phrase.
pub(crate) fn is_determiner(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "the"
            | "a"
            | "an"
            | "another"
            | "his"
            | "her"
            | "their"
            | "its"
            | "one"
            | "two"
            | "three"
            | "several"
            | "many"
            | "some"
            | "other"
            | "both"
            | "most"
            | "these"
            | "those"
            | "this"
            | "that"
    )
}

/// Words allowed between a speaker and the cue (`Biden also said`,
/// `she has said`).
pub(crate) fn is_cue_modifier(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    matches!(
        w.as_str(),
        "also"
            | "later"
            | "then"
            | "again"
            | "has"
            | "had"
            | "have"
            | "would"
            | "will"
            | "once"
            | "previously"
            | "recently"
            | "repeatedly"
            | "often"
            | "just"
            | "further"
            | "still"
            | "even"
            | "simply"
            | "only"
            | "never"
            | "always"
            | "ultimately"
            | "earlier"
    ) || (w.len() > 4 && w.ends_with("ly") && w.bytes().all(|b| b.is_ascii_lowercase()))
}

/// Capitalized words that start sentences but are not names.
pub(crate) fn is_capitalized_function_word(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "the"
            | "a"
            | "an"
            | "on"
            | "in"
            | "at"
            | "but"
            | "and"
            | "or"
            | "so"
            | "if"
            | "when"
            | "while"
            | "after"
            | "before"
            | "as"
            | "for"
            | "with"
            | "from"
            | "to"
            | "of"
            | "by"
            | "this"
            | "that"
            | "these"
            | "those"
            | "it"
            | "its"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "there"
            | "here"
            | "what"
            | "who"
            | "why"
            | "how"
            | "where"
            | "yet"
            | "still"
            | "also"
            | "meanwhile"
            | "however"
            | "today"
            | "yesterday"
            | "despite"
            | "during"
            | "since"
            | "until"
            | "although"
            | "though"
            | "because"
            | "no"
            | "not"
            | "yes"
            | "all"
            | "some"
            | "many"
            | "most"
            | "every"
            | "each"
            | "both"
            | "any"
            | "read"
            | "watch"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan."
            | "feb."
            | "aug."
            | "sept."
            | "oct."
            | "nov."
            | "dec."
            | "according"
            | "asked"
            | "said"
            | "says"
    )
}

/// Lowercase particles that may sit inside a name (`Ludwig van Beethoven`).
pub(crate) fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "van"
            | "von"
            | "bin"
            | "al"
            | "da"
            | "del"
            | "du"
            | "der"
            | "la"
            | "le"
            | "di"
            | "dos"
    )
}

/// Words that may follow a cue when the attribution ends the sentence
/// (`, Biden said on Thursday.`, `, he told reporters in Geneva.`).
pub(crate) fn is_tail_start(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    matches!(
        w.as_str(),
        "in" | "on"
            | "at"
            | "after"
            | "during"
            | "before"
            | "from"
            | "to"
            | "of"
            | "late"
            | "earlier"
            | "when"
            | "while"
            | "as"
            | "via"
            | "through"
            | "with"
            | "about"
            | "last"
            | "this"
            | "today"
            | "yesterday"
            | "tonight"
            | "again"
            | "also"
            | "recently"
            | "later"
            | "then"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "over"
            | "under"
            | "outside"
            | "inside"
            | "following"
            | "shortly"
            | "afterward"
            | "afterwards"
            | "privately"
            | "publicly"
            | "separately"
            | "previously"
            | "repeatedly"
            | "told"
            | "adding"
            | "noting"
            | "saying"
            | "speaking"
            | "referring"
            | "according"
    ) || (w.len() > 4 && w.ends_with("ly"))
}

/// Objects of `told` that are not names (`told reporters`).
pub(crate) fn is_listener(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "reporters"
            | "journalists"
            | "lawmakers"
            | "supporters"
            | "me"
            | "us"
            | "him"
            | "her"
            | "them"
            | "you"
            | "senators"
            | "congress"
            | "viewers"
            | "listeners"
            | "members"
            | "students"
            | "crowd"
            | "audience"
            | "voters"
            | "people"
            | "delegates"
            | "police"
            | "investigators"
    )
}

/// Words marking first or second person, a strong sign that unmarked speech
/// is verbatim (`Ive been clear`, `We will`). Apostrophe-less contractions
/// are listed because scraped text loses apostrophes.
pub(crate) fn is_first_or_second_person(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().replace(['\'', '’'], "").as_str(),
        "i" | "im"
            | "ive"
            | "id"
            | "me"
            | "my"
            | "mine"
            | "we"
            | "weve"
            | "us"
            | "our"
            | "ours"
            | "you"
            | "youre"
            | "youve"
            | "your"
            | "yours"
            | "lets"
            | "myself"
            | "ourselves"
    )
}

/// A few frequent first names with a clear gender, so that `she` is not
/// resolved to a man. Not exhaustive: an unknown name is compatible with
/// every pronoun.
pub(crate) fn first_name_gender(word: &str) -> Option<Gender> {
    const FEMALE: &[&str] = &[
        "hillary",
        "jen",
        "jill",
        "kamala",
        "nancy",
        "angela",
        "theresa",
        "elizabeth",
        "mary",
        "sarah",
        "anna",
        "maria",
        "susan",
        "karen",
        "linda",
        "barbara",
        "patricia",
        "jennifer",
        "michelle",
        "melania",
        "ivanka",
        "chelsea",
        "kellyanne",
        "hope",
        "sarah",
        "nikki",
        "condoleezza",
        "madeleine",
        "ursula",
        "liz",
        "amy",
        "elise",
        "marine",
        "sheryl",
        "huma",
        "donna",
        "debbie",
        "katie",
        "megyn",
        "laura",
        "julia",
        "emily",
        "jane",
        "anne",
        "ann",
        "margaret",
        "catherine",
        "kate",
        "victoria",
        "olena",
        "iryna",
        "maria",
        "yulia",
        "natalia",
        "olga",
        "samantha",
        "rachel",
        "lisa",
        "janet",
    ];
    const MALE: &[&str] = &[
        "joe",
        "donald",
        "barack",
        "bill",
        "george",
        "john",
        "james",
        "robert",
        "michael",
        "william",
        "david",
        "richard",
        "thomas",
        "mike",
        "mitch",
        "paul",
        "bernie",
        "ted",
        "marco",
        "jeb",
        "chris",
        "tim",
        "mark",
        "vladimir",
        "sergey",
        "sergei",
        "antony",
        "tony",
        "ned",
        "dmitry",
        "volodymyr",
        "emmanuel",
        "boris",
        "olaf",
        "xi",
        "recep",
        "jens",
        "kalle",
        "lloyd",
        "jake",
        "rudy",
        "newt",
        "reince",
        "steve",
        "stephen",
        "sean",
        "corey",
        "kevin",
        "charles",
        "peter",
        "andrew",
        "ben",
        "frank",
        "gary",
        "jason",
        "brian",
        "eric",
        "jeff",
        "scott",
        "matt",
        "ryan",
        "adam",
        "dan",
        "daniel",
        "josh",
        "justin",
        "jim",
        "tom",
        "harry",
        "henry",
        "jack",
        "sam",
        "alexei",
        "dmytro",
        "sauli",
        "lindsey",
        "rand",
        "chuck",
        "harry",
        "al",
        "dick",
        "colin",
        "mitt",
        "rick",
        "pat",
    ];
    let w = word.to_ascii_lowercase();
    if FEMALE.contains(&w.as_str()) {
        Some(Gender::Female)
    } else if MALE.contains(&w.as_str()) {
        Some(Gender::Male)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_forms_and_flags() {
        let said = cue("said").unwrap();
        assert_eq!(said.lemma, "say");
        assert!(said.clause && said.bare && !said.participle);
        assert!(cue("Adding").unwrap().participle);
        assert!(cue("told").unwrap().object);
        assert!(cue("sad").is_none());
        assert!(!cue("continued").unwrap().clause);
    }

    #[test]
    fn titles_and_heads() {
        assert!(is_title("President") && is_title("Sen.") && !is_title("Biden"));
        assert!(is_nominal_head("spokesman") && is_nominal_head("Officials"));
        assert_eq!(pronoun("She"), Some(Gender::Female));
        assert!(is_first_or_second_person("Ive") && is_first_or_second_person("we’ve"));
        assert!(!is_first_or_second_person("he"));
    }
}
