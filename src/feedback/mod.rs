//! A teacher's feedback on one hand-in, kept as its own file (`NAME.feedback.ron`) beside the
//! answers file it is about, so the feedback can travel back to the student on the same USB
//! stick or shared folder the answers came on. The teacher's tool never changes the answers
//! file; the feedback names that file's fingerprint, so feedback on an older hand-in is shown
//! as such, and keeps a copy of each answer it commented on, so what changed since can be shown
//! word by word ([`diff`]).

pub mod diff;
pub mod give_back;
pub mod rubric;
mod sheet;
pub use sheet::Shown;
mod store;

pub use rubric::{Criterion, Level, Levels, Rubric, Scope};
pub use store::{
    FEEDBACK_MAGIC, MAX_FEEDBACK_BYTES, RUBRIC_MAGIC, backup_path, feedback_from_ron,
    feedback_path, feedback_to_ron, is_feedback_file, load_feedback, load_rubric, rubric_from_ron,
    rubric_to_ron, save_feedback, save_rubric,
};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::answers::{AnswerSheet, ReadingRef};
use crate::reading::PromptId;

/// The feedback-file format this Lectern writes.
pub const FEEDBACK_VERSION: u32 = 1;

/// Everything a teacher said about one hand-in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Feedback {
    pub version: u32,
    /// The reading (and version of it) the hand-in answers.
    pub reading: ReadingRef,
    /// The student's name as the answers file gives it.
    pub student: String,
    /// Which hand-in this is about.
    pub hand_in: HandInRef,
    /// When the teacher last changed it.
    pub written: Timestamp,
    /// The comment on the whole sheet.
    #[serde(default)]
    pub overall: String,
    /// The rubric scored against, copied in so the feedback reads the same if the teacher's
    /// rubric changes later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rubric: Option<Rubric>,
    /// Levels for the whole sheet (a rubric of [`Scope::WholeSheet`]).
    #[serde(default, skip_serializing_if = "Levels::is_empty")]
    pub levels: Levels,
    /// One entry per answer commented on or scored, in reading order.
    #[serde(default)]
    pub answers: Vec<AnswerFeedback>,
}

/// The hand-in a feedback file is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HandInRef {
    /// The answers file's name as handed in.
    pub file: String,
    /// SHA-256 of that file's bytes when the teacher read it.
    pub sha256: String,
    /// The student's hand-in number (1 for the first).
    pub number: u32,
}

/// The teacher's word on one answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerFeedback {
    pub prompt_id: PromptId,
    /// The prompt, so the comment still makes sense when ids move.
    pub prompt: String,
    /// The answer as the teacher read it, to show what changed since.
    pub answer: String,
    #[serde(default)]
    pub comment: String,
    /// Levels for this answer (a rubric of [`Scope::EachAnswer`]).
    #[serde(default, skip_serializing_if = "Levels::is_empty")]
    pub levels: Levels,
}

/// Why a feedback file does not belong with a student's answers. Nothing is shown or kept.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum Mismatch {
    #[error("{}", crate::t!("err-feedback-other-student", feedback = .feedback.to_string(), answers = .answers.to_string()))]
    OtherStudent { feedback: String, answers: String },
    #[error("{}", crate::t!("err-feedback-other-reading", feedback = .feedback.to_string(), answers = .answers.to_string()))]
    OtherReading { feedback: String, answers: String },
}

/// What a student is told about feedback that does belong to them.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Fit {
    /// Written for another version of the reading (the teacher edited it since).
    pub other_version: bool,
    /// The hand-in it is about, when the student has handed in again since.
    pub earlier_hand_in: Option<u32>,
    /// Answers the student changed since the teacher read them.
    pub changed: Vec<PromptId>,
}

impl Feedback {
    /// Empty feedback on the hand-in `sheet`, read from a file called `file` whose bytes hash
    /// to `sha256`.
    pub fn new(sheet: &AnswerSheet, file: &str, sha256: &str, now: Timestamp) -> Feedback {
        Feedback {
            version: FEEDBACK_VERSION,
            reading: sheet.reading.clone(),
            student: sheet.student.clone(),
            hand_in: HandInRef {
                file: file.to_owned(),
                sha256: sha256.to_owned(),
                number: sheet.handed_in.max(1),
            },
            written: now,
            overall: String::new(),
            rubric: None,
            levels: Levels::new(),
            answers: Vec::new(),
        }
    }

    pub fn answer(&self, id: &PromptId) -> Option<&AnswerFeedback> {
        self.answers.iter().find(|a| &a.prompt_id == id)
    }

    /// The teacher's comment on the answer to `id`, empty when there is none.
    pub fn comment(&self, id: &PromptId) -> &str {
        self.answer(id).map_or("", |a| a.comment.as_str())
    }

    /// The entry for the answer to `id`, made (with the answer as it reads now) when missing.
    pub fn answer_mut(&mut self, id: &PromptId, prompt: &str, answer: &str) -> &mut AnswerFeedback {
        let index = match self.answers.iter().position(|a| &a.prompt_id == id) {
            Some(i) => i,
            None => {
                self.answers.push(AnswerFeedback {
                    prompt_id: id.clone(),
                    prompt: prompt.to_owned(),
                    answer: answer.to_owned(),
                    comment: String::new(),
                    levels: Levels::new(),
                });
                self.answers.len() - 1
            }
        };
        &mut self.answers[index]
    }

    /// Whether the teacher has said or scored anything yet.
    pub fn is_empty(&self) -> bool {
        self.overall.trim().is_empty()
            && self.levels.is_empty()
            && self
                .answers
                .iter()
                .all(|a| a.comment.trim().is_empty() && a.levels.is_empty())
    }

    /// Points earned and the most there were to earn, when a rubric was used: levels of the
    /// whole sheet, or of every answer to the `prompts` prompts of the reading.
    pub fn total(&self, prompts: usize) -> Option<(u64, u64)> {
        Some(self.total_against(self.rubric.as_ref()?, prompts))
    }

    /// [`Feedback::total`] against `rubric` (the class's, before a level copies it in).
    /// Never more points than the most possible: a feedback file scoring answers to prompts
    /// the reading does not have cannot lift a total above it.
    pub fn total_against(&self, rubric: &Rubric, prompts: usize) -> (u64, u64) {
        let (got, of) = match rubric.scope {
            Scope::WholeSheet => (rubric.points(&self.levels), rubric.max_points()),
            Scope::EachAnswer => (
                self.answers
                    .iter()
                    .map(|a| rubric.points(&a.levels))
                    .fold(0u64, u64::saturating_add),
                rubric.max_points().saturating_mul(prompts as u64),
            ),
        };
        (got.min(of), of)
    }

    /// Points per criterion (summed over answers when each answer is scored), in rubric order.
    pub fn criterion_points(&self) -> Vec<(String, u64)> {
        let Some(rubric) = &self.rubric else {
            return Vec::new();
        };
        rubric
            .criteria
            .iter()
            .map(|c| {
                let of = |levels: &Levels| {
                    levels
                        .get(&c.name)
                        .and_then(|l| c.level(l))
                        .map_or(0, |l| u64::from(l.points))
                };
                let points = match rubric.scope {
                    Scope::WholeSheet => of(&self.levels),
                    Scope::EachAnswer => self.answers.iter().map(|a| of(&a.levels)).sum(),
                };
                (c.name.clone(), points)
            })
            .collect()
    }

    /// Whether this feedback may be shown with `sheet`, and what to say with it.
    pub fn fit(&self, sheet: &AnswerSheet) -> Result<Fit, Mismatch> {
        if same_name(&self.student, &sheet.student).is_none_or(|same| !same) {
            return Err(Mismatch::OtherStudent {
                feedback: shown_name(&self.student),
                answers: shown_name(&sheet.student),
            });
        }
        let other_version = self.reading.sha256 != sheet.reading.sha256;
        if other_version && self.reading.title.trim() != sheet.reading.title.trim() {
            return Err(Mismatch::OtherReading {
                feedback: self.reading.title.clone(),
                answers: sheet.reading.title.clone(),
            });
        }
        let earlier_hand_in =
            (sheet.handed_in > self.hand_in.number).then_some(self.hand_in.number);
        let by_id = sheet.index();
        let changed = self
            .answers
            .iter()
            .filter(|a| diff::changed(&a.answer, by_id.text(&a.prompt_id)))
            .map(|a| a.prompt_id.clone())
            .collect();
        Ok(Fit {
            other_version,
            earlier_hand_in,
            changed,
        })
    }
}

/// Whether two names are the same person's as a class writes them (case, spacing); `None` when
/// either is blank, which matches nobody.
pub fn same_name(a: &str, b: &str) -> Option<bool> {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let (a, b) = (norm(a), norm(b));
    (!a.is_empty() && !b.is_empty()).then_some(a == b)
}

fn shown_name(name: &str) -> String {
    let clean = crate::export::Clean::new(name);
    if clean.is_empty() {
        "someone with no name".to_owned()
    } else {
        format!("\"{clean}\"")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reading::BUNDLED;

    fn sheet(name: &str) -> AnswerSheet {
        let reading = BUNDLED[0].parse();
        let mut sheet = AnswerSheet::new(&reading);
        sheet.student = name.to_owned();
        let q1 = reading.prompts().nth(1).unwrap();
        sheet.set_answer(q1, "Trade grew.", Timestamp::UNIX_EPOCH);
        sheet.handed_in = 1;
        sheet
    }

    #[test]
    fn fits_the_same_student_in_any_case_and_spacing_only() {
        let s = sheet("Aliya  Nurlanovna");
        let f = Feedback::new(&s, "a.ron", "00", Timestamp::UNIX_EPOCH);
        assert_eq!(f.fit(&sheet("aliya nurlanovna")), Ok(Fit::default()));
        assert!(matches!(
            f.fit(&sheet("Dana")),
            Err(Mismatch::OtherStudent { .. })
        ));
        assert!(f.fit(&sheet("")).is_err());
        let mut other = sheet("Aliya Nurlanovna");
        other.reading.title = "Another reading".into();
        other.reading.sha256 = "ff".into();
        assert!(matches!(f.fit(&other), Err(Mismatch::OtherReading { .. })));
    }

    #[test]
    fn says_what_changed_since_and_which_hand_in_it_was() {
        let s = sheet("Aliya");
        let mut f = Feedback::new(&s, "a.ron", "00", Timestamp::UNIX_EPOCH);
        let id = s.answers[0].prompt_id.clone();
        f.answer_mut(&id, "p", s.text(&id)).comment = "Say more.".into();
        let mut revised = s.clone();
        revised.answers[0].text = "Trade grew   fast.".into();
        revised.handed_in = 2;
        revised.reading.sha256 = "edited".into();
        let fit = f.fit(&revised).unwrap();
        assert_eq!(fit.changed, vec![id]);
        assert_eq!(fit.earlier_hand_in, Some(1));
        assert!(fit.other_version);
    }

    #[test]
    fn totals_follow_the_rubric_scope() {
        let s = sheet("Aliya");
        let mut f = Feedback::new(&s, "a.ron", "00", Timestamp::UNIX_EPOCH);
        assert_eq!(f.total(9), None);
        let mut rubric = Rubric::starter("R");
        f.rubric = Some(rubric.clone());
        f.levels
            .insert("Use of evidence".into(), "Developing".into());
        assert_eq!(f.total(9), Some((2, 6)));
        rubric.scope = Scope::EachAnswer;
        f.rubric = Some(rubric);
        let id = s.answers[0].prompt_id.clone();
        f.answer_mut(&id, "p", "")
            .levels
            .insert("Use of evidence".into(), "Secure".into());
        assert_eq!(f.total(2), Some((3, 12)));
        assert_eq!(
            f.criterion_points(),
            vec![
                ("Understanding of the text".to_owned(), 0),
                ("Use of evidence".to_owned(), 3)
            ]
        );
    }
}
