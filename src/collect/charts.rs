//! What the Class view's charts show, worked out from a group of hand-ins (no egui here): how
//! far each student got, the words each question drew, and the rubric levels the class
//! reached per criterion. Worked out only when the charts are shown.

use crate::feedback::{Rubric, Scope};

use super::Group;

/// A group's charts, as numbers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClassCharts {
    /// Per question (in the reading's order): how many students answered it.
    pub answered: Vec<usize>,
    /// How many hand-ins the group has.
    pub students: usize,
    /// Per student (as shown: name or "Student A"): how many questions they answered.
    pub progress: Vec<(String, usize)>,
    /// Per question: the word count of each answer to it (unanswered left out).
    pub words: Vec<Vec<usize>>,
    /// Per criterion of the rubric: how many hand-ins (answers, for a rubric scored per
    /// answer) were given each level, in the rubric's order of levels.
    pub levels: Vec<(String, Vec<(String, usize)>)>,
}

impl ClassCharts {
    /// The charts of `group`, scored against `rubric` if it has one; students named by `name`.
    pub fn of(
        group: &Group,
        rubric: Option<&Rubric>,
        name: impl Fn(&str) -> String,
    ) -> ClassCharts {
        let prompts = group.prompts.len();
        let mut charts = ClassCharts {
            answered: vec![0; prompts],
            students: group.sheets.len(),
            words: vec![Vec::new(); prompts],
            ..ClassCharts::default()
        };
        for hand_in in &group.sheets {
            let by_id = hand_in.sheet.index();
            let mut count = 0;
            for (i, (id, _)) in group.prompts.iter().enumerate() {
                if by_id.is_answered(id) {
                    count += 1;
                    charts.answered[i] += 1;
                    charts.words[i].push(crate::words::count_words(by_id.text(id)));
                }
            }
            charts.progress.push((name(&hand_in.sheet.student), count));
        }
        if let Some(rubric) = rubric {
            charts.levels = level_counts(group, rubric);
        }
        charts
    }
}

/// Per criterion, how many were given each level: the hand-ins' feedback scored against this
/// rubric (by its criteria), per sheet or per answer as the rubric scores.
fn level_counts(group: &Group, rubric: &Rubric) -> Vec<(String, Vec<(String, usize)>)> {
    let mut counts: Vec<(String, Vec<(String, usize)>)> = rubric
        .criteria
        .iter()
        .map(|c| {
            let levels = c.levels.iter().map(|l| (l.name.clone(), 0)).collect();
            (c.name.clone(), levels)
        })
        .collect();
    for hand_in in &group.sheets {
        let Some(feedback) = hand_in.feedback() else {
            continue;
        };
        let scored = feedback
            .rubric
            .as_ref()
            .is_some_and(|r| r.criteria == rubric.criteria && r.scope == rubric.scope);
        if !scored {
            continue;
        }
        let chosen: Vec<&crate::feedback::Levels> = match rubric.scope {
            Scope::WholeSheet => vec![&feedback.levels],
            Scope::EachAnswer => feedback.answers.iter().map(|a| &a.levels).collect(),
        };
        for levels in chosen {
            for (criterion, given) in counts.iter_mut() {
                let Some(level) = levels.get(criterion.as_str()) else {
                    continue;
                };
                if let Some((_, n)) = given.iter_mut().find(|(name, _)| name == level) {
                    *n += 1;
                }
            }
        }
    }
    counts
}

/// Five numbers of a list (smallest, first quartile, median, third quartile, largest), for a
/// box plot; `None` for an empty list.
pub fn five_numbers(values: &[usize]) -> Option<[f64; 5]> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let at = |q: f64| {
        let place = q * (sorted.len() - 1) as f64;
        let (low, high) = (place.floor() as usize, place.ceil() as usize);
        let fraction = place - low as f64;
        sorted[low] as f64 * (1.0 - fraction) + sorted[high] as f64 * fraction
    };
    Some([at(0.0), at(0.25), at(0.5), at(0.75), at(1.0)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_numbers_are_the_quartiles() {
        assert_eq!(five_numbers(&[]), None);
        assert_eq!(five_numbers(&[7]), Some([7.0; 5]));
        assert_eq!(
            five_numbers(&[1, 2, 3, 4, 5]),
            Some([1.0, 2.0, 3.0, 4.0, 5.0])
        );
        assert_eq!(five_numbers(&[10, 0]), Some([0.0, 2.5, 5.0, 7.5, 10.0]));
    }
}
