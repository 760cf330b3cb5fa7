//! The library of readings on this machine: the bundled ones, and those a teacher added
//! (copied into Lectern's data folder, so they stay when the original file is moved). Plain
//! data and files; the start screen shows it.

use std::path::{Path, PathBuf};

use crate::files::{FileError, write_atomic};
use crate::paths::slug;
use crate::reading::{self, BUNDLED, BundledReading, Origin, Outline, Reading};

/// One reading in the library.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub title: String,
    /// Where the text is: a bundled name or a file in the library folder.
    pub origin: Origin,
    /// Bundled readings stay; added ones can be removed.
    pub removable: bool,
    /// Why an added reading no longer opens (edited by hand, damaged): it stays listed, with
    /// this reason, so a teacher sees it and can remove it.
    pub problem: Option<String>,
    /// How many questions it asks (0 when it does not read).
    pub prompts: usize,
    /// When an added reading was added (its file's time, local, to the minute): two readings
    /// of the same title are told apart by it.
    pub added: Option<String>,
}

/// How Lectern understood a reading a teacher wants to add, shown before it is added.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    pub reading: Reading,
    pub warnings: Vec<String>,
    /// The reading Markdown a Word document, a web page or pasted text became, or a teacher's
    /// correction: what the library keeps in the file's place.
    pub imported: Option<String>,
    /// Lines the parser left out as page furniture, offered back when correcting.
    pub left_out: Vec<String>,
    /// Pasted text, kept as the original when the library keeps something else.
    pub pasted: Option<String>,
    /// For a web page: how much of it was read (the preview lets a teacher choose).
    pub web_page: Option<crate::import::Extract>,
}

impl Preview {
    /// The preview of text pasted by a teacher.
    pub fn of_pasted(text: String) -> Preview {
        let reading = reading::parse(&text, Origin::Text, "Pasted reading");
        Preview {
            warnings: warnings(&reading),
            left_out: reading::left_out(&text),
            reading,
            imported: Some(text.clone()),
            pasted: Some(text),
            web_page: None,
        }
    }

    /// This preview as a teacher corrected it: the reading is what the outline's exact
    /// Markdown parses to, so what the teacher sees is what the library keeps.
    pub fn corrected(&self, outline: &Outline) -> Preview {
        let markdown = outline.to_markdown();
        let reading = reading::parse(&markdown, self.reading.origin.clone(), &self.reading.title);
        Preview {
            warnings: warnings(&reading),
            reading,
            imported: Some(markdown),
            left_out: Vec::new(),
            pasted: self.pasted.clone(),
            web_page: self.web_page,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Library {
    /// Where added readings are kept; `None` when there is no data folder.
    dir: Option<PathBuf>,
}

impl Library {
    /// The library in `data_dir/library`.
    pub fn in_data_dir() -> Library {
        Library {
            dir: crate::paths::data_dir().map(|d| d.join("library")),
        }
    }

    pub fn at(dir: PathBuf) -> Library {
        Library { dir: Some(dir) }
    }

    /// Where the class rubric for the reading called `title` is kept: beside the readings,
    /// `library/rubrics/TITLE.rubric.ron`; `None` when there is no data folder.
    pub fn rubric_path(&self, title: &str) -> Option<PathBuf> {
        let name = match crate::paths::slug(title) {
            s if s.is_empty() => "reading".to_owned(),
            s => s,
        };
        Some(
            self.dir
                .as_ref()?
                .join("rubrics")
                .join(format!("{name}.rubric.ron")),
        )
    }

    /// The rubric kept for `title`: none yet, or read, or why it could not be read.
    pub fn rubric(&self, title: &str) -> Option<Result<crate::feedback::Rubric, FileError>> {
        let path = self.rubric_path(title)?;
        path.exists().then(|| crate::feedback::load_rubric(&path))
    }

    /// The reading whose fingerprint is `sha256`, if this computer has it: bundled, or added to
    /// the library. How the class tools find the reading a hand-in answers — never through the
    /// path written in the hand-in, which a classmate could point at a pipe, a device or
    /// another computer's share.
    pub fn find_by_fingerprint(&self, sha256: &str) -> Option<Reading> {
        BUNDLED
            .iter()
            .map(BundledReading::parse)
            .chain(
                self.added_files()
                    .iter()
                    .filter_map(|path| reading::load_file(path).ok()),
            )
            .find(|reading| reading.fingerprint.0 == sha256)
    }

    /// Every reading: the bundled ones first, then the added ones by title.
    pub fn entries(&self) -> Vec<Entry> {
        let mut entries: Vec<Entry> = BUNDLED
            .iter()
            .map(|b| {
                let reading = b.parse();
                Entry {
                    prompts: reading.prompt_count(),
                    title: reading.title,
                    origin: Origin::Bundled(b.name.to_owned()),
                    removable: false,
                    problem: None,
                    added: None,
                }
            })
            .collect();
        let mut added: Vec<Entry> = self
            .added_files()
            .into_iter()
            .map(|path| {
                let added = added_time(&path);
                match reading::load_file(&path) {
                    Ok(reading) => Entry {
                        prompts: reading.prompt_count(),
                        title: reading.title,
                        origin: Origin::File(path),
                        removable: true,
                        problem: None,
                        added,
                    },
                    Err(e) => Entry {
                        title: path
                            .file_name()
                            .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
                        problem: Some(e.to_string()),
                        origin: Origin::File(path),
                        removable: true,
                        prompts: 0,
                        added,
                    },
                }
            })
            .collect();
        added.sort_by_key(|e| e.title.to_lowercase());
        entries.extend(added);
        entries
    }

    fn added_files(&self) -> Vec<PathBuf> {
        let Some(dir) = &self.dir else {
            return Vec::new();
        };
        let Ok(read) = std::fs::read_dir(dir) else {
            return Vec::new();
        };
        let mut files: Vec<PathBuf> = read
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "md" || e == "txt"))
            .collect();
        files.sort();
        files
    }

    /// Reads `path` (a Word document through the importer's child process) and says how
    /// Lectern understood it, with anything a teacher should check.
    pub fn preview(path: &Path) -> Result<Preview, FileError> {
        Library::preview_as(path, crate::import::Extract::Article)
    }

    /// [`Library::preview`], reading as much of a web page as `extract` says.
    pub fn preview_as(path: &Path, extract: crate::import::Extract) -> Result<Preview, FileError> {
        let loaded = crate::import::load_as(path, extract)?;
        let warnings = warnings(&loaded.reading);
        let left_out = reading::left_out(&loaded.text);
        Ok(Preview {
            reading: loaded.reading,
            warnings,
            imported: loaded.imported,
            left_out,
            pasted: None,
            web_page: (loaded.kind == Some(crate::import::Kind::WebPage)).then_some(extract),
        })
    }

    /// Adds the previewed reading at `path`: a copy of the file, or the Markdown it was
    /// imported as or corrected to; then the original (file or pasted text) is kept under
    /// `originals/`, so a teacher can go back to it. Returns where the reading went.
    pub fn add_previewed(&self, path: &Path, preview: &Preview) -> Result<PathBuf, FileError> {
        let Some(markdown) = &preview.imported else {
            return self.add(path);
        };
        let kept = self.keep(&preview.reading.title, markdown.as_bytes(), "md")?;
        let original = match &preview.pasted {
            Some(text) => Some((text.as_bytes().to_vec(), "txt".to_owned())),
            None => crate::files::read_limited(path, reading::MAX_READING_BYTES)
                .ok()
                .map(|bytes| {
                    let extension = path.extension().map_or_else(
                        || "original".to_owned(),
                        |e| e.to_string_lossy().to_lowercase(),
                    );
                    (bytes, extension)
                }),
        };
        if let (Some((bytes, extension)), Some(stem)) = (original, kept.file_stem()) {
            let dir = self.originals_dir().ok_or(FileError::NoDataFolder)?;
            let target = dir.join(format!("{}.{extension}", stem.to_string_lossy()));
            write_atomic(&target, &bytes)
                .map_err(|source| FileError::OriginalNotKept { path: dir, source })?;
        }
        Ok(kept)
    }

    /// Where originals of imported and corrected readings are kept.
    pub fn originals_dir(&self) -> Option<PathBuf> {
        self.dir.as_ref().map(|d| d.join("originals"))
    }

    /// Writes an added reading to `target` for the class to open (*Share…*).
    pub fn share(&self, entry: &Entry, target: &Path) -> Result<(), FileError> {
        let text = match &entry.origin {
            Origin::File(path) => crate::files::read_limited(path, reading::MAX_READING_BYTES)
                .map_err(|e| FileError::read(path, e))?,
            Origin::Bundled(name) => BundledReading::find(name)
                .ok_or_else(|| FileError::NoBundled { name: name.clone() })?
                .text
                .as_bytes()
                .to_vec(),
            Origin::Text => return Err(FileError::NotNamed),
        };
        write_atomic(target, &text).map_err(|e| FileError::write(target, e))
    }

    /// Copies the reading at `path` into the library; returns where it went.
    pub fn add(&self, path: &Path) -> Result<PathBuf, FileError> {
        // One read: the reading, and its text as the file has it (checked UTF-8, unchanged).
        let (reading, text) = reading::load_file_with_text(path)?;
        let extension = if path.extension().is_some_and(|e| e == "txt") {
            "txt"
        } else {
            "md"
        };
        self.keep(&reading.title, text.as_bytes(), extension)
    }

    /// Writes `text` into the library under the title's name, unless the same is there.
    fn keep(&self, title: &str, text: &[u8], extension: &str) -> Result<PathBuf, FileError> {
        let dir = self.dir.as_ref().ok_or(FileError::NoDataFolder)?;
        let base = slug(title);
        let mut target = dir.join(format!("{base}.{extension}"));
        let mut n = 2;
        // A name is taken by a reading of either kind: `title.txt` and `title.md` side by side
        // would share their students' answers files (named after the stem).
        let other = if extension == "md" { "txt" } else { "md" };
        while target.exists() || target.with_extension(other).exists() {
            let existing = crate::files::read_limited(&target, reading::MAX_READING_BYTES);
            if existing.is_ok_and(|existing| existing == text) {
                return Ok(target); // Already in the library.
            }
            target = dir.join(format!("{base}-{n}.{extension}"));
            n += 1;
        }
        write_atomic(&target, text).map_err(|e| FileError::write(&target, e))?;
        Ok(target)
    }

    /// An added reading opened for the teacher to change it: its kept text, previewed as the
    /// correction starts from (the library keeps Markdown, so a save writes Markdown again).
    pub fn edit_preview(&self, entry: &Entry) -> Result<Preview, FileError> {
        let path = self.added_path(entry)?;
        // One read: the reading and the text it was parsed from.
        let (reading, text) = reading::load_file_with_text(path)?;
        Ok(Preview {
            warnings: warnings(&reading),
            left_out: reading::left_out(&text),
            reading,
            imported: Some(text),
            pasted: None,
            web_page: None,
        })
    }

    /// Writes a teacher's changes to an added reading in its place (the same file: its name is
    /// what students' answers files are named after, [`Entry::answers_name`]; a `.txt` keeps its
    /// name too, as the parser reads the Markdown a correction makes whatever the extension).
    /// What it said before is kept first, as `originals/NAME.before-edit.md` — a new file each
    /// time (`…-2`, `…-3`), so no earlier version is written over. Returns where it is.
    /// Students' answers stay: they follow their questions by text when the reading opens
    /// again (`AnswerSheet::attach`).
    pub fn replace(&self, entry: &Entry, preview: &Preview) -> Result<PathBuf, FileError> {
        let path = self.added_path(entry)?;
        // A correction always carries its Markdown (`edit_preview` sets it); without, the
        // reading would be emptied: refused as an empty reading.
        let markdown = preview
            .imported
            .as_deref()
            .ok_or_else(|| FileError::Empty {
                path: path.to_owned(),
            })?;
        let stem = path
            .file_stem()
            .map_or_else(|| "reading".into(), |s| s.to_string_lossy().into_owned());
        let before = crate::files::read_limited(path, reading::MAX_READING_BYTES)
            .map_err(|e| FileError::read(path, e))?;
        let originals = self.originals_dir().ok_or(FileError::NoDataFolder)?;
        let mut n = 1;
        loop {
            let kept = match n {
                1 => originals.join(format!("{stem}.before-edit.md")),
                n => originals.join(format!("{stem}.before-edit-{n}.md")),
            };
            match crate::files::write_new(&kept, &before) {
                Ok(()) => break,
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 10_000 => n += 1,
                Err(e) => return Err(FileError::write(kept, e)),
            }
        }
        write_atomic(path, markdown.as_bytes()).map_err(|e| FileError::write(path, e))?;
        Ok(path.to_owned())
    }

    /// The file of an added reading in this library; why not, for any other entry.
    fn added_path<'e>(&self, entry: &'e Entry) -> Result<&'e Path, FileError> {
        let (Origin::File(path), true) = (&entry.origin, entry.removable) else {
            return Err(FileError::BuiltIn {
                title: entry.title.clone(),
            });
        };
        if !self.dir.as_ref().is_some_and(|d| path.starts_with(d)) {
            return Err(FileError::NotInLibrary { path: path.clone() });
        }
        Ok(path)
    }

    /// Removes an added reading. Students' answers to it are kept.
    pub fn remove(&self, entry: &Entry) -> Result<(), FileError> {
        let path = self.added_path(entry)?;
        std::fs::remove_file(path).map_err(|source| FileError::Remove {
            path: path.to_owned(),
            source,
        })
    }
}

impl Entry {
    /// What a student's answers file for this reading is called (`NAME.ron`): an added
    /// reading's own file name in the library, a bundled one's title. Two added readings of one
    /// title are two files (`title.md`, `title-2.md`), so their answers never share a file —
    /// they did, and one reading's answer showed under another's question; and a title changed
    /// with *Edit…* keeps its answers. The first reading of a title is called after it, as its
    /// answers file always was.
    pub fn answers_name(&self, reading: &Reading) -> String {
        match (&self.origin, self.removable) {
            (Origin::File(path), true) => path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| slug(&reading.title)),
            _ => slug(&reading.title),
        }
    }

    /// The answers file of `student` for this entry's `reading` (parsed from it) under
    /// `folder`: [`crate::paths::student_answers_file`] with [`Entry::answers_name`].
    pub fn answers_path(
        &self,
        folder: Option<&Path>,
        student: &str,
        reading: &Reading,
    ) -> Option<PathBuf> {
        crate::paths::student_answers_file(folder, student, &self.answers_name(reading))
    }

    /// Parses the entry's reading.
    pub fn load(&self) -> Result<Reading, FileError> {
        match &self.origin {
            Origin::Bundled(name) => BundledReading::find(name)
                .map(BundledReading::parse)
                .ok_or_else(|| FileError::NoBundled { name: name.clone() }),
            Origin::File(path) => reading::load_file(path),
            Origin::Text => Err(FileError::NotNamed),
        }
    }
}

/// What a teacher should check before adding a reading.
pub fn warnings(reading: &Reading) -> Vec<String> {
    let mut warnings = Vec::new();
    if reading.prompt_count() == 0 {
        warnings.push(crate::t!("warn-no-questions"));
    }
    if reading.paragraph_count() == 0 {
        warnings.push(crate::t!("warn-no-article"));
    }
    if reading.article_words() > 20_000 {
        warnings.push(crate::t!("warn-long", words = reading.article_words()));
    }
    let untitled = reading
        .sections
        .iter()
        .filter(|s| s.title == "Questions")
        .count();
    if reading.sections.len() > 1 && untitled > 0 {
        warnings.push(crate::t!("warn-untitled"));
    }
    warnings
}

/// When the file at `path` was last written, local time to the minute ("2026-12-03 14:05").
fn added_time(path: &Path) -> Option<String> {
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok()?;
    let stamp = jiff::Timestamp::try_from(modified).ok()?;
    Some(
        stamp
            .to_zoned_datetime(jiff::tz::TimeZone::system())
            .strftime("%Y-%m-%d %H:%M")
            .to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_added_reading_that_no_longer_reads_stays_listed_with_why() {
        let dir = tempfile::tempdir().unwrap();
        let library = Library::at(dir.path().join("library"));
        std::fs::create_dir_all(dir.path().join("library")).unwrap();
        // Damaged on the disk after it was added: no longer UTF-8 text.
        std::fs::write(dir.path().join("library/broken.md"), b"# Title\n\xff\xfe\0").unwrap();
        let entries = library.entries();
        assert_eq!(entries.len(), BUNDLED.len() + 1, "it is still listed");
        let broken = entries.last().unwrap();
        assert_eq!(broken.title, "broken.md");
        assert!(broken.removable, "a teacher can remove it");
        assert!(broken.problem.is_some());
        assert!(broken.load().is_err());
        assert!(library.remove(broken).is_ok());
        assert_eq!(library.entries().len(), BUNDLED.len());
    }

    #[test]
    fn add_list_and_remove() {
        let dir = tempfile::tempdir().unwrap();
        let library = Library::at(dir.path().join("library"));
        assert_eq!(library.entries().len(), BUNDLED.len());
        let source = dir.path().join("teacher.md");
        std::fs::write(
            &source,
            "# Zebra crossings\n\nText.\n\n## Questions\n1. Why?\n",
        )
        .unwrap();
        let preview = Library::preview(&source).unwrap();
        assert_eq!(preview.reading.title, "Zebra crossings");
        assert!(preview.warnings.is_empty(), "{:?}", preview.warnings);
        let added = library.add(&source).unwrap();
        assert_eq!(
            library.add(&source).unwrap(),
            added,
            "adding twice keeps one copy"
        );
        std::fs::remove_file(&source).unwrap(); // The library keeps its own copy.
        let entries = library.entries();
        let entry = entries.last().unwrap();
        assert_eq!(entry.title, "Zebra crossings");
        assert_eq!(entry.load().unwrap().prompt_count(), 1);
        assert!(
            library.remove(&entries[0]).is_err(),
            "bundled readings stay"
        );
        library.remove(entry).unwrap();
        assert_eq!(library.entries().len(), BUNDLED.len());
    }

    /// A teacher changes an added reading a student has answered: a question written before
    /// the answered one, a typo fixed in the article. The old text is kept, the library lists
    /// one reading, and the student's answer stays under its question.
    #[test]
    fn an_edited_reading_keeps_its_answers_under_their_questions() {
        let dir = tempfile::tempdir().unwrap();
        let library = Library::at(dir.path().join("library"));
        let source = dir.path().join("steppe.txt");
        let first = "Steppe eagles\n\nEagles nest on the gorund.\n\nQuestions\n\n1. Where do they nest?\n2. What do they hunt?\n";
        std::fs::write(&source, first).unwrap();
        library.add(&source).unwrap();
        let entry = library.entries().pop().unwrap();
        let reading = entry.load().unwrap();
        let mut sheet = crate::answers::AnswerSheet::new(&reading);
        let hunt = reading.prompts().nth(1).unwrap();
        sheet.set_answer(hunt, "Marmots and sousliks.", jiff::Timestamp::UNIX_EPOCH);

        let preview = library.edit_preview(&entry).unwrap();
        assert_eq!(preview.reading.prompt_count(), 2);
        let mut outline = Outline::of(&preview.reading, &preview.left_out);
        let at = outline
            .blocks
            .iter()
            .position(|b| b.text == "What do they hunt?")
            .unwrap();
        outline.blocks.insert(
            at,
            crate::reading::OutlineBlock::new(reading::Role::Question, "When do they fly south?"),
        );
        for block in &mut outline.blocks {
            block.text = block.text.replace("gorund", "ground");
        }
        let changed = preview.corrected(&outline);
        let kept = library.replace(&entry, &changed).unwrap();

        assert_eq!(
            kept,
            dir.path().join("library/steppe-eagles.txt"),
            "in its place"
        );
        let entries = library.entries();
        assert_eq!(entries.len(), BUNDLED.len() + 1, "listed once: {entries:?}");
        let before = dir
            .path()
            .join("library/originals/steppe-eagles.before-edit.md");
        assert_eq!(std::fs::read_to_string(before).unwrap(), first);
        let edited = entries.last().unwrap().load().unwrap();
        let prompts: Vec<&str> = edited.prompts().map(|p| p.text.as_str()).collect();
        assert_eq!(
            prompts,
            [
                "Where do they nest?",
                "When do they fly south?",
                "What do they hunt?"
            ]
        );
        let article = format!("{:?}", edited.article);
        assert!(article.contains("on the ground"), "{article}");
        let report = sheet.attach(&edited);
        assert!(report.different_text);
        assert_eq!(report.orphans, 0);
        let hunt = edited.prompts().nth(2).unwrap();
        assert_eq!(sheet.text(&hunt.id), "Marmots and sousliks.");
        assert_eq!(sheet.text(&edited.prompts().nth(1).unwrap().id), "");

        // Changed again: the first version is still there, the second beside it.
        let entry = library.entries().pop().unwrap();
        let second = std::fs::read_to_string(&kept).unwrap();
        let preview = library.edit_preview(&entry).unwrap();
        library.replace(&entry, &preview).unwrap();
        let originals = dir.path().join("library/originals");
        let first_kept = originals.join("steppe-eagles.before-edit.md");
        assert_eq!(std::fs::read_to_string(first_kept).unwrap(), first);
        let second_kept = originals.join("steppe-eagles.before-edit-2.md");
        assert_eq!(std::fs::read_to_string(second_kept).unwrap(), second);
    }

    /// A reading added from a `.txt` and another of the same title from a Word file are two
    /// names (`title.txt`, `title-2.md`), never `title.txt` beside `title.md`: their students'
    /// answers files are named after the stem.
    #[test]
    fn readings_of_one_title_never_share_a_stem() {
        let dir = tempfile::tempdir().unwrap();
        let library = Library::at(dir.path().join("library"));
        let source = dir.path().join("owls.txt");
        std::fs::write(&source, "Owls\n\nThey hunt at night.\n").unwrap();
        let as_text = library.add(&source).unwrap();
        let pasted = Preview::of_pasted("Owls\n\nThey hunt at night, mostly.\n".into());
        let as_markdown = library.add_previewed(Path::new("pasted"), &pasted).unwrap();
        assert_eq!(as_text.file_name().unwrap(), "owls.txt");
        assert_eq!(as_markdown.file_name().unwrap(), "owls-2.md");
    }

    #[test]
    fn only_added_readings_in_the_library_are_edited() {
        let dir = tempfile::tempdir().unwrap();
        let library = Library::at(dir.path().join("library"));
        let bundled = library.entries().remove(0);
        assert!(library.edit_preview(&bundled).is_err());
        let outside = Entry {
            origin: Origin::File(dir.path().join("elsewhere.md")),
            removable: true,
            ..bundled.clone()
        };
        std::fs::write(dir.path().join("elsewhere.md"), "# Elsewhere\n").unwrap();
        let preview = Library::preview(&dir.path().join("elsewhere.md")).unwrap();
        assert!(library.replace(&outside, &preview).is_err());
        assert_eq!(
            std::fs::read_to_string(dir.path().join("elsewhere.md")).unwrap(),
            "# Elsewhere\n"
        );
    }

    #[test]
    fn warnings_for_readings_without_questions() {
        let r = reading::parse("Only text.\n", Origin::Text, "x");
        assert!(warnings(&r)[0].contains("No questions"));
    }
}
