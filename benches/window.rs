//! Start-up, memory and idle cost of the real window under Xvfb, side by side with a bare eframe
//! window built from the same eframe features (`examples/bare_window.rs`).
//!
//! Needs Xvfb and xdotool (`apt-get install xvfb xdotool`). Build the bare window first:
//! `cargo build --release --example bare_window && cargo bench --bench window`

#[path = "common.rs"]
mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Guard(Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Clock ticks per second for /proc/PID/stat (100 on Linux).
const TICKS: f64 = 100.0;

fn proc_status(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// User + system CPU time of a process, in seconds.
fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let after_name = &stat[stat.rfind(')').unwrap() + 2..];
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
    ticks as f64 / TICKS
}

struct Run {
    first_frame: Duration,
    peak_kib: u64,
    idle_percent: f64,
}

fn run(exe: &Path, args: &[&str], display: &str, home: &Path) -> Run {
    let runtime = home.join("run");
    std::fs::create_dir_all(&runtime).unwrap();
    let start = Instant::now();
    let mut child = Command::new(exe)
        .args(args)
        .env("DISPLAY", display)
        .env_remove("WAYLAND_DISPLAY")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_RUNTIME_DIR", &runtime)
        .env("LECTERN_REPORT_FIRST_FRAME", "1")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let pid = child.id();
    let guard = Guard(child);
    let mut lines = BufReader::new(stderr).lines();
    let first_frame = loop {
        match lines.next() {
            Some(Ok(line)) if line.contains("first frame painted") => break start.elapsed(),
            Some(_) => {}
            None => panic!("{} ended before painting", exe.display()),
        }
    };
    // Drain stderr in the background so the child never blocks on it.
    std::thread::spawn(move || for _ in lines {});
    // Give the window the keyboard focus, as a student's desktop does: a focused text box
    // blinks its cursor, which is the one thing that could cost CPU while nothing happens.
    let focus = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "xdotool search --pid {pid} | head -1 | xargs -r xdotool windowfocus --sync"
        ))
        .env("DISPLAY", display)
        .status();
    assert!(
        focus.is_ok_and(|s| s.success()),
        "xdotool focuses the window (apt-get install xdotool)"
    );
    std::thread::sleep(Duration::from_secs(2)); // Let start-up work settle.
    let before = cpu_seconds(pid);
    let idle_window = Duration::from_secs(10);
    std::thread::sleep(idle_window);
    let idle_percent = (cpu_seconds(pid) - before) / idle_window.as_secs_f64() * 100.0;
    let peak_kib = proc_status(pid, "VmHWM:").unwrap_or(0);
    drop(guard);
    Run {
        first_frame,
        peak_kib,
        idle_percent,
    }
}

fn main() {
    let lectern = PathBuf::from(env!("CARGO_BIN_EXE_lectern"));
    let bare = lectern
        .parent()
        .unwrap()
        .join("examples")
        .join("bare_window");
    assert!(
        bare.exists(),
        "build it first: cargo build --release --example bare_window"
    );
    let display = ":77";
    let _xvfb = Guard(
        Command::new("Xvfb")
            .args([display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb is installed"),
    );
    std::thread::sleep(Duration::from_secs(1));

    let runs = 10;
    // `LECTERN_COMPARE=PATH` adds another build of Lectern (an earlier release, say), launched
    // in turn with the others so both see the same machine.
    let other = std::env::var_os("LECTERN_COMPARE").map(PathBuf::from);
    // (name, program, answers written in Kazakh, Russian and English, so the three
    // dictionaries they need load, runs)
    let mut results: Vec<(&str, Option<&Path>, bool, Vec<Run>)> = vec![
        ("bare eframe window", None, false, Vec::new()),
        (
            "Lectern, bundled reading",
            Some(&lectern),
            false,
            Vec::new(),
        ),
        (
            "Lectern, answers in Kazakh, Russian and English (three dictionaries load)",
            Some(&lectern),
            true,
            Vec::new(),
        ),
    ];
    if let Some(other) = &other {
        results.push((
            "other Lectern build (LECTERN_COMPARE)",
            Some(other),
            false,
            Vec::new(),
        ));
    }
    for _ in 0..runs {
        for (_, program, multilingual, samples) in results.iter_mut() {
            let home = tempfile::tempdir().unwrap();
            let run = match program {
                None => run(&bare, &[], display, home.path()),
                Some(program) => {
                    let answers = home.path().join("answers.ron");
                    if *multilingual {
                        write_multilingual_answers(&answers);
                    }
                    run(
                        program,
                        &["--answers", answers.to_str().unwrap()],
                        display,
                        home.path(),
                    )
                }
            };
            samples.push(run);
        }
    }
    println!(
        "Window start-up under Xvfb (Mesa llvmpipe, glow), {runs} runs each, on {}\n",
        common::machine()
    );
    println!(
        "| window | launch → first painted frame (median) | peak memory (median) | idle CPU over 10 s (median) |"
    );
    println!("|---|---|---|---|");
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let mut medians = Vec::new();
    for (name, _, _, samples) in &results {
        let start = median(
            samples
                .iter()
                .map(|r| r.first_frame.as_secs_f64() * 1000.0)
                .collect(),
        );
        let peak = median(samples.iter().map(|r| r.peak_kib as f64 / 1024.0).collect());
        let idle = median(samples.iter().map(|r| r.idle_percent).collect());
        println!("| {name} | {start:.0} ms | {peak:.1} MiB | {idle:.2} % of one core |");
        medians.push((start, peak));
    }
    let (bare_start, bare_peak) = medians[0];
    let (start, peak) = medians[1];
    println!(
        "\nLectern / bare: start-up {:.2}× (budget ≤ 1.2×), peak memory {:.2}× (budget ≤ 1.2×)",
        start / bare_start,
        peak / bare_peak
    );
    let (_, with_dictionaries) = medians[2];
    println!(
        "With three dictionaries loaded: peak memory {:.1} MiB more ({:.2}× the bare window)",
        with_dictionaries - peak,
        with_dictionaries / bare_peak
    );
}

/// Every prompt answered in Kazakh, Russian and English (so the window opens on the first,
/// and checks it in all three dictionaries).
fn write_multilingual_answers(path: &Path) {
    let reading = lectern::reading::BUNDLED[0].parse();
    let mut sheet = lectern::answers::AnswerSheet::new(&reading);
    let at = "2026-12-03T09:00:00Z".parse().unwrap();
    let prompts: Vec<_> = reading.prompts().cloned().collect();
    for prompt in &prompts {
        sheet.set_answer(
            prompt,
            "Кітапп оқыдым. Превет, друзья. Recieve the treaty.",
            at,
        );
    }
    lectern::answers::save(path, &sheet).unwrap();
}
