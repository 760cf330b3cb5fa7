//! The strip above the article: cite the selected words, highlight them in a colour, find,
//! and the reading settings. Every button says its shortcut when hovered.

use super::super::command::{Action, Command};
use super::marks::highlight_colour;
use crate::answers::HighlightColour;
use crate::app::state::Settings;

/// `selected`: words are selected in the article, so Cite can act.
pub fn ui(ui: &mut egui::Ui, settings: &Settings, selected: bool, actions: &mut Vec<Action>) {
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        command_button(
            ui,
            actions,
            Command::Cite,
            &crate::t!("tools-cite"),
            selected,
        );
        ui.separator();
        ui.label(crate::t!("tools-highlight-label"));
        let dark = ui.visuals().dark_mode;
        for colour in HighlightColour::ALL {
            swatch_ui(ui, settings, actions, colour, dark);
        }
        command_button(
            ui,
            actions,
            Command::Highlight,
            &crate::t!("tools-highlight"),
            true,
        );
        ui.separator();
        command_button(ui, actions, Command::Find, &crate::t!("tools-find"), true);
        command_button(
            ui,
            actions,
            Command::ReadAloud,
            &crate::t!("tools-read-aloud"),
            true,
        );
        command_button(
            ui,
            actions,
            Command::ReadingSettings,
            &crate::t!("tools-reading"),
            true,
        );
    });
    ui.separator();
}

/// A colour to pick for the next highlight; the chosen one is framed.
fn swatch_ui(
    ui: &mut egui::Ui,
    settings: &Settings,
    actions: &mut Vec<Action>,
    colour: HighlightColour,
    dark: bool,
) {
    let chosen = settings.highlight_colour == colour;
    let size = egui::vec2(20.0, 20.0);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::click());
    let fill = highlight_colour(colour, dark);
    let stroke = if chosen {
        egui::Stroke::new(2.5, ui.visuals().strong_text_color())
    } else {
        egui::Stroke::new(1.0, ui.visuals().weak_text_color())
    };
    ui.painter().rect(
        rect.shrink(2.0),
        4.0,
        fill,
        stroke,
        egui::StrokeKind::Inside,
    );
    if response.has_focus() {
        ui.painter().rect_stroke(
            rect,
            4.0,
            ui.visuals().selection.stroke,
            egui::StrokeKind::Outside,
        );
    }
    let name = crate::t!("tools-colour-name", colour = colour.label());
    response
        .widget_info(|| egui::WidgetInfo::selected(egui::Role::RadioButton, true, chosen, &name));
    if response
        .on_hover_text(crate::t!("tools-colour-hint", colour = colour.label()))
        .clicked()
    {
        actions.push(Action::SetHighlightColour(colour));
    }
}

fn command_button(
    ui: &mut egui::Ui,
    actions: &mut Vec<Action>,
    command: Command,
    face: &str,
    enabled: bool,
) {
    super::super::command::button(ui, actions, command, face, enabled)
        .on_disabled_hover_text(crate::t!("tools-cite-disabled"));
}
