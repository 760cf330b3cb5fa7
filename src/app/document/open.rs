//! Opening a document: load the answers if they are there, take the file's lock, and look for
//! newer work left in a recovery copy.

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use super::{Document, SaveStatus};
use crate::answers::lock::{self, LockOutcome};
use crate::answers::recovery::{Found, Recovery};
use crate::answers::{self, AnswerSheet, Expect};
use crate::app::Notice;
use crate::files::Writer;
use crate::reading::Reading;

/// Newer work found in a recovery copy: the window asks whether to restore it.
#[derive(Clone, Debug, PartialEq)]
pub struct RecoveryOffer {
    pub found: Found,
}

impl RecoveryOffer {
    /// When the copy was written, in the machine's time zone.
    pub fn when(&self) -> String {
        Timestamp::try_from(self.found.modified)
            .map(|t| {
                t.to_zoned_datetime(jiff::tz::TimeZone::system())
                    .strftime("%A %H:%M")
                    .to_string()
            })
            .unwrap_or_else(|_| crate::t!("recovery-earlier-session"))
    }
}

/// `NAME (WHAT YYYY-MM-DD HH-MM-SS).ron` beside `path`: a new file for a copy.
pub fn sibling(path: &Path, what: &str) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "answers".to_owned());
    let stamp = jiff::ZonedDateTime::now()
        .strftime("%Y-%m-%d %H-%M-%S")
        .to_string();
    let mut candidate = path.with_file_name(format!("{stem} ({what} {stamp}).ron"));
    let mut n = 2;
    while candidate.exists() {
        candidate = path.with_file_name(format!("{stem} ({what} {stamp} {n}).ron"));
        n += 1;
    }
    candidate
}

impl Document {
    /// Opens `reading` with the answers at `path`: loads them if the file exists, starts a new
    /// sheet there if it does not, and if it cannot be read starts an unsaved sheet and says why.
    /// Anything the student must know is in `notices`.
    pub fn open(reading: Reading, path: Option<PathBuf>) -> Document {
        let mut doc = Document::placeholder(reading);
        doc.recovery = Recovery::for_answers(path.as_deref(), &doc.reading);
        if let Some(path) = path {
            doc.open_file(path);
        }
        doc.offer_recovery();
        doc.find_feedback();
        doc
    }

    /// Takes the teacher's feedback kept beside the answers file, if it is there and is for
    /// these answers; anything else is said, and nothing is changed.
    fn find_feedback(&mut self) {
        let Some(path) = &self.path else { return };
        let beside = crate::feedback::feedback_path(path);
        if !beside.exists() {
            return;
        }
        let found = crate::feedback::load_feedback(&beside)
            .map_err(|e| e.to_string())
            .and_then(|f| f.fit(&self.sheet).map(|_| f).map_err(|e| e.to_string()));
        match found {
            Ok(feedback) => {
                let prompts = self.reading.prompt_count();
                self.feedback = Some(crate::feedback::Shown::new(feedback, prompts));
            }
            Err(e) => self.notices.push(Notice::new(
                crate::t!("feedback-not-shown-title"),
                format!(
                    "{e}\n\n{}",
                    crate::t!("feedback-not-shown", path = beside.display().to_string())
                ),
            )),
        }
    }

    /// A document with no file: nothing to load, nothing saved, no recovery offered. Stands in
    /// while the start screen shows.
    pub fn placeholder(reading: Reading) -> Document {
        Document {
            sheet: AnswerSheet::new(&reading),
            recovery: Recovery::for_answers(None, &reading),
            reading,
            path: None,
            unreadable: None,
            status: SaveStatus::default(),
            known: Expect::Absent,
            _lock: None,
            recovery_current: true,
            recovery_copy: None,
            recovery_offer: None,
            notices: Vec::new(),
            feedback: None,
            writer: Writer::Real,
            saver: super::saver::Saver::start(),
            recorder: super::recorder::Recorder::default(),
            generation: 0,
            recovering: false,
            warned_no_recovery: false,
            evidence_generation: 0,
        }
    }

    fn open_file(&mut self, path: PathBuf) {
        let path = match lock::lock(&path) {
            LockOutcome::Locked(l) => {
                self._lock = Some(l);
                path
            }
            LockOutcome::HeldElsewhere => self.work_on_a_copy(&path),
            // No lock possible (a read-only folder): open anyway; saving will say why it fails.
            LockOutcome::Unavailable(_) => path,
        };
        match answers::load_stamped(&path) {
            Ok((mut sheet, stamp)) => {
                self.report_attach(&mut sheet, &path);
                self.sheet = sheet;
                self.recorder.forget();
                self.status.saved_at = std::fs::metadata(&path)
                    .and_then(|m| m.modified())
                    .ok()
                    .and_then(|t| Timestamp::try_from(t).ok());
                self.known = Expect::Stamp(stamp);
                self.path = Some(path);
            }
            Err(e) if e.is_not_found() => {
                self.known = Expect::Absent;
                self.path = Some(path);
            }
            Err(e) => {
                self.notices.push(Notice::new(
                    crate::t!("answers-unreadable-title"),
                    format!("{e}\n\n{}", crate::t!("answers-unreadable")),
                ));
                self.unreadable = Some(path);
            }
        }
        // An unreadable file keeps its own recovery slot, so its new work is found again.
        let key = self.path.as_deref().or(self.unreadable.as_deref());
        self.recovery = Recovery::for_answers(key, &self.reading);
    }

    /// Another window has `path`: read it, but save to a copy beside it.
    fn work_on_a_copy(&mut self, path: &Path) -> PathBuf {
        let copy = sibling(path, "copy");
        // Said in the notice below: the read's error or the copy's.
        let copied = answers::load(path)
            .map_err(|e| e.to_string())
            .and_then(|sheet| {
                answers::save_with(
                    &copy,
                    &sheet,
                    &answers::SaveOptions {
                        expect: Expect::Absent,
                        writer: Writer::Real,
                    },
                )
                .map_err(|e| e.to_string())
            });
        let body = match &copied {
            Ok(_) => crate::t!(
                "locked-copy",
                path = path.display().to_string(),
                copy = copy.display().to_string()
            ),
            Err(e) => crate::t!(
                "locked-new",
                path = path.display().to_string(),
                error = e.to_string(),
                copy = copy.display().to_string()
            ),
        };
        self.notices
            .push(Notice::new(crate::t!("locked-title"), body));
        if let LockOutcome::Locked(l) = lock::lock(&copy) {
            self._lock = Some(l);
        }
        copy
    }

    fn report_attach(&mut self, sheet: &mut AnswerSheet, path: &Path) {
        let report = sheet.attach(&self.reading);
        if report.different_text {
            self.notices.push(Notice::new(
                crate::t!("other-version-title"),
                crate::t!(
                    "other-version",
                    path = path.display().to_string(),
                    title = &sheet.reading.title
                ),
            ));
        }
        if report.orphans > 0 {
            self.notices.push(Notice::new(
                crate::t!("orphans-title"),
                crate::t!("orphans", count = report.orphans),
            ));
        }
    }

    /// A recovery copy that holds something other than the file is work that never reached
    /// it (copies are removed after every successful save): offer it back.
    fn offer_recovery(&mut self) {
        let search = self.recovery.newest();
        // A copy that does not read may still hold the only trace of some work: it is moved
        // aside (so a later save's clean-up leaves it alone) and the student is told where.
        for (path, reason) in search.unreadable {
            let body = match crate::answers::recovery::set_aside(&path) {
                Ok(kept) => crate::t!(
                    "recovery-unreadable-kept",
                    path = path.display().to_string(),
                    reason = reason.to_string(),
                    kept = kept.display().to_string()
                ),
                Err(e) => crate::t!(
                    "recovery-unreadable-left",
                    path = path.display().to_string(),
                    reason = reason.to_string(),
                    error = e.to_string()
                ),
            };
            self.notices
                .push(Notice::new(crate::t!("recovery-unreadable-title"), body));
        }
        let Some(found) = search.newest else {
            return;
        };
        if found.sheet.student != self.sheet.student || !same_answers(&found.sheet, &self.sheet) {
            self.recovery_offer = Some(RecoveryOffer { found });
        } else {
            self.recovery.clear();
        }
    }
}

fn same_answers(a: &AnswerSheet, b: &AnswerSheet) -> bool {
    let texts = |s: &AnswerSheet| {
        let mut v: Vec<(String, String)> = s
            .answers
            .iter()
            .filter(|a| a.is_answered())
            .map(|a| (a.prompt_id.0.clone(), a.text.clone()))
            .collect();
        v.sort();
        v
    };
    texts(a) == texts(b)
}
