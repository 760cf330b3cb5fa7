//! The real binary in a real X window (under Xvfb): the window appears with the reading's title,
//! typing reaches the answer editor, the title marks unsaved work, and Ctrl+S saves.
//!
//! Needs Xvfb and xdotool, so it runs only with `--features gui-tests` (as `.ci/run` does after
//! installing them).
#![cfg(feature = "gui-tests")]

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Ends the child when the test ends, pass or fail: politely first (SIGTERM lets Xvfb remove
/// its lock file and socket), then for certain.
struct Guard(Child);

impl Drop for Guard {
    fn drop(&mut self) {
        if self.0.try_wait().ok().flatten().is_some() {
            return; // Already gone (and reaped: its pid may belong to another process now).
        }
        let _ = Command::new("kill").arg(self.0.id().to_string()).status();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(3) {
            if self.0.try_wait().ok().flatten().is_some() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn xdotool(display: &str, args: &[&str]) -> Option<String> {
    let out = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", display)
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

fn wait_for<T>(what: &str, timeout: Duration, mut f: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    loop {
        if let Some(v) = f() {
            return v;
        }
        assert!(start.elapsed() < timeout, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Starts Lectern with `launch` and returns it with its window's id once the window shows a
/// title. A fresh Xvfb now and then refuses a client's very first connection while another
/// test's server starts; a Lectern that ends before showing a window is therefore started
/// again, twice at most. A Lectern that cannot open a window at all still fails the test.
fn with_window(display: &str, mut launch: impl FnMut() -> Guard) -> (Guard, String) {
    for attempt in 1..=3 {
        let mut app = launch();
        let pid = app.0.id().to_string();
        let start = Instant::now();
        loop {
            if let Some(status) = app.0.try_wait().ok().flatten() {
                assert!(
                    attempt < 3,
                    "Lectern ended before its window showed, three times: {status}"
                );
                break;
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "timed out waiting for the Lectern window"
            );
            let window = xdotool(display, &["search", "--pid", &pid]).and_then(|ids| {
                ids.lines()
                    .find(|id| {
                        xdotool(display, &["getwindowname", id])
                            .is_some_and(|n| n.ends_with(" — Lectern"))
                    })
                    .map(str::to_owned)
            });
            if let Some(window) = window {
                return (app, window);
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }
    unreachable!("the loop returns or fails")
}

/// Starts an Xvfb of this test's own and returns its display. A display number already taken
/// (by another test, a developer's Xvfb, a stale lock) is skipped: the server must be ours,
/// still running, with its socket in place, before anything connects to it.
fn start_xvfb() -> (Guard, String) {
    static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    for _ in 0..50 {
        let number = 200
            + (std::process::id() % 300) * 8
            + NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed) % 8;
        let lock = format!("/tmp/.X{number}-lock");
        let socket = format!("/tmp/.X11-unix/X{number}");
        if Path::new(&lock).exists() || Path::new(&socket).exists() {
            continue;
        }
        let display = format!(":{number}");
        let xvfb = Command::new("Xvfb")
            .args([
                display.as_str(),
                "-screen",
                "0",
                "1400x900x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb is installed (apt-get install xvfb)");
        let mut guard = Guard(xvfb);
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if guard.0.try_wait().ok().flatten().is_some() {
                break; // It exited: the display was taken after all. Try another.
            }
            if Path::new(&socket).exists() && xdotool(&display, &["getdisplaygeometry"]).is_some() {
                // Still ours a moment later (a server that lost a race exits at once)?
                std::thread::sleep(Duration::from_millis(200));
                if guard.0.try_wait().ok().flatten().is_none() {
                    return (guard, display);
                }
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    panic!("no Xvfb display could be started");
}

fn start_lectern(display: &str, home: &Path, answers: &Path) -> Guard {
    let answers = answers.to_str().unwrap();
    start(
        Path::new(env!("CARGO_BIN_EXE_lectern")),
        &["--answers", answers],
        display,
        home,
        &home.join("run"),
    )
}

fn start(exe: &Path, args: &[&str], display: &str, home: &Path, runtime: &Path) -> Guard {
    let runtime = runtime.to_owned();
    std::fs::create_dir_all(&runtime).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700)).unwrap();
    }
    let child = Command::new(exe)
        .args(args)
        .env("DISPLAY", display)
        .env_remove("WAYLAND_DISPLAY")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_RUNTIME_DIR", &runtime)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    Guard(child)
}

#[test]
fn the_real_window_opens_takes_typing_and_saves() {
    let (_xvfb, display) = start_xvfb();
    let home = tempfile::tempdir().unwrap();
    let answers = home.path().join("answers.ron");
    let (mut app, window) =
        with_window(&display, || start_lectern(&display, home.path(), &answers));

    let title = xdotool(&display, &["getwindowname", &window]).unwrap();
    assert_eq!(
        title,
        "Kazakhstan and the EU: A Multi-Vector Partnership — Lectern"
    );

    xdotool(&display, &["windowfocus", "--sync", &window]);
    std::thread::sleep(Duration::from_millis(500));
    xdotool(
        &display,
        &["type", "--delay", "40", "Typed in a real window."],
    )
    .expect("xdotool types");
    wait_for(
        "the unsaved mark in the title",
        Duration::from_secs(10),
        || xdotool(&display, &["getwindowname", &window]).filter(|n| n.starts_with("● ")),
    );

    xdotool(&display, &["key", "ctrl+s"]).unwrap();
    let saved = wait_for("the answers file", Duration::from_secs(10), || {
        lectern::answers::load(&answers)
            .ok()
            .filter(|s| !s.answers.is_empty())
    });
    assert_eq!(saved.answers[0].prompt_id.as_str(), "L1");
    assert_eq!(saved.answers[0].text, "Typed in a real window.");
    wait_for(
        "the title without the unsaved mark",
        Duration::from_secs(10),
        || xdotool(&display, &["getwindowname", &window]).filter(|n| !n.starts_with("● ")),
    );

    // The keyboard path to evidence, with real key events: F6 to the article, Tab to the
    // second paragraph, Shift+End to select its first line, cite it and highlight it, F6 back.
    for keys in [
        ["F6"],
        ["Tab"],
        ["shift+End"],
        ["ctrl+shift+c"],
        ["ctrl+shift+h"],
        ["F6"],
    ] {
        xdotool(&display, &["key", keys[0]]).unwrap();
        std::thread::sleep(Duration::from_millis(150));
    }

    // Larger text and the dark theme, then more typing and Ctrl+Q at once: quitting saves the
    // answers (before autosave would have) and remembers the settings.
    xdotool(
        &display,
        &["key", "ctrl+equal", "ctrl+equal", "ctrl+shift+d"],
    )
    .unwrap();
    xdotool(&display, &["type", "--delay", "40", " More."]).unwrap();
    xdotool(&display, &["key", "ctrl+q"]).unwrap();
    let status = wait_for("Lectern to quit", Duration::from_secs(20), || {
        app.0.try_wait().ok().flatten()
    });
    assert!(status.success());
    let saved = lectern::answers::load(&answers).unwrap();
    assert_eq!(saved.answers[0].text, "Typed in a real window. More.");
    let cited = &saved.answers[0].citations;
    assert_eq!(cited.len(), 1, "cited from the keyboard");
    assert_eq!(cited[0].paragraph, 2);
    assert!(
        cited[0].quote.starts_with("Kazakh President"),
        "{:?}",
        cited[0].quote
    );
    assert_eq!(saved.highlights.len(), 1, "highlighted from the keyboard");
    assert_eq!(saved.highlights[0].passage, cited[0]);
    let settings =
        find_file_containing(home.path(), "lectern-settings").expect("settings were stored");
    let settings = std::fs::read_to_string(settings).unwrap();
    assert!(
        settings.contains("zoom:1.2") || settings.contains("zoom: 1.2"),
        "{settings}"
    );
    assert!(settings.contains("Dark"), "{settings}");
}

fn find_file_containing(dir: &Path, needle: &str) -> Option<std::path::PathBuf> {
    for entry in std::fs::read_dir(dir).ok()?.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if let Some(found) = find_file_containing(&path, needle) {
                return Some(found);
            }
        } else if std::fs::read_to_string(&path).is_ok_and(|t| t.contains(needle)) {
            return Some(path);
        }
    }
    None
}

/// Every file below `dir`, relative to it.
fn files_below(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(
                files_below(&path)
                    .into_iter()
                    .map(|p| Path::new(&entry.file_name()).join(p)),
            );
        } else {
            out.push(entry.file_name().into());
        }
    }
    out
}

#[test]
fn portable_mode_writes_nothing_outside_its_folder() {
    let (_xvfb, display) = start_xvfb();
    let stick = tempfile::tempdir().unwrap();
    let exe = stick.path().join("lectern");
    std::fs::copy(env!("CARGO_BIN_EXE_lectern"), &exe).unwrap();
    std::fs::write(stick.path().join(lectern::paths::PORTABLE_MARKER), "").unwrap();
    let home = tempfile::tempdir().unwrap(); // A fake home that must stay empty.
    let runtime = tempfile::tempdir().unwrap();
    let (mut app, window) = with_window(&display, || {
        start(&exe, &[], &display, home.path(), runtime.path())
    });
    xdotool(&display, &["windowfocus", "--sync", &window]);
    std::thread::sleep(Duration::from_millis(500));
    // The start screen: a name, then Enter opens the first reading.
    xdotool(&display, &["type", "--delay", "40", "Stick User"]).unwrap();
    xdotool(&display, &["key", "Return"]).unwrap();
    std::thread::sleep(Duration::from_millis(800));
    xdotool(&display, &["type", "--delay", "40", "From a USB stick."]).unwrap();
    xdotool(&display, &["key", "ctrl+q"]).unwrap();
    wait_for("Lectern to quit", Duration::from_secs(20), || {
        app.0.try_wait().ok().flatten()
    });

    assert_eq!(
        files_below(home.path()),
        Vec::<std::path::PathBuf>::new(),
        "nothing in the home folder"
    );
    let data = stick.path().join("lectern-data");
    let written = files_below(&data);
    let answers = written
        .iter()
        .find(|p| p.starts_with("answers") && p.extension().is_some_and(|e| e == "ron"))
        .expect("answers in the portable folder");
    assert_eq!(
        lectern::answers::load(&data.join(answers)).unwrap().answers[0].text,
        "From a USB stick."
    );
    assert!(
        written.iter().any(|p| p.ends_with("app.ron")),
        "settings in the portable folder: {written:?}"
    );
}
