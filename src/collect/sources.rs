//! Where a class's hand-ins are read from: a folder with its sub-folders (a Moodle or Google
//! Drive download unpacked), or the ZIP the LMS gave, read where it is and never unpacked —
//! within limits a hostile ZIP cannot pass (the number of files, each file's size, what all
//! of them unpack to, names that would leave the folder).

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::answers::MAX_ANSWERS_BYTES;
use crate::feedback;
use crate::files::{FileError, FileKind};
use crate::lms::Participant;

/// The most files a class folder or ZIP is looked through for hand-ins.
pub const MAX_FILES: usize = 10_000;
/// How deep into sub-folders a class folder is looked through.
pub const MAX_DEPTH: usize = 8;
/// The most a ZIP's answers files may unpack to, in all: a class of 40 with long histories is
/// a few megabytes; a ZIP bomb stops here.
pub const MAX_ZIP_BYTES: u64 = 512 * 1024 * 1024;

/// An answers file found, read or not.
pub struct Found {
    /// Its name in reports, and which hand-in it is: the file, or `CLASS.zip/ENTRY`.
    pub path: PathBuf,
    pub bytes: Result<Vec<u8>, String>,
    /// Where the teacher's feedback on it is kept.
    pub feedback_at: PathBuf,
    /// The Moodle participant, when the download's names tell one.
    pub participant: Option<Participant>,
    /// The ZIP it is in, if it is in one.
    pub zip: Option<PathBuf>,
}

/// Whether `path` is a ZIP (by its name, or its first bytes), not a folder.
pub fn is_zip(path: &Path) -> bool {
    if path.is_dir() {
        return false;
    }
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"))
    {
        return true;
    }
    let mut start = [0u8; 4];
    crate::files::open_regular(path)
        .and_then(|mut f| f.read_exact(&mut start))
        .is_ok_and(|()| start == *b"PK\x03\x04")
}

/// Where the feedback on the hand-ins in `zip` is kept: a folder beside it, named after it.
/// The same name in every interface language: a teacher who switches language finds the
/// marking where it was.
pub fn feedback_folder(zip: &Path) -> PathBuf {
    let stem = zip.file_stem().unwrap_or_default().to_string_lossy();
    zip.with_file_name(format!("{stem} (Lectern feedback)"))
}

/// Every `.ron` answers file in `root` and its sub-folders (not those Lectern writes for the
/// teacher: feedback and rubric files, returned copies). Hidden folders are passed over.
pub fn folder(
    root: &Path,
    unreadable: &mut Vec<(PathBuf, String)>,
) -> Result<Vec<Found>, FileError> {
    let top = std::fs::read_dir(root).map_err(|e| FileError::read(root, e))?;
    let mut found = Vec::new();
    let mut pending = vec![(top, 0usize)];
    let mut seen = 0;
    while let Some((entries, depth)) = pending.pop() {
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                // An entry the folder lists but will not give (a network drive dropping out):
                // said, under the folder's name, since the entry's own is not known.
                Err(e) => {
                    unreadable.push((root.to_owned(), FileError::read(root, e).to_string()));
                    continue;
                }
            };
            seen += 1;
            if seen > MAX_FILES {
                unreadable.push((
                    root.to_owned(),
                    crate::t!("class-too-many-files", count = MAX_FILES),
                ));
                return Ok(found);
            }
            let path = entry.path();
            let hidden = entry.file_name().to_string_lossy().starts_with('.');
            // A folder (not a link to one, which could lead round in a circle).
            let is_folder = entry.file_type().is_ok_and(|t| t.is_dir());
            if is_folder {
                if !hidden && depth < MAX_DEPTH {
                    match std::fs::read_dir(&path) {
                        Ok(entries) => pending.push((entries, depth + 1)),
                        Err(e) => {
                            unreadable.push((path.clone(), FileError::read(&path, e).to_string()))
                        }
                    }
                }
                continue;
            }
            if path.extension().is_none_or(|e| e != "ron") || feedback::is_feedback_file(&path) {
                continue;
            }
            let relative = path.strip_prefix(root).unwrap_or(&path);
            let relative = relative.to_string_lossy().replace('\\', "/");
            let bytes = crate::files::read_file(&path, FileKind::Answers, MAX_ANSWERS_BYTES)
                .map_err(|e| e.to_string());
            if bytes.as_deref().is_ok_and(is_teachers_file) {
                continue;
            }
            found.push(Found {
                feedback_at: feedback::feedback_path(&path),
                participant: crate::lms::participant(&relative),
                path,
                bytes,
                zip: None,
            });
        }
    }
    found.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(found)
}

/// A feedback or rubric file under a `.ron` name (a returned copy): the teacher's, not a
/// hand-in.
fn is_teachers_file(bytes: &[u8]) -> bool {
    bytes.starts_with(feedback::FEEDBACK_MAGIC.as_bytes())
        || bytes.starts_with(feedback::RUBRIC_MAGIC.as_bytes())
}

/// Every `.ron` answers file in the ZIP at `path`. A participant of a Moodle download who
/// handed in no answers file is said, with what they handed in instead.
pub fn zip(path: &Path, unreadable: &mut Vec<(PathBuf, String)>) -> Result<Vec<Found>, FileError> {
    let file = crate::files::open_regular(path).map_err(|e| FileError::read(path, e))?;
    let not_zip = |detail: String| FileError::NotOne {
        path: path.to_owned(),
        kind: FileKind::Zip,
        detail,
    };
    let mut archive = zip::ZipArchive::new(file).map_err(|_| not_zip(crate::t!("zip-damaged")))?;
    if archive.len() > MAX_FILES {
        return Err(not_zip(crate::t!(
            "class-too-many-files",
            count = MAX_FILES
        )));
    }
    let feedback_root = feedback_folder(path);
    let mut found = Vec::new();
    let mut unpacked = 0u64;
    // Each Moodle participant's folder: whether it held an answers file, and what else.
    let mut handed: BTreeMap<String, (bool, Vec<String>)> = BTreeMap::new();
    for index in 0..archive.len() {
        let mut entry = match archive.by_index(index) {
            Ok(entry) => entry,
            Err(_) => {
                unreadable.push((path.to_owned(), crate::t!("zip-damaged")));
                continue;
            }
        };
        if entry.is_dir() {
            continue;
        }
        let name = entry.name().to_owned();
        let shown = path.join(&name);
        // A name that would lead out of the folder (`../`, `/etc/…`, `C:\…`): never used.
        let rooted = name.starts_with(['/', '\\']) || name.get(1..2) == Some(":");
        let Some(inside) = entry.enclosed_name().filter(|_| !rooted) else {
            unreadable.push((shown, crate::t!("zip-entry-outside")));
            continue;
        };
        let participant = crate::lms::participant(&name);
        let file_name = inside
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let is_ron = inside.extension().is_some_and(|e| e == "ron");
        if let Some(p) = &participant {
            let place = handed.entry(p.folder.clone()).or_default();
            place.0 |= is_ron && !feedback::is_feedback_file(&inside);
            if !is_ron {
                place.1.push(file_name.clone());
            }
        }
        if !is_ron || feedback::is_feedback_file(&inside) || file_name.starts_with('.') {
            continue;
        }
        if entry.size() > MAX_ANSWERS_BYTES {
            let error = FileError::TooLarge {
                path: shown.clone(),
                kind: FileKind::Answers,
                size: entry.size(),
                limit: MAX_ANSWERS_BYTES,
            };
            unreadable.push((shown, error.to_string()));
            continue;
        }
        let mut bytes = Vec::new();
        let read = (&mut entry)
            .take(MAX_ANSWERS_BYTES + 1)
            .read_to_end(&mut bytes);
        unpacked += bytes.len() as u64;
        let bytes = match read {
            Err(_) => Err(crate::t!("zip-entry-damaged")),
            Ok(_) if bytes.len() as u64 > MAX_ANSWERS_BYTES => Err(FileError::TooLarge {
                path: shown.clone(),
                kind: FileKind::Answers,
                size: bytes.len() as u64,
                limit: MAX_ANSWERS_BYTES,
            }
            .to_string()),
            Ok(_) => Ok(bytes),
        };
        if unpacked > MAX_ZIP_BYTES {
            unreadable.push((path.to_owned(), crate::t!("zip-too-large")));
            break;
        }
        if bytes.as_deref().is_ok_and(is_teachers_file) {
            continue;
        }
        found.push(Found {
            feedback_at: feedback::feedback_path(&feedback_root.join(&inside)),
            participant,
            path: shown,
            bytes,
            zip: Some(path.to_owned()),
        });
    }
    for (folder, (has_answers, others)) in handed {
        if !has_answers {
            let what = match others.is_empty() {
                true => crate::t!("zip-nothing-handed-in"),
                false => others.join(", "),
            };
            unreadable.push((
                path.join(&folder),
                crate::t!("zip-no-answers-file", files = what),
            ));
        }
    }
    Ok(found)
}
