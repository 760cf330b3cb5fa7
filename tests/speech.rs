//! Read aloud through the real speech service: speech-dispatcher with espeak-ng, into a
//! PulseAudio null sink recorded with `parec`, driven in the real window by keyboard alone
//! and watched through AT-SPI, as a screen reader would. Checks that sound comes out, that the
//! sentence read moves through the article in order, that Pause silences the voice within half
//! a second, and that a Kazakh answer is read back with the Kazakh voice, for as long as its
//! words take.
//!
//! Needs Xvfb, xdotool, AT-SPI, speech-dispatcher, espeak-ng and PulseAudio, so it runs only
//! with `--features speech-tests` (as `.ci/run` does after installing them).
#![cfg(feature = "speech-tests")]

mod real;

use std::path::Path;
use std::time::{Duration, Instant};

use real::sound::Sound;
use real::{Desktop, Guard, start_with, start_xvfb, wait_for, with_window, xdotool};

/// Loudness of each 20 ms of a 16 kHz mono 16-bit WAV (parec's header may not say the
/// length: the samples are whatever follows the `data` tag).
fn loudness(wav: &Path) -> Vec<f64> {
    let bytes = std::fs::read(wav).unwrap();
    let data = bytes
        .windows(4)
        .position(|w| w == b"data")
        .expect("a WAV data chunk")
        + 8;
    let samples: Vec<f64> = bytes[data.min(bytes.len())..]
        .chunks_exact(2)
        .map(|b| f64::from(i16::from_le_bytes([b[0], b[1]])))
        .collect();
    samples
        .chunks(320)
        .map(|frame| (frame.iter().map(|s| s * s).sum::<f64>() / frame.len() as f64).sqrt())
        .collect()
}

const FRAME: f64 = 0.02;
const VOICED: f64 = 200.0;

/// Seconds of sound between `from` and `to` (seconds into the recording).
fn voiced(levels: &[f64], from: f64, to: f64) -> f64 {
    let (a, b) = ((from / FRAME) as usize, (to / FRAME).ceil() as usize);
    levels
        .iter()
        .take(b.min(levels.len()))
        .skip(a)
        .filter(|l| **l > VOICED)
        .count() as f64
        * FRAME
}

/// The last moment with sound between `from` and `to`, in seconds into the recording.
fn last_sound(levels: &[f64], from: f64, to: f64) -> Option<f64> {
    let (a, b) = ((from / FRAME) as usize, (to / FRAME) as usize);
    (a..b.min(levels.len()))
        .rev()
        .find(|i| levels[*i] > VOICED)
        .map(|i| (i + 1) as f64 * FRAME)
}

/// The read-aloud status line the window shows (AT-SPI), if any.
fn status(desktop: &Desktop, display: &str) -> Option<String> {
    desktop.names(display).into_iter().find(|n| {
        (n.starts_with("Reading ") && n.contains(": sentence "))
            || n.starts_with("Paused (")
            || n.starts_with("Read to the end")
            || n.starts_with("Starting the computer")
    })
}

/// "Reading the article aloud: sentence 3 of 41" → 3.
fn sentence_number(status: &str) -> Option<usize> {
    let after = status.split("sentence ").nth(1)?;
    after.split(' ').next()?.parse().ok()
}

#[test]
fn the_article_and_a_kazakh_answer_are_read_aloud_and_pause_is_quick() {
    let (_xvfb, display) = start_xvfb();
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    let sound = Sound::start(home, true).unwrap_or_else(|e| panic!("{e}"));
    let desktop = Desktop::start(home, &display);

    // A student's answers: a Kazakh answer to the first question.
    let reading = lectern::reading::BUNDLED[0].parse();
    let kazakh = "Алматы — алманың отаны. Жабайы алма ормандары Іле Алатауында өседі.";
    let mut sheet = lectern::answers::AnswerSheet::new(&reading);
    sheet.student = "Әлия Нұрланқызы".into();
    let first = reading.prompts().next().unwrap();
    sheet.set_answer(first, kazakh, "2026-12-07T09:00:00Z".parse().unwrap());
    let answers = home.join("answers.ron");
    lectern::answers::save(&answers, &sheet).unwrap();

    let answers_arg = answers.to_str().unwrap();
    let speech = sound.address();
    let (_app, window) = with_window(&display, || {
        start_with(
            Path::new(env!("CARGO_BIN_EXE_lectern")),
            &["--answers", answers_arg],
            &display,
            home,
            &home.join("run"),
            &[
                ("DBUS_SESSION_BUS_ADDRESS", desktop.address.as_ref()),
                ("SPEECHD_ADDRESS", speech.as_ref()),
                ("PULSE_SERVER", sound.pulse_server.as_ref()),
            ],
        )
    });
    xdotool(&display, &["windowfocus", "--sync", &window]);
    std::thread::sleep(Duration::from_millis(600));

    let wav = home.join("heard.wav");
    let (recording, recording_started) = (Guard(sound.record(&wav)), Instant::now());
    let at = |moment: Instant| moment.duration_since(recording_started).as_secs_f64();
    std::thread::sleep(Duration::from_millis(300));

    // The article, from the top, by keyboard alone.
    xdotool(&display, &["key", "ctrl+shift+u"]);
    let started = Instant::now();
    let mut seen: Vec<usize> = Vec::new();
    while started.elapsed() < Duration::from_secs(25) && seen.last().is_none_or(|n| *n < 3) {
        if let Some(n) = status(&desktop, &display)
            .filter(|s| s.starts_with("Reading the article"))
            .and_then(|s| sentence_number(&s))
            && seen.last() != Some(&n)
        {
            seen.push(n);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(
        seen.first().is_some_and(|n| *n <= 2) && seen.windows(2).all(|w| w[1] > w[0]),
        "the sentence read moves on in order from the first: {seen:?}; the window shows {:?}",
        desktop.names(&display)
    );
    assert!(seen.len() >= 3, "three sentences read in 25 s: {seen:?}");
    if let Some(dir) = std::env::var_os("LECTERN_SHOTS") {
        real::screenshot(&display, &Path::new(&dir).join("read-aloud.png"));
    }

    // Pause: the voice stops at once.
    xdotool(&display, &["key", "ctrl+shift+u"]);
    let paused = Instant::now();
    wait_for(
        "the window to say it paused",
        Duration::from_secs(10),
        || status(&desktop, &display).filter(|s| s.starts_with("Paused (the article)")),
    );
    std::thread::sleep(Duration::from_millis(1500));

    // The Kazakh answer, read back: stop, back to the lead question (Lectern opens on the
    // first one not answered), read it.
    for key in ["ctrl+shift+y", "ctrl+Prior"] {
        xdotool(&display, &["key", key]);
        std::thread::sleep(Duration::from_millis(300));
    }
    let answer_started = Instant::now();
    xdotool(&display, &["key", "ctrl+shift+b"]);
    let mut last = None;
    while !last
        .as_deref()
        .is_some_and(|s: &str| s.starts_with("Read to the end (your answer)"))
    {
        assert!(
            answer_started.elapsed() < Duration::from_secs(30),
            "the answer was not read to its end; last said {last:?}; the window shows {:?}",
            desktop.names(&display)
        );
        last = status(&desktop, &display);
        std::thread::sleep(Duration::from_millis(200));
    }
    let answer_ended = Instant::now();
    std::thread::sleep(Duration::from_millis(300));
    drop(recording);

    let levels = loudness(&wav);
    let article = voiced(&levels, at(started), at(paused));
    assert!(
        article > 1.5,
        "the article was heard: {article:.2} s of sound"
    );
    let after_pause = last_sound(&levels, at(paused), at(answer_started));
    let late = after_pause.map_or(0.0, |t| t - at(paused));
    assert!(
        late < 0.5,
        "the voice went on {late:.2} s after Pause (sound until {after_pause:?})"
    );
    let words = kazakh.split_whitespace().filter(|w| *w != "—").count() as f64;
    let answer = voiced(&levels, at(answer_started), at(answer_ended));
    assert!(
        answer > words * 0.15 && answer < words * 1.2,
        "{words} words read back in {answer:.2} s of sound"
    );
    // Every sentence of the article was sent with English, then the answer with Kazakh.
    let log = sound.logged();
    let (english, kazakh) = (log.rfind("language=en"), log.find("language=kk"));
    assert!(english.is_some(), "the article in English");
    assert!(kazakh.is_some(), "the Kazakh answer with the Kazakh voice");
    assert!(english < kazakh, "nothing of the article in Kazakh");
}
