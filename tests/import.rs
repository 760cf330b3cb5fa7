//! Word documents as teachers have them, imported into reading Markdown: headings found by
//! what their style is (not its id, which a localised Word renames), Word's automatic
//! numbering rebuilt so questions are found, bold and italic kept.

use docx_rs::{
    AbstractNumbering, Docx, IndentLevel, Level, LevelJc, LevelText, NumberFormat, Numbering,
    NumberingId, Paragraph, Run, Start, Style, StyleType,
};
use lectern::reading::{self, Origin};

fn docx(doc: Docx) -> Vec<u8> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut bytes).unwrap();
    bytes.into_inner()
}

fn para(text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(text))
}

/// As a Russian Word saves it: the heading styles' ids are "Заголовок1"-like, their names the
/// built-in "heading 1"; the questions a numbered list whose numbers are not in the text.
fn teachers_document() -> Vec<u8> {
    let numbered = |id: usize| {
        AbstractNumbering::new(id).add_level(Level::new(
            0,
            Start::new(1),
            NumberFormat::new("decimal"),
            LevelText::new("%1."),
            LevelJc::new("left"),
        ))
    };
    let bullets = AbstractNumbering::new(20).add_level(Level::new(
        0,
        Start::new(1),
        NumberFormat::new("bullet"),
        LevelText::new("•"),
        LevelJc::new("left"),
    ));
    let doc = Docx::new()
        .add_style(Style::new("Zagolovok1", StyleType::Paragraph).name("heading 1"))
        .add_style(Style::new("Zagolovok2", StyleType::Paragraph).name("heading 2"))
        .add_abstract_numbering(numbered(10))
        .add_abstract_numbering(bullets)
        .add_numbering(Numbering::new(1, 10))
        .add_numbering(Numbering::new(2, 20))
        .add_paragraph(para("Steppe Rivers Under Pressure").style("Zagolovok1"))
        .add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text("The Ili river feeds Lake "))
                .add_run(Run::new().add_text("Balkhash").bold())
                .add_run(Run::new().add_text(", and it is "))
                .add_run(Run::new().add_text("shrinking").italic())
                .add_run(Run::new().add_text(".")),
        )
        .add_paragraph(para("Irrigation upstream takes a growing share."))
        .add_paragraph(para("Two causes stand out:"))
        .add_paragraph(para("dams").numbering(NumberingId::new(2), IndentLevel::new(0)))
        .add_paragraph(para("cotton fields").numbering(NumberingId::new(2), IndentLevel::new(0)))
        .add_paragraph(para("Discussion questions").style("Zagolovok2"))
        .add_paragraph(
            para("Why does Balkhash shrink?").numbering(NumberingId::new(1), IndentLevel::new(0)),
        )
        .add_paragraph(
            para("Who should share the water?").numbering(NumberingId::new(1), IndentLevel::new(0)),
        )
        .add_paragraph(
            para("What would you change first?")
                .numbering(NumberingId::new(1), IndentLevel::new(0)),
        );
    docx(doc)
}

#[test]
fn a_word_document_becomes_a_reading_with_its_questions() {
    let markdown = lectern::import::docx::to_markdown(&teachers_document()).unwrap();
    assert!(
        markdown.starts_with("# Steppe Rivers Under Pressure\n"),
        "{markdown}"
    );
    assert!(
        markdown.contains("Lake **Balkhash**, and it is *shrinking*."),
        "{markdown}"
    );
    assert!(markdown.contains("- dams\n\n- cotton fields"), "{markdown}");
    assert!(markdown.contains("## Discussion questions"), "{markdown}");
    assert!(
        markdown.contains("1. Why does Balkhash shrink?\n\n2. Who should share the water?\n\n3. What would you change first?"),
        "Word's automatic numbers rebuilt: {markdown}"
    );
    let r = reading::parse(&markdown, Origin::Text, "x");
    assert_eq!(r.title, "Steppe Rivers Under Pressure");
    let prompts: Vec<String> = r.prompts().map(|p| p.text.clone()).collect();
    assert_eq!(
        prompts,
        [
            "Why does Balkhash shrink?",
            "Who should share the water?",
            "What would you change first?"
        ]
    );
}

#[test]
fn files_are_told_by_what_they_are() {
    use lectern::import::{Kind, kind_of};
    assert_eq!(kind_of(&teachers_document()), Some(Kind::Docx));
    assert_eq!(kind_of(b"# A reading\n\nText."), None);
    assert_eq!(kind_of(b"PK\x03\x04 a zip of something else"), None);
}

#[test]
fn a_damaged_word_document_is_a_clear_error() {
    let mut bytes = teachers_document();
    bytes.truncate(bytes.len() / 2);
    let err = lectern::import::docx::to_markdown(&bytes)
        .unwrap_err()
        .to_string();
    assert!(err.contains("not a readable Word document"), "{err}");
}

#[test]
fn lectern_import_and_parse_take_a_word_document() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rivers.docx");
    std::fs::write(&file, teachers_document()).unwrap();
    let lectern = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_lectern"))
            .args(args)
            .env("HOME", dir.path())
            .output()
            .unwrap()
    };
    let out = lectern(&["parse", file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("Title: Steppe Rivers Under Pressure"),
        "{text}"
    );
    assert!(
        text.trim_end().ends_with("3 prompts in 1 section"),
        "{text}"
    );

    let md = dir.path().join("rivers.md");
    let out = lectern(&["import", file.to_str().unwrap(), "-o", md.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = std::fs::read_to_string(&md).unwrap();
    assert!(written.contains("1. Why does Balkhash shrink?"));
    // The Markdown opens as the same reading.
    let again = lectern(&["parse", md.to_str().unwrap()]);
    assert_eq!(
        String::from_utf8_lossy(&again.stdout)
            .lines()
            .skip(1)
            .collect::<Vec<_>>(),
        text.lines().skip(1).collect::<Vec<_>>()
    );

    // Over its own source: refused, the source unchanged.
    let out = lectern(&[
        "import",
        file.to_str().unwrap(),
        "-o",
        file.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert_eq!(std::fs::read(&file).unwrap(), teachers_document());
    // Not a Word document: said.
    let out = lectern(&["import", md.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a format Lectern imports"));
}

/// Damaged documents (bytes flipped, cut short, zip members garbled) give an error or a
/// reading, never a panic. (The import runs in the CLI's process today; a panic in docx-rs is
/// caught and said.)
#[test]
fn damaged_word_documents_never_panic() {
    for bytes in damaged_copies(&teachers_document(), 0x5eed_d0c5, 300, b'<') {
        // Ok or Err are both fine; a panic fails the test.
        let _ = lectern::import::docx::to_markdown(&bytes);
    }
}

/// `count` damaged copies of `good`, made from `seed`: cut short, bits flipped, or a run of
/// bytes overwritten with `fill`.
fn damaged_copies(good: &[u8], seed: u64, count: usize, fill: u8) -> Vec<Vec<u8>> {
    let mut rng = lectern::generate::Rng::new(seed);
    (0..count)
        .map(|case| {
            let mut bytes = good.to_vec();
            match case % 3 {
                0 => bytes.truncate(rng.below(bytes.len())),
                1 => {
                    for _ in 0..1 + rng.below(8) {
                        let at = rng.below(bytes.len());
                        bytes[at] ^= 1 << rng.below(8);
                    }
                }
                _ => {
                    let at = rng.below(bytes.len());
                    let len = rng.below(64).min(bytes.len() - at);
                    bytes[at..at + len].fill(fill);
                }
            }
            bytes
        })
        .collect()
}

/// The window imports through a child process: whatever stops it — a hang, a crash, a parser
/// eating memory — is a message, and the window is untouched. The stand-in importers are
/// shell scripts, so this runs where a shell does. (One test: the importer is process-wide.)
#[cfg(unix)]
#[test]
fn an_importer_that_hangs_crashes_or_eats_memory_is_stopped_and_said() {
    use std::os::unix::fs::PermissionsExt;
    use std::time::Duration;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rivers.docx");
    std::fs::write(&file, teachers_document()).unwrap();
    let script = |name: &str, body: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path
    };

    // The real one: the Markdown comes back and opens as the reading.
    lectern::import::use_importer(
        env!("CARGO_BIN_EXE_lectern").into(),
        Duration::from_secs(30),
    );
    let loaded = lectern::import::load(&file).unwrap();
    assert_eq!(loaded.reading.title, "Steppe Rivers Under Pressure");
    assert_eq!(loaded.reading.prompt_count(), 3);
    assert!(
        loaded
            .imported
            .unwrap()
            .contains("1. Why does Balkhash shrink?")
    );
    // A saved web page goes the same way.
    let html = dir.path().join("saved page.htm");
    std::fs::write(
        &html,
        page("<article><h1>Steppe Rivers</h1><p>Text.</p><ol><li>Why?</li></ol></article>"),
    )
    .unwrap();
    let loaded = lectern::import::load(&html).unwrap();
    assert_eq!(loaded.reading.title, "Steppe Rivers");
    assert_eq!(loaded.reading.prompt_count(), 1);

    // Hangs: stopped at the time limit.
    let started = std::time::Instant::now();
    lectern::import::use_importer(script("hang", "sleep 60"), Duration::from_secs(1));
    let err = lectern::import::load(&file).err().unwrap().to_string();
    assert!(err.contains("took longer than 1 seconds"), "{err}");
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "it was stopped, not waited for"
    );

    // Crashes without a word.
    lectern::import::use_importer(script("crash", "kill -SEGV $$"), Duration::from_secs(10));
    let err = lectern::import::load(&file).err().unwrap().to_string();
    assert!(err.contains("could not be read safely"), "{err}");

    // Eats memory: `tail` keeps a line that never ends, growing without bound; the cap (1 GiB
    // of address space) stops it within a second, and its own words say so.
    let started = std::time::Instant::now();
    lectern::import::use_importer(
        script("greedy", "exec tail -n 1 /dev/zero"),
        Duration::from_secs(60),
    );
    let err = lectern::import::load(&file).err().unwrap().to_string();
    assert!(err.contains("more memory than a reading may"), "{err}");
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "the cap stopped it, not the clock"
    );

    // Says why, in its own words: the child's last line.
    let mut damaged = teachers_document();
    damaged.truncate(damaged.len() - 100);
    std::fs::write(&file, &damaged).unwrap();
    lectern::import::use_importer(
        env!("CARGO_BIN_EXE_lectern").into(),
        Duration::from_secs(30),
    );
    let err = lectern::import::load(&file).err().unwrap().to_string();
    assert!(err.contains("not a readable Word document"), "{err}");
    // …in the window's language, not the computer's: the child is told it (it said it in
    // English to a Kazakh window before).
    lectern::i18n::set_language(lectern::i18n::Language::Kazakh);
    let err = lectern::import::load(&file).err().unwrap().to_string();
    lectern::i18n::set_language(lectern::i18n::Language::English);
    assert!(err.contains("оқылатын Word құжаты емес"), "{err}");
    assert_eq!(
        err.matches("rivers.docx").count(),
        1,
        "the file named once: {err}"
    );

    // A Markdown reading is not imported at all.
    let md = dir.path().join("plain.md");
    std::fs::write(&md, "# Plain\n\nText.\n\n## Questions\n1. Why?\n").unwrap();
    lectern::import::use_importer(script("never", "exit 99"), Duration::from_secs(1));
    assert_eq!(lectern::import::load(&md).unwrap().reading.title, "Plain");
}

// ---------------------------------------------------------------------------------------------
// Web pages.

fn page(body: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Rivers | Steppe News</title>\
         <script>document.write('<p>not the reading</p>')</script><style>p {{ color: red }}</style>\
         </head><body><header><nav><a href=\"/\">Home</a> <a href=\"/asia\">Asia</a></nav></header>\
         {body}<footer>© 2025 Steppe News. All rights reserved.</footer></body></html>"
    )
}

#[test]
fn a_saved_news_page_becomes_its_article_and_questions() {
    let html = page(
        "<div class=\"share\">Share this article</div><article>\
         <h1>Steppe Rivers Under Pressure</h1>\
         <p>The Ili river feeds Lake <b>Balkhash</b>, and it is <i>shrinking</i> &mdash; fast.</p>\
         <aside>Related: dams in the region</aside>\
         <h2>Discussion questions</h2>\
         <ol><li>Why does Balkhash shrink?</li><li>Who should share the water?</li></ol>\
         </article>",
    );
    let md = lectern::import::html::to_markdown(html.as_bytes()).unwrap();
    assert!(md.starts_with("# Steppe Rivers Under Pressure\n"), "{md}");
    assert!(
        md.contains("Lake **Balkhash**, and it is *shrinking* — fast."),
        "{md}"
    );
    for gone in [
        "not the reading",
        "color: red",
        "Home",
        "Related:",
        "All rights",
        "Share this",
    ] {
        assert!(!md.contains(gone), "{gone} is left in: {md}");
    }
    let r = reading::parse(&md, Origin::Text, "x");
    let prompts: Vec<&str> = r.prompts().map(|p| p.text.as_str()).collect();
    assert_eq!(
        prompts,
        ["Why does Balkhash shrink?", "Who should share the water?"]
    );
}

#[test]
fn when_the_article_holds_no_questions_the_whole_page_is_read() {
    let html = page(
        "<article><h1>Steppe Rivers</h1><p>The Ili river feeds Lake Balkhash.</p></article>\
         <section><h2>Questions</h2><ol><li>Why does Balkhash shrink?</li></ol></section>",
    );
    let md = lectern::import::html::to_markdown(html.as_bytes()).unwrap();
    let r = reading::parse(&md, Origin::Text, "x");
    assert_eq!(r.prompt_count(), 1, "{md}");
    assert!(!md.contains("Home"), "the navigation stays out: {md}");
}

#[test]
fn a_russian_page_in_windows_1251_and_an_mhtml_archive_are_read_as_written() {
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">\
         </head><body><h1>Реки степи</h1><p>Река Или питает озеро Балхаш.</p>\
         <h2>Вопросы</h2><ol><li>Почему озеро мелеет?</li></ol></body></html>",
    );
    let md = lectern::import::html::to_markdown(&bytes).unwrap();
    assert!(
        md.contains("# Реки степи") && md.contains("1. Почему озеро мелеет?"),
        "{md}"
    );

    // As Chrome and Edge save "Webpage, single file": quoted-printable, soft line breaks.
    let mhtml = "From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\
         \ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--x----\"\r\n\r\n\
         ------MultipartBoundary--x----\r\nContent-Type: text/html\r\n\
         Content-Transfer-Encoding: quoted-printable\r\n\r\n\
         <html><body><article><h1>=D0=A1=D1=82=D0=B5=D0=BF=D1=8C</h1><p>A long para=\r\n\
         graph.</p><h2>Questions</h2><ol><li>Why?</li></ol></article></body></html>\r\n\
         ------MultipartBoundary--x------\r\n";
    assert_eq!(
        lectern::import::kind_of(mhtml.as_bytes()),
        Some(lectern::import::Kind::WebPage)
    );
    let md = lectern::import::html::to_markdown(mhtml.as_bytes()).unwrap();
    assert!(
        md.contains("# Степь") && md.contains("A long paragraph."),
        "{md}"
    );
    assert!(md.contains("1. Why?"), "{md}");
}

#[test]
fn damaged_web_pages_never_panic() {
    let good = page(
        "<article><h1>Ünïcödé &amp; &#1178;азақ &#x49b; &bogus; &</h1><p>Text &nbsp;x</p>\
         <ol><li>Why?</li></ol></article>",
    )
    .into_bytes();
    let mut rng = lectern::generate::Rng::new(0x5eed_4e7b);
    for case in 0..500 {
        let mut bytes = good.clone();
        match case % 3 {
            0 => bytes.truncate(rng.below(bytes.len())),
            1 => {
                for _ in 0..1 + rng.below(8) {
                    let at = rng.below(bytes.len());
                    bytes[at] = b"<>&;/\"'=\xd0\xff"[rng.below(10)];
                }
            }
            _ => {
                let at = rng.below(bytes.len());
                bytes.insert(at, b'<');
            }
        }
        let _ = lectern::import::html::to_markdown(&bytes);
    }
}

// ---------------------------------------------------------------------------------------------
// PDF.

/// A reading printed as a journal prints it, over several pages with the journal's name at the
/// top and the page number at the bottom of each, its words broken with hyphens at line ends:
/// it imports as the reading itself.
#[test]
fn a_printed_reading_imports_from_its_pdf_without_running_heads_or_hyphens() {
    use lectern::generate::pdf::reading_pdf;
    for bundled in lectern::reading::BUNDLED {
        let original = bundled.parse();
        let bytes = reading_pdf(&original);
        let markdown = lectern::import::pdf::to_markdown(&bytes).unwrap();
        assert!(!markdown.contains("Journal of Steppe"), "{markdown}");
        assert!(!markdown.contains("Page 2"), "{markdown}");
        let r = lectern::reading::parse(&markdown, lectern::reading::Origin::Text, "x");
        assert_eq!(r.title, original.title, "{}", bundled.name);
        assert_eq!(r.article, original.article, "{}:\n{markdown}", bundled.name);
        let texts = |r: &lectern::reading::Reading| -> Vec<String> {
            r.prompts().map(|p| p.full_text()).collect()
        };
        assert_eq!(texts(&r), texts(&original), "{}:\n{markdown}", bundled.name);
    }
}

#[test]
fn a_pdf_without_text_is_a_scan_and_says_so() {
    let empty = lectern::generate::pdf::pdf(&vec![Vec::new(); 3]);
    let err = lectern::import::pdf::to_markdown(&empty)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("no selectable text (probably a scan)"),
        "{err}"
    );
    assert_eq!(
        lectern::import::kind_of(&empty),
        Some(lectern::import::Kind::Pdf)
    );
}

#[test]
fn damaged_pdfs_never_panic_and_a_truncated_one_is_a_clear_error() {
    let good = lectern::generate::pdf::reading_pdf(&lectern::reading::BUNDLED[0].parse());
    let err = lectern::import::pdf::to_markdown(&good[..good.len() / 2])
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("not a readable PDF") || err.contains("no selectable text"),
        "{err}"
    );
    for bytes in damaged_copies(&good, 0x5eed_0bdf, 200, b'(') {
        // Ok or Err are both fine; a panic fails the test.
        let _ = lectern::import::pdf::to_markdown(&bytes);
    }
}

/// What a browser puts on the clipboard when a teacher copies an article: an HTML fragment
/// with the page's headings and list, and the same as plain text. The HTML is used, so the
/// questions keep their numbers; without HTML, the text.
#[test]
fn a_copied_page_pastes_with_its_structure() {
    use lectern::import::html::clipboard_markdown;
    let html = "<meta charset='utf-8'><h1>Snow Leopards</h1><p>Few people have <b>seen</b> one.</p>\
                <h2>Questions</h2><ol><li>Why are they hard to count?</li><li>Who protects them?</li></ol>";
    let text = "Snow Leopards\nFew people have seen one.\nQuestions\nWhy are they hard to count?\nWho protects them?";
    let markdown = clipboard_markdown(Some(html), Some(text)).unwrap();
    let r = lectern::reading::parse(&markdown, lectern::reading::Origin::Text, "x");
    assert_eq!(r.title, "Snow Leopards");
    assert_eq!(r.prompt_count(), 2, "{markdown}");
    assert!(markdown.contains("**seen**"), "{markdown}");
    assert_eq!(clipboard_markdown(None, Some(text)).unwrap(), text);
    assert_eq!(clipboard_markdown(Some("  "), Some(text)).unwrap(), text);
    let err = clipboard_markdown(None, Some(" \n "))
        .unwrap_err()
        .to_string();
    assert!(err.contains("holds no text"), "{err}");
}

/// As Word saves "Web Page" (and "Web Page, Filtered"): windows-1252, `MsoNormal` paragraphs,
/// empty `<o:p>` spacers, and list numbers written into the text before a run of no-break
/// spaces, inside `<![if !supportLists]>` conditionals.
#[test]
fn a_page_word_saved_as_a_web_page_reads_with_its_numbered_questions() {
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\r\n<head>\
         <meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">\
         <meta name=Generator content=\"Microsoft Word 15 (filtered)\"><title>Rivers</title>\
         <style><!-- p.MsoNormal {margin:0cm;} --></style></head>\r\n\
         <body lang=EN-GB><div class=WordSection1>\r\n\
         <h1>Steppe Rivers Under Pressure</h1>\r\n\
         <p class=MsoNormal>The Ili river feeds Lake <b>Balkhash</b> – and it’s shrinking.</p>\r\n\
         <p class=MsoNormal><o:p>&nbsp;</o:p></p>\r\n\
         <h2>Discussion questions</h2>\r\n\
         <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>\
         <![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt \"Times New Roman\"'>\
         &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>Why does Balkhash\r\nshrink?</p>\r\n\
         <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt'>2.<span style='font:7.0pt \"Times New Roman\"'>\
         &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>Who should share the water?</p>\r\n\
         </div></body></html>",
    );
    let md = lectern::import::html::to_markdown(&bytes).unwrap();
    let r = reading::parse(&md, Origin::Text, "x");
    assert_eq!(r.title, "Steppe Rivers Under Pressure", "{md}");
    assert_eq!(r.paragraph_count(), 1, "{md}");
    assert!(md.contains("it’s shrinking"), "{md}");
    let prompts: Vec<&str> = r.prompts().map(|p| p.text.as_str()).collect();
    assert_eq!(
        prompts,
        ["Why does Balkhash shrink?", "Who should share the water?"],
        "{md}"
    );
}

/// As Google Docs exports "Web page (.html, zipped)": styles in classes, every run a `<span>`,
/// the Title style a `<p class="title">`, lists as `<ol>` with `<li>`s.
#[test]
fn a_google_docs_export_reads_with_its_title_and_questions() {
    let html = "<html><head><meta content=\"text/html; charset=UTF-8\" http-equiv=\"content-type\">\
         <style type=\"text/css\">.c1{font-weight:700}.title{font-size:26pt}</style></head>\
         <body class=\"c5 doc-content\"><p class=\"c3 title\" id=\"h.abc\"><span class=\"c2\">Steppe Rivers Under Pressure</span></p>\
         <p class=\"c0\"><span class=\"c4\">The Ili river feeds Lake </span><span class=\"c1\">Balkhash</span><span class=\"c4\">.</span></p>\
         <h2 class=\"c6\" id=\"h.def\"><span class=\"c2\">Discussion questions</span></h2>\
         <ol class=\"c7 lst-kix_x-0 start\" start=\"1\"><li class=\"c0 li-bullet-0\"><span class=\"c4\">Why does Balkhash shrink?</span></li>\
         <li class=\"c0 li-bullet-0\"><span class=\"c4\">Who should share the water?</span></li></ol>\
         <p class=\"c0 c8\"><span class=\"c4\"></span></p></body></html>";
    let md = lectern::import::html::to_markdown(html.as_bytes()).unwrap();
    let r = reading::parse(&md, Origin::Text, "x");
    assert_eq!(r.title, "Steppe Rivers Under Pressure", "{md}");
    assert_eq!(r.paragraph_count(), 1, "{md}");
    assert_eq!(r.prompt_count(), 2, "{md}");
}

/// A document LibreOffice made, from `tests/corpus/` (see its README).
fn corpus_file(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(name)
}

fn lectern_in(home: &std::path::Path, args: &[&std::ffi::OsStr]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_lectern"))
        .args(args)
        .env("HOME", home)
        .output()
        .unwrap()
}

/// Writer's own format reads as the Word file Writer saves of the same handout: the same title,
/// paragraphs and numbered questions, from the same kind of Markdown.
#[test]
fn a_writer_document_imports_as_its_word_copy_does() {
    use lectern::import::{Kind, file_to_markdown, kind_of};
    let odt = corpus_file("lo-water-cycle.odt");
    assert_eq!(kind_of(&std::fs::read(&odt).unwrap()), Some(Kind::Odt));
    let from_odt = file_to_markdown(&odt).unwrap().unwrap();
    let from_docx = file_to_markdown(&corpus_file("lo-water-cycle.docx"))
        .unwrap()
        .unwrap();
    for line in [
        "# The Journey of a Raindrop",
        "## What moves the water",
        "- Energy from the Sun",
        "  - heat that lifts water from seas and lakes",
        "# Discussion questions",
        "1. Why does the water cycle never stop?",
        "4. What might happen to the water cycle if the Earth became warmer?",
        "Condensation",
    ] {
        assert!(
            from_odt.lines().any(|l| l == line),
            "{line:?} in\n{from_odt}"
        );
    }
    assert!(from_odt.contains("the **water cycle**."), "{from_odt}");
    // The footnote and its mark are out of the sentence; the header and footer are not read.
    assert!(
        from_odt.contains("invisible vapour. High above"),
        "{from_odt}"
    );
    for absent in ["atlas", "Riverside", "Page"] {
        assert!(!from_odt.contains(absent), "{absent:?} in\n{from_odt}");
    }
    let read = |md: &str| reading::parse(md, Origin::Text, "fallback");
    let (odt_reading, docx_reading) = (read(&from_odt), read(&from_docx));
    assert_eq!(odt_reading.title, docx_reading.title);
    assert_eq!(odt_reading.article, docx_reading.article);
    let prompts = |r: &reading::Reading| r.prompts().map(|p| p.text.clone()).collect::<Vec<_>>();
    assert_eq!(prompts(&odt_reading), prompts(&docx_reading));
    assert_eq!(odt_reading.prompt_count(), 4);
}

/// A Writer list interrupted by a paragraph and continued (`text:continue-numbering`), in the
/// list style numbering "1)", goes on counting.
#[test]
fn a_continued_writer_list_goes_on_counting() {
    let md = lectern::import::file_to_markdown(&corpus_file("lo-printing-press.odt"))
        .unwrap()
        .unwrap();
    let numbered: Vec<&str> = md
        .lines()
        .filter(|l| {
            l.split_once(". ")
                .is_some_and(|(n, _)| n.parse::<u32>().is_ok())
        })
        .collect();
    assert_eq!(
        numbered,
        [
            "1. What was the main problem with books copied by hand?",
            "2. Which two older technologies did Gutenberg combine?",
            "3. Why do you think rulers wanted to control printing?",
        ]
    );
}

#[test]
fn lectern_import_and_parse_take_a_writer_document_and_a_hostile_one_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let odt = corpus_file("lo-baikal.odt");
    let out = lectern_in(dir.path(), &["parse".as_ref(), odt.as_os_str()]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.starts_with("Title: Байкал — жемчужина Сибири"),
        "{text}"
    );
    assert!(
        text.trim_end().ends_with("3 prompts in 1 section"),
        "{text}"
    );

    // A deflate bomb dressed as a Writer document: refused, in words, not a crash or a hang.
    let bomb = dir.path().join("bomb.odt");
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    std::io::Write::write_all(&mut zip, lectern::import::odt::MIME_TYPE).unwrap();
    zip.start_file("content.xml", zip::write::SimpleFileOptions::default())
        .unwrap();
    let spaces = vec![b' '; 1024 * 1024];
    for _ in 0..=lectern::import::odt::MAX_MEMBER_BYTES / (1024 * 1024) {
        std::io::Write::write_all(&mut zip, &spaces).unwrap();
    }
    std::fs::write(&bomb, zip.finish().unwrap().into_inner()).unwrap();
    let out = lectern_in(dir.path(), &["import".as_ref(), bomb.as_os_str()]);
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("bomb.odt") && said.contains("unpacks to more than"),
        "{said}"
    );
}

/// Damaged Writer documents (bytes flipped, cut short, zip members garbled) give an error or a
/// reading, never a panic.
#[test]
fn damaged_writer_documents_never_panic() {
    let good = std::fs::read(corpus_file("lo-abai.odt")).unwrap();
    for bytes in damaged_copies(&good, 0x0d7_5eed, 300, b'<') {
        let _ = lectern::import::odt::to_markdown(&bytes);
    }
}

/// Rich Text is told by its first bytes and refused with what to do, in the user's language —
/// before, it opened as a "reading" of control words titled after the file, with no questions.
#[test]
fn a_rich_text_file_is_refused_with_what_to_do() {
    use lectern::i18n::{Language, set_language};
    use lectern::import::{Kind, kind_of};
    let rtf = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus/refused/lo-water-cycle.rtf");
    assert_eq!(kind_of(&std::fs::read(&rtf).unwrap()), Some(Kind::Rtf));
    let refused = |language| {
        set_language(language);
        let direct = lectern::import::file_to_markdown(&rtf)
            .unwrap_err()
            .to_string();
        let loaded = lectern::import::load(&rtf)
            .err()
            .expect("refused")
            .to_string();
        set_language(Language::English);
        assert_eq!(direct, loaded);
        assert!(direct.contains("lo-water-cycle.rtf"), "{direct}");
        direct
    };
    let english = refused(Language::English);
    assert!(
        english.contains("Rich Text (.rtf) file, which Lectern cannot read: open it in Word or LibreOffice and save it as .docx or .odt"),
        "{english}"
    );
    assert!(refused(Language::Russian).contains("сохраните как .docx или .odt"));
    assert!(refused(Language::Kazakh).contains(".docx не .odt ретінде сақтаңыз"));

    let dir = tempfile::tempdir().unwrap();
    let out = lectern_in(dir.path(), &["parse".as_ref(), rtf.as_os_str()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Rich Text (.rtf)"));
}
