//! What the tests of real parts share: an Xvfb of their own, the real Lectern binary started
//! in it with a home of its own, xdotool, and waiting with a deadline. Each test file that uses
//! it is behind a cargo feature that `.ci/run` turns on after installing the packages.
#![allow(dead_code)] // Each test file uses its own part of this.

pub mod sound;

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Ends the child when the test ends, pass or fail: politely first (SIGTERM lets Xvfb remove
/// its lock file and socket), then for certain.
pub struct Guard(pub Child);

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

pub fn xdotool(display: &str, args: &[&str]) -> Option<String> {
    let out = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", display)
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

pub fn wait_for<T>(what: &str, timeout: Duration, mut f: impl FnMut() -> Option<T>) -> T {
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
pub fn with_window(display: &str, mut launch: impl FnMut() -> Guard) -> (Guard, String) {
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
pub fn start_xvfb() -> (Guard, String) {
    start_xvfb_sized("1400x900x24")
}

/// [`start_xvfb`] with a screen of `size` ("1024x600x24").
pub fn start_xvfb_sized(size: &str) -> (Guard, String) {
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
            .args([display.as_str(), "-screen", "0", size, "-nolisten", "tcp"])
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

pub fn start_lectern(display: &str, home: &Path, answers: &Path) -> Guard {
    let answers = answers.to_str().unwrap();
    start(
        Path::new(env!("CARGO_BIN_EXE_lectern")),
        &["--answers", answers],
        display,
        home,
        &home.join("run"),
    )
}

pub fn start(exe: &Path, args: &[&str], display: &str, home: &Path, runtime: &Path) -> Guard {
    start_with(exe, args, display, home, runtime, &[])
}

/// [`start`], with more environment variables (`PATH`, `DBUS_SESSION_BUS_ADDRESS`…).
pub fn start_with(
    exe: &Path,
    args: &[&str],
    display: &str,
    home: &Path,
    runtime: &Path,
    env: &[(&str, &std::ffi::OsStr)],
) -> Guard {
    let runtime = runtime.to_owned();
    std::fs::create_dir_all(&runtime).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700)).unwrap();
    }
    let mut command = Command::new(exe);
    command
        .args(args)
        .env("DISPLAY", display)
        .env_remove("WAYLAND_DISPLAY")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_RUNTIME_DIR", &runtime)
        // The window speaks English unless a test gives another locale.
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .envs(env.iter().copied())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit());
    // A program just copied (portable mode's test copies Lectern) can be "busy" for a moment:
    // a process another test forked meanwhile holds the copy's write handle until it execs.
    for _ in 0..50 {
        match command.spawn() {
            Ok(child) => return Guard(child),
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy => {
                std::thread::sleep(Duration::from_millis(100));
            }
            Err(e) => panic!("could not start {}: {e}", exe.display()),
        }
    }
    panic!("{} stayed busy for five seconds", exe.display())
}

/// A D-Bus session bus of the test's own, from a configuration that starts no services (the
/// stock one can start a desktop portal, and rfd would then not use zenity). Returns the bus
/// and its address.
pub fn private_session_bus(dir: &Path) -> (Guard, String) {
    let config = dir.join("session-bus.conf");
    std::fs::write(
        &config,
        r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#,
    )
    .unwrap();
    let mut bus = Command::new("dbus-daemon")
        .arg(format!("--config-file={}", config.display()))
        .args(["--nofork", "--print-address=1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("dbus-daemon runs (apt-get install dbus)");
    let mut line = String::new();
    use std::io::BufRead as _;
    std::io::BufReader::new(bus.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let address = line.trim().to_owned();
    assert!(!address.is_empty(), "dbus-daemon printed its address");
    (Guard(bus), address)
}

/// A session bus of the test's own with the accessibility bus on it, a screen reader said to
/// be running: AccessKit then builds its AT-SPI tree, as it does when Orca is on. No desktop
/// portal runs on it, so rfd's dialogs fall back to zenity.
pub struct Desktop {
    _launcher: Guard,
    _bus: Guard,
    pub address: String,
}

impl Desktop {
    pub fn start(dir: &Path, display: &str) -> Desktop {
        let (bus, address) = private_session_bus(dir);
        let launcher = Command::new("/usr/libexec/at-spi-bus-launcher")
            .args(["--a11y=1", "--screen-reader=1"])
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .env("DISPLAY", display)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("at-spi-bus-launcher runs (apt-get install at-spi2-core)");
        std::thread::sleep(Duration::from_millis(800));
        Desktop {
            _launcher: Guard(launcher),
            _bus: bus,
            address,
        }
    }

    /// Runs one of the pyatspi scripts beside this file with `args`.
    pub fn script(&self, display: &str, name: &str, args: &[&str]) -> std::process::Output {
        let script = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/real")
            .join(name);
        // Debian's python3 has pyatspi; another python first on PATH may not.
        let python = if Path::new("/usr/bin/python3").exists() {
            "/usr/bin/python3"
        } else {
            "python3"
        };
        Command::new(python)
            .arg(script)
            .args(args)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .env("DISPLAY", display)
            .output()
            .expect("python3 runs (apt-get install python3-pyatspi)")
    }

    /// Presses Lectern's button called `name`, as a screen reader user would.
    pub fn press(&self, display: &str, name: &str) {
        let out = self.script(display, "atspi_press.py", &["lectern", name, "15"]);
        assert!(
            out.status.success(),
            "pressing {name:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Opens the start screen's "For teachers" part unless it is open already (it stays open
    /// from one start to the next).
    pub fn for_teachers(&self, display: &str) {
        let open = || self.names(display).iter().any(|n| n == "Add a reading…");
        wait_for("the start screen", Duration::from_secs(20), || {
            let names = self.names(display);
            names.iter().any(|n| n == "For teachers").then_some(())
        });
        if !open() {
            self.press(display, "For teachers");
            wait_for("the teachers' part", Duration::from_secs(10), || {
                open().then_some(())
            });
        }
    }

    /// Clicks Lectern's control called `name` with the real mouse, at the place in `window`
    /// AT-SPI gives for it (`atspi_press.py --where`).
    pub fn click(&self, display: &str, window: &str, name: &str) {
        self.click_at(display, window, name, "--where", "1");
    }

    /// Right-clicks the start of the text box called `name` (its first word).
    pub fn right_click_start(&self, display: &str, window: &str, name: &str) {
        self.click_at(display, window, name, "--where-start", "3");
    }

    fn click_at(&self, display: &str, window: &str, name: &str, place: &str, button: &str) {
        // A dialog settles over its first frames (it grows to its content): wait until the
        // control stays where it is.
        // Moving the mouse over the window makes it paint a frame, and so bring AT-SPI the
        // places of that frame (a window that has settled paints no more).
        let mut last = String::new();
        let mut wiggle = 0;
        let place = wait_for(name, Duration::from_secs(15), || {
            wiggle = (wiggle + 1) % 2;
            let at = (4 + wiggle).to_string();
            xdotool(
                display,
                &["mousemove", "--window", window, "--sync", &at, &at],
            );
            std::thread::sleep(Duration::from_millis(200));
            let out = self.script(display, "atspi_press.py", &["lectern", name, "15", place]);
            assert!(
                out.status.success(),
                "finding {name:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let place = String::from_utf8_lossy(&out.stdout).trim().to_owned();
            let settled = place == last;
            last = place.clone();
            std::thread::sleep(Duration::from_millis(250));
            settled.then_some(place)
        });
        let (x, y) = place.split_once(' ').expect("x and y");
        xdotool(display, &["mousemove", "--window", window, "--sync", x, y]);
        std::thread::sleep(Duration::from_millis(150));
        xdotool(display, &["click", button]);
        std::thread::sleep(Duration::from_millis(300));
    }

    /// Lectern's accessibility tree, a node a row: depth, role, name, description, editable,
    /// read-only (`atspi_tree.py`).
    pub fn tree(&self, display: &str) -> Vec<Vec<String>> {
        self.rows(display, "atspi_tree.py", &["lectern", "30"])
    }

    /// What the pyatspi `script` printed, a row a line, fields split at tabs.
    pub fn rows(&self, display: &str, script: &str, args: &[&str]) -> Vec<Vec<String>> {
        let out = self.script(display, script, args);
        assert!(
            out.status.success(),
            "{script} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| l.split('\t').map(str::to_owned).collect())
            .collect()
    }

    /// The names of every node in Lectern's accessibility tree.
    pub fn names(&self, display: &str) -> Vec<String> {
        self.tree(display)
            .into_iter()
            .filter_map(|row| row.into_iter().nth(2))
            .collect()
    }
}

/// Waits for the real zenity file chooser and gives it `path` as a person would: out of
/// "Recent" (where a typed path does nothing) to Home, Ctrl+L, the path, Enter. With a save
/// dialog the name field has the keyboard already; the whole path goes there.
pub fn answer_zenity(display: &str, path: &Path, save: bool) {
    let window = wait_for("the zenity file chooser", Duration::from_secs(20), || {
        xdotool(display, &["search", "--onlyvisible", "--class", "zenity"])
            .and_then(|ids| ids.lines().next().map(str::to_owned))
    });
    xdotool(display, &["windowfocus", "--sync", &window]);
    std::thread::sleep(Duration::from_millis(400));
    if save {
        xdotool(display, &["key", "ctrl+a"]);
    } else {
        xdotool(display, &["key", "alt+Home"]);
        std::thread::sleep(Duration::from_millis(300));
        xdotool(display, &["key", "ctrl+l"]);
    }
    std::thread::sleep(Duration::from_millis(300));
    xdotool(
        display,
        &[
            "type",
            "--delay",
            "20",
            path.to_str().expect("an ASCII path"),
        ],
    );
    std::thread::sleep(Duration::from_millis(300));
    xdotool(display, &["key", "Return"]);
    wait_for("zenity to close", Duration::from_secs(20), || {
        xdotool(display, &["search", "--onlyvisible", "--class", "zenity"])
            .is_none()
            .then_some(())
    });
}

/// Saves a picture of the whole screen to `path` (ImageMagick's `import`).
pub fn screenshot(display: &str, path: &Path) {
    let _ = Command::new("import")
        .args(["-window", "root", path.to_str().unwrap()])
        .env("DISPLAY", display)
        .status();
}

/// Puts `text` on the X clipboard as another program holds it (xclip serves it until it is
/// replaced) and pastes it with Ctrl+V into the window that has the keyboard.
pub fn paste_from_x_clipboard(display: &str, text: &str) {
    use std::io::Write as _;
    let mut xclip = Command::new("xclip")
        .args(["-selection", "clipboard", "-display", display])
        .stdin(Stdio::piped())
        .spawn()
        .expect("xclip runs (apt-get install xclip)");
    xclip
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    xclip.wait().unwrap();
    std::thread::sleep(Duration::from_millis(300));
    xdotool(display, &["key", "ctrl+v"]);
    std::thread::sleep(Duration::from_millis(600));
}
