//! The answer editor: the selected prompt in full, a large text box, the live word count, and
//! the way to the previous and next prompt.

use egui::RichText;

use super::article::marks::EvidenceMarks;
use super::command::{Action, Command};
use super::find::FindState;
use super::spelling::{SpellAction, SpellState, SpellView};
use crate::app::document::Document;
use crate::app::state::{Selected, Settings, item_at, item_count};
use crate::reading::{Passage, PromptKind};
use crate::spell::{Flags, LatinChoice};
use crate::words::{Fit, WordRange, count_words, words_label_in};

/// What the editor shows above the text box.
struct Heading {
    kicker: String,
    title: Option<String>,
    text: String,
    editable: bool,
    /// The length the reading asks for.
    range: Option<WordRange>,
    /// The answer whose citations are listed (they are read from the sheet as they are drawn).
    answer_id: crate::reading::PromptId,
    /// How many citations it has.
    citations: usize,
}

/// The most citations listed before the list scrolls.
const CITATION_ROWS: usize = 4;

/// The id of the answer box, so tests and focus requests can find it.
pub fn editor_id() -> egui::Id {
    egui::Id::unique("answer_editor")
}

/// What the editor reads.
pub struct EditorView<'a> {
    pub doc: &'a Document,
    pub settings: &'a Settings,
    pub selected: usize,
    pub find: &'a FindState,
    pub evidence: &'a EvidenceMarks,
    pub spell: &'a SpellState,
    /// The sentence (and word) of this answer being read aloud.
    pub spoken: Option<crate::app::read_aloud::Spoken>,
    /// The sentence (and word) of the question being read aloud.
    pub spoken_question: Option<crate::app::read_aloud::Spoken>,
}

/// What the editor owns: the text being typed, the one-shot request for the keyboard, where
/// its misspelt words are, and the word whose menu is open.
pub struct EditorOwn<'a> {
    pub text: &'a mut String,
    pub focus: &'a mut bool,
    pub flags: &'a mut Flags,
    pub menu: &'a mut Option<SpellMenu>,
}

/// The misspelt word whose menu is open: right-clicked, or under the text cursor when
/// Shift+F10 or the Menu key was pressed (then the menu opens under the word, `at`).
#[derive(Clone, Debug, PartialEq)]
pub struct SpellMenu {
    pub bytes: std::ops::Range<usize>,
    pub word: String,
    pub at: Option<egui::Pos2>,
}

pub fn ui(ui: &mut egui::Ui, view: EditorView<'_>, own: EditorOwn<'_>, actions: &mut Vec<Action>) {
    let EditorOwn {
        text: editor_text,
        focus: focus_editor,
        flags,
        menu,
    } = own;
    let Some(heading) = heading(view.doc, view.selected) else {
        ui.add_space(12.0);
        ui.label(RichText::new(crate::t!("editor-no-questions")).italics());
        return;
    };
    ui.add_space(6.0);
    not_saved_ui(ui, view.doc, actions);
    let spell = view.spell.view(&view.doc.reading, &heading.answer_id);
    let prompt_label = heading_ui(ui, &heading, &spell, view.spoken_question.as_ref(), actions);

    let row = ui.spacing().interact_size.y + 2.0;
    let comment = view
        .doc
        .feedback
        .as_ref()
        .and_then(|s| Some((&s.feedback, s.items.get(&heading.answer_id)?)));
    let box_height = answer_box_height(ui, &heading, row, comment.is_some());
    egui::ScrollArea::vertical()
        .id_salt("answer_scroll")
        .max_height(box_height)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            let output = answer_box(ui, &view, heading.editable, editor_text, box_height);
            if let Some(spoken) = &view.spoken {
                super::read_aloud::paint_spoken(ui, &output, editor_text, spoken);
            }
            if spell.enabled() && heading.editable {
                // The verdicts hold for one answer (words ignored there).
                let revision = (spell.revision(), view.selected as u64);
                flags.update(editor_text, revision, |w| spell.is_right(w));
                super::spell_marks::paint(ui, &output, &flags.flags);
                if let Some(chosen) =
                    super::spell_marks::menu(ui, &output, editor_text, flags, menu, &spell)
                {
                    actions.push(chosen);
                }
            } else {
                flags.reset();
            }
            let response = output.response.response.labelled_by(prompt_label.id);
            if *focus_editor {
                response.request_focus();
                *focus_editor = false;
            }
            if response.changed() {
                // A paste reaches the box as an event of its own (Ctrl+V, Shift+Insert, the
                // context menu): the history records it as a paste, not as typing.
                let pasted = ui.input(|i| {
                    i.events
                        .iter()
                        .any(|e| matches!(e, egui::Event::Paste(p) if !p.is_empty()))
                });
                actions.push(Action::AnswerEdited(match pasted {
                    true => crate::app::document::Input::Pasted,
                    false => crate::app::document::Input::Typed,
                }));
            }
        });

    if let Some((feedback, lines)) = comment {
        let changed = feedback
            .answer(&heading.answer_id)
            .is_some_and(|a| crate::feedback::diff::changed(&a.answer, editor_text));
        comment_ui(ui, feedback.hand_in.number, lines, changed);
    }
    if heading.citations > 0 {
        let citations = view.doc.sheet.citations(&heading.answer_id);
        let chosen = evidence_ui(
            ui,
            citations,
            &heading.answer_id,
            &view.evidence.missing,
            row,
        );
        actions.extend(chosen);
    }
    ui.add_space(6.0);
    footer_ui(ui, &view, count_words(editor_text), heading.range, actions);
}

/// Above the answer box: where the prompt is (with the spelling switch beside it), its title
/// and its text. The prompt's text labels the answer box, so it is returned.
fn heading_ui(
    ui: &mut egui::Ui,
    heading: &Heading,
    spell: &SpellView<'_>,
    spoken: Option<&crate::app::read_aloud::Spoken>,
    actions: &mut Vec<Action>,
) -> egui::Response {
    // The controls first, from the right; the kicker has what is left, cut short with "…"
    // rather than running under them (seen at 1024×600 with a long section title).
    ui.horizontal(|ui| {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            spell_switch_ui(ui, spell, actions);
            super::command::button(ui, actions, Command::ReadQuestion, "🔊", true);
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                let kicker = RichText::new(&heading.kicker).small().strong().weak();
                ui.add(egui::Label::new(kicker).truncate());
            });
        });
    });
    if let Some(title) = &heading.title {
        ui.add(egui::Label::new(RichText::new(title).size(17.0).strong()).wrap());
    }
    let prompt_label = match spoken {
        // Read aloud: its sentence and word marked, as in the article.
        Some(spoken) => {
            let job = super::read_aloud::spoken_job(ui, &heading.text, 16.0, spoken);
            ui.add(egui::Label::new(job).wrap())
        }
        None => ui.add(egui::Label::new(RichText::new(&heading.text).size(16.0).strong()).wrap()),
    };
    ui.add_space(8.0);
    prompt_label
}

/// The answer box's height: what is left once the footer, the citations (`row` high each, up
/// to `CITATION_ROWS`) and the teacher's comment have theirs.
fn answer_box_height(ui: &egui::Ui, heading: &Heading, row: f32, commented: bool) -> f32 {
    let footer_height = ui.spacing().interact_size.y + 12.0;
    let evidence_height = if heading.citations == 0 {
        0.0
    } else {
        26.0 + row * heading.citations.min(CITATION_ROWS) as f32
    };
    let comment_height = if commented {
        COMMENT_HEIGHT + 14.0
    } else {
        0.0
    };
    (ui.available_height() - footer_height - evidence_height - comment_height).max(80.0)
}

/// The answer box, in the reading font, `height` high, with Find's matches marked; read-only,
/// without a hint, when the answer is not `editable` (its prompt is gone from the reading).
fn answer_box(
    ui: &mut egui::Ui,
    view: &EditorView<'_>,
    editable: bool,
    text: &mut String,
    height: f32,
) -> egui::text_edit::TextEditOutput {
    let font = egui::FontId::new(
        15.5,
        super::style::reading_family(ui.ctx(), view.settings.reading_font),
    );
    let marks = view
        .find
        .marks_at(super::find::Place::Answer(view.selected));
    let row_height = ui.text_style_height(&egui::TextStyle::Body);
    let rows = ((height - 12.0) / row_height).floor().max(3.0) as usize;
    let color = super::style::reading_text_color(ui.visuals());
    let format = egui::TextFormat {
        font_id: font.clone(),
        color,
        ..Default::default()
    };
    let dark = ui.visuals().dark_mode;
    // Find's matches are marked in the answer as in the article.
    let mut layouter = |ui: &egui::Ui, buffer: &dyn egui::TextBuffer, wrap: f32| {
        let mut job = super::article::marks::job(buffer.as_str(), &format, &marks, dark);
        job.wrap.max_width = wrap;
        ui.fonts_mut(|f| f.layout_job(job))
    };
    // Egui edits a `String` and only shows a `&str` (selectable, never changed).
    let mut read_only: &str;
    let (buffer, hint): (&mut dyn egui::TextBuffer, Option<String>) = if editable {
        (text, Some(crate::t!("editor-hint")))
    } else {
        read_only = text.as_str();
        (&mut read_only, None)
    };
    let mut edit = egui::TextEdit::multiline(buffer)
        .id(editor_id())
        .font(font)
        .layouter(&mut layouter)
        .desired_width(f32::INFINITY)
        .desired_rows(rows);
    if let Some(hint) = hint {
        edit = edit.hint_text(hint);
    }
    edit.show(ui)
}

/// Under the answer: the word count, and the ways to the previous and next prompt.
fn footer_ui(
    ui: &mut egui::Ui,
    view: &EditorView<'_>,
    words: usize,
    range: Option<WordRange>,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        count_ui(ui, words, range);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let last = view.selected + 1 >= item_count(view.doc);
            let next = ui.add_enabled(!last, egui::Button::new(crate::t!("editor-next")));
            if next
                .on_hover_text(Command::NextPrompt.hint(ui.ctx()))
                .clicked()
            {
                actions.push(Command::NextPrompt.into());
            }
            let previous = ui.add_enabled(
                view.selected > 0,
                egui::Button::new(crate::t!("editor-previous")),
            );
            if previous
                .on_hover_text(Command::PreviousPrompt.hint(ui.ctx()))
                .clicked()
            {
                actions.push(Command::PreviousPrompt.into());
            }
            let history = Command::AnswerHistory;
            super::command::button(ui, actions, history, &history.label(), true);
            super::command::button(ui, actions, Command::ReadAnswer, "🔊", true);
        });
    });
}

/// While saving fails: said above the answer, where the student is looking, not only in the
/// status bar (which a window taller than the screen puts out of sight), with the two ways on.
fn not_saved_ui(ui: &mut egui::Ui, doc: &Document, actions: &mut Vec<Action>) {
    let Some(error) = doc.save_failure() else {
        return;
    };
    let red = ui.visuals().error_fg_color;
    egui::Frame::new()
        .stroke(egui::Stroke::new(1.5, red))
        .corner_radius(4.0)
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            // The title and the two ways on in one row, to leave the answer box its room.
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(format!("⚠ {}", crate::t!("banner-not-saved-title")))
                        .strong()
                        .color(red),
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if doc.path.is_some() && ui.button(crate::t!("banner-try-again")).clicked() {
                        actions.push(Command::Save.into());
                    }
                    if ui.button(Command::SaveAs.label()).clicked() {
                        actions.push(Command::SaveAs.into());
                    }
                });
            });
            ui.add(egui::Label::new(error.to_string()).wrap());
            let mut safe = crate::t!("banner-text-safe");
            if let Some(copy) = &doc.recovery_copy {
                safe.push(' ');
                safe.push_str(&crate::t!(
                    "banner-copy-at",
                    place = copy.display().to_string()
                ));
            }
            ui.add(egui::Label::new(RichText::new(safe).small()).wrap());
        });
    ui.add_space(6.0);
}

/// "Spelling ✔" and the language of Latin-script words, or a note when the reading turns
/// checking off (a spelling test).
fn spell_switch_ui(ui: &mut egui::Ui, spell: &SpellView<'_>, actions: &mut Vec<Action>) {
    if !spell.allowed {
        ui.label(
            RichText::new(crate::t!("spell-off-for-reading"))
                .small()
                .weak(),
        );
        return;
    }
    let mut latin = spell.latin();
    if spell.enabled() {
        super::combo(
            ui,
            &crate::t!("spell-latin-name"),
            egui::ComboBox::from_id_salt("spell_latin").selected_text(latin.native_name()),
            |ui| {
                for choice in LatinChoice::ALL {
                    ui.selectable_value(&mut latin, choice, choice.native_name());
                }
            },
        )
        .response
        .on_hover_text(crate::t!("spell-latin-hint"));
        if latin != spell.latin() {
            actions.push(Action::Spell(SpellAction::Latin(latin)));
        }
    }
    let mut on = spell.enabled();
    if ui
        .checkbox(&mut on, RichText::new(crate::t!("spell-switch")).small())
        .on_hover_text(crate::t!("spell-switch-hint"))
        .changed()
    {
        actions.push(Action::Spell(SpellAction::Enable(on)));
    }
}

/// The most height the teacher's comment takes under the answer before it scrolls.
const COMMENT_HEIGHT: f32 = 96.0;

/// The teacher's comment on this answer, read-only, framed apart from the student's writing.
fn comment_ui(ui: &mut egui::Ui, hand_in: u32, lines: &[crate::export::Clean], changed: bool) {
    ui.add_space(6.0);
    super::style::teacher_frame(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let head = if changed {
            crate::t!("editor-comment-head-changed", hand_in = hand_in)
        } else {
            crate::t!("editor-comment-head", hand_in = hand_in)
        };
        ui.label(RichText::new(head).small().strong());
        egui::ScrollArea::vertical()
            .id_salt("teacher_comment")
            .max_height(COMMENT_HEIGHT - 24.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for line in lines {
                    ui.add(egui::Label::new(RichText::new(line.as_str()).italics()).wrap());
                }
            });
    });
}

/// The passages the answer cites: click one to see it in the article, × to remove it. Only
/// the rows in view are built, however many there are.
fn evidence_ui(
    ui: &mut egui::Ui,
    citations: &[Passage],
    id: &crate::reading::PromptId,
    missing: &std::collections::HashSet<(crate::reading::PromptId, usize)>,
    row: f32,
) -> Option<Action> {
    let mut chosen = None;
    ui.add_space(4.0);
    ui.label(
        RichText::new(crate::t!("editor-evidence", count = citations.len()))
            .small()
            .strong()
            .weak(),
    );
    egui::ScrollArea::vertical()
        .id_salt("citations")
        .max_height(row * CITATION_ROWS as f32)
        .auto_shrink([false, true])
        .show_rows(ui, row, citations.len(), |ui, rows| {
            for i in rows {
                let passage = &citations[i];
                ui.horizontal(|ui| {
                    let remove = ui
                        .small_button("×")
                        .on_hover_text(crate::t!("editor-remove-citation"));
                    let name = crate::t!("editor-remove-citation-n", n = i + 1);
                    remove
                        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                    if remove.clicked() {
                        chosen = Some(Action::RemoveCitation(i));
                    }
                    let quote = shorten(&passage.quote, 90);
                    let text = format!("¶ {}  “{quote}”", passage.paragraph);
                    // Cut to the panel's width: a long quote must never widen the panel (it
                    // once pushed the article into a narrow column, and the panel kept the width).
                    if missing.contains(&(id.clone(), i)) {
                        ui.add(
                            egui::Label::new(
                                RichText::new(crate::t!(
                                    "editor-citation-missing",
                                    citation = &text
                                ))
                                .weak(),
                            )
                            .truncate(),
                        );
                    } else {
                        let colour = ui.visuals().hyperlink_color;
                        let link = ui
                            .add(
                                egui::Label::new(RichText::new(text).color(colour).underline())
                                    .truncate()
                                    .sense(egui::Sense::click()),
                            )
                            .on_hover_cursor(egui::CursorIcon::PointingHand)
                            .on_hover_text(crate::t!(
                                "editor-show-citation",
                                quote = &passage.quote
                            ));
                        let name = crate::t!("editor-show-citation-n", n = i + 1);
                        link.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Link, true, &name)
                        });
                        if link.clicked() {
                            chosen = Some(Action::JumpToCitation(i));
                        }
                    }
                });
            }
        });
    chosen
}

/// The word count, against the reading's range when it gives one.
fn count_ui(ui: &mut egui::Ui, words: usize, range: Option<WordRange>) {
    let Some(range) = range else {
        ui.label(words_label_in(crate::i18n::language(), words));
        return;
    };
    let (note, colour) = match range.fit(words) {
        Fit::Under => (
            crate::t!("editor-to-go", count = range.min.unwrap_or(0) - words),
            ui.visuals().weak_text_color(),
        ),
        Fit::Within => (
            crate::t!("editor-in-range"),
            egui::Color32::from_rgb(40, 150, 70),
        ),
        Fit::Over => (
            crate::t!("editor-over", count = words - range.max.unwrap_or(words)),
            egui::Color32::from_rgb(200, 110, 0),
        ),
    };
    let language = crate::i18n::language();
    let asked = crate::t!(
        "editor-asked",
        words = words_label_in(language, words),
        range = range.label_in(language)
    );
    ui.label(asked)
        .on_hover_text(crate::t!("editor-asked-hint"));
    ui.label(RichText::new(note).color(colour));
}

/// The first `max` characters of `text`, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(max).collect();
        format!("{}…", cut.trim_end())
    }
}

fn heading(doc: &Document, selected: usize) -> Option<Heading> {
    let reading = &doc.reading;
    Some(match item_at(doc, selected)? {
        Selected::Prompt { prompt, section } => {
            let kicker = if prompt.kind == PromptKind::Lead {
                prompt.name()
            } else {
                format!(
                    "{} · {}",
                    section.title_in(crate::i18n::language()),
                    prompt.name()
                )
            };
            Heading {
                kicker,
                title: prompt.title.clone(),
                text: prompt.text.clone(),
                editable: true,
                range: reading.word_range(&prompt.id),
                answer_id: prompt.id.clone(),
                citations: doc.sheet.citations(&prompt.id).len(),
            }
        }
        Selected::Orphan(answer) => Heading {
            kicker: crate::t!("editor-orphan-kicker", id = answer.prompt_id.to_string()),
            title: None,
            text: answer.prompt.clone(),
            editable: false,
            range: None,
            answer_id: answer.prompt_id.clone(),
            citations: answer.citations.len(),
        },
    })
}
