//! Spell checking for answers: Hunspell dictionaries (through `spellbook`, pure Rust) chosen per
//! word by its script, the reading's own words and the student's list always known.
//!
//! Nothing here changes a student's text: it only says where the misspelt words are
//! ([`scan`]) and what they might have meant ([`Speller::suggest`], slow — call it off the frame).

pub mod dictionary;
pub mod scan;
pub mod words_file;

use std::collections::HashSet;
use std::sync::Arc;

pub use dictionary::{Dict, LatinChoice};
pub use scan::{Flag, Flags};

/// The dictionaries loaded so far; a word whose dictionary is not loaded yet is not flagged.
#[derive(Clone, Default)]
pub struct Speller {
    loaded: Vec<(Dict, Arc<spellbook::Dictionary>)>,
}

impl Speller {
    pub fn with(mut self, dict: Dict, dictionary: Arc<spellbook::Dictionary>) -> Speller {
        self.loaded.retain(|(d, _)| *d != dict);
        self.loaded.push((dict, dictionary));
        self
    }

    pub fn has(&self, dict: Dict) -> bool {
        self.loaded.iter().any(|(d, _)| *d == dict)
    }

    pub fn get(&self, dict: Dict) -> Option<&spellbook::Dictionary> {
        self.loaded
            .iter()
            .find(|(d, _)| *d == dict)
            .map(|(_, x)| &**x)
    }

    /// Whether `word` is spelt right, for a student writing Latin script in `latin`; `None`
    /// when the dictionaries it needs are not loaded (then it is not flagged).
    pub fn check(&self, word: &str, latin: LatinChoice) -> Option<bool> {
        let word = normalise(word);
        let dicts = Dict::for_word(&word, latin);
        if dicts.is_empty() {
            return Some(true); // A script Lectern has no dictionary for: never flagged.
        }
        let mut any_loaded = false;
        for dict in dicts {
            if let Some(d) = self.get(dict) {
                any_loaded = true;
                if d.check(&word) {
                    return Some(true);
                }
            }
        }
        any_loaded.then_some(false)
    }

    /// Up to `max` suggestions for `word`, from its dictionaries in order; `prefer_kazakh` puts
    /// Kazakh's first for a Cyrillic word either language could hold (the answer is in Kazakh).
    /// Slow (tens of milliseconds): the window asks for it on another thread.
    pub fn suggest(
        &self,
        word: &str,
        latin: LatinChoice,
        prefer_kazakh: bool,
        max: usize,
    ) -> Vec<String> {
        let word = normalise(word);
        let mut dicts = Dict::for_word(&word, latin);
        if prefer_kazakh {
            dicts.sort_by_key(|d| *d != Dict::Kk);
        }
        let mut out: Vec<String> = vec![];
        for dict in dicts {
            let Some(d) = self.get(dict) else { continue };
            let mut found = vec![];
            d.suggest(&word, &mut found);
            for s in found {
                if !out.contains(&s) {
                    out.push(s);
                }
            }
        }
        // Closest first: Hunspell's own order can put "Пете" before "Привет" for "Превет"
        // and leave the word meant past the fifth place. Among words as close: the same first
        // letter, then the likelier slip (`slip_kind`), then the dictionary's order (and the
        // preferred language's), as the sort is stable.
        let target: Vec<char> = word.to_lowercase().chars().collect();
        out.sort_by_cached_key(|s| {
            let candidate: Vec<char> = s.to_lowercase().chars().collect();
            (
                distance(&target, &candidate),
                candidate.first() != target.first(),
                slip_kind(&target, &candidate),
            )
        });
        out.truncate(max);
        out
    }
}

/// How likely a one-edit slip is, the likeliest 0: a doubled letter ("кітапп" for "кітап"),
/// then one letter for another ("превет" for "привет"), then anything else.
fn slip_kind(typed: &[char], candidate: &[char]) -> u8 {
    let doubled = typed.len() == candidate.len() + 1
        && (1..typed.len()).any(|i| {
            typed[i] == typed[i - 1]
                && typed[..i] == candidate[..i]
                && typed[i + 1..] == candidate[i..]
        });
    if doubled {
        0
    } else if typed.len() == candidate.len() {
        1
    } else {
        2
    }
}

/// The edit distance between two words (insertions, deletions, substitutions and swaps of
/// neighbours each count one), for ranking suggestions.
fn distance(a: &[char], b: &[char]) -> usize {
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = d;
        }
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_edits_and_swaps() {
        let d = |a: &str, b: &str| {
            distance(
                &a.chars().collect::<Vec<_>>(),
                &b.chars().collect::<Vec<_>>(),
            )
        };
        assert_eq!(d("превет", "привет"), 1);
        assert_eq!(d("recieve", "receive"), 1);
        assert_eq!(d("кітапп", "кітап"), 1);
        assert_eq!(d("", "abc"), 3);
    }
}

/// The typographic apostrophe as the dictionaries spell it.
fn normalise(word: &str) -> std::borrow::Cow<'_, str> {
    if word.contains('’') {
        word.replace('’', "'").into()
    } else {
        word.into()
    }
}

/// Words taken as right whatever the dictionaries say: the reading's, the student's own list,
/// and those ignored in this answer. Compared without case.
#[derive(Clone, Debug, Default)]
pub struct Known {
    words: HashSet<String>,
}

impl Known {
    pub fn new() -> Known {
        Known::default()
    }

    /// Adds every word of `text` (a reading's article and questions).
    pub fn add_text(&mut self, text: &str) {
        for range in scan::words(text) {
            self.add(&text[range.bytes]);
        }
    }

    pub fn add(&mut self, word: &str) {
        self.words.insert(key(word));
    }

    pub fn contains(&self, word: &str) -> bool {
        !self.words.is_empty() && self.words.contains(&key(word))
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

fn key(word: &str) -> String {
    normalise(word).to_lowercase()
}

/// Whether `text` is written in Kazakh: it has a letter only Kazakh of the two uses.
pub fn looks_kazakh(text: &str) -> bool {
    text.chars().any(dictionary::is_kazakh_letter)
}
