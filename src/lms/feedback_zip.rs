//! *Return feedback for Moodle*: one ZIP that Moodle's "Upload multiple feedback files in a
//! zip" takes. Each student's feedback goes into the folder the submissions download gave
//! them (`Full Name_123456_assignsubmission_file`): Moodle reads the participant from that
//! folder's name. Inside, the feedback sheet in the teacher's format, and the feedback file a
//! student's Lectern opens (*Open feedback…*) to see each comment by its answer. File names
//! hold no `_` (Moodle splits names on it) and start with neither `.` nor `~` (Moodle skips
//! those).

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::collect::{Collected, HandIn};
use crate::export::Format;
use crate::files::FileError;
use crate::i18n::Language;

/// What went into the ZIP, and what did not, with why.
#[derive(Debug, Default)]
pub struct MoodleReturn {
    /// The ZIP written.
    pub zip: PathBuf,
    /// (student, the folder their feedback went in).
    pub written: Vec<(String, String)>,
    /// Hand-ins with no feedback yet, by student.
    pub without: Vec<String>,
    /// Hand-ins whose feedback could not go, with why (not from a Moodle download, feedback
    /// that does not read or is about an earlier hand-in).
    pub left_out: Vec<(PathBuf, String)>,
}

/// Writes the feedback ZIP for a class read from a Moodle download into the folder `out`,
/// named after the class (never over a file: `NAME 2.zip` when one is there). Nothing is
/// written when no feedback can go.
pub fn write(
    collected: &Collected,
    class: &Path,
    out: &Path,
    format: Format,
    date: &str,
    language: Language,
) -> Result<MoodleReturn, FileError> {
    if !out.is_dir() {
        return Err(FileError::NotAFolder {
            path: out.to_owned(),
        });
    }
    let mut result = MoodleReturn::default();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    // Writing into memory fails only through a fault in Lectern: said as one.
    let not_made = |e: zip::result::ZipError| FileError::SheetNotMade {
        format: "ZIP",
        detail: e.to_string(),
    };
    for group in &collected.groups {
        for hand_in in &group.sheets {
            let Some(feedback) = deliverable(hand_in, &mut result) else {
                continue;
            };
            let Some(participant) = &hand_in.participant else {
                result
                    .left_out
                    .push((hand_in.path.clone(), crate::t!("moodle-no-participant")));
                continue;
            };
            let student = crate::paths::person_slug(&hand_in.sheet.student).replace('_', "-");
            let name = format!("feedback-{student}");
            let sheet = crate::feedback::give_back::feedback_sheet(group, hand_in, date, language)
                .to_bytes(format)?;
            let folder = &participant.folder;
            zip.start_file(format!("{folder}/{name}.{}", format.extension()), options)
                .map_err(not_made)?;
            zip.write_all(&sheet).map_err(|e| not_made(e.into()))?;
            zip.start_file(format!("{folder}/{name}.feedback.ron"), options)
                .map_err(not_made)?;
            let ron = crate::feedback::feedback_to_ron(feedback);
            zip.write_all(ron.as_bytes())
                .map_err(|e| not_made(e.into()))?;
            result
                .written
                .push((hand_in.sheet.student.clone(), folder.clone()));
        }
    }
    if result.written.is_empty() {
        return Ok(result);
    }
    let bytes = zip.finish().map_err(not_made)?.into_inner();
    let stem = class.file_stem().unwrap_or_default().to_string_lossy();
    let stem = crate::paths::fit_stem(&format!("{stem} {}", crate::t!("moodle-zip-name")));
    result.zip = crate::files::write_new_under_free_name(out, &stem, "zip", &bytes)?;
    Ok(result)
}

/// The hand-in's feedback when it can go back: there is some, it reads, and it is about this
/// very hand-in. Otherwise says why in `result` and gives none.
fn deliverable<'a>(
    hand_in: &'a HandIn,
    result: &mut MoodleReturn,
) -> Option<&'a crate::feedback::Feedback> {
    match &hand_in.feedback {
        Some(Ok(feedback)) if !feedback.is_empty() => {
            if feedback.hand_in.sha256 == hand_in.sha256 {
                return Some(feedback);
            }
            let why = crate::t!(
                "feedback-earlier-hand-in",
                student = crate::export::Clean::new(&hand_in.sheet.student).to_string()
            );
            result.left_out.push((hand_in.feedback_at.clone(), why));
        }
        Some(Err(e)) => result
            .left_out
            .push((hand_in.feedback_at.clone(), e.clone())),
        _ => result.without.push(hand_in.sheet.student.clone()),
    }
    None
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_names_moodle_would_misread_are_never_made() {
        let student = crate::paths::person_slug("Aliya_Nur").replace('_', "-");
        let name = format!("feedback-{student}");
        assert!(
            !name.contains('_') && !name.starts_with(['.', '~']),
            "{name}"
        );
    }
}
