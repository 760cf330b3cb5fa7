//! Hand-in: the study sheet and a copy of the answers file, written together into a folder the
//! teacher named (a USB stick, a shared drive), under names that do not collide across a class:
//! `student-name_reading-title_YYYY-MM-DD.ext`.

use crate::files::FileError;
use std::path::{Path, PathBuf};

use crate::answers::{self, AnswerSheet};
use crate::export::pdf::Paper;
use crate::export::{Format, StudySheet};
use crate::files::write_new;
use crate::paths::slug;
use crate::reading::Reading;

/// What was handed in, and where.
#[derive(Debug, PartialEq)]
pub struct HandedIn {
    pub sheet: PathBuf,
    pub answers: PathBuf,
    /// This hand-in's number (the copy's `handed_in`): the student's own file takes it too.
    pub number: u32,
}

/// Writes the sheet (in `format`) and a copy of the answers, numbered as the next hand-in, into
/// `folder`. Nothing already in the folder is replaced: a second hand-in the same day gets
/// ` (2)`, ` (3)`….
pub fn hand_in(
    folder: &Path,
    reading: &Reading,
    sheet: &AnswerSheet,
    format: Format,
    paper: Paper,
    language: crate::i18n::Language,
    date: &str,
) -> Result<HandedIn, FileError> {
    if !folder.is_dir() {
        return Err(FileError::NotAFolder {
            path: folder.to_owned(),
        });
    }
    let stem = crate::paths::fit_stem(&format!(
        "{}_{}_{date}",
        crate::paths::person_slug(&sheet.student),
        slug(&reading.title)
    ));
    let mut copy = sheet.clone();
    copy.handed_in = sheet.handed_in.saturating_add(1);
    // Plain data of strings and numbers: `pretty_ron` cannot fail on it, but if it ever did
    // the hand-in stops here, before anything is written.
    let text = answers::to_ron(&copy).map_err(|e| FileError::NotEncoded {
        path: folder.to_owned(),
        detail: e.to_string(),
    })?;
    let study = StudySheet::build(reading, sheet, date)
        .in_language(language)
        .to_bytes_on(format, paper)?;
    // Never over anything: a classmate handing in under the same name at the same moment
    // takes the name first, and this hand-in takes the next one.
    let mut from = 1;
    let (sheet_path, answers_path) = loop {
        let (sheet_path, answers_path, n) = free_pair(folder, &stem, format.extension(), from);
        match write_new(&answers_path, text.as_bytes()) {
            Ok(()) => break (sheet_path, answers_path),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 10_000 => from = n + 1,
            Err(e) => return Err(FileError::write(answers_path, e)),
        }
    };
    if let Err(e) = write_new(&sheet_path, &study) {
        // Half a hand-in would confuse the teacher: take the answers copy back out.
        let _ = std::fs::remove_file(&answers_path);
        return Err(FileError::write(sheet_path, e));
    }
    Ok(HandedIn {
        sheet: sheet_path,
        answers: answers_path,
        number: copy.handed_in,
    })
}

/// The first `stem[ (n)].ext` / `stem[ (n)].ron` pair where neither file exists yet.
/// The first `stem[ (n)].EXT` and `.ron` pair from `n = from` where nothing exists yet, and
/// its `n`.
fn free_pair(folder: &Path, stem: &str, extension: &str, from: usize) -> (PathBuf, PathBuf, usize) {
    let mut n = from;
    loop {
        let name = if n == 1 {
            stem.to_owned()
        } else {
            format!("{stem} ({n})")
        };
        let sheet = folder.join(format!("{name}.{extension}"));
        let answers = folder.join(format!("{name}.ron"));
        if !sheet.exists() && !answers.exists() {
            return (sheet, answers, n);
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reading::BUNDLED;

    #[test]
    fn writes_both_files_with_class_safe_names_and_never_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let reading = BUNDLED[0].parse();
        let mut sheet = AnswerSheet::new(&reading);
        sheet.student = "Aliya Nurlanovna".to_owned();
        let first = hand_in(
            dir.path(),
            &reading,
            &sheet,
            Format::Html,
            Paper::A4,
            crate::i18n::Language::English,
            "2026-11-28",
        )
        .unwrap();
        let name = first
            .sheet
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        assert_eq!(
            name,
            "aliya-nurlanovna_kazakhstan-and-the-eu-a-multi-vector-partnership_2026-11-28.html"
        );
        let handed = answers::load(&first.answers).unwrap();
        assert_eq!(handed.handed_in, 1);
        assert_eq!(first.number, 1);
        assert_eq!(
            answers::AnswerSheet {
                handed_in: 0,
                ..handed
            },
            sheet
        );
        let second = hand_in(
            dir.path(),
            &reading,
            &sheet,
            Format::Markdown,
            Paper::A4,
            crate::i18n::Language::English,
            "2026-11-28",
        )
        .unwrap();
        assert!(second.sheet.to_string_lossy().ends_with(" (2).md"));
        assert!(first.sheet.exists() && first.answers.exists());
    }

    #[test]
    fn a_missing_folder_is_an_error_that_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let reading = BUNDLED[0].parse();
        let err = hand_in(
            &dir.path().join("unplugged"),
            &reading,
            &AnswerSheet::new(&reading),
            Format::Text,
            Paper::A4,
            crate::i18n::Language::English,
            "2026-11-28",
        )
        .unwrap_err();
        assert!(err.to_string().contains("unplugged"), "{err}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
