//! What the window's views keep between frames that is theirs, not the application's: the
//! article's selection, scrolling and marks, the find bar, Lectern's own file chooser, the
//! spell checker with its dictionaries, and the spelling menu. Held by `LecternApp` beside the
//! application's state (`app::state::AppState`), which knows nothing of them.

use super::article::ArticleState;
use super::chooser::Chooser;
use super::editor::SpellMenu;
use super::find::FindState;
use super::spelling::SpellState;
use crate::app::state::AppState;

#[derive(Default)]
pub struct Views {
    /// The article pane's selection, focus and marks.
    pub article: ArticleState,
    /// The find bar and its matches.
    pub find: FindState,
    /// Lectern's own file chooser, open where the system's dialog could not.
    pub chooser: Option<Chooser>,
    /// Dictionaries, known words, suggestions, the student's settings.
    pub spell: SpellState,
    /// The editor's own: the word whose menu is open.
    pub spell_menu: Option<SpellMenu>,
    /// The document these were about (`AppState::document_serial`).
    document: u64,
}

impl Views {
    /// Forgets what was tied to the document shown before, once another took its place or its
    /// answers were restored: the article's selection and marks, find's matches.
    pub fn follow(&mut self, state: &AppState) {
        if self.document != state.document_serial() {
            self.document = state.document_serial();
            self.article.reset();
            self.find.forget_matches();
        }
    }
}
