//! PDF (its text layer) to reading Markdown. A PDF holds positioned letters, not paragraphs:
//! `pdf-extract` hands over each letter with its place and size, [`Collector`] makes lines of
//! them (one space between words however wide a justified line spreads them, footnote marks
//! left out), and [`layout`] makes the reading: a page of two columns read column by column,
//! lines joined into paragraphs (by the space between lines, short last lines and indents,
//! against each column's own edges), hyphenation at line ends undone where it split a word,
//! headers, footers and page numbers dropped, footnotes at a page's or column's foot left
//! out, and headings told by their size. A PDF without letters is a scan, and says so.

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

use crate::files::ImportProblem;

/// The reading Markdown of the PDF in `bytes`.
pub fn to_markdown(bytes: &[u8]) -> Result<String, ImportProblem> {
    // pdf-extract panics on some damaged files; the child process would end too, but a
    // message that says so is better than "the importer stopped".
    let (pages, info) =
        std::panic::catch_unwind(|| read_pages(bytes)).map_err(|_| ImportProblem::NotPdf)??;
    layout_with(&pages, &info)
}

/// How many pages of the PDF in `bytes` have text (benchmarks report it).
pub fn layout_pages(bytes: &[u8]) -> usize {
    read_pages(bytes).map_or(0, |(pages, _)| pages.len())
}

fn read_pages(bytes: &[u8]) -> Result<(Vec<Page>, Info), ImportProblem> {
    // pdf-extract's own words name its parser's objects, not anything a teacher can do.
    let mut doc = pdf_extract::Document::load_mem(bytes).map_err(|_| ImportProblem::NotPdf)?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(ImportProblem::PdfLocked);
    }
    spell_out_width_ranges(&mut doc);
    let info = Info::of(&doc);
    let mut collector = Collector::default();
    pdf_extract::output_doc(&doc, &mut collector).map_err(|_| ImportProblem::NotPdf)?;
    collector.finish_page();
    Ok((collector.pages, info))
}

/// What a PDF says of itself in its document information.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Info {
    /// Its title (`/Title`): a browser writes the page's `<title>`, a word processor the
    /// document's.
    pub title: Option<String>,
    /// A web browser printed it (a browser names itself by its user agent, "Mozilla/5.0 …", as
    /// the creator): the page around the article came with it.
    pub web_page: bool,
}

impl Info {
    fn of(doc: &pdf_extract::Document) -> Info {
        use pdf_extract::Object;
        let dictionary = doc
            .trailer
            .get(b"Info")
            .ok()
            .and_then(|info| match info {
                Object::Reference(id) => doc.get_object(*id).ok(),
                other => Some(other),
            })
            .and_then(|info| info.as_dict().ok());
        let text = |key: &[u8]| {
            dictionary
                .and_then(|d| d.get(key).ok())
                .and_then(|value| pdf_extract::decode_text_string(value).ok())
                .map(|value| crate::reading::collapse_whitespace(&value))
                .filter(|value| !value.is_empty())
        };
        Info {
            title: text(b"Title"),
            web_page: text(b"Creator").is_some_and(|c| c.starts_with("Mozilla/")),
        }
    }
}

/// The most widths a document's ranges are spelt out to: a real font has a few thousand glyphs,
/// and a document a few fonts.
const MAX_SPELT_WIDTHS: i64 = 1 << 18;

/// Writes each `c_first c_last w` range of a CID font's `/W` widths as the list
/// `c_first [w w …]` that pdf-extract reads. pdf-extract 0.12 misreads the range form (Skia,
/// which Chrome prints with, writes it for runs of letters of one width): the letters in it
/// get no width, so the next letter seems to stand apart ("RELA TED") and a line's end is
/// placed short of where it is.
fn spell_out_width_ranges(doc: &mut pdf_extract::Document) {
    use pdf_extract::Object;
    // The fonts' widths arrays: in the font's dictionary, or an object of their own.
    let mut arrays: Vec<(pdf_extract::ObjectId, bool)> = Vec::new();
    for (id, object) in &doc.objects {
        let Ok(dict) = object.as_dict() else {
            continue;
        };
        let subtype = dict.get(b"Subtype").and_then(Object::as_name);
        if !matches!(subtype, Ok(b"CIDFontType0" | b"CIDFontType2")) {
            continue;
        }
        match dict.get(b"W") {
            Ok(Object::Reference(array)) => arrays.push((*array, false)),
            Ok(Object::Array(_)) => arrays.push((*id, true)),
            _ => {}
        }
    }
    let mut budget = MAX_SPELT_WIDTHS;
    for (id, in_font) in arrays {
        let w = match doc.objects.get_mut(&id) {
            Some(Object::Array(w)) if !in_font => w,
            Some(Object::Dictionary(font)) if in_font => match font.get_mut(b"W") {
                Ok(Object::Array(w)) => w,
                _ => continue,
            },
            _ => continue,
        };
        if let Some(spelt) = spelt_out(w, &mut budget) {
            *w = spelt;
        }
    }
}

/// A `/W` array with its ranges written as lists, each width taken from `budget`; `None` when
/// it is not well formed or spells out more than is left, and is best left as it is.
fn spelt_out(w: &[pdf_extract::Object], budget: &mut i64) -> Option<Vec<pdf_extract::Object>> {
    use pdf_extract::Object;
    let number = |o: &Object| match o {
        Object::Integer(i) => Some(*i),
        Object::Real(r) => Some(*r as i64),
        _ => None,
    };
    let mut spelt = Vec::with_capacity(w.len());
    let mut left = *budget;
    let mut i = 0;
    while i < w.len() {
        match (w.get(i), w.get(i + 1), w.get(i + 2)) {
            (Some(first), Some(Object::Array(list)), _) => {
                spelt.push(first.clone());
                spelt.push(Object::Array(list.clone()));
                i += 2;
            }
            (Some(first), Some(last), Some(width)) => {
                // Checked: a hostile file's `i64::MIN i64::MAX` would overflow.
                let count = number(last)?.checked_sub(number(first)?)?.checked_add(1)?;
                if !(1..=left).contains(&count)
                    || !matches!(width, Object::Integer(_) | Object::Real(_))
                {
                    return None;
                }
                left -= count;
                spelt.push(first.clone());
                spelt.push(Object::Array(vec![width.clone(); count as usize]));
                i += 3;
            }
            _ => return None,
        }
    }
    *budget = left;
    Some(spelt)
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
            // Justified lines come with the word spaces the PDF drew and the gaps that widen
            // them; a reader sees one space between words.
            line.text = crate::reading::collapse_whitespace(&line.text);
            if !line.text.is_empty() {
                page.lines.push(line);
            }
        }
        self.letters = 0;
        self.sizes = 0.0;
    }

    /// A footnote's number (or star) raised small after a word: the reader's eye skips it,
    /// and left in it would stick to the word ("Antioch.1") or start a line of its own.
    fn is_footnote_mark(&self, text: &str, x: f64, y: f64, size: f64) -> bool {
        let Some(line) = &self.line else {
            return false;
        };
        if self.letters == 0 || text.is_empty() {
            return false;
        }
        let line_size = self.sizes / self.letters as f64;
        let raised = line.y - y;
        text.chars()
            .all(|c| c.is_ascii_digit() || "*†‡§".contains(c))
            && size < line_size * 0.8
            && raised > size * 0.2
            && raised < line_size * 0.7
            && x > line.x_end - size
            && x < line.x_end + line_size
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
        if self.is_footnote_mark(text, x, y, size) {
            return Ok(());
        }
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
        let spaced = line.text.is_empty() || line.text.ends_with(char::is_whitespace);
        if !starts_line && !spaced && self.word_start && x > line.x_end + size * 0.1 {
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

/// What share of the body text's size a printed web page's small print is under.
const SMALL_PRINT: f64 = 0.95;

/// What stands between an article's title and the site's name in a web page's `<title>`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " – ", " — ", " - "];

/// The reading Markdown of `pages`.
pub fn layout(pages: &[Page]) -> Result<String, ImportProblem> {
    layout_with(pages, &Info::default())
}

/// The reading Markdown of `pages`, with what the PDF says of itself.
pub fn layout_with(pages: &[Page], info: &Info) -> Result<String, ImportProblem> {
    if !pages.iter().any(|p| {
        p.lines
            .iter()
            .any(|l| l.text.chars().any(char::is_alphanumeric))
    }) {
        return Err(ImportProblem::PdfNoText);
    }
    let furniture = repeated_furniture(pages);
    let mut kept: Vec<Vec<&Line>> = pages
        .iter()
        .map(|page| {
            let ends = top_and_bottom(page);
            page.lines
                .iter()
                .filter(|line| {
                    !(at_edge(page, line, ends)
                        && (is_page_number(&line.text) || furniture.contains(&key(&line.text))))
                })
                .collect()
        })
        .collect();
    let body = body_size(kept.iter().flatten().copied());
    if info.web_page {
        // A printed web page: the article is set in the page's main size, and what is around
        // it — menus, bylines, captions, share and related links, sidebars, footers — smaller
        // (a site's 14 pixels beside its 15: measured against the body's own size, not the
        // half point it rounds to).
        let (letters, sum) = kept
            .iter()
            .flatten()
            .filter(|l| (l.size - body).abs() < 0.5)
            .fold((0.0, 0.0), |(n, sum), l| {
                let count = l.text.chars().count() as f64;
                (n + count, sum + count * l.size)
            });
        let main = if letters > 0.0 { sum / letters } else { body };
        for lines in &mut kept {
            lines.retain(|l| l.size >= main * SMALL_PRINT);
        }
    }
    let leading = leading(&kept, body);
    if info.web_page {
        without_furniture_blocks(&mut kept, leading);
    }
    let title_size = kept
        .first()
        .into_iter()
        .flatten()
        .map(|l| l.size)
        .fold(0.0, f64::max);

    let mut title: Option<String> = None;
    let named = info
        .title
        .as_deref()
        .zip(kept.first())
        .and_then(|(named, first)| named_title(first, named, body, info.web_page));
    if let (Some(first), Some(page)) = (kept.first_mut(), pages.first()) {
        // The title the PDF names, else the first line in the first page's largest type.
        let at = match named {
            Some((span, text)) => {
                let top = first[span.start].y - first[span.start].size;
                let mut i = 0;
                first.retain(|l| {
                    i += 1;
                    // Above it on a printed web page: the site's banner, menu and breadcrumbs.
                    let above = info.web_page && l.y < top;
                    !(span.contains(&(i - 1)) || above)
                });
                title = Some(text);
                Some(span.start)
            }
            None => first.iter().position(|l| l.size >= title_size - 0.5),
        };
        // Above the title on the first page, small print in the margin is a journal's running
        // head ("Vol. 4, No. 2"), even where there is no second page to repeat it.
        if let Some(at) = at {
            let mut i = 0;
            first.retain(|l| {
                i += 1;
                i > at || !(in_margin(page, l) && l.size < body - 0.5)
            });
        }
    }
    let mut blocks: Vec<String> = Vec::new();
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
    let mut words = WordBreaks::default();
    for (page_index, lines) in kept.iter().enumerate() {
        let placed = without_footnotes(reading_order(lines, body, leading), body);
        for (i, &Placed { line, side, column }) in placed.iter().enumerate() {
            let is_heading = line.size >= body * 1.15 && line.text.split_whitespace().count() <= 20;
            if is_heading {
                if !paragraph.is_empty() {
                    blocks.push(std::mem::take(&mut paragraph));
                }
                match &mut heading {
                    Some((size, text)) if (*size - line.size).abs() < 0.5 => {
                        join_line(text, &line.text, &mut words);
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
                    // Up from the foot of one column to the top of the next is no gap.
                    let gap = i > 0
                        && placed[i - 1].side.beside(side)
                        && line.y - placed[i - 1].line.y > leading * 1.3;
                    let indented = line.x > column.0 + body;
                    gap || starts_item(&line.text) || (ended && (short || indented))
                }
            };
            if new_paragraph && !paragraph.is_empty() {
                blocks.push(std::mem::take(&mut paragraph));
            }
            join_line(&mut paragraph, &spaced_item(&line.text), &mut words);
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

/// Where the first page shows the title the PDF names (`/Title`, whole or before the site's
/// name: "Snow leopards… | The Steppe Herald"): its lines, one to three in heading type, and
/// their words. A document's title is its first heading; a printed web page's may come after
/// the site's name in larger type.
fn named_title(
    lines: &[&Line],
    named: &str,
    body: f64,
    web_page: bool,
) -> Option<(std::ops::Range<usize>, String)> {
    let want = named.to_lowercase();
    for start in 0..lines.len() {
        if lines[start].size < body * 1.15 {
            continue;
        }
        let mut have = String::new();
        for end in start..lines.len().min(start + 3) {
            if (lines[end].size - lines[start].size).abs() >= 0.5 {
                break;
            }
            if !have.is_empty() {
                have.push(' ');
            }
            have.push_str(&lines[end].text.to_lowercase());
            let Some(rest) = want.strip_prefix(have.as_str()) else {
                break;
            };
            if rest.is_empty() || TITLE_SEPARATORS.iter().any(|s| rest.starts_with(s)) {
                let words: Vec<&str> = lines[start..=end].iter().map(|l| l.text.as_str()).collect();
                return Some((start..end + 1, words.join(" ")));
            }
        }
        if !web_page {
            return None;
        }
    }
    None
}

/// Leaves out of a printed web page the blocks of lines that are its furniture by what they
/// say ("Most read", "Follow us", "Комментарии (2)"): lines one under the other, each of the
/// last one's size and at most one and a half line spacings below it, read together as the
/// short line `reading::is_furniture` judges. A line of a paragraph is never judged alone.
fn without_furniture_blocks(pages: &mut [Vec<&Line>], leading: f64) {
    for lines in pages {
        let mut dropped = vec![false; lines.len()];
        let mut start = 0;
        for end in 1..=lines.len() {
            let apart = end == lines.len() || {
                let (above, below) = (lines[end - 1], lines[end]);
                let down = below.y - above.y;
                (above.size - below.size).abs() >= 0.5 || down <= 0.0 || down > leading * 1.5
            };
            if apart {
                let block: Vec<&str> = lines[start..end].iter().map(|l| l.text.as_str()).collect();
                if crate::reading::is_furniture(&block.join(" ")) {
                    dropped[start..end].fill(true);
                }
                start = end;
            }
        }
        let mut i = 0;
        lines.retain(|_| {
            i += 1;
            !dropped[i - 1]
        });
    }
}

/// Adds a line to a paragraph, undoing a hyphen that only broke a word at the line's end.
fn join_line(paragraph: &mut String, line: &str, words: &mut WordBreaks) {
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
        // word's own ("Kazakhstan-" + "EU"), and so it is where the dictionary knows the word
        // with it and not without ("бір-" + "біріне", "well-" + "known").
        paragraph.pop();
        let before = last_word(paragraph);
        let after = first_word(line);
        if !(next_lower && words.split_word(before, after)) {
            paragraph.push('-');
        }
        paragraph.push_str(line);
        return;
    }
    paragraph.push(' ');
    paragraph.push_str(line);
}

/// The word a paragraph ends with, without the punctuation before it.
fn last_word(text: &str) -> &str {
    let start = text.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    text[start..].trim_start_matches(|c: char| !c.is_alphanumeric())
}

/// The word a line starts with, without the punctuation after it.
fn first_word(text: &str) -> &str {
    let end = text.find(char::is_whitespace).unwrap_or(text.len());
    text[..end].trim_end_matches(|c: char| !c.is_alphanumeric())
}

/// Tells a word broken at a line's end ("har-" + "bour") from one written with its hyphen
/// ("well-" + "known"), by the bundled spelling dictionaries, loaded when a break first needs
/// them.
#[derive(Default)]
struct WordBreaks {
    speller: crate::spell::Speller,
    tried: Vec<crate::spell::Dict>,
}

impl WordBreaks {
    /// The language of a reading is unknown here; British English knows most words either
    /// spelling does, and an unknown word is joined as before.
    const LATIN: crate::spell::LatinChoice = crate::spell::LatinChoice::EnglishGb;

    fn knows(&mut self, word: &str) -> Option<bool> {
        for dict in crate::spell::Dict::for_word(word, Self::LATIN) {
            if !self.tried.contains(&dict) {
                self.tried.push(dict);
                if let Some(dictionary) = loaded(dict) {
                    let speller = std::mem::take(&mut self.speller);
                    self.speller = speller.with(dict, dictionary);
                }
            }
        }
        self.speller.check(word, Self::LATIN)
    }

    /// Whether `before` at a line's end (its hyphen taken off) and `after` on the next line
    /// are one word that the hyphen only broke.
    fn split_word(&mut self, before: &str, after: &str) -> bool {
        if before.is_empty() || after.is_empty() {
            return true;
        }
        if self.knows(&format!("{before}{after}")) == Some(true) {
            return true;
        }
        self.knows(&format!("{before}-{after}")) != Some(true)
    }
}

/// The dictionary `dict`, read once per process: reading one takes a tenth of a second or
/// more, and the benchmarks and tests import many PDFs in one process.
fn loaded(dict: crate::spell::Dict) -> Option<std::sync::Arc<spellbook::Dictionary>> {
    type Loaded = Vec<(
        crate::spell::Dict,
        Option<std::sync::Arc<spellbook::Dictionary>>,
    )>;
    static LOADED: std::sync::Mutex<Loaded> = std::sync::Mutex::new(Vec::new());
    let mut loaded = LOADED
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((_, dictionary)) = loaded.iter().find(|(d, _)| *d == dict) {
        return dictionary.clone();
    }
    let dictionary = dict.load().ok().map(std::sync::Arc::new);
    loaded.push((dict, dictionary.clone()));
    dictionary
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

/// Where headers, footers and page numbers stand: in the page's margin, or as its first or
/// last line (a book's page number can stand well above the bottom tenth). `ends` is the
/// page's [`top_and_bottom`].
fn at_edge(page: &Page, line: &Line, ends: (f64, f64)) -> bool {
    in_margin(page, line) || line.y <= ends.0 || line.y >= ends.1
}

/// Where a page's first and last lines stand.
fn top_and_bottom(page: &Page) -> (f64, f64) {
    page.lines
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(top, bottom), l| {
            (top.min(l.y), bottom.max(l.y))
        })
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
        let ends = top_and_bottom(page);
        let keys: HashSet<String> = page
            .lines
            .iter()
            .filter(|l| at_edge(page, l, ends))
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

/// Which part of a page a line stands in.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Side {
    /// Across the page, or a page of one column.
    Across,
    Left,
    Right,
}

impl Side {
    /// Whether a line on this side can follow one on `other` down the page.
    fn beside(self, other: Side) -> bool {
        self == other || self == Side::Across || other == Side::Across
    }
}

/// A line in reading order, with the side of the page it stands in and that side's edges.
#[derive(Clone, Copy)]
struct Placed<'a> {
    line: &'a Line,
    side: Side,
    column: (f64, f64),
}

/// A page's lines in the order a reader reads them. On a page of two columns that is the
/// left column top to bottom, then the right: office suites and LaTeX draw them so, and a
/// page drawn line across line (left, right, left…) is put in that order. Each line carries
/// its own column's edges, so a line that fills its column is not taken for a paragraph's
/// short last line.
fn reading_order<'a>(lines: &[&'a Line], body: f64, leading: f64) -> Vec<Placed<'a>> {
    let across = column_of(lines, body);
    let middle = (across.0 + across.1) / 2.0;
    let side_of = |line: &Line| {
        if line.x_end < middle {
            Side::Left
        } else if line.x > middle {
            Side::Right
        } else {
            Side::Across
        }
    };
    let sides: Vec<Side> = lines.iter().map(|l| side_of(l)).collect();
    let of_side = |side: Side| -> Vec<&'a Line> {
        lines
            .iter()
            .zip(&sides)
            .filter(|&(l, s)| *s == side && (l.size - body).abs() < 0.5)
            .map(|(l, _)| *l)
            .collect()
    };
    let (left, right) = (of_side(Side::Left), of_side(Side::Right));
    let span = |lines: &[&Line]| {
        lines
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), l| {
                (a.min(l.y), b.max(l.y))
            })
    };
    let (left_span, right_span) = (span(&left), span(&right));
    let two_columns = left.len() >= 2
        && right.len() >= 2
        && left_span.0 < right_span.1
        && right_span.0 < left_span.1;
    if !two_columns {
        return lines
            .iter()
            .zip(local_edges(lines, body, leading))
            .map(|(&line, column)| Placed {
                line,
                side: Side::Across,
                column,
            })
            .collect();
    }
    let (left_edges, right_edges) = (column_of(&left, body), column_of(&right, body));
    let edges = |side: Side| match side {
        Side::Left => left_edges,
        Side::Right => right_edges,
        Side::Across => across,
    };
    let placed = |line: &'a Line| {
        let side = side_of(line);
        Placed {
            line,
            side,
            column: edges(side),
        }
    };
    let switches = sides
        .iter()
        .filter(|s| **s != Side::Across)
        .collect::<Vec<_>>()
        .windows(2)
        .filter(|w| w[0] != w[1])
        .count();
    if switches <= 3 {
        return lines.iter().map(|&l| placed(l)).collect();
    }
    // Drawn line across line: top to bottom, each stretch between lines that cross the page
    // read as its left column, then its right, then what stands under the left column alone
    // (the questions after a balanced section).
    let mut by_y: Vec<&Line> = lines.to_vec();
    by_y.sort_by(|a, b| a.y.total_cmp(&b.y));
    let mut ordered = Vec::with_capacity(lines.len());
    for stretch in by_y.split_inclusive(|l| side_of(l) == Side::Across) {
        let (stretch, across_line) = match stretch.split_last() {
            Some((last, rest)) if side_of(last) == Side::Across => (rest, Some(*last)),
            _ => (stretch, None),
        };
        let right_foot = stretch
            .iter()
            .filter(|l| side_of(l) == Side::Right)
            .map(|l| l.y)
            .fold(f64::NEG_INFINITY, f64::max);
        let under = |l: &&&Line| side_of(l) == Side::Left && l.y > right_foot + leading;
        ordered.extend(
            stretch
                .iter()
                .filter(|l| side_of(l) == Side::Left && !under(l)),
        );
        ordered.extend(stretch.iter().filter(|l| side_of(l) == Side::Right));
        ordered.extend(stretch.iter().filter(under));
        ordered.extend(across_line);
    }
    ordered.into_iter().map(placed).collect()
}

/// Leaves out the footnotes at the foot of a page or column: smaller lines, the first
/// starting with its number or mark, after which the page ends or the reading goes up to the
/// next column. Joined to the paragraph they interrupt, they would split its sentence in two.
fn without_footnotes(placed: Vec<Placed<'_>>, body: f64) -> Vec<Placed<'_>> {
    let small = |p: &Placed| p.line.size < body - 0.75;
    let mut dropped = vec![false; placed.len()];
    let mut end = placed.len();
    while end > 0 {
        // Where this column starts: after the last step up the page.
        let start = (1..end)
            .rev()
            .find(|&i| placed[i].line.y < placed[i - 1].line.y - placed[i].line.size)
            .unwrap_or(0);
        let notes = placed[start..end]
            .iter()
            .rposition(|p| !small(p))
            .map_or(start, |i| start + i + 1);
        let marked = placed.get(notes).is_some_and(|p| {
            p.line
                .text
                .starts_with(|c: char| c.is_ascii_digit() || "*†‡§".contains(c))
        });
        if notes > start && notes < end && marked {
            dropped[notes..end].fill(true);
        }
        end = start;
    }
    placed
        .into_iter()
        .zip(dropped)
        .filter(|(_, d)| !d)
        .map(|(p, _)| p)
        .collect()
}

/// The edges of the body text around each line (the body lines within two and a half line
/// spacings of it): a page whose text narrows or widens — a column that ends on a page above
/// questions set across it, text beside a picture — is measured where each line stands, so a
/// line that fills its narrow column is not taken for a paragraph's short last line.
fn local_edges(lines: &[&Line], body: f64, leading: f64) -> Vec<(f64, f64)> {
    /// The most neighbours a line is measured against (a page of lines drawn over each other
    /// is not measured line by line against all).
    const NEAR: usize = 64;
    let across = column_of(lines, body);
    let mut by_y: Vec<&Line> = lines
        .iter()
        .copied()
        .filter(|l| (l.size - body).abs() < 0.5)
        .collect();
    by_y.sort_by(|a, b| a.y.total_cmp(&b.y));
    lines
        .iter()
        .map(|line| {
            let from = by_y.partition_point(|l| l.y < line.y - leading * 2.5);
            let to = by_y.partition_point(|l| l.y <= line.y + leading * 2.5);
            let near = &by_y[from..to.min(from + NEAR).max(from)];
            if near.is_empty() {
                return across;
            }
            near.iter()
                .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), l| {
                    (a.min(l.x), b.max(l.x_end))
                })
        })
        .collect()
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

    /// Feeds `word`'s letters to `collector` from `x`, each `advance` points wide, as pdf-extract
    /// hands them over (a word's letters after `begin_word`).
    fn draw(collector: &mut Collector, word: &str, x: f64, y: f64, size: f64, advance: f64) {
        collector.begin_word().unwrap();
        for (i, letter) in word.chars().enumerate() {
            let place = Transform::row_major(1.0, 0.0, 0.0, 1.0, x + i as f64 * advance, 800.0 - y);
            let text = letter.to_string();
            let width = advance / size;
            collector
                .output_character(&place, width, 0.0, size, &text)
                .unwrap();
        }
    }

    fn collected(draws: impl FnOnce(&mut Collector)) -> Vec<String> {
        let mut collector = Collector::default();
        let media = MediaBox {
            llx: 0.0,
            lly: 0.0,
            urx: 600.0,
            ury: 800.0,
        };
        collector.begin_page(1, &media, None).unwrap();
        draws(&mut collector);
        collector.end_page().unwrap();
        collector.pages[0]
            .lines
            .iter()
            .map(|l| l.text.clone())
            .collect()
    }

    #[test]
    fn justified_spaces_between_words_collapse_to_one() {
        // A justified line: each word drawn with its space glyph, then the next word moved
        // along to fill the line.
        let lines = collected(|c| {
            draw(c, "For ", 72.0, 100.0, 11.0, 6.0);
            draw(c, "more ", 120.0, 100.0, 11.0, 6.0);
            draw(c, "than", 190.0, 100.0, 11.0, 6.0);
        });
        assert_eq!(lines, ["For more than"]);
    }

    #[test]
    fn a_raised_footnote_mark_is_left_out_of_its_line() {
        let lines = collected(|c| {
            draw(c, "reached", 72.0, 100.0, 12.0, 6.0);
            draw(c, "Antioch.", 120.0, 100.0, 12.0, 6.0);
            // The mark: smaller, raised a third of the line's size.
            draw(c, "1", 168.0, 96.0, 7.0, 4.0);
            draw(c, "Cities", 180.0, 100.0, 12.0, 6.0);
        });
        assert_eq!(lines, ["reached Antioch. Cities"]);
    }

    #[test]
    fn a_page_number_under_the_body_is_dropped_though_above_the_margin() {
        // LaTeX's article on A4: the page number stands 90 points up, 11% of the page.
        let pages: Vec<Page> = (1..=2)
            .map(|n| Page {
                height: 842.0,
                lines: vec![
                    line(
                        &format!("Body text of page {n} goes on."),
                        72.0,
                        500.0,
                        120.0,
                        10.0,
                    ),
                    line("and ends.", 72.0, 200.0, 132.0, 10.0),
                    line(&n.to_string(), 290.0, 296.0, 752.0, 10.0),
                ],
            })
            .collect();
        let md = layout(&pages).unwrap();
        assert!(!md.contains("ends. 1") && !md.contains("\n1"), "{md}");
        assert!(!md.contains("goes on. 2"), "{md}");
    }

    #[test]
    fn a_running_head_below_the_margin_is_dropped() {
        // LaTeX's article on A4 with fancyhdr: the head stands 100 points down, 12% of the page.
        let pages: Vec<Page> = (1..=3)
            .map(|n| Page {
                height: 842.0,
                lines: vec![
                    line(&format!("{n} | Riverside School"), 72.0, 300.0, 100.0, 9.0),
                    line(&format!("Body text of page {n}."), 72.0, 300.0, 140.0, 11.0),
                ],
            })
            .collect();
        let md = layout(&pages).unwrap();
        assert!(!md.contains("Riverside"), "{md}");
    }

    /// A two-column page: `left` and `right` lines side by side from y = 100, then `below`
    /// across the page.
    /// A line ending in " ¶" stops short of its column's end.
    fn two_columns(left: &[&str], right: &[&str], line_across: bool) -> Vec<Line> {
        let at = |i: usize| 100.0 + i as f64 * 14.0;
        let column = |texts: &[&str], x: f64, x_end: f64| -> Vec<Line> {
            texts
                .iter()
                .enumerate()
                .map(|(i, t)| match t.strip_suffix(" ¶") {
                    Some(short) => line(short, x, x_end - 80.0, at(i), 11.0),
                    None => line(t, x, x_end, at(i), 11.0),
                })
                .collect()
        };
        let (left, right) = (column(left, 72.0, 290.0), column(right, 310.0, 528.0));
        if line_across {
            let mut lines = Vec::new();
            let mut right = right.into_iter();
            for l in left {
                lines.push(l);
                lines.extend(right.next());
            }
            lines.extend(right);
            lines
        } else {
            left.into_iter().chain(right).collect()
        }
    }

    #[test]
    fn two_columns_read_column_by_column_with_each_columns_own_edges() {
        let left = [
            "The caravans crossed the deserts",
            "of Central Asia. They carried silk",
            "to the markets of Persia. ¶",
            "Ideas travelled with the goods,",
            "and paper making moved west.",
        ];
        let right = [
            "Monks carried their scriptures",
            "along the roads, and scholars",
            "compared their tables. ¶",
            "The journey was dangerous",
            "in the mountain passes. ¶",
        ];
        for line_across in [false, true] {
            let mut lines = two_columns(&left, &right, line_across);
            lines.push(line("Questions", 72.0, 200.0, 200.0, 14.0));
            lines.push(line("1. Why did ideas travel?", 72.0, 250.0, 220.0, 11.0));
            let md = layout(&[Page {
                height: 800.0,
                lines,
            }])
            .unwrap();
            assert_eq!(
                md,
                "The caravans crossed the deserts of Central Asia. They carried silk to the \
                 markets of Persia.\n\nIdeas travelled with the goods, and paper making moved \
                 west. Monks carried their scriptures along the roads, and scholars compared \
                 their tables.\n\nThe journey was dangerous in the mountain passes.\n\n\
                 ## Questions\n\n1. Why did ideas travel?\n",
                "drawn line across: {line_across}"
            );
        }
    }

    #[test]
    fn a_footnote_at_a_columns_foot_is_left_out() {
        let mut lines = two_columns(
            &[
                "The sea was fed by two great rivers",
                "whose water went to the cotton",
                "fields of Uzbekistan. Long canals",
                "carried it across the desert.",
            ],
            &[
                "Year after year less water flowed",
                "into the sea, and it began to",
                "shrink. ¶",
            ],
            false,
        );
        // The footnote under the left column, drawn before the right column.
        let foot = [
            line("1", 72.0, 76.0, 200.0, 6.0),
            line("Cotton needs far more water than", 80.0, 290.0, 203.0, 9.0),
            line("the wheat farmers grew before.", 72.0, 250.0, 214.0, 9.0),
        ];
        lines.splice(4..4, foot);
        let md = layout(&[Page {
            height: 800.0,
            lines,
        }])
        .unwrap();
        assert!(!md.contains("Cotton"), "{md}");
        assert!(md.contains("across the desert. Year after year"), "{md}");
    }

    #[test]
    fn a_hyphen_at_a_line_end_is_closed_up_only_where_it_split_a_word() {
        let mut paragraph = "Fishing boats sailed out of the har-".to_owned();
        let mut words = WordBreaks::default();
        join_line(&mut paragraph, "bour of Aralsk every morn-", &mut words);
        join_line(&mut paragraph, "ing, and a well-", &mut words);
        join_line(&mut paragraph, "known harbour.", &mut words);
        assert_eq!(
            paragraph,
            "Fishing boats sailed out of the harbour of Aralsk every morning, and a well-known \
             harbour."
        );
        let mut kazakh = "Наурызда адамдар бір-".to_owned();
        join_line(&mut kazakh, "біріне қонаққа барып", &mut words);
        assert_eq!(kazakh, "Наурызда адамдар бір-біріне қонаққа барып");
    }

    #[test]
    fn a_cid_font_s_width_ranges_are_spelt_out_for_pdf_extract() {
        use pdf_extract::{Document, Object, dictionary};
        let mut doc = Document::with_version("1.7");
        // Skia's widths: a list, then a range (CIDs 36 to 39 all 722 wide), in the font.
        let w = vec![
            0.into(),
            Object::Array(vec![365.into(), 0.into()]),
            36.into(),
            39.into(),
            Object::Real(722.5),
        ];
        let font = doc.add_object(dictionary! {
            "Type" => "Font",
            "Subtype" => "CIDFontType2",
            "W" => w,
        });
        // The same widths as an object of their own, and a range too long to spell out.
        let array = doc.add_object(vec![3.into(), 4.into(), 500.into()]);
        let referred = doc.add_object(dictionary! {
            "Subtype" => "CIDFontType0",
            "W" => array,
        });
        let hostile = doc.add_object(dictionary! {
            "Subtype" => "CIDFontType2",
            "W" => vec![0.into(), 1_000_000.into(), 500.into()],
        });
        // A range whose length overflows (a second reviewer's case): left as it is.
        let overflowing = doc.add_object(dictionary! {
            "Subtype" => "CIDFontType2",
            "W" => vec![i64::MIN.into(), i64::MAX.into(), 500.into()],
        });
        spell_out_width_ranges(&mut doc);
        let widths = |id| {
            doc.get_object(id)
                .unwrap()
                .as_dict()
                .unwrap()
                .get(b"W")
                .unwrap()
                .clone()
        };
        assert_eq!(
            widths(font),
            Object::Array(vec![
                0.into(),
                Object::Array(vec![365.into(), 0.into()]),
                36.into(),
                Object::Array(vec![Object::Real(722.5); 4]),
            ])
        );
        assert_eq!(
            doc.get_object(array).unwrap().clone(),
            Object::Array(vec![3.into(), Object::Array(vec![500.into(), 500.into()])])
        );
        assert_eq!(widths(referred), Object::Reference(array));
        assert_eq!(
            widths(hostile),
            Object::Array(vec![0.into(), 1_000_000.into(), 500.into()])
        );
        assert_eq!(
            widths(overflowing),
            Object::Array(vec![i64::MIN.into(), i64::MAX.into(), 500.into()])
        );
    }

    #[test]
    fn a_browser_s_pdf_says_so_and_names_its_title() {
        use pdf_extract::{Document, Object, StringFormat, dictionary};
        let mut doc = Document::with_version("1.4");
        // Chrome's information: the `<title>` in UTF-16, its user agent as the creator.
        let mut title = vec![0xFE, 0xFF];
        for unit in "Иртыш — река | Сайт".encode_utf16() {
            title.extend(unit.to_be_bytes());
        }
        let info = doc.add_object(dictionary! {
            "Title" => Object::String(title, StringFormat::Hexadecimal),
            "Creator" => Object::string_literal("Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/156"),
            "Producer" => Object::string_literal("Skia/PDF m156"),
        });
        doc.trailer.set("Info", info);
        assert_eq!(
            Info::of(&doc),
            Info {
                title: Some("Иртыш — река | Сайт".to_owned()),
                web_page: true,
            }
        );
        let latex = doc.add_object(dictionary! {
            "Creator" => Object::string_literal("TeX"),
            "Producer" => Object::string_literal("pdfTeX-1.40.24"),
        });
        doc.trailer.set("Info", latex);
        assert_eq!(Info::of(&doc), Info::default());
        // Skia also sets documents that are no web page (an office suite's export).
        let document = doc.add_object(dictionary! {
            "Title" => Object::string_literal("Handout 3"),
            "Producer" => Object::string_literal("Skia/PDF m126 Google Docs Renderer"),
        });
        doc.trailer.set("Info", document);
        assert!(!Info::of(&doc).web_page);
    }

    #[test]
    fn a_printed_web_page_keeps_its_article_and_leaves_the_site_around_it() {
        let page = Page {
            height: 792.0,
            lines: vec![
                // The site's banner and menu above the title, larger than it.
                line("The Steppe Herald", 36.0, 200.0, 60.0, 24.0),
                line("Home World Science Opinion", 36.0, 300.0, 80.0, 11.25),
                line("Snow leopards caught on camera", 36.0, 400.0, 120.0, 22.5),
                line("above Almaty", 36.0, 200.0, 146.0, 22.5),
                line("By Dana Omarova · 4 min read", 36.0, 300.0, 170.0, 9.0),
                line(
                    "Rangers in the mountains above Almaty have counted",
                    36.0,
                    420.0,
                    200.0,
                    11.25,
                ),
                line(
                    "eleven snow leopards on film. Until now, six.",
                    36.0,
                    380.0,
                    217.0,
                    11.25,
                ),
                line("Related: Brown bears wake early", 36.0, 300.0, 245.0, 10.5),
                line(
                    "The cameras were fixed to rocks and trees at",
                    36.0,
                    420.0,
                    270.0,
                    11.25,
                ),
                line(
                    "heights between 2,500 and 3,600 metres.",
                    36.0,
                    300.0,
                    287.0,
                    11.25,
                ),
                // The sidebar: its heading in the body's size, the rest smaller.
                line("MOST READ", 450.0, 560.0, 200.0, 11.25),
                line(
                    "Tenge steady as oil prices climb",
                    450.0,
                    560.0,
                    220.0,
                    9.75,
                ),
                line("Questions", 36.0, 200.0, 320.0, 15.0),
                line(
                    "1. How did the rangers count the leopards?",
                    36.0,
                    400.0,
                    345.0,
                    11.25,
                ),
                line(
                    "© 2025 The Steppe Herald. All rights reserved.",
                    36.0,
                    300.0,
                    700.0,
                    9.0,
                ),
            ],
        };
        let info = Info {
            title: Some(
                "Snow leopards caught on camera above Almaty | The Steppe Herald".to_owned(),
            ),
            web_page: true,
        };
        let md = layout_with(std::slice::from_ref(&page), &info).unwrap();
        assert_eq!(
            md,
            "# Snow leopards caught on camera above Almaty\n\n\
             Rangers in the mountains above Almaty have counted eleven snow leopards on film. \
             Until now, six.\n\n\
             The cameras were fixed to rocks and trees at heights between 2,500 and 3,600 \
             metres.\n\n## Questions\n\n1. How did the rangers count the leopards?\n"
        );
        // The same lines from a word processor keep all their text.
        let md = layout(&[page]).unwrap();
        assert!(md.contains("Most read") || md.contains("MOST READ"), "{md}");
    }

    #[test]
    fn a_document_s_named_title_is_its_first_heading_only() {
        let page = Page {
            height: 800.0,
            lines: vec![
                line("The Caspian", 72.0, 300.0, 100.0, 20.0),
                line("Seal", 72.0, 200.0, 124.0, 20.0),
                line(
                    "The seal lives in the largest lake on Earth.",
                    72.0,
                    400.0,
                    160.0,
                    11.0,
                ),
                line("Questions", 72.0, 200.0, 200.0, 14.0),
                line("1. Where does the seal live?", 72.0, 300.0, 220.0, 11.0),
            ],
        };
        let named = |title: &str| Info {
            title: Some(title.to_owned()),
            web_page: false,
        };
        // Over two lines, as the title is set.
        let md = layout_with(std::slice::from_ref(&page), &named("The Caspian Seal")).unwrap();
        assert!(
            md.starts_with("# The Caspian Seal\n\nThe seal lives"),
            "{md}"
        );
        // A document property that happens to name a later heading leaves it where it is.
        let md = layout_with(&[page], &named("Questions")).unwrap();
        assert!(md.contains("## Questions\n\n1. Where"), "{md}");
    }

    #[test]
    fn a_column_that_ends_above_questions_across_the_page_keeps_its_paragraphs() {
        // Page 2 of a two-column handout: the left column runs on, the right is empty, the
        // questions are set across the page under it. "endangered." fills its column.
        let page = Page {
            height: 600.0,
            lines: vec![
                line("for Conservation of Nature listed", 40.0, 200.0, 60.0, 9.0),
                line("the Caspian seal as endangered.", 40.0, 200.0, 72.0, 9.0),
                line("Kazakhstan has banned the hunting", 40.0, 200.0, 84.0, 9.0),
                line("of seals.", 40.0, 90.0, 96.0, 9.0),
                line("Questions", 40.0, 120.0, 130.0, 12.0),
                line(
                    "1. Why is it surprising that seals live in the Caspian Sea?",
                    40.0,
                    380.0,
                    150.0,
                    9.0,
                ),
                line(
                    "2. How do scientists count the seals?",
                    40.0,
                    300.0,
                    164.0,
                    9.0,
                ),
            ],
        };
        let md = layout(&[page]).unwrap();
        assert!(
            md.starts_with(
                "for Conservation of Nature listed the Caspian seal as endangered. Kazakhstan \
                 has banned the hunting of seals.\n\n## Questions"
            ),
            "{md}"
        );
    }

    #[test]
    fn a_pdf_without_letters_is_a_scan() {
        let pages = vec![Page::default(); 3];
        assert_eq!(layout(&pages), Err(ImportProblem::PdfNoText));
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
