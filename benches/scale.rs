//! Inputs that once took quadratic time (issue 25): a reading with 320,000 `[` and other
//! pathological shapes, a hand-in of 100,000 answers collected from a folder, and 100,000
//! answers exported against a reading of 600,000 prompts. Each is timed once it is built; the
//! figures should grow with the input, not with its square.
//!
//! `cargo bench --bench scale`. `SCALE_DIVISOR=8 cargo test --bench scale` runs every size
//! divided by 8 in a debug build, to compare with an older build quickly; `SCALE_ONLY='A|B'`
//! runs only the rows whose name has A or B.

#[path = "common.rs"]
mod common;

use std::time::{Duration, Instant};

use lectern::answers::{self, AnswerSheet};
use lectern::export::StudySheet;
use lectern::reading::{self, Origin};

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Vec<Duration> {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect()
}

/// Times `f` three times and prints a row, unless `SCALE_ONLY` names other rows.
fn row<T>(name: &str, f: impl FnMut() -> T) {
    let only = std::env::var("SCALE_ONLY").unwrap_or_default();
    if !only.is_empty() && !only.split('|').any(|words| name.contains(words)) {
        return;
    }
    let samples = time(3, f);
    let n = samples.len();
    let s = common::stats(samples);
    println!(
        "| {name} | {} | {} | {n} runs |",
        common::ms(s.median),
        common::ms(s.max)
    );
}

/// `n` with thousands separated, for the table.
fn count(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn main() {
    let divisor: usize = std::env::var("SCALE_DIVISOR")
        .ok()
        .and_then(|d| d.parse().ok())
        .filter(|&d| d > 0)
        .unwrap_or(1);
    let n = |full: usize| (full / divisor).max(1);
    let dir = tempfile::tempdir().unwrap();
    lectern::paths::use_data_dir(dir.path().join("data"));
    println!(
        "Scale on {}{}\n",
        common::machine(),
        if divisor > 1 {
            format!(", every size divided by {divisor}")
        } else {
            String::new()
        }
    );
    println!("| what | median | max | runs |");
    println!("|---|---|---|---|");
    parser(&n);
    collect(&n, dir.path());
    export(&n);
}

/// Pathological readings, each parsed whole.
fn parser(n: &dyn Fn(usize) -> usize) {
    let brackets = n(320_000);
    let prose_line = "Some words of an article, with a [bracket and (a parenthesis ";
    let shapes: Vec<(String, String)> = vec![
        (
            format!("{} `[` on one line", count(brackets)),
            "[".repeat(brackets),
        ),
        (
            format!("{} `[` in sentences, one line", count(brackets)),
            prose_line.repeat(brackets),
        ),
        (
            format!("{} `[` in lines of prose", count(brackets)),
            format!("{prose_line}\n").repeat(brackets),
        ),
        (
            format!("{} unclosed links `[a](b`", count(brackets)),
            "[a](b".repeat(brackets),
        ),
        (
            format!("{} `[a]` before a `(`", count(brackets)),
            "[a]".repeat(brackets) + "(",
        ),
        (
            format!("{} `*` on one line", count(n(1_000_000))),
            "*a".repeat(n(1_000_000)),
        ),
        (
            format!("{} `_` on one line", count(n(1_000_000))),
            "_a".repeat(n(1_000_000)),
        ),
        (
            format!("{} backticks on one line", count(n(1_000_000))),
            "`a".repeat(n(1_000_000)),
        ),
        (
            format!("{} `(` on one line", count(n(1_000_000))),
            "(a".repeat(n(1_000_000)),
        ),
        (
            format!("{} `>` deep", count(n(100_000))),
            format!("{} a\n", ">".repeat(n(100_000))).repeat(20),
        ),
        (
            format!("{} lines of nested list markers", count(n(100_000))),
            (0..n(100_000))
                .map(|i| format!("{}- item {i}\n", " ".repeat(2 * (i % 40))))
                .collect(),
        ),
        (
            "a single 7 MB line".to_owned(),
            "word ".repeat(n(7_000_000) / 5),
        ),
        (
            format!(
                "{} headings naming questions, no prompts",
                count(n(100_000))
            ),
            (0..n(100_000))
                .map(|i| format!("## Discussion question {i}\n\nA paragraph.\n\n"))
                .collect(),
        ),
        (
            format!("{} plain headings", count(n(100_000))),
            (0..n(100_000))
                .map(|i| format!("Heading Number {i}\n\n"))
                .collect(),
        ),
        (
            format!("{} bold titles and questions", count(n(100_000))),
            (0..n(100_000))
                .map(|i| format!("**Essay {i}**\n\n- **Title {i}:** write about it\n\n"))
                .collect(),
        ),
    ];
    for (name, text) in shapes {
        row(&format!("parse: {name} ({} KB)", text.len() / 1024), || {
            reading::parse(&text, Origin::Text, "scale")
        });
    }
}

/// One hand-in of 100,000 answers (its reading not found, so the prompts come from the sheet)
/// beside a short one, collected from a folder and written as a CSV and a class sheet.
fn collect(n: &dyn Fn(usize) -> usize, dir: &std::path::Path) {
    let ids = n(100_000);
    let folder = dir.join("handed-in");
    std::fs::create_dir_all(&folder).unwrap();
    let reading = lectern::generate::prompts_reading(ids, 0);
    let mut sheet = AnswerSheet::new(&reading);
    sheet.reading.origin = "text".to_owned();
    sheet.student = "Many".to_owned();
    let when = "2026-01-01T00:00:00Z".parse().unwrap();
    for (i, prompt) in reading.prompts().enumerate() {
        sheet.set_answer(prompt, &format!("Answer number {i}."), when);
    }
    answers::save(&folder.join("many.ron"), &sheet).unwrap();
    let mut short = sheet.clone();
    short.student = "Few".to_owned();
    short.answers.truncate(10);
    answers::save(&folder.join("few.ron"), &short).unwrap();

    let what = format!("a hand-in of {} prompt ids", count(ids));
    row(&format!("collect {what} from a folder"), || {
        lectern::collect::collect(&folder).unwrap()
    });
    let collected = lectern::collect::collect(&folder).unwrap();
    let group = &collected.groups[0];
    assert_eq!(group.prompts.len(), ids);
    row(&format!("CSV of {what}"), || group.csv());
    row(&format!("class sheet of {what}"), || {
        group.study_sheet("2026-01-01")
    });
}

/// 100,000 answers against a reading of 600,000 prompts: attached to it (and to an edited
/// version where every prompt moved), then built into a study sheet.
fn export(n: &dyn Fn(usize) -> usize) {
    let prompts = n(600_000);
    let answered = n(100_000);
    let reading = lectern::generate::prompts_reading(prompts, 0);
    // The same prompts with one more before them: every id names another prompt now.
    let edited = lectern::generate::prompts_reading(prompts, 1);
    let mut sheet = AnswerSheet::new(&reading);
    let when = "2026-01-01T00:00:00Z".parse().unwrap();
    let step = (prompts / answered).max(1);
    for (i, prompt) in reading.prompts().enumerate().step_by(step) {
        sheet.set_answer(prompt, &format!("Answer number {i}."), when);
    }
    let what = format!(
        "{} answers, {} prompts",
        count(sheet.answers.len()),
        count(prompts)
    );
    row(&format!("attach {what} (same reading)"), || {
        sheet.clone().attach(&reading)
    });
    row(&format!("attach {what} (every prompt moved)"), || {
        sheet.clone().attach(&edited)
    });
    row(&format!("build the study sheet of {what}"), || {
        StudySheet::build(&reading, &sheet, "2026-01-01")
    });
}
