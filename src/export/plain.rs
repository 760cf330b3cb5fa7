//! The sheet as plain text, wrapped to fit a printed page or an email.

use super::{EVIDENCE_HEADING, HIGHLIGHTS_HEADING, SheetItem, StudySheet};

const WIDTH: usize = 78;

pub fn render(sheet: &StudySheet) -> String {
    let mut out = String::new();
    out.push_str(&sheet.title);
    out.push('\n');
    out.push_str(&"=".repeat(sheet.title.chars().count().clamp(3, WIDTH)));
    out.push_str("\n\n");
    for (label, value) in sheet.details() {
        out.push_str(&format!("{label}: {value}\n"));
    }
    out.push('\n');

    for section in &sheet.sections {
        underlined(&mut out, &section.title);
        if let Some(description) = &section.description {
            wrap_into(&mut out, description, "");
            out.push('\n');
        }
        for item in &section.items {
            item_txt(&mut out, item);
        }
    }
    if !sheet.orphans.is_empty() {
        underlined(&mut out, "Answers to prompts no longer in this reading");
        for item in &sheet.orphans {
            item_txt(&mut out, item);
        }
    }
    if !sheet.highlights.is_empty() {
        underlined(&mut out, HIGHLIGHTS_HEADING);
        for group in &sheet.highlights {
            out.push_str(&format!("{}:\n", group.colour));
            for quote in &group.quotes {
                wrap_into(&mut out, &format!("- {}", quote.display()), "  ");
            }
            out.push('\n');
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

fn item_txt(out: &mut String, item: &SheetItem) {
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
        out.push_str(&format!("    ({})\n\n", item.words_text()));
    } else {
        out.push_str("    [Not answered]\n\n");
    }
    if !item.citations.is_empty() {
        out.push_str(&format!("    {EVIDENCE_HEADING}:\n"));
        for quote in &item.citations {
            wrap_into(out, &quote.display(), "      > ");
        }
        out.push('\n');
    }
}

/// Wraps each line of `text` at [`WIDTH`] columns, every output line starting with `indent`.
fn wrap_into(out: &mut String, text: &str, indent: &str) {
    for line in text.lines() {
        let mut current = String::new();
        for word in line.split_whitespace() {
            let len = current.chars().count();
            if len > 0 && indent.len() + len + 1 + word.chars().count() > WIDTH {
                out.push_str(indent);
                out.push_str(&current);
                out.push('\n');
                current.clear();
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        out.push_str(indent);
        out.push_str(&current);
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
