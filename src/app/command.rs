//! Everything a user can do, as data: [`Command`] (from a button, a menu or the keyboard, no
//! data) and [`Action`] (what views ask for besides, most with data). The views push them; the
//! runner (`ui::app::LecternApp::apply`) carries them out. Their keys and buttons are the
//! window's (`ui::command`).

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
        /// Open the Class view on a ZIP of hand-ins (Moodle's or Google Drive's download).
        OpenClassZip,
        /// Class view: fill in Moodle's grading worksheet from the rubric scores.
        FillWorksheet,
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
        /// The answer's earlier versions: view, copy, restore.
        AnswerHistory,
        CloseFind,
        ReadAloud,
        StopReading,
        NextSentence,
        PreviousSentence,
        ReadFaster,
        ReadSlower,
        ReadQuestion,
        ReadAnswer,
        FollowVoice,
        LineFocus,
        LineFocusDown,
        LineFocusUp,
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
    /// The editor's text changed, by the keyboard or a paste: write it into the sheet.
    AnswerEdited(crate::app::document::Input),
    /// The name field's text changed: write it into the sheet.
    StudentEdited,
    /// Put the keyboard in the answer editor.
    FocusEditor,
    /// The history window asks (restore the version shown, close).
    History(crate::app::history::HistoryAction),
    /// Class view: show how the reviewed answer was written, with its replay.
    ReviewHistory,
    /// Class view: return feedback as one ZIP for Moodle, or a file per student.
    ReturnForMoodle(bool),
    /// Class view: grades in Moodle's worksheet scaled to its maximum grade, or as points.
    ScaleGrades(bool),
    /// The find field's text changed: look again.
    FindQueryChanged,
    /// Close the dialog or window shown (help, hand-in, class view…).
    CloseModal,
    /// Finish-session dialog: open the hand-in dialog, finishing once handed in.
    HandInThenFinish,
    /// Settings changed in a dialog (reading look, hand-in format).
    ChangeSettings(Box<crate::app::settings::Settings>),
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
    Chooser(ChooserAction),
    /// The spell checker: suggestions, a correction, a word added or ignored, its switch.
    Spell(SpellAction),
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
        matches!(self, Action::AnswerEdited(_) | Action::StudentEdited)
    }
}

impl Command {
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
            Command::OpenClassZip => "cmd-open-class-zip",
            Command::FillWorksheet => "cmd-fill-worksheet",
            Command::ExportClass => "cmd-export-class",
            Command::NextStudent => "cmd-next-student",
            Command::PreviousStudent => "cmd-previous-student",
            Command::ReturnFeedback => "cmd-return-feedback",
            Command::ImportRubric => "cmd-import-rubric",
            Command::ExportRubric => "cmd-export-rubric",
            Command::OpenFeedback => "cmd-open-feedback",
            Command::AnswerHistory => "cmd-answer-history",
            Command::Cite => "cmd-cite",
            Command::Highlight => "cmd-highlight",
            Command::Find => "cmd-find",
            Command::FindNext => "cmd-find-next",
            Command::FindPrevious => "cmd-find-previous",
            Command::CloseFind => "cmd-close-find",
            Command::SwitchPane => "cmd-switch-pane",
            Command::ReadingSettings => "cmd-reading-settings",
            Command::ReadAloud => "cmd-read-aloud",
            Command::StopReading => "cmd-stop-reading",
            Command::NextSentence => "cmd-next-sentence",
            Command::PreviousSentence => "cmd-previous-sentence",
            Command::ReadFaster => "cmd-read-faster",
            Command::ReadSlower => "cmd-read-slower",
            Command::ReadQuestion => "cmd-read-question",
            Command::ReadAnswer => "cmd-read-answer",
            Command::FollowVoice => "cmd-follow-voice",
            Command::LineFocus => "cmd-line-focus",
            Command::LineFocusDown => "cmd-line-focus-down",
            Command::LineFocusUp => "cmd-line-focus-up",
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
}

/// What the student did in the chooser.
#[derive(Clone, Debug, PartialEq)]
pub enum ChooserAction {
    /// Show this folder.
    GoTo(std::path::PathBuf),
    /// Show the folder typed in the path field, or choose the file typed there.
    Typed(String),
    /// Show files of the filter at this index.
    Filter(usize),
    /// This is the answer (checked by the app first: a file to open must exist…).
    Choose(std::path::PathBuf),
    /// Yes, write over the file that is there.
    ConfirmReplace,
    /// Yes, make the folder that was asked to be chosen but is not there yet.
    ConfirmCreate,
    Cancel,
}

/// What the editor asks of the spell checker.
#[derive(Clone, Debug, PartialEq)]
pub enum SpellAction {
    /// Work out suggestions for this word (the student right-clicked it).
    Suggest(String),
    /// Put `with` in place of `word` at `bytes` of the answer being typed.
    Replace {
        bytes: std::ops::Range<usize>,
        word: String,
        with: String,
    },
    /// Add the word to the student's own list.
    AddWord(String),
    /// Take the word as right in this answer only, until Lectern closes.
    Ignore(String),
    /// The editor's switch.
    Enable(bool),
    /// English (US or UK) or French for Latin-script words.
    Latin(crate::spell::LatinChoice),
}
