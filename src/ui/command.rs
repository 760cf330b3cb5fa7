//! Everything a user can do from the toolbar or the keyboard, in one list, so a shortcut can
//! never drift from its button and the shortcut table in `docs/students.md` can be checked
//! against the code.

use egui::{Key, KeyboardShortcut, Modifiers};

listed_enum! {
    /// Something a user does from a button, a menu or the keyboard, as rerun's `UICommand`: no
    /// data, so every command has a label, its shortcuts and a tooltip, and the help and the
    /// shortcut table in `docs/students.md` derive from [`Command::ALL`]. The list is made with
    /// the enum (`listed_enum!`) in the order the help lists the commands: none can be left out.
    pub enum Command {
        OpenReading,
        OpenAnswers,
        Save,
        SaveAs,
        Export,
        NextPrompt,
        PreviousPrompt,
        /// Move the keyboard between the article and the answer editor.
        SwitchPane,
        /// Cite the words selected in the article into the current answer.
        Cite,
        /// Highlight the selected words in the chosen colour (or, with no words selected, remove
        /// the highlight under the cursor).
        Highlight,
        /// Open the find bar.
        Find,
        FindNext,
        FindPrevious,
        ZoomIn,
        ZoomOut,
        ZoomReset,
        ToggleTheme,
        /// Open or close the reading settings.
        ReadingSettings,
        /// Close the window (answers are saved first, as with the window's close button).
        Quit,
        /// Show the help window with every shortcut.
        Help,
        /// Open the hand-in dialog (format, then folder).
        HandIn,
        /// Ask for the hand-in folder and hand in.
        HandInToFolder,
        /// Ask whether to finish the session (hand in first, or not).
        Finish,
        /// End a student's session on a shared computer.
        FinishSession,
        /// Start screen: pick a reading file to preview and add.
        AddReading,
        /// Start screen: paste a reading copied from a web page or a document.
        PasteReading,
        /// Start screen: add the previewed reading.
        ConfirmAddReading,
        /// Start screen: choose the folder answers are kept in.
        ChooseAnswersFolder,
        /// Export even though some prompts are empty.
        ExportAnyway,
        /// Open the Class view on a folder of handed-in answers.
        OpenClass,
        /// Class view: write the class sheets and CSV summaries.
        ExportClass,
        /// Class view: the next student's hand-in (the answer keys move between answers).
        NextStudent,
        /// Class view: the previous student's hand-in.
        PreviousStudent,
        /// Class view: write each student's feedback (and sheet) into a folder for them.
        ReturnFeedback,
        /// Class view: read a rubric file as this reading's rubric.
        ImportRubric,
        /// Class view: write this reading's rubric to a file for another teacher or computer.
        ExportRubric,
        /// A student: open a feedback file a teacher returned.
        OpenFeedback,
        CloseFind,
    }
}

/// What views ask of the app besides commands: internal actions, most carrying data (which
/// question, which citation), as rerun's `SystemCommand`. Views push these; the app runs them at
/// the end of the frame, and nothing else in a view changes the app's state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Run(Command),
    /// Select the prompt at this index in reading order (orphans follow the prompts).
    Select(usize),
    /// The editor's text changed: write it into the sheet.
    AnswerEdited,
    /// The name field's text changed: write it into the sheet.
    StudentEdited,
    /// Put the keyboard in the answer editor.
    FocusEditor,
    /// The find field's text changed: look again.
    FindQueryChanged,
    /// Close the dialog or window shown (help, hand-in, class view…).
    CloseModal,
    /// Finish-session dialog: open the hand-in dialog, finishing once handed in.
    HandInThenFinish,
    /// Settings changed in a dialog (reading look, hand-in format).
    ChangeSettings(Box<super::state::Settings>),
    /// Start screen: open the library's reading at this index for the named student.
    OpenLibraryEntry(usize),
    /// Start screen: continue the recent work at this index.
    OpenRecent(usize),
    /// Start screen: remove the added reading at this library index.
    RemoveReading(usize),
    /// Start screen: yes, remove the reading asked about.
    ConfirmRemoveReading,
    /// Start screen: keep the reading asked about.
    CancelRemoveReading,
    /// Start screen: close the preview of a reading without adding it.
    ClosePreview,
    /// Start screen: preview the text pasted in the paste dialog.
    PreviewPasted,
    /// The paste dialog: fill the box from the clipboard, HTML when it has it.
    PasteFromClipboard,
    /// Start screen: read the previewed web page whole, or only its article.
    PreviewWholePage(bool),
    /// Start screen: correct the previewed reading block by block.
    StartCorrection,
    /// The correction's outline changed: work out the reading it makes.
    OutlineEdited,
    /// Drop the corrections, back to the preview as Lectern read the file (when changing a
    /// reading already in the library, close it: there is no preview to go back to).
    EndCorrection,
    /// Start screen: change the added reading at this library index in the correction window.
    EditReading(usize),
    /// The correction window: write the changed reading over the one in the library.
    SaveEditedReading,
    /// Start screen: write the library reading at this index to a file for the class.
    ShareReading(usize),
    /// Class view: show names or "Student A", "Student B"…
    Anonymize(bool),
    /// Class view: review this hand-in (group, index in the group).
    Review(usize, usize),
    /// Class view: back from the review to the class summary.
    EndReview,
    /// Class view: show the answer to the prompt at this index of the group.
    ReviewAnswer(usize),
    /// Class view: a comment field changed; write it into the feedback.
    FeedbackEdited,
    /// Class view: choose a rubric level (`None` clears it) for a criterion, of the answer
    /// shown when the rubric scores each answer, else of the whole sheet.
    SetLevel {
        criterion: String,
        level: Option<String>,
    },
    /// Class view: edit the rubric (`true`), or close the editor without keeping changes.
    EditRubric(bool),
    /// Class view: keep the rubric being edited for this reading.
    SaveRubric,
    /// Class view: a feedback sheet in this format beside each returned file, or none.
    ReturnSheet(Option<crate::export::Format>),
    /// Export dialog: include the teacher's feedback, then choose where.
    ExportWithFeedback(bool),
    /// Show the current answer's citation at this index in the article.
    JumpToCitation(usize),
    /// Remove the current answer's citation at this index.
    RemoveCitation(usize),
    /// Remove the highlight at this index of the sheet.
    RemoveHighlight(usize),
    /// Highlight in this colour from now on.
    SetHighlightColour(crate::answers::HighlightColour),
    /// The oldest notice was read.
    DismissNotice,
    /// Take the newer work a recovery copy holds.
    RestoreRecovery,
    /// Keep the saved answers; the recovery copy is put aside.
    KeepSavedVersion,
    /// Close although the answers could not be saved (a recovery copy is written first).
    CloseWithoutSaving,
    /// Something done in Lectern's own file chooser.
    Chooser(super::chooser::ChooserAction),
    /// The spell checker: suggestions, a correction, a word added or ignored, its switch.
    Spell(super::spelling::SpellAction),
    /// Start screen: the interface in this language.
    ChooseLanguage(crate::i18n::Language),
}

impl From<Command> for Action {
    fn from(command: Command) -> Action {
        Action::Run(command)
    }
}

impl Action {
    /// Edits go first when a frame's actions run, so a Save pressed in the same frame as a
    /// keystroke saves that keystroke too.
    pub fn is_edit(&self) -> bool {
        matches!(self, Action::AnswerEdited | Action::StudentEdited)
    }
}

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

    /// The Fluent message of this command's label (`assets/i18n/*.ftl`).
    fn message(&self) -> &'static str {
        match self {
            Command::OpenReading => "cmd-open-reading",
            Command::OpenAnswers => "cmd-open-answers",
            Command::Save => "cmd-save",
            Command::SaveAs => "cmd-save-as",
            Command::Export => "cmd-export",
            Command::NextPrompt => "cmd-next-prompt",
            Command::PreviousPrompt => "cmd-previous-prompt",
            Command::ZoomIn => "cmd-zoom-in",
            Command::ZoomOut => "cmd-zoom-out",
            Command::ZoomReset => "cmd-zoom-reset",
            Command::ToggleTheme => "cmd-toggle-theme",
            Command::Quit => "cmd-quit",
            Command::Help => "cmd-help",
            Command::HandIn => "cmd-hand-in",
            Command::HandInToFolder => "cmd-hand-in-to-folder",
            Command::Finish => "cmd-finish",
            Command::FinishSession => "cmd-finish-session",
            Command::AddReading => "cmd-add-reading",
            Command::PasteReading => "cmd-paste-reading",
            Command::ConfirmAddReading => "cmd-confirm-add-reading",
            Command::ChooseAnswersFolder => "cmd-choose-answers-folder",
            Command::ExportAnyway => "cmd-export-anyway",
            Command::OpenClass => "cmd-open-class",
            Command::ExportClass => "cmd-export-class",
            Command::NextStudent => "cmd-next-student",
            Command::PreviousStudent => "cmd-previous-student",
            Command::ReturnFeedback => "cmd-return-feedback",
            Command::ImportRubric => "cmd-import-rubric",
            Command::ExportRubric => "cmd-export-rubric",
            Command::OpenFeedback => "cmd-open-feedback",
            Command::Cite => "cmd-cite",
            Command::Highlight => "cmd-highlight",
            Command::Find => "cmd-find",
            Command::FindNext => "cmd-find-next",
            Command::FindPrevious => "cmd-find-previous",
            Command::CloseFind => "cmd-close-find",
            Command::SwitchPane => "cmd-switch-pane",
            Command::ReadingSettings => "cmd-reading-settings",
        }
    }

    /// The command's name in the interface's language.
    pub fn label(&self) -> String {
        crate::i18n::tr(self.message())
    }

    /// The command's English name, as the shortcut table in `docs/students.md` gives it.
    pub fn english_label(&self) -> String {
        crate::i18n::tr_in(crate::i18n::Language::English, self.message(), &[])
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
            Command::HandInToFolder
            | Command::FinishSession
            | Command::AddReading
            | Command::PasteReading
            | Command::ConfirmAddReading
            | Command::ChooseAnswersFolder
            | Command::OpenClass
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
