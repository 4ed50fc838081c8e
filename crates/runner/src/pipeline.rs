//! [`Pipeline`]: chosen analyzers, planned and built once, run on each article
//! with every failure isolated.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use newsfacts_core::{
    Article, Document, DynAnalyzer, OffsetUnit, Record, RecordError, Registry, Stage,
};

use crate::Error;

/// Per-analyzer configuration: analyzer name → its config section (JSON).
/// A section for an analyzer that is not in the plan is not an error (one
/// config file can serve runs of different analyzers): it is reported by
/// [`Pipeline::warnings`].
pub type AnalyzerConfig = BTreeMap<String, serde_json::Value>;

/// Something the user should hear about that does not stop a run, found
/// while building a [`Pipeline`] ([`Pipeline::warnings`]). Its `Display` is
/// one sentence, without a "warning:" prefix.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Warning {
    /// The config has a section for an analyzer that is not being run, so
    /// its settings are not used.
    UnusedConfig {
        /// The section's key.
        section: String,
        /// Whether an analyzer of that name is registered (chosen not to run)
        /// rather than unknown (a typo, or a plugin that is not linked).
        registered: bool,
        /// For an unknown section: the closest registered name, if any.
        closest: Option<&'static str>,
        /// The analyzers being run, in plan order.
        running: Vec<&'static str>,
    },
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Warning::UnusedConfig {
                section,
                registered,
                closest,
                running,
            } => {
                let running = if running.is_empty() {
                    "none".to_string()
                } else {
                    running.join(", ")
                };
                if *registered {
                    write!(
                        f,
                        "config section `{section}` is not used: `{section}` is not being run (running: {running})"
                    )
                } else {
                    write!(
                        f,
                        "config section `{section}` is not used: no analyzer has that name"
                    )?;
                    if let Some(c) = closest {
                        write!(f, " (did you mean `{c}`?)")?;
                    }
                    write!(f, "; running: {running}")
                }
            }
        }
    }
}

/// Analyzers built once and run in dependency order on each article.
///
/// ```
/// # use newsfacts_core::{Article, Registry};
/// # use newsfacts_runner::Pipeline;
/// // No analyzer at all, on purpose: reads and writes only (`-a none`).
/// let pipeline = Pipeline::empty();
/// let record = pipeline.analyze(Article::new("a1", "Text."));
/// assert!(record.errors.is_empty() && record.outputs.is_empty());
/// // Building from a registry with nothing to run is an error that names
/// // the fix (this doctest links no plugin).
/// let err = Pipeline::from_registry(&[] as &[&str], &Default::default()).err().unwrap();
/// assert!(err.to_string().contains("use newsfacts as _;"));
/// ```
pub struct Pipeline {
    analyzers: Vec<Box<dyn DynAnalyzer>>,
    offsets: OffsetUnit,
    warnings: Vec<Warning>,
}

impl Pipeline {
    /// Plans `names` (every registered analyzer when empty) plus what they
    /// require, and builds each with its section of `config`.
    ///
    /// Names are trimmed (`"dates, quotes"` split on commas works) and blank
    /// ones are ignored, so a trailing comma is harmless.
    ///
    /// Errors: nothing to run ([`Error::NothingLinked`] when the registry is
    /// empty, [`Error::NoneChosen`] when every name given is blank); an
    /// unknown name (with the closest known one), a name several plugins
    /// claim, a requirement cycle, or a bad config value. A config section
    /// for an analyzer not in the plan is a [`Warning`], not an error.
    pub fn build<S: AsRef<str>>(
        registry: &Registry,
        names: &[S],
        config: &AnalyzerConfig,
    ) -> Result<Pipeline, Error> {
        let chosen: Vec<&str> = names
            .iter()
            .map(|n| n.as_ref().trim())
            .filter(|n| !n.is_empty())
            .collect();
        if registry.plugins().is_empty() {
            return Err(Error::NothingLinked);
        }
        if chosen.is_empty() && !names.is_empty() {
            return Err(Error::NoneChosen {
                known: registry.names().collect(),
            });
        }
        let plan = registry.plan(&chosen)?;
        let running: Vec<&'static str> = plan.iter().map(|p| p.name).collect();
        let warnings = config
            .keys()
            .filter(|key| !running.contains(&key.as_str()))
            .map(|key| {
                let registered = registry.names().any(|n| n == key);
                Warning::UnusedConfig {
                    section: key.clone(),
                    registered,
                    closest: if registered {
                        None
                    } else {
                        registry.closest(key)
                    },
                    running: running.clone(),
                }
            })
            .collect();
        let analyzers = plan
            .iter()
            .map(|p| (p.build)(config.get(p.name)))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Pipeline {
            analyzers,
            offsets: OffsetUnit::Chars,
            warnings,
        })
    }

    /// [`Pipeline::build`] on the registry of this binary: every analyzer
    /// that a linked crate registered. [`Error::NothingLinked`] when there is
    /// none (the plugin crates are not named in code: `use newsfacts as _;`).
    pub fn from_registry<S: AsRef<str>>(
        names: &[S],
        config: &AnalyzerConfig,
    ) -> Result<Pipeline, Error> {
        Pipeline::build(Registry::global()?, names, config)
    }

    /// A pipeline that runs no analyzer, on purpose: records hold the
    /// article's metadata only (`newsfacts run -a none`, the throughput
    /// ceiling of reading and writing).
    pub fn empty() -> Pipeline {
        Pipeline {
            analyzers: Vec::new(),
            offsets: OffsetUnit::Chars,
            warnings: Vec::new(),
        }
    }

    /// What the build found worth saying that did not stop it (a config
    /// section no analyzer uses, ...). The command line prints each on
    /// standard error; a library user decides.
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// Sets the unit of the offsets in the records (characters by default).
    pub fn with_offsets(mut self, offsets: OffsetUnit) -> Pipeline {
        self.offsets = offsets;
        self
    }

    /// The analyzers' names in run order.
    pub fn names(&self) -> Vec<&'static str> {
        self.analyzers.iter().map(|a| a.name()).collect()
    }

    /// Runs every analyzer on one article.
    ///
    /// Each analyzer is isolated: an `Err` or a panic becomes an entry in the
    /// record's `errors` and the others still run, except those that require
    /// the failed one, which are skipped with an entry saying why.
    pub fn analyze(&self, article: Article) -> Record {
        let mut records = self.analyze_many(vec![article]);
        records
            .pop()
            .unwrap_or_else(|| Record::new(Article::new("", ""), self.offsets))
    }

    /// [`Pipeline::analyze`] on each of `articles`, one record per article in
    /// the same order, with the same records. The work goes analyzer by
    /// analyzer over the whole group (every article's `dates`, then every
    /// article's `quotes`, ...), not article by article, so that one
    /// analyzer's code and tables stay in the processor's caches: with the
    /// three bundled analyzers that costs about a tenth less CPU time than
    /// running them in turn on each article. A group of a few dozen kilobytes
    /// of text is enough; the runner cuts its batches so.
    pub fn analyze_many(&self, articles: Vec<Article>) -> Vec<Record> {
        let mut errors: Vec<Vec<RecordError>> = articles.iter().map(|_| Vec::new()).collect();
        let outputs: Vec<_> = {
            let mut docs: Vec<Document<'_>> = articles.iter().map(Document::new).collect();
            let mut failed: Vec<Vec<&'static str>> = articles.iter().map(|_| Vec::new()).collect();
            for a in &self.analyzers {
                for ((doc, failed), errors) in docs.iter_mut().zip(&mut failed).zip(&mut errors) {
                    if let Some(dep) = a.requires().iter().find(|r| failed.contains(r)) {
                        failed.push(a.name());
                        errors.push(analyzer_error(
                            Stage::Skipped,
                            a.name(),
                            format!("not run: it requires `{dep}`, which failed"),
                        ));
                        continue;
                    }
                    match run_isolated(a.as_ref(), doc) {
                        Ok(out) => doc.insert_output(a.name(), out),
                        Err((stage, message)) => {
                            failed.push(a.name());
                            errors.push(analyzer_error(stage, a.name(), message));
                        }
                    }
                }
            }
            docs.into_iter().map(Document::into_outputs).collect()
        };
        articles
            .into_iter()
            .zip(outputs)
            .zip(errors)
            .map(|((article, outputs), errors)| Record {
                article: Some(article),
                outputs,
                errors,
                offsets: self.offsets,
                unread_id: None,
            })
            .collect()
    }

    /// Runs on one item from a reader: a read error becomes an error record
    /// (file, line, reason), reader warnings become `input` entries in the
    /// record's `errors`, and every error names the input file and line.
    /// An item that still holds a web page is extracted first
    /// ([`newsfacts_io::Item::finish`]), on the calling thread.
    pub fn run_item(&self, item: Result<newsfacts_io::Item, newsfacts_io::Error>) -> Record {
        let mut records = self.run_items(vec![item]);
        records
            .pop()
            .unwrap_or_else(|| Record::new(Article::new("", ""), self.offsets))
    }

    /// [`Pipeline::run_item`] on each of `items`, one record per item in the
    /// same order, with the same records; the articles are analysed together
    /// by [`Pipeline::analyze_many`].
    pub fn run_items(
        &self,
        items: Vec<Result<newsfacts_io::Item, newsfacts_io::Error>>,
    ) -> Vec<Record> {
        // Each item read, or its error record.
        let mut read: Vec<Result<ItemFrom, Record>> = Vec::with_capacity(items.len());
        let mut articles = Vec::with_capacity(items.len());
        for item in items {
            match item.and_then(newsfacts_io::Item::finish) {
                Ok(item) => {
                    articles.push(item.article);
                    read.push(Ok(ItemFrom {
                        file: item.file,
                        line: item.line,
                        warnings: item.warnings,
                    }));
                }
                Err(e) => read.push(Err(
                    Record::input_error(Some(e.file), e.line, e.reason).with_unread_id(e.id)
                )),
            }
        }
        let mut analysed = self.analyze_many(articles).into_iter();
        read.into_iter()
            .map(|r| match r {
                Err(record) => record,
                Ok(from) => {
                    let Some(mut record) = analysed.next() else {
                        // One record per article read: not reached.
                        return Record::input_error(
                            Some(from.file),
                            Some(from.line),
                            "not analysed",
                        );
                    };
                    let warnings = from.warnings.into_iter().map(|w| RecordError {
                        stage: Stage::Input,
                        analyzer: None,
                        file: None,
                        line: Some(w.line),
                        message: w.message,
                    });
                    record.errors.splice(0..0, warnings);
                    // Every error of the record says where the article came from.
                    for e in &mut record.errors {
                        e.file = Some(from.file.clone());
                        e.line = e.line.or(Some(from.line));
                    }
                    record
                }
            })
            .collect()
    }
}

/// Where an item read by [`Pipeline::run_items`] came from, and its reader
/// warnings, while its article is analysed.
struct ItemFrom {
    file: String,
    line: u64,
    warnings: Vec<newsfacts_io::Warning>,
}

fn analyzer_error(stage: Stage, name: &str, message: String) -> RecordError {
    RecordError {
        stage,
        analyzer: Some(name.to_string()),
        file: None,
        line: None,
        message,
    }
}

thread_local! {
    /// True while this thread runs an analyzer: the panic hook stays quiet,
    /// since the panic is caught and reported in the record instead.
    static IN_ANALYZER: Cell<bool> = const { Cell::new(false) };
}

/// Installs (once) a panic hook that stays silent for panics inside
/// analyzers, which the pipeline catches and reports in the record, and
/// defers to the previous hook for every other panic.
pub fn quiet_analyzer_panics() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !IN_ANALYZER.with(Cell::get) {
                previous(info);
            }
        }));
    });
}

fn run_isolated(
    a: &dyn DynAnalyzer,
    doc: &Document<'_>,
) -> Result<Box<dyn newsfacts_core::Output>, (Stage, String)> {
    struct Reset(bool);
    impl Drop for Reset {
        fn drop(&mut self) {
            IN_ANALYZER.with(|f| f.set(self.0));
        }
    }
    let _reset = Reset(IN_ANALYZER.with(|f| f.replace(true)));
    match panic::catch_unwind(AssertUnwindSafe(|| a.analyze_dyn(doc))) {
        Ok(Ok(out)) => Ok(out),
        Ok(Err(e)) => Err((Stage::Analyzer, e.to_string())),
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a panic with a non-text payload".to_string());
            Err((Stage::Panic, format!("panicked: {what}")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsfacts_core::{Analyzer, Error as CoreError, Plugin};

    struct Count;
    impl Analyzer for Count {
        const NAME: &'static str = "count";
        type Config = ();
        type Output = usize;
        fn new(_: ()) -> Result<Self, CoreError> {
            Ok(Count)
        }
        fn analyze(&self, doc: &Document<'_>) -> Result<usize, CoreError> {
            Ok(doc.body().split_whitespace().count())
        }
    }
    /// Panics on articles that mention "boom", fails on "fail".
    struct Fragile;
    impl Analyzer for Fragile {
        const NAME: &'static str = "fragile";
        type Config = ();
        type Output = bool;
        fn new(_: ()) -> Result<Self, CoreError> {
            Ok(Fragile)
        }
        fn analyze(&self, doc: &Document<'_>) -> Result<bool, CoreError> {
            if doc.body().contains("boom") {
                panic!("boom in {}", doc.article().id);
            }
            if doc.body().contains("fail") {
                return Err(CoreError::analysis("it said fail"));
            }
            Ok(true)
        }
    }
    /// Reads `fragile`'s output.
    struct Needy;
    impl Analyzer for Needy {
        const NAME: &'static str = "needy";
        const REQUIRES: &'static [&'static str] = &["fragile"];
        type Config = ();
        type Output = bool;
        fn new(_: ()) -> Result<Self, CoreError> {
            Ok(Needy)
        }
        fn analyze(&self, doc: &Document<'_>) -> Result<bool, CoreError> {
            Ok(!*doc.require::<Fragile>(Self::NAME)?)
        }
    }
    static PC: Plugin = Plugin::of::<Count>("counts words", "0");
    static PF: Plugin = Plugin::of::<Fragile>("fragile", "0");
    static PN: Plugin = Plugin::of::<Needy>("needy", "0");

    fn pipeline() -> Pipeline {
        quiet_analyzer_panics();
        let r = Registry::from_plugins(vec![&PN, &PF, &PC]).unwrap();
        Pipeline::build(&r, &[] as &[&str], &AnalyzerConfig::new()).unwrap()
    }

    fn json(r: &Record) -> serde_json::Value {
        serde_json::to_value(r).unwrap()
    }

    #[test]
    fn plans_in_dependency_order() {
        assert_eq!(pipeline().names(), ["count", "fragile", "needy"]);
    }

    #[test]
    fn a_panic_becomes_an_error_entry_and_nothing_else_is_lost() {
        let p = pipeline();
        let ok = json(&p.analyze(Article::new("a", "all is well")));
        assert_eq!(
            (
                ok["count"].as_u64(),
                ok["fragile"].as_bool(),
                ok["needy"].as_bool()
            ),
            (Some(3), Some(true), Some(false))
        );
        let r = json(&p.analyze(Article::new("b", "a boom here")));
        assert_eq!(r["count"], 3, "the analyzer before still ran");
        assert!(r.get("fragile").is_none() && r.get("needy").is_none());
        assert_eq!(r["errors"][0]["stage"], "panic");
        assert_eq!(r["errors"][0]["analyzer"], "fragile");
        assert!(
            r["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("boom in b")
        );
        assert_eq!(r["errors"][1]["stage"], "skipped");
        assert_eq!(r["errors"][1]["analyzer"], "needy");
        let again = json(&p.analyze(Article::new("c", "fine again")));
        assert_eq!(
            again["errors"].as_array().unwrap().len(),
            0,
            "the next article is unaffected"
        );
    }

    #[test]
    fn a_group_gives_the_records_of_its_articles_one_by_one() {
        // Analysed analyzer by analyzer over the group, each article still
        // gets exactly its own record: a panic or an error in one article
        // stays in that article's record.
        let p = pipeline();
        let texts = [
            "all is well",
            "a boom here",
            "please fail",
            "",
            "fine again",
        ];
        let articles: Vec<Article> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Article::new(format!("a{i}"), *t))
            .collect();
        let one_by_one: Vec<_> = articles
            .iter()
            .map(|a| json(&p.analyze(a.clone())))
            .collect();
        let together: Vec<_> = p.analyze_many(articles).iter().map(json).collect();
        assert_eq!(together, one_by_one);
        assert_eq!(together[1]["errors"][0]["stage"], "panic");
        assert_eq!(together[2]["errors"][0]["stage"], "analyzer");
        assert_eq!(together[4]["errors"].as_array().map(Vec::len), Some(0));
        assert!(p.analyze_many(Vec::new()).is_empty());
    }

    #[test]
    fn items_read_or_not_keep_their_order_and_their_origin() {
        let p = pipeline();
        let item = |id: &str, text: &str, line: u64| {
            Ok(newsfacts_io::Item {
                article: Article::new(id, text),
                file: "in.jsonl".into(),
                line,
                warnings: vec![newsfacts_io::Warning {
                    line,
                    message: format!("note on {id}"),
                }],
                page: None,
            })
        };
        let items = || {
            vec![
                item("x", "a boom here", 1),
                Err(newsfacts_io::Error::new("in.jsonl", Some(2), "not JSON")),
                item("y", "all is well", 3),
            ]
        };
        let one_by_one: Vec<_> = items().into_iter().map(|i| json(&p.run_item(i))).collect();
        let together: Vec<_> = p.run_items(items()).iter().map(json).collect();
        assert_eq!(together, one_by_one);
        assert_eq!(together[0]["id"], "x");
        assert_eq!(together[0]["errors"][0]["stage"], "input");
        assert_eq!(together[0]["errors"][1]["line"], 1);
        assert_eq!(together[1]["errors"][0]["line"], 2);
        assert_eq!(together[2]["id"], "y");
        assert_eq!(together[2]["errors"][0]["file"], "in.jsonl");
    }

    #[test]
    fn an_err_becomes_an_error_entry() {
        let r = json(&pipeline().analyze(Article::new("d", "please fail")));
        assert_eq!(r["errors"][0]["stage"], "analyzer");
        assert_eq!(r["errors"][0]["message"], "it said fail");
    }

    #[test]
    fn config_for_an_analyzer_not_run_is_a_warning() {
        let r = Registry::from_plugins(vec![&PC, &PF]).unwrap();
        let cfg: AnalyzerConfig = [
            ("cuont".to_string(), serde_json::json!({})),
            ("fragile".to_string(), serde_json::json!(null)),
        ]
        .into();
        let p = Pipeline::build(&r, &["count"], &cfg).unwrap();
        assert_eq!(p.names(), ["count"]);
        let warnings: Vec<String> = p.warnings().iter().map(|w| w.to_string()).collect();
        assert_eq!(
            warnings,
            [
                "config section `cuont` is not used: no analyzer has that name (did you mean `count`?); running: count",
                "config section `fragile` is not used: `fragile` is not being run (running: count)",
            ]
        );
        assert!(
            Pipeline::build(&r, &["count"], &AnalyzerConfig::new())
                .unwrap()
                .warnings()
                .is_empty()
        );
        let cfg: AnalyzerConfig = [("count".to_string(), serde_json::json!({"x": 1}))].into();
        assert!(
            Pipeline::build(&r, &["count"], &cfg).is_err(),
            "() config takes no fields"
        );
    }

    #[test]
    fn names_are_trimmed_and_blank_ones_ignored() {
        let r = Registry::from_plugins(vec![&PN, &PF, &PC]).unwrap();
        let p = Pipeline::build(&r, &[" needy", "count ", ""], &AnalyzerConfig::new()).unwrap();
        assert_eq!(p.names(), ["count", "fragile", "needy"]);
        let err = Pipeline::build(&r, &["nedy"], &AnalyzerConfig::new())
            .err()
            .unwrap();
        assert!(
            matches!(&err, Error::Core(CoreError::UnknownAnalyzer { name, closest: Some("needy"), .. }) if name == "nedy"),
            "{err:?}"
        );
    }

    #[test]
    fn nothing_to_run_is_an_error_that_names_the_fix() {
        let empty = Registry::from_plugins(vec![]).unwrap();
        let err = Pipeline::build(&empty, &[] as &[&str], &AnalyzerConfig::new())
            .err()
            .unwrap();
        assert!(matches!(err, Error::NothingLinked), "{err:?}");
        let msg = err.to_string();
        assert!(
            msg.contains("use newsfacts as _;") && msg.contains("use <plugin_crate> as _;"),
            "{msg}"
        );
        let r = Registry::from_plugins(vec![&PC]).unwrap();
        let err = Pipeline::build(&r, &[" ", ""], &AnalyzerConfig::new())
            .err()
            .unwrap();
        assert!(
            matches!(&err, Error::NoneChosen { known } if known == &["count"]),
            "{err:?}"
        );
        assert!(err.to_string().contains("empty list"), "{err}");
        assert!(Pipeline::empty().names().is_empty());
    }
}
