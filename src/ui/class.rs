//! The Class view (teachers): a folder of handed-in answers, summed up, with the class sheet
//! and CSV export (the same as `lectern collect`); the review, hand-in by hand-in and answer by
//! answer, with comments and rubric levels; the rubric editor; *Return feedback…*.
//!
//! The view reads the `ClassView` and owns only the text being typed (comment boxes, the rubric
//! being edited); everything else it asks for with actions.

use std::path::PathBuf;

use egui::RichText;

use super::command::{Action, Command};
use crate::app::review::Review;
use crate::collect::{Collected, FeedbackState, Group, HandIn};
use crate::export::Format;
use crate::feedback::diff::Change;
use crate::feedback::{Criterion, Level, Rubric, Scope};

/// An open Class view.
pub struct ClassView {
    pub folder: PathBuf,
    pub collected: Collected,
    /// Show "Student A", "Student B"… (for showing answers to the class).
    pub anonymize: bool,
    /// Each group's rubric (by the group's index): none kept yet, or read, or why not.
    pub rubrics: Vec<Option<Result<Rubric, String>>>,
    /// The hand-in being reviewed, if any.
    pub review: Option<Review>,
    /// The rubric being edited for the group at this index (owned by the view while open).
    pub rubric_edit: Option<(usize, Rubric)>,
    /// A feedback sheet in this format beside each returned file, or none.
    pub return_sheet: Option<Format>,
    /// Each group's reading, when this computer has it: the review shows a cited passage in
    /// its paragraph.
    pub readings: Vec<Option<crate::reading::Reading>>,
}

impl ClassView {
    pub fn new(
        folder: PathBuf,
        collected: Collected,
        rubrics: Vec<Option<Result<Rubric, String>>>,
        readings: Vec<Option<crate::reading::Reading>>,
    ) -> ClassView {
        ClassView {
            readings,
            folder,
            collected,
            anonymize: false,
            rubrics,
            review: None,
            rubric_edit: None,
            return_sheet: None,
        }
    }

    /// The rubric of group `group`, when one was kept and reads.
    pub fn rubric(&self, group: usize) -> Option<&Rubric> {
        self.rubrics.get(group)?.as_ref()?.as_ref().ok()
    }

    /// The group the Class view is about now: the reviewed hand-in's, else the largest.
    pub fn current_group(&self) -> usize {
        self.review.as_ref().map_or(0, |r| r.group)
    }

    /// The title of the reading group `group` answers.
    pub fn title(&self, group: usize) -> String {
        self.collected
            .groups
            .get(group)
            .map(|g| g.title.clone())
            .unwrap_or_default()
    }
}

pub fn ui(ctx: &egui::Context, view: &mut ClassView, actions: &mut Vec<Action>) {
    let screen = ctx.content_rect();
    let modal = egui::Modal::new(egui::Id::unique("class_view")).show(ctx, |ui| {
        let width = (screen.width() - 60.0).clamp(320.0, 1100.0);
        ui.set_width(width);
        ui.set_max_height(screen.height() - 60.0);
        let title = view
            .rubric_edit
            .as_ref()
            .map(|(group, _)| view.title(*group));
        if let (Some((_, rubric)), Some(title)) = (view.rubric_edit.as_mut(), title) {
            rubric_editor(ui, &title, rubric, actions);
        } else if view.review.is_some() {
            // Marking a pile is long work: the review takes most of the window.
            ui.set_min_height((screen.height() - 120.0).max(300.0));
            review_ui(ui, view, actions);
        } else {
            summary_ui(ui, view, actions);
        }
    });
    if super::escape_closes(&modal) {
        // Escape goes back one step, as each screen's own Cancel or Back does.
        actions.push(if view.rubric_edit.is_some() {
            Action::EditRubric(false)
        } else if view.review.is_some() {
            Action::EndReview
        } else {
            Action::CloseModal
        });
    }
}

fn summary_ui(ui: &mut egui::Ui, view: &ClassView, actions: &mut Vec<Action>) {
    ui.heading(crate::t!("class-title"));
    ui.label(RichText::new(view.folder.display().to_string()).weak());
    ui.add_space(6.0);
    let height = (ui.available_height() - 120.0).max(160.0);
    egui::ScrollArea::vertical()
        .max_height(height)
        .show(ui, |ui| {
            for (g, group) in view.collected.groups.iter().enumerate() {
                let n = group.students();
                ui.label(
                    RichText::new(crate::t!("class-group", title = &group.title, count = n))
                        .strong(),
                );
                let rubric = view.rubric(g);
                egui::Grid::new(format!("class_grid_{}", group.fingerprint))
                    .striped(true)
                    .show(ui, |ui| {
                        for head in [
                            "sheet-student",
                            "class-hand-in",
                            "class-answered",
                            "class-words",
                            "class-feedback",
                        ] {
                            ui.label(RichText::new(crate::i18n::tr(head)).strong());
                        }
                        ui.label("");
                        ui.end_row();
                        for (i, hand_in) in group.sheets.iter().enumerate() {
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
                            ui.label(feedback_state(hand_in, group, rubric.is_some()));
                            let name = crate::t!(
                                "class-review-named",
                                student = shown_student(view, &sheet.student),
                                number = sheet.handed_in.max(1)
                            );
                            let button = ui.button(crate::t!("class-review")).on_hover_text(&name);
                            button.widget_info(|| {
                                egui::WidgetInfo::labeled(egui::Role::Button, true, &name)
                            });
                            if button.clicked() {
                                actions.push(Action::Review(g, i));
                            }
                            ui.end_row();
                        }
                    });
                match &view.rubrics.get(g) {
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
            if view.collected.groups.len() > 1 {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    crate::t!(
                        "class-several-readings",
                        count = view.collected.groups.len()
                    ),
                );
            }
            for (path, reason) in &view.collected.unreadable {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    crate::t!("class-not-read", name = name, reason = reason.to_string()),
                );
            }
            if view.collected.groups.is_empty() {
                ui.label(RichText::new(crate::t!("class-nothing-read")).italics());
            }
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
    ui.horizontal_wrapped(|ui| {
        return_controls(ui, view, actions);
        if ui.button(crate::t!("close")).clicked() {
            actions.push(Action::CloseModal);
        }
    });
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
    super::combo(
        ui,
        &crate::t!("class-return-what"),
        egui::ComboBox::from_id_salt("return_sheet").selected_text(name(view.return_sheet)),
        |ui| {
            for choice in [None, Some(Format::Html), Some(Format::Pdf)] {
                if ui
                    .selectable_label(view.return_sheet == choice, name(choice))
                    .clicked()
                {
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

fn scope_words(scope: Scope) -> String {
    match scope {
        Scope::WholeSheet => crate::t!("class-for-whole-sheet"),
        Scope::EachAnswer => crate::t!("class-for-each-answer"),
    }
}

fn review_ui(ui: &mut egui::Ui, view: &mut ClassView, actions: &mut Vec<Action>) {
    // Borrowed field by field (the review is borrowed mutably below), not cloned every frame.
    let group_index = view.current_group();
    let rubric = view
        .rubrics
        .get(group_index)
        .and_then(|r| r.as_ref()?.as_ref().ok());
    let anonymize = view.anonymize;
    let reading = view.readings.get(group_index).and_then(Option::as_ref);
    let (collected, Some(review)) = (&view.collected, view.review.as_mut()) else {
        return;
    };
    let (Some(group), Some(hand_in)) = (
        collected.groups.get(review.group),
        review.hand_in(collected),
    ) else {
        return;
    };
    let student = {
        let name = crate::export::Clean::new(&hand_in.sheet.student);
        if anonymize {
            crate::t!("class-student-n", n = review.index + 1)
        } else if name.is_empty() {
            crate::t!("sheet-no-name")
        } else {
            name.to_string()
        }
    };
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(crate::t!("class-back"))
            .on_hover_text(crate::t!("class-back-hint"))
            .clicked()
        {
            actions.push(Action::EndReview);
        }
        let first = review.index == 0;
        let last = review.index + 1 >= group.sheets.len();
        super::command::button(ui, actions, Command::PreviousStudent, "◀", !first);
        ui.heading(crate::t!(
            "class-review-heading",
            student = student.as_str(),
            number = hand_in.sheet.handed_in.max(1)
        ));
        super::command::button(ui, actions, Command::NextStudent, "▶", !last);
        ui.label(
            RichText::new(crate::t!(
                "class-position",
                n = review.index + 1,
                total = group.sheets.len(),
                title = &group.title
            ))
            .weak(),
        );
    });
    if let Some(problem) = &review.problem {
        ui.colored_label(ui.visuals().error_fg_color, problem);
    }
    if let Some(earlier) = &review.earlier {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            crate::t!("class-earlier-feedback", number = earlier.hand_in.number),
        );
    }
    if let Some(draft) = &review.draft
        && !draft.is_empty()
        && draft.hand_in.sha256 != hand_in.sha256
    {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            crate::t!("class-earlier-version"),
        );
    }
    // The answers, as a row of tabs.
    ui.horizontal_wrapped(|ui| {
        for (i, (id, _)) in group.prompts.iter().enumerate() {
            let commented = review
                .draft
                .as_ref()
                .is_some_and(|d| !d.comment(id).trim().is_empty());
            let text = if commented {
                format!("{id} •")
            } else {
                id.to_string()
            };
            if ui.selectable_label(i == review.answer, text).clicked() && i != review.answer {
                actions.push(Action::ReviewAnswer(i));
            }
        }
    });
    ui.separator();
    let Some((id, prompt)) = group.prompts.get(review.answer) else {
        ui.label(crate::t!("prompts-none"));
        return;
    };
    let height = (ui.available_height() - 40.0).max(200.0);
    let editable = review.draft.is_some();
    ui.columns(2, |columns| {
        let ui = &mut columns[0];
        egui::ScrollArea::vertical()
            .id_salt("review_answer")
            .max_height(height)
            .show(ui, |ui| {
                // Ragged right, as text is read: columns would justify it with wide gaps.
                ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                    ui.label(RichText::new(format!("{id} · {prompt}")).strong());
                    ui.add_space(4.0);
                    let text = hand_in.sheet.text(id);
                    match &review.changes {
                        Some(changes) => {
                            ui.label(
                                RichText::new(crate::t!("class-changed-since"))
                                    .small()
                                    .weak(),
                            );
                            ui.label(diff_job(ui, changes));
                        }
                        _ if text.trim().is_empty() => {
                            ui.label(RichText::new(crate::t!("sheet-not-answered")).italics());
                        }
                        _ => {
                            let color = ui.visuals().strong_text_color();
                            ui.label(RichText::new(text).size(15.0).color(color));
                        }
                    }
                    ui.label(
                        RichText::new(crate::t!("words", count = crate::words::count_words(text)))
                            .small()
                            .weak(),
                    );
                    let citations = hand_in.sheet.citations(id);
                    if !citations.is_empty() {
                        ui.add_space(6.0);
                        ui.label(
                            RichText::new(crate::t!("class-evidence"))
                                .small()
                                .strong()
                                .weak(),
                        );
                        for passage in citations {
                            ui.label(passage_job(ui, passage, reading));
                        }
                    }
                })
            });
        let ui = &mut columns[1];
        egui::ScrollArea::vertical()
            .id_salt("review_feedback")
            .max_height(height)
            .show(ui, |ui| {
                // Ragged right, as text is read: columns would justify it with wide gaps.
                ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                    if let Some(earlier) = &review.earlier
                        && let Some(old) = earlier.answer(id)
                        && !old.comment.trim().is_empty()
                    {
                        ui.label(
                            RichText::new(crate::t!(
                                "class-your-earlier-comment",
                                number = earlier.hand_in.number
                            ))
                            .small()
                            .weak(),
                        );
                        ui.label(RichText::new(&old.comment).italics());
                        ui.add_space(4.0);
                    }
                    let label = ui.label(RichText::new(crate::t!("class-your-comment")).strong());
                    let comment = ui
                        .add_enabled(
                            editable,
                            egui::TextEdit::multiline(&mut review.comment_text)
                                .id(comment_id())
                                .desired_rows(5)
                                .desired_width(f32::INFINITY)
                                .hint_text(crate::t!("class-comment-hint")),
                        )
                        .labelled_by(label.id);
                    // A new answer shown: the keyboard goes to its comment, so a teacher can mark a pile
                    // with the keys alone.
                    if std::mem::take(&mut review.focus_comment) && editable {
                        comment.request_focus();
                    }
                    if comment.changed() {
                        actions.push(Action::FeedbackEdited);
                    }
                    if let (Some(rubric), Some(draft)) = (&rubric, &review.draft)
                        && rubric.scope == Scope::EachAnswer
                    {
                        let levels = draft
                            .answer(id)
                            .map(|a| a.levels.clone())
                            .unwrap_or_default();
                        levels_ui(ui, rubric, &levels, editable, "answer", actions);
                    }
                    ui.add_space(10.0);
                    let label = ui.label(RichText::new(crate::t!("class-overall")).strong());
                    let overall = ui
                        .add_enabled(
                            editable,
                            egui::TextEdit::multiline(&mut review.overall_text)
                                .id(egui::Id::unique("overall_comment"))
                                .desired_rows(4)
                                .desired_width(f32::INFINITY)
                                .hint_text(crate::t!("class-overall-hint")),
                        )
                        .labelled_by(label.id);
                    if overall.changed() {
                        actions.push(Action::FeedbackEdited);
                    }
                    if let (Some(rubric), Some(draft)) = (&rubric, &review.draft)
                        && rubric.scope == Scope::WholeSheet
                    {
                        ui.add_space(6.0);
                        levels_ui(ui, rubric, &draft.levels, editable, "sheet", actions);
                    }
                    if let Some(draft) = &review.draft {
                        let scored_against = rubric.or(draft.rubric.as_ref());
                        if let Some((got, of)) =
                            scored_against.map(|r| draft.total_against(r, group.prompts.len()))
                        {
                            ui.add_space(4.0);
                            ui.label(
                                RichText::new(crate::t!("class-total", got = got, of = of))
                                    .strong(),
                            );
                        }
                    }
                    if rubric.is_none() {
                        ui.label(
                            RichText::new(crate::t!("class-no-rubric-review"))
                                .small()
                                .weak(),
                        );
                    }
                    ui.add_space(6.0);
                    match (&review.save_error, review.dirty_since) {
                        (Some(e), _) => {
                            ui.colored_label(
                                ui.visuals().error_fg_color,
                                crate::t!("class-not-saved", error = e.as_str()),
                            );
                        }
                        (None, Some(_)) => {
                            ui.label(RichText::new(crate::t!("class-saving")).small().weak());
                        }
                        (None, None) if editable => {
                            ui.label(RichText::new(crate::t!("class-saved")).small().weak());
                        }
                        _ => {}
                    }
                })
            });
    });
}

/// The id of the comment box, for tests and for the keyboard.
pub fn comment_id() -> egui::Id {
    egui::Id::unique("answer_comment")
}

fn levels_ui(
    ui: &mut egui::Ui,
    rubric: &Rubric,
    levels: &crate::feedback::Levels,
    enabled: bool,
    salt: &str,
    actions: &mut Vec<Action>,
) {
    egui::Grid::new(format!("levels_{salt}"))
        .num_columns(2)
        .show(ui, |ui| {
            for criterion in &rubric.criteria {
                ui.label(&criterion.name);
                let chosen = levels.get(&criterion.name).and_then(|l| criterion.level(l));
                let text = chosen.map_or("—".to_owned(), |l| {
                    crate::t!(
                        "class-level-chosen",
                        level = l.name.as_str(),
                        points = l.points,
                        of = criterion.max_points()
                    )
                });
                ui.add_enabled_ui(enabled, |ui| {
                    super::combo(
                        ui,
                        &crate::t!("class-level-for", criterion = criterion.name.as_str()),
                        egui::ComboBox::from_id_salt(format!("level_{salt}_{}", criterion.name))
                            .selected_text(text),
                        |ui| {
                            if ui.selectable_label(chosen.is_none(), "—").clicked() {
                                actions.push(Action::SetLevel {
                                    criterion: criterion.name.clone(),
                                    level: None,
                                });
                            }
                            for level in &criterion.levels {
                                let selected = chosen.is_some_and(|c| c.name == level.name);
                                if ui
                                    .selectable_label(
                                        selected,
                                        format!("{} ({})", level.name, level.points),
                                    )
                                    .clicked()
                                {
                                    actions.push(Action::SetLevel {
                                        criterion: criterion.name.clone(),
                                        level: Some(level.name.clone()),
                                    });
                                }
                            }
                        },
                    )
                    .response
                    .widget_info(|| {
                        let name =
                            crate::t!("class-level-for", criterion = criterion.name.as_str());
                        egui::WidgetInfo::labeled(egui::Role::ComboBox, enabled, name)
                    });
                });
                ui.end_row();
            }
        });
}

/// Words taken out struck through in the error colour, put in underlined in a strong colour:
/// told apart by their marks as well as their colours, for readers who see no colour.
fn diff_job(ui: &egui::Ui, changes: &[Change]) -> egui::text::LayoutJob {
    let mut job = egui::text::LayoutJob::default();
    let font = egui::FontId::proportional(15.0);
    let plain = ui.visuals().strong_text_color();
    let removed = ui.visuals().error_fg_color;
    let added = if ui.visuals().dark_mode {
        egui::Color32::from_rgb(120, 220, 140)
    } else {
        egui::Color32::from_rgb(0, 110, 40)
    };
    for (i, change) in changes.iter().enumerate() {
        if i > 0 {
            job.append(" ", 0.0, egui::TextFormat::simple(font.clone(), plain));
        }
        let (text, format) = match change {
            Change::Same(t) => (t, egui::TextFormat::simple(font.clone(), plain)),
            Change::Removed(t) => (
                t,
                egui::TextFormat {
                    strikethrough: egui::Stroke::new(1.5, removed),
                    ..egui::TextFormat::simple(font.clone(), removed)
                },
            ),
            Change::Added(t) => (
                t,
                egui::TextFormat {
                    underline: egui::Stroke::new(1.5, added),
                    ..egui::TextFormat::simple(font.clone(), added)
                },
            ),
        };
        job.append(text, 0.0, format);
    }
    job
}

/// "…words before **the quote** words after…" (¶ 3): the passage as it stands in the article.
/// A cited passage: its whole paragraph with the quoted words marked, when this computer has
/// the reading and the words are found in it; else the words in the text the student's file
/// keeps around them.
fn passage_job(
    ui: &egui::Ui,
    passage: &crate::reading::Passage,
    reading: Option<&crate::reading::Reading>,
) -> egui::text::LayoutJob {
    let mut job = egui::text::LayoutJob::default();
    let weak = ui.visuals().weak_text_color();
    let strong = ui.visuals().strong_text_color();
    let font = egui::FontId::proportional(14.0);
    let quoted = egui::TextFormat {
        underline: egui::Stroke::new(1.0, strong),
        background: ui.visuals().selection.bg_fill.gamma_multiply(0.5),
        ..egui::TextFormat::simple(font.clone(), strong)
    };
    let found = reading.and_then(|r| {
        let at = r.locate(passage)?;
        match r.article.get(at.block)? {
            crate::reading::Block::Paragraph { number, text } => {
                Some((*number, text.as_str(), at.range))
            }
            crate::reading::Block::Heading(_) => None,
        }
    });
    if let Some((number, text, range)) = found
        && let (Some(before), Some(words), Some(after)) = (
            text.get(..range.start),
            text.get(range.clone()),
            text.get(range.end..),
        )
    {
        let plain = egui::TextFormat::simple(font.clone(), ui.visuals().text_color());
        job.append(
            &format!("¶ {number}  "),
            0.0,
            egui::TextFormat::simple(font, weak),
        );
        job.append(before, 0.0, plain.clone());
        job.append(words, 0.0, quoted);
        job.append(after, 0.0, plain);
        return job;
    }
    job.append(
        &format!("¶ {}  …{}", passage.paragraph, passage.before),
        0.0,
        egui::TextFormat::simple(font.clone(), weak),
    );
    job.append(
        &passage.quote,
        0.0,
        egui::TextFormat {
            underline: egui::Stroke::new(1.0, strong),
            ..egui::TextFormat::simple(font.clone(), strong)
        },
    );
    job.append(
        &format!("{}…", passage.after),
        0.0,
        egui::TextFormat::simple(font, weak),
    );
    job
}

fn rubric_editor(ui: &mut egui::Ui, title: &str, rubric: &mut Rubric, actions: &mut Vec<Action>) {
    ui.heading(crate::t!("sheet-rubric"));
    ui.label(RichText::new(crate::t!("rubric-for", title = title)).weak());
    ui.horizontal(|ui| {
        ui.label(crate::t!("rubric-score"));
        ui.radio_value(
            &mut rubric.scope,
            Scope::WholeSheet,
            crate::t!("rubric-whole-sheet"),
        );
        ui.radio_value(
            &mut rubric.scope,
            Scope::EachAnswer,
            crate::t!("rubric-each-answer"),
        );
    });
    ui.add_space(4.0);
    let height = (ui.available_height() - 90.0).max(160.0);
    let mut remove: Option<usize> = None;
    egui::ScrollArea::vertical()
        .max_height(height)
        .show(ui, |ui| {
            for (c, criterion) in rubric.criteria.iter_mut().enumerate() {
                ui.group(|ui| {
                    ui.horizontal(|ui| {
                        let label = ui.label(crate::t!("rubric-criterion-n", n = c + 1));
                        ui.add(
                            egui::TextEdit::singleline(&mut criterion.name)
                                .hint_text(crate::t!("rubric-criterion-hint"))
                                .desired_width(320.0),
                        )
                        .labelled_by(label.id);
                        if ui.button(crate::t!("rubric-remove-criterion")).clicked() {
                            remove = Some(c);
                        }
                    });
                    let mut remove_level: Option<usize> = None;
                    for (l, level) in criterion.levels.iter_mut().enumerate() {
                        ui.horizontal(|ui| {
                            let label = ui.label(crate::t!("rubric-level-n", n = l + 1));
                            ui.add(
                                egui::TextEdit::singleline(&mut level.name).desired_width(200.0),
                            )
                            .labelled_by(label.id);
                            ui.add(
                                egui::DragValue::new(&mut level.points)
                                    .range(0..=10_000)
                                    .suffix(crate::t!("rubric-points-suffix")),
                            );
                            if ui
                                .small_button("×")
                                .on_hover_text(crate::t!("rubric-remove-level"))
                                .clicked()
                            {
                                remove_level = Some(l);
                            }
                        });
                    }
                    if let Some(l) = remove_level {
                        criterion.levels.remove(l);
                    }
                    if ui.small_button(crate::t!("rubric-add-level")).clicked() {
                        let points = criterion.max_points() + 1;
                        criterion.levels.push(Level {
                            name: crate::t!("rubric-level-n", n = criterion.levels.len() + 1),
                            points,
                        });
                    }
                });
            }
            if let Some(c) = remove {
                rubric.criteria.remove(c);
            }
            if ui.button(crate::t!("rubric-add-criterion")).clicked() {
                let levels = rubric
                    .criteria
                    .first()
                    .map(|c| c.levels.clone())
                    .unwrap_or_default();
                // Named by the teacher: a placeholder name would be kept as the name.
                rubric.criteria.push(Criterion {
                    name: String::new(),
                    levels,
                });
            }
        });
    let problem = rubric.problem();
    if let Some(problem) = &problem {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            crate::t!("rubric-not-usable", problem = problem.to_string()),
        );
    } else {
        ui.label(
            RichText::new(crate::t!(
                "rubric-most-points",
                points = rubric.max_points(),
                scope = scope_words(rubric.scope)
            ))
            .weak(),
        );
    }
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                problem.is_none(),
                egui::Button::new(crate::t!("rubric-keep")),
            )
            .clicked()
        {
            actions.push(Action::SaveRubric);
        }
        if ui.button(crate::t!("cancel")).clicked() {
            actions.push(Action::EditRubric(false));
        }
    });
}
