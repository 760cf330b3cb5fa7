//! The Class view (teachers): a folder of handed-in answers, summed up, with the class sheet
//! and CSV export. The same as `lectern collect`, from the window.

use egui::RichText;

use super::command::{Action, Command};
use crate::collect::Collected;

/// An open Class view.
pub struct ClassView {
    pub folder: std::path::PathBuf,
    pub collected: Collected,
    /// Show "Student A", "Student B"… (for showing answers to the class).
    pub anonymize: bool,
}

pub fn ui(ctx: &egui::Context, view: &ClassView, actions: &mut Vec<Action>) {
    egui::Modal::new(egui::Id::unique("class_view")).show(ctx, |ui| {
        ui.set_max_width(720.0);
        ui.heading("Class");
        ui.label(RichText::new(view.folder.display().to_string()).weak());
        ui.add_space(6.0);
        egui::ScrollArea::vertical().max_height(420.0).show(ui, |ui| {
            for group in &view.collected.groups {
                let n = group.sheets.len();
                let students = if n == 1 { "student" } else { "students" };
                ui.label(RichText::new(format!("{} ({n} {students})", group.title)).strong());
                egui::Grid::new(format!("class_grid_{}", group.fingerprint)).striped(true).show(ui, |ui| {
                    ui.label(RichText::new("Student").strong());
                    ui.label(RichText::new("Answered").strong());
                    ui.label(RichText::new("Words").strong());
                    ui.end_row();
                    for (_, sheet) in &group.sheets {
                        let answered = group.prompts.iter().filter(|(id, _)| sheet.is_answered(id)).count();
                        let words: usize = sheet.answers.iter().map(|a| crate::words::count_words(&a.text)).sum();
                        ui.label(&sheet.student);
                        ui.label(format!("{answered} of {}", group.prompts.len()));
                        ui.label(words.to_string());
                        ui.end_row();
                    }
                });
                ui.add_space(8.0);
            }
            if view.collected.groups.len() > 1 {
                ui.colored_label(ui.visuals().warn_fg_color, format!("{} different readings or versions were handed in; each gets its own class sheet.", view.collected.groups.len()));
            }
            for (path, reason) in &view.collected.unreadable {
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                ui.colored_label(ui.visuals().warn_fg_color, format!("Not read: {name}: {reason}"));
            }
            if view.collected.groups.is_empty() {
                ui.label(RichText::new("No answers files could be read in this folder.").italics());
            }
        });
        ui.add_space(8.0);
        let mut anonymize = view.anonymize;
        if ui.checkbox(&mut anonymize, "Hide names (Student A, Student B…)").changed() {
            actions.push(Action::Anonymize(anonymize));
        }
        ui.horizontal(|ui| {
            let export = ui.add_enabled(!view.collected.groups.is_empty(), egui::Button::new("Export class sheet…"));
            if export.clicked() {
                actions.push(Command::ExportClass.into());
            }
            if ui.button("Close").clicked() {
                actions.push(Action::CloseModal);
            }
        });
    });
}
