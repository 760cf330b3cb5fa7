//! The bar at the top: file actions, text size, theme, progress and the student's name.

use super::command::{Action, Command};
use crate::app::document::Document;
use crate::app::state::{Settings, ThemeChoice};

/// The bar reads the document and settings; it owns only the name field's text.
pub fn ui(
    ui: &mut egui::Ui,
    doc: &Document,
    settings: &Settings,
    student_text: &mut String,
    actions: &mut Vec<Action>,
) {
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
                command_button(ui, actions, command, None);
            }
            if ui
                .button(Command::HandIn.label())
                .on_hover_text(crate::t!("toolbar-hand-in-hint"))
                .clicked()
            {
                actions.push(Command::HandIn.into());
            }
            // A teacher's returned feedback, shown beside these answers.
            command_button(
                ui,
                actions,
                Command::OpenFeedback,
                Some(&crate::t!("toolbar-feedback")),
            );
            if ui
                .button(Command::Finish.label())
                .on_hover_text(crate::t!("toolbar-finish-hint"))
                .clicked()
            {
                actions.push(Command::Finish.into());
            }
            ui.separator();
            command_button(ui, actions, Command::ZoomOut, Some("A−"));
            command_button(ui, actions, Command::ZoomIn, Some("A+"));
            // Says the theme in use; a click moves on to the next.
            let theme = match settings.theme {
                ThemeChoice::System if ui.visuals().dark_mode => "theme-dark",
                ThemeChoice::System | ThemeChoice::Light => "theme-light",
                ThemeChoice::Dark => "theme-dark",
                ThemeChoice::HighContrast => "theme-contrast",
            };
            let text = crate::i18n::tr(theme);
            command_button(ui, actions, Command::ToggleTheme, Some(&text));
            ui.separator();
            progress_ui(ui, doc);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                student_ui(ui, student_text, actions)
            });
        });
        ui.add_space(2.0);
    });
}

/// A toolbar button: its face is the command's label unless `face` gives a shorter one.
fn command_button(
    ui: &mut egui::Ui,
    actions: &mut Vec<Action>,
    command: Command,
    face: Option<&str>,
) {
    let label = command.label();
    let face = face.unwrap_or(&label);
    super::command::button(ui, actions, command, face, true);
}

fn progress_ui(ui: &mut egui::Ui, doc: &Document) {
    let answered = doc.sheet.answered_count(&doc.reading);
    let total = doc.reading.prompt_count();
    let text = crate::t!("toolbar-progress", answered = answered, total = total);
    // The count and the name field go on the next row together when they would not fit beside
    // the buttons: the name field is laid out from the right, and would cover the count.
    let font = egui::TextStyle::Body.resolve(ui.style());
    let color = ui.visuals().text_color();
    let text_width = ui.fonts_mut(|f| f.layout_no_wrap(text.clone(), font, color).size().x);
    let left_in_row = ui.max_rect().right() - ui.cursor().left();
    if left_in_row < text_width + ui.spacing().item_spacing.x + STUDENT_WIDTH {
        ui.end_row();
    }
    ui.label(text);
    let fraction = if total == 0 {
        0.0
    } else {
        answered as f32 / total as f32
    };
    // The bar takes what the student's name field (on the right) leaves, so the two never
    // overlap on a narrow window; below 24 points it is not worth drawing.
    // (In a wrapping row `available_width` is a whole row; what is left of this one is this.)
    let left_in_row = ui.max_rect().right() - ui.cursor().left();
    let width = (left_in_row - STUDENT_WIDTH).min(120.0);
    if width >= 24.0 {
        ui.add(
            egui::ProgressBar::new(fraction)
                .desired_width(width)
                .desired_height(8.0),
        );
    }
}

/// What the "Student:" label and name field take at the toolbar's right end, with spacing.
const STUDENT_WIDTH: f32 = 260.0;

fn student_ui(ui: &mut egui::Ui, student_text: &mut String, actions: &mut Vec<Action>) {
    let response = ui.add(
        egui::TextEdit::singleline(student_text)
            .hint_text(crate::t!("toolbar-name-hint"))
            .desired_width(180.0)
            .char_limit(120),
    );
    let label = ui.label(crate::t!("toolbar-student"));
    let response = response.labelled_by(label.id);
    if response.changed() {
        actions.push(Action::StudentEdited);
    }
}
