//! The bar at the top: file actions, text size, theme, progress and the student's name.

use std::time::Instant;

use super::command::Command;
use super::state::{AppState, ThemeChoice};

pub fn ui(ui: &mut egui::Ui, state: &mut AppState) {
    egui::Panel::top("toolbar").show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            for command in [
                Command::OpenReading,
                Command::OpenAnswers,
                Command::Save,
                Command::SaveAs,
                Command::Export,
            ] {
                command_button(ui, state, command, None);
            }
            if ui.button(Command::HandIn.label()).on_hover_text("Write your study sheet and a copy of your answers into a folder for your teacher").clicked() {
                state.hand_in = Some(super::state::HandInDialog { then_finish: false });
            }
            if ui.button("Finish").on_hover_text("Finish your session on a shared computer").clicked() {
                state.confirm_finish = true;
            }
            ui.separator();
            command_button(ui, state, Command::ZoomOut, Some("A−"));
            command_button(ui, state, Command::ZoomIn, Some("A+"));
            // Says the theme in use; a click moves on to the next.
            let theme = match state.settings.theme {
                ThemeChoice::System if ui.visuals().dark_mode => "Dark",
                ThemeChoice::System | ThemeChoice::Light => "Light",
                ThemeChoice::Dark => "Dark",
                ThemeChoice::HighContrast => "Contrast",
            };
            let text = theme.to_owned();
            command_button(ui, state, Command::ToggleTheme, Some(&text));
            ui.separator();
            progress_ui(ui, state);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                student_ui(ui, state)
            });
        });
        ui.add_space(2.0);
    });
}

/// A toolbar button: its face is the command's label unless `face` gives a shorter one.
fn command_button(ui: &mut egui::Ui, state: &mut AppState, command: Command, face: Option<&str>) {
    let face = face.unwrap_or(command.label());
    super::command::button(ui, &mut state.commands, command, face, true);
}

fn progress_ui(ui: &mut egui::Ui, state: &AppState) {
    let answered = state.answered();
    let total = state.doc.reading.prompt_count();
    ui.label(format!("{answered} of {total} answered"));
    let fraction = if total == 0 {
        0.0
    } else {
        answered as f32 / total as f32
    };
    ui.add(
        egui::ProgressBar::new(fraction)
            .desired_width(120.0)
            .desired_height(8.0),
    );
}

fn student_ui(ui: &mut egui::Ui, state: &mut AppState) {
    let response = ui.add(
        egui::TextEdit::singleline(&mut state.student_text)
            .hint_text("Your name")
            .desired_width(180.0)
            .char_limit(120),
    );
    let label = ui.label("Student:");
    let response = response.labelled_by(label.id);
    if response.changed() {
        let name = state.student_text.clone();
        state.doc.set_student(&name, Instant::now());
    }
}
