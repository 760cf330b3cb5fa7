//! Turns a reading's text into a [`Reading`].
//!
//! Readings come from teachers in many shapes: Markdown with `#` headings, bold lines as titles,
//! numbered or bulleted questions, or plain text with no markup at all. The parser works in three
//! passes, each small enough to test on its own:
//! 1. every line is classified on its own (`classify`): blank, heading, bold line, list item, text;
//! 2. lines are grouped into elements (`group`): paragraphs, list items with their continuation
//!    lines, headings;
//! 3. the elements are split where the questions begin (`questions_start`): the article before,
//!    the sections of prompts after.
//!
//! It never fails: any text gives a reading, perhaps with no prompts, and the caller decides
//! whether that is worth a warning.

use super::inline::{clean_inline, collapse_whitespace};
use super::{Block, Fingerprint, Origin, Prompt, PromptKind, Reading, Section};

/// Parses `text`. `fallback_title` is used when neither a header nor a `#` heading names it.
pub fn parse(text: &str, origin: Origin, fallback_title: &str) -> Reading {
    count_work(text.len());
    let text = normalize(text);
    let fingerprint = Fingerprint::of(&text);
    let (header, body) = split_header(&text);
    if header.exact {
        // A corrected reading: its tags say what each block is (`outline.rs`).
        let (article, sections, notes) = super::outline::parse_exact(body);
        let title = header
            .title
            .unwrap_or_else(|| fallback_title.trim().to_owned());
        let mut reading = Reading::new(
            title,
            header.source,
            origin,
            fingerprint,
            article,
            sections,
            notes,
        );
        reading.spell_checking = !header.spell_checking_off;
        return reading;
    }
    let mut elements = group(body);

    let mut title = header.title;
    if let Some(i) = elements
        .iter()
        .position(|e| matches!(e, Element::Heading { level: 1, .. }))
    {
        let Element::Heading { text, .. } = elements.remove(i) else {
            unreachable!()
        };
        if title.is_none() {
            title = Some(clean_inline(&text));
        }
    }
    // Plain text has no markup for its title: a short line standing first, not ending like a
    // sentence, is one.
    let plain_title = match elements.first() {
        Some(Element::Heading { level: 0, .. }) => true,
        Some(Element::Paragraph(text)) => {
            text.split_whitespace().count() <= 20
                && !matches!(last_mark(text), Some('.' | '!' | '?' | ';' | ',' | '…'))
        }
        _ => false,
    };
    if title.is_none() && plain_title {
        let (Element::Heading { text, .. } | Element::Paragraph(text)) = elements.remove(0) else {
            unreachable!()
        };
        title = Some(clean_inline(&text));
    }
    let title = title
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| fallback_title.trim().to_owned());

    // A list of references at the end is never questions: set apart first.
    let references = split_trailing_references(&mut elements);
    let start = questions_start(&elements);
    let questions = elements.split_off(start);
    let (sections, mut notes) = build_sections(questions);
    if sections.is_empty() {
        // No questions: the references end the article, as they end the page.
        elements.extend(references);
    } else {
        notes.extend(references.into_iter().map(|e| match e {
            Element::Heading { text, .. } | Element::Bold(text) | Element::Paragraph(text) => {
                clean_inline(&text)
            }
            Element::Item { number, lines } => {
                let marker = number.map_or("•".to_owned(), |n| format!("{n}."));
                format!("{marker} {}", clean_lines(&lines))
            }
        }));
    }

    let mut reading = Reading::new(
        title,
        header.source,
        origin,
        fingerprint,
        build_article(elements),
        sections,
        notes,
    );
    reading.spell_checking = !header.spell_checking_off;
    reading
}

// The work of the parser's searches (bytes and elements looked at), counted in tests so that
// a test can tell a linear parse from a quadratic one by the work on n and on 4n, not by the
// clock. Nothing is counted outside tests.
#[cfg(test)]
thread_local! {
    static WORK: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

#[cfg(test)]
pub(super) fn count_work(n: usize) {
    WORK.with(|w| w.set(w.get() + n as u64));
}

#[cfg(not(test))]
#[inline(always)]
pub(super) fn count_work(_: usize) {}

/// One text, one shape: no byte-order mark, `\n` line ends, no control characters but tabs.
pub(crate) fn normalize(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' | '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The optional header at the very top of a reading:
/// ```text
/// ---
/// title: Kazakhstan and the EU
/// source: Example News, 2024
/// ---
/// ```
#[derive(Default)]
struct Header {
    title: Option<String>,
    source: Option<String>,
    /// `layout: exact`: a reading written from a teacher's corrections (`outline.rs`).
    exact: bool,
    /// `spell checking: off`, for a spelling test.
    spell_checking_off: bool,
}

/// The header line that turns spell checking off for a reading.
pub const SPELL_CHECKING_OFF: &str = "spell checking: off";

/// Whether a header line's key and value turn spell checking off ("spell checking: off",
/// "spellcheck: no", "spelling: off").
fn turns_spelling_off(key: &str, value: &str) -> bool {
    let key: String = key
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    matches!(key.as_str(), "spellchecking" | "spellcheck" | "spelling")
        && matches!(value.trim().to_lowercase().as_str(), "off" | "no" | "false")
}

/// How far down the closing `---` of a header may be before the block is taken as text.
const MAX_HEADER_LINES: usize = 20;

fn split_header(text: &str) -> (Header, &str) {
    let mut header = Header::default();
    let Some(rest) = text.strip_prefix("---\n") else {
        return (header, text);
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n').take(MAX_HEADER_LINES) {
        offset += line.len();
        let line = line.trim();
        if line == "---" {
            return (header, &rest[offset..]);
        }
        let Some((key, value)) = line.split_once(':') else {
            return (Header::default(), text);
        };
        let value = collapse_whitespace(value);
        match key.trim().to_lowercase().as_str() {
            "title" if !value.is_empty() => header.title = Some(value),
            "source" if !value.is_empty() => header.source = Some(value),
            _ if super::outline::is_exact_header_line(key, &value) => header.exact = true,
            _ if turns_spelling_off(key, &value) => header.spell_checking_off = true,
            _ => {} // Unknown keys are allowed, so headers can grow without breaking old Lecterns.
        }
    }
    (Header::default(), text)
}

// ---------------------------------------------------------------------------------------------
// Pass 1: lines.

#[derive(Debug, PartialEq)]
enum Line<'a> {
    Blank,
    /// `# Title` … `###### Title`.
    Heading {
        level: u8,
        text: &'a str,
    },
    /// A line that is bold from end to end: `**Thematic Sections:**`.
    Bold(&'a str),
    /// `1. …`, `1) …`, `- …`, `* …`, `+ …`, `• …`.
    Item {
        number: Option<&'a str>,
        indent: usize,
        text: &'a str,
    },
    Text {
        indent: usize,
        text: &'a str,
    },
    /// Scraped page furniture such as "Table of Contents", dropped.
    Noise,
}

fn classify(line: &str) -> Line<'_> {
    let trimmed = line.trim();
    if trimmed.is_empty() || is_rule(trimmed) {
        return Line::Blank;
    }
    if is_noise(trimmed) {
        return Line::Noise;
    }
    let indent = line
        .chars()
        .take_while(|c| c.is_whitespace())
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum();
    if let Some(heading) = markdown_heading(trimmed) {
        return heading;
    }
    for bullet in ["- ", "* ", "+ ", "• ", "– ", "· "] {
        if let Some(text) = trimmed.strip_prefix(bullet) {
            return Line::Item {
                number: None,
                indent,
                text: text.trim(),
            };
        }
    }
    if let Some((number, text)) = numbered(trimmed) {
        return Line::Item {
            number: Some(number),
            indent,
            text,
        };
    }
    if let Some(inner) = whole_line_bold(trimmed) {
        return Line::Bold(inner);
    }
    Line::Text {
        indent,
        text: trimmed,
    }
}

/// `---`, `***`, `___` (with optional spaces): a thematic break, read as a blank line.
fn is_rule(trimmed: &str) -> bool {
    let marks: String = trimmed.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 3
        && ["-", "*", "_"]
            .iter()
            .any(|m| marks.chars().all(|c| c.to_string() == *m))
}

/// Page furniture in copied web text ("Skip to main content", "Share this article", "©
/// 2025…"), by what it is: see `furniture.rs`.
fn is_noise(trimmed: &str) -> bool {
    super::furniture::is_furniture(trimmed)
}

fn markdown_heading(trimmed: &str) -> Option<Line<'_>> {
    let level = trimmed.chars().take_while(|&c| c == '#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &trimmed[level..];
    if !rest.is_empty() && !rest.starts_with(' ') {
        return None; // "#hashtag" is text.
    }
    let text = rest.trim().trim_end_matches('#').trim();
    Some(Line::Heading {
        level: level as u8,
        text,
    })
}

/// `12. text` or `12) text`, with one to three digits; also "Q1. text", "Q1: text",
/// "Question 1: text", "Вопрос 1. text", "Сұрақ 1) text", whose word is numbering too.
fn numbered(trimmed: &str) -> Option<(&str, &str)> {
    if let Some(found) = numbered_after_word(trimmed) {
        return Some(found);
    }
    let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let rest = &trimmed[digits..];
    let text = rest
        .strip_prefix(". ")
        .or_else(|| rest.strip_prefix(") "))?;
    Some((&trimmed[..digits], text.trim()))
}

fn numbered_after_word(trimmed: &str) -> Option<(&str, &str)> {
    let lower = trimmed.to_lowercase();
    let word = ["question ", "вопрос ", "сұрақ ", "q"]
        .into_iter()
        .find(|w| lower.starts_with(w))?;
    // The word's length in `trimmed` (lowercasing keeps these words' byte lengths).
    let rest = trimmed.get(word.len()..)?.trim_start();
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let after = &rest[digits..];
    let text = [". ", ") ", ": ", " – ", " - "]
        .into_iter()
        .find_map(|sep| after.strip_prefix(sep))?;
    Some((&rest[..digits], text.trim()))
}

/// The text of a line wrapped whole in `**…**` or `__…__`, a trailing colon allowed outside.
fn whole_line_bold(trimmed: &str) -> Option<&str> {
    let line = trimmed.strip_suffix(':').unwrap_or(trimmed);
    for marker in ["**", "__"] {
        if let Some(inner) = line
            .strip_prefix(marker)
            .and_then(|l| l.strip_suffix(marker))
            .filter(|inner| !inner.contains(marker) && !inner.trim().is_empty())
        {
            return Some(inner.trim());
        }
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Pass 2: elements.

#[derive(Debug, PartialEq)]
enum Element {
    /// Level 0 is a plain-text heading, 1 to 6 are Markdown levels.
    Heading {
        level: u8,
        text: String,
    },
    Bold(String),
    /// `lines` holds the item's own text, then "• …" for each nested item.
    Item {
        number: Option<String>,
        lines: Vec<String>,
    },
    Paragraph(String),
}

impl Element {
    fn is_question(&self) -> bool {
        match self {
            Element::Bold(t) | Element::Paragraph(t) => ends_with_question_mark(t),
            _ => false,
        }
    }
}

/// A line longer than this that ends a sentence is a paragraph on its own, as in text pasted
/// from a web page (the seed); shorter lines are taken as hard-wrapped and joined.
const LONG_LINE: usize = 100;

fn group(body: &str) -> Vec<Element> {
    let lines: Vec<Line> = body.lines().map(classify).collect();
    let mut out = Vec::new();
    let mut paragraph = String::new();
    // The list item being read, with its indent and whether a blank line has followed it.
    let mut item: Option<(usize, bool)> = None;

    for (i, line) in lines.iter().enumerate() {
        match *line {
            Line::Noise => {}
            Line::Blank => {
                flush(&mut paragraph, &mut out);
                if let Some((_, blank)) = item.as_mut() {
                    *blank = true;
                }
            }
            Line::Heading { level, text } => {
                flush(&mut paragraph, &mut out);
                item = None;
                out.push(Element::Heading {
                    level,
                    text: text.to_owned(),
                });
            }
            Line::Bold(text) => {
                flush(&mut paragraph, &mut out);
                item = None;
                out.push(Element::Bold(text.to_owned()));
            }
            Line::Item {
                number,
                indent,
                text,
            } => {
                flush(&mut paragraph, &mut out);
                if let (Some((item_indent, _)), Some(Element::Item { lines, .. })) =
                    (item, out.last_mut())
                    && indent >= item_indent + 2
                {
                    lines.push(format!("• {text}"));
                    continue;
                }
                item = Some((indent, false));
                out.push(Element::Item {
                    number: number.map(str::to_owned),
                    lines: vec![text.to_owned()],
                });
            }
            Line::Text { indent, text } => {
                if let (Some((item_indent, blank)), Some(Element::Item { lines, .. })) =
                    (item, out.last_mut())
                {
                    let last = lines.last_mut().expect("an item has a line");
                    let indented = indent > item_indent;
                    if indented || (!blank && !ends_sentence(last)) {
                        last.push(' ');
                        last.push_str(text);
                        continue;
                    }
                }
                item = None;
                if is_plain_heading(text) && (paragraph.is_empty() || ends_sentence(&paragraph)) {
                    flush(&mut paragraph, &mut out);
                    out.push(Element::Heading {
                        level: 0,
                        text: text.to_owned(),
                    });
                    continue;
                }
                if !paragraph.is_empty() {
                    paragraph.push(' ');
                }
                paragraph.push_str(text);
                let long = text.chars().count() > LONG_LINE || run_has_long_line(&lines[i..]);
                if ends_with_question_mark(text) || (long && ends_sentence(text)) {
                    flush(&mut paragraph, &mut out);
                }
            }
        }
    }
    flush(&mut paragraph, &mut out);
    out
}

fn flush(paragraph: &mut String, out: &mut Vec<Element>) {
    if !paragraph.is_empty() {
        out.push(Element::Paragraph(std::mem::take(paragraph)));
    }
}

/// Whether the run of text lines starting here has a line longer than [`LONG_LINE`].
fn run_has_long_line(lines: &[Line]) -> bool {
    lines
        .iter()
        .take(64) // Enough to judge; keeps a ten-megabyte reading linear.
        .map_while(|l| match l {
            Line::Text { text, .. } => Some(text.chars().count()),
            _ => None,
        })
        .any(|len| len > LONG_LINE)
}

/// The last character that is not a closing quote or bracket.
fn last_mark(text: &str) -> Option<char> {
    text.trim_end()
        .trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '*', '_'])
        .chars()
        .last()
}

fn ends_sentence(text: &str) -> bool {
    matches!(last_mark(text), Some('.' | '!' | '?' | '…' | ':' | ';'))
}

fn ends_with_question_mark(text: &str) -> bool {
    matches!(last_mark(text), Some('?' | '？'))
}

/// A short line standing alone in plain text, such as "Strategic cooperation" or "Questions:".
fn is_plain_heading(text: &str) -> bool {
    let words = text.split_whitespace().count();
    let starts_well = text
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let last = last_mark(text);
    let ending_ok = match last {
        Some(':') => words <= 6,
        Some(c) => !matches!(c, '.' | ',' | ';' | '!' | '?' | '…' | '-' | '—'),
        None => false,
    };
    starts_well
        && ending_ok
        && words <= 10
        && text.chars().count() <= 80
        && text.chars().any(char::is_alphabetic)
}

// ---------------------------------------------------------------------------------------------
// Pass 3: article and sections.

/// Words in a heading that mark the start of the questions, in the languages readings come in.
const QUESTION_TITLE_WORDS: &[&str] = &[
    "question",
    "discussion",
    "discuss",
    "prompt",
    "essay",
    "exercise",
    "task",
    "assignment",
    "thematic",
    "reflect",
    "comprehension",
    "writing",
    "activit",
    "réflexion",
    "exercice",
    "compréhension",
    "consigne",
    "rédaction",
    "dissertation",
    "вопрос",
    "задани",
    "обсужд",
    "эссе",
    "сочинени",
    "сұрақ",
    "тапсырма",
    "талқыла",
    "шығарма",
];

/// Words in a heading over a list that is never questions: the sources a text cites.
const REFERENCE_TITLE_WORDS: &[&str] = &[
    "reference",
    "sources",
    "bibliograph",
    "further reading",
    "see also",
    "external links",
    "works cited",
    "références",
    "bibliographie",
    "pour aller plus loin",
    "литература",
    "источник",
    "ссылки",
    "әдебиет",
    "дереккөз",
    "сілтеме",
];

fn is_reference_title(text: &str) -> bool {
    let lower = text.to_lowercase();
    // A short heading only: "Sources" is one, "Sources of the Aral Sea's water" is not.
    lower.split_whitespace().count() <= 4 && REFERENCE_TITLE_WORDS.iter().any(|w| lower.contains(w))
}

/// Takes off the end of `elements` a section of references (its title and the list and
/// paragraphs after it, with no other title among them), and returns it.
fn split_trailing_references(elements: &mut Vec<Element>) -> Vec<Element> {
    let last_title = elements.iter().rposition(|e| is_section_title(e).is_some());
    match last_title {
        Some(i) if is_section_title(&elements[i]).is_some_and(is_reference_title) => {
            elements.split_off(i)
        }
        _ => Vec::new(),
    }
}

fn is_questions_title(text: &str) -> bool {
    let lower = text.to_lowercase();
    QUESTION_TITLE_WORDS.iter().any(|w| lower.contains(w))
}

fn is_section_title(element: &Element) -> Option<&str> {
    match element {
        Element::Heading { text, .. } => Some(text),
        Element::Bold(text) if !ends_with_question_mark(text) => Some(text),
        _ => None,
    }
}

/// Whether the element asks a question: a question, or a list item ending with one.
fn asks(element: &Element) -> bool {
    match element {
        Element::Item { lines, .. } => lines.last().is_some_and(|l| ends_with_question_mark(l)),
        e => e.is_question(),
    }
}

fn is_prompt_like(element: &Element) -> bool {
    matches!(element, Element::Item { .. }) || element.is_question()
}

/// The index of the first element that belongs to the questions (`len` when there are none).
fn questions_start(elements: &[Element]) -> usize {
    // A heading that says it: "Discussion questions", "Thematic sections"…, with prompts after
    // (before the last prompt, found once: a reading of many such headings and no prompts is
    // not searched to its end from each).
    let last_prompt = elements.iter().rposition(is_prompt_like);
    count_work(elements.len());
    // An essay set at the end with no list: "Эссе", then "… эссе жазыңыз." — its title is
    // where the questions start.
    let paragraphs_from = elements
        .iter()
        .rposition(|e| !matches!(e, Element::Paragraph(_)))
        .map_or(0, |i| i + 1);
    let essay_at_end = paragraphs_from.checked_sub(1).filter(|&h| {
        let title = is_section_title(&elements[h]).unwrap_or("");
        // "Essay" itself needs nothing more; a heading that only mentions writing needs
        // a paragraph that tells the student to write.
        is_essay_heading(title)
            || (is_essay_title(title)
                && elements[paragraphs_from..]
                    .iter()
                    .any(|e| matches!(e, Element::Paragraph(t) if is_instruction(t))))
    });
    let titled = elements.iter().enumerate().position(|(i, e)| {
        is_section_title(e).is_some_and(is_questions_title)
            && (last_prompt.is_some_and(|p| p > i) || essay_at_end == Some(i))
    });
    if let Some(mut start) = titled {
        // A bold question just before the heading is the lead question.
        while start > 0
            && matches!(&elements[start - 1], Element::Bold(t) if ends_with_question_mark(t))
        {
            start -= 1;
        }
        // Sections of questions may come before the heading that names them ("Understanding
        // the text", "Thinking further", then "Essay"): the run of titles and prompts just
        // before it belongs to the questions when it asks something.
        let mut earlier = start;
        while earlier > 0
            && (is_prompt_like(&elements[earlier - 1])
                || is_section_title(&elements[earlier - 1]).is_some())
        {
            earlier -= 1;
        }
        if elements[earlier..start].iter().any(asks) {
            // The run starts at its first title or prompt that asks, not at an article list.
            start = elements[earlier..start]
                .iter()
                .position(|e| is_section_title(e).is_some() || asks(e))
                .map_or(start, |i| earlier + i);
        }
        return start;
    }

    // Otherwise the trailing run of list items and questions, with the titles between them.
    let mut start = elements.len();
    while start > 0
        && matches!(elements[start - 1], Element::Paragraph(_))
        && !elements[start - 1].is_question()
    {
        start -= 1; // Closing notes after the questions.
    }
    let notes_start = start;
    while start > 0 {
        let e = &elements[start - 1];
        let belongs = is_prompt_like(e)
            || is_section_title(e).is_some()
            || matches!(e, Element::Paragraph(t) if t.trim_end().ends_with(':'));
        if !belongs {
            break;
        }
        start -= 1;
    }
    if !elements[start..notes_start].iter().any(is_prompt_like) {
        return elements.len();
    }
    start
}

fn build_article(elements: Vec<Element>) -> Vec<Block> {
    let mut blocks = Vec::with_capacity(elements.len());
    let mut number = 0;
    let mut paragraph = |text: String, blocks: &mut Vec<Block>| {
        if !text.is_empty() {
            number += 1;
            blocks.push(Block::Paragraph { number, text });
        }
    };
    for element in elements {
        match element {
            Element::Heading { text, .. } | Element::Bold(text) => {
                let text = strip_colon(&clean_inline(&text));
                if !text.is_empty() {
                    blocks.push(Block::Heading(text));
                }
            }
            Element::Paragraph(text) => paragraph(clean_inline(&text), &mut blocks),
            Element::Item { number: n, lines } => {
                let marker = n.map_or("•".to_owned(), |n| format!("{n}."));
                paragraph(format!("{marker} {}", clean_lines(&lines)), &mut blocks);
            }
        }
    }
    blocks
}

/// Sections under construction, and the numbering that gives prompts their ids.
#[derive(Default)]
struct SectionsBuilder {
    sections: Vec<(Section, bool)>, // The bool: the section has a title from the reading.
    notes: Vec<String>,
    numbering: super::PromptNumbering,
    /// The last section's title names writing ("Essay", "Thematic sections"): worked out once
    /// a section, not again for each of its items.
    essay: bool,
}

impl SectionsBuilder {
    fn current(&mut self) -> &mut Section {
        if self.sections.is_empty() {
            self.sections.push((
                Section {
                    title: String::new(),
                    description: None,
                    prompts: Vec::new(),
                },
                false,
            ));
        }
        &mut self.sections.last_mut().expect("just pushed").0
    }

    fn start_section(&mut self, title: String) {
        count_work(title.len());
        self.essay = is_essay_title(&title);
        let section = Section {
            title,
            description: None,
            prompts: Vec::new(),
        };
        self.sections.push((section, true));
    }

    fn in_titled_section(&self) -> bool {
        self.sections.last().is_some_and(|(_, titled)| *titled)
    }

    fn add_prompt(
        &mut self,
        kind: PromptKind,
        number: Option<String>,
        title: Option<String>,
        text: String,
    ) {
        let id = self.numbering.next(kind);
        let section = self.current();
        let label = match (kind, number) {
            (PromptKind::Lead, _) => "Lead".to_owned(),
            (_, Some(n)) => n,
            (_, None) => (section.prompts.len() + 1).to_string(),
        };
        section.prompts.push(Prompt {
            id,
            kind,
            label,
            title,
            text,
        });
    }

    fn add_paragraph(&mut self, text: String) {
        let section = self.current();
        if !section.prompts.is_empty() {
            self.notes.push(text);
        } else {
            match &mut section.description {
                Some(d) => {
                    d.push_str("\n\n");
                    d.push_str(&text);
                }
                None => section.description = Some(text),
            }
        }
    }

    fn finish(mut self) -> (Vec<Section>, Vec<String>) {
        let mut sections = Vec::new();
        for (mut section, titled) in std::mem::take(&mut self.sections) {
            if section.prompts.is_empty() {
                self.promote_instructions(&mut section);
            }
            if section.prompts.is_empty() {
                continue;
            }
            if !titled {
                section.title = untitled_section_title(&section.prompts);
            }
            sections.push(section);
        }
        // Ids were given in reading order while sections were still open; renumbering is not
        // needed because promoted prompts take fresh numbers after the others.
        (sections, self.notes)
    }

    /// A section with no list under it, only paragraphs that tell the student what to write
    /// ("Write 300 words on…"), has those paragraphs as its prompts.
    fn promote_instructions(&mut self, section: &mut Section) {
        let Some(description) = section.description.take() else {
            return;
        };
        let essay = is_essay_title(&section.title);
        let (mut prompts, mut rest): (Vec<&str>, Vec<&str>) =
            description.split("\n\n").partition(|p| is_instruction(p));
        if prompts.is_empty() && essay {
            // An essay section is the essay set, however its words are put.
            prompts = std::mem::take(&mut rest);
            let whole = prompts.join(" ");
            return self.push_promoted(section, PromptKind::Essay, vec![whole.as_str()]);
        }
        if !rest.is_empty() {
            section.description = Some(rest.join("\n\n"));
        }
        let kind = if essay {
            PromptKind::Essay
        } else {
            PromptKind::Question
        };
        self.push_promoted(section, kind, prompts);
    }

    fn push_promoted(&mut self, section: &mut Section, kind: PromptKind, prompts: Vec<&str>) {
        for (i, text) in prompts.into_iter().enumerate() {
            section.prompts.push(Prompt {
                id: self.numbering.next(kind),
                kind,
                label: (i + 1).to_string(),
                title: None,
                text: text.to_owned(),
            });
        }
    }
}

/// The title of prompts that come before any section title: "Lead question(s)" when they are
/// all lead questions, else "Questions".
pub(super) fn untitled_section_title(prompts: &[Prompt]) -> String {
    let all_lead = prompts.iter().all(|p| p.kind == PromptKind::Lead);
    match (all_lead, prompts.len()) {
        (true, 1) => "Lead question".to_owned(),
        (true, _) => "Lead questions".to_owned(),
        _ => "Questions".to_owned(),
    }
}

/// The lines of `text` the parser leaves out as page furniture ("Share this article", "©
/// 2025…"), so a teacher correcting a reading can bring one back.
pub fn left_out(text: &str) -> Vec<String> {
    let text = normalize(text);
    let (header, body) = split_header(&text);
    if header.exact {
        return Vec::new();
    }
    body.lines()
        .filter(|l| classify(l) == Line::Noise)
        .map(|l| l.trim().to_owned())
        .collect()
}

/// Verbs that open a writing instruction.
const INSTRUCTION_VERBS: &[&str] = &[
    "write",
    "discuss",
    "explain",
    "describe",
    "compare",
    "contrast",
    "analyse",
    "analyze",
    "evaluate",
    "argue",
    "consider",
    "reflect",
    "summarise",
    "summarize",
    "outline",
    "imagine",
    "identify",
    "assess",
    "examine",
    "justify",
    "suggest",
    "propose",
    "explore",
    "critically",
    "choose",
    "give",
    "list",
    "define",
    "illustrate",
    "to what extent",
    "how",
    "why",
    "what",
    "in what ways",
    "do you",
    "should",
    "напишите",
    "объясните",
    "опишите",
    "сравните",
    "проанализируйте",
    "обсудите",
    "выскажите",
    "приведите",
    "оцените",
    "подумайте",
    "rédigez",
    "écrivez",
    "expliquez",
    "décrivez",
    "comparez",
    "analysez",
    "discutez",
    "justifiez",
];

fn starts_with_instruction(text: &str) -> bool {
    let lower = text.to_lowercase();
    INSTRUCTION_VERBS
        .iter()
        .any(|v| lower.starts_with(v) && lower[v.len()..].starts_with([' ', ',']))
}

/// Whether a paragraph tells the student what to write: it starts with an instruction ("Write
/// …", "Напишите …", "Rédigez …"), or, in Kazakh, whose verb comes last, ends with a polite
/// imperative ("… эссе жазыңыз.", "… түсіндіріңіз.").
fn is_instruction(text: &str) -> bool {
    if starts_with_instruction(text) {
        return true;
    }
    let last_word = text
        .trim_end_matches(|c: char| !c.is_alphabetic())
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    last_word.chars().count() > 4 && (last_word.ends_with("ңыз") || last_word.ends_with("ңіз"))
}

/// A heading that is nothing but the name of an essay task: "Essay", "Writing task", "Эссе:".
fn is_essay_heading(title: &str) -> bool {
    let lower = title.to_lowercase();
    let name = lower.trim_matches(|c: char| !c.is_alphabetic());
    [
        "essay",
        "essay question",
        "writing task",
        "rédaction",
        "dissertation",
        "эссе",
        "сочинение",
        "шығарма",
    ]
    .contains(&name)
}

fn is_essay_title(title: &str) -> bool {
    let lower = title.to_lowercase();
    [
        "essay",
        "thematic",
        "writing",
        "rédaction",
        "dissertation",
        "эссе",
        "сочинени",
        "шығарма",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

fn build_sections(elements: Vec<Element>) -> (Vec<Section>, Vec<String>) {
    let mut b = SectionsBuilder::default();
    for element in elements {
        match element {
            Element::Heading { text, .. } => b.start_section(strip_colon(&clean_inline(&text))),
            Element::Bold(text) if !ends_with_question_mark(&text) => {
                b.start_section(strip_colon(&clean_inline(&text)))
            }
            // A question set under an essay heading is the essay ("Эссе", then "Напишите эссе
            // (200–250 слов): как людям и сайгакам ужиться в одной степи?"), as an item is.
            Element::Bold(text) => {
                let kind = if b.essay {
                    PromptKind::Essay
                } else if b.in_titled_section() {
                    PromptKind::Question
                } else {
                    PromptKind::Lead
                };
                b.add_prompt(kind, None, None, clean_inline(&text));
            }
            Element::Paragraph(text) if ends_with_question_mark(&text) => {
                let kind = if b.essay {
                    PromptKind::Essay
                } else {
                    PromptKind::Question
                };
                b.add_prompt(kind, None, None, clean_inline(&text));
            }
            Element::Paragraph(text) => b.add_paragraph(clean_inline(&text)),
            Element::Item { number, lines } => {
                let (title, first) = split_title(&lines[0]);
                let mut all = vec![first];
                all.extend(lines[1..].iter().cloned());
                let text = clean_lines(&all);
                if text.is_empty() && title.is_none() {
                    continue;
                }
                let essay = title.is_some() || b.essay;
                let kind = if essay {
                    PromptKind::Essay
                } else {
                    PromptKind::Question
                };
                b.add_prompt(kind, number, title, text);
            }
        }
    }
    b.finish()
}

/// "**Title:** description" gives a title and the description; anything else, no title.
fn split_title(raw: &str) -> (Option<String>, String) {
    let Some(after_open) = raw.strip_prefix("**") else {
        return (None, raw.to_owned());
    };
    let Some(close) = after_open.find("**") else {
        return (None, raw.to_owned());
    };
    let bold = after_open[..close].trim();
    let rest = after_open[close + 2..].trim_start();
    let joined_by_mark = bold.ends_with(':') || rest.starts_with([':', '—', '–', '-']);
    let rest = rest.trim_start_matches([':', '—', '–', '-']).trim();
    if rest.is_empty() || !joined_by_mark || bold.is_empty() {
        return (None, raw.to_owned());
    }
    (Some(strip_colon(&clean_inline(bold))), rest.to_owned())
}

/// Cleans each line of an item and keeps nested items on lines of their own.
fn clean_lines(lines: &[String]) -> String {
    lines
        .iter()
        .map(|l| clean_inline(l))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn strip_colon(text: &str) -> String {
    text.trim().trim_end_matches(':').trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_lines() {
        assert_eq!(classify(""), Line::Blank);
        assert_eq!(classify("  ---  "), Line::Blank);
        assert_eq!(classify("Table of Contents"), Line::Noise);
        assert_eq!(
            classify("## Questions"),
            Line::Heading {
                level: 2,
                text: "Questions"
            }
        );
        assert_eq!(
            classify("#hashtag"),
            Line::Text {
                indent: 0,
                text: "#hashtag"
            }
        );
        assert_eq!(
            classify("**Thematic Sections:**"),
            Line::Bold("Thematic Sections:")
        );
        assert_eq!(classify("**Group A**:"), Line::Bold("Group A"));
        assert_eq!(
            classify("**A** and **B**"),
            Line::Text {
                indent: 0,
                text: "**A** and **B**"
            }
        );
        assert_eq!(
            classify("3) Why?"),
            Line::Item {
                number: Some("3"),
                indent: 0,
                text: "Why?"
            }
        );
        assert_eq!(
            classify("  • Why?"),
            Line::Item {
                number: None,
                indent: 2,
                text: "Why?"
            }
        );
        assert_eq!(
            classify("2023. A year"),
            Line::Text {
                indent: 0,
                text: "2023. A year"
            }
        );
    }

    #[test]
    fn a_question_set_under_an_essay_heading_is_the_essay() {
        let text = "# Сайгаки\n\nТекст статьи.\n\n## Вопросы\n\n1. Зачем сайгаку нос?\n\n\
                    ## Эссе\n\nНапишите эссе (200–250 слов): как людям и сайгакам ужиться в \
                    одной степи?\n";
        let reading = parse(text, Origin::Text, "x");
        let kinds: Vec<PromptKind> = reading.prompts().map(|p| p.kind).collect();
        assert_eq!(kinds, [PromptKind::Question, PromptKind::Essay]);
    }

    #[test]
    fn header_gives_title_and_source() {
        let (h, body) = split_header("---\ntitle: A  title\nsource: Paper\nlevel: 9\n---\nBody\n");
        assert_eq!(h.title.as_deref(), Some("A title"));
        assert_eq!(h.source.as_deref(), Some("Paper"));
        assert_eq!(body, "Body\n");
    }

    #[test]
    fn a_header_line_turns_spell_checking_off() {
        let on = parse("---\ntitle: T\n---\nText.\n", Origin::Text, "x");
        assert!(on.spell_checking);
        for line in ["spell checking: off", "Spellcheck: no", "spelling: OFF"] {
            let text = format!("---\ntitle: T\n{line}\n---\nText.\n");
            assert!(!parse(&text, Origin::Text, "x").spell_checking, "{line}");
        }
        let text = "---\ntitle: T\nspelling: on\n---\nText.\n";
        assert!(parse(text, Origin::Text, "x").spell_checking);
    }

    #[test]
    fn unclosed_header_is_text() {
        let text = "---\ntitle: A\nBody without a closing line\n";
        let (h, body) = split_header(text);
        assert!(h.title.is_none());
        assert_eq!(body, text);
    }

    #[test]
    fn normalizes_line_ends_and_controls() {
        assert_eq!(normalize("\u{feff}a\r\nb\rc\u{0}d\u{7}"), "a\nb\ncd");
    }

    /// The parser's counted work on `text` (see [`count_work`]).
    fn work_of(text: &str) -> u64 {
        WORK.with(|w| w.set(0));
        parse(text, Origin::Text, "x");
        WORK.with(|w| w.get())
    }

    /// Issue 25: readings shaped to make a search start again at every mark. Each is parsed
    /// at n and at 4n; linear work grows about four times, quadratic sixteen.
    #[test]
    fn pathological_shapes_take_linear_work() {
        const PROSE: &str = "Some words of an article, with a [bracket and (a parenthesis ";
        // A shape's name, and a reading of that shape with n marks.
        type Shape = (&'static str, fn(usize) -> String);
        let shapes: [Shape; 13] = [
            ("`[` on one line", |n| "[".repeat(n)),
            ("emphasis opened and never closed", |n| {
                "*a _a **a ".repeat(n)
            }),
            ("emphasis closed in reverse order", |n| {
                "*a ".repeat(n) + &"a* ".repeat(n)
            }),
            ("closers of another marker than the openers", |n| {
                "*a ".repeat(n) + &"a_ ".repeat(n)
            }),
            ("markers inside words", |n| "a*b_c**d".repeat(n)),
            ("`[` in prose", |n| format!("{PROSE}\n").repeat(n)),
            ("unclosed links", |n| "[a](b".repeat(n)),
            ("link starts without a `)`", |n| "[a](".repeat(n)),
            ("spaced link targets", |n| "[a](b c".repeat(n) + ")"),
            ("`[a]` before one `(`", |n| "[a]".repeat(n) + "("),
            ("links", |n| "[a](b) ".repeat(n)),
            ("headings naming questions, no prompts", |n| {
                (0..n)
                    .map(|i| format!("## Discussion question {i}\n\nA paragraph.\n\n"))
                    .collect()
            }),
            ("a long essay title over many items", |n| {
                format!("## Essay {}\n\n", "title ".repeat(n)) + &"- Write.\n".repeat(n)
            }),
        ];
        let n = 500;
        let quadratic: Vec<String> = shapes
            .iter()
            .map(|(name, make)| (name, work_of(&make(n)), work_of(&make(4 * n))))
            .filter(|&(_, small, large)| large > 6 * small)
            .map(|(name, small, large)| format!("{name}: {small} at n, {large} at 4n"))
            .collect();
        assert!(
            quadratic.is_empty(),
            "work at n = {n} and 4n (linear is about 4 times): {quadratic:#?}"
        );
    }

    #[test]
    fn titled_items_split() {
        assert_eq!(
            split_title("**Policy:** This section explores."),
            (
                Some("Policy".to_owned()),
                "This section explores.".to_owned()
            )
        );
        assert_eq!(
            split_title("**Why now?**"),
            (None, "**Why now?**".to_owned())
        );
        assert_eq!(
            split_title("**Bold** start of a sentence"),
            (None, "**Bold** start of a sentence".to_owned())
        );
    }
}
