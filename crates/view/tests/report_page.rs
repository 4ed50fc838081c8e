//! The report: its charts against committed snapshots (a fixed input gives
//! the same SVG, byte for byte), and its page read back by an HTML parser —
//! each chart has one mark per row of the CSV it offers, nothing is loaded
//! from anywhere.
//!
//! The snapshots are `tests/snapshots/*.svg`. After a deliberate change to
//! the charts, look at the new ones (each failure writes `<name>.new.svg`
//! beside the snapshot), then accept them all with
//!
//! ```text
//! UPDATE_SNAPSHOTS=1 cargo test -p newsfacts-view --test report_page
//! ```

mod common;

use std::path::PathBuf;

use chrono::NaiveDate;
use common::{check_nothing_remote, parse, sel};
use newsfacts_view::Report;
use newsfacts_view::chart::{self, Bar, DayTolls};
use newsfacts_view::csv::decode_data_url;
use serde_json::{Value, json};

/// Compares `actual` with the committed snapshot `name`, or writes it when
/// `UPDATE_SNAPSHOTS` is set.
fn snapshot(name: &str, actual: &str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let path = dir.join(format!("{name}.svg"));
    let fresh = dir.join(format!("{name}.new.svg"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(&path, actual).unwrap();
        let _ = std::fs::remove_file(&fresh);
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected != actual {
        std::fs::write(&fresh, actual).unwrap();
        panic!(
            "chart `{name}` differs from {}; the new one is {}. If the change is meant, accept it: \
             UPDATE_SNAPSHOTS=1 cargo test -p newsfacts-view --test report_page",
            path.display(),
            fresh.display()
        );
    }
    let _ = std::fs::remove_file(&fresh);
}

/// A fixed little corpus, written for these tests: tolls restated over
/// days, quotes, dates of several kinds, an input error.
fn fixed_records() -> Vec<Value> {
    let fig = |kind: &str, n: u64| json!({"start": 0, "end": 1, "kind": kind, "count": n});
    let q = |s: &str| json!({"start": 0, "end": 1, "kind": "direct", "speaker": s});
    let d = |v: &str, t: &str| json!({"start": 0, "end": 1, "type": t, "value": v});
    let rec =
        |id: &str, published: &str, figures: Vec<Value>, quotes: Vec<Value>, dates: Vec<Value>| {
            let mut totals =
                json!({"killed": null, "injured": null, "missing": null, "displaced": null});
            for f in &figures {
                let k = f["kind"].as_str().unwrap();
                let n = f["count"].as_u64().unwrap();
                if totals[k].as_u64().is_none_or(|m| n > m) {
                    totals[k] = n.into();
                }
            }
            json!({"id": id, "published": published, "offsets": "chars", "dates": dates,
            "casualties": {"figures": figures, "totals": totals}, "quotes": quotes, "errors": []})
        };
    vec![
        rec(
            "quake-1",
            "2023-02-06",
            vec![fig("killed", 1200), fig("injured", 3400)],
            vec![q("Lena Ortiz"), q("Lena Ortiz")],
            vec![d("2023-02-06", "DATE"), d("PT4H", "DURATION")],
        ),
        rec(
            "quake-2",
            "2023-02-07",
            vec![
                fig("killed", 1200),
                fig("killed", 4300),
                fig("injured", 9000),
            ],
            vec![q("Lena Ortiz"), q("Omar Haddad")],
            vec![d("2023-02-06", "DATE"), d("2023-W06", "DATE")],
        ),
        rec(
            "quake-3",
            "2023-02-07",
            vec![fig("killed", 3900), fig("missing", 40)],
            vec![q("Omar Haddad")],
            vec![d("2023-02-07T09:00", "TIME"), d("2023", "DATE")],
        ),
        rec(
            "flood-1",
            "2023-04-18",
            vec![fig("killed", 3), fig("displaced", 12_000)],
            vec![
                q("Lena Ortiz"),
                json!({"start": 0, "end": 1, "kind": "reported", "speaker": null}),
            ],
            vec![
                d("2023-04-16", "DATE"),
                d("2023-03", "DATE"),
                d("PRESENT_REF", "DATE"),
            ],
        ),
        rec(
            "vote-1",
            "2023-05-02",
            vec![],
            vec![q("Ada Brook")],
            vec![d("2023-06", "DATE")],
        ),
        json!({"id": null, "errors": [{"stage": "input", "file": "in.jsonl", "line": 9, "message": "invalid JSON"}]}),
    ]
}

fn fixed_report() -> Report {
    let mut r = Report::new(5);
    for rec in fixed_records() {
        r.add(&rec);
    }
    r
}

#[test]
fn the_report_charts_match_their_snapshots() {
    let report = fixed_report();
    let charts = report.charts();
    let keys: Vec<_> = charts.iter().map(|c| c.key).collect();
    assert_eq!(keys, ["casualties", "speakers", "dates", "articles"]);
    for c in &charts {
        snapshot(&format!("report-{}", c.key), &c.svg);
    }
    // What they draw: on 2023-02-07 the largest toll of one article (4,300), not 4,300 + 3,900.
    let csv = charts[0].data.to_csv();
    assert!(
        csv.contains(
            "2023-02-07,killed,4300,2\r\n2023-02-07,injured,9000,1\r\n2023-02-07,missing,40,1\r\n"
        ),
        "{csv}"
    );
    assert_eq!(charts[1].data.rows[0], ["Lena Ortiz", "4"]);
    // Months from February (the W06 week counts there) to June, zeros included.
    let months: Vec<_> = charts[2]
        .data
        .rows
        .iter()
        .map(|r| (r[0].as_str(), r[1].as_str()))
        .collect();
    assert_eq!(
        months,
        [
            ("2023-02", "4"),
            ("2023-03", "1"),
            ("2023-04", "1"),
            ("2023-05", "0"),
            ("2023-06", "1")
        ]
    );
}

#[test]
fn the_chart_kinds_match_their_snapshots_on_edge_cases() {
    snapshot("histogram-empty", &chart::histogram(&[], "nothing"));
    // 45 months: a label every fourth bar, the last one kept inside the chart.
    let months: Vec<Bar> = (0..45u64)
        .map(|i| Bar::new(format!("{}-{:02}", 2022 + i / 12, i % 12 + 1), (i * 7) % 11))
        .collect();
    let svg = chart::histogram(&months, "months");
    assert!(
        svg.contains("text-anchor=\"end\" class=\"tick\">2025-09</text>"),
        "{svg}"
    );
    snapshot("histogram-months", &svg);
    snapshot(
        "hbars-long-labels",
        &chart::hbars(
            &[
                Bar::new("a speaker with a name far longer than the label column", 12),
                Bar::new("<b>&</b>", 0),
            ],
            "long",
        ),
    );
    let day = NaiveDate::from_ymd_opt(2024, 2, 29).unwrap();
    snapshot(
        "tolls-one-day",
        &chart::tolls(
            &[DayTolls {
                day,
                max: [Some(0), None, Some(1), None],
            }],
            "one day",
        ),
    );
    snapshot("tolls-empty", &chart::tolls(&[], "none"));
}

#[test]
fn each_chart_has_one_mark_per_row_of_its_csv() {
    let html = fixed_report().render(None).unwrap();
    check_nothing_remote(&html);
    let doc = parse(&html);
    let figures: Vec<_> = doc.select(&sel("figure")).collect();
    assert_eq!(figures.len(), 4);
    for fig in figures {
        let svg = fig.select(&sel("svg.chart")).next().expect("an svg chart");
        let n: usize = svg.value().attr("data-n").unwrap().parse().unwrap();
        assert_eq!(svg.select(&sel(".mark")).count(), n);
        let link = fig
            .select(&sel("a.csv[download]"))
            .next()
            .expect("a CSV link");
        let csv = decode_data_url(link.value().attr("href").unwrap()).expect("a data: URL");
        assert_eq!(csv.lines().count() - 1, n, "{csv}");
    }
    let caption: String = doc
        .select(&sel("#casualties figcaption"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert!(
        caption.contains("the largest toll reported by a single article"),
        "{caption}"
    );
    assert!(caption.contains("never added up"), "{caption}");
}

#[test]
fn counts_and_errors_are_on_the_page() {
    let html = fixed_report().render(None).unwrap();
    let doc = parse(&html);
    let rows: Vec<Vec<String>> = doc
        .select(&sel("#analyzers tbody tr"))
        .map(|tr| {
            tr.select(&sel("td"))
                .map(|td| td.text().collect())
                .collect()
        })
        .collect();
    assert_eq!(
        rows,
        [
            ["casualties", "5", "4", "9"],
            ["dates", "5", "5", "10"],
            ["quotes", "5", "5", "8"],
        ]
    );
    let errors: String = doc
        .select(&sel("#errors tbody"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert_eq!(errors, "input—1");
}

#[test]
fn a_users_template_gets_the_charts_and_tables() {
    let out = fixed_report()
        .render(Some(
            "{{ summary.records }} {% for c in charts %}{{ c.key }}={{ c.table.rows|length }} {% endfor %}{{ analyzers.rows[0][0] }}",
        ))
        .unwrap();
    assert_eq!(
        out,
        "6 casualties=7 speakers=3 dates=5 articles=5 casualties"
    );
}
