//! The plugin interface: [`Analyzer`], its object-safe form [`DynAnalyzer`],
//! erased [`Output`]s, and the [`Plugin`] descriptor that [`register!`](crate::register) submits.

use std::any::Any;

use serde::Deserialize;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::{Document, Error};

/// A plugin that finds something in a [`Document`].
///
/// Implementers must:
/// 1. pick a stable [`NAME`](Analyzer::NAME): it is the key of the output in
///    every record, the name on the command line, and what other analyzers
///    list in their [`REQUIRES`](Analyzer::REQUIRES);
/// 2. do expensive set-up (compiling patterns, building automata) in
///    [`new`](Analyzer::new), which runs once per run, never per article;
/// 3. keep [`analyze`](Analyzer::analyze) free of global state: the runner
///    calls it from many threads at once, each with its own document;
/// 4. return every position as a [`Span`](crate::Span) (or an offset field
///    serialized with [`offsets::serialize`](crate::offsets::serialize)), so the
///    runner can write character or byte offsets as the user asks.
///
/// Then register it with [`register!`](crate::register).
pub trait Analyzer: Sized + Send + Sync + 'static {
    /// Stable name: output key, CLI name, what others list in `REQUIRES`.
    const NAME: &'static str;
    /// Analyzers whose outputs this one reads through
    /// [`Document::output`]; the runner runs them first.
    const REQUIRES: &'static [&'static str] = &[];
    /// Settings, read from the `NAME` section of the user's config;
    /// `Default::default()` when there is none. Use
    /// `#[serde(default, deny_unknown_fields)]` so typos are reported.
    type Config: DeserializeOwned + Default;
    /// What it finds, serialized under `NAME` in each record.
    type Output: Serialize + Send + Sync + 'static;
    /// Builds the analyzer once per run.
    fn new(config: Self::Config) -> Result<Self, Error>;
    /// Analyzes one document.
    fn analyze(&self, doc: &Document<'_>) -> Result<Self::Output, Error>;
}

/// An analyzer's output with its type erased: still serializable to any serde
/// format, still readable by type (see [`Document::output`]).
pub trait Output: erased_serde::Serialize + Any + Send + Sync {
    /// Appends the output as compact JSON to `out`: the same bytes as
    /// serializing it through the erased serializer into
    /// `serde_json::to_writer`, but written by the output type's own
    /// serde code, without a virtual call for every value inside it (see
    /// [`Record::write_json`](crate::Record::write_json)). Implemented for
    /// every output type; plugin authors never write it.
    fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()>;
}
impl<T: Serialize + Any + Send + Sync> Output for T {
    fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        serde_json::to_writer(out, self)
    }
}
erased_serde::serialize_trait_object!(Output);

/// The object-safe form of [`Analyzer`] that the runner holds.
/// Implemented for every `Analyzer`; plugin authors never write it.
pub trait DynAnalyzer: Send + Sync {
    /// [`Analyzer::NAME`].
    fn name(&self) -> &'static str;
    /// [`Analyzer::REQUIRES`].
    fn requires(&self) -> &'static [&'static str];
    /// Runs [`Analyzer::analyze`] and erases the output.
    fn analyze_dyn(&self, doc: &Document<'_>) -> Result<Box<dyn Output>, Error>;
}

impl<A: Analyzer> DynAnalyzer for A {
    fn name(&self) -> &'static str {
        A::NAME
    }
    fn requires(&self) -> &'static [&'static str] {
        A::REQUIRES
    }
    fn analyze_dyn(&self, doc: &Document<'_>) -> Result<Box<dyn Output>, Error> {
        Ok(Box::new(self.analyze(doc)?))
    }
}

/// Builds an analyzer from its config section (`None`: the defaults).
pub type BuildFn = fn(Option<&serde_json::Value>) -> Result<Box<dyn DynAnalyzer>, Error>;

/// What a plugin crate submits to the [`Registry`](crate::Registry):
/// everything the runner needs to list, plan and build an analyzer without
/// knowing its type.
#[derive(Debug)]
pub struct Plugin {
    /// [`Analyzer::NAME`].
    pub name: &'static str,
    /// [`Analyzer::REQUIRES`].
    pub requires: &'static [&'static str],
    /// One line saying what it finds (shown by `newsfacts analyzers`).
    pub description: &'static str,
    /// The plugin crate's version.
    pub version: &'static str,
    /// Where [`register!`](crate::register) was called (`module_path!()`:
    /// the crate name, then modules), so that two plugins claiming one name
    /// can both be named. Empty when the descriptor was made by hand with
    /// [`Plugin::of`] alone.
    pub module: &'static str,
    /// Builds the analyzer from its config section (`None`: defaults).
    pub build: BuildFn,
}

impl Plugin {
    /// The descriptor of `A`; what [`register!`](crate::register) submits.
    pub const fn of<A: Analyzer>(description: &'static str, version: &'static str) -> Plugin {
        Plugin {
            name: A::NAME,
            requires: A::REQUIRES,
            description,
            version,
            module: "",
            build: build::<A>,
        }
    }

    /// The same descriptor, registered from `module` (what
    /// [`register!`](crate::register) passes: its caller's `module_path!()`).
    pub const fn in_module(mut self, module: &'static str) -> Plugin {
        self.module = module;
        self
    }
}

fn build<A: Analyzer>(config: Option<&serde_json::Value>) -> Result<Box<dyn DynAnalyzer>, Error> {
    let config = match config {
        Some(v) => A::Config::deserialize(v).map_err(|e| Error::Config {
            analyzer: A::NAME,
            reason: e.to_string(),
        })?,
        None => A::Config::default(),
    };
    Ok(Box::new(A::new(config)?))
}
