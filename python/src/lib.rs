//! `newsfacts._native`: the extension module under the `newsfacts` Python
//! package (`python/newsfacts/__init__.py` is its public face).
//!
//! Everything here reuses the runner: articles are read from Python objects
//! by the JSON Lines reader's own rules ([`newsfacts::io::item_from_object`]),
//! analysed by [`newsfacts::runner::Pipeline::run_items`] as `newsfacts run`
//! analyses a line, and written by [`newsfacts::runner::cli::json_line`], so
//! a record is, byte for byte, the line the binary writes. As dicts, records
//! are made from the same `Serialize` impl without JSON text in between
//! ([`tape`]): the dicts `json.loads` makes of the line, for about half
//! its CPU time on the calling thread.
//!
//! A batch is converted from Python objects with the GIL held, then analysed
//! with the GIL released, on a rayon pool of this process (one per thread
//! count, made on first use and made anew after a `fork`: a forked child has
//! the parent's pool in memory but none of its threads).

#![forbid(unsafe_code)]

use std::collections::{BTreeMap, HashMap};
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};

use newsfacts::core::{OffsetUnit, Registry};
use newsfacts::io::{Error as ReadError, FieldNames, Item, item_from_object};
use newsfacts::runner::{self, AnalyzerConfig, cli};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyMapping, PyString, PyTuple};
use rayon::prelude::*;
use serde_json::Value;
use tape::Tape;

mod tape;

// Links the bundled analyzers (casualties, dates, quotes) into the module.
use newsfacts as _;

/// The `file` that records' errors name for items given from Python, and
/// the stem of the ids made for items without one (`items:3`).
const ITEMS: &str = "items";

/// The environment variable that sets the default number of threads.
const THREADS_VAR: &str = "NEWSFACTS_NUM_THREADS";

/// Nesting deeper than this in an item's values is refused (a list that
/// contains itself would otherwise recurse forever).
const MAX_DEPTH: usize = 128;

/// Batches being analysed right now, with the GIL released (for the tests).
static RUNNING: AtomicUsize = AtomicUsize::new(0);

/// The pool threads (by index, up to 64) that analysed an item of the last
/// batch run on a pool (for the tests).
static LAST_BATCH_THREADS: AtomicU64 = AtomicU64::new(0);

/// Analyzers built once: `newsfacts.Pipeline`'s engine.
#[pyclass(frozen, module = "newsfacts._native")]
struct Pipeline {
    inner: Arc<runner::Pipeline>,
}

#[pymethods]
impl Pipeline {
    /// Builds the analyzers. `analyzers`: names (all when `None`; `["none"]`
    /// for none at all, as `-a none`); `config_json`: the config as a JSON
    /// object text, or `config_path`: a `--config` file. Errors are the
    /// command line's messages, as `ValueError`.
    #[new]
    #[pyo3(signature = (analyzers=None, config_json=None, config_path=None, offsets="chars"))]
    fn new(
        analyzers: Option<Vec<String>>,
        config_json: Option<&str>,
        config_path: Option<std::path::PathBuf>,
        offsets: &str,
    ) -> PyResult<Pipeline> {
        let offsets: OffsetUnit = offsets.parse().map_err(PyValueError::new_err)?;
        let config: AnalyzerConfig = match (config_json, config_path) {
            (Some(_), Some(_)) => {
                return Err(PyValueError::new_err(
                    "give the config as a dict or as a file, not both",
                ));
            }
            (Some(text), None) => serde_json::from_str(text).map_err(|e| {
                PyValueError::new_err(format!(
                    "config: not a JSON object of analyzer sections ({e})"
                ))
            })?,
            (None, Some(path)) => cli::read_config(&path).map_err(value_error)?,
            (None, None) => AnalyzerConfig::new(),
        };
        let names = analyzers.unwrap_or_default();
        let inner = if names.len() == 1 && names[0].trim() == "none" {
            runner::Pipeline::empty()
        } else {
            runner::Pipeline::from_registry(&names, &config).map_err(value_error)?
        };
        Ok(Pipeline {
            inner: Arc::new(inner.with_offsets(offsets)),
        })
    }

    /// The analyzers' names, in run order.
    #[getter]
    fn names(&self) -> Vec<&'static str> {
        self.inner.names()
    }

    /// What the build found worth saying (a config section no analyzer
    /// uses), one sentence each.
    #[getter]
    fn warnings(&self) -> Vec<String> {
        self.inner
            .warnings()
            .iter()
            .map(|w| w.to_string())
            .collect()
    }

    /// Analyses `items` (each a `str`, the text, or a dict of article fields
    /// named as in `newsfacts run`'s JSON Lines input) and returns one JSON
    /// line per item, in order. `first_line` numbers the first item (ids
    /// `items:N` for items without one, and the `line` of their errors).
    #[pyo3(signature = (items, threads=None, first_line=1))]
    fn run_json(
        &self,
        py: Python<'_>,
        items: &Bound<'_, PyAny>,
        threads: Option<usize>,
        first_line: u64,
    ) -> PyResult<Vec<String>> {
        let threads = resolve_threads(threads)?;
        let read = read_items(py, items, first_line)?;
        let pool = if threads > 1 {
            Some(pool(threads).map_err(PyRuntimeError::new_err)?)
        } else {
            None
        };
        let pipeline = &self.inner;
        Ok(py.detach(move || {
            let _running = Running::start();
            // A chunk of items per task, analysed analyzer by analyzer
            // (`Pipeline::run_items`, as `newsfacts run` does).
            let run = |chunk: Vec<_>| -> Vec<String> {
                let records = pipeline.run_items(chunk);
                records.iter().map(cli::json_line).collect()
            };
            let chunks = in_chunks(read);
            match pool {
                Some(pool) => {
                    LAST_BATCH_THREADS.store(0, Ordering::SeqCst);
                    pool.install(|| {
                        chunks
                            .into_par_iter()
                            .with_max_len(1)
                            .flat_map_iter(|chunk| {
                                mark_thread();
                                run(chunk)
                            })
                            .collect()
                    })
                }
                None => chunks.into_iter().flat_map(run).collect(),
            }
        }))
    }

    /// [`Pipeline::run_json`]'s records as Python objects (dicts), in order:
    /// the objects `json.loads` makes of the lines. Each worker serializes
    /// its records to a [`Tape`] (see [`tape`]) and this thread builds the
    /// objects from it; a record the tape refuses (a `Serialize` impl that
    /// `serde_json` writes in a way the tape does not copy) is written as
    /// its JSON line and passed through `decode` (the Python layer gives
    /// `json.loads`). The analysis runs on the pool (one thread when
    /// `threads` is 1), while this thread builds the records already made,
    /// so building, which needs the GIL, overlaps the analysis instead of
    /// following it.
    #[pyo3(signature = (items, decode, threads=None, first_line=1))]
    fn run(
        &self,
        py: Python<'_>,
        items: &Bound<'_, PyAny>,
        decode: &Bound<'_, PyAny>,
        threads: Option<usize>,
        first_line: u64,
    ) -> PyResult<Vec<Py<PyAny>>> {
        let threads = resolve_threads(threads)?;
        let read = read_items(py, items, first_line)?;
        let pool = pool(threads).map_err(PyRuntimeError::new_err)?;
        let total = read.len();
        // Raised and lowered with the GIL held: another Python thread can
        // see it raised only if the GIL is released in between.
        let _running = Running::start();
        LAST_BATCH_THREADS.store(0, Ordering::SeqCst);
        let mut pending = std::collections::VecDeque::new();
        for chunk in in_chunks(read) {
            let (done, finished) = mpsc::sync_channel(1);
            let pipeline = Arc::clone(&self.inner);
            pool.spawn(move || {
                let lines = std::panic::catch_unwind(AssertUnwindSafe(|| {
                    mark_thread();
                    let mut tape = Tape::default();
                    // Analysed analyzer by analyzer over the chunk
                    // (`Pipeline::run_items`, as `newsfacts run` does).
                    let slots = pipeline
                        .run_items(chunk)
                        .iter()
                        .map(|record| match tape.push(record) {
                            Ok(()) => None,
                            Err(_) => Some(cli::json_line(record)),
                        })
                        .collect::<Vec<Option<String>>>();
                    (tape, slots)
                }));
                // The receiver is gone only when decoding failed.
                let _ = done.send(lines.ok());
            });
            pending.push_back(finished);
        }
        let mut out = Vec::with_capacity(total);
        for finished in pending {
            let (tape, slots) = py
                .detach(move || finished.recv().ok().flatten())
                .ok_or_else(|| PyRuntimeError::new_err("a newsfacts worker thread failed"))?;
            let mut built = tape.build(py)?.into_iter();
            for slot in slots {
                let record = match slot {
                    None => built
                        .next()
                        .ok_or_else(|| PyRuntimeError::new_err("a record went missing"))?,
                    Some(line) => decode.call1((line,))?,
                };
                out.push(record.unbind());
            }
        }
        Ok(out)
    }
}

/// Items analysed per task by [`Pipeline::run`] and [`Pipeline::run_json`]:
/// small enough that the caller decodes the first records while the rest
/// are analysed and that the cores share a batch's end evenly, large enough
/// that a task costs nothing to hand out and that each analyzer's code stays
/// in the caches across the chunk's articles.
const CHUNK: usize = 16;

/// `items` cut into chunks of [`CHUNK`], in order.
fn in_chunks<T>(items: Vec<T>) -> Vec<Vec<T>> {
    let mut chunks = Vec::with_capacity(items.len().div_ceil(CHUNK));
    let mut items = items.into_iter().peekable();
    while items.peek().is_some() {
        chunks.push(items.by_ref().take(CHUNK).collect());
    }
    chunks
}

/// Notes which pool thread is running (see [`LAST_BATCH_THREADS`]).
fn mark_thread() {
    if let Some(i) = rayon::current_thread_index() {
        LAST_BATCH_THREADS.fetch_or(1 << (i % 64), Ordering::Relaxed);
    }
}

/// The items of a batch, read with the GIL held (see [`read_item`]).
fn read_items(
    py: Python<'_>,
    items: &Bound<'_, PyAny>,
    first_line: u64,
) -> PyResult<Vec<Result<Item, ReadError>>> {
    let fields = FieldNames::default();
    let mut read = Vec::new();
    for (i, obj) in items.try_iter()?.enumerate() {
        let line = first_line.saturating_add(i as u64);
        read.push(read_item(py, &obj?, line, &fields));
    }
    Ok(read)
}

/// Counts a batch in [`RUNNING`] while it lives.
struct Running;

impl Running {
    fn start() -> Running {
        RUNNING.fetch_add(1, Ordering::SeqCst);
        Running
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        RUNNING.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A runner error as the command line words it, as a `ValueError`.
fn value_error(e: runner::Error) -> PyErr {
    PyValueError::new_err(cli::cli_message(&e))
}

/// The number of threads: `threads` if given, else `NEWSFACTS_NUM_THREADS`,
/// else one per core.
fn resolve_threads(threads: Option<usize>) -> PyResult<usize> {
    match threads {
        Some(0) => Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => Ok(n),
        None => match std::env::var(THREADS_VAR) {
            Ok(v) if !v.trim().is_empty() => match v.trim().parse::<usize>() {
                Ok(n) if n > 0 => Ok(n),
                _ => Err(PyValueError::new_err(format!(
                    "{THREADS_VAR}=`{v}`: expected a whole number of threads, at least 1"
                ))),
            },
            _ => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
        },
    }
}

/// The pools of this process, by thread count.
struct Pools {
    pid: u32,
    by_threads: HashMap<usize, Arc<rayon::ThreadPool>>,
}

static POOLS: Mutex<Option<Pools>> = Mutex::new(None);

/// The pool of `threads` threads of this process, made on first use. After a
/// `fork` the pools inherited from the parent have no threads in this
/// process: they are forgotten (dropping one would signal threads that do
/// not exist here) and new ones are made.
fn pool(threads: usize) -> Result<Arc<rayon::ThreadPool>, String> {
    let mut guard = POOLS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let pid = std::process::id();
    if guard.as_ref().is_some_and(|p| p.pid != pid) {
        std::mem::forget(guard.take());
    }
    let pools = guard.get_or_insert_with(|| Pools {
        pid,
        by_threads: HashMap::new(),
    });
    if let Some(p) = pools.by_threads.get(&threads) {
        return Ok(Arc::clone(p));
    }
    // A caller that tries many sizes does not pile up idle threads.
    if pools.by_threads.len() >= 4 {
        pools.by_threads.clear();
    }
    let built = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("newsfacts-{i}"))
        // Tasks catch their panics; never let one abort the interpreter.
        .panic_handler(|_| {})
        .build()
        .map_err(|e| format!("cannot start worker threads: {e}"))?;
    let built = Arc::new(built);
    pools.by_threads.insert(threads, Arc::clone(&built));
    Ok(built)
}

/// One item as the JSON Lines reader reads a line: a `str` is the text of
/// an article without other fields; a dict (any mapping) holds the fields.
/// Anything that cannot become an article is an error item (an error record
/// in the output), never an exception.
fn read_item(
    py: Python<'_>,
    obj: &Bound<'_, PyAny>,
    line: u64,
    fields: &FieldNames,
) -> Result<Item, ReadError> {
    let bad = |reason: String| ReadError::new(ITEMS, Some(line), reason);
    let map = if let Ok(s) = obj.cast::<PyString>() {
        let text = s
            .to_cow()
            .map_err(|e| bad(format!("the text is not valid Unicode: {e}")))?;
        BTreeMap::from([("text".to_string(), Value::String(text.into_owned()))])
    } else if obj.cast::<PyDict>().is_ok() || obj.cast::<PyMapping>().is_ok() {
        match to_json(py, obj, 0) {
            Ok(Value::Object(map)) => map.into_iter().collect(),
            Ok(_) => return Err(bad("not an article: expected a str or a dict".into())),
            Err(reason) => return Err(bad(reason)),
        }
    } else {
        return Err(bad(format!(
            "not an article: a `{}`, where a str (the text) or a dict of article fields was expected",
            type_name(obj)
        )));
    };
    item_from_object(ITEMS, line, map, fields)
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "object".into())
}

/// A Python value as JSON: what `json.dumps` accepts, plus dates and
/// date-times (as ISO 8601 text) and integer-like objects (numpy's).
fn to_json(py: Python<'_>, obj: &Bound<'_, PyAny>, depth: usize) -> Result<Value, String> {
    if depth > MAX_DEPTH {
        return Err(format!("values nested more than {MAX_DEPTH} deep"));
    }
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return s
            .to_cow()
            .map(|s| Value::String(s.into_owned()))
            .map_err(|e| format!("a string that is not valid Unicode: {e}"));
    }
    if obj.cast::<PyInt>().is_ok() {
        return integer(obj);
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        return serde_json::Number::from_f64(f.value())
            .map(Value::Number)
            .ok_or_else(|| format!("{}, which is not a JSON number", f.value()));
    }
    if obj.cast::<PyDict>().is_ok() || obj.cast::<PyMapping>().is_ok() {
        let mut map = serde_json::Map::new();
        let items = obj
            .call_method0("items")
            .and_then(|items| items.try_iter())
            .map_err(|e| format!("a mapping whose items cannot be read: {e}"))?;
        for kv in items {
            let (k, v): (Bound<'_, PyAny>, Bound<'_, PyAny>) = kv
                .and_then(|kv| kv.extract())
                .map_err(|e| format!("a mapping whose items cannot be read: {e}"))?;
            let key = k
                .cast::<PyString>()
                .map_err(|_| format!("a key that is a `{}`, not a str", type_name(&k)))?
                .to_cow()
                .map_err(|e| format!("a key that is not valid Unicode: {e}"))?
                .into_owned();
            let value = to_json(py, &v, depth + 1).map_err(|reason| {
                if depth == 0 {
                    format!("field `{key}` holds {reason}")
                } else {
                    reason
                }
            })?;
            map.insert(key, value);
        }
        return Ok(Value::Object(map));
    }
    if obj.cast::<PyList>().is_ok() || obj.cast::<PyTuple>().is_ok() {
        let mut out = Vec::new();
        for v in obj.try_iter().map_err(|e| e.to_string())? {
            out.push(to_json(py, &v.map_err(|e| e.to_string())?, depth + 1)?);
        }
        return Ok(Value::Array(out));
    }
    let date = py
        .import("datetime")
        .and_then(|m| m.getattr("date"))
        .map_err(|e| e.to_string())?;
    if obj.is_instance(&date).unwrap_or(false) {
        return obj
            .call_method0("isoformat")
            .and_then(|s| s.extract::<String>())
            .map(Value::String)
            .map_err(|e| format!("a date that cannot be written: {e}"));
    }
    if obj.hasattr("__index__").unwrap_or(false) {
        return integer(obj);
    }
    Err(format!(
        "a `{}`, which has no JSON form (use str, int, float, bool, None, list, dict or a date)",
        type_name(obj)
    ))
}

fn integer(obj: &Bound<'_, PyAny>) -> Result<Value, String> {
    if let Ok(i) = obj.extract::<i64>() {
        return Ok(Value::from(i));
    }
    if let Ok(u) = obj.extract::<u64>() {
        return Ok(Value::from(u));
    }
    Err("an integer too large for JSON (64 bits)".into())
}

/// Every analyzer linked into this module, as `newsfacts analyzers --json`
/// lists them: dicts of `name`, `version`, `requires`, `description`,
/// `module`.
#[pyfunction]
fn analyzers(py: Python<'_>) -> PyResult<Vec<Bound<'_, PyDict>>> {
    let registry = Registry::global()
        .map_err(|e| PyRuntimeError::new_err(cli::cli_message(&runner::Error::Core(e))))?;
    registry
        .plugins()
        .iter()
        .map(|p| {
            let d = PyDict::new(py);
            d.set_item("name", p.name)?;
            d.set_item("version", p.version)?;
            d.set_item("requires", p.requires.to_vec())?;
            d.set_item("description", p.description)?;
            d.set_item("module", p.module)?;
            Ok(d)
        })
        .collect()
}

/// A row of the long shape: id, analyzer, start, end, text, fields (JSON).
type Row = (String, String, Option<u64>, Option<u64>, String, String);

/// The rows of the CSV output (`newsfacts_io::rows`) for records given as
/// JSON text, in order: one per finding, per object output's remainder
/// (`casualties.totals`) and per error. Only the keys in `analyzers` are
/// read as analyzer outputs.
#[pyfunction]
fn rows(records: Vec<String>, analyzers: Vec<String>) -> PyResult<Vec<Row>> {
    let mut out = Vec::new();
    for (i, text) in records.iter().enumerate() {
        let record: Value = serde_json::from_str(text)
            .map_err(|e| PyValueError::new_err(format!("record {}: not JSON: {e}", i + 1)))?;
        if !record.is_object() {
            return Err(PyValueError::new_err(format!(
                "record {}: not a record (a JSON object)",
                i + 1
            )));
        }
        out.extend(
            newsfacts::io::rows::rows(&record, &analyzers)
                .into_iter()
                .map(|r| (r.id, r.analyzer, r.start, r.end, r.text, r.fields)),
        );
    }
    Ok(out)
}

/// How many batches are being analysed right now, with the GIL released
/// (the tests read it from another Python thread).
#[pyfunction]
fn _batches_running() -> usize {
    RUNNING.load(Ordering::SeqCst)
}

/// How many pool threads analysed items of the last batch run on a pool
/// (the tests check that a batch on 2 threads used both).
#[pyfunction]
fn _last_batch_threads() -> u32 {
    LAST_BATCH_THREADS.load(Ordering::SeqCst).count_ones()
}

/// The number of threads a batch would run on now (`threads`, else
/// `NEWSFACTS_NUM_THREADS`, else one per core).
#[pyfunction]
#[pyo3(signature = (threads=None))]
fn resolved_threads(threads: Option<usize>) -> PyResult<usize> {
    resolve_threads(threads)
}

/// The extension module.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    // Panics inside analyzers are caught and reported in the records: keep
    // them off standard error, as the binary does.
    runner::quiet_analyzer_panics();
    m.add("SCHEMA_VERSION", newsfacts::core::SCHEMA_VERSION)?;
    m.add("VERSION", env!("CARGO_PKG_VERSION"))?;
    m.add("ITEMS_FILE", ITEMS)?;
    m.add("THREADS_VAR", THREADS_VAR)?;
    m.add_class::<Pipeline>()?;
    m.add_function(wrap_pyfunction!(analyzers, m)?)?;
    m.add_function(wrap_pyfunction!(rows, m)?)?;
    m.add_function(wrap_pyfunction!(resolved_threads, m)?)?;
    m.add_function(wrap_pyfunction!(_batches_running, m)?)?;
    m.add_function(wrap_pyfunction!(_last_batch_threads, m)?)?;
    Ok(())
}
