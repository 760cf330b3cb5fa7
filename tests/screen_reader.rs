//! What a screen reader (Orca) gets from the real window: AccessKit's tree over AT-SPI, walked
//! with pyatspi as Orca walks it. The window is named after Lectern and the reading; every
//! paragraph of the article and every prompt is there, also those scrolled out of view (egui
//! builds only what is in view); paragraphs are read-only text, not edit fields; every button
//! and field has a name.
//!
//! Needs Xvfb, D-Bus, at-spi2-core and python3-pyatspi, so it runs only with
//! `--features atspi-tests` (as `.ci/run` does after installing them).
#![cfg(feature = "atspi-tests")]

mod real;

use real::{Desktop, start_with, start_xvfb, with_window};

/// One node of the tree.
#[derive(Debug)]
struct Node {
    depth: usize,
    role: String,
    name: String,
    description: String,
    editable: bool,
}

fn tree(desktop: &Desktop, display: &str) -> Vec<Node> {
    desktop
        .tree(display)
        .into_iter()
        .map(|f| Node {
            depth: f[0].parse().unwrap(),
            role: f[1].clone(),
            name: f[2].clone(),
            description: f[3].clone(),
            editable: f[4] == "True",
        })
        .collect()
}

/// As the walker prints it: words separated by single spaces.
fn spaced(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_screen_reader_reaches_the_whole_article_and_every_question() {
    let (_xvfb, display) = start_xvfb();
    let home = tempfile::tempdir().unwrap();
    let desktop = Desktop::start(home.path(), &display);

    let answers = home.path().join("answers.ron");
    let (_app, _window) = with_window(&display, || {
        start_with(
            std::path::Path::new(env!("CARGO_BIN_EXE_lectern")),
            &["--answers", answers.to_str().unwrap()],
            &display,
            home.path(),
            &home.path().join("run"),
            &[("DBUS_SESSION_BUS_ADDRESS", desktop.address.as_ref())],
        )
    });
    let nodes = tree(&desktop, &display);

    let reading = lectern::reading::BUNDLED[0].parse();
    let frame = nodes
        .iter()
        .find(|n| n.role == "frame")
        .unwrap_or_else(|| panic!("a window in the tree: {nodes:#?}"));
    assert_eq!(frame.name, format!("{} — Lectern", reading.title));

    // Every paragraph, by its words, as read-only text.
    let mut paragraphs = 0;
    for block in &reading.article {
        let lectern::reading::Block::Paragraph { number, text } = block else {
            continue;
        };
        paragraphs += 1;
        let node = nodes
            .iter()
            .find(|n| n.name == spaced(text))
            .unwrap_or_else(|| panic!("paragraph {number} is missing from the tree"));
        assert_eq!(node.role, "label", "paragraph {number}: {node:?}");
        assert!(
            !node.editable,
            "paragraph {number} is not editable: {node:?}"
        );
        assert_eq!(node.description, format!("Paragraph {number}"));
    }
    assert_eq!(paragraphs, 21);

    // Every prompt in the question list.
    let list = nodes
        .iter()
        .position(|n| n.role == "list" && n.name == "Questions")
        .expect("the question list");
    let depth = nodes[list].depth;
    let in_list: Vec<&Node> = nodes[list + 1..]
        .iter()
        .take_while(|n| n.depth > depth)
        .collect();
    let mut prompts = 0;
    for prompt in reading.prompts() {
        prompts += 1;
        let headline = spaced(prompt.headline());
        assert!(
            in_list
                .iter()
                .any(|n| n.role.ends_with("button") && n.name.contains(&headline)),
            "prompt {:?} is missing from the question list: {in_list:#?}",
            prompt.id
        );
    }
    assert_eq!(prompts, 13);

    // Every control has a name.
    let controls = [
        "push button",
        "toggle button",
        "radio button",
        "check box",
        "entry",
        "combo box",
        "slider",
        "link",
    ];
    let nameless: Vec<&Node> = nodes
        .iter()
        .filter(|n| controls.contains(&n.role.as_str()) && n.name.trim().is_empty())
        .collect();
    assert!(
        nameless.is_empty(),
        "controls without a name: {nameless:#?}"
    );
}
