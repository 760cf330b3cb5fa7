//! Nothing a student writes is lost: tests that try to break Lectern's saving. Each runs the
//! real save path (`Document`, which the window uses, over `answers::save_with` and
//! `files::write_atomic`).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use lectern::answers::{self, backup_path};
use lectern::app::document::{Document, Input, RECOVERY_DELAY, now};
use lectern::files::Writer;
use lectern::reading::{BUNDLED, Prompt};

fn isolate() -> PathBuf {
    lectern::paths::use_data_dir(std::env::temp_dir().join(format!(
            "lectern-reliability-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos())
        )))
}

fn open(path: &Path) -> Document {
    isolate();
    Document::open(BUNDLED[0].parse(), Some(path.to_owned()))
}

fn prompt(doc: &Document, id: &str) -> Prompt {
    doc.reading
        .prompts()
        .find(|p| p.id.as_str() == id)
        .unwrap()
        .clone()
}

fn write(doc: &mut Document, id: &str, text: &str) {
    let p = prompt(doc, id);
    doc.set_answer(&p, text, now(), Instant::now(), Input::Typed);
}

// ---------------------------------------------------------------------------------------------
// Killed while saving.

const CHILD_ENV: &str = "LECTERN_SAVE_LOOP_PATH";

/// Not a test on its own: when the parent test runs this binary with `CHILD_ENV` set, it saves
/// in a loop until it is killed.
#[test]
fn save_loop_child() {
    let Ok(path) = std::env::var(CHILD_ENV) else {
        return;
    };
    let mut doc = open(Path::new(&path));
    // A large answer makes each write take long enough to be interrupted part-way.
    let padding = "lorem ipsum dolor sit amet ".repeat(20_000);
    for i in 0.. {
        write(&mut doc, "Q1", &format!("version {i}\n{padding}"));
        doc.save(now()).expect("the save itself works");
    }
}

#[test]
fn killed_at_random_moments_while_saving_the_file_is_always_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.ron");
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    let mut rng = lectern::generate::Rng::new(seed);
    let mut last_version = None;
    // Kill after 20–200 ms. Under Wine a process takes far longer to start than that, and no
    // save would ever finish: there, fewer rounds, each killed after 0.5–1.5 s.
    let (rounds, earliest, spread) = if cfg!(windows) {
        (20, 500, 1000)
    } else {
        (60, 20, 180)
    };
    for round in 0..rounds {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "save_loop_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(earliest + rng.below(spread) as u64));
        child.kill().unwrap(); // SIGKILL on Unix: no chance to clean up.
        child.wait().unwrap();

        if !path.exists() {
            continue; // Killed before the first save finished: nothing was promised yet.
        }
        let sheet =
            answers::load(&path).unwrap_or_else(|e| panic!("round {round} (seed {seed}): {e}"));
        let text = &sheet.answers[0].text;
        let version: u64 = text
            .lines()
            .next()
            .unwrap()
            .trim_start_matches("version ")
            .parse()
            .unwrap();
        assert!(
            text.ends_with("amet "),
            "round {round} (seed {seed}): the answer is cut short"
        );
        // Its history came with it, whole, and ends at the text that was saved.
        let check = sheet.answers[0].check_history();
        assert!(
            check.is_whole() && !sheet.answers[0].history.is_empty(),
            "round {round} (seed {seed}): the history: {check:?}"
        );
        // The backup is written before the file is replaced: once there, it is whole.
        let backup = backup_path(&path);
        if backup.exists() {
            let backup = answers::load(&backup)
                .unwrap_or_else(|e| panic!("round {round} (seed {seed}): the backup: {e}"));
            assert!(
                backup.answers[0].text.ends_with("amet "),
                "round {round} (seed {seed}): the backup is cut short"
            );
        }
        last_version = Some(version);
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
            .collect();
        // A kill can leave one temporary file (it never replaces the real one, and is
        // harmless), so after this round at most one per round so far.
        assert!(
            leftovers.len() <= round + 1,
            "round {round}: {} temporary files: {leftovers:?}",
            leftovers.len()
        );
    }
    assert!(
        last_version.is_some(),
        "at least one save finished in {rounds} rounds"
    );
}

// ---------------------------------------------------------------------------------------------
// Folders that cannot be written.

#[test]
fn a_full_disk_keeps_the_text_the_file_and_writes_a_recovery_copy() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let mut doc = open(&path);
    write(&mut doc, "Q1", "first, saved");
    doc.save(now()).unwrap();
    let on_disk = fs::read(&path).unwrap();

    doc.writer = Writer::FullAfter(100);
    write(&mut doc, "Q1", "second, on a full disk");
    let err = doc.save(now()).unwrap_err().to_string();
    assert!(err.contains("the disk is full"), "{err}");
    assert!(doc.save_failure().is_some(), "the window shows the error");
    assert!(doc.has_unsaved_work());
    assert_eq!(
        doc.sheet.text(&prompt(&doc, "Q1").id),
        "second, on a full disk"
    );
    assert_eq!(
        fs::read(&path).unwrap(),
        on_disk,
        "the file on disk is untouched"
    );
    let copy = doc
        .recovery_copy
        .clone()
        .expect("a recovery copy was written");
    assert_eq!(
        answers::load(&copy).unwrap().answers[0].text,
        "second, on a full disk"
    );
    let temporary = fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains(".tmp-")
        })
        .count();
    assert_eq!(temporary, 0, "the half-written temporary file was removed");

    // Space comes back: the next save goes through and the recovery copy goes away.
    doc.writer = Writer::Real;
    doc.save(now()).unwrap();
    assert_eq!(
        answers::load(&path).unwrap().answers[0].text,
        "second, on a full disk"
    );
    assert!(!copy.exists());
}

#[test]
fn a_folder_that_cannot_hold_the_file_keeps_the_text_and_a_recovery_copy() {
    let dir = tempfile::tempdir().unwrap();
    // A path under a regular file cannot be created, even by root (unlike a read-only folder).
    let blocker = dir.path().join("not-a-folder");
    fs::write(&blocker, "x").unwrap();
    let mut doc = open(&blocker.join("a.ron"));
    write(&mut doc, "Q2", "kept in memory and in a copy");
    assert!(doc.save(now()).is_err());
    assert_eq!(
        doc.sheet.text(&prompt(&doc, "Q2").id),
        "kept in memory and in a copy"
    );
    let copy = doc.recovery_copy.clone().unwrap();
    assert!(
        copy.starts_with(isolate()),
        "the copy went to Lectern's data folder: {copy:?}"
    );
    assert_eq!(fs::read_to_string(&blocker).unwrap(), "x");
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_keeps_the_file_and_the_text() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("ro");
    fs::create_dir(&folder).unwrap();
    let path = folder.join("a.ron");
    let mut doc = open(&path);
    write(&mut doc, "Q1", "before");
    doc.save(now()).unwrap();
    let on_disk = fs::read(&path).unwrap();
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o500)).unwrap();
    let root = fs::write(folder.join("probe"), "").is_ok(); // Root ignores permissions.
    // Root (as CI runs) writes into a read-only folder, so there the folder is taken away
    // and a file put at its name instead: a place no one can write, root included. The
    // answers file, moved with its folder, must be what it was.
    let kept = dir.path().join("ro-moved");
    if root {
        fs::set_permissions(&folder, fs::Permissions::from_mode(0o700)).unwrap();
        fs::remove_file(folder.join("probe")).unwrap();
        fs::rename(&folder, &kept).unwrap();
        fs::write(&folder, "a file where the folder was").unwrap();
    }
    write(&mut doc, "Q1", "after");
    let result = doc.save(now());
    if !root {
        fs::set_permissions(&folder, fs::Permissions::from_mode(0o700)).unwrap();
    }
    assert!(result.is_err(), "the save failed and said so");
    let file = if root { kept.join("a.ron") } else { path };
    assert_eq!(fs::read(&file).unwrap(), on_disk, "the file is as it was");
    assert_eq!(doc.sheet.text(&prompt(&doc, "Q1").id), "after");
    assert!(doc.recovery_copy.is_some());
    assert!(
        doc.has_unsaved_work(),
        "the change is still waiting to be saved"
    );
}

#[test]
fn a_removed_folder_is_said_never_made_again_and_saved_to_once_it_is_back() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("stick");
    let path = folder.join("a.ron");
    let mut doc = open(&path);
    write(&mut doc, "Q1", "one");
    doc.save(now()).unwrap();
    if cfg!(windows) {
        // Windows keeps a folder whose files are open: the lock file (`.a.ron.lock`, held
        // while the answers are open) stops the folder from being removed under Lectern.
        // Found under Wine, and so on Windows itself: no file is deleted while open there.
        // (`.ci/windows-window` takes the folder away from outside Wine instead.)
        assert!(fs::remove_dir_all(&folder).is_err());
        return;
    }
    fs::remove_dir_all(&folder).unwrap();
    write(&mut doc, "Q1", "two");
    // A pulled USB stick: on Linux its folder was a mount point, and making it again would
    // put the work on this computer's disk, where nobody looks for it.
    assert!(doc.save(now()).is_err());
    assert!(!folder.exists(), "the folder was made again");
    let said = doc.save_failure().unwrap().to_string();
    assert!(said.contains("is not there any more"), "{said}");
    assert!(doc.recovery_copy.is_some(), "a copy went somewhere else");
    fs::create_dir_all(&folder).unwrap();
    doc.save(now()).unwrap();
    assert_eq!(doc.path.as_deref(), Some(path.as_path()));
    assert_eq!(answers::load(&path).unwrap().answers[0].text, "two");
    assert!(doc.save_failure().is_none());
}

#[test]
fn a_folder_that_went_away_before_the_first_save_is_not_made_again_either() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("stick");
    let path = folder.join("new.ron");
    let mut doc = open(&path); // Never saved: its lock made the folder.
    assert!(folder.is_dir());
    if cfg!(windows) {
        return; // The open lock keeps the folder there (see above).
    }
    fs::remove_dir_all(&folder).unwrap();
    write(&mut doc, "Q1", "first words");
    assert!(doc.save(now()).is_err());
    assert!(!folder.exists(), "the folder was made again");
    assert!(
        doc.save_failure()
            .unwrap()
            .to_string()
            .contains("is not there any more")
    );
    fs::create_dir_all(&folder).unwrap();
    doc.save(now()).unwrap();
    assert_eq!(answers::load(&path).unwrap().answers[0].text, "first words");
}

// ---------------------------------------------------------------------------------------------
// Closed or cut off with unsaved changes.

#[test]
fn work_not_yet_saved_when_the_power_went_is_offered_on_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let mut doc = open(&path);
    write(&mut doc, "Q1", "saved part");
    doc.save(now()).unwrap();
    write(&mut doc, "Q1", "saved part, and the newest sentence");
    let start = Instant::now();
    // Typing pauses; the recovery copy comes before the autosave would.
    assert!(doc.tick(start + RECOVERY_DELAY).is_some());
    doc.finish_background(); // The copy is written by the saving thread.
    assert!(doc.recovery_copy.is_some());
    drop(doc); // The power goes: no save, no clean exit.

    let mut doc = open(&path);
    let offer = doc
        .recovery_offer
        .clone()
        .expect("the newer work is offered");
    assert_eq!(
        offer.found.sheet.answers[0].text,
        "saved part, and the newest sentence"
    );
    assert_eq!(
        doc.sheet.text(&prompt(&doc, "Q1").id),
        "saved part",
        "nothing is replaced without asking"
    );
    doc.restore_recovery(Instant::now());
    assert_eq!(
        doc.sheet.text(&prompt(&doc, "Q1").id),
        "saved part, and the newest sentence"
    );
    assert!(doc.has_unsaved_work());
    doc.save(now()).unwrap();
    assert!(
        !offer.found.path.exists(),
        "the copy goes once the work is in its file"
    );

    let doc = open(&path);
    assert!(doc.recovery_offer.is_none());
}

#[test]
fn a_recovery_copy_that_does_not_read_is_said_and_kept_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let mut doc = open(&path);
    write(&mut doc, "Q1", "saved");
    doc.save(now()).unwrap();
    write(&mut doc, "Q1", "saved, then more");
    doc.write_recovery();
    let copy = doc.recovery_copy.clone().expect("a recovery copy");
    drop(doc);
    // The copy is damaged (a disk error, a half-synced network folder).
    fs::write(&copy, "(version: 2, reading: (title: \"cut here").unwrap();

    let doc = open(&path);
    assert!(doc.recovery_offer.is_none(), "nothing readable to offer");
    let notice = doc
        .notices
        .iter()
        .find(|n| n.title == "A recovery copy could not be read")
        .unwrap_or_else(|| panic!("said: {:?}", doc.notices));
    assert!(
        notice.body.contains(&copy.display().to_string()),
        "{}",
        notice.body
    );
    assert!(
        !copy.exists(),
        "moved aside, so a later save's clean-up leaves it alone"
    );
    let kept: Vec<_> = fs::read_dir(copy.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("set-aside"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(fs::read_to_string(&kept[0]).unwrap().contains("cut here"));
}

#[test]
fn declining_the_newer_work_puts_it_aside_rather_than_deleting_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let mut doc = open(&path);
    write(&mut doc, "Q3", "unsaved");
    doc.write_recovery();
    drop(doc);
    let mut doc = open(&path);
    let offer = doc.recovery_offer.clone().unwrap();
    doc.keep_saved_version();
    assert!(!offer.found.path.exists());
    let note = doc.notices.last().unwrap();
    let kept = note
        .body
        .split("kept in ")
        .nth(1)
        .unwrap()
        .trim_end_matches(", in case you want it later.");
    assert_eq!(
        answers::load(Path::new(kept)).unwrap().answers[0].text,
        "unsaved"
    );
    assert!(open(&path).recovery_offer.is_none());
}

// ---------------------------------------------------------------------------------------------
// Two windows, and changes from outside.

#[test]
fn a_second_window_on_the_same_file_works_on_a_copy() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.ron");
    let mut first = open(&path);
    write(&mut first, "Q1", "first student's work");
    first.save(now()).unwrap();

    let mut second = open(&path);
    assert_ne!(second.path.as_deref(), Some(path.as_path()));
    let copy = second.path.clone().unwrap();
    assert!(
        copy.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("shared (copy "),
        "{copy:?}"
    );
    assert!(
        second
            .notices
            .iter()
            .any(|n| n.body.contains("already open in another Lectern window"))
    );
    assert_eq!(
        second.sheet.text(&prompt(&second, "Q1").id),
        "first student's work"
    );
    write(&mut second, "Q1", "second student's work");
    second.save(now()).unwrap();

    write(&mut first, "Q2", "first student goes on");
    first.save(now()).unwrap();
    let original = answers::load(&path).unwrap();
    assert_eq!(original.answers[0].text, "first student's work");
    assert_eq!(
        answers::load(&copy).unwrap().answers[0].text,
        "second student's work"
    );
    drop(first);
    let again = open(&path);
    assert_eq!(
        again.path.as_deref(),
        Some(path.as_path()),
        "the lock goes with the first window"
    );
}

#[test]
fn a_file_changed_on_disk_is_not_saved_over() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let mut doc = open(&path);
    write(&mut doc, "Q1", "mine");
    doc.save(now()).unwrap();

    // Something else (a sync tool, a text editor) rewrites the file.
    let mut theirs = answers::load(&path).unwrap();
    theirs.student = "Edited elsewhere".to_owned();
    fs::write(&path, answers::to_ron(&theirs).unwrap()).unwrap();

    write(&mut doc, "Q1", "mine, edited further");
    doc.save(now()).unwrap();
    assert_eq!(
        answers::load(&path).unwrap().student,
        "Edited elsewhere",
        "their version stays"
    );
    let mine = doc.path.clone().unwrap();
    assert_ne!(mine, path);
    assert!(
        mine.file_name()
            .unwrap()
            .to_string_lossy()
            .contains("(conflict ")
    );
    assert_eq!(
        answers::load(&mine).unwrap().answers[0].text,
        "mine, edited further"
    );
    assert!(
        doc.notices
            .iter()
            .any(|n| n.title.contains("changed by another program"))
    );
}

#[test]
fn a_file_created_elsewhere_after_opening_is_not_saved_over() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.ron");
    let mut doc = open(&path);
    let mut other = answers::AnswerSheet::new(&doc.reading);
    other.student = "Someone else".to_owned();
    answers::save(&path, &other).unwrap();
    write(&mut doc, "Q1", "mine");
    doc.save(now()).unwrap();
    assert_eq!(answers::load(&path).unwrap().student, "Someone else");
    assert_ne!(doc.path.as_deref(), Some(path.as_path()));
}

// ---------------------------------------------------------------------------------------------
// The saving thread dies.

#[test]
fn a_saving_thread_that_dies_is_reported_and_saving_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.ron");
    let mut doc = open(&path);
    // A bug in the saving thread: it panics on its next write.
    doc.writer = Writer::Panics;
    write(&mut doc, "Q1", "typed before the thread died");
    let later = std::time::Instant::now() + lectern::app::document::AUTOSAVE_DELAY * 2;
    doc.tick(later);
    // The job took its own writer along; the window's own saves write for real from here.
    doc.writer = Writer::Real;
    let start = std::time::Instant::now();
    while !doc
        .notices
        .iter()
        .any(|n| n.title.contains("Autosave stopped"))
    {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the death was never reported"
        );
        doc.tick(later);
        std::thread::sleep(Duration::from_millis(10));
    }
    // Saving goes on without the thread: the next autosave happens on the window's thread.
    write(&mut doc, "Q1", "typed after");
    let due = std::time::Instant::now() + lectern::app::document::AUTOSAVE_DELAY * 2;
    doc.tick(due);
    doc.finish_background();
    assert_eq!(answers::load(&path).unwrap().answers[0].text, "typed after");
    assert!(!doc.has_unsaved_work());
}
