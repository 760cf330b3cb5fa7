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
const BAR_SHARE: f32 = 0.42;
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

/// `chart`'s blocks: its title (kept with the first rows), a block a row, the legend (on as
/// many lines as it needs). Labels and figures are cut with "…" to the room they have, measured
/// in the font they are drawn in, so nothing runs into the bar or off the page.
pub(super) fn chart_blocks(
    out: &mut Vec<Block>,
    ts: &mut Typesetter,
    chart: &SheetChart,
    language: Language,
    width: f32,
) {
    ts.measure(out, Kind::Prompt, &chart.title(language), width);
    let figures_room = width - LABEL_WIDTH - GAP - width * BAR_SHARE - GAP;
    for row in &chart.rows {
        out.push(line_block(ChartLine::Row {
            label: fitted(ts, &smart_quotes(&row.short_label()), LABEL_WIDTH),
            figures: fitted(ts, &row.figures(chart, language), figures_room),
            bar: row.bar.clone(),
            scale: chart.scale,
        }));
    }
    let room = width - LABEL_WIDTH - GAP;
    let mut line: Vec<(String, Shade)> = Vec::new();
    let mut used = 0.0;
    for (name, shade) in chart.legend(language) {
        let name = fitted(ts, &smart_quotes(&name), room - SWATCH);
        let wide = SWATCH + drawn_width(ts, &name) + LEGEND_GAP;
        if !line.is_empty() && used + wide > room {
            out.push(line_block(ChartLine::Legend(std::mem::take(&mut line))));
            used = 0.0;
        }
        used += wide;
        line.push((name, shade));
    }
    if !line.is_empty() {
        out.push(line_block(ChartLine::Legend(line)));
    }
}

/// A legend entry's swatch and the gap after it, and the gap after its name.
const SWATCH: f32 = 11.0;
const LEGEND_GAP: f32 = 12.0;

/// How wide `text` is drawn in a chart's font.
fn drawn_width(ts: &mut Typesetter, text: &str) -> f32 {
    ts.layout(Kind::Chart, text, f32::MAX).width()
}

/// `text`, cut with "…" to the most of it drawn no wider than `room` (found by halving, so a
/// hostile ten-thousand-letter level name costs a dozen layouts, not ten thousand).
fn fitted(ts: &mut Typesetter, text: &str, room: f32) -> String {
    if drawn_width(ts, text) <= room {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let cut = |n: usize| {
        let kept: String = chars[..n].iter().collect();
        format!("{}…", kept.trim_end())
    };
    // The most characters that fit lies in lo..hi: lo fits (or is 0), hi does not.
    let (mut lo, mut hi) = (0, chars.len());
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if drawn_width(ts, &cut(mid)) <= room {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    cut(lo)
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
            text(surface, label, x, f32::MAX);
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
            text(surface, figures, figures_x, f32::MAX);
        }
        ChartLine::Legend(legend) => {
            let mut at = x + LABEL_WIDTH + GAP;
            for (name, shade) in legend {
                fill(surface, shade.rgb(), (at, top + 4.0, 8.0, 8.0));
                at += SWATCH;
                at += text(surface, name, at, f32::MAX) + LEGEND_GAP;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_level_names_are_cut_to_their_room() {
        let mut ts = Typesetter::new();
        assert_eq!(fitted(&mut ts, "Aliya", LABEL_WIDTH), "Aliya");
        let wide = "ҚАЗАҚСТАН ЖӘНЕ ЕУРОПА ОДАҒЫ".repeat(400);
        let cut = fitted(&mut ts, &wide, LABEL_WIDTH);
        assert!(cut.ends_with('…') && cut.chars().count() > 5, "{cut}");
        let drawn = drawn_width(&mut ts, &cut);
        // Within its room, and not cut much shorter than it need be (a letter is some 8 pt).
        assert!(
            drawn <= LABEL_WIDTH && drawn > LABEL_WIDTH - 20.0,
            "{drawn} pt: {cut}"
        );
    }
}
