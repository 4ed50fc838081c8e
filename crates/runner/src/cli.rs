//! The `newsfacts` command line, as a library function.
//!
//! ```text
//! newsfacts run [INPUT]... [-a dates,quotes] [-o out.jsonl|out.csv] [--offsets chars|bytes] [-j N]
//! newsfacts analyzers [--json]
//! newsfacts eval GOLD PREDICTIONS [--task dates|quotes|casualties] [--json]
//! newsfacts view [INPUT]... -o view.html [--id ID]... [--limit N] [-a dates,quotes] [--template FILE]
//! newsfacts report RECORDS.jsonl... -o report.html [--top N] [--template FILE]
//! ```
//!
//! A binary that links its own plugins calls [`main`]:
//!
//! ```no_run
//! use std::process::ExitCode;
//! // use my_plugin as _;   // one line per plugin crate, so it is linked
//! fn main() -> ExitCode {
//!     newsfacts_runner::cli::main()
//! }
//! ```
//!
//! # Exit status
//! * `0`: everything was read and analysed without error;
//! * `1`: nothing could be done: bad arguments, an unknown analyzer, a bad
//!   config, unwritable output, an evaluation that could not be scored;
//! * `2`: the run finished, but some inputs could not be read or some
//!   analyzers failed on some articles. Every other article was analysed and
//!   written; each problem is one line on standard error
//!   (`file:line: reason`) and an entry in that record's `errors`;
//! * `3`: `eval --floors`: a score fell below its floor.

use std::collections::VecDeque;
use std::ffi::OsString;
use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use clap::{Parser, Subcommand, ValueEnum};
use newsfacts_core::{OffsetUnit, Published, Record, Registry};
use newsfacts_io::csv_out::CsvRows;
use newsfacts_io::{Error as ReadError, Extractor, FieldNames, Format, Item, ReadOptions, Source};
use rayon::prelude::*;

use crate::eval::{self, Task};
use crate::{AnalyzerConfig, Error, Pipeline};

/// Articles analysed per parallel batch: large enough to keep every core
/// busy, small enough that a streaming consumer sees output promptly.
const BATCH: usize = 64;

#[derive(Parser, Debug)]
#[command(
    name = "newsfacts",
    version,
    about = "Dates, quotes and casualty figures from news articles, with exact spans",
    long_about = None,
    after_help = "Exit status: 0 all well; 1 nothing could be done (bad arguments, config or output); \
                  2 finished, but some inputs or analyses failed (see standard error and each record's `errors`)."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Analyse articles; write one JSON object per article (JSON Lines).
    Run(RunArgs),
    /// List the analyzers linked into this binary.
    Analyzers {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Score a run's output against gold annotations (the shared corpus format).
    Eval(EvalArgs),
    /// Analyse articles and write one HTML page with every finding marked in
    /// its text (dates, quotes and their speakers, casualty figures).
    View(ViewArgs),
    /// Summarise records (`newsfacts run` output) as one HTML page of counts
    /// and charts, in one streaming pass.
    Report(ReportArgs),
}

#[derive(clap::Args, Debug)]
struct RunArgs {
    /// Files or folders to read (folders recursively, sorted); `-` or nothing
    /// reads standard input. Dateline text, JSON Lines, plain text, WARC
    /// crawls or HTML pages, optionally .gz.
    inputs: Vec<PathBuf>,
    /// Analyzers to run, comma-separated (what they require is added).
    /// Default: all. `none` reads and writes only (a throughput ceiling).
    #[arg(short, long, value_delimiter = ',')]
    analyzers: Vec<String>,
    /// Write to this file instead of standard output (`-`: standard output).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Unit of every offset in the output.
    #[arg(long, default_value = "chars", value_parser = parse_offsets)]
    offsets: OffsetUnit,
    /// Output format; by default from the `-o` file's extension (`.csv` →
    /// csv), else JSON Lines. CSV has one row per finding:
    /// id, analyzer, start, end, text, fields (the other fields, as JSON).
    #[arg(long, value_enum)]
    format: Option<OutputFormat>,
    #[command(flatten)]
    read: ReadArgs,
    /// Worker threads (default: one per core). The output is the same,
    /// byte for byte, whatever the number.
    #[arg(short = 'j', long, alias = "threads")]
    jobs: Option<usize>,
    /// No progress and no summary on standard error (errors are still reported).
    #[arg(short, long)]
    quiet: bool,
}

/// How articles are read and analysed: shared by every command that reads
/// articles (`run`, `view`), so they read inputs exactly alike.
#[derive(clap::Args, Debug)]
struct ReadArgs {
    /// Input format; `auto` decides per file from its extension and content.
    #[arg(long = "input-format", value_enum, default_value_t = FormatArg::Auto)]
    input_format: FormatArg,
    /// Publication date (YYYY-MM-DD) for plain-text input, which has none
    /// (and for web pages, where it wins over the page's own date).
    #[arg(long, value_parser = parse_date)]
    date: Option<Published>,
    /// Main-text extractor for web pages (WARC, HTML): dom_smoothie or
    /// trafilatura (if this binary was built with it).
    #[arg(long, value_name = "NAME", default_value_t = Extractor::default(), value_parser = parse_extractor)]
    extractor: Extractor,
    /// Largest article to read (a JSON Lines line, or a whole dateline or
    /// text file), e.g. `10M`, `512K`, `2G` or bytes; larger ones are reported
    /// and skipped without being loaded.
    #[arg(long, value_name = "SIZE", default_value = "10M", value_parser = parse_size)]
    max_article_size: u64,
    /// JSON file of analyzer settings: {"<analyzer>": {<setting>: <value>}}.
    #[arg(long)]
    config: Option<PathBuf>,
    /// JSON Lines field name for a role, e.g. `--field text=content`;
    /// roles: id, title, date, url, text. Repeatable.
    #[arg(long = "field", value_name = "ROLE=NAME")]
    fields: Vec<String>,
}

impl ReadArgs {
    /// The analyzer settings of `--config` (none when not given).
    fn config(&self) -> Result<AnalyzerConfig, Error> {
        match &self.config {
            Some(path) => read_config(path),
            None => Ok(AnalyzerConfig::new()),
        }
    }

    /// The reader's options; `one_item_per_line` for filter mode.
    fn options(&self, one_item_per_line: bool) -> Result<ReadOptions, Error> {
        Ok(ReadOptions {
            format: match self.input_format {
                FormatArg::Auto => Format::Auto,
                FormatArg::Dateline => Format::Dateline,
                FormatArg::Jsonl => Format::Jsonl,
                FormatArg::Text => Format::Text,
                FormatArg::Warc => Format::Warc,
                FormatArg::Html => Format::Html,
            },
            fields: field_names(&self.fields)?,
            date: self.date,
            max_article_bytes: self.max_article_size,
            one_item_per_line,
            extractor: self.extractor,
            // Web pages are extracted on the workers, not the reader thread.
            defer_extraction: true,
        })
    }
}

#[derive(clap::Args, Debug)]
struct EvalArgs {
    /// A gold folder (every dates.jsonl, quotes.jsonl, casualties.jsonl in it
    /// is scored) or one gold file.
    gold: PathBuf,
    /// The predictions: `newsfacts run` output, or the corpus format.
    predictions: PathBuf,
    /// The task of a gold file whose name does not say it.
    #[arg(long, value_parser = parse_task)]
    task: Option<Task>,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
    /// Fail (exit 3) when a score falls below its floor. A JSON file:
    /// {"<task>": {"<metric path>": <floor>}}, e.g. {"dates": {"relaxed.f1": 0.9}},
    /// optionally with "options": ["--victims-only"], the flags its floors
    /// were measured with (applied here too).
    #[arg(long)]
    floors: Option<PathBuf>,
    /// Score one fold of the corpus only, INDEX/FOLDS: `1/2` and `2/2` are
    /// its two halves. Articles go to folds by a fixed hash of their id, the
    /// same on every machine (see docs/accuracy.md).
    #[arg(long, value_name = "INDEX/FOLDS", value_parser = parse_fold)]
    fold: Option<eval::Fold>,
    /// Casualties: compare victims only, every killed and injured total
    /// (gold and predicted) less the attackers it counts
    /// (`totals.perpetrators`), for corpora that count victims only, as GVDB does.
    #[arg(long)]
    victims_only: bool,
}

#[derive(clap::Args, Debug)]
struct ViewArgs {
    /// Files or folders to read, exactly as `newsfacts run` reads them; `-`
    /// or nothing reads standard input.
    inputs: Vec<PathBuf>,
    /// Write the page to this file (`-` or none: standard output).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Show only the article with this id (the first one read). Repeatable;
    /// reading stops when every id has been found.
    #[arg(long = "id", value_name = "ID")]
    ids: Vec<String>,
    /// Show at most N articles: the first N read (reading stops there).
    #[arg(long, value_name = "N", default_value_t = 100)]
    limit: usize,
    /// Analyzers to run, comma-separated (what they require is added).
    /// Default: all.
    #[arg(short, long, value_delimiter = ',')]
    analyzers: Vec<String>,
    #[command(flatten)]
    read: ReadArgs,
    /// A page template of your own (Jinja syntax, minijinja); see
    /// docs/view.md for what it is given. Default: the built-in page.
    #[arg(long, value_name = "FILE")]
    template: Option<PathBuf>,
    /// No summary on standard error (errors are still reported).
    #[arg(short, long)]
    quiet: bool,
}

#[derive(clap::Args, Debug)]
struct ReportArgs {
    /// Records written by `newsfacts run` (JSON Lines, `.gz` too); `-` or
    /// nothing reads standard input.
    records: Vec<PathBuf>,
    /// Write the page to this file (`-` or none: standard output).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// How many speakers and articles the rankings show.
    #[arg(long, value_name = "N", default_value_t = 25)]
    top: usize,
    /// A page template of your own (Jinja syntax, minijinja); see
    /// docs/view.md for what it is given. Default: the built-in page.
    #[arg(long, value_name = "FILE")]
    template: Option<PathBuf>,
    /// No summary on standard error (errors are still reported).
    #[arg(short, long)]
    quiet: bool,
}

fn parse_fold(s: &str) -> Result<eval::Fold, String> {
    s.parse()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum OutputFormat {
    /// One JSON object per article and line.
    Jsonl,
    /// One row per finding.
    Csv,
    /// One row per finding, as a Parquet file (needs `-o FILE` and a binary
    /// built with the `parquet` feature).
    Parquet,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum FormatArg {
    Auto,
    Dateline,
    Jsonl,
    Text,
    Warc,
    Html,
}

fn parse_extractor(s: &str) -> Result<Extractor, String> {
    let e: Extractor = s.parse()?;
    if e.is_available() {
        Ok(e)
    } else {
        Err(format!(
            "this binary was built without the {e} extractor: rebuild with `--features {}`",
            e.feature()
        ))
    }
}

fn parse_offsets(s: &str) -> Result<OffsetUnit, String> {
    s.parse()
}

/// `10M`, `512k`, `2G`, `1500` (bytes); powers of 1024.
fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let (digits, unit) = match t.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => t.split_at(i),
        None => (t, ""),
    };
    let shift = match unit
        .trim()
        .to_ascii_uppercase()
        .trim_end_matches("IB")
        .trim_end_matches('B')
    {
        "" => 0,
        "K" => 10,
        "M" => 20,
        "G" => 30,
        _ => {
            return Err(format!(
                "`{s}`: expected a size such as 10M, 512K, 2G or a number of bytes"
            ));
        }
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("`{s}`: expected a size such as 10M, 512K or 2G"))?;
    n.checked_shl(shift)
        .filter(|v| v >> shift == n && *v > 0)
        .ok_or_else(|| format!("`{s}`: size must be between 1 byte and 16 EiB"))
}

fn parse_task(s: &str) -> Result<Task, String> {
    s.parse()
        .map_err(|_| format!("unknown task `{s}` (expected dates, quotes or casualties)"))
}

fn parse_date(s: &str) -> Result<Published, String> {
    s.parse().map_err(|e: newsfacts_core::Error| e.to_string())
}

/// Runs the command line of this process. See the module docs for the exit status.
pub fn main() -> ExitCode {
    run(std::env::args_os())
}

/// Runs a command line given as arguments (the first is the program name).
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let result = match cli.command {
        Command::Run(args) => run_cmd(args),
        Command::Analyzers { json } => analyzers_cmd(json),
        Command::Eval(args) => eval_cmd(args),
        Command::View(args) => view_cmd(args),
        Command::Report(args) => report_cmd(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            say(&format!("newsfacts: error: {}", cli_message(&e)));
            ExitCode::from(1)
        }
    }
}

/// The message for a fatal error, worded for a command-line user: the
/// library's wording of analyzer-name errors ends with a hint on linking
/// crates, which only the author of a binary can act on. What `newsfacts`
/// prints after `newsfacts: error: `; the Python package raises it too.
pub fn cli_message(e: &Error) -> String {
    match e {
        Error::Core(newsfacts_core::Error::UnknownAnalyzer { name, closest, .. }) => {
            let guess = closest
                .map(|c| format!("; did you mean `{c}`?"))
                .unwrap_or_default();
            format!("no analyzer named `{name}`{guess} (`newsfacts analyzers` lists them)")
        }
        Error::NoneChosen { .. } => {
            "`-a` names no analyzer: name some (`newsfacts analyzers` lists them), \
             leave `-a` out to run them all, or give `-a none` to only read and write"
                .to_string()
        }
        other => other.to_string(),
    }
}

fn analyzers_cmd(json: bool) -> Result<ExitCode, Error> {
    let registry = Registry::global()?;
    for w in duplicate_warnings(registry) {
        say(&w);
    }
    let stdout = io::stdout();
    list_analyzers(registry, json, &mut stdout.lock()).map_err(|source| Error::Output {
        target: "stdout".into(),
        source,
    })?;
    Ok(ExitCode::SUCCESS)
}

/// One warning per name that several linked plugins claim, naming where
/// each was registered (they are still listed; choosing one is an error).
fn duplicate_warnings(registry: &Registry) -> Vec<String> {
    registry
        .duplicates()
        .map(|same| {
            let modules: Vec<_> = same.iter().map(|p| format!("`{}`", p.module)).collect();
            format!(
                "newsfacts: warning: {} analyzers are named `{}` (registered by {}): \
                 neither can be chosen until one is renamed or unlinked",
                same.len(),
                same[0].name,
                modules.join(" and ")
            )
        })
        .collect()
}

/// `newsfacts analyzers`: every registered plugin, as a table or JSON.
fn list_analyzers(registry: &Registry, json: bool, out: &mut impl Write) -> io::Result<()> {
    if json {
        let list: Vec<_> = registry
            .plugins()
            .iter()
            .map(|p| {
                serde_json::json!({
                    "name": p.name, "version": p.version, "requires": p.requires,
                    "description": p.description, "module": p.module
                })
            })
            .collect();
        serde_json::to_writer_pretty(&mut *out, &list)?;
        writeln!(out)?;
    } else {
        let rows: Vec<[String; 4]> = registry
            .plugins()
            .iter()
            .map(|p| {
                let req = if p.requires.is_empty() {
                    "-".to_string()
                } else {
                    p.requires.join(",")
                };
                [
                    p.name.to_string(),
                    p.version.to_string(),
                    req,
                    p.description.to_string(),
                ]
            })
            .collect();
        let header = ["NAME", "VERSION", "REQUIRES", "DESCRIPTION"].map(String::from);
        let width = |i: usize| {
            rows.iter()
                .chain([&header])
                .map(|r| r[i].len())
                .max()
                .unwrap_or(0)
        };
        let (w0, w1, w2) = (width(0), width(1), width(2));
        for r in std::iter::once(&header).chain(&rows) {
            writeln!(out, "{:w0$}  {:w1$}  {:w2$}  {}", r[0], r[1], r[2], r[3])?;
        }
    }
    Ok(())
}

/// Reads a `--config` file: a JSON object of analyzer sections,
/// `{"<analyzer>": {<setting>: <value>}}`. The errors name the file (and the
/// line of a JSON error).
pub fn read_config(path: &Path) -> Result<AnalyzerConfig, Error> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::Config(format!("cannot read config file {}: {e}", path.display())))?;
    serde_json::from_str(&text).map_err(|e| {
        Error::Config(format!(
            "{}:{}: not a JSON object of analyzer sections ({e})",
            path.display(),
            e.line()
        ))
    })
}

fn field_names(specs: &[String]) -> Result<FieldNames, Error> {
    let mut fields = FieldNames::default();
    for spec in specs {
        let (role, name) = spec.split_once('=').ok_or_else(|| {
            Error::Config(format!(
                "--field `{spec}`: expected ROLE=NAME, e.g. text=content"
            ))
        })?;
        let slot = match role {
            "id" => &mut fields.id,
            "title" => &mut fields.title,
            "date" => &mut fields.date,
            "url" => &mut fields.url,
            "text" => &mut fields.text,
            other => {
                return Err(Error::Config(format!(
                    "--field `{spec}`: unknown role `{other}` (roles: id, title, date, url, text)"
                )));
            }
        };
        *slot = vec![name.to_string()];
    }
    Ok(fields)
}

/// The pipeline of `-a` (all analyzers when empty; `none`: read and write
/// only, the throughput ceiling of the runner itself).
/// The pipeline of `-a`: the named analyzers (all by default), or none at
/// all for `-a none` (read and write only: the throughput ceiling of the
/// runner itself). Warnings (a `--config` section for an analyzer not
/// chosen) go to standard error.
fn build_pipeline(analyzers: &[String], config: &AnalyzerConfig) -> Result<Pipeline, Error> {
    let pipeline = if analyzers.len() == 1 && analyzers[0].trim() == "none" {
        Pipeline::empty()
    } else {
        Pipeline::from_registry(analyzers, config)?
    };
    for w in pipeline.warnings() {
        say(&format!("newsfacts: warning: {w}"));
    }
    Ok(pipeline)
}

fn run_cmd(args: RunArgs) -> Result<ExitCode, Error> {
    let started = Instant::now();
    let config = args.read.config()?;
    let pipeline = build_pipeline(&args.analyzers, &config)?.with_offsets(args.offsets);
    let filter_mode = args.inputs.is_empty() || args.inputs.iter().all(|p| p.as_os_str() == "-");
    // Filter mode: standard input alone gets one output line per input
    // line, blank lines included, so callers can pair them.
    let options = args.read.options(filter_mode)?;
    let sources: Vec<Source> = if args.inputs.is_empty() {
        if io::stdin().is_terminal() {
            return Err(Error::Config(
                "no input: name files or folders, or pipe articles in (`-` reads standard input)"
                    .into(),
            ));
        }
        vec![Source::Stdin]
    } else {
        args.inputs.iter().cloned().map(Source::from_arg).collect()
    };
    let format = args.format.unwrap_or_else(|| {
        // `out.csv.gz` is CSV (compressed).
        let ext = args
            .output
            .as_ref()
            .map(|p| {
                if is_gzip_path(p) {
                    p.with_extension("")
                } else {
                    p.clone()
                }
            })
            .and_then(|p| p.extension().and_then(|e| e.to_str()).map(str::to_string));
        match ext.map(|e| e.to_ascii_lowercase()).as_deref() {
            Some("csv") => OutputFormat::Csv,
            Some("parquet") => OutputFormat::Parquet,
            _ => OutputFormat::Jsonl,
        }
    });
    let names = pipeline.names();
    let mut sink = Sink::open(args.output.as_deref(), format, &names)?;
    let pool = {
        let mut b = rayon::ThreadPoolBuilder::new();
        if let Some(n) = args.jobs {
            b = b.num_threads(n.max(1));
        }
        b.build()
            .map_err(|e| Error::Config(format!("cannot start worker threads: {e}")))?
    };
    crate::quiet_analyzer_panics();
    if format == OutputFormat::Csv {
        let header = CsvRows::with_header(Vec::new(), &names)
            .and_then(CsvRows::into_inner)
            .map_err(|e| sink.error(e))?;
        sink.write(&header)?;
    }
    // The bar shares the terminal with the records when both go to it.
    let records_on_terminal =
        sink.paths.is_none() && sink.target == "stdout" && io::stdout().is_terminal();
    let progress = Progress::new(args.quiet || records_on_terminal);
    // Reading (decompression, JSON parsing) runs on its own thread, ahead of
    // the analysis, so that the workers never wait for it: with fast
    // analyzers it would otherwise be the serial part that keeps `--jobs 2`
    // from doubling the speed. A second thread cuts the items into batches:
    // a batch ends at `BATCH` articles or when the input stalls for `STALL`,
    // so that a producer that writes one line and waits for its answer gets
    // it at once. Bounded channels bound the memory.
    let (items_tx, items_rx) = mpsc::sync_channel(BATCH);
    let (batches, received) = mpsc::sync_channel(2);
    let reader = std::thread::Builder::new()
        .name("newsfacts-reader".into())
        .spawn(move || {
            let mut items = newsfacts_io::read(sources, options);
            for item in items.by_ref() {
                // A closed channel means the writer stopped on an error.
                if items_tx.send(item).is_err() {
                    break;
                }
            }
            (items.skipped().clone(), items.skipped_records().clone())
        })
        .map_err(|e| Error::Config(format!("cannot start the reader thread: {e}")))?;
    let batcher = std::thread::Builder::new()
        .name("newsfacts-batcher".into())
        .spawn(move || batch_items(&items_rx, &batches))
        .map_err(|e| Error::Config(format!("cannot start the reader thread: {e}")))?;
    let mut tally = Tally::default();
    // Batches are analysed side by side with the writing: each is handed to
    // the pool as soon as it is read, up to `IN_FLIGHT` at a time, and
    // written, in input order, as soon as it and every batch before it are
    // done. No core waits for a batch's slowest article or for the writer
    // (a barrier per batch cost about 3% of the speed at `--jobs 2`).
    let scope_result = pool.in_place_scope(|scope| -> Result<(), Error> {
        let mut pending: VecDeque<Receiver<Vec<Done>>> = VecDeque::new();
        let mut input_open = true;
        while input_open || !pending.is_empty() {
            if input_open && pending.len() < IN_FLIGHT {
                // With batches in flight, wait for input only briefly (1 ms),
                // so that a streaming consumer gets finished batches promptly.
                let next = if pending.is_empty() {
                    received.recv().map_err(|_| RecvTimeoutError::Disconnected)
                } else {
                    received.recv_timeout(Duration::from_millis(1))
                };
                match next {
                    Ok(batch) => {
                        let (done, finished) = mpsc::sync_channel(1);
                        let (pipeline, names) = (&pipeline, &names);
                        scope.spawn(move |_| {
                            // The receiver is gone only when writing failed.
                            let _ = done.send(analyse(batch, pipeline, format, names));
                        });
                        pending.push_back(finished);
                        continue;
                    }
                    Err(RecvTimeoutError::Timeout) => {}
                    Err(RecvTimeoutError::Disconnected) => input_open = false,
                }
            }
            // Write the finished batches at the front; wait for the first
            // when the window is full or the input is over.
            while let Some(front) = pending.front() {
                let done = if !input_open || pending.len() >= IN_FLIGHT {
                    Some(front.recv().map_err(|_| Error::Reader)?)
                } else {
                    front.try_recv().ok()
                };
                let Some(done) = done else { break };
                pending.pop_front();
                tally.write(done, &mut sink, &progress)?;
            }
        }
        Ok(())
    });
    // The reader of our standard output is gone (`| head -1`): stop quietly,
    // as Unix filters do. Whatever was written stays written.
    let closed_pipe = |r: &Result<(), Error>| {
        matches!(r, Err(Error::Output { target, source })
            if target == "stdout" && source.kind() == io::ErrorKind::BrokenPipe)
    };
    if closed_pipe(&scope_result) {
        return Ok(ExitCode::SUCCESS);
    }
    scope_result?;
    let Tally {
        articles,
        failed,
        bytes,
        lost_input,
    } = tally;
    // The channels close when the reader is done, or when it died: a panic
    // there must not pass for the end of the input.
    let (skipped, skipped_records) = reader.join().map_err(|_| Error::Reader)?;
    batcher.join().map_err(|_| Error::Reader)?;
    let finished = sink.finish();
    if closed_pipe(&finished) {
        return Ok(ExitCode::SUCCESS);
    }
    finished?;
    progress.finish();
    if skipped.total() > 0 {
        say(&format!("newsfacts: skipped in folders: {skipped}"));
    }
    if !args.quiet && skipped_records.total() > 0 {
        say(&format!(
            "newsfacts: {} WARC record(s) were not HTML pages with status 200 and were skipped: {skipped_records}",
            skipped_records.total()
        ));
    }
    if articles == 0 && !filter_mode {
        say("newsfacts: error: nothing was read: no article in the inputs given");
        return Ok(ExitCode::from(1));
    }
    if !args.quiet {
        let secs = started.elapsed().as_secs_f64();
        say(&format!(
            "newsfacts: {} record(s), {} with errors, analyzers: {}, {} of text in {secs:.2}s ({}/s)",
            thousands(articles as u64),
            thousands(failed as u64),
            if names.is_empty() {
                "none".to_string()
            } else {
                names.join(",")
            },
            human_bytes(bytes as f64),
            human_bytes(bytes as f64 / secs.max(1e-9))
        ));
    }
    // A filter's records carry their own errors: every input line got its
    // output line, which is all a caller pairing them (Spark's `RDD.pipe`
    // fails a task on any other status) needs. Only a stream that could not
    // be read to its end is a failure there.
    let problems = if filter_mode { lost_input } else { failed };
    Ok(if problems > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// How long the input may stall before a partial batch is analysed.
const STALL: Duration = Duration::from_millis(2);

/// Cuts the stream of items into batches of up to `BATCH`: a batch ends
/// early when no item has come for `STALL` (a trickling producer is answered
/// at once; a file, read far faster, fills whole batches).
fn batch_items<T>(items: &Receiver<T>, batches: &mpsc::SyncSender<Vec<T>>) {
    while let Ok(first) = items.recv() {
        let mut batch = Vec::with_capacity(BATCH);
        batch.push(first);
        while batch.len() < BATCH {
            match items.recv_timeout(STALL) {
                Ok(item) => batch.push(item),
                Err(_) => break,
            }
        }
        if batches.send(batch).is_err() {
            return;
        }
    }
}

/// Batches analysed or waiting to be written at once (see `run_cmd`).
const IN_FLIGHT: usize = 4;

/// At most this much article text goes to one task of the pool, analysed
/// analyzer by analyzer ([`Pipeline::analyze_many`]) so that each
/// analyzer's code and tables stay in the processor's caches across
/// articles: on the shared corpora, one core spends about 8% less CPU time
/// than with one article per task (docs/performance.md).
const GROUP_BYTES: usize = 128 * 1024;

/// Cuts a batch into the groups of items that one task analyses: about
/// `text / (2 × threads)` bytes of article text each (so that the cores
/// still share a batch's end evenly: article sizes vary a hundredfold),
/// at most [`GROUP_BYTES`]. A web page, whose text is not extracted yet,
/// is a group of its own. Items keep their order.
fn groups(
    batch: Vec<Result<Item, ReadError>>,
    threads: usize,
) -> Vec<Vec<Result<Item, ReadError>>> {
    let size = |item: &Result<Item, ReadError>| match item {
        Ok(item) if item.page.is_some() => None,
        Ok(item) => Some(item.article.body.len()),
        Err(_) => Some(0),
    };
    let text: usize = batch.iter().filter_map(size).sum();
    let per_task = (text / (2 * threads.max(1))).clamp(1, GROUP_BYTES);
    let mut groups = Vec::new();
    let mut group = Vec::new();
    let mut filled = 0;
    for item in batch {
        let Some(n) = size(&item) else {
            if !group.is_empty() {
                groups.push(std::mem::take(&mut group));
            }
            groups.push(vec![item]);
            filled = 0;
            continue;
        };
        group.push(item);
        filled += n;
        if filled >= per_task {
            groups.push(std::mem::take(&mut group));
            filled = 0;
        }
    }
    if !group.is_empty() {
        groups.push(group);
    }
    groups
}

/// Analyses one batch on the pool, one group of articles per task
/// ([`groups`]), each record encoded on the worker that made it.
fn analyse(
    batch: Vec<Result<Item, ReadError>>,
    pipeline: &Pipeline,
    format: OutputFormat,
    names: &[&str],
) -> Vec<Done> {
    groups(batch, rayon::current_num_threads())
        .into_par_iter()
        .with_max_len(1)
        .flat_map_iter(|group| {
            let ends: Vec<bool> = group
                .iter()
                .map(|item| item.as_ref().is_err_and(|e| e.ends_input))
                .collect();
            pipeline
                .run_items(group)
                .into_iter()
                .zip(ends)
                .map(|(record, ends_input)| {
                    let size = record.article.as_ref().map_or(0, |a| a.body.len());
                    Done {
                        problems: describe_errors(&record),
                        payload: encode(&record, format, names),
                        size,
                        ends_input,
                    }
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// What has been written so far.
#[derive(Default)]
struct Tally {
    articles: usize,
    failed: usize,
    bytes: usize,
    /// Read errors after which the rest of an input was lost.
    lost_input: usize,
}

impl Tally {
    /// Writes one analysed batch in order, reports its problems, flushes
    /// (streaming consumers such as Spark's `RDD.pipe` see each batch
    /// promptly) and updates the progress bar.
    fn write(
        &mut self,
        done: Vec<Done>,
        sink: &mut Sink,
        progress: &Progress,
    ) -> Result<(), Error> {
        for d in done {
            self.articles += 1;
            self.bytes += d.size;
            self.lost_input += usize::from(d.ends_input);
            if !d.problems.is_empty() {
                self.failed += 1;
                for p in d.problems {
                    progress.println(&format!("newsfacts: {p}"));
                }
            }
            sink.write_payload(d.payload)?;
        }
        sink.flush()?;
        progress.update(self.articles, self.bytes);
        Ok(())
    }
}

/// `1,752`, `28,815`, `12`: counts as people read them.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `1.2 MB`, `830 kB`, `12 B`.
fn human_bytes(n: f64) -> String {
    match n {
        n if n >= 1e9 => format!("{:.1} GB", n / 1e9),
        n if n >= 1e6 => format!("{:.1} MB", n / 1e6),
        n if n >= 1e3 => format!("{:.0} kB", n / 1e3),
        n => format!("{n:.0} B"),
    }
}

/// One analysed article, ready to write.
struct Done {
    problems: Vec<String>,
    payload: Payload,
    size: usize,
    /// The item was a read error that ended its input.
    ends_input: bool,
}

/// A record encoded on the worker thread that made it.
enum Payload {
    /// JSON Lines or CSV bytes, written as they are.
    Bytes(Vec<u8>),
    /// The record as JSON, for the Parquet writer (rows are buffered per
    /// row group on the writing thread).
    #[cfg_attr(not(feature = "parquet"), allow(dead_code))]
    Json(serde_json::Value),
}

/// One line of `newsfacts run`'s JSON Lines output for `record`, without
/// its line break: the record's JSON, or, when a plugin's `Serialize` fails,
/// an error record in its place (so every article still gets its line).
/// The Python package's records are these lines, parsed.
pub fn json_line(record: &Record) -> String {
    let mut line = Vec::new();
    write_json_line(record, &mut line);
    // serde_json writes UTF-8 only; the lossy conversion never replaces anything.
    String::from_utf8(line).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Appends [`json_line`]'s bytes to `line` (cleared first), by each
/// analyzer's own serde code ([`Record::write_json`]), sized for the usual
/// record so that the buffer is seldom copied as it grows.
fn write_json_line(record: &Record, line: &mut Vec<u8>) {
    line.clear();
    // Its findings' texts are shorter than the article.
    let body = record.article.as_ref().map_or(0, |a| a.body.len());
    line.reserve(512 + body + body / 2);
    if let Err(e) = record.write_json(&mut *line) {
        line.clear();
        line.extend_from_slice(unwritable(&e.to_string()).to_string().as_bytes());
    }
}

/// The error record written in place of a record that could not be
/// serialized (see [`json_line`]).
fn unwritable(reason: &str) -> serde_json::Value {
    let message = format!("the record could not be written: {reason}");
    serde_json::json!({"id": null, "errors": [{"stage": "analyzer", "message": message}]})
}

/// A record in the output format, on the worker thread that made it.
fn encode(record: &Record, format: OutputFormat, analyzers: &[&str]) -> Payload {
    let encoded = match format {
        OutputFormat::Jsonl => {
            let mut line = Vec::new();
            write_json_line(record, &mut line);
            line.push(b'\n');
            return Payload::Bytes(line);
        }
        OutputFormat::Csv => serde_json::to_value(record).and_then(|value| {
            let mut rows = CsvRows::new(Vec::new(), analyzers);
            rows.write_record(&value)
                .and_then(|()| rows.into_inner())
                .map(Payload::Bytes)
                .map_err(serde_json::Error::io)
        }),
        OutputFormat::Parquet => serde_json::to_value(record).map(Payload::Json),
    };
    encoded.unwrap_or_else(|e| {
        // Serialization failed (a plugin's Serialize impl returned an error):
        // the article still gets its line, an error record, written by hand.
        let json = unwritable(&e.to_string());
        let message = format!("the record could not be written: {e}");
        match format {
            OutputFormat::Csv => Payload::Bytes(
                format!(",errors,,,\"{}\",\n", message.replace('"', "\"\"")).into_bytes(),
            ),
            // Not reached: `json_line` never fails.
            OutputFormat::Jsonl => Payload::Bytes(format!("{json}\n").into_bytes()),
            OutputFormat::Parquet => Payload::Json(json),
        }
    })
}

/// Writes to standard error without ever panicking (a closed stderr is ignored).
fn say(line: &str) {
    let _ = writeln!(io::stderr(), "{line}");
}

/// Where records go. A regular file is written under a temporary name in the
/// same folder and renamed into place only when the run completes, so an
/// interrupted run never leaves a truncated file under the final name; a
/// device or pipe (`-o /dev/null`, a FIFO) is written directly. A name
/// ending in `.gz` is written gzip-compressed.
struct Sink {
    out: BufWriter<Out>,
    target: String,
    /// `(temporary, final)` paths when writing a file.
    paths: Option<(PathBuf, PathBuf)>,
    #[cfg(feature = "parquet")]
    parquet: Option<newsfacts_io::parquet_out::ParquetRows<BufWriter<File>>>,
}

/// The byte stream under a [`Sink`].
enum Out {
    Stdout(io::StdoutLock<'static>),
    File(File),
    Gzip(Box<flate2::write::GzEncoder<File>>),
    /// Parquet writes through its own writer.
    #[cfg_attr(not(feature = "parquet"), allow(dead_code))]
    Nothing,
}

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Out::Stdout(w) => w.write(buf),
            Out::File(w) => w.write(buf),
            Out::Gzip(w) => w.write(buf),
            Out::Nothing => Ok(buf.len()),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Out::Stdout(w) => w.flush(),
            Out::File(w) => w.flush(),
            // A gzip flush ends a deflate block: kept for the end (`finish`),
            // so that per-batch flushes do not cost compression.
            Out::Gzip(_) | Out::Nothing => Ok(()),
        }
    }
}

/// Whether an output path names a gzip file (`.gz`, any case).
fn is_gzip_path(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

impl Sink {
    fn open(
        output: Option<&Path>,
        format: OutputFormat,
        analyzers: &[&str],
    ) -> Result<Sink, Error> {
        let output = output.filter(|p| p.as_os_str() != "-");
        if format == OutputFormat::Parquet {
            if !cfg!(feature = "parquet") {
                return Err(Error::Config(
                    "this binary was built without Parquet support: rebuild with `--features parquet`, \
                     or write CSV or JSON Lines"
                        .into(),
                ));
            }
            if output.is_none() {
                return Err(Error::Config(
                    "Parquet output needs a file: `-o results.parquet`".into(),
                ));
            }
            if output.is_some_and(is_gzip_path) {
                return Err(Error::Config(
                    "Parquet compresses its own pages: write `-o results.parquet`, not `.gz`"
                        .into(),
                ));
            }
        }
        let Some(path) = output else {
            return Ok(Sink {
                out: BufWriter::with_capacity(1 << 16, Out::Stdout(io::stdout().lock())),
                target: "stdout".into(),
                paths: None,
                #[cfg(feature = "parquet")]
                parquet: None,
            });
        };
        let target = path.display().to_string();
        // Only a regular file (or a new one) is written aside and renamed into
        // place: renaming onto `/dev/null`, a FIFO, a terminal or a symbolic
        // link (`/dev/stdout`) would replace the device or link with a file.
        let special = std::fs::symlink_metadata(path).is_ok_and(|m| !m.file_type().is_file());
        let (file, paths) = if special {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(true)
                .open(path);
            (file, None)
        } else {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let tmp = path.with_file_name(format!(".{name}.{}.partial", std::process::id()));
            (File::create(&tmp), Some((tmp, path.to_path_buf())))
        };
        let file = file.map_err(|source| Error::Output {
            target: target.clone(),
            source,
        })?;
        #[cfg(feature = "parquet")]
        if format == OutputFormat::Parquet {
            let rows = newsfacts_io::parquet_out::ParquetRows::new(BufWriter::new(file), analyzers)
                .map_err(|source| Error::Output {
                    target: target.clone(),
                    source,
                })?;
            return Ok(Sink {
                out: BufWriter::new(Out::Nothing),
                target,
                paths,
                parquet: Some(rows),
            });
        }
        let _ = analyzers;
        let out = if is_gzip_path(path) {
            Out::Gzip(Box::new(flate2::write::GzEncoder::new(
                file,
                flate2::Compression::default(),
            )))
        } else {
            Out::File(file)
        };
        Ok(Sink {
            out: BufWriter::with_capacity(1 << 16, out),
            target,
            paths,
            #[cfg(feature = "parquet")]
            parquet: None,
        })
    }

    fn error(&self, source: io::Error) -> Error {
        Error::Output {
            target: self.target.clone(),
            source,
        }
    }

    fn write(&mut self, bytes: &[u8]) -> Result<(), Error> {
        self.out.write_all(bytes).map_err(|e| self.error(e))
    }

    fn write_payload(&mut self, payload: Payload) -> Result<(), Error> {
        match payload {
            Payload::Bytes(bytes) => self.write(&bytes),
            #[cfg(feature = "parquet")]
            Payload::Json(value) => match self.parquet.as_mut() {
                Some(rows) => rows.write_record(&value).map_err(|e| Error::Output {
                    target: self.target.clone(),
                    source: e,
                }),
                None => Ok(()),
            },
            #[cfg(not(feature = "parquet"))]
            Payload::Json(_) => Ok(()),
        }
    }

    fn flush(&mut self) -> Result<(), Error> {
        self.out.flush().map_err(|e| self.error(e))
    }

    fn finish(mut self) -> Result<(), Error> {
        self.flush()?;
        // Ends the gzip stream (its trailer); the writer is left empty.
        let out = std::mem::replace(self.out.get_mut(), Out::Nothing);
        if let Out::Gzip(gz) = out {
            gz.finish().map_err(|e| self.error(e))?;
        }
        #[cfg(feature = "parquet")]
        if let Some(rows) = self.parquet.take() {
            let mut file = rows.finish().map_err(|e| self.error(e))?;
            file.flush().map_err(|e| self.error(e))?;
        }
        if let Some((tmp, path)) = self.paths.take() {
            std::fs::rename(&tmp, &path).map_err(|e| self.error(e))?;
        }
        Ok(())
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        // Not finished: an error ended the run. Leave no partial file behind.
        if let Some((tmp, _)) = self.paths.take() {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

/// Progress on standard error, only when it is a terminal, the records do
/// not go to that same terminal, and not `--quiet`. Drawn at most 4 times a
/// second: `⠋ 00:00:12 28,815 articles, 100.2 MB (2,401/s, 8.3 MB/s)`.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    started: Instant,
}

impl Progress {
    fn new(off: bool) -> Progress {
        let started = Instant::now();
        if off || !io::stderr().is_terminal() {
            return Progress { bar: None, started };
        }
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_draw_target(indicatif::ProgressDrawTarget::stderr_with_hz(4));
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{spinner} {elapsed_precise} {msg}")
        {
            bar.set_style(style);
        }
        bar.set_message(progress_message(0, 0, Duration::ZERO));
        Progress {
            bar: Some(bar),
            started,
        }
    }

    fn update(&self, articles: usize, bytes: usize) {
        if let Some(bar) = &self.bar {
            bar.set_message(progress_message(articles, bytes, self.started.elapsed()));
        }
    }

    fn println(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| say(line)),
            None => say(line),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// The progress line after `elapsed`: whole numbers, sizes in units.
fn progress_message(articles: usize, bytes: usize, elapsed: Duration) -> String {
    let secs = elapsed.as_secs_f64();
    let mut msg = format!(
        "{} articles, {}",
        thousands(articles as u64),
        human_bytes(bytes as f64)
    );
    if secs >= 0.1 {
        msg.push_str(&format!(
            " ({}/s, {}/s)",
            thousands((articles as f64 / secs).round() as u64),
            human_bytes(bytes as f64 / secs)
        ));
    }
    msg
}

/// One line per error of a record: `file:line: [analyzer: ]message`.
fn describe_errors(record: &Record) -> Vec<String> {
    record
        .errors
        .iter()
        .map(|e| {
            let mut s = String::new();
            if let Some(file) = &e.file {
                s.push_str(file);
                if let Some(line) = e.line {
                    s.push_str(&format!(":{line}"));
                }
                s.push_str(": ");
            }
            if let Some(id) = record.article.as_ref().map(|a| &a.id) {
                s.push_str(&format!("article `{id}`: "));
            }
            if let Some(a) = &e.analyzer {
                s.push_str(&format!("{a}: "));
            }
            s.push_str(&e.message);
            s
        })
        .collect()
}

fn eval_cmd(args: EvalArgs) -> Result<ExitCode, Error> {
    let mut options = eval::EvalOptions::default();
    options.fold = args.fold;
    options.victims_only = args.victims_only;
    // A floors file says how its scores are measured: its options apply.
    let floors = args.floors.as_deref().map(read_floors).transpose()?;
    if let Some(f) = &floors {
        for flag in &f.options {
            match flag.as_str() {
                "--victims-only" => options.victims_only = true,
                other => {
                    return Err(Error::Config(format!(
                        "{}: unknown eval option `{other}` in `options` (known: --victims-only)",
                        f.path.display()
                    )));
                }
            }
        }
    }
    let reports = if args.gold.is_dir() {
        eval::evaluate_dir_with(&args.gold, &args.predictions, &options)?
    } else {
        let task = match args.task {
            Some(t) => t,
            None => task_of_file(&args.gold)?,
        };
        vec![eval::evaluate_with(
            task,
            &args.gold,
            &args.predictions,
            &options,
        )?]
    };
    for r in &reports {
        if r.predicted_docs < r.gold_docs {
            say(&format!(
                "newsfacts: warning: {}: only {} of the {} gold articles of {} have a prediction; \
                 the others score as if nothing was found",
                args.predictions.display(),
                r.predicted_docs,
                r.gold_docs,
                r.gold.display()
            ));
        }
    }
    let scores: serde_json::Map<String, serde_json::Value> = reports
        .iter()
        .map(|r| {
            (
                r.task.to_string(),
                serde_json::to_value(&r.scores).unwrap_or_default(),
            )
        })
        .collect();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let write_err = |source| Error::Output {
        target: "stdout".into(),
        source,
    };
    if args.json {
        // Serialized straight from the reports: keys keep score.py's order.
        let ordered = OrderedReports(&reports);
        let line = serde_json::to_string(&ordered).map_err(|e| write_err(e.into()))?;
        writeln!(out, "{line}").map_err(write_err)?;
    } else {
        write!(out, "{}", eval::render_table(&reports)).map_err(write_err)?;
    }
    drop(out);
    if let Some(floors) = &floors {
        let below = check_floors(floors, &scores)?;
        for line in &below {
            say(&format!("newsfacts: below floor: {line}"));
        }
        if !below.is_empty() {
            return Ok(ExitCode::from(3));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `{"<task>": <scores>, ...}` in the order the tasks were scored.
struct OrderedReports<'a>(&'a [eval::TaskReport]);

impl serde::Serialize for OrderedReports<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for r in self.0 {
            map.serialize_entry(r.task.as_str(), &r.scores)?;
        }
        map.end()
    }
}

/// A floors file: `{"<task>": {"<metric path>": <floor>}}`, and optionally
/// `"options": ["--victims-only"]`, the `eval` flags its floors were
/// measured with (applied by `eval --floors`, so that the file alone
/// reproduces the gate).
struct Floors {
    path: PathBuf,
    options: Vec<String>,
    floors: std::collections::BTreeMap<String, std::collections::BTreeMap<String, f64>>,
}

/// Reads a floors file (see [`Floors`]).
fn read_floors(path: &Path) -> Result<Floors, Error> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::Config(format!("cannot read floors file {}: {e}", path.display())))?;
    let bad = |e: serde_json::Error| {
        Error::Config(format!(
            "{}:{}: expected {{task: {{metric: floor}}}} and optionally \"options\": [flags] ({e})",
            path.display(),
            e.line()
        ))
    };
    let mut all: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&text).map_err(bad)?;
    let options = match all.remove("options") {
        Some(v) => serde_json::from_value(v).map_err(bad)?,
        None => Vec::new(),
    };
    let floors = serde_json::from_value(serde_json::Value::Object(all)).map_err(bad)?;
    Ok(Floors {
        path: path.to_path_buf(),
        options,
        floors,
    })
}

/// The scores that fall below the floors (`task metric.path: score < floor`).
/// A floor for a task that was not scored, or a metric path that does not
/// exist, is a configuration error: a gate must never pass by not looking.
fn check_floors(
    floors: &Floors,
    scores: &serde_json::Map<String, serde_json::Value>,
) -> Result<Vec<String>, Error> {
    let path = &floors.path;
    let mut below = Vec::new();
    for (task, metrics) in &floors.floors {
        let scored = scores.get(task).ok_or_else(|| {
            Error::Config(format!(
                "{}: a floor for `{task}`, which was not scored",
                path.display()
            ))
        })?;
        for (metric, floor) in metrics {
            let value = metric
                .split('.')
                .try_fold(scored, |v, k| v.get(k))
                .and_then(serde_json::Value::as_f64)
                .ok_or_else(|| {
                    Error::Config(format!("{}: no metric `{task} {metric}`", path.display()))
                })?;
            if value < *floor {
                below.push(format!("{task} {metric}: {value:.4} < {floor:.4}"));
            }
        }
    }
    Ok(below)
}

fn task_of_file(gold: &Path) -> Result<Task, Error> {
    let stem = gold.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    stem.parse().map_err(|_| {
        Error::Config(format!(
            "cannot tell the task of gold file {} from its name: pass --task dates|quotes|casualties",
            gold.display()
        ))
    })
}

/// The sources named on a command line; standard input when none is named
/// (refused when it is a terminal: nothing would ever come).
fn sources_of(inputs: &[PathBuf]) -> Result<Vec<Source>, Error> {
    if inputs.is_empty() {
        if io::stdin().is_terminal() {
            return Err(Error::Config(
                "no input: name files or folders, or pipe them in (`-` reads standard input)"
                    .into(),
            ));
        }
        return Ok(vec![Source::Stdin]);
    }
    Ok(inputs.iter().cloned().map(Source::from_arg).collect())
}

/// The source of `--template`, when given.
fn read_template(path: Option<&Path>) -> Result<Option<String>, Error> {
    path.map(|p| {
        std::fs::read_to_string(p)
            .map_err(|e| Error::Config(format!("cannot read template {}: {e}", p.display())))
    })
    .transpose()
}

/// Writes a finished page to `-o` (or standard output), whole or not at all.
fn write_page(output: Option<&Path>, page: &str) -> Result<String, Error> {
    let mut sink = Sink::open(output, OutputFormat::Jsonl, &[])?;
    sink.write(page.as_bytes())?;
    let target = sink.target.clone();
    sink.finish()?;
    Ok(target)
}

fn view_cmd(args: ViewArgs) -> Result<ExitCode, Error> {
    let config = args.read.config()?;
    // Byte offsets: the view cuts the text at them with no conversion.
    let pipeline = build_pipeline(&args.analyzers, &config)?.with_offsets(OffsetUnit::Bytes);
    let template = read_template(args.template.as_deref())?;
    let options = args.read.options(false)?;
    let sources = sources_of(&args.inputs)?;
    let wanted: std::collections::BTreeSet<&str> = args.ids.iter().map(String::as_str).collect();
    let mut found: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    let mut items = Vec::new();
    let mut unread = Vec::new();
    let mut more = false;
    let mut reader = newsfacts_io::read(sources, options);
    for item in reader.by_ref() {
        match item {
            Ok(item) => {
                if !wanted.is_empty() && !wanted.contains(item.article.id.as_str()) {
                    continue;
                }
                if items.len() >= args.limit {
                    more = true;
                    break;
                }
                found.insert(item.article.id.clone());
                items.push(item);
                // Every id asked for has its (first) article: stop reading.
                if !wanted.is_empty() && found.len() == wanted.len() {
                    break;
                }
            }
            Err(e) => {
                let asked = e.id.as_deref().is_some_and(|id| wanted.contains(id));
                if wanted.is_empty() || asked {
                    unread.push(e);
                }
            }
        }
    }
    let skipped = reader.skipped().clone();
    if skipped.total() > 0 {
        say(&format!("newsfacts: skipped in folders: {skipped}"));
    }
    crate::quiet_analyzer_panics();
    let records: Vec<Record> = items
        .into_par_iter()
        .map(|item| pipeline.run_item(Ok(item)))
        .collect();
    let mut page = newsfacts_view::ViewPage::new();
    let mut problems = 0;
    for e in unread {
        say(&format!("newsfacts: {e}"));
        problems += 1;
        page.add_input_error(Some(e.file), e.line, e.id, e.reason);
    }
    for record in &records {
        let lines = describe_errors(record);
        problems += usize::from(!lines.is_empty());
        for line in lines {
            say(&format!("newsfacts: {line}"));
        }
        page.add_record(record);
    }
    let missing: Vec<String> = wanted
        .iter()
        .filter(|id| !found.contains(**id))
        .map(|id| id.to_string())
        .collect();
    for id in &missing {
        say(&format!(
            "newsfacts: no article with id `{id}` in the input"
        ));
    }
    if more {
        page.set_omitted(format!(
            "Showing the first {} articles read: the input has more (raise --limit, or pick articles with --id)",
            args.limit
        ));
    }
    page.set_missing_ids(missing.clone());
    if records.is_empty() && problems == 0 {
        say("newsfacts: error: nothing to show: no article in the inputs given");
        return Ok(ExitCode::from(1));
    }
    let html = page.render(template.as_deref())?;
    let target = write_page(args.output.as_deref(), &html)?;
    if !args.quiet {
        let findings: usize = page.articles().iter().map(|a| a.findings.len()).sum();
        say(&format!(
            "newsfacts: view of {} article(s), {} finding(s), written to {target}{}",
            thousands(records.len() as u64),
            thousands(findings as u64),
            if more {
                " (more in the input: --limit)"
            } else {
                ""
            }
        ));
    }
    Ok(if problems > 0 || !missing.is_empty() {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// How many unreadable lines `report` names on standard error before it
/// only counts them.
const REPORT_PROBLEMS_SHOWN: usize = 10;

fn report_cmd(args: ReportArgs) -> Result<ExitCode, Error> {
    let template = read_template(args.template.as_deref())?;
    let sources = sources_of(&args.records)?;
    let mut report = newsfacts_view::Report::new(args.top);
    let mut problems = 0usize;
    let mut complain = |line: String| {
        if problems < REPORT_PROBLEMS_SHOWN {
            say(&format!("newsfacts: {line}"));
        }
        problems += 1;
    };
    for source in sources {
        let (name, reader): (String, Box<dyn io::BufRead>) = match &source {
            Source::Stdin => ("-".into(), Box::new(io::BufReader::new(io::stdin().lock()))),
            Source::Path(path) => {
                let name = path.display().to_string();
                let file = match File::open(path) {
                    Ok(f) => f,
                    Err(e) => {
                        complain(format!("{name}: cannot read: {e}"));
                        continue;
                    }
                };
                let reader: Box<dyn io::BufRead> = if is_gzip_path(path) {
                    Box::new(io::BufReader::new(flate2::read::MultiGzDecoder::new(file)))
                } else {
                    Box::new(io::BufReader::with_capacity(1 << 16, file))
                };
                (name, reader)
            }
        };
        report.add_source(name.clone());
        let mut reader = reader;
        let mut buf = Vec::new();
        let mut line_no = 0u64;
        loop {
            buf.clear();
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => {
                    complain(format!("{name}:{}: cannot read: {e}", line_no + 1));
                    break;
                }
            }
            line_no += 1;
            let Ok(line) = std::str::from_utf8(&buf) else {
                complain(format!("{name}:{line_no}: not UTF-8"));
                continue;
            };
            if line.trim().is_empty() {
                continue;
            }
            if let Err(e) = report.add_line(line) {
                complain(format!("{name}:{line_no}: not a record: {e}"));
            }
        }
    }
    if problems > REPORT_PROBLEMS_SHOWN {
        say(&format!(
            "newsfacts: {} more problem(s) not shown",
            problems - REPORT_PROBLEMS_SHOWN
        ));
    }
    if report.records() == 0 {
        say("newsfacts: error: nothing to report: no record in the inputs given");
        return Ok(ExitCode::from(1));
    }
    let html = report.render(template.as_deref())?;
    let target = write_page(args.output.as_deref(), &html)?;
    if !args.quiet {
        say(&format!(
            "newsfacts: report of {} record(s) written to {target}",
            thousands(report.records())
        ));
    }
    Ok(if problems > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_with_units() {
        assert_eq!(parse_size("10M"), Ok(10 << 20));
        assert_eq!(parse_size("512k"), Ok(512 << 10));
        assert_eq!(parse_size("2GiB"), Ok(2 << 30));
        assert_eq!(parse_size("1500"), Ok(1500));
        assert!(parse_size("ten").is_err());
        assert!(parse_size("0").is_err());
        assert!(parse_size("5T").is_err());
        assert!(parse_size("99999999999999999999G").is_err());
    }

    #[test]
    fn groups_keep_the_order_and_share_a_batch_between_the_threads() {
        let item = |n: usize| -> Result<Item, ReadError> {
            Ok(Item {
                article: newsfacts_core::Article::new(format!("{n}"), "x".repeat(n)),
                file: "f".into(),
                line: 1,
                warnings: Vec::new(),
                page: None,
            })
        };
        let sizes = [10_000, 50, 30_000, 200_000, 5, 0, 70_000, 1_000];
        let batch = || -> Vec<_> {
            let mut b: Vec<_> = sizes.iter().map(|&n| item(n)).collect();
            b.insert(2, Err(ReadError::new("f", Some(3), "bad line")));
            b
        };
        let ids = |groups: &[Vec<Result<Item, ReadError>>]| -> Vec<String> {
            groups
                .iter()
                .flatten()
                .map(|i| i.as_ref().map_or("err".into(), |i| i.article.id.clone()))
                .collect()
        };
        let mut want: Vec<String> = sizes.iter().map(|n| n.to_string()).collect();
        want.insert(2, "err".into());
        for threads in [1, 2, 8] {
            let g = groups(batch(), threads);
            assert_eq!(ids(&g), want, "order kept with {threads} threads");
            assert!(g.iter().all(|g| !g.is_empty()));
            // A group closes once it holds its share of the text, so
            // only its last article can take it past the share.
            let share = (311_055 / (2 * threads)).min(GROUP_BYTES);
            for group in &g {
                let lens: Vec<usize> = group
                    .iter()
                    .map(|i| i.as_ref().map_or(0, |i| i.article.body.len()))
                    .collect();
                let before_last: usize = lens.iter().rev().skip(1).sum();
                assert!(before_last < share, "{lens:?} with {threads} threads");
            }
        }
        assert!(groups(batch(), 8).len() > groups(batch(), 1).len());
        assert!(groups(Vec::new(), 2).is_empty());
    }

    struct Twice;
    impl newsfacts_core::Analyzer for Twice {
        const NAME: &'static str = "twice";
        type Config = ();
        type Output = ();
        fn new(_: ()) -> Result<Self, newsfacts_core::Error> {
            Ok(Twice)
        }
        fn analyze(&self, _: &newsfacts_core::Document<'_>) -> Result<(), newsfacts_core::Error> {
            Ok(())
        }
    }

    #[test]
    fn a_duplicate_name_is_listed_twice_with_a_warning_naming_both_crates() {
        static A: newsfacts_core::Plugin =
            newsfacts_core::Plugin::of::<Twice>("first", "1.0.0").in_module("crate_one");
        static B: newsfacts_core::Plugin =
            newsfacts_core::Plugin::of::<Twice>("second", "2.0.0").in_module("crate_two::x");
        let registry = Registry::from_plugins(vec![&B, &A]).unwrap();
        let mut table = Vec::new();
        list_analyzers(&registry, false, &mut table).unwrap();
        let table = String::from_utf8(table).unwrap();
        let rows: Vec<_> = table.lines().skip(1).collect();
        assert_eq!(
            rows,
            [
                "twice  1.0.0    -         first",
                "twice  2.0.0    -         second"
            ]
        );
        let mut json = Vec::new();
        list_analyzers(&registry, true, &mut json).unwrap();
        let json: serde_json::Value = serde_json::from_slice(&json).unwrap();
        assert_eq!(json[1]["module"], "crate_two::x");
        assert_eq!(
            duplicate_warnings(&registry),
            [
                "newsfacts: warning: 2 analyzers are named `twice` (registered by `crate_one` and \
              `crate_two::x`): neither can be chosen until one is renamed or unlinked"
            ]
        );
        let err = Pipeline::build(&registry, &["twice"], &AnalyzerConfig::new())
            .err()
            .unwrap();
        assert!(
            cli_message(&err).contains("`crate_one` and `crate_two::x`"),
            "{err}"
        );
    }

    #[test]
    fn counts_and_rates_read_like_people_write_them() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1752), "1,752");
        assert_eq!(thousands(28_815_000), "28,815,000");
        assert_eq!(progress_message(0, 0, Duration::ZERO), "0 articles, 0 B");
        assert_eq!(
            progress_message(17_520, 2_500_000, Duration::from_secs(10)),
            "17,520 articles, 2.5 MB (1,752/s, 250 kB/s)"
        );
    }

    #[test]
    fn bytes_read_like_people_write_them() {
        assert_eq!(human_bytes(12.0), "12 B");
        assert_eq!(human_bytes(830_000.0), "830 kB");
        assert_eq!(human_bytes(1_250_000.0), "1.2 MB");
    }
}
