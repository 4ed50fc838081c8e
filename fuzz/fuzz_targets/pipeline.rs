//! The whole bundled pipeline on arbitrary text and publication dates: no
//! error, no panic, and the record passes `check_record` (serializes, parses
//! back, every span the characters of its text).
#![no_main]
use libfuzzer_sys::fuzz_target;
use newsfacts::core::{Article, Published};

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let Ok(text) = std::str::from_utf8(&data[2..]) else {
        return;
    };
    let pipeline = newsfacts::runner::Pipeline::from_registry(&[] as &[&str], &Default::default())
        .expect("pipeline");
    assert_eq!(
        pipeline.names().len(),
        newsfacts::BUNDLED.len(),
        "every bundled plugin is linked"
    );
    let days = u16::from_le_bytes([data[0], data[1]]) as u32;
    let day = Published::ymd(
        1990 + (days / 366) as i32 % 60,
        1 + days % 12,
        1 + days % 28,
    )
    .expect("date");
    let record = pipeline.analyze(Article::new("fuzz", text).published(day));
    assert!(record.errors.is_empty(), "{:?}", record.errors);
    newsfacts_fuzz::check_record(&record, text);
});
