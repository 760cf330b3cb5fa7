//! Read aloud: the time from asking to the speech service beginning to speak (its BEGIN, when
//! the voice's first audio goes out), first with the connection made on that press and then
//! with it made; the frame cost while the article is read aloud with its word marked each
//! frame, against the same frames idle; and the speech threads of a session that never used
//! read-aloud (none).
//!
//! The first part needs speech-dispatcher, espeak-ng and PulseAudio (it starts its own, with a
//! null sink) and is skipped without them. `cargo bench --bench read_aloud`

#[path = "common.rs"]
mod common;
#[path = "../tests/real/sound.rs"]
mod sound;

use std::time::{Duration, Instant};

use egui::{RawInput, Rect, pos2, vec2};
use lectern::speech::{Speaker, SpeakerEvent, SpeechLanguage, SystemSpeaker, Utterance, plan};
use lectern::ui::LecternApp;
use lectern::ui::command::{Action, Command as LecternCommand};
use lectern::ui::dialogs::ScriptedDialogs;

const SIZE: egui::Vec2 = vec2(1280.0, 820.0);

/// Waits for the speaker to say `wanted` (or fail); how long it took.
fn until(speaker: &mut SystemSpeaker, wanted: impl Fn(&SpeakerEvent) -> bool) -> Duration {
    let start = Instant::now();
    loop {
        for event in speaker.events() {
            if let SpeakerEvent::Failed(problem) = &event {
                panic!("the speech service failed: {}", problem.detail());
            }
            if wanted(&event) {
                return start.elapsed();
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no answer from speech"
        );
        std::thread::sleep(Duration::from_micros(200));
    }
}

fn sentence(id: u64) -> Utterance {
    let text = "This year marks thirty one years since Kazakhstan and the European Union \
                established diplomatic relations.";
    let s = &plan::sentences(text, SpeechLanguage::English)[0];
    Utterance {
        id,
        language: SpeechLanguage::English,
        ssml: plan::ssml(text, s, 0),
        plain: plan::plain(text, s, 0),
        rate: 0,
    }
}

fn first_sound(address: &str) {
    // Before any thread of Lectern's reads the environment.
    unsafe { std::env::set_var("SPEECHD_ADDRESS", address) };
    let mut cold = Vec::new();
    let mut warm = Vec::new();
    for round in 0..5 {
        let start = Instant::now();
        let mut speaker = SystemSpeaker::start(Box::new(|| {}));
        until(&mut speaker, |e| matches!(e, SpeakerEvent::Ready { .. }));
        speaker.speak(sentence(1));
        until(&mut speaker, |e| *e == SpeakerEvent::Began(1));
        cold.push(start.elapsed());
        for n in 0..6 {
            let id = 2 + n + round * 10;
            speaker.stop();
            std::thread::sleep(Duration::from_millis(150));
            let asked = Instant::now();
            speaker.speak(sentence(id));
            until(&mut speaker, |e| *e == SpeakerEvent::Began(id));
            warm.push(asked.elapsed());
        }
        speaker.stop();
    }
    println!("| case | median | p99 | max | budget | samples |");
    println!("|---|---|---|---|---|---|");
    for (name, times) in [
        ("Read aloud → speech begins, first press (connects)", cold),
        ("Read aloud → speech begins, connected", warm),
    ] {
        let n = times.len();
        let s = common::stats(times);
        println!(
            "| {name} | {} | {} | {} | ≤ 300 ms | {n} |",
            common::ms(s.median),
            common::ms(s.p99),
            common::ms(s.max)
        );
    }
}

/// A stand-in speech service that reaches the next word every `every` frames: every frame (the
/// marks moving as fast as a frame can show them), or every 18th (a voice at its usual speed,
/// about three words a second, with the window painting 60 frames a second).
struct Racing {
    ready: bool,
    speaking: Option<(u64, usize, usize)>,
    every: usize,
    frame: usize,
}

impl Speaker for Racing {
    fn speak(&mut self, utterance: Utterance) {
        let words = utterance.ssml.matches("<mark ").count();
        self.speaking = Some((utterance.id, 0, words));
    }
    fn stop(&mut self) {
        self.speaking = None;
    }
    fn events(&mut self) -> Vec<SpeakerEvent> {
        if !self.ready {
            self.ready = true;
            return vec![SpeakerEvent::Ready {
                voices: SpeechLanguage::ALL.to_vec(),
                words: true,
            }];
        }
        self.frame += 1;
        if !self.frame.is_multiple_of(self.every) {
            return Vec::new();
        }
        match &mut self.speaking {
            Some((id, word, words)) if *word + 1 < *words => {
                *word += 1;
                vec![SpeakerEvent::Word(*id, *word)]
            }
            Some((id, _, _)) => {
                let id = *id;
                self.speaking = None;
                vec![SpeakerEvent::Ended(id)]
            }
            None => Vec::new(),
        }
    }
}

fn frames(app: &mut LecternApp, n: usize) -> Vec<Duration> {
    let ctx = egui::Context::default();
    lectern::ui::style::setup(&ctx);
    let mut times = Vec::new();
    for f in 0..n + 3 {
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), SIZE)),
            time: Some(f as f64 / 60.0),
            predicted_dt: 1.0 / 60.0,
            ..Default::default()
        };
        let start = Instant::now();
        let out = ctx.run_ui(input, |ui| app.show(ui));
        let primitives = ctx.tessellate(out.shapes, out.pixels_per_point);
        if f >= 3 {
            times.push(start.elapsed());
        }
        std::hint::black_box(primitives);
    }
    times
}

/// Threads of this process named for read-aloud (Linux's thread names are cut to 15 bytes).
fn speech_threads() -> usize {
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return 0;
    };
    tasks
        .flatten()
        .filter_map(|t| std::fs::read_to_string(t.path().join("comm")).ok())
        .filter(|name| name.starts_with("lectern: read") || name.starts_with("lectern: speech"))
        .count()
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    lectern::paths::use_data_dir(dir.path().join("data"));
    println!("Read aloud on {} (release build)\n", common::machine());

    let open = || {
        LecternApp::open(
            None,
            Some(dir.path().join("answers.ron")),
            Default::default(),
            Box::new(ScriptedDialogs::answering(Vec::new())),
        )
        .unwrap()
    };
    let mut idle = open();
    let idle_times = frames(&mut idle, 600);
    let unused = speech_threads();
    let read_at = |every: usize| {
        let mut reading = open();
        reading.make_speaker = Box::new(move |_| {
            Box::new(Racing {
                ready: false,
                speaking: None,
                every,
                frame: 0,
            })
        });
        reading
            .state
            .actions
            .push(Action::Run(LecternCommand::ReadAloud));
        let times = frames(&mut reading, 600);
        assert!(
            reading.state.read_aloud.is_some(),
            "the article was being read"
        );
        common::stats(times)
    };
    let (usual, racing) = (read_at(18), read_at(1));
    let idle = common::stats(idle_times);
    println!("| frames (bundled reading, 1280×820) | median | p99 | max | budget |");
    println!("|---|---|---|---|---|");
    for (name, s, budget) in [
        ("idle", &idle, ""),
        (
            "reading aloud, a word every 18 frames (a voice's usual pace at 60 frames a second)",
            &usual,
            "median within 0.1 ms of idle",
        ),
        (
            "reading aloud, the word mark moving every frame",
            &racing,
            "",
        ),
    ] {
        println!(
            "| {name} | {} | {} | {} | {budget} |",
            common::ms(s.median),
            common::ms(s.p99),
            common::ms(s.max)
        );
    }
    println!("\nSpeech threads in a session that never read aloud: {unused} (budget 0).\n");

    let sound_dir = tempfile::tempdir().unwrap();
    match sound::Sound::start(sound_dir.path(), false) {
        Ok(sound) => first_sound(&sound.address()),
        Err(missing) => println!("(first sound not measured: {missing})"),
    }
}
