//! Writes the benchmarks' large case to a folder, to open in the window or time by hand:
//! `cargo run --release --example generate -- OUT_DIR [ARTICLE_WORDS PROMPTS ANSWER_WORDS]`
//! (defaults: 100000 500 300). Then `lectern OUT_DIR/large-reading.md --answers OUT_DIR/large-answers.ron`.

use std::path::PathBuf;

fn main() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(
        args.next()
            .ok_or("usage: generate OUT_DIR [ARTICLE_WORDS PROMPTS ANSWER_WORDS]")?,
    );
    let mut number = |default: usize| {
        args.next().map_or(Ok(default), |a| {
            a.parse::<usize>().map_err(|e| format!("{a}: {e}"))
        })
    };
    let (words, prompts, answer_words) = (number(100_000)?, number(500)?, number(300)?);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let reading_path = dir.join("large-reading.md");
    std::fs::write(
        &reading_path,
        lectern::generate::reading_text(words, prompts),
    )
    .map_err(|e| e.to_string())?;
    let reading = lectern::reading::load_file(&reading_path).map_err(|e| e.to_string())?;
    let answers = lectern::generate::answers(&reading, answer_words);
    let answers_path = dir.join("large-answers.ron");
    lectern::answers::save(&answers_path, &answers).map_err(|e| e.to_string())?;
    println!(
        "{} ({} words, {} prompts)\n{}",
        reading_path.display(),
        reading.article_words(),
        reading.prompt_count(),
        answers_path.display()
    );
    Ok(())
}
