//! Choosing a language on the start screen (kittest): the window speaks it at once, the
//! student's choice is kept in their answers folder and comes back for them on a computer set
//! to another language, and their handed-in sheet says its labels in it.

use std::path::PathBuf;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lectern::app::state::Settings;
use lectern::i18n::Language;
use lectern::ui::LecternApp;

mod common;

fn data_dir() -> PathBuf {
    common::run_data_dir("language-tests")
}

fn start(language: Language, dialogs: Vec<Option<PathBuf>>) -> Harness<'static, LecternApp> {
    data_dir();
    let settings = Settings {
        language: Some(language),
        ..Settings::default()
    };
    common::start_screen(dialogs, settings)
}

fn type_name(h: &mut Harness<'static, LecternApp>, label: &str, name: &str) {
    h.get_by_role_and_label(egui::Role::TextInput, label)
        .focus();
    common::settle(h);
    h.get_by_role_and_label(egui::Role::TextInput, label)
        .type_text(name);
    common::settle(h);
}

fn open_first_reading(h: &mut Harness<'static, LecternApp>, open_named: &str) {
    let title = lectern::reading::BUNDLED[0].parse().title;
    let name = open_named.replace("{}", &title);
    h.get_by_label(&name).click();
    common::settle(h);
}

#[test]
fn a_student_chooses_kazakh_and_it_comes_back_for_them() {
    let class = tempfile::tempdir().unwrap();
    let mut h = start(Language::English, vec![Some(class.path().to_owned())]);
    h.get_by_label("Қазақша").click();
    common::settle(&mut h);
    // The start screen speaks Kazakh at once.
    h.get_by_label("Атыңыз");
    type_name(&mut h, "Атыңыз", "Әлия Нұр");
    open_first_reading(&mut h, "«{}» ашу");
    h.get_by_label("Мәтінді ашу…");
    h.get_by_label("Тапсыру…");
    let folder = data_dir()
        .join("answers")
        .join(lectern::paths::slug("Әлия Нұр"));
    let prefs = std::fs::read_to_string(folder.join("my settings.ron")).unwrap();
    assert!(prefs.contains("Kazakh"), "{prefs}");

    // The hand-in writes a sheet whose labels are Kazakh.
    h.get_by_label("Тапсыру…").click();
    common::settle(&mut h);
    h.get_by_label("Буманы таңдап, тапсыру…").click();
    common::settle(&mut h);
    let sheet = std::fs::read_dir(class.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "html"))
        .expect("a handed-in sheet");
    let html = std::fs::read_to_string(sheet).unwrap();
    assert!(html.contains("<html lang=\"kk\">"));
    for label in ["Оқушы", "Күні", "Жауап берілмеген", "Lectern-де жасалған."]
    {
        assert!(html.contains(label), "no {label} in the sheet");
    }
    // Nothing of the sheet's own words left in English (its last line was).
    assert!(!html.contains("Exported from"), "English in a Kazakh sheet");
    drop(h);

    // Another day, the computer was last used in English: her own language comes back when
    // her work opens.
    let mut h = start(Language::English, vec![]);
    h.get_by_label("Your name");
    type_name(&mut h, "Your name", "Әлия Нұр");
    h.key_press(egui::Key::Enter);
    common::settle(&mut h);
    common::settle(&mut h);
    h.get_by_label("Мәтінді ашу…");
    assert_eq!(h.state().state.settings.language, Some(Language::Kazakh));
}

#[test]
fn a_language_chosen_on_the_start_screen_is_kept_over_the_students_old_one() {
    let mut h = start(Language::Russian, vec![]);
    h.get_by_label("Ваше имя");
    type_name(&mut h, "Ваше имя", "Bolat Ospan");
    open_first_reading(&mut h, "Открыть «{}»");
    h.get_by_label("Открыть текст…");
    drop(h);
    // Bolat comes back and picks English: that is his choice from now on.
    let mut h = start(Language::Russian, vec![]);
    h.get_by_label("English").click();
    common::settle(&mut h);
    type_name(&mut h, "Your name", "Bolat Ospan");
    h.key_press(egui::Key::Enter);
    common::settle(&mut h);
    common::settle(&mut h);
    h.get_by_label("Open reading…");
    let folder = data_dir().join("answers").join("bolat-ospan");
    let prefs = std::fs::read_to_string(folder.join("my settings.ron")).unwrap();
    assert!(prefs.contains("English"), "{prefs}");
}
