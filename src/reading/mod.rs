//! The reading: an article and the prompts a student answers about it.
//!
//! This module holds the model; `parse` turns a text into it and `load` reads it from disk.
//! Nothing here knows about egui, files of answers or exports.

mod furniture;
/// Whether a short line is a web page's furniture (menus, sharing, cookies, bylines…).
pub(crate) use furniture::is_furniture;
mod inline;
/// Whitespace folded to single spaces, as every importer writes a line.
pub(crate) use inline::collapse_whitespace;
mod load;
pub mod outline;
mod parse;
mod passage;

pub use load::{
    BUNDLED, BundledReading, MAX_READING_BYTES, find_by_origin, load_file, load_file_with_text,
};
pub use outline::{Outline, OutlineBlock, Role};
pub use parse::{left_out, parse};
pub use passage::{FULL_SEARCHES, Located, MAX_QUOTE_CHARS, Passage};

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;

/// A parsed reading.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    /// From the header, else the first `#` heading, else the file name.
    pub title: String,
    /// Where the article was published, if the header says.
    pub source: Option<String>,
    /// Where this text came from on this machine.
    pub origin: Origin,
    /// SHA-256 of the normalised text, so answers and sheets can name the exact version.
    pub fingerprint: Fingerprint,
    /// The article, in order.
    pub article: Vec<Block>,
    /// The prompts to answer, grouped as the reading groups them.
    pub sections: Vec<Section>,
    /// False when the header says `spell checking: off` (a spelling test): the answer box
    /// then checks nothing and offers no switch.
    pub spell_checking: bool,
    /// Paragraphs after the prompts that are not prompts themselves ("These questions are…").
    pub notes: Vec<String>,
    /// Where each prompt is: (section, place in section, place in reading order). Built once,
    /// so looking a prompt up costs the same for 13 prompts or 10,000.
    index: HashMap<PromptId, (usize, usize, usize)>,
}

/// Where a reading's text came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Compiled into Lectern, by its short name.
    Bundled(String),
    /// A file the user opened.
    File(PathBuf),
    /// Text handed to the parser directly (tests, benchmarks).
    Text,
}

impl Origin {
    /// The form stored in answers files: `bundled:NAME`, a path, or `text`.
    pub fn to_stored(&self) -> String {
        match self {
            Origin::Bundled(name) => format!("bundled:{name}"),
            Origin::File(path) => path.display().to_string(),
            Origin::Text => "text".to_owned(),
        }
    }

    /// Reverses [`Origin::to_stored`].
    pub fn from_stored(s: &str) -> Origin {
        if let Some(name) = s.strip_prefix("bundled:") {
            Origin::Bundled(name.to_owned())
        } else if s == "text" || s.is_empty() {
            Origin::Text
        } else {
            Origin::File(PathBuf::from(s))
        }
    }
}

/// The SHA-256 of a reading's normalised text, in lowercase hex.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Fingerprint(pub String);

/// The first eight hex digits of a fingerprint: how sheets, file names and recovery copies
/// show it.
pub fn short_fingerprint(sha256: &str) -> &str {
    sha256.get(..8).unwrap_or(sha256)
}

impl Fingerprint {
    /// Hashes `text` (already normalised by the parser).
    pub fn of(text: &str) -> Fingerprint {
        Fingerprint(crate::files::sha256_hex(text.as_bytes()))
    }

    /// The first eight hex digits: enough for a teacher to tell versions apart on paper.
    pub fn short(&self) -> &str {
        short_fingerprint(&self.0)
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One piece of the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A subheading such as "Strategic cooperation".
    Heading(String),
    /// A paragraph, numbered from 1 so answers can point at it.
    Paragraph { number: usize, text: String },
}

/// A group of prompts under one title.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub title: String,
    /// Instructions given under the title, before the first prompt.
    pub description: Option<String>,
    pub prompts: Vec<Prompt>,
}

impl Section {
    /// The title as shown in `language`: the names Lectern gives a group the reading left
    /// untitled ("Questions", "Lead question") are Lectern's words, said in the student's
    /// language; a title the reading gives is shown as written.
    pub fn title_in(&self, language: crate::i18n::Language) -> String {
        shown_section_title(&self.title, language)
    }
}

/// [`Section::title_in`] for a title alone.
pub fn shown_section_title(title: &str, language: crate::i18n::Language) -> String {
    let id = match title {
        "Questions" => "section-questions",
        "Lead question" => "section-lead-question",
        "Lead questions" => "section-lead-questions",
        _ => return title.to_owned(),
    };
    crate::i18n::tr_in(language, id, &[])
}

/// Something the student answers: a question, an instruction or an essay part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prompt {
    pub id: PromptId,
    pub kind: PromptKind,
    /// How the reading numbers it ("1", "7"), or "Lead".
    pub label: String,
    /// A short title, for essay parts given as "**Title:** description".
    pub title: Option<String>,
    /// The question or instruction itself, without Markdown markers.
    pub text: String,
}

impl Prompt {
    /// Title and text together, as a reader sees them.
    pub fn full_text(&self) -> String {
        match &self.title {
            Some(title) => format!("{title}: {}", self.text),
            None => self.text.clone(),
        }
    }

    /// "Lead question", "Question 3", "Essay 1": how the window names a prompt.
    pub fn name(&self) -> String {
        self.name_in(crate::i18n::language())
    }

    /// [`Self::name`] in `language` (a study sheet's).
    pub fn name_in(&self, language: crate::i18n::Language) -> String {
        let label = [("label", crate::i18n::Arg::from(self.label.as_str()))];
        match self.kind {
            PromptKind::Lead => crate::i18n::tr_in(language, "prompt-lead", &[]),
            PromptKind::Question => crate::i18n::tr_in(language, "prompt-question", &label),
            PromptKind::Essay => crate::i18n::tr_in(language, "prompt-essay", &label),
        }
    }

    /// The title if there is one, else the text: what a list of prompts shows.
    pub fn headline(&self) -> &str {
        self.title.as_deref().unwrap_or(&self.text)
    }
}

/// What sort of prompt it is; this only changes how it is labelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PromptKind {
    /// A question standing on its own before the numbered ones.
    Lead,
    /// A discussion question or instruction.
    Question,
    /// A longer piece of writing, such as a thematic section.
    Essay,
}

/// A prompt's identity, stable for the same reading text: `L1`, `Q1`…, `E1`….
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct PromptId(pub String);

impl PromptId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Gives prompts their ids in reading order, numbered per kind (`L1`, `Q1`, `Q2`, `E1`…): the
/// one rule for both parsers (`parse`, `outline::parse_exact`), so the same reading written
/// either way gives the same ids — and answers stay under their questions.
#[derive(Clone, Debug, Default)]
pub(crate) struct PromptNumbering {
    given: [usize; 3],
}

impl PromptNumbering {
    /// The next id of `kind`.
    pub(crate) fn next(&mut self, kind: PromptKind) -> PromptId {
        let (slot, prefix) = match kind {
            PromptKind::Lead => (0, "L"),
            PromptKind::Question => (1, "Q"),
            PromptKind::Essay => (2, "E"),
        };
        self.given[slot] += 1;
        PromptId(format!("{prefix}{}", self.given[slot]))
    }
}

impl fmt::Display for PromptId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Reading {
    /// A reading from its parts; prompt ids must be unique (the parser makes them so).
    pub fn new(
        title: String,
        source: Option<String>,
        origin: Origin,
        fingerprint: Fingerprint,
        article: Vec<Block>,
        sections: Vec<Section>,
        notes: Vec<String>,
    ) -> Reading {
        let mut index = HashMap::new();
        let mut overall = 0;
        for (s, section) in sections.iter().enumerate() {
            for (i, prompt) in section.prompts.iter().enumerate() {
                index.insert(prompt.id.clone(), (s, i, overall));
                overall += 1;
            }
        }
        Reading {
            title,
            source,
            origin,
            fingerprint,
            article,
            sections,
            notes,
            spell_checking: true,
            index,
        }
    }

    /// Every prompt, in reading order.
    pub fn prompts(&self) -> impl Iterator<Item = &Prompt> {
        self.sections.iter().flat_map(|s| s.prompts.iter())
    }

    pub fn prompt_count(&self) -> usize {
        self.sections.iter().map(|s| s.prompts.len()).sum()
    }

    pub fn prompt(&self, id: &PromptId) -> Option<&Prompt> {
        let &(section, within, _) = self.index.get(id)?;
        Some(&self.sections[section].prompts[within])
    }

    /// Where `id` sits in reading order.
    pub fn prompt_index(&self, id: &PromptId) -> Option<usize> {
        self.index.get(id).map(|&(_, _, overall)| overall)
    }

    /// The length asked of an answer to `id`: given in the prompt itself, else in its
    /// section's instructions (which then apply to each prompt of the section).
    pub fn word_range(&self, id: &PromptId) -> Option<crate::words::WordRange> {
        let &(section, within, _) = self.index.get(id)?;
        let section = &self.sections[section];
        crate::words::WordRange::find_in(&section.prompts[within].full_text())
            .or_else(|| crate::words::WordRange::find_in(section.description.as_deref()?))
    }

    /// The number of article paragraphs.
    pub fn paragraph_count(&self) -> usize {
        self.article
            .iter()
            .filter(|b| matches!(b, Block::Paragraph { .. }))
            .count()
    }

    /// The words of the article, by the rule in [`crate::words`].
    pub fn article_words(&self) -> usize {
        self.article
            .iter()
            .map(|b| match b {
                Block::Heading(t) | Block::Paragraph { text: t, .. } => {
                    crate::words::count_words(t)
                }
            })
            .sum()
    }

    /// What a teacher checks first: "21 paragraphs, 728 words; 13 prompts in 5 sections".
    /// In the interface's language.
    pub fn overview(&self) -> String {
        crate::t!(
            "reading-overview",
            paragraphs = self.paragraph_count(),
            words = self.article_words(),
            prompts = self.prompt_count(),
            sections = self.sections.len()
        )
    }

    /// A summary such as the `parse` command prints: "13 prompts in 5 sections".
    pub fn summary(&self) -> String {
        let n = self.prompt_count();
        let m = self.sections.len();
        format!(
            "{n} {} in {m} {}",
            if n == 1 { "prompt" } else { "prompts" },
            if m == 1 { "section" } else { "sections" }
        )
    }
}
