//! Hostile files a teacher might be sent, imported as the window imports them (a child
//! process with a time limit and a memory cap): each gives a clear message in time, and this
//! process — standing in for the window — goes on. Its own test binary, because the importer
//! is set process-wide.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn use_real_importer() {
    lectern::import::use_importer(
        PathBuf::from(env!("CARGO_BIN_EXE_lectern")),
        lectern::import::TIME_LIMIT,
    );
}

/// Imports `path` as the window does; returns the message, and checks it came in time.
fn import_error(path: &Path) -> String {
    let started = Instant::now();
    let result = lectern::import::load(path);
    let took = started.elapsed();
    assert!(
        took < lectern::import::TIME_LIMIT + Duration::from_secs(5),
        "{} took {took:?}",
        path.display()
    );
    match result {
        Ok(loaded) => panic!("{} imported: {}", path.display(), loaded.reading.title),
        Err(message) => message.to_string(),
    }
}

/// Bits written least significant first, as deflate wants them.
struct Bits {
    bytes: Vec<u8>,
    used: u32,
}

impl Bits {
    fn push(&mut self, value: u32, count: u32) {
        for i in 0..count {
            if self.used == 0 {
                self.bytes.push(0);
            }
            let bit = ((value >> i) & 1) as u8;
            *self.bytes.last_mut().unwrap() |= bit << self.used;
            self.used = (self.used + 1) % 8;
        }
    }

    /// A Huffman code: written most significant bit first.
    fn push_code(&mut self, code: u32, count: u32) {
        for i in (0..count).rev() {
            self.push((code >> i) & 1, 1);
        }
    }
}

/// A deflate stream of `size` zero bytes in a few megabytes: one literal, then copies of 258.
fn deflated_zeros(size: u64) -> Vec<u8> {
    let mut bits = Bits {
        bytes: Vec::new(),
        used: 0,
    };
    bits.push(1, 1); // The last block…
    bits.push(1, 2); // …with the fixed codes.
    bits.push_code(0b0011_0000, 8); // Literal 0.
    for _ in 0..(size - 1) / 258 {
        bits.push_code(0b1100_0101, 8); // Length 258 (code 285).
        bits.push_code(0, 5); // Distance 1.
    }
    bits.push_code(0, 7); // End of block (code 256).
    bits.bytes
}

/// A zip whose `word/document.xml` unpacks to `size` bytes of zeros, with `crc` as their
/// checksum.
fn zip_bomb(size: u64, crc: u32) -> Vec<u8> {
    let data = deflated_zeros(size);
    let name = b"word/document.xml";
    let mut zip = Vec::new();
    let le16 = |v: u16| v.to_le_bytes();
    let le32 = |v: u32| v.to_le_bytes();
    zip.extend(le32(0x0403_4b50));
    zip.extend(le16(20));
    zip.extend(le16(0));
    zip.extend(le16(8)); // Deflate.
    zip.extend(le32(0)); // Time and date.
    zip.extend(le32(crc));
    zip.extend(le32(data.len() as u32));
    zip.extend(le32(size as u32));
    zip.extend(le16(name.len() as u16));
    zip.extend(le16(0));
    zip.extend(name);
    zip.extend(&data);
    let directory = zip.len() as u32;
    zip.extend(le32(0x0201_4b50));
    zip.extend(le16(20));
    zip.extend(le16(20));
    zip.extend(le16(0));
    zip.extend(le16(8));
    zip.extend(le32(0));
    zip.extend(le32(crc));
    zip.extend(le32(data.len() as u32));
    zip.extend(le32(size as u32));
    zip.extend(le16(name.len() as u16));
    zip.extend([0; 12]);
    zip.extend(le32(0)); // The local header's offset.
    zip.extend(name);
    let directory_size = zip.len() as u32 - directory;
    zip.extend(le32(0x0605_4b50));
    zip.extend([0; 4]);
    zip.extend(le16(1));
    zip.extend(le16(1));
    zip.extend(le32(directory_size));
    zip.extend(le32(directory));
    zip.extend(le16(0));
    zip
}

#[test]
fn hostile_files_get_a_clear_message_in_time_and_the_window_goes_on() {
    use_real_importer();
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };

    // A zip bomb dressed as a Word document: 2 GB of zeros in 13 MB.
    // Its checksum is right (zlib.crc32 of the zeros), so only its size gives it away.
    let bomb = write("bomb.docx", &zip_bomb(2_000_000_000, 0xbb36_3d9c));
    assert!(std::fs::metadata(&bomb).unwrap().len() < 16 * 1024 * 1024);
    let message = import_error(&bomb);
    assert!(
        message.contains("not a readable Word document") || message.contains("memory"),
        "the bomb: {message}"
    );

    // A web page of 50 MB: larger than any reading.
    let mut page = b"<html><body><article><h1>Big</h1>".to_vec();
    page.resize(50 * 1024 * 1024, b'x');
    let message = import_error(&write("big.html", &page));
    assert!(message.contains("a reading may be at most"), "{message}");

    // A PDF of 10,000 empty pages.
    let empty = lectern::generate::pdf::pdf(&vec![Vec::new(); 10_000]);
    let message = import_error(&write("empty.pdf", &empty));
    assert!(message.contains("no selectable text"), "{message}");

    // A truncated file of each kind.
    let reading = lectern::reading::BUNDLED[0].parse();
    let pdf = lectern::generate::pdf::reading_pdf(&reading);
    let message = import_error(&write("cut.pdf", &pdf[..pdf.len() / 3]));
    assert!(message.contains("PDF"), "{message}");
    let word = word_bytes();
    let message = import_error(&write("cut.docx", &word[..word.len() / 2]));
    assert!(message.contains("Word document"), "{message}");
    // A web page cut off mid-tag still gives what it has, or says why: never a hang.
    let cut_page = "<html><head><title>Cut</title></head><body><article><h1>Cut off</h1><p>Text<ol><li>Why?</li><li>How";
    let path = write("cut.html", cut_page.as_bytes());
    match lectern::import::load(&path) {
        Ok(loaded) => assert_eq!(loaded.reading.title, "Cut off"),
        Err(message) => assert!(!message.to_string().is_empty()),
    }

    // And the process that asked goes on: a good file still imports.
    let good = write("good.pdf", &pdf);
    let loaded = lectern::import::load(&good).unwrap();
    assert_eq!(loaded.reading.title, reading.title);
}

/// A small Word document.
fn word_bytes() -> Vec<u8> {
    use docx_rs::{Docx, Paragraph, Run};
    let mut doc = Docx::new();
    for text in ["Steppe Rivers", "The Ili feeds Balkhash.", "1. Why?"] {
        doc = doc.add_paragraph(Paragraph::new().add_run(Run::new().add_text(text)));
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut bytes).unwrap();
    bytes.into_inner()
}

/// Web pages built to exhaust a browser-grade parser: 100,000 nested `<div>`s (a tree builder
/// that recursed, or a tree dropped recursively, would overflow the stack), 100,000 unclosed
/// `<b>`s (the formatting elements the tree builder reopens), and a large ordinary page. Each
/// imports in the child as the window imports it, in time and with its text.
#[test]
fn deep_and_large_web_pages_import_in_time() {
    use_real_importer();
    let dir = tempfile::tempdir().unwrap();
    let depth = 100_000;
    let nested = format!(
        "<html><body><article><h1>Deep</h1>{}<p>Inside it all.</p><ol><li>Why so deep?</li></ol>{}</article></body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let unclosed = format!(
        "<html><body><article><h1>Bold</h1>{}<p>Text.</p><ol><li>Why so bold?</li></ol></article></body></html>",
        "<b>x ".repeat(depth)
    );
    let mut large = String::from("<html><body><article><h1>Large</h1>");
    while large.len() < 2 * 1024 * 1024 {
        large.push_str("<p>A paragraph of an ordinary page, with <a href=\"#\">a link</a>, <b>bold</b> words and a comma.</p>\n");
    }
    large.push_str("<h2>Questions</h2><ol><li>Why so large?</li></ol></article></body></html>");
    for (name, page, title) in [
        ("nested.html", nested, "Deep"),
        ("unclosed.html", unclosed, "Bold"),
        ("large.html", large, "Large"),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, page).unwrap();
        let started = Instant::now();
        let loaded = lectern::import::load(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let took = started.elapsed();
        println!("{name}: {took:?}");
        assert_eq!(loaded.reading.title, title, "{name}");
        assert_eq!(loaded.reading.prompt_count(), 1, "{name}");
        assert!(took < Duration::from_secs(20), "{name} took {took:?}");
    }
}

/// A Word document whose numbering is made to loop or to be huge: styles based on each other in
/// a circle, a chain of based-on styles thousands deep, a list style that links back to
/// itself, a list of 20,000 levels and a paragraph at level four billion. Word reads only nine
/// levels and a few steps of each chain; so must Lectern, in time.
fn looping_numbering() -> Vec<u8> {
    use docx_rs::{
        AbstractNumbering, Docx, IndentLevel, Level, LevelJc, LevelText, NumberFormat, Numbering,
        NumberingId, NumberingProperty, Paragraph, ParagraphProperty, Run, Start, Style, StyleType,
    };
    let in_list = |num: usize| {
        ParagraphProperty::new()
            .numbering_property(NumberingProperty::new().id(NumberingId::new(num)))
    };
    let mut doc = Docx::new()
        .add_style(
            Style::new("A", StyleType::Paragraph)
                .name("A")
                .based_on("B"),
        )
        .add_style(
            Style::new("B", StyleType::Paragraph)
                .name("B")
                .based_on("A"),
        );
    const DEEP: usize = 2_000;
    for i in 0..DEEP {
        let style = Style::new(format!("S{i}"), StyleType::Paragraph).name(format!("S{i}"));
        doc = doc.add_style(style.based_on(format!("S{}", i + 1)));
    }
    let mut last = Style::new(format!("S{DEEP}"), StyleType::Paragraph).name("last");
    last.paragraph_property = in_list(100);
    let mut looping = Style::new("Loop", StyleType::Numbering).name("Loop");
    looping.paragraph_property = in_list(101);
    let mut huge = AbstractNumbering::new(100);
    for ilvl in 0..20_000 {
        huge = huge.add_level(Level::new(
            ilvl,
            Start::new(1),
            NumberFormat::new("lowerLetter"),
            LevelText::new("%1.%2.%3.%4.%5.%6.%7.%8.%9."),
            LevelJc::new("left"),
        ));
    }
    doc = doc
        .add_style(last)
        .add_style(looping)
        .add_abstract_numbering(huge)
        .add_abstract_numbering(AbstractNumbering::new(101).num_style_link("Loop"))
        .add_numbering(Numbering::new(100, 100))
        .add_numbering(Numbering::new(101, 101));
    let para = |text: &str| Paragraph::new().add_run(Run::new().add_text(text));
    doc = doc.add_paragraph(para("Numbering Made to Loop").style("Title"));
    for _ in 0..1_000 {
        doc = doc
            .add_paragraph(para("In a circle of styles.").style("A"))
            .add_paragraph(para("At the top of a deep chain.").style("S0"))
            .add_paragraph(
                para("In a list that links to itself.")
                    .numbering(NumberingId::new(101), IndentLevel::new(0)),
            )
            .add_paragraph(
                para("At level four billion.")
                    .numbering(NumberingId::new(100), IndentLevel::new(4_000_000_000)),
            );
    }
    // docx-rs writes a list 1 of its own into every document: these use 100 and 101.
    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut bytes).unwrap();
    bytes.into_inner()
}

#[test]
fn numbering_made_to_loop_or_to_be_huge_is_read_in_time() {
    use_real_importer();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("looping numbering.docx");
    std::fs::write(&path, looping_numbering()).unwrap();
    let started = Instant::now();
    let loaded = lectern::import::load(&path).unwrap();
    assert!(
        started.elapsed() < lectern::import::TIME_LIMIT,
        "{:?}",
        started.elapsed()
    );
    let markdown = loaded.imported.unwrap();
    // Level four billion is read as Word's last level, which this list has: drawn in full.
    assert!(
        markdown.contains("- a.a.a.a.a.a.a.a.a. At level four billion."),
        "{}",
        &markdown[..markdown.len().min(2000)]
    );
    // The circle and the list that links to itself give no list; the deep chain is not
    // followed to its end.
    assert!(markdown.contains("\n\nIn a circle of styles.\n\n"));
    assert!(markdown.contains("\n\nIn a list that links to itself.\n\n"));
    assert!(markdown.contains("\n\nAt the top of a deep chain.\n\n"));
}
