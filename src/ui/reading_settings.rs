//! The reading settings (Ctrl+,): text size, line spacing, column width, typeface and theme.
//! Changes show at once and are remembered with the other settings.

use super::command::Action;
use crate::app::state::{
    COLUMN_RANGE, LINE_FOCUS_SIZES, LINE_SPACING_RANGE, ReadingFont, Settings, Spacing,
    ThemeChoice, ZOOM_RANGE,
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
        // At a large text size, or on a small screen, the settings are taller than the screen:
        // they scroll, and "Reset" and "Close" stay below them in view (seen at 250 % on
        // 1366×768, and at 1024×600 once the read-aloud settings came).
        .max_height(ctx.content_rect().height() - 120.0)
        .show(ctx, |ui| {
            let room = (ctx.content_rect().height() - 120.0 - 64.0).max(120.0);
            settings_ui(ui, settings, room, just_opened(ctx), actions)
        });
    if super::escape_closes_window(ctx) {
        actions.push(Action::CloseModal);
    }
}

/// Whether the window was not shown last frame: then the keyboard goes into it (a student who
/// opened it with Ctrl+, goes on with Tab and the arrows; focus left behind the window once
/// made Space press the button that closes it).
fn just_opened(ctx: &egui::Context) -> bool {
    let id = egui::Id::unique("reading_settings_last_frame");
    let frame = ctx.cumulative_frame_nr();
    let last: Option<u64> = ctx.data_mut(|d| {
        let last = d.get_temp(id);
        d.insert_temp(id, frame);
        last
    });
    last.is_none_or(|last| last + 1 < frame)
}

fn settings_ui(
    ui: &mut egui::Ui,
    current: &Settings,
    room: f32,
    focus: bool,
    actions: &mut Vec<Action>,
) {
    let mut edited = current.clone();
    let settings = &mut edited;
    egui::ScrollArea::vertical()
        .max_height(room)
        .auto_shrink([false, true])
        .show(ui, |ui| settings_grid(ui, settings, focus));
    buttons_ui(ui, settings, actions);
    if edited != *current {
        actions.push(Action::ChangeSettings(Box::new(edited)));
    }
}

fn settings_grid(ui: &mut egui::Ui, settings: &mut Settings, focus: bool) {
    egui::Grid::new("reading_settings_grid")
        .num_columns(2)
        .spacing([14.0, 10.0])
        .show(ui, |ui| {
            let label = ui.label(crate::t!("settings-text-size"));
            let slider = egui::Slider::new(&mut settings.zoom, ZOOM_RANGE)
                .step_by(0.05)
                .custom_formatter(|v, _| format!("{:.0} %", v * 100.0));
            let size = ui.add(slider).labelled_by(label.id);
            if focus {
                size.request_focus();
            }
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
            ui.horizontal_wrapped(|ui| {
                for theme in ThemeChoice::ALL {
                    ui.radio_value(&mut settings.theme, theme, theme.label());
                }
            });
            ui.end_row();

            ui.label(crate::t!("settings-spacing"));
            ui.horizontal_wrapped(|ui| {
                for spacing in Spacing::ALL {
                    ui.radio_value(&mut settings.spacing, spacing, spacing.label());
                }
            });
            ui.end_row();

            ui.label(crate::t!("settings-line-focus"));
            ui.vertical(|ui| {
                ui.checkbox(
                    &mut settings.line_focus,
                    crate::t!("settings-line-focus-on"),
                );
                ui.horizontal(|ui| {
                    for lines in LINE_FOCUS_SIZES {
                        let label =
                            crate::t!("settings-line-focus-lines", lines = usize::from(lines));
                        ui.radio_value(&mut settings.line_focus_lines, lines, label);
                    }
                });
            });
            ui.end_row();

            let label = ui.label(crate::t!("settings-speech-rate"));
            let slider = egui::Slider::new(&mut settings.speech_rate, -100..=100)
                .step_by(f64::from(crate::app::read_aloud::RATE_STEP))
                .custom_formatter(|v, _| format!("{:.0} %", 100.0 + v));
            ui.add(slider).labelled_by(label.id);
            ui.end_row();
        });
}

/// Reset and Close, below the settings.
fn buttons_ui(ui: &mut egui::Ui, settings: &mut Settings, actions: &mut Vec<Action>) {
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        if ui.button(crate::t!("settings-reset")).clicked() {
            let usual = Settings::default();
            settings.zoom = usual.zoom;
            settings.line_spacing = usual.line_spacing;
            settings.column_width = usual.column_width;
            settings.reading_font = usual.reading_font;
            settings.theme = usual.theme;
            settings.spacing = usual.spacing;
            settings.line_focus = usual.line_focus;
            settings.line_focus_lines = usual.line_focus_lines;
            settings.speech_rate = usual.speech_rate;
        }
        if ui.button(crate::t!("close")).clicked() {
            actions.push(Action::CloseModal);
        }
    });
}
