//! How an answer was written: its history, kept inside the answers file beside the answer.
//!
//! A history is a list of [`Step`]s. Each step is what changed between two pauses in the
//! writing (the autosave's pause), as [`Edit`]s to the text before it, with when it happened,
//! in which sitting (*session*), and how: typed, pasted from elsewhere, quoted from the
//! reading, or a restored earlier version. Replaying the steps from an empty text gives the
//! answer's text; that is checked, and each step carries a link of a hash chain
//! ([`Step::chain`]), so a history edited by hand, or a text changed without its history, is
//! told apart from one Lectern wrote ([`Check`]).
//!
//! Only the text and the times of its changes are kept: no keystrokes, nothing from outside
//! Lectern. What this proves and does not is in `docs/file-formats.md`.

use std::time::{Duration, Instant};

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use super::Answer;
use crate::reading::PromptId;

/// One change to an answer, from one pause in the writing to the next.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// When the change was last added to (to the second).
    pub at: Timestamp,
    /// How many seconds before `at` the change began (0 for a paste, a restore).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub took: u32,
    /// The sitting it was made in, counted from 1 for the whole answers file: a session begins
    /// each time the file is opened and written in.
    pub session: u32,
    pub how: How,
    /// The change, in order: each edit applies to the text the ones before it left.
    pub edits: Vec<Edit>,
    /// The first 16 hex digits of the SHA-256 of the previous step's link and this step
    /// ([`link`]); the first step's previous link is the prompt's id.
    pub chain: String,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// Replaces `.1` bytes at byte `.0` with `.2`. Byte offsets in UTF-8, which a check makes sure
/// fall between characters.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit(pub usize, pub usize, pub String);

/// How a step's text came to be there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum How {
    /// Typed, or changed by the keyboard (deleting, undo, a spelling suggestion taken).
    Typed,
    /// Pasted, and not found in the reading.
    Pasted,
    /// Pasted, and found word for word in the reading: a quotation.
    Quoted,
    /// An earlier version put back: the number of the step (from 1) whose text it restored.
    Restored(u32),
    /// The text the answer already had when Lectern began to keep its history (a file from an
    /// older Lectern).
    Earlier,
}

/// Whether a history holds together with its answer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Check {
    /// Replaying it gives the answer's text, and every link of the chain holds.
    #[default]
    Whole,
    /// The answer has text but no history (written before Lectern kept one).
    NoHistory,
    /// Step `step` (from 1) does not apply, or its link is not the one computed.
    Broken { step: usize },
    /// Every step holds, but the answer's text is not where the history ends.
    TextDiffers,
    /// Replaying it would move more than [`WORK_LIMIT`] bytes (a history no writing makes, of
    /// hundreds of thousands of changes to a text of megabytes): not checked, not replayed
    /// past that, and said so.
    TooLong { steps: usize },
}

/// The most bytes replaying one history may move (each edit moves the text after it): a
/// 10,000-word answer written in 2,000 steps moves about 120 MB; a hand-made file that would
/// make a teacher's window replay for minutes stops here, in a fraction of a second.
pub const WORK_LIMIT: u64 = 256 * 1024 * 1024;

impl Check {
    pub fn is_whole(&self) -> bool {
        matches!(self, Check::Whole)
    }
}

/// The link of the chain for `step` after the link `previous`.
pub fn link(previous: &str, step: &Step) -> String {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    hash.update(previous.as_bytes());
    let head = format!(
        "\n{}\n{}\n{}\n{:?}\n",
        step.at, step.took, step.session, step.how
    );
    hash.update(head.as_bytes());
    for Edit(at, removed, inserted) in &step.edits {
        hash.update(format!("{at} {removed} {}\n", inserted.len()).as_bytes());
        hash.update(inserted.as_bytes());
    }
    let digest = hash.finalize();
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// An edit that does not fit the text it is applied to: a history altered by hand.
#[derive(Debug, PartialEq, Eq)]
pub struct DoesNotFit;

/// Applies `edits` to `text`; `Err` when one does not fit it (out of the text, or inside a
/// character), leaving `text` part-way.
pub fn apply(text: &mut String, edits: &[Edit]) -> Result<(), DoesNotFit> {
    for Edit(at, removed, inserted) in edits {
        let end = at.checked_add(*removed).ok_or(DoesNotFit)?;
        if end > text.len() || !text.is_char_boundary(*at) || !text.is_char_boundary(end) {
            return Err(DoesNotFit);
        }
        text.replace_range(*at..end, inserted);
    }
    Ok(())
}

/// The longest a diff may look for the smallest change before it settles for a larger one
/// (still exact): a pasted essay over another must not hold the window.
const DIFF_DEADLINE: Duration = Duration::from_millis(40);

/// The edits that turn `old` into `new`: the common start and end cut off, the middle
/// compared character by character.
pub fn diff(old: &str, new: &str) -> Vec<Edit> {
    let start = crate::words::common_prefix(old, new);
    let end = crate::words::common_suffix(&old[start..], &new[start..]);
    let (old_mid, new_mid) = (&old[start..old.len() - end], &new[start..new.len() - end]);
    if old_mid.is_empty() && new_mid.is_empty() {
        return Vec::new();
    }
    if old_mid.is_empty() || new_mid.is_empty() {
        return vec![Edit(start, old_mid.len(), new_mid.to_owned())];
    }
    let text_diff = similar::TextDiff::configure()
        .algorithm(similar::Algorithm::Myers)
        .deadline(Instant::now() + DIFF_DEADLINE)
        .diff_chars(old_mid, new_mid);
    let (old_slices, new_slices) = (text_diff.old_slices(), text_diff.new_slices());
    let bytes = |slices: &[&str], range: std::ops::Range<usize>| -> usize {
        slices[range].iter().map(|s| s.len()).sum()
    };
    let mut edits: Vec<Edit> = Vec::new();
    // Where the next edit goes, in the text as the edits before it leave it.
    let mut at = start;
    for op in text_diff.ops() {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        let removed = bytes(old_slices, old_range);
        let inserted: String = new_slices[new_range].concat();
        if tag == similar::DiffTag::Equal {
            at += removed;
            continue;
        }
        let next = at + inserted.len();
        // A deletion right before an insertion is one replacement.
        match edits.last_mut() {
            Some(Edit(last_at, last_removed, last_inserted))
                if *last_at + last_inserted.len() == at =>
            {
                *last_removed += removed;
                last_inserted.push_str(&inserted);
            }
            _ => edits.push(Edit(at, removed, inserted)),
        }
        at = next;
    }
    edits
}

impl Answer {
    /// Adds a step turning the text at the end of the history, `from`, into `to`, made from
    /// `began` to `at`. Nothing is added when they are the same.
    pub fn record(
        &mut self,
        from: &str,
        to: &str,
        how: How,
        (began, at): (Timestamp, Timestamp),
        session: u32,
    ) {
        let edits = diff(from, to);
        if edits.is_empty() {
            return;
        }
        let previous = self
            .history
            .last()
            .map_or(self.prompt_id.as_str(), |s| s.chain.as_str());
        let took = at
            .duration_since(began)
            .as_secs()
            .clamp(0, i64::from(u32::MAX));
        let mut step = Step {
            at,
            took: took as u32,
            session,
            how,
            edits,
            chain: String::new(),
        };
        step.chain = link(previous, &step);
        self.history.push(step);
    }

    /// Whether the history replays to the text with every link holding.
    pub fn check_history(&self) -> Check {
        if self.history.is_empty() {
            return if self.text.is_empty() {
                Check::Whole
            } else {
                Check::NoHistory
            };
        }
        match replay_to(&self.prompt_id, &self.history, self.history.len()) {
            Err(check) => check,
            Ok(text) if text == self.text => Check::Whole,
            Ok(_) => Check::TextDiffers,
        }
    }

    /// The text after the first `steps` steps (0: empty), or why it cannot be had.
    pub fn version(&self, steps: usize) -> Result<String, Check> {
        replay_to(&self.prompt_id, &self.history, steps)
    }
}

fn replay_to(prompt: &PromptId, history: &[Step], steps: usize) -> Result<String, Check> {
    let mut text = String::new();
    let mut previous = prompt.as_str().to_owned();
    let mut work = 0;
    for (i, step) in history.iter().take(steps).enumerate() {
        if link(&previous, step) != step.chain {
            return Err(Check::Broken { step: i + 1 });
        }
        apply_within(&mut text, step, &mut work).map_err(|stop| stop.check(i + 1))?;
        previous.clone_from(&step.chain);
    }
    Ok(text)
}

/// Why a replay stopped.
enum Stop {
    DoesNotFit,
    TooLong,
}

impl Stop {
    fn check(self, step: usize) -> Check {
        match self {
            Stop::DoesNotFit => Check::Broken { step },
            Stop::TooLong => Check::TooLong { steps: step },
        }
    }
}

/// Applies `step`, counting the bytes it moves into `work`, within [`WORK_LIMIT`].
fn apply_within(text: &mut String, step: &Step, work: &mut u64) -> Result<(), Stop> {
    for edit in &step.edits {
        *work += (text.len() + edit.2.len()) as u64;
        if *work > WORK_LIMIT {
            return Err(Stop::TooLong);
        }
        apply(text, std::slice::from_ref(edit)).map_err(|_| Stop::DoesNotFit)?;
    }
    Ok(())
}

/// Stepping through an answer's versions, as the replay and the version list do: forward by
/// applying the next step, back or far from a copy kept every [`Replay::EVERY`] steps, so a
/// slider dragged across two thousand steps costs at most that many small edits a frame.
#[derive(Debug)]
pub struct Replay {
    history: Vec<Step>,
    /// The text after `i * EVERY` steps.
    kept: Vec<String>,
    at: usize,
    text: String,
    /// Where the history stops applying, or is too long to replay further, if it does (the
    /// steps before it can be shown).
    pub broken: Option<usize>,
}

impl Replay {
    const EVERY: usize = 64;

    pub fn new(answer: &Answer) -> Replay {
        let mut kept = vec![String::new()];
        let mut text = String::new();
        let mut broken = None;
        let mut work = 0;
        for (i, step) in answer.history.iter().enumerate() {
            if apply_within(&mut text, step, &mut work).is_err() {
                broken = Some(i + 1);
                break;
            }
            if (i + 1) % Self::EVERY == 0 {
                kept.push(text.clone());
            }
        }
        let usable = broken.map_or(answer.history.len(), |b| b - 1);
        Replay {
            history: answer.history[..usable].to_vec(),
            kept,
            at: 0,
            text: String::new(),
            broken,
        }
    }

    /// How many steps can be shown (the slider's end).
    pub fn len(&self) -> usize {
        self.history.len()
    }

    pub fn is_empty(&self) -> bool {
        self.history.is_empty()
    }

    /// The step that made version `n` (from 1).
    pub fn step(&self, n: usize) -> Option<&Step> {
        n.checked_sub(1).and_then(|i| self.history.get(i))
    }

    /// The text after `n` steps.
    pub fn text_at(&mut self, n: usize) -> &str {
        let n = n.min(self.history.len());
        if n < self.at || n - self.at > Self::EVERY {
            let from = n / Self::EVERY;
            self.text.clone_from(&self.kept[from]);
            self.at = from * Self::EVERY;
        }
        for step in &self.history[self.at..n] {
            // Every step here applied when the replay was made.
            let _ = apply(&mut self.text, &step.edits);
        }
        self.at = n;
        &self.text
    }
}

/// Breaks longer than this are not counted as time spent writing.
pub const IDLE: Duration = Duration::from_secs(5 * 60);

/// What the history of an answer says about how it was written: what a teacher is shown and a
/// student sees before handing in. Counts, never a verdict.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Process {
    /// Time spent making the changes, and between one and the next within a session, breaks
    /// over [`IDLE`] left out.
    pub writing_time: Duration,
    /// Each session this answer was written in: when its first and last change were.
    pub sessions: Vec<(Timestamp, Timestamp)>,
    /// Characters typed (each character put in by the keyboard).
    pub typed: usize,
    /// Characters pasted from outside the reading.
    pub pasted: usize,
    /// Characters pasted that are in the reading, word for word.
    pub quoted: usize,
    /// Characters the answer had before Lectern kept its history.
    pub earlier: usize,
    /// Each paste from outside the reading: when, and its text.
    pub pastes: Vec<(Timestamp, String)>,
    /// Each quotation pasted from the reading.
    pub quotes: Vec<(Timestamp, String)>,
    /// How many times an earlier version was restored.
    pub restores: usize,
    pub check: Check,
}

impl Process {
    pub fn of(answer: &Answer) -> Process {
        let mut process = Process {
            check: answer.check_history(),
            ..Process::default()
        };
        let mut previous: Option<&Step> = None;
        for step in &answer.history {
            let inserted: String = step.edits.iter().map(|e| e.2.as_str()).collect();
            let chars = inserted.chars().count();
            match step.how {
                How::Typed => process.typed += chars,
                How::Pasted => {
                    process.pasted += chars;
                    process.pastes.push((step.at, inserted));
                }
                How::Quoted => {
                    process.quoted += chars;
                    process.quotes.push((step.at, inserted));
                }
                How::Restored(_) => process.restores += 1,
                How::Earlier => process.earlier += chars,
            }
            process.writing_time += Duration::from_secs(step.took.into());
            let began = step.at - SignedDuration::from_secs(step.took.into());
            match previous {
                Some(p) if p.session == step.session => {
                    let gap = began.duration_since(p.at).unsigned_abs();
                    if gap <= IDLE {
                        process.writing_time += gap;
                    }
                    if let Some(last) = process.sessions.last_mut() {
                        last.1 = step.at;
                    }
                }
                _ => process.sessions.push((step.at, step.at)),
            }
            previous = Some(step);
        }
        process
    }

    /// The characters put in by typing and pasting, the base of [`Self::pasted_share`].
    pub fn put_in(&self) -> usize {
        self.typed + self.pasted + self.quoted
    }

    /// The share of what was put in that came pasted from outside the reading, 0 to 1.
    pub fn pasted_share(&self) -> f64 {
        match self.put_in() {
            0 => 0.0,
            all => self.pasted as f64 / all as f64,
        }
    }

    /// Adds another answer's process to this one (a whole sheet's, for the class table).
    /// Sessions are counted once each however many answers were written in them.
    pub fn add(&mut self, other: &Process) {
        self.writing_time += other.writing_time;
        self.typed += other.typed;
        self.pasted += other.pasted;
        self.quoted += other.quoted;
        self.earlier += other.earlier;
        self.restores += other.restores;
        self.pastes.extend(other.pastes.iter().cloned());
        self.quotes.extend(other.quotes.iter().cloned());
        // A history that does not match outweighs one that is missing.
        let worse = !matches!(
            (&self.check, &other.check),
            (_, Check::Whole)
                | (Check::Broken { .. } | Check::TextDiffers, _)
                | (
                    Check::TooLong { .. },
                    Check::NoHistory | Check::TooLong { .. }
                )
                | (Check::NoHistory, Check::NoHistory)
        );
        if worse {
            self.check = other.check.clone();
        }
    }
}

/// A whole sheet's process: each answer's (in the sheet's order) and their sum, with the
/// sessions of the file counted once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SheetProcess {
    pub answers: Vec<Process>,
    pub total: Process,
    pub sessions: usize,
}

impl SheetProcess {
    pub fn of(sheet: &super::AnswerSheet) -> SheetProcess {
        let mut total = Process::default();
        let mut sessions = std::collections::BTreeSet::new();
        let mut answers = Vec::with_capacity(sheet.answers.len());
        for answer in &sheet.answers {
            let process = Process::of(answer);
            total.add(&process);
            answers.push(process);
            sessions.extend(answer.history.iter().map(|s| s.session));
        }
        SheetProcess {
            answers,
            total,
            sessions: sessions.len(),
        }
    }

    /// The process of the answer to `id`.
    pub fn answer(&self, sheet: &super::AnswerSheet, id: &PromptId) -> Option<&Process> {
        let at = sheet.answers.iter().position(|a| &a.prompt_id == id)?;
        self.answers.get(at)
    }
}

/// Text compared for "found in the reading": runs of white space as one space, quotation
/// marks and dashes of every kind as one of each, and letter case set aside.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        let c = match c {
            '«' | '»' | '“' | '”' | '„' | '‟' | '"' => '"',
            '‘' | '’' | '‚' | '‛' => '\'',
            '–' | '—' | '−' => '-',
            c => c,
        };
        out.extend(c.to_lowercase());
    }
    out
}

/// Whether a pasted text is a quotation of `reading` (normalised with [`normalise`]): its
/// words, without the quotation marks around them, are in it.
pub fn is_quotation(pasted: &str, reading: &str) -> bool {
    let words = normalise(pasted);
    let words = words.trim_matches(|c: char| c == '"' || c == '\'' || c == ' ');
    !words.is_empty() && reading.contains(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(text: &str) -> Answer {
        Answer {
            prompt_id: PromptId("L1".into()),
            prompt: "Why?".into(),
            text: text.into(),
            edited: Timestamp::UNIX_EPOCH,
            citations: Vec::new(),
            history: Vec::new(),
        }
    }

    fn at(seconds: i64) -> Timestamp {
        Timestamp::from_second(1_800_000_000 + seconds).unwrap()
    }

    /// Writes `versions` one after another into an answer, as the recorder would.
    fn written(versions: &[(&str, How, i64, u32)]) -> Answer {
        let mut a = answer("");
        for (text, how, seconds, session) in versions {
            let from = a.text.clone();
            a.record(&from, text, *how, (at(*seconds), at(*seconds)), *session);
            a.text = (*text).to_owned();
        }
        a
    }

    #[test]
    fn a_diff_applied_gives_the_new_text() {
        let pairs = [
            ("", "Trade grew."),
            ("Trade grew.", "Trade grew fast."),
            ("Trade grew fast.", "Trade fell fast."),
            ("Сауда өсті.", "Сауда тез өсті, бірақ баяу."),
            ("abc def ghi", "xbc dXf ghiY"),
            ("everything", ""),
            ("Қазақстан", "Казахстан"),
            ("a\r\nb", "a\nb\n"),
        ];
        for (old, new) in pairs {
            let edits = diff(old, new);
            let mut text = old.to_owned();
            apply(&mut text, &edits).unwrap();
            assert_eq!(text, new, "{old:?} → {new:?}: {edits:?}");
        }
        assert!(diff("same", "same").is_empty());
        // Two places changed far apart are two small edits, not one spanning both.
        let long = "word ".repeat(200);
        let changed = format!("X{}Y", &long[1..long.len() - 1]);
        let edits = diff(&long, &changed);
        assert_eq!(edits.len(), 2, "{edits:?}");
    }

    #[test]
    fn an_edit_that_does_not_fit_is_refused_not_a_panic() {
        let mut text = "Сауда".to_owned();
        assert!(
            apply(&mut text, &[Edit(1, 0, "x".into())]).is_err(),
            "inside a letter"
        );
        assert!(apply(&mut text, &[Edit(2, 100, String::new())]).is_err());
        assert!(apply(&mut text, &[Edit(usize::MAX, 2, String::new())]).is_err());
        assert!(apply(&mut text, &[Edit(2, 2, "X".into())]).is_ok());
        assert_eq!(text, "СXуда");
    }

    #[test]
    fn a_history_replays_to_its_text_and_holds() {
        let a = written(&[
            ("Trade", How::Typed, 0, 1),
            ("Trade grew.", How::Typed, 20, 1),
            (
                "Trade grew. The EU is the largest investor.",
                How::Quoted,
                30,
                1,
            ),
            (
                "Trade grew. The EU is the largest investor. So?",
                How::Typed,
                4000,
                2,
            ),
        ]);
        assert_eq!(a.check_history(), Check::Whole);
        assert_eq!(a.version(0).unwrap(), "");
        assert_eq!(a.version(2).unwrap(), "Trade grew.");
        let process = Process::of(&a);
        assert_eq!(process.sessions.len(), 2);
        assert_eq!(process.writing_time, Duration::from_secs(30));
        assert_eq!(
            process.quoted,
            " The EU is the largest investor.".chars().count()
        );
        assert_eq!(process.typed, "Trade grew. So?".chars().count());
        assert_eq!(process.pasted_share(), 0.0);
    }

    #[test]
    fn a_history_edited_by_hand_or_a_text_without_it_is_told() {
        let whole = written(&[
            ("I wrote this.", How::Typed, 0, 1),
            ("I wrote this myself.", How::Typed, 10, 1),
        ]);
        assert!(whole.check_history().is_whole());

        let mut text_changed = whole.clone();
        text_changed.text = "Someone else wrote this.".into();
        assert_eq!(text_changed.check_history(), Check::TextDiffers);

        // The pasted step relabelled as typed: its link no longer holds.
        let mut relabelled = written(&[
            ("Mine. ", How::Typed, 0, 1),
            ("Mine. Pasted from a website.", How::Pasted, 5, 1),
        ]);
        relabelled.history[1].how = How::Typed;
        assert_eq!(relabelled.check_history(), Check::Broken { step: 2 });

        // A step's words changed, with the text to match.
        let mut reworded = whole.clone();
        reworded.history[0].edits[0].2 = "I typed this.".into();
        reworded.text = "I typed this myself.".into();
        assert_eq!(reworded.check_history(), Check::Broken { step: 1 });

        // A step taken out.
        let mut cut = whole.clone();
        cut.history.remove(0);
        assert!(matches!(cut.check_history(), Check::Broken { .. }));

        // Moved to another question.
        let mut moved = whole;
        moved.prompt_id = PromptId("L2".into());
        assert_eq!(moved.check_history(), Check::Broken { step: 1 });

        assert_eq!(answer("old text").check_history(), Check::NoHistory);
        assert_eq!(answer("").check_history(), Check::Whole);
    }

    #[test]
    fn a_history_too_long_to_replay_is_said_not_replayed_for_minutes() {
        // A hand-made history: a text of 4 MB, then a thousand one-letter changes at its
        // start, each moving all of it.
        let mut a = answer("");
        let mut previous = a.prompt_id.as_str().to_owned();
        for i in 0..1000 {
            let inserted = if i == 0 {
                "x".repeat(4 << 20)
            } else {
                "y".into()
            };
            let mut step = Step {
                at: at(i),
                took: 0,
                session: 1,
                how: How::Typed,
                edits: vec![Edit(0, 0, inserted)],
                chain: String::new(),
            };
            step.chain = link(&previous, &step);
            previous.clone_from(&step.chain);
            a.history.push(step);
        }
        a.text = format!("{}{}", "y".repeat(999), "x".repeat(4 << 20));
        assert!(matches!(a.check_history(), Check::TooLong { steps } if steps < 100));
        let replay = Replay::new(&a);
        assert!(replay.len() < 100 && replay.broken.is_some());
        let process = Process::of(&a);
        assert!(matches!(process.check, Check::TooLong { .. }));
    }

    #[test]
    fn the_replay_goes_forward_back_and_far() {
        let mut versions = Vec::new();
        let mut text = String::new();
        for i in 0..300 {
            text.push_str(&format!("w{i} "));
            if i % 7 == 3 {
                text = text.replacen('w', "W", 1);
            }
            versions.push(text.clone());
        }
        let mut a = answer("");
        for (i, v) in versions.iter().enumerate() {
            let from = a.text.clone();
            a.record(&from, v, How::Typed, (at(i as i64), at(i as i64)), 1);
            a.text = v.clone();
        }
        let mut replay = Replay::new(&a);
        assert_eq!(replay.len(), 300);
        assert_eq!(replay.text_at(0), "");
        for n in [300, 1, 150, 149, 64, 65, 200, 0, 299] {
            let expected = if n == 0 { "" } else { versions[n - 1].as_str() };
            assert_eq!(replay.text_at(n), expected, "version {n}");
        }
    }

    #[test]
    fn a_quotation_is_told_from_a_paste() {
        let reading = normalise("The EU  is Kazakhstan’s largest\ninvestor — by far.");
        assert!(is_quotation(
            "«the EU is Kazakhstan's largest investor»",
            &reading
        ));
        assert!(is_quotation("largest investor - by far.", &reading));
        assert!(!is_quotation(
            "The EU is China's largest investor",
            &reading
        ));
        assert!(!is_quotation("  \" ", &reading));
    }
}
