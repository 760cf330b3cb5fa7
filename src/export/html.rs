//! The sheet as one self-contained HTML file: inline CSS, no scripts, no external resources,
//! a print stylesheet for A4 and Letter. Everything from the reading or the student is escaped.

use super::{ChartBar, Part, SheetChart, SheetItem, SheetLabels, SheetQuote, StudySheet, one_line};
use crate::i18n::Language;

const STYLE: &str = r#"
:root { color-scheme: light; }
body { font-family: "Libertinus Serif", "Georgia", "Times New Roman", serif; font-size: 12pt;
       line-height: 1.5; color: #1a1a1a; background: #fff; max-width: 42em; margin: 2.5em auto;
       padding: 0 1.5em; }
header { border-bottom: 2px solid #1a1a1a; padding-bottom: 0.8em; margin-bottom: 1.5em; }
h1 { font-size: 1.7em; line-height: 1.2; margin: 0 0 0.6em; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.15em 1em; margin: 0;
          font-family: system-ui, "Segoe UI", sans-serif; font-size: 0.85em; }
dl.meta dt { font-weight: 600; color: #444; }
dl.meta dd { margin: 0; }
h2 { font-family: system-ui, "Segoe UI", sans-serif; font-size: 1.15em; margin: 2em 0 0.6em;
     padding-bottom: 0.2em; border-bottom: 1px solid #bbb; }
.description { font-style: italic; color: #333; }
section.item { margin: 0 0 1.6em; }
h3 { font-size: 1em; font-weight: 700; margin: 1.2em 0 0.4em; padding-left: 0.6em;
     border-left: 3px solid #2b5b84; }
h3 .label { color: #2b5b84; margin-right: 0.3em; }
p.prompt-text { margin: 0 0 0.5em 0.9em; font-style: italic; color: #333; }
.answer p { margin: 0 0 0.7em; text-align: justify; hyphens: auto; white-space: pre-line; }
.words { font-family: system-ui, "Segoe UI", sans-serif; font-size: 0.8em; color: #666; margin: 0; }
.unanswered { border: 1px dashed #999; color: #666; font-style: italic; padding: 0.5em 0.8em;
              margin: 0; border-radius: 4px; }
.evidence { margin: 0.6em 0 0 0.9em; }
.evidence h4 { font-family: system-ui, "Segoe UI", sans-serif; font-size: 0.8em; color: #444;
               text-transform: uppercase; letter-spacing: 0.04em; margin: 0 0 0.3em; }
blockquote { margin: 0 0 0.5em; padding: 0.1em 0 0.1em 0.8em; border-left: 3px solid #c9a227;
             color: #222; }
blockquote p { margin: 0; font-style: italic; }
.para { font-family: system-ui, "Segoe UI", sans-serif; font-size: 0.8em; color: #555;
        font-style: normal; white-space: nowrap; }
aside.comment { margin: 0.4em 0 1.4em 0.9em; padding: 0.4em 0.8em; border-left: 3px solid #8a3b8f;
                background: #f7eff8; font-family: system-ui, "Segoe UI", sans-serif; font-size: 0.92em; }
aside.comment h4 { font-size: 0.8em; color: #6b2a70; text-transform: uppercase;
                   letter-spacing: 0.04em; margin: 0 0 0.3em; }
aside.comment p { margin: 0 0 0.4em; white-space: pre-line; }
ul.highlights { list-style: none; padding: 0; margin: 0 0 1em; }
ul.highlights li { margin: 0 0 0.45em; }
mark { padding: 0 0.15em; border-radius: 2px; color: #111; }
.yellow mark { background: #fff0a0; } .green mark { background: #c8f0c0; }
.blue mark { background: #c6e2ff; } .pink mark { background: #ffd0e4; }
figure.chart { margin: 0.6em 0 1.6em; }
figure.chart figcaption { font-family: system-ui, "Segoe UI", sans-serif; font-weight: 600;
                          font-size: 0.95em; margin: 0 0 0.4em; }
figure.chart svg { width: 100%; height: auto; display: block; }
figure.chart svg text { font-family: system-ui, "Segoe UI", sans-serif; font-size: 12px;
                        fill: #1a1a1a; }
figure.chart svg .grid { stroke: #ccc; stroke-width: 1; }
p.legend { font-family: system-ui, "Segoe UI", sans-serif; font-size: 0.8em; color: #444;
           margin: 0.3em 0 0; }
p.legend span { margin-right: 1.2em; white-space: nowrap; }
p.legend i { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em;
             vertical-align: -0.05em; border-radius: 2px; }
footer { margin-top: 3em; font-size: 0.8em; color: #777; border-top: 1px solid #ccc;
         padding-top: 0.5em; font-family: system-ui, "Segoe UI", sans-serif; }
@page { size: auto; margin: 2cm 2cm 2.2cm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 11pt; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  .answer p { orphans: 3; widows: 3; }
  .unanswered, blockquote, ul.highlights li, figure.chart { break-inside: avoid; }
  mark, figure.chart, p.legend i { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  footer { display: none; }
}
"#;

pub fn render(sheet: &StudySheet) -> String {
    let mut out = String::with_capacity(4096);
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        sheet.labels.language.tag()
    ));
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!(
        "<title>{} — {}</title>\n",
        escape(&sheet.title_line()),
        escape(&sheet.student_or_blank())
    ));
    out.push_str(&format!(
        "<meta name=\"author\" content=\"{}\">\n",
        escape(&one_line(&sheet.student))
    ));
    out.push_str(&format!(
        "<style>{STYLE}</style>\n</head>\n<body>\n<header>\n"
    ));
    for part in sheet.parts() {
        match part {
            Part::Title(title) => out.push_str(&format!("<h1>{}</h1>\n", escape(&title))),
            Part::Details(details) => {
                out.push_str("<dl class=\"meta\">\n");
                for (key, value) in details {
                    out.push_str(&format!("<dt>{key}</dt><dd>{}</dd>\n", escape(&value)));
                }
                out.push_str("</dl>\n</header>\n<main>\n");
            }
            Part::Heading { title, description } => {
                out.push_str(&format!("<h2>{}</h2>\n", escape(&title)));
                if let Some(description) = description {
                    out.push_str(&format!(
                        "<p class=\"description\">{}</p>\n",
                        escape(description)
                    ));
                }
            }
            Part::Item(item) => item_html(&mut out, item, &sheet.labels),
            Part::Chart(chart) => chart_html(&mut out, chart, sheet.labels.language),
            Part::Comment {
                heading,
                paragraphs,
            } => {
                out.push_str(&format!(
                    "<aside class=\"comment\">\n<h4>{}</h4>\n",
                    escape(heading)
                ));
                for paragraph in paragraphs {
                    out.push_str(&format!("<p>{}</p>\n", escape(paragraph)));
                }
                out.push_str("</aside>\n");
            }
            Part::Highlights(group) => {
                let class = group.colour.to_lowercase();
                out.push_str(&format!(
                    "<h3>{}</h3>\n<ul class=\"highlights {}\">\n",
                    escape(&group.colour),
                    escape(&class)
                ));
                for quote in &group.quotes {
                    out.push_str(&format!(
                        "<li><mark>{}</mark> {}</li>\n",
                        escape(&quote.quote),
                        paragraph_ref(quote)
                    ));
                }
                out.push_str("</ul>\n");
            }
        }
    }
    out.push_str(&format!(
        "</main>\n<footer>{}</footer>\n</body>\n</html>\n",
        escape(&sheet.labels.footer)
    ));
    out
}

fn item_html(out: &mut String, item: &SheetItem, labels: &SheetLabels) {
    out.push_str("<section class=\"item\">\n");
    let heading = one_line(item.title.as_deref().unwrap_or(item.prompt.as_str()));
    let label = if item.label.is_empty() {
        String::new()
    } else {
        format!(
            "<span class=\"label\">{}</span>",
            escape(&one_line(&item.label))
        )
    };
    out.push_str(&format!("<h3>{label}{}</h3>\n", escape(&heading)));
    if item.title.is_some() {
        out.push_str(&format!(
            "<p class=\"prompt-text\">{}</p>\n",
            escape(&item.prompt)
        ));
    }
    if item.is_answered() {
        out.push_str("<div class=\"answer\">\n");
        for paragraph in &item.answer {
            // `white-space: pre-line` keeps the student's single line breaks.
            out.push_str(&format!("<p>{}</p>\n", escape(paragraph)));
        }
        out.push_str(&format!(
            "</div>\n<p class=\"words\">{}</p>\n",
            escape(&item.words_text(labels.language))
        ));
    } else {
        out.push_str(&format!(
            "<p class=\"unanswered\">{}</p>\n",
            escape(&labels.not_answered)
        ));
    }
    if !item.citations.is_empty() {
        out.push_str(&format!(
            "<div class=\"evidence\">\n<h4>{}</h4>\n",
            escape(&labels.evidence)
        ));
        for quote in &item.citations {
            out.push_str(&format!(
                "<blockquote><p>“{}” {}</p></blockquote>\n",
                escape(&quote.quote),
                paragraph_ref(quote)
            ));
        }
        out.push_str("</div>\n");
    }
    out.push_str("</section>\n");
}

/// Where a chart's parts go across its 640-unit width: the label, the bar's room, the figures.
const CHART_BAR_X: f64 = 190.0;
const CHART_BAR_WIDTH: f64 = 290.0;
const CHART_ROW: f64 = 22.0;

/// A chart as an SVG drawing under its title, the legend below it. The drawing's text is the
/// rows' labels and figures, so a screen reader or a search finds them; each label carries its
/// whole text as a tooltip when it is cut.
fn chart_html(out: &mut String, chart: &SheetChart, language: Language) {
    let title = escape(&chart.title(language));
    let height = chart.rows.len() as f64 * CHART_ROW + 8.0;
    out.push_str(&format!(
        "<figure class=\"chart\">\n<figcaption>{title}</figcaption>\n\
         <svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 {height}\" \
         role=\"img\" aria-label=\"{title}\">\n"
    ));
    let (_, words) = chart.in_words(language);
    out.push_str(&format!("<desc>{}</desc>\n", escape(&words.join("; "))));
    let x = |value: f64| CHART_BAR_X + CHART_BAR_WIDTH * (value / chart.scale).clamp(0.0, 1.0);
    for (i, row) in chart.rows.iter().enumerate() {
        let top = 4.0 + i as f64 * CHART_ROW;
        let (middle, text_y) = (top + CHART_ROW / 2.0 - 1.0, top + 15.0);
        out.push_str(&format!(
            "<text x=\"0\" y=\"{text_y}\"><title>{}</title>{}</text>\n",
            escape(&one_line(&row.label)),
            escape(&row.short_label())
        ));
        out.push_str(&format!(
            "<line class=\"grid\" x1=\"{CHART_BAR_X}\" y1=\"{top}\" x2=\"{CHART_BAR_X}\" \
             y2=\"{}\"/>\n",
            top + CHART_ROW
        ));
        match &row.bar {
            ChartBar::Stacked(parts) => {
                let mut from = 0.0;
                for (length, shade) in parts {
                    let (left, right) = (x(from), x(from + length));
                    from += length;
                    if right - left < 0.05 {
                        continue;
                    }
                    out.push_str(&format!(
                        "<rect x=\"{left:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"14\" \
                         fill=\"{}\"/>\n",
                        top + 3.0,
                        right - left,
                        shade.hex()
                    ));
                }
            }
            ChartBar::Spread(Some([low, q1, median, q3, high])) => {
                let ink = super::Shade::Words.hex();
                out.push_str(&format!(
                    "<line x1=\"{:.1}\" y1=\"{middle:.1}\" x2=\"{:.1}\" y2=\"{middle:.1}\" \
                     stroke=\"{ink}\" stroke-width=\"1.5\"/>\n\
                     <rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"12\" \
                     fill=\"#dce8f3\" stroke=\"{ink}\" stroke-width=\"1.5\"/>\n\
                     <line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" \
                     stroke=\"{ink}\" stroke-width=\"2.5\"/>\n",
                    x(*low),
                    x(*high),
                    x(*q1),
                    middle - 6.0,
                    (x(*q3) - x(*q1)).max(1.0),
                    x(*median),
                    middle - 6.0,
                    x(*median),
                    middle + 6.0,
                ));
            }
            ChartBar::Spread(None) => {}
        }
        out.push_str(&format!(
            "<text x=\"{}\" y=\"{text_y}\">{}</text>\n",
            CHART_BAR_X + CHART_BAR_WIDTH + 10.0,
            escape(&row.figures(chart, language))
        ));
    }
    out.push_str("</svg>\n");
    let legend = chart.legend(language);
    if !legend.is_empty() {
        out.push_str("<p class=\"legend\">");
        for (name, shade) in legend {
            out.push_str(&format!(
                "<span><i style=\"background:{}\"></i>{}</span>",
                shade.hex(),
                escape(&name)
            ));
        }
        out.push_str("</p>\n");
    }
    out.push_str("</figure>\n");
}

fn paragraph_ref(quote: &SheetQuote) -> String {
    format!(
        "<span class=\"para\">({})</span>",
        escape(&quote.paragraph_ref())
    )
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_the_five_special_characters() {
        assert_eq!(
            escape(r#"<script>alert('x')</script> & "q""#),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(escape("Қазақстан — “EU”"), "Қазақстан — “EU”");
    }
}
