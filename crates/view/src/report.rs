//! The corpus report: one streaming pass over records, then one page.
//!
//! [`Report::add`] takes one record (the JSON that `newsfacts run` writes) at
//! a time and keeps only tallies, so memory grows with the number of
//! publication days, months and speakers, never with the number of records:
//!
//! * counts per analyzer (articles it ran on, articles with findings,
//!   findings) and errors by stage and analyzer;
//! * casualties over time: per publication day and kind, the **largest** toll
//!   that one article of that day reports. Reports restate cumulative tolls
//!   (a toll of 14 on Monday is the same dead as a toll of 17 on Tuesday), so
//!   tolls are never added up: an article's toll of a kind is its largest
//!   figure (its `totals`), and a day's is the largest of its articles';
//! * the most-quoted speakers (resolved names) and their quote counts;
//! * dated expressions by the month they refer to;
//! * the articles with the most findings (a bounded heap).
//!
//! ```
//! let mut report = newsfacts_view::Report::new(10);
//! report.add_line(r#"{"id":"a1","published":"2024-03-04","offsets":"chars",
//!   "dates":[{"text":"Monday","start":0,"end":6,"type":"DATE","value":"2024-03-04"}],
//!   "errors":[]}"#).unwrap();
//! assert_eq!(report.records(), 1);
//! let page = report.render(None).unwrap();
//! assert!(page.contains("<svg"));
//! ```

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashMap};

use chrono::{Datelike, NaiveDate, Weekday};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::Error;
use crate::chart::{self, Bar, DayTolls, KINDS};
use crate::csv::Table;
use crate::findings::thousands;
use crate::page::{self, ChartCtx};

/// Record keys that are never analyzer outputs.
const RESERVED: [&str; 7] = [
    "id",
    "title",
    "published",
    "url",
    "offsets",
    "errors",
    "text",
];

/// Tallies of one analyzer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct AnalyzerTally {
    /// Articles whose record has this analyzer's output.
    pub articles: u64,
    /// Of those, articles with at least one finding.
    pub with_findings: u64,
    /// Findings in all.
    pub findings: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Top {
    total: u64,
    seq: u64,
    id: String,
    published: String,
    counts: Vec<(String, u64)>,
}

impl Ord for Top {
    /// More findings first; among equals, the earlier record first.
    fn cmp(&self, other: &Top) -> std::cmp::Ordering {
        (self.total, Reverse(self.seq)).cmp(&(other.total, Reverse(other.seq)))
    }
}

impl PartialOrd for Top {
    fn partial_cmp(&self, other: &Top) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// The tolls of one publication day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Day {
    /// Largest toll of one article, per kind.
    max: [Option<u64>; 4],
    /// Articles that give a toll of the kind.
    reporting: [u64; 4],
    /// Articles with any toll.
    articles: u64,
}

/// The streaming tallies behind the report page (see the module docs).
#[derive(Clone, Debug)]
pub struct Report {
    top_n: usize,
    records: u64,
    articles: u64,
    with_errors: u64,
    unreadable: u64,
    /// In the order first seen (the run's plan order).
    analyzers: Vec<(String, AnalyzerTally)>,
    errors: BTreeMap<(String, String), u64>,
    days: BTreeMap<NaiveDate, Day>,
    tolls_undated: u64,
    speakers: HashMap<String, u64>,
    quotes: u64,
    unattributed: u64,
    months: BTreeMap<(i32, u32), u64>,
    dated: u64,
    top: BinaryHeap<Reverse<Top>>,
    first_published: Option<NaiveDate>,
    last_published: Option<NaiveDate>,
    sources: Vec<String>,
}

impl Report {
    /// An empty report that will list the `top` most-quoted speakers and the
    /// `top` articles with the most findings.
    pub fn new(top: usize) -> Report {
        Report {
            top_n: top.max(1),
            records: 0,
            articles: 0,
            with_errors: 0,
            unreadable: 0,
            analyzers: Vec::new(),
            errors: BTreeMap::new(),
            days: BTreeMap::new(),
            tolls_undated: 0,
            speakers: HashMap::new(),
            quotes: 0,
            unattributed: 0,
            months: BTreeMap::new(),
            dated: 0,
            top: BinaryHeap::new(),
            first_published: None,
            last_published: None,
            sources: Vec::new(),
        }
    }

    /// Records added so far.
    pub fn records(&self) -> u64 {
        self.records
    }

    /// How many entries the tallies hold: publication days, months,
    /// speakers, analyzers, error kinds and the top articles. This is what
    /// the report's memory grows with; the number of records is not.
    pub fn entries(&self) -> usize {
        self.days.len()
            + self.months.len()
            + self.speakers.len()
            + self.analyzers.len()
            + self.errors.len()
            + self.top.len()
    }

    /// Names an input, listed on the page.
    pub fn add_source(&mut self, name: impl Into<String>) {
        self.sources.push(name.into());
    }

    /// Adds one JSON line; a line that is not a JSON object is counted as
    /// unreadable (shown on the page) and returned as an error.
    pub fn add_line(&mut self, line: &str) -> Result<(), serde_json::Error> {
        match serde_json::from_str::<Value>(line) {
            Ok(v @ Value::Object(_)) => {
                self.add(&v);
                Ok(())
            }
            Ok(_) => {
                self.unreadable += 1;
                Err(serde::de::Error::custom("not a JSON object"))
            }
            Err(e) => {
                self.unreadable += 1;
                Err(e)
            }
        }
    }

    /// Adds one record.
    pub fn add(&mut self, record: &Value) {
        let Some(obj) = record.as_object() else {
            self.unreadable += 1;
            return;
        };
        self.records += 1;
        let seq = self.records;
        let errors = obj.get("errors").and_then(Value::as_array);
        if errors.is_some_and(|e| !e.is_empty()) {
            self.with_errors += 1;
        }
        for e in errors.into_iter().flatten() {
            let field = |k| e.get(k).and_then(Value::as_str).unwrap_or("").to_string();
            *self
                .errors
                .entry((field("stage"), field("analyzer")))
                .or_default() += 1;
        }
        // An input error record (no article) has no `offsets`.
        if !obj.contains_key("offsets") {
            return;
        }
        self.articles += 1;
        let published = obj
            .get("published")
            .and_then(Value::as_str)
            .and_then(|s| s.get(..10))
            .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
        if let Some(d) = published {
            self.first_published = Some(self.first_published.map_or(d, |f| f.min(d)));
            self.last_published = Some(self.last_published.map_or(d, |l| l.max(d)));
        }
        let mut counts = Vec::new();
        for (key, value) in obj {
            if RESERVED.contains(&key.as_str()) {
                continue;
            }
            let Some(n) = findings_in(value) else {
                continue;
            };
            let tally = match self.analyzers.iter().position(|(k, _)| k == key) {
                Some(i) => &mut self.analyzers[i].1,
                None => {
                    self.analyzers.push((key.clone(), AnalyzerTally::default()));
                    let last = self.analyzers.len() - 1;
                    &mut self.analyzers[last].1
                }
            };
            tally.articles += 1;
            tally.findings += n;
            tally.with_findings += u64::from(n > 0);
            counts.push((key.clone(), n));
        }
        if let Some(dates) = obj.get("dates").and_then(Value::as_array) {
            self.add_dates(dates);
        }
        if let Some(quotes) = obj.get("quotes").and_then(Value::as_array) {
            self.add_quotes(quotes);
        }
        if let Some(c) = obj.get("casualties").and_then(Value::as_object) {
            self.add_tolls(c, published);
        }
        let total = counts.iter().map(|c| c.1).sum();
        let entry = Top {
            total,
            seq,
            id: obj
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
            published: published.map(|d| d.to_string()).unwrap_or_default(),
            counts,
        };
        if self.top.len() < self.top_n {
            self.top.push(Reverse(entry));
        } else if self.top.peek().is_some_and(|Reverse(min)| entry > *min) {
            self.top.pop();
            self.top.push(Reverse(entry));
        }
    }

    fn add_dates(&mut self, dates: &[Value]) {
        for d in dates {
            let ty = d.get("type").and_then(Value::as_str).unwrap_or("");
            if ty != "DATE" && ty != "TIME" {
                continue;
            }
            self.dated += 1;
            if let Some(m) = d.get("value").and_then(Value::as_str).and_then(month_of) {
                *self.months.entry(m).or_default() += 1;
            }
        }
    }

    fn add_quotes(&mut self, quotes: &[Value]) {
        for q in quotes {
            self.quotes += 1;
            match q.get("speaker").and_then(Value::as_str).map(str::trim) {
                Some(s) if !s.is_empty() => *self.speakers.entry(s.to_string()).or_default() += 1,
                _ => self.unattributed += 1,
            }
        }
    }

    fn add_tolls(&mut self, c: &Map<String, Value>, published: Option<NaiveDate>) {
        // The article's toll of each kind: its `totals` (the largest figure
        // of the kind), else the largest figure's count.
        let mut max: [Option<u64>; 4] = [None; 4];
        let totals = c.get("totals").and_then(Value::as_object);
        for (k, kind) in KINDS.iter().enumerate() {
            max[k] = totals.and_then(|t| t.get(*kind)).and_then(Value::as_u64);
        }
        if totals.is_none() {
            for f in c
                .get("figures")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let kind = f.get("kind").and_then(Value::as_str).unwrap_or("");
                let count = f.get("count").and_then(Value::as_u64);
                if let (Some(k), Some(n)) = (KINDS.iter().position(|x| *x == kind), count) {
                    max[k] = Some(max[k].map_or(n, |m| m.max(n)));
                }
            }
        }
        if max.iter().all(Option::is_none) {
            return;
        }
        let Some(day) = published else {
            self.tolls_undated += 1;
            return;
        };
        let entry = self.days.entry(day).or_default();
        entry.articles += 1;
        for (k, article_max) in max.into_iter().enumerate() {
            if let Some(n) = article_max {
                entry.max[k] = Some(entry.max[k].map_or(n, |m| m.max(n)));
                entry.reporting[k] += 1;
            }
        }
    }

    /// The speakers by quote count, most first (ties by name), at most `top`.
    fn top_speakers(&self) -> Vec<(&str, u64)> {
        let mut v: Vec<(&str, u64)> = self
            .speakers
            .iter()
            .map(|(k, v)| (k.as_str(), *v))
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v.truncate(self.top_n);
        v
    }

    fn top_articles(&self) -> Vec<&Top> {
        let mut v: Vec<&Top> = self.top.iter().map(|Reverse(t)| t).collect();
        v.sort_by(|a, b| b.cmp(a));
        v
    }

    /// The charts of the page, each with its data (see [`Chart`]).
    pub fn charts(&self) -> Vec<Chart> {
        let mut charts = Vec::new();

        // Casualties over time.
        // One row per stem: a day and a kind.
        let mut table = Table::new(&["day", "kind", "largest_toll", "articles"]);
        let mut days = Vec::new();
        for (day, d) in &self.days {
            for (k, kind) in KINDS.iter().enumerate() {
                if let Some(n) = d.max[k] {
                    table.push(vec![
                        day.to_string(),
                        kind.to_string(),
                        n.to_string(),
                        d.reporting[k].to_string(),
                    ]);
                }
            }
            days.push(DayTolls {
                day: *day,
                max: d.max,
            });
        }
        let articles: u64 = self.days.values().map(|d| d.articles).sum();
        let mut caption = format!(
            "Per publication day and kind, the largest toll reported by a single article that day \
             ({} articles with figures on {} days). Each article counts with its largest figure of a \
             kind, and a day with the largest of its articles: reports restate cumulative tolls, so \
             tolls are never added up, neither within an article nor across articles. Counts on a \
             logarithmic scale.",
            thousands(articles),
            thousands(self.days.len() as u64)
        );
        if self.tolls_undated > 0 {
            caption.push_str(&format!(
                " {} articles with figures have no publication date and are not shown.",
                thousands(self.tolls_undated)
            ));
        }
        charts.push(Chart::new(
            "casualties",
            "Casualties over time",
            caption,
            chart::tolls(&days, "largest casualty toll per publication day"),
            table,
        ));

        // Speakers.
        let speakers = self.top_speakers();
        let mut table = Table::new(&["speaker", "quotes"]);
        for (s, n) in &speakers {
            table.push(vec![s.to_string(), n.to_string()]);
        }
        let bars: Vec<Bar> = speakers.iter().map(|(s, n)| Bar::new(*s, *n)).collect();
        charts.push(Chart::new(
            "speakers",
            "Most-quoted speakers",
            format!(
                "The {} speakers quoted most often, by resolved name (“Biden” and “Joe Biden” \
                 count as one), of {} speakers in {} quotes; {} quotes have no resolved speaker.",
                speakers.len(),
                thousands(self.speakers.len() as u64),
                thousands(self.quotes),
                thousands(self.unattributed)
            ),
            chart::hbars(&bars, "quotes per speaker"),
            table,
        ));

        // Dated expressions by month.
        let (unit, bins) = month_bins(&self.months);
        let placed: u64 = self.months.values().sum();
        let mut table = Table::new(&[unit, "expressions"]);
        for b in &bins {
            table.push(vec![b.label.clone(), b.value.to_string()]);
        }
        charts.push(Chart::new(
            "dates",
            "Dated expressions by month",
            format!(
                "Dates and times (TIMEX3 type DATE or TIME) by the {unit} they refer to, not the \
                 month of publication: {} of {} name a day, a month or an ISO week (a week counts in \
                 the month of its Thursday); years, seasons, quarters and references such as \
                 PRESENT_REF are left out.{}",
                thousands(placed),
                thousands(self.dated),
                if unit == "month" {
                    String::new()
                } else {
                    format!(" The months span too long a time for one bar each: one bar per {unit}.")
                }
            ),
            chart::histogram(&bins, "dated expressions per month"),
            table,
        ));

        // Articles with the most findings.
        let top = self.top_articles();
        let names: Vec<&str> = self.analyzers.iter().map(|(n, _)| n.as_str()).collect();
        let mut header = vec!["id", "published"];
        header.extend(&names);
        header.push("findings");
        let mut table = Table::new(&header);
        for t in &top {
            let mut row = vec![t.id.clone(), t.published.clone()];
            for n in &names {
                let c = t.counts.iter().find(|c| c.0 == *n).map(|c| c.1);
                row.push(c.map(|c| c.to_string()).unwrap_or_default());
            }
            row.push(t.total.to_string());
            table.push(row);
        }
        let bars: Vec<Bar> = top
            .iter()
            .map(|t| Bar::new(t.id.clone(), t.total))
            .collect();
        charts.push(Chart::new(
            "articles",
            "Articles with the most findings",
            format!(
                "The {} articles with the most findings of all analyzers together (ties in input order).",
                top.len()
            ),
            chart::hbars(&bars, "findings per article"),
            table,
        ));
        charts
    }

    /// The counts per analyzer, as a table.
    pub fn analyzer_table(&self) -> Table {
        let mut t = Table::new(&["analyzer", "articles", "with_findings", "findings"]);
        for (name, a) in &self.analyzers {
            t.push(vec![
                name.clone(),
                a.articles.to_string(),
                a.with_findings.to_string(),
                a.findings.to_string(),
            ]);
        }
        t
    }

    /// The errors by stage and analyzer, as a table.
    pub fn error_table(&self) -> Table {
        let mut t = Table::new(&["stage", "analyzer", "records"]);
        for ((stage, analyzer), n) in &self.errors {
            t.push(vec![stage.clone(), analyzer.clone(), n.to_string()]);
        }
        t
    }

    /// The page, with the built-in template or `template` (Jinja source; see
    /// [`crate::page`] for what it is given).
    pub fn render(&self, template: Option<&str>) -> Result<String, Error> {
        let charts: Vec<ChartCtx> = self.charts().iter().map(Chart::context).collect();
        let analyzers = self.analyzer_table();
        let errors = self.error_table();
        let summary = Summary {
            records: self.records,
            articles: self.articles,
            with_errors: self.with_errors,
            unreadable: self.unreadable,
            first_published: self.first_published.map(|d| d.to_string()),
            last_published: self.last_published.map(|d| d.to_string()),
            sources: self.sources.clone(),
        };
        let ctx = ReportCtx {
            page: page::PageMeta::new("newsfacts report"),
            summary,
            analyzers: TableCtx::of(&analyzers, "analyzers.csv"),
            errors: TableCtx::of(&errors, "errors.csv"),
            charts,
        };
        page::render("report.html", page::REPORT_TEMPLATE, template, &ctx)
    }
}

/// Counts the findings in an analyzer output, or `None` when the value does
/// not look like one (a metadata field carried from the input): an array of
/// objects with `start` and `end` (or an empty array), or an object holding
/// such arrays (`casualties.figures`).
fn findings_in(value: &Value) -> Option<u64> {
    fn spans(a: &[Value]) -> bool {
        a.iter()
            .all(|f| f.get("start").is_some() && f.get("end").is_some())
    }
    match value {
        Value::Array(a) if spans(a) => Some(a.len() as u64),
        Value::Object(map) => {
            let arrays: Vec<&Vec<Value>> = map.values().filter_map(Value::as_array).collect();
            (!arrays.is_empty() && arrays.iter().all(|a| spans(a)))
                .then(|| arrays.iter().map(|a| a.len() as u64).sum())
        }
        _ => None,
    }
}

/// The month a TIMEX3 value refers to: `2022-01-20`, `2022-01`,
/// `2022-01-20TNI`, `2022-W04` (the month of the week's Thursday). `None`
/// for years, seasons, quarters, decades, `X` placeholders, references.
pub fn month_of(value: &str) -> Option<(i32, u32)> {
    let year: i32 = value
        .get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?
        .parse()
        .ok()?;
    let rest = value.get(4..)?;
    let two = |s: &str| -> Option<u32> {
        s.get(..2)
            .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?
            .parse()
            .ok()
    };
    if let Some(w) = rest.strip_prefix("-W") {
        let week = two(w)?;
        let d = NaiveDate::from_isoywd_opt(year, week, Weekday::Thu)?;
        return Some((d.year(), d.month()));
    }
    let month = two(rest.strip_prefix('-')?)?;
    (1..=12).contains(&month).then_some((year, month))
}

/// Bins for the months histogram: every month from the first to the last
/// (zeros included) when that is at most 240 bars, else years, decades,
/// centuries or millennia, whichever first fits. Returns the unit's name.
fn month_bins(months: &BTreeMap<(i32, u32), u64>) -> (&'static str, Vec<Bar>) {
    const MAX: i64 = 240;
    let (Some(first), Some(last)) = (months.keys().next(), months.keys().next_back()) else {
        return ("month", Vec::new());
    };
    let index = |(y, m): (i32, u32)| i64::from(y) * 12 + i64::from(m) - 1;
    if index(*last) - index(*first) < MAX {
        let bars = (index(*first)..=index(*last))
            .map(|i| {
                let (y, m) = (i.div_euclid(12), i.rem_euclid(12) + 1);
                let key = (y as i32, m as u32);
                Bar::new(
                    format!("{y:04}-{m:02}"),
                    months.get(&key).copied().unwrap_or(0),
                )
            })
            .collect();
        return ("month", bars);
    }
    for (unit, width) in [
        ("year", 1i64),
        ("decade", 10),
        ("century", 100),
        ("millennium", 1000),
    ] {
        let bin = |y: i32| i64::from(y).div_euclid(width);
        let (a, b) = (bin(first.0), bin(last.0));
        if b - a >= MAX && unit != "millennium" {
            continue;
        }
        let mut counts = vec![0u64; (b - a + 1) as usize];
        for ((y, _), n) in months {
            counts[(bin(*y) - a) as usize] += n;
        }
        let bars = counts
            .into_iter()
            .enumerate()
            .map(|(i, n)| {
                let start = (a + i as i64) * width;
                let label = if width == 1 {
                    format!("{start:04}")
                } else {
                    format!("{start:04}s")
                };
                Bar::new(label, n)
            })
            .collect();
        return (unit, bars);
    }
    ("month", Vec::new())
}

/// One chart of the report: its SVG and the table it draws.
#[derive(Clone, Debug)]
pub struct Chart {
    /// A short key: the element id and the CSV file name.
    pub key: &'static str,
    /// The heading.
    pub title: &'static str,
    /// What the chart shows and how it was computed.
    pub caption: String,
    /// The inline SVG.
    pub svg: String,
    /// The data drawn, one row per mark.
    pub data: Table,
}

impl Chart {
    fn new(
        key: &'static str,
        title: &'static str,
        caption: String,
        svg: String,
        data: Table,
    ) -> Chart {
        Chart {
            key,
            title,
            caption,
            svg,
            data,
        }
    }

    fn context(&self) -> ChartCtx {
        ChartCtx {
            key: self.key,
            title: self.title,
            caption: self.caption.clone(),
            svg: self.svg.clone(),
            table: TableCtx::of(&self.data, &format!("{}.csv", self.key)),
        }
    }
}

/// A table as the template sees it.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct TableCtx {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    csv_name: String,
    csv_href: String,
}

impl TableCtx {
    pub(crate) fn of(t: &Table, name: &str) -> TableCtx {
        TableCtx {
            header: t.header.clone(),
            rows: t.rows.clone(),
            csv_name: name.to_string(),
            csv_href: t.data_url(),
        }
    }
}

#[derive(Serialize)]
struct Summary {
    records: u64,
    articles: u64,
    with_errors: u64,
    unreadable: u64,
    first_published: Option<String>,
    last_published: Option<String>,
    sources: Vec<String>,
}

#[derive(Serialize)]
struct ReportCtx {
    page: page::PageMeta,
    summary: Summary,
    analyzers: TableCtx,
    errors: TableCtx,
    charts: Vec<ChartCtx>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn record(id: &str, published: &str, killed: Option<u64>, figures: &[u64]) -> Value {
        let figures: Vec<Value> = figures
            .iter()
            .map(|n| json!({"start": 0, "end": 1, "kind": "killed", "count": n}))
            .collect();
        json!({"id": id, "published": published, "offsets": "chars",
            "casualties": {"figures": figures, "totals": {"killed": killed, "injured": null, "missing": null, "displaced": null}},
            "errors": []})
    }

    #[test]
    fn a_day_shows_the_largest_toll_of_one_article_never_a_sum() {
        let mut r = Report::new(5);
        // Two articles restate the same toll; one article restates its own.
        r.add(&record("a", "2024-03-04", Some(17), &[14, 17]));
        r.add(&record("b", "2024-03-04T10:00:00Z", Some(15), &[15]));
        r.add(&record("c", "2024-03-05", Some(2), &[2]));
        let day = NaiveDate::from_ymd_opt(2024, 3, 4).unwrap();
        assert_eq!(r.days[&day].max[0], Some(17));
        assert_eq!(r.days[&day].articles, 2);
        let charts = r.charts();
        let csv = charts[0].data.to_csv();
        assert_eq!(
            csv,
            "day,kind,largest_toll,articles\r\n2024-03-04,killed,17,2\r\n2024-03-05,killed,2,1\r\n"
        );
        assert!(charts[0].caption.contains("never added up"));
    }

    #[test]
    fn months_come_from_days_months_and_weeks_only() {
        assert_eq!(month_of("2022-01-20"), Some((2022, 1)));
        assert_eq!(month_of("2022-01-20TNI"), Some((2022, 1)));
        assert_eq!(month_of("2022-02"), Some((2022, 2)));
        // ISO week 1 of 2021 runs Jan 4-10; week 53 of 2020 has its Thursday on Dec 31.
        assert_eq!(month_of("2020-W53"), Some((2020, 12)));
        assert_eq!(month_of("2022-W04"), Some((2022, 1)));
        for v in [
            "2022",
            "2022-Q3",
            "2022-SU",
            "199X",
            "PRESENT_REF",
            "P3Y",
            "XXXX-01-20",
            "2022-13",
        ] {
            assert_eq!(month_of(v), None, "{v}");
        }
    }

    #[test]
    fn long_spans_are_binned_by_year_then_decade() {
        let mut m = BTreeMap::new();
        m.insert((2022, 1), 2);
        m.insert((2022, 3), 1);
        let (unit, bins) = month_bins(&m);
        assert_eq!((unit, bins.len()), ("month", 3));
        assert_eq!(bins[1], Bar::new("2022-02", 0));
        m.insert((1939, 9), 4);
        let (unit, bins) = month_bins(&m);
        assert_eq!((unit, bins.len()), ("year", 84));
        assert_eq!(bins[0], Bar::new("1939", 4));
        m.insert((1066, 10), 1);
        let (unit, bins) = month_bins(&m);
        assert_eq!(unit, "decade");
        assert_eq!(bins[0], Bar::new("1060s", 1));
        assert_eq!(bins.iter().map(|b| b.value).sum::<u64>(), 8);
    }

    #[test]
    fn top_articles_keep_the_most_findings_and_input_order_on_ties() {
        let mut r = Report::new(2);
        for (id, n) in [("a", 1), ("b", 3), ("c", 3), ("d", 2), ("e", 3)] {
            let dates: Vec<Value> = (0..n)
                .map(|_| json!({"start": 0, "end": 1, "type": "DURATION", "value": "P1D"}))
                .collect();
            r.add(
                &json!({"id": id, "offsets": "chars", "dates": dates, "tags": ["x"], "errors": []}),
            );
        }
        let ids: Vec<_> = r.top_articles().iter().map(|t| t.id.clone()).collect();
        assert_eq!(ids, ["b", "c"]);
        assert_eq!(
            r.analyzers.len(),
            1,
            "`tags` holds no findings: not an analyzer"
        );
        assert_eq!(
            r.analyzers[0].1,
            AnalyzerTally {
                articles: 5,
                with_findings: 5,
                findings: 12
            }
        );
    }

    #[test]
    fn errors_are_counted_by_stage_and_input_errors_are_not_articles() {
        let mut r = Report::new(3);
        r.add(&json!({"id": null, "errors": [{"stage": "input", "file": "x", "line": 2, "message": "bad"}]}));
        r.add(&json!({"id": "a", "offsets": "chars", "errors": [{"stage": "panic", "analyzer": "quotes", "message": "boom"}]}));
        assert!(r.add_line("{not json").is_err());
        assert!(r.add_line("[1]").is_err());
        assert_eq!(
            (r.records, r.articles, r.with_errors, r.unreadable),
            (2, 1, 2, 2)
        );
        let csv = r.error_table().to_csv();
        assert_eq!(
            csv,
            "stage,analyzer,records\r\ninput,,1\r\npanic,quotes,1\r\n"
        );
    }

    #[test]
    fn memory_grows_with_days_and_speakers_not_with_records() {
        let rec = |i: u64, speaker: &str| {
            json!({"id": format!("r{i}"), "published": format!("2024-03-{:02}", i % 7 + 1),
                "offsets": "chars", "errors": [],
                "dates": [{"start": 0, "end": 1, "type": "DATE", "value": "2024-03-04"}],
                "quotes": [{"start": 0, "end": 1, "kind": "direct", "speaker": speaker}],
                "casualties": {"figures": [], "totals": {"killed": i % 5}}})
        };
        let mut r = Report::new(10);
        for i in 0..1000 {
            r.add(&rec(i, "Ann Lee"));
        }
        let held = r.entries();
        for i in 1000..4000 {
            r.add(&rec(i, "Ann Lee"));
        }
        assert_eq!(r.records(), 4000);
        assert_eq!(r.entries(), held, "4x the records, the same tallies");
        for i in 0..50 {
            r.add(&rec(i, &format!("Speaker {i}")));
        }
        assert_eq!(r.entries(), held + 50, "one entry per new speaker");
    }

    #[test]
    fn speakers_are_counted_by_resolved_name() {
        let mut r = Report::new(10);
        let q = |s: Value| json!({"start": 0, "end": 1, "kind": "direct", "speaker": s});
        r.add(&json!({"id": "a", "offsets": "chars", "errors": [],
            "quotes": [q(json!("Ann Lee")), q(json!("Ann Lee")), q(json!("Bo Ek")), q(Value::Null)]}));
        assert_eq!(r.top_speakers(), [("Ann Lee", 2), ("Bo Ek", 1)]);
        assert_eq!((r.quotes, r.unattributed), (4, 1));
    }
}
