//! What the application holds between frames, with no window in it: the screen shown and the
//! dialog over it, the document, the selection and the text being edited, the messages waiting
//! to be read, the status bar's report, and the settings that are remembered. The views read
//! it; the runner (`ui::app::LecternApp`) changes it. What a view keeps of its own is in
//! `ui::views::Views`.

use std::collections::VecDeque;

use crate::answers::Answer;
pub use crate::app::Notice;
use crate::app::command::Action;
use crate::app::document::Document;
use crate::reading::{Prompt, Section};

pub use crate::app::settings::{
    COLUMN_RANGE, LINE_FOCUS_SIZES, LINE_SPACING_RANGE, RECENT_LIMIT, ReadingFont, RecentWork,
    Settings, Spacing, ThemeChoice, ZOOM_RANGE, ZOOM_STEP,
};

/// What is selected in the question list.
pub enum Selected<'a> {
    Prompt {
        prompt: &'a Prompt,
        section: &'a Section,
    },
    /// An answer whose prompt is no longer in the reading: shown, not editable.
    Orphan(&'a Answer),
}

/// Which screen the window shows.
pub enum Screen {
    /// Who is studying, their recent work, and the library.
    Start(Box<StartScreen>),
    /// A reading and its answers.
    Work,
}

/// The start screen's own state.
#[derive(Default)]
pub struct StartScreen {
    /// The name typed so far.
    pub name: String,
    /// The library, as last listed.
    pub entries: Vec<crate::library::Entry>,
    /// A reading a teacher picked, shown before it is added.
    pub preview: Option<(std::path::PathBuf, crate::library::Preview)>,
    /// The teacher's correction of the previewed reading, while they make it.
    pub correction: Option<crate::app::correction::Correction>,
    /// "3 of 13 answered" per library entry, worked out for `progress_for`.
    pub progress: Vec<String>,
    pub progress_for: Option<ProgressKey>,
    /// Put the cursor in the name field.
    pub focus_name: bool,
    /// The library entry a teacher asked to remove, while Lectern asks whether to.
    pub confirm_remove: Option<usize>,
}

impl StartScreen {
    /// Shows `preview` of the reading at `path`; one with no questions opens straight into
    /// the correction, with a first question to write (most articles come without any).
    pub fn show_preview(&mut self, path: std::path::PathBuf, preview: crate::library::Preview) {
        self.correction = (preview.reading.prompt_count() == 0)
            .then(|| crate::app::correction::Correction::to_write_questions(&preview));
        self.preview = Some((path, preview));
    }

    /// Closes the preview and any correction of it (added, saved, or cancelled).
    pub fn close_preview(&mut self) {
        self.preview = None;
        self.correction = None;
    }
}

/// What the start screen's progress depends on: when any of it differs from what the progress
/// was worked out for, it is worked out again; nothing else invalidates it.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgressKey {
    pub name: String,
    /// The progress is said in words ("2 of 4 answered"): a new language, new words.
    pub language: crate::i18n::Language,
    pub answers_folder: Option<std::path::PathBuf>,
    pub entries: Vec<crate::library::Entry>,
}

/// The dialog or window shown over the panes; one at a time.
pub enum Modal {
    /// The hand-in dialog: format, then folder.
    HandIn {
        /// Finish the session once handed in.
        then_finish: bool,
    },
    /// Finish the session: hand in first, or not?
    ConfirmFinish,
    /// Before an export: the prompts still empty, to go to or to export anyway.
    ConfirmExport,
    /// Closing was stopped because the answers could not be saved; ask what to do.
    ConfirmClose,
    /// Every shortcut (F1).
    Help,
    /// The article's look.
    ReadingSettings,
    /// A folder of handed-in answers, summed up (teachers).
    Class(Box<crate::app::class::ClassView>),
    /// Before exporting a sheet that has the teacher's feedback: show it on the sheet?
    ExportOptions,
    /// The history of the answer being written: its earlier versions (the student's).
    History(Box<crate::app::history::HistoryView>),
    /// A reading being pasted (teachers): the text so far.
    /// The paste box's text, and whether it has been given the keyboard yet.
    PasteReading(String, bool),
}

/// Where a hand-in went, and the document's generation just after it.
#[derive(Clone, Debug, PartialEq)]
pub struct HandInRecord {
    pub sheet: std::path::PathBuf,
    pub generation: u64,
}

pub struct AppState {
    pub screen: Screen,
    /// The dialog or window shown over the panes, if any.
    pub modal: Option<Modal>,
    /// The library reading being shared, while the save dialog is open.
    pub sharing: Option<crate::library::Entry>,
    pub doc: Document,
    pub settings: Settings,
    /// The next export shows the teacher's feedback (chosen in the export dialog; off by
    /// default, and off again after each export).
    pub export_feedback: bool,
    /// Index in reading order; orphaned answers follow the prompts.
    pub selected: usize,
    /// The editor's text for the selected prompt; written into the sheet on every change.
    pub editor_text: String,
    /// The name field's text.
    pub student_text: String,
    /// Move keyboard focus to the answer editor on the next frame.
    pub focus_editor: bool,
    pub notices: VecDeque<Notice>,
    /// The student chose to close without saving.
    pub allow_close: bool,
    /// A short report in the status bar ("Exported to …"), while it is news ([`FLASH_FOR`]) and
    /// about the document open (it goes when another takes its place).
    flash: Option<Flash>,
    /// The last hand-in of the document open, and the document's generation then: the Finish
    /// dialog says it was handed in, or that it changed since.
    pub handed_in: Option<HandInRecord>,
    /// What the views asked for this frame, run at its end.
    pub actions: Vec<Action>,
    /// The editor's own: where the misspelt words of the answer shown are.
    pub spell_flags: crate::spell::Flags,
    /// Counts the documents shown (and restores of their answers), so that what the views
    /// keep of one is forgotten when another takes its place (`ui::views::Views::follow`).
    document_serial: u64,
    /// What is being read aloud, if anything.
    pub read_aloud: Option<crate::app::read_aloud::ReadAloud>,
}

impl AppState {
    pub fn new(doc: Document, settings: Settings) -> AppState {
        let mut state = AppState {
            screen: Screen::Work,
            modal: None,
            sharing: None,
            doc,
            settings,
            export_feedback: false,
            selected: 0,
            editor_text: String::new(),
            student_text: String::new(),
            focus_editor: true,
            notices: VecDeque::new(),
            allow_close: false,
            flash: None,
            handed_in: None,
            actions: Vec::new(),
            spell_flags: Default::default(),
            document_serial: 0,
            read_aloud: None,
        };
        state.document_changed();
        state
    }

    /// Says `text` in the status bar for a while ([`FLASH_FOR`]): a report of what was just
    /// done, replacing the one before.
    pub fn report(&mut self, text: String) {
        self.report_since(text, std::time::Instant::now());
    }

    fn report_since(&mut self, text: String, since: std::time::Instant) {
        self.flash = Some(Flash { text, since });
    }

    /// The status bar's report, while it is news.
    pub fn flash(&self) -> Option<&str> {
        self.flash
            .as_ref()
            .filter(|f| f.since.elapsed() < FLASH_FOR)
            .map(|f| f.text.as_str())
    }

    /// How long the report stays, for the window to look again then; `None` without one.
    pub fn flash_left(&self) -> Option<std::time::Duration> {
        let flash = self.flash.as_ref()?;
        FLASH_FOR.checked_sub(flash.since.elapsed())
    }

    /// Takes the report back when it says `text` and no longer holds.
    pub fn withdraw_report(&mut self, text: &str) {
        if self.flash.as_ref().is_some_and(|f| f.text == text) {
            self.flash = None;
        }
    }

    /// Replaces the document and starts on its first unanswered prompt.
    pub fn replace_document(&mut self, doc: Document) {
        self.doc = doc;
        // What was said and done about the last student's work is not about this one.
        self.flash = None;
        self.handed_in = None;
        self.take_document_notices();
        self.document_changed();
    }

    /// Remembers the open work in the recent list (newest first), when it has a file and a name.
    pub fn remember_recent(&mut self) {
        let doc = &self.doc;
        let (Some(path), false) = (&doc.path, doc.sheet.student.trim().is_empty()) else {
            return;
        };
        let entry = RecentWork {
            student: doc.sheet.student.trim().to_owned(),
            title: doc.reading.title.clone(),
            reading: doc.reading.origin.to_stored(),
            answers: path.clone(),
        };
        self.settings.recent.retain(|r| r.answers != entry.answers);
        self.settings.recent.insert(0, entry);
        self.settings.recent.truncate(RECENT_LIMIT);
    }

    /// Which document is shown: it changes when another takes its place or its answers are
    /// restored, for the views to forget what they kept of the one before.
    pub fn document_serial(&self) -> u64 {
        self.document_serial
    }

    /// Moves the document's messages into the queue the window shows.
    pub fn take_document_notices(&mut self) {
        let notices = std::mem::take(&mut self.doc.notices);
        self.notices.extend(notices);
    }

    /// After the document was replaced, or its answers restored from a recovery copy.
    pub fn document_changed(&mut self) {
        self.document_serial += 1;
        let reading = &self.doc.reading;
        self.selected = reading
            .prompts()
            .position(|p| !self.doc.sheet.is_answered(&p.id))
            .unwrap_or(0);
        self.student_text = self.doc.sheet.student.clone();
        self.load_editor();
        self.focus_editor = true;
    }

    /// The number of selectable items: prompts, then orphaned answers.
    pub fn item_count(&self) -> usize {
        item_count(&self.doc)
    }

    pub fn selection(&self) -> Option<Selected<'_>> {
        item_at(&self.doc, self.selected)
    }

    /// Selects item `index` and puts the cursor in its editor.
    pub fn select(&mut self, index: usize) {
        if index < self.item_count() {
            self.selected = index;
            self.load_editor();
            self.focus_editor = true;
        }
    }

    pub(crate) fn load_editor(&mut self) {
        self.editor_text = match self.selection() {
            Some(Selected::Prompt { prompt, .. }) => self.doc.sheet.text(&prompt.id).to_owned(),
            Some(Selected::Orphan(answer)) => answer.text.clone(),
            None => String::new(),
        };
    }

    /// Writes the editor's text into the sheet (after the editor changed it).
    pub fn commit_editor(&mut self, at: std::time::Instant, input: crate::app::document::Input) {
        if let Some(Selected::Prompt { prompt, .. }) = item_at(&self.doc, self.selected) {
            let prompt = prompt.clone();
            let now = crate::app::document::now();
            self.doc
                .set_answer(&prompt, &self.editor_text, now, at, input);
        }
    }

    /// The prompt whose answer is in the editor, if it is one of the reading's.
    pub fn selected_prompt_id(&self) -> Option<crate::reading::PromptId> {
        match item_at(&self.doc, self.selected)? {
            Selected::Prompt { prompt, .. } => Some(prompt.id.clone()),
            Selected::Orphan(_) => None,
        }
    }

    pub fn answered(&self) -> usize {
        self.doc.sheet.answered_count(&self.doc.reading)
    }

    pub fn zoom_by(&mut self, step: f32) {
        let zoom = (self.settings.zoom + step).clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        self.settings.zoom = (zoom * 100.0).round() / 100.0;
    }

    /// Shows `modal`, or closes it when it is the one shown (F1 twice).
    pub fn toggle_modal(&mut self, modal: Modal) {
        let same = self
            .modal
            .as_ref()
            .is_some_and(|m| std::mem::discriminant(m) == std::mem::discriminant(&modal));
        self.modal = if same { None } else { Some(modal) };
        if same {
            self.focus_editor = true;
        }
    }

    /// The Class view, when it is open.
    pub fn class(&self) -> Option<&crate::app::class::ClassView> {
        match &self.modal {
            Some(Modal::Class(view)) => Some(view),
            _ => None,
        }
    }

    /// Where a notice is composed: `body` is said in the window's language here, on the
    /// window's thread (a typed error from a background job becomes words only now).
    pub fn notify(&mut self, title: impl Into<String>, body: impl std::fmt::Display) {
        self.notices.push_back(Notice {
            title: title.into(),
            body: body.to_string(),
        });
    }
}

/// How long a report stays in the status bar: long enough to read twice, then it is no longer
/// about what the student is doing (before, "Exported to …" stayed until the next report).
pub const FLASH_FOR: std::time::Duration = std::time::Duration::from_secs(12);

/// A report in the status bar and when it was made.
#[derive(Clone, Debug)]
struct Flash {
    text: String,
    since: std::time::Instant,
}

/// The number of selectable items in `doc`: prompts, then orphaned answers.
pub fn item_count(doc: &Document) -> usize {
    doc.reading.prompt_count() + doc.sheet.orphans(&doc.reading).count()
}

/// The item at `index` in reading order (orphaned answers after the prompts).
pub fn item_at(doc: &Document, index: usize) -> Option<Selected<'_>> {
    let mut i = index;
    for section in &doc.reading.sections {
        if i < section.prompts.len() {
            return Some(Selected::Prompt {
                prompt: &section.prompts[i],
                section,
            });
        }
        i -= section.prompts.len();
    }
    doc.sheet.orphans(&doc.reading).nth(i).map(Selected::Orphan)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn state() -> AppState {
        let reading = crate::reading::BUNDLED[0].parse();
        AppState::new(Document::placeholder(reading), Settings::default())
    }

    #[test]
    fn a_report_is_shown_while_it_is_news_then_goes() {
        let mut state = state();
        state.report("Exported".to_owned());
        assert_eq!(state.flash(), Some("Exported"));
        assert!(state.flash_left().is_some_and(|d| d <= FLASH_FOR));
        let Some(old) = Instant::now().checked_sub(FLASH_FOR + Duration::from_secs(1)) else {
            return; // A clock that started less than that ago: nothing to look back to.
        };
        state.report_since("Exported".to_owned(), old);
        assert_eq!(state.flash(), None, "an old report is not shown");
        assert_eq!(state.flash_left(), None, "and nothing waits for it");
    }

    #[test]
    fn a_report_is_withdrawn_only_when_it_says_what_no_longer_holds() {
        let mut state = state();
        state.report("A dialog is already open".to_owned());
        state.withdraw_report("Exported");
        assert!(state.flash().is_some());
        state.withdraw_report("A dialog is already open");
        assert_eq!(state.flash(), None);
        state.report("Exported".to_owned());
        state.replace_document(Document::placeholder(crate::reading::BUNDLED[1].parse()));
        assert_eq!(state.flash(), None, "another document, another story");
    }
}
