//! Parts named inside a toll: "three people, including a nurse, were
//! killed", "killed 12, among them three children", "the dead included two
//! officers", "among the injured were four soldiers".
//!
//! The part is a figure of its own ([`Role::Subset`]): it is counted by the
//! toll, so the totals do not add it (an attacker named so is one of the
//! toll's dead: "nine died, including the attacker").

use newsfacts_text::numbers::Quantity;

use super::{Candidate, Facts, G, Ref, Role, Shot, T};
use crate::Kind;

/// Words that open a list of parts after a toll.
const MARKERS: &[&[&str]] = &[
    &["including"],
    &["among", "them"],
    &["among", "whom"],
    &["among", "those"],
];

/// Words that open a parenthesis about a toll that counts no part: "most
/// of them children", "mostly women".
const ASIDES: &[&[&str]] = &[
    &["most", "of", "them"],
    &["many", "of", "them"],
    &["all", "of", "them"],
    &["mostly"],
    &["mainly"],
    &["many"],
    &["most"],
];

impl G<'_> {
    /// The groups of people listed from token `k`: "four children", "a
    /// 92-year-old woman", "a nurse and two doctors", "colleague Faisal
    /// Haddad", "the attacker". Returns (last token, how many people, the
    /// person noun of the last group).
    pub(super) fn listed(&self, k: usize) -> Option<(usize, u64, Option<usize>)> {
        let mut at = k;
        let mut count = 0u64;
        let mut last = None;
        let mut noun = None;
        for _ in 0..6 {
            let group = match self.toks.get(at).map(|t| t.t) {
                Some(T::Num(n)) if self.punct(at + 1) != Some('-') => {
                    let q = self.numbers.get(n)?.quantity;
                    let plural = q.value != Some(1);
                    self.victims(at + 1, plural)
                        .and_then(|(_, after)| Some((after - 1, q.value.or(q.min)?, after - 1)))
                }
                Some(T::Word) => self
                    .object(at)
                    .filter(|&(_, r, _)| r != Ref::Pronoun)
                    .map(|(key, _, e)| (e, 1, key)),
                _ => None,
            };
            let Some((end, n, key)) = group else { break };
            count = count.saturating_add(n);
            last = Some(end);
            noun = Some(key);
            // "a nurse, two doctors and a driver"
            let next = if self.punct(end + 1) == Some(',') && self.w(end + 2) == "and" {
                end + 3
            } else if self.w(end + 1) == "and"
                || self.punct(end + 1) == Some(',')
                    && matches!(self.toks.get(end + 2).map(|t| t.t), Some(T::Num(_)))
            {
                end + 2
            } else {
                break;
            };
            at = next;
        }
        Some((last?, count, noun))
    }

    /// The token after an inclusion marker that starts at `k` (", including",
    /// "among them"), if one does.
    pub(super) fn marker_at(&self, k: usize) -> Option<usize> {
        let k = if self.punct(k) == Some(',') { k + 1 } else { k };
        MARKERS.iter().find(|m| self.seq(k, m)).map(|m| k + m.len())
    }

    /// After a number and its victims ending at token `after`: a
    /// parenthesis of parts closed by a comma, ", including four
    /// children,": the token after its closing comma.
    pub(super) fn skip_parts(&self, after: usize) -> Option<usize> {
        if self.punct(after + 1) != Some(',') {
            return None;
        }
        if let Some(from) = self.marker_at(after + 1) {
            let (end, _, _) = self.listed(from)?;
            return (self.punct(end + 1) == Some(',')).then_some(end + 2);
        }
        // ", most of them children,": up to the closing comma.
        let aside = ASIDES.iter().find(|m| self.seq(after + 2, m))?;
        (after + 2 + aside.len()..after + 9)
            .take_while(|&k| {
                self.toks
                    .get(k)
                    .is_some_and(|t| t.t == T::Word || self.punct(k) == Some(','))
            })
            .find(|&k| self.punct(k) == Some(','))
            .map(|k| k + 1)
    }

    /// The part named inside or right after the figure `c`, as a figure of
    /// its kind.
    pub(super) fn part_of_figure(&self, c: &Candidate) -> Option<Candidate> {
        if c.facts.role == Role::Subset {
            return None;
        }
        let first = self.toks.partition_point(|t| t.start < c.span.start());
        let last = self.toks.partition_point(|t| t.end < c.span.end());
        // Inside the figure ("At least seven, including four children,
        // died") or right after it ("killed three, including a woman").
        let from = (first..=last + 1).find_map(|k| {
            (self.punct(k) == Some(',') || k == last + 1)
                .then(|| self.marker_at(k))
                .flatten()
        })?;
        let (end, count, key) = self.listed(from)?;
        self.part(from, end, count, key, c.kind)
    }

    /// "the dead included two officers", "among the injured were four
    /// soldiers": a part whose toll is named by a noun at token `k` (a
    /// word of [`super::TRIGGERS`] or "included").
    pub(super) fn part_of_the_dead(&self, k: usize) -> Option<Candidate> {
        let kind = |w: &str| match w {
            "dead" | "killed" | "deceased" | "victims" | "fatalities" => Some(Kind::Killed),
            "injured" | "wounded" => Some(Kind::Injured),
            "missing" => Some(Kind::Missing),
            _ => None,
        };
        // "the dead included", "the victims include"
        if self.is(k, &["included", "include", "includes"]) {
            let noun = k.checked_sub(1)?;
            // "the dead included", "the 12 dead included"
            let det = if matches!(
                self.toks.get(noun.wrapping_sub(1)).map(|t| t.t),
                Some(T::Num(_))
            ) {
                noun.wrapping_sub(2)
            } else {
                noun.wrapping_sub(1)
            };
            let kind = kind(self.w(noun)).filter(|_| self.is(det, &["the"]))?;
            let (end, count, key) = self.listed(k + 1)?;
            return self.part(k + 1, end, count, key, kind);
        }
        // "among the dead were"
        if self.seq(k.wrapping_sub(2), &["among", "the"])
            && self.is(k + 1, &["were", "was", "are", "is"])
        {
            let kind = kind(self.w(k))?;
            // "among the dead are both the pilot and co-pilot"
            let from = k + 2 + usize::from(self.w(k + 2) == "both");
            let (end, count, key) = self.listed(from)?;
            return self.part(k + 2, end, count, key, kind);
        }
        None
    }

    /// Counts by place after the figure `c`, which ends with a place of its
    /// own: "rose to at least 1,035 in Turkey and about 19 in Greece", "21
    /// injured in Davao, 36 in Cotabato and seven in General Santos": each
    /// a figure of the kind of `c`, joined to it (they add up).
    pub(super) fn by_place(&self, c: &Candidate) -> Vec<Candidate> {
        let mut out = Vec::new();
        let last = self.toks.partition_point(|t| t.end < c.span.end());
        // The place of `c` itself.
        let Some(mut end) = self.place(last + 1) else {
            return out;
        };
        for _ in 0..8 {
            let mut k = end + 1;
            if self.punct(k) == Some(',') {
                k += 1;
            }
            if self.w(k) == "and" {
                k += 1;
            }
            if k == end + 1 {
                break;
            }
            let (qualifier, q_len) = super::QUALS
                .iter()
                .find(|(words, _)| self.seq(k, words))
                .map_or((None, 0), |(words, q)| (Some(*q), words.len()));
            let n = k + q_len;
            let Some(T::Num(x)) = self.toks.get(n).map(|t| t.t) else {
                break;
            };
            let Some(quantity) = self.numbers.get(x).map(|m| m.quantity) else {
                break;
            };
            let Some(place_end) = self.place(n + 1) else {
                break;
            };
            if let Some(span) = self.span(k, place_end) {
                out.push(Candidate {
                    span,
                    kind: c.kind,
                    quantity,
                    qualifier,
                    victims: None,
                    shot: c.shot,
                    who: None,
                    facts: Facts {
                        role: Role::Joined,
                        ..Facts::default()
                    },
                });
            }
            end = place_end;
        }
        out
    }

    /// "in Turkey", "in General Santos City": the last token of a place
    /// phrase starting at `k`.
    fn place(&self, k: usize) -> Option<usize> {
        if self.w(k) != "in" || !self.capitalized(k + 1) {
            return None;
        }
        let mut e = k + 1;
        while self.capitalized(e + 1) || self.particle(e + 1) && self.capitalized(e + 2) {
            e += 1;
        }
        Some(e)
    }

    /// The figure of a part: tokens `from..=end`, `count` people.
    fn part(
        &self,
        from: usize,
        end: usize,
        count: u64,
        key: Option<usize>,
        kind: Kind,
    ) -> Option<Candidate> {
        Some(Candidate {
            span: self.span(from, end)?,
            kind,
            quantity: Quantity::exact(count),
            qualifier: None,
            victims: key.and_then(|k| self.span(k, k)),
            shot: Shot::No,
            who: None,
            facts: Facts {
                role: Role::Subset,
                ..Facts::default()
            },
        })
    }
}
