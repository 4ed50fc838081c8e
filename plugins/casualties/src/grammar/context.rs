//! What the words around a candidate say about the people it counts and
//! about whose word it is ([`Facts`]): attackers ("three gunmen were
//! killed", "the attacker was shot dead by police", "killing himself and
//! four worshippers"), claims of an enemy's losses ("the rebels said they
//! had killed 60 troops", "the group claimed 190 were dead") and figures of
//! another event named as background ("in another attack last week ...").
//!
//! Each rule reads a few tokens either side of the candidate, inside its
//! sentence, so the pass stays linear in the text.

use newsfacts_core::Span;
use newsfacts_text::numbers::Quantity;

use super::{Candidate, Facts, G, Ref, Role, T, Words};

/// Attackers: "the gunman", "a suicide bomber", "three gunmen", "11
/// insurgents".
pub(super) static PERPETRATORS: Words = Words::new(&[
    "assailant",
    "assailants",
    "attacker",
    "attackers",
    "bomber",
    "bombers",
    "extremists",
    "gunman",
    "gunmen",
    "hijacker",
    "hijackers",
    "insurgent",
    "insurgents",
    "jihadist",
    "jihadists",
    "kidnapper",
    "kidnappers",
    "killer",
    "killers",
    "militant",
    "militants",
    "perpetrator",
    "perpetrators",
    "raiders",
    "shooter",
    "shooters",
    "sniper",
    "snipers",
    "terrorist",
    "terrorists",
]);

/// Suspects: attackers when the article counts victims of theirs (see
/// [`Facts::suspect`]).
pub(super) static SUSPECTS: Words = Words::new(&[
    "burglar",
    "burglars",
    "carjacker",
    "carjackers",
    "intruder",
    "intruders",
    "robber",
    "robbers",
    "suspect",
    "suspects",
]);

/// Who shoots attackers: "shot dead by police", "officers shot him".
static FORCES: Words = Words::new(&[
    "agents",
    "deputies",
    "deputy",
    "forces",
    "guards",
    "officer",
    "officers",
    "police",
    "policeman",
    "policemen",
    "soldiers",
    "trooper",
    "troopers",
    "troops",
]);

/// Verbs by which one side claims what it did or what the enemy lost.
static CLAIMS: Words = Words::new(&["boasted", "claim", "claimed", "claiming", "claims"]);

/// Verbs of saying before a side's own account: "said they had killed".
static SAYS: Words = Words::new(&[
    "announced",
    "claim",
    "claimed",
    "claims",
    "reported",
    "said",
    "say",
    "says",
    "stated",
]);

/// Nouns of events, for "another attack", "a separate blast".
static EVENTS: Words = Words::new(&[
    "accident",
    "airstrike",
    "ambush",
    "assault",
    "attack",
    "attacks",
    "blast",
    "blasts",
    "blaze",
    "bombing",
    "bombings",
    "collision",
    "crash",
    "cyclone",
    "derailment",
    "disaster",
    "earthquake",
    "explosion",
    "fire",
    "flood",
    "floods",
    "hurricane",
    "incident",
    "landslide",
    "massacre",
    "one",
    "quake",
    "raid",
    "shooting",
    "shootings",
    "stabbing",
    "storm",
    "strike",
    "tragedy",
    "tsunami",
    "typhoon",
]);

/// Words that make a toll an earlier one of the same event: "an earlier
/// toll", "the initial count".
static EARLIER_TOLL: Words = Words::new(&[
    "earlier",
    "initial",
    "original",
    "preliminary",
    "previous",
    "prior",
    "provisional",
]);

/// Nouns of a toll: "toll", "tally", "count", "figure", "estimate".
static TOLL_NOUNS: Words = Words::new(&["count", "estimate", "figure", "tally", "toll"]);

/// Words that make an event another one: "another attack", "a separate
/// blast", "an earlier shooting", "a second fire".
const OTHER: &[&str] = &[
    "another", "separate", "earlier", "previous", "prior", "similar", "second", "third",
];

impl G<'_> {
    /// The token that starts at byte `at`.
    fn token_at(&self, at: usize) -> Option<usize> {
        let k = self.toks.partition_point(|t| t.start < at);
        self.toks.get(k).filter(|t| t.start == at).map(|_| k)
    }

    /// The token that ends at byte `at`.
    fn token_ending(&self, at: usize) -> Option<usize> {
        let k = self.toks.partition_point(|t| t.end < at);
        self.toks.get(k).filter(|t| t.end == at).map(|_| k)
    }

    /// True when token `k` ends a sentence or a line: patterns of context
    /// stop there.
    fn boundary(&self, k: usize) -> bool {
        matches!(self.punct(k), Some('.' | '!' | '?' | '\n' | ';'))
    }

    /// The tokens of the sentence before token `first`, nearest first, at
    /// most `n` of them.
    fn before(&self, first: usize, n: usize) -> impl Iterator<Item = usize> + '_ {
        (first.saturating_sub(n)..first)
            .rev()
            .take_while(move |&k| !self.boundary(k))
    }

    /// The [`Facts`] of `c`, from the words around it.
    pub(super) fn facts(&self, c: &Candidate) -> Facts {
        let mut f = c.facts;
        let (Some(first), Some(last)) = (
            self.token_at(c.span.start()),
            self.token_ending(c.span.end()),
        ) else {
            return f;
        };
        match self.attackers(c, first, last) {
            Some(true) => f.perpetrators = true,
            Some(false) => {
                f.perpetrators = true;
                f.suspect = true;
            }
            None => {}
        }
        f.claim |= self.claimed(first);
        if f.role == Role::Plain && self.earlier_toll(first, last) {
            f.role = Role::Earlier;
        }
        f.other_event |= self.another_event(first);
        f
    }

    /// Makes one figure of a figure and the group joined to it
    /// ([`G::joined_after`]) when only "and" stands between them and both
    /// count people of one side: "injured a man and two women" is one
    /// figure of 3; "killing himself and four worshippers" stays two.
    pub(super) fn merge_joined(&self, cands: Vec<Candidate>) -> Vec<Candidate> {
        let mut out: Vec<Candidate> = Vec::with_capacity(cands.len());
        for c in cands {
            // Counts by place (no victims noun) stay apart.
            if c.facts.role == Role::Joined
                && c.victims.is_some()
                && let Some(prev) = out.last_mut()
                && prev.kind == c.kind
                && prev.shot == c.shot
                && prev.facts.perpetrators == c.facts.perpetrators
                && self
                    .text
                    .get(prev.span.end()..c.span.start())
                    .is_some_and(|gap| matches!(gap.trim(), "and" | ", and"))
                && let Ok(span) = Span::new(self.text, prev.span.start(), c.span.end())
            {
                let add = |a: Option<u64>, b: Option<u64>| Some(a?.saturating_add(b?));
                let (a, b) = (prev.quantity, c.quantity);
                prev.quantity = Quantity {
                    value: add(a.value, b.value),
                    min: add(a.min, b.min),
                    max: add(a.max, b.max),
                    approximate: a.approximate || b.approximate,
                };
                prev.span = span;
                prev.who = None;
                continue;
            }
            out.push(c);
        }
        out
    }

    /// The lowercase word of the victims of `c` that names who they are:
    /// the last word of its victims phrase ("police officers" → "officers").
    fn victim_noun(&self, c: &Candidate) -> String {
        let span = match c.who {
            Some((key, Ref::Noun)) => Some(key),
            _ => c.victims,
        };
        span.map(|v| v.text(self.text))
            .and_then(|t| t.split_whitespace().last())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default()
    }

    /// Whether the people `c` counts (tokens `first..=last`) are
    /// attackers: `Some(true)` for attackers, `Some(false)` for suspects
    /// (see [`Facts::suspect`]), `None` for neither.
    fn attackers(&self, c: &Candidate, first: usize, last: usize) -> Option<bool> {
        let noun = self.victim_noun(c);
        if PERPETRATORS.contains(&noun) {
            return Some(true);
        }
        if SUSPECTS.contains(&noun) {
            return Some(false);
        }
        let named_before =
            |k: usize| PERPETRATORS.contains(self.w(k)) || SUSPECTS.contains(self.w(k));
        if matches!(noun.as_str(), "himself" | "herself" | "themselves") {
            // "the bomber blew himself up", "the gunman then killed
            // himself": a killer's own death, the killer named before.
            return self.before(first, 30).any(named_before).then_some(true);
        }
        if matches!(c.who, Some((_, Ref::Pronoun))) {
            // "he was shot dead by police", "officers shot him dead": the
            // one the police shoot is a suspect.
            let by = self.w(last + 1) == "by"
                && (last + 2..last + 5)
                    .take_while(|&k| self.toks.get(k).is_some_and(|t| t.t == T::Word))
                    .any(|k| FORCES.contains(self.w(k)));
            let agent = self
                .before(first, 4)
                .take_while(|&k| self.punct(k).is_none())
                .any(|k| FORCES.contains(self.w(k)));
            return (by || agent).then_some(false);
        }
        None
    }

    /// True when the figure starting at token `first` is a side's claim:
    /// "X claimed (that) 190 were dead", "the rebels said they had killed
    /// 60 troops", "claims to have killed".
    fn claimed(&self, first: usize) -> bool {
        let mut k = first;
        // "claimed that ...", "claimed to have killed"
        while k > 0 && self.is(k - 1, &["that", "to", "have", "had", "has"]) {
            k -= 1;
        }
        if k > 0 && CLAIMS.contains(self.w(k - 1)) {
            return true;
        }
        // "said (that) they/we had killed": a side's account of its own
        // killing ("it" is as often the fire or the blast).
        let own = k > 0 && self.is(k - 1, &["they", "we"]);
        let mut j = if own { k - 1 } else { k };
        if j > 0 && self.w(j - 1) == "that" {
            j -= 1;
        }
        own && j > 0 && SAYS.contains(self.w(j - 1))
    }

    /// True when the figure from token `first` to `last` is a toll the
    /// text calls superseded: "an earlier toll of 27 dead", "an initial
    /// death toll of 12", "the previous count of 40" (the word of time just
    /// before the toll noun, at most a few words before the number).
    fn earlier_toll(&self, first: usize, last: usize) -> bool {
        let near = self.before(first, 5).chain(first..=last);
        near.into_iter().any(|k| {
            EARLIER_TOLL.contains(self.w(k))
                && (k + 1..k + 3)
                    .take_while(|&j| j <= last && !self.boundary(j))
                    .any(|j| TOLL_NOUNS.contains(self.w(j)))
        })
    }

    /// True when the sentence before the figure at token `first` names
    /// another event: "in another attack", "a separate blast", "a second
    /// fire ... killed", "another one ... where ten people died".
    fn another_event(&self, first: usize) -> bool {
        // "Separately, ...", "Earlier, ...": a sentence that opens on
        // another incident.
        let opener = self.before(first, 40).last().is_some_and(|k| {
            self.is(k, &["separately", "earlier", "elsewhere", "previously"])
                && self.punct(k + 1) == Some(',')
                && (k == 0 || self.boundary(k - 1))
        });
        opener
            || self.before(first, 25).any(|k| {
                self.is(k, OTHER)
                    && (k + 1..k + 3)
                        .take_while(|&j| j < first)
                        .any(|j| EVENTS.contains(self.w(j)))
                    && !(self.w(k) == "another" && self.w(k + 1) == "one" && k + 2 == first)
            })
    }
}
