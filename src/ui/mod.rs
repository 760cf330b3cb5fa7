//! The window, built with egui. It reads the core's data and changes it only through the
//! document and commands; one module per pane or dialog.

mod a11y;
pub mod app;
pub mod article;
pub mod chooser;
mod class;
mod class_moodle;
mod class_runner;
pub mod command;
pub mod correct;
pub mod dialogs;
mod editor;
mod evidence;
pub mod find;
mod help;
mod history;
mod notices;
mod prompts;
pub mod read_aloud;
mod reading_settings;
mod session;
mod spell_marks;
mod spelling;
mod start;
mod status;
pub mod style;
mod toolbar;
pub mod views;
pub mod window_fit;

use std::path::PathBuf;

pub use app::LecternApp;
pub use editor::editor_id;

/// Lectern's id on the desktop: the window's app id (Wayland) and class (X11), the desktop
/// entry's and the icon's name (`assets/linux/`), so the desktop shows Lectern's icon and
/// name for its window.
pub const APP_ID: &str = "io.github.lectern.Lectern";

/// Opens the window on `reading` (the bundled one if `None`) and runs until it closes.
pub fn run(reading: Option<PathBuf>, answers: Option<PathBuf>) -> Result<(), String> {
    // Open the files first: a bad reading is reported on stderr, before any window appears.
    let mut app = LecternApp::open(
        reading.as_deref(),
        answers,
        crate::app::settings::Settings::default(),
        Box::new(dialogs::RfdDialogs::default()),
    )?;
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Lectern")
            .with_app_id(APP_ID)
            .with_inner_size(window_fit::WANTED)
            .with_min_inner_size(window_fit::SMALLEST)
            .with_icon(window_icon()),
        // After the last session's size is restored: fit it to this screen's work area.
        window_builder: Some(Box::new(window_fit::fit_builder)),
        // Window size and settings live in Lectern's own data folder (portable mode included).
        persistence_path: crate::paths::data_dir().map(|d| d.join("app.ron")),
        ..Default::default()
    };
    eframe::run_native(
        "Lectern",
        options,
        Box::new(move |cc| {
            style::setup(&cc.egui_ctx);
            if let Some(settings) = cc
                .storage
                .and_then(|s| eframe::get_value(s, app::SETTINGS_KEY))
            {
                app.state.settings = settings;
            }
            Ok(Box::new(app))
        }),
    )
    // Said on the terminal (there is no window to say it in), in the computer's language.
    .map_err(|e| crate::t!("window-not-opened", error = e.to_string()))
}

/// The items of a virtualised list that are in view: `tops` holds each item's top and, last,
/// the list's end (content coordinates); `viewport` is the part of the content shown. The
/// article and the question list build these and nothing else.
pub(crate) fn rows_in_view(tops: &[f32], viewport: egui::Rect) -> std::ops::Range<usize> {
    let items = tops.len().saturating_sub(1);
    let first = tops
        .partition_point(|&t| t <= viewport.min.y)
        .saturating_sub(1)
        .min(items);
    let last = tops[first..items]
        .iter()
        .position(|&t| t > viewport.max.y)
        .map_or(items, |n| first + n);
    first..last
}

/// A `CentralPanel` whose widgets keep their ids whatever panels came before it this frame.
/// egui numbers a central panel by its place among its siblings, so a bar that comes and goes
/// (the start screen's "working" bar, the find bar) would give every widget in it a new id:
/// the field being typed in would lose the keyboard after one letter (seen under Xvfb with
/// xdotool, typing a name while the progress was looked up).
pub(crate) fn central_panel<R>(
    ui: &mut egui::Ui,
    name: &str,
    add_contents: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    let stable = egui::UiBuilder::new().scope_id(egui::Id::unique(("lectern_central", name)));
    ui.scope_builder(stable, |ui| {
        egui::CentralPanel::default().show(ui, add_contents).inner
    })
    .inner
}

/// `combo.show_ui(ui, add)`, with the drop-down list always drawn above the dialog the combo
/// box sits in. egui keeps a closed list's layer in its order; a dialog raised over it later
/// (shown again, or pressed on) stays above a list reopened with a quick click, whose press and
/// release fall in one frame: the list then opened behind the dialog, dimmed, and a click on it
/// did nothing (a teacher's role change silently did not take). Made a sublayer of the dialog's
/// layer on every frame it shows, the list always sits directly above it.
///
/// `name` is what a screen reader calls the drop-down (egui's has none without a label of its
/// own beside it).
pub(crate) fn combo<R>(
    ui: &mut egui::Ui,
    name: &str,
    combo: egui::ComboBox<'_>,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::InnerResponse<Option<R>> {
    let parent = ui.layer_id();
    let shown = combo.show_ui(ui, move |ui| {
        let list = ui.layer_id();
        // egui joins only layers of one order (dialogs and lists are both in the foreground;
        // in a panel the list needs no help).
        if list.order == parent.order && list != parent {
            ui.ctx().set_sublayer(parent, list);
        }
        add(ui)
    });
    ui.ctx()
        .accesskit_node_builder(shown.response.id, |node| node.set_label(name.to_owned()));
    shown
}

/// Whether Escape closes this dialog now: it is the top one and no drop-down list is open in
/// it (Escape then closes the list). Unlike `ModalResponse::should_close`, a click beside the
/// dialog does not count: a stray click must not throw away a pasted reading or a comment.
pub(crate) fn escape_closes<T>(modal: &egui::ModalResponse<T>) -> bool {
    modal.is_top_modal && !modal.any_popup_open && take_escape(&modal.response.ctx)
}

/// Whether Escape closes a window (Help, the reading settings) now: no dialog is above it and
/// no list is open.
pub(crate) fn escape_closes_window(ctx: &egui::Context) -> bool {
    ctx.memory(|m| m.top_modal_layer().is_none())
        && !egui::Popup::is_any_open(ctx)
        && take_escape(ctx)
}

fn take_escape(ctx: &egui::Context) -> bool {
    ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
}

/// Lectern's icon (`assets/icons`), for the title bar and the task bar.
fn window_icon() -> std::sync::Arc<egui::IconData> {
    let png = include_bytes!("../../assets/icons/lectern-256.png");
    // The bundled PNG always decodes; were it not to, the window keeps the system's icon.
    std::sync::Arc::new(eframe::icon_data::from_png_bytes(png).unwrap_or_default())
}

/// Says why the window could not open where the student will see it: on stderr, and on
/// Windows (where a windowed program's stderr goes nowhere) in a message box. Without OpenGL 2
/// (some remote desktops and virtual machines offer only OpenGL 1.1) eframe cannot make its
/// window, and Lectern would otherwise vanish without a word.
pub fn tell_fatal(message: &str) {
    if cfg!(windows) {
        rfd::MessageDialog::new()
            .set_level(rfd::MessageLevel::Error)
            .set_title("Lectern could not start")
            .set_description(format!(
                "{message}\n\nLectern needs OpenGL 2 or newer. On a remote desktop or a \
                 virtual machine, ask your technician to enable 3D graphics, or run Lectern \
                 on the computer itself."
            ))
            .set_buttons(rfd::MessageButtons::Ok)
            .show();
    }
}

/// For `benches/window.rs`: when `LECTERN_REPORT_FIRST_FRAME` is set, says on stderr when the
/// first frame has been painted (the second frame starts after it was shown).
pub fn report_first_frame(ctx: &egui::Context, enabled: bool) {
    if !enabled {
        return;
    }
    match ctx.cumulative_frame_nr() {
        0 => ctx.request_repaint(),
        1 => crate::cli::tell(format_args!("first frame painted")),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::rows_in_view;
    use egui::{Rect, pos2};

    #[test]
    fn rows_in_view_are_those_overlapping_the_viewport() {
        // Four rows, 10 high each.
        let tops = [0.0, 10.0, 20.0, 30.0, 40.0];
        let view = |min: f32, max: f32| Rect::from_min_max(pos2(0.0, min), pos2(1.0, max));
        assert_eq!(rows_in_view(&tops, view(0.0, 15.0)), 0..2);
        assert_eq!(rows_in_view(&tops, view(12.0, 25.0)), 1..3);
        assert_eq!(rows_in_view(&tops, view(35.0, 80.0)), 3..4);
        assert_eq!(rows_in_view(&tops, view(50.0, 80.0)), 4..4);
        assert_eq!(rows_in_view(&[0.0], view(0.0, 10.0)), 0..0);
    }
}
