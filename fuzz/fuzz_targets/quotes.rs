//! The `quotes` analyzer (and what it requires) on arbitrary text: never
//! fails or panics, and every finding's span lies inside the text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| newsfacts_fuzz::check_analyzer("quotes", data));
