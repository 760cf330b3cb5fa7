//! The Class view's way back to Moodle (`lms`): the feedback as one ZIP for "Upload multiple
//! feedback files in a zip", and the grading worksheet filled in for "Upload grading
//! worksheet". The `LecternApp` methods behind those actions and commands.

use std::path::{Path, PathBuf};

use super::app::LecternApp;
use crate::export::{self, Format};
use crate::lms::worksheet::{self, GradeAs};

impl LecternApp {
    /// *Return feedback* for Moodle: the ZIP written into `out` off the frame.
    pub(super) fn return_for_moodle(&mut self, out: PathBuf) {
        let Some(view) = self.state.class() else {
            return;
        };
        let (class, format) = (
            view.folder.clone(),
            view.return_sheet.unwrap_or(Format::Pdf),
        );
        let language = crate::i18n::language();
        let job = move || {
            let collected = crate::collect::collect(&class)?;
            crate::lms::feedback_zip::write(
                &collected,
                &class,
                &out,
                format,
                &export::today(),
                language,
            )
        };
        self.spawn(&crate::t!("job-return"), job, |app, done| match done {
            Ok(done) => {
                let mut lines: Vec<String> = Vec::new();
                if !done.written.is_empty() {
                    lines.push(crate::t!(
                        "moodle-returned",
                        count = done.written.len(),
                        path = done.zip.display().to_string()
                    ));
                }
                if !done.without.is_empty() {
                    let names: Vec<String> = done
                        .without
                        .iter()
                        .map(|s| export::Clean::new(s).to_string())
                        .collect();
                    lines.push(crate::t!("return-without", names = names.join(", ")));
                }
                for (path, reason) in &done.left_out {
                    lines.push(crate::t!(
                        "return-not-returned",
                        path = path.display().to_string(),
                        reason = reason.to_string()
                    ));
                }
                let title = match done.written.is_empty() {
                    true => crate::t!("return-none"),
                    false => crate::t!("return-done"),
                };
                app.state.notify(title, lines.join("\n"));
            }
            Err(e) => app.state.notify(crate::t!("return-failed"), e),
        });
    }

    /// Fills in the grading worksheet at `path` from the scores the Class view holds, and
    /// writes the result beside it under a name of its own (never over a file), saying where.
    pub(super) fn fill_worksheet(&mut self, path: PathBuf) {
        if !self.save_review() {
            return;
        }
        let Some(view) = self.state.class() else {
            return;
        };
        let grade_as = match view.scale_grades {
            true => GradeAs::Scaled,
            false => GradeAs::Points,
        };
        let rubrics: Vec<_> = (0..view.collected.groups.len())
            .map(|g| view.rubric(g))
            .collect();
        let filled = worksheet::fill(&path, &view.collected, &rubrics, grade_as)
            .and_then(|filled| Ok((write_beside(&path, &filled.csv)?, filled)));
        match filled {
            Ok((written, filled)) => {
                let mut lines = vec![crate::t!(
                    "worksheet-filled",
                    count = filled.graded.len(),
                    path = written.display().to_string()
                )];
                for (record, why) in &filled.unmatched_rows {
                    let record = export::Clean::new(record).to_string();
                    lines.push(crate::t!(
                        "worksheet-row-left",
                        record = record,
                        reason = why.to_string()
                    ));
                }
                for (hand_in, why) in &filled.unmatched_hand_ins {
                    lines.push(crate::t!(
                        "return-not-returned",
                        path = hand_in.display().to_string(),
                        reason = why.to_string()
                    ));
                }
                self.state
                    .notify(crate::t!("worksheet-filled-title"), lines.join("\n"));
            }
            Err(e) => self.state.notify(crate::t!("worksheet-not-filled"), e),
        }
    }
}

/// Writes `bytes` beside `worksheet` as `NAME (Lectern).csv`, or `NAME (Lectern) 2.csv` and on
/// when that is taken: the worksheet downloaded stays as it was.
fn write_beside(worksheet: &Path, bytes: &[u8]) -> Result<PathBuf, crate::files::FileError> {
    let stem = worksheet.file_stem().unwrap_or_default().to_string_lossy();
    let stem = format!("{} (Lectern)", crate::paths::fit_stem(&stem));
    let folder = crate::files::parent_dir(worksheet);
    crate::files::write_new_under_free_name(&folder, &stem, "csv", bytes)
}
