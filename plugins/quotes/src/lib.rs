//! Who said what: direct quotes, quotes whose marks were lost, and reported
//! speech, each with its speaker resolved to the fullest name in the article.
//!
//! ```
//! use newsfacts_core::{Analyzer, Article, Document};
//! use newsfacts_quotes::{QuoteKind, Quotes, QuotesConfig};
//!
//! let article = Article::new(
//!     "a",
//!     "President Ana Ruiz met the press. “We will rebuild the bridge,” Ruiz said.",
//! );
//! let quotes = Quotes::new(QuotesConfig::default())?.analyze(&Document::new(&article))?;
//! assert_eq!(quotes[0].text, "We will rebuild the bridge");
//! assert_eq!(quotes[0].kind, QuoteKind::Direct);
//! assert_eq!(quotes[0].speaker.as_deref(), Some("Ana Ruiz"));
//! assert_eq!(quotes[0].speaker_text.as_deref(), Some("Ruiz"));
//! # Ok::<(), newsfacts_core::Error>(())
//! ```
//!
//! # What is found
//!
//! * **Direct** quotes between quotation marks (`"` `“ ”` `‘ ’` `« »`), with
//!   the attribution after (`,” Biden said.`, `,” said Biden.`), before
//!   (`Biden said: “`), earlier in the sentence, or inherited from the
//!   previous quote when a quote stands alone. Short unattributed quotes
//!   (scare quotes such as `the so-called "peace plan"`, titles of works) are
//!   skipped.
//! * **Unmarked** quotes, whose marks were stripped by scraping: the text
//!   from the start of the sentence to the comma of a sentence-final
//!   attribution (`Ive been clear, Biden said.`), continued over the rest of
//!   the paragraph when it stays unattributed; and `Name said: <content>`.
//!   Speech closed by a comma takes the attribution after it whatever
//!   follows the cue (`Im a free man, he told Channel 9 in Tampa on
//!   Monday.`), and resumes after a mid-sentence attribution (`I think so,
//!   Ruiz said, and the rest is up to voters.`, `To be honest, Ruiz said,
//!   I never doubted it.`). A short answer counts (`Not yet, Ruiz said.`),
//!   narrative ending in a colon is left out (`Ruiz turned to him: You are
//!   wrong, she said.`), and a verb of saying with no speaker of its own
//!   inside first- or second-person speech (`the vote tells you ...`) does
//!   not end it. `Name said, <Capitalized ...>` opens speech too (`Ruiz
//!   said, In my view ...`), also after a short phrase of time, place or
//!   listener (`Ruiz told reporters on Monday, Nobody ...`, `..., telling
//!   reporters, We ...`). Speech closed by an attribution reaches back over
//!   the sentences of its paragraph with no sign of speech when an earlier
//!   one shows it (a first or second person, a question of five words or
//!   more, a contraction such as `dont`), and further back while a learned
//!   model (`reach`, over the signs of speech, tense and narrative of each
//!   sentence) takes the sentence.
//! * **Reported** speech: a cue verb with a clause (`Lavrov countered that
//!   ...`, `Blinken told Lavrov the U.S. would ...`, `41 percent said ...`,
//!   `Ruiz said Tuesday the ...`), participles (`, adding that ...`) and
//!   `according to`; and, as news annotation (PolNeAR) counts them,
//!   attributed stances, beliefs and intentions: a stance verb with its
//!   object (`called for a recount`, `accused the mayor of lying`, `vowed to
//!   appeal`, `endorsed Ruiz`), a passive with its agent (`the plan was
//!   criticized by the union`) and a stance adjective (`was critical of`).
//!   The stance verbs and their precision were counted on PolNeAR's
//!   training part; content ends before a second predicate (`but declined
//!   to ...`), `; ...` or `, but ...`, at the comma closing a fronted
//!   clause (`While Ruiz says ..., her allies ...`) and before `, and` with
//!   a new subject. Verbs of belief take a clause (`most voters see Ruiz as
//!   ...`, `economists believe ...`); an attribution that interrupts
//!   paraphrase yields the words on both sides (`Time, Ruiz added, was on
//!   her side`); reported speech that holds a quote of its own cue is one
//!   item (`Ruiz said the plan was “a gift to the rich” and ...`).
//!
//! Speakers are names with their titles left out (`Rep. Tom Vale (D-Ore.)`,
//! `President Ana Ruiz of Chile` → `Ana Ruiz`), nominal phrases (`the
//! 42-year-old`, `41 percent`), or pronouns resolved to the last compatible
//! person (never an organization: a name ending in `University`,
//! `Department`, ... is no person); `I` and `we` in someone's speech take the speaker of the nearest
//! attributed quote in the paragraph. A relative pronoun is the mention, as
//! PolNeAR marks it (`Labor Secretary Tom Vale, who said ...`: speaker
//! `Tom Vale`, speaker text `who`). A participle (`, saying ...`) takes the
//! subject of its clause: a name (with a party tag, `Sen. Ana Ruiz (D-Ore.)`),
//! a pronoun or a nominal phrase (`the former governor sounded off ...`).
//!
//! Where the rules are certain (an attribution next to the quote, a cue
//! with its subject) their speaker stands. Elsewhere (no rule found one, a
//! standalone quote inheriting the previous speaker, `I` or `we` taking the
//! nearest speaker's, the subject of `... and said` or `, saying`) a
//! learned **ranker** chooses among the mentions the speaker patterns see
//! around the quote: before and after its cue, the subject of the cue's
//! clause, the speakers of the quotes before and after it, the speakers and
//! subjects of the sentences around it, the phrase before a colon that
//! opens it; or no speaker, when none of them scores better. Its weights
//! are generated into the source (see the `newsfacts-quotes-train` crate
//! and `docs/accuracy.md`); nothing is loaded at run time.
//!
//! With [`QuotesConfig::broad`] the reported passes also propose
//! attributions of low precision (`Ruiz knew the plan would fail`), each
//! kept only when a learned accept/reject gate, a linear model over hashed
//! binary features with weights generated the same way, accepts it.
//!
//! # Linear time
//!
//! Hostile text (one endless sentence, a flood of cues or marks) must not
//! take a run down, so every pass looks at a bounded window: sentences are
//! cut at 320 tokens or 2 KiB, passes that read on over a paragraph stop
//! after 4 KiB, a candidate over 8 KiB is dropped, reported speech nests at
//! most four deep, merging checks only the kept quotes that can overlap, and
//! names and pronoun antecedents are looked up in indexes built once. Real
//! news stays far below these bounds (PolNeAR's longest sentence has about
//! 220 tokens, its longest paragraph 2,600 bytes), so they change no result
//! on it. `tests/linear.rs` runs each hostile case at 200 KB.
//!
//! # How it is built
//!
//! | module | holds |
//! |---|---|
//! | `lexicon` | cue verbs with inflections and flags, titles, pronouns, nominal speaker heads, in one look-up table |
//! | `tokens` | tokenizer and sentence splitter, with the lexicon flags of each word computed once |
//! | `marks` | quotation-mark pairing |
//! | `speaker` | speaker phrases before and after a cue |
//! | `names` | the name-mention index used to resolve speakers, built on first use |
//! | `extract` | the passes that propose quotes, merging, and each quote's alternative speakers |
//! | `ranker` | the speaker ranker's features and choice |
//! | `weights` | the ranker's weights, generated by `newsfacts-quotes-train` |
//! | `gate` | the accept/reject gate over weak reported candidates (`broad`) |
//! | `gate_weights` | the gate's weights, generated by `newsfacts-quotes-train` |
//! | `reach` | how far back unmarked speech closed by an attribution reaches (a learned choice) |
//! | `reach_weights` | the reach model's weights, generated by `newsfacts-quotes-train` |
//!
//! Spans are byte offsets into the body; like every `Span` they are written
//! as character offsets by the runner (see `newsfacts_core::offsets`).

#![forbid(unsafe_code)]
// Library code never unwraps: user data must not be able to panic it.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

mod extract;
mod gate;
mod gate_weights;
mod lexicon;
mod marks;
mod names;
mod ranker;
mod reach;
mod reach_weights;
mod speaker;
mod tokens;
mod weights;

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

use newsfacts_core::{Analyzer, Document, Error, Span, offsets};

use crate::extract::{Alt, Candidate, Passes};
use crate::lexicon::{Gender, pronoun};
use crate::names::NameIndex;
use crate::speaker::{Mention, MentionKind};
use crate::tokens::Tokens;

/// The quotes analyzer (`NAME = "quotes"`, no requirements).
#[derive(Debug, Clone)]
pub struct Quotes {
    passes: Passes,
    /// The gate's weights when not the shipped ones (training only).
    gate: Option<std::sync::Arc<[i64]>>,
    /// The reach model's weights when not the shipped ones (training
    /// only).
    reach: Option<std::sync::Arc<[i64]>>,
}

/// Settings of the quotes analyzer (the `quotes` section of a config).
#[derive(Deserialize, Debug, Clone)]
#[serde(default, deny_unknown_fields)]
pub struct QuotesConfig {
    /// Also find reported speech (`Blinken said the U.S. would ...`).
    /// Default `true`.
    pub reported: bool,
    /// Also find quotes whose quotation marks were stripped (`Ive been
    /// clear, Biden said.`). Default `true`.
    pub unmarked: bool,
    /// Also propose attributions of low precision (verbs of belief such as
    /// `knew` and `thought`, a cue with a complement the rules refuse:
    /// `officials who Ruiz said were ...`), each kept only when a learned
    /// accept/reject gate accepts it. Default `false`: on PolNeAR it raises
    /// the cross-validated "all" F1 in every fold (by a fifth of the spread
    /// between folds) with speaker accuracy unchanged, but adds
    /// attributions that the hand-labelled `sample` does not count.
    pub broad: bool,
}

impl Default for QuotesConfig {
    fn default() -> Self {
        QuotesConfig {
            reported: true,
            unmarked: true,
            broad: false,
        }
    }
}

/// How the content was marked in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Verbatim, between quotation marks.
    Direct,
    /// Verbatim by its form (closed by `, Name said.`), but without marks.
    Unmarked,
    /// Paraphrase: `said that ...`, `according to ...`.
    Reported,
}

/// One quote: its content, kind, speaker and cue.
///
/// Written as one flat object: `text`, `start`, `end` (the span), `kind`,
/// `speaker`, `speaker_text`, `speaker_start`, `speaker_end`, `cue`.
#[derive(Clone, Debug)]
pub struct Quote {
    /// The quoted or reported content, without the quotation marks.
    pub text: String,
    /// The content span (byte offsets; written as characters by the runner).
    pub span: Span,
    /// `direct`, `unmarked` or `reported`.
    pub kind: QuoteKind,
    /// The speaker's fullest name in the article (`Joe Biden`), a nominal
    /// phrase as written (`the spokesman`), or null when unknown (an
    /// unresolved pronoun).
    pub speaker: Option<String>,
    /// The speaker mention as written (`Biden`, `he`).
    pub speaker_text: Option<String>,
    /// Start byte of the speaker mention.
    pub speaker_start: Option<usize>,
    /// End byte of the speaker mention.
    pub speaker_end: Option<usize>,
    /// The cue verb as written (`said`, `told`), when there is one.
    pub cue: Option<String>,
}

/// Written by hand rather than derived with `#[serde(flatten)]` for the
/// span: a flattened field makes serde buffer the object as a map, which
/// cost more than finding the quotes. Offsets are converted like a
/// `Span`'s (see `newsfacts_core::offsets`).
impl Serialize for Quote {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Quote", 9)?;
        s.serialize_field("text", &self.text)?;
        s.serialize_field("start", &offsets::convert(self.span.start()))?;
        s.serialize_field("end", &offsets::convert(self.span.end()))?;
        s.serialize_field("kind", &self.kind)?;
        s.serialize_field("speaker", &self.speaker)?;
        s.serialize_field("speaker_text", &self.speaker_text)?;
        s.serialize_field("speaker_start", &self.speaker_start.map(offsets::convert))?;
        s.serialize_field("speaker_end", &self.speaker_end.map(offsets::convert))?;
        s.serialize_field("cue", &self.cue)?;
        s.end()
    }
}

impl Quotes {
    fn gate_weights(&self) -> &[i64] {
        self.gate.as_deref().unwrap_or(gate_weights::WEIGHTS)
    }

    fn reach_weights(&self) -> &[i64] {
        self.reach.as_deref().unwrap_or(reach_weights::WEIGHTS)
    }

    /// The quotes of `text` (what [`Analyzer::analyze`] does with a body).
    pub fn find(&self, text: &str) -> Result<Vec<Quote>, Error> {
        let t = Tokens::new(text);
        let found = extract::candidates(
            &t,
            self.passes,
            self.gate_weights(),
            self.reach_weights(),
            None,
            false,
        );
        // The name index is needed only to resolve a speaker: many articles
        // have none, so it is built on first use.
        let names = std::cell::OnceCell::new();
        let names = || names.get_or_init(|| NameIndex::build(&t));
        let mut out = Vec::with_capacity(found.kept.len());
        let mut feats: Vec<u16> = Vec::new();
        for (i, c) in found.kept.iter().enumerate() {
            let m = if ranker::locked(c) {
                c.speaker
            } else {
                let alts = found.alternatives(i);
                if alts.is_empty() {
                    None
                } else {
                    // No speaker is the first option (see `ranker::none_features`).
                    feats.clear();
                    ranker::none_features(c, alts.len(), &mut feats);
                    let mut top = (None, ranker::score(&feats, weights::WEIGHTS));
                    let facts = ranker::QuoteFacts::new(&t, names(), c, &alts);
                    for a in &alts {
                        feats.clear();
                        ranker::features(&t, names(), &facts, a, &mut feats);
                        let s = ranker::score(&feats, weights::WEIGHTS);
                        if s > top.1 {
                            top = (Some(a.m), s);
                        }
                    }
                    top.0
                }
            };
            out.push(quote_of(&t, c, m, names)?);
        }
        Ok(out)
    }
}

/// What the analyzer returns for one article, in text order (every bundled
/// plugin crate names its output type `Output`).
pub type Output = Vec<Quote>;

/// The quote of candidate `c` with speaker mention `m`, resolved with the
/// name index `names` (called only when there is a mention to resolve).
fn quote_of<'a>(
    t: &Tokens<'a>,
    c: &Candidate,
    m: Option<Mention>,
    names: impl Fn() -> &'a NameIndex<'a>,
) -> Result<Quote, Error> {
    let text = t.text;
    let span = Span::new(text, c.start, c.end)?;
    let mut q = Quote {
        text: span.text(text).to_string(),
        span,
        kind: c.kind,
        speaker: None,
        speaker_text: None,
        speaker_start: None,
        speaker_end: None,
        cue: c.cue.map(|i| t.s(i).to_string()),
    };
    // A mention inside the content is no speaker of it (the content is
    // then not what the rules meant, but the quote stays).
    let m = m.filter(|m| !extract::overlaps(t, m, c));
    if let Some(m) = m {
        let (s, e) = (
            t.start(m.first),
            t.end(m.last.saturating_sub(1).max(m.first)),
        );
        let mention = Span::new(text, s, e)?;
        let written = mention.text(text);
        q.speaker = match m.kind {
            MentionKind::Name => {
                let words: Vec<&str> = (m.first..m.last)
                    .filter(|&i| t.is_word(i))
                    .map(|i| t.s(i))
                    .collect();
                names().resolve(&words)
            }
            MentionKind::Nominal => Some(written.to_string()),
            MentionKind::Relative { first, last, name } => {
                if name {
                    let words: Vec<&str> = (first..last)
                        .filter(|&i| t.is_word(i))
                        .map(|i| t.s(i))
                        .collect();
                    names().resolve(&words)
                } else {
                    text.get(t.start(first)..t.end(last.saturating_sub(1).max(first)))
                        .map(str::to_string)
                }
            }
            MentionKind::Pronoun => match pronoun(written) {
                Some(g @ (Gender::Male | Gender::Female)) => {
                    names().pronoun_referent(t, m.first, g, (c.start, c.end))
                }
                _ => None,
            },
        };
        q.speaker_text = Some(written.to_string());
        q.speaker_start = Some(s);
        q.speaker_end = Some(e);
    }
    Ok(q)
}

/// What the speaker ranker's training command needs from the analyzer: every
/// quote with the alternative speakers the ranker chose among and their
/// features. Not a stable interface: it changes with the ranker's features.
#[doc(hidden)]
pub mod training {
    use super::*;

    /// One alternative speaker of a quote (the first alternative of a quote
    /// is no speaker at all).
    #[derive(Clone, Debug)]
    pub struct Alternative {
        /// The quote as it would be written with this speaker.
        pub quote: Quote,
        /// The ids of its binary features (see [`feature_names`]).
        pub features: Vec<u16>,
        /// True for the rules' own choice.
        pub rule: bool,
    }

    /// One quote as the analyzer writes it, and the alternatives its speaker
    /// was chosen among (empty when a certain rule chose it, or when there
    /// was none).
    #[derive(Clone, Debug)]
    pub struct Example {
        /// The quote the analyzer outputs.
        pub quote: Quote,
        /// The alternatives, when the ranker chose among them.
        pub alternatives: Vec<Alternative>,
        /// Which rule chose the rules' speaker (`After`, `Reported`, ...;
        /// `None` when no rule found one).
        pub how: String,
    }

    /// The quotes of `text` with the alternatives of each.
    pub fn examples(quotes: &Quotes, text: &str) -> Result<Vec<Example>, Error> {
        let t = Tokens::new(text);
        let found = extract::candidates(
            &t,
            quotes.passes,
            quotes.gate_weights(),
            quotes.reach_weights(),
            None,
            false,
        );
        let names = std::cell::OnceCell::new();
        let names = || names.get_or_init(|| NameIndex::build(&t));
        let chosen = quotes.find(text)?;
        let mut out = Vec::with_capacity(found.kept.len());
        for ((i, c), quote) in found.kept.iter().enumerate().zip(chosen) {
            let mut alternatives = Vec::new();
            if !ranker::locked(c) {
                let alts: Vec<Alt> = found.alternatives(i);
                if !alts.is_empty() {
                    let mut features = Vec::new();
                    ranker::none_features(c, alts.len(), &mut features);
                    alternatives.push(Alternative {
                        quote: quote_of(&t, c, None, names)?,
                        features,
                        rule: c.speaker.is_none(),
                    });
                    let facts = ranker::QuoteFacts::new(&t, names(), c, &alts);
                    for a in &alts {
                        let mut features = Vec::new();
                        ranker::features(&t, names(), &facts, a, &mut features);
                        alternatives.push(Alternative {
                            quote: quote_of(&t, c, Some(a.m), names)?,
                            features,
                            rule: a.src & extract::src::RULE != 0,
                        });
                    }
                }
            }
            out.push(Example {
                quote,
                alternatives,
                how: format!("{:?}", c.how),
            });
        }
        Ok(out)
    }

    /// One reported candidate as the gate saw it, before it was kept or
    /// dropped.
    #[derive(Clone, Debug)]
    pub struct GateExample {
        /// Content start byte.
        pub start: usize,
        /// Content end byte.
        pub end: usize,
        /// The bytes of the rules' speaker mention, if any.
        pub speaker: Option<(usize, usize)>,
        /// Its feature buckets (below [`gate_buckets`]).
        pub features: Vec<u16>,
    }

    /// Every reported candidate of `text` the gate looks at.
    pub fn gate_examples(quotes: &Quotes, text: &str) -> Vec<GateExample> {
        let t = Tokens::new(text);
        let mut seen = Vec::new();
        let _ = extract::candidates(
            &t,
            quotes.passes,
            quotes.gate_weights(),
            quotes.reach_weights(),
            Some(&mut seen),
            false,
        );
        seen.into_iter()
            .map(|g| GateExample {
                start: g.start,
                end: g.end,
                speaker: g.speaker,
                features: g.features,
            })
            .collect()
    }

    /// `quotes` with the gate's weights `weights` instead of the shipped ones.
    pub fn with_gate(quotes: &Quotes, weights: &[i64]) -> Quotes {
        Quotes {
            passes: quotes.passes,
            gate: Some(weights.into()),
            reach: quotes.reach.clone(),
        }
    }

    /// `quotes` with the reach model's weights `weights` instead of the
    /// shipped ones (empty: the rules' start).
    pub fn with_reach(quotes: &Quotes, weights: &[i64]) -> Quotes {
        Quotes {
            passes: quotes.passes,
            gate: quotes.gate.clone(),
            reach: Some(weights.into()),
        }
    }

    /// One sentence before unmarked speech closed by an attribution, as
    /// the reach model saw it (see [`reach_examples`]).
    #[derive(Clone, Debug)]
    pub struct ReachExample {
        /// The sentence's bytes.
        pub sentence: (usize, usize),
        /// The closing content's bytes, from the start of its sentence.
        pub closing: (usize, usize),
        /// Its feature buckets (below [`reach_buckets`]).
        pub features: Vec<u16>,
        /// The rules' start covers it.
        pub rule: bool,
    }

    /// Every sentence of `text` the reach model looks at (in an article
    /// without quotation marks), with the rules' candidates.
    pub fn reach_examples(quotes: &Quotes, text: &str) -> Vec<ReachExample> {
        let t = Tokens::new(text);
        let mut found = extract::candidates(
            &t,
            quotes.passes,
            quotes.gate_weights(),
            quotes.reach_weights(),
            None,
            true,
        );
        found
            .reached()
            .into_iter()
            .map(|r| ReachExample {
                sentence: r.sentence,
                closing: r.closing,
                features: r.features,
                rule: r.rule,
            })
            .collect()
    }

    /// How many feature buckets the reach model has.
    pub fn reach_buckets() -> usize {
        reach::N
    }

    /// True when features `feats` take a sentence into the quote under
    /// `weights`.
    pub fn reach_takes(feats: &[u16], weights: &[i64]) -> bool {
        !weights.is_empty() && reach::take(feats, weights, false)
    }

    /// The fingerprint of today's reach features.
    pub fn reach_fingerprint() -> u64 {
        reach::fingerprint()
    }

    /// The fingerprint the shipped reach weights were trained for.
    pub fn shipped_reach_fingerprint() -> u64 {
        reach_weights::FINGERPRINT
    }

    /// The shipped reach weights.
    pub fn shipped_reach_weights() -> &'static [i64] {
        reach_weights::WEIGHTS
    }

    /// How many feature buckets the gate has.
    pub fn gate_buckets() -> usize {
        gate::N
    }

    /// The gate's feature templates.
    pub fn gate_templates() -> &'static [&'static str] {
        gate::TEMPLATES
    }

    /// The fingerprint of today's gate features.
    pub fn gate_fingerprint() -> u64 {
        gate::fingerprint()
    }

    /// The fingerprint the shipped gate weights were trained for.
    pub fn shipped_gate_fingerprint() -> u64 {
        gate_weights::FINGERPRINT
    }

    /// The shipped gate weights.
    pub fn shipped_gate_weights() -> &'static [i64] {
        gate_weights::WEIGHTS
    }

    /// The name of every feature, in id order.
    pub fn feature_names() -> Vec<String> {
        ranker::feature_names()
    }

    /// The fingerprint of today's features (see [`shipped_fingerprint`]).
    pub fn fingerprint() -> u64 {
        ranker::fingerprint()
    }

    /// The fingerprint of the features the shipped weights were trained for.
    pub fn shipped_fingerprint() -> u64 {
        weights::FINGERPRINT
    }

    /// The shipped weights, one per feature.
    pub fn shipped_weights() -> &'static [i64] {
        weights::WEIGHTS
    }

    /// The score of features `feats` under `weights`.
    pub fn score(feats: &[u16], weights: &[i64]) -> i64 {
        ranker::score(feats, weights)
    }

    /// The index of the best alternative under `weights` (the first on a
    /// tie), as the analyzer chooses.
    pub fn best(alternatives: &[Alternative], weights: &[i64]) -> Option<usize> {
        ranker::best(alternatives.iter().map(|a| a.features.as_slice()), weights)
    }
}

impl Analyzer for Quotes {
    const NAME: &'static str = "quotes";
    type Config = QuotesConfig;
    type Output = Output;

    fn new(config: QuotesConfig) -> Result<Self, Error> {
        Ok(Quotes {
            passes: Passes {
                reported: config.reported,
                unmarked: config.unmarked,
                broad: config.broad,
            },
            gate: None,
            reach: None,
        })
    }

    fn analyze(&self, doc: &Document<'_>) -> Result<Vec<Quote>, Error> {
        self.find(doc.body())
    }
}

newsfacts_core::register!(
    Quotes,
    "direct, unmarked and reported quotes with resolved speakers"
);
