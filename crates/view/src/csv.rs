//! A chart's data as CSV, offered for download from the page itself as a
//! `data:` link (no server, nothing remote).

/// A small table: a header and rows of cells.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// Column names.
    pub header: Vec<String>,
    /// Rows, each as many cells as the header.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with these columns and no rows.
    pub fn new(header: &[&str]) -> Table {
        Table {
            header: header.iter().map(|s| s.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    /// Adds a row.
    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    /// The table as CSV (RFC 4180: `\r\n` line ends, fields with a comma,
    /// quote or line break quoted).
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        for row in std::iter::once(&self.header).chain(&self.rows) {
            for (i, cell) in row.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if cell.contains([',', '"', '\n', '\r']) {
                    out.push('"');
                    out.push_str(&cell.replace('"', "\"\""));
                    out.push('"');
                } else {
                    out.push_str(cell);
                }
            }
            out.push_str("\r\n");
        }
        out
    }

    /// The CSV as a `data:text/csv` URL (percent-encoded UTF-8).
    pub fn data_url(&self) -> String {
        data_url("text/csv;charset=utf-8", &self.to_csv())
    }
}

/// A `data:` URL of `content` with media type `mime`: every byte but
/// unreserved ASCII is percent-encoded.
pub fn data_url(mime: &str, content: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = format!("data:{mime},");
    for b in content.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
    out
}

/// Decodes the content of a `data:` URL made by [`data_url`]; `None` when it
/// is not one (used by tests and by anyone checking a page).
pub fn decode_data_url(url: &str) -> Option<String> {
    let (_, data) = url.strip_prefix("data:")?.split_once(',')?;
    let bytes = data.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_it_and_the_url_round_trips() {
        let mut t = Table::new(&["speaker", "quotes"]);
        t.push(vec!["Lee, Ann".into(), "3".into()]);
        t.push(vec!["the \"spokesman\"".into(), "1".into()]);
        t.push(vec!["Zoë".into(), "2".into()]);
        let csv = t.to_csv();
        assert_eq!(
            csv,
            "speaker,quotes\r\n\"Lee, Ann\",3\r\n\"the \"\"spokesman\"\"\",1\r\nZoë,2\r\n"
        );
        let url = t.data_url();
        assert!(url.starts_with("data:text/csv;charset=utf-8,speaker%2Cquotes%0D%0A"));
        assert!(!url.contains([' ', '"', '<', '\'', '#']));
        assert_eq!(decode_data_url(&url).as_deref(), Some(csv.as_str()));
    }
}
