//! The reading settings (Ctrl+,): text size, line spacing, column width, typeface and theme.
//! Changes show at once and are remembered with the other settings.

use super::command::Action;
use crate::app::state::{
    COLUMN_RANGE, LINE_SPACING_RANGE, ReadingFont, Settings, ThemeChoice, ZOOM_RANGE,
};

/// The window edits a copy of `settings`; a change goes to the app as an action.
pub fn ui(ctx: &egui::Context, settings: &Settings, actions: &mut Vec<Action>) {
    // Each typeface is shown in itself.
    super::style::load_reading_fonts(ctx);
    // No title-bar close button (egui's is named in English): "Close" sits beside "Reset".
    egui::Window::new(crate::t!("cmd-reading-settings"))
        .collapsible(false)
        .resizable(false)
        .default_width(360.0)
        // Beside the article's tools, not over the toolbar.
        .pivot(egui::Align2::CENTER_TOP)
        .default_pos(ctx.content_rect().center_top() + egui::vec2(0.0, 90.0))
        // At a large text size the window is taller than the screen: it scrolls, so "Close"
        // and "Reset" can always be reached (seen at 250 % on 1366×768).
        .max_height(ctx.content_rect().height() - 120.0)
        .vscroll(true)
        .show(ctx, |ui| settings_ui(ui, settings, actions));
    if super::escape_closes_window(ctx) {
        actions.push(Action::CloseModal);
    }
}

fn settings_ui(ui: &mut egui::Ui, current: &Settings, actions: &mut Vec<Action>) {
    let mut edited = current.clone();
    let settings = &mut edited;
    egui::Grid::new("reading_settings_grid")
        .num_columns(2)
        .spacing([14.0, 10.0])
        .show(ui, |ui| {
            let label = ui.label(crate::t!("settings-text-size"));
            let slider = egui::Slider::new(&mut settings.zoom, ZOOM_RANGE)
                .step_by(0.05)
                .custom_formatter(|v, _| format!("{:.0} %", v * 100.0));
            ui.add(slider).labelled_by(label.id);
            ui.end_row();

            let label = ui.label(crate::t!("settings-line-spacing"));
            ui.add(egui::Slider::new(&mut settings.line_spacing, LINE_SPACING_RANGE).step_by(0.05))
                .labelled_by(label.id);
            ui.end_row();

            let label = ui.label(crate::t!("settings-column-width"));
            ui.add(
                egui::Slider::new(&mut settings.column_width, COLUMN_RANGE)
                    .step_by(20.0)
                    .suffix(crate::t!("settings-points-suffix")),
            )
            .labelled_by(label.id);
            ui.end_row();

            ui.label(crate::t!("settings-typeface"));
            ui.vertical(|ui| {
                for font in ReadingFont::ALL {
                    let text = egui::RichText::new(font.label())
                        .family(super::style::reading_family(ui.ctx(), font));
                    ui.radio_value(&mut settings.reading_font, font, text);
                }
            });
            ui.end_row();

            ui.label(crate::t!("settings-theme"));
            ui.vertical(|ui| {
                for theme in ThemeChoice::ALL {
                    ui.radio_value(&mut settings.theme, theme, theme.label());
                }
            });
            ui.end_row();
        });
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        if ui.button(crate::t!("settings-reset")).clicked() {
            let usual = Settings::default();
            settings.zoom = usual.zoom;
            settings.line_spacing = usual.line_spacing;
            settings.column_width = usual.column_width;
            settings.reading_font = usual.reading_font;
            settings.theme = usual.theme;
        }
        if ui.button(crate::t!("close")).clicked() {
            actions.push(Action::CloseModal);
        }
    });
    if edited != *current {
        actions.push(Action::ChangeSettings(Box::new(edited)));
    }
}
