//! A passage of the article a student cited or highlighted: the exact words, the paragraph they
//! sit in, and a little of the text around them, so the words can be found again after the
//! teacher edits the reading (paragraphs renumbered, a sentence added before the quote).

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::{Block, Reading};

/// How much text either side of a quote is kept to tell its occurrences apart, in characters.
const CONTEXT_CHARS: usize = 40;

/// How many passages one pass over a sheet (marking the article, matching a sheet to an
/// edited reading) may look for beyond their own paragraph. Real sheets need a handful.
pub const FULL_SEARCHES: usize = 500;

/// The longest quote kept, in characters: a citation is evidence, not a copy of the article.
pub const MAX_QUOTE_CHARS: usize = 4_000;

/// Some words of the article, and where they are.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Passage {
    /// The number of the paragraph, as the article pane and the sheets show it.
    pub paragraph: usize,
    /// The words exactly as they stand in the reading.
    pub quote: String,
    /// The text just before the quote in its paragraph (up to 40 characters).
    #[serde(default)]
    pub before: String,
    /// The text just after it.
    #[serde(default)]
    pub after: String,
}

/// Where a passage is in a reading now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    /// Index into [`Reading::article`].
    pub block: usize,
    /// Byte range of the quote in that paragraph's text.
    pub range: Range<usize>,
}

impl Reading {
    /// The passage at `range` (bytes) of the paragraph at `block`: spaces at either end left
    /// out, and a word cut at either end taken whole (a drag that stops two letters into a
    /// word meant the word). `None` when that is not a paragraph or the range holds no words.
    pub fn passage(&self, block: usize, range: Range<usize>) -> Option<Passage> {
        let Some(Block::Paragraph { number, text }) = self.article.get(block) else {
            return None;
        };
        let selected = text.get(range.clone())?;
        let mut start = range.start + (selected.len() - selected.trim_start().len());
        let mut end = range.start + selected.trim_end().len();
        if start < end {
            let in_word = |c: char| c.is_alphanumeric() || c == '’' || c == '\'' || c == '-';
            while let Some(c) = text[..start].chars().next_back().filter(|&c| in_word(c)) {
                start -= c.len_utf8();
            }
            while let Some(c) = text[end..].chars().next().filter(|&c| in_word(c)) {
                end += c.len_utf8();
            }
        }
        if start >= end {
            return None;
        }
        let quote: String = text[start..end].chars().take(MAX_QUOTE_CHARS).collect();
        let end = start + quote.len();
        Some(Passage {
            paragraph: *number,
            before: last_chars(&text[..start], CONTEXT_CHARS).to_owned(),
            after: text[end..].chars().take(CONTEXT_CHARS).collect(),
            quote,
        })
    }

    /// Finds `passage` in this reading: in its own paragraph if the words and their
    /// surroundings are still there, else wherever they match best. `None` when the words are
    /// gone.
    pub fn locate(&self, passage: &Passage) -> Option<Located> {
        let mut unlimited = usize::MAX;
        self.locate_budgeted(passage, &mut unlimited)
    }

    /// As [`Reading::locate`], but a search beyond the passage's own paragraph (which reads
    /// the whole article) is made only while `searches` lasts, and uses one up. Without it the
    /// own paragraph's best match, if any, is the answer. This keeps a hand-made answers file
    /// with thousands of passages that are nowhere in a long reading from freezing the window.
    pub fn locate_budgeted(&self, passage: &Passage, searches: &mut usize) -> Option<Located> {
        if passage.quote.is_empty() {
            return None;
        }
        let own = self
            .article
            .iter()
            .position(
                |b| matches!(b, Block::Paragraph { number, .. } if *number == passage.paragraph),
            )
            .and_then(|block| match &self.article[block] {
                Block::Paragraph { text, .. } => best_in(block, text, passage),
                Block::Heading(_) => None,
            });
        if let Some((score, located)) = &own
            && *score == full_score(passage)
        {
            return Some(located.clone());
        }
        if *searches == 0 {
            return own.map(|(_, located)| located);
        }
        *searches -= 1;
        let paragraphs = self
            .article
            .iter()
            .enumerate()
            .filter_map(|(i, b)| match b {
                Block::Paragraph { number, text } => Some((i, *number, text.as_str())),
                Block::Heading(_) => None,
            });
        let mut best: Option<(usize, usize, Located)> = None;
        for (block, number, text) in paragraphs {
            let Some((score, located)) = best_in(block, text, passage) else {
                continue;
            };
            // Better context wins; between equals, the paragraph nearest the old number.
            let distance = number.abs_diff(passage.paragraph);
            let better = match &best {
                None => true,
                Some((s, d, _)) => score > *s || (score == *s && distance < *d),
            };
            if better {
                best = Some((score, distance, located));
            }
        }
        best.map(|(_, _, located)| located)
    }

    /// The number shown beside the paragraph at `block`, if it is a paragraph.
    pub fn paragraph_number(&self, block: usize) -> Option<usize> {
        match self.article.get(block)? {
            Block::Paragraph { number, .. } => Some(*number),
            Block::Heading(_) => None,
        }
    }
}

/// The occurrence of the passage's words in `text` whose surroundings agree best with the
/// passage's, with how many characters agree.
fn best_in(block: usize, text: &str, passage: &Passage) -> Option<(usize, Located)> {
    text.match_indices(passage.quote.as_str())
        .map(|(at, _)| (context_score(text, at, passage), at))
        .max_by_key(|&(score, at)| (score, std::cmp::Reverse(at)))
        .map(|(score, at)| {
            let located = Located {
                block,
                range: at..at + passage.quote.len(),
            };
            (score, located)
        })
}

/// How many characters of context around the occurrence at `at` agree with the passage's.
fn context_score(text: &str, at: usize, passage: &Passage) -> usize {
    let before = text[..at].chars().rev();
    let same_before = before
        .zip(passage.before.chars().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let after = text[at + passage.quote.len()..].chars();
    let same_after = after
        .zip(passage.after.chars())
        .take_while(|(a, b)| a == b)
        .count();
    same_before + same_after
}

fn full_score(passage: &Passage) -> usize {
    passage.before.chars().count() + passage.after.chars().count()
}

/// The last `n` characters of `text`.
fn last_chars(text: &str, n: usize) -> &str {
    let start = text
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    if n == 0 { "" } else { &text[start..] }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading(text: &str) -> Reading {
        crate::reading::parse(text, crate::reading::Origin::Text, "T")
    }

    #[test]
    fn a_passage_keeps_its_words_paragraph_and_surroundings() {
        let r = reading(
            "# T\n\nFirst paragraph here.\n\nThe EU is the largest investor in Kazakhstan.\n",
        );
        let text = match &r.article[1] {
            Block::Paragraph { text, .. } => text.clone(),
            _ => panic!("second block is a paragraph"),
        };
        let at = text.find("largest").unwrap();
        let p = r
            .passage(1, at - 1..at + "largest investor".len() + 1)
            .unwrap();
        assert_eq!(p.quote, "largest investor");
        assert_eq!(p.paragraph, 2);
        assert_eq!(p.before, "The EU is the ");
        assert_eq!(p.after, " in Kazakhstan.");
        assert_eq!(r.locate(&p).unwrap().range, at..at + p.quote.len());
        assert!(r.passage(1, 3..3).is_none());
        // A drag that ends inside a word takes the whole word.
        assert_eq!(
            r.passage(1, at + 2..at + "largest inv".len())
                .unwrap()
                .quote,
            "largest investor"
        );
        assert!(r.passage(1, at..at + 1_000_000).is_none());
    }

    #[test]
    fn a_passage_is_found_again_after_the_reading_is_edited() {
        let old = reading("# T\n\nOne. Trade grew.\n\nTwo. Trade grew fast.\n");
        let at = "Two. ".len();
        let p = old.passage(1, at..at + "Trade grew".len()).unwrap();
        assert_eq!(p.paragraph, 2);
        // A paragraph is added at the top: the quote is now in paragraph 3, and the same
        // words in paragraph 2 ("One. Trade grew.") are not it, because the context differs.
        let new = reading("# T\n\nA new opening.\n\nOne. Trade grew.\n\nTwo. Trade grew fast.\n");
        let found = new.locate(&p).unwrap();
        assert_eq!(new.paragraph_number(found.block), Some(3));
        assert_eq!(found.range, at..at + "Trade grew".len());
        // Words that are gone are not found.
        let gone = reading("# T\n\nNothing of the sort.\n");
        assert!(gone.locate(&p).is_none());
    }

    #[test]
    fn searches_beyond_the_own_paragraph_are_rationed() {
        let r = reading("# T\n\nOne.\n\nTwo.\n\nThree has the words.\n");
        let p = Passage {
            paragraph: 1,
            quote: "the words".to_owned(),
            before: String::new(),
            after: String::new(),
        };
        let mut none_left = 0;
        assert_eq!(r.locate_budgeted(&p, &mut none_left), None);
        let mut one_left = 1;
        let found = r.locate_budgeted(&p, &mut one_left).unwrap();
        assert_eq!(r.paragraph_number(found.block), Some(3));
        assert_eq!(one_left, 0, "the search was counted");
        // Words still in their own paragraph cost no search.
        let own = Passage { paragraph: 3, ..p };
        let mut none_left = 0;
        assert!(r.locate_budgeted(&own, &mut none_left).is_some());
    }

    #[test]
    fn last_chars_counts_characters_not_bytes() {
        assert_eq!(last_chars("Қазақстан", 3), "тан");
        assert_eq!(last_chars("ab", 5), "ab");
        assert_eq!(last_chars("ab", 0), "");
    }
}
