//! Page metadata read from the parsed page, the same for every extractor:
//! the canonical link, the publication date and the title.

use dom_query::Document;
use newsfacts_core::Published;

/// What the page says about itself.
#[derive(Debug, Default)]
pub(crate) struct Meta {
    pub url: Option<String>,
    pub published: Option<Published>,
    pub title: Option<String>,
}

/// `<meta>` names and properties that hold the publication date, most
/// specific first.
const DATE_META: [&str; 12] = [
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "article.published",
    "publish-date",
    "publishdate",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
];

/// Reads the metadata of `doc`; `page_url` resolves a relative canonical link.
pub(crate) fn read(doc: &Document, page_url: Option<&str>) -> Meta {
    let url = doc
        .select("link[rel~=canonical][href]")
        .iter()
        .find_map(|l| l.attr("href").and_then(|h| absolute(h.trim(), page_url)))
        .or_else(|| meta_content(doc, &["og:url"]).and_then(|u| absolute(&u, page_url)));
    let published = meta_date(doc)
        .or_else(|| json_ld_date(doc))
        .or_else(|| time_date(doc));
    let title = meta_content(doc, &["og:title", "twitter:title"])
        .or_else(|| {
            let t = doc.select("head title").text();
            Some(t.trim().to_string())
        })
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty());
    Meta {
        url,
        published,
        title,
    }
}

/// The `content` of the first `<meta>` whose `property`, `name` or
/// `itemprop` is one of `keys` (case-insensitively), in the order of `keys`.
fn meta_content(doc: &Document, keys: &[&str]) -> Option<String> {
    let metas = doc.select("meta[content]");
    let mut best: Option<(usize, String)> = None;
    for m in metas.nodes() {
        let Some(content) = m.attr("content") else {
            continue;
        };
        let content = content.trim();
        if content.is_empty() {
            continue;
        }
        for attr in ["property", "name", "itemprop"] {
            let Some(key) = m.attr(attr) else { continue };
            let key = key.trim().to_ascii_lowercase();
            if let Some(rank) = keys.iter().position(|k| *k == key) {
                if best.as_ref().is_none_or(|(r, _)| rank < *r) {
                    best = Some((rank, content.to_string()));
                }
            }
        }
    }
    best.map(|(_, c)| c)
}

fn meta_date(doc: &Document) -> Option<Published> {
    let metas = doc.select("meta[content]");
    let mut best: Option<(usize, Published)> = None;
    for m in metas.nodes() {
        let Some(content) = m.attr("content") else {
            continue;
        };
        for attr in ["property", "name", "itemprop"] {
            let Some(key) = m.attr(attr) else { continue };
            let key = key.trim().to_ascii_lowercase();
            let Some(rank) = DATE_META.iter().position(|k| *k == key) else {
                continue;
            };
            if best.as_ref().is_some_and(|(r, _)| *r <= rank) {
                continue;
            }
            if let Some(p) = parse_date(&content) {
                best = Some((rank, p));
            }
        }
    }
    best.map(|(_, p)| p)
}

/// `datePublished` of the first JSON-LD object that has one (at any depth:
/// `@graph` arrays and nested `mainEntity` objects included).
fn json_ld_date(doc: &Document) -> Option<Published> {
    doc.select("script[type=\"application/ld+json\"]")
        .nodes()
        .iter()
        .find_map(|s| {
            let text = s.text();
            let json: serde_json::Value = serde_json::from_str(text.trim()).ok()?;
            find_key(&json, "datePublished", 0)
                .and_then(|v| v.as_str())
                .and_then(parse_date)
        })
}

fn find_key<'v>(
    v: &'v serde_json::Value,
    key: &str,
    depth: usize,
) -> Option<&'v serde_json::Value> {
    if depth > 16 {
        return None;
    }
    match v {
        serde_json::Value::Object(map) => map
            .get(key)
            .or_else(|| map.values().find_map(|v| find_key(v, key, depth + 1))),
        serde_json::Value::Array(items) => items.iter().find_map(|v| find_key(v, key, depth + 1)),
        _ => None,
    }
}

/// A `<time datetime>` marked as the publication date, else the first one
/// inside an `<article>`, else the first on the page.
fn time_date(doc: &Document) -> Option<Published> {
    [
        "time[itemprop=datePublished][datetime]",
        "time[pubdate][datetime]",
        "article time[datetime]",
        "time[datetime]",
    ]
    .iter()
    .find_map(|sel| {
        doc.select(sel)
            .nodes()
            .iter()
            .find_map(|t| t.attr("datetime").and_then(|d| parse_date(&d)))
    })
}

/// A date as pages write them: ISO 8601 / RFC 3339 (with or without time
/// and offset), RFC 2822 (`Tue, 19 Nov 2019 06:00:00 GMT`), or a compact
/// `YYYYMMDD`.
pub(crate) fn parse_date(s: &str) -> Option<Published> {
    let s = s.trim();
    if s.len() > 64 {
        return None;
    }
    if let Ok(p) = s.parse::<Published>() {
        return Some(p);
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc2822(s) {
        return Some(Published {
            date: dt.date_naive(),
            time: Some(dt.time()),
            offset: Some(*dt.offset()),
        });
    }
    // `2019-11-19T06:00:00.000+0000`, `2019-11-19 06:00:00 +0000`: the
    // date itself is enough when a time in a form not read above follows.
    let date = s.get(..10)?;
    let rest = s.get(10..)?;
    let mut after = rest.chars();
    if matches!(after.next(), Some('T' | ' ')) && after.next().is_some_and(|c| c.is_ascii_digit()) {
        return date.parse::<Published>().ok();
    }
    None
}

/// `href` made absolute against `base` (only the forms pages use for a
/// canonical link: absolute, scheme-relative `//host/path`, and
/// root-relative `/path`).
fn absolute(href: &str, base: Option<&str>) -> Option<String> {
    let lower = href.get(..8).unwrap_or(href).to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        return Some(href.to_string());
    }
    let base = base?;
    let (scheme, rest) = base.split_once("://")?;
    if let Some(path) = href.strip_prefix("//") {
        return Some(format!("{scheme}://{path}"));
    }
    if href.starts_with('/') {
        let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
        return Some(format!("{scheme}://{host}{href}"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(html: &str, url: Option<&str>) -> Meta {
        read(&Document::from(html), url)
    }

    #[test]
    fn the_published_time_meta_comes_first() {
        let m = meta(
            r#"<head><meta name="date" content="2020-01-01">
               <meta property="article:published_time" content="2019-11-19T06:00:00-05:00"></head>
               <body><time datetime="2018-05-05">May 5</time></body>"#,
            None,
        );
        assert_eq!(
            m.published.unwrap().to_string(),
            "2019-11-19T06:00:00-05:00"
        );
    }

    #[test]
    fn json_ld_then_time_elements() {
        let m = meta(
            r#"<script type="application/ld+json">{"@context":"https://schema.org",
               "@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2021-03-04T10:00:00Z"}]}</script>
               <time datetime="2018-05-05">x</time>"#,
            None,
        );
        assert_eq!(m.published.unwrap().to_string(), "2021-03-04T10:00:00Z");
        let t = meta(
            r#"<aside><time datetime="2017-01-01">old</time></aside>
               <article><p>x</p><time datetime="2022-02-02">Feb 2</time></article>"#,
            None,
        );
        assert_eq!(t.published.unwrap().to_string(), "2022-02-02");
        let bad = meta(
            r#"<meta property="article:published_time" content="yesterday">"#,
            None,
        );
        assert_eq!(bad.published, None);
    }

    #[test]
    fn dates_in_the_forms_pages_write() {
        assert_eq!(
            parse_date("Tue, 19 Nov 2019 06:00:00 GMT")
                .unwrap()
                .to_string(),
            "2019-11-19T06:00:00Z"
        );
        assert_eq!(
            parse_date("2019-11-19T06:00:00.000+0000")
                .unwrap()
                .date
                .to_string(),
            "2019-11-19"
        );
        assert_eq!(
            parse_date("2019-11-19 at noon").map(|p| p.to_string()),
            None
        );
        assert_eq!(parse_date("20191119").unwrap().to_string(), "2019-11-19");
    }

    #[test]
    fn canonical_links_are_made_absolute() {
        let html = r#"<link rel="canonical" href="/world/story-1"><meta property="og:url" content="https://other/x">"#;
        assert_eq!(
            meta(html, Some("https://news.example/amp/story-1?x=1"))
                .url
                .as_deref(),
            Some("https://news.example/world/story-1")
        );
        // Without a base, a relative link cannot be resolved: og:url is used.
        assert_eq!(meta(html, None).url.as_deref(), Some("https://other/x"));
        assert_eq!(
            absolute("//cdn.example/a", Some("https://x/y")).as_deref(),
            Some("https://cdn.example/a")
        );
        assert_eq!(absolute("story.html", Some("https://x/y")), None);
    }

    #[test]
    fn titles_from_og_then_the_title_element() {
        assert_eq!(
            meta("<head><title> Ferry \n back | News</title></head>", None)
                .title
                .as_deref(),
            Some("Ferry back | News")
        );
        assert_eq!(
            meta(
                r#"<meta property="og:title" content="Ferry back"><title>x</title>"#,
                None
            )
            .title
            .as_deref(),
            Some("Ferry back")
        );
        assert_eq!(meta("<p>no title</p>", None).title, None);
    }
}
