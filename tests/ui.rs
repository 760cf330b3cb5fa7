//! The window, driven headlessly through AccessKit with egui_kittest: controls are found by
//! their accessible names, which also proves they have them.

use std::fs;
use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lectern::answers;
use lectern::ui::LecternApp;
use lectern::ui::dialogs::ScriptedDialogs;
use lectern::ui::state::Settings;

const LEAD: &str = "Considering the EU’s commitment to human rights and democratic values, how can it balance these with its economic and geopolitical interests in deepening its partnership with Kazakhstan?";
const Q1: &str = "How significant is Kazakhstan’s move to diversify its partnerships beyond Russia, particularly in light of the geopolitical shifts following the Ukraine war?";

/// Recovery copies and settings from these tests go to a folder of their own, never the real
/// user's data folder.
fn isolate_data_dir() {
    lectern::paths::use_data_dir(
        std::env::temp_dir().join(format!("lectern-ui-tests-{}", std::process::id())),
    );
}

fn app(answers: &Path, dialog_answers: Vec<Option<PathBuf>>) -> LecternApp {
    isolate_data_dir();
    LecternApp::open(
        None,
        Some(answers.to_owned()),
        Settings::default(),
        Box::new(ScriptedDialogs::answering(dialog_answers)),
    )
    .unwrap()
}

fn harness(app: LecternApp) -> Harness<'static, LecternApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .with_context_setup(lectern::ui::style::setup)
        .build_ui_state(|ui, app: &mut LecternApp| app.show(ui), app);
    harness.run_steps(3);
    harness
}

/// A few frames: enough for a click or key to take effect. (`run()` would wait for the text
/// cursor to stop blinking, which it never does.)
fn settle(harness: &mut Harness<'_, LecternApp>) {
    harness.run_steps(4);
}

fn editor_has_focus(harness: &Harness<'_, LecternApp>) -> bool {
    harness
        .ctx
        .memory(|m| m.has_focus(lectern::ui::editor_id()))
}

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
    assert!(h.state().state.doc.dirty);

    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut h);
    assert!(!h.state().state.doc.dirty);
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
    std::thread::sleep(lectern::ui::document::AUTOSAVE_DELAY);
    settle(&mut h);
    assert_eq!(answers::load(&path).unwrap().answers[0].text, "Carefully.");
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
    std::thread::sleep(lectern::ui::document::AUTOSAVE_DELAY);
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
    let html = fs::read_to_string(&sheet).unwrap();
    assert!(html.contains("&lt;b&gt;not bold&lt;/b&gt;"));
    assert!(html.contains("1 of 13 prompts answered"));
    h.get_by_label_contains("Exported the study sheet to");
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
