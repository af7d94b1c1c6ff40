//! Fuzzes the parsers of dates, times and thresholds that imports and forms use.
#![no_main]

use libfuzzer_sys::fuzz_target;
use prezenca::domain::{parse_date, parse_threshold, parse_time};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let _ = parse_date(s);
    let _ = parse_time(s);
    if let Some(t) = parse_threshold(s) {
        assert!(t <= 1000);
    }
});
