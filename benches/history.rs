//! Each answer's history (`answers::history`): what recording costs a keystroke at the end of
//! a 10,000-word answer, what a long answer's history adds to a hand-in, how long a class of
//! 30 such hand-ins takes to open for review, and what moving the replay costs.
//!
//! `cargo bench --bench history`; the figures are in docs/performance.md.

mod common;

use std::time::{Duration, Instant};

use jiff::{SignedDuration, Timestamp};
use lectern::answers::history::{Replay, SheetProcess};
use lectern::app::document::{Document, Input};
use lectern::reading::BUNDLED;

fn at(seconds: i64) -> Timestamp {
    Timestamp::from_second(1_800_000_000).unwrap() + SignedDuration::from_secs(seconds)
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    lectern::paths::use_data_dir(dir.path().join("data"));
    println!("On {}\n", common::machine());
    println!("| what | median | p99 | budget |");
    println!("|---|---|---|---|");
    keystroke(&dir);
    let sheet = long_answer(&dir);
    class(&dir, &sheet);
}

/// A key at a time at the end of a 10,000-word answer: the document's `set_answer` with the
/// history recorded, against the sheet's alone (what a keystroke cost before the history).
fn keystroke(dir: &tempfile::TempDir) {
    let mut doc = Document::open(BUNDLED[0].parse(), Some(dir.path().join("long.ron")));
    let prompt = doc.reading.prompts().next().unwrap().clone();
    let mut text = "word ".repeat(10_000);
    doc.set_answer(&prompt, &text, at(0), Instant::now(), Input::Typed);
    let mut sheet = doc.sheet.clone();
    let (mut with, mut without) = (Vec::new(), Vec::new());
    for i in 0..2_000 {
        text.push(if i % 6 == 5 { ' ' } else { 'x' });
        // Typing at five keys a second: a pause now and then makes a step.
        let now = at(1 + i / 5 + (i / 300) * 10);
        let start = Instant::now();
        doc.set_answer(&prompt, &text, now, Instant::now(), Input::Typed);
        with.push(start.elapsed());
        let start = Instant::now();
        sheet.set_answer(&prompt, &text, now);
        without.push(start.elapsed());
    }
    let (with, without) = (common::stats(with), common::stats(without));
    println!(
        "| keystroke at the end of a 10,000-word answer, recorded / not | {} / {} | {} / {} | recording ≤ 0.1 ms |",
        common::ms(with.median),
        common::ms(without.median),
        common::ms(with.p99),
        common::ms(without.p99)
    );
}

/// 2,000 words written over three hours in six sessions of half an hour, a word every few
/// seconds with pauses, a sentence deleted now and then, and a paste each session; saved as a
/// hand-in would be. Returns the sheet.
fn long_answer(dir: &tempfile::TempDir) -> lectern::answers::AnswerSheet {
    let path = dir.path().join("essay.ron");
    let mut words_written = 0;
    let mut rng = lectern::generate::Rng::new(7);
    for session in 0..6 {
        let mut doc = Document::open(BUNDLED[0].parse(), Some(path.clone()));
        let prompt = doc.reading.prompts().next().unwrap().clone();
        let mut t = session * 86_400;
        let end = t + 30 * 60;
        let mut text = doc.sheet.text(&prompt.id).to_owned();
        while t < end && words_written < 2_000 {
            let word = lectern::generate::answer_text(rng.below(1000) as u64, 1);
            text.push_str(word.trim_end_matches('.'));
            text.push(' ');
            words_written += 1;
            t += 1 + rng.below(3) as i64;
            if rng.below(12) == 0 {
                t += 6 + rng.below(40) as i64; // a pause to think
            }
            if rng.below(150) == 0 {
                let cut = text.trim_end().rfind(' ').unwrap_or(0);
                text.truncate(cut + 1); // a word taken back
            }
            doc.set_answer(&prompt, &text, at(t), Instant::now(), Input::Typed);
            if words_written % 333 == 100 {
                text.push_str("A sentence pasted from somewhere else entirely, as students do. ");
                doc.set_answer(&prompt, &text, at(t), Instant::now(), Input::Pasted);
            }
        }
        doc.save(at(t)).unwrap();
    }
    let sheet = lectern::answers::load(&path).unwrap();
    let with = lectern::answers::to_ron(&sheet).unwrap().len();
    let mut bare = sheet.clone();
    bare.answers[0].history.clear();
    let without = lectern::answers::to_ron(&bare).unwrap().len();
    let answer = &sheet.answers[0];
    println!(
        "| history of a {}-word answer written over 3 h in 6 sessions ({} steps) | adds {} KB to the {} KB file | — | ≤ 300 KB |",
        lectern::words::count_words(&answer.text),
        answer.history.len(),
        (with - without) / 1024,
        with / 1024
    );
    assert!(answer.check_history().is_whole());
    let mut replay = Replay::new(answer);
    let mut rng = lectern::generate::Rng::new(3);
    let samples: Vec<Duration> = (0..500)
        .map(|_| {
            let n = rng.below(replay.len() + 1);
            let start = Instant::now();
            std::hint::black_box(replay.text_at(n).len());
            start.elapsed()
        })
        .collect();
    let s = common::stats(samples);
    println!(
        "| replay: the text at a version dragged to anywhere on the slider | {} | {} | a frame (≤ 16 ms) |",
        common::ms(s.median),
        common::ms(s.p99)
    );
    sheet
}

/// 30 hand-ins of that answer in a folder, read as the Class view reads them and each one's
/// process worked out (histories replayed, links checked) as the review shows it.
fn class(dir: &tempfile::TempDir, sheet: &lectern::answers::AnswerSheet) {
    let folder = dir.path().join("class");
    std::fs::create_dir(&folder).unwrap();
    for i in 0..30 {
        let mut s = sheet.clone();
        s.student = format!("Student {i}");
        lectern::answers::save(&folder.join(format!("student-{i}.ron")), &s).unwrap();
    }
    let samples: Vec<Duration> = (0..5)
        .map(|_| {
            let start = Instant::now();
            let collected = lectern::collect::collect(&folder).unwrap();
            for hand_in in &collected.groups[0].sheets {
                let process: &SheetProcess = hand_in.process();
                assert!(process.total.check.is_whole());
            }
            start.elapsed()
        })
        .collect();
    let s = common::stats(samples);
    println!(
        "| open a class of 30 such hand-ins with every history checked | {} | {} (max) | ≤ 1 s |",
        common::ms(s.median),
        common::ms(s.max)
    );
}
