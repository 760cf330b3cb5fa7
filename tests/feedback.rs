//! Teacher feedback as files: kept beside the hand-in, never over a file that does not read,
//! returned to the students without replacing anything, shown on sheets escaped, summed up in
//! the CSV; hostile and mismatched feedback files refused with a clear reason.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use lectern::answers::{self, AnswerSheet};
use lectern::export::{Format, StudySheet};
use lectern::feedback::{self, Feedback, Mismatch, Rubric, Scope};
use lectern::reading::{BUNDLED, PromptId, Reading};

fn reading() -> Reading {
    BUNDLED[0].parse()
}

fn sheet(reading: &Reading, student: &str, answers: &[(&str, &str)]) -> AnswerSheet {
    let mut sheet = AnswerSheet::new(reading);
    sheet.student = student.to_owned();
    for (id, text) in answers {
        let prompt = reading.prompts().find(|p| p.id.as_str() == *id).unwrap();
        sheet.set_answer(prompt, text, "2026-11-28T09:00:00Z".parse().unwrap());
    }
    sheet
}

/// A hand-in as `handin::hand_in` would leave it: the copy numbered.
fn handed_in(folder: &Path, name: &str, mut sheet: AnswerSheet, number: u32) -> PathBuf {
    sheet.handed_in = number;
    let path = folder.join(format!("{name}.ron"));
    answers::save(&path, &sheet).unwrap();
    path
}

/// A class folder's usual first hand-ins: Aliya answered Q1, Bolat answered Q1 too.
fn aliya_and_bolat(folder: &Path, number: u32) -> (PathBuf, PathBuf) {
    let r = reading();
    let aliya = sheet(&r, "Aliya Nur", &[("Q1", "Trade grew.")]);
    let bolat = sheet(&r, "Bolat", &[("Q1", "Gas.")]);
    (
        handed_in(folder, "aliya", aliya, number),
        handed_in(folder, "bolat", bolat, 1),
    )
}

/// The names of the files in `dir`, sorted.
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn id(s: &str) -> PromptId {
    PromptId(s.to_owned())
}

/// Feedback on the hand-in at `path`, with a comment on Q1 and a whole-sheet rubric score.
fn feedback_on(path: &Path, comment: &str) -> Feedback {
    let bytes = fs::read(path).unwrap();
    let sheet = answers::load(path).unwrap();
    let name = path.file_name().unwrap().to_string_lossy();
    let mut f = Feedback::new(
        &sheet,
        &name,
        &lectern::files::sha256_hex(&bytes),
        "2026-12-01T10:00:00Z".parse().unwrap(),
    );
    f.overall = "Good start.\n\nRead paragraph 6 again.".to_owned();
    let q1 = reading()
        .prompts()
        .find(|p| p.id.as_str() == "Q1")
        .unwrap()
        .full_text();
    let entry = f.answer_mut(&id("Q1"), &q1, sheet.text(&id("Q1")));
    entry.comment = comment.to_owned();
    let rubric = Rubric::starter(&sheet.reading.title);
    f.levels
        .insert("Use of evidence".to_owned(), "Developing".to_owned());
    f.levels
        .insert("Understanding of the text".to_owned(), "Secure".to_owned());
    f.rubric = Some(rubric);
    f
}

#[test]
fn feedback_files_round_trip_and_the_class_folder_reads_them_beside_their_hand_in() {
    let dir = tempfile::tempdir().unwrap();
    let (aliya, _) = aliya_and_bolat(dir.path(), 1);
    let f = feedback_on(&aliya, "Which year? Cite it.");
    let path = feedback::feedback_path(&aliya);
    assert_eq!(path.file_name().unwrap(), "aliya.feedback.ron");
    feedback::save_feedback(&path, &f).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.starts_with(feedback::FEEDBACK_MAGIC), "{text}");
    assert!(text.contains("comment: \"Which year? Cite it.\""), "{text}");
    assert_eq!(feedback::load_feedback(&path).unwrap(), f);

    // The feedback file is not taken for a broken answers file.
    let collected = lectern::collect::collect(dir.path()).unwrap();
    assert!(
        collected.unreadable.is_empty(),
        "{:?}",
        collected.unreadable
    );
    let group = &collected.groups[0];
    assert_eq!(group.sheets.len(), 2);
    let aliya_in = group.sheets.iter().find(|h| h.path == aliya).unwrap();
    assert_eq!(aliya_in.feedback(), Some(&f));
    assert_eq!(aliya_in.sha256, f.hand_in.sha256);
    assert!(group.sheets.iter().any(|h| h.feedback.is_none()));

    // A second save keeps the first as .bak.
    isolate_data_dir();
    let mut again = f.clone();
    again.overall = "Better.".to_owned();
    feedback::save_feedback(&path, &again).unwrap();
    // Kept in Lectern's data folder, not in the class folder the teacher shares.
    let backup = feedback::backup_path(&path);
    assert!(!backup.starts_with(dir.path()), "{backup:?}");
    assert_eq!(feedback::load_feedback(&backup).unwrap(), f);
    let beside: Vec<String> = names_in(dir.path())
        .into_iter()
        .filter(|n| n.ends_with(".bak"))
        .collect();
    assert!(beside.is_empty(), "{beside:?}");
}

#[test]
fn the_csv_gains_rubric_points_and_totals_and_says_which_feedback_is_stale() {
    let dir = tempfile::tempdir().unwrap();
    let r = reading();
    let (aliya, bolat) = aliya_and_bolat(dir.path(), 1);
    handed_in(dir.path(), "camila", sheet(&r, "Camila", &[]), 1);
    feedback::save_feedback(&feedback::feedback_path(&aliya), &feedback_on(&aliya, "Ok")).unwrap();
    let mut stale = feedback_on(&bolat, "Say more");
    stale.hand_in.sha256 = "0".repeat(64);
    feedback::save_feedback(&feedback::feedback_path(&bolat), &stale).unwrap();
    let collected = lectern::collect::collect(dir.path()).unwrap();
    let csv = collected.groups[0].csv();
    let rows: Vec<&str> = csv.lines().collect();
    assert!(
        rows[0].ends_with(
            ",feedback,Understanding of the text,Understanding of the text points,\
             Use of evidence,Use of evidence points,total,out of"
        ),
        "{}",
        rows[0]
    );
    assert!(
        rows[1].starts_with("Aliya Nur,") && rows[1].ends_with(",yes,Secure,3,Developing,2,5,6"),
        "{}",
        rows[1]
    );
    assert!(
        rows[2].starts_with("Bolat,")
            && rows[2].ends_with(",on an earlier version,Secure,3,Developing,2,5,6"),
        "{}",
        rows[2]
    );
    // No feedback: blank, never a made-up zero.
    assert!(
        rows[3].starts_with("Camila,") && rows[3].ends_with(",none,,,,,,"),
        "{}",
        rows[3]
    );
}

#[test]
fn returning_writes_each_students_feedback_named_after_them_and_never_replaces() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let (aliya, _) = aliya_and_bolat(dir.path(), 2);
    let f = feedback_on(&aliya, "<script>alert(1)</script> **not bold**");
    feedback::save_feedback(&feedback::feedback_path(&aliya), &f).unwrap();
    let already = out
        .path()
        .join("aliya-nur_kazakhstan-and-the-eu-a-multi-vector-partnership_hand-in-2.feedback.ron");
    fs::write(&already, "a file the teacher had there").unwrap();

    let collected = lectern::collect::collect(dir.path()).unwrap();
    let returned =
        feedback::give_back::give_back(&collected, out.path(), Some(Format::Html), "2026-12-02")
            .unwrap();
    assert_eq!(returned.written.len(), 1);
    assert_eq!(returned.without.len(), 1, "Bolat has no feedback yet");
    let (student, ron, sheet_path) = &returned.written[0];
    assert_eq!(student, "Aliya Nur");
    assert!(
        ron.to_string_lossy()
            .ends_with("_hand-in-2 (2).feedback.ron"),
        "{}",
        ron.display()
    );
    assert_eq!(
        fs::read_to_string(&already).unwrap(),
        "a file the teacher had there"
    );
    assert_eq!(feedback::load_feedback(ron).unwrap(), f);
    let html = fs::read_to_string(sheet_path.as_ref().unwrap()).unwrap();
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "escaped"
    );
    assert!(!html.contains("<script>"));
    assert!(html.contains("Teacher&#39;s comment") || html.contains("Teacher's comment"));
    assert!(html.contains("Total: 5 of 6"), "{html}");
}

/// Returning a second time (a teacher who is not sure it went through, or who changed a
/// comment) does not duplicate every file as "(2)": what is unchanged stays, what changed is
/// brought up to date in place, and `returned.csv` records each return.
#[test]
fn returning_twice_keeps_one_file_per_student_and_records_each_return() {
    isolate_data_dir();
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let (aliya, _) = aliya_and_bolat(dir.path(), 1);
    let path = feedback::feedback_path(&aliya);
    feedback::save_feedback(&path, &feedback_on(&aliya, "Good start.")).unwrap();
    let give = || {
        let collected = lectern::collect::collect(dir.path()).unwrap();
        feedback::give_back::give_back(&collected, out.path(), Some(Format::Html), "2026-12-02")
            .unwrap()
    };
    let first = give();
    assert_eq!(first.written.len(), 1);
    let second = give();
    assert!(second.written.is_empty(), "{:?}", second.written);
    assert_eq!(second.unchanged.len(), 1);
    // A changed comment: the same file, brought up to date.
    let mut changed = feedback_on(&aliya, "Good start.");
    changed.overall = "Good start. Say more on trade.".to_owned();
    feedback::save_feedback(&path, &changed).unwrap();
    let third = give();
    assert_eq!(third.written.len(), 1);
    assert_eq!(third.updated, vec![third.written[0].1.clone()]);
    assert_eq!(third.written[0].1, first.written[0].1, "the same file");
    assert_eq!(
        feedback::load_feedback(&third.written[0].1)
            .unwrap()
            .overall,
        "Good start. Say more on trade."
    );
    let names = names_in(out.path());
    assert_eq!(
        names.len(),
        3,
        "one feedback file, one sheet, the record: {names:?}"
    );
    assert!(!names.iter().any(|n| n.contains("(2)")), "{names:?}");
    let record = fs::read_to_string(out.path().join("returned.csv")).unwrap();
    let rows: Vec<&str> = record.lines().collect();
    assert_eq!(rows.len(), 4, "{record}");
    assert!(
        rows[1].contains(",new,")
            && rows[2].contains(",unchanged,")
            && rows[3].contains(",updated,"),
        "{record}"
    );
    // No backups left in the class folder.
    let class = names_in(dir.path());
    assert!(!class.iter().any(|n| n.ends_with(".bak")), "{class:?}");
}

#[test]
fn every_format_shows_the_feedback_only_when_asked_and_escapes_it() {
    let dir = tempfile::tempdir().unwrap();
    let r = reading();
    let aliya = handed_in(
        dir.path(),
        "aliya",
        sheet(&r, "Aliya Nur", &[("Q1", "Trade grew.")]),
        1,
    );
    let mut f = feedback_on(&aliya, "# not a heading\u{7} and *not* emphasis\u{202e}");
    f.overall = "Overall, <b>well</b> done.".to_owned();
    let student = answers::load(&aliya).unwrap();
    let plain = StudySheet::build(&r, &student, "2026-12-02");
    let with = StudySheet::build_with_feedback(&r, &student, "2026-12-02", &f);
    assert!(plain.feedback.is_none());
    for format in Format::TEXT {
        let without = plain.render(format);
        assert!(!without.contains("Teacher"), "{format:?}");
        let text = with.render(format);
        assert!(text.contains("Teacher"), "{format:?}: {text}");
        assert!(
            !text.contains('\u{7}') && !text.contains('\u{202e}'),
            "{format:?}"
        );
        assert!(
            text.contains("Use of evidence: Developing (2 of 3)"),
            "{format:?}"
        );
    }
    let md = with.render(Format::Markdown);
    assert!(md.contains("\\# not a heading"), "{md}");
    assert!(md.contains("\\*not\\* emphasis"), "{md}");
    let html = with.render(Format::Html);
    assert!(html.contains("&lt;b&gt;well&lt;/b&gt;"));
    for format in [Format::Docx, Format::Pdf] {
        assert!(with.to_bytes(format).unwrap().len() > plain.to_bytes(format).unwrap().len());
    }
}

#[test]
fn feedback_for_another_student_or_reading_is_refused_and_another_version_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let r = reading();
    let aliya = handed_in(
        dir.path(),
        "aliya",
        sheet(&r, "Aliya Nur", &[("Q1", "Trade grew.")]),
        1,
    );
    let f = feedback_on(&aliya, "Ok");
    let dana = sheet(&r, "Dana", &[("Q1", "Trade grew.")]);
    let err = f.fit(&dana).unwrap_err();
    assert!(matches!(err, Mismatch::OtherStudent { .. }));
    assert!(err.to_string().contains("\"Aliya Nur\"") && err.to_string().contains("\"Dana\""));
    let other = sheet(&BUNDLED[1].parse(), "Aliya Nur", &[]);
    assert!(matches!(f.fit(&other), Err(Mismatch::OtherReading { .. })));
    let mut edited = sheet(&r, "aliya  nur", &[("Q1", "Trade grew a lot.")]);
    edited.reading.sha256 = "f".repeat(64);
    edited.handed_in = 2;
    let fit = f.fit(&edited).unwrap();
    assert!(fit.other_version);
    assert_eq!(fit.earlier_hand_in, Some(1));
    assert_eq!(fit.changed, vec![id("Q1")]);
}

#[test]
fn hostile_feedback_files_get_clear_errors_and_are_never_written_over() {
    let dir = tempfile::tempdir().unwrap();
    let r = reading();
    let aliya = handed_in(
        dir.path(),
        "aliya",
        sheet(&r, "Aliya Nur", &[("Q1", "Trade grew.")]),
        1,
    );
    let good = feedback::feedback_to_ron(&feedback_on(&aliya, "Ok"));
    let huge = good.replace(
        "comment: \"Ok\"",
        &format!("comment: \"{}\"", "x".repeat(10 * 1024 * 1024)),
    );
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "truncated",
            good.as_bytes()[..good.len() / 2].to_vec(),
            "line",
        ),
        ("empty", Vec::new(), "empty"),
        (
            "binary",
            b"\x89PNG\r\n\x1a\n\0\0".to_vec(),
            "not a feedback file",
        ),
        ("huge", huge.into_bytes(), "too large"),
        (
            "newer",
            good.replace("version: 1", "version: 9").into_bytes(),
            "newer Lectern",
        ),
        (
            "twice",
            good.replace(
                "answers: [",
                "answers: [(prompt_id: \"Q1\", prompt: \"p\", answer: \"a\"),",
            )
            .into_bytes(),
            "has two answers",
        ),
        (
            "bad rubric",
            good.replace(
                "name: \"Use of evidence\"",
                "name: \"Understanding of the text\"",
            )
            .into_bytes(),
            "two criteria",
        ),
    ];
    for (name, bytes, needle) in cases {
        let path = dir.path().join(format!("{name}.feedback.ron"));
        fs::write(&path, &bytes).unwrap();
        let err = feedback::load_feedback(&path).unwrap_err().to_string();
        assert!(err.contains(needle), "{name}: {err}");
        assert!(
            err.contains(&path.display().to_string()),
            "{name} names the file: {err}"
        );
        // Saving over it is refused, and it stays as it was.
        let refused = feedback::save_feedback(&path, &feedback_on(&aliya, "mine")).unwrap_err();
        assert!(
            refused.to_string().contains("will not write over"),
            "{name}: {refused}"
        );
        assert_eq!(fs::read(&path).unwrap(), bytes, "{name} unchanged");
    }
    // Control characters inside a comment are data: they read, and no sheet shows them.
    let mut controls = feedback_on(&aliya, "a\u{0}b\u{1b}[31mc\u{202e}d");
    controls.student = "Aliya Nur".to_owned();
    let path = dir.path().join("controls.feedback.ron");
    feedback::save_feedback(&path, &controls).unwrap();
    let back = feedback::load_feedback(&path).unwrap();
    assert_eq!(back, controls);
    let shown = back.for_item(&id("Q1"), lectern::i18n::Language::English);
    assert_eq!(shown[0].as_str(), "ab[31mcd");
}

#[test]
fn a_rubric_file_round_trips_and_a_broken_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut rubric = Rubric::starter("Kazakhstan and the EU");
    rubric.scope = Scope::EachAnswer;
    let path = dir.path().join("kz.rubric.ron");
    feedback::save_rubric(&path, &rubric).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.starts_with(feedback::RUBRIC_MAGIC));
    assert!(text.contains("scope: EachAnswer"), "{text}");
    assert_eq!(feedback::load_rubric(&path).unwrap(), rubric);
    fs::write(
        &path,
        text.replace("levels: [", "levels: [(name: \"Secure\", points: 9),"),
    )
    .unwrap();
    let err = feedback::load_rubric(&path).unwrap_err().to_string();
    assert!(err.contains("two levels"), "{err}");
}

fn lectern(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_lectern"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_feedback_and_return_commands_for_teachers_who_script() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let r = reading();
    let aliya = handed_in(
        dir.path(),
        "aliya",
        sheet(&r, "Aliya Nur", &[("Q1", "Trade grew.")]),
        1,
    );
    handed_in(dir.path(), "bolat", sheet(&r, "Bolat", &[]), 1);
    feedback::save_feedback(&feedback::feedback_path(&aliya), &feedback_on(&aliya, "Ok")).unwrap();
    fs::write(
        dir.path().join("bolat.feedback.ron"),
        "(version: 1, reading: (",
    )
    .unwrap();
    let folder = dir.path().to_str().unwrap();

    let summary = lectern(&["feedback", folder]);
    assert!(summary.status.success());
    let text = String::from_utf8_lossy(&summary.stdout);
    assert!(
        text.contains("Aliya Nur (hand-in 1, aliya.ron): 1 comment, 5 of 6 points"),
        "{text}"
    );
    assert!(
        text.contains("Bolat (hand-in 1, bolat.ron): feedback not read:"),
        "{text}"
    );

    let csv = lectern(&["feedback", folder, "--csv"]);
    let csv = String::from_utf8_lossy(&csv.stdout);
    assert!(
        csv.lines().next().unwrap().ends_with(",total,out of"),
        "{csv}"
    );
    assert!(csv.contains(",yes,Secure,3,Developing,2,5,6"), "{csv}");

    let returned = lectern(&[
        "return",
        folder,
        "-o",
        out.path().to_str().unwrap(),
        "--format",
        "pdf",
    ]);
    assert!(
        returned.status.success(),
        "{}",
        String::from_utf8_lossy(&returned.stderr)
    );
    let said = String::from_utf8_lossy(&returned.stderr);
    assert!(
        said.contains("not returned:") && said.contains("bolat.feedback.ron"),
        "{said}"
    );
    let names = names_in(out.path());
    assert_eq!(
        names,
        [
            "aliya-nur_kazakhstan-and-the-eu-a-multi-vector-partnership.feedback.pdf",
            "aliya-nur_kazakhstan-and-the-eu-a-multi-vector-partnership.feedback.ron",
            "returned.csv"
        ]
    );
    // Nothing of the students' was changed.
    assert_eq!(answers::load(&aliya).unwrap().student, "Aliya Nur");
    assert_eq!(
        fs::read_to_string(dir.path().join("bolat.feedback.ron")).unwrap(),
        "(version: 1, reading: ("
    );

    let usage = lectern(&["return", folder]);
    assert!(!usage.status.success());
    assert!(String::from_utf8_lossy(&usage.stderr).contains("-o OUT_DIR"));
}

/// The data folder for this run alone (never the real user's; a new one each run, as Wine
/// reuses process ids).
fn isolate_data_dir() {
    lectern::paths::use_data_dir(std::env::temp_dir().join(format!(
        "lectern-feedback-tests-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
    )));
}

/// A Kazakh teacher's return: the feedback sheet's headings and labels are Kazakh, as the
/// window's are (a newcomer got "Teacher's feedback", "Answers", "Evidence cited" in English).
#[test]
fn a_returned_feedback_sheet_speaks_the_teachers_language() {
    use lectern::i18n::{Language, set_language};
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let (aliya, _) = aliya_and_bolat(dir.path(), 1);
    let f = feedback_on(&aliya, "Жақсы жазылған.");
    feedback::save_feedback(&feedback::feedback_path(&aliya), &f).unwrap();
    let collected = lectern::collect::collect(dir.path()).unwrap();
    set_language(Language::Kazakh);
    let returned =
        feedback::give_back::give_back(&collected, out.path(), Some(Format::Html), "2026-12-07");
    set_language(Language::English);
    let returned = returned.unwrap();
    let sheet = returned.written[0]
        .2
        .as_ref()
        .expect("a sheet beside the file");
    let html = fs::read_to_string(sheet).unwrap();
    let kazakh = |id: &str| lectern::i18n::tr_in(Language::Kazakh, id, &[]);
    for id in ["sheet-feedback", "sheet-answers"] {
        assert!(html.contains(&kazakh(id)), "{id} in Kazakh: {html}");
    }
    assert!(!html.contains("Teacher's feedback"), "{html}");
    assert!(!html.contains(">Answers<"), "{html}");
}
