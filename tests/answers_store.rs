//! Answers files: RON round trip, atomic save with a backup, and files that must never be
//! overwritten.

use std::fs;
use std::path::Path;

use jiff::Timestamp;
use lectern::answers::{self, AnswerSheet, SaveError};
use lectern::files::FileError;
use lectern::reading::{self, Origin, Reading};

fn seed() -> Reading {
    reading::BUNDLED[0].parse()
}

fn t(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn sheet_with(reading: &Reading, answers: &[(&str, &str)]) -> AnswerSheet {
    let mut sheet = AnswerSheet::new(reading);
    sheet.student = "Aliya Nurlanovna".to_owned();
    for (id, text) in answers {
        let prompt = reading.prompts().find(|p| p.id.as_str() == *id).unwrap();
        sheet.set_answer(prompt, text, t("2026-11-28T10:42:17Z"));
    }
    sheet
}

#[test]
fn round_trips_every_kind_of_text() {
    let r = seed();
    let tricky = "Line one\nline two with \"quotes\" and \\backslash\\\n\n\"#) raw-string breakers r#\"x\"#\n\
                  Қазақстан, «guillemets», emoji 🌍, tab\there, NUL-free control \u{7}";
    let sheet = sheet_with(&r, &[("Q1", tricky), ("E2", "short"), ("L1", "")]);
    let ron = answers::to_ron(&sheet).unwrap();
    let back = answers::from_ron(&ron, Path::new("x.ron")).unwrap();
    assert_eq!(back, sheet);
}

/// One line ending in the whole file, on every system (on Windows ron's own default is
/// "\r\n", which mixed with Lectern's "\n" header: this fails under Wine without the fix).
#[test]
fn an_answers_file_has_one_kind_of_line_ending() {
    let r = seed();
    let sheet = sheet_with(&r, &[("Q1", "Two\nlines"), ("E2", "short")]);
    let ron = answers::to_ron(&sheet).unwrap();
    assert!(!ron.contains('\r'), "{ron:?}");
    assert!(ron.lines().count() > 5);
}

#[test]
fn saved_file_is_human_readable() {
    let r = seed();
    let sheet = sheet_with(&r, &[("Q4", "First paragraph.\n\nSecond paragraph.")]);
    let ron = answers::to_ron(&sheet).unwrap();
    assert!(ron.contains(&format!("version: {}", answers::FORMAT_VERSION)));
    assert!(ron.contains("student: \"Aliya Nurlanovna\""));
    assert!(ron.contains("prompt_id: \"Q4\""));
    assert!(ron.contains("origin: \"bundled:kazakhstan-eu\""));
    assert!(ron.contains(&format!("sha256: \"{}\"", r.fingerprint)));
    assert!(ron.contains("edited: \"2026-11-28T10:42:17Z\""));
    assert!(
        ron.contains("First paragraph.\n\nSecond paragraph."),
        "multi-line answers stay on several lines:\n{ron}"
    );
}

#[test]
fn save_is_atomic_and_keeps_the_previous_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.ron");
    let r = seed();
    let first = sheet_with(&r, &[("Q1", "first draft")]);
    answers::save(&path, &first).unwrap();
    assert!(
        !answers::backup_path(&path).exists(),
        "no backup of nothing"
    );

    let second = sheet_with(&r, &[("Q1", "second draft")]);
    answers::save(&path, &second).unwrap();
    assert_eq!(answers::load(&path).unwrap(), second);
    assert_eq!(answers::load(&answers::backup_path(&path)).unwrap(), first);

    let mut names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["answers.ron", "answers.ron.bak"],
        "no temporary files left behind"
    );
}

#[test]
fn a_file_that_fails_to_parse_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.ron");
    let garbage = "(version: 1, reading: (title: \"x\", origin: \"y\", sha256: \"z\"), student: \"A\", answers: [ (prompt_id: \"Q1\", prompt: \"p\", text: \"unterminated";
    fs::write(&path, garbage).unwrap();
    let err = answers::load(&path).unwrap_err();
    assert!(matches!(err, FileError::Syntax { .. }), "{err}");

    let sheet = sheet_with(&seed(), &[("Q1", "new work")]);
    let refused = answers::save(&path, &sheet).unwrap_err();
    assert!(
        matches!(refused, SaveError::WouldDestroy { .. }),
        "{refused}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), garbage);
    assert!(!answers::backup_path(&path).exists());
}

#[test]
fn syntax_errors_name_the_file_line_and_column() {
    let text = "(\n    version: 1,\n    reading: oops,\n)";
    let err = answers::from_ron(text, Path::new("/tmp/a.ron")).unwrap_err();
    let FileError::Syntax { line, column, .. } = &err else {
        panic!("{err}")
    };
    assert_eq!(*line, 3);
    assert!(*column >= 5, "column {column}");
    let message = err.to_string();
    assert!(
        message.starts_with("/tmp/a.ron: line 3, column"),
        "{message}"
    );
}

#[test]
fn newer_format_versions_are_refused_by_name() {
    let r = seed();
    let ron = answers::to_ron(&sheet_with(&r, &[])).unwrap().replace(
        &format!("version: {}", answers::FORMAT_VERSION),
        "version: 7",
    );
    let err = answers::from_ron(&ron, Path::new("a.ron")).unwrap_err();
    assert!(matches!(err, FileError::Newer { found: 7, .. }), "{err}");
    assert!(err.to_string().contains("newer Lectern"));

    // Even when the rest of the file has changed shape beyond recognition.
    let future = "(version: 5, everything: [\"different\"])";
    assert!(matches!(
        answers::from_ron(future, Path::new("a.ron")),
        Err(FileError::Newer { found: 5, .. })
    ));
}

#[test]
fn wrong_shapes_are_rejected_with_clear_errors() {
    let r = seed();
    let good = answers::to_ron(&sheet_with(&r, &[("Q1", "x")])).unwrap();
    let cases = [
        ("", "empty"),
        (
            "not ron at all",
            "line 1, column 1: the file is not written as Lectern",
        ),
        (
            &good.replace("student: \"Aliya Nurlanovna\"", "student: 42"),
            "not of the kind expected (text",
        ),
        (&good.replace("student:", "pupil:"), "pupil"),
        (
            &good.replace("    student: \"Aliya Nurlanovna\",\n", ""),
            "student",
        ),
        (&good.replace("version: 4", "version: 0"), "format 0"),
    ];
    for (text, needle) in cases {
        let err = answers::from_ron(text, Path::new("a.ron"))
            .unwrap_err()
            .to_string();
        assert!(
            err.to_lowercase().contains(&needle.to_lowercase()),
            "error for {needle:?} was: {err}"
        );
        // In a student's words: never the parser's names for Lectern's insides.
        for inner in ["Probe", "AnswerSheet", "struct", "`"] {
            assert!(!err.contains(inner), "{err}");
        }
    }
}

#[test]
fn duplicate_prompt_ids_are_rejected() {
    let r = seed();
    let good = answers::to_ron(&sheet_with(&r, &[("Q1", "a"), ("Q2", "b")])).unwrap();
    let dup = good.replace("prompt_id: \"Q2\"", "prompt_id: \"Q1\"");
    let err = answers::from_ron(&dup, Path::new("a.ron")).unwrap_err();
    assert!(err.to_string().contains("Q1 has two answers"), "{err}");
}

#[test]
fn binary_and_huge_files_are_refused_without_reading_them_whole() {
    let dir = tempfile::tempdir().unwrap();
    // Not "nul.ron": Windows reserves that name for a device.
    let nul = dir.path().join("with-nul-byte.ron");
    fs::write(&nul, b"(version: 1\0)").unwrap();
    assert!(matches!(
        answers::load(&nul),
        Err(FileError::NotText { .. })
    ));
    let latin1 = dir.path().join("latin1.ron");
    fs::write(&latin1, b"(student: \"Andr\xe9\")").unwrap();
    assert!(matches!(
        answers::load(&latin1),
        Err(FileError::NotText { .. })
    ));
    let huge = dir.path().join("huge.ron");
    let file = fs::File::create(&huge).unwrap();
    file.set_len(answers::MAX_ANSWERS_BYTES + 1).unwrap(); // Sparse: costs no disk.
    assert!(matches!(
        answers::load(&huge),
        Err(FileError::TooLarge { .. })
    ));
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(answers::from_ron(&deep, Path::new("a.ron")).is_err());
}

#[test]
fn answers_to_prompts_that_left_the_reading_are_kept() {
    let r = seed();
    let mut sheet = sheet_with(&r, &[("Q1", "kept answer"), ("Q9", "also kept")]);
    let smaller = reading::parse(
        "Article.\n\n## Questions\n1. How significant is Kazakhstan’s move to diversify its partnerships beyond Russia, particularly in light of the geopolitical shifts following the Ukraine war?\n",
        Origin::Text,
        "x",
    );
    let report = sheet.attach(&smaller);
    assert!(report.different_text);
    assert_eq!(report.orphans, 1);
    assert_eq!(sheet.answers.len(), 2, "nothing dropped");
    assert_eq!(
        sheet.text(&smaller.prompts().next().unwrap().id),
        "kept answer"
    );
    let orphan: Vec<_> = sheet.orphans(&smaller).collect();
    assert_eq!(orphan[0].text, "also kept");
}

#[test]
fn answers_follow_their_prompt_when_the_reading_is_reordered() {
    let a = reading::parse(
        "A.\n\n## Questions\n1. Alpha?\n2. Beta?\n",
        Origin::Text,
        "x",
    );
    let b = reading::parse(
        "A.\n\n## Questions\n1. Beta?\n2. Alpha?\n",
        Origin::Text,
        "x",
    );
    let mut sheet = AnswerSheet::new(&a);
    sheet.set_answer(
        a.prompts().next().unwrap(),
        "about alpha",
        t("2026-01-01T00:00:00Z"),
    );
    sheet.attach(&b);
    let alpha = b.prompts().find(|p| p.text == "Alpha?").unwrap();
    assert_eq!(sheet.text(&alpha.id), "about alpha");
}

/// A file written by Lectern 0.1, before citations and highlights.
const VERSION_1: &str = r#"(
    version: 1,
    reading: (title: "Kazakhstan and the EU", origin: "bundled:kazakhstan-eu", sha256: "x"),
    student: "Aliya",
    answers: [
        (prompt_id: "Q2", prompt: "p", text: "Leverage, mostly.", edited: "2026-11-28T10:00:00Z"),
    ],
)"#;

#[test]
fn version_1_files_open_and_are_saved_as_the_current_version_with_citations_and_highlights() {
    let r = seed();
    let mut sheet = answers::from_ron(VERSION_1, Path::new("old.ron")).unwrap();
    assert_eq!(
        sheet.text(&reading::PromptId("Q2".into())),
        "Leverage, mostly."
    );
    assert!(sheet.highlights.is_empty());
    assert!(sheet.answers[0].citations.is_empty());

    let passage = r.passage(0, 0..20).unwrap();
    let q2 = r.prompts().find(|p| p.id.as_str() == "Q2").unwrap();
    sheet.cite(q2, passage.clone(), t("2026-11-28T11:00:00Z"));
    sheet.highlight(passage.clone(), answers::HighlightColour::Pink);
    let ron = answers::to_ron(&sheet).unwrap();
    assert!(ron.contains("version: 4"), "{ron}");
    // Readable: the quote and its paragraph are there in plain words.
    assert!(ron.contains("citations: ["), "{ron}");
    assert!(
        ron.contains(&format!("quote: {:?}", passage.quote)),
        "{ron}"
    );
    assert!(ron.contains("colour: Pink"), "{ron}");
    let back = answers::from_ron(&ron, Path::new("new.ron")).unwrap();
    assert_eq!(back, sheet);
    // A sheet without any keeps the file as small as version 1's.
    let plain = answers::to_ron(&sheet_with(&r, &[("Q1", "x")])).unwrap();
    assert!(!plain.contains("citations") && !plain.contains("highlights"));
}

#[test]
fn citations_follow_their_words_when_the_reading_is_edited() {
    let old = reading::parse(
        "# T\n\nAlpha beta.\n\nGamma delta epsilon.\n\n## Questions\n\n1. Why?\n",
        Origin::Text,
        "T",
    );
    let mut sheet = AnswerSheet::new(&old);
    let passage = old.passage(1, 0.."Gamma delta".len()).unwrap();
    let q1 = old.prompts().next().unwrap();
    sheet.cite(q1, passage, t("2026-11-28T11:00:00Z"));
    let new = reading::parse(
        "# T\n\nA new first paragraph.\n\nAlpha beta.\n\nGamma delta epsilon.\n\n## Questions\n\n1. Why?\n",
        Origin::Text,
        "T",
    );
    let report = sheet.attach(&new);
    assert!(report.different_text);
    assert_eq!(sheet.citations(&q1.id)[0].paragraph, 3);

    // Evidence gathered for a question the teacher then removed is kept and shown apart, even
    // before any text was written for it.
    let without = reading::parse(
        "# T\n\nAlpha beta.\n\nGamma delta epsilon.\n",
        Origin::Text,
        "T",
    );
    sheet.attach(&without);
    let orphans: Vec<_> = sheet.orphans(&without).collect();
    assert_eq!(orphans.len(), 1);
    assert_eq!(orphans[0].citations.len(), 1);
    let study = lectern::export::StudySheet::build(&without, &sheet, "2026-11-28");
    assert_eq!(study.orphans[0].citations[0].quote, "Gamma delta");
}

/// A NUL pasted into an answer is kept, and the file still reads as text afterwards (written
/// raw it would make Lectern refuse its own file as binary).
#[test]
fn a_nul_in_an_answer_is_saved_so_the_file_still_reads() {
    let dir = tempfile::tempdir().unwrap();
    let r = seed();
    let sheet = sheet_with(&r, &[("Q1", "before\0after")]);
    // Not "nul.ron": NUL is a device name on Windows.
    let path = dir.path().join("with-a-nul.ron");
    answers::save(&path, &sheet).unwrap();
    assert!(!std::fs::read(&path).unwrap().contains(&0));
    assert_eq!(answers::load(&path).unwrap(), sheet);
}

#[test]
fn a_folder_that_went_away_is_said_and_never_made_again() {
    // A USB stick pulled out: on Linux its folder is an empty mount point that would be made
    // again on this computer's disk, and the work would be saved where nobody looks.
    let dir = tempfile::tempdir().unwrap();
    let stick = dir.path().join("STICK");
    let path = stick.join("answers").join("aliya.ron");
    let reading = seed();
    let stamp = answers::save(&path, &sheet_with(&reading, &[])).unwrap();
    fs::remove_dir_all(&stick).unwrap();
    let options = answers::SaveOptions {
        expect: answers::Expect::Stamp(stamp),
        ..Default::default()
    };
    let sheet = sheet_with(&reading, &[("Q1", "still here")]);
    let error = answers::save_with(&path, &sheet, &options).unwrap_err();
    assert!(matches!(error, SaveError::FolderGone { .. }), "{error:?}");
    assert!(!stick.exists(), "the folder was made again");
    let said = error.to_string();
    assert!(
        said.contains("is not there any more") && said.contains("Save as"),
        "{said}"
    );
    assert!(!said.contains("os error"), "{said}");
    // Back in: saved where it was.
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    answers::save_with(&path, &sheet, &options).unwrap();
    assert!(answers::load(&path).is_ok());
}
