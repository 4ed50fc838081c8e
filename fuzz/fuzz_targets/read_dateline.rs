//! The dateline reader on arbitrary bytes: never panics; what it reads round-trips.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(item) = newsfacts::io::parse_dateline("fuzz.txt", text) {
        if item.article.published.is_some() {
            let again = newsfacts::io::parse_dateline(
                "fuzz.txt",
                &newsfacts::io::to_dateline(&item.article),
            )
            .expect("a written dateline article reads back");
            assert_eq!(again.article.body, item.article.body);
        }
    }
});
