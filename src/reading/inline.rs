//! Inline Markdown cleanup: readings arrive with `**bold**`, `*emphasis*`, links and stray
//! markers (the seed's question 6 opens `**` and never closes it). Lectern shows plain text, so
//! the markers go and the words stay.

use super::parse::count_work;

/// Removes emphasis markers and link syntax, and folds runs of whitespace into one space.
pub fn clean_inline(text: &str) -> String {
    let without_links = strip_links(text);
    let without_emphasis = strip_emphasis(&without_links);
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

/// A run of one emphasis character (`*` or `_`) and what CommonMark lets it do.
struct Run {
    /// Byte offset of its first character (both characters are one byte).
    at: usize,
    marker: u8,
    len: usize,
    /// How many of its characters are still unmatched.
    left: usize,
    can_open: bool,
    can_close: bool,
    /// Flanking on one side only: the shape of an opening or closing marker.
    one_sided: bool,
}

/// CommonMark's punctuation (Unicode P and S): ASCII punctuation, and beyond ASCII whatever is
/// neither a letter, a digit nor a space, which covers quotes, guillemets, dashes and `…`.
fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation() || (!c.is_ascii() && !c.is_alphanumeric() && !c.is_whitespace())
}

/// Removes the markers of emphasis and strong emphasis by CommonMark's rules (its delimiter
/// runs, "process emphasis" without links or code): a marker opens when it is left-flanking and
/// closes when it is right-flanking, so a closing `*` may be followed by a space, the end or
/// punctuation (`*Malus sieversii*.`, `(*a*)`); `_` does not open or close inside a word
/// (`snake_case`). Markers that match nothing are kept as text (`2*3`, ` * `, `_id`), except
/// what is left of a run that matched, any `**` or `__`, and a `*` touching a word on one side
/// only: readings come with stray markers (the seed's question 6 opens `**` and never closes
/// it), and have no use for `**` as text.
fn strip_emphasis(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut runs: Vec<Run> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let marker = bytes[i];
        if marker != b'*' && marker != b'_' {
            i += 1;
            continue;
        }
        let len = bytes[i..].iter().take_while(|b| **b == marker).count();
        // The start and the end of the text count as space.
        let before = text[..i].chars().next_back().unwrap_or(' ');
        let after = text[i + len..].chars().next().unwrap_or(' ');
        let left_flanking = !after.is_whitespace()
            && (!is_punctuation(after) || before.is_whitespace() || is_punctuation(before));
        let right_flanking = !before.is_whitespace()
            && (!is_punctuation(before) || after.is_whitespace() || is_punctuation(after));
        let (can_open, can_close) = if marker == b'*' {
            (left_flanking, right_flanking)
        } else {
            (
                left_flanking && (!right_flanking || is_punctuation(before)),
                right_flanking && (!left_flanking || is_punctuation(after)),
            )
        };
        runs.push(Run {
            at: i,
            marker,
            len,
            left: len,
            can_open,
            can_close,
            one_sided: left_flanking != right_flanking,
        });
        i += len;
    }
    count_work(text.len());
    match_runs(&mut runs);

    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for run in &runs {
        out.push_str(&text[copied..run.at]);
        let dropped = run.left < run.len || run.len >= 2 || (run.marker == b'*' && run.one_sided);
        if !dropped {
            out.push_str(&text[run.at..run.at + run.left]);
        }
        copied = run.at + run.len;
    }
    out.push_str(&text[copied..]);
    out
}

/// Pairs closers with the nearest opener before them, as CommonMark does: strong first when
/// both have two left, the rule of three for runs that can both open and close, and the runs
/// between a pair left unmatched. `bottom` remembers, per kind of closer, how far down a search
/// found nothing, so a reading of ten thousand unmatched markers is searched once, not once per
/// marker.
fn match_runs(runs: &mut [Run]) {
    // Runs that can open and still have characters left, in order.
    let mut openers: Vec<usize> = Vec::new();
    // Per closer kind (marker, can it open, its length mod 3): openers below this never match.
    let mut bottom = [0usize; 12];
    let kind = |run: &Run| {
        usize::from(run.marker == b'_') * 6 + usize::from(run.can_open) * 3 + run.len % 3
    };
    for c in 0..runs.len() {
        if runs[c].can_close {
            loop {
                let floor = bottom[kind(&runs[c])].min(openers.len());
                let closer = &runs[c];
                let found = openers[floor..].iter().rposition(|&o| {
                    let opener = &runs[o];
                    let odd_match = (opener.can_close || closer.can_open)
                        && (opener.len + closer.len).is_multiple_of(3)
                        && !(opener.len.is_multiple_of(3) && closer.len.is_multiple_of(3));
                    opener.marker == closer.marker && !odd_match
                });
                let Some(place) = found.map(|p| floor + p) else {
                    count_work(openers.len() - floor);
                    bottom[kind(&runs[c])] = openers.len();
                    break;
                };
                count_work(openers.len() - place);
                let o = openers[place];
                let used = if runs[o].left >= 2 && runs[c].left >= 2 {
                    2
                } else {
                    1
                };
                runs[o].left -= used;
                runs[c].left -= used;
                // The openers between the pair can no longer match anything after it.
                openers.truncate(if runs[o].left == 0 { place } else { place + 1 });
                for b in &mut bottom {
                    *b = (*b).min(openers.len());
                }
                if runs[c].left == 0 {
                    break;
                }
            }
        }
        if runs[c].can_open && runs[c].left > 0 {
            openers.push(c);
        }
    }
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

    /// A closing marker may be followed by punctuation (CommonMark's right-flanking rule):
    /// the bundled apple reading's `*Malus sieversii*.` once showed "Malus sieversii*.".
    #[test]
    fn emphasis_closes_before_punctuation() {
        for (markdown, shown) in [
            ("*Malus sieversii*.", "Malus sieversii."),
            (
                "a wild apple,\n*Malus sieversii*. Geneticists",
                "a wild apple, Malus sieversii. Geneticists",
            ),
            ("*a*, *b*; *c*: *d*! *e*? *f*…", "a, b; c: d! e? f…"),
            ("*a*)", "a)"),
            ("(*a*)", "(a)"),
            ("(*a*).", "(a)."),
            ("**strong**.", "strong."),
            ("**strong**, and *soft*.", "strong, and soft."),
            ("***both***.", "both."),
            ("_a_.", "a."),
            ("_a_, (_b_)", "a, (b)"),
            ("__strong__;", "strong;"),
            ("«*алма*» means apple", "«алма» means apple"),
            ("“*a*”", "“a”"),
            ("*“a quote”*.", "“a quote”."),
            ("*end*", "end"),
        ] {
            assert_eq!(clean_inline(markdown), shown, "{markdown:?}");
        }
    }

    /// Markers that open or close nothing stay: underscores inside words, arithmetic, a star
    /// standing alone.
    #[test]
    fn underscores_in_words_and_lone_markers_stay() {
        for text in [
            "snake_case_name and file_name.txt",
            "2*3 = 6 and a * b",
            "a _ b and 5 * 4",
            "_id is a field",
        ] {
            assert_eq!(clean_inline(text), text);
        }
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
