//! The `LecternApp` side of the Class view and of feedback: opening a class folder with its
//! rubrics, moving through hand-ins, keeping comments in their files, the rubric's files,
//! *Return feedback…*, and a student's *Open feedback…*. Slow or many-file work goes to `tasks`.

use std::path::PathBuf;
use std::time::Instant;

use super::app::LecternApp;
use super::class::ClassView;
use super::command::Action;
use crate::app::review::Review;
use crate::app::state::Modal;
use crate::export;
use crate::feedback::{self, Feedback, Rubric};

impl LecternApp {
    fn class_mut(&mut self) -> Option<&mut ClassView> {
        match &mut self.state.modal {
            Some(Modal::Class(view)) => Some(view),
            _ => None,
        }
    }

    /// Reads a folder of handed-in answers (with the feedback beside them, and each reading's
    /// rubric) into the Class view, off the window's thread.
    pub(super) fn open_class(&mut self, folder: PathBuf) {
        let library = self.library.clone();
        let job = move || {
            let collected = crate::collect::collect(&folder)?;
            let rubrics = collected
                .groups
                .iter()
                // Shown in the class view as what is wrong with the rubric file.
                .map(|g| {
                    library
                        .rubric(&g.title)
                        .map(|r| r.map_err(|e| e.to_string()))
                })
                .collect();
            // The reading each group answers, when this computer has it: `collect` found it by
            // fingerprint (never through the path a hand-in names), to show cited passages in
            // their paragraphs.
            let readings = collected.groups.iter().map(|g| g.reading.clone()).collect();
            Ok::<_, crate::files::FileError>(ClassView::new(folder, collected, rubrics, readings))
        };
        self.spawn(
            &crate::t!("job-class-folder"),
            job,
            |app, read| match read {
                Ok(view) => app.state.modal = Some(Modal::Class(Box::new(view))),
                Err(e) => app.state.notify(crate::t!("class-folder-unreadable"), e),
            },
        );
    }

    /// Runs the Class view's actions (`apply` hands them here; others are not for it).
    pub(super) fn apply_class(&mut self, action: Action) {
        let now = Instant::now();
        match action {
            Action::Review(group, index) => self.review(group, index),
            Action::EndReview => {
                self.save_review();
                if let Some(view) = self.class_mut() {
                    view.review = None;
                }
            }
            Action::ReviewAnswer(i) => {
                self.save_review();
                if let Some(view) = self.class_mut()
                    && let Some(review) = view.review.as_mut()
                {
                    review.show_answer(&view.collected, i);
                }
            }
            Action::FeedbackEdited => {
                if let Some(view) = self.class_mut()
                    && let Some(review) = view.review.as_mut()
                {
                    review.commit(&view.collected, now);
                }
            }
            Action::SetLevel { criterion, level } => {
                if let Some(view) = self.class_mut()
                    && let Some(review) = view.review.as_mut()
                    && let Some(Some(Ok(rubric))) = view.rubrics.get(review.group)
                {
                    review.set_level(&view.collected, rubric, &criterion, level, now);
                }
            }
            Action::EditRubric(open) => {
                if let Some(view) = self.class_mut() {
                    let group = view.current_group();
                    view.rubric_edit = open.then(|| {
                        let title = view.title(group);
                        (
                            group,
                            view.rubric(group)
                                .cloned()
                                .unwrap_or_else(|| Rubric::starter(&title)),
                        )
                    });
                }
            }
            Action::SaveRubric => self.save_rubric(),
            Action::ReturnSheet(format) => {
                if let Some(view) = self.class_mut() {
                    view.return_sheet = format;
                }
            }
            Action::ReturnForMoodle(on) => {
                if let Some(view) = self.class_mut() {
                    view.return_moodle = on;
                }
            }
            Action::ScaleGrades(on) => {
                if let Some(view) = self.class_mut() {
                    view.scale_grades = on;
                }
            }
            _ => {}
        }
    }

    /// Moves the review to hand-in `index` of `group`, keeping the comments on the one before.
    fn review(&mut self, group: usize, index: usize) {
        self.save_review();
        if let Some(view) = self.class_mut() {
            view.review = Review::of(&view.collected, group, index);
            view.rubric_edit = None;
        }
    }

    /// The next (`step` 1) or previous (-1) hand-in of the group under review.
    pub(super) fn step_student(&mut self, step: isize) {
        let Some(view) = self.state.class() else {
            return;
        };
        let Some(review) = &view.review else { return };
        let count = view
            .collected
            .groups
            .get(review.group)
            .map_or(0, |g| g.sheets.len());
        let next = review.index as isize + step;
        if (0..count as isize).contains(&next) {
            let (group, answer) = (review.group, review.answer);
            self.review(group, next as usize);
            if let Some(view) = self.class_mut()
                && let Some(review) = view.review.as_mut()
            {
                // The same question of the next student: how teachers mark a pile.
                review.show_answer(&view.collected, answer);
            }
        }
    }

    /// The next or previous answer of the hand-in under review; `false` when no review is open.
    pub(super) fn step_answer(&mut self, step: isize) -> bool {
        let Some(review) = self.state.class().and_then(|v| v.review.as_ref()) else {
            return false;
        };
        let next = (review.answer as isize + step).max(0) as usize;
        self.apply_class(Action::ReviewAnswer(next));
        true
    }

    /// Writes the comments under review to their file now (leaving a hand-in, closing).
    /// Returns whether they are safe on disk.
    pub(super) fn save_review(&mut self) -> bool {
        let Some(view) = self.class_mut() else {
            return true;
        };
        let Some(review) = view.review.as_mut() else {
            return true;
        };
        let Err(e) = review.save(&mut view.collected) else {
            return true;
        };
        // Kept somewhere safe, the teacher may go on (and close); kept nowhere, they stay.
        let (body, safe) = match review.keep_elsewhere(&view.collected) {
            Ok(copy) => (
                format!(
                    "{e}\n\n{}",
                    crate::t!("review-kept-elsewhere", path = copy.display().to_string())
                ),
                true,
            ),
            Err(why) => (
                format!("{e}\n\n{}", crate::t!("review-kept-nowhere", why = why)),
                false,
            ),
        };
        self.state.notify(crate::t!("review-not-saved-title"), body);
        safe
    }

    /// Saves comments a moment after typing stops (called every frame).
    pub(super) fn autosave_review(&mut self, ctx: &egui::Context) {
        let now = Instant::now();
        let Some(review) = self.state.class().and_then(|v| v.review.as_ref()) else {
            return;
        };
        if review.due(now) {
            self.save_review();
        } else if review.dirty_since.is_some() {
            ctx.request_repaint_after(crate::app::review::FEEDBACK_SAVE_DELAY);
        }
    }

    /// Keeps the rubric being edited as this reading's rubric, beside the readings.
    fn save_rubric(&mut self) {
        let Some(view) = self.state.class() else {
            return;
        };
        let Some((group, rubric)) = view.rubric_edit.clone() else {
            return;
        };
        let title = view.title(group);
        self.keep_rubric(group, &title, rubric);
    }

    fn keep_rubric(&mut self, group: usize, title: &str, mut rubric: Rubric) {
        rubric.reading = title.to_owned();
        let Some(path) = self.library.rubric_path(title) else {
            return self
                .state
                .notify(crate::t!("rubric-not-kept"), crate::t!("no-data-folder"));
        };
        match feedback::save_rubric(&path, &rubric) {
            Ok(()) => {
                if let Some(view) = self.class_mut() {
                    if let Some(slot) = view.rubrics.get_mut(group) {
                        *slot = Some(Ok(rubric));
                    }
                    view.rubric_edit = None;
                }
                self.state
                    .report(crate::t!("rubric-kept", path = path.display().to_string()));
            }
            Err(e) => self
                .state
                .notify(crate::t!("rubric-not-kept"), e.to_string()),
        }
    }

    /// *Import rubric…*: a rubric file becomes this reading's rubric.
    pub(super) fn import_rubric(&mut self, path: PathBuf) {
        match feedback::load_rubric(&path) {
            Ok(rubric) => {
                let Some(view) = self.state.class() else {
                    return;
                };
                let group = view.current_group();
                let title = view.title(group);
                self.keep_rubric(group, &title, rubric);
            }
            Err(e) => self.state.notify(
                crate::t!("rubric-not-imported"),
                format!("{e}\n\n{}", crate::t!("rubric-unchanged")),
            ),
        }
    }

    /// *Export rubric…*: this reading's rubric written where the teacher chose.
    pub(super) fn export_rubric(&mut self, path: PathBuf) {
        let Some(view) = self.state.class() else {
            return;
        };
        let Some(rubric) = view.rubric(view.current_group()) else {
            return self
                .state
                .notify(crate::t!("rubric-none-title"), crate::t!("rubric-none"));
        };
        let path = if path.to_string_lossy().ends_with(".ron") {
            path
        } else {
            PathBuf::from(format!("{}.rubric.ron", path.display()))
        };
        match crate::files::write_atomic(&path, feedback::rubric_to_ron(rubric).as_bytes()) {
            Ok(()) => self.state.report(crate::t!(
                "rubric-exported",
                path = path.display().to_string()
            )),
            Err(e) => self.state.notify(
                crate::t!("rubric-not-exported"),
                crate::t!(
                    "could-not-write",
                    path = path.display().to_string(),
                    error = e.to_string()
                ),
            ),
        }
    }

    /// *Return feedback…*: every hand-in's feedback (and sheet) into `out`, off the window's
    /// thread, reading the folder afresh so what is returned is what is on disk.
    pub(super) fn return_feedback(&mut self, out: PathBuf) {
        if !self.save_review() {
            return;
        }
        if self.state.class().is_some_and(|v| v.return_moodle) {
            return self.return_for_moodle(out);
        }
        let Some(view) = self.state.class() else {
            return;
        };
        let (folder, format) = (view.folder.clone(), view.return_sheet);
        let job = move || {
            let collected = crate::collect::collect(&folder)?;
            feedback::give_back::give_back(&collected, &out, format, &export::today())
        };
        self.spawn(
            &crate::t!("job-return"),
            job,
            |app, returned| match returned {
                Ok(returned) => {
                    let mut lines: Vec<String> = returned
                        .written
                        .iter()
                        .map(|(student, ron, sheet)| {
                            let sheet = sheet
                                .as_ref()
                                .map(|s| format!("\n  {}", s.display()))
                                .unwrap_or_default();
                            let updated = if returned.updated.contains(ron) {
                                format!(" ({})", crate::t!("return-updated"))
                            } else {
                                String::new()
                            };
                            format!(
                                "{}: {}{sheet}{updated}",
                                export::Clean::new(student),
                                ron.display()
                            )
                        })
                        .collect();
                    if !returned.unchanged.is_empty() {
                        let names: Vec<String> = returned
                            .unchanged
                            .iter()
                            .map(|(s, _)| export::Clean::new(s).to_string())
                            .collect();
                        lines.push(crate::t!("return-unchanged", names = names.join(", ")));
                    }
                    if !returned.without.is_empty() {
                        let names: Vec<String> = returned
                            .without
                            .iter()
                            .map(|(s, _)| export::Clean::new(s).to_string())
                            .collect();
                        lines.push(crate::t!("return-without", names = names.join(", ")));
                    }
                    for (path, reason) in &returned.unreadable {
                        lines.push(crate::t!(
                            "return-not-returned",
                            path = path.display().to_string(),
                            reason = reason.to_string()
                        ));
                    }
                    let title = if returned.written.is_empty() && returned.unchanged.is_empty() {
                        crate::t!("return-none")
                    } else {
                        crate::t!("return-done")
                    };
                    app.state.notify(title, lines.join("\n"));
                }
                Err(e) => app.state.notify(crate::t!("return-failed"), e),
            },
        );
    }

    /// *Open feedback…*: a returned feedback file, checked against the open answers, shown,
    /// and kept beside the answers file so it shows the next time too.
    pub(super) fn open_feedback(&mut self, path: PathBuf) {
        let sheet = self.state.doc.sheet.clone();
        let answers = self.state.doc.path.clone();
        let job = move || -> Result<(Feedback, Option<Result<PathBuf, String>>), String> {
            let feedback = feedback::load_feedback(&path).map_err(|e| e.to_string())?;
            feedback.fit(&sheet).map_err(|e| e.to_string())?;
            let kept = answers.map(|answers| {
                let beside = feedback::feedback_path(&answers);
                if beside == path {
                    return Ok(beside);
                }
                feedback::save_feedback(&beside, &feedback)
                    .map(|()| beside)
                    .map_err(|e| e.to_string())
            });
            Ok((feedback, kept))
        };
        self.spawn(
            &crate::t!("job-open-feedback"),
            job,
            |app, opened| match opened {
                Ok((feedback, kept)) => {
                    let fit = feedback.fit(&app.state.doc.sheet);
                    let prompts = app.state.doc.reading.prompt_count();
                    app.state.doc.feedback = Some(feedback::Shown::new(feedback, prompts));
                    match kept {
                        Some(Err(e)) => app.state.notify(
                            crate::t!("feedback-not-kept"),
                            format!("{e}\n\n{}", crate::t!("feedback-open-again")),
                        ),
                        _ => {
                            let n = fit.map(|f| f.changed.len()).unwrap_or(0);
                            app.state.report(if n == 0 {
                                crate::t!("feedback-shown")
                            } else {
                                crate::t!("feedback-shown-changed", count = n)
                            });
                        }
                    }
                }
                Err(e) => app.state.notify(
                    crate::t!("feedback-not-opened"),
                    format!("{e}\n\n{}", crate::t!("feedback-nothing-changed")),
                ),
            },
        );
    }
}
