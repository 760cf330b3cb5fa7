//! A class sheet's charts in the PDF, drawn as the HTML sheet draws them: a row of the chart is
//! a line of the page (label, bar, figures), so the charts break across pages as text does and
//! a chart's title never ends a page alone. Shapes are filled vector paths; the text is the
//! bundled font's, searchable like the rest of the sheet.

use std::collections::HashMap;
use std::rc::Rc;

use krilla::surface::Surface;
use krilla::text::Font;

use super::{Block, Kind, Typesetter, draw_line, fill, smart_quotes};
use crate::export::{ChartBar, Shade, SheetChart};
use crate::i18n::Language;

/// The height of a chart's row, in points.
const ROW: f32 = 16.0;
/// The label's room on the left, and the gap after it and after the bar.
const LABEL_WIDTH: f32 = 128.0;
const GAP: f32 = 8.0;
/// The share of the column the bar's room takes.
const BAR_SHARE: f32 = 0.47;
const BAR_HEIGHT: f32 = 10.0;

/// One line of a chart on the page.
pub(super) enum ChartLine {
    /// A student's, a question's or a criterion's row: `bar`'s lengths are out of `scale`.
    Row {
        label: String,
        figures: String,
        bar: ChartBar,
        scale: f64,
    },
    /// What each colour means.
    Legend(Vec<(String, Shade)>),
}

/// `chart`'s blocks: its title (kept with the first rows), a block a row, the legend.
pub(super) fn chart_blocks(
    out: &mut Vec<Block>,
    ts: &mut Typesetter,
    chart: &SheetChart,
    language: Language,
    width: f32,
) {
    ts.measure(out, Kind::Prompt, &chart.title(language), width);
    for row in &chart.rows {
        out.push(line_block(ChartLine::Row {
            label: smart_quotes(&row.short_label()),
            figures: row.figures(chart, language),
            bar: row.bar.clone(),
            scale: chart.scale,
        }));
    }
    let legend = chart.legend(language);
    if !legend.is_empty() {
        let legend = legend
            .into_iter()
            .map(|(name, shade)| (smart_quotes(&name), shade))
            .collect();
        out.push(line_block(ChartLine::Legend(legend)));
    }
}

fn line_block(line: ChartLine) -> Block {
    Block {
        kind: Kind::Chart,
        text: Rc::from(""),
        range: 0..0,
        lines: vec![ROW],
        first: true,
        last: true,
        bar: None,
        chart: Some(Rc::new(line)),
    }
}

/// Draws `line` with its top left at (`x`, `top`) in a column `width` wide.
pub(super) fn draw(
    surface: &mut Surface,
    fonts: &mut HashMap<u64, Font>,
    ts: &mut Typesetter,
    line: &ChartLine,
    (x, top, width): (f32, f32, f32),
) {
    let mut text = |surface: &mut Surface, words: &str, at: f32, room: f32| -> f32 {
        let layout = ts.layout(Kind::Chart, words, room.max(1.0));
        draw_line(surface, fonts, (&layout, words), 0, at, top + 2.0);
        layout.get(0).map_or(0.0, |l| l.metrics().advance)
    };
    match line {
        ChartLine::Row {
            label,
            figures,
            bar,
            scale,
        } => {
            text(surface, label, x, LABEL_WIDTH);
            let bar_x = x + LABEL_WIDTH + GAP;
            let bar_width = width * BAR_SHARE;
            let at = |value: f64| bar_x + bar_width * (value / scale).clamp(0.0, 1.0) as f32;
            // The axis the bars start from.
            fill(surface, [190, 190, 190], (bar_x - 0.5, top, 0.75, ROW));
            let middle = top + ROW / 2.0;
            match bar {
                ChartBar::Stacked(parts) => {
                    let mut from = 0.0;
                    for (length, shade) in parts {
                        let (left, right) = (at(from), at(from + length));
                        from += length;
                        let rect = (left, middle - BAR_HEIGHT / 2.0, right - left, BAR_HEIGHT);
                        fill(surface, shade.rgb(), rect);
                    }
                }
                ChartBar::Spread(Some([low, q1, median, q3, high])) => {
                    let ink = Shade::Words.rgb();
                    let whisker = (at(*low), middle - 0.75, at(*high) - at(*low), 1.5);
                    fill(surface, ink, whisker);
                    let body = (at(*q1), middle - 5.0, (at(*q3) - at(*q1)).max(1.0), 10.0);
                    fill(surface, [176, 200, 224], body);
                    fill(surface, ink, (at(*median) - 1.0, middle - 6.0, 2.0, 12.0));
                }
                ChartBar::Spread(None) => {}
            }
            let figures_x = bar_x + bar_width + GAP;
            text(surface, figures, figures_x, x + width - figures_x);
        }
        ChartLine::Legend(legend) => {
            let mut at = x + LABEL_WIDTH + GAP;
            for (name, shade) in legend {
                fill(surface, shade.rgb(), (at, top + 4.0, 8.0, 8.0));
                at += 11.0;
                at += text(surface, name, at, x + width - at) + 12.0;
            }
        }
    }
}
