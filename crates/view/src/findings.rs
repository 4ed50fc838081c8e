//! The findings of a record, read from its JSON form, as marks for the view.
//!
//! The view knows no plugin type: it reads the documented output format
//! (`docs/output-format.md`). Three analyzers get their own rendering —
//! `dates` (the TIMEX3 value as label), `quotes` (the speaker as label, the
//! speaker mention marked too) and `casualties` (kind and count) — and any
//! other analyzer whose output holds objects with `start` and `end` (an array,
//! or arrays inside an object, as the CSV writer reads them) is shown with a
//! generic label, so a custom plugin's findings appear with no code.

use serde_json::{Map, Value};

use crate::annotate::Mark;

/// One finding to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// Unique in the page: `<article anchor index>-<n>`.
    pub id: String,
    /// The analyzer that found it.
    pub analyzer: String,
    /// What kind of thing it is: `date`, `quote`, `casualty` or `other`
    /// (the CSS class).
    pub class: &'static str,
    /// A sub-kind: the quote kind (`direct`), the casualty kind (`killed`), the
    /// date type (`DATE`); may be empty.
    pub subkind: String,
    /// Byte offsets into the article text.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// The short value shown beside it (the TIMEX3 value, the speaker, the
    /// count).
    pub label: String,
    /// The longer description shown on hover.
    pub title: String,
    /// For a quote: the span of its speaker mention.
    pub speaker: Option<(usize, usize)>,
}

/// The findings of `record` (its JSON form) over `text`, in the order they
/// appear in the record, and the problems met (a span outside the text).
/// Offsets are read in the unit the record states (`offsets`: `chars` or
/// `bytes`) and returned in bytes.
pub fn collect(
    record: &Value,
    text: &str,
    analyzers: &[&str],
    prefix: &str,
) -> (Vec<Finding>, Vec<String>) {
    let chars = record.get("offsets").and_then(Value::as_str) != Some("bytes") && !text.is_ascii();
    let index = chars.then(|| newsfacts_core::CharIndex::new(text));
    let to_byte = |v: Option<&Value>| -> Option<usize> {
        let n = usize::try_from(v?.as_u64()?).ok()?;
        match &index {
            Some(ix) => ix.byte_of_char(n),
            None => Some(n),
        }
    };
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let mut n = 0;
    for &name in analyzers {
        let Some(value) = record.get(name) else {
            continue;
        };
        for (group, item) in items(value) {
            let Some(obj) = item.as_object() else {
                continue;
            };
            if !obj.contains_key("start") || !obj.contains_key("end") {
                continue;
            }
            let (start, end) = (to_byte(obj.get("start")), to_byte(obj.get("end")));
            let (Some(start), Some(end)) = (start, end) else {
                problems.push(format!(
                    "{name}: a finding's span {}..{} is not inside the text; not shown",
                    obj["start"], obj["end"]
                ));
                continue;
            };
            if start > end || end > text.len() {
                problems.push(format!(
                    "{name}: a finding's span is not inside the text; not shown"
                ));
                continue;
            }
            let mut f = describe(name, group, obj);
            f.id = format!("{prefix}-{n}");
            f.start = start;
            f.end = end;
            if f.class == "quote" {
                f.speaker = match (
                    to_byte(obj.get("speaker_start")),
                    to_byte(obj.get("speaker_end")),
                ) {
                    (Some(s), Some(e)) if s <= e && e <= text.len() => Some((s, e)),
                    _ => None,
                };
            }
            n += 1;
            out.push(f);
        }
    }
    (out, problems)
}

/// The finding objects of one analyzer's output, with the name of the array
/// they came from inside an object output (`figures`).
fn items(value: &Value) -> Vec<(Option<&str>, &Value)> {
    match value {
        Value::Array(a) => a.iter().map(|v| (None, v)).collect(),
        Value::Object(map) => map
            .iter()
            .filter_map(|(k, v)| v.as_array().map(|a| (k, a)))
            .flat_map(|(k, a)| a.iter().map(move |v| (Some(k.as_str()), v)))
            .collect(),
        _ => Vec::new(),
    }
}

fn str_of<'a>(obj: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    obj.get(key)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
}

/// `14,000`.
pub fn thousands(n: u64) -> String {
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

fn describe(analyzer: &str, group: Option<&str>, obj: &Map<String, Value>) -> Finding {
    let mut f = Finding {
        id: String::new(),
        analyzer: analyzer.to_string(),
        class: "other",
        subkind: String::new(),
        start: 0,
        end: 0,
        label: String::new(),
        title: String::new(),
        speaker: None,
    };
    match (analyzer, group) {
        ("dates", None) => {
            f.class = "date";
            f.subkind = str_of(obj, "type").unwrap_or("").to_string();
            let value = str_of(obj, "value").unwrap_or("?");
            f.label = match str_of(obj, "mod") {
                Some(m) => format!("{value} {m}"),
                None => value.to_string(),
            };
            let mut t = format!("date · {} · value {value}", f.subkind);
            for key in ["mod", "bound", "signal"] {
                if let Some(v) = str_of(obj, key) {
                    t.push_str(&format!(" · {key} {v}"));
                }
            }
            f.title = t;
        }
        ("quotes", None) => {
            f.class = "quote";
            f.subkind = str_of(obj, "kind").unwrap_or("").to_string();
            let speaker = str_of(obj, "speaker");
            let mention = str_of(obj, "speaker_text");
            f.label = speaker.or(mention).unwrap_or("?").to_string();
            let mut t = format!("quote ({})", f.subkind);
            match speaker {
                Some(s) => t.push_str(&format!(" · speaker {s}")),
                None => t.push_str(" · speaker unknown"),
            }
            if let Some(m) = mention {
                t.push_str(&format!(" · mention “{m}”"));
            }
            if let Some(c) = str_of(obj, "cue") {
                t.push_str(&format!(" · cue “{c}”"));
            }
            f.title = t;
        }
        ("casualties", Some("figures")) => {
            f.class = "casualty";
            f.subkind = str_of(obj, "kind").unwrap_or("").to_string();
            let num = |k: &str| obj.get(k).and_then(Value::as_u64);
            // The hedge as a sign: "at least 12" reads `≥12`, "about 300" `~300`.
            let sign = match str_of(obj, "qualifier") {
                Some("at_least" | "vague") => "≥",
                Some("more_than") => ">",
                Some("at_most") => "≤",
                Some("fewer_than") => "<",
                Some("approximately") => "~",
                _ => "",
            };
            let amount = match (num("count"), num("min"), num("max")) {
                (Some(c), _, _) => format!("{sign}{}", thousands(c)),
                (None, Some(a), Some(b)) => format!("{}–{}", thousands(a), thousands(b)),
                (None, Some(a), None) => format!("≥{}", thousands(a)),
                (None, None, Some(b)) => format!("≤{}", thousands(b)),
                (None, None, None) => "?".to_string(),
            };
            f.label = format!("{} {amount}", f.subkind);
            let mut t = format!("casualties · {} · count {amount}", f.subkind);
            for key in ["qualifier", "victims", "when"] {
                if let Some(v) = str_of(obj, key) {
                    t.push_str(&format!(" · {key} {v}"));
                }
            }
            f.title = t;
        }
        _ => {
            f.subkind = group.unwrap_or("").to_string();
            f.label = ["value", "label", "kind", "type"]
                .iter()
                .find_map(|k| match obj.get(*k) {
                    Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
                    Some(v @ (Value::Number(_) | Value::Bool(_))) => Some(v.to_string()),
                    _ => None,
                })
                .unwrap_or_else(|| analyzer.to_string());
            let rest: Map<String, Value> = obj
                .iter()
                .filter(|(k, _)| !matches!(k.as_str(), "start" | "end" | "text"))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            f.title = format!("{analyzer} · {}", Value::Object(rest));
        }
    }
    f
}

/// Nesting rank of each class over the same range: quotes outermost, the
/// speaker mention innermost.
fn rank(class: &str) -> u8 {
    match class {
        "quote" => 1,
        "casualty" => 2,
        "date" => 3,
        "other" => 4,
        _ => 5,
    }
}

/// The marks for `findings`: one per finding, and one per distinct speaker
/// mention (`<span class="sp" data-sp="<quote ids>">`), shared by every quote
/// that names it.
pub fn marks(findings: &[Finding]) -> Vec<Mark> {
    let mut marks: Vec<Mark> = findings
        .iter()
        .map(|f| {
            let mut class = format!("f {}", f.class);
            // Quote and casualty kinds style the mark; a date's type is in its title.
            if !f.subkind.is_empty() && matches!(f.class, "quote" | "casualty") {
                class.push(' ');
                class.push_str(&css_ident(&f.subkind));
            }
            Mark::new(f.start, f.end, f.id.clone())
                .class(class)
                .attr("data-analyzer", f.analyzer.clone())
                .attr("data-label", f.label.clone())
                .attr("title", f.title.clone())
                .rank(rank(f.class))
        })
        .collect();
    let mut speakers: Vec<((usize, usize), Vec<&str>)> = Vec::new();
    for f in findings {
        if let Some(span) = f.speaker {
            match speakers.iter_mut().find(|(s, _)| *s == span) {
                Some((_, ids)) => ids.push(&f.id),
                None => speakers.push((span, vec![&f.id])),
            }
        }
    }
    for ((start, end), ids) in speakers {
        let title = if ids.len() == 1 {
            "speaker of a quote".to_string()
        } else {
            format!("speaker of {} quotes", ids.len())
        };
        marks.push(
            Mark::new(start, end, ids.join(" "))
                .tag("span")
                .id_attr("data-sp")
                .class("sp")
                .attr("title", title)
                .rank(rank("sp")),
        );
    }
    marks
}

/// A sub-kind as a CSS class: lower-case ASCII letters, digits and `-`.
fn css_ident(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn known_analyzers_get_their_labels_and_char_offsets_become_bytes() {
        let text = "Kyïv: on Monday 3 were killed, Ann Lee said.";
        let record = json!({
            "offsets": "chars",
            "dates": [{"text": "Monday", "start": 9, "end": 15, "type": "DATE", "value": "2024-03-04"}],
            "casualties": {"figures": [{"text": "3 were killed", "start": 16, "end": 29,
                "kind": "killed", "count": 3}], "totals": {"killed": 3}},
            "quotes": [{"text": "on Monday 3 were killed", "start": 6, "end": 29, "kind": "unmarked",
                "speaker": "Ann Lee", "speaker_text": "Ann Lee", "speaker_start": 31, "speaker_end": 38, "cue": "said"}],
            "tags": ["not", "findings"],
            "errors": []
        });
        let (found, problems) = collect(
            &record,
            text,
            &["dates", "casualties", "quotes", "tags"],
            "a0",
        );
        assert!(problems.is_empty(), "{problems:?}");
        let spans: Vec<_> = found
            .iter()
            .map(|f| (f.class, &text[f.start..f.end], f.label.as_str()))
            .collect();
        assert_eq!(
            spans,
            [
                ("date", "Monday", "2024-03-04"),
                ("casualty", "3 were killed", "killed 3"),
                ("quote", "on Monday 3 were killed", "Ann Lee"),
            ]
        );
        let (s, e) = found[2].speaker.unwrap();
        assert_eq!(&text[s..e], "Ann Lee");
        assert_eq!(found[2].id, "a0-2");
    }

    #[test]
    fn other_analyzers_are_shown_generically_and_bad_spans_are_reported() {
        let text = "abc def";
        let record = json!({"offsets": "bytes",
            "hits": [{"start": 4, "end": 7, "value": 7}, {"start": 5, "end": 70}]});
        let (found, problems) = collect(&record, text, &["hits"], "x");
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].class, found[0].label.as_str()), ("other", "7"));
        assert_eq!(problems.len(), 1, "{problems:?}");
    }

    #[test]
    fn ranges_and_bounds_read_as_people_write_them() {
        let record = json!({"offsets": "bytes", "casualties": {"figures": [
            {"start": 0, "end": 1, "kind": "injured", "count": null, "min": 20, "max": 30},
            {"start": 0, "end": 1, "kind": "missing", "count": null, "min": 12000, "max": null},
            {"start": 0, "end": 1, "kind": "killed", "count": 12, "min": 12, "qualifier": "at_least"},
            {"start": 0, "end": 1, "kind": "killed", "count": 100, "min": 101, "qualifier": "more_than"},
            {"start": 0, "end": 1, "kind": "killed", "count": 300, "qualifier": "approximately"}]}});
        let (found, _) = collect(&record, "x", &["casualties"], "a");
        let labels: Vec<_> = found.iter().map(|f| f.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "injured 20–30",
                "missing ≥12,000",
                "killed ≥12",
                "killed >100",
                "killed ~300"
            ]
        );
    }
}
