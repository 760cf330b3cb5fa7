//! File dialogs behind a small trait, so tests never open one.
//!
//! rfd's dialogs block the thread that calls them; inside `ui()` that would freeze the window.
//! [`RfdDialogs`] runs each dialog on a thread of its own and hands the answer back on a
//! channel, waking the UI with a repaint.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};

/// Why a dialog was opened, so its answer goes to the right place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Purpose {
    OpenReading,
    OpenAnswers,
    SaveAnswersAs,
    Export,
    /// A reading to add to the library.
    AddReading,
    /// The folder to hand in to.
    HandIn,
    /// The folder where answers are kept.
    AnswersFolder,
    /// A folder of handed-in answers, for the Class view.
    ClassFolder,
    /// Where to write the class sheet.
    ClassExport,
}

/// What to ask the user.
#[derive(Clone, Debug, PartialEq)]
pub struct DialogRequest {
    pub purpose: Purpose,
    pub title: String,
    /// `true` for a save dialog, `false` for an open dialog.
    pub save: bool,
    /// Pick a folder rather than a file.
    pub folder: bool,
    /// Filters as (name, extensions).
    pub filters: Vec<(String, Vec<String>)>,
    pub directory: Option<PathBuf>,
    pub file_name: Option<String>,
}

/// A dialog's answer: the path chosen, or `None` if the user cancelled.
pub type DialogAnswer = (Purpose, Option<PathBuf>);

/// Opens file dialogs and reports their answers later.
pub trait FileDialogs {
    /// Starts a dialog. Returns `false` if one is already open.
    fn start(&mut self, request: DialogRequest, ctx: &egui::Context) -> bool;
    /// The answer of a finished dialog, if there is one.
    fn poll(&mut self) -> Option<DialogAnswer>;
}

/// The real dialogs, by rfd.
#[derive(Default)]
pub struct RfdDialogs {
    pending: Option<Receiver<DialogAnswer>>,
}

impl FileDialogs for RfdDialogs {
    fn start(&mut self, request: DialogRequest, ctx: &egui::Context) -> bool {
        if self.pending.is_some() {
            return false;
        }
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("file-dialog".to_owned())
            .spawn(move || {
                let mut dialog = rfd::FileDialog::new().set_title(&request.title);
                for (name, extensions) in &request.filters {
                    dialog = dialog.add_filter(name, extensions);
                }
                if let Some(dir) = &request.directory {
                    dialog = dialog.set_directory(dir);
                }
                if let Some(name) = &request.file_name {
                    dialog = dialog.set_file_name(name);
                }
                let path = if request.save {
                    dialog.save_file()
                } else {
                    dialog.pick_file()
                };
                // The receiver is gone only if the app has closed; nothing is left to tell.
                let _ = tx.send((request.purpose, path));
                ctx.request_repaint();
            });
        if spawned.is_err() {
            return false;
        }
        self.pending = Some(rx);
        true
    }

    fn poll(&mut self) -> Option<DialogAnswer> {
        let answer = self.pending.as_ref()?.try_recv();
        match answer {
            Ok(answer) => {
                self.pending = None;
                Some(answer)
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => None,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                // The dialog thread died (no portal, no zenity): treat it as a cancel.
                self.pending = None;
                None
            }
        }
    }
}

/// Dialogs for tests: each request is recorded and answered at once from a script.
#[derive(Default)]
pub struct ScriptedDialogs {
    /// The answers to give, in order; when empty, the user cancels.
    pub script: VecDeque<Option<PathBuf>>,
    /// Every request made so far.
    pub requests: Vec<DialogRequest>,
    ready: Option<DialogAnswer>,
}

impl ScriptedDialogs {
    pub fn answering(paths: impl IntoIterator<Item = Option<PathBuf>>) -> ScriptedDialogs {
        ScriptedDialogs {
            script: paths.into_iter().collect(),
            ..Default::default()
        }
    }
}

impl FileDialogs for ScriptedDialogs {
    fn start(&mut self, request: DialogRequest, _ctx: &egui::Context) -> bool {
        if self.ready.is_some() {
            return false;
        }
        let answer = self.script.pop_front().flatten();
        self.ready = Some((request.purpose.clone(), answer));
        self.requests.push(request);
        true
    }

    fn poll(&mut self) -> Option<DialogAnswer> {
        self.ready.take()
    }
}
