//! The memory a PDF or Word export takes, against the text it writes (issue 25: "PDF and Word
//! export within a memory budget", at most 10× the text).
//!
//! A counting allocator keeps the heap's peak; each export is measured from a clean peak, with
//! the sheet already built (the sheet is the text: its own size is not counted against the
//! export). `cargo bench --bench export_memory` prints a row per export; sizes in MB of answer
//! text can be given: `cargo bench --bench export_memory -- 1 8 31`, and a class of students:
//! `-- class 2000`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use lectern::export::{Format, StudySheet};

#[path = "common.rs"]
mod common;

struct Counting;

static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        NOW.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                NOW.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

fn grew(by: usize) {
    let now = NOW.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const MB: f64 = 1_000_000.0;

/// The bytes of text a sheet writes: its answers (every paragraph), prompts and names.
fn text_bytes(sheet: &StudySheet) -> usize {
    let items = sheet
        .sections
        .iter()
        .flat_map(|s| &s.items)
        .chain(&sheet.orphans);
    items
        .map(|i| {
            i.answer.iter().map(|p| p.len()).sum::<usize>()
                + i.prompt.len()
                + i.title.as_ref().map_or(0, |t| t.len())
        })
        .sum()
}

/// The heap's peak while `format` is written, above what was in use before, and the output's size.
fn measure(sheet: &StudySheet, format: Format) -> (usize, usize, f64) {
    let before = NOW.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let start = Instant::now();
    let bytes = sheet.to_bytes(format).expect("the export");
    let seconds = start.elapsed().as_secs_f64();
    let peak = PEAK.load(Ordering::Relaxed) - before;
    (peak, bytes.len(), seconds)
}

fn row(name: &str, sheet: &StudySheet) {
    let text = text_bytes(sheet);
    for format in [Format::Pdf, Format::Docx] {
        let (peak, out, seconds) = measure(sheet, format);
        println!(
            "{name:<28} {:<5} text {:>7.2} MB  peak {:>8.1} MB  = {:>5.1}× the text  (file {:.2} MB, {seconds:.1} s)",
            format.extension(),
            text as f64 / MB,
            peak as f64 / MB,
            peak as f64 / text as f64,
            out as f64 / MB,
        );
    }
}

/// A sheet of about `mb` MB of answers: 50 prompts, each answered at length.
fn student_sheet(mb: f64) -> StudySheet {
    let reading = lectern::reading::parse(
        &lectern::generate::reading_text(2_000, 50),
        lectern::reading::Origin::Text,
        "memory",
    );
    // About 7.5 bytes a word, with its space.
    let words = (mb * MB / 7.5 / 50.0) as usize;
    let answers = lectern::generate::answers(&reading, words.max(1));
    StudySheet::build(&reading, &answers, "2026-01-01")
}

/// A class sheet of `students` students, each with 10 answers of 150 words.
fn class_sheet(students: usize) -> StudySheet {
    lectern::generate::class_group(students, 10, 150).study_sheet("2026-01-01")
}

fn main() {
    println!("export memory — {}", common::machine());
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    if args.is_empty() {
        for mb in [1.0, 4.0] {
            row(&format!("student sheet, {mb} MB"), &student_sheet(mb));
        }
        row("class sheet, 200 students", &class_sheet(200));
        return;
    }
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if arg == "class" {
            let n: usize = args.next().and_then(|n| n.parse().ok()).expect("class N");
            row(&format!("class sheet, {n} students"), &class_sheet(n));
        } else {
            let mb: f64 = arg.parse().expect("a size in MB, or class N");
            row(&format!("student sheet, {mb} MB"), &student_sheet(mb));
        }
    }
}
