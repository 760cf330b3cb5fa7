//! The teacher's feedback as a study sheet shows it: the overall comment and rubric at the top,
//! each answer's comment under the answer. Every format writes these through
//! [`crate::export::Part::Comment`], cleaned and escaped like the student's own text.

use super::{Feedback, Levels, Rubric, Scope};
use crate::answers::AnswerSheet;
use crate::export::{Clean, SheetFeedback, StudySheet};
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
            .map(|a| (a.prompt_id.clone(), feedback.for_item(&a.prompt_id)))
            .filter(|(_, lines)| !lines.is_empty())
            .collect();
        Shown {
            sheet: feedback.lines(prompts),
            items,
            feedback,
        }
    }
}

impl Feedback {
    /// The sheet's top: which hand-in it is on, the overall comment, the rubric and total.
    pub fn for_sheet(&self, answers: &AnswerSheet, prompts: usize) -> SheetFeedback {
        let mut notes = vec![format!("On hand-in {}", self.hand_in.number)];
        if let Ok(fit) = self.fit(answers)
            && !fit.changed.is_empty()
        {
            let n = fit.changed.len();
            notes.push(format!(
                "{n} {} changed since",
                if n == 1 { "answer" } else { "answers" }
            ));
        }
        SheetFeedback {
            note: Some(Clean::new(&notes.join("; "))),
            ..self.lines(prompts)
        }
    }

    /// The overall comment and the rubric's lines and total, without the note on which
    /// hand-in it is (cheap enough for every frame: no answer is compared).
    pub fn lines(&self, prompts: usize) -> SheetFeedback {
        let mut rubric = Vec::new();
        if let Some(r) = &self.rubric {
            if r.scope == Scope::WholeSheet {
                rubric.extend(level_lines(r, &self.levels));
            } else {
                for (name, points) in self.criterion_points() {
                    rubric.push(Clean::new(&format!(
                        "{name}: {points} points over the answers"
                    )));
                }
            }
            if let Some((got, of)) = self.total(prompts) {
                rubric.push(Clean::new(&format!("Total: {got} of {of}")));
            }
        }
        SheetFeedback {
            note: None,
            overall: paragraphs(&self.overall),
            rubric,
        }
    }

    /// What a sheet shows under the answer to `id`: the comment, then its rubric levels.
    pub fn for_item(&self, id: &PromptId) -> Vec<Clean> {
        let Some(answer) = self.answer(id) else {
            return Vec::new();
        };
        let mut out = paragraphs(&answer.comment);
        if let Some(rubric) = &self.rubric {
            out.extend(level_lines(rubric, &answer.levels));
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
        let ids: Vec<PromptId> = reading
            .prompts()
            .map(|p| p.id.clone())
            .chain(answers.orphans(reading).map(|a| a.prompt_id.clone()))
            .collect();
        StudySheet::build(reading, answers, date).with_feedback(feedback, answers, &ids)
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
            item.comment = feedback.for_item(id);
        }
        let prompts = ids.len() - self.orphans.len().min(ids.len());
        self.feedback = Some(feedback.for_sheet(answers, prompts));
        self
    }
}

fn level_lines(rubric: &Rubric, levels: &Levels) -> Vec<Clean> {
    rubric
        .criteria
        .iter()
        .filter_map(|c| {
            let level = c.level(levels.get(&c.name)?)?;
            Some(Clean::new(&format!(
                "{}: {} ({} of {})",
                c.name,
                level.name,
                level.points,
                c.max_points()
            )))
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
