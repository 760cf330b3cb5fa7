//! Writing in Kazakh and Russian in the real window (Xvfb, xdotool, AT-SPI): Lectern starts in
//! the computer's language (Russian here), a student picks Қазақша on the start screen, types a
//! sentence with a misspelling letter by letter on a Russian or Kazakh keyboard layout, the word is underlined,
//! and the real right-click menu puts the right word in its place — in the file too. Keeps a
//! screenshot per language with `LECTERN_SHOTS=DIR` (those docs/students.md shows).
#![cfg(feature = "gui-tests")]

mod real;

use std::path::Path;
use std::time::Duration;

use real::{Desktop, Guard, start_with, start_xvfb, wait_for, with_window, xdotool};

const LEAD: &str = "Considering the EU’s commitment to human rights and democratic values, how can it balance these with its economic and geopolitical interests in deepening its partnership with Kazakhstan?";

fn shot(display: &str, name: &str) {
    if let Some(dir) = std::env::var_os("LECTERN_SHOTS") {
        real::screenshot(display, &Path::new(&dir).join(name));
    }
}

fn launch(display: &str, home: &Path, desktop: &Desktop, lang: &str) -> (Guard, String) {
    let (app, window) = with_window(display, || {
        start_with(
            Path::new(env!("CARGO_BIN_EXE_lectern")),
            &[],
            display,
            home,
            &home.join("run"),
            &[
                ("DBUS_SESSION_BUS_ADDRESS", desktop.address.as_ref()),
                ("LANG", lang.as_ref()),
            ],
        )
    });
    xdotool(display, &["windowfocus", "--sync", &window]);
    std::thread::sleep(Duration::from_millis(600));
    (app, window)
}

/// Types `text` on the keyboard `layout` ("ru", "kz"), as a student with that layout does, a
/// letter at a time: with the real layout set every letter has its key (xdotool would otherwise
/// remap a key per missing letter, racing the window's keymap refresh).
fn type_slowly(display: &str, layout: &str, text: &str) {
    set_layout(display, layout);
    type_letters(display, text);
    set_layout(display, "us");
}

fn set_layout(display: &str, layout: &str) {
    let status = std::process::Command::new("setxkbmap")
        .args(["-display", display, layout])
        .status()
        .expect("setxkbmap runs (apt-get install x11-xkb-utils)");
    assert!(status.success(), "setxkbmap {layout}");
    std::thread::sleep(Duration::from_millis(500));
}

fn type_letters(display: &str, text: &str) {
    for c in text.chars() {
        let letter = c.to_string();
        xdotool(display, &["type", "--delay", "100", &letter]);
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The student's saved answer to the lead question, once it holds `wanted`.
fn saved_answer(file: &Path, wanted: &str) -> String {
    wait_for(wanted, Duration::from_secs(20), || {
        let sheet = lectern::answers::load(file).ok()?;
        let text = sheet.answers.first()?.text.clone();
        text.contains(wanted).then_some(text)
    })
}

/// Right-clicks the misspelt word (typed first) until its menu offers `fix`: the dictionary
/// loads on its own thread once the answer has a word in its script (in a debug build, the
/// Russian one takes a few seconds), and only then is the word underlined and given a menu.
fn correct_first_word(desktop: &Desktop, display: &str, window: &str, fix: &str) {
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        desktop.right_click_start(display, window, LEAD);
        let offered = (0..20).any(|_| {
            std::thread::sleep(Duration::from_millis(250));
            desktop.names(display).iter().any(|n| n == fix)
        });
        if offered {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the menu never offered {fix:?}"
        );
        // Close whatever opened (nothing, or a menu still looking) and try again.
        xdotool(display, &["key", "Escape"]);
        std::thread::sleep(Duration::from_millis(300));
    }
}

#[test]
fn kazakh_and_russian_sentences_are_checked_and_corrected_in_the_real_window() {
    let (_xvfb, display) = start_xvfb();
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    let desktop = Desktop::start(home, &display);
    let answers = |student: &str| {
        home.join("data/lectern/answers")
            .join(student)
            .join("kazakhstan-and-the-eu-a-multi-vector-partnership.ron")
    };

    // 1. A computer set to Russian: Lectern starts in Russian.
    let (app, window) = launch(&display, home, &desktop, "ru_RU.UTF-8");
    wait_for("the Russian start screen", Duration::from_secs(20), || {
        desktop
            .names(&display)
            .iter()
            .any(|n| n == "Ваше имя")
            .then_some(())
    });
    shot(&display, "start-ru.png");
    xdotool(&display, &["type", "--delay", "40", "Bolat"]);
    desktop.press(
        &display,
        "Открыть «Kazakhstan and the EU: A Multi-Vector Partnership»",
    );
    std::thread::sleep(Duration::from_millis(800));
    xdotool(&display, &["windowfocus", "--sync", &window]);
    type_slowly(&display, "ru", "Превет, я пишу ответ о Казахстане.");
    // What reached the window is what was typed (a letter lost to the keymap would make the
    // menu offer other words).
    saved_answer(&answers("bolat"), "Превет, я пишу ответ о Казахстане.");
    correct_first_word(&desktop, &display, &window, "Привет");
    shot(&display, "spelling-ru.png");
    desktop.press(&display, "Привет");
    let text = saved_answer(&answers("bolat"), "Привет, я пишу");
    assert!(!text.contains("Превет"), "{text}");
    drop(app);

    // 2. An English computer; Aigerim picks Қазақша on the start screen.
    let (app, window) = launch(&display, home, &desktop, "en_US.UTF-8");
    desktop.press(&display, "Қазақша");
    wait_for("the Kazakh start screen", Duration::from_secs(20), || {
        desktop
            .names(&display)
            .iter()
            .any(|n| n == "Атыңыз")
            .then_some(())
    });
    shot(&display, "start-kk.png");
    xdotool(&display, &["type", "--delay", "40", "Aigerim"]);
    desktop.press(
        &display,
        "«Kazakhstan and the EU: A Multi-Vector Partnership» ашу",
    );
    std::thread::sleep(Duration::from_millis(800));
    xdotool(&display, &["windowfocus", "--sync", &window]);
    type_slowly(
        &display,
        "kz",
        "Кітапп оқыдым: Қазақстан мен Еуропа серіктес.",
    );
    saved_answer(
        &answers("aigerim"),
        "Кітапп оқыдым: Қазақстан мен Еуропа серіктес.",
    );
    correct_first_word(&desktop, &display, &window, "Кітап");
    shot(&display, "spelling-kk.png");
    desktop.press(&display, "Кітап");
    let text = saved_answer(&answers("aigerim"), "Кітап оқыдым");
    assert!(!text.contains("Кітапп"), "{text}");
    // Her choice is kept in her own folder.
    let prefs =
        std::fs::read_to_string(answers("aigerim").parent().unwrap().join("my settings.ron"))
            .unwrap();
    assert!(prefs.contains("Kazakh"), "{prefs}");
    drop(app);

    // 3. English, for docs/students.md's third picture.
    let (_app, window) = launch(&display, home, &desktop, "en_US.UTF-8");
    desktop.press(&display, "English");
    xdotool(&display, &["type", "--delay", "40", "Dana"]);
    desktop.press(
        &display,
        "Open \"Kazakhstan and the EU: A Multi-Vector Partnership\"",
    );
    std::thread::sleep(Duration::from_millis(800));
    xdotool(&display, &["windowfocus", "--sync", &window]);
    xdotool(
        &display,
        &[
            "type",
            "--delay",
            "40",
            "Recieve the treaty: Tokayev and the EU.",
        ],
    );
    correct_first_word(&desktop, &display, &window, "Receive");
    shot(&display, "spelling-en.png");
    desktop.press(&display, "Receive");
    saved_answer(&answers("dana"), "Receive the treaty");
}
