//! Charts as inline SVG, drawn here: no script, no network, colours from the
//! page's CSS (custom properties, so the light and dark schemes and print
//! apply to them).
//!
//! Every chart is one `<svg class="chart">` whose `data-n` says how many data
//! marks it draws; each data mark has class `mark` and a `<title>` (the
//! tooltip) naming its row, so a test — or a reader with a screen reader —
//! can check the chart against its data. The output is deterministic (fixed
//! decimals), which the snapshot tests rely on.

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use crate::annotate::attr_escaped;
use crate::findings::thousands;

/// Chart width in SVG user units (the chart scales to the page width).
const W: f64 = 720.0;

/// One bar: a label and a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    /// What the bar is for (a month, a speaker, an article id).
    pub label: String,
    /// Its value.
    pub value: u64,
}

impl Bar {
    /// A bar.
    pub fn new(label: impl Into<String>, value: u64) -> Bar {
        Bar {
            label: label.into(),
            value,
        }
    }
}

/// The casualty kinds, in the order of the output format.
pub const KINDS: [&str; 4] = ["killed", "injured", "missing", "displaced"];

/// One day of the casualties chart: the largest toll of each kind reported
/// by one article published that day (see [`crate::report`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayTolls {
    /// The publication day.
    pub day: NaiveDate,
    /// Largest toll per kind, in [`KINDS`] order.
    pub max: [Option<u64>; 4],
}

fn open_svg(out: &mut String, class: &str, height: f64, n: usize, label: &str) {
    let _ = write!(
        out,
        "<svg class=\"chart {class}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {W} {height:.0}\" \
         width=\"100%\" role=\"img\" aria-label=\"{}\" data-n=\"{n}\">",
        attr_escaped(label)
    );
}

fn text(out: &mut String, x: f64, y: f64, anchor: &str, class: &str, s: &str) {
    let mut esc = String::new();
    crate::annotate::escape_text(&mut esc, s);
    let _ = write!(
        out,
        "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"{anchor}\" class=\"{class}\">{esc}</text>"
    );
}

fn title(s: &str) -> String {
    let mut esc = String::new();
    crate::annotate::escape_text(&mut esc, s);
    format!("<title>{esc}</title>")
}

/// A "nice" axis maximum and step (1, 2 or 5 times a power of ten) for
/// values up to `max`, with about four steps.
fn nice_axis(max: u64) -> (u64, u64) {
    if max == 0 {
        return (1, 1);
    }
    let raw = (max as f64 / 4.0).max(1.0);
    let pow = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * pow)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * pow)
        .round()
        .max(1.0) as u64;
    (max.div_ceil(step) * step, step)
}

/// A short number: `950`, `1.2k`, `14k`, `3.1M`.
pub fn short(n: u64) -> String {
    let one_decimal = |v: f64, unit: &str| {
        let s = format!("{v:.1}");
        format!("{}{unit}", s.strip_suffix(".0").unwrap_or(&s))
    };
    match n {
        n if n >= 10_000_000 => format!("{}M", n / 1_000_000),
        n if n >= 1_000_000 => one_decimal(n as f64 / 1e6, "M"),
        n if n >= 10_000 => format!("{}k", n / 1000),
        n if n >= 1000 => one_decimal(n as f64 / 1e3, "k"),
        n => n.to_string(),
    }
}

/// Vertical bars over an ordered axis (a histogram): one bar per entry of
/// `bars`, zero bars included (drawn with no height), the labels of about a
/// dozen of them along the axis.
pub fn histogram(bars: &[Bar], label: &str) -> String {
    let (left, right, top, bottom) = (48.0, 10.0, 12.0, 30.0);
    let height = 220.0;
    let (pw, ph) = (W - left - right, height - top - bottom);
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0);
    let (ymax, step) = nice_axis(max);
    let mut out = String::new();
    open_svg(&mut out, "histogram", height, bars.len(), label);
    // Y grid and labels.
    let mut v = 0;
    while v <= ymax {
        let y = top + ph - ph * v as f64 / ymax as f64;
        let _ = write!(
            out,
            "<line class=\"grid\" x1=\"{left:.1}\" x2=\"{:.1}\" y1=\"{y:.1}\" y2=\"{y:.1}\"/>",
            W - right
        );
        text(&mut out, left - 6.0, y + 4.0, "end", "tick", &short(v));
        v += step;
    }
    let n = bars.len().max(1) as f64;
    let bw = pw / n;
    let gap = if bw > 4.0 { 1.0 } else { 0.0 };
    let every = bars.len().div_ceil(12).max(1);
    for (i, b) in bars.iter().enumerate() {
        let x = left + bw * i as f64;
        let h = ph * b.value as f64 / ymax as f64;
        let _ = write!(
            out,
            "<rect class=\"mark bar\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{h:.1}\" data-value=\"{}\">{}</rect>",
            x + gap / 2.0,
            top + ph - h,
            (bw - gap).max(0.5),
            b.value,
            title(&format!("{}: {}", b.label, thousands(b.value)))
        );
        if i % every == 0 {
            // A label that would run off the right edge ends at it.
            let half = 3.2 * b.label.chars().count() as f64;
            let (lx, anchor) = if x + bw / 2.0 + half > W {
                (W, "end")
            } else {
                (x + bw / 2.0, "middle")
            };
            text(&mut out, lx, height - 10.0, anchor, "tick", &b.label);
        }
    }
    let _ = write!(
        out,
        "<line class=\"axis\" x1=\"{left:.1}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\"/>",
        W - right,
        top + ph,
        top + ph
    );
    out.push_str("</svg>");
    out
}

/// Horizontal bars, one row each, the label on the left and the value at
/// the end of the bar (a ranking: speakers, articles).
pub fn hbars(bars: &[Bar], label: &str) -> String {
    let (left, right, top, row) = (210.0, 60.0, 6.0, 20.0);
    let height = top * 2.0 + row * bars.len().max(1) as f64;
    let pw = W - left - right;
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let mut out = String::new();
    open_svg(&mut out, "hbars", height, bars.len(), label);
    for (i, b) in bars.iter().enumerate() {
        let y = top + row * i as f64;
        let w = pw * b.value as f64 / max as f64;
        let shown: String = if b.label.chars().count() > 32 {
            b.label.chars().take(31).chain(['…']).collect()
        } else {
            b.label.clone()
        };
        text(&mut out, left - 8.0, y + row * 0.7, "end", "label", &shown);
        let _ = write!(
            out,
            "<rect class=\"mark bar\" x=\"{left:.1}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{:.1}\" data-value=\"{}\">{}</rect>",
            y + 3.0,
            row - 6.0,
            b.value,
            title(&format!("{}: {}", b.label, thousands(b.value)))
        );
        text(
            &mut out,
            left + w + 6.0,
            y + row * 0.7,
            "start",
            "value",
            &thousands(b.value),
        );
    }
    out.push_str("</svg>");
    out
}

/// The day's position on a time axis from `first` to `last`.
fn day_x(day: NaiveDate, first: NaiveDate, span: f64, left: f64, pw: f64) -> f64 {
    left + pw * (day - first).num_days() as f64 / span
}

/// Time-axis ticks between `first` and `last`: year starts over long spans,
/// month starts over medium ones, evenly spaced days over short ones; at most
/// about ten labels.
fn time_ticks(first: NaiveDate, last: NaiveDate) -> Vec<(NaiveDate, String)> {
    let days = (last - first).num_days().max(1);
    let mut ticks = Vec::new();
    if days > 730 {
        let years = (last.year() - first.year()).max(1);
        let every = (years + 9) / 10;
        let mut y = first.year() + 1;
        while y <= last.year() {
            if (y - first.year()) % every.max(1) == 0 {
                if let Some(d) = NaiveDate::from_ymd_opt(y, 1, 1) {
                    ticks.push((d, y.to_string()));
                }
            }
            y += 1;
        }
    } else if days > 75 {
        let months = days / 30;
        let every = (months + 9) / 10;
        let mut d = first
            .with_day(1)
            .and_then(|d| d.checked_add_months(chrono::Months::new(1)));
        let mut i = 0;
        while let Some(m) = d {
            if m > last {
                break;
            }
            if i % every.max(1) == 0 {
                ticks.push((m, m.format("%Y-%m").to_string()));
            }
            i += 1;
            d = m.checked_add_months(chrono::Months::new(1));
        }
    } else {
        let every = (days + 7) / 8;
        let mut i = 0;
        while i <= days {
            if let Some(d) = first.checked_add_days(chrono::Days::new(i as u64)) {
                ticks.push((d, d.format("%Y-%m-%d").to_string()));
            }
            i += every.max(1);
        }
    }
    ticks
}

/// The casualties over time: one panel per kind that has any toll, a stem
/// per day at the height of that day's largest toll, on a shared time axis
/// and a logarithmic count axis (tolls range from 1 to tens of thousands).
/// `data-n` counts the stems.
pub fn tolls(days: &[DayTolls], label: &str) -> String {
    let kinds: Vec<usize> = (0..KINDS.len())
        .filter(|&k| days.iter().any(|d| d.max[k].is_some()))
        .collect();
    let (left, right, top, panel, gap, bottom) = (48.0, 14.0, 22.0, 104.0, 34.0, 28.0);
    let height = top + (panel + gap) * kinds.len().max(1) as f64 - gap + bottom;
    let pw = W - left - right;
    let n: usize = kinds
        .iter()
        .map(|&k| days.iter().filter(|d| d.max[k].is_some()).count())
        .sum();
    let mut out = String::new();
    open_svg(&mut out, "tolls", height, n, label);
    let (Some(first), Some(last)) = (
        days.iter().map(|d| d.day).min(),
        days.iter().map(|d| d.day).max(),
    ) else {
        text(
            &mut out,
            W / 2.0,
            height / 2.0,
            "middle",
            "label",
            "no casualty figures",
        );
        out.push_str("</svg>");
        return out;
    };
    // A margin of a fiftieth of the span (at least a day) on each side, so no
    // stem stands on the count axis.
    let pad = chrono::Days::new(((last - first).num_days() / 50).max(1) as u64);
    let (first, last) = (
        first.checked_sub_days(pad).unwrap_or(first),
        last.checked_add_days(pad).unwrap_or(last),
    );
    let span = (last - first).num_days().max(1) as f64;
    let axis_y = top + (panel + gap) * kinds.len() as f64 - gap;
    for (p, &k) in kinds.iter().enumerate() {
        let y0 = top + (panel + gap) * p as f64;
        let base = y0 + panel;
        let max = days
            .iter()
            .filter_map(|d| d.max[k])
            .max()
            .unwrap_or(1)
            .max(1);
        let decades = ((max as f64).log10().ceil() as u32).max(1);
        let y_of = |v: u64| base - panel * ((v.max(1) as f64).log10() / decades as f64);
        for dec in 0..=decades {
            let v = 10u64.saturating_pow(dec);
            let y = y_of(v);
            let _ = write!(
                out,
                "<line class=\"grid\" x1=\"{left:.1}\" x2=\"{:.1}\" y1=\"{y:.1}\" y2=\"{y:.1}\"/>",
                W - right
            );
            text(&mut out, left - 6.0, y + 4.0, "end", "tick", &short(v));
        }
        text(
            &mut out,
            left,
            y0 - 8.0,
            "start",
            &format!("kind {}", KINDS[k]),
            KINDS[k],
        );
        for d in days {
            let Some(v) = d.max[k] else { continue };
            let x = day_x(d.day, first, span, left, pw);
            // A toll of 0 ("no one was hurt") stands on the baseline.
            let y = if v == 0 { base } else { y_of(v) };
            let _ = write!(
                out,
                "<g class=\"mark {kind}\" data-day=\"{day}\" data-value=\"{v}\">{}\
                 <line x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"{base:.1}\" y2=\"{y:.1}\"/>\
                 <circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"2.5\"/></g>",
                title(&format!("{}: {} {}", d.day, KINDS[k], thousands(v))),
                kind = KINDS[k],
                day = d.day,
            );
        }
        let _ = write!(
            out,
            "<line class=\"axis\" x1=\"{left:.1}\" x2=\"{:.1}\" y1=\"{base:.1}\" y2=\"{base:.1}\"/>",
            W - right
        );
    }
    for (d, l) in time_ticks(first, last) {
        let x = day_x(d, first, span, left, pw);
        let _ = write!(
            out,
            "<line class=\"grid\" x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"{top:.1}\" y2=\"{axis_y:.1}\"/>"
        );
        text(&mut out, x, axis_y + 16.0, "middle", "tick", &l);
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axes_step_in_ones_twos_and_fives() {
        assert_eq!(nice_axis(0), (1, 1));
        assert_eq!(nice_axis(3), (3, 1));
        assert_eq!(nice_axis(14), (15, 5));
        assert_eq!(nice_axis(100), (100, 50));
        assert_eq!(nice_axis(14_000), (15_000, 5_000));
    }

    #[test]
    fn numbers_shorten_like_axis_labels() {
        assert_eq!(short(950), "950");
        assert_eq!(short(1250), "1.2k");
        assert_eq!(short(1000), "1k");
        assert_eq!(short(1_000_000), "1M");
        assert_eq!(short(14_000), "14k");
        assert_eq!(short(3_100_000), "3.1M");
    }

    #[test]
    fn every_data_row_is_one_mark() {
        let bars = [
            Bar::new("2024-01", 3),
            Bar::new("2024-02", 0),
            Bar::new("2024-03", 7),
        ];
        let svg = histogram(&bars, "dates");
        assert_eq!(svg.matches("class=\"mark ").count(), 3);
        assert!(svg.contains("data-n=\"3\""));
        let day = |d| NaiveDate::from_ymd_opt(2024, 3, d).unwrap();
        let days = [
            DayTolls {
                day: day(1),
                max: [Some(14_000), None, None, None],
            },
            DayTolls {
                day: day(9),
                max: [Some(3), Some(20), None, None],
            },
        ];
        let svg = tolls(&days, "tolls");
        assert_eq!(svg.matches("class=\"mark ").count(), 3);
        assert!(svg.contains("data-n=\"3\""));
        assert!(svg.contains("kind killed") && svg.contains("kind injured"));
        assert!(
            !svg.contains("kind missing"),
            "a kind with no toll has no panel"
        );
    }

    #[test]
    fn ticks_follow_the_span() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        let labels = |a, b| {
            time_ticks(a, b)
                .into_iter()
                .map(|t| t.1)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            labels(d(2014, 5, 1), d(2018, 2, 1)),
            ["2015", "2016", "2017", "2018"]
        );
        assert_eq!(
            labels(d(2022, 1, 15), d(2022, 5, 2)),
            ["2022-02", "2022-03", "2022-04", "2022-05"]
        );
        let short_span = labels(d(2022, 1, 1), d(2022, 1, 8));
        assert_eq!(short_span.first().map(String::as_str), Some("2022-01-01"));
        assert_eq!(short_span.last().map(String::as_str), Some("2022-01-08"));
    }
}
