//! The help window (F1): every keyboard shortcut, read from the same list the keys use, so it
//! can never disagree with them.

use egui::RichText;

use super::command::{Action, Command};

pub fn ui(ctx: &egui::Context, actions: &mut Vec<Action>) {
    let mut open = true;
    egui::Window::new("Help")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .default_width(420.0)
        .show(ctx, |ui| {
            ui.label("Lectern saves your answers by itself, a moment after you stop typing.");
            ui.add_space(6.0);
            ui.label(RichText::new("Keyboard shortcuts").strong());
            egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                for command in Command::with_shortcuts() {
                    let keys: Vec<String> = command
                        .shortcuts()
                        .iter()
                        .map(|s| ctx.format_shortcut(s))
                        .collect();
                    ui.label(command.label());
                    ui.label(keys.join(", "));
                    ui.end_row();
                }
                for (what, keys) in [
                    (
                        "In the article: next / previous paragraph",
                        "Tab, Shift+Tab",
                    ),
                    (
                        "In the article: select words",
                        "Shift+arrows, Shift+Home, Shift+End",
                    ),
                    (
                        "In find: next / previous match, close",
                        "Enter, Shift+Enter, Escape",
                    ),
                    ("Elsewhere: move between controls", "Tab, Shift+Tab"),
                ] {
                    ui.label(what);
                    ui.label(keys);
                    ui.end_row();
                }
            });
        });
    if !open {
        actions.push(Action::CloseModal);
    }
}
