//! *Return feedback*: each student's feedback file (and, if asked, a feedback sheet) written
//! into a folder the teacher chooses, named after the student, never replacing a file already
//! there. The window's *Return feedback…* and `lectern return` both write through here.

use std::path::{Path, PathBuf};

use crate::collect::{Collected, Group, HandIn};
use crate::export::{Clean, Format, SheetItem, SheetSection, StudySheet};
use crate::files::write_atomic;
use crate::paths::slug;

/// What one return wrote, and what it left out and why.
#[derive(Debug, Default, PartialEq)]
pub struct Returned {
    /// (student, feedback file, feedback sheet) for each hand-in returned.
    pub written: Vec<(String, PathBuf, Option<PathBuf>)>,
    /// Hand-ins with no feedback yet (or none said), by student and file.
    pub without: Vec<(String, PathBuf)>,
    /// Feedback files beside hand-ins that do not read, with the reason; not returned.
    pub unreadable: Vec<(PathBuf, String)>,
}

/// Writes the feedback on every hand-in in `collected` that has some into `out`, with a
/// feedback sheet in `sheet` format beside each when asked.
pub fn give_back(
    collected: &Collected,
    out: &Path,
    sheet: Option<Format>,
    date: &str,
) -> Result<Returned, String> {
    if !out.is_dir() {
        return Err(format!(
            "{} is not a folder that can be reached",
            out.display()
        ));
    }
    let mut returned = Returned::default();
    for group in &collected.groups {
        for hand_in in &group.sheets {
            let feedback = match &hand_in.feedback {
                Some(Ok(feedback)) if !feedback.is_empty() => feedback,
                Some(Err(e)) => {
                    returned
                        .unreadable
                        .push((super::feedback_path(&hand_in.path), e.clone()));
                    continue;
                }
                _ => {
                    returned
                        .without
                        .push((hand_in.sheet.student.clone(), hand_in.path.clone()));
                    continue;
                }
            };
            let student = match slug(&feedback.student) {
                s if s.is_empty() => "no-name".to_owned(),
                s => s,
            };
            let mut stem = format!("{student}_{}", slug(&feedback.reading.title));
            if feedback.hand_in.number > 1 {
                stem.push_str(&format!("_hand-in-{}", feedback.hand_in.number));
            }
            let extension = sheet.map(Format::extension);
            let (ron_path, sheet_path) = free_names(out, &stem, extension);
            let write = |path: &Path, bytes: &[u8]| {
                write_atomic(path, bytes).map_err(|e| {
                    crate::t!(
                        "could-not-write",
                        path = path.display().to_string(),
                        error = crate::i18n::io_reason(&e)
                    )
                })
            };
            write(&ron_path, super::feedback_to_ron(feedback).as_bytes())?;
            let sheet_written = match (sheet, sheet_path) {
                (Some(format), Some(path)) => {
                    let bytes = feedback_sheet(group, hand_in, date).to_bytes(format)?;
                    write(&path, &bytes)?;
                    Some(path)
                }
                _ => None,
            };
            returned
                .written
                .push((feedback.student.clone(), ron_path, sheet_written));
        }
    }
    Ok(returned)
}

/// The student's answers with the teacher's feedback, made from what was handed in (the
/// reading itself may not be on the teacher's computer).
pub fn feedback_sheet(group: &Group, hand_in: &HandIn, date: &str) -> StudySheet {
    let sheet = &hand_in.sheet;
    let items = group
        .prompts
        .iter()
        .map(|(id, prompt)| {
            SheetItem::new(
                &format!("{id}."),
                None,
                prompt,
                sheet.text(id),
                None,
                sheet.citations(id),
            )
        })
        .collect::<Vec<_>>();
    let answered = items.iter().filter(|i| i.is_answered()).count();
    let study = StudySheet {
        title: Clean::new(&group.title),
        source: None,
        fingerprint: crate::reading::short_fingerprint(&group.fingerprint).to_owned(),
        student: Clean::new(&sheet.student),
        date: date.to_owned(),
        answered,
        total: items.len(),
        sections: vec![SheetSection {
            title: Clean::new("Answers"),
            description: None,
            items,
        }],
        orphans: Vec::new(),
        highlights: Vec::new(),
        feedback: None,
        labels: Default::default(),
    };
    let ids: Vec<_> = group.prompts.iter().map(|(id, _)| id.clone()).collect();
    match hand_in.feedback() {
        Some(feedback) => study.with_feedback(feedback, sheet, &ids),
        None => study,
    }
}

/// The first `stem[ (n)].feedback.ron` (and `.feedback.EXT`) where nothing exists yet.
fn free_names(out: &Path, stem: &str, extension: Option<&str>) -> (PathBuf, Option<PathBuf>) {
    (1..)
        .map(|n| {
            let name = if n == 1 {
                stem.to_owned()
            } else {
                format!("{stem} ({n})")
            };
            let ron = out.join(format!("{name}.feedback.ron"));
            let sheet = extension.map(|e| out.join(format!("{name}.feedback.{e}")));
            (ron, sheet)
        })
        .find(|(ron, sheet)| !ron.exists() && sheet.as_ref().is_none_or(|s| !s.exists()))
        .expect("some name is free")
}
