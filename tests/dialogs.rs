//! File dialogs: each purpose asks for the right kind of dialog (a folder purpose never opens
//! a file picker), and a dialog that cannot open leads to Lectern's own chooser, through which
//! a student still hands in. Driven headlessly with egui_kittest and scripted dialogs; the
//! real zenity and the real chooser are driven in tests/window.rs.

mod common;

use std::path::PathBuf;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lectern::app::state::Settings;
use lectern::ui::LecternApp;
use lectern::ui::chooser::ChooserAction;
use lectern::ui::command::{Action, Command};
use lectern::ui::dialogs::{DialogKind, DialogOutcome, Purpose, RequestLog, ScriptedDialogs, Want};

fn app_with(dialogs: ScriptedDialogs, answers: &std::path::Path) -> Harness<'static, LecternApp> {
    common::isolate_data_dir();
    let app = LecternApp::open(
        None,
        Some(answers.to_owned()),
        Settings::default(),
        Box::new(dialogs),
    )
    .unwrap();
    common::harness(app)
}

fn run(h: &mut Harness<'_, LecternApp>, command: impl Into<Action>) {
    h.state_mut().state.actions.push(command.into());
    common::settle(h);
}

#[test]
fn every_purpose_asks_for_its_kind_of_dialog() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = ScriptedDialogs::default();
    let log: RequestLog = dialogs.requests();
    let mut h = app_with(dialogs, &dir.path().join("a.ron"));
    // Every command that opens a dialog, and the purpose it must ask for.
    for command in [
        Command::OpenReading,
        Command::OpenAnswers,
        Command::SaveAs,
        Command::ExportAnyway,
        Command::AddReading,
        Command::HandInToFolder,
        Command::ChooseAnswersFolder,
        Command::OpenClass,
        Command::ExportClass,
    ] {
        run(&mut h, command);
    }
    run(&mut h, Action::ShareReading(0));
    for command in [
        Command::OpenFeedback,
        Command::ReturnFeedback,
        Command::ImportRubric,
        Command::ExportRubric,
        Command::OpenClassZip,
        Command::FillWorksheet,
    ] {
        run(&mut h, command);
    }
    let requests = log.lock().unwrap().clone();
    let purposes: Vec<Purpose> = requests.iter().map(|r| r.purpose).collect();
    assert_eq!(purposes, Purpose::ALL);
    for request in &requests {
        let want = match request.purpose {
            Purpose::HandIn
            | Purpose::AnswersFolder
            | Purpose::ClassFolder
            | Purpose::ReturnFeedback => Want::Folder,
            Purpose::SaveAnswersAs
            | Purpose::Export
            | Purpose::ClassExport
            | Purpose::ShareReading
            | Purpose::ExportRubric => Want::NewFile,
            Purpose::OpenReading
            | Purpose::OpenAnswers
            | Purpose::AddReading
            | Purpose::OpenFeedback
            | Purpose::ImportRubric
            | Purpose::ClassZip
            | Purpose::Worksheet => Want::File,
        };
        assert_eq!(request.kind.want(), want, "{request:?}");
        match &request.kind {
            DialogKind::SaveFile { file_name, filters } => {
                assert!(!file_name.is_empty(), "a name is suggested: {request:?}");
                assert!(!filters.is_empty());
            }
            DialogKind::OpenFile { filters } => assert!(!filters.is_empty(), "{request:?}"),
            DialogKind::Folder => {}
        }
    }
}

/// The student's hand-in, through Lectern's own chooser: the system dialog failed.
#[test]
fn a_dialog_that_cannot_open_leads_to_lecterns_own_chooser_and_the_hand_in_goes_through() {
    let dir = tempfile::tempdir().unwrap();
    let class = dir.path().join("class 9B");
    std::fs::create_dir(&class).unwrap();
    std::fs::create_dir(class.join("inside")).unwrap();
    std::fs::write(class.join("not-a-folder.txt"), "x").unwrap();
    let dialogs = ScriptedDialogs::with_outcomes([DialogOutcome::Failed(
        "no portal and no zenity".to_owned(),
    )]);
    let mut h = app_with(dialogs, &dir.path().join("a.ron"));
    h.get_by_label("Hand in…").click();
    common::settle(&mut h);
    h.get_by_label("Choose folder and hand in…").click();
    common::settle(&mut h);

    // The chooser says why it is there, and asks for a folder: files are not offered.
    h.get_by_label_contains("file dialog could not be opened, so Lectern shows its own");
    assert!(h.query_by_label("File not-a-folder.txt").is_none());
    // Type the class folder's path over what the field shows, as a student would, and go there.
    h.get_by_role_and_label(egui::Role::TextInput, "Folder")
        .focus();
    common::settle(&mut h);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(egui::Role::TextInput, "Folder")
        .type_text(&class.display().to_string());
    common::settle(&mut h);
    h.key_press(Key::Enter);
    common::settle(&mut h);
    h.get_by_label("Folder inside");
    h.get_by_label("Choose this folder").click();
    common::settle(&mut h);

    assert!(h.state().views.chooser.is_none(), "the chooser closed");
    h.get_by_label("Handed in");
    let names: Vec<String> = std::fs::read_dir(&class)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().any(|n| n.ends_with(".ron")), "{names:?}");
    assert!(names.iter().any(|n| n.ends_with(".html")), "{names:?}");
}

#[test]
fn the_chooser_checks_what_it_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let reading = dir.path().join("reading.md");
    std::fs::write(
        &reading,
        "# A reading\n\nSome words.\n\n## Questions\n\n1. Why?\n",
    )
    .unwrap();
    let dialogs = ScriptedDialogs::with_outcomes([
        DialogOutcome::Failed("test".to_owned()),
        DialogOutcome::Failed("test".to_owned()),
    ]);
    let mut h = app_with(dialogs, &dir.path().join("a.ron"));

    // Open a reading: a missing file is refused in words; the real one opens.
    run(&mut h, Command::OpenReading);
    run(
        &mut h,
        chooser(lectern::ui::chooser::ChooserAction::GoTo(
            dir.path().to_owned(),
        )),
    );
    h.get_by_label("File reading.md");
    run(
        &mut h,
        chooser(lectern::ui::chooser::ChooserAction::Choose(
            dir.path().join("gone.md"),
        )),
    );
    h.get_by_label_contains("There is no file");
    h.get_by_label("File reading.md").click();
    common::settle(&mut h);
    h.get_by_label("Open").click();
    common::settle(&mut h);
    assert!(h.state().views.chooser.is_none());
    assert_eq!(h.state().state.doc.reading.title, "A reading");

    // Export over a file that is there: asked first, replaced only when the student says so.
    let sheet = dir.path().join("sheet.html");
    std::fs::write(&sheet, "old").unwrap();
    run(&mut h, Command::ExportAnyway);
    run(
        &mut h,
        chooser(lectern::ui::chooser::ChooserAction::Choose(sheet.clone())),
    );
    h.get_by_label_contains("is already there. Replace it?");
    assert_eq!(std::fs::read_to_string(&sheet).unwrap(), "old");
    h.get_by_label("Replace").click();
    common::wait_for_frames(&mut h, || {
        std::fs::read_to_string(&sheet)
            .ok()
            .filter(|t| t.contains("A reading"))
    });
}

fn chooser(action: lectern::ui::chooser::ChooserAction) -> Action {
    Action::Chooser(action)
}

#[test]
fn cancelling_the_chooser_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = ScriptedDialogs::with_outcomes([DialogOutcome::Failed("test".to_owned())]);
    let mut h = app_with(dialogs, &dir.path().join("a.ron"));
    run(&mut h, Command::ChooseAnswersFolder);
    assert!(h.state().views.chooser.is_some());
    h.get_by_label("Cancel").click();
    common::settle(&mut h);
    assert!(h.state().views.chooser.is_none());
    assert_eq!(h.state().state.settings.answers_folder, None::<PathBuf>);
}

/// Opens the hand-in through Lectern's own chooser and types `typed` over its folder field,
/// without pressing Enter.
fn hand_in_chooser_with_typed_folder(
    dir: &std::path::Path,
    typed: &str,
) -> Harness<'static, LecternApp> {
    let dialogs = ScriptedDialogs::with_outcomes([DialogOutcome::Failed("test".to_owned())]);
    let mut h = app_with(dialogs, &dir.join("a.ron"));
    run(&mut h, Command::HandInToFolder);
    run(&mut h, chooser(ChooserAction::GoTo(dir.to_owned())));
    h.get_by_role_and_label(egui::Role::TextInput, "Folder")
        .focus();
    common::settle(&mut h);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(egui::Role::TextInput, "Folder")
        .type_text(typed);
    common::settle(&mut h);
    h
}

/// What is in `dir` besides the student's own files (their answers, its lock, their settings).
fn files_in(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|n| !["a.ron", ".a.ron.lock", "my settings.ron"].contains(&n.as_str()))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// A typed folder that does not exist is made when the student says so, and the hand-in goes
/// there — never to the folder listed before (a newcomer's hand-in went to their home folder).
#[test]
fn a_typed_folder_that_is_not_there_is_made_and_the_hand_in_goes_there() {
    let dir = tempfile::tempdir().unwrap();
    let wanted = dir.path().join("class 9B").join("week 3");
    let mut h = hand_in_chooser_with_typed_folder(dir.path(), &wanted.display().to_string());
    h.get_by_label("Choose this folder").click();
    common::settle(&mut h);
    assert!(
        files_in(dir.path()).is_empty(),
        "nothing handed in to the folder listed"
    );
    assert!(
        h.state().views.chooser.is_some(),
        "the chooser is still open"
    );
    h.get_by_label_contains("There is no folder");
    h.get_by_label("Make the folder").click();
    common::settle(&mut h);
    assert!(h.state().views.chooser.is_none());
    h.get_by_label("Handed in");
    let names = files_in(&wanted);
    assert!(names.iter().any(|n| n.ends_with(".ron")), "{names:?}");
    assert_eq!(files_in(dir.path()), ["class 9B"]);
}

/// Pressing Enter in the folder field on a folder that is not there asks the same question;
/// Cancel there goes back to the list and hands in nothing.
#[test]
fn enter_on_a_missing_folder_asks_and_cancel_hands_in_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let wanted = dir.path().join("nowhere");
    let mut h = hand_in_chooser_with_typed_folder(dir.path(), &wanted.display().to_string());
    h.key_press(Key::Enter);
    common::settle(&mut h);
    h.get_by_label_contains("There is no folder");
    h.get_by_label("Cancel").click();
    common::settle(&mut h);
    assert!(h.state().views.chooser.is_some());
    assert!(!wanted.exists());
    assert!(files_in(dir.path()).is_empty());
}

/// A typed existing folder is chosen as typed, even without Enter; a typed file is refused in
/// words and nothing is handed in.
#[test]
fn the_folder_chosen_is_the_one_the_field_shows() {
    let dir = tempfile::tempdir().unwrap();
    let class = dir.path().join("class");
    std::fs::create_dir(&class).unwrap();
    let mut h = hand_in_chooser_with_typed_folder(dir.path(), &class.display().to_string());
    h.get_by_label("Choose this folder").click();
    common::settle(&mut h);
    h.get_by_label("Handed in");
    assert!(files_in(&class).iter().any(|n| n.ends_with(".html")));

    let file = dir.path().join("notes.txt");
    std::fs::write(&file, "x").unwrap();
    let mut h = hand_in_chooser_with_typed_folder(dir.path(), &file.display().to_string());
    h.get_by_label("Choose this folder").click();
    common::settle(&mut h);
    h.get_by_label_contains("is a file, not a folder");
    assert!(h.state().views.chooser.is_some());
}

/// By keyboard alone: Enter on a folder that is not there asks, and the question has the
/// keyboard, so a second Enter makes the folder and hands in (it took six Tabs).
#[test]
fn a_missing_folder_is_made_with_the_keyboard_alone() {
    let dir = tempfile::tempdir().unwrap();
    let wanted = dir.path().join("class 9B");
    let mut h = hand_in_chooser_with_typed_folder(dir.path(), &wanted.display().to_string());
    h.key_press(Key::Enter);
    common::settle(&mut h);
    h.get_by_label_contains("There is no folder");
    h.key_press(Key::Enter);
    common::settle(&mut h);
    h.get_by_label("Handed in");
    assert!(files_in(&wanted).iter().any(|n| n.ends_with(".ron")));
}
