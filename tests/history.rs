//! Each answer's history, through the document the window uses: steps made by pauses, pastes
//! told from quotations, earlier versions restored without loss, sessions counted per opening,
//! files from before the history upgraded, and histories edited by hand told apart.

use std::path::Path;
use std::time::Instant;

use jiff::{SignedDuration, Timestamp};
use lectern::answers::history::{Check, How, Process};
use lectern::answers::{self, AnswerSheet};
use lectern::app::document::{Document, Input};
use lectern::reading::{BUNDLED, Block, Prompt};

fn isolate() {
    lectern::paths::use_data_dir(
        std::env::temp_dir().join(format!("lectern-history-{}", std::process::id())),
    );
}

fn open(path: &Path) -> Document {
    isolate();
    Document::open(BUNDLED[0].parse(), Some(path.to_owned()))
}

fn lead(doc: &Document) -> Prompt {
    doc.reading.prompts().next().unwrap().clone()
}

fn at(seconds: i64) -> Timestamp {
    Timestamp::from_second(1_800_000_000).unwrap() + SignedDuration::from_secs(seconds)
}

/// Types `text` after what the answer has, one word a second from `start`.
fn type_words(doc: &mut Document, prompt: &Prompt, words: &str, start: i64) -> i64 {
    let mut t = start;
    let mut text = doc.sheet.text(&prompt.id).to_owned();
    for word in words.split_inclusive(' ') {
        text.push_str(word);
        doc.set_answer(prompt, &text, at(t), Instant::now(), Input::Typed);
        t += 1;
    }
    t
}

fn paste(doc: &mut Document, prompt: &Prompt, pasted: &str, t: i64) {
    let text = format!("{}{pasted}", doc.sheet.text(&prompt.id));
    doc.set_answer(prompt, &text, at(t), Instant::now(), Input::Pasted);
}

fn first_paragraph(doc: &Document) -> String {
    doc.reading
        .article
        .iter()
        .find_map(|b| match b {
            Block::Paragraph { text, .. } => Some(text.clone()),
            Block::Heading(_) => None,
        })
        .unwrap()
}

#[test]
fn writing_pasting_quoting_and_restoring_are_each_recorded_and_the_file_holds_together() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.ron");
    let mut doc = open(&path);
    let prompt = lead(&doc);

    let t = type_words(&mut doc, &prompt, "Trade with the EU grew. ", 0);
    // A pause, then more: two steps.
    let t = type_words(&mut doc, &prompt, "It matters. ", t + 30);
    paste(
        &mut doc,
        &prompt,
        "Copied from a website somewhere. ",
        t + 2,
    );
    // A quotation: a sentence of the reading, copied from the article (its own spacing).
    let paragraph = first_paragraph(&doc);
    let sentence = paragraph.split_inclusive(". ").next().unwrap().to_owned();
    paste(&mut doc, &prompt, &sentence.replace(' ', "  "), t + 40);
    let t = type_words(&mut doc, &prompt, "The end.", t + 50);

    // Saved while the last words are still a pending change: the file's history ends at its
    // text all the same.
    doc.save(at(t)).unwrap();
    let saved = answers::load(&path).unwrap();
    let answer = &saved.answers[0];
    assert_eq!(answer.check_history(), Check::Whole);
    assert_eq!(answer.version(answer.history.len()).unwrap(), answer.text);
    let hows: Vec<How> = answer.history.iter().map(|s| s.how).collect();
    assert_eq!(
        hows,
        [How::Typed, How::Typed, How::Pasted, How::Quoted, How::Typed],
        "{:#?}",
        answer.history
    );
    let process = Process::of(answer);
    assert_eq!(process.pastes.len(), 1);
    assert_eq!(process.pastes[0].1, "Copied from a website somewhere. ");
    assert_eq!(process.quotes.len(), 1);
    assert_eq!(process.sessions.len(), 1);
    assert!(process.pasted_share() > 0.1 && process.pasted_share() < 0.5);

    // Restoring the first version is a step of its own: the text before it stays.
    let before = doc.sheet.text(&prompt.id).to_owned();
    doc.record_history();
    let first = doc.sheet.answer(&prompt.id).unwrap().version(1).unwrap();
    assert_eq!(first, "Trade with the EU grew. ");
    assert!(doc.restore_version(&prompt, 1, at(t + 100), Instant::now()));
    assert_eq!(doc.sheet.text(&prompt.id), first);
    let answer = doc.sheet.answer(&prompt.id).unwrap();
    assert_eq!(answer.history.last().unwrap().how, How::Restored(1));
    let steps = answer.history.len();
    assert_eq!(answer.version(steps - 1).unwrap(), before, "nothing lost");
    assert_eq!(answer.check_history(), Check::Whole);
}

#[test]
fn a_pause_or_a_long_stretch_makes_a_step_and_keystrokes_between_do_not() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc = open(&dir.path().join("a.ron"));
    let prompt = lead(&doc);
    // 200 words a second apart, no pause: a step each minute of writing, not one a word.
    let t = type_words(&mut doc, &prompt, &"word ".repeat(200), 0);
    doc.record_history();
    let steps = doc.sheet.answer(&prompt.id).unwrap().history.len();
    assert!(
        (3..=5).contains(&steps),
        "{steps} steps for 200 s of writing"
    );
    // Each pause of 5 s or more ends one.
    let mut t = t;
    for _ in 0..10 {
        t = type_words(&mut doc, &prompt, "more ", t + 6);
    }
    doc.record_history();
    let answer = doc.sheet.answer(&prompt.id).unwrap();
    assert_eq!(answer.history.len(), steps + 10);
    let process = Process::of(answer);
    // 199 s of the first stretch, and ten 7-second gaps.
    assert_eq!(process.writing_time.as_secs(), 199 + 70);
}

#[test]
fn each_opening_that_writes_is_a_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.ron");
    for (session, start) in [(1, 0), (2, 86_400)] {
        let mut doc = open(&path);
        let prompt = lead(&doc);
        type_words(&mut doc, &prompt, "More words. ", start);
        doc.save(at(start + 10)).unwrap();
        let sheet = answers::load(&path).unwrap();
        let process = Process::of(&sheet.answers[0]);
        assert_eq!(process.sessions.len(), session);
        assert_eq!(
            sheet.answers[0].history.last().unwrap().session,
            session as u32
        );
    }
    // Opening and reading without writing is no session.
    let mut doc = open(&path);
    doc.save(at(200_000)).unwrap();
    let sheet = answers::load(&path).unwrap();
    assert_eq!(Process::of(&sheet.answers[0]).sessions.len(), 2);
}

#[test]
fn an_answers_file_from_before_the_history_opens_and_is_upgraded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.ron");
    let doc = open(&path);
    let prompt = lead(&doc);
    let mut old: AnswerSheet = doc.sheet.clone();
    old.set_answer(&prompt, "Written with Lectern 3.", at(-1000));
    let text = answers::to_ron(&old)
        .unwrap()
        .replace("version: 4", "version: 3");
    assert!(text.contains("version: 3") && !text.contains("history"));
    std::fs::write(&path, text).unwrap();
    drop(doc);

    let mut doc = open(&path);
    assert_eq!(doc.sheet.text(&prompt.id), "Written with Lectern 3.");
    assert_eq!(
        doc.sheet.answer(&prompt.id).unwrap().check_history(),
        Check::NoHistory
    );
    type_words(&mut doc, &prompt, " And more.", 0);
    doc.save(at(100)).unwrap();
    let sheet = answers::load(&path).unwrap();
    assert_eq!(sheet.version, answers::FORMAT_VERSION);
    let answer = &sheet.answers[0];
    assert_eq!(answer.check_history(), Check::Whole);
    assert_eq!(answer.history[0].how, How::Earlier);
    assert_eq!(
        answer.history[0].at,
        at(-1000),
        "when the old text was written"
    );
    let process = Process::of(answer);
    assert_eq!(process.earlier, "Written with Lectern 3.".len());
    assert_eq!(process.typed, " And more.".len());
}

#[test]
fn a_history_edited_by_hand_in_the_file_is_told_and_the_file_still_opens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.ron");
    let mut doc = open(&path);
    let prompt = lead(&doc);
    paste(&mut doc, &prompt, "Pasted from a website.", 0);
    doc.save(at(10)).unwrap();
    drop(doc);
    // Someone relabels the paste as typing in a text editor.
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("how: Pasted"), "{text}");
    std::fs::write(&path, text.replace("how: Pasted", "how: Typed")).unwrap();
    let sheet = answers::load(&path).expect("it still opens");
    assert_eq!(sheet.answers[0].check_history(), Check::Broken { step: 1 });
    // Or changes the answer and leaves the history.
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("how: Typed", "how: Pasted")
        .replace(
            "text: \"Pasted from a website.\"",
            "text: \"My own words.\"",
        );
    std::fs::write(&path, text).unwrap();
    let sheet = answers::load(&path).unwrap();
    assert_eq!(sheet.answers[0].check_history(), Check::TextDiffers);
}

#[test]
fn lectern_history_prints_the_timeline_and_says_when_it_does_not_match() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.ron");
    let mut doc = open(&path);
    let prompt = lead(&doc);
    let t = type_words(&mut doc, &prompt, "My own start. ", 0);
    paste(&mut doc, &prompt, "Words from a website.", t + 1);
    doc.save(at(t + 10)).unwrap();
    drop(doc);
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_lectern"))
            .arg("history")
            .arg(&path)
            .args(args)
            .output()
            .unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (ok, out, _) = run(&["--prompt", prompt.id.as_str()]);
    assert!(ok, "{out}");
    assert!(out.contains("history: holds"), "{out}");
    assert!(out.contains("over 1 session(s)"), "{out}");
    assert!(out.contains(": Words from a website."), "{out}");
    assert!(out.contains("session 1 typed: +14 characters"), "{out}");
    assert!(out.contains("session 1 pasted: +21 characters"), "{out}");

    let (ok, _, err) = run(&["--prompt", "NOPE"]);
    assert!(!ok && err.contains("no answer to NOPE"), "{err}");

    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("how: Pasted", "how: Typed")).unwrap();
    let (ok, out, _) = run(&[]);
    assert!(ok);
    assert!(
        out.contains("DOES NOT MATCH: change 2 was altered"),
        "{out}"
    );
}
