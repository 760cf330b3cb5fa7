//! The teacher's correction of a previewed reading: each block with the role Lectern gave it,
//! which the teacher can change (title, paragraph, section title, question, ignore…), its
//! text, which they can edit, and its place, which they can move; beside it the reading as
//! students will see it, worked out again after every change. The view owns the outline being
//! edited, as the editor owns an answer's text; the app works out what it makes.

use egui::RichText;

use super::command::Action;
use crate::library::Preview;
use crate::reading::{Outline, Reading, Role};

/// A correction in progress.
pub struct Correction {
    pub outline: Outline,
    /// The preview `outline` makes ([`Preview::corrected`]: its reading, warnings and Markdown),
    /// worked out by the app when the outline changes, and what the library adds.
    pub shown: Preview,
}

impl Correction {
    /// A correction of `preview`, starting from how Lectern read it.
    pub fn of(preview: &Preview) -> Correction {
        let outline = Outline::of(&preview.reading, &preview.left_out);
        let shown = preview.corrected(&outline);
        Correction { outline, shown }
    }

    /// Works out what the outline now makes of `preview`.
    pub fn refresh(&mut self, preview: &Preview) {
        self.shown = preview.corrected(&self.outline);
    }
}

/// The correction window; pushes [`Action::OutlineEdited`] when the teacher changes a block.
pub fn ui(ctx: &egui::Context, correction: &mut Correction, commands: &mut Vec<Action>) {
    let screen = ctx.content_rect();
    let modal = egui::Modal::new(egui::Id::unique("reading_correction")).show(ctx, |ui| {
        ui.set_width((screen.width() - 80.0).clamp(320.0, 1100.0));
        ui.heading(crate::t!("correct-title"));
        ui.label(crate::t!("correct-explain"));
        ui.add_space(6.0);
        let height = (screen.height() - 260.0).max(160.0);
        ui.columns(2, |columns| {
            egui::ScrollArea::vertical()
                .id_salt("correction_blocks")
                .max_height(height)
                .auto_shrink([false, false])
                .show(&mut columns[0], |ui| {
                    if blocks_ui(ui, &mut correction.outline) {
                        commands.push(Action::OutlineEdited);
                    }
                });
            egui::ScrollArea::vertical()
                .id_salt("correction_result")
                .max_height(height)
                .auto_shrink([false, false])
                .show(&mut columns[1], |ui| {
                    // Columns justify their widgets, which would space a label's words out
                    // to the edge: the reading reads as text, ragged right.
                    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                        shown_ui(ui, &correction.shown.reading)
                    });
                });
        });
        ui.add_space(8.0);
        super::start::warnings_ui(ui, &correction.shown.warnings);
        ui.horizontal(|ui| {
            let add = super::command::Command::ConfirmAddReading;
            if ui.button(add.label()).clicked() {
                commands.push(add.into());
            }
            if ui
                .button(crate::t!("correct-undo"))
                .on_hover_text(crate::t!("correct-undo-hint"))
                .clicked()
            {
                commands.push(Action::EndCorrection);
            }
            if ui.button(crate::t!("cancel")).clicked() {
                commands.push(Action::ClosePreview);
            }
        });
    });
    if super::escape_closes(&modal) {
        commands.push(Action::EndCorrection);
    }
}

/// Each block: its role, its text and the buttons that move it. Returns whether any changed.
fn blocks_ui(ui: &mut egui::Ui, outline: &mut Outline) -> bool {
    let mut changed = false;
    let mut swap = None;
    let count = outline.blocks.len();
    for (i, block) in outline.blocks.iter_mut().enumerate() {
        ui.push_id(i, |ui| {
            ui.horizontal(|ui| {
                let before = block.role;
                super::combo(
                    ui,
                    &crate::t!("correct-block-is", n = i + 1),
                    egui::ComboBox::from_id_salt("role")
                        .selected_text(block.role.label())
                        .width(150.0)
                        .height(400.0),
                    |ui| {
                        for role in Role::ALL {
                            ui.selectable_value(&mut block.role, role, role.label());
                        }
                    },
                );
                changed |= block.role != before;
                let up = ui.add_enabled(i > 0, egui::Button::new("⏶").small());
                let move_up = crate::t!("correct-move-up");
                up.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, i > 0, &move_up));
                if up.on_hover_text(move_up).clicked() {
                    swap = Some(i - 1);
                }
                let move_down = crate::t!("correct-move-down");
                let down = ui.add_enabled(i + 1 < count, egui::Button::new("⏷").small());
                down.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, i + 1 < count, &move_down)
                });
                if down.on_hover_text(move_down).clicked() {
                    swap = Some(i);
                }
            });
            let ignored = block.role == Role::Ignore;
            let mut edit = egui::TextEdit::multiline(&mut block.text)
                .desired_width(f32::INFINITY)
                .desired_rows(1);
            if ignored {
                edit = edit.text_color(ui.visuals().weak_text_color());
            }
            changed |= ui.add(edit).changed();
            ui.add_space(4.0);
        });
    }
    if let Some(i) = swap {
        outline.blocks.swap(i, i + 1);
        changed = true;
    }
    changed
}

/// The reading the outline makes, as a student will meet it.
fn shown_ui(ui: &mut egui::Ui, reading: &Reading) {
    ui.label(RichText::new(&reading.title).strong().size(16.0));
    if let Some(source) = &reading.source {
        ui.label(RichText::new(source).weak());
    }
    ui.label(reading.overview());
    for section in &reading.sections {
        ui.add_space(4.0);
        ui.label(RichText::new(&section.title).strong());
        if let Some(description) = &section.description {
            ui.label(RichText::new(description).italics());
        }
        for prompt in &section.prompts {
            ui.label(format!("{}. {}", prompt.name(), prompt.full_text()));
        }
    }
    for note in &reading.notes {
        ui.add_space(4.0);
        ui.label(RichText::new(note).weak());
    }
}
