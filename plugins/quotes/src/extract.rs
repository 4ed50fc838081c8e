//! The extraction passes: direct quotes from paired marks, unmarked quotes
//! closed by an attribution, reported speech after a cue, stances (a stance
//! verb and its object, a passive and its agent, `be` + a stance adjective),
//! and `according to`.
//!
//! Each pass proposes [`Candidate`]s; [`merge`] keeps the best of
//! overlapping ones (direct over unmarked over reported, then the earlier),
//! and the caller resolves speakers. Every rule is phrased in terms of the
//! lexicon ([`crate::lexicon`]) and speaker patterns ([`crate::speaker`]),
//! never of particular words, so extending coverage means extending those.

use std::collections::BTreeSet;

use crate::QuoteKind;
use crate::lexicon::{self, Cue, cue, is_first_or_second_person, is_listener, is_tail_start};
use crate::marks::{self, Pair};
use crate::speaker::{self, Mention, MentionKind};
use crate::tokens::{self, Kind, Sentence, Tokens};

/// A proposed quote before speaker resolution.
#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    /// Content start byte.
    pub start: usize,
    /// Content end byte.
    pub end: usize,
    /// Direct, unmarked or reported.
    pub kind: QuoteKind,
    /// The speaker mention, if found.
    pub speaker: Option<Mention>,
    /// Token index of the cue verb, if any.
    pub cue: Option<usize>,
    /// A direct quote that is a sentence of its own with no attribution:
    /// it continues the previous speaker.
    pub standalone: bool,
    /// Which rule found the speaker.
    pub how: How,
    /// Proposed broadly, with low precision: kept only when the gate
    /// ([`crate::gate`]) accepts it.
    pub weak: bool,
}

/// Which rule found a candidate's speaker: what the speaker ranker
/// ([`crate::ranker`]) knows of the rules' choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum How {
    /// No rule found one.
    None,
    /// A transcript label (`PENCE: ...`).
    Label,
    /// After the closing mark (`,” said Ruiz`, `,” Ruiz said`).
    After,
    /// After the closing mark, a speaker and then the cue (`,” Ruiz, a
    /// lawyer, said`).
    AfterThenCue,
    /// A byline-style dash after the closing mark (`” ― Ruiz`).
    Byline,
    /// Before the opening mark, a verb of saying of two words (`Ruiz shot
    /// back, “`).
    BeforePhrasal,
    /// Before the opening mark (`Ruiz said: “`).
    Before,
    /// Before the opening mark, a participle's clause subject (`..., saying:
    /// “`).
    BeforeParticiple,
    /// Before the opening mark, inverted (`explained moderator Nancy Cordes: “`).
    BeforeInverted,
    /// A name before a colon that opens the quote (`Carl Bialik: “`).
    ColonLabel,
    /// A cue earlier in the quote's sentence.
    Earlier,
    /// Unmarked speech closed by an attribution (`..., Ruiz said.`).
    Closing,
    /// Unmarked speech closed by an inverted attribution (`..., said Ruiz.`).
    ClosingInverted,
    /// Unmarked speech closed by a plain nominal (`..., two aides said.`).
    ClosingNominal,
    /// `Ruiz said: <speech>`.
    Colon,
    /// `Ruiz said, <Speech>`.
    CommaIntro,
    /// Reported speech, the speaker phrase before the cue.
    Reported,
    /// Reported speech after a participle, the clause subject.
    ReportedParticiple,
    /// Reported speech after a coordinated cue (`... and said`).
    ReportedCoordinated,
    /// Reported speech, the speaker before a time phrase.
    ReportedTimed,
    /// Reported speech, the word before the cue.
    ReportedPlain,
    /// Reported speech, a subject closed by an appositive.
    ReportedAppositive,
    /// Reported speech, the noun phrase opening the clause.
    ReportedClauseNp,
    /// A stance adjective (`was critical of`).
    Adjective,
    /// A passive with its agent.
    Passive,
    /// A stance verb, the speaker phrase before it.
    Stance,
    /// A stance participle, the clause subject.
    StanceParticiple,
    /// A stance verb, the speaker before a time phrase.
    StanceTimed,
    /// A stance verb, the noun phrase opening the clause.
    StanceClauseNp,
    /// `according to`.
    According,
    /// A standalone quote inherits the previous quote's speaker.
    Inherited,
    /// `I` / `we` mapped to the speaker of the nearest attributed quote.
    FirstPerson,
}

impl How {
    /// Every variant, in declaration order (its index is its feature value).
    pub(crate) const ALL: [How; 32] = [
        How::None,
        How::Label,
        How::After,
        How::AfterThenCue,
        How::Byline,
        How::BeforePhrasal,
        How::Before,
        How::BeforeParticiple,
        How::BeforeInverted,
        How::ColonLabel,
        How::Earlier,
        How::Closing,
        How::ClosingInverted,
        How::ClosingNominal,
        How::Colon,
        How::CommaIntro,
        How::Reported,
        How::ReportedParticiple,
        How::ReportedCoordinated,
        How::ReportedTimed,
        How::ReportedPlain,
        How::ReportedAppositive,
        How::ReportedClauseNp,
        How::Adjective,
        How::Passive,
        How::Stance,
        How::StanceParticiple,
        How::StanceTimed,
        How::StanceClauseNp,
        How::According,
        How::Inherited,
        How::FirstPerson,
    ];
}

/// Which passes run.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Passes {
    /// Find reported speech.
    pub reported: bool,
    /// Find quotes whose marks were stripped.
    pub unmarked: bool,
    /// Also propose weak attributions ([`Candidate::weak`]) for the gate.
    pub broad: bool,
}

/// Conjunctions after a comma that leave reported speech (`Ruiz said the
/// plan failed, but the council disagreed`).
const CLAUSE_BREAKS: &[&str] = &["but", "while", "although", "though", "whereas", "yet"];

/// The most bytes a pass reaches over a paragraph (a quote continued over
/// its sentences, speech introduced by a colon, a transcript label): a
/// longer paragraph is no single quote, and bounding the window keeps every
/// pass linear. PolNeAR's longest paragraph has about 2,600 bytes.
const MAX_SPAN: usize = 4096;

/// The most bytes a candidate spans; longer ones (an unclosed quotation
/// mark running over a huge paragraph) are no real quotes and are dropped.
const MAX_QUOTE: usize = 2 * MAX_SPAN;

/// How deep reported speech nests in reported speech (`Vale said the talks
/// failed, her office said.` is depth 1; see [`merge`]).
const MAX_NESTING: usize = 4;

const QUOTE_CHARS: &[char] = &['"', '“', '”', '‘', '’', '«', '»', '„', '\'', '`'];

/// Shrinks `start..end` past white space, quotation marks and dashes at the
/// start and white space, commas and quotation marks at the end.
fn trim(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let s = text.get(start..end)?;
    let a = s.trim_start_matches(|c: char| {
        c.is_whitespace() || QUOTE_CHARS.contains(&c) || c == '—' || c == '–'
    });
    let b = a.trim_end_matches(|c: char| {
        c.is_whitespace() || c == ',' || c == ';' || QUOTE_CHARS.contains(&c)
    });
    let s0 = start + (s.len() - a.len());
    let e0 = s0 + b.len();
    (s0 < e0).then_some((s0, e0))
}

/// Modals and forms of `be`/`have`/`do`: a clause's verb, never part of
/// a speaker phrase.
fn is_finite_verb(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "would"
            | "will"
            | "could"
            | "can"
            | "should"
            | "may"
            | "might"
            | "must"
            | "is"
            | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "did"
            | "does"
            | "do"
            | "wants"
            | "needs"
    )
}

/// True when `lead`, the words before a closing attribution, is a plain
/// adverbial of the attribution's occasion rather than speech: a phrase of
/// place, time or medium or a clause of time or concession (opened by a
/// word of [`lexicon::is_adverbial_opener`], maybe after `even`, `just`,
/// `only`), of four words or more or with a date, with no sign of speech;
/// a phrase opened by a preposition holds no verb of its own (`For anyone
/// to run is brave` is a clause). Several such parts may be separated by
/// commas (`Quite suddenly, after the divorce`, `In December 2009, with the
/// talks near failure`; an `-ly` adverb or a year may be one).
fn is_adverbial_lead(lead: &str) -> bool {
    if has_persons_or_speech_signs(lead)
        || !(word_count(lead, 4) >= 4 || lead.bytes().any(|b| b.is_ascii_digit()))
    {
        return false;
    }
    let part_ok = |part: &str, first: bool| {
        let mut words = part.split_whitespace().map(str::to_ascii_lowercase);
        let Some(mut opener) = words.next() else {
            return false;
        };
        if matches!(opener.as_str(), "even" | "just" | "only") {
            let Some(w) = words.next() else { return false };
            opener = w;
        }
        if !lexicon::is_adverbial_opener(&opener) {
            // (`Quite suddenly`, `2012`: an adverb or a year inside a chain.)
            let n = part.split_whitespace().count();
            return !first
                && (part.trim().bytes().all(|b| b.is_ascii_digit())
                    || (n <= 2 && part.trim_end().ends_with("ly")))
                || (first && n <= 2 && part.trim_end().ends_with("ly"));
        }
        lexicon::is_subordinator(&opener)
            || !part
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(is_finite_verb)
    };
    let mut parts = lead.split(',').filter(|p| !p.trim().is_empty());
    let Some(first) = parts.next() else {
        return false;
    };
    let first_ok = part_ok(first, true);
    first_ok && parts.all(|p| part_ok(p, false))
}

/// The number of white-space separated words of `text` that hold a letter
/// or digit, counted up to `cap` (every caller compares it with a small
/// bound, so the count stops there).
fn word_count(text: &str, cap: usize) -> usize {
    let mut count = 0;
    let mut alnum = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if alnum {
                count += 1;
                if count >= cap {
                    return cap;
                }
            }
            alnum = false;
        } else if !alnum && c.is_alphanumeric() {
            alnum = true;
        }
    }
    (count + usize::from(alnum)).min(cap)
}

fn has_person_markers(text: &str) -> bool {
    any_word(text, is_first_or_second_person)
}

/// True when `f` holds for a piece of `text.split(|c: char|
/// !(c.is_alphanumeric() || c == '\'' || c == '’'))`. An ASCII text (most
/// lines) is split as bytes, into the same pieces, without decoding it.
fn any_word(text: &str, mut f: impl FnMut(&str) -> bool) -> bool {
    if text.is_ascii() {
        let mut start = 0;
        for (i, &b) in text.as_bytes().iter().enumerate() {
            if !(b.is_ascii_alphanumeric() || b == b'\'') {
                if f(text.get(start..i).unwrap_or("")) {
                    return true;
                }
                start = i + 1;
            }
        }
        f(text.get(start..).unwrap_or(""))
    } else {
        text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .any(f)
    }
}

/// Signs of speech other than a first or second person: a question or
/// exclamation of five words or more (a writer's `Why the delay?` is
/// shorter), or a contraction (`dont`, `thats`, `its not`), rare in
/// narrative.
pub(crate) fn has_speech_signs(text: &str) -> bool {
    speech_signs(text, false)
}

/// `has_person_markers(text) || has_speech_signs(text)`, in one pass over
/// the words.
fn has_persons_or_speech_signs(text: &str) -> bool {
    speech_signs(text, true)
}

/// [`has_speech_signs`], or with `persons` also [`has_person_markers`].
fn speech_signs(text: &str, persons: bool) -> bool {
    if text.bytes().any(|b| matches!(b, b'?' | b'!')) && word_count(text, 5) >= 5 {
        return true;
    }
    // (`hes`, `shes` were tried: narrative has them too.)
    const CONTRACTIONS: [&str; 21] = [
        "dont", "doesnt", "didnt", "cant", "couldnt", "wont", "wouldnt", "isnt", "arent", "wasnt",
        "werent", "shouldnt", "hasnt", "havent", "thats", "theres", "whats", "heres", "theyre",
        "theyve", "aint",
    ];
    // Every listed word has 4 to 8 letters and ends in `t`, `s` or `e`: most
    // words are told apart without comparing them with the list (and none
    // shorter than 4 bytes, even with its apostrophes taken out).
    let is = |w: &str| {
        (4..=8).contains(&w.len())
            && w.as_bytes()
                .last()
                .is_some_and(|&b| matches!(b | 0x20, b't' | b's' | b'e'))
            && CONTRACTIONS.iter().any(|c| w.eq_ignore_ascii_case(c))
    };
    // `its` as `it is` needs the word `its`: the pass over the words notes
    // whether it saw one, and only then is the text read again.
    let mut its = false;
    any_word(text, |w| {
        its |= w.eq_ignore_ascii_case("its");
        if persons && is_first_or_second_person(w) {
            true
        } else if w.len() < 4 {
            false
        } else if w.contains(['\'', '’']) {
            is(&w.replace(['\'', '’'], ""))
        } else {
            is(w)
        }
    }) || (its && its_contraction(text))
}

/// `its` as `it is` (its quotation mark stripped): before a word that
/// cannot follow the possessive (`its a shame`, `its not`, `its been`).
fn its_contraction(text: &str) -> bool {
    let mut words = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty());
    while let Some(w) = words.next() {
        if w.eq_ignore_ascii_case("its") {
            let next = words.clone().next().unwrap_or("").to_ascii_lowercase();
            if matches!(
                next.as_str(),
                "a" | "an"
                    | "the"
                    | "not"
                    | "been"
                    | "going"
                    | "all"
                    | "just"
                    | "very"
                    | "really"
                    | "so"
                    | "too"
                    | "hard"
                    | "important"
                    | "clear"
                    | "about"
                    | "like"
                    | "no"
                    | "true"
                    | "what"
                    | "time"
                    | "getting"
                    | "always"
                    | "never"
                    | "only"
                    | "still"
                    | "gonna"
                    | "my"
                    | "our"
                    | "your"
                    | "their"
                    | "his"
                    | "her"
            ) {
                return true;
            }
        }
    }
    false
}

/// True when token `k` is a capitalized word inside a sentence (after a
/// word or a comma, not opening the sentence).
fn mid_capital(t: &Tokens<'_>, k: usize) -> bool {
    k > 0
        && t.is_capitalized(k)
        && (t.is_word(k - 1) || t.is_punct(k - 1, ','))
        && t.sentence(k).is_some_and(|s| s.first != k)
}

/// Which words an article writes capitalized inside a sentence
/// ([`mid_capital`]). Most articles ask about one or two words: each of the
/// first [`MidCapitals::SCANS`] questions is one pass over the tokens that
/// compares only words of the same [`shape`](crate::tokens::shape); later
/// ones sort the words once and search them, so an article costs at most
/// a few passes and a sort.
#[derive(Default)]
struct MidCapitals<'a> {
    /// Questions answered by a pass so far.
    scans: std::cell::Cell<usize>,
    /// Every mid-sentence capitalized word, sorted and deduplicated.
    sorted: std::cell::OnceCell<Vec<&'a str>>,
}

impl<'a> MidCapitals<'a> {
    /// Questions answered by a pass over the tokens before the words are
    /// sorted.
    const SCANS: usize = 4;

    /// True when some [`mid_capital`] token spells the word of token `i`.
    fn contains(&self, t: &Tokens<'a>, i: usize) -> bool {
        let w = t.s(i);
        if self.sorted.get().is_none() && self.scans.get() < Self::SCANS {
            self.scans.set(self.scans.get() + 1);
            let shape = t.toks.get(i).map_or(0, |x| x.shape);
            return t
                .toks
                .iter()
                .enumerate()
                .any(|(k, x)| x.shape == shape && mid_capital(t, k) && t.s(k) == w);
        }
        let words = self.sorted.get_or_init(|| {
            let mut v: Vec<&'a str> = (1..t.toks.len())
                .filter(|&k| mid_capital(t, k))
                .map(|k| t.s(k))
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        });
        words.binary_search(&w).is_ok()
    }
}

struct Ctx<'t, 'a> {
    t: &'t Tokens<'a>,
    pairs: Vec<Pair>,
    /// True when the article uses quotation marks (at least two closed pairs).
    marked_doc: bool,
    out: Vec<Candidate>,
    /// For each token, true when it is a cue some quote already took.
    used_cues: Vec<bool>,
    /// True while a pass proposes weak candidates ([`Candidate::weak`]).
    weak: bool,
    /// Weak candidates are proposed ([`Passes::broad`]).
    broad: bool,
    /// The capitalized words the article writes inside a sentence (not
    /// opening it), for [`Ctx::seen_as_name`].
    mid_capitals: MidCapitals<'a>,
    /// The weights of how far back unmarked speech reaches
    /// ([`crate::reach`]).
    reach: &'t [i64],
    /// When collecting training data: every sentence the reach model
    /// looked at.
    reached: Option<Vec<Reached>>,
}

/// A sentence before unmarked speech closed by an attribution, as the
/// reach model ([`crate::reach`]) saw it.
#[derive(Clone, Debug)]
pub(crate) struct Reached {
    /// The sentence's bytes.
    pub sentence: (usize, usize),
    /// The closing content's bytes (from the start of its sentence).
    pub closing: (usize, usize),
    /// Feature buckets.
    pub features: Vec<u16>,
    /// The rules' start covers it.
    pub rule: bool,
}

impl<'a> Ctx<'_, 'a> {
    /// True when the article writes the word of token `i` capitalized
    /// somewhere inside a sentence, where a capital marks a name rather
    /// than a sentence start (`Vale` in `met Tom Vale`). Built once per
    /// article: one pass and a sort.
    fn seen_as_name(&self, i: usize) -> bool {
        self.mid_capitals.contains(self.t, i)
    }

    /// Marks cue `c` as taken by a quote.
    fn use_cue(&mut self, c: usize) {
        if let Some(u) = self.used_cues.get_mut(c) {
            *u = true;
        }
    }

    fn in_pair(&self, byte: usize) -> bool {
        let i = self.pairs.partition_point(|p| p.end <= byte);
        self.pairs.get(i).is_some_and(|p| p.start <= byte)
    }

    fn push(
        &mut self,
        start: usize,
        end: usize,
        kind: QuoteKind,
        speaker: Option<Mention>,
        cue: Option<usize>,
        how: How,
    ) {
        if let Some((s, e)) = trim(self.t.text, start, end).filter(|(s, e)| e - s <= MAX_QUOTE) {
            if word_count(self.t.text.get(s..e).unwrap_or(""), 2) >= 2 {
                self.out.push(Candidate {
                    start: s,
                    end: e,
                    kind,
                    speaker,
                    cue,
                    standalone: false,
                    how: if speaker.is_some() { how } else { How::None },
                    weak: self.weak,
                });
            }
        }
    }

    /// The end token (exclusive) of the paragraph of sentence `s_idx`,
    /// reading on from that sentence while the text from byte `from` stays
    /// within [`MAX_SPAN`] (the sentence `s_idx` itself always counts).
    fn para_last(&self, s_idx: usize, from: usize) -> Option<usize> {
        let t = self.t;
        let s = t.sentences.get(s_idx)?;
        let mut to = s.last;
        for x in t.sentences.iter().skip(s_idx + 1) {
            if x.para != s.para || t.end(x.last.saturating_sub(1)).saturating_sub(from) > MAX_SPAN {
                break;
            }
            to = x.last;
        }
        Some(to)
    }

    /// Subject of the clause a participle (`saying`) hangs on: the last
    /// attributed speaker of the sentence, else its first name or pronoun.
    fn clause_subject(&self, at: usize) -> Option<Mention> {
        let s = self.t.sentence(at)?;
        for c in (s.first..at).rev() {
            if self.t.cue(c).is_some_and(|q| !q.participle) && !self.in_pair(self.t.start(c)) {
                if let Some(m) = speaker::before(self.t, c) {
                    return Some(m);
                }
                // `,” said Ana Ruiz, a lawyer, referring to ...`: the
                // speaker after an inverted cue.
                if c > 0 && !self.t.is_word(c - 1) {
                    if let Some(m) = speaker::after(self.t, c + 1) {
                        return Some(m);
                    }
                }
            }
        }
        (s.first..at).find_map(|i| {
            let t = self.t;
            if self.in_pair(t.start(i)) {
                // Words of a quote are no subject of the clause around it.
                return None;
            }
            let w = t.s(i);
            if let Some(m) = self.nominal_subject(i, at) {
                return Some(m);
            }
            if t.is_word(i) && lexicon::pronoun(w).is_some() {
                return Some(Mention {
                    first: i,
                    last: i + 1,
                    kind: MentionKind::Pronoun,
                    phrase_first: i,
                });
            }
            if t.is_capitalized(i)
                && !t.has(i, lexicon::CAPITALIZED_FUNCTION_WORD | lexicon::TITLE)
                && !w.chars().all(|c| !c.is_lowercase())
            {
                let mut j = i;
                while j < at && t.is_capitalized(j) {
                    j += 1;
                }
                // One capitalized word opening the sentence is a name only
                // when the article names it so elsewhere or it is a first
                // name: else it is speech the clause reports (`Keep the
                // faith, Ruiz tells them before adding, ...`: `Keep`).
                if j == i + 1
                    && i == s.first
                    && lexicon::first_name_gender(t.flags(i)).is_none()
                    && !self.seen_as_name(i)
                {
                    return None;
                }
                // A party tag after the name: `Sen. Tom Vale (D-Ore.) said`.
                let mut v = j;
                if t.is_punct(j, '(') {
                    if let Some(close) = (j + 1..(j + 8).min(at)).find(|&x| t.is_punct(x, ')')) {
                        v = close + 1;
                    }
                }
                // A subject is followed by its verb, not by a comma or dash
                // (`Speaking to reporters, ...`, `Earlier, ...`).
                if !t.is_lowercase(v) && !t.is_capitalized(v) {
                    return None;
                }
                return Some(Mention {
                    first: i,
                    last: j,
                    kind: MentionKind::Name,
                    phrase_first: i,
                });
            }
            None
        })
    }

    /// The subject of the clause that holds token `at`: a speaker phrase
    /// right after the last comma or subordinator before `at` (`when Ruiz
    /// drew criticism for saying ...`, `On Monday, Ruiz began by saying
    /// ...`).
    fn local_subject(&self, at: usize) -> Option<Mention> {
        let t = self.t;
        let s = t.sentence(at)?;
        let b = (s.first..at)
            .rev()
            .find(|&i| {
                t.is_punct(i, ',')
                    || matches!(
                        t.s(i),
                        "when" | "while" | "after" | "because" | "since" | "as" | "and" | "but"
                    )
            })
            .map_or(s.first, |b| b + 1);
        // The subject's verb is the first lowercase word after it.
        (b + 1..(b + 8).min(at))
            .filter(|&v| t.is_lowercase(v))
            .find_map(|v| speaker::before(t, v).filter(|m| m.phrase_first == b))
    }

    /// A nominal subject opening a clause at token `i` (before `at`): a
    /// determiner at the sentence start or after a comma and a few
    /// lowercase words up to a speaker noun (`The billionaire businessman
    /// began ..., saying ...`, `In interviews, the justice sounded off ...`).
    fn nominal_subject(&self, i: usize, at: usize) -> Option<Mention> {
        let t = self.t;
        let opens = i == 0 || t.is_punct(i - 1, ',') || t.sentence(i).is_some_and(|s| s.first == i);
        if !(opens
            && t.is_word(i)
            && t.has(i, lexicon::DETERMINER)
            && lexicon::pronoun(t.s(i)).is_none())
        {
            return None;
        }
        let head = (i + 1..(i + 5).min(at))
            .take_while(|&k| t.is_lowercase(k) && t.cue(k).is_none())
            .find(|&k| t.has(k, lexicon::NOMINAL_HEAD))?;
        // The noun is the subject when a verb follows it, not a comma or
        // a preposition (`the report by ...`).
        (t.is_lowercase(head + 1) && !t.has(head + 1, lexicon::TAIL_START)).then_some(Mention {
            first: i,
            last: head + 1,
            kind: MentionKind::Nominal,
            phrase_first: i,
        })
    }

    /// True when the words from `k` to the end of sentence `last` can be the
    /// tail of an attribution that ends its sentence (`in a statement`).
    fn tail_ok(&self, mut k: usize, last: usize, cue_info: Cue) -> bool {
        let t = self.t;
        if cue_info.object && k < last && t.is_word(k) {
            if t.has(k, lexicon::LISTENER) {
                k += 1;
            } else if t.is_capitalized(k) {
                // (`told Fox News 6 in Tampa`: a station's number.)
                while k < last
                    && (t.is_capitalized(k) || t.s(k).bytes().all(|b| b.is_ascii_digit()))
                {
                    k += 1;
                }
            }
        }
        if k >= last {
            return true;
        }
        match t.toks.get(k).map(|x| x.kind) {
            Some(Kind::Punct(c)) => matches!(
                c,
                '.' | '!' | '?' | ',' | ';' | '—' | '–' | '(' | ')' | '…' | '"' | '”'
            ),
            Some(Kind::Word) => {
                // (`, Ruiz said 30 minutes into the debate.`: a span of time.)
                let span_of_time = t.s(k).bytes().all(|b| b.is_ascii_digit())
                    && matches!(
                        t.s(k + 1),
                        "seconds" | "minutes" | "hours" | "days" | "weeks" | "months" | "years"
                    );
                (t.has(k, lexicon::TAIL_START) || span_of_time)
                    && last - k < 16
                    && !(k..last).any(|i| t.s(i).eq_ignore_ascii_case("that") || t.is_punct(i, ':'))
            }
            _ => true,
        }
    }

    /// A label that names the speaker of what follows it: `PENCE: ...` in a
    /// transcript, `Pat Caddell: ...` in a headline. Returns the mention and
    /// the token after the colon.
    fn label_at(&self, i: usize) -> Option<(Mention, usize)> {
        let t = self.t;
        let mut j = i;
        while j < t.toks.len() && j - i < 4 && t.is_capitalized(j) {
            // (The tokenizer's flags: `is_label(t.s(j))` and the others,
            // looked up once.)
            if t.has(
                j,
                lexicon::CAPITALIZED_FUNCTION_WORD | lexicon::CUE | lexicon::LABEL,
            ) {
                return None;
            }
            j += 1;
        }
        (j > i && t.is_punct(j, ':') && t.is_word(j + 1)).then_some((
            Mention {
                first: i,
                last: j,
                kind: MentionKind::Name,
                phrase_first: i,
            },
            j + 1,
        ))
    }

    /// The speaker named right before the colon at token `colon` that opens
    /// a quotation mark: `Carl Bialik: “...` in a digest line, `More from
    /// Jones: “...`, the headline `Trump: ‘I’m ...’`. The name must open its
    /// sentence or line, or follow a dash or `from`.
    fn colon_label(&self, colon: usize) -> Option<Mention> {
        let t = self.t;
        let m = speaker::before(t, colon).filter(|m| m.kind == MentionKind::Name)?;
        let f = m.phrase_first.min(m.first);
        let starts = f == 0
            || t.sentence(f).is_some_and(|s| s.first == f)
            || matches!(t.toks.get(f - 1).map(|x| x.kind), Some(Kind::Break))
            || matches!(t.punct(f - 1), Some('—' | '–' | '-' | '―'))
            || (t.is_word(f - 1) && t.s(f - 1).eq_ignore_ascii_case("from"));
        starts.then_some(m)
    }

    /// Paragraphs that open with a speaker label (`PENCE: Well, ...`).
    fn labels(&mut self) {
        let t = self.t;
        let mut para_first: Option<(usize, usize)> = None; // (para, first token)
        for (si, s) in t.sentences.iter().enumerate() {
            if para_first.is_some_and(|(p, _)| p == s.para) {
                continue;
            }
            para_first = Some((s.para, s.first));
            if self.in_pair(t.start(s.first)) {
                continue;
            }
            let Some((m, from)) = self.label_at(s.first) else {
                continue;
            };
            let last = self.para_last(si, t.start(from)).unwrap_or(s.last);
            let all_caps = t.s(m.first).chars().all(|c| !c.is_lowercase());
            let kind = if all_caps {
                QuoteKind::Unmarked
            } else {
                QuoteKind::Reported
            };
            let end = t.end(last.saturating_sub(1));
            self.push(t.start(from), end, kind, Some(m), None, How::Label);
        }
    }

    fn direct(&mut self) {
        let t = self.t;
        for pi in 0..self.pairs.len() {
            let Some(&p) = self.pairs.get(pi) else { break };
            let p = &p;
            let Some((s, e)) = trim(t.text, p.start, p.end) else {
                continue;
            };
            let content = t.text.get(s..e).unwrap_or("");
            let words = word_count(content, 8);
            let mut start = p.start;
            let mut found: Option<(Option<Mention>, Option<usize>, How)> = None;
            // A transcript label inside the marks: `"PENCE: Well, ...`.
            if let Some((m, from)) = self.label_at(p.open + 1) {
                start = t.start(from);
                found = Some((Some(m), None, How::Label));
            }
            // a) after the closing mark: `,” Biden said` / `,” said Biden`.
            if found.is_none() && p.closed {
                let mut k = p.close + 1;
                // (`''' said` closes a quote inside a quote with the outer
                // mark: the inner one is skipped too.)
                while matches!(t.punct(k), Some(',' | '—' | '―' | '–' | '-' | '\'' | '’')) {
                    k += 1;
                }
                let sent_last = t.sentence(k).map_or(t.toks.len(), |s| s.last);
                // A quote closed by `,` `?` `!` or a dash, or followed by a
                // lowercase word, is surely attributed by a cue right after
                // it, whatever follows the cue (`,” she told moderator Tom
                // Dale on Sunday, referring to ...`).
                // Only for a quote that opens its sentence: a fragment quoted
                // mid-sentence (`on ABC’s “This Week,” Ruiz said`) is not the
                // attributed speech.
                let raw = t
                    .text
                    .get(p.start..p.end)
                    .unwrap_or("")
                    .trim_end()
                    .trim_end_matches(['\'', '’']);
                let opens_sentence = t.sentence(p.open).is_some_and(|s| s.first == p.open)
                    || p.open == 0
                    || matches!(t.toks.get(p.open - 1).map(|x| x.kind), Some(Kind::Break))
                    || matches!(t.punct(p.open - 1), Some(':' | '—' | '–' | '('));
                let open_ended = opens_sentence
                    && (raw.ends_with([',', '?', '!', '—', '–', '-', '…'])
                        || k > p.close + 1
                        || t.is_lowercase(k));
                if let Some(q) = t.cue(k).filter(|c| !c.participle && !c.object) {
                    if let Some(m) = speaker::after(t, k + 1)
                        .filter(|m| open_ended || self.tail_ok(m.last, sent_last, q))
                    {
                        found = Some((Some(m), Some(k), How::After));
                    }
                }
                if found.is_none() {
                    // `.” She says it ...` starts new reported speech; only an
                    // attribution that ends there belongs to the quote.
                    if let Some((m, c)) = speaker::then_cue(t, k) {
                        if open_ended || t.cue(c).is_some_and(|q| self.tail_ok(c + 1, sent_last, q))
                        {
                            found = Some((Some(m), Some(c), How::AfterThenCue));
                        }
                    }
                }
                // `” ― Name` at the end of a line: a byline-style attribution.
                if found.is_none()
                    && k > p.close + 1
                    && matches!(t.punct(k - 1), Some('—' | '―' | '–' | '-'))
                {
                    if let Some(m) = speaker::after(t, k).filter(|m| m.kind == MentionKind::Name) {
                        let mut e = m.last;
                        while t.is_punct(e, '.') {
                            e += 1;
                        }
                        if e >= t.toks.len()
                            || matches!(t.toks.get(e).map(|x| x.kind), Some(Kind::Break))
                        {
                            found = Some((Some(m), None, How::Byline));
                        }
                    }
                }
            }
            // b) before the opening mark: `Biden said: “` / `he told reporters, “`.
            if found.is_none() && p.open > 0 {
                let mut j = p.open - 1;
                while j > 0 && matches!(t.toks.get(j).map(|x| x.kind), Some(Kind::Break)) {
                    j -= 1;
                }
                // `said: “`, `told reporters, “` or `said “`; not `said he
                // has “big plans”`, which quotes a fragment of reported speech.
                let introduced = matches!(t.punct(j), Some(':' | ','));
                let colon = t.is_punct(j, ':').then_some(j);
                if introduced && j > 0 {
                    j -= 1;
                }
                let mut c = j;
                let mut steps = 0;
                let max_steps = if introduced { 6 } else { 0 };
                while steps < max_steps
                    && t.is_word(c)
                    && t.cue(c).is_none()
                    && !speaker::phrasal_cue(t, c)
                    && c > 0
                {
                    c -= 1;
                    steps += 1;
                }
                // `Hillary shot back, “`, `as Professor Lin put it: “`.
                if introduced
                    && t.cue(c).is_none()
                    && speaker::phrasal_cue(t, c)
                    && c + 1 == j
                    && !self.in_pair(t.start(c))
                {
                    if let Some(m) = speaker::before(t, c) {
                        found = Some((Some(m), Some(c), How::BeforePhrasal));
                    }
                }
                if let Some(q) = t
                    .cue(c)
                    .filter(|_| t.is_word(c) && !self.in_pair(t.start(c)))
                {
                    let m = if q.participle {
                        self.clause_subject(c)
                    } else {
                        speaker::before(t, c)
                    };
                    if m.is_some() {
                        let how = if q.participle {
                            How::BeforeParticiple
                        } else {
                            How::Before
                        };
                        found = Some((m, Some(c), how));
                    } else if let Some(m) =
                        colon.and_then(|k| speaker::after(t, c + 1).filter(|m| m.last == k))
                    {
                        // `explained moderator Nancy Cordes: “`.
                        found = Some((Some(m), Some(c), How::BeforeInverted));
                    }
                }
                // `Carl Bialik: “` — a name standing before the colon, at
                // the start of a line, a sentence or after a dash or `from`.
                // Only for whole speech: a sentence inside the marks, or a
                // quote that ends its line (not a headline's fragment, `Smith:
                // ‘No Idea’ If ...`).
                let whole = content.ends_with(['.', '!', '?', '…'])
                    || (p.closed && {
                        let mut k = p.close + 1;
                        while t.is_punct(k, '.') {
                            k += 1;
                        }
                        k >= t.toks.len()
                            || matches!(t.toks.get(k).map(|x| x.kind), Some(Kind::Break))
                    });
                if found.is_none() && whole {
                    if let Some(m) = colon.and_then(|k| self.colon_label(k)) {
                        found = Some((Some(m), None, How::ColonLabel));
                    }
                }
                // `According to Ruiz, “...”`: the source the sentence opens
                // with is the quote's.
                if found.is_none() {
                    if let Some(m) = self.according_before(p.open) {
                        found = Some((Some(m), None, How::According));
                    }
                }
            }
            // `,” Ruiz said, according to the Post.`: news annotation
            // (PolNeAR) names the source the report goes by.
            if let Some((m, c, how @ (How::After | How::AfterThenCue))) = found {
                let from = m.map_or(0, |m| m.last).max(c.map_or(0, |c| c + 1));
                if let Some(src) = self.according_after(from) {
                    found = Some((Some(src), c, how));
                }
            }
            let adjacent = found.is_some();
            let standalone = t.sentence(p.open).is_some_and(|s| s.first == p.open)
                && t.sentence(p.close.saturating_sub(1))
                    .is_some_and(|s| s.last <= p.close + 1);
            if !adjacent {
                // Scare quotes, titles of works and labels are short and
                // unattributed (checked first: the scan below is the costly part).
                let long: Vec<&str> = content.split_whitespace().filter(|w| w.len() > 3).collect();
                let title_case = long.len() >= 2
                    && !content.ends_with(['.', '!', '?'])
                    && long
                        .iter()
                        .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()));
                if words <= 2 || (words <= 6 && title_case) || (!standalone && words < 8) {
                    continue;
                }
            }
            // c) a cue earlier in the same sentence: the quote is part of
            // reported speech; only a long one stands as a quote of its own.
            if found.is_none() {
                if let Some(sent) = t.sentence(p.open) {
                    for c in (sent.first..p.open).rev() {
                        if self.in_pair(t.start(c)) || !t.is_word(c) {
                            continue;
                        }
                        if let Some(q) = t.cue(c) {
                            let m = if q.participle {
                                self.clause_subject(c)
                            } else {
                                speaker::before(t, c)
                            };
                            if m.is_some() {
                                found = Some((m, Some(c), How::Earlier));
                                break;
                            }
                        }
                    }
                }
            }
            let (m, c, how) = found.unwrap_or((None, None, How::None));
            if let Some(c) = c.filter(|_| adjacent) {
                self.use_cue(c);
            }
            self.push(start, p.end, QuoteKind::Direct, m, c, how);
            if let Some(last) = self.out.last_mut() {
                last.standalone = standalone && !adjacent;
            }
        }
    }

    fn unmarked_kind(&self, text: &str) -> QuoteKind {
        if !self.marked_doc || has_person_markers(text) {
            QuoteKind::Unmarked
        } else {
            QuoteKind::Reported
        }
    }

    /// Content start of sentence `first`: past a leading orphan mark.
    fn sentence_start(&self, first: usize) -> usize {
        self.t.start(first)
    }

    fn cues(&mut self, passes: Passes) {
        let t = self.t;
        let mut continued_until = 0usize;
        // Words that can start a finding: cue and stance verbs, stance
        // adjectives and `according`. Every other token is skipped on its
        // flags alone.
        let starts =
            lexicon::CUE | lexicon::STANCE_VERB | lexicon::STANCE_ADJECTIVE | lexicon::ACCORDING;
        let found: Vec<usize> = (t.toks.iter().enumerate())
            .filter(|(_, x)| {
                x.flags & starts != 0
                    || x.flags & (lexicon::BELIEF | tokens::LOWER)
                        == lexicon::BELIEF | tokens::LOWER
            })
            .map(|(c, _)| c)
            .collect();
        for c in found {
            let w = t.s(c);
            let cue_here = t
                .cue(c)
                .or_else(|| t.has(c, lexicon::BELIEF).then(|| belief_cue(w)).flatten());
            let stance_here = t.stance(c).filter(|_| passes.reported);
            let according = t.has(c, lexicon::ACCORDING);
            if passes.reported && t.has(c, lexicon::STANCE_ADJECTIVE) {
                self.adjective(c);
                continue;
            }
            if (cue_here.is_none() && stance_here.is_none() && !according)
                || self.used_cues.get(c).copied().unwrap_or(false)
                || self.in_pair(t.start(c))
            {
                continue;
            }
            if according && t.s(c + 1) == "to" {
                if passes.reported {
                    self.according(c);
                }
                continue;
            }
            if passes.reported && (cue_here.is_some() || stance_here.is_some()) {
                self.relative_object(c);
            }
            let Some(sent) = t.sentence(c) else { continue };
            // Not speech: `is said to`, `the said agreement`. A participle
            // after `is` is a progressive: `Trump is claiming that ...`.
            let prev = t.s(self.before_adverbs(c).wrapping_sub(1));
            let after_be = ["is", "was", "are", "were", "be", "been", "being"]
                .iter()
                .any(|b| prev.eq_ignore_ascii_case(b));
            let after_the = prev.eq_ignore_ascii_case("the");
            let stance = stance_here.filter(|_| !after_the);
            if after_be && passes.reported && t.s(c + 1) == "by" && w.ends_with("ed") {
                self.passive(c, sent.first);
                continue;
            }
            let Some(q) = cue_here else {
                if let Some(parts) = stance.filter(|_| !after_be || w.ends_with("ing")) {
                    self.stance(c, parts, sent.last);
                }
                continue;
            };
            if (after_be && !q.participle) || after_the {
                continue;
            }
            let q = if after_be {
                Cue {
                    participle: false,
                    ..q
                }
            } else {
                q
            };
            // (A verb of belief introduces no verbatim speech.)
            if passes.unmarked && c >= continued_until && t.cue(c).is_some() {
                if let Some(end) = self.closing_attribution(c, q, sent.first, sent.last) {
                    continued_until = end;
                    continue;
                }
                if self.colon(c, q, sent.last) || self.comma_intro(c, q) {
                    continue;
                }
            }
            // (Verbs of belief of low precision propose weak candidates.)
            if weak_belief(w) && !self.broad {
                continue;
            }
            self.weak = weak_belief(w);
            let done = passes.reported && q.clause && self.reported(c, q, sent.last);
            self.weak = false;
            // (After `be` only a progressive: `Ruiz is promising to ...`.)
            if let Some(parts) = stance.filter(|_| !done && (!after_be || w.ends_with("ing"))) {
                self.stance(c, parts, sent.last);
            }
        }
    }

    /// `the wall, which he said Mexico would pay for`, `Rubio, whom he
    /// called “the little senator”`: a relative pronoun after a comma,
    /// then the subject of a verb of saying or stance, stands for what
    /// that subject says or thinks, and is its content (news annotation
    /// counts it so). A subject relative (`Ruiz, who said ...`) is the
    /// speaker instead and gives nothing here.
    fn relative_object(&mut self, c: usize) {
        let t = self.t;
        let Some(m) = speaker::before(t, c) else {
            return;
        };
        let Some(r) = m.first.checked_sub(1) else {
            return;
        };
        let relative = ["which", "who", "whom"]
            .iter()
            .any(|w| t.s(r).eq_ignore_ascii_case(w));
        if !relative || r == 0 || !t.is_punct(r - 1, ',') || m.last > c {
            return;
        }
        self.out.push(Candidate {
            start: t.start(r),
            end: t.end(r),
            kind: QuoteKind::Reported,
            speaker: Some(m),
            cue: Some(c),
            standalone: false,
            how: How::Stance,
            weak: false,
        });
    }

    /// `<content>, Biden said.` / `<content>, said Biden.`: returns the token
    /// where the quote (with its continuation) ends.
    /// The first token of the unattributed run of sentences ending with
    /// sentence `s_idx` in its paragraph: where a quote whose attribution
    /// comes at the end of a paragraph starts.
    fn run_start(&mut self, s_idx: usize, closing: (usize, usize), how: How) -> usize {
        let t = self.t;
        let Some(s) = t.sentences.get(s_idx) else {
            return 0;
        };
        let mut first = s.first;
        // The start before a stretch of sentences with no sign of speech:
        // taken only when no earlier sentence shows speech (`It is a cause.
        // I know it, she said.` covers both; `Ruiz ran. I know it, she said.`
        // does not cover the narrative).
        let mut before_plain: Option<usize> = None;
        let mut k = s_idx;
        while k > 0 {
            let Some(p) = t.sentences.get(k - 1).filter(|p| {
                p.para == s.para
                    && t.end(s.last.saturating_sub(1))
                        .saturating_sub(t.start(p.first))
                        <= MAX_SPAN
            }) else {
                break;
            };
            if self.attributed(p.first, p.last) || self.in_pair(t.start(p.first)) {
                break;
            }
            // Narrative before the quote (`Ruiz made clear that ... . I have
            // seen it, she said.`) has no first or second person, question,
            // exclamation or contraction.
            let ptext = t
                .text
                .get(t.start(p.first)..t.end(p.last.saturating_sub(1)))
                .unwrap_or("");
            if self.marked_doc || has_persons_or_speech_signs(ptext) {
                before_plain = None;
            } else {
                before_plain.get_or_insert(first);
            }
            first = p.first;
            k -= 1;
        }
        let rule = before_plain.unwrap_or(first);
        if self.marked_doc || (self.reach.is_empty() && self.reached.is_none()) {
            return rule;
        }
        // The learned choice: nearest sentence first, while it is taken.
        let (c0, c1) = closing;
        let info = crate::reach::Closing::new(
            t,
            t.toks.partition_point(|x| x.end <= c0),
            t.toks.partition_point(|x| x.start < c1),
            how,
        );
        let mut start = s.first;
        let mut taking = true;
        let mut feats = Vec::new();
        for (back, p) in (k..s_idx).rev().enumerate() {
            let Some(p) = t.sentences.get(p).copied() else {
                break;
            };
            feats.clear();
            let covered = p.first >= rule;
            crate::reach::features(t, p, back + 1, covered, &info, &mut feats);
            if let Some(seen) = self.reached.as_mut() {
                seen.push(Reached {
                    sentence: (t.start(p.first), t.end(p.last.saturating_sub(1))),
                    closing,
                    features: feats.clone(),
                    rule: covered,
                });
            } else if !taking {
                break;
            }
            if taking && crate::reach::take(&feats, self.reach, covered) {
                start = p.first;
            } else {
                taking = false;
            }
        }
        start
    }

    /// `<content>, Biden said.` / `<content>, said Biden.` / `<content>?
    /// Biden asked.`: returns the token where the quote (with its
    /// continuation) ends.
    fn closing_attribution(
        &mut self,
        c: usize,
        q: Cue,
        first: usize,
        last: usize,
    ) -> Option<usize> {
        let t = self.t;
        if q.participle {
            return None;
        }
        let s_idx = t.sentence_of.get(c).copied()?;
        // (`told` takes its listener after it: `, told CBS News` is no
        // inverted speaker.)
        let inverted = if c > 0 && t.is_punct(c - 1, ',') && !q.object {
            // `the skeptics, like Vale, say the plan could work`: a clause
            // after the cue, not an inverted speaker.
            speaker::after(t, c + 1)
                .filter(|m| !(m.first..=m.last).any(|i| t.is_word(i) && is_finite_verb(t.s(i))))
        } else {
            None
        };
        let mut how = How::ClosingInverted;
        let (m, content_end, tail, content_first) = if let Some(m) = inverted {
            (m, t.start(c - 1), m.last, first)
        } else {
            let m = match speaker::before(t, c) {
                Some(m) => {
                    how = How::Closing;
                    m
                }
                None => {
                    how = How::ClosingNominal;
                    self.comma_nominal(c, q)?
                }
            };
            let p = m.phrase_first.checked_sub(1)?;
            if matches!(t.punct(p), Some(',' | '—')) {
                (m, t.start(p), c + 1, first)
            } else if matches!(t.punct(p), Some('?' | '!')) && t.is_lowercase(m.phrase_first) {
                // `Who knew? the senator asked.`: a question or exclamation
                // closed by its attribution (marks stripped, no new sentence).
                (m, t.end(p), c + 1, first)
            } else if m.phrase_first == first && s_idx > 0 {
                // The attribution is a sentence of its own after a question
                // or exclamation: `Who knew? Biden asked.`
                let prev = t.sentences.get(s_idx - 1).filter(|x| {
                    x.para == t.sentences.get(s_idx).map_or(usize::MAX, |s| s.para)
                        && (x.first..x.last)
                            .rev()
                            .take(3)
                            .any(|i| matches!(t.punct(i), Some('?' | '!')))
                })?;
                (m, t.end(prev.last - 1), c + 1, prev.first)
            } else {
                return None;
            }
        };
        // `..., Ruiz said, according to the Post.`: the source reported by.
        let m = self
            .according_after(if inverted.is_some() { m.last } else { c + 1 })
            .unwrap_or(m);
        // Content closed by a comma is surely attributed by the cue after
        // it when what follows the cue is no clause of its own (`, he told
        // Fox 35 in Orlando.`, `, said one owner of a shop that ...`).
        let comma_closed = inverted.is_some()
            || m.phrase_first
                .checked_sub(1)
                .is_some_and(|p| matches!(t.punct(p), Some(',' | '?' | '!')));
        let w = t.s(tail);
        let content_text = t
            .text
            .get(t.start(content_first)..content_end)
            .unwrap_or("");
        let lead = t.s(content_first);
        let speechlike = has_persons_or_speech_signs(content_text)
            || (word_count(content_text, 8) >= 8
                && !(t.is_capitalized(content_first)
                    && lexicon::is_capitalized_function_word(lead)
                    && !lexicon::is_determiner(lead)));
        let lenient = comma_closed
            && speechlike
            && !(tail..tail + 4).any(|i| t.s(i) == "that")
            && (!t.is_word(tail)
                || is_tail_start(w)
                // `, said Sen. Ana Ruiz who represents the city.`
                || (inverted.is_some() && matches!(w, "who" | "whose"))
                // `, said one aide familiar with the talks.`
                || (inverted.is_some()
                    && matches!(
                        w,
                        "familiar" | "close" | "involved" | "briefed" | "knowledgeable"
                    ))
                || (q.object
                    && (t.is_capitalized(tail) || is_listener(w) || lexicon::is_determiner(w))));
        if !lenient && !self.tail_ok(tail, last, q) {
            return None;
        }
        let sentence = t
            .text
            .get(t.start(first)..t.end(last.saturating_sub(1)))
            .unwrap_or("");
        let kind = self.unmarked_kind(sentence);
        if kind == QuoteKind::Reported && self.parenthetical(tail, last) {
            // `Acts of protest, Obama said, are acts of patriotism.`: the
            // attribution interrupts paraphrase; keep what follows it.
            // (Verbatim speech split so is handled as two quotes below.)
            self.use_cue(c);
            let end = self.end_without_stop(last.saturating_sub(1));
            self.push(t.start(tail + 1), end, kind, Some(m), Some(c), how);
            // News annotation counts the words before the attribution
            // as an item of their own (`Time, Ruiz added, was on their
            // side`, `The emails were routine, the paper said, including
            // ...`).
            let start = self.sentence_start(content_first);
            self.push(start, content_end, kind, Some(m), Some(c), how);
            return Some(c + 1);
        }
        let mut start = self.sentence_start(content_first);
        let text = t.text.get(start..content_end).unwrap_or("");
        // A short answer closed by a comma is speech too (`Absolutely not,
        // Ruiz said.`), and what follows it continues it.
        let min_words = if comma_closed { 1 } else { 3 };
        if word_count(text, 3) < min_words || start >= content_end {
            return None;
        }
        // `The Pentagon said the ship..., said a spokesman.`: the sentence is
        // someone's reported speech already; let the reported pass have it.
        let content_last = t.toks.partition_point(|x| x.end <= content_end);
        let own_attribution = (content_first..content_last).any(|i| {
            t.is_word(i)
                && t.cue(i).is_some_and(|x| !x.participle)
                && speaker::before(t, i).is_some_and(|sm| {
                    sm.phrase_first == content_first
                        // (`I have seen it, Ruiz said.`: the speech's own verb.)
                        && !(sm.last == sm.first + 1 && is_first_or_second_person(t.s(sm.first)))
                })
        });
        // (`He says what we all want to say, but theyre scared, Moody
        // said.`: in an article without quotation marks, a sign of speech
        // makes it speech about someone, which opens at its own subject.)
        let speech_about =
            own_attribution && !self.marked_doc && has_persons_or_speech_signs(content_text);
        if own_attribution && !speech_about {
            return None;
        }
        let kind = self.unmarked_kind(text);
        if kind == QuoteKind::Unmarked && !speech_about {
            // Verbatim speech attributed at the end of a paragraph covers
            // the unattributed sentences before it.
            let cs = t.sentence_of.get(content_first).copied().unwrap_or(s_idx);
            let closing = (
                t.start(t.sentences.get(cs).map_or(content_first, |x| x.first)),
                content_end,
            );
            let first = self.run_start(cs, closing, how);
            start = self.sentence_start(first);
            // Narrative that introduces the speech with a colon (`Ruiz
            // turned to him: You have it wrong, she said.`) is no part of it.
            let first_tok = t.toks.partition_point(|x| x.end <= start);
            if let Some(colon) = (first_tok..content_last)
                .rev()
                .find(|&i| t.is_punct(i, ':'))
            {
                let intro = t.text.get(start..t.start(colon)).unwrap_or("");
                let speech = t.text.get(t.end(colon)..content_end).unwrap_or("");
                if t.is_word(colon + 1) && !has_person_markers(intro) && word_count(speech, 3) >= 3
                {
                    start = t.start(colon + 1);
                }
            }
        }
        self.use_cue(c);
        // `In a statement on Monday, Ruiz said, We ...`, `At a rally in
        // Dover, Ruiz promised to ...`: a plain adverbial closed by the
        // attribution (a phrase of place, time or medium, a clause of time
        // or concession, of four words or more or with a date, no comma
        // of its own and no sign of speech) tells the occasion of the
        // attribution: no verbatim speech, but still the item the
        // attribution frames, as paraphrase split by an attribution is
        // (above). (Shorter ones, `After all`, `As President`, open speech
        // as often.)
        let lead_is_adverbial = !self.marked_doc
            && t.text
                .get(start..content_end)
                .is_some_and(is_adverbial_lead);
        let lead_kind = if lead_is_adverbial {
            QuoteKind::Reported
        } else {
            kind
        };
        self.push(start, content_end, lead_kind, Some(m), Some(c), how);
        if kind == QuoteKind::Unmarked && inverted.is_none() && self.resumes(tail, last) {
            // `I think so, Vale said, and the rest is politics.`: verbatim
            // speech resumes after the attribution.
            let end = self.end_without_stop(last.saturating_sub(1));
            self.push(t.start(tail + 1), end, kind, Some(m), Some(c), how);
        } else if kind == QuoteKind::Unmarked
            && inverted.is_none()
            && t.is_punct(tail, ',')
            && t.is_capitalized(tail + 1)
            && !t.has(tail + 1, lexicon::TITLE)
            && tail + 3 < last
            // (`In my first talk with him, he said, We agree, Ruiz
            // recalled.`: speech quoted inside speech.)
            && !self.attributed(tail + 1, last)
        {
            // `To be honest, Ruiz said, I never doubted it.`: new speech opens
            // after the attribution and runs over the paragraph.
            if let Some(to) = t
                .sentence_of
                .get(tail + 1)
                .map(|&s| self.unattributed_run_end(s, t.start(tail + 1)))
            {
                self.push(
                    t.start(tail + 1),
                    t.end(to.saturating_sub(1)),
                    kind,
                    Some(m),
                    Some(c),
                    how,
                );
                return Some(to);
            }
        }
        // Continuation: the rest of the paragraph, while it is unattributed.
        let direct = kind == QuoteKind::Unmarked;
        let mut s_idx = s_idx;
        let para = t.sentences.get(s_idx)?.para;
        let cont_first = t.sentences.get(s_idx + 1).filter(|s| s.para == para)?.first;
        let mut cont_last = cont_first;
        while let Some(s) = t.sentences.get(s_idx + 1).filter(|s| s.para == para) {
            if t.end(s.last.saturating_sub(1))
                .saturating_sub(t.start(cont_first))
                > MAX_SPAN
            {
                break;
            }
            let attributed = self.attributed(s.first, s.last);
            if attributed || self.in_pair(t.start(s.first).max(t.start(s.last.saturating_sub(1)))) {
                break;
            }
            // `..., Ruiz said. Ruiz is a lawyer in Dover.`: a sentence that
            // names the speaker, with no sign of speech, is the writer's
            // (speakers seldom name themselves).
            if !self.marked_doc && self.names_speaker(*s, m) {
                break;
            }
            cont_last = s.last;
            s_idx += 1;
        }
        if cont_last > cont_first {
            let (a, b) = (t.start(cont_first), t.end(cont_last - 1));
            let ctext = t.text.get(a..b).unwrap_or("");
            let verbatim = if self.marked_doc {
                direct && has_person_markers(ctext)
            } else {
                direct || has_person_markers(ctext)
            };
            if verbatim {
                self.push(a, b, QuoteKind::Unmarked, Some(m), Some(c), how);
                return Some(cont_last);
            }
        }
        Some(c + 1)
    }

    /// True when sentence `s` names the person of speaker mention `m` (by
    /// the last word of a name) and shows no first or second person and no
    /// other sign of speech.
    fn names_speaker(&self, s: Sentence, m: Mention) -> bool {
        let t = self.t;
        let (first, last) = match m.kind {
            MentionKind::Name => (m.first, m.last),
            MentionKind::Relative {
                first,
                last,
                name: true,
            } => (first, last),
            _ => return false,
        };
        if last <= first || !t.is_capitalized(last - 1) {
            return false;
        }
        let name = t.s(last - 1);
        let text = t
            .text
            .get(t.start(s.first)..t.end(s.last.saturating_sub(1)))
            .unwrap_or("");
        (s.first..s.last).any(|i| t.is_word(i) && t.s(i) == name)
            && !has_persons_or_speech_signs(text)
    }

    /// `Biden said: <content>` with no quotation mark after the colon; the
    /// content may be the next paragraph (`He said:` at the end of a line).
    fn colon(&mut self, c: usize, q: Cue, last: usize) -> bool {
        let t = self.t;
        let mut k = c + 1;
        while k < last && k - c <= 3 && t.is_word(k) {
            k += 1;
        }
        if !t.is_punct(k, ':') {
            return false;
        }
        let (from, to) = if k + 1 < last && t.is_word(k + 1) {
            // The speech runs on over the paragraph while no one else speaks.
            let mut to = last;
            let mut s_idx = t.sentence_of.get(k + 1).copied().unwrap_or(usize::MAX);
            let para = t.sentences.get(s_idx).map_or(usize::MAX, |s| s.para);
            while let Some(s) = t
                .sentences
                .get(s_idx.wrapping_add(1))
                .filter(|s| s.para == para)
            {
                // (`The owners were warned` is a passive, not an attribution.)
                let attributed = (s.first..s.last).any(|i| {
                    t.s(i) == "according"
                        || (t.cue(i).is_some()
                            && !matches!(t.s(i.wrapping_sub(1)), "is" | "was" | "are" | "were"))
                });
                if attributed
                    || self.in_pair(t.start(s.first))
                    || t.end(s.last.saturating_sub(1))
                        .saturating_sub(t.start(k + 1))
                        > MAX_SPAN
                {
                    break;
                }
                to = s.last;
                s_idx += 1;
            }
            (k + 1, to)
        } else if matches!(t.toks.get(k + 1).map(|x| x.kind), Some(Kind::Break)) && t.is_word(k + 2)
        {
            let Some(to) = t
                .sentence_of
                .get(k + 2)
                .and_then(|&s| self.para_last(s, t.start(k + 2)))
            else {
                return false;
            };
            (k + 2, to)
        } else {
            return false;
        };
        let m = if q.participle {
            self.clause_subject(c)
        } else {
            speaker::before(t, c)
        };
        let Some(m) = m else { return false };
        self.use_cue(c);
        self.push(
            t.start(from),
            t.end(to - 1),
            QuoteKind::Unmarked,
            Some(m),
            Some(c),
            How::Colon,
        );
        true
    }

    /// `He said, <content>`: a cue and a comma introduce verbatim speech
    /// whose marks were stripped; the content runs to the paragraph end.
    fn comma_intro(&mut self, c: usize, q: Cue) -> bool {
        let t = self.t;
        // The comma after the cue, or after a short phrase of time, place
        // or listener (`Ruiz said on Tuesday, We will ...`, `Ruiz told
        // reporters, Nobody ...`, `Ruiz said of Vale, He is ...`).
        let comma = if t.is_punct(c + 1, ',') {
            c + 1
        } else if !self.marked_doc {
            let Some(k) = (c + 2..c + 8).find(|&i| !t.is_word(i)) else {
                return false;
            };
            let first = t.s(c + 1);
            let phrase_ok = t.is_punct(k, ',')
                && (is_tail_start(first)
                    || (q.object && (is_listener(first) || t.is_capitalized(c + 1))))
                && (c + 1..k).all(|i| {
                    let w = t.s(i);
                    !is_finite_verb(w)
                        && t.cue(i).is_none()
                        && !matches!(w, "that" | "if" | "whether" | "who" | "which" | "to")
                });
            // Not a place or a list of names (`said in Toledo, Ohio, that`,
            // `asked Vale, Ruiz and Lee to`), nor a subordinate clause
            // (`When Ruiz spoke in May, Vale ...`).
            let list = |i: usize| t.punct(i).is_some() || t.s(i) == "and";
            // Nor narrative closed by an attribution of its own (`..., Vale
            // told the paper.`).
            let own = t
                .sentence_of
                .get(k + 1)
                .and_then(|&s| t.sentences.get(s))
                .is_some_and(|s| self.attributed(k + 1, s.last));
            let subordinate = speaker::before(t, c)
                .and_then(|m| m.phrase_first.checked_sub(1))
                .is_some_and(|i| {
                    matches!(
                        t.s(i).to_ascii_lowercase().as_str(),
                        "when"
                            | "while"
                            | "after"
                            | "before"
                            | "as"
                            | "because"
                            | "since"
                            | "if"
                            | "although"
                            | "though"
                            | "what"
                            | "once"
                            | "until"
                    )
                });
            if !phrase_ok
                || !t.is_word(k + 1)
                || !t.is_capitalized(k + 1)
                || t.has(k + 1, lexicon::TITLE)
                || list(k + 2)
                || (t.is_capitalized(k + 2) && list(k + 3))
                || subordinate
                || own
            {
                return false;
            }
            k
        } else {
            return false;
        };
        let c2 = comma + 1;
        if !t.is_word(c2) {
            return false;
        }
        let w = t.s(c2);
        // (A capitalized word opens the speech: `Ruiz said, In my view ...`.)
        if (is_tail_start(w) && t.is_lowercase(c2))
            || matches!(
                w.to_ascii_lowercase().as_str(),
                "however" | "though" | "that" | "too" | "instead"
            )
            // (`Ruiz said, clutching the lectern.`: in an article without
            // quotation marks, a lowercase participle after the comma opens
            // a clause of the narrative.)
            || (!self.marked_doc && t.is_lowercase(c2) && w.ends_with("ing"))
        {
            return false;
        }
        // `..., saying, <content>`: the participle's clause subject speaks.
        let m = if q.participle {
            self.clause_subject(c)
        } else {
            speaker::before(t, c).or_else(|| self.went_on_subject(c))
        };
        let Some(m) = m else {
            return false;
        };
        if !q.participle && m.phrase_first > 0 && t.is_punct(m.phrase_first - 1, ',') {
            return false; // `Climate change, Obama says, is ...`: a parenthetical
        }
        let Some(to) = t
            .sentence_of
            .get(c2)
            .and_then(|&s| self.para_last(s, t.start(c2)))
        else {
            return false;
        };
        let text = t
            .text
            .get(t.start(c2)..t.end(to.saturating_sub(1)))
            .unwrap_or("");
        if self.marked_doc && !has_person_markers(text) {
            return false;
        }
        self.use_cue(c);
        self.push(
            t.start(c2),
            t.end(to - 1),
            QuoteKind::Unmarked,
            Some(m),
            Some(c),
            How::CommaIntro,
        );
        true
    }

    /// In an article without quotation marks, the subject of `went on to`
    /// or `continued to` before the cue at token `c` (`The email went on to
    /// say, Today ...`): the infinitive's speaker.
    fn went_on_subject(&self, c: usize) -> Option<Mention> {
        let t = self.t;
        if self.marked_doc || c < 3 || t.s(c - 1) != "to" {
            return None;
        }
        let verb = if t.s(c - 2) == "on" && matches!(t.s(c - 3), "went" | "goes" | "go") {
            c - 3
        } else if matches!(t.s(c - 2), "continued" | "continues" | "proceeded") {
            c - 2
        } else {
            return None;
        };
        speaker::before(t, verb)
    }

    fn reported(&mut self, c: usize, q: Cue, last: usize) -> bool {
        let t = self.t;
        let (m, how) = if q.participle {
            // `by saying ...`, `after saying ...`: the subject of the
            // clause the preposition hangs on speaks.
            let prep = c > 0
                && matches!(
                    t.s(c - 1),
                    "by" | "after" | "before" | "while" | "when" | "for"
                );
            // (The comma may sit inside a closing mark: `“... debt,” noting`.)
            let comma = t.is_punct(c.saturating_sub(1), ',')
                || (matches!(t.punct(c.saturating_sub(1)), Some('”' | '"' | '’'))
                    && t.is_punct(c.saturating_sub(2), ','));
            if !comma && !prep {
                return false;
            }
            let m = if prep {
                self.local_subject(c).or_else(|| self.clause_subject(c))
            } else {
                self.clause_subject(c)
            };
            (m, How::ReportedParticiple)
        } else {
            let coordinated = matches!(t.s(self.before_adverbs(c).wrapping_sub(1)), "and" | "but");
            let subject = if coordinated {
                // `Ruiz declared an emergency and said ...`
                self.clause_subject(c)
                    .map(|m| (m, How::ReportedCoordinated))
            } else {
                speaker::before(t, c)
                    .map(|m| (m, How::Reported))
                    .or_else(|| self.timed_subject(c).map(|m| (m, How::ReportedTimed)))
                    .or_else(|| self.plain_subject(c, q).map(|m| (m, How::ReportedPlain)))
                    .or_else(|| {
                        self.appositive_subject(c, q)
                            .map(|m| (m, How::ReportedAppositive))
                    })
                    .or_else(|| self.clause_np(c).map(|m| (m, How::ReportedClauseNp)))
            };
            match subject {
                Some((m, how)) => (Some(m), how),
                None => return false,
            }
        };
        let mut k = c + 1;
        if q.object {
            let w = t.s(k);
            if t.is_word(k) && is_listener(w) {
                k += 1;
            } else if t.is_capitalized(k) && !lexicon::is_capitalized_function_word(w) {
                while k < last && t.is_capitalized(k) {
                    k += 1;
                }
            } else if let Some(that) = (k..last.min(k + 7))
                .take_while(|&i| t.is_word(i))
                .find(|&i| t.s(i) == "that")
            {
                // `told the cheering crowd that ...`
                k = that;
            } else {
                return false;
            }
        }
        if !q.object
            && t.is_punct(k, ',')
            && t.is_word(k + 1)
            && !is_tail_start(t.s(k + 1))
            && t.cue(k + 1).is_none()
            && !matches!(
                t.s(k + 1).to_ascii_lowercase().as_str(),
                "however" | "though" | "who" | "which" | "and" | "but" | "too" | "instead"
            )
        {
            // `Ruiz said, the plan ...`: the content after a comma.
            k += 1;
        }
        if !t.is_word(k) {
            return false;
        }
        k = skip_time(t, k);
        let first = t.s(k).to_ascii_lowercase();
        // `said about 40 percent ...`, `said at least nine ...`: amounts, not
        // the place or topic of the saying.
        let amount = (first == "about" && t.s(k + 1).starts_with(|c: char| c.is_ascii_digit()))
            || (first == "at" && matches!(t.s(k + 1), "least" | "most"));
        // `said that for decades, ...`: a fronted phrase closed by a comma
        // after `that` opens the content.
        let fronted = first == "that"
            && matches!(
                t.s(k + 1),
                "for" | "in" | "after" | "since" | "despite" | "while"
            )
            && (k + 2..last.min(k + 8)).any(|i| t.is_punct(i, ','));
        if first == "that" {
            k += 1;
        } else if amount {
        } else if let Some(that) = (k..last.min(k + 10))
            .take_while(|&i| t.is_word(i) || t.is_punct(i, ','))
            .find(|&i| t.s(i) == "that")
        {
            if is_tail_start(&first) || matches!(first.as_str(), "for" | "with" | "about") {
                k = that + 1;
            } else if !q.bare {
                if !self.broad {
                    return false;
                }
                self.weak = true;
            }
        } else if !q.bare || is_tail_start(&first) {
            // (A weak candidate: the gate decides.)
            if !self.broad {
                return false;
            }
            self.weak = true;
        }
        if !amount
            && !fronted
            && matches!(
                t.s(k).to_ascii_lowercase().as_str(),
                "was"
                    | "is"
                    | "were"
                    | "are"
                    | "to"
                    | "so"
                    | "by"
                    | "of"
                    | "for"
                    | "about"
                    | "goodbye"
                    | "hello"
            )
        {
            if !self.broad {
                return false;
            }
            self.weak = true;
        }
        if !t.is_word(k) {
            return false;
        }
        // Ends at the sentence end, or before `, adding ...` / `, according to`.
        let e = self.relative_end(m, k, self.reported_end(k, last, false));
        if e <= k {
            return false;
        }
        let end = self.end_without_stop(e - 1);
        self.use_cue(c);
        self.push(t.start(k), end, QuoteKind::Reported, m, Some(c), how);
        true
    }

    /// The word right before a verb of saying, as its subject when no
    /// speaker phrase is recognised (`six in 10 say`, `voters in each state
    /// said`): a noun or number, not an auxiliary or function word.
    fn plain_subject(&self, c: usize, q: Cue) -> Option<Mention> {
        let t = self.t;
        let mut j = c.checked_sub(1)?;
        // A perfect (`Republican opponents have said ...`): the word before
        // the auxiliary.
        if t.is_lowercase(j) && matches!(t.s(j), "have" | "has" | "had") {
            j = j.checked_sub(1)?;
        }
        let w = t.s(j);
        let ok = q.speech
            && q.bare
            && t.is_word(j)
            && !lexicon::is_capitalized_function_word(w)
            && !lexicon::is_cue_modifier(w)
            && !lexicon::is_auxiliary(w)
            && cue(w).is_none();
        ok.then_some(Mention {
            first: j,
            last: j + 1,
            kind: MentionKind::Nominal,
            phrase_first: j,
        })
    }

    /// A subject closed by an appositive before a verb of saying (`Tom
    /// Reyes, 44, a teacher from Dayton, said ...`, `Sen. Ana Ruiz (D-Ore.),
    /// the ranking member, said ...`, `the skeptics, like Vale, say ...`):
    /// the words from the start of the sentence to the comma before the
    /// cue, when they hold an opening comma or parenthesis and neither a cue
    /// nor a verb (`The plan is cruel, says ...` is speech before an
    /// inverted attribution).
    fn appositive_subject(&self, c: usize, q: Cue) -> Option<Mention> {
        let t = self.t;
        let j = c.checked_sub(1)?;
        if !(q.speech && q.bare && !q.participle && t.is_punct(j, ',')) {
            return None;
        }
        let s = t.sentence(c)?;
        if j <= s.first + 1 || j - s.first > 30 || !t.is_capitalized(s.first) {
            return None;
        }
        let opened = (s.first + 1..j).any(|i| matches!(t.punct(i), Some(',' | '(')));
        let clean = (s.first..j).all(|i| {
            !(t.is_word(i) && (t.cue(i).is_some() || t.stance(i).is_some()))
                && !matches!(t.punct(i), Some(';' | ':' | '—' | '–'))
                && !(t.is_word(i) && is_finite_verb(t.s(i)))
        }) && !t.has(s.first, lexicon::CAPITALIZED_FUNCTION_WORD);
        (opened && clean && !self.in_pair(t.start(s.first))).then_some(Mention {
            first: s.first,
            last: j,
            kind: MentionKind::Nominal,
            phrase_first: s.first,
        })
    }

    /// Where reported content starting at token `k` ends (exclusive), at
    /// most at `last`: before `, adding ...` / `, according to`, and before
    /// a clause that leaves the reported speech (`; ...`, `, but ...`, a
    /// dash aside) or a second predicate of the speaker (`and added that`;
    /// for an `object` complement also `but declined to ...`).
    fn reported_end(&self, k: usize, last: usize, object: bool) -> usize {
        let t = self.t;
        let mut e = k;
        while e < last {
            // Only punctuation or `and`, `but`, `even`, `before` can end the
            // content: other words are passed without reading the next one.
            if t.punct(e).is_none() && !matches!(t.s(e), "and" | "but" | "even" | "before") {
                e += 1;
                continue;
            }
            let w = t.s(e);
            // A comma inside a closing mark (`the “king of debt,” noting
            // ...`) counts as one before the word after the mark.
            let closing = matches!(t.punct(e + 1), Some('”' | '"' | '’'));
            let next = t.s(e + 1 + usize::from(closing));
            if t.is_punct(e, ',')
                && (cue(next).is_some_and(|x| x.participle)
                    || next == "according"
                    || (e > k + 3 && CLAUSE_BREAKS.contains(&next)))
            {
                break;
            }
            if e > k + 3 && matches!(t.punct(e), Some(';' | '—' | '–')) {
                break;
            }
            // `... thinks Ohio is safe, Vale told the crowd.`: the
            // attribution of the words before the comma closes them.
            if e > k
                && t.is_punct(e, ',')
                && (e + 2..(e + 6).min(last)).any(|j| {
                    t.cue(j).is_some_and(|x| !x.participle)
                        && speaker::before(t, j).is_some_and(|m| m.phrase_first == e + 1)
                })
            {
                break;
            }
            // A second predicate of the speaker: `called the talks useful
            // but declined to ...`, `said the plan failed and added that`,
            // `vowed to appeal and thanked ...`.
            // The object of a stance verb may be one word (`defended Ruiz
            // and said ...`), and a finite verb or auxiliary after it starts
            // the second predicate too (`backed Ruiz and has said ...`,
            // `gained ground but would need ...`).
            if e > if object { k } else { k + 2 }
                && matches!(w, "and" | "but")
                && t.is_lowercase(e + 1)
                && cue(next).is_none_or(|x| !x.participle)
                && ((e > k + 2 && cue(next).is_some_and(|x| x.bare))
                    || (object
                        && (cue(next).is_some()
                            || lexicon::stance(next).is_some()
                            || is_finite_verb(next))))
            {
                break;
            }
            // `..., even as ...`, `... before explaining ...`
            if e > k + 2
                && ((w == "even" && next == "as") || (w == "before" && next.ends_with("ing")))
            {
                break;
            }
            if e > k && self.leaves_content(e, object) {
                break;
            }
            // `, and the union stepped in`: a new clause with its own
            // subject leaves the reported speech.
            if e > k + 2 && w == "and" && t.is_punct(e - 1, ',') && self.new_clause(e + 1) {
                break;
            }
            e += 1;
        }
        e
    }

    /// Where content spoken by a relative pronoun (`Vale, who endorsed Ruiz
    /// in May, spoke`) ends: at the comma that closes the relative clause,
    /// where a verb of the main clause follows (`, spoke`, `, has said`,
    /// `, told`); `e` otherwise.
    fn relative_end(&self, m: Option<Mention>, k: usize, e: usize) -> usize {
        let t = self.t;
        let relative = m.is_some_and(|m| {
            m.last == m.first + 1
                && matches!(t.s(m.first), "who" | "which")
                && m.first > 0
                && t.is_punct(m.first - 1, ',')
        });
        if !relative {
            return e;
        }
        (k + 1..e)
            .find(|&i| {
                let next = t.s(i + 1);
                t.is_punct(i, ',')
                    && t.is_lowercase(i + 1)
                    && (is_finite_verb(next)
                        || cue(next).is_some_and(|x| !x.participle)
                        || lexicon::stance(next).is_some_and(|_| !next.ends_with("ing"))
                        || (next.len() > 3 && next.ends_with("ed")))
            })
            .unwrap_or(e)
    }

    /// True when the comma at token `e` closes reported content although
    /// the sentence goes on:
    /// * the content sits in a fronted subordinate clause, so it ends at the
    ///   clause's first comma, where the main clause starts (`While Ruiz
    ///   says she will stay in the race, her allies ...`);
    /// * for the object of a stance verb, a participle phrase follows it
    ///   (`praised the plan, calling it ...`, `backed Ruiz, citing ...`):
    ///   it comments on the object, it is not part of it.
    fn leaves_content(&self, e: usize, object: bool) -> bool {
        let t = self.t;
        if !t.is_punct(e, ',') {
            return false;
        }
        // (Past a closing mark: `praised the “new deal,” calling it ...`.)
        let n = e + 1 + usize::from(matches!(t.punct(e + 1), Some('”' | '"' | '’')));
        let next = t.s(n);
        if object
            && t.is_lowercase(n)
            && next.len() > 5
            && next.ends_with("ing")
            && next != "including"
        {
            return true;
        }
        let Some(s) = t.sentence(e) else {
            return false;
        };
        let fronted = matches!(
            t.s(s.first).to_ascii_lowercase().as_str(),
            "while"
                | "although"
                | "though"
                | "as"
                | "if"
                | "because"
                | "since"
                | "when"
                | "after"
                | "whereas"
        );
        // The cue is in the fronted clause: no comma between the sentence
        // start and this one.
        fronted && !(s.first..e).any(|i| t.is_punct(i, ','))
    }

    /// A plain nominal between a comma and a verb of saying that ends its
    /// sentence (`..., political scientists say.`, `..., two aides said.`):
    /// the speaker of the words before the comma.
    fn comma_nominal(&self, c: usize, q: Cue) -> Option<Mention> {
        let t = self.t;
        if !q.speech {
            return None;
        }
        let s = t.sentence(c)?;
        if !(c + 1 >= s.last || matches!(t.punct(c + 1), Some('.' | '!' | '?'))) {
            return None;
        }
        let first = (c.saturating_sub(5)..c)
            .rev()
            .take_while(|&i| t.is_word(i))
            .last()?;
        let ok = first > 0
            && t.is_punct(first - 1, ',')
            && (first..c).all(|i| {
                let w = t.s(i);
                (t.is_lowercase(i) || w.starts_with(|ch: char| ch.is_ascii_digit()))
                    && !is_finite_verb(w)
                    && !lexicon::is_auxiliary(w)
                    && t.cue(i).is_none()
            });
        ok.then_some(Mention {
            first,
            last: c,
            kind: MentionKind::Nominal,
            phrase_first: first,
        })
    }

    /// True when a clause with its own subject and verb starts at token `i`
    /// (after `, and`): a name or a determiner and up to two words, then
    /// an auxiliary, a past form or a verb of saying or stance (`the union
    /// also stepped in`, `Ana Ruiz is promising ...`).
    fn new_clause(&self, i: usize) -> bool {
        let t = self.t;
        let mut v = i;
        if t.is_capitalized(i) && !lexicon::is_capitalized_function_word(t.s(i)) {
            while v < i + 4 && t.is_capitalized(v) {
                v += 1;
            }
        } else if t.is_word(i)
            && lexicon::is_determiner(t.s(i))
            && lexicon::pronoun(t.s(i)).is_none()
        {
            v = i + 1;
            while v < i + 4
                && t.is_word(v)
                && !is_finite_verb(t.s(v))
                && !(t.s(v).len() > 3 && t.s(v).ends_with("ed"))
                && t.cue(v).is_none()
            {
                v += 1;
            }
            if v == i + 1 {
                return false;
            }
        } else {
            return false;
        }
        if t.is_lowercase(v) && lexicon::is_adverb(t.s(v)) {
            v += 1;
        }
        let verb = t.s(v);
        t.is_lowercase(v)
            && (is_finite_verb(verb)
                || (verb.len() > 3 && verb.ends_with("ed"))
                || t.cue(v).is_some_and(|q| !q.participle)
                || lexicon::stance(verb).is_some_and(|_| !verb.ends_with("ing")))
    }

    /// The speaker before a time phrase that precedes the verb (`Ruiz on
    /// Tuesday said ...`, `the mayor last week endorsed ...`).
    fn timed_subject(&self, c: usize) -> Option<Mention> {
        let t = self.t;
        let a = c.checked_sub(1)?;
        let b = c.checked_sub(2)?;
        // (Words compared in any case, without lowercased copies.)
        let is = |i: usize, words: &[&str]| words.iter().any(|x| t.s(i).eq_ignore_ascii_case(x));
        let weekday = t.has(a, lexicon::WEEKDAY);
        let start = if is(b, &["on", "last", "this", "earlier", "late"])
            && (weekday || is(a, &["week", "month", "year", "night", "weekend"]))
        {
            b
        } else if weekday || is(a, &["yesterday", "today"]) {
            a
        } else {
            return None;
        };
        speaker::before(t, start)
    }

    /// The words from the start of the clause (the sentence start or a
    /// comma) up to the verb at `c`, as a nominal subject when they are a
    /// plain noun phrase of at most eight words (`A poll released last
    /// week showed ...`, `Exit polling showed ...`).
    fn clause_np(&self, c: usize) -> Option<Mention> {
        let t = self.t;
        let s = t.sentence(c)?;
        let mut b = c;
        while b > s.first && c - b < 9 && (t.is_word(b - 1) || t.is_punct(b - 1, '-')) {
            b -= 1;
        }
        if b == c || c - b > 8 || !(b == s.first || t.is_punct(b - 1, ',')) {
            return None;
        }
        let clean = (b..c).all(|i| {
            let w = t.s(i);
            !(t.is_word(i)
                && (t.cue(i).is_some()
                    || t.has(i, lexicon::STANCE_VERB | lexicon::AUXILIARY)
                    || is_finite_verb(w)
                    || lexicon::pronoun(w).is_some()))
        }) && !t.has(b, lexicon::CAPITALIZED_FUNCTION_WORD | lexicon::TAIL_START);
        clean.then_some(Mention {
            first: b,
            last: c,
            kind: MentionKind::Nominal,
            phrase_first: b,
        })
    }

    /// The first of the adverbs right before token `c` (`is already
    /// claiming`, `has not commented`), or `c`.
    fn before_adverbs(&self, c: usize) -> usize {
        let t = self.t;
        let mut p = c;
        while p > 0 && c - p < 3 && t.is_lowercase(p - 1) && t.has(p - 1, lexicon::ADVERB) {
            p -= 1;
        }
        p
    }

    /// A stance adjective after a form of `be` (`Ruiz was critical of the
    /// plan`, `the mayor is confident that ...`): reported content after
    /// its preposition or `that`.
    fn adjective(&mut self, c: usize) {
        let t = self.t;
        let be = self.before_adverbs(c).saturating_sub(1);
        if !matches!(
            t.s(be),
            "is" | "was" | "are" | "were" | "been" | "remains" | "remained"
        ) {
            return;
        }
        let Some(m) = speaker::before(t, be) else {
            return;
        };
        let Some(sent) = t.sentence(c) else { return };
        let k = c + 1;
        if !matches!(t.s(k), "of" | "that" | "about" | "to" | "with" | "in") || !t.is_word(k + 1) {
            return;
        }
        let e = self.reported_end(k + 1, sent.last, true);
        if e <= k + 1 {
            return;
        }
        let end = self.end_without_stop(e - 1);
        self.push(
            t.start(k + 1),
            end,
            QuoteKind::Reported,
            Some(m),
            Some(c),
            How::Adjective,
        );
    }

    /// A passive cue with its agent (`The plan was criticized by the mayor`,
    /// `Ruiz has been endorsed by the union`): the subject is the content,
    /// the agent the speaker.
    fn passive(&mut self, c: usize, first: usize) {
        let t = self.t;
        let a = c + 2;
        let mut z = a;
        while z < a + 6 && t.is_word(z) && (z == a || !t.has(z, lexicon::TAIL_START)) {
            z += 1;
        }
        let Some(m) = speaker::after(t, a).or((z > a).then_some(Mention {
            first: a,
            last: z,
            kind: MentionKind::Nominal,
            phrase_first: a,
        })) else {
            return;
        };
        // The subject: back from the auxiliaries to the clause start.
        let mut e = c;
        while e > first && (t.has(e - 1, lexicon::AUXILIARY) || t.has(e - 1, lexicon::CUE_MODIFIER))
        {
            e -= 1;
        }
        let mut b = e;
        while b > first && !matches!(t.punct(b - 1), Some(',' | ';' | ':' | '—' | '(')) {
            b -= 1;
        }
        if e <= b || e - b > 25 {
            return;
        }
        self.use_cue(c);
        self.push(
            t.start(b),
            t.end(e - 1),
            QuoteKind::Reported,
            Some(m),
            Some(c),
            How::Passive,
        );
    }

    /// A stance verb and its object (`Ruiz called for a recount`, `Ruiz
    /// accused the mayor of lying`): reported content from the object to
    /// the sentence end.
    fn stance(&mut self, c: usize, particles: &[&str], last: usize) {
        let t = self.t;
        let w = t.s(c);
        // A noun after a possessive (`Ruiz's support fell`, `whose support
        // grew`), `found itself` / `finds himself` (a circumstance, not a
        // finding) and `identified himself` (a name given, not a stance)
        // attribute nothing.
        let p = t.s(c.wrapping_sub(1));
        let possessive = c > 0
            && (p.ends_with("'s")
                || p.ends_with("’s")
                || matches!(
                    p,
                    "whose" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
                ));
        let reflexive = matches!(w, "found" | "finds" | "identified" | "identifies")
            && matches!(
                t.s(c + 1),
                "itself" | "himself" | "herself" | "themselves" | "myself" | "ourselves"
            );
        if possessive || reflexive {
            return;
        }
        let (m, how) = if w.ends_with("ing") {
            let p = c.saturating_sub(1);
            let before = self.before_adverbs(c).saturating_sub(1);
            if t.is_punct(p, ',') {
                (self.clause_subject(c), How::StanceParticiple)
            } else if matches!(t.s(p), "by" | "in" | "after" | "while" | "when" | "before") {
                // `began by calling for ...`: the subject of the clause.
                (
                    self.local_subject(c).or_else(|| self.clause_subject(c)),
                    How::StanceParticiple,
                )
            } else if t.s(p) == "and" {
                // `criticized the plan and called for ...`
                (self.clause_subject(c), How::StanceParticiple)
            } else if matches!(t.s(before), "is" | "was" | "are" | "were" | "been") {
                // A progressive: `Ruiz is calling for ...`.
                match speaker::before(t, c) {
                    Some(m) => (Some(m), How::Stance),
                    None => return,
                }
            } else {
                return;
            }
        } else {
            match speaker::before(t, c)
                .map(|m| (m, How::Stance))
                .or_else(|| self.timed_subject(c).map(|m| (m, How::StanceTimed)))
                .or_else(|| self.clause_np(c).map(|m| (m, How::StanceClauseNp)))
            {
                Some((m, how)) => (Some(m), how),
                None => return,
            }
        };
        let mut k = c + 1;
        let next = t.s(k).to_ascii_lowercase();
        if t.is_word(k) && particles.contains(&next.as_str()) {
            k += 1;
        } else if lexicon::stance_needs_particle(w) {
            // `pointing to the deficit` attributes; `pointing a gun` does not.
            return;
        } else if next == "to" && t.is_lowercase(k + 1) && !t.has(k + 1, lexicon::DETERMINER) {
            // `vowed to appeal`, `declined to comment on ...`
        } else if is_tail_start(&next) || lexicon::is_cue_modifier(&next) {
            return;
        }
        if t.s(k) == "that" {
            k += 1;
        }
        if !t.is_word(k) && !matches!(t.punct(k), Some('"' | '“' | '‘' | '\'')) {
            return;
        }
        let e = self.relative_end(m, k, self.reported_end(k, last, true));
        if e <= k {
            return;
        }
        let end = self.end_without_stop(e - 1);
        self.use_cue(c);
        if t.is_word(k) && t.start(k) < end && end <= t.end(k) {
            // A one-word object, a name or a pronoun (`endorsed Ruiz`,
            // `praised him`), is content too, though [`Ctx::push`] wants
            // two words of any other.
            self.out.push(Candidate {
                start: t.start(k),
                end,
                kind: QuoteKind::Reported,
                speaker: m,
                cue: Some(c),
                standalone: false,
                how: if m.is_some() { how } else { How::None },
                weak: self.weak,
            });
            return;
        }
        self.push(t.start(k), end, QuoteKind::Reported, m, Some(c), how);
    }

    /// The end token (exclusive) of sentence `s_idx` and the sentences after
    /// it in its paragraph that hold no attribution of their own, while the
    /// text from byte `from` stays within [`MAX_SPAN`].
    fn unattributed_run_end(&self, s_idx: usize, from: usize) -> usize {
        let t = self.t;
        let Some(first) = t.sentences.get(s_idx) else {
            return 0;
        };
        let mut to = first.last;
        for s in t.sentences.iter().skip(s_idx + 1) {
            if s.para != first.para
                || t.end(s.last.saturating_sub(1)).saturating_sub(from) > MAX_SPAN
                || self.attributed(s.first, s.last)
                || self.in_pair(t.start(s.first))
            {
                break;
            }
            to = s.last;
        }
        to
    }

    /// True when tokens `first..last` hold an attribution of their own: a
    /// cue with a third-person speaker, or `according to` (`I think we
    /// won` and `we said so` stay inside the speech around them).
    fn attributed(&self, first: usize, last: usize) -> bool {
        let t = self.t;
        (first..last).any(|i| {
            t.is_word(i)
                && (t.s(i) == "according"
                    || (t.cue(i).is_some()
                        && match speaker::before(t, i) {
                            Some(m) => {
                                !(m.last == m.first + 1 && is_first_or_second_person(t.s(m.first)))
                            }
                            // With no speaker phrase before it, a cue in a
                            // sentence with a first or second person, not
                            // opening it nor after a comma (`, said Ruiz`,
                            // `, saying`), is a verb of the speech itself:
                            // `the vote tells you ...`.
                            None => {
                                !self.cue_word_is_no_verb(i, first)
                                    && (i == first || (i > first && t.punct(i - 1).is_some()))
                                    || !has_person_markers(
                                        t.text.get(t.start(first)..t.start(i)).unwrap_or(""),
                                    ) && !has_person_markers(
                                        t.text
                                            .get(t.start(i)..t.end(last.saturating_sub(1)))
                                            .unwrap_or(""),
                                    ) && !self.cue_word_is_no_verb(i, first)
                            }
                        }))
        })
    }

    /// True when, in an article without quotation marks (where a sentence
    /// with a cue ends the speech before it or after it), the cue word at
    /// token `i`, with no speaker phrase before it, in a sentence starting
    /// at token `first`, is no verb of an attribution: a noun after a determiner or preposition (`the
    /// reports`, `in rural states`, `his claims`, `a warning`), an `-s`
    /// form with no subject (`rural states`: a verb in `-s` needs one), or
    /// a bare form opening the sentence, an imperative (`Tell that to the
    /// voters.`; an inverted attribution opening a sentence takes `Says`,
    /// `Added`).
    fn cue_word_is_no_verb(&self, i: usize, first: usize) -> bool {
        let t = self.t;
        if self.marked_doc {
            return false;
        }
        let w = t.s(i);
        if i == first {
            return t.cue(i).is_some_and(|q| w.eq_ignore_ascii_case(q.lemma));
        }
        if !t.is_lowercase(i) || !t.is_word(i - 1) {
            return false;
        }
        let prev = t.s(i - 1).to_ascii_lowercase();
        lexicon::is_determiner(&prev)
            || matches!(
                prev.as_str(),
                "in" | "of" | "on" | "for" | "to" | "with" | "by" | "from" | "at" | "about"
            )
    }

    /// True when the comma at `k` after an attribution resumes the quoted
    /// sentence (`, Vale said, and the rest ...`, `, he said, it was ...`)
    /// rather than adding to the attribution (`, adding ...`, `, who ...`).
    fn resumes(&self, k: usize, last: usize) -> bool {
        let t = self.t;
        if !t.is_punct(k, ',') || !t.is_lowercase(k + 1) || k + 4 >= last {
            return false;
        }
        let w = t.s(k + 1);
        !(lexicon::is_determiner(w)
            || t.cue(k + 1).is_some()
            || (is_tail_start(w) && !matches!(w, "so" | "but"))
            || w.ends_with("ing")
            || matches!(w, "who" | "which" | "whose" | "where"))
    }

    /// True when the comma at `k` continues the sentence the attribution
    /// interrupted (`, Obama said, are ...`) rather than adding to it
    /// (`, he said, adding that ...`, `, said Ruiz, a lawyer`).
    fn parenthetical(&self, k: usize, last: usize) -> bool {
        let t = self.t;
        if !t.is_punct(k, ',') || !t.is_lowercase(k + 1) || k + 3 >= last {
            return false;
        }
        let w = t.s(k + 1);
        !(lexicon::is_determiner(w)
            || cue(w).is_some()
            || is_tail_start(w)
            || matches!(
                w,
                "who"
                    | "which"
                    | "whose"
                    | "where"
                    | "and"
                    | "but"
                    | "or"
                    | "though"
                    | "although"
                    | "because"
                    | "referring"
            ))
    }

    /// End byte of token `last`, without the sentence's final stop and marks.
    fn end_without_stop(&self, last: usize) -> usize {
        let end = self.t.end(last);
        self.t.text.get(..end).map_or(end, |s| {
            s.trim_end_matches(['.', '!', '?', '…', '"', '”', '’', ' '])
                .len()
        })
    }

    /// The source named by `according to` in the rest of the attribution
    /// that ends at token `from` (`, Ruiz said, according to the Post.`,
    /// `said in a statement according to The Blaze`): the phrase after it,
    /// before the sentence ends, another cue or a quotation mark.
    fn according_after(&self, from: usize) -> Option<Mention> {
        let t = self.t;
        let sent = t.sentence(from.checked_sub(1)?)?;
        let mut k = from;
        while k < sent.last && k < from + 12 {
            if t.punct(k)
                .is_some_and(|p| QUOTE_CHARS.contains(&p) || matches!(p, '.' | ';'))
                || (t.is_word(k) && t.cue(k).is_some())
            {
                return None;
            }
            if t.is_word(k) && t.has(k, lexicon::ACCORDING) && t.s(k + 1) == "to" {
                return self.according_source(k + 2, sent.last);
            }
            k += 1;
        }
        None
    }

    /// The source of a quote whose opening mark, at token `open`, follows
    /// a sentence that opens with `According to <source>,` and nothing else
    /// (`According to Ruiz, “The bridge is unsafe.”`).
    fn according_before(&self, open: usize) -> Option<Mention> {
        let t = self.t;
        let comma = open.checked_sub(1).filter(|&k| t.is_punct(k, ','))?;
        let sent = t.sentence(comma)?;
        let mut a = sent.first;
        while a < comma && !t.is_word(a) {
            a += 1;
        }
        if !(t.s(a).eq_ignore_ascii_case("according") && t.s(a + 1) == "to") {
            return None;
        }
        let m = self.according_source(a + 2, comma)?;
        (m.last == comma && (a + 2..comma).all(|k| t.is_word(k))).then_some(m)
    }

    /// The source phrase starting at token `np` after `according to`, up
    /// to `last` at most: a speaker phrase that fills it or is a name, else
    /// the words up to the next punctuation (at most ten).
    fn according_source(&self, np: usize, last: usize) -> Option<Mention> {
        let t = self.t;
        let mut e = np;
        while e < last && t.is_word(e) && e - np < 10 {
            e += 1;
        }
        if e == np {
            return None;
        }
        Some(
            speaker::after(t, np)
                .filter(|m| m.last == e || m.kind == MentionKind::Name)
                .unwrap_or(Mention {
                    first: np,
                    last: e,
                    kind: MentionKind::Nominal,
                    phrase_first: np,
                }),
        )
    }

    fn according(&mut self, c: usize) {
        let t = self.t;
        let Some(sent) = t.sentence(c) else { return };
        let np = c + 2;
        let mut e = np;
        while e < sent.last && t.is_word(e) && e - np < 10 {
            e += 1;
        }
        let Some(m) = self.according_source(np, sent.last) else {
            return;
        };
        if c == sent.first || (c == sent.first + 1 && !t.is_word(sent.first)) {
            if t.is_punct(e, ',') {
                let end = self.end_without_stop(sent.last - 1);
                self.push(
                    t.start(e + 1),
                    end,
                    QuoteKind::Reported,
                    Some(m),
                    None,
                    How::According,
                );
            }
        } else if c > sent.first + 2 && t.is_punct(c - 1, ',') {
            self.push(
                t.start(sent.first),
                t.start(c - 1),
                QuoteKind::Reported,
                Some(m),
                None,
                How::According,
            );
        }
    }
}

/// Past a time phrase right after a cue (`said Tuesday`, `said on Friday`,
/// `says this week`), when a word follows it.
fn skip_time(t: &Tokens<'_>, k: usize) -> usize {
    let w = t.s(k).to_ascii_lowercase();
    let after =
        if lexicon::is_weekday(&w) || matches!(w.as_str(), "yesterday" | "today" | "tonight") {
            k + 1
        } else if (w == "on" && t.has(k + 1, lexicon::WEEKDAY))
            || (matches!(w.as_str(), "last" | "this" | "earlier" | "late")
                && matches!(
                    t.s(k + 1).to_ascii_lowercase().as_str(),
                    "week"
                        | "month"
                        | "year"
                        | "night"
                        | "weekend"
                        | "morning"
                        | "afternoon"
                        | "evening"
                ))
        {
            k + 2
        } else {
            return k;
        };
    if t.is_word(after) { after } else { k }
}

/// A reported candidate as the gate saw it: its span (bytes), its
/// features ([`crate::gate::features`]) and whether it was kept.
#[derive(Clone, Debug)]
pub(crate) struct Gated {
    /// Content start byte.
    pub start: usize,
    /// Content end byte.
    pub end: usize,
    /// The speaker mention's bytes, if any.
    pub speaker: Option<(usize, usize)>,
    /// Feature buckets.
    pub features: Vec<u16>,
}

/// Every candidate quote in `t`, reported ones through the gate with
/// weights `gate`, overlapping ones merged. When `seen` is given, every
/// reported candidate the gate looked at is pushed onto it.
pub(crate) fn candidates<'t, 'a>(
    t: &'t Tokens<'a>,
    passes: Passes,
    gate: &[i64],
    reach: &'t [i64],
    mut seen: Option<&mut Vec<Gated>>,
    reached: bool,
) -> Found<'t, 'a> {
    let pairs = marks::pairs(t);
    let marked_doc = pairs.iter().filter(|p| p.closed).count() >= 2;
    let mut ctx = Ctx {
        t,
        pairs,
        marked_doc,
        out: Vec::with_capacity(t.sentences.len()),
        used_cues: vec![false; t.toks.len()],
        weak: false,
        broad: passes.broad,
        mid_capitals: MidCapitals::default(),
        reach,
        reached: reached.then(Vec::new),
    };
    ctx.direct();
    if passes.unmarked || passes.reported {
        ctx.labels();
        ctx.cues(passes);
    }
    let mut feats = Vec::new();
    ctx.out.retain(|c| {
        if !crate::gate::gated(c) {
            return true;
        }
        feats.clear();
        crate::gate::features(t, c, marked_doc, &mut feats);
        if let Some(seen) = seen.as_deref_mut() {
            seen.push(Gated {
                start: c.start,
                end: c.end,
                speaker: c.speaker.map(|m| {
                    (
                        t.start(m.first),
                        t.end(m.last.saturating_sub(1).max(m.first)),
                    )
                }),
                features: feats.clone(),
            });
        }
        crate::gate::score(&feats, gate) >= 0
    });
    drop_fragments(&mut ctx.out);
    let mut kept = merge(t, std::mem::take(&mut ctx.out));
    inherit_speakers(t, &mut kept);
    Found { ctx, kept }
}

/// Where an alternative speaker comes from: the bits of [`Alt::src`].
pub(crate) mod src {
    /// The rules' own choice ([`super::Candidate::speaker`]).
    pub const RULE: u16 = 1 << 0;
    /// The speaker phrase right before the quote's cue.
    pub const CUE_BEFORE: u16 = 1 << 1;
    /// The speaker phrase right after the quote's cue (inverted).
    pub const CUE_AFTER: u16 = 1 << 2;
    /// The subject of the clause that holds the cue.
    pub const CUE_CLAUSE: u16 = 1 << 3;
    /// The speaker of the nearest earlier quote that has one.
    pub const PREV_QUOTE: u16 = 1 << 4;
    /// The speaker of the earlier quote before that one (another mention).
    pub const PREV_QUOTE2: u16 = 1 << 5;
    /// The speaker of the next quote that has one.
    pub const NEXT_QUOTE: u16 = 1 << 6;
    /// The speaker of a cue in the sentence before the quote.
    pub const PREV_SENT_CUE: u16 = 1 << 7;
    /// The phrase before a colon right before the quote (`... notes:`).
    pub const COLON: u16 = 1 << 8;
    /// The subject of the sentence before the quote.
    pub const PREV_SENT_SUBJ: u16 = 1 << 9;
    /// The speaker of a cue in the sentence after the quote.
    pub const NEXT_SENT_CUE: u16 = 1 << 10;
    /// The subject of the sentence the quote starts in, before the quote.
    pub const SENT_SUBJ: u16 = 1 << 11;
    /// How many sources there are.
    pub const N: usize = 12;
    /// Their names, in bit order (for feature names).
    pub const NAMES: [&str; N] = [
        "rule",
        "cue_before",
        "cue_after",
        "cue_clause",
        "prev_quote",
        "prev_quote2",
        "next_quote",
        "prev_sent_cue",
        "colon",
        "prev_sent_subj",
        "next_sent_cue",
        "sent_subj",
    ];
}

/// A speaker mention the ranker may choose for a quote, with the sources
/// that propose it (one mention proposed by several sources is one
/// alternative).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Alt {
    /// The mention.
    pub m: Mention,
    /// Its sources ([`src`] bits).
    pub src: u16,
    /// True when the mention lies inside quotation marks other than the
    /// quote's own.
    pub in_pair: bool,
}

/// The kept candidates of an article, with what is needed to propose
/// alternative speakers for them.
pub(crate) struct Found<'t, 'a> {
    ctx: Ctx<'t, 'a>,
    /// The candidates, in text order.
    pub kept: Vec<Candidate>,
}

/// The most earlier quotes looked at for their speakers (bounds the work on
/// hostile text with many speakerless quotes).
const LOOK_BACK: usize = 8;

impl Found<'_, '_> {
    /// The sentences the reach model looked at (when asked for).
    pub fn reached(&mut self) -> Vec<Reached> {
        self.ctx.reached.take().unwrap_or_default()
    }

    /// The alternative speakers of candidate `i`: the rules' choice first,
    /// then the mentions the speaker patterns find around the quote.
    pub fn alternatives(&self, i: usize) -> Vec<Alt> {
        let mut alts: Vec<Alt> = Vec::with_capacity(8);
        let Some(c) = self.kept.get(i) else {
            return alts;
        };
        let ctx = &self.ctx;
        let t = ctx.t;
        let mut add = |m: Option<Mention>, bit: u16| {
            let Some(m) = m.filter(|m| !overlaps(t, m, c)) else {
                return;
            };
            if let Some(a) = alts
                .iter_mut()
                .find(|a| a.m.first == m.first && a.m.last == m.last)
            {
                a.src |= bit;
            } else {
                alts.push(Alt {
                    m,
                    src: bit,
                    in_pair: ctx.in_pair(t.start(m.first)),
                });
            }
        };
        add(c.speaker, src::RULE);
        if let Some(q) = c.cue {
            add(speaker::before(t, q), src::CUE_BEFORE);
            if !t.cue(q).is_some_and(|x| x.object) {
                add(speaker::after(t, q + 1), src::CUE_AFTER);
            }
            add(ctx.clause_subject(q), src::CUE_CLAUSE);
        }
        // The speakers of the quotes around it (as the rules chose them).
        let mut earlier = self
            .kept
            .get(i.saturating_sub(LOOK_BACK)..i)
            .unwrap_or(&[])
            .iter()
            .rev()
            .filter_map(|k| k.speaker);
        if let Some(m) = earlier.next() {
            add(Some(m), src::PREV_QUOTE);
            add(
                earlier.find(|x| x.first != m.first || x.last != m.last),
                src::PREV_QUOTE2,
            );
        }
        add(
            self.kept
                .get(i + 1..(i + 1 + LOOK_BACK).min(self.kept.len()))
                .unwrap_or(&[])
                .iter()
                .find_map(|k| k.speaker),
            src::NEXT_QUOTE,
        );
        // The sentences around the quote.
        let q0 = t.toks.partition_point(|x| x.end <= c.start);
        let q1 = t
            .toks
            .partition_point(|x| x.start < c.end)
            .saturating_sub(1);
        let Some(&s0) = t.sentence_of.get(q0) else {
            return alts;
        };
        // What stands right before the content, past marks and line breaks.
        let mut b = q0;
        while b > 0
            && (matches!(t.toks.get(b - 1).map(|x| x.kind), Some(Kind::Break))
                || t.punct(b - 1).is_some_and(|p| QUOTE_CHARS.contains(&p)))
        {
            b -= 1;
        }
        if b > 0 && t.is_punct(b - 1, ':') {
            add(speaker::before(t, b - 1), src::COLON);
        }
        if let Some(s) = t.sentences.get(s0).filter(|s| s.first + 1 < q0) {
            let subject = ctx.clause_subject(q0).filter(|m| m.last <= q0);
            add(subject, src::SENT_SUBJ);
            let _ = s;
        }
        if let Some(prev) = s0.checked_sub(1).and_then(|p| t.sentences.get(p)) {
            for k in prev.first..prev.last.min(prev.first + MAX_SENT_SCAN) {
                if t.is_word(k) && t.cue(k).is_some() && !ctx.in_pair(t.start(k)) {
                    add(speaker::before(t, k), src::PREV_SENT_CUE);
                    if k > 0 && !t.is_word(k - 1) && !t.cue(k).is_some_and(|x| x.object) {
                        add(speaker::after(t, k + 1), src::PREV_SENT_CUE);
                    }
                }
            }
            add(
                ctx.clause_subject(prev.last.saturating_sub(1)),
                src::PREV_SENT_SUBJ,
            );
        }
        let s1 = t.sentence_of.get(q1).copied().unwrap_or(s0);
        if let Some(next) = t.sentences.get(s1 + 1) {
            add(
                speaker::then_cue(t, next.first).map(|(m, _)| m),
                src::NEXT_SENT_CUE,
            );
            for k in next.first..next.last.min(next.first + MAX_SENT_SCAN) {
                if t.is_word(k) && t.cue(k).is_some() && !ctx.in_pair(t.start(k)) {
                    add(speaker::before(t, k), src::NEXT_SENT_CUE);
                }
            }
        }
        alts
    }
}

/// True when mention `m` overlaps the content of candidate `c`.
pub(crate) fn overlaps(t: &Tokens<'_>, m: &Mention, c: &Candidate) -> bool {
    let (s, e) = (
        t.start(m.first),
        t.end(m.last.saturating_sub(1).max(m.first)),
    );
    s < c.end && c.start < e
}

/// The most tokens of a neighbouring sentence scanned for cues.
const MAX_SENT_SCAN: usize = 80;

/// Whether reported speech `inner`, inside the content of reported speech
/// `outer`, belongs to the same clause of that content: no comma, colon,
/// semicolon, dash or sentence stop between the content's start and the
/// inner attribution (its speaker, or its content when the speaker is not
/// inside). `Ruiz said voters want ...`, `Ruiz said the plan Vale backs
/// ...` are; `Ruiz said the vote failed, and Vale insisted ...` is not.
fn same_clause(t: &Tokens<'_>, outer: &Candidate, inner: &Candidate) -> bool {
    let at = inner
        .speaker
        .map(|m| t.start(m.first))
        .filter(|&s| s >= outer.start)
        .unwrap_or(inner.start);
    t.text.get(outer.start..at).is_some_and(|seg| {
        !seg.contains([',', ';', ':', '\u{2014}', '\u{2013}'])
            && !seg.contains(" - ")
            && !seg.contains(". ")
    })
}

/// Drops a quote that lies inside the reported speech of its own cue
/// (`Ruiz said the plan was “a gift to the rich and a burden on everyone
/// else,” in her view`): news annotation counts the whole clause as the
/// attribution's content, the quoted words being only part of it. A quote
/// attributed right next to its marks never shares its cue with reported
/// speech (that cue is used up), so only such fragments go.
fn drop_fragments(all: &mut Vec<Candidate>) {
    let reported: std::collections::HashMap<usize, (usize, usize)> = all
        .iter()
        .filter(|c| c.kind == QuoteKind::Reported)
        .filter_map(|c| Some((c.cue?, (c.start, c.end))))
        .collect();
    if reported.is_empty() {
        return;
    }
    all.retain(|c| {
        c.kind == QuoteKind::Reported
            || !c
                .cue
                .and_then(|q| reported.get(&q))
                .is_some_and(|&(s, e)| s < c.start && c.end <= e)
    });
}

fn para_of(t: &Tokens<'_>, byte: usize) -> usize {
    let i = t.toks.partition_point(|x| x.end <= byte);
    t.sentence(i).map_or(usize::MAX, |s| s.para)
}

/// A quote standing alone continues the speaker of the quote before it
/// (within two paragraphs); short ones that find no speaker are dropped.
fn inherit_speakers(t: &Tokens<'_>, kept: &mut Vec<Candidate>) {
    let mut last: Option<(Mention, usize, How)> = None;
    for c in kept.iter_mut() {
        let para = para_of(t, c.start);
        if c.standalone && c.speaker.is_none() {
            if let Some((m, _, how)) = last.filter(|(_, p, _)| para <= p + 2) {
                c.speaker = Some(m);
                // In a transcript the labelled speaker goes on speaking
                // until the next label: as certain as the label.
                c.how = if how == How::Label {
                    How::Label
                } else {
                    How::Inherited
                };
            }
        }
        if let Some(m) = c.speaker {
            last = Some((m, para, c.how));
        }
    }
    // `I think ...` inside someone's speech: the first person is the
    // speaker of the nearest attributed quote in the same paragraph.
    let first_person =
        |m: &Mention| m.last == m.first + 1 && is_first_or_second_person(t.s(m.first));
    // The attributed quotes of each paragraph, in text order (`kept` is).
    // (para, start, speaker), grouped by paragraph (a stable sort keeps
    // the text order within one).
    let mut spoken: Vec<(usize, (usize, Mention))> = kept
        .iter()
        .filter_map(|c| {
            let m = c.speaker.filter(|m| !first_person(m))?;
            Some((para_of(t, c.start), (c.start, m)))
        })
        .collect();
    spoken.sort_by_key(|&(p, _)| p);
    for c in kept.iter_mut() {
        if c.speaker.is_some_and(|m| first_person(&m)) {
            let para = para_of(t, c.start);
            let from = spoken.partition_point(|&(p, _)| p < para);
            let to = spoken.partition_point(|&(p, _)| p <= para);
            // (A slice, not a copy: one paragraph may hold every quote.)
            if let Some(m) = nearest(spoken.get(from..to).unwrap_or(&[]), c.start) {
                c.speaker = Some(m);
                c.how = How::FirstPerson;
            }
        }
    }
    kept.retain(|c| {
        !(c.standalone
            && c.speaker.is_none()
            && word_count(t.text.get(c.start..c.end).unwrap_or(""), 5) < 5)
    });
}

/// The speaker of the quote in `spoken` (sorted by start) that starts
/// nearest to byte `at`; the earliest one on a tie.
fn nearest(spoken: &[(usize, (usize, Mention))], at: usize) -> Option<Mention> {
    let i = spoken.partition_point(|(_, (s, _))| *s < at);
    // The first of the quotes with the largest start before `at`...
    let left = i.checked_sub(1).and_then(|j| {
        let s = spoken.get(j)?.1.0;
        let first = spoken.partition_point(|(_, (x, _))| *x < s);
        spoken.get(first)
    });
    // ...and the first at or after it.
    let right = spoken.get(i);
    match (left, right) {
        (Some(l), Some(r)) if r.1.0 - at < at - l.1.0 => Some(r.1.1),
        (Some(l), _) => Some(l.1.1),
        (None, r) => r.map(|r| r.1.1),
    }
}

fn rank(k: QuoteKind) -> u8 {
    match k {
        QuoteKind::Direct => 0,
        QuoteKind::Unmarked => 1,
        QuoteKind::Reported => 2,
    }
}

/// Keeps the best of overlapping candidates: direct over unmarked over
/// reported, then the earlier one; returns them in text order.
///
/// Reported speech inside the first clause of the content of reported
/// speech whose cue comes first (`Ruiz said voters want a new bridge`,
/// `Ruiz said Vale insisted that ...`, see [`same_clause`]) is part of what
/// the outer speaker reports, not an item of its own: one report, one item.
/// After a comma or a dash inside that content (`Ruiz said the vote failed,
/// and Vale insisted that ...`: the outer content may run too far) or
/// inside content that its attribution closes (`Vale said the talks
/// failed, her office said.`, `..., according to her office`) it stays its
/// own item, up to [`MAX_NESTING`] deep.
pub(crate) fn merge(t: &Tokens<'_>, mut all: Vec<Candidate>) -> Vec<Candidate> {
    all.sort_by_key(|c| (rank(c.kind), c.start, std::cmp::Reverse(c.end)));
    let mut kept: Vec<Candidate> = Vec::with_capacity(all.len());
    // The kept ones by (start, index): only those starting less than the
    // longest kept length before a candidate can overlap it, so each
    // candidate is checked against a bounded window, not all kept ones.
    let mut by_start: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut longest = 0;
    for c in all {
        let window = (c.start.saturating_sub(longest), 0)..(c.end, 0);
        let mut depth = 0;
        let clash = by_start.range(window).any(|&(_, i)| {
            let Some(k) = kept.get(i) else { return false };
            let o = c.end.min(k.end).saturating_sub(c.start.max(k.start));
            // Reported speech nested in reported speech is its own item
            // (`Vale said the talks failed, her office said.`), but not at
            // any depth (`X said Y said Z said ...` would keep one per
            // cue), and not inside the first clause of the content of a
            // cue before it (`Ruiz said voters want ...`): that is one
            // report.
            let nested = c.kind == QuoteKind::Reported
                && k.kind == QuoteKind::Reported
                && k.start < c.start
                && c.end <= k.end
                && !(k.cue.is_some_and(|q| t.start(q) < k.start) && same_clause(t, k, &c));
            if nested {
                depth += 1;
            }
            // Reported speech that holds a quote (`Ruiz says voters are
            // “tired of waiting for the bridge to be fixed,” and ...`) is
            // an item of its own, as news annotation counts it.
            let holds = c.kind == QuoteKind::Reported
                && k.kind != QuoteKind::Reported
                && k.start > c.start
                && k.end <= c.end;
            if holds {
                return false;
            }
            (o > 0 && !nested && (o * 2 >= c.end - c.start || o * 2 >= k.end - k.start))
                || depth > MAX_NESTING
        });
        if !clash {
            by_start.insert((c.start, kept.len()));
            longest = longest.max(c.end - c.start);
            kept.push(c);
        }
    }
    kept.sort_by_key(|c| (c.start, c.end));
    kept
}

/// Verbs of belief right on less than half of the attributions they
/// propose on PolNeAR's training part (`know`, `thought`, `felt`, ...):
/// their candidates are weak ([`Candidate::weak`]), kept only when the
/// gate accepts them.
pub(crate) fn weak_belief(word: &str) -> bool {
    matches!(
        word,
        "know"
            | "knew"
            | "thought"
            | "felt"
            | "feels"
            | "imagine"
            | "imagined"
            | "assume"
            | "assumed"
            | "figured"
            | "guess"
            | "wish"
            | "wished"
            | "sensed"
            | "saw"
    )
}

/// Verbs of belief, hope and fear taking a clause (`economists believe the
/// tax would ...`, `voters see Ruiz as ...`, `aides fear that ...`), which
/// news annotation counts as attributions like verbs of saying. Each form
/// here was right on more than half of the attributions it proposed on
/// PolNeAR's training part (`know`, `felt`, `thought` were not). Not verbs
/// of saying proper: their subject must be a speaker phrase.
///
/// Called only for tokens of [`lexicon::BELIEF`], whose word list holds
/// exactly the forms below (a test keeps the two in step).
pub(crate) fn belief_cue(word: &str) -> Option<Cue> {
    let lemma = match word {
        "believe" | "believed" => "believe",
        "think" => "think",
        "knows" => "know",
        "hope" | "hoped" => "hope",
        "fear" | "fears" => "fear",
        "expect" | "expected" => "expect",
        "worry" | "worried" | "worries" => "worry",
        "realized" => "realize",
        "understands" | "understood" => "understand",
        "recognize" | "recognizes" => "recognize",
        "consider" => "consider",
        "see" | "sees" => "see",
        "suspected" | "suspects" => "suspect",
        "doubt" => "doubt",
        "learned" => "learn",
        "discovered" => "discover",
        "noticed" => "notice",
        "feel" | "felt" | "feels" => "feel",
        "know" | "knew" => "know",
        "thought" => "think",
        "imagine" | "imagined" => "imagine",
        "assume" | "assumed" => "assume",
        "figured" => "figure",
        "guess" => "guess",
        "wish" | "wished" => "wish",
        "sensed" => "sense",
        "saw" => "see",
        _ => return None,
    };
    Some(Cue {
        lemma,
        clause: true,
        bare: true,
        object: false,
        participle: false,
        speech: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_contraction_is_a_speech_sign_in_any_case_and_with_its_apostrophe() {
        for w in [
            "dont", "doesnt", "didnt", "cant", "couldnt", "wont", "wouldnt", "isnt", "arent",
            "wasnt", "werent", "shouldnt", "hasnt", "havent", "thats", "theres", "whats", "heres",
            "theyre", "theyve", "aint",
        ] {
            let upper = w.to_uppercase();
            let (head, tail) = w.split_at(w.len() - if w.ends_with('t') { 1 } else { 2 });
            for text in [
                format!("we {w} know"),
                format!("we {upper} know"),
                format!("we {head}’{tail} know"),
                format!("we {head}'{tail} know"),
            ] {
                assert!(has_speech_signs(&text), "{text}");
            }
        }
        for text in [
            "the cat sat on the mat",
            "wonts dont’t",
            "tonight he went there",
            "the dog wagged its tail",
            "its tail, the end",
        ] {
            assert!(!has_speech_signs(text), "{text}");
        }
        // `its` as `it is`, read only when the word pass saw `its`.
        for text in [
            "well its not fair",
            "Its a shame",
            "the plan, ITS  really bad",
        ] {
            assert!(has_speech_signs(text), "{text}");
        }
    }

    #[test]
    fn one_pass_answers_persons_or_speech_signs() {
        for text in [
            "the cat sat on the mat",
            "I know it",
            "we’re late",
            "they dont care",
            "its not over",
            "Why did the mayor leave the room so early?",
            "Why the delay?",
            "the council met in Oslo",
            "",
        ] {
            assert_eq!(
                has_persons_or_speech_signs(text),
                has_person_markers(text) || has_speech_signs(text),
                "{text}"
            );
        }
    }

    #[test]
    fn any_word_sees_the_pieces_of_split() {
        for text in [
            "",
            "I'm here, you know",
            "  two  spaces,,and 3rd-rate  ",
            "we’re “fine” — don't 2½ café",
            "x",
        ] {
            let mut seen = Vec::new();
            assert!(!any_word(text, |w| {
                seen.push(w.to_string());
                false
            }));
            let split: Vec<String> = text
                .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
                .map(str::to_string)
                .collect();
            assert_eq!(seen, split, "{text}");
        }
        assert!(any_word("a b c", |w| w == "b"));
    }

    #[test]
    fn mid_capitals_answer_the_same_by_pass_and_by_sorted_search() {
        let t = Tokens::new(
            "Keep going, Vale said. Vale met Tom Vale and Ana, Berg in Oslo.\n\
             Oslo is cold; Berg said so. Keep it, Dana. “Ana,” Tom said.",
        );
        let naive = |i: usize| (0..t.toks.len()).any(|k| mid_capital(&t, k) && t.s(k) == t.s(i));
        // Fresh: the first questions are passes, the later ones a search.
        let m = MidCapitals::default();
        for i in 0..=t.toks.len() {
            assert_eq!(m.contains(&t, i), naive(i), "token {i} {:?}", t.s(i));
        }
        assert!(m.sorted.get().is_some());
        // Every token by a pass alone.
        for i in 0..=t.toks.len() {
            let fresh = MidCapitals::default();
            assert_eq!(fresh.contains(&t, i), naive(i), "token {i} {:?}", t.s(i));
        }
        let yes: Vec<&str> = (0..t.toks.len())
            .filter(|&i| naive(i))
            .map(|i| t.s(i))
            .collect();
        assert!(yes.contains(&"Vale") && yes.contains(&"Berg") && yes.contains(&"Dana"));
        assert!(!yes.contains(&"Keep"), "{yes:?}");
    }
}
