//! Word lists: month and weekday names, calendar units, number words,
//! seasons, parts of the day and the modifier words of TimeML.
//!
//! Every function takes a lower-cased word (see [`crate::tokens::Tok::w`])
//! and answers what it means to the grammar, so adding a synonym is one line
//! here and no change to the rules.
//!
//! The number words are a small local table; they are meant to be replaced
//! by `newsfacts_text::numbers` once that module has a stable API.

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

/// A unit word, singular or plural: `(unit, plural)`.
pub fn unit(w: &str) -> Option<(Unit, bool)> {
    Some(match w {
        "second" => (Unit::Second, false),
        "seconds" | "secs" => (Unit::Second, true),
        "minute" | "min" => (Unit::Minute, false),
        "minutes" | "mins" => (Unit::Minute, true),
        "hour" | "hr" => (Unit::Hour, false),
        "hours" | "hrs" => (Unit::Hour, true),
        "day" => (Unit::Day, false),
        "days" => (Unit::Day, true),
        "week" => (Unit::Week, false),
        "weeks" => (Unit::Week, true),
        "month" => (Unit::Month, false),
        "months" => (Unit::Month, true),
        "quarter" => (Unit::Quarter, false),
        "quarters" => (Unit::Quarter, true),
        "year" | "yr" => (Unit::Year, false),
        "years" | "yrs" => (Unit::Year, true),
        "decade" => (Unit::Decade, false),
        "decades" => (Unit::Decade, true),
        "century" => (Unit::Century, false),
        "centuries" => (Unit::Century, true),
        _ => return None,
    })
}

/// A month name or abbreviation: `(month 1..=12, is_full_name)`.
pub fn month(w: &str) -> Option<(u32, bool)> {
    Some(match w {
        "january" => (1, true),
        "february" => (2, true),
        "march" => (3, true),
        "april" => (4, true),
        "may" => (5, true),
        "june" => (6, true),
        "july" => (7, true),
        "august" => (8, true),
        "september" => (9, true),
        "october" => (10, true),
        "november" => (11, true),
        "december" => (12, true),
        "jan" => (1, false),
        "feb" => (2, false),
        "mar" => (3, false),
        "apr" => (4, false),
        "jun" => (6, false),
        "jul" => (7, false),
        "aug" => (8, false),
        "sep" | "sept" => (9, false),
        "oct" => (10, false),
        "nov" => (11, false),
        "dec" => (12, false),
        _ => return None,
    })
}

/// A weekday name: 0 = Monday .. 6 = Sunday. Three-letter abbreviations are
/// left out: "sat", "sun" and "wed" are common words.
pub fn weekday(w: &str) -> Option<u32> {
    Some(match w {
        "monday" | "mon" => 0,
        "tuesday" | "tues" | "tue" => 1,
        "wednesday" => 2,
        "thursday" | "thurs" | "thu" => 3,
        "friday" | "fri" => 4,
        "saturday" => 5,
        "sunday" => 6,
        _ => return None,
    })
}

/// Plural weekday ("on Mondays"), for sets.
pub fn weekday_plural(w: &str) -> Option<u32> {
    w.strip_suffix('s')
        .and_then(weekday)
        .filter(|_| w.len() > 6)
}

/// A cardinal number word below one hundred.
pub fn small_number(w: &str) -> Option<u32> {
    Some(match w {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return tens(w),
    })
}

/// A multiple of ten from twenty to ninety.
pub fn tens(w: &str) -> Option<u32> {
    Some(match w {
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// An ordinal word: "first" = 1 ...
pub fn ordinal(w: &str) -> Option<u32> {
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        _ => return None,
    })
}

/// Words for an unspecified amount ("a few days" → `PXD`).
pub fn vague_amount(w: &str) -> bool {
    matches!(w, "few" | "several" | "many" | "couple" | "some")
}

/// A season: its TimeML code.
pub fn season(w: &str) -> Option<&'static str> {
    Some(match w {
        "spring" => "SP",
        "summer" => "SU",
        "fall" | "autumn" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

/// A part of the day: its TimeML code.
pub fn part_of_day(w: &str) -> Option<&'static str> {
    Some(match w {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" => "NI",
        _ => return None,
    })
}

/// A modifier before a point in time ("early", "late", "mid"): the TimeML `mod`.
pub fn point_mod(w: &str) -> Option<&'static str> {
    Some(match w {
        "early" => "START",
        "late" => "END",
        "mid" => "MID",
        _ => return None,
    })
}

/// A one-word modifier before an amount ("about 90 minutes"): the TimeML `mod`.
pub fn approx_mod(w: &str) -> Option<&'static str> {
    Some(match w {
        "about" | "around" | "approximately" | "roughly" | "some" | "nearly" | "almost" => {
            match w {
                "nearly" | "almost" => "LESS_THAN",
                _ => "APPROX",
            }
        }
        "over" => "MORE_THAN",
        "under" => "LESS_THAN",
        _ => return None,
    })
}

/// A set word ("daily") and its TimeML value.
pub fn set_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "hourly" => "PT1H",
        "daily" | "nightly" => "P1D",
        "weekly" => "P1W",
        "monthly" => "P1M",
        _ => return None,
    })
}

/// Words that signal that the sentence speaks of the future.
pub fn future_cue(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "ll"
            | "shall"
            | "going"
            | "plan"
            | "plans"
            | "planned"
            | "planning"
            | "scheduled"
            | "schedule"
            | "expected"
            | "expects"
            | "due"
            | "upcoming"
            | "until"
            | "would"
            | "intends"
            | "aims"
            | "hopes"
            | "set"
            | "likely"
            | "soon"
            | "payable"
            | "effective"
    )
}

/// Words that signal that the clause speaks of the past: auxiliaries and
/// past forms that are not participles ("said", "met"). Regular `-ed` forms
/// are often participles ("will be paid", "was extended to") and count
/// only right before the expression (see the grammar).
pub fn past_cue(w: &str) -> bool {
    matches!(
        w,
        "was"
            | "were"
            | "had"
            | "did"
            | "said"
            | "told"
            | "met"
            | "took"
            | "came"
            | "went"
            | "gave"
            | "began"
            | "saw"
            | "won"
            | "fell"
            | "rose"
            | "became"
            | "ran"
            | "wrote"
            | "spoke"
            | "broke"
            | "chose"
            | "drove"
            | "flew"
            | "grew"
            | "knew"
            | "threw"
            | "fled"
            | "stood"
            | "thought"
            | "ago"
            | "yesterday"
    )
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
/// fast on ordinary prose. Every rule's first word must be covered here.
pub fn trigger(w: &str) -> bool {
    if w.is_empty() {
        return false;
    }
    month(w).is_some()
        || weekday(w).is_some()
        || weekday_plural(w).is_some()
        || unit(w).is_some()
        || small_number(w).is_some()
        || ordinal(w).is_some()
        || season(w).is_some()
        || part_of_day(w).is_some()
        || point_mod(w).is_some()
        || approx_mod(w).is_some()
        || set_word(w).is_some()
        || matches!(
            w,
            "the"
                | "this"
                | "next"
                | "last"
                | "past"
                | "coming"
                | "previous"
                | "current"
                | "following"
                | "final"
                | "latest"
                | "earlier"
                | "later"
                | "sometime"
                | "end"
                | "beginning"
                | "start"
                | "middle"
                | "at"
                | "more"
                | "less"
                | "fewer"
                | "up"
                | "no"
                | "a"
                | "an"
                | "dozens"
                | "hundreds"
                | "thousands"
                | "few"
                | "several"
                | "many"
                | "couple"
                | "today"
                | "yesterday"
                | "tomorrow"
                | "tonight"
                | "now"
                | "currently"
                | "presently"
                | "nowadays"
                | "right"
                | "these"
                | "recently"
                | "lately"
                | "recent"
                | "every"
                | "each"
                | "noon"
                | "midday"
                | "midnight"
                | "thanksgiving"
                | "election"
                | "labor"
                | "christmas"
                | "independence"
                | "halloween"
                | "new"
                | "fiscal"
                | "weekend"
                | "most"
                | "half"
                | "q"
        )
}

/// Abbreviations that end in a period without ending the sentence.
pub fn abbreviation(w: &str) -> bool {
    matches!(
        w,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "gen"
            | "sen"
            | "rep"
            | "gov"
            | "lt"
            | "col"
            | "sgt"
            | "capt"
            | "st"
            | "inc"
            | "corp"
            | "co"
            | "ltd"
            | "jr"
            | "sr"
            | "no"
            | "vs"
            | "prof"
            | "rev"
            | "ft"
            | "mt"
            | "gov't"
    )
}

/// Words before which a bare year number is a year ("in 2014", "since 2020").
pub fn year_context(w: &str) -> bool {
    matches!(
        w,
        "in" | "since"
            | "of"
            | "by"
            | "until"
            | "till"
            | "through"
            | "thru"
            | "before"
            | "after"
            | "during"
            | "from"
            | "to"
            | "between"
            | "and"
            | "or"
            | "early"
            | "late"
            | "mid"
            | "fiscal"
            | "year"
            | "around"
            | "circa"
            | "for"
            | "spring"
            | "summer"
            | "fall"
            | "autumn"
            | "winter"
            | "than"
            | "at"
            | "as"
            | "late-"
            | "post"
            | "pre"
            | "the"
            | "this"
            | "that"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "a"
            | "an"
            | "both"
            | "due"
            | "s"
    )
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
}
