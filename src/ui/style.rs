//! Lectern's look: text sizes a little larger than egui's defaults, for reading and writing
//! at length. Used by the window and by the UI tests, so both see the same layout.

use egui::{FontFamily, FontId, TextStyle};

pub fn setup(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Small,
                FontId::new(11.5, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(15.0, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(14.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Heading,
                FontId::new(21.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(14.0, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 5.0);
        // A steady cursor: a blinking one repaints the window twice a second while a student
        // is only thinking (measured: 3.5 % of a core on software GL), and is harder on eyes.
        style.visuals.text_cursor.blink = false;
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
    });
    ctx.options_mut(|o| {
        // Ctrl+plus/minus are Lectern's own commands, remembered with the settings.
        o.zoom_with_keyboard = false;
        // Where the system does not say, a page is light.
        o.fallback_theme = egui::Theme::Light;
    });
}

/// The colour of long-form text: near-black on light, near-white on dark. egui's default
/// text colour is a mid grey, fine for controls but tiring for paragraphs.
pub fn reading_text_color(visuals: &egui::Visuals) -> egui::Color32 {
    if visuals.dark_mode {
        egui::Color32::from_gray(228)
    } else {
        egui::Color32::from_gray(24)
    }
}
