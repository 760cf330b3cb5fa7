//! Word files as Word users see them: LibreOffice (headless) opens each DOCX Lectern writes,
//! the study sheet and the class sheet, and renders them; the rendered text is the sheet's
//! text, section and prompt titles are real headings (LibreOffice's HTML export makes them
//! <h1>/<h2>, as Word's navigation pane lists them), and a prompt stands apart from the answer
//! before it, as in the PDF.
//!
//! Needs LibreOffice (libreoffice-writer-nogui) and poppler-utils, so it runs only with
//! `--features libreoffice-tests` (as `.ci/run` does after installing them).
#![cfg(feature = "libreoffice-tests")]

use std::path::{Path, PathBuf};
use std::process::Command;

use lectern::answers::AnswerSheet;
use lectern::export::{Format, StudySheet};

/// Converts `docx` with LibreOffice to `to` (pdf, html); returns the file written.
fn convert(docx: &Path, to: &str) -> PathBuf {
    let dir = docx.parent().unwrap();
    let profile = dir.join("lo-profile");
    let out = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", to, "--outdir"])
        .arg(dir)
        .arg(docx)
        .output()
        .expect("soffice runs (apt-get install libreoffice-writer-nogui)");
    assert!(
        out.status.success(),
        "LibreOffice failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    // "docx:MS Word 2007 XML" names a filter after the extension.
    let written = docx.with_extension(to.split(':').next().unwrap_or(to));
    assert!(
        written.exists(),
        "LibreOffice wrote no {to}: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    written
}

fn pdftotext(pdf: &Path, args: &[&str]) -> String {
    let out = Command::new("pdftotext")
        .args(args)
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs (apt-get install poppler-utils)");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn words_of(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lines of a PDF page as pdftotext's layout boxes give them: (top, bottom, text).
fn lines(pdf: &Path) -> Vec<(f32, f32, String)> {
    let xml = pdftotext(pdf, &["-bbox-layout", "-f", "1", "-l", "1"]);
    let attr = |tag: &str, name: &str| -> f32 {
        let start = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        tag[start..].split('"').next().unwrap().parse().unwrap()
    };
    let mut out = Vec::new();
    for part in xml.split("<line ").skip(1) {
        let tag = part.split('>').next().unwrap();
        let words: Vec<&str> = part
            .split("</line>")
            .next()
            .unwrap()
            .split("<word ")
            .skip(1)
            .filter_map(|w| w.split('>').nth(1)?.split('<').next())
            .collect();
        out.push((attr(tag, "yMin"), attr(tag, "yMax"), words.join(" ")));
    }
    out
}

fn study_sheet() -> (StudySheet, Vec<&'static str>) {
    let reading = lectern::reading::BUNDLED[0].parse();
    let mut sheet = AnswerSheet::new(&reading);
    sheet.student = "Әлия Нұрланқызы".to_owned();
    let answers = vec![
        "The effort to diversify affects fifty firms and the flows of office staff.",
        "Қазақстан Еуропалық одақпен ынтымақтастықты дамытады.",
        "Казахстан развивает сотрудничество с Европейским союзом.",
    ];
    let at = "2026-11-28T09:00:00Z".parse().unwrap();
    for (prompt, text) in reading.prompts().zip(&answers) {
        sheet.set_answer(prompt, text, at);
    }
    (StudySheet::build(&reading, &sheet, "2026-11-28"), answers)
}

#[test]
fn libreoffice_opens_the_study_sheet_with_its_text_headings_and_spacing() {
    let (sheet, answers) = study_sheet();
    let dir = tempfile::tempdir().unwrap();
    let docx = dir.path().join("sheet.docx");
    std::fs::write(&docx, sheet.to_bytes(Format::Docx).unwrap()).unwrap();

    // The text, as rendered.
    let pdf = convert(&docx, "pdf");
    let rendered = words_of(&pdftotext(&pdf, &[]));
    for expected in [sheet.title.as_str(), "Әлия Нұрланқызы"]
        .into_iter()
        .chain(answers.iter().copied())
        .chain(sheet.sections.iter().map(|s| s.title.as_str()))
    {
        assert!(
            rendered.contains(&words_of(expected)),
            "LibreOffice's rendering lacks {expected:?}:\n{rendered}"
        );
    }
    for item in sheet.sections.iter().flat_map(|s| &s.items) {
        assert!(
            rendered.contains(&words_of(&item.heading())),
            "{:?}",
            item.heading()
        );
    }

    // Section titles are headings of level 1, prompts of level 2.
    let html = std::fs::read_to_string(convert(&docx, "html")).unwrap();
    let headings = |tag: &str| -> Vec<String> {
        html.split(&format!("<{tag}"))
            .skip(1)
            .map(|h| {
                let inner = h.split(&format!("</{tag}>")).next().unwrap();
                // What follows the opening tag's own attributes.
                let inner = inner.split_once('>').map_or("", |(_, rest)| rest);
                // Drop the tags inside; keep the words.
                let mut text = String::new();
                let mut in_tag = false;
                for c in inner.chars() {
                    match c {
                        '<' => in_tag = true,
                        '>' => in_tag = false,
                        c if !in_tag => text.push(c),
                        _ => {}
                    }
                }
                words_of(&text.replace("&amp;", "&"))
            })
            .collect()
    };
    let h1 = headings("h1");
    let h2 = headings("h2");
    for section in &sheet.sections {
        assert!(
            h1.contains(&words_of(&section.title)),
            "{:?} in {h1:?}",
            section.title
        );
        for item in &section.items {
            assert!(
                h2.contains(&words_of(&item.heading())),
                "{:?} in {h2:?}",
                item.heading()
            );
        }
    }

    // A prompt stands apart from the answer above it: more space than between two lines.
    let lines = lines(&pdf);
    let at = |needle: &str| {
        lines
            .iter()
            .position(|(_, _, t)| t.starts_with(needle))
            .unwrap_or_else(|| panic!("{needle:?} on page 1: {lines:#?}"))
    };
    let words = at("13 words");
    let next_heading = words + 1;
    let gap = lines[next_heading].0 - lines[words].1;
    let answer = at("The effort");
    let line_pitch = lines[answer + 1].0 - lines[answer].1;
    assert!(
        gap > line_pitch + 6.0,
        "the heading after an answer needs room: gap {gap:.1} pt, lines {line_pitch:.1} pt apart ({:?} → {:?})",
        lines[words].2,
        lines[next_heading].2
    );
}

#[test]
fn libreoffice_opens_the_class_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let class = dir.path().join("class");
    std::fs::create_dir(&class).unwrap();
    let reading = lectern::reading::BUNDLED[0].parse();
    for (student, answer) in [
        ("Aliya Nur", "Leverage, mostly."),
        ("Бекзат", "Тәуекел бар."),
    ] {
        let mut sheet = AnswerSheet::new(&reading);
        sheet.student = student.to_owned();
        let q1 = reading.prompts().nth(1).unwrap();
        sheet.set_answer(q1, answer, "2026-11-28T09:00:00Z".parse().unwrap());
        lectern::answers::save(
            &class.join(format!("{}.ron", lectern::paths::slug(student))),
            &sheet,
        )
        .unwrap();
    }
    let collected = lectern::collect::collect(&class).unwrap();
    let docx = dir.path().join("class-sheet.docx");
    std::fs::write(
        &docx,
        collected.groups[0]
            .class_sheet(Format::Docx, "2026-11-28")
            .unwrap(),
    )
    .unwrap();
    let rendered = words_of(&pdftotext(&convert(&docx, "pdf"), &[]));
    for expected in [
        "Aliya Nur",
        "Leverage, mostly.",
        "Бекзат",
        "Тәуекел бар.",
        &reading.title,
    ] {
        assert!(
            rendered.contains(&words_of(expected)),
            "{expected:?} not in\n{rendered}"
        );
    }
}

/// A Word document as an office suite writes it (LibreOffice saving a page with a heading, bold
/// and italic words and a numbered list as DOCX) imports into a reading with its questions.
#[test]
fn a_word_document_libreoffice_wrote_imports_with_its_questions() {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("rivers.html");
    std::fs::write(
        &html,
        "<html><body><h1>Steppe Rivers Under Pressure</h1>\
         <p>The Ili river feeds Lake <b>Balkhash</b>, and it is <i>shrinking</i>.</p>\
         <h2>Discussion questions</h2>\
         <ol><li>Why does Balkhash shrink?</li><li>Who should share the water?</li>\
         <li>What would you change first?</li></ol></body></html>",
    )
    .unwrap();
    let profile = dir.path().join("lo-profile");
    let out = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args([
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
        ])
        .arg(dir.path())
        .arg(&html)
        .output()
        .expect("soffice runs");
    let docx = dir.path().join("rivers.docx");
    assert!(docx.exists(), "{}", String::from_utf8_lossy(&out.stderr));
    let markdown = lectern::import::file_to_markdown(&docx).unwrap().unwrap();
    assert!(
        markdown.contains("Lake **Balkhash**, and it is *shrinking*."),
        "{markdown}"
    );
    // And the same document saved by the office suite as a web page reads the same.
    let page = convert(&docx, "html");
    let from_page = lectern::import::file_to_markdown(&page).unwrap().unwrap();
    let again = lectern::reading::parse(&from_page, lectern::reading::Origin::Text, "x");
    assert_eq!(again.prompt_count(), 3, "{from_page}");
    let r = lectern::reading::parse(&markdown, lectern::reading::Origin::Text, "x");
    assert_eq!(r.title, "Steppe Rivers Under Pressure");
    let prompts: Vec<&str> = r.prompts().map(|p| p.text.as_str()).collect();
    assert_eq!(
        prompts,
        [
            "Why does Balkhash shrink?",
            "Who should share the water?",
            "What would you change first?"
        ],
        "{markdown}"
    );
}

/// A PDF as an office suite prints one, and a Word document as it saves one: the bundled
/// reading, written as a web page, printed to PDF by LibreOffice (over two or more pages, with
/// its own line breaks) and saved as .docx, imports with the same title, article and prompts as
/// the reading itself.
#[test]
fn a_pdf_and_a_word_file_libreoffice_made_import_as_the_reading() {
    let dir = tempfile::tempdir().unwrap();
    let bundled = lectern::reading::BUNDLED
        .iter()
        .find(|b| b.name == "kazakhstan-eu")
        .unwrap();
    let original = bundled.parse();
    // The reading as a teacher's document: title, article, sections and numbered prompts (an
    // essay's title in bold), closing note.
    let escape = |t: &str| t.replace('&', "&amp;").replace('<', "&lt;");
    let mut html = format!(
        "<html><head><meta charset=\"utf-8\"></head><body><h1>{}</h1>",
        escape(&original.title),
    );
    for block in &original.article {
        match block {
            lectern::reading::Block::Heading(t) => html += &format!("<h2>{}</h2>", escape(t)),
            lectern::reading::Block::Paragraph { text, .. } => {
                html += &format!("<p>{}</p>", escape(text))
            }
        }
    }
    html += "<h2>Discussion</h2>";
    for section in &original.sections {
        html += &format!("<h3>{}</h3><ol>", escape(&section.title));
        for prompt in &section.prompts {
            html += &match &prompt.title {
                Some(title) => format!(
                    "<li><b>{}:</b> {}</li>",
                    escape(title),
                    escape(&prompt.text)
                ),
                None => format!("<li>{}</li>", escape(&prompt.text)),
            };
        }
        html += "</ol>";
    }
    for note in &original.notes {
        html += &format!("<p>{}</p>", escape(note));
    }
    html.push_str("</body></html>");
    let page = dir.path().join("reading.html");
    std::fs::write(&page, html).unwrap();
    let texts = |r: &lectern::reading::Reading| -> Vec<String> {
        r.prompts().map(|p| p.full_text()).collect()
    };
    // Printed to PDF, and saved as a Word document (its lists as Word numbering): both import
    // as the reading itself.
    for to in ["pdf", "docx:MS Word 2007 XML"] {
        let file = convert(&page, to);
        let markdown = lectern::import::file_to_markdown(&file).unwrap().unwrap();
        let r = lectern::import::reading_of(&file, &markdown);
        assert_eq!(r.title, original.title, "{to}: {markdown}");
        assert_eq!(texts(&r), texts(&original), "{to}: {markdown}");
        assert_eq!(r.article, original.article, "{to}: {markdown}");
    }
}
