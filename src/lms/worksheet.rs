//! Grades back into Moodle: the assignment's grading worksheet ("Download grading worksheet",
//! a CSV) filled in with each matched student's rubric total and overall comment, every other
//! cell and the header row left as they were, for "Upload grading worksheet".
//!
//! Moodle finds its columns by their header text in the site's language (mod/assign's
//! offline grading import): the record id ("Identifier"), "Grade", "Maximum Grade" and one
//! column per feedback plugin ("Feedback comments"). A record id reads "Participant 123456":
//! the participant id of the submissions download's folder names, which is how rows and
//! hand-ins are matched.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::collect::{Collected, HandIn};
use crate::files::{FileError, FileKind};

/// The headers Moodle gives each column, in the languages Lectern's teachers' Moodles speak
/// (English and Russian; a Kazakh Moodle site uses the Russian or English language pack for
/// mod/assign).
const IDENTIFIER: &[&str] = &["Identifier", "Идентификатор"];
const GRADE: &[&str] = &["Grade", "Оценка"];
const MAXIMUM: &[&str] = &["Maximum Grade", "Maximum grade", "Максимальная оценка"];
const COMMENTS: &[&str] = &[
    "Feedback comments",
    "Комментарии с отзывом",
    "Отзыв в виде комментария",
];

/// The biggest worksheet read: a class of thousands is a few hundred kilobytes.
const MAX_WORKSHEET_BYTES: u64 = 16 * 1024 * 1024;

/// How the grade is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GradeAs {
    /// The rubric's total, as it is (the assignment is graded out of the rubric's points).
    Points,
    /// The rubric's total scaled to the worksheet's maximum grade.
    Scaled,
}

/// The worksheet filled in, and what could not be.
#[derive(Debug, Default)]
pub struct Filled {
    /// The CSV to upload.
    pub csv: Vec<u8>,
    /// (student, grade written) for each row filled.
    pub graded: Vec<(String, String)>,
    /// Rows left as they were, by their record id, with why.
    pub unmatched_rows: Vec<(String, String)>,
    /// Hand-ins with a score that no row is for (not from this assignment's download).
    pub unmatched_hand_ins: Vec<(PathBuf, String)>,
}

/// Fills in the worksheet at `path` from the class's feedback. `rubrics` are the class's
/// rubrics now, by group: a hand-in scored against another version of its group's rubric is
/// left out (its total would not match the others'), as is a grade above the worksheet's
/// maximum (Moodle skips those without a word).
pub fn fill(
    path: &Path,
    collected: &Collected,
    rubrics: &[Option<&crate::feedback::Rubric>],
    grade_as: GradeAs,
) -> Result<Filled, FileError> {
    let bytes = crate::files::read_file(path, FileKind::Worksheet, MAX_WORKSHEET_BYTES)?;
    let not_one = |detail: String| FileError::NotOne {
        path: path.to_owned(),
        kind: FileKind::Worksheet,
        detail,
    };
    let text = std::str::from_utf8(&bytes).map_err(|_| not_one(crate::t!("worksheet-not-utf8")))?;
    let (bom, text) = match text.strip_prefix('\u{feff}') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    // Each row's cells and where its text starts, so rows not filled in are written back
    // byte for byte (their quoting, their line ends).
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut starts: Vec<usize> = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                starts.push(record.position().map_or(0, |p| p.byte() as usize));
                rows.push(record.iter().map(str::to_owned).collect());
            }
            Err(e) => {
                return Err(not_one(crate::t!(
                    "worksheet-unreadable",
                    line = line_of(&e)
                )));
            }
        }
    }
    let header = rows
        .first()
        .ok_or_else(|| not_one(crate::t!("file-empty")))?;
    let column = |names: &[&str]| {
        header
            .iter()
            .position(|h| names.iter().any(|n| h.trim().eq_ignore_ascii_case(n)))
    };
    let (Some(id_at), Some(grade_at)) = (column(IDENTIFIER), column(GRADE)) else {
        return Err(not_one(crate::t!("worksheet-no-columns")));
    };
    let (maximum_at, comments_at) = (column(MAXIMUM), column(COMMENTS));
    let scored = scored_hand_ins(collected, rubrics);
    let mut filled = Filled::default();
    let mut used = vec![false; scored.len()];
    let mut changed = vec![false; rows.len()];
    let by_id: HashMap<u64, usize> = scored
        .iter()
        .enumerate()
        .filter_map(|(i, s)| Some((s.hand_in.participant.as_ref()?.id, i)))
        .collect();
    for (row, changed) in rows.iter_mut().zip(changed.iter_mut()).skip(1) {
        let record = row.get(id_at).cloned().unwrap_or_default();
        let Some(id) = participant_id(&record) else {
            continue;
        };
        let Some(&at) = by_id.get(&id) else {
            filled
                .unmatched_rows
                .push((record, crate::t!("worksheet-no-hand-in")));
            continue;
        };
        let score = &scored[at];
        used[at] = true;
        // A comment goes in even without a score; the grade is left as it was.
        if !score.overall.trim().is_empty()
            && let Some(c) = comments_at
        {
            set(row, c, comment_html(&score.overall));
            *changed = true;
        }
        let (got, of) = match &score.total {
            Ok(total) => *total,
            Err(why) => {
                filled.unmatched_rows.push((record, why.clone()));
                continue;
            }
        };
        let maximum = maximum_at
            .and_then(|m| row.get(m))
            .and_then(|m| m.trim().replace(',', ".").parse::<f64>().ok());
        let grade = match (grade_as, maximum) {
            (GradeAs::Scaled, Some(maximum)) if of > 0 => number(got as f64 * maximum / of as f64),
            (GradeAs::Scaled, _) => {
                filled
                    .unmatched_rows
                    .push((record, crate::t!("worksheet-no-maximum")));
                used[at] = true;
                continue;
            }
            (GradeAs::Points, Some(maximum)) if got as f64 > maximum => {
                let why = crate::t!(
                    "worksheet-above-maximum",
                    points = got,
                    maximum = number(maximum)
                );
                filled.unmatched_rows.push((record, why));
                continue;
            }
            (GradeAs::Points, _) => got.to_string(),
        };
        set(row, grade_at, grade.clone());
        *changed = true;
        filled
            .graded
            .push((score.hand_in.sheet.student.clone(), grade));
    }
    for (score, used) in scored.iter().zip(used) {
        if !used {
            let why = match &score.hand_in.participant {
                Some(p) => crate::t!("worksheet-no-row", id = p.id.to_string()),
                None => crate::t!("moodle-no-participant"),
            };
            filled
                .unmatched_hand_ins
                .push((score.hand_in.path.clone(), why));
        }
    }
    filled.csv =
        write_rows(text, &rows, &starts, &changed, bom).map_err(|e| FileError::NotEncoded {
            path: path.to_owned(),
            detail: e,
        })?;
    Ok(filled)
}

/// A hand-in's score: its rubric total (or why there is none to give) and overall comment,
/// when its feedback is about it.
struct Score<'a> {
    hand_in: &'a HandIn,
    total: Result<(u64, u64), String>,
    overall: String,
}

fn scored_hand_ins<'a>(
    collected: &'a Collected,
    rubrics: &[Option<&crate::feedback::Rubric>],
) -> Vec<Score<'a>> {
    let mut scores = Vec::new();
    for (g, group) in collected.groups.iter().enumerate() {
        let current = rubrics.get(g).copied().flatten();
        for hand_in in &group.sheets {
            let feedback = hand_in
                .feedback()
                .filter(|f| f.hand_in.sha256 == hand_in.sha256);
            let total = match feedback {
                Some(f)
                    if f.rubric.is_some()
                        && current.is_some_and(|r| f.rubric.as_ref() != Some(r)) =>
                {
                    Err(crate::t!("worksheet-other-rubric"))
                }
                Some(f) => f
                    .total(group.prompts.len())
                    .filter(|(got, _)| {
                        *got > 0
                            || !f.levels.is_empty()
                            || f.answers.iter().any(|a| !a.levels.is_empty())
                    })
                    .ok_or_else(|| crate::t!("worksheet-no-score")),
                None => Err(crate::t!("worksheet-no-score")),
            };
            scores.push(Score {
                hand_in,
                total,
                overall: feedback.map(|f| f.overall.clone()).unwrap_or_default(),
            });
        }
    }
    scores
}

/// The participant id in a record id cell: "Participant 123456", "Участник 123456".
pub fn participant_id(record: &str) -> Option<u64> {
    let digits = record.trim().rsplit(|c: char| !c.is_ascii_digit()).next()?;
    if digits.is_empty() || record.trim().len() == digits.len() {
        return None;
    }
    digits.parse().ok()
}

fn set(row: &mut Vec<String>, at: usize, value: String) {
    if row.len() <= at {
        row.resize(at + 1, String::new());
    }
    row[at] = value;
}

/// A grade as Moodle reads it: up to two decimals, a point, no trailing zeros.
fn number(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// Moodle keeps feedback comments as HTML: the teacher's text, its markup characters escaped
/// and its lines kept.
fn comment_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace("\r\n", "\n")
        .replace('\n', "<br>")
}

/// The worksheet again: the rows filled in written anew (with the line end they had), every
/// other row copied from `text` as it was.
fn write_rows(
    text: &str,
    rows: &[Vec<String>],
    starts: &[usize],
    changed: &[bool],
    bom: bool,
) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(text.len() + 1024);
    if bom {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    for (i, row) in rows.iter().enumerate() {
        let start = starts[i];
        let end = starts.get(i + 1).copied().unwrap_or(text.len());
        let original = text.get(start..end).ok_or("a row out of place")?;
        if !changed[i] {
            out.extend_from_slice(original.as_bytes());
            continue;
        }
        let mut writer = csv::WriterBuilder::new()
            .flexible(true)
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        writer.write_record(row).map_err(|e| e.to_string())?;
        let mut line = writer.into_inner().map_err(|e| e.to_string())?;
        line.pop(); // the `\n` the writer ended it with: the original's own end instead
        out.extend_from_slice(&line);
        let ending = &original[original.trim_end_matches(['\r', '\n']).len()..];
        out.extend_from_slice(if ending.is_empty() && i + 1 < rows.len() {
            b"\n"
        } else {
            ending.as_bytes()
        });
    }
    Ok(out)
}

fn line_of(e: &csv::Error) -> u64 {
    e.position().map_or(0, |p| p.line())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_ids_in_each_language_give_the_participant() {
        assert_eq!(participant_id("Participant 123456"), Some(123456));
        assert_eq!(participant_id("Участник 77"), Some(77));
        assert_eq!(participant_id("Қатысушы 5"), Some(5));
        assert_eq!(
            participant_id("123"),
            None,
            "a bare number is not a record id"
        );
        assert_eq!(participant_id("Participant"), None);
        assert_eq!(participant_id(""), None);
    }

    #[test]
    fn grades_and_comments_are_written_as_moodle_reads_them() {
        assert_eq!(number(7.0), "7");
        assert_eq!(number(6.6666), "6.67");
        assert_eq!(number(8.5), "8.5");
        assert_eq!(
            comment_html("Good <work> & more.\nNext line"),
            "Good &lt;work&gt; &amp; more.<br>Next line"
        );
    }
}
