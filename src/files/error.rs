//! The one error for a file Lectern could not read, write or take: every part of Lectern that
//! touches a file (answers, readings, the library, importers, a class folder, hand-in, feedback,
//! word lists) reports through [`FileError`], and its `Display` says what happened in the
//! user's language and words — the file, what went wrong, what to do — never a parser's or a
//! type's name. A `String` is made of it only where a notice is composed.

use std::path::PathBuf;

use crate::i18n::io_reason;
use crate::t;

/// What a file is to its user, named in their words in an error ("a rubric file").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Answers,
    Reading,
    Feedback,
    Rubric,
    /// The student's own spelling words.
    WordList,
    /// The student's own settings (`my settings.ron`).
    Settings,
    /// A ZIP of a class's hand-ins (an LMS's download).
    Zip,
    /// An LMS's grading worksheet (a CSV).
    Worksheet,
}

impl FileKind {
    /// The kind in the user's words.
    pub fn word(self) -> String {
        crate::i18n::tr(match self {
            FileKind::Answers => "file-kind-answers",
            FileKind::Reading => "file-kind-reading",
            FileKind::Feedback => "file-kind-feedback",
            FileKind::Rubric => "file-kind-rubric",
            FileKind::WordList => "file-kind-words",
            FileKind::Settings => "file-kind-settings",
            FileKind::Zip => "file-kind-zip",
            FileKind::Worksheet => "file-kind-worksheet",
        })
    }
}

/// Why an importer could not make a reading of a document. Said without the importing
/// library's own words, which name its types and offsets rather than anything a teacher can do.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportProblem {
    #[error("{}", t!("import-not-word"))]
    NotWord,
    #[error("{}", t!("import-not-pdf"))]
    NotPdf,
    #[error("{}", t!("import-pdf-locked"))]
    PdfLocked,
    /// A scan: pictures of pages, no letters.
    #[error("{}", t!("import-pdf-no-text"))]
    PdfNoText,
    #[error("{0}")]
    Odt(crate::import::odt::OdtError),
    #[error("{}", t!("import-page-empty"))]
    PageEmpty,
    #[error("{}", t!("import-mhtml-damaged"))]
    MhtmlDamaged,
    #[error("{}", t!("import-clipboard-empty"))]
    ClipboardEmpty,
}

/// Why a file could not be read, written or taken. Each names the file (or the place).
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("{}", t!("err-read", path = .path.display().to_string(), error = io_reason(.source)))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", t!("could-not-write", path = .path.display().to_string(), error = io_reason(.source)))]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", t!("library-not-removed", path = .path.display().to_string(), error = io_reason(.source)))]
    Remove {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", too_large(.path, *.kind, *.size, *.limit))]
    TooLarge {
        path: PathBuf,
        kind: FileKind,
        size: u64,
        limit: u64,
    },
    #[error("{}", not_text(.path, *.kind, .detail))]
    NotText {
        path: PathBuf,
        kind: FileKind,
        detail: crate::files::NotText,
    },
    /// A picture, an archive or another program's document where a reading was expected.
    #[error("{}", t!("err-reading-binary", path = .path.display().to_string()))]
    Binary { path: PathBuf, offset: usize },
    /// A LibreOffice or OpenOffice document, which a teacher can save as Word in two clicks.
    #[error("{}", t!("err-reading-opendocument", path = .path.display().to_string()))]
    OpenDocument { path: PathBuf },
    #[error("{}", t!("err-reading-empty", path = .path.display().to_string()))]
    Empty { path: PathBuf },
    /// RON that does not parse, said as where and what (`ron_words`).
    #[error("{}", t!("err-syntax", path = .path.display().to_string(), line = .line.to_string(), column = .column.to_string(), message = .message.to_string()))]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    /// Well-formed, but not what its kind must be (an answer twice, a level the rubric lacks).
    #[error("{}", not_one(.path, *.kind, .detail))]
    NotOne {
        path: PathBuf,
        kind: FileKind,
        detail: String,
    },
    #[error("{}", newer(.path, *.kind, *.found, *.supported))]
    Newer {
        path: PathBuf,
        kind: FileKind,
        found: u32,
        supported: u32,
    },
    /// A save refused because the file there does not read as its kind.
    #[error("{}", would_destroy(.path, *.kind, .reason))]
    WouldDestroy {
        path: PathBuf,
        kind: FileKind,
        reason: String,
    },
    /// A reading was added, but the file it came from could not be kept beside it.
    #[error("{}", t!("library-original-not-kept", path = .path.display().to_string(), error = io_reason(.source)))]
    OriginalNotKept {
        path: PathBuf,
        source: std::io::Error,
    },
    /// An export refused because it would write over the answers file or the reading.
    #[error("{}", t!("err-export-over-source", path = .path.display().to_string()))]
    WouldOverwriteSource { path: PathBuf },
    /// A study sheet that could not be made in a format: a fault in Lectern, not the student's.
    #[error("{}", t!("err-sheet-not-made", format = *.format))]
    SheetNotMade {
        format: &'static str,
        detail: String,
    },
    /// Lectern's own data could not be put into words for `path` (a fault in Lectern, not the
    /// user's): nothing was written. `detail` is kept for a bug report.
    #[error("{}", t!("err-not-encoded", path = .path.display().to_string()))]
    NotEncoded { path: PathBuf, detail: String },
    #[error("{}", t!("err-not-a-folder", path = .path.display().to_string()))]
    NotAFolder { path: PathBuf },
    #[error("{}", t!("err-no-data-folder"))]
    NoDataFolder,
    /// A reading that comes with Lectern, which the library cannot change or remove.
    #[error("{}", t!("library-bundled-stays", title = .title.as_str()))]
    BuiltIn { title: String },
    #[error("{}", t!("library-not-inside", path = .path.display().to_string()))]
    NotInLibrary { path: PathBuf },
    /// A bundled reading an answers file names that this Lectern does not have.
    #[error("{}", t!("err-no-bundled", name = .name.as_str()))]
    NoBundled { name: String },
    #[error("{}", t!("err-reading-not-local", path = .path.display().to_string()))]
    NotLocal { path: PathBuf },
    #[error("{}", t!("err-reading-not-named"))]
    NotNamed,
    /// Rich Text, which Lectern does not read: refused with what to do.
    #[error("{}", t!("import-rtf", path = .path.display().to_string()))]
    Rtf { path: PathBuf },
    #[error("{}", t!("err-import", path = .path.display().to_string(), problem = .problem.to_string()))]
    Import {
        path: PathBuf,
        problem: ImportProblem,
    },
    /// What the import child said of why it could not read the file: a `FileError` of its
    /// own, said in the window's language (the child is started in it) and naming the file.
    #[error("{said}")]
    ImportSaid { path: PathBuf, said: String },
    /// The importer could not be started or watched (`import::child`).
    #[error("{}", t!("import-not-started", path = .path.display().to_string(), error = io_reason(.source)))]
    ImportNotStarted {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The importer ran out of its time.
    #[error("{}", t!("import-too-slow", path = .path.display().to_string(), seconds = .seconds.to_string()))]
    ImportTooSlow { path: PathBuf, seconds: u64 },
    /// The importer ran out of memory.
    #[error("{}", t!("import-out-of-memory", path = .path.display().to_string()))]
    ImportOutOfMemory { path: PathBuf },
    /// The importer stopped without a word (a crash).
    #[error("{}", t!("import-stopped", path = .path.display().to_string()))]
    ImportStopped { path: PathBuf },
}

impl FileError {
    /// The error `source` met reading `path`.
    pub fn read(path: impl Into<PathBuf>, source: std::io::Error) -> FileError {
        FileError::Read {
            path: path.into(),
            source,
        }
    }

    /// The error `source` met writing `path`.
    pub fn write(path: impl Into<PathBuf>, source: std::io::Error) -> FileError {
        FileError::Write {
            path: path.into(),
            source,
        }
    }

    /// Whether the file simply is not there (yet).
    pub fn is_not_found(&self) -> bool {
        matches!(self, FileError::Read { source, .. } if source.kind() == std::io::ErrorKind::NotFound)
    }
}

/// The bytes of the `kind` file at `path`, at most `limit` of them (a larger file is the wrong
/// one, refused as [`FileError::TooLarge`]), read as [`crate::files::read_capped`] reads: an
/// ordinary file only, without blocking.
pub fn read_file(path: &std::path::Path, kind: FileKind, limit: u64) -> Result<Vec<u8>, FileError> {
    match crate::files::read_capped(path, limit) {
        Ok(crate::files::Capped::Bytes(bytes)) => Ok(bytes),
        Ok(crate::files::Capped::TooLarge(size)) => Err(FileError::TooLarge {
            path: path.to_owned(),
            kind,
            size,
            limit,
        }),
        Err(source) => Err(FileError::read(path, source)),
    }
}

/// The text of the `kind` file at `path` ([`read_file`]), checked to be text.
pub fn read_text(path: &std::path::Path, kind: FileKind, limit: u64) -> Result<String, FileError> {
    crate::files::into_text(read_file(path, kind, limit)?).map_err(|detail| FileError::NotText {
        path: path.to_owned(),
        kind,
        detail,
    })
}

fn too_large(path: &std::path::Path, kind: FileKind, size: u64, limit: u64) -> String {
    let path = path.display().to_string();
    let size = size.to_string();
    let limit = (limit / (1024 * 1024)).max(1).to_string();
    match kind {
        // Their own sentences since the first release; the screen walk knows them.
        FileKind::Answers => t!("err-answers-too-large", path = path, size = size),
        FileKind::Reading => t!("err-reading-too-large", path = path, size = size),
        kind => t!(
            "err-file-too-large",
            path = path,
            size = size,
            kind = kind.word(),
            limit = limit
        ),
    }
}

fn not_text(path: &std::path::Path, kind: FileKind, detail: &crate::files::NotText) -> String {
    let path = path.display().to_string();
    match (kind, detail) {
        (FileKind::Reading, crate::files::NotText::NotUtf8 { line, column }) => t!(
            "err-reading-not-utf8",
            path = path,
            line = line.to_string(),
            column = column.to_string()
        ),
        (FileKind::Answers | FileKind::Reading, _) => {
            t!("err-not-text", path = path, detail = detail.to_string())
        }
        // "… is not a feedback file: it is not text", as a rubric or word list says it.
        (kind, detail) => t!(
            "err-file-not-one",
            path = path,
            kind = kind.word(),
            detail = detail.to_string()
        ),
    }
}

fn not_one(path: &std::path::Path, kind: FileKind, detail: &str) -> String {
    let path = path.display().to_string();
    match kind {
        FileKind::Answers => t!("err-invalid", path = path, message = detail),
        kind => t!(
            "err-file-not-one",
            path = path,
            kind = kind.word(),
            detail = detail
        ),
    }
}

fn newer(path: &std::path::Path, kind: FileKind, found: u32, supported: u32) -> String {
    let (path, found, supported) = (
        path.display().to_string(),
        found.to_string(),
        supported.to_string(),
    );
    match kind {
        FileKind::Answers => t!(
            "err-answers-newer",
            path = path,
            found = found,
            supported = supported
        ),
        kind => t!(
            "err-file-newer",
            path = path,
            kind = kind.word(),
            found = found,
            supported = supported
        ),
    }
}

fn would_destroy(path: &std::path::Path, kind: FileKind, reason: &str) -> String {
    let path = path.display().to_string();
    match kind {
        FileKind::Answers => t!("err-would-destroy", path = path, reason = reason),
        kind => t!(
            "err-file-would-destroy",
            path = path,
            kind = kind.word(),
            reason = reason
        ),
    }
}
