//! The headless commands, run as a student or teacher would run them.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn lectern(args: &[&str], home: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lectern"))
        .args(args)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn parse_prints_the_bundled_reading_one_prompt_per_line() {
    let home = tempfile::tempdir().unwrap();
    let out = lectern(&["parse"], home.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "Title: Kazakhstan and the EU: A Multi-Vector Partnership"
    );
    assert_eq!(*lines.last().unwrap(), "13 prompts in 5 sections");
    let prompt_lines: Vec<&str> = lines
        .iter()
        .filter(|l| {
            l.starts_with(['L', 'Q', 'E']) && l.chars().nth(1).is_some_and(|c| c.is_ascii_digit())
        })
        .copied()
        .collect();
    assert_eq!(prompt_lines.len(), 13);
    assert!(
        prompt_lines[6].starts_with("Q6  What are the potential economic and political benefits")
    );
    assert_eq!(text.matches("Section: ").count(), 5);
}

#[test]
fn parse_reads_a_file_and_reports_a_missing_one() {
    let home = tempfile::tempdir().unwrap();
    let reading = home.path().join("r.md");
    fs::write(
        &reading,
        "# Title\n\nText.\n\n## Questions\n1. One?\n2. Two?\n",
    )
    .unwrap();
    let out = lectern(&["parse", reading.to_str().unwrap()], home.path());
    assert!(out.status.success());
    assert!(stdout(&out).ends_with("2 prompts in 1 section\n"));

    let missing = home.path().join("nope.md");
    let out = lectern(&["parse", missing.to_str().unwrap()], home.path());
    assert!(!out.status.success());
    assert!(stderr(&out).contains("nope.md"), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
}

#[test]
fn bad_readings_fail_cleanly_with_the_file_named() {
    let home = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8], &str); 3] = [
        ("empty.md", b"  \n\n", "empty"),
        ("binary.md", b"\x7fELF\x00\x01\x02", "binary"),
        ("latin1.md", b"Caf\xe9 society\n", "not UTF-8"),
    ];
    for (name, bytes, needle) in cases {
        let path = home.path().join(name);
        fs::write(&path, bytes).unwrap();
        let out = lectern(&["parse", path.to_str().unwrap()], home.path());
        assert_eq!(out.status.code(), Some(1), "{name}");
        let err = stderr(&out);
        assert!(err.contains(name) && err.contains(needle), "{name}: {err}");
        assert_eq!(fs::read(&path).unwrap(), bytes, "{name} unchanged");
    }
}

#[test]
fn a_reading_without_questions_parses_with_a_warning() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("plain.txt");
    fs::write(&path, "Only an article.\n").unwrap();
    let out = lectern(&["parse", path.to_str().unwrap()], home.path());
    assert!(out.status.success());
    assert!(stdout(&out).ends_with("0 prompts in 0 sections\n"));
    assert!(stderr(&out).contains("no questions found"));
}

const ANSWERS: &str = r#"(
    version: 1,
    reading: (title: "Kazakhstan and the EU", origin: "bundled:kazakhstan-eu", sha256: "old"),
    student: "Aliya <b>",
    answers: [
        (prompt_id: "Q2", prompt: "What are the potential benefits and challenges for Kazakhstan in pursuing this “multi-vector” foreign policy?", text: "Leverage, mostly.", edited: "2026-11-28T10:00:00Z"),
    ],
)"#;

#[test]
fn export_writes_each_format_and_warns_about_an_old_version() {
    let home = tempfile::tempdir().unwrap();
    let answers = home.path().join("a.ron");
    fs::write(&answers, ANSWERS).unwrap();
    for (format, needle) in [
        ("md", "# Kazakhstan"),
        ("html", "<!DOCTYPE html>"),
        ("txt", "====="),
    ] {
        let out = lectern(
            &["export", answers.to_str().unwrap(), "--format", format],
            home.path(),
        );
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        let sheet = stdout(&out);
        assert!(sheet.contains(needle), "{format}");
        assert!(sheet.contains("Leverage, mostly."), "{format}");
        assert!(sheet.contains("1 of 13 prompts answered"), "{format}");
        assert!(
            stderr(&out).contains("different version"),
            "{format}: {}",
            stderr(&out)
        );
    }
    let out_path = home.path().join("sheet.html");
    let out = lectern(
        &[
            "export",
            answers.to_str().unwrap(),
            "-o",
            out_path.to_str().unwrap(),
        ],
        home.path(),
    );
    assert!(out.status.success());
    let html = fs::read_to_string(&out_path).unwrap();
    assert!(html.contains("Aliya &lt;b&gt;"));
}

#[test]
fn export_refuses_to_overwrite_its_answers_file() {
    let home = tempfile::tempdir().unwrap();
    let answers = home.path().join("a.ron");
    fs::write(&answers, ANSWERS).unwrap();
    let out = lectern(
        &[
            "export",
            answers.to_str().unwrap(),
            "--format",
            "md",
            "-o",
            answers.to_str().unwrap(),
        ],
        home.path(),
    );
    assert!(!out.status.success());
    assert!(stderr(&out).contains("will not export over"));
    assert_eq!(fs::read_to_string(&answers).unwrap(), ANSWERS);
}

#[test]
fn export_of_a_broken_answers_file_names_line_and_column() {
    let home = tempfile::tempdir().unwrap();
    let answers = home.path().join("broken.ron");
    fs::write(&answers, "(\n  version: 1,\n  reading: [\n").unwrap();
    let out = lectern(
        &["export", answers.to_str().unwrap(), "--format", "md"],
        home.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("broken.ron: line"), "{err}");
}

#[test]
fn usage_errors_exit_2_with_usage() {
    let home = tempfile::tempdir().unwrap();
    let out = lectern(&["export"], home.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("Usage:"));
    let out = lectern(&["--help"], home.path());
    assert!(out.status.success());
    assert!(stdout(&out).contains("lectern parse [READING]"));
}

#[test]
fn the_window_reports_a_bad_reading_before_opening() {
    let home = tempfile::tempdir().unwrap();
    let out = lectern(
        &[home.path().join("missing.md").to_str().unwrap()],
        home.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("missing.md"));
}

#[test]
fn bad_answers_files_fail_export_cleanly_and_stay_unchanged() {
    let home = tempfile::tempdir().unwrap();
    let good = ANSWERS;
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("truncated", good.as_bytes()[..good.len() / 2].to_vec()),
        ("not-utf8", b"(version: 1, student: \"\xff\")".to_vec()),
        ("nul-byte", b"(version: 1\0)".to_vec()), // not "nul": a Windows device name
        ("wrong-types", good.replace("student: \"Aliya <b>\"", "student: [1]").into_bytes()),
        ("unknown-field", good.replace("    student:", "    mood: \"ok\",\n    student:").into_bytes()),
        ("missing-field", good.replace("    student: \"Aliya <b>\",\n", "").into_bytes()),
        ("duplicate-ids", good.replace("    ],", "        (prompt_id: \"Q2\", prompt: \"p\", text: \"again\", edited: \"2026-11-28T10:00:00Z\"),\n    ],").into_bytes()),
        ("future-version", good.replace("version: 1", "version: 99").into_bytes()),
        ("deep-nesting", format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)).into_bytes()),
    ];
    for (name, bytes) in cases {
        let path = home.path().join(format!("{name}.ron"));
        fs::write(&path, &bytes).unwrap();
        let out = lectern(
            &["export", path.to_str().unwrap(), "--format", "html"],
            home.path(),
        );
        assert_eq!(out.status.code(), Some(1), "{name}: {}", stderr(&out));
        assert!(
            stderr(&out).contains(&format!("{name}.ron")),
            "{name}: {}",
            stderr(&out)
        );
        assert!(stdout(&out).is_empty(), "{name}");
        assert_eq!(fs::read(&path).unwrap(), bytes, "{name} unchanged");
    }
}

#[test]
fn hundreds_of_megabytes_are_refused_at_once() {
    let home = tempfile::tempdir().unwrap();
    let answers = home.path().join("huge.ron");
    fs::File::create(&answers)
        .unwrap()
        .set_len(300 * 1024 * 1024)
        .unwrap(); // Sparse.
    let reading = home.path().join("huge.md");
    fs::File::create(&reading)
        .unwrap()
        .set_len(300 * 1024 * 1024)
        .unwrap();
    let start = std::time::Instant::now();
    let out = lectern(
        &["export", answers.to_str().unwrap(), "--format", "md"],
        home.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("too large"), "{}", stderr(&out));
    let out = lectern(&["parse", reading.to_str().unwrap()], home.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("at most"), "{}", stderr(&out));
    // Not a timing test: a hang would take minutes, a refusal takes no reading at all.
    assert!(start.elapsed() < std::time::Duration::from_secs(60));
}

#[test]
fn hostile_prompts_and_names_are_escaped_in_every_format() {
    let home = tempfile::tempdir().unwrap();
    let reading = home.path().join("hostile.md");
    fs::write(&reading, "# <script>alert(1)</script> & *stars*\n\nArticle.\n\n## Questions\n1. Is <img src=x onerror=alert(1)> safe?\n2. What about `code` and \u{1b}[31mcolour?\n").unwrap();
    let answers = home.path().join("a.ron");
    let sheet = format!(
        "(version: 1, reading: (title: \"t\", origin: {:?}, sha256: \"x\"), student: \"<i>Eve</i>\\u{{7}}\", answers: [(prompt_id: \"Q1\", prompt: \"p\", text: \"<b>bold</b> *md* \\u{{1b}}[2J\", edited: \"2026-11-28T10:00:00Z\")])",
        // Quoted and escaped as a RON string: a Windows path's backslashes would otherwise
        // read as escapes.
        reading.display().to_string()
    );
    fs::write(&answers, sheet).unwrap();
    for format in ["html", "md", "txt"] {
        let out = lectern(
            &["export", answers.to_str().unwrap(), "--format", format],
            home.path(),
        );
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{format}: control characters"
        );
        if format == "html" {
            for raw in ["<script>", "<img", "<b>bold", "<i>Eve"] {
                assert!(!text.contains(raw), "html: {raw}");
            }
        }
        if format == "md" {
            assert!(text.contains(r"\<b\>bold\</b\> \*md\*"), "md");
        }
        assert!(text.contains("Eve"), "{format}");
    }
}

/// `lectern parse big.md | head`: the reader stops reading, which is no error. (The output
/// is far larger than a pipe holds, so the writes meet the closed pipe.)
#[test]
fn a_closed_output_pipe_ends_quietly() {
    let home = tempfile::tempdir().unwrap();
    let big = home.path().join("big.md");
    fs::write(&big, lectern::generate::reading_text(20_000, 5_000)).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_lectern"))
        .args(["parse", big.to_str().unwrap()])
        .env("HOME", home.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line, as `head -1` would, then close the pipe.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    std::io::Read::read(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status,
        stderr(&out)
    );
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}
