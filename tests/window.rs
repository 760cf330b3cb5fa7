//! The real binary in a real X window (under Xvfb): the window appears with the reading's title,
//! typing reaches the answer editor, the title marks unsaved work, and Ctrl+S saves.
//!
//! Needs Xvfb and xdotool, so it runs only with `--features gui-tests` (as `.ci/run` does after
//! installing them).
#![cfg(feature = "gui-tests")]

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Kills the child when the test ends, pass or fail.
struct Guard(Child);

impl Drop for Guard {
    fn drop(&mut self) {
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

fn start_xvfb() -> (Guard, String) {
    // A display number unlikely to be in use; Xvfb fails fast if it is.
    let number = 90 + (std::process::id() % 400);
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
    let guard = Guard(xvfb);
    wait_for("Xvfb", Duration::from_secs(10), || {
        xdotool(&display, &["getdisplaygeometry"])
    });
    (guard, display)
}

fn start_lectern(display: &str, home: &Path, answers: &Path) -> Guard {
    let runtime = home.join("run");
    std::fs::create_dir_all(&runtime).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700)).unwrap();
    }
    let child = Command::new(env!("CARGO_BIN_EXE_lectern"))
        .arg("--answers")
        .arg(answers)
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
    let app = start_lectern(&display, home.path(), &answers);
    let pid = app.0.id().to_string();

    let window = wait_for("the Lectern window", Duration::from_secs(60), || {
        let ids = xdotool(&display, &["search", "--pid", &pid])?;
        ids.lines()
            .find(|id| {
                xdotool(&display, &["getwindowname", id]).is_some_and(|n| n.ends_with(" — Lectern"))
            })
            .map(str::to_owned)
    });
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
}
