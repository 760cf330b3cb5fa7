//! Inline Markdown cleanup: readings arrive with `**bold**`, `*emphasis*`, links and stray
//! markers (the seed's question 6 opens `**` and never closes it). Lectern shows plain text, so
//! the markers go and the words stay.

use super::parse::count_work;

/// Removes emphasis markers and link syntax, and folds runs of whitespace into one space.
pub fn clean_inline(text: &str) -> String {
    let without_links = strip_links(text);
    let without_strong = without_links.replace("**", "").replace("__", "");
    let without_emphasis = strip_single_stars(&without_strong);
    collapse_whitespace(&without_emphasis)
}

/// Folds every run of whitespace into one space and trims the ends.
pub fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `[text](url)` becomes `text`; anything that is not a complete link is left alone.
///
/// A link's text runs from its `[` to the first `](` and holds no other `[`; its target runs to
/// the first `)` and holds no space. Each search goes once over the text however many `[` it
/// has (issue 25: a reading of 320,000 `[` searched to its end from each one).
fn strip_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // `text[..copied]` is in `out` (or was a link's syntax, dropped).
    let mut copied = 0;
    let mut open = find_from(text, 0, '[');
    let mut close_paren = NextMatch::default();
    let mut space = NextMatch::default();
    while let Some(at) = open {
        // The link text ends before the next `[`, so `](` is looked for only up to there.
        let next_open = find_from(text, at + 1, '[');
        let text_end = next_open.unwrap_or(text.len());
        let close = text[at + 1..text_end].find("](").map(|c| at + 1 + c);
        count_work(text_end - at);
        let link = close.and_then(|close| {
            let target = close + 2;
            let end = close_paren.find(text, target, |c| c == ')')?;
            // A link target has no spaces; this keeps "[sic] (see below)" intact.
            let spaced = space
                .find(text, target, char::is_whitespace)
                .is_some_and(|s| s < end);
            (!spaced).then_some((close, end + 1))
        });
        match link {
            Some((close, after)) => {
                out.push_str(&text[copied..at]);
                out.push_str(&text[at + 1..close]);
                copied = after;
                // A `[` inside the target is part of the link.
                open = if next_open.is_some_and(|n| n >= after) {
                    next_open
                } else {
                    find_from(text, after, '[')
                };
            }
            None => open = next_open,
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// The first `c` at or after byte `from`.
fn find_from(text: &str, from: usize, c: char) -> Option<usize> {
    let found = text[from..].find(c);
    count_work(found.map_or(text.len() - from, |i| i + 1));
    found.map(|i| from + i)
}

/// The first character matching a test at or after a place, remembered: asked again from a
/// later place that is not past the answer, the answer is the same, so however many places
/// ask (in order), the text is searched once.
#[derive(Default)]
struct NextMatch {
    /// The place last searched from, and what was found there (`None`: nothing to the end).
    last: Option<(usize, Option<usize>)>,
}

impl NextMatch {
    fn find(&mut self, text: &str, from: usize, test: impl Fn(char) -> bool) -> Option<usize> {
        if let Some((searched, found)) = self.last
            && searched <= from
            && found.is_none_or(|f| f >= from)
        {
            return found;
        }
        let found = text[from..].find(test);
        count_work(found.map_or(text.len() - from, |i| i + 1));
        let found = found.map(|i| from + i);
        self.last = Some((from, found));
        found
    }
}

/// Drops a `*` that touches a word on one side and space (or the end) on the other: the
/// opening or closing marker of `*emphasis*`. `2*3` and ` * ` are kept.
fn strip_single_stars(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '*' {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            let word_before = before.is_some_and(|b| !b.is_whitespace() && b != '*');
            let word_after = after.is_some_and(|a| !a.is_whitespace() && a != '*');
            if word_before != word_after {
                continue;
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_strong_and_stray_markers() {
        assert_eq!(
            clean_inline("**How significant is it?**"),
            "How significant is it?"
        );
        assert_eq!(
            clean_inline("**What are the benefits for both?"),
            "What are the benefits for both?"
        );
        assert_eq!(
            clean_inline("__Bold__ and *soft* words"),
            "Bold and soft words"
        );
    }

    #[test]
    fn keeps_arithmetic_and_lone_stars() {
        assert_eq!(clean_inline("2*3 = 6 and a * b"), "2*3 = 6 and a * b");
    }

    #[test]
    fn links_become_their_text() {
        assert_eq!(
            clean_inline("See [the report](https://example.org/r) here."),
            "See the report here."
        );
        assert_eq!(clean_inline("a [sic] (see below)"), "a [sic] (see below)");
        assert_eq!(clean_inline("unclosed [link](x"), "unclosed [link](x");
    }

    /// `strip_links` as it was before issue 25: right, but searching to the end of the text
    /// from every `[`. The linear one must give the same text.
    fn strip_links_before(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(open) = rest.find('[') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let link = after.find("](").and_then(|close| {
                let target = &after[close + 2..];
                let end = target.find(')')?;
                (!target[..end].contains(char::is_whitespace) && !after[..close].contains('['))
                    .then_some((close, close + 2 + end + 1))
            });
            match link {
                Some((close, consumed)) => {
                    out.push_str(&after[..close]);
                    rest = &after[consumed..];
                }
                None => {
                    out.push('[');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }

    #[test]
    fn links_are_stripped_as_before_in_every_short_text() {
        // Every text of up to six of these characters, and longer ones made from them.
        let alphabet = ['[', ']', '(', ')', ' ', 'a', 'é'];
        let mut texts = vec![String::new()];
        for _ in 0..6 {
            let longer: Vec<String> = texts
                .iter()
                .filter(|t| t.chars().count() == texts.last().unwrap().chars().count())
                .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
                .collect();
            texts.extend(longer);
        }
        let mut seed = 25u64;
        for _ in 0..20_000 {
            let len = 7 + (seed % 40) as usize;
            let text: String = (0..len)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    alphabet[(seed >> 33) as usize % alphabet.len()]
                })
                .collect();
            texts.push(text);
        }
        for text in &texts {
            assert_eq!(strip_links(text), strip_links_before(text), "{text:?}");
        }
    }

    #[test]
    fn folds_whitespace() {
        assert_eq!(clean_inline("  a \t b\n c  "), "a b c");
    }
}
