//! The open document: a reading, the student's answers to it, and where they are saved.
//!
//! This is app state with no egui in it, so the rules that keep work safe — when to save,
//! when never to overwrite — are tested without a window.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use jiff::Timestamp;

use crate::answers::{self, AnswerSheet, LoadError};
use crate::reading::{Prompt, Reading};

/// How long typing must pause before Lectern saves by itself.
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(1500);

/// How long autosave waits after a failed save before it tries again (a USB stick pulled and
/// put back, a network folder that comes back).
pub const RETRY_DELAY: Duration = Duration::from_secs(10);

/// The current time to the second: answers files record when, not how many nanoseconds.
pub fn now() -> Timestamp {
    let t = Timestamp::now();
    t.round(jiff::Unit::Second).unwrap_or(t)
}

/// A reading with its answers.
pub struct Document {
    pub reading: Reading,
    pub sheet: AnswerSheet,
    /// Where the answers are saved; `None` until the student chooses a place (after a file
    /// failed to load, or when no data folder exists).
    pub path: Option<PathBuf>,
    /// A file that could not be read. It is never written to; saving needs Save As.
    pub unreadable: Option<PathBuf>,
    /// Changes not yet on disk.
    pub dirty: bool,
    pub last_saved: Option<Timestamp>,
    last_edit: Option<Instant>,
    /// The last save's failure, shown until a save succeeds.
    pub save_error: Option<String>,
    /// When the last save failed; autosave tries again after [`RETRY_DELAY`].
    failed_at: Option<Instant>,
}

/// Something the student must be told when a document opens.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenNotice {
    pub title: String,
    pub body: String,
}

impl Document {
    /// Opens `reading` with the answers at `path`: loads them if the file exists, starts a new
    /// sheet there if it does not, and if it cannot be read starts an unsaved sheet and says why.
    pub fn open(reading: Reading, path: Option<PathBuf>) -> (Document, Vec<OpenNotice>) {
        let mut notices = Vec::new();
        let mut doc = Document {
            sheet: AnswerSheet::new(&reading),
            reading,
            path: None,
            unreadable: None,
            dirty: false,
            last_saved: None,
            last_edit: None,
            save_error: None,
            failed_at: None,
        };
        let Some(path) = path else {
            return (doc, notices);
        };
        match answers::load(&path) {
            Ok(mut sheet) => {
                let report = sheet.attach(&doc.reading);
                if report.different_text {
                    notices.push(OpenNotice {
                        title: "These answers were written for another version".to_owned(),
                        body: format!(
                            "{} was saved for \"{}\", and the reading's text has changed since. \
                             Answers are matched to their questions by number and text.",
                            path.display(),
                            sheet.reading.title
                        ),
                    });
                }
                if report.orphans > 0 {
                    notices.push(OpenNotice {
                        title: "Some answers have no question here".to_owned(),
                        body: format!(
                            "{} answers belong to questions that are not in this reading. They are kept, \
                             listed under \"No longer in this reading\", and included in exports.",
                            report.orphans
                        ),
                    });
                }
                doc.sheet = sheet;
                doc.last_saved = std::fs::metadata(&path)
                    .and_then(|m| m.modified())
                    .ok()
                    .and_then(|t| Timestamp::try_from(t).ok());
                doc.path = Some(path);
            }
            Err(LoadError::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
                doc.path = Some(path);
            }
            Err(e) => {
                notices.push(OpenNotice {
                    title: "Your answers file could not be opened".to_owned(),
                    body: format!(
                        "{e}\n\nThe file has not been changed, and Lectern will not write to it. \
                         You can keep working: choose Save As to keep your new answers in another file."
                    ),
                });
                doc.unreadable = Some(path);
            }
        }
        (doc, notices)
    }

    /// Sets the answer to `prompt`; marks the document changed if it was.
    pub fn set_answer(&mut self, prompt: &Prompt, text: &str, now: Timestamp, at: Instant) {
        if self.sheet.set_answer(prompt, text, now) {
            self.touch(at);
        }
    }

    pub fn set_student(&mut self, name: &str, at: Instant) {
        if self.sheet.student != name {
            self.sheet.student = name.to_owned();
            self.touch(at);
        }
    }

    fn touch(&mut self, at: Instant) {
        self.dirty = true;
        self.last_edit = Some(at);
    }

    /// How long until an autosave is due, if one is waiting; zero means now.
    pub fn autosave_due_in(&self, now: Instant) -> Option<Duration> {
        if !self.dirty || self.path.is_none() {
            return None;
        }
        let due = match self.failed_at {
            Some(failed) => failed + RETRY_DELAY,
            None => self.last_edit? + AUTOSAVE_DELAY,
        };
        Some(due.saturating_duration_since(now))
    }

    /// Saves to the current path. Errors are kept in `save_error` and returned.
    pub fn save(&mut self, now: Timestamp) -> Result<(), String> {
        let Some(path) = self.path.clone() else {
            let e = "there is no answers file yet: choose Save As to pick one".to_owned();
            self.save_error = Some(e.clone());
            return Err(e);
        };
        self.save_to(&path, now)
    }

    /// Saves to `path` and makes it the current file.
    pub fn save_as(&mut self, path: PathBuf, now: Timestamp) -> Result<(), String> {
        if self.unreadable.as_deref() == Some(path.as_path()) {
            let e = format!(
                "{} could not be read, so Lectern will not overwrite it; choose another name",
                path.display()
            );
            self.save_error = Some(e.clone());
            return Err(e);
        }
        self.save_to(&path, now)?;
        self.path = Some(path);
        self.unreadable = None;
        Ok(())
    }

    fn save_to(&mut self, path: &Path, now: Timestamp) -> Result<(), String> {
        match answers::save(path, &self.sheet) {
            Ok(()) => {
                self.dirty = false;
                self.last_saved = Some(now);
                self.save_error = None;
                self.failed_at = None;
                Ok(())
            }
            Err(e) => {
                let message = e.to_string();
                self.save_error = Some(message.clone());
                self.failed_at = Some(Instant::now());
                Err(message)
            }
        }
    }

    /// Whether closing now would lose work: changes that have not reached the disk.
    pub fn has_unsaved_work(&self) -> bool {
        self.dirty
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reading::BUNDLED;

    fn first_prompt(doc: &Document) -> Prompt {
        doc.reading.prompts().next().unwrap().clone()
    }

    #[test]
    fn autosave_is_due_after_the_pause_and_not_before() {
        let dir = tempfile::tempdir().unwrap();
        let (mut doc, notices) = Document::open(BUNDLED[0].parse(), Some(dir.path().join("a.ron")));
        assert!(notices.is_empty());
        let t0 = Instant::now();
        assert_eq!(doc.autosave_due_in(t0), None, "nothing to save");
        let prompt = first_prompt(&doc);
        doc.set_answer(&prompt, "text", now(), t0);
        assert_eq!(doc.autosave_due_in(t0), Some(AUTOSAVE_DELAY));
        assert_eq!(
            doc.autosave_due_in(t0 + AUTOSAVE_DELAY),
            Some(Duration::ZERO)
        );
        doc.save(now()).unwrap();
        assert_eq!(doc.autosave_due_in(t0 + AUTOSAVE_DELAY), None);
        assert!(doc.last_saved.is_some());
    }

    #[test]
    fn a_failed_save_is_retried_later_and_the_text_stays() {
        let dir = tempfile::tempdir().unwrap();
        // A path under a regular file cannot be created, even by root.
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, "x").unwrap();
        let (mut doc, _) = Document::open(BUNDLED[0].parse(), Some(dir.path().join("a.ron")));
        doc.path = Some(blocker.join("a.ron"));
        let prompt = first_prompt(&doc);
        doc.set_answer(&prompt, "keep me", now(), Instant::now());
        assert!(doc.save(now()).is_err());
        assert!(doc.save_error.is_some());
        assert!(doc.dirty);
        assert_eq!(doc.sheet.text(&prompt.id), "keep me");
        let due = doc.autosave_due_in(Instant::now()).unwrap();
        assert!(
            due > AUTOSAVE_DELAY && due <= RETRY_DELAY,
            "retry waits longer: {due:?}"
        );
    }

    #[test]
    fn an_unreadable_file_is_never_a_save_target() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.ron");
        std::fs::write(&path, "garbage").unwrap();
        let (mut doc, notices) = Document::open(BUNDLED[0].parse(), Some(path.clone()));
        assert_eq!(notices.len(), 1);
        assert!(notices[0].body.contains("bad.ron"));
        assert_eq!(doc.path, None);
        let prompt = first_prompt(&doc);
        doc.set_answer(&prompt, "new", now(), Instant::now());
        assert!(doc.save(now()).is_err());
        assert!(doc.save_as(path.clone(), now()).is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "garbage");
        let other = dir.path().join("good.ron");
        doc.save_as(other.clone(), now()).unwrap();
        assert_eq!(doc.path, Some(other));
        assert!(!doc.dirty);
    }
}
