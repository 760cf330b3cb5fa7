//! The sheet as a Word document (DOCX) that opens in Word and LibreOffice: sections as
//! headings, prompts styled apart from the answers, the student and the reading in the page
//! header. Student text goes in as text runs, so nothing in it is read as markup.

use crate::files::FileError;
use docx_rs::{
    AlignmentType, Docx, Header, LineSpacing, LineSpacingType, Paragraph, Run, Style, StyleType,
};

use super::{BlockKind, Part, SheetItem, SheetLabels, StudySheet, one_line};

pub fn render(sheet: &StudySheet) -> Result<Vec<u8>, FileError> {
    let header = Header::new().add_paragraph(para("Meta", &sheet.running_head()));
    // docx-rs writes the package (styles, header, settings, the section's page) around a body
    // written here, straight into the bytes of `word/document.xml`: docx-rs keeps some 2.4 KB
    // for each paragraph it is given, which made a class sheet's Word file take 20 times its
    // text in memory.
    let mut xml = styles(Docx::new()).header(header).build();
    let mut body = Body::within(std::mem::take(&mut xml.document))?;
    for part in sheet.parts() {
        match part {
            Part::Title(title) => body.line("Title", &title, false),
            Part::Details(details) => {
                for (label, value) in details {
                    body.line("Meta", &format!("{label}: {value}"), false);
                }
            }
            Part::Heading { title, description } => {
                body.line("Heading1", &title, true);
                if let Some(description) = description {
                    body.text("PromptText", description, false);
                }
            }
            Part::Item(item) => item_docx(&mut body, item, &sheet.labels),
            Part::Comment {
                heading,
                paragraphs,
            } => {
                body.line("EvidenceTitle", heading, true);
                for p in paragraphs {
                    body.text("Quote", p, false);
                }
            }
            Part::Chart(chart) => {
                // Word gets the figures: a chart drawn in Word would need its own drawing
                // part, and the figures say the same to a reader.
                let language = sheet.labels.language;
                body.line("Heading2", &chart.title(language), true);
                let (legend, rows) = chart.in_words(language);
                if let Some(legend) = legend {
                    body.line("WordCount", &legend, true);
                }
                for row in rows {
                    body.line("Meta", &row, false);
                }
            }
            Part::Highlights(group) => {
                body.line("Heading2", &group.colour, true);
                for quote in &group.quotes {
                    body.text("Quote", &quote.display(), false);
                }
            }
        }
    }
    xml.document = body.finish();
    // The package is the parts stored one after another: room for them all at once.
    let size = xml.document.len() + xml.styles.len() + 64 * 1024;
    let mut bytes = std::io::Cursor::new(Vec::with_capacity(size));
    xml.pack(&mut bytes).map_err(|e| not_made(e.to_string()))?;
    Ok(bytes.into_inner())
}

/// A Word file that could not be made: a fault in Lectern or docx-rs, said to the student as
/// such; `detail` is kept for a bug report.
fn not_made(detail: String) -> FileError {
    FileError::SheetNotMade {
        format: "Word (.docx)",
        detail,
    }
}

fn item_docx(body: &mut Body, item: &SheetItem, labels: &SheetLabels) {
    body.line("Heading2", &item.heading(), true);
    if item.title.is_some() {
        body.text("PromptText", &item.prompt, true);
    }
    if item.is_answered() {
        for paragraph in &item.answer {
            body.text("Answer", paragraph, false);
        }
        body.line("WordCount", &item.words_text(labels.language), false);
    } else {
        body.line("Unanswered", &labels.not_answered, false);
    }
    if !item.citations.is_empty() {
        body.line("EvidenceTitle", &labels.evidence, true);
        for quote in &item.citations {
            body.text("Quote", &quote.display(), false);
        }
    }
}

/// A one-line paragraph for the page header, which docx-rs writes.
fn para(style: &str, text: &str) -> Paragraph {
    let text: String = one_line(text).chars().filter(|&c| is_xml_char(c)).collect();
    Paragraph::new()
        .style(style)
        .add_run(Run::new().add_text(text))
}

/// The body of `word/document.xml`, written paragraph by paragraph into the document docx-rs
/// made without one: each paragraph a style, perhaps "keep with next", and one run of text.
struct Body {
    xml: Vec<u8>,
    /// What follows the paragraphs: the section's properties, the end of the document.
    rest: Vec<u8>,
}

impl Body {
    /// The body of `document`, an empty document as docx-rs writes it.
    fn within(mut document: Vec<u8>) -> Result<Body, FileError> {
        const OPEN: &[u8] = b"<w:body>";
        let at = document
            .windows(OPEN.len())
            .position(|w| w == OPEN)
            .ok_or_else(|| not_made("docx-rs wrote no body".to_owned()))?;
        let rest = document.split_off(at + OPEN.len());
        Ok(Body {
            xml: document,
            rest,
        })
    }

    /// A paragraph of one line (a title, a heading, a detail): any line break in `text` is a
    /// space.
    fn line(&mut self, style: &str, text: &str, keep_next: bool) {
        self.paragraph(style, keep_next, [one_line(text).as_ref()]);
    }

    /// A paragraph whose single line breaks are kept as line breaks.
    fn text(&mut self, style: &str, text: &str, keep_next: bool) {
        self.paragraph(style, keep_next, text.lines());
    }

    fn paragraph<'a>(
        &mut self,
        style: &str,
        keep_next: bool,
        lines: impl IntoIterator<Item = &'a str>,
    ) {
        let xml = &mut self.xml;
        xml.extend_from_slice(b"<w:p><w:pPr><w:pStyle w:val=\"");
        escape_into(xml, style);
        xml.extend_from_slice(b"\"/>");
        if keep_next {
            xml.extend_from_slice(b"<w:keepNext/>");
        }
        xml.extend_from_slice(b"</w:pPr><w:r>");
        for (i, line) in lines.into_iter().enumerate() {
            if i > 0 {
                xml.extend_from_slice(b"<w:br w:type=\"textWrapping\"/>");
            }
            xml.extend_from_slice(b"<w:t xml:space=\"preserve\">");
            escape_into(xml, line);
            xml.extend_from_slice(b"</w:t>");
        }
        xml.extend_from_slice(b"</w:r></w:p>");
    }

    fn finish(mut self) -> Vec<u8> {
        self.xml.append(&mut self.rest);
        self.xml
    }
}

/// Whether XML 1.0 allows `c` in a document. Sheet text is [`super::Clean`] already; this is
/// the last word, so no character can make the file one Word and LibreOffice refuse.
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// `text` as XML character data (also fit for a quoted attribute).
fn escape_into(xml: &mut Vec<u8>, text: &str) {
    let mut buf = [0; 4];
    for c in text.chars() {
        match c {
            '&' => xml.extend_from_slice(b"&amp;"),
            '<' => xml.extend_from_slice(b"&lt;"),
            '>' => xml.extend_from_slice(b"&gt;"),
            '"' => xml.extend_from_slice(b"&quot;"),
            c if is_xml_char(c) => xml.extend_from_slice(c.encode_utf8(&mut buf).as_bytes()),
            _ => {}
        }
    }
}

/// A style with the spacing of `kind` (the PDF's, `BlockKind::space`) and lines 1.32 apart, as
/// the PDF sets them, so the Word sheet reads as airily. Word counts space in twentieths of a
/// point and line heights in 240ths of a line.
fn spaced(style: Style, kind: BlockKind) -> Style {
    let (before, after) = kind.space();
    let twips = |points: f32| (points * 20.0).round() as u32;
    style.line_spacing(
        LineSpacing::new()
            .line_rule(LineSpacingType::Auto)
            .line(317)
            .before(twips(before))
            .after(twips(after)),
    )
}

/// Sizes are in half-points. Headings carry an outline level, so Word's navigation pane and
/// LibreOffice's navigator list them, and their built-in names ("heading 1"), so a localised
/// Word still knows them for headings.
fn styles(doc: Docx) -> Docx {
    let paragraph = |id: &str, name: &str| Style::new(id, StyleType::Paragraph).name(name);
    doc.add_style(spaced(
        paragraph("Title", "Title").size(40).bold(),
        BlockKind::Title,
    ))
    .add_style(spaced(
        paragraph("Meta", "Sheet details").size(19).color("646464"),
        BlockKind::Meta,
    ))
    .add_style(spaced(
        paragraph("Heading1", "heading 1")
            .size(28)
            .bold()
            .color("1F3A5F")
            .outline_lvl(0),
        BlockKind::Section,
    ))
    .add_style(spaced(
        paragraph("Heading2", "heading 2")
            .size(23)
            .bold()
            .color("2B5B84")
            .outline_lvl(1),
        BlockKind::Prompt,
    ))
    .add_style(spaced(
        paragraph("PromptText", "Prompt text")
            .size(23)
            .italic()
            .color("3C3C3C"),
        BlockKind::PromptText,
    ))
    .add_style(spaced(
        paragraph("Answer", "Answer")
            .size(23)
            .align(AlignmentType::Both),
        BlockKind::Answer,
    ))
    .add_style(spaced(
        paragraph("WordCount", "Word count")
            .size(17)
            .color("646464"),
        BlockKind::Words,
    ))
    .add_style(spaced(
        paragraph("EvidenceTitle", "Evidence heading")
            .size(17)
            .bold()
            .color("646464")
            .indent(Some(280), None, None, None),
        BlockKind::EvidenceTitle,
    ))
    .add_style(spaced(
        paragraph("Quote", "Quote")
            .size(21)
            .italic()
            .color("282828")
            .indent(Some(440), None, None, None),
        BlockKind::Quote,
    ))
    .add_style(spaced(
        paragraph("Unanswered", "Not answered")
            .size(23)
            .italic()
            .color("646464"),
        BlockKind::Unanswered,
    ))
}

/// The text of a DOCX written by [`render`], a paragraph a line (for tests and checks).
pub fn text_of(bytes: &[u8]) -> Result<String, crate::files::ImportProblem> {
    let doc = docx_rs::read_docx(bytes).map_err(|_| crate::files::ImportProblem::NotWord)?;
    let mut out = String::new();
    for child in &doc.document.children {
        if let docx_rs::DocumentChild::Paragraph(p) = child {
            for pc in &p.children {
                if let docx_rs::ParagraphChild::Run(run) = pc {
                    for rc in &run.children {
                        match rc {
                            docx_rs::RunChild::Text(t) => out.push_str(&t.text),
                            docx_rs::RunChild::Break(_) => out.push('\n'),
                            _ => {}
                        }
                    }
                }
            }
            out.push('\n');
        }
    }
    Ok(out)
}
