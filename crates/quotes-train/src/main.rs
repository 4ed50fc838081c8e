//! `newsfacts-quotes-train`: cross-validates the quotes analyzer and trains
//! its speaker ranker (see the library documentation and `docs/accuracy.md`).

#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::process::ExitCode;

use newsfacts_quotes_train::{self as qt, corpus::TempDir};

const USAGE: &str = "usage:
  newsfacts-quotes-train cv [--gold DIR]... [--folds K] [--epochs N] [--json] [--baseline FILE] [--keep-stripped] [--broad]
  newsfacts-quotes-train explain < TEXT     (each quote's alternative speakers, scored)
  newsfacts-quotes-train rules [--gold DIR]... [--folds K] [--epochs N]
  newsfacts-quotes-train train [--gold DIR]... [--epochs N] [--out FILE] [--check]

--gold DIR   a quote corpus folder (articles.jsonl + quotes.jsonl); default
             polnear-train and polnear-dev under $NEWSFACTS_CORPUS or ../shared/corpus
--folds K    folds of the cross-validation (default 5; newsfacts_eval::fold_of)
--epochs N   perceptron epochs (default 10)
--out FILE   where train writes the ranker's weights (default plugins/quotes/src/weights.rs;
             the gate's go beside it, gate_weights.rs, or FILE.gate for another name;
             the reach model's reach_weights.rs, or FILE.reach)
--check      train compares instead of writing: exit 1 if FILE is not up to date
--baseline FILE  cv prints each fold's difference from an earlier `cv --json` output
--broad          cv runs the analyzer with `broad` on: weak attributions through a gate
                 trained on the other folds (default: the analyzer's default configuration)";

struct Args {
    command: String,
    gold: Vec<PathBuf>,
    folds: usize,
    epochs: usize,
    json: bool,
    keep: bool,
    out: PathBuf,
    check: bool,
    baseline: Option<PathBuf>,
    broad: bool,
}

fn parse() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let command = it.next().ok_or("no command")?;
    let mut a = Args {
        command,
        gold: Vec::new(),
        folds: 5,
        epochs: qt::EPOCHS,
        json: false,
        keep: false,
        out: qt::weights_path(),
        check: false,
        baseline: None,
        broad: false,
    };
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--gold" => a.gold.push(PathBuf::from(value("--gold")?)),
            "--folds" => {
                a.folds = value("--folds")?
                    .parse()
                    .map_err(|_| "--folds takes a number")?;
            }
            "--epochs" => {
                a.epochs = value("--epochs")?
                    .parse()
                    .map_err(|_| "--epochs takes a number")?;
            }
            "--out" => a.out = PathBuf::from(value("--out")?),
            "--json" => a.json = true,
            "--keep-stripped" => a.keep = true,
            "--check" => a.check = true,
            "--broad" => a.broad = true,
            "--baseline" => a.baseline = Some(PathBuf::from(value("--baseline")?)),
            _ => return Err(format!("unknown argument `{arg}`")),
        }
    }
    if a.gold.is_empty() {
        let root = qt::corpus_root();
        a.gold = vec![root.join("polnear-train"), root.join("polnear-dev")];
    }
    if a.folds < 2 {
        return Err("--folds must be at least 2".into());
    }
    Ok(a)
}

fn run(a: &Args) -> Result<ExitCode, qt::Error> {
    match a.command.as_str() {
        "cv" => {
            let mut tmp = TempDir::new("newsfacts-quotes-cv")?;
            let corpora = qt::read_corpora(&a.gold, &tmp.path)?;
            let articles = corpora.text.articles.len();
            let dirs = corpora.dirs.join(" + ");
            if a.keep {
                tmp.keep();
                eprintln!("stripped copies kept in {}", tmp.path.display());
            }
            let copies = qt::analyze(corpora)?;
            let off = qt::disagreements(&copies);
            if off > 0 {
                return Err(qt::Error::Data(format!(
                    "{off} quotes: the analyzer's speaker is not the shipped weights' choice"
                )));
            }
            let rows = qt::cv::cross_validate(&copies, a.folds, a.epochs, a.broad)?;
            if let Some(path) = &a.baseline {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| qt::Error::Io(format!("{}: {e}", path.display())))?;
                let baseline: serde_json::Value = serde_json::from_str(&text)
                    .map_err(|e| qt::Error::Data(format!("{}: {e}", path.display())))?;
                print!("{}", qt::cv::compare(&rows, &baseline));
            } else if a.json {
                println!("{}", qt::cv::to_json(&rows));
            } else {
                println!(
                    "{}-fold cross-validation over {dirs} ({articles} articles, and their stripped copies); \
                     folds by newsfacts_eval::fold_of(id, {}); ranker: {} epochs, trained on the other folds",
                    a.folds, a.folds, a.epochs
                );
                print!("{}", qt::cv::render(&rows));
            }
            Ok(ExitCode::SUCCESS)
        }
        "explain" => {
            let mut text = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
                .map_err(|e| qt::Error::Io(format!("stdin: {e}")))?;
            print!("{}", qt::explain(&text)?);
            Ok(ExitCode::SUCCESS)
        }
        "rules" => {
            let tmp = TempDir::new("newsfacts-quotes-cv")?;
            let corpora = qt::read_corpora(&a.gold, &tmp.path)?;
            let copies = qt::analyze(corpora)?;
            print!("{}", qt::cv::by_rule(&copies, a.folds, a.epochs));
            Ok(ExitCode::SUCCESS)
        }
        "train" => {
            let src = qt::generate(&a.gold, a.epochs)?;
            let gate_out = qt::gate_path(&a.out);
            let reach_out = qt::reach_path(&a.out);
            let files = [
                (&a.out, &src.ranker),
                (&gate_out, &src.gate),
                (&reach_out, &src.reach),
            ];
            if a.check {
                let mut ok = true;
                for (path, text) in files {
                    let now = std::fs::read_to_string(path).unwrap_or_default();
                    if &now == text {
                        eprintln!("{} is up to date", path.display());
                    } else {
                        eprintln!(
                            "{} is not what training writes: run `cargo run --release -p newsfacts-quotes-train -- train`",
                            path.display()
                        );
                        ok = false;
                    }
                }
                Ok(if ok {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::FAILURE
                })
            } else {
                for (path, text) in files {
                    std::fs::write(path, text)
                        .map_err(|e| qt::Error::Io(format!("{}: {e}", path.display())))?;
                    eprintln!("wrote {}", path.display());
                }
                Ok(ExitCode::SUCCESS)
            }
        }
        _ => Err(qt::Error::Data(format!("unknown command\n{USAGE}"))),
    }
}

fn main() -> ExitCode {
    let args = match parse() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
