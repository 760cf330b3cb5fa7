//! The keys and buttons of the commands (`app::command`): each command's shortcuts, its
//! tooltip with the shortcut as this keyboard writes it, and the button every view makes for
//! one — so a shortcut can never drift from its button, and the shortcut table in
//! `docs/students.md` can be checked against the code.

use egui::{Key, KeyboardShortcut, Modifiers};

pub use crate::app::command::{Action, Command};

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

impl Command {
    /// The commands that have shortcuts, in the order the help lists them.
    pub fn with_shortcuts() -> impl Iterator<Item = Command> {
        Command::ALL
            .iter()
            .copied()
            .filter(|c| !c.shortcuts().is_empty())
    }

    /// The keyboard shortcuts for this command; the first is the one shown.
    pub fn shortcuts(&self) -> Vec<KeyboardShortcut> {
        const fn k(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(modifiers, key)
        }
        match self {
            Command::OpenReading => vec![k(CTRL, Key::O)],
            Command::OpenAnswers => vec![k(CTRL_SHIFT, Key::O)],
            Command::Save => vec![k(CTRL, Key::S)],
            Command::SaveAs => vec![k(CTRL_SHIFT, Key::S)],
            Command::Export => vec![k(CTRL, Key::E)],
            Command::NextPrompt => vec![k(CTRL, Key::PageDown), k(CTRL, Key::Enter)],
            Command::PreviousPrompt => vec![k(CTRL, Key::PageUp), k(CTRL_SHIFT, Key::Enter)],
            Command::ZoomIn => vec![k(CTRL, Key::Plus), k(CTRL, Key::Equals)],
            Command::ZoomOut => vec![k(CTRL, Key::Minus)],
            Command::ZoomReset => vec![k(CTRL, Key::Num0)],
            Command::ToggleTheme => vec![k(CTRL_SHIFT, Key::D)],
            Command::Quit => vec![k(CTRL, Key::Q)],
            Command::Help => vec![k(Modifiers::NONE, Key::F1)],
            Command::Cite => vec![k(CTRL_SHIFT, Key::C)],
            Command::Highlight => vec![k(CTRL_SHIFT, Key::H)],
            Command::Find => vec![k(CTRL, Key::F)],
            Command::FindNext => vec![k(Modifiers::NONE, Key::F3), k(CTRL, Key::G)],
            Command::FindPrevious => vec![k(Modifiers::SHIFT, Key::F3), k(CTRL_SHIFT, Key::G)],
            Command::SwitchPane => vec![k(Modifiers::NONE, Key::F6)],
            Command::ReadingSettings => vec![k(CTRL, Key::Comma)],
            Command::NextStudent => vec![k(CTRL_SHIFT, Key::PageDown)],
            Command::PreviousStudent => vec![k(CTRL_SHIFT, Key::PageUp)],
            Command::HandIn => vec![k(CTRL_SHIFT, Key::E)],
            Command::Finish => vec![k(CTRL_SHIFT, Key::Q)],
            Command::AnswerHistory => vec![k(CTRL, Key::H)],
            // As Microsoft Edge's Read aloud; F9 where an input method takes Ctrl+Shift+U
            // (IBus's Unicode entry in a text field).
            Command::ReadAloud => vec![k(CTRL_SHIFT, Key::U), k(Modifiers::NONE, Key::F9)],
            Command::StopReading => vec![k(CTRL_SHIFT, Key::Y)],
            Command::NextSentence => vec![k(Modifiers::ALT, Key::ArrowRight)],
            Command::PreviousSentence => vec![k(Modifiers::ALT, Key::ArrowLeft)],
            Command::ReadFaster => {
                vec![k(Modifiers::ALT, Key::Plus), k(Modifiers::ALT, Key::Equals)]
            }
            Command::ReadSlower => vec![k(Modifiers::ALT, Key::Minus)],
            Command::ReadQuestion => vec![k(CTRL_SHIFT, Key::R)],
            Command::ReadAnswer => vec![k(CTRL_SHIFT, Key::B)],
            Command::FollowVoice => vec![k(CTRL_SHIFT, Key::J)],
            Command::LineFocus => vec![k(CTRL_SHIFT, Key::L)],
            Command::LineFocusDown => vec![k(Modifiers::ALT, Key::ArrowDown)],
            Command::LineFocusUp => vec![k(Modifiers::ALT, Key::ArrowUp)],
            Command::HandInToFolder
            | Command::FinishSession
            | Command::AddReading
            | Command::PasteReading
            | Command::ConfirmAddReading
            | Command::ChooseAnswersFolder
            | Command::OpenClass
            | Command::OpenClassZip
            | Command::FillWorksheet
            | Command::ExportAnyway
            | Command::ExportClass
            | Command::ReturnFeedback
            | Command::ImportRubric
            | Command::ExportRubric
            | Command::OpenFeedback
            | Command::CloseFind => vec![],
        }
    }

    /// "Ctrl+S" (or "⌘S" on a Mac), for tooltips and the help.
    pub fn shortcut_text(&self, ctx: &egui::Context) -> String {
        self.shortcuts()
            .first()
            .map(|s| ctx.format_shortcut(s))
            .unwrap_or_default()
    }

    /// "Save (Ctrl+S)", or the label alone when the command has no shortcut: every tooltip.
    pub fn hint(&self, ctx: &egui::Context) -> String {
        let shortcut = self.shortcut_text(ctx);
        if shortcut.is_empty() {
            self.label()
        } else {
            format!("{} ({shortcut})", self.label())
        }
    }

    /// Takes this frame's shortcut presses out of the input, so text fields don't see them.
    pub fn consume_shortcuts(ctx: &egui::Context) -> Vec<Command> {
        // egui matches Ctrl+S on a Ctrl+Shift+S press too, so the shortcuts with more
        // modifiers must take their presses first.
        let mut all: Vec<(Command, KeyboardShortcut)> = Self::with_shortcuts()
            .flat_map(|c| c.shortcuts().into_iter().map(move |s| (c, s)))
            .collect();
        all.sort_by_key(|(_, s)| std::cmp::Reverse(modifier_count(s.modifiers)));
        let mut pressed = Vec::new();
        ctx.input_mut(|input| {
            for (command, shortcut) in all {
                if input.consume_shortcut(&shortcut) && !pressed.contains(&command) {
                    pressed.push(command);
                }
            }
        });
        pressed
    }
}

/// A button for `command` with `face` on it, the command's label as its accessible name (short
/// faces such as "A+" say little to a screen reader) and its [`Command::hint`] as the tooltip.
/// Pushes the command onto `actions` when clicked; returns the response for more tooltips.
pub fn button(
    ui: &mut egui::Ui,
    actions: &mut Vec<Action>,
    command: Command,
    face: &str,
    enabled: bool,
) -> egui::Response {
    let response = ui.add_enabled(enabled, egui::Button::new(face));
    let name = command.label();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, &name));
    let response = response.on_hover_text(command.hint(ui.ctx()));
    if response.clicked() {
        actions.push(command.into());
    }
    response
}

fn modifier_count(m: Modifiers) -> usize {
    [m.alt, m.ctrl, m.shift, m.mac_cmd, m.command]
        .iter()
        .filter(|&&b| b)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen = Vec::new();
        for command in Command::with_shortcuts() {
            for shortcut in command.shortcuts() {
                assert!(!seen.contains(&shortcut), "{shortcut:?} is used twice");
                seen.push(shortcut);
            }
        }
    }

    #[test]
    fn every_command_is_listed_once() {
        let mut seen = Vec::new();
        for &command in Command::ALL {
            assert!(!seen.contains(&command), "{command:?} is listed twice");
            seen.push(command);
        }
    }
}
