//! A reading as a list of blocks, each with the role a teacher says it has: how the *Add a
//! reading* preview lets a teacher correct what the parser guessed.
//!
//! An [`Outline`] is written as *exact* reading Markdown ([`Outline::to_markdown`]): a header
//! line `layout: exact`, then blocks separated by blank lines, each led by a tag such as
//! `<!-- question 3 -->` (an untagged block is an article paragraph). The parser reads that
//! layout by its tags alone ([`parse_exact`]), without the guesses it makes for other text, so a
//! corrected reading parses back to exactly the structure the teacher saw. The tags are HTML
//! comments, so the file still reads as ordinary Markdown anywhere else.

use super::inline::collapse_whitespace;
use super::{Block, Prompt, PromptKind, Reading, Section};

/// What a block of a reading is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    Title,
    Source,
    Paragraph,
    Subheading,
    SectionTitle,
    Instructions,
    Lead,
    Question,
    Essay,
    Note,
    Ignore,
}

impl Role {
    /// Every role, in the order the preview offers them.
    pub const ALL: [Role; 11] = [
        Role::Title,
        Role::Source,
        Role::Paragraph,
        Role::Subheading,
        Role::SectionTitle,
        Role::Instructions,
        Role::Lead,
        Role::Question,
        Role::Essay,
        Role::Note,
        Role::Ignore,
    ];

    /// How the preview names the role.
    /// What the correction window calls the role, in the interface's language.
    pub fn label(self) -> String {
        let id = match self {
            Role::Title => "role-title",
            Role::Source => "role-source",
            Role::Paragraph => "role-paragraph",
            Role::Subheading => "role-subheading",
            Role::SectionTitle => "role-section-title",
            Role::Instructions => "role-instructions",
            Role::Lead => "role-lead",
            Role::Question => "role-question",
            Role::Essay => "role-essay",
            Role::Note => "role-note",
            Role::Ignore => "role-ignore",
        };
        crate::i18n::tr(id)
    }

    /// The prompt kind a role makes, if it makes a prompt.
    pub fn prompt_kind(self) -> Option<PromptKind> {
        match self {
            Role::Lead => Some(PromptKind::Lead),
            Role::Question => Some(PromptKind::Question),
            Role::Essay => Some(PromptKind::Essay),
            _ => None,
        }
    }

    /// Whether the role belongs to the questions part (after the article).
    pub fn is_questions_part(self) -> bool {
        matches!(self, Role::SectionTitle | Role::Instructions | Role::Note)
            || self.prompt_kind().is_some()
    }

    /// The word in a block's tag.
    fn tag(self) -> Option<&'static str> {
        Some(match self {
            Role::Paragraph => "paragraph",
            Role::Subheading => "subheading",
            Role::SectionTitle => "section",
            Role::Instructions => "instructions",
            Role::Lead => "lead",
            Role::Question => "question",
            Role::Essay => "essay",
            Role::Note => "note",
            Role::Title | Role::Source | Role::Ignore => return None,
        })
    }

    fn of_tag(word: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.tag() == Some(word))
    }
}

/// One block: its role and text; a prompt also keeps the reading's label ("4") and its title
/// ("The EU-Kazakhstan Partnership"), if it had them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutlineBlock {
    pub role: Role,
    pub text: String,
    pub label: Option<String>,
    pub title: Option<String>,
}

impl OutlineBlock {
    pub fn new(role: Role, text: impl Into<String>) -> OutlineBlock {
        OutlineBlock {
            role,
            text: text.into(),
            label: None,
            title: None,
        }
    }
}

/// A reading, block by block.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outline {
    pub blocks: Vec<OutlineBlock>,
    /// The reading's header turned spell checking off; a correction keeps it so.
    pub spell_checking_off: bool,
}

/// The header key that marks exact layout.
const EXACT: &str = "layout: exact";
/// Marks a prompt whose first line is its title.
const TITLED: &str = "+title";

impl Outline {
    /// The blocks of a parsed reading, in reading order; `left_out` (lines the parser took for
    /// page furniture) follow as [`Role::Ignore`], so a teacher can bring one back.
    pub fn of(reading: &Reading, left_out: &[String]) -> Outline {
        let mut blocks = vec![OutlineBlock::new(Role::Title, reading.title.clone())];
        if let Some(source) = &reading.source {
            blocks.push(OutlineBlock::new(Role::Source, source.clone()));
        }
        for block in &reading.article {
            blocks.push(match block {
                Block::Heading(text) => OutlineBlock::new(Role::Subheading, text.clone()),
                Block::Paragraph { text, .. } => OutlineBlock::new(Role::Paragraph, text.clone()),
            });
        }
        for section in &reading.sections {
            blocks.push(OutlineBlock::new(Role::SectionTitle, section.title.clone()));
            for part in section.description.iter().flat_map(|d| d.split("\n\n")) {
                blocks.push(OutlineBlock::new(Role::Instructions, part));
            }
            for prompt in &section.prompts {
                let role = match prompt.kind {
                    PromptKind::Lead => Role::Lead,
                    PromptKind::Question => Role::Question,
                    PromptKind::Essay => Role::Essay,
                };
                blocks.push(OutlineBlock {
                    role,
                    text: prompt.text.clone(),
                    label: (prompt.kind != PromptKind::Lead).then(|| prompt.label.clone()),
                    title: prompt.title.clone(),
                });
            }
        }
        for note in &reading.notes {
            blocks.push(OutlineBlock::new(Role::Note, note.clone()));
        }
        for line in left_out {
            blocks.push(OutlineBlock::new(Role::Ignore, line.clone()));
        }
        Outline {
            blocks,
            spell_checking_off: !reading.spell_checking,
        }
    }

    /// Adds an empty block of `role` for the teacher to write, where it belongs: an article
    /// block after the article, a question or section after the questions, before the notes
    /// and the lines left out. Returns its place.
    pub fn add(&mut self, role: Role) -> usize {
        let at = if role.is_questions_part() && role != Role::Note {
            // After the last block that is not a note or left out.
            self.blocks
                .iter()
                .rposition(|b| !matches!(b.role, Role::Note | Role::Ignore))
                .map_or(0, |i| i + 1)
        } else {
            // After the last article block (the title and source count as such).
            self.blocks
                .iter()
                .rposition(|b| !b.role.is_questions_part() && b.role != Role::Ignore)
                .map_or(0, |i| i + 1)
        };
        self.blocks.insert(at, OutlineBlock::new(role, ""));
        at
    }

    /// Takes the block at `index` out (nothing when there is none).
    pub fn remove(&mut self, index: usize) {
        if index < self.blocks.len() {
            self.blocks.remove(index);
        }
    }

    /// The exact reading Markdown of this outline: what the library keeps when a teacher has
    /// corrected a reading. [`crate::reading::parse`] reads it back to this structure.
    pub fn to_markdown(&self) -> String {
        let first = |role: Role| {
            self.blocks
                .iter()
                .filter(|b| b.role == role)
                .map(|b| one_line(&b.text))
                .find(|t| !t.is_empty())
        };
        let mut out = String::from("---\n");
        if let Some(title) = first(Role::Title) {
            out.push_str(&format!("title: {title}\n"));
        }
        if let Some(source) = first(Role::Source) {
            out.push_str(&format!("source: {source}\n"));
        }
        if self.spell_checking_off {
            out.push_str(super::parse::SPELL_CHECKING_OFF);
            out.push('\n');
        }
        out.push_str(EXACT);
        out.push_str("\n---\n");
        let numbers = self.numbers();
        for (block, number) in self.blocks.iter().zip(numbers) {
            if let Some(written) = write_block(block, number) {
                out.push('\n');
                out.push_str(&written);
                out.push('\n');
            }
        }
        out
    }
}

impl Outline {
    /// The number each prompt is written with, so that numbers follow the prompts' order after
    /// a teacher moved, added or removed some: in a section (the blocks up to the next section
    /// title) where any question or essay carries a plain number, every question and essay
    /// with a number or without a label is numbered in order — from 1 when the section's
    /// smallest number is 1 or no section before it was numbered (question 1 taken out of
    /// 1, 2, 3 leaves 1, 2), else on from the last number of the section before (a second
    /// section numbered 6–8 after 1–5 stays continued when the first loses or gains one).
    /// Lead questions and prompts labelled with letters ("b", "Q1") are not counted and keep
    /// their labels. `None` for those, for the blocks that are not prompts and for prompts
    /// written with no text.
    fn numbers(&self) -> Vec<Option<String>> {
        let mut numbers = vec![None; self.blocks.len()];
        // The last number an earlier section was given.
        let mut last: Option<u64> = None;
        let mut start = 0;
        while start < self.blocks.len() {
            let end = self.blocks[start + 1..]
                .iter()
                .position(|b| b.role == Role::SectionTitle && !one_line(&b.text).is_empty())
                .map_or(self.blocks.len(), |i| start + 1 + i);
            // The prompts that will be written.
            let prompts: Vec<usize> = (start..end)
                .filter(|&i| {
                    let block = &self.blocks[i];
                    block.role.prompt_kind().is_some() && write_block(block, None).is_some()
                })
                .collect();
            let plain = |i: usize| {
                usable_label(self.blocks[i].label.as_deref()).and_then(|l| {
                    l.parse::<u64>()
                        .ok()
                        .filter(|_| l.bytes().all(|b| b.is_ascii_digit()))
                })
            };
            let numbered: Vec<usize> = prompts
                .into_iter()
                .filter(|&i| {
                    let block = &self.blocks[i];
                    block.role != Role::Lead
                        && (usable_label(block.label.as_deref()).is_none() || plain(i).is_some())
                })
                .collect();
            if let Some(lowest) = numbered.iter().filter_map(|&i| plain(i)).min() {
                let first = match last {
                    Some(last) if lowest > 1 => last.saturating_add(1),
                    _ => 1,
                };
                for (place, &i) in numbered.iter().enumerate() {
                    numbers[i] = Some(first.saturating_add(place as u64).to_string());
                }
                last = Some(first.saturating_add(numbered.len() as u64 - 1));
            }
            start = end;
        }
        numbers
    }
}

/// Text as one line: no control characters, runs of whitespace as one space.
pub(crate) fn one_line(text: &str) -> String {
    collapse_whitespace(&without_controls(text))
}

/// A prompt's text: each line as [`one_line`], empty lines dropped (nested items keep their
/// own lines).
pub(crate) fn prompt_lines(text: &str) -> Vec<String> {
    without_controls_but_newlines(text)
        .lines()
        .map(collapse_whitespace)
        .filter(|l| !l.is_empty())
        .collect()
}

fn without_controls(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn without_controls_but_newlines(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
        .collect()
}

/// A label a tag can carry: a few letters or digits ("4", "b"); anything else is numbered.
pub(crate) fn usable_label(label: Option<&str>) -> Option<&str> {
    label.filter(|l| (1..=8).contains(&l.chars().count()) && l.chars().all(char::is_alphanumeric))
}

/// The Markdown of one block; `number`, a prompt's number in place of its own label
/// ([`Outline::numbers`]).
fn write_block(block: &OutlineBlock, number: Option<String>) -> Option<String> {
    let tag = block.role.tag()?;
    if block.role.prompt_kind().is_some() {
        let mut lines = prompt_lines(&block.text);
        let mut title = block
            .title
            .as_deref()
            .map(one_line)
            .filter(|t| !t.is_empty());
        if lines.is_empty() {
            // A prompt is its text: a title alone becomes the text.
            lines.push(title.take()?);
        }
        let mut head = format!("<!-- {tag}");
        let label = number
            .as_deref()
            .or_else(|| usable_label(block.label.as_deref()));
        if block.role != Role::Lead
            && let Some(label) = label
        {
            head.push(' ');
            head.push_str(label);
        }
        if title.is_some() {
            head.push(' ');
            head.push_str(TITLED);
        }
        head.push_str(" -->");
        let mut out = vec![head];
        if let Some(title) = title {
            out.push(format!("**{title}:**"));
        }
        out.extend(lines);
        return Some(out.join("\n"));
    }
    let text = one_line(&block.text);
    if text.is_empty() {
        return None;
    }
    Some(match block.role {
        Role::Subheading | Role::SectionTitle => format!("<!-- {tag} -->\n## {text}"),
        Role::Paragraph if !text.starts_with("<!--") => text,
        _ => format!("<!-- {tag} -->\n{text}"),
    })
}

/// Whether a reading's header asks for exact layout.
pub(crate) fn is_exact_header_line(key: &str, value: &str) -> bool {
    format!(
        "{}: {}",
        key.trim().to_lowercase(),
        value.trim().to_lowercase()
    ) == EXACT
}

/// The article, sections and notes of a body in exact layout.
pub(crate) fn parse_exact(body: &str) -> (Vec<Block>, Vec<Section>, Vec<String>) {
    let mut article = Vec::new();
    let mut sections: Vec<(Section, bool)> = Vec::new();
    let mut notes = Vec::new();
    let mut numbering = super::PromptNumbering::default();
    let mut paragraphs = 0;

    for lines in blocks_of(body) {
        let (role, label, titled, text_lines) = read_tag(&lines);
        if text_lines.is_empty() {
            continue;
        }
        if let Some(kind) = role.prompt_kind() {
            let (title, rest) = match (titled, text_lines.split_first()) {
                (true, Some((first, rest))) => (Some(title_of(first)), rest),
                _ => (None, text_lines),
            };
            let mut text: Vec<String> = rest
                .iter()
                .map(|l| collapse_whitespace(l))
                .filter(|l| !l.is_empty())
                .collect();
            let mut title = title.filter(|t| !t.is_empty());
            if text.is_empty() {
                match title.take() {
                    Some(t) => text.push(t),
                    None => continue,
                }
            }
            let id = numbering.next(kind);
            let section = current(&mut sections);
            let label = match kind {
                PromptKind::Lead => "Lead".to_owned(),
                _ => usable_label(label)
                    .map_or_else(|| (section.prompts.len() + 1).to_string(), str::to_owned),
            };
            section.prompts.push(Prompt {
                id,
                kind,
                label,
                title,
                text: text.join("\n"),
            });
            continue;
        }
        let text = collapse_whitespace(&text_lines.join(" "));
        let text = match role {
            Role::Subheading | Role::SectionTitle => {
                text.strip_prefix("## ").unwrap_or(&text).to_owned()
            }
            _ => text,
        };
        if text.is_empty() {
            continue;
        }
        match role {
            Role::Subheading => article.push(Block::Heading(text)),
            Role::SectionTitle => sections.push((
                Section {
                    title: text,
                    description: None,
                    prompts: Vec::new(),
                },
                true,
            )),
            Role::Instructions => {
                let section = current(&mut sections);
                match &mut section.description {
                    Some(d) => {
                        d.push_str("\n\n");
                        d.push_str(&text);
                    }
                    None => section.description = Some(text),
                }
            }
            Role::Note => notes.push(text),
            _ => {
                paragraphs += 1;
                article.push(Block::Paragraph {
                    number: paragraphs,
                    text,
                });
            }
        }
    }
    let sections = sections
        .into_iter()
        .filter(|(s, _)| !s.prompts.is_empty())
        .map(|(mut section, titled)| {
            if !titled {
                section.title = super::parse::untitled_section_title(&section.prompts);
            }
            section
        })
        .collect();
    (article, sections, notes)
}

/// A block's role, label, whether it is titled, and its text lines, from its tag. An untagged
/// block, or one whose tag Lectern does not know, is an article paragraph, tag and all.
fn read_tag<'a, 'b>(lines: &'b [&'a str]) -> (Role, Option<&'a str>, bool, &'b [&'a str]) {
    let paragraph = (Role::Paragraph, None, false, lines);
    let Some(tag) = lines[0]
        .strip_prefix("<!-- ")
        .and_then(|t| t.strip_suffix(" -->"))
    else {
        return paragraph;
    };
    let mut words = tag.split_whitespace();
    let Some(role) = words.next().and_then(Role::of_tag) else {
        return paragraph;
    };
    let mut label = None;
    let mut titled = false;
    for word in words {
        if word == TITLED {
            titled = true;
        } else {
            label = Some(word);
        }
    }
    (role, label, titled, &lines[1..])
}

/// The section prompts go into: the last one, or an untitled one when none has begun.
fn current(sections: &mut Vec<(Section, bool)>) -> &mut Section {
    if sections.is_empty() {
        let section = Section {
            title: String::new(),
            description: None,
            prompts: Vec::new(),
        };
        sections.push((section, false));
    }
    &mut sections.last_mut().expect("just pushed").0
}

/// `**Title:**` as the writer puts it; any other line is the title as it is.
fn title_of(line: &str) -> String {
    let inner = line
        .strip_prefix("**")
        .and_then(|l| l.strip_suffix(":**"))
        .unwrap_or(line);
    collapse_whitespace(inner)
}

/// The body's blocks: runs of non-blank lines, each line trimmed.
fn blocks_of(body: &str) -> Vec<Vec<&str>> {
    let mut blocks = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    for line in body.lines() {
        let line = line.trim();
        if line.is_empty() {
            if !block.is_empty() {
                blocks.push(std::mem::take(&mut block));
            }
        } else {
            block.push(line);
        }
    }
    if !block.is_empty() {
        blocks.push(block);
    }
    blocks
}
