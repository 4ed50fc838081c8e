//! Streaming over sources: [`read`], [`read_stream`] and their iterator
//! [`Articles`].
//!
//! The iterator holds at most one open JSON Lines stream and the list of
//! files still to visit in the folder being walked, so memory stays bounded
//! by the largest single line (JSON Lines) or file (dateline and plain text,
//! which hold one article each), however many articles are read.
//!
//! How a format is chosen with [`Format::Auto`]:
//! * by extension, after removing `.gz`: `.jsonl`, `.ndjson`, `.json` are
//!   JSON Lines; anything else is dateline text when its line 2 is (or looks
//!   like) a date, else plain text;
//! * standard input (named `-`) has no extension: it is JSON Lines when its
//!   first non-white-space byte is `{`, else dateline or plain text as above.
//!   Whatever the format, standard input starting with the gzip magic bytes
//!   is decompressed.
//!
//! Folders are walked recursively in sorted path order (depth first, entries
//! of a folder sorted by name), visiting only files with a known extension
//! (`.jsonl .ndjson .json .txt .text .warc .html .htm .xhtml`, each also
//! with `.gz`) and skipping names that start with `.`. Paths given
//! explicitly are read whatever their name.
//!
//! Web formats ([`crate::html`]) are chosen before the rules above: by
//! extension (`.warc`, `.html`, `.htm`, `.xhtml`, also `.gz`), and, for
//! standard input and files with no known extension, by the `WARC/1.` magic
//! at the start (plain or gzipped).

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use flate2::read::MultiGzDecoder;
use newsfacts_core::Article;

use crate::dateline::{looks_like_dateline, near_miss_date_line, stem, strip_suffix_ci};
use crate::html::{self, Routed, SkippedRecords, WarcStream};
use crate::{Error, Format, Item, ReadOptions, Source, jsonl, parse_dateline};

/// Buffer size for input streams.
const BUF: usize = 256 * 1024;
/// How much leading white space standard-input sniffing reads before it
/// gives up looking for a `{`.
const SNIFF_LIMIT: usize = 64 * 1024;
/// Extensions a folder walk visits (also with `.gz`).
const KNOWN: [&str; 9] = [
    "jsonl", "ndjson", "json", "txt", "text", "warc", "html", "htm", "xhtml",
];

type Stream = Box<dyn BufRead + Send>;

/// Streams every article of every source, in order: files in the order
/// given, folders walked recursively in sorted order (see the module docs).
/// Lazy: nothing is opened before the iterator gets there.
///
/// A bad line or file yields an `Err` item and reading goes on with the next
/// line or file. An empty `sources` yields nothing.
pub fn read(sources: Vec<Source>, options: ReadOptions) -> Articles {
    Articles {
        options,
        sources: sources.into_iter(),
        named: None,
        pending: Vec::new(),
        visited: HashSet::new(),
        current: None,
        skipped: Skipped::default(),
        warc: None,
        skipped_records: SkippedRecords::default(),
    }
}

/// Files a folder walk passed over, so that a run can say what it did not
/// read ([`Articles::skipped`]). Files named explicitly are never skipped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Skipped {
    /// Files whose extension is not one of the formats read (after `.gz`):
    /// `article-001`, `notes.md`, `x.gz`.
    pub unknown_extension: u64,
    /// Names starting with `.` (hidden files and folders).
    pub hidden: u64,
    /// Entries that are neither files nor folders (sockets, FIFOs, devices).
    pub not_files: u64,
    /// Up to [`Skipped::EXAMPLES`] paths of skipped files with an unknown
    /// extension, in walk order, to show the user.
    pub examples: Vec<String>,
}

impl Skipped {
    /// How many example paths are kept.
    pub const EXAMPLES: usize = 3;

    /// Every entry skipped.
    pub fn total(&self) -> u64 {
        self.unknown_extension + self.hidden + self.not_files
    }
}

impl std::fmt::Display for Skipped {
    /// `5 files with an unknown extension (article-001, notes.md, x.gz, ...),
    /// 1 hidden entry` — what was skipped and why, for a message.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let plural = |n: u64| if n == 1 { "" } else { "s" };
        let mut parts = Vec::new();
        if self.unknown_extension > 0 {
            let n = self.unknown_extension;
            let more = if n as usize > self.examples.len() {
                ", ..."
            } else {
                ""
            };
            parts.push(format!(
                "{n} file{} with an unknown extension ({}{more}; read are {})",
                plural(n),
                self.examples.join(", "),
                KNOWN.map(|e| format!(".{e}")).join(" ")
            ));
        }
        if self.hidden > 0 {
            parts.push(format!(
                "{} hidden entr{}",
                self.hidden,
                if self.hidden == 1 { "y" } else { "ies" }
            ));
        }
        if self.not_files > 0 {
            parts.push(format!(
                "{} special file{} (not regular files)",
                self.not_files,
                plural(self.not_files)
            ));
        }
        write!(f, "{}", parts.join(", "))
    }
}

/// Streams the articles of one already open input, as if it were a file
/// named `name`: the name gives the format (with [`Format::Auto`]), the `.gz`
/// decoding, the ids made from the file stem, and the file in items and
/// errors. The name `-` follows the standard-input rules.
///
/// This is how standard input is read, and how tests and fuzzers feed bytes
/// through exactly the code that reads files.
pub fn read_stream(
    name: impl Into<String>,
    reader: impl Read + Send + 'static,
    options: ReadOptions,
) -> Articles {
    let mut articles = read(Vec::new(), options);
    articles.named = Some((name.into(), Box::new(reader)));
    articles
}

/// The iterator returned by [`read`] and [`read_stream`]: each item is one
/// article, or an error naming the file and line. `Send`, so it can feed a
/// thread pool.
pub struct Articles {
    options: ReadOptions,
    sources: std::vec::IntoIter<Source>,
    /// A stream given to [`read_stream`], not yet opened.
    named: Option<(String, Box<dyn Read + Send>)>,
    /// Files and folders found in a folder walk, still to visit, last first.
    pending: Vec<PathBuf>,
    /// Folders already walked (canonical paths), against symlink loops.
    visited: HashSet<PathBuf>,
    /// The JSON Lines stream being read.
    current: Option<JsonLines>,
    /// What the folder walks passed over so far.
    skipped: Skipped,
    /// The WARC file being read.
    warc: Option<WarcStream>,
    /// WARC records that were not pages, so far.
    skipped_records: SkippedRecords,
}

impl std::fmt::Debug for Articles {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Articles")
            .field("options", &self.options)
            .field("pending", &self.pending.len())
            .field("current", &self.current.as_ref().map(|c| (&c.file, c.line)))
            .finish_non_exhaustive()
    }
}

impl Articles {
    /// What the folder walks have passed over so far (unknown extensions,
    /// hidden names, special files): complete once the iterator is done.
    pub fn skipped(&self) -> &Skipped {
        &self.skipped
    }
}

impl Iterator for Articles {
    type Item = Result<Item, Error>;

    fn next(&mut self) -> Option<Result<Item, Error>> {
        loop {
            if let Some(warc) = &mut self.warc {
                match warc.next_item(&self.options, &mut self.skipped_records) {
                    Some(item) => return Some(item),
                    None => self.warc = None,
                }
            }
            if let Some(current) = &mut self.current {
                match current.next_item(&self.options) {
                    Some(item) => return Some(item),
                    None => self.current = None,
                }
            }
            if let Some((name, reader)) = self.named.take() {
                if let Some(item) = self.open(name, reader) {
                    return Some(item);
                }
                continue;
            }
            if let Some(path) = self.pending.pop() {
                if let Some(item) = self.visit(&path, false) {
                    return Some(item);
                }
                continue;
            }
            let found = match self.sources.next()? {
                Source::Stdin => self.open("-".to_string(), Box::new(io::stdin())),
                Source::Path(path) => self.visit(&path, true),
            };
            if let Some(item) = found {
                return Some(item);
            }
        }
    }
}

/// The extension that decides the format: the last one after removing `.gz`,
/// lower-cased.
fn extension(name: &str) -> Option<String> {
    let base = strip_suffix_ci(name, ".gz").unwrap_or(name);
    let file = Path::new(base).file_name()?.to_str()?;
    let (stem, ext) = file.rsplit_once('.')?;
    (!stem.is_empty()).then(|| ext.to_ascii_lowercase())
}

fn is_jsonl_ext(ext: Option<&str>) -> bool {
    matches!(ext, Some("jsonl" | "ndjson" | "json"))
}

impl Articles {
    /// The WARC records read so far that were not HTML pages with status
    /// 200 (`request`, `warcinfo`, `HTTP 404`, `not HTML`, ...), counted by
    /// reason.
    pub fn skipped_records(&self) -> &SkippedRecords {
        &self.skipped_records
    }

    /// Visits a path: a folder queues its entries, a file is opened. Returns
    /// an item when there is one to yield now.
    fn visit(&mut self, path: &Path, explicit: bool) -> Option<Result<Item, Error>> {
        let name = path.display().to_string();
        let meta = match fs::metadata(path) {
            Ok(m) => m,
            Err(e) => return Some(Err(Error::new(name, None, format!("cannot read: {e}")))),
        };
        if meta.is_dir() {
            if let Ok(canonical) = fs::canonicalize(path) {
                if !self.visited.insert(canonical) {
                    return None; // a symlink back into a folder already walked
                }
            }
            return self.queue_folder(path, &name).err().map(Err);
        }
        if !explicit && !meta.is_file() {
            return None; // sockets, fifos found in a walk
        }
        match File::open(path) {
            Ok(f) => self.open(name, Box::new(f)),
            Err(e) => Some(Err(Error::new(name, None, format!("cannot open: {e}")))),
        }
    }

    fn queue_folder(&mut self, path: &Path, name: &str) -> Result<(), Error> {
        let err = |e: io::Error| Error::new(name, None, format!("cannot list folder: {e}"));
        let mut entries = Vec::new();
        let mut unknown = Vec::new();
        for entry in fs::read_dir(path).map_err(err)? {
            let entry = entry.map_err(err)?;
            let file_name = entry.file_name();
            // Lossy: a name that is not UTF-8 is still visited (and named
            // approximately in items and errors), not silently skipped.
            let s = file_name.to_string_lossy();
            if s.starts_with('.') {
                self.skipped.hidden += 1;
                continue;
            }
            let child = entry.path();
            // Follows symlinks; an entry that vanished is skipped here and
            // not reported (it is not an input any more).
            let Ok(meta) = fs::metadata(&child) else {
                continue;
            };
            if meta.is_dir() {
                entries.push(child);
            } else if !meta.is_file() {
                self.skipped.not_files += 1;
            } else if extension(&s).is_some_and(|e| KNOWN.contains(&e.as_str())) {
                entries.push(child);
            } else {
                unknown.push(child);
            }
        }
        entries.sort();
        self.pending.extend(entries.into_iter().rev());
        unknown.sort();
        self.skipped.unknown_extension += unknown.len() as u64;
        let room = Skipped::EXAMPLES.saturating_sub(self.skipped.examples.len());
        self.skipped
            .examples
            .extend(unknown.iter().take(room).map(|p| p.display().to_string()));
        Ok(())
    }

    /// Opens one input. JSON Lines becomes the current stream (and `None` is
    /// returned); other formats are read whole into one item.
    fn open(&mut self, name: String, reader: Box<dyn Read + Send>) -> Option<Result<Item, Error>> {
        let reader = match html::route(&name, extension(&name).as_deref(), reader, &self.options) {
            Routed::Warc(stream) => {
                self.warc = Some(stream);
                return None;
            }
            Routed::Html(item) => return Some(item),
            Routed::Other(reader) => reader,
        };
        let gz = strip_suffix_ci(&name, ".gz").is_some();
        let mut stream: Stream = if gz {
            Box::new(BufReader::with_capacity(BUF, MultiGzDecoder::new(reader)))
        } else {
            Box::new(BufReader::with_capacity(BUF, reader))
        };
        let format = if name == "-" {
            // Standard input: gzip is recognised by its magic bytes whatever
            // the format; the format is guessed only when not given.
            match sniff(stream) {
                Ok((guess, s)) => {
                    stream = s;
                    match self.options.format {
                        // A filter's input of nothing but white space (or
                        // nothing at all) is read as lines: each blank line
                        // gets its error record, and no input gives no
                        // output, not an "empty file" error record.
                        Format::Auto if guess == Format::Text && self.options.one_item_per_line => {
                            Format::Jsonl
                        }
                        Format::Auto if guess == Format::Text => Format::Auto,
                        Format::Auto => guess,
                        given => given,
                    }
                }
                Err(e) => {
                    return Some(Err(
                        Error::new(name, None, format!("read error: {e}")).ending_input()
                    ));
                }
            }
        } else {
            match self.options.format {
                Format::Auto if is_jsonl_ext(extension(&name).as_deref()) => Format::Jsonl,
                format => format,
            }
        };
        if format == Format::Jsonl {
            let stem = stem(&name);
            self.current = Some(JsonLines {
                stream,
                file: name,
                stem,
                line: 0,
                buf: Vec::new(),
                done: false,
            });
            return None;
        }
        Some(read_whole(&name, stream, format, &self.options))
    }
}

/// Reads a one-article input (dateline or plain text; `Auto` decides
/// between them).
fn read_whole(
    name: &str,
    stream: Stream,
    format: Format,
    options: &ReadOptions,
) -> Result<Item, Error> {
    let mut bytes = Vec::new();
    let limit = options.max_article_bytes;
    stream
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| Error::new(name, None, format!("read error: {e}")).ending_input())?;
    if bytes.len() as u64 > limit {
        return Err(Error::new(name, None, too_large(None, limit)));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line =
            1 + memchr::memchr_iter(b'\n', e.as_bytes().get(..at).unwrap_or_default()).count();
        Error::new(
            name,
            None,
            format!("not valid UTF-8 (invalid byte at offset {at}, line {line})"),
        )
    })?;
    let dateline = match format {
        Format::Dateline => true,
        Format::Text => false,
        Format::Auto | Format::Jsonl | Format::Warc | Format::Html => looks_like_dateline(&text),
    };
    if dateline {
        return parse_dateline(name, &text);
    }
    let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if body.trim().is_empty() {
        return Err(Error::new(name, None, "empty file: no article text"));
    }
    let mut warnings = Vec::new();
    if format == Format::Auto {
        if let Some(line2) = near_miss_date_line(&text) {
            warnings.push(crate::Warning {
                line: 2,
                message: format!(
                    "read as plain text (the whole file is the body): line 2 `{line2}` is not a \
                     date the dateline format takes (YYYYMMDD, YYYY-MM-DD, March 5, 2024, \
                     5 March 2024, ...); fix it, or pass --input-format dateline or text"
                ),
            });
        }
    }
    let article = Article {
        id: stem(name),
        published: options.date,
        body: body.to_string(),
        ..Article::default()
    };
    Ok(Item {
        article,
        file: name.to_string(),
        line: 1,
        warnings,
        page: None,
    })
}

/// What the start of standard input says about its format: decompresses it
/// when it starts with the gzip magic bytes, then answers [`Format::Jsonl`]
/// when the first byte that is not white space (or a byte order mark) is
/// `{`, [`Format::Text`] when there is no such byte (the input is empty or
/// white space only), else [`Format::Auto`] (dateline or plain text, decided
/// on the whole text). Returns a stream that still yields every byte.
pub(crate) fn sniff(mut stream: Stream) -> io::Result<(Format, Stream)> {
    let mut prefix = Vec::new();
    let mut chunk = [0u8; 4096];
    let first_solid = |p: &[u8]| {
        let p = p.strip_prefix(b"\xef\xbb\xbf").unwrap_or(p);
        p.iter()
            .position(|b| !b.is_ascii_whitespace())
            .map(|i| (i, p.get(i).copied()))
    };
    loop {
        if prefix.len() >= 3 && first_solid(&prefix).is_some() || prefix.len() >= SNIFF_LIMIT {
            break;
        }
        let n = match stream.read(&mut chunk) {
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if n == 0 {
            break;
        }
        prefix.extend_from_slice(chunk.get(..n).unwrap_or_default());
    }
    let gzip = prefix.starts_with(&[0x1f, 0x8b]);
    let solid = first_solid(&prefix).and_then(|(_, b)| b);
    let rest: Stream = Box::new(io::Cursor::new(prefix).chain(stream));
    if gzip {
        return sniff(Box::new(BufReader::with_capacity(
            BUF,
            MultiGzDecoder::new(rest),
        )));
    }
    Ok((
        match solid {
            Some(b'{') => Format::Jsonl,
            Some(_) => Format::Auto,
            None => Format::Text,
        },
        rest,
    ))
}

/// What [`read_line_capped`] read.
enum Line {
    /// A line (with its `\n`, if any) is in the buffer.
    Read,
    /// The line was longer than the limit: its first bytes are discarded,
    /// the rest skipped up to and including its `\n`. Its size in bytes.
    TooLong(u64),
    /// End of input.
    End,
}

/// Reads one line into `buf` unless it is longer than `limit` bytes, in
/// which case the line is skipped without ever holding more than `limit`
/// bytes of it in memory.
fn read_line_capped(stream: &mut Stream, buf: &mut Vec<u8>, limit: u64) -> io::Result<Line> {
    // Bytes of the line seen so far, not counting its `\n`.
    let mut len: u64 = 0;
    let mut too_long = false;
    loop {
        let available = match stream.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            // End of input: the last line had no `\n`.
            return Ok(match (len, too_long) {
                (0, false) => Line::End,
                (n, true) => Line::TooLong(n),
                (_, false) => Line::Read,
            });
        }
        let newline = memchr::memchr(b'\n', available);
        let content = newline.unwrap_or(available.len());
        let take = newline.map_or(content, |i| i + 1);
        len += content as u64;
        if !too_long && len > limit {
            too_long = true;
            *buf = Vec::new(); // release what was held of the line
        }
        if !too_long {
            buf.extend_from_slice(available.get(..take).unwrap_or_default());
        }
        stream.consume(take);
        if newline.is_some() {
            return Ok(if too_long {
                Line::TooLong(len)
            } else {
                Line::Read
            });
        }
    }
}

/// The reason given for an article over the size limit.
fn too_large(size: Option<u64>, limit: u64) -> String {
    match size {
        Some(n) => format!(
            "article of {} is over the limit of {} (--max-article-size); skipped",
            binary_size(n),
            binary_size(limit)
        ),
        None => format!(
            "file is over the article size limit of {} (--max-article-size); skipped",
            binary_size(limit)
        ),
    }
}

/// `12 B`, `3.4 KiB`, `10.0 MiB`.
fn binary_size(n: u64) -> String {
    match n {
        n if n >= 1 << 30 => format!("{:.1} GiB", n as f64 / (1u64 << 30) as f64),
        n if n >= 1 << 20 => format!("{:.1} MiB", n as f64 / (1u64 << 20) as f64),
        n if n >= 1 << 10 => format!("{:.1} KiB", n as f64 / 1024.0),
        n => format!("{n} B"),
    }
}

/// An open JSON Lines stream.
struct JsonLines {
    stream: Stream,
    file: String,
    stem: String,
    /// Lines read so far (the 1-based number of the last one).
    line: u64,
    buf: Vec<u8>,
    /// Set at the end or after a read error (after which the stream cannot
    /// be trusted to make progress).
    done: bool,
}

impl JsonLines {
    fn next_item(&mut self, options: &ReadOptions) -> Option<Result<Item, Error>> {
        loop {
            if self.done {
                return None;
            }
            self.buf.clear();
            match read_line_capped(&mut self.stream, &mut self.buf, options.max_article_bytes) {
                Ok(Line::End) => {
                    self.done = true;
                    return None;
                }
                Ok(Line::Read) => {}
                Ok(Line::TooLong(size)) => {
                    self.line += 1;
                    let reason = too_large(Some(size), options.max_article_bytes);
                    return Some(Err(Error::new(&self.file, Some(self.line), reason)));
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.done = true;
                    return Some(Err(Error::new(
                        &self.file,
                        Some(self.line + 1),
                        format!("read error: {e}"),
                    )
                    .ending_input()));
                }
            }
            self.line += 1;
            let mut bytes = self.buf.as_slice();
            if self.line == 1 {
                bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
            }
            if bytes.iter().all(u8::is_ascii_whitespace) {
                if options.one_item_per_line {
                    return Some(Err(Error::new(
                        &self.file,
                        Some(self.line),
                        "blank line: no article",
                    )));
                }
                continue;
            }
            let item = jsonl::parse_line(&self.file, &self.stem, self.line, bytes, &options.fields);
            if self.buf.capacity() > 1 << 22 {
                self.buf = Vec::new(); // do not keep a buffer sized for one huge line
            }
            return Some(item);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that hands out one byte per call, the worst case for sniffing.
    struct Trickle(Vec<u8>, usize);

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            match (self.0.get(self.1), buf.first_mut()) {
                (Some(b), Some(slot)) => {
                    *slot = *b;
                    self.1 += 1;
                    Ok(1)
                }
                _ => Ok(0),
            }
        }
    }

    fn sniffed(bytes: &[u8]) -> (Format, Vec<u8>) {
        // One byte per read for short inputs; long ones would make the test
        // quadratic (`read_to_end` zeroes its spare buffer on every call).
        let reader: Stream = if bytes.len() < 1024 {
            Box::new(BufReader::with_capacity(1, Trickle(bytes.to_vec(), 0)))
        } else {
            Box::new(io::Cursor::new(bytes.to_vec()))
        };
        let (format, mut rest) = sniff(reader).unwrap();
        let mut all = Vec::new();
        rest.read_to_end(&mut all).unwrap();
        (format, all)
    }

    #[test]
    fn sniffing_finds_json_after_white_space_and_keeps_every_byte() {
        let input = b"\xef\xbb\xbf\n  \r\n\t{\"text\":\"a\"}\n";
        assert_eq!(sniffed(input), (Format::Jsonl, input.to_vec()));
        let text = b"Harbour strike ends\n20240601\n\nDock workers ...";
        assert_eq!(sniffed(text), (Format::Auto, text.to_vec()));
        assert_eq!(sniffed(b""), (Format::Text, Vec::new()));
        assert_eq!(sniffed(b"   \n ").0, Format::Text);
        let spaces = vec![b' '; SNIFF_LIMIT * 2];
        assert_eq!(sniffed(&spaces), (Format::Text, spaces.clone()));
    }

    #[test]
    fn sniffing_decompresses_gzip() {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"\n{\"text\":\"Tide tables\"}\n").unwrap();
        let (format, plain) = sniffed(&gz.finish().unwrap());
        assert_eq!(
            (format, plain.as_slice()),
            (Format::Jsonl, &b"\n{\"text\":\"Tide tables\"}\n"[..])
        );
    }

    #[test]
    fn articles_can_cross_threads() {
        fn send<T: Send>(_: &T) {}
        send(&read(vec![Source::Stdin], ReadOptions::default()));
    }

    #[test]
    fn extensions_decide_with_gz_removed() {
        assert_eq!(extension("a/b.JSONL.gz").as_deref(), Some("jsonl"));
        assert_eq!(extension("notes.txt").as_deref(), Some("txt"));
        assert_eq!(extension("README").as_deref(), None);
        assert_eq!(extension(".jsonl").as_deref(), None);
        assert_eq!(extension("-").as_deref(), None);
    }

    fn with_limit(limit: u64) -> ReadOptions {
        ReadOptions {
            max_article_bytes: limit,
            ..ReadOptions::default()
        }
    }

    #[test]
    fn a_line_over_the_size_limit_is_skipped_and_reading_goes_on() {
        let long = format!(r#"{{"id":"big","text":"{}"}}"#, "x".repeat(500));
        let input =
            format!("{{\"id\":\"a\",\"text\":\"ok\"}}\n{long}\n{{\"id\":\"b\",\"text\":\"fine\"}}");
        // Trickle the input so the long line arrives in many small chunks.
        let stream = BufReader::with_capacity(7, Trickle(input.into_bytes(), 0));
        let items: Vec<_> = read_stream("in.jsonl", stream, with_limit(100)).collect();
        assert_eq!(items.len(), 3);
        assert_eq!(items[0].as_ref().unwrap().article.id, "a");
        let e = items[1].as_ref().unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("in.jsonl", Some(2)));
        assert!(
            e.reason.contains("over the limit") && e.reason.contains("skipped"),
            "{e}"
        );
        let last = items[2].as_ref().unwrap();
        assert_eq!((last.article.id.as_str(), last.line), ("b", 3));
    }

    #[test]
    fn a_line_exactly_at_the_limit_is_read() {
        let line = r#"{"id":"a","text":"twelve"}"#; // 26 bytes
        let at = |limit| {
            read_stream(
                "in.jsonl",
                io::Cursor::new(format!("{line}\n")),
                with_limit(limit),
            )
            .next()
        };
        assert!(at(26).unwrap().is_ok());
        assert!(at(25).unwrap().is_err());
        let no_newline = read_stream("in.jsonl", io::Cursor::new(line), with_limit(25)).next();
        assert!(
            no_newline.unwrap().is_err(),
            "the last line without a newline is limited too"
        );
    }

    #[test]
    fn a_dateline_file_over_the_limit_is_one_error() {
        let text = format!("Title\n20240102\nhttps://x\n{}\n", "word ".repeat(100));
        let items: Vec<_> =
            read_stream("a.txt", io::Cursor::new(text.clone()), with_limit(64)).collect();
        assert_eq!(items.len(), 1);
        assert!(items[0].as_ref().unwrap_err().reason.contains("size limit"));
        let ok: Vec<_> =
            read_stream("a.txt", io::Cursor::new(text), ReadOptions::default()).collect();
        assert!(ok[0].is_ok());
    }

    #[test]
    fn blank_lines_are_items_when_every_line_must_answer() {
        let input = "{\"id\":\"a\",\"text\":\"x\"}\n\n  \n{\"id\":\"b\",\"text\":\"y\"}\n";
        let skip: Vec<_> =
            read_stream("-", io::Cursor::new(input), ReadOptions::default()).collect();
        assert_eq!(skip.len(), 2);
        let options = ReadOptions {
            one_item_per_line: true,
            ..ReadOptions::default()
        };
        let keep: Vec<_> = read_stream("-", io::Cursor::new(input), options).collect();
        let lines: Vec<_> = keep
            .iter()
            .map(|i| i.as_ref().map_or_else(|e| e.line, |i| Some(i.line)))
            .collect();
        assert_eq!(lines, [Some(1), Some(2), Some(3), Some(4)]);
        assert!(keep[1].as_ref().unwrap_err().reason.contains("blank line"));
    }
}
