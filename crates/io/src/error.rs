//! [`Error`]: what a reader reports when an input cannot become an article.
//!
//! Every error names the input (`-` for standard input) and, when the problem
//! is on one line of it (a JSON Lines record, the date line of a dateline
//! file), that 1-based line, so a user can open the file at the right place.
//! Errors are values in the article stream, not the end of it: the reader
//! goes on with the next line or file.

use std::fmt;

/// A reader error: always names the file and, when it applies, the 1-based
/// line.
///
/// Displays as `{file}:{line}: {reason}`, or `{file}: {reason}` when the
/// problem concerns the whole file (it cannot be opened, is not UTF-8, ...).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct Error {
    /// The input, as given (a path, or `-` for standard input).
    pub file: String,
    /// The 1-based line, when the error concerns one line.
    pub line: Option<u64>,
    /// What went wrong, in words.
    pub reason: String,
    /// The article's id, when the input said it before it turned out
    /// unreadable (a JSON line with an `id` but no text), so the error record
    /// can still be paired with its article.
    pub id: Option<String>,
    /// True when the input cannot be read past this error (a read error of
    /// the stream, a corrupt gzip stream): whatever followed is lost, not
    /// just this one article. A streaming filter fails on such an error,
    /// while an error about one line is data in that line's record.
    pub ends_input: bool,
}

impl Error {
    /// An error about `file` (and `line`, if any).
    pub fn new(file: impl Into<String>, line: Option<u64>, reason: impl Into<String>) -> Error {
        Error {
            file: file.into(),
            line,
            reason: reason.into(),
            id: None,
            ends_input: false,
        }
    }

    /// The same error, naming the article's id.
    pub fn with_id(mut self, id: impl Into<String>) -> Error {
        self.id = Some(id.into());
        self
    }

    /// The same error, marked as one the input cannot be read past
    /// ([`Error::ends_input`]).
    pub fn ending_input(mut self) -> Error {
        self.ends_input = true;
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.reason),
            None => write!(f, "{}: {}", self.file, self.reason),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_file_and_line() {
        assert_eq!(
            Error::new("a.jsonl", Some(3), "bad").to_string(),
            "a.jsonl:3: bad"
        );
        assert_eq!(
            Error::new("-", None, "not UTF-8").to_string(),
            "-: not UTF-8"
        );
    }
}
