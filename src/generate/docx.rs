//! Word documents made up for tests and benchmarks: a reading as a teacher types it in Word,
//! with heading styles (named, as Word names them), bold section titles and numbered questions.

use docx_rs::{Docx, Paragraph, Run, Style, StyleType};

use crate::reading::{Block, Reading};

/// `reading` as a Word document.
pub fn reading_docx(reading: &Reading) -> Vec<u8> {
    let para = |t: &str| Paragraph::new().add_run(Run::new().add_text(t));
    let mut doc = Docx::new()
        .add_style(Style::new("Heading1", StyleType::Paragraph).name("heading 1"))
        .add_style(Style::new("Heading2", StyleType::Paragraph).name("heading 2"));
    doc = doc.add_paragraph(para(&reading.title).style("Heading1"));
    for block in &reading.article {
        doc = doc.add_paragraph(match block {
            Block::Heading(text) => para(text).style("Heading2"),
            Block::Paragraph { text, .. } => para(text),
        });
    }
    doc = doc.add_paragraph(para("Questions for discussion").style("Heading2"));
    for section in &reading.sections {
        let title = Paragraph::new().add_run(Run::new().add_text(&section.title).bold());
        doc = doc.add_paragraph(title);
        for (i, prompt) in section.prompts.iter().enumerate() {
            doc = doc.add_paragraph(para(&format!("{}. {}", i + 1, prompt.full_text())));
        }
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.build()
        .pack(&mut bytes)
        .expect("writing to memory works");
    bytes.into_inner()
}
