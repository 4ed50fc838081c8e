//! The core error type.

/// Everything that can go wrong in the core: registry and planning problems,
/// bad configuration, invalid spans and dates, and analyzer failures.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// No linked plugin has this name.
    ///
    /// The message is meant for library users (it ends with the linking
    /// hint); a command line can build its own from the fields.
    #[error(
        "no analyzer named `{name}` is registered{}; known analyzers: {}. \
         If it comes from a plugin crate, is that crate linked? \
         Add `use <plugin_crate> as _;` to your binary.",
        closest.map(|c| format!(" (did you mean `{c}`?)")).unwrap_or_default(),
        if known.is_empty() { "(none)".to_string() } else { known.join(", ") }
    )]
    UnknownAnalyzer {
        /// The name asked for.
        name: String,
        /// Every registered name, sorted.
        known: Vec<&'static str>,
        /// The known name closest to `name` by edit distance, if one is
        /// close enough to be a likely typo.
        closest: Option<&'static str>,
    },
    /// Two or more linked plugins claim one name. The registry still lists
    /// them all; choosing that name (or running every analyzer) is this error.
    #[error(
        "{} analyzers are registered as `{name}` (by {}): each name must be unique; \
         rename one (its `Analyzer::NAME`) or link only one of these crates",
        if modules.len() == 2 { "two".to_string() } else { modules.len().to_string() },
        modules.iter().map(|m| format!("`{}`", if m.is_empty() { "?" } else { m })).collect::<Vec<_>>().join(" and ")
    )]
    DuplicateName {
        /// The name claimed more than once.
        name: &'static str,
        /// Where each claimant was registered ([`Plugin::module`](crate::Plugin::module)).
        modules: Vec<&'static str>,
    },
    /// An analyzer requires a name that no linked plugin has.
    #[error("analyzer `{analyzer}` requires `{required}`, which is not registered")]
    UnknownRequirement {
        /// The analyzer whose `REQUIRES` names the missing one.
        analyzer: &'static str,
        /// The missing name.
        required: &'static str,
    },
    /// `REQUIRES` forms a cycle.
    #[error("analyzers require each other in a cycle: {}", .0.join(" -> "))]
    Cycle(Vec<&'static str>),
    /// A config value did not fit the analyzer's `Config` type.
    #[error("bad config for analyzer `{analyzer}`: {reason}")]
    Config {
        /// Analyzer name.
        analyzer: &'static str,
        /// What was wrong.
        reason: String,
    },
    /// A span that is out of order, out of bounds or not on char boundaries.
    #[error("invalid span {start}..{end} in a text of {len} bytes: {reason}")]
    InvalidSpan {
        /// Start byte.
        start: usize,
        /// End byte.
        end: usize,
        /// Text length in bytes.
        len: usize,
        /// Which rule it broke.
        reason: &'static str,
    },
    /// A publication date that could not be parsed.
    #[error("invalid publication date `{input}`: {reason}")]
    InvalidDate {
        /// The text given.
        input: String,
        /// Why it was refused.
        reason: String,
    },
    /// An analyzer needs the output of another that did not run or failed.
    #[error("analyzer `{analyzer}` needs the output of `{required}`, which is not available")]
    MissingOutput {
        /// The analyzer asking.
        analyzer: &'static str,
        /// The output it needs.
        required: &'static str,
    },
    /// An analyzer failed on one document.
    #[error("{0}")]
    Analysis(String),
}

impl Error {
    /// An analyzer failure with a message, for `Analyzer::analyze`.
    pub fn analysis(reason: impl Into<String>) -> Self {
        Error::Analysis(reason.into())
    }
}
