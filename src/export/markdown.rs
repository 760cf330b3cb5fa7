//! The sheet as CommonMark. Every character that Markdown could read as markup is escaped with
//! a backslash (always valid CommonMark), so an answer containing `*`, `#`, `<b>` or `1.` shows
//! exactly as typed in any renderer.

use super::{Part, SheetItem, SheetLabels, SheetQuote, StudySheet, one_line};

pub fn render(sheet: &StudySheet) -> String {
    let mut out = String::new();
    for part in sheet.parts() {
        match part {
            Part::Title(title) => out.push_str(&format!("# {}\n\n", escape(&title))),
            Part::Details(details) => {
                let lines: Vec<String> = details
                    .iter()
                    .map(|(k, v)| format!("**{k}:** {}", escape(v)))
                    .collect();
                // A backslash at the end of a line is CommonMark's hard line break.
                out.push_str(&lines.join("\\\n"));
                out.push_str("\n\n");
            }
            Part::Heading { title, description } => {
                out.push_str(&format!("## {}\n\n", escape(&title)));
                if let Some(description) = description {
                    out.push_str(&format!("{}\n\n", block(description)));
                }
            }
            Part::Item(item) => item_md(&mut out, item, &sheet.labels),
            Part::Comment {
                heading,
                paragraphs,
            } => {
                let quoted: Vec<String> = paragraphs
                    .iter()
                    .map(|p| format!("> {}\n", block(p).replace('\n', "\n> ")))
                    .collect();
                out.push_str(&format!(
                    "> **{}**\n>\n{}\n",
                    escape(heading),
                    quoted.join(">\n")
                ));
            }
            Part::Chart(chart) => {
                let language = sheet.labels.language;
                out.push_str(&format!("### {}\n\n", escape(&chart.title(language))));
                let (legend, rows) = chart.in_words(language);
                if let Some(legend) = legend {
                    out.push_str(&format!("*{}*\n\n", escape(&legend)));
                }
                for row in rows {
                    out.push_str(&format!("- {}\n", escape(&row)));
                }
                out.push('\n');
            }
            Part::Highlights(group) => {
                out.push_str(&format!("### {}\n\n", escape(&group.colour)));
                for quote in &group.quotes {
                    out.push_str(&format!("- {}\n", quote_md(quote)));
                }
                out.push('\n');
            }
        }
    }
    out
}

fn quote_md(quote: &SheetQuote) -> String {
    escape(&quote.display())
}

fn item_md(out: &mut String, item: &SheetItem, labels: &SheetLabels) {
    out.push_str(&format!("### {}\n\n", escape(&item.heading())));
    if item.title.is_some() {
        // The prompt under its title may run over lines: each escaped as a line of its own.
        out.push_str(&format!("*{}*\n\n", block(&item.prompt)));
    }
    if item.is_answered() {
        for paragraph in &item.answer {
            out.push_str(&block(paragraph));
            out.push_str("\n\n");
        }
        out.push_str(&format!(
            "*{}*\n\n",
            escape(&item.words_text(labels.language))
        ));
    } else {
        out.push_str(&format!("> **{}**\n\n", escape(&labels.not_answered)));
    }
    if !item.citations.is_empty() {
        out.push_str(&format!("**{}**\n\n", escape(&labels.evidence)));
        let quotes: Vec<String> = item
            .citations
            .iter()
            .map(|q| format!("> {}\n", quote_md(q)))
            .collect();
        out.push_str(&quotes.join(">\n"));
        out.push('\n');
    }
}

/// A paragraph of user text: each line escaped, leading spaces dropped (four would start a code
/// block), single line breaks kept as hard breaks.
fn block(text: &str) -> String {
    text.lines()
        .map(|l| escape(l.trim_start()))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\\\n")
}

/// Escapes one line of text for Markdown. Characters that are markup anywhere are always
/// escaped; those that are markup only at the start of a line (`-`, `+`, `=`, `1.`, `1)`)
/// are escaped there, which keeps ordinary prose readable in the `.md` file itself. It is one
/// line: any line break in `text` becomes a space ([`one_line`]), so no field can start a line
/// (a heading, a list item, a quote) of its own.
pub fn escape(text: &str) -> String {
    let text = one_line(text);
    let mut out = String::with_capacity(text.len() + 8);
    let mut at_start = true; // Only spaces so far.
    let mut leading_digits = true; // Only spaces and digits so far.
    for c in text.chars() {
        let needs = match c {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&'
            | '$' => true,
            '-' | '+' | '=' => at_start,
            '.' | ')' => leading_digits && !at_start,
            _ => false,
        };
        if needs {
            out.push('\\');
        }
        out.push(c);
        at_start = at_start && c == ' ';
        leading_digits = leading_digits && (c == ' ' || c.is_ascii_digit());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_but_not_plain_punctuation() {
        assert_eq!(escape("*bold* <b>x</b>"), r"\*bold\* \<b\>x\</b\>");
        assert_eq!(escape("# not a heading"), r"\# not a heading");
        assert_eq!(escape("1. not a list"), r"1\. not a list");
        assert_eq!(
            escape("In 2023. Fine, isn't it?"),
            "In 2023. Fine, isn't it?"
        );
        assert_eq!(escape("a_b [x](y)"), r"a\_b \[x\](y)");
        assert_eq!(
            escape("- not a bullet - but a dash"),
            r"\- not a bullet - but a dash"
        );
        assert_eq!(escape("2) no list"), r"2\) no list");
        assert_eq!(escape("==="), r"\===");
    }

    #[test]
    fn block_keeps_line_breaks_and_drops_indentation() {
        assert_eq!(block("one\n    two"), "one\\\ntwo");
    }
}
