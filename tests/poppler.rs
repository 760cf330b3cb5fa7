//! The PDF study sheet as poppler (the PDF library behind most Linux viewers) sees it: fonts
//! embedded and subset, title and author set, text that extracts. Needs poppler-utils, so it
//! runs with `--features poppler-tests` (as `.ci/run` does after installing them).
#![cfg(feature = "poppler-tests")]

use std::process::Command;

use lectern::answers::AnswerSheet;
use lectern::export::{Format, StudySheet};

fn run(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} runs (apt-get install poppler-utils): {e}"));
    assert!(
        out.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The PDF sheet of `sheet`, written to a folder of its own (kept while the first value lives).
fn pdf_of(
    reading: &lectern::reading::Reading,
    sheet: &AnswerSheet,
) -> (tempfile::TempDir, std::path::PathBuf) {
    let pdf = StudySheet::build(reading, sheet, "2026-11-28")
        .to_bytes(Format::Pdf)
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sheet.pdf");
    std::fs::write(&path, pdf).unwrap();
    (dir, path)
}

#[test]
fn poppler_reads_fonts_metadata_and_text() {
    let reading = lectern::reading::BUNDLED[0].parse();
    let mut sheet = AnswerSheet::new(&reading);
    sheet.student = "Әлия Нұрланқызы".to_owned();
    let q1 = reading.prompts().nth(1).unwrap();
    sheet.set_answer(
        q1,
        "Қазақстан, Россия et la « France » : “quotes”.",
        "2026-11-28T09:00:00Z".parse().unwrap(),
    );
    let (_dir, path) = pdf_of(&reading, &sheet);
    let path = path.to_str().unwrap();

    let fonts = run("pdffonts", &[path]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty());
    for row in rows {
        assert!(row.contains("LibertinusSerif"), "{row}");
        assert!(
            row.contains(" yes yes yes "),
            "embedded, subset, with a Unicode map: {row}"
        );
    }
    let info = run("pdfinfo", &[path]);
    assert!(
        info.lines().any(|l| l.starts_with("Title:")
            && l.ends_with(" Kazakhstan and the EU: A Multi-Vector Partnership")),
        "{info}"
    );
    assert!(
        info.lines()
            .any(|l| l.starts_with("Author:") && l.ends_with(" Әлия Нұрланқызы")),
        "{info}"
    );
    let text = run("pdftotext", &[path, "-"]);
    assert!(
        text.contains("Қазақстан, Россия et la « France » : “quotes”."),
        "{text}"
    );
    assert!(text.contains("Әлия Нұрланқызы — Kazakhstan and the EU"));
}

/// Renders `pdf` to one PNG per page at `dpi` with pdftoppm; returns the page images in order.
fn render_pages(pdf: &std::path::Path, dpi: u32) -> Vec<std::path::PathBuf> {
    let prefix = pdf.with_extension("");
    run(
        "pdftoppm",
        &[
            "-r",
            &dpi.to_string(),
            "-png",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    let dir = pdf.parent().unwrap();
    let stem = prefix.file_name().unwrap().to_str().unwrap().to_owned();
    let mut pages: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "png")
                && p.file_name().unwrap().to_str().unwrap().starts_with(&stem)
        })
        .collect();
    pages.sort();
    pages
}

/// What tesseract reads on a page image in `language` (eng, rus, kaz). One language at a time:
/// mixed, tesseract reads Kazakh "Қ" as the Russian "К".
fn ocr(page: &std::path::Path, language: &str) -> String {
    let out = Command::new("tesseract")
        .args([page.to_str().unwrap(), "-", "-l", language, "--psm", "4"])
        .output()
        .expect("tesseract runs (apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-rus tesseract-ocr-kaz)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Words of `text` in order, without punctuation, for comparing OCR with what was written.
fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The printed page, not the text layer: ligatures (fi, ff, ffi, fl, fj) once printed as a lone
/// "f" while `pdftotext` read them right. Render the sheet as a printer or viewer does and read
/// it back with OCR: every word must read as itself.
#[test]
fn the_printed_sheet_reads_back_as_written() {
    const ENGLISH: &str = "The effort to diversify affects fifty firms and the flows of office staff: \
        official benefits, significant efforts, a fjord, an affluent baffled afflicted fleet.";
    const RUSSIAN: &str = "Казахстан развивает сотрудничество с Европейским союзом.";
    const KAZAKH: &str = "Қазақстан Еуропалық одақпен ынтымақтастықты дамытады.";
    let reading = lectern::reading::BUNDLED[0].parse();
    let mut sheet = AnswerSheet::new(&reading);
    sheet.student = "Ligature Check".to_owned();
    let at = "2026-11-28T09:00:00Z".parse().unwrap();
    let mut prompts = reading.prompts();
    for text in [ENGLISH, RUSSIAN, KAZAKH] {
        sheet.set_answer(prompts.next().unwrap(), text, at);
    }
    let (_dir, path) = pdf_of(&reading, &sheet);

    if let Some(out) = std::env::var_os("LECTERN_TEST_OUT") {
        // To look at what was printed: LECTERN_TEST_OUT=/tmp/out cargo test ...
        std::fs::copy(&path, std::path::Path::new(&out).join("ligatures.pdf")).unwrap();
    }
    let pages = render_pages(&path, 300);
    for (sentence, language) in [(ENGLISH, "eng"), (RUSSIAN, "rus"), (KAZAKH, "kaz")] {
        let read = ocr(&pages[0], language);
        let read_words = words_of(&read).join(" ");
        let written = words_of(sentence).join(" ");
        assert!(
            read_words.contains(&written),
            "the printed page should read\n  {written}\nbut OCR read:\n{read}"
        );
    }

    // And the text layer keeps each word whole (no "offi / cial" across lines).
    let text = run("pdftotext", &[path.to_str().unwrap(), "-"]);
    let text_words = words_of(&text).join(" ");
    for sentence in [ENGLISH, RUSSIAN, KAZAKH] {
        assert!(text_words.contains(&words_of(sentence).join(" ")), "{text}");
    }
}

/// A sheet in Kazakh and one in Russian, printed and read back: the labels a teacher reads
/// (Student, Not answered, the word count) are printed in the sheet's language.
#[test]
fn the_printed_sheet_says_its_labels_in_kazakh_and_russian() {
    use lectern::i18n::Language;
    let reading = lectern::reading::BUNDLED[0].parse();
    let mut sheet = AnswerSheet::new(&reading);
    sheet.student = "Әлия Нұр".to_owned();
    let at = "2026-11-28T09:00:00Z".parse().unwrap();
    sheet.set_answer(reading.prompts().next().unwrap(), "Бір екі үш.", at);
    for (language, tesseract, labels) in [
        (
            Language::Kazakh,
            "kaz",
            ["Оқушы", "Жауап", "берілмеген", "сөз"],
        ),
        (
            Language::Russian,
            "rus",
            ["Ученик", "Нет", "ответа", "слова"],
        ),
    ] {
        let pdf = StudySheet::build(&reading, &sheet, "2026-11-28")
            .in_language(language)
            .to_bytes(Format::Pdf)
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sheet.pdf");
        std::fs::write(&path, pdf).unwrap();
        if let Some(out) = std::env::var_os("LECTERN_TEST_OUT") {
            std::fs::copy(
                &path,
                std::path::Path::new(&out).join(format!("sheet-{tesseract}.pdf")),
            )
            .unwrap();
        }
        let pages = render_pages(&path, 300);
        let read = words_of(&ocr(&pages[0], tesseract));
        for label in labels {
            assert!(
                read.iter().any(|w| w == label),
                "{language:?}: the printed page should say {label}; OCR read {read:?}"
            );
        }
    }
}

/// A "word" of 3,000 letters (a pasted link, a run of keys) is broken where it reaches the
/// column's edge: every letter printed on the page, none run off its right side.
#[test]
fn a_word_longer_than_a_line_is_printed_whole_inside_the_margins() {
    let reading = lectern::reading::BUNDLED[0].parse();
    let mut sheet = AnswerSheet::new(&reading);
    sheet.student = "Long Word".to_owned();
    let word: String = "abcdefghijklmnopqrstuvwxyz"
        .chars()
        .cycle()
        .take(3_000)
        .collect();
    let q1 = reading.prompts().nth(1).unwrap();
    sheet.set_answer(
        q1,
        &format!("Before {word} after."),
        "2026-11-28T09:00:00Z".parse().unwrap(),
    );
    let (_dir, path) = pdf_of(&reading, &sheet);
    let path = path.to_str().unwrap();

    let text = run("pdftotext", &[path, "-"]);
    let letters: String = text.split_whitespace().collect();
    assert!(
        letters.contains(&format!("Before{word}after.")),
        "all 3,000 letters come back: {text}"
    );
    // Every word's box inside the page's margins (64 pt either side, less a point).
    let boxes = run("pdftotext", &["-bbox", path, "-"]);
    let number = |tag: &str, name: &str| -> f32 {
        let at = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        tag[at..at + tag[at..].find('"').unwrap()].parse().unwrap()
    };
    let mut width = 0.0;
    let mut words = 0;
    for tag in boxes.split('<') {
        if tag.starts_with("page ") {
            width = number(tag, "width");
        } else if tag.starts_with("word ") {
            words += 1;
            let (left, right) = (number(tag, "xMin"), number(tag, "xMax"));
            assert!(
                left >= 63.0 && right <= width - 63.0,
                "a word from {left} to {right} on a page {width} wide: {tag}"
            );
        }
    }
    assert!(words > 30, "{boxes}");
}

/// The class sheet's charts, printed: poppler finds their titles, labels and figures in the
/// text, and the page, rendered, has each student's bar in the answered green, as long as the
/// share of the questions they answered.
#[test]
fn the_class_sheets_charts_print_with_their_bars() {
    let reading = lectern::reading::BUNDLED[0].parse();
    let prompts: Vec<_> = reading.prompts().collect();
    let dir = tempfile::tempdir().unwrap();
    for (student, answered) in [("Әйгерім Нұрланқызы", prompts.len()), ("Иван Петров", 1)]
    {
        let mut sheet = AnswerSheet::new(&reading);
        sheet.student = student.to_owned();
        for prompt in &prompts[..answered] {
            sheet.set_answer(
                prompt,
                "Apples came from here.",
                "2026-12-01T09:00:00Z".parse().unwrap(),
            );
        }
        let file = dir
            .path()
            .join(format!("{}.ron", lectern::paths::person_slug(student)));
        std::fs::write(file, lectern::answers::to_ron(&sheet).unwrap()).unwrap();
    }
    let class = lectern::collect::collect(dir.path()).unwrap();
    let pdf = class.groups[0]
        .class_sheet(Format::Pdf, "2026-12-07")
        .unwrap();
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("class.pdf");
    std::fs::write(&path, pdf).unwrap();

    let text = run("pdftotext", &["-layout", path.to_str().unwrap(), "-"]);
    let total = prompts.len();
    for expected in [
        "The class at a glance".to_owned(),
        format!("Questions answered by each student (of {total})"),
        "Иван Петров".to_owned(),
        format!("1 of {total}"),
        format!("{total} of {total}"),
        "Words per answer, by question".to_owned(),
    ] {
        assert!(text.contains(&expected), "{expected:?} in:\n{text}");
    }

    // The first page as a printer sees it: the rows of answered green, one a student.
    run(
        "pdftoppm",
        &[
            "-r",
            "72",
            "-f",
            "1",
            "-l",
            "1",
            path.to_str().unwrap(),
            out.path().join("p").to_str().unwrap(),
        ],
    );
    let page = std::fs::read_dir(out.path())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "ppm"))
        .unwrap();
    let bytes = std::fs::read(page).unwrap();
    // P6, width, height, 255, then RGB.
    let header: Vec<&[u8]> = bytes.splitn(5, |b| b.is_ascii_whitespace()).collect();
    let width: usize = std::str::from_utf8(header[1]).unwrap().parse().unwrap();
    let pixels = header[4];
    let green =
        |p: &[u8]| p[0].abs_diff(0x3b) < 12 && p[1].abs_diff(0x82) < 12 && p[2].abs_diff(0x5c) < 12;
    // The progress chart's bars: the longest green run on each row of pixels, widest first.
    let mut runs: Vec<usize> = pixels
        .chunks(width * 3)
        .map(|row| {
            let (mut best, mut now) = (0, 0);
            for p in row.chunks(3) {
                now = if green(p) { now + 1 } else { 0 };
                best = best.max(now);
            }
            best
        })
        .filter(|run| *run > 0)
        .collect();
    runs.dedup();
    assert!(runs.len() >= 2, "green bars on the page: {runs:?}");
    // The first two bars down the page are the two students' (in either order).
    let (full, one) = (runs[0].max(runs[1]) as f64, runs[0].min(runs[1]) as f64);
    let ratio = one / full;
    let expected = 1.0 / total as f64;
    assert!(
        (ratio - expected).abs() < 0.05,
        "Иван's bar is {one} px to Әйгерім's {full}: {ratio:.2}, not 1/{total}"
    );
}
