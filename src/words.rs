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

/// "1 word", "12 words".
pub fn words_label(n: usize) -> String {
    if n == 1 {
        "1 word".to_owned()
    } else {
        format!("{n} words")
    }
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
    fn labels_singular_and_plural() {
        assert_eq!(words_label(1), "1 word");
        assert_eq!(words_label(0), "0 words");
        assert_eq!(words_label(84), "84 words");
    }
}
