//! The dateline text format: one article per file.
//!
//! ```text
//! Flooding closes river crossings            <- line 1: title (may be empty)
//! 20240314                                   <- line 2: date, YYYYMMDD or YYYY-MM-DD
//! https://example.org/news/flooding          <- line 3: URL (may be empty)
//! Two bridges were closed on Wednesday ...   <- line 4 on: the body, kept as is
//! ```
//!
//! Conventions, chosen so that [`to_dateline`] and [`parse_dateline`] are
//! inverses:
//! * a UTF-8 byte order mark at the start is skipped;
//! * the line ending of the title line decides the file's: when it is `\r\n`,
//!   the `\r` is also removed from the date and URL lines and from the end of
//!   the body; `\r\n` inside the body is kept as written;
//! * the body is everything after the URL line, minus one final line break
//!   (`\n`, or `\r\n` in a CRLF file), so a file whose last line ends with a
//!   newline (as editors write them) gives a body without it;
//! * an empty title or URL line reads as `None`;
//! * the date line may also hold an ISO 8601 date-time, an RSS date
//!   (`Tue, 05 Mar 2024 16:30:00 +0100`) or a date in words (`March 5, 2024`,
//!   `5 March 2024`, `Tuesday, March 5, 2024`; see
//!   [`newsfacts_core::Published`]); a missing or unparsable date gives the
//!   article with `published: None` and a warning naming line 2;
//! * with [`crate::Format::Auto`], a file is dateline text when its line 2
//!   is a date (or looks like a digit date), or when its line 3 is a web
//!   address; a file read as plain text whose line 2 looks like a failed
//!   attempt at a date gets a warning saying so;
//! * the id is the file stem (`reports/flood.txt.gz` → `flood`).
//!
//! [`to_dateline`] writes the date as `YYYYMMDD` when it has no time of day,
//! and as ISO 8601 otherwise. The round trip holds for any body and any title
//! and URL without line breaks (which the writer replaces by spaces) and
//! whose title does not start with a byte order mark, except for an article
//! whose title, date, URL and body are all empty or white space: a file of
//! white space only is refused as empty.

use newsfacts_core::{Article, Published};

use crate::{Error, Item, Warning};

const BOM: char = '\u{feff}';

/// Splits off the first line: the line without its `\n`, and what follows
/// the `\n` (`None` when the text has no `\n`).
fn split_line(s: &str) -> (&str, Option<&str>) {
    match memchr::memchr(b'\n', s.as_bytes()) {
        Some(i) => (s.get(..i).unwrap_or(s), s.get(i + 1..)),
        None => (s, None),
    }
}

/// The file stem used as article id: the file name without folders, without
/// a `.gz` suffix and without its last extension.
pub(crate) fn stem(file: &str) -> String {
    let name = std::path::Path::new(file)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(file);
    let name = strip_suffix_ci(name, ".gz").unwrap_or(name);
    match name.rfind('.') {
        Some(i) if i > 0 => name.get(..i).unwrap_or(name).to_string(),
        _ => name.to_string(),
    }
}

/// `s` without `suffix` (ASCII case-insensitive), if it ends with it.
pub(crate) fn strip_suffix_ci<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = s.len().checked_sub(suffix.len())?;
    let tail = s.get(cut..)?;
    if tail.eq_ignore_ascii_case(suffix) {
        s.get(..cut)
    } else {
        None
    }
}

/// Parses one dateline article: `file` is its name (for the id and errors),
/// `text` its whole content.
///
/// Fails when the file is empty (or only white space) or has a single line.
/// A bad date is not an error: see the module docs.
pub fn parse_dateline(file: &str, text: &str) -> Result<Item, Error> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Error::new(
            file,
            None,
            "empty file: a dateline article needs a title line, a date line, a URL line and the body",
        ));
    }
    let (title_raw, rest) = split_line(text);
    let Some(rest) = rest else {
        return Err(Error::new(
            file,
            Some(2),
            "too few lines: no date line (a dateline article has the title on line 1, \
             the date on line 2, the URL on line 3, then the body)",
        ));
    };
    let crlf = title_raw.ends_with('\r');
    let cut = |l: &'_ str| -> String {
        if crlf {
            l.strip_suffix('\r').unwrap_or(l).to_string()
        } else {
            l.to_string()
        }
    };
    let title = cut(title_raw);
    let (date_raw, rest) = split_line(rest);
    let (url, body) = match rest {
        None => (String::new(), ""),
        Some(r) => {
            let (u, b) = split_line(r);
            (cut(u), b.unwrap_or(""))
        }
    };
    let body = match body.strip_suffix('\n') {
        Some(b) if crlf => b.strip_suffix('\r').unwrap_or(b),
        Some(b) => b,
        None => body,
    };
    let mut warnings = Vec::new();
    let date = date_raw.trim();
    let published = if date.is_empty() {
        warnings.push(Warning {
            line: 2,
            message: "no publication date (expected YYYYMMDD or YYYY-MM-DD)".to_string(),
        });
        None
    } else {
        match date.parse::<Published>() {
            Ok(p) => Some(p),
            Err(e) => {
                warnings.push(Warning {
                    line: 2,
                    message: e.to_string(),
                });
                None
            }
        }
    };
    let article = Article {
        id: stem(file),
        title: (!title.is_empty()).then_some(title),
        published,
        url: (!url.is_empty()).then_some(url),
        body: body.to_string(),
        meta: Default::default(),
    };
    Ok(Item {
        page: None,
        article,
        file: file.to_string(),
        line: 1,
        warnings,
    })
}

/// Whether a file read with [`crate::Format::Auto`] is dateline text rather
/// than plain text: line 2 is a date, or looks like one (`20241345` is read
/// as dateline with a warning rather than as body text), or is empty while
/// line 3 is a web address.
pub(crate) fn looks_like_dateline(text: &str) -> bool {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let (_, Some(rest)) = split_line(text) else {
        return false;
    };
    let (line2, rest) = split_line(rest);
    let line2 = line2.trim();
    if line2.is_empty() {
        let line3 = rest.map(|r| split_line(r).0.trim_start()).unwrap_or("");
        return line3.starts_with("http://") || line3.starts_with("https://");
    }
    if line2.parse::<Published>().is_ok() {
        return true;
    }
    // Title, something, web address: the shape of a dateline file whose date
    // line is wrong (read with a warning on line 2 rather than as body text).
    let line3 = rest.map(|r| split_line(r).0.trim()).unwrap_or("");
    if line2.len() <= 40 && (line3.starts_with("http://") || line3.starts_with("https://")) {
        return true;
    }
    let b = line2.as_bytes();
    (8..=35).contains(&b.len())
        && b.iter().take(4).all(u8::is_ascii_digit)
        && b.iter()
            .all(|c| c.is_ascii_digit() || b"-:T .+Z/".contains(c))
}

/// For a file read as plain text: its line 2 when that line looks like an
/// attempt at a date (short, with a year from 1800 to 2199 in it) that is not
/// one the dateline reader takes — so the user can be told why the file was
/// not read as dateline text (and its title and URL became body text).
pub(crate) fn near_miss_date_line(text: &str) -> Option<&str> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let (_, Some(rest)) = split_line(text) else {
        return None;
    };
    let line2 = split_line(rest).0.trim();
    let has_year = line2
        .split(|c: char| !c.is_ascii_digit())
        .any(|w| w.len() == 4 && ("1800".."2200").contains(&w));
    (line2.len() <= 40 && has_year && line2.parse::<Published>().is_err()).then_some(line2)
}

/// Writes an article in the dateline format, ending with a newline: the
/// inverse of [`parse_dateline`] (see the module docs for what round-trips).
/// Line breaks in the title and URL are replaced by spaces; `meta` and the
/// id (which the reader takes from the file name) are not written.
pub fn to_dateline(a: &Article) -> String {
    let clean = |s: &Option<String>| s.as_deref().unwrap_or("").replace(['\r', '\n'], " ");
    let date = match &a.published {
        Some(p) if p.time.is_none() && (0..=9999).contains(&chrono::Datelike::year(&p.date)) => {
            p.date.format("%Y%m%d").to_string()
        }
        Some(p) => p.to_string(),
        None => String::new(),
    };
    let (title, url) = (clean(&a.title), clean(&a.url));
    let mut out = String::with_capacity(title.len() + url.len() + a.body.len() + 16);
    for part in [title.as_str(), &date, &url, &a.body] {
        out.push_str(part);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FLOOD: &str = "Flooding closes river crossings\n20240314\nhttps://example.org/news/flooding\n\
        Two bridges over the Vell were closed on Wednesday, officials said.\n\
        \"We expect the water to drop by Friday,\" said Mara Olsen, the county engineer.\n";

    #[test]
    fn reads_title_date_url_and_body() {
        let item = parse_dateline("news/flood-2024.txt", FLOOD).unwrap();
        let a = &item.article;
        assert_eq!(a.id, "flood-2024");
        assert_eq!(a.title.as_deref(), Some("Flooding closes river crossings"));
        assert_eq!(a.published, Published::ymd(2024, 3, 14));
        assert_eq!(a.url.as_deref(), Some("https://example.org/news/flooding"));
        assert!(a.body.starts_with("Two bridges"));
        assert!(
            a.body.ends_with("county engineer."),
            "one trailing newline stripped"
        );
        assert_eq!(a.body.lines().count(), 2);
        assert!(item.warnings.is_empty());
        assert_eq!((item.file.as_str(), item.line), ("news/flood-2024.txt", 1));
    }

    #[test]
    fn accepts_crlf_bom_iso_dates_and_empty_url() {
        let text = "\u{feff}Storm warning\r\n2023-11-02\r\n\r\nWinds reached 120 km/h.\r\nSchools closed.\r\n";
        let item = parse_dateline("storm.txt", text).unwrap();
        let a = item.article;
        assert_eq!(a.title.as_deref(), Some("Storm warning"));
        assert_eq!(a.published, Published::ymd(2023, 11, 2));
        assert_eq!(a.url, None);
        assert_eq!(a.body, "Winds reached 120 km/h.\r\nSchools closed.");
    }

    #[test]
    fn a_bad_date_is_a_warning_naming_line_2() {
        let item = parse_dateline("x.txt", "Title\n20241345\n\nBody.\n").unwrap();
        assert_eq!(item.article.published, None);
        assert_eq!(item.article.body, "Body.");
        assert_eq!(item.warnings.len(), 1);
        assert!(item.warnings[0].line == 2, "{:?}", item.warnings);
        assert!(item.warnings[0].message.contains("20241345"));
        let item = parse_dateline("x.txt", "Title\n\n\nBody.").unwrap();
        assert!(
            item.warnings[0]
                .to_string()
                .contains("line 2: no publication date")
        );
    }

    #[test]
    fn too_few_lines_and_empty_files_are_errors() {
        let e = parse_dateline("dir/one.txt", "Only a title").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(
            e.to_string().starts_with("dir/one.txt:2: too few lines"),
            "{e}"
        );
        let e = parse_dateline("empty.txt", " \n\n").unwrap_err();
        assert!(e.to_string().starts_with("empty.txt: empty file"), "{e}");
        // Title and date only: an article with an empty body.
        let item = parse_dateline("short.txt", "Headline\n20240101").unwrap();
        assert_eq!((item.article.url, item.article.body.as_str()), (None, ""));
    }

    #[test]
    fn writes_the_inverse() {
        let item = parse_dateline("flood.txt", FLOOD).unwrap();
        assert_eq!(to_dateline(&item.article), FLOOD);
        let mut a = Article::new("x", "line one\n\nline three\n");
        a.title = Some("Two\nlines".into());
        a.published = "2024-03-14T08:30:00+01:00".parse().ok();
        let text = to_dateline(&a);
        assert!(text.starts_with("Two lines\n2024-03-14T08:30:00+01:00\n\nline one"));
        let back = parse_dateline("x.txt", &text).unwrap().article;
        assert_eq!((back.body, back.published), (a.body, a.published));
    }

    #[test]
    fn stems_and_detection() {
        assert_eq!(stem("a/b/report.txt.gz"), "report");
        assert_eq!(stem("report.TXT.GZ"), "report");
        assert_eq!(stem("-"), "-");
        assert_eq!(stem(".profile"), ".profile");
        assert!(looks_like_dateline(FLOOD));
        assert!(looks_like_dateline("T\n2024-02-30\n\nbody"));
        assert!(looks_like_dateline("T\n\nhttps://example.org\nbody"));
        assert!(!looks_like_dateline(
            "Just a paragraph\nof text that\ncontinues."
        ));
        assert!(!looks_like_dateline("one line"));
        assert!(!looks_like_dateline("Title\n2024 was a year\n"));
    }

    #[test]
    fn a_date_in_words_on_line_2_makes_a_dateline_file() {
        let text = "Ferry service resumes\nMarch 5, 2024\nhttps://example.org/ferry\nBoats sailed again.\n";
        assert!(looks_like_dateline(text));
        let item = parse_dateline("ferry.txt", text).unwrap();
        assert_eq!(item.article.published, Published::ymd(2024, 3, 5));
        assert_eq!(item.article.body, "Boats sailed again.");
        assert!(item.warnings.is_empty());
        // A date line nobody can read, before a web address: still dateline,
        // with a warning on line 2 instead of a title turned into body text.
        let odd = "Ferry\nthe fifth of March\nhttps://example.org/f\nBoats.\n";
        assert!(looks_like_dateline(odd));
        let item = parse_dateline("f.txt", odd).unwrap();
        assert_eq!(
            (item.article.body.as_str(), item.warnings[0].line),
            ("Boats.", 2)
        );
    }

    #[test]
    fn a_near_miss_date_line_is_named() {
        assert_eq!(
            near_miss_date_line("Ferry\nMarchh 5, 2024\nBoats sailed.\n"),
            Some("Marchh 5, 2024")
        );
        assert_eq!(near_miss_date_line("Ferry\nMarch 5, 2024\nBoats.\n"), None);
        assert_eq!(
            near_miss_date_line(
                "A paragraph about 2024 that runs on for many more words\nand more"
            ),
            None
        );
        assert_eq!(near_miss_date_line("Boats sailed again.\n"), None);
    }
}
