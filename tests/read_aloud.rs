//! Read aloud in the window (kittest), with a stand-in for the speech service: the controls,
//! the keyboard, the sentence and word marked as the service reports them, a language with no
//! voice said once, a service that is not there said in words — and no speaker at all until
//! the student first asks for one. (The real service is `tests/speech.rs`.)

use std::sync::{Arc, Mutex};

mod common;

use common::{app, harness, settle};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use lectern::app::read_aloud::{Listening, Playing};
use lectern::speech::{Speaker, SpeakerEvent, SpeechLanguage, SpeechProblem, Utterance};

/// What the stand-in was told, and what it is to say next.
#[derive(Default)]
struct Script {
    made: usize,
    said: Vec<Utterance>,
    stops: usize,
    to_say: Vec<SpeakerEvent>,
}

struct StandIn(Arc<Mutex<Script>>);

impl Speaker for StandIn {
    fn speak(&mut self, utterance: Utterance) {
        self.0.lock().unwrap().said.push(utterance);
    }
    fn stop(&mut self) {
        self.0.lock().unwrap().stops += 1;
    }
    fn events(&mut self) -> Vec<SpeakerEvent> {
        std::mem::take(&mut self.0.lock().unwrap().to_say)
    }
}

fn with_stand_in(app: &mut lectern::ui::app::LecternApp) -> Arc<Mutex<Script>> {
    let script = Arc::new(Mutex::new(Script::default()));
    let shared = script.clone();
    app.make_speaker = Box::new(move |_| {
        shared.lock().unwrap().made += 1;
        Box::new(StandIn(shared.clone()))
    });
    script
}

fn say(script: &Arc<Mutex<Script>>, event: SpeakerEvent) {
    script.lock().unwrap().to_say.push(event);
}

/// The stand-in says it is connected, with voices for `voices` and words reported.
fn ready(script: &Arc<Mutex<Script>>, voices: &[SpeechLanguage]) {
    say(
        script,
        SpeakerEvent::Ready {
            voices: voices.to_vec(),
            words: true,
        },
    );
}

#[test]
fn the_article_is_read_sentence_by_sentence_with_its_word_marked_by_keyboard_alone() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(&dir.path().join("answers.ron"), vec![]);
    let script = with_stand_in(&mut app);
    let mut h = harness(app);
    settle(&mut h);
    assert_eq!(script.lock().unwrap().made, 0, "no speaker until asked");

    h.get_by_label("Read aloud").click();
    settle(&mut h);
    h.get_by_label("Starting the computer's speech…");
    ready(&script, &[SpeechLanguage::English]);
    settle(&mut h);
    let first = script.lock().unwrap().said[0].clone();
    assert_eq!(first.language, SpeechLanguage::English);
    assert!(
        first.ssml.starts_with("<speak><mark name=\"0\"/>This"),
        "{}",
        first.ssml
    );
    h.get_by_label_contains("Reading the article aloud: sentence 1 of");
    say(&script, SpeakerEvent::Word(first.id, 2));
    settle(&mut h);
    let spoken = h
        .state()
        .state
        .read_aloud
        .as_ref()
        .unwrap()
        .spoken()
        .unwrap();
    let reading = &h.state().state.doc.reading;
    let lectern::reading::Block::Paragraph { text, .. } = &reading.article[spoken.block.unwrap()]
    else {
        panic!("a paragraph is read");
    };
    assert_eq!(
        &text[spoken.word.unwrap()],
        "marks",
        "the third word: {text}"
    );
    assert!(text[spoken.sentence.clone()].starts_with("This year marks 31 years"));

    // The sentence ends: the next one is spoken, and marked.
    say(&script, SpeakerEvent::Ended(first.id));
    settle(&mut h);
    h.get_by_label_contains("Reading the article aloud: sentence 2 of");
    assert_eq!(script.lock().unwrap().said.len(), 2);

    // Pause and resume by keyboard: the voice stops at once, and goes on where it was.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::U);
    settle(&mut h);
    assert_eq!(script.lock().unwrap().stops, 1);
    h.get_by_label_contains("Paused (the article): sentence 2 of");
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowRight);
    settle(&mut h);
    h.get_by_label_contains("Paused (the article): sentence 3 of");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::U);
    settle(&mut h);
    h.get_by_label_contains("Reading the article aloud: sentence 3 of");
    // Faster: the sentence goes on at the new speed, which is remembered.
    h.key_press_modifiers(Modifiers::ALT, Key::Equals);
    settle(&mut h);
    assert_eq!(script.lock().unwrap().said.last().unwrap().rate, 20);
    assert_eq!(h.state().state.settings.speech_rate, 20);

    // Stop: the controls go, and the speaker is kept for next time.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Y);
    settle(&mut h);
    assert!(h.state().state.read_aloud.is_none());
    assert!(
        h.query_by_label_contains("Reading the article aloud")
            .is_none()
    );
    let said = script.lock().unwrap().said.len();
    h.get_by_label("Read aloud").click();
    settle(&mut h);
    assert_eq!(
        script.lock().unwrap().made,
        1,
        "the same speaker, reading again"
    );
    h.get_by_label_contains("Reading the article aloud: sentence 1 of");
    let again = script.lock().unwrap().said[said..].to_vec();
    assert_eq!(again.len(), 1, "the first sentence said once: {again:?}");
    assert!(
        again[0].id > first.id,
        "a number no earlier event can carry"
    );
}

#[test]
fn a_kazakh_answer_without_a_kazakh_voice_is_said_not_read_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(&dir.path().join("answers.ron"), vec![]);
    let script = with_stand_in(&mut app);
    let mut h = harness(app);
    common::answer_box(&h).type_text("Алматы — алманың отаны. Apples came from here.");
    settle(&mut h);
    h.get_by_label("Read my answer back").click();
    settle(&mut h);
    ready(&script, &[SpeechLanguage::English, SpeechLanguage::Russian]);
    settle(&mut h);
    // The Kazakh sentence is passed over, said once, in words; the English one is read.
    h.get_by_label("No Kazakh voice is installed");
    let said = script.lock().unwrap().said.clone();
    assert_eq!(said.len(), 1);
    assert_eq!(said[0].plain, "Apples came from here.");
    assert_eq!(said[0].language, SpeechLanguage::English);
    let read = h.state().state.read_aloud.as_ref().unwrap();
    assert!(matches!(read.listening, Listening::Answer(_)));
    assert_eq!(read.playing, Playing::Speaking);
}

#[test]
fn no_speech_service_is_said_in_words_and_the_next_press_tries_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(&dir.path().join("answers.ron"), vec![]);
    let script = with_stand_in(&mut app);
    let mut h = harness(app);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::U);
    settle(&mut h);
    say(
        &script,
        SpeakerEvent::Failed(SpeechProblem::NoService {
            detail: "no socket".into(),
        }),
    );
    settle(&mut h);
    h.get_by_label("Read aloud is not available");
    h.get_by_label_contains("install speech-dispatcher and espeak-ng");
    assert!(
        h.query_by_label_contains("no socket").is_none(),
        "the detail is for a bug report"
    );
    h.get_by_label("OK").click();
    settle(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::U);
    settle(&mut h);
    assert_eq!(script.lock().unwrap().made, 2, "connected afresh");
}

#[test]
fn the_line_focus_goes_on_and_moves_by_keyboard_and_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(&dir.path().join("answers.ron"), vec![]));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::L);
    settle(&mut h);
    assert!(h.state().state.settings.line_focus);
    h.get_by_label_contains("Line focus on");
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    settle(&mut h);
    let first = h.state().views.article.line_focus().unwrap();
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    settle(&mut h);
    let second = h.state().views.article.line_focus().unwrap();
    assert!(second > first, "down a line: {first} → {second}");
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    settle(&mut h);
    let back = h.state().views.article.line_focus().unwrap();
    assert!(
        (back - first).abs() < 0.01,
        "up a line again: {back} for {first}"
    );
    // Spacing and the line focus's size are in the reading settings, and kept.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Comma);
    settle(&mut h);
    h.get_by_label("Wider").click();
    h.get_by_label("1 line").click();
    settle(&mut h);
    let settings = &h.state().state.settings;
    assert_eq!(settings.spacing, lectern::app::state::Spacing::Wider);
    assert_eq!(settings.line_focus_lines, 1);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::L);
    settle(&mut h);
    assert!(!h.state().state.settings.line_focus);
}

/// With the line focus on, the voice takes it along: the lines let through are the ones being
/// read, not where the student last left the focus.
#[test]
fn the_line_focus_follows_the_voice() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(&dir.path().join("answers.ron"), vec![]);
    let script = with_stand_in(&mut app);
    let mut h = harness(app);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::L);
    settle(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::U);
    settle(&mut h);
    ready(&script, &[SpeechLanguage::English]);
    settle(&mut h);
    let first = h.state().views.article.line_focus().unwrap();
    // Two sentences on: the next paragraph, lower on the screen.
    for _ in 0..2 {
        h.key_press_modifiers(Modifiers::ALT, Key::ArrowRight);
        settle(&mut h);
    }
    h.get_by_label_contains("Reading the article aloud: sentence 3 of");
    let later = h.state().views.article.line_focus().unwrap();
    assert!(
        later > first + 20.0,
        "the focus went down with the voice: {first} → {later}"
    );
    let _ = script;
}
