//! A student's answers to one reading, and how they are kept on disk (`store`).
//!
//! The model is plain data; `store` turns it into RON and back. Nothing here knows about egui.

pub mod lock;
pub mod recovery;
mod store;

pub use store::{
    DiskStamp, Expect, LoadError, MAGIC, MAX_ANSWERS_BYTES, SaveError, SaveOptions, backup_path,
    from_ron, load, load_stamped, looks_like_answers, pretty_ron, save, save_with, to_ron,
};

use std::collections::HashSet;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::reading::{Passage, Prompt, PromptId, Reading};

/// The answers-file format this Lectern writes. Files with a higher number are refused (never
/// overwritten); lower numbers are migrated when read.
///
/// Version 2 added citations to answers and highlights; a version 1 file reads as one with
/// neither. Version 3 added the hand-in count (`handed_in`), which earlier files read as 0.
pub const FORMAT_VERSION: u32 = 3;

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

    pub fn answer(&self, id: &PromptId) -> Option<&Answer> {
        self.answers.iter().find(|a| &a.prompt_id == id)
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
        if different_text {
            self.follow_moved_prompts(reading);
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

    /// Where a saved prompt text now sits under another id, the answer moves to that id,
    /// unless an answer is already there.
    fn follow_moved_prompts(&mut self, reading: &Reading) {
        for i in 0..self.answers.len() {
            let answer = &self.answers[i];
            let same = reading
                .prompt(&answer.prompt_id)
                .is_some_and(|p| p.full_text() == answer.prompt);
            if same {
                continue;
            }
            let moved = reading.prompts().find(|p| p.full_text() == answer.prompt);
            if let Some(target) = moved
                && self.answer(&target.id).is_none()
            {
                self.answers[i].prompt_id = target.id.clone();
            }
        }
    }
}
