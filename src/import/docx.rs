//! Word (`.docx`) to reading Markdown: paragraphs, headings (from the style's outline level or
//! name, never its id, which localised Word versions rename: "Überschrift1", "Заголовок1"),
//! bold and italic, and lists. Word keeps a list's numbers out of the text, so they are
//! worked out as Word does (`numbering.rs`: from the paragraph, its style or the styles that
//! one is based on) and written so the parser finds the questions: a numbered item in digits
//! as `1.`, `2.`…, a bullet as `-`, and any other item — lettered sub-questions, "(ii)",
//! "1.2." — as a bullet carrying the label Word draws, nested under the item above it when
//! Word draws it so (a deeper level, or another list indented further). Tables come out as
//! their cells' paragraphs, in reading order. Only the body is read: headers, footers,
//! footnotes and comments live in other parts of the file.

mod numbering;

use docx_rs::{DocumentChild, Docx, Paragraph, ParagraphChild, RunChild, TableCellContent};
use numbering::{Format, Item, ListKey, Numbering};

/// The reading Markdown of the Word document in `bytes`.
pub fn to_markdown(bytes: &[u8]) -> Result<String, crate::files::ImportProblem> {
    // docx-rs panics on some damaged files (a zip member with a bad checksum): caught here
    // and said, until importers run in a process of their own (issue 12).
    let doc = match std::panic::catch_unwind(|| docx_rs::read_docx(bytes)) {
        Ok(Ok(doc)) => doc,
        // docx-rs's own words name its parser's types, not anything a teacher can do.
        Ok(Err(_)) | Err(_) => return Err(crate::files::ImportProblem::NotWord),
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
    numbering: Numbering<'a>,
    /// The list and indent of the last top-level list item, while the items after it may be
    /// drawn under it: another list indented further ("List Number 2" under "List Number").
    open: Option<(ListKey, i32)>,
}

impl<'a> Writer<'a> {
    fn new(doc: &'a Docx) -> Writer<'a> {
        Writer {
            doc,
            out: Vec::new(),
            numbering: Numbering::new(&doc.styles, &doc.numberings),
            open: None,
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
        // Counted first: Word gives an empty list paragraph, or a numbered heading, its number.
        let item = self.numbering.next(&p.property);
        let text = inline(&p.children);
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        let line = if let Some(level) = self.heading_level(p) {
            self.open = None;
            format!("{} {}", "#".repeat(level), super::strip_emphasis(text))
        } else if let Some(item) = item {
            self.list_line(&item, text)
        } else {
            self.open = None;
            text.to_owned()
        };
        self.out.push(line);
    }

    /// A list item's line: `N. text` for a top-level item numbered in digits (the parser's
    /// questions), `- text` for a bullet, `- b) text` for any other label, indented two
    /// spaces a level so the parser keeps sub-items under their question.
    fn list_line(&mut self, item: &Item, text: &str) -> String {
        let under_open = self.open.is_some_and(|(list, indent)| {
            item.level == 0 && item.list != list && item.indent > indent
        });
        let depth = item.level + usize::from(under_open);
        if depth == 0 {
            self.open = Some((item.list, item.indent));
        }
        let pad = "  ".repeat(depth);
        match item.format {
            Format::Bullet => format!("{pad}- {text}"),
            // The parser reads one to three digits as a number.
            Format::Decimal if depth == 0 && item.number <= 999 => {
                format!("{}. {text}", item.number)
            }
            // "none" draws no number, only the level text's words, if any.
            Format::None if item.label.is_empty() => format!("{pad}{text}"),
            Format::None => format!("{pad}{} {text}", item.label),
            _ if item.label.is_empty() => format!("{pad}- {text}"),
            _ => format!("{pad}- {} {text}", item.label),
        }
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
                out.push_str(&super::emphasise(
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
    crate::reading::collapse_whitespace(&out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use docx_rs::{
        AbstractNumbering, IndentLevel, Level, LevelJc, LevelText, NumberFormat, NumberingId,
        NumberingProperty, ParagraphProperty, Run, Start, Style, StyleType,
    };

    fn markdown(doc: &Docx) -> String {
        let mut writer = Writer::new(doc);
        for child in &doc.document.children {
            writer.child(child);
        }
        writer.finish()
    }

    fn para(text: &str) -> Paragraph {
        Paragraph::new().add_run(Run::new().add_text(text))
    }

    fn level(ilvl: usize, format: &str, text: &str, indent: i32) -> Level {
        let level = Level::new(
            ilvl,
            Start::new(1),
            NumberFormat::new(format),
            LevelText::new(text),
            LevelJc::new("left"),
        );
        // Read from a file, a level's indent is in its paragraph properties.
        Level {
            paragraph_property: ParagraphProperty::new().indent(Some(indent), None, None, None),
            ..level
        }
    }

    /// A paragraph style that puts its paragraphs in list `num`, as "List Number" does.
    fn list_style(id: &str, name: &str, num: usize) -> Style {
        let mut style = Style::new(id, StyleType::Paragraph).name(name);
        style.paragraph_property = ParagraphProperty::new()
            .numbering_property(NumberingProperty::new().id(NumberingId::new(num)));
        style
    }

    /// Word's "List Number" (list 10) and "List Number 2" (list 11, drawn further in), and a
    /// list of numbered questions with lettered parts (list 12).
    fn handout() -> Docx {
        Docx::new()
            .add_style(list_style("ListNumber", "List Number", 10))
            .add_style(list_style("ListNumber2", "List Number 2", 11))
            .add_abstract_numbering(
                AbstractNumbering::new(10).add_level(level(0, "decimal", "%1.", 360)),
            )
            .add_abstract_numbering(
                AbstractNumbering::new(11).add_level(level(0, "decimal", "%1.", 720)),
            )
            .add_abstract_numbering(
                AbstractNumbering::new(12)
                    .add_level(level(0, "decimal", "Question %1:", 360))
                    .add_level(level(1, "lowerLetter", "%2)", 720)),
            )
            .add_numbering(docx_rs::Numbering::new(10, 10))
            .add_numbering(docx_rs::Numbering::new(11, 11))
            .add_numbering(docx_rs::Numbering::new(12, 12))
    }

    #[test]
    fn items_numbered_by_their_style_become_numbered_questions() {
        let doc = handout()
            .add_paragraph(para("Why?").style("ListNumber"))
            .add_paragraph(para("Explain the map.").style("ListNumber"));
        assert_eq!(markdown(&doc), "1. Why?\n\n2. Explain the map.\n");
    }

    #[test]
    fn lettered_parts_stay_under_their_question_with_their_letters() {
        let item = |text: &str, ilvl: usize| {
            para(text).numbering(NumberingId::new(12), IndentLevel::new(ilvl))
        };
        let doc = handout()
            .add_paragraph(item("Answer:", 0))
            .add_paragraph(item("when?", 1))
            .add_paragraph(item("where?", 1))
            .add_paragraph(item("Why?", 0));
        assert_eq!(
            markdown(&doc),
            "1. Answer:\n\n  - a) when?\n\n  - b) where?\n\n2. Why?\n"
        );
    }

    #[test]
    fn a_list_drawn_further_in_stays_under_the_item_above_it() {
        let doc = handout()
            .add_paragraph(para("Why?").style("ListNumber"))
            .add_paragraph(para("Name it.").style("ListNumber2"))
            .add_paragraph(para("How?").style("ListNumber"))
            .add_paragraph(para("Read this."))
            .add_paragraph(para("Alone.").style("ListNumber2"));
        assert_eq!(
            markdown(&doc),
            "1. Why?\n\n  - 1. Name it.\n\n2. How?\n\nRead this.\n\n2. Alone.\n"
        );
    }

    #[test]
    fn bullets_stay_bullets_and_letters_keep_their_labels() {
        let doc = Docx::new()
            .add_abstract_numbering(
                AbstractNumbering::new(20).add_level(level(0, "bullet", "•", 360)),
            )
            .add_abstract_numbering(AbstractNumbering::new(21).add_level(level(
                0,
                "upperLetter",
                "%1.",
                360,
            )))
            .add_numbering(docx_rs::Numbering::new(20, 20))
            .add_numbering(docx_rs::Numbering::new(21, 21))
            .add_paragraph(para("dams").numbering(NumberingId::new(20), IndentLevel::new(0)))
            .add_paragraph(para("first").numbering(NumberingId::new(21), IndentLevel::new(0)))
            .add_paragraph(para("second").numbering(NumberingId::new(21), IndentLevel::new(0)));
        assert_eq!(markdown(&doc), "- dams\n\n- A. first\n\n- B. second\n");
    }

    #[test]
    fn an_empty_list_paragraph_takes_its_number_as_word_draws_it() {
        let doc = handout()
            .add_paragraph(para("Why?").style("ListNumber"))
            .add_paragraph(para("").style("ListNumber"))
            .add_paragraph(para("How?").style("ListNumber"));
        assert_eq!(markdown(&doc), "1. Why?\n\n3. How?\n");
    }

    #[test]
    fn headers_footers_footnotes_and_comments_are_not_the_article() {
        use docx_rs::{Comment, Footer, Footnote, Header};
        let aside = |text: &str| para(text);
        // docx-rs 0.4 reads no footnotes at all; this one is here for the day it does.
        let footnote = Footnote::new().add_content(aside("A footnote's words."));
        let doc = Docx::new()
            .header(Header::new().add_paragraph(aside("Grade 9 · Unit 4")))
            .footer(Footer::new().add_paragraph(aside("Page 1 of 2")))
            .add_paragraph(
                Paragraph::new()
                    .add_comment_start(
                        Comment::new(1)
                            .author("Teacher")
                            .add_paragraph(aside("A comment's words.")),
                    )
                    .add_run(Run::new().add_text("The river feeds the lake."))
                    .add_comment_end(1)
                    .add_run(Run::new().add_footnote_reference(footnote)),
            );
        let mut bytes = std::io::Cursor::new(Vec::new());
        doc.build().pack(&mut bytes).unwrap();
        let markdown = to_markdown(&bytes.into_inner()).unwrap();
        assert_eq!(markdown, "The river feeds the lake.\n");
    }
}
