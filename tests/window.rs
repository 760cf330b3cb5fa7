//! The real binary in a real X window (under Xvfb): the window appears with the reading's title,
//! typing reaches the answer editor, the title marks unsaved work, and Ctrl+S saves.
//!
//! Needs Xvfb and xdotool, so it runs only with `--features gui-tests` (as `.ci/run` does after
//! installing them).
#![cfg(feature = "gui-tests")]

mod real;

use std::path::Path;
use std::time::Duration;

use real::{start, start_lectern, start_xvfb, wait_for, with_window, xdotool};
#[test]
fn the_real_window_opens_takes_typing_and_saves() {
    let (_xvfb, display) = start_xvfb();
    let home = tempfile::tempdir().unwrap();
    let answers = home.path().join("answers.ron");
    let (mut app, window) =
        with_window(&display, || start_lectern(&display, home.path(), &answers));

    let title = xdotool(&display, &["getwindowname", &window]).unwrap();
    assert_eq!(
        title,
        "Kazakhstan and the EU: A Multi-Vector Partnership — Lectern"
    );

    xdotool(&display, &["windowfocus", "--sync", &window]);
    std::thread::sleep(Duration::from_millis(500));
    xdotool(
        &display,
        &["type", "--delay", "40", "Typed in a real window."],
    )
    .expect("xdotool types");
    wait_for(
        "the unsaved mark in the title",
        Duration::from_secs(10),
        || xdotool(&display, &["getwindowname", &window]).filter(|n| n.starts_with("● ")),
    );

    xdotool(&display, &["key", "ctrl+s"]).unwrap();
    let saved = wait_for("the answers file", Duration::from_secs(10), || {
        lectern::answers::load(&answers)
            .ok()
            .filter(|s| !s.answers.is_empty())
    });
    assert_eq!(saved.answers[0].prompt_id.as_str(), "L1");
    assert_eq!(saved.answers[0].text, "Typed in a real window.");
    wait_for(
        "the title without the unsaved mark",
        Duration::from_secs(10),
        || xdotool(&display, &["getwindowname", &window]).filter(|n| !n.starts_with("● ")),
    );

    // The keyboard path to evidence, with real key events: F6 to the article, Tab to the
    // second paragraph, Shift+End to select its first line, cite it and highlight it, F6 back.
    for keys in [
        ["F6"],
        ["Tab"],
        ["shift+End"],
        ["ctrl+shift+c"],
        ["ctrl+shift+h"],
        ["F6"],
    ] {
        xdotool(&display, &["key", keys[0]]).unwrap();
        std::thread::sleep(Duration::from_millis(150));
    }

    // Larger text and the dark theme, then more typing and Ctrl+Q at once: quitting saves the
    // answers (before autosave would have) and remembers the settings.
    // One key at a time: two presses of a shortcut landing in one frame are taken once (a
    // person's keys are never 12 ms apart; xdotool's are).
    for keys in ["ctrl+equal", "ctrl+equal", "ctrl+shift+d"] {
        xdotool(&display, &["key", keys]).unwrap();
        std::thread::sleep(Duration::from_millis(150));
    }
    xdotool(&display, &["type", "--delay", "40", " More."]).unwrap();
    xdotool(&display, &["key", "ctrl+q"]).unwrap();
    let status = wait_for("Lectern to quit", Duration::from_secs(20), || {
        app.0.try_wait().ok().flatten()
    });
    assert!(status.success());
    let saved = lectern::answers::load(&answers).unwrap();
    assert_eq!(saved.answers[0].text, "Typed in a real window. More.");
    let cited = &saved.answers[0].citations;
    assert_eq!(cited.len(), 1, "cited from the keyboard");
    assert_eq!(cited[0].paragraph, 2);
    assert!(
        cited[0].quote.starts_with("Kazakh President"),
        "{:?}",
        cited[0].quote
    );
    assert_eq!(saved.highlights.len(), 1, "highlighted from the keyboard");
    assert_eq!(saved.highlights[0].passage, cited[0]);
    let settings =
        find_file_containing(home.path(), "lectern-settings").expect("settings were stored");
    let settings = std::fs::read_to_string(settings).unwrap();
    assert!(
        settings.contains("zoom:1.2") || settings.contains("zoom: 1.2"),
        "{settings}"
    );
    assert!(settings.contains("Dark"), "{settings}");
}

fn find_file_containing(dir: &Path, needle: &str) -> Option<std::path::PathBuf> {
    for entry in std::fs::read_dir(dir).ok()?.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if let Some(found) = find_file_containing(&path, needle) {
                return Some(found);
            }
        } else if std::fs::read_to_string(&path).is_ok_and(|t| t.contains(needle)) {
            return Some(path);
        }
    }
    None
}

/// Every file below `dir`, relative to it.
fn files_below(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(
                files_below(&path)
                    .into_iter()
                    .map(|p| Path::new(&entry.file_name()).join(p)),
            );
        } else {
            out.push(entry.file_name().into());
        }
    }
    out
}

#[test]
fn portable_mode_writes_nothing_outside_its_folder() {
    let (_xvfb, display) = start_xvfb();
    let stick = tempfile::tempdir().unwrap();
    let exe = stick.path().join("lectern");
    std::fs::copy(env!("CARGO_BIN_EXE_lectern"), &exe).unwrap();
    std::fs::write(stick.path().join(lectern::paths::PORTABLE_MARKER), "").unwrap();
    let home = tempfile::tempdir().unwrap(); // A fake home that must stay empty.
    let runtime = tempfile::tempdir().unwrap();
    let (mut app, window) = with_window(&display, || {
        start(&exe, &[], &display, home.path(), runtime.path())
    });
    xdotool(&display, &["windowfocus", "--sync", &window]);
    std::thread::sleep(Duration::from_millis(500));
    // The start screen: a name, then Enter opens the first reading.
    xdotool(&display, &["type", "--delay", "40", "Stick User"]).unwrap();
    xdotool(&display, &["key", "Return"]).unwrap();
    std::thread::sleep(Duration::from_millis(800));
    xdotool(&display, &["type", "--delay", "40", "From a USB stick."]).unwrap();
    xdotool(&display, &["key", "ctrl+q"]).unwrap();
    wait_for("Lectern to quit", Duration::from_secs(20), || {
        app.0.try_wait().ok().flatten()
    });

    assert_eq!(
        files_below(home.path()),
        Vec::<std::path::PathBuf>::new(),
        "nothing in the home folder"
    );
    let data = stick.path().join("lectern-data");
    let written = files_below(&data);
    let answers = written
        .iter()
        .find(|p| p.starts_with("answers") && p.extension().is_some_and(|e| e == "ron"))
        .unwrap_or_else(|| panic!("answers in the portable folder: {written:?}"));
    assert_eq!(
        lectern::answers::load(&data.join(answers)).unwrap().answers[0].text,
        "From a USB stick."
    );
    assert!(
        written.iter().any(|p| p.ends_with("app.ron")),
        "settings in the portable folder: {written:?}"
    );
}

/// The history in the real window: an answer typed in two sessions (the window closed and
/// opened again between them), a paragraph pasted from the X clipboard (xclip) and a sentence
/// of the reading pasted as a quotation. The file's history holds two sessions, the paste with
/// its text, the quotation as one, and replays from empty to the text saved.
#[test]
fn the_real_window_records_two_sessions_a_paste_and_a_quotation() {
    use lectern::answers::history::{How, Process};
    let (_xvfb, display) = start_xvfb();
    let home = tempfile::tempdir().unwrap();
    let answers = home.path().join("answers.ron");
    let session = |typed: &str, pastes: &[&str]| {
        let (mut app, window) =
            with_window(&display, || start_lectern(&display, home.path(), &answers));
        xdotool(&display, &["windowfocus", "--sync", &window]);
        std::thread::sleep(Duration::from_millis(500));
        // Back to the lead question (Lectern opens on the first one not answered), to the
        // end of its answer.
        for key in ["ctrl+Prior", "ctrl+End"] {
            xdotool(&display, &["key", key]).unwrap();
            std::thread::sleep(Duration::from_millis(200));
        }
        xdotool(&display, &["type", "--delay", "40", typed]).unwrap();
        for text in pastes {
            real::paste_from_x_clipboard(&display, text);
        }
        xdotool(&display, &["key", "ctrl+q"]).unwrap();
        let status = wait_for("Lectern to quit", Duration::from_secs(20), || {
            app.0.try_wait().ok().flatten()
        });
        assert!(status.success());
    };
    session("Written on Monday. ", &[]);
    let quotation = "The Union is the main foreign investor in the country";
    session(
        "And on Tuesday. ",
        &["A paragraph from a website, pasted. ", quotation],
    );

    let sheet = lectern::answers::load(&answers).unwrap();
    let answer = &sheet.answers[0];
    assert_eq!(
        answer.text,
        format!(
            "Written on Monday. And on Tuesday. A paragraph from a website, pasted. {quotation}"
        )
    );
    assert!(answer.check_history().is_whole(), "{:#?}", answer.history);
    assert_eq!(answer.version(0).unwrap(), "");
    assert_eq!(answer.version(answer.history.len()).unwrap(), answer.text);
    let process = Process::of(answer);
    assert_eq!(process.sessions.len(), 2, "{:#?}", answer.history);
    assert_eq!(process.pastes.len(), 1, "{:#?}", answer.history);
    assert_eq!(process.pastes[0].1, "A paragraph from a website, pasted. ");
    assert_eq!(process.quotes.len(), 1);
    assert_eq!(process.quotes[0].1, quotation);
    assert!(answer.history.iter().any(|s| s.how == How::Quoted));
}
