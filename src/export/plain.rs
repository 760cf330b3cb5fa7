//! The sheet as plain text, wrapped to fit a printed page or an email.

use super::{Part, SheetItem, SheetLabels, StudySheet};

const WIDTH: usize = 78;

pub fn render(sheet: &StudySheet) -> String {
    let mut out = String::new();
    for part in sheet.parts() {
        match part {
            Part::Title(title) => {
                out.push_str(&title);
                out.push('\n');
                out.push_str(&"=".repeat(title.chars().count().clamp(3, WIDTH)));
                out.push_str("\n\n");
            }
            Part::Details(details) => {
                for (label, value) in details {
                    out.push_str(&format!("{label}: {value}\n"));
                }
                out.push('\n');
            }
            Part::Heading { title, description } => {
                underlined(&mut out, &title);
                if let Some(description) = description {
                    wrap_into(&mut out, description, "");
                    out.push('\n');
                }
            }
            Part::Item(item) => item_txt(&mut out, item, &sheet.labels),
            Part::Comment {
                heading,
                paragraphs,
            } => {
                out.push_str(&format!("    {heading}:\n"));
                for paragraph in paragraphs {
                    wrap_into(&mut out, paragraph, "    | ");
                }
                out.push('\n');
            }
            Part::Chart(chart) => {
                out.push_str(&format!("{}:\n", chart.title(sheet.labels.language)));
                let (legend, rows) = chart.in_words(sheet.labels.language);
                if let Some(legend) = legend {
                    hanging(&mut out, &format!("({legend})"), "  ", "  ");
                }
                for row in rows {
                    hanging(&mut out, &row, "  - ", "    ");
                }
                out.push('\n');
            }
            Part::Highlights(group) => {
                out.push_str(&format!("{}:\n", group.colour));
                for quote in &group.quotes {
                    hanging(&mut out, &quote.display(), "  - ", "    ");
                }
                out.push('\n');
            }
        }
    }
    out
}

fn underlined(out: &mut String, title: &str) {
    out.push('\n');
    out.push_str(title);
    out.push('\n');
    out.push_str(&"-".repeat(title.chars().count().clamp(3, WIDTH)));
    out.push_str("\n\n");
}

fn item_txt(out: &mut String, item: &SheetItem, labels: &SheetLabels) {
    wrap_into(out, &item.heading(), "");
    if item.title.is_some() {
        wrap_into(out, &item.prompt, "   ");
    }
    out.push('\n');
    if item.is_answered() {
        for paragraph in &item.answer {
            wrap_into(out, paragraph, "    ");
            out.push('\n');
        }
        out.push_str(&format!("    ({})\n\n", item.words_text(labels.language)));
    } else {
        out.push_str(&format!("    [{}]\n\n", labels.not_answered));
    }
    if !item.citations.is_empty() {
        out.push_str(&format!("    {}:\n", labels.evidence));
        for quote in &item.citations {
            hanging(out, &quote.display(), "    - ", "      ");
        }
        out.push('\n');
    }
}

/// Wraps each line of `text` at [`WIDTH`] columns, every output line starting with `indent`.
fn wrap_into(out: &mut String, text: &str, indent: &str) {
    hanging(out, text, indent, indent);
}

/// Like [`wrap_into`], but the first output line starts with `first` (a bullet, say) and the
/// others with `rest`, so a wrapped item hangs under its own text.
fn hanging(out: &mut String, text: &str, first: &str, rest: &str) {
    let mut indent = first;
    for line in text.lines() {
        let mut current = String::new();
        for word in line.split_whitespace() {
            let len = current.chars().count();
            if len > 0 && indent.chars().count() + len + 1 + word.chars().count() > WIDTH {
                out.push_str(indent);
                out.push_str(&current);
                out.push('\n');
                current.clear();
                indent = rest;
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        out.push_str(indent);
        out.push_str(&current);
        out.push('\n');
        indent = rest;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hanging_items_wrap_under_their_own_text() {
        let mut out = String::new();
        hanging(&mut out, &"quote ".repeat(30), "    - ", "      ");
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines.len() > 1);
        assert!(lines[0].starts_with("    - quote"));
        assert!(lines[1..].iter().all(|l| l.starts_with("      quote")));
        assert!(lines.iter().all(|l| l.chars().count() <= WIDTH));
    }

    #[test]
    fn wraps_at_the_width_with_indent() {
        let mut out = String::new();
        let text = "word ".repeat(40);
        wrap_into(&mut out, &text, "    ");
        assert!(out.lines().count() > 1);
        assert!(
            out.lines()
                .all(|l| l.chars().count() <= WIDTH && l.starts_with("    "))
        );
        assert_eq!(out.split_whitespace().count(), 40);
    }
}
