//! Inline Markdown cleanup: readings arrive with `**bold**`, `*emphasis*`, links and stray
//! markers (the seed's question 6 opens `**` and never closes it). Lectern shows plain text, so
//! the markers go and the words stay.

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
fn strip_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let link = after.find("](").and_then(|close| {
            let target = &after[close + 2..];
            let end = target.find(')')?;
            // A link target has no spaces; this keeps "[sic] (see below)" intact.
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

    #[test]
    fn folds_whitespace() {
        assert_eq!(clean_inline("  a \t b\n c  "), "a b c");
    }
}
