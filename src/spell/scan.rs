//! Where the words of an answer are, and which are misspelt — worked out again only around what
//! changed, so typing at the end of a 10,000-word answer costs what typing in a short one does.

use std::collections::HashMap;
use std::ops::Range;

/// A word's place in a text: bytes (to cut it out) and characters (to find it in a galley).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flag {
    pub bytes: Range<usize>,
    pub chars: Range<usize>,
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || ('\u{0300}'..='\u{036F}').contains(&c)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Characters next to which a run of letters is not a word to check: digits ("2nd"), code and
/// addresses ("snake_case", "a@b", "a/b").
fn spoils(c: char) -> bool {
    c.is_numeric() || matches!(c, '_' | '@' | '/' | '\\' | '#' | '=' | '<' | '>')
}

/// The words of `text` worth checking: runs of letters (an apostrophe between letters belongs to
/// the word; a hyphen splits), more than one letter, not all capitals (acronyms), not touching a
/// digit or a sign of code or an address.
pub fn words(text: &str) -> Vec<Flag> {
    words_in(text, 0..text.len(), 0)
}

/// The words that start in `range` of `text` (whose start is at character `char_start`); the
/// range starts at a word's start or between words.
fn words_in(text: &str, range: Range<usize>, char_start: usize) -> Vec<Flag> {
    let mut out = vec![];
    let before = text[..range.start].chars().next_back();
    let mut chars = text[range.start..]
        .char_indices()
        .map(|(i, c)| (i + range.start, c))
        .peekable();
    let mut char_index = char_start;
    let mut previous = before;
    while let Some(&(start, c)) = chars.peek() {
        if start >= range.end {
            break;
        }
        if !is_word_char(c) {
            chars.next();
            char_index += 1;
            previous = Some(c);
            continue;
        }
        // A word: letters, and apostrophes with a letter on each side.
        let word_char_start = char_index;
        let mut end = start;
        let mut letters = 0;
        let mut upper = 0;
        let mut after = None;
        while let Some(&(i, c)) = chars.peek() {
            if is_word_char(c) {
                letters += 1;
                upper += usize::from(c.is_uppercase());
                end = i + c.len_utf8();
                chars.next();
                char_index += 1;
            } else if is_apostrophe(c) && text[i + c.len_utf8()..].starts_with(is_word_char) {
                end = i + c.len_utf8();
                chars.next();
                char_index += 1;
            } else {
                after = Some(c);
                break;
            }
        }
        let spoilt = previous.is_some_and(spoils)
            || after.is_some_and(spoils)
            || (after == Some('.') && text[end + 1..].starts_with(is_word_char))
            || (previous == Some('.') && text[..start - 1].ends_with(is_word_char));
        let acronym = upper == letters;
        if letters > 1 && !spoilt && !acronym {
            out.push(Flag {
                bytes: start..end,
                chars: word_char_start..char_index,
            });
        }
        previous = text[..end].chars().next_back();
    }
    out
}

/// The misspelt words of one text, kept up to date as it changes.
#[derive(Default)]
pub struct Flags {
    /// The text the flags are for.
    text: String,
    /// What the judge knew then (dictionaries loaded, words added, the answer it was for): a
    /// new one checks all again.
    revision: (u64, u64),
    checked: bool,
    /// Each word's verdict, so a word is looked up once per revision.
    verdicts: HashMap<String, bool>,
    pub flags: Vec<Flag>,
}

impl Flags {
    /// Brings the flags up to `text`. `is_right` says whether a word is spelt right (`None`:
    /// its dictionary is not loaded yet, so it is not flagged).
    pub fn update(
        &mut self,
        text: &str,
        revision: (u64, u64),
        mut is_right: impl FnMut(&str) -> Option<bool>,
    ) {
        if self.checked && self.revision == revision && self.text == text {
            return;
        }
        if !self.checked || self.revision != revision {
            self.verdicts.clear();
            self.revision = revision;
            self.flags = self.judge(text, words(text), &mut is_right);
        } else {
            self.update_changed(text, &mut is_right);
        }
        self.checked = true;
        self.text.clear();
        self.text.push_str(text);
    }

    /// Forgets everything, so the next update checks the whole text.
    pub fn reset(&mut self) {
        self.checked = false;
    }

    fn judge(
        &mut self,
        text: &str,
        words: Vec<Flag>,
        is_right: &mut impl FnMut(&str) -> Option<bool>,
    ) -> Vec<Flag> {
        words
            .into_iter()
            .filter(|w| {
                let word = &text[w.bytes.clone()];
                let right = match self.verdicts.get(word) {
                    Some(&v) => v,
                    None => match is_right(word) {
                        Some(v) => {
                            self.verdicts.insert(word.to_owned(), v);
                            v
                        }
                        None => true,
                    },
                };
                !right
            })
            .collect()
    }

    /// Checks again only the words around the part of `text` that differs from the last one.
    fn update_changed(&mut self, text: &str, is_right: &mut impl FnMut(&str) -> Option<bool>) {
        let old = std::mem::take(&mut self.text);
        let prefix = crate::words::common_prefix(&old, text);
        let suffix = crate::words::common_suffix(&old[prefix..], &text[prefix..]);
        // Widen to whole words on both sides (a letter typed after "abc" changes "abc"), and one
        // character more, since a word's neighbours decide whether it is checked.
        let start = widen_back(text, prefix);
        let end = widen_forward(text, text.len() - suffix);
        let old_end = end + old.len() - text.len();
        let byte_shift = text.len() as isize - old.len() as isize;
        let start_chars = text[..start].chars().count();
        let old_chars_end = start_chars + old[start..old_end].chars().count();
        let new_chars_end = start_chars + text[start..end].chars().count();
        let char_shift = new_chars_end as isize - old_chars_end as isize;
        let shift = |r: &Range<usize>, by: isize| {
            (r.start as isize + by) as usize..(r.end as isize + by) as usize
        };
        let mut flags = std::mem::take(&mut self.flags);
        let after: Vec<Flag> = flags
            .iter()
            .filter(|f| f.bytes.start >= old_end)
            .map(|f| Flag {
                bytes: shift(&f.bytes, byte_shift),
                chars: shift(&f.chars, char_shift),
            })
            .collect();
        flags.retain(|f| f.bytes.end <= start && f.bytes.start < start);
        let middle = words_in(text, start..end, start_chars);
        let middle = self.judge(text, middle, is_right);
        flags.extend(middle);
        flags.extend(after);
        self.flags = flags;
        self.text = old;
    }
}

/// Back from `at` to the start of the word before it, past one separator.
fn widen_back(text: &str, at: usize) -> usize {
    let mut start = at;
    let mut iter = text[..at].char_indices().rev();
    // One separator (or sign) first, then the word before it.
    let mut seen_word = false;
    for (i, c) in iter.by_ref() {
        if is_word_char(c) || is_apostrophe(c) {
            seen_word = true;
            start = i;
        } else if !seen_word && start == at {
            start = i;
            break;
        } else {
            break;
        }
    }
    if !seen_word {
        for (i, c) in iter {
            if is_word_char(c) || is_apostrophe(c) {
                start = i;
            } else {
                break;
            }
        }
    }
    // A word's start, or a separator: `words_in` starts there.
    while start > 0 && text[..start].ends_with(|c: char| is_word_char(c) || is_apostrophe(c)) {
        start -= text[..start].chars().next_back().map_or(1, char::len_utf8);
    }
    start
}

/// Forward from `at` to the end of the word after it, past one separator.
fn widen_forward(text: &str, at: usize) -> usize {
    let mut end = at;
    let mut passed_separator = false;
    for (i, c) in text[at..].char_indices() {
        if is_word_char(c) || is_apostrophe(c) {
            end = at + i + c.len_utf8();
        } else if !passed_separator {
            passed_separator = true;
            end = at + i + c.len_utf8();
        } else {
            break;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word_list(text: &str) -> Vec<&str> {
        words(text).into_iter().map(|f| &text[f.bytes]).collect()
    }

    #[test]
    fn words_are_letters_with_inner_apostrophes() {
        assert_eq!(
            word_list("Don't stop — aujourd’hui, кто-то 2nd EU x a_b e.g. site.com Қазақстан."),
            [
                "Don't",
                "stop",
                "aujourd’hui",
                "кто",
                "то",
                "e",
                "g",
                "Қазақстан"
            ]
            .into_iter()
            .filter(|w| w.chars().count() > 1)
            .collect::<Vec<_>>()
        );
    }

    #[test]
    fn char_ranges_count_characters() {
        let text = "әлем sözi мир";
        let found = words(text);
        assert_eq!(found[0].chars, 0..4);
        assert_eq!(found[1].chars, 5..9);
        assert_eq!(found[2].chars, 10..13);
    }

    /// A judge that calls every word with a "q" in it wrong.
    fn no_q(word: &str) -> Option<bool> {
        Some(!word.contains('q'))
    }

    fn full(text: &str) -> Vec<Flag> {
        let mut flags = Flags::default();
        flags.update(text, (1, 0), no_q);
        flags.flags
    }

    #[test]
    fn updating_after_an_edit_matches_checking_afresh() {
        // A small generator, so the test is the same every run.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let pieces = [
            "qa", "word", " ", " ", "-", "'", "2", "қаq", "мир", ".", "\n", "é", "quiz", "a", "_",
        ];
        let mut text = String::new();
        let mut flags = Flags::default();
        for _ in 0..3000 {
            let chars: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            let at = chars[next(chars.len())];
            if next(3) == 0 && at < text.len() {
                let len = text[at..].chars().next().unwrap().len_utf8();
                text.replace_range(at..at + len, "");
            } else {
                text.insert_str(at, pieces[next(pieces.len())]);
            }
            flags.update(&text, (1, 0), no_q);
            assert_eq!(
                flags.flags,
                full(&text),
                "after an edit at {at} of {text:?}"
            );
        }
    }

    #[test]
    fn a_new_revision_checks_everything_again() {
        let mut flags = Flags::default();
        flags.update("qa qb", (1, 0), no_q);
        assert_eq!(flags.flags.len(), 2);
        flags.update("qa qb", (2, 0), |_| Some(true));
        assert!(flags.flags.is_empty());
    }
}
