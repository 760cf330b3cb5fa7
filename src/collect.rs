//! Class collection without a server: read every answers file in a folder (a USB stick or a
//! shared drive where a class handed in), group them by the reading and version they answer,
//! and make a class sheet — for each prompt, every student's answer in turn — and a CSV summary.
//! Files that cannot be read are listed with the reason, never skipped in silence.

use crate::files::FileError;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::answers::{self, AnswerSheet};
use crate::export::{Clean, Format, SheetItem, SheetSection, StudySheet};
use crate::feedback::{self, Feedback};
use crate::paths::slug;
use crate::reading::{self, PromptId, Reading};
use crate::words::count_words;

/// Every answers file found, grouped, and those that could not be read.
#[derive(Debug, Default)]
pub struct Collected {
    /// One group per reading version, the largest first.
    pub groups: Vec<Group>,
    pub unreadable: Vec<(PathBuf, String)>,
}

/// The sheets that answer one version of one reading.
#[derive(Debug)]
pub struct Group {
    pub title: String,
    /// The reading's SHA-256, shared by every sheet here.
    pub fingerprint: String,
    /// The prompts, in the reading's order when the reading could be found, else in the order
    /// the sheets give them.
    pub prompts: Vec<(PromptId, String)>,
    pub sheets: Vec<HandIn>,
    /// The reading itself, when this computer has it at this version (found by fingerprint):
    /// the quotes on the class sheet are checked against it.
    pub reading: Option<Reading>,
}

/// One handed-in answers file, with the teacher's feedback beside it if there is any.
#[derive(Debug, Clone)]
pub struct HandIn {
    pub path: PathBuf,
    pub sheet: AnswerSheet,
    /// SHA-256 of the file's bytes, which feedback names to say which hand-in it is about.
    pub sha256: String,
    /// `NAME.feedback.ron` beside it: none, read, or why it could not be read.
    pub feedback: Option<Result<Feedback, String>>,
    /// How the answers were written, worked out from their histories the first time it is
    /// asked for (replaying a history checks every link: not redone every frame).
    pub process: std::sync::OnceLock<crate::answers::history::SheetProcess>,
    /// Where the teacher's feedback on it is kept: beside it (`NAME.feedback.ron`), or, for a
    /// hand-in in a ZIP, in a folder beside the ZIP ([`feedback_folder`]).
    pub feedback_at: PathBuf,
    /// The Moodle participant it came from, when the download's names say.
    pub participant: Option<crate::lms::Participant>,
    /// The ZIP it was read from, if it was.
    pub zip: Option<PathBuf>,
}

impl HandIn {
    pub fn new(path: PathBuf, sheet: AnswerSheet, sha256: String) -> HandIn {
        HandIn {
            feedback_at: feedback::feedback_path(&path),
            participant: None,
            zip: None,
            path,
            sheet,
            sha256,
            feedback: None,
            process: std::sync::OnceLock::new(),
        }
    }

    /// How the answers were written (see [`Self::process`]).
    pub fn process(&self) -> &crate::answers::history::SheetProcess {
        self.process
            .get_or_init(|| crate::answers::history::SheetProcess::of(&self.sheet))
    }

    /// The feedback read beside this hand-in, if it read.
    pub fn feedback(&self) -> Option<&Feedback> {
        self.feedback.as_ref().and_then(|f| f.as_ref().ok())
    }

    /// Where this hand-in's feedback stands, for summaries (the Class view, `lectern
    /// feedback`, the CSV), on a reading of `prompts` prompts.
    pub fn feedback_state(&self, prompts: usize) -> FeedbackState {
        match &self.feedback {
            None => FeedbackState::None,
            Some(Err(e)) => FeedbackState::Unreadable(e.clone()),
            Some(Ok(f)) if f.is_empty() => FeedbackState::None,
            Some(Ok(f)) => FeedbackState::Given {
                comments: f
                    .answers
                    .iter()
                    .filter(|a| !a.comment.trim().is_empty())
                    .count(),
                total: f.total(prompts),
                stale: f.hand_in.sha256 != self.sha256,
            },
        }
    }
}

/// Where a hand-in's feedback stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedbackState {
    /// None yet, or nothing said in it.
    None,
    /// The file beside does not read: why.
    Unreadable(String),
    Given {
        /// Answers with a comment.
        comments: usize,
        /// Points and the most possible, when scored against a rubric.
        total: Option<(u64, u64)>,
        /// Written on an earlier version of the answers file.
        stale: bool,
    },
}

pub mod charts;
mod sources;

pub use sources::{MAX_DEPTH, MAX_FILES, MAX_ZIP_BYTES, feedback_folder, is_zip};

/// Reads every answers file of a class: in a folder and its sub-folders, or in a ZIP as an LMS
/// gave it (read where it is, never unpacked). Files that do not read are listed with why.
pub fn collect(place: &Path) -> Result<Collected, FileError> {
    let mut collected = Collected::default();
    let found = if is_zip(place) {
        sources::zip(place, &mut collected.unreadable)?
    } else {
        sources::folder(place, &mut collected.unreadable)?
    };
    let mut by_version: BTreeMap<String, Vec<HandIn>> = BTreeMap::new();
    for found in found {
        let read = found.bytes.and_then(|bytes| {
            answers::parse_stamped(&bytes, &found.path).map_err(|e| e.to_string())
        });
        match read {
            Ok((sheet, stamp)) => {
                let beside = &found.feedback_at;
                let feedback = std::fs::symlink_metadata(beside).is_ok().then(|| {
                    feedback::load_feedback(beside)
                        .map_err(|e| e.to_string())
                        .and_then(|f| belongs(f, &sheet))
                });
                by_version
                    .entry(sheet.reading.sha256.clone())
                    .or_default()
                    .push(HandIn {
                        feedback,
                        feedback_at: found.feedback_at,
                        participant: found.participant,
                        zip: found.zip,
                        ..HandIn::new(found.path, sheet, stamp.hex().to_owned())
                    })
            }
            Err(e) => collected.unreadable.push((found.path, e)),
        }
    }
    for (fingerprint, mut sheets) in by_version {
        // A student's hand-ins in order, so "hand-in 2" follows "hand-in 1".
        sheets.sort_by_key(|h| {
            (
                h.sheet.student.to_lowercase(),
                h.sheet.handed_in,
                h.path.clone(),
            )
        });
        let first = &sheets[0].sheet;
        // Found by fingerprint in the library, never through the path the hand-in names.
        let reading =
            crate::library::Library::in_data_dir().find_by_fingerprint(&first.reading.sha256);
        let prompts = prompt_order(reading.as_ref(), &sheets);
        collected.groups.push(Group {
            title: first.reading.title.clone(),
            fingerprint,
            prompts,
            sheets,
            reading,
        });
    }
    collected
        .groups
        .sort_by_key(|g| std::cmp::Reverse(g.sheets.len()));
    Ok(collected)
}

/// `feedback` if it is about `sheet`'s student and reading — a feedback file copied (or
/// written) beside the wrong hand-in is said, never delivered to either student.
fn belongs(feedback: Feedback, sheet: &AnswerSheet) -> Result<Feedback, String> {
    let same = feedback::same_name(&feedback.student, &sheet.student)
        .unwrap_or(feedback.student.trim() == sheet.student.trim());
    if !same {
        return Err(crate::t!(
            "feedback-other-student",
            other = Clean::new(&feedback.student).to_string(),
            student = Clean::new(&sheet.student).to_string()
        ));
    }
    if feedback.reading.sha256 != sheet.reading.sha256 {
        return Err(crate::t!(
            "feedback-other-reading",
            title = Clean::new(&feedback.reading.title).to_string()
        ));
    }
    Ok(feedback)
}

/// The reading's own order if it can be found at the same version; else first appearance.
fn prompt_order(reading: Option<&Reading>, sheets: &[HandIn]) -> Vec<(PromptId, String)> {
    if let Some(reading) = reading {
        return reading
            .prompts()
            .map(|p| (p.id.clone(), p.full_text()))
            .collect();
    }
    let mut order: Vec<(PromptId, String)> = Vec::new();
    // Ids already in `order`: a set, so 100,000 ids are not each looked for among the others.
    let mut seen = std::collections::HashSet::new();
    for hand_in in sheets {
        for answer in &hand_in.sheet.answers {
            answers::count_work(1);
            if seen.insert(&answer.prompt_id) {
                order.push((answer.prompt_id.clone(), answer.prompt.clone()));
            }
        }
    }
    order
}

impl Collected {
    /// Replaces every name with "Student A", "Student B"… (in the order of the names, so the
    /// letters say nothing about who handed in first). File names are hidden too.
    pub fn anonymize(&mut self) {
        let mut names: Vec<String> = self
            .groups
            .iter()
            .flat_map(|g| g.sheets.iter().map(|h| h.sheet.student.clone()))
            .collect();
        names.sort_by_key(|n| n.to_lowercase());
        names.dedup();
        for group in &mut self.groups {
            for hand_in in &mut group.sheets {
                let sheet = &mut hand_in.sheet;
                let index = names.iter().position(|n| *n == sheet.student).unwrap_or(0);
                sheet.student = format!("Student {}", letters(index));
                hand_in.path = PathBuf::from(format!("{}.ron", sheet.student));
                if let Some(Ok(feedback)) = &mut hand_in.feedback {
                    feedback.student = sheet.student.clone();
                }
            }
            group
                .sheets
                .sort_by(|a, b| a.sheet.student.cmp(&b.sheet.student));
        }
    }
}

/// A, B, …, Z, AA, AB, …
fn letters(mut n: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (n % 26) as u8);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

impl Group {
    /// How many students handed in: a student's second hand-in (or the same file handed in
    /// twice under two names) is one student, not two.
    pub fn students(&self) -> usize {
        let mut names: Vec<String> = self
            .sheets
            .iter()
            .map(|h| h.sheet.student.trim().to_lowercase())
            .collect();
        names.sort_unstable();
        names.dedup();
        names.len()
    }

    /// A name for this group's files: `class_reading-title_1a2b3c4d`.
    pub fn file_stem(&self) -> String {
        format!(
            "class_{}_{}",
            slug(&self.title),
            reading::short_fingerprint(&self.fingerprint)
        )
    }

    /// The rubric the group's feedback used (the first found), for its CSV columns.
    pub fn rubric(&self) -> Option<&crate::feedback::Rubric> {
        self.sheets
            .iter()
            .find_map(|h| h.feedback().and_then(|f| f.rubric.as_ref()))
    }

    /// Student, file, hand-in, prompts answered, words per prompt, last edited, then the
    /// feedback: whether there is some, the rubric's points per criterion, total and most
    /// possible. One row per hand-in.
    pub fn csv(&self) -> String {
        let rubric = self.rubric();
        let mut header = vec![
            "student".to_owned(),
            "file".to_owned(),
            "hand-in".to_owned(),
            "answered".to_owned(),
        ];
        header.extend(self.prompts.iter().map(|(id, _)| format!("words {id}")));
        header.push("last edited".to_owned());
        // How the answers were written (answers::history): counts, never a verdict.
        for h in ["writing minutes", "sessions", "pasted %", "history"] {
            header.push(h.to_owned());
        }
        header.push("feedback".to_owned());
        if let Some(rubric) = rubric {
            // A level per criterion when the sheet is scored as a whole; points always.
            for c in &rubric.criteria {
                if rubric.scope == crate::feedback::Scope::WholeSheet {
                    header.push(c.name.clone());
                }
                header.push(format!("{} points", c.name));
            }
            header.push("total".to_owned());
            header.push("out of".to_owned());
        }
        let mut rows = vec![
            header
                .iter()
                .map(|h| csv_field(h))
                .collect::<Vec<_>>()
                .join(","),
        ];
        for hand_in in &self.sheets {
            let (path, sheet) = (&hand_in.path, &hand_in.sheet);
            let by_id = sheet.index();
            let answered = self
                .prompts
                .iter()
                .filter(|(id, _)| by_id.is_answered(id))
                .count();
            let mut row = vec![
                Clean::new(&sheet.student).to_string(),
                path.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                sheet.handed_in.max(1).to_string(),
                format!("{answered} of {}", self.prompts.len()),
            ];
            row.extend(
                self.prompts
                    .iter()
                    .map(|(id, _)| count_words(by_id.text(id)).to_string()),
            );
            row.push(
                sheet
                    .answers
                    .iter()
                    .map(|a| a.edited)
                    .max()
                    .map_or(String::new(), |t| t.to_string()),
            );
            row.extend(process_columns(sheet));
            row.push(
                match hand_in.feedback_state(self.prompts.len()) {
                    FeedbackState::None => "none",
                    FeedbackState::Unreadable(_) => "unreadable",
                    FeedbackState::Given { stale: true, .. } => "on an earlier version",
                    FeedbackState::Given { .. } => "yes",
                }
                .to_owned(),
            );
            if let Some(rubric) = rubric {
                // Scored against this rubric (by name), or blank: never a made-up zero.
                let scored = hand_in.feedback().filter(|f| {
                    f.rubric
                        .as_ref()
                        .is_some_and(|r| r.criteria == rubric.criteria && r.scope == rubric.scope)
                });
                match scored {
                    Some(f) => {
                        for (name, points) in f.criterion_points() {
                            if rubric.scope == crate::feedback::Scope::WholeSheet {
                                row.push(f.levels.get(&name).cloned().unwrap_or_default());
                            }
                            row.push(points.to_string());
                        }
                        let (got, of) = f.total(self.prompts.len()).unwrap_or_default();
                        row.push(got.to_string());
                        row.push(of.to_string());
                    }
                    None => {
                        row.extend(std::iter::repeat_n(String::new(), header.len() - row.len()))
                    }
                }
            }
            rows.push(
                row.iter()
                    .map(|f| csv_field(f))
                    .collect::<Vec<_>>()
                    .join(","),
            );
        }
        rows.join("\r\n") + "\r\n"
    }

    /// For each prompt, every student's answer in turn, as a sheet that every export format
    /// can write: a section per prompt, an item per student. Built from [`SheetItem::new`],
    /// so handed-in names and answers are cleaned like a student's own sheet.
    pub fn study_sheet(&self, date: &str) -> StudySheet {
        let n = self.students();
        // Each sheet's answers by id, made once rather than searched for every prompt.
        let indexes: Vec<_> = self.sheets.iter().map(|h| h.sheet.index()).collect();
        // Quotes are checked against the reading when this computer has it.
        let mut searches = crate::export::QUOTE_SEARCHES;
        let sections: Vec<SheetSection> = self
            .prompts
            .iter()
            .map(|(id, prompt)| SheetSection {
                title: Clean::new(&format!("{id} · {prompt}")),
                description: None,
                items: self
                    .sheets
                    .iter()
                    .zip(&indexes)
                    .map(|(HandIn { sheet, .. }, by_id)| {
                        let mut item = SheetItem::new(
                            "",
                            None,
                            &sheet.student,
                            by_id.text(id),
                            None,
                            by_id.citations(id),
                        );
                        let passages = by_id.citations(id);
                        item.check_citations(passages, self.reading.as_ref(), &mut searches);
                        item
                    })
                    .collect(),
            })
            .collect();
        let answered = sections
            .iter()
            .flat_map(|s| &s.items)
            .filter(|i| i.is_answered())
            .count();
        // Names as the sheet gives them (anonymised already, when asked).
        let class_charts = charts::ClassCharts::of(self, self.rubric(), str::to_owned);
        let questions: Vec<&str> = self.prompts.iter().map(|(id, _)| id.as_str()).collect();
        let charts = crate::export::SheetChart::of_class(&class_charts, &questions);
        StudySheet {
            title: Clean::new(&self.title),
            source: Some(Clean::new(&format!(
                "Class sheet: {n} {}",
                if n == 1 { "student" } else { "students" }
            ))),
            fingerprint: reading::short_fingerprint(&self.fingerprint).to_owned(),
            student: Clean::new("Class sheet"),
            date: date.to_owned(),
            answered,
            total: self.prompts.len() * n,
            sections,
            orphans: Vec::new(),
            highlights: Vec::new(),
            feedback: None,
            charts,
            labels: Default::default(),
        }
    }

    /// The class sheet in `format`.
    pub fn class_sheet(&self, format: Format, date: &str) -> Result<Vec<u8>, FileError> {
        self.study_sheet(date).to_bytes(format)
    }
}

/// The files one group's export wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    pub title: String,
    pub students: usize,
    pub sheet: PathBuf,
    pub csv: PathBuf,
}

impl Collected {
    /// Writes each group's class sheet in `format` and its CSV summary into `dir`. The files
    /// are named `stem`, `stem-2`… when a name was chosen, else after each group
    /// ([`Group::file_stem`]). The window and `lectern collect` both write through here.
    pub fn write_sheets(
        &self,
        dir: &Path,
        stem: Option<&str>,
        format: Format,
        date: &str,
    ) -> Result<Vec<Written>, FileError> {
        let mut written = Vec::new();
        for (i, group) in self.groups.iter().enumerate() {
            let name = match stem {
                Some(stem) if i == 0 => stem.to_owned(),
                Some(stem) => format!("{stem}-{}", i + 1),
                None => group.file_stem(),
            };
            let sheet = dir.join(format!("{name}.{}", format.extension()));
            let csv = dir.join(format!("{name}.csv"));
            let bytes = group.class_sheet(format, date)?;
            crate::files::write_atomic(&sheet, &bytes).map_err(|e| FileError::write(&sheet, e))?;
            crate::files::write_atomic(&csv, group.csv().as_bytes())
                .map_err(|e| FileError::write(&csv, e))?;
            written.push(Written {
                title: group.title.clone(),
                students: group.students(),
                sheet,
                csv,
            });
        }
        Ok(written)
    }
}

/// A CSV field, quoted when it must be (RFC 4180). Control characters (ESC and the terminal
/// sequences it starts, NUL, bell…; tabs and line breaks stay), direction overrides and
/// noncharacters are dropped. Then, as OWASP advises against CSV injection, a field starting
/// with `=`, `+`, `-`, `@`, a tab or a carriage return (or the full-width `＝＋－＠` some
/// spreadsheets read as them) is prefixed with `'`, so a spreadsheet never runs a student's
/// text, or a hand-in's file name, as a formula.
/// The class CSV's columns on how a sheet was written: minutes spent writing, sessions, the
/// share of what was put in that was pasted from outside the reading, and whether every
/// answer's history holds ("holds"), some answers have none ("partly": written before
/// Lectern kept one), or one does not match its text ("does not match").
fn process_columns(sheet: &AnswerSheet) -> [String; 4] {
    use crate::answers::history::Check;
    let crate::answers::history::SheetProcess {
        total: process,
        sessions,
        ..
    } = crate::answers::history::SheetProcess::of(sheet);
    let history = match process.check {
        Check::Whole => "holds",
        Check::NoHistory => "partly",
        Check::Broken { .. } | Check::TextDiffers => "does not match",
        Check::TooLong { .. } => "too long to check",
    };
    [
        (process.writing_time.as_secs() / 60).to_string(),
        sessions.to_string(),
        format!("{:.0}", process.pasted_share() * 100.0),
        history.to_owned(),
    ]
}

pub(crate) fn csv_field(text: &str) -> String {
    let text: String = text
        .chars()
        .filter(|&c| {
            let control = c.is_control() && !matches!(c, '\t' | '\n' | '\r');
            let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
            let nonchar = matches!(c, '\u{FDD0}'..='\u{FDEF}') || (c as u32 & 0xFFFE) == 0xFFFE;
            !(control || bidi || nonchar)
        })
        .collect();
    let formula = [
        '=', '+', '-', '@', '\t', '\r', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}',
    ];
    let text = if text.starts_with(formula) {
        format!("'{text}")
    } else {
        text
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_count_like_spreadsheet_columns() {
        assert_eq!(letters(0), "A");
        assert_eq!(letters(25), "Z");
        assert_eq!(letters(26), "AA");
        assert_eq!(letters(27), "AB");
    }

    #[test]
    fn csv_fields_are_quoted_and_never_formulas() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    }
}
