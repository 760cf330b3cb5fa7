//! OpenDocument text (`.odt`, LibreOffice Writer's own format) to the same reading Markdown
//! `docx.rs` makes: headings (`text:h`, or a paragraph whose style is a heading or the title),
//! bold and italic, lists with their numbers rebuilt (`1.`, `2.`… for numbered levels, `-` for
//! bullets: like Word, Writer keeps a list's numbers out of the text), tables' cells as
//! paragraphs in reading order. Footnotes, comments, tracked deletions, drawings and indexes
//! are left out, as `docx.rs` leaves them; headers and footers live in `styles.xml`, which is
//! read for its styles only.
//!
//! The file is a zip: `content.xml` holds the text and its automatic (direct) styles,
//! `styles.xml` the named ones. Both are read through caps, since a hostile file can unpack to
//! gigabytes or nest elements without end; what goes over one is said, in the user's words.

use std::collections::HashMap;
use std::io::Read;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

/// What the `mimetype` member of an OpenDocument text says it is.
pub const MIME_TYPE: &[u8] = b"application/vnd.oasis.opendocument.text";

/// The most one member (`content.xml`, `styles.xml`) may unpack to. A reading is at most
/// 16 MiB of file (`reading::MAX_READING_BYTES`); its XML is a few times its text, and a
/// deflate bomb is a thousand times its size.
pub const MAX_MEMBER_BYTES: u64 = 64 * 1024 * 1024;

/// How deep elements may nest. Real documents stay within a few dozen (a table in a list in a
/// section); 20,000 nested tables only slow every reader down.
pub const MAX_DEPTH: usize = 200;

/// How many parents a style may have before its chain is taken as a loop.
const MAX_STYLE_CHAIN: usize = 32;

/// Whether `bytes` start as an OpenDocument text (or a text template, which reads the same):
/// a zip whose first member is `mimetype`, stored uncompressed, naming it (ODF 1.2 part 3,
/// 3.3: so that its kind can be told from the first bytes, as here). Spreadsheets and
/// presentations name another kind.
pub fn is_odt(bytes: &[u8]) -> bool {
    const TEMPLATE: &[u8] = b"application/vnd.oasis.opendocument.text-template";
    let u16_at = |at: usize| {
        bytes
            .get(at..at + 2)
            .map(|b| usize::from(u16::from_le_bytes([b[0], b[1]])))
    };
    let stored = u16_at(8) == Some(0);
    if !bytes.starts_with(b"PK\x03\x04") || !stored || bytes.get(30..38) != Some(b"mimetype") {
        return false;
    }
    let (Some(size), Some(name_len), Some(extra_len)) = (u16_at(18), u16_at(26), u16_at(28)) else {
        return false;
    };
    let start = 30 + name_len + extra_len;
    if size == 0 {
        // Sizes given after the data (flag bit 3), as some zip writers do: the name is all
        // there is to go by.
        let rest = bytes.get(start..).unwrap_or_default();
        let after = rest.get(MIME_TYPE.len()).copied();
        return rest.starts_with(TEMPLATE)
            || rest.starts_with(MIME_TYPE) && !matches!(after, Some(b'-' | b'.'));
    }
    let Some(mime_type) = bytes.get(start..start + size) else {
        return false;
    };
    mime_type == MIME_TYPE || mime_type == TEMPLATE
}

/// Why an OpenDocument file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OdtError {
    /// Not a zip, a member missing or damaged, or XML that does not parse.
    Damaged,
    /// A member unpacks to more than [`MAX_MEMBER_BYTES`].
    TooLarge,
    /// Elements nest deeper than [`MAX_DEPTH`].
    TooDeep,
}

impl std::fmt::Display for OdtError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let said = match self {
            OdtError::Damaged => crate::t!("import-odt-damaged"),
            OdtError::TooLarge => crate::t!(
                "import-odt-too-large",
                megabytes = (MAX_MEMBER_BYTES / (1024 * 1024)).to_string()
            ),
            OdtError::TooDeep => crate::t!("import-odt-too-deep"),
        };
        f.write_str(&said)
    }
}

/// The reading Markdown of the OpenDocument text in `bytes`.
pub fn to_markdown(bytes: &[u8]) -> Result<String, crate::files::ImportProblem> {
    markdown_of(bytes).map_err(crate::files::ImportProblem::Odt)
}

fn markdown_of(bytes: &[u8]) -> Result<String, OdtError> {
    let mut zip =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| OdtError::Damaged)?;
    let content = member(&mut zip, "content.xml")?.ok_or(OdtError::Damaged)?;
    let mut styles = Styles::default();
    // Named styles; a file without styles.xml (some converters write none) reads on Writer's
    // defaults. Its automatic styles belong to headers and footers and are not read: their
    // names ("P1") repeat those of content.xml.
    if let Some(named) = member(&mut zip, "styles.xml")? {
        read_styles(&named, b"office:styles", &mut styles)?;
    }
    read_styles(&content, b"office:automatic-styles", &mut styles)?;
    let mut writer = Writer::new(&styles);
    writer.body(&content)?;
    Ok(writer.finish())
}

/// The text of the member `name`, read no further than [`MAX_MEMBER_BYTES`] whatever its
/// header claims; `None` when there is no such member.
fn member(
    zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, OdtError> {
    let file = match zip.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(_) => return Err(OdtError::Damaged),
    };
    if file.size() > MAX_MEMBER_BYTES {
        return Err(OdtError::TooLarge);
    }
    let mut bytes = Vec::new();
    file.take(MAX_MEMBER_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| OdtError::Damaged)?;
    if bytes.len() as u64 > MAX_MEMBER_BYTES {
        return Err(OdtError::TooLarge);
    }
    let text = String::from_utf8(bytes).map_err(|_| OdtError::Damaged)?;
    Ok(Some(text.trim_start_matches('\u{feff}').to_owned()))
}

/// A paragraph or text style, as far as a reading cares.
#[derive(Debug, Default, Clone)]
struct Style {
    parent: Option<String>,
    display_name: Option<String>,
    /// `style:default-outline-level`: the style is a heading of this level.
    outline_level: Option<usize>,
    bold: Option<bool>,
    italic: Option<bool>,
}

/// How one level of a list style marks its items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    /// Numbers from `start`.
    Number { start: usize },
    /// A bullet or a picture.
    Bullet,
    /// A numbered level whose format is empty: Writer shows no mark.
    Nothing,
}

/// The styles of one document. Automatic styles (content.xml) are looked up first: they are
/// the direct formatting, and their parents are named styles.
#[derive(Debug, Default)]
struct Styles {
    named_paragraph: HashMap<String, Style>,
    named_text: HashMap<String, Style>,
    automatic_paragraph: HashMap<String, Style>,
    automatic_text: HashMap<String, Style>,
    /// List style name → (level from 1 → how it marks).
    lists: HashMap<String, HashMap<usize, Marker>>,
}

impl Styles {
    /// The style `name` and its parents, nearest first.
    fn chain<'s>(
        &'s self,
        name: Option<&str>,
        automatic: &'s HashMap<String, Style>,
        named: &'s HashMap<String, Style>,
    ) -> Vec<&'s Style> {
        let mut chain = Vec::new();
        let Some(name) = name else {
            return chain;
        };
        let mut next = automatic.get(name).or_else(|| named.get(name));
        while let Some(style) = next {
            chain.push(style);
            if chain.len() >= MAX_STYLE_CHAIN {
                break;
            }
            next = style.parent.as_deref().and_then(|p| named.get(p));
        }
        chain
    }

    /// 1 for the title or "Heading 1", and so on: from the style's outline level or, failing
    /// that, its name.
    fn heading_level(&self, paragraph_style: Option<&str>) -> Option<usize> {
        let chain = self.chain(
            paragraph_style,
            &self.automatic_paragraph,
            &self.named_paragraph,
        );
        if let Some(level) = chain.iter().find_map(|s| s.outline_level) {
            return Some(level.clamp(1, 6));
        }
        if chain.is_empty() {
            // A style the document uses but does not define is Writer's own style of that name,
            // which Writer fills in from its built-in ones (pandoc writes its title as "Title"
            // with no "Title" in styles.xml): its name, `_20_` for a space, says what it is.
            return paragraph_style.and_then(|name| level_by_name(&name.replace("_20_", " ")));
        }
        chain
            .iter()
            .find_map(|s| level_by_name(s.display_name.as_deref()?))
    }

    /// Bold and italic set on the paragraph itself (its automatic style, as when a teacher
    /// selects a whole paragraph and makes it bold). A named paragraph style's weight is
    /// layout ("Table Heading", "Title"), as Word's is to `docx.rs`.
    fn paragraph_emphasis(&self, paragraph_style: Option<&str>) -> Emphasis {
        let own = paragraph_style.and_then(|name| self.automatic_paragraph.get(name));
        Emphasis {
            bold: own.and_then(|s| s.bold).unwrap_or(false),
            italic: own.and_then(|s| s.italic).unwrap_or(false),
        }
    }

    /// `inside` with a text style applied: direct formatting, or a character style such as
    /// "Strong Emphasis".
    fn span_emphasis(&self, text_style: Option<&str>, inside: Emphasis) -> Emphasis {
        let chain = self.chain(text_style, &self.automatic_text, &self.named_text);
        Emphasis {
            bold: chain.iter().find_map(|s| s.bold).unwrap_or(inside.bold),
            italic: chain.iter().find_map(|s| s.italic).unwrap_or(inside.italic),
        }
    }

    fn marker(&self, list_style: Option<&str>, level: usize) -> Marker {
        list_style
            .and_then(|name| self.lists.get(name))
            .and_then(|levels| levels.get(&(level + 1)))
            .copied()
            .unwrap_or(Marker::Bullet)
    }
}

/// 1 for Writer's "Title" style, N for its "Heading N".
fn level_by_name(name: &str) -> Option<usize> {
    if name == "Title" {
        return Some(1);
    }
    let n = name
        .strip_prefix("Heading ")?
        .trim()
        .parse::<usize>()
        .ok()?;
    Some(n.clamp(1, 6))
}

/// The value of attribute `name` of `element`, unescaped.
fn attribute(element: &BytesStart, name: &str) -> Option<String> {
    let attribute = element.try_get_attribute(name).ok()??;
    let raw = std::str::from_utf8(&attribute.value).ok()?;
    quick_xml::escape::unescape(raw)
        .ok()
        .map(|v| v.into_owned())
}

fn reader(xml: &str) -> Reader<&[u8]> {
    let mut reader = Reader::from_str(xml);
    // One event for `<text:s/>` and `<text:s></text:s>` alike.
    reader.config_mut().expand_empty_elements = true;
    reader
}

/// Reads the styles inside the element `section` (`office:styles` or
/// `office:automatic-styles`) of `xml` into `styles`.
fn read_styles(xml: &str, section: &[u8], styles: &mut Styles) -> Result<(), OdtError> {
    let automatic = section == b"office:automatic-styles";
    let mut reader = reader(xml);
    let mut depth = 0usize;
    let mut inside = false;
    // The style being read: its name, family and what it says so far.
    let mut style: Option<(String, String, Style)> = None;
    let mut list: Option<(String, HashMap<usize, Marker>)> = None;
    loop {
        match reader.read_event().map_err(|_| OdtError::Damaged)? {
            Event::Start(e) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(OdtError::TooDeep);
                }
                let name = e.name();
                let name = name.as_ref();
                if name == section {
                    inside = true;
                } else if name == b"office:body" {
                    break; // The text follows; styles come before it.
                } else if !inside {
                    continue;
                } else if name == b"style:style" {
                    let parsed = Style {
                        parent: attribute(&e, "style:parent-style-name"),
                        display_name: attribute(&e, "style:display-name")
                            .or_else(|| attribute(&e, "style:name")),
                        outline_level: attribute(&e, "style:default-outline-level")
                            .and_then(|l| l.trim().parse().ok())
                            .filter(|&l| l > 0),
                        ..Style::default()
                    };
                    style = attribute(&e, "style:name").map(|n| {
                        let family = attribute(&e, "style:family").unwrap_or_default();
                        (n, family, parsed)
                    });
                } else if name == b"style:text-properties" {
                    if let Some((_, _, style)) = style.as_mut() {
                        if let Some(weight) = attribute(&e, "fo:font-weight") {
                            style.bold = Some(is_bold(&weight));
                        }
                        if let Some(slant) = attribute(&e, "fo:font-style") {
                            style.italic = Some(slant != "normal");
                        }
                    }
                } else if name == b"text:list-style" {
                    list = attribute(&e, "style:name").map(|n| (n, HashMap::new()));
                } else if let Some((_, levels)) = list.as_mut() {
                    let level = attribute(&e, "text:level").and_then(|l| l.trim().parse().ok());
                    let marker = match name {
                        b"text:list-level-style-number" => {
                            let format = attribute(&e, "style:num-format").unwrap_or_default();
                            if format.is_empty() {
                                Some(Marker::Nothing)
                            } else {
                                let start = attribute(&e, "text:start-value")
                                    .and_then(|s| s.trim().parse().ok())
                                    .unwrap_or(1);
                                Some(Marker::Number { start })
                            }
                        }
                        b"text:list-level-style-bullet" | b"text:list-level-style-image" => {
                            Some(Marker::Bullet)
                        }
                        _ => None,
                    };
                    if let (Some(level), Some(marker)) = (level, marker) {
                        levels.insert(level, marker);
                    }
                }
            }
            Event::End(e) => {
                depth = depth.saturating_sub(1);
                let name = e.name();
                let name = name.as_ref();
                if name == section {
                    inside = false;
                } else if name == b"style:style" {
                    if let Some((name, family, parsed)) = style.take() {
                        let map = match (family.as_str(), automatic) {
                            ("paragraph", false) => &mut styles.named_paragraph,
                            ("paragraph", true) => &mut styles.automatic_paragraph,
                            ("text", false) => &mut styles.named_text,
                            ("text", true) => &mut styles.automatic_text,
                            _ => continue,
                        };
                        map.insert(name, parsed);
                    }
                } else if name == b"text:list-style"
                    && let Some((name, levels)) = list.take()
                {
                    styles.lists.insert(name, levels);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(())
}

/// `fo:font-weight`: "bold", or a number from 600 up (semibold and heavier look bold).
fn is_bold(weight: &str) -> bool {
    weight == "bold" || weight.trim().parse::<u32>().is_ok_and(|w| w >= 600)
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Emphasis {
    bold: bool,
    italic: bool,
}

/// An element of the body being read, for what its end undoes.
#[derive(Debug)]
enum Open {
    /// Left out with all it holds (a footnote, a comment, a drawing…).
    Skipped,
    Paragraph,
    Span,
    List,
    Item,
    Other,
}

/// A paragraph being read.
struct Paragraph {
    heading: Option<usize>,
    /// Emphasis in force: the paragraph's own, then each span's.
    emphasis: Vec<Emphasis>,
    runs: Vec<(String, Emphasis)>,
}

impl Paragraph {
    fn push(&mut self, text: &str) {
        let emphasis = self.emphasis.last().copied().unwrap_or_default();
        match self.runs.last_mut() {
            Some((run, e)) if *e == emphasis => run.push_str(text),
            _ => self.runs.push((text.to_owned(), emphasis)),
        }
    }

    /// The text with `**bold**` and `*italic*` runs, whitespace collapsed.
    fn text(&self) -> String {
        let marked: String = self
            .runs
            .iter()
            .map(|(text, e)| super::emphasise(text, e.bold, e.italic))
            .collect();
        crate::reading::collapse_whitespace(&marked)
    }
}

/// A `text:list` being read.
struct List {
    /// Which numbering it counts in: lists that continue one another share it.
    counting: usize,
    style: Option<String>,
    level: usize,
    /// The item being read has not shown its mark yet (its first paragraph takes it).
    awaiting_mark: bool,
    /// `text:start-value` of the item being read.
    item_start: Option<usize>,
}

struct Writer<'a> {
    styles: &'a Styles,
    out: Vec<String>,
    open: Vec<Open>,
    skipped: usize,
    paragraphs: Vec<Paragraph>,
    lists: Vec<List>,
    /// The last number given at each level of each numbering.
    counters: HashMap<usize, Vec<Option<usize>>>,
    /// Numberings by the `xml:id` of a list in them (`text:continue-list`).
    by_id: HashMap<String, usize>,
    /// The last top-level numbering of each list style (`text:continue-numbering`).
    by_style: HashMap<Option<String>, usize>,
    numberings: usize,
}

/// Elements whose content is not the article's text.
const LEFT_OUT: &[&[u8]] = &[
    b"text:note",
    b"office:annotation",
    b"text:tracked-changes",
    b"text:table-of-content",
    b"text:alphabetical-index",
    b"text:illustration-index",
    b"text:table-index",
    b"text:object-index",
    b"text:user-index",
    b"text:bibliography",
    b"text:sequence-decls",
    b"text:variable-decls",
    b"text:user-field-decls",
    b"text:dde-connection-decls",
    b"office:forms",
    b"text:ruby-text",
    b"office:automatic-styles",
    b"office:font-face-decls",
    b"office:scripts",
];

impl<'a> Writer<'a> {
    fn new(styles: &'a Styles) -> Writer<'a> {
        Writer {
            styles,
            out: Vec::new(),
            open: Vec::new(),
            skipped: 0,
            paragraphs: Vec::new(),
            lists: Vec::new(),
            counters: HashMap::new(),
            by_id: HashMap::new(),
            by_style: HashMap::new(),
            numberings: 0,
        }
    }

    fn body(&mut self, content: &str) -> Result<(), OdtError> {
        let mut reader = reader(content);
        loop {
            match reader.read_event().map_err(|_| OdtError::Damaged)? {
                Event::Start(e) => {
                    if self.open.len() >= MAX_DEPTH {
                        return Err(OdtError::TooDeep);
                    }
                    let open = self.start(&e);
                    self.open.push(open);
                }
                Event::End(_) => {
                    let open = self.open.pop().ok_or(OdtError::Damaged)?;
                    self.end(open);
                }
                Event::Text(t) if self.skipped == 0 => {
                    let text = t.decode().map_err(|_| OdtError::Damaged)?;
                    self.text(&text);
                }
                Event::CData(t) if self.skipped == 0 => {
                    let text = t.decode().map_err(|_| OdtError::Damaged)?;
                    self.text(&text);
                }
                Event::GeneralRef(r) if self.skipped == 0 => {
                    let c = match r.resolve_char_ref().map_err(|_| OdtError::Damaged)? {
                        Some(c) => c.to_string(),
                        None => {
                            let name = r.decode().map_err(|_| OdtError::Damaged)?;
                            quick_xml::escape::resolve_predefined_entity(&name)
                                .ok_or(OdtError::Damaged)?
                                .to_owned()
                        }
                    };
                    self.text(&c);
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(())
    }

    /// Text inside a paragraph; text between paragraphs is the XML's own indentation.
    fn text(&mut self, text: &str) {
        if let Some(paragraph) = self.paragraphs.last_mut() {
            paragraph.push(text);
        }
    }

    fn start(&mut self, e: &BytesStart) -> Open {
        let name = e.name();
        let name = name.as_ref();
        if self.skipped > 0 || LEFT_OUT.contains(&name) || name.starts_with(b"draw:") {
            self.skipped += 1;
            return Open::Skipped;
        }
        match name {
            b"text:p" | b"text:h" => {
                let style = attribute(e, "text:style-name");
                let heading = if name == b"text:h" {
                    // Outline level 1 when it is not given (ODF 1.2, 19.844).
                    let level = attribute(e, "text:outline-level")
                        .and_then(|l| l.trim().parse::<usize>().ok())
                        .unwrap_or(1);
                    Some(level.clamp(1, 6))
                } else {
                    self.styles.heading_level(style.as_deref())
                };
                let emphasis = self.styles.paragraph_emphasis(style.as_deref());
                self.paragraphs.push(Paragraph {
                    heading,
                    emphasis: vec![emphasis],
                    runs: Vec::new(),
                });
                Open::Paragraph
            }
            b"text:span" => {
                if let Some(paragraph) = self.paragraphs.last_mut() {
                    let inside = paragraph.emphasis.last().copied().unwrap_or_default();
                    let style = attribute(e, "text:style-name");
                    let emphasis = self.styles.span_emphasis(style.as_deref(), inside);
                    paragraph.emphasis.push(emphasis);
                    Open::Span
                } else {
                    Open::Other
                }
            }
            // Spaces, tabs and line breaks are a space to a reading, as in docx.rs: however
            // many `text:s` asks for (`text:c`), Markdown collapses them.
            b"text:s" | b"text:tab" | b"text:line-break" => {
                self.text(" ");
                Open::Other
            }
            b"text:list" => {
                self.start_list(e);
                Open::List
            }
            b"text:list-item" | b"text:list-header" => {
                if let Some(list) = self.lists.last_mut() {
                    list.awaiting_mark = name == b"text:list-item";
                    list.item_start =
                        attribute(e, "text:start-value").and_then(|s| s.trim().parse().ok());
                }
                Open::Item
            }
            _ => Open::Other,
        }
    }

    fn start_list(&mut self, e: &BytesStart) {
        let own_style = attribute(e, "text:style-name");
        if let Some(outer) = self.lists.last_mut() {
            // An item that opens with a list of its own is only its holder: Writer shows no
            // mark for it.
            outer.awaiting_mark = false;
            let list = List {
                counting: outer.counting,
                style: own_style.or_else(|| outer.style.clone()),
                level: outer.level + 1,
                awaiting_mark: false,
                item_start: None,
            };
            self.lists.push(list);
            return;
        }
        let continued = if let Some(id) = attribute(e, "text:continue-list") {
            self.by_id.get(&id).copied()
        } else if attribute(e, "text:continue-numbering").as_deref() == Some("true") {
            self.by_style.get(&own_style).copied()
        } else {
            None
        };
        let counting = continued.unwrap_or_else(|| {
            self.numberings += 1;
            self.numberings
        });
        if let Some(id) = attribute(e, "xml:id") {
            self.by_id.insert(id, counting);
        }
        self.by_style.insert(own_style.clone(), counting);
        self.lists.push(List {
            counting,
            style: own_style,
            level: 0,
            awaiting_mark: false,
            item_start: None,
        });
    }

    fn end(&mut self, open: Open) {
        match open {
            Open::Skipped => self.skipped -= 1,
            Open::Paragraph => {
                if let Some(paragraph) = self.paragraphs.pop() {
                    self.paragraph(&paragraph);
                }
            }
            Open::Span => {
                if let Some(paragraph) = self.paragraphs.last_mut() {
                    paragraph.emphasis.pop();
                }
            }
            Open::List => {
                self.lists.pop();
            }
            Open::Item | Open::Other => {}
        }
    }

    fn paragraph(&mut self, paragraph: &Paragraph) {
        let text = paragraph.text();
        if text.is_empty() {
            return;
        }
        let line = if let Some(level) = paragraph.heading {
            format!("{} {}", "#".repeat(level), super::strip_emphasis(&text))
        } else if let Some(marker) = self.list_marker() {
            format!("{marker} {text}")
        } else {
            text
        };
        self.out.push(line);
    }

    /// "1." (the numbering's next number) or "-", for the first paragraph of a list item.
    fn list_marker(&mut self) -> Option<String> {
        let list = self.lists.last_mut()?;
        if !std::mem::take(&mut list.awaiting_mark) {
            return None;
        }
        let level = list.level;
        let counters = self.counters.entry(list.counting).or_default();
        // A new item at a level restarts the levels below it, as Writer numbers them.
        counters.resize(level + 1, None);
        let indent = "  ".repeat(level);
        match self.styles.marker(list.style.as_deref(), level) {
            Marker::Number { start } => {
                let n = list
                    .item_start
                    .take()
                    .or_else(|| counters[level].map(|n| n + 1))
                    .unwrap_or(start);
                counters[level] = Some(n);
                Some(format!("{indent}{n}."))
            }
            Marker::Bullet => Some(format!("{indent}-")),
            Marker::Nothing => None,
        }
    }

    fn finish(self) -> String {
        let mut text = self.out.join("\n\n");
        text.push('\n');
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;

    const OFFICE: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xml="http://www.w3.org/XML/1998/namespace""#;

    /// An .odt as Writer lays it out: `mimetype` first and stored, then the members given.
    fn odt_with(members: &[(&str, &[u8])]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let stored =
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        zip.start_file("mimetype", stored).unwrap();
        zip.write_all(MIME_TYPE).unwrap();
        for (name, bytes) in members {
            let deflated =
                SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
            zip.start_file(*name, deflated).unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    /// Named styles as Writer's default template has them, with a header and footer.
    fn styles_xml() -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-styles {OFFICE}><office:styles>
<style:style style:name="Heading" style:family="paragraph"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Loop" style:family="text" style:parent-style-name="Loop"/>
<text:list-style style:name="Numbering_20_123" style:display-name="Numbering 123">
<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>
<text:list-level-style-number text:level="2" style:num-suffix=")" style:num-format="a"/>
</text:list-style>
</office:styles><office:automatic-styles><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_1"/></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard"><style:header><text:p text:style-name="P1">Riverside School</text:p></style:header><style:footer><text:p>Page <text:page-number>1</text:page-number></text:p></style:footer></style:master-page></office:master-styles></office:document-styles>"#
        )
    }

    fn content_xml(automatic: &str, body: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content {OFFICE}><office:automatic-styles>{automatic}</office:automatic-styles><office:body><office:text><text:sequence-decls><text:sequence-decl text:name="Table"/></text:sequence-decls>{body}</office:text></office:body></office:document-content>"#
        )
    }

    fn markdown(automatic: &str, body: &str) -> String {
        let content = content_xml(automatic, body);
        let styles = styles_xml();
        let odt = odt_with(&[
            ("content.xml", content.as_bytes()),
            ("styles.xml", styles.as_bytes()),
        ]);
        assert!(is_odt(&odt));
        to_markdown(&odt).unwrap()
    }

    const AUTOMATIC: &str = r#"
<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_2"/>
<style:style style:name="P2" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="T3" style:family="text"><style:text-properties fo:font-weight="normal"/></style:style>
<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="1" text:start-value="3"/></text:list-style>
<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/><text:list-level-style-bullet text:level="2" text:bullet-char="◦"/></text:list-style>
<text:list-style style:name="L3"><text:list-level-style-number text:level="1" style:num-format=""/></text:list-style>"#;

    #[test]
    fn headings_paragraphs_and_emphasis_come_out_as_word_s_do() {
        let md = markdown(
            AUTOMATIC,
            r#"<text:p text:style-name="Title">The <text:span text:style-name="T1">Salt</text:span> Road</text:p>
<text:h text:style-name="Heading_20_1" text:outline-level="2">Early trade</text:h>
<text:p text:style-name="P1">A subheading by its style</text:p>
<text:p>Caravans  carried <text:span text:style-name="T1">salt</text:span> <text:span text:style-name="T1"><text:span text:style-name="T2">north</text:span></text:span>,<text:s text:c="4"/>gold<text:tab/>south<text:line-break/>and <text:span text:style-name="Strong_20_Emphasis">silk<text:span text:style-name="T3"> and wool</text:span></text:span>.</text:p>
<text:p text:style-name="P2">A whole paragraph made bold.</text:p>
<text:p>Split <text:soft-page-break/>across pages &amp; &#x41;&#66;.</text:p>
<text:p text:style-name="Table_20_Heading">Heading row</text:p>
<text:p>   </text:p>"#,
        );
        assert_eq!(
            md,
            "# The Salt Road\n\n## Early trade\n\n## A subheading by its style\n\n\
             Caravans carried **salt** ***north***, gold south and **silk** and wool.\n\n\
             **A whole paragraph made bold.**\n\nSplit across pages & AB.\n\nHeading row\n"
        );
    }

    #[test]
    fn a_style_named_but_not_defined_is_writer_s_own_of_that_name() {
        // pandoc's .odt: "Title" and "Heading_20_3" used, neither in styles.xml; "Subtitle"
        // and "Author" are no headings in Writer either.
        let styles = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-styles {OFFICE}><office:styles>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"/>
</office:styles></office:document-styles>"#
        );
        let content = content_xml(
            "",
            r#"<text:p text:style-name="Title">The Great Green Wall</text:p>
<text:p text:style-name="Subtitle">Geography, Year 10</text:p>
<text:p text:style-name="Author">Ms Seitkali</text:p>
<text:p text:style-name="Heading_20_3">Undefined heading</text:p>
<text:h text:style-name="Heading_20_1" text:outline-level="1">A wall made of trees</text:h>"#,
        );
        let odt = odt_with(&[
            ("content.xml", content.as_bytes()),
            ("styles.xml", styles.as_bytes()),
        ]);
        let md = to_markdown(&odt).unwrap();
        assert_eq!(
            md,
            "# The Great Green Wall\n\nGeography, Year 10\n\nMs Seitkali\n\n\
             ### Undefined heading\n\n# A wall made of trees\n"
        );
    }

    #[test]
    fn footnotes_comments_drawings_headers_and_footers_stay_out_of_the_article() {
        let md = markdown(
            "",
            r#"<text:p>Water rises as vapour.<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>A school atlas, 2019.</text:p></text:note-body></text:note> Then it cools.<office:annotation><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">Ms Abenova</dc:creator><text:p>Check this date</text:p></office:annotation></text:p>
<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>Deleted words</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:p><draw:frame><draw:text-box><text:p>Caption in a box</text:p></draw:text-box></draw:frame>After the picture.</text:p>
<text:table-of-content><text:index-body><text:p>Contents 1</text:p></text:index-body></text:table-of-content>"#,
        );
        assert_eq!(
            md,
            "Water rises as vapour. Then it cools.\n\nAfter the picture.\n"
        );
    }

    #[test]
    fn lists_are_numbered_as_writer_shows_them() {
        let item = |text: &str| format!("<text:list-item><text:p>{text}</text:p></text:list-item>");
        let body = format!(
            r#"<text:list xml:id="list1" text:style-name="Numbering_20_123">{a}<text:list-item><text:p>Second</text:p><text:list>{sub1}{sub2}</text:list></text:list-item>{c}</text:list>
<text:p>A note between the questions.</text:p>
<text:list xml:id="list2" text:continue-numbering="true" text:style-name="Numbering_20_123">{d}</text:list>
<text:list xml:id="list3" text:style-name="L1">{e}{f}</text:list>
<text:list text:style-name="Numbering_20_123">{g}</text:list>
<text:list text:continue-list="list1" text:style-name="Numbering_20_123">{h}<text:list-item text:start-value="10"><text:p>Ten</text:p></text:list-item>{i}</text:list>
<text:list text:style-name="L2"><text:list-item><text:p>Sun</text:p><text:list><text:list-item><text:p>heat</text:p></text:list-item></text:list></text:list-item><text:list-header><text:p>No mark</text:p></text:list-header></text:list>
<text:list text:style-name="L3">{j}</text:list>
<text:list text:style-name="Numbering_20_123"><text:list-item><text:list><text:list-item><text:p>Only the inner one</text:p></text:list-item></text:list></text:list-item>{k}</text:list>
<table:table><table:table-row><table:table-cell><text:list text:style-name="Numbering_20_123">{l}</text:list></table:table-cell><table:table-cell><text:p>Cell</text:p></table:table-cell></table:table-row></table:table>"#,
            a = item("First"),
            sub1 = item("Part a"),
            sub2 = item("Part b"),
            c = item("Third"),
            d = item("Fourth"),
            e = item("From three"),
            f = item("Four"),
            g = item("A new list"),
            h = item("Back to the first list"),
            i = item("Eleven"),
            j = item("Unmarked"),
            k = item("Outer"),
            l = item("In a table"),
        );
        let md = markdown(AUTOMATIC, &body);
        let lines: Vec<&str> = md.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            lines,
            [
                "1. First",
                "2. Second",
                "  1. Part a",
                "  2. Part b",
                "3. Third",
                "A note between the questions.",
                "4. Fourth",
                "3. From three",
                "4. Four",
                "1. A new list",
                "5. Back to the first list",
                "10. Ten",
                "11. Eleven",
                "- Sun",
                "  - heat",
                "No mark",
                "Unmarked",
                "  1. Only the inner one",
                "1. Outer",
                "1. In a table",
                "Cell",
            ]
        );
    }

    #[test]
    fn an_odt_is_told_by_its_mimetype_not_by_other_zips() {
        let odt = odt_with(&[("content.xml", content_xml("", "").as_bytes())]);
        assert!(is_odt(&odt));
        let mut ods = odt.clone();
        let at = ods
            .windows(MIME_TYPE.len())
            .position(|w| w == MIME_TYPE)
            .unwrap();
        ods[at + MIME_TYPE.len() - 4..at + MIME_TYPE.len()].copy_from_slice(b"xxxx");
        assert!(!is_odt(&ods));
        assert!(!is_odt(b"PK\x03\x04"));
        assert!(!is_odt(b""));
        // Without styles.xml the text reads on default styles.
        let content = content_xml("", "<text:p>Just text</text:p>");
        let bare = odt_with(&[("content.xml", content.as_bytes())]);
        assert_eq!(to_markdown(&bare).unwrap(), "Just text\n");
    }

    #[test]
    fn a_hostile_or_damaged_odt_is_refused_with_a_reason() {
        let reason = |bytes: &[u8]| markdown_of(bytes).unwrap_err();
        // A deflate bomb: a few kilobytes that unpack past the cap.
        let big = vec![b' '; MAX_MEMBER_BYTES as usize + 1];
        assert_eq!(
            reason(&odt_with(&[("content.xml", &big)])),
            OdtError::TooLarge
        );
        // Sections in sections, far past any real document.
        let deep = content_xml(
            "",
            &format!(
                "{}<text:p>x</text:p>{}",
                "<text:section>".repeat(20_000),
                "</text:section>".repeat(20_000)
            ),
        );
        assert_eq!(
            reason(&odt_with(&[("content.xml", deep.as_bytes())])),
            OdtError::TooDeep
        );
        let styles_deep = format!("<office:styles>{}", "<style:style>".repeat(20_000));
        assert_eq!(
            reason(&odt_with(&[
                ("content.xml", content_xml("", "").as_bytes()),
                ("styles.xml", styles_deep.as_bytes()),
            ])),
            OdtError::TooDeep
        );
        // No content.xml, broken XML, text that is not UTF-8, a cut-off file.
        assert_eq!(reason(&odt_with(&[])), OdtError::Damaged);
        let broken = content_xml("", "<text:p>unclosed</text:span>");
        assert_eq!(
            reason(&odt_with(&[("content.xml", broken.as_bytes())])),
            OdtError::Damaged
        );
        assert_eq!(
            reason(&odt_with(&[("content.xml", b"\xff\xfe<")])),
            OdtError::Damaged
        );
        let good = odt_with(&[(
            "content.xml",
            content_xml("", "<text:p>x</text:p>").as_bytes(),
        )]);
        for cut in [good.len() / 2, 100, 40] {
            assert_eq!(reason(&good[..cut]), OdtError::Damaged, "cut at {cut}");
        }
        // A style that is its own parent is read, not followed for ever.
        let looped = content_xml(
            "",
            r#"<text:p><text:span text:style-name="Loop">x</text:span></text:p>"#,
        );
        let styles = styles_xml();
        let odt = odt_with(&[
            ("content.xml", looped.as_bytes()),
            ("styles.xml", styles.as_bytes()),
        ]);
        assert_eq!(to_markdown(&odt).unwrap(), "x\n");
        // The reason is said in words, not as the zip library's error.
        assert!(OdtError::TooLarge.to_string().contains("64"));
    }
}
