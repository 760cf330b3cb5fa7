//! PDFs made up for tests and benchmarks: text placed where a word processor would place it,
//! in the standard Helvetica font, so the PDF importer meets lines, pages, running heads and
//! hyphenated words without a word processor at hand.

use pdf_extract::content::{Content, Operation};
use pdf_extract::{Document, Object, Stream, dictionary};

use crate::reading::{Block, Reading};

/// A4, in points.
const WIDTH: f64 = 595.0;
const HEIGHT: f64 = 842.0;
const LEFT: f64 = 72.0;
const TOP: f64 = 80.0;
const BOTTOM: f64 = 770.0;

/// A run of text on a page; `y` counts down from the page's top.
#[derive(Clone, Debug)]
pub struct Text {
    pub x: f64,
    pub y: f64,
    pub size: f64,
    pub text: String,
}

/// A PDF with `pages`, each holding its texts. Letters outside WinAnsi come out as `?` (the
/// standard fonts have no others).
pub fn pdf(pages: &[Vec<Text>]) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let resources_id = doc.add_object(dictionary! {
        "Font" => dictionary! { "F1" => font_id },
    });
    let mut kids: Vec<Object> = Vec::new();
    for texts in pages {
        let mut operations = Vec::new();
        for t in texts {
            operations.push(Operation::new("BT", vec![]));
            operations.push(Operation::new("Tf", vec!["F1".into(), t.size.into()]));
            operations.push(Operation::new(
                "Td",
                vec![t.x.into(), (HEIGHT - t.y).into()],
            ));
            let bytes: Vec<u8> = t.text.chars().map(win_ansi).collect();
            operations.push(Operation::new("Tj", vec![Object::string_literal(bytes)]));
            operations.push(Operation::new("ET", vec![]));
        }
        let content = Content { operations };
        let encoded = content.encode().expect("simple operations encode");
        let content_id = doc.add_object(Stream::new(dictionary! {}, encoded));
        let page_id = doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "Contents" => content_id,
        });
        kids.push(page_id.into());
    }
    let count = kids.len() as i64;
    let pages_dict = dictionary! {
        "Type" => "Pages",
        "Kids" => kids,
        "Count" => count,
        "Resources" => resources_id,
        "MediaBox" => vec![0.into(), 0.into(), WIDTH.into(), HEIGHT.into()],
    };
    doc.objects.insert(pages_id, Object::Dictionary(pages_dict));
    let catalog_id = doc.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages_id,
    });
    doc.trailer.set("Root", catalog_id);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("writing to memory works");
    bytes
}

/// A letter in the standard fonts' encoding (WinAnsi: Latin-1 and typographic marks).
fn win_ansi(c: char) -> u8 {
    match c {
        '€' => 0x80,
        '…' => 0x85,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '–' => 0x96,
        '—' => 0x97,
        c => u8::try_from(u32::from(c))
            .ok()
            .filter(|b| !(0x80..0xa0).contains(b))
            .unwrap_or(b'?'),
    }
}

/// `reading` laid out as a journal prints it: the title large, subheadings and section titles
/// larger than the text, paragraphs wrapped at about 80 letters (a long word broken with a
/// hyphen), a space between paragraphs, the journal's name at the top of every page and its
/// number at the bottom.
pub fn reading_pdf(reading: &Reading) -> Vec<u8> {
    let mut layout = Layout::default();
    layout.line(&reading.title, 20.0, 0.0);
    layout.gap(10.0);
    for block in &reading.article {
        match block {
            Block::Heading(text) => {
                layout.gap(8.0);
                layout.line(text, 14.0, 0.0);
            }
            Block::Paragraph { text, .. } => layout.paragraph(text, 11.0, 0.0),
        }
    }
    for section in &reading.sections {
        layout.gap(8.0);
        layout.line(&section.title, 14.0, 0.0);
        if let Some(description) = &section.description {
            layout.paragraph(description, 11.0, 0.0);
        }
        for (i, prompt) in section.prompts.iter().enumerate() {
            layout.paragraph(&format!("{}. {}", i + 1, prompt.full_text()), 11.0, 0.0);
        }
    }
    for note in &reading.notes {
        layout.paragraph(note, 11.0, 0.0);
    }
    layout.finish()
}

#[derive(Default)]
struct Layout {
    pages: Vec<Vec<Text>>,
    page: Vec<Text>,
    y: f64,
}

impl Layout {
    fn line(&mut self, text: &str, size: f64, indent: f64) {
        if self.page.is_empty() || self.y + size * 1.3 > BOTTOM {
            self.new_page();
        }
        self.y += size * 1.3;
        self.page.push(Text {
            x: LEFT + indent,
            y: self.y,
            size,
            text: text.to_owned(),
        });
    }

    fn gap(&mut self, points: f64) {
        self.y += points;
    }

    /// Wraps `text` at about 80 letters; a long word that does not fit is broken with a hyphen.
    fn paragraph(&mut self, text: &str, size: f64, indent: f64) {
        const MAX: usize = 80;
        let mut line = String::new();
        for word in text.split_whitespace() {
            let len = line.chars().count();
            let fits = len + 1 + word.chars().count() <= MAX;
            if line.is_empty() || fits {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
                continue;
            }
            let room = MAX.saturating_sub(len + 2);
            let chars: Vec<char> = word.chars().collect();
            if chars.len() >= 8
                && room >= 4
                && room + 2 <= chars.len()
                && chars.iter().all(|c| c.is_alphabetic())
            {
                let (head, tail): (String, String) = (
                    chars[..room].iter().collect(),
                    chars[room..].iter().collect(),
                );
                line.push(' ');
                line.push_str(&head);
                line.push('-');
                self.line(&line, size, indent);
                line = tail;
            } else {
                self.line(&line, size, indent);
                line = word.to_owned();
            }
        }
        if !line.is_empty() {
            self.line(&line, size, indent);
        }
        self.gap(6.0);
    }

    fn new_page(&mut self) {
        if !self.page.is_empty() {
            self.finish_page();
        }
        self.page.push(Text {
            x: LEFT,
            y: 40.0,
            size: 9.0,
            text: "Journal of Steppe Studies - generated by Lectern".to_owned(),
        });
        self.y = TOP;
    }

    fn finish_page(&mut self) {
        let number = self.pages.len() + 1;
        self.page.push(Text {
            x: WIDTH / 2.0 - 10.0,
            y: 810.0,
            size: 9.0,
            text: format!("Page {number}"),
        });
        self.pages.push(std::mem::take(&mut self.page));
    }

    fn finish(mut self) -> Vec<u8> {
        if !self.page.is_empty() {
            self.finish_page();
        }
        pdf(&self.pages)
    }
}
