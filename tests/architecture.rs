//! Claims ARCHITECTURE.md makes that the sources can be checked for:
//! - the core (everything outside `src/ui/` and `src/main.rs`, the app layer `src/app/` too)
//!   does not depend on egui, eframe or rfd, and nothing in it imports `ui`: it is plain data
//!   in and out, testable and reusable without a window;
//! - the views (panes and dialogs) read state and push actions: they do no file IO and change
//!   no document, so every side effect is in the app's runner.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in fs::read_dir(path).unwrap() {
            rust_files(&entry.unwrap().path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_owned());
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every source file of the core: all of `src/` but the window and the entry point.
fn core_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let ui = src().join("ui");
    files.retain(|f| !f.starts_with(&ui) && f.as_path() != src().join("main.rs"));
    files
}

#[test]
fn the_core_does_not_use_egui_or_eframe() {
    let files = core_files();
    // The core as the guide lays it out: its parts must all be found.
    for part in [
        "reading/parse.rs",
        "answers/store.rs",
        "export/pdf.rs",
        "collect.rs",
        "cli.rs",
    ] {
        assert!(
            files.contains(&src().join(part)),
            "{part} is in the core: {files:?}"
        );
    }
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

/// The panes and dialogs, found rather than listed (a list misses the view added after it):
/// every file of `src/ui/` but those where the app's runner and state live — the ones that
/// `impl LecternApp` or `impl AppState`. Views take what they read and push `Action`s.
fn views() -> Vec<PathBuf> {
    let mut files = Vec::new();
    rust_files(&src().join("ui"), &mut files);
    files.retain(|f| {
        let text = fs::read_to_string(f).unwrap();
        !text.contains("impl LecternApp") && !text.contains("impl AppState")
    });
    files
}

#[test]
fn the_app_layer_is_part_of_the_core() {
    let files = core_files();
    for part in [
        "app/document/mod.rs",
        "app/document/saver.rs",
        "app/review.rs",
        "app/tasks.rs",
    ] {
        assert!(files.contains(&src().join(part)), "{part} is in the core");
    }
}

#[test]
fn views_do_no_io_and_change_no_document() {
    let views = views();
    // The panes the guide names are among those found.
    for pane in [
        "ui/toolbar.rs",
        "ui/editor.rs",
        "ui/start.rs",
        "ui/article/mod.rs",
        "ui/class.rs",
    ] {
        assert!(
            views.contains(&src().join(pane)),
            "{pane} is a view: {views:?}"
        );
    }
    for path in views {
        let view = path.display();
        let text = fs::read_to_string(&path).unwrap();
        // Only the code, not the tests at the end of a file.
        let code = text.split("#[cfg(test)]").next().unwrap_or(&text);
        for forbidden in [
            "std::fs",
            "fs::",
            "crate::files",
            "answers::load",
            "answers::save",
            "load_file",
            ".load()",
            ".save(",
            ".save_as(",
            "write_recovery",
            "set_answer(",
            "set_student(",
            "edit_sheet(",
            "restore_recovery",
            "keep_saved_version",
            "&mut AppState",
            "ViewportCommand::Close",
        ] {
            assert!(
                !code.contains(forbidden),
                "{view} does {forbidden}: views push actions, the app runs them"
            );
        }
    }
}
