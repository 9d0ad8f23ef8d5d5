//! Fuzzes the Football.TXT parser: arbitrary text never panics in strict or lenient mode.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = goalline_footballtxt::parse_str("fuzz.txt", &text);
    let _ = goalline_footballtxt::parse_str_lenient("fuzz.txt", &text);
});
