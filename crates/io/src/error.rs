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
}

impl Error {
    /// An error about `file` (and `line`, if any).
    pub fn new(file: impl Into<String>, line: Option<u64>, reason: impl Into<String>) -> Error {
        Error {
            file: file.into(),
            line,
            reason: reason.into(),
        }
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
