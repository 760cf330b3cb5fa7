//! The core (reading, answers, export and their helpers) must not depend on egui: it is plain
//! data in and out, testable and reusable without a window. This test reads the sources.

use std::fs;
use std::path::Path;

const CORE: &[&str] = &[
    "src/reading",
    "src/answers",
    "src/export",
    "src/words.rs",
    "src/files.rs",
    "src/folders.rs",
    "src/paths.rs",
    "src/library.rs",
    "src/handin.rs",
    "src/collect.rs",
    "src/generate.rs",
];

fn rust_files(path: &Path, out: &mut Vec<std::path::PathBuf>) {
    if path.is_dir() {
        for entry in fs::read_dir(path).unwrap() {
            rust_files(&entry.unwrap().path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_owned());
    }
}

#[test]
fn the_core_does_not_use_egui_or_eframe() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for part in CORE {
        rust_files(&root.join(part), &mut files);
    }
    assert!(files.len() >= 10, "found the core's files: {files:?}");
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for forbidden in [
            "egui::",
            "use egui",
            "eframe::",
            "use eframe",
            "rfd::",
            "crate::ui",
        ] {
            assert!(
                !text.contains(forbidden),
                "{} mentions {forbidden}",
                file.display()
            );
        }
    }
}
