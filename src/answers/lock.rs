//! One window per answers file. Two students at one classroom machine, or a double click,
//! can open the same file twice; the second window must not overwrite the first's work. A lock
//! file beside the answers (`.NAME.ron.lock`) is held with the operating system's file lock for
//! as long as the file is open. The lock is released when the process ends, however it ends,
//! so a crash never leaves a file locked. The lock file itself is left in place: deleting it
//! while another process opens it would let two windows hold "the" lock at once.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};

/// Holds the lock until dropped.
#[derive(Debug)]
pub struct FileLock {
    _file: File,
}

#[derive(Debug)]
pub enum LockOutcome {
    Locked(FileLock),
    /// Another window (this process or another) has the file open.
    HeldElsewhere,
    /// Locking is not possible here (read-only folder, a file system without locks).
    Unavailable(io::Error),
}

/// Where the lock for `answers` lives.
pub fn lock_path(answers: &Path) -> PathBuf {
    let name = answers
        .file_name()
        .map_or("answers".into(), |n| n.to_string_lossy());
    crate::files::parent_dir(answers).join(format!(".{name}.lock"))
}

/// Tries to take the lock for `answers` without waiting.
pub fn lock(answers: &Path) -> LockOutcome {
    let path = lock_path(answers);
    if let Err(e) = fs::create_dir_all(crate::files::parent_dir(&path)) {
        return LockOutcome::Unavailable(e);
    }
    let file = match OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
    {
        Ok(f) => f,
        Err(e) => return LockOutcome::Unavailable(e),
    };
    // On Windows, where the dot hides nothing, the lock is hidden (also one an older Lectern
    // left in sight). Opening an existing file never truncates it, so a hidden lock opens as
    // well as a shown one. A lock left shown is untidy, not wrong: that failure is let be.
    let _ = crate::files::set_hidden(&file, true);
    match file.try_lock() {
        Ok(()) => LockOutcome::Locked(FileLock { _file: file }),
        Err(TryLockError::WouldBlock) => LockOutcome::HeldElsewhere,
        Err(TryLockError::Error(e)) => LockOutcome::Unavailable(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_the_same_file_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let answers = dir.path().join("a.ron");
        let first = lock(&answers);
        assert!(matches!(first, LockOutcome::Locked(_)));
        assert!(matches!(lock(&answers), LockOutcome::HeldElsewhere));
        drop(first);
        assert!(matches!(lock(&answers), LockOutcome::Locked(_)));
    }

    /// A leading dot hides nothing on Windows: the lock is hidden there, or students find a
    /// stray file beside their answers. Hidden, it must still be taken again, and made again
    /// once removed.
    #[cfg(windows)]
    #[test]
    fn on_windows_the_lock_file_is_hidden_and_is_taken_again() {
        use std::os::windows::fs::MetadataExt;
        use windows_sys::Win32::Storage::FileSystem::FILE_ATTRIBUTE_HIDDEN;
        let hidden =
            |p: &Path| fs::metadata(p).unwrap().file_attributes() & FILE_ATTRIBUTE_HIDDEN != 0;
        let dir = tempfile::tempdir().unwrap();
        let answers = dir.path().join("a.ron");
        let path = lock_path(&answers);
        let first = lock(&answers);
        assert!(matches!(first, LockOutcome::Locked(_)));
        assert!(hidden(&path), "the lock file is shown beside the answers");
        assert!(matches!(lock(&answers), LockOutcome::HeldElsewhere));
        drop(first);
        assert!(matches!(lock(&answers), LockOutcome::Locked(_)));
        assert!(hidden(&path));
        fs::remove_file(&path).unwrap();
        assert!(matches!(lock(&answers), LockOutcome::Locked(_)));
        assert!(hidden(&path), "a lock made again is shown");
        // A lock an older Lectern left in sight is hidden the next time it is taken.
        fs::remove_file(&path).unwrap();
        fs::write(&path, "").unwrap();
        assert!(matches!(lock(&answers), LockOutcome::Locked(_)));
        assert!(hidden(&path), "an older, shown lock stays shown");
    }
}
