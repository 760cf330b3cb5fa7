//! Large readings and answers made up for benchmarks, so anyone can reproduce the figures.
//! Deterministic: the same sizes give the same text.

pub mod docx;
pub mod hostile;
pub mod pdf;

use jiff::Timestamp;

use crate::answers::AnswerSheet;
use crate::reading::Reading;

const WORDS: &[&str] = &[
    "Kazakhstan",
    "the",
    "European",
    "Union",
    "partnership",
    "energy",
    "trade",
    "uranium",
    "policy",
    "of",
    "and",
    "in",
    "Astana",
    "Brussels",
    "diversify",
    "reforms",
    "investment",
    "region",
    "Central",
    "Asia",
    "transport",
    "corridor",
    "with",
    "a",
    "to",
    "its",
    "for",
    "water",
    "agriculture",
    "experts",
    "Қазақстан",
    "сауда",
    "серіктестік",
    "cooperation",
    "stability",
    "growth",
];

/// A small, seedable generator of pseudo-random numbers (xorshift): the same seed gives the same
/// sequence, so generated material and randomised tests can be replayed.
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed` (any value; zero is nudged, as xorshift needs a set bit).
    pub fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `n` (which must not be zero).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// `n` words of prose in sentences of 8 to 27 words.
pub fn prose(rng_seed: u64, n: usize) -> String {
    let mut rng = Rng::new(rng_seed);
    let mut out = String::with_capacity(n * 8);
    let mut in_sentence = 0;
    for i in 0..n {
        let word = WORDS[rng.below(WORDS.len())];
        if in_sentence == 0 {
            let mut c = word.chars();
            if let Some(first) = c.next() {
                out.extend(first.to_uppercase());
                out.push_str(c.as_str());
            }
        } else {
            out.push_str(word);
        }
        in_sentence += 1;
        if in_sentence >= 8 + rng.below(20) || i + 1 == n {
            out.push('.');
            in_sentence = 0;
        }
        if i + 1 < n {
            out.push(' ');
        }
    }
    out
}

/// A reading of about `article_words` words (paragraphs of ~100 words, a subheading every ten)
/// and `prompts` numbered questions in groups of ten.
pub fn reading_text(article_words: usize, prompts: usize) -> String {
    let mut text = String::from(
        "---\ntitle: A generated reading for benchmarks\nsource: lectern::generate\n---\n",
    );
    let paragraphs = article_words.div_ceil(100);
    for p in 0..paragraphs {
        if p % 10 == 0 {
            text.push_str(&format!("## Part {}\n\n", p / 10 + 1));
        }
        text.push_str(&prose(p as u64 + 1, 100));
        text.push_str("\n\n");
    }
    text.push_str("## Questions for discussion\n\n");
    for q in 0..prompts {
        if q % 10 == 0 {
            text.push_str(&format!("**Group {}**\n\n", q / 10 + 1));
        }
        text.push_str(&format!(
            "{}. {}?\n",
            q + 1,
            prose(10_000 + q as u64, 15).trim_end_matches('.')
        ));
    }
    text
}

/// Answers of `words` words to every prompt of `reading`, in paragraphs of about 60 words.
pub fn answers(reading: &Reading, words: usize) -> AnswerSheet {
    let mut sheet = AnswerSheet::new(reading);
    sheet.student = "Benchmark Student".to_owned();
    let when: Timestamp = "2026-01-01T00:00:00Z".parse().expect("a valid time");
    for (i, prompt) in reading.prompts().enumerate() {
        sheet.set_answer(prompt, &answer_text(i as u64, words), when);
    }
    sheet
}

/// `words` words in paragraphs of about 60, separated by blank lines.
pub fn answer_text(seed: u64, words: usize) -> String {
    let paragraphs: Vec<String> = (0..words.div_ceil(60))
        .map(|p| prose(seed * 1000 + p as u64 + 7, 60.min(words - p * 60)))
        .collect();
    paragraphs.join("\n\n")
}

/// A class of `students` hand-ins of one reading of `prompts` questions, each answer `words`
/// words, grouped as a class folder is ([`crate::collect::Group`]): for class-sheet
/// benchmarks.
pub fn class_group(students: usize, prompts: usize, words: usize) -> crate::collect::Group {
    let reading = crate::reading::parse(
        &reading_text(1_000, prompts),
        crate::reading::Origin::Text,
        "class",
    );
    let sheets = (0..students)
        .map(|n| {
            let mut sheet = AnswerSheet::new(&reading);
            sheet.student = format!("Student {}", n + 1);
            let when: Timestamp = "2026-01-01T00:00:00Z".parse().expect("a valid time");
            for (i, prompt) in reading.prompts().enumerate() {
                let seed = (n * prompts + i) as u64;
                sheet.set_answer(prompt, &answer_text(seed, words), when);
            }
            hand_in(n + 1, sheet)
        })
        .collect();
    group_of(&reading, sheets)
}

/// `hand_ins` of `reading` grouped as a class folder groups them
/// ([`crate::collect::Group`]), with the reading at hand.
pub fn group_of(reading: &Reading, hand_ins: Vec<crate::collect::HandIn>) -> crate::collect::Group {
    crate::collect::Group {
        title: reading.title.clone(),
        fingerprint: reading.fingerprint.to_string(),
        prompts: reading
            .prompts()
            .map(|p| (p.id.clone(), p.text.clone()))
            .collect(),
        sheets: hand_ins,
        reading: Some(reading.clone()),
    }
}

/// `sheet` as the `n`th hand-in of a made-up class folder: `student-N.ron`, a made-up file
/// fingerprint, no feedback.
pub fn hand_in(n: usize, sheet: AnswerSheet) -> crate::collect::HandIn {
    crate::collect::HandIn::new(
        format!("student-{n}.ron").into(),
        sheet,
        format!("{n:064x}"),
    )
}

/// A reading of `prompts` questions in sections of ten, after `extra` new ones: with `extra`
/// above 0, every id names another prompt than in the reading without them (the shape that
/// made matching answers to moved prompts quadratic).
pub fn prompts_reading(prompts: usize, extra: usize) -> Reading {
    use crate::reading::{Block, Fingerprint, Origin, Prompt, PromptId, PromptKind, Section};
    let all = prompts + extra;
    let sections = (0..all.div_ceil(10))
        .map(|s| Section {
            title: format!("Group {}", s + 1),
            description: None,
            prompts: (s * 10..((s + 1) * 10).min(all))
                .map(|q| Prompt {
                    id: PromptId(format!("Q{}", q + 1)),
                    kind: PromptKind::Question,
                    label: (q + 1).to_string(),
                    title: None,
                    // The `extra` prompts first, then the same texts as a reading without them.
                    text: if q < extra {
                        format!("A new question {q}?")
                    } else {
                        format!("What does paragraph {} say?", q - extra + 1)
                    },
                })
                .collect(),
        })
        .collect();
    Reading::new(
        "Scale".to_owned(),
        None,
        Origin::Text,
        Fingerprint::of(&format!("scale {prompts} {extra}")),
        vec![Block::Paragraph {
            number: 1,
            text: "An article.".to_owned(),
        }],
        sections,
        Vec::new(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reading::{Origin, parse};
    use crate::words::count_words;

    #[test]
    fn sizes_are_as_asked() {
        let reading = parse(&reading_text(10_000, 50), Origin::Text, "g");
        assert_eq!(reading.prompt_count(), 50);
        let words = reading.article_words();
        assert!((9_900..=10_300).contains(&words), "{words}");
        let sheet = answers(&reading, 300);
        assert_eq!(sheet.answered_count(&reading), 50);
        assert_eq!(count_words(&sheet.answers[0].text), 300);
    }
}
