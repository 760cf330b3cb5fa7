//! Each answer's history in the window (kittest): the student's *Earlier versions* restores an
//! earlier text without losing the one it replaces; the teacher's review of a hand-in shows
//! how each answer was written (two sessions, the paste with its text) and replays it from the
//! empty box.

use std::path::Path;
use std::time::Instant;

mod common;

use common::{app, harness, settle};
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use jiff::{SignedDuration, Timestamp};
use lectern::answers::{self, history::How};
use lectern::app::document::{Document, Input};
use lectern::app::state::Settings;
use lectern::reading::BUNDLED;

#[test]
fn a_student_restores_an_earlier_version_and_the_text_it_replaced_stays() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.ron");
    let mut h = harness(app(&path, vec![]));
    common::answer_box(&h).type_text("First version.");
    settle(&mut h);
    // Each opening of the history makes the change being typed a step (version) of its own.
    h.get_by_label("Earlier versions…").click();
    settle(&mut h);
    h.get_by_label("Earlier versions of your answer");
    h.get_by_label("Close").click();
    settle(&mut h);
    common::answer_box(&h).focus();
    h.key_press_modifiers(Modifiers::COMMAND, Key::End);
    settle(&mut h);
    common::answer_box(&h).type_text(" Second thoughts.");
    settle(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::H);
    settle(&mut h);
    h.get_by_label("First version. Second thoughts.");
    // The restore button is off on the version the answer already is.
    assert!(
        h.get_by_label("Restore this version")
            .accesskit_node()
            .is_disabled()
    );
    h.get_by_label("Version").focus();
    settle(&mut h);
    h.key_press(Key::ArrowLeft);
    settle(&mut h);
    h.get_by_label("First version.");
    h.get_by_label("Restore this version").click();
    settle(&mut h);
    h.get_by_label_contains("Version 1 restored");
    assert!(
        h.query_by_label("Earlier versions of your answer")
            .is_none()
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut h);
    let sheet = answers::load(&path).unwrap();
    let answer = &sheet.answers[0];
    assert_eq!(answer.text, "First version.");
    let hows: Vec<How> = answer.history.iter().map(|s| s.how).collect();
    assert_eq!(hows, [How::Typed, How::Typed, How::Restored(1)]);
    assert_eq!(
        answer.version(2).unwrap(),
        "First version. Second thoughts."
    );
    assert!(answer.check_history().is_whole());
}

fn at(seconds: i64) -> Timestamp {
    Timestamp::from_second(1_800_000_000).unwrap() + SignedDuration::from_secs(seconds)
}

/// A hand-in written in two sessions, a day apart, with a paste from outside the reading.
fn hand_in(folder: &Path) {
    let path = folder.join("dana.ron");
    for (session, words) in [(0, "My own start. "), (1, "More of mine. ")] {
        let mut doc = Document::open(BUNDLED[0].parse(), Some(path.clone()));
        doc.set_student("Dana Serik", Instant::now());
        let prompt = doc.reading.prompts().next().unwrap().clone();
        let t = session * 86_400;
        let text = format!("{}{words}", doc.sheet.text(&prompt.id));
        doc.set_answer(&prompt, &text, at(t), Instant::now(), Input::Typed);
        if session == 1 {
            let text = format!("{text}Copied from a website.");
            doc.set_answer(&prompt, &text, at(t + 30), Instant::now(), Input::Pasted);
        }
        doc.save(at(t + 60)).unwrap();
    }
}

#[test]
fn the_teacher_sees_how_an_answer_was_written_and_replays_it() {
    let class = tempfile::tempdir().unwrap();
    common::run_data_dir("history-ui-tests");
    hand_in(class.path());
    let mut t = common::start_screen(vec![Some(class.path().to_owned())], Settings::default());
    common::for_teachers(&mut t);
    t.get_by_label("Class…").click();
    settle(&mut t);
    t.get_by_label("Review Dana Serik, hand-in 1").click();
    settle(&mut t);
    t.get_by_label_contains("sessions: 2");
    t.get_by_label_contains("pasted from outside the reading: 22");
    t.get_by_label("Copied from a website.");
    t.get_by_label("Replay how it was written…").click();
    settle(&mut t);
    // The replay starts from the empty box and ends at the text handed in.
    t.get_by_label("(empty)");
    assert!(t.query_by_label("Restore this version").is_none());
    t.get_by_label("Version").focus();
    settle(&mut t);
    t.get_by_label("version 0 of 3");
    t.key_press(Key::End);
    settle(&mut t);
    t.get_by_label("version 3 of 3");
    assert!(t.query_by_label("(empty)").is_none());
    t.get_by_label("Close").click();
    settle(&mut t);
    // Back in the review, the Class view still open.
    t.get_by_label("Replay how it was written…");
}
