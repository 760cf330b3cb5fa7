//! The app: one frame is read input, show the panes, run the commands they asked for, save if
//! due. `LecternApp::show` does all of it on a plain `egui::Ui`, so tests drive the same code
//! the window runs.

use std::path::{Path, PathBuf};
use std::time::Instant;

use super::chooser::{Chooser, ChooserAction};
use super::command::{Action, Command};
use super::dialogs::{
    DialogKind, DialogOutcome, DialogRequest, FileDialogs, Filter, Purpose, Want,
};
use super::{article, editor, notices, prompts, status, toolbar};
use crate::app::document::{Document, now};
use crate::app::state::{AppState, Modal, Screen, Settings, ThemeChoice};
use crate::export::{self, Format, StudySheet};
use crate::paths;
use crate::reading::{self, Origin, Reading};

/// A document opened off the window's thread, and what to say about it.
pub(super) struct Opened {
    pub doc: Document,
    pub warning: Option<String>,
}

/// What of the selected question (`question`) or its answer is being read aloud, while it is
/// the text that was asked to be read: the question's text, the answer as typed then.
fn spoken_here(state: &AppState, question: bool) -> Option<crate::app::read_aloud::Spoken> {
    use crate::app::read_aloud::Listening;
    let read = state.read_aloud.as_ref()?;
    let selected = state.selected_prompt_id()?;
    let same = match &read.listening {
        Listening::Prompt(id) if question => {
            *id == selected
                && state.doc.reading.prompt(id).map(|p| p.text.as_str()) == read.own_text()
        }
        Listening::Answer(id) if !question => {
            *id == selected && read.own_text() == Some(state.editor_text.as_str())
        }
        _ => false,
    };
    same.then(|| read.spoken()).flatten()
}

/// The key under which [`Settings`] are kept in eframe's storage.
pub const SETTINGS_KEY: &str = "lectern-settings";

pub struct LecternApp {
    pub state: AppState,
    /// What the views keep that is theirs (the article's selection, find, the chooser, the
    /// spell checker).
    pub views: super::views::Views,
    dialogs: Box<dyn FileDialogs>,
    /// The readings on this machine, for the start screen.
    pub(super) library: crate::library::Library,
    /// The settings last applied to egui, to apply only changes.
    applied: Option<Settings>,
    /// The window title last sent, to send only changes.
    title: String,
    /// Say on stderr when the first frame is painted (`benches/window.rs`).
    pub report_first_frame: bool,
    /// Slow work running off the window's thread.
    tasks: crate::app::tasks::Tasks<LecternApp>,
    /// The computer's language, the interface's until a student chooses one.
    system_language: crate::i18n::Language,
    /// The window's first frames were checked against the screen (`window_fit`).
    window_checked: bool,
    /// The speech service, from the first time something is read aloud.
    pub(super) speaker: Option<Box<dyn crate::speech::Speaker>>,
    /// How the speaker is made (tests put a stand-in here).
    pub make_speaker: super::read_aloud::MakeSpeaker,
    /// The document being read aloud (its serial), to stop when another is opened.
    pub(super) reading_document: Option<u64>,
    /// What the speaker said when it connected (its voices), for each reading after the first.
    pub(super) speech_ready: Option<crate::speech::SpeakerEvent>,
}

impl LecternApp {
    pub fn new(state: AppState, dialogs: Box<dyn FileDialogs>) -> LecternApp {
        LecternApp {
            state,
            views: Default::default(),
            dialogs,
            library: crate::library::Library::in_data_dir(),
            applied: None,
            title: String::new(),
            report_first_frame: std::env::var_os("LECTERN_REPORT_FIRST_FRAME").is_some(),
            tasks: Default::default(),
            system_language: crate::i18n::Language::of_system(),
            window_checked: false,
            speaker: None,
            make_speaker: super::read_aloud::system_speaker(),
            reading_document: None,
            speech_ready: None,
        }
    }

    /// Runs `job` off the window's thread (see [`crate::app::tasks`]); `then` applies its result on
    /// a later frame. A job that cannot start is said at once.
    pub(super) fn spawn<T: Send + 'static>(
        &mut self,
        name: &str,
        job: impl FnOnce() -> T + Send + 'static,
        then: fn(&mut LecternApp, T),
    ) {
        if let Err(e) = self.tasks.spawn(name, job, then) {
            self.state.notify(crate::t!("job-not-started"), e);
        }
    }

    /// Whether background work is running (tests wait for it).
    pub fn is_busy(&self) -> bool {
        !self.tasks.is_idle()
    }

    /// Holds back background jobs started until the hold is dropped (tests: to see the window
    /// keep working while one is pending).
    pub fn hold_tasks(&mut self) -> crate::app::tasks::Hold {
        self.tasks.hold()
    }

    /// Applies what finished jobs brought back; says so if one died; keeps frames coming
    /// while any run.
    fn take_finished(&mut self, ctx: &egui::Context) {
        let (done, died) = self.tasks.finished();
        for then in done {
            then(self);
            self.views.follow(&self.state);
        }
        for name in died {
            self.state.notify(
                crate::t!("job-died-title"),
                crate::t!("job-died", name = name),
            );
        }
        if !self.tasks.is_idle() {
            ctx.request_repaint_after(std::time::Duration::from_millis(30));
        }
    }

    /// Opens `reading` (the bundled one if `None`) with the answers at `answers`, or at the
    /// default place for that reading.
    pub fn open(
        reading: Option<&Path>,
        answers: Option<PathBuf>,
        settings: Settings,
        dialogs: Box<dyn FileDialogs>,
    ) -> Result<LecternApp, String> {
        // What opening says (a document's notices) is in the student's language already.
        let language = settings
            .language
            .unwrap_or_else(crate::i18n::Language::of_system);
        crate::i18n::set_language(language);
        if reading.is_none() && answers.is_none() {
            // Who is studying, and what: the start screen.
            let placeholder = Document::placeholder(reading::BUNDLED[0].parse());
            let mut app = LecternApp::new(AppState::new(placeholder, settings), dialogs);
            app.go_to_start();
            return Ok(app);
        }
        let reading = match reading {
            Some(path) => reading::load_file(path).map_err(|e| e.to_string())?,
            None => match &answers {
                // `lectern --answers FILE`: the reading that file names; said on stderr, as the
                // CLI says it, when it cannot be found (never the bundled one in its place).
                // A new file starts on the bundled reading; an unreadable one too, and the
                // window says it will not be written.
                Some(path) => match crate::answers::load(path) {
                    Ok(sheet) => reading_named_in(&sheet, path)?,
                    Err(_) => reading::BUNDLED[0].parse(),
                },
                None => reading::BUNDLED[0].parse(),
            },
        };
        let path = answers.or_else(|| paths::default_answers_path(&reading));
        let mut state = AppState::new(Document::open(reading, path), settings);
        state.take_document_notices();
        state.remember_recent();
        Ok(LecternApp::new(state, dialogs))
    }

    /// One whole frame.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.apply_settings(&ctx);
        self.tick_spelling(&ctx);
        while let Some(answer) = self.dialogs.poll() {
            self.dialog_closed();
            match answer.outcome {
                DialogOutcome::Chosen(path) => self.dialog_answered(answer.request.purpose, path),
                DialogOutcome::Cancelled => {}
                DialogOutcome::Failed(reason) => self.open_chooser(answer.request, reason),
            }
        }
        let shortcuts = Command::consume_shortcuts(&ctx);
        self.state
            .actions
            .extend(shortcuts.into_iter().map(Action::Run));
        self.handle_close_request(&ctx);
        self.views.follow(&self.state);
        self.stop_reading_if_gone();
        self.poll_speech();
        if let Some(left) = self.state.flash_left() {
            ctx.request_repaint_after(left); // To take the report away when it is old.
        }
        let working: Vec<String> = self.tasks.names().map(str::to_owned).collect();
        // The views push what they ask for here; nothing in them changes the app's state
        // beyond their own fields (the text being typed, the article's scrolling).
        let mut actions = std::mem::take(&mut self.state.actions);
        if matches!(self.state.screen, Screen::Start(_)) {
            self.refresh_progress();
            status::start_ui(ui, self.state.flash(), &working);
            let s = &mut self.state;
            if let Screen::Start(start) = &mut s.screen {
                super::start::ui(ui, start, &s.settings, &mut actions);
            }
            self.modal_ui(&ctx, &mut actions);
            self.state.actions = actions;
            self.run_actions(&ctx);
            self.take_finished(&ctx);
            // A teacher's comments are saved from the Class view over the start screen too.
            self.autosave_review(&ctx);
            self.update_title(&ctx);
            return;
        }

        self.views.find.refresh(&self.state.doc);
        let evidence = self.views.article.marks(&self.state.doc);
        let (s, v) = (&mut self.state, &mut self.views);
        toolbar::ui(ui, &s.doc, &s.settings, &mut s.student_text, &mut actions);
        super::find::ui(ui, &mut v.find, &mut actions);
        status::ui(ui, &s.doc, s.flash(), &working);
        egui::Panel::right("questions_pane")
            .resizable(true)
            .default_size((ui.available_width() * 0.46).max(360.0))
            .size_range(300.0..=ui.available_width().max(320.0) * 0.75)
            .show(ui, |ui| {
                let most = ui.available_height().max(160.0) * 0.8;
                let most =
                    prompts::needed_height(ui, &s.doc).map_or(most, |n| n.clamp(120.0, most));
                egui::Panel::top("question_list")
                    .resizable(true)
                    .default_size((ui.available_height() * 0.42).min(most))
                    .size_range(120.0..=most)
                    .show(ui, |ui| {
                        prompts::ui(ui, &s.doc, s.selected, s.focus_editor, &mut actions)
                    });
                name_splitter(ui, "question_list", &crate::t!("a11y-resize-list"));
                super::central_panel(ui, "answer", |ui| {
                    let view = editor::EditorView {
                        doc: &s.doc,
                        settings: &s.settings,
                        selected: s.selected,
                        find: &v.find,
                        evidence: &evidence,
                        spell: &v.spell,
                        spoken: spoken_here(s, false),
                        spoken_question: spoken_here(s, true),
                    };
                    let own = editor::EditorOwn {
                        text: &mut s.editor_text,
                        focus: &mut s.focus_editor,
                        flags: &mut s.spell_flags,
                        menu: &mut v.spell_menu,
                    };
                    editor::ui(ui, view, own, &mut actions)
                });
            });
        name_splitter(ui, "questions_pane", &crate::t!("a11y-resize-questions"));
        super::central_panel(ui, "article", |ui| {
            let view = article::ArticleView {
                doc: &s.doc,
                settings: &s.settings,
                find: &v.find,
                evidence: evidence.clone(),
                spoken: s
                    .read_aloud
                    .as_ref()
                    .filter(|r| r.listening == crate::app::read_aloud::Listening::Article)
                    .and_then(|r| r.spoken()),
                reading_aloud: s.read_aloud.as_ref(),
            };
            article::ui(ui, view, &mut v.article, &mut actions)
        });
        self.modal_ui(&ctx, &mut actions);
        self.state.actions = actions;
        self.run_actions(&ctx);
        self.take_finished(&ctx);
        self.autosave(&ctx);
        self.update_title(&ctx);
    }

    /// The dialog or window shown over the panes, the notices, and Lectern's own chooser.
    fn modal_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let s = &mut self.state;
        match &mut s.modal {
            Some(Modal::ReadingSettings) => super::reading_settings::ui(ctx, &s.settings, actions),
            Some(Modal::Help) => super::help::ui(ctx, actions),
            Some(Modal::Class(view)) => super::class::ui(ctx, view, actions),
            Some(Modal::History(view)) => super::history::ui(ctx, view, actions),
            Some(Modal::PasteReading(text, focused)) => {
                super::start::paste_ui(ctx, text, focused, actions)
            }
            _ => {}
        }
        notices::ui(ctx, s, actions);
        super::session::dialogs_ui(ctx, s, actions);
        super::chooser::ui(ctx, &mut self.views.chooser, actions);
    }

    /// Runs what the views asked for this frame, edits first (so a Save pressed with a
    /// keystroke saves it).
    fn run_actions(&mut self, ctx: &egui::Context) {
        let mut actions = std::mem::take(&mut self.state.actions);
        actions.sort_by_key(|a| !a.is_edit());
        for action in actions {
            self.apply(action, ctx);
            // Another document (or restored answers): the views forget the one before at once.
            self.views.follow(&self.state);
        }
    }

    /// Applies one action. With [`Self::run`], the only place views' requests change state.
    pub fn apply(&mut self, action: Action, ctx: &egui::Context) {
        // What changes only the application's state is applied there (`app::runner`).
        let Some(action) = self.state.apply(action) else {
            return;
        };
        let state = &mut self.state;
        match action {
            Action::Run(command) => self.run(command, ctx),
            Action::Spell(spell) => self.apply_spell(spell, ctx),
            Action::ChooseLanguage(language) => self.choose_language(language),
            Action::FindQueryChanged => {
                self.views.find.refresh(&self.state.doc);
                self.reveal_match();
            }
            Action::CloseModal => {
                // A teacher's comments reach their file before the Class view goes.
                if !self.save_review() {
                    return;
                }
                let state = &mut self.state;
                state.modal = None;
                // Back to writing: the dialog took the keyboard.
                state.focus_editor = true;
            }
            Action::OpenLibraryEntry(i) => self.open_library_entry(i),
            Action::OpenRecent(i) => self.open_recent(i),
            Action::ConfirmRemoveReading => {
                let asked = self.start_screen().and_then(|s| s.confirm_remove.take());
                if let Some(i) = asked {
                    self.remove_reading(i);
                }
            }
            Action::PreviewPasted => self.preview_pasted(),
            Action::PasteFromClipboard => self.paste_from_clipboard(),
            Action::StartCorrection => self.start_correction(),
            Action::PreviewWholePage(whole) => self.preview_whole_page(whole),
            Action::EditReading(i) => self.edit_reading(i),
            Action::SaveEditedReading => self.save_edited_reading(),
            Action::ShareReading(i) => {
                let listed = self.start_screen().map(|s| s.entries.clone());
                let entries = listed.unwrap_or_else(|| self.library.entries());
                self.state.sharing = entries.get(i).cloned();
                self.ask(ctx, Purpose::ShareReading);
            }
            Action::ExportWithFeedback(include) => {
                state.export_feedback = include;
                // The export goes on as without feedback: empty prompts first, then the file.
                self.run(Command::Export, ctx);
                if matches!(self.state.modal, Some(Modal::ExportOptions)) {
                    self.state.modal = None;
                }
            }
            action @ (Action::Review(..)
            | Action::EndReview
            | Action::ReviewAnswer(_)
            | Action::FeedbackEdited
            | Action::SetLevel { .. }
            | Action::EditRubric(_)
            | Action::SaveRubric
            | Action::ReturnSheet(_)
            | Action::ReturnForMoodle(_)
            | Action::ScaleGrades(_)) => self.apply_class(action),
            Action::JumpToCitation(i) => self.jump_to_citation(i, ctx.input(|i| i.time)),
            Action::RemoveCitation(i) => self.remove_citation(i),
            Action::RemoveHighlight(i) => self.remove_highlight(i),
            Action::CloseWithoutSaving => {
                state.modal = None;
                // Even now, keep a copy where the next start will find it.
                state.doc.write_recovery();
                state.take_document_notices();
                state.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Action::Chooser(action) => self.run_chooser(action),
            // Applied by `AppState::apply`, which does not hand these back; listed so that a
            // new action must be placed on one side or the other.
            Action::Select(_)
            | Action::AnswerEdited(_)
            | Action::History(_)
            | Action::ReviewHistory
            | Action::StudentEdited
            | Action::FocusEditor
            | Action::HandInThenFinish
            | Action::ChangeSettings(_)
            | Action::SetHighlightColour(_)
            | Action::RemoveReading(_)
            | Action::CancelRemoveReading
            | Action::ClosePreview
            | Action::OutlineEdited
            | Action::EndCorrection
            | Action::Anonymize(_)
            | Action::DismissNotice
            | Action::RestoreRecovery
            | Action::KeepSavedVersion => {}
        }
    }

    /// Reads the previewed web page again, whole or only its article.
    fn preview_whole_page(&mut self, whole: bool) {
        let path = self
            .start_screen()
            .and_then(|s| s.preview.take())
            .map(|(p, _)| p);
        if let Some(path) = path {
            let extract = if whole {
                crate::import::Extract::WholePage
            } else {
                crate::import::Extract::Article
            };
            self.reading_picked_for_library_as(path, extract);
        }
    }

    fn apply_settings(&mut self, ctx: &egui::Context) {
        if self.applied.as_ref() == Some(&self.state.settings) {
            return;
        }
        let settings = &self.state.settings;
        crate::i18n::set_language(settings.language.unwrap_or(self.system_language));
        ctx.set_zoom_factor(settings.zoom);
        super::style::apply_theme(ctx, settings.theme);
        if settings.reading_font != crate::app::state::ReadingFont::Sans {
            super::style::load_reading_fonts(ctx);
        }
        self.applied = Some(settings.clone());
    }

    /// Saves before the window closes; if that fails, keeps the window open and asks.
    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.state.allow_close {
            return;
        }
        if self.state.doc.has_unsaved_work() && self.state.doc.save(now()).is_err() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.state.modal = Some(Modal::ConfirmClose);
        }
    }

    /// Runs one command. Side effects (files, dialogs, egui settings) happen only here.
    pub fn run(&mut self, command: Command, ctx: &egui::Context) {
        // In the Class view's review the question keys move between the student's answers.
        match command {
            Command::NextPrompt if self.step_answer(1) => return,
            Command::PreviousPrompt if self.step_answer(-1) => return,
            _ => {}
        }
        // What changes only the application's state is run there (`app::runner`).
        let Some(command) = self.state.run(command) else {
            return;
        };
        let state = &mut self.state;
        match command {
            Command::OpenReading => {
                // On the start screen the reading opens for the student named there: a name
                // first, as for a reading of the library.
                if self
                    .start_screen()
                    .is_some_and(|start| start.name.trim().is_empty())
                {
                    self.state
                        .notify(crate::t!("name-first-title"), crate::t!("name-first-body"));
                } else {
                    self.ask(ctx, Purpose::OpenReading);
                }
            }
            Command::OpenAnswers => self.ask(ctx, Purpose::OpenAnswers),
            Command::SaveAs => self.ask(ctx, Purpose::SaveAnswersAs),
            Command::Export => {
                // With feedback, first whether the sheet shows it (off unless chosen); then
                // empty prompts: the student may have missed one.
                if state.doc.feedback.is_some()
                    && !matches!(state.modal, Some(Modal::ExportOptions))
                {
                    state.modal = Some(Modal::ExportOptions);
                } else if state.answered() < state.doc.reading.prompt_count() {
                    state.modal = Some(Modal::ConfirmExport);
                } else {
                    self.ask(ctx, Purpose::Export);
                }
            }
            Command::ExportAnyway => {
                state.modal = None;
                self.ask(ctx, Purpose::Export);
            }
            Command::Save => {
                if state.doc.path.is_none() {
                    self.ask(ctx, Purpose::SaveAnswersAs);
                } else if let Err(e) = state.doc.save(now()) {
                    state.notify(crate::t!("save-failed-title"), save_failure_help(&e));
                }
            }
            Command::NextStudent => self.step_student(1),
            Command::PreviousStudent => self.step_student(-1),
            Command::ReturnFeedback => self.ask(ctx, Purpose::ReturnFeedback),
            Command::ImportRubric => self.ask(ctx, Purpose::ImportRubric),
            Command::ExportRubric => self.ask(ctx, Purpose::ExportRubric),
            Command::OpenFeedback => self.ask(ctx, Purpose::OpenFeedback),
            Command::ToggleTheme => {
                // Light, dark, high contrast, and round again.
                state.settings.theme = match state.settings.theme {
                    ThemeChoice::System if ctx.global_style().visuals.dark_mode => {
                        ThemeChoice::HighContrast
                    }
                    ThemeChoice::System | ThemeChoice::Light => ThemeChoice::Dark,
                    ThemeChoice::Dark => ThemeChoice::HighContrast,
                    ThemeChoice::HighContrast => ThemeChoice::Light,
                };
            }
            Command::Cite => self.cite_selection(),
            Command::Highlight => self.highlight_selection(),
            Command::Find => self.open_find(),
            Command::FindNext => self.find_step(true),
            Command::FindPrevious => self.find_step(false),
            Command::CloseFind => self.close_find(),
            Command::SwitchPane => self.switch_pane(),
            // Goes through `handle_close_request` next frame, which saves first.
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::HandInToFolder => self.ask(ctx, Purpose::HandIn),
            Command::FinishSession => {
                state.modal = None;
                self.finish_session();
            }
            Command::AddReading => self.ask(ctx, Purpose::AddReading),
            Command::ConfirmAddReading => self.confirm_add_reading(),
            Command::ChooseAnswersFolder => self.ask(ctx, Purpose::AnswersFolder),
            Command::OpenClass => self.ask(ctx, Purpose::ClassFolder),
            Command::OpenClassZip => self.ask(ctx, Purpose::ClassZip),
            Command::FillWorksheet => self.ask(ctx, Purpose::Worksheet),
            Command::ExportClass => self.ask(ctx, Purpose::ClassExport),
            Command::ReadAloud
            | Command::StopReading
            | Command::NextSentence
            | Command::PreviousSentence
            | Command::ReadFaster
            | Command::ReadSlower
            | Command::ReadQuestion
            | Command::ReadAnswer
            | Command::FollowVoice => self.read_aloud_command(command, ctx),
            Command::LineFocus => {
                state.settings.line_focus = !state.settings.line_focus;
                let said = if state.settings.line_focus {
                    crate::t!("line-focus-on")
                } else {
                    crate::t!("line-focus-off")
                };
                state.report(said);
            }
            Command::LineFocusDown | Command::LineFocusUp => {
                if !state.settings.line_focus {
                    state.settings.line_focus = true;
                }
                let by = if command == Command::LineFocusDown {
                    1.0
                } else {
                    -1.0
                };
                self.views.article.move_line_focus(by);
            }
            // Run by `AppState::run`, which does not hand these back.
            Command::NextPrompt
            | Command::PreviousPrompt
            | Command::ZoomIn
            | Command::ZoomOut
            | Command::ZoomReset
            | Command::ReadingSettings
            | Command::HandIn
            | Command::Finish
            | Command::Help
            | Command::AnswerHistory
            | Command::PasteReading => {}
        }
    }

    fn ask(&mut self, ctx: &egui::Context, purpose: Purpose) {
        let request = dialog_request(&self.state, purpose);
        if self.views.chooser.is_some() || !self.dialogs.start(request, ctx) {
            self.state.report(crate::t!("dialog-already-open"));
        }
    }

    /// A dialog (the system's or Lectern's own) closed: "a dialog is already open" no longer
    /// holds, so the status bar stops saying it.
    fn dialog_closed(&mut self) {
        self.state
            .withdraw_report(&crate::t!("dialog-already-open"));
    }

    /// The system's dialog could not open: Lectern's own chooser asks instead.
    fn open_chooser(&mut self, request: DialogRequest, reason: String) {
        crate::cli::tell(format_args!(
            "lectern: no system file dialog ({reason}); using Lectern's own chooser"
        ));
        let start = request
            .directory
            .clone()
            .filter(|d| d.is_dir())
            .or_else(|| directories::UserDirs::new().map(|u| u.home_dir().to_owned()))
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("/"));
        self.views.chooser = Some(Chooser::new(request, reason, crate::folders::places()));
        self.run_chooser(ChooserAction::GoTo(start));
    }

    /// Acts on what the student did in Lectern's own chooser: reads folders, checks a choice.
    fn run_chooser(&mut self, action: ChooserAction) {
        let Some(chooser) = self.views.chooser.as_mut() else {
            return;
        };
        let chosen = match action {
            ChooserAction::GoTo(folder) => {
                chooser.confirm_replace = None;
                chooser.confirm_create = None;
                chooser.problem = None;
                chooser.path_text = folder.display().to_string();
                match crate::folders::list(&folder) {
                    Ok((entries, unreadable)) => {
                        chooser.entries = Ok(entries);
                        chooser.unreadable = unreadable;
                    }
                    Err(e) => {
                        chooser.entries = Err(crate::t!(
                            "chooser-cannot-read",
                            path = folder.display().to_string(),
                            reason = crate::i18n::io_reason(&e)
                        ));
                        chooser.unreadable = 0;
                    }
                }
                chooser.folder = folder;
                chooser.focus = true;
                None
            }
            ChooserAction::Typed(text) => {
                let path = paths::expand_home(text.trim());
                if path.is_dir() {
                    return self.run_chooser(ChooserAction::GoTo(path));
                }
                self.run_chooser(ChooserAction::Choose(path));
                return;
            }
            ChooserAction::Filter(i) => {
                chooser.filter = i;
                None
            }
            ChooserAction::Choose(path) => {
                let want = chooser.request.kind.want();
                if path.is_dir() && want != Want::Folder {
                    return self.run_chooser(ChooserAction::GoTo(path));
                }
                chooser.confirm_create = None;
                // A folder to choose that is not there yet: made when the student says so,
                // never a folder listed earlier in its place.
                if want == Want::Folder && !path.exists() {
                    chooser.problem = None;
                    chooser.confirm_create = Some(path);
                    chooser.focus = true;
                    return;
                }
                match chooser_problem(want, &path) {
                    Some(problem) => {
                        chooser.problem = Some(problem);
                        None
                    }
                    None if want == Want::NewFile && path.exists() => {
                        chooser.confirm_replace = Some(path);
                        chooser.focus = true;
                        None
                    }
                    None => Some(path),
                }
            }
            ChooserAction::ConfirmReplace => chooser.confirm_replace.take(),
            ChooserAction::ConfirmCreate => {
                let folder = chooser.confirm_create.take();
                match folder.map(|f| std::fs::create_dir_all(&f).map(|()| f)) {
                    Some(Ok(folder)) => Some(folder),
                    Some(Err(e)) => {
                        chooser.problem = Some(crate::t!(
                            "chooser-cannot-create",
                            reason = crate::i18n::io_reason(&e)
                        ));
                        None
                    }
                    None => None,
                }
            }
            ChooserAction::Cancel => {
                self.dialog_closed();
                self.views.chooser = None;
                self.state.focus_editor = true;
                return;
            }
        };
        if let Some(path) = chosen {
            let purpose = chooser.request.purpose;
            self.views.chooser = None;
            self.dialog_closed();
            self.state.focus_editor = true;
            self.dialog_answered(purpose, path);
        }
    }

    /// Acts on a path the student chose in a dialog.
    pub fn dialog_answered(&mut self, purpose: Purpose, path: PathBuf) {
        match purpose {
            Purpose::OpenReading => self.open_reading(&path),
            Purpose::OpenAnswers => self.open_answers(path),
            Purpose::SaveAnswersAs => {
                let path = with_extension_if_missing(path, "ron");
                if let Err(e) = self.state.doc.save_as(path, now()) {
                    self.state
                        .notify(crate::t!("save-failed-title"), save_failure_help(&e));
                }
            }
            Purpose::Export => self.export(path),
            Purpose::AddReading => self.reading_picked_for_library(path),
            Purpose::ShareReading => self.share_reading(&path),
            Purpose::HandIn => self.hand_in_to(path),
            Purpose::AnswersFolder => self.answers_folder_chosen(path),
            Purpose::ClassFolder | Purpose::ClassZip => self.open_class(path),
            Purpose::Worksheet => self.fill_worksheet(path),
            Purpose::ClassExport => self.export_class(path),
            Purpose::OpenFeedback => self.open_feedback(path),
            Purpose::ReturnFeedback => self.return_feedback(path),
            Purpose::ImportRubric => self.import_rubric(path),
            Purpose::ExportRubric => self.export_rubric(path),
        }
    }

    /// Before the document is replaced, its answers must be on disk.
    fn can_leave_document(&mut self) -> bool {
        let doc = &mut self.state.doc;
        if !doc.has_unsaved_work() {
            return true;
        }
        match doc.save(now()) {
            Ok(()) => true,
            Err(e) => {
                self.state.notify(
                    crate::t!("save-first-title"),
                    crate::t!("save-first", error = e.to_string()),
                );
                false
            }
        }
    }

    /// Opens a reading file (up to 16 MiB) with the same student's answers to it, off the
    /// window's thread; the open document is saved before it is replaced.
    fn open_reading(&mut self, path: &Path) {
        // The same student's own folder (and the chosen answers folder) as from the start screen;
        // on the start screen, the student named there.
        let student = match self.start_screen() {
            Some(start) => start.name.trim().to_owned(),
            None => self.state.doc.sheet.student.trim().to_owned(),
        };
        let folder = self.state.settings.answers_folder.clone();
        let path = path.to_owned();
        let language = crate::i18n::language();
        let job = move || -> Result<Opened, crate::files::FileError> {
            // A Word document is imported by a child process (`import::load`).
            let reading = crate::import::load(&path)?.reading;
            let warning = (reading.prompt_count() == 0)
                .then(|| crate::t_in!(language, "no-questions", path = path.display().to_string()));
            let answers = paths::student_answers_path(folder.as_deref(), &student, &reading);
            let mut doc = Document::open(reading, answers);
            if doc.sheet.student.trim().is_empty() && !student.is_empty() {
                doc.set_student(&student, Instant::now());
            }
            Ok(Opened { doc, warning })
        };
        self.spawn(
            &crate::t!("job-opening-reading"),
            job,
            |app, opened| match opened {
                Ok(opened) => app.opened(opened),
                Err(e) => app.state.notify(crate::t!("reading-not-opened"), e),
            },
        );
    }

    /// Opens an answers file (up to 32 MiB) with the reading it names, off the window's thread.
    fn open_answers(&mut self, path: PathBuf) {
        let current = self.state.doc.reading.clone();
        let language = crate::i18n::language();
        let job = move || -> Result<Opened, (String, String)> {
            let sheet = crate::answers::load(&path).map_err(|e| {
                let body = format!("{e}\n\n{}", crate::t_in!(language, "file-unchanged"));
                (crate::t_in!(language, "answers-not-opened"), body)
            })?;
            let reading = if sheet.reading.sha256 == current.fingerprint.0 {
                current
            } else {
                reading::find_by_origin(&sheet.reading.origin).map_err(|e| {
                    let body = crate::t_in!(
                        language,
                        "answers-reading-missing",
                        path = path.display().to_string(),
                        title = &sheet.reading.title,
                        error = e.to_string()
                    );
                    (
                        crate::t_in!(language, "answers-reading-missing-title"),
                        body,
                    )
                })?
            };
            let doc = Document::open(reading, Some(path));
            Ok(Opened { doc, warning: None })
        };
        self.spawn(
            &crate::t!("job-opening-answers"),
            job,
            |app, opened| match opened {
                Ok(opened) => app.opened(opened),
                Err((title, body)) => app.state.notify(title, body),
            },
        );
    }

    /// A document opened in the background takes the window's place, once the one open now
    /// is safely saved (the student may have typed while it opened).
    fn opened(&mut self, opened: Opened) {
        if let Some(warning) = opened.warning {
            self.state.notify(crate::t!("no-questions-title"), warning);
        }
        if self.start_screen().is_some() {
            // Opened from the start screen (Ctrl+O or "Open a file…"): the work starts.
            let name = opened.doc.sheet.student.clone();
            self.start_work(opened.doc, &name);
        } else if self.can_leave_document() {
            self.state.replace_document(opened.doc);
        }
    }

    /// Writes the study sheet off the window's thread (a PDF takes a moment).
    fn export(&mut self, path: PathBuf) {
        let format = Format::of_path(&path).unwrap_or(Format::Html);
        let path = with_extension_if_missing(path, format.extension());
        let doc = &self.state.doc;
        let feedback = doc
            .feedback
            .as_ref()
            .map(|s| &s.feedback)
            .filter(|_| self.state.export_feedback);
        let sheet = StudySheet::build(&doc.reading, &doc.sheet, &export::today())
            .in_language(self.state.settings.sheet_language());
        let sheet = match feedback {
            Some(f) => sheet.with_reading_feedback(&doc.reading, &doc.sheet, f),
            None => sheet,
        };
        self.state.export_feedback = false;
        let doc = &self.state.doc;
        let mut protected: Vec<PathBuf> = doc.path.iter().cloned().collect();
        protected.extend(doc.unreadable.clone());
        if let Origin::File(p) = &doc.reading.origin {
            protected.push(p.clone());
        }
        let paper = self.state.settings.paper;
        let job = move || {
            let protected: Vec<&Path> = protected.iter().map(PathBuf::as_path).collect();
            let written = sheet
                .to_bytes_on(format, paper)
                .and_then(|bytes| export::write_sheet(&path, &bytes, &protected));
            written.map(|()| path)
        };
        self.spawn(
            &crate::t!("job-export"),
            job,
            |app, written| match written {
                Ok(path) => app
                    .state
                    .report(crate::t!("exported", path = path.display().to_string())),
                Err(e) => app.state.notify(crate::t!("not-exported"), e),
            },
        );
    }

    /// Recovery copies and autosaves, when due; wakes the window for the next one.
    fn autosave(&mut self, ctx: &egui::Context) {
        self.autosave_review(ctx);
        if let Some(next) = self.state.doc.tick(Instant::now()) {
            ctx.request_repaint_after(next);
        }
        self.state.take_document_notices();
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let doc = &self.state.doc;
        let title = match self.state.screen {
            // No reading is open yet: not the placeholder's title.
            Screen::Start(_) => format!("{} — Lectern", crate::t!("window-start")),
            Screen::Work => format!(
                "{}{} — Lectern",
                if doc.has_unsaved_work() { "● " } else { "" },
                doc.reading.title
            ),
        };
        // The accessible name is built anew every frame, the window's title only on change.
        super::a11y::name_window(ctx, &title);
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// Last chance on exit: save whatever is not yet on disk.
    pub fn save_on_exit(&mut self) {
        if !self.save_review() {
            crate::cli::tell(format_args!(
                "lectern: a teacher's feedback could not be saved on exit"
            ));
        }
        if self.state.doc.has_unsaved_work()
            && self.state.doc.path.is_some()
            && let Err(e) = self.state.doc.save(now())
        {
            crate::cli::tell(format_args!(
                "lectern: your answers could not be saved on exit: {e}"
            ));
        }
    }
}

impl eframe::App for LecternApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
        super::window_fit::keep_on_screen(ui.ctx(), &mut self.window_checked);
        super::report_first_frame(ui.ctx(), self.report_first_frame);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.state.settings);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.end_speech();
        self.save_on_exit();
    }
}

/// Names the handle that resizes the panel `salt` shown in `ui` for screen readers, in the
/// student's language (egui names every one "Resize panel", in English).
fn name_splitter(ui: &egui::Ui, salt: &str, name: &str) {
    // egui's id of a panel's handle: the panel's id (`scope id + salt`) with "__resize".
    let id = ui.scope_id().with(salt).with("__resize");
    ui.ctx()
        .accesskit_node_builder(id, |node| node.set_label(name.to_owned()));
}

fn save_failure_help(error: &dyn std::fmt::Display) -> String {
    format!("{error}\n\n{}", crate::t!("save-failed-help"))
}

/// The reading the answers in `sheet` (read from `answers`) name, or why it cannot be had.
fn reading_named_in(
    sheet: &crate::answers::AnswerSheet,
    answers: &Path,
) -> Result<Reading, String> {
    reading::find_by_origin(&sheet.reading.origin).map_err(|e| {
        format!(
            "{e}\n(the reading {} was written for; name it too: lectern READING --answers {})",
            answers.display(),
            answers.display()
        )
    })
}

/// Why the chooser cannot take `path` for what it asks, if it cannot.
fn chooser_problem(want: Want, path: &Path) -> Option<String> {
    let shown = path.display();
    match want {
        Want::Folder if path.exists() && !path.is_dir() => {
            Some(crate::t!("chooser-not-a-folder", path = shown.to_string()))
        }
        Want::Folder if !path.is_dir() => {
            Some(crate::t!("chooser-no-folder", path = shown.to_string()))
        }
        Want::File if !path.is_file() => {
            Some(crate::t!("chooser-no-file", path = shown.to_string()))
        }
        Want::NewFile if path.file_name().is_none() => Some(crate::t!("chooser-type-name")),
        Want::NewFile
            if !path
                .parent()
                .is_some_and(|p| p.as_os_str().is_empty() || p.is_dir()) =>
        {
            Some(crate::t!("chooser-no-folder-for", path = shown.to_string()))
        }
        _ => None,
    }
}

fn with_extension_if_missing(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension(extension)
    }
}

/// What each dialog asks, with a sensible folder and file name. The kind of dialog comes from
/// [`Purpose::kind_of_dialog`]; the details from here.
fn dialog_request(state: &AppState, purpose: Purpose) -> DialogRequest {
    let doc = &state.doc;
    let slug = paths::slug(&doc.reading.title);
    let answers_dir = doc
        .path
        .as_deref()
        .map(crate::files::parent_dir)
        .or_else(|| paths::data_dir().map(|d| d.join("answers")));
    // Portable mode starts where Lectern is, on the stick, not in the school computer's
    // Documents, where a file saved would stay behind when the student leaves.
    let documents = paths::portable_dir()
        .and_then(|d| d.parent().map(Path::to_owned))
        .or_else(|| {
            directories::UserDirs::new().and_then(|d| d.document_dir().map(Path::to_owned))
        });
    let readings = || {
        vec![
            Filter::new(
                &crate::t!("filter-readings"),
                &[
                    "md", "markdown", "txt", "text", "docx", "odt", "pdf", "html", "htm", "mhtml",
                    "mht",
                ],
            ),
            Filter::new(&crate::t!("filter-all"), &["*"]),
        ]
    };
    let answers = || vec![Filter::new(&crate::t!("filter-answers"), &["ron"])];
    // What an LMS gives is downloaded: the browser's Downloads folder first.
    let downloads = || {
        directories::UserDirs::new()
            .and_then(|d| d.download_dir().map(Path::to_owned))
            .or_else(|| documents.clone())
    };
    let sheets = || {
        Format::ALL
            .iter()
            .map(|f| Filter::new(&f.label(), &[f.extension()]))
            .collect::<Vec<_>>()
    };
    let (title, filters, directory, file_name) = match purpose {
        Purpose::OpenReading => (
            crate::t!("dialog-open-reading"),
            readings(),
            documents,
            None,
        ),
        Purpose::OpenAnswers => (
            crate::t!("dialog-open-answers"),
            answers(),
            answers_dir,
            None,
        ),
        Purpose::SaveAnswersAs => (
            crate::t!("dialog-save-answers"),
            answers(),
            answers_dir,
            Some(format!("{slug}.ron")),
        ),
        Purpose::Export => {
            let student = paths::slug(&doc.sheet.student);
            let name = if doc.sheet.student.trim().is_empty() {
                slug.clone()
            } else {
                format!("{slug}-{student}")
            };
            let name = format!("{name}.html");
            (crate::t!("dialog-export"), sheets(), documents, Some(name))
        }
        Purpose::AddReading => (crate::t!("dialog-add-reading"), readings(), documents, None),
        Purpose::ShareReading => {
            let title = state.sharing.as_ref().map(|e| e.title.clone());
            let name = format!("{}.md", paths::slug(title.as_deref().unwrap_or("reading")));
            let filters = vec![Filter::new(&crate::t!("filter-reading"), &["md"])];
            (crate::t!("dialog-share"), filters, documents, Some(name))
        }
        Purpose::HandIn => (crate::t!("dialog-hand-in"), Vec::new(), None, None),
        Purpose::AnswersFolder => (
            crate::t!("dialog-answers-folder"),
            Vec::new(),
            state.settings.answers_folder.clone(),
            None,
        ),
        Purpose::ClassFolder => (crate::t!("dialog-class-folder"), Vec::new(), None, None),
        Purpose::ClassZip => {
            let filters = vec![
                Filter::new(&crate::t!("filter-zip"), &["zip"]),
                Filter::new(&crate::t!("filter-all"), &["*"]),
            ];
            (crate::t!("dialog-class-zip"), filters, downloads(), None)
        }
        Purpose::Worksheet => {
            let filters = vec![
                Filter::new(&crate::t!("filter-worksheet"), &["csv"]),
                Filter::new(&crate::t!("filter-all"), &["*"]),
            ];
            (crate::t!("dialog-worksheet"), filters, downloads(), None)
        }
        Purpose::ClassExport => {
            let folder = state.class().map(|c| c.folder.clone());
            let name = Some("class-sheet.html".to_owned());
            (crate::t!("dialog-class-export"), sheets(), folder, name)
        }
        Purpose::OpenFeedback => {
            let filters = vec![Filter::new(&crate::t!("filter-feedback"), &["ron"])];
            (crate::t!("dialog-open-feedback"), filters, documents, None)
        }
        Purpose::ReturnFeedback => (crate::t!("dialog-return-feedback"), Vec::new(), None, None),
        Purpose::ImportRubric => {
            let filters = vec![Filter::new(&crate::t!("filter-rubric"), &["ron"])];
            (crate::t!("dialog-import-rubric"), filters, documents, None)
        }
        Purpose::ExportRubric => {
            let title = state.class().map(|c| c.title(c.current_group()));
            let name = format!(
                "{}.rubric.ron",
                paths::slug(title.as_deref().unwrap_or("rubric"))
            );
            let filters = vec![Filter::new(&crate::t!("filter-rubric"), &["ron"])];
            (
                crate::t!("dialog-export-rubric"),
                filters,
                documents,
                Some(name),
            )
        }
    };
    let kind = match purpose.kind_of_dialog() {
        Want::File => DialogKind::OpenFile { filters },
        Want::NewFile => DialogKind::SaveFile {
            filters,
            file_name: file_name.unwrap_or_default(),
        },
        Want::Folder => DialogKind::Folder,
    };
    DialogRequest {
        purpose,
        title,
        kind,
        directory,
    }
}
