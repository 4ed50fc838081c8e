//! Parquet output (cargo feature `parquet`): the long shape of
//! [`crate::rows`] — `id, analyzer, start, end, text, fields` — as a Parquet
//! file with snappy compression, readable by Spark, DuckDB and Polars.
//!
//! ```
//! use newsfacts_io::parquet_out::ParquetRows;
//! let record = serde_json::json!({"id": "a1", "dates": [
//!     {"text": "Thursday", "start": 3, "end": 11, "type": "DATE", "value": "2022-01-20"}],
//!     "errors": []});
//! let mut out = ParquetRows::new(Vec::new(), &["dates"]).unwrap();
//! out.write_record(&record).unwrap();
//! let bytes = out.finish().unwrap();
//! assert_eq!(&bytes[..4], b"PAR1");
//! ```

use std::io::{self, Write};
use std::sync::Arc;

use parquet::basic::Compression;
use parquet::data_type::{ByteArray, ByteArrayType, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;
use serde_json::Value;

use crate::rows::{Row, rows};

/// Rows buffered before a row group is written.
const ROW_GROUP: usize = 64 * 1024;

const SCHEMA: &str = "message finding {
    REQUIRED BYTE_ARRAY id (UTF8);
    REQUIRED BYTE_ARRAY analyzer (UTF8);
    OPTIONAL INT64 start;
    OPTIONAL INT64 end;
    REQUIRED BYTE_ARRAY text (UTF8);
    REQUIRED BYTE_ARRAY fields (UTF8);
}";

/// Writes the finding rows of records as one Parquet file.
pub struct ParquetRows<W: Write + Send> {
    writer: SerializedFileWriter<W>,
    analyzers: Vec<String>,
    buffer: Vec<Row>,
}

fn into_io(e: parquet::errors::ParquetError) -> io::Error {
    io::Error::other(e.to_string())
}

impl<W: Write + Send> ParquetRows<W> {
    /// A Parquet file of the rows of `analyzers`' outputs (see [`crate::rows::rows`]).
    pub fn new<S: AsRef<str>>(w: W, analyzers: &[S]) -> io::Result<ParquetRows<W>> {
        let schema = Arc::new(parse_message_type(SCHEMA).map_err(into_io)?);
        let props = Arc::new(
            WriterProperties::builder()
                .set_compression(Compression::SNAPPY)
                .build(),
        );
        Ok(ParquetRows {
            writer: SerializedFileWriter::new(w, schema, props).map_err(into_io)?,
            analyzers: analyzers.iter().map(|a| a.as_ref().to_string()).collect(),
            buffer: Vec::new(),
        })
    }

    /// Adds the rows of one output record, given as JSON.
    pub fn write_record(&mut self, record: &Value) -> io::Result<()> {
        self.buffer.extend(rows(record, &self.analyzers));
        if self.buffer.len() >= ROW_GROUP {
            self.flush_group()?;
        }
        Ok(())
    }

    fn flush_group(&mut self) -> io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let rows = std::mem::take(&mut self.buffer);
        let strings = |f: fn(&Row) -> &str| -> Vec<ByteArray> {
            rows.iter().map(|r| ByteArray::from(f(r))).collect()
        };
        let ints = |f: fn(&Row) -> Option<u64>| -> (Vec<i64>, Vec<i16>) {
            let values = rows
                .iter()
                .filter_map(f)
                .map(|n| i64::try_from(n).unwrap_or(i64::MAX))
                .collect();
            let levels = rows.iter().map(|r| i16::from(f(r).is_some())).collect();
            (values, levels)
        };
        let mut group = self.writer.next_row_group().map_err(into_io)?;
        let mut index = 0;
        while let Some(mut column) = group.next_column().map_err(into_io)? {
            match index {
                0 | 1 | 4 | 5 => {
                    let values = match index {
                        0 => strings(|r| &r.id),
                        1 => strings(|r| &r.analyzer),
                        4 => strings(|r| &r.text),
                        _ => strings(|r| &r.fields),
                    };
                    column
                        .typed::<ByteArrayType>()
                        .write_batch(&values, None, None)
                        .map_err(into_io)?;
                }
                _ => {
                    let (values, levels) = if index == 2 {
                        ints(|r| r.start)
                    } else {
                        ints(|r| r.end)
                    };
                    column
                        .typed::<Int64Type>()
                        .write_batch(&values, Some(&levels), None)
                        .map_err(into_io)?;
                }
            }
            column.close().map_err(into_io)?;
            index += 1;
        }
        group.close().map_err(into_io)?;
        Ok(())
    }

    /// Writes what is buffered and the file footer; returns the writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.flush_group()?;
        self.writer.into_inner().map_err(into_io)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parquet::file::reader::{FileReader, SerializedFileReader};

    #[test]
    fn rows_read_back_from_the_file() {
        let record = serde_json::json!({"id": "a1", "dates": [
            {"text": "Feb. 4", "start": 10, "end": 16, "type": "DATE", "value": "2022-02-04"}],
            "casualties": {"figures": [], "totals": {"killed": null}},
            "errors": [{"stage": "panic", "analyzer": "x", "message": "boom"}]});
        let mut out = ParquetRows::new(Vec::new(), &["dates", "casualties"]).unwrap();
        for _ in 0..3 {
            out.write_record(&record).unwrap();
        }
        let path =
            std::env::temp_dir().join(format!("newsfacts-parquet-{}.parquet", std::process::id()));
        std::fs::write(&path, out.finish().unwrap()).unwrap();
        let reader = SerializedFileReader::new(std::fs::File::open(&path).unwrap()).unwrap();
        assert_eq!(reader.metadata().file_metadata().num_rows(), 9);
        let rows: Vec<String> = reader
            .get_row_iter(None)
            .unwrap()
            .map(|r| r.unwrap().to_string())
            .collect();
        assert!(
            rows[0].contains("id: \"a1\"")
                && rows[0].contains("start: 10")
                && rows[0].contains("Feb. 4"),
            "{}",
            rows[0]
        );
        assert!(
            rows[1].contains("start: null") && rows[1].contains("totals"),
            "{}",
            rows[1]
        );
        assert!(
            rows[2].contains("analyzer: \"errors\"") && rows[2].contains("boom"),
            "{}",
            rows[2]
        );
        let _ = std::fs::remove_file(path);
    }
}
