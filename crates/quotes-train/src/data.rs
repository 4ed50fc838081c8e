//! The analyzer's quotes on a corpus, with the alternative speakers of each
//! and which of them the scorer would count as right.

use newsfacts_core::CharIndex;
use newsfacts_eval::{Quote, greedy_match, relaxed_overlap, speaker_correct};
use newsfacts_quotes::{Quotes, training};

use crate::Error;
use crate::corpus::{Corpus, char_offset};

/// One alternative speaker of a quote.
#[derive(Clone, Debug)]
pub struct Alt {
    /// The quote with this speaker, as the scorer reads predictions.
    pub quote: Quote,
    /// Its feature ids.
    pub features: Vec<u16>,
    /// The rules' own choice.
    pub rule: bool,
    /// The scorer counts this speaker as right (false when the quote
    /// matches no gold quote).
    pub correct: bool,
}

/// One quote of the analyzer.
#[derive(Clone, Debug)]
pub struct Example {
    /// The quote as the analyzer writes it (shipped weights).
    pub quote: Quote,
    /// The alternatives its speaker is chosen among (empty: the analyzer's
    /// choice stands).
    pub alts: Vec<Alt>,
    /// True when it matches a gold quote that has a speaker.
    pub matched: bool,
    /// Which rule chose the rules' speaker (see the analyzer's `How`).
    pub how: String,
}

impl Example {
    /// The prediction with alternative `k` as speaker (the analyzer's quote
    /// when `k` is out of range: a quote without alternatives).
    pub fn with(&self, k: Option<usize>) -> Quote {
        match k.and_then(|k| self.alts.get(k)) {
            Some(a) => a.quote.clone(),
            None => self.quote.clone(),
        }
    }

    /// The prediction the rules alone make.
    pub fn rules(&self) -> Quote {
        self.with(self.alts.iter().position(|a| a.rule))
    }
}

/// The analyzer's quotes on one article.
#[derive(Clone, Debug)]
pub struct Doc {
    /// The article id.
    pub id: String,
    /// Its quotes.
    pub examples: Vec<Example>,
}

fn convert(q: &newsfacts_quotes::Quote, idx: &CharIndex) -> Quote {
    let ch = |b: usize| char_offset(idx, b);
    let kind = serde_json::to_value(q.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string));
    Quote {
        start: ch(q.span.start()),
        end: ch(q.span.end()),
        direct: false,
        kind,
        speaker: q.speaker.clone(),
        speaker_text: q.speaker_text.clone(),
        speaker_start: q.speaker_start.map(ch),
        speaker_end: q.speaker_end.map(ch),
    }
}

/// Runs the analyzer over every article of `corpus` once, and labels each
/// alternative speaker with the corpus's gold.
pub fn extract(corpus: &Corpus, quotes: &Quotes) -> Result<Vec<Doc>, Error> {
    let mut docs = Vec::with_capacity(corpus.articles.len());
    for (a, gold, idx) in corpus.with_gold() {
        let found = training::examples(quotes, &a.text)
            .map_err(|e| Error::Analyzer(format!("{}: {e}", a.id)))?;
        let mut examples: Vec<Example> = found
            .iter()
            .map(|x| Example {
                quote: convert(&x.quote, &idx),
                alts: x
                    .alternatives
                    .iter()
                    .map(|alt| Alt {
                        quote: convert(&alt.quote, &idx),
                        features: alt.features.clone(),
                        rule: alt.rule,
                        correct: false,
                    })
                    .collect(),
                matched: false,
                how: x.how.clone(),
            })
            .collect();
        if let Some(g) = gold {
            let pairs = greedy_match(g.quotes.len(), examples.len(), |i, j| {
                relaxed_overlap(g.quotes.get(i)?, &examples.get(j)?.quote)
            });
            for (i, j) in pairs {
                let (Some(gq), Some(ex)) = (g.quotes.get(i), examples.get_mut(j)) else {
                    continue;
                };
                ex.matched = gq.speaker.is_some() || gq.speaker_start.is_some();
                let mut any = false;
                for alt in &mut ex.alts {
                    alt.correct =
                        alt.quote.speaker_start.is_some() && speaker_correct(gq, &alt.quote);
                    any |= alt.correct;
                }
                // No speaker is right when no speaker offered is.
                if let Some(none) = ex
                    .alts
                    .first_mut()
                    .filter(|a| a.quote.speaker_start.is_none())
                {
                    none.correct = !any;
                }
            }
        }
        docs.push(Doc {
            id: a.id.clone(),
            examples,
        });
    }
    Ok(docs)
}
