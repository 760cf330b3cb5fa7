//! Where Lectern keeps files when the user has not named a place.

use std::path::PathBuf;
use std::sync::OnceLock;

use crate::reading::Reading;

static DATA_DIR_OVERRIDE: OnceLock<PathBuf> = OnceLock::new();

/// Lectern's folder in the platform's data directory (`~/.local/share/lectern` on Linux,
/// `%APPDATA%\Lectern\data` on Windows, `~/Library/Application Support/Lectern` on macOS),
/// unless [`use_data_dir`] named another.
pub fn data_dir() -> Option<PathBuf> {
    if let Some(dir) = DATA_DIR_OVERRIDE.get() {
        return Some(dir.clone());
    }
    directories::ProjectDirs::from("", "", "Lectern").map(|d| d.data_dir().to_owned())
}

/// The file that, beside the executable, turns on portable mode.
pub const PORTABLE_MARKER: &str = "lectern-portable";

static PORTABLE: OnceLock<PathBuf> = OnceLock::new();

/// Portable mode (for a USB stick on a school computer): with `--portable`, or a file named
/// `lectern-portable` beside the executable, every file Lectern writes goes to `lectern-data`
/// beside the executable. Call once at start, before anything reads the data folder. Returns the
/// portable folder when the mode is on.
pub fn set_up_portable(flag: bool) -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let beside = exe.parent()?.to_owned();
    if !flag && !beside.join(PORTABLE_MARKER).exists() {
        return None;
    }
    let dir = beside.join("lectern-data");
    let dir = use_data_dir(dir);
    Some(PORTABLE.get_or_init(|| dir).clone())
}

/// The portable folder, when portable mode is on.
pub fn portable_dir() -> Option<PathBuf> {
    PORTABLE.get().cloned()
}

/// Makes `dir` the data folder for the rest of this process (tests, so that nothing touches
/// the real user's files). The first call wins; returns the folder in force.
pub fn use_data_dir(dir: PathBuf) -> PathBuf {
    DATA_DIR_OVERRIDE.get_or_init(|| dir).clone()
}

/// The answers file for `reading` when none is named: one per reading, named after its title,
/// so the same student finds the same file next time.
pub fn default_answers_path(reading: &Reading) -> Option<PathBuf> {
    student_answers_path(None, "", reading)
}

/// The answers file for `student` and `reading` under `folder` (the data folder's `answers/`
/// when none is set): each student has a folder of their own, so students sharing a computer
/// never open each other's work by accident.
pub fn student_answers_path(
    folder: Option<&std::path::Path>,
    student: &str,
    reading: &Reading,
) -> Option<PathBuf> {
    student_answers_file(folder, student, &slug(&reading.title))
}

/// [`student_answers_path`] for a reading whose answers file is called `name` (`NAME.ron`):
/// a library reading's own file name ([`crate::library::Entry::answers_name`]).
pub fn student_answers_file(
    folder: Option<&std::path::Path>,
    student: &str,
    name: &str,
) -> Option<PathBuf> {
    let base = match folder {
        Some(f) => f.to_owned(),
        None => data_dir()?.join("answers"),
    };
    let file = format!("{name}.ron");
    Some(if student.trim().is_empty() {
        base.join(file)
    } else {
        base.join(slug(student)).join(file)
    })
}

/// A path typed by a person: a leading `~` is their home folder.
pub fn expand_home(typed: &str) -> PathBuf {
    let home = || directories::UserDirs::new().map(|u| u.home_dir().to_owned());
    if typed == "~" {
        return home().unwrap_or_else(|| PathBuf::from(typed));
    }
    if let Some(rest) = typed.strip_prefix("~/")
        && let Some(home) = home()
    {
        return home.join(rest);
    }
    PathBuf::from(typed)
}

/// A file-name-safe form of `title`: lowercase letters and digits (any script) joined by `-`,
/// safe on every system Lectern runs on: no separators or characters NTFS refuses, no trailing
/// dot or space, and never one of Windows' device names (a student called "Con" would
/// otherwise get a folder `con`, which Windows cannot create).
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.chars().count() >= 60 {
            break;
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "reading".to_owned()
    } else if is_windows_device_name(out) {
        format!("_{out}")
    } else {
        out.to_owned()
    }
}

/// A file-name-safe form of a person's name for the files handed in and returned: [`slug`],
/// but a name with no letters or digits (empty, or only emoji) never becomes `reading` — it is
/// `no-name`, or `student-` and a short fingerprint of the name, so two such students keep
/// two files.
pub fn person_slug(name: &str) -> String {
    if name.trim().is_empty() {
        return "no-name".to_owned();
    }
    if !name.chars().any(char::is_alphanumeric) {
        let hash = crate::files::sha256_hex(name.trim().as_bytes());
        return format!("student-{}", &hash[..8]);
    }
    slug(name)
}

/// The most bytes of a file's stem Lectern makes from names and titles: room is left for
/// ` (999)` and the longest ending (`.feedback.docx`) within the 255-byte limit of a name.
pub const MAX_STEM_BYTES: usize = 200;

/// `stem` cut to [`MAX_STEM_BYTES`] between characters (a Kazakh name and title are two bytes
/// a letter), without a dangling `-` or `_`.
pub fn fit_stem(stem: &str) -> String {
    crate::files::clip_to_bytes(stem, MAX_STEM_BYTES)
        .trim_end_matches(['-', '_'])
        .to_owned()
}

/// Whether Windows reserves `name` for a device: CON, PRN, AUX, NUL, COM0–9 and LPT0–9 (the
/// digits ¹ ² ³ too), in any case. Windows reserves them with any extension as well, so
/// `con.ron` is no file name either: a stem must not be one.
pub fn is_windows_device_name(name: &str) -> bool {
    let stem = name
        .split('.')
        .next()
        .unwrap_or(name)
        .trim_end_matches([' ', '.']);
    let lower = stem.to_lowercase();
    if matches!(lower.as_str(), "con" | "prn" | "aux" | "nul") {
        return true;
    }
    let mut chars = lower.chars();
    let prefix: String = chars.by_ref().take(3).collect();
    let rest: Vec<char> = chars.collect();
    matches!(prefix.as_str(), "com" | "lpt")
        && matches!(rest.as_slice(), [d] if d.is_ascii_digit() || matches!(d, '¹' | '²' | '³'))
}

#[cfg(test)]
mod tests {
    use super::{MAX_STEM_BYTES, fit_stem, is_windows_device_name, person_slug, slug};

    #[test]
    fn slugs_are_safe_and_readable() {
        assert_eq!(
            slug("Kazakhstan and the EU: A Multi-Vector Partnership"),
            "kazakhstan-and-the-eu-a-multi-vector-partnership"
        );
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("Қазақстан"), "қазақстан");
        assert_eq!(slug("???"), "reading");
        assert!(slug(&"long ".repeat(50)).chars().count() <= 60);
    }

    #[test]
    fn slugs_are_never_windows_device_names() {
        for name in [
            "Con", "CON", "nul", "Aux", "PRN", "com1", "LPT9", "COM¹", "lpt 3",
        ] {
            let s = slug(name);
            assert!(!is_windows_device_name(&s), "{name} → {s}");
            assert!(
                !is_windows_device_name(&format!("{s}.ron")),
                "{name} → {s}.ron"
            );
        }
        assert_eq!(slug("Con"), "_con");
        assert_eq!(person_slug(" "), "no-name");
        assert!(person_slug("😀").starts_with("student-"));
        assert_ne!(person_slug("😀"), person_slug("🙂"));
        assert_eq!(person_slug("Айгерім"), "айгерім");
        let long = fit_stem(&format!("{}_{}", "қ".repeat(60), "ә".repeat(60)));
        assert!(long.len() <= MAX_STEM_BYTES && long.starts_with("қққ"));
        // Names that only start like one are left alone.
        assert_eq!(slug("Connor"), "connor");
        assert_eq!(slug("Com 10"), "com-10");
    }

    #[test]
    fn device_names_are_known_with_any_extension_and_case() {
        for reserved in [
            "con",
            "CON.ron",
            "Nul.txt",
            "com0",
            "LPT²",
            "aux.tar.gz",
            "con ",
        ] {
            assert!(is_windows_device_name(reserved), "{reserved}");
        }
        for fine in ["console", "com10", "lpt", "_con", "con-x", "connor.ron"] {
            assert!(!is_windows_device_name(fine), "{fine}");
        }
    }
}
