//! A student's answers to one reading, and how they are kept on disk (`store`).
//!
//! The model is plain data; `store` turns it into RON and back. Nothing here knows about egui.

pub mod history;
pub mod lock;
pub mod recovery;
mod store;

pub use store::{
    DiskStamp, Expect, MAGIC, MAX_ANSWERS_BYTES, SaveError, SaveOptions, backup_path, from_ron,
    load, load_stamped, looks_like_answers, parse_stamped, pretty_ron, save, save_with, to_ron,
};

use std::collections::{HashMap, HashSet};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::reading::{Passage, Prompt, PromptId, Reading};

// The work of looking answers and prompts up (entries looked at), counted in tests so that a
// test can tell linear work from quadratic by the work on n and on 4n, not by the clock.
// Nothing is counted outside tests.
#[cfg(test)]
thread_local! {
    static WORK: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

#[cfg(test)]
pub(crate) fn count_work(n: usize) {
    WORK.with(|w| w.set(w.get() + n as u64));
}

#[cfg(not(test))]
#[inline(always)]
pub(crate) fn count_work(_: usize) {}

/// The answers-file format this Lectern writes. Files with a higher number are refused (never
/// overwritten); lower numbers are migrated when read.
///
/// Version 2 added citations to answers and highlights; a version 1 file reads as one with
/// neither. Version 3 added the hand-in count (`handed_in`), which earlier files read as 0.
/// Version 4 added each answer's history (`history`, see [`history`]), which earlier files
/// read as none: the text they have is recorded as there before the history began.
pub const FORMAT_VERSION: u32 = 4;

/// Everything one student wrote about one reading.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerSheet {
    /// The answers-file format; see [`FORMAT_VERSION`].
    pub version: u32,
    /// The reading these answers belong to.
    pub reading: ReadingRef,
    /// The student's name as they typed it.
    pub student: String,
    /// One entry per prompt the student has written for, in reading order. Entries whose prompt
    /// has left the reading stay here, so nothing written is ever dropped.
    pub answers: Vec<Answer>,
    /// Passages the student marked in the article, in the order they were made.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub highlights: Vec<Highlight>,
    /// How many times these answers were handed in: the copy handed in carries its number, so
    /// a teacher's feedback can say which hand-in it is about.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub handed_in: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// A passage marked in a colour, without being cited.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Highlight {
    pub colour: HighlightColour,
    pub passage: Passage,
}

/// The colours a student can highlight in; what each means is up to them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum HighlightColour {
    Yellow,
    Green,
    Blue,
    Pink,
}

impl HighlightColour {
    pub const ALL: [HighlightColour; 4] = [
        HighlightColour::Yellow,
        HighlightColour::Green,
        HighlightColour::Blue,
        HighlightColour::Pink,
    ];

    /// The colour's name in the interface's language.
    pub fn label(self) -> String {
        self.label_in(crate::i18n::language())
    }

    pub fn label_in(self, language: crate::i18n::Language) -> String {
        let id = match self {
            HighlightColour::Yellow => "colour-yellow",
            HighlightColour::Green => "colour-green",
            HighlightColour::Blue => "colour-blue",
            HighlightColour::Pink => "colour-pink",
        };
        crate::i18n::tr_in(language, id, &[])
    }
}

/// Which reading, and which version of it, a sheet answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReadingRef {
    pub title: String,
    /// `bundled:NAME` or the path the reading was opened from.
    pub origin: String,
    /// SHA-256 of the reading's text, to tell versions apart.
    pub sha256: String,
}

/// One answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub prompt_id: PromptId,
    /// A copy of the prompt, so the answer still makes sense if the reading changes or is lost.
    pub prompt: String,
    pub text: String,
    /// When the student last changed this answer.
    pub edited: Timestamp,
    /// Passages of the article this answer quotes as evidence, in the order they were cited.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub citations: Vec<Passage>,
    /// How the text came to be, change by change (see [`history`]); the last step ends at
    /// `text`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<history::Step>,
}

impl Answer {
    pub fn is_answered(&self) -> bool {
        !self.text.trim().is_empty()
    }

    /// Whether the student left anything here: text, or evidence cited.
    pub fn has_work(&self) -> bool {
        self.is_answered() || !self.citations.is_empty()
    }
}

impl ReadingRef {
    pub fn of(reading: &Reading) -> ReadingRef {
        ReadingRef {
            title: reading.title.clone(),
            origin: reading.origin.to_stored(),
            sha256: reading.fingerprint.0.clone(),
        }
    }
}

/// What happened when a sheet was matched to a reading.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct AttachReport {
    /// The sheet was written for a different text (another reading, or an edited one).
    pub different_text: bool,
    /// Answers whose prompt is not in this reading; they are kept and shown apart.
    pub orphans: usize,
}

impl AnswerSheet {
    /// An empty sheet for `reading`.
    pub fn new(reading: &Reading) -> AnswerSheet {
        AnswerSheet {
            version: FORMAT_VERSION,
            reading: ReadingRef::of(reading),
            student: String::new(),
            answers: Vec::new(),
            highlights: Vec::new(),
            handed_in: 0,
        }
    }

    /// The answer to `id`, looked for from the first: to look up many, take [`Self::index`].
    pub fn answer(&self, id: &PromptId) -> Option<&Answer> {
        let at = self.answers.iter().position(|a| &a.prompt_id == id);
        count_work(at.map_or(self.answers.len(), |i| i + 1));
        at.map(|i| &self.answers[i])
    }

    /// The answers by prompt id, for looking many up (a sheet, a class's CSV): made once, each
    /// lookup then costs the same for 13 answers or 100,000.
    pub fn index(&self) -> AnswerIndex<'_> {
        count_work(self.answers.len());
        let mut by_id = HashMap::with_capacity(self.answers.len());
        for answer in &self.answers {
            // The first of an id, as `answer` finds it.
            by_id.entry(&answer.prompt_id).or_insert(answer);
        }
        AnswerIndex { by_id }
    }

    /// The answer text for `id`, empty when there is none.
    pub fn text(&self, id: &PromptId) -> &str {
        self.answer(id).map_or("", |a| a.text.as_str())
    }

    pub fn is_answered(&self, id: &PromptId) -> bool {
        self.answer(id).is_some_and(Answer::is_answered)
    }

    /// Sets the answer to `prompt`, stamping it with `now`. Returns whether anything changed.
    pub fn set_answer(&mut self, prompt: &Prompt, text: &str, now: Timestamp) -> bool {
        if let Some(answer) = self.answers.iter_mut().find(|a| a.prompt_id == prompt.id) {
            if answer.text == text {
                return false;
            }
            answer.text = text.to_owned();
            answer.prompt = prompt.full_text();
            answer.edited = now;
        } else {
            if text.is_empty() {
                return false;
            }
            self.answers.push(Answer {
                prompt_id: prompt.id.clone(),
                prompt: prompt.full_text(),
                text: text.to_owned(),
                edited: now,
                citations: Vec::new(),
                history: Vec::new(),
            });
        }
        true
    }

    /// The passages the answer to `id` cites.
    pub fn citations(&self, id: &PromptId) -> &[Passage] {
        self.answer(id).map_or(&[], |a| a.citations.as_slice())
    }

    /// Adds `passage` to the citations of the answer to `prompt` (making the answer if there is
    /// none yet). Returns false when that answer already cites the same words there.
    pub fn cite(&mut self, prompt: &Prompt, passage: Passage, now: Timestamp) -> bool {
        if !self.answers.iter().any(|a| a.prompt_id == prompt.id) {
            self.answers.push(Answer {
                prompt_id: prompt.id.clone(),
                prompt: prompt.full_text(),
                text: String::new(),
                edited: now,
                citations: Vec::new(),
                history: Vec::new(),
            });
        }
        let answer = self
            .answers
            .iter_mut()
            .find(|a| a.prompt_id == prompt.id)
            .expect("the answer was just made");
        let same = |c: &Passage| c.paragraph == passage.paragraph && c.quote == passage.quote;
        if answer.citations.iter().any(same) {
            return false;
        }
        answer.citations.push(passage);
        answer.edited = now;
        true
    }

    /// Removes the citation at `index` from the answer to `id`; returns whether there was one.
    pub fn remove_citation(&mut self, id: &PromptId, index: usize, now: Timestamp) -> bool {
        let Some(answer) = self.answers.iter_mut().find(|a| &a.prompt_id == id) else {
            return false;
        };
        if index >= answer.citations.len() {
            return false;
        }
        answer.citations.remove(index);
        answer.edited = now;
        true
    }

    /// Highlights `passage` in `colour`; the same words highlighted again change colour.
    pub fn highlight(&mut self, passage: Passage, colour: HighlightColour) {
        let same = |h: &&mut Highlight| {
            h.passage.paragraph == passage.paragraph && h.passage.quote == passage.quote
        };
        if let Some(existing) = self.highlights.iter_mut().find(same) {
            existing.colour = colour;
        } else {
            self.highlights.push(Highlight { colour, passage });
        }
    }

    /// Removes the highlight at `index`; returns whether there was one.
    pub fn remove_highlight(&mut self, index: usize) -> bool {
        if index < self.highlights.len() {
            self.highlights.remove(index);
            true
        } else {
            false
        }
    }

    /// Every prompt that cites something, with its citations, in sheet order.
    pub fn all_citations(&self) -> impl Iterator<Item = (&PromptId, &[Passage])> {
        self.answers
            .iter()
            .filter(|a| !a.citations.is_empty())
            .map(|a| (&a.prompt_id, a.citations.as_slice()))
    }

    /// The ids of every non-blank answer, for checking many prompts at once.
    pub fn answered_ids(&self) -> HashSet<&PromptId> {
        self.answers
            .iter()
            .filter(|a| a.is_answered())
            .map(|a| &a.prompt_id)
            .collect()
    }

    /// How many of the reading's prompts have a non-blank answer.
    pub fn answered_count(&self, reading: &Reading) -> usize {
        self.answers
            .iter()
            .filter(|a| a.is_answered() && reading.prompt(&a.prompt_id).is_some())
            .count()
    }

    /// Answers with text or citations whose prompt is not in `reading`.
    pub fn orphans<'a>(&'a self, reading: &'a Reading) -> impl Iterator<Item = &'a Answer> + 'a {
        self.answers
            .iter()
            .filter(|a| a.has_work() && reading.prompt(&a.prompt_id).is_none())
    }

    /// Matches this sheet to `reading`: an answer follows its prompt's text when the reading
    /// was edited and ids moved; one whose prompt is gone is kept as an orphan. Afterwards the
    /// sheet names `reading` and its answers are in reading order.
    pub fn attach(&mut self, reading: &Reading) -> AttachReport {
        let different_text = self.reading.sha256 != reading.fingerprint.0;
        // The same text can still be read into other questions (a newer Lectern reads an essay
        // heading's question as the essay): answers follow their questions then too.
        let misread = || {
            self.answers.iter().any(|a| {
                reading
                    .prompt(&a.prompt_id)
                    .is_some_and(|p| p.full_text() != a.prompt)
            })
        };
        if different_text || misread() {
            self.follow_moved_prompts(reading);
        }
        if different_text {
            self.renumber_passages(reading);
        }
        self.reading = ReadingRef::of(reading);
        self.answers
            .sort_by_key(|a| reading.prompt_index(&a.prompt_id).unwrap_or(usize::MAX));
        let orphans = self.orphans(reading).count();
        AttachReport {
            different_text,
            orphans,
        }
    }

    /// Citations and highlights take the paragraph numbers their words have in `reading`;
    /// words no longer in it keep their old number (and are shown as not found).
    fn renumber_passages(&mut self, reading: &Reading) {
        let passages = self
            .answers
            .iter_mut()
            .flat_map(|a| a.citations.iter_mut())
            .chain(self.highlights.iter_mut().map(|h| &mut h.passage));
        let mut searches = crate::reading::FULL_SEARCHES;
        for passage in passages {
            if let Some(number) = reading
                .locate_budgeted(passage, &mut searches)
                .and_then(|at| reading.paragraph_number(at.block))
            {
                passage.paragraph = number;
            }
        }
    }

    /// Each answer goes to its prompt's text wherever the edited reading now has it, all
    /// answers placed together: first those whose prompt is still where it was, then each
    /// other to the first prompt with its text that no answer holds, then the rest keep their
    /// place — a question reworded in place keeps its answer — unless an answer took it, when
    /// they are kept apart as orphans (an id the reading does not have). One answer at a time
    /// went wrong: with two answered questions and a new one written before them, the first
    /// answer's new place was still held by the second, not moved yet, and it stayed under the
    /// new question. Tables keep each answer's cost the same however long the reading is.
    fn follow_moved_prompts(&mut self, reading: &Reading) {
        count_work(self.answers.len());
        let in_place = |answer: &Answer| {
            reading
                .prompt(&answer.prompt_id)
                .is_some_and(|p| p.full_text() == answer.prompt)
        };
        let mut placed: Vec<bool> = self.answers.iter().map(in_place).collect();
        if placed.iter().all(|&p| p) {
            return;
        }
        let mut taken: HashSet<PromptId> = self
            .answers
            .iter()
            .zip(&placed)
            .filter(|(_, placed)| **placed)
            .map(|(a, _)| a.prompt_id.clone())
            .collect();
        count_work(reading.prompt_count());
        let mut by_text: HashMap<String, &PromptId> =
            HashMap::with_capacity(reading.prompt_count());
        for prompt in reading.prompts() {
            // The first prompt with the text, as a search in reading order finds.
            by_text.entry(prompt.full_text()).or_insert(&prompt.id);
        }
        for (answer, placed) in self.answers.iter_mut().zip(placed.iter_mut()) {
            count_work(1);
            if *placed {
                continue;
            }
            if let Some(&target) = by_text.get(&answer.prompt)
                && !taken.contains(target)
            {
                answer.prompt_id = target.clone();
                taken.insert(target.clone());
                *placed = true;
            }
        }
        for (answer, placed) in self.answers.iter_mut().zip(&placed) {
            count_work(1);
            if *placed {
                continue;
            }
            if taken.contains(&answer.prompt_id) {
                answer.prompt_id = orphan_id(&answer.prompt_id, reading, &taken);
            }
            taken.insert(answer.prompt_id.clone());
        }
    }
}

/// An id for an answer that lost its place: the old one with a mark the reading's ids never
/// have ("Q2~1"), not in `reading` and not `taken`.
fn orphan_id(old: &PromptId, reading: &Reading, taken: &HashSet<PromptId>) -> PromptId {
    (1..)
        .map(|n| PromptId(format!("{}~{n}", old.0)))
        .find(|id| reading.prompt(id).is_none() && !taken.contains(id))
        .expect("a free id")
}

/// A sheet's answers by prompt id ([`AnswerSheet::index`]).
pub struct AnswerIndex<'a> {
    by_id: HashMap<&'a PromptId, &'a Answer>,
}

impl<'a> AnswerIndex<'a> {
    pub fn answer(&self, id: &PromptId) -> Option<&'a Answer> {
        count_work(1);
        self.by_id.get(id).copied()
    }

    /// The answer text for `id`, empty when there is none.
    pub fn text(&self, id: &PromptId) -> &'a str {
        self.answer(id).map_or("", |a| a.text.as_str())
    }

    pub fn is_answered(&self, id: &PromptId) -> bool {
        self.answer(id).is_some_and(Answer::is_answered)
    }

    /// The passages the answer to `id` cites.
    pub fn citations(&self, id: &PromptId) -> &'a [Passage] {
        self.answer(id).map_or(&[], |a| a.citations.as_slice())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reading::{Fingerprint, Origin, PromptKind, Section};

    fn reading(prompts: usize, extra: usize) -> Reading {
        crate::generate::prompts_reading(prompts, extra)
    }

    /// `reading`'s sheet with every `step`th prompt answered.
    fn answered(reading: &Reading, step: usize) -> AnswerSheet {
        let mut sheet = AnswerSheet::new(reading);
        sheet.student = "Many".to_owned();
        let when = "2026-01-01T00:00:00Z".parse().unwrap();
        for (i, prompt) in reading.prompts().enumerate().step_by(step) {
            sheet.set_answer(prompt, &format!("Answer {i}."), when);
        }
        sheet
    }

    /// The work counted while `f` runs (see [`count_work`]).
    fn work_of(f: impl FnOnce()) -> u64 {
        WORK.with(|w| w.set(0));
        f();
        WORK.with(|w| w.get())
    }

    /// `follow_moved_prompts` said plainly, searching the reading and the sheet from the start
    /// for every answer: the one with tables must place the same.
    fn follow_moved_plainly(sheet: &mut AnswerSheet, reading: &Reading) {
        let n = sheet.answers.len();
        let mut placed: Vec<bool> = sheet
            .answers
            .iter()
            .map(|a| {
                reading
                    .prompt(&a.prompt_id)
                    .is_some_and(|p| p.full_text() == a.prompt)
            })
            .collect();
        if placed.iter().all(|&p| p) {
            return;
        }
        let holds = |sheet: &AnswerSheet, placed: &[bool], id: &PromptId, but: usize| {
            (0..n).any(|k| k != but && placed[k] && sheet.answers[k].prompt_id == *id)
        };
        for i in 0..n {
            if placed[i] {
                continue;
            }
            let first = reading
                .prompts()
                .find(|p| p.full_text() == sheet.answers[i].prompt);
            if let Some(target) = first
                && !holds(sheet, &placed, &target.id, i)
            {
                sheet.answers[i].prompt_id = target.id.clone();
                placed[i] = true;
            }
        }
        for i in 0..n {
            if placed[i] {
                continue;
            }
            let old = sheet.answers[i].prompt_id.clone();
            if holds(sheet, &placed, &old, i) {
                let free = (1..)
                    .map(|k| PromptId(format!("{}~{k}", old.0)))
                    .find(|id| reading.prompt(id).is_none() && !holds(sheet, &placed, id, i))
                    .unwrap();
                sheet.answers[i].prompt_id = free;
            }
            placed[i] = true;
        }
    }

    /// A teacher writes a question before two answered ones, and takes one out before another:
    /// every answer stays with its question's text.
    #[test]
    fn answers_follow_their_questions_when_several_move_at_once() {
        let when: Timestamp = "2026-01-01T00:00:00Z".parse().unwrap();
        let reading_of = |texts: &[&str]| {
            let prompts = texts
                .iter()
                .enumerate()
                .map(|(q, text)| Prompt {
                    id: PromptId(format!("Q{}", q + 1)),
                    kind: PromptKind::Question,
                    label: (q + 1).to_string(),
                    title: None,
                    text: (*text).to_owned(),
                })
                .collect();
            Reading::new(
                "R".to_owned(),
                None,
                Origin::Text,
                Fingerprint::of(&texts.join("|")),
                Vec::new(),
                vec![Section {
                    title: "S".to_owned(),
                    description: None,
                    prompts,
                }],
                Vec::new(),
            )
        };
        let before = reading_of(&["A?", "B?", "C?"]);
        let mut sheet = AnswerSheet::new(&before);
        for (q, answer) in ["to A", "to B", "to C"].iter().enumerate() {
            let prompt = before.prompts().nth(q).unwrap();
            sheet.set_answer(prompt, answer, when);
        }
        let text_of = |sheet: &AnswerSheet, reading: &Reading, q: usize| {
            sheet.text(&reading.prompts().nth(q).unwrap().id).to_owned()
        };
        let inserted = reading_of(&["X?", "A?", "B?", "C?"]);
        let mut moved = sheet.clone();
        moved.attach(&inserted);
        let texts: Vec<String> = (0..4).map(|q| text_of(&moved, &inserted, q)).collect();
        assert_eq!(texts, ["", "to A", "to B", "to C"]);

        let removed = reading_of(&["B?", "C?"]);
        let mut moved = sheet.clone();
        let report = moved.attach(&removed);
        let texts: Vec<String> = (0..2).map(|q| text_of(&moved, &removed, q)).collect();
        assert_eq!(texts, ["to B", "to C"]);
        assert_eq!(report.orphans, 1, "the answer to A is kept apart");
        assert_eq!(moved.orphans(&removed).next().unwrap().text, "to A");

        // A question reworded in place keeps its answer.
        let reworded = reading_of(&["A, again?", "B?", "C?"]);
        let mut moved = sheet.clone();
        moved.attach(&reworded);
        assert_eq!(text_of(&moved, &reworded, 0), "to A");
    }

    #[test]
    fn answers_follow_moved_prompts_as_said_plainly() {
        // Small readings and sheets drawn from few ids and texts, so that texts repeat, ids
        // are taken, and answers chase each other's prompts.
        let mut seed = 25u64;
        let mut next = |below: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % below
        };
        let when: Timestamp = "2026-01-01T00:00:00Z".parse().unwrap();
        for _ in 0..3_000 {
            let prompts: Vec<Prompt> = (0..1 + next(6))
                .map(|q| Prompt {
                    id: PromptId(format!("Q{}", q + 1)),
                    kind: PromptKind::Question,
                    label: (q + 1).to_string(),
                    title: None,
                    text: format!("text {}", next(4)),
                })
                .collect();
            let reading = Reading::new(
                "R".to_owned(),
                None,
                Origin::Text,
                Fingerprint::of(&next(1 << 20).to_string()),
                Vec::new(),
                vec![Section {
                    title: "S".to_owned(),
                    description: None,
                    prompts,
                }],
                Vec::new(),
            );
            let mut sheet = AnswerSheet::new(&reading);
            sheet.reading.sha256 = "another version".to_owned();
            for _ in 0..next(7) {
                sheet.answers.push(Answer {
                    prompt_id: PromptId(format!("Q{}", 1 + next(8))),
                    prompt: format!("text {}", next(5)),
                    text: "words".to_owned(),
                    edited: when,
                    citations: Vec::new(),
                    history: Vec::new(),
                });
            }
            let mut plainly = sheet.clone();
            follow_moved_plainly(&mut plainly, &reading);
            sheet.follow_moved_prompts(&reading);
            assert_eq!(sheet, plainly);
        }
    }

    /// Issue 25: a hand-in of 100,000 answers took minutes to collect, and 100,000 answers
    /// against 600,000 prompts did not export, each answer being looked for from the start of
    /// the sheet. Each step is run with n answers and with 4n; linear work grows about four
    /// times, quadratic sixteen.
    #[test]
    fn answers_are_looked_up_in_linear_work() {
        let data = tempfile::tempdir().unwrap();
        crate::paths::use_data_dir(data.path().join("data"));
        // A step's name, and its work with n answers.
        type Step = (&'static str, fn(usize) -> u64);
        let steps: [Step; 6] = [
            ("attach to the same reading", |n| {
                let reading = reading(6 * n, 0);
                let sheet = answered(&reading, 6);
                work_of(|| {
                    let _ = sheet.clone().attach(&reading);
                })
            }),
            ("attach to a reading where every prompt moved", |n| {
                let edited = reading(6 * n, 1);
                let sheet = answered(&reading(6 * n, 0), 6);
                work_of(|| {
                    let _ = sheet.clone().attach(&edited);
                })
            }),
            ("build a study sheet", |n| {
                let reading = reading(6 * n, 0);
                let sheet = answered(&reading, 6);
                work_of(|| {
                    let _ = crate::export::StudySheet::build(&reading, &sheet, "2026");
                })
            }),
            ("collect a hand-in from a folder", |n| {
                let folder = tempfile::tempdir().unwrap();
                let sheet = answered(&reading(n, 0), 1);
                save(&folder.path().join("many.ron"), &sheet).unwrap();
                work_of(|| {
                    let _ = crate::collect::collect(folder.path()).unwrap();
                })
            }),
            ("the class CSV", |n| {
                let folder = tempfile::tempdir().unwrap();
                let sheet = answered(&reading(n, 0), 1);
                save(&folder.path().join("many.ron"), &sheet).unwrap();
                let collected = crate::collect::collect(folder.path()).unwrap();
                work_of(|| {
                    let _ = collected.groups[0].csv();
                })
            }),
            ("the class sheet", |n| {
                let folder = tempfile::tempdir().unwrap();
                let sheet = answered(&reading(n, 0), 1);
                save(&folder.path().join("many.ron"), &sheet).unwrap();
                let collected = crate::collect::collect(folder.path()).unwrap();
                work_of(|| {
                    let _ = collected.groups[0].study_sheet("2026");
                })
            }),
        ];
        let n = 300;
        let quadratic: Vec<String> = steps
            .iter()
            .map(|(name, run)| (name, run(n), run(4 * n)))
            .filter(|&(_, small, large)| large > 6 * small.max(1))
            .map(|(name, small, large)| format!("{name}: {small} at n, {large} at 4n"))
            .collect();
        assert!(
            quadratic.is_empty(),
            "work at n = {n} answers and 4n (linear is about 4 times): {quadratic:#?}"
        );
    }
}
