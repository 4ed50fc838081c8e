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

    /// Writes the record's fields, in output order, to `map` (a serde map,
    /// or the direct JSON writer of [`Record::write_json`]).
    fn write_fields<F: Fields>(&self, map: &mut F) -> Result<(), F::Error> {
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
                map.entry("id", &a.id)?;
                map.entry("title", &a.title)?;
                map.entry("published", &a.published)?;
                map.entry("url", &a.url)?;
                map.entry("offsets", self.offsets.as_str())?;
                for (k, v) in &a.meta {
                    if !RESERVED.contains(&k.as_str()) && self.output_dyn(k).is_none() {
                        map.entry(k, v)?;
                    }
                }
                if a.meta.contains_key(EXTRACTOR_FIELD) {
                    map.entry("text", &a.body)?;
                }
            }
            None => map.entry("id", &self.unread_id)?,
        }
        for (name, out) in &self.outputs {
            map.output(name, out.as_ref())?;
        }
        map.entry("errors", &self.errors)
    }

    /// Runs `write` with offsets converted to [`Record::offsets`] units
    /// (see [`offsets::with_chars`]).
    fn in_units<R>(&self, write: impl FnOnce() -> R) -> R {
        let body = self.article.as_ref().map(|a| a.body.as_str()).unwrap_or("");
        if self.offsets == OffsetUnit::Chars && !body.is_ascii() {
            offsets::with_chars_owned(CharIndex::new(body), write)
        } else {
            write()
        }
    }

    /// Appends the record to `out` as one line of compact JSON (without the
    /// line break): the same bytes as `serde_json::to_writer(out, record)`,
    /// written faster. Serializing a [`Record`] through serde reaches each
    /// analyzer output through the type-erased serializer, a virtual call
    /// for every field and value inside it; here each output is written by
    /// its own type's code ([`Output::write_json`]). On an error `out` may
    /// hold part of the record.
    pub fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        self.in_units(|| {
            let mut map = JsonMap { out, first: true };
            self.write_fields(&mut map)?;
            map.end();
            Ok(())
        })
    }
}

/// Where [`Record::write_fields`] writes: a serde map or [`JsonMap`].
trait Fields {
    type Error;
    /// One field.
    fn entry<V: Serialize + ?Sized>(&mut self, key: &str, value: &V) -> Result<(), Self::Error>;
    /// One analyzer's output.
    fn output(&mut self, key: &str, value: &dyn Output) -> Result<(), Self::Error>;
}

/// A serde map as [`Fields`].
struct SerdeMap<'m, M>(&'m mut M);

impl<M: SerializeMap> Fields for SerdeMap<'_, M> {
    type Error = M::Error;
    fn entry<V: Serialize + ?Sized>(&mut self, key: &str, value: &V) -> Result<(), M::Error> {
        self.0.serialize_entry(key, value)
    }
    fn output(&mut self, key: &str, value: &dyn Output) -> Result<(), M::Error> {
        self.0.serialize_entry(key, value)
    }
}

/// A JSON object written straight into a byte buffer, as serde_json's
/// compact serializer writes a map: `{"key":value,...}`.
struct JsonMap<'o> {
    out: &'o mut Vec<u8>,
    /// No field written yet (the `{` is still to come).
    first: bool,
}

impl JsonMap<'_> {
    /// Writes the separator and `"key":`.
    fn key(&mut self, key: &str) -> serde_json::Result<()> {
        self.out.push(if self.first { b'{' } else { b',' });
        self.first = false;
        serde_json::to_writer(&mut *self.out, key)?;
        self.out.push(b':');
        Ok(())
    }

    /// Closes the object.
    fn end(self) {
        if self.first {
            self.out.push(b'{');
        }
        self.out.push(b'}');
    }
}

impl Fields for JsonMap<'_> {
    type Error = serde_json::Error;
    fn entry<V: Serialize + ?Sized>(&mut self, key: &str, value: &V) -> serde_json::Result<()> {
        self.key(key)?;
        serde_json::to_writer(&mut *self.out, value)
    }
    fn output(&mut self, key: &str, value: &dyn Output) -> serde_json::Result<()> {
        self.key(key)?;
        value.write_json(self.out)
    }
}

impl Serialize for Record {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.in_units(|| {
            let mut map = serializer.serialize_map(None)?;
            self.write_fields(&mut SerdeMap(&mut map))?;
            map.end()
        })
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

    /// [`Record::write_json`] writes what serde writes, byte for byte: in
    /// both offset units, with meta fields, extracted text, escapes,
    /// analyzer outputs, errors and records of unread lines.
    #[test]
    fn direct_json_is_the_serde_json_bytes() {
        let body = "Kyïv \"said\"\n\u{1}: 14,000 killed";
        let start = body.find("14,000").unwrap();
        let mut a = Article::new("k\u{e9}1", body);
        a.title = Some("A \"title\"\t".into());
        a.meta
            .insert("source".into(), serde_json::json!({"n": [1, "ï"]}));
        a.meta
            .insert("id".into(), serde_json::json!("reserved, skipped"));
        let mut records = Vec::new();
        for unit in [OffsetUnit::Chars, OffsetUnit::Bytes] {
            for extracted in [false, true] {
                let mut a = a.clone();
                if extracted {
                    a.meta
                        .insert(EXTRACTOR_FIELD.into(), serde_json::json!("x"));
                }
                let mut r = Record::new(a, unit);
                let span = Span::new(body, start, start + 6).unwrap();
                r.outputs.push((
                    "hits",
                    Box::new(vec![Hit {
                        span,
                        other: Some(start),
                    }]),
                ));
                r.outputs.push(("none", Box::new(Option::<u8>::None)));
                r.errors.push(RecordError {
                    stage: Stage::Analyzer,
                    analyzer: Some("none".into()),
                    file: None,
                    line: None,
                    message: "it \"failed\"".into(),
                });
                records.push(r);
            }
        }
        records.push(Record::input_error(None, Some(2), "bad"));
        records.push(Record::input_error(None, None, "bad").with_unread_id(Some("u".into())));
        for r in &records {
            let mut fast = Vec::new();
            r.write_json(&mut fast).unwrap();
            let slow = serde_json::to_vec(r).unwrap();
            assert_eq!(
                String::from_utf8(fast).unwrap(),
                String::from_utf8(slow).unwrap()
            );
        }
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
