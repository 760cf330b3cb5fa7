//! Feedback and rubric files: pretty RON like answers files, written atomically with the
//! previous version kept as `.bak` in Lectern's data folder (`backup_path`), never written over a file that does not read, and read back
//! with errors that name the file, line and column.

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{FEEDBACK_VERSION, Feedback, Rubric, rubric::RUBRIC_VERSION};
use crate::files::{FileError, FileKind, write_atomic};

/// A feedback file is comments: 4 MiB is thousands of pages of them. Larger is the wrong file.
pub const MAX_FEEDBACK_BYTES: u64 = 4 * 1024 * 1024;

/// How every feedback file begins.
pub const FEEDBACK_MAGIC: &str = "// Lectern feedback file";
/// How every rubric file begins.
pub const RUBRIC_MAGIC: &str = "// Lectern rubric file";

const FEEDBACK_COMMENT: &str = "// Lectern feedback file: a teacher's comments on one hand-in. Plain text.\n\
// The answers file it is about is named under hand_in; Lectern never changes that file.\n";
const RUBRIC_COMMENT: &str =
    "// Lectern rubric file: criteria and levels for one reading. Plain text.\n";

/// Where the feedback on the answers file `answers` lives: `NAME.feedback.ron` beside it.
pub fn feedback_path(answers: &Path) -> PathBuf {
    let stem = answers.file_stem().unwrap_or_default().to_string_lossy();
    answers.with_file_name(format!("{stem}.feedback.ron"))
}

/// Whether `path` is named as a feedback file (so a class folder does not read it as answers).
pub fn is_feedback_file(path: &Path) -> bool {
    path.file_name().is_some_and(|n| {
        n.to_string_lossy()
            .to_lowercase()
            .ends_with(".feedback.ron")
    })
}

pub fn feedback_to_ron(feedback: &Feedback) -> String {
    to_ron(feedback, FEEDBACK_COMMENT)
}

pub fn rubric_to_ron(rubric: &Rubric) -> String {
    to_ron(rubric, RUBRIC_COMMENT)
}

fn to_ron<T: Serialize>(value: &T, comment: &str) -> String {
    // Plain data of strings, numbers and maps: serialising it cannot fail.
    let body = crate::answers::pretty_ron(value).unwrap_or_default();
    format!("{comment}{body}\n")
}

/// Reads feedback from RON text; `path` only names the file in errors.
pub fn feedback_from_ron(text: &str, path: &Path) -> Result<Feedback, FileError> {
    let feedback: Feedback = from_ron(text, path, FileKind::Feedback, FEEDBACK_VERSION)?;
    let not_one = |detail: String| FileError::NotOne {
        path: path.to_owned(),
        kind: FileKind::Feedback,
        detail,
    };
    if let Some(rubric) = &feedback.rubric
        && let Some(problem) = rubric.problem()
    {
        return Err(not_one(problem));
    }
    // Every level given must be one the rubric has: an invented level (or criterion) would
    // count as nothing in silence, and the teacher would never know a score was lost.
    let given = std::iter::once(&feedback.levels).chain(feedback.answers.iter().map(|a| &a.levels));
    for levels in given {
        for (criterion, level) in levels {
            let known = feedback
                .rubric
                .as_ref()
                .and_then(|r| r.criterion(criterion).and_then(|c| c.level(level)));
            if known.is_none() {
                return Err(not_one(crate::t!(
                    "feedback-unknown-level",
                    criterion = crate::export::Clean::new(criterion).to_string(),
                    level = crate::export::Clean::new(level).to_string()
                )));
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    if let Some(twice) = feedback.answers.iter().find(|a| !seen.insert(&a.prompt_id)) {
        return Err(not_one(crate::t!(
            "answers-twice",
            prompt = twice.prompt_id.to_string()
        )));
    }
    Ok(feedback)
}

/// Reads a rubric from RON text; `path` only names the file in errors.
pub fn rubric_from_ron(text: &str, path: &Path) -> Result<Rubric, FileError> {
    let rubric: Rubric = from_ron(text, path, FileKind::Rubric, RUBRIC_VERSION)?;
    match rubric.problem() {
        Some(detail) => Err(FileError::NotOne {
            path: path.to_owned(),
            kind: FileKind::Rubric,
            detail,
        }),
        None => Ok(rubric),
    }
}

fn from_ron<T: DeserializeOwned>(
    text: &str,
    path: &Path,
    kind: FileKind,
    supported: u32,
) -> Result<T, FileError> {
    let not_one = |detail: String| FileError::NotOne {
        path: path.to_owned(),
        kind,
        detail,
    };
    let syntax = |e: ron::error::SpannedError| not_one(crate::ron_words::describe(&e));
    if text.trim().is_empty() {
        return Err(not_one(crate::t!("file-empty")));
    }
    #[derive(serde::Deserialize)]
    struct Probe {
        version: u32,
    }
    let probe: Probe = ron::from_str(text).map_err(syntax)?;
    if probe.version > supported {
        return Err(FileError::Newer {
            path: path.to_owned(),
            kind,
            found: probe.version,
            supported,
        });
    }
    if probe.version == 0 {
        return Err(not_one(crate::t!("file-version-zero")));
    }
    ron::from_str(text).map_err(syntax)
}

fn read_text(path: &Path, kind: FileKind) -> Result<String, FileError> {
    crate::files::read_text(path, kind, MAX_FEEDBACK_BYTES)
}

pub fn load_feedback(path: &Path) -> Result<Feedback, FileError> {
    feedback_from_ron(&read_text(path, FileKind::Feedback)?, path)
}

pub fn load_rubric(path: &Path) -> Result<Rubric, FileError> {
    rubric_from_ron(&read_text(path, FileKind::Rubric)?, path)
}

/// Saves `feedback` at `path`; the version before is kept as `path.bak`, and a file there that
/// does not read as feedback is never replaced.
pub fn save_feedback(path: &Path, feedback: &Feedback) -> Result<(), FileError> {
    save(
        path,
        &feedback_to_ron(feedback),
        FileKind::Feedback,
        |t, p| feedback_from_ron(t, p).map(drop),
    )
}

/// Saves `rubric` at `path`, as [`save_feedback`] does.
pub fn save_rubric(path: &Path, rubric: &Rubric) -> Result<(), FileError> {
    save(path, &rubric_to_ron(rubric), FileKind::Rubric, |t, p| {
        rubric_from_ron(t, p).map(drop)
    })
}

/// Where the version before the last save of the feedback or rubric file at `path` is kept:
/// in Lectern's data folder, under a folder named after the file's folder, so a class folder
/// (which the teacher shares, zips and uploads) holds only the class's files. Beside the file
/// only when there is no data folder.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".bak");
    let folder = crate::files::parent_dir(path);
    let folder = std::fs::canonicalize(&folder).unwrap_or(folder);
    let key = crate::files::sha256_hex(folder.as_os_str().as_encoded_bytes());
    match crate::paths::data_dir() {
        Some(data) => data.join("backups").join(&key[..16]).join(name),
        None => path.with_file_name(name),
    }
}

fn save(
    path: &Path,
    text: &str,
    kind: FileKind,
    check: impl Fn(&str, &Path) -> Result<(), FileError>,
) -> Result<(), FileError> {
    let write = |at: &Path, bytes: &[u8]| {
        write_atomic(at, bytes).map_err(|source| FileError::Write {
            path: at.to_owned(),
            source,
        })
    };
    if path.exists() {
        let old = read_text(path, kind)
            .and_then(|t| check(&t, path).map(|()| t))
            .map_err(|e| FileError::WouldDestroy {
                path: path.to_owned(),
                kind,
                reason: e.to_string(),
            })?;
        if old == text {
            return Ok(());
        }
        let backup = backup_path(path);
        if let Some(folder) = backup.parent() {
            std::fs::create_dir_all(folder).map_err(|source| FileError::Write {
                path: folder.to_owned(),
                source,
            })?;
        }
        write(&backup, old.as_bytes())?;
    }
    write(path, text.as_bytes())
}
