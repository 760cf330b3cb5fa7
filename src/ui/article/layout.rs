//! Where things sit in the article's column: the reading look (font, size, spacing, width),
//! the height of every block measured once per [`LayoutKey`], and the laid-out text.

use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat};
use egui::{FontFamily, FontId, Galley};

use super::marks::{self, Marked};
use crate::app::state::Settings;
use crate::i18n::Language;
use crate::reading::{Block, Reading};

pub const NUMBER_WIDTH: f32 = 38.0;
const TOP_MARGIN: f32 = 18.0;
const BOTTOM_MARGIN: f32 = 40.0;

/// How the article is set, from the reading settings.
#[derive(Clone, PartialEq)]
pub(super) struct Look {
    pub(super) body: f32,
    pub(super) line_height: f32,
    pub(super) column: f32,
    pub(super) family: FontFamily,
    /// Extra room after each letter and after each space, as shares of the text size.
    pub(super) spacing: (f32, f32),
}

impl Look {
    pub(super) fn of(settings: &Settings, ctx: &egui::Context) -> Look {
        Look {
            body: 16.5,
            line_height: settings.line_spacing,
            column: settings.column_width,
            family: crate::ui::style::reading_family(ctx, settings.reading_font),
            spacing: settings.spacing.extra(),
        }
    }

    pub(super) fn font(&self, size: f32) -> FontId {
        FontId::new(size, self.family.clone())
    }
}

/// One thing in the column, top to bottom.
#[derive(Clone, Copy, Debug, Hash)]
pub(super) enum Item {
    Title,
    Source,
    Block(usize),
    Empty,
}

/// Everything the column's heights are measured with. A layout is used again only for an equal
/// key, so whatever changes how the text wraps measures it again and nothing has to remember to
/// clear it (B612 is wider than egui's sans: paragraphs measured in one and drawn in the other
/// overlap).
#[derive(Clone, PartialEq)]
pub(super) struct LayoutKey {
    /// The reading's text (header and article).
    fingerprint: String,
    /// Not always from the text: a reading without one is titled after its file.
    title: String,
    column: f32,
    /// The text size setting is egui's zoom, and text is laid out in whole pixels.
    pixels_per_point: f32,
    /// Typeface, body size, line spacing and the column width chosen.
    look: Look,
    /// The fonts the look's family stands for: the same family can name other fonts once the
    /// reading fonts are loaded.
    fonts: Option<Vec<String>>,
    /// The note shown for an article without text is in the window's language.
    language: Language,
}

impl LayoutKey {
    fn of(ui: &egui::Ui, reading: &Reading, column: f32, look: &Look) -> LayoutKey {
        LayoutKey {
            fingerprint: reading.fingerprint.0.clone(),
            title: reading.title.clone(),
            column,
            pixels_per_point: ui.pixels_per_point(),
            look: look.clone(),
            fonts: ui.fonts(|f| f.definitions().families.get(&look.family).cloned()),
            language: crate::i18n::language(),
        }
    }
}

/// Where each item sits in the column, for one reading at one width and look.
#[derive(Clone)]
pub(super) struct ColumnLayout {
    pub(super) key: LayoutKey,
    pub(super) items: Vec<Item>,
    /// The top of each item, and the column's total height last.
    pub(super) tops: Vec<f32>,
}

/// The scroll offset that brings `block` into view, if it is not in view already.
pub(super) fn offset_showing(
    layout: &ColumnLayout,
    block: usize,
    viewport: (f32, f32),
) -> Option<f32> {
    let item = layout
        .items
        .iter()
        .position(|i| matches!(i, Item::Block(b) if *b == block))?;
    let (top, bottom) = (layout.tops[item], layout.tops[item + 1]);
    let (offset, height) = viewport;
    let in_view = top >= offset && bottom.min(top + height * 0.5) <= offset + height;
    (!in_view || height == 0.0).then(|| (top - height * 0.2).max(0.0))
}

/// The layout for this reading, width and look, measured now if it is not in memory.
pub(super) fn column_layout(
    ui: &egui::Ui,
    reading: &Reading,
    column: f32,
    look: &Look,
) -> Arc<ColumnLayout> {
    let key = LayoutKey::of(ui, reading, column, look);
    let id = egui::Id::unique("article_layout");
    if let Some(layout) = ui.data(|d| d.get_temp::<Arc<ColumnLayout>>(id))
        && layout.key == key
    {
        return layout;
    }
    let mut items = vec![Item::Title];
    if reading.source.is_some() {
        items.push(Item::Source);
    }
    items.extend((0..reading.article.len()).map(Item::Block));
    if reading.article.is_empty() {
        items.push(Item::Empty);
    }
    let mut tops = Vec::with_capacity(items.len() + 1);
    let mut y = TOP_MARGIN;
    for item in &items {
        tops.push(y);
        y += item_height(ui, reading, *item, column, look);
    }
    tops.push(y + BOTTOM_MARGIN);
    let layout = Arc::new(ColumnLayout { key, items, tops });
    ui.data_mut(|d| d.insert_temp(id, layout.clone()));
    layout
}

/// The space an item takes: its text's height and the gap after it.
pub(super) fn item_height(
    ui: &egui::Ui,
    reading: &Reading,
    item: Item,
    column: f32,
    look: &Look,
) -> f32 {
    let text_width = column - NUMBER_WIDTH;
    match item {
        Item::Title => {
            text_galley(ui, &reading.title, Kind::Title, look, column, &[])
                .size()
                .y
                + 2.0
        }
        Item::Source => {
            let source = reading.source.as_deref().unwrap_or("");
            text_galley(ui, source, Kind::Source, look, column, &[])
                .size()
                .y
                + 14.0
        }
        Item::Block(i) => match &reading.article[i] {
            Block::Heading(text) => {
                12.0 + text_galley(ui, text, Kind::Heading, look, text_width, &[])
                    .size()
                    .y
                    + 6.0
            }
            Block::Paragraph { text, .. } => {
                text_galley(ui, text, Kind::Body, look, text_width, &[])
                    .size()
                    .y
                    + look.body * 0.7
            }
        },
        Item::Empty => empty_note(ui, column).size().y + 10.0,
    }
}

/// What the column says when the reading has no article text, laid out in the window's
/// language.
pub(super) fn empty_note(ui: &egui::Ui, column: f32) -> Arc<Galley> {
    egui::WidgetText::from(
        egui::RichText::new(crate::t!("article-empty"))
            .italics()
            .color(ui.visuals().weak_text_color()),
    )
    .into_galley(
        ui,
        Some(egui::TextWrapMode::Wrap),
        column,
        egui::TextStyle::Body,
    )
}

#[derive(Clone, Copy)]
pub(super) enum Kind {
    Title,
    Source,
    Heading,
    Body,
}

/// The laid-out text of one item (egui caches these, so asking again costs a lookup). Body
/// text gets the chosen line spacing; headings keep the font's own.
pub(super) fn text_galley(
    ui: &egui::Ui,
    text: &str,
    kind: Kind,
    look: &Look,
    width: f32,
    marks: &[Marked],
) -> Arc<Galley> {
    let visuals = ui.visuals();
    let (size, colour, line_height) = match kind {
        Kind::Title => (26.0, crate::ui::style::reading_text_color(visuals), None),
        Kind::Source => (14.0, visuals.weak_text_color(), None),
        Kind::Heading => (19.0, crate::ui::style::reading_text_color(visuals), None),
        Kind::Body => (
            look.body,
            crate::ui::style::reading_text_color(visuals),
            Some(look.body * look.line_height),
        ),
    };
    let (letters, words) = look.spacing;
    let format = TextFormat {
        font_id: look.font(size),
        color: colour,
        line_height,
        italics: matches!(kind, Kind::Source),
        extra_letter_spacing: letters * size,
        ..Default::default()
    };
    let mut job: LayoutJob = marks::job(text, &format, marks, visuals.dark_mode);
    if words > 0.0 {
        job = wider_spaces(job, words * size);
    }
    job.wrap.max_width = width;
    ui.fonts_mut(|f| f.layout_job(job))
}

/// `job` with `extra` more room after each space: its sections cut at spaces, so a space's
/// section carries the extra (egui spaces letters, not words).
fn wider_spaces(job: LayoutJob, extra: f32) -> LayoutJob {
    let mut out = LayoutJob {
        text: job.text.clone(),
        wrap: job.wrap.clone(),
        halign: job.halign,
        justify: job.justify,
        first_row_min_height: job.first_row_min_height,
        break_on_newline: job.break_on_newline,
        round_output_to_gui: job.round_output_to_gui,
        ..Default::default()
    };
    for section in job.sections {
        let range = section.byte_range.start.0..section.byte_range.end.0;
        let text = &job.text[range.clone()];
        let mut start = range.start;
        let mut push = |out: &mut LayoutJob, end: usize, space: bool| {
            if end > start {
                let mut format = section.format.clone();
                if space {
                    format.extra_letter_spacing += extra;
                }
                out.sections.push(egui::text::LayoutSection {
                    leading_space: if start == range.start {
                        section.leading_space
                    } else {
                        0.0
                    },
                    byte_range: egui::text::ByteIndex(start)..egui::text::ByteIndex(end),
                    format,
                });
                start = end;
            }
        };
        for (at, c) in text.char_indices() {
            let at = range.start + at;
            if c == ' ' {
                push(&mut out, at, false);
                push(&mut out, at + 1, true);
            }
        }
        push(&mut out, range.end, false);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Wider word spacing gives the spaces, and only them, the extra room; the text and the
    /// marks' colours stay as they were.
    #[test]
    fn wider_spaces_widen_the_spaces_alone() {
        let text = "Алма ағашы";
        let base = TextFormat::default();
        let marks = [Marked {
            range: 0..8,
            mark: marks::Mark::Match,
        }];
        let job = wider_spaces(marks::job(text, &base, &marks, false), 5.0);
        assert_eq!(job.text, text);
        let pieces: Vec<(&str, f32)> = job
            .sections
            .iter()
            .map(|s| {
                let range = s.byte_range.start.0..s.byte_range.end.0;
                (&text[range], s.format.extra_letter_spacing)
            })
            .collect();
        assert_eq!(pieces, [("Алма", 0.0), (" ", 5.0), ("ағашы", 0.0)]);
        assert_ne!(
            job.sections[0].format.background,
            job.sections[2].format.background
        );
    }

    /// A layout measured for one reading and look is never used for another: after each change
    /// to what the heights depend on, the tops are those measured afresh.
    #[test]
    fn the_column_is_measured_again_when_anything_it_depends_on_changes() {
        let reading = crate::reading::BUNDLED[2].parse();
        let mut retitled = reading.clone();
        retitled.title = "A title from a file's name, long enough to take three lines of the \
                          column where the reading's own title took one"
            .to_owned();
        let ctx = egui::Context::default();
        crate::ui::style::load_reading_fonts(&ctx);
        let usual = Look {
            body: 16.5,
            line_height: 1.55,
            column: 680.0,
            family: FontFamily::Proportional,
            spacing: (0.0, 0.0),
        };
        let changes = [
            (
                "letter and word spacing",
                &reading,
                Look {
                    spacing: crate::app::state::Spacing::Wider.extra(),
                    ..usual.clone()
                },
                680.0,
            ),
            (
                "typeface",
                &reading,
                Look {
                    family: FontFamily::Name("legible".into()),
                    ..usual.clone()
                },
                680.0,
            ),
            (
                "text size",
                &reading,
                Look {
                    body: 24.0,
                    ..usual.clone()
                },
                680.0,
            ),
            (
                "line spacing",
                &reading,
                Look {
                    line_height: 2.2,
                    ..usual.clone()
                },
                680.0,
            ),
            ("width", &reading, usual.clone(), 420.0),
            ("title", &retitled, usual.clone(), 680.0),
        ];
        // The reading fonts take effect from the next pass.
        ctx.run_ui(egui::RawInput::default(), |_| {})
            .textures_delta
            .clear();
        let mut stale = Vec::new();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            for (what, changed, look, column) in &changes {
                column_layout(ui, &reading, 680.0, &usual);
                let cached = column_layout(ui, changed, *column, look).tops.clone();
                ui.data_mut(|d| d.clear());
                let fresh = column_layout(ui, changed, *column, look).tops.clone();
                if cached != fresh {
                    stale.push(format!(
                        "{what}: ends at {} but measures {}",
                        cached.last().unwrap(),
                        fresh.last().unwrap()
                    ));
                }
            }
        });
        // No painter here to take the font atlas.
        output.textures_delta.clear();
        assert!(stale.is_empty(), "{stale:#?}");
    }
}
