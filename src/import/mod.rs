//! Readings that come in other formats, turned into Lectern's own reading Markdown (headings,
//! bold, `1.` numbering), so one parser and stable paragraph numbers serve them all.
//!
//! Word (`.docx`), OpenDocument text (`.odt`, LibreOffice Writer's), web pages (`.html`,
//! `.mhtml`) and PDF (its text layer); a Rich Text file (`.rtf`) is refused with what to do.
//! `lectern import FILE` writes the Markdown a file becomes, and `lectern parse` reads an
//! importable file through it. The window imports through
//! [`load`], which runs `lectern import` in a child process (`child.rs`) with a time limit and
//! a memory cap, so a hang or a crash in a third-party parser cannot reach a student's work.

mod child;
pub mod docx;
pub mod html;
pub mod odt;
pub mod pdf;

pub use child::{IN_PROCESS, MEMORY_LIMIT, TIME_LIMIT, import_in_child, use_importer};

use std::path::Path;

use crate::files::{FileError, FileKind};

/// The formats Lectern imports, told by the file's first bytes, not its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A Word document: a zip holding `word/document.xml`.
    Docx,
    /// An OpenDocument text (LibreOffice Writer): a zip whose `mimetype` member says so.
    Odt,
    /// A web page: HTML (also Word's "web page"), or a single-file MHTML archive.
    WebPage,
    /// A PDF, read through its text layer.
    Pdf,
    /// Rich Text (`{\rtf`), which Lectern does not read: told apart so that it is refused
    /// with what to do, not shown as text full of control words.
    Rtf,
}

/// What `bytes` are, when Lectern can import them.
pub fn kind_of(bytes: &[u8]) -> Option<Kind> {
    if odt::is_odt(bytes) {
        return Some(Kind::Odt);
    }
    if bytes.starts_with(b"{\\rtf") {
        return Some(Kind::Rtf);
    }
    let zip = bytes.starts_with(b"PK\x03\x04");
    // The zip's directory names its members; a Word document has word/document.xml.
    let word = bytes.windows(17).any(|w| w == b"word/document.xml");
    if zip && word {
        return Some(Kind::Docx);
    }
    // "%PDF-" may follow a little junk; readers look in the first kilobyte.
    if bytes[..bytes.len().min(1024)]
        .windows(5)
        .any(|w| w == b"%PDF-")
    {
        return Some(Kind::Pdf);
    }
    html::is_web_page(bytes).then_some(Kind::WebPage)
}

/// How much of a web page to read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Extract {
    /// The article, or the whole page when the article alone has no questions.
    #[default]
    Article,
    /// The whole page, as a teacher may ask in the preview.
    WholePage,
}

/// The reading Markdown of the file at `path`, if it is in a format Lectern imports.
pub fn file_to_markdown(path: &Path) -> Result<Option<String>, FileError> {
    file_to_markdown_as(path, Extract::Article)
}

/// [`file_to_markdown`], reading as much of a web page as `extract` says.
pub fn file_to_markdown_as(path: &Path, extract: Extract) -> Result<Option<String>, FileError> {
    // The same limits and words as any reading (`reading::load_file`).
    let bytes =
        crate::files::read_file(path, FileKind::Reading, crate::reading::MAX_READING_BYTES)?;
    let problem = |problem| FileError::Import {
        path: path.to_owned(),
        problem,
    };
    match kind_of(&bytes) {
        Some(Kind::Docx) => docx::to_markdown(&bytes).map(Some).map_err(problem),
        Some(Kind::Odt) => odt::to_markdown(&bytes).map(Some).map_err(problem),
        Some(Kind::Rtf) => Err(FileError::Rtf {
            path: path.to_owned(),
        }),
        Some(Kind::WebPage) => html::to_markdown_as(&bytes, extract)
            .map(Some)
            .map_err(problem),
        Some(Kind::Pdf) => pdf::to_markdown(&bytes).map(Some).map_err(problem),
        None => Ok(None),
    }
}

/// A reading file opened for the window: the reading, and the Markdown it was imported as
/// (for the library to keep), when it was imported.
pub struct Loaded {
    pub reading: crate::reading::Reading,
    pub imported: Option<String>,
    /// What the file was, when it was imported.
    pub kind: Option<Kind>,
    /// The text the reading was parsed from: the file's own, or the Markdown it was imported as.
    pub text: String,
}

/// Opens any reading file: Markdown and text as they are, importable formats through a child
/// process ([`import_in_child`]).
pub fn load(path: &Path) -> Result<Loaded, FileError> {
    load_as(path, Extract::Article)
}

/// [`load`], reading as much of a web page as `extract` says.
pub fn load_as(path: &Path, extract: Extract) -> Result<Loaded, FileError> {
    let Some(kind) = importable_kind(path) else {
        let (reading, text) = crate::reading::load_file_with_text(path)?;
        return Ok(Loaded {
            reading,
            imported: None,
            kind: None,
            text,
        });
    };
    let markdown = import_in_child(path, extract)?;
    Ok(Loaded {
        reading: reading_of(path, &markdown),
        text: markdown.clone(),
        imported: Some(markdown),
        kind: Some(kind),
    })
}

/// The reading the Markdown imported from `path` makes, titled after the file when it has no
/// title of its own: the one way the window and the CLI both do it.
pub fn reading_of(path: &Path, markdown: &str) -> crate::reading::Reading {
    let fallback = path
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    crate::reading::parse(
        markdown,
        crate::reading::Origin::File(path.to_owned()),
        &fallback,
    )
}

/// The format Lectern imports the file as, told by its first bytes (reads at most 64 KiB).
fn importable_kind(path: &Path) -> Option<Kind> {
    use std::io::{Read, Seek, SeekFrom};
    const PEEK: u64 = 64 * 1024;
    // The start says HTML or zip; a zip's central directory, which names
    // word/document.xml, is at its end: one open reads both.
    let peeked = crate::files::open_regular(path).and_then(|mut file| {
        let mut bytes = Vec::new();
        (&mut file).take(PEEK).read_to_end(&mut bytes)?;
        let len = file.metadata()?.len();
        if len > PEEK {
            file.seek(SeekFrom::Start(len.saturating_sub(PEEK).max(PEEK)))?;
            file.read_to_end(&mut bytes)?;
        }
        Ok(bytes)
    });
    // Unreadable: `reading::load_file` says why.
    peeked.ok().and_then(|bytes| kind_of(&bytes))
}

/// `text` marked bold and/or italic, the marks hugging the words (Markdown ignores `** x**`):
/// how the Word and OpenDocument importers mark a run.
fn emphasise(text: &str, bold: bool, italic: bool) -> String {
    let marks = match (bold, italic) {
        (true, true) => "***",
        (true, false) => "**",
        (false, true) => "*",
        (false, false) => return text.to_owned(),
    };
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return text.to_owned();
    }
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    format!("{lead}{marks}{trimmed}{marks}{trail}")
}

/// A heading's text without emphasis marks: the whole heading is strong already.
fn strip_emphasis(text: &str) -> String {
    text.replace("***", "").replace("**", "")
}
