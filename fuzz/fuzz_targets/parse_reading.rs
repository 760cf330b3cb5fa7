//! Any text parses into a reading without panicking, and the reading holds together.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lectern::reading::{Origin, parse};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let reading = parse(text, Origin::Text, "fuzz");
    let mut ids = std::collections::HashSet::new();
    for prompt in reading.prompts() {
        assert!(ids.insert(prompt.id.clone()), "duplicate id {}", prompt.id);
        assert!(!prompt.text.is_empty() || prompt.title.is_some());
    }
    assert_eq!(reading.prompt_count(), ids.len());
    // Exports of any reading never panic either.
    let sheet = lectern::answers::AnswerSheet::new(&reading);
    let study = lectern::export::StudySheet::build(&reading, &sheet, "2026-01-01");
    for format in lectern::export::Format::ALL {
        let _ = study.render(format);
    }
});
