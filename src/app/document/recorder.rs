//! Records each answer's history as the student writes (the model is `answers::history`).
//!
//! A keystroke costs a look-up and a time: the text is compared only when a step is made —
//! at the first change after a pause of [`STEP_PAUSE`], after [`STEP_LONGEST`] of writing
//! without one, at a paste or a restore — and when the answers are written to a file, which
//! then carries the change not yet made a step as its last step, so every file's history ends
//! at its text.

use std::collections::HashMap;
use std::time::Duration;

use jiff::Timestamp;

use crate::answers::AnswerSheet;
use crate::answers::history::{self, How};
use crate::reading::{PromptId, Reading};

/// A pause in the writing this long ends a step.
pub const STEP_PAUSE: Duration = Duration::from_secs(5);

/// Writing on without a pause makes a step this often, so a replay shows it growing.
pub const STEP_LONGEST: Duration = Duration::from_secs(60);

/// How a change to an answer came.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// The keyboard: typing, deleting, undo, a spelling suggestion.
    Typed,
    /// A paste (told from the reading's words or not when it is recorded).
    Pasted,
}

/// An answer changed since its last step.
#[derive(Debug)]
struct Pending {
    /// The text its history ends at, and when that text was last changed.
    base: String,
    base_edited: Timestamp,
    /// When the change began and when it was last added to.
    first: Timestamp,
    last: Timestamp,
}

/// The answers being written in one opening of a document.
#[derive(Debug, Default)]
pub struct Recorder {
    pending: HashMap<PromptId, Pending>,
    /// This opening's session, given when its first step is made.
    session: Option<u32>,
    /// The reading's words (see [`history::normalise`]), made at the first paste.
    reading_words: Option<String>,
}

impl Recorder {
    /// Forgets what was pending: the sheet was replaced (a recovery copy taken, a file opened).
    pub fn forget(&mut self) {
        self.pending.clear();
    }

    fn session(&mut self, sheet: &AnswerSheet) -> u32 {
        *self.session.get_or_insert_with(|| {
            let last = sheet
                .answers
                .iter()
                .flat_map(|a| a.history.iter().map(|s| s.session))
                .max()
                .unwrap_or(0);
            last + 1
        })
    }

    /// Called before the answer to `id` changes at `now`: makes the pending change a step when
    /// a pause or its length ends it, and starts a pending change if none is.
    pub fn before_change(&mut self, sheet: &mut AnswerSheet, id: &PromptId, now: Timestamp) {
        if let Some(pending) = self.pending.get(id) {
            let since_last = now.duration_since(pending.last).unsigned_abs();
            let since_first = now.duration_since(pending.first).unsigned_abs();
            if since_last < STEP_PAUSE && since_first < STEP_LONGEST {
                self.pending.get_mut(id).expect("just found").last = now;
                return;
            }
            self.commit(sheet, id);
        }
        let (base, base_edited) = sheet
            .answer(id)
            .map_or((String::new(), now), |a| (a.text.clone(), a.edited));
        self.pending.insert(
            id.clone(),
            Pending {
                base,
                base_edited,
                first: now,
                last: now,
            },
        );
    }

    /// Called before a change that is a step of its own (a paste, a restore): what was typed
    /// before it becomes a step, and an answer from an older Lectern gets its text as the
    /// first step of its history.
    pub fn settle(&mut self, sheet: &mut AnswerSheet, id: &PromptId) {
        if self.pending.contains_key(id) {
            self.commit(sheet, id);
            return;
        }
        let Some(answer) = sheet.answer(id) else {
            return;
        };
        if answer.history.is_empty() && !answer.text.is_empty() {
            let session = self.session(sheet);
            let answer = sheet.answers.iter_mut().find(|a| &a.prompt_id == id);
            let answer = answer.expect("just found");
            let (text, edited) = (answer.text.clone(), answer.edited);
            answer.record("", &text, How::Earlier, (edited, edited), session);
        }
    }

    /// Records a paste that turned the answer to `id` from `before` (settled, see
    /// [`Self::settle`]) to its text now.
    pub fn pasted(
        &mut self,
        sheet: &mut AnswerSheet,
        reading: &Reading,
        id: &PromptId,
        before: &str,
        now: Timestamp,
    ) {
        let session = self.session(sheet);
        let words = self
            .reading_words
            .get_or_insert_with(|| history::normalise(&reading_text(reading)));
        let Some(answer) = sheet.answers.iter_mut().find(|a| &a.prompt_id == id) else {
            return;
        };
        let added: String = history::diff(before, &answer.text)
            .into_iter()
            .map(|e| e.2)
            .collect();
        let how = if history::is_quotation(&added, words) {
            How::Quoted
        } else {
            How::Pasted
        };
        let to = answer.text.clone();
        answer.record(before, &to, how, (now, now), session);
    }

    /// Records putting back version `version` of the answer to `id`, whose text was `before`
    /// (settled, see [`Self::settle`]).
    pub fn restored(
        &mut self,
        sheet: &mut AnswerSheet,
        id: &PromptId,
        before: &str,
        version: u32,
        now: Timestamp,
    ) {
        let session = self.session(sheet);
        if let Some(answer) = sheet.answers.iter_mut().find(|a| &a.prompt_id == id) {
            let to = answer.text.clone();
            answer.record(before, &to, How::Restored(version), (now, now), session);
        }
    }

    /// Makes the pending change to `id` a step ending at the answer's text now.
    fn commit(&mut self, sheet: &mut AnswerSheet, id: &PromptId) {
        let Some(pending) = self.pending.remove(id) else {
            return;
        };
        let session = self.session(sheet);
        let text = sheet.text(id).to_owned();
        record_step(sheet, id, &pending, &text, session);
    }

    /// Makes every pending change a step (the answers are handed in, or the history shown).
    pub fn commit_all(&mut self, sheet: &mut AnswerSheet) {
        let ids: Vec<PromptId> = self.pending.keys().cloned().collect();
        for id in ids {
            self.commit(sheet, &id);
        }
    }

    /// The sheet as it is to be written to a file: a copy with the pending changes as its last
    /// steps, or `None` when none is pending (write the sheet itself). The pending changes stay
    /// pending, so writing does not cut the writing into steps.
    pub fn sheet_to_write(&mut self, sheet: &AnswerSheet) -> Option<AnswerSheet> {
        if self.pending.is_empty() {
            return None;
        }
        let session = self.session(sheet);
        let mut copy = sheet.clone();
        for (id, pending) in &self.pending {
            let text = copy.text(id).to_owned();
            record_step(&mut copy, id, pending, &text, session);
        }
        Some(copy)
    }
}

/// Adds the step from `pending.base` to `text` to the answer to `id`. An answer with text and
/// no history (from an older Lectern) first gets that text as a step of its own.
fn record_step(
    sheet: &mut AnswerSheet,
    id: &PromptId,
    pending: &Pending,
    text: &str,
    session: u32,
) {
    let Some(answer) = sheet.answers.iter_mut().find(|a| &a.prompt_id == id) else {
        return;
    };
    if answer.history.is_empty() && !pending.base.is_empty() {
        let edited = pending.base_edited;
        answer.record("", &pending.base, How::Earlier, (edited, edited), session);
    }
    answer.record(
        &pending.base,
        text,
        How::Typed,
        (pending.first, pending.last),
        session,
    );
}

/// Everything a student could copy from the reading: its article and its prompts.
fn reading_text(reading: &Reading) -> String {
    let mut text = String::new();
    for block in &reading.article {
        let (crate::reading::Block::Heading(t) | crate::reading::Block::Paragraph { text: t, .. }) =
            block;
        text.push_str(t);
        text.push('\n');
    }
    for prompt in reading.prompts() {
        text.push_str(&prompt.full_text());
        text.push('\n');
    }
    text
}
