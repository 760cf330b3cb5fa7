//! Files in and out. Writing is atomic, so a crash at any moment leaves either the old content
//! or the new, never a mix: temporary file in the same folder, flush and fsync, rename over the
//! target, fsync of the folder. Reading is capped, so a huge wrong file is refused, not loaded.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// How bytes reach the disk. Tests use [`Writer::FullAfter`] to see what happens when the disk
/// fills up mid-save, which cannot be arranged for real without root and a tiny filesystem.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Writer {
    #[default]
    Real,
    /// Writes this many bytes, then fails as a full disk does.
    FullAfter(usize),
    /// Panics instead of writing: how tests stand in for a bug in a saving thread.
    Panics,
}

impl Writer {
    fn write(self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        match self {
            Writer::Real => file.write_all(bytes),
            Writer::FullAfter(n) => {
                file.write_all(&bytes[..n.min(bytes.len())])?;
                Err(io::Error::new(
                    io::ErrorKind::StorageFull,
                    "no space left on device",
                ))
            }
            Writer::Panics => panic!("Writer::Panics: a stand-in for a bug while writing"),
        }
    }
}

/// Writes `bytes` to `path` atomically, creating the folder if it is missing.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, bytes, Writer::Real)
}

/// [`write_atomic`] through `writer`.
pub fn write_atomic_with(path: &Path, bytes: &[u8], writer: Writer) -> io::Result<()> {
    let dir = parent_dir(path);
    fs::create_dir_all(&dir)?;
    let tmp = temp_path(path);
    let result = write_and_rename(&tmp, path, &dir, bytes, writer);
    if result.is_err() {
        // A leftover temporary file is harmless but untidy; its removal may fail too.
        let _ = fs::remove_file(&tmp);
    }
    result
}

fn write_and_rename(
    tmp: &Path,
    path: &Path,
    dir: &Path,
    bytes: &[u8],
    writer: Writer,
) -> io::Result<()> {
    let mut file = OpenOptions::new().write(true).create_new(true).open(tmp)?;
    writer.write(&mut file, bytes)?;
    file.flush()?;
    file.sync_all()?;
    drop(file);
    fs::rename(tmp, path)?;
    sync_dir(dir)
}

/// What [`read_capped`] found.
pub enum Capped {
    Bytes(Vec<u8>),
    /// The file is larger than the cap; this is its size (or the size read so far).
    TooLarge(u64),
}

/// Reads `path` whole unless it is larger than `max` bytes. A file that grows while it is
/// read is caught too.
pub fn read_capped(path: &Path, max: u64) -> io::Result<Capped> {
    let file = File::open(path)?;
    let size = file.metadata()?.len();
    if size > max {
        return Ok(Capped::TooLarge(size));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(max + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Ok(Capped::TooLarge(bytes.len() as u64));
    }
    Ok(Capped::Bytes(bytes))
}

/// The SHA-256 of `bytes` in lowercase hex.
/// Why bytes that should be text are not: a NUL byte (a binary file picked by mistake), or
/// bytes that are not UTF-8, with where the first bad one is.
#[derive(Debug, PartialEq, Eq)]
pub enum NotText {
    Nul { offset: usize },
    NotUtf8 { line: usize, column: usize },
}

impl std::fmt::Display for NotText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotText::Nul { .. } => f.write_str(&crate::t!("not-text-nul")),
            NotText::NotUtf8 { line, column } => {
                f.write_str(&crate::t!("not-text-utf8", line = *line, column = *column))
            }
        }
    }
}

/// `bytes` as text, checked the one way readings and answers files are both checked.
pub fn text_of(bytes: &[u8]) -> Result<&str, NotText> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(NotText::Nul { offset });
    }
    std::str::from_utf8(bytes).map_err(|e| not_utf8(bytes, e))
}

/// [`text_of`] for bytes that are owned, without copying them.
pub fn into_text(bytes: Vec<u8>) -> Result<String, NotText> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(NotText::Nul { offset });
    }
    String::from_utf8(bytes).map_err(|e| not_utf8(e.as_bytes(), e.utf8_error()))
}

/// Where the first byte that is not UTF-8 is, as a line and column a text editor shows.
fn not_utf8(bytes: &[u8], error: std::str::Utf8Error) -> NotText {
    let valid = &bytes[..error.valid_up_to()];
    let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&valid[line_start..])
        .chars()
        .count()
        + 1;
    NotText::NotUtf8 { line, column }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    use std::fmt::Write as _;
    let mut hex = String::with_capacity(64);
    for byte in Sha256::digest(bytes) {
        let _ = write!(hex, "{byte:02x}"); // Writing to a String cannot fail.
    }
    hex
}

/// The folder `path` lives in (`.` for a bare file name).
pub fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// A name in the same folder that no other writer (thread or process) will pick.
fn temp_path(path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = path
        .file_name()
        .map_or("file".into(), |n| n.to_string_lossy());
    parent_dir(path).join(format!(".{name}.tmp-{}-{n}", std::process::id()))
}

/// Makes the rename itself durable. Folders cannot be opened for syncing on Windows, where
/// the rename is already durable once it returns.
fn sync_dir(dir: &Path) -> io::Result<()> {
    if cfg!(unix) {
        File::open(dir)?.sync_all()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_checked_for_nul_and_utf8_with_a_line_and_column() {
        assert_eq!(text_of(b"ok\n"), Ok("ok\n"));
        assert_eq!(text_of(b"a\0b"), Err(NotText::Nul { offset: 1 }));
        assert_eq!(
            text_of(b"one\nQ\xc3\xa9 \xe9"),
            Err(NotText::NotUtf8 { line: 2, column: 4 })
        );
        assert_eq!(
            into_text(b"caf\xe9".to_vec()),
            Err(NotText::NotUtf8 { line: 1, column: 4 })
        );
        assert_eq!(into_text(b"ok".to_vec()), Ok("ok".to_owned()));
    }

    #[test]
    fn replaces_content_and_leaves_no_temporary_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("a.txt")]);
    }

    #[test]
    fn creates_missing_folders() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x/y/z.txt");
        write_atomic(&path, b"deep").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"deep");
    }

    #[test]
    fn a_full_disk_leaves_the_old_file_and_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        write_atomic(&path, b"old content").unwrap();
        let err = write_atomic_with(&path, b"new content", Writer::FullAfter(3)).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::StorageFull);
        assert_eq!(fs::read(&path).unwrap(), b"old content");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn failure_leaves_the_old_file_alone() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        write_atomic(&path, b"old").unwrap();
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o500)).unwrap();
        let root = fs::write(dir.path().join("probe"), "").is_ok(); // Root ignores permissions.
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o700)).unwrap();
        // As root (CI), a folder no one can write: the file's folder moved away, a file at its
        // name. The old file travels with its folder and must be untouched.
        let (target, old) = if root {
            let moved = dir.path().join("moved");
            let inner = dir.path().join("inner");
            fs::create_dir(&inner).unwrap();
            fs::rename(&path, inner.join("a.txt")).unwrap();
            fs::rename(&inner, &moved).unwrap();
            fs::write(&inner, "a file where the folder was").unwrap();
            (inner.join("a.txt"), moved.join("a.txt"))
        } else {
            fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o500)).unwrap();
            (path.clone(), path.clone())
        };
        let result = write_atomic(&target, b"new");
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o700)).unwrap();
        assert!(
            result.is_err(),
            "a folder that takes no writes fails the write"
        );
        assert_eq!(fs::read(&old).unwrap(), b"old");
    }
}
