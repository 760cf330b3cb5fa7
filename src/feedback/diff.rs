//! What changed in an answer between the hand-in a teacher commented on and the next one, word
//! by word, as a teacher reads a tracked change: words kept, words taken out, words put in.

/// One run of words, in the order they read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    Same(String),
    Removed(String),
    Added(String),
}

/// Past this many word pairs in the part that differs, the longest-common-run table would take
/// too long and too much memory; the whole middle then counts as replaced (still true, only
/// coarser). 4 million pairs is two 2,000-word answers rewritten from top to bottom.
const MAX_PAIRS: usize = 4_000_000;

/// The word-level difference from `old` to `new`. Words are split at white space and compared
/// exactly; runs of the same kind are joined with single spaces.
pub fn words(old: &str, new: &str) -> Vec<Change> {
    let a: Vec<&str> = old.split_whitespace().collect();
    let b: Vec<&str> = new.split_whitespace().collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (mid_a, mid_b) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut steps: Vec<(u8, &str)> = a[..prefix].iter().map(|w| (0, *w)).collect();
    steps.extend(middle(mid_a, mid_b));
    steps.extend(a[a.len() - suffix..].iter().map(|w| (0, *w)));
    let mut out: Vec<Change> = Vec::new();
    for (kind, word) in steps {
        let joined = match (out.last_mut(), kind) {
            (Some(Change::Same(t)), 0)
            | (Some(Change::Removed(t)), 1)
            | (Some(Change::Added(t)), 2) => {
                t.push(' ');
                t.push_str(word);
                true
            }
            _ => false,
        };
        if !joined {
            let word = word.to_owned();
            out.push(match kind {
                0 => Change::Same(word),
                1 => Change::Removed(word),
                _ => Change::Added(word),
            });
        }
    }
    out
}

/// The steps (0 same, 1 removed, 2 added) that turn `a` into `b`, by the longest common
/// subsequence of words; removals before additions where both happen at one place.
fn middle<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<(u8, &'a str)> {
    if a.is_empty() || b.is_empty() || a.len() * b.len() > MAX_PAIRS {
        let mut steps: Vec<(u8, &str)> = a.iter().map(|w| (1, *w)).collect();
        steps.extend(b.iter().map(|w| (2, *w)));
        return steps;
    }
    // lcs[i][j]: the longest common run of a[i..] and b[j..].
    let width = b.len() + 1;
    let mut lcs = vec![0u32; (a.len() + 1) * width];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i * width + j] = if a[i] == b[j] {
                lcs[(i + 1) * width + j + 1] + 1
            } else {
                lcs[(i + 1) * width + j].max(lcs[i * width + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut steps = Vec::with_capacity(a.len() + b.len());
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            steps.push((0, a[i]));
            i += 1;
            j += 1;
        } else if lcs[(i + 1) * width + j] >= lcs[i * width + j + 1] {
            steps.push((1, a[i]));
            i += 1;
        } else {
            steps.push((2, b[j]));
            j += 1;
        }
    }
    steps.extend(a[i..].iter().map(|w| (1, *w)));
    steps.extend(b[j..].iter().map(|w| (2, *w)));
    steps
}

/// Whether anything but spacing changed.
pub fn changed(old: &str, new: &str) -> bool {
    !old.split_whitespace().eq(new.split_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(changes: &[Change]) -> String {
        changes
            .iter()
            .map(|c| match c {
                Change::Same(t) => t.clone(),
                Change::Removed(t) => format!("[-{t}-]"),
                Change::Added(t) => format!("{{+{t}+}}"),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn marks_words_taken_out_and_put_in() {
        let d = words(
            "Trade with the EU grew quickly after 2015.",
            "Trade with the EU grew slowly but steadily after 2015.",
        );
        assert_eq!(
            show(&d),
            "Trade with the EU grew [-quickly-] {+slowly but steadily+} after 2015."
        );
    }

    #[test]
    fn unchanged_and_empty_texts() {
        assert_eq!(
            words("a  b\nc", "a b c"),
            vec![Change::Same("a b c".into())]
        );
        assert!(!changed("a  b\nc", "a b c"));
        assert!(changed("a b", "a c"));
        assert_eq!(
            words("", "new words"),
            vec![Change::Added("new words".into())]
        );
        assert_eq!(words("old", ""), vec![Change::Removed("old".into())]);
        assert!(words("", "").is_empty());
    }

    #[test]
    fn keeps_the_longest_common_run_in_a_reordering() {
        let d = words("one two three four", "three four one two");
        let kept: Vec<&Change> = d.iter().filter(|c| matches!(c, Change::Same(_))).collect();
        assert_eq!(kept.len(), 1, "{}", show(&d));
        // Reading the old words from Same+Removed and the new from Same+Added gives both back.
        let text = |keep: fn(&Change) -> Option<&String>| {
            d.iter()
                .filter_map(keep)
                .cloned()
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(
            text(|c| match c {
                Change::Same(t) | Change::Removed(t) => Some(t),
                Change::Added(_) => None,
            }),
            "one two three four"
        );
        assert_eq!(
            text(|c| match c {
                Change::Same(t) | Change::Added(t) => Some(t),
                Change::Removed(_) => None,
            }),
            "three four one two"
        );
    }

    #[test]
    fn a_huge_rewrite_is_one_replacement_not_a_stall() {
        let old = "alpha ".repeat(5_000);
        let new = "beta ".repeat(5_000);
        let d = words(&old, &new);
        assert_eq!(d.len(), 2);
    }
}
