//! The annotated-article view: each article's text with every finding marked
//! in place, on one page.
//!
//! ```
//! use newsfacts_view::ViewPage;
//! let record = serde_json::json!({"id": "a1", "offsets": "chars",
//!     "dates": [{"text": "Monday", "start": 3, "end": 9, "type": "DATE", "value": "2024-03-04"}],
//!     "errors": []});
//! let mut page = ViewPage::new();
//! page.add_json(&record, "On Monday it rained.", &["dates"]);
//! let html = page.render(None).unwrap();
//! assert!(html.contains(r#"data-label="2024-03-04""#));
//! assert!(html.contains(">Monday</mark>"));
//! ```

use std::collections::HashSet;

use newsfacts_core::Record;
use serde::Serialize;
use serde_json::Value;

use crate::Error;
use crate::annotate;
use crate::findings::{self, Finding};
use crate::page::{self, PageMeta};

/// One article as the template sees it.
#[derive(Clone, Debug, Serialize)]
pub struct ArticleView {
    /// The element id of the article's section (its id when that is a valid,
    /// unique HTML id; else `article-<n>`).
    pub anchor: String,
    /// The article id.
    pub id: String,
    /// Headline.
    pub title: Option<String>,
    /// Publication date as written in the record.
    pub published: Option<String>,
    /// The article's URL when it is `http(s)` (else `None`; shown as text in
    /// `url_text`).
    pub url: Option<String>,
    /// The URL as given.
    pub url_text: Option<String>,
    /// The annotated text (HTML, escaped; insert with `|safe`).
    pub html: String,
    /// The findings, in record order.
    pub findings: Vec<FindingView>,
    /// Findings per analyzer, in record order.
    pub counts: Vec<Count>,
    /// The record's errors, and problems met while showing it.
    pub errors: Vec<ErrorView>,
}

/// A finding as the template sees it.
#[derive(Clone, Debug, Serialize)]
pub struct FindingView {
    /// The element's `data-f`.
    pub id: String,
    /// Analyzer name.
    pub analyzer: String,
    /// `date`, `quote`, `casualty` or `other`.
    pub class: &'static str,
    /// Quote kind, casualty kind, date type.
    pub subkind: String,
    /// The value shown beside it.
    pub label: String,
    /// The hover text.
    pub title: String,
    /// The text it covers.
    pub text: String,
}

/// A count of findings.
#[derive(Clone, Debug, Serialize)]
pub struct Count {
    /// Analyzer.
    pub name: String,
    /// Findings.
    pub n: usize,
}

/// An error as the template sees it.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ErrorView {
    /// `input`, `analyzer`, `panic`, `skipped`, or `view` (a finding that
    /// could not be shown).
    pub stage: String,
    /// The analyzer concerned.
    pub analyzer: Option<String>,
    /// The input file.
    pub file: Option<String>,
    /// The input line.
    pub line: Option<u64>,
    /// The article id, for an input error with one.
    pub id: Option<String>,
    /// What went wrong.
    pub message: String,
}

/// One legend entry.
#[derive(Clone, Debug, Serialize)]
pub struct LegendEntry {
    /// CSS classes of a sample mark.
    pub class: &'static str,
    /// Name.
    pub name: &'static str,
    /// What it marks and what its label says.
    pub description: &'static str,
    /// A sample label.
    pub sample: &'static str,
}

const LEGEND: [LegendEntry; 9] = [
    LegendEntry {
        class: "f date",
        name: "date",
        description: "a temporal expression; the label is its TIMEX3 value (and modifier)",
        sample: "2024-03-04",
    },
    LegendEntry {
        class: "f quote direct",
        name: "quote, direct",
        description: "words in quotation marks; the label is the speaker, resolved to the fullest name",
        sample: "Ann Lee",
    },
    LegendEntry {
        class: "f quote unmarked",
        name: "quote, unmarked",
        description: "verbatim speech whose quotation marks were lost",
        sample: "Ann Lee",
    },
    LegendEntry {
        class: "f quote reported",
        name: "quote, reported",
        description: "indirect speech (“X said that …”)",
        sample: "Ann Lee",
    },
    LegendEntry {
        class: "sp",
        name: "speaker",
        description: "the speaker mention; hover a quote to mark its speaker, or a speaker to mark their quotes",
        sample: "",
    },
    LegendEntry {
        class: "f casualty killed",
        name: "killed",
        description: "a casualty figure; the label is the kind and the count",
        sample: "killed 14,000",
    },
    LegendEntry {
        class: "f casualty injured",
        name: "injured",
        description: "",
        sample: "injured ≥20",
    },
    LegendEntry {
        class: "f casualty missing",
        name: "missing / displaced",
        description: "",
        sample: "missing 3",
    },
    LegendEntry {
        class: "f other",
        name: "other analyzers",
        description: "findings of any other analyzer; the label is its value",
        sample: "value",
    },
];

impl Default for ViewPage {
    fn default() -> ViewPage {
        ViewPage::new()
    }
}

/// Element ids of the built-in template.
const RESERVED_ANCHORS: [&str; 2] = ["top", "show-labels"];

/// The view page being built: add articles, then [`ViewPage::render`].
#[derive(Clone, Debug)]
pub struct ViewPage {
    articles: Vec<ArticleView>,
    input_errors: Vec<ErrorView>,
    quote_css: String,
    anchors: HashSet<String>,
    omitted: String,
    missing_ids: Vec<String>,
}

#[derive(Serialize)]
struct ViewCtx<'a> {
    page: PageMeta,
    articles: &'a [ArticleView],
    input_errors: &'a [ErrorView],
    legend: &'a [LegendEntry],
    quote_css: &'a str,
    total_findings: usize,
    omitted: &'a str,
    missing_ids: &'a [String],
}

impl ViewPage {
    /// An empty page.
    pub fn new() -> ViewPage {
        ViewPage {
            articles: Vec::new(),
            input_errors: Vec::new(),
            quote_css: String::new(),
            // Element ids the page itself uses: an article named so gets
            // `article-<n>` instead.
            anchors: RESERVED_ANCHORS.iter().map(|s| s.to_string()).collect(),
            omitted: String::new(),
            missing_ids: Vec::new(),
        }
    }

    /// The articles added so far.
    pub fn articles(&self) -> &[ArticleView] {
        &self.articles
    }

    /// Adds a record made by the pipeline (with its article). A record
    /// without an article (input that could not be read) is shown as an
    /// input error.
    pub fn add_record(&mut self, record: &Record) {
        let Some(article) = &record.article else {
            for e in &record.errors {
                self.input_errors.push(ErrorView {
                    stage: "input".into(),
                    analyzer: e.analyzer.clone(),
                    file: e.file.clone(),
                    line: e.line,
                    id: record.unread_id.clone(),
                    message: e.message.clone(),
                });
            }
            return;
        };
        let names: Vec<&str> = record.outputs.iter().map(|(n, _)| *n).collect();
        // The JSON states its offset unit (a pipeline `with_offsets(Bytes)`
        // saves converting there and back).
        match serde_json::to_value(record) {
            Ok(json) => self.add_json(&json, &article.body, &names),
            Err(e) => {
                let mut json =
                    serde_json::json!({"id": article.id, "offsets": "bytes", "errors": []});
                json["errors"] = serde_json::json!([{"stage": "view",
                    "message": format!("the record could not be read: {e}")}]);
                self.add_json(&json, &article.body, &[]);
            }
        }
    }

    /// Adds an article given as its record's JSON (as `newsfacts run` writes
    /// it, offsets in either unit) and its text; `analyzers` names the keys
    /// that hold analyzer outputs.
    pub fn add_json(&mut self, record: &Value, text: &str, analyzers: &[&str]) {
        let n = self.articles.len();
        let prefix = format!("a{n}");
        let (found, problems) = findings::collect(record, text, analyzers, &prefix);
        let marks = findings::marks(&found);
        let html = annotate::render(text, &marks);
        for f in &found {
            if f.speaker.is_some() {
                // Hovering a quote marks its speaker mention, and the other way round.
                let id = &f.id;
                self.quote_css.push_str(&format!(
                    ".doc:has([data-f=\"{id}\"]:hover) [data-sp~=\"{id}\"],\
                     .doc:has([data-sp~=\"{id}\"]:hover) [data-f=\"{id}\"]{{outline:2px solid var(--sp);outline-offset:1px}}\n"
                ));
            }
        }
        let str_field = |k: &str| record.get(k).and_then(Value::as_str).map(str::to_string);
        let id = str_field("id").unwrap_or_default();
        // An id that is safe in a URL fragment and unique is its own anchor.
        let anchor = if !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
            && !id.starts_with("article-")
            && !self.anchors.contains(&id)
        {
            id.clone()
        } else {
            format!("article-{n}")
        };
        self.anchors.insert(anchor.clone());
        let url_text = str_field("url");
        let url = url_text
            .clone()
            .filter(|u| u.starts_with("https://") || u.starts_with("http://"));
        let mut counts: Vec<Count> = Vec::new();
        for &name in analyzers {
            if record.get(name).is_some() {
                counts.push(Count {
                    name: name.to_string(),
                    n: found.iter().filter(|f| f.analyzer == name).count(),
                });
            }
        }
        let mut errors: Vec<ErrorView> = record
            .get("errors")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|e| {
                let s = |k: &str| e.get(k).and_then(Value::as_str).map(str::to_string);
                ErrorView {
                    stage: s("stage").unwrap_or_default(),
                    analyzer: s("analyzer"),
                    file: s("file"),
                    line: e.get("line").and_then(Value::as_u64),
                    id: None,
                    message: s("message").unwrap_or_default(),
                }
            })
            .collect();
        errors.extend(problems.into_iter().map(|message| ErrorView {
            stage: "view".into(),
            message,
            ..ErrorView::default()
        }));
        self.articles.push(ArticleView {
            anchor,
            id,
            title: str_field("title"),
            published: str_field("published"),
            url,
            url_text,
            html,
            findings: found.iter().map(|f| finding_view(f, text)).collect(),
            counts,
            errors,
        });
    }

    /// Adds an input error (input that could not become an article).
    pub fn add_input_error(
        &mut self,
        file: Option<String>,
        line: Option<u64>,
        id: Option<String>,
        message: String,
    ) {
        self.input_errors.push(ErrorView {
            stage: "input".into(),
            file,
            line,
            id,
            message,
            ..ErrorView::default()
        });
    }

    /// Says on the page that more articles were not shown, and why.
    pub fn set_omitted(&mut self, sentence: impl Into<String>) {
        self.omitted = sentence.into();
    }

    /// Ids asked for that no input had.
    pub fn set_missing_ids(&mut self, ids: Vec<String>) {
        self.missing_ids = ids;
    }

    /// The page, with the built-in template or `template` (Jinja source; see
    /// [`crate::page`]).
    pub fn render(&self, template: Option<&str>) -> Result<String, Error> {
        let ctx = ViewCtx {
            page: PageMeta::new("newsfacts view"),
            articles: &self.articles,
            input_errors: &self.input_errors,
            legend: &LEGEND,
            quote_css: &self.quote_css,
            total_findings: self.articles.iter().map(|a| a.findings.len()).sum(),
            omitted: &self.omitted,
            missing_ids: &self.missing_ids,
        };
        page::render("view.html", page::VIEW_TEMPLATE, template, &ctx)
    }
}

fn finding_view(f: &Finding, text: &str) -> FindingView {
    FindingView {
        id: f.id.clone(),
        analyzer: f.analyzer.clone(),
        class: f.class,
        subkind: f.subkind.clone(),
        label: f.label.clone(),
        title: f.title.clone(),
        text: text.get(f.start..f.end).unwrap_or("").to_string(),
    }
}
