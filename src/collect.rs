//! Class collection without a server: read every answers file in a folder (a USB stick or a
//! shared drive where a class handed in), group them by the reading and version they answer,
//! and make a class sheet — for each prompt, every student's answer in turn — and a CSV summary.
//! Files that cannot be read are listed with the reason, never skipped in silence.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::answers::{self, AnswerSheet};
use crate::export::{Format, SheetItem, SheetQuote, SheetSection, StudySheet};
use crate::paths::slug;
use crate::reading::{self, PromptId};
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
    pub sheets: Vec<(PathBuf, AnswerSheet)>,
}

/// Reads every `.ron` file directly in `folder`.
pub fn collect(folder: &Path) -> Result<Collected, String> {
    let entries = std::fs::read_dir(folder)
        .map_err(|e| format!("could not read {}: {e}", folder.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    let mut collected = Collected::default();
    let mut by_version: BTreeMap<String, Vec<(PathBuf, AnswerSheet)>> = BTreeMap::new();
    for file in files {
        match answers::load(&file) {
            Ok(sheet) => by_version
                .entry(sheet.reading.sha256.clone())
                .or_default()
                .push((file, sheet)),
            Err(e) => collected.unreadable.push((file, e.to_string())),
        }
    }
    for (fingerprint, mut sheets) in by_version {
        sheets.sort_by_key(|(_, s)| s.student.to_lowercase());
        let first = &sheets[0].1;
        let prompts = prompt_order(first, &sheets);
        collected.groups.push(Group {
            title: first.reading.title.clone(),
            fingerprint,
            prompts,
            sheets,
        });
    }
    collected
        .groups
        .sort_by_key(|g| std::cmp::Reverse(g.sheets.len()));
    Ok(collected)
}

/// The reading's own order if it can be found at the same version; else first appearance.
fn prompt_order(first: &AnswerSheet, sheets: &[(PathBuf, AnswerSheet)]) -> Vec<(PromptId, String)> {
    if let Ok(reading) = reading::find_by_origin(&first.reading.origin)
        && reading.fingerprint.0 == first.reading.sha256
    {
        return reading
            .prompts()
            .map(|p| (p.id.clone(), p.full_text()))
            .collect();
    }
    let mut seen: Vec<(PromptId, String)> = Vec::new();
    for (_, sheet) in sheets {
        for answer in &sheet.answers {
            if !seen.iter().any(|(id, _)| *id == answer.prompt_id) {
                seen.push((answer.prompt_id.clone(), answer.prompt.clone()));
            }
        }
    }
    seen
}

impl Collected {
    /// Replaces every name with "Student A", "Student B"… (in the order of the names, so the
    /// letters say nothing about who handed in first). File names are hidden too.
    pub fn anonymize(&mut self) {
        let mut names: Vec<String> = self
            .groups
            .iter()
            .flat_map(|g| g.sheets.iter().map(|(_, s)| s.student.clone()))
            .collect();
        names.sort_by_key(|n| n.to_lowercase());
        names.dedup();
        for group in &mut self.groups {
            for (path, sheet) in &mut group.sheets {
                let index = names.iter().position(|n| *n == sheet.student).unwrap_or(0);
                sheet.student = format!("Student {}", letters(index));
                *path = PathBuf::from(format!("{}.ron", sheet.student));
            }
            group.sheets.sort_by(|a, b| a.1.student.cmp(&b.1.student));
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
    /// A name for this group's files: `class_reading-title_1a2b3c4d`.
    pub fn file_stem(&self) -> String {
        format!(
            "class_{}_{}",
            slug(&self.title),
            &self.fingerprint.get(..8).unwrap_or(&self.fingerprint)
        )
    }

    /// Student, file, prompts answered, words per prompt, last edited: one row per sheet.
    pub fn csv(&self) -> String {
        let mut header = vec![
            "student".to_owned(),
            "file".to_owned(),
            "answered".to_owned(),
        ];
        header.extend(self.prompts.iter().map(|(id, _)| format!("words {id}")));
        header.push("last edited".to_owned());
        let mut rows = vec![
            header
                .iter()
                .map(|h| csv_field(h))
                .collect::<Vec<_>>()
                .join(","),
        ];
        for (path, sheet) in &self.sheets {
            let answered = self
                .prompts
                .iter()
                .filter(|(id, _)| sheet.is_answered(id))
                .count();
            let mut row = vec![
                sheet.student.clone(),
                path.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                format!("{answered} of {}", self.prompts.len()),
            ];
            row.extend(
                self.prompts
                    .iter()
                    .map(|(id, _)| count_words(sheet.text(id)).to_string()),
            );
            row.push(
                sheet
                    .answers
                    .iter()
                    .map(|a| a.edited)
                    .max()
                    .map_or(String::new(), |t| t.to_string()),
            );
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
    /// can write: a section per prompt, an item per student.
    pub fn study_sheet(&self, date: &str) -> StudySheet {
        let n = self.sheets.len();
        let mut answered = 0;
        let sections = self
            .prompts
            .iter()
            .map(|(id, prompt)| SheetSection {
                title: format!("{id} · {prompt}"),
                description: None,
                items: self
                    .sheets
                    .iter()
                    .map(|(_, sheet)| {
                        let text = sheet.text(id);
                        let paragraphs: Vec<String> = text
                            .split("\n\n")
                            .map(str::trim)
                            .filter(|p| !p.is_empty())
                            .map(str::to_owned)
                            .collect();
                        if !paragraphs.is_empty() {
                            answered += 1;
                        }
                        SheetItem {
                            label: String::new(),
                            title: None,
                            prompt: sheet.student.clone(),
                            words: count_words(text),
                            answer: paragraphs,
                            range: None,
                            citations: sheet.citations(id).iter().map(SheetQuote::of).collect(),
                        }
                    })
                    .collect(),
            })
            .collect();
        StudySheet {
            title: self.title.clone(),
            source: Some(format!(
                "Class sheet: {n} {}",
                if n == 1 { "student" } else { "students" }
            )),
            fingerprint: self
                .fingerprint
                .get(..8)
                .unwrap_or(&self.fingerprint)
                .to_owned(),
            student: "Class sheet".to_owned(),
            date: date.to_owned(),
            answered,
            total: self.prompts.len() * n,
            sections,
            orphans: Vec::new(),
            highlights: Vec::new(),
        }
    }

    /// The class sheet in `format`.
    pub fn class_sheet(&self, format: Format, date: &str) -> Result<Vec<u8>, String> {
        self.study_sheet(date).to_bytes(format)
    }
}

/// A CSV field, quoted when it must be (RFC 4180). A leading `=`, `+`, `-` or `@` is prefixed
/// with `'` so a spreadsheet never runs a student's text as a formula.
fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
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
