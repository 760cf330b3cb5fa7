//! File dialogs behind a small trait, so tests never open one.
//!
//! A request says what kind of dialog it wants (open a file, save a file, pick a folder) and
//! every answer says what happened: a path, a cancel, or a failure. A failure is never taken
//! for a cancel: the app then opens its own chooser (`ui/chooser.rs`), so a click on "Hand in…"
//! always leads somewhere. The native dialogs are in `native.rs`.

mod native;

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

pub use native::RfdDialogs;

listed_enum! {
    /// Why a dialog was opened, so its answer goes to the right place.
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
        /// Where to write a library reading for the class (*Share…*).
        ShareReading,
        /// A feedback file a teacher returned.
        OpenFeedback,
        /// The folder to return feedback into.
        ReturnFeedback,
        /// A rubric file to use for the reading in the Class view.
        ImportRubric,
        /// Where to write the Class view's rubric.
        ExportRubric,
        /// A ZIP of hand-ins, for the Class view.
        ClassZip,
        /// Moodle's grading worksheet, to fill in.
        Worksheet,
    }
}

impl Purpose {
    /// Whether this purpose asks for an existing file, a file to write, or a folder. One
    /// place decides it, so a folder purpose can never open a file picker.
    pub fn kind_of_dialog(self) -> Want {
        match self {
            Purpose::OpenReading
            | Purpose::OpenAnswers
            | Purpose::AddReading
            | Purpose::OpenFeedback
            | Purpose::ImportRubric
            | Purpose::ClassZip
            | Purpose::Worksheet => Want::File,
            Purpose::SaveAnswersAs
            | Purpose::Export
            | Purpose::ClassExport
            | Purpose::ShareReading
            | Purpose::ExportRubric => Want::NewFile,
            Purpose::HandIn
            | Purpose::AnswersFolder
            | Purpose::ClassFolder
            | Purpose::ReturnFeedback => Want::Folder,
        }
    }
}

/// The three kinds of dialog, without their details.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Want {
    File,
    NewFile,
    Folder,
}

/// A filter of a file dialog: its name and the extensions it shows (`*` for all files).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filter {
    pub name: String,
    pub extensions: Vec<String>,
}

impl Filter {
    pub fn new(name: &str, extensions: &[&str]) -> Filter {
        Filter {
            name: name.to_owned(),
            extensions: extensions.iter().map(|e| (*e).to_owned()).collect(),
        }
    }

    /// Whether a file called `name` passes this filter (extensions ignore case).
    pub fn matches(&self, name: &str) -> bool {
        let extension = std::path::Path::new(name)
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("");
        self.extensions
            .iter()
            .any(|e| e == "*" || e.eq_ignore_ascii_case(extension))
    }
}

/// The kind of dialog, with what that kind needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogKind {
    /// Choose an existing file; the first filter is shown first.
    OpenFile { filters: Vec<Filter> },
    /// Choose where to write a file, starting from a suggested name.
    SaveFile {
        filters: Vec<Filter>,
        file_name: String,
    },
    /// Choose a folder.
    Folder,
}

impl DialogKind {
    pub fn want(&self) -> Want {
        match self {
            DialogKind::OpenFile { .. } => Want::File,
            DialogKind::SaveFile { .. } => Want::NewFile,
            DialogKind::Folder => Want::Folder,
        }
    }

    pub fn filters(&self) -> &[Filter] {
        match self {
            DialogKind::OpenFile { filters } | DialogKind::SaveFile { filters, .. } => filters,
            DialogKind::Folder => &[],
        }
    }
}

/// What to ask the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DialogRequest {
    pub purpose: Purpose,
    pub title: String,
    pub kind: DialogKind,
    /// The folder to start in.
    pub directory: Option<PathBuf>,
}

/// How a dialog ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogOutcome {
    Chosen(PathBuf),
    Cancelled,
    /// No dialog could be shown (no desktop portal, no zenity…): the reason, in words.
    Failed(String),
}

/// A finished dialog: what was asked, and how it ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DialogAnswer {
    pub request: DialogRequest,
    pub outcome: DialogOutcome,
}

/// Opens file dialogs and reports their answers later.
pub trait FileDialogs {
    /// Starts a dialog. Returns `false` if one is already open.
    fn start(&mut self, request: DialogRequest, ctx: &egui::Context) -> bool;
    /// The answer of a finished dialog, if there is one.
    fn poll(&mut self) -> Option<DialogAnswer>;
}

/// Every request a [`ScriptedDialogs`] was given, readable after it is boxed into the app.
pub type RequestLog = Arc<Mutex<Vec<DialogRequest>>>;

/// Dialogs for tests: each request is recorded and answered at once from a script.
#[derive(Default)]
pub struct ScriptedDialogs {
    /// The outcomes to give, in order; when empty, the user cancels.
    pub script: VecDeque<DialogOutcome>,
    requests: RequestLog,
    ready: Option<DialogAnswer>,
}

impl ScriptedDialogs {
    /// Answers each dialog with the next path, or cancels it for `None`.
    pub fn answering(paths: impl IntoIterator<Item = Option<PathBuf>>) -> ScriptedDialogs {
        ScriptedDialogs::with_outcomes(paths.into_iter().map(|p| match p {
            Some(path) => DialogOutcome::Chosen(path),
            None => DialogOutcome::Cancelled,
        }))
    }

    pub fn with_outcomes(outcomes: impl IntoIterator<Item = DialogOutcome>) -> ScriptedDialogs {
        ScriptedDialogs {
            script: outcomes.into_iter().collect(),
            ..Default::default()
        }
    }

    /// The requests made so far (and to come), shared with this value.
    pub fn requests(&self) -> RequestLog {
        Arc::clone(&self.requests)
    }
}

impl FileDialogs for ScriptedDialogs {
    fn start(&mut self, request: DialogRequest, _ctx: &egui::Context) -> bool {
        if self.ready.is_some() {
            return false;
        }
        let outcome = self.script.pop_front().unwrap_or(DialogOutcome::Cancelled);
        if let Ok(mut log) = self.requests.lock() {
            log.push(request.clone());
        }
        self.ready = Some(DialogAnswer { request, outcome });
        true
    }

    fn poll(&mut self) -> Option<DialogAnswer> {
        self.ready.take()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_match_extensions_in_any_case() {
        let readings = Filter::new("Readings", &["md", "txt"]);
        assert!(readings.matches("a.MD"));
        assert!(readings.matches("notes.txt"));
        assert!(!readings.matches("a.ron"));
        assert!(!readings.matches("md"));
        assert!(Filter::new("All", &["*"]).matches("anything"));
    }
}
