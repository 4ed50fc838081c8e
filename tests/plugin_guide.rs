//! `docs/plugin-guide.md` builds and does what it says, outside the repository.
//!
//! The guide marks its files with a fenced-block info string: ```` ```toml
//! file=my-plugin/Cargo.toml ````. Blocks naming one file are joined in
//! order. ```` ```toml git-for=FILE ```` shows the git form of FILE's
//! newsfacts dependencies; ```` ```console check ```` holds `$ command` lines
//! (run in `my-app/`) each followed by its exact output (a line ending in
//! `...` is a prefix).
//!
//! The quick test checks the guide's dependencies against this checkout. The
//! ignored one writes the files into a scratch folder outside the workspace
//! (the guide's `../newsfacts` replaced by this checkout), builds offline
//! with a copy of the workspace's `Cargo.lock` (so versions resolve the same
//! and every crate is already in the local registry cache), into
//! `target/plugin-guide` (kept between runs: only the guide's crates are
//! rebuilt), runs the plugin's tests and every `console check` command.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::util;

/// One fenced block of the guide.
struct Block {
    info: String,
    body: String,
}

fn blocks() -> Vec<Block> {
    let text = std::fs::read_to_string(util::root().join("docs/plugin-guide.md"))
        .expect("docs/plugin-guide.md is readable");
    let mut out = Vec::new();
    let mut open: Option<Block> = None;
    for line in text.lines() {
        match (&mut open, line.strip_prefix("```")) {
            (None, Some(info)) => {
                open = Some(Block {
                    info: info.trim().to_string(),
                    body: String::new(),
                })
            }
            (Some(_), Some("")) => out.extend(open.take()),
            (Some(b), _) => {
                b.body.push_str(line);
                b.body.push('\n');
            }
            (None, None) => {}
        }
    }
    assert!(open.is_none(), "the guide ends inside a fenced block");
    out
}

/// The value of `key=` in a block's info string.
fn attr<'a>(b: &'a Block, key: &str) -> Option<&'a str> {
    b.info
        .split_whitespace()
        .find_map(|w| w.strip_prefix(key)?.strip_prefix('='))
}

/// The guide's files, by relative path, blocks of one file joined in order.
fn files() -> BTreeMap<String, String> {
    let mut files: BTreeMap<String, String> = BTreeMap::new();
    for b in blocks() {
        if let Some(path) = attr(&b, "file") {
            files.entry(path.to_string()).or_default().push_str(&b.body);
        }
    }
    files
}

/// `name = { <kind> = "<value>" ... }` lines of a TOML text: (name, value).
fn deps(toml: &str, kind: &str) -> Vec<(String, String)> {
    let key = format!("{kind} = \"");
    toml.lines()
        .filter_map(|l| {
            let (name, rest) = l.split_once(" = {")?;
            let value = rest.split_once(&key)?.1.split_once('"')?.0;
            Some((name.trim().to_string(), value.to_string()))
        })
        .collect()
}

/// The `repository` of the workspace's Cargo.toml.
fn repository() -> String {
    let manifest = std::fs::read_to_string(util::root().join("Cargo.toml")).unwrap();
    let line = manifest
        .lines()
        .find(|l| l.starts_with("repository = \""))
        .expect("the workspace names its repository");
    line.split('"').nth(1).unwrap().to_string()
}

#[test]
fn the_guides_dependencies_exist_in_this_checkout_in_path_and_git_form() {
    let files = files();
    assert_eq!(
        files.keys().collect::<Vec<_>>(),
        [
            "my-app/Cargo.toml",
            "my-app/examples/from_rust.rs",
            "my-app/src/main.rs",
            "my-plugin/Cargo.toml",
            "my-plugin/src/lib.rs"
        ]
    );
    let repo = repository();
    let git_blocks: BTreeMap<String, String> = blocks()
        .into_iter()
        .filter_map(|b| Some((attr(&b, "git-for")?.to_string(), b.body.clone())))
        .collect();
    for manifest in ["my-plugin/Cargo.toml", "my-app/Cargo.toml"] {
        let on_newsfacts: Vec<_> = deps(&files[manifest], "path")
            .into_iter()
            .filter(|(_, p)| p.starts_with("../newsfacts"))
            .collect();
        assert!(!on_newsfacts.is_empty(), "{manifest} depends on newsfacts");
        for (name, path) in &on_newsfacts {
            // `../newsfacts` is the checkout, seen from the crate's folder.
            let dir = util::root().join(
                path.trim_start_matches("../newsfacts")
                    .trim_start_matches('/'),
            );
            let theirs = std::fs::read_to_string(dir.join("Cargo.toml"))
                .unwrap_or_else(|e| panic!("{manifest}: `{name}` at {path}: {e}"));
            assert!(
                theirs.contains(&format!("name = \"{name}\"")),
                "{manifest}: {path} is not the package `{name}`"
            );
        }
        let git = deps(
            git_blocks
                .get(manifest)
                .unwrap_or_else(|| panic!("no git form shown for {manifest}")),
            "git",
        );
        let names = |d: &[(String, String)]| d.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
        assert_eq!(
            names(&git),
            names(&on_newsfacts),
            "{manifest}: the git form names the same crates"
        );
        assert!(
            git.iter().all(|(_, url)| *url == repo),
            "{manifest}: git dependencies use the repository of Cargo.toml ({repo}): {git:?}"
        );
    }
}

/// Runs a command; panics with its output unless it succeeds.
fn run_ok(what: &str, cmd: &mut Command) -> std::process::Output {
    let started = Instant::now();
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("{what}: cannot start: {e}"));
    eprintln!(
        "plugin guide: {what}: {:.1}s",
        started.elapsed().as_secs_f64()
    );
    assert!(
        out.status.success(),
        "{what} failed ({}):\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[test]
#[ignore = "builds the plugin guide's crates outside the workspace (about 100 s the first time on 2 cores, 3 s after)"]
fn the_plugin_guide_builds_outside_the_repository_and_does_what_it_shows() {
    let root = util::root();
    let checkout = root.to_str().expect("the checkout path is UTF-8");
    // A fixed folder per checkout, outside the workspace: the guide's crates
    // keep one package id from run to run, so their builds are reused.
    let scratch = {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        checkout.hash(&mut h);
        std::env::temp_dir().join(format!("newsfacts-plugin-guide-{:016x}", h.finish()))
    };
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"))
        .join("plugin-guide");
    let lock = std::fs::read(root.join("Cargo.lock")).expect("the workspace has a Cargo.lock");
    for krate in ["my-plugin", "my-app"] {
        let _ = std::fs::remove_dir_all(scratch.join(krate));
        std::fs::create_dir_all(scratch.join(krate)).unwrap();
        std::fs::write(scratch.join(krate).join("Cargo.lock"), &lock).unwrap();
    }
    for (path, text) in files() {
        let text = text.replace("path = \"../newsfacts", &format!("path = \"{checkout}"));
        let to = scratch.join(&path);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::write(&to, text).unwrap();
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let command = |dir: &Path, program: &std::ffi::OsStr| {
        let mut c = Command::new(program);
        c.current_dir(dir)
            .env("CARGO_TARGET_DIR", &target)
            .env("CARGO_NET_OFFLINE", "true")
            // No debug info and no incremental caches: the first build
            // took 126 s -> 97 s (2 busy cores) and 698 MB -> 242 MB.
            .env("CARGO_PROFILE_DEV_DEBUG", "false")
            .env("CARGO_INCREMENTAL", "0");
        c
    };
    run_ok(
        "cargo test in my-plugin",
        command(&scratch.join("my-plugin"), &cargo).args(["test", "--offline", "--quiet"]),
    );
    let app = scratch.join("my-app");
    run_ok(
        "cargo build in my-app",
        command(&app, &cargo).args(["build", "--offline", "--quiet", "--bins", "--examples"]),
    );
    let checks: Vec<Block> = blocks()
        .into_iter()
        .filter(|b| b.info == "console check")
        .collect();
    assert!(!checks.is_empty(), "the guide shows commands to check");
    for block in checks {
        let mut lines = block.body.lines().peekable();
        while let Some(line) = lines.next() {
            let cmd = line
                .strip_prefix("$ ")
                .unwrap_or_else(|| panic!("a `console check` block starts with `$ `: {line}"));
            let mut expected = Vec::new();
            while let Some(l) = lines.next_if(|l| !l.starts_with("$ ")) {
                expected.push(l);
            }
            let out = run_ok(cmd, command(&app, "sh".as_ref()).args(["-c", cmd]));
            let got = String::from_utf8(out.stdout).expect("UTF-8 output");
            let got: Vec<&str> = got.lines().collect();
            assert_eq!(
                got.len(),
                expected.len(),
                "`{cmd}` printed:\n{}",
                got.join("\n")
            );
            for (g, e) in got.iter().zip(&expected) {
                match e.strip_suffix("...") {
                    Some(prefix) => assert!(g.starts_with(prefix), "`{cmd}`:\n{g}\nshown as\n{e}"),
                    None => assert_eq!(g, e, "`{cmd}`"),
                }
            }
        }
    }
}
