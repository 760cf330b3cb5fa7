//! A class as an LMS gives it: Moodle's "Download all submissions" ZIP in each of its layouts
//! (folders per student, the flat older one, the trailing underscore of Moodle before 4.1,
//! blind marking's "Participant"), with Kazakh and Russian names, and a Google Drive folder
//! download — each opens as a class, every hand-in matched to its student and participant.
//! And hostile ZIPs (a bomb, `../` names, too many files, files that are not hand-ins, a
//! damaged ZIP) each get a clear message and harm nothing. Fixtures are built to the facts
//! of Moodle's file formats (mod/assign), not read from a running Moodle.

use std::io::Write;
use std::path::Path;

mod common;

use lectern::answers::{self, AnswerSheet};
use lectern::collect::collect;
use lectern::reading::{BUNDLED, Reading};

fn apple() -> Reading {
    BUNDLED
        .iter()
        .find(|b| b.name == "apple-origins")
        .unwrap()
        .parse()
}

/// An answers file's bytes, as a student's Lectern hands it in.
fn answers_bytes(reading: &Reading, student: &str, answer: &str) -> Vec<u8> {
    let mut sheet = AnswerSheet::new(reading);
    sheet.student = student.to_owned();
    let prompt = reading.prompts().next().unwrap();
    sheet.set_answer(prompt, answer, "2026-11-28T09:00:00Z".parse().unwrap());
    sheet.handed_in = 1;
    answers::to_ron(&sheet).unwrap().into_bytes()
}

/// A ZIP of `entries` (name, bytes), compressed as Moodle's are.
fn zip_of(path: &Path, entries: &[(String, Vec<u8>)]) {
    let file = std::fs::File::create(path).unwrap();
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        zip.start_file(name.as_str(), options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
}

fn hand_in_name(student: &str) -> String {
    format!(
        "{}_almaty-and-the-wild-apple_2026-11-28.ron",
        lectern::paths::person_slug(student)
    )
}

/// Moodle 4.1 and later, folders per student: Kazakh and Russian names, a student who also
/// uploaded the sheet, one who uploaded only a Word file.
fn moodle_zip(path: &Path, trailing: &str) {
    let r = apple();
    let mut entries = Vec::new();
    for (student, id) in [
        ("Әйгерім Нұрланқызы", 3011),
        ("Иван Петров", 3012),
        ("Aliya Nur", 3013),
    ] {
        let folder = format!("{student}_{id}_assignsubmission_file{trailing}");
        entries.push((
            format!("{folder}/{}", hand_in_name(student)),
            answers_bytes(&r, student, &format!("{student} wrote this.")),
        ));
        entries.push((
            format!("{folder}/sheet.html"),
            b"<html>the sheet</html>".to_vec(),
        ));
    }
    entries.push((
        "Болат Ерсайын_3014_assignsubmission_file/essay.docx".to_owned(),
        b"PK not really".to_vec(),
    ));
    zip_of(path, &entries);
}

#[test]
fn a_moodle_download_opens_as_a_class_with_every_participant() {
    for trailing in ["", "_"] {
        let dir = tempfile::tempdir().unwrap();
        let zip = dir.path().join("ENG101-Essay 1-4422.zip");
        moodle_zip(&zip, trailing);
        let class = collect(&zip).unwrap();
        assert_eq!(class.groups.len(), 1, "{:?}", class.unreadable);
        let group = &class.groups[0];
        let found: Vec<(String, u64, String)> = group
            .sheets
            .iter()
            .map(|h| {
                let p = h.participant.as_ref().expect("a participant");
                (h.sheet.student.clone(), p.id, p.folder.clone())
            })
            .collect();
        assert_eq!(found.len(), 3);
        for (student, id, folder) in &found {
            assert!(folder.starts_with(&format!("{student}_{id}_assignsubmission_file")));
            assert!(folder.ends_with(&format!("file{trailing}")));
        }
        // The one who handed in a Word file only is said, by the folder the download gave.
        assert_eq!(class.unreadable.len(), 1, "{:?}", class.unreadable);
        let (path, why) = &class.unreadable[0];
        assert!(
            path.ends_with("Болат Ерсайын_3014_assignsubmission_file"),
            "{path:?}"
        );
        assert!(why.contains("essay.docx"), "{why}");
        // Nothing was unpacked beside the ZIP.
        let beside: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(beside.len(), 1);
    }
}

#[test]
fn the_flat_older_layout_and_blind_marking_open_too() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("flat.zip");
    let r = apple();
    zip_of(
        &zip,
        &[
            (
                format!(
                    "Иван Петров_501_assignsubmission_file_{}",
                    hand_in_name("Иван Петров")
                ),
                answers_bytes(&r, "Иван Петров", "Flat."),
            ),
            (
                "Participant_502_assignsubmission_file/my_answers.ron".to_owned(),
                answers_bytes(&r, "Dana Serik", "Blind."),
            ),
            (
                "Участник_503_assignsubmission_file/answers.ron".to_owned(),
                answers_bytes(&r, "Ерлан", "Blind, in Russian."),
            ),
        ],
    );
    let class = collect(&zip).unwrap();
    assert!(class.unreadable.is_empty(), "{:?}", class.unreadable);
    let mut ids: Vec<(u64, String, String)> = class.groups[0]
        .sheets
        .iter()
        .map(|h| {
            let p = h.participant.clone().unwrap();
            (p.id, p.name, h.sheet.student.clone())
        })
        .collect();
    ids.sort();
    assert_eq!(
        ids,
        [
            (501, "Иван Петров".into(), "Иван Петров".into()),
            (502, "Participant".into(), "Dana Serik".into()),
            (503, "Участник".into(), "Ерлан".into()),
        ]
    );
}

#[test]
fn a_google_drive_download_and_an_unpacked_one_in_sub_folders_open_as_classes() {
    let dir = tempfile::tempdir().unwrap();
    let r = apple();
    // Drive: the assignment's folder, the students' files as they uploaded them.
    let entries: Vec<(String, Vec<u8>)> = ["Aliya Nur", "Dana Serik"]
        .iter()
        .map(|s| {
            (
                format!("Essay 1/{}", hand_in_name(s)),
                answers_bytes(&r, s, "From Drive."),
            )
        })
        .collect();
    let zip = dir.path().join("Essay 1-20261128T090000Z-001.zip");
    zip_of(&zip, &entries);
    let class = collect(&zip).unwrap();
    assert_eq!(class.groups[0].sheets.len(), 2);
    assert!(
        class.groups[0]
            .sheets
            .iter()
            .all(|h| h.participant.is_none())
    );

    // The same unpacked by the teacher into folders: read from its sub-folders.
    let unpacked = dir.path().join("unpacked");
    for (name, bytes) in &entries {
        let path = unpacked.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    let class = collect(&unpacked).unwrap();
    assert_eq!(class.groups[0].sheets.len(), 2, "{:?}", class.unreadable);
}

#[test]
fn hostile_zips_get_a_clear_message_and_harm_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let r = apple();
    let good = answers_bytes(&r, "Aliya Nur", "Fine.");

    // Names that would lead out of the folder, beside a good hand-in.
    let zip = dir.path().join("escape.zip");
    zip_of(
        &zip,
        &[
            ("../../outside.ron".to_owned(), good.clone()),
            ("/etc/lectern.ron".to_owned(), good.clone()),
            ("ok/aliya.ron".to_owned(), good.clone()),
        ],
    );
    let class = collect(&zip).unwrap();
    assert_eq!(class.groups[0].sheets.len(), 1);
    assert_eq!(class.unreadable.len(), 2, "{:?}", class.unreadable);
    assert!(
        class
            .unreadable
            .iter()
            .all(|(_, why)| why.contains("outside"))
    );
    assert!(!dir.path().join("outside.ron").exists());

    // A bomb: 40 MB of nothing, in a few kilobytes.
    let zip = dir.path().join("bomb.zip");
    zip_of(&zip, &[("bomb.ron".to_owned(), vec![b' '; 40 << 20])]);
    assert!(std::fs::metadata(&zip).unwrap().len() < 1 << 20);
    let class = collect(&zip).unwrap();
    assert!(class.groups.is_empty());
    assert!(
        class.unreadable[0].1.contains("too large"),
        "{:?}",
        class.unreadable
    );

    // Too many files to be one assignment's.
    let zip = dir.path().join("many.zip");
    let many: Vec<(String, Vec<u8>)> = (0..=lectern::collect::MAX_FILES)
        .map(|i| (format!("f{i}.txt"), Vec::new()))
        .collect();
    zip_of(&zip, &many);
    let e = collect(&zip).unwrap_err().to_string();
    assert!(
        e.contains("10000") || e.contains("10,000") || e.contains("10 000"),
        "{e}"
    );

    // Not a ZIP at all, and a ZIP cut short.
    let fake = dir.path().join("fake.zip");
    std::fs::write(&fake, "a text file named .zip").unwrap();
    let e = collect(&fake).unwrap_err().to_string();
    assert!(e.contains("damaged") && e.contains("fake.zip"), "{e}");
    let whole = std::fs::read(dir.path().join("escape.zip")).unwrap();
    let cut = dir.path().join("cut.zip");
    std::fs::write(&cut, &whole[..whole.len() / 2]).unwrap();
    assert!(collect(&cut).is_err());

    // A .ron that is not answers: listed with why, like one in a folder.
    let zip = dir.path().join("junk.zip");
    zip_of(&zip, &[("junk.ron".to_owned(), b"(not: answers)".to_vec())]);
    let class = collect(&zip).unwrap();
    assert_eq!(class.unreadable.len(), 1);
    // Nothing was written anywhere beside them.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".zip"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

/// The teacher's feedback on a hand-in of `class` (read from it), scored with the starter
/// rubric at `levels` (criterion name → level name) and an overall comment, saved where the
/// Class view keeps it.
fn mark(hand_in: &lectern::collect::HandIn, levels: &[&str], overall: &str) {
    use lectern::feedback::{Feedback, Rubric, save_feedback};
    let file = hand_in
        .path
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let mut f = Feedback::new(
        &hand_in.sheet,
        &file,
        &hand_in.sha256,
        "2026-11-29T10:00:00Z".parse().unwrap(),
    );
    let rubric = Rubric::starter("Almaty and the Wild Apple");
    for (criterion, level) in rubric.criteria.iter().zip(levels) {
        f.levels.insert(criterion.name.clone(), (*level).to_owned());
    }
    f.rubric = Some(rubric);
    f.overall = overall.to_owned();
    std::fs::create_dir_all(hand_in.feedback_at.parent().unwrap()).unwrap();
    save_feedback(&hand_in.feedback_at, &f).unwrap();
}

/// A Moodle download in `dir`, with the given students marked (name, levels, overall comment),
/// read again as a class afterwards.
fn marked_moodle_class(
    dir: &Path,
    marks: &[(&str, &[&str], &str)],
) -> (std::path::PathBuf, lectern::collect::Collected) {
    let zip = dir.join("class.zip");
    moodle_zip(&zip, "");
    let class = collect(&zip).unwrap();
    let sheets = &class.groups[0].sheets;
    for (name, levels, overall) in marks {
        let hand_in = sheets.iter().find(|h| h.sheet.student == *name).unwrap();
        mark(hand_in, levels, overall);
    }
    let class = collect(&zip).unwrap();
    (zip, class)
}

fn lectern(args: &[&std::ffi::OsStr]) -> (bool, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_lectern"))
        .args(args)
        .env("LECTERN_LANGUAGE", "en")
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A Moodle worksheet as "Download grading worksheet" gives it, in English or Russian.
fn worksheet(path: &Path, russian: bool, rows: &[(u64, &str)]) {
    let header = if russian {
        "Идентификатор,\"Полное имя\",\"Адрес электронной почты\",Статус,Оценка,\"Максимальная оценка\",\"Оценка может быть изменена\",\"Последнее изменение (оценка)\",\"Комментарии с отзывом\""
    } else {
        "Identifier,\"Full name\",\"Email address\",Status,Grade,\"Maximum Grade\",\"Grade can be changed\",\"Last modified (grade)\",\"Feedback comments\""
    };
    let participant = if russian {
        "Участник"
    } else {
        "Participant"
    };
    let mut text = format!("{header}\n");
    for (id, name) in rows {
        text.push_str(&format!(
            "\"{participant} {id}\",\"{name}\",{id}@school.kz,\"Submitted for grading\",,10.00,Yes,-,\n"
        ));
    }
    std::fs::write(path, text).unwrap();
}

#[test]
fn feedback_and_grades_go_back_to_moodle_as_its_importers_read_them() {
    for russian in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        let zip = dir.path().join("ENG101-Essay 1-4422.zip");
        moodle_zip(&zip, "");
        let class = collect(&zip).unwrap();
        let sheets = &class.groups[0].sheets;
        let by_name = |name: &str| sheets.iter().find(|h| h.sheet.student == name).unwrap();
        // Developing (2) and Secure (3): 5 of 6 points; Beginning twice: 2 of 6.
        mark(
            by_name("Әйгерім Нұрланқызы"),
            &["Developing", "Secure"],
            "Жақсы <жұмыс> & more.\nNext time: cite.",
        );
        mark(
            by_name("Иван Петров"),
            &["Beginning", "Beginning"],
            "Начало есть.",
        );
        // The teacher's feedback went beside the ZIP, never into it.
        assert!(lectern::collect::feedback_folder(&zip).is_dir());

        // Feedback files for Moodle: each in the folder the download gave the student.
        let out = dir.path().join("out");
        std::fs::create_dir(&out).unwrap();
        let (ok, said) = lectern(&[
            "return".as_ref(),
            zip.as_os_str(),
            "--moodle".as_ref(),
            "--format".as_ref(),
            "html".as_ref(),
            "-o".as_ref(),
            out.as_os_str(),
        ]);
        assert!(ok, "{said}");
        assert!(said.contains("no feedback yet: Aliya Nur"), "{said}");
        let made: Vec<_> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(made.len(), 1, "{made:?}");
        let mut archive = zip::ZipArchive::new(std::fs::File::open(&made[0]).unwrap()).unwrap();
        let mut names: Vec<String> = (0..archive.len())
            .map(|i| archive.by_index(i).unwrap().name().to_owned())
            .collect();
        names.sort();
        assert_eq!(names.len(), 4, "{names:?}");
        for name in &names {
            // Moodle's importer: a path part split on `_` gives the participant id as its
            // second piece and an assignsubmission plugin as its third; the file's own name
            // holds no `_` and starts with neither `.` nor `~`.
            let (folder, file) = name.split_once('/').unwrap();
            let p = lectern::lms::participant(&format!("{folder}/x")).expect(name);
            assert!([3011, 3012].contains(&p.id), "{name}");
            assert!(
                !file.contains('_') && !file.starts_with(['.', '~']),
                "{name}"
            );
        }
        let sheet = names
            .iter()
            .find(|n| n.starts_with("Әйгерім") && n.ends_with(".html"))
            .unwrap();
        let mut html = String::new();
        std::io::Read::read_to_string(&mut archive.by_name(sheet).unwrap(), &mut html).unwrap();
        assert!(html.contains("Жақсы &lt;жұмыс&gt;"), "the comment, escaped");

        // The grading worksheet: matched rows filled, the rest and the header as they were.
        let sheet_path = dir.path().join("Grades-ENG101.csv");
        worksheet(
            &sheet_path,
            russian,
            &[
                (3011, "Әйгерім Нұрланқызы"),
                (3012, "Иван Петров"),
                (3013, "Aliya Nur"),
                (9999, "Someone Else"),
            ],
        );
        let before = std::fs::read_to_string(&sheet_path).unwrap();
        let filled_path = dir.path().join("filled.csv");
        let (ok, said) = lectern(&[
            "grades".as_ref(),
            sheet_path.as_os_str(),
            zip.as_os_str(),
            "-o".as_ref(),
            filled_path.as_os_str(),
            "--scaled".as_ref(),
        ]);
        assert!(ok, "{said}");
        assert!(said.contains("not scored with a rubric yet"), "{said}");
        assert!(said.contains("no hand-in from this participant"), "{said}");
        let after = std::fs::read_to_string(&filled_path).unwrap();
        let (rows_before, rows_after): (Vec<&str>, Vec<&str>) =
            (before.lines().collect(), after.lines().collect());
        assert_eq!(rows_before.len(), rows_after.len());
        assert_eq!(rows_before[0], rows_after[0], "the header row as it was");
        let cells = |row: &str| -> Vec<String> {
            csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(row.as_bytes())
                .records()
                .next()
                .unwrap()
                .unwrap()
                .iter()
                .map(str::to_owned)
                .collect()
        };
        let aigerim = cells(rows_after[1]);
        assert_eq!(aigerim[4], "8.33", "5 of 6 points scaled to 10");
        assert_eq!(
            aigerim[8],
            "Жақсы &lt;жұмыс&gt; &amp; more.<br>Next time: cite."
        );
        assert_eq!(
            &aigerim[..4],
            &cells(rows_before[1])[..4],
            "the other cells as they were"
        );
        assert_eq!(cells(rows_after[2])[4], "3.33");
        assert_eq!(rows_after[3], rows_before[3], "not scored: left as it was");
        assert_eq!(rows_after[4], rows_before[4], "no hand-in: left as it was");
        // Points as they are, without --scaled; an output file is never replaced.
        let points = dir.path().join("points.csv");
        let (ok, _) = lectern(&[
            "grades".as_ref(),
            sheet_path.as_os_str(),
            zip.as_os_str(),
            "-o".as_ref(),
            points.as_os_str(),
        ]);
        assert!(ok);
        assert_eq!(
            cells(
                std::fs::read_to_string(&points)
                    .unwrap()
                    .lines()
                    .nth(1)
                    .unwrap()
            )[4],
            "5"
        );
        let (ok, said) = lectern(&[
            "grades".as_ref(),
            sheet_path.as_os_str(),
            zip.as_os_str(),
            "-o".as_ref(),
            points.as_os_str(),
        ]);
        assert!(!ok && said.contains("points.csv"), "{said}");
    }
}

#[test]
fn a_worksheet_that_is_not_moodles_is_refused_with_why() {
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("class.zip");
    moodle_zip(&zip, "");
    let class = collect(&zip).unwrap();
    use lectern::lms::worksheet::{GradeAs, fill};
    // The marking's folder has one name whatever the interface's language: switching
    // language never hides the marking.
    assert_eq!(
        lectern::collect::feedback_folder(&zip).file_name().unwrap(),
        "class (Lectern feedback)"
    );
    let other = dir.path().join("other.csv");
    std::fs::write(&other, "Name,Score\nAliya,5\n").unwrap();
    let e = fill(&other, &class, &[], GradeAs::Points)
        .unwrap_err()
        .to_string();
    assert!(e.contains("Identifier") && e.contains("other.csv"), "{e}");
    std::fs::write(&other, b"\xff\xfeI\0d\0").unwrap();
    let e = fill(&other, &class, &[], GradeAs::Points)
        .unwrap_err()
        .to_string();
    assert!(e.contains("UTF-8"), "{e}");
    std::fs::write(&other, "").unwrap();
    assert!(fill(&other, &class, &[], GradeAs::Points).is_err());
}

/// The Class view on a Moodle ZIP (kittest): two students marked with the rubric, feedback
/// returned as one ZIP for Moodle, and the grading worksheet filled in beside the one the
/// teacher downloaded.
#[test]
fn a_moodle_class_in_the_window_is_marked_returned_and_graded() {
    use egui_kittest::kittest::{NodeT as _, Queryable as _};
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("ENG101-Essay 1-4422.zip");
    moodle_zip(&zip, "");
    let out = dir.path().join("for moodle");
    std::fs::create_dir(&out).unwrap();
    let grades = dir.path().join("Grades-ENG101.csv");
    worksheet(
        &grades,
        false,
        &[
            (3011, "Әйгерім Нұрланқызы"),
            (3012, "Иван Петров"),
            (3013, "Aliya Nur"),
        ],
    );
    common::run_data_dir("lms-ui-tests");
    let mut t = common::start_screen(
        vec![Some(zip.clone()), Some(out.clone()), Some(grades.clone())],
        lectern::app::state::Settings::default(),
    );
    let settle = |t: &mut egui_kittest::Harness<'_, lectern::ui::LecternApp>| common::settle_app(t);
    common::for_teachers(&mut t);
    t.get_by_label("Class from a ZIP…").click();
    settle(&mut t);
    t.get_by_label_contains("ENG101-Essay 1-4422.zip");
    t.get_by_label("Make a rubric…").click();
    settle(&mut t);
    t.get_by_label("Keep rubric").click();
    settle(&mut t);
    for (student, level) in [
        ("Иван Петров", "Developing (2)"),
        ("Aliya Nur", "Secure (3)"),
    ] {
        t.get_by_label(&format!("Review {student}, hand-in 1"))
            .click();
        settle(&mut t);
        t.get_by_label("Level for Use of evidence")
            .click_accesskit();
        settle(&mut t);
        t.get_by_label(level).click();
        settle(&mut t);
        t.get_by_label("◀ Class").click();
        settle(&mut t);
    }
    // The comments were kept beside the ZIP, which is as it was.
    assert!(
        lectern::collect::feedback_folder(&zip)
            .join("Иван Петров_3012_assignsubmission_file")
            .is_dir()
    );
    // A class from Moodle goes back to Moodle unless the teacher says not.
    assert_eq!(
        t.get_by_label("Return feedback as one ZIP for Moodle")
            .accesskit_node()
            .toggled(),
        Some(egui::accesskit::Toggled::True)
    );
    t.get_by_label("Return feedback…").click();
    settle(&mut t);
    t.get_by_label("Feedback returned");
    let made: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(made.len(), 1, "{made:?}");
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&made[0]).unwrap()).unwrap();
    let folders: std::collections::BTreeSet<String> = (0..archive.len())
        .map(|i| {
            archive
                .by_index(i)
                .unwrap()
                .name()
                .split('/')
                .next()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(
        folders.into_iter().collect::<Vec<_>>(),
        [
            "Aliya Nur_3013_assignsubmission_file",
            "Иван Петров_3012_assignsubmission_file"
        ]
    );
    t.get_by_label("OK").click();
    settle(&mut t);
    // The class at a glance, under a fold opened on demand.
    t.get_by_label("Charts: the class at a glance").click();
    settle(&mut t);
    t.get_by_label("Questions answered by each student (of 5)");
    t.get_by_label("Rubric levels reached, per criterion");
    t.get_by_label("Fill in grading worksheet…").click();
    settle(&mut t);
    t.get_by_label("Grading worksheet filled in");
    let filled = std::fs::read_to_string(dir.path().join("Grades-ENG101 (Lectern).csv")).unwrap();
    let rows: Vec<&str> = filled.lines().collect();
    assert!(rows[2].contains(",2,"), "Иван: 2 of 6 points: {}", rows[2]);
    assert!(rows[3].contains(",3,"), "Aliya: 3 of 6 points: {}", rows[3]);
    assert_eq!(
        rows[1],
        std::fs::read_to_string(&grades)
            .unwrap()
            .lines()
            .nth(1)
            .unwrap(),
        "not scored: as it was"
    );
}

/// The class at a glance: how far each student got, the words per question, and the levels
/// the class reached per criterion, from the hand-ins and the teacher's scores.
#[test]
fn the_charts_count_what_the_class_did() {
    use lectern::collect::charts::ClassCharts;
    let dir = tempfile::tempdir().unwrap();
    let (_, class) = marked_moodle_class(
        dir.path(),
        &[
            ("Иван Петров", &["Developing", "Secure"], ""),
            ("Aliya Nur", &["Developing", "Beginning"], ""),
        ],
    );
    let group = &class.groups[0];
    let rubric = lectern::feedback::Rubric::starter("Almaty and the Wild Apple");
    let charts = ClassCharts::of(group, Some(&rubric), str::to_owned);
    assert_eq!(charts.students, 3);
    assert_eq!(
        charts.answered[0], 3,
        "everyone answered the first question"
    );
    assert!(charts.answered[1..].iter().all(|n| *n == 0));
    assert!(charts.progress.iter().all(|(_, n)| *n == 1));
    // "Әйгерім Нұрланқызы wrote this." is 4 words; "Иван Петров wrote this." 4; "Aliya Nur…" 4.
    assert_eq!(charts.words[0], [4, 4, 4]);
    let (first, levels) = &charts.levels[0];
    assert_eq!(first, &rubric.criteria[0].name);
    let counts: Vec<usize> = levels.iter().map(|(_, n)| *n).collect();
    assert_eq!(
        counts,
        [0, 2, 0],
        "two at Developing for the first criterion"
    );
    let counts: Vec<usize> = charts.levels[1].1.iter().map(|(_, n)| *n).collect();
    assert_eq!(counts, [1, 0, 1]);
    // Without a rubric, no levels.
    assert!(
        ClassCharts::of(group, None, str::to_owned)
            .levels
            .is_empty()
    );
}

/// Grades Moodle would skip or misread are left out with why: a total above the maximum, a
/// score against an earlier version of the rubric; a comment without a score still goes in.
#[test]
fn grades_moodle_would_skip_are_said_not_written() {
    use lectern::lms::worksheet::{GradeAs, fill};
    let dir = tempfile::tempdir().unwrap();
    let (_, class) = marked_moodle_class(
        dir.path(),
        &[
            ("Иван Петров", &["Secure", "Secure"], "Well done."),
            ("Aliya Nur", &[], "A comment, no score yet."),
        ],
    );
    let grades = dir.path().join("grades.csv");
    // A maximum of 4: Иван's 6 points are above it.
    std::fs::write(
        &grades,
        "Identifier,\"Full name\",Grade,\"Maximum Grade\",\"Feedback comments\"\n\
         \"Participant 3012\",\"Иван Петров\",,4.00,\n\
         \"Participant 3013\",\"Aliya Nur\",,4.00,\n",
    )
    .unwrap();
    let filled = fill(&grades, &class, &[], GradeAs::Points).unwrap();
    let text = String::from_utf8(filled.csv.clone()).unwrap();
    let rows: Vec<&str> = text.lines().collect();
    assert!(filled.graded.is_empty(), "{:?}", filled.graded);
    assert!(
        rows[1].contains(",,4.00,"),
        "no grade above the maximum: {}",
        rows[1]
    );
    assert!(
        filled
            .unmatched_rows
            .iter()
            .any(|(_, why)| why.contains("above Moodle's maximum"))
    );
    assert!(rows[2].contains("A comment, no score yet."), "{}", rows[2]);
    // Scaled, it fits.
    let scaled = fill(&grades, &class, &[], GradeAs::Scaled).unwrap();
    assert_eq!(scaled.graded, [("Иван Петров".to_owned(), "4".to_owned())]);
    // The rubric changed since Иван was scored: his total would not match the others'.
    let mut changed = lectern::feedback::Rubric::starter("Almaty and the Wild Apple");
    changed.criteria[0].levels[2].points = 6;
    let later = fill(&grades, &class, &[Some(&changed)], GradeAs::Scaled).unwrap();
    assert!(later.graded.is_empty());
    assert!(
        later
            .unmatched_rows
            .iter()
            .any(|(_, why)| why.contains("earlier version of the rubric"))
    );
}

/// The class sheet carries the Class view's charts: drawn in the HTML (SVG) and the PDF, in
/// figures in Word, Markdown and text, each student's, question's and criterion's row saying
/// what the class did; in the sheet's language.
#[test]
fn the_class_sheet_carries_the_charts_in_every_format() {
    use lectern::export::{ChartBar, ChartKind, Format};
    let dir = tempfile::tempdir().unwrap();
    let (_, class) = marked_moodle_class(
        dir.path(),
        &[
            ("Иван Петров", &["Developing", "Secure"], ""),
            ("Aliya Nur", &["Developing", "Beginning"], ""),
        ],
    );
    let group = &class.groups[0];
    let sheet = group.study_sheet("2026-12-07");
    let kinds: Vec<ChartKind> = sheet.charts.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [
            ChartKind::Progress { total: 5 },
            ChartKind::Questions { students: 3 },
            ChartKind::Words,
            ChartKind::Levels
        ]
    );
    // The rubric's chart: a bar a criterion, its levels stacked in the rubric's order.
    let levels = &sheet.charts[3];
    assert_eq!(
        levels.rows[0].bar,
        ChartBar::Stacked(vec![
            (0.0, lectern::export::Shade::Level { index: 0, of: 3 }),
            (2.0, lectern::export::Shade::Level { index: 1, of: 3 }),
            (0.0, lectern::export::Shade::Level { index: 2, of: 3 }),
        ])
    );

    let html = String::from_utf8(group.class_sheet(Format::Html, "2026-12-07").unwrap()).unwrap();
    assert_eq!(html.matches("<svg").count(), 4, "four charts drawn");
    assert!(html.contains("<figcaption>Questions answered by each student (of 5)</figcaption>"));
    assert!(html.contains("<title>Әйгерім Нұрланқызы</title>"));
    assert!(
        html.contains(">1 of 5</text>"),
        "figures beside the bars: {html}"
    );
    assert!(
        html.contains(">4–4, median 4</text>"),
        "the first question's words"
    );
    // Each student answered one question of five: their bars are a fifth of the room.
    let progress = html.split("<figure").nth(1).unwrap();
    assert_eq!(
        progress.matches("width=\"58.0\" height=\"14\"").count(),
        3,
        "{progress}"
    );
    assert!(html.contains("<span><i style=\"background:#d97b2f\"></i>Beginning</span>"));

    let text = String::from_utf8(group.class_sheet(Format::Text, "2026-12-07").unwrap()).unwrap();
    assert!(text.contains("The class at a glance"));
    assert!(text.contains("  - Иван Петров: 1 of 5"), "{text}");
    assert!(text.contains("(Beginning · Developing · Secure)"), "{text}");
    let md = String::from_utf8(group.class_sheet(Format::Markdown, "2026-12-07").unwrap()).unwrap();
    assert!(
        md.contains("### Rubric levels reached, per criterion"),
        "{md}"
    );
    let docx = group.class_sheet(Format::Docx, "2026-12-07").unwrap();
    let words = lectern::export::docx::text_of(&docx).unwrap();
    assert!(words.contains("Aliya Nur: 1 of 5"), "{words}");
    let pdf = group.class_sheet(Format::Pdf, "2026-12-07").unwrap();
    assert!(pdf.starts_with(b"%PDF"));

    // In the teacher's language: Kazakh words, Kazakh order of figures.
    let kazakh = group
        .study_sheet("2026-12-07")
        .in_language(lectern::i18n::Language::Kazakh)
        .render(Format::Html);
    assert!(kazakh.contains("Сынып бір көзқараста"), "the heading");
    assert!(kazakh.contains(">5 ішінен 1</text>"));
    if let Some(keep) = std::env::var_os("LECTERN_KEEP_SHEETS") {
        let keep = std::path::PathBuf::from(keep);
        std::fs::write(keep.join("class.html"), &html).unwrap();
        std::fs::write(keep.join("class.pdf"), &pdf).unwrap();
        std::fs::write(keep.join("class-kk.html"), &kazakh).unwrap();
    }
}
