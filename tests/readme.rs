//! The README's shortcut table must list every command's shortcuts as the app formats them, so
//! the documentation cannot drift from the code.

use lectern::ui::command::Command;

#[test]
fn readme_lists_every_shortcut() {
    let readme = include_str!("../README.md");
    let ctx = egui::Context::default();
    for command in Command::with_shortcuts() {
        for shortcut in command.shortcuts() {
            let text = ctx.format_shortcut(&shortcut);
            let row = readme
                .lines()
                .find(|l| l.starts_with('|') && l.contains(command.english_label().as_str()))
                .unwrap_or_else(|| panic!("README has no row for {}", command.english_label()));
            assert!(
                row.contains(&format!("`{text}`")),
                "README row for {} lacks `{text}`: {row}",
                command.english_label()
            );
        }
    }
}

/// The answers file shown in the README is one Lectern reads, and its citation and highlight
/// point at those very words of the bundled reading.
#[test]
fn readme_answers_example_is_a_real_answers_file() {
    let readme = include_str!("../README.md");
    let start = readme.find("```ron\n").expect("an example") + "```ron\n".len();
    let end = start + readme[start..].find("```").unwrap();
    let sheet = lectern::answers::from_ron(&readme[start..end], std::path::Path::new("README"))
        .expect("the README example reads");
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

/// The corrected reading shown in the README is one Lectern reads exactly as described.
#[test]
fn readme_exact_layout_example_reads_as_described() {
    let readme = include_str!("../README.md");
    let start = readme.find("---\ntitle: Camels").expect("an example");
    let end = start + readme[start..].find("```").unwrap();
    let r = lectern::reading::parse(&readme[start..end], lectern::reading::Origin::Text, "x");
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

/// The feedback and rubric files shown in the README read, and the feedback is about the
/// README's answers file as handed in once: its fingerprint is that file's.
#[test]
fn readme_feedback_and_rubric_examples_are_real_files() {
    let readme = include_str!("../README.md");
    let block = |magic: &str| {
        let start = readme.find(&format!("```ron\n{magic}")).expect(magic) + "```ron\n".len();
        &readme[start..start + readme[start..].find("```").unwrap()]
    };
    let path = std::path::Path::new("README");
    let feedback =
        lectern::feedback::feedback_from_ron(block(lectern::feedback::FEEDBACK_MAGIC), path)
            .expect("the README's feedback example reads");
    let rubric = lectern::feedback::rubric_from_ron(block(lectern::feedback::RUBRIC_MAGIC), path)
        .expect("the README's rubric example reads");
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
