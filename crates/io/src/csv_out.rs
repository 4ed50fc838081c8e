//! CSV output: the long shape of [`crate::rows`], one line per finding.
//!
//! ```
//! use newsfacts_io::csv_out::CsvRows;
//! let record = serde_json::json!({"id": "a1", "dates": [
//!     {"text": "Thursday", "start": 3, "end": 11, "type": "DATE", "value": "2022-01-20"}],
//!     "errors": []});
//! let mut rows = CsvRows::with_header(Vec::new(), &["dates"]).unwrap();
//! rows.write_record(&record).unwrap();
//! let csv = String::from_utf8(rows.into_inner().unwrap()).unwrap();
//! let lines: Vec<&str> = csv.lines().collect();
//! assert_eq!(lines[0], "id,analyzer,start,end,text,fields");
//! assert!(lines[1].starts_with("a1,dates,3,11,Thursday,"));
//! ```

use std::io::{self, Write};

use serde_json::Value;

pub use crate::rows::HEADER;
use crate::rows::rows;

/// Writes the finding rows of records as CSV.
pub struct CsvRows<W: Write> {
    out: csv::Writer<W>,
    analyzers: Vec<String>,
}

impl<W: Write> CsvRows<W> {
    /// Rows of the outputs of `analyzers`, no header line (see [`crate::rows::rows`]).
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

    /// Writes the rows of one output record, given as JSON.
    pub fn write_record(&mut self, record: &Value) -> io::Result<()> {
        if !record.is_object() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "a record must be a JSON object",
            ));
        }
        let num = |n: Option<u64>| n.map(|n| n.to_string()).unwrap_or_default();
        for r in rows(record, &self.analyzers) {
            self.out
                .write_record([
                    &r.id,
                    &r.analyzer,
                    &num(r.start),
                    &num(r.end),
                    &r.text,
                    &r.fields,
                ])
                .map_err(into_io)?;
        }
        Ok(())
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
