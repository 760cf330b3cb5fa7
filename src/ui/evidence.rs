//! Citing and highlighting: what happens when the student cites the words selected in the
//! article, highlights them, removes either, or asks to see a citation in the article.
//! Each change goes through the document, so it is saved like typing is.

use std::time::Instant;

use super::document::now;
use super::state::{AppState, Selected};
use crate::answers::AnswerSheet;
use crate::reading::{Passage, Prompt, PromptKind};

/// "the lead question", "question 3", "essay 1": [`Prompt::name`] inside a sentence.
fn prompt_name(prompt: &Prompt) -> String {
    match prompt.kind {
        PromptKind::Lead => "the lead question".to_owned(),
        _ => prompt.name().to_lowercase(),
    }
}

impl AppState {
    /// Changes citations or highlights through the document (saved like typing), and has the
    /// article mark them anew.
    fn edit_evidence(&mut self, change: impl FnOnce(&mut AnswerSheet) -> bool) -> bool {
        // The article's marks follow the document's evidence generation by themselves.
        self.doc.edit_sheet(Instant::now(), change)
    }

    /// The passage at `range` of `block`; when it holds no words (only spaces), says so.
    fn passage_or_say(&mut self, block: usize, range: std::ops::Range<usize>) -> Option<Passage> {
        let passage = self.doc.reading.passage(block, range);
        if passage.is_none() {
            self.flash =
                Some("The selection holds no words: select words in the article.".to_owned());
        }
        passage
    }

    /// Cites the words selected in the article into the selected prompt's answer.
    pub fn cite_selection(&mut self) {
        let Some((block, range)) = self.article.selection.clone() else {
            self.flash = Some("Select words in the article first, then cite them.".to_owned());
            return;
        };
        let Some(Selected::Prompt { prompt, .. }) = self.selection() else {
            self.flash = Some("Choose a question to cite into.".to_owned());
            return;
        };
        let prompt = prompt.clone();
        let Some(passage) = self.passage_or_say(block, range) else {
            return;
        };
        let paragraph = passage.paragraph;
        let cited = self.edit_evidence(|sheet| sheet.cite(&prompt, passage, now()));
        let name = prompt_name(&prompt);
        self.flash = Some(if cited {
            format!("Cited paragraph {paragraph} in your answer to {name}.")
        } else {
            format!("Your answer to {name} already cites these words.")
        });
        self.article.selection = None;
    }

    /// Highlights the selected words in the chosen colour; with no words selected, removes
    /// the highlight under the text cursor.
    pub fn highlight_selection(&mut self) {
        let colour = self.settings.highlight_colour;
        if let Some((block, range)) = self.article.selection.clone() {
            if let Some(passage) = self.passage_or_say(block, range) {
                self.edit_evidence(|sheet| {
                    sheet.highlight(passage, colour);
                    true
                });
                self.flash = Some(format!("Highlighted in {}.", colour.label().to_lowercase()));
                self.article.selection = None;
            }
            return;
        }
        let marks = self.article.marks(&self.doc);
        match self
            .article
            .cursor
            .and_then(|(block, at)| marks.highlight_at(block, at))
        {
            Some(index) => self.remove_highlight(index),
            None => {
                self.flash = Some(
                    "Select words in the article to highlight them; put the cursor in a highlight to remove it."
                        .to_owned(),
                )
            }
        }
    }

    pub fn remove_highlight(&mut self, index: usize) {
        if self.edit_evidence(|sheet| sheet.remove_highlight(index)) {
            self.flash = Some("Highlight removed.".to_owned());
        }
    }

    /// Removes citation `index` of the selected prompt's answer.
    pub fn remove_citation(&mut self, index: usize) {
        let Some(Selected::Prompt { prompt, .. }) = self.selection() else {
            return;
        };
        let id = prompt.id.clone();
        if self.edit_evidence(|sheet| sheet.remove_citation(&id, index, now())) {
            self.flash = Some("Citation removed.".to_owned());
        }
    }

    /// Scrolls the article to citation `index` of the selected answer and marks it briefly.
    pub fn jump_to_citation(&mut self, index: usize, time: f64) {
        let passage = match self.selection() {
            Some(Selected::Prompt { prompt, .. }) => {
                self.doc.sheet.citations(&prompt.id).get(index).cloned()
            }
            Some(Selected::Orphan(answer)) => answer.citations.get(index).cloned(),
            None => None,
        };
        let Some(passage) = passage else { return };
        match self.doc.reading.locate(&passage) {
            Some(at) => self.article.show_passage(at.block, at.range, time),
            None => {
                self.flash = Some(format!(
                    "These words are no longer in this version of the reading (they were in paragraph {}).",
                    passage.paragraph
                ))
            }
        }
    }

    /// F6: from the article to the answer editor, and from anywhere else to the article (the
    /// paragraph last worked in, or the first one in view).
    pub fn switch_pane(&mut self) {
        if self.article.focused.is_some() {
            self.focus_editor = true;
            return;
        }
        let last = self.article.cursor.map(|(block, _)| block);
        let target = last
            .filter(|b| self.article.visible.contains(b))
            .or_else(|| self.article.visible.first().copied())
            .or(last);
        if let Some(block) = target {
            self.article.focus = Some(block);
            self.article.scroll_to = Some(block);
        }
    }
}
