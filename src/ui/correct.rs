//! The teacher's correction of a previewed reading: each block with the role Lectern gave it,
//! which the teacher can change (title, paragraph, section title, question, ignore…), its
//! text, which they can edit, and its place, which they can move; beside it the reading as
//! students will see it, worked out again after every change. The view owns the outline being
//! edited, as the editor owns an answer's text; the app works out what it makes.

use egui::RichText;

use super::command::Action;
use crate::reading::{Block, Outline, OutlineBlock, Reading, Role};

pub use crate::app::correction::{Correction, Moved};

/// The correction window; pushes [`Action::OutlineEdited`] when the teacher changes a block.
pub fn ui(ctx: &egui::Context, correction: &mut Correction, commands: &mut Vec<Action>) {
    let screen = ctx.content_rect();
    let modal = egui::Modal::new(egui::Id::unique("reading_correction")).show(ctx, |ui| {
        ui.set_width((screen.width() - 80.0).clamp(320.0, 1100.0));
        heading_ui(ui, correction);
        ui.add_space(6.0);
        let height = (screen.height() - 260.0).max(160.0);
        columns_ui(ui, correction, height, commands);
        ui.add_space(8.0);
        super::start::warnings_ui(ui, &correction.shown.warnings);
        buttons_ui(ui, correction.replaces.is_some(), commands);
    });
    // Escape leaves a change to a library reading only while nothing is changed: what the
    // teacher typed goes with *Cancel*, asked for by name, not with a stray key.
    let changing = correction.replaces.is_some() && correction.is_changed();
    if super::escape_closes(&modal) && !changing {
        commands.push(Action::EndCorrection);
    }
}

/// The window's top: its title (naming the library reading being changed), what to do, and
/// while a reading that came with no questions still has none, a word to write the first.
fn heading_ui(ui: &mut egui::Ui, correction: &Correction) {
    match &correction.replaces {
        Some(entry) => ui.heading(crate::t!("correct-change-title", title = &entry.title)),
        None => ui.heading(crate::t!("correct-title")),
    };
    ui.label(crate::t!("correct-explain"));
    if correction.writing_questions && correction.shown.reading.prompt_count() == 0 {
        ui.label(RichText::new(crate::t!("correct-no-questions")).strong());
    }
}

/// The two columns, each scrolling on its own up to `height`: the blocks being corrected on
/// the left, the reading they make on the right.
fn columns_ui(
    ui: &mut egui::Ui,
    correction: &mut Correction,
    height: f32,
    commands: &mut Vec<Action>,
) {
    // The note above comes and goes with the first question written: the columns keep
    // their ids whatever came before, or the box being typed in would lose the keyboard
    // after one letter.
    let stable = egui::UiBuilder::new().scope_id(egui::Id::unique("correction_columns"));
    ui.scope_builder(stable, |ui| {
        ui.columns(2, |columns| {
            egui::ScrollArea::vertical()
                .id_salt("correction_blocks")
                .max_height(height)
                .auto_shrink([false, false])
                .show(&mut columns[0], |ui| {
                    let focus = correction.focus.take();
                    let moved = &mut correction.moved;
                    if blocks_ui(ui, &mut correction.outline, focus, moved) {
                        commands.push(Action::OutlineEdited);
                    }
                    if let Some(at) = add_ui(ui, &mut correction.outline) {
                        correction.focus = Some(at);
                        commands.push(Action::OutlineEdited);
                    }
                });
            egui::ScrollArea::vertical()
                .id_salt("correction_result")
                .max_height(height)
                .auto_shrink([false, false])
                .show(&mut columns[1], |ui| {
                    // Columns justify their widgets, which would space a label's words out
                    // to the edge: the reading reads as text, ragged right.
                    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                        shown_ui(ui, &correction.shown.reading)
                    });
                });
        })
    });
}

/// The buttons at the bottom: save the changes to a library reading (`replacing`), or add the
/// new one or go back to Lectern's own reading of it; and *Cancel*.
fn buttons_ui(ui: &mut egui::Ui, replacing: bool, commands: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        if replacing {
            if ui.button(crate::t!("correct-save-changes")).clicked() {
                commands.push(Action::SaveEditedReading);
            }
            if ui.button(crate::t!("cancel")).clicked() {
                commands.push(Action::ClosePreview);
            }
        } else {
            let add = super::command::Command::ConfirmAddReading;
            if ui.button(add.label()).clicked() {
                commands.push(add.into());
            }
            if ui
                .button(crate::t!("correct-undo"))
                .on_hover_text(crate::t!("correct-undo-hint"))
                .clicked()
            {
                commands.push(Action::EndCorrection);
            }
            if ui.button(crate::t!("cancel")).clicked() {
                commands.push(Action::ClosePreview);
            }
        }
    });
}

/// The roles a teacher writes new blocks of, in the order offered.
const WRITABLE: [Role; 6] = [
    Role::Question,
    Role::Essay,
    Role::SectionTitle,
    Role::Lead,
    Role::Instructions,
    Role::Paragraph,
];

/// Buttons that add an empty block of each role the teacher may write; returns where one went.
fn add_ui(ui: &mut egui::Ui, outline: &mut Outline) -> Option<usize> {
    let mut added = None;
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(crate::t!("correct-add"));
        for role in WRITABLE {
            if ui.button(format!("+ {}", role.label())).clicked() {
                added = Some(outline.add(role));
            }
        }
    });
    added
}

/// The move and remove buttons' hover texts, looked up once a frame rather than once a block
/// (their names, which differ by block, only when asked for).
struct Hovers {
    move_up: String,
    move_down: String,
    remove: String,
}

/// What the teacher did to the list this frame; a move or removal is done once every block is
/// drawn, not while they are being walked.
#[derive(Default)]
struct Asked {
    /// A block's role or text was changed.
    changed: bool,
    /// Swap the block at this index with the next one.
    swap: Option<usize>,
    /// Take the block at this index out.
    remove: Option<usize>,
    /// The swap was asked by keyboard: the block's button to keep it next frame.
    moving: Option<Moved>,
}

/// Each block: its role, its text and the buttons that move it or take it out; `focus`, a
/// block whose text takes the keyboard; `moved`, a block whose move button does. Returns
/// whether any changed.
fn blocks_ui(
    ui: &mut egui::Ui,
    outline: &mut Outline,
    focus: Option<usize>,
    moved: &mut Option<Moved>,
) -> bool {
    let mut asked = Asked::default();
    let focus_moved = moved.take();
    let count = outline.blocks.len();
    let hovers = Hovers {
        move_up: crate::t!("correct-move-up"),
        move_down: crate::t!("correct-move-down"),
        remove: crate::t!("correct-remove"),
    };
    for (i, block) in outline.blocks.iter_mut().enumerate() {
        ui.push_id(i, |ui| {
            ui.horizontal(|ui| {
                asked.changed |= role_ui(ui, i, &mut block.role);
                move_buttons_ui(ui, i, count, focus_moved, &hovers, &mut asked);
                remove_button_ui(ui, i, &hovers, &mut asked);
            });
            asked.changed |= text_ui(ui, i, block, focus == Some(i));
            ui.add_space(4.0);
        });
    }
    if let Some(i) = asked.swap {
        outline.blocks.swap(i, i + 1);
        *moved = asked.moving;
        asked.changed = true;
    }
    // One change a frame: a block taken out by its index after a move would be the wrong one.
    else if let Some(i) = asked.remove {
        outline.remove(i);
        asked.changed = true;
    }
    asked.changed
}

/// The role of block `i`, in a list to change it; returns whether it was changed.
fn role_ui(ui: &mut egui::Ui, i: usize, role: &mut Role) -> bool {
    let before = *role;
    super::combo(
        ui,
        &crate::t!("correct-block-is", n = i + 1),
        egui::ComboBox::from_id_salt("role")
            .selected_text(role.label())
            .width(150.0)
            .height(400.0),
        |ui| {
            for each in Role::ALL {
                ui.selectable_value(role, each, each.label());
            }
        },
    );
    *role != before
}

/// The buttons that move block `i` of `count` up and down; after a move by keyboard, the
/// moved block's button keeps the keyboard (`focus_moved`).
fn move_buttons_ui(
    ui: &mut egui::Ui,
    i: usize,
    count: usize,
    focus_moved: Option<Moved>,
    hovers: &Hovers,
    asked: &mut Asked,
) {
    let up = ui.add_enabled(i > 0, egui::Button::new("⏶").small());
    // Named by block for a screen reader ("Move block 6 up"): a column of buttons
    // all called "Move up" cannot be told apart by ear.
    let n = i + 1;
    up.widget_info(|| {
        let name = crate::t!("correct-move-up-named", n = n);
        egui::WidgetInfo::labeled(egui::Role::Button, i > 0, name)
    });
    let up_by_keyboard = up.has_focus();
    let up = up.on_hover_text(&hovers.move_up);
    if up.clicked() {
        asked.swap = Some(i - 1);
        asked.moving = up_by_keyboard.then_some(Moved {
            to: i - 1,
            up: true,
        });
    }
    let down = ui.add_enabled(i + 1 < count, egui::Button::new("⏷").small());
    down.widget_info(|| {
        let name = crate::t!("correct-move-down-named", n = n);
        egui::WidgetInfo::labeled(egui::Role::Button, i + 1 < count, name)
    });
    let down_by_keyboard = down.has_focus();
    let down = down.on_hover_text(&hovers.move_down);
    if down.clicked() {
        asked.swap = Some(i);
        asked.moving = down_by_keyboard.then_some(Moved {
            to: i + 1,
            up: false,
        });
    }
    // The moved block's button keeps the keyboard (its other one at the list's
    // top or bottom, where the pressed one is greyed out).
    if let Some(Moved { to, up: was_up }) = focus_moved
        && to == i
    {
        let keep_up = if was_up { i > 0 } else { i + 1 >= count };
        if keep_up {
            up.request_focus();
        } else {
            down.request_focus();
        }
    }
}

/// The button that takes block `i` out.
fn remove_button_ui(ui: &mut egui::Ui, i: usize, hovers: &Hovers, asked: &mut Asked) {
    let n = i + 1;
    let cross = ui.add(egui::Button::new("×").small());
    cross.widget_info(|| {
        let name = crate::t!("correct-remove-named", n = n);
        egui::WidgetInfo::labeled(egui::Role::Button, true, name)
    });
    if cross.on_hover_text(&hovers.remove).clicked() {
        asked.remove = Some(i);
    }
}

/// The text of block `i`, to edit (greyed out when the block is ignored); `focused`: it takes
/// the keyboard and is scrolled to. Returns whether it was changed.
fn text_ui(ui: &mut egui::Ui, i: usize, block: &mut OutlineBlock, focused: bool) -> bool {
    let ignored = block.role == Role::Ignore;
    let mut edit = egui::TextEdit::multiline(&mut block.text)
        .desired_width(f32::INFINITY)
        .desired_rows(1);
    if ignored {
        edit = edit.text_color(ui.visuals().weak_text_color());
    }
    let response = ui.add(edit);
    // Named for a screen reader (and found by tests) as "Text of block 3".
    let name = crate::t!("correct-block-text", n = i + 1);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, &name));
    if focused {
        response.request_focus();
        response.scroll_to_me(Some(egui::Align::Center));
    }
    response.changed()
}

/// The reading the outline makes, as a student will meet it.
fn shown_ui(ui: &mut egui::Ui, reading: &Reading) {
    ui.label(RichText::new(&reading.title).strong().size(16.0));
    if let Some(source) = &reading.source {
        ui.label(RichText::new(source).weak());
    }
    ui.label(RichText::new(reading.overview()).weak());
    // The article too, as students will read it: a typo fixed on the left shows here.
    for block in &reading.article {
        ui.add_space(4.0);
        match block {
            Block::Heading(text) => ui.label(RichText::new(text).strong()),
            Block::Paragraph { text, .. } => ui.label(text),
        };
    }
    for section in &reading.sections {
        ui.add_space(4.0);
        ui.label(RichText::new(section.title_in(crate::i18n::language())).strong());
        if let Some(description) = &section.description {
            ui.label(RichText::new(description).italics());
        }
        for prompt in &section.prompts {
            ui.label(format!("{}. {}", prompt.name(), prompt.full_text()));
        }
    }
    for note in &reading.notes {
        ui.add_space(4.0);
        ui.label(RichText::new(note).weak());
    }
}
