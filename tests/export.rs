//! Study-sheet exports: the same content in every format, unanswered prompts marked, and
//! everything the student typed escaped.

use std::fs;

use lectern::answers::AnswerSheet;
use lectern::export::{self, Format, StudySheet};
use lectern::reading::{self, Reading};

fn seed() -> Reading {
    reading::BUNDLED[0].parse()
}

fn sheet(reading: &Reading, student: &str, answers: &[(&str, &str)]) -> StudySheet {
    let mut s = AnswerSheet::new(reading);
    s.student = student.to_owned();
    for (id, text) in answers {
        let prompt = reading.prompts().find(|p| p.id.as_str() == *id).unwrap();
        s.set_answer(prompt, text, "2026-11-28T10:00:00Z".parse().unwrap());
    }
    StudySheet::build(reading, &s, "2026-11-28")
}

#[test]
fn every_format_has_header_every_prompt_and_marks_the_unanswered() {
    let r = seed();
    let s = sheet(
        &r,
        "Aliya",
        &[
            ("Q1", "Diversification gives leverage.\n\nIt also costs."),
            ("E3", "Stability needs trade."),
        ],
    );
    for format in Format::ALL {
        // What a reader sees, in every format: the binary ones read back as text.
        let plain = visible_text(format, &s.to_bytes(format).unwrap());
        let has = |text: &str| plain.contains(&fold_quotes(text));
        assert!(
            has("Kazakhstan and the EU: A Multi"),
            "{format:?} has the title"
        );
        assert!(plain.contains("Aliya"), "{format:?} has the student");
        assert!(plain.contains("2026-11-28"), "{format:?} has the date");
        assert!(
            plain.contains("2 of 13 prompts answered"),
            "{format:?} has progress"
        );
        assert!(
            plain.contains(r.fingerprint.short()),
            "{format:?} has the fingerprint"
        );
        for section in &r.sections {
            assert!(
                has(&section.title),
                "{format:?} has section {}",
                section.title
            );
        }
        for prompt in r.prompts() {
            let first_words: String = prompt
                .headline()
                .split_whitespace()
                .take(4)
                .collect::<Vec<_>>()
                .join(" ");
            assert!(has(&first_words), "{format:?} has prompt {}", prompt.id);
        }
        assert_eq!(
            plain.matches("Not answered").count(),
            11,
            "{format:?} marks 11 unanswered"
        );
        assert!(plain.contains("Diversification gives leverage."));
        assert!(plain.contains("It also costs."));
        assert!(plain.contains("6 words"), "{format:?} counts the words");
        assert!(plain.contains("3 words"), "{format:?} counts the words");
    }
}

#[test]
fn answer_paragraphs_stay_paragraphs() {
    let r = seed();
    let s = sheet(&r, "A", &[("Q1", "First para.\n\nSecond para.")]);
    assert!(
        s.render(Format::Html)
            .contains("<p>First para.</p>\n<p>Second para.</p>")
    );
    assert!(
        s.render(Format::Markdown)
            .contains("First para\\.\n\nSecond para\\.")
            || s.render(Format::Markdown)
                .contains("First para.\n\nSecond para.")
    );
    assert!(
        s.render(Format::Text)
            .contains("    First para.\n\n    Second para.")
    );
}

#[test]
fn html_escapes_everything_the_student_typed() {
    let r = seed();
    let evil = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quoted\"";
    let s = sheet(&r, "<b>Mallory</b>", &[("Q1", evil)]);
    let html = s.render(Format::Html);
    assert!(!html.contains("<script>"));
    assert!(!html.contains("<img"));
    assert!(!html.contains("<b>Mallory"));
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(html.contains("&lt;b&gt;Mallory&lt;/b&gt;"));
    assert!(!html.contains("http"), "no external resources");
    assert!(html.contains("@media print"));
}

#[test]
fn markdown_shows_markup_characters_literally() {
    let r = seed();
    let s = sheet(
        &r,
        "*Star* _name_",
        &[(
            "Q1",
            "# Not a heading\n1. not a list\n**not bold** <b>x</b> [link](http://x)\n---",
        )],
    );
    let md = s.render(Format::Markdown);
    assert!(md.contains(r"\# Not a heading"));
    assert!(md.contains(r"1\. not a list"));
    assert!(md.contains(r"\*\*not bold\*\* \<b\>x\</b\> \[link\](http://x)"));
    assert!(
        md.contains("\\\n\\---"),
        "a line of dashes is not a rule:\n{md}"
    );
    assert!(md.contains(r"\*Star\* \_name\_"));
}

#[test]
fn control_characters_never_reach_a_sheet() {
    let r = seed();
    let s = sheet(&r, "Bo\u{7}b\u{202e}", &[("Q1", "a\u{0}b\u{1b}[31mc")]);
    for format in Format::ALL {
        let bytes = s.to_bytes(format).unwrap();
        let out = match format {
            Format::Docx => lectern::export::docx::text_of(&bytes).unwrap(),
            Format::Pdf => pdf_extract::extract_text_from_mem(&bytes).unwrap(),
            _ => String::from_utf8(bytes).unwrap(),
        };
        assert!(
            out.contains("Bob") && out.contains("31mc"),
            "{format:?}: {out}"
        );
        assert!(
            !out.chars().any(|c| c.is_control() && c != '\n'),
            "{format:?}"
        );
        assert!(!out.contains('\u{202e}'));
    }
}

#[test]
fn answers_without_a_prompt_are_listed_at_the_end() {
    let r = seed();
    let mut answers = AnswerSheet::new(&r);
    let q1 = r.prompts().find(|p| p.id.as_str() == "Q1").unwrap();
    answers.set_answer(
        q1,
        "orphaned words",
        "2026-11-28T10:00:00Z".parse().unwrap(),
    );
    let smaller = reading::parse(
        "A.\n\n## Essay\nWrite about something else.\n",
        reading::Origin::Text,
        "x",
    );
    assert!(smaller.prompt(&q1.id).is_none());
    answers.attach(&smaller);
    let s = StudySheet::build(&smaller, &answers, "2026-11-28");
    for format in Format::ALL {
        let out = visible_text(format, &s.to_bytes(format).unwrap());
        assert!(
            out.to_lowercase().contains("no longer in this reading"),
            "{format:?}"
        );
        assert!(out.contains("orphaned words"), "{format:?}");
    }
}

#[test]
fn export_never_overwrites_the_answers_file_or_the_reading() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("a.ron");
    fs::write(&answers, "precious").unwrap();
    let same_file_other_name = dir.path().join(".").join("a.ron");
    let err = export::write_sheet(&same_file_other_name, b"sheet", &[&answers]).unwrap_err();
    assert!(err.to_string().contains("will not export over"));
    assert_eq!(fs::read_to_string(&answers).unwrap(), "precious");

    let out = dir.path().join("sheet.html");
    export::write_sheet(&out, b"sheet", &[&answers]).unwrap();
    assert_eq!(fs::read_to_string(&out).unwrap(), "sheet");
}

#[test]
fn markdown_renders_student_text_literally_in_a_commonmark_renderer() {
    let r = seed();
    let typed = "# heading?\n1. list?\n- bullet?\n**bold** _em_ `code` <i>tag</i> [a](b) &amp; \\ |t|\n===\n    indented";
    let s = sheet(&r, "Name *with* stars", &[("Q1", typed)]);
    let md = s.render(Format::Markdown);
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(&md));
    // The answer to Q1 runs from its heading to its word count.
    let start = html.find("How significant is").unwrap();
    let end = start + html[start..].find("<p><em>").unwrap();
    let answer = &html[start..end];
    for tag in [
        "<em>", "<strong>", "<code>", "<i>", "<a ", "<ol", "<ul", "<h1>", "<pre>", "<hr",
    ] {
        assert!(
            !answer.contains(tag),
            "student text became markup ({tag}):\n{answer}"
        );
    }
    assert!(!html.contains("<em>with</em>"));
    let text = html
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"");
    for line in typed.lines() {
        assert!(
            text.contains(line.trim_start()),
            "{line:?} is not shown as typed:\n{text}"
        );
    }
    assert!(text.contains("Name *with* stars"));
}

/// What a reader sees of a sheet in `format`, whitespace folded: markup removed, escapes undone.
fn visible_text(format: Format, bytes: &[u8]) -> String {
    let text = match format {
        Format::Docx => lectern::export::docx::text_of(bytes).unwrap(),
        // A pure-Rust extractor reads the PDF's text as a reader's copy-and-paste would.
        Format::Pdf => pdf_extract::extract_text_from_mem(bytes).unwrap(),
        _ => String::from_utf8(bytes.to_vec()).unwrap(),
    };
    let seen = match format {
        Format::Html => {
            let body = &text[text.find("<body>").unwrap()..];
            let mut out = String::new();
            let mut in_tag = false;
            for c in body.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' if in_tag => {
                        in_tag = false;
                        out.push(' ');
                    }
                    c if !in_tag => out.push(c),
                    _ => {}
                }
            }
            out.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
        }
        Format::Markdown => {
            let mut out = String::new();
            let mut chars = text.chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '\\' if chars.peek().is_some_and(|n| n.is_ascii_punctuation()) => {
                        out.push(chars.next().unwrap())
                    }
                    '\\' => out.push(' '), // A hard line break.
                    '*' | '#' | '>' => {}  // Markup: the student's own are escaped.
                    c => out.push(c),
                }
            }
            out
        }
        Format::Text | Format::Docx => text,
        Format::Pdf => text,
    };
    // Typeset text has typographic quotes: compare all formats with the quotes folded.
    fold_quotes(&seen)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Quotes folded to straight ones, and a line broken after a hyphen ("multi-\nvector") joined,
/// as typeset text may be.
fn fold_quotes(text: &str) -> String {
    let folded = text.replace(['“', '”'], "\"").replace(['‘', '’'], "'");
    let words: Vec<&str> = folded.split_whitespace().collect();
    words.join(" ").replace("- ", "-")
}

#[test]
fn every_format_carries_the_same_content() {
    let r = seed();
    let s = sheet(
        &r,
        "Aliya «Nur» O'Brien",
        &[
            (
                "Q1",
                "Diversification *matters*: Қазақстан looks west.\nA second line.\n\nAnd a # second paragraph <here>.",
            ),
            ("E1", "Essay text, with \"quotes\" & [brackets]."),
        ],
    );
    let mut expected: Vec<String> = vec![
        s.title.to_string(),
        s.student.to_string(),
        s.date.clone(),
        s.progress(),
        s.fingerprint.clone(),
    ];
    expected.extend(s.source.iter().map(|c| c.to_string()));
    for section in &s.sections {
        expected.push(section.title.to_string());
        for item in &section.items {
            expected.push(item.heading());
            expected.push(item.prompt.to_string());
            expected.extend(item.answer.iter().map(|c| c.to_string()));
            if item.is_answered() {
                expected.push(lectern::words::words_label(item.words));
            }
        }
    }
    let fold = |t: &str| {
        fold_quotes(t)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    for format in Format::ALL {
        let seen = visible_text(format, &s.to_bytes(format).unwrap());
        for fragment in &expected {
            assert!(
                seen.contains(&fold(fragment)),
                "{format:?} lacks {fragment:?}"
            );
        }
        assert_eq!(seen.matches("Not answered").count(), 11, "{format:?}");
    }
}

#[test]
fn the_word_document_reads_back_with_its_structure() {
    let r = seed();
    let s = sheet(&r, "Aliya", &[("Q1", "<w:t>not xml</w:t> & more")]);
    let bytes = s.to_bytes(Format::Docx).unwrap();
    assert!(bytes.starts_with(b"PK"), "a DOCX is a zip file");
    let doc = docx_rs::read_docx(&bytes).unwrap();
    let styles: Vec<String> = doc
        .document
        .children
        .iter()
        .filter_map(|c| match c {
            docx_rs::DocumentChild::Paragraph(p) => {
                p.property.style.as_ref().map(|s| s.val.clone())
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        styles.iter().filter(|s| *s == "Heading1").count(),
        5,
        "a heading per section"
    );
    assert_eq!(
        styles.iter().filter(|s| *s == "Heading2").count(),
        13,
        "a heading per prompt"
    );
    assert!(styles.contains(&"Answer".to_owned()));
    let text = lectern::export::docx::text_of(&bytes).unwrap();
    assert!(
        text.contains("<w:t>not xml</w:t> & more"),
        "student text is text, not markup"
    );
}

#[test]
fn the_pdf_is_typeset_with_embedded_fonts_metadata_and_page_numbers() {
    let r = seed();
    let long = "Қазақстан мен Еуропалық Одақ — « partenariat stratégique ». ".repeat(60);
    let answers: Vec<(&str, &str)> = ["L1", "Q1", "Q2", "Q3", "Q4", "Q5"]
        .iter()
        .map(|id| (*id, long.as_str()))
        .collect();
    let s = sheet(&r, "Aliya Nurlanovna", &answers);
    for (paper, size) in [
        (
            lectern::export::pdf::Paper::A4,
            "/MediaBox[0 0 595.28 841.89]",
        ),
        (
            lectern::export::pdf::Paper::Letter,
            "/MediaBox[0 0 612 792]",
        ),
    ] {
        let pdf = s.to_bytes_on(Format::Pdf, paper).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let raw = String::from_utf8_lossy(&pdf);
        assert!(raw.contains(size), "{paper:?} page size");
        assert!(
            raw.contains("LibertinusSerif-Regular") && raw.contains("/FontFile3"),
            "the font is embedded"
        );
        let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
        let pages = raw.matches("/Type/Page/").count();
        assert!(pages >= 3, "a long sheet runs over pages: {pages}");
        for n in 1..=pages {
            assert!(
                text.contains(&format!("{n} / {pages}")),
                "page number {n} / {pages}"
            );
        }
        assert!(
            text.matches("Aliya Nurlanovna — Kazakhstan and the EU")
                .count()
                >= pages,
            "name and title on every page"
        );
        assert!(
            text.contains("Қазақстан мен Еуропалық Одақ"),
            "Kazakh text can be searched and copied"
        );
        assert!(text.contains("partenariat stratégique"));
    }
}

#[test]
fn citations_and_highlights_appear_in_every_format() {
    use lectern::answers::HighlightColour;
    use lectern::reading::{Block, Passage};
    let r = seed();
    let mut answers = AnswerSheet::new(&r);
    answers.student = "Aliya".to_owned();
    let now = "2026-11-28T10:00:00Z".parse().unwrap();
    // A passage chosen as the window chooses one: a range of a paragraph's text.
    let (block, text) = r
        .article
        .iter()
        .enumerate()
        .find_map(|(i, b)| match b {
            Block::Paragraph { number: 3, text } => Some((i, text.clone())),
            _ => None,
        })
        .unwrap();
    let end = text.char_indices().nth(50).unwrap().0;
    let cited = r.passage(block, 0..end).unwrap();
    let q1 = r.prompts().find(|p| p.id.as_str() == "Q1").unwrap();
    answers.set_answer(q1, "My answer to the first question.", now);
    assert!(answers.cite(q1, cited.clone(), now));
    assert!(
        !answers.cite(q1, cited.clone(), now),
        "the same words twice"
    );
    // A hand-edited answers file may hold anything in a quote.
    let hostile = Passage {
        paragraph: 7,
        quote: "<script>alert(1)</script> *not bold* & # not a heading".to_owned(),
        before: String::new(),
        after: String::new(),
    };
    let e1 = r.prompts().find(|p| p.id.as_str() == "E1").unwrap();
    assert!(answers.cite(e1, hostile.clone(), now)); // Cited, not yet answered.
    let first = r.passage(block, 0..end / 2).unwrap();
    answers.highlight(cited.clone(), HighlightColour::Green);
    answers.highlight(hostile.clone(), HighlightColour::Yellow);
    answers.highlight(first.clone(), HighlightColour::Yellow);
    let s = StudySheet::build(&r, &answers, "2026-11-28");
    assert_eq!(s.highlights.len(), 2);
    assert_eq!(s.highlights[0].colour, "Yellow");
    // Within a colour, article order: paragraph 3 before paragraph 7.
    assert_eq!(s.highlights[0].quotes[0].paragraph, 3);

    let fold = |t: &str| {
        fold_quotes(t)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let q1_item = &s
        .sections
        .iter()
        .flat_map(|x| &x.items)
        .find(|i| i.label == "1.")
        .unwrap();
    let q2_item = &s
        .sections
        .iter()
        .flat_map(|x| &x.items)
        .find(|i| i.label == "2.")
        .unwrap();
    for format in Format::ALL {
        let bytes = s.to_bytes(format).unwrap();
        let seen = visible_text(format, &bytes);
        let at = |fragment: &str| {
            seen.find(&fold(fragment))
                .unwrap_or_else(|| panic!("{format:?} lacks {fragment:?}:\n{seen}"))
        };
        // The citation sits under the answer that cites it, before the next question.
        let quote = at(&format!("\"{}\" (¶ 3)", cited.quote));
        assert!(at(&q1_item.heading()) < at("Evidence cited"));
        assert!(at("Evidence cited") < quote);
        assert!(quote < at(&q2_item.heading()), "{format:?}");
        // Words the article does not have are printed, and marked as such.
        at(&format!("\"{}\" (¶ 7, not in the reading)", hostile.quote));
        // Highlights come last, grouped by colour.
        let highlights = seen.rfind("Highlights").unwrap();
        let yellow = seen.rfind("Yellow").unwrap();
        let green = seen.rfind("Green").unwrap();
        assert!(highlights < yellow && yellow < green, "{format:?}");
        assert!(
            seen[yellow..green].contains(&fold(&first.quote)),
            "{format:?}"
        );
        assert!(seen[green..].contains(&fold(&cited.quote)), "{format:?}");
        if format == Format::Html {
            let html = String::from_utf8(bytes).unwrap();
            assert!(!html.contains("<script>"));
        }
    }
}

#[test]
fn word_ranges_given_by_the_reading_show_on_the_sheet() {
    let text = "# Ranges\n\nSome article text.\n\n## Questions\n\n1. Explain it (50–80 words).\n2. Another.\n";
    let r = reading::parse(text, reading::Origin::Text, "Ranges");
    let s = sheet(
        &r,
        "A",
        &[("Q1", "Three words here."), ("Q2", "Two words.")],
    );
    let items: Vec<_> = s.sections.iter().flat_map(|x| &x.items).collect();
    assert_eq!(
        items[0].words_text(lectern::i18n::Language::English),
        "3 words (asked: 50–80 words)"
    );
    assert_eq!(
        items[1].words_text(lectern::i18n::Language::English),
        "2 words"
    );
    for format in Format::TEXT {
        assert!(
            s.render(format).contains("3 words (asked: 50–80 words)"),
            "{format:?}"
        );
    }
}
