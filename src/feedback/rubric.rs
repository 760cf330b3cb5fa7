//! A rubric: criteria, each with levels worth points, defined once per reading and used for a
//! whole class. Scores are levels chosen per criterion; points and totals are always worked out
//! from the rubric, never typed, so a total cannot disagree with its levels.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The rubric-file format this Lectern writes.
pub const RUBRIC_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rubric {
    pub version: u32,
    /// The reading it was made for (informative: a rubric can be imported for another).
    pub reading: String,
    pub scope: Scope,
    pub criteria: Vec<Criterion>,
}

/// What each criterion scores.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scope {
    /// One level per criterion for the whole sheet.
    #[default]
    WholeSheet,
    /// One level per criterion for every answer.
    EachAnswer,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub name: String,
    /// From the lowest to the highest, as a teacher lists them.
    pub levels: Vec<Level>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub name: String,
    pub points: u32,
}

/// Levels chosen: criterion name → level name. Names, not positions, so the file reads as
/// the teacher wrote it and a criterion added later leaves old scores meaning what they meant.
pub type Levels = BTreeMap<String, String>;

/// More criteria or levels than any rubric has; a file with more is not a rubric.
const MAX_CRITERIA: usize = 50;
const MAX_LEVELS: usize = 20;
const MAX_POINTS: u32 = 10_000;

impl Rubric {
    /// A starting rubric a teacher edits: two criteria of three levels.
    pub fn starter(reading: &str) -> Rubric {
        let levels = || {
            [
                ("rubric-starter-beginning", 1),
                ("rubric-starter-developing", 2),
                ("rubric-starter-secure", 3),
            ]
            .into_iter()
            .map(|(name, points)| Level {
                name: crate::i18n::tr(name),
                points,
            })
            .collect()
        };
        Rubric {
            version: RUBRIC_VERSION,
            reading: reading.to_owned(),
            scope: Scope::WholeSheet,
            criteria: vec![
                Criterion {
                    name: crate::t!("rubric-starter-understanding"),
                    levels: levels(),
                },
                Criterion {
                    name: crate::t!("rubric-starter-evidence"),
                    levels: levels(),
                },
            ],
        }
    }

    /// Why this rubric cannot be used, if it cannot: names must be there and differ (scores
    /// are kept by name), and sizes stay sane.
    pub fn problem(&self) -> Option<String> {
        if self.criteria.is_empty() {
            return Some(crate::t!("rubric-problem-empty"));
        }
        if self.criteria.len() > MAX_CRITERIA {
            return Some(crate::t!("rubric-problem-too-many", max = MAX_CRITERIA));
        }
        let mut names = std::collections::HashSet::new();
        for criterion in &self.criteria {
            let name = criterion.name.trim();
            if name.is_empty() {
                return Some(crate::t!("rubric-problem-unnamed"));
            }
            if !names.insert(name.to_lowercase()) {
                return Some(crate::t!("rubric-problem-twice", name = name));
            }
            if criterion.levels.is_empty() || criterion.levels.len() > MAX_LEVELS {
                return Some(crate::t!(
                    "rubric-problem-levels",
                    name = name,
                    max = MAX_LEVELS
                ));
            }
            let mut levels = std::collections::HashSet::new();
            for level in &criterion.levels {
                let level_name = level.name.trim();
                if level_name.is_empty() {
                    return Some(crate::t!("rubric-problem-level-unnamed", name = name));
                }
                if !levels.insert(level_name.to_lowercase()) {
                    return Some(crate::t!(
                        "rubric-problem-level-twice",
                        name = name,
                        level = level_name
                    ));
                }
                if level.points > MAX_POINTS {
                    return Some(crate::t!(
                        "rubric-problem-points",
                        level = level_name,
                        max = MAX_POINTS
                    ));
                }
            }
        }
        None
    }

    pub fn criterion(&self, name: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.name == name)
    }

    /// The most one set of levels can earn. (In `u64`: a hand-edited file may hold more
    /// criteria and points than the editor allows, and a sum must never overflow.)
    pub fn max_points(&self) -> u64 {
        self.criteria
            .iter()
            .map(|c| u64::from(c.max_points()))
            .sum()
    }

    /// The points `levels` earn; levels naming no criterion or level of this rubric count 0.
    pub fn points(&self, levels: &Levels) -> u64 {
        levels
            .iter()
            .filter_map(|(criterion, level)| self.criterion(criterion)?.level(level))
            .map(|l| u64::from(l.points))
            .sum()
    }
}

impl Criterion {
    pub fn level(&self, name: &str) -> Option<&Level> {
        self.levels.iter().find(|l| l.name == name)
    }

    pub fn max_points(&self) -> u32 {
        self.levels.iter().map(|l| l.points).max().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_are_worked_out_from_levels_never_typed() {
        let rubric = Rubric::starter("R");
        assert_eq!(rubric.max_points(), 6);
        let mut levels = Levels::new();
        levels.insert("Use of evidence".into(), "Secure".into());
        levels.insert("Understanding of the text".into(), "Beginning".into());
        assert_eq!(rubric.points(&levels), 4);
        levels.insert("Gone criterion".into(), "Secure".into());
        levels.insert("Use of evidence".into(), "No such level".into());
        assert_eq!(rubric.points(&levels), 1);
    }

    #[test]
    fn a_rubric_with_clashing_or_empty_names_is_refused() {
        let mut rubric = Rubric::starter("R");
        assert_eq!(rubric.problem(), None);
        rubric.criteria[1].name = " understanding OF the text ".into();
        assert!(rubric.problem().unwrap().contains("two criteria"));
        rubric.criteria[1].name = "Evidence".into();
        rubric.criteria[1].levels[2].name = "beginning".into();
        assert!(rubric.problem().unwrap().contains("two levels"));
        rubric.criteria[1].levels.clear();
        assert!(rubric.problem().unwrap().contains("levels"));
        rubric.criteria.clear();
        assert!(rubric.problem().is_some());
    }
}
