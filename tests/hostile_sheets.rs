//! Sheets made of text a student (or a hand-in file) chose: characters XML forbids, names that
//! try to start lines of their own, CSV cells that try to be formulas, a word too long for a
//! line. Whatever goes in, every format stays what it says it is (issue 25).

use lectern::answers::AnswerSheet;
use lectern::collect::Group;
use lectern::export::{Clean, Format, StudySheet};
use lectern::reading::{self, Reading};

fn seed() -> Reading {
    reading::BUNDLED[0].parse()
}

fn answers(reading: &Reading, student: &str, texts: &[(&str, &str)]) -> AnswerSheet {
    let mut s = AnswerSheet::new(reading);
    s.student = student.to_owned();
    for (id, text) in texts {
        let prompt = reading.prompts().find(|p| p.id.as_str() == *id).unwrap();
        s.set_answer(prompt, text, "2026-11-28T10:00:00Z".parse().unwrap());
    }
    s
}

fn sheet(reading: &Reading, student: &str, texts: &[(&str, &str)]) -> StudySheet {
    StudySheet::build(reading, &answers(reading, student, texts), "2026-11-28")
}

/// A class of the given hand-ins of `reading`, as a class folder groups them.
fn class(reading: &Reading, hand_ins: Vec<AnswerSheet>) -> Group {
    let hand_ins = hand_ins.into_iter().enumerate();
    let mut group = lectern::generate::group_of(
        reading,
        hand_ins
            .map(|(n, sheet)| lectern::generate::hand_in(n, sheet))
            .collect(),
    );
    group.reading = None; // As on a teacher's computer without the reading.
    group
}

// ---------------------------------------------------------------------------------------------
// Characters XML 1.0 forbids.

/// The members of a zip file written by docx-rs (stored, not compressed), by name: read from
/// the central directory, as `unzip` does.
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let u16_at = |at: usize| u16::from_le_bytes([bytes[at], bytes[at + 1]]) as usize;
    let u32_at = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
    let end = (0..bytes.len() - 21)
        .rev()
        .find(|&i| bytes[i..].starts_with(b"PK\x05\x06"))
        .expect("a zip's end record");
    let (count, mut at) = (u16_at(end + 10), u32_at(end + 16));
    let mut members = Vec::new();
    for _ in 0..count {
        assert!(bytes[at..].starts_with(b"PK\x01\x02"), "a central record");
        let method = u16_at(at + 10);
        let size = u32_at(at + 20);
        let (name_len, extra, comment) = (u16_at(at + 28), u16_at(at + 30), u16_at(at + 32));
        let local = u32_at(at + 42);
        let name = String::from_utf8(bytes[at + 46..at + 46 + name_len].to_vec()).unwrap();
        at += 46 + name_len + extra + comment;
        if name.ends_with('/') {
            continue;
        }
        assert_eq!(method, 0, "{name} is stored, as docx-rs writes it");
        let data = local + 30 + u16_at(local + 26) + u16_at(local + 28);
        members.push((name, bytes[data..data + size].to_vec()));
    }
    members
}

/// Whether `xml` is XML 1.0 a strict parser (LibreOffice's libxml2, expat) reads: UTF-8, only
/// the characters the `Char` production allows, and well formed.
fn parses_as_xml(xml: &[u8]) -> Result<(), String> {
    let text = std::str::from_utf8(xml).map_err(|e| e.to_string())?;
    if let Some(bad) = text.chars().find(|&c| {
        !matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
    }) {
        return Err(format!("U+{:04X} is not an XML character", bad as u32));
    }
    let mut reader = docx_rs::EventReader::new(xml);
    loop {
        match reader.next_event() {
            Ok(docx_rs::XmlEvent::EndDocument) => return Ok(()),
            Ok(_) => {}
            Err(e) => return Err(format!("not well formed: {e}")),
        }
    }
}

fn every_part_parses(docx: &[u8], what: &str) {
    let members = unzip(docx);
    assert!(members.iter().any(|(n, _)| n == "word/document.xml"));
    for (name, xml) in members.iter().filter(|(n, _)| n.ends_with(".xml")) {
        if let Err(e) = parses_as_xml(xml) {
            panic!("{what}: {name} does not parse: {e}");
        }
    }
}

/// Characters a hand-in can hold that no XML document may: U+FFFE and U+FFFF, C0 controls (a
/// form feed, a vertical tab, ESC), and what XML asks be left out (C1 controls, other
/// noncharacters). (U+0085, the C1 line break, is a line break: see [`NAME`].)
const NOT_XML: &str = "\u{FFFE}\u{FFFF}\u{C}\u{B}\u{1B}\u{80}\u{9F}\u{FDD0}\u{1FFFF}";

#[test]
fn characters_xml_forbids_never_reach_the_word_file() {
    let r = seed();
    let s = sheet(
        &r,
        &format!("Ali{NOT_XML}ya"),
        &[(
            "Q1",
            &format!("Before{NOT_XML}after.\n\nA second{NOT_XML} paragraph."),
        )],
    );
    let docx = s.to_bytes(Format::Docx).unwrap();
    every_part_parses(&docx, "the student's sheet");
    let text = lectern::export::docx::text_of(&docx).unwrap();
    assert!(text.contains("Aliya"), "{text}");
    assert!(text.contains("Beforeafter."), "{text}");
}

#[test]
fn characters_xml_forbids_never_reach_the_class_sheet() {
    let r = seed();
    let good = answers(&r, "Bolat", &[("Q1", "Trade matters.")]);
    let bad = answers(
        &r,
        &format!("Mal{NOT_XML}lory"),
        &[("Q1", &format!("One{NOT_XML}hand-in")), ("Q2", "\u{FFFF}")],
    );
    let docx = class(&r, vec![good, bad])
        .class_sheet(Format::Docx, "2026-11-28")
        .unwrap();
    every_part_parses(&docx, "the class sheet");
    let text = lectern::export::docx::text_of(&docx).unwrap();
    assert!(text.contains("Trade matters.") && text.contains("Onehand-in"));
}

#[test]
fn no_format_carries_characters_xml_forbids() {
    let r = seed();
    let s = sheet(
        &r,
        &format!("A{NOT_XML}B"),
        &[("Q1", &format!("x{NOT_XML}y"))],
    );
    for format in [Format::Html, Format::Markdown, Format::Text] {
        let out = s.render(format);
        assert!(
            parses_as_xml(out.replace(['<', '>', '&'], " ").as_bytes()).is_ok(),
            "{format:?} keeps a character XML forbids"
        );
        assert!(out.contains("AB") && out.contains("xy"), "{format:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// One-line fields stay on one line.

/// A name that, written across lines, would make a heading, a list, a fake progress line and
/// a fake grade.
const NAME: &str =
    "Aliya\n# Grade: A\r\n- Answered: 10 of 10\u{2028}Date: 2000-01-01\u{2029}\t\u{85}1. Top";

/// The same sheet with every one-line field hostile: the student, the title, the source, a
/// section's title and the date.
fn hostile_sheet() -> StudySheet {
    let r = seed();
    let mut s = sheet(&r, NAME, &[("Q1", "An honest answer.")]);
    s.title = Clean::new("The title\n## Injected section");
    s.source = Some(Clean::new("A source\n* a bullet"));
    s.sections[0].title = Clean::new("Section\n# Injected heading");
    s.date = "2026-11-28\nDate: 1999-01-01".to_owned();
    s
}

/// What the name folded to one line reads as.
const FOLDED: &str = "Aliya # Grade: A - Answered: 10 of 10 Date: 2000-01-01 1. Top";

fn no_line_starts_with_injected(text: &str, format: Format) {
    for line in text.lines() {
        let line = line.trim_start_matches([' ', '\u{2028}', '\u{2029}']);
        for injected in [
            "# Grade",
            "Grade: A",
            "- Answered",
            "Answered: 10",
            "Date: 2000",
            "Date: 1999",
            "1. Top",
            "## Injected",
            "Injected",
            "* a bullet",
            "# Injected",
        ] {
            assert!(
                !line.starts_with(injected),
                "{format:?}: a one-line field started a line of its own: {line:?}\n{text}"
            );
        }
    }
}

#[test]
fn one_line_fields_stay_on_one_line_in_plain_text() {
    let s = hostile_sheet();
    let txt = s.render(Format::Text);
    no_line_starts_with_injected(&txt, Format::Text);
    assert!(
        txt.lines().any(|l| l == format!("Student: {FOLDED}")),
        "{txt}"
    );
    assert!(txt.lines().any(|l| l == "The title ## Injected section"));
    assert!(txt.lines().any(|l| l == "Source: A source * a bullet"));
    assert!(
        txt.lines()
            .any(|l| l == "Date: 2026-11-28 Date: 1999-01-01")
    );
    assert!(txt.lines().any(|l| l == "Section # Injected heading"));
    assert!(!txt.contains(['\u{2028}', '\u{2029}', '\t']));
}

#[test]
fn one_line_fields_stay_on_one_line_in_markdown_and_start_nothing() {
    let s = hostile_sheet();
    let md = s.render(Format::Markdown);
    no_line_starts_with_injected(&md, Format::Markdown);
    assert!(!md.contains(['\u{2028}', '\u{2029}', '\t', '\r']));
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(&md));
    // One title, the sections' headings, a heading per prompt: nothing more.
    assert_eq!(html.matches("<h1>").count(), 1, "{html}");
    assert_eq!(html.matches("<h2>").count(), s.sections.len(), "{html}");
    for tag in ["<ul", "<ol", "<li", "<hr", "<em>Injected", "<pre"] {
        assert!(!html.contains(tag), "a one-line field made {tag}:\n{html}");
    }
    assert!(
        html.contains("<h1>The title ## Injected section</h1>"),
        "{html}"
    );
    assert!(html.contains(FOLDED), "{html}");
    assert!(
        html.contains("<h2>Section # Injected heading</h2>"),
        "{html}"
    );
}

/// The HTML a CommonMark renderer makes of the Markdown sheet of `sheet`, with a name, title
/// and first section title of `field`.
fn markdown_html(field: &str) -> String {
    let r = seed();
    let mut s = sheet(&r, field, &[]);
    s.title = Clean::new(field);
    s.sections[0].title = Clean::new(field);
    let md = s.render(Format::Markdown);
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(&md));
    html
}

#[test]
fn a_name_cannot_start_a_markdown_heading_or_list_however_it_begins() {
    // The sheet's own structure, with a name that is only letters.
    let plain = markdown_html("Aliya");
    let tags = [
        "<h1",
        "<h2",
        "<h3",
        "<ul",
        "<ol",
        "<li",
        "<blockquote",
        "<hr",
        "<pre",
        "<div",
        "<table",
        "<code",
        "<em",
        "<strong",
        "<a ",
        "<img",
    ];
    for field in [
        "# Grade: A",
        "## Grade: A",
        "- item",
        "+ item",
        "* item",
        "1. item",
        "1) item",
        "> quoted",
        "=====",
        "    indented",
        "\tindented",
        "---",
        "***",
        "<div>",
        "| a | b |",
        "```",
        "~~~",
        "[x]: http://x",
        "![x](y)",
        "Aliya\n# Grade: A",
        "Aliya\n- Answered: 10 of 10",
        "Aliya\n===",
        "Aliya\u{2028}# Grade",
    ] {
        let html = markdown_html(field);
        for tag in tags {
            assert_eq!(
                html.matches(tag).count(),
                plain.matches(tag).count(),
                "{field:?} changed the sheet's {tag}:\n{html}"
            );
        }
    }
}

#[test]
fn one_line_fields_stay_on_one_line_in_html() {
    let s = hostile_sheet();
    let html = s.render(Format::Html);
    assert!(!html.contains(['\u{2028}', '\u{2029}', '\t', '\r']));
    let inside = |open: &str, close: &str| -> Vec<String> {
        html.split(open)
            .skip(1)
            .map(|rest| rest[..rest.find(close).unwrap()].to_owned())
            .collect()
    };
    for (open, close) in [
        ("<title>", "</title>"),
        ("<h1>", "</h1>"),
        ("<dd>", "</dd>"),
        ("<h2>", "</h2>"),
        ("<h3>", "</h3>"),
        ("<meta name=\"author\" content=\"", "\""),
    ] {
        for value in inside(open, close) {
            assert!(!value.contains('\n'), "{open}{value}{close}");
        }
    }
    assert!(html.contains(&format!("<dd>{FOLDED}</dd>")), "{html}");
}

#[test]
fn one_line_fields_stay_on_one_line_in_word() {
    let s = hostile_sheet();
    let docx = s.to_bytes(Format::Docx).unwrap();
    let text = lectern::export::docx::text_of(&docx).unwrap();
    no_line_starts_with_injected(&text, Format::Docx);
    assert!(
        text.lines().any(|l| l == format!("Student: {FOLDED}")),
        "{text}"
    );
    assert!(text.lines().any(|l| l == "The title ## Injected section"));
    // The page header too.
    let header = unzip(&docx)
        .into_iter()
        .find(|(n, _)| n.starts_with("word/header"))
        .expect("a page header")
        .1;
    let header = String::from_utf8(header).unwrap();
    assert!(
        header.contains(&format!("{FOLDED} — The title ## Injected section")),
        "{header}"
    );
}

#[test]
fn one_line_fields_stay_on_one_line_in_the_pdf() {
    let s = hostile_sheet();
    let pdf = s.to_bytes(Format::Pdf).unwrap();
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    no_line_starts_with_injected(&text, Format::Pdf);
    assert!(
        text.lines()
            .any(|l| l.contains(&format!("Student: {FOLDED}"))),
        "{text}"
    );
    assert!(text.contains(&format!("{FOLDED} — The title ## Injected section")));
}

#[test]
fn a_class_sheet_keeps_each_name_and_prompt_on_one_line() {
    let r = seed();
    let mallory = answers(&r, NAME, &[("Q1", "Mine.")]);
    let bolat = answers(&r, "Bolat", &[("Q1", "Trade.")]);
    let mut group = class(&r, vec![mallory, bolat]);
    group.prompts[0].1 = "A prompt\n# Injected".to_owned();
    for format in Format::TEXT {
        let out = String::from_utf8(group.class_sheet(format, "2026-11-28").unwrap()).unwrap();
        no_line_starts_with_injected(&out, format);
        let shown = match format {
            Format::Markdown => lectern::export::escape::markdown(FOLDED),
            _ => FOLDED.to_owned(),
        };
        assert!(out.contains(&shown), "{format:?}:\n{out}");
    }
    let docx = group.class_sheet(Format::Docx, "2026-11-28").unwrap();
    let text = lectern::export::docx::text_of(&docx).unwrap();
    no_line_starts_with_injected(&text, Format::Docx);
    assert!(text.lines().any(|l| l == FOLDED), "{text}");
}

// ---------------------------------------------------------------------------------------------
// CSV cells.

/// The cells of one CSV row (RFC 4180: quoted cells may hold commas, quotes and line breaks).
fn cells(row: &str) -> Vec<String> {
    let (mut cells, mut cell, mut quoted, mut chars) =
        (vec![], String::new(), false, row.chars().peekable());
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => cells.push(std::mem::take(&mut cell)),
            c => cell.push(c),
        }
    }
    cells.push(cell);
    cells
}

#[test]
fn csv_cells_are_never_formulas_or_terminal_escapes() {
    let r = seed();
    // Hand-in file names are whatever the folder holds: the CSV's "file" column.
    let names = [
        "\tTAB=1+1.ron",
        "\r=1+1.ron",
        "=HYPERLINK(\"x\").ron",
        "+1.ron",
        "-1.ron",
        "@SUM(A1).ron",
        "\u{1b}=1+1 \u{1b}[31mred.ron",
        "\u{7}+x \u{1b}]0;title\u{7}.ron",
        "\u{9b}-x.ron",
    ];
    let mut group = class(
        &r,
        names
            .iter()
            .map(|_| answers(&r, "Aliya", &[("Q1", "An answer.")]))
            .collect(),
    );
    for (hand_in, name) in group.sheets.iter_mut().zip(names) {
        hand_in.path = name.into();
    }
    let csv = group.csv();
    assert!(
        !csv.chars()
            .any(|c| c.is_control() && !matches!(c, '\t' | '\r' | '\n')),
        "a control character reached the CSV: {csv:?}"
    );
    let rows: Vec<&str> = csv
        .split("\r\n")
        .skip(1)
        .filter(|r| !r.is_empty())
        .collect();
    assert_eq!(rows.len(), names.len(), "{csv:?}");
    for (row, name) in rows.iter().zip(names) {
        let file = &cells(row)[1];
        // A leading tab or carriage return stays, after the quote that makes it text.
        assert!(file.starts_with('\''), "{name:?} is not defused: {row:?}");
        assert!(
            !file.contains(['\u{1b}', '\u{7}', '\u{9b}']),
            "{name:?}: {row:?}"
        );
    }
}

/// LibreOffice itself opens the Word files: a student's sheet and a class sheet with a hand-in
/// full of characters XML forbids (one such hand-in once made the whole class sheet a file
/// LibreOffice would not open). Runs with `--features libreoffice-tests`.
#[cfg(feature = "libreoffice-tests")]
#[test]
fn libreoffice_opens_word_files_made_of_characters_xml_forbids() {
    let r = seed();
    let dir = tempfile::tempdir().unwrap();
    let student = sheet(
        &r,
        &format!("Ali{NOT_XML}ya"),
        &[("Q1", &format!("Before{NOT_XML}after."))],
    )
    .to_bytes(Format::Docx)
    .unwrap();
    let good = answers(&r, "Bolat", &[("Q1", "Trade matters.")]);
    let bad = answers(&r, "Mallory", &[("Q1", &format!("One{NOT_XML}hand-in"))]);
    let class_sheet = class(&r, vec![good, bad])
        .class_sheet(Format::Docx, "2026-11-28")
        .unwrap();
    for (name, bytes, expected) in [
        ("student.docx", student, "Beforeafter."),
        ("class.docx", class_sheet, "Onehand-in"),
    ] {
        let docx = dir.path().join(name);
        std::fs::write(&docx, bytes).unwrap();
        let out = std::process::Command::new("soffice")
            .arg(format!(
                "-env:UserInstallation=file://{}",
                dir.path().join("lo-profile").display()
            ))
            .args(["--headless", "--convert-to", "txt:Text", "--outdir"])
            .arg(dir.path())
            .arg(&docx)
            .output()
            .expect("soffice runs (apt-get install libreoffice-writer-nogui)");
        let text = std::fs::read_to_string(docx.with_extension("txt")).unwrap_or_else(|_| {
            panic!(
                "LibreOffice could not open {name}: {}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            )
        });
        assert!(text.contains(expected), "{name}: {text}");
        assert!(text.contains("Trade matters.") || name == "student.docx");
    }
}
