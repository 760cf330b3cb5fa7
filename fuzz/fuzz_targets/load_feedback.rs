//! Any bytes given as a feedback file give feedback or a clear error, never a panic; feedback
//! that loads saves back to text that loads to the same, is checked against a sheet, and shows
//! on a study sheet in every text format; its totals never overflow.
#![no_main]

use std::sync::OnceLock;

use lectern::answers::AnswerSheet;
use lectern::export::{Format, StudySheet};
use lectern::feedback::{feedback_from_ron, feedback_to_ron};
use lectern::reading::{BUNDLED, Reading};
use libfuzzer_sys::fuzz_target;

fn reading() -> &'static Reading {
    static READING: OnceLock<Reading> = OnceLock::new();
    READING.get_or_init(|| BUNDLED[0].parse())
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let path = std::path::Path::new("fuzz.feedback.ron");
    if let Ok(feedback) = feedback_from_ron(text, path) {
        let again = feedback_to_ron(&feedback);
        let back = feedback_from_ron(&again, path).expect("what Lectern writes, it reads");
        assert_eq!(back, feedback);
        let mut sheet = AnswerSheet::new(reading());
        sheet.student = feedback.student.clone();
        let _ = feedback.fit(&sheet);
        std::hint::black_box(feedback.total(usize::MAX / 2));
        let study = StudySheet::build_with_feedback(reading(), &sheet, "2026-12-01", &feedback);
        for format in Format::TEXT {
            std::hint::black_box(study.render(format));
        }
    }
});
