//! Where things sit in the article's column: the reading look (font, size, spacing, width),
//! the height of every block measured once per width and look, and the laid-out text.

use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat};
use egui::{FontFamily, FontId, Galley};

use super::marks::{self, Marked};
use crate::reading::{Block, Reading};
use crate::ui::state::Settings;

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
}

impl Look {
    pub(super) fn of(settings: &Settings, ctx: &egui::Context) -> Look {
        Look {
            body: 16.5,
            line_height: settings.line_spacing,
            column: settings.column_width,
            family: crate::ui::style::reading_family(ctx, settings.reading_font),
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

/// Where each item sits in the column, for one reading at one width and look.
#[derive(Clone)]
pub(super) struct ColumnLayout {
    pub(super) key: (String, u32, u32, u32, u32, FontFamily),
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
    // Text is laid out in whole pixels, so the zoom matters as well as the width.
    let key = (
        reading.fingerprint.0.clone(),
        column.to_bits(),
        ui.pixels_per_point().to_bits(),
        look.line_height.to_bits(),
        look.column.to_bits(),
        look.family.clone(),
    );
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
        Item::Empty => 30.0,
    }
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
    let format = TextFormat {
        font_id: look.font(size),
        color: colour,
        line_height,
        italics: matches!(kind, Kind::Source),
        ..Default::default()
    };
    let mut job: LayoutJob = marks::job(text, &format, marks, visuals.dark_mode);
    job.wrap.max_width = width;
    ui.fonts_mut(|f| f.layout_job(job))
}
