//! The article pane: the reading set as a page, in a column of comfortable width, with numbered
//! paragraphs (answers cite them by number) and subheadings set apart.
//!
//! Each paragraph is a read-only text box, so its words can be selected with the mouse or the
//! keyboard (Shift+arrows) and cited or highlighted. Tab and Shift+Tab move between
//! paragraphs; F6 goes to the answer editor and back.
//!
//! Only the paragraphs in view are laid out and painted each frame. Every block's height is
//! measured once per column width and look (and kept in egui's memory), so a 100,000-word
//! reading scrolls as lightly as a short one.

pub mod marks;
mod tools;

use std::ops::Range;
use std::sync::Arc;

use egui::text::{CCursor, CCursorRange, LayoutJob, TextFormat};
use egui::{FontFamily, FontId, Galley, Key, Modifiers, Rect, pos2, vec2};

use super::state::{AppState, ReadingFont, Settings};
use crate::reading::{Block, Reading};
use marks::{EvidenceMarks, Mark, Marked};

const NUMBER_WIDTH: f32 = 38.0;
const TOP_MARGIN: f32 = 18.0;
const BOTTOM_MARGIN: f32 = 40.0;
/// How long a passage stays marked after jumping to it, in seconds.
const FLASH_SECONDS: f64 = 1.8;

/// The article's own state between frames.
#[derive(Default)]
pub struct ArticleState {
    /// Words selected in a paragraph (block index, byte range), kept when focus moves on to a
    /// button so they can still be cited.
    pub selection: Option<(usize, Range<usize>)>,
    /// Where the text cursor was last (block index, byte offset).
    pub cursor: Option<(usize, usize)>,
    /// The paragraph with keyboard focus this frame.
    pub focused: Option<usize>,
    /// Bring this block into view on the next frame.
    pub scroll_to: Option<usize>,
    /// Give this block keyboard focus when it is next shown.
    pub focus: Option<usize>,
    /// A passage marked for a moment after jumping to it: block, range, until (egui time).
    pub flash: Option<(usize, Range<usize>, f64)>,
    /// The paragraphs shown last frame, top to bottom.
    pub visible: Vec<usize>,
    /// Highlights and citations by block. Built when first needed and dropped by
    /// [`ArticleState::evidence_changed`]: typing does not rebuild them, which matters when
    /// words cited from an edited reading must be searched for through all of it.
    marks: Option<Arc<EvidenceMarks>>,
    /// The scroll offset and height of the pane last frame.
    viewport: (f32, f32),
    /// Commands chosen from a paragraph's right-click menu this frame.
    requests: Vec<super::command::Command>,
}

impl ArticleState {
    /// Forgets everything tied to the open answers (after another document is opened).
    pub fn reset(&mut self) {
        *self = ArticleState::default();
    }

    /// The marks for `doc`'s citations and highlights.
    pub fn marks(&mut self, doc: &super::document::Document) -> Arc<EvidenceMarks> {
        self.marks
            .get_or_insert_with(|| Arc::new(EvidenceMarks::of(&doc.reading, &doc.sheet)))
            .clone()
    }

    /// Citations or highlights were added or removed: the marks are built again.
    pub fn evidence_changed(&mut self) {
        self.marks = None;
    }

    /// Scrolls to `range` of `block` and marks it for a moment.
    pub fn show_passage(&mut self, block: usize, range: Range<usize>, now: f64) {
        self.scroll_to = Some(block);
        self.flash = Some((block, range, now + FLASH_SECONDS));
    }
}

/// The id of the paragraph text box at `block`, for focus and tests.
pub fn paragraph_id(block: usize) -> egui::Id {
    egui::Id::unique(("article_paragraph", block))
}

/// How the article is set, from the reading settings.
#[derive(Clone, Copy, PartialEq)]
struct Look {
    body: f32,
    line_height: f32,
    column: f32,
    family: ReadingFont,
}

impl Look {
    fn of(settings: &Settings) -> Look {
        Look {
            body: 16.5,
            line_height: settings.line_spacing,
            column: settings.column_width,
            family: settings.reading_font,
        }
    }

    fn font(&self, size: f32) -> FontId {
        FontId::new(size, family(self.family))
    }
}

/// The egui font family for a reading font (registered in `style::setup`).
pub fn family(font: ReadingFont) -> FontFamily {
    match font {
        ReadingFont::Sans => FontFamily::Proportional,
        ReadingFont::Serif => FontFamily::Name("serif".into()),
        ReadingFont::Legible => FontFamily::Name("legible".into()),
    }
}

/// One thing in the column, top to bottom.
#[derive(Clone, Copy)]
enum Item {
    Title,
    Source,
    Block(usize),
    Empty,
}

/// Where each item sits in the column, for one reading at one width and look.
#[derive(Clone)]
struct ColumnLayout {
    key: (String, u32, u32, u32, u32, ReadingFont),
    items: Vec<Item>,
    /// The top of each item, and the column's total height last.
    tops: Vec<f32>,
}

/// Everything painted over the words of one frame, gathered before the column is drawn.
struct Overlay {
    evidence: Arc<EvidenceMarks>,
    /// Find matches by block; the current one is marked apart.
    found: std::collections::HashMap<usize, Vec<Marked>>,
    flash: Option<(usize, Range<usize>)>,
}

pub fn ui(ui: &mut egui::Ui, state: &mut AppState) {
    tools::ui(ui, state);
    let look = Look::of(&state.settings);
    let now = ui.input(|i| i.time);
    let evidence = state.article.marks(&state.doc);
    let flash = match &state.article.flash {
        Some((block, range, until)) if *until > now => {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs_f64(until - now));
            Some((*block, range.clone()))
        }
        _ => None,
    };
    let overlay = Overlay {
        evidence,
        found: state.find.article_marks(),
        flash,
    };
    let was_focused = state.article.focused.take();
    state.article.visible.clear();
    if let Some(block) = was_focused {
        paragraph_keys(ui, state, block);
    }

    let reading = &state.doc.reading;
    let article = &mut state.article;
    let mut scroll = egui::ScrollArea::vertical()
        .id_salt("article")
        .auto_shrink([false, false]);
    let width = ui.available_width();
    // A gutter on the right keeps the text off the scroll bar.
    let column = (width - 24.0).clamp(200.0, look.column + NUMBER_WIDTH);
    let layout = column_layout(ui, reading, column, &look);
    if let Some(block) = article.scroll_to.take()
        && let Some(offset) = offset_showing(&layout, block, article.viewport)
    {
        scroll = scroll.vertical_scroll_offset(offset);
    }
    let output = scroll.show_viewport(ui, |ui, viewport| {
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
                item_ui(ui, reading, article, &overlay, *item, column, &look)
            });
        }
    });
    state.article.viewport = (output.state.clamped_offset().y, output.inner_rect.height());
    let requests = std::mem::take(&mut state.article.requests);
    state.commands.extend(requests);
}

/// Tab and Shift+Tab between paragraphs (egui's own Tab is kept from the paragraphs, which
/// would otherwise stop at the last one on screen); Tab past the last goes to the editor.
fn paragraph_keys(ui: &egui::Ui, state: &mut AppState, block: usize) {
    let (next, previous) = ui.input_mut(|i| {
        (
            i.consume_key(Modifiers::NONE, Key::Tab),
            i.consume_key(Modifiers::SHIFT, Key::Tab),
        )
    });
    let article = &state.doc.reading.article;
    let is_paragraph = |b: &usize| matches!(article.get(*b), Some(Block::Paragraph { .. }));
    let target = if next {
        let found = (block + 1..article.len()).find(is_paragraph);
        if found.is_none() {
            state.focus_editor = true;
        }
        found
    } else if previous {
        (0..block).rev().find(is_paragraph)
    } else {
        None
    };
    if let Some(target) = target {
        state.article.focus = Some(target);
        state.article.scroll_to = Some(target);
    }
}

/// The scroll offset that brings `block` into view, if it is not in view already.
fn offset_showing(layout: &ColumnLayout, block: usize, viewport: (f32, f32)) -> Option<f32> {
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
fn column_layout(ui: &egui::Ui, reading: &Reading, column: f32, look: &Look) -> Arc<ColumnLayout> {
    // Text is laid out in whole pixels, so the zoom matters as well as the width.
    let key = (
        reading.fingerprint.0.clone(),
        column.to_bits(),
        ui.pixels_per_point().to_bits(),
        look.line_height.to_bits(),
        look.column.to_bits(),
        look.family,
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
fn item_height(ui: &egui::Ui, reading: &Reading, item: Item, column: f32, look: &Look) -> f32 {
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

fn item_ui(
    ui: &mut egui::Ui,
    reading: &Reading,
    article: &mut ArticleState,
    overlay: &Overlay,
    item: Item,
    column: f32,
    look: &Look,
) {
    let text_width = column - NUMBER_WIDTH;
    let weak = ui.visuals().weak_text_color();
    match item {
        Item::Title => {
            let galley = text_galley(ui, &reading.title, Kind::Title, look, column, &[]);
            ui.add(egui::Label::new(galley));
        }
        Item::Source => {
            let source = reading.source.as_deref().unwrap_or("");
            ui.add(egui::Label::new(text_galley(
                ui,
                source,
                Kind::Source,
                look,
                column,
                &[],
            )));
        }
        Item::Block(i) => match &reading.article[i] {
            Block::Heading(text) => {
                ui.add_space(12.0);
                ui.horizontal_top(|ui| {
                    ui.allocate_exact_size(vec2(NUMBER_WIDTH, 1.0), egui::Sense::hover());
                    let marks = overlay.found.get(&i).map_or(&[][..], Vec::as_slice);
                    let galley = text_galley(ui, text, Kind::Heading, look, text_width, marks);
                    ui.add(egui::Label::new(galley));
                });
            }
            Block::Paragraph { number, text } => {
                article.visible.push(i);
                ui.horizontal_top(|ui| {
                    gutter_ui(ui, *number, overlay.evidence.cited_by.get(&i), look, weak);
                    paragraph_ui(ui, i, *number, text, article, overlay, look, text_width);
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

/// The margin: the paragraph's number, and under it the prompts that cite it.
fn gutter_ui(
    ui: &mut egui::Ui,
    number: usize,
    cited_by: Option<&Vec<String>>,
    look: &Look,
    weak: egui::Color32,
) {
    let (margin, _) = ui.allocate_exact_size(vec2(NUMBER_WIDTH, look.body), egui::Sense::hover());
    let first_line = look.body * (look.line_height - 1.0) / 2.0 + 2.0;
    let at = margin.right_top() + vec2(-8.0, first_line);
    ui.painter().text(
        at,
        egui::Align2::RIGHT_TOP,
        number.to_string(),
        FontId::proportional(12.5),
        weak,
    );
    let Some(ids) = cited_by else { return };
    let colour = marks::cited_colour(ui.visuals().dark_mode);
    let mut y = at.y + 17.0;
    for (n, id) in ids.iter().enumerate() {
        let text = if n == 3 {
            format!("+{}", ids.len() - 3)
        } else {
            id.clone()
        };
        let rect = ui.painter().text(
            pos2(at.x, y),
            egui::Align2::RIGHT_TOP,
            text,
            FontId::proportional(11.0),
            colour,
        );
        y = rect.bottom() + 1.0;
        if n == 3 {
            break;
        }
    }
    // Say it in words too, for the mouse and for screen readers.
    let names = ids.join(", ");
    let rect = Rect::from_min_max(margin.left_top(), pos2(margin.right(), y));
    let response = ui.interact(
        rect,
        egui::Id::unique(("cited_by", number)),
        egui::Sense::hover(),
    );
    let said = format!("Paragraph {number} is cited in {names}");
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &said));
    response.on_hover_text(said);
}

#[expect(clippy::too_many_arguments)]
fn paragraph_ui(
    ui: &mut egui::Ui,
    block: usize,
    number: usize,
    text: &str,
    article: &mut ArticleState,
    overlay: &Overlay,
    look: &Look,
    width: f32,
) {
    let id = paragraph_id(block);
    let focused = ui.memory(|m| m.has_focus(id));
    let mut marks: Vec<Marked> = Vec::new();
    if let Some(m) = overlay.evidence.by_block.get(&block) {
        marks.extend(m.iter().cloned());
    }
    if let Some(m) = overlay.found.get(&block) {
        marks.extend(m.iter().cloned());
    }
    if let Some((b, range)) = &overlay.flash
        && *b == block
    {
        marks.push(Marked {
            range: range.clone(),
            mark: Mark::Flash,
        });
    }
    // A selection waiting to be cited stays visible when focus has moved to a button.
    if !focused
        && let Some((b, range)) = &article.selection
        && *b == block
    {
        marks.push(Marked {
            range: range.clone(),
            mark: Mark::Pending,
        });
    }
    let mut layouter = |ui: &egui::Ui, buffer: &dyn egui::TextBuffer, wrap: f32| {
        text_galley(ui, buffer.as_str(), Kind::Body, look, wrap, &marks)
    };
    let mut read_only = text;
    // egui moves the cursor on any button; a right-click must keep the words selected for
    // the menu it opens.
    let before =
        egui::text_edit::TextEditState::load(ui.ctx(), id).and_then(|s| s.cursor.char_range());
    let output = egui::TextEdit::multiline(&mut read_only)
        .id(id)
        .frame(egui::Frame::NONE)
        .margin(egui::Margin::ZERO)
        .desired_width(width)
        .desired_rows(1)
        .lock_focus(true)
        // The keyboard arrives at the start of a paragraph, to read on from there.
        .cursor_at_end(false)
        .layouter(&mut layouter)
        .show(ui);
    let right_click = ui.input(|i| {
        use egui::PointerButton::Secondary;
        i.pointer.button_pressed(Secondary)
            || i.pointer.button_down(Secondary)
            || i.pointer.button_released(Secondary)
    });
    let mut cursor_range = output.cursor_range;
    if right_click
        && output.response.hovered()
        && let Some(before) = before
    {
        let mut state = output.state.clone();
        state.cursor.set_char_range(Some(before));
        state.store(ui.ctx(), id);
        cursor_range = Some(before);
    }
    let label = format!("Paragraph {number}");
    ui.ctx()
        .accesskit_node_builder(id, |node| node.set_label(label));
    output
        .response
        .context_menu(|ui| context_menu_ui(ui, article, overlay, block));
    if article.focus == Some(block) {
        output.response.request_focus();
        article.focus = None;
    }
    if !output.response.has_focus() {
        return;
    }
    article.focused = Some(block);
    // A steady caret and a bar in the margin: egui draws neither for read-only text.
    let bar = output
        .response
        .rect
        .with_min_x(output.response.rect.left() - 4.0)
        .with_max_x(output.response.rect.left() - 2.0);
    ui.painter()
        .rect_filled(bar, 1.0, ui.visuals().selection.stroke.color);
    if let Some(range) = cursor_range {
        let chars = range.as_sorted_char_range();
        let start = byte_at(text, chars.start.0);
        let end = byte_at(text, chars.end.0);
        article.cursor = Some((block, byte_at(text, range.primary.index.0)));
        let selection = (start < end).then_some((block, start..end));
        if article.selection != selection {
            // The tools above the article were drawn before this: draw them again.
            ui.ctx().request_repaint();
            article.selection = selection;
        }
        if range.is_empty() {
            let caret = output.galley.pos_from_cursor(range.primary);
            let caret = caret.translate(output.galley_pos.to_vec2());
            ui.painter().vline(
                caret.left(),
                caret.y_range(),
                egui::Stroke::new(2.0, ui.visuals().text_cursor.stroke.color),
            );
        }
    }
}

/// Right-click on a paragraph: cite or highlight the selected words, or remove a highlight.
fn context_menu_ui(ui: &mut egui::Ui, article: &mut ArticleState, overlay: &Overlay, block: usize) {
    use super::command::Command;
    let selected = article.selection.as_ref().is_some_and(|(b, _)| *b == block);
    if ui
        .add_enabled(selected, egui::Button::new("Cite in this answer"))
        .clicked()
    {
        article.requests.push(Command::Cite);
    }
    ui.menu_button("Highlight in", |ui| {
        for colour in crate::answers::HighlightColour::ALL {
            if ui
                .add_enabled(selected, egui::Button::new(colour.label()))
                .clicked()
            {
                article.requests.push(Command::SetHighlightColour(colour));
                article.requests.push(Command::Highlight);
            }
        }
    });
    let under_cursor = article
        .cursor
        .filter(|(b, _)| *b == block)
        .and_then(|(b, at)| overlay.evidence.highlight_at(b, at));
    if let Some(index) = under_cursor
        && ui.button("Remove this highlight").clicked()
    {
        article.requests.push(Command::RemoveHighlight(index));
    }
}

/// The byte offset of character `index` in `text` (its end when past it).
pub fn byte_at(text: &str, index: usize) -> usize {
    text.char_indices()
        .nth(index)
        .map_or(text.len(), |(at, _)| at)
}

/// Selects characters `chars` of the paragraph at `block` and focuses it, as a student
/// dragging over the words would (for tests that start from a selection).
pub fn select_chars(ctx: &egui::Context, block: usize, chars: Range<usize>) {
    let id = paragraph_id(block);
    let mut state = egui::text_edit::TextEditState::load(ctx, id).unwrap_or_default();
    state.cursor.set_char_range(Some(CCursorRange::two(
        CCursor::new(chars.start),
        CCursor::new(chars.end),
    )));
    state.store(ctx, id);
    ctx.memory_mut(|m| m.request_focus(id));
}

#[derive(Clone, Copy)]
enum Kind {
    Title,
    Source,
    Heading,
    Body,
}

/// The laid-out text of one item (egui caches these, so asking again costs a lookup). Body
/// text gets the chosen line spacing; headings keep the font's own.
fn text_galley(
    ui: &egui::Ui,
    text: &str,
    kind: Kind,
    look: &Look,
    width: f32,
    marks: &[Marked],
) -> Arc<Galley> {
    let visuals = ui.visuals();
    let (size, colour, line_height) = match kind {
        Kind::Title => (26.0, super::style::reading_text_color(visuals), None),
        Kind::Source => (14.0, visuals.weak_text_color(), None),
        Kind::Heading => (19.0, super::style::reading_text_color(visuals), None),
        Kind::Body => (
            look.body,
            super::style::reading_text_color(visuals),
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
