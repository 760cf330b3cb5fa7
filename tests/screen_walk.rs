//! The screen walk: the real window at a small school laptop's 1024×600 and at 1366×768, in
//! Kazakh, Russian and English, opens every screen and dialog a student and a teacher reach by
//! keyboard (the work window, Help, the reading settings, the hand-in, the empty questions, the
//! finish dialog, Lectern's own chooser, the start screen, its teachers' part and the paste
//! box) and checks each one from outside, over AT-SPI as a screen reader sees it:
//! - no article paragraph is drawn over the next;
//! - every button is inside the screen, and every control has a name;
//! - under Kazakh and Russian no English message of Lectern's is shown;
//! - Escape closes every dialog.
//!
//! With `LECTERN_WALK_SHOTS=DIR`, each screen at 1024×600 is saved as a picture there
//! (`docs/walk/` holds those docs/development.md shows).
//!
//! Needs Xvfb, xdotool, D-Bus, at-spi2-core and python3-pyatspi, so it runs only with
//! `--features atspi-tests` (as `.ci/run` does after installing them).
#![cfg(feature = "atspi-tests")]

mod real;

use std::path::{Path, PathBuf};
use std::time::Duration;

use lectern::i18n::{Language, tr_in};
use real::{Desktop, Guard, start_with, start_xvfb_sized, wait_for, with_window, xdotool};

/// One node of the window as AT-SPI gives it.
#[derive(Debug, Clone)]
struct Node {
    role: String,
    name: String,
    description: String,
    x: i32,
    y: i32,
    width: i32,
    height: i32,
}

impl Node {
    fn bottom(&self) -> i32 {
        self.y + self.height
    }
}

fn layout(desktop: &Desktop, display: &str) -> Vec<Node> {
    desktop
        .rows(display, "atspi_layout.py", &["lectern", "20"])
        .into_iter()
        .filter_map(|f| {
            let n = |i: usize| f.get(i).and_then(|v| v.parse().ok()).unwrap_or(0);
            (f.len() >= 7).then(|| Node {
                role: f[0].clone(),
                name: f[1].clone(),
                description: f[2].clone(),
                x: n(3),
                y: n(4),
                width: n(5),
                height: n(6),
            })
        })
        .collect()
}

/// Lectern's English messages that a language says otherwise: shown under that language, one
/// of them is a string that skipped the translations.
fn english_only(language: Language) -> Vec<String> {
    let source =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n/en.ftl"))
            .unwrap();
    source
        .lines()
        .filter_map(|line| line.split_once(" = "))
        .filter(|(id, value)| {
            !id.starts_with('#') && !id.contains(' ') && !value.contains('{') && !value.is_empty()
        })
        .map(|(id, value)| (id.trim(), value.trim()))
        .filter(|(id, value)| {
            value.chars().filter(|c| c.is_alphabetic()).count() >= 4
                && tr_in(language, id, &[]) != *value
        })
        .map(|(_, value)| value.to_owned())
        .collect()
}

/// Everything the walk checks on one screen.
struct Screen<'a> {
    what: &'a str,
    size: (i32, i32),
    language: Language,
    english: &'a [String],
}

impl Screen<'_> {
    fn check(&self, nodes: &[Node]) {
        let (width, height) = self.size;
        let place = format!("{} at {width}×{height} in {:?}", self.what, self.language);
        // Paragraphs in view (a screen reader's "Paragraph N"), top to bottom: none over the
        // next.
        let mut paragraphs: Vec<&Node> = nodes
            .iter()
            .filter(|n| {
                n.height > 0
                    && n.y >= 0
                    && n.y < height
                    && is_paragraph_name(self.language, &n.description)
            })
            .collect();
        paragraphs.sort_by_key(|n| n.y);
        if self.what.starts_with("work") {
            assert!(
                paragraphs.len() >= 2,
                "{place}: paragraphs in view: {paragraphs:?}"
            );
        }
        for pair in paragraphs.windows(2) {
            assert!(
                pair[0].bottom() <= pair[1].y + 1,
                "{place}: {:?} ends at {} below the top of {:?} at {}",
                pair[0].description,
                pair[0].bottom(),
                pair[1].description,
                pair[1].y
            );
        }
        // Every button on the screen.
        for button in nodes
            .iter()
            .filter(|n| n.role == "push button" && n.width > 0 && n.height > 0)
        {
            assert!(
                button.x >= -1
                    && button.y >= -1
                    && button.x + button.width <= width + 1
                    && button.bottom() <= height + 1,
                "{place}: the button {:?} is off the screen: {button:?}",
                button.name
            );
        }
        // Every control a screen reader lands on has a name.
        for control in nodes.iter().filter(|n| {
            matches!(
                n.role.as_str(),
                "push button" | "entry" | "text" | "check box" | "combo box" | "toggle button"
            ) && n.width > 0
        }) {
            assert!(
                !control.name.trim().is_empty(),
                "{place}: a {} with no name at {},{}",
                control.role,
                control.x,
                control.y
            );
        }
        // No English message of Lectern's under another language.
        if self.language != Language::English {
            for node in nodes {
                assert!(
                    !self.english.contains(&node.name),
                    "{place}: English on screen: {:?} ({})",
                    node.name,
                    node.role
                );
            }
        }
    }
}

fn is_paragraph_name(language: Language, name: &str) -> bool {
    (1..200).any(|n| tr_in(language, "article-paragraph", &[("number", n.into())]) == name)
}

/// A Lectern window of its own, at the screen's full size (as a maximised window on a small
/// laptop; with no window manager the window keeps the size it asks for).
struct Walk {
    _xvfb: Guard,
    display: String,
    desktop: Desktop,
    _home: tempfile::TempDir,
    size: (i32, i32),
    language: Language,
    english: Vec<String>,
    shots: Option<PathBuf>,
}

impl Walk {
    fn new(size: (i32, i32), language: Language) -> Walk {
        let (xvfb, display) = start_xvfb_sized(&format!("{}x{}x24", size.0, size.1));
        let home = tempfile::tempdir().unwrap();
        let desktop = Desktop::start(home.path(), &display);
        let shots = std::env::var_os("LECTERN_WALK_SHOTS")
            .filter(|_| size == (1024, 600))
            .map(PathBuf::from);
        Walk {
            _xvfb: xvfb,
            display,
            desktop,
            _home: home,
            size,
            language,
            english: english_only(language),
            shots,
        }
    }

    fn home(&self) -> &Path {
        self._home.path()
    }

    /// Starts Lectern with `args`, the walk's language, and no zenity (so its own chooser is
    /// used), fitted to the screen.
    fn launch(&self, args: &[&str]) -> (Guard, String) {
        let locale = match self.language {
            Language::Kazakh => "kk_KZ.UTF-8",
            Language::Russian => "ru_RU.UTF-8",
            _ => "C.UTF-8",
        };
        let no_programs = self.home().join("bin");
        std::fs::create_dir_all(&no_programs).unwrap();
        let (app, window) = with_window(&self.display, || {
            start_with(
                Path::new(env!("CARGO_BIN_EXE_lectern")),
                args,
                &self.display,
                self.home(),
                &self.home().join("run"),
                &[
                    ("DBUS_SESSION_BUS_ADDRESS", self.desktop.address.as_ref()),
                    ("LANG", locale.as_ref()),
                    ("PATH", no_programs.as_os_str()),
                ],
            )
        });
        let (w, h) = (self.size.0.to_string(), self.size.1.to_string());
        xdotool(&self.display, &["windowmove", "--sync", &window, "0", "0"]);
        xdotool(&self.display, &["windowsize", "--sync", &window, &w, &h]);
        xdotool(&self.display, &["windowfocus", "--sync", &window]);
        std::thread::sleep(Duration::from_millis(800));
        (app, window)
    }

    fn said(&self, id: &str) -> String {
        tr_in(self.language, id, &[])
    }

    fn shows(&self, text: &str) -> bool {
        layout(&self.desktop, &self.display)
            .iter()
            .any(|n| n.name == text)
    }

    /// Waits until `marker` (a message id) shows, checks the screen, saves its picture, and
    /// closes it with Escape when `escape` says so.
    fn visit(&self, what: &str, window: &str, marker: &str, escape: bool) {
        let text = self.said(marker);
        let nodes = wait_for(what, Duration::from_secs(20), || {
            // A frame with the mouse moving brings AT-SPI the places of that frame (in the
            // status bar's corner, where it raises no tooltip over the screen).
            let (x, y) = ((self.size.0 - 3).to_string(), (self.size.1 - 3).to_string());
            xdotool(&self.display, &["mousemove", "--window", window, &x, &y]);
            let nodes = layout(&self.desktop, &self.display);
            nodes.iter().any(|n| n.name == text).then_some(nodes)
        });
        let screen = Screen {
            what,
            size: self.size,
            language: self.language,
            english: &self.english,
        };
        screen.check(&nodes);
        if let Some(dir) = &self.shots {
            std::fs::create_dir_all(dir).unwrap();
            let name = format!("{}-{what}.png", self.language.tag());
            real::screenshot(&self.display, &dir.join(name));
        }
        if escape {
            xdotool(&self.display, &["key", "Escape"]);
            wait_for(
                &format!("Escape to close {what}"),
                Duration::from_secs(10),
                || (!self.shows(&text)).then_some(()),
            );
        }
    }

    fn key(&self, keys: &str) {
        xdotool(&self.display, &["key", keys]);
        std::thread::sleep(Duration::from_millis(300));
    }
}

fn walk(size: (i32, i32), language: Language) {
    let walk = Walk::new(size, language);

    // A student's work window and its dialogs.
    let answers = walk.home().join("answers.ron");
    let (app, window) = walk.launch(&["--answers", answers.to_str().unwrap()]);
    walk.visit("work", &window, "cmd-hand-in", false);
    // Further down the article, by keyboard: F6 to the article, Tab from paragraph to
    // paragraph (each brought into view), then back to the answer.
    walk.key("F6");
    for _ in 0..9 {
        walk.key("Tab");
    }
    walk.visit("work-further-down", &window, "cmd-hand-in", false);
    walk.key("F6");
    for (what, keys, marker) in [
        ("help", "F1", "help-shortcuts"),
        ("reading-settings", "ctrl+comma", "settings-text-size"),
        ("hand-in", "ctrl+shift+e", "hand-in-title"),
        ("empty-questions", "ctrl+e", "empty-body"),
        ("finish", "ctrl+shift+q", "finish-title"),
    ] {
        // Each twice: the second opening is where lists once opened behind their dialog.
        for _ in 0..2 {
            walk.key(keys);
            walk.visit(what, &window, marker, true);
        }
    }
    // Lectern's own chooser (no zenity, no portal here).
    walk.key("ctrl+shift+e");
    walk.visit("hand-in", &window, "hand-in-title", false);
    walk.desktop
        .press(&walk.display, &walk.said("cmd-hand-in-to-folder"));
    walk.visit("chooser", &window, "chooser-why", true);
    walk.key("Escape");
    drop(app);

    // The start screen, its teachers' part and the paste box.
    let (_app, window) = walk.launch(&[]);
    walk.visit("start", &window, "start-your-name", false);
    walk.desktop
        .press(&walk.display, &walk.said("start-for-teachers"));
    walk.visit("start-teachers", &window, "cmd-paste-reading", false);
    for _ in 0..2 {
        walk.desktop
            .press(&walk.display, &walk.said("cmd-paste-reading"));
        walk.visit("paste", &window, "paste-title", true);
    }
}

#[test]
fn every_screen_fits_speaks_the_language_and_closes_with_escape_at_1024_by_600() {
    for language in [Language::Kazakh, Language::Russian, Language::English] {
        walk((1024, 600), language);
    }
}

#[test]
fn every_screen_fits_speaks_the_language_and_closes_with_escape_at_1366_by_768() {
    for language in [Language::Kazakh, Language::Russian, Language::English] {
        walk((1366, 768), language);
    }
}
