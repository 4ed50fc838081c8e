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

use crate::lexicon::{
    FastMap, FastSet, Gender, first_name_gender, honorific_gender, is_capitalized_function_word,
    is_cue_modifier, is_name_particle, is_title,
};
use crate::tokens::Tokens;

#[derive(Debug)]
struct Entry {
    words: Vec<String>,
    count: usize,
    first_seen: usize,
    person: bool,
    gender: Gender,
}

/// The names of one article and where each is mentioned.
#[derive(Debug, Default)]
pub(crate) struct NameIndex {
    entries: Vec<Entry>,
    by_words: FastMap<Vec<String>, usize>,
    /// (start byte, end byte, entry) in text order.
    mentions: Vec<(usize, usize, usize)>,
    /// For every word sequence that ends some entry's words (at most four
    /// words), the fullest entry ending with it: computed once, so that
    /// resolving a name is one look-up, not a scan of every name.
    fullest_by_suffix: FastMap<Vec<String>, usize>,
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

fn key_word(w: &str) -> String {
    w.trim_end_matches("’s").trim_end_matches("'s").to_string()
}

fn sentence_initial(t: &Tokens<'_>, i: usize) -> bool {
    i == 0
        || t.sentence(i).is_some_and(|s| s.first == i)
        || !t.is_word(i - 1) && !t.is_punct(i - 1, ',')
}

fn merge_gender(a: Gender, b: Gender) -> Gender {
    if a == Gender::Unknown { b } else { a }
}

impl NameIndex {
    /// Indexes every name in `t`.
    pub fn build(t: &Tokens<'_>) -> NameIndex {
        let mut idx = NameIndex::default();
        let n = t.toks.len();
        let lower_words: FastSet<&str> = (0..n)
            .filter(|&i| t.is_lowercase(i))
            .map(|i| t.s(i))
            .collect();
        let mut i = 0;
        while i < n {
            let starts = t.is_capitalized(i) && !is_name_particle(t.s(i));
            if !starts {
                i += 1;
                continue;
            }
            let mut j = i;
            while j < n
                && (t.is_capitalized(j) || (is_name_particle(t.s(j)) && t.is_capitalized(j + 1)))
                && j - i < 8
            {
                j += 1;
            }
            // Strip leading function words (and sentence-initial words the
            // article also writes in lowercase), then titles.
            let mut first = i;
            while first < j
                && (is_capitalized_function_word(t.s(first))
                    || (sentence_initial(t, first)
                        && lower_words.contains(t.s(first).to_lowercase().as_str())))
            {
                first += 1;
            }
            let mut titled = false;
            let mut gender = Gender::Unknown;
            let run_first = first;
            for m in run_first..j {
                if is_title(t.s(m)) {
                    titled = true;
                    gender =
                        merge_gender(honorific_gender(t.s(m)).unwrap_or(Gender::Unknown), gender);
                    first = m + 1;
                }
            }
            // Lowercase titles right before the run (`press secretary Jen Psaki`).
            if i > 0 && t.is_lowercase(i - 1) && is_title(t.s(i - 1)) {
                titled = true;
            }
            let last = j;
            if first < last && last - first <= 4 && t.cue(first).is_none() {
                let words: Vec<String> = (first..last).map(|m| key_word(t.s(m))).collect();
                let mut k = last;
                while k < n && t.is_lowercase(k) && is_cue_modifier(t.s(k)) && k - last < 2 {
                    k += 1;
                }
                let before_cue = t.is_lowercase(k) && t.cue(k).is_some_and(|c| c.speech);
                let g = first_name_gender(t.s(first));
                let person = titled || before_cue || (g.is_some() && last - first >= 2);
                let gender = merge_gender(
                    gender,
                    if last - first >= 2 {
                        g.unwrap_or(Gender::Unknown)
                    } else {
                        Gender::Unknown
                    },
                );
                let e = idx.entry(words, t.start(first));
                let entry = &mut idx.entries[e];
                entry.count += 1;
                entry.person |= person;
                entry.gender = merge_gender(entry.gender, gender);
                idx.mentions.push((t.start(first), t.end(last - 1), e));
            }
            i = j.max(i + 1);
        }
        idx.index_suffixes();
        // A short form inherits person-ness and gender from its full form and back.
        for e in 0..idx.entries.len() {
            let full = idx.fullest(e);
            if full != e {
                let (p, g) = (idx.entries[e].person, idx.entries[e].gender);
                let f = &mut idx.entries[full];
                f.person |= p;
                f.gender = merge_gender(f.gender, g);
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
        x.words.len() > y.words.len()
            || (x.words.len() == y.words.len()
                && (x.count > y.count || (x.count == y.count && x.first_seen < y.first_seen)))
    }

    /// Fills `fullest_by_suffix` (after every mention is counted).
    fn index_suffixes(&mut self) {
        let mut best: FastMap<Vec<String>, usize> = FastMap::default();
        for e in 0..self.entries.len() {
            let words = &self.entries[e].words;
            if words.len() > 4 {
                continue;
            }
            for k in 0..words.len() {
                let suffix = &words[k..];
                match best.get_mut(suffix) {
                    Some(b) => {
                        if self.fuller(e, *b) {
                            *b = e;
                        }
                    }
                    None => {
                        best.insert(suffix.to_vec(), e);
                    }
                }
            }
        }
        self.fullest_by_suffix = best;
    }

    /// Fills `last_person` (after person-ness and gender are final).
    fn index_persons(&mut self) {
        for g in [Gender::Unknown, Gender::Male, Gender::Female] {
            let mut last = None;
            let mut v = Vec::with_capacity(self.mentions.len());
            for (i, &(_, _, e)) in self.mentions.iter().enumerate() {
                let fits = self.entries.get(self.fullest(e)).is_some_and(|entry| {
                    entry.person
                        && (g == Gender::Unknown
                            || entry.gender == Gender::Unknown
                            || entry.gender == g)
                });
                if fits {
                    last = Some(i);
                }
                v.push(last);
            }
            self.last_person[gender_slot(g)] = v;
        }
    }

    fn entry(&mut self, words: Vec<String>, at: usize) -> usize {
        if let Some(&e) = self.by_words.get(&words) {
            return e;
        }
        let e = self.entries.len();
        self.by_words.insert(words.clone(), e);
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
        self.entries
            .get(e)
            .and_then(|base| self.fullest_by_suffix.get(&base.words))
            .copied()
            .filter(|&f| self.fuller(f, e))
            .unwrap_or(e)
    }

    /// The fullest name the article uses for the name written `words`.
    pub fn resolve(&self, words: &[&str]) -> Option<String> {
        let key: Vec<String> = words.iter().map(|w| key_word(w)).collect();
        if key.is_empty() {
            return None;
        }
        let best = self
            .fullest_by_suffix
            .get(&key)
            .and_then(|&e| self.entries.get(e));
        Some(best.map_or_else(|| key.join(" "), |b| b.words.join(" ")))
    }

    /// The most recent person before byte `at` whose gender fits, skipping
    /// mentions inside `skip` (the quote itself); its fullest name.
    pub fn person_before(&self, at: usize, gender: Gender, skip: (usize, usize)) -> Option<String> {
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
        self.entries
            .get(self.fullest(e))
            .map(|entry| entry.words.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
