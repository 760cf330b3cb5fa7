//! A student's session on a shared computer: starting from the start screen, handing in, and
//! finishing so the next student starts clean. The dialogs are views; `LecternApp`'s methods
//! here do the work.

use std::path::PathBuf;

use super::app::LecternApp;
use super::command::Command;
use super::document::{Document, now};
use super::state::{AppState, HandInDialog, Screen, StartScreen};
use crate::export::{self, Format};
use crate::library::{Entry, Library};
use crate::paths;

/// The hand-in and finish-session dialogs, when open.
pub fn dialogs_ui(ctx: &egui::Context, state: &mut AppState) {
    if state.confirm_export {
        empty_prompts_ui(ctx, state);
    } else if state.hand_in.is_some() {
        hand_in_ui(ctx, state);
    } else if state.confirm_finish {
        finish_ui(ctx, state);
    }
}

fn hand_in_ui(ctx: &egui::Context, state: &mut AppState) {
    let mut close = false;
    egui::Modal::new(egui::Id::unique("hand_in")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading("Hand in");
        ui.label("Lectern writes your study sheet and a copy of your answers into the folder you choose (a USB stick or the class's shared folder).");
        ui.add_space(6.0);
        let answered = state.answered();
        let total = state.doc.reading.prompt_count();
        if answered < total {
            ui.colored_label(ui.visuals().warn_fg_color, format!("{} of {total} questions are still unanswered.", total - answered));
        }
        if state.doc.sheet.student.trim().is_empty() {
            ui.colored_label(ui.visuals().warn_fg_color, "Your name is missing: type it at the top right first.");
        }
        ui.horizontal(|ui| {
            ui.label("Format:");
            egui::ComboBox::from_id_salt("hand_in_format")
                .selected_text(state.settings.hand_in_format.label())
                .show_ui(ui, |ui| {
                    for format in Format::ALL {
                        ui.selectable_value(&mut state.settings.hand_in_format, format, format.label());
                    }
                });
            if state.settings.hand_in_format == Format::Pdf {
                use crate::export::pdf::Paper;
                ui.selectable_value(&mut state.settings.paper, Paper::A4, "A4");
                ui.selectable_value(&mut state.settings.paper, Paper::Letter, "Letter");
            }
        });
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Choose folder and hand in…").clicked() {
                state.commands.push(Command::HandIn);
            }
            if ui.button("Cancel").clicked() {
                close = true;
            }
        });
    });
    if close {
        state.hand_in = None;
    }
}

/// Before an export: the prompts still empty, each a way back to it.
fn empty_prompts_ui(ctx: &egui::Context, state: &mut AppState) {
    let empty: Vec<(usize, String)> = state
        .doc
        .reading
        .prompts()
        .enumerate()
        .filter(|(_, p)| !state.doc.sheet.is_answered(&p.id))
        .map(|(i, p)| (i, format!("{} {}", p.label, p.headline())))
        .collect();
    egui::Modal::new(egui::Id::unique("empty_prompts")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(format!(
            "{} {} still empty",
            empty.len(),
            if empty.len() == 1 {
                "question is"
            } else {
                "questions are"
            }
        ));
        ui.label("They will be marked \"Not answered\" on the sheet. Choose one to go to it:");
        egui::ScrollArea::vertical()
            .max_height(260.0)
            .show(ui, |ui| {
                for (index, text) in &empty {
                    if ui.add(egui::Button::new(text).truncate()).clicked() {
                        state.confirm_export = false;
                        state.commands.push(Command::Select(*index));
                    }
                }
            });
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(Command::ExportAnyway.label()).clicked() {
                state.commands.push(Command::ExportAnyway);
            }
            if ui.button("Keep working").clicked() {
                state.confirm_export = false;
                state.focus_editor = true;
            }
        });
    });
}

fn finish_ui(ctx: &egui::Context, state: &mut AppState) {
    egui::Modal::new(egui::Id::unique("finish_session")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading("Finish your session?");
        ui.label("Your answers are saved, then closed, and this computer's list of recent work is cleared, so the next student starts clean.");
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Hand in, then finish…").clicked() {
                state.confirm_finish = false;
                state.hand_in = Some(HandInDialog { then_finish: true });
            }
            if ui.button("Finish without handing in").clicked() {
                state.confirm_finish = false;
                state.commands.push(Command::FinishSession);
            }
            if ui.button("Keep working").clicked() {
                state.confirm_finish = false;
                state.focus_editor = true;
            }
        });
    });
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

    fn start_screen(&mut self) -> Option<&mut StartScreen> {
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
            return self.state.notify(
                "Type your name first",
                "Your name goes on your answers and your study sheet.",
            );
        }
        let reading = match entry.load() {
            Ok(r) => r,
            Err(e) => return self.state.notify("This reading could not be opened", e),
        };
        let path = paths::student_answers_path(
            self.state.settings.answers_folder.as_deref(),
            &name,
            &reading,
        );
        self.start_work(Document::open(reading, path), &name);
    }

    /// Continues a piece of recent work.
    pub(super) fn open_recent(&mut self, index: usize) {
        let Some(recent) = self.state.settings.recent.get(index).cloned() else {
            return;
        };
        let reading = match crate::reading::find_by_origin(&recent.reading) {
            Ok(r) => r,
            Err(e) => return self.state.notify("This reading could not be opened", e),
        };
        self.start_work(
            Document::open(reading, Some(recent.answers)),
            &recent.student,
        );
    }

    fn start_work(&mut self, mut doc: Document, name: &str) {
        if doc.sheet.student.trim().is_empty() {
            doc.set_student(name, std::time::Instant::now());
        }
        self.state.replace_document(doc);
        self.state.screen = Screen::Work;
        self.state.remember_recent();
    }

    pub(super) fn reading_picked_for_library(&mut self, path: PathBuf) {
        match Library::preview(&path) {
            Ok(preview) => {
                if let Some(start) = self.start_screen() {
                    start.preview = Some((path, preview));
                }
            }
            Err(e) => self
                .state
                .notify("This reading could not be opened", e.to_string()),
        }
    }

    pub(super) fn confirm_add_reading(&mut self) {
        let Some((path, _)) = self.start_screen().and_then(|s| s.preview.take()) else {
            return;
        };
        match self.library.add(&path) {
            Ok(_) => self.refresh_library(),
            Err(e) => self.state.notify("The reading was not added", e),
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
            Err(e) => self.state.notify("The reading was not removed", e),
        }
    }

    fn refresh_library(&mut self) {
        let entries = self.library.entries();
        if let Some(start) = self.start_screen() {
            start.entries = entries;
            start.progress_for = None;
        }
    }

    /// Reads a folder of handed-in answers into the Class view.
    pub(super) fn open_class(&mut self, folder: PathBuf) {
        match crate::collect::collect(&folder) {
            Ok(collected) => {
                self.state.class = Some(super::class::ClassView {
                    folder,
                    collected,
                    anonymize: false,
                })
            }
            Err(e) => self.state.notify("The folder could not be read", e),
        }
    }

    /// Writes each group's class sheet (format from the file name) and CSV summary beside it.
    pub(super) fn export_class(&mut self, path: PathBuf) {
        let Some(view) = &self.state.class else {
            return;
        };
        let format = Format::of_path(&path).unwrap_or(Format::Html);
        let mut collected = match crate::collect::collect(&view.folder) {
            Ok(c) => c,
            Err(e) => return self.state.notify("The class sheet was not exported", e),
        };
        if view.anonymize {
            collected.anonymize();
        }
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "class-sheet".to_owned());
        let dir = crate::files::parent_dir(&path);
        match collected.write_sheets(&dir, Some(&stem), format, &export::today()) {
            Ok(written) => {
                let lines: Vec<String> = written
                    .iter()
                    .map(|w| format!("{}\n{}", w.sheet.display(), w.csv.display()))
                    .collect();
                self.state
                    .notify("Class sheet exported", lines.join("\n\n"));
            }
            Err(e) => self.state.notify("The class sheet was not exported", e),
        }
    }

    pub(super) fn answers_folder_chosen(&mut self, folder: PathBuf) {
        self.state.settings.answers_folder = Some(folder);
        if let Some(start) = self.start_screen() {
            start.progress_for = None;
        }
    }

    /// Writes the sheet and a copy of the answers into `folder`, and says where they went.
    pub(super) fn hand_in_to(&mut self, folder: PathBuf) {
        let then_finish = self.state.hand_in.take().is_some_and(|h| h.then_finish);
        let doc = &mut self.state.doc;
        if doc.has_unsaved_work() && doc.path.is_some() {
            let _ = doc.save(now()); // The hand-in copies what is in memory either way.
        }
        let (format, paper) = (
            self.state.settings.hand_in_format,
            self.state.settings.paper,
        );
        match crate::handin::hand_in(&folder, &doc.reading, &doc.sheet, format, paper, &export::today()) {
            Ok(done) => {
                self.state.notify(
                    "Handed in",
                    format!("Your study sheet:\n{}\n\nA copy of your answers:\n{}", done.sheet.display(), done.answers.display()),
                );
                if then_finish {
                    self.finish_session();
                }
            }
            Err(e) => self.state.notify(
                "Not handed in",
                format!("{e}\n\nNothing was lost: your answers are still here and saved as before. Check the folder and try again."),
            ),
        }
    }

    /// Saves, closes the student's files, clears the recent list and returns to the start
    /// screen. If the answers cannot be saved, the session stays open.
    pub(super) fn finish_session(&mut self) {
        let doc = &mut self.state.doc;
        if doc.has_unsaved_work() && doc.save(now()).is_err() {
            let error = doc.save_error.clone().unwrap_or_default();
            return self.state.notify("Your answers could not be saved", format!("{error}\n\nThe session stays open so nothing is lost. Use Save As or Hand in first."));
        }
        doc.finish_background();
        self.state.settings.recent.clear();
        // A blank document in place of the student's, holding no file open.
        let placeholder = Document::placeholder(crate::reading::BUNDLED[0].parse());
        self.state.replace_document(placeholder);
        self.go_to_start();
    }
}
