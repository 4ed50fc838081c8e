//! [`Record`]: one line of output.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use std::any::Any;

use crate::{Analyzer, Article, CharIndex, OffsetUnit, Output, offsets};

/// Where in the processing an error happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Reading the input: the article could not be read at all.
    Input,
    /// An analyzer returned an error.
    Analyzer,
    /// An analyzer panicked; the panic was caught.
    Panic,
    /// An analyzer was skipped because one it requires failed.
    Skipped,
}

/// One error attached to a record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RecordError {
    /// Where it happened.
    pub stage: Stage,
    /// The analyzer concerned, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub analyzer: Option<String>,
    /// The input file, if known (`-` for standard input).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The 1-based line in that file, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// What went wrong, in words.
    pub message: String,
}

/// The result of analysing one article: its metadata, each analyzer's output
/// in run order, and the errors met on the way.
///
/// Serializes (to JSON) as one object:
/// `{"id", "title", "published", "url", "offsets", <meta fields>, ["text",] <analyzer>: <output>..., "errors": [...]}`.
/// `text` (the article's body) is written only for an article whose text
/// newsfacts made itself, by extracting it from a web page: its meta has an
/// `extractor` field. Every other article's text is in the input already.
/// Offsets inside outputs are written in [`Record::offsets`] units: the
/// conversion is done here, during serialization, so analyzers work in bytes.
/// A meta field whose key is a reserved field or an analyzer name is left
/// out, so a key is never written twice.
pub struct Record {
    /// The article; `None` when it could not be read (see `errors`).
    pub article: Option<Article>,
    /// `(analyzer name, output)` in plan order.
    pub outputs: Vec<(&'static str, Box<dyn Output>)>,
    /// What went wrong, if anything.
    pub errors: Vec<RecordError>,
    /// The unit of every offset written.
    pub offsets: OffsetUnit,
    /// For a record without an article (an input error): the article's id
    /// when the input named it before it turned out unreadable (a JSON line
    /// with an `id` but no text). Written as the record's `id`, so the error
    /// can be paired with its article; `None` is written as `null`.
    pub unread_id: Option<String>,
}

/// The meta field that marks an article whose text was extracted from a web
/// page (it names the extractor); its record carries the text.
pub const EXTRACTOR_FIELD: &str = "extractor";

impl Record {
    /// A record for an article, with no outputs yet.
    pub fn new(article: Article, offsets: OffsetUnit) -> Record {
        Record {
            article: Some(article),
            outputs: Vec::new(),
            errors: Vec::new(),
            offsets,
            unread_id: None,
        }
    }

    /// A record for input that could not be read into an article.
    pub fn input_error(
        file: Option<String>,
        line: Option<u64>,
        message: impl Into<String>,
    ) -> Record {
        Record {
            article: None,
            outputs: Vec::new(),
            errors: vec![RecordError {
                stage: Stage::Input,
                analyzer: None,
                file,
                line,
                message: message.into(),
            }],
            offsets: OffsetUnit::Chars,
            unread_id: None,
        }
    }

    /// The same record, naming the id of the article it stands for (see
    /// [`Record::unread_id`]).
    pub fn with_unread_id(mut self, id: Option<String>) -> Record {
        self.unread_id = id;
        self
    }

    /// The typed output of analyzer `A`, if it ran on this article without
    /// error: `record.output::<Quotes>()` is a `&Vec<Quote>` (every bundled
    /// plugin crate also names its output type `Output`, so this is a
    /// `&newsfacts_quotes::Output`). The same accessor as
    /// [`Document::output`](crate::Document::output).
    ///
    /// Spans in typed outputs are **byte** offsets into the body
    /// ([`Span`](crate::Span)); only serializing the record writes them in
    /// [`Record::offsets`] units (characters by default).
    ///
    /// `None` when `A` was not run, failed (see [`Record::errors`]), or when
    /// the output stored under `A::NAME` is of another type (a different
    /// analyzer of the same name).
    pub fn output<A: Analyzer>(&self) -> Option<&A::Output> {
        let out: &dyn Any = self.output_dyn(A::NAME)?;
        out.downcast_ref()
    }

    /// The output of the analyzer named `name`, type erased (serializable;
    /// readable by type through [`Record::output`]).
    pub fn output_dyn(&self, name: &str) -> Option<&dyn Output> {
        self.outputs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, o)| o.as_ref())
    }

    fn serialize_fields<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        const RESERVED: [&str; 7] = [
            "id",
            "title",
            "published",
            "url",
            "offsets",
            "errors",
            "text",
        ];
        match &self.article {
            Some(a) => {
                map.serialize_entry("id", &a.id)?;
                map.serialize_entry("title", &a.title)?;
                map.serialize_entry("published", &a.published)?;
                map.serialize_entry("url", &a.url)?;
                map.serialize_entry("offsets", self.offsets.as_str())?;
                for (k, v) in &a.meta {
                    if !RESERVED.contains(&k.as_str()) && self.output_dyn(k).is_none() {
                        map.serialize_entry(k, v)?;
                    }
                }
                if a.meta.contains_key(EXTRACTOR_FIELD) {
                    map.serialize_entry("text", &a.body)?;
                }
            }
            None => map.serialize_entry("id", &self.unread_id)?,
        }
        for (name, out) in &self.outputs {
            map.serialize_entry(name, out)?;
        }
        map.serialize_entry("errors", &self.errors)
    }
}

impl Serialize for Record {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let body = self.article.as_ref().map(|a| a.body.as_str()).unwrap_or("");
        let write = |serializer: S| {
            let mut map = serializer.serialize_map(None)?;
            self.serialize_fields(&mut map)?;
            map.end()
        };
        if self.offsets == OffsetUnit::Chars && !body.is_ascii() {
            offsets::with_chars_owned(CharIndex::new(body), || write(serializer))
        } else {
            write(serializer)
        }
    }
}

impl std::fmt::Debug for Record {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Record")
            .field("article", &self.article.as_ref().map(|a| &a.id))
            .field(
                "outputs",
                &self.outputs.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
            )
            .field("errors", &self.errors)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Span;

    #[derive(Serialize)]
    struct Hit {
        #[serde(flatten)]
        span: Span,
        #[serde(serialize_with = "crate::offsets::serialize_opt")]
        other: Option<usize>,
    }

    fn json(r: &Record) -> serde_json::Value {
        let mut out = Vec::new();
        r.serialize(&mut serde_json::Serializer::new(&mut out))
            .unwrap();
        serde_json::from_slice(&out).unwrap()
    }

    #[test]
    fn offsets_are_written_in_the_chosen_unit_and_meta_round_trips() {
        let body = "Kyïv: 14,000 killed";
        let mut a = Article::new("x1", body);
        a.meta.insert("source".into(), serde_json::json!("AP"));
        a.meta.insert(
            "hits".into(),
            serde_json::json!("collides with an analyzer name"),
        );
        let start = body.find("14,000").unwrap();
        let make = |unit| {
            let mut r = Record::new(a.clone(), unit);
            let span = Span::new(body, start, start + 6).unwrap();
            r.outputs.push((
                "hits",
                Box::new(vec![Hit {
                    span,
                    other: Some(start),
                }]),
            ));
            json(&r)
        };
        let chars = make(OffsetUnit::Chars);
        assert_eq!(chars["hits"][0]["start"], 6);
        assert_eq!(chars["hits"][0]["end"], 12);
        assert_eq!(chars["hits"][0]["other"], 6);
        assert_eq!(chars["source"], "AP");
        let bytes = make(OffsetUnit::Bytes);
        assert_eq!(bytes["hits"][0]["start"], 7);
        assert_eq!(bytes["hits"][0]["other"], 7);
        // Outside a record, spans serialize as bytes.
        assert_eq!(
            serde_json::to_value(Span::new(body, 6, 8).unwrap()).unwrap()["start"],
            6
        );
    }

    struct Counter;
    impl Analyzer for Counter {
        const NAME: &'static str = "zeta";
        type Config = ();
        type Output = u32;
        fn new(_: ()) -> Result<Self, crate::Error> {
            Ok(Counter)
        }
        fn analyze(&self, _: &crate::Document<'_>) -> Result<u32, crate::Error> {
            Ok(0)
        }
    }
    /// Claims the name `zeta` too, with another output type.
    struct Impostor;
    impl Analyzer for Impostor {
        const NAME: &'static str = "zeta";
        type Config = ();
        type Output = String;
        fn new(_: ()) -> Result<Self, crate::Error> {
            Ok(Impostor)
        }
        fn analyze(&self, _: &crate::Document<'_>) -> Result<String, crate::Error> {
            Ok(String::new())
        }
    }

    #[test]
    fn outputs_are_read_by_analyzer_type() {
        let mut r = Record::new(Article::new("x", "t"), OffsetUnit::Chars);
        assert_eq!(r.output::<Counter>(), None, "not run");
        r.outputs.push(("alpha", Box::new(2u32)));
        r.outputs.push(("zeta", Box::new(7u32)));
        assert_eq!(r.output::<Counter>(), Some(&7), "found by name, typed");
        assert_eq!(r.output::<Impostor>(), None, "same name, other type");
        assert!(r.output_dyn("alpha").is_some() && r.output_dyn("beta").is_none());
    }

    #[test]
    fn extracted_text_is_written_and_other_text_is_not() {
        let mut a = Article::new("p1", "Ferry back.\nPier repaired.");
        let plain = json(&Record::new(a.clone(), OffsetUnit::Chars));
        assert!(plain.get("text").is_none());
        a.meta.insert(
            EXTRACTOR_FIELD.into(),
            serde_json::json!({"name": "x", "version": "1"}),
        );
        let web = json(&Record::new(a, OffsetUnit::Chars));
        assert_eq!(web["text"], "Ferry back.\nPier repaired.");
        assert_eq!(web["extractor"]["name"], "x");
    }

    #[test]
    fn keys_come_in_plan_order_with_errors_last() {
        let mut r = Record::new(Article::new("x", "t"), OffsetUnit::Chars);
        r.outputs.push(("zeta", Box::new(1)));
        r.outputs.push(("alpha", Box::new(2)));
        let mut out = Vec::new();
        r.serialize(&mut serde_json::Serializer::new(&mut out))
            .unwrap();
        let s = String::from_utf8(out).unwrap();
        assert_eq!(
            s,
            r#"{"id":"x","title":null,"published":null,"url":null,"offsets":"chars","zeta":1,"alpha":2,"errors":[]}"#
        );
        let e = json(&Record::input_error(
            Some("a.jsonl".into()),
            Some(3),
            "bad JSON",
        ));
        assert_eq!(e["errors"][0]["line"], 3);
        assert_eq!(e["errors"][0]["stage"], "input");
    }
}
