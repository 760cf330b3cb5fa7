//! The window, driven headlessly through AccessKit with egui_kittest: controls are found by
//! their accessible names, which also proves they have them.

use std::fs;
use std::path::{Path, PathBuf};

mod common;

use common::{app, editor_has_focus, harness, isolate_data_dir, settle, wait_for_frames};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use lectern::answers;
use lectern::app::state::Settings;
use lectern::ui::LecternApp;
use lectern::ui::dialogs::ScriptedDialogs;

const LEAD: &str = "Considering the EU’s commitment to human rights and democratic values, how can it balance these with its economic and geopolitical interests in deepening its partnership with Kazakhstan?";
const Q1: &str = "How significant is Kazakhstan’s move to diversify its partnerships beyond Russia, particularly in light of the geopolitical shifts following the Ukraine war?";

#[test]
fn starts_on_the_first_unanswered_prompt_with_the_cursor_in_its_editor() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let h = harness(app(&path, vec![]));
    assert_eq!(h.state().state.selected, 0, "the lead question comes first");
    assert!(editor_has_focus(&h));
    h.get_by_label_contains("0 of 13 answered");
    assert!(
        !h.get_all_by_label_contains("Considering the EU’s commitment")
            .collect::<Vec<_>>()
            .is_empty()
    );
}

#[test]
fn select_type_save_reopen_and_the_text_is_there() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.ron");
    let mut h = harness(app(&path, vec![]));

    h.get_by_label_contains("1. How significant is").click();
    settle(&mut h);
    assert_eq!(h.state().state.selected, 1);
    assert!(
        editor_has_focus(&h),
        "selecting a prompt puts the cursor in its editor"
    );

    h.get_by_role_and_label(egui::Role::MultilineTextInput, Q1)
        .type_text("Very significant: Қазақстан looks west.");
    settle(&mut h);
    h.get_by_label("5 words");
    h.get_by_label_contains("1 of 13 answered");
    assert!(h.state().state.doc.has_unsaved_work());

    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut h);
    assert!(!h.state().state.doc.has_unsaved_work());
    let saved = answers::load(&path).unwrap();
    assert_eq!(saved.answers.len(), 1);
    assert_eq!(saved.answers[0].prompt_id.as_str(), "Q1");
    assert_eq!(
        saved.answers[0].text,
        "Very significant: Қазақстан looks west."
    );
    h.get_by_label_contains("Saved");
    drop(h);

    let mut h = harness(app(&path, vec![]));
    assert_eq!(
        h.state().state.selected,
        0,
        "the first unanswered prompt is still the lead"
    );
    h.get_by_label_contains("1. How significant is").click();
    settle(&mut h);
    assert_eq!(
        h.state().state.editor_text,
        "Very significant: Қазақстан looks west."
    );
    h.get_by_label_contains("1. How significant is Kazakhstan’s move to diversify its partnerships beyond Russia, particularly in light of the geopolitical shifts following the Ukraine war? (answered)");
}

#[test]
fn keyboard_and_buttons_move_between_prompts() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(&dir.path().join("a.ron"), vec![]));
    h.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
    settle(&mut h);
    assert_eq!(h.state().state.selected, 1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    settle(&mut h);
    assert_eq!(h.state().state.selected, 2);
    h.get_by_label("◀ Previous").click();
    settle(&mut h);
    assert_eq!(h.state().state.selected, 1);
    h.get_by_label("Next ▶").click();
    settle(&mut h);
    assert_eq!(h.state().state.selected, 2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::PageUp);
    settle(&mut h);
    assert_eq!(h.state().state.selected, 1);
    assert!(editor_has_focus(&h));
}

#[test]
fn the_student_name_is_saved_in_the_answers_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let mut h = harness(app(&path, vec![]));
    h.get_by_role_and_label(egui::Role::TextInput, "Student:")
        .focus();
    settle(&mut h);
    h.get_by_role_and_label(egui::Role::TextInput, "Student:")
        .type_text("Aliya Nurlanovna");
    settle(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut h);
    assert_eq!(answers::load(&path).unwrap().student, "Aliya Nurlanovna");
}

#[test]
fn autosave_writes_shortly_after_typing_stops() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let mut h = harness(app(&path, vec![]));
    h.get_by_role_and_label(egui::Role::MultilineTextInput, LEAD)
        .type_text("Carefully.");
    settle(&mut h);
    assert!(!path.exists(), "not saved while typing");
    std::thread::sleep(lectern::app::document::AUTOSAVE_DELAY);
    // The autosave is written by a background thread; frames go on while it works.
    let saved = wait_for_frames(&mut h, || answers::load(&path).ok());
    assert_eq!(saved.answers[0].text, "Carefully.");
    assert!(!h.state().state.doc.has_unsaved_work());
}

#[test]
fn an_unreadable_answers_file_is_reported_and_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    let garbage = "(version: 1, this is not RON";
    fs::write(&path, garbage).unwrap();
    let elsewhere = dir.path().join("rescued");
    let mut h = harness(app(&path, vec![Some(elsewhere.clone())]));
    h.get_by_label("Your answers file could not be opened");
    h.get_by_label_contains("line 1, column");
    h.get_by_label("OK").click();
    settle(&mut h);

    h.get_by_role_and_label(egui::Role::MultilineTextInput, LEAD)
        .type_text("Work that must survive.");
    settle(&mut h);
    std::thread::sleep(lectern::app::document::AUTOSAVE_DELAY);
    settle(&mut h);
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        garbage,
        "autosave leaves it alone"
    );

    // Ctrl+S has nowhere safe to write, so it asks where (the scripted dialog answers).
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut h);
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        garbage,
        "still untouched"
    );
    let rescued = answers::load(&elsewhere.with_extension("ron")).unwrap();
    assert_eq!(rescued.answers[0].text, "Work that must survive.");
    assert_eq!(
        h.state().state.doc.path.as_deref(),
        Some(elsewhere.with_extension("ron").as_path())
    );
}

#[test]
fn export_from_the_window_writes_the_sheet_where_the_student_chose() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("sheet.html");
    let mut h = harness(app(&dir.path().join("a.ron"), vec![Some(sheet.clone())]));
    h.get_by_role_and_label(egui::Role::MultilineTextInput, LEAD)
        .type_text("<b>not bold</b>");
    settle(&mut h);
    h.get_by_label("Export sheet…").click();
    settle(&mut h);
    // Twelve prompts are still empty: Lectern lists them first.
    h.get_by_label("12 questions are still empty");
    h.get_by_label("Export anyway…").click();
    settle(&mut h);
    // The sheet is written on a thread of its own; the window says when it is done.
    wait_for_frames(&mut h, || h_has_flash(&sheet));
    let html = fs::read_to_string(&sheet).unwrap();
    assert!(html.contains("&lt;b&gt;not bold&lt;/b&gt;"));
    assert!(html.contains("1 of 13 prompts answered"));
    settle(&mut h);
    h.get_by_label_contains("Exported the study sheet to");
}

fn h_has_flash(sheet: &Path) -> Option<()> {
    sheet.exists().then_some(())
}

#[test]
fn a_pdf_is_exported_without_stalling_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("sheet.pdf");
    let mut h = harness(app(&dir.path().join("a.ron"), vec![Some(sheet.clone())]));
    h.get_by_role_and_label(egui::Role::MultilineTextInput, LEAD)
        .type_text("Қазақстан — a careful balance.");
    settle(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    settle(&mut h);
    // Background jobs wait while held: were the PDF written on the window's thread, it would
    // be on disk before the hold is let go.
    let hold = h.state_mut().hold_tasks();
    h.get_by_label("Export anyway…").click();
    h.run_steps(4);
    h.get_by_label("Exporting the study sheet…");
    // The window works meanwhile: typing goes on.
    h.get_by_role_and_label(egui::Role::MultilineTextInput, LEAD)
        .focus();
    h.run_steps(2);
    h.get_by_role_and_label(egui::Role::MultilineTextInput, LEAD)
        .type_text(" More.");
    h.run_steps(4);
    assert!(
        !sheet.exists(),
        "the export waited for the hold: it runs off the frame"
    );
    assert!(
        h.state().state.editor_text.ends_with("More."),
        "{:?}",
        h.state().state.editor_text
    );
    drop(hold);
    let pdf = wait_for_frames(&mut h, || {
        fs::read(&sheet)
            .ok()
            .filter(|b| b.ends_with(b"%%EOF\n") || b.ends_with(b"%%EOF"))
    });
    assert!(pdf.starts_with(b"%PDF-"));
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("Қазақстан — a careful balance."), "{text}");
    settle(&mut h);
    assert!(h.query_by_label("Exporting the study sheet…").is_none());
}

#[test]
fn answers_whose_reading_cannot_be_found_are_refused_with_the_reason() {
    isolate_data_dir();
    let dir = tempfile::tempdir().unwrap();
    let reading_path = dir.path().join("volcanoes.md");
    fs::write(
        &reading_path,
        "# Volcanoes\n\nThey erupt.\n\n## Questions\n1. Why?\n",
    )
    .unwrap();
    let reading = lectern::reading::load_file(&reading_path).unwrap();
    let answers_path = dir.path().join("volcanoes.ron");
    answers::save(&answers_path, &answers::AnswerSheet::new(&reading)).unwrap();
    fs::remove_file(&reading_path).unwrap();
    let opened = LecternApp::open(
        None,
        Some(answers_path.clone()),
        Settings::default(),
        Box::new(ScriptedDialogs::answering(vec![])),
    );
    let Err(e) = opened else {
        panic!("opened the answers on some other reading");
    };
    assert!(e.contains("volcanoes.md"), "{e}");
    assert!(e.contains(&answers_path.display().to_string()), "{e}");
}

#[test]
fn opening_another_reading_saves_the_current_answers_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let reading = dir.path().join("aral.md");
    fs::write(
        &reading,
        "# The Aral Sea\n\nIt shrank.\n\n## Questions\n1. Why did it shrink?\n",
    )
    .unwrap();
    let mut h = harness(app(&path, vec![Some(reading)]));
    h.get_by_role_and_label(egui::Role::MultilineTextInput, LEAD)
        .type_text("Saved before switching.");
    settle(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    settle(&mut h);
    assert_eq!(
        answers::load(&path).unwrap().answers[0].text,
        "Saved before switching."
    );
    assert_eq!(h.state().state.doc.reading.title, "The Aral Sea");
    h.get_by_label_contains("0 of 1 answered");
}

#[test]
fn closing_with_work_that_cannot_be_saved_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    fs::write(&path, "not ron").unwrap();
    let mut h = harness(app(&path, vec![]));
    h.get_by_label("OK").click();
    settle(&mut h);
    h.get_by_role_and_label(egui::Role::MultilineTextInput, LEAD)
        .type_text("Unsaved.");
    settle(&mut h);
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    settle(&mut h);
    h.get_by_label("Your answers are not saved");
    h.get_by_label("Keep working").click();
    settle(&mut h);
    assert!(h.query_by_label("Your answers are not saved").is_none());
    assert_eq!(h.state().state.editor_text, "Unsaved.");
}

// ---------------------------------------------------------------------------------------------
// Work is never lost, as the student sees it.

#[test]
fn a_pulled_usb_stick_is_said_above_the_answer_and_work_saves_when_it_is_back() {
    let dir = tempfile::tempdir().unwrap();
    let stick = dir.path().join("STICK");
    let path = stick.join("a.ron");
    fs::create_dir_all(&stick).unwrap();
    let mut h = harness(app(&path, vec![]));
    h.get_by_role_and_label(egui::Role::MultilineTextInput, LEAD)
        .type_text("Before. ");
    settle(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut h);
    assert!(path.exists());
    if cfg!(windows) {
        // Windows (and Wine) will not remove a folder while the lock file in it is open:
        // `.ci/windows-window` takes the folder away from outside Wine instead.
        return;
    }
    fs::remove_dir_all(&stick).unwrap();
    let saves_offered = h.get_all_by_label("Save as…").count();
    h.get_by_role_and_label(egui::Role::MultilineTextInput, LEAD)
        .type_text("After.");
    settle(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut h);
    h.get_by_label("OK").click();
    settle(&mut h);
    // Where the student is looking, in their words, with the ways on.
    h.get_by_label("⚠ Your answers are not saved");
    let said = h.get_all_by_label_contains("is not there any more").count();
    assert!(said >= 1, "the gone folder is named");
    assert!(h.query_by_label_contains("os error").is_none());
    assert!(
        !stick.exists(),
        "the stick's folder was made again on this disk"
    );
    // Save as… is offered in the banner (as well as in the File menu).
    assert_eq!(h.get_all_by_label("Save as…").count(), saves_offered + 1);
    // The stick is back: one click saves where the student chose.
    fs::create_dir_all(&stick).unwrap();
    h.get_by_label("Try again").click();
    settle(&mut h);
    assert!(h.query_by_label("⚠ Your answers are not saved").is_none());
    assert_eq!(
        answers::load(&path).unwrap().answers[0].text,
        "Before. After."
    );
}

#[test]
fn a_failed_save_is_shown_and_the_text_stays_in_the_editor() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let mut h = harness(app(&path, vec![]));
    h.state_mut().state.doc.writer = lectern::files::Writer::FullAfter(10);
    h.get_by_role_and_label(egui::Role::MultilineTextInput, LEAD)
        .type_text("Precious words.");
    settle(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut h);
    h.get_by_label("Your answers could not be saved");
    // In the dialog and, until a save succeeds, above the answer and in the status bar.
    assert_eq!(h.get_all_by_label_contains("the disk is full").count(), 3);
    h.get_by_label_contains("⚠ Not saved");
    assert_eq!(h.state().state.editor_text, "Precious words.");
    assert!(!path.exists(), "no half-written file");
    let copy = h
        .state()
        .state
        .doc
        .recovery_copy
        .clone()
        .expect("a recovery copy");
    assert_eq!(
        answers::load(&copy).unwrap().answers[0].text,
        "Precious words."
    );
}

#[test]
fn newer_work_from_a_recovery_copy_is_offered_and_restored() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    {
        isolate_data_dir();
        let mut doc = lectern::app::document::Document::open(
            lectern::reading::BUNDLED[0].parse(),
            Some(path.clone()),
        );
        let lead = doc.reading.prompts().next().unwrap().clone();
        doc.set_answer(
            &lead,
            "Written just before the power cut.",
            lectern::app::document::now(),
            std::time::Instant::now(),
            lectern::app::document::Input::Typed,
        );
        doc.write_recovery();
    }
    let mut h = harness(app(&path, vec![]));
    h.get_by_label("Lectern found newer work");
    h.get_by_label("Restore the newer work").click();
    settle(&mut h);
    assert!(h.query_by_label("Lectern found newer work").is_none());
    let doc = &h.state().state.doc;
    let lead = doc.reading.prompts().next().unwrap();
    assert_eq!(
        doc.sheet.text(&lead.id),
        "Written just before the power cut."
    );
    h.get_by_label_contains("1 of 13 answered");
    assert!(
        h.state().state.doc.has_unsaved_work(),
        "restored work is saved soon after"
    );
}

#[test]
fn a_second_window_on_the_same_answers_says_so_and_works_on_a_copy() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.ron");
    let first = harness(app(&path, vec![]));
    let second = harness(app(&path, vec![]));
    second.get_by_label("These answers are open in another window");
    assert_ne!(
        second.state().state.doc.path.as_deref(),
        Some(path.as_path())
    );
    assert_eq!(
        first.state().state.doc.path.as_deref(),
        Some(path.as_path())
    );
}

/// Answers files from other people, each broken in its own way.
fn bad_answers_files() -> Vec<(&'static str, Vec<u8>)> {
    let good = "(version: 1, reading: (title: \"t\", origin: \"bundled:kazakhstan-eu\", sha256: \"x\"), student: \"s\", answers: [])";
    vec![
        ("empty", Vec::new()),
        ("truncated", b"(version: 1, reading: (title: \"Kazakh".to_vec()),
        ("not-utf8", b"(version: 1, student: \"\xff\xfe\")".to_vec()),
        ("nul-byte", b"(version: 1,\0)".to_vec()), // not "nul": a Windows device name
        ("wrong-types", good.replace("student: \"s\"", "student: 5").into_bytes()),
        ("unknown-field", good.replace("student:", "extra: 1, student:").into_bytes()),
        ("missing-field", good.replace("student: \"s\", ", "").into_bytes()),
        ("duplicate-ids", good.replace("answers: []", "answers: [(prompt_id: \"Q1\", prompt: \"p\", text: \"a\", edited: \"2026-01-01T00:00:00Z\"), (prompt_id: \"Q1\", prompt: \"p\", text: \"b\", edited: \"2026-01-01T00:00:00Z\")]").into_bytes()),
        ("future-version", good.replace("version: 1", "version: 99").into_bytes()),
        ("deep-nesting", format!("{}{}", "(".repeat(50_000), ")".repeat(50_000)).into_bytes()),
    ]
}

#[test]
fn every_kind_of_bad_answers_file_gets_a_clear_message_and_stays_unchanged() {
    for (name, bytes) in bad_answers_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("{name}.ron"));
        fs::write(&path, &bytes).unwrap();
        let mut h = harness(app(&path, vec![]));
        h.get_by_label("Your answers file could not be opened");
        assert!(
            h.get_all_by_label_contains(&format!("{name}.ron")).count() >= 1,
            "{name}"
        );
        h.get_by_label("OK").click();
        settle(&mut h);
        h.get_by_role_and_label(egui::Role::MultilineTextInput, LEAD)
            .type_text("new work");
        settle(&mut h);
        h.key_press_modifiers(Modifiers::COMMAND, Key::S); // Asks where; the script cancels.
        settle(&mut h);
        assert_eq!(fs::read(&path).unwrap(), bytes, "{name} was changed");
        assert_eq!(h.state().state.editor_text, "new work", "{name}");
    }
}

#[test]
fn every_kind_of_bad_reading_gets_a_clear_message_and_the_current_work_stays() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.md");
    fs::File::create(&huge)
        .unwrap()
        .set_len(lectern::reading::MAX_READING_BYTES + 1)
        .unwrap();
    let cases: Vec<(PathBuf, &str)> = vec![
        (write_file(dir.path(), "empty.md", b""), "empty"),
        (
            write_file(dir.path(), "binary.md", b"\x89PNG\r\n\x1a\n\0\0"),
            "binary",
        ),
        (
            write_file(dir.path(), "latin1.txt", b"caf\xe9"),
            "not UTF-8",
        ),
        (huge, "at most"),
        (dir.path().join("missing.md"), "missing.md"),
        // Imported files, through the child importer as the window imports them.
        (
            write_file(
                dir.path(),
                "scan.pdf",
                &lectern::generate::pdf::pdf(&vec![Vec::new(); 4]),
            ),
            "no selectable text (probably a scan)",
        ),
        (
            write_file(dir.path(), "cut.pdf", &{
                let pdf =
                    lectern::generate::pdf::reading_pdf(&lectern::reading::BUNDLED[0].parse());
                pdf[..pdf.len() / 3].to_vec()
            }),
            "PDF",
        ),
        (
            write_file(dir.path(), "cut.docx", &{
                let docx =
                    lectern::generate::docx::reading_docx(&lectern::reading::BUNDLED[0].parse());
                docx[..docx.len() / 2].to_vec()
            }),
            "not a readable Word document",
        ),
    ];
    lectern::import::use_importer(
        PathBuf::from(env!("CARGO_BIN_EXE_lectern")),
        lectern::import::TIME_LIMIT,
    );
    let answers = dir.path().join("a.ron");
    let script: Vec<Option<PathBuf>> = cases.iter().map(|(p, _)| Some(p.clone())).collect();
    let mut h = harness(app(&answers, script));
    for (path, needle) in &cases {
        h.key_press_modifiers(Modifiers::COMMAND, Key::O);
        settle(&mut h);
        h.get_by_label("This reading could not be opened");
        h.get_by_label_contains(needle);
        h.get_by_label("OK").click();
        settle(&mut h);
        assert_eq!(
            h.state().state.doc.reading.title,
            "Kazakhstan and the EU: A Multi-Vector Partnership",
            "{path:?}"
        );
    }
}

fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn enormous_readings_open_in_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let mut many = String::from("Article.\n\n## Questions\n");
    for i in 1..=10_000 {
        many.push_str(&format!("- Question number {i}?\n"));
    }
    let long_line = format!("{}.\n\n## Questions\n1. Why?\n", "word ".repeat(200_000));
    for (name, text, prompts) in [("many.md", many, 10_000), ("long-line.md", long_line, 1)] {
        let path = write_file(dir.path(), name, text.as_bytes());
        isolate_data_dir();
        let app = LecternApp::open(
            Some(&path),
            Some(dir.path().join(format!("{name}.ron"))),
            Settings::default(),
            Box::new(ScriptedDialogs::default()),
        )
        .unwrap();
        let mut h = harness(app);
        h.get_by_label_contains(&format!("0 of {prompts} answered"));
        h.key_press_modifiers(Modifiers::COMMAND, Key::PageDown);
        settle(&mut h);
        assert_eq!(h.state().state.selected, 1.min(prompts - 1), "{name}");
    }
}

#[test]
fn f1_shows_every_shortcut() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(&dir.path().join("a.ron"), vec![]));
    h.key_press(Key::F1);
    settle(&mut h);
    h.get_by_label("Keyboard shortcuts");
    for command in lectern::ui::command::Command::with_shortcuts() {
        assert!(
            h.get_all_by_label(&command.label()).count() >= 1,
            "{}",
            command.label()
        );
    }
    h.get_by_label("Ctrl+Shift+S");
    h.key_press(Key::F1);
    settle(&mut h);
    assert!(h.query_by_label("Keyboard shortcuts").is_none());
}

#[test]
fn before_export_the_empty_questions_are_listed_and_one_click_goes_to_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(&dir.path().join("a.ron"), vec![]));
    h.get_by_role_and_label(egui::Role::MultilineTextInput, LEAD)
        .type_text("Done.");
    settle(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    settle(&mut h);
    h.get_by_label("12 questions are still empty");
    h.get_by_label_contains("7 How do you see the ongoing geopolitical shifts")
        .click();
    settle(&mut h);
    assert!(h.query_by_label("12 questions are still empty").is_none());
    assert_eq!(h.state().state.selected, 7);
    assert!(editor_has_focus(&h));
}

/// A teacher's Word document opens in the window (imported by a child process), and the
/// student's answers go where any reading's do.
#[test]
fn a_word_document_opens_as_a_reading() {
    let dir = tempfile::tempdir().unwrap();
    let word = dir.path().join("volcanoes.docx");
    common::word_document(
        &word,
        &[
            "Volcanoes of Kamchatka",
            "They erupt often, and people live near them.",
            "Questions",
            "1. Why do people stay?",
            "2. Who watches the volcanoes?",
        ],
    );

    let mut h = harness(app(&dir.path().join("a.ron"), vec![Some(word)]));
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    settle(&mut h);
    assert_eq!(h.state().state.doc.reading.title, "Volcanoes of Kamchatka");
    assert_eq!(h.state().state.doc.reading.prompt_count(), 2);
    h.get_by_label_contains("0 of 2 answered");
}

/// The toolbar at every common window width: the progress count and the name field never
/// cover each other or the buttons (at 1400 px, with *Feedback…* added, the name field once
/// covered "answered").
#[test]
fn the_toolbar_fits_without_overlaps_at_every_width() {
    let dir = tempfile::tempdir().unwrap();
    for width in [
        1024.0, 1100.0, 1280.0, 1366.0, 1400.0, 1440.0, 1600.0, 1920.0,
    ] {
        let app = app(&dir.path().join(format!("{width}.ron")), vec![]);
        let mut h = egui_kittest::Harness::builder()
            .with_size(egui::vec2(width, 800.0))
            .with_context_setup(lectern::ui::style::setup)
            .build_ui_state(|ui, app: &mut LecternApp| app.show(ui), app);
        h.run_steps(4);
        let count = h.get_by_label("0 of 13 answered").rect();
        let student = h.get_by_label("Student:").rect();
        let mut others = vec![student];
        for name in [
            "Open feedback…",
            "Finish",
            "Next theme (light, dark, high contrast)",
        ] {
            others.push(h.get_by_label(name).rect());
        }
        for other in others {
            assert!(
                !count.intersects(other),
                "at {width} px the count {count:?} overlaps {other:?}"
            );
        }
        assert!(count.right() <= width && student.right() <= width);
    }
}

/// Typing a name moves nothing under the mouse: a student aiming at *The Aral Sea* while
/// typing once opened the reading above it, because the line asking for a name went at the
/// first letter (the list rose ~22 px) and their recent work came in above the readings.
#[test]
fn the_readings_stay_put_while_the_name_is_typed() {
    use lectern::app::state::{RecentWork, Screen};
    isolate_data_dir();
    let dir = tempfile::tempdir().unwrap();
    let settings = Settings {
        recent: vec![RecentWork {
            student: "Ada".to_owned(),
            title: "The Aral Sea".to_owned(),
            reading: "bundled:aral-sea".to_owned(),
            answers: dir.path().join("ada.ron"),
        }],
        ..Settings::default()
    };
    let mut h = common::start_screen(vec![], settings);
    settle(&mut h);
    let Screen::Start(start) = &h.state().state.screen else {
        panic!("the start screen shows")
    };
    let mut targets: Vec<String> = start
        .entries
        .iter()
        .map(|e| format!("Open \"{}\"", e.title))
        .collect();
    targets.push("Open reading…".to_owned());
    let rects = |h: &egui_kittest::Harness<'_, LecternApp>| -> Vec<egui::Rect> {
        targets.iter().map(|t| h.get_by_label(t).rect()).collect()
    };
    let empty = rects(&h);
    h.get_by_role_and_label(egui::Role::TextInput, "Your name")
        .focus();
    settle(&mut h);
    for letter in ["A", "d", "a", " ", "L"] {
        h.get_by_role_and_label(egui::Role::TextInput, "Your name")
            .type_text(letter);
        settle(&mut h);
        let Screen::Start(start) = &h.state().state.screen else {
            panic!("the start screen shows")
        };
        let typed = start.name.clone();
        assert!(typed.ends_with(letter), "{typed:?}");
        if typed == "Ada" {
            h.get_by_label("Your recent work");
        }
        let now = rects(&h);
        for ((target, before), after) in targets.iter().zip(&empty).zip(&now) {
            assert_eq!(
                before, after,
                "{target} moved when the name became {typed:?}"
            );
        }
    }
}

/// The article right after another typeface or text size is chosen: each paragraph ends above
/// the next one's start. Heights measured in the old typeface once drew B612's longer
/// paragraphs over the next (¶3's last line over ¶4's first).
#[test]
fn paragraphs_never_overlap_when_the_typeface_or_size_changes() {
    use egui_kittest::kittest::NodeT as _;
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(&dir.path().join("a.ron"), vec![]));
    // Every frame after a change, not only once it has settled.
    fn check(h: &egui_kittest::Harness<'_, LecternApp>, after: &str, frame: usize) {
        let mut paragraphs: Vec<(String, egui::Rect)> = h
            .get_all_by_role(egui::Role::Label)
            .filter_map(|n| {
                let label = n.accesskit_node().label()?;
                label.starts_with("Paragraph ").then(|| (label, n.rect()))
            })
            .collect();
        paragraphs.sort_by(|a, b| a.1.top().total_cmp(&b.1.top()));
        assert!(paragraphs.len() >= 2, "{after}: {paragraphs:?}");
        for pair in paragraphs.windows(2) {
            let ((above, a), (below, b)) = (&pair[0], &pair[1]);
            assert!(
                a.bottom() <= b.top() + 0.5,
                "{after}, frame {frame}: {above} ends at {} but {below} starts at {}",
                a.bottom(),
                b.top()
            );
        }
    }
    check(&h, "at first", 0);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Comma);
    settle(&mut h);
    for typeface in ["Legible (B612)", "Serif (Libertinus)", "Legible (B612)"] {
        h.get_by_label(typeface).click();
        for frame in 1..=4 {
            h.step();
            check(&h, typeface, frame);
        }
    }
    for zoom in [1.3, 0.9] {
        let mut settings = h.state().state.settings.clone();
        settings.zoom = zoom;
        h.state_mut().state.settings = settings;
        for frame in 1..=4 {
            h.step();
            check(&h, &format!("text size {zoom}"), frame);
        }
    }
}

/// A reading with no title of its own is titled after its file, so the same words under
/// another name have another title, perhaps of more lines: the article below it moves down
/// (its heights were once kept for the words alone, and the title was drawn over ¶1).
#[test]
fn the_same_words_under_a_longer_name_push_the_article_down() {
    use egui_kittest::kittest::NodeT as _;
    let dir = tempfile::tempdir().unwrap();
    let text = "The sea has shrunk to a tenth of its size in fifty years, and the fishing towns \
                stand far from the water now.\n\nA dam in the north has brought some of it back.\n\n\
                Questions\n\n1. Why did the sea shrink?\n2. What has been done since?\n";
    let short = dir.path().join("sea.md");
    let long = dir.path().join(
        "The Aral Sea, how a sea was lost and partly won back, as the fishermen of Aralsk \
         and Kazaly told it in the spring of 2024.md",
    );
    fs::write(&short, text).unwrap();
    fs::write(&long, text).unwrap();
    isolate_data_dir();
    let app = LecternApp::open(
        Some(&short),
        Some(dir.path().join("a.ron")),
        Settings::default(),
        Box::new(ScriptedDialogs::answering(vec![Some(long.clone())])),
    )
    .unwrap();
    let mut h = harness(app);
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    settle(&mut h);
    let title = h.state().state.doc.reading.title.clone();
    assert!(title.starts_with("The Aral Sea, how"), "{title}");
    let title = h.get_by_role_and_label(egui::Role::Label, &title).rect();
    let first = h
        .get_all_by_role(egui::Role::Label)
        .find(|n| n.accesskit_node().label().as_deref() == Some("Paragraph 1"))
        .expect("the first paragraph shows")
        .rect();
    assert!(
        title.bottom() <= first.top(),
        "the title ends at {} but ¶1 starts at {}",
        title.bottom(),
        first.top()
    );
}

/// At the largest text size on a school laptop's window (1280×728), the reading settings are
/// taller than the window: they scroll, so "Close" can be reached (a newcomer at 250 % found
/// Close and Reset below the screen and no way to them).
#[test]
fn the_reading_settings_can_be_closed_at_the_largest_text_size_on_a_small_window() {
    let dir = tempfile::tempdir().unwrap();
    let settings = lectern::app::state::Settings {
        zoom: *lectern::app::state::ZOOM_RANGE.end(),
        ..Default::default()
    };
    let app = LecternApp::open(
        None,
        Some(dir.path().join("a.ron")),
        settings,
        Box::new(lectern::ui::dialogs::ScriptedDialogs::default()),
    )
    .unwrap();
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 728.0))
        .with_context_setup(lectern::ui::style::setup)
        .build_ui_state(|ui, app: &mut LecternApp| app.show(ui), app);
    settle(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Comma);
    settle(&mut h);
    let close = h.get_by_label("Close");
    close.scroll_to_me();
    settle(&mut h);
    let close = h.get_by_label("Close");
    let rect = close.rect();
    let screen = h.ctx.content_rect();
    assert!(
        screen.contains_rect(rect),
        "Close at {rect:?}, the window {screen:?}"
    );
    close.click();
    settle(&mut h);
    assert!(h.query_by_label("Close").is_none(), "the settings closed");
}
