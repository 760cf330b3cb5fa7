//! The Class view's state (teachers): the folder of hand-ins read, each group's rubric and
//! reading, the review under way, the rubric being edited and how feedback is returned. Drawn
//! by `ui::class`; changed by the runner (`ui::class_runner`) and the review's rules
//! (`app::review`).

use std::path::PathBuf;

use crate::app::review::Review;
use crate::collect::Collected;
use crate::export::Format;
use crate::feedback::Rubric;

/// An open Class view.
pub struct ClassView {
    pub folder: PathBuf,
    pub collected: Collected,
    /// Show "Student A", "Student B"… (for showing answers to the class).
    pub anonymize: bool,
    /// Each group's rubric (by the group's index): none kept yet, or read, or why not.
    pub rubrics: Vec<Option<Result<Rubric, String>>>,
    /// The hand-in being reviewed, if any.
    pub review: Option<Review>,
    /// The rubric being edited for the group at this index (owned by the view while open).
    pub rubric_edit: Option<(usize, Rubric)>,
    /// A feedback sheet in this format beside each returned file, or none.
    pub return_sheet: Option<Format>,
    /// Each group's reading, when this computer has it: the review shows a cited passage in
    /// its paragraph.
    pub readings: Vec<Option<crate::reading::Reading>>,
    /// How the reviewed answer was written, open over the review.
    pub history: Option<crate::app::history::HistoryView>,
    /// *Return feedback* writes one ZIP for Moodle's feedback upload.
    pub return_moodle: bool,
    /// Grades in Moodle's worksheet are scaled to its maximum grade (else the rubric points).
    pub scale_grades: bool,
}

impl ClassView {
    pub fn new(
        folder: PathBuf,
        collected: Collected,
        rubrics: Vec<Option<Result<Rubric, String>>>,
        readings: Vec<Option<crate::reading::Reading>>,
    ) -> ClassView {
        // A class from a Moodle download goes back to Moodle unless the teacher says not.
        let from_moodle = from_moodle(&collected);
        ClassView {
            readings,
            folder,
            collected,
            anonymize: false,
            rubrics,
            review: None,
            rubric_edit: None,
            return_sheet: None,
            history: None,
            return_moodle: from_moodle,
            scale_grades: false,
        }
    }

    /// The rubric of group `group`, when one was kept and reads.
    pub fn rubric(&self, group: usize) -> Option<&Rubric> {
        self.rubrics.get(group)?.as_ref()?.as_ref().ok()
    }

    /// The group the Class view is about now: the reviewed hand-in's, else the largest.
    pub fn current_group(&self) -> usize {
        self.review.as_ref().map_or(0, |r| r.group)
    }

    /// Whether the hand-ins came from a Moodle download (its folder names tell participants).
    pub fn from_moodle(&self) -> bool {
        from_moodle(&self.collected)
    }

    /// The title of the reading group `group` answers.
    pub fn title(&self, group: usize) -> String {
        self.collected
            .groups
            .get(group)
            .map(|g| g.title.clone())
            .unwrap_or_default()
    }
}

/// Whether any hand-in came from a Moodle download (its folder named a participant).
fn from_moodle(collected: &Collected) -> bool {
    collected
        .groups
        .iter()
        .flat_map(|g| &g.sheets)
        .any(|h| h.participant.is_some())
}
