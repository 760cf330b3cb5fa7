//! PDF (its text layer) to reading Markdown. A PDF holds positioned letters, not paragraphs:
//! `pdf-extract` hands over each letter with its place and size, [`Collector`] makes lines of
//! them, and [`layout`] makes the reading: lines joined into paragraphs (by the space between
//! lines, short last lines and indents), hyphenation at line ends undone, headers, footers and
//! page numbers that repeat from page to page dropped, and headings told by their size. A PDF
//! without letters is a scan, and says so.

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

/// What a PDF without a text layer gets.
pub const NO_TEXT: &str = "This PDF has no selectable text (probably a scan). Lectern reads the \
     text of a PDF, not its pictures: ask for the document the PDF was made from, or copy its \
     text into Paste a reading…";

/// The reading Markdown of the PDF in `bytes`.
pub fn to_markdown(bytes: &[u8]) -> Result<String, String> {
    // pdf-extract panics on some damaged files; the child process would end too, but a
    // message that says so is better than "the importer stopped".
    let pages = std::panic::catch_unwind(|| read_pages(bytes))
        .map_err(|_| "not a readable PDF: it is damaged".to_owned())??;
    layout(&pages)
}

/// How many pages of the PDF in `bytes` have text (benchmarks report it).
pub fn layout_pages(bytes: &[u8]) -> usize {
    read_pages(bytes).map_or(0, |pages| pages.len())
}

fn read_pages(bytes: &[u8]) -> Result<Vec<Page>, String> {
    let mut doc =
        pdf_extract::Document::load_mem(bytes).map_err(|e| format!("not a readable PDF: {e}"))?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(
            "This PDF is protected by a password, so Lectern cannot read its text. \
                    Open it, and save or print a copy without the password."
                .to_owned(),
        );
    }
    let mut collector = Collector::default();
    pdf_extract::output_doc(&doc, &mut collector)
        .map_err(|e| format!("not a readable PDF: {e}"))?;
    collector.finish_page();
    Ok(collector.pages)
}

/// A line of text on a page; `y` grows downwards from the page's top.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub text: String,
    pub x: f64,
    pub x_end: f64,
    pub y: f64,
    /// The letters' size, in points.
    pub size: f64,
}

/// One page's lines, in the order the PDF draws them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    pub height: f64,
    pub lines: Vec<Line>,
}

/// Gathers pdf-extract's letters into lines.
#[derive(Default)]
struct Collector {
    pages: Vec<Page>,
    page: Option<Page>,
    line: Option<Line>,
    /// Letters on the current line, and their summed size, for the line's size.
    letters: usize,
    sizes: f64,
    word_start: bool,
}

impl Collector {
    fn finish_line(&mut self) {
        if let (Some(mut line), Some(page)) = (self.line.take(), self.page.as_mut()) {
            line.size = self.sizes / self.letters.max(1) as f64;
            line.text = line.text.trim().to_owned();
            if !line.text.is_empty() {
                page.lines.push(line);
            }
        }
        self.letters = 0;
        self.sizes = 0.0;
    }

    fn finish_page(&mut self) {
        self.finish_line();
        if let Some(page) = self.page.take() {
            self.pages.push(page);
        }
    }
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.finish_page();
        self.page = Some(Page {
            height: (media_box.ury - media_box.lly).abs(),
            lines: Vec::new(),
        });
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        self.finish_page();
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        let Some(page) = &self.page else {
            return Ok(());
        };
        // The size as drawn: the font's size through the text matrix (as pdf-extract's own
        // text output works it out).
        let scaled_x = font_size * (trm.m11 + trm.m21);
        let scaled_y = font_size * (trm.m12 + trm.m22);
        let size = (scaled_x * scaled_y).abs().sqrt();
        if !size.is_finite() || size <= 0.0 {
            return Ok(());
        }
        let (x, y) = (trm.m31, page.height - trm.m32);
        let starts_line = match &self.line {
            None => true,
            Some(line) => (y - line.y).abs() > size * 0.5 || x < line.x_end - size * 4.0,
        };
        if starts_line {
            self.finish_line();
            self.line = Some(Line {
                text: String::new(),
                x,
                x_end: x,
                y,
                size,
            });
        }
        let line = self.line.as_mut().expect("just made");
        if !starts_line && self.word_start && x > line.x_end + size * 0.1 {
            line.text.push(' ');
        }
        self.word_start = false;
        line.text.push_str(&unligature(text));
        line.x_end = x + width * size;
        self.letters += 1;
        self.sizes += size;
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        self.word_start = true;
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// Ligatures ("ﬁ") as their letters, so "ﬁnance" is found and counted as a word.
fn unligature(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            c => out.push(c),
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Lines to a reading.

/// How far into the page, as a share of its height, a header or footer may stand.
const MARGIN: f64 = 0.1;

/// The reading Markdown of `pages`.
pub fn layout(pages: &[Page]) -> Result<String, String> {
    if !pages.iter().any(|p| {
        p.lines
            .iter()
            .any(|l| l.text.chars().any(char::is_alphanumeric))
    }) {
        return Err(NO_TEXT.to_owned());
    }
    let furniture = repeated_furniture(pages);
    let mut kept: Vec<Vec<&Line>> = pages
        .iter()
        .map(|page| {
            page.lines
                .iter()
                .filter(|line| {
                    let in_margin = in_margin(page, line);
                    !(in_margin
                        && (is_page_number(&line.text) || furniture.contains(&key(&line.text))))
                })
                .collect()
        })
        .collect();
    let body = body_size(kept.iter().flatten().copied());
    let leading = leading(&kept, body);
    let title_size = kept
        .first()
        .into_iter()
        .flatten()
        .map(|l| l.size)
        .fold(0.0, f64::max);

    // Above the title on the first page, small print in the margin is a journal's running
    // head ("Vol. 4, No. 2"), even where there is no second page to repeat it.
    if let (Some(first), Some(page)) = (kept.first_mut(), pages.first())
        && let Some(at) = first.iter().position(|l| l.size >= title_size - 0.5)
    {
        let mut i = 0;
        first.retain(|l| {
            i += 1;
            i > at || !(in_margin(page, l) && l.size < body - 0.5)
        });
    }
    let mut blocks: Vec<String> = Vec::new();
    let mut title: Option<String> = None;
    // The paragraph being joined, and the line it ended with.
    let mut paragraph = String::new();
    let mut heading: Option<(f64, String)> = None;
    // The last body line: whether it ended a sentence, and stopped short of the column's end.
    let mut last: Option<(bool, bool)> = None;
    let flush_heading = |heading: &mut Option<(f64, String)>,
                         blocks: &mut Vec<String>,
                         title: &mut Option<String>,
                         first_page: bool| {
        if let Some((size, text)) = heading.take() {
            if title.is_none() && first_page && size >= title_size - 0.5 && blocks.is_empty() {
                *title = Some(text);
            } else {
                blocks.push(format!("## {text}"));
            }
        }
    };
    for (page_index, lines) in kept.iter().enumerate() {
        let column = column_of(lines, body);
        for (i, line) in lines.iter().enumerate() {
            let is_heading = line.size >= body * 1.15 && line.text.split_whitespace().count() <= 20;
            if is_heading {
                if !paragraph.is_empty() {
                    blocks.push(std::mem::take(&mut paragraph));
                }
                match &mut heading {
                    Some((size, text)) if (*size - line.size).abs() < 0.5 => {
                        join_line(text, &line.text);
                    }
                    _ => {
                        flush_heading(&mut heading, &mut blocks, &mut title, page_index == 0);
                        heading = Some((line.size, line.text.clone()));
                    }
                }
                last = None;
                continue;
            }
            flush_heading(&mut heading, &mut blocks, &mut title, page_index == 0);
            let new_paragraph = match last {
                None => true,
                Some((ended, short)) => {
                    let gap = i > 0 && line.y - lines[i - 1].y > leading * 1.3;
                    let indented = line.x > column.0 + body;
                    gap || starts_item(&line.text) || (ended && (short || indented))
                }
            };
            if new_paragraph && !paragraph.is_empty() {
                blocks.push(std::mem::take(&mut paragraph));
            }
            join_line(&mut paragraph, &spaced_item(&line.text));
            let short = line.x_end < column.1 - (column.1 - column.0) * 0.15;
            last = Some((ends_sentence(&line.text), short));
        }
    }
    flush_heading(&mut heading, &mut blocks, &mut title, kept.len() <= 1);
    if !paragraph.is_empty() {
        blocks.push(paragraph);
    }
    let mut out = String::new();
    if let Some(title) = title {
        out.push_str(&format!("# {title}\n\n"));
    }
    out.push_str(&blocks.join("\n\n"));
    out.push('\n');
    Ok(out)
}

/// Adds a line to a paragraph, undoing a hyphen that only broke a word at the line's end.
fn join_line(paragraph: &mut String, line: &str) {
    if paragraph.is_empty() {
        paragraph.push_str(line);
        return;
    }
    let next_lower = line.chars().next().is_some_and(char::is_lowercase);
    if paragraph.ends_with('\u{ad}') {
        paragraph.pop();
        paragraph.push_str(line);
        return;
    }
    let mut tail = paragraph.chars().rev();
    let hyphen = tail.next() == Some('-');
    let letter_before = tail.next().is_some_and(char::is_alphabetic);
    if hyphen && letter_before {
        // "dis-" + "cuss": a word broken at the line's end. Before a capital the hyphen is the
        // word's own ("Kazakhstan-" + "EU").
        if next_lower {
            paragraph.pop();
        }
        paragraph.push_str(line);
        return;
    }
    paragraph.push(' ');
    paragraph.push_str(line);
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(['"', '\'', '”', '’', '»', ')'])
        .ends_with(['.', '!', '?', ':', '…', ';'])
}

/// "10.Kazakhstan…" as "10. Kazakhstan…": an office suite sets a list's number at a tab stop,
/// and the gap before the text can be too small to read as a space.
fn spaced_item(text: &str) -> std::borrow::Cow<'_, str> {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let rest = &text[digits..];
    match rest.chars().next() {
        Some('.' | ')') if (1..=3).contains(&digits) => {
            let after = &rest[1..];
            if after.chars().next().is_some_and(char::is_alphabetic) {
                return format!("{}{} {after}", &text[..digits], &rest[..1]).into();
            }
            text.into()
        }
        _ => text.into(),
    }
}

/// A line that starts a numbered or bulleted item: a question, usually.
fn starts_item(text: &str) -> bool {
    if text.starts_with(['•', '–', '-', '▪', '●']) {
        return true;
    }
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    (1..=3).contains(&digits) && text[digits..].starts_with(['.', ')'])
}

fn in_margin(page: &Page, line: &Line) -> bool {
    page.height > 0.0 && (line.y < page.height * MARGIN || line.y > page.height * (1.0 - MARGIN))
}

/// "12", "Page 3", "3 / 20", "- 4 -", "стр. 5", "5-бет": a page number alone on its line.
fn is_page_number(text: &str) -> bool {
    let mut rest = text.to_lowercase();
    for word in ["страница", "page", "p.", "стр.", "бет", "of", "из"] {
        rest = rest.replace(word, " ");
    }
    rest.chars().any(|c| c.is_ascii_digit())
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace() || "-–—/|.".contains(c))
}

/// A line as repeated furniture is compared: lower case, numbers as `#`.
fn key(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// Header and footer lines that stand in the margin of at least half the pages (and two).
fn repeated_furniture(pages: &[Page]) -> std::collections::HashSet<String> {
    use std::collections::{HashMap, HashSet};
    let mut seen: HashMap<String, usize> = HashMap::new();
    for page in pages {
        let keys: HashSet<String> = page
            .lines
            .iter()
            .filter(|l| in_margin(page, l))
            .map(|l| key(&l.text))
            .collect();
        for k in keys {
            *seen.entry(k).or_default() += 1;
        }
    }
    let needed = (pages.len() / 2).max(2);
    seen.into_iter()
        .filter(|(_, n)| *n >= needed)
        .map(|(k, _)| k)
        .collect()
}

/// The size most letters have: the body text's.
fn body_size<'a>(lines: impl Iterator<Item = &'a Line>) -> f64 {
    let mut counts: std::collections::HashMap<i64, usize> = Default::default();
    for line in lines {
        *counts.entry((line.size * 2.0).round() as i64).or_default() += line.text.chars().count();
    }
    counts
        .into_iter()
        .max_by_key(|&(size, n)| (n, -size))
        .map_or(12.0, |(size, _)| size as f64 / 2.0)
}

/// The usual distance from one body line to the next.
fn leading(pages: &[Vec<&Line>], body: f64) -> f64 {
    let mut gaps: Vec<f64> = pages
        .iter()
        .flat_map(|lines| lines.windows(2))
        .filter(|w| (w[0].size - body).abs() < 0.5 && (w[1].size - body).abs() < 0.5)
        .map(|w| w[1].y - w[0].y)
        .filter(|gap| *gap > 0.0)
        .collect();
    if gaps.is_empty() {
        return body * 1.2;
    }
    gaps.sort_by(f64::total_cmp);
    gaps[gaps.len() / 2]
}

/// The left and right edges of a page's body text.
fn column_of(lines: &[&Line], body: f64) -> (f64, f64) {
    let body_lines = lines.iter().filter(|l| (l.size - body).abs() < 0.5);
    let left = body_lines
        .clone()
        .map(|l| l.x)
        .fold(f64::INFINITY, f64::min);
    let right = body_lines.map(|l| l.x_end).fold(0.0, f64::max);
    if left.is_finite() {
        (left, right)
    } else {
        (0.0, right)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, x: f64, x_end: f64, y: f64, size: f64) -> Line {
        Line {
            text: text.to_owned(),
            x,
            x_end,
            y,
            size,
        }
    }

    #[test]
    fn lines_join_into_paragraphs_and_hyphens_close_up() {
        let page = Page {
            height: 800.0,
            lines: vec![
                line("Trade Talks", 72.0, 300.0, 100.0, 20.0),
                line(
                    "The ministers met in Astana to dis-",
                    72.0,
                    520.0,
                    140.0,
                    11.0,
                ),
                line("cuss the corridor. They agreed.", 72.0, 300.0, 154.0, 11.0),
                line(
                    "A second paragraph starts here and",
                    72.0,
                    520.0,
                    168.0,
                    11.0,
                ),
                line("ends here with a well-", 72.0, 520.0, 182.0, 11.0),
                line("Known name.", 72.0, 200.0, 196.0, 11.0),
                line("Questions", 72.0, 200.0, 230.0, 14.0),
                line("1. What was agreed?", 72.0, 200.0, 250.0, 11.0),
                line("2. Who met?", 72.0, 200.0, 264.0, 11.0),
            ],
        };
        let md = layout(&[page]).unwrap();
        assert_eq!(
            md,
            "# Trade Talks\n\nThe ministers met in Astana to discuss the corridor. They agreed.\n\n\
             A second paragraph starts here and ends here with a well-Known name.\n\n\
             ## Questions\n\n1. What was agreed?\n\n2. Who met?\n"
        );
    }

    #[test]
    fn repeated_headers_footers_and_page_numbers_are_dropped() {
        let pages: Vec<Page> = (1..=3)
            .map(|n| Page {
                height: 800.0,
                lines: vec![
                    line("Journal of Steppe Studies, vol. 4", 72.0, 400.0, 30.0, 9.0),
                    line(
                        &format!("Body text of page {n} goes on."),
                        72.0,
                        300.0,
                        200.0,
                        11.0,
                    ),
                    line(&format!("Page {n} of 3"), 280.0, 320.0, 770.0, 9.0),
                ],
            })
            .collect();
        let md = layout(&pages).unwrap();
        assert!(!md.contains("Journal"), "{md}");
        assert!(!md.contains("of 3"), "{md}");
        assert!(md.contains("Body text of page 2 goes on."), "{md}");
    }

    #[test]
    fn a_pdf_without_letters_is_a_scan() {
        let pages = vec![Page::default(); 3];
        assert_eq!(layout(&pages), Err(NO_TEXT.to_owned()));
    }

    #[test]
    fn page_numbers_are_told_from_text() {
        for number in [
            "12",
            "Page 3",
            "3 / 20",
            "- 4 -",
            "стр. 5",
            "5-бет",
            "Page 2 of 9",
        ] {
            assert!(is_page_number(number), "{number}");
        }
        for text in ["1. What was agreed?", "2024 was a year", "Page one"] {
            assert!(!is_page_number(text), "{text}");
        }
    }
}
