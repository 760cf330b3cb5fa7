//! The examples in the documentation are real: the students' guide's shortcut table
//! (`docs/students.md`) lists every command's shortcuts as the app formats them, and the example
//! files in `docs/file-formats.md` and `docs/teachers.md` are ones Lectern reads, so the
//! documentation cannot drift from the code.

use lectern::ui::command::Command;

#[test]
fn readme_lists_every_shortcut() {
    let page = include_str!("../docs/students.md");
    let ctx = egui::Context::default();
    for command in Command::with_shortcuts() {
        for shortcut in command.shortcuts() {
            let text = ctx.format_shortcut(&shortcut);
            let row = page
                .lines()
                .find(|l| l.starts_with('|') && l.contains(command.english_label().as_str()))
                .unwrap_or_else(|| {
                    panic!(
                        "docs/students.md has no row for {}",
                        command.english_label()
                    )
                });
            assert!(
                row.contains(&format!("`{text}`")),
                "docs/students.md's row for {} lacks `{text}`: {row}",
                command.english_label()
            );
        }
    }
}

/// The answers file shown in `docs/file-formats.md` (that page's first `ron` code block, which
/// `.ci/linux-package` also takes) is one Lectern reads, and its citation and highlight point
/// at those very words of the bundled reading.
#[test]
fn readme_answers_example_is_a_real_answers_file() {
    let page = include_str!("../docs/file-formats.md");
    let start = page.find("```ron\n").expect("an example") + "```ron\n".len();
    let end = start + page[start..].find("```").unwrap();
    let path = std::path::Path::new("docs/file-formats.md");
    let sheet = lectern::answers::from_ron(&page[start..end], path)
        .expect("the example answers file reads");
    assert_eq!(sheet.version, lectern::answers::FORMAT_VERSION);
    let reading = lectern::reading::BUNDLED[0].parse();
    assert_eq!(sheet.reading.sha256, reading.fingerprint.0);
    let passages = sheet.answers[0]
        .citations
        .iter()
        .chain(sheet.highlights.iter().map(|h| &h.passage));
    for passage in passages {
        let at = reading.locate(passage).expect("found");
        assert_eq!(reading.paragraph_number(at.block), Some(passage.paragraph));
        let context = format!("{}{}{}", passage.before, passage.quote, passage.after);
        match &reading.article[at.block] {
            lectern::reading::Block::Paragraph { text, .. } => assert!(text.contains(&context)),
            _ => panic!("a paragraph"),
        }
    }
}

/// The corrected reading shown in `docs/teachers.md` (*Correcting a reading*) is one Lectern
/// reads exactly as described.
#[test]
fn readme_exact_layout_example_reads_as_described() {
    let page = include_str!("../docs/teachers.md");
    let start = page.find("---\ntitle: Camels").expect("an example");
    let end = start + page[start..].find("```").unwrap();
    let r = lectern::reading::parse(&page[start..end], lectern::reading::Origin::Text, "x");
    assert_eq!(r.title, "Camels of Mangystau");
    assert_eq!(r.source.as_deref(), Some("Steppe Weekly, 2025"));
    assert_eq!(r.paragraph_count(), 1);
    assert_eq!(r.sections.len(), 1);
    assert_eq!(r.sections[0].title, "Writing");
    let prompts: Vec<_> = r
        .prompts()
        .map(|p| (p.id.as_str(), p.text.as_str()))
        .collect();
    assert_eq!(
        prompts,
        [(
            "E1",
            "Describe one season of a herder's year in your own words."
        )]
    );
}

/// The feedback and rubric files shown in `docs/file-formats.md` read, and the feedback is about
/// that page's answers file as handed in once: its fingerprint is that file's.
#[test]
fn readme_feedback_and_rubric_examples_are_real_files() {
    let page = include_str!("../docs/file-formats.md");
    let block = |magic: &str| {
        let start = page.find(&format!("```ron\n{magic}")).expect(magic) + "```ron\n".len();
        &page[start..start + page[start..].find("```").unwrap()]
    };
    let path = std::path::Path::new("docs/file-formats.md");
    let feedback =
        lectern::feedback::feedback_from_ron(block(lectern::feedback::FEEDBACK_MAGIC), path)
            .expect("the feedback example reads");
    let rubric = lectern::feedback::rubric_from_ron(block(lectern::feedback::RUBRIC_MAGIC), path)
        .expect("the rubric example reads");
    assert_eq!(feedback.rubric.as_ref(), Some(&rubric));
    assert_eq!(feedback.total(13), Some((6, 7)));

    let mut sheet = lectern::answers::from_ron(block(lectern::answers::MAGIC), path).unwrap();
    sheet.handed_in = 1;
    let handed = lectern::answers::to_ron(&sheet).unwrap();
    assert_eq!(
        feedback.hand_in.sha256,
        lectern::files::sha256_hex(handed.as_bytes())
    );
    let fit = feedback.fit(&sheet).expect("the feedback is Aliya's");
    assert!(fit.changed.is_empty() && !fit.other_version);
}
