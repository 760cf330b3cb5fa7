//! Any outline a teacher can make (roles and texts from the fuzzer's bytes), written as exact
//! Markdown and parsed, parses again to the same: the corrected reading is stable.
#![no_main]

use lectern::reading::{Origin, Outline, OutlineBlock, Role, parse};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // Each line a block: its first character picks the role.
    let blocks = text
        .split('\n')
        .map(|line| {
            let role = Role::ALL[line.bytes().next().unwrap_or(0) as usize % Role::ALL.len()];
            OutlineBlock::new(role, line.get(1..).unwrap_or_default())
        })
        .collect();
    let outline = Outline { blocks };
    let once = parse(&outline.to_markdown(), Origin::Text, "fuzz");
    let back = Outline::of(&once, &[]);
    let twice = parse(&back.to_markdown(), Origin::Text, "fuzz");
    assert_eq!(Outline::of(&twice, &[]), back);
});
