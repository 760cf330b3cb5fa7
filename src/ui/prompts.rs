//! The question list: a map of the work, one line per prompt under its section, each marked
//! answered (✔) or not (○), the current one highlighted.
//!
//! Every line has the same height, so only the lines in view are built each frame: a reading
//! with 10,000 prompts costs what one with 13 does.

use egui::{Atom, AtomExt as _, RichText, pos2, vec2};

use super::a11y;
use super::command::Action;
use crate::answers::Answer;
use crate::app::document::Document;
use crate::reading::{Prompt, PromptKind};

/// One line of the list.
enum Line<'a> {
    Section(std::borrow::Cow<'a, str>),
    Prompt { index: usize, prompt: &'a Prompt },
    Orphan { index: usize, answer: &'a Answer },
}

/// The height the whole list needs (its heading and every line), or `None` when it shows the
/// teacher's feedback above (of a height known only once drawn). The panel is never taller
/// than this: a short list leaves the room to the answer box instead of standing half empty.
pub fn needed_height(ui: &egui::Ui, doc: &Document) -> Option<f32> {
    if doc.feedback.is_some() {
        return None;
    }
    let (row, section, gap) = line_heights(ui);
    let lines = doc.reading.sections.len() as f32 * section
        + (doc.reading.prompt_count() + doc.sheet.orphans(&doc.reading).count()).max(1) as f32
            * (row + gap);
    let heading = ui.text_style_height(&egui::TextStyle::Small) + 4.0 + gap;
    Some(lines + heading + 2.0 * ui.spacing().item_spacing.y + 16.0)
}

/// The heights of a prompt's row, a section's title and the gap after a row.
fn line_heights(ui: &egui::Ui) -> (f32, f32, f32) {
    let row_height =
        ui.spacing().interact_size.y.max(
            ui.text_style_height(&egui::TextStyle::Button) + 2.0 * ui.spacing().button_padding.y,
        );
    let section_height = ui.text_style_height(&egui::TextStyle::Body) + 12.0;
    (row_height, section_height, ui.spacing().item_spacing.y)
}

/// `selected`: the item selected; `scroll_to_selected`: bring it into view (it was just
/// chosen).
pub fn ui(
    ui: &mut egui::Ui,
    doc: &Document,
    selected: usize,
    scroll_to_selected: bool,
    actions: &mut Vec<Action>,
) {
    ui.add_space(4.0);
    if let Some(shown) = &doc.feedback {
        feedback_ui(ui, shown, doc);
    }
    ui.label(
        RichText::new(crate::t!("prompts-heading"))
            .small()
            .strong()
            .weak(),
    );
    if doc.reading.sections.is_empty() {
        ui.label(RichText::new(crate::t!("prompts-none")).italics().weak());
        return;
    }
    let list = List::of(ui, doc, selected);
    egui::ScrollArea::vertical()
        .id_salt("question_list")
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            let clicked = list.viewport_ui(ui, viewport, scroll_to_selected);
            actions.extend(clicked.into_iter().map(Action::Select));
        });
}

/// The list laid out: its lines, where each one starts, and what they are marked with.
struct List<'a> {
    lines: Vec<Line<'a>>,
    /// Each line's top, down from the list's; one more at the end, the list's height.
    tops: Vec<f32>,
    marks: Marks<'a>,
    /// The item selected.
    selected: usize,
    row_height: f32,
    section_height: f32,
    gap: f32,
}

impl<'a> List<'a> {
    /// The lines of `doc`'s list, each placed under the one before.
    fn of(ui: &egui::Ui, doc: &'a Document, selected: usize) -> List<'a> {
        let lines = lines(
            doc.reading.sections.iter(),
            doc.sheet.orphans(&doc.reading).collect(),
        );
        let marks = Marks {
            answered: doc.sheet.answered_ids(),
            commented: doc
                .feedback
                .iter()
                .flat_map(|s| &s.feedback.answers)
                .filter(|a| !a.comment.trim().is_empty())
                .map(|a| &a.prompt_id)
                .collect(),
        };
        let (row_height, section_height, gap) = line_heights(ui);
        let mut list = List {
            tops: Vec::with_capacity(lines.len() + 1),
            lines,
            marks,
            selected,
            row_height,
            section_height,
            gap,
        };
        let mut y = 0.0;
        for line in &list.lines {
            list.tops.push(y);
            y += list.height(line);
        }
        list.tops.push(y);
        list
    }

    /// The height of `line`: a section's title, or a row and the gap after it.
    fn height(&self, line: &Line) -> f32 {
        match line {
            Line::Section(_) => self.section_height,
            _ => self.row_height + self.gap,
        }
    }

    /// The list in its scroll area: only the lines in `viewport` are built, the others stand
    /// in for screen readers. Returns the items of the lines clicked.
    fn viewport_ui(
        &self,
        ui: &mut egui::Ui,
        viewport: egui::Rect,
        scroll_to_selected: bool,
    ) -> Vec<usize> {
        let (lines, tops, selected) = (&self.lines, &self.tops, self.selected);
        ui.set_min_height(tops[lines.len()]);
        let origin = ui.min_rect().min;
        let width = ui.available_width();
        if scroll_to_selected
            && let Some(i) = lines.iter().position(|l| line_index(l) == Some(selected))
        {
            let rect = egui::Rect::from_min_size(
                origin + vec2(0.0, tops[i]),
                vec2(width, self.row_height),
            );
            ui.scroll_to_rect(rect, None);
        }
        let in_view = super::rows_in_view(tops, viewport);
        let rect_of = |i: usize| {
            egui::Rect::from_min_size(
                pos2(origin.x, origin.y + tops[i]),
                vec2(width, self.height(&lines[i])),
            )
        };
        // Screen readers get the lines out of view too (`a11y.rs`).
        let reader = a11y::container(ui, egui::Role::List, &crate::t!("prompts-list-name"));
        let stand_ins = |ui: &egui::Ui, range: std::ops::Range<usize>| {
            if !reader {
                return Vec::new();
            }
            range
                .filter(|&i| line_stand_in(ui, &lines[i], &self.marks, selected, rect_of(i)))
                .filter_map(|i| line_index(&lines[i]))
                .collect::<Vec<_>>()
        };
        let mut clicked_lines = stand_ins(ui, 0..in_view.start);
        for i in in_view.clone() {
            let line = &lines[i];
            let rect = rect_of(i);
            let mut row = ui.new_child(egui::UiBuilder::new().max_rect(rect));
            if self.line_ui(&mut row, line)
                && let Some(index) = line_index(line)
            {
                clicked_lines.push(index);
            }
        }
        clicked_lines.extend(stand_ins(ui, in_view.end..lines.len()));
        clicked_lines
    }

    /// One line in view: a section's title, or a prompt's (or orphan answer's) row. Returns
    /// whether it was clicked.
    fn line_ui(&self, row: &mut egui::Ui, line: &Line) -> bool {
        match line {
            Line::Section(title) => {
                row.add_space(8.0);
                row.add(egui::Label::new(RichText::new(title.as_ref()).strong()).truncate());
                false
            }
            Line::Prompt { index, prompt } => row_ui(
                row,
                &prompt_row(prompt, &self.marks, *index == self.selected),
            ),
            Line::Orphan { index, answer } => row_ui(
                row,
                &orphan_row(answer, &self.marks, *index == self.selected),
            ),
        }
    }
}

/// The teacher's feedback on the whole sheet, above the questions: read-only, framed apart.
fn feedback_ui(ui: &mut egui::Ui, shown: &crate::feedback::Shown, doc: &Document) {
    let feedback = &shown.feedback;
    super::style::teacher_frame(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        egui::CollapsingHeader::new(RichText::new(crate::t!("sheet-feedback")).strong())
            .id_salt("teacher_feedback")
            .default_open(true)
            .show(ui, |ui| {
                let note = format!("On hand-in {}", feedback.hand_in.number);
                ui.label(RichText::new(note).small().weak());
                if feedback.reading.sha256 != doc.sheet.reading.sha256 {
                    ui.label(
                        RichText::new(crate::t!("prompts-other-version"))
                            .small()
                            .weak(),
                    );
                }
                egui::ScrollArea::vertical()
                    .id_salt("teacher_overall")
                    .max_height(110.0)
                    .auto_shrink([false, true])
                    .show(ui, |ui| {
                        for line in shown.sheet.overall.iter().chain(&shown.sheet.rubric) {
                            ui.add(egui::Label::new(RichText::new(line.as_str()).italics()).wrap());
                        }
                    });
            });
    });
    ui.add_space(4.0);
}

/// The list's lines: each section's title and prompts, then answers with no prompt here.
fn lines<'a>(
    sections: impl Iterator<Item = &'a crate::reading::Section>,
    orphans: Vec<&'a Answer>,
) -> Vec<Line<'a>> {
    let mut lines = Vec::new();
    let mut index = 0;
    for section in sections {
        lines.push(Line::Section(
            section.title_in(crate::i18n::language()).into(),
        ));
        for prompt in &section.prompts {
            lines.push(Line::Prompt { index, prompt });
            index += 1;
        }
    }
    if !orphans.is_empty() {
        lines.push(Line::Section(crate::t!("prompts-orphans").into()));
        for answer in orphans {
            lines.push(Line::Orphan { index, answer });
            index += 1;
        }
    }
    lines
}

fn line_index(line: &Line) -> Option<usize> {
    match line {
        Line::Section(_) => None,
        Line::Prompt { index, .. } | Line::Orphan { index, .. } => Some(*index),
    }
}

/// What the list marks on its lines: answered, and commented on by the teacher.
struct Marks<'a> {
    answered: std::collections::HashSet<&'a crate::reading::PromptId>,
    commented: std::collections::HashSet<&'a crate::reading::PromptId>,
}

struct Row<'a> {
    answered: bool,
    /// The teacher's feedback has a comment on this answer.
    commented: bool,
    number: String,
    text: &'a str,
    selected: bool,
}

/// The stand-in node of a line out of view, named as `row_ui` names it; returns whether a
/// screen reader clicked it.
fn line_stand_in(
    ui: &egui::Ui,
    line: &Line,
    answered: &Marks,
    selected: usize,
    rect: egui::Rect,
) -> bool {
    let (role, name, index) = match line {
        Line::Section(title) => (egui::Role::Heading, title.to_string(), None),
        Line::Prompt { index, prompt } => {
            let row = prompt_row(prompt, answered, *index == selected);
            (egui::Role::Button, row_name(&row), Some(*index))
        }
        Line::Orphan { index, answer } => {
            let row = orphan_row(answer, answered, *index == selected);
            (egui::Role::Button, row_name(&row), Some(*index))
        }
    };
    let id = egui::Id::unique(("question_stand_in", index, &name));
    let what = a11y::StandIn {
        role,
        name: &name,
        description: None,
        toggled: index.map(|i| i == selected),
    };
    let sense = if index.is_some() {
        egui::Sense::click()
    } else {
        egui::Sense::hover()
    };
    a11y::stand_in(ui, id, rect, sense, &what).clicked()
}

fn prompt_row<'a>(prompt: &'a Prompt, marks: &Marks, selected: bool) -> Row<'a> {
    let number = match prompt.kind {
        PromptKind::Lead => "★".to_owned(),
        _ => format!("{}.", prompt.label),
    };
    Row {
        answered: marks.answered.contains(&prompt.id),
        commented: marks.commented.contains(&prompt.id),
        number,
        text: prompt.headline(),
        selected,
    }
}

fn orphan_row<'a>(answer: &'a Answer, marks: &Marks, selected: bool) -> Row<'a> {
    Row {
        answered: true,
        commented: marks.commented.contains(&answer.prompt_id),
        number: answer.prompt_id.to_string(),
        text: &answer.prompt,
        selected,
    }
}

/// What a screen reader calls a line: "3. How significant… (answered)".
fn row_name(row: &Row) -> String {
    let status = match (row.answered, row.commented) {
        (true, false) => crate::t!("prompts-row-answered"),
        (false, false) => crate::t!("prompts-row-not-answered"),
        (true, true) => crate::t!("prompts-row-answered-commented"),
        (false, true) => crate::t!("prompts-row-not-answered-commented"),
    };
    format!("{} {} ({status})", row.number, row.text)
}

/// One prompt's line; returns whether it was clicked.
fn row_ui(ui: &mut egui::Ui, row: &Row) -> bool {
    let mark = if row.answered { "✔" } else { "○" };
    let color = if row.answered {
        ui.visuals().selection.stroke.color
    } else {
        ui.visuals().weak_text_color()
    };
    let atoms = (
        RichText::new(mark).color(color),
        RichText::new(&row.number).strong(),
        // The prompt's text gives way (truncated with …) so the row fits the pane.
        row.text.to_owned().atom_shrink(true),
        Atom::grow(),
        // The teacher commented here: a mark at the line's end, in the accent colour.
        RichText::new(if row.commented { "✉" } else { "" })
            .color(ui.visuals().selection.stroke.color),
    );
    let response = ui.add(
        egui::Button::selectable(row.selected, atoms)
            .truncate()
            .min_size(egui::vec2(ui.available_width(), 0.0)),
    );
    let name = row_name(row);
    response
        .widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, row.selected, &name));
    response.clicked()
}
