//! Finding text the way a reader expects: ignoring case, in any script ("қазақ" finds
//! "ҚАЗАҚ"), and reporting where each match is in the original text.

use std::ops::Range;

/// Every place `needle` occurs in `haystack`, ignoring case, as byte ranges of `haystack`,
/// left to right and not overlapping. An empty or blank needle matches nothing.
pub fn find_all(haystack: &str, needle: &str) -> Vec<Range<usize>> {
    let needle: Vec<char> = needle.chars().map(fold).collect();
    if needle.iter().all(|c| c.is_whitespace()) {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = haystack.char_indices().map(|(i, c)| (i, fold(c))).collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i + needle.len() <= chars.len() {
        if chars[i..i + needle.len()]
            .iter()
            .zip(&needle)
            .all(|((_, a), b)| a == b)
        {
            let start = chars[i].0;
            let end = chars
                .get(i + needle.len())
                .map_or(haystack.len(), |(at, _)| *at);
            found.push(start..end);
            i += needle.len();
        } else {
            i += 1;
        }
    }
    found
}

/// One character's lowercase form when it is a single character (nearly all are); otherwise
/// the character itself, so positions in the folded text match the original one for one.
fn fold(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_match_ignoring_case_with_original_offsets() {
        let text = "Trade and TRADE, trader.";
        assert_eq!(find_all(text, "trade"), vec![0..5, 10..15, 17..22]);
        let kazakh = "Қазақстан және ҚАЗАҚСТАН";
        let found = find_all(kazakh, "қазақстан");
        assert_eq!(found.len(), 2);
        assert_eq!(&kazakh[found[1].clone()], "ҚАЗАҚСТАН");
        assert!(find_all(text, "").is_empty());
        assert!(find_all(text, "  ").is_empty());
        assert!(find_all(text, "absent").is_empty());
        assert_eq!(find_all("aaaa", "aa"), vec![0..2, 2..4]);
    }
}
