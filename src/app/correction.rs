//! A teacher's correction of a previewed reading, in progress: the outline of blocks being
//! edited (each with the role Lectern gave it), what it makes (worked out again after every
//! change), and what takes the keyboard next. The correction window (`ui::correct`) draws it
//! and edits the outline; the runner works out what it makes ([`Correction::refresh`]).

use crate::library::{Entry, Preview};
use crate::reading::{Outline, Role};

/// A correction in progress.
pub struct Correction {
    pub outline: Outline,
    /// The reading came with no questions: the teacher is told to write the first.
    pub writing_questions: bool,
    /// The block just added, whose text takes the keyboard on the next frame.
    pub focus: Option<usize>,
    /// The block just moved by keyboard, whose move button takes the keyboard on the next frame
    /// (up or down, as it was pressed): the button under the keyboard belonged to the block's
    /// place, so a second Enter moved the neighbour back.
    pub moved: Option<Moved>,
    /// The preview `outline` makes ([`Preview::corrected`]: its reading, warnings and Markdown),
    /// worked out by the app when the outline changes, and what the library adds.
    pub shown: Preview,
    /// A reading already in the library, being changed: saving writes over it.
    pub replaces: Option<Entry>,
    /// The outline as the library's reading made it, to tell whether anything was changed.
    unchanged: Outline,
}

impl Correction {
    /// A correction of `preview`, starting from how Lectern read it.
    pub fn of(preview: &Preview) -> Correction {
        let outline = Outline::of(&preview.reading, &preview.left_out);
        let shown = preview.corrected(&outline);
        Correction {
            unchanged: outline.clone(),
            outline,
            writing_questions: false,
            focus: None,
            moved: None,
            shown,
            replaces: None,
        }
    }

    /// A correction that changes `entry`, a reading the library already has (`preview`, from
    /// [`crate::library::Library::edit_preview`]).
    pub fn to_change(preview: &Preview, entry: Entry) -> Correction {
        let mut correction = Correction::of(preview);
        correction.replaces = Some(entry);
        correction
    }

    /// Whether the teacher changed anything since the window opened.
    pub fn is_changed(&self) -> bool {
        self.outline != self.unchanged
    }

    /// A correction of a reading with no questions, opened to write the first: an empty
    /// question waits at the end, with the keyboard in it.
    pub fn to_write_questions(preview: &Preview) -> Correction {
        let mut correction = Correction::of(preview);
        // The questions' heading in the teacher's language: left untitled, the reading would
        // keep Lectern's English fallback, "Questions", in its file.
        let outline = &mut correction.outline;
        if !outline.blocks.iter().any(|b| b.role == Role::SectionTitle) {
            let at = outline.add(Role::SectionTitle);
            outline.blocks[at].text = crate::t!("section-questions");
        }
        let at = correction.outline.add(Role::Question);
        correction.writing_questions = true;
        correction.focus = Some(at);
        correction
    }

    /// Works out what the outline now makes of `preview`.
    pub fn refresh(&mut self, preview: &Preview) {
        self.shown = preview.corrected(&self.outline);
    }
}

/// A block moved with the keyboard: where it is now, and which of its buttons moved it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Moved {
    pub to: usize,
    pub up: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, set_language};

    /// A Kazakh teacher writes the first question of an article that has none: the reading
    /// keeps a questions heading in Kazakh, not Lectern's English fallback (a newcomer found
    /// "Questions" in their Kazakh reading's file and in the students' view beside it).
    #[test]
    fn questions_written_for_an_article_are_headed_in_the_teachers_language() {
        set_language(Language::Kazakh);
        let preview = Preview::of_pasted("Жетісу алмалары\n\nЖабайы алма ормандары.\n".into());
        let mut correction = Correction::to_write_questions(&preview);
        let at = correction.focus.expect("the new question has the keyboard");
        correction.outline.blocks[at].text = "Не қауіп төндіреді?".into();
        correction.refresh(&preview);
        set_language(Language::English);
        let sections = &correction.shown.reading.sections;
        assert_eq!(sections.len(), 1);
        assert_eq!(sections[0].title, "Сұрақтар");
        assert!(correction.shown.imported.unwrap().contains("## Сұрақтар"));
    }
}
