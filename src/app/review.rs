//! The teacher's review in the Class view: one hand-in at a time, one answer at a time, with a
//! comment per answer, an overall comment and rubric levels, kept in `NAME.feedback.ron` beside
//! the hand-in. This is the state and the rules; `class.rs` draws it, and the app runs the
//! actions through these methods.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::collect::{Collected, HandIn};
use crate::feedback::{self, Feedback, Rubric, Scope, diff};

/// How long after the last keystroke a comment is written to its file.
pub const FEEDBACK_SAVE_DELAY: Duration = Duration::from_millis(1000);

/// One hand-in under review.
pub struct Review {
    pub group: usize,
    /// The hand-in's index in its group.
    pub index: usize,
    /// The prompt shown, by its index in the group's prompts.
    pub answer: usize,
    /// The feedback being written; `None` when the file beside the hand-in could not be read
    /// (then it is never written over: `problem` says why).
    pub draft: Option<Feedback>,
    pub problem: Option<String>,
    /// The feedback on this student's previous hand-in, when this one has none of its own yet:
    /// what the teacher said then, and what changed since.
    pub earlier: Option<Feedback>,
    /// The draft changed at this moment and is not yet in its file.
    pub dirty_since: Option<Instant>,
    /// The last save's failure, shown until a save works.
    pub save_error: Option<String>,
    /// The comment box's text (owned by the view, as the answer editor owns its text).
    pub comment_text: String,
    /// The overall comment box's text.
    pub overall_text: String,
    /// The comment box takes the keyboard on the next frame (an answer was just shown).
    pub focus_comment: bool,
    /// What changed in the answer shown since the feedback the teacher gave on it, word by
    /// word; worked out when the answer is shown, not every frame (a long rewritten answer
    /// takes milliseconds).
    pub changes: Option<Vec<diff::Change>>,
}

impl Review {
    /// Opens the hand-in at `index` of `group` in `collected`.
    pub fn of(collected: &Collected, group: usize, index: usize) -> Option<Review> {
        let hand_in = collected.groups.get(group)?.sheets.get(index)?;
        let file = hand_in
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (draft, problem) = match &hand_in.feedback {
            Some(Ok(f)) => (Some(f.clone()), None),
            Some(Err(e)) => (
                None,
                Some(crate::t!("review-unreadable", error = e.to_string())),
            ),
            None => (
                Some(Feedback::new(
                    &hand_in.sheet,
                    &file,
                    &hand_in.sha256,
                    crate::app::document::now(),
                )),
                None,
            ),
        };
        let earlier = match &hand_in.feedback {
            None => earlier_feedback(collected, hand_in),
            Some(_) => None,
        };
        let mut review = Review {
            group,
            index,
            answer: 0,
            draft,
            problem,
            earlier,
            dirty_since: None,
            save_error: None,
            comment_text: String::new(),
            overall_text: String::new(),
            focus_comment: true,
            changes: None,
        };
        review.overall_text = review
            .draft
            .as_ref()
            .map(|d| d.overall.clone())
            .unwrap_or_default();
        review.show_answer(collected, 0);
        Some(review)
    }

    pub fn hand_in<'a>(&self, collected: &'a Collected) -> Option<&'a HandIn> {
        self_hand_in(collected, self.group, self.index)
    }

    /// Shows the answer at `answer`; its comment fills the comment box.
    pub fn show_answer(&mut self, collected: &Collected, answer: usize) {
        let Some(group) = collected.groups.get(self.group) else {
            return;
        };
        self.answer = answer.min(group.prompts.len().saturating_sub(1));
        self.focus_comment = true;
        self.comment_text = match (&self.draft, group.prompts.get(self.answer)) {
            (Some(draft), Some((id, _))) => draft.comment(id).to_owned(),
            _ => String::new(),
        };
        self.changes = None;
        let (Some(hand_in), Some((id, _))) =
            (self.hand_in(collected), group.prompts.get(self.answer))
        else {
            return;
        };
        // Feedback on the previous hand-in, or this hand-in's own feedback written on an older
        // version of its file: what the teacher read then.
        let stale = self
            .draft
            .as_ref()
            .filter(|d| !d.is_empty() && d.hand_in.sha256 != hand_in.sha256);
        let read = self.earlier.as_ref().or(stale).and_then(|f| f.answer(id));
        let now = hand_in.sheet.text(id);
        self.changes = read
            .filter(|old| diff::changed(&old.answer, now))
            .map(|old| diff::words(&old.answer, now));
    }

    /// The comment boxes changed: their text goes into the draft, stamped with the answer as
    /// the teacher read it now.
    pub fn commit(&mut self, collected: &Collected, now: Instant) {
        let (Some(draft), Some(hand_in)) = (
            self.draft.as_mut(),
            self_hand_in(collected, self.group, self.index),
        ) else {
            return;
        };
        let Some((id, prompt)) = collected.groups[self.group].prompts.get(self.answer) else {
            return;
        };
        let mut changed = false;
        if draft.overall != self.overall_text {
            draft.overall = self.overall_text.clone();
            changed = true;
        }
        if draft.comment(id) != self.comment_text {
            let entry = draft.answer_mut(id, prompt, hand_in.sheet.text(id));
            entry.comment = self.comment_text.clone();
            entry.answer = hand_in.sheet.text(id).to_owned();
            changed = true;
        }
        if changed {
            self.touch(hand_in, now);
        }
    }

    /// Chooses a rubric level: of the answer shown when `rubric` scores each answer, else of
    /// the sheet. The rubric is copied into the feedback, so the levels keep their meaning.
    pub fn set_level(
        &mut self,
        collected: &Collected,
        rubric: &Rubric,
        criterion: &str,
        level: Option<String>,
        now: Instant,
    ) {
        let (Some(draft), Some(hand_in)) = (
            self.draft.as_mut(),
            self_hand_in(collected, self.group, self.index),
        ) else {
            return;
        };
        draft.rubric = Some(rubric.clone());
        let levels = match rubric.scope {
            Scope::WholeSheet => &mut draft.levels,
            Scope::EachAnswer => {
                let Some((id, prompt)) = collected.groups[self.group].prompts.get(self.answer)
                else {
                    return;
                };
                &mut draft.answer_mut(id, prompt, hand_in.sheet.text(id)).levels
            }
        };
        match level {
            Some(level) => levels.insert(criterion.to_owned(), level),
            None => levels.remove(criterion),
        };
        self.touch(hand_in, now);
    }

    /// The draft now speaks of the hand-in as it is on disk, and waits to be saved.
    fn touch(&mut self, hand_in: &HandIn, now: Instant) {
        if let Some(draft) = self.draft.as_mut() {
            draft.hand_in.sha256 = hand_in.sha256.clone();
            draft.hand_in.number = hand_in.sheet.handed_in.max(1);
            draft.written = crate::app::document::now();
        }
        self.dirty_since = Some(now);
        self.save_error = None;
    }

    /// Where the draft is kept: beside the hand-in.
    pub fn path(&self, collected: &Collected) -> Option<PathBuf> {
        self.hand_in(collected).map(|h| h.feedback_at.clone())
    }

    /// Whether the draft waits to be written and `now` is past the pause after typing.
    pub fn due(&self, now: Instant) -> bool {
        self.dirty_since
            .is_some_and(|t| now.duration_since(t) >= FEEDBACK_SAVE_DELAY)
    }

    /// Writes the draft beside the hand-in if it changed, and updates what the Class view
    /// holds for it. A failure is kept in `save_error` (and returned) and the draft stays.
    pub fn save(&mut self, collected: &mut Collected) -> Result<(), String> {
        // Nothing new, and nothing that failed to reach its file before.
        if self.dirty_since.is_none() && self.save_error.is_none() {
            return Ok(());
        }
        let (Some(draft), Some(path)) = (&self.draft, self.path(collected)) else {
            return Ok(());
        };
        // Feedback on a hand-in in a ZIP goes to a folder beside the ZIP, made as it is needed
        // (only while the ZIP is there: never on a drive that went away).
        let zip = self.hand_in(collected).and_then(|h| h.zip.clone());
        if zip.is_some_and(|z| z.is_file()) {
            let folder = crate::files::parent_dir(&path);
            if let Err(e) = std::fs::create_dir_all(&folder) {
                let e = crate::files::FileError::write(&folder, e).to_string();
                self.save_error = Some(e.clone());
                return Err(e);
            }
        }
        match feedback::save_feedback(&path, draft) {
            Ok(()) => {
                self.dirty_since = None;
                self.save_error = None;
                if let Some(h) = collected
                    .groups
                    .get_mut(self.group)
                    .and_then(|g| g.sheets.get_mut(self.index))
                {
                    h.feedback = Some(Ok(draft.clone()));
                }
                Ok(())
            }
            Err(e) => {
                let e = e.to_string();
                self.save_error = Some(e.clone());
                // Tried: wait for the next change before trying again, not every frame.
                self.dirty_since = None;
                Err(e)
            }
        }
    }
}

impl Review {
    /// When the hand-in folder cannot be written (a USB stick pulled out, a share gone): the
    /// comments in a file of their own in Lectern's data folder, so closing loses nothing.
    pub fn keep_elsewhere(&self, collected: &Collected) -> Result<PathBuf, String> {
        let (Some(draft), Some(path)) = (&self.draft, self.path(collected)) else {
            return Err(crate::t!("review-nothing-to-keep"));
        };
        let dir = crate::paths::data_dir()
            .ok_or_else(|| crate::t!("no-data-folder"))?
            .join("feedback-not-saved");
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let stamp = jiff::Timestamp::now().as_second();
        let copy = dir.join(format!("{stamp}_{name}"));
        crate::files::write_atomic(&copy, feedback::feedback_to_ron(draft).as_bytes())
            .map_err(|e| crate::files::FileError::write(&copy, e).to_string())?;
        Ok(copy)
    }
}

/// The hand-in at `index` of `group` (a function, so it can be called while the draft is
/// borrowed mutably).
fn self_hand_in(collected: &Collected, group: usize, index: usize) -> Option<&HandIn> {
    collected.groups.get(group)?.sheets.get(index)
}

/// The newest feedback on an earlier hand-in by the same student to the same reading (by
/// title: the teacher may have edited the reading between hand-ins).
fn earlier_feedback(collected: &Collected, hand_in: &HandIn) -> Option<Feedback> {
    let number = hand_in.sheet.handed_in.max(1);
    collected
        .groups
        .iter()
        .flat_map(|g| &g.sheets)
        .filter(|h| h.path != hand_in.path)
        .filter_map(HandIn::feedback)
        .filter(|f| {
            feedback::same_name(&f.student, &hand_in.sheet.student) == Some(true)
                && f.reading.title.trim() == hand_in.sheet.reading.title.trim()
                && f.hand_in.number < number
                && !f.is_empty()
        })
        .max_by_key(|f| (f.hand_in.number, f.written))
        .cloned()
}
