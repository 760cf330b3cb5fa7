//! Files in and out, by two rules every command and view goes through.
//!
//! Writing ([`write_atomic`], [`write_new`], [`write_guarded`]) is atomic, so a crash at any
//! moment leaves either the old content or the new, never a mix: temporary file in the same
//! folder, flush and fsync, rename over the target, fsync of the folder. It never renames over
//! something that is not an ordinary file (a device, a pipe, a folder: refused with that
//! reason; a link: the file it points to is replaced), never over an input of the same command
//! (compared by what the path *will* name, then as the same file by device and inode, which
//! also catches a case-folding disk), and [`write_new`] never replaces a file another run made
//! meanwhile. Temporary files a killed save left behind are removed by the next save. On Windows,
//! where a leading dot hides nothing, the temporary file and a file whose name begins with a dot
//! (the recovery copy beside the answers) carry the hidden attribute; what the student saves
//! never does.
//!
//! Reading ([`open_regular`], [`read_capped`]) opens only ordinary files, without blocking (a
//! pipe named like an answers file would otherwise hang the reader forever), and is capped, so
//! a huge wrong file is refused, not loaded.

mod error;
pub use error::{FileError, FileKind, ImportProblem, read_file, read_text};

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

/// Why Lectern would not write where it was asked, carried inside an [`io::Error`] so every
/// caller's message says it in the user's words (`i18n::io_reason`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// A device, a pipe, a socket or a folder is at the name.
    #[error("not an ordinary file")]
    NotAFile,
    /// The name is one of the files the command reads from.
    #[error("the file this was made from")]
    IsAnInput,
}

impl Refusal {
    fn into_error(self) -> io::Error {
        let kind = match self {
            Refusal::NotAFile => io::ErrorKind::InvalidInput,
            Refusal::IsAnInput => io::ErrorKind::AlreadyExists,
        };
        io::Error::new(kind, self)
    }

    /// The refusal inside `error`, if Lectern's own rules (not the system) stopped it.
    pub fn of(error: &io::Error) -> Option<Refusal> {
        error.get_ref()?.downcast_ref::<Refusal>().copied()
    }
}

/// The most bytes in one file name on the file systems Lectern writes to (ext4, NTFS, FAT's
/// long names all stop at 255 bytes or fewer UTF-16 units, which 255 bytes of UTF-8 fit).
pub const MAX_NAME_BYTES: usize = 255;

/// Writes `bytes` to `path` atomically, creating the folder if it is missing.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, bytes, Writer::Real)
}

/// [`write_atomic`], refusing to write over any of `inputs` (the files the output was made
/// from) by any name: `new/../answers.ron`, a link, `ANSWERS.RON` on a disk that folds case.
pub fn write_guarded(path: &Path, bytes: &[u8], inputs: &[&Path]) -> io::Result<()> {
    let target = will_name(path);
    if inputs.iter().any(|input| is_same_file(&target, input)) {
        return Err(Refusal::IsAnInput.into_error());
    }
    write_atomic_with(&target, bytes, Writer::Real)
}

/// [`write_atomic`] through `writer`.
pub fn write_atomic_with(path: &Path, bytes: &[u8], writer: Writer) -> io::Result<()> {
    let path = writable_target(path)?;
    let dir = parent_dir(&path);
    fs::create_dir_all(&dir)?;
    let tmp = temp_path(&path);
    let result = write_and_rename(&tmp, &path, &dir, bytes, writer);
    if result.is_err() {
        // A leftover temporary file is harmless but untidy; its removal may fail too.
        let _ = fs::remove_file(&tmp);
    } else {
        remove_stale_temp_files(&path);
    }
    result
}

/// Writes `bytes` to `path` only if nothing is there, and atomically: the file appears whole
/// or not at all. A file another run made at that name meanwhile is never replaced — the
/// write fails with `AlreadyExists`, and the caller picks another name.
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let path = will_name(path);
    check_name_length(&path)?;
    if fs::symlink_metadata(&path).is_ok() {
        return Err(io::Error::from(io::ErrorKind::AlreadyExists));
    }
    let dir = parent_dir(&path);
    fs::create_dir_all(&dir)?;
    let tmp = temp_path(&path);
    let written = (|| {
        let mut file = create_new(&tmp, true)?;
        Writer::Real.write(&mut file, bytes)?;
        // A hard link shares its file's attributes: only a name with a dot stays hidden.
        set_hidden(&file, is_dot_name(&path))?;
        file.sync_all()
    })();
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    // A hard link is made only where the name is free: the no-replace rename every file
    // system that has links offers. FAT (most USB sticks) has none: there the file is
    // created with create_new and written in place, and removed again if the write fails.
    let linked = fs::hard_link(&tmp, &path);
    let _ = fs::remove_file(&tmp);
    match linked {
        Ok(()) => sync_dir(&dir),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        Err(_) => {
            let mut file = create_new(&path, is_dot_name(&path))?;
            let result = file.write_all(bytes).and_then(|()| file.sync_all());
            if result.is_err() {
                drop(file);
                let _ = fs::remove_file(&path);
            }
            result.and_then(|()| sync_dir(&dir))
        }
    }
}

/// Writes `bytes` as a new file in `folder`, named `STEM.EXT`, or `STEM 2.EXT` and on when
/// that name is taken (by anything, or by another writer at the same moment): never over a
/// file. Says where it went.
pub fn write_new_under_free_name(
    folder: &Path,
    stem: &str,
    extension: &str,
    bytes: &[u8],
) -> Result<PathBuf, FileError> {
    let mut n = 1;
    loop {
        let path = match n {
            1 => folder.join(format!("{stem}.{extension}")),
            n => folder.join(format!("{stem} {n}.{extension}")),
        };
        match write_new(&path, bytes) {
            Ok(()) => return Ok(path),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => n += 1,
            Err(e) => return Err(FileError::write(&path, e)),
        }
    }
}

/// Where a write to `path` goes: the file a link points to (so the link stays a link), and
/// never a device, pipe, socket or folder.
fn writable_target(path: &Path) -> io::Result<PathBuf> {
    check_name_length(path)?;
    match fs::metadata(path) {
        Ok(meta) if meta.is_file() => {
            let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
            Ok(if is_link {
                path.canonicalize()?
            } else {
                path.to_owned()
            })
        }
        Ok(_) => Err(Refusal::NotAFile.into_error()),
        // A link to nothing is replaced by the file, as a missing file would be.
        Err(_) => Ok(path.to_owned()),
    }
}

fn check_name_length(path: &Path) -> io::Result<()> {
    let too_long = path
        .file_name()
        .is_some_and(|name| name.as_encoded_bytes().len() > MAX_NAME_BYTES);
    if too_long {
        return Err(io::Error::from(io::ErrorKind::InvalidFilename));
    }
    Ok(())
}

/// What `path` will name once written: the nearest folder that exists resolved (links, `..`),
/// the folders still to be made and the name taken as written — so `new/../a.ron` is `a.ron`
/// before `new` exists.
pub fn will_name(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    if let Ok(real) = absolute.canonicalize() {
        return real;
    }
    let mut rest = Vec::new();
    let mut base = absolute.as_path();
    let resolved = loop {
        if let Ok(real) = base.canonicalize() {
            break real;
        }
        match base.parent() {
            Some(parent) => {
                rest.push(base.components().next_back());
                base = parent;
            }
            None => break base.to_owned(),
        }
    };
    let mut out = resolved;
    for component in rest.into_iter().rev().flatten() {
        match component {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::Normal(name) => out.push(name),
            _ => {}
        }
    }
    out
}

/// Whether `target` (as [`will_name`] gives it) is the file at `input`: the same device and
/// inode (Windows: volume and file index) when both exist, else the same resolved path.
fn is_same_file(target: &Path, input: &Path) -> bool {
    match same_file_ids(target, input) {
        Some(same) => same,
        None => will_name(input) == target,
    }
}

/// Unix asks `stat`, which never opens the file: opening a pipe to compare it would block.
#[cfg(unix)]
fn same_file_ids(a: &Path, b: &Path) -> Option<bool> {
    use std::os::unix::fs::MetadataExt;
    let (a, b) = (fs::metadata(a).ok()?, fs::metadata(b).ok()?);
    Some(a.dev() == b.dev() && a.ino() == b.ino())
}

/// Windows tells a file by its volume and index, which only an open handle gives (the
/// `same-file` crate opens it without asking to read or write).
#[cfg(not(unix))]
fn same_file_ids(a: &Path, b: &Path) -> Option<bool> {
    same_file::is_same_file(a, b).ok()
}

/// Temporary files of an earlier save to `path` that never finished (the process was killed
/// between creating and renaming) are removed once they are an hour old: a save takes
/// milliseconds, so one that old belongs to no running writer.
fn remove_stale_temp_files(path: &Path) {
    const STALE: std::time::Duration = std::time::Duration::from_secs(3600);
    let (Some(name), Some(dir)) = (path.file_name(), path.parent()) else {
        return;
    };
    let name = name.to_string_lossy();
    let prefix = format!(".{}", clip_to_bytes(&name, MAX_NAME_BYTES - 30));
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let entry_name = entry.file_name();
        let entry_name = entry_name.to_string_lossy();
        let is_temp = entry_name
            .strip_prefix(&prefix)
            .and_then(|rest| rest.split_once(".tmp-"))
            .is_some_and(|(_, id)| id.bytes().all(|b| b.is_ascii_digit() || b == b'-'));
        if !is_temp {
            continue;
        }
        let old = entry
            .metadata()
            .ok()
            .filter(fs::Metadata::is_file)
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > STALE);
        if old {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn write_and_rename(
    tmp: &Path,
    path: &Path,
    dir: &Path,
    bytes: &[u8],
    writer: Writer,
) -> io::Result<()> {
    let mut file = create_new(tmp, true)?;
    writer.write(&mut file, bytes)?;
    file.flush()?;
    // The file keeps its attributes when it is renamed: only a name with a dot stays hidden.
    set_hidden(&file, is_dot_name(path))?;
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

/// Opens `path` for reading if it is an ordinary file. A pipe, device or socket is refused
/// without waiting: opening a pipe no one writes to would block forever (Unix opens it without
/// blocking, then looks at what it opened).
pub fn open_regular(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    let meta = file.metadata()?;
    if meta.is_dir() {
        return Err(io::Error::from(io::ErrorKind::IsADirectory));
    }
    if !meta.is_file() {
        return Err(Refusal::NotAFile.into_error());
    }
    Ok(file)
}

/// Reads `path` whole unless it is larger than `max` bytes. A file that grows while it is
/// read is caught too. Only ordinary files are read ([`open_regular`]).
pub fn read_capped(path: &Path, max: u64) -> io::Result<Capped> {
    let file = open_regular(path)?;
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

/// [`read_capped`] for callers that have nothing to say about a file too large but that it is:
/// an error of kind `FileTooLarge`.
pub fn read_limited(path: &Path, max: u64) -> io::Result<Vec<u8>> {
    match read_capped(path, max)? {
        Capped::Bytes(bytes) => Ok(bytes),
        Capped::TooLarge(_) => Err(io::Error::from(io::ErrorKind::FileTooLarge)),
    }
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

/// What is missing of the place a file was in: the drive (Windows: `E:` no longer there, a
/// USB stick taken out) or the folder (a stick's mount point gone, a share that went away).
#[derive(Clone, Debug, PartialEq)]
pub enum GonePlace {
    Drive(String),
    Folder(PathBuf),
}

/// The place `path` was in, when its folder is no longer there; `None` when the folder is
/// there or cannot be told (a folder that cannot be looked at is not said to be gone).
pub fn gone_place(path: &Path) -> Option<GonePlace> {
    let folder = parent_dir(path);
    match fs::metadata(&folder) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        _ => return None,
    }
    #[cfg(windows)]
    if let Some(std::path::Component::Prefix(prefix)) = folder.components().next() {
        let drive = prefix.as_os_str().to_string_lossy().into_owned();
        if fs::metadata(format!("{drive}\\")).is_err() {
            return Some(GonePlace::Drive(drive));
        }
    }
    Some(GonePlace::Folder(folder))
}

impl std::fmt::Display for GonePlace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GonePlace::Drive(drive) => {
                f.write_str(&crate::t!("err-save-drive-gone", drive = drive.clone()))
            }
            GonePlace::Folder(folder) => f.write_str(&crate::t!(
                "err-save-folder-gone",
                folder = folder.display().to_string()
            )),
        }
    }
}

/// A name in the same folder that no other writer (thread or process) will pick, within the
/// name length limit however long the file's own name is.
fn temp_path(path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = path
        .file_name()
        .map_or("file".into(), |n| n.to_string_lossy());
    let suffix = format!(".tmp-{}-{n}", std::process::id());
    let name = clip_to_bytes(&name, MAX_NAME_BYTES - 1 - suffix.len());
    parent_dir(path).join(format!(".{name}{suffix}"))
}

/// Whether `path`'s name begins with a dot: one of Lectern's own files beside a student's
/// work (a save's temporary file, the recovery copy `.NAME.recovery`, the lock `.NAME.lock`),
/// which the dot hides on Linux and macOS and [`set_hidden`] hides on Windows.
fn is_dot_name(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|name| name.as_encoded_bytes().starts_with(b"."))
}

/// Creates a file at `path` for writing, where nothing is; on Windows with the hidden
/// attribute when `hidden` (from its first moment, so a save killed at any point leaves no
/// file in sight).
fn create_new(path: &Path, hidden: bool) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(windows)]
    if hidden {
        use std::os::windows::fs::OpenOptionsExt;
        options.attributes(windows_sys::Win32::Storage::FileSystem::FILE_ATTRIBUTE_HIDDEN);
    }
    #[cfg(not(windows))]
    let _ = hidden;
    options.open(path)
}

/// Sets or clears the hidden attribute of an open file on Windows, where a leading dot hides
/// nothing; elsewhere the name alone decides, and this does nothing. The file must be open for
/// writing.
#[cfg(windows)]
pub fn set_hidden(file: &File, hidden: bool) -> io::Result<()> {
    use std::os::windows::fs::MetadataExt;
    use std::os::windows::io::AsRawHandle;
    use windows_sys::Win32::Storage::FileSystem::{
        FILE_ATTRIBUTE_HIDDEN, FILE_ATTRIBUTE_NORMAL, FILE_BASIC_INFO, FileBasicInfo,
        SetFileInformationByHandle,
    };
    let attributes = file.metadata()?.file_attributes();
    let wanted = if hidden {
        attributes | FILE_ATTRIBUTE_HIDDEN
    } else {
        attributes & !FILE_ATTRIBUTE_HIDDEN
    };
    if wanted == attributes {
        return Ok(());
    }
    let info = FILE_BASIC_INFO {
        // Zero leaves a time as it is; zero attributes would too, hence NORMAL for "none".
        CreationTime: 0,
        LastAccessTime: 0,
        LastWriteTime: 0,
        ChangeTime: 0,
        FileAttributes: if wanted == 0 {
            FILE_ATTRIBUTE_NORMAL
        } else {
            wanted
        },
    };
    // SAFETY: the handle is open for as long as `file` is borrowed; `info` is a
    // FILE_BASIC_INFO of the size given, which the call only reads.
    let done = unsafe {
        SetFileInformationByHandle(
            file.as_raw_handle(),
            FileBasicInfo,
            (&raw const info).cast(),
            size_of::<FILE_BASIC_INFO>() as u32,
        )
    };
    if done == 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Elsewhere a leading dot hides a file, and there is nothing to set.
#[cfg(not(windows))]
pub fn set_hidden(_file: &File, _hidden: bool) -> io::Result<()> {
    Ok(())
}

/// The longest start of `text` that fits in `max` bytes of UTF-8, cut between characters.
pub fn clip_to_bytes(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
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

    #[test]
    fn an_output_is_never_written_over_an_input_by_another_name() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("aliya.ron");
        fs::write(&input, "answers").unwrap();
        let tricks = [
            dir.path().join("new/../aliya.ron"),
            dir.path().join("new/deeper/../../aliya.ron"),
            dir.path().join("./aliya.ron"),
        ];
        for trick in &tricks {
            let err = write_guarded(trick, b"sheet", &[&input]).unwrap_err();
            assert_eq!(Refusal::of(&err), Some(Refusal::IsAnInput), "{trick:?}");
        }
        #[cfg(unix)]
        {
            let link = dir.path().join("link.ron");
            std::os::unix::fs::symlink(&input, &link).unwrap();
            let hard = dir.path().join("hard.ron");
            fs::hard_link(&input, &hard).unwrap();
            for other in [&link, &hard] {
                let err = write_guarded(other, b"sheet", &[&input]).unwrap_err();
                assert_eq!(Refusal::of(&err), Some(Refusal::IsAnInput), "{other:?}");
            }
        }
        assert_eq!(fs::read(&input).unwrap(), b"answers");
        assert!(
            !dir.path().join("new").exists(),
            "no folder made for a refused write"
        );
        write_guarded(&dir.path().join("new/sheet.txt"), b"sheet", &[&input]).unwrap();
        assert_eq!(
            fs::read(dir.path().join("new/sheet.txt")).unwrap(),
            b"sheet"
        );
    }

    #[test]
    fn will_name_resolves_folders_not_yet_made() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().canonicalize().unwrap();
        assert_eq!(
            will_name(&dir.path().join("a/b/../../x.txt")),
            real.join("x.txt")
        );
        assert_eq!(
            will_name(&dir.path().join("a/./b/y.txt")),
            real.join("a/b/y.txt")
        );
    }

    #[cfg(unix)]
    fn make_fifo(path: &Path) {
        use std::os::unix::ffi::OsStrExt;
        let c = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
        // SAFETY: a valid C string; mkfifo only reads it.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_or_a_folder_at_the_name_is_refused_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("sheet.txt");
        make_fifo(&fifo);
        let err = write_atomic(&fifo, b"sheet").unwrap_err();
        assert_eq!(Refusal::of(&err), Some(Refusal::NotAFile));
        assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
        let folder = dir.path().join("folder.txt");
        fs::create_dir(&folder).unwrap();
        assert!(write_atomic(&folder, b"sheet").is_err());
        assert!(folder.is_dir());
        use std::os::unix::fs::FileTypeExt;
    }

    #[cfg(unix)]
    #[test]
    fn a_link_stays_a_link_and_its_file_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("real.txt");
        fs::write(&file, "old").unwrap();
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&file).unwrap(), b"new");
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_is_not_read_and_does_not_block() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("aliya.feedback.ron");
        make_fifo(&fifo);
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(read_capped(&fifo, 1024).map(|_| ()));
        });
        let result = rx
            .recv_timeout(std::time::Duration::from_secs(20))
            .expect("reading a pipe blocked");
        assert_eq!(Refusal::of(&result.unwrap_err()), Some(Refusal::NotAFile));
    }

    #[test]
    fn write_new_never_replaces_what_is_there() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("aliya.feedback.ron");
        write_new(&path, b"first run").unwrap();
        let err = write_new(&path, b"second run").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&path).unwrap(), b"first run");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left"
        );
    }

    #[test]
    fn a_name_near_the_length_limit_is_written_and_one_over_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let long = "қ".repeat(120) + ".ron"; // 244 bytes: the temporary name must fit too.
        write_atomic(&dir.path().join(&long), b"ok").unwrap();
        assert_eq!(fs::read(dir.path().join(&long)).unwrap(), b"ok");
        let over = "қ".repeat(130);
        let err = write_atomic(&dir.path().join(over), b"x").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidFilename);
    }

    #[test]
    fn temporary_files_a_killed_save_left_are_removed_by_the_next_save() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        let stale = dir.path().join(".a.ron.tmp-4242-0");
        let fresh = dir.path().join(".a.ron.tmp-4243-0");
        let stranger = dir.path().join(".a.ron.notes");
        for p in [&stale, &fresh, &stranger] {
            fs::write(p, "half").unwrap();
        }
        let hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
        for p in [&stale, &stranger] {
            File::options()
                .write(true)
                .open(p)
                .unwrap()
                .set_modified(hours_ago)
                .unwrap();
        }
        write_atomic(&path, b"saved").unwrap();
        assert!(!stale.exists(), "a stale temporary file stays");
        assert!(
            fresh.exists(),
            "a temporary file another save may be writing was removed"
        );
        assert!(
            stranger.exists(),
            "a file that is not Lectern's was removed"
        );
    }

    #[cfg(windows)]
    fn is_hidden(path: &Path) -> bool {
        use std::os::windows::fs::MetadataExt;
        use windows_sys::Win32::Storage::FileSystem::FILE_ATTRIBUTE_HIDDEN;
        fs::metadata(path).unwrap().file_attributes() & FILE_ATTRIBUTE_HIDDEN != 0
    }

    /// A leading dot hides nothing on Windows: a save's temporary file (left behind when the
    /// save is killed) and a file whose name begins with a dot (the recovery copy beside the
    /// answers) are hidden there — and what the student saves never is.
    #[cfg(windows)]
    #[test]
    fn on_windows_temporary_files_and_dot_names_are_hidden_and_the_students_files_are_not() {
        let dir = tempfile::tempdir().unwrap();
        let answers = dir.path().join("a.ron");
        let died =
            std::panic::catch_unwind(|| write_atomic_with(&answers, b"half", Writer::Panics));
        assert!(died.is_err());
        let leftover = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(".a.ron.tmp-")
            })
            .expect("a save that died leaves its temporary file");
        assert!(is_hidden(&leftover), "{leftover:?} is shown");
        fs::remove_file(&leftover).unwrap();

        write_atomic(&answers, b"one").unwrap();
        write_atomic(&answers, b"two").unwrap();
        assert!(!is_hidden(&answers), "the answers were hidden");
        let sheet = dir.path().join("a.feedback.ron");
        write_new(&sheet, b"sheet").unwrap();
        assert!(!is_hidden(&sheet), "a new file was hidden");

        let recovery = dir.path().join(".a.ron.recovery");
        write_atomic(&recovery, b"copy").unwrap();
        assert!(is_hidden(&recovery), "the recovery copy is shown");
        write_atomic(&recovery, b"newer copy").unwrap();
        assert!(
            is_hidden(&recovery),
            "the recovery copy, written again, is shown"
        );
        fs::remove_file(&recovery).unwrap();
        write_atomic(&recovery, b"copy again").unwrap();
        assert!(is_hidden(&recovery));
        assert_eq!(fs::read(&recovery).unwrap(), b"copy again");
        let dotted_new = dir.path().join(".b.ron");
        write_new(&dotted_new, b"new").unwrap();
        assert!(is_hidden(&dotted_new), "a new file with a dot is shown");
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
