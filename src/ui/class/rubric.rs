//! The rubric editor: how the rubric scores, its criteria and each one's levels. The view owns
//! the rubric while it is edited; *Keep* asks for it to be saved.

use egui::RichText;

use super::scope_words;
use crate::feedback::{Criterion, Level, Rubric, Scope};
use crate::ui::command::Action;

pub(super) fn rubric_editor(
    ui: &mut egui::Ui,
    title: &str,
    rubric: &mut Rubric,
    actions: &mut Vec<Action>,
) {
    ui.heading(crate::t!("sheet-rubric"));
    ui.label(RichText::new(crate::t!("rubric-for", title = title)).weak());
    ui.horizontal(|ui| {
        ui.label(crate::t!("rubric-score"));
        ui.radio_value(
            &mut rubric.scope,
            Scope::WholeSheet,
            crate::t!("rubric-whole-sheet"),
        );
        ui.radio_value(
            &mut rubric.scope,
            Scope::EachAnswer,
            crate::t!("rubric-each-answer"),
        );
    });
    ui.add_space(4.0);
    let height = (ui.available_height() - 90.0).max(160.0);
    egui::ScrollArea::vertical()
        .max_height(height)
        .show(ui, |ui| criteria_ui(ui, rubric));
    let problem = rubric.problem();
    if let Some(problem) = &problem {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            crate::t!("rubric-not-usable", problem = problem.to_string()),
        );
    } else {
        ui.label(
            RichText::new(crate::t!(
                "rubric-most-points",
                points = rubric.max_points(),
                scope = scope_words(rubric.scope)
            ))
            .weak(),
        );
    }
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                problem.is_none(),
                egui::Button::new(crate::t!("rubric-keep")),
            )
            .clicked()
        {
            actions.push(Action::SaveRubric);
        }
        if ui.button(crate::t!("cancel")).clicked() {
            actions.push(Action::EditRubric(false));
        }
    });
}

/// Each criterion in its box, and the way to add one.
fn criteria_ui(ui: &mut egui::Ui, rubric: &mut Rubric) {
    let mut remove: Option<usize> = None;
    for (c, criterion) in rubric.criteria.iter_mut().enumerate() {
        if criterion_ui(ui, c, criterion) {
            remove = Some(c);
        }
    }
    if let Some(c) = remove {
        rubric.criteria.remove(c);
    }
    if ui.button(crate::t!("rubric-add-criterion")).clicked() {
        let levels = rubric
            .criteria
            .first()
            .map(|c| c.levels.clone())
            .unwrap_or_default();
        // Named by the teacher: a placeholder name would be kept as the name.
        rubric.criteria.push(Criterion {
            name: String::new(),
            levels,
        });
    }
}

/// Criterion number `c + 1`: its name and its levels, each with its points; whether its
/// *Remove* was clicked.
fn criterion_ui(ui: &mut egui::Ui, c: usize, criterion: &mut Criterion) -> bool {
    let mut remove = false;
    ui.group(|ui| {
        ui.horizontal(|ui| {
            let label = ui.label(crate::t!("rubric-criterion-n", n = c + 1));
            ui.add(
                egui::TextEdit::singleline(&mut criterion.name)
                    .hint_text(crate::t!("rubric-criterion-hint"))
                    .desired_width(320.0),
            )
            .labelled_by(label.id);
            if ui.button(crate::t!("rubric-remove-criterion")).clicked() {
                remove = true;
            }
        });
        let mut remove_level: Option<usize> = None;
        for (l, level) in criterion.levels.iter_mut().enumerate() {
            ui.horizontal(|ui| {
                let label = ui.label(crate::t!("rubric-level-n", n = l + 1));
                ui.add(egui::TextEdit::singleline(&mut level.name).desired_width(200.0))
                    .labelled_by(label.id);
                ui.add(
                    egui::DragValue::new(&mut level.points)
                        .range(0..=10_000)
                        .suffix(crate::t!("rubric-points-suffix")),
                );
                if ui
                    .small_button("×")
                    .on_hover_text(crate::t!("rubric-remove-level"))
                    .clicked()
                {
                    remove_level = Some(l);
                }
            });
        }
        if let Some(l) = remove_level {
            criterion.levels.remove(l);
        }
        if ui.small_button(crate::t!("rubric-add-level")).clicked() {
            let points = criterion.max_points() + 1;
            criterion.levels.push(Level {
                name: crate::t!("rubric-level-n", n = criterion.levels.len() + 1),
                points,
            });
        }
    });
    remove
}
