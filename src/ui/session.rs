//! A student's session on a shared computer: starting from the start screen, handing in, and
//! finishing so the next student starts clean. The dialogs are views; `LecternApp`'s methods
//! here do the work.

use std::path::{Path, PathBuf};
use std::time::Instant;

use super::app::LecternApp;
use super::command::{Action, Command};
use crate::app::document::{Document, now};
use crate::app::state::{AppState, Modal, ProgressKey, Screen, StartScreen};
use crate::export::{self, Format};
use crate::library::{Entry, Library};

/// What a hand-in job brings back.
struct HandedIn {
    result: Result<crate::handin::HandedIn, crate::files::FileError>,
    /// Whether the answers reached their own file first.
    saved: Result<(), crate::app::document::SaveError>,
    then_finish: bool,
}

/// The hand-in, empty-questions and finish-session dialogs, when open.
pub fn dialogs_ui(ctx: &egui::Context, state: &AppState, actions: &mut Vec<Action>) {
    match state.modal {
        Some(Modal::ConfirmExport) => empty_prompts_ui(ctx, state, actions),
        Some(Modal::HandIn { .. }) => hand_in_ui(ctx, state, actions),
        Some(Modal::ConfirmFinish) => finish_ui(ctx, state, actions),
        Some(Modal::ExportOptions) => export_options_ui(ctx, actions),
        _ => {}
    }
}

/// Before exporting a sheet that has the teacher's feedback: the sheet is the student's own
/// unless they choose to show the feedback on it.
fn export_options_ui(ctx: &egui::Context, actions: &mut Vec<Action>) {
    let modal = egui::Modal::new(egui::Id::unique("export_options")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(crate::t!("export-options-title"));
        ui.label(crate::t!("export-options-body"));
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            let without = ui.button(crate::t!("export-options-without"));
            if without.clicked() {
                actions.push(Action::ExportWithFeedback(false));
            }
            if ui.button(crate::t!("export-options-with")).clicked() {
                actions.push(Action::ExportWithFeedback(true));
            }
            if ui.button(crate::t!("cancel")).clicked() {
                actions.push(Action::CloseModal);
            }
        });
    });
    if super::escape_closes(&modal) {
        actions.push(Action::CloseModal);
    }
}

/// Before handing in: what the teacher will see of how each answer was written, exactly as the
/// review shows it (worked out only while unfolded).
fn teacher_sees_ui(ui: &mut egui::Ui, state: &AppState) {
    egui::CollapsingHeader::new(crate::t!("hand-in-teacher-sees"))
        .id_salt("teacher_sees")
        .show(ui, |ui| {
            ui.label(egui::RichText::new(crate::t!("hand-in-teacher-sees-body")).small());
            egui::ScrollArea::vertical()
                .id_salt("teacher_sees_scroll")
                .max_height(180.0)
                .show(ui, |ui| {
                    let sheet = &state.doc.sheet;
                    let process = crate::answers::history::SheetProcess::of(sheet);
                    for (answer, process) in sheet.answers.iter().zip(&process.answers) {
                        if !answer.has_work() {
                            continue;
                        }
                        // The question as the student knows it ("Question 2"), not its id.
                        let name = state
                            .doc
                            .reading
                            .prompt(&answer.prompt_id)
                            .map_or_else(|| answer.prompt_id.to_string(), |p| p.name());
                        ui.label(egui::RichText::new(name).strong());
                        super::history::process_ui(ui, process);
                    }
                });
        });
}

fn hand_in_ui(ctx: &egui::Context, state: &AppState, actions: &mut Vec<Action>) {
    let mut settings = state.settings.clone();
    let modal = egui::Modal::new(egui::Id::unique("hand_in")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(crate::t!("hand-in-title"));
        ui.label(crate::t!("hand-in-body"));
        ui.add_space(6.0);
        let answered = state.answered();
        let total = state.doc.reading.prompt_count();
        if answered < total {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                crate::t!(
                    "hand-in-unanswered",
                    count = total - answered,
                    total = total
                ),
            );
        }
        if state.doc.sheet.student.trim().is_empty() {
            ui.colored_label(ui.visuals().warn_fg_color, crate::t!("hand-in-no-name"));
        }
        teacher_sees_ui(ui, state);
        ui.horizontal(|ui| {
            ui.label(crate::t!("hand-in-format"));
            super::combo(
                ui,
                &crate::t!("hand-in-format"),
                egui::ComboBox::from_id_salt("hand_in_format")
                    .selected_text(settings.hand_in_format.label()),
                |ui| {
                    for format in Format::ALL {
                        ui.selectable_value(&mut settings.hand_in_format, format, format.label());
                    }
                },
            );
            if settings.hand_in_format == Format::Pdf {
                use crate::export::pdf::Paper;
                ui.selectable_value(&mut settings.paper, Paper::A4, "A4");
                ui.selectable_value(
                    &mut settings.paper,
                    Paper::Letter,
                    crate::t!("paper-letter"),
                );
            }
        });
        ui.horizontal(|ui| {
            ui.label(crate::t!("hand-in-sheet-language"));
            let mut language = settings.sheet_language();
            super::combo(
                ui,
                &crate::t!("hand-in-sheet-language"),
                egui::ComboBox::from_id_salt("sheet_language")
                    .selected_text(language.native_name()),
                |ui| {
                    for choice in crate::i18n::Language::ALL {
                        ui.selectable_value(&mut language, choice, choice.native_name());
                    }
                },
            );
            // Following the interface until a student picks another.
            if language != state.settings.sheet_language() {
                settings.sheet_language = Some(language);
            }
        });
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(Command::HandInToFolder.label()).clicked() {
                actions.push(Command::HandInToFolder.into());
            }
            if ui.button(crate::t!("cancel")).clicked() {
                actions.push(Action::CloseModal);
            }
        });
    });
    if super::escape_closes(&modal) {
        actions.push(Action::CloseModal);
    }
    if settings != state.settings {
        actions.push(Action::ChangeSettings(Box::new(settings)));
    }
}

/// Before an export: the prompts still empty, each a way back to it.
fn empty_prompts_ui(ctx: &egui::Context, state: &AppState, actions: &mut Vec<Action>) {
    let empty: Vec<(usize, String)> = state
        .doc
        .reading
        .prompts()
        .enumerate()
        .filter(|(_, p)| !state.doc.sheet.is_answered(&p.id))
        .map(|(i, p)| (i, format!("{} {}", p.label, p.headline())))
        .collect();
    let modal = egui::Modal::new(egui::Id::unique("empty_prompts")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(crate::t!("empty-title", count = empty.len()));
        ui.label(crate::t!("empty-body"));
        egui::ScrollArea::vertical()
            .max_height(260.0)
            .show(ui, |ui| {
                for (index, text) in &empty {
                    if ui.add(egui::Button::new(text).truncate()).clicked() {
                        actions.push(Action::CloseModal);
                        actions.push(Action::Select(*index));
                    }
                }
            });
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(Command::ExportAnyway.label()).clicked() {
                actions.push(Command::ExportAnyway.into());
            }
            if ui.button(crate::t!("close-keep-working")).clicked() {
                actions.push(Action::CloseModal);
            }
        });
    });
    if super::escape_closes(&modal) {
        actions.push(Action::CloseModal);
    }
}

fn finish_ui(ctx: &egui::Context, state: &AppState, actions: &mut Vec<Action>) {
    let doc = &state.doc;
    // Handed in, and nothing changed since: finishing loses nothing, so it is the one choice.
    let handed_in = state
        .handed_in
        .as_ref()
        .filter(|h| h.generation == doc.generation());
    let modal = egui::Modal::new(egui::Id::unique("finish_session")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(crate::t!("finish-title"));
        match doc.save_failure() {
            // Never "your answers are saved" while they are not.
            Some(error) => {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    crate::t!("finish-not-saved", error = error.to_string()),
                );
            }
            None => {
                ui.label(crate::t!("finish-body"));
            }
        }
        if let Some(record) = handed_in {
            ui.label(crate::t!(
                "finish-handed-in",
                sheet = record.sheet.display().to_string()
            ));
        } else if state.handed_in.is_some() {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                crate::t!("finish-changed-since"),
            );
        }
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if handed_in.is_some() {
                if ui.button(Command::Finish.label()).clicked() {
                    actions.push(Command::FinishSession.into());
                }
            } else {
                if ui.button(crate::t!("finish-hand-in-first")).clicked() {
                    actions.push(Action::HandInThenFinish);
                }
                if ui.button(Command::FinishSession.label()).clicked() {
                    actions.push(Command::FinishSession.into());
                }
            }
            if ui.button(crate::t!("close-keep-working")).clicked() {
                actions.push(Action::CloseModal);
            }
        });
    });
    if super::escape_closes(&modal) {
        actions.push(Action::CloseModal);
    }
}

impl LecternApp {
    /// Shows the start screen, with the library listed and the name field ready.
    pub fn go_to_start(&mut self) {
        let entries = self.library.entries();
        self.state.screen = Screen::Start(Box::new(StartScreen {
            entries,
            focus_name: true,
            ..Default::default()
        }));
    }

    /// Works out each reading's progress for the name typed, once per [`ProgressKey`] (name,
    /// answers folder, library), off the window's thread: it reads every reading and every
    /// answers file of that student.
    pub(super) fn refresh_progress(&mut self) {
        let folder = self.state.settings.answers_folder.clone();
        let Some(start) = self.start_screen() else {
            return;
        };
        let name = start.name.trim().to_owned();
        let language = crate::i18n::language();
        let unchanged = start.progress_for.as_ref().is_some_and(|k| {
            k.name == name
                && k.language == language
                && k.answers_folder == folder
                && k.entries == start.entries
        });
        if unchanged {
            return;
        }
        let key = ProgressKey {
            name: name.clone(),
            language,
            answers_folder: folder.clone(),
            entries: start.entries.clone(),
        };
        start.progress_for = Some(key.clone());
        start.progress.clear();
        if name.is_empty() {
            return;
        }
        let entries = start.entries.clone();
        let job = move || {
            let progress = entries
                .iter()
                .map(|entry| {
                    let Ok(reading) = entry.load() else {
                        return crate::t_in!(language, "start-cannot-be-read");
                    };
                    let path = entry.answers_path(folder.as_deref(), &name, &reading);
                    match path.map(|p| crate::answers::load(&p)) {
                        Some(Ok(sheet)) => crate::t_in!(
                            language,
                            "toolbar-progress",
                            answered = sheet.answered_count(&reading),
                            total = reading.prompt_count()
                        ),
                        Some(Err(e)) if e.is_not_found() => {
                            crate::t_in!(language, "start-not-started")
                        }
                        None => crate::t_in!(language, "start-not-started"),
                        Some(Err(_)) => crate::t_in!(language, "start-answers-unreadable"),
                    }
                })
                .collect::<Vec<String>>();
            (key, progress)
        };
        self.spawn(&crate::t!("job-progress"), job, |app, (key, progress)| {
            // Only if nothing changed while it was worked out.
            if let Some(start) = app.start_screen()
                && start.progress_for.as_ref() == Some(&key)
            {
                start.progress = progress;
            }
        });
    }

    pub(super) fn start_screen(&mut self) -> Option<&mut StartScreen> {
        match &mut self.state.screen {
            Screen::Start(start) => Some(start),
            Screen::Work => None,
        }
    }

    /// Opens a library reading for the student named on the start screen.
    pub(super) fn open_library_entry(&mut self, index: usize) {
        let Some(start) = self.start_screen() else {
            return;
        };
        let name = start.name.trim().to_owned();
        let Some(entry) = start.entries.get(index).cloned() else {
            return;
        };
        if name.is_empty() {
            return self
                .state
                .notify(crate::t!("name-first-title"), crate::t!("name-first-body"));
        }
        let folder = self.state.settings.answers_folder.clone();
        let job = move || -> Result<(Document, String), crate::files::FileError> {
            let reading = entry.load()?;
            let path = entry.answers_path(folder.as_deref(), &name, &reading);
            Ok((Document::open(reading, path), name))
        };
        self.spawn(
            &crate::t!("job-opening-reading"),
            job,
            LecternApp::work_opened,
        );
    }

    /// Continues a piece of recent work.
    pub(super) fn open_recent(&mut self, index: usize) {
        let Some(recent) = self.state.settings.recent.get(index).cloned() else {
            return;
        };
        let job = move || -> Result<(Document, String), crate::files::FileError> {
            let reading = crate::reading::find_by_origin(&recent.reading)?;
            Ok((
                Document::open(reading, Some(recent.answers)),
                recent.student,
            ))
        };
        self.spawn(&crate::t!("job-opening-work"), job, LecternApp::work_opened);
    }

    fn work_opened(&mut self, opened: Result<(Document, String), crate::files::FileError>) {
        match opened {
            // Opened from the start screen; a second click meanwhile may have opened one.
            Ok((doc, name)) if self.start_screen().is_some() => self.start_work(doc, &name),
            Ok(_) => {}
            Err(e) => self.state.notify(crate::t!("reading-not-opened"), e),
        }
    }

    pub(super) fn start_work(&mut self, mut doc: Document, name: &str) {
        if doc.sheet.student.trim().is_empty() {
            doc.set_student(name, std::time::Instant::now());
        }
        self.state.replace_document(doc);
        self.state.screen = Screen::Work;
        self.state.remember_recent();
    }

    /// Shows how Lectern understood a file a teacher picked, worked out off the window's
    /// thread (a Word document is imported by a child process).
    pub(super) fn reading_picked_for_library(&mut self, path: PathBuf) {
        self.reading_picked_for_library_as(path, crate::import::Extract::Article);
    }

    /// [`Self::reading_picked_for_library`], reading as much of a web page as `extract` says.
    pub(super) fn reading_picked_for_library_as(
        &mut self,
        path: PathBuf,
        extract: crate::import::Extract,
    ) {
        let job = move || Library::preview_as(&path, extract).map(|p| (path, p));
        self.spawn(
            &crate::t!("job-reading-file"),
            job,
            |app, previewed| match previewed {
                Ok((path, preview)) => {
                    if let Some(start) = app.start_screen() {
                        start.show_preview(path, preview);
                    }
                }
                Err(e) => app.state.notify(crate::t!("reading-not-opened"), e),
            },
        );
    }

    /// Fills the paste box from the clipboard, off the frame (a clipboard owner may be slow to
    /// answer): the HTML a browser copied, made into reading Markdown, else the plain text.
    pub(super) fn paste_from_clipboard(&mut self) {
        self.spawn(
            &crate::t!("job-clipboard"),
            read_clipboard,
            |app, read| match read {
                Ok(text) => {
                    if let Some(Modal::PasteReading(box_text, _)) = &mut app.state.modal {
                        *box_text = text;
                    }
                }
                Err(e) => app.state.notify(crate::t!("nothing-pasted"), e),
            },
        );
    }

    /// The pasted text, previewed as a file would be; the library keeps it as Markdown.
    pub(super) fn preview_pasted(&mut self) {
        let Some(Modal::PasteReading(text, _)) = self.state.modal.take() else {
            return;
        };
        let preview = crate::library::Preview::of_pasted(text);
        if let Some(start) = self.start_screen() {
            start.show_preview(PathBuf::from(crate::t!("pasted-text")), preview);
        }
    }

    /// Adds the previewed (or corrected) reading to the library. The preview and a correction
    /// stay open until it is added: what a teacher wrote is not lost to a failed write.
    pub(super) fn confirm_add_reading(&mut self) {
        let Screen::Start(start) = &self.state.screen else {
            return;
        };
        let Some((path, preview)) = &start.preview else {
            return;
        };
        let preview = start.correction.as_ref().map_or(preview, |c| &c.shown);
        match self.library.add_previewed(path, preview) {
            Ok(_) => {
                if let Some(start) = self.start_screen() {
                    start.close_preview();
                }
                self.refresh_library();
            }
            Err(e) => self.state.notify(crate::t!("reading-not-added"), e),
        }
    }

    /// Opens an added reading in the correction window, for the teacher to change it.
    pub(super) fn edit_reading(&mut self, index: usize) {
        let Some(entry) = self
            .start_screen()
            .and_then(|s| s.entries.get(index).cloned())
        else {
            return;
        };
        let crate::reading::Origin::File(path) = entry.origin.clone() else {
            return;
        };
        match self.library.edit_preview(&entry) {
            Ok(preview) => {
                if let Some(start) = self.start_screen() {
                    start.correction = Some(super::correct::Correction::to_change(&preview, entry));
                    start.preview = Some((path, preview));
                }
            }
            Err(e) => self.state.notify(crate::t!("reading-not-opened"), e),
        }
    }

    /// Writes the changed reading over the library's; the window stays open if that fails.
    pub(super) fn save_edited_reading(&mut self) {
        let Screen::Start(start) = &self.state.screen else {
            return;
        };
        let Some(correction) = &start.correction else {
            return;
        };
        let Some(entry) = &correction.replaces else {
            return;
        };
        if !correction.is_changed() {
            // Nothing to write: the window closes, and no version is kept twice.
            if let Some(start) = self.start_screen() {
                start.close_preview();
            }
            return;
        }
        let title = correction.shown.reading.title.clone();
        match self.library.replace(entry, &correction.shown) {
            Ok(_) => {
                if let Some(start) = self.start_screen() {
                    start.close_preview();
                }
                self.refresh_library();
                self.state
                    .report(crate::t!("reading-changed", title = title));
            }
            Err(e) => self.state.notify(crate::t!("reading-not-changed"), e),
        }
    }

    /// Opens the previewed reading for correction, block by block.
    pub(super) fn start_correction(&mut self) {
        let Some(start) = self.start_screen() else {
            return;
        };
        let Some((_, preview)) = &start.preview else {
            return;
        };
        start.correction = Some(super::correct::Correction::of(preview));
    }

    /// Writes the library reading being shared to `target`.
    pub(super) fn share_reading(&mut self, target: &Path) {
        let Some(entry) = self.state.sharing.take() else {
            return;
        };
        match self.library.share(&entry, target) {
            Ok(()) => {
                self.state.report(crate::t!(
                    "reading-shared",
                    title = &entry.title,
                    path = target.display().to_string()
                ));
            }
            Err(e) => self.state.notify(crate::t!("reading-not-shared"), e),
        }
    }

    pub(super) fn remove_reading(&mut self, index: usize) {
        let Some(entry): Option<Entry> = self
            .start_screen()
            .and_then(|s| s.entries.get(index).cloned())
        else {
            return;
        };
        match self.library.remove(&entry) {
            Ok(()) => self.refresh_library(),
            Err(e) => self.state.notify(crate::t!("reading-not-removed"), e),
        }
    }

    fn refresh_library(&mut self) {
        let entries = self.library.entries();
        if let Some(start) = self.start_screen() {
            start.entries = entries;
        }
    }

    /// Writes each group's class sheet (format from the file name) and CSV summary beside it,
    /// reading the folder afresh (files may have come in since it was opened).
    pub(super) fn export_class(&mut self, path: PathBuf) {
        let Some(view) = self.state.class() else {
            return;
        };
        let (folder, anonymize) = (view.folder.clone(), view.anonymize);
        let job = move || {
            let format = Format::of_path(&path).unwrap_or(Format::Html);
            let mut collected = crate::collect::collect(&folder)?;
            if anonymize {
                collected.anonymize();
            }
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "class-sheet".to_owned());
            let dir = crate::files::parent_dir(&path);
            collected.write_sheets(&dir, Some(&stem), format, &export::today())
        };
        self.spawn(
            &crate::t!("job-class-export"),
            job,
            |app, written| match written {
                Ok(written) => {
                    let lines: Vec<String> = written
                        .iter()
                        .map(|w| format!("{}\n{}", w.sheet.display(), w.csv.display()))
                        .collect();
                    app.state
                        .notify(crate::t!("class-exported"), lines.join("\n\n"));
                }
                Err(e) => app.state.notify(crate::t!("class-not-exported"), e),
            },
        );
    }

    pub(super) fn answers_folder_chosen(&mut self, folder: PathBuf) {
        self.state.settings.answers_folder = Some(folder);
    }

    /// Saves, then writes the sheet and a copy of the answers into `folder` off the window's
    /// thread (a PDF takes a moment); [`Self::handed_in`] says where they went.
    pub(super) fn hand_in_to(&mut self, folder: PathBuf) {
        let then_finish = match self.state.modal.take() {
            Some(Modal::HandIn { then_finish }) => then_finish,
            other => {
                self.state.modal = other;
                false
            }
        };
        let doc = &mut self.state.doc;
        // The history handed in ends at the text handed in.
        doc.record_history();
        // The hand-in copies what is in memory either way; a failed save is said, never
        // covered by "saved as before".
        let saved = match doc.has_unsaved_work() {
            true => doc.save(now()),
            false => Ok(()),
        };
        let (reading, sheet) = (doc.reading.clone(), doc.sheet.clone());
        let (format, paper) = (
            self.state.settings.hand_in_format,
            self.state.settings.paper,
        );
        let language = self.state.settings.sheet_language();
        let job = move || HandedIn {
            result: crate::handin::hand_in(
                &folder,
                &reading,
                &sheet,
                format,
                paper,
                language,
                &export::today(),
            ),
            saved,
            then_finish,
        };
        self.spawn(&crate::t!("job-hand-in"), job, LecternApp::handed_in);
    }

    fn handed_in(&mut self, done: HandedIn) {
        let not_saved = |e: &crate::app::document::SaveError| {
            format!(
                "\n\n{}",
                crate::t!("hand-in-not-saved", error = e.to_string())
            )
        };
        match done.result {
            Ok(written) => {
                // The student's own file counts its hand-ins too, so the next one is numbered
                // after this, and feedback on this one is told from feedback on the next.
                let number = written.number;
                let doc = &mut self.state.doc;
                let counted = doc.edit_sheet(Instant::now(), |s| {
                    std::mem::replace(&mut s.handed_in, number) != number
                });
                // Kept at once: the window may close before the autosave would run. A failure
                // stays in the status bar as every failed save does.
                if counted && doc.path.is_some() && doc.save(now()).is_err() {
                    self.state.take_document_notices();
                }
                self.state.handed_in = Some(crate::app::state::HandInRecord {
                    sheet: written.sheet.clone(),
                    generation: self.state.doc.generation(),
                });
                let mut body = crate::t!(
                    "hand-in-done-body",
                    sheet = written.sheet.display().to_string(),
                    answers = written.answers.display().to_string()
                );
                if let Err(e) = &done.saved {
                    body.push_str(&not_saved(e));
                }
                self.state.notify(crate::t!("hand-in-done"), body);
                // Finishing would close answers that are not in their file: the session stays.
                if done.then_finish && done.saved.is_ok() {
                    self.finish_session();
                }
            }
            Err(e) => {
                let body = match &done.saved {
                    Ok(()) => format!("{e}\n\n{}", crate::t!("hand-in-failed-body")),
                    Err(s) => format!("{e}{}", not_saved(s)),
                };
                self.state.notify(crate::t!("hand-in-failed"), body);
            }
        }
    }

    /// Saves, closes the student's files, clears the recent list and returns to the start
    /// screen. If the answers cannot be saved, the session stays open.
    pub(super) fn finish_session(&mut self) {
        let doc = &mut self.state.doc;
        // Said from the error itself, here on the window's thread: in the student's language.
        if doc.has_unsaved_work()
            && let Err(error) = doc.save(now())
        {
            return self.state.notify(
                crate::t!("finish-failed-title"),
                crate::t!("finish-failed-body", error = error.to_string()),
            );
        }
        doc.finish_background();
        self.state.settings.recent.clear();
        // The next student chooses their own way to hand in: the format and the sheet's
        // language are not carried over from this one.
        let defaults = crate::app::state::Settings::default();
        self.state.settings.hand_in_format = defaults.hand_in_format;
        self.state.settings.sheet_language = defaults.sheet_language;
        // A blank document in place of the student's, holding no file open.
        let placeholder = Document::placeholder(crate::reading::BUNDLED[0].parse());
        self.state.replace_document(placeholder);
        self.go_to_start();
    }
}

/// The clipboard as reading Markdown: its HTML when it has some (headings, bold and lists kept),
/// else its text.
fn read_clipboard() -> Result<String, String> {
    // arboard's own words name the display server's calls, not anything a teacher can do.
    let mut clipboard =
        arboard::Clipboard::new().map_err(|_| crate::t!("clipboard-unreachable"))?;
    let html = clipboard.get().html().ok();
    let text = clipboard.get_text().ok();
    crate::import::html::clipboard_markdown(html.as_deref(), text.as_deref())
        .map_err(|e| e.to_string())
}
