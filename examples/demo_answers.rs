//! Writes answers to the bundled reading with citations and highlights, as a student part way
//! through would have them: `cargo run --example demo_answers -- OUT.ron`. Used for the README
//! screenshot and for trying the study-sheet exports by hand.

use lectern::answers::{self, AnswerSheet, HighlightColour};
use lectern::reading::{BUNDLED, Block, Reading};

/// The first passage of the article that is `words`.
fn passage(reading: &Reading, words: &str) -> lectern::reading::Passage {
    let (block, start) = reading
        .article
        .iter()
        .enumerate()
        .find_map(|(i, b)| match b {
            Block::Paragraph { text, .. } => text.find(words).map(|at| (i, at)),
            Block::Heading(_) => None,
        })
        .expect("the words are in the bundled reading");
    reading
        .passage(block, start..start + words.len())
        .expect("a passage")
}

fn main() {
    let Some(out) = std::env::args().nth(1) else {
        eprintln!("usage: demo_answers OUT.ron");
        std::process::exit(2);
    };
    let reading = BUNDLED[0].parse();
    let mut sheet = AnswerSheet::new(&reading);
    sheet.student = "Aliya Nurlanovna".to_owned();
    let now = jiff::Timestamp::now();
    let prompt = |id: &str| {
        reading
            .prompts()
            .find(|p| p.id.as_str() == id)
            .unwrap()
            .clone()
    };
    let lead = prompt("L1");
    sheet.set_answer(&lead, "The EU cannot drop its values, but it can tie its investment to them: support for judicial reform and transparency is part of the same package as trade.\n\nThe reading says the EU is advised to design a comprehensive approach, which is where values and interests meet.", now);
    sheet.cite(
        &lead,
        passage(
            &reading,
            "focusing on the country’s judicial reform and insisting on transparency",
        ),
        now,
    );
    sheet.cite(
        &lead,
        passage(
            &reading,
            "design a comprehensive approach towards Kazakhstan",
        ),
        now,
    );
    let q1 = prompt("Q1");
    sheet.set_answer(&q1, "Trade with Germany and Italy, and the EU's investment stock, show that Kazakhstan looks west as well as to Russia and China.", now);
    sheet.cite(
        &q1,
        passage(
            &reading,
            "The Union is the main foreign investor in the country",
        ),
        now,
    );
    sheet.highlight(passage(&reading, "31 years"), HighlightColour::Yellow);
    sheet.highlight(
        passage(&reading, "8.75 billion euros in 2023"),
        HighlightColour::Green,
    );
    sheet.highlight(
        passage(&reading, "54.8 billion euros in 2022"),
        HighlightColour::Green,
    );
    sheet.highlight(
        passage(&reading, "Russia’s invasion of Ukraine"),
        HighlightColour::Pink,
    );
    if let Err(e) = answers::save(std::path::Path::new(&out), &sheet) {
        eprintln!("could not write {out}: {e}");
        std::process::exit(1);
    }
}
