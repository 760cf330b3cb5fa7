//! What a new teacher and a Kazakh-speaking student hit in their first lesson (issue 24), each
//! kept as a test of the path they took: the same clicks, keys and files.

mod common;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use lectern::app::state::Settings;
use lectern::export::Format;
use lectern::ui::LecternApp;
use lectern::ui::command::{Action, Command};

/// A click whose press and release land in one frame, as a quick click, a touchpad tap or
/// xdotool's gives under load (kittest's own `click` spreads them over frames).
fn quick_click(h: &mut Harness<'_, LecternApp>, pos: egui::Pos2) {
    let button = |pressed| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: Default::default(),
    };
    h.input_mut()
        .events
        .extend([egui::Event::PointerMoved(pos), button(true), button(false)]);
    h.step();
    common::settle(h);
}

fn combo_showing(h: &Harness<'_, LecternApp>, text: &str) -> egui::Pos2 {
    h.get_all_by_role(egui::Role::ComboBox)
        .find(|n| {
            n.accesskit_node().value().as_deref() == Some(text)
                || n.accesskit_node().label().as_deref() == Some(text)
        })
        .unwrap_or_else(|| panic!("a drop-down showing {text}"))
        .rect()
        .center()
}

/// The hand-in's Format list opens above the dialog every time, not only the first: chosen
/// with a quick click on the second opening, the format takes.
#[test]
fn a_drop_down_in_a_dialog_opens_above_it_every_time() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::harness(common::app(&dir.path().join("a.ron"), vec![]));
    for round in 0..3 {
        h.get_by_label("Hand in…").click();
        common::settle(&mut h);
        let shown = h.state().state.settings.hand_in_format.label();
        let combo = combo_showing(&h, &shown);
        quick_click(&mut h, combo);
        let want = if round % 2 == 0 {
            Format::Pdf
        } else {
            Format::Markdown
        };
        let item = h.get_by_label(&want.label()).rect().center();
        let modal = egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("hand_in"));
        assert_ne!(
            h.ctx.layer_id_at(item),
            Some(modal),
            "round {round}: the list is behind the dialog"
        );
        quick_click(&mut h, item);
        assert_eq!(
            h.state().state.settings.hand_in_format,
            want,
            "round {round}"
        );
        h.get_by_label("Cancel").click();
        common::settle(&mut h);
        assert!(h.state().state.modal.is_none());
    }
}

fn run(h: &mut Harness<'_, LecternApp>, action: impl Into<Action>) {
    h.state_mut().state.actions.push(action.into());
    common::settle(h);
}

fn escape(h: &mut Harness<'_, LecternApp>) {
    h.key_press(Key::Escape);
    common::settle(h);
}

/// Escape closes every dialog and window of a student's screen, the second time too.
#[test]
fn escape_closes_every_dialog_of_the_work_window() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::harness(common::app(&dir.path().join("a.ron"), vec![]));
    for command in [
        Command::HandIn,
        Command::Finish,
        Command::Help,
        Command::ReadingSettings,
        Command::Export,
    ] {
        for round in 0..2 {
            run(&mut h, command);
            assert!(
                h.state().state.modal.is_some(),
                "{command:?} opens a dialog"
            );
            escape(&mut h);
            assert!(
                h.state().state.modal.is_none(),
                "Escape closes {command:?} (round {round})"
            );
        }
    }
}

/// Escape closes the teacher's dialogs on the start screen: the paste box, the Class view, the
/// preview of a reading and its correction (one step back each time).
#[test]
fn escape_closes_every_dialog_of_the_start_screen() {
    let dir = tempfile::tempdir().unwrap();
    lectern::paths::use_data_dir(dir.path().join("data"));
    let class = dir.path().join("class");
    std::fs::create_dir(&class).unwrap();
    let reading = dir.path().join("reading.md");
    std::fs::write(
        &reading,
        "# A reading\n\nSome words.\n\n## Questions\n\n1. Why?\n",
    )
    .unwrap();
    let mut h = common::start_screen(
        vec![Some(class.clone()), Some(reading.clone()), Some(class)],
        Settings::default(),
    );
    for round in 0..2 {
        run(&mut h, Command::PasteReading);
        assert!(matches!(
            h.state().state.modal,
            Some(lectern::app::state::Modal::PasteReading(..))
        ));
        escape(&mut h);
        assert!(h.state().state.modal.is_none(), "paste, round {round}");
    }
    run(&mut h, Command::OpenClass);
    assert!(matches!(
        h.state().state.modal,
        Some(lectern::app::state::Modal::Class(_))
    ));
    escape(&mut h);
    assert!(h.state().state.modal.is_none(), "Class view");

    run(&mut h, Command::AddReading);
    h.get_by_label_contains("A reading");
    run(&mut h, Action::StartCorrection);
    let start = |h: &Harness<'_, LecternApp>| match &h.state().state.screen {
        lectern::app::state::Screen::Start(s) => (s.preview.is_some(), s.correction.is_some()),
        _ => panic!("still the start screen"),
    };
    assert_eq!(start(&h), (true, true));
    escape(&mut h);
    assert_eq!(start(&h), (true, false), "Escape leaves the correction");
    escape(&mut h);
    assert_eq!(start(&h), (false, false), "and then the preview");
    // The Class view a second time.
    run(&mut h, Command::OpenClass);
    escape(&mut h);
    assert!(h.state().state.modal.is_none(), "Class view, again");
}

/// On the start screen, Ctrl+O opens a reading the teacher sent for the student named there:
/// the work starts on it (it once only changed the window's title, and the next Enter opened
/// the bundled reading). The screen has a button for it too.
#[test]
fn a_reading_opened_from_the_start_screen_starts_the_work() {
    let dir = tempfile::tempdir().unwrap();
    lectern::paths::use_data_dir(dir.path().join("data"));
    let reading = dir.path().join("sent by the teacher.md");
    std::fs::write(
        &reading,
        "# The steppe's wind farms\n\nSome words.\n\n## Questions\n\n1. Why wind?\n",
    )
    .unwrap();
    let mut h = common::start_screen(
        vec![Some(reading.clone()), Some(reading)],
        Settings::default(),
    );
    // Without a name: asked for one first; no dialog.
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::O);
    common::settle(&mut h);
    h.get_by_label("Type your name first");
    h.get_by_label("OK").click();
    common::settle(&mut h);
    // The keyboard is back in the name field once the notice is read.
    h.get_by_role_and_label(egui::Role::TextInput, "Your name")
        .type_text("Aigerim");
    common::settle(&mut h);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::O);
    common::settle(&mut h);
    let notices: Vec<String> = h
        .state()
        .state
        .notices
        .iter()
        .map(|n| format!("{n:?}"))
        .collect();
    assert!(
        matches!(h.state().state.screen, lectern::app::state::Screen::Work),
        "{notices:?}"
    );
    assert_eq!(h.state().state.doc.reading.title, "The steppe's wind farms");
    assert_eq!(h.state().state.doc.sheet.student, "Aigerim");
    let answers = h.state().state.doc.path.clone().expect("an answers file");
    // In the student's own folder, as a reading from the library would be.
    assert!(
        answers.ends_with("aigerim/the-steppe-s-wind-farms.ron"),
        "{answers:?}"
    );
}

/// The button on the start screen does the same.
#[test]
fn the_start_screen_has_a_button_to_open_a_file() {
    let dir = tempfile::tempdir().unwrap();
    lectern::paths::use_data_dir(dir.path().join("data"));
    let reading = dir.path().join("r.md");
    std::fs::write(&reading, "# Sent\n\nWords.\n\n## Questions\n\n1. Why?\n").unwrap();
    let mut h = common::start_screen(vec![Some(reading)], Settings::default());
    h.get_by_role_and_label(egui::Role::TextInput, "Your name")
        .type_text("Dana");
    common::settle(&mut h);
    h.get_by_label("Open reading…").click();
    common::settle(&mut h);
    assert!(matches!(
        h.state().state.screen,
        lectern::app::state::Screen::Work
    ));
    assert_eq!(h.state().state.doc.reading.title, "Sent");
}

/// Right after a hand-in, Finish says it was handed in and offers only to finish (no "without
/// handing in"); after a change it says so. The next student's hand-in starts on the default
/// format, not the last student's.
#[test]
fn finish_after_a_hand_in_knows_it_was_handed_in() {
    let dir = tempfile::tempdir().unwrap();
    let class = dir.path().join("class");
    std::fs::create_dir(&class).unwrap();
    let mut h = common::harness(common::app(&dir.path().join("a.ron"), vec![Some(class)]));
    h.state_mut().state.settings.hand_in_format = Format::Markdown;
    run(&mut h, Command::HandIn);
    h.get_by_label("Choose folder and hand in…").click();
    common::settle(&mut h);
    h.get_by_label("Handed in");
    h.get_by_label("OK").click();
    common::settle(&mut h);
    run(&mut h, Command::Finish);
    h.get_by_label_contains("You handed in this work");
    assert!(h.query_by_label("Finish without handing in").is_none());
    assert!(h.query_by_label("Hand in, then finish…").is_none());
    escape(&mut h);
    // A change after the hand-in: said, and both choices are back.
    common::answer_box(&h).type_text("One more thought.");
    common::settle(&mut h);
    run(&mut h, Command::Finish);
    h.get_by_label_contains("You changed your answers after you handed them in");
    h.get_by_label("Finish without handing in").click();
    common::settle(&mut h);
    assert!(matches!(
        h.state().state.screen,
        lectern::app::state::Screen::Start(_)
    ));
    assert_eq!(h.state().state.settings.hand_in_format, Format::Html);
}

/// When saving fails, the Finish dialog does not say the answers are saved.
#[test]
fn finish_does_not_say_saved_while_saving_fails() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::harness(common::app(&dir.path().join("a.ron"), vec![]));
    // A real failure: the disk fills up as the answers are written.
    {
        let doc = &mut h.state_mut().state.doc;
        doc.writer = lectern::files::Writer::FullAfter(0);
        doc.set_student("Aliya", std::time::Instant::now());
        assert!(doc.save(lectern::app::document::now()).is_err());
    }
    run(&mut h, Command::Finish);
    assert!(
        h.query_by_label_contains("Your answers are saved")
            .is_none()
    );
    h.get_by_label_contains("Your answers could not be saved: could not save to");
    // Said in the dialog, above the answer and in the status bar.
    assert_eq!(
        h.get_all_by_label_contains("the disk is full: make room")
            .count(),
        3
    );
}

/// The library's teacher actions are folded away from students; *Remove* asks first and
/// *Cancel* (or Escape) keeps the reading; two readings of one title are told apart.
#[test]
fn removing_a_reading_asks_first_and_students_do_not_see_it() {
    let dir = tempfile::tempdir().unwrap();
    lectern::paths::use_data_dir(dir.path().join("data"));
    let first = dir.path().join("wind.md");
    std::fs::write(
        &first,
        "# Wind farms\n\nWords.\n\n## Questions\n\n1. Why?\n",
    )
    .unwrap();
    let second = dir.path().join("wind, longer.md");
    std::fs::write(
        &second,
        "# Wind farms\n\nWords.\n\n## Questions\n\n1. Why?\n2. Where?\n",
    )
    .unwrap();
    let mut h = common::start_screen(vec![Some(first), Some(second)], Settings::default());
    for teachers_only in ["Add a reading…", "Paste a reading…", "Class…"] {
        assert!(
            h.query_by_label(teachers_only).is_none(),
            "{teachers_only} is folded away"
        );
    }
    common::for_teachers(&mut h);
    for _ in 0..2 {
        h.get_by_label("Add a reading…").click();
        common::settle(&mut h);
        h.get_by_label("Add to library").click();
        common::settle(&mut h);
    }
    // The two are told apart by their questions (and their files' names).
    h.get_by_label_contains("Wind farms — 1 question, added");
    h.get_by_label_contains("Wind farms — 2 questions, added");
    assert_eq!(h.get_all_by_label("Remove \"Wind farms\"").count(), 2);
    let library = lectern::library::Library::in_data_dir();
    let count = |library: &lectern::library::Library| {
        library.entries().iter().filter(|e| e.removable).count()
    };
    assert_eq!(count(&library), 2);
    // Remove asks; Cancel keeps; Escape keeps.
    h.get_all_by_label("Remove \"Wind farms\"")
        .next()
        .unwrap()
        .click();
    common::settle(&mut h);
    h.get_by_label("Remove “Wind farms” from the library?");
    h.get_by_label("Cancel").click();
    common::settle(&mut h);
    assert_eq!(count(&library), 2);
    h.get_all_by_label("Remove \"Wind farms\"")
        .next()
        .unwrap()
        .click();
    common::settle(&mut h);
    escape(&mut h);
    assert_eq!(count(&library), 2);
    assert!(
        h.query_by_label("Remove “Wind farms” from the library?")
            .is_none()
    );
    // Said yes: gone.
    h.get_all_by_label("Remove \"Wind farms\"")
        .next()
        .unwrap()
        .click();
    common::settle(&mut h);
    h.get_by_label("Remove").click();
    common::settle(&mut h);
    assert_eq!(count(&library), 1);
}

/// Citing a long passage never widens the question panel (it once pushed the article into a
/// 200-pixel column and kept it there after the citation was removed).
#[test]
fn citing_a_long_passage_keeps_the_panels_as_they_were() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::harness(common::app(&dir.path().join("a.ron"), vec![]));
    let before = common::answer_box(&h).rect().width();
    let longest = h
        .state()
        .state
        .doc
        .reading
        .article
        .iter()
        .enumerate()
        .max_by_key(|(_, b)| match b {
            lectern::reading::Block::Paragraph { text, .. } => text.len(),
            lectern::reading::Block::Heading(_) => 0,
        })
        .map(|(i, _)| i)
        .unwrap();
    lectern::ui::article::select_chars(&h.ctx, longest, 0..300);
    common::settle(&mut h);
    run(&mut h, Command::Cite);
    assert_eq!(
        h.state()
            .state
            .doc
            .sheet
            .answers
            .iter()
            .map(|a| a.citations.len())
            .sum::<usize>(),
        1
    );
    let after = common::answer_box(&h).rect().width();
    assert!(
        (after - before).abs() < 1.0,
        "the answer box went from {before} to {after} wide"
    );
}

/// A harness of the given window size on a fresh answers file.
fn sized(dir: &std::path::Path, width: f32, height: f32) -> Harness<'static, LecternApp> {
    let app = common::app(&dir.join("a.ron"), vec![]);
    let mut h = Harness::builder()
        .with_size(egui::vec2(width, height))
        .with_context_setup(lectern::ui::style::setup)
        .build_ui_state(|ui, app: &mut LecternApp| app.show(ui), app);
    common::settle(&mut h);
    h
}

/// The article's paragraphs in view, top to bottom: (number, rectangle).
fn paragraphs(h: &Harness<'_, LecternApp>) -> Vec<(String, egui::Rect)> {
    let mut found: Vec<(String, egui::Rect)> = h
        .get_all_by_role(egui::Role::Label)
        .filter_map(|n| {
            let label = n.accesskit_node().label()?;
            label
                .starts_with("Paragraph ")
                .then(|| (label.to_owned(), n.rect()))
        })
        .collect();
    found.sort_by(|a, b| a.1.top().total_cmp(&b.1.top()));
    found
}

/// At a small laptop's 1024×600 and at 1366×768, no paragraph is drawn over the next, at the
/// top of the article and further down.
#[test]
fn the_article_never_draws_a_paragraph_over_the_next() {
    for (width, height) in [(1024.0, 600.0), (1366.0, 768.0), (1280.0, 820.0)] {
        let dir = tempfile::tempdir().unwrap();
        let mut h = sized(dir.path(), width, height);
        for step in 0..6 {
            let shown = paragraphs(&h);
            assert!(shown.len() >= 2, "{width}×{height}: paragraphs in view");
            for pair in shown.windows(2) {
                assert!(
                    pair[0].1.bottom() <= pair[1].1.top() + 0.5,
                    "{width}×{height}, step {step}: {} ends at {} below the top of {} at {}",
                    pair[0].0,
                    pair[0].1.bottom(),
                    pair[1].0,
                    pair[1].1.top()
                );
            }
            // Further down the article: Tab goes from paragraph to paragraph, scrolling.
            if step == 0 {
                lectern::ui::article::select_chars(&h.ctx, 1, 0..0);
                common::settle(&mut h);
            }
            for _ in 0..3 {
                h.key_press(Key::Tab);
                common::settle(&mut h);
            }
            common::settle(&mut h);
        }
    }
}

fn focused(h: &Harness<'_, LecternApp>) -> Option<egui::Id> {
    h.ctx.memory(|m| m.focused())
}

/// By keyboard alone: Shift+Tab goes back a paragraph (it went forward), Tab past the last
/// paragraph reaches the toolbar (it cycled between the article and the answer), and Hand in
/// and Finish have keys of their own.
#[test]
fn the_keyboard_reaches_everything_and_shift_tab_goes_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::harness(common::app(&dir.path().join("a.ron"), vec![]));
    let paragraph_blocks: Vec<usize> = h
        .state()
        .state
        .doc
        .reading
        .article
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b, lectern::reading::Block::Paragraph { .. }))
        .map(|(i, _)| i)
        .collect();
    let third = paragraph_blocks[2];
    lectern::ui::article::select_chars(&h.ctx, third, 0..0);
    common::settle(&mut h);
    assert_eq!(focused(&h), Some(lectern::ui::article::paragraph_id(third)));
    h.key_press_modifiers(egui::Modifiers::SHIFT, Key::Tab);
    common::settle(&mut h);
    assert_eq!(
        focused(&h),
        Some(lectern::ui::article::paragraph_id(paragraph_blocks[1])),
        "Shift+Tab goes back"
    );
    h.key_press(Key::Tab);
    common::settle(&mut h);
    assert_eq!(focused(&h), Some(lectern::ui::article::paragraph_id(third)));

    // From the last paragraph, Tab leaves the article for the window's first controls.
    let last = *paragraph_blocks.last().unwrap();
    lectern::ui::article::select_chars(&h.ctx, last, 0..0);
    common::settle(&mut h);
    h.key_press(Key::Tab);
    common::settle(&mut h);
    let now = focused(&h).expect("something has the keyboard");
    assert!(
        !paragraph_blocks
            .iter()
            .any(|b| lectern::ui::article::paragraph_id(*b) == now),
        "Tab left the article"
    );
    assert_ne!(now, lectern::ui::editor_id(), "not back to the answer");
    let toolbar_button = h
        .get_all_by_role(egui::Role::Button)
        .any(|b| b.is_focused() && b.rect().top() < 60.0);
    assert!(toolbar_button, "a toolbar button has the keyboard");

    // Hand in and Finish by key.
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::E);
    common::settle(&mut h);
    assert!(matches!(
        h.state().state.modal,
        Some(lectern::app::state::Modal::HandIn { .. })
    ));
    escape(&mut h);
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::Q);
    common::settle(&mut h);
    assert!(matches!(
        h.state().state.modal,
        Some(lectern::app::state::Modal::ConfirmFinish)
    ));
}

/// At 1024×600 a short list of questions leaves its room to the answer box (the list stood
/// half empty while the answer was cut to a few lines).
#[test]
fn a_short_question_list_leaves_its_room_to_the_answer() {
    let dir = tempfile::tempdir().unwrap();
    let reading = dir.path().join("short.md");
    std::fs::write(
        &reading,
        "# Two questions\n\nSome words of an article.\n\n## Questions\n\n1. Why?\n2. How?\n",
    )
    .unwrap();
    common::isolate_data_dir();
    let app = LecternApp::open(
        Some(&reading),
        Some(dir.path().join("a.ron")),
        Settings::default(),
        Box::new(lectern::ui::dialogs::ScriptedDialogs::answering(vec![])),
    )
    .unwrap();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1024.0, 600.0))
        .with_context_setup(lectern::ui::style::setup)
        .build_ui_state(|ui, app: &mut LecternApp| app.show(ui), app);
    common::settle(&mut h);
    let answer = common::answer_box(&h).rect();
    let last_question = h.get_by_label_contains("How?").rect();
    let between = answer.top() - last_question.bottom();
    assert!(
        between < 150.0,
        "{between} px between the last question and the answer box"
    );
    assert!(
        answer.height() > 200.0,
        "the answer box is {} px tall",
        answer.height()
    );
}

/// At 1024×600, Help (F1) fits the window and scrolls to its last line (it was cut off).
#[test]
fn help_fits_a_small_screen_and_scrolls_to_its_end() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = sized(dir.path(), 1024.0, 600.0);
    h.key_press(Key::F1);
    common::settle(&mut h);
    let title = h
        .get_all_by_label("Help")
        .map(|n| n.rect())
        .filter(|r| r.top() > 40.0 || r.left() > 200.0)
        .min_by(|a, b| a.top().total_cmp(&b.top()))
        .expect("the Help window's title");
    assert!(title.top() >= 0.0, "the title is on screen: {title:?}");
    let last = "Elsewhere: move between controls";
    for _ in 0..10 {
        if h.get_by_label(last).rect().bottom() <= 600.0 {
            break;
        }
        h.event(egui::Event::PointerMoved(
            title.center() + egui::vec2(0.0, 100.0),
        ));
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -200.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: Default::default(),
        });
        common::settle(&mut h);
    }
    let end = h.get_by_label(last).rect();
    assert!(
        end.bottom() <= 600.0,
        "Help's last line can be scrolled to: {end:?}"
    );
}

/// The start screen's window is not titled after the bundled English reading nobody opened;
/// in Kazakh it says so in Kazakh.
#[test]
fn the_start_screen_is_titled_as_the_start() {
    let dir = tempfile::tempdir().unwrap();
    lectern::paths::use_data_dir(dir.path().join("data"));
    let settings = Settings {
        language: Some(lectern::i18n::Language::Kazakh),
        ..Settings::default()
    };
    let mut h = common::start_screen(vec![], settings);
    common::settle(&mut h);
    let title = h
        .root()
        .accesskit_node()
        .label()
        .map(|l| l.to_owned())
        .unwrap_or_default();
    assert_eq!(title, "Бастау — Lectern");
}

/// Lectern's own chooser, opened again after the first closed: "a file dialog is already
/// open" is not left in the status bar once no dialog is open.
#[test]
fn no_dialog_is_said_to_be_open_once_it_closed() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = lectern::ui::dialogs::ScriptedDialogs::with_outcomes([
        lectern::ui::dialogs::DialogOutcome::Failed("test".to_owned()),
    ]);
    common::isolate_data_dir();
    let app = LecternApp::open(
        None,
        Some(dir.path().join("a.ron")),
        Settings::default(),
        Box::new(dialogs),
    )
    .unwrap();
    let mut h = common::harness(app);
    run(&mut h, Command::Export);
    run(&mut h, Command::ExportAnyway);
    assert!(h.state().views.chooser.is_some());
    // Asked again while the chooser is open: said.
    run(&mut h, Command::OpenReading);
    h.get_by_label_contains("A file dialog is already open");
    h.get_by_label("Cancel").click();
    common::settle(&mut h);
    assert!(h.state().views.chooser.is_none());
    assert!(
        h.query_by_label_contains("A file dialog is already open")
            .is_none()
    );
}

/// On the start screen too, asking for a second dialog while one is open is said (the start
/// screen had no status bar for it: the click seemed to do nothing).
#[test]
fn the_start_screen_says_what_its_status_bar_would() {
    let dir = tempfile::tempdir().unwrap();
    lectern::paths::use_data_dir(dir.path().join("data"));
    let app = LecternApp::open(
        None,
        None,
        Settings::default(),
        Box::new(lectern::ui::dialogs::ScriptedDialogs::with_outcomes([
            lectern::ui::dialogs::DialogOutcome::Failed("test".to_owned()),
        ])),
    )
    .unwrap();
    let mut h = common::harness(app);
    h.get_by_role_and_label(egui::Role::TextInput, "Your name")
        .type_text("Dana");
    common::settle(&mut h);
    run(&mut h, Command::OpenReading);
    assert!(h.state().views.chooser.is_some());
    run(&mut h, Command::OpenReading);
    h.get_by_label_contains("A file dialog is already open");
}
