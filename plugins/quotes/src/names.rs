//! The name-mention index: every capitalized name in an article, with its
//! titles stripped, so a speaker can be resolved to the fullest form the
//! article uses (`Biden` → `Joe Biden` when `President Joe Biden` appears
//! anywhere) and a pronoun to the most recent compatible person.
//!
//! A name is a run of capitalized words (with particles such as `van`),
//! minus a leading sentence-initial function word and minus everything up to
//! the last title word (`U.S. Secretary of State Antony Blinken` →
//! `Antony Blinken`). A name counts as a person when it carried a title or
//! honorific, starts with a known first name, or stands right before a cue
//! verb; only persons are candidates for `he` and `she`.
//!
//! Names borrow their words from the text ([`Words`], at most four, hashed
//! once), so indexing allocates nothing per mention; the analyzer builds the
//! index only when a quote has a speaker to resolve.

use crate::lexicon::{
    self, FastMap, Gender, first_name_gender, honorific_gender, is_name_particle,
};
use crate::tokens::{LOWER, Tokens, UPPER, shape};
use std::hash::BuildHasherDefault;

/// How many tokens at the end of the previous sentence a sentence-initial
/// pronoun looks through for that sentence's speaker.
const PREVIOUS_SENTENCE_TOKENS: usize = 40;

/// The most words an indexed name has (longer runs are no single name).
const MAX_NAME: usize = 4;

/// The words of a name, borrowed from the text: at most [`MAX_NAME`], the
/// unused slots empty, with a hash of them computed once (names are hashed
/// and compared many times while indexing).
#[derive(Clone, Copy, Debug, Default)]
struct Words<'a> {
    w: [&'a str; MAX_NAME],
    /// The hash of each word.
    wh: [u64; MAX_NAME],
    n: usize,
    hash: u64,
}

impl PartialEq for Words<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.hash == other.hash && self.as_slice() == other.as_slice()
    }
}

impl Eq for Words<'_> {}

impl std::hash::Hash for Words<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

/// Passes a precomputed hash through (see [`Words`]).
#[derive(Default)]
struct Prehashed(u64);

impl std::hash::Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map keyed by [`Words`].
type WordsMap<'a, V> = std::collections::HashMap<Words<'a>, V, BuildHasherDefault<Prehashed>>;

/// A hash of one word, eight bytes at a time.
fn word_hash(w: &str) -> u64 {
    let mut h: u64 = 0x243F_6A88_85A3_08D3 ^ w.len() as u64;
    let mut chunks = w.as_bytes().chunks_exact(8);
    for chunk in &mut chunks {
        let x = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
        h = (h ^ x).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        h ^= h >> 29;
    }
    // The last bytes, gathered in a register.
    let rest = chunks
        .remainder()
        .iter()
        .enumerate()
        .fold(0u64, |x, (i, &b)| x | u64::from(b) << (8 * i));
    h = (h ^ rest).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h ^ (h >> 31)
}

/// The hash of a name from the hashes of its words.
fn combine(hashes: &[u64]) -> u64 {
    hashes.iter().fold(0x1319_8A2E_0370_7344, |h, &w| {
        (h.rotate_left(23) ^ w).wrapping_mul(0xBF58_476D_1CE4_E5B9)
    })
}

impl<'a> Words<'a> {
    /// The key words of `words` (see [`key_word`]); `None` when there are
    /// more than [`MAX_NAME`].
    fn new(words: impl ExactSizeIterator<Item = &'a str>) -> Option<Words<'a>> {
        let mut out = Words::default();
        if words.len() > MAX_NAME {
            return None;
        }
        for ((slot, wh), w) in out.w.iter_mut().zip(out.wh.iter_mut()).zip(words) {
            *slot = key_word(w);
            *wh = word_hash(slot);
            out.n += 1;
        }
        out.hash = combine(out.wh.get(..out.n).unwrap_or(&[]));
        Some(out)
    }

    fn as_slice(&self) -> &[&'a str] {
        self.w.get(..self.n).unwrap_or(&[])
    }

    /// The words from the `k`-th on.
    fn suffix(&self, k: usize) -> Words<'a> {
        let mut out = Words::default();
        let words = self.as_slice().iter().zip(self.wh.iter()).skip(k);
        for ((slot, wh), (w, h)) in out.w.iter_mut().zip(out.wh.iter_mut()).zip(words) {
            *slot = w;
            *wh = *h;
            out.n += 1;
        }
        out.hash = combine(out.wh.get(..out.n).unwrap_or(&[]));
        out
    }

    fn join(&self) -> String {
        self.as_slice().join(" ")
    }
}

#[derive(Debug)]
struct Entry<'a> {
    words: Words<'a>,
    count: usize,
    first_seen: usize,
    person: bool,
    gender: Gender,
}

/// The names of one article and where each is mentioned.
#[derive(Debug, Default)]
pub(crate) struct NameIndex<'a> {
    entries: Vec<Entry<'a>>,
    by_words: WordsMap<'a, usize>,
    /// (start byte, end byte, entry) in text order.
    mentions: Vec<(usize, usize, usize)>,
    /// For every word sequence that ends some entry's words, the fullest
    /// entry ending with it: computed once, so that resolving a name is one
    /// look-up, not a scan of every name.
    fullest_by_suffix: WordsMap<'a, usize>,
    /// For each entry, the entry with the most words that ends with its
    /// words (see [`NameIndex::fullest`]).
    fullest: Vec<usize>,
    /// For each gender (unknown, male, female), for each mention, the last
    /// mention at or before it of a person of a compatible gender: a
    /// pronoun finds its antecedent in constant time.
    last_person: [Vec<Option<usize>>; 3],
}

fn gender_slot(g: Gender) -> usize {
    match g {
        Gender::Unknown => 0,
        Gender::Male => 1,
        Gender::Female => 2,
    }
}

/// `w` without possessive endings (`Ruiz’s` → `Ruiz`).
fn key_word(mut w: &str) -> &str {
    // (`strip_suffix` compares bytes; `trim_end_matches` with a string
    // pattern would build a substring searcher for every word.)
    while let Some(x) = w.strip_suffix("’s") {
        w = x;
    }
    while let Some(x) = w.strip_suffix("'s") {
        w = x;
    }
    w
}

fn sentence_initial(t: &Tokens<'_>, i: usize) -> bool {
    i == 0
        || t.sentence(i).is_some_and(|s| s.first == i)
        || !t.is_word(i - 1) && !t.is_punct(i - 1, ',')
}

fn merge_gender(a: Gender, b: Gender) -> Gender {
    if a == Gender::Unknown { b } else { a }
}

/// Which sentence-initial capitalized words the article also writes in
/// lowercase (`Officials` when `officials` occurs): such a word opens a
/// sentence rather than a name. Only the few sentence-initial words are
/// looked for, so the many lowercase words are never hashed into a set.
struct AlsoLowercase {
    /// The sentence-initial capitalized tokens whose lowercase form occurs
    /// as a lowercase word, in text order.
    tokens: Vec<usize>,
    /// Every capitalized token, in text order (found on the way: the name
    /// index then visits only these, not every token).
    uppers: Vec<usize>,
}

/// Sets bit `bit` (below 1024) of `filter`.
fn set_bit(filter: &mut [u64; 16], bit: u16) {
    let bit = usize::from(bit) & 1023;
    filter[bit >> 6] |= 1 << (bit & 63);
}

/// True when bit `bit` (below 1024) of `filter` is set.
fn has_bit(filter: &[u64; 16], bit: u16) -> bool {
    let bit = usize::from(bit) & 1023;
    filter[bit >> 6] & (1 << (bit & 63)) != 0
}

/// Like [`shape`], from a word's length and its last byte: equal words have
/// equal tail shapes.
fn tail_shape(word: &[u8]) -> u16 {
    let last = word.last().copied().unwrap_or(0) & 31;
    (word.len().min(31) as u16) << 5 | u16::from(last)
}

impl AlsoLowercase {
    fn new(t: &Tokens<'_>) -> AlsoLowercase {
        // (Sized for a sentence start every 16 tokens: growing small
        // buffers costs more than filling them.)
        let expect = t.toks.len() / 16 + 4;
        let mut seen: Vec<bool> = Vec::with_capacity(expect);
        // (token, index in `seen`)
        let mut queries: Vec<(usize, usize)> = Vec::with_capacity(expect);
        // The lowercased words, one after the other in one string (not a
        // string each), and (token, start, end) of each in it.
        let mut lowered = String::with_capacity(expect * 8);
        let mut spans: Vec<(usize, usize, usize)> = Vec::with_capacity(expect);
        // A 1024-bit filter of the [`shape`]s of the words looked for: most
        // lowercase words are told apart without reading or hashing them;
        // a second one of their lengths and last bytes ([`tail_shape`])
        // tells most of the others apart with one byte read.
        let mut filter = [0u64; 16];
        let mut tails = [0u64; 16];
        let mut uppers = Vec::with_capacity(t.toks.len() / 4);
        for (i, tok) in t.toks.iter().enumerate() {
            if tok.flags & UPPER == 0 {
                continue;
            }
            uppers.push(i);
            if tok.flags & lexicon::CAPITALIZED_FUNCTION_WORD == 0 && sentence_initial(t, i) {
                let w = t.s(i);
                let start = lowered.len();
                if w.is_ascii() {
                    lowered.push_str(w);
                    if let Some(x) = lowered.get_mut(start..) {
                        x.make_ascii_lowercase();
                    }
                } else {
                    lowered.push_str(&w.to_lowercase());
                }
                let w = lowered.get(start..).unwrap_or("");
                set_bit(&mut filter, shape(w));
                set_bit(&mut tails, tail_shape(w.as_bytes()));
                spans.push((i, start, lowered.len()));
            }
        }
        // Lowercased sentence-initial word → index in `seen`.
        let mut words: FastMap<&str, usize> =
            FastMap::with_capacity_and_hasher(spans.len(), Default::default());
        for &(i, start, end) in &spans {
            let next = seen.len();
            let k = *words
                .entry(lowered.get(start..end).unwrap_or(""))
                .or_insert(next);
            if k == next {
                seen.push(false);
            }
            queries.push((i, k));
        }
        if queries.is_empty() {
            return AlsoLowercase {
                tokens: Vec::new(),
                uppers,
            };
        }
        let bytes = t.text.as_bytes();
        for tok in &t.toks {
            if tok.flags & LOWER == 0
                || !has_bit(&filter, tok.shape)
                || !has_bit(
                    &tails,
                    tail_shape(bytes.get(tok.start..tok.end).unwrap_or(&[])),
                )
            {
                continue;
            }
            if let Some(&k) = t.text.get(tok.start..tok.end).and_then(|w| words.get(w)) {
                if let Some(s) = seen.get_mut(k) {
                    *s = true;
                }
            }
        }
        let tokens = queries
            .into_iter()
            .filter(|&(_, k)| seen.get(k).copied().unwrap_or(false))
            .map(|(i, _)| i)
            .collect();
        AlsoLowercase { tokens, uppers }
    }

    /// True when the lowercase form of the run word `i` (capitalized, or a
    /// lowercase name particle, which is its own lowercase form) occurs as
    /// a lowercase word.
    fn contains(&self, t: &Tokens<'_>, i: usize) -> bool {
        if !t.is_capitalized(i) {
            return t.is_lowercase(i);
        }
        self.tokens.binary_search(&i).is_ok()
    }
}

impl<'a> NameIndex<'a> {
    /// Indexes every name in `t`.
    pub fn build(t: &Tokens<'a>) -> NameIndex<'a> {
        // Sized for a name every 8 tokens: growing small maps costs more
        // than filling them.
        let expect = t.toks.len() / 8 + 4;
        let mut idx = NameIndex {
            entries: Vec::with_capacity(expect),
            by_words: WordsMap::with_capacity_and_hasher(expect, Default::default()),
            mentions: Vec::with_capacity(expect),
            ..NameIndex::default()
        };
        let n = t.toks.len();
        let lower_words = AlsoLowercase::new(t);
        let mut i = 0;
        // The next capitalized token to look at, in `lower_words.uppers`.
        let mut u = 0;
        while i < n {
            // (A name particle is lowercase: a capitalized word is none.)
            let next = loop {
                match lower_words.uppers.get(u) {
                    Some(&x) if x < i => u += 1,
                    other => break other.copied(),
                }
            };
            let Some(next) = next else {
                break;
            };
            i = next;
            let mut j = i;
            while j < n
                && (t.is_capitalized(j) || (t.is_capitalized(j + 1) && is_name_particle(t.s(j))))
                && j - i < 8
            {
                j += 1;
            }
            // Strip leading function words (and sentence-initial words the
            // article also writes in lowercase), then titles.
            let mut first = i;
            while first < j
                && (t.has(first, lexicon::CAPITALIZED_FUNCTION_WORD)
                    || (sentence_initial(t, first) && lower_words.contains(t, first)))
            {
                first += 1;
            }
            let mut titled = false;
            let mut gender = Gender::Unknown;
            let run_first = first;
            for m in run_first..j {
                if t.has(m, lexicon::TITLE) {
                    titled = true;
                    gender =
                        merge_gender(honorific_gender(t.s(m)).unwrap_or(Gender::Unknown), gender);
                    first = m + 1;
                }
            }
            // Lowercase titles right before the run (`press secretary Jen Psaki`).
            if i > 0 && t.is_lowercase(i - 1) && t.has(i - 1, lexicon::TITLE) {
                titled = true;
            }
            let last = j;
            if first < last && last - first <= MAX_NAME && t.cue(first).is_none() {
                let Some(words) = Words::new((first..last).map(|m| t.s(m))) else {
                    i = j.max(i + 1);
                    continue;
                };
                let mut k = last;
                while k < n && t.is_lowercase(k) && t.has(k, lexicon::CUE_MODIFIER) && k - last < 2
                {
                    k += 1;
                }
                let before_cue = t.is_lowercase(k) && t.cue(k).is_some_and(|c| c.speech);
                let g = first_name_gender(t.flags(first));
                let organization = t.has(last - 1, lexicon::ORGANIZATION);
                let person =
                    !organization && (titled || before_cue || (g.is_some() && last - first >= 2));
                let gender = merge_gender(
                    gender,
                    if last - first >= 2 {
                        g.unwrap_or(Gender::Unknown)
                    } else {
                        Gender::Unknown
                    },
                );
                let e = idx.entry(words, t.start(first));
                if let Some(entry) = idx.entries.get_mut(e) {
                    entry.count += 1;
                    entry.person |= person;
                    entry.gender = merge_gender(entry.gender, gender);
                }
                idx.mentions.push((t.start(first), t.end(last - 1), e));
            }
            i = j.max(i + 1);
        }
        idx.index_suffixes();
        // A short form inherits person-ness and gender from its full form and back.
        for e in 0..idx.entries.len() {
            let full = idx.fullest(e);
            if full != e {
                let Some((p, g)) = idx.entries.get(e).map(|x| (x.person, x.gender)) else {
                    continue;
                };
                if let Some(f) = idx.entries.get_mut(full) {
                    f.person |= p;
                    f.gender = merge_gender(f.gender, g);
                }
            }
        }
        idx.index_persons();
        idx
    }

    /// True when entry `a` is a fuller (or equally full but more used, or
    /// earlier) name than entry `b`.
    fn fuller(&self, a: usize, b: usize) -> bool {
        let (Some(x), Some(y)) = (self.entries.get(a), self.entries.get(b)) else {
            return false;
        };
        x.words.n > y.words.n
            || (x.words.n == y.words.n
                && (x.count > y.count || (x.count == y.count && x.first_seen < y.first_seen)))
    }

    /// Fills `fullest_by_suffix` and `fullest` (after every mention is
    /// counted).
    fn index_suffixes(&mut self) {
        let mut best: WordsMap<'a, usize> =
            WordsMap::with_capacity_and_hasher(self.entries.len() * 2, Default::default());
        for (e, entry) in self.entries.iter().enumerate() {
            let words = entry.words;
            for k in 0..words.n {
                let suffix = words.suffix(k);
                match best.get_mut(&suffix) {
                    Some(b) => {
                        if self.fuller(e, *b) {
                            *b = e;
                        }
                    }
                    None => {
                        best.insert(suffix, e);
                    }
                }
            }
        }
        self.fullest = (0..self.entries.len())
            .map(|e| {
                self.entries
                    .get(e)
                    .and_then(|base| best.get(&base.words))
                    .copied()
                    .filter(|&f| self.fuller(f, e))
                    .unwrap_or(e)
            })
            .collect();
        self.fullest_by_suffix = best;
    }

    /// Fills `last_person` (after person-ness and gender are final).
    fn index_persons(&mut self) {
        // For each entry, which pronoun genders (unknown, male, female) its
        // fullest form is a candidate for.
        let fits: Vec<[bool; 3]> = (0..self.entries.len())
            .map(|e| {
                let entry = self.entries.get(self.fullest(e));
                let fit = |g: Gender| {
                    entry.is_some_and(|entry| {
                        entry.person
                            && (g == Gender::Unknown
                                || entry.gender == Gender::Unknown
                                || entry.gender == g)
                    })
                };
                [fit(Gender::Unknown), fit(Gender::Male), fit(Gender::Female)]
            })
            .collect();
        for g in [Gender::Unknown, Gender::Male, Gender::Female] {
            let slot = gender_slot(g);
            let mut last = None;
            let mut v = Vec::with_capacity(self.mentions.len());
            for (i, &(_, _, e)) in self.mentions.iter().enumerate() {
                if fits
                    .get(e)
                    .and_then(|f| f.get(slot))
                    .copied()
                    .unwrap_or(false)
                {
                    last = Some(i);
                }
                v.push(last);
            }
            if let Some(l) = self.last_person.get_mut(slot) {
                *l = v;
            }
        }
    }

    fn entry(&mut self, words: Words<'a>, at: usize) -> usize {
        if let Some(&e) = self.by_words.get(&words) {
            return e;
        }
        let e = self.entries.len();
        self.by_words.insert(words, e);
        self.entries.push(Entry {
            words,
            count: 0,
            first_seen: at,
            person: false,
            gender: Gender::Unknown,
        });
        e
    }

    /// The entry with the most words that ends with entry `e`'s words.
    fn fullest(&self, e: usize) -> usize {
        self.fullest.get(e).copied().unwrap_or(e)
    }

    /// The index of the fullest name the article uses for `words` (two
    /// mentions of one person have the same).
    pub fn fullest_id(&self, words: &[&str]) -> Option<usize> {
        let key = Words::new(words.iter().copied())?;
        self.fullest_by_suffix.get(&key).copied()
    }

    /// Whether the name of index `id` (see [`NameIndex::fullest_id`]) is a
    /// person's, and how often the article mentions it.
    pub fn person_and_count(&self, id: usize) -> (bool, usize) {
        self.entries
            .get(id)
            .map_or((false, 0), |e| (e.person, e.count))
    }

    /// The fullest name the article uses for the name written `words`.
    pub fn resolve(&self, words: &[&str]) -> Option<String> {
        if words.is_empty() {
            return None;
        }
        let Some(key) = Words::new(words.iter().copied()) else {
            // Longer than any indexed name: as written.
            let key: Vec<&str> = words.iter().map(|w| key_word(w)).collect();
            return Some(key.join(" "));
        };
        let best = self
            .fullest_by_suffix
            .get(&key)
            .and_then(|&e| self.entries.get(e));
        Some(best.map_or_else(|| key.join(), |b| b.words.join()))
    }

    /// The most recent person before byte `at` whose gender fits, skipping
    /// mentions inside `skip` (the quote itself); its fullest name.
    #[cfg(test)]
    pub fn person_before(&self, at: usize, gender: Gender, skip: (usize, usize)) -> Option<String> {
        self.entries
            .get(self.person_before_id(at, gender, skip)?)
            .map(|entry| entry.words.join())
    }

    /// The fullest name of the person the pronoun at token `at` refers to
    /// (see [`NameIndex::pronoun_referent_id`]).
    pub fn pronoun_referent(
        &self,
        t: &Tokens<'_>,
        at: usize,
        gender: Gender,
        skip: (usize, usize),
    ) -> Option<String> {
        self.entries
            .get(self.pronoun_referent_id(t, at, gender, skip)?)
            .map(|entry| entry.words.join())
    }

    /// The person the pronoun (`he`, `she`) at token `at` refers to: when
    /// it opens its sentence, the speaker of the previous sentence's
    /// attribution, if that is a person of a fitting gender (`..., Ruiz
    /// said after meeting Tom Vale. He added ...`: Ruiz, the subject, not
    /// the more recent Vale); else the most recent fitting person
    /// ([`NameIndex::person_before_id`]).
    pub fn pronoun_referent_id(
        &self,
        t: &Tokens<'_>,
        at: usize,
        gender: Gender,
        skip: (usize, usize),
    ) -> Option<usize> {
        self.previous_speaker(t, at, gender, skip)
            .or_else(|| self.person_before_id(t.start(at), gender, skip))
    }

    /// The speaker of the last attribution of the sentence before the one
    /// token `at` opens (a name right before or right after a cue), when
    /// it is a person of a fitting gender outside `skip`. Reads at most
    /// [`PREVIOUS_SENTENCE_TOKENS`] tokens.
    fn previous_speaker(
        &self,
        t: &Tokens<'_>,
        at: usize,
        gender: Gender,
        skip: (usize, usize),
    ) -> Option<usize> {
        let s_idx = *t.sentence_of.get(at)?;
        if t.sentences.get(s_idx)?.first != at {
            return None;
        }
        let prev = t.sentences.get(s_idx.checked_sub(1)?)?;
        let from = prev
            .first
            .max(prev.last.saturating_sub(PREVIOUS_SENTENCE_TOKENS));
        let fits = |e: usize| {
            self.entries.get(self.fullest(e)).is_some_and(|entry| {
                entry.person
                    && (gender == Gender::Unknown
                        || entry.gender == Gender::Unknown
                        || entry.gender == gender)
            })
        };
        let outside = |m: &(usize, usize, usize)| m.0 < skip.0 || m.0 >= skip.1;
        let k = (from..prev.last)
            .rev()
            .find(|&k| t.is_word(k) && t.cue(k).is_some())?;
        // `Ruiz said`: the mention ending right before the cue.
        let before = k
            .checked_sub(1)
            .filter(|&j| j >= prev.first && t.is_word(j))
            .and_then(|j| {
                let end = t.end(j);
                let i = self.mentions.partition_point(|m| m.0 < end);
                self.mentions.get(i.checked_sub(1)?).filter(|m| m.1 == end)
            });
        // `said Ruiz`: the mention starting right after it.
        let after = (k + 1 < prev.last && t.is_word(k + 1))
            .then(|| {
                let start = t.start(k + 1);
                let i = self.mentions.partition_point(|m| m.0 < start);
                self.mentions.get(i).filter(|m| m.0 == start)
            })
            .flatten();
        let &(_, _, e) = before.or(after).filter(|m| outside(m))?;
        fits(e).then(|| self.fullest(e))
    }

    /// The index of the name [`NameIndex::person_before`] gives (no string
    /// is built).
    pub fn person_before_id(
        &self,
        at: usize,
        gender: Gender,
        skip: (usize, usize),
    ) -> Option<usize> {
        let last = &self.last_person[gender_slot(gender)];
        let end = self.mentions.partition_point(|m| m.0 < at);
        let mut found = *last.get(end.checked_sub(1)?)?;
        // Mentions inside `skip` are a contiguous run; jump over it.
        let skip_first = self.mentions.partition_point(|m| m.0 < skip.0);
        if found
            .is_some_and(|i| i >= skip_first && self.mentions.get(i).is_some_and(|m| m.0 < skip.1))
        {
            found = *last.get(skip_first.checked_sub(1)?)?;
        }
        let (_, _, e) = *self.mentions.get(found?)?;
        Some(self.fullest(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessives_and_sentence_initial_common_words_are_left_out() {
        assert_eq!(key_word("Ruiz’s"), "Ruiz");
        assert_eq!(key_word("Ruiz's"), "Ruiz");
        assert_eq!(key_word("Ross"), "Ross");
        // `Critics` opens the sentence; the article also writes `critics`.
        let text = "Critics Hillary Ruiz and Tom Vale spoke. Many critics left.";
        let t = Tokens::new(text);
        let idx = NameIndex::build(&t);
        assert_eq!(idx.resolve(&["Ruiz"]).as_deref(), Some("Hillary Ruiz"));
        // A known first name makes her a person.
        assert_eq!(
            idx.person_before(text.len(), Gender::Female, (0, 0))
                .as_deref(),
            Some("Hillary Ruiz")
        );
        let text = "Critics Hillary Ruiz and Tom Vale spoke. Many left.";
        let t = Tokens::new(text);
        let idx = NameIndex::build(&t);
        assert_eq!(
            idx.resolve(&["Ruiz"]).as_deref(),
            Some("Critics Hillary Ruiz")
        );
        assert_eq!(idx.person_before(text.len(), Gender::Female, (0, 0)), None);
    }

    #[test]
    fn resolves_surnames_to_the_fullest_name() {
        let text = "U.S. President Joe Biden met Prime Minister Anna Berg. Later Biden said no.";
        let t = Tokens::new(text);
        let idx = NameIndex::build(&t);
        assert_eq!(idx.resolve(&["Biden"]).as_deref(), Some("Joe Biden"));
        assert_eq!(idx.resolve(&["Berg"]).as_deref(), Some("Anna Berg"));
        assert_eq!(idx.resolve(&["Smith"]).as_deref(), Some("Smith"));
    }

    #[test]
    fn a_sentence_initial_pronoun_is_the_previous_sentences_speaker() {
        let text = "Mayor Tom Vale met Governor Sam Ortiz. Vale said the bridge would wait after meeting Ortiz. He left.";
        let t = Tokens::new(text);
        let idx = NameIndex::build(&t);
        let at = text.find("He left").unwrap();
        let he = (0..t.toks.len()).find(|&i| t.start(i) == at).unwrap();
        assert_eq!(
            idx.pronoun_referent(&t, he, Gender::Male, (0, 0))
                .as_deref(),
            Some("Tom Vale")
        );
        // A speaker of the other gender: the most recent fitting person.
        let text = "Mayor Anna Ruiz met Governor Sam Ortiz. Ruiz said the bridge would wait after meeting Ortiz. He left.";
        let t = Tokens::new(text);
        let idx = NameIndex::build(&t);
        let at = text.find("He left").unwrap();
        let he = (0..t.toks.len()).find(|&i| t.start(i) == at).unwrap();
        assert_eq!(
            idx.pronoun_referent(&t, he, Gender::Male, (0, 0))
                .as_deref(),
            Some("Sam Ortiz")
        );
    }

    #[test]
    fn pronouns_find_the_last_compatible_person() {
        let text = "Mayor Tom Reed met Hillary Clinton in Boston. She spoke first.";
        let t = Tokens::new(text);
        let idx = NameIndex::build(&t);
        let at = text.find("She").unwrap();
        assert_eq!(
            idx.person_before(at, Gender::Female, (0, 0)).as_deref(),
            Some("Hillary Clinton")
        );
        assert_eq!(
            idx.person_before(at, Gender::Male, (0, 0)).as_deref(),
            Some("Tom Reed")
        );
    }
}
