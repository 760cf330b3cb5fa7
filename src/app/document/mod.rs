//! The open document: a reading, the student's answers to it, and where they are saved.
//!
//! This is app state with no egui in it, so the rules that keep work safe are tested without a
//! window: save shortly after typing stops; keep a recovery copy apart from the file; never
//! write over a file that could not be read, that another window holds, or that something else
//! changed on disk.

mod open;
mod recorder;
mod saver;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use jiff::Timestamp;

use crate::answers::lock::{self, FileLock, LockOutcome};
use crate::answers::recovery::{self, Recovery, RecoveryError};
use crate::answers::{self, AnswerSheet, Expect, SaveOptions};
use crate::app::Notice;
use crate::files::Writer;
use crate::reading::{Prompt, Reading};

pub use open::RecoveryOffer;
pub use recorder::{Input, STEP_LONGEST, STEP_PAUSE};

/// How long typing must pause before Lectern saves by itself.
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(1500);

/// How long typing must pause before a recovery copy is written: sooner than the autosave, so a
/// power cut costs at most a moment of typing.
pub const RECOVERY_DELAY: Duration = Duration::from_millis(300);

/// How long autosave waits after a failed save before it tries again (a USB stick pulled and
/// put back, a network folder that comes back).
pub const RETRY_DELAY: Duration = Duration::from_secs(10);

/// How often the window looks for news from the saving thread while it works.
const POLL: Duration = Duration::from_millis(20);

/// The current time to the second: answers files record when, not how many nanoseconds.
pub fn now() -> Timestamp {
    let t = Timestamp::now();
    t.round(jiff::Unit::Second).unwrap_or(t)
}

/// Why the answers did not reach their file.
#[derive(Clone, Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{}", crate::t!("err-no-file"))]
    NoFile,
    #[error("{}", crate::t!("err-save-unreadable", path = .0.display().to_string()))]
    Unreadable(PathBuf),
    #[error("{}", crate::t!("err-save-held", path = .0.display().to_string()))]
    HeldElsewhere(PathBuf),
    #[error("{}", crate::t!("err-no-conflict-copy", path = .changed.display().to_string(), error = .source.to_string()))]
    NoConflictCopy {
        changed: PathBuf,
        source: answers::SaveError,
    },
    #[error(transparent)]
    Write(#[from] answers::SaveError),
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
    /// Where the answers stand against their file: unsaved since when, saved when, saving,
    /// failed with what.
    status: SaveStatus,
    /// What this window last saw in the file, to notice changes made by something else.
    known: Expect,
    /// Keeps other windows from writing the same file.
    _lock: Option<FileLock>,
    recovery: Recovery,
    /// A recovery copy holds every change made so far.
    recovery_current: bool,
    /// Where the last recovery copy went, shown when a save fails.
    pub recovery_copy: Option<PathBuf>,
    /// Newer work found in a recovery copy at open, waiting for the student's choice.
    pub recovery_offer: Option<RecoveryOffer>,
    /// Messages for the student, taken by the window.
    pub notices: Vec<Notice>,
    /// The teacher's feedback on these answers, shown read-only: found beside the answers
    /// file (`NAME.feedback.ron`) when it opened, or opened with *Open feedback…*.
    pub feedback: Option<crate::feedback::Shown>,
    /// How bytes reach the disk; tests make it fail like a full disk.
    pub writer: Writer,
    /// Writes autosaves and recovery copies off the window's thread.
    saver: saver::Saver,
    /// Turns the writing into each answer's history.
    recorder: recorder::Recorder,
    /// Counts edits, so a background save knows whether it saved the latest.
    generation: u64,
    /// Counts changes to citations and highlights.
    evidence_generation: u64,
    /// A recovery copy is with the saving thread.
    recovering: bool,
    /// The student was told no recovery copy could be written, and none has been since.
    warned_no_recovery: bool,
}

/// Where the answers stand against their file: the save machine's one record, private to the
/// document and read through its methods ([`Document::has_unsaved_work`],
/// [`Document::last_saved`], [`Document::save_failure`]). A record of five parts, not one
/// state: an autosave can be with the saving thread while the student types on after a
/// failed save, and all three must hold at once.
#[derive(Debug, Default)]
struct SaveStatus {
    /// The last change not yet in the file, when there is one: autosave is due a pause after.
    unsaved_since: Option<Instant>,
    /// When the answers last reached the file (this session, or the file's time at open).
    saved_at: Option<Timestamp>,
    /// An autosave is with the saving thread.
    saving: bool,
    /// The last save's failure, shown until a save succeeds. Kept typed, so it is said in the
    /// language the window shows when it is shown, not the one it had when the save failed.
    failure: Option<SaveError>,
    /// When a write failed: autosave tries again [`RETRY_DELAY`] after. Apart from `failure`:
    /// a refused *Save as…* is shown but does not hold autosave back, and a dead saving thread
    /// lets saving go on at once while its failure stays shown.
    retry_from: Option<Instant>,
}

/// What the saving thread is asked to write.
#[derive(Clone, Copy)]
enum Queue {
    Save,
    Recovery,
}

impl Document {
    /// Sets the answer to `prompt`, typed or pasted as `input` says, recording it in the
    /// answer's history; marks the document changed if it was.
    pub fn set_answer(
        &mut self,
        prompt: &Prompt,
        text: &str,
        now: Timestamp,
        at: Instant,
        input: Input,
    ) {
        let id = &prompt.id;
        match input {
            Input::Typed => {
                if self.sheet.text(id) != text {
                    self.recorder.before_change(&mut self.sheet, id, now);
                }
                if self.sheet.set_answer(prompt, text, now) {
                    self.touch(at);
                }
            }
            Input::Pasted => {
                self.recorder.settle(&mut self.sheet, id);
                let before = self.sheet.text(id).to_owned();
                if self.sheet.set_answer(prompt, text, now) {
                    let reading = &self.reading;
                    self.recorder
                        .pasted(&mut self.sheet, reading, id, &before, now);
                    self.touch(at);
                }
            }
        }
    }

    /// Puts back version `version` (the text after that many steps) of the answer to
    /// `prompt`: a step of its own, so the text it replaces stays in the history. False when
    /// there is no such version, or it is the text already there.
    pub fn restore_version(
        &mut self,
        prompt: &Prompt,
        version: usize,
        now: Timestamp,
        at: Instant,
    ) -> bool {
        self.recorder.settle(&mut self.sheet, &prompt.id);
        let Some(answer) = self.sheet.answer(&prompt.id) else {
            return false;
        };
        let Ok(text) = answer.version(version) else {
            return false;
        };
        let before = answer.text.clone();
        if !self.sheet.set_answer(prompt, &text, now) {
            return false;
        }
        let number = u32::try_from(version).unwrap_or(u32::MAX);
        self.recorder
            .restored(&mut self.sheet, &prompt.id, &before, number, now);
        self.touch(at);
        true
    }

    /// Makes every change not yet a step of its answer's history one (before the history is
    /// shown, or the answers handed in).
    pub fn record_history(&mut self) {
        self.recorder.commit_all(&mut self.sheet);
    }

    /// The answers as they are to be written to a file: with the change being written as the
    /// last step of its answer's history, so the file's history ends at its text.
    pub fn sheet_to_write(&mut self) -> std::borrow::Cow<'_, AnswerSheet> {
        match self.recorder.sheet_to_write(&self.sheet) {
            Some(sheet) => std::borrow::Cow::Owned(sheet),
            None => std::borrow::Cow::Borrowed(&self.sheet),
        }
    }

    /// Changes the sheet through `change` (citations, highlights), which says whether it
    /// changed anything; a change is saved like typing is.
    pub fn edit_sheet(
        &mut self,
        at: Instant,
        change: impl FnOnce(&mut crate::answers::AnswerSheet) -> bool,
    ) -> bool {
        let changed = change(&mut self.sheet);
        if changed {
            self.touch(at);
            self.evidence_generation += 1;
        }
        changed
    }

    /// Goes up with every change to the sheet, so views can tell when to look again.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Goes up when citations or highlights may have changed (not with typing), so the marks
    /// drawn over the article are built again exactly then.
    pub fn evidence_generation(&self) -> u64 {
        self.evidence_generation
    }

    pub fn set_student(&mut self, name: &str, at: Instant) {
        if self.sheet.student != name {
            self.sheet.student = name.to_owned();
            self.touch(at);
        }
    }

    fn touch(&mut self, at: Instant) {
        self.generation += 1;
        self.status.unsaved_since = Some(at);
        self.recovery_current = false;
    }

    /// Whether closing now would lose work: changes that have not reached the file.
    pub fn has_unsaved_work(&self) -> bool {
        self.status.unsaved_since.is_some()
    }

    /// When the answers last reached their file.
    pub fn last_saved(&self) -> Option<Timestamp> {
        self.status.saved_at
    }

    /// Why the last save failed, while no save has worked since.
    pub fn save_failure(&self) -> Option<&SaveError> {
        self.status.failure.as_ref()
    }

    /// Does what is due at `now` (a recovery copy, an autosave) and says when to look again.
    /// Both are written by the saving thread: the window only hands over a copy of the sheet.
    pub fn tick(&mut self, now: Instant) -> Option<Duration> {
        self.take_reports(false);
        let poll = (self.saver.in_flight > 0).then_some(POLL);
        let Some(last_edit) = self.status.unsaved_since else {
            return poll;
        };
        let recovery_due = last_edit + RECOVERY_DELAY;
        let save_now =
            !self.status.saving && self.autosave_due_in(now).is_some_and(|d| d.is_zero());
        if save_now {
            // The save makes a recovery copy pointless (a failed save writes one anyway).
            self.queue(Queue::Save);
        } else if !self.recovery_current && !self.recovering && now >= recovery_due {
            self.queue(Queue::Recovery);
        }
        let next_recovery = (!self.recovery_current && !self.recovering)
            .then(|| recovery_due.saturating_duration_since(now));
        let next_save = if self.status.saving {
            None
        } else {
            self.autosave_due_in(now)
        };
        let poll = (self.saver.in_flight > 0).then_some(POLL);
        [next_recovery, next_save, poll].into_iter().flatten().min()
    }

    /// Waits until the saving thread has written everything it was given, and takes its
    /// reports. Done before every save made in the foreground, so writes stay in order.
    pub fn finish_background(&mut self) {
        self.take_reports(true);
    }

    fn queue(&mut self, what: Queue) {
        let sheet = Box::new(self.sheet_to_write().into_owned());
        let generation = self.generation;
        let job = match what {
            Queue::Save => {
                let Some(path) = self.path.clone() else {
                    return;
                };
                let options = SaveOptions {
                    expect: self.known.clone(),
                    writer: self.writer,
                };
                saver::Job::Save {
                    path,
                    sheet,
                    options,
                    generation,
                }
            }
            Queue::Recovery => saver::Job::Recover {
                recovery: self.recovery.clone(),
                sheet,
                generation,
            },
        };
        match self.saver.send(job) {
            Ok(()) => match what {
                Queue::Save => self.status.saving = true,
                Queue::Recovery => self.recovering = true,
            },
            // No thread to hand it to: do it here, late rather than never. A failure is kept
            // in the save status and retried like any failed save.
            Err(_) => match what {
                Queue::Save => {
                    let _ = self.save(self::now());
                }
                Queue::Recovery => self.write_recovery(),
            },
        }
    }

    fn take_reports(&mut self, wait: bool) {
        let reports = if wait {
            self.saver.wait_all()
        } else {
            self.saver.ready()
        };
        for report in reports {
            match report {
                saver::Done::Saved {
                    path,
                    generation,
                    result,
                } => {
                    self.status.saving = false;
                    self.saved_in_background(path, generation, result);
                }
                saver::Done::Recovered { generation, result } => {
                    self.recovering = false;
                    match result {
                        Ok(place) => {
                            self.recovery_current = generation == self.generation;
                            self.recovery_copy = Some(place);
                        }
                        Err(e) => self.recovery_failed(e),
                    }
                }
                saver::Done::Died => {
                    // Whatever it held is lost; what it held is still in memory, so nothing
                    // of the student's is. From now on `queue` saves on the window's thread.
                    self.status.saving = false;
                    self.recovering = false;
                    self.recovery_current = false;
                    self.notices.push(Notice::new(
                        crate::t!("saver-died-title"),
                        crate::t!("saver-died"),
                    ));
                    self.status.retry_from = None;
                }
            }
        }
    }

    fn saved_in_background(
        &mut self,
        path: PathBuf,
        generation: u64,
        result: Result<answers::DiskStamp, answers::SaveError>,
    ) {
        if self.path.as_ref() != Some(&path) {
            return; // Saved As elsewhere meanwhile; that save is the one that counts.
        }
        match result {
            Ok(stamp) => {
                if generation == self.generation {
                    self.saved(path, stamp, self::now());
                } else {
                    // Typing went on while it saved: on disk, but not the latest yet.
                    self.reached_disk(stamp, self::now());
                }
            }
            // Either way the outcome is kept in the save status, shown in the status bar.
            Err(answers::SaveError::ChangedOnDisk { .. }) => {
                let _ = self.save_beside_changed_file(path, self::now());
            }
            Err(e) => self.save_failed(SaveError::Write(e)),
        }
    }

    fn save_failed(&mut self, error: SaveError) {
        self.status.failure = Some(error);
        self.status.retry_from = Some(Instant::now());
        self.write_recovery();
    }

    /// How long until an autosave is due, if one is waiting; zero means now.
    pub fn autosave_due_in(&self, now: Instant) -> Option<Duration> {
        let last_edit = self.status.unsaved_since?;
        self.path.as_ref()?;
        let due = match self.status.retry_from {
            Some(failed) => failed + RETRY_DELAY,
            None => last_edit + AUTOSAVE_DELAY,
        };
        Some(due.saturating_duration_since(now))
    }

    /// Writes a recovery copy of the current answers; says where, or why not.
    pub fn write_recovery(&mut self) {
        let written = match self.recorder.sheet_to_write(&self.sheet) {
            Some(sheet) => self.recovery.write(&sheet),
            None => self.recovery.write(&self.sheet),
        };
        match written {
            Ok(place) => {
                self.recovery_current = true;
                self.recovery_copy = Some(place);
                self.warned_no_recovery = false;
            }
            Err(e) => self.recovery_failed(e),
        }
    }

    /// Nowhere at all could take a recovery copy: say so, once until one works again.
    fn recovery_failed(&mut self, error: RecoveryError) {
        if !self.warned_no_recovery {
            self.notices.push(Notice::new(
                crate::t!("recovery-failed-title"),
                crate::t!("recovery-failed", error = error.to_string()),
            ));
            self.warned_no_recovery = true;
        }
        self.recovery_copy = None;
    }

    /// Saves to the current path. A failure is kept in the save status and returned.
    pub fn save(&mut self, now: Timestamp) -> Result<(), SaveError> {
        self.finish_background();
        let Some(path) = self.path.clone() else {
            self.status.failure = Some(SaveError::NoFile);
            self.write_recovery();
            return Err(SaveError::NoFile);
        };
        let expect = self.known.clone();
        self.save_to(path, expect, now)
    }

    /// Saves to `path` (chosen in a dialog, so whatever is there may be replaced, unless it is
    /// unreadable or open in another window) and makes it the current file.
    pub fn save_as(&mut self, path: PathBuf, now: Timestamp) -> Result<(), SaveError> {
        self.finish_background();
        if self.unreadable.as_deref() == Some(path.as_path()) {
            let e = SaveError::Unreadable(path);
            self.status.failure = Some(e.clone());
            return Err(e);
        }
        if self.path.as_deref() != Some(path.as_path()) {
            match lock::lock(&path) {
                LockOutcome::Locked(l) => self._lock = Some(l),
                LockOutcome::HeldElsewhere => {
                    let e = SaveError::HeldElsewhere(path);
                    self.status.failure = Some(e.clone());
                    return Err(e);
                }
                LockOutcome::Unavailable(_) => self._lock = None,
            }
        }
        self.save_to(path, Expect::Anything, now)
    }

    fn save_to(&mut self, path: PathBuf, expect: Expect, now: Timestamp) -> Result<(), SaveError> {
        let options = SaveOptions {
            expect,
            writer: self.writer,
        };
        let sheet = self.sheet_to_write().into_owned();
        match answers::save_with(&path, &sheet, &options) {
            Ok(stamp) => {
                self.saved(path, stamp, now);
                Ok(())
            }
            Err(answers::SaveError::ChangedOnDisk { .. }) => {
                self.save_beside_changed_file(path, now)
            }
            Err(e) => {
                self.save_failed(SaveError::Write(e.clone()));
                Err(SaveError::Write(e))
            }
        }
    }

    /// The sheet as it was at the latest change is in `path`.
    fn saved(&mut self, path: PathBuf, stamp: answers::DiskStamp, now: Timestamp) {
        self.recovery.clear();
        self.recovery = Recovery::for_answers(Some(&path), &self.reading);
        self.recovery_copy = None;
        self.path = Some(path);
        self.unreadable = None;
        self.status.unsaved_since = None;
        self.reached_disk(stamp, now);
    }

    /// A save reached the disk (the latest change or not): what is there now is known, and
    /// any earlier failure is over.
    fn reached_disk(&mut self, stamp: answers::DiskStamp, now: Timestamp) {
        self.known = Expect::Stamp(stamp);
        self.status.saved_at = Some(now);
        self.status.failure = None;
        self.status.retry_from = None;
    }

    /// The file changed under us: both versions are kept. Ours goes to a new file beside it,
    /// which becomes the file this window saves to.
    fn save_beside_changed_file(
        &mut self,
        changed: PathBuf,
        now: Timestamp,
    ) -> Result<(), SaveError> {
        let copy = open::sibling(&changed, "conflict");
        let sheet = self.sheet_to_write().into_owned();
        match answers::save_with(
            &copy,
            &sheet,
            &SaveOptions {
                expect: Expect::Absent,
                writer: self.writer,
            },
        ) {
            Ok(stamp) => {
                self._lock = match lock::lock(&copy) {
                    LockOutcome::Locked(l) => Some(l),
                    _ => None,
                };
                self.notices.push(Notice::new(
                    crate::t!("conflict-title"),
                    crate::t!(
                        "conflict",
                        changed = changed.display().to_string(),
                        copy = copy.display().to_string()
                    ),
                ));
                self.saved(copy, stamp, now);
                Ok(())
            }
            Err(source) => {
                let e = SaveError::NoConflictCopy { changed, source };
                self.save_failed(e.clone());
                Err(e)
            }
        }
    }

    /// Takes the newer work from the recovery copy offered at open.
    pub fn restore_recovery(&mut self, at: Instant) {
        if let Some(offer) = self.recovery_offer.take() {
            let mut sheet = offer.found.sheet;
            sheet.attach(&self.reading);
            self.sheet = sheet;
            self.recorder.forget();
            self.touch(at);
            self.evidence_generation += 1;
        }
    }

    /// Keeps the saved version; the recovery copy is moved aside, not deleted.
    pub fn keep_saved_version(&mut self) {
        if let Some(offer) = self.recovery_offer.take() {
            match recovery::set_aside(&offer.found.path) {
                Ok(kept) => self.notices.push(Notice::new(
                    crate::t!("set-aside-title"),
                    crate::t!("set-aside", path = kept.display().to_string()),
                )),
                Err(e) => self.notices.push(Notice::new(
                    crate::t!("not-set-aside-title"),
                    crate::t!(
                        "not-set-aside",
                        path = offer.found.path.display().to_string(),
                        error = e.to_string()
                    ),
                )),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reading::BUNDLED;

    fn isolate() {
        crate::paths::use_data_dir(
            std::env::temp_dir().join(format!("lectern-unit-tests-{}", std::process::id())),
        );
    }

    fn first_prompt(doc: &Document) -> Prompt {
        isolate();
        doc.reading.prompts().next().unwrap().clone()
    }

    #[test]
    fn autosave_is_due_after_the_pause_and_not_before() {
        isolate();
        let dir = tempfile::tempdir().unwrap();
        let mut doc = Document::open(BUNDLED[0].parse(), Some(dir.path().join("a.ron")));
        assert!(doc.notices.is_empty());
        let t0 = Instant::now();
        assert_eq!(doc.autosave_due_in(t0), None, "nothing to save");
        let prompt = first_prompt(&doc);
        doc.set_answer(&prompt, "text", now(), t0, Input::Typed);
        assert_eq!(doc.autosave_due_in(t0), Some(AUTOSAVE_DELAY));
        assert_eq!(
            doc.autosave_due_in(t0 + AUTOSAVE_DELAY),
            Some(Duration::ZERO)
        );
        doc.save(now()).unwrap();
        assert_eq!(doc.autosave_due_in(t0 + AUTOSAVE_DELAY), None);
        assert!(doc.last_saved().is_some());
    }

    #[test]
    fn a_failed_save_is_retried_later_and_the_text_stays() {
        isolate();
        let dir = tempfile::tempdir().unwrap();
        // A path under a regular file cannot be created, even by root.
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, "x").unwrap();
        let mut doc = Document::open(BUNDLED[0].parse(), Some(dir.path().join("a.ron")));
        doc.path = Some(blocker.join("a.ron"));
        let prompt = first_prompt(&doc);
        doc.set_answer(&prompt, "keep me", now(), Instant::now(), Input::Typed);
        assert!(doc.save(now()).is_err());
        assert!(doc.save_failure().is_some());
        assert!(doc.has_unsaved_work());
        assert_eq!(doc.sheet.text(&prompt.id), "keep me");
        let due = doc.autosave_due_in(Instant::now()).unwrap();
        assert!(
            due > AUTOSAVE_DELAY && due <= RETRY_DELAY,
            "retry waits longer: {due:?}"
        );
    }

    #[test]
    fn an_unreadable_file_is_never_a_save_target() {
        isolate();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.ron");
        std::fs::write(&path, "garbage").unwrap();
        let mut doc = Document::open(BUNDLED[0].parse(), Some(path.clone()));
        assert_eq!(doc.notices.len(), 1);
        assert!(doc.notices[0].body.contains("bad.ron"));
        assert_eq!(doc.path, None);
        let prompt = first_prompt(&doc);
        doc.set_answer(&prompt, "new", now(), Instant::now(), Input::Typed);
        assert!(doc.save(now()).is_err());
        assert!(doc.save_as(path.clone(), now()).is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "garbage");
        let other = dir.path().join("good.ron");
        doc.save_as(other.clone(), now()).unwrap();
        assert_eq!(doc.path, Some(other));
        assert!(!doc.has_unsaved_work());
    }

    /// The failure is kept as what happened, not as words: a Kazakh student who switches the
    /// window to Kazakh after a save failed reads it in Kazakh (it was English text before).
    #[test]
    fn a_failed_save_is_said_in_the_language_shown_now() {
        use crate::i18n::{Language, set_language};
        isolate();
        let dir = tempfile::tempdir().unwrap();
        let mut doc = Document::open(BUNDLED[0].parse(), Some(dir.path().join("a.ron")));
        doc.writer = Writer::FullAfter(0);
        let prompt = first_prompt(&doc);
        doc.set_answer(&prompt, "сақта", now(), Instant::now(), Input::Typed);
        set_language(Language::English);
        assert!(doc.save(now()).is_err());
        set_language(Language::Kazakh);
        let said = doc.save_failure().expect("kept").to_string();
        set_language(Language::English);
        assert!(said.contains("диск толы"), "{said}");
    }
}
