//! *Return feedback*: each student's feedback file (and, if asked, a feedback sheet) written
//! into a folder the teacher chooses, named after the student. Returning again is safe: a
//! return already there unchanged is left as it is, one whose feedback changed since is
//! brought up to date in place (only a file that reads as feedback on the same hand-in), and
//! anything else there is never replaced. Each return is recorded in `returned.csv` in that
//! folder. The window's *Return feedback…* and `lectern return` both write through here.

use crate::files::FileError;
use crate::i18n::Language;
use std::path::{Path, PathBuf};

use crate::collect::{Collected, Group, HandIn};
use crate::export::{Clean, Format, SheetItem, SheetSection, StudySheet};
use crate::files::{write_atomic, write_new};
use crate::paths::slug;

/// What one return wrote, and what it left out and why.
#[derive(Debug, Default, PartialEq)]
pub struct Returned {
    /// (student, feedback file, feedback sheet) for each hand-in returned.
    pub written: Vec<(String, PathBuf, Option<PathBuf>)>,
    /// Hand-ins with no feedback yet (or none said), by student and file.
    pub without: Vec<(String, PathBuf)>,
    /// Feedback files beside hand-ins that do not read, with the reason; not returned.
    pub unreadable: Vec<(PathBuf, String)>,
    /// Returned before and unchanged since, by student and file: left as they were.
    pub unchanged: Vec<(String, PathBuf)>,
    /// Of `written`, the files that brought an earlier return of the same hand-in up to date.
    pub updated: Vec<PathBuf>,
}

/// The record of returns kept in the folder returned to.
pub const RECORD: &str = "returned.csv";

/// Writes the feedback on every hand-in in `collected` that has some into `out`, with a
/// feedback sheet in `sheet` format beside each when asked.
pub fn give_back(
    collected: &Collected,
    out: &Path,
    sheet: Option<Format>,
    date: &str,
) -> Result<Returned, FileError> {
    if !out.is_dir() {
        return Err(FileError::NotAFolder {
            path: out.to_owned(),
        });
    }
    let mut returned = Returned::default();
    for group in &collected.groups {
        for hand_in in &group.sheets {
            let feedback = match &hand_in.feedback {
                Some(Ok(feedback)) if !feedback.is_empty() => feedback,
                Some(Err(e)) => {
                    returned
                        .unreadable
                        .push((hand_in.feedback_at.clone(), e.clone()));
                    continue;
                }
                _ => {
                    returned
                        .without
                        .push((hand_in.sheet.student.clone(), hand_in.path.clone()));
                    continue;
                }
            };
            // Feedback on an earlier version of the file: the student handed in again since.
            // The teacher looks again (the Class view brings it up to date) before it goes back.
            if feedback.hand_in.sha256 != hand_in.sha256 {
                returned.unreadable.push((
                    hand_in.feedback_at.clone(),
                    crate::t!(
                        "feedback-earlier-hand-in",
                        student = Clean::new(&hand_in.sheet.student).to_string()
                    ),
                ));
                continue;
            }
            // Named after the hand-in's student, which the feedback was checked to name too.
            let student = crate::paths::person_slug(&hand_in.sheet.student);
            let mut stem = format!("{student}_{}", slug(&feedback.reading.title));
            if feedback.hand_in.number > 1 {
                stem.push_str(&format!("_hand-in-{}", feedback.hand_in.number));
            }
            let stem = crate::paths::fit_stem(&stem);
            let extension = sheet.map(Format::extension);
            let ron = super::feedback_to_ron(feedback);
            let earlier = earlier_return(out, &stem, extension, feedback, &ron);
            let could_not = |path: &Path, e| FileError::write(path, e);
            let sheet_bytes = match sheet {
                Some(format) => Some(
                    feedback_sheet(group, hand_in, date, crate::i18n::language())
                        .to_bytes(format)?,
                ),
                None => None,
            };
            let (ron_path, sheet_path) = match &earlier {
                Some(Earlier::Same(path, sheet_path))
                    if sheet_path.as_ref().is_none_or(|p| p.exists()) =>
                {
                    returned
                        .unchanged
                        .push((hand_in.sheet.student.clone(), path.clone()));
                    continue;
                }
                // An earlier return of this very hand-in, checked to be one: brought up to date.
                Some(Earlier::Same(path, sheet_path) | Earlier::Older(path, sheet_path)) => {
                    write_atomic(path, ron.as_bytes()).map_err(|e| could_not(path, e))?;
                    if let (Some(p), Some(bytes)) = (sheet_path, &sheet_bytes) {
                        write_atomic(p, bytes).map_err(|e| could_not(p, e))?;
                    }
                    (path.clone(), sheet_path.clone())
                }
                // New names, never over anything: another return into the same folder at the
                // same moment takes a name first, and this one takes the next.
                None => {
                    let mut from = 1;
                    let (ron_path, sheet_path) = loop {
                        let (ron_path, sheet_path, n) = free_names(out, &stem, extension, from);
                        match write_new(&ron_path, ron.as_bytes()) {
                            Ok(()) => break (ron_path, sheet_path),
                            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 999 => {
                                from = n + 1
                            }
                            Err(e) => return Err(could_not(&ron_path, e)),
                        }
                    };
                    if let (Some(p), Some(bytes)) = (&sheet_path, &sheet_bytes) {
                        write_new(p, bytes).map_err(|e| could_not(p, e))?;
                    }
                    (ron_path, sheet_path)
                }
            };
            if matches!(earlier, Some(Earlier::Older(..))) {
                returned.updated.push(ron_path.clone());
            }
            let sheet_written = sheet_path.filter(|_| sheet_bytes.is_some());
            returned
                .written
                .push((hand_in.sheet.student.clone(), ron_path, sheet_written));
        }
    }
    record(out, &returned, date)?;
    Ok(returned)
}

/// An earlier return of the same hand-in in the folder: with the same feedback, or older.
enum Earlier {
    Same(PathBuf, Option<PathBuf>),
    Older(PathBuf, Option<PathBuf>),
}

/// Looks at `stem.feedback.ron`, `stem (2).feedback.ron`… for a return of the same hand-in
/// (same answers file fingerprint and hand-in number). A file that does not read as feedback,
/// or is about another hand-in, is never taken.
fn earlier_return(
    out: &Path,
    stem: &str,
    extension: Option<&str>,
    feedback: &super::Feedback,
    ron: &str,
) -> Option<Earlier> {
    for n in 1..1000 {
        let (path, sheet) = names(out, stem, extension, n);
        if !path.exists() {
            if sheet.as_ref().is_none_or(|s| !s.exists()) {
                return None;
            }
            continue;
        }
        let Ok(crate::files::Capped::Bytes(bytes)) =
            crate::files::read_capped(&path, super::MAX_FEEDBACK_BYTES)
        else {
            continue;
        };
        let Ok(text) = crate::files::into_text(bytes) else {
            continue;
        };
        if text == ron {
            return Some(Earlier::Same(path, sheet));
        }
        let same_hand_in = super::feedback_from_ron(&text, &path)
            .is_ok_and(|old| old.hand_in == feedback.hand_in && old.student == feedback.student);
        if same_hand_in {
            return Some(Earlier::Older(path, sheet));
        }
    }
    None
}

/// Adds this return's rows to `returned.csv` (a header first, for a new record): when, whom,
/// what became of it, and the files. Written whole and atomically, as every file is.
fn record(out: &Path, returned: &Returned, date: &str) -> Result<(), FileError> {
    if returned.written.is_empty() && returned.unchanged.is_empty() {
        return Ok(());
    }
    let path = out.join(RECORD);
    // The record is Lectern's own, but the folder is shared: read as any file is (an ordinary
    // file, capped), and not written over when it does not read.
    let read = crate::files::read_limited(&path, super::MAX_FEEDBACK_BYTES)
        .and_then(|bytes| String::from_utf8(bytes).map_err(std::io::Error::other));
    let mut text = match read {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            "date,student,returned,feedback file,feedback sheet\n".to_owned()
        }
        // A record that cannot be read is not written over: the return itself went through.
        Err(_) => return Ok(()),
    };
    let name = |p: &Path| {
        p.file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned()
    };
    let mut row = |student: &str, state: &str, ron: &Path, sheet: Option<&PathBuf>| {
        let fields = [
            date.to_owned(),
            Clean::new(student).to_string(),
            state.to_owned(),
            name(ron),
            sheet.map(|s| name(s)).unwrap_or_default(),
        ];
        let fields: Vec<String> = fields
            .iter()
            .map(|f| crate::collect::csv_field(f))
            .collect();
        text.push_str(&fields.join(","));
        text.push('\n');
    };
    for (student, ron, sheet) in &returned.written {
        let state = if returned.updated.contains(ron) {
            "updated"
        } else {
            "new"
        };
        row(student, state, ron, sheet.as_ref());
    }
    for (student, ron) in &returned.unchanged {
        row(student, "unchanged", ron, None);
    }
    write_atomic(&path, text.as_bytes()).map_err(|e| FileError::write(&path, e))
}

/// The student's answers with the teacher's feedback, made from what was handed in (the
/// reading itself may not be on the teacher's computer).
///
/// Its headings and labels ("Teacher's feedback", "Evidence cited"…) are in `language`: the
/// teacher's window's, which is the class's (a Kazakh student got them in English).
pub fn feedback_sheet(
    group: &Group,
    hand_in: &HandIn,
    date: &str,
    language: Language,
) -> StudySheet {
    let sheet = &hand_in.sheet;
    let by_id = sheet.index();
    let mut searches = crate::export::QUOTE_SEARCHES;
    let items = group
        .prompts
        .iter()
        .map(|(id, prompt)| {
            let mut item = SheetItem::new(
                &format!("{id}."),
                None,
                prompt,
                by_id.text(id),
                None,
                by_id.citations(id),
            );
            item.check_citations(by_id.citations(id), group.reading.as_ref(), &mut searches);
            item
        })
        .collect::<Vec<_>>();
    let answered = items.iter().filter(|i| i.is_answered()).count();
    let study = StudySheet {
        title: Clean::new(&group.title),
        source: None,
        fingerprint: crate::reading::short_fingerprint(&group.fingerprint).to_owned(),
        student: Clean::new(&sheet.student),
        date: date.to_owned(),
        answered,
        total: items.len(),
        sections: vec![SheetSection {
            title: Clean::new(&crate::i18n::tr_in(language, "sheet-answers", &[])),
            description: None,
            items,
        }],
        orphans: Vec::new(),
        highlights: Vec::new(),
        charts: Vec::new(),
        feedback: None,
        labels: Default::default(),
    }
    // Before the feedback goes on: it is worded in the sheet's language.
    .in_language(language);
    let ids: Vec<_> = group.prompts.iter().map(|(id, _)| id.clone()).collect();
    match hand_in.feedback() {
        Some(feedback) => study.with_feedback(feedback, sheet, &ids),
        None => study,
    }
}

/// The `n`th names for `stem`: `stem.feedback.ron` (and `.feedback.EXT`), then `stem (n)…`.
fn names(out: &Path, stem: &str, extension: Option<&str>, n: usize) -> (PathBuf, Option<PathBuf>) {
    let name = if n == 1 {
        stem.to_owned()
    } else {
        format!("{stem} ({n})")
    };
    let ron = out.join(format!("{name}.feedback.ron"));
    let sheet = extension.map(|e| out.join(format!("{name}.feedback.{e}")));
    (ron, sheet)
}

/// The first `stem[ (n)].feedback.ron` (and `.feedback.EXT`) from `n = from` where nothing
/// exists yet, and its `n`.
fn free_names(
    out: &Path,
    stem: &str,
    extension: Option<&str>,
    from: usize,
) -> (PathBuf, Option<PathBuf>, usize) {
    (from..)
        .map(|n| (names(out, stem, extension, n), n))
        .find(|((ron, sheet), _)| !ron.exists() && sheet.as_ref().is_none_or(|s| !s.exists()))
        .map(|((ron, sheet), n)| (ron, sheet, n))
        .expect("some name is free")
}
