//! The sheet as a typeset PDF: Libertinus Serif (bundled, embedded and subset), justified
//! answers, typographic quotes, the student's name and the reading's title at the top of every
//! page, "n / N" at the foot, no prompt heading left alone at the bottom of a page, searchable
//! text and document metadata.
//!
//! parley shapes and breaks the lines; krilla writes the PDF; what is here is the small layer
//! between: blocks of text, and a y-cursor that starts a new page when the next line does not fit.

use crate::files::FileError;
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;
use std::str::FromStr;
use std::sync::Arc;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::Point;
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use parley::fontique::{Blob, Collection, CollectionOptions, SourceCache};
use parley::{
    Alignment, AlignmentOptions, FontContext, FontFamily, FontStyle, FontWeight, Layout,
    LayoutContext, LineHeight, OverflowWrap, PositionedLayoutItem, StyleProperty,
};

mod chart;

use super::BlockKind as Kind;
use super::{Part, SheetItem, SheetLabels, StudySheet, one_line};

const FAMILY: &str = "Libertinus Serif";
const FONTS: [&[u8]; 3] = [
    include_bytes!("../../../assets/fonts/LibertinusSerif-Regular.otf"),
    include_bytes!("../../../assets/fonts/LibertinusSerif-Bold.otf"),
    include_bytes!("../../../assets/fonts/LibertinusSerif-Italic.otf"),
];

/// Paper sizes schools print on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// Width and height in points.
    fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

impl FromStr for Paper {
    type Err = String;
    fn from_str(s: &str) -> Result<Paper, String> {
        match s.to_ascii_lowercase().as_str() {
            "a4" => Ok(Paper::A4),
            "letter" => Ok(Paper::Letter),
            other => Err(format!("unknown paper '{other}': use a4 or letter")),
        }
    }
}

const MARGIN_X: f32 = 64.0;
const MARGIN_TOP: f32 = 72.0;
const MARGIN_BOTTOM: f32 = 64.0;

struct Look {
    size: f32,
    bold: bool,
    italic: bool,
    justify: bool,
    color: rgb::Color,
    before: f32,
    after: f32,
    /// Space on the left, for quotes.
    indent: f32,
    /// Keep on the page with the first lines of the next block.
    keep_with_next: bool,
}

fn look(kind: Kind) -> Look {
    let ink = rgb::Color::new(26, 26, 26);
    let blue = rgb::Color::new(43, 91, 132);
    let grey = rgb::Color::new(100, 100, 100);
    let (before, after) = kind.space();
    let base = Look {
        size: 11.5,
        bold: false,
        italic: false,
        justify: false,
        color: ink,
        before,
        after,
        indent: 0.0,
        keep_with_next: false,
    };
    match kind {
        Kind::Title => Look {
            size: 20.0,
            bold: true,
            ..base
        },
        Kind::Meta => Look {
            size: 9.5,
            color: grey,
            ..base
        },
        Kind::Section => Look {
            size: 14.0,
            bold: true,
            color: rgb::Color::new(31, 58, 95),
            keep_with_next: true,
            ..base
        },
        Kind::Prompt => Look {
            size: 11.5,
            bold: true,
            color: blue,
            keep_with_next: true,
            ..base
        },
        Kind::PromptText => Look {
            italic: true,
            color: rgb::Color::new(60, 60, 60),
            keep_with_next: true,
            ..base
        },
        Kind::Answer => Look {
            justify: true,
            ..base
        },
        Kind::Words => Look {
            size: 8.5,
            color: grey,
            ..base
        },
        Kind::Unanswered => Look {
            italic: true,
            color: grey,
            ..base
        },
        Kind::EvidenceTitle => Look {
            size: 8.5,
            bold: true,
            color: grey,
            indent: 14.0,
            keep_with_next: true,
            ..base
        },
        Kind::Quote => Look {
            size: 10.5,
            italic: true,
            color: rgb::Color::new(40, 40, 40),
            indent: 22.0,
            ..base
        },
        Kind::Chart => Look { size: 9.0, ..base },
        Kind::Running => Look {
            size: 8.5,
            italic: true,
            color: grey,
            ..base
        },
    }
}

/// A block of the sheet, measured: its text and the height of each line it puts on the page.
///
/// Its layout is not kept. A parley layout takes some 50 bytes a character, so a sheet of
/// 30 MB of answers held laid out whole took gigabytes; instead each block is laid out once to
/// measure it and again, a page at a time, to draw it. A long paragraph is measured in pieces
/// of about [`PIECE`] bytes (see [`Typesetter::measure`]), so no layout is ever larger than
/// that, however long a student's paragraph.
struct Block {
    kind: Kind,
    /// The paragraph this block is (a piece of), quotes typographic; its pieces share it.
    text: Rc<str>,
    /// What of `text` is laid out to draw this block: its lines are the first [`Block::lines`]
    /// lines of that layout.
    range: Range<usize>,
    /// The height of each line drawn from this block.
    lines: Vec<f32>,
    /// The paragraph's first piece (space before it) and its last (space after it).
    first: bool,
    last: bool,
    /// A highlighter's bar in this colour beside every line (the Highlights part).
    bar: Option<[u8; 3]>,
    /// A chart's row or legend, drawn instead of text (a class sheet's charts).
    chart: Option<Rc<chart::ChartLine>>,
}

/// About how many bytes of a paragraph are laid out at a time.
const PIECE: usize = 16 * 1024;

/// Turns text into laid-out blocks with the bundled fonts only (no system fonts: the same
/// sheet comes out the same on every computer).
struct Typesetter {
    fonts: FontContext,
    layouts: LayoutContext<rgb::Color>,
}

impl Typesetter {
    fn new() -> Typesetter {
        let mut collection = Collection::new(CollectionOptions {
            shared: false,
            system_fonts: false,
        });
        for data in FONTS {
            collection.register_fonts(Blob::new(Arc::new(data)), None);
        }
        Typesetter {
            fonts: FontContext {
                collection,
                source_cache: SourceCache::default(),
            },
            layouts: LayoutContext::new(),
        }
    }

    /// `text` (already typographic) laid out as a block of `kind` in a column `width` wide.
    /// A word wider than the column is broken where it reaches the edge (CSS's `overflow-wrap:
    /// break-word`): a 3,000-letter "word" runs over lines, never off the page.
    fn layout(&mut self, kind: Kind, text: &str, width: f32) -> Layout<rgb::Color> {
        let look = look(kind);
        let mut builder = self
            .layouts
            .ranged_builder(&mut self.fonts, text, 1.0, false);
        builder.push_default(StyleProperty::FontFamily(FontFamily::named(FAMILY)));
        builder.push_default(StyleProperty::FontSize(look.size));
        builder.push_default(StyleProperty::LineHeight(LineHeight::FontSizeRelative(
            1.32,
        )));
        builder.push_default(StyleProperty::Brush(look.color));
        builder.push_default(StyleProperty::OverflowWrap(OverflowWrap::BreakWord));
        if look.bold {
            builder.push_default(StyleProperty::FontWeight(FontWeight::BOLD));
        }
        if look.italic {
            builder.push_default(StyleProperty::FontStyle(FontStyle::Italic));
        }
        let mut layout = builder.build(text);
        layout.break_all_lines(Some(width - look.indent));
        let alignment = if look.justify {
            Alignment::Justify
        } else {
            Alignment::Start
        };
        layout.align(alignment, AlignmentOptions::default());
        layout
    }

    /// Measures `text` as a block of `kind` and adds it to `out`: one block, or for a paragraph
    /// longer than [`PIECE`], a block per piece. A piece is laid out from where the last one's
    /// lines ended to about [`PIECE`] bytes on, and keeps all its lines but the last (which the
    /// cut may have shortened): lines break greedily, so each kept line is the line the whole
    /// paragraph laid out at once would have, justified as it would be.
    fn measure(&mut self, out: &mut Vec<Block>, kind: Kind, text: &str, width: f32) {
        let text: Rc<str> = if kind.is_one_line() {
            smart_quotes(&one_line(text)).into()
        } else {
            smart_quotes(text).into()
        };
        let mut start = 0;
        let mut size = PIECE;
        loop {
            let end = char_boundary(&text, start + size);
            let layout = self.layout(kind, &text[start..end], width);
            let heights = layout.lines().map(|l| l.metrics().line_height);
            let next = layout.get(layout.len().saturating_sub(1));
            let next = next.map_or(0, |l| l.text_range().start);
            if end == text.len() || (layout.len() >= 2 && next > 0) {
                let last = end == text.len();
                let keep = if last { layout.len() } else { layout.len() - 1 };
                out.push(Block {
                    kind,
                    text: text.clone(),
                    range: start..end,
                    lines: heights.take(keep).collect(),
                    first: start == 0,
                    last,
                    bar: None,
                    chart: None,
                });
                if last {
                    return;
                }
                start += next;
                size = PIECE;
            } else {
                // Not even two lines in this much text (or no line ended in it): take more.
                size *= 2;
            }
        }
    }

    /// The layout `block` draws its lines from.
    fn relayout(&mut self, block: &Block, width: f32) -> Layout<rgb::Color> {
        self.layout(block.kind, &block.text[block.range.clone()], width)
    }
}

/// The nearest char boundary of `text` at or after `at`, or its end.
fn char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// Straight quotes become typographic ones: “…”, ‘…’ and the apostrophe ’.
fn smart_quotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous = ' ';
    for c in text.chars() {
        let opening =
            previous.is_whitespace() || matches!(previous, '(' | '[' | '{' | '—' | '–' | '«');
        out.push(match c {
            '"' if opening => '“',
            '"' => '”',
            '\'' if opening => '‘',
            '\'' => '’',
            c => c,
        });
        previous = c;
    }
    out
}

/// The blocks of the sheet, top to bottom, measured.
fn blocks(sheet: &StudySheet, ts: &mut Typesetter, width: f32) -> Vec<Block> {
    let mut out = Vec::new();
    for part in sheet.parts() {
        match part {
            Part::Title(title) => ts.measure(&mut out, Kind::Title, &title, width),
            Part::Details(details) => {
                for (label, value) in details {
                    ts.measure(&mut out, Kind::Meta, &format!("{label}: {value}"), width);
                }
            }
            Part::Heading { title, description } => {
                ts.measure(&mut out, Kind::Section, &title, width);
                if let Some(description) = description {
                    ts.measure(&mut out, Kind::PromptText, description, width);
                }
            }
            Part::Item(item) => item_blocks(&mut out, ts, item, &sheet.labels, width),
            Part::Chart(c) => chart::chart_blocks(&mut out, ts, c, sheet.labels.language, width),
            Part::Comment {
                heading,
                paragraphs,
            } => {
                ts.measure(&mut out, Kind::EvidenceTitle, heading, width);
                for p in paragraphs {
                    ts.measure(&mut out, Kind::Quote, p, width);
                }
            }
            Part::Highlights(group) => {
                ts.measure(&mut out, Kind::Prompt, &group.colour, width);
                for quote in &group.quotes {
                    let from = out.len();
                    ts.measure(&mut out, Kind::Quote, &quote.display(), width);
                    for block in &mut out[from..] {
                        block.bar = Some(shade(group.shade));
                    }
                }
            }
        }
    }
    out
}

fn item_blocks(
    out: &mut Vec<Block>,
    ts: &mut Typesetter,
    item: &SheetItem,
    labels: &SheetLabels,
    width: f32,
) {
    ts.measure(out, Kind::Prompt, &item.heading(), width);
    if item.title.is_some() {
        ts.measure(out, Kind::PromptText, &item.prompt, width);
    }
    if item.is_answered() {
        for p in &item.answer {
            ts.measure(out, Kind::Answer, p, width);
        }
        ts.measure(out, Kind::Words, &item.words_text(labels.language), width);
    } else {
        ts.measure(out, Kind::Unanswered, &labels.not_answered, width);
    }
    if !item.citations.is_empty() {
        ts.measure(out, Kind::EvidenceTitle, &labels.evidence, width);
        for quote in &item.citations {
            ts.measure(out, Kind::Quote, &quote.display(), width);
        }
    }
}

/// A line placed on a page: which block, which line, and the y of the line's top.
type Placed = (usize, usize, f32);

/// Places every line on a page. A block that keeps with the next moves to a new page when it
/// and the first two lines of what follows do not fit; a paragraph that does not fit in what
/// is left of a page starts the next one (the pieces of a long one follow on line by line).
fn paginate(blocks: &[Block], top: f32, bottom: f32) -> Vec<Vec<Placed>> {
    let mut pages = vec![Vec::new()];
    let mut y = top;
    for (b, block) in blocks.iter().enumerate() {
        let look = look(block.kind);
        if block.first {
            if y > top {
                y += look.before;
            }
            // Headings (and the prompt text under them) travel with what follows.
            let mut needed: f32 = block.lines.iter().sum();
            let mut next = b + 1;
            let mut chain = look.keep_with_next;
            while chain && next < blocks.len() {
                let following = &blocks[next];
                let next_look = self::look(following.kind);
                needed += next_look.before + following.lines.iter().take(2).sum::<f32>();
                chain = next_look.keep_with_next;
                next += 1;
            }
            if y + needed > bottom && y > top {
                pages.push(Vec::new());
                y = top;
            }
        }
        for (l, h) in block.lines.iter().enumerate() {
            if y + h > bottom && y > top {
                pages.push(Vec::new());
                y = top;
            }
            pages.last_mut().expect("a page").push((b, l, y));
            y += h;
        }
        if block.last {
            y += look.after;
        }
    }
    pages
}

/// Draws line `index` of `layout`, laid out from `text`, with its top at (`x`, `top`).
fn draw_line(
    surface: &mut Surface,
    fonts: &mut HashMap<u64, Font>,
    (layout, text): (&Layout<rgb::Color>, &str),
    index: usize,
    x: f32,
    top: f32,
) {
    let Some(line) = layout.get(index) else {
        return;
    };
    let line_top = line.metrics().block_min_coord;
    for item in line.items() {
        let PositionedLayoutItem::GlyphRun(glyph_run) = item else {
            continue;
        };
        let run = glyph_run.run();
        let font = run.font();
        let (data, id) = font.data.clone().into_raw_parts();
        let krilla_font = match fonts.get(&id) {
            Some(f) => f.clone(),
            None => {
                // The bundled fonts always load; were one not to, its text is left out
                // rather than the export failing.
                let Some(f) = Font::new(data.into(), font.index) else {
                    continue;
                };
                fonts.insert(id, f.clone());
                f
            }
        };
        let size = run.font_size();
        let mut glyphs = Vec::new();
        for cluster in run.visual_clusters() {
            // A ligature (fi, ffl…) is one glyph for several clusters. parley gives each
            // cluster a share of its width, so the glyph must advance by the shares of all of
            // them: advancing by the first cluster's share alone drew the next letter over the
            // ligature's tail ("benefits" printed as "benefts").
            if cluster.is_ligature_continuation() {
                if let Some(glyph) = glyphs.last_mut() {
                    let glyph: &mut KrillaGlyph = glyph;
                    glyph.text_range.end = cluster.text_range().end;
                    glyph.x_advance += cluster.advance() / size;
                }
                continue;
            }
            let first = glyphs.len();
            let mut drawn = 0.0;
            for glyph in cluster.glyphs() {
                drawn += glyph.advance;
                glyphs.push(KrillaGlyph::new(
                    GlyphId::new(glyph.id),
                    glyph.advance / size,
                    glyph.x / size,
                    glyph.y / size,
                    0.0,
                    cluster.text_range(),
                    None,
                ));
            }
            // Justification widens the spaces: give the extra to the cluster's last glyph.
            if glyphs.len() > first {
                let extra = cluster.advance() - drawn;
                if let Some(last) = glyphs.last_mut() {
                    last.x_advance += extra / size;
                }
            }
        }
        surface.set_fill(Some(Fill {
            paint: glyph_run.style().brush.into(),
            opacity: NormalizedF32::ONE,
            rule: Default::default(),
        }));
        let origin = Point::from_xy(
            x + glyph_run.offset(),
            top + (glyph_run.baseline() - line_top),
        );
        surface.draw_glyphs(origin, &glyphs, krilla_font, text, size, false);
    }
}

/// The printed colour of a highlight: the window's pale shade, a little deeper so it shows on
/// paper.
fn shade(colour: crate::answers::HighlightColour) -> [u8; 3] {
    use crate::answers::HighlightColour as H;
    match colour {
        H::Yellow => [240, 200, 40],
        H::Green => [110, 190, 100],
        H::Blue => [100, 160, 230],
        H::Pink => [230, 120, 170],
    }
}

/// A rectangle (`x`, `top`, `width`, `height`) filled with `colour`.
fn fill(surface: &mut Surface, [r, g, b]: [u8; 3], (x, top, width, height): (f32, f32, f32, f32)) {
    let Some(rect) = krilla::geom::Rect::from_xywh(x, top, width, height) else {
        return;
    };
    let mut path = krilla::geom::PathBuilder::new();
    path.push_rect(rect);
    let Some(path) = path.finish() else { return };
    surface.set_fill(Some(Fill {
        paint: rgb::Color::new(r, g, b).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }));
    surface.draw_path(&path);
}

/// The sheet as a PDF on `paper`.
///
/// Memory: the blocks are measured (their text and line heights kept, not their layouts),
/// paginated, then drawn page by page, each block laid out again only while its lines are
/// drawn. What is held is the text, the page's content as krilla builds it, and the finished
/// pages, compressed: a few times the text, not the 80 times that keeping every layout took.
pub fn render(sheet: &StudySheet, paper: Paper) -> Result<Vec<u8>, FileError> {
    let (width, height) = paper.size();
    let column = width - 2.0 * MARGIN_X;
    let mut ts = Typesetter::new();
    let blocks = blocks(sheet, &mut ts, column);
    let pages = paginate(&blocks, MARGIN_TOP, height - MARGIN_BOTTOM);
    let total = pages.len();

    let mut document = Document::new();
    let mut metadata = Metadata::new()
        .title(sheet.title_line().into_owned())
        .language(sheet.labels.language.tag().to_owned());
    if !sheet.student.is_empty() {
        metadata = metadata.authors(vec![one_line(&sheet.student).into_owned()]);
    }
    document.set_metadata(metadata);
    let mut fonts = HashMap::new();
    let running_text = smart_quotes(&sheet.running_head());
    let running = ts.layout(Kind::Running, &running_text, column);
    // The block being drawn, laid out: (its index, its layout).
    let mut current: Option<(usize, Layout<rgb::Color>)> = None;
    for (n, placed) in pages.iter().enumerate() {
        let settings = PageSettings::from_wh(width, height)
            .ok_or_else(|| not_made(format!("paper {width} × {height}")))?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        // Who and what, on every page; the page number at the foot.
        draw_line(
            &mut surface,
            &mut fonts,
            (&running, &running_text),
            0,
            MARGIN_X,
            MARGIN_TOP - 30.0,
        );
        let folio_text = format!("{} / {total}", n + 1);
        let folio = ts.layout(Kind::Running, &folio_text, column);
        let folio_x = (width - folio.width()) / 2.0;
        draw_line(
            &mut surface,
            &mut fonts,
            (&folio, &folio_text),
            0,
            folio_x,
            height - MARGIN_BOTTOM + 22.0,
        );
        for &(b, l, y) in placed {
            let block = &blocks[b];
            if let Some(line) = &block.chart {
                let at = (MARGIN_X, y, column);
                chart::draw(&mut surface, &mut fonts, &mut ts, line, at);
                continue;
            }
            if current.as_ref().is_none_or(|(at, _)| *at != b) {
                current = Some((b, ts.relayout(block, column)));
            }
            let Some((_, layout)) = &current else {
                continue;
            };
            let x = MARGIN_X + look(block.kind).indent;
            if let Some(colour) = block.bar {
                let height = block.lines.get(l).copied().unwrap_or(0.0);
                fill(&mut surface, colour, (x - 9.0, y, 4.0, height));
            }
            let text = &block.text[block.range.clone()];
            draw_line(&mut surface, &mut fonts, (layout, text), l, x, y);
        }
        surface.finish();
        page.finish();
    }
    drop(current);
    document.finish().map_err(|e| not_made(format!("{e:?}")))
}

/// A PDF that could not be made: a fault in Lectern or krilla (a font it cannot embed, a
/// page size it refuses), said to the student as such; `detail` is kept for a bug report.
fn not_made(detail: String) -> FileError {
    FileError::SheetNotMade {
        format: "PDF",
        detail,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column() -> f32 {
        Paper::A4.size().0 - 2.0 * MARGIN_X
    }

    /// Each line `text` is drawn as, in `kind`: its text and how far its ink reaches.
    fn drawn_lines(ts: &mut Typesetter, kind: Kind, text: &str) -> Vec<(String, f32)> {
        let mut blocks = Vec::new();
        ts.measure(&mut blocks, kind, text, column());
        let mut lines = Vec::new();
        for block in &blocks {
            let layout = ts.relayout(block, column());
            let text = &block.text[block.range.clone()];
            assert!(block.lines.len() <= layout.len());
            for (l, height) in block.lines.iter().enumerate() {
                let line = layout.get(l).unwrap();
                let m = line.metrics();
                assert_eq!(m.line_height, *height);
                let reach = m.offset + m.advance - m.hanging_advance;
                lines.push((text[line.text_range()].to_owned(), reach));
            }
        }
        lines
    }

    #[test]
    fn a_word_longer_than_the_line_is_broken_inside_and_never_runs_off_the_page() {
        let mut ts = Typesetter::new();
        let word: String = "ҚазақстанEUpartnership"
            .chars()
            .cycle()
            .take(3_000)
            .collect();
        for kind in [
            Kind::Answer,
            Kind::Quote,
            Kind::Prompt,
            Kind::Title,
            Kind::Meta,
        ] {
            let text = format!("Before {word} after.");
            let lines = drawn_lines(&mut ts, kind, &text);
            let room = column() - look(kind).indent;
            assert!(lines.len() > 10, "{kind:?}: {} lines", lines.len());
            for (line, reach) in &lines {
                assert!(
                    *reach <= room + 0.01,
                    "{kind:?}: a line {reach} pt wide in a {room} pt column: {line:?}"
                );
            }
            let all: String = lines.iter().map(|(l, _)| l.as_str()).collect();
            assert_eq!(
                all.split_whitespace().collect::<Vec<_>>(),
                ["Before", word.as_str(), "after."],
                "{kind:?}: every letter drawn, once"
            );
        }
    }

    #[test]
    fn a_long_paragraph_laid_out_in_pieces_has_the_lines_it_has_whole() {
        let mut ts = Typesetter::new();
        // About 200 KB in one paragraph, with single line breaks and a long word in it.
        let mut text = crate::generate::prose(7, 20_000);
        text.insert_str(100_000, &format!("\n{}\n", "x".repeat(2_000)));
        let text = crate::export::Clean::new(&text);
        let pieces = drawn_lines(&mut ts, Kind::Answer, &text);
        let whole_text = smart_quotes(&text);
        let whole = ts.layout(Kind::Answer, &whole_text, column());
        assert_eq!(pieces.len(), whole.len());
        for (l, (piece, _)) in pieces.iter().enumerate() {
            let line = whole.get(l).unwrap();
            assert_eq!(piece, &whole_text[line.text_range()], "line {l}");
        }
        let mut blocks = Vec::new();
        ts.measure(&mut blocks, Kind::Answer, &text, column());
        assert!(blocks.len() > 5, "{} pieces", blocks.len());
        assert!(blocks.iter().all(|b| b.range.len() <= 2 * PIECE));
        assert!(blocks[0].first && !blocks[1].first && blocks.last().unwrap().last);
    }

    #[test]
    fn quotes_turn_typographic() {
        assert_eq!(
            smart_quotes("He said \"it's 'fine'\" (\"ok\")"),
            "He said “it’s ‘fine’” (“ok”)"
        );
    }
}
