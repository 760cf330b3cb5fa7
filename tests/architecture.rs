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
        "export/pdf/mod.rs",
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
/// every file of `src/ui/` but those where the runner lives — the ones that `impl LecternApp`.
/// Views take what they read and push `Action`s.
fn views() -> Vec<PathBuf> {
    let mut files = Vec::new();
    rust_files(&src().join("ui"), &mut files);
    files.retain(|f| !fs::read_to_string(f).unwrap().contains("impl LecternApp"));
    files
}

/// The application's state is the app layer's: nothing in `src/ui/` defines or extends it.
#[test]
fn the_application_state_is_not_in_the_window() {
    let mut files = Vec::new();
    rust_files(&src().join("ui"), &mut files);
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for claim in [
            "pub struct AppState",
            "impl AppState",
            "pub enum Modal",
            "pub enum Screen",
        ] {
            assert!(!text.contains(claim), "{} has {claim}", file.display());
        }
    }
}

#[test]
fn the_app_layer_is_part_of_the_core() {
    let files = core_files();
    for part in [
        "app/class.rs",
        "app/command.rs",
        "app/correction.rs",
        "app/document/mod.rs",
        "app/document/saver.rs",
        "app/settings.rs",
        "app/state.rs",
        "app/review.rs",
        "app/runner.rs",
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

/// Every file error goes through `files::FileError`, whose words come from the translations:
/// no error is composed in English in the library, the importers, the exporters, the class
/// tools or the window. The ways a message used to be composed by hand are looked for in every
/// source file. Left out, each for its reason: the command line, which speaks English by design
/// (its usage, its arguments and what it prints; `docs/development.md`), and the parsing of
/// the command line's `--format` and `--paper`.
#[test]
fn no_error_is_composed_in_english() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let command_line = [src().join("cli.rs"), src().join("main.rs")];
    let composed = [
        "Err(format!(",
        "map_err(|e| format!(",
        "map_err(|_| format!(",
        "ok_or(\"",
        "ok_or_else(|| format!(",
        "\".to_owned())",
        "let reason = format!(",
        "detail: format!(",
    ];
    let mut found = Vec::new();
    for file in files.iter().filter(|f| !command_line.contains(f)) {
        let text = fs::read_to_string(file).unwrap();
        // A module's own tests may say what they like.
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        for (n, line) in lines.iter().enumerate() {
            // A message may go on on the next line.
            let said = format!("{line} {}", lines.get(n + 1).unwrap_or(&""));
            let parses_an_argument =
                said.contains("unknown format '") || said.contains("unknown paper '");
            let is_a_reason =
                line.contains("let reason = format!(") || line.contains("detail: format!(");
            if composed.iter().any(|c| line.contains(c))
                && (line.contains("Err") || is_a_reason)
                && !parses_an_argument
                || line.starts_with("Err(format!(")
            {
                found.push(format!("{}:{}: {line}", file.display(), n + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "composed in English:\n{}",
        found.join("\n")
    );
}
