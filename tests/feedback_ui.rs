//! Feedback without a server, through the window (kittest): a student hands in; the teacher
//! makes a rubric, comments and scores in the Class view and returns the feedback; the student
//! opens it, sees every comment by its answer, revises and hands in again; the teacher sees
//! what changed since. And feedback that is not the student's is refused in the window.

use std::fs;
use std::path::{Path, PathBuf};

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use lectern::answers;
use lectern::app::state::Settings;
use lectern::feedback;
use lectern::ui::LecternApp;

const APPLE: &str = "Almaty and the Wild Apple";
const FIRST_PROMPT: &str = "What evidence links the apples of today to the forests near Almaty?";

fn data_dir() -> PathBuf {
    common::run_data_dir("feedback-ui-tests")
}

fn start(dialog_answers: Vec<Option<PathBuf>>) -> Harness<'static, LecternApp> {
    data_dir();
    common::start_screen(dialog_answers, Settings::default())
}

fn settle(h: &mut Harness<'_, LecternApp>) {
    common::settle_app(h);
}

/// A student starts Lectern, gives their name and opens the apple reading.
fn student(name: &str, dialog_answers: Vec<Option<PathBuf>>) -> Harness<'static, LecternApp> {
    let mut h = start(dialog_answers);
    h.get_by_role_and_label(egui::Role::TextInput, "Your name")
        .focus();
    settle(&mut h);
    h.get_by_role_and_label(egui::Role::TextInput, "Your name")
        .type_text(name);
    settle(&mut h);
    h.get_by_label(&format!("Open \"{APPLE}\"")).click();
    settle(&mut h);
    h
}

fn answer_box<'a>(h: &'a Harness<'_, LecternApp>) -> egui_kittest::Node<'a> {
    h.get_by_role_and_label(egui::Role::MultilineTextInput, FIRST_PROMPT)
}

fn hand_in(h: &mut Harness<'_, LecternApp>) {
    h.get_by_label("Hand in…").click();
    settle(h);
    h.get_by_label("Choose folder and hand in…").click();
    settle(h);
    h.get_by_label("Handed in");
    h.get_by_label("OK").click();
    settle(h);
}

fn ron_files(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron") && !feedback::is_feedback_file(p))
        .collect();
    files.sort();
    files
}

#[test]
fn feedback_goes_to_the_student_and_back_and_the_teacher_sees_what_changed() {
    let class = tempfile::tempdir().unwrap();
    let returned = tempfile::tempdir().unwrap();

    // 1. The student hands in.
    let mut h = student("Aigerim Nur", vec![Some(class.path().to_owned())]);
    answer_box(&h).type_text("Genes of wild trees.");
    settle(&mut h);
    hand_in(&mut h);
    let first = ron_files(class.path());
    assert_eq!(first.len(), 1);
    assert_eq!(answers::load(&first[0]).unwrap().handed_in, 1);
    drop(h);

    // 2. The teacher makes a rubric, comments, scores and returns.
    let mut t = start(vec![
        Some(class.path().to_owned()),
        Some(returned.path().to_owned()),
    ]);
    common::for_teachers(&mut t);
    t.get_by_label("Class…").click();
    settle(&mut t);
    t.get_by_label("No rubric for this reading yet.");
    t.get_by_label("Make a rubric…").click();
    settle(&mut t);
    t.get_by_label("Rubric");
    t.get_by_label("Keep rubric").click();
    settle(&mut t);
    t.get_by_label_contains("Rubric: 2 criteria, 6 points for the whole sheet");
    t.get_by_label("Review Aigerim Nur, hand-in 1").click();
    settle(&mut t);
    t.get_by_label("Aigerim Nur — hand-in 1");
    t.get_by_label("Genes of wild trees.");
    t.get_by_role_and_label(
        egui::Role::MultilineTextInput,
        "Your comment on this answer",
    )
    .type_text("Name the scientist who found them.");
    settle(&mut t);
    t.get_by_role_and_label(egui::Role::MultilineTextInput, "Overall comment")
        .focus();
    settle(&mut t);
    t.get_by_role_and_label(egui::Role::MultilineTextInput, "Overall comment")
        .type_text("A good start.");
    settle(&mut t);
    t.get_by_label("Level for Use of evidence")
        .click_accesskit();
    settle(&mut t);
    t.get_by_label("Developing (2)").click();
    settle(&mut t);
    t.get_by_label("Total: 2 of 6 points");
    // Leaving the hand-in keeps the comments in their file beside it.
    t.get_by_label("◀ Class").click();
    settle(&mut t);
    let beside = feedback::feedback_path(&first[0]);
    let written = feedback::load_feedback(&beside).unwrap();
    assert_eq!(written.overall, "A good start.");
    assert_eq!(
        written.answers[0].comment,
        "Name the scientist who found them."
    );
    assert_eq!(written.answers[0].answer, "Genes of wild trees.");
    assert_eq!(written.total(5), Some((2, 6)));
    // The student's file is as they handed it in.
    assert_eq!(
        answers::load(&first[0]).unwrap().answers[0].text,
        "Genes of wild trees."
    );
    t.get_by_label("1 comment, 2/6");
    t.get_by_label("Return feedback…").click();
    settle(&mut t);
    t.get_by_label("Feedback returned");
    let back: Vec<PathBuf> = fs::read_dir(returned.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.ends_with("returned.csv"))
        .collect();
    assert_eq!(back.len(), 1, "{back:?}");
    assert!(
        back[0]
            .to_string_lossy()
            .ends_with("aigerim-nur_almaty-and-the-wild-apple.feedback.ron")
    );
    drop(t);

    // 3. The student opens the feedback, sees it by the answer, revises, hands in again.
    let exports = tempfile::tempdir().unwrap();
    let (mine, with) = (
        exports.path().join("mine.html"),
        exports.path().join("with.html"),
    );
    let mut h = student(
        "Aigerim Nur",
        vec![
            Some(back[0].clone()),
            Some(mine.clone()),
            Some(with.clone()),
            Some(class.path().to_owned()),
        ],
    );
    h.get_by_label("Open feedback…").click();
    settle(&mut h);
    h.get_by_label("Teacher's feedback");
    h.get_by_label("A good start.");
    h.get_by_label("Use of evidence: Developing (2 of 3)");
    // Opened on the first unanswered question; the commented one is the first.
    h.get_by_label(&format!(
        "1. {FIRST_PROMPT} (answered, with a teacher's comment)"
    ))
    .click();
    settle(&mut h);
    h.get_by_label("TEACHER'S COMMENT · hand-in 1");
    h.get_by_label("Name the scientist who found them.");
    answer_box(&h).focus();
    settle(&mut h);
    h.key_press(egui::Key::End);
    answer_box(&h).type_text(" Vavilov found them in 1929.");
    settle(&mut h);
    h.get_by_label("TEACHER'S COMMENT · hand-in 1 · you have changed this answer since");
    // The exported sheet is the student's own unless they choose to include the feedback.
    for (choice, path) in [
        ("Export my answers only…", &mine),
        ("Export with the teacher's feedback…", &with),
    ] {
        h.get_by_label("Export sheet…").click();
        settle(&mut h);
        h.get_by_label(choice).click();
        settle(&mut h);
        if h.query_by_label("Export anyway…").is_some() {
            h.get_by_label("Export anyway…").click();
            settle(&mut h);
        }
        common::wait_for_frames(&mut h, || path.exists().then_some(()));
    }
    let (mine, with) = (
        fs::read_to_string(&mine).unwrap(),
        fs::read_to_string(&with).unwrap(),
    );
    assert!(
        mine.contains("Vavilov") && !mine.contains("Teacher"),
        "{mine}"
    );
    assert!(with.contains("Name the scientist who found them.") && with.contains("A good start."));
    hand_in(&mut h);
    let both = ron_files(class.path());
    assert_eq!(both.len(), 2, "{both:?}");
    let second = both.iter().find(|p| *p != &first[0]).unwrap();
    assert_eq!(answers::load(second).unwrap().handed_in, 2);
    // The feedback stays with the student's own answers, for next time.
    let own = h.state().state.doc.path.clone().unwrap();
    assert_eq!(
        feedback::load_feedback(&feedback::feedback_path(&own)).unwrap(),
        written
    );
    drop(h);

    // 4. The teacher opens the class again and sees what changed since the feedback.
    let mut t = start(vec![Some(class.path().to_owned())]);
    common::for_teachers(&mut t);
    t.get_by_label("Class…").click();
    settle(&mut t);
    t.get_by_label("Review Aigerim Nur, hand-in 1").click(); // hand-in 1 first
    settle(&mut t);
    t.get_by_label("Aigerim Nur — hand-in 1");
    t.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::PageDown,
    );
    settle(&mut t);
    t.get_by_label("Aigerim Nur — hand-in 2");
    t.get_by_label("You gave feedback on hand-in 1. What changed since is marked in each answer.");
    t.get_by_label("Changed since your feedback (taken out struck through, put in underlined):");
    t.get_by_label("Genes of wild trees. Vavilov found them in 1929.");
    t.get_by_label("Your comment on hand-in 1:");
    t.get_by_label("Name the scientist who found them.");
    // The answer keys move between the answers of the hand-in.
    t.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::PageDown);
    settle(&mut t);
    t.get_by_label("Not answered");
}

#[test]
fn feedback_for_another_student_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let reading = lectern::reading::BUNDLED
        .iter()
        .find(|b| b.name == "apple-origins")
        .unwrap()
        .parse();
    let mut other = answers::AnswerSheet::new(&reading);
    other.student = "Dana".to_owned();
    other.handed_in = 1;
    let f = feedback::Feedback::new(
        &other,
        "dana.ron",
        "00",
        "2026-12-01T10:00:00Z".parse().unwrap(),
    );
    let path = dir.path().join("dana.feedback.ron");
    feedback::save_feedback(&path, &f).unwrap();
    let before = fs::read(&path).unwrap();
    let mut h = student("Madina Sat", vec![Some(path.clone())]);
    answer_box(&h).type_text("Mine.");
    settle(&mut h);
    h.get_by_label("Open feedback…").click();
    settle(&mut h);
    h.get_by_label("This feedback could not be opened");
    h.get_by_label_contains(
        "this feedback is for \"Dana\", but these answers are \"Madina Sat\"'s",
    );
    assert!(h.state().state.doc.feedback.is_none());
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(h.state().state.doc.sheet.answers[0].text, "Mine.");
}

/// A teacher's rubric travels as a file: exported from one computer, imported on another; a
/// broken rubric file is refused and the rubric kept stays. A feedback file beside a hand-in
/// that does not read is said, its comment boxes are closed, and it is never written over.
#[test]
fn rubrics_travel_as_files_and_an_unreadable_feedback_file_is_left_alone() {
    let class = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let reading = lectern::reading::BUNDLED
        .iter()
        .find(|b| b.name == "aral-sea")
        .unwrap()
        .parse();
    let mut sheet = answers::AnswerSheet::new(&reading);
    sheet.student = "Timur".to_owned();
    sheet.handed_in = 1;
    let hand_in = class.path().join("timur.ron");
    answers::save(&hand_in, &sheet).unwrap();
    let broken = feedback::feedback_path(&hand_in);
    fs::write(&broken, "(version: 1, reading: (title: \"cut").unwrap();

    let mut rubric = feedback::Rubric::starter(&reading.title);
    rubric.criteria[0].name = "Argument".to_owned();
    rubric.scope = feedback::Scope::EachAnswer;
    let import = files.path().join("from-a-colleague.rubric.ron");
    feedback::save_rubric(&import, &rubric).unwrap();
    let bad = files.path().join("bad.rubric.ron");
    fs::write(&bad, "(version: 1, criteria: [").unwrap();
    let export = files.path().join("out.rubric.ron");
    let mut t = start(vec![
        Some(class.path().to_owned()),
        Some(import.clone()),
        Some(bad.clone()),
        Some(export.clone()),
    ]);
    common::for_teachers(&mut t);
    t.get_by_label("Class…").click();
    settle(&mut t);
    t.get_by_label("Unreadable file");
    t.get_by_label("Import rubric…").click();
    settle(&mut t);
    t.get_by_label_contains("Rubric: 2 criteria, 6 points for each answer");
    t.get_by_label("Import rubric…").click();
    settle(&mut t);
    t.get_by_label("This rubric could not be imported");
    t.get_by_label("OK").click();
    settle(&mut t);
    t.get_by_label_contains("Rubric: 2 criteria, 6 points for each answer");
    t.get_by_label("Export rubric…").click();
    settle(&mut t);
    let exported = feedback::load_rubric(&export).unwrap();
    assert_eq!(exported.criteria, rubric.criteria);
    assert_eq!(exported.scope, feedback::Scope::EachAnswer);

    t.get_by_label("Review Timur, hand-in 1").click();
    settle(&mut t);
    t.get_by_label_contains("could not be read, so Lectern will not write over it");
    let comment = t.get_by_role_and_label(
        egui::Role::MultilineTextInput,
        "Your comment on this answer",
    );
    assert!(comment.accesskit_node().is_disabled());
    t.get_by_label("◀ Class").click();
    settle(&mut t);
    t.get_by_label("Close").click();
    settle(&mut t);
    assert_eq!(
        fs::read_to_string(&broken).unwrap(),
        "(version: 1, reading: (title: \"cut"
    );
    assert_eq!(answers::load(&hand_in).unwrap(), sheet);
}

/// The hand-in folder goes away while the teacher writes (a USB stick pulled out): leaving the
/// hand-in says the comments were not saved and where a copy of them is, so nothing is lost.
#[test]
fn comments_that_cannot_reach_the_hand_in_folder_are_kept_elsewhere_and_said() {
    let dir = tempfile::tempdir().unwrap();
    let class = dir.path().join("usb");
    fs::create_dir(&class).unwrap();
    let reading = lectern::reading::BUNDLED
        .iter()
        .find(|b| b.name == "aral-sea")
        .unwrap()
        .parse();
    let mut sheet = answers::AnswerSheet::new(&reading);
    sheet.student = "Yerlan".to_owned();
    answers::save(&class.join("yerlan.ron"), &sheet).unwrap();
    let mut t = start(vec![Some(class.clone())]);
    common::for_teachers(&mut t);
    t.get_by_label("Class…").click();
    settle(&mut t);
    t.get_by_label("Review Yerlan, hand-in 1").click();
    settle(&mut t);
    // The comment box has the keyboard as the review opens.
    t.get_by_role_and_label(
        egui::Role::MultilineTextInput,
        "Your comment on this answer",
    )
    .type_text("Good map work.");
    settle(&mut t);
    // The stick is pulled out, and something else takes its place.
    fs::remove_dir_all(&class).unwrap();
    fs::write(&class, "not a folder").unwrap();
    t.get_by_label("◀ Class").click();
    settle(&mut t);
    t.get_by_label("Your feedback could not be saved");
    let node = t.get_by_label_contains("A copy of your comments is in");
    let said = node.accesskit_node().value().unwrap_or_default();
    let copy = said
        .split("A copy of your comments is in ")
        .nth(1)
        .and_then(|rest| rest.split(". Nothing").next())
        .map(PathBuf::from)
        .unwrap_or_else(|| panic!("a path in: {said}"));
    let kept = feedback::load_feedback(&copy).unwrap();
    assert_eq!(kept.answers[0].comment, "Good map work.");
    assert!(copy.starts_with(data_dir()), "{}", copy.display());
}

/// The review shows a cited passage in its whole paragraph of the reading (the teacher's
/// computer has it), not only the few words the student's file keeps around the quote.
#[test]
fn the_review_shows_cited_words_in_their_paragraph() {
    let class = tempfile::tempdir().unwrap();
    let reading = lectern::reading::BUNDLED
        .iter()
        .find(|b| b.name == "aral-sea")
        .unwrap()
        .parse();
    let (block, text) = reading
        .article
        .iter()
        .enumerate()
        .find_map(|(i, b)| match b {
            lectern::reading::Block::Paragraph { text, .. } if text.len() > 200 => {
                Some((i, text.clone()))
            }
            _ => None,
        })
        .unwrap();
    let middle = text.len() / 2;
    let from = text[..middle].rfind(' ').unwrap() + 1;
    let to = from + text[from..].find(' ').unwrap();
    let passage = reading.passage(block, from..to).unwrap();
    let mut sheet = answers::AnswerSheet::new(&reading);
    sheet.student = "Aruzhan".to_owned();
    let prompt = reading.prompts().next().unwrap();
    sheet.set_answer(
        prompt,
        "See the paragraph.",
        "2026-12-01T10:00:00Z".parse().unwrap(),
    );
    sheet.cite(prompt, passage, "2026-12-01T10:00:00Z".parse().unwrap());
    answers::save(&class.path().join("aruzhan.ron"), &sheet).unwrap();
    let mut t = start(vec![Some(class.path().to_owned())]);
    common::for_teachers(&mut t);
    t.get_by_label("Class…").click();
    settle(&mut t);
    t.get_by_label("Review Aruzhan, hand-in 1").click();
    settle(&mut t);
    t.get_by_label("EVIDENCE CITED");
    let last_words: String = text
        .chars()
        .rev()
        .take(30)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let first_words: String = text.chars().take(30).collect();
    let shown = t.get_by_label_contains(&first_words);
    let shown = shown.accesskit_node().value().unwrap_or_default();
    assert!(shown.contains(&last_words), "{shown}");
}
