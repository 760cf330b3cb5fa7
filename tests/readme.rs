//! The README's shortcut table must list every command's shortcuts as the app formats them, so
//! the documentation cannot drift from the code.

use lectern::ui::command::Command;

#[test]
fn readme_lists_every_shortcut() {
    let readme = include_str!("../README.md");
    let ctx = egui::Context::default();
    for command in Command::WITH_SHORTCUTS {
        for shortcut in command.shortcuts() {
            let text = ctx.format_shortcut(&shortcut);
            let row = readme
                .lines()
                .find(|l| l.starts_with('|') && l.contains(command.label()))
                .unwrap_or_else(|| panic!("README has no row for {}", command.label()));
            assert!(
                row.contains(&format!("`{text}`")),
                "README row for {} lacks `{text}`: {row}",
                command.label()
            );
        }
    }
}
