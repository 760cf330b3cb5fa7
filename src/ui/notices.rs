//! Dialogs that stop the student until read: errors and warnings, and the question asked when
//! the window is closing but the answers could not be saved.

use super::command::{Action, Command};
use crate::app::state::{AppState, Modal};

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
        ui.button(crate::t!("ok")).clicked()
    });
    if response.inner || response.should_close() {
        actions.push(Action::DismissNotice);
    }
}

fn close_ui(ctx: &egui::Context, state: &AppState, actions: &mut Vec<Action>) {
    let error = state
        .doc
        .save_failure()
        .map(ToString::to_string)
        .unwrap_or_default();
    let modal = egui::Modal::new(egui::Id::unique("confirm_close")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(crate::t!("close-unsaved-title"));
        ui.add_space(6.0);
        ui.label(crate::t!("close-could-not-save", error = error));
        ui.label(crate::t!("close-unsaved-body"));
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui.button(super::command::Command::SaveAs.label()).clicked() {
                actions.push(Action::CloseModal);
                actions.push(Command::SaveAs.into());
            }
            if ui.button(crate::t!("close-keep-working")).clicked() {
                actions.push(Action::CloseModal);
            }
            if ui.button(crate::t!("close-without-saving")).clicked() {
                actions.push(Action::CloseWithoutSaving);
            }
        });
    });
    if super::escape_closes(&modal) {
        // Escape keeps working, as the safe answer.
        actions.push(Action::CloseModal);
    }
}

fn recovery_ui(ctx: &egui::Context, state: &AppState, actions: &mut Vec<Action>) {
    let Some(offer) = state.doc.recovery_offer.clone() else {
        return;
    };
    let file = state
        .doc
        .path
        .as_deref()
        .map_or(crate::t!("recovery-the-file"), |p| p.display().to_string());
    let answered = offer.found.sheet.answered_count(&state.doc.reading);
    egui::Modal::new(egui::Id::unique("recovery_offer")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(crate::t!("recovery-title"));
        ui.add_space(6.0);
        ui.label(crate::t!(
            "recovery-body",
            when = offer.when(),
            file = file,
            copy = offer.found.path.display().to_string(),
            answered = answered
        ));
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui.button(crate::t!("recovery-restore")).clicked() {
                actions.push(Action::RestoreRecovery);
            }
            if ui.button(crate::t!("recovery-keep")).clicked() {
                actions.push(Action::KeepSavedVersion);
            }
        });
    });
}
