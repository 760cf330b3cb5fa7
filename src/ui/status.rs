//! The status bar: where the answers are saved and when, or why they are not.

use crate::app::document::Document;

/// `flash`: a short report ("Exported to …"); `working`: the names of the jobs running in the
/// background, said with a spinner.
pub fn ui(ui: &mut egui::Ui, doc: &Document, flash: Option<&str>, working: &[String]) {
    egui::Panel::bottom("status").show(ui, |ui| {
        if let Some(flash) = flash {
            // On a line of its own, wrapped: beside a long answers path, at 1024 points wide,
            // it was cut off ("Оқу парағы мына жерге экспо…") and gone before it could be read.
            ui.add(egui::Label::new(flash).wrap());
        }
        ui.horizontal(|ui| {
            working_ui(ui, working);
            if let Some(error) = doc.save_failure() {
                let text = crate::t!("status-not-saved", error = error.to_string());
                ui.colored_label(ui.visuals().error_fg_color, text);
            } else if let Some(unreadable) = &doc.unreadable {
                let text = crate::t!("status-unreadable", file = unreadable.display().to_string());
                ui.colored_label(ui.visuals().warn_fg_color, text);
            } else {
                let when = match (doc.has_unsaved_work(), doc.last_saved()) {
                    (true, _) => crate::t!("status-unsaved"),
                    (false, Some(t)) => crate::t!("status-saved-at", time = local_time(t)),
                    (false, None) => crate::t!("status-nothing-yet"),
                };
                let place = doc
                    .path
                    .as_deref()
                    .map_or(crate::t!("status-no-file"), |p| p.display().to_string());
                ui.label(format!("{when} · {place}"));
            }
        });
    });
}

/// The start screen's status bar: what is running, and the last short report ("Shared …",
/// "A file dialog is already open"), which would otherwise go unseen there.
pub fn start_ui(ui: &mut egui::Ui, flash: Option<&str>, working: &[String]) {
    if working.is_empty() && flash.is_none() {
        return;
    }
    egui::Panel::bottom("status").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            working_ui(ui, working);
            if let Some(flash) = flash {
                ui.add(egui::Label::new(flash).wrap());
            }
        })
    });
}

fn working_ui(ui: &mut egui::Ui, working: &[String]) {
    for name in working {
        ui.spinner();
        ui.label(format!("{name}…"));
        ui.separator();
    }
}

/// `10:42:17` in the machine's time zone.
fn local_time(t: jiff::Timestamp) -> String {
    t.to_zoned_datetime(jiff::tz::TimeZone::system())
        .strftime("%H:%M:%S")
        .to_string()
}
