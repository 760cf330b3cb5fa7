//! The article pane: the reading set as a page, in a column of comfortable width, with numbered
//! paragraphs (answers cite them by number) and subheadings set apart. Text is selectable.
//!
//! Only the paragraphs in view are laid out and painted each frame. Every block's height is
//! measured once per column width (and kept in egui's memory), so a 100,000-word reading
//! scrolls as lightly as a short one.

use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat};
use egui::{FontId, Galley, Rect, pos2, vec2};

use crate::reading::{Block, Reading};

/// About 70 characters of body text: the measure e-readers and print use.
const MAX_COLUMN: f32 = 680.0;
const BODY_SIZE: f32 = 16.5;
const LINE_HEIGHT: f32 = 1.55;
const NUMBER_WIDTH: f32 = 34.0;
const TOP_MARGIN: f32 = 18.0;
const BOTTOM_MARGIN: f32 = 40.0;

/// One thing in the column, top to bottom.
#[derive(Clone, Copy)]
enum Item {
    Title,
    Source,
    Block(usize),
    Empty,
}

/// Where each item sits in the column, for one reading at one width.
#[derive(Clone)]
struct ColumnLayout {
    key: (String, u32, u32),
    items: Vec<Item>,
    /// The top of each item, and the column's total height last.
    tops: Vec<f32>,
}

pub fn ui(ui: &mut egui::Ui, reading: &Reading) {
    egui::ScrollArea::vertical()
        .id_salt("article")
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            let width = ui.available_width();
            // A gutter on the right keeps the text off the scroll bar.
            let column = (width - 24.0).clamp(200.0, MAX_COLUMN + NUMBER_WIDTH);
            let layout = column_layout(ui, reading, column);
            let total = *layout.tops.last().unwrap_or(&0.0);
            ui.set_min_height(total);
            let left = ui.min_rect().left() + ((width - column) / 2.0).max(0.0);
            let top = ui.min_rect().top();
            let first = layout
                .tops
                .partition_point(|&t| t <= viewport.min.y)
                .saturating_sub(1);
            for (i, item) in layout.items.iter().enumerate().skip(first) {
                let y = layout.tops[i];
                if y > viewport.max.y {
                    break;
                }
                let height = layout.tops[i + 1] - y;
                let rect = Rect::from_min_size(pos2(left, top + y), vec2(column, height));
                ui.scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
                    item_ui(ui, reading, *item, column)
                });
            }
        });
}

/// The layout for this reading and width, measured now if it is not in memory.
fn column_layout(ui: &egui::Ui, reading: &Reading, column: f32) -> Arc<ColumnLayout> {
    // Text is laid out in whole pixels, so the zoom matters as well as the width.
    let key = (
        reading.fingerprint.0.clone(),
        column.to_bits(),
        ui.pixels_per_point().to_bits(),
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
        y += item_height(ui, reading, *item, column);
    }
    tops.push(y + BOTTOM_MARGIN);
    let layout = Arc::new(ColumnLayout { key, items, tops });
    ui.data_mut(|d| d.insert_temp(id, layout.clone()));
    layout
}

/// The space an item takes: its text's height and the gap after it.
fn item_height(ui: &egui::Ui, reading: &Reading, item: Item, column: f32) -> f32 {
    let text_width = column - NUMBER_WIDTH;
    match item {
        Item::Title => galley(ui, &reading.title, 26.0, true, column).size().y + 2.0,
        Item::Source => {
            galley(
                ui,
                reading.source.as_deref().unwrap_or(""),
                14.0,
                false,
                column,
            )
            .size()
            .y + 14.0
        }
        Item::Block(i) => match &reading.article[i] {
            Block::Heading(text) => 12.0 + galley(ui, text, 19.0, true, text_width).size().y + 6.0,
            Block::Paragraph { text, .. } => {
                galley(ui, text, BODY_SIZE, false, text_width).size().y + BODY_SIZE * 0.7
            }
        },
        Item::Empty => 30.0,
    }
}

fn item_ui(ui: &mut egui::Ui, reading: &Reading, item: Item, column: f32) {
    let text_width = column - NUMBER_WIDTH;
    let weak = ui.visuals().weak_text_color();
    match item {
        Item::Title => {
            ui.add(egui::Label::new(galley(
                ui,
                &reading.title,
                26.0,
                true,
                column,
            )));
        }
        Item::Source => {
            let source = reading.source.as_deref().unwrap_or("");
            ui.add(
                egui::Label::new(egui::RichText::new(source).size(14.0).italics().color(weak))
                    .wrap(),
            );
        }
        Item::Block(i) => match &reading.article[i] {
            Block::Heading(text) => {
                ui.add_space(12.0);
                ui.horizontal_top(|ui| {
                    ui.allocate_exact_size(vec2(NUMBER_WIDTH, 1.0), egui::Sense::hover());
                    ui.add(egui::Label::new(galley(ui, text, 19.0, true, text_width)));
                });
            }
            Block::Paragraph { number, text } => {
                ui.horizontal_top(|ui| {
                    // The number sits right-aligned in the margin, level with the first line.
                    let (margin, _) =
                        ui.allocate_exact_size(vec2(NUMBER_WIDTH, BODY_SIZE), egui::Sense::hover());
                    let at = margin.right_top()
                        + vec2(-6.0, BODY_SIZE * (LINE_HEIGHT - 1.0) / 2.0 + 2.0);
                    ui.painter().text(
                        at,
                        egui::Align2::RIGHT_TOP,
                        number.to_string(),
                        FontId::proportional(12.5),
                        weak,
                    );
                    ui.add(egui::Label::new(galley(
                        ui, text, BODY_SIZE, false, text_width,
                    )));
                });
            }
        },
        Item::Empty => {
            ui.label(
                egui::RichText::new("This reading has no article text, only questions.")
                    .italics()
                    .color(weak),
            );
        }
    }
}

/// The laid-out text of one item (egui caches these, so asking again costs a lookup). Body
/// text gets generous line spacing; headings keep the font's own.
fn galley(ui: &egui::Ui, text: &str, size: f32, heading: bool, width: f32) -> Arc<Galley> {
    let mut job = LayoutJob::single_section(
        text.to_owned(),
        TextFormat {
            font_id: FontId::proportional(size),
            color: super::style::reading_text_color(ui.visuals()),
            line_height: (!heading).then_some(size * LINE_HEIGHT),
            ..Default::default()
        },
    );
    job.wrap.max_width = width;
    ui.fonts_mut(|f| f.layout_job(job))
}
