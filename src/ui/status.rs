//! The status bar: where the answers are saved and when, or why they are not.

use super::document::Document;

/// `flash`: a short report ("Exported to …"); `working`: the names of the jobs running in the
/// background, said with a spinner.
pub fn ui(ui: &mut egui::Ui, doc: &Document, flash: Option<&str>, working: &[String]) {
    egui::Panel::bottom("status").show(ui, |ui| {
        ui.horizontal(|ui| {
            working_ui(ui, working);
            if let Some(error) = &doc.save_error {
                let text = format!("⚠ Not saved: {error}. Your text is safe in this window; try Save As.");
                ui.colored_label(ui.visuals().error_fg_color, text);
            } else if let Some(unreadable) = &doc.unreadable {
                let text = format!("⚠ {} could not be read and is left untouched. New answers are not saved yet: use Save As.", unreadable.display());
                ui.colored_label(ui.visuals().warn_fg_color, text);
            } else {
                let when = match (doc.dirty, doc.last_saved) {
                    (true, _) => "Unsaved changes".to_owned(),
                    (false, Some(t)) => format!("Saved {}", local_time(t)),
                    (false, None) => "Nothing to save yet".to_owned(),
                };
                let place = doc.path.as_deref().map_or("no file chosen".to_owned(), |p| p.display().to_string());
                ui.label(format!("{when} · {place}"));
            }
            if let Some(flash) = flash {
                ui.separator();
                ui.label(flash);
            }
        });
    });
}

/// The start screen's bar: only what is running, and only while something is.
pub fn start_ui(ui: &mut egui::Ui, working: &[String]) {
    if !working.is_empty() {
        egui::Panel::bottom("status").show(ui, |ui| ui.horizontal(|ui| working_ui(ui, working)));
    }
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
