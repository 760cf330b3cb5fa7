//! Citing and highlighting: what happens when the student cites the words selected in the
//! article, highlights them, removes either, or asks to see a citation in the article.
//! Each change goes through the document, so it is saved like typing is.

use std::time::Instant;

use super::app::LecternApp;
use crate::answers::AnswerSheet;
use crate::app::document::now;
use crate::app::state::Selected;
use crate::reading::Passage;

impl LecternApp {
    /// Changes citations or highlights through the document (saved like typing), and has the
    /// article mark them anew.
    fn edit_evidence(&mut self, change: impl FnOnce(&mut AnswerSheet) -> bool) -> bool {
        // The article's marks follow the document's evidence generation by themselves.
        self.state.doc.edit_sheet(Instant::now(), change)
    }

    /// The passage at `range` of `block`; when it holds no words (only spaces), says so.
    fn passage_or_say(&mut self, block: usize, range: std::ops::Range<usize>) -> Option<Passage> {
        let passage = self.state.doc.reading.passage(block, range);
        if passage.is_none() {
            self.state.report(crate::t!("evidence-no-words"));
        }
        passage
    }

    /// Cites the words selected in the article into the selected prompt's answer.
    pub fn cite_selection(&mut self) {
        let Some((block, range)) = self.views.article.selection.clone() else {
            self.state.report(crate::t!("evidence-select-first"));
            return;
        };
        let Some(Selected::Prompt { prompt, .. }) = self.state.selection() else {
            self.state.report(crate::t!("evidence-choose-question"));
            return;
        };
        let prompt = prompt.clone();
        let Some(passage) = self.passage_or_say(block, range) else {
            return;
        };
        let paragraph = passage.paragraph;
        let cited = self.edit_evidence(|sheet| sheet.cite(&prompt, passage, now()));
        let name = prompt.name();
        self.state.report(if cited {
            crate::t!("evidence-cited", paragraph = paragraph, name = name)
        } else {
            crate::t!("evidence-already-cited", name = name)
        });
        self.views.article.selection = None;
    }

    /// Highlights the selected words in the chosen colour; with no words selected, removes
    /// the highlight under the text cursor.
    pub fn highlight_selection(&mut self) {
        let colour = self.state.settings.highlight_colour;
        if let Some((block, range)) = self.views.article.selection.clone() {
            if let Some(passage) = self.passage_or_say(block, range) {
                self.edit_evidence(|sheet| {
                    sheet.highlight(passage, colour);
                    true
                });
                self.state
                    .report(crate::t!("evidence-highlighted", colour = colour.label()));
                self.views.article.selection = None;
            }
            return;
        }
        let marks = self.views.article.marks(&self.state.doc);
        match self
            .views
            .article
            .cursor
            .and_then(|(block, at)| marks.highlight_at(block, at))
        {
            Some(index) => self.remove_highlight(index),
            None => self.state.report(crate::t!("evidence-highlight-how")),
        }
    }

    pub fn remove_highlight(&mut self, index: usize) {
        if self.edit_evidence(|sheet| sheet.remove_highlight(index)) {
            self.state.report(crate::t!("evidence-highlight-removed"));
        }
    }

    /// Removes citation `index` of the selected prompt's answer.
    pub fn remove_citation(&mut self, index: usize) {
        let Some(Selected::Prompt { prompt, .. }) = self.state.selection() else {
            return;
        };
        let id = prompt.id.clone();
        if self.edit_evidence(|sheet| sheet.remove_citation(&id, index, now())) {
            self.state.report(crate::t!("evidence-citation-removed"));
        }
    }

    /// Scrolls the article to citation `index` of the selected answer and marks it briefly.
    pub fn jump_to_citation(&mut self, index: usize, time: f64) {
        let passage = match self.state.selection() {
            Some(Selected::Prompt { prompt, .. }) => self
                .state
                .doc
                .sheet
                .citations(&prompt.id)
                .get(index)
                .cloned(),
            Some(Selected::Orphan(answer)) => answer.citations.get(index).cloned(),
            None => None,
        };
        let Some(passage) = passage else { return };
        match self.state.doc.reading.locate(&passage) {
            Some(at) => self.views.article.show_passage(at.block, at.range, time),
            None => self
                .state
                .report(crate::t!("evidence-gone", paragraph = passage.paragraph)),
        }
    }

    /// F6: from the article to the answer editor, and from anywhere else to the article (the
    /// paragraph last worked in, or the first one in view).
    pub fn switch_pane(&mut self) {
        if self.views.article.focused.is_some() {
            self.state.focus_editor = true;
            return;
        }
        let last = self.views.article.cursor.map(|(block, _)| block);
        let target = last
            .filter(|b| self.views.article.visible.contains(b))
            .or_else(|| self.views.article.visible.first().copied())
            .or(last);
        if let Some(block) = target {
            self.views.article.focus = Some(block);
            self.views.article.scroll_to = Some(block);
        }
    }
}
