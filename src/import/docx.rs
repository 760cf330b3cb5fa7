//! Word (`.docx`) to reading Markdown: paragraphs, headings (from the style's outline level or
//! name, never its id, which localised Word versions rename: "Überschrift1", "Заголовок1"),
//! bold and italic, and lists. Word keeps a list's numbers out of the text, so they are
//! rebuilt (`1.`, `2.`… for numbered levels, `-` for bullets) and the parser finds the
//! questions. Tables come out as their cells' paragraphs, in reading order.

use std::collections::HashMap;

use docx_rs::{DocumentChild, Docx, Paragraph, ParagraphChild, RunChild, TableCellContent};

/// The reading Markdown of the Word document in `bytes`.
pub fn to_markdown(bytes: &[u8]) -> Result<String, String> {
    // docx-rs panics on some damaged files (a zip member with a bad checksum): caught here
    // and said, until importers run in a process of their own (issue 12).
    let doc = match std::panic::catch_unwind(|| docx_rs::read_docx(bytes)) {
        Ok(Ok(doc)) => doc,
        Ok(Err(e)) => return Err(format!("not a readable Word document: {e}")),
        Err(_) => return Err("not a readable Word document: it is damaged".to_owned()),
    };
    let mut writer = Writer::new(&doc);
    for child in &doc.document.children {
        writer.child(child);
    }
    Ok(writer.finish())
}

struct Writer<'a> {
    doc: &'a Docx,
    out: Vec<String>,
    /// The next number of each (list, level), so "1." follows on across other paragraphs.
    counters: HashMap<(usize, usize), usize>,
}

impl<'a> Writer<'a> {
    fn new(doc: &'a Docx) -> Writer<'a> {
        Writer {
            doc,
            out: Vec::new(),
            counters: HashMap::new(),
        }
    }

    fn child(&mut self, child: &DocumentChild) {
        match child {
            DocumentChild::Paragraph(p) => self.paragraph(p),
            DocumentChild::Table(table) => {
                for row in &table.rows {
                    let docx_rs::TableChild::TableRow(row) = row;
                    for cell in &row.cells {
                        let docx_rs::TableRowChild::TableCell(cell) = cell;
                        for content in &cell.children {
                            if let TableCellContent::Paragraph(p) = content {
                                self.paragraph(p);
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }

    fn paragraph(&mut self, p: &Paragraph) {
        let text = inline(&p.children);
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        let line = if let Some(level) = self.heading_level(p) {
            format!("{} {}", "#".repeat(level), strip_emphasis(text))
        } else if let Some(marker) = self.list_marker(p) {
            format!("{marker} {text}")
        } else {
            text.to_owned()
        };
        self.out.push(line);
    }

    /// 1 for a title or "heading 1", and so on: from the paragraph's own outline level, its
    /// style's, or its style's name.
    fn heading_level(&self, p: &Paragraph) -> Option<usize> {
        if let Some(level) = &p.property.outline_lvl {
            return Some((level.v + 1).min(6));
        }
        let id = &p.property.style.as_ref()?.val;
        let style = self.doc.styles.styles.iter().find(|s| &s.style_id == id)?;
        if let Some(level) = &style.paragraph_property.outline_lvl {
            return Some((level.v + 1).min(6));
        }
        if style.name.starts_with("Title") || style.name.starts_with("title") {
            return Some(1);
        }
        if style.name.is_heading() {
            return style.name.get_heading_number().map(|n| n.clamp(1, 6));
        }
        None
    }

    /// "1." (the list's next number) or "-", for a paragraph in a Word list.
    fn list_marker(&mut self, p: &Paragraph) -> Option<String> {
        let numbering = p.property.numbering_property.as_ref()?;
        let id = numbering.id.as_ref()?.id;
        if id == 0 {
            return None; // numId 0 means "no list" in Word.
        }
        let level = numbering.level.as_ref().map_or(0, |l| l.val);
        let format = self.format_of(id, level);
        if format.as_deref() == Some("bullet") {
            return Some(format!("{}-", "  ".repeat(level)));
        }
        // A new item at a level restarts the levels below it, as Word numbers them.
        self.counters
            .retain(|(list, l), _| *list != id || *l <= level);
        let n = self.counters.entry((id, level)).or_insert(0);
        *n += 1;
        Some(format!("{}{}.", "  ".repeat(level), n))
    }

    /// The number format ("decimal", "bullet"…) of `level` in list `id`.
    fn format_of(&self, id: usize, level: usize) -> Option<String> {
        let numberings = &self.doc.numberings;
        let abstract_id = numberings
            .numberings
            .iter()
            .find(|n| n.id == id)?
            .abstract_num_id;
        let abstract_num = numberings
            .abstract_nums
            .iter()
            .find(|a| a.id == abstract_id)?;
        abstract_num
            .levels
            .iter()
            .find(|l| l.level == level)
            .map(|l| l.format.val.clone())
    }

    fn finish(self) -> String {
        let mut text = self.out.join("\n\n");
        text.push('\n');
        text
    }
}

/// A paragraph's text with `**bold**` and `*italic*` runs.
fn inline(children: &[ParagraphChild]) -> String {
    let mut out = String::new();
    for child in children {
        match child {
            ParagraphChild::Run(run) => {
                let mut text = String::new();
                for rc in &run.children {
                    match rc {
                        RunChild::Text(t) => text.push_str(&t.text),
                        RunChild::Tab(_) => text.push(' '),
                        RunChild::Break(_) | RunChild::CarriageReturn(_) => text.push(' '),
                        _ => {}
                    }
                }
                let props = &run.run_property;
                out.push_str(&emphasise(
                    &text,
                    props.bold.is_some(),
                    props.italic.is_some(),
                ));
            }
            ParagraphChild::Hyperlink(link) => out.push_str(&inline(&link.children)),
            ParagraphChild::Insert(insert) => {
                for ic in &insert.children {
                    if let docx_rs::InsertChild::Run(run) = ic {
                        out.push_str(&inline(&[ParagraphChild::Run(run.clone())]));
                    }
                }
            }
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` marked bold and/or italic, the marks hugging the words (Markdown ignores `** x**`).
fn emphasise(text: &str, bold: bool, italic: bool) -> String {
    let marks = match (bold, italic) {
        (true, true) => "***",
        (true, false) => "**",
        (false, true) => "*",
        (false, false) => return text.to_owned(),
    };
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return text.to_owned();
    }
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    format!("{lead}{marks}{trimmed}{marks}{trail}")
}

/// A heading's text without emphasis marks: the whole heading is strong already.
fn strip_emphasis(text: &str) -> String {
    text.replace("***", "").replace("**", "")
}
