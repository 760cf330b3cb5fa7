//! The article pane: the reading set as a page, in a column of comfortable width, with numbered
//! paragraphs (answers cite them by number) and subheadings set apart.
//!
//! Each paragraph is a read-only text box, so its words can be selected with the mouse or the
//! keyboard (Shift+arrows) and cited or highlighted. Tab and Shift+Tab move between
//! paragraphs; F6 goes to the answer editor and back.
//!
//! Only the paragraphs in view are laid out and painted each frame. Every block's height is
//! measured once for everything it depends on (`layout::LayoutKey`, kept in egui's memory), so
//! a 100,000-word reading scrolls as lightly as a short one.

mod layout;
pub mod marks;
mod paragraph;
mod tools;

use std::ops::Range;
use std::sync::Arc;

use egui::{Key, Modifiers, Rect, pos2, vec2};

use super::a11y;
use super::command::Action;
use super::find::Place;
use crate::app::document::Document;
use crate::app::state::Settings;
use crate::reading::{Block, Reading};
use layout::{
    Item, Kind, Look, NUMBER_WIDTH, column_layout, empty_note, offset_showing, text_galley,
};
use marks::EvidenceMarks;
pub use paragraph::{byte_at, paragraph_id, select_chars};
use paragraph::{gutter_ui, paragraph_ui};

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
    /// Highlights and citations by block, with the evidence generation they were built for:
    /// typing does not rebuild them, which matters when words cited from an edited reading
    /// must be searched for through all of it.
    marks: Option<(u64, Arc<EvidenceMarks>)>,
    /// The scroll offset and height of the pane last frame.
    viewport: (f32, f32),
    /// Commands chosen from a paragraph's right-click menu this frame.
    requests: Vec<super::command::Action>,
    /// The student scrolled the article (wheel or scroll bar) this frame: a read-aloud stops
    /// following its voice.
    pub scrolled_by_hand: bool,
    /// The block the view last followed a read-aloud to.
    pub followed: Option<usize>,
    /// The line focus's middle, from the top of the article's view, and a line's height.
    line_focus: Option<f32>,
    line_height: f32,
    /// The rows of text painted this frame (top and bottom on the screen), and last frame's
    /// from the top of the view, for the line focus to sit on whole lines.
    rows: Vec<(f32, f32)>,
    rows_in_view: Vec<(f32, f32)>,
    /// Where the word being read aloud is on the screen (its row's middle), when painted.
    voice_y: Option<f32>,
    /// Scroll the article by this much on the next frame (the line focus moved past the view).
    scroll_by: Option<f32>,
}

impl ArticleState {
    /// Forgets everything tied to the open answers (after another document is opened).
    pub fn reset(&mut self) {
        *self = ArticleState::default();
    }

    /// The marks for `doc`'s citations and highlights.
    /// Built again when the document's citations or highlights change
    /// ([`Document::evidence_generation`]), never per keystroke.
    pub fn marks(&mut self, doc: &Document) -> Arc<EvidenceMarks> {
        let generation = doc.evidence_generation();
        match &self.marks {
            Some((built_for, marks)) if *built_for == generation => marks.clone(),
            _ => {
                let marks = Arc::new(EvidenceMarks::of(&doc.reading, &doc.sheet));
                self.marks = Some((generation, marks.clone()));
                marks
            }
        }
    }

    /// Where the line focus's middle is, from the top of the article's view (once placed).
    pub fn line_focus(&self) -> Option<f32> {
        self.line_focus
    }

    /// Moves the line focus `by` lines (down when positive), from row to row of the text; past
    /// the view's edge the article scrolls under it instead.
    pub fn move_line_focus(&mut self, by: f32) {
        let (_, height) = self.viewport;
        let line = self.line_height.max(8.0);
        let middle = self.line_focus.unwrap_or(height / 3.0);
        let rows = &self.rows_in_view;
        let Some(at) = nearest_row(rows, middle) else {
            self.line_focus = Some((middle + by * line).clamp(0.0, height.max(0.0)));
            return;
        };
        let to = at as isize + by as isize;
        let inside = |(top, bottom): (f32, f32)| top >= 0.0 && bottom <= height;
        match usize::try_from(to)
            .ok()
            .and_then(|to| rows.get(to))
            .copied()
        {
            Some(row) if inside(row) => self.line_focus = Some((row.0 + row.1) / 2.0),
            // The next line is cut by the view's edge, or out of it: the text moves instead.
            _ => self.scroll_by = Some(by * line),
        }
    }

    /// Scrolls to `range` of `block` and marks it for a moment.
    pub fn show_passage(&mut self, block: usize, range: Range<usize>, now: f64) {
        self.scroll_to = Some(block);
        self.flash = Some((block, range, now + FLASH_SECONDS));
    }
}

/// Everything painted over the words of one frame, gathered before the column is drawn.
struct Overlay<'a> {
    evidence: Arc<EvidenceMarks>,
    /// Find and its matches, looked up by block as blocks are drawn.
    find: &'a super::find::FindState,
    flash: Option<(usize, Range<usize>)>,
    /// The sentence (and word) being read aloud.
    spoken: Option<crate::app::read_aloud::Spoken>,
    /// The line focus is on: the paragraphs say where their rows are.
    line_focus: bool,
}

/// What the article reads; it owns only its own view state (`article`: selection, focus,
/// scrolling).
pub struct ArticleView<'a> {
    pub doc: &'a Document,
    pub settings: &'a Settings,
    pub find: &'a super::find::FindState,
    pub evidence: Arc<EvidenceMarks>,
    /// The sentence being read aloud, when it is the article's.
    pub spoken: Option<crate::app::read_aloud::Spoken>,
    /// The read-aloud controls, shown while something is read aloud.
    pub reading_aloud: Option<&'a crate::app::read_aloud::ReadAloud>,
}

pub fn ui(
    ui: &mut egui::Ui,
    view: ArticleView<'_>,
    article: &mut ArticleState,
    actions: &mut Vec<Action>,
) {
    tools::ui(ui, view.settings, article.selection.is_some(), actions);
    if let Some(read) = view.reading_aloud {
        super::read_aloud::controls_ui(ui, read, actions);
    }
    let look = Look::of(view.settings, ui.ctx());
    let now = ui.input(|i| i.time);
    let evidence = view.evidence;
    let flash = match &article.flash {
        Some((block, range, until)) if *until > now => {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs_f64(until - now));
            Some((*block, range.clone()))
        }
        _ => None,
    };
    let was_focused = article.focused.take();
    article.visible.clear();
    article.rows.clear();
    article.voice_y = None;
    if let Some(block) = was_focused {
        paragraph_keys(ui, view.doc, article, block);
    }
    let overlay = Overlay {
        evidence,
        find: view.find,
        flash,
        spoken: view.spoken,
        line_focus: view.settings.line_focus,
    };

    let reading = &view.doc.reading;
    let mut scroll = egui::ScrollArea::vertical()
        .id_salt("article")
        .auto_shrink([false, false]);
    let width = ui.available_width();
    // A gutter on the right keeps the text off the scroll bar.
    let column = (width - 24.0).clamp(200.0, look.column + NUMBER_WIDTH);
    let layout = column_layout(ui, reading, column, &look);
    let mut scripted = false;
    if let Some(by) = article.scroll_by.take() {
        scroll = scroll.vertical_scroll_offset((article.viewport.0 + by).max(0.0));
        scripted = true;
    }
    if let Some(block) = article.scroll_to.take()
        && let Some(offset) = offset_showing(&layout, block, article.viewport)
    {
        scroll = scroll.vertical_scroll_offset(offset);
        scripted = true;
    }
    let output = scroll.show_viewport(ui, |ui, viewport| {
        let total = *layout.tops.last().unwrap_or(&0.0);
        ui.set_min_height(total);
        let left = ui.min_rect().left() + ((width - column) / 2.0).max(0.0);
        let top = ui.min_rect().top();
        let in_view = super::rows_in_view(&layout.tops, viewport);
        let rect_of = |i: usize| {
            let y = layout.tops[i];
            Rect::from_min_size(pos2(left, top + y), vec2(column, layout.tops[i + 1] - y))
        };
        // Screen readers get the items out of view too (`a11y.rs`), in reading order.
        let reader = a11y::container(ui, egui::Role::Article, &reading.title);
        let stand_ins = |ui: &egui::Ui, range: std::ops::Range<usize>| {
            if !reader {
                return;
            }
            for i in range {
                item_stand_in(ui, reading, layout.items[i], rect_of(i));
            }
        };
        stand_ins(ui, 0..in_view.start);
        for i in in_view.clone() {
            let item = &layout.items[i];
            ui.scope_builder(egui::UiBuilder::new().max_rect(rect_of(i)), |ui| {
                item_ui(ui, reading, article, &overlay, *item, column, &look)
            });
        }
        stand_ins(ui, in_view.end..layout.items.len());
    });
    if view.settings.line_focus {
        let lines = usize::from(view.settings.line_focus_lines.max(1));
        // While the article is read aloud and followed, the line focus is on the voice.
        let voice = view
            .reading_aloud
            .filter(|r| r.follow && r.playing == crate::app::read_aloud::Playing::Speaking)
            .and(article.voice_y);
        let line = look.body * look.line_height;
        line_focus_ui(ui, article, output.inner_rect, (line, lines), voice);
    }
    let offset = output.state.clamped_offset().y;
    article.scrolled_by_hand = !scripted
        && (offset - article.viewport.0).abs() > 0.5
        && ui.rect_contains_pointer(output.inner_rect.expand(16.0));
    article.viewport = (offset, output.inner_rect.height());
    actions.append(&mut article.requests);
}

/// The line focus: the rows of text around its middle as they are, the rest of the view dimmed.
/// It sits on whole rows (`lines` of them, `line` high each where there are no rows to go by).
/// The mouse moves it (pointing in the article), Alt+↑ and Alt+↓ too
/// ([`ArticleState::move_line_focus`]), and a voice reading the article takes it along.
fn line_focus_ui(
    ui: &egui::Ui,
    article: &mut ArticleState,
    view: Rect,
    (line, lines): (f32, usize),
    voice: Option<f32>,
) {
    article.line_height = line;
    article.rows_in_view = article
        .rows
        .iter()
        .map(|(top, bottom)| (top - view.top(), bottom - view.top()))
        .filter(|(top, bottom)| *bottom > 0.0 && *top < view.height())
        .collect();
    let pointer = ui.input(|i| {
        let moved = i.pointer.delta() != egui::Vec2::ZERO;
        i.pointer.hover_pos().filter(|p| moved && view.contains(*p))
    });
    if let Some(y) = voice.or(pointer.map(|p| p.y)) {
        article.line_focus = Some(y - view.top());
    }
    let middle = article.line_focus.unwrap_or(view.height() / 3.0);
    let rows = &article.rows_in_view;
    let (top, bottom) = match nearest_row(rows, middle) {
        Some(at) => {
            let first = at.saturating_sub((lines - 1) / 2);
            let last = (first + lines - 1).min(rows.len() - 1);
            (rows[first].0, rows[last].1)
        }
        None => {
            let half = line * lines as f32 / 2.0;
            (middle - half, middle + half)
        }
    };
    let (top, bottom) = (view.top() + top - 2.0, view.top() + bottom + 2.0);
    let shade = ui.visuals().panel_fill.gamma_multiply(0.82);
    let painter = ui.painter().with_clip_rect(view);
    if top > view.top() {
        painter.rect_filled(
            Rect::from_x_y_ranges(view.x_range(), view.top()..=top),
            0.0,
            shade,
        );
    }
    if bottom < view.bottom() {
        painter.rect_filled(
            Rect::from_x_y_ranges(view.x_range(), bottom..=view.bottom()),
            0.0,
            shade,
        );
    }
    // A thin edge above and below the lines let through, for eyes that lose them.
    let edge = egui::Stroke::new(1.0, ui.visuals().weak_text_color().gamma_multiply(0.5));
    painter.hline(view.x_range(), top, edge);
    painter.hline(view.x_range(), bottom, edge);
}

/// The row (top, bottom) nearest to `y`, by its middle.
fn nearest_row(rows: &[(f32, f32)], y: f32) -> Option<usize> {
    (0..rows.len()).min_by(|a, b| {
        let distance = |i: usize| ((rows[i].0 + rows[i].1) / 2.0 - y).abs();
        distance(*a).total_cmp(&distance(*b))
    })
}

/// Tab and Shift+Tab between paragraphs (egui's own Tab is kept from the paragraphs, which
/// would otherwise stop at the last one on screen). Past the last paragraph (or before the
/// first) the key is left to egui, which goes on to the next control of the window: the
/// toolbar, the question list and the answer are all reached by Tab alone.
fn paragraph_keys(ui: &egui::Ui, doc: &Document, article: &mut ArticleState, block: usize) {
    // Shift+Tab first: egui matches a plain Tab to a Shift+Tab press too, which once moved
    // Shift+Tab forward.
    let (previous, next) = ui.input(|i| {
        let tab = i.key_pressed(Key::Tab) && !i.modifiers.command && !i.modifiers.alt;
        (tab && i.modifiers.shift, tab && !i.modifiers.shift)
    });
    let blocks = &doc.reading.article;
    let is_paragraph = |b: &usize| matches!(blocks.get(*b), Some(Block::Paragraph { .. }));
    let target = if next {
        (block + 1..blocks.len()).find(is_paragraph)
    } else if previous {
        (0..block).rev().find(is_paragraph)
    } else {
        None
    };
    if !(next || previous) {
        return;
    }
    let modifiers = if previous {
        Modifiers::SHIFT
    } else {
        Modifiers::NONE
    };
    ui.input_mut(|i| i.consume_key(modifiers, Key::Tab));
    match target {
        Some(target) => {
            article.focus = Some(target);
            article.scroll_to = Some(target);
        }
        // The paragraphs keep Tab from egui (their event filter): past the ends, egui is
        // asked to move on as it would from any control.
        None => ui.memory_mut(|m| {
            m.move_focus(if previous {
                egui::FocusDirection::Previous
            } else {
                egui::FocusDirection::Next
            })
        }),
    }
}

/// The stand-in node of an item out of view: what `item_ui` would show, for screen readers.
fn item_stand_in(ui: &egui::Ui, reading: &Reading, item: Item, rect: Rect) {
    let described;
    let (role, name, description) = match item {
        Item::Title => (egui::Role::Heading, reading.title.as_str(), None),
        Item::Source => (
            egui::Role::Label,
            reading.source.as_deref().unwrap_or(""),
            None,
        ),
        Item::Block(i) => match &reading.article[i] {
            Block::Heading(text) => (egui::Role::Heading, text.as_str(), None),
            Block::Paragraph { number, text } => {
                described = crate::t!("article-paragraph", number = *number);
                (egui::Role::Label, text.as_str(), Some(described.as_str()))
            }
        },
        Item::Empty => return,
    };
    let id = egui::Id::unique(("article_stand_in", item));
    let what = a11y::StandIn {
        role,
        name,
        description,
        toggled: None,
    };
    a11y::stand_in(ui, id, rect, egui::Sense::hover(), &what);
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
                    ui.spacing_mut().item_spacing.x = 0.0;
                    ui.allocate_exact_size(vec2(NUMBER_WIDTH, 1.0), egui::Sense::hover());
                    let marks = overlay.find.marks_at(Place::Article(i));
                    let galley = text_galley(ui, text, Kind::Heading, look, text_width, &marks);
                    ui.add(egui::Label::new(galley));
                });
            }
            Block::Paragraph { number, text } => {
                article.visible.push(i);
                ui.horizontal_top(|ui| {
                    // The text gets exactly the width its height was measured at
                    // (`layout::item_height`): with egui's spacing after the margin it wrapped
                    // narrower, grew a line, and its last line was drawn over the next
                    // paragraph (seen at 1024×600).
                    ui.spacing_mut().item_spacing.x = 0.0;
                    gutter_ui(ui, *number, overlay.evidence.cited_by.get(&i), look, weak);
                    paragraph_ui(ui, i, *number, text, article, overlay, look, text_width);
                });
            }
        },
        Item::Empty => {
            ui.add(egui::Label::new(empty_note(ui, column)));
        }
    }
}
