//! The runner's error type.

/// What can stop a run before or while it starts: these are fatal (exit 1).
/// Problems with single articles are not errors of this kind: they become
/// error entries in that article's record and the run goes on.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Registry, planning or analyzer construction failed.
    #[error(transparent)]
    Core(#[from] newsfacts_core::Error),
    /// No analyzer is registered in this binary: the plugin crates are not
    /// linked (a crate listed in `Cargo.toml` but never named in code is
    /// dropped). Use [`Pipeline::empty`](crate::Pipeline::empty) for a
    /// pipeline without analyzers on purpose.
    #[error(
        "no analyzer is registered in this binary: its plugin crates are not linked. \
         Name them in code: `use newsfacts as _;` links the bundled analyzers, \
         `use <plugin_crate> as _;` any other plugin crate \
         (`Pipeline::empty()` builds a pipeline without analyzers on purpose)"
    )]
    NothingLinked,
    /// Analyzer names were given, but all of them blank (`-a ''`, `&[""]`).
    #[error(
        "no analyzer chosen: every name given is blank; name some (known: {}) \
         or pass an empty list to run them all",
        known.join(", ")
    )]
    NoneChosen {
        /// Every registered name, sorted.
        known: Vec<&'static str>,
    },
    /// A configuration problem (file, section or value).
    #[error("{0}")]
    Config(String),
    /// Writing the output failed.
    #[error("cannot write {target}: {source}")]
    Output {
        /// Where the output was going (`stdout` or a path).
        target: String,
        /// Why it failed.
        source: std::io::Error,
    },
    /// The input reader or an analysis job stopped abnormally (a bug: bad
    /// input becomes error records, and analyzer panics are caught per
    /// article, never this); the output is incomplete.
    #[error("a reader or worker thread failed unexpectedly: the output is incomplete")]
    Reader,
    /// Scoring failed.
    #[error(transparent)]
    Eval(#[from] newsfacts_eval::EvalError),
    /// A page (`view`, `report`) could not be made: its template failed.
    #[error(transparent)]
    View(#[from] newsfacts_view::Error),
}
