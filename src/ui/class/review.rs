//! The Class view's review: one hand-in, one answer at a time — the student's answer on the
//! left, the teacher's comments and rubric levels on the right.

use egui::RichText;

use super::ClassView;
use crate::app::review::Review;
use crate::collect::{Group, HandIn};
use crate::feedback::diff::Change;
use crate::feedback::{Rubric, Scope};
use crate::reading::{PromptId, Reading};
use crate::ui::command::{Action, Command};

pub(super) fn review_ui(ui: &mut egui::Ui, view: &mut ClassView, actions: &mut Vec<Action>) {
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
    header_ui(ui, review, group, hand_in, anonymize, actions);
    notices_ui(ui, review, hand_in);
    answer_tabs_ui(ui, review, group, actions);
    ui.separator();
    let Some((id, prompt)) = group.prompts.get(review.answer) else {
        ui.label(crate::t!("prompts-none"));
        return;
    };
    let height = (ui.available_height() - 40.0).max(200.0);
    ui.columns(2, |columns| {
        let changes = review.changes.as_deref();
        answer_column_ui(
            &mut columns[0],
            hand_in,
            (id, prompt),
            changes,
            reading,
            height,
            actions,
        );
        comment_column_ui(&mut columns[1], review, rubric, group, id, height, actions);
    });
}

/// The student (or "Student N" with names hidden) and the hand-in, between the ways to the
/// previous and next student, with the way back to the summary.
fn header_ui(
    ui: &mut egui::Ui,
    review: &Review,
    group: &Group,
    hand_in: &HandIn,
    anonymize: bool,
    actions: &mut Vec<Action>,
) {
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
        crate::ui::command::button(ui, actions, Command::PreviousStudent, "◀", !first);
        ui.heading(crate::t!(
            "class-review-heading",
            student = student.as_str(),
            number = hand_in.sheet.handed_in.max(1)
        ));
        crate::ui::command::button(ui, actions, Command::NextStudent, "▶", !last);
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
}

/// What the teacher should know before writing: the feedback file did not read, or what is
/// shown is the feedback on an earlier hand-in or on an earlier version of this one.
fn notices_ui(ui: &mut egui::Ui, review: &Review, hand_in: &HandIn) {
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
}

/// The answers, as a row of tabs; a commented one is marked with a dot.
fn answer_tabs_ui(ui: &mut egui::Ui, review: &Review, group: &Group, actions: &mut Vec<Action>) {
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
}

/// The left column: the prompt, the student's answer (with what changed since the last
/// feedback, when it did) and its word count, and the passages it cites.
fn answer_column_ui(
    ui: &mut egui::Ui,
    hand_in: &HandIn,
    (id, prompt): (&PromptId, &str),
    changes: Option<&[Change]>,
    reading: Option<&Reading>,
    height: f32,
    actions: &mut Vec<Action>,
) {
    egui::ScrollArea::vertical()
        .id_salt("review_answer")
        .max_height(height)
        .show(ui, |ui| {
            // Ragged right, as text is read: columns would justify it with wide gaps.
            ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                ui.label(RichText::new(format!("{id} · {prompt}")).strong());
                ui.add_space(4.0);
                let text = hand_in.sheet.text(id);
                match changes {
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
                written_ui(ui, hand_in, id, actions);
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
}

/// How the answer was written, and the way to its replay.
fn written_ui(ui: &mut egui::Ui, hand_in: &HandIn, id: &PromptId, actions: &mut Vec<Action>) {
    let Some(process) = hand_in.process().answer(&hand_in.sheet, id) else {
        return;
    };
    ui.add_space(6.0);
    ui.label(
        RichText::new(crate::t!("history-teacher-title"))
            .small()
            .strong()
            .weak(),
    );
    crate::ui::history::process_ui(ui, process);
    if process.sessions.is_empty() {
        return;
    }
    let replay = ui.button(crate::t!("history-replay"));
    // Below the fold on a small screen: reached by Tab, it comes into view.
    if replay.gained_focus() {
        replay.scroll_to_me(None);
    }
    if replay.clicked() {
        actions.push(Action::ReviewHistory);
    }
}

/// The right column: the teacher's comment on this answer and the overall one, the rubric's
/// levels and total, and whether it is all saved. Without a draft (its file did not read)
/// everything is shown but nothing can be changed.
fn comment_column_ui(
    ui: &mut egui::Ui,
    review: &mut Review,
    rubric: Option<&Rubric>,
    group: &Group,
    id: &PromptId,
    height: f32,
    actions: &mut Vec<Action>,
) {
    let editable = review.draft.is_some();
    egui::ScrollArea::vertical()
        .id_salt("review_feedback")
        .max_height(height)
        .show(ui, |ui| {
            // Ragged right, as text is read: columns would justify it with wide gaps.
            ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                earlier_comment_ui(ui, review, id);
                answer_comment_ui(ui, review, rubric, id, editable, actions);
                ui.add_space(10.0);
                overall_comment_ui(ui, review, rubric, editable, actions);
                total_ui(ui, review, rubric, group);
                ui.add_space(6.0);
                saved_ui(ui, review, editable);
            })
        });
}

/// What the teacher said of this answer in the earlier hand-in's feedback, if anything.
fn earlier_comment_ui(ui: &mut egui::Ui, review: &Review, id: &PromptId) {
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
}

/// The comment box for this answer, and its levels when the rubric scores each answer.
fn answer_comment_ui(
    ui: &mut egui::Ui,
    review: &mut Review,
    rubric: Option<&Rubric>,
    id: &PromptId,
    editable: bool,
    actions: &mut Vec<Action>,
) {
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
    if let (Some(rubric), Some(draft)) = (rubric, &review.draft)
        && rubric.scope == Scope::EachAnswer
    {
        let levels = draft
            .answer(id)
            .map(|a| a.levels.clone())
            .unwrap_or_default();
        levels_ui(ui, rubric, &levels, editable, "answer", actions);
    }
}

/// The overall comment box, and the levels when the rubric scores the whole sheet.
fn overall_comment_ui(
    ui: &mut egui::Ui,
    review: &mut Review,
    rubric: Option<&Rubric>,
    editable: bool,
    actions: &mut Vec<Action>,
) {
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
    if let (Some(rubric), Some(draft)) = (rubric, &review.draft)
        && rubric.scope == Scope::WholeSheet
    {
        ui.add_space(6.0);
        levels_ui(ui, rubric, &draft.levels, editable, "sheet", actions);
    }
}

/// The points given, against the group's rubric or, without one, the rubric the feedback
/// was given with; and, while the group has no rubric, where to make one.
fn total_ui(ui: &mut egui::Ui, review: &Review, rubric: Option<&Rubric>, group: &Group) {
    if let Some(draft) = &review.draft {
        let scored_against = rubric.or(draft.rubric.as_ref());
        if let Some((got, of)) = scored_against.map(|r| draft.total_against(r, group.prompts.len()))
        {
            ui.add_space(4.0);
            ui.label(RichText::new(crate::t!("class-total", got = got, of = of)).strong());
        }
    }
    if rubric.is_none() {
        ui.label(
            RichText::new(crate::t!("class-no-rubric-review"))
                .small()
                .weak(),
        );
    }
}

/// Whether the feedback is in its file: not (and why), being saved, or saved.
fn saved_ui(ui: &mut egui::Ui, review: &Review, editable: bool) {
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
                    crate::ui::combo(
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
