//! The real file dialogs, driven as a student and a teacher would: zenity (what rfd shows on a
//! Linux desktop without a portal) for opening a reading and answers, exporting a PDF sheet,
//! handing in to a folder, choosing the answers folder, opening a class folder and exporting
//! its class sheet; then, with no zenity and no portal, Lectern's own chooser for a hand-in.
//! Buttons are pressed through AT-SPI (as a screen reader user presses them), paths typed
//! with xdotool.
//!
//! Needs Xvfb, xdotool, zenity, D-Bus, at-spi2-core, python3-pyatspi and ImageMagick, so it
//! runs only with `--features gui-tests` (as `.ci/run` does after installing them). Set
//! `LECTERN_SHOTS=DIR` to keep screenshots of the dialogs.
#![cfg(feature = "gui-tests")]

mod real;

use std::path::Path;
use std::time::Duration;

use real::{Desktop, Guard, answer_zenity, start_with, start_xvfb, wait_for, with_window, xdotool};

fn shot(display: &str, name: &str) {
    if let Some(dir) = std::env::var_os("LECTERN_SHOTS") {
        real::screenshot(display, &Path::new(&dir).join(name));
    }
}

/// The finished files in `dir`, by name: not the hidden temporary files an atomic write makes
/// before it renames them into place (a test that looks while one is being written sees it).
fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|name| !name.starts_with('.'))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn window_name(display: &str, window: &str) -> String {
    xdotool(display, &["getwindowname", window]).unwrap_or_default()
}

fn launch(
    display: &str,
    home: &Path,
    desktop: &Desktop,
    args: &[&str],
    path: &std::ffi::OsStr,
) -> (Guard, String) {
    let (app, window) = with_window(display, || {
        start_with(
            Path::new(env!("CARGO_BIN_EXE_lectern")),
            args,
            display,
            home,
            &home.join("run"),
            &[
                ("DBUS_SESSION_BUS_ADDRESS", desktop.address.as_ref()),
                ("PATH", path),
            ],
        )
    });
    xdotool(display, &["windowfocus", "--sync", &window]);
    std::thread::sleep(Duration::from_millis(600));
    (app, window)
}

/// A student starts Lectern, types `name` on the start screen and opens the apple reading;
/// the window has the keyboard.
fn open_apple_as(
    display: &str,
    home: &Path,
    desktop: &Desktop,
    path: &std::ffi::OsStr,
    name: &str,
) -> (Guard, String) {
    let (app, window) = launch(display, home, desktop, &[], path);
    xdotool(display, &["type", "--delay", "40", name]);
    desktop.press(display, "Open \"Almaty and the Wild Apple\"");
    wait_for("the reading open", Duration::from_secs(20), || {
        window_name(display, &window)
            .contains("Almaty")
            .then_some(())
    });
    xdotool(display, &["windowfocus", "--sync", &window]);
    std::thread::sleep(Duration::from_millis(500));
    (app, window)
}

const ARAL: &str = "# The Aral Sea\n\nOnce the fourth largest lake in the world.\n\n## Questions\n\n1. What happened to the Aral Sea?\n";

#[test]
fn the_real_zenity_dialogs_open_save_and_choose_folders() {
    let (_xvfb, display) = start_xvfb();
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    let desktop = Desktop::start(home, &display);
    let reading = home.join("aral.md");
    std::fs::write(&reading, ARAL).unwrap();
    let work = home.join("work.ron");
    let class = home.join("class");
    let exports = home.join("exports");
    for dir in [&class, &exports] {
        std::fs::create_dir_all(dir).unwrap();
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    let (app, window) = launch(
        &display,
        home,
        &desktop,
        &["--answers", work.to_str().unwrap()],
        &path,
    );
    xdotool(
        &display,
        &["type", "--delay", "30", "An answer for the sheet."],
    );
    xdotool(&display, &["key", "ctrl+s"]);
    wait_for("the answers saved", Duration::from_secs(10), || {
        lectern::answers::load(&work).ok()
    });

    // Export a PDF sheet: Ctrl+E, some prompts are empty, "Export anyway…", a save dialog.
    xdotool(&display, &["key", "ctrl+e"]);
    desktop.press(&display, "Export anyway…");
    let sheet = exports.join("sheet.pdf");
    answer_zenity(&display, &sheet, true);
    let pdf = wait_for("the PDF sheet", Duration::from_secs(20), || {
        std::fs::read(&sheet)
            .ok()
            .filter(|b| b.ends_with(b"%%EOF\n") || b.ends_with(b"%%EOF"))
    });
    assert!(pdf.starts_with(b"%PDF-"));

    // Hand in to a folder: the folder picker must choose a folder (a file picker keeps its OK
    // button grey until a file is chosen, and Enter on a folder only opens it).
    desktop.press(&display, "Hand in…");
    desktop.press(&display, "Choose folder and hand in…");
    shot(&display, "zenity-folder.png");
    answer_zenity(&display, &class, false);
    let handed = wait_for("the hand-in", Duration::from_secs(20), || {
        let names = files_in(&class);
        (names.len() == 2).then_some(names)
    });
    assert!(
        handed[0].ends_with(".html") && handed[1].ends_with(".ron"),
        "{handed:?}"
    );

    // Open a reading, then the answers again.
    xdotool(&display, &["windowfocus", "--sync", &window]);
    xdotool(&display, &["key", "ctrl+o"]);
    answer_zenity(&display, &reading, false);
    wait_for("the Aral reading", Duration::from_secs(20), || {
        window_name(&display, &window)
            .contains("The Aral Sea")
            .then_some(())
    });
    xdotool(&display, &["windowfocus", "--sync", &window]);
    xdotool(&display, &["key", "ctrl+shift+o"]);
    answer_zenity(&display, &work, false);
    wait_for(
        "the bundled reading with the answers",
        Duration::from_secs(20),
        || {
            window_name(&display, &window)
                .contains("Kazakhstan and the EU")
                .then_some(())
        },
    );
    xdotool(&display, &["windowfocus", "--sync", &window]);
    xdotool(&display, &["key", "ctrl+q"]);
    drop(app);

    // A teacher on the start screen: the answers folder, then the class folder and its sheet.
    let (_teacher, _window) = launch(&display, home, &desktop, &[], &path);
    let answers_folder = home.join("kept answers");
    std::fs::create_dir_all(&answers_folder).unwrap();
    desktop.press(&display, "Change…");
    answer_zenity(&display, &answers_folder, false);
    let said = format!("Answers are kept in {}", answers_folder.display());
    wait_for(
        "the answers folder on the start screen",
        Duration::from_secs(20),
        || desktop.names(&display).contains(&said).then_some(()),
    );
    desktop.for_teachers(&display);
    desktop.press(&display, "Class…");
    answer_zenity(&display, &class, false);
    desktop.press(&display, "Export class sheet…");
    answer_zenity(&display, &exports.join("class.html"), true);
    let class_sheet = wait_for("the class sheet", Duration::from_secs(20), || {
        std::fs::read_to_string(exports.join("class.html")).ok()
    });
    assert!(
        class_sheet.contains("An answer for the sheet."),
        "{class_sheet}"
    );
    assert!(exports.join("class.csv").exists());
}

/// A school image with no portal and no zenity: the hand-in still goes through, in Lectern's
/// own chooser.
#[test]
fn without_zenity_or_a_portal_lecterns_own_chooser_takes_the_hand_in() {
    let (_xvfb, display) = start_xvfb();
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    let desktop = Desktop::start(home, &display);
    let class = home.join("class");
    std::fs::create_dir_all(&class).unwrap();
    // A PATH with no zenity on it (nothing at all: Lectern needs no program to run).
    let empty = home.join("empty-path");
    std::fs::create_dir_all(&empty).unwrap();
    let work = home.join("work.ron");
    let (_app, _window) = launch(
        &display,
        home,
        &desktop,
        &["--answers", work.to_str().unwrap()],
        empty.as_os_str(),
    );
    xdotool(
        &display,
        &["type", "--delay", "30", "Handed in without zenity."],
    );
    desktop.press(&display, "Hand in…");
    desktop.press(&display, "Choose folder and hand in…");
    // The chooser opens with the keyboard in its folder field.
    wait_for("Lectern's own chooser", Duration::from_secs(20), || {
        desktop
            .names(&display)
            .iter()
            .any(|n| n.contains("so Lectern shows its own"))
            .then_some(())
    });
    xdotool(&display, &["key", "ctrl+a"]);
    xdotool(
        &display,
        &["type", "--delay", "20", class.to_str().unwrap()],
    );
    xdotool(&display, &["key", "Return"]);
    std::thread::sleep(Duration::from_millis(800));
    shot(&display, "lectern-chooser.png");
    desktop.press(&display, "Choose this folder");
    let handed = wait_for("the hand-in", Duration::from_secs(20), || {
        let names = files_in(&class);
        (names.len() == 2).then_some(names)
    });
    let copy = lectern::answers::load(&class.join(&handed[1])).unwrap();
    assert_eq!(copy.answers[0].text, "Handed in without zenity.");
}

/// A teacher adds a Word document through the real file dialog, finds Lectern took its essay
/// task for article text, corrects that block in the preview with the real mouse (the role
/// list), adds it, pastes a reading copied from a web page, and a student opens the corrected
/// reading and answers its essay prompt.
#[test]
fn a_teacher_adds_and_corrects_readings_and_a_student_answers_one() {
    let (_xvfb, display) = start_xvfb();
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    let desktop = Desktop::start(home, &display);
    let word = home.join("camels.docx");
    {
        use docx_rs::{Docx, Paragraph, Run, Style, StyleType};
        let para = |t: &str| Paragraph::new().add_run(Run::new().add_text(t));
        let doc = Docx::new()
            .add_style(Style::new("Heading1", StyleType::Paragraph).name("heading 1"))
            .add_paragraph(para("Camels of Mangystau").style("Heading1"))
            .add_paragraph(para("Herders move with the seasons."))
            .add_paragraph(para(
                "Describe one season of a herder's year in your own words.",
            ));
        let mut bytes = std::io::Cursor::new(Vec::new());
        doc.build().pack(&mut bytes).unwrap();
        std::fs::write(&word, bytes.into_inner()).unwrap();
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    let (_app, window) = launch(&display, home, &desktop, &[], &path);
    xdotool(&display, &["type", "--delay", "40", "Asel"]);

    desktop.for_teachers(&display);

    desktop.press(&display, "Add a reading…");
    answer_zenity(&display, &word, false);
    // No questions in it: the correction opens by itself, to write them.
    wait_for("the correction", Duration::from_secs(20), || {
        desktop
            .names(&display)
            .iter()
            .any(|n| n.starts_with("This reading has no questions yet"))
            .then_some(())
    });
    shot(&display, "correct-before.png");
    // The role list of the third block, opened and chosen with the mouse.
    desktop.click(&display, &window, "Block 3 is");
    shot(&display, "correct-roles.png");
    desktop.click(&display, &window, "Essay prompt");
    wait_for("the essay in the preview", Duration::from_secs(10), || {
        desktop
            .names(&display)
            .iter()
            .any(|n| n.starts_with("Essay 1. Describe one season"))
            .then_some(())
    });
    shot(&display, "correct-after.png");
    desktop.press(&display, "Add to library");
    let library = home.join("data/lectern/library");
    // The reading, then its original, are written in that order.
    let kept = wait_for("the corrected reading", Duration::from_secs(10), || {
        let original = library.join("originals/camels-of-mangystau.docx");
        original.exists().then_some(())?;
        std::fs::read_to_string(library.join("camels-of-mangystau.md")).ok()
    });
    let r = lectern::reading::parse(&kept, lectern::reading::Origin::Text, "x");
    assert_eq!(r.prompt_count(), 1, "{kept}");

    // A reading copied out of a web page, pasted.
    desktop.for_teachers(&display);
    desktop.press(&display, "Paste a reading…");
    // The keyboard comes back to Lectern from the closed file dialog.
    xdotool(&display, &["windowfocus", "--sync", &window]);
    std::thread::sleep(Duration::from_millis(500));
    for line in [
        "Skip to main content",
        "Snow Leopards of the Altai",
        "Share this article",
        "",
        "Few people have seen one.",
        "",
        "Questions",
        "",
        "Q1. Why are they hard to count?",
        "Q2. Who protects them?",
    ] {
        xdotool(&display, &["type", "--delay", "20", line]);
        xdotool(&display, &["key", "Return"]);
    }
    shot(&display, "pasted.png");
    desktop.press(&display, "Preview…");
    shot(&display, "pasted-preview.png");
    desktop.press(&display, "Add to library");
    let pasted = wait_for("the pasted reading", Duration::from_secs(10), || {
        std::fs::read_to_string(library.join("snow-leopards-of-the-altai.md")).ok()
    });
    let r = lectern::reading::parse(&pasted, lectern::reading::Origin::Text, "x");
    assert_eq!(r.prompt_count(), 2, "{pasted}");
    assert!(!pasted.is_empty());

    // A page copied in a browser: the clipboard holds its HTML (put there by xclip, as a
    // browser does), and *Paste from clipboard* keeps its headings and numbered questions.
    let copied = home.join("copied.html");
    std::fs::write(
        &copied,
        "<meta charset='utf-8'><h1>Tulips of the Steppe</h1><p>Wild tulips bloom in April.</p>\
         <h2>Questions</h2><ol><li>Where do they grow?</li><li>Why protect them?</li></ol>",
    )
    .unwrap();
    let _owner = Guard(
        std::process::Command::new("xclip")
            .args(["-quiet", "-selection", "clipboard", "-t", "text/html", "-i"])
            .arg(&copied)
            .env("DISPLAY", &display)
            .spawn()
            .expect("xclip runs (apt-get install xclip)"),
    );
    std::thread::sleep(Duration::from_millis(500));
    desktop.for_teachers(&display);
    desktop.press(&display, "Paste a reading…");
    desktop.press(&display, "Paste from clipboard");
    // The clipboard is read off the frame; Preview… works once the box holds the text.
    wait_for(
        "the preview of the copied page",
        Duration::from_secs(15),
        || {
            desktop.press(&display, "Preview…");
            std::thread::sleep(Duration::from_millis(500));
            let names = desktop.names(&display);
            names.iter().any(|n| n == "Add this reading?").then_some(())
        },
    );
    shot(&display, "pasted-html.png");
    desktop.press(&display, "Add to library");
    let tulips = wait_for(
        "the reading from the clipboard",
        Duration::from_secs(10),
        || std::fs::read_to_string(library.join("tulips-of-the-steppe.md")).ok(),
    );
    let r = lectern::reading::parse(&tulips, lectern::reading::Origin::Text, "x");
    assert_eq!(r.title, "Tulips of the Steppe", "{tulips}");
    assert_eq!(r.prompt_count(), 2, "{tulips}");

    // The student opens the corrected reading and answers its essay prompt.
    desktop.press(&display, "Open \"Camels of Mangystau\"");
    wait_for("the reading open", Duration::from_secs(20), || {
        window_name(&display, &window)
            .contains("Camels of Mangystau")
            .then_some(())
    });
    xdotool(&display, &["windowfocus", "--sync", &window]);
    std::thread::sleep(Duration::from_millis(500));
    xdotool(
        &display,
        &[
            "type",
            "--delay",
            "30",
            "Spring is when the herds move north.",
        ],
    );
    xdotool(&display, &["key", "ctrl+s"]);
    shot(&display, "answering-corrected.png");
    // Each student's answers are in a folder of their own.
    let answers = home.join("data/lectern/answers/asel/camels-of-mangystau.ron");
    wait_for("the answer saved", Duration::from_secs(20), || {
        let sheet = lectern::answers::load(&answers).ok()?;
        (sheet.answers.first()?.text == "Spring is when the herds move north.").then_some(())
    });
}

/// Feedback without a server, in the real window with the real dialogs: a student hands in; a
/// teacher comments in the Class view and returns the feedback; the student opens it (zenity),
/// sees the comment by the answer, revises and hands in again; the teacher sees what changed.
#[test]
fn feedback_goes_to_the_student_and_back_in_the_real_window() {
    let (_xvfb, display) = start_xvfb();
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    let desktop = Desktop::start(home, &display);
    let class = home.join("class");
    let returned = home.join("returned");
    for dir in [&class, &returned] {
        std::fs::create_dir_all(dir).unwrap();
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    let hand_ins = |class: &Path| -> Vec<std::path::PathBuf> {
        files_in(class)
            .into_iter()
            .filter(|n| n.ends_with(".ron") && !n.ends_with(".feedback.ron"))
            .map(|n| class.join(n))
            .collect()
    };
    let own = home.join("data/lectern/answers/asel/almaty-and-the-wild-apple.ron");
    let student = |desktop: &Desktop| open_apple_as(&display, home, desktop, &path, "Asel");
    let hand_in = |desktop: &Desktop, count: usize| {
        desktop.press(&display, "Hand in…");
        desktop.press(&display, "Choose folder and hand in…");
        answer_zenity(&display, &class, false);
        wait_for("the hand-in", Duration::from_secs(20), || {
            (hand_ins(&class).len() == count).then_some(())
        });
        // The student's own file counts the hand-in too.
        wait_for("the hand-in counted", Duration::from_secs(20), || {
            let sheet = lectern::answers::load(&own).ok()?;
            (sheet.handed_in == count as u32).then_some(())
        });
    };

    // 1. The student answers the first question and hands in.
    let (app, _window) = student(&desktop);
    xdotool(&display, &["type", "--delay", "30", "Genes of wild trees."]);
    hand_in(&desktop, 1);
    drop(app);

    // 2. The teacher reviews, comments (the comment box has the keyboard) and returns.
    let (app, window) = launch(&display, home, &desktop, &[], &path);
    desktop.for_teachers(&display);
    desktop.press(&display, "Class…");
    answer_zenity(&display, &class, false);
    desktop.press(&display, "Make a rubric…");
    desktop.press(&display, "Keep rubric");
    desktop.press(&display, "Review Asel, hand-in 1");
    xdotool(&display, &["windowfocus", "--sync", &window]);
    std::thread::sleep(Duration::from_millis(500));
    xdotool(
        &display,
        &[
            "type",
            "--delay",
            "30",
            "Name the scientist who found them.",
        ],
    );
    // A rubric level, chosen with the real mouse.
    desktop.click(&display, &window, "Level for Use of evidence");
    desktop.click(&display, &window, "Developing (2)");
    wait_for("the total", Duration::from_secs(10), || {
        desktop
            .names(&display)
            .iter()
            .any(|n| n == "Total: 2 of 6 points")
            .then_some(())
    });
    shot(&display, "feedback-teacher.png");
    desktop.press(&display, "◀ Class");
    let first = hand_ins(&class).remove(0);
    let beside = lectern::feedback::feedback_path(&first);
    let written = wait_for(
        "the feedback beside the hand-in",
        Duration::from_secs(20),
        || lectern::feedback::load_feedback(&beside).ok(),
    );
    assert_eq!(
        written.answers[0].comment,
        "Name the scientist who found them."
    );
    assert_eq!(written.total(5), Some((2, 6)));
    desktop.press(&display, "Return feedback…");
    answer_zenity(&display, &returned, false);
    let back = wait_for("the returned feedback", Duration::from_secs(20), || {
        files_in(&returned).into_iter().next()
    });
    assert_eq!(back, "asel_almaty-and-the-wild-apple.feedback.ron");
    drop(app);

    // 3. The student opens the feedback with the real dialog, sees it, revises, hands in.
    let (app, window) = student(&desktop);
    desktop.press(&display, "Open feedback…");
    answer_zenity(&display, &returned.join(&back), false);
    desktop.press(
        &display,
        "1. What evidence links the apples of today to the forests near Almaty? (answered, with a teacher's comment)",
    );
    wait_for("the teacher's comment", Duration::from_secs(20), || {
        let names = desktop.names(&display);
        (names
            .iter()
            .any(|n| n == "Name the scientist who found them.")
            && names.iter().any(|n| n == "TEACHER'S COMMENT · hand-in 1"))
        .then_some(())
    });
    shot(&display, "feedback-student.png");
    xdotool(&display, &["windowfocus", "--sync", &window]);
    std::thread::sleep(Duration::from_millis(300));
    xdotool(&display, &["key", "ctrl+End"]);
    xdotool(&display, &["type", "--delay", "30", " Vavilov found them."]);
    hand_in(&desktop, 2);
    drop(app);

    // 4. The teacher sees what changed since the feedback, word by word.
    let (_app, _window) = launch(&display, home, &desktop, &[], &path);
    desktop.for_teachers(&display);
    desktop.press(&display, "Class…");
    answer_zenity(&display, &class, false);
    desktop.press(&display, "Review Asel, hand-in 2");
    wait_for("what changed", Duration::from_secs(20), || {
        let names = desktop.names(&display);
        (names
            .iter()
            .any(|n| n.starts_with("You gave feedback on hand-in 1."))
            && names
                .iter()
                .any(|n| n == "Genes of wild trees. Vavilov found them."))
        .then_some(())
    });
    shot(&display, "feedback-changes.png");
}

/// A teacher writes questions for a web article that has none, in the real window: the
/// keyboard starts in the first question's box; *+ Question* and *+ Essay prompt* add the
/// next; the reading goes to the library. A student answers the second question. The teacher
/// opens the reading again (*Edit…*), writes a new question and moves it up before the answered
/// one with the blocks' own buttons; the student comes back and finds the answer under its
/// question, now the third.
#[test]
fn a_teacher_writes_questions_then_adds_one_and_the_students_answer_stays() {
    let (_xvfb, display) = start_xvfb();
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    let desktop = Desktop::start(home, &display);
    let page = home.join("tian-shan.html");
    std::fs::write(
        &page,
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>\
         <title>Snow on the Tian Shan | Steppe News</title></head><body>\
         <header><nav><a href=/>Home</a> <a href=/news>News</a> <a href=/sport>Sport</a></nav></header>\
         <main><article><h1>Snow on the Tian Shan</h1>\
         <p class=byline>By A. Karimova, 3 March 2026</p>\
         <p>Glaciers above Almaty have lost a third of their ice since 1955, and the rivers that \
         water the city's orchards now peak weeks earlier in spring than they did.</p>\
         <p>Scientists at the Tuyuksu station measure the ice every summer, walking the same \
         stakes their teachers planted sixty years ago.</p>\
         </article></main>\
         <aside><h2>Related</h2><ul><li><a href=/a>Ten best ski slopes</a></li></ul></aside>\
         <footer>&copy; 2026 Steppe News &middot; <a href=/privacy>Privacy</a></footer>\
         </body></html>",
    )
    .unwrap();
    let path = std::env::var_os("PATH").unwrap_or_default();
    let library = home.join("data/lectern/library");
    let kept = library.join("snow-on-the-tian-shan.md");
    let type_text = |window: &str, text: &str| {
        xdotool(&display, &["windowfocus", "--sync", window]);
        std::thread::sleep(Duration::from_millis(300));
        xdotool(&display, &["type", "--delay", "30", text]);
        std::thread::sleep(Duration::from_millis(400));
    };
    let shown = |name: &str| {
        wait_for(name, Duration::from_secs(15), || {
            desktop
                .names(&display)
                .iter()
                .any(|n| n == name)
                .then_some(())
        })
    };

    // 1. The teacher writes two questions and an essay prompt.
    let (app, window) = launch(&display, home, &desktop, &[], &path);
    desktop.for_teachers(&display);
    desktop.press(&display, "Add a reading…");
    answer_zenity(&display, &page, false);
    wait_for("the correction", Duration::from_secs(20), || {
        desktop
            .names(&display)
            .iter()
            .any(|n| n.starts_with("This reading has no questions yet"))
            .then_some(())
    });
    type_text(&window, "Why do the rivers peak earlier now?");
    shown("Question 1. Why do the rivers peak earlier now?");
    desktop.press(&display, "+ Question");
    type_text(&window, "How is the ice measured?");
    desktop.press(&display, "+ Essay prompt");
    type_text(&window, "Write about a place you know that has changed.");
    shown("Question 2. How is the ice measured?");
    shown("Essay 3. Write about a place you know that has changed.");
    shot(&display, "write-questions.png");
    desktop.press(&display, "Add to library");
    let written = wait_for(
        "the reading in the library",
        Duration::from_secs(15),
        || std::fs::read_to_string(&kept).ok(),
    );
    let reading = lectern::reading::parse(&written, lectern::reading::Origin::Text, "x");
    let prompts: Vec<&str> = reading.prompts().map(|p| p.text.as_str()).collect();
    assert_eq!(
        prompts,
        [
            "Why do the rivers peak earlier now?",
            "How is the ice measured?",
            "Write about a place you know that has changed."
        ],
        "{written}"
    );
    assert!(!written.contains("Ten best ski slopes"), "{written}");

    drop(app);

    // 2. A student answers the second question.
    let (app, window) = launch(&display, home, &desktop, &[], &path);
    type_text(&window, "Asel");
    desktop.press(&display, "Open \"Snow on the Tian Shan\"");
    wait_for("the reading open", Duration::from_secs(20), || {
        window_name(&display, &window)
            .contains("Snow on the Tian Shan")
            .then_some(())
    });
    desktop.press(&display, "2. How is the ice measured? (not answered)");
    type_text(&window, "With stakes, every summer.");
    xdotool(&display, &["key", "ctrl+s"]);
    let answers = home.join("data/lectern/answers/asel/snow-on-the-tian-shan.ron");
    wait_for("the answer saved", Duration::from_secs(20), || {
        let sheet = lectern::answers::load(&answers).ok()?;
        sheet
            .answers
            .iter()
            .any(|a| a.text == "With stakes, every summer.")
            .then_some(())
    });
    drop(app);

    // 3. The teacher adds a question and moves it before the answered one.
    let (app, window) = launch(&display, home, &desktop, &[], &path);
    desktop.for_teachers(&display);
    desktop.press(&display, "Edit \"Snow on the Tian Shan\"");
    shown("Change “Snow on the Tian Shan”");
    desktop.press(&display, "+ Question");
    type_text(&window, "Who planted the first stakes?");
    shown("Question 4. Who planted the first stakes?");
    // The new block is the last: up past the essay, then past the answered question.
    let last = desktop
        .names(&display)
        .iter()
        .filter_map(|n| {
            n.strip_prefix("Move block ")?
                .strip_suffix(" up")?
                .parse::<usize>()
                .ok()
        })
        .max()
        .expect("the blocks' move buttons");
    desktop.press(&display, &format!("Move block {last} up"));
    desktop.press(&display, &format!("Move block {} up", last - 1));
    shown("Question 2. Who planted the first stakes?");
    shown("Question 3. How is the ice measured?");
    shot(&display, "edit-reading.png");
    desktop.press(&display, "Save changes");
    wait_for("the changed reading", Duration::from_secs(15), || {
        std::fs::read_to_string(&kept)
            .ok()
            .filter(|t| t.contains("Who planted the first stakes?"))
    });
    assert!(
        library
            .join("originals/snow-on-the-tian-shan.before-edit.md")
            .exists()
    );
    drop(app);

    // 4. The student comes back: the answer is under its question, now the third.
    let (_app, window) = launch(&display, home, &desktop, &[], &path);
    type_text(&window, "Asel");
    desktop.press(&display, "Open \"Snow on the Tian Shan\"");
    shown("3. How is the ice measured? (answered)");
    shown("2. Who planted the first stakes? (not answered)");
    shot(&display, "edited-reading-student.png");
}

/// Issue 29's walk in the real window: a student writes an answer on two days (the window
/// closed and opened again between them), pastes a paragraph from the X clipboard (xclip) and
/// a sentence of the reading, takes yesterday's version back with *Earlier versions* by the
/// keyboard, and hands in. The teacher's review shows two sessions, the paste with its text
/// and the quotation, and replays the answer from the empty box to the text handed in; the
/// same hand-in edited by hand is flagged.
#[test]
fn how_an_answer_was_written_reaches_the_teacher_in_the_real_window() {
    use lectern::answers::history::How;
    let (_xvfb, display) = start_xvfb();
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    let desktop = Desktop::start(home, &display);
    let class = home.join("class");
    std::fs::create_dir_all(&class).unwrap();
    let path = std::env::var_os("PATH").unwrap_or_default();
    let own = home.join("data/lectern/answers/dana/almaty-and-the-wild-apple.ron");
    let has = |name: &str| desktop.names(&display).iter().any(|n| n.contains(name));
    let wait_name = |name: &str| {
        wait_for(name, Duration::from_secs(20), || has(name).then_some(()));
    };
    let student = || {
        let (app, window) = open_apple_as(&display, home, &desktop, &path, "Dana");
        // Back to the first question (Lectern opens on the first one not answered), to the
        // end of its answer.
        for key in ["ctrl+Prior", "ctrl+End"] {
            xdotool(&display, &["key", key]);
            std::thread::sleep(Duration::from_millis(200));
        }
        (app, window)
    };
    let quit = |mut app: Guard| {
        xdotool(&display, &["key", "ctrl+q"]);
        let status = wait_for("Lectern to quit", Duration::from_secs(20), || {
            app.0.try_wait().ok().flatten()
        });
        assert!(status.success());
    };
    let paste = |text: &str| real::paste_from_x_clipboard(&display, text);

    // Monday.
    let (app, _) = student();
    xdotool(&display, &["type", "--delay", "40", "Written on Monday. "]);
    quit(app);
    // Tuesday: more, a paste, a quotation; then Monday's version back.
    let (app, _) = student();
    xdotool(&display, &["type", "--delay", "40", "And on Tuesday. "]);
    let pasted = "A paragraph from a website, pasted. ";
    let quotation = "Traders and their animals carried apples west along the Silk Road.";
    paste(pasted);
    paste(quotation);
    xdotool(&display, &["key", "ctrl+h"]);
    wait_name("Earlier versions of your answer");
    wait_name("version 4 of 4");
    // By the keyboard: the slider has it; Home is the empty box, one step right Monday's.
    for key in ["Home", "Right"] {
        xdotool(&display, &["key", key]);
        std::thread::sleep(Duration::from_millis(250));
    }
    shot(&display, "history-keys.png");
    wait_name("version 1 of 4");
    desktop.press(&display, "Restore this version");
    wait_name("Version 1 restored");
    xdotool(&display, &["key", "ctrl+s"]);
    let sheet = wait_for("the restore saved", Duration::from_secs(20), || {
        let sheet = lectern::answers::load(&own).ok()?;
        (sheet.answers[0].text == "Written on Monday. ").then_some(sheet)
    });
    let answer = &sheet.answers[0];
    let hows: Vec<How> = answer.history.iter().map(|s| s.how).collect();
    assert_eq!(
        hows,
        [
            How::Typed,
            How::Typed,
            How::Pasted,
            How::Quoted,
            How::Restored(1)
        ]
    );
    assert_eq!(
        answer.version(4).unwrap(),
        format!("Written on Monday. And on Tuesday. {pasted}{quotation}"),
        "Tuesday's text is still in the history"
    );
    desktop.press(&display, "Hand in…");
    desktop.press(&display, "Choose folder and hand in…");
    answer_zenity(&display, &class, false);
    let handed = wait_for("the hand-in", Duration::from_secs(20), || {
        files_in(&class)
            .into_iter()
            .find(|n| n.ends_with(".ron"))
            .map(|n| class.join(n))
    });
    drop(app);

    // The teacher.
    let (_app, window) = launch(&display, home, &desktop, &[], &path);
    let review = || {
        desktop.press(&display, "Class…");
        answer_zenity(&display, &class, false);
        desktop.press(&display, "Review Dana, hand-in 1");
        xdotool(&display, &["windowfocus", "--sync", &window]);
    };
    desktop.for_teachers(&display);
    review();
    wait_name("sessions: 2");
    wait_name(pasted.trim());
    wait_name(quotation);
    shot(&display, "history-teacher.png");
    desktop.press(&display, "Replay how it was written…");
    wait_name("version 0 of 5");
    assert!(has("(empty)"), "the replay starts from the empty box");
    desktop.press(&display, "▶ Play");
    wait_name("version 5 of 5");
    assert!(!has("(empty)"));
    // Escape closes the replay, then the review, then the Class view.
    for _ in 0..3 {
        xdotool(&display, &["key", "Escape"]);
        std::thread::sleep(Duration::from_millis(400));
    }

    // The hand-in edited by hand: its paste relabelled as typing.
    let text = std::fs::read_to_string(&handed).unwrap();
    std::fs::write(&handed, text.replace("how: Pasted", "how: Typed")).unwrap();
    review();
    wait_name("The history of this answer does not match its text");
}

/// A ZIP of `entries` (name, bytes), as an LMS makes one.
fn zip_of(path: &Path, entries: &[(String, Vec<u8>)]) {
    use std::io::Write as _;
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let options = zip::write::SimpleFileOptions::default();
    for (name, bytes) in entries {
        zip.start_file(name.as_str(), options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
}

/// A student's answers file on the apple reading, as handed in.
fn apple_hand_in(student: &str, answer: &str) -> Vec<u8> {
    let reading: lectern::reading::Reading = lectern::reading::BUNDLED
        .iter()
        .find(|b| b.name == "apple-origins")
        .unwrap()
        .parse();
    let mut sheet = lectern::answers::AnswerSheet::new(&reading);
    sheet.student = student.to_owned();
    let prompt = reading.prompts().next().unwrap();
    sheet.set_answer(prompt, answer, "2026-11-28T09:00:00Z".parse().unwrap());
    sheet.handed_in = 1;
    lectern::answers::to_ron(&sheet).unwrap().into_bytes()
}

/// Issue 30's walk in the real window, through the real file dialogs: a Moodle download opens
/// as a class, two students are marked with the rubric, and the feedback ZIP and the filled
/// grading worksheet are written for Moodle; then a Google Drive download opens as a class.
#[test]
fn a_moodle_class_goes_through_lectern_and_back_in_the_real_window() {
    let (_xvfb, display) = start_xvfb();
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    let desktop = Desktop::start(home, &display);
    let path = std::env::var_os("PATH").unwrap_or_default();
    let downloads = home.join("Downloads");
    let out = home.join("for moodle");
    for dir in [&downloads, &out] {
        std::fs::create_dir_all(dir).unwrap();
    }
    let zip = downloads.join("ENG101-Essay 1-4422.zip");
    let students = [("Әйгерім Нұрланқызы", 3011), ("Иван Петров", 3012)];
    let entries: Vec<(String, Vec<u8>)> = students
        .iter()
        .map(|(name, id)| {
            (
                format!("{name}_{id}_assignsubmission_file/answers.ron"),
                apple_hand_in(name, "Genes of wild trees."),
            )
        })
        .collect();
    zip_of(&zip, &entries);
    let worksheet = downloads.join("Grades-ENG101.csv");
    std::fs::write(
        &worksheet,
        "Identifier,\"Full name\",Grade,\"Maximum Grade\",\"Feedback comments\"\n\
         \"Participant 3011\",\"Әйгерім Нұрланқызы\",,10.00,\n\
         \"Participant 3012\",\"Иван Петров\",,10.00,\n",
    )
    .unwrap();
    let has = |name: &str| desktop.names(&display).iter().any(|n| n.contains(name));
    let wait_name = |name: &str| {
        wait_for(name, Duration::from_secs(20), || has(name).then_some(()));
    };

    let (app, window) = launch(&display, home, &desktop, &[], &path);
    desktop.for_teachers(&display);
    desktop.press(&display, "Class from a ZIP…");
    answer_zenity(&display, &zip, false);
    wait_name("Review Иван Петров, hand-in 1");
    shot(&display, "moodle-class.png");
    desktop.press(&display, "Make a rubric…");
    desktop.press(&display, "Keep rubric");
    for ((name, _), level) in students.iter().zip(["Developing (2)", "Secure (3)"]) {
        desktop.press(&display, &format!("Review {name}, hand-in 1"));
        desktop.click(&display, &window, "Level for Use of evidence");
        desktop.click(&display, &window, level);
        desktop.press(&display, "◀ Class");
    }
    desktop.press(&display, "Charts: the class at a glance");
    wait_name("Rubric levels reached, per criterion");
    std::thread::sleep(Duration::from_millis(500));
    shot(&display, "class-charts.png");
    // Ticked already: a class from Moodle goes back to Moodle.
    desktop.press(&display, "Return feedback…");
    answer_zenity(&display, &out, false);
    let made = wait_for("the feedback ZIP", Duration::from_secs(20), || {
        files_in(&out).into_iter().next()
    });
    assert_eq!(made, "ENG101-Essay 1-4422 feedback for Moodle.zip");
    let mut archive = zip::ZipArchive::new(std::fs::File::open(out.join(&made)).unwrap()).unwrap();
    let mut names: Vec<String> = (0..archive.len())
        .map(|i| archive.by_index(i).unwrap().name().to_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 4, "{names:?}");
    // Each student's feedback sheet and file, in the folder the download gave them.
    for (name, id) in students {
        let folder = format!("{name}_{id}_assignsubmission_file/");
        let theirs = names.iter().filter(|n| n.starts_with(&folder)).count();
        assert_eq!(theirs, 2, "{folder}: {names:?}");
    }
    wait_name("Feedback returned");
    shot(&display, "moodle-returned.png");
    xdotool(&display, &["key", "Return"]);
    desktop.press(&display, "OK");
    desktop.press(&display, "Fill in grading worksheet…");
    answer_zenity(&display, &worksheet, false);
    let filled = downloads.join("Grades-ENG101 (Lectern).csv");
    let text = wait_for("the filled worksheet", Duration::from_secs(20), || {
        std::fs::read_to_string(&filled).ok()
    });
    let rows: Vec<&str> = text.lines().collect();
    assert!(
        rows[1].starts_with("Participant 3011,Әйгерім Нұрланқызы,2,"),
        "{text}"
    );
    assert!(
        rows[2].starts_with("Participant 3012,Иван Петров,3,"),
        "{text}"
    );
    wait_name("Grading worksheet filled in");
    shot(&display, "moodle-worksheet.png");
    desktop.press(&display, "OK");
    // The class sheet, printed, carries the charts the teacher just looked at.
    desktop.press(&display, "Export class sheet…");
    let sheet = out.join("ENG101 class.pdf");
    answer_zenity(&display, &sheet, true);
    wait_for("the class sheet", Duration::from_secs(30), || {
        std::fs::metadata(&sheet).ok().filter(|m| m.len() > 0)
    });
    let printed = std::process::Command::new("pdftotext")
        .args([sheet.as_os_str(), "-".as_ref()])
        .output()
        .expect("pdftotext runs (apt-get install poppler-utils)");
    let printed = String::from_utf8_lossy(&printed.stdout);
    for chart in [
        "Questions answered by each student",
        "Rubric levels reached, per criterion",
        "Developing",
    ] {
        assert!(
            printed.contains(chart),
            "{chart:?} on the class sheet:\n{printed}"
        );
    }
    drop(app);

    // A Google Drive download: the assignment's folder, the files as handed in.
    let drive = downloads.join("Essay 1-20261128T090000Z-001.zip");
    zip_of(
        &drive,
        &[(
            "Essay 1/dana-serik_almaty-and-the-wild-apple_2026-11-28.ron".to_owned(),
            apple_hand_in("Dana Serik", "From Drive."),
        )],
    );
    let (_app, _window) = launch(&display, home, &desktop, &[], &path);
    desktop.for_teachers(&display);
    desktop.press(&display, "Class from a ZIP…");
    answer_zenity(&display, &drive, false);
    wait_name("Review Dana Serik, hand-in 1");
}
