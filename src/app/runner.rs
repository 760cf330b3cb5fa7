//! The part of the runner with no window in it: the actions and commands that change only the
//! application's state — the selection, the text being typed, the dialog shown, the settings,
//! the start screen's and the Class view's own state, the document's recovery choices. The
//! window's runner (`ui::app::LecternApp::apply` and `run`) hands every action here first and
//! does the rest itself: files, file dialogs, background jobs and the window.

use std::time::Instant;

use super::command::{Action, Command};
use super::settings::ZOOM_STEP;
use super::state::{AppState, Modal, Screen};

impl AppState {
    /// Applies `action` if it changes only this state; hands it back when it needs files,
    /// dialogs, jobs or the window.
    pub fn apply(&mut self, action: Action) -> Option<Action> {
        match action {
            // The window's runner sees a command first (in the Class view's review, the
            // question keys move between a student's answers), then hands it to `run`.
            action @ Action::Run(_) => return Some(action),
            Action::Select(i) => self.select(i),
            Action::AnswerEdited(input) => self.commit_editor(Instant::now(), input),
            Action::StudentEdited => {
                let name = self.student_text.clone();
                self.doc.set_student(&name, Instant::now());
            }
            Action::FocusEditor => self.focus_editor = true,
            Action::HandInThenFinish => self.modal = Some(Modal::HandIn { then_finish: true }),
            Action::ChangeSettings(settings) => self.settings = *settings,
            Action::SetHighlightColour(colour) => self.settings.highlight_colour = colour,
            Action::RemoveReading(i) => {
                if let Screen::Start(start) = &mut self.screen {
                    start.confirm_remove = Some(i);
                }
            }
            Action::CancelRemoveReading => {
                if let Screen::Start(start) = &mut self.screen {
                    start.confirm_remove = None;
                }
            }
            Action::ClosePreview => {
                if let Screen::Start(start) = &mut self.screen {
                    start.close_preview();
                }
            }
            Action::OutlineEdited => {
                if let Screen::Start(start) = &mut self.screen
                    && let (Some((_, preview)), Some(correction)) =
                        (&start.preview, start.correction.as_mut())
                {
                    correction.refresh(preview);
                }
            }
            Action::EndCorrection => {
                if let Screen::Start(start) = &mut self.screen {
                    // Changing a reading already in the library: there is no preview to go
                    // back to, so the window closes.
                    let editing = start.correction.take().and_then(|c| c.replaces);
                    if editing.is_some() {
                        start.preview = None;
                    }
                }
            }
            Action::Anonymize(on) => {
                if let Some(Modal::Class(view)) = &mut self.modal {
                    view.anonymize = on;
                }
            }
            Action::DismissNotice => {
                self.notices.pop_front();
                // The keyboard goes back where the student was typing.
                self.keyboard_back();
            }
            Action::RestoreRecovery => {
                self.doc.restore_recovery(Instant::now());
                self.document_changed();
            }
            Action::History(action) => self.history_action(action),
            Action::ReviewHistory => self.open_review_history(),
            Action::KeepSavedVersion => {
                self.doc.keep_saved_version();
                self.take_document_notices();
                self.focus_editor = true;
            }
            other => return Some(other),
        }
        None
    }

    /// Runs `command` if it changes only this state; hands it back otherwise.
    pub fn run(&mut self, command: Command) -> Option<Command> {
        match command {
            Command::NextPrompt => {
                let next = (self.selected + 1).min(self.item_count().saturating_sub(1));
                self.select(next);
            }
            Command::PreviousPrompt => self.select(self.selected.saturating_sub(1)),
            Command::ZoomIn => self.zoom_by(ZOOM_STEP),
            Command::ZoomOut => self.zoom_by(-ZOOM_STEP),
            Command::ZoomReset => self.settings.zoom = 1.0,
            Command::ReadingSettings => self.toggle_modal(Modal::ReadingSettings),
            Command::Help => self.toggle_modal(Modal::Help),
            Command::HandIn => {
                // What the dialog shows of each answer's history is what will be handed in.
                self.doc.record_history();
                self.modal = Some(Modal::HandIn { then_finish: false });
            }
            Command::Finish => self.modal = Some(Modal::ConfirmFinish),
            Command::PasteReading => self.modal = Some(Modal::PasteReading(String::new(), false)),
            Command::AnswerHistory => self.open_history(),
            other => return Some(other),
        }
        None
    }

    /// The keyboard goes back where the person was typing: the name on the start screen, the
    /// answer at work.
    fn keyboard_back(&mut self) {
        match &mut self.screen {
            Screen::Start(start) => start.focus_name = true,
            Screen::Work => self.focus_editor = true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::document::{Document, Input};
    use crate::app::settings::Settings;
    use crate::reading::BUNDLED;

    fn state() -> AppState {
        AppState::new(
            Document::placeholder(BUNDLED[0].parse()),
            Settings::default(),
        )
    }

    #[test]
    fn actions_on_the_state_alone_are_applied_here_and_the_rest_handed_back() {
        let mut state = state();
        assert_eq!(state.apply(Action::Select(2)), None);
        assert_eq!(state.selected, 2);
        assert_eq!(state.run(Command::NextPrompt), None);
        assert_eq!(state.selected, 3);
        assert_eq!(state.run(Command::Help), None);
        assert!(matches!(state.modal, Some(Modal::Help)));
        assert_eq!(state.run(Command::Help), None);
        assert!(state.modal.is_none(), "F1 twice closes the help");
        // Files, dialogs and the window are the window's runner's.
        assert_eq!(state.run(Command::Save), Some(Command::Save));
        assert_eq!(
            state.apply(Action::Run(Command::Help)),
            Some(Action::Run(Command::Help)),
            "a command goes by the window's runner first"
        );
        assert_eq!(
            state.apply(Action::OpenRecent(0)),
            Some(Action::OpenRecent(0))
        );
    }

    #[test]
    fn typing_reaches_the_document_through_the_state() {
        let mut state = state();
        state.select(0);
        state.editor_text = "Because the ice melts.".to_owned();
        assert_eq!(state.apply(Action::AnswerEdited(Input::Typed)), None);
        let id = state.selected_prompt_id().unwrap();
        assert_eq!(state.doc.sheet.text(&id), "Because the ice melts.");
        assert!(state.doc.has_unsaved_work());
    }

    #[test]
    fn a_dismissed_notice_gives_the_keyboard_back() {
        let mut state = state();
        state.notify("Saved elsewhere", "your answers are in a copy");
        state.focus_editor = false;
        assert_eq!(state.apply(Action::DismissNotice), None);
        assert!(state.notices.is_empty());
        assert!(state.focus_editor);
    }
}
