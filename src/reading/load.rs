//! Reading texts from disk and from the binary, with a clear error for each way it can fail.

use std::path::Path;

use super::{Origin, Reading, parse};
use crate::files::{FileError, FileKind, NotText};

/// A reading compiled into Lectern.
pub struct BundledReading {
    /// Short name, stored in answers files as `bundled:NAME`.
    pub name: &'static str,
    pub text: &'static str,
}

impl BundledReading {
    pub fn parse(&self) -> Reading {
        parse(self.text, Origin::Bundled(self.name.to_owned()), self.name)
    }

    /// Finds a bundled reading by its short name.
    pub fn find(name: &str) -> Option<&'static BundledReading> {
        BUNDLED.iter().find(|b| b.name == name)
    }
}

/// The readings that ship with Lectern; the first opens when no reading is named.
pub static BUNDLED: &[BundledReading] = &[
    BundledReading {
        name: "kazakhstan-eu",
        text: include_str!("../../assets/readings/kazakhstan-eu.md"),
    },
    // Two short readings written for Lectern, in other shapes: plain text, and Markdown with
    // bullets and an essay.
    BundledReading {
        name: "aral-sea",
        text: include_str!("../../assets/readings/aral-sea.txt"),
    },
    BundledReading {
        name: "apple-origins",
        text: include_str!("../../assets/readings/apple-origins.md"),
    },
];

/// The reading an answers file names by its stored origin (`bundled:NAME` or a path).
pub fn find_by_origin(origin: &str) -> Result<Reading, FileError> {
    match Origin::from_stored(origin) {
        Origin::Bundled(name) => BundledReading::find(&name)
            .map(BundledReading::parse)
            .ok_or(FileError::NoBundled { name }),
        Origin::File(path) if !is_local(&path) => Err(FileError::NotLocal { path }),
        Origin::File(path) => load_file(&path),
        Origin::Text => Err(FileError::NotNamed),
    }
}

/// Whether `path` is on this computer: never another computer's share (`\\host\share`, which
/// Windows would connect to as soon as it is opened) nor a device path. Only an ordinary file
/// is read there ([`load_file`] through `files::read_capped`).
pub fn is_local(path: &Path) -> bool {
    use std::path::{Component, Prefix};
    let text = path.as_os_str().to_string_lossy();
    if text.starts_with("\\\\") || text.starts_with("//") {
        return false;
    }
    match path.components().next() {
        Some(Component::Prefix(prefix)) => {
            matches!(prefix.kind(), Prefix::Disk(_) | Prefix::VerbatimDisk(_))
        }
        _ => true,
    }
}

/// Readings are articles, not books: anything larger is almost certainly the wrong file.
pub const MAX_READING_BYTES: u64 = 16 * 1024 * 1024;

/// Reads and parses a reading file.
pub fn load_file(path: &Path) -> Result<Reading, FileError> {
    load_file_with_text(path).map(|(reading, _)| reading)
}

/// [`load_file`], with the text the reading was parsed from (the preview looks at it again
/// for the lines the parser left out, without reading the file twice).
pub fn load_file_with_text(path: &Path) -> Result<(Reading, String), FileError> {
    let bytes = crate::files::read_file(path, FileKind::Reading, MAX_READING_BYTES)?;
    let text = decode(path, bytes)?;
    if text.trim().is_empty() {
        return Err(FileError::Empty {
            path: path.to_owned(),
        });
    }
    let fallback = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let reading = parse(&text, Origin::File(path.to_owned()), &fallback);
    Ok((reading, text))
}

fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, FileError> {
    // An OpenDocument file is a zip whose first member, `mimetype`, names its kind.
    const OPENDOCUMENT: &[u8] = b"application/vnd.oasis.opendocument";
    if bytes.starts_with(b"PK\x03\x04")
        && bytes[..bytes.len().min(200)]
            .windows(OPENDOCUMENT.len())
            .any(|w| w == OPENDOCUMENT)
    {
        return Err(FileError::OpenDocument {
            path: path.to_owned(),
        });
    }
    crate::files::into_text(bytes).map_err(|e| match e {
        NotText::Nul { offset } => FileError::Binary {
            path: path.to_owned(),
            offset,
        },
        detail @ NotText::NotUtf8 { .. } => FileError::NotText {
            path: path.to_owned(),
            kind: FileKind::Reading,
            detail,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_on_another_computer_is_never_opened() {
        for remote in [r"\\host\share\reading.md", "//host/share/reading.md"] {
            assert!(!is_local(Path::new(remote)), "{remote}");
            let err = find_by_origin(remote).unwrap_err();
            assert!(err.to_string().contains("another computer"), "{err}");
        }
        assert!(is_local(Path::new("/home/aliya/reading.md")));
        assert!(is_local(Path::new("reading.md")));
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_named_as_the_reading_is_refused_without_waiting() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("reading.md");
        let c = std::ffi::CString::new(fifo.as_os_str().as_bytes()).unwrap();
        // SAFETY: a valid C string; mkfifo only reads it.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
        let origin = fifo.display().to_string();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(find_by_origin(&origin).is_err());
        });
        let refused = rx
            .recv_timeout(std::time::Duration::from_secs(20))
            .expect("opening a pipe named as the reading blocked");
        assert!(refused);
    }
}
