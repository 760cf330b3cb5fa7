//! The teacher's correction: any outline a teacher can make in the *Add a reading* preview,
//! written as exact reading Markdown and parsed again, is the structure the teacher saw. The
//! expected structure is worked out here on its own, by the rules docs/teachers.md states, not by
//! calling the code under test.

use lectern::generate::Rng;
use lectern::reading::{self, Origin, Outline, OutlineBlock, Role};

const FALLBACK: &str = "Fallback title";

/// Pieces of text a teacher might type, or a page might carry: markup the heuristic parser
/// reads, the exact layout's own tags, control characters and other scripts.
const PIECES: &[&str] = &[
    "Kazakhstan",
    "the",
    "EU",
    "policy?",
    "trade.",
    "Questions",
    "Discussion questions:",
    "**",
    "*",
    "__",
    "## ",
    "# ",
    "1. ",
    "Q1.",
    "- ",
    "---",
    "title: x",
    "layout: exact",
    "<!-- question 3 -->",
    "<!-- section -->",
    "<!--",
    "-->",
    "+title",
    "Share this article",
    "© 2025 News",
    "[link](x)",
    ":",
    "\n",
    "\n\n",
    "\t",
    "\r",
    "\u{0}",
    "\u{202e}",
    "\u{feff}",
    "  ",
    "Қазақстан",
    "вопросы",
    "🌍",
];

fn random_text(rng: &mut Rng) -> String {
    let mut text = String::new();
    for _ in 0..rng.below(8) {
        text.push_str(PIECES[rng.below(PIECES.len())]);
        if rng.below(3) > 0 {
            text.push(' ');
        }
    }
    text
}

fn random_outline(rng: &mut Rng) -> Outline {
    let labels = [
        None,
        Some("4"),
        Some("1"),
        Some("007"),
        Some("b"),
        Some("12 3"),
        Some("+title"),
        Some(""),
        Some("-->"),
    ];
    let blocks = (0..rng.below(24))
        .map(|_| OutlineBlock {
            role: Role::ALL[rng.below(Role::ALL.len())],
            text: random_text(rng),
            label: labels[rng.below(labels.len())].map(str::to_owned),
            title: (rng.below(3) == 0).then(|| random_text(rng)),
        })
        .collect();
    Outline {
        blocks,
        ..Default::default()
    }
}

fn one_line(text: &str) -> String {
    let no_controls: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    no_controls.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn lines(text: &str) -> Vec<String> {
    text.split('\n')
        .map(one_line)
        .filter(|l| !l.is_empty())
        .collect()
}

fn label_kept(label: Option<&str>) -> Option<String> {
    label
        .filter(|l| (1..=8).contains(&l.chars().count()) && l.chars().all(char::is_alphanumeric))
        .map(str::to_owned)
}

/// What an outline means: the first title and source; article blocks in order; prompts and
/// instructions in their sections (prompts before any section title in one named "Questions",
/// or "Lead question(s)" when all are lead questions), sections without prompts dropped;
/// closing notes last; ignored and empty blocks gone; a prompt with only a title has it as its
/// text; an unusable label is the prompt's place in its section.
fn expected(outline: &Outline) -> Outline {
    let mut out = Vec::new();
    let first = |role| {
        outline
            .blocks
            .iter()
            .filter(|b| b.role == role)
            .map(|b| one_line(&b.text))
            .find(|t| !t.is_empty())
    };
    out.push(OutlineBlock::new(
        Role::Title,
        first(Role::Title).unwrap_or(FALLBACK.to_owned()),
    ));
    if let Some(source) = first(Role::Source) {
        out.push(OutlineBlock::new(Role::Source, source));
    }
    struct Sec {
        title: Option<String>,
        instructions: Vec<String>,
        prompts: Vec<OutlineBlock>,
        /// Per prompt: its plain number, if its label is one, and whether its number follows
        /// its place (a question or essay labelled with a number or not at all).
        numbering: Vec<(Option<u64>, bool)>,
    }
    let mut sections: Vec<Sec> = Vec::new();
    let mut notes = Vec::new();
    for block in &outline.blocks {
        let text = one_line(&block.text);
        match block.role {
            Role::Paragraph | Role::Subheading if !text.is_empty() => {
                out.push(OutlineBlock::new(block.role, text));
            }
            Role::Note if !text.is_empty() => notes.push(OutlineBlock::new(Role::Note, text)),
            Role::SectionTitle if !text.is_empty() => sections.push(Sec {
                title: Some(text),
                instructions: Vec::new(),
                prompts: Vec::new(),
                numbering: Vec::new(),
            }),
            Role::Instructions | Role::Lead | Role::Question | Role::Essay => {
                if sections.is_empty() {
                    sections.push(Sec {
                        title: None,
                        instructions: Vec::new(),
                        prompts: Vec::new(),
                        numbering: Vec::new(),
                    });
                }
                let section = sections.last_mut().unwrap();
                if block.role == Role::Instructions {
                    if !text.is_empty() {
                        section.instructions.push(text);
                    }
                    continue;
                }
                let mut body = lines(&block.text);
                let mut title = block
                    .title
                    .as_deref()
                    .map(one_line)
                    .filter(|t| !t.is_empty());
                if body.is_empty() {
                    match title.take() {
                        Some(t) => body.push(t),
                        None => continue,
                    }
                }
                let kept = label_kept(block.label.as_deref());
                let plain = kept
                    .as_deref()
                    .filter(|l| l.bytes().all(|b| b.is_ascii_digit()))
                    .and_then(|l| l.parse::<u64>().ok());
                let follows = block.role != Role::Lead && (kept.is_none() || plain.is_some());
                section.numbering.push((plain, follows));
                let label = match block.role {
                    Role::Lead => None,
                    _ => Some(kept.unwrap_or_else(|| (section.prompts.len() + 1).to_string())),
                };
                section.prompts.push(OutlineBlock {
                    role: block.role,
                    text: body.join("\n"),
                    label,
                    title,
                });
            }
            _ => {}
        }
    }
    // Plain numbers follow the prompts' order: from 1 when the section's smallest is 1 or no
    // section before was numbered, else on from the last number of the section before (leads
    // and lettered prompts are not counted).
    let mut last: Option<u64> = None;
    for section in &mut sections {
        let lowest = section
            .numbering
            .iter()
            .filter(|(_, follows)| *follows)
            .filter_map(|n| n.0)
            .min();
        if let Some(lowest) = lowest {
            let first = match last {
                Some(last) if lowest > 1 => last + 1,
                _ => 1,
            };
            let following = section
                .prompts
                .iter_mut()
                .zip(&section.numbering)
                .filter(|(_, (_, follows))| *follows);
            let mut count = 0;
            for (place, (prompt, _)) in following.enumerate() {
                prompt.label = Some((first + place as u64).to_string());
                count += 1;
            }
            last = Some(first + count - 1);
        }
    }
    for section in sections.into_iter().filter(|s| !s.prompts.is_empty()) {
        let all_lead = section.prompts.iter().all(|p| p.role == Role::Lead);
        let title = section.title.unwrap_or_else(|| {
            match (all_lead, section.prompts.len()) {
                (true, 1) => "Lead question",
                (true, _) => "Lead questions",
                _ => "Questions",
            }
            .to_owned()
        });
        out.push(OutlineBlock::new(Role::SectionTitle, title));
        for text in section.instructions {
            out.push(OutlineBlock::new(Role::Instructions, text));
        }
        out.extend(section.prompts);
    }
    out.extend(notes);
    Outline {
        blocks: out,
        ..Default::default()
    }
}

#[test]
fn any_corrected_outline_parses_back_to_what_the_teacher_saw() {
    let mut rng = Rng::new(0x5eed_0071_1e00);
    for case in 0..3000 {
        let outline = random_outline(&mut rng);
        let markdown = outline.to_markdown();
        let parsed = reading::parse(&markdown, Origin::Text, FALLBACK);
        let back = Outline::of(&parsed, &[]);
        assert_eq!(
            back,
            expected(&outline),
            "case {case}: {outline:#?}\nwritten as:\n{markdown}"
        );
        // And again: the written form is stable.
        assert_eq!(
            back.to_markdown(),
            Outline::of(
                &reading::parse(&back.to_markdown(), Origin::Text, FALLBACK),
                &[]
            )
            .to_markdown(),
            "case {case}"
        );
    }
}

#[test]
fn the_bundled_readings_keep_their_structure_written_exactly() {
    for bundled in reading::BUNDLED {
        let original = bundled.parse();
        let outline = Outline::of(&original, &[]);
        let again = reading::parse(&outline.to_markdown(), Origin::Text, "x");
        assert_eq!(again.title, original.title, "{}", bundled.name);
        assert_eq!(again.source, original.source);
        assert_eq!(again.article, original.article);
        assert_eq!(again.sections, original.sections, "{}", bundled.name);
        assert_eq!(again.notes, original.notes);
    }
}

#[test]
fn a_teachers_correction_moves_a_block_where_they_say() {
    let text = "# Trade talks\n\nThe EU and Kazakhstan met.\n\nWhat did they agree?\n\nShare this article\n";
    let original = reading::parse(text, Origin::Text, "x");
    let left_out = reading::left_out(text);
    assert_eq!(left_out, ["Share this article"]);
    let mut outline = Outline::of(&original, &left_out);
    // The parser took the question for a prompt; the teacher says it is a paragraph, and
    // writes a question of their own out of the ignored line.
    let question = outline
        .blocks
        .iter()
        .position(|b| b.role == Role::Question)
        .unwrap();
    outline.blocks[question].role = Role::Paragraph;
    let ignored = outline
        .blocks
        .iter()
        .position(|b| b.role == Role::Ignore)
        .unwrap();
    outline.blocks[ignored] =
        OutlineBlock::new(Role::Essay, "Share this article with a friend and say why?");
    let corrected = reading::parse(&outline.to_markdown(), Origin::Text, "x");
    assert_eq!(corrected.paragraph_count(), 2);
    let prompts: Vec<_> = corrected
        .prompts()
        .map(|p| (p.id.as_str(), p.text.as_str()))
        .collect();
    assert_eq!(
        prompts,
        [("E1", "Share this article with a friend and say why?")]
    );
}

/// A teacher writing questions: blocks added where they belong and written, others taken out,
/// in any order, on any reading the preview can show (one with no questions included).
#[test]
fn outlines_a_teacher_added_to_and_took_from_parse_back_to_what_the_teacher_saw() {
    let mut rng = Rng::new(0x0add_0de1);
    let writable = [
        Role::Lead,
        Role::Question,
        Role::Essay,
        Role::SectionTitle,
        Role::Instructions,
        Role::Paragraph,
        Role::Subheading,
        Role::Note,
    ];
    for case in 0..2000 {
        let start = random_outline(&mut rng);
        // As the preview shows it: what the reading parses to.
        let mut outline = Outline::of(
            &reading::parse(&start.to_markdown(), Origin::Text, FALLBACK),
            &[],
        );
        for _ in 0..rng.below(6) {
            if rng.below(3) == 0 && !outline.blocks.is_empty() {
                outline.remove(rng.below(outline.blocks.len()));
            } else {
                let role = writable[rng.below(writable.len())];
                let at = outline.add(role);
                assert_eq!(outline.blocks[at].role, role);
                outline.blocks[at].text = random_text(&mut rng);
            }
        }
        let markdown = outline.to_markdown();
        let parsed = reading::parse(&markdown, Origin::Text, FALLBACK);
        assert_eq!(
            Outline::of(&parsed, &[]),
            expected(&outline),
            "case {case}: {outline:#?}\nwritten as:\n{markdown}"
        );
    }
}

#[test]
fn a_question_added_goes_after_the_questions_and_a_paragraph_after_the_article() {
    let mut outline = Outline {
        blocks: vec![
            OutlineBlock::new(Role::Title, "T"),
            OutlineBlock::new(Role::Paragraph, "One."),
            OutlineBlock::new(Role::Question, "Why?"),
            OutlineBlock::new(Role::Note, "Due Friday."),
            OutlineBlock::new(Role::Ignore, "Share this"),
        ],
        ..Default::default()
    };
    assert_eq!(outline.add(Role::Question), 3);
    assert_eq!(outline.add(Role::Paragraph), 2);
    let roles: Vec<Role> = outline.blocks.iter().map(|b| b.role).collect();
    assert_eq!(
        roles,
        [
            Role::Title,
            Role::Paragraph,
            Role::Paragraph,
            Role::Question,
            Role::Question,
            Role::Note,
            Role::Ignore
        ]
    );
    outline.remove(4);
    outline.remove(99);
    assert_eq!(outline.blocks.len(), 6);
}

/// Question 1 taken out of 1, 2, 3 leaves 1, 2 (not 2, 3); a second section numbered on from
/// the first (1–2, then 3–4) stays numbered on when the first loses a question; a section that
/// started again at 1 (an essay) starts again at 1.
#[test]
fn numbers_follow_questions_taken_out_and_sections_numbered_on() {
    let markdown = "# Steppe\n\nText.\n\n## Part A\n\n1. One?\n2. Two?\n3. Three?\n\n## Part B\n\n4. Four?\n5. Five?\n\n## Essay\n\n1. Write.\n";
    let reading = reading::parse(markdown, Origin::Text, FALLBACK);
    let mut outline = Outline::of(&reading, &[]);
    let one = outline
        .blocks
        .iter()
        .position(|b| b.text == "One?")
        .unwrap();
    outline.remove(one);
    let parsed = reading::parse(&outline.to_markdown(), Origin::Text, FALLBACK);
    let labels: Vec<(&str, &str)> = parsed
        .prompts()
        .map(|p| (p.label.as_str(), p.text.as_str()))
        .collect();
    assert_eq!(
        labels,
        [
            ("1", "Two?"),
            ("2", "Three?"),
            ("3", "Four?"),
            ("4", "Five?"),
            ("1", "Write.")
        ]
    );
}
