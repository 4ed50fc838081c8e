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
/// answered with the known names and that hint ([`Error::UnknownAnalyzer`]).
#[derive(Debug)]
pub struct Registry {
    plugins: Vec<&'static Plugin>,
}

impl Registry {
    /// The registry of this binary, built once on first use from every
    /// plugin submitted with [`register!`](crate::register).
    /// [`Error::DuplicateName`] when two plugins claim one name.
    pub fn global() -> Result<&'static Registry, Error> {
        static GLOBAL: OnceLock<Result<Registry, &'static str>> = OnceLock::new();
        let built = GLOBAL.get_or_init(|| {
            Registry::from_plugins(inventory::iter::<Plugin>.into_iter().collect()).map_err(|e| {
                match e {
                    Error::DuplicateName(n) => n,
                    _ => unreachable!("from_plugins only fails with DuplicateName"),
                }
            })
        });
        built.as_ref().map_err(|n| Error::DuplicateName(n))
    }

    /// A registry of the given plugins (for tests and embedders that do not
    /// use the global one). Sorted by name; duplicate names are refused.
    pub fn from_plugins(mut plugins: Vec<&'static Plugin>) -> Result<Registry, Error> {
        plugins.sort_by_key(|p| p.name);
        if let Some(w) = plugins.windows(2).find(|w| w[0].name == w[1].name) {
            return Err(Error::DuplicateName(w[0].name));
        }
        Ok(Registry { plugins })
    }

    /// All plugins, sorted by name.
    pub fn plugins(&self) -> &[&'static Plugin] {
        &self.plugins
    }

    /// All names, sorted.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.plugins.iter().map(|p| p.name)
    }

    /// The plugin named `name`, or [`Error::UnknownAnalyzer`] listing the known ones.
    pub fn get(&self, name: &str) -> Result<&'static Plugin, Error> {
        self.plugins
            .binary_search_by(|p| p.name.cmp(name))
            .map(|i| self.plugins[i])
            .map_err(|_| Error::UnknownAnalyzer {
                name: name.to_string(),
                known: self.names().collect(),
            })
    }

    /// The run order for `names` (every plugin when `names` is empty): the
    /// named plugins plus everything they require, each after its
    /// requirements, ties broken by name so the order is deterministic.
    ///
    /// Errors: an unknown name, a requirement no plugin provides, a cycle.
    pub fn plan<S: AsRef<str>>(&self, names: &[S]) -> Result<Vec<&'static Plugin>, Error> {
        let mut wanted: BTreeMap<&'static str, &'static Plugin> = BTreeMap::new();
        let mut stack: Vec<&'static Plugin> = if names.is_empty() {
            self.plugins.clone()
        } else {
            names
                .iter()
                .map(|n| self.get(n.as_ref()))
                .collect::<Result<_, _>>()?
        };
        while let Some(p) = stack.pop() {
            if wanted.insert(p.name, p).is_none() {
                for &r in p.requires {
                    let dep = self.get(r).map_err(|_| Error::UnknownRequirement {
                        analyzer: p.name,
                        required: r,
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
    fn unknown_names_list_the_known_ones_and_the_linking_hint() {
        let r = Registry::from_plugins(vec![&PB, &PD]).unwrap();
        let msg = r.plan(&["dtaes"]).unwrap_err().to_string();
        assert!(
            msg.contains("`dtaes`") && msg.contains("b, d") && msg.contains("as _;"),
            "{msg}"
        );
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

    #[test]
    fn duplicate_names_are_refused() {
        assert!(matches!(
            Registry::from_plugins(vec![&PB, &PA, &PB]),
            Err(Error::DuplicateName("b"))
        ));
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
