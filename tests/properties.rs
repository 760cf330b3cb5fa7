//! Bounded property tests of the reading parser and the answers loader: thousands of generated
//! inputs on every `cargo test`, so a regression that fuzzing once found is caught again. (The
//! open-ended fuzzing lives in `fuzz/`.) Each case is built from a printed seed, to replay it.

use std::collections::HashSet;
use std::path::Path;

use lectern::answers::{self, AnswerSheet};
use lectern::export::{Format, StudySheet};
use lectern::reading::{self, Origin};

use lectern::generate::Rng;

fn pick<'a>(rng: &mut Rng, items: &[&'a str]) -> &'a str {
    items[rng.below(items.len())]
}

/// Pieces readings are made of, good and broken: the parser sees every mix of them.
const LINE_STARTS: &[&str] = &[
    "",
    "# ",
    "## ",
    "###### ",
    "#",
    "**",
    "__",
    "1. ",
    "12) ",
    "999. ",
    "- ",
    "* ",
    "+ ",
    "• ",
    "   - ",
    "\t1. ",
    "---",
    "***",
    "> ",
    "Questions",
    "Discussion questions:",
    "**Thematic Sections:**",
    "Table of Contents",
];
const WORDS: &[&str] = &[
    "Kazakhstan",
    "the",
    "EU",
    "why",
    "Discuss",
    "Write",
    "policy?",
    "trade.",
    "**bold**",
    "*",
    "**",
    "[link](x)",
    "[",
    "](",
    ":",
    "—",
    "“quoted”",
    "Қазақстан",
    "вопросы",
    "<b>",
    "&amp;",
    "\u{0}",
    "\u{feff}",
    "\r",
    "🌍",
    "é",
    "1.",
    "?",
    "...",
    "\\",
    "`",
    "#",
    "|",
    "~",
];

fn random_reading(rng: &mut Rng) -> String {
    let mut text = String::new();
    for _ in 0..rng.below(40) {
        text.push_str(pick(rng, LINE_STARTS));
        for _ in 0..rng.below(14) {
            text.push_str(pick(rng, WORDS));
            text.push(if rng.below(6) == 0 { '\n' } else { ' ' });
        }
        text.push_str(pick(rng, &["\n", "\n\n", "\r\n", "", "**\n", ":\n", "?\n"]));
    }
    text
}

#[test]
fn any_text_parses_into_a_consistent_reading_and_exports() {
    let mut rng = Rng::new(0x5eed_1e57_0000_0001);
    for case in 0..3000 {
        let text = random_reading(&mut rng);
        let r = reading::parse(&text, Origin::Text, "generated");
        let mut ids = HashSet::new();
        for prompt in r.prompts() {
            assert!(
                ids.insert(prompt.id.clone()),
                "case {case}: duplicate id {} in {text:?}",
                prompt.id
            );
            assert!(
                !prompt.text.contains("**"),
                "case {case}: markup left in {:?}",
                prompt.text
            );
            assert!(
                !prompt.text.chars().any(|c| c == '\r' || c == '\0'),
                "case {case}"
            );
        }
        assert!(
            r.sections.iter().all(|s| !s.prompts.is_empty()),
            "case {case}: empty section"
        );
        assert!(!r.title.is_empty(), "case {case}");
        let again = reading::parse(&text, Origin::Text, "generated");
        assert_eq!(r, again, "case {case}: parsing is deterministic");

        let mut sheet = AnswerSheet::new(&r);
        for prompt in r.prompts().take(3) {
            sheet.set_answer(
                prompt,
                &random_reading(&mut rng),
                "2026-01-01T00:00:00Z".parse().unwrap(),
            );
        }
        let study = StudySheet::build(&r, &sheet, "2026-01-01");
        let html = study.render(Format::Html);
        assert!(!html.contains("<b>"), "case {case}: unescaped HTML");
        for format in Format::TEXT {
            let out = study.render(format);
            assert!(!out.contains('\0'), "case {case}: {format:?}");
        }
    }
}

#[test]
fn saved_sheets_load_back_unchanged_whatever_they_hold() {
    let mut rng = Rng::new(0x5eed_1e57_0000_0002);
    let r = reading::BUNDLED[0].parse();
    let prompts: Vec<_> = r.prompts().collect();
    for case in 0..500 {
        let mut sheet = AnswerSheet::new(&r);
        sheet.student = random_reading(&mut rng).chars().take(60).collect();
        for _ in 0..rng.below(6) {
            let prompt = prompts[rng.below(prompts.len())];
            sheet.set_answer(
                prompt,
                &random_reading(&mut rng),
                "2026-01-01T00:00:00Z".parse().unwrap(),
            );
        }
        // Citations and highlights of any words, including ones no reading holds.
        for _ in 0..rng.below(4) {
            let prompt = prompts[rng.below(prompts.len())];
            let passage = lectern::reading::Passage {
                paragraph: rng.below(40),
                quote: random_reading(&mut rng).chars().take(200).collect(),
                before: random_reading(&mut rng).chars().take(40).collect(),
                after: String::new(),
            };
            sheet.cite(
                prompt,
                passage.clone(),
                "2026-01-01T00:00:00Z".parse().unwrap(),
            );
            let colour = answers::HighlightColour::ALL[rng.below(4)];
            sheet.highlight(passage, colour);
        }
        let text = answers::to_ron(&sheet).unwrap();
        let back = answers::from_ron(&text, Path::new("case.ron"))
            .unwrap_or_else(|e| panic!("case {case}: {e}\n{text}"));
        assert_eq!(back, sheet, "case {case}");
        // Whatever they hold, they make a sheet in every format.
        let study = lectern::export::StudySheet::build(&r, &back, "2026-01-01");
        for format in lectern::export::Format::TEXT {
            assert!(!study.render(format).is_empty());
        }
    }
}

#[test]
fn damaged_answers_files_give_errors_not_panics() {
    let mut rng = Rng::new(0x5eed_1e57_0000_0003);
    let r = reading::BUNDLED[0].parse();
    let mut sheet = AnswerSheet::new(&r);
    sheet.student = "Aliya".to_owned();
    for prompt in r.prompts().take(4) {
        sheet.set_answer(
            prompt,
            "An answer, with \"quotes\"\nand lines.",
            "2026-01-01T00:00:00Z".parse().unwrap(),
        );
        let passage = r.passage(prompt_block(&r), 0..30).unwrap();
        sheet.cite(
            prompt,
            passage.clone(),
            "2026-01-01T00:00:00Z".parse().unwrap(),
        );
        sheet.highlight(passage, answers::HighlightColour::Blue);
    }
    let good = answers::to_ron(&sheet).unwrap();
    let bytes = good.as_bytes();
    for case in 0..3000 {
        let mut damaged = bytes.to_vec();
        match rng.below(4) {
            0 => damaged.truncate(rng.below(bytes.len())), // Cut short.
            1 => {
                for _ in 0..1 + rng.below(4) {
                    let at = rng.below(damaged.len());
                    damaged[at] = (rng.next_u64() & 0xff) as u8; // Flipped bytes.
                }
            }
            2 => {
                let at = rng.below(damaged.len());
                damaged.drain(at..(at + rng.below(40)).min(damaged.len())); // A piece missing.
            }
            _ => {
                let at = rng.below(damaged.len());
                let piece = pick(
                    &mut rng,
                    &[
                        "(",
                        ")",
                        "[",
                        "]",
                        "\"",
                        "r#\"",
                        ",",
                        "version: 9,",
                        "answers: [],",
                        "x: 1,",
                    ],
                );
                damaged.splice(at..at, piece.bytes()); // Something inserted.
            }
        }
        let Ok(text) = std::str::from_utf8(&damaged) else {
            continue;
        };
        // Either it still reads (the damage hit nothing that matters) or it is an error naming
        // the file; it must never panic.
        match answers::from_ron(text, Path::new("damaged.ron")) {
            Ok(loaded) => {
                let again = answers::to_ron(&loaded).unwrap();
                assert_eq!(
                    answers::from_ron(&again, Path::new("x")).unwrap(),
                    loaded,
                    "case {case}"
                );
                // Matched to the reading (citations looked for) and made into a sheet.
                let mut attached = loaded;
                attached.attach(&r);
                let study = lectern::export::StudySheet::build(&r, &attached, "2026-01-01");
                assert!(!study.render(lectern::export::Format::Markdown).is_empty());
            }
            Err(e) => assert!(e.to_string().contains("damaged.ron"), "case {case}: {e}"),
        }
    }
}

/// The first paragraph of the article.
fn prompt_block(r: &lectern::reading::Reading) -> usize {
    r.article
        .iter()
        .position(|b| matches!(b, lectern::reading::Block::Paragraph { .. }))
        .unwrap()
}
