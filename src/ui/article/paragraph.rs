//! One paragraph of the article: its number and citing prompts in the margin, and its words
//! in a read-only text box that can be selected, cited, highlighted and right-clicked.

use std::ops::Range;

use egui::text::{CCursor, CCursorRange};
use egui::{FontId, Rect, pos2, vec2};

use super::layout::{Kind, Look, NUMBER_WIDTH, text_galley};
use super::marks::{self, Mark, Marked};
use super::{ArticleState, Overlay};

/// The id of the paragraph text box at `block`, for focus and tests.
pub fn paragraph_id(block: usize) -> egui::Id {
    egui::Id::unique(("article_paragraph", block))
}

/// How a prompt's id ("Q3", "L1", "E2": stable in files) is marked in the margin, in the
/// window's language ("С3" in Kazakh). An id of another shape is shown as it is.
fn prompt_mark(id: &str) -> String {
    let mut chars = id.chars();
    let kind = chars.next();
    let number: Option<usize> = chars.as_str().parse().ok();
    match (kind, number) {
        (Some('Q'), Some(n)) => crate::t!("mark-question", number = n),
        (Some('L'), Some(n)) => crate::t!("mark-lead", number = n),
        (Some('E'), Some(n)) => crate::t!("mark-essay", number = n),
        _ => id.to_owned(),
    }
}

/// The margin: the paragraph's number, and under it the prompts that cite it.
pub(super) fn gutter_ui(
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
            prompt_mark(id)
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
    let names = ids
        .iter()
        .map(|id| prompt_mark(id))
        .collect::<Vec<_>>()
        .join(", ");
    let rect = Rect::from_min_max(margin.left_top(), pos2(margin.right(), y));
    let response = ui.interact(
        rect,
        egui::Id::unique(("cited_by", number)),
        egui::Sense::hover(),
    );
    let said = crate::t!("article-cited-in", number = number, names = names.as_str());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &said));
    response.on_hover_text(said);
}

/// The paragraph's words, in a read-only text box that can be selected, cited, highlighted
/// and right-clicked; with the keyboard in it, a bar in the margin and a caret.
#[expect(clippy::too_many_arguments)]
pub(super) fn paragraph_ui(
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
    let marks = marks_of(block, focused, article, overlay);
    let mut layouter = |ui: &egui::Ui, buffer: &dyn egui::TextBuffer, wrap: f32| {
        text_galley(ui, buffer.as_str(), Kind::Body, look, wrap, &marks)
    };
    let mut read_only = text;
    let before = selection_before_right_click(ui, id);
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
    // Where the rows are, for the line focus; where the voice is, for it to follow.
    let offset = output.galley_pos.to_vec2();
    if overlay.line_focus {
        for row in &output.galley.rows {
            let rect = row.rect().translate(offset);
            article.rows.push((rect.top(), rect.bottom()));
        }
    }
    if let Some(spoken) = &overlay.spoken
        && spoken.block == Some(block)
    {
        let at = spoken
            .word
            .as_ref()
            .map_or(spoken.sentence.start, |w| w.start);
        let chars = text.get(..at).map_or(0, |t| t.chars().count());
        let place = output
            .galley
            .pos_from_cursor(egui::text::CCursor::new(chars))
            .translate(offset);
        article.voice_y = Some(place.center().y);
    }
    let cursor_range = keep_selection(ui, id, &output, before);
    describe_for_screen_readers(ui, id, number);
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
    focused_ui(ui, block, text, article, &output, cursor_range);
}

/// What the paragraph's words are marked with: evidence cited and highlights, words found,
/// a citation just jumped to, and a selection waiting to be cited.
fn marks_of(block: usize, focused: bool, article: &ArticleState, overlay: &Overlay) -> Vec<Marked> {
    let mut marks: Vec<Marked> = Vec::new();
    if let Some(m) = overlay.evidence.by_block.get(&block) {
        marks.extend(m.iter().cloned());
    }
    marks.extend(
        overlay
            .find
            .marks_at(crate::ui::find::Place::Article(block)),
    );
    if let Some(spoken) = &overlay.spoken
        && spoken.block == Some(block)
    {
        marks.extend(crate::ui::read_aloud::spoken_marks(spoken));
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
    marks
}

/// The selection as it was before this frame, while the right mouse button is in play: egui
/// moves the cursor on any button, and a right-click must keep the words selected for the
/// menu it opens.
fn selection_before_right_click(ui: &egui::Ui, id: egui::Id) -> Option<CCursorRange> {
    let right_click = ui.input(|i| {
        use egui::PointerButton::Secondary;
        i.pointer.button_pressed(Secondary)
            || i.pointer.button_down(Secondary)
            || i.pointer.button_released(Secondary)
    });
    right_click
        .then(|| egui::text_edit::TextEditState::load(ui.ctx(), id))
        .flatten()
        .and_then(|s| s.cursor.char_range())
}

/// The cursor range after a right-click on the words: the selection from before it, put back
/// (see [`selection_before_right_click`]); else the text box's own.
fn keep_selection(
    ui: &egui::Ui,
    id: egui::Id,
    output: &egui::text_edit::TextEditOutput,
    before: Option<CCursorRange>,
) -> Option<CCursorRange> {
    if output.response.hovered()
        && let Some(before) = before
    {
        let mut state = output.state.clone();
        state.cursor.set_char_range(Some(before));
        state.store(ui.ctx(), id);
        return Some(before);
    }
    output.cursor_range
}

/// Read-only text to a screen reader (AT-SPI "label", with its text interface for the caret
/// and selection), not an edit field; its name is its words, "Paragraph N" follows.
fn describe_for_screen_readers(ui: &egui::Ui, id: egui::Id, number: usize) {
    let label = crate::t!("article-paragraph", number = number);
    ui.ctx().accesskit_node_builder(id, |node| {
        node.set_role(egui::Role::Label);
        node.set_description(label.clone());
        node.set_label(label);
    });
}

/// The paragraph with the keyboard in it: a bar in the margin and a steady caret (egui draws
/// neither for read-only text), and the article told where the cursor and selection are.
fn focused_ui(
    ui: &egui::Ui,
    block: usize,
    text: &str,
    article: &mut ArticleState,
    output: &egui::text_edit::TextEditOutput,
    cursor_range: Option<CCursorRange>,
) {
    let bar = output
        .response
        .rect
        .with_min_x(output.response.rect.left() - 4.0)
        .with_max_x(output.response.rect.left() - 2.0);
    ui.painter()
        .rect_filled(bar, 1.0, ui.visuals().selection.stroke.color);
    let Some(range) = cursor_range else { return };
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

/// Right-click on a paragraph: cite or highlight the selected words, or remove a highlight.
fn context_menu_ui(ui: &mut egui::Ui, article: &mut ArticleState, overlay: &Overlay, block: usize) {
    use crate::ui::command::{Action, Command};
    let selected = article.selection.as_ref().is_some_and(|(b, _)| *b == block);
    if ui
        .add_enabled(selected, egui::Button::new(crate::t!("article-cite-here")))
        .clicked()
    {
        article.requests.push(Command::Cite.into());
    }
    ui.menu_button(crate::t!("article-highlight-in"), |ui| {
        for colour in crate::answers::HighlightColour::ALL {
            if ui
                .add_enabled(selected, egui::Button::new(colour.label()))
                .clicked()
            {
                article.requests.push(Action::SetHighlightColour(colour));
                article.requests.push(Command::Highlight.into());
            }
        }
    });
    let under_cursor = article
        .cursor
        .filter(|(b, _)| *b == block)
        .and_then(|(b, at)| overlay.evidence.highlight_at(b, at));
    if let Some(index) = under_cursor
        && ui.button(crate::t!("article-remove-highlight")).clicked()
    {
        article.requests.push(Action::RemoveHighlight(index));
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
