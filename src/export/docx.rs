//! The sheet as a Word document (DOCX) that opens in Word and LibreOffice: sections as
//! headings, prompts styled apart from the answers, the student and the reading in the page
//! header. Student text goes in as text runs, so nothing in it is read as markup.

use docx_rs::{
    AlignmentType, Docx, Header, LineSpacing, LineSpacingType, Paragraph, Run, Style, StyleType,
};

use super::{BlockKind, Part, SheetItem, SheetLabels, StudySheet};

pub fn render(sheet: &StudySheet) -> Result<Vec<u8>, String> {
    let header =
        Header::new().add_paragraph(Paragraph::new().style("Meta").add_run(
            Run::new().add_text(format!("{} — {}", sheet.student_or_blank(), sheet.title)),
        ));
    let mut doc = styles(Docx::new()).header(header);
    for part in sheet.parts() {
        doc = match part {
            Part::Title(title) => doc.add_paragraph(para("Title", title)),
            Part::Details(details) => details.iter().fold(doc, |doc, (label, value)| {
                doc.add_paragraph(para("Meta", &format!("{label}: {value}")))
            }),
            Part::Heading { title, description } => {
                let doc = doc.add_paragraph(para("Heading1", title).keep_next(true));
                match description {
                    Some(description) => doc.add_paragraph(text_para("PromptText", description)),
                    None => doc,
                }
            }
            Part::Item(item) => item_docx(doc, item, &sheet.labels),
            Part::Comment {
                heading,
                paragraphs,
            } => {
                let doc = doc.add_paragraph(para("EvidenceTitle", heading).keep_next(true));
                paragraphs
                    .iter()
                    .fold(doc, |doc, p| doc.add_paragraph(text_para("Quote", p)))
            }
            Part::Highlights(group) => {
                let doc = doc.add_paragraph(para("Heading2", &group.colour).keep_next(true));
                group.quotes.iter().fold(doc, |doc, quote| {
                    doc.add_paragraph(text_para("Quote", &quote.display()))
                })
            }
        };
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.build()
        .pack(&mut bytes)
        .map_err(|e| format!("could not build the Word document: {e}"))?;
    Ok(bytes.into_inner())
}

fn item_docx(mut doc: Docx, item: &SheetItem, labels: &SheetLabels) -> Docx {
    doc = doc.add_paragraph(para("Heading2", &item.heading()).keep_next(true));
    if item.title.is_some() {
        doc = doc.add_paragraph(text_para("PromptText", &item.prompt).keep_next(true));
    }
    if item.is_answered() {
        for paragraph in &item.answer {
            doc = doc.add_paragraph(text_para("Answer", paragraph));
        }
        doc = doc.add_paragraph(para("WordCount", &item.words_text(labels.language)));
    } else {
        doc = doc.add_paragraph(para("Unanswered", &labels.not_answered));
    }
    if !item.citations.is_empty() {
        doc = doc.add_paragraph(para("EvidenceTitle", &labels.evidence).keep_next(true));
        for quote in &item.citations {
            doc = doc.add_paragraph(text_para("Quote", &quote.display()));
        }
    }
    doc
}

fn para(style: &str, text: &str) -> Paragraph {
    Paragraph::new()
        .style(style)
        .add_run(Run::new().add_text(text))
}

/// A paragraph whose single line breaks are kept as line breaks.
fn text_para(style: &str, text: &str) -> Paragraph {
    let mut run = Run::new();
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            run = run.add_break(docx_rs::BreakType::TextWrapping);
        }
        run = run.add_text(line);
    }
    Paragraph::new().style(style).add_run(run)
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
pub fn text_of(bytes: &[u8]) -> Result<String, String> {
    let doc =
        docx_rs::read_docx(bytes).map_err(|e| format!("not a readable Word document: {e}"))?;
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
