//! What the kittest UI tests share: an app on a temporary answers file, a harness the size of
//! the real window, and ways to let frames pass.
#![allow(dead_code)] // Each test file uses its own part of this.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use lectern::app::state::Settings;
use lectern::ui::LecternApp;
use lectern::ui::dialogs::ScriptedDialogs;

/// The data folder for `name`'s tests in this run: a new one each run (Wine reuses process
/// ids, so a second run would otherwise find the first run's answers and recent work). The
/// first call in a process wins ([`lectern::paths::use_data_dir`]).
pub fn run_data_dir(name: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    lectern::paths::use_data_dir(
        std::env::temp_dir().join(format!("lectern-{name}-{}-{nanos}", std::process::id())),
    )
}

/// Recovery copies and settings from these tests go to a folder of their own, never the real
/// user's data folder.
pub fn isolate_data_dir() {
    run_data_dir("ui-tests");
}

pub fn app(answers: &Path, dialog_answers: Vec<Option<PathBuf>>) -> LecternApp {
    isolate_data_dir();
    LecternApp::open(
        None,
        Some(answers.to_owned()),
        Settings::default(),
        Box::new(ScriptedDialogs::answering(dialog_answers)),
    )
    .unwrap()
}

/// The start screen (no reading, no answers given), the window's size, dialogs answered from
/// `dialog_answers`. The caller points the data folder where it wants first.
pub fn start_screen(
    dialog_answers: Vec<Option<PathBuf>>,
    settings: Settings,
) -> Harness<'static, LecternApp> {
    let app = LecternApp::open(
        None,
        None,
        settings,
        Box::new(ScriptedDialogs::answering(dialog_answers)),
    )
    .unwrap();
    harness(app)
}

pub fn harness(app: LecternApp) -> Harness<'static, LecternApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .with_context_setup(lectern::ui::style::setup)
        .build_ui_state(|ui, app: &mut LecternApp| app.show(ui), app);
    harness.run_steps(3);
    harness
}

/// A few frames: enough for a click or key to take effect, and for whatever they started in
/// the background (opening files, hand-in, class export) to finish and be applied. (`run()`
/// would wait for the text cursor to stop blinking, which it never does.)
pub fn settle(harness: &mut Harness<'_, LecternApp>) {
    settle_app(harness);
}

/// [`settle`] for any harness over a [`LecternApp`].
pub fn settle_app(harness: &mut Harness<'_, LecternApp>) {
    harness.run_steps(4);
    let start = std::time::Instant::now();
    while harness.state().is_busy() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(60),
            "background work never finished"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
        harness.step();
    }
    harness.run_steps(2);
}

/// Runs frames until `check` finds what it looks for (for work done by background threads).
pub fn wait_for_frames<T>(
    harness: &mut Harness<'_, LecternApp>,
    mut check: impl FnMut() -> Option<T>,
) -> T {
    let start = std::time::Instant::now();
    loop {
        settle(harness);
        if let Some(found) = check() {
            settle(harness);
            return found;
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(20),
            "gave up waiting"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

pub fn editor_has_focus(harness: &Harness<'_, LecternApp>) -> bool {
    harness
        .ctx
        .memory(|m| m.has_focus(lectern::ui::editor_id()))
}

/// A Word document of `paragraphs`, the first styled as a heading whose style id is not the
/// English one (as a localised Word saves it); imports run through the real lectern binary.
pub fn word_document(path: &Path, paragraphs: &[&str]) {
    use docx_rs::{Docx, Paragraph, Run, Style, StyleType};
    lectern::import::use_importer(
        PathBuf::from(env!("CARGO_BIN_EXE_lectern")),
        lectern::import::TIME_LIMIT,
    );
    let para = |t: &str| Paragraph::new().add_run(Run::new().add_text(t));
    let mut doc =
        Docx::new().add_style(Style::new("Berschrift1", StyleType::Paragraph).name("heading 1"));
    for (i, text) in paragraphs.iter().enumerate() {
        let p = para(text);
        doc = doc.add_paragraph(if i == 0 { p.style("Berschrift1") } else { p });
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut bytes).unwrap();
    std::fs::write(path, bytes.into_inner()).unwrap();
}

/// The answer box (the article's paragraphs are read-only text boxes too).
pub fn answer_box<'a>(h: &'a Harness<'_, LecternApp>) -> egui_kittest::Node<'a> {
    use egui_kittest::kittest::{NodeT as _, Queryable as _};
    h.get_all_by_role(egui::Role::MultilineTextInput)
        .find(|n| {
            !n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with("Paragraph"))
        })
        .expect("the answer box is there")
}

/// Opens the start screen's "For teachers" part (adding, sharing and removing readings, the
/// Class view), folded away from students, if it is not open yet.
pub fn for_teachers(harness: &mut Harness<'_, LecternApp>) {
    use egui_kittest::kittest::Queryable as _;
    if harness.query_by_label("Add a reading…").is_none() {
        harness.get_by_label("For teachers").click();
        settle(harness);
    }
}
