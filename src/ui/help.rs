//! The help window (F1): every keyboard shortcut, read from the same list the keys use, so it
//! can never disagree with them.

use egui::RichText;

use super::command::{Action, Command};

pub fn ui(ctx: &egui::Context, actions: &mut Vec<Action>) {
    let mut open = true;
    // egui's own close button is named in English for screen readers: Lectern's is in the
    // student's language (and Escape closes too).
    egui::Window::new(crate::t!("help-title"))
        .collapsible(false)
        .resizable(false)
        .default_width(420.0)
        // Placed at the top, so all of it is on a small screen (1024×600) too.
        .pivot(egui::Align2::CENTER_TOP)
        .default_pos(ctx.content_rect().center_top() + egui::vec2(0.0, 30.0))
        .show(ctx, |ui| {
            ui.label(crate::t!("help-autosave"));
            ui.label(crate::t!("help-history"));
            ui.label(crate::t!("help-read-aloud"));
            ui.add_space(6.0);
            ui.label(RichText::new(crate::t!("help-shortcuts")).strong());
            // The list is taller than a small screen: it scrolls inside the window, in what is
            // left below the window's top (30), its title bar, the paragraphs above (as tall as
            // their translation wraps to) and the close button's row.
            let above = ui.min_rect().height();
            let room = (ctx.content_rect().height() - 30.0 - 40.0 - above - 70.0).max(120.0);
            egui::ScrollArea::vertical()
                .max_height(room)
                .show(ui, |ui| {
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
                            ("help-article-paragraphs", "Tab, Shift+Tab"),
                            ("help-article-select", "help-keys-select"),
                            ("help-find-keys", "Enter, Shift+Enter, Escape"),
                            ("help-elsewhere", "Tab, Shift+Tab"),
                        ] {
                            ui.label(crate::i18n::tr(what));
                            // Key names stay as printed on the keys, but for the arrows.
                            let keys = if keys.starts_with("help-") {
                                crate::i18n::tr(keys)
                            } else {
                                keys.to_owned()
                            };
                            ui.label(keys);
                            ui.end_row();
                        }
                    });
                });
            ui.add_space(6.0);
            if ui.button(crate::t!("a11y-close-window")).clicked() {
                open = false;
            }
        });
    if !open || super::escape_closes_window(ctx) {
        actions.push(Action::CloseModal);
    }
}
