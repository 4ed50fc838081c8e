//! The JSON Lines reader on arbitrary bytes (through stdin detection and
//! line splitting): never panics, every error names its line.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir().join(format!("newsfacts-fuzz-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("input.jsonl");
    if std::fs::write(&path, data).is_err() {
        return;
    }
    let source = newsfacts::io::Source::Path(path);
    for item in newsfacts::io::read(vec![source], Default::default()) {
        if let Err(e) = item {
            assert!(!e.reason.is_empty());
        }
    }
});
