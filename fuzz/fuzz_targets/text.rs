//! Fuzzes the text functions every view and search goes through: no panic, and sanitised
//! text never holds a character a terminal would act on.
#![no_main]

use libfuzzer_sys::fuzz_target;
use prezenca::text;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let clean = text::sanitize(s);
    assert!(!clean.chars().any(|c| c.is_control()));
    for cols in [0, 1, 5, 80] {
        assert!(text::width(&text::fit(s, cols)) <= cols);
        let _ = text::pad(s, cols);
    }
    let folded = text::fold(s);
    let _ = text::matches(&folded, s);
    let n = s.chars().count();
    for (a, b) in text::match_ranges(s, s) {
        assert!(a < b && b <= n);
    }
    let _ = text::check_line(s);
    let _ = text::check_multiline(s);
    if let Ok(json) = serde_json::to_string(s) {
        let safe = text::escape_json(&json);
        let back: String = serde_json::from_str(&safe).expect("escaped JSON parses");
        assert_eq!(back, s);
    }
});
