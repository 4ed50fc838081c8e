//! The dates analyzer runs in linear time: four times the text costs about
//! four times the work, never sixteen (issue 11). Times the analyzer on
//! texts built to provoke long scans (one endless line of date words, with
//! and without sentence ends, parentheses never closed, numbers joined by
//! dashes), taking the best of a few runs so that a busy machine cannot
//! fail it, and allows a generous ratio: linear work gives about 4,
//! quadratic work 16. The texts are small enough (8 and 32 KiB) to stay in
//! the processor's caches, whose misses would blur the ratio.

use std::time::{Duration, Instant};

use newsfacts_core::{Analyzer, Article, Document, Published};
use newsfacts_dates::{Anchor, Dates, DatesConfig};

/// Texts made of `unit` repeated.
const UNITS: &[&str] = &[
    "on Monday June 14-16 2018-2019 twice a day until then the same day ",
    "( since 450 BC the 4th century BC at 14:30 UTC 2:58:41 ",
    "days before weeks after minutes later in the day , ",
    "1996-98-2000-2001-2002 ",
    "In 1942 the army retreated. In July the following spring it attacked. ",
    "7 ",
];

/// The best of five interleaved timings of the analyzer on `small` and on
/// `large`: a burst of load on a shared machine hits both sides alike.
fn best_times(dates: &Dates, small: &str, large: &str) -> (Duration, Duration) {
    let day = Published::ymd(2024, 5, 15).unwrap();
    let (a, b) = (
        Article::new("s", small).published(day),
        Article::new("l", large).published(day),
    );
    let (da, db) = (Document::new(&a), Document::new(&b));
    let mut best = [Duration::MAX; 2];
    for _ in 0..5 {
        for (k, doc) in [&da, &db].into_iter().enumerate() {
            let start = Instant::now();
            std::hint::black_box(dates.analyze(doc).unwrap());
            best[k] = best[k].min(start.elapsed());
        }
    }
    (best[0], best[1])
}

#[test]
fn four_times_the_text_costs_about_four_times_the_time() {
    for anchor in [Anchor::Published, Anchor::Narrative] {
        let dates = Dates::new(DatesConfig {
            anchor,
            ..DatesConfig::default()
        })
        .unwrap();
        for unit in UNITS {
            let n = 8 * 1024;
            let small = unit.repeat(n / unit.len() + 1);
            let large = unit.repeat(4 * (n / unit.len() + 1));
            // A ratio over the bound is measured again, twice: load on a
            // shared CI machine can spoil one measurement, while quadratic
            // work (x16) fails all three.
            let mut seen = Vec::new();
            let passed = (0..3).any(|_| {
                let (t1, t4) = best_times(&dates, &small, &large);
                let ratio = t4.as_secs_f64() / t1.max(Duration::from_micros(50)).as_secs_f64();
                seen.push(format!("{t1:?} -> {t4:?} (x{ratio:.1})"));
                ratio < 10.0
            });
            assert!(
                passed,
                "{anchor:?} {unit:?}, {} then {} bytes: {}",
                small.len(),
                large.len(),
                seen.join("; ")
            );
        }
    }
}
