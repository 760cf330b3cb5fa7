//! The command line and the class tools under a hostile classmate's files (issue 25): nothing
//! overwritten, nothing hung, nothing unbounded, nothing delivered to the wrong student. Each
//! runs the release-shaped binary as a teacher or student would, on files made here at test
//! time (`lectern::generate::hostile`, also `cargo run --example hostile_files -- DIR`).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use lectern::answers::{self, AnswerSheet};
use lectern::feedback::{self, Feedback};
use lectern::generate::hostile;
use lectern::reading::{BUNDLED, Reading};

/// How long a command may take before the test calls it hung: far beyond any honest run, and
/// beyond the importer's own time limit.
const HUNG: Duration = Duration::from_secs(90);

/// The binary under test: this build's, or another named by `LECTERN_UNDER_TEST` — how these
/// tests were seen to fail on the build before the fixes.
fn binary() -> std::ffi::OsString {
    std::env::var_os("LECTERN_UNDER_TEST").unwrap_or_else(|| env!("CARGO_BIN_EXE_lectern").into())
}

/// Runs `lectern ARGS` with its own home, stopping it if it hangs.
fn lectern(args: &[&str], home: &Path) -> Output {
    let mut child = Command::new(binary())
        .args(args)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("LANG", "C.UTF-8")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let started = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if started.elapsed() > HUNG {
            let _ = child.kill();
            let _ = child.wait();
            panic!("lectern {args:?} hung for {HUNG:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `lectern export ANSWERS --format txt -o OUT`.
fn export_txt_to(answers: &Path, out: &Path, home: &Path) -> Output {
    lectern(
        &["export", s(answers), "--format", "txt", "-o", s(out)],
        home,
    )
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn reading() -> Reading {
    BUNDLED[0].parse()
}

fn sheet(student: &str, answer: &str) -> AnswerSheet {
    let reading = reading();
    let mut sheet = AnswerSheet::new(&reading);
    sheet.student = student.to_owned();
    let prompt = reading.prompts().next().unwrap();
    sheet.set_answer(prompt, answer, "2026-11-28T09:00:00Z".parse().unwrap());
    sheet
}

fn handed_in(folder: &Path, name: &str, sheet: &AnswerSheet) -> PathBuf {
    let path = folder.join(format!("{name}.ron"));
    answers::save(&path, sheet).unwrap();
    path
}

#[cfg(unix)]
fn make_fifo(path: &Path) {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
    // SAFETY: a valid C string; mkfifo only reads it.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
}

// ---------------------------------------------------------------------------------------------
// Outputs: never over an input, never over what is not a file.

#[test]
fn an_export_never_replaces_its_answers_file_by_another_name() {
    let home = tempfile::tempdir().unwrap();
    let answers_path = handed_in(home.path(), "a", &sheet("Aliya", "Trade grew."));
    let before = fs::read(&answers_path).unwrap();
    let tricks = [
        home.path().join("newdir/../a.ron"),
        home.path().join("x/y/../../a.ron"),
        home.path().join("./a.ron"),
    ];
    for trick in &tricks {
        let out = export_txt_to(&answers_path, trick, home.path());
        assert_eq!(out.status.code(), Some(1), "{trick:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("will not export over"),
            "{}",
            stderr(&out)
        );
        assert_eq!(fs::read(&answers_path).unwrap(), before, "{trick:?}");
    }
    assert!(!home.path().join("newdir").exists());
}

#[test]
fn an_import_never_replaces_its_source() {
    let home = tempfile::tempdir().unwrap();
    let source = home.path().join("r.docx");
    let word = lectern::generate::docx::reading_docx(&reading());
    fs::write(&source, &word).unwrap();
    let out = lectern(
        &[
            "import",
            s(&source),
            "-o",
            s(&home.path().join("n/../r.docx")),
        ],
        home.path(),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(fs::read(&source).unwrap(), word);
}

#[cfg(unix)]
#[test]
fn an_output_over_a_pipe_or_a_device_is_refused_with_the_reason() {
    use std::os::unix::fs::FileTypeExt;
    let home = tempfile::tempdir().unwrap();
    let answers_path = handed_in(home.path(), "a", &sheet("Aliya", "Trade grew."));
    let fifo = home.path().join("sheet.txt");
    make_fifo(&fifo);
    let out = export_txt_to(&answers_path, &fifo, home.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("not an ordinary file"),
        "{}",
        stderr(&out)
    );
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
    // /dev/null stays the system's: a character device, never renamed over (as root, the
    // rename would succeed and replace it).
    let out = export_txt_to(&answers_path, Path::new("/dev/null"), home.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("not an ordinary file"),
        "{}",
        stderr(&out)
    );
    assert!(
        fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
}

// ---------------------------------------------------------------------------------------------
// Hostile readings: the command line as contained as the window.

#[test]
fn hostile_readings_are_refused_in_words_by_parse_import_and_export() {
    let home = tempfile::tempdir().unwrap();
    let answers_path = handed_in(home.path(), "a", &sheet("Aliya", "Trade grew."));
    let files = [
        ("loop.pdf", hostile::pdf_page_tree_loop()),
        ("forms.pdf", hostile::pdf_recursive_form()),
        ("tables.docx", hostile::docx_nested_tables(20_000)),
    ];
    for (name, bytes) in files {
        let path = home.path().join(name);
        fs::write(&path, bytes).unwrap();
        for args in [
            vec!["parse", s(&path)],
            vec!["import", s(&path)],
            vec![
                "export",
                s(&answers_path),
                "--reading",
                s(&path),
                "--format",
                "txt",
            ],
        ] {
            let out = lectern(&args, home.path());
            // A refusal in words (exit 1) — or, where a platform's reader copes (Windows' PDF
            // reader with the loop), a reading — never an abort (134), a panic (101) or a
            // crash by a signal.
            let err = stderr(&out);
            assert!(
                matches!(out.status.code(), Some(0 | 1)),
                "{args:?}: {:?} {err}",
                out.status
            );
            if out.status.code() == Some(1) {
                // (`contains`, not `starts_with`: under Wine, Wine's own notes come first.)
                assert!(err.contains("lectern: "), "{args:?}: {err}");
            }
            assert!(!err.contains("overflow"), "{args:?}: {err}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// A class folder with traps: pipes, device origins, feedback beside the wrong hand-in.

#[cfg(unix)]
#[test]
fn pipes_in_a_class_folder_hang_nothing_and_are_listed() {
    let home = tempfile::tempdir().unwrap();
    let class = home.path().join("class");
    fs::create_dir(&class).unwrap();
    handed_in(&class, "aliya", &sheet("Aliya", "Trade grew."));
    handed_in(&class, "bolat", &sheet("Bolat", "Gas."));
    // Feedback that is a pipe, an answers file that is a pipe, and a folder named like an
    // answers file: a folder, looked into like every sub-folder of a class (with a pipe in it).
    make_fifo(&class.join("aliya.feedback.ron"));
    make_fifo(&class.join("dana.ron"));
    fs::create_dir(class.join("erlan.ron")).unwrap();
    make_fifo(&class.join("erlan.ron").join("inside.ron"));
    // A hand-in whose reading "is" the terminal, or a pipe.
    let mut stdin = sheet("Farida", "Uranium.");
    stdin.reading.origin = "/dev/stdin".to_owned();
    stdin.reading.sha256 = "f".repeat(64);
    handed_in(&class, "farida", &stdin);
    let out_dir = home.path().join("out");
    fs::create_dir(&out_dir).unwrap();
    for args in [
        vec!["collect", s(&class), "-o", s(&out_dir), "--format", "md"],
        vec!["feedback", s(&class)],
        vec!["return", s(&class), "-o", s(&out_dir)],
    ] {
        let out = lectern(&args, home.path());
        let err = stderr(&out);
        assert!(
            err.contains("dana.ron"),
            "{args:?}: the pipe is listed: {err}"
        );
        assert!(
            err.contains("erlan.ron/inside.ron"),
            "{args:?}: the pipe in the folder is listed: {err}"
        );
        if args[0] == "collect" {
            assert!(out.status.success(), "{err}");
        }
    }
}

#[test]
fn feedback_beside_the_wrong_hand_in_is_reported_not_delivered() {
    let home = tempfile::tempdir().unwrap();
    let class = home.path().join("class");
    fs::create_dir(&class).unwrap();
    let aliya = sheet("Aliya", "Trade grew.");
    handed_in(&class, "aliya", &aliya);
    let bolat = sheet("Bolat", "Gas.");
    let bolat_path = handed_in(&class, "bolat", &bolat);
    // Feedback written for Aliya, put beside Bolat's hand-in.
    let sha = lectern::files::sha256_hex(&fs::read(&bolat_path).unwrap());
    let mut wrong = Feedback::new(
        &aliya,
        "aliya.ron",
        &sha,
        "2026-11-28T10:00:00Z".parse().unwrap(),
    );
    wrong.overall = "Excellent work, Aliya: 10 of 10.".to_owned();
    feedback::save_feedback(&feedback::feedback_path(&bolat_path), &wrong).unwrap();

    let out_dir = home.path().join("out");
    fs::create_dir(&out_dir).unwrap();
    let out = lectern(&["return", s(&class), "-o", s(&out_dir)], home.path());
    let err = stderr(&out);
    assert!(err.contains("not returned"), "{err}");
    assert!(err.contains("is about Aliya, not Bolat"), "{err}");
    let returned: Vec<String> = fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !returned
            .iter()
            .any(|n| n.contains("aliya") || n.contains("bolat")),
        "nothing is delivered: {returned:?}"
    );
    // The summary says so too, rather than counting it as Bolat's.
    let out = lectern(&["feedback", s(&class)], home.path());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("feedback not read"), "{text}");
}

// ---------------------------------------------------------------------------------------------
// Output that cannot be hijacked.

#[cfg(unix)]
#[test]
fn escape_codes_in_a_hand_in_never_reach_the_teachers_terminal_or_the_csv() {
    let home = tempfile::tempdir().unwrap();
    let class = home.path().join("class");
    fs::create_dir(&class).unwrap();
    let mut evil = sheet("\u{1b}[2J\u{1b}]0;pwned\u{7}Aliya\rBolat", "Trade grew.");
    evil.reading.title = "Title\u{1b}[31m red\u{9b}2J".to_owned();
    handed_in(&class, "evil\u{1b}[1;31m name", &evil);
    let out_dir = home.path().join("out");
    fs::create_dir(&out_dir).unwrap();
    for args in [
        vec!["collect", s(&class), "-o", s(&out_dir), "--format", "md"],
        vec!["feedback", s(&class)],
        vec!["feedback", s(&class), "--csv"],
        vec![
            "export",
            s(&class.join("evil\u{1b}[1;31m name.ron")),
            "--format",
            "txt",
        ],
    ] {
        let out = lectern(&args, home.path());
        for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            let text = String::from_utf8_lossy(bytes);
            assert!(
                !text.contains(['\u{1b}', '\u{7}', '\u{9b}']) && !text.contains("\rB"),
                "{args:?} {stream}: {text:?}"
            );
        }
    }
    for entry in fs::read_dir(&out_dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "csv") {
            let csv = fs::read_to_string(&path).unwrap();
            assert!(!csv.contains(['\u{1b}', '\u{7}', '\u{9b}']), "{csv:?}");
        }
    }
}

#[test]
fn a_closed_stderr_is_not_a_panic() {
    let home = tempfile::tempdir().unwrap();
    let mut child = Command::new(binary())
        .args([
            "export",
            s(&home.path().join("missing.ron")),
            "--format",
            "txt",
        ])
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stderr.take()); // Whoever started it stopped listening.
    let status = child.wait().unwrap();
    assert_eq!(
        status.code(),
        Some(1),
        "a failure, said where it can be: not a panic (101)"
    );
}

// ---------------------------------------------------------------------------------------------
// Names: within the file system's limit, never another file's.

fn give_feedback(hand_in: &Path, text: &str) {
    let sheet = answers::load(hand_in).unwrap();
    let sha = lectern::files::sha256_hex(&fs::read(hand_in).unwrap());
    let name = hand_in.file_name().unwrap().to_string_lossy().into_owned();
    let mut given = Feedback::new(&sheet, &name, &sha, "2026-11-28T10:00:00Z".parse().unwrap());
    given.overall = text.to_owned();
    feedback::save_feedback(&feedback::feedback_path(hand_in), &given).unwrap();
}

#[test]
fn long_kazakh_names_and_titles_are_handed_in_and_returned_whole() {
    let dir = tempfile::tempdir().unwrap();
    let class = dir.path().join("class");
    let out = dir.path().join("returned");
    fs::create_dir_all(&class).unwrap();
    fs::create_dir_all(&out).unwrap();
    let mut reading = reading();
    reading.title = "Қазақстан мен Еуропалық Одақ: көпвекторлы серіктестік ".repeat(3);
    let mut sheet = AnswerSheet::new(&reading);
    sheet.student = "Әйгерім-Гүлнәр Жақсылыққызы Нұрсұлтанова-Байжұмабаева ".repeat(2);
    let prompt = reading.prompts().next().unwrap();
    sheet.set_answer(
        prompt,
        "Сауда өсті.",
        "2026-11-28T09:00:00Z".parse().unwrap(),
    );
    for _ in 0..2 {
        let handed = lectern::handin::hand_in(
            &class,
            &reading,
            &sheet,
            lectern::export::Format::Text,
            lectern::export::pdf::Paper::A4,
            lectern::i18n::Language::Kazakh,
            "2026-12-06",
        )
        .unwrap();
        give_feedback(&handed.answers, "Жақсы.");
    }
    let collected = lectern::collect::collect(&class).unwrap();
    assert!(
        collected.unreadable.is_empty(),
        "{:?}",
        collected.unreadable
    );
    let returned = lectern::feedback::give_back::give_back(
        &collected,
        &out,
        Some(lectern::export::Format::Html),
        "2026-12-06",
    )
    .unwrap();
    assert_eq!(returned.written.len(), 2, "{returned:?}");
    for entry in fs::read_dir(&class)
        .unwrap()
        .chain(fs::read_dir(&out).unwrap())
    {
        let name = entry.unwrap().file_name();
        assert!(name.len() <= 255, "{name:?}");
    }
}

#[test]
fn a_name_without_letters_is_not_called_reading() {
    let dir = tempfile::tempdir().unwrap();
    let class = dir.path().join("class");
    let out = dir.path().join("returned");
    fs::create_dir_all(&class).unwrap();
    fs::create_dir_all(&out).unwrap();
    for (file, name) in [("a", "😀"), ("b", "🙂"), ("c", "")] {
        let path = handed_in(&class, file, &sheet(name, "Trade grew."));
        give_feedback(&path, "Good.");
    }
    let collected = lectern::collect::collect(&class).unwrap();
    let returned =
        lectern::feedback::give_back::give_back(&collected, &out, None, "2026-12-06").unwrap();
    let mut names: Vec<String> = returned
        .written
        .iter()
        .map(|(_, p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 3);
    assert!(names.iter().all(|n| !n.starts_with("reading")), "{names:?}");
    assert!(names[0].starts_with("no-name_"), "{names:?}");
    assert!(names[1].starts_with("student-") && names[2].starts_with("student-"));
    assert_ne!(names[1][..16], names[2][..16], "two students, two names");
}

// ---------------------------------------------------------------------------------------------
// Class tools that check what they are told.

#[test]
fn a_total_never_passes_the_rubric_and_an_invented_level_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let aliya = sheet("Aliya", "Trade grew.");
    let path = handed_in(dir.path(), "aliya", &aliya);
    let sha = lectern::files::sha256_hex(&fs::read(&path).unwrap());
    let mut rubric = lectern::feedback::Rubric::starter("R");
    rubric.scope = lectern::feedback::Scope::EachAnswer;
    let (criterion, top) = {
        let c = &rubric.criteria[0];
        (c.name.clone(), c.levels.last().unwrap().name.clone())
    };
    let mut given = Feedback::new(
        &aliya,
        "aliya.ron",
        &sha,
        "2026-11-28T10:00:00Z".parse().unwrap(),
    );
    given.rubric = Some(rubric.clone());
    // The top level on 50,000 answers to prompts the reading does not have.
    for i in 0..50_000 {
        given.answers.push(lectern::feedback::AnswerFeedback {
            prompt_id: lectern::reading::PromptId(format!("X{i}")),
            prompt: "Invented?".to_owned(),
            answer: String::new(),
            comment: String::new(),
            levels: [(criterion.clone(), top.clone())].into(),
        });
    }
    let (got, of) = given.total(13).unwrap();
    assert!(got <= of, "{got} of {of}");

    // A level the rubric does not have is said when the file is read, not counted as 0.
    let mut invented = Feedback::new(
        &aliya,
        "aliya.ron",
        &sha,
        "2026-11-28T10:00:00Z".parse().unwrap(),
    );
    invented.rubric = Some(rubric);
    invented
        .levels
        .insert(criterion.clone(), "Genius".to_owned());
    let text = feedback::feedback_to_ron(&invented);
    let err = feedback::feedback_from_ron(&text, Path::new("aliya.feedback.ron"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("Genius"), "{err}");
}

// ---------------------------------------------------------------------------------------------
// Text in the encodings other programs save.

#[test]
fn a_utf16_page_imports_and_a_page_that_only_claims_utf16_reads_as_utf8() {
    let page = "<!DOCTYPE html><html><head><meta charset=\"utf-16\"><title>Арал</title></head>\
        <body><article><h1>Арал теңізі</h1><p>Су азайды.</p><ol><li>Неге?</li></ol></article></body></html>";
    // Saved by Windows as "Unicode": UTF-16LE with its byte-order mark.
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in page.encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    assert_eq!(
        lectern::import::kind_of(&utf16),
        Some(lectern::import::Kind::WebPage)
    );
    let markdown = lectern::import::html::to_markdown(&utf16).unwrap();
    assert!(
        markdown.contains("Арал теңізі") && markdown.contains("Неге?"),
        "{markdown}"
    );
    // The same page in UTF-8 whose <meta> says UTF-16 (a real site's mistake): browsers read
    // it as UTF-8, and so does Lectern.
    let markdown = lectern::import::html::to_markdown(page.as_bytes()).unwrap();
    assert!(
        markdown.contains("Арал теңізі") && markdown.contains("Неге?"),
        "{markdown}"
    );
}

#[test]
fn an_answers_file_saved_with_a_byte_order_mark_opens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notepad.ron");
    let text = answers::to_ron(&sheet("Aliya", "Trade grew.")).unwrap();
    fs::write(
        &path,
        [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
    )
    .unwrap();
    let loaded = answers::load(&path).unwrap();
    assert_eq!(loaded.student, "Aliya");
}

#[test]
fn the_same_hand_in_twice_is_one_student() {
    let dir = tempfile::tempdir().unwrap();
    let aliya = sheet("Aliya", "Trade grew.");
    let first = handed_in(dir.path(), "aliya", &aliya);
    fs::copy(&first, dir.path().join("aliya (copy).ron")).unwrap();
    handed_in(dir.path(), "bolat", &sheet("Bolat", "Gas."));
    let collected = lectern::collect::collect(dir.path()).unwrap();
    let group = &collected.groups[0];
    assert_eq!(group.sheets.len(), 3, "both files are shown");
    assert_eq!(group.students(), 2, "but Aliya is one student");
    let sheet = group.study_sheet("2026-12-06");
    assert!(
        sheet
            .source
            .as_ref()
            .unwrap()
            .to_string()
            .contains("2 students"),
        "{:?}",
        sheet.source
    );
}

#[test]
fn cited_paragraphs_and_quotes_are_checked_against_the_reading_on_every_sheet() {
    let reading = reading();
    let (block, words) = reading
        .article
        .iter()
        .enumerate()
        .find_map(|(i, b)| match b {
            lectern::reading::Block::Paragraph { text, .. } => Some((i, text.clone())),
            _ => None,
        })
        .unwrap();
    let real_number = reading.paragraph_number(block).unwrap();
    let real = reading.passage(block, 0..words.len().min(40)).unwrap();
    let mut sheet = sheet("Aliya", "As the article says.");
    let prompt = reading.prompts().next().unwrap().clone();
    let now = "2026-11-28T09:00:00Z".parse().unwrap();
    // A real quote with an absurd paragraph number, and a quote the article never says.
    let mut wrong_number = real.clone();
    wrong_number.paragraph = usize::MAX;
    sheet.cite(&prompt, wrong_number, now);
    let invented = lectern::reading::Passage {
        paragraph: 2,
        quote: "Kazakhstan will join the EU next year".to_owned(),
        before: String::new(),
        after: String::new(),
    };
    sheet.cite(&prompt, invented, now);
    let study = lectern::export::StudySheet::build(&reading, &sheet, "2026-12-06");
    let text = String::from_utf8(study.to_bytes(lectern::export::Format::Text).unwrap()).unwrap();
    assert!(!text.contains(&usize::MAX.to_string()), "{text}");
    assert!(text.contains(&format!("(¶ {real_number})")), "{text}");
    assert!(
        text.contains("“Kazakhstan will join the EU next year” (¶ 2, not in the reading)"),
        "{text}"
    );
    // The class sheet checks them too (the bundled reading is on every computer).
    let dir = tempfile::tempdir().unwrap();
    handed_in(dir.path(), "aliya", &sheet);
    let collected = lectern::collect::collect(dir.path()).unwrap();
    let class = collected.groups[0]
        .class_sheet(lectern::export::Format::Text, "2026-12-06")
        .unwrap();
    let class = String::from_utf8(class).unwrap();
    assert!(!class.contains(&usize::MAX.to_string()), "{class}");
    assert!(class.contains("not in the reading"), "{class}");
}
