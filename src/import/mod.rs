//! Readings that come in other formats, turned into Lectern's own reading Markdown (headings,
//! bold, `1.` numbering), so one parser and stable paragraph numbers serve them all.
//!
//! Today: Word (`.docx`). `lectern import FILE` writes the Markdown a file becomes, and
//! `lectern parse` reads an importable file through it. The window does not import yet: issue
//! 12 asks importers to run in a child process with a time limit and a memory cap, so a hang
//! or a crash in a third-party parser cannot reach a student's open work.

pub mod docx;

use std::path::Path;

/// The formats Lectern imports, told by the file's first bytes, not its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A Word document: a zip holding `word/document.xml`.
    Docx,
}

/// What `bytes` are, when Lectern can import them.
pub fn kind_of(bytes: &[u8]) -> Option<Kind> {
    let zip = bytes.starts_with(b"PK\x03\x04");
    // The zip's directory names its members; a Word document has word/document.xml.
    let word = bytes.windows(17).any(|w| w == b"word/document.xml");
    (zip && word).then_some(Kind::Docx)
}

/// The reading Markdown of the file at `path`, if it is in a format Lectern imports.
pub fn file_to_markdown(path: &Path) -> Result<Option<String>, String> {
    use crate::reading::ReadingError;
    let max = crate::reading::MAX_READING_BYTES;
    // The same limits and words as any reading (`reading::load_file`).
    let bytes = match crate::files::read_capped(path, max) {
        Ok(crate::files::Capped::Bytes(bytes)) => bytes,
        Ok(crate::files::Capped::TooLarge(size)) => {
            let path = path.to_owned();
            return Err(ReadingError::TooLarge { path, size, max }.to_string());
        }
        Err(source) => {
            let path = path.to_owned();
            return Err(ReadingError::Io { path, source }.to_string());
        }
    };
    match kind_of(&bytes) {
        Some(Kind::Docx) => docx::to_markdown(&bytes)
            .map(Some)
            .map_err(|e| format!("{}: {e}", path.display())),
        None => Ok(None),
    }
}
