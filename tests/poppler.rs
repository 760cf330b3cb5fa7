//! The PDF study sheet as poppler (the PDF library behind most Linux viewers) sees it: fonts
//! embedded and subset, title and author set, text that extracts. Needs poppler-utils, so it
//! runs with `--features poppler-tests` (as `.ci/run` does after installing them).
#![cfg(feature = "poppler-tests")]

use std::process::Command;

use lectern::answers::AnswerSheet;
use lectern::export::{Format, StudySheet};

fn run(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} runs (apt-get install poppler-utils): {e}"));
    assert!(
        out.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn poppler_reads_fonts_metadata_and_text() {
    let reading = lectern::reading::BUNDLED[0].parse();
    let mut sheet = AnswerSheet::new(&reading);
    sheet.student = "Әлия Нұрланқызы".to_owned();
    let q1 = reading.prompts().nth(1).unwrap();
    sheet.set_answer(
        q1,
        "Қазақстан, Россия et la « France » : “quotes”.",
        "2026-11-28T09:00:00Z".parse().unwrap(),
    );
    let pdf = StudySheet::build(&reading, &sheet, "2026-11-28")
        .to_bytes(Format::Pdf)
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sheet.pdf");
    std::fs::write(&path, pdf).unwrap();
    let path = path.to_str().unwrap();

    let fonts = run("pdffonts", &[path]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty());
    for row in rows {
        assert!(row.contains("LibertinusSerif"), "{row}");
        assert!(
            row.contains(" yes yes yes "),
            "embedded, subset, with a Unicode map: {row}"
        );
    }
    let info = run("pdfinfo", &[path]);
    assert!(
        info.lines().any(|l| l.starts_with("Title:")
            && l.ends_with(" Kazakhstan and the EU: A Multi-Vector Partnership")),
        "{info}"
    );
    assert!(
        info.lines()
            .any(|l| l.starts_with("Author:") && l.ends_with(" Әлия Нұрланқызы")),
        "{info}"
    );
    let text = run("pdftotext", &[path, "-"]);
    assert!(
        text.contains("Қазақстан, Россия et la « France » : “quotes”."),
        "{text}"
    );
    assert!(text.contains("Әлия Нұрланқызы — Kazakhstan and the EU"));
}
