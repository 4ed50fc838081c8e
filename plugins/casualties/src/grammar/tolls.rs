//! Tolls before a number: "the death toll rose to 45", "a death toll of
//! 12", "the number of dead climbed to 30", "raising the death toll to 9",
//! "the toll ... continues to rise, passing 80,000", "from five to six".
//!
//! A toll that rises, climbs, reaches or passes a number is an update
//! ([`Role::Update`]): the newest wins in the totals. "from N" is the toll
//! before the update, a plain figure.

use super::{G, Role, T, Words};
use crate::Kind;

/// Words that link a toll to its number: "the death toll (has now) rose
/// to", "stood at", "is", "of".
static LINKS: Words = Words::new(&[
    "again",
    "already",
    "also",
    "at",
    "been",
    "from",
    "further",
    "had",
    "has",
    "have",
    "is",
    "later",
    "now",
    "of",
    "officially",
    "past",
    "reportedly",
    "since",
    "then",
    "to",
    "was",
]);

/// Verbs that say a toll changed or reached a number: updates.
pub(super) static RISES: Words = Words::new(&[
    "bringing",
    "brings",
    "brought",
    "climbed",
    "climbing",
    "climbs",
    "exceeded",
    "exceeding",
    "grew",
    "grown",
    "grows",
    "hit",
    "hits",
    "increased",
    "increases",
    "increasing",
    "jumped",
    "jumps",
    "mounted",
    "passed",
    "passes",
    "passing",
    "pushed",
    "pushing",
    "raised",
    "raising",
    "reached",
    "reaches",
    "reaching",
    "revised",
    "rise",
    "risen",
    "rises",
    "rising",
    "rose",
    "soared",
    "stand",
    "stands",
    "stood",
    "surpassed",
    "surpassing",
    "taking",
    "topped",
    "tops",
    "updated",
]);

impl G<'_> {
    /// A toll noun phrase ending at token `k`: its kind and first token.
    /// "(the) death toll", "toll", "injury toll", "(the) number of dead /
    /// deaths / injured / missing", "death count", "body count".
    pub(super) fn toll_noun(&self, k: usize) -> Option<(Kind, usize)> {
        let w = self.w(k);
        let before = |from: usize| {
            if from > 0 && self.is(from - 1, &["the", "a", "an", "its", "their"]) {
                from - 1
            } else {
                from
            }
        };
        match w {
            "toll" | "tolls" => {
                let (kind, from) = match self.w(k.wrapping_sub(1)) {
                    "death" | "casualty" | "fatality" => (Kind::Killed, k - 1),
                    "injury" => (Kind::Injured, k - 1),
                    _ => (Kind::Killed, k),
                };
                // A bare "toll" needs its article: "the toll rose to 9".
                if from == k && !self.is(k.wrapping_sub(1), &["the", "a"]) {
                    return None;
                }
                Some((kind, before(from)))
            }
            "count" if self.is(k.wrapping_sub(1), &["death", "body"]) => {
                Some((Kind::Killed, before(k - 1)))
            }
            // "casualties" says dead or hurt: the injured where the sentence
            // counts the dead apart or names the injured ("116 died, while
            // the number of casualties rose to 1,035").
            "casualties" if self.casualties_are_injured(k) => {
                let from = if k >= 2 && self.seq(k - 2, &["number", "of"]) {
                    k - 2
                } else if k >= 2 && self.is(k - 1, &["reported", "total"]) {
                    k - 1
                } else {
                    k
                };
                let from = if self.is(from.wrapping_sub(1), &["total", "reported"]) {
                    from - 1
                } else {
                    from
                };
                Some((Kind::Injured, before(from)))
            }
            _ if k >= 2 && self.seq(k - 2, &["number", "of"]) => {
                let kind = match w {
                    "dead" | "deaths" | "fatalities" | "killed" => Kind::Killed,
                    "injured" | "wounded" | "injuries" => Kind::Injured,
                    "missing" => Kind::Missing,
                    "displaced" | "homeless" | "evacuees" => Kind::Displaced,
                    _ => return None,
                };
                Some((kind, before(k - 2)))
            }
            _ => None,
        }
    }

    /// True when "casualties" at token `k` means the injured: its sentence
    /// counts the dead apart or names the injured.
    fn casualties_are_injured(&self, k: usize) -> bool {
        let stop = |j: usize| matches!(self.punct(j), Some('.' | '!' | '?' | '\n'));
        let before = (k.saturating_sub(30)..k).rev().take_while(|&j| !stop(j));
        let after = (k + 1..k + 30).take_while(|&j| !stop(j) && self.toks.get(j).is_some());
        before.chain(after).any(|j| {
            self.is(
                j,
                &[
                    "died",
                    "dead",
                    "killed",
                    "deaths",
                    "injured",
                    "wounded",
                    "fatalities",
                ],
            )
        })
    }

    /// The toll that the number starting at token `b` gives: (kind, first
    /// token of the figure, role). `b` is the first token of the number's
    /// qualifier, if any.
    pub(super) fn toll_before(&self, b: usize) -> Option<(Kind, usize, Role)> {
        // Near: "the death toll (now) rose to N", "a death toll of N",
        // "raising the number of dead to N", "from N".
        let mut k = b;
        let mut update = false;
        // "from 12 to 19": the figure of 19 starts after the figure of 12.
        let mut after_earlier: Option<usize> = None;
        for _ in 0..6 {
            k = k.checked_sub(1)?;
            if let Some((kind, from)) = self.toll_noun(k) {
                // "raising / bringing the death toll to N"
                let from = if from > 0 && RISES.contains(self.w(from - 1)) {
                    update = true;
                    from - 1
                } else {
                    from
                };
                let from_before = self.w(b.wrapping_sub(1)) == "from";
                let role = if update && !from_before {
                    Role::Update
                } else {
                    Role::Plain
                };
                return Some((kind, after_earlier.unwrap_or(from), role));
            }
            let w = self.w(k);
            // "from 12 to 19": the earlier toll stands between.
            let earlier = matches!(self.toks.get(k).map(|t| t.t), Some(T::Num(_)))
                && self.w(k.wrapping_sub(1)) == "from";
            if earlier {
                after_earlier.get_or_insert(k + 1);
            } else if RISES.contains(w) {
                update = true;
            } else if !LINKS.contains(w) {
                break;
            }
        }
        // Far: "the death toll from the quake ... continues to rise,
        // passing 80,000": a rising verb right before the number, the toll
        // earlier in the sentence.
        let mut v = b.checked_sub(1)?;
        // "from five people to six": the earlier toll and the update.
        let from = self.w(v) == "from"
            && (b + 1..b + 5).any(|j| {
                self.w(j) == "to" && matches!(self.toks.get(j + 1).map(|t| t.t), Some(T::Num(_)))
            });
        let to = self.w(v) == "to"
            && (v.saturating_sub(5)..v).any(|j| {
                self.w(j) == "from" && matches!(self.toks.get(j + 1).map(|t| t.t), Some(T::Num(_)))
            });
        if !from && !to {
            if self.is(v, &["to", "at", "past"]) {
                v = v.checked_sub(1)?;
            }
            if !RISES.contains(self.w(v)) || self.is(v, &["taking", "raised", "brought"]) {
                return None;
            }
        }
        let kind = (v.saturating_sub(40)..v)
            .rev()
            .take_while(|&j| !matches!(self.punct(j), Some('.' | '!' | '?' | '\n' | ';')))
            .find_map(|j| self.toll_noun(j))
            .map(|(kind, _)| kind)?;
        Some((kind, v, if from { Role::Plain } else { Role::Update }))
    }
}
