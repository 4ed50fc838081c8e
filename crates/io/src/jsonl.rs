//! JSON Lines: one article (or one output record) per line.
//!
//! Reading maps the configured [`FieldNames`] onto [`Article`] fields and
//! keeps every other key in [`Article::meta`]; writing does the reverse with
//! the first name of each list, so a file written by
//! [`JsonLinesWriter::write_article`] reads back equal.
//!
//! Rules for a record (one line):
//! * blank lines are skipped; a UTF-8 byte order mark before the first line
//!   is skipped;
//! * the text field is required: missing, `null` or not a string is an error
//!   naming the names tried;
//! * a missing or `null` id becomes `"{file stem}:{line}"`; a numeric id is
//!   used as written;
//! * a missing or `null` date gives `published: None` silently; a date that
//!   does not parse gives `None` and a warning;
//! * a malformed line is an error with serde_json's reason and the column.

use std::collections::BTreeMap;
use std::io::{self, BufWriter, Write};

use newsfacts_core::{Article, Published};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use serde_json::Value;

use crate::{Error, FieldNames, Item, Warning};

/// Removes and returns the first of `names` present in `map`, with its name.
fn take<'n>(map: &mut BTreeMap<String, Value>, names: &'n [String]) -> Option<(&'n str, Value)> {
    names
        .iter()
        .find_map(|n| map.remove(n).map(|v| (n.as_str(), v)))
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// serde_json's message without its " at line 1 column N" suffix (every
/// record is parsed alone, so its line is always 1), and the column.
fn json_reason(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let msg = match msg.rfind(" at line ") {
        Some(i) => msg.get(..i).unwrap_or(&msg).to_string(),
        None => msg,
    };
    match e.classify() {
        serde_json::error::Category::Data => {
            format!("not an article object (column {}): {msg}", e.column())
        }
        _ => format!("invalid JSON at column {}: {msg}", e.column()),
    }
}

/// The record's id, as the article would have had it, when its id field
/// holds a string or a number.
fn id_of(map: &BTreeMap<String, Value>, names: &[String]) -> Option<String> {
    names.iter().find_map(|n| match map.get(n)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    })
}

fn list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Parses one JSON Lines record. `line` is 1-based; `stem` makes missing ids.
/// `bytes` may end with a line break.
pub(crate) fn parse_line(
    file: &str,
    stem: &str,
    line: u64,
    bytes: &[u8],
    fields: &FieldNames,
) -> Result<Item, Error> {
    let err = |reason: String| Error::new(file, Some(line), reason);
    // Without its line break, so an error at the end names the last column.
    let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
    let map: BTreeMap<String, Value> = match serde_json::from_slice(bytes) {
        Ok(m) => m,
        Err(e) => {
            return Err(err(match std::str::from_utf8(bytes) {
                Err(u) => format!(
                    "not valid UTF-8 (invalid byte at column {})",
                    u.valid_up_to() + 1
                ),
                Ok(_) => json_reason(&e),
            }));
        }
    };
    item_of_object(file, stem, line, map, fields)
}

/// Reads one article from a JSON object that is already parsed, by exactly
/// the rules of a JSON Lines record (see the module docs): the text field is
/// required, a missing id becomes `"{stem of file}:{line}"`, a date that does
/// not parse is a warning, and every other key is kept in
/// [`Article::meta`]. For callers whose articles come as objects rather than
/// lines (the Python package's dicts), so that they read them as
/// `newsfacts run` reads a line.
///
/// ```
/// use newsfacts_io::{item_from_object, FieldNames};
/// let object = serde_json::json!({"text": "Rain fell.", "date": "2024-06-03", "source": "AP"});
/// let map = serde_json::from_value(object).unwrap();
/// let item = item_from_object("items", 3, map, &FieldNames::default()).unwrap();
/// assert_eq!(item.article.id, "items:3");
/// assert_eq!(item.article.meta["source"], "AP");
/// let map = serde_json::from_value(serde_json::json!({"id": "a1", "html": "<p>"})).unwrap();
/// let err = item_from_object("items", 4, map, &FieldNames::default()).unwrap_err();
/// assert_eq!(err.id.as_deref(), Some("a1"));
/// ```
pub fn item_from_object(
    file: &str,
    line: u64,
    map: BTreeMap<String, Value>,
    fields: &FieldNames,
) -> Result<Item, Error> {
    item_of_object(file, &crate::dateline::stem(file), line, map, fields)
}

fn item_of_object(
    file: &str,
    stem: &str,
    line: u64,
    mut map: BTreeMap<String, Value>,
    fields: &FieldNames,
) -> Result<Item, Error> {
    let err = |reason: String| Error::new(file, Some(line), reason);
    let body = match take(&mut map, &fields.text) {
        Some((_, Value::String(s))) => s,
        Some((name, other)) => {
            return Err(err(format!(
                "field `{name}` holds {}: the article text must be a string",
                type_name(&other)
            )));
        }
        None => {
            let present: Vec<String> = map.keys().take(12).cloned().collect();
            let e = err(format!(
                "no article text: none of the fields {} is present (fields present: {}); \
                 name the text field (`--field text=NAME` on the command line)",
                list(&fields.text),
                if present.is_empty() {
                    "none".to_string()
                } else {
                    list(&present)
                }
            ));
            return Err(match id_of(&map, &fields.id) {
                Some(id) => e.with_id(id),
                None => e,
            });
        }
    };
    let mut warnings = Vec::new();
    let mut string_field =
        |names: &[String], warnings: &mut Vec<Warning>| match take(&mut map, names) {
            Some((_, Value::String(s))) => Some(s),
            Some((_, Value::Null)) | None => None,
            Some((name, other)) => {
                warnings.push(Warning {
                    line,
                    message: format!(
                        "field `{name}` holds {} where a string was expected; ignored",
                        type_name(&other)
                    ),
                });
                None
            }
        };
    let title = string_field(&fields.title, &mut warnings);
    let url = string_field(&fields.url, &mut warnings);
    let id = match take(&mut map, &fields.id) {
        Some((_, Value::String(s))) => s,
        Some((_, Value::Number(n))) => n.to_string(),
        Some((_, Value::Null)) | None => format!("{stem}:{line}"),
        Some((name, other)) => {
            warnings.push(Warning { line, message: format!(
                "field `{name}` holds {} where a string was expected; id `{stem}:{line}` used instead",
                type_name(&other)
            ) });
            format!("{stem}:{line}")
        }
    };
    let published = match take(&mut map, &fields.date) {
        None | Some((_, Value::Null)) => None,
        Some((name, value)) => {
            let parsed = match &value {
                Value::String(s) => s.parse::<Published>().map_err(|e| e.to_string()),
                Value::Number(n) => n
                    .to_string()
                    .parse::<Published>()
                    .map_err(|e| e.to_string()),
                other => Err(format!("{} is not a date", type_name(other))),
            };
            match parsed {
                Ok(p) => Some(p),
                Err(reason) => {
                    warnings.push(Warning {
                        line,
                        message: format!("field `{name}`: {reason}"),
                    });
                    None
                }
            }
        }
    };
    let article = Article {
        id,
        title,
        published,
        url,
        body,
        meta: map,
    };
    Ok(Item {
        page: None,
        article,
        file: file.to_string(),
        line,
        warnings,
    })
}

/// An article as the JSON Lines reader expects it, for [`serde_json`].
struct ArticleJson<'a> {
    article: &'a Article,
    fields: &'a FieldNames,
}

impl Serialize for ArticleJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (a, f) = (self.article, self.fields);
        let names = [
            f.id.first(),
            f.title.first(),
            f.date.first(),
            f.url.first(),
            f.text.first(),
        ];
        let mut map = serializer.serialize_map(None)?;
        let [id, title, date, url, text] = names;
        if let Some(k) = id {
            map.serialize_entry(k, &a.id)?;
        }
        if let Some(k) = title {
            map.serialize_entry(k, &a.title)?;
        }
        if let Some(k) = date {
            map.serialize_entry(k, &a.published)?;
        }
        if let Some(k) = url {
            map.serialize_entry(k, &a.url)?;
        }
        if let Some(k) = text {
            map.serialize_entry(k, &a.body)?;
        }
        for (k, v) in &a.meta {
            if !names.contains(&Some(k)) {
                map.serialize_entry(k, v)?;
            }
        }
        map.end()
    }
}

/// Writes one JSON object per line, buffered.
///
/// Each value is serialized with [`serde_json::to_writer`] into a reused
/// line buffer, then copied into a [`BufWriter`]: if serialization fails
/// half-way, nothing of that line is written, so the output stays valid
/// JSON Lines (a half-written record would break every consumer). No
/// [`serde_json::Value`] is built.
///
/// Call [`JsonLinesWriter::flush`] (or [`JsonLinesWriter::finish`]) at the
/// end to see write errors; dropping the writer flushes and ignores them.
pub struct JsonLinesWriter<W: Write> {
    out: BufWriter<W>,
    line: Vec<u8>,
}

impl<W: Write> JsonLinesWriter<W> {
    /// A writer with a 256 KiB buffer in front of `w`.
    pub fn new(w: W) -> Self {
        JsonLinesWriter {
            out: BufWriter::with_capacity(256 * 1024, w),
            line: Vec::with_capacity(4096),
        }
    }

    /// Writes `value` as one line of JSON. On a serialization error nothing
    /// is written and the error is returned (as [`io::ErrorKind::InvalidData`]).
    pub fn write<T: Serialize + ?Sized>(&mut self, value: &T) -> io::Result<()> {
        self.line.clear();
        serde_json::to_writer(&mut self.line, value)?;
        self.line.push(b'\n');
        let r = self.out.write_all(&self.line);
        if self.line.capacity() > 1 << 20 {
            // Do not keep a buffer sized for one multi-megabyte article.
            self.line = Vec::with_capacity(4096);
        }
        r
    }

    /// Writes an article in the JSON Lines input format: the first name of
    /// each [`FieldNames`] list (absent values as `null`), then the `meta`
    /// fields, so reading it back with the same `fields` gives an equal
    /// article. A meta key equal to one of those first names is skipped.
    pub fn write_article(&mut self, a: &Article, fields: &FieldNames) -> io::Result<()> {
        self.write(&ArticleJson { article: a, fields })
    }

    /// Flushes the buffer to the underlying writer.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// Flushes and returns the underlying writer, or the flush error.
    pub fn finish(self) -> io::Result<W> {
        self.out.into_inner().map_err(|e| e.into_error())
    }

    /// Flushes and returns the underlying writer. A flush error is ignored
    /// (the unwritten bytes are dropped): call [`JsonLinesWriter::flush`]
    /// first, or use [`JsonLinesWriter::finish`], to see it.
    pub fn into_inner(self) -> W {
        match self.out.into_inner() {
            Ok(w) => w,
            Err(e) => e.into_inner().into_parts().0,
        }
    }

    /// The underlying writer (bytes still in the buffer are not in it yet).
    pub fn get_ref(&self) -> &W {
        self.out.get_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse(line: &str) -> Result<Item, Error> {
        parse_line(
            "feeds/wire.jsonl",
            "wire",
            7,
            line.as_bytes(),
            &FieldNames::default(),
        )
    }

    #[test]
    fn maps_fields_and_keeps_the_rest_in_meta() {
        let item = parse(
            r#"{"id":"w-1","headline":"Port reopens","published":"2024-05-02","link":"https://example.org/p","body":"Ships returned on Monday.","section":"trade","tags":["sea",1]}"#,
        )
        .unwrap();
        let a = &item.article;
        assert_eq!(a.id, "w-1");
        assert_eq!(a.title.as_deref(), Some("Port reopens"));
        assert_eq!(a.published, Published::ymd(2024, 5, 2));
        assert_eq!(a.url.as_deref(), Some("https://example.org/p"));
        assert_eq!(a.body, "Ships returned on Monday.");
        assert_eq!(a.meta.len(), 2);
        assert_eq!(a.meta["tags"], json!(["sea", 1]));
        assert_eq!((item.line, item.warnings.len()), (7, 0));
    }

    #[test]
    fn first_present_name_wins_and_others_stay_in_meta() {
        let a = parse(r#"{"text":"A","body":"B","date":null,"published":"2024-01-01"}"#)
            .unwrap()
            .article;
        assert_eq!(a.body, "A");
        assert_eq!(a.published, None, "a null `date` is present and wins");
        assert_eq!(a.meta["body"], json!("B"));
        assert_eq!(a.meta["published"], json!("2024-01-01"));
    }

    #[test]
    fn missing_id_and_date_and_numeric_values() {
        let item = parse(r#"{"text":"Rain.","date":20240102}"#).unwrap();
        assert_eq!(item.article.id, "wire:7");
        assert_eq!(item.article.published, Published::ymd(2024, 1, 2));
        assert_eq!(parse(r#"{"id":42,"text":"x"}"#).unwrap().article.id, "42");
        let item = parse(r#"{"id":[1],"title":5,"text":"x"}"#).unwrap();
        assert_eq!(
            (item.article.id.as_str(), item.article.title),
            ("wire:7", None)
        );
        assert_eq!(item.warnings.len(), 2);
    }

    #[test]
    fn an_unparsable_date_is_a_warning() {
        let item = parse(r#"{"text":"x","date":"last week"}"#).unwrap();
        assert_eq!(item.article.published, None);
        assert!(
            item.warnings[0]
                .message
                .starts_with("field `date`: invalid publication date `last week`")
        );
    }

    #[test]
    fn errors_name_file_line_and_reason() {
        let e = parse(r#"{"title":"No text here"}"#).unwrap_err();
        let s = e.to_string();
        assert!(s.starts_with("feeds/wire.jsonl:7: no article text"), "{s}");
        assert!(
            s.contains("`text`, `body`, `content`") && s.contains("`title`"),
            "{s}"
        );
        assert_eq!(e.id, None);
        // The id survives, and the message names the flag that fixes it.
        let e = parse(r#"{"id":"wire-88","content_html":"<p>Ferry</p>"}"#).unwrap_err();
        assert_eq!(e.id.as_deref(), Some("wire-88"));
        assert!(e.to_string().contains("--field text=NAME"), "{e}");
        assert!(!e.ends_input, "one line's problem, not the stream's");
        let e = parse(r#"{"id":17,"title":"t"}"#).unwrap_err();
        assert_eq!(e.id.as_deref(), Some("17"));
        let e = parse(r#"{"text": null}"#).unwrap_err();
        assert!(e.to_string().contains("field `text` holds null"), "{e}");
        let e = parse(r#"{"text": "unterminated}"#).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("feeds/wire.jsonl:7: invalid JSON at column"),
            "{e}"
        );
        assert!(!e.to_string().contains("line 1"), "{e}");
        let e = parse("[1, 2]").unwrap_err();
        assert!(e.to_string().contains("not an article object"), "{e}");
        let bad = b"{\"text\": \"caf\xe9\"}";
        let e = parse_line("f.jsonl", "f", 2, bad, &FieldNames::default()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "f.jsonl:2: not valid UTF-8 (invalid byte at column 14)"
        );
    }

    #[test]
    fn writer_writes_lines_that_read_back_equal() {
        let mut a = Article::new("w-9", "Línea uno.\nLine \"two\".");
        a.title = Some("Ports".into());
        a.published = "2024-05-02T10:00:00Z".parse().ok();
        a.meta
            .insert("headline".into(), json!("alias kept as meta"));
        a.meta.insert("id".into(), json!("shadowed, skipped"));
        let mut w = JsonLinesWriter::new(Vec::new());
        w.write_article(&a, &FieldNames::default()).unwrap();
        w.write(&json!({"n": 1})).unwrap();
        let out = String::from_utf8(w.finish().unwrap()).unwrap();
        let mut lines = out.lines();
        let first = lines.next().unwrap();
        assert!(first.starts_with(
            r#"{"id":"w-9","title":"Ports","date":"2024-05-02T10:00:00Z","url":null,"text":"#
        ));
        assert_eq!(lines.next(), Some(r#"{"n":1}"#));
        let back = parse_line("x.jsonl", "x", 1, first.as_bytes(), &FieldNames::default())
            .unwrap()
            .article;
        a.meta.remove("id");
        assert_eq!(back, a);
    }

    #[test]
    fn a_failed_serialization_writes_nothing() {
        let mut bad = BTreeMap::new();
        bad.insert(vec![1u8], 1); // a map with non-string keys cannot be JSON
        let mut w = JsonLinesWriter::new(Vec::new());
        assert!(w.write(&bad).is_err());
        w.write("ok").unwrap();
        assert_eq!(w.into_inner(), b"\"ok\"\n");
    }
}
