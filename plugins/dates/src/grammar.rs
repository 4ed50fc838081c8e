//! The candidate finder: a small grammar over tokens that recognises
//! temporal expressions and says what they mean ([`Expr`]), without
//! anchoring them (that is [`crate::normalize`]'s job).
//!
//! At each token the finder tries an optional *prefix* (a TimeML modifier
//! such as "early", "the end of", "about", "more than") and then every
//! *rule*; the longest match wins and scanning resumes after it. A rule is a
//! plain method `fn(&Parser, usize) -> Option<(usize, Expr)>` taking the index
//! of its first token and returning one past its last: to support a new
//! phrasing, write a method and add it to `Parser::rules`.
//!
//! Extents follow TimeBank / TempEval-3: a leading "the" belongs to noun
//! phrases ("the weekend", "the future", "the past two months"), while
//! prepositions ("on Thursday", "in 2014") do not; modifiers ("early",
//! "about", "at least") and "ago" are inside.
//!
//! Precision guards live in the rules: month names must be capitalised and,
//! alone, follow a preposition ("in May", not "May I"); a bare four-digit
//! number is a year only in a year-like context ("in 2014", not "2014 troops"
//! or "$2014"); numbers with thousands separators are never dates.

use crate::DateOrder;
use crate::lexicon::{self, Entry, Unit};
use crate::normalize::{Amount, Expr, Shift, Tense, TimeOfDay};
use crate::tokens::{Kind, Tok, tokenize};

/// One temporal expression found in the text, not yet anchored.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it says.
    pub expr: Expr,
    /// The TimeML `mod` from a prefix ("early" → `START`).
    pub r#mod: Option<&'static str>,
    /// What the clause around it speaks of: past, future or unknown.
    pub tense: Tense,
    /// Which end of a range it is, with the word that says so ("since").
    pub bound: Option<(Bound, &'static str)>,
    /// An age ("25-year-old", "52 years old"): a duration that TimeBank
    /// leaves unannotated (see [`crate::DatesConfig::ages`]).
    pub age: bool,
    /// The document speaks of quarters (earnings news): "a year ago" then
    /// means the same quarter a year before.
    pub quarterly: bool,
    /// For a set, how many times in each period: 2 for "twice a day"
    /// (TimeML's `freq`, written `2X`).
    pub freq: Option<u32>,
    /// Said in an aside, not as the time of the clause: inside parentheses
    /// ("Díaz's rule (1876-1910)") or as a modifier of a noun ("the May
    /// 2007 high", "the 2003 invasion"). It does not move the story time.
    pub aside: bool,
}

/// A grammar rule: the index of its first token in, one past its last out.
type Rule<'a> = fn(&Parser<'a>, usize) -> Option<(usize, Expr)>;

/// Finds the temporal expressions of `text`.
pub fn find(text: &str, order: DateOrder) -> Vec<Candidate> {
    let lower = text.to_ascii_lowercase();
    let toks = tokenize(text, &lower);
    // (The substring search is much faster than a pass over the tokens and
    // rules out most texts.)
    let quarterly = lower.contains("quarter")
        && toks
            .iter()
            .any(|t| matches!(t.w(), "quarter" | "quarterly"));
    let mut out: Vec<Candidate> = Vec::new();
    // One line at a time: no expression crosses a line break, and no rule
    // reads a word of another line as its context.
    let mut rest: &[Tok<'_>] = &toks;
    while !rest.is_empty() {
        let len = rest
            .iter()
            .skip(1)
            .position(|t| t.newline_before)
            .map_or(rest.len(), |k| k + 1);
        let (line, after) = rest.split_at(len);
        Parser { t: line, order }.scan(quarterly, &mut out);
        rest = after;
    }
    out
}

impl Parser<'_> {
    /// Finds the expressions of one line, in order, into `out`.
    fn scan(&self, quarterly: bool, out: &mut Vec<Candidate>) {
        let first = out.len();
        // Token ranges of this line's expressions, for `clock_days`.
        let mut at: Vec<(usize, usize)> = Vec::new();
        self.scan_line(quarterly, out, &mut at);
        self.clock_days(out.get_mut(first..).unwrap_or(&mut []), &at);
    }

    /// A clock time written without its day ("at 10:35 a.m.") falls on the
    /// day its sentence names, before or after it ("Friday at 10:35 a.m.",
    /// "at 10:35 a.m. (0735 GMT) Friday"), as TimeML values it; with none,
    /// on the day of writing.
    fn clock_days(&self, found: &mut [Candidate], at: &[(usize, usize)]) {
        fn day_of(e: &Expr) -> Option<Expr> {
            match e {
                Expr::Weekday { .. } | Expr::DayOffset(_) | Expr::Calendar { day: Some(_), .. } => {
                    Some(e.clone())
                }
                Expr::WithTime(base, TimeOfDay::Part(_))
                    if !matches!(**base, Expr::DayOffset(0)) =>
                {
                    Some((**base).clone())
                }
                _ => None,
            }
        }
        let bare_clock = |e: &Expr| matches!(e, Expr::WithTime(base, TimeOfDay::Clock(..)) if matches!(**base, Expr::DayOffset(0)));
        if !found.iter().any(|c| bare_clock(&c.expr)) {
            return;
        }
        // The sentence of each expression: how many sentences start before
        // its first token (one pass over the line).
        let mut sentence = Vec::with_capacity(at.len());
        let mut starts = 0;
        let mut t = 0;
        for &(s, _) in at {
            while t < s {
                t += 1;
                if self.sentence_start(t) {
                    starts += 1;
                }
            }
            sentence.push(starts);
        }
        // The nearest day-naming expression before and after each one, in
        // its sentence: (token distance, day).
        let n = found.len().min(at.len());
        let mut nearest: Vec<Option<(usize, Expr)>> = vec![None; n];
        let mut last: Option<(usize, usize, Expr)> = None;
        for (k, slot) in nearest.iter_mut().enumerate() {
            if let (Some(c), Some(&(s, e)), Some(&id)) = (found.get(k), at.get(k), sentence.get(k))
            {
                if bare_clock(&c.expr) {
                    if let Some((lid, end, day)) = &last {
                        if *lid == id {
                            *slot = Some((s.saturating_sub(*end), day.clone()));
                        }
                    }
                } else if let Some(day) = day_of(&c.expr) {
                    last = Some((id, e, day));
                }
            }
        }
        let mut next: Option<(usize, usize, Expr)> = None;
        for (k, slot) in nearest.iter_mut().enumerate().rev() {
            if let (Some(c), Some(&(s, e)), Some(&id)) = (found.get(k), at.get(k), sentence.get(k))
            {
                if bare_clock(&c.expr) {
                    if let Some((nid, start, day)) = &next {
                        let dist = start.saturating_sub(e);
                        if *nid == id && slot.as_ref().is_none_or(|(d, _)| dist < *d) {
                            *slot = Some((dist, day.clone()));
                        }
                    }
                } else if let Some(day) = day_of(&c.expr) {
                    next = Some((id, s, day));
                }
            }
        }
        for (c, best) in found.iter_mut().zip(nearest) {
            if let (Expr::WithTime(base, _), Some((_, day))) = (&mut c.expr, best) {
                **base = day;
            }
        }
    }

    /// Finds the expressions of one line (see [`Parser::scan`]).
    fn scan_line(&self, quarterly: bool, out: &mut Vec<Candidate>, at: &mut Vec<(usize, usize)>) {
        // Where the previous expression ended (token index), and whether it
        // opened a range ("from March", "between 2014").
        let mut opened: Option<(usize, &str)> = None;
        let mut i = 0;
        while i < self.t.len() {
            // Both ends of a range written as one phrase ("2018-2019", "June
            // 14-16", "two to three weeks"): two expressions. Such a phrase
            // starts with a number, a number word or a month.
            if self.tok(i).is_some_and(|t| {
                t.kind == Kind::Num || t.lex().small_number.is_some() || t.lex().month.is_some()
            }) {
                if let Some(Pair {
                    ends: [(a0, a1, first), (b0, b1, second)],
                    range,
                }) = self.range(i)
                {
                    let point = is_point(&first) && range;
                    let (open, close) = if point {
                        let open = self.bound(a0, opened).unwrap_or((Bound::Start, "-"));
                        (Some(open), Some((Bound::End, "to")))
                    } else {
                        (None, None)
                    };
                    self.push(out, (a0, a1), first, None, open, quarterly);
                    self.push(out, (b0, b1), second, None, close, quarterly);
                    at.push((a0, a1));
                    at.push((b0, b1));
                    opened = None;
                    i = b1;
                    continue;
                }
            }
            match self.at(i) {
                Some((end, expr, r#mod)) if end > i => {
                    if self.title(i, end) || self.unit_compound(end) {
                        i = end;
                        continue;
                    }
                    let bound = if is_point(&expr) {
                        self.bound(i, opened)
                    } else {
                        None
                    };
                    opened = match bound {
                        Some((Bound::Start, w @ ("from" | "between"))) => Some((end, w)),
                        _ => None,
                    };
                    self.push(out, (i, end), expr, r#mod, bound, quarterly);
                    at.push((i, end));
                    i = end;
                }
                _ => i += 1,
            }
        }
    }

    /// Adds the expression of tokens `i..end` to `out`.
    fn push(
        &self,
        out: &mut Vec<Candidate>,
        (i, end): (usize, usize),
        expr: Expr,
        r#mod: Option<&'static str>,
        bound: Option<(Bound, &'static str)>,
        quarterly: bool,
    ) {
        let (Some(first), Some(last)) = (self.tok(i), end.checked_sub(1).and_then(|e| self.tok(e)))
        else {
            return;
        };
        let age = matches!(expr, Expr::Duration { .. }) && last.is("old");
        // A possessive that lost its apostrophe ends before its "s":
        // "[Friday]s ruling", as "[Friday]'s ruling".
        let point = matches!(
            expr,
            Expr::Weekday { .. }
                | Expr::Relative { .. }
                | Expr::DayOffset(_)
                | Expr::Quarter { .. }
        );
        let trim = last.kind == Kind::Word
            && last.w().ends_with('s')
            && ((point
                && (last.lex().weekday_plural.is_some()
                    || last.lex().unit.is_some_and(|(_, plural)| plural)
                    || matches!(last.w(), "todays" | "yesterdays" | "tomorrows")))
                || (last.lex().month_s.is_some() && matches!(expr, Expr::Calendar { .. })));
        let end_byte = if trim { last.end - 1 } else { last.end };
        let freq = match expr {
            Expr::Set(_) => self.freq(i),
            _ => None,
        };
        out.push(Candidate {
            bound,
            start: first.start,
            end: end_byte,
            expr,
            r#mod,
            tense: self.tense(i, end),
            age,
            quarterly,
            freq,
            aside: self.aside(i, end),
        });
    }
}

/// A preposition after which "then" and "that time" name a time: "until
/// then", "by that time".
fn then_word(w: &str) -> bool {
    matches!(
        w,
        "until" | "till" | "by" | "since" | "before" | "after" | "from" | "at"
    )
}

impl Parser<'_> {
    /// Whether tokens `i..end` are said in an aside (see
    /// [`Candidate::aside`]).
    fn aside(&self, i: usize, end: usize) -> bool {
        // An open parenthesis before it in the line, not closed.
        // (At most 12 tokens back, so that a long line stays linear.)
        let mut k = i;
        while k > 0 && k + 12 > i {
            k -= 1;
            if self.p(k, ')') {
                break;
            }
            if self.p(k, '(') {
                return true;
            }
        }
        // "the May 2007 high", "Iraq's 2005 elections": a modifier.
        let det = matches!(
            self.prev_w(i),
            "the" | "a" | "an" | "s" | "its" | "their" | "his" | "her"
        );
        let noun = self.tok(end).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.cap
                && !lexicon::function_word(t.w())
                && t.lex().unit.is_none()
        });
        det && noun
    }
}

/// Whether an expression is a point in time (which may bound a range), not
/// a length or a recurrence.
fn is_point(e: &Expr) -> bool {
    !matches!(
        e,
        Expr::Duration { .. } | Expr::Within { .. } | Expr::Set(_) | Expr::Elapsed { .. }
    )
}

/// Which end of a range an expression is, from the word before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Bound {
    /// The range starts here: "since 2020", "from March", "after Monday",
    /// "between 2014 (and ...)", "starting Monday".
    Start,
    /// The range ends here: "until Monday", "through February", "by
    /// Friday", "before 2020", "(from March) to May", "(between 2014) and
    /// 2016".
    End,
}

/// Which expressions a prefix may modify.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Applies {
    /// Points in time ("early", "the end of", "earlier").
    Point,
    /// Amounts ("more than", "at least").
    Amount,
    /// Both ("about", "around", "nearly").
    Both,
}

/// The token grammar over one text.
pub struct Parser<'a> {
    t: &'a [Tok<'a>],
    order: DateOrder,
}

impl<'a> Parser<'a> {
    /// Every rule, tried at each token; the longest match wins (the earlier
    /// rule on a tie).
    fn rules() -> [Rule<'a>; 24] {
        [
            Parser::anaphor,
            Parser::around,
            Parser::nth_day,
            Parser::year_end,
            Parser::year_ago,
            Parser::the_year,
            Parser::century,
            Parser::year_words,
            Parser::holiday,
            Parser::month_date,
            Parser::numeric_date,
            Parser::year,
            Parser::weekday,
            Parser::relative_day,
            Parser::relative_unit,
            Parser::amount_unit,
            Parser::quarter,
            Parser::refs,
            Parser::sets,
            Parser::clock,
            Parser::season,
            Parser::weekend,
            Parser::half_year,
            Parser::part_of_day,
        ]
    }

    fn tok(&self, i: usize) -> Option<&Tok<'a>> {
        self.t.get(i)
    }

    /// The lower-cased word at `i`, or "" (numbers and punctuation have
    /// no word).
    fn w(&self, i: usize) -> &'a str {
        self.t.get(i).map_or("", Tok::w)
    }

    fn cap(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.cap)
    }

    fn p(&self, i: usize, c: char) -> bool {
        self.t.get(i).is_some_and(|t| t.is_p(c))
    }

    /// Token `i` follows the previous one without space.
    fn adj(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.space_before)
    }

    /// What the word lists say about the word at `i`.
    fn lex(&self, i: usize) -> &'static Entry {
        self.t.get(i).map_or(&Entry::NONE, Tok::lex)
    }

    /// What the word lists say about the word before `i`.
    fn prev_lex(&self, i: usize) -> &'static Entry {
        i.checked_sub(1).map_or(&Entry::NONE, |j| self.lex(j))
    }

    fn prev_w(&self, i: usize) -> &'a str {
        i.checked_sub(1).map_or("", |j| self.w(j))
    }

    /// Token `i` starts a sentence.
    fn sentence_start(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        if t.newline_before || i == 0 {
            return true;
        }
        let Some(p) = self.tok(i - 1) else {
            return false;
        };
        match p.ch {
            '!' | '?' | '"' | '“' | '”' if p.kind == Kind::Punct => t.cap,
            // Not after an abbreviation: "U.S.", "a.m.", "Mr.", "Jan.".
            '.' if p.kind == Kind::Punct => {
                let (before, lex) = i
                    .checked_sub(2)
                    .map_or(("", &Entry::NONE), |k| (self.w(k), self.lex(k)));
                t.cap
                    && before.len() > 1
                    && !lex.abbreviation
                    && lex.month.is_none_or(|(_, full)| full)
            }
            _ => false,
        }
    }

    /// The match at `i`: an optional prefix, then the longest rule.
    fn at(&self, i: usize) -> Option<(usize, Expr, Option<&'static str>)> {
        let t = self.tok(i)?;
        if !t.may_start {
            // "that" starts only anaphors ("that year", "that same day"); it
            // is too common in news to try every rule on.
            if t.w() == "that" {
                return self.anaphor(i).map(|(e, x)| (e, x, None));
            }
            return None;
        }
        // Common words that start one rule only: "then" ("until then"),
        // "once", "twice", "per" (sets).
        match t.w() {
            "then" => return self.refs(i).map(|(e, x)| (e, x, None)),
            "once" | "twice" | "thrice" | "per" => {
                return self.sets(i).map(|(e, x)| (e, x, None));
            }
            _ => {}
        }
        // Likewise "a" and "an" start only amounts ("a year ago", "a few
        // days"; no prefix begins with them), and they are the second most
        // common trigger.
        if matches!(t.w(), "a" | "an") {
            if let Some(rate) = self.rate(i) {
                return Some((rate.0, rate.1, None));
            }
            return self.amount_unit(i).map(|(e, x)| (e, x, self.end_mod(e)));
        }
        // "the" is a third of the words that may start an expression, and
        // after it an expression goes on only with a number, an apostrophe
        // ("the '90s") or a word the lexicon marks (`Entry::after_the`).
        if t.w() == "the"
            && !self.tok(i + 1).is_some_and(|n| {
                n.kind == Kind::Num || n.is_p('\'') || n.is_p('’') || n.lex().after_the
            })
        {
            return None;
        }
        // "the late 1970s", "the early 20th century": the article belongs
        // to the decade or century, and comes before its modifier.
        if t.w() == "the" {
            if let Some(m) = self.lex(i + 1).point_mod {
                let j = if self.p(i + 2, '-') && self.adj(i + 2) {
                    i + 3
                } else {
                    i + 2
                };
                if let Some((end, e)) = self.core(j) {
                    if matches!(e, Expr::Decade(_) | Expr::Century(_)) {
                        return Some((end, e, Some(m)));
                    }
                }
            }
        }
        if let Some((j, m, applies)) = self.prefix(i) {
            if let Some((end, e)) = self.core(j) {
                let amount = matches!(
                    e,
                    Expr::Duration { .. } | Expr::Within { .. } | Expr::Ago { .. }
                );
                let point = !matches!(
                    e,
                    Expr::Duration { .. } | Expr::Within { .. } | Expr::Ref(_) | Expr::Set(_)
                );
                // "over the past two months": the modifier is the preposition.
                let the = self.w(j) == "the";
                let ok = match applies {
                    Applies::Amount | Applies::Both if the => false,
                    Applies::Point => point,
                    Applies::Amount => amount,
                    // "around Wednesday's ruling" is a preposition; "around 9 p.m." is not.
                    Applies::Both => {
                        amount
                            || matches!(e, Expr::WithTime(..) | Expr::Calendar { day: Some(_), .. })
                    }
                };
                if ok {
                    return Some((end, e, m));
                }
            }
        }
        // Words that only open a modifier ("about", "at least", "more
        // than", "early", "the end of") start no rule themselves; nor does
        // a month name in lower case ("may", "march").
        if matches!(
            t.w(),
            "at" | "less"
                | "fewer"
                | "up"
                | "no"
                | "over"
                | "under"
                | "about"
                | "around"
                | "approximately"
                | "roughly"
                | "nearly"
                | "almost"
                | "some"
                | "beginning"
                | "start"
                | "middle"
                | "early"
                | "late"
                | "mid"
                | "earlier"
                | "later"
                | "sometime"
        ) || (t.lex().month.is_some() && !t.cap)
        {
            return None;
        }
        self.core(i).map(|(e, x)| (e, x, self.end_mod(e)))
    }

    /// "year-end", "year's end": the end of the period named, for an
    /// expression that ends before `end`.
    fn end_mod(&self, end: usize) -> Option<&'static str> {
        (self.w(end.saturating_sub(1)) == "end").then_some("END")
    }

    /// The rules that can start at a number, in the order of
    /// [`Parser::rules`]: a number starts no other (most of the words that
    /// may start an expression are numbers or "the").
    fn number_rules() -> [Rule<'a>; 8] {
        [
            Parser::century,
            Parser::month_date,
            Parser::numeric_date,
            Parser::year,
            Parser::amount_unit,
            Parser::quarter,
            Parser::sets,
            Parser::clock,
        ]
    }

    fn core(&self, i: usize) -> Option<(usize, Expr)> {
        match self.tok(i).map(|t| t.kind) {
            Some(Kind::Num) => self.longest(i, &Self::number_rules()),
            // An apostrophe starts only a year: "'82".
            Some(Kind::Punct) => self.year(i),
            _ => self.longest(i, &Self::rules()),
        }
    }

    /// The longest match of `rules` at `i` (the earlier rule on a tie).
    fn longest(&self, i: usize, rules: &[Rule<'a>]) -> Option<(usize, Expr)> {
        let mut best: Option<(usize, Expr)> = None;
        for rule in rules {
            if let Some((end, e)) = rule(self, i) {
                if best.as_ref().is_none_or(|(b, _)| end > *b) {
                    best = Some((end, e));
                }
            }
        }
        best
    }

    /// A modifier before an expression: where the expression starts, the
    /// TimeML `mod`, and what it may modify.
    fn prefix(&self, i: usize) -> Option<(usize, Option<&'static str>, Applies)> {
        let w = self.w(i);
        let lex = self.lex(i);
        if let Some(m) = lex.point_mod {
            let j = if self.p(i + 1, '-') && self.adj(i + 1) {
                i + 2
            } else {
                i + 1
            };
            return Some((j, Some(m), Applies::Point));
        }
        if matches!(w, "earlier" | "later" | "sometime") {
            return Some((i + 1, None, Applies::Point));
        }
        // "post-1959", "pre-2008": after or before a year (TimeML's mod).
        if matches!(w, "post" | "pre")
            && self.p(i + 1, '-')
            && self.adj(i + 1)
            && self.adj(i + 2)
            && self.year_num(i + 2).is_some()
        {
            let m = if w == "post" { "AFTER" } else { "BEFORE" };
            return Some((i + 2, Some(m), Applies::Point));
        }
        let edge = |w: &str| match w {
            "end" => Some("END"),
            "beginning" | "start" => Some("START"),
            "middle" => Some("MID"),
            _ => None,
        };
        if w == "the" {
            if let Some(m) = edge(self.w(i + 1)) {
                if self.w(i + 2) == "of" {
                    return Some((i + 3, Some(m), Applies::Point));
                }
            }
        }
        if let Some(m) = edge(w) {
            if self.w(i + 1) == "of" {
                return Some((i + 2, Some(m), Applies::Point));
            }
        }
        let two = match (w, self.w(i + 1)) {
            ("at", "least") => Some("EQUAL_OR_MORE"),
            ("more" | "over", "than") => Some("MORE_THAN"),
            ("less" | "fewer", "than") => Some("LESS_THAN"),
            ("up", "to") | ("at", "most") => Some("EQUAL_OR_LESS"),
            _ => None,
        };
        if let Some(m) = two {
            return Some((i + 2, Some(m), Applies::Amount));
        }
        if w == "no" && self.w(i + 1) == "more" && self.w(i + 2) == "than" {
            return Some((i + 3, Some("EQUAL_OR_LESS"), Applies::Amount));
        }
        match lex.approx_mod {
            Some(m) if matches!(w, "over" | "under") => Some((i + 1, Some(m), Applies::Amount)),
            Some(m) => Some((i + 1, Some(m), Applies::Both)),
            None => None,
        }
    }

    /// Tokens `i..end` are a title, not a time: a unit or a part of the day
    /// capitalised inside the expression in ordinary (not all-capital) text,
    /// as in the names of shows and films ("This Week", "60 Minutes"). Time
    /// words are common nouns; only month, weekday and holiday names are
    /// capitalised inside a temporal expression ("Day" ends many of those:
    /// "Election Day"; "New Year's Day" has a capital unit too), and
    /// centuries, often capitalised as the names of eras ("the 20th
    /// Century").
    fn title(&self, i: usize, end: usize) -> bool {
        let capital = (i + 1..end).any(|k| {
            self.tok(k).is_some_and(|t| {
                t.kind == Kind::Word
                    && t.cap
                    && !t.upper
                    && (t
                        .lex()
                        .unit
                        .is_some_and(|(u, _)| !matches!(u, Unit::Day | Unit::Century))
                        || t.lex().part_of_day.is_some())
            })
        });
        // (The holiday rule runs only in the rare case of a capital.)
        capital && !(i..end).any(|j| self.holiday(j).is_some())
    }

    /// What the clause around tokens `i..end` speaks of. The nearest cue
    /// word in its sentence decides, before or after it (before wins a tie):
    /// a future cue such as "will", "plans", "is to", or a past one such as
    /// "said", "was", "had" ("on Friday, officials said"; "Monday's meeting
    /// will"; "the service planned for Saturday was canceled"). A future cue
    /// in the past perfect ("had been scheduled to") speaks of the past, and
    /// so does "since" ("since March" has begun). With
    /// no cue, a closing preposition ("until", "through", "by") leans to the
    /// future.
    fn tense(&self, i: usize, end: usize) -> Tense {
        // "since March": a start already passed, whatever the clause says.
        if self.prev_w(i) == "since" {
            return Tense::Past;
        }
        // "as early as Tuesday", "as soon as Friday": a time still to come.
        if i >= 3
            && self.prev_w(i) == "as"
            && matches!(self.w(i - 2), "early" | "soon" | "late")
            && self.w(i - 3) == "as"
        {
            return Tense::Future;
        }
        let before = self.tense_before(i);
        let after = self.tense_after(end);
        match (before, after) {
            (Some((db, tb)), Some((da, ta))) => return if da < db { ta } else { tb },
            (Some((_, t)), None) | (None, Some((_, t))) => return t,
            (None, None) => {}
        }
        if matches!(self.prev_w(i), "through" | "until" | "till" | "thru" | "by") {
            return Tense::Future;
        }
        Tense::Unknown
    }

    /// A word used as a noun ("the plan", "a schedule") or inside a compound
    /// ("lower-than-expected"), which is no tense cue.
    fn noun_at(&self, j: usize) -> bool {
        matches!(
            self.prev_w(j),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "s"
        ) || (j.checked_sub(1).is_some_and(|k| self.p(k, '-')) && self.adj(j))
    }

    /// The nearest tense cue before token `i` in its sentence (at most 14
    /// words back): its distance and what it says.
    fn tense_before(&self, i: usize) -> Option<(usize, Tense)> {
        let mut j = i;
        let mut seen = 0;
        while j > 0 && seen < 14 && !self.sentence_start(j) {
            j -= 1;
            seen += 1;
            if self.p(j, ';') {
                break;
            }
            let w = self.w(j);
            // "until Thursday" is the expression's own preposition, not the
            // clause's tense (see the fallback in `tense`).
            if j + 1 == i && matches!(w, "until" | "till") {
                continue;
            }
            // "set Friday as the deadline": a verb with its object; only
            // "set to", "set for" look ahead.
            let set_verb = w == "set" && !matches!(self.w(j + 1), "to" | "for");
            if self.lex(j).future_cue && !self.noun_at(j) && !set_verb {
                // "had been due to", "had planned": a plan in the past.
                let perfect = self.w(j.saturating_sub(1)) == "had"
                    || (self.w(j.saturating_sub(1)) == "been"
                        && self.w(j.saturating_sub(2)) == "had");
                return Some((seen, if perfect { Tense::Past } else { Tense::Future }));
            }
            // "is to resume", "are to meet": an arrangement to come.
            if w == "to" && matches!(self.prev_w(j), "is" | "are") {
                return Some((seen, Tense::Future));
            }
            // "-ed" right before: "announced Wednesday", "closed on Friday".
            let next_to = j + 1 == i || (j + 2 == i && self.w(i - 1) == "on");
            if self.lex(j).past_cue || (next_to && lexicon::past_ed(w)) {
                return Some((seen, Tense::Past));
            }
        }
        None
    }

    /// The nearest tense cue after the expression ending before token `end`,
    /// in its clause (at most 8 words on, not past a quotation mark or a
    /// parenthesis): its distance and what it says. After the expression a
    /// future reads only from a modal ("will", "would") or a form of "be"
    /// with a future word ("is expected", "are to", "were planning"), since
    /// a bare "planned" or "set" there is a past verb and "plans" a noun.
    fn tense_after(&self, end: usize) -> Option<(usize, Tense)> {
        for (seen, k) in (end..end + 8).enumerate() {
            let t = self.tok(k)?;
            if self.sentence_start(k) {
                return None;
            }
            if t.kind == Kind::Punct {
                let possessive = t.is_p('\'') || t.is_p('’');
                if possessive && self.adj(k) && self.w(k + 1) == "s" && self.adj(k + 1) {
                    continue;
                }
                if matches!(
                    t.ch,
                    ';' | '.' | '?' | '!' | '"' | '“' | '”' | '\'' | '’' | '(' | ')'
                ) {
                    return None;
                }
                continue;
            }
            let w = t.w();
            // A new clause: "statement Friday saying the entry will ...".
            if matches!(
                w,
                "that"
                    | "which"
                    | "who"
                    | "when"
                    | "while"
                    | "after"
                    | "before"
                    | "because"
                    | "if"
                    | "and"
                    | "but"
                    | "saying"
            ) {
                return None;
            }
            if matches!(w, "will" | "would" | "ll" | "shall") {
                return Some((seen + 1, Tense::Future));
            }
            if matches!(w, "is" | "are" | "was" | "were" | "be")
                && (self.lex(k + 1).future_cue || self.w(k + 1) == "to")
            {
                return Some((seen + 1, Tense::Future));
            }
            if t.lex().past_cue {
                return Some((seen + 1, Tense::Past));
            }
        }
        None
    }

    /// Which end of a range the expression at `i` is, from the word before
    /// it; `opened` is where an expression that opened a range ("from
    /// March", "between 2014") ended, for the closing "to May" / "and 2016".
    fn bound(&self, i: usize, opened: Option<(usize, &str)>) -> Option<(Bound, &'static str)> {
        let prev = self.prev_w(i);
        // The previous expression opened a range and ends one token before.
        let closes =
            |by: &str| opened.is_some_and(|(o, w)| o + 1 == i && (by.is_empty() || w == by));
        let b = match prev {
            "since" => (Bound::Start, "since"),
            "from" => (Bound::Start, "from"),
            "after" => (Bound::Start, "after"),
            "between" => (Bound::Start, "between"),
            "starting" | "beginning" | "effective" => (Bound::Start, "starting"),
            "until" => (Bound::End, "until"),
            "till" => (Bound::End, "till"),
            "through" | "thru" => (Bound::End, "through"),
            "by" => (Bound::End, "by"),
            "before" => (Bound::End, "before"),
            "to" if closes("") => (Bound::End, "to"),
            "and" if closes("between") => (Bound::End, "and"),
            _ => {
                // "from March to May" with a dash: "from 1994-1997".
                if closes("") && self.p(i - 1, '-') {
                    return Some((Bound::End, "to"));
                }
                return None;
            }
        };
        Some(b)
    }

    // ---- pieces ----

    /// A capitalised month name at `i`, with the period of an abbreviation:
    /// (next index, month, is a full name).
    fn month_at(&self, i: usize) -> Option<(usize, u32, bool)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Word || !t.cap {
            return None;
        }
        // "Decembers figures": "December's" without its apostrophe.
        let (m, full) = t.lex().month.or_else(|| {
            t.lex()
                .month_s
                .filter(|_| self.lost_apostrophe(i, false))
                .map(|m| (m, true))
        })?;
        if !full && self.p(i + 1, '.') && self.adj(i + 1) {
            return Some((i + 2, m, false));
        }
        Some((i + 1, m, full))
    }

    /// A day of the month at `i`: "4", "4th", "fourth".
    fn day_at(&self, i: usize) -> Option<(usize, u32)> {
        let t = self.tok(i)?;
        let d = match t.kind {
            Kind::Num if t.digits <= 2 && !t.grouped && !t.plural => {
                u32::try_from(t.value?).ok()?
            }
            Kind::Word => t.lex().ordinal?,
            _ => return None,
        };
        if !(1..=31).contains(&d) {
            return None;
        }
        // Not a time ("4:30") or a score / range continuing with digits.
        let digit_after = self
            .tok(i + 2)
            .is_some_and(|n| n.kind == Kind::Num && !n.space_before);
        if (self.p(i + 1, ':') || self.p(i + 1, '/')) && self.adj(i + 1) && digit_after {
            return None;
        }
        if matches!(self.w(i + 1), "percent" | "per") || self.p(i + 1, '%') {
            return None;
        }
        Some((i + 1, d))
    }

    /// A four-digit year number at `i`.
    fn year_num(&self, i: usize) -> Option<i32> {
        let t = self.tok(i)?;
        if !t.is_plain_num() || t.digits != 4 {
            return None;
        }
        let y = i32::try_from(t.value?).ok()?;
        (1000..=2199).contains(&y).then_some(y)
    }

    /// An optional year after a month or day: "2022", ", 2022", "44 BC".
    fn year_after(&self, i: usize) -> Option<(usize, i32)> {
        let at = |i: usize| {
            if let Some(n) = self.era_year_num(i) {
                if let Some((end, bc)) = self.era_at(i + 1) {
                    return Some((end, if bc { -n } else { n }));
                }
            }
            self.year_num(i).map(|y| (i + 1, y))
        };
        if let Some(found) = at(i) {
            return Some(found);
        }
        if self.p(i, ',') {
            return at(i + 1);
        }
        // Spoken: "January nineteen ninety-seven" (not "March two thousand
        // people").
        self.year_in_words(i)
            .filter(|&(end, _)| self.spoken_year_ends(end))
    }

    /// A number that can be a year when an era follows it ("450" in "450
    /// BC"): one to four plain digits, not zero.
    fn era_year_num(&self, i: usize) -> Option<i32> {
        let t = self.tok(i)?;
        if !t.is_plain_num() || t.digits > 4 {
            return None;
        }
        i32::try_from(t.value?).ok().filter(|n| *n >= 1)
    }

    /// An era after a year at `i`: "BC", "B.C.", "BCE", "B.C.E." (before the
    /// common era: true) or "AD", "A.D.", "CE", "C.E." (false), in capitals:
    /// (next index, is before the common era).
    fn era_at(&self, i: usize) -> Option<(usize, bool)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Word || !t.upper {
            return None;
        }
        match t.w() {
            "bc" | "bce" => return Some((i + 1, true)),
            "ad" | "ce" => return Some((i + 1, false)),
            _ => {}
        }
        // Dotted: single capitals each followed by a period, "B.C.E.".
        let mut letters = [""; 3];
        let mut j = i;
        for slot in &mut letters {
            let ok = self.tok(j).is_some_and(|l| l.upper && l.w().len() == 1)
                && (j == i || self.adj(j))
                && self.p(j + 1, '.')
                && self.adj(j + 1);
            if !ok {
                break;
            }
            *slot = self.w(j);
            j += 2;
        }
        match letters {
            ["b", "c", "" | "e"] => Some((j, true)),
            ["a", "d", ""] | ["c", "e", ""] => Some((j, false)),
            _ => None,
        }
    }

    /// A shift word at `i` ("last", "next", ...), with "the" before some.
    fn shift_at(&self, i: usize) -> Option<(usize, Shift)> {
        let (j, w) = if self.w(i) == "the" {
            (i + 1, self.w(i + 1))
        } else {
            (i, self.w(i))
        };
        let s = match w {
            "this" | "current" if j == i || w == "current" => Shift::This,
            "next" | "coming" if j == i || w == "coming" => Shift::Next,
            "following" if j > i => Shift::Next,
            "last" | "past" | "previous" => Shift::Last,
            _ => return None,
        };
        // "this coming Sunday"
        if w == "this" && self.w(j + 1) == "coming" {
            return Some((j + 2, Shift::Next));
        }
        // "this past spring", "this past weekend": the latest one.
        if w == "this" && j == i && self.w(j + 1) == "past" {
            return Some((j + 2, Shift::Recent));
        }
        Some((j + 1, s))
    }

    /// An amount at `i`: a number, number words, "a", "a few", "several".
    fn amount_at(&self, i: usize) -> Option<(usize, Amount)> {
        let t = self.tok(i)?;
        if t.kind == Kind::Num {
            if t.ordinal || t.plural || t.decimal {
                return None;
            }
            // "1 1/2 hours" and "3-2" are not amounts of time here.
            if (self.p(i + 1, '/') || self.p(i + 1, ':')) && self.adj(i + 1) {
                return None;
            }
            return Some((i + 1, Amount::N(u32::try_from(t.value?).ok()?)));
        }
        let w = t.w();
        match w {
            "half" if matches!(self.w(i + 1), "a" | "an") => return Some((i + 2, Amount::Half(0))),
            "a" | "an" | "one" if self.w(i + 1) == "few" => return Some((i + 2, Amount::Vague)),
            // "a couple of years", "the next couple of weeks": two, as
            // TimeML reads it.
            "a" if self.w(i + 1) == "couple" => {
                let j = if self.w(i + 2) == "of" { i + 3 } else { i + 2 };
                return Some((j, Amount::N(2)));
            }
            "couple"
                if self.w(i + 1) == "of" && matches!(self.prev_w(i), "next" | "past" | "last") =>
            {
                return Some((i + 2, Amount::N(2)));
            }
            "a" | "an" => {
                return match self.w(i + 1) {
                    "hundred" => Some((i + 2, Amount::N(100))),
                    "thousand" => Some((i + 2, Amount::N(1000))),
                    "dozen" => Some((i + 2, Amount::N(12))),
                    _ => Some((i + 1, Amount::N(1))),
                };
            }
            "dozens" | "hundreds" | "thousands" if self.w(i + 1) == "of" => {
                return Some((i + 2, Amount::Vague));
            }
            _ => {}
        }
        if t.lex().vague_amount && w != "some" {
            return Some((i + 1, Amount::Vague));
        }
        self.number_words(i).map(|(j, n)| (j, Amount::N(n)))
    }

    /// Number words at `i`: "three", "twenty-four", "twenty four", "two hundred".
    fn number_words(&self, i: usize) -> Option<(usize, u32)> {
        let mut n = self.lex(i).small_number?;
        let mut j = i + 1;
        if self.lex(i).tens.is_some() {
            let k = if self.p(j, '-') && self.adj(j) && self.adj(j + 1) {
                j + 1
            } else {
                j
            };
            if let Some(u) = self.lex(k).small_number.filter(|u| (1..10).contains(u)) {
                n += u;
                j = k + 1;
            }
        }
        match self.w(j) {
            "hundred" => Some((j + 1, n * 100)),
            "thousand" => Some((j + 1, n * 1000)),
            _ => Some((j, n)),
        }
    }

    // ---- rules ----

    /// "Feb. 4", "February 4, 2022", "4 February 2022", "the 4th of
    /// February", "February 2022", "Thursday, Feb. 3", and a month alone
    /// after a preposition ("through February").
    fn month_date(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        if self.tok(i).is_some_and(|t| t.cap) && self.lex(i).weekday.is_some() {
            let k = if self.p(i + 1, ',') { i + 2 } else { i + 1 };
            if self.month_at(k).is_some()
                || (self.day_at(k).is_some() && self.month_at(k + 1).is_some())
            {
                j = k;
            } else {
                return None;
            }
        }
        let cal = |year, month, day| Expr::Calendar {
            year,
            month: Some(month),
            day,
            shift: Shift::Implicit,
        };
        if let Some((k, m, full)) = self.month_at(j) {
            if let Some((k2, d)) = self.day_at(k) {
                // "May 5" needs a number day, not "May fourth" ambiguity.
                if let Some((k3, y)) = self.year_after(k2) {
                    return Some((k3, cal(Some(y), m, Some(d))));
                }
                return Some((k2, cal(None, m, Some(d))));
            }
            if let Some((k2, y)) = self.year_after(k) {
                return Some((k2, cal(Some(y), m, None)));
            }
            if self.w(k) == "of" {
                if let Some(y) = self.year_num(k + 1) {
                    return Some((k + 2, cal(Some(y), m, None)));
                }
            }
            if full && matches!(self.w(k), "last" | "this" | "next") && self.w(k + 1) == "year" {
                let offset = match self.w(k) {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
                return Some((
                    k + 2,
                    Expr::MonthOfYear {
                        month: m,
                        day: None,
                        offset,
                    },
                ));
            }
            // "this year through August", "last year to March": the month of
            // the year just named.
            if full
                && j == i
                && i >= 3
                && matches!(self.prev_w(i), "through" | "to" | "until" | "till" | "thru")
                && self.w(i - 2) == "year"
                && matches!(self.w(i - 3), "this" | "last")
            {
                let offset = if self.w(i - 3) == "last" { -1 } else { 0 };
                return Some((
                    k,
                    Expr::MonthOfYear {
                        month: m,
                        day: None,
                        offset,
                    },
                ));
            }
            if full && j == i && self.month_alone_ok(i, k) {
                return Some((k, cal(None, m, None)));
            }
            return None;
        }
        // "4 February 2022", "the 4th of February"
        let (j, the) = if self.w(j) == "the" {
            (j + 1, true)
        } else {
            (j, false)
        };
        let (k, d) = self.day_at(j)?;
        let k = if self.w(k) == "of" {
            k + 1
        } else if the {
            return None;
        } else {
            k
        };
        let (k2, m, _) = self.month_at(k)?;
        if let Some((k3, y)) = self.year_after(k2) {
            return Some((k3, cal(Some(y), m, Some(d))));
        }
        Some((k2, cal(None, m, Some(d))))
    }

    /// A month name alone is a date only after a preposition or modifier,
    /// and not before a capitalised word ("April Ryan").
    fn month_alone_ok(&self, i: usize, next: usize) -> bool {
        let prev = self.prev_w(i);
        let after_mid = i >= 2 && self.p(i - 1, '-') && self.lex(i - 2).point_mod.is_some();
        // "the October slaying", "a June agreement"
        let adjectival = matches!(prev, "the" | "a" | "an" | "its" | "his" | "her" | "their")
            && self
                .tok(next)
                .is_some_and(|t| t.kind == Kind::Word && !t.cap);
        if adjectival {
            return true;
        }
        // The second of two months: "between April and June", "November
        // and January", "(March to May)"; the first before "to" or "and"
        // another month: "February to April proved calm".
        let joiner =
            |k: usize| matches!(self.w(k), "and" | "or" | "to" | "through") || self.dash(k);
        let month_before = i >= 2
            && joiner(i - 1)
            && (self.month_at(i - 2).is_some()
                || (self.tok(i - 2).is_some_and(|t| t.kind == Kind::Num)
                    && i >= 3
                    && self.month_at(i - 3).is_some()));
        let month_after = joiner(next) && self.month_at(next + 1).is_some();
        if (month_before || month_after)
            && !self
                .tok(next)
                .is_some_and(|t| t.kind == Kind::Word && t.cap)
        {
            return true;
        }
        if !(self.prev_lex(i).year_context || after_mid)
            || matches!(prev, "the" | "this" | "that" | "as" | "and" | "or")
        {
            return false;
        }
        !self
            .tok(next)
            .is_some_and(|t| t.kind == Kind::Word && t.cap)
    }

    /// "2022-02-04" and "02/04/2022" (month first unless configured).
    fn numeric_date(&self, i: usize) -> Option<(usize, Expr)> {
        let num = |k: usize| {
            self.tok(k)
                .filter(|t| t.is_plain_num() && !t.decimal)
                .and_then(|t| Some((t.digits, u32::try_from(t.value?).ok()?)))
        };
        let (d0, a) = num(i)?;
        let sep = |k: usize, c: char| self.p(k, c) && self.adj(k) && self.adj(k + 1);
        let (y, m, d) = if d0 == 4 && sep(i + 1, '-') && sep(i + 3, '-') {
            let (_, m) = num(i + 2)?;
            let (_, d) = num(i + 4)?;
            (i32::try_from(a).ok()?, m, d)
        } else if d0 <= 2 && sep(i + 1, '/') && sep(i + 3, '/') {
            let (_, b) = num(i + 2)?;
            let (yd, y) = num(i + 4)?;
            let y = match yd {
                4 => i32::try_from(y).ok()?,
                2 if y >= 50 => 1900 + i32::try_from(y).ok()?,
                2 => 2000 + i32::try_from(y).ok()?,
                _ => return None,
            };
            match self.order {
                DateOrder::Mdy => (y, a, b),
                DateOrder::Dmy => (y, b, a),
            }
        } else {
            return None;
        };
        if (self.p(i + 5, '/') || self.p(i + 5, '-')) && self.adj(i + 5) {
            return None;
        }
        chrono::NaiveDate::from_ymd_opt(y, m, d)?;
        Some((
            i + 5,
            Expr::Calendar {
                year: Some(y),
                month: Some(m),
                day: Some(d),
                shift: Shift::Implicit,
            },
        ))
    }

    /// A year ("in 2014", "since 2020") or a decade ("the 1990s", "the '90s").
    fn year(&self, i: usize) -> Option<(usize, Expr)> {
        let the = self.w(i) == "the";
        let j = if the { i + 1 } else { i };
        let t = self.tok(j)?;
        // Decades.
        if t.kind == Kind::Num && t.plural && !t.grouped {
            let v = i32::try_from(t.value?).ok()?;
            // "the 490s BC", "the 330s B.C.": a decade before the common
            // era (written `BC049`).
            if (3..=4).contains(&t.digits) && v % 10 == 0 {
                if let Some((end, true)) = self.era_at(j + 1) {
                    return Some((end, Expr::Decade(-(v / 10) - 1)));
                }
            }
            if t.digits == 4 && v % 10 == 0 && (1000..=2190).contains(&v) {
                return Some((j + 1, Expr::Decade(v / 10)));
            }
        }
        if (self.p(j, '\'') || self.p(j, '’')) && self.adj(j + 1) {
            let n = self.tok(j + 1)?;
            if n.kind == Kind::Num && n.plural && n.digits == 2 {
                let v = i32::try_from(n.value?).ok()?;
                if v % 10 == 0 {
                    return Some((
                        j + 2,
                        Expr::Decade(if v >= 30 { 190 + v / 10 } else { 200 + v / 10 }),
                    ));
                }
            }
        }
        if the {
            return None;
        }
        let year = |end: usize, y: i32| {
            Some((
                end,
                Expr::Calendar {
                    year: Some(y),
                    month: None,
                    day: None,
                    shift: Shift::Implicit,
                },
            ))
        };
        // "AD 70", "450 BC", "27 B.C.", "1066 AD".
        if self.w(i) == "ad" && self.tok(i).is_some_and(|t| t.upper) {
            let y = self.era_year_num(i + 1)?;
            return year(i + 2, y);
        }
        if let Some(n) = self.era_year_num(i) {
            if let Some((end, bc)) = self.era_at(i + 1) {
                return year(end, if bc { -n } else { n });
            }
        }
        // "since '82", "the class of '05": a year by its last two digits.
        if (self.p(i, '\'') || self.p(i, '’'))
            && self.prev_lex(i).year_context
            && self.tok(i).is_some_and(|t| t.space_before)
            && self.adj(i + 1)
        {
            let n = self.tok(i + 1)?;
            if !n.is_plain_num() || n.digits != 2 {
                return None;
            }
            if self
                .tok(i + 2)
                .is_some_and(|x| !x.space_before && x.kind != Kind::Punct)
            {
                return None;
            }
            let v = i32::try_from(n.value?).ok()?;
            return year(i + 2, if v >= 30 { 1900 + v } else { 2000 + v });
        }
        // "fiscal 1998": TimeBank keeps "fiscal" inside.
        if self.w(i) == "fiscal" {
            let y = self.year_num(i + 1)?;
            return Some((
                i + 2,
                Expr::Calendar {
                    year: Some(y),
                    month: None,
                    day: None,
                    shift: Shift::Implicit,
                },
            ));
        }
        let y = self.year_num(i)?;
        if let Some(p) = i.checked_sub(1).and_then(|k| self.tok(k)) {
            if p.kind == Kind::Punct && matches!(p.ch, '$' | '€' | '£' | '#' | '¥' | '/') {
                return None;
            }
            if p.is_p('-')
                && !t.space_before
                && i >= 2
                && self.tok(i - 2).is_some_and(|q| q.kind == Kind::Num)
            {
                return None;
            }
        }
        if let Some(n) = self.tok(i + 1) {
            if !n.space_before
                && (n.kind != Kind::Punct
                    || matches!(n.ch, '%' | '-' | '/' | ':' | '.' if self.tok(i + 2).is_some_and(|x| x.kind == Kind::Num && !x.space_before)))
            {
                return None;
            }
            if n.is_p('%') || matches!(n.w(), "percent" | "per") {
                return None;
            }
        }
        // "about 1910 by Zapata", not "about 1500 soldiers".
        let approx = matches!(
            self.prev_w(i),
            "about" | "around" | "circa" | "approximately" | "roughly"
        ) && (self.tok(i + 1).is_none_or(|n| n.kind == Kind::Punct)
            || lexicon::function_word(self.w(i + 1)));
        // "the companys 1989 results": "company's" without its apostrophe.
        let lost_s = i >= 2
            && self.tok(i - 1).is_some_and(|p| {
                p.kind == Kind::Word && !p.cap && p.w().len() > 3 && p.w().ends_with('s')
            })
            && matches!(
                self.w(i - 2),
                "the" | "a" | "its" | "their" | "his" | "her" | "our"
            )
            // A modifier, not a count ("the workers 1950 jobs"): a year of
            // the last two centuries before a word that is no plural.
            && (1900..=2100).contains(&y)
            && self.tok(i + 1).is_some_and(|n| {
                n.kind == Kind::Word
                    && !n.cap
                    && !lexicon::function_word(n.w())
                    && !n.w().ends_with('s')
            });
        let context = self.prev_lex(i).year_context
            || lost_s
            || approx
            || (i > 0
                && self.p(i - 1, '-')
                && (self.prev_lex(i - 1).point_mod.is_some()
                    || matches!(self.prev_w(i - 1), "post" | "pre")));
        let ends = self
            .tok(i + 1)
            .is_none_or(|n| n.kind == Kind::Punct || n.newline_before);
        // "2007 also saw a sharp increase": a year as the subject of a
        // sentence.
        // (A number is never capitalised: the sentence starts after a
        // full stop that ends a word, not an abbreviation.)
        let after_stop = i == 0
            || self.tok(i).is_some_and(|t| t.newline_before)
            || (i >= 2
                && (self.p(i - 1, '.') || self.p(i - 1, '!') || self.p(i - 1, '?'))
                && self.w(i - 2).len() > 1
                && !self.lex(i - 2).abbreviation);
        let subject = after_stop
            && self.tok(i + 1).is_some_and(|n| {
                n.kind == Kind::Word
                    && !n.cap
                    && (n.lex().past_cue
                        || lexicon::past_ed(n.w())
                        || matches!(
                            n.w(),
                            "also"
                                | "saw"
                                | "brought"
                                | "marked"
                                | "began"
                                | "ended"
                                | "is"
                                | "will"
                                | "would"
                                | "has"
                        ))
            });
        (context || subject || (ends && y >= 1800)).then_some((
            i + 1,
            Expr::Calendar {
                year: Some(y),
                month: None,
                day: None,
                shift: Shift::Implicit,
            },
        ))
    }

    /// "Thursday", "last Friday", "next Monday", "Wednesday night".
    fn weekday(&self, i: usize) -> Option<(usize, Expr)> {
        let (j, shift) = match self.shift_at(i) {
            Some((j, s)) => (j, s),
            _ => (i, Shift::Implicit),
        };
        let t = self.tok(j)?;
        // "Fridays ruling": "Friday's" without its apostrophe.
        let day = t.lex().weekday.or_else(|| {
            t.lex()
                .weekday_plural
                .filter(|_| t.cap && self.lost_apostrophe(j, false))
        })?;
        // Abbreviations only capitalised.
        if t.w().len() < 6 && !t.cap {
            return None;
        }
        let mut k = j + 1;
        if t.w().len() < 6 && self.p(k, '.') && self.adj(k) {
            k += 1;
        }
        let expr = Expr::Weekday { day, shift };
        if let Some(part) = self.lex(k).part_of_day {
            return Some((k + 1, Expr::WithTime(Box::new(expr), TimeOfDay::Part(part))));
        }
        Some((k, expr))
    }

    /// "the day before Tuesday's hearing", "the day after May 2", "the week
    /// of March 6": a day counted from a day named after it, or its week.
    fn around(&self, i: usize) -> Option<(usize, Expr)> {
        if self.w(i) != "the" {
            return None;
        }
        let (days, week) = match (self.w(i + 1), self.w(i + 2)) {
            ("day", "before") => (-1, false),
            ("day", "after") => (1, false),
            ("week", "of") => (0, true),
            _ => return None,
        };
        let j = i + 3;
        // Only a day: a month-day, a weekday, a relative day or a holiday.
        let (end, base) = [
            Parser::month_date,
            Parser::weekday,
            Parser::relative_day,
            Parser::holiday,
        ]
        .iter()
        .find_map(|rule| rule(self, j))?;
        let day = matches!(
            &base,
            Expr::Calendar { day: Some(_), .. } | Expr::Weekday { .. } | Expr::DayOffset(_)
        );
        day.then(|| {
            (
                end,
                Expr::Around {
                    base: Box::new(base),
                    days,
                    week,
                },
            )
        })
    }

    /// "(today) is the eighth day of the strike", "it's the second day of
    /// the offensive": a day of an event counted in the present tense is
    /// the day of writing.
    fn nth_day(&self, i: usize) -> Option<(usize, Expr)> {
        if self.w(i) != "the" || self.w(i + 2) != "day" || self.w(i + 3) != "of" {
            return None;
        }
        let nth = self
            .tok(i + 1)
            .is_some_and(|t| t.lex().ordinal.is_some() || (t.kind == Kind::Num && t.ordinal));
        // "is the", "it's the" (and "Its the" when the apostrophe is lost).
        let now = match self.prev_w(i) {
            "is" => true,
            "s" => i >= 2 && (self.p(i - 2, '\'') || self.p(i - 2, '’')),
            "its" => self.cap(i - 1) && self.sentence_start(i - 1),
            _ => false,
        };
        (nth && now).then_some((i + 3, Expr::DayOffset(0)))
    }

    /// "today", "yesterday", "tomorrow", "tonight", "last night", "this
    /// morning", with an optional part of the day.
    fn relative_day(&self, i: usize) -> Option<(usize, Expr)> {
        let w = self.w(i);
        // "USA Today", "VOA Today": a capital "Today" right after an acronym
        // inside a sentence is the name of a paper or a programme.
        if w == "today"
            && self.cap(i)
            && !self.tok(i).is_some_and(|t| t.upper)
            && !self.sentence_start(i)
            && i.checked_sub(1)
                .and_then(|k| self.tok(k))
                .is_some_and(|p| p.kind == Kind::Word && p.upper && p.w().len() >= 2)
        {
            return None;
        }
        let base = match w {
            "today" => 0,
            "yesterday" => -1,
            "tomorrow" => 1,
            // "todays editions": "today's" without its apostrophe.
            "todays" if self.lost_apostrophe(i, false) => return Some((i + 1, Expr::DayOffset(0))),
            "yesterdays" if self.lost_apostrophe(i, false) => {
                return Some((i + 1, Expr::DayOffset(-1)));
            }
            "tomorrows" if self.lost_apostrophe(i, false) => {
                return Some((i + 1, Expr::DayOffset(1)));
            }
            "tonight" => {
                return Some((
                    i + 1,
                    Expr::WithTime(Box::new(Expr::DayOffset(0)), TimeOfDay::Part("NI")),
                ));
            }
            "last" if self.w(i + 1) == "night" => {
                return Some((
                    i + 2,
                    Expr::WithTime(Box::new(Expr::DayOffset(-1)), TimeOfDay::Part("NI")),
                ));
            }
            "this" => {
                let part = self.lex(i + 1).part_of_day.filter(|p| *p != "NI")?;
                return Some((
                    i + 2,
                    Expr::WithTime(Box::new(Expr::DayOffset(0)), TimeOfDay::Part(part)),
                ));
            }
            _ => return None,
        };
        if let Some(part) = self.lex(i + 1).part_of_day {
            return Some((
                i + 2,
                Expr::WithTime(Box::new(Expr::DayOffset(base)), TimeOfDay::Part(part)),
            ));
        }
        // "Today Ukraine is ...": sentence-initial "today" with no comma
        // speaks of the present era rather than the publication day.
        if w == "today"
            && self.cap(i)
            && self.sentence_start(i)
            && self.tok(i + 1).is_some_and(|n| n.kind == Kind::Word)
        {
            return Some((i + 1, Expr::Ref("PRESENT_REF")));
        }
        Some((i + 1, Expr::DayOffset(base)))
    }

    /// Times counted from the date the story last spoke of: "the previous
    /// Friday", "the following month", "the prior year", "the next day",
    /// "the next morning", "that year", "that same day", "(earlier) that
    /// day". A bare "next week" or "Friday" stays deictic (the publication
    /// date anchors it), and so does "that day" without "same" or
    /// "earlier"/"later", which news mostly uses for events, not dates.
    fn anaphor(&self, i: usize) -> Option<(usize, Expr)> {
        let one = |j: usize, offset: i64| {
            let w = self.w(j);
            let lex = self.lex(j);
            if let Some(code) = lex.season {
                return Some((j + 1, Expr::SeasonOf { code, offset }));
            }
            if let Some(wd) = lex.weekday.filter(|_| self.cap(j) && w.len() >= 6) {
                return Some((
                    j + 1,
                    Expr::Anaphor {
                        unit: Unit::Day,
                        offset,
                        weekday: Some(wd),
                    },
                ));
            }
            match lex.unit {
                Some((
                    unit @ (Unit::Day | Unit::Week | Unit::Month | Unit::Quarter | Unit::Year),
                    false,
                )) => Some((
                    j + 1,
                    Expr::Anaphor {
                        unit,
                        offset,
                        weekday: None,
                    },
                )),
                _ => None,
            }
        };
        match (self.w(i), self.w(i + 1)) {
            ("the", "previous" | "prior" | "preceding") => one(i + 2, -1),
            ("the", "following") => one(i + 2, 1),
            ("the", "next") => {
                let day = Expr::Anaphor {
                    unit: Unit::Day,
                    offset: 1,
                    weekday: None,
                };
                match self.w(i + 2) {
                    "day" => Some((i + 3, day)),
                    // "the next year": the one after the date spoken of.
                    "week" | "month" | "year" => one(i + 2, 1),
                    _ => self
                        .lex(i + 2)
                        .part_of_day
                        .map(|p| (i + 3, Expr::WithTime(Box::new(day), TimeOfDay::Part(p)))),
                }
            }
            ("that", "same") => one(i + 2, 0),
            // "the same day", "the same month": the one just spoken of;
            // "the same period last year": it a year before.
            ("the", "same") => {
                if let Some(end) = self.year_before(i + 3) {
                    if self.lex(i + 2).unit.is_some_and(|(_, plural)| !plural)
                        || self.w(i + 2) == "period"
                    {
                        return Some((end, Expr::SamePeriod { years: -1 }));
                    }
                }
                match self.w(i + 2) {
                    "day" | "week" | "month" | "year" => one(i + 2, 0),
                    _ => None,
                }
            }
            // "later in the day", "earlier in the day": the day spoken of.
            ("the", "day")
                if self.prev_w(i) == "in"
                    && matches!(self.w(i.wrapping_sub(2)), "later" | "earlier") =>
            {
                one(i + 1, 0)
            }
            // "by that time": the time the story spoke of last.
            ("that", "time") if then_word(self.prev_w(i)) => Some((i + 2, Expr::Then)),
            // "the year before", "the day after": counted from the date the
            // story spoke of last, when nothing follows ("the day before the
            // vote" is anchored on an event).
            ("the", _)
                if matches!(self.w(i + 2), "before" | "after") && self.sentence_end(i + 3) =>
            {
                let offset = if self.w(i + 2) == "before" { -1 } else { 1 };
                match self.lex(i + 1).unit {
                    Some((Unit::Day | Unit::Week | Unit::Month | Unit::Year, false)) => {
                        one(i + 1, offset).map(|(_, e)| (i + 3, e))
                    }
                    _ => None,
                }
            }
            ("that", "year" | "month" | "quarter") => one(i + 1, 0),
            ("that", _) if self.lex(i + 1).season.is_some() => one(i + 1, 0),
            ("that", "day" | "week") if matches!(self.prev_w(i), "earlier" | "later") => {
                one(i + 1, 0)
            }
            _ => None,
        }
    }

    /// "last year", "a year earlier", "a year ago", "the previous year",
    /// "the prior year" at `i`: one past it.
    fn year_before(&self, i: usize) -> Option<usize> {
        match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("last", "year", _) => Some(i + 2),
            ("a", "year", "earlier" | "ago" | "before") => Some(i + 3),
            ("the", "previous" | "prior" | "preceding", "year") => Some(i + 3),
            _ => None,
        }
    }

    /// "year-end", "year end", "year's end" (optionally after "the"): the
    /// end of the current year (`mod` END), or of the last one after
    /// "since".
    fn year_end(&self, i: usize) -> Option<(usize, Expr)> {
        let j = if self.w(i) == "the" { i + 1 } else { i };
        // "by years end": "year's end" without its apostrophe.
        let lost = self.w(j) == "years" && self.w(j + 1) == "end" && !self.bare_count_before(j);
        if self.w(j) != "year" && !lost {
            return None;
        }
        let end = if self.w(j + 1) == "end" {
            j + 2
        } else if self.p(j + 1, '-') && self.adj(j + 1) && self.w(j + 2) == "end" {
            j + 3
        } else if (self.p(j + 1, '\'') || self.p(j + 1, '’'))
            && self.w(j + 2) == "s"
            && self.w(j + 3) == "end"
        {
            j + 4
        } else {
            return None;
        };
        let offset = if self.prev_w(i) == "since" { -1 } else { 0 };
        Some((
            end,
            Expr::Relative {
                unit: Unit::Year,
                offset,
            },
        ))
    }

    /// "this week", "next month", "last year", "the coming year", "last
    /// November", "this summer", "next weekend".
    fn relative_unit(&self, i: usize) -> Option<(usize, Expr)> {
        let (j, shift) = self.shift_at(i)?;
        let offset = match shift {
            Shift::This | Shift::Implicit => 0,
            Shift::Next => 1,
            Shift::Last | Shift::Recent => -1,
        };
        // "this fiscal year", "last fiscal quarter".
        let j = if self.w(j) == "fiscal" && matches!(self.w(j + 1), "year" | "quarter") {
            j + 1
        } else {
            j
        };
        let w = self.w(j);
        let lex = self.lex(j);
        if let Some((u, false)) = lex.unit {
            if matches!(u, Unit::Second | Unit::Minute | Unit::Hour | Unit::Day) {
                return None;
            }
            return Some((j + 1, Expr::Relative { unit: u, offset }));
        }
        // "last years results": "last year's" without its apostrophe.
        if let Some((u, true)) = lex.unit {
            if j == i + 1
                && matches!(self.w(i), "last" | "this" | "next")
                && matches!(u, Unit::Week | Unit::Month | Unit::Year | Unit::Quarter)
                && self.lost_apostrophe(j, true)
            {
                return Some((j + 1, Expr::Relative { unit: u, offset }));
            }
        }
        if w == "weekend" {
            return Some((j + 1, Expr::Weekend(shift)));
        }
        if let Some(code) = lex.season {
            return Some((
                j + 1,
                Expr::Season {
                    code,
                    year: None,
                    shift,
                },
            ));
        }
        if let Some((k, m, true)) = self.month_at(j) {
            return Some((
                k,
                Expr::Calendar {
                    year: None,
                    month: Some(m),
                    day: None,
                    shift,
                },
            ));
        }
        None
    }

    /// Durations ("three years", "about 90 minutes", "a few more days", "the
    /// past two months", "25-year-old") and distances from now ("two weeks
    /// ago").
    fn amount_unit(&self, i: usize) -> Option<(usize, Expr)> {
        if let Some((u, plural)) = self.lex(i).unit {
            let vague = |end| {
                Some((
                    end,
                    Expr::Duration {
                        amount: Amount::Vague,
                        unit: u,
                    },
                ))
            };
            // "a month-long strike", "decades-long": one unit, or a vague
            // number of them, as an adjective of length.
            // "a years-old slump", "decades-old rules": an age of some
            // years, as a vague length.
            if plural
                && self.p(i + 1, '-')
                && self.adj(i + 1)
                && self.w(i + 2) == "old"
                && self.adj(i + 2)
                && !self.bare_count_before(i)
            {
                return vague(i + 3);
            }
            if self.p(i + 1, '-') && self.adj(i + 1) && self.w(i + 2) == "long" && self.adj(i + 2) {
                if plural {
                    return vague(i + 3);
                }
                let one = Expr::Duration {
                    amount: Amount::N(1),
                    unit: u,
                };
                return Some((i + 3, one));
            }
            // "for years", "could take weeks", "minutes before".
            if plural && self.bare_plural(i) {
                return vague(i + 1);
            }
        }
        if matches!(self.w(i), "recent" | "coming") {
            if let Some((u, true)) = self.lex(i + 1).unit {
                // "in recent years": a stretch of the past (TimeML's PXY).
                if self.w(i) == "recent" {
                    return Some((
                        i + 2,
                        Expr::Duration {
                            amount: Amount::Vague,
                            unit: u,
                        },
                    ));
                }
                return Some((i + 2, Expr::Ref("FUTURE_REF")));
            }
        }
        // "will one day be", "hopes to one day lead": some time in the
        // future, not a length.
        if self.w(i) == "one"
            && self.w(i + 1) == "day"
            && matches!(
                self.prev_w(i),
                "will"
                    | "would"
                    | "could"
                    | "may"
                    | "might"
                    | "can"
                    | "should"
                    | "must"
                    | "shall"
                    | "ll"
                    | "to"
            )
            && self.tok(i + 2).is_some_and(|t| t.kind == Kind::Word)
        {
            return Some((i + 2, Expr::Ref("FUTURE_REF")));
        }
        // "over the years", "in the years since", "in the weeks ahead", "the
        // days to come": a stretch of time told from now or from an event.
        if self.w(i) == "the" {
            if let Some((u, true)) = self.lex(i + 1).unit {
                let over = self.prev_w(i) == "over"
                    && matches!(u, Unit::Year | Unit::Decade | Unit::Century)
                    && !matches!(self.w(i + 2), "of" | "between" | "from")
                    && !self.tok(i + 2).is_some_and(|t| t.kind == Kind::Num);
                let end = match (self.w(i + 2), self.w(i + 3)) {
                    ("ahead", _) | ("to", "come") if !self.cap(i + 1) => {
                        Some(if self.w(i + 2) == "ahead" {
                            i + 3
                        } else {
                            i + 4
                        })
                    }
                    ("since", _) | ("that", "followed" | "follow" | "passed") => Some(i + 2),
                    _ if over => Some(i + 2),
                    _ => None,
                };
                if let Some(end) = end {
                    return Some((
                        end,
                        Expr::Duration {
                            amount: Amount::Vague,
                            unit: u,
                        },
                    ));
                }
            }
        }
        let mut j = i;
        let the = self.w(j) == "the";
        if the {
            j += 1;
        }
        let dir = matches!(
            self.w(j),
            "past"
                | "last"
                | "next"
                | "first"
                | "coming"
                | "previous"
                | "following"
                | "final"
                | "latest"
        );
        // "could last two weeks": the verb, not "the last two weeks".
        if dir && !(self.w(j) == "last" && !the && self.last_is_verb(j)) {
            j += 1;
        }
        let dir = j > i + usize::from(the);
        let (mut k, mut amount) = self.amount_at(j)?;
        // "the 1988 quarter" is a year, not 1988 quarters.
        if self.year_num(j).is_some() {
            return None;
        }
        // "2 1/2 years", "2½ years".
        if let (Amount::N(n), Some(k2)) = (amount, self.half_at(k)) {
            amount = Amount::Half(n);
            k = k2;
        }
        // Adjectival: "25-year-old", "two-year", "90-minute".
        if self.p(k, '-') && self.adj(k) && self.adj(k + 1) {
            let (unit, plural) = self.lex(k + 1).unit?;
            // "two-year", "several-year"; not "a few-year".
            let amount_ok = match amount {
                Amount::N(_) => true,
                Amount::Vague => !plural && self.lex(j).vague_amount,
                Amount::Half(_) => false,
            };
            if !amount_ok || matches!(self.w(j), "a" | "an") || the || dir {
                return None;
            }
            let mut end = k + 2;
            if self.p(end, '-')
                && self.adj(end)
                && matches!(self.w(end + 1), "old" | "long")
                && self.adj(end + 1)
            {
                end += 2;
            } else if plural {
                return None;
            }
            return Some((end, Expr::Duration { amount, unit }));
        }
        let k = if matches!(
            self.w(k),
            "more"
                | "additional"
                | "straight"
                | "consecutive"
                | "full"
                | "extra"
                | "trading"
                | "business"
                | "working"
        ) {
            k + 1
        } else {
            k
        };
        let (unit, plural) = self.lex(k).unit?;
        // "a quarter of the branches", "three quarters of its staff", "fell
        // by a quarter": fractions, not quarters of a year ("three quarters
        // of losses" are).
        let fraction = matches!(
            self.w(k + 2),
            "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "all"
                | "those"
                | "these"
                | "them"
        );
        if unit == Unit::Quarter
            && ((self.w(k + 1) == "of" && fraction)
                || (matches!(self.w(j), "a" | "an")
                    && matches!(
                        self.prev_w(j),
                        "by" | "about" | "around" | "roughly" | "nearly" | "almost" | "than"
                    )))
        {
            return None;
        }
        // "one day", "two days" (and "two day" in compounds); "a few days".
        if (amount == Amount::N(1) && plural) || (amount == Amount::Vague && !plural) {
            return None;
        }
        let mut end = k + 1;
        // "a year and a half", "two hours and a half".
        if let Amount::N(n) = amount {
            if self.w(end) == "and" && self.w(end + 1) == "a" && self.w(end + 2) == "half" {
                amount = Amount::Half(n);
                end += 3;
            }
        }
        // "a week or so", "a year or two": an approximate amount.
        let or_so = self.w(end) == "or" && matches!(self.w(end + 1), "so" | "two" | "more");
        if or_so && matches!(amount, Amount::N(_)) {
            end += 2;
        }
        let end = end;
        if !the && !dir {
            match self.w(end) {
                // "a year earlier of $3 million", "A year earlier the firm
                // lost": "earlier" takes no object, so it ends the
                // expression wherever it stands ("two days before the vote"
                // is a length and a signal); "earlier than planned" is a
                // comparison.
                "ago" | "earlier" | "before" | "previously"
                    if self.w(end) == "ago"
                        || (self.w(end) == "earlier" && self.w(end + 1) != "than")
                        || self.sentence_end(end + 1) =>
                {
                    return Some((
                        end + 1,
                        Expr::Ago {
                            amount,
                            unit,
                            sign: -1,
                            deictic: self.w(end) == "ago",
                        },
                    ));
                }
                "from" if self.w(end + 1) == "now" => {
                    return Some((
                        end + 2,
                        Expr::Ago {
                            amount,
                            unit,
                            sign: 1,
                            deictic: true,
                        },
                    ));
                }
                "old" => return Some((end + 1, Expr::Duration { amount, unit })),
                _ => {}
            }
        }
        // A bare "a year" / "a week" is too often a rate ("$5 a year").
        if !the
            && !dir
            && amount == Amount::N(1)
            && matches!(self.w(j), "a" | "an")
            && !matches!(
                self.prev_w(j),
                "for"
                    | "in"
                    | "within"
                    | "over"
                    | "after"
                    | "before"
                    | "than"
                    | "least"
                    | "about"
                    | "around"
                    | "nearly"
                    | "almost"
                    | "roughly"
                    | "only"
                    | "just"
                    | "barely"
                    | "of"
                    | "spent"
                    | "took"
                    | "lasted"
                    | "last"
                    | "past"
                    | "next"
                    | "first"
                    | "once"
            )
        {
            return None;
        }
        if !the
            && !dir
            && self.tok(j).is_some_and(|t| t.kind == Kind::Num)
            && i > 0
            && self.p(i - 1, '$')
        {
            return None;
        }
        // "(will come) in three days": a point ahead when the clause speaks
        // of the future, else a length ("in three days the army advanced").
        if !the && !dir && self.prev_w(i) == "in" && matches!(amount, Amount::N(_)) {
            return Some((end, Expr::Within { amount, unit }));
        }
        Some((end, Expr::Duration { amount, unit }))
    }

    /// Whether the plural unit at `i` stands alone for a vague length of
    /// time: after "for", "in", "within" or a verb of duration ("could take
    /// weeks", "lasted months"), or before "before", "after", "later",
    /// "earlier" ("left minutes before") when no determiner or number
    /// makes it part of a longer phrase ("the days before", "those years
    /// after").
    fn bare_plural(&self, i: usize) -> bool {
        let prev = self.prev_w(i);
        if prev == "last" && !i.checked_sub(1).is_some_and(|k| self.last_is_verb(k)) {
            return false;
        }
        if matches!(
            prev,
            "for"
                | "in"
                | "within"
                | "take"
                | "takes"
                | "took"
                | "taking"
                | "taken"
                | "last"
                | "lasts"
                | "lasted"
                | "lasting"
                | "spend"
                | "spends"
                | "spent"
                | "spending"
                | "wait"
                | "waits"
                | "waited"
                | "waiting"
        ) {
            return true;
        }
        if !matches!(
            self.w(i + 1),
            "before" | "after" | "later" | "earlier" | "afterwards" | "afterward"
        ) {
            return false;
        }
        let modified = i.checked_sub(1).and_then(|k| self.tok(k)).is_some_and(|p| {
            p.kind == Kind::Num
                || p.lex().small_number.is_some()
                || p.lex().vague_amount
                || p.lex().ordinal.is_some()
                || p.lex().point_mod.is_some()
                || matches!(
                    p.w(),
                    "the"
                        | "these"
                        | "those"
                        | "their"
                        | "his"
                        | "her"
                        | "its"
                        | "our"
                        | "my"
                        | "your"
                        | "recent"
                        | "coming"
                        | "past"
                        | "next"
                        | "last"
                        | "previous"
                        | "following"
                        | "all"
                        | "both"
                        | "of"
                        | "dozen"
                        | "hundred"
                        | "thousand"
                        | "more"
                )
        });
        !modified && !self.cap(i)
    }

    /// Whether "last" at `j` is the verb ("could last two weeks", "to last
    /// months"): after a modal, "to", "not" or an adverb of frequency.
    fn last_is_verb(&self, j: usize) -> bool {
        matches!(
            self.prev_w(j),
            "could"
                | "would"
                | "will"
                | "can"
                | "may"
                | "might"
                | "should"
                | "must"
                | "shall"
                | "ll"
                | "to"
                | "not"
                | "t"
                | "did"
                | "does"
                | "do"
                | "also"
                | "still"
                | "usually"
                | "typically"
                | "often"
                | "rarely"
                | "only"
        )
    }

    /// A half after a whole number at `i`: "1/2" (just that fraction) or
    /// "½": one past it.
    fn half_at(&self, i: usize) -> Option<usize> {
        if self.p(i, '½') {
            return Some(i + 1);
        }
        let one = self.tok(i)?;
        let two = self.tok(i + 2)?;
        (one.kind == Kind::Num
            && one.value == Some(1)
            && one.digits == 1
            && self.p(i + 1, '/')
            && self.adj(i + 1)
            && self.adj(i + 2)
            && two.kind == Kind::Num
            && two.value == Some(2)
            && two.digits == 1)
            .then_some(i + 3)
    }

    /// Whether an expression ending before `end` is the first half of a
    /// compound adjective of two units ("the quarter-to-quarter
    /// comparison", "day-to-day", "year-over-year"), which names no time.
    fn unit_compound(&self, end: usize) -> bool {
        self.p(end, '-')
            && self.adj(end)
            && matches!(self.w(end + 1), "to" | "over" | "on" | "by")
            && self.adj(end + 1)
            && self.p(end + 2, '-')
            && self.adj(end + 2)
            && self.adj(end + 3)
            && self.lex(end + 3).unit.is_some()
    }

    /// Whether a number or a number word comes right before token `i`
    /// ("two years-old" is a count, not "years-old").
    fn bare_count_before(&self, i: usize) -> bool {
        i.checked_sub(1).and_then(|k| self.tok(k)).is_some_and(|p| {
            p.kind == Kind::Num || p.lex().small_number.is_some() || p.lex().vague_amount
        })
    }

    /// "The latest quarters results": "quarter's" without its apostrophe.
    fn quarters_lost(&self, j: usize) -> bool {
        self.w(j) == "quarters" && self.lost_apostrophe(j, false)
    }

    /// Whether the plural-looking time word at `i` ("Fridays", "years",
    /// "todays") is a possessive that lost its apostrophe, as in text
    /// stripped of quotation marks ("Fridays ruling", "last years results",
    /// "todays editions"): a noun (or an amount, "last years $1.5 billion")
    /// follows it (or, with `name_ok`, a name: "last years Madrid
    /// summit"), and no count or quantifier comes before it ("most
    /// Fridays", "two years").
    fn lost_apostrophe(&self, i: usize, name_ok: bool) -> bool {
        let Some(t) = self.tok(i) else { return false };
        if t.kind != Kind::Word
            || !t.w().ends_with('s')
            || self.p(i + 1, '\'')
            || self.p(i + 1, '’')
        {
            return false;
        }
        let counted = i.checked_sub(1).and_then(|k| self.tok(k)).is_some_and(|p| {
            p.kind == Kind::Num
                || p.lex().small_number.is_some()
                || p.lex().vague_amount
                || matches!(
                    p.w(),
                    "every" | "most" | "all" | "both" | "other" | "alternate" | "many" | "the"
                )
        });
        let Some(n) = self.tok(i + 1) else {
            return false;
        };
        if counted || n.newline_before {
            return false;
        }
        let noun = n.kind == Kind::Word
            && (!n.cap || name_ok)
            && !lexicon::function_word(n.w())
            && !matches!(
                n.w(),
                "he" | "she"
                    | "they"
                    | "we"
                    | "i"
                    | "you"
                    | "it"
                    | "there"
                    | "only"
                    | "off"
                    | "too"
                    | "also"
                    | "from"
                    | "through"
                    | "since"
                    | "ago"
                    | "later"
                    | "earlier"
                    | "before"
                    | "after"
            );
        noun || (n.kind == Kind::Num && n.space_before) || n.is_p('$')
    }

    fn sentence_end(&self, i: usize) -> bool {
        self.tok(i)
            .is_none_or(|t| t.kind == Kind::Punct || t.newline_before)
    }

    /// "the third quarter", "third-quarter", "the fourth quarter of 2021",
    /// "this year's first quarter", "the year-ago quarter", "the quarter",
    /// "the latest period", "the 1988 period".
    fn quarter(&self, i: usize) -> Option<(usize, Expr)> {
        // "Q3", "Q3 2021".
        if self.w(i) == "q" && self.tok(i).is_some_and(|t| t.upper) {
            let n = self.tok(i + 1)?;
            if !self.adj(i + 1) || !n.is_plain_num() || n.digits != 1 {
                return None;
            }
            let q = u32::try_from(n.value?)
                .ok()
                .filter(|q| (1..=4).contains(q))?;
            // Not a model name or a code: "Q3-style", "Q35".
            if self
                .tok(i + 2)
                .is_some_and(|t| !t.space_before && t.kind != Kind::Punct)
            {
                return None;
            }
            let (end, year) = match self.year_num(i + 2) {
                Some(y) => (i + 3, Some(y)),
                None => (i + 2, None),
            };
            return Some((
                end,
                Expr::Quarter {
                    q: Some(q),
                    year,
                    year_offset: 0,
                },
            ));
        }
        let mut j = i;
        let the = self.w(j) == "the";
        if the {
            j += 1;
        }
        let mut year = None;
        let mut year_offset = 0;
        if let Some(y) = self.year_num(j) {
            year = Some(y);
            j += 1;
        } else if let Some((k, off)) = self.year_ago_at(j) {
            year_offset = off;
            j = k;
        } else if !the {
            // "this year's third quarter" (apostrophe possibly lost)
            let off = match self.w(j) {
                "this" => Some(0),
                "last" => Some(-1),
                "next" => Some(1),
                _ => None,
            };
            if let Some(off) = off {
                let k = match self.w(j + 1) {
                    "year"
                        if (self.p(j + 2, '\'') || self.p(j + 2, '’')) && self.w(j + 3) == "s" =>
                    {
                        j + 4
                    }
                    "years" => j + 2,
                    _ => return None,
                };
                year_offset = off;
                j = k;
            }
        }
        let had_prefix = j > i;
        while matches!(
            self.w(j),
            "fiscal" | "latest" | "recent" | "comparable" | "corresponding" | "same"
        ) {
            j += 1;
        }
        if self.w(j) == "most" && self.w(j + 1) == "recent" {
            j += 2;
        }
        // "the final quarter", "the last quarter of 2023": the fourth.
        let last_of = self.w(j) == "last" && self.w(j + 2) == "of";
        let q = match self.tok(j) {
            Some(t) if t.kind == Kind::Num && t.ordinal => Some(u32::try_from(t.value?).ok()?),
            Some(t) if t.kind == Kind::Word && (t.w() == "final" || last_of) => Some(4),
            Some(t) if t.kind == Kind::Word => t.lex().ordinal,
            _ => None,
        };
        if let Some(q) = q {
            if !(1..=4).contains(&q) {
                return None;
            }
            j += 1;
            let hyphen = self.p(j, '-') && self.adj(j);
            if hyphen {
                j += 1;
            }
            if self.w(j) != "quarter" && !self.quarters_lost(j) {
                return None;
            }
            // "the third-quarter loss": "the" goes with the noun the
            // adjective modifies, and stays outside ("third-quarter").
            if hyphen && the && year.is_none() && year_offset == 0 {
                return None;
            }
        } else {
            // Without an ordinal: "the quarter", "the latest period".
            if !(the || had_prefix)
                || !(matches!(self.w(j), "quarter" | "period") || self.quarters_lost(j))
            {
                return None;
            }
            if self.w(j) == "period" && j <= i + 1 {
                return None;
            }
        }
        j += 1;
        if year.is_none() && self.w(j) == "of" {
            if let Some(y) = self.year_num(j + 1) {
                return Some((
                    j + 2,
                    Expr::Quarter {
                        q,
                        year: Some(y),
                        year_offset,
                    },
                ));
            }
            // "the first quarter of last year", "of this year", "of next year".
            let offset = match (self.w(j + 1), self.w(j + 2)) {
                ("last", "year") => Some(-1),
                ("this" | "the", "year") => Some(0),
                ("next", "year") => Some(1),
                _ => None,
            };
            if let (Some(off), Some(_)) = (offset, q) {
                return Some((
                    j + 3,
                    Expr::Quarter {
                        q,
                        year: None,
                        year_offset: year_offset + off,
                    },
                ));
            }
        }
        if year.is_none()
            && year_offset == 0
            && matches!(self.w(j), "a" | "last")
            && self.w(j + 1) == "year"
        {
            let end = if self.w(j) == "a" && self.w(j + 2) == "ago" {
                j + 3
            } else {
                j + 2
            };
            return Some((
                end,
                Expr::Quarter {
                    q,
                    year,
                    year_offset: -1,
                },
            ));
        }
        Some((
            j,
            Expr::Quarter {
                q,
                year,
                year_offset,
            },
        ))
    }

    /// "the year", "the full year", "the fiscal year" (the current one), or a
    /// length of time in "the year ended June 30".
    fn the_year(&self, i: usize) -> Option<(usize, Expr)> {
        if self.w(i) != "the" {
            return None;
        }
        let mut j = i + 1;
        while matches!(
            self.w(j),
            "full" | "fiscal" | "calendar" | "whole" | "entire" | "current"
        ) {
            j += 1;
        }
        if self.w(j) != "year" || self.p(j + 1, '-') || (self.p(j + 1, '\'') || self.p(j + 1, '’'))
        {
            return None;
        }
        if matches!(self.w(j + 1), "ended" | "ending" | "through" | "to") {
            return Some((
                j + 1,
                Expr::Duration {
                    amount: Amount::N(1),
                    unit: Unit::Year,
                },
            ));
        }
        Some((
            j + 1,
            Expr::Relative {
                unit: Unit::Year,
                offset: 0,
            },
        ))
    }

    /// "year-ago" / "year-earlier" at `i`: (next index, −1).
    fn year_ago_at(&self, i: usize) -> Option<(usize, i64)> {
        (self.w(i) == "year"
            && self.p(i + 1, '-')
            && self.adj(i + 1)
            && matches!(self.w(i + 2), "ago" | "earlier"))
        .then_some((i + 3, -1))
    }

    /// "year-earlier", "year-ago" used alone as adjectives: the same
    /// period a year before (in earnings news, the quarter).
    fn year_ago(&self, i: usize) -> Option<(usize, Expr)> {
        // "the year-earlier nine months": a length, placed a year back.
        if self.w(i) == "the" {
            let (j, _) = self.year_ago_at(i + 1)?;
            let (k, amount) = self.amount_at(j)?;
            if let (Amount::N(_), Some((unit, true))) = (amount, self.lex(k).unit) {
                return Some((k + 1, Expr::Duration { amount, unit }));
            }
            return None;
        }
        let (j, off) = self.year_ago_at(i)?;
        Some((
            j,
            Expr::Quarter {
                q: None,
                year: None,
                year_offset: off,
            },
        ))
    }

    /// "the 20th century", "the nineteenth century".
    fn century(&self, i: usize) -> Option<(usize, Expr)> {
        let j = if self.w(i) == "the" { i + 1 } else { i };
        let n = match self.tok(j) {
            Some(t) if t.kind == Kind::Num && t.ordinal => i32::try_from(t.value?).ok()?,
            Some(t) if t.kind == Kind::Word => i32::try_from(t.lex().ordinal?).ok()?,
            _ => return None,
        };
        let k = if self.p(j + 1, '-') && self.adj(j + 1) {
            j + 2
        } else {
            j + 1
        };
        if self.w(k) != "century" || !(1..=30).contains(&n) {
            return None;
        }
        // "the 4th century BC" (400–301 BC) is never the 4th century AD.
        match self.era_at(k + 1) {
            Some((end, true)) => Some((end, Expr::Century(-n))),
            Some((end, false)) => Some((end, Expr::Century(n - 1))),
            None => Some((k + 1, Expr::Century(n - 1))),
        }
    }

    /// Years in words, as in broadcast transcripts: "nineteen ninety-six",
    /// "the year two thousand"; and "the nineties".
    fn year_words(&self, i: usize) -> Option<(usize, Expr)> {
        let year = |y: i32| Expr::Calendar {
            year: Some(y),
            month: None,
            day: None,
            shift: Shift::Implicit,
        };
        if self.w(i) == "the" {
            if let Some(t) = lexicon::tens(
                self.w(i + 1)
                    .strip_suffix("ies")
                    .map(|s| format!("{s}y"))
                    .as_deref()
                    .unwrap_or(""),
            ) {
                return Some((i + 2, Expr::Decade(190 + i32::try_from(t / 10).ok()?)));
            }
            if self.w(i + 1) == "year" {
                if let Some((j, y)) = self.year_in_words(i + 2) {
                    return Some((j, year(y)));
                }
            }
            return None;
        }
        let (j, y) = self.year_in_words(i)?;
        // "two thousand people" is a count.
        if y == 2000 && !self.spoken_year_ends(j) {
            return None;
        }
        Some((j, year(y)))
    }

    /// Whether a year said in words may end before token `end`: at the end
    /// of the text or a line, before punctuation, a capital or a function
    /// word, not before a noun it would count ("two thousand people").
    fn spoken_year_ends(&self, end: usize) -> bool {
        self.tok(end).is_none_or(|t| {
            t.kind == Kind::Punct || t.newline_before || t.cap || lexicon::function_word(t.w())
        })
    }

    /// "nineteen ninety-six" → 1996, "two thousand" → 2000, "two thousand
    /// and one" → 2001.
    fn year_in_words(&self, i: usize) -> Option<(usize, i32)> {
        let hi = self.lex(i).small_number?;
        if hi == 2 && self.w(i + 1) == "thousand" {
            let j = if self.w(i + 2) == "and" { i + 3 } else { i + 2 };
            if let Some((k, n)) = self.number_words(j).filter(|(_, n)| *n < 100) {
                return Some((k, 2000 + i32::try_from(n).ok()?));
            }
            return Some((i + 2, 2000));
        }
        if !(11..=20).contains(&hi) || self.lex(i + 1).tens.is_none() {
            return None;
        }
        let (k, lo) = self.number_words(i + 1)?;
        (lo < 100).then_some((k, i32::try_from(hi * 100 + lo).ok()?))
    }

    /// Holidays: "Thanksgiving Day", "Christmas", "Election Day", "New
    /// Year's Day".
    fn holiday(&self, i: usize) -> Option<(usize, Expr)> {
        if !self.cap(i) {
            return None;
        }
        let day = |j: usize| {
            if self.w(j) == "day" && self.cap(j) {
                j + 1
            } else {
                j
            }
        };
        let nth = |month, weekday, from, n| Expr::NthWeekday {
            month,
            weekday,
            from,
            n,
        };
        let cal = |m, d| Expr::Calendar {
            year: None,
            month: Some(m),
            day: Some(d),
            shift: Shift::Implicit,
        };
        let (j, e) = match self.w(i) {
            "thanksgiving" => (day(i + 1), nth(11, 3, 1, 4)),
            "election" if self.w(i + 1) == "day" => (i + 2, nth(11, 1, 2, 1)),
            "labor" if self.w(i + 1) == "day" => (i + 2, nth(9, 0, 1, 1)),
            "christmas" if self.w(i + 1) == "eve" => (i + 2, cal(12, 24)),
            "christmas" => (day(i + 1), cal(12, 25)),
            "independence" if self.w(i + 1) == "day" => (i + 2, cal(7, 4)),
            "halloween" => (i + 1, cal(10, 31)),
            "new"
                if self.w(i + 1) == "year"
                    && (self.p(i + 2, '\'') || self.p(i + 2, '’'))
                    && self.w(i + 3) == "s" =>
            {
                match self.w(i + 4) {
                    "day" => (i + 5, cal(1, 1)),
                    "eve" => (i + 5, cal(12, 31)),
                    _ => return None,
                }
            }
            _ => return None,
        };
        // "Christmas 2007": the holiday of that year.
        if let (Some(y), Expr::Calendar { month, day, .. }) = (self.year_num(j), &e) {
            let dated = Expr::Calendar {
                year: Some(y),
                month: *month,
                day: *day,
                shift: Shift::Implicit,
            };
            return Some((j + 1, dated));
        }
        // "last Thanksgiving" is handled by the shift prefix of relative_unit.
        Some((j, e))
    }

    /// "now", "currently", "recently", "the future", "the past", "soon".
    fn refs(&self, i: usize) -> Option<(usize, Expr)> {
        let w = self.w(i);
        let prev = self.prev_w(i);
        let r = match w {
            "now" | "currently" | "presently" | "nowadays" | "current" => "PRESENT_REF",
            "right" if self.w(i + 1) == "now" => return Some((i + 2, Expr::Ref("PRESENT_REF"))),
            "these" if self.w(i + 1) == "days" => return Some((i + 2, Expr::Ref("PRESENT_REF"))),
            "recently" | "lately" | "recent" => "PAST_REF",
            "more" if self.w(i + 1) == "recently" => return Some((i + 2, Expr::Ref("PAST_REF"))),
            // "at this time": the present of the text.
            "this" if self.w(i + 1) == "time" && prev == "at" => {
                return Some((i + 2, Expr::Ref("PRESENT_REF")));
            }
            // Not "by then Senate chair X": "then" before a title is an
            // adjective ("the then president").
            "then"
                if then_word(prev)
                    && prev != "at"
                    && !self
                        .tok(i + 1)
                        .is_some_and(|t| t.kind == Kind::Word && t.cap) =>
            {
                return Some((i + 1, Expr::Then));
            }
            "the" => {
                let (j, near) = if matches!(self.w(i + 1), "near" | "distant" | "foreseeable") {
                    (i + 2, true)
                } else {
                    (i + 1, false)
                };
                return match (self.w(j), self.w(j + 1)) {
                    ("future", _) => Some((j + 1, Expr::Ref("FUTURE_REF"))),
                    ("past", _) if !near => Some((j + 1, Expr::Ref("PAST_REF"))),
                    // "for the time being"
                    ("time", "being") if !near => Some((j + 2, Expr::Ref("PRESENT_REF"))),
                    // "at the time", not "at the time of the attack".
                    ("time", next)
                        if !near
                            && prev == "at"
                            && !matches!(next, "of" | "when" | "that" | "it" | "they") =>
                    {
                        Some((j + 1, Expr::Ref("PAST_REF")))
                    }
                    // "in the near term", "in the short term".
                    ("term", _) if near => Some((j + 1, Expr::Ref("FUTURE_REF"))),
                    ("short", "term") => Some((j + 2, Expr::Ref("FUTURE_REF"))),
                    _ => None,
                };
            }
            _ => return None,
        };
        Some((i + 1, Expr::Ref(r)))
    }

    /// "daily", "every week", "each Monday", "on Sundays", "every spring",
    /// "every morning", "each season", "twice a day", "three times a
    /// week", "30 attacks a day", "per week".
    fn sets(&self, i: usize) -> Option<(usize, Expr)> {
        let w = self.w(i);
        let lex = self.lex(i);
        if let Some(v) = lex.set_word {
            // "the Daily News", "the Weekly Standard", "the Communist Party
            // daily Granma": names of papers, not recurrences.
            let name =
                (self.cap(i) && !self.sentence_start(i) && !self.tok(i).is_some_and(|t| t.upper))
                    || (matches!(
                        self.prev_w(i),
                        "the" | "a" | "s" | "its" | "their" | "his" | "her"
                    ) && self.tok(i + 1).is_none_or(|t| t.kind == Kind::Punct)
                        && !self.p(i + 1, '-'));
            if name {
                return None;
            }
            return Some((i + 1, Expr::Set(v.to_string())));
        }
        if matches!(w, "every" | "each") {
            let (j, n) = if self.w(i + 1) == "other" {
                (i + 2, 2)
            } else {
                (i + 1, 1)
            };
            let next = self.lex(j);
            if let Some((u, false)) = next.unit {
                return Some((
                    j + 1,
                    Expr::Set(crate::normalize::duration(Amount::N(n), u)),
                ));
            }
            if let Some(d) = next.weekday {
                return Some((j + 1, Expr::Set(format!("XXXX-WXX-{}", d + 1))));
            }
            if n == 1 {
                // "each July": a month every year.
                // "each July", "every March 1": a month or a day every year.
                if let Some((m, full)) = next.month {
                    let k = if !full && self.p(j + 1, '.') && self.adj(j + 1) {
                        j + 2
                    } else {
                        j + 1
                    };
                    if self.cap(j) && (full || k == j + 2) {
                        if let Some((end, d)) = self.day_at(k) {
                            return Some((end, Expr::Set(format!("XXXX-{m:02}-{d:02}"))));
                        }
                        return Some((k, Expr::Set(format!("XXXX-{m:02}"))));
                    }
                }
                if let Some(code) = next.season {
                    return Some((j + 1, Expr::Set(format!("XXXX-{code}"))));
                }
                if let Some(part) = next.part_of_day {
                    return Some((j + 1, Expr::Set(format!("XXXX-XX-XXT{part}"))));
                }
                // A season comes round once a year.
                if self.w(j) == "season" {
                    return Some((j + 1, Expr::Set("P1Y".to_string())));
                }
            }
        }
        if let Some(d) = lex.weekday_plural {
            if self.cap(i) && !self.lost_apostrophe(i, false) {
                return Some((i + 1, Expr::Set(format!("XXXX-WXX-{}", d + 1))));
            }
        }
        // "twice a day", "three times a week", "once a month".
        let times = match w {
            "once" | "twice" | "thrice" => Some(i + 1),
            _ if self.w(i + 1) == "times"
                && (self.tok(i).is_some_and(Tok::is_plain_num) || lex.small_number.is_some()) =>
            {
                Some(i + 2)
            }
            _ => None,
        };
        if let Some(j) = times {
            let (u, end) = self.per_unit(j)?;
            return Some((end, Expr::Set(crate::normalize::duration(Amount::N(1), u))));
        }
        // "per week" after a count: "200 and 300 per week".
        if w == "per" {
            let (u, end) = self.per_unit(i)?;
            return Some((end, Expr::Set(crate::normalize::duration(Amount::N(1), u))));
        }
        None
    }

    /// The period of a rate right after a bare count: "a day" in
    /// "averaging 30 a day", "960 a week" (not after money, "$5 a year").
    fn rate(&self, i: usize) -> Option<(usize, Expr)> {
        let count = i.checked_sub(1).is_some_and(|k| {
            self.tok(k)
                .is_some_and(|t| t.kind == Kind::Num && !t.decimal)
                && !k.checked_sub(1).is_some_and(|m| {
                    self.tok(m).is_some_and(|p| {
                        p.kind == Kind::Punct && matches!(p.ch, '$' | '€' | '£' | '¥')
                    })
                })
        });
        if !count {
            return None;
        }
        let (u, end) = self.per_unit(i)?;
        Some((end, Expr::Set(crate::normalize::duration(Amount::N(1), u))))
    }

    /// "a day", "an hour", "per week", "each month" at `i` (the period of a
    /// rate): the unit and one past it.
    fn per_unit(&self, i: usize) -> Option<(Unit, usize)> {
        if !matches!(self.w(i), "a" | "an" | "per" | "each" | "every") {
            return None;
        }
        let (u, plural) = self.lex(i + 1).unit?;
        if plural
            || matches!(
                self.w(i + 2),
                "ago" | "earlier" | "later" | "before" | "after" | "or"
            )
        {
            return None;
        }
        // "per second", "miles per hour" measure speed; a recurrence is at
        // least daily ("twice an hour" is counted by `sets` itself).
        if matches!(self.w(i), "per") && matches!(u, Unit::Second | Unit::Minute | Unit::Hour) {
            return None;
        }
        Some((u, i + 2))
    }

    /// A time zone abbreviation at `i`: "EST", "GMT", "UTC".
    fn zone(&self, i: usize) -> bool {
        matches!(
            self.w(i),
            "est"
                | "edt"
                | "cst"
                | "cdt"
                | "mst"
                | "mdt"
                | "pst"
                | "pdt"
                | "gmt"
                | "utc"
                | "et"
                | "bst"
                | "cet"
                | "cest"
                | "eet"
                | "ist"
                | "jst"
                | "msk"
                | "aest"
        )
    }

    /// "10:35 a.m.", "9 p.m. EST Tuesday", "noon Thursday", "at 14:30 UTC",
    /// "at 10:57", "0800 GMT", "04:30hrs"; and a length read off a clock,
    /// "finished in 2:58:41".
    fn clock(&self, i: usize) -> Option<(usize, Expr)> {
        let (mut j, h, m, s) = match self.w(i) {
            // "High Noon", "high noon": a showdown, not a time.
            "noon" if self.prev_w(i) == "high" => return None,
            "noon" | "midday" => (i + 1, 12, 0, None),
            "midnight" => (i + 1, 0, 0, None),
            _ => {
                let t = self.tok(i)?;
                if !t.is_plain_num() {
                    return None;
                }
                // "0800 GMT", "1430 hrs": four digits only with a zone or
                // "hours" after them.
                if t.digits == 4 {
                    let v = u32::try_from(t.value?).ok()?;
                    let (h, m) = (v / 100, v % 100);
                    let hours = matches!(self.w(i + 1), "hrs" | "hours");
                    if h > 23 || m > 59 || !(hours || self.zone(i + 1)) {
                        return None;
                    }
                    (if hours { i + 2 } else { i + 1 }, h, m, None)
                } else {
                    if t.digits > 2 {
                        return None;
                    }
                    let h = u32::try_from(t.value?).ok()?;
                    let two = |k: usize| {
                        self.tok(k)
                            .filter(|n| n.is_plain_num() && n.digits == 2)
                            .and_then(|n| u32::try_from(n.value?).ok())
                    };
                    let colon = |k: usize| self.p(k, ':') && self.adj(k) && self.adj(k + 1);
                    let mut j = i + 1;
                    let mut m = None;
                    let mut s = None;
                    if colon(j) {
                        m = Some(two(j + 1)?);
                        j += 2;
                        if colon(j) {
                            s = Some(two(j + 1)?);
                            j += 2;
                        }
                    }
                    // After a clock preposition a reading is a time of day;
                    // elsewhere "2:58:41" is how long something took.
                    let clock_word = matches!(
                        self.prev_w(i),
                        "at" | "by"
                            | "until"
                            | "till"
                            | "from"
                            | "before"
                            | "after"
                            | "around"
                            | "about"
                            | "since"
                            | "to"
                            | "approximately"
                    );
                    match self.meridiem(j) {
                        Some((k, pm)) => {
                            let m = m.unwrap_or(0);
                            if !(1..=12).contains(&h) || m > 59 || s.is_some_and(|s| s > 59) {
                                return None;
                            }
                            let h = match (pm, h) {
                                (true, 12) => 12,
                                (true, h) => h + 12,
                                (false, 12) => 0,
                                (false, h) => h,
                            };
                            (k, h, m, s)
                        }
                        None => {
                            let m = m?;
                            if m > 59 || s.is_some_and(|s| s > 59) {
                                return None;
                            }
                            if let (Some(seconds), false) = (s, clock_word) {
                                return Some((
                                    j,
                                    Expr::Elapsed {
                                        hours: h,
                                        minutes: m,
                                        seconds,
                                    },
                                ));
                            }
                            // A 24-hour reading: with a zone, "hrs", or after
                            // a clock preposition ("at 10:57").
                            let hours = matches!(self.w(j), "hrs" | "hours" | "h") && self.adj(j);
                            if h > 23 || !(hours || clock_word || self.zone(j)) {
                                return None;
                            }
                            (if hours { j + 1 } else { j }, h, m, s)
                        }
                    }
                }
            }
        };
        if self.zone(j) {
            j += 1;
        }
        let k = if self.p(j, ',') { j + 1 } else { j };
        let day = [Parser::weekday, Parser::relative_day, Parser::month_date]
            .iter()
            .find_map(|r| {
                r(self, k).filter(|(_, e)| !matches!(e, Expr::WithTime(..) | Expr::Ref(_)))
            });
        let (end, base) = match day {
            Some((end, e)) => (end, e),
            None => (j, Expr::DayOffset(0)),
        };
        Some((
            end,
            Expr::WithTime(Box::new(base), TimeOfDay::Clock(h, m, s)),
        ))
    }

    /// "a.m." / "p.m." / "am" / "pm" at `i`: (next index, is p.m.).
    fn meridiem(&self, i: usize) -> Option<(usize, bool)> {
        match self.w(i) {
            "am" | "pm" => return Some((i + 1, self.w(i) == "pm")),
            "a" | "p" => {}
            _ => return None,
        }
        let pm = self.w(i) == "p";
        if !(self.p(i + 1, '.') && self.adj(i + 1) && self.w(i + 2) == "m" && self.adj(i + 2)) {
            return None;
        }
        let end = if self.p(i + 3, '.') && self.adj(i + 3) {
            i + 4
        } else {
            i + 3
        };
        Some((end, pm))
    }

    /// "the summer", "summer 2021", "the winter of 2019", "the winter of
    /// nineteen ninety-four", "in spring", "by summer", "spring brought no
    /// relief".
    fn season(&self, i: usize) -> Option<(usize, Expr)> {
        let the = self.w(i) == "the";
        let mut j = if the { i + 1 } else { i };
        // "the early summer", "the late fall".
        if the && matches!(self.w(j), "early" | "late") {
            j += 1;
        }
        let code = self.lex(j).season?;
        let season = |end, year| {
            Some((
                end,
                Expr::Season {
                    code,
                    year,
                    shift: Shift::Implicit,
                },
            ))
        };
        let k = if self.w(j + 1) == "of" { j + 2 } else { j + 1 };
        // "the spring of 479 BC", "summer 1942".
        if let (Some(n), Some((end, bc))) = (self.era_year_num(k), self.era_at(k + 1)) {
            return season(end, Some(if bc { -n } else { n }));
        }
        if let Some(y) = self.year_num(k) {
            return season(k + 1, Some(y));
        }
        if self.w(j + 1) == "of" {
            if let Some((end, y)) = self.year_in_words(k) {
                return season(end, Some(y));
            }
        }
        // Not a noun modifier: "the spring water", "the fall of Rome".
        let alone = self.tok(j + 1).is_none_or(|t| {
            t.kind == Kind::Punct
                || matches!(
                    t.w(),
                    "and"
                        | "or"
                        | "but"
                        | "when"
                        | "as"
                        | "to"
                        | "with"
                        | "for"
                        | "after"
                        | "before"
                        | "because"
                        | "while"
                        | "until"
                        | "the"
                        | "a"
                        | "in"
                        | "on"
                        | "at"
                        | "is"
                        | "was"
                        | "will"
                        | "would"
                        | "that"
                        | "if"
                )
        });
        let prev = self.prev_w(i);
        let preposition = matches!(
            prev,
            "in" | "into" | "during" | "over" | "since" | "by" | "until" | "through" | "till"
        ) || (the
            && matches!(prev, "of" | "from" | "throughout" | "after" | "before"));
        if the && (preposition || prev == "this") && alone {
            return season(j + 1, None);
        }
        // Without "the": after a preposition ("in spring", "by summer"), or
        // as the subject of a clause ("spring brought no relief"). "Fall"
        // and "spring" are verbs too: as subjects they need a clause start
        // before them and a verb after.
        if the || self.tok(j).is_some_and(|t| t.upper) {
            return None;
        }
        if preposition && alone && !matches!(self.w(j + 1), "is" | "was" | "will" | "would") {
            return season(j + 1, None);
        }
        let clause_start = self.sentence_start(i)
            || matches!(
                prev,
                "and" | "but" | "when" | "as" | "until" | "before" | "after" | "once"
            )
            || i.checked_sub(1).is_some_and(|k| self.p(k, ','));
        let verb = self.tok(j + 1).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.cap
                && (t.lex().past_cue
                    || lexicon::past_ed(t.w())
                    || matches!(
                        t.w(),
                        "brought"
                            | "brings"
                            | "arrived"
                            | "arrives"
                            | "comes"
                            | "is"
                            | "has"
                            | "will"
                            | "would"
                            | "saw"
                            | "sees"
                            | "begins"
                            | "ends"
                            | "starts"
                            | "returned"
                            | "returns"
                    ))
        });
        if clause_start && verb {
            return season(j + 1, None);
        }
        None
    }

    /// "the first half of 2021", "the second half", "first-half", "the
    /// last half of this year".
    fn half_year(&self, i: usize) -> Option<(usize, Expr)> {
        let j = if self.w(i) == "the" { i + 1 } else { i };
        let h = match self.w(j) {
            "first" => 1,
            "second" | "latter" | "last" | "final" => 2,
            _ => return None,
        };
        let k = if self.p(j + 1, '-') && self.adj(j + 1) {
            j + 2
        } else {
            j + 1
        };
        if self.w(k) != "half" {
            return None;
        }
        let half = |end, year, year_offset| {
            Some((
                end,
                Expr::HalfYear {
                    h,
                    year,
                    year_offset,
                },
            ))
        };
        if self.w(k + 1) == "of" {
            if let Some(y) = self.year_num(k + 2) {
                return half(k + 3, Some(y), 0);
            }
            let (m, off) = match (self.w(k + 2), self.w(k + 3)) {
                ("this" | "the", "year") => (k + 4, 0),
                ("last", "year") => (k + 4, -1),
                ("next", "year") => (k + 4, 1),
                // "the first half of the decade", "of March": not a year half.
                _ => return None,
            };
            return half(m, None, off);
        }
        // Alone only as the adjective of earnings news, "first-half profit":
        // "the second half" is as often a game's or a film's.
        if k == j + 1 {
            return None;
        }
        half(k + 1, None, 0)
    }

    /// A part of the day used as a modifier after "in" or "during": "in
    /// morning trading", "during afternoon prayers", "in early evening
    /// deals": that part of the day the text is about.
    fn part_of_day(&self, i: usize) -> Option<(usize, Expr)> {
        let part = self.lex(i).part_of_day?;
        // "by mid-afternoon", "at mid afternoon yesterday": "mid" makes a
        // time of its own of a part of the day (of the day named after it,
        // else of the publication day).
        let hyphen = self.p(i.checked_sub(1)?, '-') && self.adj(i) && self.adj(i - 1);
        let before = if hyphen { i.checked_sub(2)? } else { i - 1 };
        // Not an adjective after an article: "the mid-afternoon sun".
        let adjective = matches!(self.prev_w(before), "the" | "a")
            && self.tok(i + 1).is_some_and(|t| {
                t.kind == Kind::Word && !lexicon::function_word(t.w()) && t.lex().weekday.is_none()
            })
            && !matches!(self.w(i + 1), "today" | "yesterday" | "tomorrow");
        if self.w(before) == "mid" && part != "NI" && !self.cap(i) && !adjective {
            let day = match self.w(i + 1) {
                "today" => Some(Expr::DayOffset(0)),
                "yesterday" => Some(Expr::DayOffset(-1)),
                "tomorrow" => Some(Expr::DayOffset(1)),
                _ => self
                    .tok(i + 1)
                    .filter(|t| t.cap && t.w().len() >= 6)
                    .and_then(|t| t.lex().weekday)
                    .map(|day| Expr::Weekday {
                        day,
                        shift: Shift::Implicit,
                    }),
            };
            let end = if day.is_some() { i + 2 } else { i + 1 };
            let day = day.unwrap_or(Expr::DayOffset(0));
            return Some((end, Expr::WithTime(Box::new(day), TimeOfDay::Part(part))));
        }
        let k = if self.prev_lex(i).point_mod.is_some() {
            i.checked_sub(1)?
        } else {
            i
        };
        if !matches!(self.prev_w(k), "in" | "during") || self.cap(i) {
            return None;
        }
        let noun = self.tok(i + 1).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.cap
                && !lexicon::function_word(t.w())
                && t.lex().unit.is_none()
        });
        noun.then(|| {
            (
                i + 1,
                Expr::WithTime(Box::new(Expr::DayOffset(0)), TimeOfDay::Part(part)),
            )
        })
    }

    /// "the weekend".
    fn weekend(&self, i: usize) -> Option<(usize, Expr)> {
        (self.w(i) == "the" && self.w(i + 1) == "weekend")
            .then_some((i + 2, Expr::Weekend(Shift::Implicit)))
    }
}

/// One end of a range found by [`Parser::range`]: its first token, one past
/// its last, and what it says.
type End = (usize, usize, Expr);

/// Two expressions written as one phrase: the ends of a range ("2018-2019",
/// `range` true) or two items of a list ("April 24 and 25").
struct Pair {
    ends: [End; 2],
    range: bool,
}

impl Parser<'_> {
    /// Both ends of a range written as one phrase, each its own expression
    /// as TimeML annotates them: "2018-2019", "1996-98", "240-238 BC",
    /// "from 214 to 212 BC", "June 14-16", "14-16 June 2024", "June-July
    /// 2024", "two to three weeks", "between 12 and 18 months".
    fn range(&self, i: usize) -> Option<Pair> {
        let t = self.tok(i)?;
        // A number goes on with a dash or a joining word ("1996-98", "14-16
        // June", "12 to 18 months"); most numbers do not.
        if t.kind == Kind::Num
            && !(self.dash(i + 1) || matches!(self.w(i + 1), "to" | "and" | "or"))
        {
            return None;
        }
        if t.kind == Kind::Word && t.lex().month.is_some() {
            if let Some(ends) = self.month_range(i) {
                return Some(Pair { ends, range: true });
            }
            return self.day_list(i).map(|ends| Pair { ends, range: false });
        }
        self.year_range(i)
            .or_else(|| self.day_range(i))
            .or_else(|| self.amount_range(i))
            .map(|ends| Pair { ends, range: true })
    }

    /// Two days of one month in a list: "April 24 and 25", "May 3 or 4".
    fn day_list(&self, i: usize) -> Option<[End; 2]> {
        let (k, m, _) = self.month_at(i)?;
        let (k2, d1) = self.day_at(k)?;
        if !matches!(self.w(k2), "and" | "or") {
            return None;
        }
        let n = self.tok(k2 + 1)?;
        if !n.is_plain_num() || n.digits > 2 {
            return None;
        }
        let d2 = u32::try_from(n.value?).ok()?;
        let after_ok = self
            .tok(k2 + 2)
            .is_none_or(|t| t.kind == Kind::Punct || lexicon::function_word(t.w()));
        if d2 <= d1 || d2 > 31 || !after_ok || self.p(k2 + 2, ':') || self.p(k2 + 2, '%') {
            return None;
        }
        let (end, year) = match self.year_after(k2 + 2) {
            Some((end, y)) => (end, Some(y)),
            None => (k2 + 2, None),
        };
        let cal = |day| Expr::Calendar {
            year,
            month: Some(m),
            day: Some(day),
            shift: Shift::Implicit,
        };
        Some([(i, k2, cal(d1)), (k2 + 1, end, cal(d2))])
    }

    /// A dash between two tokens at `i`: "-", "–" or "—".
    fn dash(&self, i: usize) -> bool {
        self.p(i, '-') || self.p(i, '–') || self.p(i, '—')
    }

    /// "2018-2019", "1996-98", "1876–1910", "240-238 BC", "490 to 479 BC",
    /// "between 214 and 212 BC".
    fn year_range(&self, i: usize) -> Option<[End; 2]> {
        let a = self.era_year_num(i)?;
        let d1 = self.tok(i)?.digits;
        let dash = self.dash(i + 1);
        let word = match self.w(i + 1) {
            "to" => true,
            "and" => self.prev_w(i) == "between",
            _ => false,
        };
        if !(dash || word) {
            return None;
        }
        let b = self.era_year_num(i + 2)?;
        let d2 = self.tok(i + 2)?.digits;
        // Not a run of numbers ("1996-98-12") or a time ("10-11:30").
        if self.tok(i + 3).is_some_and(|n| {
            !n.space_before && n.kind == Kind::Punct && !matches!(n.ch, ',' | '.' | ')' | ';')
        }) && self.era_at(i + 3).is_none()
        {
            return None;
        }
        // "1996-98": the second end keeps the first one's century.
        let complete = |bc: bool| -> Option<i32> {
            if d2 >= d1 {
                return Some(b);
            }
            let m = 10i32.checked_pow(u32::from(d2))?;
            let base = a - a % m + b;
            Some(if bc || base > a { base } else { base + m })
        };
        if let Some((end, bc)) = self.era_at(i + 3) {
            let b = complete(bc)?;
            // Years before the common era count down.
            if (bc && b >= a) || (!bc && b <= a) {
                return None;
            }
            let sign = if bc { -1 } else { 1 };
            return Some([
                (i, i + 1, calendar_year(sign * a)),
                (i + 2, end, calendar_year(sign * b)),
            ]);
        }
        // Without an era: two years of our era, joined by a dash, in a
        // year-like context ("in 1996-98", "(1876-1910)", "the 2007-08
        // season"), not "1500-2000 troops".
        if !dash || d1 != 4 || !(2..=4).contains(&d2) || d2 == 3 {
            return None;
        }
        self.year_num(i)?;
        let b = complete(false)?;
        if b <= a || b > a + 100 || !(1000..=2199).contains(&b) {
            return None;
        }
        if let Some(p) = i.checked_sub(1).and_then(|k| self.tok(k)) {
            if p.kind == Kind::Punct && matches!(p.ch, '$' | '€' | '£' | '#' | '¥' | '/' | '-')
            {
                return None;
            }
        }
        let context = self.prev_lex(i).year_context
            || self.p(i.checked_sub(1)?, '(')
            || self
                .tok(i + 3)
                .is_none_or(|n| n.kind == Kind::Punct || lexicon::function_word(n.w()));
        context.then(|| {
            [
                (i, i + 1, calendar_year(a)),
                (i + 2, i + 3, calendar_year(b)),
            ]
        })
    }

    /// "June 14-16", "April 13–15, 1915", "June-July 2024", "March to May
    /// 1940" at a month name.
    fn month_range(&self, i: usize) -> Option<[End; 2]> {
        let (k, m, _) = self.month_at(i)?;
        let cal = |year, month, day| Expr::Calendar {
            year,
            month: Some(month),
            day,
            shift: Shift::Implicit,
        };
        if let Some((k2, d1)) = self.day_at(k) {
            if !self.dash(k2) || !self.adj(k2 + 1) {
                return None;
            }
            let n = self.tok(k2 + 1)?;
            if !n.is_plain_num() || n.digits > 2 {
                return None;
            }
            let d2 = u32::try_from(n.value?).ok()?;
            if d2 <= d1 || d2 > 31 || self.p(k2 + 2, ':') {
                return None;
            }
            let (end, year) = match self.year_after(k2 + 2) {
                Some((end, y)) => (end, Some(y)),
                None => (k2 + 2, None),
            };
            return Some([
                (i, k2, cal(year, m, Some(d1))),
                (k2 + 1, end, cal(year, m, Some(d2))),
            ]);
        }
        // Two months and a year: "June-July 2024", "March to May 1940".
        if !(self.dash(k) || self.w(k) == "to") {
            return None;
        }
        let (k2, m2, _) = self.month_at(k + 1)?;
        let (end, y) = self.year_after(k2)?;
        let y1 = if m > m2 { y - 1 } else { y };
        Some([
            (i, k, cal(Some(y1), m, None)),
            (k + 1, end, cal(Some(y), m2, None)),
        ])
    }

    /// "14-16 June", "6–7 April 1915" at a day number.
    fn day_range(&self, i: usize) -> Option<[End; 2]> {
        let t = self.tok(i)?;
        if !t.is_plain_num() || t.digits > 2 || !self.dash(i + 1) || !self.adj(i + 2) {
            return None;
        }
        let d1 = u32::try_from(t.value?).ok()?;
        let n = self.tok(i + 2)?;
        if !n.is_plain_num() || n.digits > 2 {
            return None;
        }
        let d2 = u32::try_from(n.value?).ok()?;
        if d1 == 0 || d2 <= d1 || d2 > 31 {
            return None;
        }
        let (k, m, _) = self.month_at(i + 3)?;
        let (end, year) = match self.year_after(k) {
            Some((end, y)) => (end, Some(y)),
            None => (k, None),
        };
        let cal = |day| Expr::Calendar {
            year,
            month: Some(m),
            day: Some(day),
            shift: Shift::Implicit,
        };
        Some([(i, i + 1, cal(d1)), (i + 2, end, cal(d2))])
    }

    /// "two to three weeks", "12-18 months", "between 12 and 18 months",
    /// "three or four days": two lengths, the unit written once.
    fn amount_range(&self, i: usize) -> Option<[End; 2]> {
        let (k, a) = self.amount_at(i)?;
        if !matches!(a, Amount::N(_)) || matches!(self.w(i), "a" | "an") {
            return None;
        }
        let joined = match self.w(k) {
            "to" | "or" => true,
            "and" => self.prev_w(i) == "between",
            _ => self.dash(k) && self.adj(k) && self.adj(k + 1),
        };
        if !joined {
            return None;
        }
        let (k2, b) = self.amount_at(k + 1)?;
        if !matches!(b, Amount::N(_)) {
            return None;
        }
        let (unit, plural) = self.lex(k2).unit?;
        // "two to three quarters of the vote" are fractions.
        if !plural || self.w(k2 + 1) == "of" && unit == Unit::Quarter {
            return None;
        }
        // Not "$5 to 10 million years"-like money, nor ages ("5 to 7 years old").
        if i > 0 && self.p(i - 1, '$') || self.w(k2 + 1) == "old" {
            return None;
        }
        Some([
            (i, k, Expr::Duration { amount: a, unit }),
            (k + 1, k2 + 1, Expr::Duration { amount: b, unit }),
        ])
    }

    /// How many times in each period a set at `i` recurs: "twice" (2),
    /// "three times" (3), "once" (1).
    fn freq(&self, i: usize) -> Option<u32> {
        match self.w(i) {
            "once" => Some(1),
            "twice" => Some(2),
            "thrice" => Some(3),
            _ if self.w(i + 1) == "times" => {
                let t = self.tok(i)?;
                if t.kind == Kind::Num {
                    u32::try_from(t.value?).ok()
                } else {
                    t.lex().small_number
                }
            }
            _ => None,
        }
    }
}

/// A year alone, as [`Expr::Calendar`].
fn calendar_year(y: i32) -> Expr {
    Expr::Calendar {
        year: Some(y),
        month: None,
        day: None,
        shift: Shift::Implicit,
    }
}
