//! Save, parse and export on the large case (100,000-word reading, 500 prompts, 300-word
//! answers): the autosave's time on the window's thread and until the file is safely on disk,
//! the parse of the reading, and each export format.
//!
//! `cargo bench --bench io`

#[path = "common.rs"]
mod common;

use std::time::{Duration, Instant};

use lectern::app::document::{AUTOSAVE_DELAY, Document};
use lectern::export::{Format, StudySheet};
use lectern::reading::{self, Origin};

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Vec<Duration> {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect()
}

fn row(name: &str, budget: &str, samples: Vec<Duration>) {
    let n = samples.len();
    let s = common::stats(samples);
    println!(
        "| {name} | {} | {} | {budget} | {n} runs |",
        common::ms(s.median),
        common::ms(s.max)
    );
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    lectern::paths::use_data_dir(dir.path().join("data"));
    let text = lectern::generate::reading_text(100_000, 500);
    let large = reading::parse(&text, Origin::Text, "large");
    let sheet = lectern::generate::answers(&large, 300);
    println!(
        "Large case on {}: {} KB reading ({} words, {} prompts), {} KB answers file\n",
        common::machine(),
        text.len() / 1024,
        large.article_words(),
        large.prompt_count(),
        lectern::answers::to_ron(&sheet).unwrap().len() / 1024
    );
    println!("| what | median | max | budget | runs |");
    println!("|---|---|---|---|---|");
    // First, while the process is small: its memory before and after says what the
    // dictionaries hold.
    dictionaries();

    row(
        "parse the large reading",
        "≤ 50 ms",
        time(20, || reading::parse(&text, Origin::Text, "large")),
    );
    // A hand-made answers file: 20,000 highlights of words that are nowhere in the large
    // reading. Marking them is what the window does when the file opens.
    let mut hostile = lectern::answers::AnswerSheet::new(&large);
    for i in 0..20_000 {
        hostile.highlight(
            lectern::reading::Passage {
                paragraph: i % 1_000,
                quote: format!("words that are not there {i}"),
                before: String::new(),
                after: String::new(),
            },
            lectern::answers::HighlightColour::Yellow,
        );
    }
    row(
        "mark 20,000 highlights of missing words in the large reading",
        "≤ 1 s",
        time(5, || {
            lectern::ui::article::marks::EvidenceMarks::of(&large, &hostile)
        }),
    );
    // Importing: a 200-page text PDF and a 50-page Word document, both of Lectern's generated
    // reading (laid out as a journal prints it, and as a teacher types it in Word), read in
    // this process and through the child process the window uses.
    let book = reading::parse(
        &lectern::generate::reading_text(87_000, 200),
        Origin::Text,
        "book",
    );
    let pdf_bytes = lectern::generate::pdf::reading_pdf(&book);
    let pdf_path = dir.path().join("book.pdf");
    std::fs::write(&pdf_path, &pdf_bytes).unwrap();
    let pages = lectern::import::pdf::layout_pages(&pdf_bytes);
    let chapter = reading::parse(
        &lectern::generate::reading_text(25_000, 50),
        Origin::Text,
        "chapter",
    );
    let docx_bytes = lectern::generate::docx::reading_docx(&chapter);
    let docx_path = dir.path().join("chapter.docx");
    std::fs::write(&docx_path, &docx_bytes).unwrap();
    println!(
        "(import: a {pages}-page PDF of {} KB, {} words; a Word document of {} KB, {} words, \
         about 50 pages)\n",
        pdf_bytes.len() / 1024,
        book.article_words(),
        docx_bytes.len() / 1024,
        chapter.article_words()
    );
    lectern::import::use_importer(
        env!("CARGO_BIN_EXE_lectern").into(),
        lectern::import::TIME_LIMIT,
    );
    row(
        "import a 200-page PDF (in this process)",
        "≤ 3 s",
        time(5, || lectern::import::pdf::to_markdown(&pdf_bytes).unwrap()),
    );
    row(
        "import a 200-page PDF (child process, as the window does)",
        "≤ 3 s",
        time(5, || lectern::import::load(&pdf_path).unwrap()),
    );
    row(
        "import a 50-page Word document (in this process)",
        "≤ 1 s",
        time(5, || {
            lectern::import::docx::to_markdown(&docx_bytes).unwrap()
        }),
    );
    row(
        "import a 50-page Word document (child process, as the window does)",
        "≤ 1 s",
        time(5, || lectern::import::load(&docx_path).unwrap()),
    );
    // A saved encyclopedia page of 2 MB: the site around the article (menus, infobox, table of
    // contents, edit links, note marks, navboxes, references, footer), its sections repeated.
    let page = saved_web_page(2 * 1024 * 1024);
    let page_path = dir.path().join("saved page.html");
    std::fs::write(&page_path, &page).unwrap();
    row(
        "import a 2 MB saved web page (in this process)",
        "≤ 1 s",
        time(5, || {
            lectern::import::html::to_markdown(page.as_bytes()).unwrap()
        }),
    );
    row(
        "import a 2 MB saved web page (child process, as the window does)",
        "≤ 1 s",
        time(5, || lectern::import::load(&page_path).unwrap()),
    );

    // The sheet a student hands in: the bundled reading, every prompt answered in 150 words.
    let bundled = reading::BUNDLED[0].parse();
    let answered = lectern::generate::answers(&bundled, 150);
    let pdf = || {
        StudySheet::build(&bundled, &answered, "2026-01-01")
            .to_bytes(Format::Pdf)
            .unwrap()
    };
    row(
        "PDF of the bundled reading, all 13 prompts answered",
        "—",
        time(20, pdf),
    );
    for (format, budget) in [
        (Format::Markdown, "≤ 50 ms"),
        (Format::Html, "≤ 50 ms"),
        (Format::Text, "—"),
        (Format::Docx, "—"),
        (Format::Pdf, "—"),
    ] {
        let export = || {
            StudySheet::build(&large, &sheet, "2026-01-01")
                .to_bytes(format)
                .unwrap()
        };
        row(
            &format!("export {} (build the sheet, render it)", format.label()),
            budget,
            time(20, export),
        );
    }
    // Teacher feedback: what changed in a revised answer, word by word (worked out when the
    // teacher shows an answer), for a 2,000-word answer with a word changed in every ten, and
    // for one rewritten from top to bottom (the longest the common-run table gets).
    let words: Vec<String> = lectern::generate::answers(&bundled, 2_000).answers[0]
        .text
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    let revised: String = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i % 10 == 5 {
                format!("{w}x")
            } else {
                w.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    let original = words.join(" ");
    let rewritten: String = words
        .iter()
        .map(|w| format!("{w}y"))
        .collect::<Vec<_>>()
        .join(" ");
    row(
        "what changed in a 2,000-word answer, a word in ten revised",
        "≤ 50 ms",
        time(20, || lectern::feedback::diff::words(&original, &revised)),
    );
    row(
        "what changed in a 2,000-word answer rewritten throughout",
        "≤ 50 ms",
        time(20, || lectern::feedback::diff::words(&original, &rewritten)),
    );
    row(
        "copy the answers (what autosave hands to its thread)",
        "—",
        time(20, || sheet.clone()),
    );
    row(
        "answers to RON text",
        "—",
        time(20, || lectern::answers::to_ron(&sheet).unwrap()),
    );

    // Autosave: what the window's thread spends handing the sheet over, and the time until the
    // saving thread reports it safely on disk (written, fsynced, renamed).
    let path = dir.path().join("large.ron");
    lectern::answers::save(&path, &sheet).unwrap();
    let mut doc = Document::open(large.clone(), Some(path.clone()));
    assert_eq!(doc.sheet.answers.len(), 500);
    let prompts: Vec<_> = large.prompts().cloned().collect();
    let mut on_thread = Vec::new();
    let mut to_disk = Vec::new();
    for (round, prompt) in prompts.iter().take(20).enumerate() {
        let edited = Instant::now();
        doc.set_answer(
            prompt,
            &format!("{} edit {round}", sheet.answers[round].text),
            lectern::app::document::now(),
            edited,
            lectern::app::document::Input::Typed,
        );
        doc.finish_background(); // Any recovery copy from an earlier round.
        let due = edited + AUTOSAVE_DELAY;
        let start = Instant::now();
        doc.tick(due);
        on_thread.push(start.elapsed());
        while doc.has_unsaved_work() {
            std::thread::sleep(Duration::from_micros(200));
            doc.tick(due);
        }
        to_disk.push(start.elapsed());
    }
    row("autosave: time on the window's thread", "≤ 1 ms", on_thread);
    row("autosave: until safely on disk (background)", "—", to_disk);
    let saved = lectern::answers::load(&path).unwrap();
    assert_eq!(saved.answers.len(), 500);
    assert_eq!(saved.answers[19].text.rsplit(' ').next(), Some("19"));
}

/// The process's resident memory, in KiB (`VmRSS`), and its peak (`VmHWM`).
/// A web page of about `size` bytes in a MediaWiki article's shape, its questions at the end.
fn saved_web_page(size: usize) -> String {
    let mut page = String::from(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Steppe - Encyclopedia</title>\
         <script>var config = {\"wgPageName\": \"Steppe\"};</script></head><body>\
         <a class=\"mw-jump-link\" href=\"#content\">Jump to content</a>\
         <nav><ul><li><a href=\"/\">Main page</a></li><li><a href=\"/random\">Random</a></li></ul></nav>\
         <main id=\"content\"><h1>Steppe</h1><div class=\"mw-parser-output\">\
         <table class=\"infobox\"><tr><th>Area</th><td>804,500&nbsp;km&sup2;</td></tr></table>\
         <div id=\"toc\" class=\"toc\"><h2>Contents</h2><ul><li><a href=\"#s1\">1 History</a></li></ul></div>",
    );
    let mut section = 0;
    while page.len() < size {
        section += 1;
        page.push_str(&format!(
            "<div class=\"mw-heading mw-heading2\"><h2 id=\"s{section}\">Section {section}</h2>\
             <span class=\"mw-editsection\">[<a href=\"#\">edit</a>]</span></div>"
        ));
        for _ in 0..8 {
            page.push_str(
                "<p>The <b>steppe</b> is a wide grassland &ndash; hot in summer, cold in winter \
                 &mdash; crossed by <a href=\"/wiki/Rivers\">rivers</a> that feed lakes with no \
                 outlet, and home to herders, their horses and the saiga antelope.<sup \
                 class=\"reference\"><a href=\"#cite_note-1\">[1]</a></sup></p>",
            );
        }
    }
    page.push_str(
        "<h2>Discussion questions</h2><ol><li>Why do the lakes have no outlet?</li>\
         <li>Who lives on the steppe?</li></ol>\
         <h2>References</h2><ol class=\"references\"><li id=\"cite_note-1\">^ Atlas of the Steppe. 2020.</li></ol>\
         <div class=\"navbox\"><ul><li><a href=\"#\">Grasslands</a></li></ul></div>\
         </div></main><footer><ul><li><a href=\"/privacy\">Privacy policy</a></li>\
         <li><a href=\"/disclaimers\">Disclaimers</a></li></ul></footer></body></html>",
    );
    page
}

fn memory_kib() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// Loading each bundled dictionary (off the window's thread), the memory four of them hold
/// (English, French, Russian, Kazakh: what a student writing in all four uses), checking a
/// word, and suggestions (worked out off the frame).
fn dictionaries() {
    use lectern::spell::{Dict, LatinChoice, Speller};
    use std::sync::Arc;
    let (before, _) = memory_kib();
    let speller = [Dict::EnUs, Dict::Fr, Dict::Ru, Dict::Kk]
        .into_iter()
        .fold(Speller::default(), |s, d| {
            s.with(d, Arc::new(d.load().unwrap()))
        });
    let (after, peak) = memory_kib();
    println!(
        "| memory held by four dictionaries (en_US, fr, ru_RU, kk_KZ) | {:.1} MiB resident (this process's peak {:.1} MiB) | — | — | 1 run |",
        (after.saturating_sub(before)) as f64 / 1024.0,
        peak as f64 / 1024.0
    );
    for dict in Dict::ALL {
        row(
            &format!("load the {} dictionary", dict.name()),
            "off the window's thread",
            time(5, || dict.load().unwrap()),
        );
    }
    let words = [
        "relations",
        "Қазақстан",
        "отношения",
        "recevoir",
        "recieve",
        "кітапп",
    ];
    row(
        "check a word (six words, each script)",
        "≤ 0.05 ms",
        time(2000, || {
            words
                .iter()
                .filter(|w| speller.check(w, LatinChoice::EnglishUs) == Some(true))
                .count()
        }),
    );
    for (word, latin) in [
        ("recieve", LatinChoice::EnglishUs),
        ("превет", LatinChoice::EnglishUs),
        ("кітапп", LatinChoice::EnglishUs),
        ("recevior", LatinChoice::French),
    ] {
        row(
            &format!("suggestions for \"{word}\""),
            "off the frame",
            time(5, || speller.suggest(word, latin, false, 5)),
        );
    }
}
