//! What a student or teacher chose and Lectern remembers between runs on this computer: text
//! size, theme, the reading's look, the answers folder, hand-in format and paper, recent work,
//! languages. Kept in eframe's storage (Lectern's data folder), never with students' work.

use serde::{Deserialize, Serialize};

/// Settings remembered between runs (through eframe's storage; never the students' work).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Text size, as egui's zoom factor.
    pub zoom: f32,
    pub theme: ThemeChoice,
    /// Where students' answers are kept (a network home drive, say); the data folder if `None`.
    pub answers_folder: Option<std::path::PathBuf>,
    /// The format the teacher asked for at hand-in.
    pub hand_in_format: crate::export::Format,
    /// The paper PDF sheets are set for.
    pub paper: crate::export::pdf::Paper,
    /// Work opened lately, newest first; shown only to the student whose name it carries.
    pub recent: Vec<RecentWork>,
    /// The article's line height, as a multiple of the text size.
    pub line_spacing: f32,
    /// The widest the article's column grows, in points.
    pub column_width: f32,
    /// The typeface of the article and the answers.
    pub reading_font: ReadingFont,
    /// The colour new highlights take.
    pub highlight_colour: crate::answers::HighlightColour,
    /// The interface's language last chosen on this computer; the system's when never.
    pub language: Option<crate::i18n::Language>,
    /// The study sheet's language, when it is not the interface's.
    pub sheet_language: Option<crate::i18n::Language>,
    /// How fast read-aloud speaks, from -100 through 0 (the voice's own) to 100.
    pub speech_rate: i8,
    /// The line focus (a reading ruler): the lines being read stand out, the rest dimmed.
    pub line_focus: bool,
    /// How many lines the line focus lets through ([`LINE_FOCUS_SIZES`]).
    pub line_focus_lines: u8,
    /// Extra room between letters and words in the article.
    pub spacing: Spacing,
}

/// Letter and word spacing presets for the article, after the British Dyslexia Association's
/// advice: letters about a third of a letter's width further apart, words more again.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Spacing {
    #[default]
    Normal,
    Wide,
    Wider,
}

impl Spacing {
    pub const ALL: [Spacing; 3] = [Spacing::Normal, Spacing::Wide, Spacing::Wider];

    pub fn label(self) -> String {
        match self {
            Spacing::Normal => crate::t!("spacing-normal"),
            Spacing::Wide => crate::t!("spacing-wide"),
            Spacing::Wider => crate::t!("spacing-wider"),
        }
    }

    /// Extra room after each letter and after each space, as shares of the text size.
    pub fn extra(self) -> (f32, f32) {
        match self {
            Spacing::Normal => (0.0, 0.0),
            Spacing::Wide => (0.05, 0.2),
            Spacing::Wider => (0.1, 0.4),
        }
    }
}

/// The line focus's sizes, in lines.
pub const LINE_FOCUS_SIZES: [u8; 2] = [1, 3];

/// The typefaces a student can read in; all are bundled, so they look the same everywhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReadingFont {
    /// Ubuntu, egui's own humanist sans.
    Sans,
    /// Libertinus Serif, a book face (the one the PDF sheet is set in).
    Serif,
    /// B612, drawn for legibility on cockpit screens: open shapes, letters hard to confuse.
    Legible,
}

impl ReadingFont {
    pub const ALL: [ReadingFont; 3] = [ReadingFont::Sans, ReadingFont::Serif, ReadingFont::Legible];

    pub fn label(self) -> String {
        match self {
            ReadingFont::Sans => crate::t!("font-sans"),
            ReadingFont::Serif => crate::t!("font-serif"),
            ReadingFont::Legible => crate::t!("font-legible"),
        }
    }
}

pub const LINE_SPACING_RANGE: std::ops::RangeInclusive<f32> = 1.2..=2.2;
pub const COLUMN_RANGE: std::ops::RangeInclusive<f32> = 420.0..=1100.0;

/// A piece of work opened lately.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecentWork {
    pub student: String,
    pub title: String,
    /// The reading's stored origin (`bundled:NAME` or a path).
    pub reading: String,
    pub answers: std::path::PathBuf,
}

/// How many recent pieces of work are remembered.
pub const RECENT_LIMIT: usize = 12;

impl Settings {
    /// The language study sheets are written in: the one chosen for them, else the
    /// interface's.
    pub fn sheet_language(&self) -> crate::i18n::Language {
        self.sheet_language.unwrap_or_else(crate::i18n::language)
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            zoom: 1.0,
            theme: ThemeChoice::System,
            answers_folder: None,
            hand_in_format: crate::export::Format::Html,
            paper: crate::export::pdf::Paper::A4,
            recent: Vec::new(),
            line_spacing: 1.55,
            // About 70 characters of body text: the measure e-readers and print use.
            column_width: 680.0,
            reading_font: ReadingFont::Sans,
            highlight_colour: crate::answers::HighlightColour::Yellow,
            language: None,
            sheet_language: None,
            speech_rate: 0,
            line_focus: false,
            line_focus_lines: 3,
            spacing: Spacing::Normal,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    System,
    Light,
    Dark,
    /// White on black with strong outlines, for low vision and bright rooms.
    HighContrast,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 4] = [
        ThemeChoice::System,
        ThemeChoice::Light,
        ThemeChoice::Dark,
        ThemeChoice::HighContrast,
    ];

    pub fn label(self) -> String {
        match self {
            ThemeChoice::System => crate::t!("theme-system"),
            ThemeChoice::Light => crate::t!("theme-light"),
            ThemeChoice::Dark => crate::t!("theme-dark"),
            ThemeChoice::HighContrast => crate::t!("theme-high-contrast"),
        }
    }
}

pub const ZOOM_STEP: f32 = 0.1;
pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.6..=2.5;
