//! The student's own words ("my words.txt" in their answers folder): one word per line, so it
//! can be read and mended by hand, and follows them on a shared computer and in portable mode.

use std::path::{Path, PathBuf};

use crate::files::{FileError, FileKind};

/// The file's name in the answers folder (never an answers file's: those have no spaces).
pub const FILE_NAME: &str = "my words.txt";

/// The biggest list read; a larger file is not a word list.
const MAX_BYTES: u64 = 1 << 20;

/// The word list beside an answers file.
pub fn path_beside(answers: &Path) -> Option<PathBuf> {
    Some(answers.parent()?.join(FILE_NAME))
}

/// The words in the list; none when there is no list yet.
pub fn load(path: &Path) -> Result<Vec<String>, FileError> {
    let text = match crate::files::read_text(path, FileKind::WordList, MAX_BYTES) {
        Err(e) if e.is_not_found() => return Ok(vec![]),
        read => read?,
    };
    Ok(parse(&text))
}

/// The words of a list's text: lines, trimmed; blank lines and `#` comments skipped.
pub fn parse(text: &str) -> Vec<String> {
    text.trim_start_matches('\u{feff}')
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// Adds `word` to the list at `path` (written atomically; the words already there kept).
pub fn add(path: &Path, word: &str) -> Result<(), FileError> {
    let mut words = load(path)?;
    let word = word.trim();
    if word.is_empty() || word.contains(['\n', '\r']) || words.iter().any(|w| w == word) {
        return Ok(());
    }
    words.push(word.to_owned());
    let mut text = String::from("# Words Lectern's spell checker takes as right, one per line.\n");
    for w in &words {
        text.push_str(w);
        text.push('\n');
    }
    crate::files::write_atomic(path, text.as_bytes()).map_err(|e| FileError::write(path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_skips_comments_and_blanks() {
        assert_eq!(
            parse("\u{feff}# mine\nАбай\n\n  Tokayev  \n"),
            ["Абай", "Tokayev"]
        );
    }

    #[test]
    fn adding_keeps_what_is_there() {
        let dir = std::env::temp_dir().join(format!("lectern-words-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(FILE_NAME);
        std::fs::write(&path, "Абай\n").unwrap();
        add(&path, "Tokayev").unwrap();
        add(&path, "Tokayev").unwrap();
        assert_eq!(load(&path).unwrap(), ["Абай", "Tokayev"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
