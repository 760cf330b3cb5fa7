//! The teacher's feedback as a study sheet shows it: the overall comment and rubric at the top,
//! each answer's comment under the answer. Every format writes these through
//! [`crate::export::Part::Comment`], cleaned and escaped like the student's own text.

use super::{Feedback, Levels, Rubric, Scope};
use crate::answers::AnswerSheet;
use crate::export::{Clean, SheetFeedback, StudySheet};
use crate::i18n::{Arg, Language, tr_in};
use crate::reading::PromptId;

/// Feedback as the window shows it beside a student's answers, cleaned once when it is
/// opened rather than every frame (a comment may be long).
#[derive(Clone, Debug)]
pub struct Shown {
    pub feedback: Feedback,
    /// The overall comment and the rubric's lines.
    pub sheet: SheetFeedback,
    /// Each answer's comment and levels, by prompt.
    pub items: std::collections::HashMap<PromptId, Vec<Clean>>,
}

impl Shown {
    /// `feedback` shown on a reading of `prompts` prompts.
    pub fn new(feedback: Feedback, prompts: usize) -> Shown {
        let items = feedback
            .answers
            .iter()
            .map(|a| {
                (
                    a.prompt_id.clone(),
                    feedback.for_item(&a.prompt_id, crate::i18n::language()),
                )
            })
            .filter(|(_, lines)| !lines.is_empty())
            .collect();
        Shown {
            sheet: feedback.lines(prompts, crate::i18n::language()),
            items,
            feedback,
        }
    }
}

impl Feedback {
    /// The sheet's top: which hand-in it is on, the overall comment, the rubric and total.
    pub fn for_sheet(
        &self,
        answers: &AnswerSheet,
        prompts: usize,
        language: Language,
    ) -> SheetFeedback {
        let number = [("number", Arg::from(self.hand_in.number))];
        let mut notes = vec![tr_in(language, "feedback-on-hand-in", &number)];
        if let Ok(fit) = self.fit(answers)
            && !fit.changed.is_empty()
        {
            let count = [("count", Arg::from(fit.changed.len()))];
            notes.push(tr_in(language, "feedback-changed-since", &count));
        }
        SheetFeedback {
            note: Some(Clean::new(&notes.join("; "))),
            ..self.lines(prompts, language)
        }
    }

    /// The overall comment and the rubric's lines and total, without the note on which
    /// hand-in it is (cheap enough for every frame: no answer is compared).
    pub fn lines(&self, prompts: usize, language: Language) -> SheetFeedback {
        let mut rubric = Vec::new();
        if let Some(r) = &self.rubric {
            if r.scope == Scope::WholeSheet {
                rubric.extend(level_lines(r, &self.levels, language));
            } else {
                for (name, points) in self.criterion_points() {
                    let args = [
                        ("name", Arg::from(name.as_str())),
                        ("points", Arg::from(points)),
                    ];
                    rubric.push(Clean::new(&tr_in(language, "feedback-points-over", &args)));
                }
            }
            if let Some((got, of)) = self.total(prompts) {
                let args = [("got", Arg::from(got)), ("of", Arg::from(of))];
                rubric.push(Clean::new(&tr_in(language, "feedback-total", &args)));
            }
        }
        SheetFeedback {
            note: None,
            overall: paragraphs(&self.overall),
            rubric,
        }
    }

    /// What a sheet shows under the answer to `id`: the comment, then its rubric levels.
    pub fn for_item(&self, id: &PromptId, language: Language) -> Vec<Clean> {
        let Some(answer) = self.answer(id) else {
            return Vec::new();
        };
        let mut out = paragraphs(&answer.comment);
        if let Some(rubric) = &self.rubric {
            out.extend(level_lines(rubric, &answer.levels, language));
        }
        out
    }
}

impl StudySheet {
    /// The sheet for `answers` to `reading` with the teacher's `feedback` on it.
    pub fn build_with_feedback(
        reading: &crate::reading::Reading,
        answers: &AnswerSheet,
        date: &str,
        feedback: &Feedback,
    ) -> StudySheet {
        StudySheet::build(reading, answers, date).with_reading_feedback(reading, answers, feedback)
    }

    /// [`Self::with_feedback`] for a sheet built from `reading` (its prompts, then orphans).
    pub fn with_reading_feedback(
        self,
        reading: &crate::reading::Reading,
        answers: &AnswerSheet,
        feedback: &Feedback,
    ) -> StudySheet {
        let ids: Vec<PromptId> = reading
            .prompts()
            .map(|p| p.id.clone())
            .chain(answers.orphans(reading).map(|a| a.prompt_id.clone()))
            .collect();
        self.with_feedback(feedback, answers, &ids)
    }

    /// Shows `feedback` on this sheet, built from `answers`, whose items are the prompts `ids`
    /// in order (the sections' items, then the orphans').
    pub fn with_feedback(
        mut self,
        feedback: &Feedback,
        answers: &AnswerSheet,
        ids: &[PromptId],
    ) -> StudySheet {
        let items = self
            .sections
            .iter_mut()
            .flat_map(|s| s.items.iter_mut())
            .chain(self.orphans.iter_mut());
        for (item, id) in items.zip(ids) {
            item.comment = feedback.for_item(id, self.labels.language);
        }
        let prompts = ids.len() - self.orphans.len().min(ids.len());
        self.feedback = Some(feedback.for_sheet(answers, prompts, self.labels.language));
        self
    }
}

fn level_lines(rubric: &Rubric, levels: &Levels, language: Language) -> Vec<Clean> {
    rubric
        .criteria
        .iter()
        .filter_map(|c| {
            let level = c.level(levels.get(&c.name)?)?;
            let args = [
                ("criterion", Arg::from(c.name.as_str())),
                ("level", Arg::from(level.name.as_str())),
                ("points", Arg::from(level.points)),
                ("of", Arg::from(c.max_points())),
            ];
            Some(Clean::new(&tr_in(language, "feedback-level-line", &args)))
        })
        .collect()
}

fn paragraphs(text: &str) -> Vec<Clean> {
    Clean::new(text)
        .split("\n\n")
        .map(Clean::new)
        .filter(|p| !p.is_empty())
        .collect()
}
