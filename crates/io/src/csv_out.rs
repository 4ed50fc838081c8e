//! CSV output: one row per finding, the same long shape for every analyzer.
//!
//! Columns: `id, analyzer, start, end, text, fields`. A finding is an element
//! of an analyzer's output array (`dates`, `quotes`) or of an array field of
//! an object output (`casualties.figures`); its `start`, `end` and `text` get
//! their own columns and every other field goes, as one JSON object, into
//! `fields` (`{"type":"DATE","value":"2022-01-20"}`). What an object output
//! holds besides arrays (`casualties.totals`) is one more row with empty
//! `start`/`end`/`text`; a field that held findings is named in `fields` as
//! `"group"` (`{"group":"figures", ...}`). Each entry of a record's `errors`
//! is a row whose analyzer is `errors`. A custom plugin's output fits the same
//! columns with no code: the shape comes from its JSON.
//!
//! ```
//! use newsfacts_io::csv_out::{CsvRows, HEADER};
//! let record = serde_json::json!({"id": "a1", "dates": [
//!     {"text": "Thursday", "start": 3, "end": 11, "type": "DATE", "value": "2022-01-20"}],
//!     "errors": []});
//! let mut rows = CsvRows::new(Vec::new(), &["dates"]);
//! rows.write_record(&record).unwrap();
//! let csv = String::from_utf8(rows.into_inner().unwrap()).unwrap();
//! assert_eq!(HEADER.join(","), "id,analyzer,start,end,text,fields");
//! assert_eq!(csv, "a1,dates,3,11,Thursday,\"{\"\"type\"\":\"\"DATE\"\",\"\"value\"\":\"\"2022-01-20\"\"}\"\n");
//! ```

use std::io::{self, Write};

use serde_json::{Map, Value};

/// The CSV header: the column names, in order.
pub const HEADER: [&str; 6] = ["id", "analyzer", "start", "end", "text", "fields"];

/// Writes the finding rows of records (no header: write [`HEADER`] once
/// yourself, or use [`CsvRows::with_header`]).
pub struct CsvRows<W: Write> {
    out: csv::Writer<W>,
    analyzers: Vec<String>,
}

impl<W: Write> CsvRows<W> {
    /// Rows of the outputs of `analyzers` (the record keys that become
    /// rows; everything else in a record is metadata), no header line.
    pub fn new<S: AsRef<str>>(w: W, analyzers: &[S]) -> CsvRows<W> {
        CsvRows {
            out: csv::WriterBuilder::new().has_headers(false).from_writer(w),
            analyzers: analyzers.iter().map(|a| a.as_ref().to_string()).collect(),
        }
    }

    /// [`CsvRows::new`], writing the header line first.
    pub fn with_header<S: AsRef<str>>(w: W, analyzers: &[S]) -> io::Result<CsvRows<W>> {
        let mut rows = CsvRows::new(w, analyzers);
        rows.out.write_record(HEADER).map_err(into_io)?;
        Ok(rows)
    }

    /// Writes the rows of one output record, given as JSON (serialize the
    /// record to a `serde_json::Value` first: offsets are converted then).
    /// Only the outputs of the analyzers given to [`CsvRows::new`] and the
    /// `errors` become rows; `id` is in every row.
    pub fn write_record(&mut self, record: &Value) -> io::Result<()> {
        let Some(obj) = record.as_object() else {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "a record must be a JSON object",
            ));
        };
        let id = match obj.get("id") {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Null) | None => String::new(),
            Some(other) => other.to_string(),
        };
        let analyzers = std::mem::take(&mut self.analyzers);
        let written = analyzers.iter().try_for_each(|name| match obj.get(name) {
            Some(value) => self.output_rows(&id, name, value),
            None => Ok(()),
        });
        self.analyzers = analyzers;
        written?;
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
            self.row(&id, "errors", None, None, &message, rest)?;
        }
        Ok(())
    }

    fn output_rows(&mut self, id: &str, analyzer: &str, value: &Value) -> io::Result<()> {
        match value {
            Value::Array(items) => items
                .iter()
                .try_for_each(|f| self.finding(id, analyzer, f, None)),
            Value::Object(map) => {
                let mut rest = Map::new();
                for (k, v) in map {
                    match v {
                        Value::Array(items) => {
                            for f in items {
                                self.finding(id, analyzer, f, Some(k))?;
                            }
                        }
                        other => {
                            rest.insert(k.clone(), other.clone());
                        }
                    }
                }
                if rest.is_empty() {
                    Ok(())
                } else {
                    self.row(id, analyzer, None, None, "", rest)
                }
            }
            scalar => {
                let mut rest = Map::new();
                rest.insert("value".into(), scalar.clone());
                self.row(id, analyzer, None, None, "", rest)
            }
        }
    }

    fn finding(
        &mut self,
        id: &str,
        analyzer: &str,
        f: &Value,
        group: Option<&str>,
    ) -> io::Result<()> {
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
        self.row(id, analyzer, start, end, &text, rest)
    }

    fn row(
        &mut self,
        id: &str,
        analyzer: &str,
        start: Option<u64>,
        end: Option<u64>,
        text: &str,
        fields: Map<String, Value>,
    ) -> io::Result<()> {
        let num = |n: Option<u64>| n.map(|n| n.to_string()).unwrap_or_default();
        let fields = if fields.is_empty() {
            String::new()
        } else {
            Value::Object(fields).to_string()
        };
        self.out
            .write_record([id, analyzer, &num(start), &num(end), text, &fields])
            .map_err(into_io)
    }

    /// Flushes and returns the underlying writer.
    pub fn into_inner(self) -> io::Result<W> {
        self.out.into_inner().map_err(|e| e.into_error())
    }
}

fn into_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(record: Value) -> Vec<Vec<String>> {
        let mut w = CsvRows::with_header(Vec::new(), &["dates", "casualties", "quotes"]).unwrap();
        w.write_record(&record).unwrap();
        let bytes = w.into_inner().unwrap();
        csv::Reader::from_reader(bytes.as_slice())
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect()
    }

    #[test]
    fn one_row_per_finding_with_the_rest_as_json() {
        let record = serde_json::json!({
            "id": "a1", "title": "T", "section": "world", "offsets": "chars", "year": 2022, "tags": ["x"],
            "dates": [{"text": "Feb. 4", "start": 10, "end": 16, "type": "DATE", "value": "2022-02-04"}],
            "casualties": {"figures": [{"text": "has killed 14,000", "start": 20, "end": 37, "kind": "killed", "count": 14000}],
                           "totals": {"killed": 14000, "injured": null}},
            "quotes": [],
            "errors": [{"stage": "panic", "analyzer": "x", "message": "boom, \"quoted\""}]
        });
        let r = rows(record);
        assert_eq!(r.len(), 4, "{r:?}");
        assert_eq!(r[0][..5], ["a1", "dates", "10", "16", "Feb. 4"]);
        let fields: Value = serde_json::from_str(&r[0][5]).unwrap();
        assert_eq!(
            fields,
            serde_json::json!({"type": "DATE", "value": "2022-02-04"})
        );
        assert_eq!(
            r[1][..5],
            ["a1", "casualties", "20", "37", "has killed 14,000"]
        );
        assert!(r[1][5].contains("\"group\":\"figures\""));
        assert_eq!(r[2][..5], ["a1", "casualties", "", "", ""]);
        assert!(r[2][5].contains("\"totals\""));
        assert_eq!(r[3][1], "errors");
        assert_eq!(
            r[3][4], "boom, \"quoted\"",
            "commas and quotes survive CSV quoting"
        );
    }

    #[test]
    fn an_input_error_record_is_one_error_row() {
        let r = rows(
            serde_json::json!({"id": null, "errors": [{"stage": "input", "file": "a.jsonl", "line": 3, "message": "bad JSON"}]}),
        );
        assert_eq!(
            r,
            [vec![
                "",
                "errors",
                "",
                "",
                "bad JSON",
                r#"{"file":"a.jsonl","line":3,"stage":"input"}"#
            ]]
        );
    }
}
