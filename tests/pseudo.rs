//! The pseudo-language (every message wrapped in ‹ › and a third longer): any text on screen
//! without ‹ did not come from the translation files, and a toolbar that still fits at 1024 px
//! will fit Kazakh and Russian, whose words run longer than English.

use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};
use lectern::app::state::Settings;
use lectern::i18n::Language;
use lectern::ui::LecternApp;

mod common;

fn pseudo_settings() -> Settings {
    Settings {
        language: Some(Language::Pseudo),
        ..Settings::default()
    }
}

/// Text that is the student's or the reading's, not Lectern's: it may be shown as it is.
fn data_texts() -> Vec<String> {
    let mut out = vec!["Lectern".to_owned(), "Aigerim Sat".to_owned()];
    for bundled in lectern::reading::BUNDLED {
        let r = bundled.parse();
        out.push(r.title.clone());
        out.extend(r.source.clone());
        for block in &r.article {
            match block {
                lectern::reading::Block::Heading(t) => out.push(t.clone()),
                lectern::reading::Block::Paragraph { text, .. } => out.push(text.clone()),
            }
        }
        for section in &r.sections {
            out.push(section.title.clone());
            out.extend(section.description.clone());
            for p in &section.prompts {
                out.push(p.text.clone());
                out.push(p.full_text());
                out.extend(p.title.clone());
                out.push(p.label.clone());
                // The review's tabs and heading name a prompt by its id, as the answers file
                // does ("Q3"): an identifier, not a word.
                out.push(format!("{} · {}", p.id, p.text));
            }
        }
    }
    out.extend(Language::ALL.iter().map(|l| l.native_name().to_owned()));
    // The pseudo-language's own name (in the sheet-language list while it is the interface's).
    out.push(Language::Pseudo.native_name().to_owned());
    out.extend(
        lectern::spell::LatinChoice::ALL
            .iter()
            .map(|l| l.native_name().to_owned()),
    );
    out
}

/// Whether `text` may be on screen in the pseudo-language without ‹: it holds a message, or
/// is the reading's or the student's words, a path, a number, a sign.
fn accounted_for(text: &str, data: &[String]) -> bool {
    let text = text.trim();
    text.is_empty()
        || is_keys(text)
        || text.contains('‹')
        || !text.chars().any(char::is_alphabetic)
        || text.contains(['/', '\\'])
        || data.iter().any(|d| d.contains(text))
}

/// "Ctrl+Shift+S", "F3, Ctrl+G": keys as printed on the keyboard, the same in every language.
fn is_keys(text: &str) -> bool {
    const KEYS: [&str; 21] = [
        "Ctrl",
        "Shift",
        "Alt",
        "Cmd",
        "Enter",
        "Escape",
        "Tab",
        "Comma",
        "Minus",
        "Plus",
        "Equals",
        "PageDown",
        "PageUp",
        "Home",
        "End",
        "Space",
        "Backspace",
        "Up",
        "Down",
        "Left",
        "Right",
    ];
    text.split([',', '+', ' '])
        .filter(|t| !t.is_empty())
        .all(|t| {
            KEYS.contains(&t)
                || t.chars().count() == 1
                || (t.starts_with('F') && t[1..].chars().all(|c| c.is_ascii_digit()))
        })
}

/// Every label and value in the accessibility tree not accounted for.
fn untranslated(h: &Harness<'_, LecternApp>) -> Vec<String> {
    let data = data_texts();
    let mut out = vec![];
    for node in h.query_all(By::new().predicate(|_| true)) {
        let n = node.accesskit_node();
        // A wrapped label's lines: the label itself is checked whole.
        if n.role() == egui::accesskit::Role::TextRun {
            continue;
        }
        // What a student types (the name, an answer) is theirs.
        if matches!(
            n.role(),
            egui::accesskit::Role::TextInput | egui::accesskit::Role::MultilineTextInput
        ) {
            if let Some(label) = n.label()
                && !accounted_for(&label, &data)
            {
                out.push(format!("{:?} label {label:?}", n.role()));
            }
            continue;
        }
        for text in [n.label(), n.value()].into_iter().flatten() {
            if !accounted_for(&text, &data) {
                out.push(format!("{:?} {text:?}", n.role()));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

fn assert_translated(h: &Harness<'_, LecternApp>, screen: &str) {
    let left = untranslated(h);
    assert!(
        left.is_empty(),
        "{screen}: not from the translations: {left:#?}"
    );
}

fn data_dir() {
    common::run_data_dir("pseudo-tests");
}

#[test]
fn every_string_on_the_students_screens_comes_from_the_translations() {
    data_dir();
    let mut h = common::start_screen(vec![], pseudo_settings());
    assert_translated(&h, "start screen");
    h.get_all_by_role(egui::Role::TextInput)
        .next()
        .unwrap()
        .focus();
    common::settle(&mut h);
    h.get_all_by_role(egui::Role::TextInput)
        .next()
        .unwrap()
        .type_text("Aigerim Sat");
    common::settle(&mut h);
    assert_translated(&h, "start screen with a name");

    // The work window.
    h.get_all_by_role(egui::Role::Button)
        .find(|b| {
            b.accesskit_node()
                .label()
                .is_some_and(|l| l.contains(lectern::reading::BUNDLED[0].parse().title.as_str()))
        })
        .expect("an Open button for the bundled reading")
        .click();
    common::settle(&mut h);
    assert_translated(&h, "work window");
    for (key, screen) in [
        (egui::Key::F1, "help"),
        (egui::Key::Comma, "reading settings"),
    ] {
        if key == egui::Key::F1 {
            h.key_press(key);
        } else {
            h.key_press_modifiers(egui::Modifiers::COMMAND, key);
        }
        common::settle(&mut h);
        assert_translated(&h, screen);
        h.key_press(egui::Key::Escape);
        common::settle(&mut h);
    }
    for (command, leave) in [
        (lectern::ui::command::Command::HandIn, "cancel"),
        (lectern::ui::command::Command::Finish, "close-keep-working"),
    ] {
        h.get_by_label(&command.label()).click();
        common::settle(&mut h);
        assert_translated(&h, &command.english_label());
        let cancel = lectern::i18n::tr_in(Language::Pseudo, leave, &[]);
        h.get_all_by_role(egui::Role::Button)
            .find(|b| b.accesskit_node().label().as_deref() == Some(cancel.as_str()))
            .expect("the dialog's Cancel")
            .click();
        common::settle(&mut h);
    }
}

/// Words a third longer than English, at the narrowest window Lectern is made for: the
/// toolbar's controls all show, none over another.
#[test]
fn the_toolbar_fits_at_1024_px_with_longer_words() {
    data_dir();
    let dir = tempfile::tempdir().unwrap();
    // 1024 px is the narrowest Lectern is made for; wider windows lay the row out otherwise.
    for width in [1024.0, 1280.0, 1366.0, 1440.0, 1600.0, 1920.0] {
        toolbar_fits(&dir.path().join(format!("{width}.ron")), width);
    }
}

fn toolbar_fits(answers: &std::path::Path, width: f32) {
    let app = LecternApp::open(
        None,
        Some(answers.to_owned()),
        pseudo_settings(),
        Box::new(lectern::ui::dialogs::ScriptedDialogs::answering(vec![])),
    )
    .unwrap();
    let mut h = Harness::builder()
        .with_size(egui::vec2(width, 768.0))
        .with_context_setup(lectern::ui::style::setup)
        .build_ui_state(|ui, app: &mut LecternApp| app.show(ui), app);
    h.run_steps(4);
    let toolbar_bottom = h
        .get_by_label(&lectern::i18n::tr_in(
            Language::Pseudo,
            "toolbar-student",
            &[],
        ))
        .rect()
        .bottom();
    let mut rects = vec![];
    for node in h.query_all(By::new().predicate(|_| true)) {
        let n = node.accesskit_node();
        let interesting = matches!(
            n.role(),
            egui::accesskit::Role::Button
                | egui::accesskit::Role::TextInput
                | egui::accesskit::Role::Label
        );
        if n.bounding_box().is_none() {
            continue;
        }
        let rect = node.rect();
        if interesting && rect.bottom() <= toolbar_bottom + 1.0 && rect.width() > 0.0 {
            let name = n.label().or(n.value()).unwrap_or_default();
            assert!(
                rect.right() <= width + 0.5,
                "at {width} px {name:?} runs off the window: {rect:?}"
            );
            rects.push((name, rect));
        }
    }
    assert!(rects.len() >= 10, "found only {rects:?}");
    for (i, (a, ra)) in rects.iter().enumerate() {
        for (b, rb) in &rects[i + 1..] {
            let overlap = ra.intersect(*rb);
            assert!(
                overlap.width() <= 1.0 || overlap.height() <= 1.0,
                "at {width} px {a:?} {ra:?} overlaps {b:?} {rb:?}"
            );
        }
    }
}

/// The teacher's screens too: the Class view's summary, the rubric editor and the review.
#[test]
fn every_string_on_the_teachers_screens_comes_from_the_translations() {
    data_dir();
    let class = tempfile::tempdir().unwrap();
    let reading = lectern::reading::BUNDLED[0].parse();
    let mut sheet = lectern::answers::AnswerSheet::new(&reading);
    sheet.student = "Aigerim Sat".to_owned();
    sheet.set_answer(
        reading.prompts().next().unwrap(),
        "Aigerim Sat",
        "2026-12-03T09:00:00Z".parse().unwrap(),
    );
    lectern::handin::hand_in(
        class.path(),
        &reading,
        &sheet,
        lectern::export::Format::Html,
        lectern::export::pdf::Paper::A4,
        Language::English,
        "2026-12-03",
    )
    .unwrap();
    let mut h = common::start_screen(vec![Some(class.path().to_owned())], pseudo_settings());
    let pseudo = |id: &str| lectern::i18n::tr_in(Language::Pseudo, id, &[]);
    let button = |h: &Harness<'_, LecternApp>, name: &str| {
        let name = name.to_owned();
        h.get_all_by_role(egui::Role::Button)
            .find(|b| {
                b.accesskit_node()
                    .label()
                    .is_some_and(|l| l.starts_with(&name))
            })
            .unwrap_or_else(|| panic!("no button {name:?}"))
            .click();
    };
    h.get_by_label(&pseudo("start-for-teachers")).click();
    common::settle(&mut h);
    button(&h, &pseudo("cmd-open-class"));
    common::settle(&mut h);
    assert_translated(&h, "class summary");
    button(&h, &pseudo("class-make-rubric"));
    common::settle(&mut h);
    assert_translated(&h, "rubric editor");
    button(&h, &pseudo("rubric-keep"));
    common::settle(&mut h);
    // "‹Review Aigerim Sat, hand-in 1…›": the start of the message before its values.
    button(&h, "‹Review");
    common::settle(&mut h);
    assert_translated(&h, "review");
}
