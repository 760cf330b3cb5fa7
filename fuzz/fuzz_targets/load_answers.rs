//! Any bytes given as an answers file give a sheet or a clear error, never a panic; a sheet that
//! loads saves back to text that loads to the same sheet, and matches to the bundled reading
//! (finding its citations and highlights) and makes a study sheet in every text format.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use lectern::answers::{from_ron, to_ron};
use lectern::export::{Format, StudySheet};
use lectern::reading::{BUNDLED, Reading};

fn reading() -> &'static Reading {
    static READING: OnceLock<Reading> = OnceLock::new();
    READING.get_or_init(|| BUNDLED[0].parse())
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let path = std::path::Path::new("fuzz.ron");
    if let Ok(sheet) = from_ron(text, path) {
        let again = to_ron(&sheet).expect("a loaded sheet can be written");
        let back = from_ron(&again, path).expect("what Lectern writes, it reads");
        assert_eq!(back, sheet);
        let mut attached = sheet;
        attached.attach(reading());
        let study = StudySheet::build(reading(), &attached, "2026-11-28");
        for format in Format::ALL {
            std::hint::black_box(study.render(format));
        }
    }
});
