//! The Class view (teachers): a folder of handed-in answers, summed up, with the class sheet
//! and CSV export (the same as `lectern collect`); the review, hand-in by hand-in and answer by
//! answer, with comments and rubric levels; the rubric editor; *Return feedback…*.
//!
//! The view reads the `ClassView` and owns only the text being typed (comment boxes, the rubric
//! being edited); everything else it asks for with actions.
//!
//! The parts are drawn apart: `summary` (the folder summed up, with the export and return
//! controls), `review` (one hand-in, one answer at a time) and `rubric` (the rubric editor).

mod charts;
mod review;
mod rubric;
mod summary;

use super::command::Action;
use crate::feedback::Scope;
use review::review_ui;
use rubric::rubric_editor;
use summary::summary_ui;

pub use crate::app::class::ClassView;

pub fn ui(ctx: &egui::Context, view: &mut ClassView, actions: &mut Vec<Action>) {
    let screen = ctx.content_rect();
    let modal = egui::Modal::new(egui::Id::unique("class_view")).show(ctx, |ui| {
        let width = (screen.width() - 60.0).clamp(320.0, 1100.0);
        ui.set_width(width);
        ui.set_max_height(screen.height() - 60.0);
        let title = view
            .rubric_edit
            .as_ref()
            .map(|(group, _)| view.title(*group));
        if let (Some((_, rubric)), Some(title)) = (view.rubric_edit.as_mut(), title) {
            rubric_editor(ui, &title, rubric, actions);
        } else if view.review.is_some() {
            // Marking a pile is long work: the review takes most of the window.
            ui.set_min_height((screen.height() - 120.0).max(300.0));
            review_ui(ui, view, actions);
        } else {
            summary_ui(ui, view, actions);
        }
    });
    if let Some(history) = view.history.as_mut() {
        super::history::ui(ctx, history, actions);
        return;
    }
    if super::escape_closes(&modal) {
        // Escape goes back one step, as each screen's own Cancel or Back does.
        actions.push(if view.rubric_edit.is_some() {
            Action::EditRubric(false)
        } else if view.review.is_some() {
            Action::EndReview
        } else {
            Action::CloseModal
        });
    }
}

/// How a rubric scores, in words: the summary and the rubric editor both say it.
fn scope_words(scope: Scope) -> String {
    match scope {
        Scope::WholeSheet => crate::t!("class-for-whole-sheet"),
        Scope::EachAnswer => crate::t!("class-for-each-answer"),
    }
}
