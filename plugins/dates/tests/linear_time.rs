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

fn best_time(dates: &Dates, body: &str) -> Duration {
    let article = Article::new("t", body).published(Published::ymd(2024, 5, 15).unwrap());
    let doc = Document::new(&article);
    (0..5)
        .map(|_| {
            let start = Instant::now();
            let found = dates.analyze(&doc).unwrap();
            std::hint::black_box(found);
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
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
            let t1 = best_time(&dates, &small).max(Duration::from_micros(50));
            let t4 = best_time(&dates, &large);
            let ratio = t4.as_secs_f64() / t1.as_secs_f64();
            assert!(
                ratio < 10.0,
                "{anchor:?} {unit:?}: {t1:?} for {} bytes, {t4:?} for {} bytes (x{ratio:.1})",
                small.len(),
                large.len()
            );
        }
    }
}
