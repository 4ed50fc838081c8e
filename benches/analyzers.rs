//! Throughput of each bundled analyzer and of the whole pipeline, in bytes of
//! article text per second (criterion reports MB/s).
//!
//! Runs on the bundled sample corpus (`examples/articles.jsonl`), and on every
//! `*/articles.jsonl` of the shared corpora when they are present
//! (`NEWSFACTS_CORPUS`, default `../shared/corpus`).
//!
//! ```text
//! cargo bench --bench analyzers                 # everything
//! cargo bench --bench analyzers -- dates/       # the dates analyzer alone
//! ```

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsfacts::core::{Article, Document, Registry};
use newsfacts::io::{ReadOptions, Source};
use newsfacts::runner::Pipeline;

fn load(path: &Path) -> Vec<Article> {
    newsfacts::io::read(
        vec![Source::Path(path.to_path_buf())],
        ReadOptions::default(),
    )
    .filter_map(Result::ok)
    .map(|item| item.article)
    .collect()
}

fn corpora() -> Vec<(String, Vec<Article>)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut sets = vec![(
        "sample".to_string(),
        load(&root.join("examples/articles.jsonl")),
    )];
    let shared = std::env::var("NEWSFACTS_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root.join("../shared/corpus"));
    if let Ok(dirs) = std::fs::read_dir(&shared) {
        let mut all = Vec::new();
        let mut dirs: Vec<_> = dirs.filter_map(Result::ok).map(|d| d.path()).collect();
        dirs.sort();
        for dir in dirs {
            let file = dir.join("articles.jsonl");
            if file.exists() {
                all.extend(load(&file));
            }
        }
        if !all.is_empty() {
            sets.push(("shared".to_string(), all));
        }
    }
    if sets.len() == 1 {
        // Said, not silent: the figures in docs/performance.md are `shared`.
        eprintln!(
            "analyzers bench: no articles.jsonl under {} (set NEWSFACTS_CORPUS): \
             only the bundled `sample` cases run, no `shared` ones",
            shared.display()
        );
    }
    sets
}

fn bench(c: &mut Criterion) {
    let registry = Registry::global().expect("registry");
    assert_eq!(
        registry.names().collect::<Vec<_>>(),
        newsfacts::BUNDLED,
        "every bundled plugin is linked"
    );
    for (set, articles) in corpora() {
        let bytes: usize = articles.iter().map(|a| a.body.len()).sum();
        for name in newsfacts::BUNDLED {
            let plan = registry.plan(&[name]).expect("plan");
            let built: Vec<_> = plan
                .iter()
                .map(|p| (p.build)(None).expect("build"))
                .collect();
            let (deps, target) = built.split_at(built.len() - 1);
            // Requirements run outside the timed loop: only the analyzer itself is measured.
            let docs: Vec<Document<'_>> = articles
                .iter()
                .map(|a| {
                    let mut doc = Document::new(a);
                    for d in deps {
                        if let Ok(out) = d.analyze_dyn(&doc) {
                            doc.insert_output(d.name(), out);
                        }
                    }
                    doc
                })
                .collect();
            let mut group = c.benchmark_group(name);
            group.throughput(Throughput::Bytes(bytes as u64));
            group.sample_size(10);
            group.bench_function(&set, |b| {
                b.iter(|| {
                    for doc in &docs {
                        let _ = black_box(target[0].analyze_dyn(black_box(doc)));
                    }
                })
            });
            group.finish();
        }
        let pipeline =
            Pipeline::from_registry(&[] as &[&str], &Default::default()).expect("pipeline");
        let mut group = c.benchmark_group("pipeline");
        group.throughput(Throughput::Bytes(bytes as u64));
        group.sample_size(10);
        // As `newsfacts run -j 1` does it: groups of about 128 KiB of text,
        // each analysed analyzer by analyzer, each record written as its
        // JSON line.
        let mut groups: Vec<Vec<Article>> = vec![Vec::new()];
        let mut filled = 0;
        for a in &articles {
            if filled >= 128 * 1024 {
                groups.push(Vec::new());
                filled = 0;
            }
            filled += a.body.len();
            groups.last_mut().expect("one group").push(a.clone());
        }
        group.bench_function(&set, |b| {
            b.iter(|| {
                for g in &groups {
                    for record in pipeline.analyze_many(g.clone()) {
                        let mut line = Vec::new();
                        record.write_json(&mut line).expect("serializes");
                        black_box(line);
                    }
                }
            })
        });
        // One article at a time through every analyzer (what the runner did
        // before analyze_many), for comparison.
        group.bench_function(format!("{set}/article-by-article"), |b| {
            b.iter(|| {
                for a in &articles {
                    let record = pipeline.analyze(a.clone());
                    let mut line = Vec::new();
                    record.write_json(&mut line).expect("serializes");
                    black_box(line);
                }
            })
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
