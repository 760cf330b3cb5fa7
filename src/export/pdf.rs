//! The sheet as a typeset PDF: Libertinus Serif (bundled, embedded and subset), justified
//! answers, typographic quotes, the student's name and the reading's title at the top of every
//! page, "n / N" at the foot, no prompt heading left alone at the bottom of a page, searchable
//! text and document metadata.
//!
//! parley shapes and breaks the lines; krilla writes the PDF; what is here is the small layer
//! between: blocks of text, and a y-cursor that starts a new page when the next line does not fit.

use std::collections::HashMap;
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
    LayoutContext, LineHeight, PositionedLayoutItem, StyleProperty,
};

use super::BlockKind as Kind;
use super::{Part, SheetItem, SheetLabels, StudySheet};

const FAMILY: &str = "Libertinus Serif";
const FONTS: [&[u8]; 3] = [
    include_bytes!("../../assets/fonts/LibertinusSerif-Regular.otf"),
    include_bytes!("../../assets/fonts/LibertinusSerif-Bold.otf"),
    include_bytes!("../../assets/fonts/LibertinusSerif-Italic.otf"),
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
        Kind::Running => Look {
            size: 8.5,
            italic: true,
            color: grey,
            ..base
        },
    }
}

/// A block of text laid out for the page's column.
struct Block {
    kind: Kind,
    text: String,
    layout: Layout<rgb::Color>,
    /// A highlighter's bar in this colour beside every line (the Highlights part).
    bar: Option<rgb::Color>,
}

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

    fn block(&mut self, kind: Kind, text: &str, width: f32) -> Block {
        let text = smart_quotes(text);
        let look = look(kind);
        let mut builder = self
            .layouts
            .ranged_builder(&mut self.fonts, &text, 1.0, false);
        builder.push_default(StyleProperty::FontFamily(FontFamily::named(FAMILY)));
        builder.push_default(StyleProperty::FontSize(look.size));
        builder.push_default(StyleProperty::LineHeight(LineHeight::FontSizeRelative(
            1.32,
        )));
        builder.push_default(StyleProperty::Brush(look.color));
        if look.bold {
            builder.push_default(StyleProperty::FontWeight(FontWeight::BOLD));
        }
        if look.italic {
            builder.push_default(StyleProperty::FontStyle(FontStyle::Italic));
        }
        let mut layout = builder.build(&text);
        layout.break_all_lines(Some(width - look.indent));
        let alignment = if look.justify {
            Alignment::Justify
        } else {
            Alignment::Start
        };
        layout.align(alignment, AlignmentOptions::default());
        Block {
            kind,
            text,
            layout,
            bar: None,
        }
    }
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

/// The blocks of the sheet, top to bottom.
fn blocks(sheet: &StudySheet, ts: &mut Typesetter, width: f32) -> Vec<Block> {
    let mut out = Vec::new();
    for part in sheet.parts() {
        match part {
            Part::Title(title) => out.push(ts.block(Kind::Title, title, width)),
            Part::Details(details) => {
                for (label, value) in details {
                    out.push(ts.block(Kind::Meta, &format!("{label}: {value}"), width));
                }
            }
            Part::Heading { title, description } => {
                out.push(ts.block(Kind::Section, title, width));
                if let Some(description) = description {
                    out.push(ts.block(Kind::PromptText, description, width));
                }
            }
            Part::Item(item) => item_blocks(&mut out, ts, item, &sheet.labels, width),
            Part::Comment {
                heading,
                paragraphs,
            } => {
                out.push(ts.block(Kind::EvidenceTitle, heading, width));
                out.extend(paragraphs.iter().map(|p| ts.block(Kind::Quote, p, width)));
            }
            Part::Highlights(group) => {
                out.push(ts.block(Kind::Prompt, &group.colour, width));
                for quote in &group.quotes {
                    let mut block = ts.block(Kind::Quote, &quote.display(), width);
                    block.bar = Some(shade(group.shade));
                    out.push(block);
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
    out.push(ts.block(Kind::Prompt, &item.heading(), width));
    if item.title.is_some() {
        out.push(ts.block(Kind::PromptText, &item.prompt, width));
    }
    if item.is_answered() {
        out.extend(item.answer.iter().map(|p| ts.block(Kind::Answer, p, width)));
        out.push(ts.block(Kind::Words, &item.words_text(labels.language), width));
    } else {
        out.push(ts.block(Kind::Unanswered, &labels.not_answered, width));
    }
    if !item.citations.is_empty() {
        out.push(ts.block(Kind::EvidenceTitle, &labels.evidence, width));
        for quote in &item.citations {
            out.push(ts.block(Kind::Quote, &quote.display(), width));
        }
    }
}

/// A line placed on a page: which block, which line, and the y of the line's top.
type Placed = (usize, usize, f32);

fn line_heights(block: &Block) -> Vec<f32> {
    block
        .layout
        .lines()
        .map(|l| l.metrics().line_height)
        .collect()
}

/// Places every line on a page. A block that keeps with the next moves to a new page when it
/// and the first two lines of what follows do not fit.
fn paginate(blocks: &[Block], top: f32, bottom: f32) -> Vec<Vec<Placed>> {
    let mut pages = vec![Vec::new()];
    let mut y = top;
    for (b, block) in blocks.iter().enumerate() {
        let look = look(block.kind);
        let heights = line_heights(block);
        if y > top {
            y += look.before;
        }
        // Headings (and the prompt text under them) travel with what follows.
        let mut needed: f32 = heights.iter().sum();
        let mut next = b + 1;
        let mut chain = look.keep_with_next;
        while chain && next < blocks.len() {
            let following = &blocks[next];
            let next_look = self::look(following.kind);
            let lines = line_heights(following);
            needed += next_look.before + lines.iter().take(2).sum::<f32>();
            chain = next_look.keep_with_next;
            next += 1;
        }
        if y + needed > bottom && y > top {
            pages.push(Vec::new());
            y = top;
        }
        for (l, h) in heights.iter().enumerate() {
            if y + h > bottom && y > top {
                pages.push(Vec::new());
                y = top;
            }
            pages.last_mut().expect("a page").push((b, l, y));
            y += h;
        }
        y += look.after;
    }
    pages
}

/// Draws line `index` of `block` with its top at (`x`, `top`).
fn draw_line(
    surface: &mut Surface,
    fonts: &mut HashMap<u64, Font>,
    block: &Block,
    index: usize,
    x: f32,
    top: f32,
) {
    let Some(line) = block.layout.lines().nth(index) else {
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
        surface.draw_glyphs(origin, &glyphs, krilla_font, &block.text, size, false);
    }
}

/// The printed colour of a highlight: the window's pale shade, a little deeper so it shows on
/// paper.
fn shade(colour: crate::answers::HighlightColour) -> rgb::Color {
    use crate::answers::HighlightColour as H;
    match colour {
        H::Yellow => rgb::Color::new(240, 200, 40),
        H::Green => rgb::Color::new(110, 190, 100),
        H::Blue => rgb::Color::new(100, 160, 230),
        H::Pink => rgb::Color::new(230, 120, 170),
    }
}

/// A bar 4 pt wide, `height` tall, with its top left at (`x`, `top`).
fn draw_bar(surface: &mut Surface, colour: rgb::Color, x: f32, top: f32, height: f32) {
    let Some(rect) = krilla::geom::Rect::from_xywh(x, top, 4.0, height) else {
        return;
    };
    let mut path = krilla::geom::PathBuilder::new();
    path.push_rect(rect);
    let Some(path) = path.finish() else { return };
    surface.set_fill(Some(Fill {
        paint: colour.into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }));
    surface.draw_path(&path);
}

/// The sheet as a PDF on `paper`.
pub fn render(sheet: &StudySheet, paper: Paper) -> Result<Vec<u8>, String> {
    let (width, height) = paper.size();
    let column = width - 2.0 * MARGIN_X;
    let mut ts = Typesetter::new();
    let blocks = blocks(sheet, &mut ts, column);
    let pages = paginate(&blocks, MARGIN_TOP, height - MARGIN_BOTTOM);
    let total = pages.len();

    let mut document = Document::new();
    let mut metadata = Metadata::new()
        .title(sheet.title.to_string())
        .language(sheet.labels.language.tag().to_owned());
    if !sheet.student.is_empty() {
        metadata = metadata.authors(vec![sheet.student.to_string()]);
    }
    document.set_metadata(metadata);
    let mut fonts = HashMap::new();
    let running_text = format!("{} — {}", sheet.student_or_blank(), sheet.title);
    for (n, placed) in pages.iter().enumerate() {
        let settings = PageSettings::from_wh(width, height).ok_or("the paper size is not valid")?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        // Who and what, on every page; the page number at the foot.
        let running = ts.block(Kind::Running, &running_text, column);
        draw_line(
            &mut surface,
            &mut fonts,
            &running,
            0,
            MARGIN_X,
            MARGIN_TOP - 30.0,
        );
        let folio = ts.block(Kind::Running, &format!("{} / {total}", n + 1), column);
        let folio_x = (width - folio.layout.width()) / 2.0;
        draw_line(
            &mut surface,
            &mut fonts,
            &folio,
            0,
            folio_x,
            height - MARGIN_BOTTOM + 22.0,
        );
        for &(b, l, y) in placed {
            let block = &blocks[b];
            let x = MARGIN_X + look(block.kind).indent;
            if let Some(colour) = block.bar {
                let height = line_heights(block).get(l).copied().unwrap_or(0.0);
                draw_bar(&mut surface, colour, x - 9.0, y, height);
            }
            draw_line(&mut surface, &mut fonts, block, l, x, y);
        }
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|e| format!("could not write the PDF: {e:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_turn_typographic() {
        assert_eq!(
            smart_quotes("He said \"it's 'fine'\" (\"ok\")"),
            "He said “it’s ‘fine’” (“ok”)"
        );
    }
}
