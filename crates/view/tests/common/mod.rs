//! Reading a page back the way a browser does, and checking it.

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};

use scraper::{Html, Selector};
use serde_json::Value;

/// One article of `tests/fixtures/view-records.jsonl`: its text, the record
/// `newsfacts run` would write for it (written by hand, spans in
/// characters), and the keys that are analyzer outputs.
#[derive(Clone, Debug)]
pub struct Fixture {
    pub text: String,
    pub analyzers: Vec<String>,
    pub record: Value,
}

pub fn fixtures() -> Vec<Fixture> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/view-records.jsonl"
    );
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            Fixture {
                text: v["text"].as_str().unwrap().to_string(),
                analyzers: v["analyzers"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| a.as_str().unwrap().to_string())
                    .collect(),
                record: v["record"].clone(),
            }
        })
        .collect()
}

pub fn parse(html: &str) -> Html {
    Html::parse_document(html)
}

pub fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

/// What an HTML parser can read back of `text`: all of it, but U+0000,
/// which becomes U+FFFD.
pub fn readable(text: &str) -> String {
    text.replace('\0', "\u{fffd}")
}

/// The findings a page must show for a fixture: `data-f` id → text, in the
/// order the view numbers them (analyzers in order, then record order;
/// findings with a span outside the text are not numbered).
pub fn expected_findings(f: &Fixture, index: usize) -> BTreeMap<String, String> {
    let chars: Vec<char> = f.text.chars().collect();
    let mut out = BTreeMap::new();
    let mut k = 0;
    for name in &f.analyzers {
        let items: Vec<&Value> = match &f.record[name.as_str()] {
            Value::Array(a) => a.iter().collect(),
            Value::Object(m) => m.values().filter_map(Value::as_array).flatten().collect(),
            _ => Vec::new(),
        };
        for item in items {
            let (Some(s), Some(e)) = (item["start"].as_u64(), item["end"].as_u64()) else {
                continue;
            };
            let (s, e) = (s as usize, e as usize);
            if s > e || e > chars.len() {
                continue;
            }
            let text: String = chars[s..e].iter().collect();
            out.insert(format!("a{index}-{k}"), readable(&text));
            k += 1;
        }
    }
    out
}

pub struct Checked {
    pub findings: usize,
}

/// Checks a view page against the fixtures it shows, in order: each
/// `.doc`'s text content is the article text; each finding is exactly one
/// element without class `cont`, and its fragments together are its text;
/// no other `data-f` appears; nothing is loaded from anywhere.
pub fn check_page(html: &str, fixtures: &[Fixture]) -> Checked {
    let doc = parse(html);
    let docs: Vec<_> = doc.select(&sel("div.doc")).collect();
    assert_eq!(docs.len(), fixtures.len(), "one text per article");
    let mut findings = 0;
    for (i, (el, f)) in docs.iter().zip(fixtures).enumerate() {
        let id = f.record["id"].as_str().unwrap_or("");
        assert_eq!(el.value().attr("data-id"), Some(id));
        let content: String = el.text().collect();
        assert_eq!(content, readable(&f.text), "text content of article {id}");
        let expected = expected_findings(f, i);
        let mut heads: BTreeMap<String, usize> = BTreeMap::new();
        let mut texts: BTreeMap<String, String> = BTreeMap::new();
        for m in el.select(&sel("[data-f]")) {
            let fid = m.value().attr("data-f").unwrap().to_string();
            let cont = m.value().classes().any(|c| c == "cont");
            if !cont {
                *heads.entry(fid.clone()).or_default() += 1;
            }
            texts.entry(fid).or_default().extend(m.text());
        }
        let shown: BTreeSet<&String> = texts.keys().collect();
        assert_eq!(shown, expected.keys().collect(), "findings shown in {id}");
        for (fid, t) in &expected {
            assert_eq!(heads.get(fid), Some(&1), "{fid} rendered once in {id}");
            assert_eq!(&texts[fid], t, "the fragments of {fid} cover its text");
        }
        findings += expected.len();
    }
    check_nothing_remote(html);
    Checked { findings }
}

/// No script at all, nothing that loads a resource from anywhere, and the
/// Content-Security-Policy that forbids it.
pub fn check_nothing_remote(html: &str) {
    let doc = parse(html);
    let csp = doc
        .select(&sel("meta[http-equiv=\"Content-Security-Policy\"]"))
        .next()
        .expect("a CSP meta tag");
    let policy = csp.value().attr("content").unwrap();
    assert!(policy.starts_with("default-src 'none'"), "{policy}");
    for el in doc.select(&sel("*")) {
        let name = el.value().name();
        assert!(
            !matches!(
                name,
                "script"
                    | "iframe"
                    | "object"
                    | "embed"
                    | "link"
                    | "img"
                    | "image"
                    | "video"
                    | "audio"
                    | "source"
                    | "base"
                    | "use"
                    | "frame"
            ),
            "a <{name}> element"
        );
        for (attr, value) in el.value().attrs() {
            let a = attr.to_ascii_lowercase();
            assert!(!a.starts_with("on"), "an event handler {a} on <{name}>");
            if matches!(
                a.as_str(),
                "src"
                    | "srcset"
                    | "href"
                    | "action"
                    | "formaction"
                    | "poster"
                    | "data"
                    | "background"
            ) {
                let v = value.trim();
                let local = v.starts_with('#') || v.starts_with("data:");
                // A link the reader may follow (the article's URL) loads nothing.
                let navigation = name == "a"
                    && a == "href"
                    && (v.starts_with("https://") || v.starts_with("http://"));
                assert!(local || navigation, "<{name} {a}=\"{v}\">");
            }
        }
    }
    for style in doc.select(&sel("style")) {
        let css: String = style.text().collect();
        assert!(!css.contains("@import"), "an @import");
        for (i, _) in css.match_indices("url(") {
            assert!(
                css[i + 4..]
                    .trim_start_matches(['"', '\''])
                    .starts_with("data:"),
                "a url() in CSS"
            );
        }
    }
}
