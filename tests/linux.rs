//! The Linux desktop files (`assets/linux/`) agree with the code: the MIME type's magic is the
//! answers file's first line, the desktop entry launches what the window calls itself, the
//! man page documents every command and option the program takes, the metainfo's screenshots
//! exist. (`.ci/linux-package` installs the real package and validates them with the desktop's
//! own tools.)

use std::fs;
use std::path::{Path, PathBuf};

use lectern::cli::{USAGE, sort_window_files};
use lectern::ui::APP_ID;

fn linux(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/linux")
        .join(name);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_mime_type_knows_answers_files_by_their_first_line() {
    let xml = linux(&format!("{APP_ID}.xml"));
    assert!(
        xml.contains(&format!("value=\"{}\"", lectern::answers::MAGIC)),
        "the magic is the answers file's header: {xml}"
    );
    // And every answers file Lectern writes begins with it.
    let reading = lectern::reading::BUNDLED[0].parse();
    let text = lectern::answers::to_ron(&lectern::answers::AnswerSheet::new(&reading)).unwrap();
    assert!(text.starts_with(lectern::answers::MAGIC));
}

#[test]
fn the_desktop_entry_is_the_window_s_and_opens_what_it_claims() {
    let entry = linux(&format!("{APP_ID}.desktop"));
    for line in [
        "Exec=lectern %f",
        &format!("Icon={APP_ID}"),
        &format!("StartupWMClass={APP_ID}"),
        "Categories=Education;",
    ] {
        assert!(
            entry.lines().any(|l| l.starts_with(line)),
            "{line} in the entry"
        );
    }
    assert!(entry.contains("application/x-lectern-answers;"));
    assert!(entry.contains("Name[kk]=") && entry.contains("Comment[ru]="));
    let metainfo = linux(&format!("{APP_ID}.metainfo.xml"));
    assert!(metainfo.contains(&format!("<id>{APP_ID}</id>")));
    assert!(metainfo.contains(&format!(">{APP_ID}.desktop</launchable>")));
    assert!(metainfo.contains(&format!(
        "<release version=\"{}\"",
        env!("CARGO_PKG_VERSION")
    )));
}

#[test]
fn the_metainfo_s_screenshots_are_in_docs() {
    let metainfo = linux(&format!("{APP_ID}.metainfo.xml"));
    let images: Vec<&str> = metainfo
        .split("<image>")
        .skip(1)
        .map(|s| &s[..s.find("</image>").unwrap()])
        .collect();
    assert!(!images.is_empty());
    for url in images {
        let docs = &url[url.find("/docs/").expect("a docs/ screenshot") + 1..];
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(docs);
        assert!(path.is_file(), "{url}: {} is missing", path.display());
    }
}

#[test]
fn the_man_page_documents_every_command_and_option() {
    let man = linux("lectern.1").replace("\\-", "-");
    for word in USAGE.split_whitespace() {
        let word = word.trim_matches(|c| "[]|,;()".contains(c));
        if word.starts_with('-')
            || [
                "parse", "export", "collect", "feedback", "return", "history", "grades",
            ]
            .contains(&word)
        {
            assert!(man.contains(word), "the man page lacks {word}");
        }
    }
    assert!(
        man.contains(env!("CARGO_PKG_VERSION")),
        "the man page's version"
    );
}

#[test]
fn a_lone_file_opens_as_what_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let reading = dir.path().join("reading.md");
    fs::write(&reading, "# A reading\n\nText.\n").unwrap();
    // An answers file renamed by a file manager or a mail program still opens as answers.
    let answers = dir.path().join("Aliya's work (1)");
    let sheet = lectern::answers::AnswerSheet::new(&lectern::reading::BUNDLED[0].parse());
    lectern::answers::save(&answers, &sheet).unwrap();
    let some = |p: &PathBuf| Some(p.clone());
    assert_eq!(
        sort_window_files(some(&reading), None),
        (some(&reading), None)
    );
    assert_eq!(
        sort_window_files(some(&answers), None),
        (None, some(&answers))
    );
    let named = dir.path().join("new.ron"); // Not written yet: a .ron name says what it will be.
    assert_eq!(sort_window_files(some(&named), None), (None, some(&named)));
    // With --answers given, FILE is the reading, whatever it is.
    assert_eq!(
        sort_window_files(some(&reading), some(&answers)),
        (some(&reading), some(&answers))
    );
}
