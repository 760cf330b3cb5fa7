//! Spell checking: each bundled dictionary flags a known misspelling and suggests its fix; the
//! dictionary is chosen by the word's script; the reading's own words are never flagged; and in
//! the window (kittest) a misspelt word is underlined, corrected from its right-click menu,
//! added to the student's list or ignored — and what is saved is what the student typed.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lectern::spell::{Dict, Known, LatinChoice, Speller};
use lectern::ui::LecternApp;

/// Every dictionary, loaded once for the core tests.
fn speller() -> &'static Speller {
    static SPELLER: OnceLock<Speller> = OnceLock::new();
    SPELLER.get_or_init(|| {
        Dict::ALL.iter().fold(Speller::default(), |s, d| {
            s.with(*d, Arc::new(d.load().expect("a bundled dictionary reads")))
        })
    })
}

/// (dictionary's Latin choice, a misspelling, the word meant, a right word).
#[test]
fn each_dictionary_flags_a_misspelling_and_suggests_the_word() {
    let cases: [(LatinChoice, &str, &str, &str); 5] = [
        (LatinChoice::EnglishUs, "recieve", "receive", "neighbor"),
        (LatinChoice::EnglishGb, "recieve", "receive", "neighbour"),
        (LatinChoice::French, "recevior", "recevoir", "aujourd’hui"),
        (LatinChoice::EnglishUs, "превет", "привет", "отношения"),
        (LatinChoice::EnglishUs, "кітапп", "кітап", "мемлекеттің"),
    ];
    for (latin, wrong, meant, right) in cases {
        assert_eq!(
            speller().check(wrong, latin),
            Some(false),
            "{wrong} is flagged"
        );
        assert_eq!(
            speller().check(right, latin),
            Some(true),
            "{right} is right"
        );
        let suggestions = speller().suggest(wrong, latin, false, 5);
        assert!(
            suggestions.iter().any(|s| s == meant),
            "{meant} among the suggestions for {wrong}: {suggestions:?}"
        );
        assert!(suggestions.len() <= 5);
    }
}

#[test]
fn the_script_chooses_the_dictionary() {
    let s = speller();
    // American spelling is wrong in British English and the other way round.
    assert_eq!(s.check("colour", LatinChoice::EnglishUs), Some(false));
    assert_eq!(s.check("colour", LatinChoice::EnglishGb), Some(true));
    // French words are checked in French only when French is chosen.
    assert_eq!(s.check("gouvernement", LatinChoice::French), Some(true));
    // A Kazakh word without Kazakh letters (a Russian loan or a plain one) is right if Kazakh
    // knows it; Russian knows "сегодня", Kazakh "бала".
    assert_eq!(s.check("бала", LatinChoice::EnglishUs), Some(true));
    assert_eq!(s.check("сегодня", LatinChoice::EnglishUs), Some(true));
    // A word with Kazakh letters is never looked up in Russian.
    assert_eq!(
        Dict::for_word("қала", LatinChoice::EnglishUs),
        vec![Dict::Kk]
    );
    assert_eq!(
        Dict::for_word("город", LatinChoice::French),
        vec![Dict::Ru, Dict::Kk]
    );
    assert_eq!(Dict::for_word("ville", LatinChoice::French), vec![Dict::Fr]);
    // Scripts Lectern has no dictionary for are never flagged.
    assert_eq!(s.check("καλημέρα", LatinChoice::EnglishUs), Some(true));
}

/// A word of the bundled reading that the English dictionary does not know (a name).
fn reading_word_english_lacks() -> String {
    let reading = lectern::reading::BUNDLED[0].parse();
    let mut known = Known::new();
    let text: String = reading
        .article
        .iter()
        .map(|b| match b {
            lectern::reading::Block::Heading(t) => t.clone(),
            lectern::reading::Block::Paragraph { text, .. } => text.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    known.add_text(&text);
    lectern::spell::scan::words(&text)
        .into_iter()
        .map(|f| text[f.bytes].to_owned())
        .find(|w| speller().check(w, LatinChoice::EnglishUs) == Some(false))
        .expect("the article names something the dictionary lacks")
}

fn data_dir() -> PathBuf {
    common::run_data_dir("spelling-tests")
}

/// A student's window on the bundled reading, answers in a folder of their own.
fn window(folder: &Path) -> Harness<'static, LecternApp> {
    common::harness(common::app(&folder.join("answers.ron"), vec![]))
}

fn save(h: &mut Harness<'static, LecternApp>) {
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    common::settle(h);
}

fn type_answer(h: &mut Harness<'_, LecternApp>, text: &str) {
    common::answer_box(h).focus();
    common::settle(h);
    common::answer_box(h).type_text(text);
    common::settle(h);
}

/// The words underlined now, once the dictionaries are in.
fn flagged(h: &mut Harness<'static, LecternApp>) -> Vec<String> {
    common::settle(h);
    let start = std::time::Instant::now();
    while !h.state().views.spell.ready() {
        assert!(start.elapsed().as_secs() < 30, "dictionaries never loaded");
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
    h.run_steps(2);
    let s = &h.state().state;
    s.spell_flags
        .flags
        .iter()
        .map(|f| s.editor_text[f.bytes.clone()].to_owned())
        .collect()
}

/// Right-clicks the start of the answer box (where the tests put the misspelt word).
fn right_click_first_word(h: &mut Harness<'static, LecternApp>) {
    let rect = common::answer_box(h).rect();
    let pos = egui::pos2(rect.min.x + 14.0, rect.min.y + 12.0);
    h.event(egui::Event::PointerMoved(pos));
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Secondary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
        h.step();
    }
    let start = std::time::Instant::now();
    h.run_steps(2);
    let word = h
        .state()
        .views
        .spell_menu
        .clone()
        .expect("a menu for the word")
        .word;
    while h.state().views.spell.suggesting(&word) {
        assert!(start.elapsed().as_secs() < 20, "suggestions never came");
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.step();
    }
    common::settle(h);
}

#[test]
fn a_misspelt_word_is_underlined_and_corrected_from_its_menu() {
    let folder = tempfile::tempdir().unwrap();
    let mut h = window(folder.path());
    let name = reading_word_english_lacks();
    type_answer(&mut h, &format!("Recieve the treaty. {name} signed it."));
    assert_eq!(
        flagged(&mut h),
        ["Recieve"],
        "only the misspelling, never {name}"
    );

    right_click_first_word(&mut h);
    h.get_by_label("Receive").click();
    common::settle(&mut h);
    assert!(
        h.state()
            .state
            .editor_text
            .starts_with("Receive the treaty.")
    );
    assert!(flagged(&mut h).is_empty());
    // The correction is an edit like any other: it is saved.
    save(&mut h);
    let saved = std::fs::read_to_string(folder.path().join("answers.ron")).unwrap();
    assert!(saved.contains("Receive the treaty."), "{saved}");
}

#[test]
fn checking_never_changes_what_is_saved() {
    let folder = tempfile::tempdir().unwrap();
    let mut h = window(folder.path());
    type_answer(&mut h, "Teh EU recieve.");
    assert_eq!(flagged(&mut h), ["Teh", "recieve"]);
    save(&mut h);
    let saved = std::fs::read_to_string(folder.path().join("answers.ron")).unwrap();
    assert!(saved.contains("Teh EU recieve."), "{saved}");
}

#[test]
fn words_added_go_to_the_students_list_and_ignored_ones_stay_in_their_answer() {
    let folder = tempfile::tempdir().unwrap();
    let mut h = window(folder.path());
    type_answer(&mut h, "Zhanibekov wrote it. Qwzx too.");
    assert_eq!(flagged(&mut h), ["Zhanibekov", "Qwzx"]);
    right_click_first_word(&mut h);
    h.get_by_label("Add to my words").click();
    common::settle(&mut h);
    assert_eq!(flagged(&mut h), ["Qwzx"]);
    let list = std::fs::read_to_string(folder.path().join("my words.txt")).unwrap();
    assert!(list.lines().any(|l| l == "Zhanibekov"), "{list}");

    // Ignored in this answer: gone here, flagged again in the next.
    let text = h.state().state.editor_text.clone();
    h.state_mut().state.editor_text = format!("Qwzx {text}");
    common::settle(&mut h);
    right_click_first_word(&mut h);
    h.get_by_label("Ignore in this answer").click();
    common::settle(&mut h);
    assert!(flagged(&mut h).is_empty());
    h.get_by_label("Next ▶").click();
    common::settle(&mut h);
    type_answer(&mut h, "Qwzx and Zhanibekov.");
    assert_eq!(
        flagged(&mut h),
        ["Qwzx"],
        "ignored in one answer only; added for good"
    );
}

#[test]
fn kazakh_and_russian_answers_are_checked_by_their_letters() {
    let folder = tempfile::tempdir().unwrap();
    let mut h = window(folder.path());
    type_answer(
        &mut h,
        "Бүгін мектепте жаңа кітап оқыдым. Кітапп қызықты. Превет, друзья!",
    );
    assert_eq!(flagged(&mut h), ["Кітапп", "Превет"]);
    right_click_first_word_of(&mut h, "Кітапп");
    h.get_by_label("Кітап").click();
    common::settle(&mut h);
    let text = &h.state().state.editor_text;
    assert!(
        text.starts_with("Кітап ") && !text.contains("Кітапп"),
        "{text}"
    );
}

/// Puts `word` first in the answer and right-clicks it.
fn right_click_first_word_of(h: &mut Harness<'static, LecternApp>, word: &str) {
    let text = h.state().state.editor_text.clone();
    let rest = text.replacen(word, "", 1);
    h.state_mut().state.editor_text = format!("{word} {}", rest.trim_start());
    common::settle(h);
    flagged(h);
    right_click_first_word(h);
}

#[test]
fn a_reading_can_turn_checking_off() {
    let folder = tempfile::tempdir().unwrap();
    let reading = folder.path().join("test.md");
    std::fs::write(
        &reading,
        "---\ntitle: Spelling test\nspell checking: off\n---\n\nA text.\n\n## Questions\n\n1. Spell the words.\n",
    )
    .unwrap();
    data_dir();
    let app = LecternApp::open(
        Some(&reading),
        Some(folder.path().join("answers.ron")),
        lectern::app::state::Settings::default(),
        Box::new(lectern::ui::dialogs::ScriptedDialogs::answering(vec![])),
    )
    .unwrap();
    let mut h = common::harness(app);
    type_answer(&mut h, "Recieve teh wrods.");
    std::thread::sleep(std::time::Duration::from_millis(300));
    common::settle(&mut h);
    assert!(h.state().state.spell_flags.flags.is_empty());
    h.get_by_label("Spell checking is off for this reading");
    assert!(h.query_by_label("Spelling").is_none(), "no switch");
}

#[test]
fn the_keyboard_opens_the_menu_for_the_word_under_the_cursor() {
    let folder = tempfile::tempdir().unwrap();
    let mut h = window(folder.path());
    type_answer(&mut h, "Good. Recieve it.");
    assert_eq!(flagged(&mut h), ["Recieve"]);
    // The cursor into the misspelt word: to the start, then past "Good. Re".
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Home);
    for _ in 0.."Good. Re".len() {
        h.key_press(egui::Key::ArrowRight);
    }
    common::settle(&mut h);
    h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::F10);
    h.run_steps(2);
    let word = h.state().views.spell_menu.clone().expect("a menu").word;
    assert_eq!(word, "Recieve");
    while h.state().views.spell.suggesting(&word) {
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.step();
    }
    common::settle(&mut h);
    h.get_by_label("Receive").click();
    common::settle(&mut h);
    assert_eq!(h.state().state.editor_text, "Good. Receive it.");
    // The keyboard is back in the answer, to go on writing (it was left nowhere).
    assert!(common::editor_has_focus(&h), "the answer has the keyboard");
}

#[test]
fn every_bundled_dictionary_carries_its_licence() {
    for dict in Dict::ALL {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/dictionaries")
            .join(dict.name());
        let licence = std::fs::read_to_string(dir.join("LICENSE.txt"))
            .unwrap_or_else(|e| panic!("{}: {e}", dict.name()));
        assert!(
            licence.contains("Copyright") && licence.contains("Debian"),
            "{}: the licence names its authors and where it came from",
            dict.name()
        );
    }
}

/// A student's settings file that does not read (hand-edited, from a newer Lectern) is said,
/// and never written over when the student changes a setting.
#[test]
fn an_unreadable_settings_file_is_left_alone() {
    let folder = tempfile::tempdir().unwrap();
    let prefs = folder.path().join("my settings.ron");
    std::fs::write(&prefs, "(language: Klingon").unwrap();
    let mut h = window(folder.path());
    common::settle(&mut h);
    assert!(
        h.state()
            .state
            .notices
            .iter()
            .any(|n| n.title == "Your settings could not be read"),
        "the student is told"
    );
    h.get_by_label("OK").click();
    common::settle(&mut h);
    h.get_by_label("Spelling").click();
    common::settle(&mut h);
    assert!(
        !h.state().views.spell.prefs.spell_checking,
        "the switch works in the window"
    );
    assert_eq!(
        std::fs::read_to_string(&prefs).unwrap(),
        "(language: Klingon",
        "the file is as it was"
    );
}

/// Capitalised at the start of a sentence, the word meant still comes first.
#[test]
fn the_closest_suggestion_comes_first() {
    for (wrong, meant) in [
        ("Превет", "Привет"),
        ("Recieve", "Receive"),
        ("Кітапп", "Кітап"),
    ] {
        let found = speller().suggest(wrong, LatinChoice::EnglishUs, false, 5);
        assert_eq!(
            found.first().map(String::as_str),
            Some(meant),
            "{wrong}: {found:?}"
        );
    }
}
