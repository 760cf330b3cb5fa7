//! The wavy line under a misspelt word (egui has none: it is drawn from the answer box's galley)
//! and the menu a right-click on one opens.

use egui::epaint::text::cursor::CCursor;
use egui::{Color32, Pos2, Stroke};

use super::command::Action;
use super::editor::SpellMenu;
use super::spelling::{SpellAction, SpellView};
use crate::spell::{Flag, Flags};

/// The underline's colour and width: red that reads on white, on dark grey and on black.
fn stroke(visuals: &egui::Visuals) -> Stroke {
    if super::style::is_high_contrast(visuals) {
        Stroke::new(2.0, Color32::from_rgb(255, 120, 120))
    } else if visuals.dark_mode {
        Stroke::new(1.4, Color32::from_rgb(255, 105, 97))
    } else {
        Stroke::new(1.4, Color32::from_rgb(200, 30, 30))
    }
}

/// Underlines each flagged word that is in view.
pub fn paint(ui: &egui::Ui, output: &egui::text_edit::TextEditOutput, flags: &[Flag]) {
    if flags.is_empty() {
        return;
    }
    let clip = output.text_clip_rect.intersect(ui.clip_rect());
    let painter = ui.painter().with_clip_rect(clip);
    let stroke = stroke(ui.visuals());
    let galley = &output.galley;
    let at = |index: usize| {
        galley
            .pos_from_cursor(CCursor::new(index))
            .translate(output.galley_pos.to_vec2())
    };
    // Only the flags from the top of the view down: finding a flag's place walks the galley's
    // rows, and a long answer scrolled to its end has hundreds above the view.
    let top: usize = galley
        .cursor_from_pos(clip.min - output.galley_pos)
        .index
        .into();
    let first = flags.partition_point(|f| f.chars.end < top);
    for flag in &flags[first..] {
        let start = at(flag.chars.start);
        if start.min.y > clip.max.y {
            break; // Flags are in text order: the rest are below the view.
        }
        let end = at(flag.chars.end);
        if end.max.y < clip.min.y {
            continue;
        }
        if (start.center().y - end.center().y).abs() < 1.0 {
            wave(&painter, start.left(), end.left(), start.bottom(), stroke);
        } else {
            // A word broken across rows (only a very long one): under both parts.
            wave(
                &painter,
                start.left(),
                galley.rect.right() + output.galley_pos.x,
                start.bottom(),
                stroke,
            );
            wave(
                &painter,
                output.galley_pos.x,
                end.left(),
                end.bottom(),
                stroke,
            );
        }
    }
}

fn wave(painter: &egui::Painter, from: f32, to: f32, bottom: f32, stroke: Stroke) {
    if to - from < 2.0 {
        return;
    }
    let (amplitude, step) = (1.3, 2.0);
    let base = bottom - 1.6;
    let mut points = vec![];
    let mut x = from;
    let mut up = true;
    while x < to {
        points.push(Pos2::new(
            x,
            if up {
                base - amplitude
            } else {
                base + amplitude
            },
        ));
        up = !up;
        x += step;
    }
    points.push(Pos2::new(to, base));
    painter.add(egui::Shape::line(points, stroke));
}

/// Opens the menu on a right-clicked flagged word, or on the word under the text cursor with
/// Shift+F10 or the Menu key: its suggestions (worked out off the frame), *Add to my words*,
/// *Ignore in this answer*. What the student picks comes back as an action.
pub fn menu(
    ui: &egui::Ui,
    output: &egui::text_edit::TextEditOutput,
    text: &str,
    flags: &Flags,
    menu: &mut Option<SpellMenu>,
    spell: &SpellView<'_>,
) -> Option<Action> {
    let response = &output.response.response;
    let mut chosen = None;
    if response.secondary_clicked() {
        *menu = None;
        if let Some(asked) = open_at_pointer(ui, output, text, flags, menu) {
            chosen = Some(asked);
        }
    }
    // The keyboard's way to the same menu, for the word under the text cursor.
    let keyboard = response.has_focus()
        && ui.input_mut(|i| {
            i.consume_key(egui::Modifiers::SHIFT, egui::Key::F10)
                || i.consume_key(egui::Modifiers::NONE, egui::Key::Menu)
        });
    if keyboard
        && let Some(cursor) = output.cursor_range
        && let Some(asked) = open_at_cursor(output, cursor, text, flags, menu)
    {
        chosen = Some(asked);
    }
    let Some(target) = menu.clone() else {
        return chosen;
    };
    let popup = match target.at {
        Some(at) => egui::Popup::menu(response)
            .open_memory(keyboard.then_some(egui::SetOpenCommand::Bool(true)))
            .at_position(at),
        None => egui::Popup::context_menu(response),
    };
    let shown = popup.show(|ui| {
        if let Some(picked) = items_ui(ui, &target, spell) {
            chosen = Some(picked);
        }
    });
    after_menu(ui, response, &chosen, shown.is_none(), keyboard, menu);
    chosen
}

/// The flag over character `index`, if any (a word's end counts: the cursor just after it).
fn flag_at(flags: &Flags, index: usize) -> Option<&Flag> {
    flags
        .flags
        .iter()
        .find(|f| f.chars.start <= index && index <= f.chars.end)
}

/// A right-click: the menu, of the flagged word under the pointer, opens where egui opens a
/// context menu. Returns the asking for its suggestions.
fn open_at_pointer(
    ui: &egui::Ui,
    output: &egui::text_edit::TextEditOutput,
    text: &str,
    flags: &Flags,
    menu: &mut Option<SpellMenu>,
) -> Option<Action> {
    let pointer = output
        .response
        .response
        .interact_pointer_pos()
        .or_else(|| ui.input(|i| i.pointer.latest_pos()))?;
    let index: usize = output
        .galley
        .cursor_from_pos(pointer - output.galley_pos)
        .index
        .into();
    let flag = flag_at(flags, index)?;
    let word = text[flag.bytes.clone()].to_owned();
    let asked = Action::Spell(SpellAction::Suggest(word.clone()));
    *menu = Some(SpellMenu {
        bytes: flag.bytes.clone(),
        word,
        at: None,
    });
    Some(asked)
}

/// Shift+F10 or the Menu key: the menu, of the flagged word at the text cursor, opens under
/// the word's start (there is no pointer to open at). Returns the asking for its suggestions.
fn open_at_cursor(
    output: &egui::text_edit::TextEditOutput,
    cursor: egui::text::CCursorRange,
    text: &str,
    flags: &Flags,
    menu: &mut Option<SpellMenu>,
) -> Option<Action> {
    let index: usize = cursor.primary.index.into();
    let flag = flag_at(flags, index)?;
    let word = text[flag.bytes.clone()].to_owned();
    let under = output
        .galley
        .pos_from_cursor(CCursor::new(flag.chars.start))
        .translate(output.galley_pos.to_vec2())
        .left_bottom();
    let asked = Action::Spell(SpellAction::Suggest(word.clone()));
    *menu = Some(SpellMenu {
        bytes: flag.bytes.clone(),
        word,
        at: Some(under),
    });
    Some(asked)
}

/// The menu's items: the suggestions (or word that they are coming, or that there are none),
/// then *Add to my words* and *Ignore in this answer*. Returns what was picked.
fn items_ui(ui: &mut egui::Ui, target: &SpellMenu, spell: &SpellView<'_>) -> Option<Action> {
    let mut chosen = None;
    ui.set_min_width(180.0);
    match spell.suggestions(&target.word) {
        None => {
            ui.label(
                egui::RichText::new(crate::t!("spell-looking"))
                    .italics()
                    .weak(),
            );
        }
        Some([]) => {
            ui.label(
                egui::RichText::new(crate::t!("spell-no-suggestions"))
                    .italics()
                    .weak(),
            );
        }
        Some(found) => {
            for suggestion in found {
                if ui
                    .button(egui::RichText::new(suggestion).strong())
                    .clicked()
                {
                    chosen = Some(Action::Spell(SpellAction::Replace {
                        bytes: target.bytes.clone(),
                        word: target.word.clone(),
                        with: suggestion.clone(),
                    }));
                    ui.close();
                }
            }
        }
    }
    ui.separator();
    if ui.button(crate::t!("spell-add")).clicked() {
        chosen = Some(Action::Spell(SpellAction::AddWord(target.word.clone())));
        ui.close();
    }
    if ui.button(crate::t!("spell-ignore")).clicked() {
        chosen = Some(Action::Spell(SpellAction::Ignore(target.word.clone())));
        ui.close();
    }
    chosen
}

/// After the menu: a choice made, or the menu closed with Escape, gives the keyboard back to
/// the answer, where the student was writing (it was left nowhere); a click elsewhere keeps
/// its own focus. A menu no longer shown is forgotten.
fn after_menu(
    ui: &egui::Ui,
    response: &egui::Response,
    chosen: &Option<Action>,
    closed: bool,
    keyboard: bool,
    menu: &mut Option<SpellMenu>,
) {
    let picked = matches!(
        chosen,
        Some(Action::Spell(
            SpellAction::Replace { .. } | SpellAction::AddWord(_) | SpellAction::Ignore(_)
        ))
    );
    if picked {
        response.request_focus();
    }
    if closed && !response.secondary_clicked() && !keyboard {
        *menu = None;
        if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            response.request_focus();
        }
    }
}
