//! Find (Ctrl+F): one search over the article and the student's own answers, with a match
//! count, next and previous (Enter, Shift+Enter, F3, Shift+F3), and every match marked where
//! it is. Escape closes it. Case is ignored in every script (`crate::search`).

use std::collections::HashMap;
use std::ops::Range;

use super::app::LecternApp;
use super::article::marks::{Mark, Marked};
use super::command::{Action, Command};
use crate::reading::Block;

/// Where a match is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    /// In the article block at this index.
    Article(usize),
    /// In the answer to the item at this index (prompts in reading order, then orphans).
    Answer(usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FindMatch {
    pub place: Place,
    pub range: Range<usize>,
}

#[derive(Default)]
pub struct FindState {
    pub open: bool,
    pub query: String,
    pub matches: Vec<FindMatch>,
    /// The match shown now, an index into `matches`.
    pub current: usize,
    /// Put the cursor in the find field next frame.
    pub focus_field: bool,
    /// What the matches were found for: the query and the answers' generation.
    found_for: Option<(String, u64)>,
    /// The article's matches for the query in `found_for`: the article does not change while
    /// the student types, so only the answers are searched again then.
    in_article: Vec<FindMatch>,
    /// Where each place's matches are in `matches`.
    places: HashMap<Place, Range<usize>>,
    /// Each answer's matches, with the text they were found in: any edit (even one of the same
    /// length within the same second) finds them again, and comparing texts that did not
    /// change is a memory compare, far cheaper than searching them again.
    in_answers: Vec<(Option<String>, Vec<Range<usize>>)>,
}

impl FindState {
    /// Drops the matches, so they are found again (another document was opened).
    pub fn forget_matches(&mut self) {
        self.found_for = None;
        self.in_article.clear();
        self.in_answers.clear();
        self.places.clear();
        self.matches.clear();
        self.current = 0;
    }

    /// Finds again if the query or the answers changed since the last time.
    pub fn refresh(&mut self, doc: &crate::app::document::Document) {
        let generation = doc.generation();
        let current = self
            .found_for
            .as_ref()
            .is_some_and(|(q, g)| *q == self.query && *g == generation);
        if !self.open || current {
            return;
        }
        let query_changed = self
            .found_for
            .as_ref()
            .is_none_or(|(q, _)| *q != self.query);
        self.found_for = Some((self.query.clone(), generation));
        if query_changed {
            self.in_article.clear();
            self.in_answers.clear();
            for (i, block) in doc.reading.article.iter().enumerate() {
                let text = match block {
                    Block::Heading(t) | Block::Paragraph { text: t, .. } => t,
                };
                self.in_article
                    .extend(
                        crate::search::find_all(text, &self.query)
                            .into_iter()
                            .map(|range| FindMatch {
                                place: Place::Article(i),
                                range,
                            }),
                    );
            }
        }
        // An answer is searched again only if it changed: typing changes one.
        let answers = doc
            .reading
            .prompts()
            .map(|p| doc.sheet.answer(&p.id))
            .chain(doc.sheet.orphans(&doc.reading).map(Some));
        let mut matches = self.in_article.clone();
        for (i, answer) in answers.enumerate() {
            let text = answer.map_or("", |a| a.text.as_str());
            if self.in_answers.len() <= i {
                self.in_answers.resize_with(i + 1, Default::default);
            }
            let cached = &mut self.in_answers[i];
            if cached.0.as_deref() != Some(text) {
                *cached = (
                    Some(text.to_owned()),
                    crate::search::find_all(text, &self.query),
                );
            }
            matches.extend(cached.1.iter().map(|range| FindMatch {
                place: Place::Answer(i),
                range: range.clone(),
            }));
        }
        // Matches come place by place, so each place's are one run of indices.
        self.places.clear();
        for (n, m) in matches.iter().enumerate() {
            self.places
                .entry(m.place)
                .and_modify(|r| r.end = n + 1)
                .or_insert(n..n + 1);
        }
        self.matches = matches;
        if query_changed || self.current >= self.matches.len() {
            self.current = 0;
        }
    }

    /// The matches at `place`, marked, the current one apart. A lookup in the index built with
    /// the matches, so drawing a block costs its own matches only.
    pub fn marks_at(&self, place: Place) -> Vec<Marked> {
        if !self.open {
            return Vec::new();
        }
        let Some(range) = self.places.get(&place) else {
            return Vec::new();
        };
        range
            .clone()
            .map(|n| self.marked(n, &self.matches[n]))
            .collect()
    }

    fn marked(&self, n: usize, m: &FindMatch) -> Marked {
        Marked {
            range: m.range.clone(),
            mark: if n == self.current {
                Mark::CurrentMatch
            } else {
                Mark::Match
            },
        }
    }

    /// "3 of 12", "No matches", or nothing before anything is typed.
    pub fn count_text(&self) -> String {
        if self.query.trim().is_empty() {
            String::new()
        } else if self.matches.is_empty() {
            crate::t!("find-no-matches")
        } else {
            let in_answers = self
                .matches
                .iter()
                .filter(|m| matches!(m.place, Place::Answer(_)))
                .count();
            crate::t!(
                "find-count",
                current = self.current + 1,
                total = self.matches.len(),
                article = self.matches.len() - in_answers,
                answers = in_answers
            )
        }
    }
}

impl LecternApp {
    /// Opens the find bar with the cursor in it.
    pub fn open_find(&mut self) {
        self.views.find.open = true;
        self.views.find.focus_field = true;
    }

    pub fn close_find(&mut self) {
        self.views.find.open = false;
        self.views.find.forget_matches();
    }

    /// Moves to the next (`forward`) or previous match and brings it into view.
    pub fn find_step(&mut self, forward: bool) {
        if !self.views.find.open {
            self.open_find();
        }
        self.views.find.refresh(&self.state.doc);
        let n = self.views.find.matches.len();
        if n == 0 {
            return;
        }
        self.views.find.current = if forward {
            (self.views.find.current + 1) % n
        } else {
            (self.views.find.current + n - 1) % n
        };
        self.reveal_match();
    }

    /// Shows the current match: scrolls the article to it, or opens the answer holding it.
    pub fn reveal_match(&mut self) {
        let Some(m) = self.views.find.matches.get(self.views.find.current) else {
            return;
        };
        match m.place {
            Place::Article(block) => self.views.article.scroll_to = Some(block),
            Place::Answer(index) => {
                if index != self.state.selected {
                    self.state.select(index);
                }
                // The student is still typing in the find field.
                self.state.focus_editor = false;
            }
        }
    }
}

/// The find bar, under the toolbar while find is open.
/// The bar owns its query field (`find`); everything else it asks for as actions.
pub fn ui(ui: &mut egui::Ui, find: &mut FindState, actions: &mut Vec<Action>) {
    if !find.open {
        return;
    }
    egui::Panel::top("find_bar").show(ui, |ui| {
        ui.add_space(3.0);
        ui.horizontal(|ui| {
            let label = ui.label(crate::t!("find-label"));
            let field = ui.add(
                egui::TextEdit::singleline(&mut find.query)
                    .id(field_id())
                    .hint_text(crate::t!("find-hint"))
                    .desired_width(280.0),
            );
            let field = field.labelled_by(label.id);
            if find.focus_field {
                field.request_focus();
                find.focus_field = false;
            }
            let (enter, shift, escape) = ui.input(|i| {
                (
                    i.key_pressed(egui::Key::Enter),
                    i.modifiers.shift,
                    i.key_pressed(egui::Key::Escape),
                )
            });
            if field.changed() {
                actions.push(Action::FindQueryChanged);
            }
            if field.lost_focus() && escape {
                actions.push(Command::CloseFind.into());
            } else if field.lost_focus() && enter {
                let step = if shift {
                    Command::FindPrevious
                } else {
                    Command::FindNext
                };
                actions.push(step.into());
                find.focus_field = true;
            }
            let any = !find.matches.is_empty();
            for (command, face) in [
                (Command::FindPrevious, crate::t!("editor-previous")),
                (Command::FindNext, crate::t!("editor-next")),
            ] {
                super::command::button(ui, actions, command, &face, any);
            }
            ui.label(find.count_text());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let close = ui.button("×").on_hover_text(crate::t!("find-close-hint"));
                let name = Command::CloseFind.label();
                close.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                if close.clicked() {
                    actions.push(Command::CloseFind.into());
                }
            });
        });
        ui.add_space(2.0);
    });
}

/// The id of the find field, for focus and tests.
pub fn field_id() -> egui::Id {
    egui::Id::unique("find_field")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::document::Document;

    #[test]
    fn an_edit_of_the_same_length_in_the_same_second_is_searched_again() {
        let mut doc = Document::placeholder(crate::reading::BUNDLED[0].parse());
        let mut find = FindState {
            open: true,
            query: "zebra".to_owned(),
            ..Default::default()
        };
        let q1 = doc.reading.prompts().nth(1).unwrap().clone();
        let second = "2026-01-01T00:00:00Z".parse().unwrap();
        let at = std::time::Instant::now();
        doc.set_answer(&q1, "zebra", second, at, crate::app::document::Input::Typed);
        find.refresh(&doc);
        assert_eq!(find.matches.len(), 1);
        // Five letters for five letters, stamped with the same second.
        doc.set_answer(&q1, "horse", second, at, crate::app::document::Input::Typed);
        find.refresh(&doc);
        assert!(find.matches.is_empty(), "{:?}", find.matches);
    }

    #[test]
    fn answers_are_searched_again_when_they_change_and_the_article_is_kept() {
        let mut doc = Document::placeholder(crate::reading::BUNDLED[0].parse());
        let mut find = FindState {
            open: true,
            query: "EUROS".to_owned(),
            ..Default::default()
        };
        find.refresh(&doc);
        let in_article = find.matches.len();
        assert_eq!(in_article, 2);
        let q1 = doc.reading.prompts().nth(1).unwrap().clone();
        let at = std::time::Instant::now();
        doc.set_answer(
            &q1,
            "euros and euros",
            "2026-01-01T00:00:00Z".parse().unwrap(),
            at,
            crate::app::document::Input::Typed,
        );
        find.refresh(&doc);
        assert_eq!(find.matches.len(), in_article + 2);
        assert_eq!(find.matches[in_article].place, Place::Answer(1));
        // The same length, edited later: found again.
        doc.set_answer(
            &q1,
            "pound and euros",
            "2026-01-01T00:00:01Z".parse().unwrap(),
            at,
            crate::app::document::Input::Typed,
        );
        find.refresh(&doc);
        assert_eq!(find.matches.len(), in_article + 1);
        assert_eq!(find.matches[in_article].range, 10..15);
        find.query = "pound".to_owned();
        find.refresh(&doc);
        assert_eq!(find.matches.len(), 1);
        assert_eq!(
            find.count_text(),
            "1 of 1 (0 in the article, 1 in your answers)"
        );
    }
}
