//! Dialogs that stop the student until read: errors and warnings, and the question asked when
//! the window is closing but the answers could not be saved.

use super::command::Command;
use super::state::AppState;

pub fn ui(ctx: &egui::Context, state: &mut AppState) {
    if state.confirm_close {
        close_ui(ctx, state);
        return;
    }
    let Some(notice) = state.notices.front().cloned() else {
        return;
    };
    let response = egui::Modal::new(egui::Id::unique("notice")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(&notice.title);
        ui.add_space(6.0);
        ui.label(&notice.body);
        ui.add_space(10.0);
        ui.button("OK").clicked()
    });
    if response.inner || response.should_close() {
        state.notices.pop_front();
        // Back to writing: the modal took the keyboard focus.
        state.focus_editor = true;
    }
}

fn close_ui(ctx: &egui::Context, state: &mut AppState) {
    let error = state.doc.save_error.clone().unwrap_or_default();
    egui::Modal::new(egui::Id::unique("confirm_close")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading("Your answers are not saved");
        ui.add_space(6.0);
        ui.label(format!("Lectern could not save them: {error}"));
        ui.label("If you close now, what you wrote since the last save is lost.");
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui.button("Save as…").clicked() {
                state.confirm_close = false;
                state.commands.push(Command::SaveAs);
            }
            if ui.button("Keep working").clicked() {
                state.confirm_close = false;
                state.focus_editor = true;
            }
            if ui.button("Close without saving").clicked() {
                state.confirm_close = false;
                state.allow_close = true;
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
        });
    });
}
