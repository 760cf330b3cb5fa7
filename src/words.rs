//! The one rule Lectern uses to count words, shared by the editor and every export.
//!
//! A word is a run of characters between whitespace that contains at least one letter or digit.
//! So "multi-vector" is one word, "EU’s" is one word, "2023" is one word, and a lone dash,
//! bullet or emoji between spaces is not a word. This matches what a teacher counts by eye and
//! works the same for Latin and Cyrillic text.

/// Counts the words in `text` by the rule above.
pub fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// How long a reading asks an answer to be. Guidance only: Lectern never stops a student
/// writing more or handing in less.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WordRange {
    pub min: Option<usize>,
    pub max: Option<usize>,
}

/// Where a count stands against a [`WordRange`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    Under,
    Within,
    Over,
}

impl WordRange {
    /// The first length the text asks for: "150–300 words", "150-300 words", "200 to 300
    /// words", "at least 100 words", "no more than 250 words", "at most / up to 250 words";
    /// in Russian ("150–200 слов", "от 150 до 200 слов", "не менее 200 слов", "не более / до
    /// 250 слов"), Kazakh ("200–300 сөз", "кемінде 200 сөз", "кем дегенде 200 сөз", "200
    /// сөзден аспайтын") and French ("150 à 200 mots", "entre 150 et 200 mots", "au moins 200
    /// mots", "au plus / pas plus de 250 mots").
    pub fn find_in(text: &str) -> Option<WordRange> {
        let spaced: String = text
            .to_lowercase()
            .chars()
            .flat_map(|c| match c {
                '-' | '–' | '—' | '‒' => vec![' ', '-', ' '],
                '(' | ')' | ',' | ';' | ':' => vec![' '],
                c => vec![c],
            })
            .collect();
        let t: Vec<&str> = spaced.split_whitespace().collect();
        let number = |i: usize| t.get(i).and_then(|w| w.parse::<usize>().ok());
        // "words" in each language a class writes in, in any of its forms.
        let is_words = |w: &str| {
            ["word", "слов", "сөз", "mot"]
                .iter()
                .any(|s| w.starts_with(s))
        };
        for i in 1..t.len() {
            if !is_words(t[i]) {
                continue;
            }
            let Some(n) = number(i - 1) else { continue };
            let before = |k: usize| i.checked_sub(k).and_then(|j| t.get(j)).copied();
            if matches!(before(2), Some("-" | "to" | "до" | "à" | "a" | "et"))
                && let Some(a) = i.checked_sub(3).and_then(number)
            {
                return Some(WordRange {
                    min: Some(a.min(n)),
                    max: Some(a.max(n)),
                });
            }
            let at_least = Some(WordRange {
                min: Some(n),
                max: None,
            });
            let at_most = Some(WordRange {
                min: None,
                max: Some(n),
            });
            match (before(3), before(2)) {
                (Some("at"), Some("least"))
                | (_, Some("minimum" | "минимум" | "кемінде"))
                | (Some("не"), Some("менее"))
                | (Some("кем"), Some("дегенде"))
                | (Some("au"), Some("moins")) => return at_least,
                (Some("at"), Some("most"))
                | (Some("up"), Some("to"))
                | (_, Some("maximum" | "максимум" | "до"))
                | (Some("more" | "longer"), Some("than"))
                | (Some("не"), Some("более"))
                | (Some("au"), Some("plus"))
                | (Some("plus"), Some("de")) => return at_most,
                _ => {}
            }
            // Kazakh puts the limit after: "200 сөзден аспайтын" (not over 200 words), "200
            // сөзден кем емес" (not under).
            match (t.get(i + 1).copied(), t.get(i + 2).copied()) {
                (Some(w), _) if w.starts_with("аспа") => return at_most,
                (Some("кем"), Some("емес")) => return at_least,
                _ => {}
            }
        }
        None
    }

    pub fn fit(&self, words: usize) -> Fit {
        if self.min.is_some_and(|m| words < m) {
            Fit::Under
        } else if self.max.is_some_and(|m| words > m) {
            Fit::Over
        } else {
            Fit::Within
        }
    }

    /// "150–300 words", "at least 100 words", "at most 250 words", in English.
    pub fn label(&self) -> String {
        self.label_in(Language::English)
    }

    /// [`Self::label`] in `language`: "150–200 слов", "кемінде 200 сөз".
    pub fn label_in(&self, language: Language) -> String {
        let n = |v: usize| Arg::from(v);
        match (self.min, self.max) {
            (Some(a), Some(b)) => tr_in(language, "range-between", &[("min", n(a)), ("max", n(b))]),
            (Some(a), None) => tr_in(language, "range-at-least", &[("min", n(a))]),
            (None, Some(b)) => tr_in(language, "range-at-most", &[("max", n(b))]),
            (None, None) => tr_in(language, "range-any", &[]),
        }
    }
}

/// "84 words", or "84 words (asked: 150–300 words)" when the reading gives a range.
pub fn count_against(words: usize, range: Option<WordRange>) -> String {
    count_against_in(Language::English, words, range)
}

/// [`count_against`] in `language` (a study sheet's).
pub fn count_against_in(language: Language, words: usize, range: Option<WordRange>) -> String {
    match range {
        Some(r) => tr_in(
            language,
            "words-asked",
            &[
                ("words", Arg::from(words_label_in(language, words))),
                ("range", Arg::from(r.label_in(language))),
            ],
        ),
        None => words_label_in(language, words),
    }
}

/// "1 word", "12 words", in English.
pub fn words_label(n: usize) -> String {
    words_label_in(Language::English, n)
}

/// "1 word", "12 words"; "5 слов", "5 сөз".
pub fn words_label_in(language: Language, n: usize) -> String {
    tr_in(language, "words", &[("count", Arg::from(n))])
}

use crate::i18n::{Arg, Language, tr_in};

/// The length in bytes of the start `a` and `b` share, ending between characters of both.
pub(crate) fn common_prefix(a: &str, b: &str) -> usize {
    let mut n = a
        .as_bytes()
        .iter()
        .zip(b.as_bytes())
        .take_while(|(x, y)| x == y)
        .count();
    while !a.is_char_boundary(n) || !b.is_char_boundary(n) {
        n -= 1;
    }
    n
}

/// The length in bytes of the end `a` and `b` share, beginning between characters of both.
pub(crate) fn common_suffix(a: &str, b: &str) -> usize {
    let mut n = a
        .as_bytes()
        .iter()
        .rev()
        .zip(b.as_bytes().iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    while !a.is_char_boundary(a.len() - n) || !b.is_char_boundary(b.len() - n) {
        n -= 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_by_the_documented_rule() {
        assert_eq!(count_words(""), 0);
        assert_eq!(count_words("   \n\t "), 0);
        assert_eq!(count_words("one"), 1);
        assert_eq!(count_words("multi-vector policy — EU’s 2023 role"), 5);
        assert_eq!(count_words("a - b • c"), 3);
        assert_eq!(count_words("Қазақстан мен Еуропалық Одақ"), 4);
        assert_eq!(count_words("line one\n\nline two"), 4);
    }

    #[test]
    fn word_ranges_are_read_from_the_ways_teachers_write_them() {
        let range = |a, b| Some(WordRange { min: a, max: b });
        assert_eq!(
            WordRange::find_in("Write 150–300 words."),
            range(Some(150), Some(300))
        );
        assert_eq!(
            WordRange::find_in("(150-300 words)"),
            range(Some(150), Some(300))
        );
        assert_eq!(
            WordRange::find_in("Write 200 to 300 words on the question"),
            range(Some(200), Some(300))
        );
        assert_eq!(
            WordRange::find_in("At least 100 words."),
            range(Some(100), None)
        );
        assert_eq!(
            WordRange::find_in("Answer in no more than 250 words"),
            range(None, Some(250))
        );
        assert_eq!(
            WordRange::find_in("Up to 80 words, please"),
            range(None, Some(80))
        );
        assert_eq!(WordRange::find_in("Use at least two facts."), None);
        // Russian, Kazakh and French, as classes write them.
        for (text, want) in [
            (
                "Сравните риски и выгоды (150–200 слов).",
                range(Some(150), Some(200)),
            ),
            ("Напишите от 150 до 200 слов.", range(Some(150), Some(200))),
            ("Ответ: не менее 200 слов", range(Some(200), None)),
            ("не более 250 слов", range(None, Some(250))),
            ("до 100 слов", range(None, Some(100))),
            ("Эссе, минимум 300 слов", range(Some(300), None)),
            ("Жауап: кемінде 200 сөз.", range(Some(200), None)),
            ("200–300 сөз көлемінде жазыңыз", range(Some(200), Some(300))),
            ("кем дегенде 150 сөз", range(Some(150), None)),
            ("250 сөзден аспайтын эссе", range(None, Some(250))),
            ("100 сөзден кем емес", range(Some(100), None)),
            ("Écrivez au moins 200 mots.", range(Some(200), None)),
            ("entre 150 et 200 mots", range(Some(150), Some(200))),
            ("de 150 à 250 mots", range(Some(150), Some(250))),
            ("pas plus de 120 mots", range(None, Some(120))),
            ("au plus 90 mots", range(None, Some(90))),
        ] {
            assert_eq!(WordRange::find_in(text), want, "{text}");
        }
        // A number before other words is not a length.
        assert_eq!(WordRange::find_in("В 2023 году словами не сказать"), None);
        assert_eq!(WordRange::find_in("In 2023 words failed him"), None);
        let r = WordRange {
            min: Some(150),
            max: Some(300),
        };
        assert_eq!(r.fit(149), Fit::Under);
        assert_eq!(r.fit(150), Fit::Within);
        assert_eq!(r.fit(301), Fit::Over);
        assert_eq!(
            count_against(84, Some(r)),
            "84 words (asked: 150–300 words)"
        );
    }

    #[test]
    fn labels_singular_and_plural() {
        assert_eq!(words_label(1), "1 word");
        assert_eq!(words_label(0), "0 words");
        assert_eq!(words_label(84), "84 words");
    }
}
