//! The page templates (minijinja: Jinja syntax) and what they are given.
//!
//! Both pages are rendered from a template: the built-in ones
//! ([`VIEW_TEMPLATE`], [`REPORT_TEMPLATE`], in `crates/view/templates/`), or
//! one of your own (`newsfacts view --template my.html`). A template is
//! auto-escaped as HTML; the pre-rendered parts — an article's annotated text
//! (`article.html`), a chart's SVG (`chart.svg`), the page's CSS (`page.css`)
//! and the quote-to-speaker hover rules (`quote_css`) — are HTML or CSS
//! written and escaped by this crate, and are inserted with `|safe`.
//!
//! Every template gets `page`:
//!
//! | name | what |
//! |---|---|
//! | `page.title` | `newsfacts view` / `newsfacts report` |
//! | `page.generator` | `newsfacts-view 0.1.0` |
//! | `page.csp` | the Content-Security-Policy for a `<meta http-equiv>` tag ([`CSP`]) |
//! | `page.css` | the built-in style sheet (light and dark schemes, print) |
//!
//! Both get the filter `thousands` (`14000|thousands` is `14,000`).
//!
//! The view's template also gets `articles` (each with `anchor`, `id`,
//! `title`, `published`, `url`, `html`, `findings` (each with `id`,
//! `analyzer`, `class`, `subkind`, `label`, `title`, `text`), `counts` (each
//! `name`, `n`) and `errors` (each `stage`, `analyzer`, `file`, `line`,
//! `message`)), `input_errors` (`file`, `line`, `id`, `message`), `legend`
//! (`class`, `name`, `description`, `sample`), `quote_css`, `total_findings`, `omitted` (a sentence, or
//! empty) and `missing_ids`. The report's template gets `summary`
//! (`records`, `articles`, `with_errors`, `unreadable`, `first_published`,
//! `last_published`, `sources`), `analyzers` and `errors` (tables: `header`,
//! `rows`, `csv_name`, `csv_href`) and `charts` (each `key`, `title`,
//! `caption`, `svg` and `table`).

use minijinja::Environment;
use serde::Serialize;

use crate::Error;

/// The view's built-in template.
pub const VIEW_TEMPLATE: &str = include_str!("../templates/view.html");
/// The report's built-in template.
pub const REPORT_TEMPLATE: &str = include_str!("../templates/report.html");
/// The built-in style sheet, given to templates as `page.css`.
pub const CSS: &str = include_str!("../templates/style.css");

/// The Content-Security-Policy of both pages: nothing may be loaded (no
/// script at all, no remote style, font or image); inline styles and `data:`
/// images are allowed, and nothing else.
pub const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; \
                       base-uri 'none'; form-action 'none'";

/// What every template gets as `page`.
#[derive(Clone, Debug, Serialize)]
pub struct PageMeta {
    /// The page title.
    pub title: &'static str,
    /// This crate and its version.
    pub generator: String,
    /// [`CSP`].
    pub csp: &'static str,
    /// [`CSS`].
    pub css: &'static str,
}

impl PageMeta {
    /// The meta of a page titled `title`.
    pub fn new(title: &'static str) -> PageMeta {
        PageMeta {
            title,
            generator: format!("newsfacts-view {}", env!("CARGO_PKG_VERSION")),
            csp: CSP,
            css: CSS,
        }
    }
}

/// A chart as the report's template sees it.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct ChartCtx {
    pub(crate) key: &'static str,
    pub(crate) title: &'static str,
    pub(crate) caption: String,
    pub(crate) svg: String,
    pub(crate) table: crate::report::TableCtx,
}

/// Renders `ctx` with `user` (a template's source) or else `builtin`. The
/// template is named `name` (an `.html` name: auto-escaped as HTML).
pub(crate) fn render<C: Serialize>(
    name: &'static str,
    builtin: &'static str,
    user: Option<&str>,
    ctx: &C,
) -> Result<String, Error> {
    let mut env = Environment::new();
    env.add_filter("thousands", |n: u64| crate::findings::thousands(n));
    let source = user.unwrap_or(builtin);
    let err = |source: minijinja::Error| Error::Template {
        name: if user.is_some() {
            "--template".into()
        } else {
            name.into()
        },
        message: describe(&source),
    };
    env.add_template(name, source).map_err(err)?;
    let template = env.get_template(name).map_err(err)?;
    template
        .render(minijinja::Value::from(minijinja::value::Serde(ctx)))
        .map_err(err)
}

/// A template error with its causes and, when known, its line.
fn describe(e: &minijinja::Error) -> String {
    let mut s = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        s.push_str(": ");
        s.push_str(&cause.to_string());
        source = cause.source();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Ctx {
        page: PageMeta,
        html: &'static str,
        name: &'static str,
    }

    #[test]
    fn values_are_escaped_and_safe_parts_are_not() {
        let ctx = Ctx {
            page: PageMeta::new("t"),
            html: "<b>x</b>",
            name: "<script>",
        };
        let out = render("t.html", "{{ name }}|{{ html|safe }}", None, &ctx).unwrap();
        assert_eq!(out, "&lt;script&gt;|<b>x</b>");
    }

    #[test]
    fn a_bad_user_template_says_where() {
        let ctx = Ctx {
            page: PageMeta::new("t"),
            html: "",
            name: "",
        };
        let e = render("t.html", "", Some("line one\n{% for x in %}"), &ctx)
            .unwrap_err()
            .to_string();
        assert!(e.contains("--template") && e.contains(":2)"), "{e}");
    }
}
