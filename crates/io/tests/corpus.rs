//! Reads the shared corpora, when present: every `articles.jsonl` must read
//! as it is, one article per line, and the sample's dateline file must give
//! the same article as its JSON Lines twin.
//!
//! The corpus lives outside the repository (`../shared/corpus`, or
//! `NEWSFACTS_CORPUS`), so these tests are `#[ignore]`d: `.ci/run` runs them
//! with `--include-ignored`, where a missing corpus fails them.

use std::path::PathBuf;

use newsfacts_io::{ReadOptions, Source, read};

fn corpus() -> PathBuf {
    let dir = std::env::var_os("NEWSFACTS_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus")
        });
    assert!(
        dir.is_dir(),
        "no shared corpus at {} (set NEWSFACTS_CORPUS)",
        dir.display()
    );
    dir
}

#[test]
#[ignore = "needs the shared corpus (NEWSFACTS_CORPUS or ../shared/corpus)"]
fn every_corpus_jsonl_reads_one_article_per_line() {
    let dir = corpus();
    let mut sets: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path().join("articles.jsonl")))
        .filter(|p| p.is_file())
        .collect();
    sets.sort();
    assert!(
        !sets.is_empty(),
        "no articles.jsonl under {}",
        dir.display()
    );
    for path in sets {
        let lines = std::fs::read_to_string(&path)
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .count();
        let mut ids = std::collections::HashSet::new();
        let mut count = 0;
        for item in read(vec![Source::Path(path.clone())], ReadOptions::default()) {
            let item = item.unwrap_or_else(|e| panic!("{e}"));
            assert!(
                item.warnings.is_empty(),
                "{}:{}: {:?}",
                item.file,
                item.line,
                item.warnings
            );
            assert!(!item.article.body.is_empty());
            assert!(
                ids.insert(item.article.id),
                "duplicate id in {}",
                path.display()
            );
            count += 1;
        }
        assert_eq!(count, lines, "{}", path.display());
    }
}

#[test]
#[ignore = "needs the shared corpus (NEWSFACTS_CORPUS or ../shared/corpus)"]
fn the_sample_dateline_file_equals_its_jsonl_twin() {
    let dir = corpus();
    let (txt, jsonl) = (
        dir.join("sample/sample-article.txt"),
        dir.join("sample/articles.jsonl"),
    );
    let from_txt: Vec<_> = read(vec![Source::Path(txt)], ReadOptions::default()).collect();
    let from_jsonl: Vec<_> = read(vec![Source::Path(jsonl)], ReadOptions::default()).collect();
    assert_eq!((from_txt.len(), from_jsonl.len()), (1, 1));
    let a = &from_txt[0]
        .as_ref()
        .unwrap_or_else(|e| panic!("{e}"))
        .article;
    let b = &from_jsonl[0]
        .as_ref()
        .unwrap_or_else(|e| panic!("{e}"))
        .article;
    assert_eq!(
        (&a.title, &a.published, &a.url, &a.body),
        (&b.title, &b.published, &b.url, &b.body)
    );
}
