//! The start screen, for shared classroom computers: who is studying, their recent work, and
//! the library of readings with each one's progress. Shown when Lectern starts with neither a
//! reading nor an answers file named.

use egui::RichText;

use super::command::{Action, Command};
use crate::app::state::{Settings, StartScreen};
use crate::paths;

const COLUMN: f32 = 640.0;

/// The screen owns the name field's text (`start`); the rest it reads.
pub fn ui(
    ui: &mut egui::Ui,
    start: &mut StartScreen,
    settings: &Settings,
    commands: &mut Vec<Action>,
) {
    super::central_panel(ui, "start", |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let width = ui.available_width();
                let column = width.min(COLUMN);
                ui.horizontal_top(|ui| {
                    ui.add_space(((width - column) / 2.0).max(0.0));
                    ui.vertical(|ui| {
                        ui.set_width(column);
                        column_ui(ui, start, settings, commands);
                    });
                });
            });
    });
    match &mut start.correction {
        Some(correction) => super::correct::ui(ui.ctx(), correction, commands),
        None => preview_ui(ui.ctx(), start, commands),
    }
    confirm_remove_ui(ui.ctx(), start, commands);
}

fn column_ui(
    ui: &mut egui::Ui,
    start: &mut StartScreen,
    settings: &Settings,
    commands: &mut Vec<Action>,
) {
    ui.add_space(28.0);
    title_ui(ui, commands);
    ui.add_space(18.0);

    let name = name_ui(ui, start);
    let student = start.name.trim().to_owned();
    let mine: Vec<(usize, &crate::app::state::RecentWork)> = settings
        .recent
        .iter()
        .enumerate()
        .filter(|(_, r)| !student.is_empty() && r.student.eq_ignore_ascii_case(&student))
        .collect();
    if name.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) && !student.is_empty() {
        commands.push(match mine.first() {
            Some((i, _)) => Action::OpenRecent(*i),
            None => Action::OpenLibraryEntry(0),
        });
    }
    // The line asking for a name keeps its place once a name is typed, empty: the readings
    // below stay where the mouse is aiming (they rose by a line at the first letter, and a
    // student clicked the reading above the one they meant).
    let ask = egui::WidgetText::from(RichText::new(crate::t!("start-type-name")).italics().weak())
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Wrap),
            ui.available_width(),
            egui::TextStyle::Body,
        );
    if student.is_empty() {
        ui.label(ask);
    } else {
        ui.allocate_space(ask.size());
    }

    ui.add_space(16.0);
    readings_ui(ui, start, !student.is_empty(), commands);
    // Below the readings, not above them: it appears when the name is complete, and would
    // push the list down under the mouse.
    recent_ui(ui, &mine, commands);

    ui.add_space(12.0);
    // What only teachers do stays folded away, out of a student's way.
    egui::CollapsingHeader::new(RichText::new(crate::t!("start-for-teachers")).strong())
        .id_salt("for_teachers")
        .show(ui, |ui| teachers_ui(ui, start, commands));
    ui.add_space(16.0);
    folders_ui(ui, settings, commands);
}

/// "Lectern", with the languages on the right, and its tagline.
fn title_ui(ui: &mut egui::Ui, commands: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        ui.label(RichText::new("Lectern").size(30.0).strong());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            language_ui(ui, commands);
        });
    });
    ui.label(RichText::new(crate::t!("start-tagline")).weak());
}

/// The name field (the screen owns its text), taking the keyboard when asked to.
fn name_ui(ui: &mut egui::Ui, start: &mut StartScreen) -> egui::Response {
    let label = ui.label(RichText::new(crate::t!("start-your-name")).strong());
    let name = ui.add(
        egui::TextEdit::singleline(&mut start.name)
            .hint_text(crate::t!("start-name-hint"))
            .desired_width(320.0)
            .char_limit(120),
    );
    let name = name.labelled_by(label.id);
    if start.focus_name {
        name.request_focus();
        start.focus_name = false;
    }
    name
}

/// The library's readings, each with its *Open* and its progress, and the way to open a
/// reading's file; nothing opens until the student is `named`.
fn readings_ui(ui: &mut egui::Ui, start: &StartScreen, named: bool, commands: &mut Vec<Action>) {
    ui.label(RichText::new(crate::t!("start-readings")).strong());
    let shared = shared_titles(&start.entries);
    for (i, entry) in start.entries.iter().enumerate() {
        ui.horizontal(|ui| {
            let can_open = named && entry.problem.is_none();
            let open = ui.add_enabled(can_open, egui::Button::new(crate::t!("start-open")));
            // Every row has an "Open": the accessible name says which reading.
            let name = crate::t!("start-open-named", title = &entry.title);
            open.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, can_open, &name));
            if open.clicked() {
                commands.push(Action::OpenLibraryEntry(i));
            }
            ui.label(&entry.title);
            let shares_title = shared.contains(entry.title.trim());
            if entry.removable && shares_title {
                ui.label(RichText::new(entry_detail(entry, shares_title)).weak());
            }
            if let Some(problem) = &entry.problem {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    crate::t!("start-cannot-be-read"),
                )
                .on_hover_text(problem);
            } else if let Some(progress) = start.progress.get(i) {
                ui.label(RichText::new(progress).weak());
            }
        });
    }
    ui.add_space(6.0);
    // A reading the teacher sent (an e-mail attachment, a USB stick): opened as it is.
    let open_file = ui
        .add_enabled(named, egui::Button::new(Command::OpenReading.label()))
        .on_hover_text(crate::t!("start-open-file-hint"))
        .on_disabled_hover_text(crate::t!("start-type-name"));
    if open_file.clicked() {
        commands.push(Command::OpenReading.into());
    }
}

/// Where answers are kept (and the way to choose), and the portable folder when Lectern runs
/// from one.
fn folders_ui(ui: &mut egui::Ui, settings: &Settings, commands: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        let folder = settings
            .answers_folder
            .clone()
            .or_else(|| paths::data_dir().map(|d| d.join("answers")))
            .map_or(crate::t!("start-no-folder"), |p| p.display().to_string());
        ui.label(RichText::new(crate::t!("start-answers-kept", folder = folder)).weak());
        if ui
            .small_button(Command::ChooseAnswersFolder.label())
            .clicked()
        {
            commands.push(Command::ChooseAnswersFolder.into());
        }
    });
    if let Some(dir) = paths::portable_dir() {
        ui.label(
            RichText::new(crate::t!(
                "start-portable",
                folder = dir.display().to_string()
            ))
            .weak(),
        );
    }
}

/// The student's recent work (their answers files, with the reading each answers).
fn recent_ui(
    ui: &mut egui::Ui,
    mine: &[(usize, &crate::app::state::RecentWork)],
    commands: &mut Vec<Action>,
) {
    if mine.is_empty() {
        return;
    }
    ui.add_space(16.0);
    ui.label(RichText::new(crate::t!("start-recent")).strong());
    for (i, recent) in mine {
        ui.horizontal(|ui| {
            let button = ui
                .button(crate::t!("start-continue"))
                .on_hover_text(recent.answers.display().to_string());
            let name = crate::t!("start-continue-named", title = &recent.title);
            button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if button.clicked() {
                commands.push(Action::OpenRecent(*i));
            }
            ui.label(&recent.title);
        });
    }
}

/// The teacher's part of the start screen: adding, pasting, sharing and removing readings, and
/// the Class view.
fn teachers_ui(ui: &mut egui::Ui, start: &StartScreen, commands: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        let add = ui.button(Command::AddReading.label());
        if add.on_hover_text(crate::t!("start-add-hint")).clicked() {
            commands.push(Command::AddReading.into());
        }
        let paste = ui.button(Command::PasteReading.label());
        if paste.on_hover_text(crate::t!("start-paste-hint")).clicked() {
            commands.push(Command::PasteReading.into());
        }
        let class = ui.button(Command::OpenClass.label());
        if class.on_hover_text(crate::t!("start-class-hint")).clicked() {
            commands.push(Command::OpenClass.into());
        }
        let zip = ui.button(Command::OpenClassZip.label());
        if zip
            .on_hover_text(crate::t!("start-class-zip-hint"))
            .clicked()
        {
            commands.push(Command::OpenClassZip.into());
        }
    });
    let added: Vec<(usize, &crate::library::Entry)> = start
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.removable)
        .collect();
    if added.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.label(RichText::new(crate::t!("start-added-readings")).weak());
    let shared = shared_titles(&start.entries);
    for (i, entry) in added {
        ui.horizontal_wrapped(|ui| {
            // Two readings of one title are told apart by what they ask and when they came.
            let detail = entry_detail(entry, shared.contains(entry.title.trim()));
            ui.label(format!("{} — {detail}", entry.title));
            if entry.problem.is_none() {
                let name = crate::t!("start-edit-named", title = &entry.title);
                if entry_button(ui, "start-edit", "start-edit-hint", &name) {
                    commands.push(Action::EditReading(i));
                }
                let name = crate::t!("start-share-named", title = &entry.title);
                if entry_button(ui, "start-share", "start-share-hint", &name) {
                    commands.push(Action::ShareReading(i));
                }
            }
            let name = crate::t!("start-remove-named", title = &entry.title);
            if entry_button(ui, "start-remove", "start-remove-hint", &name) {
                commands.push(Action::RemoveReading(i));
            }
        });
    }
}

/// A library entry's small button (`label` and `hint`, Fluent ids), called `name` for a screen
/// reader (the label alone, "Share…", would not say which reading); whether it was clicked.
fn entry_button(ui: &mut egui::Ui, label: &str, hint: &str, name: &str) -> bool {
    let button = ui
        .small_button(crate::i18n::tr(label))
        .on_hover_text(crate::i18n::tr(hint));
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    button.clicked()
}

/// The titles more than one reading of the library has, worked out once a frame.
fn shared_titles(entries: &[crate::library::Entry]) -> std::collections::HashSet<&str> {
    let mut seen = std::collections::HashSet::new();
    entries
        .iter()
        .map(|e| e.title.trim())
        .filter(|title| !seen.insert(*title))
        .collect()
}

/// What tells an added reading apart: its questions and when it was added, and its file's name
/// when another has its title.
fn entry_detail(entry: &crate::library::Entry, shares_title: bool) -> String {
    let detail = crate::t!(
        "start-entry-detail",
        count = entry.prompts,
        added = entry.added.clone().unwrap_or_default()
    );
    match (&entry.origin, shares_title) {
        (crate::reading::Origin::File(path), true) => format!(
            "{detail} · {}",
            path.file_name().unwrap_or_default().to_string_lossy()
        ),
        _ => detail,
    }
}

/// Asked before a reading leaves the library: it cannot be brought back from Lectern.
fn confirm_remove_ui(ctx: &egui::Context, start: &StartScreen, commands: &mut Vec<Action>) {
    let Some(entry) = start.confirm_remove.and_then(|i| start.entries.get(i)) else {
        return;
    };
    let modal = egui::Modal::new(egui::Id::unique("confirm_remove")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        ui.heading(crate::t!("remove-title", title = &entry.title));
        ui.label(crate::t!("remove-body"));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(crate::t!("remove-yes")).clicked() {
                commands.push(Action::ConfirmRemoveReading);
            }
            if ui.button(crate::t!("cancel")).clicked() {
                commands.push(Action::CancelRemoveReading);
            }
        });
    });
    if super::escape_closes(&modal) {
        commands.push(Action::CancelRemoveReading);
    }
}

/// The paste dialog: a box to paste a reading into, then a preview as for a file. The view owns
/// the text being pasted.
pub fn paste_ui(
    ctx: &egui::Context,
    text: &mut String,
    focused: &mut bool,
    commands: &mut Vec<Action>,
) {
    let modal = egui::Modal::new(egui::Id::unique("paste_reading")).show(ctx, |ui| {
        ui.set_width(620.0_f32.min(ctx.content_rect().width() - 60.0));
        ui.heading(crate::t!("paste-title"));
        let label = ui.label(crate::t!("paste-explain"));
        ui.add_space(6.0);
        egui::ScrollArea::vertical()
            .max_height(320.0)
            .show(ui, |ui| {
                let field = ui.add(
                    egui::TextEdit::multiline(text)
                        .desired_width(f32::INFINITY)
                        .desired_rows(14)
                        .hint_text(crate::t!("paste-hint")),
                );
                let field = field.labelled_by(label.id);
                // The box takes the keyboard when the dialog opens, from whatever had it
                // behind the dialog (the name field); Tab still leaves it.
                if !*focused {
                    field.request_focus();
                    *focused = true;
                }
            });
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let any = !text.trim().is_empty();
            if ui
                .add_enabled(any, egui::Button::new(crate::t!("paste-preview")))
                .clicked()
            {
                commands.push(Action::PreviewPasted);
            }
            if ui
                .button(crate::t!("paste-from-clipboard"))
                .on_hover_text(crate::t!("paste-from-clipboard-hint"))
                .clicked()
            {
                commands.push(Action::PasteFromClipboard);
            }
            if ui.button(crate::t!("cancel")).clicked() {
                commands.push(Action::CloseModal);
            }
        });
    });
    if super::escape_closes(&modal) {
        commands.push(Action::CloseModal);
    }
}

/// How Lectern understood a reading a teacher picked, before it is added.
fn preview_ui(ctx: &egui::Context, start: &StartScreen, commands: &mut Vec<Action>) {
    let Some((path, preview)) = &start.preview else {
        return;
    };
    let modal = egui::Modal::new(egui::Id::unique("reading_preview")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(crate::t!("preview-title"));
        ui.label(RichText::new(path.display().to_string()).weak());
        ui.add_space(6.0);
        let r = &preview.reading;
        ui.label(RichText::new(&r.title).strong());
        ui.label(r.overview());
        egui::ScrollArea::vertical()
            .max_height(260.0)
            .show(ui, |ui| {
                for section in &r.sections {
                    ui.label(RichText::new(&section.title).strong());
                    for prompt in &section.prompts {
                        ui.add(
                            egui::Label::new(format!("{}  {}", prompt.id, prompt.full_text()))
                                .truncate(),
                        );
                    }
                }
            });
        if !r.spell_checking {
            ui.label(RichText::new(crate::t!("preview-spelling-off")).strong());
        }
        warnings_ui(ui, &preview.warnings);
        if let Some(extract) = preview.web_page {
            let mut whole = extract == crate::import::Extract::WholePage;
            if ui
                .checkbox(&mut whole, crate::t!("preview-whole-page"))
                .on_hover_text(crate::t!("preview-whole-page-hint"))
                .changed()
            {
                commands.push(Action::PreviewWholePage(whole));
            }
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(Command::ConfirmAddReading.label()).clicked() {
                commands.push(Command::ConfirmAddReading.into());
            }
            if ui
                .button(crate::t!("preview-correct"))
                .on_hover_text(crate::t!("preview-correct-hint"))
                .clicked()
            {
                commands.push(Action::StartCorrection);
            }
            if ui.button(crate::t!("cancel")).clicked() {
                commands.push(Action::ClosePreview);
            }
        });
    });
    if super::escape_closes(&modal) {
        commands.push(Action::ClosePreview);
    }
}

/// The languages, each in its own name; the one in use is selected.
fn language_ui(ui: &mut egui::Ui, commands: &mut Vec<Action>) {
    let current = crate::i18n::language();
    // Laid out right to left: the last listed is leftmost.
    for language in crate::i18n::Language::ALL.iter().rev() {
        let chosen = ui
            .selectable_label(current == *language, language.native_name())
            .on_hover_text(crate::t!("start-language-hint"));
        if chosen.clicked() && current != *language {
            commands.push(Action::ChooseLanguage(*language));
        }
    }
}

/// What a teacher should check before adding a reading, in the preview and the correction.
pub(super) fn warnings_ui(ui: &mut egui::Ui, warnings: &[String]) {
    for warning in warnings {
        ui.colored_label(ui.visuals().warn_fg_color, format!("⚠ {warning}"));
    }
}
