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
                if out.len() < max && !out.contains(&s) {
                    out.push(s);
                }
            }
        }
        out
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
