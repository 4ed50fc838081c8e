//! The [`Registry`] of linked plugins, and planning by `REQUIRES`.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use crate::{Error, Plugin};

inventory::collect!(Plugin);

/// Every [`Plugin`] linked into this binary, sorted by name.
///
/// **Linking rule:** a plugin crate that is listed in `Cargo.toml` but never
/// named in code is not linked, and its plugins are silently absent. Name it
/// once in the binary: `use my_plugin as _;`. An unknown name is therefore
/// answered with the known names, the closest one, and that hint
/// ([`Error::UnknownAnalyzer`]).
///
/// **Duplicate names** are kept, so that listing the registry
/// ([`Registry::plugins`], `newsfacts analyzers`) still shows every linked
/// plugin and where each was registered; choosing a name claimed twice is
/// [`Error::DuplicateName`], naming both crates ([`Registry::duplicates`]
/// lists them all).
#[derive(Debug)]
pub struct Registry {
    plugins: Vec<&'static Plugin>,
}

impl Registry {
    /// The registry of this binary, built once on first use from every
    /// plugin submitted with [`register!`](crate::register).
    ///
    /// Never fails: duplicate names are reported when chosen (see the type's
    /// docs). The `Result` is kept so callers written against earlier
    /// versions compile unchanged.
    pub fn global() -> Result<&'static Registry, Error> {
        static GLOBAL: OnceLock<Registry> = OnceLock::new();
        Ok(
            GLOBAL
                .get_or_init(|| Registry::sorted(inventory::iter::<Plugin>.into_iter().collect())),
        )
    }

    /// A registry of the given plugins (for tests and embedders that do not
    /// use the global one), sorted by name, then by module.
    ///
    /// Never fails, like [`Registry::global`]: a duplicate name is refused
    /// when it is chosen ([`Registry::get`], [`Registry::plan`]).
    pub fn from_plugins(plugins: Vec<&'static Plugin>) -> Result<Registry, Error> {
        Ok(Registry::sorted(plugins))
    }

    fn sorted(mut plugins: Vec<&'static Plugin>) -> Registry {
        plugins.sort_by_key(|p| (p.name, p.module));
        Registry { plugins }
    }

    /// All plugins, sorted by name (a duplicated name appears once per plugin).
    pub fn plugins(&self) -> &[&'static Plugin] {
        &self.plugins
    }

    /// All names, sorted, each once.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.plugins
            .chunk_by(|a, b| a.name == b.name)
            .map(|same| same[0].name)
    }

    /// Every name claimed by more than one plugin, with those plugins
    /// (sorted by module).
    pub fn duplicates(&self) -> impl Iterator<Item = &[&'static Plugin]> + '_ {
        self.plugins
            .chunk_by(|a, b| a.name == b.name)
            .filter(|same| same.len() > 1)
    }

    /// The plugin named `name`.
    ///
    /// Errors: [`Error::UnknownAnalyzer`] listing the known names and the
    /// closest one ([`Registry::closest`]); [`Error::DuplicateName`] when
    /// several plugins claim `name`.
    pub fn get(&self, name: &str) -> Result<&'static Plugin, Error> {
        let lo = self.plugins.partition_point(|p| p.name < name);
        let hi = lo + self.plugins[lo..].partition_point(|p| p.name == name);
        match &self.plugins[lo..hi] {
            [one] => Ok(*one),
            [] => Err(Error::UnknownAnalyzer {
                name: name.to_string(),
                known: self.names().collect(),
                closest: self.closest(name),
            }),
            many => Err(Error::DuplicateName {
                name: many[0].name,
                modules: many.iter().map(|p| p.module).collect(),
            }),
        }
    }

    /// The registered name closest to `name`, if one is close enough to be
    /// a likely typo: the smallest Damerau-Levenshtein distance (case
    /// ignored), at most one edit per three letters of the known name (at
    /// least one). Ties go to the first name in sorted order.
    pub fn closest(&self, name: &str) -> Option<&'static str> {
        let asked = name.trim().to_lowercase();
        self.names()
            .map(|known| (strsim::damerau_levenshtein(&asked, known), known))
            .filter(|&(d, known)| d <= (known.chars().count() / 3).max(1))
            .min_by_key(|&(d, _)| d)
            .map(|(_, known)| known)
    }

    /// The run order for `names` (every plugin when `names` is empty): the
    /// named plugins plus everything they require, each after its
    /// requirements, ties broken by name so the order is deterministic.
    ///
    /// Errors: an unknown name, a requirement no plugin provides, a name
    /// (asked for or required) that several plugins claim, a cycle.
    pub fn plan<S: AsRef<str>>(&self, names: &[S]) -> Result<Vec<&'static Plugin>, Error> {
        let mut wanted: BTreeMap<&'static str, &'static Plugin> = BTreeMap::new();
        let mut stack: Vec<&'static Plugin> = if names.is_empty() {
            self.names()
                .map(|n| self.get(n))
                .collect::<Result<_, _>>()?
        } else {
            names
                .iter()
                .map(|n| self.get(n.as_ref()))
                .collect::<Result<_, _>>()?
        };
        while let Some(p) = stack.pop() {
            if wanted.insert(p.name, p).is_none() {
                for &r in p.requires {
                    let dep = self.get(r).map_err(|e| match e {
                        Error::UnknownAnalyzer { .. } => Error::UnknownRequirement {
                            analyzer: p.name,
                            required: r,
                        },
                        other => other,
                    })?;
                    stack.push(dep);
                }
            }
        }
        // Kahn's algorithm; BTreeMap iteration makes "smallest ready name" the tie-break.
        let mut done: BTreeSet<&'static str> = BTreeSet::new();
        let mut order = Vec::with_capacity(wanted.len());
        while order.len() < wanted.len() {
            let ready = wanted
                .values()
                .find(|p| !done.contains(p.name) && p.requires.iter().all(|r| done.contains(r)));
            match ready {
                Some(p) => {
                    done.insert(p.name);
                    order.push(*p);
                }
                None => return Err(Error::Cycle(find_cycle(&wanted, &done))),
            }
        }
        Ok(order)
    }
}

/// A cycle among the plugins not yet planned, as a path that ends where it starts.
fn find_cycle(
    wanted: &BTreeMap<&'static str, &'static Plugin>,
    done: &BTreeSet<&'static str>,
) -> Vec<&'static str> {
    // Every remaining plugin has an unplanned requirement, so walking
    // "first unplanned requirement" must revisit a node.
    let Some(mut at) = wanted.keys().copied().find(|n| !done.contains(n)) else {
        return Vec::new();
    };
    let mut path: Vec<&'static str> = Vec::new();
    loop {
        if let Some(i) = path.iter().position(|&n| n == at) {
            let mut cycle = path[i..].to_vec();
            cycle.push(at);
            return cycle;
        }
        path.push(at);
        match wanted[at]
            .requires
            .iter()
            .copied()
            .find(|r| !done.contains(r))
        {
            Some(next) => at = next,
            None => return path,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Analyzer, Document};

    macro_rules! fake {
        ($ty:ident, $name:literal, [$($req:literal),*]) => {
            struct $ty;
            impl Analyzer for $ty {
                const NAME: &'static str = $name;
                const REQUIRES: &'static [&'static str] = &[$($req),*];
                type Config = ();
                type Output = ();
                fn new(_: ()) -> Result<Self, Error> { Ok($ty) }
                fn analyze(&self, _: &Document<'_>) -> Result<(), Error> { Ok(()) }
            }
        };
    }
    fake!(A, "a", ["c"]);
    fake!(B, "b", []);
    fake!(C, "c", ["b"]);
    fake!(D, "d", []);
    fake!(X, "x", ["y"]);
    fake!(Y, "y", ["z"]);
    fake!(Z, "z", ["x"]);
    fake!(M, "m", ["missing"]);

    static PA: Plugin = Plugin::of::<A>("a", "0");
    static PB: Plugin = Plugin::of::<B>("b", "0");
    static PC: Plugin = Plugin::of::<C>("c", "0");
    static PD: Plugin = Plugin::of::<D>("d", "0");
    static PX: Plugin = Plugin::of::<X>("x", "0");
    static PY: Plugin = Plugin::of::<Y>("y", "0");
    static PZ: Plugin = Plugin::of::<Z>("z", "0");
    static PM: Plugin = Plugin::of::<M>("m", "0");

    fn names(plan: Vec<&'static Plugin>) -> Vec<&'static str> {
        plan.into_iter().map(|p| p.name).collect()
    }

    #[test]
    fn plans_requirements_first_with_name_ties() {
        let r = Registry::from_plugins(vec![&PD, &PC, &PA, &PB]).unwrap();
        assert_eq!(r.names().collect::<Vec<_>>(), ["a", "b", "c", "d"]);
        assert_eq!(names(r.plan::<&str>(&[]).unwrap()), ["b", "c", "a", "d"]);
        assert_eq!(names(r.plan(&["a"]).unwrap()), ["b", "c", "a"]);
        assert_eq!(names(r.plan(&["d", "b"]).unwrap()), ["b", "d"]);
    }

    #[test]
    fn unknown_names_list_the_known_ones_the_closest_and_the_linking_hint() {
        let r = Registry::from_plugins(vec![&PB, &PD]).unwrap();
        let msg = r.plan(&["bb"]).unwrap_err().to_string();
        assert!(
            msg.contains("`bb`")
                && msg.contains("did you mean `b`?")
                && msg.contains("b, d")
                && msg.contains("as _;"),
            "{msg}"
        );
        let msg = r.plan(&["zzz"]).unwrap_err().to_string();
        assert!(!msg.contains("did you mean"), "nothing close: {msg}");
        let r = Registry::from_plugins(vec![&PM]).unwrap();
        assert!(matches!(
            r.plan(&["m"]),
            Err(Error::UnknownRequirement {
                analyzer: "m",
                required: "missing"
            })
        ));
    }

    #[test]
    fn the_closest_name_allows_one_edit_per_three_letters() {
        static NAMES: [Plugin; 3] = [
            Plugin::of::<Named<0>>("", "0"),
            Plugin::of::<Named<1>>("", "0"),
            Plugin::of::<Named<2>>("", "0"),
        ];
        let r = Registry::from_plugins(NAMES.iter().collect()).unwrap();
        let closest = |n| r.closest(n);
        assert_eq!(
            closest("qoutes"),
            Some("quotes"),
            "a transposition is one edit"
        );
        assert_eq!(closest("quote"), Some("quotes"));
        assert_eq!(closest("Dates"), Some("dates"), "case is ignored");
        assert_eq!(closest("dtes"), Some("dates"));
        assert_eq!(
            closest("dtse"),
            None,
            "two edits in five letters is too far"
        );
        assert_eq!(
            closest("casualty"),
            Some("casualties"),
            "three edits in ten letters"
        );
        assert_eq!(closest("cas"), None);
        assert_eq!(closest("sentiment"), None);
    }

    /// An analyzer named after `NAMES[N]`.
    struct Named<const N: usize>;
    impl<const N: usize> Analyzer for Named<N> {
        const NAME: &'static str = ["casualties", "dates", "quotes"][N];
        type Config = ();
        type Output = ();
        fn new(_: ()) -> Result<Self, Error> {
            Ok(Named)
        }
        fn analyze(&self, _: &Document<'_>) -> Result<(), Error> {
            Ok(())
        }
    }

    #[test]
    fn cycles_are_reported_as_a_path() {
        let r = Registry::from_plugins(vec![&PX, &PY, &PZ, &PB]).unwrap();
        match r.plan(&["x"]) {
            Err(Error::Cycle(path)) => assert_eq!(path, ["x", "y", "z", "x"]),
            other => panic!("expected a cycle, got {other:?}"),
        }
        assert_eq!(
            names(r.plan(&["b"]).unwrap()),
            ["b"],
            "the cycle does not affect others"
        );
    }

    // `b` again, from another crate: the descriptor says where it was registered.
    static PB1: Plugin = Plugin::of::<B>("b", "0").in_module("my_crate");
    static PB2: Plugin = Plugin::of::<B>("b", "0").in_module("other_crate::plugins");

    #[test]
    fn duplicate_names_are_listed_but_refused_when_chosen() {
        let r = Registry::from_plugins(vec![&PB2, &PA, &PB1, &PC, &PD]).unwrap();
        assert_eq!(r.plugins().len(), 5, "both `b`s are listed");
        assert_eq!(r.names().collect::<Vec<_>>(), ["a", "b", "c", "d"]);
        let dups: Vec<Vec<&str>> = r
            .duplicates()
            .map(|same| same.iter().map(|p| p.module).collect())
            .collect();
        assert_eq!(dups, [["my_crate", "other_crate::plugins"]]);
        let err = r.plan(&["b"]).unwrap_err();
        assert!(
            matches!(&err, Error::DuplicateName { name: "b", modules } if modules == &["my_crate", "other_crate::plugins"]),
            "{err:?}"
        );
        let msg = err.to_string();
        assert!(
            msg.contains("`my_crate` and `other_crate::plugins`"),
            "names both crates: {msg}"
        );
        // Through a requirement (a -> c -> b) and through "every analyzer".
        assert!(matches!(
            r.plan(&["a"]),
            Err(Error::DuplicateName { name: "b", .. })
        ));
        assert!(matches!(
            r.plan::<&str>(&[]),
            Err(Error::DuplicateName { name: "b", .. })
        ));
        assert_eq!(
            names(r.plan(&["d"]).unwrap()),
            ["d"],
            "other names still plan"
        );
    }

    #[test]
    fn plugins_build_with_defaults_and_refuse_bad_config() {
        assert_eq!((PB.build)(None).unwrap().name(), "b");
        let err = (PB.build)(Some(&serde_json::json!({"x": 1})))
            .err()
            .unwrap();
        assert!(
            err.to_string().contains("bad config for analyzer `b`"),
            "{err}"
        );
    }
}
