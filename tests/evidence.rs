//! Citing, highlighting, find and the keyboard paths through the window, driven headlessly
//! with egui_kittest. Controls are found by their accessible names.

mod common;

use common::{app, editor_has_focus, harness, settle};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use lectern::answers::{self, HighlightColour};
use lectern::reading::{Block, PromptId};
use lectern::ui::LecternApp;
use lectern::ui::article::paragraph_id;

const CTRL_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

fn has_focus(h: &Harness<'_, LecternApp>, id: egui::Id) -> bool {
    h.ctx.memory(|m| m.has_focus(id))
}

fn paragraph_text(h: &Harness<'_, LecternApp>, block: usize) -> String {
    match &h.state().state.doc.reading.article[block] {
        Block::Paragraph { text, .. } => text.clone(),
        Block::Heading(_) => panic!("block {block} is a heading"),
    }
}

/// Paragraph `number` as laid out: its read-only text box, named "Paragraph N" (the stand-in
/// screen readers get for a paragraph out of view is named by its words alone).
fn laid_out_paragraph<'a>(
    h: &'a Harness<'_, LecternApp>,
    number: usize,
) -> Option<egui_kittest::Node<'a>> {
    let name = format!("Paragraph {number}");
    h.query_by(move |node| node.data().label() == Some(name.as_str()))
}

fn paragraph<'a>(h: &'a Harness<'_, LecternApp>, number: usize) -> egui_kittest::Node<'a> {
    laid_out_paragraph(h, number).unwrap_or_else(|| panic!("paragraph {number} is laid out"))
}

fn lead() -> PromptId {
    PromptId("L1".to_owned())
}

#[test]
fn a_student_cites_by_keyboard_sees_the_citation_listed_and_jumps_back_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let mut h = harness(app(&path, vec![]));
    assert!(editor_has_focus(&h), "work starts in the editor");

    // F6 goes to the article, Tab to the next paragraph.
    h.key_press(Key::F6);
    settle(&mut h);
    assert!(
        has_focus(&h, paragraph_id(0)),
        "F6 puts the keyboard in the first paragraph"
    );
    h.key_press(Key::Tab);
    settle(&mut h);
    assert!(has_focus(&h, paragraph_id(1)), "Tab moves to paragraph 2");

    // Shift+End selects to the end of the line; Ctrl+Shift+C cites it.
    h.key_press_modifiers(Modifiers::SHIFT, Key::End);
    settle(&mut h);
    h.key_press_modifiers(CTRL_SHIFT, Key::C);
    settle(&mut h);
    let cited = h.state().state.doc.sheet.citations(&lead()).to_vec();
    assert_eq!(cited.len(), 1, "one citation in the lead question's answer");
    assert_eq!(cited[0].paragraph, 2);
    let text = paragraph_text(&h, 1);
    assert!(
        text.starts_with(&cited[0].quote),
        "{:?} is the start of paragraph 2",
        cited[0].quote
    );
    assert!(
        cited[0].quote.split_whitespace().count() >= 3,
        "a line's worth of words"
    );
    h.get_by_label_contains("Cited paragraph 2 in your answer (Lead question)");

    // It is listed under the answer, and the article marks the paragraph as cited.
    h.get_by_label("Show citation 1 in the article");
    h.get_by_label("Remove citation 1");

    // Far down the article paragraph 2 is not laid out at all; showing the citation brings it
    // back into view and marks it.
    for _ in 0..18 {
        h.key_press(Key::Tab);
        settle(&mut h);
    }
    assert!(
        laid_out_paragraph(&h, 2).is_none(),
        "paragraph 2 is out of view"
    );
    h.get_by_label("Show citation 1 in the article").click();
    settle(&mut h);
    paragraph(&h, 2);
    let flash = h
        .state()
        .views
        .article
        .flash
        .clone()
        .expect("the passage is marked");
    assert_eq!(flash.0, 1);
    assert_eq!(&text[flash.1.clone()], cited[0].quote);

    // F6 goes back to the editor; the citation is saved with the answers.
    paragraph(&h, 2).focus();
    settle(&mut h);
    h.key_press(Key::F6);
    settle(&mut h);
    assert!(editor_has_focus(&h), "F6 goes back to the editor");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut h);
    let saved = answers::load(&path).unwrap();
    assert_eq!(saved.citations(&lead()), &cited[..]);

    // And it can be removed.
    h.get_by_label("Remove citation 1").click();
    settle(&mut h);
    assert!(h.state().state.doc.sheet.citations(&lead()).is_empty());
    assert!(h.query_by_label("Show citation 1 in the article").is_none());
}

#[test]
fn a_student_selects_words_with_the_mouse_and_cites_them_with_the_button() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(&dir.path().join("a.ron"), vec![]));
    // Question 1 is the one being answered.
    h.get_by_label_contains("1. How significant is").click();
    settle(&mut h);
    assert!(
        h.get_by_label("Cite selected words in this answer")
            .accesskit_node()
            .is_disabled(),
        "nothing to cite before words are selected"
    );
    let rect = paragraph(&h, 1).rect();
    let y = rect.top() + 8.0;
    h.drag_at(egui::pos2(rect.left() + 2.0, y));
    h.step();
    h.hover_at(egui::pos2(rect.left() + 120.0, y));
    h.step();
    h.drop_at(egui::pos2(rect.left() + 200.0, y));
    settle(&mut h);
    let (block, range) = h
        .state()
        .views
        .article
        .selection
        .clone()
        .expect("words are selected");
    assert_eq!(block, 0);
    assert!(!range.is_empty());
    h.get_by_label("Cite selected words in this answer").click();
    settle(&mut h);
    let q1 = PromptId("Q1".to_owned());
    let cited = h.state().state.doc.sheet.citations(&q1).to_vec();
    assert_eq!(cited.len(), 1);
    assert_eq!(cited[0].paragraph, 1);
    assert!(paragraph_text(&h, 0).starts_with(&cited[0].quote));
    // The margin says which prompt cites the paragraph.
    h.get_by_label_contains("Paragraph 1 is cited in Q1");
}

#[test]
fn highlights_are_made_in_the_chosen_colour_saved_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let mut h = harness(app(&path, vec![]));
    // A colour is picked with the keyboard as well as the mouse.
    h.get_by_label("Highlight colour: Blue").focus();
    settle(&mut h);
    h.key_press(Key::Enter);
    settle(&mut h);
    assert_eq!(
        h.state().state.settings.highlight_colour,
        HighlightColour::Blue
    );
    h.get_by_label("Highlight colour: Green").click();
    settle(&mut h);
    assert_eq!(
        h.state().state.settings.highlight_colour,
        HighlightColour::Green
    );

    h.key_press(Key::F6);
    settle(&mut h);
    h.key_press_modifiers(Modifiers::SHIFT, Key::End);
    settle(&mut h);
    h.key_press_modifiers(CTRL_SHIFT, Key::H);
    settle(&mut h);
    let highlights = h.state().state.doc.sheet.highlights.clone();
    assert_eq!(highlights.len(), 1);
    assert_eq!(highlights[0].colour, HighlightColour::Green);
    assert_eq!(highlights[0].passage.paragraph, 1);
    assert!(paragraph_text(&h, 0).starts_with(&highlights[0].passage.quote));
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut h);
    assert_eq!(answers::load(&path).unwrap().highlights, highlights);

    // With the cursor inside it and nothing selected, the same shortcut removes it.
    h.key_press(Key::Home);
    settle(&mut h);
    h.key_press(Key::ArrowRight);
    settle(&mut h);
    assert!(h.state().views.article.selection.is_none());
    h.key_press_modifiers(CTRL_SHIFT, Key::H);
    settle(&mut h);
    assert!(h.state().state.doc.sheet.highlights.is_empty());
    h.get_by_label_contains("Highlight removed");
}

#[test]
fn find_counts_matches_in_the_article_and_answers_and_steps_through_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let mut h = harness(app(&path, vec![]));
    common::answer_box(&h).type_text("Diversification through euros and trade.");
    settle(&mut h);

    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    settle(&mut h);
    assert!(
        has_focus(&h, lectern::ui::find::field_id()),
        "Ctrl+F puts the cursor in find"
    );
    h.get_by_label("Find:");
    h.get_by_role_and_label(egui::Role::TextInput, "Find:")
        .type_text("EUROS");
    settle(&mut h);
    // "euros" twice in the article (any case), once in the answer.
    h.get_by_label("1 of 3 (2 in the article, 1 in your answers)");
    let first = h.state().views.find.matches[0].clone();
    assert!(matches!(first.place, lectern::ui::find::Place::Article(_)));

    // Enter steps on; the third match is in the answer, which is shown.
    for _ in 0..2 {
        h.key_press(Key::Enter);
        settle(&mut h);
    }
    h.get_by_label("3 of 3 (2 in the article, 1 in your answers)");
    assert_eq!(
        h.state().state.selected,
        0,
        "the answer with the match is the one shown"
    );
    // F3 wraps round; Shift+F3 goes back.
    h.key_press(Key::F3);
    settle(&mut h);
    h.get_by_label_contains("1 of 3");
    h.key_press_modifiers(Modifiers::SHIFT, Key::F3);
    settle(&mut h);
    h.get_by_label_contains("3 of 3");

    // Nothing found is said so; Escape closes.
    h.get_by_role_and_label(egui::Role::TextInput, "Find:")
        .type_text("zzz");
    settle(&mut h);
    h.get_by_label("No matches");
    h.key_press(Key::Escape);
    settle(&mut h);
    assert!(!h.state().views.find.open);
    assert!(h.query_by_label("Find:").is_none());
}

#[test]
fn the_reading_settings_change_the_article_and_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(&dir.path().join("a.ron"), vec![]));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Comma);
    settle(&mut h);
    h.get_by_label("Typeface");
    h.get_by_label("Legible (B612)").click();
    h.get_by_label("High contrast").click();
    settle(&mut h);
    let settings = h.state().state.settings.clone();
    assert_eq!(
        settings.reading_font,
        lectern::app::state::ReadingFont::Legible
    );
    assert_eq!(
        settings.theme,
        lectern::app::state::ThemeChoice::HighContrast
    );
    // High contrast is really in use: white text on black.
    let visuals = h.ctx.global_style().visuals.clone();
    assert!(visuals.dark_mode);
    assert_eq!(visuals.panel_fill, egui::Color32::BLACK);
    assert_eq!(visuals.override_text_color, Some(egui::Color32::WHITE));
    // Settings are remembered as eframe keeps them: they survive a round trip through RON.
    let stored = ron::to_string(&settings).unwrap();
    let back: lectern::app::state::Settings = ron::from_str(&stored).unwrap();
    assert_eq!(back, settings);
    // Light again puts egui's own colours back.
    h.get_by_label("Light").click();
    settle(&mut h);
    assert!(!h.ctx.global_style().visuals.dark_mode);
}

#[test]
fn kazakh_russian_and_french_are_typed_and_every_reading_font_can_show_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let mut h = harness(app(&path, vec![]));
    let text = "Қазақстан мен Еуропалық Одақ: әріптестік. Россия и Евросоюз. L’Union européenne.";
    common::answer_box(&h).type_text(text);
    settle(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut h);
    assert_eq!(answers::load(&path).unwrap().text(&lead()), text);
    // Every letter of the Kazakh, Russian and French alphabets has a glyph in every family a
    // student can choose (directly or through the fallback fonts).
    let alphabet = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯаәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяàâæçéèêëîïôœùûüÿÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ«»–—“”’";
    // The reading fonts load when first wanted, and are in use from the next frame.
    lectern::ui::style::load_reading_fonts(&h.ctx);
    settle(&mut h);
    for font in lectern::app::state::ReadingFont::ALL {
        let family = lectern::ui::style::reading_family(&h.ctx, font);
        if font != lectern::app::state::ReadingFont::Sans {
            assert_ne!(family, egui::FontFamily::Proportional, "{font:?} is loaded");
        }
        let id = egui::FontId::new(16.0, family);
        let missing: String = h
            .ctx
            .fonts_mut(|f| alphabet.chars().filter(|&c| !f.has_glyph(&id, c)).collect());
        assert!(missing.is_empty(), "{font:?} lacks {missing}");
    }
}

#[test]
fn a_word_range_from_the_reading_is_shown_against_the_count() {
    let dir = tempfile::tempdir().unwrap();
    let reading = dir.path().join("r.md");
    std::fs::write(
        &reading,
        "# Ranges\n\nSome article text.\n\n## Questions\n\n1. Explain it in 5–10 words.\n",
    )
    .unwrap();
    common::isolate_data_dir();
    let app = LecternApp::open(
        Some(&reading),
        Some(dir.path().join("a.ron")),
        Default::default(),
        Box::new(lectern::ui::dialogs::ScriptedDialogs::answering(vec![])),
    )
    .unwrap();
    let mut h = harness(app);
    h.get_by_label("0 words · asked: 5–10 words");
    h.get_by_label("5 to go");
    common::answer_box(&h).type_text("One two three four five six");
    settle(&mut h);
    h.get_by_label("6 words · asked: 5–10 words");
    h.get_by_label("✔ in range");
    common::answer_box(&h).type_text(" seven eight nine ten eleven twelve");
    settle(&mut h);
    h.get_by_label("2 over");
}

#[test]
fn the_right_click_menu_highlights_in_a_colour_and_removes_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(&dir.path().join("a.ron"), vec![]));
    lectern::ui::article::select_chars(&h.ctx, 2, 0..4);
    settle(&mut h);
    assert_eq!(
        h.state().views.article.selection.as_ref().map(|s| s.0),
        Some(2)
    );
    paragraph(&h, 3).click_secondary();
    settle(&mut h);
    h.get_by_label("Highlight in").click();
    settle(&mut h);
    h.get_by_label("Pink").click();
    settle(&mut h);
    let highlights = h.state().state.doc.sheet.highlights.clone();
    assert_eq!(highlights.len(), 1);
    assert_eq!(highlights[0].colour, HighlightColour::Pink);
    assert_eq!(highlights[0].passage.paragraph, 3);
    assert_eq!(
        h.state().state.settings.highlight_colour,
        HighlightColour::Pink
    );

    // With the cursor in it, the menu offers to remove it.
    lectern::ui::article::select_chars(&h.ctx, 2, 1..1);
    settle(&mut h);
    paragraph(&h, 3).click_secondary();
    settle(&mut h);
    h.get_by_label("Remove this highlight").click();
    settle(&mut h);
    assert!(h.state().state.doc.sheet.highlights.is_empty());
}

#[test]
fn every_control_on_the_work_screen_has_an_accessible_name() {
    use egui::accesskit::Role;
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(&dir.path().join("a.ron"), vec![]));
    // Bring out the controls that only show sometimes: a citation, find, reading settings.
    lectern::ui::article::select_chars(&h.ctx, 0, 0..10);
    settle(&mut h);
    h.key_press_modifiers(CTRL_SHIFT, Key::C);
    settle(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    settle(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Comma);
    settle(&mut h);
    let interactive = [
        Role::Button,
        Role::Link,
        Role::CheckBox,
        Role::RadioButton,
        Role::TextInput,
        Role::MultilineTextInput,
        Role::Slider,
        Role::SpinButton,
        Role::ComboBox,
    ];
    let controls: Vec<_> = h
        .query_all(
            egui_kittest::kittest::By::new().predicate(move |n| interactive.contains(&n.role())),
        )
        .collect();
    assert!(
        controls.len() > 40,
        "the whole work screen was seen ({})",
        controls.len()
    );
    let unnamed: Vec<String> = controls
        .iter()
        .filter(|n| {
            n.accesskit_node()
                .label()
                .is_none_or(|l| l.trim().is_empty())
        })
        .map(|n| format!("{:?} at {:?}", n.accesskit_node().role(), n.rect()))
        .collect();
    assert!(unnamed.is_empty(), "controls without a name: {unnamed:#?}");
}

#[test]
fn a_remembered_reading_font_is_loaded_at_start_without_a_missing_font() {
    let dir = tempfile::tempdir().unwrap();
    common::isolate_data_dir();
    let settings = lectern::app::state::Settings {
        reading_font: lectern::app::state::ReadingFont::Serif,
        ..Default::default()
    };
    let app = LecternApp::open(
        None,
        Some(dir.path().join("a.ron")),
        settings,
        Box::new(lectern::ui::dialogs::ScriptedDialogs::answering(vec![])),
    )
    .unwrap();
    // The first frame sets the text in egui's sans while the font loads; no frame fails.
    let h = harness(app);
    assert_eq!(
        lectern::ui::style::reading_family(&h.ctx, lectern::app::state::ReadingFont::Serif),
        egui::FontFamily::Name("serif".into())
    );
    paragraph(&h, 1);
}

#[test]
fn a_citation_whose_words_left_the_reading_is_listed_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let reading = lectern::reading::BUNDLED[0].parse();
    let mut sheet = answers::AnswerSheet::new(&reading);
    let lead = reading.prompts().next().unwrap();
    let when = "2026-11-28T09:00:00Z".parse().unwrap();
    sheet.set_answer(lead, "My answer.", when);
    sheet.cite(lead, reading.passage(0, 0..20).unwrap(), when);
    let gone = lectern::reading::Passage {
        paragraph: 4,
        quote: "words a teacher has since cut".to_owned(),
        before: String::new(),
        after: String::new(),
    };
    sheet.cite(lead, gone, when);
    answers::save(&path, &sheet).unwrap();
    let mut h = harness(app(&path, vec![]));
    h.get_by_label_contains("1 of 13 answered"); // The lead question has text.
    h.key_press_modifiers(Modifiers::COMMAND, Key::PageUp); // Back to the lead question.
    settle(&mut h);
    h.get_by_label("Show citation 1 in the article");
    assert!(h.query_by_label("Show citation 2 in the article").is_none());
    h.get_by_label_contains("words a teacher has since cut” (not in this version of the reading)");
    settle(&mut h);
}

#[test]
fn a_selection_of_spaces_alone_is_said_to_hold_no_words() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(&dir.path().join("a.ron"), vec![]));
    let text = paragraph_text(&h, 0);
    let space = text.chars().position(|c| c == ' ').unwrap();
    lectern::ui::article::select_chars(&h.ctx, 0, space..space + 1);
    settle(&mut h);
    h.key_press_modifiers(CTRL_SHIFT, Key::C);
    settle(&mut h);
    h.get_by_label_contains("The selection holds no words");
    assert!(h.state().state.doc.sheet.all_citations().next().is_none());
}
