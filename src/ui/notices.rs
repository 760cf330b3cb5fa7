//! Dialogs that stop the student until read: errors and warnings, and the question asked when
//! the window is closing but the answers could not be saved.

use super::command::{Action, Command};
use super::state::{AppState, Modal};

pub fn ui(ctx: &egui::Context, state: &AppState, actions: &mut Vec<Action>) {
    if matches!(state.modal, Some(Modal::ConfirmClose)) {
        close_ui(ctx, state, actions);
        return;
    }
    if state.doc.recovery_offer.is_some() {
        recovery_ui(ctx, state, actions);
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
        actions.push(Action::DismissNotice);
    }
}

fn close_ui(ctx: &egui::Context, state: &AppState, actions: &mut Vec<Action>) {
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
                actions.push(Action::CloseModal);
                actions.push(Command::SaveAs.into());
            }
            if ui.button("Keep working").clicked() {
                actions.push(Action::CloseModal);
            }
            if ui.button("Close without saving").clicked() {
                actions.push(Action::CloseWithoutSaving);
            }
        });
    });
}

fn recovery_ui(ctx: &egui::Context, state: &AppState, actions: &mut Vec<Action>) {
    let Some(offer) = state.doc.recovery_offer.clone() else {
        return;
    };
    let file = state
        .doc
        .path
        .as_deref()
        .map_or("the answers file".to_owned(), |p| p.display().to_string());
    let answered = offer.found.sheet.answered_count(&state.doc.reading);
    egui::Modal::new(egui::Id::unique("recovery_offer")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading("Lectern found newer work");
        ui.add_space(6.0);
        ui.label(format!(
            "Answers from {} never reached {file}: the window closed or the computer stopped before they were saved. \
             Lectern kept them in {} ({answered} questions answered).",
            offer.when(),
            offer.found.path.display()
        ));
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui.button("Restore the newer work").clicked() {
                actions.push(Action::RestoreRecovery);
            }
            if ui.button("Keep the saved version").clicked() {
                actions.push(Action::KeepSavedVersion);
            }
        });
    });
}
