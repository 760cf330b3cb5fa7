//! The Class view's summary: each group's hand-ins in a table, what could not be read, and
//! the controls for the whole folder (names hidden, export, rubric, *Return feedback…*).

use egui::RichText;

use super::{ClassView, scope_words};
use crate::collect::{Collected, FeedbackState, Group, HandIn};
use crate::export::Format;
use crate::ui::command::{Action, Command};

pub(super) fn summary_ui(ui: &mut egui::Ui, view: &ClassView, actions: &mut Vec<Action>) {
    ui.heading(crate::t!("class-title"));
    ui.label(RichText::new(view.folder.display().to_string()).weak());
    ui.add_space(6.0);
    let height = (ui.available_height() - 120.0).max(160.0);
    egui::ScrollArea::vertical()
        .max_height(height)
        .show(ui, |ui| {
            for (group_index, group) in view.collected.groups.iter().enumerate() {
                group_ui(ui, view, group_index, group, actions);
            }
            not_summed_up_ui(ui, &view.collected);
        });
    ui.add_space(8.0);
    let mut anonymize = view.anonymize;
    if ui
        .checkbox(&mut anonymize, crate::t!("class-hide-names"))
        .changed()
    {
        actions.push(Action::Anonymize(anonymize));
    }
    let any = !view.collected.groups.is_empty();
    ui.horizontal_wrapped(|ui| {
        let export = ui.add_enabled(any, egui::Button::new(Command::ExportClass.label()));
        if export.clicked() {
            actions.push(Command::ExportClass.into());
        }
        rubric_buttons(ui, view, actions);
    });
    if view.from_moodle() {
        ui.horizontal_wrapped(|ui| moodle_controls(ui, view, actions));
    }
    ui.horizontal_wrapped(|ui| {
        return_controls(ui, view, actions);
        if ui.button(crate::t!("close")).clicked() {
            actions.push(Action::CloseModal);
        }
    });
}

/// For a class from a Moodle download: feedback back as one ZIP, and the grading worksheet.
fn moodle_controls(ui: &mut egui::Ui, view: &ClassView, actions: &mut Vec<Action>) {
    ui.label(RichText::new("Moodle").strong());
    let mut moodle = view.return_moodle;
    let one_zip = ui.checkbox(&mut moodle, crate::t!("class-return-moodle"));
    if one_zip
        .on_hover_text(crate::t!("class-return-moodle-hint"))
        .changed()
    {
        actions.push(Action::ReturnForMoodle(moodle));
    }
    let fill = ui.button(Command::FillWorksheet.label());
    if fill
        .on_hover_text(crate::t!("class-worksheet-hint"))
        .clicked()
    {
        actions.push(Command::FillWorksheet.into());
    }
    let mut scaled = view.scale_grades;
    if ui
        .checkbox(&mut scaled, crate::t!("class-scale-grades"))
        .changed()
    {
        actions.push(Action::ScaleGrades(scaled));
    }
}

/// One group (the hand-ins answering one reading): its table, one row a hand-in, and its
/// rubric.
fn group_ui(
    ui: &mut egui::Ui,
    view: &ClassView,
    group_index: usize,
    group: &Group,
    actions: &mut Vec<Action>,
) {
    let n = group.students();
    ui.label(RichText::new(crate::t!("class-group", title = &group.title, count = n)).strong());
    let rubric = view.rubric(group_index);
    egui::Grid::new(format!("class_grid_{}", group.fingerprint))
        .striped(true)
        .show(ui, |ui| {
            for head in [
                "sheet-student",
                "class-hand-in",
                "class-answered",
                "class-words",
                "class-writing",
                "class-feedback",
            ] {
                ui.label(RichText::new(crate::i18n::tr(head)).strong());
            }
            ui.label("");
            ui.end_row();
            for (i, hand_in) in group.sheets.iter().enumerate() {
                if hand_in_row_ui(ui, view, group, hand_in, rubric.is_some()) {
                    actions.push(Action::Review(group_index, i));
                }
                ui.end_row();
            }
        });
    super::charts::charts_ui(ui, group, rubric, |name| shown_student(view, name));
    match &view.rubrics.get(group_index) {
        Some(Some(Err(e))) => {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                crate::t!("class-rubric-unreadable", error = e.to_string()),
            );
        }
        _ => {
            let text = match rubric {
                Some(r) => crate::t!(
                    "class-rubric-summary",
                    criteria = r.criteria.len(),
                    points = r.max_points(),
                    scope = scope_words(r.scope)
                ),
                None => crate::t!("class-no-rubric"),
            };
            ui.label(RichText::new(text).weak());
        }
    }
    ui.add_space(8.0);
}

/// A hand-in's row of its group's table (without its end); whether its *Review* was clicked.
fn hand_in_row_ui(
    ui: &mut egui::Ui,
    view: &ClassView,
    group: &Group,
    hand_in: &HandIn,
    rubric: bool,
) -> bool {
    let sheet = &hand_in.sheet;
    let answered = group
        .prompts
        .iter()
        .filter(|(id, _)| sheet.is_answered(id))
        .count();
    let words: usize = sheet
        .answers
        .iter()
        .map(|a| crate::words::count_words(&a.text))
        .sum();
    ui.label(shown_student(view, &sheet.student));
    ui.label(sheet.handed_in.max(1).to_string());
    ui.label(crate::t!(
        "class-of",
        n = answered,
        total = group.prompts.len()
    ));
    ui.label(words.to_string());
    writing_ui(ui, hand_in);
    ui.label(feedback_state(hand_in, group, rubric));
    let name = crate::t!(
        "class-review-named",
        student = shown_student(view, &sheet.student),
        number = sheet.handed_in.max(1)
    );
    let button = ui.button(crate::t!("class-review")).on_hover_text(&name);
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    button.clicked()
}

/// How the sheet was written, in a cell: time, sessions, the share pasted from outside the
/// reading; a history that does not match its text in the warning colour.
fn writing_ui(ui: &mut egui::Ui, hand_in: &HandIn) {
    use crate::answers::history::Check;
    let process = hand_in.process();
    let total = &process.total;
    let text = match process.sessions {
        0 => crate::t!("class-writing-none"),
        sessions => crate::t!(
            "class-writing-cell",
            minutes = total.writing_time.as_secs().div_ceil(60),
            sessions = sessions,
            pasted = format!("{:.0}", total.pasted_share() * 100.0)
        ),
    };
    match total.check {
        Check::Broken { .. } | Check::TextDiffers => {
            let warning = format!("⚠ {text}");
            ui.colored_label(ui.visuals().warn_fg_color, warning)
                .on_hover_text(crate::t!("process-broken"));
        }
        Check::Whole | Check::NoHistory | Check::TooLong { .. } => {
            ui.label(text)
                .on_hover_text(crate::t!("class-writing-hint"));
        }
    }
}

/// Under the groups: what was not summed up with the rest (another reading's hand-ins, files
/// that did not read), or that nothing was.
fn not_summed_up_ui(ui: &mut egui::Ui, collected: &Collected) {
    if collected.groups.len() > 1 {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            crate::t!("class-several-readings", count = collected.groups.len()),
        );
    }
    for (path, reason) in &collected.unreadable {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        ui.colored_label(
            ui.visuals().warn_fg_color,
            crate::t!("class-not-read", name = name, reason = reason.to_string()),
        );
    }
    if collected.groups.is_empty() {
        ui.label(RichText::new(crate::t!("class-nothing-read")).italics());
    }
}

fn rubric_buttons(ui: &mut egui::Ui, view: &ClassView, actions: &mut Vec<Action>) {
    let any = !view.collected.groups.is_empty();
    let label = if view.rubric(view.current_group()).is_some() {
        crate::t!("class-edit-rubric")
    } else {
        crate::t!("class-make-rubric")
    };
    if ui.add_enabled(any, egui::Button::new(label)).clicked() {
        actions.push(Action::EditRubric(true));
    }
    if ui
        .add_enabled(any, egui::Button::new(Command::ImportRubric.label()))
        .clicked()
    {
        actions.push(Command::ImportRubric.into());
    }
    let has = view.rubric(view.current_group()).is_some();
    if ui
        .add_enabled(has, egui::Button::new(Command::ExportRubric.label()))
        .clicked()
    {
        actions.push(Command::ExportRubric.into());
    }
}

fn return_controls(ui: &mut egui::Ui, view: &ClassView, actions: &mut Vec<Action>) {
    let any = view
        .collected
        .groups
        .iter()
        .flat_map(|g| &g.sheets)
        .any(|h| h.feedback().is_some_and(|f| !f.is_empty()));
    let button = ui.add_enabled(any, egui::Button::new(Command::ReturnFeedback.label()));
    if button.clicked() {
        actions.push(Command::ReturnFeedback.into());
    }
    if !any {
        button.on_disabled_hover_text(crate::t!("class-return-disabled"));
    }
    let name = |f: Option<Format>| match f {
        None => crate::t!("class-return-files-only"),
        Some(f) => crate::t!(
            "class-return-with-sheet",
            format = f.extension().to_uppercase()
        ),
    };
    // For Moodle a sheet always goes (PDF unless HTML is chosen): no "files only".
    let (shown, choices): (Option<Format>, &[Option<Format>]) = match view.return_moodle {
        true => (
            Some(view.return_sheet.unwrap_or(Format::Pdf)),
            &[Some(Format::Pdf), Some(Format::Html)],
        ),
        false => (
            view.return_sheet,
            &[None, Some(Format::Html), Some(Format::Pdf)],
        ),
    };
    crate::ui::combo(
        ui,
        &crate::t!("class-return-what"),
        egui::ComboBox::from_id_salt("return_sheet").selected_text(name(shown)),
        |ui| {
            for &choice in choices {
                if ui.selectable_label(shown == choice, name(choice)).clicked() {
                    actions.push(Action::ReturnSheet(choice));
                }
            }
        },
    );
}

/// What the summary says of a hand-in's feedback.
fn feedback_state(hand_in: &HandIn, group: &Group, rubric: bool) -> String {
    match hand_in.feedback_state(group.prompts.len()) {
        FeedbackState::None => "—".to_owned(),
        FeedbackState::Unreadable(_) => crate::t!("class-feedback-unreadable"),
        FeedbackState::Given {
            comments,
            total,
            stale,
        } => {
            let mut text = crate::t!("class-comments", count = comments);
            if rubric && let Some((got, of)) = total {
                text.push_str(&format!(", {got}/{of}"));
            }
            if stale {
                text.push_str(&crate::t!("class-file-changed"));
            }
            text
        }
    }
}

fn shown_student(view: &ClassView, name: &str) -> String {
    let name = crate::export::Clean::new(name);
    match (view.anonymize, name.is_empty()) {
        (true, _) => crate::t!("class-name-hidden"),
        (false, true) => crate::t!("sheet-no-name"),
        (false, false) => name.to_string(),
    }
}
