//! What Lectern's own file chooser shows: the entries of a folder and the usual places to start
//! from (home, desktop, documents, USB sticks). Used when the system has no file dialog.

use std::io;
use std::path::{Path, PathBuf};

/// One thing in a folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FolderEntry {
    pub name: String,
    pub path: PathBuf,
    pub is_dir: bool,
}

/// The entries of `dir`: folders first, then files, each by name ignoring case. Hidden ones
/// (a leading dot) are left out, as file managers do; an entry that cannot be read is skipped
/// and counted in the second value, so the chooser can say so.
pub fn list(dir: &Path) -> io::Result<(Vec<FolderEntry>, usize)> {
    let mut entries = Vec::new();
    let mut unreadable = 0;
    for entry in std::fs::read_dir(dir)? {
        let Ok(entry) = entry else {
            unreadable += 1;
            continue;
        };
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        // Follow links: a link to a folder is a folder to the student.
        let is_dir = path.is_dir();
        entries.push(FolderEntry { name, path, is_dir });
    }
    entries.sort_by_cached_key(|e| (!e.is_dir, e.name.to_lowercase(), e.name.clone()));
    Ok((entries, unreadable))
}

/// A place to start from, with its name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub label: String,
    pub path: PathBuf,
}

/// Home, Desktop, Documents and Downloads, then removable drives (USB sticks) and, on Windows,
/// every drive letter. Only places that exist are listed.
pub fn places() -> Vec<Place> {
    let mut out = Vec::new();
    let mut add = |label: String, path: PathBuf| {
        if path.is_dir() && !out.iter().any(|p: &Place| p.path == path) {
            out.push(Place { label, path });
        }
    };
    if let Some(user) = directories::UserDirs::new() {
        add(crate::t!("place-home"), user.home_dir().to_owned());
        for (label, dir) in [
            (crate::t!("place-desktop"), user.desktop_dir()),
            (crate::t!("place-documents"), user.document_dir()),
            (crate::t!("place-downloads"), user.download_dir()),
        ] {
            if let Some(dir) = dir {
                add(label, dir.to_owned());
            }
        }
    }
    for drive in removable_drives() {
        let label = drive
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| drive.display().to_string());
        add(label, drive);
    }
    out
}

/// Mounted removable drives: `/media/USER/*`, `/run/media/USER/*` (udisks), `/media/*`, and on
/// Windows the drive letters.
fn removable_drives() -> Vec<PathBuf> {
    let mut drives = Vec::new();
    if cfg!(windows) {
        for letter in b'A'..=b'Z' {
            let drive = PathBuf::from(format!("{}:\\", letter as char));
            if drive.exists() {
                drives.push(drive);
            }
        }
        return drives;
    }
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .ok();
    let mut roots = vec![PathBuf::from("/media")];
    if let Some(user) = &user {
        roots.insert(0, Path::new("/media").join(user));
        roots.insert(1, Path::new("/run/media").join(user));
    }
    for root in roots {
        let Ok((entries, _)) = list(&root) else {
            continue;
        };
        for entry in entries.into_iter().filter(|e| e.is_dir) {
            // `/media/USER` itself is the folder of that user's drives, not a drive.
            if user.as_deref() == Some(entry.name.as_str()) && root == Path::new("/media") {
                continue;
            }
            drives.push(entry.path);
        }
    }
    drives
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_come_first_then_files_by_name_and_hidden_ones_are_left_out() {
        let dir = tempfile::tempdir().unwrap();
        for file in ["b.md", "A.txt", ".hidden", "c.ron"] {
            std::fs::write(dir.path().join(file), "x").unwrap();
        }
        for folder in ["zeta", "Alpha", ".git"] {
            std::fs::create_dir(dir.path().join(folder)).unwrap();
        }
        let (entries, unreadable) = list(dir.path()).unwrap();
        let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Alpha", "zeta", "A.txt", "b.md", "c.ron"]);
        assert!(entries[0].is_dir && !entries[2].is_dir);
        assert_eq!(unreadable, 0);
    }

    #[test]
    fn a_missing_folder_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        assert!(list(&dir.path().join("gone")).is_err());
    }
}
