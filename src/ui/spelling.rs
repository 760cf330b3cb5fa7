//! Spell checking in the window: the dictionaries (loaded on their own threads after the window
//! is up), the words always known (the reading's, the student's list, those ignored in an
//! answer), suggestions worked out off the frame, and the student's own settings file.
//!
//! The editor reads a [`SpellView`] and pushes [`SpellAction`]s; `LecternApp::apply_spell` runs
//! them. Nothing here touches what is saved or exported.

use crate::files::{FileError, FileKind};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::app::LecternApp;
use crate::i18n::Language;
use crate::reading::{PromptId, Reading};
use crate::spell::{Dict, Known, LatinChoice, Speller};

/// What a student chose for themselves, kept in their answers folder ("my settings.ron"), so it
/// follows them from computer to computer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct StudentPrefs {
    pub language: Option<Language>,
    pub spell_checking: bool,
    pub latin: LatinChoice,
}

impl Default for StudentPrefs {
    fn default() -> Self {
        StudentPrefs {
            language: None,
            spell_checking: true,
            latin: LatinChoice::default(),
        }
    }
}

/// The settings file's name in a student's answers folder.
pub const PREFS_FILE: &str = "my settings.ron";

impl StudentPrefs {
    /// The settings in `path`; the defaults when there are none yet.
    fn load(path: &Path) -> Result<StudentPrefs, FileError> {
        // A settings file is a few lines: anything over 1 MiB is not one.
        const MAX_BYTES: u64 = 1024 * 1024;
        let text = match crate::files::read_text(path, FileKind::Settings, MAX_BYTES) {
            Err(e) if e.is_not_found() => return Ok(StudentPrefs::default()),
            read => read?,
        };
        ron::from_str(&text).map_err(|e| FileError::Syntax {
            path: path.to_owned(),
            line: e.span.start.line,
            column: e.span.start.col,
            message: crate::ron_words::describe(&e),
        })
    }

    fn save(&self, path: &Path) -> Result<(), FileError> {
        // Plain data of booleans and words: serialising it cannot fail; if it ever did,
        // nothing is written.
        let text =
            ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default()).map_err(|e| {
                FileError::NotEncoded {
                    path: path.to_owned(),
                    detail: e.to_string(),
                }
            })?;
        crate::files::write_atomic(path, text.as_bytes()).map_err(|e| FileError::write(path, e))
    }
}

/// What a finished background job brought.
enum Loaded {
    Dictionary(Dict, Result<Arc<spellbook::Dictionary>, String>),
    Suggestions(String, Vec<String>),
}

pub use crate::app::command::SpellAction;

/// The passes the window paints before the dictionaries start loading.
const FIRST_PASSES: u64 = 3;

/// Up to this many suggestions are offered.
pub const MAX_SUGGESTIONS: usize = 5;

pub struct SpellState {
    pub speller: Speller,
    requested: HashSet<Dict>,
    /// What the answer being written needs, by its scripts.
    needed: Vec<Dict>,
    pub prefs: StudentPrefs,
    tx: mpsc::Sender<Loaded>,
    rx: mpsc::Receiver<Loaded>,
    /// The reading's words, and the fingerprint of the reading they came from.
    reading_words: Known,
    reading: Option<crate::reading::Fingerprint>,
    /// The student's list, and the folder it (and the settings file) are in.
    personal: Known,
    folder: Option<PathBuf>,
    /// The settings file there did not read: it is left as it is, never written over.
    prefs_unreadable: bool,
    ignored: HashMap<PromptId, Known>,
    /// Moves whenever what counts as right changes, so the editor checks everything again.
    pub revision: u64,
    suggestions: HashMap<String, Option<Vec<String>>>,
    /// The language was chosen on the start screen since it last showed: it is the student's
    /// choice, to be kept in their settings rather than replaced by them.
    pub language_chosen: bool,
}

impl Default for SpellState {
    fn default() -> Self {
        let (tx, rx) = mpsc::channel();
        SpellState {
            speller: Speller::default(),
            requested: HashSet::new(),
            needed: Vec::new(),
            prefs: StudentPrefs::default(),
            tx,
            rx,
            reading_words: Known::new(),
            reading: None,
            personal: Known::new(),
            folder: None,
            prefs_unreadable: false,
            ignored: HashMap::new(),
            revision: 1,
            suggestions: HashMap::new(),
            language_chosen: false,
        }
    }
}

impl SpellState {
    /// Whether answers to `reading` are checked now.
    pub fn active(&self, reading: &Reading) -> bool {
        reading.spell_checking && self.prefs.spell_checking
    }

    /// What the editor needs for the answer to `prompt`.
    pub fn view<'a>(&'a self, reading: &Reading, prompt: &'a PromptId) -> SpellView<'a> {
        SpellView {
            state: self,
            prompt,
            allowed: reading.spell_checking,
        }
    }

    /// The suggestions for `word`, once worked out.
    pub fn suggestions_of(&self, word: &str) -> Option<&[String]> {
        self.suggestions.get(word)?.as_deref()
    }

    /// Whether suggestions for `word` are being worked out.
    pub fn suggesting(&self, word: &str) -> bool {
        matches!(self.suggestions.get(word), Some(None))
    }

    /// Whether every dictionary the answer being written needs is in.
    pub fn ready(&self) -> bool {
        self.needed.iter().all(|d| self.speller.has(*d))
    }

    /// Starts loading, each on its own thread, the dictionaries `text` needs and not yet asked
    /// for: only those of the scripts a student writes in, as each dictionary holds megabytes
    /// (Russian about 20 MiB) that an English-only class would carry for nothing.
    fn request_dictionaries(&mut self, ctx: &egui::Context, text: &str) {
        self.needed = needed_for(text, self.prefs.latin);
        for dict in self.needed.clone() {
            if !self.requested.insert(dict) {
                continue;
            }
            let tx = self.tx.clone();
            let ctx = ctx.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("dictionary {}", dict.name()))
                .spawn(move || {
                    let loaded = dict.load().map(Arc::new);
                    let _ = tx.send(Loaded::Dictionary(dict, loaded));
                    ctx.request_repaint();
                });
            if let Err(e) = spawned {
                let _ = self
                    .tx
                    .send(Loaded::Dictionary(dict, Err(crate::i18n::io_reason(&e))));
            }
        }
    }

    /// The reading's own words are always right: built again when another reading opens.
    fn sync_reading(&mut self, reading: &Reading) {
        if self.reading.as_ref() == Some(&reading.fingerprint) {
            return;
        }
        let mut known = Known::new();
        known.add_text(&reading.title);
        for block in &reading.article {
            match block {
                crate::reading::Block::Heading(text) => known.add_text(text),
                crate::reading::Block::Paragraph { text, .. } => known.add_text(text),
            }
        }
        for section in &reading.sections {
            known.add_text(&section.title);
            for prompt in &section.prompts {
                known.add_text(&prompt.text);
                if let Some(title) = &prompt.title {
                    known.add_text(title);
                }
            }
        }
        self.reading_words = known;
        self.reading = Some(reading.fingerprint.clone());
        self.ignored.clear();
        self.revision += 1;
    }
}

/// The dictionaries the words of `text` are checked in, by their letters.
fn needed_for(text: &str, latin: LatinChoice) -> Vec<Dict> {
    let (mut latin_letters, mut cyrillic, mut kazakh) = (false, false, false);
    for c in text.chars() {
        if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
            latin_letters = true;
        } else if crate::spell::dictionary::is_kazakh_letter(c) {
            kazakh = true;
        } else if crate::spell::dictionary::is_cyrillic(c) {
            cyrillic = true;
        }
        if latin_letters && cyrillic {
            break;
        }
    }
    let mut out = vec![];
    if latin_letters {
        out.push(latin.dict());
    }
    if cyrillic {
        out.push(Dict::Ru);
    }
    if cyrillic || kazakh {
        out.push(Dict::Kk);
    }
    out
}

/// What the editor reads to check one answer.
pub struct SpellView<'a> {
    state: &'a SpellState,
    prompt: &'a PromptId,
    /// The reading lets answers be checked (no `spell checking: off` in its header).
    pub allowed: bool,
}

impl SpellView<'_> {
    pub fn enabled(&self) -> bool {
        self.allowed && self.state.prefs.spell_checking
    }

    pub fn latin(&self) -> LatinChoice {
        self.state.prefs.latin
    }

    pub fn revision(&self) -> u64 {
        self.state.revision
    }

    /// Whether `word` is right; `None` while its dictionary loads.
    pub fn is_right(&self, word: &str) -> Option<bool> {
        let s = self.state;
        if s.reading_words.contains(word)
            || s.personal.contains(word)
            || s.ignored.get(self.prompt).is_some_and(|k| k.contains(word))
        {
            return Some(true);
        }
        s.speller.check(word, s.prefs.latin)
    }

    /// The suggestions for `word`: `None` while they are worked out.
    pub fn suggestions(&self, word: &str) -> Option<&[String]> {
        self.state.suggestions_of(word)
    }
}

impl LecternApp {
    /// Once a frame: take what loaded, follow the open document (its reading's words, the
    /// student's list and settings), and ask for the dictionaries needed.
    pub(super) fn tick_spelling(&mut self, ctx: &egui::Context) {
        while let Ok(loaded) = self.views.spell.rx.try_recv() {
            let spell = &mut self.views.spell;
            match loaded {
                Loaded::Dictionary(dict, Ok(dictionary)) => {
                    spell.speller = std::mem::take(&mut spell.speller).with(dict, dictionary);
                    spell.revision += 1;
                }
                Loaded::Dictionary(dict, Err(e)) => self.state.notify(
                    crate::t!("spell-dictionary-failed-title"),
                    crate::t!(
                        "spell-dictionary-failed",
                        dictionary = dict.name(),
                        reason = e
                    ),
                ),
                Loaded::Suggestions(word, found) => {
                    spell.suggestions.insert(word, Some(found));
                }
            }
        }
        // Compared in place: no path is made on a frame where the folder stays.
        let folder = self.state.doc.path.as_deref().and_then(Path::parent);
        if folder != self.views.spell.folder.as_deref() {
            let folder = folder.map(Path::to_owned);
            self.student_folder_changed(folder);
        }
        let reading = &self.state.doc.reading;
        self.views.spell.sync_reading(reading);
        if self.views.spell.active(reading) {
            // Not before the window's first frames are painted: on two cores, parsing three
            // dictionaries (about 0.1 s of work) would compete with start-up.
            if ctx.cumulative_pass_nr() < FIRST_PASSES {
                ctx.request_repaint_after(Duration::from_millis(50));
            } else {
                let text = &self.state.editor_text;
                self.views.spell.request_dictionaries(ctx, text);
            }
        }
    }

    /// Another student's (or another folder's) work is open: their word list and settings.
    fn student_folder_changed(&mut self, folder: Option<PathBuf>) {
        let spell = &mut self.views.spell;
        spell.folder = folder.clone();
        spell.personal = Known::new();
        spell.revision += 1;
        let Some(folder) = folder else { return };
        match crate::spell::words_file::load(&folder.join(crate::spell::words_file::FILE_NAME)) {
            Ok(words) => words.iter().for_each(|w| spell.personal.add(w)),
            Err(e) => {
                let title = crate::t!("spell-words-unreadable-title");
                self.state.notify(title, e);
            }
        }
        let prefs = match StudentPrefs::load(&folder.join(PREFS_FILE)) {
            Ok(prefs) => prefs,
            Err(e) => {
                // Not the last student's settings, and never a rewrite of the file.
                self.views.spell.prefs = StudentPrefs::default();
                self.views.spell.prefs_unreadable = true;
                let title = crate::t!("prefs-unreadable-title");
                let body = format!("{e}\n\n{}", crate::t!("prefs-left-alone"));
                self.state.notify(title, body);
                return;
            }
        };
        let spell = &mut self.views.spell;
        spell.prefs_unreadable = false;
        let chosen = std::mem::take(&mut spell.language_chosen);
        let current = crate::i18n::language();
        spell.prefs = prefs;
        match spell.prefs.language {
            // Chosen on the start screen just now, or never kept: keep the one in use.
            None => self.save_student_prefs(|p| p.language = Some(current)),
            Some(_) if chosen => self.save_student_prefs(|p| p.language = Some(current)),
            Some(theirs) => self.set_language(theirs),
        }
    }

    /// Changes the student's settings and writes them to their folder.
    fn save_student_prefs(&mut self, change: impl FnOnce(&mut StudentPrefs)) {
        let spell = &mut self.views.spell;
        change(&mut spell.prefs);
        let Some(folder) = spell.folder.as_ref().filter(|_| !spell.prefs_unreadable) else {
            return;
        };
        if let Err(e) = spell.prefs.save(&folder.join(PREFS_FILE)) {
            let title = crate::t!("prefs-not-saved-title");
            self.state.notify(title, e);
        }
    }

    /// The interface's language from now on, for this computer's next start and, once work is
    /// open, for this student.
    pub(super) fn set_language(&mut self, language: Language) {
        crate::i18n::set_language(language);
        self.state.settings.language = Some(language);
    }

    /// A language picked on the start screen.
    pub(super) fn choose_language(&mut self, language: Language) {
        self.set_language(language);
        self.views.spell.language_chosen = true;
        if self.views.spell.folder.is_some() {
            self.save_student_prefs(|p| p.language = Some(language));
        }
    }

    pub(super) fn apply_spell(&mut self, action: SpellAction, ctx: &egui::Context) {
        match action {
            SpellAction::Suggest(word) => self.suggest(word, ctx),
            SpellAction::Replace { bytes, word, with } => {
                let text = &mut self.state.editor_text;
                // Only if the word is still where it was when the menu opened.
                if text.get(bytes.clone()) == Some(word.as_str()) {
                    text.replace_range(bytes, &with);
                    self.state
                        .commit_editor(Instant::now(), crate::app::document::Input::Typed);
                }
            }
            SpellAction::AddWord(word) => {
                let spell = &mut self.views.spell;
                spell.personal.add(&word);
                spell.revision += 1;
                let Some(folder) = &spell.folder else { return };
                let path = folder.join(crate::spell::words_file::FILE_NAME);
                if let Err(e) = crate::spell::words_file::add(&path, &word) {
                    let title = crate::t!("spell-words-not-saved-title");
                    self.state.notify(title, e);
                }
            }
            SpellAction::Ignore(word) => {
                let Some(id) = self.state.selected_prompt_id() else {
                    return;
                };
                let spell = &mut self.views.spell;
                spell.ignored.entry(id).or_default().add(&word);
                spell.revision += 1;
            }
            SpellAction::Enable(on) => {
                self.save_student_prefs(|p| p.spell_checking = on);
                self.views.spell.revision += 1;
            }
            SpellAction::Latin(latin) => {
                self.save_student_prefs(|p| p.latin = latin);
                self.views.spell.revision += 1;
            }
        }
    }

    /// Works out suggestions for `word` on another thread (tens of milliseconds per word).
    fn suggest(&mut self, word: String, ctx: &egui::Context) {
        let spell = &mut self.views.spell;
        if spell.suggestions.contains_key(&word) {
            return;
        }
        spell.suggestions.insert(word.clone(), None);
        let word_again = word.clone();
        let speller = spell.speller.clone();
        let latin = spell.prefs.latin;
        let kazakh = crate::spell::looks_kazakh(&self.state.editor_text);
        let tx = spell.tx.clone();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("suggestions".into())
            .spawn(move || {
                // A fault in the dictionary code ends in no suggestions, not a menu that waits.
                let found = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    speller.suggest(&word, latin, kazakh, MAX_SUGGESTIONS)
                }))
                .unwrap_or_default();
                let _ = tx.send(Loaded::Suggestions(word, found));
                ctx.request_repaint();
            });
        if let Err(e) = spawned {
            self.views.spell.suggestions.remove(&word_again);
            self.state
                .notify(crate::t!("spell-suggestions-failed-title"), e.to_string());
        }
    }
}
