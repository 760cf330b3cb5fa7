//! Frame cost, headless: the real app UI in an `egui::Context` with no GPU, layout and
//! tessellation as a real frame does, for a few hundred frames with scrolling and prompt
//! switching, and for typing one key per frame at the end of a 10,000-word answer.
//!
//! `cargo bench --bench frames`

#[path = "common.rs"]
mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use egui::{Event, Key, Modifiers, RawInput, Rect, pos2, vec2};
use lectern::answers;
use lectern::reading::{self, Origin};
use lectern::ui::LecternApp;
use lectern::ui::command::Command;
use lectern::ui::dialogs::ScriptedDialogs;

const SIZE: egui::Vec2 = vec2(1280.0, 820.0);

fn input(frame: usize, events: Vec<Event>) -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), SIZE)),
        time: Some(frame as f64 / 60.0),
        predicted_dt: 1.0 / 60.0,
        events,
        ..Default::default()
    }
}

fn key(key: Key, modifiers: Modifiers) -> Event {
    Event::Key {
        key,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers,
    }
}

/// Runs `frames` frames, giving each the events `events_for(frame)`; returns each frame's time.
fn run(
    app: &mut LecternApp,
    frames: usize,
    events_for: impl FnMut(usize) -> Vec<Event>,
) -> Vec<Duration> {
    run_in(egui::Context::default(), app, frames, events_for)
}

/// [`run`] with a screen reader on: AccessKit builds its tree every frame, stand-ins for every
/// paragraph and prompt out of view included.
fn run_with_screen_reader(
    app: &mut LecternApp,
    frames: usize,
    events_for: impl FnMut(usize) -> Vec<Event>,
) -> Vec<Duration> {
    let ctx = egui::Context::default();
    ctx.enable_accesskit();
    run_in(ctx, app, frames, events_for)
}

fn run_in(
    ctx: egui::Context,
    app: &mut LecternApp,
    frames: usize,
    mut events_for: impl FnMut(usize) -> Vec<Event>,
) -> Vec<Duration> {
    warm_up(&ctx, app);
    let mut times = Vec::with_capacity(frames);
    for f in 3..frames + 3 {
        let events = events_for(f);
        let start = Instant::now();
        let out = ctx.run_ui(input(f, events), |ui| app.show(ui));
        let primitives = ctx.tessellate(out.shapes, out.pixels_per_point);
        times.push(start.elapsed());
        std::hint::black_box(primitives);
    }
    times
}

/// Sets the context up as the window does and runs three frames: fonts, first layout.
fn warm_up(ctx: &egui::Context, app: &mut LecternApp) {
    lectern::ui::style::setup(ctx);
    for f in 0..3 {
        let out = ctx.run_ui(input(f, vec![]), |ui| app.show(ui));
        let _ = ctx.tessellate(out.shapes, out.pixels_per_point);
    }
}

/// Scroll the article, now and then move to the next prompt (wrapping round).
fn browse(frame: usize) -> Vec<Event> {
    let over_article = pos2(300.0, 400.0);
    let mut events = vec![Event::PointerMoved(over_article)];
    let down = (frame / 100).is_multiple_of(2);
    events.push(Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: vec2(0.0, if down { -60.0 } else { 60.0 }),
        phase: egui::TouchPhase::Move,
        modifiers: Modifiers::NONE,
        source: egui::MouseWheelSource::Wheel,
    });
    if frame.is_multiple_of(25) {
        events.push(key(Key::PageDown, Modifiers::COMMAND));
    }
    events
}

/// Ctrl+End to the end of the answer, then one "a" per frame.
fn type_at_end(frame: usize) -> Vec<Event> {
    if frame == 3 {
        vec![key(Key::End, Modifiers::COMMAND)]
    } else {
        vec![Event::Text("a".to_owned())]
    }
}

fn open(reading_text: &str, sheet: Option<answers::AnswerSheet>, dir: &Path) -> LecternApp {
    open_with(reading_text, sheet, dir, Vec::new())
}

/// [`open`], with file dialogs that answer `dialog_answers` in turn.
fn open_with(
    reading_text: &str,
    sheet: Option<answers::AnswerSheet>,
    dir: &Path,
    dialog_answers: Vec<Option<std::path::PathBuf>>,
) -> LecternApp {
    let reading_path = dir.join("reading.md");
    std::fs::write(&reading_path, reading_text).unwrap();
    let answers_path = dir.join("answers.ron");
    if let Some(mut sheet) = sheet {
        let reading = reading::load_file(&reading_path).unwrap();
        sheet.attach(&reading);
        answers::save(&answers_path, &sheet).unwrap();
    }
    LecternApp::open(
        Some(&reading_path),
        Some(answers_path),
        Default::default(),
        Box::new(ScriptedDialogs::answering(dialog_answers)),
    )
    .unwrap()
}

/// Runs frames while `busy` holds (after a first frame that starts the work), a frame every
/// 16 ms as a window would; returns each frame's time.
fn run_while(
    app: &mut LecternApp,
    mut events_for: impl FnMut(usize) -> Vec<Event>,
    busy: impl Fn(&LecternApp) -> bool,
) -> Vec<Duration> {
    let ctx = egui::Context::default();
    // Warm up before the work starts.
    let waiting = std::mem::take(&mut app.state.actions);
    warm_up(&ctx, app);
    app.state.actions = waiting;
    let mut times = Vec::new();
    let mut frame = 3;
    loop {
        let events = events_for(frame);
        let start = Instant::now();
        let out = ctx.run_ui(input(frame, events), |ui| app.show(ui));
        let primitives = ctx.tessellate(out.shapes, out.pixels_per_point);
        times.push(start.elapsed());
        std::hint::black_box(primitives);
        frame += 1;
        if frame > 4 && !busy(app) {
            return times;
        }
        std::thread::sleep(Duration::from_millis(16));
    }
}

fn report(name: &str, budget: &str, times: Vec<Duration>) {
    let n = times.len();
    let s = common::stats(times);
    println!(
        "| {name} | {} | {} | {} | {budget} | {n} frames |",
        common::ms(s.median),
        common::ms(s.p99),
        common::ms(s.max)
    );
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    lectern::paths::use_data_dir(dir.path().join("data"));
    println!(
        "Frame cost on {} (release build, no GPU: layout + tessellation)\n",
        common::machine()
    );
    println!("| case | median | p99 | max | budget | frames |");
    println!("|---|---|---|---|---|---|");

    // The bundled reading with every prompt answered (150 words each).
    let bundled = reading::BUNDLED[0].text;
    let r = reading::parse(bundled, Origin::Text, "x");
    let sheet = lectern::generate::answers(&r, 150);
    let sub = dir.path().join("bundled");
    std::fs::create_dir_all(&sub).unwrap();
    let mut app = open(bundled, Some(sheet), &sub);
    report(
        "bundled reading, all answered, scrolling + switching",
        "median ≤ 1 ms, p99 ≤ 3 ms",
        run(&mut app, 400, browse),
    );
    report(
        "the same with a screen reader on (AccessKit tree every frame)",
        "median ≤ 3 ms",
        run_with_screen_reader(&mut app, 400, browse),
    );
    drop(app);

    // Adding a 200-page PDF to the library: the import runs in a child process while the
    // student goes on scrolling and switching; the frames are those of the line above.
    lectern::import::use_importer(
        env!("CARGO_BIN_EXE_lectern").into(),
        lectern::import::TIME_LIMIT,
    );
    let book = reading::parse(
        &lectern::generate::reading_text(87_000, 200),
        Origin::Text,
        "book",
    );
    let pdf = dir.path().join("book.pdf");
    std::fs::write(&pdf, lectern::generate::pdf::reading_pdf(&book)).unwrap();
    let sub = dir.path().join("importing");
    std::fs::create_dir_all(&sub).unwrap();
    let r = reading::parse(bundled, Origin::Text, "x");
    let sheet = lectern::generate::answers(&r, 150);
    // Imported three times over, for frames enough to compare; then the same frames, at the
    // same pace, with nothing importing.
    let mut app = open_with(
        bundled,
        Some(sheet.clone()),
        &sub,
        vec![Some(pdf.clone()), Some(pdf.clone()), Some(pdf)],
    );
    let mut times = Vec::new();
    let started = Instant::now();
    for _ in 0..3 {
        app.state.actions.push(Command::AddReading.into());
        times.extend(run_while(&mut app, browse, |app| app.is_busy()));
    }
    let took = started.elapsed();
    let frames = times.len();
    report(
        &format!(
            "bundled reading, scrolling + switching while a 200-page PDF imports (3 × {:.2} s)",
            took.as_secs_f64() / 3.0
        ),
        "as with nothing importing",
        times,
    );
    drop(app);
    let quiet = dir.path().join("quiet");
    std::fs::create_dir_all(&quiet).unwrap();
    let mut app = open_with(bundled, Some(sheet), &quiet, vec![]);
    let mut calm = Vec::new();
    let frame = std::cell::Cell::new(0);
    while calm.len() < frames {
        calm.extend(run_while(&mut app, browse, |_| {
            frame.set(frame.get() + 1);
            frame.get() % 16 != 0
        }));
    }
    report(
        "the same frames, at the same pace, with nothing importing",
        "—",
        calm,
    );
    drop(app);

    // A large reading: ~100,000 words, 500 prompts, 300-word answers.
    let text = lectern::generate::reading_text(100_000, 500);
    let r = reading::parse(&text, Origin::Text, "x");
    let sheet = lectern::generate::answers(&r, 300);
    let sub = dir.path().join("large");
    std::fs::create_dir_all(&sub).unwrap();
    let mut app = open(&text, Some(sheet), &sub);
    report(
        "large reading (100k words, 500 prompts), scrolling + switching",
        "median ≤ 4 ms",
        run(&mut app, 300, browse),
    );
    report(
        "the same with a screen reader on (stand-ins for every item out of view)",
        "median ≤ 16 ms",
        run_with_screen_reader(&mut app, 300, browse),
    );
    drop(app);

    // Handing in a PDF: the sheet is typeset and written off the window's thread, so frames go
    // on being painted (here, scrolling and switching) until it is done.
    // The large reading makes a sheet of some hundred pages, long enough to watch.
    let r = reading::parse(&text, Origin::Text, "x");
    let sub = dir.path().join("hand-in");
    let class = sub.join("class");
    std::fs::create_dir_all(&class).unwrap();
    let sheet = lectern::generate::answers(&r, 300);
    let mut app = open_with(&text, Some(sheet), &sub, vec![Some(class.clone())]);
    app.state.settings.hand_in_format = lectern::export::Format::Pdf;
    app.state.actions.push(Command::HandInToFolder.into());
    let started = Instant::now();
    let times = run_while(&mut app, browse, |app| app.is_busy());
    let took = started.elapsed();
    assert!(
        std::fs::read_dir(&class).unwrap().count() == 2,
        "the sheet and the answers were handed in"
    );
    report(
        &format!(
            "large reading, scrolling + switching while its PDF hand-in runs ({} ms; {} frames painted meanwhile)",
            took.as_millis(),
            times.len()
        ),
        "max ≤ 16 ms",
        times,
    );
    drop(app);

    // The same, marked up: every prompt cites two passages, 1,000 highlights, and find open
    // on a word that occurs all through the article.
    let r = reading::parse(&text, Origin::Text, "x");
    let mut sheet = lectern::generate::answers(&r, 300);
    let paragraphs: Vec<usize> = r
        .article
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b, reading::Block::Paragraph { .. }))
        .map(|(i, _)| i)
        .collect();
    let first_words = |block: usize, skip: usize| {
        let reading::Block::Paragraph { text, .. } = &r.article[block] else {
            unreachable!()
        };
        let start = text.match_indices(' ').nth(skip).map_or(0, |(i, _)| i + 1);
        let end = text[start..]
            .match_indices(' ')
            .nth(4)
            .map_or(text.len(), |(i, _)| start + i);
        r.passage(block, start..end).unwrap()
    };
    let when = "2026-01-01T00:00:00Z".parse().unwrap();
    let prompts: Vec<_> = r.prompts().cloned().collect();
    for (i, prompt) in prompts.iter().enumerate() {
        for k in 0..2 {
            let block = paragraphs[(i * 2 + k) % paragraphs.len()];
            sheet.cite(prompt, first_words(block, 10), when);
        }
    }
    let colours = answers::HighlightColour::ALL;
    for (i, &block) in paragraphs.iter().cycle().take(1_000).enumerate() {
        sheet.highlight(first_words(block, 20 + i % 7), colours[i % colours.len()]);
    }
    let common_word = first_words(paragraphs[0], 3)
        .quote
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    let sub = dir.path().join("marked");
    std::fs::create_dir_all(&sub).unwrap();
    let mut app = open(&text, Some(sheet), &sub);
    app.open_find();
    app.views.find.query = common_word;
    let times = run(&mut app, 300, browse);
    let found = app.views.find.matches.len();
    report(
        &format!(
            "large reading, 1,000 citations + 1,000 highlights, find showing {found} matches, scrolling + switching"
        ),
        "median ≤ 4 ms",
        times,
    );
    assert!(found > 100, "the word is found all through the article");
    // Typing with find open: each key changes an answer, which is searched again; the other
    // 499 answers and the article keep their matches. (Searching all 150,000 words of answers
    // again on every key measured a median 15.8 ms.)
    app.state.select(0);
    let typing = run(&mut app, 200, type_at_end);
    report(
        "typing with find open on that reading (the changed answer searched again per key)",
        "≤ 8 ms",
        typing,
    );
    drop(app);

    // Typing, one key per frame, at the end of a 10,000-word answer.
    let sub = dir.path().join("typing");
    std::fs::create_dir_all(&sub).unwrap();
    let r = reading::parse(bundled, Origin::Text, "x");
    let mut sheet = answers::AnswerSheet::new(&r);
    let lead = r.prompts().next().unwrap();
    sheet.set_answer(
        lead,
        &lectern::generate::answer_text(1, 10_000),
        "2026-01-01T00:00:00Z".parse().unwrap(),
    );
    let mut app = open(bundled, Some(sheet), &sub);
    app.state.select(0); // The long answer; its editor takes the focus.
    let before = app.state.editor_text.chars().count();
    let typing = run(&mut app, 300, type_at_end);
    report(
        "typing at the end of a 10,000-word answer",
        "≤ 8 ms",
        typing,
    );
    let typed = app.state.editor_text.chars().count() - before;
    assert_eq!(typed, 299, "every key reached the editor");
    assert!(app.state.editor_text.ends_with("aaaa"), "typed at the end");
    drop(app);

    spelling(bundled, dir.path());
}

/// Spell checking: typing at the end of a 10,000-word answer with it off and on (its
/// dictionaries loaded), in the same run; and how long after the window opens the first
/// misspelling is underlined.
fn spelling(bundled: &str, dir: &Path) {
    let r = reading::parse(bundled, Origin::Text, "x");
    // Every twentieth word misspelt: 500 words to underline, the visible ones painted.
    let long: String = lectern::generate::answer_text(1, 10_000)
        .split(' ')
        .enumerate()
        .map(|(i, w)| if i % 20 == 19 { "recieve" } else { w })
        .collect::<Vec<_>>()
        .join(" ");
    // Off and on twice each, in turn, so a busy moment of the machine shows as disagreement.
    for (round, on) in [false, true, false, true].into_iter().enumerate() {
        let sub = dir.join(format!("spelling-{round}"));
        std::fs::create_dir_all(&sub).unwrap();
        // The student's own setting, where the window reads it.
        let prefs = format!("(spell_checking: {on})");
        std::fs::write(sub.join("my settings.ron"), prefs).unwrap();
        let mut sheet = answers::AnswerSheet::new(&r);
        let lead = r.prompts().next().unwrap();
        sheet.set_answer(lead, &long, "2026-01-01T00:00:00Z".parse().unwrap());
        let mut app = open(bundled, Some(sheet), &sub);
        app.state.select(0);
        // Frames until the dictionaries are in (the same context then types: it holds the
        // editor's focus).
        let ctx = egui::Context::default();
        warm_up(&ctx, &mut app);
        let start = Instant::now();
        while on && !app.views.spell.ready() {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "dictionaries never loaded"
            );
            std::thread::sleep(Duration::from_millis(10));
            let out = ctx.run_ui(input(3, vec![]), |ui| app.show(ui));
            let _ = ctx.tessellate(out.shapes, out.pixels_per_point);
        }
        let before = app.state.editor_text.len();
        let typing = run_in(ctx, &mut app, 300, type_at_end);
        assert_eq!(
            app.state.editor_text.len() - before,
            299,
            "every key reached the editor"
        );
        let flagged = app.state.spell_flags.flags.len();
        report(
            &format!(
                "typing at the end of a 10,000-word answer, spell checking {} ({flagged} words underlined)",
                if on { "on" } else { "off" }
            ),
            "on: ≤ off + 1 ms",
            typing,
        );
    }

    // From the window's opening to the first underline, one frame every 16 ms as a window.
    let sub = dir.join("first-underline");
    std::fs::create_dir_all(&sub).unwrap();
    let mut sheet = answers::AnswerSheet::new(&r);
    sheet.set_answer(
        r.prompts().next().unwrap(),
        "Recieve the treaty.",
        "2026-01-01T00:00:00Z".parse().unwrap(),
    );
    let start = Instant::now();
    let mut app = open(bundled, Some(sheet), &sub);
    app.state.select(0); // The answer with the misspelling.
    let ctx = egui::Context::default();
    lectern::ui::style::setup(&ctx);
    let mut frame = 0;
    while app.state.spell_flags.flags.is_empty() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "never underlined"
        );
        let out = ctx.run_ui(input(frame, vec![]), |ui| app.show(ui));
        let _ = ctx.tessellate(out.shapes, out.pixels_per_point);
        frame += 1;
        std::thread::sleep(Duration::from_millis(16));
    }
    println!(
        "| time from opening the window to the first underline | {} | {frame} frames |",
        common::ms(start.elapsed())
    );
}
