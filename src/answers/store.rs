//! Answers files: pretty RON that a person can read and diff, written atomically with the
//! previous version kept beside it, and read back with errors that give the line and column.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{AnswerSheet, FORMAT_VERSION};
use crate::files::{Capped, FileError, FileKind, Writer, read_capped, write_atomic_with};

/// Far more than any student writes; a larger file is the wrong file, and refusing it keeps
/// Lectern from stalling on it.
pub const MAX_ANSWERS_BYTES: u64 = 32 * 1024 * 1024;

/// How every answers file begins: the magic of the `application/x-lectern-answers` type
/// (`assets/linux/io.github.lectern.Lectern.xml`).
pub const MAGIC: &str = "// Lectern answers file";

const FILE_COMMENT: &str = "// Lectern answers file. Plain text: safe to read, diff and back up.\n\
// Edit by hand only while Lectern is closed; Lectern refuses to overwrite a file it cannot read.\n";

/// Why a save did not happen. The text being saved is untouched in memory.
// Clone: the document keeps the failure it shows and hands the same to its caller.
#[derive(Clone, Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{}", crate::t!("err-save", path = .path.display().to_string(), error = crate::i18n::io_reason(.source)))]
    Io {
        path: PathBuf,
        source: std::sync::Arc<std::io::Error>,
    },
    #[error("{}", crate::t!("err-would-destroy", path = .path.display().to_string(), reason = .reason.to_string()))]
    WouldDestroy { path: PathBuf, reason: String },
    #[error("{}", crate::t!("err-changed-on-disk", path = .path.display().to_string()))]
    ChangedOnDisk { path: PathBuf },
    #[error("{}", crate::t!("err-encode", error = .0.to_string()))]
    Encode(String),
    /// The folder (or drive) the answers were saved in is gone: never made again here, since
    /// it may be a USB stick's mount point and the work would land on this computer instead.
    #[error("{gone}")]
    FolderGone {
        path: PathBuf,
        gone: crate::files::GonePlace,
    },
}

/// Whether the file at `path` is a Lectern answers file by what it is, without reading it
/// all: its first line is Lectern's header comment, or its name ends in `.ron`.
pub fn looks_like_answers(path: &Path) -> bool {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
    {
        return true;
    }
    let mut start = [0u8; 64];
    let read = crate::files::open_regular(path).and_then(|mut f| {
        use std::io::Read;
        f.read(&mut start)
    });
    read.is_ok_and(|n| start[..n].starts_with(MAGIC.as_bytes()))
}

/// The backup kept beside `path`: the version before the last save.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".bak");
    path.with_file_name(name)
}

/// The sheet as pretty RON, with multi-line answers kept on several lines.
pub fn to_ron(sheet: &AnswerSheet) -> Result<String, SaveError> {
    let body = pretty_ron(sheet).map_err(SaveError::Encode)?;
    Ok(format!("{FILE_COMMENT}{body}\n"))
}

/// Lectern's RON: pretty, `\n` line endings, strings as typed. A value holding a NUL (only
/// strings can) is written with escapes instead: raw, the NUL would make the file read as
/// binary, and Lectern would then refuse its own file.
pub fn pretty_ron<T: serde::Serialize>(value: &T) -> Result<String, String> {
    let config = |escape: bool| {
        ron::ser::PrettyConfig::new()
            // One line ending on every system: ron's default is "\r\n" on Windows, which mixed
            // with the header's "\n" in one file; and a class's files, collected from Windows and
            // Linux computers, then differ by their endings alone.
            .new_line("\n")
            .indentor("    ")
            .escape_strings(escape)
            .struct_names(false)
    };
    let body = ron::ser::to_string_pretty(value, config(false)).map_err(|e| e.to_string())?;
    if body.contains('\0') {
        return ron::ser::to_string_pretty(value, config(true)).map_err(|e| e.to_string());
    }
    Ok(body)
}

/// Reads a sheet from RON text; `path` only names the file in errors.
pub fn from_ron(text: &str, path: &Path) -> Result<AnswerSheet, FileError> {
    let syntax = |e: ron::error::SpannedError| FileError::Syntax {
        path: path.to_owned(),
        line: e.span.start.line,
        column: e.span.start.col,
        message: crate::ron_words::describe(&e),
    };
    if text.trim().is_empty() {
        return Err(FileError::NotOne {
            path: path.to_owned(),
            kind: FileKind::Answers,
            detail: crate::t!("file-empty"),
        });
    }
    // Read only the version first, so a newer file is named as such instead of failing on
    // whichever field changed.
    #[derive(Deserialize)]
    struct Probe {
        version: u32,
    }
    let probe: Probe = ron::from_str(text).map_err(syntax)?;
    if probe.version > FORMAT_VERSION {
        return Err(FileError::Newer {
            path: path.to_owned(),
            kind: FileKind::Answers,
            found: probe.version,
            supported: FORMAT_VERSION,
        });
    }
    if probe.version == 0 {
        return Err(FileError::NotOne {
            path: path.to_owned(),
            kind: FileKind::Answers,
            detail: crate::t!("file-version-zero"),
        });
    }
    let mut sheet: AnswerSheet = ron::from_str(text).map_err(syntax)?;
    // Older versions are subsets of this one; the next save writes this version.
    sheet.version = FORMAT_VERSION;
    validate(&sheet).map_err(|detail| FileError::NotOne {
        path: path.to_owned(),
        kind: FileKind::Answers,
        detail,
    })?;
    Ok(sheet)
}

fn validate(sheet: &AnswerSheet) -> Result<(), String> {
    let mut seen = HashSet::new();
    for answer in &sheet.answers {
        if !seen.insert(&answer.prompt_id) {
            return Err(crate::t!(
                "answers-twice",
                prompt = answer.prompt_id.to_string()
            ));
        }
    }
    Ok(())
}

/// Reads and checks an answers file.
pub fn load(path: &Path) -> Result<AnswerSheet, FileError> {
    let bytes = read_limited(path)?;
    from_bytes(&bytes, path)
}

fn read_limited(path: &Path) -> Result<Vec<u8>, FileError> {
    crate::files::read_file(path, FileKind::Answers, MAX_ANSWERS_BYTES)
}

fn from_bytes(bytes: &[u8], path: &Path) -> Result<AnswerSheet, FileError> {
    let text = crate::files::text_of(bytes).map_err(|detail| FileError::NotText {
        path: path.to_owned(),
        kind: FileKind::Answers,
        detail,
    })?;
    // Windows Notepad saves "UTF-8" with a byte-order mark: the same text, not another format.
    from_ron(text.strip_prefix('\u{feff}').unwrap_or(text), path)
}

/// A fingerprint of a file's bytes, to notice when something else has changed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiskStamp(String);

impl DiskStamp {
    pub fn of(bytes: &[u8]) -> DiskStamp {
        DiskStamp(crate::files::sha256_hex(bytes))
    }

    /// The SHA-256 of the bytes, in hex (as feedback files name the hand-in they are about).
    pub fn hex(&self) -> &str {
        &self.0
    }
}

/// What the saver expects to find at the path before it writes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Expect {
    /// Whatever is there (the student chose this file in a Save As dialog).
    #[default]
    Anything,
    /// No file: it did not exist when the document was opened.
    Absent,
    /// The file as it was last loaded or saved by this window.
    Stamp(DiskStamp),
}

/// How to save: what must be on disk first, and how the bytes are written.
#[derive(Clone, Debug, Default)]
pub struct SaveOptions {
    pub expect: Expect,
    pub writer: Writer,
}

/// Reads an answers file and the stamp of its bytes.
pub fn load_stamped(path: &Path) -> Result<(AnswerSheet, DiskStamp), FileError> {
    let bytes = read_limited(path)?;
    parse_stamped(&bytes, path)
}

/// An answers file's bytes read and checked, with their fingerprint; `path` names them in
/// errors (a file, or an entry of a ZIP).
pub fn parse_stamped(bytes: &[u8], path: &Path) -> Result<(AnswerSheet, DiskStamp), FileError> {
    let sheet = from_bytes(bytes, path)?;
    Ok((sheet, DiskStamp::of(bytes)))
}

/// Saves `sheet` to `path` atomically. The version on disk before the save is kept as
/// [`backup_path`]. A file at `path` that is not a readable answers file is never replaced.
pub fn save(path: &Path, sheet: &AnswerSheet) -> Result<DiskStamp, SaveError> {
    save_with(path, sheet, &SaveOptions::default())
}

/// [`save`], refusing with [`SaveError::ChangedOnDisk`] when the file is not what
/// `options.expect` says.
pub fn save_with(
    path: &Path,
    sheet: &AnswerSheet,
    options: &SaveOptions,
) -> Result<DiskStamp, SaveError> {
    let text = to_ron(sheet)?;
    let io = |source: std::io::Error| SaveError::Io {
        path: path.to_owned(),
        source: source.into(),
    };
    let old = match read_capped(path, MAX_ANSWERS_BYTES) {
        Ok(Capped::Bytes(old)) => Some(old),
        Ok(Capped::TooLarge(size)) => {
            let reason = crate::t!("answers-larger-than-any", size = size.to_string());
            return Err(SaveError::WouldDestroy {
                path: path.to_owned(),
                reason,
            });
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(io(e)),
    };
    // A file that is not there, in a folder that is not there either, is never written when
    // this window saved or opened it there before (`Absent`: the document's lock made the
    // folder when it opened; `Stamp`: it was saved there): the stick was pulled or the share
    // went away, and making the folder again would put the work where the student did not
    // choose. Only a Save As (`Anything`) makes a new folder.
    if old.is_none()
        && !matches!(options.expect, Expect::Anything)
        && let Some(gone) = crate::files::gone_place(path)
    {
        return Err(SaveError::FolderGone {
            path: path.to_owned(),
            gone,
        });
    }
    let changed = match (&options.expect, &old) {
        (Expect::Anything, _) => false,
        (Expect::Absent, old) => old.is_some(),
        (Expect::Stamp(stamp), Some(old)) => DiskStamp::of(old) != *stamp,
        // Deleted since (its folder still there): nothing to protect, so write it again.
        (Expect::Stamp(_), None) => false,
    };
    if changed {
        return Err(SaveError::ChangedOnDisk {
            path: path.to_owned(),
        });
    }
    if let Some(old) = old {
        if old == text.as_bytes() {
            return Ok(DiskStamp::of(&old));
        }
        if let Err(e) = from_bytes(&old, path) {
            return Err(SaveError::WouldDestroy {
                path: path.to_owned(),
                reason: e.to_string(),
            });
        }
        let backup = backup_path(path);
        write_atomic_with(&backup, &old, options.writer).map_err(|source| SaveError::Io {
            path: backup,
            source: source.into(),
        })?;
    }
    write_atomic_with(path, text.as_bytes(), options.writer).map_err(io)?;
    Ok(DiskStamp::of(text.as_bytes()))
}
