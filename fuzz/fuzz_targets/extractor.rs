//! Fuzzes the checker's text front end (sentences, dates, names, quotations) on arbitrary
//! bytes: no panic, and every span stays on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for s in goalline_check::text::sentences(&text) {
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
    let _ = goalline_check::dates::find_dates(&text, goalline_core_date());
    for n in goalline_check::mentions::name_candidates(&text) {
        assert!(text.is_char_boundary(n.start) && text.is_char_boundary(n.end));
    }
    for c in goalline_check::quotes::check(&text) {
        assert_eq!(&text[c.start..c.end], c.text);
    }
});

fn goalline_core_date() -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(2022, 12, 11)
}
