//! Recovery copies: the newest text, kept apart from the answers file so that a crash, a power
//! cut, a full disk or a folder that went away never costs more than a moment of typing.
//!
//! A copy is written shortly after typing pauses (before the autosave proper), whenever a save
//! fails, and when the student closes without saving. It is removed once the answers are safely
//! in their file. On the next start a copy that differs from the file is offered back.
//!
//! Copies go to the first place that takes them: Lectern's data folder (`recovery/`), then a
//! hidden file beside the answers, then the system's temporary folder (in portable mode too:
//! only reached when the stick is gone).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::{AnswerSheet, load, to_ron};
use crate::files::{sha256_hex, write_atomic};
use crate::paths::{data_dir, slug};
use crate::reading::Reading;

/// The places one document's recovery copy may be, in order of preference.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovery {
    places: Vec<PathBuf>,
    /// For each place, a folder that must already be there for the place to be used: a copy
    /// may make its own `recovery/` folder, but never the folder of a USB stick that was
    /// pulled out (on Linux that would be an empty mount point on this computer's disk).
    anchors: Vec<Option<PathBuf>>,
}

/// Why no recovery copy could be written.
#[derive(Debug, thiserror::Error)]
pub enum RecoveryError {
    #[error("{}", crate::t!("err-recovery-encode", error = .0.to_string()))]
    Encode(String),
    /// Every place refused; each with its reason.
    #[error("{}", crate::t!("err-recovery-nowhere", places = list(.0)))]
    NowhereWritable(Vec<(PathBuf, io::Error)>),
}

fn list(failures: &[(PathBuf, io::Error)]) -> String {
    let all: Vec<String> = failures
        .iter()
        .map(|(place, e)| format!("{}: {}", place.display(), crate::i18n::io_reason(e)))
        .collect();
    if all.is_empty() {
        crate::t!("err-recovery-no-place")
    } else {
        all.join("; ")
    }
}

/// What [`Recovery::newest`] found: the newest copy that reads, and those that do not.
#[derive(Debug, Default)]
pub struct Search {
    pub newest: Option<Found>,
    /// Copies that are there but could not be read, with why. They are left where they are.
    pub unreadable: Vec<(PathBuf, String)>,
}

/// A recovery copy found on disk.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub path: PathBuf,
    pub sheet: AnswerSheet,
    pub modified: SystemTime,
}

impl Recovery {
    /// The places for the answers at `path` (or, with no file yet, for `reading`).
    pub fn for_answers(path: Option<&Path>, reading: &Reading) -> Recovery {
        // A portable data folder is on the stick: used only while the stick's folder is there.
        // The profile's is on this computer, and made on a first run.
        let data_anchor = crate::paths::portable_dir().and_then(|d| d.parent().map(Path::to_owned));
        Recovery::in_folders(
            data_dir(),
            data_anchor,
            &std::env::temp_dir(),
            path,
            reading,
        )
    }

    /// [`Recovery::for_answers`] with the data folder and the temporary folder given.
    fn in_folders(
        data_dir: Option<PathBuf>,
        data_anchor: Option<PathBuf>,
        temp_dir: &Path,
        path: Option<&Path>,
        reading: &Reading,
    ) -> Recovery {
        let name = match path {
            Some(p) => {
                let absolute = std::path::absolute(p).unwrap_or_else(|_| p.to_owned());
                let stem = p
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let key = sha256_hex(absolute.to_string_lossy().as_bytes());
                format!("{}-{}.ron", slug(&stem), &key[..12])
            }
            None => format!(
                "{}-unsaved-{}.ron",
                slug(&reading.title),
                reading.fingerprint.short()
            ),
        };
        let mut places = Vec::new();
        let mut anchors = Vec::new();
        if let Some(data) = data_dir {
            places.push(data.join("recovery").join(&name));
            anchors.push(data_anchor);
        }
        if let Some(p) = path {
            let file = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            places.push(crate::files::parent_dir(p).join(format!(".{file}.recovery")));
            anchors.push(Some(crate::files::parent_dir(p)));
        }
        // The last resort, portable mode included: a portable Lectern writes nothing outside
        // its folder while that folder is there, but when the stick is pulled out from under
        // it, a copy on this computer is better than none.
        places.push(temp_dir.join("lectern-recovery").join(&name));
        anchors.push(None);
        Recovery { places, anchors }
    }

    /// Places given directly (tests).
    pub fn at(places: Vec<PathBuf>) -> Recovery {
        let anchors = vec![None; places.len()];
        Recovery { places, anchors }
    }

    /// Writes the copy to the first place that takes it and returns that place. Older copies
    /// elsewhere are removed, so the newest is the only one.
    pub fn write(&self, sheet: &AnswerSheet) -> Result<PathBuf, RecoveryError> {
        let text = to_ron(sheet).map_err(|e| RecoveryError::Encode(e.to_string()))?;
        let mut errors = Vec::new();
        for (i, place) in self.places.iter().enumerate() {
            if let Some(Some(anchor)) = self.anchors.get(i)
                && !anchor.is_dir()
            {
                errors.push((place.clone(), io::Error::from(io::ErrorKind::NotFound)));
                continue;
            }
            match write_atomic(place, text.as_bytes()) {
                Ok(()) => {
                    for other in self.places.iter().skip(i + 1) {
                        // An older copy that stays is harmless: `newest` takes the newest.
                        let _ = remove_if_present(other);
                    }
                    return Ok(place.clone());
                }
                Err(e) => errors.push((place.clone(), e)),
            }
        }
        Err(RecoveryError::NowhereWritable(errors))
    }

    /// The newest copy that reads, and every copy that is there but does not.
    pub fn newest(&self) -> Search {
        let mut search = Search::default();
        for place in &self.places {
            let modified = match fs::metadata(place).and_then(|m| m.modified()) {
                Ok(m) => m,
                Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                Err(e) => {
                    search.unreadable.push((place.clone(), e.to_string()));
                    continue;
                }
            };
            match load(place) {
                Ok(sheet) => {
                    let found = Found {
                        path: place.clone(),
                        sheet,
                        modified,
                    };
                    if search.newest.as_ref().is_none_or(|n| n.modified < modified) {
                        search.newest = Some(found);
                    }
                }
                Err(e) => search.unreadable.push((place.clone(), e.to_string())),
            }
        }
        search
    }

    /// Removes every copy: the answers are safely in their file.
    pub fn clear(&self) {
        for place in &self.places {
            // A copy that cannot be removed is offered again next time: harmless.
            let _ = remove_if_present(place);
        }
    }
}

fn remove_if_present(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// Moves a copy the student chose not to restore out of the way, keeping it: `NAME.set-aside-
/// SECONDS.ron` beside it. Returns where it went.
pub fn set_aside(path: &Path) -> io::Result<PathBuf> {
    let seconds = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let target = path.with_file_name(format!("{name}.set-aside-{seconds}.ron"));
    fs::rename(path, &target)?;
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reading::BUNDLED;

    #[test]
    fn writes_to_the_first_place_that_works_and_finds_it_again() {
        let dir = tempfile::tempdir().unwrap();
        let blocked = dir.path().join("file");
        fs::write(&blocked, "x").unwrap();
        let good = dir.path().join("ok/copy.ron");
        let recovery = Recovery::at(vec![blocked.join("copy.ron"), good.clone()]);
        let mut sheet = AnswerSheet::new(&BUNDLED[0].parse());
        sheet.student = "Recovered".to_owned();
        assert_eq!(recovery.write(&sheet).unwrap(), good);
        let found = recovery.newest().newest.unwrap();
        assert_eq!(found.sheet, sheet);
        recovery.clear();
        assert!(recovery.newest().newest.is_none());
    }

    #[test]
    fn set_aside_keeps_the_copy() {
        let dir = tempfile::tempdir().unwrap();
        let copy = dir.path().join("c.ron");
        fs::write(&copy, "text").unwrap();
        let moved = set_aside(&copy).unwrap();
        assert!(!copy.exists());
        assert_eq!(fs::read_to_string(moved).unwrap(), "text");
    }

    #[test]
    fn places_differ_per_answers_file() {
        let data = std::env::temp_dir().join(format!("lectern-unit-tests-{}", std::process::id()));
        crate::paths::use_data_dir(data.clone());
        let reading = BUNDLED[0].parse();
        let a = Recovery::for_answers(Some(Path::new("/x/a.ron")), &reading);
        let b = Recovery::for_answers(Some(Path::new("/y/a.ron")), &reading);
        // The data folder first, then beside the file, then the system's temporary folder.
        assert_eq!(a.places.len(), 3, "{:?}", a.places);
        assert!(
            a.places[0].starts_with(data.join("recovery")),
            "{:?}",
            a.places
        );
        assert_eq!(a.places[1], Path::new("/x/.a.ron.recovery"));
        assert!(a.places[2].starts_with(std::env::temp_dir().join("lectern-recovery")));
        // Two files of one name in two folders never share a copy.
        for (pa, pb) in a.places.iter().zip(&b.places) {
            assert_ne!(pa, pb);
        }
    }

    #[test]
    fn a_pulled_stick_sends_the_copy_to_the_temporary_folder_and_is_never_made_again() {
        // Portable mode: the answers and the data folder on the stick, both gone.
        let dir = tempfile::tempdir().unwrap();
        let stick = dir.path().join("stick");
        let answers = stick.join("answers").join("aliya.ron");
        fs::create_dir_all(answers.parent().unwrap()).unwrap();
        let temp = dir.path().join("tmp");
        fs::create_dir_all(&temp).unwrap();
        let reading = BUNDLED[0].parse();
        let recovery = Recovery::in_folders(
            Some(stick.join("lectern-data")),
            Some(stick.clone()),
            &temp,
            Some(&answers),
            &reading,
        );
        fs::remove_dir_all(&stick).unwrap();
        let place = recovery.write(&AnswerSheet::new(&reading)).unwrap();
        assert!(
            place.starts_with(temp.join("lectern-recovery")),
            "{place:?}"
        );
        assert!(
            !stick.exists(),
            "the stick's folders were made again on this disk"
        );
        assert_eq!(recovery.newest().newest.unwrap().path, place);
    }

    #[test]
    fn a_first_run_makes_the_profiles_data_folder_for_its_copy() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("AppData/Roaming/Lectern/data");
        let reading = BUNDLED[0].parse();
        let recovery = Recovery::in_folders(Some(data.clone()), None, dir.path(), None, &reading);
        let place = recovery.write(&AnswerSheet::new(&reading)).unwrap();
        assert!(place.starts_with(data.join("recovery")), "{place:?}");
    }

    #[test]
    fn a_copy_that_does_not_read_is_reported_not_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let broken = dir.path().join("broken.ron");
        let good = dir.path().join("good.ron");
        Recovery::at(vec![good.clone()])
            .write(&AnswerSheet::new(&BUNDLED[0].parse()))
            .unwrap_or_else(|e| panic!("{e}"));
        fs::write(&broken, "(version: 2, reading: (").unwrap();
        let search = Recovery::at(vec![broken.clone(), good.clone()]).newest();
        assert_eq!(search.unreadable.len(), 1, "{:?}", search.unreadable);
        assert_eq!(search.unreadable[0].0, broken);
        assert_eq!(search.newest.unwrap().path, good);
    }
}
