//! `lectern collect`: a class's hand-in folder with good, foreign and broken files.

use std::fs;
use std::path::Path;
use std::process::Command;

use lectern::answers::{self, AnswerSheet};
use lectern::reading::{self, BUNDLED, Reading};

fn bundled(name: &str) -> Reading {
    BUNDLED.iter().find(|b| b.name == name).unwrap().parse()
}

fn hand_in(folder: &Path, reading: &Reading, student: &str, answers: &[(&str, &str)]) {
    let mut sheet = AnswerSheet::new(reading);
    sheet.student = student.to_owned();
    for (id, text) in answers {
        let prompt = reading.prompts().find(|p| p.id.as_str() == *id).unwrap();
        sheet.set_answer(prompt, text, "2026-11-28T09:00:00Z".parse().unwrap());
    }
    answers::save(
        &folder.join(format!("{}.ron", lectern::paths::slug(student))),
        &sheet,
    )
    .unwrap();
}

/// Three students on the bundled reading, one on another reading, two broken files.
fn class_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let kz = bundled("kazakhstan-eu");
    hand_in(
        dir.path(),
        &kz,
        "Aliya Nur",
        &[
            ("Q1", "Leverage, mostly."),
            ("Q2", "Risks, =SUM(A1) and \"quotes\"."),
        ],
    );
    hand_in(
        dir.path(),
        &kz,
        "Bolat Ersain",
        &[("Q1", "<b>Trade</b> matters.")],
    );
    hand_in(dir.path(), &kz, "Camila Ortiz", &[]);
    hand_in(
        dir.path(),
        &bundled("aral-sea"),
        "Dina Aral",
        &[("Q1", "Cotton.")],
    );
    fs::write(dir.path().join("truncated.ron"), "(version: 1, reading: (").unwrap();
    fs::write(dir.path().join("photo.ron"), b"\x89PNG\r\n\x1a\n\0").unwrap();
    fs::write(
        dir.path().join("notes.txt"),
        "not an answers file, not even looked at",
    )
    .unwrap();
    dir
}

#[test]
fn groups_by_reading_and_lists_what_could_not_be_read() {
    let folder = class_folder();
    let collected = lectern::collect::collect(folder.path()).unwrap();
    assert_eq!(collected.groups.len(), 2);
    let class = &collected.groups[0];
    assert_eq!(
        class.title,
        "Kazakhstan and the EU: A Multi-Vector Partnership"
    );
    let students: Vec<&str> = class
        .sheets
        .iter()
        .map(|h| h.sheet.student.as_str())
        .collect();
    assert_eq!(students, ["Aliya Nur", "Bolat Ersain", "Camila Ortiz"]);
    assert_eq!(
        class.prompts.len(),
        13,
        "the reading's own prompts, found from the bundled origin"
    );
    assert_eq!(collected.groups[1].sheets.len(), 1);
    let unreadable: Vec<String> = collected
        .unreadable
        .iter()
        .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(unreadable, ["photo.ron", "truncated.ron"]);
    let _ = reading::BUNDLED;
}

#[test]
fn the_class_sheet_has_every_answer_under_its_prompt_and_the_csv_sums_up() {
    let folder = class_folder();
    let collected = lectern::collect::collect(folder.path()).unwrap();
    let class = &collected.groups[0];
    let html = String::from_utf8(
        class
            .class_sheet(lectern::export::Format::Html, "2026-11-28")
            .unwrap(),
    )
    .unwrap();
    let q1 = html.find("How significant is").unwrap();
    let q2 = html.find("What are the potential benefits").unwrap();
    let q1_part = &html[q1..q2];
    assert!(
        q1_part.contains("Leverage, mostly.")
            && q1_part.contains("&lt;b&gt;Trade&lt;/b&gt; matters.")
    );
    assert!(q1_part.contains("Camila Ortiz") && q1_part.contains("Not answered"));
    assert!(!html.contains("<b>Trade"));

    let csv = class.csv();
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 4);
    assert!(rows[0].starts_with("student,file,hand-in,answered,words L1,words Q1"));
    assert!(
        rows[0].ends_with(",last edited,writing minutes,sessions,pasted %,history,feedback"),
        "{}",
        rows[0]
    );
    // Written without Lectern's history (made here with the sheet's own set_answer): said so,
    // with no time or sessions made up.
    assert!(rows[1].ends_with(",0,0,0,partly,none"), "{}", rows[1]);
    assert!(
        rows[1].starts_with("Aliya Nur,aliya-nur.ron,1,2 of 13,0,2,4,"),
        "{}",
        rows[1]
    );
    assert!(rows[1].ends_with(",none"), "{}", rows[1]);
    assert!(rows[3].starts_with("Camila Ortiz,camila-ortiz.ron,1,0 of 13,"));
}

#[test]
fn the_command_writes_both_files_and_reports_foreign_and_broken_ones() {
    let folder = class_folder();
    let out = tempfile::tempdir().unwrap();
    let result = Command::new(env!("CARGO_BIN_EXE_lectern"))
        .args([
            "collect",
            folder.path().to_str().unwrap(),
            "-o",
            out.path().to_str().unwrap(),
            "--format",
            "md",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(result.status.success(), "{stderr}");
    assert!(
        stderr.contains("not read: ")
            && stderr.contains("truncated.ron")
            && stderr.contains("photo.ron"),
        "{stderr}"
    );
    assert!(
        stderr.contains("2 different readings or versions"),
        "{stderr}"
    );
    let mut names: Vec<String> = fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 4, "{names:?}");
    assert!(
        names
            .iter()
            .any(|n| n.starts_with("class_kazakhstan-and-the-eu") && n.ends_with(".md"))
    );
    assert!(
        names
            .iter()
            .any(|n| n.starts_with("class_the-aral-sea") && n.ends_with(".csv"))
    );
}

#[test]
fn anonymize_hides_every_name() {
    let folder = class_folder();
    let out = tempfile::tempdir().unwrap();
    let result = Command::new(env!("CARGO_BIN_EXE_lectern"))
        .args([
            "collect",
            folder.path().to_str().unwrap(),
            "-o",
            out.path().to_str().unwrap(),
            "--anonymize",
        ])
        .output()
        .unwrap();
    assert!(result.status.success());
    for entry in fs::read_dir(out.path()).unwrap() {
        let text = fs::read_to_string(entry.unwrap().path()).unwrap();
        for name in ["Aliya", "Bolat", "Camila", "Dina", "aliya-nur.ron"] {
            assert!(!text.contains(name), "{name} appears");
        }
        assert!(text.contains("Student "));
    }
}

#[test]
fn an_empty_or_missing_folder_is_a_clear_error() {
    let empty = tempfile::tempdir().unwrap();
    for folder in [empty.path().to_owned(), empty.path().join("missing")] {
        let result = Command::new(env!("CARGO_BIN_EXE_lectern"))
            .args(["collect", folder.to_str().unwrap()])
            .output()
            .unwrap();
        assert_eq!(result.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&result.stderr).contains(folder.to_str().unwrap()));
    }
}

#[test]
fn class_sheets_come_in_word_and_pdf_too() {
    let folder = class_folder();
    let collected = lectern::collect::collect(folder.path()).unwrap();
    let class = &collected.groups[0];
    let docx = class
        .class_sheet(lectern::export::Format::Docx, "2026-11-28")
        .unwrap();
    let text = lectern::export::docx::text_of(&docx).unwrap();
    assert!(text.contains("Leverage, mostly.") && text.contains("Bolat Ersain"));
    let pdf = class
        .class_sheet(lectern::export::Format::Pdf, "2026-11-28")
        .unwrap();
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains("Leverage, mostly.") && text.contains("Camila Ortiz"),
        "{text}"
    );
}

#[test]
fn the_class_sheet_shows_each_students_cited_evidence_under_their_answer() {
    let dir = tempfile::tempdir().unwrap();
    let kz = bundled("kazakhstan-eu");
    let q1 = kz.prompts().find(|p| p.id.as_str() == "Q1").unwrap();
    let when = "2026-11-28T09:00:00Z".parse().unwrap();
    for (student, block) in [("Aliya Nur", 0), ("Bolat Ersain", 1)] {
        let mut sheet = AnswerSheet::new(&kz);
        sheet.student = student.to_owned();
        sheet.set_answer(q1, "Evidence below.", when);
        sheet.cite(q1, kz.passage(block, 0..20).unwrap(), when);
        answers::save(&dir.path().join(format!("{block}.ron")), &sheet).unwrap();
    }
    let collected = lectern::collect::collect(dir.path()).unwrap();
    let md = String::from_utf8(
        collected.groups[0]
            .class_sheet(lectern::export::Format::Markdown, "2026-11-28")
            .unwrap(),
    )
    .unwrap();
    let q1_part = md.find("## Q1").unwrap();
    let bolat = q1_part + md[q1_part..].find("Bolat Ersain").unwrap();
    let first = kz.passage(0, 0..20).unwrap().quote;
    let second = kz.passage(1, 0..20).unwrap().quote;
    let at_first = md
        .find(&format!("“{first}” (¶ 1)"))
        .expect("Aliya's citation");
    let at_second = md
        .find(&format!("“{second}” (¶ 2)"))
        .expect("Bolat's citation");
    assert!(at_first < bolat && bolat < at_second, "{md}");
}

/// A handed-in name or answer with a direction override (U+202E makes a name read backwards
/// from that point on screen) or terminal escapes must reach the class sheet cleaned, like a
/// student's own sheet: the class sheet is built from the same cleaning constructors.
#[test]
fn class_sheets_clean_what_students_handed_in() {
    let dir = tempfile::tempdir().unwrap();
    let kz = bundled("kazakhstan-eu");
    hand_in(
        dir.path(),
        &kz,
        "Eve\u{202e}evE",
        &[("Q1", "fine\u{1b}[31m red\u{7} text\u{2066}")],
    );
    let collected = lectern::collect::collect(dir.path()).unwrap();
    assert!(
        collected.unreadable.is_empty(),
        "{:?}",
        collected.unreadable
    );
    let group = &collected.groups[0];
    for format in lectern::export::Format::ALL {
        let bytes = group.class_sheet(format, "2026-12-03").unwrap();
        let text = match format {
            lectern::export::Format::Docx => lectern::export::docx::text_of(&bytes).unwrap(),
            lectern::export::Format::Pdf => pdf_extract::extract_text_from_mem(&bytes).unwrap(),
            _ => String::from_utf8(bytes).unwrap(),
        };
        assert!(text.contains("EveevE"), "{format:?} names the student");
        assert!(text.contains("31m red text"), "{format:?} has the answer");
        for bad in ['\u{202e}', '\u{2066}', '\u{1b}', '\u{7}'] {
            assert!(!text.contains(bad), "{format:?} holds {bad:?}");
        }
    }
    let csv = group.csv();
    assert!(csv.contains("EveevE") && !csv.contains('\u{202e}'), "{csv}");
}
