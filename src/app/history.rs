//! An answer's history shown: the student's *Earlier versions* (view, copy, restore) and the
//! teacher's *How it was written* (the process and a replay). Drawn by `ui::history`.

use crate::answers::Answer;
use crate::answers::history::{Check, How, Process, Replay, Step};
use crate::reading::PromptId;

/// One answer's history, open in a window.
pub struct HistoryView {
    pub prompt_id: PromptId,
    /// The prompt as the answer copied it.
    pub prompt: String,
    pub replay: Replay,
    pub process: Process,
    /// The version shown: the text after this many steps.
    pub shown: usize,
    /// Playing: when (in the window's seconds) the version shown was reached.
    pub playing_since: Option<f64>,
    /// The teacher's view: the process and a replay, nothing to restore.
    pub teacher: bool,
    /// The slider takes the keyboard when the window opens, so the arrow keys go through the
    /// versions at once.
    pub focus_slider: bool,
    /// The version last copied, so its button can say so.
    pub copied: Option<usize>,
}

/// What the history window asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum HistoryAction {
    /// Put back the version shown (the student's).
    Restore,
    Close,
}

impl HistoryView {
    /// The view of `answer`'s history, at its last version (the student's) or its first (the
    /// teacher's replay starts empty).
    pub fn of(answer: &Answer, teacher: bool) -> HistoryView {
        let replay = Replay::new(answer);
        let shown = if teacher { 0 } else { replay.len() };
        HistoryView {
            prompt_id: answer.prompt_id.clone(),
            prompt: answer.prompt.clone(),
            process: Process::of(answer),
            replay,
            shown,
            playing_since: None,
            teacher,
            focus_slider: true,
            copied: None,
        }
    }

    /// The step that made the version shown.
    pub fn shown_step(&self) -> Option<&Step> {
        self.replay.step(self.shown)
    }
}

/// What a step was, in the user's words.
pub fn how_words(how: How) -> String {
    match how {
        How::Typed => crate::t!("history-typed"),
        How::Pasted => crate::t!("history-pasted"),
        How::Quoted => crate::t!("history-quoted"),
        How::Restored(n) => crate::t!("history-restored-step", version = n),
        How::Earlier => crate::t!("history-earlier"),
    }
}

/// A time as this computer shows it, to the minute.
pub fn local_time(at: jiff::Timestamp) -> String {
    at.to_zoned_datetime(jiff::tz::TimeZone::system())
        .strftime("%Y-%m-%d %H:%M")
        .to_string()
}

/// The process in sentences, in the interface's language: what the teacher sees and the
/// student is shown before handing in. Counts, never a verdict.
pub fn process_lines(process: &Process) -> Vec<String> {
    let mut lines = Vec::new();
    match process.check {
        Check::Whole => {}
        Check::NoHistory => lines.push(crate::t!("process-no-history")),
        Check::Broken { .. } | Check::TextDiffers => lines.push(crate::t!("process-broken")),
        Check::TooLong { steps } => lines.push(crate::t!("process-too-long", steps = steps)),
    }
    if process.sessions.is_empty() {
        return lines;
    }
    lines.push(crate::t!(
        "process-time",
        minutes = process.writing_time.as_secs().div_ceil(60),
        sessions = process.sessions.len(),
        dates = process
            .sessions
            .iter()
            .map(|(first, _)| local_time(*first))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    lines.push(crate::t!(
        "process-characters",
        typed = process.typed,
        pasted = process.pasted,
        quoted = process.quoted
    ));
    if process.earlier > 0 {
        lines.push(crate::t!("process-earlier", count = process.earlier));
    }
    if process.restores > 0 {
        lines.push(crate::t!("process-restores", count = process.restores));
    }
    lines
}

impl crate::app::state::AppState {
    /// *Earlier versions* of the answer being written (the change in progress made a step
    /// first, so the last version is the text in the box).
    pub fn open_history(&mut self) {
        use crate::app::state::Modal;
        self.doc.record_history();
        let answer = self
            .selected_prompt_id()
            .and_then(|id| self.doc.sheet.answer(&id))
            .filter(|a| !a.history.is_empty());
        match answer {
            Some(answer) => {
                self.modal = Some(Modal::History(Box::new(HistoryView::of(answer, false))))
            }
            None => self.report(crate::t!("history-none")),
        }
    }

    /// The history window's requests.
    pub fn history_action(&mut self, action: HistoryAction) {
        use crate::app::state::Modal;
        match (action, &mut self.modal) {
            (HistoryAction::Close, Some(Modal::Class(class))) => class.history = None,
            (HistoryAction::Close, _) => {
                self.modal = None;
                self.focus_editor = true;
            }
            (HistoryAction::Restore, Some(Modal::History(view))) => {
                let (id, version) = (view.prompt_id.clone(), view.shown);
                let Some(prompt) = self.doc.reading.prompt(&id).cloned() else {
                    return;
                };
                let now = crate::app::document::now();
                if self
                    .doc
                    .restore_version(&prompt, version, now, std::time::Instant::now())
                {
                    self.modal = None;
                    self.load_editor();
                    self.focus_editor = true;
                    self.report(crate::t!("history-restored", version = version));
                } else {
                    self.report(crate::t!("history-same"));
                }
            }
            (HistoryAction::Restore, _) => {}
        }
    }

    /// How the answer under review was written (the Class view's review).
    pub fn open_review_history(&mut self) {
        let Some(crate::app::state::Modal::Class(class)) = &mut self.modal else {
            return;
        };
        let answer = class.review.as_ref().and_then(|review| {
            let group = class.collected.groups.get(review.group)?;
            let (id, _) = group.prompts.get(review.answer)?;
            review.hand_in(&class.collected)?.sheet.answer(id)
        });
        class.history = answer.map(|a| HistoryView::of(a, true));
    }
}
