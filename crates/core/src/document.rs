//! [`Document`]: an article under analysis, with shared layers and the
//! outputs of analyzers that ran earlier.

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::{Analyzer, Article, Error, Output};

/// Something computed from a document once and shared by every analyzer
/// that asks for it: sentences, tokens, number phrases, the character index.
///
/// Layers are defined next to the code that computes them (most in
/// `newsfacts-text`); a layer may ask the document for other layers.
pub trait Layer: Any + Send + Sync + Sized {
    /// Computes the layer. Called at most once per document (twice only if
    /// two threads race on one document; the first result is kept).
    fn compute(doc: &Document<'_>) -> Self;
}

type LayerMap = HashMap<TypeId, Arc<dyn Any + Send + Sync>>;

/// An [`Article`] under analysis.
///
/// The runner makes one per article, then runs the planned analyzers in
/// order, storing each output with [`Document::insert_output`] so later
/// analyzers can read it with [`Document::output`].
pub struct Document<'a> {
    article: &'a Article,
    layers: Mutex<LayerMap>,
    outputs: Vec<(&'static str, Box<dyn Output>)>,
}

impl<'a> Document<'a> {
    /// Wraps an article; nothing is computed yet.
    pub fn new(article: &'a Article) -> Document<'a> {
        Document {
            article,
            layers: Mutex::new(HashMap::new()),
            outputs: Vec::new(),
        }
    }

    /// The article.
    pub fn article(&self) -> &'a Article {
        self.article
    }

    /// The article's body: the text all spans point into.
    pub fn body(&self) -> &'a str {
        &self.article.body
    }

    /// The shared layer `L`, computed on first use.
    pub fn layer<L: Layer>(&self) -> Arc<L> {
        let key = TypeId::of::<L>();
        if let Some(found) = self.lock().get(&key) {
            return downcast(found.clone());
        }
        // Computed without holding the lock: a layer may ask for others.
        let made: Arc<dyn Any + Send + Sync> = Arc::new(L::compute(self));
        let kept = self.lock().entry(key).or_insert(made).clone();
        downcast(kept)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, LayerMap> {
        // A panic while computing happens outside the lock, so poisoning
        // cannot leave a half-written map; recover rather than propagate.
        self.layers.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The typed output of analyzer `A`, if it ran earlier on this document.
    /// List `A::NAME` in your `REQUIRES` so the runner runs it first.
    pub fn output<A: Analyzer>(&self) -> Option<&A::Output> {
        let out: &dyn Any = self.output_dyn(A::NAME)?;
        out.downcast_ref()
    }

    /// [`Document::output`], or [`Error::MissingOutput`] naming both analyzers.
    pub fn require<A: Analyzer>(&self, by: &'static str) -> Result<&A::Output, Error> {
        self.output::<A>().ok_or(Error::MissingOutput {
            analyzer: by,
            required: A::NAME,
        })
    }

    /// The erased output of the analyzer named `name`.
    pub fn output_dyn(&self, name: &str) -> Option<&dyn Output> {
        self.outputs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, o)| o.as_ref())
    }

    /// Stores the output of analyzer `A`, typed: what a test does to give
    /// an analyzer the outputs it requires without a runner (run `dates`,
    /// then `doc.set_output::<Dates>(found)`), so the name and the type
    /// cannot disagree. Replaces an earlier output of that name.
    pub fn set_output<A: Analyzer>(&mut self, output: A::Output) {
        self.insert_output(A::NAME, Box::new(output));
    }

    /// Stores an analyzer's output, type erased (the runner's job).
    pub fn insert_output(&mut self, name: &'static str, output: Box<dyn Output>) {
        self.outputs.retain(|(n, _)| *n != name);
        self.outputs.push((name, output));
    }

    /// The outputs in the order they were inserted.
    pub fn outputs(&self) -> impl Iterator<Item = (&'static str, &dyn Output)> {
        self.outputs.iter().map(|(n, o)| (*n, o.as_ref()))
    }

    /// Takes the outputs out, in insertion order, ending the analysis.
    pub fn into_outputs(self) -> Vec<(&'static str, Box<dyn Output>)> {
        self.outputs
    }
}

fn downcast<L: Layer>(any: Arc<dyn Any + Send + Sync>) -> Arc<L> {
    match any.downcast::<L>() {
        Ok(l) => l,
        // Keys are the TypeId of L, so the value is always an L.
        Err(_) => unreachable!("layer map holds a value of another type under TypeId::of::<L>()"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    static COMPUTED: AtomicUsize = AtomicUsize::new(0);

    struct WordCount(usize);
    impl Layer for WordCount {
        fn compute(doc: &Document<'_>) -> Self {
            COMPUTED.fetch_add(1, Ordering::SeqCst);
            WordCount(doc.body().split_whitespace().count())
        }
    }
    struct Doubled(usize);
    impl Layer for Doubled {
        fn compute(doc: &Document<'_>) -> Self {
            Doubled(doc.layer::<WordCount>().0 * 2)
        }
    }

    struct Words;
    impl Analyzer for Words {
        const NAME: &'static str = "words";
        type Config = ();
        type Output = usize;
        fn new(_: ()) -> Result<Self, Error> {
            Ok(Words)
        }
        fn analyze(&self, doc: &Document<'_>) -> Result<usize, Error> {
            Ok(doc.body().split_whitespace().count())
        }
    }
    /// Requires `words`.
    struct Long;
    impl Analyzer for Long {
        const NAME: &'static str = "long";
        const REQUIRES: &'static [&'static str] = &["words"];
        type Config = ();
        type Output = bool;
        fn new(_: ()) -> Result<Self, Error> {
            Ok(Long)
        }
        fn analyze(&self, doc: &Document<'_>) -> Result<bool, Error> {
            Ok(*doc.require::<Words>(Self::NAME)? > 3)
        }
    }

    #[test]
    fn a_test_supplies_a_required_output_with_set_output() {
        let a = Article::new("a", "one two three four");
        let mut doc = Document::new(&a);
        let err = Long.analyze(&doc).unwrap_err().to_string();
        assert!(err.contains("`long`") && err.contains("`words`"), "{err}");
        let words = Words.analyze(&doc).unwrap();
        doc.set_output::<Words>(words);
        assert_eq!(doc.output::<Words>(), Some(&4));
        assert!(Long.analyze(&doc).unwrap());
        doc.set_output::<Words>(2);
        assert!(!Long.analyze(&doc).unwrap(), "replaced, not added");
        assert_eq!(doc.outputs().count(), 1);
    }

    #[test]
    fn layers_are_computed_once_and_may_nest() {
        let a = Article::new("a", "one two three");
        let doc = Document::new(&a);
        let before = COMPUTED.load(Ordering::SeqCst);
        assert_eq!(doc.layer::<Doubled>().0, 6);
        assert_eq!(doc.layer::<WordCount>().0, 3);
        assert_eq!(COMPUTED.load(Ordering::SeqCst) - before, 1);
    }
}
