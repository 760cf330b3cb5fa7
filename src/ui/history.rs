//! The history window: the student's *Earlier versions* (each version viewable, copyable,
//! restorable) and the teacher's *How it was written* (the process in counts, each paste from
//! outside the reading with its text, and a replay from the empty box to the text handed in).
//! A modal, so over the Class view (itself one) it opens above it, not behind.

use egui::RichText;

use super::command::Action;
use crate::answers::history::{Process, Step};
use crate::app::history::{HistoryAction, HistoryView, how_words, local_time, process_lines};

/// Seconds between versions while the replay plays.
const PLAY_STEP: f64 = 0.25;

pub fn ui(ctx: &egui::Context, view: &mut HistoryView, actions: &mut Vec<Action>) {
    let screen = ctx.content_rect();
    let modal = egui::Modal::new(egui::Id::unique("answer_history")).show(ctx, |ui| {
        ui.set_width((screen.width() - 80.0).clamp(300.0, 760.0));
        ui.set_max_height(screen.height() - 60.0);
        let title = match view.teacher {
            true => crate::t!("history-teacher-title"),
            false => crate::t!("history-title"),
        };
        ui.heading(title);
        ui.add(egui::Label::new(RichText::new(&view.prompt).strong()).wrap());
        if view.teacher {
            process_ui(ui, &view.process);
        }
        ui.separator();
        if view.replay.is_empty() {
            ui.label(crate::t!("history-none"));
        } else {
            versions_ui(ui, view, actions);
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(crate::t!("history-close")).clicked() {
                actions.push(Action::History(HistoryAction::Close));
            }
        });
    });
    if super::escape_closes(&modal) {
        actions.push(Action::History(HistoryAction::Close));
    }
}

/// The slider over the versions, play, the version's text, and copy and restore. Every part
/// keeps its size from one version to the next, so the window stays put under the mouse while
/// the replay plays or the slider is dragged.
fn versions_ui(ui: &mut egui::Ui, view: &mut HistoryView, actions: &mut Vec<Action>) {
    let last = view.replay.len();
    // Moved on before anything is drawn, so the slider, its words and the text agree.
    play(ui, view, last);
    ui.horizontal(|ui| {
        play_button(ui, view, last);
        slider_ui(ui, view, last);
    });
    let about = match view.shown_step() {
        Some(step) => crate::t!(
            "history-step",
            time = local_time(step.at),
            session = step.session,
            how = how_words(step.how)
        ),
        None => crate::t!("history-start"),
    };
    ui.label(RichText::new(about).weak());
    let text = view.replay.text_at(view.shown).to_owned();
    let height = (ui.ctx().content_rect().height() * 0.4).clamp(100.0, 320.0);
    egui::ScrollArea::vertical()
        .id_salt("history_text")
        .max_height(height)
        .min_scrolled_height(height)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if text.is_empty() {
                ui.label(RichText::new(crate::t!("history-empty")).italics());
            } else {
                let job = changed_job(ui, &text, view.shown_step());
                ui.add(egui::Label::new(job).wrap().selectable(true));
            }
        });
    ui.horizontal(|ui| {
        let copied = view.copied == Some(view.shown);
        let face = match copied {
            true => crate::t!("history-copied"),
            false => crate::t!("history-copy"),
        };
        if ui.button(face).clicked() {
            ui.ctx().copy_text(text.clone());
            view.copied = Some(view.shown);
        }
        if !view.teacher {
            let restorable = view.shown < last;
            let restore =
                ui.add_enabled(restorable, egui::Button::new(crate::t!("history-restore")));
            if restore
                .on_hover_text(crate::t!("history-restore-hint"))
                .clicked()
            {
                actions.push(Action::History(HistoryAction::Restore));
            }
        }
    });
}

/// Play or pause, as wide as the wider of its two faces, so the slider beside it stays put.
fn play_button(ui: &mut egui::Ui, view: &mut HistoryView, last: usize) {
    let playing = view.playing_since.is_some();
    let (play, pause) = (crate::t!("history-play"), crate::t!("history-pause"));
    let width = [&play, &pause]
        .iter()
        .map(|face| {
            let galley = egui::WidgetText::from(face.as_str()).into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Button,
            );
            galley.size().x
        })
        .fold(0.0, f32::max)
        + 2.0 * ui.spacing().button_padding.x;
    let face = if playing { pause } else { play };
    let button = egui::Button::new(face).min_size(egui::vec2(width, 0.0));
    if ui.add(button).clicked() {
        view.playing_since = match playing {
            true => None,
            false => {
                if view.shown >= last {
                    view.shown = 0;
                }
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_secs_f64(PLAY_STEP));
                Some(ui.input(|i| i.time))
            }
        };
    }
}

/// The slider over the versions, with its value in words beside it. It takes the keyboard
/// when the window opens; the arrows, Home and End move it.
fn slider_ui(ui: &mut egui::Ui, view: &mut HistoryView, last: usize) {
    let label = crate::t!("history-version-label");
    // One control for the keyboard and screen readers: the slider, its value said beside it in
    // words (egui's own value box would be a second control named the same).
    let slider = egui::Slider::new(&mut view.shown, 0..=last)
        .step_by(1.0)
        .show_value(false);
    let response = ui.add(slider);
    let value = crate::t!("history-version", n = view.shown, count = last);
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::labeled(egui::Role::Slider, true, &label);
        info.value = Some(view.shown as f64);
        info.current_text_value = Some(value.clone());
        info
    });
    ui.label(&value);
    if std::mem::take(&mut view.focus_slider) {
        response.request_focus();
    }
    // Home and End go to the first and the last version (egui's slider takes the arrows).
    if response.has_focus() {
        let (home, end) = ui.input_mut(|i| {
            (
                i.consume_key(egui::Modifiers::NONE, egui::Key::Home),
                i.consume_key(egui::Modifiers::NONE, egui::Key::End),
            )
        });
        if home || end {
            view.shown = if home { 0 } else { last };
            view.playing_since = None;
        }
    }
    if response.changed() {
        view.playing_since = None;
    }
}

/// The version's text with what its step put in marked, so a replay shows where the writing
/// went. Each edit's text sits at its place in the version (the edits of a step run from the
/// start of the text to its end); a hand-made step whose places do not fit is shown unmarked.
fn changed_job(ui: &egui::Ui, text: &str, step: Option<&Step>) -> egui::text::LayoutJob {
    let plain = egui::TextFormat {
        font_id: egui::FontId::proportional(15.0),
        color: ui.visuals().strong_text_color(),
        ..Default::default()
    };
    let marked = egui::TextFormat {
        background: ui.visuals().selection.bg_fill.gamma_multiply(0.5),
        ..plain.clone()
    };
    let mut ranges: Vec<std::ops::Range<usize>> = step
        .map(|s| {
            s.edits
                .iter()
                .filter(|e| !e.2.is_empty())
                .map(|e| e.0..e.0 + e.2.len())
                .collect()
        })
        .unwrap_or_default();
    let fits = ranges.windows(2).all(|w| w[0].end <= w[1].start)
        && ranges.iter().all(|r| {
            r.end <= text.len() && text.is_char_boundary(r.start) && text.is_char_boundary(r.end)
        });
    if !fits {
        ranges.clear();
    }
    let mut job = egui::text::LayoutJob::default();
    let mut at = 0;
    for range in ranges {
        job.append(&text[at..range.start], 0.0, plain.clone());
        job.append(&text[range.clone()], 0.0, marked.clone());
        at = range.end;
    }
    job.append(&text[at..], 0.0, plain);
    job
}

/// Moves a playing replay on, one version each [`PLAY_STEP`], stopping at the last.
fn play(ui: &egui::Ui, view: &mut HistoryView, last: usize) {
    let Some(since) = view.playing_since else {
        return;
    };
    let now = ui.input(|i| i.time);
    if now - since >= PLAY_STEP {
        view.shown = (view.shown + 1).min(last);
        view.playing_since = (view.shown < last).then_some(now);
    }
    if view.playing_since.is_some() {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(PLAY_STEP));
    }
}

/// How an answer was written, in counts: time, sessions, characters typed, pasted and quoted,
/// then each paste from outside the reading and each quotation, with its text. A history that does not match its
/// text is said first, in the warning colour.
pub fn process_ui(ui: &mut egui::Ui, process: &Process) {
    let warn = !process.check.is_whole();
    for (i, line) in process_lines(process).into_iter().enumerate() {
        let text = RichText::new(line).small();
        match warn && i == 0 {
            true => ui.colored_label(ui.visuals().warn_fg_color, text.strong()),
            false => ui.label(text),
        };
    }
    for (at, text) in &process.pastes {
        let heading = crate::t!("process-paste", time = local_time(*at));
        passage_ui(ui, heading, text);
    }
    for (at, text) in &process.quotes {
        let heading = crate::t!("process-quote", time = local_time(*at));
        passage_ui(ui, heading, text);
    }
}

/// The most of a pasted text shown under its heading: a hand-in can carry a paste of
/// megabytes, which would be laid out again every frame.
const PASSAGE_SHOWN: usize = 2_000;

/// A pasted text under its heading, framed apart from the answer's own words; a long one cut
/// short, with how long it is.
fn passage_ui(ui: &mut egui::Ui, heading: String, text: &str) {
    ui.label(RichText::new(heading).small().strong());
    let chars = text.chars().count();
    let shown = match chars > PASSAGE_SHOWN {
        true => {
            let cut: String = text.chars().take(PASSAGE_SHOWN).collect();
            format!(
                "{cut}… {}",
                crate::t!("process-paste-length", count = chars)
            )
        }
        false => text.to_owned(),
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.add(egui::Label::new(RichText::new(shown).small()).wrap());
    });
}
