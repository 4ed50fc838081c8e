//! Word lists: month and weekday names, calendar units, number words,
//! seasons, parts of the day and the modifier words of TimeML.
//!
//! Each list is a table below, so adding a synonym is one line here and no
//! change to the rules. The tables are merged once into one hash map from a
//! lower-cased word (see [`crate::tokens::Tok::w`]) to an [`Entry`] that says
//! everything the lists know about it; the tokenizer looks each word up once
//! and the grammar then reads the answers off the token, so a rule asking
//! "is this a month?" costs a field read. The functions below (`month`,
//! `unit`, ...) answer the same questions for any string.
//!
//! The number words ("three", "twenty", "dozen") are a small local table
//! rather than `newsfacts_text::numbers`: they resolve in the same single
//! look-up as every other word, which a call into another crate's grammar
//! per word would not.

use std::sync::LazyLock;

/// A calendar unit, as used in durations (`P3Y`) and relative dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// `S`, inside the time part.
    Second,
    /// `M`, inside the time part.
    Minute,
    /// `H`, inside the time part.
    Hour,
    /// `D`.
    Day,
    /// `W`.
    Week,
    /// `M`.
    Month,
    /// `Q` (TimeML quarter).
    Quarter,
    /// `Y`.
    Year,
    /// `DE`.
    Decade,
    /// `CE`.
    Century,
}

impl Unit {
    /// The TimeML duration designator, and whether it lives after the `T`.
    pub fn designator(self) -> (&'static str, bool) {
        match self {
            Unit::Second => ("S", true),
            Unit::Minute => ("M", true),
            Unit::Hour => ("H", true),
            Unit::Day => ("D", false),
            Unit::Week => ("W", false),
            Unit::Month => ("M", false),
            Unit::Quarter => ("Q", false),
            Unit::Year => ("Y", false),
            Unit::Decade => ("DE", false),
            Unit::Century => ("CE", false),
        }
    }
}

/// Unit words, singular or plural: `(word, unit, plural)`.
const UNITS: &[(&str, Unit, bool)] = &[
    ("second", Unit::Second, false),
    ("seconds", Unit::Second, true),
    ("secs", Unit::Second, true),
    ("minute", Unit::Minute, false),
    ("min", Unit::Minute, false),
    ("minutes", Unit::Minute, true),
    ("mins", Unit::Minute, true),
    ("hour", Unit::Hour, false),
    ("hr", Unit::Hour, false),
    ("hours", Unit::Hour, true),
    ("hrs", Unit::Hour, true),
    ("day", Unit::Day, false),
    ("days", Unit::Day, true),
    ("week", Unit::Week, false),
    ("weeks", Unit::Week, true),
    ("month", Unit::Month, false),
    ("months", Unit::Month, true),
    ("quarter", Unit::Quarter, false),
    ("quarters", Unit::Quarter, true),
    ("year", Unit::Year, false),
    ("yr", Unit::Year, false),
    ("years", Unit::Year, true),
    ("yrs", Unit::Year, true),
    ("decade", Unit::Decade, false),
    ("decades", Unit::Decade, true),
    ("century", Unit::Century, false),
    ("centuries", Unit::Century, true),
];

/// Month names and abbreviations: `(word, month 1..=12, is_full_name)`.
const MONTHS: &[(&str, u32, bool)] = &[
    ("january", 1, true),
    ("february", 2, true),
    ("march", 3, true),
    ("april", 4, true),
    ("may", 5, true),
    ("june", 6, true),
    ("july", 7, true),
    ("august", 8, true),
    ("september", 9, true),
    ("october", 10, true),
    ("november", 11, true),
    ("december", 12, true),
    ("jan", 1, false),
    ("feb", 2, false),
    ("mar", 3, false),
    ("apr", 4, false),
    ("jun", 6, false),
    ("jul", 7, false),
    ("aug", 8, false),
    ("sep", 9, false),
    ("sept", 9, false),
    ("oct", 10, false),
    ("nov", 11, false),
    ("dec", 12, false),
];

/// Weekday names, 0 = Monday .. 6 = Sunday. Three-letter abbreviations are
/// left out where they are common words: "sat", "sun", "wed".
const WEEKDAYS: &[(&str, u32)] = &[
    ("monday", 0),
    ("mon", 0),
    ("tuesday", 1),
    ("tues", 1),
    ("tue", 1),
    ("wednesday", 2),
    ("thursday", 3),
    ("thurs", 3),
    ("thu", 3),
    ("friday", 4),
    ("fri", 4),
    ("saturday", 5),
    ("sunday", 6),
];

/// Cardinal number words below twenty.
const SMALL_NUMBERS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

/// Multiples of ten from twenty to ninety.
const TENS: &[(&str, u32)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Ordinal words.
const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
];

/// Words for an unspecified amount ("a few days" → `PXD`).
const VAGUE_AMOUNTS: &[&str] = &["few", "several", "many", "couple", "some"];

/// Seasons and their TimeML codes.
const SEASONS: &[(&str, &str)] = &[
    ("spring", "SP"),
    ("summer", "SU"),
    ("fall", "FA"),
    ("autumn", "FA"),
    ("winter", "WI"),
];

/// Parts of the day and their TimeML codes.
const PARTS_OF_DAY: &[(&str, &str)] = &[
    ("morning", "MO"),
    ("afternoon", "AF"),
    ("evening", "EV"),
    ("night", "NI"),
];

/// Modifiers before a point in time and their TimeML `mod`.
const POINT_MODS: &[(&str, &str)] = &[("early", "START"), ("late", "END"), ("mid", "MID")];

/// One-word modifiers before an amount and their TimeML `mod`.
const APPROX_MODS: &[(&str, &str)] = &[
    ("about", "APPROX"),
    ("around", "APPROX"),
    ("approximately", "APPROX"),
    ("roughly", "APPROX"),
    ("some", "APPROX"),
    ("nearly", "LESS_THAN"),
    ("almost", "LESS_THAN"),
    ("over", "MORE_THAN"),
    ("under", "LESS_THAN"),
];

/// Set words and their TimeML values.
const SET_WORDS: &[(&str, &str)] = &[
    ("hourly", "PT1H"),
    ("daily", "P1D"),
    ("nightly", "P1D"),
    ("weekly", "P1W"),
    ("monthly", "P1M"),
    ("annually", "P1Y"),
    ("yearly", "P1Y"),
];

/// Words that signal that the sentence speaks of the future.
const FUTURE_CUES: &[&str] = &[
    "will",
    "ll",
    "shall",
    "going",
    "plan",
    "plans",
    "planned",
    "planning",
    "scheduled",
    "schedule",
    "expected",
    "expects",
    "due",
    "upcoming",
    "until",
    "would",
    "intends",
    "aims",
    "hopes",
    "set",
    "likely",
    "soon",
    "payable",
    "effective",
    "should",
];

/// Words that signal that the clause speaks of the past: auxiliaries and
/// past forms that are not participles ("said", "met").
const PAST_CUES: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "said",
    "told",
    "met",
    "took",
    "came",
    "went",
    "gave",
    "began",
    "saw",
    "won",
    "fell",
    "rose",
    "became",
    "ran",
    "wrote",
    "spoke",
    "broke",
    "chose",
    "drove",
    "flew",
    "grew",
    "knew",
    "threw",
    "fled",
    "stood",
    "thought",
    "ago",
    "yesterday",
];

/// Words that can follow "the" in an expression but start none: "the prior
/// year", "the full year", "the nineties", "the comparable period", "the
/// foreseeable future", "the latter half". With the trigger words, numbers
/// and apostrophes ("the '90s") they are every way an expression can go on
/// after "the" (see [`Entry::after_the`]): a rule that reads a new word after
/// "the" must have it here or among the triggers.
const AFTER_THE: &[&str] = &[
    "prior",
    "preceding",
    "full",
    "calendar",
    "whole",
    "entire",
    "comparable",
    "corresponding",
    "same",
    "period",
    "near",
    "distant",
    "foreseeable",
    "future",
    "latter",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
    "time",
    "short",
];

/// Words that can start an expression besides those of the lists above
/// (see [`trigger`]).
const TRIGGERS: &[&str] = &[
    "the",
    "post",
    "pre",
    "todays",
    "yesterdays",
    "tomorrows",
    "this",
    "next",
    "last",
    "past",
    "coming",
    "previous",
    "current",
    "following",
    "final",
    "latest",
    "earlier",
    "later",
    "sometime",
    "end",
    "beginning",
    "start",
    "middle",
    "at",
    "more",
    "less",
    "fewer",
    "up",
    "no",
    "a",
    "an",
    "dozens",
    "hundreds",
    "thousands",
    "few",
    "several",
    "many",
    "couple",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "now",
    "currently",
    "presently",
    "nowadays",
    "right",
    "these",
    "recently",
    "lately",
    "recent",
    "every",
    "each",
    "noon",
    "midday",
    "midnight",
    "thanksgiving",
    "election",
    "labor",
    "christmas",
    "independence",
    "halloween",
    "new",
    "fiscal",
    "weekend",
    "most",
    "half",
    "q",
    "per",
    "then",
    "once",
    "twice",
    "thrice",
    "ad",
];

/// Abbreviations that end in a period without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "st", "inc",
    "corp", "co", "ltd", "jr", "sr", "no", "vs", "prof", "rev", "ft", "mt", "gov't",
];

/// Words before which a bare year number is a year ("in 2014", "since 2020").
const YEAR_CONTEXT: &[&str] = &[
    "in", "since", "of", "by", "until", "till", "through", "thru", "before", "after", "during",
    "from", "to", "between", "and", "or", "early", "late", "mid", "fiscal", "year", "around",
    "circa", "for", "spring", "summer", "fall", "autumn", "winter", "than", "at", "as", "late-",
    "post", "pre", "the", "this", "that", "its", "his", "her", "their", "our", "a", "an", "both",
    "due", "s",
];

/// Everything the word lists say about one lower-cased word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    /// See [`month`].
    pub month: Option<(u32, bool)>,
    /// See [`weekday`].
    pub weekday: Option<u32>,
    /// See [`weekday_plural`].
    pub weekday_plural: Option<u32>,
    /// A full month name with an "s" ("Decembers"): "December's" when the
    /// apostrophe was lost (not "Mays", a name).
    pub month_s: Option<u32>,
    /// See [`unit()`].
    pub unit: Option<(Unit, bool)>,
    /// See [`small_number`].
    pub small_number: Option<u32>,
    /// See [`tens`].
    pub tens: Option<u32>,
    /// See [`ordinal`].
    pub ordinal: Option<u32>,
    /// See [`vague_amount`].
    pub vague_amount: bool,
    /// See [`season`].
    pub season: Option<&'static str>,
    /// See [`part_of_day`].
    pub part_of_day: Option<&'static str>,
    /// See [`point_mod`].
    pub point_mod: Option<&'static str>,
    /// See [`approx_mod`].
    pub approx_mod: Option<&'static str>,
    /// See [`set_word`].
    pub set_word: Option<&'static str>,
    /// See [`future_cue`].
    pub future_cue: bool,
    /// See [`past_cue`].
    pub past_cue: bool,
    /// See [`abbreviation`].
    pub abbreviation: bool,
    /// See [`year_context`].
    pub year_context: bool,
    /// See [`trigger`].
    pub trigger: bool,
    /// The word can follow "the" in an expression: a trigger or a word of
    /// `AFTER_THE`. "The" is the most common trigger by far, and the
    /// finder skips it at once when the next word cannot go on.
    pub after_the: bool,
}

impl Entry {
    /// The entry of a word no list knows.
    pub const NONE: Entry = Entry {
        month: None,
        weekday: None,
        weekday_plural: None,
        month_s: None,
        unit: None,
        small_number: None,
        tens: None,
        ordinal: None,
        vague_amount: false,
        season: None,
        part_of_day: None,
        point_mod: None,
        approx_mod: None,
        set_word: None,
        future_cue: false,
        past_cue: false,
        abbreviation: false,
        year_context: false,
        trigger: false,
        after_the: false,
    };
}

/// Every listed word and its entry, built once from the tables.
static LEXICON: LazyLock<Table> = LazyLock::new(build);

/// The entry of a word no list knows, as a `'static` reference.
static NONE: Entry = Entry::NONE;

/// Longest word a table key may have.
const KEY_LEN: usize = 16;

/// The word of `len` bytes at `start` of `text`, 1 to [`KEY_LEN`] bytes,
/// packed into two integers (zero padded), so that hashing and comparing it
/// take a few instructions. It reads whole 8-byte windows of `text` when
/// they fit (and masks off what lies past the word): this runs once per
/// word of every article.
fn pack(text: &[u8], start: usize, len: usize) -> Option<[u64; 2]> {
    if len == 0 || len > KEY_LEN {
        return None;
    }
    let half = |at: usize, n: usize| -> u64 {
        if n == 0 {
            return 0;
        }
        if let Some(window) = text
            .get(at..at + 8)
            .and_then(|w| <[u8; 8]>::try_from(w).ok())
        {
            let mask = if n >= 8 { u64::MAX } else { (1 << (8 * n)) - 1 };
            return u64::from_le_bytes(window) & mask;
        }
        let bytes = text.get(at..at + n.min(8)).unwrap_or(&[]);
        bytes
            .iter()
            .rev()
            .fold(0u64, |acc, &b| (acc << 8) | u64::from(b))
    };
    Some([
        half(start, len.min(8)),
        half(start + 8, len.saturating_sub(8)),
    ])
}

/// A cuckoo hash table from packed words to entries: every word has two
/// home slots and sits in one of them. Every word of every article is looked
/// up once, so this is on the hot path: reading both homes and picking
/// without a branch costs no mispredicted jump on the random mix of lexicon
/// words ("the", "of", "in") and other words that news text is. (A general
/// `HashMap<String, _>` spent more time hashing and comparing strings than
/// all the rules together.)
struct Table {
    /// The packed key of each slot; `[0, 0]` marks an empty slot (no word
    /// packs to it). Apart from `index` so that this array, read at random
    /// for every word, stays small enough for the fastest cache.
    keys: Vec<[u64; 2]>,
    /// The index into `entries` of each slot.
    index: Vec<u16>,
    /// The entries; the first is [`Entry::NONE`], for words not found.
    entries: Vec<Entry>,
}

/// The two home slots of `key` in a table of `size` slots (a power of two).
fn homes(key: [u64; 2], size: usize) -> [usize; 2] {
    let x = key[0] ^ key[1].rotate_left(31);
    let mask = size - 1;
    [
        (x.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40) as usize & mask,
        (x.wrapping_mul(0xc2b2_ae3d_27d4_eb4f) >> 40) as usize & mask,
    ]
}

/// Puts `key` in one of its homes, moving the words in the way to their
/// other home; false if that goes round in circles (the table is too full).
fn place(slots: &mut [([u64; 2], u16)], key: [u64; 2], entry: u16) -> bool {
    let size = slots.len();
    let mut moving = (key, entry);
    let mut pos = homes(key, size)[0];
    for h in homes(key, size) {
        if slots.get(h).is_some_and(|(k, _)| *k == [0; 2]) {
            pos = h;
        }
    }
    for _ in 0..size {
        let Some(slot) = slots.get_mut(pos) else {
            return false;
        };
        std::mem::swap(slot, &mut moving);
        if moving.0 == [0; 2] {
            return true;
        }
        let [a, b] = homes(moving.0, size);
        pos = if pos == a { b } else { a };
    }
    false
}

impl Table {
    /// The table of these words, `entries[i]` being the entry of
    /// `keys[i]`.
    fn new(keys: &[[u64; 2]], entries: Vec<Entry>) -> Table {
        let mut all = vec![Entry::NONE];
        all.extend(entries);
        // At most a third full, cuckoo placement practically never fails;
        // a bigger table is tried if it does.
        let mut size = (keys.len() * 3).next_power_of_two();
        loop {
            let mut slots = vec![([0; 2], 0); size];
            let placed = keys
                .iter()
                .enumerate()
                .all(|(i, key)| u16::try_from(i + 1).is_ok_and(|e| place(&mut slots, *key, e)));
            if placed || size >= 1 << 24 {
                return Table {
                    keys: slots.iter().map(|(k, _)| *k).collect(),
                    index: slots.iter().map(|(_, e)| *e).collect(),
                    entries: all,
                };
            }
            size *= 2;
        }
    }

    /// The entry of the word `start..end` of `text`.
    fn get(&self, text: &[u8], start: usize, end: usize) -> Option<&Entry> {
        let key = pack(text, start, end.checked_sub(start)?)?;
        let pick = |i: usize| match (self.keys.get(i), self.index.get(i)) {
            (Some(k), Some(e)) if *k == key => *e,
            _ => 0,
        };
        let [a, b] = homes(key, self.keys.len());
        // The key is in at most one home: no branch on which.
        self.entries.get(usize::from(pick(a) | pick(b)))
    }
}

/// The entries of the word lists as they are gathered, before they go into
/// a [`Table`].
#[derive(Default)]
struct Lists {
    keys: Vec<[u64; 2]>,
    entries: Vec<Entry>,
}

impl Lists {
    /// Lets `f` fill in the entry of `w`, adding it first when new.
    fn update(&mut self, w: &str, f: impl FnOnce(&mut Entry)) {
        let Some(key) = pack(w.as_bytes(), 0, w.len()) else {
            return;
        };
        let i = match self.keys.iter().position(|k| *k == key) {
            Some(i) => i,
            None => {
                self.keys.push(key);
                self.entries.push(Entry::NONE);
                self.entries.len() - 1
            }
        };
        if let Some(e) = self.entries.get_mut(i) {
            f(e);
        }
    }
}

fn build() -> Table {
    let mut map = Lists::default();
    for &(w, u, plural) in UNITS {
        map.update(w, |e| e.unit = Some((u, plural)));
    }
    for &(w, m, full) in MONTHS {
        map.update(w, |e| e.month = Some((m, full)));
        if full && w != "may" {
            map.update(&format!("{w}s"), |e| e.month_s = Some(m));
        }
    }
    for &(w, d) in WEEKDAYS {
        map.update(w, |e| e.weekday = Some(d));
        // "on Mondays"; not "mons", "fris".
        let plural = format!("{w}s");
        if plural.len() > 6 {
            map.update(&plural, |e| e.weekday_plural = Some(d));
        }
    }
    for &(w, n) in SMALL_NUMBERS {
        map.update(w, |e| e.small_number = Some(n));
    }
    for &(w, n) in TENS {
        map.update(w, |e| {
            e.small_number = Some(n);
            e.tens = Some(n);
        });
    }
    for &(w, n) in ORDINALS {
        map.update(w, |e| e.ordinal = Some(n));
    }
    for &w in VAGUE_AMOUNTS {
        map.update(w, |e| e.vague_amount = true);
    }
    for &(w, code) in SEASONS {
        map.update(w, |e| e.season = Some(code));
    }
    for &(w, code) in PARTS_OF_DAY {
        map.update(w, |e| e.part_of_day = Some(code));
    }
    for &(w, m) in POINT_MODS {
        map.update(w, |e| e.point_mod = Some(m));
    }
    for &(w, m) in APPROX_MODS {
        map.update(w, |e| e.approx_mod = Some(m));
    }
    for &(w, v) in SET_WORDS {
        map.update(w, |e| e.set_word = Some(v));
    }
    for &w in FUTURE_CUES {
        map.update(w, |e| e.future_cue = true);
    }
    for &w in PAST_CUES {
        map.update(w, |e| e.past_cue = true);
    }
    for &w in ABBREVIATIONS {
        map.update(w, |e| e.abbreviation = true);
    }
    for &w in YEAR_CONTEXT {
        map.update(w, |e| e.year_context = true);
    }
    for &w in TRIGGERS {
        map.update(w, |e| e.trigger = true);
    }
    for &w in AFTER_THE {
        map.update(w, |e| e.after_the = true);
    }
    for e in &mut map.entries {
        e.trigger |= e.month.is_some()
            || e.weekday.is_some()
            || e.weekday_plural.is_some()
            || e.month_s.is_some()
            || e.unit.is_some()
            || e.small_number.is_some()
            || e.ordinal.is_some()
            || e.season.is_some()
            || e.part_of_day.is_some()
            || e.point_mod.is_some()
            || e.approx_mod.is_some()
            || e.set_word.is_some();
        e.after_the |= e.trigger;
    }
    Table::new(&map.keys, map.entries)
}

/// Everything the lists say about the lower-cased word `w` (all empty for
/// a word they do not know).
pub fn entry(w: &str) -> &'static Entry {
    LEXICON.get(w.as_bytes(), 0, w.len()).unwrap_or(&NONE)
}

/// [`entry`] of the word `start..end` of `lower`, a text lower-cased as
/// [`str::to_ascii_lowercase`] does: the same answer, a little faster, as it
/// can read the word with whole 8-byte loads.
pub fn entry_in(lower: &str, start: usize, end: usize) -> &'static Entry {
    LEXICON.get(lower.as_bytes(), start, end).unwrap_or(&NONE)
}

/// A unit word, singular or plural: `(unit, plural)`.
pub fn unit(w: &str) -> Option<(Unit, bool)> {
    entry(w).unit
}

/// A month name or abbreviation: `(month 1..=12, is_full_name)`.
pub fn month(w: &str) -> Option<(u32, bool)> {
    entry(w).month
}

/// A weekday name: 0 = Monday .. 6 = Sunday. Three-letter abbreviations are
/// left out: "sat", "sun" and "wed" are common words.
pub fn weekday(w: &str) -> Option<u32> {
    entry(w).weekday
}

/// Plural weekday ("on Mondays"), for sets.
pub fn weekday_plural(w: &str) -> Option<u32> {
    entry(w).weekday_plural
}

/// A cardinal number word below one hundred.
pub fn small_number(w: &str) -> Option<u32> {
    entry(w).small_number
}

/// A multiple of ten from twenty to ninety.
pub fn tens(w: &str) -> Option<u32> {
    entry(w).tens
}

/// An ordinal word: "first" = 1 ...
pub fn ordinal(w: &str) -> Option<u32> {
    entry(w).ordinal
}

/// Words for an unspecified amount ("a few days" → `PXD`).
pub fn vague_amount(w: &str) -> bool {
    entry(w).vague_amount
}

/// A season: its TimeML code.
pub fn season(w: &str) -> Option<&'static str> {
    entry(w).season
}

/// A part of the day: its TimeML code.
pub fn part_of_day(w: &str) -> Option<&'static str> {
    entry(w).part_of_day
}

/// A modifier before a point in time ("early", "late", "mid"): the TimeML `mod`.
pub fn point_mod(w: &str) -> Option<&'static str> {
    entry(w).point_mod
}

/// A one-word modifier before an amount ("about 90 minutes"): the TimeML `mod`.
pub fn approx_mod(w: &str) -> Option<&'static str> {
    entry(w).approx_mod
}

/// A set word ("daily") and its TimeML value.
pub fn set_word(w: &str) -> Option<&'static str> {
    entry(w).set_word
}

/// Words that signal that the sentence speaks of the future.
pub fn future_cue(w: &str) -> bool {
    entry(w).future_cue
}

/// Words that signal that the clause speaks of the past: auxiliaries and
/// past forms that are not participles ("said", "met"). Regular `-ed` forms
/// are often participles ("will be paid", "was extended to") and count
/// only right before the expression (see the grammar).
pub fn past_cue(w: &str) -> bool {
    entry(w).past_cue
}

/// A regular past form (`-ed`), as a past cue right before an expression
/// ("announced Wednesday", "closed Friday").
pub fn past_ed(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ed")
        && !future_cue(w)
        && !matches!(
            w,
            "indeed" | "proceed" | "succeed" | "exceed" | "speed" | "need" | "hundred"
        )
}

/// Whether a word can start a temporal expression (or its modifier). The
/// finder tries its rules only at such words and at numbers, which keeps it
/// fast on ordinary prose. Every rule's first word must be covered here:
/// a word of any list above that can start an expression, or of
/// `TRIGGERS`.
pub fn trigger(w: &str) -> bool {
    entry(w).trigger
}

/// Abbreviations that end in a period without ending the sentence.
pub fn abbreviation(w: &str) -> bool {
    entry(w).abbreviation
}

/// Words that open or join a clause or phrase and are never the noun an
/// expression could modify: "about 1910 by Zapata" (a year), unlike "about
/// 1500 soldiers".
pub fn function_word(w: &str) -> bool {
    matches!(
        w,
        "by" | "in"
            | "on"
            | "at"
            | "to"
            | "of"
            | "for"
            | "with"
            | "and"
            | "or"
            | "but"
            | "as"
            | "when"
            | "until"
            | "after"
            | "before"
            | "during"
            | "while"
            | "the"
            | "a"
            | "an"
            | "that"
            | "which"
            | "who"
            | "is"
            | "was"
            | "were"
            | "are"
            | "had"
            | "has"
            | "have"
            | "will"
            | "would"
            | "if"
            | "because"
            | "so"
    )
}

/// Words before which a bare year number is a year ("in 2014", "since 2020").
pub fn year_context(w: &str) -> bool {
    entry(w).year_context
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_the_words_and_not_the_lookalikes() {
        assert_eq!(month("sept"), Some((9, false)));
        assert_eq!(month("mayor"), None);
        assert_eq!(weekday("thursday"), Some(3));
        assert_eq!(weekday("sun"), None);
        assert_eq!(weekday_plural("mondays"), Some(0));
        assert_eq!(weekday_plural("mons"), None);
        assert_eq!(unit("minutes"), Some((Unit::Minute, true)));
        assert_eq!(small_number("ninety"), Some(90));
        assert_eq!(Unit::Minute.designator(), ("M", true));
        assert_eq!(Unit::Month.designator(), ("M", false));
    }

    #[test]
    fn a_word_read_in_its_text_is_the_word_alone() {
        // Words at the start, in the middle and at the very end (where no
        // whole 8-byte window fits), short and long.
        let text = "september the wednesdays of mon-fri late- a december";
        let mut start = 0;
        for word in text.split([' ', '-']) {
            let end = start + word.len();
            assert_eq!(entry_in(text, start, end), entry(word), "{word:?}");
            start = end + 1;
        }
        assert_eq!(entry_in(text, 0, 9).month, Some((9, true)));
        assert_eq!(entry_in(text, 44, 52).month, Some((12, true)));
        assert!(entry_in(text, 14, 24).weekday_plural.is_some());
        assert_eq!(entry_in(text, 0, 3).month, Some((9, false)), "sep");
        assert_eq!(entry_in(text, 14, 17), &Entry::NONE, "wed");
        assert_eq!(entry_in(text, 50, 60), &Entry::NONE, "out of the text");
    }
}
