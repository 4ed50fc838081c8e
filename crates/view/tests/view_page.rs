//! The view page read back by an HTML parser (html5ever, through `scraper`),
//! as a browser reads it: each article's text content is its text exactly,
//! every finding is one element (plus continuation fragments) covering its
//! text, nothing is loaded from anywhere.

mod common;

use common::{Fixture, check_page, fixtures, parse};
use newsfacts_view::ViewPage;
use proptest::prelude::*;

fn page_of(fixtures: &[Fixture]) -> String {
    let mut page = ViewPage::new();
    for f in fixtures {
        let names: Vec<&str> = f.analyzers.iter().map(String::as_str).collect();
        page.add_json(&f.record, &f.text, &names);
    }
    page.render(None).unwrap()
}

#[test]
fn every_fixture_article_reads_back_as_its_text_with_every_finding_once() {
    let fixtures = fixtures();
    assert_eq!(fixtures.len(), 5);
    let html = page_of(&fixtures);
    let checked = check_page(&html, &fixtures);
    // One finding of the last fixture runs past its text: left out, reported.
    assert_eq!(checked.findings, 20);
    assert!(
        html.contains("not inside the text; not shown"),
        "the bad span is reported"
    );
}

#[test]
fn crossing_findings_are_split_and_reopened() {
    let fixtures = fixtures();
    let html = page_of(&fixtures[..1]);
    let doc = parse(&html);
    // "3 more were hurt,\"" starts inside the quote and ends after it: two fragments.
    let sel = scraper::Selector::parse(".doc mark.casualty.injured").unwrap();
    let frags: Vec<_> = doc.select(&sel).collect();
    assert_eq!(frags.len(), 2);
    let classes: Vec<_> = frags
        .iter()
        .map(|e| e.value().attr("class").unwrap())
        .collect();
    assert_eq!(
        classes,
        ["f casualty injured", "f casualty injured cont tail"]
    );
    let text: String = frags.iter().flat_map(|e| e.text()).collect();
    assert_eq!(text, "3 more were hurt,\"");
    // The date sits inside the quote; the quote's label is its speaker.
    let sel = scraper::Selector::parse("mark.quote mark.date").unwrap();
    assert_eq!(doc.select(&sel).count(), 1);
    assert!(html.contains("data-label=\"Mara Quill\""));
}

#[test]
fn hovering_a_quote_marks_its_speaker_mention() {
    let fixtures = fixtures();
    let html = page_of(&fixtures[2..3]);
    let doc = parse(&html);
    // "he" speaks both quotes of the last sentence: one mention, two ids.
    let sel = scraper::Selector::parse("span.sp").unwrap();
    let mentions: Vec<_> = doc.select(&sel).collect();
    let ids: Vec<_> = mentions
        .iter()
        .map(|e| e.value().attr("data-sp").unwrap())
        .collect();
    assert_eq!(ids, ["a0-4", "a0-5", "a0-6 a0-7"]);
    for id in ["a0-4", "a0-5", "a0-6", "a0-7"] {
        let rule = format!(".doc:has([data-f=\"{id}\"]:hover) [data-sp~=\"{id}\"]");
        assert!(html.contains(&rule), "no hover rule for {id}");
    }
    // The rules name only ids the page made: nothing from the text gets into CSS.
    assert!(!html.contains("data-f=\"Ivo"));
}

#[test]
fn values_are_attributes_never_text() {
    let fixtures = fixtures();
    let html = page_of(&fixtures);
    let doc = parse(&html);
    let sel = scraper::Selector::parse("mark.date[data-label=\"2024-03-05\"]").unwrap();
    let date = doc.select(&sel).next().expect("the Tuesday date");
    assert_eq!(date.text().collect::<String>(), "Tuesday");
    assert!(
        date.value()
            .attr("title")
            .unwrap()
            .contains("value 2024-03-05")
    );
    // Markup in the text stays text; markup in labels and errors stays text too.
    assert!(!html.contains("<script>alert"));
    assert!(html.contains("&lt;boom&gt;") && html.contains("Storm &lt;returns&gt;"));
}

#[test]
fn articles_are_navigable_by_id() {
    let fixtures = fixtures();
    let html = page_of(&fixtures);
    let doc = parse(&html);
    for f in &fixtures {
        let id = f.record["id"].as_str().unwrap();
        let link = scraper::Selector::parse(&format!("nav a[href=\"#{id}\"]")).unwrap();
        assert_eq!(doc.select(&link).count(), 1, "{id}");
        let target = scraper::Selector::parse(&format!("article#{id}")).unwrap();
        assert_eq!(doc.select(&target).count(), 1, "{id}");
    }
}

#[test]
fn a_users_template_gets_the_articles() {
    let fixtures = fixtures();
    let mut page = ViewPage::new();
    page.add_json(&fixtures[0].record, &fixtures[0].text, &["dates", "quotes"]);
    let out = page
        .render(Some(
            "{% for a in articles %}{{ a.id }}:{% for f in a.findings %}[{{ f.class }} {{ f.text }}]{% endfor %}{% endfor %}",
        ))
        .unwrap();
    assert_eq!(
        out,
        "nested-and-crossing:[date Tuesday][quote We lost 14 people on Tuesday and 3 more were hurt]"
    );
}

/// Text from pieces that matter to HTML: markup characters, entities, line
/// ends of every kind, NUL and other controls, multi-byte and combining
/// characters, non-characters.
fn tricky_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a",
        "Monday",
        " ",
        "<",
        ">",
        "&",
        "&amp;",
        "\"",
        "'",
        "\r",
        "\n",
        "\r\n",
        "\0",
        "\t",
        "\u{1}",
        "\u{85}",
        "\u{a0}",
        "é",
        "e\u{301}",
        "👩‍👧",
        "ש",
        "\u{fffe}",
        "<!--",
        "]]>",
        "</div>",
        "<mark>",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any text, any spans (overlapping, crossing, nested, empty, equal):
    /// the text reads back exactly and every finding is rendered once.
    #[test]
    fn any_text_and_any_spans_read_back(
        text in tricky_text(),
        raw in prop::collection::vec((0usize..1000, 0usize..1000, 0usize..3), 0..12),
    ) {
        let chars = text.chars().count();
        let mut dates = Vec::new();
        let mut quotes = Vec::new();
        let mut figures = Vec::new();
        for (a, b, kind) in raw {
            let (s, e) = if chars == 0 { (0, 0) } else { (a % (chars + 1), b % (chars + 1)) };
            let (s, e) = (s.min(e), s.max(e));
            let t: String = text.chars().skip(s).take(e - s).collect();
            let f = serde_json::json!({"text": t, "start": s, "end": e});
            match kind {
                0 => dates.push(f),
                1 => {
                    let mut q = f;
                    q["speaker"] = "Ann".into();
                    q["speaker_start"] = s.into();
                    q["speaker_end"] = (s + (e - s).min(1)).into();
                    quotes.push(q);
                }
                _ => {
                    let mut c = f;
                    c["kind"] = "killed".into();
                    c["count"] = 3.into();
                    figures.push(c);
                }
            }
        }
        let fixture = Fixture {
            text,
            analyzers: vec!["dates".into(), "quotes".into(), "casualties".into()],
            record: serde_json::json!({"id": "p", "offsets": "chars", "dates": dates,
                "quotes": quotes, "casualties": {"figures": figures}, "errors": []}),
        };
        let html = page_of(std::slice::from_ref(&fixture));
        check_page(&html, std::slice::from_ref(&fixture));
    }
}

#[test]
fn an_article_named_like_a_part_of_the_page_gets_its_own_anchor() {
    let mut page = ViewPage::new();
    for id in ["top", "top", "a b", "ok-1"] {
        page.add_json(&serde_json::json!({"id": id, "offsets": "chars"}), "x", &[]);
    }
    let anchors: Vec<_> = page.articles().iter().map(|a| a.anchor.as_str()).collect();
    assert_eq!(anchors, ["article-0", "article-1", "article-2", "ok-1"]);
}
