//! The study sheet a student hands in: built once from a reading and its answers
//! ([`StudySheet::build`]), then written in each format by its own small module.
//!
//! Every format shows the same things: the reading's title, source and fingerprint, the
//! student's name, the date, progress, then each section and prompt with its answer (paragraphs
//! kept) and word count. Unanswered prompts are marked, not skipped, and answers whose prompt
//! has left the reading are listed at the end. Student text is data: each format escapes it.

mod chart;
pub mod docx;
mod html;
mod markdown;
pub mod pdf;
mod plain;

/// The escaping each format uses, for other documents made of student text (class sheets).
pub mod escape {
    pub use super::html::escape as html;
    pub use super::markdown::escape as markdown;
}

pub use chart::{ChartBar, ChartKind, ChartRow, Shade, SheetChart};

use crate::files::FileError;
use std::borrow::Cow;
use std::path::Path;
use std::str::FromStr;

use crate::answers::{AnswerSheet, HighlightColour};
use crate::i18n::Language;
use crate::reading::{Passage, Prompt, PromptKind, Reading};
use crate::words::{WordRange, count_against_in, count_words};

/// The formats a sheet can be written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Format {
    Markdown,
    Html,
    Text,
    /// Word (DOCX). Binary: write it with [`StudySheet::to_bytes`].
    Docx,
    /// A typeset PDF. Binary: write it with [`StudySheet::to_bytes`].
    Pdf,
}

impl Format {
    /// The formats that are text, which [`StudySheet::render`] returns as a `String`.
    pub const TEXT: [Format; 3] = [Format::Html, Format::Markdown, Format::Text];
    /// Every format a sheet can be written in, in the order menus list them.
    pub const ALL: [Format; 5] = [
        Format::Html,
        Format::Pdf,
        Format::Docx,
        Format::Markdown,
        Format::Text,
    ];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Text => "txt",
            Format::Docx => "docx",
            Format::Pdf => "pdf",
        }
    }

    /// The format a file name asks for by its extension (`sheet.PDF` → PDF), if it names one.
    pub fn of_path(path: &Path) -> Option<Format> {
        path.extension()?.to_str()?.parse().ok()
    }

    /// The name shown in menus and dialogs.
    /// The format's name in the interface's language.
    pub fn label(self) -> String {
        let id = match self {
            Format::Markdown => "format-markdown",
            Format::Html => "format-html",
            Format::Text => "format-text",
            Format::Docx => "format-docx",
            Format::Pdf => "format-pdf",
        };
        crate::i18n::tr(id)
    }
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Format, String> {
        match s.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Ok(Format::Markdown),
            "html" | "htm" => Ok(Format::Html),
            "txt" | "text" => Ok(Format::Text),
            "docx" | "word" => Ok(Format::Docx),
            "pdf" => Ok(Format::Pdf),
            other => Err(format!(
                "unknown format '{other}': use md, html, txt, docx or pdf"
            )),
        }
    }
}

/// Text fit for a sheet: control characters and direction overrides gone, line breaks made
/// `\n`, ends trimmed. The only way to make one is [`Clean::new`], so no text reaches a sheet,
/// the student's or a class's, without being cleaned.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Clean(String);

impl Clean {
    pub fn new(text: &str) -> Clean {
        Clean(clean(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Clean {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Clean {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for Clean {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Clean {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// Everything a sheet shows, in order, with all text [`Clean`].
#[derive(Clone, Debug, PartialEq)]
pub struct StudySheet {
    pub title: Clean,
    pub source: Option<Clean>,
    /// The first digits of the reading's SHA-256.
    pub fingerprint: String,
    pub student: Clean,
    /// The day of export, `YYYY-MM-DD`.
    pub date: String,
    pub answered: usize,
    pub total: usize,
    pub sections: Vec<SheetSection>,
    /// Answers to prompts that are no longer in the reading.
    pub orphans: Vec<SheetItem>,
    /// The student's highlights, one group per colour used, in the order of
    /// [`HighlightColour::ALL`]; within a group, in article order.
    pub highlights: Vec<HighlightGroup>,
    /// The teacher's feedback, when the sheet shows it ([`StudySheet::with_feedback`]).
    pub feedback: Option<SheetFeedback>,
    /// The class at a glance, on a class sheet ([`crate::collect::Group::study_sheet`]).
    pub charts: Vec<SheetChart>,
    /// Its own words, in its language ([`StudySheet::in_language`]).
    pub labels: SheetLabels,
}

/// A quoted passage of the article, with the number of its paragraph.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetQuote {
    pub paragraph: usize,
    pub quote: Clean,
    /// Said after the paragraph number when the quote was looked for in the reading and is not
    /// in it (a hand-edited or hostile file can cite anything): "not in the reading".
    pub missing: Option<String>,
}

/// How many quotes of one sheet are looked for beyond their own paragraph (which reads the
/// whole article): enough for any real sheet, a bound for a hostile one.
pub const QUOTE_SEARCHES: usize = 2_000;

impl SheetQuote {
    /// The passage as cited, unchecked (no reading at hand).
    pub fn of(passage: &Passage) -> SheetQuote {
        SheetQuote {
            paragraph: passage.paragraph,
            // A quote is a run of article text: any line breaks in a hand-edited file go.
            quote: Clean::new(
                &passage
                    .quote
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            missing: None,
        }
    }

    /// The passage checked against `reading`: numbered by the paragraph it is really in, or
    /// marked as not in the reading. `searches` bounds the searches beyond a quote's own
    /// paragraph ([`Reading::locate_budgeted`]).
    pub fn checked(passage: &Passage, reading: &Reading, searches: &mut usize) -> SheetQuote {
        let mut quote = SheetQuote::of(passage);
        let found = reading
            .locate_budgeted(passage, searches)
            .and_then(|located| reading.paragraph_number(located.block));
        match found {
            Some(number) => quote.paragraph = number,
            None => quote.missing = Some(crate::t!("sheet-not-in-reading")),
        }
        quote
    }

    /// “the words” (¶ 3): how every format shows a quote (“…” (¶ 3, not in the reading) when
    /// it was looked for and not found).
    pub fn display(&self) -> String {
        format!("“{}” ({})", self.quote, self.paragraph_ref())
    }

    /// ¶ 3, or ¶ 3, not in the reading.
    pub fn paragraph_ref(&self) -> String {
        match &self.missing {
            Some(note) => format!("¶ {}, {note}", self.paragraph),
            None => format!("¶ {}", self.paragraph),
        }
    }
}

/// The highlights in one colour.
#[derive(Clone, Debug, PartialEq)]
pub struct HighlightGroup {
    /// "Yellow".
    pub colour: String,
    /// The colour itself, for formats that can show it.
    pub shade: HighlightColour,
    pub quotes: Vec<SheetQuote>,
}

/// The sheet's own words, in its language: every format takes them from here.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetLabels {
    pub language: Language,
    /// Over the citations of an answer.
    pub evidence: String,
    pub highlights: String,
    /// Over answers whose prompt has left the reading.
    pub orphans: String,
    pub feedback: String,
    /// Over a class sheet's charts.
    pub charts: String,
    pub comment: String,
    pub overall: String,
    pub rubric: String,
    pub not_answered: String,
    pub student: String,
    pub date: String,
    pub progress: String,
    pub source: String,
    pub fingerprint: String,
    pub no_name: String,
    /// The sheet's last line (HTML).
    pub footer: String,
}

impl SheetLabels {
    pub fn new(language: Language) -> SheetLabels {
        let t = |id: &str| crate::i18n::tr_in(language, id, &[]);
        SheetLabels {
            language,
            evidence: t("sheet-evidence"),
            highlights: t("sheet-highlights"),
            orphans: t("sheet-orphans"),
            feedback: t("sheet-feedback"),
            charts: t("sheet-charts"),
            comment: t("sheet-comment"),
            overall: t("sheet-overall"),
            rubric: t("sheet-rubric"),
            not_answered: t("sheet-not-answered"),
            student: t("sheet-student"),
            date: t("sheet-date"),
            progress: t("sheet-progress"),
            source: t("sheet-source"),
            fingerprint: t("sheet-fingerprint"),
            no_name: t("sheet-no-name"),
            footer: t("sheet-footer"),
        }
    }
}

impl Default for SheetLabels {
    fn default() -> Self {
        SheetLabels::new(Language::English)
    }
}

/// What a block of a paged sheet is (PDF and Word), which decides how it looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BlockKind {
    Title,
    Meta,
    Section,
    Prompt,
    PromptText,
    Answer,
    Words,
    Unanswered,
    EvidenceTitle,
    Quote,
    /// A row of a class sheet's chart (label, bar, figures) or its legend.
    Chart,
    /// The student and the title at the top of each page, the page number at the foot.
    Running,
}

impl BlockKind {
    /// Space before and after a block, in points: one rhythm for the PDF and the Word sheet.
    pub(crate) fn space(self) -> (f32, f32) {
        match self {
            BlockKind::Title => (0.0, 10.0),
            BlockKind::Meta => (0.0, 1.5),
            BlockKind::Section => (16.0, 6.0),
            BlockKind::Prompt => (10.0, 4.0),
            BlockKind::PromptText | BlockKind::Words | BlockKind::Unanswered => (0.0, 4.0),
            BlockKind::Answer => (0.0, 5.0),
            BlockKind::EvidenceTitle => (2.0, 2.0),
            BlockKind::Quote => (0.0, 3.0),
            BlockKind::Chart | BlockKind::Running => (0.0, 0.0),
        }
    }

    /// Whether a block of this kind says one line's worth (a title, a heading, a detail, a
    /// label), whose line breaks, if it has any, are spaces ([`one_line`]).
    pub(crate) fn is_one_line(self) -> bool {
        !matches!(
            self,
            BlockKind::PromptText | BlockKind::Answer | BlockKind::Quote
        )
    }
}

/// One part of a sheet. [`StudySheet::parts`] lists them in the order every format shows them,
/// so each renderer says only how a part looks, never what comes next.
#[derive(Debug)]
pub enum Part<'a> {
    /// The reading's title, on one line ([`one_line`]).
    Title(Cow<'a, str>),
    /// Student, date, progress, source, fingerprint: each value on one line.
    Details(Vec<(&'a str, String)>),
    /// A section's heading (the orphans and the highlights have one too), its title on one line.
    Heading {
        title: Cow<'a, str>,
        description: Option<&'a str>,
    },
    Item(&'a SheetItem),
    Highlights(&'a HighlightGroup),
    /// A chart of the class sheet, under its title.
    Chart(&'a SheetChart),
    /// The teacher's words (a comment on the answer above, the overall comment, the rubric),
    /// set apart from the student's under a small heading.
    Comment {
        heading: &'a str,
        paragraphs: &'a [Clean],
    },
}

/// The teacher's feedback on the whole sheet, as a sheet shows it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SheetFeedback {
    /// Which hand-in it is on, and whether answers changed since.
    pub note: Option<Clean>,
    pub overall: Vec<Clean>,
    /// "Use of evidence: Secure (3 of 3)" lines and the total.
    pub rubric: Vec<Clean>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SheetSection {
    pub title: Clean,
    pub description: Option<Clean>,
    pub items: Vec<SheetItem>,
}

/// One prompt and its answer.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetItem {
    /// "1." or "Q7": how the prompt is numbered on the sheet; empty for the lead question.
    pub label: Clean,
    pub title: Option<Clean>,
    pub prompt: Clean,
    /// The answer's paragraphs (split at blank lines); a paragraph may hold single line breaks.
    /// Empty when the prompt is not answered.
    pub answer: Vec<Clean>,
    pub words: usize,
    /// The length the reading asks for, if it does.
    pub range: Option<WordRange>,
    /// The passages the answer cites, in the order they were cited.
    pub citations: Vec<SheetQuote>,
    /// The teacher's comment on the answer (and its rubric levels), when feedback is shown.
    pub comment: Vec<Clean>,
}

impl SheetItem {
    /// A prompt (`label`, `title`, `prompt`) with its answer `text`, cleaned, counted and split
    /// into paragraphs the one way every sheet does it.
    pub fn new(
        label: &str,
        title: Option<&str>,
        prompt: &str,
        text: &str,
        range: Option<WordRange>,
        citations: &[Passage],
    ) -> SheetItem {
        let text = Clean::new(text);
        SheetItem {
            label: Clean::new(label),
            title: title.map(Clean::new),
            prompt: Clean::new(prompt),
            words: count_words(&text),
            answer: paragraphs(&text),
            range,
            citations: citations.iter().map(SheetQuote::of).collect(),
            comment: Vec::new(),
        }
    }

    /// Looks for each of this item's quotes (made from `passages`) in `reading`, when there is
    /// one at hand ([`SheetQuote::checked`]).
    pub fn check_citations(
        &mut self,
        passages: &[Passage],
        reading: Option<&Reading>,
        searches: &mut usize,
    ) {
        let Some(reading) = reading else {
            return;
        };
        for (quote, passage) in self.citations.iter_mut().zip(passages) {
            *quote = SheetQuote::checked(passage, reading, searches);
        }
    }

    pub fn is_answered(&self) -> bool {
        !self.answer.is_empty()
    }

    /// "84 words", with the asked range when there is one, in `language`.
    pub fn words_text(&self, language: Language) -> String {
        count_against_in(language, self.words, self.range)
    }

    /// The heading's text, on one line ([`one_line`]): the label, then the title (or the
    /// prompt when there is none; in a class sheet, the student's name).
    pub fn heading(&self) -> String {
        let text = one_line(self.heading_text());
        if self.label.is_empty() {
            text.into_owned()
        } else {
            format!("{} {text}", one_line(&self.label))
        }
    }

    /// What the heading says after the label: the title, or the prompt when there is none.
    fn heading_text(&self) -> &str {
        self.title.as_deref().unwrap_or(self.prompt.as_str())
    }
}

impl StudySheet {
    /// Builds the sheet for `answers` to `reading`, dated `date` (`YYYY-MM-DD`).
    pub fn build(reading: &Reading, answers: &AnswerSheet, date: &str) -> StudySheet {
        // Each prompt's answer found in a table made once, not by a search of the sheet.
        let by_id = answers.index();
        // Every quote is looked for in the reading: its paragraph number is the one it is in,
        // and one that is not there is marked, never printed as if it were.
        let searches = std::cell::Cell::new(QUOTE_SEARCHES);
        let checked = |mut item: SheetItem, passages: &[Passage]| {
            let mut left = searches.get();
            item.check_citations(passages, Some(reading), &mut left);
            searches.set(left);
            item
        };
        let item = |prompt: &Prompt| {
            // The lead question's section already says what it is.
            let label = match prompt.kind {
                PromptKind::Lead => String::new(),
                _ => format!("{}.", prompt.label),
            };
            let citations = by_id.citations(&prompt.id);
            checked(
                SheetItem::new(
                    &label,
                    prompt.title.as_deref(),
                    &prompt.text,
                    by_id.text(&prompt.id),
                    reading.word_range(&prompt.id),
                    citations,
                ),
                citations,
            )
        };
        let orphans = answers
            .orphans(reading)
            .map(|a| {
                checked(
                    SheetItem::new(
                        a.prompt_id.as_str(),
                        None,
                        &a.prompt,
                        &a.text,
                        None,
                        &a.citations,
                    ),
                    &a.citations,
                )
            })
            .collect();
        let highlights = HighlightColour::ALL
            .iter()
            .filter_map(|&colour| {
                let mut passages: Vec<&Passage> = answers
                    .highlights
                    .iter()
                    .filter(|h| h.colour == colour)
                    .map(|h| &h.passage)
                    .collect();
                passages.sort_by_key(|p| p.paragraph);
                (!passages.is_empty()).then(|| HighlightGroup {
                    colour: colour.label().to_owned(),
                    shade: colour,
                    quotes: passages
                        .into_iter()
                        .map(|p| {
                            let mut left = searches.get();
                            let quote = SheetQuote::checked(p, reading, &mut left);
                            searches.set(left);
                            quote
                        })
                        .collect(),
                })
            })
            .collect();
        StudySheet {
            title: Clean::new(&reading.title),
            source: reading.source.as_deref().map(Clean::new),
            fingerprint: reading.fingerprint.short().to_owned(),
            student: Clean::new(&answers.student),
            date: date.to_owned(),
            answered: answers.answered_count(reading),
            total: reading.prompt_count(),
            sections: reading
                .sections
                .iter()
                .map(|s| SheetSection {
                    title: Clean::new(&s.title),
                    description: s.description.as_deref().map(Clean::new),
                    items: s.prompts.iter().map(item).collect(),
                })
                .collect(),
            orphans,
            highlights,
            feedback: None,
            charts: Vec::new(),
            labels: SheetLabels::default(),
        }
    }

    /// The sheet with its own words (headings, details, "Not answered", word counts, colour
    /// names) in `language`.
    pub fn in_language(mut self, language: Language) -> StudySheet {
        self.labels = SheetLabels::new(language);
        for section in &mut self.sections {
            section.title = Clean::new(&crate::reading::shown_section_title(
                &section.title,
                language,
            ));
        }
        for group in &mut self.highlights {
            group.colour = group.shade.label_in(language);
        }
        let note = crate::i18n::tr_in(language, "sheet-not-in-reading", &[]);
        let items = self.sections.iter_mut().flat_map(|s| &mut s.items);
        let quotes = items
            .chain(&mut self.orphans)
            .flat_map(|i| &mut i.citations)
            .chain(self.highlights.iter_mut().flat_map(|g| &mut g.quotes));
        for quote in quotes.filter(|q| q.missing.is_some()) {
            quote.missing = Some(note.clone());
        }
        self
    }

    /// The sheet, part by part, top to bottom: title, details, each section with its items,
    /// the orphaned answers, the highlights.
    pub fn parts(&self) -> Vec<Part<'_>> {
        let mut parts = vec![
            Part::Title(one_line(&self.title)),
            Part::Details(self.details()),
        ];
        if let Some(feedback) = &self.feedback {
            parts.push(Part::Heading {
                title: one_line(&self.labels.feedback),
                description: feedback.note.as_deref(),
            });
            for (heading, paragraphs) in [
                (self.labels.overall.as_str(), &feedback.overall),
                (self.labels.rubric.as_str(), &feedback.rubric),
            ] {
                if !paragraphs.is_empty() {
                    parts.push(Part::Comment {
                        heading,
                        paragraphs,
                    });
                }
            }
        }
        if !self.charts.is_empty() {
            parts.push(Part::Heading {
                title: one_line(&self.labels.charts),
                description: None,
            });
            parts.extend(self.charts.iter().map(Part::Chart));
        }
        fn item_parts<'a>(item: &'a SheetItem, comment: &'a str) -> Vec<Part<'a>> {
            let mut parts = vec![Part::Item(item)];
            if !item.comment.is_empty() {
                parts.push(Part::Comment {
                    heading: comment,
                    paragraphs: &item.comment,
                });
            }
            parts
        }
        let comment = self.labels.comment.as_str();
        for section in &self.sections {
            parts.push(Part::Heading {
                title: one_line(&section.title),
                description: section.description.as_deref(),
            });
            parts.extend(
                section
                    .items
                    .iter()
                    .flat_map(|item| item_parts(item, comment)),
            );
        }
        if !self.orphans.is_empty() {
            parts.push(Part::Heading {
                title: one_line(&self.labels.orphans),
                description: None,
            });
            parts.extend(
                self.orphans
                    .iter()
                    .flat_map(|item| item_parts(item, comment)),
            );
        }
        if !self.highlights.is_empty() {
            parts.push(Part::Heading {
                title: one_line(&self.labels.highlights),
                description: None,
            });
            parts.extend(self.highlights.iter().map(Part::Highlights));
        }
        parts
    }

    /// "5 of 13 prompts answered".
    pub fn progress(&self) -> String {
        crate::i18n::tr_in(
            self.labels.language,
            "sheet-progress-value",
            &[
                ("answered", self.answered.into()),
                ("total", self.total.into()),
            ],
        )
    }

    /// The sheet's particulars, as (label, value), in the order every format shows them. Each
    /// value is one line ([`one_line`]): a name or source cannot add lines of its own.
    pub fn details(&self) -> Vec<(&str, String)> {
        let l = &self.labels;
        let mut details = vec![
            (l.student.as_str(), self.student_or_blank().into_owned()),
            (l.date.as_str(), clean_line(&self.date)),
            (l.progress.as_str(), self.progress()),
        ];
        if let Some(source) = &self.source {
            details.push((l.source.as_str(), one_line(source).into_owned()));
        }
        details.push((l.fingerprint.as_str(), clean_line(&self.fingerprint)));
        details
    }

    /// The student's name on one line, or a visible blank when none was given.
    pub fn student_or_blank(&self) -> Cow<'_, str> {
        if self.student.is_empty() {
            one_line(&self.labels.no_name)
        } else {
            one_line(&self.student)
        }
    }

    /// The reading's title on one line, as page headers and document properties show it.
    pub fn title_line(&self) -> Cow<'_, str> {
        one_line(&self.title)
    }

    /// "Student — Title", on one line: the running head of a printed sheet.
    pub fn running_head(&self) -> String {
        format!("{} — {}", self.student_or_blank(), self.title_line())
    }

    /// The sheet in a text format. (Given [`Format::Docx`], the plain-text sheet: use
    /// [`StudySheet::to_bytes`] for the Word file.)
    pub fn render(&self, format: Format) -> String {
        match format {
            Format::Markdown => markdown::render(self),
            Format::Html => html::render(self),
            Format::Text | Format::Docx | Format::Pdf => plain::render(self),
        }
    }

    /// The sheet as the bytes of a file in `format` (a PDF on A4).
    pub fn to_bytes(&self, format: Format) -> Result<Vec<u8>, FileError> {
        self.to_bytes_on(format, pdf::Paper::A4)
    }

    /// The sheet as the bytes of a file in `format`, a PDF on `paper`.
    pub fn to_bytes_on(&self, format: Format, paper: pdf::Paper) -> Result<Vec<u8>, FileError> {
        match format {
            Format::Docx => docx::render(self),
            Format::Pdf => pdf::render(self, paper),
            text => Ok(self.render(text).into_bytes()),
        }
    }
}

/// Today's date in the local time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    jiff::ZonedDateTime::now().date().to_string()
}

/// Drops control characters (keeping line breaks, and tabs as spaces), direction overrides and
/// noncharacters, makes every kind of line break `\n` (a paragraph separator a blank line),
/// and trims the ends. What is left is text every format can carry: nothing XML 1.0 forbids
/// (C0 controls, U+FFFE, U+FFFF; lone surrogates cannot be in a `str`) or asks be left out
/// (C1 controls, noncharacters), so one hand-in cannot make a Word file that will not open.
fn clean(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' | '\u{85}' | '\u{2028}' => out.push('\n'),
            '\u{2029}' => out.push_str("\n\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            // Bidirectional overrides could make a name read differently from what it is.
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {}
            c if is_noncharacter(c) => {}
            c => out.push(c),
        }
    }
    let trimmed = out.trim();
    if trimmed.len() == out.len() {
        out
    } else {
        trimmed.to_owned()
    }
}

/// Unicode's noncharacters (U+FDD0–U+FDEF, and the last two code points of every plane, among
/// them U+FFFE and U+FFFF, which XML forbids): never text, only a file's damage or mischief.
fn is_noncharacter(c: char) -> bool {
    matches!(c, '\u{FDD0}'..='\u{FDEF}') || (c as u32 & 0xFFFE) == 0xFFFE
}

/// Whether `c` ends a line anywhere some reader would see it do so.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\t' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// A field that is one line (a name, a title, a source, a date, a heading, a prompt's label)
/// made one line whatever it holds: each run of line breaks, tabs and the spaces around them
/// becomes one space, so a student named "Aliya\n# Grade: A" cannot start a line of the
/// sheet. Every format writes such fields through here.
pub fn one_line(text: &str) -> Cow<'_, str> {
    if !text.contains(is_line_break) {
        return Cow::Borrowed(text);
    }
    let pieces: Vec<&str> = text
        .split(is_line_break)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    Cow::Owned(pieces.join(" "))
}

/// Text that did not come through [`Clean`] (a date, a fingerprint read from a hand-in),
/// cleaned and made one line.
fn clean_line(text: &str) -> String {
    one_line(&clean(text)).into_owned()
}

/// Splits clean text into paragraphs at blank lines; trailing spaces on each line go.
fn paragraphs(text: &Clean) -> Vec<Clean> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(Clean(current.join("\n")));
                current.clear();
            }
        } else {
            current.push(line.trim_end());
        }
    }
    if !current.is_empty() {
        out.push(Clean(current.join("\n")));
    }
    out
}

/// Writes `content` to `path` atomically, refusing to replace any of `protected` (the answers
/// file and the reading the sheet came from).
pub fn write_sheet(path: &Path, content: &[u8], protected: &[&Path]) -> Result<(), FileError> {
    crate::files::write_guarded(path, content, protected).map_err(|source| {
        match crate::files::Refusal::of(&source) {
            Some(crate::files::Refusal::IsAnInput) => FileError::WouldOverwriteSource {
                path: path.to_owned(),
            },
            _ => FileError::write(path, source),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_at_blank_lines_and_keep_line_breaks() {
        assert_eq!(
            paragraphs(&Clean::new("one\ntwo  \n\n  \nthree\n")),
            vec![Clean::new("one\ntwo"), Clean::new("three")]
        );
        assert!(paragraphs(&Clean::new("  \n \n")).is_empty());
    }

    #[test]
    fn clean_drops_controls_and_direction_overrides() {
        assert_eq!(clean("a\u{7}b\r\nc\u{202e}d\te"), "ab\ncd e");
    }

    #[test]
    fn clean_leaves_nothing_xml_forbids_and_makes_every_line_break_a_newline() {
        assert_eq!(
            clean("a\u{FFFE}b\u{FFFF}c\u{FDD0}d\u{10FFFF}e\u{1b}f\u{9f}g"),
            "abcdefg"
        );
        assert_eq!(clean("a\u{2028}b\u{85}c\u{2029}d\re"), "a\nb\nc\n\nd\ne");
    }

    #[test]
    fn one_line_folds_every_line_break_into_a_space() {
        assert_eq!(one_line("Aliya"), "Aliya");
        assert!(matches!(one_line("Aliya Nur"), Cow::Borrowed(_)));
        assert_eq!(
            one_line("Aliya\n# Grade: A \r\n\t- x\u{2028}y\u{2029}\u{85}z\u{b}\u{c}w"),
            "Aliya # Grade: A - x y z w"
        );
        assert_eq!(one_line("\n\n"), "");
    }

    #[test]
    fn formats_parse_from_names() {
        assert_eq!("MD".parse::<Format>(), Ok(Format::Markdown));
        assert_eq!("html".parse::<Format>(), Ok(Format::Html));
        assert_eq!("text".parse::<Format>(), Ok(Format::Text));
        assert_eq!("docx".parse::<Format>(), Ok(Format::Docx));
        assert_eq!("pdf".parse::<Format>(), Ok(Format::Pdf));
        assert!("odt".parse::<Format>().is_err());
    }
}
