//! The command line: argument parsing and the headless commands (`parse`, `export`).
//! Opening the window lives in the `ui` module; `main.rs` only dispatches.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::answers::{self, AnswerSheet};
use crate::collect::FeedbackState;
use crate::export::{self, Format, StudySheet};
use crate::reading::{self, Origin, Reading};

pub const USAGE: &str = "\
Usage:
  lectern [FILE] [--answers FILE] [--portable]
                                         open the window on a reading, or on an answers file
                                         with its reading (told by what the file is); with
                                         neither, the start screen; --portable keeps every
                                         file beside the executable
  lectern parse [READING]                show how Lectern understands a reading (Markdown,
                                         text, Word .docx, OpenDocument .odt, PDF, a web page
                                         .html or .mhtml)
  lectern import FILE [--whole-page] [-o OUT.md]
                                         the reading Markdown a Word or OpenDocument text,
                                         PDF or web page becomes (--whole-page reads all of a
                                         web page, not only its article)
  lectern export ANSWERS.ron [--reading FILE] --format md|html|txt|docx|pdf [-o OUT]
                 [--paper a4|letter]
                                         write the study sheet (to stdout without -o)
  lectern collect CLASS [-o OUT_DIR] [--format md|html|txt|docx|pdf] [--anonymize]
                                         a class sheet and a CSV summary of every answers file
                                         in CLASS (a folder and its sub-folders, or a ZIP such
                                         as Moodle's or Google Drive's download), one pair per
                                         reading version
  lectern feedback FOLDER [--csv]        the teacher's feedback on each hand-in in FOLDER
                                         (with --csv, a CSV of rubric points and totals)
  lectern return CLASS -o OUT_DIR [--format md|html|txt|docx|pdf] [--moodle]
                                         copy each student's feedback into OUT_DIR, named
                                         after them, with a feedback sheet when --format is
                                         given; never replaces a file. With --moodle, one ZIP for
                                         Moodle's \"Upload multiple feedback files in a zip\"
                                         (the sheet in --format, PDF without it)
  lectern grades WORKSHEET.csv CLASS -o OUT.csv [--scaled]
                                         Moodle's grading worksheet with each matched
                                         student's rubric total (with --scaled, to the maximum
                                         grade) and overall comment, for \"Upload grading
                                         worksheet\"
  lectern history ANSWERS.ron [--prompt ID]
                                         how each answer was written: its sessions, time,
                                         typing, pastes and quotations, whether its history
                                         holds, and each change in turn
  lectern --help | --version";

/// The window's files as given (`lectern FILE [--answers FILE]`), sorted: a lone FILE that is
/// an answers file (Lectern's header on its first line, or a `.ron` name) opens as answers
/// with the reading they name, as a file manager's "Open with Lectern" expects; anything else
/// is a reading.
pub fn sort_window_files(
    file: Option<PathBuf>,
    answers: Option<PathBuf>,
) -> (Option<PathBuf>, Option<PathBuf>) {
    match (file, answers) {
        (Some(file), None) if answers::looks_like_answers(&file) => (None, Some(file)),
        other => other,
    }
}

/// Why a headless command stopped.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Writing to stdout or stderr failed. A closed pipe (`lectern parse | head`) is the reader
    /// having seen enough, not an error: see [`CliError::is_closed_pipe`].
    #[error("could not write the output: {0}")]
    Output(#[source] std::io::Error),
    #[error("{0}")]
    Failed(String),
    #[error(transparent)]
    File(#[from] crate::files::FileError),
}

impl CliError {
    pub fn is_closed_pipe(&self) -> bool {
        matches!(self, CliError::Output(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

impl From<String> for CliError {
    fn from(message: String) -> CliError {
        CliError::Failed(message)
    }
}

impl From<&str> for CliError {
    fn from(message: &str) -> CliError {
        CliError::Failed(message.to_owned())
    }
}

fn output_error(e: std::io::Error) -> CliError {
    CliError::Output(e)
}

/// A writer for a terminal: what a hostile file name, title or student name could carry to
/// take over the teacher's terminal — escape sequences, other control characters (C0 and C1),
/// a carriage return that rewrites the line — is left out. Tabs, line ends and `\r\n` pass.
pub struct Printable<W: Write> {
    inner: W,
    /// A byte held back until the next one says what it is: a `\r` (kept only before `\n`),
    /// or `0xC2`, which with `0x80..=0x9F` after it is a C1 control.
    held: Option<u8>,
}

impl<W: Write> Printable<W> {
    pub fn new(inner: W) -> Printable<W> {
        Printable { inner, held: None }
    }
}

impl<W: Write> Write for Printable<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut out = Vec::with_capacity(buf.len() + 1);
        for &byte in buf {
            match self.held.take() {
                Some(b'\r') if byte == b'\n' => out.push(b'\r'),
                Some(0xC2) if (0x80..=0x9F).contains(&byte) => continue,
                Some(held) if held != b'\r' => out.push(held),
                _ => {}
            }
            match byte {
                b'\r' | 0xC2 => self.held = Some(byte),
                b'\n' | b'\t' => out.push(byte),
                0..0x20 | 0x7F => {}
                _ => out.push(byte),
            }
        }
        self.inner.write_all(&out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Says `message` on stderr, cleaned for the terminal; a stderr that cannot be written (closed
/// by whoever started Lectern) is no reason to stop, let alone to panic as `eprintln!` does.
pub fn tell(message: std::fmt::Arguments) {
    let _ = writeln!(Printable::new(std::io::stderr()), "{message}");
}

/// What the user asked for.
#[derive(Debug, PartialEq)]
pub enum Command {
    Window {
        reading: Option<PathBuf>,
        answers: Option<PathBuf>,
        /// Keep every file beside the executable (see `paths::set_up_portable`).
        portable: bool,
    },
    Parse {
        reading: Option<PathBuf>,
    },
    Import {
        file: PathBuf,
        output: Option<PathBuf>,
        extract: crate::import::Extract,
    },
    /// What the capped child process runs for every import (`import::import_in_child`): the
    /// third-party parsers, in this process. Not in the usage: people run `import`.
    ImportInProcess {
        file: PathBuf,
        extract: crate::import::Extract,
    },
    Export {
        answers: PathBuf,
        reading: Option<PathBuf>,
        format: Format,
        output: Option<PathBuf>,
        /// Paper for a PDF.
        paper: crate::export::pdf::Paper,
    },
    Collect {
        folder: PathBuf,
        output: Option<PathBuf>,
        format: Format,
        anonymize: bool,
    },
    Feedback {
        folder: PathBuf,
        csv: bool,
    },
    Return {
        folder: PathBuf,
        output: PathBuf,
        /// The feedback sheet's format, when one is wanted.
        format: Option<Format>,
        /// One ZIP for Moodle instead of a file per student.
        moodle: bool,
    },
    Grades {
        worksheet: PathBuf,
        class: PathBuf,
        output: PathBuf,
        scaled: bool,
    },
    History {
        answers: PathBuf,
        /// Only this prompt's answer.
        prompt: Option<String>,
    },
    Help,
    Version,
}

/// Parses the arguments after the program name.
pub fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_args(args);
    let mut positional: Vec<OsString> = Vec::new();
    let mut answers = None;
    let mut reading = None;
    let mut format = None;
    let mut output = None;
    let mut portable = false;
    let mut anonymize = false;
    let mut whole_page = false;
    let mut csv = false;
    let mut prompt = None;
    let mut moodle = false;
    let mut scaled = false;
    let mut paper = crate::export::pdf::Paper::A4;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help),
            Short('V') | Long("version") => return Ok(Command::Version),
            Long("answers") | Short('a') => {
                answers = Some(PathBuf::from(parser.value().map_err(|e| e.to_string())?))
            }
            Long("reading") | Short('r') => {
                reading = Some(PathBuf::from(parser.value().map_err(|e| e.to_string())?))
            }
            Long("format") | Short('f') => {
                let value = parser.value().map_err(|e| e.to_string())?;
                format = Some(value.to_string_lossy().parse::<Format>()?);
            }
            Long("portable") => portable = true,
            Long("anonymize") | Long("anonymise") => anonymize = true,
            Long("whole-page") => whole_page = true,
            Long("csv") => csv = true,
            Long("moodle") => moodle = true,
            Long("scaled") => scaled = true,
            Long("prompt") => {
                prompt = Some(
                    parser
                        .value()
                        .map_err(|e| e.to_string())?
                        .to_string_lossy()
                        .into_owned(),
                )
            }
            Long("paper") => {
                paper = parser
                    .value()
                    .map_err(|e| e.to_string())?
                    .to_string_lossy()
                    .parse()?
            }
            Long("output") | Short('o') => {
                output = Some(PathBuf::from(parser.value().map_err(|e| e.to_string())?))
            }
            Value(v) => positional.push(v),
            other => return Err(other.unexpected().to_string()),
        }
    }
    let mut positional = positional.into_iter();
    let first = positional.next();
    let command_word = first.as_ref().and_then(|f| f.to_str()).unwrap_or("");
    if moodle && command_word != "return" {
        return Err("--moodle goes with return: lectern return CLASS --moodle -o OUT_DIR".into());
    }
    if scaled && command_word != "grades" {
        return Err(
            "--scaled goes with grades: lectern grades WORKSHEET.csv CLASS -o OUT.csv --scaled"
                .into(),
        );
    }
    let command = match first.as_ref().and_then(|f| f.to_str()) {
        Some("parse") => {
            reject_options(
                "parse",
                &[
                    ("--whole-page", whole_page),
                    ("--answers", answers.is_some()),
                    ("--format", format.is_some()),
                    ("-o", output.is_some()),
                    ("--reading", reading.is_some()),
                ],
            )?;
            Command::Parse {
                reading: positional.next().map(PathBuf::from),
            }
        }
        Some(command @ ("import" | crate::import::IN_PROCESS)) => {
            reject_options(
                command,
                &[
                    ("--answers", answers.is_some()),
                    ("--format", format.is_some()),
                    ("--reading", reading.is_some()),
                ],
            )?;
            let file = positional
                .next()
                .map(PathBuf::from)
                .ok_or("import needs a file: lectern import FILE [-o OUT.md]")?;
            let extract = if whole_page {
                crate::import::Extract::WholePage
            } else {
                crate::import::Extract::Article
            };
            if command == crate::import::IN_PROCESS {
                reject_options(command, &[("-o", output.is_some())])?;
                Command::ImportInProcess { file, extract }
            } else {
                Command::Import {
                    file,
                    output,
                    extract,
                }
            }
        }
        Some(command @ ("feedback" | "return")) => {
            reject_options(
                command,
                &[
                    ("--whole-page", whole_page),
                    ("--answers", answers.is_some()),
                    ("--reading", reading.is_some()),
                    ("--anonymize", anonymize),
                ],
            )?;
            let folder = positional.next().map(PathBuf::from).ok_or(format!(
                "{command} needs a folder: lectern {command} FOLDER"
            ))?;
            if command == "feedback" {
                reject_options(
                    "feedback",
                    &[("-o", output.is_some()), ("--format", format.is_some())],
                )?;
                Command::Feedback { folder, csv }
            } else {
                reject_options("return", &[("--csv", csv)])?;
                let output = output.ok_or(
                    "return needs a folder to write into: lectern return FOLDER -o OUT_DIR",
                )?;
                Command::Return {
                    folder,
                    output,
                    format,
                    moodle,
                }
            }
        }
        Some("grades") => {
            reject_options(
                "grades",
                &[
                    ("--whole-page", whole_page),
                    ("--answers", answers.is_some()),
                    ("--reading", reading.is_some()),
                    ("--format", format.is_some()),
                    ("--csv", csv),
                    ("--anonymize", anonymize),
                    ("--moodle", moodle),
                ],
            )?;
            let usage = "grades needs a worksheet and a class: lectern grades WORKSHEET.csv CLASS -o OUT.csv";
            let worksheet = positional.next().map(PathBuf::from).ok_or(usage)?;
            let class = positional.next().map(PathBuf::from).ok_or(usage)?;
            let output = output.ok_or(usage)?;
            Command::Grades {
                worksheet,
                class,
                output,
                scaled,
            }
        }
        Some("history") => {
            reject_options(
                "history",
                &[
                    ("--whole-page", whole_page),
                    ("--answers", answers.is_some()),
                    ("--reading", reading.is_some()),
                    ("--format", format.is_some()),
                    ("-o", output.is_some()),
                    ("--csv", csv),
                    ("--anonymize", anonymize),
                ],
            )?;
            let answers = positional
                .next()
                .map(PathBuf::from)
                .ok_or("history needs an answers file: lectern history ANSWERS.ron")?;
            Command::History { answers, prompt }
        }
        Some("collect") => {
            reject_options(
                "collect",
                &[
                    ("--whole-page", whole_page),
                    ("--answers", answers.is_some()),
                    ("--reading", reading.is_some()),
                ],
            )?;
            let folder = positional
                .next()
                .map(PathBuf::from)
                .ok_or("collect needs a folder: lectern collect FOLDER")?;
            Command::Collect {
                folder,
                output,
                format: format.unwrap_or(Format::Html),
                anonymize,
            }
        }
        Some("export") => {
            reject_options(
                "export",
                &[
                    ("--answers", answers.is_some()),
                    ("--whole-page", whole_page),
                ],
            )?;
            let answers = positional
                .next()
                .map(PathBuf::from)
                .ok_or("export needs an answers file: lectern export ANSWERS.ron --format html")?;
            let format = match (format, &output) {
                (Some(f), _) => f,
                (None, Some(out)) => Format::of_path(out)
                    .ok_or("export needs --format md, html, txt, docx or pdf")?,
                (None, None) => {
                    return Err("export needs --format md, html, txt, docx or pdf".to_owned());
                }
            };
            Command::Export {
                answers,
                reading,
                format,
                output,
                paper,
            }
        }
        _ => {
            reject_options(
                "the window",
                &[
                    ("--whole-page", whole_page),
                    ("--format", format.is_some()),
                    ("-o", output.is_some()),
                    ("--reading", reading.is_some()),
                ],
            )?;
            Command::Window {
                reading: first.map(PathBuf::from),
                answers,
                portable,
            }
        }
    };
    if let Some(extra) = positional.next() {
        return Err(format!("unexpected argument '{}'", extra.to_string_lossy()));
    }
    Ok(command)
}

fn reject_options(command: &str, given: &[(&str, bool)]) -> Result<(), String> {
    match given.iter().find(|(_, g)| *g) {
        Some((name, _)) => Err(format!("{name} does not apply to {command}")),
        None => Ok(()),
    }
}

/// The reading at `path` (imported first when it is a Word or OpenDocument text, PDF or web
/// page), or the first bundled one. Imports run as the window's do: in a child process with a time limit and
/// a memory cap, so a hostile file costs the command line no more than it costs the window.
pub fn load_reading(path: Option<&Path>) -> Result<Reading, crate::files::FileError> {
    let Some(path) = path else {
        return Ok(reading::BUNDLED[0].parse());
    };
    crate::import::load(path).map(|loaded| loaded.reading)
}

/// `lectern import`: writes the reading Markdown a file becomes, to `output` or stdout, made in
/// the same capped child process the window imports in.
pub fn run_import(
    file: &Path,
    output: Option<&Path>,
    extract: crate::import::Extract,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let markdown = crate::import::import_in_child(file, extract)?;
    match output {
        Some(path) => {
            export::write_sheet(path, markdown.as_bytes(), &[file]).map_err(|e| e.to_string())?;
            writeln!(err, "wrote {}", path.display()).map_err(output_error)?;
        }
        None => out.write_all(markdown.as_bytes()).map_err(output_error)?,
    }
    Ok(())
}

/// What the child process of [`run_import`] runs: the importers themselves, writing the
/// Markdown to `out`.
pub fn run_import_in_process(
    file: &Path,
    extract: crate::import::Extract,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    // Its last words are shown in the window that started it: said in that window's language.
    if let Ok(tag) = std::env::var(crate::i18n::LANGUAGE_VARIABLE) {
        crate::i18n::set_language(crate::i18n::Language::from_locale(&tag));
    }
    let markdown = crate::import::file_to_markdown_as(file, extract)?.ok_or_else(|| {
        format!(
            "{} is not a format Lectern imports (Word .docx, OpenDocument .odt, PDF, web pages .html/.mhtml); Markdown and plain-text readings open as they are",
            file.display()
        )
    })?;
    out.write_all(markdown.as_bytes()).map_err(output_error)
}

/// `lectern parse`: prints how the reading was understood.
pub fn run_parse(
    path: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let reading = load_reading(path)?;
    let w = output_error;
    writeln!(out, "Title: {}", reading.title).map_err(w)?;
    if let Some(source) = &reading.source {
        writeln!(out, "Source: {source}").map_err(w)?;
    }
    let headings = reading.article.len() - reading.paragraph_count();
    writeln!(
        out,
        "Article: {} paragraphs, {} subheadings, {} words",
        reading.paragraph_count(),
        headings,
        reading.article_words()
    )
    .map_err(w)?;
    for section in &reading.sections {
        writeln!(out, "\nSection: {}", section.title).map_err(w)?;
        if let Some(d) = &section.description {
            writeln!(out, "  ({})", d.replace('\n', " ")).map_err(w)?;
        }
        for prompt in &section.prompts {
            writeln!(
                out,
                "{}  {}",
                prompt.id,
                prompt.full_text().replace('\n', " / ")
            )
            .map_err(w)?;
        }
    }
    for note in &reading.notes {
        writeln!(out, "\nNote: {note}").map_err(w)?;
    }
    writeln!(out, "\n{}", reading.summary()).map_err(w)?;
    if reading.prompt_count() == 0 {
        let name = path.map_or("the reading".to_owned(), |p| p.display().to_string());
        writeln!(
            err,
            "warning: no questions found in {name}; it opens as a reading with nothing to answer"
        )
        .map_err(w)?;
    }
    Ok(())
}

/// Finds the reading an answers file was written for, when none is named.
pub fn reading_for(sheet: &AnswerSheet, answers_path: &Path) -> Result<Reading, String> {
    reading::find_by_origin(&sheet.reading.origin).map_err(|e| {
        format!(
            "{e}\n(the reading {} was written for; pass --reading FILE to use another)",
            answers_path.display()
        )
    })
}

/// `lectern feedback`: each hand-in with the state of its feedback and its total, or (with
/// `csv`) each reading version's CSV with rubric points and totals.
pub fn run_feedback(
    folder: &Path,
    csv: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let w = output_error;
    let collected = crate::collect::collect(folder)?;
    for (path, reason) in &collected.unreadable {
        writeln!(err, "not read: {}: {reason}", path.display()).map_err(w)?;
    }
    if collected.groups.is_empty() {
        return Err(CliError::Failed(format!(
            "no answers files could be read in {}",
            folder.display()
        )));
    }
    for (i, group) in collected.groups.iter().enumerate() {
        if csv {
            if i > 0 {
                writeln!(out).map_err(w)?;
            }
            write!(out, "{}", group.csv()).map_err(w)?;
            continue;
        }
        writeln!(out, "{}", export::Clean::new(&group.title)).map_err(w)?;
        for hand_in in &group.sheets {
            let said = match hand_in.feedback_state(group.prompts.len()) {
                FeedbackState::None => "no feedback yet".to_owned(),
                FeedbackState::Unreadable(e) => format!("feedback not read: {e}"),
                FeedbackState::Given {
                    comments,
                    total,
                    stale,
                } => {
                    let mut line = match comments {
                        1 => "1 comment".to_owned(),
                        n => format!("{n} comments"),
                    };
                    if let Some((got, of)) = total {
                        line.push_str(&format!(", {got} of {of} points"));
                    }
                    if stale {
                        line.push_str(" (on an earlier version of the file)");
                    }
                    line
                }
            };
            let name = hand_in
                .path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy();
            writeln!(
                out,
                "  {} (hand-in {}, {name}): {said}",
                export::Clean::new(&hand_in.sheet.student),
                hand_in.sheet.handed_in.max(1)
            )
            .map_err(w)?;
        }
    }
    Ok(())
}

/// `lectern return`: each student's feedback (and sheet) into `output`; with `moodle`, one
/// ZIP for Moodle's feedback upload.
pub fn run_return(
    folder: &Path,
    output: &Path,
    format: Option<Format>,
    moodle: bool,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let w = output_error;
    let collected = crate::collect::collect(folder)?;
    // Hand-ins that could not be read get nothing back: said first, never left out in silence.
    for (path, reason) in &collected.unreadable {
        writeln!(err, "not read: {}: {reason}", path.display()).map_err(w)?;
    }
    if moodle {
        return run_return_moodle(&collected, folder, output, format, err);
    }
    let returned =
        crate::feedback::give_back::give_back(&collected, output, format, &export::today())?;
    for (student, ron, sheet) in &returned.written {
        let sheet = sheet
            .as_ref()
            .map(|s| format!(" and {}", s.display()))
            .unwrap_or_default();
        writeln!(
            err,
            "{}: {}{sheet}",
            export::Clean::new(student),
            ron.display()
        )
        .map_err(w)?;
    }
    for (student, path) in &returned.unchanged {
        writeln!(
            err,
            "already returned, unchanged: {}: {}",
            export::Clean::new(student),
            path.display()
        )
        .map_err(w)?;
    }
    for (student, path) in &returned.without {
        writeln!(
            err,
            "no feedback yet: {} ({})",
            export::Clean::new(student),
            path.display()
        )
        .map_err(w)?;
    }
    for (path, reason) in &returned.unreadable {
        writeln!(err, "not returned: {}: {reason}", path.display()).map_err(w)?;
    }
    if returned.written.is_empty() && returned.unchanged.is_empty() {
        return Err(CliError::Failed(format!(
            "no feedback to return in {}",
            folder.display()
        )));
    }
    Ok(())
}

fn run_return_moodle(
    collected: &crate::collect::Collected,
    class: &Path,
    output: &Path,
    format: Option<Format>,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let w = output_error;
    let format = format.unwrap_or(Format::Pdf);
    let language = crate::i18n::language();
    let done = crate::lms::feedback_zip::write(
        collected,
        class,
        output,
        format,
        &export::today(),
        language,
    )?;
    for (student, folder) in &done.written {
        writeln!(err, "{}: {folder}", export::Clean::new(student)).map_err(w)?;
    }
    for student in &done.without {
        writeln!(err, "no feedback yet: {}", export::Clean::new(student)).map_err(w)?;
    }
    for (path, why) in &done.left_out {
        writeln!(err, "not returned: {}: {why}", path.display()).map_err(w)?;
    }
    if done.written.is_empty() {
        return Err(CliError::Failed(format!(
            "no feedback to return for Moodle in {}",
            class.display()
        )));
    }
    writeln!(err, "for Moodle: {}", done.zip.display()).map_err(w)?;
    Ok(())
}

/// `lectern grades`: Moodle's grading worksheet filled in from the class's rubric scores.
pub fn run_grades(
    worksheet: &Path,
    class: &Path,
    output: &Path,
    scaled: bool,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    use crate::lms::worksheet::{GradeAs, fill};
    let w = output_error;
    let collected = crate::collect::collect(class)?;
    for (path, reason) in &collected.unreadable {
        writeln!(err, "not read: {}: {reason}", path.display()).map_err(w)?;
    }
    let grade_as = if scaled {
        GradeAs::Scaled
    } else {
        GradeAs::Points
    };
    // Scores count against each reading's rubric as the library keeps it now.
    let library = crate::library::Library::in_data_dir();
    let kept: Vec<Option<crate::feedback::Rubric>> = collected
        .groups
        .iter()
        .map(|g| library.rubric(&g.title).and_then(Result::ok))
        .collect();
    let rubrics: Vec<Option<&crate::feedback::Rubric>> = kept.iter().map(Option::as_ref).collect();
    let filled = fill(worksheet, &collected, &rubrics, grade_as)?;
    for (student, grade) in &filled.graded {
        writeln!(err, "{}: {grade}", export::Clean::new(student)).map_err(w)?;
    }
    for (record, why) in &filled.unmatched_rows {
        writeln!(err, "left as it was: {}: {why}", export::Clean::new(record)).map_err(w)?;
    }
    for (path, why) in &filled.unmatched_hand_ins {
        writeln!(err, "not in the worksheet: {}: {why}", path.display()).map_err(w)?;
    }
    crate::files::write_new(output, &filled.csv)
        .map_err(|e| crate::files::FileError::write(output, e))?;
    writeln!(err, "worksheet for Moodle: {}", output.display()).map_err(w)?;
    Ok(())
}

/// `lectern history`: each answer's process and timeline (`answers::history`).
pub fn run_history(
    answers_path: &Path,
    prompt: Option<&str>,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    use crate::answers::history::{Check, How, Process};
    let w = output_error;
    let sheet = answers::load(answers_path)?;
    let chosen: Vec<_> = sheet
        .answers
        .iter()
        .filter(|a| prompt.is_none_or(|p| a.prompt_id.as_str() == p))
        .collect();
    if chosen.is_empty() {
        return Err(CliError::Failed(match prompt {
            Some(p) => format!("no answer to {p} in {}", answers_path.display()),
            None => format!("no answers in {}", answers_path.display()),
        }));
    }
    let mut out = Printable::new(out);
    writeln!(out, "{}", export::Clean::new(&sheet.student)).map_err(w)?;
    for answer in chosen {
        let process = Process::of(answer);
        let clean = |t: &str| export::Clean::new(t).to_string();
        writeln!(out, "\n{}: {}", answer.prompt_id, clean(&answer.prompt)).map_err(w)?;
        let check = match process.check {
            Check::Whole => "holds: it replays to the answer's text".to_owned(),
            Check::NoHistory => "none: written before Lectern kept one".to_owned(),
            Check::Broken { step } => format!("DOES NOT MATCH: change {step} was altered"),
            Check::TextDiffers => "DOES NOT MATCH the answer's text".to_owned(),
            Check::TooLong { steps } => {
                format!("too long to check: replaying it stopped at change {steps}")
            }
        };
        writeln!(out, "  history: {check}").map_err(w)?;
        writeln!(
            out,
            "  writing time: {} min over {} session(s): {}",
            process.writing_time.as_secs() / 60,
            process.sessions.len(),
            process
                .sessions
                .iter()
                .map(|(a, b)| format!("{} to {}", local(*a), local(*b)))
                .collect::<Vec<_>>()
                .join("; ")
        )
        .map_err(w)?;
        writeln!(
            out,
            "  characters typed {}, pasted from outside the reading {}, quoted from the reading {}, there before the history {}; versions restored {}",
            process.typed, process.pasted, process.quoted, process.earlier, process.restores
        )
        .map_err(w)?;
        for (at, text) in &process.pastes {
            writeln!(out, "  pasted at {}: {}", local(*at), clean(text)).map_err(w)?;
        }
        for step in &answer.history {
            let how = match step.how {
                How::Typed => "typed".to_owned(),
                How::Pasted => "pasted".to_owned(),
                How::Quoted => "quoted".to_owned(),
                How::Restored(n) => format!("restored version {n}"),
                How::Earlier => "there before the history".to_owned(),
            };
            let added: usize = step.edits.iter().map(|e| e.2.chars().count()).sum();
            let removed: usize = step.edits.iter().map(|e| e.1).sum();
            writeln!(
                out,
                "    {} session {} {how}: +{added} characters, -{removed} bytes",
                local(step.at),
                step.session
            )
            .map_err(w)?;
        }
    }
    Ok(())
}

/// A time as this computer's clock shows it, to the second.
fn local(at: jiff::Timestamp) -> String {
    at.to_zoned_datetime(jiff::tz::TimeZone::system())
        .strftime("%Y-%m-%d %H:%M:%S")
        .to_string()
}

/// `lectern collect`: class sheets and CSV summaries, with a report of what was found.
pub fn run_collect(
    folder: &Path,
    output: Option<&Path>,
    format: Format,
    anonymize: bool,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let w = output_error;
    let mut collected = crate::collect::collect(folder)?;
    if anonymize {
        collected.anonymize();
    }
    let out_dir = output.unwrap_or(Path::new("."));
    for (path, reason) in &collected.unreadable {
        writeln!(err, "not read: {}: {reason}", path.display()).map_err(w)?;
    }
    if collected.groups.is_empty() {
        return Err(CliError::Failed(format!(
            "no answers files could be read in {}",
            folder.display()
        )));
    }
    if collected.groups.len() > 1 {
        writeln!(
            err,
            "{} different readings or versions were handed in; each gets its own class sheet",
            collected.groups.len()
        )
        .map_err(w)?;
    }
    for written in collected.write_sheets(out_dir, None, format, &export::today())? {
        writeln!(
            err,
            "{}: {} students → {} and {}",
            written.title,
            written.students,
            written.sheet.display(),
            written.csv.display()
        )
        .map_err(w)?;
    }
    Ok(())
}

/// `lectern export`: writes the study sheet.
pub fn run_export(
    answers_path: &Path,
    reading_path: Option<&Path>,
    format: Format,
    paper: crate::export::pdf::Paper,
    output: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let mut sheet = answers::load(answers_path).map_err(|e| e.to_string())?;
    let reading = match reading_path {
        Some(p) => load_reading(Some(p))?,
        None => reading_for(&sheet, answers_path)?,
    };
    let report = sheet.attach(&reading);
    let w = output_error;
    if report.different_text {
        writeln!(err, "warning: {} was written for a different version of \"{}\"; answers are matched by prompt", answers_path.display(), reading.title).map_err(w)?;
    }
    if report.orphans > 0 {
        writeln!(
            err,
            "warning: {} answers belong to prompts not in this reading; they are listed at the end",
            report.orphans
        )
        .map_err(w)?;
    }
    let study = StudySheet::build(&reading, &sheet, &export::today());
    if matches!(format, Format::Docx | Format::Pdf) && output.is_none() {
        return Err(CliError::Failed(format!(
            "a {} file is not text: give a file with -o sheet.{}",
            format.label(),
            format.extension()
        )));
    }
    let content = study.to_bytes_on(format, paper)?;
    match output {
        Some(path) => {
            let mut protected = vec![answers_path];
            if let Origin::File(p) = &reading.origin {
                protected.push(p);
            }
            export::write_sheet(path, &content, &protected).map_err(|e| e.to_string())?;
            writeln!(err, "wrote {}", path.display()).map_err(w)?;
        }
        None => out.write_all(&content).map_err(w)?,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<OsString> {
        s.split_whitespace().map(OsString::from).collect()
    }

    #[test]
    fn parses_each_command() {
        assert_eq!(
            parse_args(args("")),
            Ok(Command::Window {
                reading: None,
                answers: None,
                portable: false,
            })
        );
        assert_eq!(
            parse_args(args("r.md --answers a.ron --portable")),
            Ok(Command::Window {
                reading: Some("r.md".into()),
                answers: Some("a.ron".into()),
                portable: true,
            })
        );
        assert_eq!(
            parse_args(args("parse")),
            Ok(Command::Parse { reading: None })
        );
        assert_eq!(
            parse_args(args("parse r.txt")),
            Ok(Command::Parse {
                reading: Some("r.txt".into())
            })
        );
        assert_eq!(
            parse_args(args("export a.ron --format html -o s.html")),
            Ok(Command::Export {
                answers: "a.ron".into(),
                reading: None,
                format: Format::Html,
                output: Some("s.html".into()),
                paper: crate::export::pdf::Paper::A4,
            })
        );
        assert_eq!(
            parse_args(args("export a.ron -o s.pdf --paper letter")),
            Ok(Command::Export {
                answers: "a.ron".into(),
                reading: None,
                format: Format::Pdf,
                output: Some("s.pdf".into()),
                paper: crate::export::pdf::Paper::Letter,
            })
        );
        assert_eq!(parse_args(args("--help")), Ok(Command::Help));
    }

    #[test]
    fn printable_leaves_out_what_drives_a_terminal() {
        let mut out = Printable::new(Vec::new());
        // Written in pieces, as `write!` does, so a held byte crosses a write.
        for piece in [
            "a\u{1b}[2Jb\r".as_bytes(),
            b"\nc\x07\td\xc2",
            "\u{9b}e\r".as_bytes()[1..].as_ref(),
            "fé\u{a0}g\u{85}h\n".as_bytes(),
        ] {
            out.write_all(piece).unwrap();
        }
        assert_eq!(
            String::from_utf8(out.inner).unwrap(),
            "a[2Jb\r\nc\tdefé\u{a0}gh\n"
        );
    }

    #[test]
    fn rejects_what_does_not_fit() {
        assert!(parse_args(args("export")).is_err());
        assert!(parse_args(args("export a.ron")).is_err());
        assert!(parse_args(args("export a.ron --format odt")).is_err());
        assert!(parse_args(args("export a.ron --format pdf --paper a5")).is_err());
        assert!(parse_args(args("parse a b")).is_err());
        assert!(parse_args(args("--bogus")).is_err());
        assert!(parse_args(args("r.md -o x")).is_err());
    }
}
