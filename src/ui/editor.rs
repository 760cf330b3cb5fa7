//! The answer editor: the selected prompt in full, a large text box, the live word count, and
//! the way to the previous and next prompt.

use std::time::Instant;

use egui::RichText;

use super::command::Command;
use super::state::{AppState, Selected};
use crate::reading::PromptKind;
use crate::words::{count_words, words_label};

/// What the editor shows above the text box.
struct Heading {
    kicker: String,
    title: Option<String>,
    text: String,
    editable: bool,
}

/// The id of the answer box, so tests and focus requests can find it.
pub fn editor_id() -> egui::Id {
    egui::Id::unique("answer_editor")
}

pub fn ui(ui: &mut egui::Ui, state: &mut AppState) {
    let Some(heading) = heading(state) else {
        ui.add_space(12.0);
        ui.label(RichText::new("Nothing to answer: this reading has no questions.").italics());
        return;
    };
    ui.add_space(6.0);
    ui.label(RichText::new(&heading.kicker).small().strong().weak());
    if let Some(title) = &heading.title {
        ui.add(egui::Label::new(RichText::new(title).size(17.0).strong()).wrap());
    }
    let prompt_label =
        ui.add(egui::Label::new(RichText::new(&heading.text).size(16.0).strong()).wrap());
    ui.add_space(8.0);

    let footer_height = ui.spacing().interact_size.y + 12.0;
    let box_height = (ui.available_height() - footer_height).max(80.0);
    egui::ScrollArea::vertical()
        .id_salt("answer_scroll")
        .max_height(box_height)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            let row_height = ui.text_style_height(&egui::TextStyle::Body);
            let rows = ((box_height - 12.0) / row_height).floor().max(3.0) as usize;
            let color = super::style::reading_text_color(ui.visuals());
            let response = if heading.editable {
                ui.add(
                    egui::TextEdit::multiline(&mut state.editor_text)
                        .id(editor_id())
                        .text_color(color)
                        .desired_width(f32::INFINITY)
                        .desired_rows(rows)
                        .hint_text("Write your answer here…"),
                )
            } else {
                ui.add(
                    egui::TextEdit::multiline(&mut state.editor_text.as_str())
                        .id(editor_id())
                        .desired_width(f32::INFINITY)
                        .desired_rows(rows),
                )
            };
            let response = response.labelled_by(prompt_label.id);
            if state.focus_editor {
                response.request_focus();
                state.focus_editor = false;
            }
            if response.changed() {
                state.commit_editor(Instant::now());
            }
        });

    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.label(words_label(count_words(&state.editor_text)));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let last = state.selected + 1 >= state.item_count();
            let next = ui.add_enabled(!last, egui::Button::new("Next ▶"));
            if next.on_hover_text(hint(ui, Command::NextPrompt)).clicked() {
                state.commands.push(Command::NextPrompt);
            }
            let previous = ui.add_enabled(state.selected > 0, egui::Button::new("◀ Previous"));
            if previous
                .on_hover_text(hint(ui, Command::PreviousPrompt))
                .clicked()
            {
                state.commands.push(Command::PreviousPrompt);
            }
        });
    });
}

fn hint(ui: &egui::Ui, command: Command) -> String {
    format!("{} ({})", command.label(), command.shortcut_text(ui.ctx()))
}

fn heading(state: &AppState) -> Option<Heading> {
    Some(match state.selection()? {
        Selected::Prompt { prompt, section } => {
            let kind = match prompt.kind {
                PromptKind::Lead => "Lead question".to_owned(),
                PromptKind::Question => format!("Question {}", prompt.label),
                PromptKind::Essay => format!("Essay {}", prompt.label),
            };
            let kicker = if prompt.kind == PromptKind::Lead {
                kind
            } else {
                format!("{} · {kind}", section.title)
            };
            Heading {
                kicker,
                title: prompt.title.clone(),
                text: prompt.text.clone(),
                editable: true,
            }
        }
        Selected::Orphan(answer) => Heading {
            kicker: format!(
                "No longer in this reading · {} (read only)",
                answer.prompt_id
            ),
            title: None,
            text: answer.prompt.clone(),
            editable: false,
        },
    })
}
