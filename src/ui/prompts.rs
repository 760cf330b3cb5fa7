//! The question list: a map of the work, one line per prompt under its section, each marked
//! answered (●) or not (○), the current one highlighted.

use egui::{Atom, AtomExt as _, RichText};

use super::command::Command;
use super::state::AppState;
use crate::reading::PromptKind;

pub fn ui(ui: &mut egui::Ui, state: &mut AppState) {
    let doc = &state.doc;
    let selected = state.selected;
    let commands = &mut state.commands;
    let scroll_to_selected = state.focus_editor;
    ui.add_space(4.0);
    ui.label(RichText::new("QUESTIONS").small().strong().weak());
    egui::ScrollArea::vertical()
        .id_salt("question_list")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let mut index = 0;
            if doc.reading.sections.is_empty() {
                ui.label(
                    RichText::new("This reading has no questions.")
                        .italics()
                        .weak(),
                );
            }
            for section in &doc.reading.sections {
                section_title(ui, &section.title);
                for prompt in &section.prompts {
                    let answered = doc.sheet.is_answered(&prompt.id);
                    let number = match prompt.kind {
                        PromptKind::Lead => "★".to_owned(),
                        _ => format!("{}.", prompt.label),
                    };
                    let row = Row {
                        answered,
                        number,
                        text: prompt.headline(),
                        selected: index == selected,
                    };
                    if row_ui(ui, &row, scroll_to_selected) {
                        commands.push(Command::Select(index));
                    }
                    index += 1;
                }
            }
            let orphans: Vec<_> = doc.sheet.orphans(&doc.reading).collect();
            if !orphans.is_empty() {
                section_title(ui, "No longer in this reading");
                for answer in orphans {
                    let row = Row {
                        answered: true,
                        number: answer.prompt_id.to_string(),
                        text: &answer.prompt,
                        selected: index == selected,
                    };
                    if row_ui(ui, &row, scroll_to_selected) {
                        commands.push(Command::Select(index));
                    }
                    index += 1;
                }
            }
        });
}

fn section_title(ui: &mut egui::Ui, title: &str) {
    ui.add_space(8.0);
    ui.add(egui::Label::new(RichText::new(title).strong()).wrap());
    ui.add_space(2.0);
}

struct Row<'a> {
    answered: bool,
    number: String,
    text: &'a str,
    selected: bool,
}

/// One prompt's line; returns whether it was clicked.
fn row_ui(ui: &mut egui::Ui, row: &Row, scroll_to: bool) -> bool {
    let (mark, status) = if row.answered {
        ("✔", "answered")
    } else {
        ("○", "not answered")
    };
    let color = if row.answered {
        ui.visuals().selection.stroke.color
    } else {
        ui.visuals().weak_text_color()
    };
    let atoms = (
        RichText::new(mark).color(color),
        RichText::new(&row.number).strong(),
        // The prompt's text gives way (truncated with …) so the row fits the pane.
        row.text.to_owned().atom_shrink(true),
        Atom::grow(),
    );
    let response = ui.add(
        egui::Button::selectable(row.selected, atoms)
            .truncate()
            .min_size(egui::vec2(ui.available_width(), 0.0)),
    );
    let name = format!("{} {} ({status})", row.number, row.text);
    response
        .widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, row.selected, &name));
    if row.selected && scroll_to {
        response.scroll_to_me(None);
    }
    response.clicked()
}
