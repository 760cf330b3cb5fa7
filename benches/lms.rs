//! A class from the school's LMS (`collect` on a ZIP, `lms`): opening a 35-student Moodle
//! download as a class, and filling in its grading worksheet.
//!
//! `cargo bench --bench lms`; the figures are in docs/performance.md.

mod common;

use std::io::Write;
use std::time::{Duration, Instant};

fn main() {
    let dir = tempfile::tempdir().unwrap();
    lectern::paths::use_data_dir(dir.path().join("data"));
    let reading = lectern::reading::BUNDLED[0].parse();
    // 35 students, each with every question answered (200 words each) and the sheet beside.
    let zip_path = dir.path().join("ENG101-Essay 1-4422.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
    let options = zip::write::SimpleFileOptions::default();
    let mut rows =
        String::from("Identifier,\"Full name\",Grade,\"Maximum Grade\",\"Feedback comments\"\n");
    for i in 0..35 {
        let mut sheet = lectern::generate::answers(&reading, 200);
        sheet.student = format!("Student {i}");
        let folder = format!("Student {i}_{}_assignsubmission_file", 3000 + i);
        zip.start_file(format!("{folder}/answers.ron"), options)
            .unwrap();
        zip.write_all(lectern::answers::to_ron(&sheet).unwrap().as_bytes())
            .unwrap();
        zip.start_file(format!("{folder}/sheet.html"), options)
            .unwrap();
        zip.write_all(&[b'x'; 50_000]).unwrap();
        rows.push_str(&format!(
            "\"Participant {}\",\"Student {i}\",,10.00,\n",
            3000 + i
        ));
    }
    zip.finish().unwrap();
    let worksheet = dir.path().join("grades.csv");
    std::fs::write(&worksheet, rows).unwrap();
    println!(
        "On {}: a {} KB Moodle download of 35 students\n",
        common::machine(),
        std::fs::metadata(&zip_path).unwrap().len() / 1024
    );
    println!("| what | median | max | budget |");
    println!("|---|---|---|---|");
    let samples: Vec<Duration> = (0..10)
        .map(|_| {
            let start = Instant::now();
            let class = lectern::collect::collect(&zip_path).unwrap();
            assert_eq!(class.groups[0].sheets.len(), 35);
            start.elapsed()
        })
        .collect();
    let s = common::stats(samples);
    println!(
        "| open a 35-student Moodle ZIP as a class | {} | {} | ≤ 1 s |",
        common::ms(s.median),
        common::ms(s.max)
    );
    let class = lectern::collect::collect(&zip_path).unwrap();
    let samples: Vec<Duration> = (0..20)
        .map(|_| {
            let start = Instant::now();
            let filled = lectern::lms::worksheet::fill(
                &worksheet,
                &class,
                &[],
                lectern::lms::worksheet::GradeAs::Points,
            )
            .unwrap();
            assert_eq!(filled.unmatched_rows.len(), 35, "none scored yet");
            start.elapsed()
        })
        .collect();
    let s = common::stats(samples);
    println!(
        "| fill in its grading worksheet | {} | {} | — |",
        common::ms(s.median),
        common::ms(s.max)
    );
}
