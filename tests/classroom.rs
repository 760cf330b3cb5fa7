//! Shared classroom computers: the start screen, the library, per-student work, hand-in and
//! finishing a session. Driven headlessly with egui_kittest.

use std::fs;
use std::path::{Path, PathBuf};

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lectern::answers;
use lectern::app::state::{Screen, Settings};
use lectern::ui::LecternApp;

/// One data folder for this test binary (the library lives there), never the real user's.
fn data_dir() -> PathBuf {
    common::run_data_dir("classroom-tests")
}

fn start(dialog_answers: Vec<Option<PathBuf>>, settings: Settings) -> Harness<'static, LecternApp> {
    data_dir();
    common::start_screen(dialog_answers, settings)
}

fn settle(h: &mut Harness<'_, LecternApp>) {
    common::settle_app(h);
}

fn on_start_screen(h: &Harness<'_, LecternApp>) -> bool {
    matches!(h.state().state.screen, Screen::Start(_))
}

fn type_name(h: &mut Harness<'_, LecternApp>, name: &str) {
    h.get_by_role_and_label(egui::Role::TextInput, "Your name")
        .focus();
    settle(h);
    h.get_by_role_and_label(egui::Role::TextInput, "Your name")
        .type_text(name);
    settle(h);
}

fn open_reading(h: &mut Harness<'_, LecternApp>, title: &str) {
    h.get_by_label(&format!("Open \"{title}\"")).click();
    settle(h);
}

/// A teacher pastes `text` as a reading (*For teachers → Paste a reading…*) and asks for its
/// preview.
fn paste_and_preview(h: &mut Harness<'_, LecternApp>, text: &str) {
    common::for_teachers(h);
    h.get_by_label("Paste a reading…").click();
    settle(h);
    h.get_by_role_and_label(egui::Role::MultilineTextInput, "Copy the article and its questions from a web page or a document, and paste them here (Ctrl+V). Lectern leaves out the page's menus, sharing buttons and the like.")
        .type_text(text);
    settle(h);
    h.get_by_label("Preview…").click();
    settle(h);
}

const ARAL: &str = "The Aral Sea: How a Sea Was Lost and Partly Won Back";

#[test]
fn the_start_screen_asks_for_a_name_and_lists_the_readings() {
    let h = start(vec![], Settings::default());
    assert!(on_start_screen(&h));
    assert!(
        h.ctx.memory(|m| m.focused().is_some()),
        "the name field has the cursor"
    );
    h.get_by_label("Kazakhstan and the EU: A Multi-Vector Partnership");
    h.get_by_label(ARAL);
    h.get_by_label("Almaty and the Wild Apple");
    h.get_by_label("Type your name to begin: it goes on your answers and your study sheet.");
    let mut h = h;
    open_reading(&mut h, ARAL);
    assert!(on_start_screen(&h), "no name, no opening");
}

#[test]
fn a_student_opens_a_reading_and_their_name_goes_into_their_own_file() {
    let mut h = start(vec![], Settings::default());
    type_name(&mut h, "Dana Seitkali");
    open_reading(&mut h, ARAL);
    assert!(!on_start_screen(&h));
    let doc = &h.state().state.doc;
    assert_eq!(doc.reading.title, ARAL);
    assert_eq!(doc.sheet.student, "Dana Seitkali");
    let path = doc.path.clone().unwrap();
    assert!(
        path.starts_with(data_dir().join("answers").join("dana-seitkali")),
        "{path:?}"
    );
    h.get_by_label_contains("0 of 4 answered");
}

/// A name in Kazakh or Russian letters: the student's own folder is named in them, and the
/// answers and the student's settings are saved there (found failing under Wine by a newcomer
/// trial: "my settings.ron: file not found").
#[test]
fn a_student_with_a_cyrillic_name_saves_into_their_own_folder() {
    let mut h = start(vec![], Settings::default());
    type_name(&mut h, "Айгерим Сапарова");
    open_reading(&mut h, ARAL);
    assert!(h.query_by_label_contains("os error").is_none());
    assert!(h.query_by_label_contains("Not saved").is_none());
    h.get_by_role_and_label(
        egui::Role::MultilineTextInput,
        "Why did the Aral Sea shrink, and who decided that it would?",
    )
    .type_text("Хлопок.");
    settle(&mut h);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    settle(&mut h);
    let path = h.state().state.doc.path.clone().unwrap();
    assert!(
        h.state().state.doc.save_failure().is_none(),
        "{:?}",
        h.state().state.doc.save_failure()
    );
    assert_eq!(answers::load(&path).unwrap().answers[0].text, "Хлопок.");
    assert!(
        h.state().state.notices.is_empty(),
        "{:?}",
        h.state().state.notices
    );
}

#[test]
fn students_see_only_their_own_progress_and_recent_work() {
    let mut h = start(vec![], Settings::default());
    type_name(&mut h, "Erlan Bek");
    open_reading(&mut h, ARAL);
    h.get_by_role_and_label(
        egui::Role::MultilineTextInput,
        "Why did the Aral Sea shrink, and who decided that it would?",
    )
    .type_text("Cotton.");
    settle(&mut h);
    h.get_by_label("Finish").click();
    settle(&mut h);
    h.get_by_label("Finish without handing in").click();
    settle(&mut h);
    assert!(on_start_screen(&h));
    assert!(
        h.state().state.settings.recent.is_empty(),
        "finishing clears the recent list"
    );
    assert_eq!(
        h.state().state.doc.path,
        None,
        "the student's file is closed"
    );

    // Erlan comes back: his progress shows. Another student sees none of it.
    type_name(&mut h, "Erlan Bek");
    h.get_by_label("1 of 4 answered");
    let Screen::Start(start_screen) = &mut h.state_mut().state.screen else {
        panic!()
    };
    start_screen.name.clear();
    settle(&mut h);
    type_name(&mut h, "Gulnar Ospan");
    assert!(h.query_by_label("1 of 4 answered").is_none());
    // Every bundled reading at least (other tests add readings to the library meanwhile).
    assert!(h.get_all_by_label("not started").count() >= 3);
}

#[test]
fn recent_work_is_offered_to_the_same_student_only() {
    let mut h = start(vec![], Settings::default());
    type_name(&mut h, "Madi Serik");
    open_reading(&mut h, "Almaty and the Wild Apple");
    let path = h.state().state.doc.path.clone().unwrap();
    let settings = h.state().state.settings.clone();
    assert_eq!(settings.recent[0].answers, path);
    drop(h);

    let mut h = start(vec![], settings);
    type_name(&mut h, "Someone Else");
    assert!(h.query_by_label("Your recent work").is_none());
    let Screen::Start(start_screen) = &mut h.state_mut().state.screen else {
        panic!()
    };
    start_screen.name.clear();
    settle(&mut h);
    type_name(&mut h, "madi serik");
    h.get_by_label("Your recent work");
    h.get_by_label("Continue \"Almaty and the Wild Apple\"")
        .click();
    settle(&mut h);
    assert_eq!(h.state().state.doc.path.as_deref(), Some(path.as_path()));
}

#[test]
fn a_teacher_previews_adds_and_removes_a_reading() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("volcanoes.md");
    fs::write(&file, "# Volcanoes of Kamchatka\n\nThey erupt.\n\n## Questions\n1. Why there?\n2. Who watches them?\n").unwrap();
    let mut h = start(vec![Some(file.clone())], Settings::default());
    common::for_teachers(&mut h);
    h.get_by_label("Add a reading…").click();
    settle(&mut h);
    h.get_by_label("Add this reading?");
    h.get_by_label_contains("2 prompts in 1 section");
    h.get_by_label_contains("Q2  Who watches them?");
    h.get_by_label("Add to library").click();
    settle(&mut h);
    h.get_by_label("Volcanoes of Kamchatka");
    let kept = data_dir().join("library").join("volcanoes-of-kamchatka.md");
    assert!(kept.exists());
    fs::remove_file(&file).unwrap();
    h.get_by_label("Remove \"Volcanoes of Kamchatka\"").click();
    settle(&mut h);
    h.get_by_label("Remove").click();
    settle(&mut h);
    assert!(h.query_by_label("Volcanoes of Kamchatka").is_none());
    assert!(!kept.exists());
}

#[test]
fn hand_in_writes_the_sheet_and_the_answers_and_says_where() {
    let class = tempfile::tempdir().unwrap();
    let mut h = start(vec![Some(class.path().to_owned())], Settings::default());
    type_name(&mut h, "Aigerim Nur");
    open_reading(&mut h, "Almaty and the Wild Apple");
    h.get_by_role_and_label(
        egui::Role::MultilineTextInput,
        "What evidence links the apples of today to the forests near Almaty?",
    )
    .type_text("Genes.");
    settle(&mut h);
    h.get_by_label("Hand in…").click();
    settle(&mut h);
    h.get_by_label("4 of 5 questions are still unanswered.");
    h.get_by_label("Choose folder and hand in…").click();
    settle(&mut h);
    h.get_by_label("Handed in");
    let mut names: Vec<String> = fs::read_dir(class.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let date = lectern::export::today();
    assert_eq!(
        names,
        [
            format!("aigerim-nur_almaty-and-the-wild-apple_{date}.html"),
            format!("aigerim-nur_almaty-and-the-wild-apple_{date}.ron")
        ]
    );
    let copy = answers::load(&class.path().join(&names[1])).unwrap();
    assert_eq!(copy.answers[0].text, "Genes.");
    assert!(
        fs::read_to_string(class.path().join(&names[0]))
            .unwrap()
            .contains("Aigerim Nur")
    );
}

#[test]
fn a_failed_hand_in_says_why_and_loses_nothing() {
    let gone = tempfile::tempdir().unwrap().path().join("unplugged-stick");
    let mut h = start(vec![Some(gone)], Settings::default());
    type_name(&mut h, "Timur Ali");
    open_reading(&mut h, ARAL);
    h.get_by_role_and_label(
        egui::Role::MultilineTextInput,
        "Why did the Aral Sea shrink, and who decided that it would?",
    )
    .type_text("Irrigation.");
    settle(&mut h);
    h.get_by_label("Hand in…").click();
    settle(&mut h);
    h.get_by_label("Choose folder and hand in…").click();
    settle(&mut h);
    h.get_by_label("Not handed in");
    h.get_by_label_contains("unplugged-stick");
    let path = h.state().state.doc.path.clone().unwrap();
    assert_eq!(
        answers::load(&path).unwrap().answers[0].text,
        "Irrigation.",
        "saved before handing in"
    );
    assert_eq!(h.state().state.editor_text, "Irrigation.");
}

#[test]
fn the_answers_folder_can_be_chosen() {
    let share = tempfile::tempdir().unwrap();
    let mut h = start(vec![Some(share.path().to_owned())], Settings::default());
    h.get_by_label("Change…").click();
    settle(&mut h);
    assert_eq!(
        h.state().state.settings.answers_folder.as_deref(),
        Some(share.path())
    );
    h.get_by_label_contains(&share.path().display().to_string());
    type_name(&mut h, "Nurlan K");
    open_reading(&mut h, ARAL);
    let path: PathBuf = h.state().state.doc.path.clone().unwrap();
    assert!(path.starts_with(share.path().join("nurlan-k")), "{path:?}");
    assert!(Path::new(&path).parent().unwrap().exists());
}

#[test]
fn the_class_view_sums_up_a_hand_in_folder_and_exports_the_class_sheet() {
    let class = tempfile::tempdir().unwrap();
    let reading = lectern::reading::BUNDLED[0].parse();
    for (name, text) in [("Aliya Nur", "Leverage."), ("Bolat Ersain", "")] {
        let mut sheet = answers::AnswerSheet::new(&reading);
        sheet.student = name.to_owned();
        let q1 = reading.prompts().nth(1).unwrap();
        sheet.set_answer(q1, text, "2026-11-28T09:00:00Z".parse().unwrap());
        answers::save(
            &class
                .path()
                .join(format!("{}.ron", lectern::paths::slug(name))),
            &sheet,
        )
        .unwrap();
    }
    fs::write(class.path().join("broken.ron"), "(version: 1,").unwrap();
    // One student answered another reading: a group of its own.
    let aral = lectern::reading::BUNDLED
        .iter()
        .find(|b| b.name == "aral-sea")
        .unwrap()
        .parse();
    let mut other = answers::AnswerSheet::new(&aral);
    other.student = "Dina Aral".to_owned();
    answers::save(&class.path().join("dina.ron"), &other).unwrap();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("week-3.pdf");
    let mut h = start(
        vec![Some(class.path().to_owned()), Some(target.clone())],
        Settings::default(),
    );
    common::for_teachers(&mut h);
    h.get_by_label("Class…").click();
    settle(&mut h);
    h.get_by_label("Kazakhstan and the EU: A Multi-Vector Partnership (2 students)");
    h.get_by_label("Aliya Nur");
    h.get_by_label("Bolat Ersain");
    h.get_by_label("1 of 13");
    h.get_by_label_contains("Not read: broken.ron");
    h.get_by_label("The Aral Sea: How a Sea Was Lost and Partly Won Back (1 student)");
    h.get_by_label_contains("2 different readings or versions were handed in");
    h.get_by_label("Hide names (Student A, Student B…)").click();
    settle(&mut h);
    h.get_by_label("Export class sheet…").click();
    settle(&mut h);
    h.get_by_label("Class sheet exported");
    let pdf = fs::read(&target).unwrap();
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    assert!(
        text.contains("Leverage.") && text.contains("Student A") && !text.contains("Aliya"),
        "{text}"
    );
    let csv = fs::read_to_string(out.path().join("week-3.csv")).unwrap();
    assert!(csv.contains("Student B") && !csv.contains("Bolat"));
    assert!(
        out.path().join("week-3-2.pdf").exists(),
        "the other reading gets its own sheet"
    );
}

#[test]
fn a_reading_opened_from_the_window_goes_to_the_same_students_folder() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("extra.md");
    fs::write(&file, "# Extra reading\n\nText.\n\n## Questions\n1. Why?\n").unwrap();
    let mut h = start(vec![Some(file)], Settings::default());
    type_name(&mut h, "Saule Abai");
    open_reading(&mut h, ARAL);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    settle(&mut h);
    let doc = &h.state().state.doc;
    assert_eq!(doc.reading.title, "Extra reading");
    assert_eq!(doc.sheet.student, "Saule Abai");
    assert!(
        doc.path
            .as_ref()
            .unwrap()
            .starts_with(data_dir().join("answers").join("saule-abai"))
    );
}

#[test]
fn a_hand_in_whose_save_fails_says_so_and_keeps_the_session() {
    let class = tempfile::tempdir().unwrap();
    let mut h = start(vec![Some(class.path().to_owned())], Settings::default());
    type_name(&mut h, "Saule Ermek");
    open_reading(&mut h, "Almaty and the Wild Apple");
    // The student's own file is on a disk that just filled up.
    h.state_mut().state.doc.writer = lectern::files::Writer::FullAfter(10);
    h.get_by_role_and_label(
        egui::Role::MultilineTextInput,
        "What evidence links the apples of today to the forests near Almaty?",
    )
    .type_text("Genes, and seeds carried by bears.");
    settle(&mut h);
    h.get_by_label("Finish").click();
    settle(&mut h);
    h.get_by_label("Hand in, then finish…").click();
    settle(&mut h);
    h.get_by_label("Choose folder and hand in…").click();
    settle(&mut h);
    h.get_by_label("Handed in");
    h.get_by_label_contains("could not be saved in your own file");
    assert!(h.query_by_label_contains("saved as before").is_none());
    // The copy handed in has the words; the session stays open, the words in the window.
    let copy = fs::read_dir(class.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "ron"))
        .unwrap();
    assert_eq!(
        answers::load(&copy).unwrap().answers[0].text,
        "Genes, and seeds carried by bears."
    );
    assert!(!on_start_screen(&h), "the session was not finished");
    assert!(h.state().state.doc.has_unsaved_work());
}

/// A name typed a letter at a time, as a person types it, while each letter starts looking up
/// the progress in the background (and the bar saying so comes and goes): every letter lands.
/// (The field lost the keyboard after the first letter when that bar shifted the ids of
/// everything below it: found under Xvfb with xdotool.)
#[test]
fn a_name_typed_letter_by_letter_keeps_the_keyboard() {
    let mut h = start(vec![], Settings::default());
    h.get_by_role_and_label(egui::Role::TextInput, "Your name")
        .focus();
    settle(&mut h);
    for letter in ["A", "s", "e", "l"] {
        // Into whatever has the keyboard, as a key press goes: not focusing the field first.
        h.event(egui::Event::Text(letter.to_owned()));
        settle(&mut h);
    }
    let Screen::Start(start) = &h.state().state.screen else {
        panic!("left the start screen");
    };
    assert_eq!(start.name, "Asel");
}

/// A Word document added to the library is previewed as any reading and kept as the Markdown
/// it was imported as, so it opens without importing again.
#[test]
fn a_teacher_adds_a_word_document_to_the_library() {
    let dir = tempfile::tempdir().unwrap();
    let word = dir.path().join("glaciers.docx");
    common::word_document(
        &word,
        &[
            "Glaciers of the Tian Shan",
            "They are melting.",
            "Questions",
            "1. How fast?",
        ],
    );
    let mut h = start(vec![Some(word)], Settings::default());
    common::for_teachers(&mut h);
    h.get_by_label("Add a reading…").click();
    settle(&mut h);
    h.get_by_label("Add this reading?");
    h.get_by_label_contains("Q1  How fast?");
    h.get_by_label("Add to library").click();
    settle(&mut h);
    h.get_by_label("Glaciers of the Tian Shan");
    let kept = data_dir()
        .join("library")
        .join("glaciers-of-the-tian-shan.md");
    assert!(fs::read_to_string(&kept).unwrap().contains("1. How fast?"));
    h.get_by_label("Remove \"Glaciers of the Tian Shan\"")
        .click();
    settle(&mut h);
    h.get_by_label("Remove").click();
    settle(&mut h);
}

/// What most teachers do: copy an article and its questions out of a web page, paste them,
/// and add them to the library. The page's furniture stays out.
#[test]
fn a_teacher_pastes_a_reading_copied_from_a_web_page() {
    let mut h = start(vec![], Settings::default());
    common::for_teachers(&mut h);
    h.get_by_label("Paste a reading…").click();
    settle(&mut h);
    h.get_by_label("Paste a reading");
    h.get_by_role_and_label(egui::Role::MultilineTextInput, "Copy the article and its questions from a web page or a document, and paste them here (Ctrl+V). Lectern leaves out the page's menus, sharing buttons and the like.")
        .type_text("Skip to main content\nSnow Leopards of the Altai\nShare this article\n\nFew people have seen one.\n\nQuestions\n\nQ1. Why are they hard to count?\nQ2. Who protects them?\n\n© 2025 Steppe News. All rights reserved.\n");
    settle(&mut h);
    h.get_by_label("Preview…").click();
    settle(&mut h);
    h.get_by_label("Add this reading?");
    h.get_by_label("Snow Leopards of the Altai");
    h.get_by_label_contains("Q2  Who protects them?");
    h.get_by_label("Add to library").click();
    settle(&mut h);
    h.get_by_label("Snow Leopards of the Altai");
    let kept = data_dir()
        .join("library")
        .join("snow-leopards-of-the-altai.md");
    let text = fs::read_to_string(&kept).unwrap();
    assert!(text.contains("Q1. Why are they hard to count?"), "{text}");
    h.get_by_label("Remove \"Snow Leopards of the Altai\"")
        .click();
    settle(&mut h);
    h.get_by_label("Remove").click();
    settle(&mut h);
}

/// The parser cannot know that a plain instruction is a question, or that a line is a source:
/// the teacher says so in the preview, sees the prompts change, and the library keeps the
/// corrected reading exactly, with the pasted original beside it; then shares it.
#[test]
fn a_teacher_corrects_what_the_parser_got_wrong() {
    let shared = tempfile::tempdir().unwrap();
    let target = shared.path().join("for-the-class.md");
    let mut h = start(vec![Some(target.clone())], Settings::default());
    paste_and_preview(
        &mut h,
        "Camels of Mangystau\n\nSteppe Weekly, 2025\n\nHerders move with the seasons.\n\nDescribe one season of a herder's year in your own words.\n",
    );
    // No questions found: straight into the correction, to write them.
    h.get_by_label("Correct the reading");
    h.get_by_label_contains("This reading has no questions yet");
    // Blocks: title, then the three paragraphs as Lectern read them, then an empty question.
    h.get_by_label("Block 2 is").click_accesskit();
    settle(&mut h);
    h.get_by_label("Source line").click();
    settle(&mut h);
    h.get_by_label("Block 4 is").click_accesskit();
    settle(&mut h);
    h.get_by_label("Essay prompt").click();
    settle(&mut h);
    // The right side shows the reading as students will see it.
    h.get_by_label("Essay 1. Describe one season of a herder's year in your own words.");
    h.get_by_label("Steppe Weekly, 2025");
    h.get_by_label("Add to library").click();
    settle(&mut h);
    let library = data_dir().join("library");
    let kept = library.join("camels-of-mangystau.md");
    let text = fs::read_to_string(&kept).unwrap();
    let reading = lectern::reading::parse(&text, lectern::reading::Origin::Text, "x");
    assert_eq!(reading.source.as_deref(), Some("Steppe Weekly, 2025"));
    assert_eq!(reading.paragraph_count(), 1, "{text}");
    let prompts: Vec<_> = reading.prompts().map(|p| p.text.as_str()).collect();
    assert_eq!(
        prompts,
        ["Describe one season of a herder's year in your own words."]
    );
    let original =
        fs::read_to_string(library.join("originals").join("camels-of-mangystau.txt")).unwrap();
    assert!(
        original.starts_with("Camels of Mangystau\n\nSteppe Weekly"),
        "{original}"
    );
    // Shared with the class: the same reading, as a file.
    h.get_by_label("Share \"Camels of Mangystau\"").click();
    settle(&mut h);
    assert_eq!(fs::read_to_string(&target).unwrap(), text);
    h.get_by_label("Remove \"Camels of Mangystau\"").click();
    settle(&mut h);
    h.get_by_label("Remove").click();
    settle(&mut h);
}

/// Most articles come with no questions: the teacher writes them in the correction, sees the
/// students' view change as they type, and the library keeps what they wrote.
#[test]
fn a_teacher_writes_questions_for_an_article_that_has_none() {
    let mut h = start(vec![], Settings::default());
    paste_and_preview(
        &mut h,
        "Saiga of the Betpak-Dala\n\nThe herds came back from the brink.\n\nRangers count them from the air each spring.\n",
    );
    h.get_by_label_contains("This reading has no questions yet");
    let type_here = |h: &mut Harness<'_, LecternApp>, text: &str| {
        // Letter by letter, as a teacher types: the box keeps the keyboard while the
        // students' view beside it is worked out again.
        for letter in text.split("").filter(|l| !l.is_empty()) {
            h.event(egui::Event::Text(letter.to_owned()));
            h.run();
        }
        settle(h);
    };
    // The keyboard is in the first question's box.
    type_here(&mut h, "Why did the herds come back?");
    h.get_by_label("Question 1. Why did the herds come back?");
    assert!(
        h.query_by_label_contains("This reading has no questions yet")
            .is_none()
    );
    h.get_by_label("+ Essay prompt").click();
    settle(&mut h);
    type_here(&mut h, "Write 200 words on counting animals.");
    h.get_by_label("+ Question").click();
    settle(&mut h);
    type_here(&mut h, "Who counts them?");
    // A question written and taken out again.
    h.get_by_label("+ Question").click();
    settle(&mut h);
    type_here(&mut h, "Not this one?");
    // Numbered as the students will see them, in the order written.
    h.get_by_label("Question 4. Not this one?");
    let last_block = h.get_all_by_label_contains("Text of block ").count();
    h.get_by_label(&format!("Remove block {last_block}"))
        .click();
    settle(&mut h);
    assert!(h.query_by_label("Question 4. Not this one?").is_none());
    h.get_by_label("Essay 2. Write 200 words on counting animals.");
    h.get_by_label("Add to library").click();
    settle(&mut h);
    let kept = data_dir()
        .join("library")
        .join("saiga-of-the-betpak-dala.md");
    let text = fs::read_to_string(&kept).unwrap();
    let reading = lectern::reading::parse(&text, lectern::reading::Origin::Text, "x");
    let prompts: Vec<_> = reading
        .prompts()
        .map(|p| (p.kind, p.text.as_str()))
        .collect();
    use lectern::reading::PromptKind::{Essay, Question};
    assert_eq!(
        prompts,
        [
            (Question, "Why did the herds come back?"),
            (Essay, "Write 200 words on counting animals."),
            (Question, "Who counts them?"),
        ],
        "{text}"
    );
    assert_eq!(reading.paragraph_count(), 2);
    h.get_by_label("Remove \"Saiga of the Betpak-Dala\"")
        .click();
    settle(&mut h);
    h.get_by_label("Remove").click();
    settle(&mut h);
}

/// A teacher changes a reading a student already answered: writes a new question and moves it
/// before the answered one. The student opens it again and finds their answer under its
/// question, now the third, and the new question empty. (Fixing the article's text is
/// `library::tests::an_edited_reading_keeps_its_answers_under_their_questions`.)
#[test]
fn a_teacher_edits_a_reading_and_a_students_answer_stays_under_its_question() {
    let mut h = start(vec![], Settings::default());
    paste_and_preview(
        &mut h,
        "Steppe Eagles\n\nEagles nest on the gorund.\n\nQuestions\n\n1. Where do they nest?\n2. What do they hunt?\n",
    );
    h.get_by_label("Add to library").click();
    settle(&mut h);

    type_name(&mut h, "Bota Ali");
    open_reading(&mut h, "Steppe Eagles");
    h.get_by_label_contains("2. What do they hunt?").click();
    settle(&mut h);
    h.get_by_role_and_label(egui::Role::MultilineTextInput, "What do they hunt?")
        .type_text("Marmots.");
    settle(&mut h);
    h.get_by_label("Finish").click();
    settle(&mut h);
    h.get_by_label("Finish without handing in").click();
    settle(&mut h);
    assert!(on_start_screen(&h));

    common::for_teachers(&mut h);
    h.get_by_label("Edit \"Steppe Eagles\"").click();
    settle(&mut h);
    h.get_by_label("Change “Steppe Eagles”");
    // The window grows into its size over its first frames (egui measures it as it draws):
    // a click lands where the button will stay.
    h.run_steps(10);
    h.get_by_label("+ Question").click();
    settle(&mut h);
    for letter in "When do they fly south?".chars() {
        h.event(egui::Event::Text(letter.to_string()));
        h.run();
    }
    settle(&mut h);
    h.get_by_label("Question 3. When do they fly south?");
    let last_block = h.get_all_by_label_contains("Text of block ").count();
    h.get_by_label(&format!("Move block {last_block} up"))
        .click();
    settle(&mut h);
    h.get_by_label("Question 2. When do they fly south?");
    h.get_by_label("Question 3. What do they hunt?");
    h.get_by_label("Save changes").click();
    settle(&mut h);
    assert!(
        h.query_by_label("Save changes").is_none(),
        "the window closes once saved: {:?}",
        h.state().state.notices
    );
    h.get_by_label_contains("is saved with your changes");
    let library = data_dir().join("library");
    let kept = fs::read_to_string(library.join("steppe-eagles.md")).unwrap();
    assert!(kept.contains("When do they fly south?"), "{kept}");
    assert!(
        fs::read_to_string(library.join("originals/steppe-eagles.before-edit.md"))
            .unwrap()
            .contains("gorund"),
        "what it said before is kept"
    );

    // The student comes back. The library's list moved under the note that says it is saved:
    // asked for by name, as a screen reader does, not by where it was a frame ago.
    type_name(&mut h, "Bota Ali");
    h.get_by_label("Open \"Steppe Eagles\"").click_accesskit();
    settle(&mut h);
    let doc = &h.state().state.doc;
    let prompts: Vec<_> = doc.reading.prompts().map(|p| p.text.clone()).collect();
    assert_eq!(
        prompts,
        [
            "Where do they nest?",
            "When do they fly south?",
            "What do they hunt?"
        ]
    );
    let hunt = &doc.reading.prompts().nth(2).unwrap().id;
    assert_eq!(doc.sheet.text(hunt), "Marmots.");
    let south = &doc.reading.prompts().nth(1).unwrap().id;
    assert_eq!(doc.sheet.text(south), "");
    assert_eq!(doc.sheet.orphans(&doc.reading).count(), 0);

    h.get_by_label("3. What do they hunt? (answered)");
    h.get_by_label("2. When do they fly south? (not answered)");

    h.get_by_label("Finish").click_accesskit();
    settle(&mut h);
    if let Some(finish) = h.query_by_label("Finish without handing in") {
        finish.click();
        settle(&mut h);
    }
    assert!(on_start_screen(&h));
    common::for_teachers(&mut h);
    h.get_by_label("Remove \"Steppe Eagles\"").click_accesskit();
    settle(&mut h);
    h.get_by_label("Remove").click();
    settle(&mut h);
}

/// A block moved by keyboard keeps the keyboard on its own button: Enter twice moves it up
/// twice. (A newcomer found the second Enter moving it back down: the focus stayed with the
/// place, whose button then belonged to the neighbour.)
#[test]
fn a_block_moved_by_keyboard_keeps_the_keyboard() {
    let mut h = start(vec![], Settings::default());
    paste_and_preview(
        &mut h,
        "Kulan of Altyn-Emel\n\nWild asses came back to the park.\n\nQuestions\n\n1. First?\n2. Second?\n3. Third?\n",
    );
    h.get_by_label("Correct…").click();
    settle(&mut h);
    h.run_steps(10);
    let last = h.get_all_by_label_contains("Text of block ").count();
    h.get_by_label(&format!("Move block {last} up")).focus();
    settle(&mut h);
    h.key_press(egui::Key::Enter);
    settle(&mut h);
    h.key_press(egui::Key::Enter);
    settle(&mut h);
    h.get_by_label("Question 1. Third?");
    h.get_by_label("Question 2. First?");
    h.get_by_label("Question 3. Second?");
    h.get_by_label("Cancel").click();
    settle(&mut h);
}

/// Two readings of one title in the library (a teacher added the article twice, with other
/// questions) keep their answers apart: a newcomer's answer to one showed under another
/// question of the other, as both saved into one file named after the title.
#[test]
fn two_readings_of_one_title_keep_their_answers_apart() {
    let mut h = start(vec![], Settings::default());
    paste_and_preview(
        &mut h,
        "Tigers of the Ili\n\nTigers may return to the delta.\n\nQuestions\n\n1. When did they vanish?\n",
    );
    h.get_by_label("Add to library").click();
    settle(&mut h);
    paste_and_preview(
        &mut h,
        "Tigers of the Ili\n\nTigers may return to the delta.\n\nQuestions\n\n1. Who brings them back?\n",
    );
    h.get_by_label("Add to library").click();
    settle(&mut h);
    type_name(&mut h, "Dias Ali");
    let opens = h.get_all_by_label("Open \"Tigers of the Ili\"").count();
    assert_eq!(opens, 2);
    h.get_all_by_label("Open \"Tigers of the Ili\"")
        .next()
        .unwrap()
        .click_accesskit();
    settle(&mut h);
    let first = h
        .state()
        .state
        .doc
        .reading
        .prompts()
        .next()
        .unwrap()
        .text
        .clone();
    h.get_by_role_and_label(egui::Role::MultilineTextInput, &first)
        .type_text("An answer to one.");
    settle(&mut h);
    h.get_by_label("Finish").click_accesskit();
    settle(&mut h);
    if let Some(finish) = h.query_by_label("Finish without handing in") {
        finish.click();
        settle(&mut h);
    }
    type_name(&mut h, "Dias Ali");
    h.get_all_by_label("Open \"Tigers of the Ili\"")
        .nth(1)
        .unwrap()
        .click_accesskit();
    settle(&mut h);
    let doc = &h.state().state.doc;
    assert_ne!(doc.reading.prompts().next().unwrap().text, first);
    assert!(doc.sheet.answers.is_empty(), "{:?}", doc.sheet.answers);
    assert!(
        h.query_by_label_contains("changed since you answered")
            .is_none()
    );
    h.get_by_label("Finish").click_accesskit();
    settle(&mut h);
    if let Some(finish) = h.query_by_label("Finish without handing in") {
        finish.click();
        settle(&mut h);
    }
    assert!(on_start_screen(&h));
    common::for_teachers(&mut h);
    for _ in 0..2 {
        h.get_all_by_label("Remove \"Tigers of the Ili\"")
            .next()
            .unwrap()
            .click_accesskit();
        settle(&mut h);
        h.get_by_label("Remove").click();
        settle(&mut h);
    }
}

/// A saved page whose article holds one question while the page holds two more after it: the
/// teacher asks for the whole page in the preview and gets all three.
#[test]
fn a_teacher_reads_a_web_page_whole_when_its_article_lost_questions() {
    lectern::import::use_importer(
        std::path::PathBuf::from(env!("CARGO_BIN_EXE_lectern")),
        lectern::import::TIME_LIMIT,
    );
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("leopards.html");
    fs::write(
        &page,
        "<html><body><article><h1>Snow Leopards</h1><p>Few people have seen one.</p>\
         <ol><li>Why are they hard to count?</li></ol></article>\
         <h2>More questions</h2><ol><li>Who protects them?</li><li>What do they eat?</li></ol>\
         </body></html>",
    )
    .unwrap();
    let mut h = start(vec![Some(page)], Settings::default());
    common::for_teachers(&mut h);
    h.get_by_label("Add a reading…").click();
    settle(&mut h);
    h.get_by_label_contains("1 prompt in 1 section");
    h.get_by_label("Read the whole page, not only its article")
        .click();
    settle(&mut h);
    h.get_by_label_contains("3 prompts in 2 sections");
    h.get_by_label("Cancel").click();
    settle(&mut h);
}
