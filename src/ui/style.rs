//! Lectern's look: text sizes a little larger than egui's defaults, for reading and writing
//! at length; the bundled reading fonts; light, dark and high-contrast themes. Used by the
//! window and by the UI tests, so both see the same layout.

use egui::{Color32, FontFamily, FontId, Stroke, TextStyle, Theme};

use crate::app::state::{ReadingFont, ThemeChoice};

/// The egui font family for a reading font: egui's own sans, or `serif` / `legible` once
/// [`load_reading_fonts`] has loaded them (until then, egui's sans).
pub fn reading_family(ctx: &egui::Context, font: ReadingFont) -> FontFamily {
    let family = match font {
        ReadingFont::Sans => return FontFamily::Proportional,
        ReadingFont::Serif => FontFamily::Name("serif".into()),
        ReadingFont::Legible => FontFamily::Name("legible".into()),
    };
    if ctx.fonts(|f| f.definitions().families.contains_key(&family)) {
        family
    } else {
        FontFamily::Proportional
    }
}

/// Registers the reading fonts as families `serif` and `legible`, once. Not at start-up: most
/// students read in egui's own face, and every font loaded costs start-up time. It happens when
/// a reading font is chosen or the reading settings open, and takes effect the next frame.
///
/// Each falls back to egui's own fonts for what it lacks (B612 has no Cyrillic: Kazakh and
/// Russian text set in the legible face shows in Ubuntu, egui's sans, which covers them).
pub fn load_reading_fonts(ctx: &egui::Context) {
    let asked = egui::Id::unique("lectern_reading_fonts_loaded");
    if ctx.data(|d| d.get_temp::<bool>(asked).unwrap_or(false)) {
        return;
    }
    ctx.data_mut(|d| d.insert_temp(asked, true));
    let mut fonts = egui::FontDefinitions::default();
    let fallbacks = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    for (name, family, data) in [
        (
            "LibertinusSerif",
            "serif",
            &include_bytes!("../../assets/fonts/LibertinusSerif-Regular.otf")[..],
        ),
        (
            "B612",
            "legible",
            &include_bytes!("../../assets/fonts/B612-Regular.otf")[..],
        ),
    ] {
        fonts.font_data.insert(
            name.to_owned(),
            std::sync::Arc::new(egui::FontData::from_static(data)),
        );
        let mut list = vec![name.to_owned()];
        list.extend(fallbacks.iter().cloned());
        fonts.families.insert(FontFamily::Name(family.into()), list);
    }
    ctx.set_fonts(fonts);
    ctx.request_repaint();
}

/// Applies a theme choice. High contrast replaces the dark style's colours, so it is put back
/// when another theme is chosen.
pub fn apply_theme(ctx: &egui::Context, theme: ThemeChoice) {
    let dark = if theme == ThemeChoice::HighContrast {
        high_contrast()
    } else {
        egui::Visuals::dark()
    };
    ctx.style_mut_of(Theme::Dark, |style| {
        style.visuals = dark;
        style.visuals.text_cursor.blink = false;
    });
    ctx.set_theme(match theme {
        ThemeChoice::System => egui::ThemePreference::System,
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark | ThemeChoice::HighContrast => egui::ThemePreference::Dark,
    });
}

/// White on black, yellow for what can be acted on, and outlines around every control.
fn high_contrast() -> egui::Visuals {
    let mut v = egui::Visuals::dark();
    let white = Color32::WHITE;
    let yellow = Color32::from_rgb(255, 230, 0);
    v.override_text_color = Some(white);
    v.panel_fill = Color32::BLACK;
    v.window_fill = Color32::BLACK;
    v.extreme_bg_color = Color32::BLACK;
    v.faint_bg_color = Color32::from_gray(24);
    v.window_stroke = Stroke::new(2.0, white);
    v.hyperlink_color = yellow;
    v.selection.bg_fill = Color32::from_rgb(0, 70, 160);
    v.selection.stroke = Stroke::new(2.0, yellow);
    v.widgets.noninteractive.bg_stroke = Stroke::new(1.0, white);
    v.widgets.noninteractive.fg_stroke = Stroke::new(1.0, white);
    for w in [
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
        &mut v.widgets.open,
    ] {
        w.bg_fill = Color32::BLACK;
        w.weak_bg_fill = Color32::BLACK;
        w.bg_stroke = Stroke::new(1.5, white);
        w.fg_stroke = Stroke::new(1.5, white);
    }
    // Slider rails and check boxes are drawn in `bg_fill`: grey, so they show on black.
    v.widgets.inactive.bg_fill = Color32::from_gray(80);
    v.widgets.hovered.bg_fill = Color32::from_gray(100);
    v.widgets.active.bg_fill = Color32::from_gray(120);
    v.widgets.hovered.bg_stroke = Stroke::new(2.0, yellow);
    v.widgets.hovered.fg_stroke = Stroke::new(2.0, yellow);
    v.widgets.active.bg_stroke = Stroke::new(2.5, yellow);
    v.text_cursor.stroke = Stroke::new(2.5, yellow);
    v
}

/// Whether the high-contrast colours are the ones in use.
pub fn is_high_contrast(visuals: &egui::Visuals) -> bool {
    visuals.override_text_color == Some(Color32::WHITE) && visuals.panel_fill == Color32::BLACK
}

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
    if is_high_contrast(visuals) {
        egui::Color32::WHITE
    } else if visuals.dark_mode {
        egui::Color32::from_gray(228)
    } else {
        egui::Color32::from_gray(24)
    }
}

/// The frame around a teacher's words shown to a student (the feedback above the questions,
/// the comment under an answer): the accent colour's stroke, so it reads as not theirs in every
/// theme, high contrast included.
pub fn teacher_frame(ui: &egui::Ui) -> egui::Frame {
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(2.0, ui.visuals().selection.stroke.color))
        .fill(ui.visuals().faint_bg_color)
}
