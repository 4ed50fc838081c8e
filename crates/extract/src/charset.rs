//! [`decode`]: the bytes of a page to text, in the charset it declares.
//!
//! The order follows the HTML standard's encoding sniffing, less its
//! statistical guessing: a byte order mark, then the charset the transport
//! declared (HTTP `Content-Type`), then a `<meta charset>` or
//! `<meta http-equiv="Content-Type" content="...; charset=...">` in the
//! first [`PRESCAN`] bytes, then UTF-8 if the bytes are valid UTF-8, else
//! windows-1252. Names are WHATWG labels (`latin1`, `utf8`, `sjis`, ...)
//! resolved by `encoding_rs`; a name it does not know is reported and the
//! next rule decides.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How many bytes from the start are searched for a `<meta>` charset. The
/// standard says 1024; real pages often put theirs after a long `<head>` of
/// scripts, so a little more is read.
pub const PRESCAN: usize = 8 * 1024;

/// A page decoded to text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text, with any byte order mark removed.
    pub text: String,
    /// The charset it was decoded from.
    pub encoding: &'static Encoding,
    /// Problems met: an unknown charset name, malformed bytes replaced by
    /// U+FFFD.
    pub warnings: Vec<String>,
}

/// Decodes `bytes`; `declared` is the charset the server declared, if any.
pub fn decode(bytes: &[u8], declared: Option<&str>) -> Decoded {
    let mut warnings = Vec::new();
    let (encoding, bom) = match Encoding::for_bom(bytes) {
        Some((encoding, len)) => (Some(encoding), len),
        None => (None, 0),
    };
    let body = bytes.get(bom..).unwrap_or_default();
    let encoding = encoding
        .or_else(|| declared.and_then(|label| resolve(label, "the server", &mut warnings)))
        .or_else(|| {
            meta_charset(body.get(..PRESCAN.min(body.len())).unwrap_or_default())
                .and_then(|label| resolve(&label, "the page's <meta>", &mut warnings))
                // A page cannot declare itself UTF-16 in ASCII: the standard
                // reads such a declaration as UTF-8.
                .map(|e| {
                    if e.output_encoding() == UTF_8 {
                        UTF_8
                    } else {
                        e
                    }
                })
        })
        .unwrap_or_else(|| {
            if std::str::from_utf8(body).is_ok() {
                UTF_8
            } else {
                WINDOWS_1252
            }
        });
    let (text, malformed) = encoding.decode_without_bom_handling(body);
    if malformed {
        warnings.push(format!(
            "bytes that are not valid {} were replaced by U+FFFD",
            encoding.name()
        ));
    }
    Decoded {
        text: text.into_owned(),
        encoding,
        warnings,
    }
}

/// The encoding a label names, or a warning saying it names none.
fn resolve(label: &str, who: &str, warnings: &mut Vec<String>) -> Option<&'static Encoding> {
    let label = label.trim().trim_matches(|c| c == '"' || c == '\'');
    match Encoding::for_label(label.as_bytes()) {
        // The "replacement" encoding (ISO-2022-KR and other unsafe legacy
        // names) would turn the whole page into one U+FFFD.
        Some(e) if e != encoding_rs::REPLACEMENT => Some(e),
        _ => {
            let shown: String = label.chars().take(40).collect();
            warnings.push(format!(
                "unknown charset `{shown}` declared by {who}; the page was read as declared otherwise, or as UTF-8"
            ));
            None
        }
    }
}

/// The charset named by the first `<meta>` that names one, in `head`.
fn meta_charset(head: &[u8]) -> Option<String> {
    let finder = memchr::memmem::Finder::new(b"<meta");
    let lower = head.to_ascii_lowercase();
    for at in finder.find_iter(&lower) {
        let rest = lower.get(at + 5..).unwrap_or_default();
        let end = memchr::memchr(b'>', rest).unwrap_or(rest.len());
        let tag = rest.get(..end).unwrap_or_default();
        if let Some(i) = memchr::memmem::find(tag, b"charset") {
            let after = tag.get(i + 7..).unwrap_or_default();
            let after = after.trim_ascii_start();
            let Some(value) = after.strip_prefix(b"=") else {
                continue;
            };
            let value = value.trim_ascii_start();
            let value = value
                .strip_prefix(b"\"")
                .or_else(|| value.strip_prefix(b"'"))
                .unwrap_or(value);
            let len = value
                .iter()
                .position(|&b| {
                    matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') || b.is_ascii_whitespace()
                })
                .unwrap_or(value.len());
            let label = value.get(..len).unwrap_or_default();
            if !label.is_empty() {
                return Some(String::from_utf8_lossy(label).into_owned());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_server_wins_over_the_page() {
        let page = b"<meta charset=\"utf-8\"><p>caf\xe9</p>";
        let d = decode(page, Some("ISO-8859-1"));
        assert_eq!(d.text, "<meta charset=\"utf-8\"><p>caf\u{e9}</p>");
        assert_eq!(d.encoding.name(), "windows-1252");
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn meta_tags_of_both_forms_are_read() {
        let a = decode(
            b"<html><head><META CHARSET='koi8-r'></head>\xf0\xd2\xc9",
            None,
        );
        assert_eq!(
            (a.encoding.name(), a.text.ends_with("При")),
            ("KOI8-R", true)
        );
        let b = decode(
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">\x93\xfa\x96\x7b",
            None,
        );
        assert_eq!(b.encoding.name(), "Shift_JIS");
        assert!(b.text.ends_with("日本"), "{}", b.text);
    }

    #[test]
    fn a_byte_order_mark_wins_and_is_removed() {
        let d = decode(b"\xef\xbb\xbf<p>ok</p>", Some("windows-1252"));
        assert_eq!((d.encoding, d.text.as_str()), (UTF_8, "<p>ok</p>"));
    }

    #[test]
    fn without_a_declaration_utf8_else_windows_1252() {
        assert_eq!(decode("<p>Kyïv</p>".as_bytes(), None).encoding, UTF_8);
        let legacy = decode(b"<p>na\xefve \x93quoted\x94</p>", None);
        assert_eq!(legacy.encoding, WINDOWS_1252);
        assert_eq!(legacy.text, "<p>na\u{ef}ve \u{201c}quoted\u{201d}</p>");
    }

    #[test]
    fn an_unknown_charset_is_a_warning_and_the_next_rule_decides() {
        let d = decode(b"<meta charset=klingon-8><p>plain</p>", Some("x-martian"));
        assert_eq!((d.encoding, d.text.contains("plain")), (UTF_8, true));
        assert_eq!(d.warnings.len(), 2, "{:?}", d.warnings);
        assert!(d.warnings[0].contains("x-martian") && d.warnings[0].contains("server"));
        assert!(d.warnings[1].contains("klingon-8"));
        // ISO-2022-KR maps to the replacement encoding: not used.
        assert_eq!(decode(b"<p>x</p>", Some("iso-2022-kr")).text, "<p>x</p>");
    }

    #[test]
    fn malformed_bytes_are_replaced_and_reported() {
        let d = decode(b"<p>bad \xff\xfe here</p>", Some("utf-8"));
        assert!(d.text.contains('\u{fffd}'));
        assert_eq!(d.warnings.len(), 1);
    }

    #[test]
    fn a_meta_declaring_utf16_is_read_as_utf8() {
        let d = decode("<meta charset=utf-16><p>é</p>".as_bytes(), None);
        assert_eq!((d.encoding, d.text.contains('é')), (UTF_8, true));
    }

    proptest! {
        #[test]
        fn any_bytes_decode(bytes in proptest::collection::vec(any::<u8>(), 0..300),
                            label in proptest::option::of("[a-zA-Z0-9_-]{0,12}")) {
            let d = decode(&bytes, label.as_deref());
            // Valid UTF-8 without a declaration comes back unchanged.
            if label.is_none() && !bytes.starts_with(b"\xef\xbb\xbf") {
                if let Ok(s) = std::str::from_utf8(&bytes) {
                    if meta_charset(&bytes).is_none() {
                        prop_assert_eq!(d.text.as_str(), s);
                    }
                }
            }
        }
    }
}
