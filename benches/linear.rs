//! Linear time on pathological text: each bundled analyzer on texts built to
//! provoke quadratic scans (one endless sentence, floods of quotation marks,
//! digits, speech cues, capitalised names, number words), at two sizes. The
//! time per byte must not grow with the size: compare the two `thrpt`
//! figures of each case.
//!
//! ```text
//! cargo bench --bench linear                 # all cases
//! cargo bench --bench linear -- quotes/      # one analyzer
//! ```

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use newsfacts::core::{Article, Document, Published, Registry};

/// `(name, unit)`: the text is `unit` repeated to the wanted size.
const CASES: [(&str, &str); 10] = [
    ("one-sentence", "word "),
    ("quote-marks", "\""),
    ("paired-quotes", "\"a\" "),
    ("digits", "7"),
    ("said", "X said. "),
    ("names-said", "President Joe Biden said "),
    ("said-that", "He said that "),
    ("number-words", "twenty one thousand killed "),
    // one casualty figure and one victim after another (each was checked
    // against every earlier one: 4 MB took 21 times as long as 1 MB)
    ("figures", "12 people were killed. "),
    ("control", "\u{1}\u{2}\t\u{7}"),
];

const SIZES: [usize; 2] = [16 * 1024, 64 * 1024];

fn bench(c: &mut Criterion) {
    let registry = Registry::global().expect("registry");
    let day = Published::ymd(2022, 1, 21).expect("date");
    for name in newsfacts::BUNDLED {
        let plan = registry.plan(&[name]).expect("plan");
        let built: Vec<_> = plan
            .iter()
            .map(|p| (p.build)(None).expect("build"))
            .collect();
        let mut group = c.benchmark_group(name);
        group.sample_size(10);
        for (case, unit) in CASES {
            for size in SIZES {
                let text = unit.repeat(size / unit.len());
                let article = Article::new(case, text).published(day);
                group.throughput(Throughput::Bytes(article.body.len() as u64));
                group.bench_with_input(BenchmarkId::new(case, size), &article, |b, article| {
                    b.iter(|| {
                        let mut doc = Document::new(article);
                        for a in &built {
                            if let Ok(out) = a.analyze_dyn(black_box(&doc)) {
                                doc.insert_output(a.name(), out);
                            }
                        }
                        black_box(doc.into_outputs().len())
                    })
                });
            }
        }
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
