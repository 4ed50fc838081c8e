//! Quote corpora in the shared format (`articles.jsonl` + `quotes.jsonl`,
//! character offsets), and their stripped copies.

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use newsfacts_core::CharIndex;
use newsfacts_eval::{DocQuotes, Quote};
use serde_json::{Map, Value};

use crate::Error;

/// One article of a corpus.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// Its id.
    pub id: String,
    /// Its body text.
    pub text: String,
    /// The whole record, as read (for writing a stripped copy).
    pub record: Map<String, Value>,
}

/// A quote corpus: its articles and their gold quotes, in file order.
#[derive(Clone, Debug, PartialEq)]
pub struct Corpus {
    /// Where it was read from (or a name, for a stripped copy).
    pub name: String,
    /// The articles.
    pub articles: Vec<Article>,
    /// The gold quotes of each article, as the scorer reads them.
    pub gold: Vec<DocQuotes>,
    /// The gold records, as read (for writing a stripped copy).
    pub gold_records: Vec<Map<String, Value>>,
}

fn read_jsonl(path: &Path) -> Result<Vec<Map<String, Value>>, Error> {
    let text = fs::read_to_string(path).map_err(|e| Error::io(path, &e))?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(o)) => out.push(o),
            Ok(_) => return Err(Error::at(path, n + 1, "not a JSON object")),
            Err(e) => return Err(Error::at(path, n + 1, &e.to_string())),
        }
    }
    Ok(out)
}

fn int(v: Option<&Value>) -> Option<i64> {
    v.and_then(Value::as_i64)
}

fn string(v: Option<&Value>) -> Option<String> {
    v.and_then(Value::as_str).map(str::to_string)
}

/// The gold quote of a record item.
fn gold_quote(item: &Map<String, Value>) -> Option<Quote> {
    Some(Quote {
        start: int(item.get("start"))?,
        end: int(item.get("end"))?,
        direct: item.get("direct").and_then(Value::as_bool).unwrap_or(false),
        kind: None,
        speaker: string(item.get("speaker")),
        speaker_text: None,
        speaker_start: int(item.get("speaker_start")),
        speaker_end: int(item.get("speaker_end")),
    })
}

impl Corpus {
    /// Reads `dir/articles.jsonl` and `dir/quotes.jsonl`.
    pub fn read(dir: &Path) -> Result<Corpus, Error> {
        let arts = read_jsonl(&dir.join("articles.jsonl"))?;
        let gold_records = read_jsonl(&dir.join("quotes.jsonl"))?;
        let mut articles = Vec::with_capacity(arts.len());
        for (n, record) in arts.into_iter().enumerate() {
            let (Some(id), Some(text)) = (string(record.get("id")), string(record.get("text")))
            else {
                return Err(Error::at(
                    &dir.join("articles.jsonl"),
                    n + 1,
                    "no id or text",
                ));
            };
            articles.push(Article { id, text, record });
        }
        let mut gold = Vec::with_capacity(gold_records.len());
        for (n, r) in gold_records.iter().enumerate() {
            let at = || Error::at(&dir.join("quotes.jsonl"), n + 1, "bad quote record");
            let id = string(r.get("id")).ok_or_else(at)?;
            let quotes = r
                .get("quotes")
                .and_then(Value::as_array)
                .ok_or_else(at)?
                .iter()
                .map(|q| q.as_object().and_then(gold_quote).ok_or_else(at))
                .collect::<Result<Vec<_>, _>>()?;
            gold.push(DocQuotes { id, quotes });
        }
        Ok(Corpus {
            name: dir.display().to_string(),
            articles,
            gold,
            gold_records,
        })
    }

    /// Each article with its gold quotes (`None` when the gold has no
    /// record for it) and its character index: the opening every training
    /// extraction (ranker, gate, reach) shares.
    pub fn with_gold(&self) -> impl Iterator<Item = (&Article, Option<&DocQuotes>, CharIndex)> {
        let gold: HashMap<&str, &DocQuotes> =
            self.gold.iter().map(|d| (d.id.as_str(), d)).collect();
        self.articles
            .iter()
            .map(move |a| (a, gold.get(a.id.as_str()).copied(), CharIndex::new(&a.text)))
    }

    /// The texts by id (what the scorer needs for strict matching).
    pub fn texts(&self) -> HashMap<String, String> {
        self.articles
            .iter()
            .map(|a| (a.id.clone(), a.text.clone()))
            .collect()
    }

    /// Writes the corpus as `dir/articles.jsonl` and `dir/quotes.jsonl`.
    pub fn write(&self, dir: &Path) -> Result<(), Error> {
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, &e))?;
        let write = |name: &str, records: &mut dyn Iterator<Item = &Map<String, Value>>| {
            let path = dir.join(name);
            let mut f = fs::File::create(&path).map_err(|e| Error::io(&path, &e))?;
            for r in records {
                let line =
                    serde_json::to_string(r).map_err(|e| Error::at(&path, 0, &e.to_string()))?;
                writeln!(f, "{line}").map_err(|e| Error::io(&path, &e))?;
            }
            Ok::<(), Error>(())
        };
        write(
            "articles.jsonl",
            &mut self.articles.iter().map(|a| &a.record),
        )?;
        write("quotes.jsonl", &mut self.gold_records.iter())
    }

    /// The stripped copy of this corpus, made the way the shared corpus
    /// made `polnear-dev-stripped` from `polnear-dev` (its README: quotation
    /// marks and apostrophes deleted): every non-ASCII character, `"` and
    /// `'` are deleted from every text field of every article; gold offsets
    /// are moved to the characters that remain, gold content texts are
    /// stripped the same way, and gold speakers are kept as annotated.
    pub fn stripped(&self) -> Corpus {
        let articles: Vec<Article> = self
            .articles
            .iter()
            .map(|a| {
                let mut record = a.record.clone();
                for (k, v) in record.iter_mut() {
                    if k != "id" {
                        if let Value::String(s) = v {
                            *s = strip(s);
                        }
                    }
                }
                Article {
                    id: a.id.clone(),
                    text: strip(&a.text),
                    record,
                }
            })
            .collect();
        let kept: HashMap<&str, Vec<i64>> = self
            .articles
            .iter()
            .map(|a| (a.id.as_str(), kept_before(&a.text)))
            .collect();
        let gold_records: Vec<Map<String, Value>> = self
            .gold_records
            .iter()
            .map(|r| {
                let mut r = r.clone();
                let map = string(r.get("id"))
                    .and_then(|id| kept.get(id.as_str()).cloned())
                    .unwrap_or_default();
                let at = |v: &Value| -> Value {
                    v.as_i64()
                        .and_then(|x| usize::try_from(x).ok())
                        .and_then(|x| map.get(x).copied())
                        .map_or(v.clone(), Value::from)
                };
                if let Some(Value::Array(qs)) = r.get_mut("quotes") {
                    for q in qs.iter_mut() {
                        let Some(q) = q.as_object_mut() else { continue };
                        for key in ["start", "end", "speaker_start", "speaker_end"] {
                            if let Some(v) = q.get_mut(key) {
                                *v = at(v);
                            }
                        }
                        if let Some(Value::String(s)) = q.get_mut("text") {
                            *s = strip(s);
                        }
                    }
                }
                r
            })
            .collect();
        let gold = gold_records
            .iter()
            .map(|r| DocQuotes {
                id: string(r.get("id")).unwrap_or_default(),
                quotes: r
                    .get("quotes")
                    .and_then(Value::as_array)
                    .map(|qs| {
                        qs.iter()
                            .filter_map(|q| q.as_object().and_then(gold_quote))
                            .collect()
                    })
                    .unwrap_or_default(),
            })
            .collect();
        Corpus {
            name: format!("{} (stripped)", self.name),
            articles,
            gold,
            gold_records,
        }
    }
}

/// The scorer's character offset of byte `b` of the text `idx` indexes
/// (the character it falls in).
pub fn char_offset(idx: &CharIndex, b: usize) -> i64 {
    i64::try_from(idx.char_of_byte_floor(b)).unwrap_or(i64::MAX)
}

/// True for a character the stripped copies delete.
pub fn stripped_char(c: char) -> bool {
    !c.is_ascii() || c == '"' || c == '\''
}

/// `s` without the characters stripped copies delete.
pub fn strip(s: &str) -> String {
    s.chars().filter(|&c| !stripped_char(c)).collect()
}

/// For each character offset of `text` (and its end), how many characters
/// before it a stripped copy keeps: where an offset moves.
fn kept_before(text: &str) -> Vec<i64> {
    let mut out = Vec::with_capacity(text.len() + 1);
    let mut n = 0i64;
    out.push(0);
    for c in text.chars() {
        if !stripped_char(c) {
            n += 1;
        }
        out.push(n);
    }
    out
}

/// A directory under the system's temporary directory, removed when
/// dropped (unless kept).
pub struct TempDir {
    /// Its path.
    pub path: PathBuf,
    keep: bool,
}

impl TempDir {
    /// Creates a fresh directory named after `prefix` and the process id.
    pub fn new(prefix: &str) -> Result<TempDir, Error> {
        let path = std::env::temp_dir().join(format!("{prefix}-{}", std::process::id()));
        if path.exists() {
            fs::remove_dir_all(&path).map_err(|e| Error::io(&path, &e))?;
        }
        fs::create_dir_all(&path).map_err(|e| Error::io(&path, &e))?;
        Ok(TempDir { path, keep: false })
    }

    /// Keeps the directory after the run.
    pub fn keep(&mut self) {
        self.keep = true;
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        if !self.keep {
            let _ = fs::remove_dir_all(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stripping_moves_offsets_to_the_characters_kept() {
        let text = "“I’m in,” Ruiz said.";
        assert_eq!(strip(text), "Im in, Ruiz said.");
        let k = kept_before(text);
        // `Ruiz` starts at character 10 in the original, 7 in the copy.
        assert_eq!(k[10], 7);
        assert_eq!(k[text.chars().count()], 17);
    }
}
