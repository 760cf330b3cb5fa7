//! The corpus: documents made by other programs — LibreOffice, python-docx, pandoc, LaTeX,
//! Chromium, hand-written HTML in real sites' shapes — each beside a `NAME.EXT.expect` file
//! saying what a teacher would see if Lectern read it right: its title, its questions in order,
//! phrases the article must keep and words that must not appear (site furniture, page numbers,
//! markup). The test prints the score and fails on any document read wrong.
//! How the documents were made: `tests/corpus/README.md`.

use std::path::{Path, PathBuf};

use lectern::reading::{Block, PromptKind, Reading};

/// What a document must read as.
#[derive(serde::Deserialize)]
struct Expected {
    /// The program that made it (for the score table; not checked).
    producer: String,
    title: String,
    /// Every prompt's text, in order (whitespace collapsed).
    prompts: Vec<String>,
    /// Prompts among `prompts` that must be essays.
    #[serde(default)]
    essays: Vec<String>,
    /// Phrases the article must hold (whitespace collapsed).
    #[serde(default)]
    article_has: Vec<String>,
    /// Words that must appear nowhere: not in the title, the article or a prompt.
    #[serde(default)]
    absent: Vec<String>,
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn read(path: &Path) -> Result<Reading, lectern::files::FileError> {
    match lectern::import::file_to_markdown(path)? {
        Some(markdown) => Ok(lectern::import::reading_of(path, &markdown)),
        None => lectern::reading::load_file(path),
    }
}

/// What is wrong with `reading` against `expected`; empty when it is read right.
fn differences(reading: &Reading, expected: &Expected) -> Vec<String> {
    let mut wrong = Vec::new();
    if collapse(&reading.title) != collapse(&expected.title) {
        wrong.push(format!(
            "title {:?}, not {:?}",
            reading.title, expected.title
        ));
    }
    let prompts: Vec<String> = reading.prompts().map(|p| collapse(&p.text)).collect();
    let want: Vec<String> = expected.prompts.iter().map(|p| collapse(p)).collect();
    if prompts != want {
        wrong.push(format!(
            "prompts\n      read: {prompts:#?}\n      want: {want:#?}"
        ));
    }
    for essay in &expected.essays {
        let kind = reading
            .prompts()
            .find(|p| collapse(&p.text) == collapse(essay))
            .map(|p| p.kind);
        if kind != Some(PromptKind::Essay) {
            wrong.push(format!("{essay:?} is not an essay prompt ({kind:?})"));
        }
    }
    let article: String = reading
        .article
        .iter()
        .map(|b| match b {
            Block::Heading(text) | Block::Paragraph { text, .. } => collapse(text),
        })
        .collect::<Vec<_>>()
        .join("\n");
    for phrase in &expected.article_has {
        if !article.contains(&collapse(phrase)) {
            wrong.push(format!("the article lacks {phrase:?}"));
        }
    }
    let everything = format!("{}\n{article}\n{}", reading.title, prompts.join("\n"));
    for word in &expected.absent {
        if everything.contains(word.as_str()) {
            wrong.push(format!("{word:?} appears"));
        }
    }
    wrong
}

fn documents() -> Vec<(PathBuf, PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut found: Vec<(PathBuf, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "expect"))
        .map(|expect| (expect.with_extension(""), expect))
        .collect();
    found.sort();
    found
}

#[test]
fn every_document_in_the_corpus_is_read_as_a_teacher_would_read_it() {
    let documents = documents();
    let mut right = 0;
    let mut report = String::new();
    for (document, expect) in &documents {
        let name = document.file_name().unwrap().to_string_lossy();
        let expected: Expected = ron::from_str(&std::fs::read_to_string(expect).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", expect.display()));
        let wrong = match read(document) {
            Ok(reading) => differences(&reading, &expected),
            Err(e) => vec![format!("not read: {e}")],
        };
        if wrong.is_empty() {
            right += 1;
            report.push_str(&format!("  ✔ {name} ({})\n", expected.producer));
        } else {
            report.push_str(&format!("  ✘ {name} ({})\n", expected.producer));
            for w in wrong {
                report.push_str(&format!("      {w}\n"));
            }
        }
    }
    println!(
        "{report}corpus: {right} of {} documents read right",
        documents.len()
    );
    assert!(!documents.is_empty(), "no documents in tests/corpus");
    assert_eq!(right, documents.len(), "\n{report}");
}
