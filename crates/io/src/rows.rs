//! The long shape shared by the CSV and Parquet writers: one [`Row`] per
//! finding, the same columns for every analyzer.
//!
//! Columns ([`HEADER`]): `id, analyzer, start, end, text, fields`. A finding
//! is an element of an analyzer's output array (`dates`, `quotes`) or of an
//! array field of an object output (`casualties.figures`); its `start`, `end`
//! and `text` get their own columns and every other field goes, as one JSON
//! object, into `fields` (`{"type":"DATE","value":"2022-01-20"}`). What an
//! object output holds besides arrays (`casualties.totals`) is one more row
//! with empty `start`/`end`/`text`; a field that held findings is named in
//! `fields` as `"group"` (`{"group":"figures", ...}`). Each entry of a
//! record's `errors` is a row whose analyzer is `errors`. A custom plugin's
//! output fits the same columns with no code: the shape comes from its JSON.
//!
//! ```
//! let record = serde_json::json!({"id": "a1", "dates": [
//!     {"text": "Thursday", "start": 3, "end": 11, "type": "DATE", "value": "2022-01-20"}],
//!     "errors": []});
//! let rows = newsfacts_io::rows::rows(&record, &["dates"]);
//! assert_eq!(rows.len(), 1);
//! assert_eq!((rows[0].analyzer.as_str(), rows[0].start, rows[0].text.as_str()), ("dates", Some(3), "Thursday"));
//! assert_eq!(rows[0].fields, r#"{"type":"DATE","value":"2022-01-20"}"#);
//! ```

use serde_json::{Map, Value};

/// The column names, in order.
pub const HEADER: [&str; 6] = ["id", "analyzer", "start", "end", "text", "fields"];

/// One finding (or one error, or the non-array part of an object output).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The article id (empty for an input error record).
    pub id: String,
    /// The analyzer that found it, or `errors`.
    pub analyzer: String,
    /// Start offset, in the record's offset unit.
    pub start: Option<u64>,
    /// End offset.
    pub end: Option<u64>,
    /// The text it covers (for an error: the message).
    pub text: String,
    /// Every other field, as a JSON object; empty when there is none.
    pub fields: String,
}

/// The rows of one output record, given as JSON (serialize the record to a
/// `serde_json::Value` first: offsets are converted then). Only the outputs
/// of `analyzers` (the record keys that hold analyzer outputs; everything
/// else in a record is metadata) and the `errors` become rows.
pub fn rows<S: AsRef<str>>(record: &Value, analyzers: &[S]) -> Vec<Row> {
    let mut out = Vec::new();
    let Some(obj) = record.as_object() else {
        return out;
    };
    let id = match obj.get("id") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    };
    for name in analyzers {
        let name = name.as_ref();
        if let Some(value) = obj.get(name) {
            output_rows(&mut out, &id, name, value);
        }
    }
    for e in obj
        .get("errors")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let message = e
            .get("message")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let mut rest = e.as_object().cloned().unwrap_or_default();
        rest.remove("message");
        out.push(row(&id, "errors", None, None, message, rest));
    }
    out
}

fn output_rows(out: &mut Vec<Row>, id: &str, analyzer: &str, value: &Value) {
    match value {
        Value::Array(items) => out.extend(items.iter().map(|f| finding(id, analyzer, f, None))),
        Value::Object(map) => {
            let mut rest = Map::new();
            for (k, v) in map {
                match v {
                    Value::Array(items) => {
                        out.extend(items.iter().map(|f| finding(id, analyzer, f, Some(k))))
                    }
                    other => {
                        rest.insert(k.clone(), other.clone());
                    }
                }
            }
            if !rest.is_empty() {
                out.push(row(id, analyzer, None, None, String::new(), rest));
            }
        }
        scalar => {
            let mut rest = Map::new();
            rest.insert("value".into(), scalar.clone());
            out.push(row(id, analyzer, None, None, String::new(), rest));
        }
    }
}

fn finding(id: &str, analyzer: &str, f: &Value, group: Option<&str>) -> Row {
    let mut rest = match f {
        Value::Object(m) => m.clone(),
        other => {
            let mut m = Map::new();
            m.insert("value".into(), other.clone());
            m
        }
    };
    let start = rest.remove("start").and_then(|v| v.as_u64());
    let end = rest.remove("end").and_then(|v| v.as_u64());
    let text = match rest.remove("text") {
        Some(Value::String(s)) => s,
        Some(other) => other.to_string(),
        None => String::new(),
    };
    if let Some(g) = group {
        rest.insert("group".into(), Value::String(g.to_string()));
    }
    row(id, analyzer, start, end, text, rest)
}

fn row(
    id: &str,
    analyzer: &str,
    start: Option<u64>,
    end: Option<u64>,
    text: String,
    fields: Map<String, Value>,
) -> Row {
    Row {
        id: id.to_string(),
        analyzer: analyzer.to_string(),
        start,
        end,
        text,
        fields: if fields.is_empty() {
            String::new()
        } else {
            Value::Object(fields).to_string()
        },
    }
}
